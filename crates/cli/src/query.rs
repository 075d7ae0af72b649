//! `dragoman query` and `dragoman export`: reading the event database.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;

use dragoman_store::{ExportFormat, Filter, Sort, Store};

use crate::output::parse_date_arg;

/// The filters of `query` and `export`.
#[derive(clap::Args, Clone, Default)]
pub struct FilterArgs {
    /// An actor, as a CAMEO code or prefix (RUS, RUSGOV) or a name fragment (Lavrov),
    /// as source or target.
    #[arg(long)]
    pub actor: Option<String>,
    /// Two actors, either direction: A,B.
    #[arg(long, value_name = "A,B")]
    pub dyad: Option<String>,
    /// Country (CAMEO/ISO3) of either actor.
    #[arg(long)]
    pub country: Option<String>,
    /// A CAMEO event code or prefix (046, 19).
    #[arg(long, conflicts_with_all = ["root", "quad"])]
    pub cameo: Option<String>,
    /// A two-digit CAMEO root (04).
    #[arg(long, conflicts_with = "quad")]
    pub root: Option<String>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    #[arg(long, value_parser = parse_date_arg)]
    pub from: Option<NaiveDate>,
    #[arg(long, value_parser = parse_date_arg)]
    pub to: Option<NaiveDate>,
    /// Fragment of the place name.
    #[arg(long)]
    pub place: Option<String>,
    /// Words in the evidence sentence.
    #[arg(long)]
    pub text: Option<String>,
    /// Include negated events ("has not imposed sanctions").
    #[arg(long)]
    pub negated: bool,
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
            include_negated: self.negated,
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
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filters: FilterArgs,
    #[arg(long, value_enum, default_value = "table")]
    pub format: QueryFormat,
    /// At most this many events (newest first).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

pub fn run_query(args: QueryArgs) -> Result<ExitCode> {
    let store = Store::open_read_only(&args.db)?;
    let filter = args.filters.filter()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        QueryFormat::Csv => {
            // The same columns as `export --format csv`, newest first like the table.
            store.export_newest(&filter, args.limit, ExportFormat::Csv, &mut out, "")?;
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
    /// The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order.
    Gdelt,
    /// PLOVER JSON lines (field names from the PLOVER manual).
    Plover,
    Csv,
    /// Apache Parquet (schema in docs/export.md); needs -o.
    Parquet,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    #[arg(long, value_enum)]
    pub format: ExportKind,
    /// Output file (directory with --partition-by-date); standard output if omitted.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Parquet only: one file per event date, under PATH/date=YYYY-MM-DD/.
    #[arg(long, requires = "output")]
    pub partition_by_date: bool,
    #[command(flatten)]
    pub filters: FilterArgs,
}

pub fn run_export(args: ExportArgs) -> Result<ExitCode> {
    if args.partition_by_date && !matches!(args.format, ExportKind::Parquet) {
        bail!("--partition-by-date writes Parquet files: use it with --format parquet");
    }
    let store = Store::open_read_only(&args.db)?;
    let filter = args.filters.filter()?;
    let added = chrono::Utc::now().format("%Y%m%d%H%M%S").to_string();
    let n = match args.format {
        ExportKind::Parquet => {
            let Some(path) = &args.output else {
                bail!("--format parquet needs -o PATH")
            };
            if args.partition_by_date {
                export_partitioned(&store, &filter, path)?
            } else {
                let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
                store.export_parquet(&filter, file)?
            }
        }
        kind => {
            let format = match kind {
                ExportKind::Gdelt => ExportFormat::Gdelt,
                ExportKind::Plover => ExportFormat::Plover,
                _ => ExportFormat::Csv,
            };
            match &args.output {
                Some(p) => {
                    let f = std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
                    let mut w = std::io::BufWriter::new(f);
                    let n = store.export(&filter, format, &mut w, &added)?;
                    w.flush()?;
                    n
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut w = std::io::BufWriter::new(stdout.lock());
                    let n = store.export(&filter, format, &mut w, &added)?;
                    w.flush()?;
                    n
                }
            }
        }
    };
    eprintln!("dragoman: exported {n} events");
    Ok(ExitCode::SUCCESS)
}

/// A reader that closed the pipe (`| head`) wanted no more: not an error.
pub fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.to_string().contains("Broken pipe")
            || c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn export_partitioned(store: &Store, filter: &Filter, dir: &std::path::Path) -> Result<usize> {
    let (_, rows) = store.events(filter, Sort::DateAsc, usize::MAX >> 1, 0)?;
    let mut dates: Vec<Option<String>> = rows.iter().map(|r| r.date.clone()).collect();
    dates.sort();
    dates.dedup();
    let mut total = 0;
    for d in dates {
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
        let part = dir.join(format!("date={day}"));
        std::fs::create_dir_all(&part).with_context(|| format!("creating {}", part.display()))?;
        let file = std::fs::File::create(part.join("part-0.parquet"))?;
        total += store.export_parquet(&f, file)?;
    }
    Ok(total)
}
