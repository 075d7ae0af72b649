//! dragoman's event store.
//!
//! A SQLite database (WAL, schema versioned by migrations) holding documents keyed by the
//! hash of their text (so ingesting the same input twice adds nothing), their events, and
//! event clusters: events with the same dyad, CAMEO root, date (±1 day when known to the
//! day) and place, as GDELT's mentions table groups them. Every mention keeps its
//! document and evidence. Writes happen in one transaction per batch, so a run killed
//! half-way leaves whole documents or none.

mod export;
mod filter;
mod query;
mod schema;
mod store;

pub use export::{gdelt_columns, ExportFormat, GDELT_COLUMNS};
pub use filter::{Filter, Sort};
pub use query::{
    ActorProfile, ActorSummary, DocumentView, DyadPoint, EventRow, NetworkEdge, NetworkNode, Overview, PlaceCount,
    SeriesPoint, StoredRecord, TopDyad,
};
pub use store::{content_hash, BatchStats, IngestDoc, Store, StoreError, StoreStats};
