//! Load test of the HTTP API on loopback.
//!
//! Builds a database of at least `--events` events (default 10,000) by coding generated
//! news sentences with the real engine, serves it on 127.0.0.1 with the real router, then
//! sends a bounded number of requests to each endpoint from `--concurrency` clients and
//! prints requests/s and latency percentiles.
//!
//! ```text
//! cargo run --release -p dragoman-server --example load -- [--events N] [--requests N] [--concurrency N] [--db FILE]
//! cargo run --release -p dragoman-server --example load -- --soak 20 --concurrency 200
//! cargo run --release -p dragoman-server --example load -- --soak 20 --concurrency 200 --url http://127.0.0.1:8080
//! ```
//!
//! Throughput depends on the machine; this prints numbers, it asserts none, except that
//! every request succeeds. `--soak S` instead runs every endpoint at once from the clients
//! for S seconds and prints the peak resident memory (of this process, server and
//! clients; or with `--url`, of that server, read from its /metrics) and the latency of
//! `/healthz`; there a busy server may answer 503 with `Retry-After`
//! (that is the bound working), and any other error fails the run.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dragoman_coder::Coder;
use dragoman_core::Document;
use dragoman_store::{IngestDoc, Store};

const COUNTRIES: &[&str] = &[
    "Russia",
    "Ukraine",
    "China",
    "India",
    "Pakistan",
    "Iran",
    "Israel",
    "Turkey",
    "Germany",
    "France",
    "Japan",
    "Brazil",
    "Egypt",
    "Nigeria",
    "Kenya",
    "Mexico",
    "Canada",
    "Poland",
    "Syria",
    "Iraq",
    "Saudi Arabia",
    "South Korea",
    "North Korea",
    "Ethiopia",
    "Sudan",
    "Venezuela",
    "Colombia",
    "Indonesia",
    "Vietnam",
    "Australia",
    "United States",
];
const CITIES: &[&str] = &[
    "Geneva", "Istanbul", "Cairo", "Nairobi", "Doha", "Vienna", "Riyadh", "Oslo", "Brussels",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const TEMPLATES: &[&str] = &[
    "{A} accused {B} of violating the ceasefire on {D}.",
    "{A} and {B} held talks in {C} on {D}.",
    "{A} imposed new sanctions on {B} on {D}.",
    "{A} signed a trade agreement with {B} in {C} on {D}.",
    "{A} threatened {B} with military action on {D}.",
    "{A} sent humanitarian aid to {B} on {D}.",
    "{A} praised {B} for its efforts on {D}.",
    "{A} condemned {B} on {D}.",
    "{A} expelled diplomats from {B} on {D}.",
    "The president of {A} visited {B} on {D}.",
    "{A} troops attacked {B} forces near the border on {D}.",
    "{A} rejected a proposal by {B} on {D}.",
];

struct Args {
    events: usize,
    requests: usize,
    concurrency: usize,
    db: Option<PathBuf>,
    /// Seconds of the soak (every endpoint at once from `concurrency` clients); 0: none.
    soak: u64,
    /// Soak a server already running there (e.g. `dragoman serve`) instead of one built here.
    url: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        events: 10_000,
        requests: 2_000,
        concurrency: 8,
        db: None,
        soak: 0,
        url: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--events" => args.events = value()?.parse().map_err(|e| format!("--events: {e}"))?,
            "--requests" => args.requests = value()?.parse().map_err(|e| format!("--requests: {e}"))?,
            "--concurrency" => args.concurrency = value()?.parse().map_err(|e| format!("--concurrency: {e}"))?,
            "--db" => args.db = Some(PathBuf::from(value()?)),
            "--soak" => args.soak = value()?.parse().map_err(|e| format!("--soak: {e}"))?,
            "--url" => args.url = Some(value()?.trim_end_matches('/').to_string()),
            "-h" | "--help" => return Err(
                "usage: load [--events N] [--requests N] [--concurrency N] [--db FILE] [--soak SECONDS [--url BASE]]"
                    .into(),
            ),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    args.concurrency = args.concurrency.max(1);
    Ok(args)
}

/// A deterministic pseudo-random sequence (xorshift64*), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn generated_doc(rng: &mut Rng, n: usize, coder: &Coder) -> IngestDoc {
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
    let published = start + chrono::Days::new(rng.below(730) as u64);
    let sentences: Vec<String> = (0..5)
        .map(|_| {
            let a = rng.pick(COUNTRIES);
            let mut b = rng.pick(COUNTRIES);
            while b == a {
                b = rng.pick(COUNTRIES);
            }
            rng.pick(TEMPLATES)
                .replace("{A}", a)
                .replace("{B}", b)
                .replace("{C}", rng.pick(CITIES))
                .replace("{D}", rng.pick(DAYS))
        })
        .collect();
    let text = sentences.join(" ");
    let key = format!("load-{n}");
    let doc = Document::new(key.clone(), text.clone()).with_date(Some(published));
    IngestDoc {
        url: Some(format!("https://example.org/{key}")),
        title: Some(format!("Generated story {n}")),
        published: Some(published),
        tone: None,
        events: coder.code(&doc),
        key,
        text,
        ..IngestDoc::default()
    }
}

