//! `spanish-fight`: Colombian news sentences in Spanish with gold CAMEO events (the
//! UniversalPetrarch validation format), coded natively as Spanish.
//!
//! Per gold event, the record it is compared with is the one whose trigger shares a word
//! with the gold event text, else the sentence's first record. Measured:
//! - `event_recall`: gold events whose sentence yields a record;
//! - `root_accuracy`: gold events whose record has the gold CAMEO root (the headline);
//! - `source_accuracy`, `target_accuracy`: the record's actor code equals the gold one;
//!   where the gold leaves the country out (`---PTY`, the text names none), a code whose
//!   sector matches counts, since dragoman then infers a country and marks it inferred
//!   (the strict figures are reported beside);
//! - `no_event_precision`: sentences with no gold event that yield no record.

use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::Map;

use dragoman_coder::Coder;
use dragoman_core::{Document, EventRecord};

use super::petrarch::between;
use super::{keep_instructive, round, Miss, Report};

/// One gold event.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldEvent {
    pub text: String,
    pub code: String,
    pub source: String,
    pub target: String,
}

/// One sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub text: String,
    pub events: Vec<GoldEvent>,
}

/// Reads the `<Sentence>` records. The text starts with the story's date and id
/// (`20000430\t20000430_NYN_P1_P10320 | …`): the date is the publication date, the rest
/// is the sentence.
pub fn read_records(xml: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<Sentence ") {
        let after = &rest[start..];
        let Some(end) = after.find("</Sentence>") else { break };
        let block = &after[..end];
        rest = &after[end + "</Sentence>".len()..];
        let head = &block[..block.find('>').unwrap_or(block.len())];
        let id = attr(head, "id").unwrap_or_default();
        let raw = between(block, "<Text>", "</Text>").unwrap_or("").trim();
        let (date, text) = story_date(raw);
        let date = date.or_else(|| attr(head, "date").and_then(|d| NaiveDate::parse_from_str(&d, "%Y%m%d").ok()));
        let texts = tags(block, "<EventText");
        let codings = tags(block, "<EventCoding");
        let events = codings
            .iter()
            .map(|c| {
                let eid = attr(c, "eid");
                let text = texts
                    .iter()
                    .find(|t| attr(t, "eid") == eid)
                    .and_then(|t| attr(t, "eventtext"))
                    .unwrap_or_default();
                GoldEvent {
                    text,
                    code: attr(c, "eventcode").unwrap_or_default(),
                    source: attr(c, "sourcecode").unwrap_or_default(),
                    target: attr(c, "targetcode").unwrap_or_default(),
                }
            })
            .collect();
        out.push(Record {
            id,
            date,
            text: xml_unescape(text),
            events,
        });
    }
    out
}

fn story_date(raw: &str) -> (Option<NaiveDate>, &str) {
    let Some((prefix, text)) = raw.split_once(" | ") else {
        return (None, raw);
    };
    let date = prefix
        .split_whitespace()
        .next()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok());
    match date {
        Some(d) => (Some(d), text.trim()),
        None => (None, raw),
    }
}

fn tags<'a>(block: &'a str, open: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = block;
    while let Some(p) = rest.find(open) {
        let t = &rest[p..];
        let end = t.find('>').unwrap_or(t.len());
        out.push(&t[..end]);
        rest = &t[end..];
    }
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    super::petrarch::attr(tag, name).map(|v| xml_unescape(&v))
}

fn xml_unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The CAMEO root of a gold code ("130_threaten" → "13").
fn gold_root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// Does `ours` match the gold actor code (see the module's notes)? `strict`: equal only.
pub fn code_matches(gold: &str, ours: Option<&str>, strict: bool) -> bool {
    let ours = ours.unwrap_or("---");
    if gold == ours {
        return true;
    }
    if strict {
        return false;
    }
    match gold.strip_prefix("---") {
        // A role noun with no country is written by its sector alone ("CVL").
        Some(sector) if !sector.is_empty() => ours == sector || (ours.len() >= 3 && &ours[3..] == sector),
        _ => false,
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(dragoman_text::fold)
        .collect()
}

fn trigger_text(r: &EventRecord) -> String {
    let ev = &r.evidence;
    ev.labels
        .iter()
        .zip(&ev.spans)
        .filter(|(l, _)| l.as_str() == "trigger")
        .filter_map(|(_, s)| ev.sentence.get(s[0] as usize..s[1] as usize))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The record a gold event is compared with.
fn counterpart<'r>(gold: &GoldEvent, records: &'r [EventRecord]) -> Option<&'r EventRecord> {
    let gw = words(&gold.text);
    records
        .iter()
        .find(|r| words(&trigger_text(r)).iter().any(|w| gw.contains(w)))
        .or_else(|| records.first())
}

#[derive(Default)]
struct Tally {
    events: usize,
    found: usize,
    root: usize,
    source: usize,
    target: usize,
    source_strict: usize,
    target_strict: usize,
    empty: usize,
    empty_quiet: usize,
}

