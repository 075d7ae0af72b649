//! `dragoman ingest`, `query`, `export` and `watch` against real files, a real SQLite
//! database and a real HTTP server on 127.0.0.1.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dragoman(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args(args)
        .output()
        .expect("dragoman runs")
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dragoman-ingest-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn page(title: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title></head><body><nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{}</p></article><footer>All rights reserved.</footer></body></html>", body.repeat(4))
}

fn warc_record(uri: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-14T10:00:00Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len()).into_bytes()
}

/// A folder of every format, with broken inputs among them.
fn corpus(dir: &Path) {
    std::fs::write(
        dir.join("a.txt"),
        "Germany has imposed sanctions on Iran. Japan praised South Korea on Monday.",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.html"),
        page(
            "Talks in Geneva",
            "Chinese and Indian diplomats met in Beijing on Friday to discuss the border. ",
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("c.html.gz"),
        gzip(
            page(
                "Accusation",
                "Pakistan accused India of violating the ceasefire on Saturday. ",
            )
            .as_bytes(),
        ),
    )
    .unwrap();
    std::fs::write(dir.join("d.jsonl"), "{\"id\":\"j1\",\"text\":\"Russian troops attacked Ukrainian positions near Kharkiv on Monday.\",\"date\":\"2025-03-05\"}\n{\"id\":\"j2\",\"title\":\"no text\"}\n").unwrap();
    std::fs::write(dir.join("e.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Egypt criticised Israel</title><guid>r1</guid><pubDate>Fri, 14 Mar 2025 09:00:00 +0000</pubDate><description>Egypt criticised Israel over the Gaza blockade on Friday.</description></item></channel></rss>").unwrap();
    let mut warc = warc_record(
        "https://example.org/w1",
        &page(
            "Visit",
            "The French President visited Algiers on Tuesday and met his Algerian counterpart. ",
        ),
    );
    warc.extend(warc_record(
        "https://example.org/w2",
        &page(
            "Aid",
            "Germany sent humanitarian aid to Sudan on Wednesday after floods hit the country. ",
        ),
    ));
    std::fs::write(dir.join("f.warc.gz"), gzip(&warc)).unwrap();
    // Broken or odd inputs.
    std::fs::write(dir.join("broken.html.gz"), b"\x1f\x8b\x08\x00this is not gzip").unwrap();
    std::fs::write(dir.join("cut.warc"), &warc[..warc.len() - 300]).unwrap();
    std::fs::write(dir.join("not-a-feed.rss"), "<rss><channel><item><title>never closed").unwrap();
    let russian = page(
        "Новости",
        "Министр иностранных дел России Сергей Лавров встретился в среду с коллегой из Турции в Анкаре. ",
    );
    let (cyr, _, _) = encoding_rs::WINDOWS_1251.encode(&russian);
    std::fs::write(dir.join("ru.html"), cyr.as_ref()).unwrap();
    // 200 MB of nothing: skipped by size before it is read (a sparse file).
    let big = std::fs::File::create(dir.join("huge.txt")).unwrap();
    big.set_len(200 * 1024 * 1024).unwrap();
}

fn count(db: &Path, sql: &str) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn every_format_is_read_bad_inputs_are_skipped_and_reingest_adds_nothing() {
    let dir = tempdir("formats");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    corpus(&inputs);
    let locked = inputs.join("locked");
    std::fs::create_dir_all(&locked).unwrap();
    std::fs::write(locked.join("x.txt"), "Japan praised South Korea.").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let root_reads_anyway = std::fs::read_dir(&locked).is_ok();
    let db = dir.join("events.db");
    let o = dragoman(&[
        "ingest",
        inputs.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--date",
        "2025-03-15",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    for (file, why) in [
        ("broken.html.gz", "corrupt gzip"),
        ("cut.warc", "truncated record"),
        ("not-a-feed.rss", "feed"),
        ("huge.txt", "limit"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(file) && l.contains(why)),
            "no report for {file} ({why}) in:\n{err}"
        );
    }
    if root_reads_anyway {
        eprintln!("note: running as root, so the unreadable directory is readable here; its report is not checked");
    } else {
        assert!(err.contains("locked: cannot list directory"), "{err}");
    }
    let docs = count(&db, "SELECT count(*) FROM documents");
    // a.txt, b.html, c.html.gz, j1, the feed item, two WARC pages, the page left in the
    // truncated WARC (and the locked folder's file when readable).
    assert!(docs >= 8, "{docs} documents\n{err}");
    // The Windows-1251 page is decoded (else it would not read as Russian) and, being
    // Russian, reported and set aside.
    assert!(err.lines().any(|l| l.contains("ru.html: written in Russian")), "{err}");
    let events = count(&db, "SELECT count(*) FROM events");
    assert!(events >= 5, "{events} events");
    // Twice: nothing new.
    let o = dragoman(&[
        "ingest",
        inputs.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--date",
        "2025-03-15",
    ]);
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(" 0 new,"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), docs);
    assert_eq!(count(&db, "SELECT count(*) FROM events"), events);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755));
    }
}

