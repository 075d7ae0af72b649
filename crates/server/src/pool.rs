//! A few read-only SQLite connections, reused across requests; each request takes one on
//! a blocking thread so the async runtime never waits on disk.

use std::path::PathBuf;
use std::sync::Mutex;

use dragoman_store::Store;

use crate::error::ApiError;

pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
}

const KEEP: usize = 8;

impl Pool {
    pub fn new(path: PathBuf) -> Pool {
        Pool {
            path,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs `f` with a read-only connection.
    pub async fn with<T: Send + 'static>(
        self: &std::sync::Arc<Self>,
        f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let pool = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = match pool.idle.lock().map_err(ApiError::internal)?.pop() {
                Some(s) => s,
                None => Store::open_read_only(&pool.path).map_err(ApiError::internal)?,
            };
            let out = f(&store);
            let mut idle = pool.idle.lock().map_err(ApiError::internal)?;
            if idle.len() < KEEP {
                idle.push(store);
            }
            out
        })
        .await
        .map_err(ApiError::internal)?
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}
