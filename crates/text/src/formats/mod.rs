//! Reading documents from whatever a news pile holds: HTML pages (main text by
//! trafilatura, dom_smoothie when it finds nothing), RSS/Atom/JSON feeds, WARC archives,
//! gzip of any of these, JSON lines, CSV and plain text. The format is told by content,
//! the file name only breaking ties. Nothing here panics on bad bytes: an input that
//! cannot be read is an error naming it; a bad record inside one is skipped and noted.

pub mod charset;
pub mod feed;
pub mod html;
pub mod petrarch;
pub mod warc;

use std::io::Read;

use chrono::NaiveDate;

use crate::read::{read_input, Batch, InputError};

/// What an input turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Gzip,
    Warc,
    Feed,
    Html,
    /// PETRARCH's `<Sentences>` XML.
    PetrarchXml,
    /// JSON lines, JSON, CSV or plain text (see [`crate::read`]).
    Text,
}

/// Largest input read, decompressed (an input beyond it is skipped).
pub const DEFAULT_MAX_BYTES: u64 = 100 * 1024 * 1024;

pub fn sniff(name: &str, bytes: &[u8]) -> Kind {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Kind::Gzip;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let start = String::from_utf8_lossy(head);
    let t = start.trim_start_matches('\u{feff}').trim_start();
    let lower = t.get(..t.len().min(1024)).unwrap_or(t).to_ascii_lowercase();
    if t.starts_with("WARC/") {
        return Kind::Warc;
    }
    if lower.starts_with('<') && petrarch::looks_like(&start.to_ascii_lowercase()) {
        return Kind::PetrarchXml;
    }
    if (lower.starts_with("<?xml")
        || lower.starts_with("<rss")
        || lower.starts_with("<feed")
        || lower.starts_with("<rdf:rdf"))
        && (lower.contains("<rss")
            || lower.contains("<feed")
            || lower.contains("<rdf:rdf")
            || lower.contains("<channel"))
    {
        return Kind::Feed;
    }
    if t.starts_with('{') && lower.contains("jsonfeed.org/version") {
        return Kind::Feed;
    }
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.contains("<html")
        || (lower.starts_with('<') && (lower.contains("<head") || lower.contains("<body") || lower.contains("<p>")))
    {
        return Kind::Html;
    }
    let n = name.to_ascii_lowercase();
    if n.ends_with(".html") || n.ends_with(".htm") {
        return Kind::Html;
    }
    if n.ends_with(".rss") || n.ends_with(".atom") || (n.ends_with(".xml") && lower.starts_with('<')) {
        return Kind::Feed;
    }
    Kind::Text
}

/// Decompresses gzip (all members), refusing more than `max` bytes of output.
pub fn gunzip(name: &str, bytes: &[u8], max: u64) -> Result<Vec<u8>, InputError> {
    let mut out = Vec::new();
    let mut d = flate2::read::MultiGzDecoder::new(bytes).take(max + 1);
    d.read_to_end(&mut out).map_err(|e| InputError::Unreadable {
        input: name.into(),
        detail: format!("corrupt gzip ({e})"),
    })?;
    if out.len() as u64 > max {
        return Err(InputError::TooLarge {
            input: name.into(),
            limit: max,
        });
    }
    Ok(out)
}

/// How inputs are read, and what fills in a document's missing date.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// The publication date of documents for which neither the input nor the text's
    /// first lines give one (`--date`). None leaves them undated.
    pub default_date: Option<NaiveDate>,
    /// Largest input read, decompressed.
    pub max_bytes: u64,
    /// Today: a publication date after it is an error in the input, and is dropped.
    pub today: NaiveDate,
    /// The language of every document (`--lang`), over what the input says or
    /// [`crate::lang::detect`] finds. None: the input's, else detected.
    pub lang: Option<String>,
}

impl ReadOptions {
    pub fn new(default_date: Option<NaiveDate>) -> ReadOptions {
        ReadOptions {
            default_date,
            max_bytes: DEFAULT_MAX_BYTES,
            today: chrono::Utc::now().date_naive(),
            lang: None,
        }
    }

    pub fn lang(mut self, lang: Option<String>) -> ReadOptions {
        self.lang = lang;
        self
    }

