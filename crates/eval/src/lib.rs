//! dragoman measures itself.
//!
//! - [`bench`]: documents, sentences and megabytes per second on real corpora, per stage,
//!   on one thread and on all cores, with start-up time and peak memory.

pub mod bench;
pub mod memory;
