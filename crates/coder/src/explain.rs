//! `dragoman explain`: what the coder saw in each sentence and why it coded what it did.

use std::fmt::Write;

use dragoman_kb::KnowledgeBase;

use crate::doc::{Analysis, MatchHow, PhraseKind};
use crate::learned::{EventModel, CLASSES};
use crate::record;
use crate::time;

/// A human-readable account of the analysis, sentence by sentence.
pub fn explain(a: &Analysis, kb: &KnowledgeBase) -> String {
    explain_with_model(a, kb, None)
}

/// [`explain`], with the learned layer's judgement of each sentence and the features
/// that weighed most for it.
pub fn explain_with_model(a: &Analysis, kb: &KnowledgeBase, model: Option<&EventModel>) -> String {
    let mut out = String::new();
    let published = a.published();
    if !a.prepared().repairs.is_empty() {
        let _ = writeln!(out, "repairs:");
        for r in &a.prepared().repairs {
            let orig = a.doc().text.get(r.start as usize..r.end as usize).unwrap_or("");
            let _ = writeln!(
                out,
                "  [{}..{}] {}: {:?} -> {:?}",
                r.start,
                r.end,
                r.kind.as_str(),
                orig,
                r.replacement
            );
        }
        let _ = writeln!(out);
    }
    let records = record::records(a, kb);
    for (s, sent) in a.sentences().iter().enumerate() {
        let span = a.sentence_span(s);
        let _ = writeln!(out, "sentence {s} [{}..{}]", span.start, span.end);
        let _ = writeln!(out, "  text:     {}", span.slice(&a.doc().text).replace('\n', " "));
        let repaired = &a.prepared().text[sent.start as usize..sent.end as usize];
        if repaired != span.slice(&a.doc().text) {
            let _ = writeln!(out, "  repaired: {}", repaired.replace('\n', " "));
        }
        for p in &a.actors()[a.actors_in(s)] {
            let text = a.original_text(p.start as usize, p.end as usize);
            let what = if p.media {
                "news source (not an actor)".to_string()
            } else if p.units.is_empty() {
                match p.kind {
                    PhraseKind::Modifier => "modifier".to_string(),
                    _ => "unresolved".to_string(),
                }
            } else {
                p.units
                    .iter()
                    .map(|u| format!("{} [{}] ({})", u.name.as_deref().unwrap_or("?"), u.code, u.how))
                    .collect::<Vec<_>>()
                    .join(" + ")
            };
            let via = p.antecedent.map(|j| {
                let q = &a.actors()[j as usize];
                format!(" <- \"{}\"", a.original_text(q.start as usize, q.end as usize))
            });
            let _ = writeln!(out, "  actor:    \"{text}\" = {what}{}", via.unwrap_or_default());
        }
        for m in a
            .mentions()
            .iter()
            .filter(|m| m.start >= sent.first && m.end <= sent.last && m.how != MatchHow::Exact)
        {
            let _ = writeln!(
                out,
                "  name:     \"{}\" matched as a {}",
                a.original_text(m.start as usize, m.end as usize),
                m.how.as_str()
            );
        }
        for t in a.times_in(sent.first as usize, sent.last as usize) {
            let text = a.original_text(t.start as usize, t.end as usize);
            let r = if matches!(t.kind, time::TimeKind::Later { .. }) {
                // Counted from the time the text tells of, which the events show.
                "from the time told before it".to_string()
            } else {
                let resolved = published.and_then(|p| time::resolve(&t.kind, p, p, time::Tense::Past));
                resolved.map_or("unresolved (no publication date)".to_string(), |r| {
                    format!("{} ({:?})", r.date, r.precision).to_lowercase()
                })
            };
            let _ = writeln!(out, "  time:     \"{text}\" -> {r}");
        }
        for (n, e) in a.events().iter().enumerate().filter(|(_, e)| e.sentence as usize == s) {
            let r = &records[n];
            let target = r
                .target
                .as_ref()
                .map_or("-".to_string(), |t| format!("{} [{}]", t.text, t.code));
            let flags = format!(
                "{}{}",
                if r.negated { " NEGATED" } else { "" },
                if r.modality != dragoman_core::Modality::Asserted {
                    format!(" {}", r.modality.as_str())
                } else {
                    String::new()
                }
            );
            let _ = writeln!(
                out,
                "  EVENT:    {} [{}] -> {} : {} {}{} on {} ({:?}){}",
                r.source.as_ref().map_or("-", |s| s.text.as_str()),
                r.source.as_ref().map_or("-", |s| s.code.as_str()),
                target,
                r.cameo,
                ontology_name(&r.cameo),
                flags,
                r.date.as_deref().unwrap_or("?"),
                r.date_precision,
                r.location.as_ref().map_or(String::new(), |l| format!(" in {}", l.name))
            );
            let _ = writeln!(out, "            rule: {}", e.rule);
            let _ = writeln!(out, "            why:  {}", e.why);
            if let Some(att) = &r.attributed_to {
                let _ = writeln!(out, "            said by: {} [{}]", att.text, att.code);
            }
        }
        let has_events = a.events().iter().any(|e| e.sentence as usize == s);
        for n in a
            .notes()
            .iter()
            .filter(|n| n.sentence == s && n.repeat_of.is_some() && has_events)
        {
            let _ = writeln!(out, "  repeat:   {}", n.text);
        }
        if !has_events {
            let notes: Vec<&str> = a
                .notes()
                .iter()
                .filter(|n| n.sentence == s)
                .map(|n| n.text.as_str())
                .collect();
            if notes.is_empty() {
                let _ = writeln!(out, "  no event");
            } else {
                for n in notes {
                    let _ = writeln!(out, "  no event: {n}");
                }
            }
        }
        if let (Some(j), Some(m)) = (a.judgement(s), model) {
            let mut ranked: Vec<usize> = (0..j.probs.len()).collect();
            ranked.sort_by(|&x, &y| j.probs[y].total_cmp(&j.probs[x]));
            let classes: Vec<String> = ranked
                .iter()
                .take(3)
                .map(|&k| format!("{} {:.2}", CLASSES[k], j.probs[k]))
                .collect();
            let _ = writeln!(out, "  model:    {}", classes.join(", "));
            let top: Vec<String> = m
                .top_features(a, s, j.class, 5)
                .iter()
                .map(|(name, w)| format!("{name} ({w:+.2})"))
                .collect();
            let _ = writeln!(out, "            because: {}", top.join("; "));
        }
        let _ = writeln!(out);
    }
    out
}

fn ontology_name(code: &str) -> String {
    dragoman_core::Ontology::get()
        .event(code)
        .map_or(String::new(), |e| format!("({})", e.name))
}
