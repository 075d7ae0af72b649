//! The main event of a text: how classification picks one label per sentence.

use dragoman_core::EventRecord;

use crate::doc::Analysis;
use crate::learned;

/// The main event of a text, for one label per sentence: how classification chooses.
/// Negated events never are; events from the main predication beat those from
/// subordinate clauses and modifiers ("a ban imposed on X"); then events whose source the
/// text names beat agentless ones; then, with the learned layer, the event whose class it
/// finds likeliest; then events with a telling code beat mere statements (CAMEO 01),
/// others beat hypothetical ones; then the earliest in the text. (The source comes before the
/// model's belief: the model judges the sentence's class, not who did it, and let it
/// pick an agentless event over one with both actors named.)
/// Returns an index into `a.events()` (and into the records made from it).
pub fn main_event_index(a: &Analysis) -> Option<usize> {
    a.events()
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.negated)
        .min_by_key(|(i, e)| {
            let believed = a
                .judgement(e.sentence as usize)
                .map_or(0, |j| (j.prob(crate::learned::penta(&e.code)) * 100.0) as i64);
            (
                e.subordinate,
                e.source.is_none(),
                -believed,
                e.code.starts_with("01"),
                e.modality == dragoman_core::Modality::Hypothetical,
                // The earliest in the text, not in the order events were found (an
                // embedded verb is coded before the verb that frames it).
                (e.sentence, e.trigger.0),
                *i,
            )
        })
        .map(|(i, _)| i)
}

/// The record of the main event (see [`main_event_index`]).
pub fn main_event<'r>(a: &Analysis, records: &'r [EventRecord]) -> Option<&'r EventRecord> {
    main_event_index(a).and_then(|i| records.get(i))
}

/// The CAMEO code that best sums up a text: the main event's, unless a verb or noun of
/// the main predication carries a more telling code without having found its actors
/// ("Nairobi announced a suspension of cattle imports"), in the same order as
/// [`main_event_index`]; none when nothing in the text carries a code.
pub fn main_code(a: &Analysis) -> Option<String> {
    let event = main_event_index(a).map(|i| &a.events()[i]);
    let mut candidates: Vec<(bool, bool, usize, &str)> = a
        .cues()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.subordinate, c.code.starts_with("01"), i + 1000, c.code.as_str()))
        .collect();
    if let Some(e) = event {
        candidates.push((e.subordinate, e.code.starts_with("01"), 0, e.code.as_str()));
    }
    candidates.sort();
    // With the learned layer: among the rules' codes, the one of the class it finds
    // likeliest; it names a class the rules did not code only when sure of it.
    let judged = event
        .and_then(|e| a.judgement(e.sentence as usize))
        .or_else(|| a.judgements().first());
    if let Some(j) = judged.filter(|j| !j.probs.is_empty()) {
        let best = candidates.iter().max_by(|x, y| {
            j.prob(learned::penta(x.3))
                .total_cmp(&j.prob(learned::penta(y.3)))
                .then(y.cmp(x))
        });
        let sure = j.probs.get(j.class).copied().unwrap_or(0.0) >= learned::SURE;
        match best {
            Some(c) if !(sure && learned::penta(c.3) != Some(j.class)) => return Some(c.3.to_string()),
            _ if sure && j.class != learned::NO_EVENT => return learned::class_code(j.class).map(str::to_string),
            _ if sure => return None,
            _ => {}
        }
    }
    candidates.into_iter().next().map(|c| c.3.to_string())
}