fn build_database(path: &std::path::Path, want: usize, coder: &Coder) -> Result<usize, String> {
    let _ = std::fs::remove_file(path);
    let mut store = Store::open(path).map_err(|e| e.to_string())?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut events, mut n) = (0, 0);
    while events < want {
        let batch: Vec<IngestDoc> = (0..200)
            .map(|_| {
                n += 1;
                generated_doc(&mut rng, n, coder)
            })
            .collect();
        let stats = store
            .insert_batch(&batch, "2026-01-01T00:00:00Z")
            .map_err(|e| e.to_string())?;
        events += stats.events;
    }
    Ok(events)
}

struct Outcome {
    latencies: Vec<Duration>,
    failures: usize,
    elapsed: Duration,
}

async fn hammer(client: reqwest::Client, urls: Arc<Vec<String>>, requests: usize, concurrency: usize) -> Outcome {
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (client, urls, next) = (client.clone(), urls.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failures = 0;
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= requests {
                    break;
                }
                let t = Instant::now();
                let ok = match client.get(&urls[i % urls.len()]).send().await {
                    Ok(resp) => resp.status().is_success() && resp.bytes().await.is_ok(),
                    Err(_) => false,
                };
                latencies.push(t.elapsed());
                failures += usize::from(!ok);
            }
            (latencies, failures)
        }));
    }
    let mut outcome = Outcome {
        latencies: Vec::new(),
        failures: 0,
        elapsed: Duration::ZERO,
    };
    for worker in workers {
        if let Ok((l, f)) = worker.await {
            outcome.latencies.extend(l);
            outcome.failures += f;
        }
    }
    outcome.elapsed = started.elapsed();
    outcome.latencies.sort();
    outcome
}

/// Resident memory of this process in MB (Linux), 0 elsewhere.
fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|t| t.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(0.0, |pages| pages * 4096.0 / 1e6)
}

