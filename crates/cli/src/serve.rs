//! `dragoman serve`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use dragoman_coder::Coder;

use crate::watch::parse_interval;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// The event database (made by `dragoman ingest`).
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Address to listen on. Localhost only unless you say otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Accept POST /api/ingest; clients must send `Authorization: Bearer TOKEN` with the
    /// token in the environment variable DRAGOMAN_INGEST_TOKEN.
    #[arg(long)]
    pub allow_ingest: bool,
    /// Longest time a request may take.
    #[arg(long, default_value = "30s", value_parser = parse_interval)]
    pub timeout: Duration,
    /// Queries and codings run at once (each holds one database connection); more
    /// requests wait in a short queue, then get 503 with Retry-After. Default: the cores.
    #[arg(long, value_name = "N")]
    pub workers: Option<usize>,
}

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    if !args.db.exists() {
        bail!(
            "{}: no such database; create it with `dragoman ingest PATH --db {}`",
            args.db.display(),
            args.db.display()
        );
    }
    // Upgrades a database an older dragoman wrote, then checks it can be read.
    crate::query::open_for_reading(&args.db)?;
    let ingest_token = if args.allow_ingest {
        match std::env::var("DRAGOMAN_INGEST_TOKEN") {
            Ok(t) if t.len() >= 16 => Some(t),
            _ => bail!("--allow-ingest needs a token of 16 characters or more in DRAGOMAN_INGEST_TOKEN"),
        }
    } else {
        None
    };
    let kb = crate::kb::load(&crate::kb::DictArgs {
        dict: Vec::new(),
        dict_only_verbs: false,
    })?;
    let coder = Coder::new(kb)?;
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "dragoman: warning: listening on {} makes the API reachable from other machines; its read \
             endpoints have no authentication: put it behind a reverse proxy with access control, or \
             keep --addr 127.0.0.1:PORT",
            args.addr
        );
    }
    let mut config = dragoman_server::Config::new(args.db.clone());
    config.ingest_token = ingest_token;
    config.request_timeout = args.timeout;
    if let Some(n) = args.workers {
        config.workers = n.max(2);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(dragoman_server::serve(args.addr, config, coder, |addr| {
        eprintln!(
            "dragoman: serving {} at http://{addr}/ (API docs at http://{addr}/api/docs); Ctrl-C stops",
            args.db.display()
        );
    }))
    .with_context(|| format!("serving on {}", args.addr))?;
    Ok(ExitCode::SUCCESS)
}
