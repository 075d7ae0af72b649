//! Bounded blocking work: a fixed number of read-only SQLite connections and of slots for
//! blocking work (queries and coding), sized to the cores, with a short queue in front.
//!
//! Invariant: at most `slots` closures run at once and at most `slots` connections (plus
//! one for health checks) are ever open; a request that finds `QUEUE` others already waiting is answered 503 with
//! `Retry-After` at once instead of holding memory while it waits.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::StatusCode;
use tokio::sync::Semaphore;

use dragoman_store::Store;

use crate::error::ApiError;

/// Requests allowed to wait for a slot; more are turned away with 503.
const QUEUE: usize = 64;

/// How long a request waits for a slot before it is turned away.
const WAIT: Duration = Duration::from_secs(10);

pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    slots: Arc<Semaphore>,
    size: usize,
    waiting: AtomicUsize,
    running: AtomicUsize,
    /// The database file's device and inode when the server started.
    identity: Option<(u64, u64)>,
    /// One connection kept apart for health checks, so a monitor gets an answer while
    /// every slot is busy (checks take turns on it).
    health: Arc<tokio::sync::Mutex<Option<Store>>>,
}

fn identity(path: &std::path::Path) -> std::io::Result<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path)?;
        Ok((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(path).map(|_| (0, 0))
    }
}

impl Pool {
    /// A pool of `size` slots (at least 2).
    pub fn new(path: PathBuf, size: usize) -> Pool {
        let size = size.max(2);
        Pool {
            idle: Mutex::new(Vec::with_capacity(size)),
            slots: Arc::new(Semaphore::new(size)),
            size,
            waiting: AtomicUsize::new(0),
            running: AtomicUsize::new(0),
            identity: identity(&path).ok(),
            health: Arc::new(tokio::sync::Mutex::new(None)),
            path,
        }
    }

    /// The number of slots: one per core by default.
    pub fn default_size() -> usize {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    }

    /// Runs `f` with a read-only connection, in a slot.
    pub async fn with<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let pool = self.clone();
        self.blocking(move || {
            let store = match pool.idle.lock().map_err(ApiError::internal)?.pop() {
                Some(s) => s,
                // Never more connections than slots: a slot is held while one is open.
                None => Store::open_read_only(&pool.path).map_err(ApiError::internal)?,
            };
            let out = f(&store);
            let mut idle = pool.idle.lock().map_err(ApiError::internal)?;
            debug_assert!(idle.len() < pool.size, "more connections than slots");
            idle.push(store);
            out
        })
        .await
    }

    /// Runs a quick query on the health connection, outside the slots.
    pub async fn health<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let mut guard = self.health.clone().lock_owned().await;
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || {
            if guard.is_none() {
                *guard = Some(Store::open_read_only(&path).map_err(ApiError::internal)?);
            }
            match guard.as_ref() {
                Some(store) => f(store),
                None => Err(ApiError::internal("no health connection")),
            }
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// Runs blocking work (coding a text) in a slot.
    pub async fn blocking<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        // Counted by guards, so a request dropped while it waits (the client went away)
        // leaves the counts right.
        let waiting = Counted::new(&self.waiting);
        if waiting.before >= QUEUE {
            return Err(busy());
        }
        let permit = tokio::time::timeout(WAIT, self.slots.clone().acquire_owned()).await;
        drop(waiting);
        let Ok(Ok(permit)) = permit else {
            return Err(busy());
        };
        let _running = Counted::new(&self.running);
        let out = tokio::task::spawn_blocking(move || {
            let out = f();
            drop(permit);
            out
        })
        .await;
        out.map_err(ApiError::internal)?
    }

    /// Requests waiting for a slot and running in one (for /metrics).
    pub fn load(&self) -> (usize, usize) {
        (
            self.waiting.load(Ordering::Relaxed),
            self.running.load(Ordering::Relaxed),
        )
    }

    /// Is the file served still there, and the same file? (A pooled connection keeps
    /// reading a deleted or replaced file's old inode, so queries alone cannot tell.)
    pub fn check_file(&self) -> Result<(), String> {
        match identity(&self.path) {
            Err(e) => Err(format!("the database {} is gone: {e}", self.path.display())),
            Ok(now) if self.identity.is_some_and(|then| then != now) => Err(format!(
                "the database {} was replaced since the server started: restart it",
                self.path.display()
            )),
            Ok(_) => Ok(()),
        }
    }

    /// Drops the idle connections (after the database file was replaced).
    pub fn reset(&self) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.clear();
        }
        if let Ok(mut h) = self.health.try_lock() {
            *h = None;
        }
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

/// One more in a count for as long as it lives.
struct Counted<'a> {
    count: &'a AtomicUsize,
    /// The count before this one.
    before: usize,
}

impl<'a> Counted<'a> {
    fn new(count: &'a AtomicUsize) -> Counted<'a> {
        let before = count.fetch_add(1, Ordering::SeqCst);
        Counted { count, before }
    }
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.count.fetch_sub(1, Ordering::SeqCst);
    }
}

fn busy() -> ApiError {
    ApiError::status(
        StatusCode::SERVICE_UNAVAILABLE,
        "the server is busy: try again in a second",
    )
    .retry_after(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn requests_dropped_while_waiting_leave_the_counts_right() {
        let pool = Arc::new(Pool::new(PathBuf::from("/nonexistent.db"), 2));
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let hold = Arc::new(Mutex::new(hold));
        // Two slow jobs take both slots.
        let mut busy = Vec::new();
        for _ in 0..2 {
            let (pool, hold) = (pool.clone(), hold.clone());
            busy.push(tokio::spawn(async move {
                pool.blocking(move || {
                    let _ = hold.lock().map(|h| h.recv_timeout(Duration::from_secs(5)));
                    Ok(())
                })
                .await
            }));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        // Waiters that give up (their clients went away) before a slot frees.
        for _ in 0..100 {
            let waiter = pool.blocking(|| Ok(()));
            let _ = tokio::time::timeout(Duration::from_millis(1), waiter).await;
        }
        assert_eq!(pool.load().0, 0, "no waiter left counted");
        release.send(()).unwrap();
        release.send(()).unwrap();
        for b in busy {
            b.await.unwrap().unwrap();
        }
        assert_eq!(pool.load(), (0, 0));
        assert!(
            pool.blocking(|| Ok(())).await.is_ok(),
            "a new request still gets a slot"
        );
    }
}
