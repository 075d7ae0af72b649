//! What a document says about where it is set, for the actors whose country the text does
//! not state: the dateline ("NEW DELHI: …", "Kabul, March 3 (Reuters) -") and the country
//! the document mentions most. Reads the actor phrases; pure.

use dragoman_kb::{EntityKind, KnowledgeBase};
use rustc_hash::FxHashMap;

use crate::doc::Analysis;

/// The document's country and how it was found, if it has one.
pub fn country_hint(a: &Analysis, kb: &KnowledgeBase) -> Option<(String, String)> {
    dateline(a, kb)
        .map(|c| (c, "from the document's dateline".to_string()))
        .or_else(|| dominant(a).map(|c| (c, "the country the document mentions most".to_string())))
}

/// The country of a place that opens the document and is followed by ":", "-", "(" or
/// a comma and a date.
fn dateline(a: &Analysis, kb: &KnowledgeBase) -> Option<String> {
    let first = a.actors().first()?;
    if first.sentence != 0 || first.start > 2 {
        return None;
    }
    let place = first.place?;
    let end = first.end as usize;
    if end >= a.tokens().len() {
        return None;
    }
    let after = a.text(end);
    let date_next = after == "," && !a.times_in(end + 1, end + 4).is_empty();
    if !(matches!(after, ":" | "-" | "–" | "—" | "(") || date_next) {
        return None;
    }
    let e = kb.entity(place);
    let country = if e.kind == EntityKind::Country {
        e.code.clone()
    } else {
        e.country.clone()
    };
    country.map(|c| c.to_string())
}

/// The country that at least two fifths of the document's country-bearing actors and
/// places belong to (and at least two of them).
fn dominant(a: &Analysis) -> Option<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    let mut total = 0;
    for p in a.actors() {
        for u in &p.units {
            if let Some(c) = u.country.as_deref() {
                *counts.entry(c).or_default() += 1;
                total += 1;
            }
        }
    }
    let (best, n) = counts.into_iter().max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))?;
    (n >= 2 && n * 5 >= total * 2).then(|| best.to_string())
}
