//! PLOVER JSON lines, field by field as the PLOVER manual's "Data Fields" chapter names
//! them (the manual is under ../shared/data/plover; docs/export.md maps each field).
//!
//! Choices the manual leaves open, made here: `text_info.start`/`end` are character
//! offsets (not bytes) of the event's trigger within `text`, so that
//! `text[start:end] == event_text[0]` in Python; `sequence` is the 0-based sentence
//! number; `quad_code` and `event_scale` are PLOVER's (the manual's tables), not CAMEO's;
//! a CAMEO mode that PLOVER lists as a context goes to `context`; dragoman's modality and
//! negation add the manual's auxiliary contexts `future`, `hypothetical` and `negation`.
//! Records whose CAMEO code has no PLOVER type (roots 01 and 02) are not written.

use serde_json::{json, Value};

use dragoman_core::geo::Geo;
use dragoman_core::{ActorRecord, EventRecord, LocationRecord, Modality, Ontology};

use super::fields::{char_span, label_span};
use super::source::StoredEvent;

/// C2P contexts outside the manual's list, and the manual's context they mean.
const CONTEXT_SYNONYMS: &[(&str, &str)] = &[("democracy", "pro_democracy"), ("humanitarian", "human_security")];

/// CAMEO's sector codes whose PLOVER code differs (the manual's sector table, note 4).
const SECTORS: &[(&str, &str)] = &[("HLH", "MED"), ("MED", "JRN")];

/// The PLOVER record of a stored event, or None when it has no PLOVER type.
pub fn record(ev: &StoredEvent, coder: &str) -> Option<Value> {
    let e = &ev.record;
    let ontology = Ontology::get();
    let mapping = e.plover.as_ref()?;
    let ty = ontology.plover_type(&mapping.event);
    let (modes, contexts) = modes_and_contexts(e, &mapping.event);
    let trigger = label_span(e, "trigger");
    let trigger_text = trigger
        .and_then(|s| e.evidence.sentence.get(s[0] as usize..s[1] as usize))
        .unwrap_or("");
    let (start, end) = trigger
        .and_then(|s| char_span(&e.evidence.sentence, s))
        .map_or((Value::Null, Value::Null), |(s, en)| (json!(s), json!(en)));
    let score = ty.map(|t| {
        modes
            .first()
            .and_then(|m| t.modes.iter().find(|(name, _)| name == m).and_then(|(_, s)| *s))
            .unwrap_or(t.score)
    });
    // The event's date, else its article's: never the day it was ingested (GDELT needs a
    // day on every row and falls back to it; PLOVER can say null).
    let day = e.date.as_deref().or(ev.published.as_deref()).and_then(|d| d.get(..10));
    Some(json!({
        "id": format!("dragoman-{}", ev.id),
        "has_event": true,
        "date": day,
        "actor": e.source.as_ref().map(|a| vec![entity(a)]).unwrap_or_default(),
        "recipient": e.target.as_ref().map(|a| vec![entity(a)]).unwrap_or_default(),
        "event": [mapping.event],
        "mode": modes,
        "context": contexts,
        "event_loc": e.location.as_ref().map(location),
        "event_text": [trigger_text],
        "quad_code": ty.map_or(e.quad, |t| t.quad),
        "event_scale": score,
        "link": ev.cluster.map(|c| format!("dragoman-cluster-{c}")),
        "text": e.evidence.sentence,
        "text_info": {"sequence": e.sentence, "start": start, "end": end},
        "cite_info": {
            "url": ev.url,
            "citation": ev.citation(),
            "title": ev.title,
            "language": ev.lang,
            "publication": ev.site,
        },
        "coder": coder,
        "coded_date": ev.ingested_at.get(..10),
        // dragoman's own fields (the manual invites providers to add named fields).
        "date_precision": e.date_precision,
        "planned_date": e.planned,
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "negated": e.negated,
        "modality": e.modality,
        "confidence": e.confidence,
    }))
}

