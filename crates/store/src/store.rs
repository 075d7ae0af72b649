//! Opening the database, migrating it, and writing batches of documents with their events.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use sha2::{Digest, Sha256};
use thiserror::Error;

use dragoman_core::{DatePrecision, EventRecord};

use crate::schema::MIGRATIONS;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "{path}: the database has schema version {found}, newer than this dragoman knows ({known}); upgrade dragoman"
    )]
    TooNew { path: String, found: usize, known: usize },
    #[error("{0}")]
    Other(String),
}

/// A document to store, with the events coded from it.
#[derive(Clone, Debug, Default)]
pub struct IngestDoc {
    /// The input's own id (JSONL `id`, file name, feed item id).
    pub key: String,
    /// The file or URL it was read from.
    pub input: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Site or agency.
    pub site: Option<String>,
    pub published: Option<NaiveDate>,
    pub lang: Option<String>,
    pub text: String,
    /// The document's tone (GDELT's AvgTone scale), when computed.
    pub tone: Option<f64>,
    pub events: Vec<EventRecord>,
}

impl IngestDoc {
    /// The content key: SHA-256 of the text.
    pub fn hash(&self) -> String {
        content_hash(&self.text)
    }
}

pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// What one batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchStats {
    pub documents: usize,
    pub duplicates: usize,
    pub events: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    pub documents: usize,
    pub events: usize,
    pub clusters: usize,
}

pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    writable: bool,
}

impl Drop for Store {
    /// A writer refreshes the planner's statistics as it closes, when the tables changed
    /// enough to need it, so queries choose the selective index (the actor pair, not
    /// "not negated"). Sampled statistics misled the planner, so the analysis is full: one
    /// pass over each index. Failure only costs speed, so it is ignored.
    fn drop(&mut self) {
        if self.writable {
            let _ = self.conn.execute_batch("PRAGMA optimize = 0x10002;");
        }
    }
}

