//! Prometheus metrics: requests by route and status, latencies, events coded.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0];

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    /// Cumulative bucket counts, then the sum of seconds (micros) and the count.
    buckets: [AtomicU64; 10],
    sum_micros: AtomicU64,
    count: AtomicU64,
    coded: AtomicU64,
}

impl Metrics {
    fn observe(&self, route: String, status: u16, seconds: f64) {
        if let Ok(mut r) = self.requests.lock() {
            *r.entry((route, status)).or_insert(0) += 1;
        }
        for (i, b) in BUCKETS.iter().enumerate() {
            if seconds <= *b {
                self.buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.sum_micros.fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    pub fn add_coded(&self, n: u64) {
        self.coded.fetch_add(n, Ordering::Relaxed);
    }

    pub fn render(&self, events: u64, documents: u64) -> String {
        let mut out = String::new();
        out.push_str("# HELP dragoman_http_requests_total HTTP requests by route and status.\n# TYPE dragoman_http_requests_total counter\n");
        if let Ok(r) = self.requests.lock() {
            for ((route, status), n) in r.iter() {
                out.push_str(&format!(
                    "dragoman_http_requests_total{{path=\"{route}\",status=\"{status}\"}} {n}\n"
                ));
            }
        }
        out.push_str("# HELP dragoman_http_request_duration_seconds Time to answer a request.\n# TYPE dragoman_http_request_duration_seconds histogram\n");
        for (i, b) in BUCKETS.iter().enumerate() {
            out.push_str(&format!(
                "dragoman_http_request_duration_seconds_bucket{{le=\"{b}\"}} {}\n",
                self.buckets[i].load(Ordering::Relaxed)
            ));
        }
        let count = self.count.load(Ordering::Relaxed);
        out.push_str(&format!(
            "dragoman_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}\n"
        ));
        out.push_str(&format!(
            "dragoman_http_request_duration_seconds_sum {}\n",
            self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6
        ));
        out.push_str(&format!("dragoman_http_request_duration_seconds_count {count}\n"));
        out.push_str(&format!("# HELP dragoman_events_total Events in the database.\n# TYPE dragoman_events_total gauge\ndragoman_events_total {events}\n"));
        out.push_str(&format!("# HELP dragoman_documents_total Documents in the database.\n# TYPE dragoman_documents_total gauge\ndragoman_documents_total {documents}\n"));
        out.push_str(&format!("# HELP dragoman_coded_events_total Events coded by POST /api/code.\n# TYPE dragoman_coded_events_total counter\ndragoman_coded_events_total {}\n", self.coded.load(Ordering::Relaxed)));
        out
    }
}

/// Middleware: times every request and counts it under its route template.
pub async fn track(State(metrics): State<Arc<Metrics>>, req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or_else(
        || {
            if req.uri().path().starts_with("/api/") {
                "other".to_string()
            } else {
                "static".to_string()
            }
        },
        |m| m.as_str().to_string(),
    );
    let started = Instant::now();
    let resp = next.run(req).await;
    metrics.observe(route, resp.status().as_u16(), started.elapsed().as_secs_f64());
    resp
}
