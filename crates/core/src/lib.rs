//! dragoman's data model.
//!
//! One [`Document`] flows through the pipeline; every annotation is a [`Span`] of byte
//! offsets into the document's *original* text, so evidence can always be shown where it
//! was read. The coder's output is the [`EventRecord`], whose JSON form is the contract of
//! `dragoman code --format jsonl` (see DESIGN.md). The CAMEO and PLOVER ontologies are
//! data (`data/ontology/*.tsv`) compiled into the binary and loaded once by
//! [`Ontology::get`]; country and division reference data for exports by [`geo::Geo::get`].

mod document;
mod event;
pub mod geo;
mod ontology;
mod span;
pub mod tsv;

pub use document::Document;
pub use event::{ActorRecord, DatePrecision, EventRecord, Evidence, LocationRecord, Modality, PloverRecord};
pub use ontology::{cameo_root, is_violent, CameoEvent, Ontology, PloverMapping, PloverType};
pub use span::Span;
