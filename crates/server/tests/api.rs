//! Every endpoint of the API on a real server (127.0.0.1) over a real SQLite database,
//! bad parameters included.

use std::sync::{mpsc, Arc, OnceLock};

use dragoman_coder::Coder;
use dragoman_core::Document;
use dragoman_store::{IngestDoc, Store};
use serde_json::{json, Value};

const STORIES: &[(&str, &str, &str)] = &[
    ("a1", "2025-03-05", "Russian troops attacked Ukrainian positions near Kharkiv on Monday. Germany has not imposed sanctions on Iran."),
    ("a2", "2025-03-07", "Chinese and Indian diplomats met in Beijing on Friday. Japan praised South Korea."),
    ("a3", "2025-03-12", "Pakistan accused India of violating the ceasefire on Tuesday. The French President will meet the German Chancellor in Berlin next week."),
    ("a5", "2025-03-13", "Two protesters were arrested in Delhi on Thursday. Turkey condemned Greece over the border dispute."),
    ("a4", "2025-02-27", "Diplomats of USA y Russia They have gathered this Thursday in Istanbulthe great Turkish metropolis, to negotiate. Türkiye offered to mediate between Moscow and Kyiv."),
];

struct Server {
    base: String,
    db: std::path::PathBuf,
}

fn coder() -> Coder {
    let kb = Arc::new(dragoman_kb_image::builtin().unwrap());
    Coder::new(kb).unwrap()
}

fn server() -> &'static Server {
    static S: OnceLock<Server> = OnceLock::new();
    S.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("dragoman-api-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("api.db");
        let coder = coder();
        let docs: Vec<IngestDoc> = STORIES
            .iter()
            .map(|(id, date, text)| {
                let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
                let doc = Document::new(*id, *text).with_date(d);
                IngestDoc {
                    key: id.to_string(),
                    // One stored link is a script: the API must never hand it out.
                    url: Some(if *id == "a5" {
                        "javascript:alert(1)".to_string()
                    } else {
                        format!("https://example.org/{id}")
                    }),
                    title: Some(format!("Story {id}")),
                    published: d,
                    tone: None,
                    events: coder.code(&doc),
                    text: text.to_string(),
                    ..IngestDoc::default()
                }
            })
            .collect();
        Store::open(&db)
            .unwrap()
            .insert_batch(&docs, "2025-03-15T00:00:00Z")
            .unwrap();
        let config = dragoman_server::Config {
            ingest_token: Some("test-token-0123456789".into()),
            ..dragoman_server::Config::new(db.clone())
        };
        let addr = spawn(config, coder);
        Server { base: addr, db }
    })
}

/// Serves `config` on a free loopback port from a thread of its own; returns its base URL.
fn spawn(config: dragoman_server::Config, coder: Coder) -> String {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(dragoman_server::serve(
            "127.0.0.1:0".parse().unwrap(),
            config,
            coder,
            move |addr| tx.send(addr).unwrap(),
        ))
        .unwrap();
    });
    format!("http://{}", rx.recv().unwrap())
}

fn get(path: &str) -> (u16, Value) {
    let r = reqwest::blocking::get(format!("{}{path}", server().base)).unwrap();
    let status = r.status().as_u16();
    let body = r.text().unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::String(body)))
}

fn post(path: &str, body: &str, token: Option<&str>) -> (u16, Value) {
    let client = reqwest::blocking::Client::new();
    let mut req = client
        .post(format!("{}{path}", server().base))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let r = req.send().unwrap();
    let status = r.status().as_u16();
    (status, serde_json::from_str(&r.text().unwrap()).unwrap_or(Value::Null))
}

fn error_message(v: &Value) -> String {
    v["error"]["message"].as_str().unwrap_or("").to_string()
}

