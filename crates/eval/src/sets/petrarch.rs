//! `petrarch-unit`: PETRARCH's validation records, coded with their own dictionaries.
//!
//! Scored the way PETRARCH's validator scores: a record passes when the events coded are
//! exactly the expected ones (or none, for "no events" and error records); it is partial
//! when some expectations are met, failed when none is; errored when coding failed.

use std::path::Path;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::Map;

use dragoman_coder::Coder;

use super::{code_text, keep_instructive, round, Miss, Report};

/// One unit-test record.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub text: String,
    /// Expected (source, target, code) triples; empty with `no_events` or `error`.
    pub expected: Vec<(String, String, String)>,
    pub no_events: bool,
    /// The record expects PETRARCH to refuse it (dateline, discard, bad parse).
    pub error: Option<String>,
}

/// Reads the records of `PETR.UnitTest.records.xml`, ignoring commented-out parts.
pub fn read_records(xml: &str) -> Vec<Record> {
    let text = strip_comments(xml);
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("<Sentence ") {
        let after = &rest[start..];
        let Some(end) = after.find("</Sentence>") else { break };
        let block = &after[..end];
        rest = &after[end + "</Sentence>".len()..];
        let head_end = block.find('>').unwrap_or(block.len());
        let head = &block[..head_end];
        let id = attr(head, "id").unwrap_or_default();
        let date = attr(head, "date").and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y%m%d").ok());
        let body = between(block, "<Text>", "</Text>").unwrap_or("");
        let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut rec = Record {
            id,
            date,
            text,
            expected: Vec::new(),
            no_events: false,
            error: None,
        };
        let mut codings = block;
        while let Some(p) = codings.find("<EventCoding") {
            let c = &codings[p..];
            let close = c.find('>').unwrap_or(c.len());
            let tag = &c[..close];
            if attr(tag, "noevents").is_some() {
                rec.no_events = true;
            } else if let Some(e) = attr(tag, "error") {
                rec.error = Some(e);
            } else if let (Some(s), Some(t), Some(e)) =
                (attr(tag, "sourcecode"), attr(tag, "targetcode"), attr(tag, "eventcode"))
            {
                rec.expected.push((clean_code(&s), clean_code(&t), e));
            }
            codings = &c[close..];
        }
        out.push(rec);
    }
    out
}

/// `'"---"'`-style doubled quotes in a few records mean the plain code.
fn clean_code(s: &str) -> String {
    s.trim_matches(|c| c == '"' || c == '\'').to_string()
}

fn strip_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        match rest[p..].find("-->") {
            Some(e) => rest = &rest[p + e + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

pub(super) fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s[a..].find(close)? + a;
    Some(&s[a..b])
}

/// An attribute value: `name="v"`, `name = "v"`, or `name='v'`.
pub(super) fn attr(tag: &str, name: &str) -> Option<String> {
    let mut search = tag;
    while let Some(p) = search.find(name) {
        let before_ok = p == 0 || !search.as_bytes()[p - 1].is_ascii_alphanumeric();
        let rest = search[p + name.len()..].trim_start();
        if before_ok {
            if let Some(rest) = rest.strip_prefix('=') {
                let rest = rest.trim_start();
                let quote = rest.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let end = rest[1..].find(quote)? + 1;
                    return Some(rest[1..end].to_string());
                }
            }
        }
        search = &search[p + name.len()..];
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Passed,
    Partial,
    Failed,
    Errored,
}

pub fn run(coder: &Coder, path: &Path, errors: usize) -> Result<Report, String> {
    let (file, xml) = super::read_set(path, "PETR.UnitTest.records.xml")?;
    let records = read_records(&xml);
    if records.is_empty() {
        return Err(format!("{}: no <Sentence> records", file.display()));
    }
    let results: Vec<(Outcome, usize, usize, Option<Miss>)> = records
        .par_iter()
        .map(|r| {
            let coded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                code_text(coder, &r.id, &r.text, r.date, false)
            }));
            let Ok(coded) = coded else {
                return (Outcome::Errored, 0, expectations(r), None);
            };
            let produced: Vec<(String, String, String)> = coded
                .records
                .iter()
                .map(|e| {
                    (
                        e.source.as_ref().map_or("---".into(), |s| s.code.clone()),
                        e.target.as_ref().map_or("---".into(), |t| t.code.clone()),
                        e.cameo.clone(),
                    )
                })
                .collect();
            let (outcome, met) = score(r, &produced);
            let miss = (outcome != Outcome::Passed && errors > 0).then(|| Miss {
                id: r.id.clone(),
                text: r.text.clone(),
                gold: if r.expected.is_empty() {
                    "no events".into()
                } else {
                    fmt(&r.expected)
                },
                produced: if produced.is_empty() {
                    "no events".into()
                } else {
                    fmt(&produced)
                },
                explanation: code_text(coder, &r.id, &r.text, r.date, true).explanation,
                weight: if outcome == Outcome::Failed { 2.0 } else { 1.0 },
            });
            (outcome, met, expectations(r), miss)
        })
        .collect();
    let count = |o: Outcome| results.iter().filter(|r| r.0 == o).count();
    let met: usize = results.iter().map(|r| r.1).sum();
    let total_expectations: usize = results.iter().map(|r| r.2).sum();
    let passed = count(Outcome::Passed);
    let mut m = Map::new();
    m.insert("records".into(), records.len().into());
    m.insert("passed".into(), passed.into());
    m.insert("partial".into(), count(Outcome::Partial).into());
    m.insert("failed".into(), count(Outcome::Failed).into());
    m.insert("errored".into(), count(Outcome::Errored).into());
    m.insert("expectations_met".into(), met.into());
    m.insert("expectations".into(), total_expectations.into());
    m.insert("pass_rate".into(), round(passed as f64 / records.len() as f64).into());
    Ok(Report {
        set: "petrarch-unit".into(),
        n: records.len(),
        headline: ("pass_rate".into(), passed as f64 / records.len() as f64),
        also_tracked: Vec::new(),
        metrics: m,
        misses: keep_instructive(results.into_iter().filter_map(|r| r.3).collect(), errors),
    })
}

