//! Highlights for the dashboard: the actors, verbs, times and places of an analysis as
//! byte ranges of the original text.

use serde::Serialize;

use crate::doc::{Analysis, PhraseKind};
use crate::lexicon::{Class, Lexicon};
use crate::time;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Annotation {
    /// Byte offsets into the original text.
    pub start: u32,
    pub end: u32,
    /// `actor`, `verb`, `time` or `place`.
    pub kind: &'static str,
    pub label: String,
}

/// Every highlight of the analysis, in text order, without overlaps (a place beats the
/// actor reading of the same words; longer beats shorter).
pub fn annotations(a: &Analysis, kb: &dragoman_kb::KnowledgeBase) -> Vec<Annotation> {
    let mut out = Vec::new();
    let span = |s: u32, e: u32| a.original_span(s as usize, e as usize);
    let lex = Lexicon::of(a.lang());
    for p in a.actors() {
        if p.units.is_empty() && p.place.is_none() {
            continue;
        }
        let s = span(p.start, p.end);
        let locative = p.start > 0 && p.place.is_some() && !p.demonym && {
            let before = a.word(p.start as usize - 1);
            lex.is(before, Class::Locative) || lex.is(before, Class::Destination)
        };
        if locative {
            let name = p.place.map(|id| kb.entity(id).name.to_string()).unwrap_or_default();
            out.push(Annotation {
                start: s.start,
                end: s.end,
                kind: "place",
                label: name,
            });
        } else if p.media {
            out.push(Annotation {
                start: s.start,
                end: s.end,
                kind: "actor",
                label: "news source".into(),
            });
        } else if !p.units.is_empty() && p.kind != PhraseKind::Modifier {
            let label = p
                .units
                .iter()
                .map(|u| format!("{} {}", u.code, u.name.as_deref().unwrap_or("")))
                .collect::<Vec<_>>()
                .join(" + ");
            out.push(Annotation {
                start: s.start,
                end: s.end,
                kind: "actor",
                label: label.trim().to_string(),
            });
        }
    }
    for e in a.events() {
        let s = span(e.trigger.0, e.trigger.1);
        let name = dragoman_core::Ontology::get()
            .event(&e.code)
            .map_or("", |c| c.name.as_str());
        out.push(Annotation {
            start: s.start,
            end: s.end,
            kind: "verb",
            label: format!("{} {name}", e.code),
        });
    }
    let published = a.published();
    for t in a.times() {
        let s = span(t.start, t.end);
        let label = published
            .and_then(|p| time::resolve(&t.kind, p, p, time::Tense::Past))
            .map_or_else(|| "date".to_string(), |r| r.date.to_string());
        out.push(Annotation {
            start: s.start,
            end: s.end,
            kind: "time",
            label,
        });
    }
    let rank = |k: &str| match k {
        "place" => 0,
        "verb" => 1,
        "time" => 2,
        _ => 3,
    };
    out.sort_by_key(|x| (x.start, rank(x.kind), std::cmp::Reverse(x.end)));
    let mut kept: Vec<Annotation> = Vec::with_capacity(out.len());
    for x in out {
        if x.start >= x.end || kept.last().is_some_and(|k| x.start < k.end) {
            continue;
        }
        kept.push(x);
    }
    kept
}
