//! One class label per sentence: `conflibert-class` and `mt-robustness`.

use std::path::Path;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use dragoman_coder::Coder;

use super::{code_text, keep_instructive, penta, round, Miss, Report};
use crate::metrics::Confusion;

/// ConfliBERT's penta classes.
const PENTA: [&str; 5] = [
    "statement/appeal",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
];

/// The mt-robustness files number GDELT's quad classes differently, and keep 0 for
/// sentences with no event. Read off the data (arrests are labelled 1, calls for
/// dialogue 4): 1 material conflict, 2 material cooperation, 3 verbal conflict, 4 verbal
/// cooperation (CAMEO 01-05, statements and appeals included, as in GDELT's QuadClass 1).
const MT_CLASSES: [&str; 5] = [
    "no event",
    "material conflict",
    "material cooperation",
    "verbal conflict",
    "verbal cooperation",
];

/// How a set names its classes and turns dragoman's main code into one.
#[derive(Clone, Copy)]
pub struct Scheme {
    pub names: &'static [&'static str; 5],
    pub label: fn(Option<&str>) -> usize,
}

/// ConfliBERT: the penta class of the code; no code at all reads as a statement, the
/// least committal guess.
pub const CONFLIBERT: Scheme = Scheme {
    names: &PENTA,
    label: |code| code.and_then(penta).unwrap_or(0),
};

pub const MT: Scheme = Scheme {
    names: &MT_CLASSES,
    label: |code| match code.and_then(penta) {
        None => 0,
        Some(0 | 1) => 4,
        Some(2) => 2,
        Some(3) => 3,
        Some(_) => 1,
    },
};

/// Sentences and gold penta classes from a TSV with a header; `text_col`/`label_col` name
/// the columns.
pub fn read_tsv(path: &Path, text_col: &str, label_col: &str) -> Result<Vec<(String, usize)>, String> {
    // Tab-separated with CSV quoting (a quoted field may hold tabs, quotes and newlines).
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let header = reader
        .headers()
        .map_err(|e| format!("{}: {e}", path.display()))?
        .clone();
    let (Some(ti), Some(li)) = (
        header.iter().position(|h| h == text_col),
        header.iter().position(|h| h == label_col),
    ) else {
        return Err(format!(
            "{}: needs columns `{text_col}` and `{label_col}`",
            path.display()
        ));
    };
    let mut out = Vec::new();
    for (n, row) in reader.records().enumerate() {
        let row = row.map_err(|e| format!("{}: record {}: {e}", path.display(), n + 1))?;
        let (Some(t), Some(l)) = (row.get(ti), row.get(li)) else {
            continue;
        };
        let label: usize = l
            .trim()
            .parse()
            .map_err(|_| format!("{}: record {}: bad label `{l}`", path.display(), n + 1))?;
        if label > 4 {
            return Err(format!(
                "{}: record {}: label {label} is not a penta class 0-4",
                path.display(),
                n + 1
            ));
        }
        out.push((t.to_string(), label));
    }
    Ok(out)
}

/// A headerless TSV of `sentence<TAB>label` (conflibert).
pub fn read_plain_tsv(path: &Path) -> Result<Vec<(String, usize)>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some((t, l)) = line.rsplit_once('\t') else { continue };
        let label: usize = l
            .trim()
            .parse()
            .map_err(|_| format!("{}:{}: bad label `{l}`", path.display(), n + 1))?;
        out.push((t.to_string(), label));
    }
    Ok(out)
}

