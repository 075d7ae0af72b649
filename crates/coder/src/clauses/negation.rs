//! Whether an event noun is negated: by "no", by its verb's negation, or by a denial.

use crate::doc::Frame;
use crate::grammar::Grammar;
use crate::lexicon::{Class, Lexicon};
use crate::sentence::SentenceView;

use super::{child_with, failed_by_noun, frame_at, phrasal_form, polarity, says_how};

/// Is the verb at `h` the clause a denial denies ("denied that the party was involved
/// in the killings")? Not an infinitive ("failed to stop the killings" tells of
/// killings), nor a denial itself denied.
fn denied_clause(sv: &SentenceView, h: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    g.complement.has(a.dep(h).label)
        && !g.xcomp.has(a.dep(h).label)
        && a.head(h)
            .is_some_and(|f| frame_at(sv, f) == Some(Frame::Negate) && !polarity(sv, f).0)
}

/// Is the event noun at `t` negated: "no talks", or its verb negated ("did not hold
/// talks")? Not when the noun is that verb's active subject: "the attack was not an
/// accident", "the talks did not produce a deal" say the event happened; unless the verb
/// says whether it happened ("the talks did not take place", "no attack occurred"). Nor
/// when the verb tells who took part (word class `presence`: "did not attend the rally",
/// "did not participate in the strike"), nor when the noun sets the clause's time (word
/// class `sequence_prep`: "not the same after the riots").
pub fn noun_negated(sv: &SentenceView, t: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    if a.children(t)
        .iter()
        .any(|&c| Lexicon::english().is(a.word(c as usize), Class::NegativeDet))
    {
        return true;
    }
    // A later conjunct stands where its first does ("neither the attack nor the riots
    // could be prevented": both subjects).
    let mut v = t;
    for _ in 0..8 {
        match a.head(v) {
            Some(h) if h < v && g.conj.has(a.dep(v).label) && g.noun_tags.has(a.dep(h).tag) => v = h,
            _ => break,
        }
    }
    let noun = v;
    for _ in 0..6 {
        let Some(h) = a.head(v) else { return false };
        // "is not the same after the riots", "had not visited him since his arrest": an
        // event that sets the time of a negated clause happened all the same.
        if g.pobj.has(a.dep(v).label) && sv.lex.is(a.word(h), Class::SequencePrep) {
            return false;
        }
        if g.verb_tags.has(a.dep(h).tag) {
            // "the talks did not take place" denies them; "the talks did not go well"
            // says how they went.
            let occurred = sv.lex.is(a.word(h), Class::Occurrence) && !says_how(sv, h);
            let reaches_noun = !g.subject.has(a.dep(v).label) || occurred;
            // A failure to act on an event ("their failure to prevent the riots", "to
            // handle the protests") tells nothing of whether the event happened.
            // "did not attend the rally", "did not participate in the strike": who was
            // absent.
            let absent =
                sv.lex.is(a.word(h), Class::Presence) && (g.prep.has(a.dep(v).label) || g.object.has(a.dep(v).label));
            // "neither the attack nor the riots could be prevented": the pair negates
            // the verb (see `polarity`), not the events it names.
            let pair_only = child_with(sv, h, g.neg).is_none()
                && a.children(v)
                    .iter()
                    .any(|&d| sv.lex.is(a.word(d as usize), Class::NegativePair));
            // "did not condemn the massacre", "the riots could not be controlled": an
            // event named with "the" or a possessor is known to have happened, unless the
            // negated verb is the one that would perform or let it ("did not hold the
            // talks", "did not allow the rally").
            let governed = v == noun || (g.prep.has(a.dep(v).label) && a.head(noun) == Some(v));
            let known = governed && !g.subject.has(a.dep(v).label) && definite(sv, noun) && !performs(sv, h);
            let negated = polarity(sv, h).0 && !failed_by_noun(sv, h) && !absent && !pair_only && !known;
            // The denial's own object, not an event inside it ("denied involvement in
            // the attack" admits the attack).
            let denied_object = v == noun && g.object.has(a.dep(v).label) && denies_its_object(sv, h);
            let denied = denied_clause(sv, h) || denied_object;
            return reaches_noun && (negated ^ denied);
        }
        v = h;
    }
    false
}

