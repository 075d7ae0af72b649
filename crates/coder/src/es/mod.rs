//! Spanish: the stages whose reading depends on the language's grammar, written for
//! Spanish word order and morphology. Everything else (mentions, quotations, verb
//! patterns, framing, dates, places, emission, records, explanations) is shared with
//! English and reads Spanish through the Spanish knowledge base
//! (`KnowledgeBase::spanish`) and word classes (`data/lexicon/es`).
//!
//! - [`actors`]: actor phrases in Spanish word order;
//! - [`time`]: Spanish time expressions, resolved like English ones;
//! - [`clauses`]: predicates from word order and verb morphology.

pub mod actors;
pub mod clauses;
pub mod time;
