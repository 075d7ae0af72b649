//! Emission: a candidate becomes one coded event per actor pair. Compound actors give
//! each member its own event; "X and Y met" and "a meeting between X and Y" give each
//! with each; role nouns take the country of the event's place; events where neither
//! side has a country or organisation are left out, as are codes CAMEO does not define.

use dragoman_core::Modality;

use crate::doc::{quote_at, ActorUnit, Candidate, CodedEvent};
use crate::sentence::SentenceView;

use super::context::Context;

pub fn events(sv: &SentenceView, ctx: &Context, e: Candidate) -> (Vec<CodedEvent>, Vec<String>) {
    let a = sv.a;
    let mut out = Vec::new();
    let mut notes = Vec::new();
    let Some(source) = e.source else {
        return (out, notes);
    };
    let src_units = a.actors()[source].units.clone();
    let tgt_units: Vec<ActorUnit> = e.target.map(|t| a.actors()[t].units.to_vec()).unwrap_or_default();
    let attributed = quote_at(a.quotes(), e.trigger.0)
        .and_then(|q| q.speaker)
        .and_then(|s| a.actors()[s as usize].units.first().cloned())
        .or_else(|| sv.reported_by());
    let modality = if e.modality == Modality::Asserted
        && attributed
            .as_ref()
            .is_some_and(|s| !src_units.iter().any(|u| u.code == s.code))
    {
        Modality::Reported
    } else {
        e.modality
    };
    let mut pairs: Vec<(ActorUnit, Option<ActorUnit>, String)> = Vec::new();
    let reciprocal_phrase = e.target == Some(source);
    let mutual = tgt_units.is_empty()
        && src_units.len() >= 2
        && e.forward.is_some()
        && (e.forward == e.reverse || e.forward.as_deref().is_some_and(|c| sv.frames.is_mutual(c)));
    if reciprocal_phrase || mutual {
        // "X and Y met", "a meeting between X and Y", "X and Y fought": each with each.
        let code = e.forward.clone().or(e.reverse.clone());
        if let Some(code) = code {
            for (i, x) in src_units.iter().enumerate() {
                for (j, y) in src_units.iter().enumerate() {
                    if i != j && x.code != y.code {
                        pairs.push((x.clone(), Some(y.clone()), code.clone()));
                    }
                }
            }
        }
    } else {
        for s in &src_units {
            if tgt_units.is_empty() {
                if let Some(f) = &e.forward {
                    if allows_no_target(f) {
                        pairs.push((s.clone(), None, f.clone()));
                    }
                }
                continue;
            }
            for t in &tgt_units {
                if t.code == s.code {
                    continue;
                }
                if let Some(f) = &e.forward {
                    pairs.push((s.clone(), Some(t.clone()), f.clone()));
                }
                if let Some(r) = &e.reverse {
                    pairs.push((t.clone(), Some(s.clone()), r.clone()));
                }
            }
        }
    }
    if pairs.is_empty() {
        let why = if src_units.is_empty() {
            "its subject could not be resolved to an actor".to_string()
        } else if tgt_units.is_empty() {
            "no target actor, and its code needs one".to_string()
        } else {
            "source and target are the same actor".to_string()
        };
        notes.push(format!("{}: {why}", e.rule));
        return (out, notes);
    }
    // "police arrested protesters in Srinagar": role nouns with no country of their
    // own belong to the country where the event happens.
    if let Some(country) = e.place.and_then(|(id, _, _)| sv.kb.entity(id).country.clone()) {
        for (s, t, _) in pairs.iter_mut() {
            for u in std::iter::once(s).chain(t.iter_mut()) {
                if u.country.is_none() && u.kind == Some(dragoman_kb::EntityKind::Agent) {
                    u.code = format!("{country}{}", u.code);
                    u.country = Some(country.to_string());
                    u.how = format!("{} in {country}, where the event happened", u.how);
                }
            }
        }
    }
    let ontology = dragoman_core::Ontology::get();
    // Role nouns alone on both sides ("leaders" and "legislature") say nothing about
    // who acted: keep an event only when one side is a country or organisation.
    let anchored = |u: &ActorUnit| u.country.is_some() || u.kind == Some(dragoman_kb::EntityKind::Organisation);
    pairs.retain(|(s, t, _)| anchored(s) || t.as_ref().is_some_and(anchored));
    // A bare role noun as target ("sent a delegation", "either side") names no one,
    // unless it is coerced or attacked ("police arrested protesters", CAMEO 17-20).
    pairs.retain(|(_, t, code)| {
        t.as_ref()
            .is_none_or(|t| anchored(t) || code.get(..2).unwrap_or(code) >= "17")
    });
    if pairs.is_empty() {
        notes.push(format!("{}: neither actor has a country or organisation", e.rule));
        return (out, notes);
    }
    for (s, t, code) in pairs {
        if ctx.options.strict_codes && !ontology.is_valid(&code) {
            notes.push(format!("{}: code {code} is not a CAMEO event code", e.rule));
            continue;
        }
        out.push(CodedEvent {
            sentence: sv.s as u32,
            source: s,
            target: t,
            code,
            trigger: (e.trigger.0 as u32, e.trigger.1 as u32),
            rule: e.rule.clone(),
            negated: e.negated,
            modality,
            attributed_to: attributed.clone(),
            date: e.date,
            place: e.place,
            confidence: e.confidence,
            subordinate: e.subordinate,
            why: format!(
                "source: {}; target: {}",
                e.why_source,
                if e.why_target.is_empty() { "none" } else { &e.why_target }
            ),
        });
    }
    (out, notes)
}

/// Events that make sense without a target: protests, force, mobilisation.
fn allows_no_target(code: &str) -> bool {
    matches!(&code[..2.min(code.len())], "14" | "15" | "18" | "19" | "20")
}
