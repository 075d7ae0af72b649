//! What every handler shares: the configuration, the connection pool, the coder and the
//! metrics.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use dragoman_coder::Coder;

use crate::metrics::Metrics;
use crate::pool::Pool;

pub struct Config {
    pub db: PathBuf,
    /// Accept `POST /api/ingest` with `Authorization: Bearer TOKEN`.
    pub ingest_token: Option<String>,
    pub request_timeout: Duration,
    /// Slots for blocking work (queries, coding) and connections: see `pool`.
    pub workers: usize,
    /// Time a connection has to send a request's head.
    pub header_timeout: Duration,
}

impl Config {
    /// A configuration with the defaults: read-only, 30 s per request, one slot per core.
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            ingest_token: None,
            request_timeout: Duration::from_secs(30),
            workers: crate::pool::Pool::default_size(),
            header_timeout: Duration::from_secs(10),
        }
    }
}

pub struct AppState {
    pub(crate) pool: Arc<Pool>,
    pub(crate) coder: Coder,
    pub(crate) config: Config,
    pub(crate) metrics: Arc<Metrics>,
    /// The sentences and highlights of recently viewed documents (re-coding a long
    /// article takes a good part of a second): see `handlers::document`.
    pub(crate) views: std::sync::Mutex<ViewCache>,
}

/// The analysis of the last `VIEWS_KEPT` documents viewed, by document id; the oldest
/// goes first. Stored documents never change, so an entry never goes stale.
#[derive(Default)]
pub struct ViewCache {
    entries: std::collections::VecDeque<(i64, Arc<serde_json::Value>)>,
}

const VIEWS_KEPT: usize = 64;

impl ViewCache {
    pub fn get(&self, id: i64) -> Option<Arc<serde_json::Value>> {
        self.entries.iter().find(|(k, _)| *k == id).map(|(_, v)| v.clone())
    }

    pub fn put(&mut self, id: i64, v: Arc<serde_json::Value>) {
        if self.get(id).is_some() {
            return;
        }
        if self.entries.len() >= VIEWS_KEPT {
            self.entries.pop_front();
        }
        self.entries.push_back((id, v));
    }
}
