//! The endpoints of docs/api.md.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use dragoman_core::Document;
use dragoman_store::{IngestDoc, Store};

use crate::error::ApiError;
use crate::params;
use crate::state::AppState;

type Shared = State<Arc<AppState>>;
type Q = Query<params::Query>;

pub async fn events(State(s): Shared, Query(q): Q) -> Result<Json<Value>, ApiError> {
    let f = params::filter_in(&q, s.coder.kb())?;
    let limit = params::limit(&q, 50)?;
    let offset = params::number(&q, "offset", 0, 10_000_000)?;
    let sort = params::sort(&q)?;
    let (total, mut rows) = s.pool.with(move |st| Ok(st.events(&f, sort, limit, offset)?)).await?;
    for r in &mut rows {
        r.url = web_url(r.url.take());
    }
    Ok(Json(
        json!({"total": total, "limit": limit, "offset": offset, "events": rows}),
    ))
}

/// The columns of `GET /api/events.csv` (docs/api.md).
const CSV_COLUMNS: &str = "id,date,source_code,source_name,cameo,cameo_name,target_code,target_name,quad,goldstein,place,negated,modality,doc,url,evidence";

/// A CSV cell, quoted when needed; text a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'` unless it is a number.
fn csv_field(s: &str) -> String {
    let s = &dragoman_store::csv_safe(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub async fn events_csv(State(s): Shared, Query(q): Q) -> Result<Response, ApiError> {
    let f = params::filter_in(&q, s.coder.kb())?;
    let sort = params::sort(&q)?;
    // Rows go out as they are read, 64 KB at a time: memory does not grow with the
    // download. The query holds its worker slot until the last row is sent; the header is
    // sent once it has one, so a busy server still answers 503.
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<String, std::io::Error>>(8);
    let pool = s.pool.clone();
    let query = tokio::spawn(async move {
        pool.with(move |st| {
            let mut chunk = format!("{CSV_COLUMNS}\n");
            let mut open = tx.blocking_send(Ok(std::mem::take(&mut chunk))).is_ok();
            st.each_event(&f, sort, 100_000, 0, |r| {
                chunk.push_str(&csv_row(&r));
                if chunk.len() >= 64 << 10 {
                    open = tx.blocking_send(Ok(std::mem::take(&mut chunk))).is_ok();
                }
                open
            })?;
            if open && !chunk.is_empty() {
                let _ = tx.blocking_send(Ok(chunk));
            }
            Ok(())
        })
        .await
    });
    let Some(head) = rx.recv().await else {
        return Err(match query.await {
            Ok(Err(e)) => e,
            Ok(Ok(())) => ApiError::internal("events.csv: no header was written"),
            Err(e) => ApiError::internal(e),
        });
    };
    let mut head = Some(head);
    let body = axum::body::Body::from_stream(futures_util::stream::poll_fn(move |cx| match head.take() {
        Some(h) => std::task::Poll::Ready(Some(h)),
        None => rx.poll_recv(cx),
    }));
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"events.csv\""),
        ],
        body,
    )
        .into_response())
}

/// One line of `events.csv`.
fn csv_row(r: &dragoman_store::EventRow) -> String {
    let t = r.target.as_ref();
    let fields = [
        r.id.to_string(),
        r.date.clone().unwrap_or_default(),
        r.source.code.clone(),
        r.source.name.clone().unwrap_or_default(),
        r.cameo.clone(),
        r.cameo_name.clone(),
        t.map_or(String::new(), |t| t.code.clone()),
        t.and_then(|t| t.name.clone()).unwrap_or_default(),
        r.quad.to_string(),
        r.goldstein.to_string(),
        r.location.as_ref().map_or(String::new(), |l| l.name.clone()),
        r.negated.to_string(),
        r.modality.clone(),
        r.doc.to_string(),
        web_url(r.url.clone()).unwrap_or_default(),
        r.evidence.sentence.clone(),
    ];
    let mut line = fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",");
    line.push('\n');
    line
}

