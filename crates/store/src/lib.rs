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

pub use export::fields::csv_safe;
pub use export::gdelt::{EVENT_COLUMNS as GDELT_EVENT_COLUMNS, MENTION_COLUMNS as GDELT_MENTION_COLUMNS};
pub use export::source::{ClusterFacts, StoredEvent};
pub use export::table::{ParquetOut, COLUMNS as TABLE_COLUMNS, ROWS_PER_GROUP};
pub use export::{ExportFormat, ExportOptions, ExportSummary, GdeltTable};
pub use filter::{parse_cameo, parse_country, parse_quad, parse_root, Filter, Sort};
pub use query::{
    ActorProfile, ActorSummary, DocumentView, DyadPoint, EventRow, NetworkEdge, NetworkNode, Overview, PlaceCount,
    SeriesPoint, TopDyad,
};
pub use store::{content_hash, BatchStats, IngestDoc, Store, StoreError, StoreStats};
