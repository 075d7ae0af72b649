//! Reading inputs for `code`, `explain`, `ingest` and `watch`: any format, each document's
//! date settled, and documents in a language dragoman does not code set aside with a
//! warning rather than coded into nothing.

use std::path::Path;

use chrono::NaiveDate;

use dragoman_coder::Coder;
use dragoman_core::Document;
use dragoman_text::formats::{read_any, ReadOptions};
use dragoman_text::lang;
use dragoman_text::read::Batch;

/// `--date`: YYYY-MM-DD, or `today`.
pub fn parse_date_or_today(s: &str) -> Result<NaiveDate, String> {
    if s.eq_ignore_ascii_case("today") {
        return Ok(chrono::Local::now().date_naive());
    }
    crate::output::parse_date_arg(s).map_err(|e| format!("{e}, or `today`"))
}

/// What one input gave.
#[derive(Default)]
pub struct Inputs {
    pub docs: Vec<Document>,
    /// Records or inputs skipped, with the reason ("file:line: reason").
    pub skipped: Vec<String>,
    /// Warnings that lose nothing (encoding guessed, a date not used, no date found).
    pub warnings: Vec<String>,
    /// Documents in a language dragoman does not code: (id, language name).
    pub foreign: Vec<(String, String)>,
    /// Inputs that could not be read at all.
    pub failed: usize,
}

impl Inputs {
    /// Reads `bytes` (named `name` in messages) and keeps the documents `coder` reads.
    pub fn add(&mut self, name: &str, bytes: &[u8], opts: &ReadOptions, coder: &Coder) {
        match read_any(name, bytes, opts) {
            Ok(batch) => self.add_batch(batch, coder),
            Err(e) => {
                self.skipped.push(e.to_string());
                self.failed += 1;
            }
        }
    }

    /// Keeps the documents of a settled batch that `coder` reads.
    pub fn add_batch(&mut self, batch: Batch, coder: &Coder) {
        self.skipped.extend(batch.skipped.iter().map(ToString::to_string));
        self.warnings.extend(batch.notes);
        for d in batch.docs {
            if coder.codes_language(d.lang.as_deref()) {
                if d.published.is_none() {
                    self.warnings.push(undated_warning(&d.id));
                }
                self.docs.push(d);
            } else {
                let name = lang::name_of(d.lang.as_deref().unwrap_or_default());
                self.foreign.push((d.id, name));
            }
        }
    }

    /// Reads a file (see [`Inputs::add`]).
    pub fn add_file(&mut self, path: &Path, name: &str, opts: &ReadOptions, coder: &Coder) {
        match std::fs::metadata(path) {
            Ok(m) if m.len() > opts.max_bytes => {
                self.skipped.push(format!(
                    "{name}: larger than the {}-byte limit (raise --max-bytes to read it)",
                    opts.max_bytes
                ));
                self.failed += 1;
                return;
            }
            Err(e) => {
                self.skipped.push(format!("{name}: {e}"));
                self.failed += 1;
                return;
            }
            _ => {}
        }
        match std::fs::read(path) {
            Ok(bytes) => self.add(name, &bytes, opts, coder),
            Err(e) => {
                self.skipped.push(format!("{name}: cannot read ({e})"));
                self.failed += 1;
            }
        }
    }

    /// The warnings for documents set aside for their language, one per document.
    pub fn foreign_warnings(&self, coder: &Coder) -> Vec<String> {
        let coded: Vec<String> = coder.languages().iter().map(|l| lang::name_of(l)).collect();
        self.foreign
            .iter()
            .map(|(id, name)| {
                format!(
                    "{id}: written in {name}; dragoman codes {} only: skipped",
                    coded.join(", ")
                )
            })
            .collect()
    }

    /// Prints skipped inputs and warnings on stderr.
    pub fn report(&self, coder: &Coder) {
        for s in &self.skipped {
            eprintln!("dragoman: skipped {s}");
        }
        for w in self.warnings.iter().chain(&self.foreign_warnings(coder)) {
            eprintln!("dragoman: warning: {w}");
        }
    }
}

fn undated_warning(id: &str) -> String {
    format!(
        "{id}: no publication date (none in the input or its first lines); relative dates \
         (\"on Tuesday\") are left without a calendar date: give --date YYYY-MM-DD or --date today"
    )
}
