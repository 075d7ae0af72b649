//! Clauses whose act another verb keeps from happening ("stopped them from fleeing", "will
//! not allow them to leave"), only wishes for ("hopes to see the leader arrested"), sets
//! as a condition ("provided they withdraw") or says of anyone at all ("anyone who
//! commits a crime").

use dragoman_core::Modality;

use crate::doc::Frame;
use crate::grammar::Grammar;
use crate::lexicon::Class;
use crate::sentence::SentenceView;

use super::{child_with, frame_at, polarity};

/// Is the verb at `v` the "-ing" clause after "from" of a verb of keeping from (word class
/// `keeps_from`: "prevented them from entering", "protect civilians from being attacked",
/// "refrained from attacking")? Unless that verb is negated ("did not stop them from
/// fleeing"), the act did not happen.
pub(super) fn kept_from(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let Some(from) = a.head(v).filter(|&p| p < v && a.word(p) == "from") else {
        return false;
    };
    a.head(from)
        .is_some_and(|h| g.verb_tags.has(a.dep(h).tag) && sv.lex.is(a.word(h), Class::KeepsFrom) && !polarity(sv, h).0)
}

/// Is the verb at `v` what a negated verb of letting would let someone do (word class
/// `permits`: "will not allow Peru to attack", "did not let the troops enter")? The act
/// is only possible; "allowed them to leave" tells nothing against it.
pub(super) fn not_permitted(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    a.head(v).is_some_and(|h| {
        h < v && g.complement.has(a.dep(v).label) && sv.lex.is(a.word(h), Class::Permits) && polarity(sv, h).0
    })
}

/// The modality of a verb of getting, wanting or seeing (word class `object_complement`)
/// whose object a passive participle completes ("will get them arrested"), when that verb's
/// act is not asserted or is wished for ("wants them punished", "hopes to see the leader
/// arrested"): the participle is what the verb would have done. On the object of any other
/// verb ("took back the fighters captured in Syria") the participle is its own clause.
pub(super) fn wished_on_object(sv: &SentenceView, v: usize) -> Option<Modality> {
    let g = Grammar::get();
    let a = sv.a;
    if !g.acl.has(a.dep(v).label) || !g.participle.has(a.dep(v).tag) {
        return None;
    }
    let noun = a.head(v).filter(|&n| n < v && g.object.has(a.dep(n).label))?;
    let verb = a
        .head(noun)
        .filter(|&h| g.verb_tags.has(a.dep(h).tag) && sv.lex.is(a.word(h), Class::ObjectComplement))?;
    let (_, modality, _) = polarity(sv, verb);
    if modality != Modality::Asserted {
        return Some(modality);
    }
    // "wants them punished", "hopes to see them punished": wished for, not done.
    let wished = |t: usize| matches!(frame_at(sv, t), Some(Frame::Intent | Frame::Appeal | Frame::Demand));
    let framed = wished(verb)
        || a.head(verb)
            .is_some_and(|h| g.xcomp.has(a.dep(verb).label) && wished(h));
    framed.then_some(Modality::Hypothetical)
}

/// Is the verb at `v` the head of a condition that is not opened by "if" ("provided (that)
/// they withdraw", "providing they withdraw", "as long as they withdraw", "in case they
/// withdraw")? "Provided" there has no subject of its own ("the army provided that they
/// withdraw" reports).
pub(super) fn on_condition(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let provided = a.head(v).is_some_and(|h| {
        h < v
            && sv.lex.is(a.word(h), Class::Condition)
            && child_with(sv, h, g.subject).is_none()
            && child_with(sv, h, g.passive_subject).is_none()
    });
    let as_long_as = a.children(v).iter().map(|&c| c as usize).any(|c| {
        c < v
            && c >= sv.first() + 2
            && g.mark.has(a.dep(c).label)
            && a.word(c) == "as"
            && a.word(c - 1) == "long"
            && matches!(a.word(c - 2), "as" | "so")
    });
    provided || as_long_as || after_in_case(sv, v)
}

/// Does the verb at `v` end a clause opened by "in case" ("hid the guns in case the
/// police searched the village")? What one guards against is only feared. Read on the
/// words, since the parser attaches "in case" anywhere: "in case" (not "in case of"),
/// then words with no verb or punctuation among them, then `v`.
pub(super) fn after_in_case(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let mut t = v;
    while t > sv.first() + 1 {
        t -= 1;
        if a.word(t) == "case" && a.word(t - 1) == "in" {
            return a.word(t + 1) != "of";
        }
        if a.is_punct(t) || (g.verb_tags.has(a.dep(t).tag) && !g.aux.has(a.dep(t).label)) {
            return false;
        }
    }
    false
}

