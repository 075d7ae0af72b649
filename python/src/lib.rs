//! `dragoman._dragoman`: the coder in-process for Python. The Python package
//! (`pysrc/dragoman`) wraps this module: it turns the JSON this module returns into
//! dicts, pyarrow tables and pandas frames, and raises the warnings it reports.
//!
//! Invariant: every value crossing into Rust is checked here and turned into a Python
//! exception when bad; nothing in this module panics on input.

// PyO3 0.22's generated method wrappers convert PyErr into itself (a clippy false positive
// in code this crate does not write).
#![allow(clippy::useless_conversion)]

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use dragoman_core::{Document, EventRecord};
use dragoman_store::StoredEvent;
use dragoman_text::formats::{settle, ReadOptions};
use dragoman_text::read::Batch;

/// One document to code: text, publication date, id, url.
type Doc = (String, Option<String>, Option<String>, Option<String>);

/// Documents with their events, in input order.
type Coded = Vec<(Document, Vec<EventRecord>)>;

/// A date argument as `YYYY-MM-DD`, with the CLI's message when it is not one.
fn parse_date(what: &str, s: Option<&str>) -> PyResult<Option<NaiveDate>> {
    match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| PyValueError::new_err(format!("{what} must be a date as YYYY-MM-DD, not {s:?}"))),
    }
}

/// The coder, loaded once and shared by threads.
#[pyclass(frozen, module = "dragoman._dragoman")]
struct Coder {
    inner: dragoman_coder::Coder,
}

impl Coder {
    /// A document as `dragoman code` reads plain text: its date from the argument, else
    /// from a dateline in its first lines; its language identified. Returns the document,
    /// or the reason it is not coded.
    fn document(&self, (text, date, id, url): Doc, index: usize) -> PyResult<Result<Document, String>> {
        let published = parse_date("date", date.as_deref())?;
        let id = id.unwrap_or_else(|| format!("doc-{index}"));
        let mut doc = Document::new(id, text).with_date(published);
        doc.url = url;
        let mut batch = Batch {
            docs: vec![doc],
            ..Batch::default()
        };
        settle(&mut batch, &ReadOptions::new(None));
        let Some(doc) = batch.docs.pop() else {
            return Ok(Err("no document".into()));
        };
        if !self.inner.codes_language(doc.lang.as_deref()) {
            let lang = dragoman_text::lang::name_of(doc.lang.as_deref().unwrap_or_default());
            return Ok(Err(format!(
                "{}: written in {lang}; dragoman codes English and Spanish: skipped",
                doc.id
            )));
        }
        Ok(Ok(doc))
    }

    /// Codes documents on `threads` threads (all cores when None), without the GIL.
    /// Returns each document's events, in order, and the warnings.
    fn code_all(&self, py: Python<'_>, docs: Vec<Doc>, threads: Option<usize>) -> PyResult<(Coded, Vec<String>)> {
        let mut ready = Vec::with_capacity(docs.len());
        let mut warnings = Vec::new();
        for (i, d) in docs.into_iter().enumerate() {
            match self.document(d, i)? {
                Ok(doc) => ready.push(doc),
                Err(why) => warnings.push(why),
            }
        }
        let coded = py.allow_threads(|| -> Result<Coded, String> {
            use rayon::prelude::*;
            let code = |doc: Document| {
                let events = self.inner.code(&doc);
                (doc, events)
            };
            match threads {
                // One thread: this one, without building a pool.
                Some(0 | 1) => Ok(ready.into_iter().map(code).collect()),
                Some(n) => rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map(|pool| pool.install(|| ready.into_par_iter().map(code).collect()))
                    .map_err(|e| e.to_string()),
                None => Ok(ready.into_par_iter().map(code).collect()),
            }
        });
        let coded = coded.map_err(PyRuntimeError::new_err)?;
        Ok((coded, warnings))
    }
}

fn to_json(events: &[EventRecord]) -> PyResult<Vec<String>> {
    events
        .iter()
        .map(|e| serde_json::to_string(e).map_err(|e| PyRuntimeError::new_err(e.to_string())))
        .collect()
}

#[pymethods]
impl Coder {
    /// Loads the knowledge base, and the PETRARCH dictionaries in `dicts` on top of it.
    #[new]
    #[pyo3(signature = (dicts = Vec::new()))]
    fn new(dicts: Vec<PathBuf>) -> PyResult<Self> {
        let mut kb = dragoman_kb_image::builtin().map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        for path in &dicts {
            kb.import_petrarch(path, false)
                .map_err(|e| PyValueError::new_err(format!("{}: {e}", path.display())))?;
        }
        let inner = dragoman_coder::Coder::new(Arc::new(kb)).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(Coder { inner })
    }

