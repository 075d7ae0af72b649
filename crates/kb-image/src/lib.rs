//! dragoman's built-in knowledge base, ready at start-up.
//!
//! [`dragoman_kb::KnowledgeBase::builtin`] compiles the tables under `data/` (tokenizing,
//! folding and indexing ~180,000 names), which takes most of a second. This crate's build
//! script does that once, at build time, and embeds the result as an image; [`builtin`]
//! reads it back in a fraction of the time, and gives the same knowledge base.
//!
//! Invariant: the image is built from the very `dragoman-kb` this crate links, so it can
//! never be stale; [`dragoman_kb::KnowledgeBase::from_builtin_image`] still checks the
//! verb tables' fingerprint and refuses an image from other tables.

use dragoman_kb::{KbError, KnowledgeBase};

/// The English knowledge base image written by `build.rs`.
static ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english.kb"));

/// The built-in (English) knowledge base, read from the image compiled at build time.
pub fn builtin() -> Result<KnowledgeBase, KbError> {
    KnowledgeBase::from_builtin_image(ENGLISH)
}

/// Size of the embedded image in bytes (for `dragoman kb stats`).
pub fn image_len() -> usize {
    ENGLISH.len()
}
