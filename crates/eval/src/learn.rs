//! Training the learned layer (`dragoman train`) and measuring it honestly.
//!
//! Examples come from development sets under `../shared/eval`: conflibert-class (penta
//! labels), plover-gsr (PLOVER types mapped to penta classes; REQUEST, which merges
//! CAMEO's appeals and demands, is left out) and petrarch-unit (its expected CAMEO codes,
//! "no events" as the no-event class). Never mt-robustness: its sentences are the
//! held-out translated ones. Each example is coded by the rules alone (the model off) and
//! turned into the learned layer's features.
//!
//! Every figure is cross-validated: five folds fixed by a hash of the text, each scored by
//! a model that never saw it. The same out-of-fold scores fit the temperature that
//! calibrates the final model's probabilities. Deterministic: the same files give the
//! same bytes.

use std::path::Path;

use dragoman_coder::learned::{self, EventModel, CLASSES, NO_EVENT};
use dragoman_coder::{Coder, Options};
use dragoman_core::Document;
use dragoman_linear::logistic::{self, LogisticOptions};
use dragoman_linear::Logistic;

use crate::metrics::Confusion;
use crate::sets::{petrarch, plover};

pub use crate::folds::FOLDS;

/// One training sentence.
#[derive(Clone, Debug)]
pub struct Example {
    pub set: &'static str,
    pub text: String,
    pub date: Option<chrono::NaiveDate>,
    pub class: usize,
}

impl Example {
    /// Its fold, fixed by the text.
    pub fn fold(&self) -> u64 {
        crate::folds::fold_of(&self.text)
    }
}

/// The penta class of a PLOVER type (old names too); None for REQUEST, which spans two.
fn plover_class(t: &str) -> Option<usize> {
    Some(match t {
        "AGREE" | "CONSULT" | "SUPPORT" => 1,
        "COOPERATE" | "AID" | "RETREAT" | "CONCEDE" | "YIELD" => 2,
        "DEMAND" | "ACCUSE" | "REJECT" | "THREATEN" | "DISAPPROVE" | "INVESTIGATE" => 3,
        "PROTEST" | "SANCTION" | "MOBILIZE" | "COERCE" | "ASSAULT" | "FIGHT" => 4,
        _ => return None,
    })
}

/// The training sentences of the sets found under `eval_dir` (`../shared/eval`).
pub fn examples(eval_dir: &Path) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    let conflibert = eval_dir.join("conflibert/cameo_class.train.tsv");
    if conflibert.exists() {
        for (text, class) in crate::sets::classes::read_plain_tsv(&conflibert)? {
            out.push(Example {
                set: "conflibert-class",
                text,
                date: None,
                class,
            });
        }
    }
    let gsr = eval_dir.join("plover-gsr");
    if gsr.exists() {
        for g in plover::read(&gsr)? {
            if let Some(class) = plover_class(&g.raw_event) {
                out.push(Example {
                    set: "plover-gsr",
                    text: g.text,
                    date: g.date,
                    class,
                });
            }
        }
    }
    let unit = eval_dir.join("petrarch-unit/PETR.UnitTest.records.xml");
    if unit.exists() {
        let xml = std::fs::read_to_string(&unit).map_err(|e| format!("{}: {e}", unit.display()))?;
        for r in petrarch::read_records(&xml) {
            let class = if r.no_events {
                Some(NO_EVENT)
            } else {
                r.expected.first().and_then(|(_, _, code)| learned::penta(code))
            };
            if let Some(class) = class {
                out.push(Example {
                    set: "petrarch-unit",
                    text: r.text,
                    date: r.date,
                    class,
                });
            }
        }
    }
    // A text in two sets is one example (the first set's label).
    let mut seen = std::collections::HashSet::new();
    out.retain(|e| seen.insert(e.text.clone()));
    Ok(out)
}

/// The learned layer's features of a text, as the rules alone code it.
pub fn features(rules: &Coder, e: &Example) -> Vec<u64> {
    let doc = Document::new("train", &e.text).with_date(e.date);
    let a = rules.analyse(&doc);
    let s = dragoman_coder::main_event_index(&a).map_or(0, |i| a.events()[i].sentence as usize);
    let mut f = Vec::new();
    if !a.sentences().is_empty() {
        learned::features(&a, s, &mut f);
    }
    f
}

/// A coder with the rules only (the learned layer off).
pub fn rules_only(coder: &Coder) -> Coder {
    let mut c = coder.clone();
    c.options = Options {
        model: false,
        ..c.options
    };
    c.model = None;
    c
}

/// What training produced: the model and its cross-validated figures.
pub struct Trained {
    pub model: EventModel,
    /// Out-of-fold predicted class of every example, in order.
    pub predicted: Vec<usize>,
    pub report: String,
}

