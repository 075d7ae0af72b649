//! What speakers say about others: an accusation, criticism or praise in a quotation or
//! reported clause, aimed at the actor named next to the stance word.

use dragoman_core::Modality;

use crate::doc::{Candidate, PhraseKind};
use crate::sentence::SentenceView;

/// A stance candidate and the speech verb that dates it.
pub struct Stance {
    pub candidate: Candidate,
    pub verb: usize,
}

pub fn candidates(sv: &SentenceView) -> Vec<Stance> {
    let a = sv.a;
    let mut out = Vec::new();
    let lo = a.quotes().partition_point(|q| (q.end as usize) <= sv.first());
    let last = sv.last();
    for q in a.quotes()[lo..].iter().take_while(|q| (q.start as usize) < last) {
        let Some(speaker) = q.speaker else { continue };
        let (qs, qe) = (q.start as usize, q.end as usize);
        if qe <= sv.first() || qs >= sv.last() {
            continue;
        }
        let (lo, hi) = (qs.max(sv.first()), qe.min(sv.last()));
        let speaker_units = &a.actors()[speaker as usize].units;
        let mut best: Option<(String, usize, usize)> = None;
        for t in lo..hi {
            let Some(code) = sv.frames.stance.get(a.word(t)) else {
                continue;
            };
            // "the responsibility lies with the council": a verb, not the stance noun.
            let noun = || !a.has_syntax() || crate::grammar::Grammar::get().noun_tags.has(a.dep(t).tag);
            if sv.frames.stance_nouns_only.contains(a.word(t)) && !noun() {
                continue;
            }
            // "the responsible leaders": sensible ones, not ones to blame.
            if sv.frames.stance_predicative_only.contains(a.word(t)) && modifies_a_noun_after(sv, t) {
                continue;
            }
            // The actor named nearest the stance word, not the speaker's own side.
            let target = sv
                .phrases
                .iter()
                .copied()
                .filter(|&p| {
                    let ph = &a.actors()[p];
                    (ph.start as usize) >= lo
                        && (ph.end as usize) <= hi
                        && ph.is_actor()
                        && ph.kind == PhraseKind::Named
                        && ph.units.iter().all(|u| {
                            !speaker_units
                                .iter()
                                .any(|s| s.country.is_some() && s.country == u.country)
                        })
                })
                .min_by_key(|&p| (a.actors()[p].start as usize).abs_diff(t));
            let Some(target) = target else { continue };
            if (a.actors()[target].start as usize).abs_diff(t) > 8 {
                continue;
            }
            if best
                .as_ref()
                .is_none_or(|b| code.as_str() > b.0.as_str() && code.starts_with("11"))
            {
                best = Some((code.clone(), t, target));
            }
        }
        let Some((code, cue, target)) = best else { continue };
        out.push(Stance {
            verb: q.verb.map_or(cue, |v| v as usize),
            candidate: Candidate {
                trigger: (cue, cue + 1),
                source: Some(speaker as usize),
                target: Some(target),
                forward: Some(code.clone()),
                reverse: None,
                rule: format!("stance: \"{}\" in words quoted from the speaker [{code}]", a.text(cue)),
                negated: false,
                modality: Modality::Asserted,
                subordinate: true,
                confidence: 0.45,
                why_source: format!("speaker of the quotation{}", sv.via(speaker as usize)),
                why_target: format!("actor named next to \"{}\"", a.text(cue)),
                date: None,
                undated: false,
                place: None,
                nationality: None,
                agentless: false,
                hidden_agent: false,
                unnamed_patient: false,
                thing_object: false,
                speaker: None,
                intransitive: false,
            },
        });
    }
    out
}

/// Does the word at `t` modify a noun after it ("the responsible leaders")?
fn modifies_a_noun_after(sv: &SentenceView, t: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    a.has_syntax()
        && g.modifier.has(a.dep(t).label)
        && a.head(t).is_some_and(|h| h > t && g.noun_tags.has(a.dep(h).tag))
}
