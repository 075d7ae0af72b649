//! `dragoman code`, `explain` and `demo`.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;

use dragoman_coder::Coder;
use dragoman_core::{Document, EventRecord};
use dragoman_text::formats::ReadOptions;

use crate::inputs::{parse_date_or_today, Inputs};
use crate::kb::load;
use crate::kb::DictArgs;
use crate::output::{parse_date_arg, write_jsonl, write_table, Format};
use crate::stream::{code_inputs, Printer};

#[derive(clap::Args)]
pub struct CodeArgs {
    /// Files to code (any format dragoman reads: text, HTML, JSON lines, CSV, feeds,
    /// WARC, PETRARCH XML, gzip of these); `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// Publication date of documents that carry none (YYYY-MM-DD, or `today`). Relative
    /// dates ("on Wednesday", "last week") are resolved against it. A document's own
    /// date (its field, its page or feed metadata, a dateline or "Published" line at its
    /// head) always wins. Default: none: relative dates in undated documents get no
    /// calendar date (precision `unknown`), with a warning naming each document.
    #[arg(long, value_parser = parse_date_or_today, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    /// The language of the input: `en`, `es`, or `auto` (each document's own, else
    /// identified from its text). Spanish is coded natively, with Spanish dictionaries.
    #[arg(long, value_parser = parse_lang, default_value = "auto", value_name = "LANG")]
    pub lang: String,
    /// Output: `jsonl` (one event record per line), `json` (one array) or `table`.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Leave out negated events ("has not imposed sanctions"); they are printed, marked
    /// `"negated": true`, by default.
    #[arg(long)]
    pub no_negated: bool,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The article to explain (`-` for standard input).
    #[arg(value_name = "FILE")]
    pub input: PathBuf,
    /// Publication date when the article carries none (YYYY-MM-DD, or `today`).
    /// Default: none (relative dates stay unresolved).
    #[arg(long, value_parser = parse_date_or_today, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    /// The language of the input: `en`, `es`, or `auto` (each document's own, else
    /// identified from its text). Spanish is coded natively, with Spanish dictionaries.
    #[arg(long, value_parser = parse_lang, default_value = "auto", value_name = "LANG")]
    pub lang: String,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(clap::Args)]
pub struct DemoArgs {
    /// Output: `table` (for people), `jsonl` or `json`.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// `--lang`: a language the coder reads (its code), or `auto`.
pub fn parse_lang(s: &str) -> Result<String, String> {
    if s.eq_ignore_ascii_case("auto") {
        return Ok("auto".into());
    }
    match dragoman_coder::Lang::from_code(s) {
        Some(l) => Ok(l.code().to_string()),
        None => Err(format!(
            "`{s}` is not a language dragoman codes; use {} or auto",
            dragoman_coder::Lang::ALL.map(|l| l.code()).join(", ")
        )),
    }
}

/// The language `--lang` forces on every document: None for `auto`.
pub fn chosen_lang(lang: &str) -> Option<String> {
    (lang != "auto").then(|| lang.to_string())
}

/// Reads every input; reports skipped records, unreadable inputs, undated documents and
/// documents in other languages on stderr.
fn read_all(inputs: &[PathBuf], opts: &ReadOptions, coder: &Coder) -> Inputs {
    let inputs: Vec<PathBuf> = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs.to_vec()
    };
    let mut read = Inputs::default();
    for path in &inputs {
        if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => read.add("stdin", &buf, opts, coder),
                Err(e) => {
                    read.skipped.push(format!("<stdin>: cannot read: {e}"));
                    read.failed += 1;
                }
            }
        } else {
            // Documents are named by the file name; messages about the file by its path.
            let id = path
                .file_name()
                .map_or(path.display().to_string(), |f| f.to_string_lossy().to_string());
            if !path.exists() {
                read.skipped.push(format!("{}: no such file", path.display()));
                read.failed += 1;
                continue;
            }
            read.add_file(path, &id, opts, coder);
        }
    }
    read.report(coder);
    read
}