impl Store {
    /// Opens (creating if needed) a database for reading and writing, and migrates it.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|e| sql(path, e))?;
        let mut s = Store {
            conn,
            path: path.to_path_buf(),
            writable: true,
        };
        s.pragmas(false)?;
        s.migrate()?;
        Ok(s)
    }

    /// Opens an existing database read-only (the server's default).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Other(format!(
                "{}: no such database (create it with `dragoman ingest`)",
                path.display()
            )));
        }
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| sql(path, e))?;
        let s = Store {
            conn,
            path: path.to_path_buf(),
            writable: false,
        };
        s.pragmas(true)?;
        let v = s.schema_version()?;
        if v > MIGRATIONS.len() {
            return Err(StoreError::TooNew {
                path: path.display().to_string(),
                found: v,
                known: MIGRATIONS.len(),
            });
        }
        if v < MIGRATIONS.len() {
            return Err(StoreError::Other(format!(
                "{}: written by an older dragoman (schema {v}; this one reads {}): open it once where the file is writable (`dragoman export`, `query` and `serve` upgrade it) or copy it somewhere writable",
                path.display(),
                MIGRATIONS.len(),
            )));
        }
        Ok(s)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        sql(&self.path, e)
    }

    fn pragmas(&self, read_only: bool) -> Result<(), StoreError> {
        let p = if read_only {
            // Memory-mapped reads and a larger page cache: the server's connections live long
            // and read the same pages again and again.
            "PRAGMA busy_timeout = 5000; PRAGMA query_only = 1; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -32768;"
        } else {
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;"
        };
        self.conn.execute_batch(p).map_err(|e| self.err(e))
    }

    /// Reads the file through a small page cache instead of mapping it: a one-pass export
    /// touches every page once, and a mapping would keep the whole file resident.
    pub fn stream_reads(&self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("PRAGMA mmap_size = 0; PRAGMA cache_size = -8192;")
            .map_err(|e| self.err(e))
    }

    fn schema_version(&self) -> Result<usize, StoreError> {
        let has_meta: bool = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map_err(|e| self.err(e))?
            > 0;
        if !has_meta {
            return Ok(0);
        }
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(v.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let current = self.schema_version()?;
        if current > MIGRATIONS.len() {
            return Err(StoreError::TooNew {
                path: self.path.display().to_string(),
                found: current,
                known: MIGRATIONS.len(),
            });
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(current) {
            let path = self.path.clone();
            let tx = self.conn.transaction().map_err(|e| sql(&path, e))?;
            tx.execute_batch(m).map_err(|e| sql(&path, e))?;
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?1)",
                params![(i + 1).to_string()],
            )
            .map_err(|e| sql(&path, e))?;
            tx.commit().map_err(|e| sql(&path, e))?;
        }
        Ok(())
    }

    /// Computes the tone of documents stored without one (databases from before tone was
    /// stored), with `tone` applied to each document's text. Returns how many. Cheap when
    /// there is nothing to do: the migration that added the column left a `tone_pending`
    /// mark, removed here in the same transaction as the last update.
    pub fn fill_tone(&mut self, tone: impl Fn(&str) -> f64) -> Result<usize, StoreError> {
        if !self.writable {
            return Ok(0);
        }
        let path = self.path.clone();
        let pending = self
            .conn
            .query_row("SELECT 1 FROM meta WHERE key = 'tone_pending'", [], |_| Ok(()))
            .optional()
            .map_err(|e| sql(&path, e))?
            .is_some();
        if !pending {
            return Ok(0);
        }
        let tx = self.conn.transaction().map_err(|e| sql(&path, e))?;
        let mut n = 0;
        {
            let mut read = tx
                .prepare("SELECT id, text FROM documents WHERE tone IS NULL")
                .map_err(|e| sql(&path, e))?;
            let mut write = tx
                .prepare("UPDATE documents SET tone = ?2 WHERE id = ?1")
                .map_err(|e| sql(&path, e))?;
            let mut rows = read.query([]).map_err(|e| sql(&path, e))?;
            while let Some(r) = rows.next().map_err(|e| sql(&path, e))? {
                let id: i64 = r.get(0).map_err(|e| sql(&path, e))?;
                let text: String = r.get(1).map_err(|e| sql(&path, e))?;
                write.execute(params![id, tone(&text)]).map_err(|e| sql(&path, e))?;
                n += 1;
            }
        }
        tx.execute("DELETE FROM meta WHERE key = 'tone_pending'", [])
            .map_err(|e| sql(&path, e))?;
        tx.commit().map_err(|e| sql(&path, e))?;
        Ok(n)
    }

    /// Is a document with this text already stored?
    pub fn has_hash(&self, hash: &str) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT 1 FROM documents WHERE hash = ?1", params![hash], |_| Ok(()))
            .optional()
            .map(|r| r.is_some())
            .map_err(|e| self.err(e))
    }

    /// Stores documents and their events in one transaction: all of them or none.
    /// Documents already present (same text) are counted as duplicates and skipped.
    pub fn insert_batch(&mut self, docs: &[IngestDoc], ingested_at: &str) -> Result<BatchStats, StoreError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| sql(&path, e))?;
        let mut stats = BatchStats::default();
        let mut touched: Vec<i64> = Vec::new();
        for d in docs {
            let hash = d.hash();
            let inserted = tx
                .execute(
                    "INSERT OR IGNORE INTO documents (hash, key, input, url, title, site, published, lang, text, ingested_at, tone)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![hash, d.key, d.input, d.url, d.title, d.site, d.published.map(|p| p.to_string()), d.lang, d.text, ingested_at, d.tone],
                )
                .map_err(|e| sql(&path, e))?;
            if inserted == 0 {
                stats.duplicates += 1;
                continue;
            }
            stats.documents += 1;
            let doc_id = tx.last_insert_rowid();
            for (seq, e) in d.events.iter().enumerate() {
                let cluster = if e.negated {
                    None
                } else {
                    Some(cluster_for(&tx, e).map_err(|x| sql(&path, x))?)
                };
                insert_event(&tx, doc_id, seq, cluster, e).map_err(|x| sql(&path, x))?;
                stats.events += 1;
                if let Some(c) = cluster {
                    if !touched.contains(&c) {
                        touched.push(c);
                    }
                }
            }
        }
        for c in touched {
            refresh_cluster(&tx, c).map_err(|e| sql(&path, e))?;
        }
        tx.commit().map_err(|e| sql(&path, e))?;
        Ok(stats)
    }

    /// Has `dragoman watch` already taken this URL?
    pub fn seen_url(&self, url: &str) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT 1 FROM watch_seen WHERE url = ?1", params![url], |_| Ok(()))
            .optional()
            .map(|r| r.is_some())
            .map_err(|e| self.err(e))
    }

    pub fn mark_url(&self, url: &str, at: &str, status: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO watch_seen (url, seen_at, status) VALUES (?1, ?2, ?3)",
                params![url, at, status],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Was this file read before with the same size and modification time?
    pub fn file_unchanged(&self, path: &str, size: u64, modified: i64) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT 1 FROM watch_files WHERE path = ?1 AND size = ?2 AND modified = ?3",
                params![path, size as i64, modified],
                |_| Ok(()),
            )
            .optional()
            .map(|r| r.is_some())
            .map_err(|e| self.err(e))
    }

    pub fn mark_file(&self, path: &str, size: u64, modified: i64) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO watch_files (path, size, modified) VALUES (?1, ?2, ?3)",
                params![path, size as i64, modified],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        let count = |table: &str| -> Result<usize, StoreError> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))
                .map(|n| n as usize)
                .map_err(|e| self.err(e))
        };
        Ok(StoreStats {
            documents: count("documents")?,
            events: count("events")?,
            clusters: count("clusters")?,
        })
    }
}

