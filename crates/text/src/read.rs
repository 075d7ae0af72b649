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
    /// Ids of the documents left without a publication date (see
    /// [`crate::formats::settle`]): their relative dates cannot be resolved.
    pub undated: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    JsonLines,
    JsonArray,
    /// One JSON object, however it is laid out.
    JsonObject,
    /// Starts like JSON and is not: an error, not text to code.
    BrokenJson,
    Csv,
}

/// Reads one input. `name` names it in messages and becomes the id of a plain-text
/// document. Dates are the input's own: [`crate::formats::read_any`] settles the rest.
pub fn read_input(name: &str, bytes: &[u8]) -> Result<Batch, InputError> {
    let mut batch = Batch::default();
    let text = decode(name, bytes, &mut batch.notes)?;
    if text.trim().is_empty() {
        return Err(InputError::Empty { input: name.into() });
    }
    match detect_format(name, &text) {
        Format::Text => batch.docs.push(Document::new(name, text.into_owned())),
        Format::JsonLines => read_json_lines(name, &text, &mut batch),
        Format::JsonArray => read_json_array(name, &text, &mut batch),
        Format::JsonObject => read_json_object(name, &text, &mut batch),
        Format::BrokenJson => {
            let detail = serde_json::from_str::<Value>(&text)
                .err()
                .map_or_else(String::new, |e| format!(" ({e})"));
            return Err(InputError::Unreadable {
                input: name.into(),
                detail: format!("starts like JSON but is not valid JSON{detail}"),
            });
        }
        Format::Csv => read_csv(name, &text, &mut batch),
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
    let end = text.trim_end();
    if trimmed.starts_with('{') {
        let first = trimmed.lines().next().unwrap_or("");
        if serde_json::from_str::<Value>(first).is_ok_and(|v| v.is_object()) {
            return Format::JsonLines;
        }
        if serde_json::from_str::<Value>(trimmed).is_ok_and(|v| v.is_object()) {
            return Format::JsonObject;
        }
        if end.ends_with('}') {
            return Format::BrokenJson;
        }
    }
    if let Some(inner) = trimmed.strip_prefix('[') {
        if serde_json::from_str::<Vec<Value>>(trimmed).is_ok() {
            return Format::JsonArray;
        }
        if end.ends_with(']') && inner.trim_start().starts_with(['{', '"', ']']) {
            return Format::BrokenJson;
        }
    }
    if name.to_ascii_lowercase().ends_with(".csv") {
        return Format::Csv;
    }
    Format::Text
}

// Field names are compared lower-cased and without `_` or `-`: `articleBody`,
// `article_body` and `ARTICLE-BODY` are one key.
const ID_KEYS: &[&str] = &["id", "docid", "documentid", "uuid", "guid"];
const TEXT_KEYS: &[&str] = &[
    "text",
    "doctext",
    "body",
    "articlebody",
    "maintext",
    "content",
    "article",
    "story",
    "sentence",
];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "publicationdate",
    "datepublished",
    "datepublish",
    "publishedat",
    "pubdate",
    "datetime",
    "timestamp",
];
const URL_KEYS: &[&str] = &["url", "link", "sourceurl"];
const SOURCE_KEYS: &[&str] = &["source", "site", "publisher", "sourcedomain", "sourcename"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const LANG_KEYS: &[&str] = &["lang", "language"];

/// A run of JSON lines that starts at line `first_line` (1-based) of input `name`: for
/// reading a large input in pieces, with ids and messages numbering lines as in the
/// whole input. Dates are the records' own ([`crate::formats::settle`] settles the rest).
pub fn read_json_lines_from(name: &str, bytes: &[u8], first_line: usize) -> Batch {
    let mut batch = Batch::default();
    match decode(name, bytes, &mut batch.notes) {
        Ok(text) => read_json_lines_at(name, &text, first_line, &mut batch),
        Err(e) => batch.skipped.push(Skipped::new(name, Some(first_line), e.to_string())),
    }
    batch
}

fn read_json_lines(name: &str, text: &str, batch: &mut Batch) {
    read_json_lines_at(name, text, 1, batch);
}

fn read_json_lines_at(name: &str, text: &str, first_line: usize, batch: &mut Batch) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let line_no = first_line + i;
        match serde_json::from_str::<Value>(line) {
            Ok(v) => push_record(name, line_no, &v, batch),
            Err(e) => batch.skipped.push(Skipped {
                input: name.into(),
                line: Some(line_no),
                reason: format!("not a JSON object ({e})"),
            }),
        }
    }
}

fn read_json_array(name: &str, text: &str, batch: &mut Batch) {
    if let Ok(records) = serde_json::from_str::<Vec<Value>>(text) {
        for (i, v) in records.iter().enumerate() {
            push_record(name, i + 1, v, batch);
        }
    }
}

