//! `dragoman code` over inputs of any size. JSON lines are read, coded and printed in
//! batches of about `BATCH_BYTES`, so memory does not grow with the input and the first
//! records appear before the input is read to its end; any other input (one article, a
//! page, a feed, CSV, WARC) is read whole, coded and printed before the next.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use dragoman_coder::Coder;
use dragoman_core::{Document, EventRecord};
use dragoman_text::formats::{settle, ReadOptions};

use crate::inputs::Inputs;
use crate::output::{write_table_header, write_table_rows, Format};

/// Bytes of JSON lines read before a batch is coded and printed.
const BATCH_BYTES: usize = 4 << 20;

/// What was read, for the closing message and the exit status.
#[derive(Default)]
pub struct Totals {
    pub coded: usize,
    pub foreign: usize,
    pub failed: usize,
}

/// Writes events as they come, in one of the output formats.
pub struct Printer {
    out: std::io::BufWriter<std::io::Stdout>,
    format: Format,
    no_negated: bool,
    written: usize,
}

impl Printer {
    pub fn new(format: Format, no_negated: bool) -> Printer {
        Printer {
            out: std::io::BufWriter::new(std::io::stdout()),
            format,
            no_negated,
            written: 0,
        }
    }

    fn events(&mut self, mut events: Vec<EventRecord>) -> std::io::Result<()> {
        if self.no_negated {
            events.retain(|e| !e.negated);
        }
        for e in &events {
            match self.format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut self.out, e)?;
                    self.out.write_all(b"\n")?;
                }
                Format::Json => {
                    self.out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                    serde_json::to_writer_pretty(&mut self.out, e)?;
                }
                Format::Table => {
                    if self.written == 0 {
                        write_table_header(&mut self.out)?;
                    }
                    write_table_rows(&mut self.out, std::slice::from_ref(e), true)?;
                }
            }
            self.written += 1;
        }
        // A batch is printed when it is done, not when the buffer fills.
        self.out.flush()
    }

    pub fn finish(mut self) -> std::io::Result<()> {
        match (self.format, self.written) {
            (Format::Json, 0) => self.out.write_all(b"[]\n")?,
            (Format::Json, _) => self.out.write_all(b"\n]\n")?,
            (Format::Table, 0) => write_table_header(&mut self.out)?,
            _ => {}
        }
        self.out.flush()
    }
}

/// Codes every input in turn, printing each batch's events as soon as they are coded.
pub fn code_inputs(
    paths: &[PathBuf],
    opts: &ReadOptions,
    coder: &Coder,
    printer: &mut Printer,
) -> std::io::Result<Totals> {
    let mut run = Run {
        opts,
        coder,
        printer,
        totals: Totals::default(),
    };
    for path in paths {
        if path.as_os_str() == "-" {
            // A large buffer, so a long first line is still seen whole by the sniffing.
            let mut stdin = BufReader::with_capacity(1 << 20, std::io::stdin().lock());
            run.input("stdin", &mut stdin)?;
            continue;
        }
        // Documents are named by the file name; messages about the file by its path.
        let name = path
            .file_name()
            .map_or(path.display().to_string(), |f| f.to_string_lossy().to_string());
        match open(path) {
            Ok(file) => run.input(&name, &mut BufReader::with_capacity(1 << 20, file))?,
            Err(why) => {
                eprintln!("dragoman: skipped {why}");
                run.totals.failed += 1;
            }
        }
    }
    Ok(run.totals)
}

/// What every input is coded with, and the running totals.
struct Run<'a> {
    opts: &'a ReadOptions,
    coder: &'a Coder,
    printer: &'a mut Printer,
    totals: Totals,
}

impl Run<'_> {
    /// One input: JSON lines in batches, anything else whole (up to --max-bytes).
    fn input(&mut self, name: &str, reader: &mut dyn BufRead) -> std::io::Result<()> {
        if starts_json_lines(reader.fill_buf()?) {
            return self.json_lines(name, reader);
        }
        // One byte past the limit is enough for `read_any` to refuse the input as too large.
        let mut bytes = Vec::new();
        reader.take(self.opts.max_bytes + 1).read_to_end(&mut bytes)?;
        let mut read = Inputs::default();
        read.add(name, &bytes, self.opts, self.coder);
        drop(bytes);
        self.code(read)
    }

    fn json_lines(&mut self, name: &str, reader: &mut dyn BufRead) -> std::io::Result<()> {
        let mut chunk = Vec::with_capacity(BATCH_BYTES + (64 << 10));
        let mut first_line = 1;
        let mut lines = 0;
        loop {
            let n = reader.read_until(b'\n', &mut chunk)?;
            if n > 0 {
                lines += 1;
            }
            if (n == 0 && !chunk.is_empty()) || chunk.len() >= BATCH_BYTES {
                let mut batch = dragoman_text::read::read_json_lines_from(name, &chunk, first_line);
                settle(&mut batch, self.opts);
                let mut read = Inputs::default();
                read.add_batch(batch, self.coder);
                self.code(read)?;
                first_line += lines;
                lines = 0;
                chunk.clear();
            }
            if n == 0 {
                return Ok(());
            }
        }
    }

    /// Codes what was read on all cores, keeping the input's order, and prints it.
    fn code(&mut self, read: Inputs) -> std::io::Result<()> {
        read.report(self.coder);
        self.totals.coded += read.docs.len();
        self.totals.foreign += read.foreign.len();
        self.totals.failed += read.failed;
        let docs: Vec<Document> = read.docs;
        let events: Vec<EventRecord> = docs.par_iter().flat_map_iter(|d| self.coder.code(d)).collect();
        self.printer.events(events)
    }
}

fn open(path: &Path) -> Result<std::fs::File, String> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{}: no such file", path.display()),
        _ => format!("{}: {e}", path.display()),
    })?;
    // No size check here: JSON lines are read in pieces; other inputs are read whole,
    // up to --max-bytes (see `code_reader`).
    if meta.is_dir() {
        return Err(format!(
            "{}: a directory (give its files, or use `dragoman ingest`)",
            path.display()
        ));
    }
    std::fs::File::open(path).map_err(|e| format!("{}: cannot read ({e})", path.display()))
}

/// Does this input start with a line holding one JSON object? Then it is JSON lines.
fn starts_json_lines(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let rest = &head[start..];
    if rest.first() != Some(&b'{') {
        return false;
    }
    let Some(end) = rest.iter().position(|&b| b == b'\n') else {
        return false;
    };
    serde_json::from_slice::<serde_json::Value>(&rest[..end]).is_ok_and(|v| v.is_object())
}