#[test]
fn events_list_filters_pages_and_sorts() {
    let (s, v) = get("/api/events");
    assert_eq!(s, 200);
    let total = v["total"].as_i64().unwrap();
    assert!(total >= 6, "{v}");
    let (_, v) = get("/api/events?actor=RUS&limit=100");
    for e in v["events"].as_array().unwrap() {
        assert!(
            e["source"]["code"].as_str().unwrap().starts_with("RUS")
                || e["target"]["code"].as_str().unwrap_or("").starts_with("RUS")
        );
    }
    let (_, v) = get("/api/events?limit=2&offset=1&sort=goldstein");
    let g: Vec<f64> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["goldstein"].as_f64().unwrap())
        .collect();
    assert_eq!(g.len(), 2);
    assert!(g[0] <= g[1]);
    // Negated events only on request.
    let (_, without) = get("/api/events?cameo=16");
    let (_, with) = get("/api/events?cameo=16&negated=include");
    assert!(with["total"].as_i64().unwrap() > without["total"].as_i64().unwrap());
    let (_, v) = get("/api/events?text=Kharkiv");
    assert!(v["total"].as_i64().unwrap() >= 1);
    assert!(v["events"][0]["evidence"]["offset"].is_number());
}

#[test]
fn bad_parameters_are_4xx_with_a_message() {
    for (path, needle) in [
        ("/api/events?cameo=999", "not a CAMEO event code"),
        ("/api/events?root=4", "write 04"),
        ("/api/events?country=Atlantis", "not a country"),
        ("/api/events?from=2025-03-10&to=2025-03-01", "inverted"),
        ("/api/events?limit=5000000", "most allowed"),
        ("/api/events?limit=abc", "whole number"),
        ("/api/events?quad=9", "quad"),
        ("/api/events?sort=random", "sort"),
        ("/api/events?from=yesterday", "YYYY-MM-DD"),
        ("/api/events?dyad=USA", "dyad"),
        ("/api/events/abc", "not an event id"),
        ("/api/dyads?a=USA", "both actors"),
        ("/api/actors/US%20GOV", "not a CAMEO actor code"),
        ("/api/overview?interval=year", "interval"),
    ] {
        let (s, v) = get(path);
        assert_eq!(s, 400, "{path}: {v}");
        assert!(error_message(&v).contains(needle), "{path}: {v}");
    }
    let (s, v) = get("/api/events/999999");
    assert_eq!(s, 404);
    assert!(error_message(&v).contains("no event"));
    let (s, _) = get("/api/documents/999999");
    assert_eq!(s, 404);
    let (s, v) = get("/api/nothing/here");
    assert_eq!(s, 404);
    assert!(error_message(&v).contains("no such endpoint"));
    let (s, v) = post("/api/code", "{not json", None);
    assert_eq!(s, 400);
    assert!(error_message(&v).contains("not valid JSON"));
    let (s, _) = post("/api/code", "{\"date\": \"2025-01-01\"}", None);
    assert_eq!(s, 400);
    let (s, _) = post("/api/code", "{\"text\": \"x\", \"date\": \"01/02/2025\"}", None);
    assert_eq!(s, 400);
    // Over the body limit.
    let big = format!("{{\"text\": \"{}\"}}", "a ".repeat(1_500_000));
    let (s, _) = post("/api/code", &big, None);
    assert!(s == 413 || s == 400, "{s}");
}

#[test]
fn one_event_with_its_cluster() {
    let (_, v) = get("/api/events?limit=1");
    let id = v["events"][0]["id"].as_i64().unwrap();
    let (s, e) = get(&format!("/api/events/{id}"));
    assert_eq!(s, 200);
    assert_eq!(e["id"].as_i64(), Some(id));
    assert!(e["mentions"].is_array());
    assert!(e["cluster_info"]["num_mentions"].as_i64().unwrap() >= 1);
}

