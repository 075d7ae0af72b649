//! Times the tagger alone and the whole parse on a CoNLL-U file's sentences:
//! `cargo run --release -p dragoman-syntax --example syntax_speed -- FILE.conllu [MODEL]`.

use std::time::Instant;

use dragoman_syntax::{conllu, Parse, Scratch, SyntaxModel};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("a CoNLL-U file");
    let text = std::fs::read_to_string(path).expect("readable");
    let sents = conllu::read(path, &text).expect("CoNLL-U");
    let owned;
    let model = match args.get(2) {
        Some(m) => {
            owned = SyntaxModel::from_bytes(&std::fs::read(m).expect("model")).expect("valid model");
            &owned
        }
        None => SyntaxModel::builtin(),
    };
    let words: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    for (name, (n, bytes)) in ["tagger", "parser", "labeler"].iter().zip(model.stats()) {
        println!("{name}: {n} features, {:.1} MB", bytes as f64 / 1e6);
    }
    let tokens: usize = words.iter().map(Vec::len).sum();
    let (mut scratch, mut parse, mut tags) = (Scratch::default(), Parse::default(), Vec::new());
    for pass in 0..2 {
        let t = Instant::now();
        for w in &words {
            model.tag(w, &mut scratch, &mut tags);
        }
        let tag_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for w in &words {
            model.parse_unlabelled(w, &mut scratch, &mut parse);
        }
        let heads_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for w in &words {
            model.parse_into(w, &mut scratch, &mut parse);
        }
        let all_s = t.elapsed().as_secs_f64();
        if pass == 1 {
            let us = |s: f64| s * 1e6 / tokens as f64;
            println!(
                "{} sentences, {} tokens: tagging {:.2} µs/token, parsing {:.2}, labelling {:.2}; all together {:.0} sentences/s",
                words.len(),
                tokens,
                us(tag_s),
                us(heads_s - tag_s),
                us(all_s - heads_s),
                words.len() as f64 / all_s
            );
        }
    }
}
