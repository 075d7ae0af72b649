//! WARC archives (uncompressed here; `.warc.gz` is gunzipped first): each HTML response
//! or resource record becomes a document. A truncated or malformed record is reported and
//! the records before it are kept.

use super::html;
use crate::read::{parse_date, Batch, InputError, Skipped};

/// One record: its headers and its block.
struct Record<'a> {
    headers: Vec<(String, String)>,
    block: &'a [u8],
}

impl Record<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Splits header lines `Name: value`.
fn headers(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

/// Parses records until the end, or until one is broken (returned as the error).
fn records(bytes: &[u8]) -> (Vec<Record<'_>>, Option<String>) {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        // Skip blank lines between records.
        while pos < bytes.len() && (bytes[pos] == b'\r' || bytes[pos] == b'\n') {
            pos += 1;
        }
        if pos >= bytes.len() {
            break;
        }
        if !bytes[pos..].starts_with(b"WARC/") {
            return (out, Some(format!("no WARC record at byte {pos}")));
        }
        let Some(head_end) = find(&bytes[pos..], b"\r\n\r\n").map(|p| pos + p) else {
            return (out, Some(format!("truncated record headers at byte {pos}")));
        };
        let head = String::from_utf8_lossy(&bytes[pos..head_end]).to_string();
        let hs = headers(head.split_once('\n').map_or("", |x| x.1));
        let length: Option<usize> = hs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.parse().ok());
        let Some(length) = length else {
            return (out, Some(format!("record at byte {pos} has no Content-Length")));
        };
        let start = head_end + 4;
        let Some(end) = start.checked_add(length).filter(|&e| e <= bytes.len()) else {
            return (
                out,
                Some(format!(
                    "truncated record at byte {pos}: {length} bytes announced, {} present",
                    bytes.len().saturating_sub(start)
                )),
            );
        };
        out.push(Record {
            headers: hs,
            block: &bytes[start..end],
        });
        pos = end;
    }
    (out, None)
}

/// Reads the HTML pages of a WARC file.
pub fn read(name: &str, bytes: &[u8]) -> Result<Batch, InputError> {
    let (recs, broken) = records(bytes);
    let mut batch = Batch::default();
    if let Some(b) = broken {
        batch.skipped.push(Skipped::new(name, None, b));
    }
    for (i, r) in recs.iter().enumerate() {
        let kind = r.header("WARC-Type").unwrap_or("").to_ascii_lowercase();
        let url = r.header("WARC-Target-URI").map(str::to_string);
        let crawled = r.header("WARC-Date").and_then(parse_date);
        let (content_type, body) = match kind.as_str() {
            "response" => {
                // An HTTP response: status line and headers, then the body.
                let Some(split) = find(r.block, b"\r\n\r\n") else {
                    batch
                        .skipped
                        .push(Skipped::new(name, Some(i + 1), "HTTP response without headers"));
                    continue;
                };
                let http = String::from_utf8_lossy(&r.block[..split]).to_string();
                let ct = headers(&http)
                    .into_iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("Content-Type"))
                    .map(|(_, v)| v);
                (ct, &r.block[split + 4..])
            }
            "resource" => (r.header("Content-Type").map(str::to_string), r.block),
            _ => continue, // warcinfo, request, metadata...
        };
        let ct = content_type.unwrap_or_default().to_ascii_lowercase();
        if !ct.is_empty() && !ct.contains("html") {
            continue;
        }
        let declared = ct
            .split("charset=")
            .nth(1)
            .map(|c| c.trim_matches(['"', ' ', ';']).to_string());
        let record_name = format!("{name}#{}", i + 1);
        let (text, _) = super::charset::decode(body, declared.as_deref());
        match html::read(&record_name, text.as_bytes(), url.as_deref(), crawled) {
            Ok(d) => batch.docs.push(d),
            Err(e) => batch.skipped.push(Skipped::new(name, Some(i + 1), e.to_string())),
        }
    }
    if batch.docs.is_empty() {
        return Err(InputError::NoDocuments {
            input: name.into(),
            skipped: batch.skipped.len(),
        });
    }
    Ok(batch)
}

#[cfg(test)]
pub(crate) fn record(uri: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-14T10:00:00Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn page(words: &str) -> String {
        format!(
            "<html><head><title>T</title></head><body><article><p>{}</p></article></body></html>",
            words.repeat(10)
        )
    }

    #[test]
    fn reads_responses_and_survives_truncation() {
        let mut w = record(
            "https://example.org/1",
            &page("Chinese and Indian diplomats met in Beijing on Friday. "),
        );
        w.extend(record(
            "https://example.org/2",
            &page("Japan praised South Korea for the agreement on Monday. "),
        ));
        let b = read("a.warc", &w).unwrap();
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.docs[0].url.as_deref(), Some("https://example.org/1"));
        assert_eq!(b.docs[0].published, NaiveDate::from_ymd_opt(2025, 3, 14));
        let cut = &w[..w.len() - 200];
        let b = read("cut.warc", cut).unwrap();
        assert_eq!(b.docs.len(), 1);
        assert!(b.skipped[0].reason.contains("truncated record"), "{:?}", b.skipped);
        assert!(read("only.warc", &w[..100]).is_err());
    }
}