/// The event's modes (those PLOVER lists for its type) and contexts (PLOVER's, from the
/// CAMEO mapping, with the auxiliary contexts for plans, hypotheses and negations).
fn modes_and_contexts(e: &EventRecord, event: &str) -> (Vec<String>, Vec<String>) {
    let ontology = Ontology::get();
    let ty = ontology.plover_type(event);
    let mut modes = Vec::new();
    let mut contexts: Vec<String> = Vec::new();
    let mut add_context = |c: &str| {
        let c = CONTEXT_SYNONYMS
            .iter()
            .find(|(from, _)| *from == c)
            .map_or(c, |(_, to)| to);
        if ontology.is_plover_context(c) && !contexts.iter().any(|x| x == c) {
            contexts.push(c.to_string());
        }
    };
    if let Some(m) = e.plover.as_ref().and_then(|p| p.mode.as_deref()) {
        if ty.is_some_and(|t| t.modes.iter().any(|(name, _)| name == m)) {
            modes.push(m.to_string());
        } else {
            add_context(m);
        }
    }
    if let Some(c) = ontology.plover(&e.cameo).and_then(|m| m.context.as_deref()) {
        c.split('|').for_each(&mut add_context);
    }
    // The manual's auxiliary modes go in `context` (its section "Auxiliary modes").
    match e.modality {
        Modality::Intended => contexts.push("future".into()),
        Modality::Hypothetical => contexts.push("hypothetical".into()),
        _ => {}
    }
    if e.negated {
        contexts.push("negation".into());
    }
    (modes, contexts)
}

fn entity(a: &ActorRecord) -> Value {
    let geo = Geo::get();
    // The manual's entity code: the ISO country, else the code's first block (IGO, NGO, ...).
    let code = a
        .country
        .as_deref()
        .map(|c| geo.country(c).map_or(c.to_string(), |k| k.iso3.clone()))
        .unwrap_or_else(|| a.code.get(..3).unwrap_or(&a.code).to_string());
    let sector = a
        .sector
        .as_deref()
        .map(|s| SECTORS.iter().find(|(c, _)| *c == s).map_or(s, |(_, p)| p));
    json!({
        "code": code,
        "sector": sector,
        "entity_text": a.text,
        "identifier_id": a.entity,
        "identifier_text": a.name,
        "cameo_code": a.code,
    })
}

/// The manual's location object (the Mordecai3 fields).
fn location(l: &LocationRecord) -> Value {
    let geo = Geo::get();
    let country = l.country.as_deref().and_then(|c| geo.country(c));
    let division = l.admin1.as_deref().and_then(|a| geo.admin1(a));
    let (city, province, resolution, class, code) = match l.feature.as_deref() {
        Some("city") => (
            Some(l.name.as_str()),
            division.map(|d| d.name.as_str()),
            Some(4),
            "P",
            "PPL",
        ),
        Some("admin1") => (None, Some(l.name.as_str()), Some(2), "A", "ADM1"),
        Some("country") => (None, None, Some(1), "A", "PCLI"),
        _ => (None, None, None, "", ""),
    };
    json!({
        "extracted_place": l.text,
        "resolved_place": l.feature.as_ref().map(|_| &l.name),
        "geonameid": l.geonameid,
        "lat": l.lat,
        "lon": l.lon,
        "city": city,
        "district": null,
        "province": province,
        "country": country.map(|c| &c.name),
        "country_code": country.map(|c| &c.iso3),
        "feature_class": (!class.is_empty()).then_some(class),
        "feature_code": (!code.is_empty()).then_some(code),
        "resolution": resolution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sectors_follow_plover() {
        let a = ActorRecord {
            text: "doctors".into(),
            code: "FRAHLH".into(),
            country: Some("FRA".into()),
            sector: Some("HLH".into()),
            entity: None,
            name: None,
            inferred: false,
        };
        let v = entity(&a);
        assert_eq!(v["code"], "FRA");
        assert_eq!(v["sector"], "MED");
    }
}
