//! `dragoman ingest`: files and directories of news into the event database.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;

use dragoman_coder::Coder;
use dragoman_core::Document;
use dragoman_store::{IngestDoc, Store};
use dragoman_text::formats::{ReadOptions, DEFAULT_MAX_BYTES};

use crate::inputs::{parse_date_or_today, Inputs};
use crate::kb::DictArgs;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files and directories (read recursively): text, HTML (also .gz), JSON lines, JSON,
    /// CSV, RSS/Atom/JSON feeds, WARC, PETRARCH XML. The format is told by content. A
    /// path that does not exist stops the command (exit status 3) before anything is
    /// created.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The SQLite database to write; created with its tables if missing, added to if not.
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Publication date of documents that carry none (YYYY-MM-DD, or `today`). A
    /// document's own date (its field, its page or feed metadata, a dateline or
    /// "Published" line at its head) always wins. Default: none: relative dates in
    /// undated documents get no calendar date, with a warning naming each document.
    #[arg(long, value_parser = parse_date_or_today, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    /// The language of the input: `en`, `es`, or `auto` (each document's own, else
    /// identified from its text). Spanish is coded natively, with Spanish dictionaries.
    #[arg(long, value_parser = crate::code::parse_lang, default_value = "auto", value_name = "LANG")]
    pub lang: String,
    /// Skip inputs larger than this many bytes (after decompression).
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
    /// Files read at a time (documents are stored 256 to a transaction: a run killed
    /// half-way loses at most that many, which the next run redoes).
    #[arg(long, default_value_t = 64, value_name = "FILES")]
    pub batch: usize,
    /// No progress bar or summary lines, only errors.
    #[arg(long)]
    pub quiet: bool,
    #[command(flatten)]
    pub dict: DictArgs,
}

/// What an ingest did.
#[derive(Default)]
pub struct Report {
    pub files: usize,
    pub documents: usize,
    pub new_documents: usize,
    pub duplicates: usize,
    pub events: usize,
    /// Inputs and records skipped, with the reason.
    pub skipped: Vec<String>,
    /// Warnings (undated documents, documents in other languages, dates not used).
    pub warnings: Vec<String>,
    /// Documents skipped for their language, by language.
    pub languages: std::collections::BTreeMap<String, usize>,
    /// Documents with no publication date.
    pub undated: usize,
}

impl Report {
    fn language_summary(&self) -> String {
        if self.languages.is_empty() {
            return String::new();
        }
        let by: Vec<String> = self.languages.iter().map(|(l, n)| format!("{n} {l}")).collect();
        format!(
            " (and {} in other languages: {})",
            self.languages.values().sum::<usize>(),
            by.join(", ")
        )
    }

    fn undated_summary(&self) -> String {
        match self.undated {
            0 => String::new(),
            n => format!(", {n} without a publication date"),
        }
    }
}

/// Lists the files under the paths, sorted, reporting what cannot be listed.
pub fn walk(paths: &[PathBuf], skipped: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        walk_one(p, &mut out, skipped);
    }
    out
}

fn walk_one(p: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<String>) {
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            skipped.push(format!("{}: {e}", p.display()));
            return;
        }
    };
    if meta.is_file() {
        out.push(p.to_path_buf());
        return;
    }
    if !meta.is_dir() {
        return;
    }
    let entries = match std::fs::read_dir(p) {
        Ok(e) => e,
        Err(e) => {
            skipped.push(format!("{}: cannot list directory ({e})", p.display()));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for c in children {
        walk_one(&c, out, skipped);
    }
}

fn ingest_doc(coder: &Coder, d: &Document, input: &Path) -> IngestDoc {
    let events = coder.code(d);
    IngestDoc {
        key: d.id.clone(),
        input: Some(input.display().to_string()),
        url: d.url.clone(),
        title: d.title.clone(),
        site: d.source.clone().or_else(|| d.url.as_deref().and_then(host)),
        published: d.published,
        lang: d.lang.clone(),
        text: d.text.clone(),
        tone: Some(dragoman_text::tone::tone(&d.text)),
        events,
    }
}

pub fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    Some(rest.split(['/', '?', '#']).next()?.to_string()).filter(|h| !h.is_empty())
}

/// Documents coded and stored per transaction: a run killed half-way loses at most this
/// many, which the next run redoes (documents already stored are recognised by hash).
const DOCS_PER_TRANSACTION: usize = 256;

/// Ingests the files into the store, batch by batch; used by `ingest` and `watch`.
pub fn ingest_files(
    store: &mut Store,
    coder: &Coder,
    files: &[PathBuf],
    opts: &ReadOptions,
    batch: usize,
    progress: &Progress,
) -> Result<Report> {
    let mut report = Report {
        files: files.len(),
        ..Report::default()
    };
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    for chunk in files.chunks(batch.max(1)) {
        // Read the batch on every core, keeping input order.
        let read: Vec<(&PathBuf, Inputs)> = chunk
            .par_iter()
            .map(|p| {
                let mut inputs = Inputs::default();
                inputs.add_file(p, &p.display().to_string(), opts, coder);
                (p, inputs)
            })
            .collect();
        let mut todo: Vec<(&PathBuf, Document)> = Vec::new();
        for (p, inputs) in read {
            report.documents += inputs.docs.len() + inputs.foreign.len();
            report.undated += inputs.warnings.iter().filter(|w| w.contains(UNDATED)).count();
            report.skipped.extend(inputs.skipped.iter().cloned());
            report.warnings.extend(inputs.foreign_warnings(coder));
            report.warnings.extend(inputs.warnings);
            for (_, lang) in inputs.foreign {
                *report.languages.entry(lang).or_default() += 1;
            }
            for d in inputs.docs {
                if store.has_hash(&dragoman_store::content_hash(&d.text))? {
                    report.duplicates += 1;
                } else {
                    todo.push((p, d));
                }
            }
        }
        progress.found(todo.len() as u64);
        for docs in todo.chunks(DOCS_PER_TRANSACTION) {
            let coded: Vec<IngestDoc> = docs.par_iter().map(|(p, d)| ingest_doc(coder, d, p)).collect();
            let stats = store.insert_batch(&coded, &now)?;
            report.new_documents += stats.documents;
            report.duplicates += stats.duplicates;
            report.events += stats.events;
            progress.advance(docs.len() as u64);
        }
        progress.files_done(chunk.len() as u64);
    }
    Ok(report)
}

