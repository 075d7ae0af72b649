//! PETRARCH's XML input: `<Sentence date="YYYYMMDD" id="...">` elements holding a
//! `<Text>` each. Every sentence becomes a document with its own id and date, so a
//! PETRARCH test or validation file can be coded as it stands.

use chrono::NaiveDate;

use crate::read::{Batch, InputError, Skipped};

/// Does the start of an input look like PETRARCH XML?
pub fn looks_like(head_lower: &str) -> bool {
    head_lower.contains("<sentences>") || (head_lower.contains("<sentence ") && head_lower.contains("<text>"))
}

pub fn read(name: &str, text: &str) -> Result<Batch, InputError> {
    let text = strip_comments(text);
    let mut batch = Batch::default();
    let mut rest = text.as_str();
    let mut n = 0;
    while let Some(at) = find_open(rest, "Sentence") {
        n += 1;
        let after = &rest[at..];
        let Some(tag_end) = after.find('>') else {
            batch
                .skipped
                .push(Skipped::new(name, Some(n), "unclosed <Sentence> tag"));
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let body_end = after[body_start..]
            .find("</Sentence>")
            .map_or(after.len(), |e| body_start + e);
        let body = &after[body_start..body_end];
        rest = &after[body_end..];
        let id = attribute(tag, "id").map(unescape);
        let date = attribute(tag, "date").and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y%m%d").ok());
        let Some(sentence) = element(body, "Text")
            .map(|t| unescape(t.trim()))
            .filter(|t| !t.is_empty())
        else {
            batch
                .skipped
                .push(Skipped::new(name, Some(n), "<Sentence> without <Text>"));
            continue;
        };
        batch.docs.push(dragoman_core::Document {
            id: id.unwrap_or_else(|| format!("{name}#{n}")),
            published: date,
            text: sentence,
            ..Default::default()
        });
    }
    if batch.docs.is_empty() {
        return Err(InputError::NoDocuments {
            input: name.into(),
            skipped: batch.skipped.len(),
        });
    }
    Ok(batch)
}

/// Offset of the next `<name` followed by a space or `>`.
fn find_open(s: &str, name: &str) -> Option<usize> {
    let pat = format!("<{name}");
    let mut from = 0;
    while let Some(i) = s[from..].find(&pat) {
        let at = from + i;
        match s[at + pat.len()..].chars().next() {
            Some(c) if c == '>' || c.is_whitespace() => return Some(at),
            _ => from = at + pat.len(),
        }
    }
    None
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        let before_ok = tag[..at].chars().next_back().is_some_and(char::is_whitespace);
        let rest = tag[at + name.len()..].trim_start();
        if before_ok {
            if let Some(v) = rest.strip_prefix('=') {
                let v = v.trim_start();
                let quote = v.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let v = &v[1..];
                    return v.find(quote).map(|e| &v[..e]);
                }
            }
        }
        from = at + name.len();
    }
    None
}

fn element<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let start = find_open(body, name)?;
    let open_end = start + body[start..].find('>')? + 1;
    let close = body[open_end..].find(&format!("</{name}>"))?;
    Some(&body[open_end..open_end + close])
}

fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(e) => rest = &rest[i + e + 3..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Sentences>
<!-- <Sentence date="19990101" id="COMMENTED"><Text>Not read.</Text></Sentence> -->
<Sentence date="20030512" id="T-1" category="X">
<EventCoding sourcecode="FRA" targetcode="DEU" eventcode="042"></EventCoding>
<Text>
French diplomats visited Berlin &amp; Bonn.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence id="T-2"><Text>   </Text></Sentence>
<Sentence date="bad" id='T-3'><Text>Chile thanked Peru.</Text></Sentence>
</Sentences>"#;

    #[test]
    fn sentences_become_dated_documents() {
        assert!(looks_like(&XML.to_lowercase()));
        let b = read("t.xml", XML).unwrap();
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.docs[0].id, "T-1");
        assert_eq!(b.docs[0].text, "French diplomats visited Berlin & Bonn.");
        assert_eq!(b.docs[0].published, NaiveDate::from_ymd_opt(2003, 5, 12));
        assert_eq!(b.docs[1].id, "T-3");
        assert_eq!(b.docs[1].published, None);
        assert_eq!(b.skipped.len(), 1);
    }

    #[test]
    fn no_sentences_is_an_error() {
        assert!(read("e.xml", "<Sentences></Sentences>").is_err());
    }
}