fn coder(dict: &DictArgs, date: Option<NaiveDate>) -> Result<Coder> {
    let kb = load(dict)?;
    let mut coder = Coder::new(kb)?;
    coder.default_date = date;
    Ok(coder)
}

pub fn run_code(args: CodeArgs) -> Result<ExitCode> {
    let coder = coder(&args.dict, args.date)?;
    let inputs: Vec<PathBuf> = if args.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.clone()
    };
    let opts = ReadOptions::new(args.date).lang(crate::code::chosen_lang(&args.lang));
    let mut printer = Printer::new(args.format, args.no_negated);
    let totals = match code_inputs(&inputs, &opts, &coder, &mut printer) {
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        r => r.context("writing events")?,
    };
    if totals.coded == 0 && totals.foreign == 0 {
        eprintln!(
            "dragoman: nothing could be coded ({} input(s) unreadable)",
            totals.failed
        );
        return Ok(ExitCode::from(3));
    }
    if totals.foreign > 0 {
        eprintln!(
            "dragoman: {} document(s) coded, {} skipped for their language",
            totals.coded, totals.foreign
        );
    }
    match printer.finish() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        r => r.context("writing events")?,
    }
    Ok(ExitCode::SUCCESS)
}

fn print_events(events: &[EventRecord], format: Format, evidence: bool) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match format {
        Format::Jsonl => write_jsonl(&mut out, events),
        Format::Json => serde_json::to_writer_pretty(&mut out, events)
            .map_err(std::io::Error::other)
            .and_then(|_| writeln!(out)),
        Format::Table => write_table(&mut out, events, evidence),
    };
    match result.and_then(|_| out.flush()) {
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("writing events"),
    }
}

pub fn run_explain(args: ExplainArgs) -> Result<ExitCode> {
    let coder = coder(&args.dict, args.date)?;
    let opts = ReadOptions::new(args.date).lang(crate::code::chosen_lang(&args.lang));
    let docs = read_all(std::slice::from_ref(&args.input), &opts, &coder).docs;
    if docs.is_empty() {
        return Ok(ExitCode::from(3));
    }
    for d in &docs {
        let a = coder.analyse(d);
        if docs.len() > 1 {
            println!("=== {}", d.id);
        }
        print!("{}", coder.explain(&a));
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled samples: articles written for the demo in the style of scraped,
/// machine-translated news (and one in Spanish), with their publication dates.
const SAMPLES: &[(&str, &str, &str)] = &[
    (
        "geneva-talks.txt",
        "2025-03-14",
        include_str!("../../../samples/geneva-talks.txt"),
    ),
    (
        "border-clashes.txt",
        "2025-05-09",
        include_str!("../../../samples/border-clashes.txt"),
    ),
    (
        "frontera-andina.txt",
        "2025-05-07",
        include_str!("../../../samples/frontera-andina.txt"),
    ),
];

pub fn run_demo(args: DemoArgs) -> Result<ExitCode> {
    let coder = coder(
        &DictArgs {
            dict: Vec::new(),
            dict_only_verbs: false,
        },
        None,
    )?;
    let mut all = Vec::new();
    for (name, date, text) in SAMPLES {
        let date = parse_date_arg(date).map_err(anyhow::Error::msg)?;
        let mut doc = Document::new(*name, *text).with_date(Some(date));
        // The Spanish sample is coded as Spanish, as `dragoman code` would read it.
        doc.lang = dragoman_text::lang::detect(text).map(|l| l.code.to_string());
        let events = coder.code(&doc);
        if args.format == Format::Table {
            println!("\n{name} (published {date}): {} events\n", events.len());
            print_events(&events, Format::Table, true)?;
        }
        all.extend(events);
    }
    if args.format != Format::Table {
        print_events(&all, args.format, true)?;
    } else {
        println!("\nExplain any of them with `dragoman explain FILE --date DATE`; the samples are in samples/.");
    }
    Ok(ExitCode::SUCCESS)
}
