//! `dragoman eval`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context, Result};

use dragoman_coder::{Coder, Options};
use dragoman_eval::sets::Report;
use dragoman_kb::KnowledgeBase;

use crate::output::Format;

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The gold set to score (see the list above).
    #[arg(long, required_unless_present_any = ["all", "corpus_profile"])]
    pub set: Option<String>,
    /// Profile unlabelled news instead of scoring a set: records per 1,000 sentences by
    /// CAMEO root, and the share of sentences with a record (files or directories, any
    /// format `dragoman code` reads).
    #[arg(long, value_name = "PATH", conflicts_with_all = ["set", "all"], num_args = 1..)]
    pub corpus_profile: Vec<PathBuf>,
    /// Its file or directory. Default: the set's directory under --shared/eval.
    #[arg(long)]
    pub path: Option<PathBuf>,
    /// Run every set present under --shared/eval.
    #[arg(long, conflicts_with = "set")]
    pub all: bool,
    /// The date documents without one are coded as of (it decides who held which office).
    /// Fixed, so that scores do not drift with the calendar.
    #[arg(long, default_value = "2025-01-01", value_parser = crate::output::parse_date_arg)]
    pub as_of: chrono::NaiveDate,
    /// PETRARCH dictionaries to code with. For petrarch-unit the default is the set's own
    /// PETR.Validate.* files, used alone.
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
    /// Print the N most instructive misses (gold, produced, explanation).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,
    /// `table`, or `json`: the scores as one JSON object per set (keys as in the table).
    #[arg(long, default_value = "table", value_parser = crate::bench::parse_report_format, hide_possible_values = true)]
    pub format: Format,
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Check the headline scores against this floors file (eval/floors.json); fail when one
    /// falls more than half a point below its floor.
    #[arg(long, value_name = "FILE")]
    pub check: Option<PathBuf>,
    /// Score the rules alone, without the learned layer.
    #[arg(long)]
    pub no_model: bool,
}

