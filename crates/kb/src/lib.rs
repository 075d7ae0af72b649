//! dragoman's knowledge base.
//!
//! Everything the coder knows about actors, places and verbs, loaded from the TSV tables
//! under `data/` (compiled into the binary) and, on request, from PETRARCH/TABARI-format
//! dictionaries. Names are compiled into a token trie ([`PhraseIndex`]) keyed by folded
//! words, so a sentence's mentions are found in one pass over its tokens. People carry
//! dated roles: the same name codes differently on different dates. A compiled knowledge
//! base can be written as a binary image and read back without compiling again
//! (`image.rs`; the `dragoman-kb-image` crate does so at build time).
//!
//! Invariants: every entity has a unique `id`; every alias in the name index points to
//! an existing entity; codes are upper-case CAMEO actor codes.

/// A table of `data/` compiled into the binary: (its path there, its text).
macro_rules! table {
    ($path:literal) => {
        ($path, include_str!(concat!("../../../data/", $path)))
    };
}

mod entity;
mod error;
mod exact;
mod export;
mod image;
mod kb;
pub mod morph;
pub mod names;
pub mod petrarch;
mod phrase;
mod spanish;
mod tables;
pub mod verbs;

pub use entity::{Entity, EntityId, EntityKind, Geo, OrgKind, Role, RoleKind};
pub use error::KbError;
pub use kb::{AliasKind, AliasRef, Candidate, KbStats, KnowledgeBase, Lexeme};
pub use phrase::{PhraseIndex, WordId};
pub use verbs::{CodePair, Pattern, PatternItem, VerbBlock, VerbDictionary, VerbEntry, VerbForm};
