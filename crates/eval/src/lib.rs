//! dragoman measures itself.
//!
//! - [`sets`]: the gold sets of `../shared/eval` and how each is scored;
//! - [`metrics`]: confusion matrices, precision/recall/F1, span matching, shingles;
//! - [`bench`]: documents, sentences and megabytes per second on real corpora, per stage,
//!   on one thread and on all cores, with start-up time and peak memory;
//! - [`floors`]: the scores CI must not fall below.

pub mod bench;
pub mod floors;
pub mod folds;
pub mod learn;
pub mod memory;
pub mod metrics;
pub mod sets;

use std::path::Path;

use dragoman_coder::Coder;

/// The names `dragoman eval --set` accepts, and the directory of each under `../shared/eval`.
pub const SETS: &[(&str, &str)] = &[
    ("petrarch-unit", "petrarch-unit"),
    ("plover-gsr", "plover-gsr"),
    ("conflibert-class", "conflibert"),
    ("conflibert-ner", "conflibert"),
    ("event-location", "event-location"),
    ("mt-robustness", "mt-robustness"),
    ("html-extraction", "../corpus/html"),
    ("ud-ewt", "ud-english-ewt"),
    ("spanish-fight", "spanish-fight"),
];

/// Runs one set. `folds`: coders for cross-validated scoring of the sets the learned
/// layer was trained on (see [`learn::fold_coders`]).
pub fn run_set(
    name: &str,
    coder: &Coder,
    folds: Option<&[Coder]>,
    path: &Path,
    errors: usize,
) -> Result<sets::Report, String> {
    match name {
        "petrarch-unit" => sets::petrarch::run(coder, path, errors),
        "plover-gsr" => sets::plover::run(coder, folds, path, errors),
        "conflibert-class" => sets::classes::conflibert_class(coder, folds, path, errors),
        "conflibert-ner" => sets::ner::run(coder, path, errors),
        "event-location" => sets::location::run(coder, path, errors),
        "mt-robustness" => sets::classes::mt_robustness(coder, path, errors),
        "html-extraction" => sets::html::run(path, errors),
        "ud-ewt" => sets::syntax::run(path),
        "spanish-fight" => sets::spanish::run(coder, path, errors),
        other => Err(format!(
            "unknown set `{other}`; the sets are: {}",
            SETS.iter().map(|s| s.0).collect::<Vec<_>>().join(", ")
        )),
    }
}
