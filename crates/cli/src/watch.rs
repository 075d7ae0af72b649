//! `dragoman watch`: poll feeds and folders, fetch new articles, ingest them, never twice.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use dragoman_coder::Coder;
use dragoman_store::{IngestDoc, Store};
use dragoman_text::formats::{feed, html, settle, ReadOptions, DEFAULT_MAX_BYTES};
use dragoman_text::read::Batch;

use crate::ingest::{host, ingest_files, walk, Progress};
use crate::kb::DictArgs;

#[derive(clap::Args)]
pub struct WatchArgs {
    /// Feed URLs (RSS, Atom, JSON Feed) and directories to poll.
    #[arg(required = true, value_name = "FEED_URL|DIR")]
    pub sources: Vec<String>,
    #[arg(long, value_name = "FILE")]
    pub db: PathBuf,
    /// Time between polls: 30s, 15m, 2h.
    #[arg(long, default_value = "15m", value_parser = parse_interval)]
    pub every: Duration,
    /// Poll once and exit.
    #[arg(long)]
    pub once: bool,
    /// Timeout of each HTTP request.
    #[arg(long, default_value = "20s", value_parser = parse_interval)]
    pub timeout: Duration,
    /// Largest page or feed fetched, in bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    pub max_bytes: u64,
    #[command(flatten)]
    pub dict: DictArgs,
}

pub fn parse_interval(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a duration like 30s, 15m, 2h"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        _ => return Err(format!("`{s}`: use s, m or h")),
    };
    if secs == 0 {
        return Err("the interval must be positive".into());
    }
    Ok(Duration::from_secs(secs))
}

const USER_AGENT: &str = concat!(
    "dragoman/",
    env!("CARGO_PKG_VERSION"),
    " (news event coder; polls feeds politely)"
);

fn fetch(client: &reqwest::blocking::Client, url: &str, max: u64) -> Result<(Vec<u8>, Option<String>)> {
    let resp = client
        .get(url)
        .send()
        .with_context(|| format!("{url}: request failed"))?;
    let status = resp.status();
    if !status.is_success() {
        bail!("{url}: HTTP {status}");
    }
    let charset = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| {
            ct.split("charset=")
                .nth(1)
                .map(|c| c.trim().trim_matches('"').to_string())
        });
    let mut body = Vec::new();
    resp.take(max + 1)
        .read_to_end(&mut body)
        .with_context(|| format!("{url}: reading the body"))?;
    if body.len() as u64 > max {
        bail!("{url}: larger than {max} bytes");
    }
    Ok((body, charset))
}

/// One poll of a feed: every item not seen before is fetched, coded and stored.
fn poll_feed(
    store: &mut Store,
    coder: &Coder,
    client: &reqwest::blocking::Client,
    url: &str,
    max: u64,
) -> Result<(usize, usize)> {
    let (bytes, _) = fetch(client, url, max)?;
    let (feed_title, items) = feed::items(url, &bytes).map_err(anyhow::Error::msg)?;
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let (mut new, mut events) = (0, 0);
    for it in items {
        let Some(link) = it.link.clone() else { continue };
        if store.seen_url(&link)? {
            continue;
        }
        let doc = match fetch(client, &link, max) {
            Ok((page, charset)) => {
                let (text, _) = dragoman_text::formats::charset::decode(&page, charset.as_deref());
                html::read(&link, text.as_bytes(), Some(&link), it.published)
            }
            Err(e) => {
                eprintln!("dragoman: skipped {e:#}");
                store.mark_url(&link, &now, "fetch failed")?;
                continue;
            }
        };
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                eprintln!("dragoman: skipped {e}");
                store.mark_url(&link, &now, "no article text")?;
                continue;
            }
        };
        // The page's date, else the feed item's, else a dateline; and its language.
        let mut batch = Batch {
            docs: vec![doc],
            ..Batch::default()
        };
        settle(&mut batch, &ReadOptions::new(None));
        for n in &batch.notes {
            eprintln!("dragoman: warning: {n}");
        }
        if !batch.undated.is_empty() {
            eprintln!("dragoman: warning: {link}: no publication date; relative dates left unresolved");
        }
        let Some(mut doc) = batch.docs.pop() else { continue };
        if !coder.codes_language(doc.lang.as_deref()) {
            let lang = dragoman_text::lang::name_of(doc.lang.as_deref().unwrap_or_default());
            eprintln!("dragoman: warning: {link}: written in {lang}; skipped");
            store.mark_url(&link, &now, "language not coded")?;
            continue;
        }
        doc.title = doc.title.or(it.title.clone());
        let record = IngestDoc {
            key: link.clone(),
            input: Some(url.to_string()),
            url: Some(link.clone()),
            title: doc.title.clone(),
            site: doc
                .source
                .clone()
                .or_else(|| feed_title.clone())
                .or_else(|| host(&link)),
            published: doc.published,
            lang: doc.lang.clone(),
            tone: Some(dragoman_text::tone::tone(&doc.text)),
            events: coder.code(&doc),
            text: doc.text,
        };
        let stats = store.insert_batch(std::slice::from_ref(&record), &now)?;
        store.mark_url(&link, &now, "ingested")?;
        new += stats.documents;
        events += stats.events;
    }
    Ok((new, events))
}

