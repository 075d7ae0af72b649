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
use dragoman_text::formats::{read_any, DEFAULT_MAX_BYTES};

use crate::kb::DictArgs;
use crate::output::parse_date_arg;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files and directories (read recursively): .txt, .html/.htm (also .gz), .jsonl,
    /// .csv, RSS/Atom/JSON feeds, .warc/.warc.gz. The format is told by content.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The SQLite database to write (created if missing).
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
    /// Skip inputs larger than this many bytes (after decompression).
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
    /// Files per transaction: a run killed half-way loses at most one batch, which the
    /// next run redoes.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// No progress bar or summary lines, only errors.
    #[arg(long)]
    pub quiet: bool,
    #[command(flatten)]
    pub dict: DictArgs,
}

/// Why inputs were skipped, per input.
#[derive(Default)]
pub struct Report {
    pub files: usize,
    pub documents: usize,
    pub new_documents: usize,
    pub duplicates: usize,
    pub events: usize,
    pub skipped: Vec<String>,
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

/// Reads one file into documents (any format), or the reason it was skipped.
fn read_file(path: &Path, default_date: Option<NaiveDate>, max: u64) -> (Vec<Document>, Vec<String>) {
    let name = path.display().to_string();
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max => {
            return (
                Vec::new(),
                vec![format!("{name}: larger than the {max}-byte limit (--max-bytes)")],
            )
        }
        Err(e) => return (Vec::new(), vec![format!("{name}: {e}")]),
        _ => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return (Vec::new(), vec![format!("{name}: cannot read ({e})")]),
    };
    match read_any(&name, &bytes, default_date, max) {
        Ok(batch) => {
            let mut notes: Vec<String> = batch.skipped.iter().map(ToString::to_string).collect();
            notes.extend(batch.notes);
            (batch.docs, notes)
        }
        Err(e) => (Vec::new(), vec![e.to_string()]),
    }
}

fn ingest_doc(coder: &Coder, d: &Document, input: &Path) -> IngestDoc {
    // Undated documents often say when they were published in their first line.
    let dated;
    let d = if d.published.is_none() {
        dated = Document {
            published: dragoman_text::read::dateline(&d.text),
            ..d.clone()
        };
        &dated
    } else {
        d
    };
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
        events,
    }
}

pub fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    Some(rest.split(['/', '?', '#']).next()?.to_string()).filter(|h| !h.is_empty())
}

/// Ingests the files into the store, batch by batch; used by `ingest` and `watch`.
pub fn ingest_files(
    store: &mut Store,
    coder: &Coder,
    files: &[PathBuf],
    default_date: Option<NaiveDate>,
    max: u64,
    batch: usize,
    progress: &Progress,
) -> Result<Report> {
    let mut report = Report {
        files: files.len(),
        ..Report::default()
    };
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    for chunk in files.chunks(batch.max(1)) {
        // Read and code the batch on every core, keeping input order.
        let read: Vec<(&PathBuf, Vec<Document>, Vec<String>)> = chunk
            .par_iter()
            .map(|p| {
                let (docs, notes) = read_file(p, default_date, max);
                (p, docs, notes)
            })
            .collect();
        let mut todo: Vec<(&PathBuf, Document)> = Vec::new();
        for (p, docs, notes) in read {
            report.skipped.extend(notes);
            report.documents += docs.len();
            for d in docs {
                if store.has_hash(&dragoman_store::content_hash(&d.text))? {
                    report.duplicates += 1;
                } else {
                    todo.push((p, d));
                }
            }
        }
        let coded: Vec<IngestDoc> = todo.par_iter().map(|(p, d)| ingest_doc(coder, d, p)).collect();
        let stats = store.insert_batch(&coded, &now)?;
        report.new_documents += stats.documents;
        report.duplicates += stats.duplicates;
        report.events += stats.events;
        progress.advance(chunk.len() as u64, report.documents as u64);
    }
    Ok(report)
}

/// A progress bar on a terminal, a plain line every few seconds otherwise.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    last: std::cell::Cell<Instant>,
    total: u64,
    done: std::cell::Cell<u64>,
    quiet: bool,
}

impl Progress {
    pub fn new(total: u64, quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let b = indicatif::ProgressBar::new(total);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} files  {msg}  ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
        Progress {
            bar,
            started: Instant::now(),
            last: std::cell::Cell::new(Instant::now()),
            total,
            done: std::cell::Cell::new(0),
            quiet,
        }
    }

    fn advance(&self, files: u64, documents: u64) {
        self.done.set(self.done.get() + files);
        let rate = documents as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
        if let Some(b) = &self.bar {
            b.set_position(self.done.get());
            b.set_message(format!("{documents} documents, {rate:.0} docs/s"));
        } else if !self.quiet && self.last.get().elapsed() >= Duration::from_secs(5) {
            eprintln!(
                "dragoman: {}/{} files, {documents} documents, {rate:.0} docs/s",
                self.done.get(),
                self.total
            );
            self.last.set(Instant::now());
        }
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
    let kb = crate::kb::load(&args.dict)?;
    let mut coder = Coder::new(kb)?;
    if let Some(d) = args.date {
        coder.default_date = d;
    }
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let progress = Progress::new(files.len() as u64, args.quiet);
    let mut report = ingest_files(
        &mut store,
        &coder,
        &files,
        args.date,
        args.max_bytes,
        args.batch,
        &progress,
    )?;
    progress.finish();
    skipped.append(&mut report.skipped);
    report.skipped = skipped;
    let secs = started.elapsed().as_secs_f64();
    if !args.quiet {
        for s in &report.skipped {
            eprintln!("dragoman: skipped {s}");
        }
        let total = store.stats()?;
        eprintln!(
            "dragoman: {} files, {} documents read ({:.0} docs/s), {} new, {} duplicates, {} skipped, {} events stored; the database now holds {} documents, {} events in {} clusters",
            report.files,
            report.documents,
            report.documents as f64 / secs.max(1e-3),
            report.new_documents,
            report.duplicates,
            report.skipped.len(),
            report.events,
            total.documents,
            total.events,
            total.clusters
        );
    }
    Ok(ExitCode::SUCCESS)
}
