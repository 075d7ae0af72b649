//! RSS, Atom and JSON Feed: the items, with their links for fetching, and their text
//! (content or summary) for coding when that is all there is.

use chrono::NaiveDate;

use dragoman_core::Document;

use super::{charset, html::strip_tags};
use crate::read::{Batch, InputError, Skipped};

/// One feed item.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedItem {
    pub id: String,
    pub title: Option<String>,
    pub link: Option<String>,
    pub published: Option<NaiveDate>,
    /// Content, else summary, as plain text.
    pub text: String,
    pub lang: Option<String>,
}

/// The items of a feed; an input that is no feed is an error naming it.
pub fn items(name: &str, bytes: &[u8]) -> Result<(Option<String>, Vec<FeedItem>), InputError> {
    let (text, _) = charset::decode(bytes, None);
    let feed = feed_rs::parser::parse(text.as_bytes()).map_err(|e| InputError::Unreadable {
        input: name.into(),
        detail: format!("not a readable RSS/Atom/JSON feed ({e})"),
    })?;
    let title = feed.title.as_ref().map(|t| t.content.trim().to_string());
    let items = feed
        .entries
        .into_iter()
        .map(|e| {
            let body = e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            FeedItem {
                id: e.id.clone(),
                title: e.title.as_ref().map(|t| strip_tags(&t.content)),
                link: e.links.first().map(|l| l.href.clone()),
                published: e.published.or(e.updated).map(|d| d.date_naive()),
                text: strip_tags(&body),
                lang: e.language.clone().or_else(|| feed.language.clone()),
            }
        })
        .collect();
    Ok((title, items))
}

/// A feed file as documents: each item's title and text (what the feed carries; `dragoman
/// watch` fetches the linked pages instead).
pub fn read(name: &str, bytes: &[u8]) -> Result<Batch, InputError> {
    let (feed_title, items) = items(name, bytes)?;
    let mut batch = Batch::default();
    for (i, it) in items.into_iter().enumerate() {
        let text = match &it.title {
            Some(t) if !it.text.starts_with(t.as_str()) => format!("{t}.\n\n{}", it.text),
            _ => it.text.clone(),
        };
        if text.trim().is_empty() {
            batch
                .skipped
                .push(Skipped::new(name, Some(i + 1), "feed item without text"));
            continue;
        }
        batch.docs.push(Document {
            id: if it.id.is_empty() {
                format!("{name}#{}", i + 1)
            } else {
                it.id.clone()
            },
            url: it.link.clone(),
            source: feed_title.clone(),
            published: it.published,
            title: it.title.clone(),
            text,
            lang: it.lang.clone(),
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

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>World News</title>
<item><title>Talks in Geneva</title><link>https://example.org/a</link><guid>a-1</guid>
<pubDate>Fri, 14 Mar 2025 09:00:00 +0000</pubDate><description>&lt;p&gt;Russia and Ukraine &lt;b&gt;met&lt;/b&gt; in Geneva.&lt;/p&gt;</description></item>
<item><guid>a-2</guid></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_documents() {
        let (title, items) = items("f.xml", RSS.as_bytes()).unwrap();
        assert_eq!(title.as_deref(), Some("World News"));
        assert_eq!(items[0].link.as_deref(), Some("https://example.org/a"));
        assert_eq!(items[0].published, NaiveDate::from_ymd_opt(2025, 3, 14));
        assert_eq!(items[0].text, "Russia and Ukraine met in Geneva.");
        let b = read("f.xml", RSS.as_bytes()).unwrap();
        assert_eq!(b.docs.len(), 1);
        assert_eq!(b.skipped.len(), 1);
        assert!(b.docs[0].text.starts_with("Talks in Geneva."));
    }

    #[test]
    fn a_feed_that_is_not_xml_is_an_error() {
        let err = read("broken.rss", b"<rss><channel><item><title>unclosed").unwrap_err();
        assert!(err.to_string().starts_with("broken.rss:"), "{err}");
    }
}
