//! Framing: which verbs and adjectives frame which predicates ("urged Iran to talk",
//! "ready to host", "denied reports that …").

use crate::doc::{Embedding, Frame, Predicate};
use crate::grammar::Grammar;
use crate::lexicon::Class;
use crate::sentence::SentenceView;

use super::{child_with, frame_at, hearsay, phrase_of, polarity, question, subject_of};

/// Has the verb at `v` an object of its own before its complement `c`, who is to do
/// what the complement says ("wants Turkey to withdraw")? Object-control verbs only
/// (`object_control`): "wants talks to resume" has no such object.
pub(crate) fn wants_of_another(sv: &SentenceView, v: usize, c: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    // The parser hangs the doer on the verb as its object, or on the complement as its
    // subject ("wants [the UK] to extradite").
    let doer = child_with(sv, v, g.object).or_else(|| child_with(sv, c, g.subject));
    // A finite complement forecasts ("expects Tillerson will have a difficult talk").
    let finite = complement_told(sv, c).is_some();
    sv.lex.is(a.word(v), Class::ObjectControl) && doer.is_some_and(|o| v < o && o < c) && !finite
}

/// The first actor named by a preposition of the verb at `v` before its complement `c`:
/// "called on Iran to", "appealed to the rebels to".
fn addressee_after_preposition(sv: &SentenceView, v: usize, c: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    a.children(v)
        .iter()
        .map(|&x| x as usize)
        .filter(|&x| v < x && x < c && g.prep.has(a.dep(x).label))
        .filter_map(|x| child_with(sv, x, g.pobj).and_then(|o| phrase_of(sv, o)))
        .find(|&o| a.actors()[o].is_actor())
}

/// How the complement clause at `c` is told: `Some(true)` in a tense (a past or third
/// person verb, or a tensed or modal auxiliary: "had acquired", "could return"),
/// `Some(false)` finite but maybe a subjunctive (a bare present after a singular subject,
/// "the government reconsider"; "should", "must"), `None` not finite (an infinitive).
fn complement_told(sv: &SentenceView, c: usize) -> Option<bool> {
    let g = Grammar::get();
    let a = sv.a;
    let auxiliaries = || {
        a.children(c)
            .iter()
            .map(|&x| x as usize)
            .filter(|&x| g.aux.has(a.dep(x).label))
    };
    let modal = |x: usize| g.modal.has(a.dep(x).tag) && !sv.lex.is(a.word(x), Class::Obligation);
    let tensed_aux = |x: usize| g.tensed.has(a.dep(x).tag) || g.present_plural.has(a.dep(x).tag) || modal(x);
    if g.tensed.has(a.dep(c).tag) || auxiliaries().any(tensed_aux) {
        Some(true)
    } else if g.finite.has(a.dep(c).tag) || auxiliaries().any(|x| g.finite.has(a.dep(x).tag)) {
        Some(false)
    } else {
        None
    }
}

/// Does the verb at `v` say what is so rather than propose or agree to an act? A verb of
/// proposing (`proposing`: suggest, recommend) with a complement told in a tense
/// ("suggested the rebels had the weapons", "suggested they could return"; a bare or
/// "should" complement proposes: "suggested the government reconsider"); a verb of
/// agreeing (`agreeing`) with a complement told in a tense, with a subject and no modal
/// ("agreed the regime had a pattern of abuse"; "agreed that talks would resume" is an
/// agreement).
pub(crate) fn states_what_is_so(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let word = a.word(v);
    let (proposing, agreeing) = (sv.lex.is(word, Class::Proposing), sv.lex.is(word, Class::Agreeing));
    if !proposing && !agreeing {
        return false;
    }
    a.children(v).iter().map(|&c| c as usize).any(|c| {
        c > v
            && g.complement.has(a.dep(c).label)
            && !g.xcomp.has(a.dep(c).label)
            && complement_told(sv, c) == Some(true)
            && (proposing || (!has_modal(sv, c) && has_subject(sv, c)))
    })
}