/// Every endpoint at once for `length`; returns the number of failed requests (503 with
/// Retry-After is the server shedding load as designed, not a failure).
async fn soak(client: &reqwest::Client, base: &str, clients: usize, length: Duration, remote: bool) -> usize {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let mut urls: Vec<String> = endpoint_urls(base).into_iter().flat_map(|(_, u)| u).collect();
    urls.extend(
        [
            "/api/overview?interval=week",
            "/api/actors?q=RUS",
            "/api/network",
            "/api/places",
            "/api/documents/1",
            "/api/events.csv?limit=200",
        ]
        .iter()
        .map(|p| format!("{base}{p}")),
    );
    let urls = Arc::new(urls);
    let stop = Arc::new(AtomicBool::new(false));
    let (ok, shed, failed) = (
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicUsize::new(0)),
    );
    let rss = |client: reqwest::Client, base: String| async move {
        if !remote {
            return rss_mb();
        }
        let text = match client.get(format!("{base}/metrics")).send().await {
            Ok(r) => r.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        text.lines()
            .find_map(|l| l.strip_prefix("process_resident_memory_bytes "))
            .and_then(|v| v.trim().parse::<f64>().ok())
            .map_or(0.0, |b| b / 1e6)
    };
    let start_rss = rss(client.clone(), base.to_string()).await;
    let peak = Arc::new(std::sync::Mutex::new(start_rss));
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (client, urls, stop) = (client.clone(), urls.clone(), stop.clone());
        let (ok, shed, failed) = (ok.clone(), shed.clone(), failed.clone());
        tasks.push(tokio::spawn(async move {
            let mut i = c;
            while !stop.load(Ordering::Relaxed) {
                i += 1;
                match client.get(&urls[i % urls.len()]).send().await {
                    Ok(r) if r.status().is_success() => {
                        let _ = r.bytes().await;
                        ok.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(r) if r.status().as_u16() == 503 && r.headers().contains_key("retry-after") => {
                        shed.fetch_add(1, Ordering::Relaxed);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                    _ => {
                        failed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }));
    }
    // The health probe, as a monitor would send it, while the clients hammer.
    let probe = {
        let (client, stop, base) = (client.clone(), stop.clone(), base.to_string());
        tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut bad = 0;
            while !stop.load(Ordering::Relaxed) {
                let t = Instant::now();
                match client.get(format!("{base}/healthz")).send().await {
                    Ok(r) if r.status().is_success() || r.status().as_u16() == 503 => lat.push(t.elapsed()),
                    _ => bad += 1,
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            lat.sort();
            (lat, bad)
        })
    };
    let started = Instant::now();
    while started.elapsed() < length {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let now = rss(client.clone(), base.to_string()).await;
        if let Ok(mut p) = peak.lock() {
            *p = p.max(now);
        }
    }
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        let _ = t.await;
    }
    let (lat, bad) = probe.await.unwrap_or_default();
    let peak = peak.lock().map_or(0.0, |p| *p);
    println!(
        "soak: {clients} clients for {}s: {} answered, {} shed (503 + Retry-After), {} failed; \
         RSS {start_rss:.0} MB before, peak {peak:.0} MB ({}); /healthz p50 {:.1} ms, p99 {:.1} ms, {} failed",
        length.as_secs(),
        ok.load(Ordering::Relaxed),
        shed.load(Ordering::Relaxed),
        failed.load(Ordering::Relaxed),
        if remote {
            "the server, from its /metrics"
        } else {
            "this process: server and clients"
        },
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        bad
    );
    failed.load(Ordering::Relaxed) + bad
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

fn endpoint_urls(base: &str) -> Vec<(&'static str, Vec<String>)> {
    let pairs = [
        ("USA", "RUS"),
        ("IND", "PAK"),
        ("CHN", "JPN"),
        ("ISR", "IRN"),
        ("UKR", "RUS"),
    ];
    vec![
        (
            "events list (50, newest first)",
            vec![format!("{base}/api/events?limit=50")],
        ),
        (
            "events list, filtered by dyad",
            pairs
                .iter()
                .map(|(a, b)| format!("{base}/api/events?dyad={a},{b}&limit=50"))
                .collect(),
        ),
        (
            "dyad series, weekly",
            pairs
                .iter()
                .map(|(a, b)| format!("{base}/api/dyads?a={a}&b={b}&interval=week"))
                .collect(),
        ),
        (
            "dyad series, daily",
            pairs
                .iter()
                .map(|(a, b)| format!("{base}/api/dyads?a={a}&b={b}&interval=day"))
                .collect(),
        ),
    ]
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("load: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    if let (Some(base), true) = (&args.url, args.soak > 0) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let client = reqwest::Client::new();
        let failed = rt.block_on(soak(
            &client,
            base,
            args.concurrency,
            Duration::from_secs(args.soak),
            true,
        ));
        return if failed > 0 {
            Err(format!("{failed} requests failed"))
        } else {
            Ok(())
        };
    }
    let kb = Arc::new(dragoman_kb_image::builtin().map_err(|e| e.to_string())?);
    let coder = Coder::new(kb).map_err(|e| e.to_string())?;
    let db = args
        .db
        .clone()
        .unwrap_or_else(|| std::env::temp_dir().join(format!("dragoman-load-{}.db", std::process::id())));
    let t = Instant::now();
    let events = build_database(&db, args.events, &coder)?;
    println!(
        "database: {} with {events} events, built in {:.1}s",
        db.display(),
        t.elapsed().as_secs_f64()
    );

    let config = dragoman_server::Config::new(db.clone());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let mut failed = 0;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let base = format!("http://{}", listener.local_addr().map_err(|e| e.to_string())?);
        tokio::spawn(async move {
            let _ = axum::serve(listener, dragoman_server::router(config, coder)).await;
        });
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(args.concurrency)
            .build()
            .map_err(|e| e.to_string())?;
        println!(
            "{} requests per endpoint, {} concurrent clients, server and clients on this machine's {} cores",
            args.requests,
            args.concurrency,
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!(
            "{:<34} {:>10} {:>9} {:>9} {:>9} {:>8}",
            "endpoint", "req/s", "p50 ms", "p99 ms", "max ms", "errors"
        );
        if args.soak > 0 {
            failed += soak(&client, &base, args.concurrency, Duration::from_secs(args.soak), false).await;
            return Ok::<(), String>(());
        }
        for (name, urls) in endpoint_urls(&base) {
            let out = hammer(client.clone(), Arc::new(urls), args.requests, args.concurrency).await;
            failed += out.failures;
            println!(
                "{:<34} {:>10.0} {:>9.2} {:>9.2} {:>9.2} {:>8}",
                name,
                out.latencies.len() as f64 / out.elapsed.as_secs_f64(),
                percentile(&out.latencies, 0.50),
                percentile(&out.latencies, 0.99),
                percentile(&out.latencies, 1.0),
                out.failures
            );
        }
        Ok::<(), String>(())
    })?;
    if args.db.is_none() {
        let _ = std::fs::remove_file(&db);
    }
    if failed > 0 {
        return Err(format!("{failed} requests failed"));
    }
    Ok(())
}
