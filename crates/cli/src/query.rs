//! `dragoman query` and `dragoman export`: reading the event database.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;

use dragoman_store::{ExportFormat, ExportOptions, ExportSummary, Filter, GdeltTable, Sort, Store};

use crate::output::parse_date_arg;

/// The filters of `query` and `export`. Values are checked before the database is opened
/// (a bad one exits with status 2 and says what was expected).
#[derive(clap::Args, Clone, Default)]
pub struct FilterArgs {
    /// An actor, as source or target: a CAMEO code or prefix (RUS, RUSGOV) or a fragment
    /// of its name (Lavrov).
    #[arg(long, help_heading = "Filters")]
    pub actor: Option<String>,
    /// Events between two actors, in either direction (CAMEO codes or prefixes).
    #[arg(long, value_name = "A,B", help_heading = "Filters")]
    pub dyad: Option<String>,
    /// The country of either actor: ISO or CAMEO code in any case (usa, RUS) or a name
    /// (Russia).
    #[arg(long, value_parser = dragoman_store::parse_country, help_heading = "Filters")]
    pub country: Option<String>,
    /// A CAMEO event code or prefix (046 "meet at a third location", 19 "fight").
    #[arg(long, conflicts_with_all = ["root", "quad"], value_parser = dragoman_store::parse_cameo, help_heading = "Filters")]
    pub cameo: Option<String>,
    /// A CAMEO root, two digits 01-20 (04 "consult", 14 "protest").
    #[arg(long, conflicts_with = "quad", value_parser = dragoman_store::parse_root, help_heading = "Filters")]
    pub root: Option<String>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    #[arg(long, value_parser = dragoman_store::parse_quad, help_heading = "Filters")]
    pub quad: Option<u8>,
    /// Events on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date_arg, help_heading = "Filters")]
    pub from: Option<NaiveDate>,
    /// Events on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date_arg, help_heading = "Filters")]
    pub to: Option<NaiveDate>,
    /// A fragment of the place name (Kyiv, Punjab).
    #[arg(long, help_heading = "Filters")]
    pub place: Option<String>,
    /// Words that must all appear in the evidence sentence.
    #[arg(long, help_heading = "Filters")]
    pub text: Option<String>,
    /// Include negated events ("has not imposed sanctions"), left out by default; the
    /// record's `negated` field tells them apart.
    #[arg(long, visible_alias = "negated", help_heading = "Filters")]
    pub include_negated: bool,
}

