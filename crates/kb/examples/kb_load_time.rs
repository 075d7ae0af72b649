//! Times loading the built-in knowledge base: `cargo run --release -p dragoman-kb --example kb_load_time`.
fn main() {
    let t = std::time::Instant::now();
    let mut kb = dragoman_kb::KnowledgeBase::builtin().expect("knowledge base loads");
    println!("loaded in {:?}: {:?}", t.elapsed(), kb.stats());
    let t = std::time::Instant::now();
    kb.compile_lexicon();
    println!("lexicon alone: {:?}", t.elapsed());
}