fn sql(path: &Path, e: rusqlite::Error) -> StoreError {
    StoreError::Sqlite {
        path: path.display().to_string(),
        source: e,
    }
}

fn place_key(e: &EventRecord) -> String {
    match &e.location {
        Some(l) => l.geonameid.map_or_else(|| l.name.clone(), |g| g.to_string()),
        None => String::new(),
    }
}

/// The cluster an event belongs to: same dyad, root and place, and a date within a day
/// when the date is known to the day (the same period otherwise); created if none.
fn cluster_for(tx: &rusqlite::Transaction, e: &EventRecord) -> rusqlite::Result<i64> {
    let target = e.target.as_ref().map_or(String::new(), |t| t.code.clone());
    let source = e.source.as_ref().map_or(String::new(), |s| s.code.clone());
    let place = place_key(e);
    let by_day = matches!(e.date_precision, DatePrecision::Day | DatePrecision::Publication);
    let (lo, hi) = match (
        e.date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        by_day,
    ) {
        (Some(d), true) => (
            (d - chrono::Duration::days(1)).to_string(),
            (d + chrono::Duration::days(1)).to_string(),
        ),
        (Some(d), false) => (d.to_string(), d.to_string()),
        (None, _) => (String::new(), String::new()),
    };
    let found: Option<i64> = tx
        .query_row(
            "SELECT id FROM clusters WHERE source_code = ?1 AND target_code = ?2 AND root = ?3 AND place = ?4
             AND coalesce(date, '') BETWEEN ?5 AND ?6 ORDER BY date, id LIMIT 1",
            params![source, target, e.cameo_root, place, lo, hi],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO clusters (source_code, target_code, root, place, date, date_min, date_max, cameo, quad, goldstein)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5, ?6, ?7, ?8)",
        params![
            source,
            target,
            e.cameo_root,
            place,
            e.date,
            e.cameo,
            e.quad,
            e.goldstein
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn insert_event(
    tx: &rusqlite::Transaction,
    doc: i64,
    seq: usize,
    cluster: Option<i64>,
    e: &EventRecord,
) -> rusqlite::Result<()> {
    let record = serde_json::to_string(e).unwrap_or_default();
    let loc = e.location.as_ref();
    tx.execute(
        "INSERT INTO events (document_id, cluster_id, seq, sentence, date, date_precision, date_text,
            source_code, source_name, source_country, source_text,
            target_code, target_name, target_country, target_text,
            cameo, cameo_root, quad, goldstein, plover,
            place_name, place_country, lat, lon, geonameid,
            negated, modality, confidence, rule, evidence, evidence_offset, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                 ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)",
        params![
            doc,
            cluster,
            seq as i64,
            e.sentence,
            e.date,
            serde_json::to_value(e.date_precision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string)),
            e.date_text,
            // An event with no named agent keeps '' as its source code (the column is
            // NOT NULL): no actor filter matches it.
            e.source.as_ref().map_or("", |s| s.code.as_str()),
            e.source.as_ref().and_then(|s| s.name.as_ref()),
            e.source.as_ref().and_then(|s| s.country.as_ref()),
            e.source.as_ref().map(|s| &s.text),
            e.target.as_ref().map(|t| &t.code),
            e.target.as_ref().and_then(|t| t.name.as_ref()),
            e.target.as_ref().and_then(|t| t.country.as_ref()),
            e.target.as_ref().map(|t| &t.text),
            e.cameo,
            e.cameo_root,
            e.quad,
            // f32 in the record: round so that -5.6 is stored as -5.6.
            (e.goldstein * 10.0).round() / 10.0,
            e.plover.as_ref().map(|p| &p.event),
            loc.map(|l| &l.name),
            loc.and_then(|l| l.country.as_ref()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            loc.and_then(|l| l.geonameid.map(|g| g as i64)),
            e.negated,
            e.modality.as_str(),
            (e.confidence * 100.0).round() / 100.0,
            e.rule,
            e.evidence.sentence,
            e.evidence.offset,
            record,
        ],
    )?;
    let id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO events_fts (rowid, evidence) VALUES (?1, ?2)",
        params![id, e.evidence.sentence],
    )?;
    Ok(())
}