/// A single JSON object: one document record, or (a map of ids to records, a
/// configuration, an API response) not a document, reported as such.
fn read_json_object(name: &str, text: &str, batch: &mut Batch) {
    let Ok(v) = serde_json::from_str::<Value>(text) else {
        return;
    };
    let is_record = v
        .as_object()
        .is_some_and(|o| o.keys().any(|k| TEXT_KEYS.contains(&normalized(k).as_str())));
    if is_record {
        push_record(name, 1, &v, batch);
    } else {
        batch.skipped.push(Skipped::new(
            name,
            None,
            "a JSON object that is not a document record (no `text`, `body` or `articleBody` field)",
        ));
    }
}

fn normalized(key: &str) -> String {
    key.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

fn push_record(name: &str, line: usize, v: &Value, batch: &mut Batch) {
    let Some(obj) = v.as_object() else {
        batch.skipped.push(Skipped {
            input: name.into(),
            line: Some(line),
            reason: "not a JSON object".into(),
        });
        return;
    };
    let field = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| obj.iter().find(|(key, _)| normalized(key) == *k).map(|(_, v)| v))
            .and_then(value_text)
    };
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
        Some(d) => {
            let date = parse_date(&d);
            if date.is_none() {
                batch
                    .notes
                    .push(format!("{name}:{line}: unreadable date `{d}`; not used"));
            }
            date
        }
        None => None,
    };
    batch.docs.push(Document {
        id,
        url: field(URL_KEYS),
        source: field(SOURCE_KEYS),
        published: date,
        title: field(TITLE_KEYS),
        text,
        lang: field(LANG_KEYS),
    });
}

fn value_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read_csv(name: &str, text: &str, batch: &mut Batch) {
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
                push_record(name, line, &Value::Object(obj), batch);
            }
            Err(e) => batch.skipped.push(Skipped {
                input: name.into(),
                line: Some(line),
                reason: format!("bad CSV record ({e})"),
            }),
        }
    }
}

/// Labels that introduce a publication date on a line of its own.
const DATE_LABELS: &[&str] = &[
    "this story is from",
    "published on",
    "published:",
    "published",
    "posted on",
    "posted:",
    "posted",
    "updated on",
    "updated:",
    "updated",
    "first published on",
    "first published",
    "date:",
    "publicado el",
    "publicado:",
    "publicado",
    "actualizado el",
    "actualizado:",
    "actualizado",
    "fecha:",
];

/// Spanish month names, for datelines written in Spanish ("Bogotá, 3 de marzo de 2024").
const SPANISH_MONTHS: &[(&str, &str)] = &[
    ("enero", "January"),
    ("febrero", "February"),
    ("marzo", "March"),
    ("abril", "April"),
    ("mayo", "May"),
    ("junio", "June"),
    ("julio", "July"),
    ("agosto", "August"),
    ("septiembre", "September"),
    ("setiembre", "September"),
    ("octubre", "October"),
    ("noviembre", "November"),
    ("diciembre", "December"),
];

/// "3 de marzo de 2024", "lunes 3 de marzo del 2024" as "3 March 2024" (None when it is
/// not a Spanish date).
fn spanish_date(s: &str) -> Option<String> {
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| w.trim_matches([',', '.']).to_lowercase())
        .filter(|w| !matches!(w.as_str(), "de" | "del"))
        .collect();
    let at = words.iter().position(|w| SPANISH_MONTHS.iter().any(|(m, _)| m == w))?;
    let (day, year) = (words.get(at.checked_sub(1)?)?, words.get(at + 1)?);
    let english = SPANISH_MONTHS.iter().find(|(m, _)| *m == words[at])?.1;
    Some(format!("{day} {english} {year}"))
}

/// A publication date stated at the head of an article, where news sites and agencies
/// put it: a labelled line ("This story is from March 10, 2002", "Published: 2025-02-27"),
/// a line that is only a date, or an agency dateline before the first dash ("LONDON, 27
/// February 2025 —"). Dates elsewhere are about events, not publication, and are not taken.
pub fn dateline(text: &str) -> Option<NaiveDate> {
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(3);
    for (i, line) in lines.enumerate() {
        let head: String = line.chars().take(120).collect();
        let lower = head.to_lowercase();
        if let Some(rest) = DATE_LABELS.iter().find_map(|l| lower.strip_prefix(l)) {
            let rest = &head[head.len() - rest.len()..];
            if let Some(d) = leading_date(rest.trim_start_matches([':', ' ', '-'])) {
                return Some(d);
            }
        }
        if line.chars().count() <= 40 {
            if let Some(d) = leading_date(line) {
                return Some(d);
            }
        }
        if i == 0 {
            if let Some(d) = agency_dateline(&head) {
                return Some(d);
            }
        }
    }
    None
}

/// "LONDON, 27 February 2025 — ..." / "Kabul, Feb. 27, 2025 (AFP) - ...": the date
/// between the first comma and the dash or bracket that ends the dateline.
fn agency_dateline(line: &str) -> Option<NaiveDate> {
    let end = line.find(['—', '–', '(']).or_else(|| line.find(" - "))?;
    let (place, date) = line[..end].split_once(',')?;
    if place.split_whitespace().count() > 4 {
        return None;
    }
    leading_date(date.trim())
}