#[test]
fn actors_dyads_overview_network_places() {
    let (s, v) = get("/api/actors?q=RUS");
    assert_eq!(s, 200);
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["code"].as_str().unwrap().starts_with("RUS")));
    let code = v[0]["code"].as_str().unwrap().to_string();
    let (s, p) = get(&format!("/api/actors/{code}?interval=week"));
    assert_eq!(s, 200);
    assert!(p["series"].is_array() && p["partners"].is_array());
    let (s, d) = get("/api/dyads?a=CHN&b=IND&interval=day");
    assert_eq!(s, 200);
    let total: i64 = d["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["count"].as_i64().unwrap())
        .sum();
    assert!(total >= 2, "{d}");
    let (s, t) = get("/api/dyads/top?limit=3");
    assert_eq!(s, 200);
    assert!(t.as_array().unwrap().len() <= 3);
    let (s, o) = get("/api/overview?interval=week");
    assert_eq!(s, 200);
    assert!(o["total"].as_i64().unwrap() > 0 && o["documents"].as_i64().unwrap() == STORIES.len() as i64);
    let (s, n) = get("/api/network");
    assert_eq!(s, 200);
    assert!(!n["edges"].as_array().unwrap().is_empty());
    let (s, pl) = get("/api/places");
    assert_eq!(s, 200);
    assert!(
        pl.as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"].as_str().unwrap().contains("stanbul") || p["name"] == "Beijing"),
        "{pl}"
    );
}

