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
}

pub struct AppState {
    pub(crate) pool: Arc<Pool>,
    pub(crate) coder: Coder,
    pub(crate) config: Config,
    pub(crate) metrics: Arc<Metrics>,
}