/// The GDELT 2.0 event table's columns as published in the GDELT 2.0 codebook.
const PUBLISHED_GDELT_COLUMNS: &str = "GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL";

#[test]
fn query_and_exports_read_back() {
    let dir = tempdir("export");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    corpus(&inputs);
    let db = dir.join("e.db");
    assert!(dragoman(&[
        "ingest",
        inputs.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
        "--date",
        "2025-03-15",
        "--quiet"
    ])
    .status
    .success());
    let dbs = db.to_str().unwrap();
    // GDELT: every line has the published columns, in order.
    let o = dragoman(&["export", "--db", dbs, "--format", "gdelt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let names: Vec<&str> = PUBLISHED_GDELT_COLUMNS.split(' ').collect();
    assert_eq!(names.len(), 61);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(!text.is_empty());
    for line in text.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), names.len(), "{line}");
        let col = |n: &str| cols[names.iter().position(|x| *x == n).unwrap()];
        assert_eq!(col("SQLDATE").len(), 8, "{line}");
        assert!(col("EventCode").starts_with(col("EventRootCode")));
        assert!(["1", "2", "3", "4"].contains(&col("QuadClass")));
        assert!(col("GoldsteinScale").parse::<f64>().is_ok());
        assert_eq!(col("DATEADDED").len(), 14);
    }
    // PLOVER JSON lines.
    let o = dragoman(&["export", "--db", dbs, "--format", "plover"]);
    for line in String::from_utf8(o.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string() && v["date"].is_string() && v["actor"].is_array() && v["event"].is_array());
    }
    // CSV and Parquet.
    let o = dragoman(&["export", "--db", dbs, "--format", "csv"]);
    let csv = String::from_utf8(o.stdout).unwrap();
    assert!(csv.starts_with("id,doc,date,"));
    let pq = dir.join("e.parquet");
    assert!(
        dragoman(&["export", "--db", dbs, "--format", "parquet", "-o", pq.to_str().unwrap()])
            .status
            .success()
    );
    let bytes = std::fs::read(&pq).unwrap();
    assert_eq!(&bytes[..4], b"PAR1");
    let parts = dir.join("parts");
    assert!(dragoman(&[
        "export",
        "--db",
        dbs,
        "--format",
        "parquet",
        "-o",
        parts.to_str().unwrap(),
        "--partition-by-date"
    ])
    .status
    .success());
    assert!(std::fs::read_dir(&parts)
        .unwrap()
        .any(|e| e.unwrap().file_name().to_string_lossy().starts_with("day=")));
    // Query filters.
    let o = dragoman(&["query", "--db", dbs, "--actor", "DEU", "--format", "jsonl"]);
    let rows: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| r["source"]["code"].as_str().unwrap().starts_with("DEU")
            || r["target"]["code"].as_str().unwrap_or("").starts_with("DEU")));
    let o = dragoman(&["query", "--db", dbs, "--from", "2025-03-20", "--to", "2025-03-01"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("after --to"));
}

#[test]
fn a_killed_run_resumes_to_the_same_database() {
    let corpus_dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus"));
    if !corpus_dir.exists() {
        eprintln!("skipped: {} not found (../shared is absent)", corpus_dir.display());
        return;
    }
    let dir = tempdir("resume");
    let (a, b) = (dir.join("a.db"), dir.join("b.db"));
    let c = corpus_dir.to_str().unwrap();
    assert!(dragoman(&[
        "ingest",
        c,
        "--db",
        a.to_str().unwrap(),
        "--date",
        "2020-01-01",
        "--quiet",
        "--batch",
        "16"
    ])
    .status
    .success());
    // Kill the second run part-way: once it has stored something, after a further delay
    // that varies from run to run.
    let mut child = Command::new(env!("CARGO_BIN_EXE_dragoman"))
        .args([
            "ingest",
            c,
            "--db",
            b.to_str().unwrap(),
            "--date",
            "2020-01-01",
            "--quiet",
            "--batch",
            "16",
        ])
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(60) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        let stored = b.exists()
            && rusqlite::Connection::open(&b)
                .ok()
                .and_then(|c| {
                    c.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0))
                        .ok()
                })
                .unwrap_or(0)
                > 0;
        if stored {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let extra = (std::process::id() as u64 * 7919 + started.elapsed().as_nanos() as u64) % 400;
    std::thread::sleep(std::time::Duration::from_millis(extra));
    let finished = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    let _ = child.wait();
    let partial = count(&b, "SELECT count(*) FROM documents");
    let total = count(&a, "SELECT count(*) FROM documents");
    eprintln!(
        "killed {extra} ms after the first commit, with {partial} of {total} documents stored{}",
        if finished {
            " (the run had already finished)"
        } else {
            ""
        }
    );
    assert!(finished || partial < total, "the run was not interrupted");
    assert!(dragoman(&[
        "ingest",
        c,
        "--db",
        b.to_str().unwrap(),
        "--date",
        "2020-01-01",
        "--quiet",
        "--batch",
        "16"
    ])
    .status
    .success());
    for sql in [
        "SELECT count(*) FROM documents",
        "SELECT count(*) FROM events",
        "SELECT count(*) FROM clusters",
        "SELECT sum(num_mentions) FROM clusters",
        "SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.negated = 0",
    ] {
        assert_eq!(count(&a, sql), count(&b, sql), "{sql}");
    }
    let content = |db: &Path| -> Vec<String> {
        let c = rusqlite::Connection::open(db).unwrap();
        let mut s = c.prepare("SELECT d.hash, e.seq, e.source_code, coalesce(e.target_code, ''), e.cameo, coalesce(e.date, '') FROM events e JOIN documents d ON d.id = e.document_id ORDER BY d.hash, e.seq").unwrap();
        s.query_map([], |r| {
            Ok(format!(
                "{}:{}:{}:{}:{}:{}",
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?
            ))
        })
        .unwrap()
        .map(|x| x.unwrap())
        .collect()
    };
    assert_eq!(content(&a), content(&b));
}

