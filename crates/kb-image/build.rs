//! Compiles the built-in knowledge bases (every name tokenized, folded and indexed; for
//! Spanish also every verb form) once, here, and writes them as images that the library
//! embeds. Cargo runs this again whenever `dragoman-kb` or one of its tables changes,
//! because the tables are compiled into that crate.

use std::path::Path;

use dragoman_kb::KnowledgeBase;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::var("OUT_DIR")?;
    let out = Path::new(&out);
    std::fs::write(out.join("english.kb"), KnowledgeBase::builtin()?.to_image()?)?;
    std::fs::write(out.join("spanish.kb"), KnowledgeBase::spanish()?.to_image()?)?;
    println!("cargo::rerun-if-changed=build.rs");
    Ok(())
}
