//! `dragoman kb`: look names up, count, export.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Subcommand;
use serde_json::json;

use dragoman_kb::{EntityKind, KnowledgeBase};

use crate::output::parse_date_arg;

/// Global options shared by the commands that code text.
#[derive(clap::Args, Clone)]
pub struct DictArgs {
    /// PETRARCH/TABARI dictionaries (a file or a directory of *actors*, *agents*,
    /// *verbs*, *discards* files) to use on top of the built-in knowledge base.
    #[arg(long, value_name = "PATH")]
    pub dict: Vec<PathBuf>,
    /// With --dict: use its verbs instead of the built-in verb patterns.
    #[arg(long)]
    pub dict_only_verbs: bool,
}

#[derive(Subcommand)]
pub enum KbCommand {
    /// Ranked readings of a name or description ("Erdogan", "the Turkish president").
    Lookup {
        /// The name as written in news.
        text: String,
        /// Date for dated roles (default: today).
        #[arg(long, value_parser = parse_date_arg)]
        date: Option<NaiveDate>,
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
        /// How many candidates to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[command(flatten)]
        dict: DictArgs,
    },
    /// Counts of entities, names, roles and patterns, and the time to load them.
    Stats {
        #[arg(long, default_value = "table", value_parser = ["table", "json"])]
        format: String,
    },
    /// Write the knowledge base out, with any --dict on top.
    ///
    /// `jsonl` prints one entity per line (names, codes, dated roles, coordinates);
    /// `petrarch` writes `dragoman.actors.txt` and `dragoman.agents.txt` into --out, in
    /// the dictionary format PETRARCH2 and `--dict` read.
    ///
    /// Examples:
    ///   dragoman kb export --kind person > people.jsonl
    ///   dragoman kb export --format petrarch --out dict/ && dragoman code a.txt --dict dict/
    Export {
        #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "petrarch"])]
        format: String,
        /// Only these kinds (jsonl): country, place, organisation, person, agent.
        #[arg(long, value_delimiter = ',', value_parser = ["country", "place", "organisation", "person", "agent"])]
        kind: Vec<String>,
        /// Directory for the petrarch files (created if missing).
        #[arg(long, value_name = "DIR")]
        out: Option<std::path::PathBuf>,
        #[command(flatten)]
        dict: DictArgs,
    },
}

pub fn load(dict: &DictArgs) -> Result<Arc<KnowledgeBase>> {
    let mut kb = dragoman_kb_image::builtin()?;
    for path in &dict.dict {
        let report = kb.import_petrarch(path, dict.dict_only_verbs)?;
        eprintln!(
            "dragoman: {}: {} actors, {} agents, {} verb blocks, {} discards",
            path.display(),
            report.actors,
            report.agents,
            report.verb_blocks,
            report.discards
        );
    }
    Ok(Arc::new(kb))
}

pub fn run(cmd: KbCommand) -> Result<ExitCode> {
    match cmd {
        KbCommand::Lookup {
            text,
            date,
            format,
            limit,
            dict,
        } => {
            let kb = load(&dict)?;
            let date = date.unwrap_or_else(|| chrono::Local::now().date_naive());
            let cands = kb.lookup(&text, date);
            let rows: Vec<serde_json::Value> = cands
                .iter()
                .take(limit)
                .map(|c| {
                    let e = kb.entity(c.entity);
                    let role = e.role_on(date).filter(|r| r.is_dated());
                    let geo = e.geo.as_ref();
                    json!({
                        "name": e.name,
                        "kind": e.kind.as_str(),
                        "code": e.code_on(date),
                        "country": country_iso3(&kb, e),
                        "role": role.map(|r| if r.title.is_empty() { r.kind.as_str().to_string() } else { r.title.to_string() }),
                        "lat": geo.and_then(|g| g.lat),
                        "lon": geo.and_then(|g| g.lon),
                        "id": e.id,
                        "matched_as": c.alias_kind.as_str(),
                        "how": c.how,
                        "score": c.score,
                    })
                })
                .collect();
            if format == "json" {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else if rows.is_empty() {
                println!("no entry for {text:?} on {date}");
            } else {
                println!(
                    "{:<32} {:<12} {:<12} {:<7} {:<22} found as",
                    "name", "kind", "code", "country", "role"
                );
                for r in &rows {
                    let s = |k: &str| r[k].as_str().unwrap_or("-").to_string();
                    println!(
                        "{:<32} {:<12} {:<12} {:<7} {:<22} {} ({})",
                        s("name"),
                        s("kind"),
                        s("code"),
                        s("country"),
                        s("role"),
                        s("how"),
                        s("matched_as")
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::Export {
            format,
            kind,
            out,
            dict,
        } => export(&*load(&dict)?, &format, &kind, out.as_deref()),
        KbCommand::Stats { format } => {
            let t = std::time::Instant::now();
            let kb = dragoman_kb_image::builtin()?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            let stats = kb.stats();
            if format == "json" {
                let mut v = serde_json::to_value(&stats)?;
                v["load_ms"] = json!(ms.round());
                println!("{}", serde_json::to_string_pretty(&v)?);
            } else {
                let v = serde_json::to_value(&stats)?;
                if let Some(obj) = v.as_object() {
                    for (k, val) in obj {
                        println!("{k:<16} {val}");
                    }
                }
                println!("{:<16} {ms:.0} ms", "load time");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn export(kb: &KnowledgeBase, format: &str, kinds: &[String], out: Option<&std::path::Path>) -> Result<ExitCode> {
    use anyhow::Context;
    use std::io::Write;
    if format == "jsonl" {
        let kinds: Vec<EntityKind> = kinds.iter().filter_map(|k| parse_kind(k)).collect();
        let stdout = std::io::stdout();
        let mut w = std::io::BufWriter::new(stdout.lock());
        let n = kb.write_jsonl(&kinds, &mut w).context("writing to stdout")?;
        w.flush().context("writing to stdout")?;
        eprintln!("dragoman: {n} entities");
        return Ok(ExitCode::SUCCESS);
    }
    let Some(dir) = out else {
        anyhow::bail!("--format petrarch writes two files: say where with --out DIR");
    };
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the directory", dir.display()))?;
    let write =
        |name: &str, f: &dyn Fn(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<usize>| -> Result<usize> {
            let path = dir.join(name);
            let file = std::fs::File::create(&path).with_context(|| format!("{}: cannot create", path.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let n = f(&mut w).and_then(|n| w.flush().map(|_| n));
            n.with_context(|| format!("{}: cannot write", path.display()))
        };
    let actors = write("dragoman.actors.txt", &|w| kb.write_petrarch_actors(w))?;
    let agents = write("dragoman.agents.txt", &|w| kb.write_petrarch_agents(w))?;
    eprintln!(
        "dragoman: {actors} actors and {agents} agent terms in {}",
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn parse_kind(k: &str) -> Option<EntityKind> {
    Some(match k {
        "country" => EntityKind::Country,
        "place" => EntityKind::Place,
        "organisation" => EntityKind::Organisation,
        "person" => EntityKind::Person,
        "agent" => EntityKind::Agent,
        _ => return None,
    })
}

/// The ISO 3166 alpha-3 of an entity's country.
fn country_iso3(kb: &KnowledgeBase, e: &dragoman_kb::Entity) -> Option<String> {
    if e.kind == EntityKind::Country || e.kind == EntityKind::Place {
        return e.iso3.as_deref().map(str::to_string);
    }
    let code = e.country.as_deref()?;
    let c = kb.country(code).map(|id| kb.entity(id));
    Some(c.and_then(|c| c.iso3.as_deref()).unwrap_or(code).to_string())
}
