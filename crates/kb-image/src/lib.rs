//! dragoman's built-in knowledge bases, ready at start-up.
//!
//! [`dragoman_kb::KnowledgeBase::builtin`] and [`dragoman_kb::KnowledgeBase::spanish`]
//! compile the tables under `data/` (tokenizing, folding and indexing ~180,000 names; for
//! Spanish also ~116,000 verb forms), which takes about half a second for English and more
//! than a second for Spanish. This crate's build script does that once, at build time, and
//! embeds the results as images; [`builtin`] and [`spanish`] read them back in a fraction
//! of the time and give the same knowledge bases.
//!
//! Invariant: the images are built from the very `dragoman-kb` this crate links, so they
//! can never be stale (`tests/same_as_compiled.rs` checks that reading gives what
//! compiling gives).

use dragoman_kb::{KbError, KnowledgeBase};

/// The images written by `build.rs`.
static ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english.kb"));
static SPANISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/spanish.kb"));

/// The built-in (English) knowledge base, read from the image compiled at build time.
pub fn builtin() -> Result<KnowledgeBase, KbError> {
    KnowledgeBase::from_image(ENGLISH)
}

/// The Spanish knowledge base, read from the image compiled at build time.
pub fn spanish() -> Result<KnowledgeBase, KbError> {
    KnowledgeBase::from_image(SPANISH)
}

/// The embedded English and Spanish images, as the build script wrote them.
pub fn images() -> (&'static [u8], &'static [u8]) {
    (ENGLISH, SPANISH)
}
