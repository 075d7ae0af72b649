//! `plover-gsr`: PLOVER gold-standard records (text, actors with codes and sectors, the
//! PLOVER event type). The main event of each record's text is compared with the gold.

use std::path::Path;

use rayon::prelude::*;
use serde_json::{Map, Value};

use dragoman_coder::Coder;

use super::{code_text, keep_instructive, round, Miss, Report};

/// The gold file uses PLOVER's older type names; these are today's.
pub fn modern_type(t: &str) -> &str {
    match t {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        "YIELD" => "CONCEDE",
        other => other,
    }
}

pub(crate) struct Gold {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) date: Option<chrono::NaiveDate>,
    /// The type as the file names it (older names included: DEMAND, YIELD).
    pub(crate) raw_event: String,
    pub(crate) event: String,
    sources: Vec<(String, Option<String>)>,
    targets: Vec<(String, Option<String>)>,
}

fn actors(v: Option<&Value>) -> Vec<(String, Option<String>)> {
    let list = match v {
        Some(Value::Array(a)) => a.clone(),
        Some(o @ Value::Object(_)) => vec![o.clone()],
        _ => Vec::new(),
    };
    list.iter()
        .filter_map(|a| {
            let code = a.get("code")?.as_str()?.to_string();
            let sector = a
                .get("sector")
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            Some((code, sector))
        })
        .collect()
}

pub(crate) fn read(path: &Path) -> Result<Vec<Gold>, String> {
    let (file, text) = super::read_set(path, "PLOVER_GSR_CAMEO.txt")?;
    let v: Vec<Value> =
        serde_json::from_str(&text).map_err(|e| format!("{}: not a JSON array ({e})", file.display()))?;
    Ok(v.iter()
        .filter(|r| r.get("event").and_then(Value::as_str) != Some("DOCUMENT"))
        .filter_map(|r| {
            Some(Gold {
                id: r.get("id")?.as_str()?.to_string(),
                text: r.get("text")?.as_str()?.to_string(),
                date: r
                    .get("date")
                    .and_then(Value::as_str)
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                raw_event: r.get("event")?.as_str()?.to_string(),
                event: modern_type(r.get("event")?.as_str()?).to_string(),
                sources: actors(r.get("source")),
                targets: actors(r.get("target")),
            })
        })
        .collect())
}

/// Does a produced actor code match a gold one? Gold codes are country or organisation
/// codes (`LBY`, `IGOUNO`), with the sector apart: compare the produced code's leading
/// blocks with the gold code.
fn code_matches(produced: &str, gold: &[(String, Option<String>)]) -> bool {
    gold.iter()
        .any(|(g, _)| !g.is_empty() && produced.starts_with(g.as_str()))
}

fn sector_matches(produced: &str, gold: &[(String, Option<String>)]) -> Option<bool> {
    let with_sector: Vec<_> = gold.iter().filter(|(_, s)| s.is_some()).collect();
    if with_sector.is_empty() {
        return None;
    }
    Some(with_sector.iter().any(|(g, s)| {
        produced.starts_with(g.as_str())
            && produced[g.len().min(produced.len())..].starts_with(s.as_deref().unwrap_or(""))
    }))
}

