//! An HTML page to a document: its main text (trafilatura; dom_smoothie's readability
//! when trafilatura finds too little), title, publication date, site and language.

use chrono::NaiveDate;

use dragoman_core::Document;

use super::charset;
use crate::read::{parse_date, InputError};

/// What extraction found in a page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extracted {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub site: Option<String>,
    pub lang: Option<String>,
    pub url: Option<String>,
    /// `trafilatura` or `dom_smoothie`.
    pub extractor: &'static str,
}

/// Below this many characters, trafilatura's result is taken as a miss.
const MIN_TEXT: usize = 200;

fn none_if_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Extracts the article of an HTML page (already decoded).
pub fn extract(html: &str, url: Option<&str>) -> Extracted {
    let mut opts = trafilatura::Options::default();
    if let Some(u) = url.and_then(url_parse) {
        opts = opts.with_url(u);
    }
    let mut out = Extracted::default();
    if let Ok(r) = trafilatura::extract(html, &opts) {
        let m = &r.metadata;
        out = Extracted {
            text: r.content_text.trim().to_string(),
            title: none_if_empty(&m.title),
            date: m.date,
            site: none_if_empty(&m.sitename).or_else(|| none_if_empty(&m.hostname)),
            lang: none_if_empty(&m.language),
            url: none_if_empty(&m.url),
            extractor: "trafilatura",
        };
    }
    if out.text.chars().count() < MIN_TEXT {
        if let Some(fallback) = readability(html, url) {
            if fallback.text.chars().count() > out.text.chars().count() {
                out = Extracted {
                    title: out.title.or(fallback.title),
                    date: out.date.or(fallback.date),
                    site: out.site.or(fallback.site),
                    lang: out.lang.or(fallback.lang),
                    url: out.url.or(fallback.url),
                    ..fallback
                };
            }
        }
    }
    out
}

fn readability(html: &str, url: Option<&str>) -> Option<Extracted> {
    let mut r = dom_smoothie::Readability::new(html, url, None).ok()?;
    let a = r.parse().ok()?;
    Some(Extracted {
        text: a.text_content.trim().to_string(),
        title: none_if_empty(&a.title),
        date: a.published_time.as_deref().and_then(parse_date),
        site: a.site_name.as_deref().and_then(none_if_empty),
        lang: a.lang.as_deref().and_then(none_if_empty),
        url: a.url.as_deref().and_then(none_if_empty),
        extractor: "dom_smoothie",
    })
}

/// Plain text of an HTML fragment (feed summaries): tags dropped, block ends as line
/// breaks, scripts and styles removed, the common entities decoded.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        rest = &after[gt + 1..];
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            match rest.to_ascii_lowercase().find(&close) {
                Some(p) => rest = &rest[p..],
                None => rest = "",
            }
            continue;
        }
        if matches!(
            name.as_str(),
            "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "tr"
        ) {
            out.push('\n');
        }
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    decoded
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after.find(';').filter(|&e| e <= 10);
        let Some(end) = end else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let name = &after[1..end];
        let ch = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "#39" => Some('\''),
            "nbsp" => Some(' '),
            "mdash" => Some('—'),
            "ndash" => Some('–'),
            "rsquo" => Some('’'),
            "lsquo" => Some('‘'),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            _ => name
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn url_parse(u: &str) -> Option<url::Url> {
    url::Url::parse(u).ok()
}

/// Reads an HTML page into a document. `url` is where it came from, when known;
/// `outside_date` a date known from outside the page (the feed item's, the crawl's), used
/// when the page's metadata gives none.
pub fn read(
    name: &str,
    bytes: &[u8],
    url: Option<&str>,
    outside_date: Option<NaiveDate>,
) -> Result<Document, InputError> {
    let (html, _) = charset::decode(bytes, None);
    let e = extract(&html, url);
    // A few words are navigation left over, not an article.
    if e.text.split_whitespace().count() < 8 {
        return Err(InputError::Unreadable {
            input: name.into(),
            detail: "HTML page without article text".into(),
        });
    }
    Ok(Document {
        id: name.to_string(),
        url: url.map(str::to_string).or(e.url),
        source: e.site,
        published: e.date.or(outside_date),
        title: e.title,
        text: e.text,
        lang: e.lang,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_the_article_not_the_chrome() {
        let body = "Ukrainian and Russian negotiators met in Istanbul on Friday for a second round of talks on a prisoner exchange. ".repeat(6);
        let html = format!(
            "<html lang=\"en\"><head><title>Talks resume in Istanbul</title><meta property=\"article:published_time\" content=\"2025-05-16T10:00:00Z\"></head>
             <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Talks resume</h1><p>{body}</p><p>{body}</p></article>
             <footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"
        );
        let e = extract(&html, Some("https://example.org/a"));
        assert!(e.text.contains("prisoner exchange"), "{e:?}");
        assert!(!e.text.contains("All rights reserved"));
        assert!(
            e.title.as_deref().is_some_and(|t| t.starts_with("Talks resume")),
            "{:?}",
            e.title
        );
        assert_eq!(e.date, NaiveDate::from_ymd_opt(2025, 5, 16));
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        let err = read("empty.html", b"<html><body><nav>menu</nav></body></html>", None, None).unwrap_err();
        assert!(err.to_string().contains("empty.html"));
    }
}