/// Trains on `examples` (already featurised in `feats`), reporting cross-validated scores.
pub fn train(examples: &[Example], feats: &[Vec<u64>], opts: &LogisticOptions) -> Trained {
    let n_classes = CLASSES.len();
    let mut held_out: Vec<(Vec<f32>, usize)> = Vec::new();
    let mut predicted = vec![NO_EVENT; examples.len()];
    let mut scores = Vec::new();
    for (fold, model) in (0..FOLDS).zip(fold_models(examples, feats, opts)) {
        for (k, e) in examples.iter().enumerate().filter(|(_, e)| e.fold() == fold) {
            model.scores(&feats[k], &mut scores);
            predicted[k] = argmax(&scores);
            held_out.push((scores.clone(), e.class));
        }
    }
    let mut model = logistic::train(&pairs(examples, feats, None), n_classes, opts);
    model.temperature = logistic::fit_temperature(&held_out);
    let report = report(examples, &predicted, &held_out, model.temperature);
    Trained {
        model: EventModel { classes: model },
        predicted,
        report,
    }
}

/// A model trained on every example outside `fold`.
pub fn fold_model(examples: &[Example], feats: &[Vec<u64>], fold: u64, opts: &LogisticOptions) -> Logistic {
    logistic::train(&pairs(examples, feats, Some(fold)), CLASSES.len(), opts)
}

/// Every fold's model, in fold order. Folds train independently (each deterministic), so
/// in parallel.
pub fn fold_models(examples: &[Example], feats: &[Vec<u64>], opts: &LogisticOptions) -> Vec<Logistic> {
    use rayon::prelude::*;
    (0..FOLDS)
        .into_par_iter()
        .map(|fold| fold_model(examples, feats, fold, opts))
        .collect()
}

fn pairs(examples: &[Example], feats: &[Vec<u64>], leave_out: Option<u64>) -> Vec<(Vec<u64>, usize)> {
    examples
        .iter()
        .zip(feats)
        .filter(|(e, _)| leave_out != Some(e.fold()))
        .map(|(e, f)| (f.clone(), e.class))
        .collect()
}

fn argmax(v: &[f32]) -> usize {
    (0..v.len())
        .max_by(|&a, &b| v[a].total_cmp(&v[b]).then(b.cmp(&a)))
        .unwrap_or(0)
}

/// Cross-validated figures per set, and the calibration.
fn report(examples: &[Example], predicted: &[usize], held_out: &[(Vec<f32>, usize)], temperature: f32) -> String {
    let mut out = String::new();
    for set in ["conflibert-class", "plover-gsr", "petrarch-unit"] {
        let mut c = Confusion::new(CLASSES.len());
        let mut n = 0;
        for (e, &p) in examples.iter().zip(predicted) {
            if e.set == set {
                c.add(e.class, p);
                n += 1;
            }
        }
        if n == 0 {
            continue;
        }
        // Penta macro-F1 over the classes the set has.
        let present: Vec<usize> = (0..CLASSES.len())
            .filter(|&k| c.counts[k].iter().sum::<usize>() > 0)
            .collect();
        let per = c.per_class();
        let macro_f1 = present.iter().map(|&k| per[k].f1).sum::<f64>() / present.len().max(1) as f64;
        out.push_str(&format!(
            "{set}: {n} sentences, cross-validated accuracy {:.4}, macro-F1 {:.4}\n",
            c.accuracy(),
            macro_f1
        ));
    }
    // Calibration: the mean confidence of the predicted class against its accuracy.
    let (mut conf, mut right) = (0f64, 0f64);
    for (scores, truth) in held_out {
        let mut p = scores.clone();
        logistic::softmax(&mut p, temperature);
        let k = argmax(&p);
        conf += p[k] as f64;
        right += (k == *truth) as u8 as f64;
    }
    let n = held_out.len().max(1) as f64;
    out.push_str(&format!(
        "calibration: temperature {temperature:.2}; mean confidence {:.3} vs accuracy {:.3} on held-out folds\n",
        conf / n,
        right / n
    ));
    out
}

/// Coders for cross-validated scoring: fold `k`'s coder carries a model trained on every
/// training example outside fold `k`, so a development set the model learnt from is
/// still scored on sentences it did not see. None when `base` has no learned layer.
pub fn fold_coders(base: &Coder, eval_dir: &Path) -> Result<Option<Vec<Coder>>, String> {
    let Some(builtin) = base.model.as_ref().filter(|_| base.options.model) else {
        return Ok(None);
    };
    let examples = examples(eval_dir)?;
    let rules = rules_only(base);
    let feats: Vec<Vec<u64>> = {
        use rayon::prelude::*;
        examples.par_iter().map(|e| features(&rules, e)).collect()
    };
    let coders = fold_models(&examples, &feats, &LogisticOptions::default())
        .into_iter()
        .map(|mut classes| {
            classes.temperature = builtin.classes.temperature;
            let mut c = base.clone();
            c.model = Some(std::sync::Arc::new(EventModel { classes }));
            c
        })
        .collect();
    Ok(Some(coders))
}