/// A stored link as the API gives it: http(s) only, so a `javascript:` or `data:` URL
/// read from some feed never becomes a link in a page.
fn web_url(url: Option<String>) -> Option<String> {
    url.filter(|u| {
        let u = u.trim_start().to_ascii_lowercase();
        u.starts_with("http://") || u.starts_with("https://")
    })
}

fn id(raw: &str, what: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad_request(format!("`{raw}` is not {what} id (a positive whole number)")))
}

pub async fn event(State(s): Shared, Path(raw): Path<String>) -> Result<Json<Value>, ApiError> {
    let id = id(&raw, "an event")?;
    let found = s.pool.with(move |st| Ok(st.event(id)?)).await?;
    let Some((mut row, cluster, mentions)) = found else {
        return Err(ApiError::not_found(format!("no event {id}")));
    };
    row.url = web_url(row.url.take());
    let mut v = serde_json::to_value(&row).map_err(ApiError::internal)?;
    v["mentions"] = serde_json::to_value(&mentions).map_err(ApiError::internal)?;
    v["cluster_info"] = serde_json::to_value(&cluster).map_err(ApiError::internal)?;
    Ok(Json(v))
}

pub async fn actors(State(s): Shared, Query(q): Q) -> Result<Json<Value>, ApiError> {
    params::check_sizes(&q)?;
    let limit = params::limit(&q, 20)?;
    let raw = q.get("q").cloned().unwrap_or_default();
    let text = if raw.trim().is_empty() {
        raw
    } else {
        params::resolve_actor(s.coder.kb(), &raw, chrono::Utc::now().date_naive())
    };
    let rows = s.pool.with(move |st| Ok(st.actors(text.trim(), limit)?)).await?;
    Ok(Json(serde_json::to_value(rows).map_err(ApiError::internal)?))
}

pub async fn actor(State(s): Shared, Path(code): Path<String>, Query(q): Q) -> Result<Json<Value>, ApiError> {
    params::check_sizes(&q)?;
    let interval = params::interval(&q)?;
    if code.is_empty() || code.len() > 30 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(ApiError::bad_request(format!("`{code}` is not a CAMEO actor code")));
    }
    let c = code.clone();
    let profile = s.pool.with(move |st| Ok(st.actor_profile(&c, interval)?)).await?;
    match profile {
        Some(p) => Ok(Json(serde_json::to_value(p).map_err(ApiError::internal)?)),
        None => Err(ApiError::not_found(format!("no event has the actor {code}"))),
    }
}

pub async fn dyad(State(s): Shared, Query(mut q): Q) -> Result<Json<Value>, ApiError> {
    let (Some(a), Some(b)) = (q.remove("a"), q.remove("b")) else {
        return Err(ApiError::bad_request("give both actors: ?a=USA&b=RUS"));
    };
    let interval = params::interval(&q)?;
    q.insert("dyad".into(), format!("{a},{b}"));
    let f = params::filter_in(&q, s.coder.kb())?;
    let series = s.pool.with(move |st| Ok(st.dyad_series(&f, interval)?)).await?;
    Ok(Json(json!({"a": a, "b": b, "interval": interval, "series": series})))
}

pub async fn top_dyads(State(s): Shared, Query(q): Q) -> Result<Json<Value>, ApiError> {
    let f = params::filter_in(&q, s.coder.kb())?;
    let limit = params::limit(&q, 20)?;
    let rows = s.pool.with(move |st| Ok(st.top_dyads(&f, limit)?)).await?;
    Ok(Json(serde_json::to_value(rows).map_err(ApiError::internal)?))
}

pub async fn overview(State(s): Shared, Query(q): Q) -> Result<Json<Value>, ApiError> {
    let f = params::filter_in(&q, s.coder.kb())?;
    let interval = params::interval(&q)?;
    let o = s.pool.with(move |st| Ok(st.overview(&f, interval)?)).await?;
    Ok(Json(serde_json::to_value(o).map_err(ApiError::internal)?))
}

