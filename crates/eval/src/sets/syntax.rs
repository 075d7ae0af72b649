//! `ud-ewt`: the tagger and parser on the Universal Dependencies English Web Treebank's
//! dev split, with its gold tokens: XPOS accuracy and core-argument F1 (subject, passive
//! subject, object and passive agent of verbs, matched by head and dependent across the
//! UD and ClearNLP label schemes; see `dragoman_syntax::score`). Evaluation only: the
//! file is never trained on.

use std::path::Path;

use serde_json::{json, Map};

use dragoman_syntax::conllu;
use dragoman_syntax::score::Totals;
use dragoman_syntax::{Parse, Scratch, SyntaxModel};

use super::{round, Report};

pub const FILE: &str = "en_ewt-ud-dev.conllu";

pub fn run(path: &Path) -> Result<Report, String> {
    let (file, text) = super::read_set(path, FILE)?;
    let gold = conllu::read(&file.display().to_string(), &text).map_err(|e| e.to_string())?;
    let model = SyntaxModel::builtin();
    let mut totals = Totals::default();
    let (mut scratch, mut parse) = (Scratch::default(), Parse::default());
    let started = std::time::Instant::now();
    for s in &gold {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        model.parse_into(&words, &mut scratch, &mut parse);
        let tags: Vec<&str> = parse.tags.iter().map(|&t| model.tag_name(t)).collect();
        let heads: Vec<Option<usize>> = parse.heads.iter().map(|h| h.map(|h| h as usize)).collect();
        let labels: Vec<&str> = parse.labels.iter().map(|&l| model.label_name(l)).collect();
        let gold_tags: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
        let gold_labels: Vec<&str> = s.deprels.iter().map(String::as_str).collect();
        totals.add(&words, &gold_tags, &s.heads, &gold_labels, &tags, &heads, &labels);
    }
    let seconds = started.elapsed().as_secs_f64();
    let mut metrics = Map::new();
    metrics.insert("xpos_accuracy".into(), round(totals.xpos_accuracy()).into());
    metrics.insert("core_argument_f1".into(), round(totals.core_f1()).into());
    metrics.insert("core_argument_precision".into(), round(totals.core_precision()).into());
    metrics.insert("core_argument_recall".into(), round(totals.core_recall()).into());
    metrics.insert("tokens".into(), totals.tokens.into());
    metrics.insert("gold_arguments".into(), totals.gold_args.into());
    metrics.insert(
        "speed".into(),
        json!({"sentences_per_second": (gold.len() as f64 / seconds).round()}),
    );
    Ok(Report {
        set: "ud-ewt".into(),
        n: gold.len(),
        metrics,
        headline: ("core_argument_f1".into(), totals.core_f1()),
        also_tracked: vec![("xpos_accuracy".into(), totals.xpos_accuracy())],
        misses: Vec::new(),
    })
}
