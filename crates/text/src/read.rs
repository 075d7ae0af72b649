//! Input formats for `dragoman code`: plain text, JSON lines (or a JSON array), and CSV
//! with a `text` column. The format is told apart by content (CSV by its extension too).
//! A bad record inside a batch is skipped and reported; input where nothing at all can
//! be read is an error naming the input.

use chrono::NaiveDate;
use serde_json::Value;
use thiserror::Error;

use dragoman_core::Document;

#[derive(Debug, Error)]
pub enum InputError {
    #[error("{input}: empty input, nothing to code")]
    Empty { input: String },
    #[error("{input}: binary data (not text): {detail}")]
    Binary { input: String, detail: String },
    #[error("{input}: no document could be read ({skipped} record(s) skipped)")]
    NoDocuments { input: String, skipped: usize },
    #[error("{input}: {detail}")]
    Unreadable { input: String, detail: String },
    #[error("{input}: larger than the {limit}-byte limit (raise --max-bytes to read it)")]
    TooLarge { input: String, limit: u64 },
}

/// A record that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub input: String,
    /// 1-based line (JSONL, CSV) or record number.
    pub line: Option<usize>,
    pub reason: String,
}

impl Skipped {
    pub fn new(input: &str, line: Option<usize>, reason: impl Into<String>) -> Skipped {
        Skipped {
            input: input.into(),
            line,
            reason: reason.into(),
        }
    }
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.input, l, self.reason),
            None => write!(f, "{}: {}", self.input, self.reason),
        }
    }
}

/// What one input yielded.
#[derive(Debug, Default)]
pub struct Batch {
    pub docs: Vec<Document>,
    pub skipped: Vec<Skipped>,
    /// Notes about the input as a whole (e.g. "not UTF-8, read as Windows-1252").
    pub notes: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    JsonLines,
    JsonArray,
    Csv,
}

/// Reads one input. `name` names it in messages and becomes the id of a plain-text
/// document; `default_date` applies to documents that carry no date of their own.
pub fn read_input(name: &str, bytes: &[u8], default_date: Option<NaiveDate>) -> Result<Batch, InputError> {
    let mut batch = Batch::default();
    let text = decode(name, bytes, &mut batch.notes)?;
    if text.trim().is_empty() {
        return Err(InputError::Empty { input: name.into() });
    }
    match detect_format(name, &text) {
        Format::Text => batch
            .docs
            .push(Document::new(name, text.into_owned()).with_date(default_date)),
        Format::JsonLines => read_json_lines(name, &text, default_date, &mut batch),
        Format::JsonArray => read_json_array(name, &text, default_date, &mut batch),
        Format::Csv => read_csv(name, &text, default_date, &mut batch),
    }
    if batch.docs.is_empty() {
        return Err(InputError::NoDocuments {
            input: name.into(),
            skipped: batch.skipped.len(),
        });
    }
    Ok(batch)
}

/// UTF-8, else Windows-1252 for text that is not binary.
fn decode<'a>(name: &str, bytes: &'a [u8], notes: &mut Vec<String>) -> Result<std::borrow::Cow<'a, str>, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(detail) = binary_evidence(bytes) {
        return Err(InputError::Binary {
            input: name.into(),
            detail,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(std::borrow::Cow::Borrowed(s)),
        Err(e) => {
            notes.push(format!(
                "{name}: not valid UTF-8 (first bad byte at offset {}), read as Windows-1252",
                e.valid_up_to()
            ));
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(text)
        }
    }
}

/// NUL bytes or many control characters in the first 8 KiB mean binary data.
fn binary_evidence(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = memchr::memchr(0, head) {
        return Some(format!("NUL byte at offset {pos}"));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    (head.len() >= 64 && controls * 20 > head.len())
        .then(|| format!("{controls} control bytes in the first {} bytes", head.len()))
}

pub fn detect_format(name: &str, text: &str) -> Format {
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        let first = trimmed.lines().next().unwrap_or("");
        if serde_json::from_str::<Value>(first).is_ok_and(|v| v.is_object()) {
            return Format::JsonLines;
        }
    }
    if trimmed.starts_with('[') && serde_json::from_str::<Vec<Value>>(trimmed).is_ok() {
        return Format::JsonArray;
    }
    if name.to_ascii_lowercase().ends_with(".csv") {
        return Format::Csv;
    }
    Format::Text
}