pub async fn network(State(s): Shared, Query(q): Q) -> Result<Json<Value>, ApiError> {
    let f = params::filter_in(&q, s.coder.kb())?;
    let limit = params::limit(&q, 100)?;
    let (nodes, edges) = s.pool.with(move |st| Ok(st.network(&f, limit)?)).await?;
    Ok(Json(json!({"nodes": nodes, "edges": edges})))
}

pub async fn places(State(s): Shared, Query(q): Q) -> Result<Json<Value>, ApiError> {
    let f = params::filter_in(&q, s.coder.kb())?;
    let limit = params::limit(&q, 500)?;
    let rows = s.pool.with(move |st| Ok(st.places(&f, limit)?)).await?;
    Ok(Json(serde_json::to_value(rows).map_err(ApiError::internal)?))
}

/// Sentences (original byte ranges) and highlights of a text, from a fresh analysis.
fn analyse(
    s: &AppState,
    doc: &Document,
) -> (
    Vec<dragoman_core::EventRecord>,
    Vec<[u32; 2]>,
    Vec<dragoman_coder::annotate::Annotation>,
) {
    let a = s.coder.analyse(doc);
    let records = s.coder.records(&a);
    let sentences = (0..a.sentences().len()).map(|i| {
        let sp = a.sentence_span(i);
        [sp.start, sp.end]
    });
    let ann = dragoman_coder::annotate::annotations(&a, s.coder.kb_for(a.lang()));
    (records, sentences.collect(), ann)
}

pub async fn document(State(s): Shared, Path(raw): Path<String>) -> Result<Json<Value>, ApiError> {
    let id = id(&raw, "a document")?;
    let found = s.pool.with(move |st| Ok(st.document(id)?)).await?;
    let Some(d) = found else {
        return Err(ApiError::not_found(format!("no document {id}")));
    };
    let published = d
        .published
        .as_deref()
        .and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
    let cached = s.views.lock().ok().and_then(|v| v.get(id));
    let view = match cached {
        Some(v) => v,
        None => {
            let doc = Document::new(d.key.clone(), d.text.clone()).with_date(published);
            let state = s.clone();
            let (_, sentences, annotations) = s.pool.blocking(move || Ok(analyse(&state, &doc))).await?;
            let v = Arc::new(json!({"sentences": sentences, "annotations": annotations}));
            if let Ok(mut views) = s.views.lock() {
                views.put(id, v.clone());
            }
            v
        }
    };
    Ok(Json(json!({
        "id": d.id, "key": d.key, "title": d.title, "url": web_url(d.url.clone()), "source": d.source, "published": d.published,
        "text": d.text, "sentences": view["sentences"], "annotations": view["annotations"], "events": d.events,
    })))
}

fn json_body(body: &Bytes) -> Result<Value, ApiError> {
    serde_json::from_slice::<Value>(body).map_err(|e| ApiError::bad_request(format!("the body is not valid JSON: {e}")))
}

/// POST bodies must be declared JSON: a form or `text/plain` POST from another site's
/// page (which a browser sends without asking) is refused before any work is done.
fn require_json(headers: &HeaderMap) -> Result<(), ApiError> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = ct.split(';').next().unwrap_or("").trim();
    if mime.eq_ignore_ascii_case("application/json") {
        Ok(())
    } else {
        Err(ApiError::status(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("send the body as `Content-Type: application/json`, not `{ct}`"),
        ))
    }
}

