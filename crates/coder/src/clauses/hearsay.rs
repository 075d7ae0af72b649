//! Clauses that complement a noun of saying ("reports that troops shelled the city", "the
//! allegation that police tortured them"): what they tell is hearsay, not the writer's
//! assertion; and a denial of the noun ("denied reports that …", "rejected the allegation
//! that …") tells that it did not happen. So does the infinitive of a passive participle
//! of hearsay ("is said to have fled", "is not thought to have helped").

use crate::doc::{Embedding, Frame, Predicate};
use crate::grammar::Grammar;
use crate::lexicon::Class;
use crate::sentence::SentenceView;

use super::{child_with, frame_at, polarity, subject_of};

/// The noun of saying whose "that" clause verb `v` heads: the noun right before the
/// clause's "that". Found by position, since the parser hangs such a clause on the noun or
/// on the noun's verb alike.
pub(super) fn saying_noun(sv: &SentenceView, v: usize) -> Option<usize> {
    noun_before_that(sv, v, Class::SayingNoun)
}

/// Does verb `v` head the "that" clause of a noun of wanting or fearing ("the demand that
/// Chile withdraw", "fears that the army would attack")? The clause is what is wanted or
/// feared, not what happened.
pub(super) fn wanted_by_noun(sv: &SentenceView, v: usize) -> bool {
    noun_before_that(sv, v, Class::WantingNoun).is_some()
}

/// The noun of `class` right before the "that" that opens verb `v`'s clause.
fn noun_before_that(sv: &SentenceView, v: usize, class: Class) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let that = a
        .children(v)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| c < v && g.mark.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::Complementizer))?;
    let noun = that.checked_sub(1).filter(|&n| n >= sv.first())?;
    (g.noun_tags.has(a.dep(noun).tag) && sv.lex.is(a.word(noun), class)).then_some(noun)
}

/// The passive participle of hearsay (word class `hearsay_passive`: said, believed,
/// thought …) whose infinitive complement verb `v` is, if any.
pub(super) fn hearsay_passive(sv: &SentenceView, v: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let h = a.head(v).filter(|&h| h < v && g.xcomp.has(a.dep(v).label))?;
    (child_with(sv, h, g.auxpass).is_some() && sv.lex.is(a.word(h), Class::HearsayPassive)).then_some(h)
}

/// The denial a noun-of-saying clause sits under: the verb that takes the noun as object
/// or passive subject and refuses or negates it ("denied reports that", "the allegation
/// that … was rejected").
pub(super) fn denial(sv: &SentenceView, preds: &[Predicate], p: &Predicate) -> Option<Embedding> {
    let a = sv.a;
    let noun = saying_noun(sv, p.start)?;
    let denies = |v: &usize| {
        preds.iter().any(|q| q.start == *v) && matches!(frame_at(sv, *v), Some(Frame::Negate | Frame::Reject))
    };
    // The noun's verb; or, where the parser hung the noun elsewhere, the verb right
    // before its phrase ("refuted the charge that …").
    let mut first = noun;
    while first > sv.first() && a.head(first - 1) == Some(noun) {
        first -= 1;
    }
    let verb = a
        .head(noun)
        .filter(denies)
        .or_else(|| first.checked_sub(1).filter(|v| *v >= sv.first() && denies(v)))?;
    Some(Embedding {
        frame: Frame::Negate,
        subject: subject_of(sv, verb, 0).0,
        object: None,
        verb,
        negated: polarity(sv, verb).0,
        embedded: p.start,
    })
}