#[test]
fn documents_have_text_sentences_and_highlights() {
    let (_, v) = get("/api/events?text=Istanbulthe");
    let doc = v["events"][0]["doc"].as_i64().expect("the Istanbul story has events");
    let (s, d) = get(&format!("/api/documents/{doc}"));
    assert_eq!(s, 200);
    let text = d["text"].as_str().unwrap();
    assert!(text.contains("Türkiye"));
    let bytes = text.as_bytes();
    for a in d["annotations"].as_array().unwrap() {
        let (start, end) = (
            a["start"].as_u64().unwrap() as usize,
            a["end"].as_u64().unwrap() as usize,
        );
        assert!(std::str::from_utf8(&bytes[start..end]).is_ok(), "{a}");
        assert!(["actor", "verb", "time", "place"].contains(&a["kind"].as_str().unwrap()));
    }
    assert!(d["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "place"));
    assert_eq!(d["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn code_a_text_without_storing_it() {
    let before = get("/healthz").1["events"].as_i64().unwrap();
    let (s, v) = post(
        "/api/code",
        &json!({"text": "Egypt criticised Israel on Monday.", "date": "2025-03-05"}).to_string(),
        None,
    );
    assert_eq!(s, 200, "{v}");
    let e = &v["events"][0];
    assert_eq!(e["source"]["code"], "EGY");
    assert_eq!(e["cameo_root"], "11");
    assert_eq!(e["date"], "2025-03-03");
    assert!(e["cameo_name"].is_string());
    assert_eq!(get("/healthz").1["events"].as_i64().unwrap(), before);
}

#[test]
fn ingest_needs_the_token() {
    let body = json!({"documents": [{"id": "n1", "text": "Brazil praised Argentina on Friday.", "date": "2025-03-14"}, {"id": "n2"}]}).to_string();
    assert_eq!(post("/api/ingest", &body, None).0, 401);
    assert_eq!(post("/api/ingest", &body, Some("wrong-token-0123456789")).0, 401);
    let (s, v) = post("/api/ingest", &body, Some("test-token-0123456789"));
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["documents"], 1);
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1);
    let (_, again) = post("/api/ingest", &body, Some("test-token-0123456789"));
    assert_eq!(again["duplicates"], 1);
    assert!(server().db.exists());
}

#[test]
fn health_metrics_openapi_and_dashboard() {
    let (s, v) = get("/healthz");
    assert_eq!(s, 200);
    assert_eq!(v["status"], "ok");
    let m = reqwest::blocking::get(format!("{}/metrics", server().base))
        .unwrap()
        .text()
        .unwrap();
    assert!(m.contains("dragoman_http_requests_total{path=\"/healthz\",status=\"200\"}"));
    assert!(m.contains("dragoman_http_request_duration_seconds_bucket"));
    assert!(m.contains("dragoman_events_total"));
    let (s, spec) = get("/api/openapi.json");
    assert_eq!(s, 200);
    for path in [
        "/api/events",
        "/api/events.csv",
        "/api/events/{id}",
        "/api/actors",
        "/api/actors/{code}",
        "/api/dyads",
        "/api/dyads/top",
        "/api/overview",
        "/api/network",
        "/api/places",
        "/api/documents/{id}",
        "/api/code",
        "/api/ingest",
        "/healthz",
        "/metrics",
    ] {
        assert!(
            spec["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI spec"
        );
    }
    let r = reqwest::blocking::get(format!("{}/api/docs/", server().base)).unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let r = reqwest::blocking::get(format!("{}/", server().base)).unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().unwrap();
    let asset = html
        .split("src=\"./")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a script");
    let r = reqwest::blocking::get(format!("{}/{asset}", server().base)).unwrap();
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    let r = reqwest::blocking::get(format!("{}/api/events.csv?actor=RUS", server().base)).unwrap();
    assert!(r.text().unwrap().starts_with("id,date,source_code,source_name,cameo,cameo_name,target_code,target_name,quad,goldstein,place,negated,modality,doc,url,evidence\n"));
}

fn request(method: reqwest::Method, path: &str, headers: &[(&str, &str)], body: &str) -> reqwest::blocking::Response {
    // No transparent decompression (another crate of the workspace may turn reqwest's gzip
    // feature on): the tests look at the encoding itself.
    let client = reqwest::blocking::Client::builder().no_gzip().build().unwrap();
    let mut req = client
        .request(method, format!("{}{path}", server().base))
        .body(body.to_string());
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().unwrap()
}

#[test]
fn every_actor_code_has_a_profile() {
    let (s, v) = get("/api/actors?limit=1000");
    assert_eq!(s, 200, "{v}");
    let codes: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_string())
        .collect();
    assert!(codes.len() >= 5, "{v}");
    for code in &codes {
        let (s, v) = get(&format!("/api/actors/{code}"));
        assert_eq!(s, 200, "{code}: {v}");
    }
    // Country codes show the country's name, not one of the people coded with it.
    let (s, v) = get("/api/actors/GRC");
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["name"], "Greece", "{v}");
}

#[test]
fn actor_names_and_aliases_find_their_events() {
    for (asked, code) in [
        ("Turkey", "TUR"),
        ("turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("usa", "USA"),
        ("US", "USA"),
    ] {
        let (s, v) = get(&format!("/api/events?actor={}&negated=include", asked));
        assert_eq!(s, 200, "{asked}: {v}");
        let events = v["events"].as_array().unwrap();
        assert!(!events.is_empty(), "{asked} found nothing");
        for e in events {
            let codes = [
                e["source"]["code"].as_str().unwrap_or(""),
                e["target"]["code"].as_str().unwrap_or(""),
            ];
            assert!(codes.iter().any(|c| c.starts_with(code)), "{asked}: {e}");
        }
    }
}

#[test]
fn links_are_web_links_only() {
    let (_, v) = get("/api/events?limit=1000&negated=include");
    let mut seen = 0;
    for e in v["events"].as_array().unwrap() {
        if let Some(u) = e["url"].as_str() {
            assert!(u.starts_with("https://"), "{u}");
            seen += 1;
        }
        if e["url"].is_null() {
            let (_, d) = get(&format!("/api/documents/{}", e["doc"]));
            assert!(d["url"].is_null(), "{d}");
        }
    }
    assert!(seen > 0);
    let csv = reqwest::blocking::get(format!("{}/api/events.csv?negated=include", server().base))
        .unwrap()
        .text()
        .unwrap();
    assert!(!csv.contains("javascript:"), "{csv}");
}

#[test]
fn hostile_requests_get_json_errors() {
    use reqwest::Method;
    // A NUL in a search is a 400, not a failed full-text query.
    let (s, v) = get("/api/events?text=%00");
    assert_eq!(s, 400, "{v}");
    // Only JSON may be POSTed: a page elsewhere cannot make a browser post a form here.
    let r = request(
        Method::POST,
        "/api/code",
        &[("content-type", "text/plain")],
        r#"{"text":"Russia attacked Ukraine."}"#,
    );
    assert_eq!(r.status().as_u16(), 415);
    // Errors from routing and limits carry the documented body and nosniff.
    let r = request(Method::DELETE, "/api/events", &[], "");
    assert_eq!(r.status().as_u16(), 405);
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    let v: Value = r.json().unwrap();
    assert_eq!(v["error"]["status"], 405, "{v}");
    let big = format!(r#"{{"text":"{}"}}"#, "a".repeat(3 << 20));
    let r = request(Method::POST, "/api/code", &[("content-type", "application/json")], &big);
    assert_eq!(r.status().as_u16(), 413);
    let v: Value = r.json().unwrap();
    assert_eq!(v["error"]["status"], 413, "{v}");
    // The auth scheme is case-insensitive, and a 401 names it.
    let r = request(
        Method::POST,
        "/api/ingest",
        &[
            ("authorization", "bearer wrong-token-000000"),
            ("content-type", "application/json"),
        ],
        "{}",
    );
    assert_eq!(r.status().as_u16(), 401);
    assert!(r.headers()["www-authenticate"].to_str().unwrap().starts_with("Bearer"));
    let r = request(
        Method::POST,
        "/api/ingest",
        &[
            ("authorization", "bearer test-token-0123456789"),
            ("content-type", "application/json"),
        ],
        r#"{"documents":[]}"#,
    );
    assert_eq!(r.status().as_u16(), 200);
    // Every page has a content policy.
    let r = request(Method::GET, "/", &[], "");
    assert!(r.headers().contains_key("content-security-policy"));
}

#[test]
fn health_fails_when_the_database_file_goes() {
    let dir = std::env::temp_dir().join(format!("dragoman-api-gone-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("gone.db");
    std::fs::copy(&server().db, &db).unwrap();
    let base = spawn(dragoman_server::Config::new(db.clone()), coder());
    let health = || reqwest::blocking::get(format!("{base}/healthz")).unwrap();
    assert_eq!(health().status().as_u16(), 200);
    std::fs::remove_file(&db).unwrap();
    let r = health();
    assert_eq!(r.status().as_u16(), 503);
    let v: Value = r.json().unwrap();
    assert!(v["error"]["message"].as_str().unwrap().contains("gone"), "{v}");
}

#[test]
fn a_client_trickling_headers_is_dropped() {
    use std::io::{Read, Write};
    let config = dragoman_server::Config {
        header_timeout: std::time::Duration::from_secs(1),
        ..dragoman_server::Config::new(server().db.clone())
    };
    let base = spawn(config, coder());
    let mut s = std::net::TcpStream::connect(base.trim_start_matches("http://")).unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    let mut buf = Vec::new();
    // The server closes the connection (possibly after a 408): the read ends, it does not
    // wait for the rest of the head.
    match s.read_to_end(&mut buf) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {}
        Err(e) => panic!("the connection was still open after 20 s: {e}"),
    }
    let text = String::from_utf8_lossy(&buf);
    assert!(buf.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
}

/// Errors hyper answers before any request reaches the router (a head it cannot parse, a
/// URL over 64 KB, headers over its buffer) carry the documented JSON body too.
#[test]
fn errors_before_routing_have_the_json_body() {
    use std::io::{Read, Write};
    let addr = server().base.trim_start_matches("http://").to_string();
    let long_url = format!("GET /api/events?q={} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000));
    let long_header = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "b".repeat(600_000)
    );
    let garbage = "NOT HTTP AT ALL\r\n\r\n".to_string();
    for (request, status) in [(long_url, 414), (long_header, 431), (garbage, 400)] {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
        // The server may answer and close before it has read everything we send.
        let _ = s.write_all(request.as_bytes());
        let mut buf = Vec::new();
        let _ = s.read_to_end(&mut buf);
        let text = String::from_utf8_lossy(&buf);
        assert!(text.starts_with(&format!("HTTP/1.1 {status} ")), "{status}: {text}");
        assert!(text.contains("content-type: application/json"), "{text}");
        assert!(text.contains("x-content-type-options: nosniff"), "{text}");
        let body = text.split("\r\n\r\n").nth(1).unwrap_or_default();
        let v: Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{status}: {e}: {text}"));
        assert_eq!(v["error"]["status"], status, "{v}");
    }
}

#[test]
fn json_and_csv_are_gzipped_on_request() {
    for path in ["/api/events?negated=include", "/api/events.csv?negated=include"] {
        let r = request(reqwest::Method::GET, path, &[("accept-encoding", "gzip")], "");
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(
            r.headers().get("content-encoding").map(|v| v.to_str().unwrap()),
            Some("gzip"),
            "{path}"
        );
        let plain = request(reqwest::Method::GET, path, &[], "");
        assert!(plain.headers().get("content-encoding").is_none(), "{path}");
    }
}

/// Three articles, two of them from the same site, telling the same event: one cluster of
/// three mentions, three articles, two sources.
#[test]
fn a_cluster_counts_its_mentions_articles_and_sources() {
    let dir = std::env::temp_dir().join(format!("dragoman-api-cluster-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("c.db");
    let coder = coder();
    let text = "Kenyan police arrested twelve protesters in Nairobi on Tuesday.";
    let docs: Vec<IngestDoc> = [("k1", "a.example"), ("k2", "b.example"), ("k3", "b.example")]
        .iter()
        .enumerate()
        .map(|(i, (key, site))| {
            // The same story in three wordings, so three documents (keyed by their text).
            let body = format!("{text} {}", ["", "Officials confirmed it.", "Witnesses said so."][i]);
            let d = chrono::NaiveDate::parse_from_str("2025-04-10", "%Y-%m-%d").ok();
            IngestDoc {
                key: key.to_string(),
                site: Some(site.to_string()),
                published: d,
                events: coder.code(&Document::new(*key, body.as_str()).with_date(d)),
                text: body,
                ..IngestDoc::default()
            }
        })
        .collect();
    let mut store = Store::open(&db).unwrap();
    store.insert_batch(&docs, "2025-04-11T00:00:00Z").unwrap();
    let (_, rows) = store
        .events(
            &dragoman_store::Filter::default(),
            dragoman_store::Sort::DateDesc,
            50,
            0,
        )
        .unwrap();
    let arrest = rows.iter().find(|r| r.cameo.starts_with("17")).expect("the arrest");
    let (_, cluster, mentions) = store.event(arrest.id).unwrap().unwrap();
    let cluster = cluster.expect("a cluster");
    assert_eq!(
        (cluster.num_mentions, cluster.num_articles, cluster.num_sources),
        (3, 3, 2),
        "{cluster:?}"
    );
    assert_eq!(mentions.len(), 3);
}

/// Documents posted while readers query: every read answers, and the new events show.
#[test]
fn ingest_while_serving() {
    let dir = std::env::temp_dir().join(format!("dragoman-api-busy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("busy.db");
    std::fs::copy(&server().db, &db).unwrap();
    let config = dragoman_server::Config {
        ingest_token: Some("busy-token-0123456789".into()),
        ..dragoman_server::Config::new(db.clone())
    };
    let base = spawn(config, coder());
    let total = |base: &str| -> i64 {
        let v: Value = reqwest::blocking::get(format!("{base}/api/events?negated=include"))
            .unwrap()
            .json()
            .unwrap();
        v["total"].as_i64().unwrap()
    };
    let before = total(&base);
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|_| {
            let (base, done) = (base.clone(), done.clone());
            std::thread::spawn(move || {
                let mut answered = 0;
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    for path in ["/api/events?limit=20", "/api/overview", "/healthz"] {
                        let s = reqwest::blocking::get(format!("{base}{path}"))
                            .unwrap()
                            .status()
                            .as_u16();
                        assert!(s == 200 || s == 503, "{path} answered {s} during an ingest");
                        answered += 1;
                    }
                }
                answered
            })
        })
        .collect();
    let client = reqwest::blocking::Client::new();
    for batch in 0..10 {
        let docs: Vec<Value> = (0..5)
            .map(|i| json!({"id": format!("b{batch}-{i}"), "date": "2025-05-02", "text": format!("Greek coast guards rescued {} migrants near Lesbos on Friday.", 10 + batch * 5 + i)}))
            .collect();
        let r = client
            .post(format!("{base}/api/ingest"))
            .header("authorization", "Bearer busy-token-0123456789")
            .header("content-type", "application/json")
            .body(json!({"documents": docs}).to_string())
            .send()
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let answered: usize = readers.into_iter().map(|r| r.join().unwrap()).sum();
    assert!(answered > 0);
    assert!(total(&base) > before, "the ingested events are served");
}