pub async fn code(State(s): Shared, headers: HeaderMap, body: Bytes) -> Result<Json<Value>, ApiError> {
    require_json(&headers)?;
    let v = json_body(&body)?;
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return Err(ApiError::bad_request(
            "the body needs a `text` string: {\"text\": \"...\", \"date\": \"2025-02-27\"}",
        ));
    };
    if text.len() > 1_000_000 {
        return Err(ApiError::status(
            StatusCode::PAYLOAD_TOO_LARGE,
            "`text` is longer than 1 MB",
        ));
    }
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("`text` is empty"));
    }
    let date = match v.get("date").and_then(Value::as_str).filter(|d| !d.is_empty()) {
        Some(d) => Some(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| ApiError::bad_request(format!("`date` must be YYYY-MM-DD, not `{d}`")))?,
        ),
        None => None,
    };
    let mut doc = Document::new("pasted", text).with_date(date.or(s.coder.default_date));
    doc.lang = match v
        .get("lang")
        .and_then(Value::as_str)
        .filter(|l| !l.is_empty() && *l != "auto")
    {
        Some(l) => match dragoman_coder::Lang::from_code(l) {
            Some(lang) => Some(lang.code().to_string()),
            None => {
                return Err(ApiError::bad_request(format!(
                    "`lang` must be one of en, es or auto, not `{l}`"
                )))
            }
        },
        None => dragoman_text::lang::detect(text).map(|l| l.code.to_string()),
    };
    let lang = s.coder.language_of(&doc).code();
    let state = s.clone();
    let (records, sentences, annotations) = s.pool.blocking(move || Ok(analyse(&state, &doc))).await?;
    let ontology = dragoman_core::Ontology::get();
    let events: Vec<Value> = records
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            v["cameo_name"] = ontology.event(&r.cameo).map_or(Value::Null, |e| e.name.clone().into());
            v
        })
        .collect();
    s.metrics.add_coded(events.len() as u64);
    Ok(Json(
        json!({"events": events, "sentences": sentences, "annotations": annotations, "lang": lang}),
    ))
}