/// Classifies every sentence; the confusion matrix and misses.
pub fn classify(
    coder: &Coder,
    folds: Option<&[Coder]>,
    items: &[(String, usize)],
    errors: usize,
    prefix: &str,
    scheme: Scheme,
) -> (Confusion, Vec<Miss>, usize) {
    let names = scheme.names;
    let results: Vec<(usize, usize, Option<Miss>, bool)> = items
        .par_iter()
        .enumerate()
        .map(|(i, (text, gold))| {
            let coder = crate::folds::coder_for(coder, folds, text);
            let coded = code_text(coder, &format!("{prefix}{i}"), text, None, false);
            let predicted = (scheme.label)(coded.main.as_deref());
            let miss = (predicted != *gold && errors > 0).then(|| {
                let explanation = code_text(coder, "x", text, None, true).explanation;
                let weight = if coded.main.is_some() {
                    1.0 + (predicted as f64 - *gold as f64).abs()
                } else {
                    0.5
                };
                Miss {
                    id: format!("{prefix}{}", i + 1),
                    text: text.clone(),
                    gold: format!("{gold} ({})", names[*gold]),
                    produced: format!(
                        "{predicted} ({}) from code {}",
                        names[predicted],
                        coded.main.as_deref().unwrap_or("none")
                    ),
                    explanation,
                    weight,
                }
            });
            (*gold, predicted, miss, !coded.records.is_empty())
        })
        .collect();
    let mut c = Confusion::new(5);
    let mut misses = Vec::new();
    let mut with_record = 0;
    for (g, p, m, r) in results {
        c.add(g, p);
        misses.extend(m);
        with_record += r as usize;
    }
    (c, keep_instructive(misses, errors), with_record)
}

fn class_metrics(c: &Confusion, names: &[&str; 5]) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("accuracy".into(), round(c.accuracy()).into());
    m.insert("macro_f1".into(), round(c.macro_f1()).into());
    let per: Vec<Value> = c
        .per_class()
        .iter()
        .enumerate()
        .map(|(i, p)| json!({"class": i, "name": names[i], "precision": round(p.precision), "recall": round(p.recall), "f1": round(p.f1), "support": p.support}))
        .collect();
    m.insert("per_class".into(), per.into());
    m.insert("confusion".into(), json!(c.counts));
    m
}

pub fn conflibert_class(coder: &Coder, folds: Option<&[Coder]>, path: &Path, errors: usize) -> Result<Report, String> {
    let file = super::set_file(path, "cameo_class.train.tsv");
    let items = read_plain_tsv(&file)?;
    let (c, misses, with_record) = classify(coder, folds, &items, errors, "s", CONFLIBERT);
    let mut metrics = class_metrics(&c, &PENTA);
    metrics.insert(
        "event_recall".into(),
        round(with_record as f64 / items.len().max(1) as f64).into(),
    );
    Ok(Report {
        set: "conflibert-class".into(),
        n: items.len(),
        headline: ("macro_f1".into(), c.macro_f1()),
        also_tracked: Vec::new(),
        metrics,
        misses,
    })
}

pub fn mt_robustness(coder: &Coder, path: &Path, errors: usize) -> Result<Report, String> {
    let original = read_tsv(&path.join("en_annotations_quad_multiclass.tsv"), "en", "QuadClass")?;
    let translated = read_tsv(&path.join("ES_EN_GOOGLE_quadclass.tsv"), "es", "QuadClass")?;
    let (co, mo, _) = classify(coder, None, &original, errors, "en", MT);
    let (ct, mt, _) = classify(coder, None, &translated, errors, "mt", MT);
    let (fo, ft) = (co.macro_f1(), ct.macro_f1());
    let mut metrics = Map::new();
    metrics.insert("original_macro_f1".into(), round(fo).into());
    metrics.insert("translated_macro_f1".into(), round(ft).into());
    metrics.insert("drop".into(), round(fo - ft).into());
    metrics.insert("original_detail".into(), Value::Object(class_metrics(&co, &MT_CLASSES)));
    metrics.insert(
        "translated_detail".into(),
        Value::Object(class_metrics(&ct, &MT_CLASSES)),
    );
    let mut misses = mt;
    misses.extend(mo);
    Ok(Report {
        set: "mt-robustness".into(),
        n: original.len(),
        headline: ("translated_macro_f1".into(), ft),
        also_tracked: Vec::new(),
        metrics,
        misses: keep_instructive(misses, errors),
    })
}