fn expectations(r: &Record) -> usize {
    r.expected.len().max(1)
}

fn fmt(v: &[(String, String, String)]) -> String {
    v.iter()
        .map(|(s, t, c)| format!("{s}->{t} {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The outcome of a record and how many of its expectations were met.
fn score(r: &Record, produced: &[(String, String, String)]) -> (Outcome, usize) {
    if r.expected.is_empty() {
        // "No events" and error records expect nothing to be coded.
        return if produced.is_empty() {
            (Outcome::Passed, 1)
        } else {
            (Outcome::Failed, 0)
        };
    }
    let met = r.expected.iter().filter(|e| produced.contains(e)).count();
    let extra = produced.iter().any(|p| !r.expected.contains(p));
    let outcome = if met == r.expected.len() && !extra {
        Outcome::Passed
    } else if met > 0 {
        Outcome::Partial
    } else {
        Outcome::Failed
    };
    (outcome, met)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Sentences>
<!-- <Sentence date="19950101" id="X-0"><EventCoding sourcecode="A" targetcode="B" eventcode="1"></EventCoding><Text>commented out</Text></Sentence> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore   full diplomatic ties with Gondor.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date = "20080801" id ="E-1"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: x</Text>
</Sentence>
<Sentence date="19950101" id="N-1" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<EventCoding sourcecode='"---"' targetcode="GON" eventcode="010"></EventCoding>
<Text>y</Text>
</Sentence>
</Sentences>"#;

    #[test]
    fn reads_records_attributes_and_codings() {
        let r = read_records(XML);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].id, "DEMO-00");
        assert_eq!(r[0].text, "Arnor is about to restore full diplomatic ties with Gondor.");
        assert_eq!(r[0].expected, vec![("ARN".into(), "GON".into(), "064".into())]);
        assert_eq!(r[0].date, NaiveDate::from_ymd_opt(1995, 1, 1));
        assert_eq!(r[1].id, "E-1");
        assert_eq!(r[1].error.as_deref(), Some("dateline"));
        assert!(r[2].no_events);
        assert_eq!(r[2].expected[0].0, "---");
    }

    #[test]
    fn scoring_like_petrarch() {
        let r = &read_records(XML)[0];
        let t = |s: &str, d: &str, c: &str| (s.to_string(), d.to_string(), c.to_string());
        assert_eq!(score(r, &[t("ARN", "GON", "064")]), (Outcome::Passed, 1));
        assert_eq!(
            score(r, &[t("ARN", "GON", "064"), t("GON", "ARN", "064")]),
            (Outcome::Partial, 1)
        );
        assert_eq!(score(r, &[t("ARN", "GON", "060")]), (Outcome::Failed, 0));
        assert_eq!(score(r, &[]), (Outcome::Failed, 0));
        let e = &read_records(XML)[1];
        assert_eq!(score(e, &[]), (Outcome::Passed, 1));
        assert_eq!(score(e, &[t("A", "B", "1")]), (Outcome::Failed, 0));
    }
}
