//! dragoman's text layer: from bytes to repaired text, sentences and tokens.
//!
//! - [`formats`], [`read`]: input formats into [`dragoman_core::Document`]s, dates settled;
//! - [`lang`]: the language of a text;
//! - [`tone`]: GDELT-style tone (VADER lexicon);
//! - [`prepare`]: repair of damaged text, with an [`OffsetMap`] back to the original;
//! - [`segment`]: tokens and sentences as byte offsets;
//! - [`fold`]: the case- and accent-free key every lookup uses;
//! - [`words`]: closed-class English words and abbreviations.

pub mod fold;
#[cfg(feature = "formats")]
pub mod formats;
#[cfg(feature = "formats")]
pub mod lang;
pub mod offsets;
pub mod prepare;
#[cfg(feature = "formats")]
pub mod read;
pub mod segment;
pub mod tone;
pub mod words;

pub use fold::{fold, fold_into};
pub use offsets::OffsetMap;
pub use prepare::{prepare, NameOracle, NameStrength, Prepared, Repair, RepairKind};
pub use segment::{casing, sentences, tokenize, Casing, SentenceSpan, Shape, Token, TokenKind};
pub use words::{FunctionWords, WordClass};