const ID_KEYS: &[&str] = &["id", "doc_id", "document_id", "uuid", "guid"];
const TEXT_KEYS: &[&str] = &["text", "doc_text", "body", "content", "article", "story", "sentence"];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "publication_date",
    "pub_date",
    "pubdate",
    "datetime",
    "timestamp",
];

fn read_json_lines(name: &str, text: &str, default_date: Option<NaiveDate>, batch: &mut Batch) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let line_no = i + 1;
        match serde_json::from_str::<Value>(line) {
            Ok(v) => push_record(name, line_no, &v, default_date, batch),
            Err(e) => batch.skipped.push(Skipped {
                input: name.into(),
                line: Some(line_no),
                reason: format!("not a JSON object ({e})"),
            }),
        }
    }
}

fn read_json_array(name: &str, text: &str, default_date: Option<NaiveDate>, batch: &mut Batch) {
    if let Ok(records) = serde_json::from_str::<Vec<Value>>(text) {
        for (i, v) in records.iter().enumerate() {
            push_record(name, i + 1, v, default_date, batch);
        }
    }
}

fn push_record(name: &str, line: usize, v: &Value, default_date: Option<NaiveDate>, batch: &mut Batch) {
    let Some(obj) = v.as_object() else {
        batch.skipped.push(Skipped {
            input: name.into(),
            line: Some(line),
            reason: "not a JSON object".into(),
        });
        return;
    };
    let field = |keys: &[&str]| keys.iter().find_map(|k| obj.get(*k)).and_then(value_text);
    let Some(text) = field(TEXT_KEYS).filter(|t| !t.trim().is_empty()) else {
        batch.skipped.push(Skipped {
            input: name.into(),
            line: Some(line),
            reason: "record has no `text` field".into(),
        });
        return;
    };
    let id = field(ID_KEYS).unwrap_or_else(|| format!("{name}:{line}"));
    let date = match field(DATE_KEYS) {
        Some(d) => match parse_date(&d) {
            Some(date) => Some(date),
            None => {
                batch.skipped.push(Skipped {
                    input: name.into(),
                    line: Some(line),
                    reason: format!("unreadable date `{d}`; using the default date"),
                });
                default_date
            }
        },
        None => default_date,
    };
    batch.docs.push(Document {
        id,
        url: field(&["url", "link", "source_url"]),
        source: field(&["source", "site", "publisher"]),
        published: date,
        title: field(&["title", "headline"]),
        text,
        lang: field(&["lang", "language"]),
    });
}

fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_csv(name: &str, text: &str, default_date: Option<NaiveDate>, batch: &mut Batch) {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_ascii_lowercase()).collect(),
        Err(e) => {
            batch.skipped.push(Skipped {
                input: name.into(),
                line: Some(1),
                reason: format!("unreadable CSV header ({e})"),
            });
            return;
        }
    };
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        match record {
            Ok(r) => {
                let obj: serde_json::Map<String, Value> = headers
                    .iter()
                    .zip(r.iter())
                    .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
                    .collect();
                push_record(name, line, &Value::Object(obj), default_date, batch);
            }
            Err(e) => batch.skipped.push(Skipped {
                input: name.into(),
                line: Some(line),
                reason: format!("bad CSV record ({e})"),
            }),
        }
    }
}

/// A publication date stated at the head of an article: "This story is from March 10,
/// 2002", "LONDON, 27 February 2025 —", "2025-02-27". Looks at the first 300 characters
/// only, so dates inside the story are not taken for the publication date.
pub fn dateline(text: &str) -> Option<NaiveDate> {
    let head: String = text.chars().take(300).collect();
    let words: Vec<&str> = head
        .split(|c: char| c.is_whitespace() || c == ',' || c == '—')
        .filter(|w| !w.is_empty())
        .collect();
    for n in [4usize, 3] {
        for w in words.windows(n) {
            if let Some(d) = parse_date(&w.join(" ")) {
                return Some(d);
            }
        }
    }
    words
        .iter()
        .find_map(|w| (w.len() == 10).then(|| parse_date(w)).flatten())
}