fn coder_for(
    set: &str,
    set_path: &Path,
    dict: Option<&Path>,
    builtin: &Arc<KnowledgeBase>,
    as_of: chrono::NaiveDate,
) -> Result<Coder> {
    if set == "petrarch-unit" {
        let dir = dict.map(Path::to_path_buf).unwrap_or_else(|| {
            if set_path.is_dir() {
                set_path.to_path_buf()
            } else {
                set_path.parent().unwrap_or(Path::new(".")).to_path_buf()
            }
        });
        let mut kb = KnowledgeBase::language_only()?;
        kb.import_petrarch(&dir, true)
            .with_context(|| format!("reading the dictionaries in {}", dir.display()))?;
        let mut coder = Coder::new(Arc::new(kb))?;
        coder.options = Options::petrarch();
        coder.default_date = Some(as_of);
        coder.today = as_of;
        return Ok(coder);
    }
    let kb = match dict {
        Some(d) => {
            let mut kb = dragoman_kb_image::builtin()?;
            kb.import_petrarch(d, false)?;
            Arc::new(kb)
        }
        None => builtin.clone(),
    };
    let mut coder = Coder::new(kb)?;
    coder.default_date = Some(as_of);
    coder.today = as_of;
    Ok(coder)
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    if !args.corpus_profile.is_empty() {
        return profile(&args);
    }
    let sets: Vec<(String, PathBuf)> = if args.all {
        dragoman_eval::SETS
            .iter()
            .map(|(name, dir)| (name.to_string(), args.shared.join("eval").join(dir)))
            .filter(|(_, p)| p.exists())
            .collect()
    } else {
        let name = args.set.clone().unwrap_or_default();
        let Some((_, dir)) = dragoman_eval::SETS.iter().find(|s| s.0 == name) else {
            bail!(
                "unknown set `{name}`; the sets are: {}",
                dragoman_eval::SETS.iter().map(|s| s.0).collect::<Vec<_>>().join(", ")
            );
        };
        let path = args.path.clone().unwrap_or_else(|| args.shared.join("eval").join(dir));
        if !path.exists() {
            bail!("{}: no such file or directory (give --path)", path.display());
        }
        vec![(name, path)]
    };
    if sets.is_empty() {
        eprintln!(
            "dragoman: no gold set found under {}/eval: nothing to score",
            args.shared.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let builtin = Arc::new(dragoman_kb_image::builtin()?);
    let floors = args
        .check
        .as_deref()
        .map(dragoman_eval::floors::read)
        .transpose()
        .map_err(anyhow::Error::msg)?;
    let mut failures = Vec::new();
    let mut reports = Vec::new();
    for (name, path) in &sets {
        let mut coder = coder_for(name, path, args.dict.as_deref(), &builtin, args.as_of)?;
        if args.no_model {
            coder.options.model = false;
        }
        let started = std::time::Instant::now();
        // Sets the learned layer was trained on are scored cross-validated.
        let folds = if matches!(name.as_str(), "conflibert-class" | "plover-gsr") {
            dragoman_eval::learn::fold_coders(&coder, &args.shared.join("eval")).map_err(anyhow::Error::msg)?
        } else {
            None
        };
        let report =
            dragoman_eval::run_set(name, &coder, folds.as_deref(), path, args.errors).map_err(anyhow::Error::msg)?;
        let seconds = started.elapsed().as_secs_f64();
        if let Some(f) = &floors {
            let tracked = std::iter::once((report.set.clone(), &report.headline)).chain(
                report
                    .also_tracked
                    .iter()
                    .map(|m| (format!("{}:{}", report.set, m.0), m)),
            );
            for (key, (metric, value)) in tracked {
                match dragoman_eval::floors::check(f, &key, metric, *value) {
                    Ok(msg) => eprintln!("dragoman: {msg}"),
                    Err(msg) => {
                        eprintln!("dragoman: FLOOR: {msg}");
                        failures.push(msg);
                    }
                }
            }
        }
        if args.format == Format::Table {
            print_table(&report, seconds);
        }
        reports.push(report);
    }
    if args.format != Format::Table {
        let json: Vec<serde_json::Value> = reports.iter().map(Report::to_json).collect();
        if json.len() == 1 && !args.all {
            println!("{}", serde_json::to_string_pretty(&json[0])?);
        } else {
            println!("{}", serde_json::to_string_pretty(&json)?);
        }
    }
    if !failures.is_empty() {
        eprintln!("dragoman: {} score(s) below their floors", failures.len());
        return Ok(ExitCode::from(4));
    }
    Ok(ExitCode::SUCCESS)
}

fn print_table(r: &Report, seconds: f64) {
    println!("\n{} ({} items, {:.1} s)", r.set, r.n, seconds);
    for (k, v) in &r.metrics {
        match v {
            serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
                if k == "per_class" {
                    if let Some(rows) = v.as_array() {
                        for row in rows {
                            println!(
                                "    class {} {:<22} P {:.3}  R {:.3}  F1 {:.3}  (n={})",
                                row["class"],
                                row["name"].as_str().unwrap_or(""),
                                row["precision"].as_f64().unwrap_or(0.0),
                                row["recall"].as_f64().unwrap_or(0.0),
                                row["f1"].as_f64().unwrap_or(0.0),
                                row["support"]
                            );
                        }
                    }
                } else if k == "confusion" {
                    println!("  confusion (rows gold, columns predicted):");
                    for row in v.as_array().into_iter().flatten() {
                        println!(
                            "    {}",
                            row.as_array()
                                .into_iter()
                                .flatten()
                                .map(|x| format!("{:>6}", x.as_u64().unwrap_or(0)))
                                .collect::<String>()
                        );
                    }
                } else if !k.ends_with("_detail") {
                    println!("  {k:<24} {v}");
                }
            }
            _ => println!("  {k:<24} {v}"),
        }
    }
    for m in &r.misses {
        println!("\n  MISS {}: {}", m.id, m.text);
        println!("    gold:     {}", m.gold);
        println!("    produced: {}", m.produced);
        for line in m.explanation.lines().filter(|l| !l.trim().is_empty()) {
            println!("    | {line}");
        }
    }
}

/// `--corpus-profile`: how much dragoman codes in text without labels.
fn profile(args: &EvalArgs) -> Result<ExitCode> {
    use std::collections::BTreeMap;
    let kb = Arc::new(dragoman_kb_image::builtin()?);
    let mut coder = Coder::new(kb)?;
    coder.default_date = Some(args.as_of);
    coder.today = args.as_of;
    let mut unreadable = Vec::new();
    let files = crate::ingest::walk(&args.corpus_profile, &mut unreadable);
    for u in &unreadable {
        eprintln!("dragoman: {u} (skipped)");
    }
    let (mut docs, mut sentences, mut with_record, mut records) = (0usize, 0usize, 0usize, 0usize);
    let mut roots: BTreeMap<String, usize> = BTreeMap::new();
    for f in &files {
        let name = f.display().to_string();
        let bytes = std::fs::read(f).with_context(|| format!("{name}: cannot read"))?;
        let batch = match dragoman_text::formats::read_any(
            &name,
            &bytes,
            &dragoman_text::formats::ReadOptions::new(Some(args.as_of)).max_bytes(256 << 20),
        ) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("dragoman: {e} (skipped)");
                continue;
            }
        };
        for doc in &batch.docs {
            let a = coder.analyse(doc);
            docs += 1;
            sentences += a.sentences().len();
            let mut coded = vec![false; a.sentences().len()];
            for e in a.events() {
                coded[e.sentence as usize] = true;
                records += 1;
                *roots.entry(e.code.get(..2).unwrap_or(&e.code).to_string()).or_default() += 1;
            }
            with_record += coded.iter().filter(|c| **c).count();
        }
    }
    let per_k = |n: usize| (n as f64 * 1000.0 / sentences.max(1) as f64 * 10.0).round() / 10.0;
    let share = (with_record as f64 / sentences.max(1) as f64 * 10_000.0).round() / 10_000.0;
    if args.format == Format::Table {
        println!("{docs} documents, {sentences} sentences, {records} records");
        println!("sentences with a record: {share}");
        println!("records per 1,000 sentences: {}", per_k(records));
        for (root, n) in &roots {
            let name = dragoman_core::Ontology::get()
                .event(root)
                .map_or("", |e| e.name.as_str());
            println!("  {root} {:<45} {:>8.1}", name, per_k(*n));
        }
    } else {
        let by_root: serde_json::Map<String, serde_json::Value> =
            roots.iter().map(|(r, n)| (r.clone(), per_k(*n).into())).collect();
        let v = serde_json::json!({"documents": docs, "sentences": sentences, "records": records,
            "sentences_with_record": share, "records_per_1000_sentences": per_k(records), "per_1000_by_root": by_root});
        println!("{}", serde_json::to_string_pretty(&v)?);
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct TrainArgs {
    /// Where the development sets are (their eval/ directory is read).
    #[arg(long, default_value = "../shared")]
    pub shared: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "data/models/events.bin")]
    pub out: PathBuf,
    /// Passes over the data.
    #[arg(long, default_value_t = 12)]
    pub epochs: usize,
}