/// Is the noun at `t` definite: "the" (word class `definite`) or a possessor before it
/// ("the massacre", "his arrest", "Monday's attack"), and no "no" with it?
fn definite(sv: &SentenceView, t: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let kids = || a.children(t).iter().map(|&c| c as usize).filter(|&c| c < t);
    kids().any(|c| {
        (g.det.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::Definite)) || g.possessor.has(a.dep(c).label)
    }) && !kids().any(|c| sv.lex.is(a.word(c), Class::NegativeDet))
}

/// Does the verb at `h` perform or let happen the event its object names (word class
/// `performs_event`: "held the talks", "carried out the attack", "allowed the rally")?
fn performs(sv: &SentenceView, h: usize) -> bool {
    sv.lex.is(sv.a.word(h), Class::PerformsEvent)
}

/// Does the verb at `h`, with its particle if it has one, deny the event its object names
/// ("denied the attack", "ruled out a clash"; word class `denies_object`)?
fn denies_its_object(sv: &SentenceView, h: usize) -> bool {
    match phrasal_form(sv, h) {
        Some(form) => sv.lex.is(&form, Class::DeniesObject),
        None => sv.lex.is(sv.a.word(h), Class::DeniesObject),
    }
}

/// Does the argument at `c` deny its verb: "imposed no sanctions", "no soldiers were
/// killed", "nobody was arrested", "neither side attacked", or "not" with a word that
/// makes it none at all (word class `not_one`: "not one shot was fired", "not a single
/// soldier", "not Chile nor Peru"), but not "not only Chile", "not all soldiers"?
pub(super) fn negating_argument(sv: &SentenceView, c: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let lex = sv.lex;
    let kids = a.children(c);
    let negative = |d: usize| lex.is(a.word(d), Class::NegativeDet) || lex.is(a.word(d), Class::NegativePair);
    // The parser hangs "not" on the noun or on the word that counts it ("not" -> "one").
    let not_on = |t: usize| {
        a.children(t)
            .iter()
            .any(|&n| (n as usize) < t && g.neg.has(a.dep(n as usize).label))
    };
    let none_at_all = kids
        .iter()
        .map(|&d| d as usize)
        .filter(|&d| lex.is(a.word(d), Class::NotOne));
    lex.is(a.word(c), Class::NegativePronoun)
        || kids.iter().any(|&d| negative(d as usize))
        || none_at_all.clone().any(not_on)
        || (not_on(c) && none_at_all.count() > 0)
}

/// Is the adverb at `c` one of time that its own "no" or "not" turns into a stop (word
/// class `ceased_adverb`): "Peru no longer supports Chile" is no support now. The parser
/// hangs the "no" on the adverb, not on the verb.
pub(super) fn ceased(sv: &SentenceView, c: usize) -> bool {
    let a = sv.a;
    sv.lex.is(a.word(c), Class::CeasedAdverb)
        && a.children(c)
            .iter()
            .any(|&n| Grammar::get().neg.has(a.dep(n as usize).label))
}

/// Is the "not" at `n` of the verb at `v` one set before its subject with no inversion,
/// which denies the word after it, not the verb ("Not long ago the army fired", "Not
/// surprisingly, they left")? With inversion it denies the verb ("Not once did they
/// fire").
pub(super) fn fronted_litotes(sv: &SentenceView, v: usize, n: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let kids = || a.children(v).iter().map(|&c| c as usize);
    let Some(subject) = kids().find(|&c| g.subject.has(a.dep(c).label) || g.passive_subject.has(a.dep(c).label)) else {
        return false;
    };
    n < subject && !kids().any(|c| c < subject && g.aux.has(a.dep(c).label))
}

/// Does the verb at `v`, a conjunct of `h`, fall under `h`'s negation: joined by "and",
/// "or" or "nor" (not "but", "yet"), untensed and with no subject of its own? An
/// infinitive of purpose does too: what an act that did not happen was to achieve was not
/// achieved by it ("did not lift a finger to help them", "did not send troops to fight").
pub(super) fn shares_negation(sv: &SentenceView, h: usize, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    if super::purpose_infinitive(sv, v) {
        return true;
    }
    g.conj.has(a.dep(v).label)
        // A tensed conjunct has an auxiliary of its own to lack: "did not reveal it and
        // said …".
        && !g.finite.has(a.dep(v).tag)
        && child_with(sv, v, g.subject).is_none()
        && child_with(sv, v, g.passive_subject).is_none()
        && a.children(h)
            .iter()
            .map(|&c| c as usize)
            .rfind(|&c| c > h && c < v && g.coordinator.has(a.dep(c).tag))
            .is_some_and(|cc| matches!(a.word(cc), "and" | "or" | "nor"))
}