/// Reads the date part of the formats news data uses: `2025-02-27`,
/// `2025-02-27T10:00:00Z`, `2025/02/27`, `20250227`, `27 February 2025`,
/// `February 27, 2025`, RFC 2822 (`Thu, 27 Feb 2025 10:00:00 +0000`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y/%m/%d") {
            return Some(d);
        }
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y%m%d") {
            return Some(d);
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    let cleaned = s.replace(',', " ");
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    for fmt in [
        "%d %B %Y",
        "%B %d %Y",
        "%d %b %Y",
        "%b %d %Y",
        "%A %d %B %Y",
        "%A %B %d %Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, fmt) {
            return Some(d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn plain_text_is_one_document_named_after_the_input() {
        let b = read_input("a.txt", b"Russia and Turkey met.", date("2025-02-27")).unwrap();
        assert_eq!(b.docs.len(), 1);
        assert_eq!(b.docs[0].id, "a.txt");
        assert_eq!(b.docs[0].published, date("2025-02-27"));
    }

    #[test]
    fn json_lines_with_bad_records_are_read_and_reported() {
        let input = br#"{"id":"x","text":"One.","date":"2024-01-02"}
not json
{"id":"y","title":"no text"}
{"doc_id":7,"doc_text":"Two."}
"#;
        let b = read_input("in.jsonl", input, date("2025-01-01")).unwrap();
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.docs[0].published, date("2024-01-02"));
        assert_eq!(b.docs[1].id, "7");
        assert_eq!(b.docs[1].published, date("2025-01-01"));
        assert_eq!(b.skipped.len(), 2);
        assert_eq!(b.skipped[0].line, Some(2));
        assert!(b.skipped[1].reason.contains("no `text`"));
    }

    #[test]
    fn bad_inputs_are_clear_errors() {
        assert!(matches!(read_input("e.txt", b"", None), Err(InputError::Empty { .. })));
        assert!(matches!(
            read_input("e.txt", b"  \n\n", None),
            Err(InputError::Empty { .. })
        ));
        let bin = [0u8, 1, 2, 3, 255, 254, 0, 7];
        let err = read_input("b.bin", &bin, None).unwrap_err();
        assert!(err.to_string().starts_with("b.bin: binary data"));
        let err = read_input("x.jsonl", b"{\"title\":\"t\"}\n", None).unwrap_err();
        assert!(matches!(err, InputError::NoDocuments { skipped: 1, .. }));
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252() {
        let b = read_input("l.txt", b"Caf\xe9 talks in Ankara.", None).unwrap();
        assert_eq!(b.docs[0].text, "Café talks in Ankara.");
        assert_eq!(b.notes.len(), 1);
    }

    #[test]
    fn csv_with_a_text_column() {
        let input =
            b"\"\",\"date\",\"text\",\"source\"\n\"3\",2019-04-10,\"Baghdad and Washington are in talks.\",\"g\"\n";
        let b = read_input("g.csv", input, None).unwrap();
        assert_eq!(b.docs.len(), 1);
        assert_eq!(b.docs[0].published, date("2019-04-10"));
    }

    #[test]
    fn datelines_at_the_head_of_a_story() {
        assert_eq!(
            dateline("This story is from March 10, 2002\n\nlucknow: the committee"),
            date("2002-03-10")
        );
        assert_eq!(dateline("LONDON, 27 February 2025 — Talks"), date("2025-02-27"));
        assert_eq!(dateline("No date here at all."), None);
    }

    #[test]
    fn dates_in_many_formats() {
        for s in [
            "2025-02-27",
            "2025-02-27T08:00:00Z",
            "2025/02/27",
            "20250227",
            "27 February 2025",
            "February 27, 2025",
            "Thu, 27 Feb 2025 10:00:00 +0000",
        ] {
            assert_eq!(parse_date(s), date("2025-02-27"), "{s}");
        }
        assert_eq!(parse_date("yesterday"), None);
        // Non-ASCII text where a date might be: no panic.
        assert_eq!(parse_date("in... Â Â hindi"), None);
        assert_eq!(dateline("Â Â Â Â Â 2002 ☃☃☃☃"), None);
    }
}
