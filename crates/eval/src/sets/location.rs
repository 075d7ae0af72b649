//! `event-location`: where an event happened, as opposed to places merely mentioned.
//! Gold: sentences with the event's VERB span and its LOCATION spans; predicted: the
//! places dragoman gives the records whose trigger is that verb. About a sixth of the gold
//! location spans hold token indices instead of character offsets (`start` equal to
//! `token_start`): they are mapped through the record's tokens.
//!
//! Also measured: event recall (the share of sentences with at least one record, and of
//! gold verbs with a record triggered by them).

use std::path::Path;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use dragoman_coder::Coder;

use super::{code_text, keep_instructive, round, Miss, Report};
use crate::metrics::{span_prf, Counts, LabelledSpan, Tally};

struct Item {
    text: String,
    gold: Vec<LabelledSpan>,
    /// Byte spans of the gold event verbs.
    verbs: Vec<(usize, usize)>,
}

/// A gold span's byte range: from its character offsets, or, where the offsets are token
/// indices (start equal to token_start and end to token_end), from its tokens.
fn gold_span(text: &str, span: &Value, tokens: &[Value]) -> Option<(usize, usize)> {
    let a = span.get("start")?.as_u64()? as usize;
    let b = span.get("end")?.as_u64()? as usize;
    let ta = span.get("token_start").and_then(Value::as_u64).map(|x| x as usize);
    let tb = span.get("token_end").and_then(Value::as_u64).map(|x| x as usize);
    if ta == Some(a) && tb == Some(b) {
        let first = tokens.get(a)?;
        let last = tokens.get(b)?;
        let s = first.get("start")?.as_u64()? as usize;
        let e = last.get("end")?.as_u64()? as usize;
        return Some((byte_offset(text, s), byte_offset(text, e)));
    }
    Some((byte_offset(text, a), byte_offset(text, b)))
}

/// Character offset -> byte offset in `text`.
fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

fn read(path: &Path) -> Result<Vec<Item>, String> {
    let (file, text) = super::read_set(path, "labeled_text.jsonl")?;
    let v: Vec<Value> =
        serde_json::from_str(text.trim()).map_err(|e| format!("{}: not a JSON array ({e})", file.display()))?;
    Ok(v.iter()
        .filter_map(|r| {
            let t = r.get("text")?.as_str()?.to_string();
            let tokens = r.get("tokens").and_then(Value::as_array).cloned().unwrap_or_default();
            let spans = r.get("spans").and_then(Value::as_array).cloned().unwrap_or_default();
            let of = |label: &str| -> Vec<(usize, usize)> {
                spans
                    .iter()
                    .filter(|s| s.get("label").and_then(Value::as_str) == Some(label))
                    .filter_map(|s| gold_span(&t, s, &tokens))
                    .collect()
            };
            let gold = of("LOCATION")
                .into_iter()
                .map(|(start, end)| LabelledSpan {
                    start,
                    end,
                    label: "L".into(),
                })
                .collect();
            let verbs = of("VERB");
            Some(Item { text: t, gold, verbs })
        })
        .collect())
}

pub fn run(coder: &Coder, path: &Path, errors: usize) -> Result<Report, String> {
    let items = read(path)?;
    let results: Vec<(Tally, Tally, Option<Miss>, [bool; 2])> = items
        .par_iter()
        .enumerate()
        .map(|(i, it)| {
            let coded = code_text(coder, &format!("l{i}"), &it.text, None, false);
            let mut predicted: Vec<LabelledSpan> = Vec::new();
            let at_verb = |r: &dragoman_core::EventRecord| {
                let base = r.evidence.offset as usize;
                r.evidence.spans.iter().zip(&r.evidence.labels).any(|(span, label)| {
                    let (s, e) = (base + span[0] as usize, base + span[1] as usize);
                    label == "trigger" && it.verbs.iter().any(|&(vs, ve)| s < ve && vs < e)
                })
            };
            let verb_records: Vec<&dragoman_core::EventRecord> = coded.records.iter().filter(|r| at_verb(r)).collect();
            let recall = [!coded.records.is_empty(), !verb_records.is_empty()];
            for r in verb_records {
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
            (exact, overlap, miss, recall)
        })
        .collect();
    let (mut exact, mut overlap) = (Counts::default(), Counts::default());
    let mut misses = Vec::new();
    let (mut with_record, mut with_verb_record) = (0usize, 0usize);
    for (e, o, m, recall) in results {
        exact.add(e);
        overlap.add(o);
        misses.extend(m);
        with_record += recall[0] as usize;
        with_verb_record += recall[1] as usize;
    }
    let share = |k: usize| round(k as f64 / items.len().max(1) as f64);
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
    m.insert("event_recall".into(), share(with_record).into());
    m.insert("verb_recall".into(), share(with_verb_record).into());
    m.insert("gold_locations".into(), exact.gold.into());
    m.insert("predicted_locations".into(), exact.predicted.into());
    Ok(Report {
        set: "event-location".into(),
        n: items.len(),
        headline: ("verb_place_f1".into(), po.f1),
        also_tracked: Vec::new(),
        metrics: m,
        misses: keep_instructive(misses, errors),
    })
}
