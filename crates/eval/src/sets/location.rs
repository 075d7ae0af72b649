//! `event-location`: where an event happened, as opposed to places merely mentioned.
//! Gold: sentences with LOCATION spans (character offsets); predicted: the places
//! dragoman gives the sentence's events.

use std::path::Path;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use dragoman_coder::Coder;

use super::{code_text, keep_instructive, round, Miss, Report};
use crate::metrics::{span_prf, Counts, LabelledSpan, Tally};

struct Item {
    text: String,
    gold: Vec<LabelledSpan>,
}

/// Character offset -> byte offset in `text`.
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

fn read(path: &Path) -> Result<Vec<Item>, String> {
    let file = if path.is_dir() {
        path.join("labeled_text.jsonl")
    } else {
        path.to_path_buf()
    };
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let v: Vec<Value> =
        serde_json::from_str(text.trim()).map_err(|e| format!("{}: not a JSON array ({e})", file.display()))?;
    Ok(v.iter()
        .filter_map(|r| {
            let t = r.get("text")?.as_str()?.to_string();
            let gold = r
                .get("spans")
                .and_then(Value::as_array)
                .map(|spans| {
                    spans
                        .iter()
                        .filter(|s| s.get("label").and_then(Value::as_str) == Some("LOCATION"))
                        .filter_map(|s| {
                            let a = s.get("start")?.as_u64()? as usize;
                            let b = s.get("end")?.as_u64()? as usize;
                            Some(LabelledSpan {
                                start: byte_offset(&t, a),
                                end: byte_offset(&t, b),
                                label: "L".into(),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some(Item { text: t, gold })
        })
        .collect())
}

pub fn run(coder: &Coder, path: &Path, errors: usize) -> Result<Report, String> {
    let items = read(path)?;
    let results: Vec<(Tally, Tally, Option<Miss>)> = items
        .par_iter()
        .enumerate()
        .map(|(i, it)| {
            let coded = code_text(coder, &format!("l{i}"), &it.text, None, false);
            let mut predicted: Vec<LabelledSpan> = Vec::new();
            for r in &coded.records {
                let base = r.evidence.offset as usize;
                for (span, label) in r.evidence.spans.iter().zip(&r.evidence.labels) {
                    if label == "place" {
                        let s = LabelledSpan {
                            start: base + span[0] as usize,
                            end: base + span[1] as usize,
                            label: "L".into(),
                        };
                        if !predicted.contains(&s) {
                            predicted.push(s);
                        }
                    }
                }
            }
            let exact = span_prf(&it.gold, &predicted, false);
            let overlap = span_prf(&it.gold, &predicted, true);
            let wrong = overlap.0 < it.gold.len() || overlap.0 < predicted.len();
            let miss = (wrong && errors > 0).then(|| Miss {
                id: format!("l{}", i + 1),
                text: it.text.clone(),
                gold: it
                    .gold
                    .iter()
                    .map(|s| it.text[s.start..s.end].to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
                produced: predicted
                    .iter()
                    .map(|s| it.text.get(s.start..s.end).unwrap_or("?").to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
                explanation: code_text(coder, "x", &it.text, None, true).explanation,
                weight: if predicted.is_empty() { 0.5 } else { 1.5 },
            });
            (exact, overlap, miss)
        })
        .collect();
    let (mut exact, mut overlap) = (Counts::default(), Counts::default());
    let mut misses = Vec::new();
    for (e, o, m) in results {
        exact.add(e);
        overlap.add(o);
        misses.extend(m);
    }
    let (pe, po) = (exact.prf(), overlap.prf());
    let mut m = Map::new();
    m.insert("precision".into(), round(po.precision).into());
    m.insert("recall".into(), round(po.recall).into());
    m.insert("f1".into(), round(po.f1).into());
    m.insert(
        "exact".into(),
        json!({"precision": round(pe.precision), "recall": round(pe.recall), "f1": round(pe.f1)}),
    );
    m.insert(
        "overlap".into(),
        json!({"precision": round(po.precision), "recall": round(po.recall), "f1": round(po.f1)}),
    );
    m.insert("gold_locations".into(), exact.gold.into());
    m.insert("predicted_locations".into(), exact.predicted.into());
    Ok(Report {
        set: "event-location".into(),
        n: items.len(),
        headline: ("f1".into(), po.f1),
        also_tracked: Vec::new(),
        metrics: m,
        misses: keep_instructive(misses, errors),
    })
}
