use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One article as read from any input format, before any analysis.
///
/// `text` is the original text, never modified: every span produced later points into it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Document {
    /// The caller's id (JSONL `id`), else the file name, else a content hash.
    pub id: String,
    pub url: Option<String>,
    /// The publishing site or agency, when known.
    pub source: Option<String>,
    /// Publication date: the anchor for every relative date in the text.
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub text: String,
    /// ISO 639-1 language code when known.
    pub lang: Option<String>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    pub fn with_date(mut self, date: Option<NaiveDate>) -> Document {
        self.published = date;
        self
    }
}
