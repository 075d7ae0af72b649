//! The rows exports read: each stored event with what its document and cluster add,
//! streamed from SQLite one at a time (an export's memory does not grow with the database).

use rusqlite::params_from_iter;

use dragoman_core::EventRecord;

use crate::filter::{Filter, Sort};
use crate::store::{Store, StoreError};

/// An event as stored, with its document and cluster.
#[derive(Clone, Debug)]
pub struct StoredEvent {
    pub id: i64,
    pub record: EventRecord,
    pub cluster: Option<i64>,
    /// The document's id in the input (JSONL `id`, file name, feed item id).
    pub doc_key: String,
    /// The file or feed it was read from.
    pub input: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The publishing site or agency.
    pub site: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    /// The document's tone (see `dragoman_text::tone`); None before it was computed.
    pub tone: Option<f64>,
    /// Characters in the document.
    pub doc_chars: i64,
    /// Characters of the document before the evidence sentence.
    pub sentence_char_offset: i64,
    /// Of the event's cluster (1, 1, 1 for an event in none): mentions, distinct
    /// articles, distinct sources (sites).
    pub mentions: i64,
    pub articles: i64,
    pub sources: i64,
    /// When the document was ingested (RFC 3339).
    pub ingested_at: String,
}

impl StoredEvent {
    /// The document, as a citation: its URL, else the input and its id.
    pub fn citation(&self) -> String {
        match (&self.url, &self.input) {
            (Some(u), _) => u.clone(),
            (None, Some(i)) if *i != self.doc_key => format!("{i}#{}", self.doc_key),
            _ => self.doc_key.clone(),
        }
    }
}

const COLUMNS: &str = "e.id, e.record, e.cluster_id, d.key, d.input, d.url, d.title, d.site, d.published, d.lang,
    d.tone, length(d.text), length(CAST(substr(CAST(d.text AS BLOB), 1, e.evidence_offset) AS TEXT)),
    coalesce(c.num_mentions, 1), coalesce(c.num_articles, 1), coalesce(c.num_sources, 1), d.ingested_at";

impl Store {
    /// The events matching a filter, with their documents and clusters: all in id order,
    /// or with `newest`, that many, newest first.
    pub fn stored_events(
        &self,
        f: &Filter,
        newest: Option<usize>,
        mut each: impl FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (w, p) = f.sql();
        let order = match newest {
            Some(n) => format!("{} LIMIT {n}", Sort::DateDesc.sql()),
            None => "e.id".to_string(),
        };
        let sql = format!(
            "SELECT {COLUMNS}
             FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN clusters c ON c.id = e.cluster_id
             WHERE {w} ORDER BY {order}"
        );
        self.stream(&sql, params_from_iter(p.iter()), &mut each)
    }

    /// The first event (lowest id) of each cluster with an event matching the filter, in
    /// cluster order, with the mean tone of the cluster's documents and when it was first
    /// ingested: GDELT's event table, one row per event.
    pub fn cluster_heads(
        &self,
        f: &Filter,
        mut each: impl FnMut(StoredEvent, ClusterFacts) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT e.cluster_id, min(e.id) FROM events e WHERE ({w}) AND e.cluster_id IS NOT NULL
             GROUP BY e.cluster_id ORDER BY e.cluster_id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query(params_from_iter(p.iter())).map_err(|e| self.err(e))?;
        let one = format!(
            "SELECT {COLUMNS}
             FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN clusters c ON c.id = e.cluster_id
             WHERE e.id = ?1"
        );
        let facts_sql = "SELECT avg(d.tone), min(d.ingested_at) FROM events e JOIN documents d ON d.id = e.document_id
                         WHERE e.cluster_id = ?1";
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let cluster: i64 = r.get(0).map_err(|e| self.err(e))?;
            let head: i64 = r.get(1).map_err(|e| self.err(e))?;
            let facts = self
                .conn
                .prepare_cached(facts_sql)
                .and_then(|mut s| {
                    s.query_row([cluster], |r| {
                        Ok(ClusterFacts {
                            tone: r.get(0)?,
                            first_ingested: r.get(1)?,
                        })
                    })
                })
                .map_err(|e| self.err(e))?;
            let mut found = None;
            self.stream(&one, [head], &mut |ev| {
                found = Some(ev);
                Ok(())
            })?;
            if let Some(ev) = found {
                each(ev, facts)?;
            }
        }
        Ok(())
    }

    /// The events matching the filter that belong to a cluster, in cluster order, each
    /// with when its cluster's first mention was ingested: GDELT's Mentions table.
    /// Unclustered (negated) events come first, for the caller to count.
    pub fn cluster_mentions(
        &self,
        f: &Filter,
        mut each: impl FnMut(StoredEvent, Option<String>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT {COLUMNS}, (SELECT min(d2.ingested_at) FROM events e2 JOIN documents d2 ON d2.id = e2.document_id
                                WHERE e2.cluster_id = e.cluster_id)
             FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN clusters c ON c.id = e.cluster_id
             WHERE {w} ORDER BY e.cluster_id, e.id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query(params_from_iter(p.iter())).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let ev = stored_event(r).map_err(|e| self.err(e))?;
            let first: Option<String> = r.get(17).map_err(|e| self.err(e))?;
            each(ev, first)?;
        }
        Ok(())
    }

    /// How many events match the filter.
    pub fn count_events(&self, f: &Filter) -> Result<i64, StoreError> {
        let (w, p) = f.sql();
        self.conn
            .query_row(
                &format!("SELECT count(*) FROM events e WHERE {w}"),
                params_from_iter(p.iter()),
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The distinct event dates matching the filter, in order (None for undated events).
    pub fn event_dates(&self, f: &Filter) -> Result<Vec<Option<String>>, StoreError> {
        let (w, p) = f.sql();
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT DISTINCT e.date FROM events e WHERE {w} ORDER BY e.date"
            ))
            .map_err(|e| self.err(e))?;
        let dates = stmt
            .query_map(params_from_iter(p.iter()), |r| r.get(0))
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<Option<String>>, _>>()
            .map_err(|e| self.err(e))?;
        Ok(dates)
    }

    fn stream(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        each: &mut dyn FnMut(StoredEvent) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query(params).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            each(stored_event(r).map_err(|e| self.err(e))?)?;
        }
        Ok(())
    }
}

/// What GDELT's event table takes from a whole cluster.
#[derive(Clone, Debug, Default)]
pub struct ClusterFacts {
    /// Mean tone of the documents of its mentions.
    pub tone: Option<f64>,
    /// When its first mention was ingested (RFC 3339).
    pub first_ingested: Option<String>,
}

fn stored_event(r: &rusqlite::Row) -> rusqlite::Result<StoredEvent> {
    let json: String = r.get(1)?;
    let record: EventRecord = serde_json::from_str(&json)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok(StoredEvent {
        id: r.get(0)?,
        record,
        cluster: r.get(2)?,
        doc_key: r.get(3)?,
        input: r.get(4)?,
        url: r.get(5)?,
        title: r.get(6)?,
        site: r.get(7)?,
        published: r.get(8)?,
        lang: r.get(9)?,
        tone: r.get(10)?,
        doc_chars: r.get(11)?,
        sentence_char_offset: r.get(12)?,
        mentions: r.get(13)?,
        articles: r.get(14)?,
        sources: r.get(15)?,
        ingested_at: r.get(16)?,
    })
}