pub async fn ingest(State(s): Shared, headers: HeaderMap, body: Bytes) -> Result<Json<Value>, ApiError> {
    let Some(token) = s.config.ingest_token.clone() else {
        return Err(ApiError::status(
            StatusCode::FORBIDDEN,
            "this server is read-only: start it with --allow-ingest to accept documents",
        ));
    };
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map_or("", |(_, t)| t.trim());
    if !constant_time_eq(given.as_bytes(), token.as_bytes()) {
        return Err(ApiError::status(StatusCode::UNAUTHORIZED, "missing or wrong bearer token").bearer_challenge());
    }
    require_json(&headers)?;
    let v = json_body(&body)?;
    let Some(docs) = v.get("documents").and_then(Value::as_array).cloned() else {
        return Err(ApiError::bad_request(
            "the body needs `documents`: [{\"id\", \"text\", \"date\", \"url\", \"title\"}]",
        ));
    };
    let state = s.clone();
    let result = s.pool.blocking(move || -> Result<Value, ApiError> {
        let mut skipped = Vec::new();
        let mut batch = Vec::new();
        for (i, d) in docs.iter().enumerate() {
            let key = d.get("id").and_then(Value::as_str).map_or_else(|| format!("api-{i}"), str::to_string);
            let Some(text) = d.get("text").and_then(Value::as_str).filter(|t| !t.trim().is_empty()) else {
                skipped.push(json!({"id": key, "reason": "no `text`"}));
                continue;
            };
            let date = d.get("date").and_then(Value::as_str).and_then(dragoman_text::read::parse_date);
            let doc = Document::new(key.clone(), text).with_date(date);
            batch.push(IngestDoc {
                key,
                input: Some("api".into()),
                url: d.get("url").and_then(Value::as_str).map(str::to_string),
                title: d.get("title").and_then(Value::as_str).map(str::to_string),
                site: None,
                published: date,
                lang: None,
                tone: Some(dragoman_text::tone::tone(&doc.text)),
                events: state.coder.code(&doc),
                text: text.to_string(),
            });
        }
        let mut store = Store::open(state.pool.path()).map_err(ApiError::internal)?;
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let stats = store.insert_batch(&batch, &now)?;
        Ok(json!({"read": docs.len(), "skipped": skipped, "duplicates": stats.duplicates, "documents": stats.documents, "events": stats.events}))
    })
    .await?;
    Ok(Json(result))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub async fn healthz(State(s): Shared) -> Result<Json<Value>, ApiError> {
    // The file itself, not a pooled connection that still reads a deleted inode.
    if let Err(why) = s.pool.check_file() {
        s.pool.reset();
        return Err(ApiError::status(StatusCode::SERVICE_UNAVAILABLE, why));
    }
    let stats = s.pool.health(|st| Ok(st.stats()?)).await?;
    Ok(Json(
        json!({"status": "ok", "events": stats.events, "documents": stats.documents, "clusters": stats.clusters}),
    ))
}

pub async fn metrics(State(s): Shared) -> Result<Response, ApiError> {
    let stats = s.pool.with(|st| Ok(st.stats()?)).await?;
    let mut text = s.metrics.render(stats.events as u64, stats.documents as u64);
    text.push_str(&process_metrics(&s));
    Ok((
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        text,
    )
        .into_response())
}

/// Load and process gauges: requests waiting for and holding a slot, resident memory,
/// open file descriptors, and the build.
fn process_metrics(s: &AppState) -> String {
    let (waiting, running) = s.pool.load();
    let mut out = format!(
        "# HELP dragoman_requests_waiting Requests waiting for a worker slot.\n# TYPE dragoman_requests_waiting gauge\ndragoman_requests_waiting {waiting}\n\
         # HELP dragoman_requests_running Requests holding a worker slot.\n# TYPE dragoman_requests_running gauge\ndragoman_requests_running {running}\n\
         # HELP dragoman_build_info The running build.\n# TYPE dragoman_build_info gauge\ndragoman_build_info{{version=\"{}\"}} 1\n",
        env!("CARGO_PKG_VERSION")
    );
    // Linux's /proc; elsewhere these gauges are left out.
    if let Some(rss) = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|t| t.split_whitespace().nth(1)?.parse::<u64>().ok())
    {
        out.push_str(&format!(
            "# HELP process_resident_memory_bytes Resident memory.\n# TYPE process_resident_memory_bytes gauge\nprocess_resident_memory_bytes {}\n",
            rss * 4096
        ));
    }
    if let Ok(fds) = std::fs::read_dir("/proc/self/fd") {
        out.push_str(&format!(
            "# HELP process_open_fds Open file descriptors.\n# TYPE process_open_fds gauge\nprocess_open_fds {}\n",
            fds.count()
        ));
    }
    out
}

pub async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("no such endpoint: {} (see /api/docs)", uri.path()))
}

#[derive(rust_embed::RustEmbed)]
#[folder = "../../web/dist"]
struct Assets;

/// The dashboard: `/` is index.html, other paths its assets.
pub async fn static_file(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    match Assets::get(path) {
        Some(file) => {
            let mime = match path.rsplit('.').next() {
                Some("html") => "text/html; charset=utf-8",
                Some("js" | "mjs") => "text/javascript; charset=utf-8",
                Some("css") => "text/css; charset=utf-8",
                Some("svg") => "image/svg+xml",
                Some("json") => "application/json",
                Some("png") => "image/png",
                _ => "application/octet-stream",
            };
            let cache = if path.starts_with("assets/") {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            (
                [
                    (header::CONTENT_TYPE, mime),
                    (header::CACHE_CONTROL, cache),
                    (
                        header::HeaderName::from_static("content-security-policy"),
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
                    ),
                    (header::HeaderName::from_static("x-content-type-options"), "nosniff"),
                ],
                file.data.into_owned(),
            )
                .into_response()
        }
        None => ApiError::not_found(format!("no such page: /{path}")).into_response(),
    }
}
