//! Dates and places for candidates: the time expression governing the trigger in its
//! clause (else one heading the sentence, else the speech verb's for quoted words), the
//! place after a locative preposition, a visit's destination, and the date an event in a
//! "where"/"when" clause borrows from the event it hangs on.

use dragoman_core::Modality;
use dragoman_kb::{EntityId, EntityKind};

use crate::clauses;
use crate::doc::{quote_at, Candidate, Clause, CodedEvent, Predicate};
use crate::sentence::SentenceView;
use crate::time::{self, Resolved, Tense, TimeKind};

use super::context::Context;
use super::nouns::NounContext;

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "during",
    "within",
];

type Dated = Option<(Resolved, u32, u32)>;
type Placed = Option<(EntityId, u32, u32)>;

/// A verb's candidate: dated by its clause, placed in it.
pub fn verb(sv: &SentenceView, ctx: &Context, mut c: Candidate, p: &Predicate) -> Candidate {
    c.date = date_for(sv, ctx, p.start, &p.clause, p.time_tense);
    c.place = place_for(sv, &p.clause, p.start);
    c
}

/// A stance candidate: dated by the speech verb's clause.
pub fn stance(sv: &SentenceView, ctx: &Context, mut c: Candidate, verb: usize) -> Candidate {
    let clause = clauses::clause_around(sv.a, verb);
    c.date = date_for(sv, ctx, c.trigger.0, &clause, Tense::Past);
    c
}

/// A noun's candidate: dated by an adjacent expression ("the meeting, last week,", "this
/// Thursday's meeting"), placed by a locative phrase after it or, for a visit, where it
/// goes ("visit … to Washington").
pub fn noun(sv: &SentenceView, ctx: &Context, mut c: Candidate, n: &NounContext) -> Candidate {
    let a = sv.a;
    let (start, end) = c.trigger;
    c.date = noun_date(sv, ctx, start, n.time_after, c.modality);
    let place = {
        let ph = sv.phrases.iter().copied().find(|&p| {
            let s = a.actors()[p].start as usize;
            s > end
                && s <= n.scan_end + 2
                && s > 0
                && LOCATIVE.contains(&a.word(s - 1))
                && a.actors()[p].place.is_some()
        });
        ph.and_then(|p| Some((a.actors()[p].place?, a.actors()[p].start, a.actors()[p].end)))
    };
    c.place = place.or_else(|| {
        let t = c.target.filter(|_| n.visit)?;
        let ph = &a.actors()[t];
        Some((ph.place?, ph.start, ph.end))
            .filter(|_| ph.units.iter().all(|u| u.kind == Some(EntityKind::Country)) && !sv.is_country_name(t))
    });
    c
}

/// The time expression governing tokens near `at` in the clause, else the sentence's
/// only one before its first verb, else the speech verb's for quoted words.
fn date_for(sv: &SentenceView, ctx: &Context, at: usize, clause: &Clause, tense: Tense) -> Dated {
    let a = sv.a;
    let in_clause = a
        .times_in(sv.first(), sv.last())
        .iter()
        .filter(|t| {
            (t.start as usize) >= clause.start
                && (t.end as usize) <= clause.end
                && !matches!(t.kind, TimeKind::Relative { .. })
        })
        .min_by_key(|t| (t.start as usize).abs_diff(at));
    let t = in_clause.or_else(|| {
        // "On Monday, …" at the head of the sentence dates its main clause.
        a.times_in(sv.first(), sv.last()).iter().find(|t| {
            (t.end as usize) <= clause.start
                && !matches!(t.kind, TimeKind::Relative { .. })
                && (t.start as usize) <= sv.first() + 1
        })
    });
    if let Some(t) = t {
        let r = time::resolve(&t.kind, ctx.published, ctx.reference, tense)?;
        return Some((r, t.start, t.end));
    }
    // Quoted words are dated by the speech verb: "…,” Lavrov said Wednesday.
    let q = quote_at(a.quotes(), at)?;
    let verb = q.verb? as usize;
    let speech_clause = clauses::clause_around(a, verb);
    let t = a
        .times_in(speech_clause.start, speech_clause.end)
        .iter()
        .filter(|t| (t.end as usize) <= speech_clause.end)
        .min_by_key(|t| (t.start as usize).abs_diff(verb))?;
    let r = time::resolve(&t.kind, ctx.published, ctx.reference, Tense::Past)?;
    Some((r, t.start, t.end))
}

/// A place after a locative preposition in the clause ("in Istanbul"), or the one a
/// "where" clause hangs on.
fn place_for(sv: &SentenceView, clause: &Clause, at: usize) -> Placed {
    let a = sv.a;
    let locative = |p: usize| {
        let ph = &a.actors()[p];
        let start = ph.start as usize;
        start > 0 && LOCATIVE.contains(&a.word(start - 1)) && ph.place.is_some()
    };
    let found = sv
        .phrases
        .iter()
        .map(|&p| (p, &a.actors()[p]))
        .filter(|(p, ph)| (ph.start as usize) >= clause.start && (ph.end as usize) <= clause.end && locative(*p))
        .min_by_key(|(_, ph)| (ph.start as usize).abs_diff(at));
    if let Some((_, ph)) = found {
        return Some((ph.place?, ph.start, ph.end));
    }
    if clause.start > sv.first() && a.word(clause.start) == "where" {
        let ph = sv
            .phrases
            .iter()
            .map(|&p| &a.actors()[p])
            .rfind(|ph| ph.end as usize <= clause.start)?;
        return Some((ph.place?, ph.start, ph.end));
    }
    None
}

fn noun_date(sv: &SentenceView, ctx: &Context, start: usize, after: Option<usize>, modality: Modality) -> Dated {
    let tense = if modality == Modality::Intended {
        Tense::Future
    } else {
        Tense::Past
    };
    let a = sv.a;
    let adjacent = a
        .times_in(sv.first(), sv.last())
        .iter()
        .find(|t| Some(t.start as usize) == after || (t.end as usize + 2 >= start && (t.end as usize) <= start));
    let t = adjacent?;
    let r = time::resolve(&t.kind, ctx.published, ctx.reference, tense)?;
    Some((r, t.start, t.end))
}

/// "…the expected visit to Washington, where he will meet Trump": an event in a
/// "where"/"when" clause happens when the event it hangs on does.
pub fn date_relative_clauses(sv: &SentenceView, events: &mut [CodedEvent]) {
    for k in 0..events.len() {
        if events[k].date.is_some() {
            continue;
        }
        let s = events[k].trigger.0 as usize;
        let clause = clauses::clause_around(sv.a, s);
        if clause.start <= sv.first() || !matches!(sv.a.word(clause.start), "where" | "when") {
            continue;
        }
        let anchor = events
            .iter()
            .filter(|o| (o.trigger.1 as usize) <= clause.start && o.date.is_some())
            .max_by_key(|o| o.trigger.0)
            .and_then(|o| o.date);
        if let Some(d) = anchor {
            events[k].date = Some(d);
            events[k]
                .rule
                .push_str("; dated by the event its \"where\" clause hangs on");
        }
    }
}