pub fn run(coder: &Coder, path: &Path, errors: usize) -> Result<Report, String> {
    let (file, xml) = super::read_set(path, "spanish_fight_validation.xml")?;
    let records = read_records(&xml);
    if records.is_empty() {
        return Err(format!("{}: no <Sentence> records", file.display()));
    }
    let scored: Vec<(Tally, Option<Miss>)> = records.par_iter().map(|r| score(coder, r, errors > 0)).collect();
    let mut t = Tally::default();
    let mut misses = Vec::new();
    for (s, miss) in scored {
        t.events += s.events;
        t.found += s.found;
        t.root += s.root;
        t.source += s.source;
        t.target += s.target;
        t.source_strict += s.source_strict;
        t.target_strict += s.target_strict;
        t.empty += s.empty;
        t.empty_quiet += s.empty_quiet;
        misses.extend(miss);
    }
    let frac = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    let mut m = Map::new();
    m.insert("sentences".into(), records.len().into());
    m.insert("gold_events".into(), t.events.into());
    let metrics = [
        ("event_recall", frac(t.found, t.events)),
        ("root_accuracy", frac(t.root, t.events)),
        ("source_accuracy", frac(t.source, t.events)),
        ("target_accuracy", frac(t.target, t.events)),
        ("source_accuracy_strict", frac(t.source_strict, t.events)),
        ("target_accuracy_strict", frac(t.target_strict, t.events)),
        ("no_event_precision", frac(t.empty_quiet, t.empty)),
    ];
    for (k, v) in metrics {
        m.insert(k.into(), round(v).into());
    }
    Ok(Report {
        set: "spanish-fight".into(),
        n: records.len(),
        headline: ("root_accuracy".into(), frac(t.root, t.events)),
        also_tracked: vec![
            ("event_recall".into(), frac(t.found, t.events)),
            ("source_accuracy".into(), frac(t.source, t.events)),
        ],
        metrics: m,
        misses: keep_instructive(misses, errors),
    })
}

fn score(coder: &Coder, r: &Record, want_miss: bool) -> (Tally, Option<Miss>) {
    let mut doc = Document::new(&r.id, &r.text).with_date(r.date);
    doc.lang = Some("es".into());
    let produced = coder.code(&doc);
    let mut t = Tally::default();
    if r.events.is_empty() {
        t.empty = 1;
        t.empty_quiet = usize::from(produced.is_empty());
    }
    let mut right = true;
    for g in &r.events {
        t.events += 1;
        let Some(rec) = counterpart(g, &produced) else {
            right = false;
            continue;
        };
        t.found += 1;
        let root_ok = rec.cameo_root == gold_root(&g.code);
        let src = rec.source.as_ref().map(|a| a.code.as_str());
        let tgt = rec.target.as_ref().map(|a| a.code.as_str());
        t.root += usize::from(root_ok);
        t.source += usize::from(code_matches(&g.source, src, false));
        t.target += usize::from(code_matches(&g.target, tgt, false));
        t.source_strict += usize::from(code_matches(&g.source, src, true));
        t.target_strict += usize::from(code_matches(&g.target, tgt, true));
        right &= root_ok && code_matches(&g.source, src, false);
    }
    if r.events.is_empty() && !produced.is_empty() {
        right = false;
    }
    let miss = (want_miss && !right).then(|| {
        let fmt_gold = r
            .events
            .iter()
            .map(|g| format!("{}->{} {} (\"{}\")", g.source, g.target, g.code, g.text))
            .collect::<Vec<_>>()
            .join(", ");
        let fmt_ours = produced
            .iter()
            .map(|e| {
                format!(
                    "{}->{} {}",
                    e.source.as_ref().map_or("---", |a| a.code.as_str()),
                    e.target.as_ref().map_or("---", |a| a.code.as_str()),
                    e.cameo
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let mut doc = Document::new(&r.id, &r.text).with_date(r.date);
        doc.lang = Some("es".into());
        let a = coder.analyse(&doc);
        Miss {
            id: r.id.clone(),
            text: r.text.clone(),
            gold: if fmt_gold.is_empty() {
                "no events".into()
            } else {
                fmt_gold
            },
            produced: if fmt_ours.is_empty() {
                "no events".into()
            } else {
                fmt_ours
            },
            explanation: coder.explain(&a),
            weight: if produced.is_empty() { 1.0 } else { 2.0 },
        }
    });
    (t, miss)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Sentences>
<Sentence id="s-1" date="20200101" category="SAT">
<EventText eid="0" eventtext="secuestraron" sourcetext="Unos hombres armados" targettext="un comerciante" />
<EventCoding eid="0" eventcode="181_abduct" plover="" sourcecode="---REB" targetcode="COLBUS" />
<Text>
19990102	19990102_X_P1 | Unos hombres armados secuestraron a un comerciante en Cali .
</Text>
</Sentence>
<Sentence id="s-2" date="20200101" category="protest">
<Text>
Llovió toda la tarde .
</Text>
</Sentence>
</Sentences>"#;

    #[test]
    fn reads_story_dates_texts_and_events() {
        let r = read_records(XML);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].date, NaiveDate::from_ymd_opt(1999, 1, 2));
        assert_eq!(
            r[0].text,
            "Unos hombres armados secuestraron a un comerciante en Cali ."
        );
        assert_eq!(r[0].events[0].code, "181_abduct");
        assert_eq!(r[0].events[0].text, "secuestraron");
        assert_eq!(r[0].events[0].source, "---REB");
        assert!(r[1].events.is_empty());
        assert_eq!(r[1].date, NaiveDate::from_ymd_opt(2020, 1, 1));
    }

    #[test]
    fn a_gold_code_without_country_accepts_the_sector() {
        assert!(code_matches("---REB", Some("COLREB"), false));
        assert!(!code_matches("---REB", Some("COLREB"), true));
        assert!(!code_matches("---REB", Some("COLMIL"), false));
        assert!(code_matches("---REB", Some("REB"), false));
        assert!(code_matches("COLMIL", Some("COLMIL"), true));
        assert!(!code_matches("COLMIL", None, false));
        assert_eq!(gold_root("190_fight"), "19");
    }
}