pub fn run(coder: &Coder, folds: Option<&[Coder]>, path: &Path, errors: usize) -> Result<Report, String> {
    let gold = read(path)?;
    let ontology = dragoman_core::Ontology::get();
    struct Row {
        event: bool,
        record_event: bool,
        emitted: bool,
        source: bool,
        target: bool,
        source_sector: Option<bool>,
        target_sector: Option<bool>,
        miss: Option<Miss>,
    }
    let rows: Vec<Row> = gold
        .par_iter()
        .map(|g| {
            let coder = crate::folds::coder_for(coder, folds, &g.text);
            let coded = code_text(coder, &g.id, &g.text, g.date, false);
            let main = coded.main_record();
            let ptype = main
                .and_then(|m| m.plover.as_ref().map(|p| p.event.clone()))
                .or_else(|| {
                    coded
                        .main
                        .as_deref()
                        .and_then(|c| ontology.plover(c))
                        .map(|p| p.event.clone())
                });
            let event = ptype.as_deref() == Some(g.event.as_str());
            // Credit only what `dragoman code` emits: the main record's type.
            let record_event = main.and_then(|m| m.plover.as_ref()).is_some_and(|p| p.event == g.event);
            let src = main.and_then(|m| m.source.as_ref()).map_or("", |s| s.code.as_str());
            let tgt = main
                .and_then(|m| m.target.as_ref())
                .map(|t| t.code.as_str())
                .unwrap_or("");
            let source = main.is_some() && (g.sources.is_empty() || code_matches(src, &g.sources));
            let target = main.is_some() && (g.targets.is_empty() && tgt.is_empty() || code_matches(tgt, &g.targets));
            let full = record_event && source && target;
            let miss = (!full && errors > 0).then(|| Miss {
                id: g.id.clone(),
                text: g.text.clone(),
                gold: format!("{} {:?} -> {:?}", g.event, g.sources, g.targets),
                produced: main.map_or(
                    format!("no event (cue {})", coded.main.as_deref().unwrap_or("none")),
                    |m| format!("{} ({}) {} -> {}", ptype.as_deref().unwrap_or("-"), m.cameo, src, tgt),
                ),
                explanation: code_text(coder, &g.id, &g.text, g.date, true).explanation,
                weight: if main.is_some() {
                    2.0 - (event as u8 as f64)
                } else {
                    0.5
                },
            });
            Row {
                event,
                record_event,
                emitted: main.is_some(),
                source,
                target,
                source_sector: main.and_then(|_| sector_matches(src, &g.sources)),
                target_sector: main.and_then(|_| sector_matches(tgt, &g.targets)),
                miss,
            }
        })
        .collect();
    let n = rows.len();
    let frac = |f: &dyn Fn(&Row) -> bool| rows.iter().filter(|r| f(r)).count() as f64 / n.max(1) as f64;
    let opt_frac = |f: &dyn Fn(&Row) -> Option<bool>| {
        let v: Vec<bool> = rows.iter().filter_map(f).collect();
        (v.iter().filter(|b| **b).count() as f64 / v.len().max(1) as f64, v.len())
    };
    let event = frac(&|r| r.event);
    let full = frac(&|r| r.record_event && r.source && r.target);
    let emitted = rows.iter().filter(|r| r.emitted).count();
    let emitted_event = rows.iter().filter(|r| r.emitted && r.record_event).count() as f64 / emitted.max(1) as f64;
    let mut m = Map::new();
    // The headline: the type of the main record, over the sentences with a record.
    m.insert("event_type_accuracy_emitted".into(), round(emitted_event).into());
    m.insert("event_recall".into(), round(emitted as f64 / n.max(1) as f64).into());
    // As before this change: a sentence with no record is credited with the code its
    // verbs and nouns carry (what classification falls back on).
    m.insert("event_accuracy_with_cues".into(), round(event).into());
    m.insert("source_accuracy".into(), round(frac(&|r| r.source)).into());
    m.insert("target_accuracy".into(), round(frac(&|r| r.target)).into());
    let (ss, ns) = opt_frac(&|r| r.source_sector);
    let (ts, nt) = opt_frac(&|r| r.target_sector);
    m.insert("source_sector_accuracy".into(), round(ss).into());
    m.insert("source_sector_n".into(), ns.into());
    m.insert("target_sector_accuracy".into(), round(ts).into());
    m.insert("target_sector_n".into(), nt.into());
    m.insert("full_record_accuracy".into(), round(full).into());
    Ok(Report {
        set: "plover-gsr".into(),
        n,
        headline: ("event_type_accuracy_emitted".into(), emitted_event),
        also_tracked: Vec::new(),
        metrics: m,
        misses: keep_instructive(rows.into_iter().filter_map(|r| r.miss).collect(), errors),
    })
}
