//! Turning coded events into the event record of DESIGN.md.

use dragoman_core::{ActorRecord, DatePrecision, EventRecord, Evidence, LocationRecord, Ontology, PloverRecord, Span};
use dragoman_kb::{EntityKind, KnowledgeBase};

use crate::doc::{ActorUnit, Analysis, CodedEvent, Note};

/// Drops repeats inside one document: the same dyad, CAMEO code, date, place and
/// polarity (the first, from the earliest sentence, is kept). The code and the place are
/// part of the key so that an arrest and a lathi-charge by the same police that day stay
/// two events.
pub fn dedupe(a: &mut Analysis, published: Option<chrono::NaiveDate>) {
    type Key = (
        String,
        String,
        String,
        Option<chrono::NaiveDate>,
        bool,
        Option<(u32, u32)>,
    );
    // Each key with the sentence of the event kept for it.
    let mut seen: Vec<(Key, usize)> = Vec::new();
    let mut repeats = Vec::new();
    let place_key = |e: &CodedEvent| {
        e.place
            .as_ref()
            .map(|p| p.entity.map_or((u32::MAX, p.start), |id| (id, 0)))
    };
    a.retain_events(|e| {
        let key = (
            e.source.as_ref().map_or(String::new(), |s| s.code.clone()),
            e.target.as_ref().map_or(String::new(), |t| t.code.clone()),
            e.code.clone(),
            e.date.map(|d| d.0.date).or(published),
            e.negated,
            place_key(e),
        );
        match seen.iter().find(|(k, _)| *k == key) {
            Some(&(_, kept)) => {
                // `explain` says where a repeat from another sentence went, so that a
                // sentence coded alone and in a document do not seem to disagree.
                if kept != e.sentence as usize {
                    let note = Note {
                        sentence: e.sentence as usize,
                        text: format!(
                            "{}: the same event (actors, code, date and place) as in sentence {kept}, reported once",
                            e.rule
                        ),
                        repeat_of: Some(kept),
                    };
                    if !repeats.contains(&note) {
                        repeats.push(note);
                    }
                }
                false
            }
            None => {
                seen.push((key, e.sentence as usize));
                true
            }
        }
    });
    a.add_notes(repeats);
}

/// An event's confidence: the learned layer's probability that the sentence's main event
/// has this event's class (calibrated on held-out folds), else the rule's own estimate.
fn confidence(a: &Analysis, e: &CodedEvent) -> f32 {
    a.judgement(e.sentence as usize)
        .filter(|j| !j.probs.is_empty())
        .map_or(e.confidence, |j| j.prob(crate::learned::penta(&e.code)))
}

pub fn records(a: &Analysis, kb: &KnowledgeBase) -> Vec<EventRecord> {
    a.events()
        .iter()
        .enumerate()
        .map(|(n, e)| record(a, kb, n, e))
        .collect()
}

/// Where an actor's words end: a role noun the dictionaries write with its preposition
/// ("ambassador to", so that the country after it is not the ambassador's) is cited
/// without it.
fn words_end(a: &Analysis, u: &ActorUnit) -> usize {
    let (start, mut end) = (u.start as usize, u.end as usize);
    while end > start + 1 && a.has_class(end - 1, dragoman_text::WordClass::PREP) {
        end -= 1;
    }
    end
}

fn actor(a: &Analysis, kb: &KnowledgeBase, u: &ActorUnit) -> ActorRecord {
    let entity = u.entity.map(|id| kb.entity(id));
    ActorRecord {
        // An implied actor ("were arrested": the police) has no words in the text.
        text: if u.start < u.end {
            a.original_text(u.start as usize, words_end(a, u)).to_string()
        } else {
            String::new()
        },
        code: u.code.clone(),
        country: u.country.clone(),
        sector: u
            .sector()
            .map(str::to_string)
            .or_else(|| (u.country.is_none() && u.code.len() == 3).then(|| u.code.clone())),
        entity: entity.map(|e| e.id.to_string()),
        name: u.name.clone().or_else(|| entity.map(|e| e.name.to_string())),
        inferred: u.inferred,
    }
}