/// Has the clause headed by `c` a subject of its own (a clause that tells what is so
/// does: "agreed the regime had …")?
fn has_subject(sv: &SentenceView, c: usize) -> bool {
    let g = Grammar::get();
    child_with(sv, c, g.subject).is_some() || child_with(sv, c, g.passive_subject).is_some()
}

/// Has the clause headed by `c` a modal auxiliary ("would", "will", "could")?
fn has_modal(sv: &SentenceView, c: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    a.children(c)
        .iter()
        .any(|&x| g.aux.has(a.dep(x as usize).label) && g.modal.has(a.dep(x as usize).tag))
}

/// Does the verb at `v`, a verb of intent, want another to do what its complement says
/// (any complement, coded or not: "expected Peru to hand over the town")?
pub(crate) fn wants_another_to_act(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let complement = |c: usize| c > v && g.complement.has(sv.a.dep(c).label);
    frame_at(sv, v) == Some(Frame::Intent)
        && sv
            .a
            .children(v)
            .iter()
            .map(|&c| c as usize)
            .any(|c| complement(c) && wants_of_another(sv, v, c))
}

/// Framing verbs and adjectives and the verbs they frame (and those verbs' conjuncts:
/// "ready to host and mediate").
pub(super) fn embeddings(sv: &SentenceView, preds: &[Predicate]) -> Vec<Embedding> {
    let g = Grammar::get();
    let a = sv.a;
    let at = |t: usize| preds.iter().find(|p| p.start == t);
    let mut out: Vec<Embedding> = Vec::new();
    let push_with_conjuncts = |out: &mut Vec<Embedding>, e: Embedding| {
        let embedded = e.embedded;
        for &c in a.children(embedded) {
            let c = c as usize;
            if g.conj.has(a.dep(c).label) && at(c).is_some() {
                out.push(Embedding {
                    embedded: c,
                    ..e.clone()
                });
            }
        }
        out.push(e);
    };
    // Framing verbs: the dictionaries' verbs, and verbs they lack that frame ("tried to").
    let framing_verbs = (sv.first()..sv.last()).filter(|&t| at(t).is_some() || g.verb_tags.has(a.dep(t).tag));
    for v in framing_verbs {
        let Some(frame) = frame_at(sv, v).filter(|f| *f != Frame::Speech) else {
            continue;
        };
        // A passive frame's subject is its "by" agent, and its grammatical subject the
        // one framed: "Peru was urged (by Chile) to talk" is Chile's appeal to Peru.
        let (subject, negated, patient) = match at(v) {
            Some(p) if p.passive => (p.agent, p.negated, p.subject),
            Some(p) => (p.subject, p.negated, None),
            None => (subject_of(sv, v, 0).0, polarity(sv, v).0, None),
        };
        // "a strike called by the union to protest the killings": a passive appeal
        // whose patient names no actor asks no one; its infinitive is a purpose.
        let passive_without_addressee = at(v).is_some_and(|p| p.passive && p.subject.is_none());
        if passive_without_addressee && matches!(frame, Frame::Appeal | Frame::Demand) {
            continue;
        }
        for &c in a.children(v) {
            let c = c as usize;
            if c <= v || !g.complement.has(a.dep(c).label) || at(c).is_none() {
                continue;
            }
            // The addressee: "urged Iran to", or the complement's own subject; an
            // appeal's may follow a preposition ("called on Iran to", "appealed to Iran to").
            let asked = matches!(frame, Frame::Appeal | Frame::Demand);
            let object = child_with(sv, v, g.object)
                .or_else(|| child_with(sv, c, g.subject))
                .and_then(|o| phrase_of(sv, o))
                .or(patient)
                .or_else(|| asked.then(|| addressee_after_preposition(sv, v, c)).flatten())
                .filter(|&o| a.actors()[o].is_actor());
            // A verb of asking with a question asks no one to act: "asked whether the
            // troops would leave" only supposes they might, "asked why the army
            // attacked" takes for granted that it did (the attack stands as told).
            let frame = match question(sv, c) {
                Some(_) if !matches!(frame, Frame::Appeal | Frame::Demand) => frame,
                Some(Class::Interrogative) => Frame::Suppose,
                Some(_) => continue,
                None => frame,
            };
            // "wants the UK to extradite him", "expects Turkey to hand over the town":
            // wanting another to act is demanding it of them, not intending it.
            let frame = if frame == Frame::Intent && wants_of_another(sv, v, c) {
                Frame::Demand
            } else {
                frame
            };
            let e = Embedding {
                frame,
                subject,
                object,
                verb: v,
                negated,
                embedded: c,
            };
            push_with_conjuncts(&mut out, e);
        }
    }
    // "denied reports that …": the clause of a denied noun of saying.
    for p in preds {
        if let Some(e) = hearsay::denial(sv, preds, p).filter(|_| !out.iter().any(|e| e.embedded == p.start)) {
            push_with_conjuncts(&mut out, e);
        }
    }
    // "would be happy to", "is ready to", "is going to": the word before the infinitive.
    for p in preds {
        if out.iter().any(|e| e.embedded == p.start) || !g.xcomp.has(a.dep(p.start).label) {
            continue;
        }
        let Some(h) = a.head(p.start) else { continue };
        let Some(frame) = sv.frames.adjective_frame(a.word(h)) else {
            continue;
        };
        // The adjective's subject is its copula's ("X is ready to").
        let holder = if g.adjective_tags.has(a.dep(h).tag) {
            a.head(h).unwrap_or(h)
        } else {
            h
        };
        let (subject, _, _) = subject_of(sv, holder, 0);
        let negated = polarity(sv, holder).0 || polarity(sv, h).0;
        let e = Embedding {
            frame,
            subject,
            object: None,
            verb: h,
            negated,
            embedded: p.start,
        };
        push_with_conjuncts(&mut out, e);
    }
    out
}

