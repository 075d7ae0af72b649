//! Output formats for events.

use std::io::Write;

use chrono::NaiveDate;
use dragoman_core::EventRecord;

pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON event record per line (the contract in DESIGN.md).
    Jsonl,
    /// One JSON array of all event records.
    Json,
    /// A table for people.
    Table,
}

pub fn write_jsonl(out: &mut impl Write, events: &[EventRecord]) -> std::io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *out, e)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn clip(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A table: one line per event, then its evidence indented.
pub fn write_table(out: &mut impl Write, events: &[EventRecord], with_evidence: bool) -> std::io::Result<()> {
    write_table_header(out)?;
    write_table_rows(out, events, with_evidence)
}

pub fn write_table_header(out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<10}  {:<26}  {:<44}  {:<26}  {:<14}  notes",
        "date", "source", "event", "target", "place"
    )?;
    writeln!(out, "{}", "-".repeat(140))
}

/// The lines of a table, without its header.
pub fn write_table_rows(out: &mut impl Write, events: &[EventRecord], with_evidence: bool) -> std::io::Result<()> {
    for e in events {
        let name = dragoman_core::Ontology::get()
            .event(&e.cameo)
            .map_or("", |c| c.name.as_str());
        let actor = |a: &dragoman_core::ActorRecord| {
            let mark = if a.inferred { "*" } else { "" };
            format!("{}{mark} {}", a.code, a.name.as_deref().unwrap_or(&a.text))
        };
        let src = e.source.as_ref().map_or("-".to_string(), actor);
        let tgt = e.target.as_ref().map_or("-".to_string(), actor);
        let mut notes = Vec::new();
        if e.negated {
            notes.push("NEGATED".to_string());
        }
        if e.modality != dragoman_core::Modality::Asserted {
            notes.push(e.modality.as_str().to_string());
        }
        if e.date_precision != dragoman_core::DatePrecision::Day {
            notes.push(format!("{:?}", e.date_precision).to_lowercase());
        }
        writeln!(
            out,
            "{:<10}  {:<26}  {:<44}  {:<26}  {:<14}  {}",
            e.date.as_deref().unwrap_or("?"),
            clip(&src, 26),
            clip(&format!("{} {}", e.cameo, name), 44),
            clip(&tgt, 26),
            clip(e.location.as_ref().map_or("-", |l| l.name.as_str()), 14),
            notes.join(", ")
        )?;
        if with_evidence {
            writeln!(out, "{:<12}“{}”", "", clip(&e.evidence.sentence, 126))?;
        }
    }
    Ok(())
}