/// One poll of a folder: files new or changed since the last poll are ingested.
fn poll_dir(store: &mut Store, coder: &Coder, dir: &str, max: u64) -> Result<(usize, usize)> {
    let mut skipped = Vec::new();
    let files = walk(&[PathBuf::from(dir)], &mut skipped);
    for s in skipped {
        eprintln!("dragoman: skipped {s}");
    }
    let mut fresh = Vec::new();
    for f in files {
        let Ok(meta) = std::fs::metadata(&f) else { continue };
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs() as i64);
        if !store.file_unchanged(&f.display().to_string(), meta.len(), modified)? {
            fresh.push((f, meta.len(), modified));
        }
    }
    let paths: Vec<PathBuf> = fresh.iter().map(|f| f.0.clone()).collect();
    let opts = ReadOptions::new(None).max_bytes(max);
    let report = ingest_files(
        store,
        coder,
        &paths,
        &opts,
        64,
        &Progress::new(paths.len() as u64, true),
    )?;
    for s in &report.skipped {
        eprintln!("dragoman: skipped {s}");
    }
    for w in &report.warnings {
        eprintln!("dragoman: warning: {w}");
    }
    for (f, size, modified) in fresh {
        store.mark_file(&f.display().to_string(), size, modified)?;
    }
    Ok((report.new_documents, report.events))
}

pub fn run(args: WatchArgs) -> Result<ExitCode> {
    let kb = crate::kb::load(&args.dict)?;
    let coder = Coder::new(kb)?;
    let mut store = Store::open(&args.db)?;
    let client = reqwest::blocking::Client::builder()
        .user_agent(USER_AGENT)
        .timeout(args.timeout)
        .connect_timeout(args.timeout)
        .redirect(reqwest::redirect::Policy::limited(5))
        .build()?;
    let max = args.max_bytes.min(DEFAULT_MAX_BYTES);
    loop {
        for source in &args.sources {
            let result = if source.starts_with("http://") || source.starts_with("https://") {
                poll_feed(&mut store, &coder, &client, source, max)
            } else {
                poll_dir(&mut store, &coder, source, max)
            };
            match result {
                Ok((docs, events)) => eprintln!("dragoman: {source}: {docs} new documents, {events} events"),
                Err(e) => eprintln!("dragoman: {source}: {e:#}"),
            }
        }
        if args.once {
            return Ok(ExitCode::SUCCESS);
        }
        std::thread::sleep(args.every);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("15m").unwrap(), Duration::from_secs(900));
        assert_eq!(parse_interval("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_interval("2h").unwrap(), Duration::from_secs(7200));
        assert!(parse_interval("0s").is_err());
        assert!(parse_interval("soon").is_err());
    }
}