/// The modality a framing verb two or more infinitives up gives the verb at `v`, and
/// whether that verb is negated ("does not want to go to fight them" did not fight; "wants
/// to go to fight them": intended; "urged them to come to help": hypothetical). The
/// nearest frame is the embedding's (see `embeddings`), which also recodes the event;
/// one farther up only says the act is not told as done. A verb of saying or managing
/// tells it ("managed to begin to withdraw"). So does a modal up the chain ("would like
/// to be seen to be helping").
pub(super) fn framed_from_afar(sv: &SentenceView, v: usize) -> Option<(Modality, bool)> {
    let g = Grammar::get();
    let a = sv.a;
    // An infinitive's verb: as complement ("wants to go") or of purpose ("go to fight"),
    // or a causative's bare verb ("to have a delegation meet them").
    let up = |t: usize| {
        a.head(t).filter(|&h| {
            h < t
                && (g.xcomp.has(a.dep(t).label) || super::purpose_infinitive(sv, t) || caused(sv, h, t))
                && g.verb_tags.has(a.dep(h).tag)
        })
    };
    let mut t = up(v)?;
    for _ in 0..3 {
        t = up(t)?;
        let (negated, modality, _) = super::polarity_shallow(sv, t);
        match frame_at(sv, t) {
            Some(Frame::Intent) => return Some((Modality::Intended, negated)),
            Some(Frame::Speech | Frame::Implicative) => return None,
            Some(_) => return Some((Modality::Hypothetical, negated)),
            None if modality != Modality::Asserted => return Some((modality, negated)),
            None => {}
        }
    }
    None
}

/// Is the verb at `t` the bare verb of a causative at `h` (word class `causative`),
/// with a subject of its own: "have a delegation meet them", "make Chile pay"?
fn caused(sv: &SentenceView, h: usize, t: usize) -> bool {
    super::infinitives::bare_verb(sv, t)
        && sv.lex.is(sv.a.word(h), Class::Causative)
        && child_with(sv, t, Grammar::get().subject).is_some()
}

/// Is the verb at `v` an infinitive complement of a form of "be" (word class
/// `arranging_be`: "is to visit", "were to meet")? Not an idiom ("are to blame" are
/// guilty: word class `be_to_idiom`).
pub(super) fn arranged(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    g.xcomp.has(a.dep(v).label)
        && !sv.lex.is(a.word(v), Class::BeToIdiom)
        && super::subjectless_infinitive(sv, v)
        && a.head(v).is_some_and(|h| sv.lex.is(a.word(h), Class::ArrangingBe))
}

/// Is the verb at `v` the infinitive of a present verb of necessity (word class
/// `necessity`: "has to capture", "need to act")? Told in the past ("had to flee") the
/// act is usually done, so that stays asserted.
pub(super) fn necessary(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    g.xcomp.has(a.dep(v).label)
        && super::subjectless_infinitive(sv, v)
        && a.head(v)
            .is_some_and(|h| sv.lex.is(a.word(h), Class::Necessity) && !g.past_tags.has(a.dep(h).tag))
}

/// Is the verb at `v` said of anyone at all (word class `free_choice`): in the relative
/// clause of "anyone" ("anyone who commits a crime"), or told in the present of "anyone",
/// "whoever" as its subject ("whoever kills him", "anybody who speaks out is jailed")?
/// Its act is a rule or a supposition about no one in particular, not an event. Not as
/// an object, nor in the past: "killed anyone who was outdoors", "anyone affiliated with
/// them had been denied entry" tell what was done.
pub(super) fn said_of_anyone(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let free = |t: usize| sv.lex.is(a.word(t), Class::FreeChoice);
    let of_one = (g.relcl.has(a.dep(v).label) || g.acl.has(a.dep(v).label)) && a.head(v).is_some_and(free);
    let present = in_the_present(sv, v);
    let subject = a.children(v).iter().map(|&c| c as usize).any(|c| {
        let label = a.dep(c).label;
        (g.subject.has(label) || g.passive_subject.has(label)) && free(c)
    });
    of_one || (present && subject)
}

/// Is the clause of the verb at `v` in the present: no past form but a participle after a
/// present auxiliary ("kills", "is jailed"; not "killed", "was jailed", "had been
/// denied")?
fn in_the_present(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let past = |t: usize| g.past_tags.has(a.dep(t).tag);
    let past_auxiliary = a.children(v).iter().map(|&c| c as usize).any(|c| {
        let label = a.dep(c).label;
        (g.aux.has(label) || g.auxpass.has(label)) && past(c)
    });
    !past(v) || (g.participle.has(a.dep(v).tag) && !past_auxiliary)
}
