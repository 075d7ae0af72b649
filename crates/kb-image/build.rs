//! Compiles the built-in knowledge base (every name tokenized, folded and indexed) once,
//! here, and writes it as an image that the library embeds. Cargo runs this again
//! whenever `dragoman-kb` or one of its tables changes, because the tables are compiled
//! into that crate.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let kb = dragoman_kb::KnowledgeBase::builtin()?;
    let image = kb.builtin_image()?;
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("english.kb");
    std::fs::write(&out, image)?;
    println!("cargo::rerun-if-changed=build.rs");
    Ok(())
}
