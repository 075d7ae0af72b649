//! The `dragoman` command.

mod bench;
mod code;
mod eval;
mod ingest;
mod inputs;
mod kb;
mod output;
mod query;
mod serve;
mod stream;
mod syntax;
mod watch;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Loading the knowledge base and coding allocate many small strings; mimalloc halves the
// time glibc's allocator takes for them (measured with `dragoman bench`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// dragoman turns news into event data: who did what to whom, where and when.
///
/// It reads articles (plain text, JSON lines, CSV), repairs scraped and machine-translated
/// text, and writes one record per event: source and target actors with CAMEO codes, the
/// CAMEO event code and PLOVER type, the date resolved against the publication date, the
/// place, and the evidence it was read from.
///
/// Examples:
///   dragoman demo
///   dragoman code article.txt --date 2025-02-27 --format table
///   cat articles.jsonl | dragoman code - > events.jsonl
///   dragoman explain article.txt --date 2025-02-27
///   dragoman kb lookup "the Turkish president" --date 2025-02-27
#[derive(Parser)]
#[command(name = "dragoman", version, verbatim_doc_comment, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events.
    ///
    /// Inputs are files or `-` for standard input (the default). Each is plain text (one
    /// article), JSON lines with one article per line
    /// (`{"id","text","date","url","title"}`; a line's `date` overrides --date), a JSON
    /// array of such objects, or CSV with a `text` column. Bad records are skipped with a
    /// warning on stderr.
    ///
    /// Exit status: 0 when at least one article was coded (even with no events), 3 when no
    /// input could be read at all, 1 on other errors, 2 on bad usage.
    #[command(verbatim_doc_comment)]
    Code(code::CodeArgs),
    /// Show, sentence by sentence, what dragoman read and why it coded each event.
    ///
    /// For each sentence: the repaired text, the actors found (with the knowledge-base
    /// entry and code they resolved to), the time expressions and their dates, each event
    /// with the pattern that fired and why its source and target were chosen, and for a
    /// sentence with no event, why not.
    #[command(verbatim_doc_comment)]
    Explain(code::ExplainArgs),
    /// Code the bundled sample articles and print a table of their events.
    Demo(code::DemoArgs),
    /// Query the knowledge base.
    #[command(subcommand)]
    Kb(kb::KbCommand),
    /// Tag and parse sentences: Penn tags and dependency trees as CoNLL-U.
    ///
    /// Reads CoNLL-U (keeping its tokens) or plain text (tokenized and split into
    /// sentences by dragoman's text layer).
    ///
    /// Example:
    ///   echo "Police arrested two protesters in Delhi." | dragoman parse -
    #[command(verbatim_doc_comment)]
    Parse(syntax::ParseArgs),
    /// Rebuild the tagger and parser weights (data/models/syntax.bin) from CoNLL-U trees.
    ///
    /// The trees come from scripts/silver_parse.py (spaCy's small English model on the
    /// news under ../shared). The same trees and options give the same bytes.
    ///
    /// Example:
    ///   dragoman train-syntax --train ../silver/train.conllu --dev ../silver/heldout.conllu
    #[command(verbatim_doc_comment)]
    TrainSyntax(syntax::TrainSyntaxArgs),
    /// Train the learned layer (data/models/events.bin) on the development sets, and
    /// print its cross-validated figures.
    ///
    /// Examples: conflibert-class, plover-gsr and petrarch-unit sentences, coded by the
    /// rules; never mt-robustness. Deterministic: the same sets give the same bytes.
    #[command(verbatim_doc_comment)]
    Train(eval::TrainArgs),
    /// Measure throughput (documents, sentences and MB per second), start-up time and
    /// peak memory on real news, on one thread and on all cores.
    Bench(bench::BenchArgs),
    /// Score dragoman on the development sets of ../shared/eval (in-sample: they were read while developing it).
    ///
    /// Sets: petrarch-unit, plover-gsr, conflibert-class, conflibert-ner, event-location,
    /// mt-robustness, html-extraction, ud-ewt (the parser). `--all` runs every set found
    /// under --shared; with `--check FLOORS` it fails when a score falls more than half a
    /// point below its floor. These sets were used to develop dragoman: their scores are
    /// in-sample. `--corpus-profile PATH` profiles unlabelled news instead.
    #[command(verbatim_doc_comment)]
    Eval(eval::EvalArgs),
    /// Read files and directories of news into an event database (SQLite).
    ///
    /// Documents are keyed by the hash of their text: ingesting the same input twice adds
    /// nothing, and a run killed half-way can simply be run again. Events are grouped
    /// into clusters (same dyad, CAMEO root, date within a day, place) with counts of
    /// mentions, articles and sources.
    #[command(verbatim_doc_comment)]
    Ingest(ingest::IngestArgs),
    /// Search the event database.
    Query(query::QueryArgs),
    /// Write the event database as GDELT 2.0, PLOVER JSON, CSV or Parquet.
    Export(query::ExportArgs),
    /// Poll feeds and folders, fetch new articles, ingest them; never one twice.
    Watch(watch::WatchArgs),
    /// Serve the dashboard and the JSON API of an event database (read-only by default).
    Serve(serve::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => code::run_code(args),
        Command::Explain(args) => code::run_explain(args),
        Command::Demo(args) => code::run_demo(args),
        Command::Kb(cmd) => kb::run(cmd),
        Command::Parse(args) => syntax::run_parse(args),
        Command::TrainSyntax(args) => syntax::run_train(args),
        Command::Train(args) => eval::run_train(args),
        Command::Bench(args) => bench::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Query(args) => query::run_query(args),
        Command::Export(args) => query::run_export(args),
        Command::Watch(args) => watch::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if query::broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dragoman: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
