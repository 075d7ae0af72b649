//! `dragoman bench`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};

use dragoman_coder::Coder;

use crate::output::Format;

#[derive(clap::Args)]
pub struct BenchArgs {
    /// Corpus files or directories (plain text, JSONL, CSV). Default: the Guardian and
    /// Times of India samples in ../shared/corpus.
    #[arg(long, value_name = "PATH")]
    pub corpus: Vec<PathBuf>,
    /// Also time each stage on one thread.
    #[arg(long)]
    pub stages: bool,
    /// `table`, or `json`: one object with docs_per_s, sentences_per_s, mb_per_s,
    /// threads, startup_ms, peak_rss_mb, and the details.
    #[arg(long, default_value = "table", value_parser = parse_report_format, hide_possible_values = true)]
    pub format: Format,
    /// The language to code the corpus in (`en`, `es`; default: each document's own).
    /// Spanish: `--corpus ../shared/eval/spanish-fight --lang es`.
    #[arg(long, value_parser = crate::code::parse_lang, default_value = "auto", value_name = "LANG")]
    pub lang: String,
    /// Where ../shared is, for the default corpus.
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
}

/// Reports are tables or one JSON object; there is no "one record per line" here.
pub(crate) fn parse_report_format(s: &str) -> Result<Format, String> {
    match s {
        "table" => Ok(Format::Table),
        "json" => Ok(Format::Json),
        _ => Err(format!("`{s}`: the report is `table` or `json`")),
    }
}

pub fn run(args: BenchArgs) -> Result<ExitCode> {
    let corpora = if args.corpus.is_empty() {
        dragoman_eval::bench::default_corpora(&args.shared)
    } else {
        args.corpus.clone()
    };
    for c in &corpora {
        if !c.exists() {
            bail!("{}: no such corpus (give --corpus PATH)", c.display());
        }
    }
    let report = dragoman_eval::bench::run(
        corpora,
        || {
            let kb = dragoman_kb_image::builtin().map_err(|e| e.to_string())?;
            Coder::new(std::sync::Arc::new(kb)).map_err(|e| e.to_string())
        },
        args.stages,
        crate::code::chosen_lang(&args.lang).as_deref(),
    )
    .map_err(anyhow::Error::msg)?;
    if args.format == Format::Table {
        println!("corpus:        {}", report.corpora.join(", "));
        println!(
            "start-up:      {:.0} ms (read the knowledge base compiled at build time)",
            report.startup_ms
        );
        println!(
            "first document: {:.0} ms (a language's tables load with its first document)",
            report.first_document_ms
        );
        for t in [&report.single, &report.parallel] {
            println!(
                "{:>2} thread(s):  {:>8.0} sentences/s  {:>7.1} docs/s  {:>6.2} MB/s   ({} docs, {} sentences, {:.1} MB, {} events in {:.2} s)",
                t.threads,
                t.sentences_per_s,
                t.docs_per_s,
                t.mb_per_s,
                t.docs,
                t.sentences,
                t.bytes as f64 / 1e6,
                t.events,
                t.seconds
            );
        }
        if let Some(s) = &report.stages {
            println!(
                "stages (1 thread): prepare+segment {:.2} s, recognize {:.2} s, code {:.2} s",
                s.prepare_and_segment, s.recognize, s.code_and_record
            );
        }
        match report.peak_rss_mb {
            Some(m) => println!("peak memory:   {m:.0} MB (resident, whole process)"),
            None => println!("peak memory:   not available on this OS"),
        }
    } else {
        let mut v = serde_json::to_value(&report)?;
        let p = &report.parallel;
        v["docs_per_s"] = p.docs_per_s.into();
        v["sentences_per_s"] = p.sentences_per_s.into();
        v["mb_per_s"] = p.mb_per_s.into();
        v["threads"] = p.threads.into();
        v["single_thread_sentences_per_s"] = report.single.sentences_per_s.into();
        println!("{}", serde_json::to_string_pretty(&v)?);
    }
    Ok(ExitCode::SUCCESS)
}