/// A date at the start of `s` (its first one to six words: "lunes 3 de marzo de 2024").
fn leading_date(s: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    (1..=words.len())
        .rev()
        .find_map(|n| parse_date(&words[..n].join(" ").replace('.', "")))
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
    let cleaned = spanish_date(s).unwrap_or_else(|| s.replace(',', " "));
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
    fn spanish_datelines_and_dates() {
        assert_eq!(parse_date("3 de marzo de 2024"), NaiveDate::from_ymd_opt(2024, 3, 3));
        assert_eq!(
            parse_date("lunes, 14 de octubre del 2019"),
            NaiveDate::from_ymd_opt(2019, 10, 14)
        );
        assert_eq!(
            dateline("Bogotá, 3 de marzo de 2024 (EFE) - La Policía detuvo…"),
            NaiveDate::from_ymd_opt(2024, 3, 3)
        );
        assert_eq!(
            dateline("Publicado el 12 de julio de 2023\nEl texto."),
            NaiveDate::from_ymd_opt(2023, 7, 12)
        );
        assert_eq!(parse_date("3 de marzo"), None);
    }

    #[test]
    fn plain_text_is_one_document_named_after_the_input() {
        let b = read_input("a.txt", b"Russia and Turkey met.").unwrap();
        assert_eq!(b.docs.len(), 1);
        assert_eq!(b.docs[0].id, "a.txt");
        assert_eq!(b.docs[0].published, None);
    }

    #[test]
    fn json_lines_with_bad_records_are_read_and_reported() {
        let input = br#"{"id":"x","text":"One.","date":"2024-01-02"}
not json
{"id":"y","title":"no text"}
{"doc_id":7,"doc_text":"Two."}
"#;
        let b = read_input("in.jsonl", input).unwrap();
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.docs[0].published, date("2024-01-02"));
        assert_eq!(b.docs[1].id, "7");
        assert_eq!(b.docs[1].published, None);
        assert_eq!(b.skipped.len(), 2);
        assert_eq!(b.skipped[0].line, Some(2));
        assert!(b.skipped[1].reason.contains("no `text`"));
    }

    #[test]
    fn bad_inputs_are_clear_errors() {
        assert!(matches!(read_input("e.txt", b""), Err(InputError::Empty { .. })));
        assert!(matches!(read_input("e.txt", b"  \n\n"), Err(InputError::Empty { .. })));
        let bin = [0u8, 1, 2, 3, 255, 254, 0, 7];
        let err = read_input("b.bin", &bin).unwrap_err();
        assert!(err.to_string().starts_with("b.bin: binary data"));
        let err = read_input("x.jsonl", b"{\"title\":\"t\"}\n").unwrap_err();
        assert!(matches!(err, InputError::NoDocuments { skipped: 1, .. }));
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252() {
        let b = read_input("l.txt", b"Caf\xe9 talks in Ankara.").unwrap();
        assert_eq!(b.docs[0].text, "Café talks in Ankara.");
        assert_eq!(b.notes.len(), 1);
    }

    #[test]
    fn csv_with_a_text_column() {
        let input =
            b"\"\",\"date\",\"text\",\"source\"\n\"3\",2019-04-10,\"Baghdad and Washington are in talks.\",\"g\"\n";
        let b = read_input("g.csv", input).unwrap();
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
        assert_eq!(dateline("Kabul, Feb. 27, 2025 (AFP) - Talks"), date("2025-02-27"));
        assert_eq!(
            dateline("Published: 2025-02-27T08:00Z\nTalks resumed."),
            date("2025-02-27")
        );
        assert_eq!(
            dateline("Talks in Rome\n3 March 2024\n\nThe ministers met."),
            date("2024-03-03")
        );
        assert_eq!(dateline("No date here at all."), None);
        // A date inside the story is about an event, not the publication.
        assert_eq!(
            dateline("the mosque was demolished on December 6, 1992, and the dispute went on."),
            None
        );
    }

    #[test]
    fn json_objects_that_are_not_documents_are_reported() {
        let pretty = b"{\n  \"a1\": {\n    \"articleBody\": \"Kenya and Uganda signed a deal.\"\n  }\n}\n";
        let err = read_input("truth.json", pretty).unwrap_err();
        assert!(matches!(err, InputError::NoDocuments { skipped: 1, .. }), "{err}");
        let one_line = b"{\"a1\": {\"articleBody\": \"Kenya and Uganda signed a deal.\"}}";
        assert!(read_input("truth.json", one_line).is_err());
        let record =
            b"{\n \"articleBody\": \"Kenya and Uganda signed a deal.\",\n \"datePublished\": \"2024-05-01\"\n}";
        let b = read_input("page.json", record).unwrap();
        assert_eq!(b.docs[0].text, "Kenya and Uganda signed a deal.");
        assert_eq!(b.docs[0].published, date("2024-05-01"));
        let broken = b"{\"text\": \"unterminated }";
        let err = read_input("b.json", broken).unwrap_err();
        assert!(err.to_string().contains("not valid JSON"), "{err}");
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
