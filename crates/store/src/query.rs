//! Reading the store: event lists, one event with its cluster, documents, and the
//! aggregates the dashboard draws (series, top actors and dyads, network, places).

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};
use serde::Serialize;

use crate::filter::{Filter, Sort};
use crate::store::{Store, StoreError};

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ActorRef {
    pub code: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub text: Option<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PlaceRef {
    pub name: String,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Evidence {
    pub sentence: String,
    pub offset: i64,
    pub spans: serde_json::Value,
    pub labels: serde_json::Value,
}

/// An event as lists show it.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct EventRow {
    pub id: i64,
    pub cluster: Option<i64>,
    pub doc: i64,
    pub date: Option<String>,
    pub date_precision: String,
    pub source: ActorRef,
    pub target: Option<ActorRef>,
    pub cameo: String,
    pub cameo_name: String,
    pub cameo_root: String,
    pub quad: i64,
    pub goldstein: f64,
    pub plover: Option<String>,
    pub location: Option<PlaceRef>,
    pub negated: bool,
    pub modality: String,
    pub confidence: f64,
    pub evidence: Evidence,
    pub rule: String,
    pub title: Option<String>,
    pub url: Option<String>,
}

const EVENT_COLUMNS: &str = "e.id, e.cluster_id, e.document_id, e.date, e.date_precision,
    e.source_code, e.source_name, e.source_country, e.source_text,
    e.target_code, e.target_name, e.target_country, e.target_text,
    e.cameo, e.cameo_root, e.quad, e.goldstein, e.plover,
    e.place_name, e.place_country, e.lat, e.lon,
    e.negated, e.modality, e.confidence, e.evidence, e.evidence_offset, e.rule, e.record,
    d.title, d.url";

fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    let cameo: String = r.get(13)?;
    let record: String = r.get(28)?;
    let rec: serde_json::Value = serde_json::from_str(&record).unwrap_or_default();
    let target_code: Option<String> = r.get(9)?;
    let place: Option<String> = r.get(18)?;
    Ok(EventRow {
        id: r.get(0)?,
        cluster: r.get(1)?,
        doc: r.get(2)?,
        date: r.get(3)?,
        date_precision: r.get(4)?,
        source: ActorRef {
            code: r.get(5)?,
            name: r.get(6)?,
            country: r.get(7)?,
            text: r.get(8)?,
        },
        target: match target_code {
            Some(code) => Some(ActorRef {
                code,
                name: r.get(10)?,
                country: r.get(11)?,
                text: r.get(12)?,
            }),
            None => None,
        },
        cameo_name: dragoman_core::Ontology::get()
            .event(&cameo)
            .map_or(String::new(), |e| e.name.clone()),
        cameo,
        cameo_root: r.get(14)?,
        quad: r.get(15)?,
        goldstein: r.get(16)?,
        plover: r.get(17)?,
        location: match place {
            Some(name) => Some(PlaceRef {
                name,
                country: r.get(19)?,
                lat: r.get(20)?,
                lon: r.get(21)?,
            }),
            None => None,
        },
        negated: r.get(22)?,
        modality: r.get(23)?,
        confidence: r.get(24)?,
        evidence: Evidence {
            sentence: r.get(25)?,
            offset: r.get(26)?,
            spans: rec["evidence"]["spans"].clone(),
            labels: rec["evidence"]["labels"].clone(),
        },
        rule: r.get(27)?,
        title: r.get(29)?,
        url: r.get(30)?,
    })
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ClusterInfo {
    pub id: i64,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// One event with its cluster and the cluster's other mentions.
pub type EventDetail = (EventRow, Option<ClusterInfo>, Vec<EventRow>);

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ActorSummary {
    pub code: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub as_source: i64,
    pub as_target: i64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct SeriesPoint {
    pub period: String,
    pub root: String,
    pub as_source: i64,
    pub as_target: i64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Partner {
    pub code: String,
    pub name: Option<String>,
    pub count: i64,
    pub mean_goldstein: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ActorProfile {
    pub code: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub as_source: i64,
    pub as_target: i64,
    pub series: Vec<SeriesPoint>,
    pub partners: Vec<Partner>,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct DyadPoint {
    pub period: String,
    pub quad1: i64,
    pub quad2: i64,
    pub quad3: i64,
    pub quad4: i64,
    pub count: i64,
    pub mean_goldstein: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TopDyad {
    pub a: String,
    pub a_name: Option<String>,
    pub b: String,
    pub b_name: Option<String>,
    pub count: i64,
    pub mean_goldstein: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Overview {
    pub total: i64,
    pub documents: i64,
    /// Events in `total` without a date (not in `series`).
    pub undated: i64,
    pub series: Vec<DyadPoint>,
    pub top_actors: Vec<Partner>,
    pub top_dyads: Vec<TopDyad>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NetworkNode {
    pub id: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub count: i64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct NetworkEdge {
    pub source: String,
    pub target: String,
    pub count: i64,
    pub mean_goldstein: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct PlaceCount {
    pub name: String,
    pub country: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub count: i64,
    /// Events by QuadClass 1-4.
    pub by_quad: [i64; 4],
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct DocumentView {
    pub id: i64,
    pub key: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub text: String,
    pub events: Vec<EventRow>,
}

/// The SQL of a period: the day, or the Monday of the week.
fn period(interval: &str) -> &'static str {
    match interval {
        "week" => "date(e.date, '-6 days', 'weekday 1')",
        "month" => "strftime('%Y-%m-01', e.date)",
        _ => "e.date",
    }
}

impl Store {
    /// Events matching a filter, sorted and paged; and how many match in all.
    pub fn events(
        &self,
        f: &Filter,
        sort: Sort,
        limit: usize,
        offset: usize,
    ) -> Result<(i64, Vec<EventRow>), StoreError> {
        let (w, p) = f.sql();
        let total: i64 = self
            .conn
            .query_row(
                &format!("SELECT count(*) FROM events e WHERE {w}"),
                params_from_iter(p.iter()),
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        let mut rows = Vec::with_capacity(limit.min(1000));
        self.each_event(f, sort, limit, offset, |r| {
            rows.push(r);
            true
        })?;
        Ok((total, rows))
    }

    /// Events matching a filter, sorted, paged, handed to `each` one at a time (for
    /// streamed downloads); `each` returning false stops the walk.
    pub fn each_event(
        &self,
        f: &Filter,
        sort: Sort,
        limit: usize,
        offset: usize,
        mut each: impl FnMut(EventRow) -> bool,
    ) -> Result<(), StoreError> {
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id WHERE {w} ORDER BY {} LIMIT {limit} OFFSET {offset}",
            sort.sql()
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query(params_from_iter(p.iter())).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            if !each(event_row(r).map_err(|e| self.err(e))?) {
                break;
            }
        }
        Ok(())
    }

    /// One event, its cluster, and the other mentions of that cluster.
    pub fn event(&self, id: i64) -> Result<Option<EventDetail>, StoreError> {
        let sql =
            format!("SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = ?1");
        let row = self
            .conn
            .query_row(&sql, params![id], event_row)
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(row) = row else { return Ok(None) };
        let Some(cluster) = row.cluster else {
            return Ok(Some((row, None, Vec::new())));
        };
        let info = self
            .conn
            .query_row(
                "SELECT id, num_mentions, num_articles, num_sources, first_seen, last_seen FROM clusters WHERE id = ?1",
                params![cluster],
                |r| {
                    Ok(ClusterInfo {
                        id: r.get(0)?,
                        num_mentions: r.get(1)?,
                        num_articles: r.get(2)?,
                        num_sources: r.get(3)?,
                        first_seen: r.get(4)?,
                        last_seen: r.get(5)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.cluster_id = ?1 ORDER BY e.id LIMIT 200");
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let mentions = stmt
            .query_map(params![cluster], event_row)
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        Ok(Some((row, info, mentions)))
    }

    pub fn document(&self, id: i64) -> Result<Option<DocumentView>, StoreError> {
        let doc = self
            .conn
            .query_row(
                "SELECT id, key, title, url, site, published, text FROM documents WHERE id = ?1",
                params![id],
                |r| {
                    Ok(DocumentView {
                        id: r.get(0)?,
                        key: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        source: r.get(4)?,
                        published: r.get(5)?,
                        text: r.get(6)?,
                        events: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some(mut doc) = doc else { return Ok(None) };
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id = ?1 ORDER BY e.seq");
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        doc.events = stmt
            .query_map(params![id], event_row)
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        Ok(Some(doc))
    }

    /// The name to show for an actor code: a country's name for a bare country code,
    /// else the name it is most often stored with (not the alphabetically largest).
    pub fn display_name(&self, code: &str) -> Result<Option<String>, StoreError> {
        let geo = dragoman_core::geo::Geo::get();
        if code.len() == 3 {
            if let Some(c) = geo.country(code) {
                return Ok(Some(c.name.clone()));
            }
        }
        // A country and sectors (INDGOV, SYRREBMIL): the country's name and the sectors'.
        if code.len() > 3 && code.len().is_multiple_of(3) && code.is_ascii() {
            if let Some(c) = geo.country(&code[..3]) {
                let sectors: Option<Vec<&str>> = (3..code.len())
                    .step_by(3)
                    .map(|i| dragoman_core::Ontology::get().actor_type(&code[i..i + 3]))
                    .collect();
                if let Some(sectors) = sectors {
                    return Ok(Some(format!("{} · {}", c.name, sectors.join(", "))));
                }
            }
        }
        self.conn
            .prepare_cached(
                "SELECT n FROM (
                    SELECT source_name AS n FROM events WHERE source_code = ?1
                    UNION ALL SELECT target_name FROM events WHERE target_code = ?1)
                 WHERE n IS NOT NULL AND n <> '' GROUP BY n ORDER BY count(*) DESC, n LIMIT 1",
            )
            .and_then(|mut st| st.query_row(params![code], |r| r.get(0)).optional())
            .map_err(|e| self.err(e))
    }

    /// Replaces the names of `items` by their display names.
    fn rename<T>(
        &self,
        items: &mut [T],
        mut each: impl FnMut(&mut T) -> Vec<(&str, &mut Option<String>)>,
    ) -> Result<(), StoreError> {
        for item in items.iter_mut() {
            for (code, name) in each(item) {
                if let Some(n) = self.display_name(code)? {
                    *name = Some(n);
                }
            }
        }
        Ok(())
    }

    /// Actors whose code or name contains `q`.
    pub fn actors(&self, q: &str, limit: usize) -> Result<Vec<ActorSummary>, StoreError> {
        let like = format!("%{}%", q.replace(['%', '_'], ""));
        let sql = "SELECT code, max(name), max(country), sum(src), sum(tgt) FROM (
                SELECT source_code AS code, source_name AS name, source_country AS country, 1 AS src, 0 AS tgt FROM events WHERE negated = 0 AND source_code <> ''
                UNION ALL
                SELECT target_code, target_name, target_country, 0, 1 FROM events WHERE negated = 0 AND target_code IS NOT NULL AND target_code <> ''
            ) WHERE code LIKE ?1 OR name LIKE ?1 GROUP BY code ORDER BY sum(src) + sum(tgt) DESC, code LIMIT ?2";
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![like, limit as i64], |r| {
                Ok(ActorSummary {
                    code: r.get(0)?,
                    name: r.get(1)?,
                    country: r.get(2)?,
                    as_source: r.get(3)?,
                    as_target: r.get(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        let mut rows = rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))?;
        self.rename(&mut rows, |a| vec![(a.code.as_str(), &mut a.name)])?;
        Ok(rows)
    }

    /// An actor's events as source and target by root code over time, and its partners.
    pub fn actor_profile(&self, code: &str, interval: &str) -> Result<Option<ActorProfile>, StoreError> {
        let summary = self
            .conn
            .query_row(
                "SELECT max(name), max(country), sum(src), sum(tgt) FROM (
                    SELECT source_name AS name, source_country AS country, 1 AS src, 0 AS tgt FROM events WHERE negated = 0 AND source_code = ?1
                    UNION ALL
                    SELECT target_name, target_country, 0, 1 FROM events WHERE negated = 0 AND target_code = ?1)",
                params![code],
                |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, Option<i64>>(2)?, r.get::<_, Option<i64>>(3)?)),
            )
            .map_err(|e| self.err(e))?;
        let (name, country, src, tgt) = summary;
        if src.unwrap_or(0) + tgt.unwrap_or(0) == 0 {
            return Ok(None);
        }
        let p = period(interval);
        let sql = format!(
            "SELECT {p} AS period, e.cameo_root, coalesce(sum(e.source_code = ?1), 0), coalesce(sum(e.target_code = ?1), 0) FROM events e
             WHERE e.negated = 0 AND (e.source_code = ?1 OR e.target_code = ?1) AND e.date IS NOT NULL
             GROUP BY period, e.cameo_root ORDER BY period, e.cameo_root"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let series = stmt
            .query_map(params![code], |r| {
                Ok(SeriesPoint {
                    period: r.get(0)?,
                    root: r.get(1)?,
                    as_source: r.get(2)?,
                    as_target: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT partner, max(pname), count(*), avg(g) FROM (
                    SELECT target_code AS partner, target_name AS pname, goldstein AS g FROM events WHERE negated = 0 AND source_code = ?1 AND target_code IS NOT NULL AND target_code <> ''
                    UNION ALL
                    SELECT source_code, source_name, goldstein FROM events WHERE negated = 0 AND target_code = ?1 AND source_code <> '')
                 GROUP BY partner ORDER BY count(*) DESC, partner LIMIT 20",
            )
            .map_err(|e| self.err(e))?;
        let partners = stmt
            .query_map(params![code], |r| {
                Ok(Partner {
                    code: r.get(0)?,
                    name: r.get(1)?,
                    count: r.get(2)?,
                    mean_goldstein: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let mut partners = partners;
        self.rename(&mut partners, |p| vec![(p.code.as_str(), &mut p.name)])?;
        Ok(Some(ActorProfile {
            code: code.to_string(),
            name: self.display_name(code)?.or(name),
            country,
            as_source: src.unwrap_or(0),
            as_target: tgt.unwrap_or(0),
            series,
            partners,
        }))
    }

    fn quad_series(&self, w: &str, p: &[Value], interval: &str) -> Result<Vec<DyadPoint>, StoreError> {
        let per = period(interval);
        let sql = format!(
            "SELECT {per} AS period, sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4), count(*), avg(e.goldstein)
             FROM events e WHERE {w} AND e.date IS NOT NULL GROUP BY period ORDER BY period"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params_from_iter(p.iter()), |r| {
                Ok(DyadPoint {
                    period: r.get(0)?,
                    quad1: r.get(1)?,
                    quad2: r.get(2)?,
                    quad3: r.get(3)?,
                    quad4: r.get(4)?,
                    count: r.get(5)?,
                    mean_goldstein: r.get::<_, Option<f64>>(6)?.unwrap_or(0.0),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Counts by quad class and mean Goldstein, per day or week, between two actors.
    pub fn dyad_series(&self, f: &Filter, interval: &str) -> Result<Vec<DyadPoint>, StoreError> {
        let (w, p) = f.sql();
        self.quad_series(&w, &p, interval)
    }

    /// The most frequent pairs of actors, each pair once whatever the direction.
    pub fn top_dyads(&self, f: &Filter, limit: usize) -> Result<Vec<TopDyad>, StoreError> {
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT min(e.source_code, e.target_code) AS a, max(e.source_code, e.target_code) AS b,
                    max(CASE WHEN e.source_code < e.target_code THEN e.source_name ELSE e.target_name END),
                    max(CASE WHEN e.source_code < e.target_code THEN e.target_name ELSE e.source_name END),
                    count(*), avg(e.goldstein)
             FROM events e WHERE {w} AND e.target_code IS NOT NULL AND e.source_code <> '' AND e.target_code <> '' GROUP BY a, b ORDER BY count(*) DESC, a, b LIMIT {limit}"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params_from_iter(p.iter()), |r| {
                Ok(TopDyad {
                    a: r.get(0)?,
                    b: r.get(1)?,
                    a_name: r.get(2)?,
                    b_name: r.get(3)?,
                    count: r.get(4)?,
                    mean_goldstein: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?;
        let mut rows = rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))?;
        self.rename(&mut rows, |d| {
            vec![(d.a.as_str(), &mut d.a_name), (d.b.as_str(), &mut d.b_name)]
        })?;
        Ok(rows)
    }

    pub fn overview(&self, f: &Filter, interval: &str) -> Result<Overview, StoreError> {
        let (w, p) = f.sql();
        let (total, documents, undated): (i64, i64, i64) = self
            .conn
            .query_row(
                &format!(
                    "SELECT count(*), count(DISTINCT e.document_id), coalesce(sum(e.date IS NULL), 0) FROM events e WHERE {w}"
                ),
                params_from_iter(p.iter()),
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(|e| self.err(e))?;
        let series = self.quad_series(&w, &p, interval)?;
        let sql = format!(
            "SELECT code, max(name), count(*), avg(g) FROM (
                SELECT e.source_code AS code, e.source_name AS name, e.goldstein AS g FROM events e WHERE {w} AND e.source_code <> ''
                UNION ALL
                SELECT e.target_code, e.target_name, e.goldstein FROM events e WHERE {w} AND e.target_code IS NOT NULL AND e.target_code <> '')
             GROUP BY code ORDER BY count(*) DESC, code LIMIT 15"
        );
        let doubled: Vec<Value> = p.iter().chain(p.iter()).cloned().collect();
        // The second copy of the clause numbers its parameters after the first.
        let n = p.len();
        let sql = renumber_second(&sql, n);
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let top_actors = stmt
            .query_map(params_from_iter(doubled.iter()), |r| {
                Ok(Partner {
                    code: r.get(0)?,
                    name: r.get(1)?,
                    count: r.get(2)?,
                    mean_goldstein: r.get(3)?,
                })
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let mut top_actors = top_actors;
        self.rename(&mut top_actors, |p| vec![(p.code.as_str(), &mut p.name)])?;
        Ok(Overview {
            total,
            documents,
            undated,
            series,
            top_actors,
            top_dyads: self.top_dyads(f, 15)?,
        })
    }

    /// Actors as nodes and directed dyads as edges, the `limit` heaviest edges.
    pub fn network(&self, f: &Filter, limit: usize) -> Result<(Vec<NetworkNode>, Vec<NetworkEdge>), StoreError> {
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT e.source_code, e.target_code, count(*), avg(e.goldstein), max(e.source_name), max(e.target_name), max(e.source_country), max(e.target_country)
             FROM events e WHERE {w} AND e.target_code IS NOT NULL AND e.source_code <> '' AND e.target_code <> '' AND e.source_code != e.target_code
             GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT {limit}"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        type EdgeRow = (
            NetworkEdge,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<EdgeRow> = stmt
            .query_map(params_from_iter(p.iter()), |r| {
                Ok((
                    NetworkEdge {
                        source: r.get(0)?,
                        target: r.get(1)?,
                        count: r.get(2)?,
                        mean_goldstein: r.get(3)?,
                    },
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let mut nodes: Vec<NetworkNode> = Vec::new();
        let mut add = |id: &str, name: &Option<String>, country: &Option<String>, count: i64| match nodes
            .iter_mut()
            .find(|n| n.id == id)
        {
            Some(n) => n.count += count,
            None => nodes.push(NetworkNode {
                id: id.to_string(),
                name: name.clone(),
                country: country.clone(),
                count,
            }),
        };
        for (e, sn, tn, sc, tc) in &rows {
            add(&e.source, sn, sc, e.count);
            add(&e.target, tn, tc, e.count);
        }
        self.rename(&mut nodes, |n| vec![(n.id.as_str(), &mut n.name)])?;
        Ok((nodes, rows.into_iter().map(|r| r.0).collect()))
    }

    /// Event places with coordinates and how many events each.
    pub fn places(&self, f: &Filter, limit: usize) -> Result<Vec<PlaceCount>, StoreError> {
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT e.place_name, max(e.place_country), avg(e.lat), avg(e.lon), count(*),
                    sum(e.quad = 1), sum(e.quad = 2), sum(e.quad = 3), sum(e.quad = 4) FROM events e
             WHERE {w} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY e.place_name ORDER BY count(*) DESC, e.place_name LIMIT {limit}"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params_from_iter(p.iter()), |r| {
                Ok(PlaceCount {
                    name: r.get(0)?,
                    country: r.get(1)?,
                    lat: r.get(2)?,
                    lon: r.get(3)?,
                    count: r.get(4)?,
                    by_quad: [r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?],
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}

/// In SQL holding a filter clause twice, renumbers the parameters of the second copy
/// (`?1..?n` after the first `UNION ALL`) to `?n+1..?2n`.
fn renumber_second(sql: &str, n: usize) -> String {
    let Some(split) = sql.find("UNION ALL") else {
        return sql.to_string();
    };
    let (head, tail) = sql.split_at(split);
    let mut out = String::from(head);
    let mut rest = tail;
    while let Some(p) = rest.find('?') {
        out.push_str(&rest[..p + 1]);
        rest = &rest[p + 1..];
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(k) = digits.parse::<usize>() {
            out.push_str(&(k + n).to_string());
            rest = &rest[digits.len()..];
        }
    }
    out.push_str(rest);
    out
}