    pub fn max_bytes(mut self, max: u64) -> ReadOptions {
        self.max_bytes = max;
        self
    }
}

/// Reads one input of any format into documents, each with its publication date
/// settled (see [`settle`]) and its language identified when the input does not say.
pub fn read_any(name: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Batch, InputError> {
    let mut batch = read_kind(name, bytes, opts.max_bytes)?;
    settle(&mut batch, opts);
    Ok(batch)
}

/// A document's date is, in order: the input's own (field, page or feed metadata, WARC
/// date), a dateline or "published" line at the head of the text, `--date`. A date after
/// today is an error in the input: it is reported and not used. Documents left without a
/// date are listed in `batch.undated`. The language is identified when the input does
/// not give it.
pub fn settle(batch: &mut Batch, opts: &ReadOptions) {
    for d in &mut batch.docs {
        if let Some(p) = d.published.filter(|p| *p > opts.today) {
            batch
                .notes
                .push(format!("{}: publication date {p} is in the future; not used", d.id));
            d.published = None;
        }
        if d.published.is_none() {
            d.published = crate::read::dateline(&d.text).filter(|p| *p <= opts.today);
        }
        if d.published.is_none() {
            d.published = opts.default_date;
        }
        if d.published.is_none() {
            batch.undated.push(d.id.clone());
        }
        if let Some(lang) = &opts.lang {
            d.lang = Some(lang.clone());
        } else if d.lang.is_none() {
            d.lang = crate::lang::detect(&d.text).map(|l| l.code.to_string());
        }
    }
}

fn read_kind(name: &str, bytes: &[u8], max: u64) -> Result<Batch, InputError> {
    if bytes.len() as u64 > max {
        return Err(InputError::TooLarge {
            input: name.into(),
            limit: max,
        });
    }
    match sniff(name, bytes) {
        Kind::Gzip => {
            let inner = gunzip(name, bytes, max)?;
            let inner_name = name.strip_suffix(".gz").unwrap_or(name);
            if matches!(sniff(inner_name, &inner), Kind::Gzip) {
                return Err(InputError::Unreadable {
                    input: name.into(),
                    detail: "gzip inside gzip".into(),
                });
            }
            read_kind(inner_name, &inner, max).map(|mut b| {
                for d in &mut b.docs {
                    if d.id == inner_name {
                        d.id = name.to_string();
                    }
                }
                b
            })
        }
        Kind::Warc => warc::read(name, bytes),
        Kind::Feed => feed::read(name, bytes),
        Kind::Html => {
            let doc = html::read(name, bytes, None, None)?;
            Ok(Batch {
                docs: vec![doc],
                ..Batch::default()
            })
        }
        Kind::PetrarchXml => {
            let (text, _) = charset::decode(bytes, None);
            petrarch::read(name, &text)
        }
        Kind::Text => read_input(name, bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_content() {
        assert_eq!(sniff("a", b"\x1f\x8b\x08"), Kind::Gzip);
        assert_eq!(sniff("a", b"WARC/1.0\r\n"), Kind::Warc);
        assert_eq!(sniff("a", b"<?xml version='1.0'?><rss><channel>"), Kind::Feed);
        assert_eq!(sniff("a", b"<feed xmlns='http://www.w3.org/2005/Atom'>"), Kind::Feed);
        assert_eq!(sniff("a.txt", b"<!DOCTYPE html><html>"), Kind::Html);
        assert_eq!(
            sniff(
                "a",
                b"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}"
            ),
            Kind::Feed
        );
        assert_eq!(sniff("a.jsonl", b"{\"text\": \"x\"}"), Kind::Text);
        assert_eq!(sniff("story.txt", b"Plain words."), Kind::Text);
    }

    #[test]
    fn corrupt_gzip_is_an_error_naming_the_input() {
        let err = read_any("bad.html.gz", b"\x1f\x8b\x08\x00garbage", &ReadOptions::new(None)).unwrap_err();
        assert!(err.to_string().starts_with("bad.html.gz: corrupt gzip"), "{err}");
        let err = read_any("big.txt", &vec![b'a'; 2048], &ReadOptions::new(None).max_bytes(1024)).unwrap_err();
        assert!(matches!(err, InputError::TooLarge { .. }));
    }
}
