//! What the sentence coder needs to know of the document beyond its text.

use chrono::NaiveDate;

use crate::options::Options;

/// Per-document state the sentence coder needs.
pub struct Context {
    /// None when neither the input nor `--date` gives one: relative dates stay unresolved.
    pub published: Option<NaiveDate>,
    /// Date the discourse is about: the last explicit day named; None until one is (then
    /// "two days later" has nothing to count from; other expressions count from
    /// publication).
    pub reference: Option<NaiveDate>,
    pub options: Options,
    /// The country role nouns take when neither they nor the event's place say one, and
    /// how it was found ("from the dateline", "the country the document mentions most").
    pub country_hint: Option<(String, String)>,
}