/// A tiny HTTP server on 127.0.0.1 serving fixed paths; returns its base URL.
fn serve(routes: std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = s.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
            let body = routes
                .lock()
                .unwrap()
                .iter()
                .find(|(p, _)| *p == path)
                .map(|(_, b)| b.clone());
            let resp = match body {
                Some(b) => format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{b}",
                    if path.ends_with(".xml") {
                        "application/rss+xml"
                    } else {
                        "text/html; charset=utf-8"
                    },
                    b.len()
                ),
                None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
            };
            let _ = s.write_all(resp.as_bytes());
        }
    });
    format!("http://127.0.0.1:{port}")
}

fn rss(base: &str, items: &[(&str, &str)]) -> String {
    let items: String = items.iter().map(|(id, title)| format!("<item><title>{title}</title><link>{base}/{id}.html</link><guid>{id}</guid><pubDate>Fri, 14 Mar 2025 09:00:00 +0000</pubDate></item>")).collect();
    format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local wire</title>{items}</channel></rss>")
}

#[test]
fn watch_fetches_new_articles_once() {
    let routes = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let base = serve(routes.clone());
    {
        let mut r = routes.lock().unwrap();
        r.push((
            "/feed.xml".to_string(),
            rss(&base, &[("one", "Talks"), ("two", "Sanctions")]),
        ));
        r.push((
            "/one.html".to_string(),
            page(
                "Talks",
                "Chinese and Indian diplomats met in Beijing on Friday to discuss the border. ",
            ),
        ));
        r.push((
            "/two.html".to_string(),
            page(
                "Sanctions",
                "Germany imposed sanctions on Iran on Thursday over its nuclear programme. ",
            ),
        ));
    }
    let dir = tempdir("watch");
    let db = dir.join("w.db");
    let feed = format!("{base}/feed.xml");
    let o = dragoman(&["watch", &feed, "--db", db.to_str().unwrap(), "--once"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 2);
    let url: String = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT url FROM documents ORDER BY id LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(url, format!("{base}/one.html"));
    // Again: nothing new.
    assert!(dragoman(&["watch", &feed, "--db", db.to_str().unwrap(), "--once"])
        .status
        .success());
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 2);
    // A new item, and one whose page is missing: only the new one is taken, the missing one reported.
    {
        let mut r = routes.lock().unwrap();
        r[0].1 = rss(
            &base,
            &[
                ("one", "Talks"),
                ("two", "Sanctions"),
                ("three", "Visit"),
                ("gone", "Gone"),
            ],
        );
        r.push((
            "/three.html".to_string(),
            page(
                "Visit",
                "The French President visited Algiers on Tuesday and met his Algerian counterpart. ",
            ),
        ));
    }
    let o = dragoman(&["watch", &feed, "--db", db.to_str().unwrap(), "--once"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("gone.html: HTTP 404"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 3);
}

#[test]
fn spanish_articles_are_ingested_coded_and_queried_like_english_ones() {
    let dir = tempdir("spanish");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::write(
        inputs.join("es.jsonl"),
        concat!(
            r#"{"id":"es-1","date":"2024-10-03","text":"Los presidentes de Chile y Uruguay se reunieron este martes en Montevideo."}"#,
            "\n",
            r#"{"id":"en-1","date":"2024-10-03","text":"Germany criticised Iran on Tuesday."}"#,
            "\n",
        ),
    )
    .unwrap();
    let db = dir.join("es.db");
    let dbs = db.to_str().unwrap();
    let o = dragoman(&["ingest", inputs.to_str().unwrap(), "--db", dbs, "--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Both documents are kept, each with its language.
    assert_eq!(count(&db, "SELECT count(*) FROM documents WHERE lang = 'es'"), 1);
    assert_eq!(count(&db, "SELECT count(*) FROM documents WHERE lang = 'en'"), 1);
    // The Spanish meeting is queried by its actors like any event, dated to the Tuesday.
    let o = dragoman(&["query", "--db", dbs, "--actor", "URY", "--format", "jsonl"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("\"cameo_root\":\"04\""), "{out}");
    assert!(out.contains("2024-10-01"), "{out}");
}