/// The words every undated-document warning holds (to count them).
const UNDATED: &str = "no publication date";

/// How many undated documents are named one by one before the rest are summed up.
const UNDATED_SHOWN: usize = 5;

/// Prints warnings on stderr; undated documents, often hundreds in an archive, are named
/// for the first few and counted for the rest.
fn print_warnings(warnings: &[String]) {
    let mut undated = 0;
    for w in warnings {
        if w.contains(UNDATED) {
            undated += 1;
            if undated > UNDATED_SHOWN {
                continue;
            }
        }
        eprintln!("dragoman: warning: {w}");
    }
    if undated > UNDATED_SHOWN {
        eprintln!(
            "dragoman: warning: and {} more documents with no publication date (their events keep only absolute dates)",
            undated - UNDATED_SHOWN
        );
    }
}

/// Progress in documents coded, on a terminal as a bar (its length grows as files are
/// read and their documents counted), otherwise as a plain line every few seconds.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    last: std::cell::Cell<Instant>,
    files_total: u64,
    files: std::cell::Cell<u64>,
    found: std::cell::Cell<u64>,
    coded: std::cell::Cell<u64>,
    quiet: bool,
}

impl Progress {
    pub fn new(files: u64, quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let b = indicatif::ProgressBar::new(0);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} documents  {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
        Progress {
            bar,
            started: Instant::now(),
            last: std::cell::Cell::new(Instant::now()),
            files_total: files,
            files: std::cell::Cell::new(0),
            found: std::cell::Cell::new(0),
            coded: std::cell::Cell::new(0),
            quiet,
        }
    }

    /// `n` more documents to code were read.
    fn found(&self, n: u64) {
        self.found.set(self.found.get() + n);
        if let Some(b) = &self.bar {
            b.set_length(self.found.get());
        }
    }

    /// `n` more documents were coded and stored.
    fn advance(&self, n: u64) {
        self.coded.set(self.coded.get() + n);
        let rate = self.coded.get() as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        let files = format!("{}/{} files read", self.files.get(), self.files_total);
        if let Some(b) = &self.bar {
            b.set_position(self.coded.get());
            b.set_message(format!("{rate:.0} docs/s, {files}"));
        } else if !self.quiet && self.last.get().elapsed() >= Duration::from_secs(5) {
            eprintln!(
                "dragoman: {}/{} documents coded, {rate:.0} docs/s, {files}",
                self.coded.get(),
                self.found.get()
            );
            self.last.set(Instant::now());
        }
    }

    fn files_done(&self, n: u64) {
        self.files.set(self.files.get() + n);
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

pub fn run(args: IngestArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let mut skipped = Vec::new();
    let files = walk(&args.paths, &mut skipped);
    // A path that is not there is a mistake in the command: stop before creating anything.
    let missing: Vec<&PathBuf> = args.paths.iter().filter(|p| !p.exists()).collect();
    if !missing.is_empty() {
        for p in missing {
            eprintln!("dragoman: error: {}: no such file or directory", p.display());
        }
        return Ok(ExitCode::from(3));
    }
    let kb = crate::kb::load(&args.dict)?;
    let mut coder = Coder::new(kb)?;
    coder.default_date = args.date;
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let progress = Progress::new(files.len() as u64, args.quiet);
    let opts = ReadOptions::new(args.date)
        .max_bytes(args.max_bytes)
        .lang(crate::code::chosen_lang(&args.lang));
    let mut report = ingest_files(&mut store, &coder, &files, &opts, args.batch, &progress)?;
    progress.finish();
    skipped.append(&mut report.skipped);
    report.skipped = skipped;
    let secs = started.elapsed().as_secs_f64();
    if !args.quiet {
        for s in &report.skipped {
            eprintln!("dragoman: skipped {s}");
        }
        print_warnings(&report.warnings);
        let total = store.stats()?;
        eprintln!(
            "dragoman: {} files, {} documents read ({:.0} docs/s), {} new, {} duplicates, {} skipped{}{}, {} events stored; the database now holds {} documents, {} events in {} clusters",
            report.files,
            report.documents,
            report.documents as f64 / secs.max(1e-3),
            report.new_documents,
            report.duplicates,
            report.skipped.len(),
            report.language_summary(),
            report.undated_summary(),
            report.events,
            total.documents,
            total.events,
            total.clusters
        );
    }
    Ok(ExitCode::SUCCESS)
}
