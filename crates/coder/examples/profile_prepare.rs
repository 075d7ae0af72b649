//! Times the parts of document preparation on a corpus:
//! `cargo run --release -p dragoman-coder --example profile_prepare -- FILE...`
use std::time::Instant;

fn main() {
    let kb = dragoman_kb_image::builtin().unwrap();
    let mut docs = Vec::new();
    for f in std::env::args().skip(1) {
        let bytes = std::fs::read(&f).unwrap();
        docs.extend(dragoman_text::read::read_input(&f, &bytes).unwrap().docs);
    }
    let t = Instant::now();
    let prepared: Vec<_> = docs.iter().map(|d| dragoman_text::prepare(&d.text, &kb)).collect();
    println!("prepare   {:?}", t.elapsed());
    let t = Instant::now();
    let tokens: Vec<_> = prepared.iter().map(|p| dragoman_text::tokenize(&p.text)).collect();
    println!("tokenize  {:?}", t.elapsed());
    let t = Instant::now();
    let n: usize = prepared
        .iter()
        .zip(&tokens)
        .map(|(p, t)| dragoman_text::sentences(&p.text, t, p.casing).len())
        .sum();
    println!("sentences {:?} ({n})", t.elapsed());
    let t = Instant::now();
    for d in &docs {
        let _ = dragoman_coder::Analysis::new(d, &kb);
    }
    println!("Analysis::new {:?}", t.elapsed());
    let t = Instant::now();
    let mut c = 0;
    for (p, toks) in prepared.iter().zip(&tokens) {
        let mut buf = String::new();
        for tk in toks {
            buf.clear();
            dragoman_text::fold_into(tk.text(&p.text), &mut buf);
            c += kb.word(&buf).is_some() as usize
                + kb.is_english_word(&buf) as usize
                + kb.verbs.lookup(&buf).len()
                + kb.verbs.word_id(&buf).is_some() as usize;
        }
    }
    println!("lookups   {:?} ({c})", t.elapsed());
}
