//! `dragoman code`, `explain` and `demo`.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rayon::prelude::*;

use dragoman_coder::Coder;
use dragoman_core::{Document, EventRecord};
use dragoman_text::read::{read_input, Batch};

use crate::kb::load;
use crate::kb::DictArgs;
use crate::output::{parse_date_arg, write_jsonl, write_table, Format};

#[derive(clap::Args)]
pub struct CodeArgs {
    /// Files to code; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// Publication date of inputs that carry none (YYYY-MM-DD). Relative dates ("on
    /// Wednesday", "last week") are resolved against it, and it decides who held an
    /// office. Default: today.
    #[arg(long, value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Leave out negated events ("has not imposed sanctions").
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
    /// Publication date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(clap::Args)]
pub struct DemoArgs {
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
}

/// Reads every input; reports skipped records and unreadable inputs on stderr.
fn read_all(inputs: &[PathBuf], date: Option<NaiveDate>) -> (Vec<Document>, usize) {
    let inputs: Vec<PathBuf> = if inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        inputs.to_vec()
    };
    let mut docs = Vec::new();
    let mut failed = 0;
    for path in &inputs {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let bytes = if path.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        } else {
            std::fs::read(path)
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                eprintln!("dragoman: {name}: cannot read: {e}");
                failed += 1;
                continue;
            }
        };
        let file_name = path
            .file_name()
            .map_or(name.clone(), |f| f.to_string_lossy().to_string());
        let id = if path.as_os_str() == "-" {
            "stdin".to_string()
        } else {
            file_name
        };
        match read_input(&id, &bytes, date) {
            Ok(Batch {
                docs: d,
                skipped,
                notes,
            }) => {
                for n in notes {
                    eprintln!("dragoman: warning: {n}");
                }
                for s in skipped {
                    eprintln!("dragoman: warning: skipped {s}");
                }
                docs.extend(d);
            }
            Err(e) => {
                eprintln!("dragoman: {e}");
                failed += 1;
            }
        }
    }
    (docs, failed)
}

fn coder(dict: &DictArgs, date: Option<NaiveDate>) -> Result<Coder> {
    let kb = load(dict)?;
    let mut coder = Coder::new(kb)?;
    if let Some(d) = date {
        coder.default_date = d;
    }
    Ok(coder)
}

pub fn run_code(args: CodeArgs) -> Result<ExitCode> {
    let (docs, failed) = read_all(&args.inputs, args.date);
    if docs.is_empty() {
        eprintln!("dragoman: nothing could be coded ({failed} input(s) unreadable)");
        return Ok(ExitCode::from(3));
    }
    let coder = coder(&args.dict, args.date)?;
    let mut events: Vec<EventRecord> = docs.par_iter().flat_map_iter(|d| coder.code(d)).collect();
    if args.no_negated {
        events.retain(|e| !e.negated);
    }
    print_events(&events, args.format, true)?;
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
    let (docs, _) = read_all(std::slice::from_ref(&args.input), args.date);
    if docs.is_empty() {
        return Ok(ExitCode::from(3));
    }
    let coder = coder(&args.dict, args.date)?;
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
/// machine-translated news, with their publication dates.
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
        let doc = Document::new(*name, *text).with_date(Some(date));
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
