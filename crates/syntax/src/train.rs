//! Training the tagger, parser and labeler from CoNLL-U trees (`dragoman train-syntax`).
//!
//! Deterministic: the same files and options give the same bytes. The parser and labeler
//! learn from tags the tagger predicts (jackknifed: each fold tagged by a tagger that did
//! not see it), so they learn to live with tagging mistakes. A share of the sentences is
//! read as all lower case, so that lower-case text (scraped regional news) parses too.

use crate::conllu::Sentence;
use crate::lex::{lex, Lex};
use crate::rng::Rng;
use crate::{labeler, parser, tagger, SyntaxModel};
use dragoman_linear::Prune;

#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub labeler_epochs: usize,
    /// Folds for jackknifed tags (1: tag the training data with the final tagger).
    pub folds: usize,
    /// Share of sentences read as all lower case.
    pub lower_case: f64,
    /// Features updated fewer times are dropped: tagger, parser, labeler.
    pub min_updates: [u32; 3],
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger_epochs: 8,
            parser_epochs: 12,
            labeler_epochs: 6,
            folds: 2,
            lower_case: 0.1,
            min_updates: [5, 30, 5],
            seed: 20_261_202,
        }
    }
}

/// The label of the root token.
const ROOT: &str = "ROOT";

/// Trains a model; `progress` is told what is happening.
pub fn train(sentences: &[Sentence], opts: &TrainOptions, progress: &mut dyn FnMut(&str)) -> SyntaxModel {
    let sentences: Vec<&Sentence> = sentences
        .iter()
        .filter(|s| !s.is_empty() && s.len() <= 200 && s.is_tree())
        .collect();
    let mut tags: Vec<String> = sentences.iter().flat_map(|s| s.xpos.iter().cloned()).collect();
    tags.sort();
    tags.dedup();
    let mut labels: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.deprels.iter().map(|l| normal_label(l)))
        .collect();
    labels.push(ROOT.to_string());
    labels.sort();
    labels.dedup();
    let tag_id = |t: &str| tags.binary_search_by(|x| x.as_str().cmp(t)).expect("known tag") as u8;
    let label_id = |l: &str| labels.binary_search_by(|x| x.as_str().cmp(l)).expect("known label") as u8;
    let root = label_id(ROOT);
    let mut rng = Rng::new(opts.seed);
    let data: Vec<(Vec<Lex>, Vec<u8>)> = sentences
        .iter()
        .map(|s| {
            let lower = rng.chance(opts.lower_case);
            let lex: Vec<Lex> = s.words.iter().map(|w| lex(w, lower)).collect();
            (lex, s.xpos.iter().map(|t| tag_id(t)).collect())
        })
        .collect();
    progress(&format!(
        "{} sentences, {} tokens, {} tags, {} labels",
        data.len(),
        data.iter().map(|d| d.0.len()).sum::<usize>(),
        tags.len(),
        labels.len()
    ));
    progress("tagger");
    let tagger = tagger::train(&data, tags.len(), opts.tagger_epochs, opts.seed, prune(opts, 0));
    let predicted = jackknife(&data, &tagger, tags.len(), opts, progress);
    let heads: Vec<Vec<u32>> = sentences
        .iter()
        .map(|s| s.heads.iter().map(|h| h.map_or(s.len() as u32, |h| h as u32)).collect())
        .collect();
    progress("parser");
    let parse_examples: Vec<parser::Example> = data
        .iter()
        .zip(&predicted)
        .zip(&heads)
        .map(|(((lex, _), tags), heads)| parser::Example {
            lex: lex.clone(),
            tags: tags.clone(),
            heads: heads.clone(),
        })
        .collect();
    let parser = parser::train(&parse_examples, opts.parser_epochs, opts.seed, prune(opts, 1));
    drop(parse_examples);
    progress("labeler");
    let label_examples: Vec<labeler::Example> = data
        .iter()
        .zip(&predicted)
        .zip(&heads)
        .zip(&sentences)
        .map(|((((lex, _), tags), heads), s)| labeler::Example {
            lex: lex.clone(),
            tags: tags.clone(),
            heads: heads.clone(),
            labels: s.deprels.iter().map(|l| label_id(&normal_label(l))).collect(),
        })
        .collect();
    let labeler = labeler::train(
        &label_examples,
        labels.len(),
        root,
        opts.labeler_epochs,
        opts.seed,
        prune(opts, 2),
    );
    SyntaxModel {
        repairs: crate::repair::Repairs::new(&tags, &labels),
        tags,
        labels,
        tagger,
        parser,
        labeler,
    }
}

/// Tags each fold with a tagger trained on the others.
fn jackknife(
    data: &[(Vec<Lex>, Vec<u8>)],
    full: &tagger::Tagger,
    n_tags: usize,
    opts: &TrainOptions,
    progress: &mut dyn FnMut(&str),
) -> Vec<Vec<u8>> {
    let (mut amb, mut feats, mut scores) = (Vec::new(), Vec::new(), Vec::new());
    let mut out: Vec<Vec<u8>> = vec![Vec::new(); data.len()];
    if opts.folds <= 1 {
        for (k, (lex, _)) in data.iter().enumerate() {
            full.tag(lex, &mut amb, &mut feats, &mut scores, &mut out[k]);
        }
        return out;
    }
    for fold in 0..opts.folds {
        progress(&format!("jackknifed tags, fold {} of {}", fold + 1, opts.folds));
        let rest: Vec<(Vec<Lex>, Vec<u8>)> = data
            .iter()
            .enumerate()
            .filter(|(k, _)| k % opts.folds != fold)
            .map(|(_, d)| d.clone())
            .collect();
        let t = tagger::train(
            &rest,
            n_tags,
            opts.tagger_epochs,
            opts.seed + fold as u64 + 1,
            prune(opts, 0),
        );
        for (k, (lex, _)) in data.iter().enumerate().filter(|(k, _)| k % opts.folds == fold) {
            t.tag(lex, &mut amb, &mut feats, &mut scores, &mut out[k]);
        }
    }
    out
}

fn prune(opts: &TrainOptions, model: usize) -> Prune {
    Prune {
        min_weight: 0.05,
        min_updates: opts.min_updates[model],
    }
}

fn normal_label(l: &str) -> String {
    if l.eq_ignore_ascii_case("root") {
        ROOT.to_string()
    } else {
        l.to_string()
    }
}