pub fn record(a: &Analysis, kb: &KnowledgeBase, n: usize, e: &CodedEvent) -> EventRecord {
    let ontology = Ontology::get();
    let cameo = ontology.event(&e.code);
    let sent_span = a.sentence_span(e.sentence as usize);
    let rel = |s: Span| {
        [
            s.start.saturating_sub(sent_span.start),
            s.end.saturating_sub(sent_span.start),
        ]
    };
    let mut spans = Vec::with_capacity(5);
    let mut labels = Vec::with_capacity(5);
    let mut add = |label: &str, start: u32, end: u32| {
        spans.push(rel(a.original_span(start as usize, end as usize)));
        labels.push(label.to_string());
    };
    if let Some(s) = e.source.as_ref().filter(|s| s.start < s.end) {
        add("source", s.start, words_end(a, s) as u32);
    }
    add("trigger", e.trigger.0, e.trigger.1);
    if let Some(t) = &e.target {
        add("target", t.start, words_end(a, t).max(t.start as usize) as u32);
    }
    if let Some((_, s, en)) = e.date {
        add("date", s, en);
    }
    if let Some(p) = &e.place {
        add("place", p.start, p.end);
    }
    let (date, date_text, date_precision, planned) = event_date(a, e);
    let location = e.place.as_ref().map(|p| {
        let text = a.original_text(p.start as usize, p.end as usize).to_string();
        let Some(ent) = p.entity.map(|id| kb.entity(id)) else {
            // A name the knowledge base does not know: where, as written, not geocoded.
            return LocationRecord {
                name: text.clone(),
                text,
                country: p.inferred_country.clone(),
                lat: None,
                lon: None,
                geonameid: None,
                feature: None,
                admin1: None,
            };
        };
        let geo = ent.geo.as_ref();
        let (feature, admin1) = feature_of(ent);
        LocationRecord {
            text,
            name: ent.name.to_string(),
            country: if ent.kind == EntityKind::Country {
                ent.code.as_deref().map(str::to_string)
            } else {
                ent.country.as_deref().map(str::to_string)
            },
            lat: geo.and_then(|g| g.lat),
            lon: geo.and_then(|g| g.lon),
            geonameid: geo.and_then(|g| g.geonameid),
            feature: Some(feature.to_string()),
            admin1,
        }
    });
    let plover = ontology.plover(&e.code).map(|p| PloverRecord {
        event: p.event.clone(),
        mode: p.mode.clone(),
    });
    EventRecord {
        id: format!("{}#{}", a.doc().id, n),
        doc: a.doc().id.clone(),
        sentence: e.sentence,
        date,
        date_text,
        date_precision,
        planned,
        source: e.source.as_ref().map(|u| actor(a, kb, u)),
        target: e.target.as_ref().map(|t| actor(a, kb, t)),
        cameo: e.code.clone(),
        cameo_root: e.code.get(..2).unwrap_or(&e.code).to_string(),
        quad: cameo.map_or(0, |c| c.quad),
        goldstein: cameo.map_or(0.0, |c| c.goldstein),
        plover,
        location,
        negated: e.negated,
        modality: e.modality,
        attributed_to: e.attributed_to.as_ref().map(|u| actor(a, kb, u)),
        evidence: Evidence {
            sentence: sent_span.slice(&a.doc().text).to_string(),
            offset: sent_span.start,
            spans,
            labels,
        },
        rule: e.rule.clone(),
        confidence: (confidence(a, e) as f64 * 100.0).round() / 100.0,
    }
}

type EventDate = (Option<String>, Option<String>, DatePrecision, Option<String>);

/// An event's date, the words that gave it, how precise it is, and the date it is
/// planned for. No event is dated after its document's publication: what the text places
/// later (a meeting "next week") is dated at publication, the later date kept as `planned`.
fn event_date(a: &Analysis, e: &CodedEvent) -> EventDate {
    let published = a.published();
    match e.date {
        Some((r, s, en)) => {
            let text = Some(a.original_text(s as usize, en as usize).to_string());
            match published.filter(|p| r.date > *p) {
                Some(p) => (
                    Some(p.to_string()),
                    text,
                    DatePrecision::Publication,
                    Some(r.date.to_string()),
                ),
                None => (Some(r.date.to_string()), text, r.precision, None),
            }
        }
        None if e.undated => (None, None, DatePrecision::Unknown, None),
        None => match published {
            Some(p) => (Some(p.to_string()), None, DatePrecision::Publication, None),
            None => (None, None, DatePrecision::Unknown, None),
        },
    }
}

/// What kind of place an entity is, and the ISO 3166-2 code of its division: its own for
/// a state or province, the one its GeoNames admin1 code names for a city.
fn feature_of(ent: &dragoman_kb::Entity) -> (&'static str, Option<String>) {
    let geo = ent.geo.as_ref();
    match ent.kind {
        EntityKind::Country => ("country", None),
        _ if geo.is_some_and(|g| g.is_admin1) => ("admin1", geo.and_then(|g| g.admin1.as_deref()).map(str::to_string)),
        _ => {
            let division = ent
                .iso3
                .as_deref()
                .zip(geo.and_then(|g| g.admin1.as_deref()))
                .and_then(|(iso3, code)| dragoman_core::geo::Geo::get().admin1_of_city(iso3, code))
                .map(|a| a.iso.clone());
            ("city", division)
        }
    }
}