/// Recounts a cluster's mentions, articles, sources and first and last sighting.
fn refresh_cluster(tx: &rusqlite::Transaction, id: i64) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE clusters SET
            num_mentions = (SELECT count(*) FROM events WHERE cluster_id = ?1),
            num_articles = (SELECT count(DISTINCT document_id) FROM events WHERE cluster_id = ?1),
            num_sources = (SELECT count(DISTINCT coalesce(d.site, d.url, d.input, d.key)) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = ?1),
            first_seen = (SELECT min(coalesce(d.published, d.ingested_at)) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = ?1),
            last_seen = (SELECT max(coalesce(d.published, d.ingested_at)) FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = ?1),
            date_min = (SELECT min(date) FROM events WHERE cluster_id = ?1),
            date_max = (SELECT max(date) FROM events WHERE cluster_id = ?1)
         WHERE id = ?1",
        params![id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::MIGRATIONS;

    /// A database as the previous release left it: the migrations before tone, one document.
    fn previous_release(path: &Path) {
        let conn = Connection::open(path).unwrap();
        for (i, m) in MIGRATIONS.iter().enumerate().take(3) {
            conn.execute_batch(m).unwrap();
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?1)",
                params![(i + 1).to_string()],
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO documents (hash, key, text, ingested_at) VALUES ('h1', 'd1', 'A good, peaceful agreement.', '2025-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    }

    #[test]
    fn a_previous_database_is_upgraded_in_place_and_its_tone_filled_once() {
        let dir = std::env::temp_dir().join(format!("dragoman-store-migrate-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("old.db");
        previous_release(&db);
        // Read-only, it says what to do rather than failing on a missing column.
        let err = Store::open_read_only(&db).err().expect("an older schema is reported");
        assert!(err.to_string().contains("older dragoman"), "{err}");
        let mut store = Store::open(&db).unwrap();
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
        assert_eq!(store.fill_tone(|t| t.len() as f64).unwrap(), 1);
        assert_eq!(store.fill_tone(|_| 0.0).unwrap(), 0, "the pending mark is gone");
        let tone: f64 = store
            .conn
            .query_row("SELECT tone FROM documents WHERE key = 'd1'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tone, "A good, peaceful agreement.".len() as f64);
        drop(store);
        assert!(Store::open_read_only(&db).is_ok());
    }
}