/// `dragoman train`: the learned layer from the development sets, with its cross-validated
/// figures.
pub fn run_train(args: TrainArgs) -> Result<ExitCode> {
    use rayon::prelude::*;
    let started = std::time::Instant::now();
    let eval_dir = args.shared.join("eval");
    let examples = dragoman_eval::learn::examples(&eval_dir).map_err(anyhow::Error::msg)?;
    if examples.is_empty() {
        bail!(
            "no development set found under {}: nothing to train on",
            eval_dir.display()
        );
    }
    let kb = Arc::new(dragoman_kb_image::builtin()?);
    let mut coder = Coder::new(kb)?;
    coder.default_date = chrono::NaiveDate::from_ymd_opt(2025, 1, 1);
    let rules = dragoman_eval::learn::rules_only(&coder);
    let feats: Vec<Vec<u64>> = examples
        .par_iter()
        .map(|e| dragoman_eval::learn::features(&rules, e))
        .collect();
    eprintln!(
        "dragoman: {} examples coded by the rules in {:.1} s",
        examples.len(),
        started.elapsed().as_secs_f64()
    );
    let opts = dragoman_linear::LogisticOptions {
        epochs: args.epochs,
        ..Default::default()
    };
    let trained = dragoman_eval::learn::train(&examples, &feats, &opts);
    let bytes = trained.model.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("{}: cannot write", args.out.display()))?;
    print!("{}", trained.report);
    eprintln!(
        "dragoman: wrote {} ({:.0} kB) in {:.1} s",
        args.out.display(),
        bytes.len() as f64 / 1e3,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
