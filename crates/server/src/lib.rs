//! `dragoman serve`: the JSON API of docs/api.md and the dashboard of web/, both in the
//! binary. Read-only unless started with an ingest token; every SQL value bound as a
//! parameter; bodies and query sizes bounded; errors as JSON with a status and a message,
//! never a stack trace.

mod error;
mod handlers;
mod metrics;
mod params;
mod pool;
mod state;
mod wire;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;

use dragoman_coder::Coder;

pub use error::ApiError;
pub use state::{AppState, Config};

/// The OpenAPI description of the API (hand-written; a test checks it lists every route).
pub const OPENAPI: &str = include_str!("../../../docs/openapi.json");

/// Largest request body: 1 MB of text to code, with JSON around it.
pub const MAX_BODY: usize = 2 * 1024 * 1024;

/// The routes, for serving and for tests.
pub fn router(config: Config, coder: Coder) -> Router {
    let state = Arc::new(AppState {
        pool: Arc::new(pool::Pool::new(config.db.clone(), config.workers)),
        coder,
        metrics: Arc::new(metrics::Metrics::default()),
        views: Default::default(),
        config,
    });
    let timeout = state.config.request_timeout;
    let openapi: serde_json::Value = serde_json::from_str(OPENAPI).unwrap_or_default();
    let api = Router::new()
        .route("/api/events", get(handlers::events))
        .route("/api/events.csv", get(handlers::events_csv))
        .route("/api/events/{id}", get(handlers::event))
        .route("/api/actors", get(handlers::actors))
        .route("/api/actors/{code}", get(handlers::actor))
        .route("/api/dyads", get(handlers::dyad))
        .route("/api/dyads/top", get(handlers::top_dyads))
        .route("/api/overview", get(handlers::overview))
        .route("/api/network", get(handlers::network))
        .route("/api/places", get(handlers::places))
        .route("/api/documents/{id}", get(handlers::document))
        .route("/api/code", post(handlers::code))
        .route("/api/ingest", post(handlers::ingest))
        .route("/healthz", get(handlers::healthz))
        .route("/metrics", get(handlers::metrics))
        .route("/api/{*rest}", get(handlers::not_found).post(handlers::not_found))
        .with_state(state.clone());
    let docs: Router = utoipa_swagger_ui::SwaggerUi::new("/api/docs")
        .external_url_unchecked("/api/openapi.json", openapi)
        .into();
    Router::new()
        .merge(docs)
        .merge(api)
        .fallback(handlers::static_file)
        .layer(axum::middleware::from_fn_with_state(
            state.metrics.clone(),
            metrics::track,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        // JSON, CSV and the dashboard's assets gzipped for clients that accept it.
        .layer(tower_http::compression::CompressionLayer::new())
        // Outermost, so it also sees the timeout's 408 and the body limit's 413.
        .layer(axum::middleware::from_fn(finish))
}

/// The page's content policy: the dashboard loads nothing from elsewhere and runs no
/// inline script; Swagger UI needs inline script.
const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";
const CSP_DOCS: &str =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'";

/// Every response leaves with `nosniff` and a content policy, and every error with the
/// documented JSON body, whichever layer produced it (405 from routing, 408 from the
/// timeout, 413 from the body limit).
async fn finish(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    let docs = req.uri().path().starts_with("/api/docs");
    let mut res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        let message = match status.as_u16() {
            405 => "this method is not allowed here (see /api/docs)".to_string(),
            408 => "the request took longer than the server allows".to_string(),
            413 => format!("the body is larger than {} MB", MAX_BODY >> 20),
            _ => status.canonical_reason().unwrap_or("error").to_lowercase(),
        };
        let kept: Vec<_> = [header::RETRY_AFTER, header::ALLOW, header::WWW_AUTHENTICATE]
            .into_iter()
            .filter_map(|h| res.headers().get(&h).cloned().map(|v| (h, v)))
            .collect();
        res = ApiError::status(status, message).into_response();
        res.headers_mut().extend(kept);
    }
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        header::HeaderValue::from_static("nosniff"),
    );
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            header::HeaderValue::from_static(if docs { CSP_DOCS } else { CSP }),
        );
    }
    res
}

/// Serves until interrupted (Ctrl-C). Each connection gets `config.header_timeout` to send
/// its request head (a client trickling headers is dropped, not kept forever); the request
/// as a whole gets `request_timeout`.
pub async fn serve(
    addr: SocketAddr,
    config: Config,
    coder: Coder,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use hyper_util::service::TowerToHyperService;

    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(config.header_timeout)
        // Request heads over 400 KB are refused with 431 (docs/api.md).
        .max_buf_size(400 << 10)
        .keep_alive(true);
    let app = router(config, coder);
    ready(local);
    let mut stop = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                // Out of file descriptors and the like: wait a little rather than spin.
                Err(e) => {
                    eprintln!("dragoman serve: accepting a connection: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => return Ok(()),
        };
        let service = TowerToHyperService::new(app.clone());
        let io = TokioIo::new(wire::JsonErrors::new(stream, CSP));
        let connection = http.serve_connection(io, service).with_upgrades();
        tokio::spawn(async move {
            // A client that goes away mid-request is not the server's error.
            let _ = connection.await;
        });
    }
}