    /// Codes one text: its events as JSON objects (one string each), and warnings.
    #[pyo3(signature = (text, date = None, id = None, url = None))]
    fn code(
        &self,
        py: Python<'_>,
        text: String,
        date: Option<String>,
        id: Option<String>,
        url: Option<String>,
    ) -> PyResult<(Vec<String>, Vec<String>)> {
        let (coded, warnings) = self.code_all(py, vec![(text, date, id, url)], Some(1))?;
        let events: Vec<EventRecord> = coded.into_iter().flat_map(|(_, e)| e).collect();
        Ok((to_json(&events)?, warnings))
    }

    /// Codes many documents in parallel: each document's events as JSON strings.
    #[pyo3(signature = (docs, threads = None))]
    fn code_many(
        &self,
        py: Python<'_>,
        docs: Vec<Doc>,
        threads: Option<usize>,
    ) -> PyResult<(Vec<Vec<String>>, Vec<String>)> {
        let (coded, warnings) = self.code_all(py, docs, threads)?;
        let out = coded.iter().map(|(_, e)| to_json(e)).collect::<PyResult<Vec<_>>>()?;
        Ok((out, warnings))
    }

    /// Codes many documents and writes their events as Parquet bytes with the columns of
    /// `dragoman export --format parquet` (cluster columns describe each event alone).
    #[pyo3(signature = (docs, threads = None))]
    fn code_parquet(
        &self,
        py: Python<'_>,
        docs: Vec<Doc>,
        threads: Option<usize>,
    ) -> PyResult<(Py<PyBytes>, Vec<String>)> {
        let (coded, warnings) = self.code_all(py, docs, threads)?;
        let mut buf = Vec::new();
        let mut w = dragoman_store::ParquetOut::new(&mut buf).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        let mut id = 0;
        for (doc, events) in coded {
            for record in events {
                id += 1;
                let ev = unstored(id, &doc, record);
                w.write(&ev).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
            }
        }
        w.finish().map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok((PyBytes::new_bound(py, &buf).unbind(), warnings))
    }

    /// The account `dragoman explain` gives of a text.
    #[pyo3(signature = (text, date = None))]
    fn explain(&self, py: Python<'_>, text: String, date: Option<String>) -> PyResult<String> {
        let published = parse_date("date", date.as_deref())?;
        let doc = Document::new("text", text).with_date(published);
        Ok(py.allow_threads(|| {
            let a = self.inner.analyse(&doc);
            self.inner.explain(&a)
        }))
    }

    /// Ranked knowledge-base readings of a name, as JSON objects (one string each).
    #[pyo3(signature = (name, date = None, limit = 5))]
    fn kb_lookup(&self, name: String, date: Option<String>, limit: usize) -> PyResult<Vec<String>> {
        let date = parse_date("date", date.as_deref())?.unwrap_or_else(|| chrono::Utc::now().date_naive());
        let kb = self.inner.kb();
        Ok(kb
            .lookup(&name, date)
            .iter()
            .take(limit)
            .map(|c| {
                let e = kb.entity(c.entity);
                serde_json::json!({
                    "name": &*e.name,
                    "kind": e.kind.as_str(),
                    "code": e.code_on(date),
                    "id": &*e.id,
                    "matched_as": c.alias_kind.as_str(),
                    "how": c.how,
                    "score": c.score,
                })
                .to_string()
            })
            .collect())
    }
}

/// An event that was never stored, with its document, as the Parquet writer takes it.
fn unstored(id: i64, doc: &Document, record: EventRecord) -> StoredEvent {
    let offset = record.evidence.offset as usize;
    let sentence_char_offset = doc.text.get(..offset).map_or(0, |t| t.chars().count()) as i64;
    StoredEvent {
        id,
        record,
        cluster: None,
        doc_key: doc.id.clone(),
        input: Some("python".into()),
        url: doc.url.clone(),
        title: doc.title.clone(),
        site: doc.source.clone(),
        published: doc.published.map(|d| d.to_string()),
        lang: doc.lang.clone(),
        tone: Some(dragoman_text::tone::tone(&doc.text)),
        doc_chars: doc.text.chars().count() as i64,
        sentence_char_offset,
        mentions: 1,
        articles: 1,
        sources: 1,
        ingested_at: String::new(),
    }
}

#[pymodule]
fn _dragoman(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Coder>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