/// The actor a verb of saying at `v` says must act, and whether it says so of the past:
/// the subject of its complement clause told with a modal of obligation (word class
/// `obligation`: "said Peru must return the boats"; "should have returned them", of the
/// past). Saying what another must do demands it; what another should have done
/// reproaches. Not a state ("said the lander should be ready": a form of "be" with no
/// participle or adjective that frames an act, as "must be willing to talk" has).
pub(crate) fn obliged_by_words(sv: &SentenceView, v: usize) -> Option<(usize, bool)> {
    let g = Grammar::get();
    let a = sv.a;
    if frame_at(sv, v) != Some(Frame::Speech) {
        return None;
    }
    let complement = a
        .children(v)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| c > v && g.complement.has(a.dep(c).label))?;
    let auxiliary_in = |class: Class| {
        a.children(complement)
            .iter()
            .map(|&x| x as usize)
            .any(|x| g.aux.has(a.dep(x).label) && sv.lex.is(a.word(x), class))
    };
    let obliged = auxiliary_in(Class::Obligation);
    // "must be willing to talk" frames an act; "should be ready by May" is a state.
    let frames_an_act = a
        .children(complement)
        .iter()
        .any(|&x| sv.frames.adjective_frame(a.word(x as usize)).is_some());
    let state = sv.lex.is(a.word(complement), Class::PassiveAuxiliary) && !frames_an_act;
    if !obliged || state {
        return None;
    }
    let past = auxiliary_in(Class::PastAuxiliary);
    let subject = child_with(sv, complement, g.subject).and_then(|s| phrase_of(sv, s))?;
    Some((subject, past))
}

/// Was the attempt told by the verb at `v` ("tried", "attempted") made, so that an attempt
/// at violence is that violence? Not when the attempt is itself only wished, asked,
/// planned or supposed ("urged the police to try to arrest them", "will try to storm
/// it", "if they try to seize the port"): an unasserted verb of attempting, or one that
/// completes another framing verb (not a verb of saying: "said they tried to storm it"
/// tells the attempt).
pub(crate) fn attempt_made(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let framed_by_head = g.complement.has(a.dep(v).label)
        && a.head(v)
            .and_then(|h| frame_at(sv, h))
            .is_some_and(|f| !matches!(f, Frame::Speech | Frame::Implicative));
    !framed_by_head && polarity(sv, v).1 == dragoman_core::Modality::Asserted
}