impl FilterArgs {
    pub fn filter(&self) -> Result<Filter> {
        let dyad = match &self.dyad {
            Some(d) => match d.split_once(',') {
                Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                    Some((a.trim().to_string(), b.trim().to_string()))
                }
                _ => bail!("--dyad needs two actors separated by a comma, e.g. USA,RUS"),
            },
            None => None,
        };
        if let (Some(f), Some(t)) = (self.from, self.to) {
            if f > t {
                bail!("--from {f} is after --to {t}");
            }
        }
        Ok(Filter {
            actor: self.actor.clone(),
            dyad,
            country: self.country.clone(),
            cameo: self.cameo.clone(),
            root: self.root.clone(),
            quad: self.quad,
            from: self.from,
            to: self.to,
            place: self.place.clone(),
            text: self.text.clone(),
            include_negated: self.include_negated,
            undated: false,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    Table,
    Jsonl,
    Csv,
}

#[derive(clap::Args)]
pub struct QueryArgs {
    /// The event database (made by `dragoman ingest`).
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// table for reading, jsonl (the event record), csv (the export's columns).
    #[arg(long, value_enum, default_value = "table")]
    pub format: QueryFormat,
    /// At most this many events, newest first.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

pub fn run_query(args: QueryArgs) -> Result<ExitCode> {
    let store = open_for_reading(&args.db)?;
    let filter = args.filters.filter()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        QueryFormat::Csv => {
            // The same columns as `export --format csv`, newest first like the table.
            let opts = ExportOptions {
                newest: Some(args.limit),
                ..ExportOptions::default()
            };
            store.export(&filter, ExportFormat::Csv, &opts, &mut out)?;
        }
        QueryFormat::Jsonl => {
            let (_, rows) = store.events(&filter, Sort::DateDesc, args.limit, 0)?;
            for r in rows {
                serde_json::to_writer(&mut out, &r)?;
                writeln!(out)?;
            }
        }
        QueryFormat::Table => {
            let (total, rows) = store.events(&filter, Sort::DateDesc, args.limit, 0)?;
            writeln!(
                out,
                "{:<6} {:<10}  {:<24} {:<40} {:<24} {:<14}",
                "id", "date", "source", "event", "target", "place"
            )?;
            for r in &rows {
                let clip = |s: String, n: usize| {
                    if s.chars().count() > n {
                        s.chars().take(n - 1).collect::<String>() + "…"
                    } else {
                        s
                    }
                };
                writeln!(
                    out,
                    "{:<6} {:<10}  {:<24} {:<40} {:<24} {:<14}{}",
                    r.id,
                    r.date.as_deref().unwrap_or("?"),
                    clip(
                        format!("{} {}", r.source.code, r.source.name.as_deref().unwrap_or("")),
                        24
                    ),
                    clip(format!("{} {}", r.cameo, r.cameo_name), 40),
                    clip(
                        r.target.as_ref().map_or("-".into(), |t| format!(
                            "{} {}",
                            t.code,
                            t.name.as_deref().unwrap_or("")
                        )),
                        24
                    ),
                    clip(r.location.as_ref().map_or("-".into(), |l| l.name.clone()), 14),
                    if r.negated { "  NEGATED" } else { "" }
                )?;
            }
            writeln!(out, "{} of {total} matching events", rows.len())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportKind {
    /// GDELT 2.0: the Events table (61 columns, one row per event cluster) or, with
    /// --table mentions, the Mentions table (16 columns); tab-separated, GDELT's order.
    Gdelt,
    /// PLOVER JSON lines, field names and values as in the PLOVER manual.
    Plover,
    /// One row per event, every column of docs/export.md.
    Csv,
    /// Apache Parquet, the CSV's columns with types (dates as DATE); needs -o.
    Parquet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GdeltTableArg {
    /// One row per event (cluster of mentions), with NumMentions, NumSources, NumArticles.
    Events,
    /// One row per mention, keyed to the events by GLOBALEVENTID.
    Mentions,
}

/// `dragoman export`: the events of a database as GDELT, PLOVER, CSV or Parquet.
///
/// Examples:
///   dragoman export --db events.db --format gdelt --header > events.tsv
///   dragoman export --db events.db --format gdelt --table mentions > mentions.tsv
///   dragoman export --db events.db --format plover --country IND --from 2002-01-01
///   dragoman export --db events.db --format parquet -o events/ --partition-by-date
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    /// The event database (made by `dragoman ingest`).
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    #[arg(long, value_enum)]
    pub format: ExportKind,
    /// Output file (a directory with --partition-by-date); standard output if omitted.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// GDELT only: which of GDELT 2.0's tables to write.
    #[arg(long, value_enum, default_value = "events")]
    pub table: GdeltTableArg,
    /// GDELT only: a first line with the column names (GDELT's own files have none).
    #[arg(long)]
    pub header: bool,
    /// Parquet only: one file per event date, PATH/day=YYYY-MM-DD/part-0.parquet
    /// (undated events under day=unknown), the layout Spark, DuckDB and pyarrow read as
    /// a partitioned dataset (the partition key `day` beside the typed `date` column).
    #[arg(long, requires = "output")]
    pub partition_by_date: bool,
    #[command(flatten)]
    pub filters: FilterArgs,
}

pub fn run_export(args: ExportArgs) -> Result<ExitCode> {
    if args.partition_by_date && !matches!(args.format, ExportKind::Parquet) {
        bail!("--partition-by-date writes Parquet files: use it with --format parquet");
    }
    if (args.header || args.table != GdeltTableArg::Events) && args.format != ExportKind::Gdelt {
        bail!("--header and --table are options of --format gdelt");
    }
    let store = open_for_reading(&args.db)?;
    store.stream_reads()?;
    let filter = args.filters.filter()?;
    let opts = ExportOptions {
        gdelt_table: match args.table {
            GdeltTableArg::Events => GdeltTable::Events,
            GdeltTableArg::Mentions => GdeltTable::Mentions,
        },
        header: args.header,
        newest: None,
        now: chrono::Utc::now().format("%Y%m%d%H%M%S").to_string(),
    };
    let summary = match args.format {
        ExportKind::Parquet => {
            let Some(path) = &args.output else {
                bail!("--format parquet needs -o PATH (Parquet is not written to a terminal)")
            };
            if args.partition_by_date {
                export_partitioned(&store, &filter, path)?
            } else {
                let file = create(path)?;
                store.export_parquet(&filter, file)?
            }
        }
        kind => {
            let format = match kind {
                ExportKind::Gdelt => ExportFormat::Gdelt,
                ExportKind::Plover => ExportFormat::Plover,
                _ => ExportFormat::Csv,
            };
            let mut w: Box<dyn Write> = match &args.output {
                Some(p) => Box::new(std::io::BufWriter::new(create(p)?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let summary = store.export(&filter, format, &opts, &mut w)?;
            w.flush()?;
            summary
        }
    };
    eprintln!("dragoman: {}", describe(&summary, args.format, opts.gdelt_table));
    Ok(ExitCode::SUCCESS)
}

fn create(path: &Path) -> Result<std::fs::File> {
    std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))
}

/// What an export wrote and what it left out, in one line for stderr.
fn describe(s: &ExportSummary, kind: ExportKind, table: GdeltTable) -> String {
    let unit = match (kind, table) {
        (ExportKind::Gdelt, GdeltTable::Events) => "events (clusters of mentions)",
        (ExportKind::Gdelt, GdeltTable::Mentions) => "mentions",
        _ => "events",
    };
    let mut parts = vec![format!("exported {} {unit}", s.rows)];
    if s.negated_left_out > 0 && kind == ExportKind::Gdelt {
        parts.push(format!(
            "left out {} negated events (GDELT has none)",
            s.negated_left_out
        ));
    } else if s.negated_left_out > 0 {
        parts.push(format!(
            "left out {} negated (add --include-negated)",
            s.negated_left_out
        ));
    }
    if s.without_plover > 0 {
        parts.push(format!(
            "{} with no PLOVER type (CAMEO 01 and 02 statements and appeals) not in the PLOVER file",
            s.without_plover
        ));
    }
    if s.unclustered_left_out > 0 {
        parts.push(format!("{} not in any cluster left out", s.unclustered_left_out));
    }
    parts.join("; ")
}

/// Opens an event database for reading, first upgrading it in place when an older
/// dragoman wrote it (new columns, tone of stored documents) and the file is writable.
pub fn open_for_reading(path: &Path) -> Result<Store> {
    if !path.exists() {
        bail!(
            "{}: no such database (create it with `dragoman ingest`)",
            path.display()
        );
    }
    if let Ok(mut store) = Store::open(path) {
        let n = store.fill_tone(dragoman_text::tone::tone)?;
        if n > 0 {
            eprintln!(
                "dragoman: {}: computed the tone of {n} documents stored before tone was kept",
                path.display()
            );
        }
    }
    Ok(Store::open_read_only(path)?)
}

/// A reader that closed the pipe (`| head`) wanted no more: not an error.
pub fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.to_string().contains("Broken pipe")
            || c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// One Parquet file per event date, each streamed with its own date filter, so memory
/// stays that of one row group however large the database.
fn export_partitioned(store: &Store, filter: &Filter, dir: &Path) -> Result<ExportSummary> {
    // Counted once for the whole filter: a day with only negated events has no partition.
    let mut total = store.negated_left_out(filter)?;
    for d in store.event_dates(filter)? {
        let mut f = filter.clone();
        let day = match d {
            Some(day) => {
                // A date that does not parse would select every event: refuse it.
                let date = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                    .with_context(|| format!("the database holds an event dated {day:?}, not YYYY-MM-DD"))?;
                f.from = Some(date);
                f.to = Some(date);
                day
            }
            None => {
                f.undated = true;
                "unknown".to_string()
            }
        };
        // Not `date=`: a partition key named like a column of the files makes pyarrow and
        // DuckDB's hive partitioning clash with the typed `date` column.
        let part = dir.join(format!("day={day}"));
        std::fs::create_dir_all(&part).with_context(|| format!("creating {}", part.display()))?;
        let s = store.export_parquet(&f, create(&part.join("part-0.parquet"))?)?;
        total.rows += s.rows;
    }
    Ok(total)
}
