//! Infinitives that tell what could or was meant to happen, not what did: on a noun
//! ("a plan to arrest them"), after the means to act ("lacks the means to strike"), or
//! out of reach ("too weak to defeat them").

use crate::grammar::Grammar;
use crate::lexicon::Class;
use crate::sentence::SentenceView;

use super::{child_with, infinitive_modifier};

/// Is the verb at `v` an infinitive modifying a noun ("the troops to storm the city", "a
/// plan to arrest them", "the right to protest")? It tells what could or is meant to
/// happen, not what did; unless the noun is ranked ("the first country to recognise it",
/// "the only party to vote against"), which tells who did it. (A purpose infinitive, "sent
/// advisers to support him", is left asserted: in a narrative of the past it mostly
/// happened.)
pub(super) fn noun_infinitive(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let Some(h) = a.head(v) else { return false };
    let ranked = a.children(h).iter().any(|&c| {
        let c = c as usize;
        c < h && (g.superlative.has(a.dep(c).tag) || sv.lex.is(a.word(c), Class::Ranking))
    });
    infinitive_modifier(sv, v) && g.noun_tags.has(a.dep(h).tag) && !ranked
}

/// Is the verb at `v` an infinitive on a noun of failing or refusing ("the UN's failure to
/// impose sanctions", "the failure of the UN to act", "their refusal to withdraw")? What
/// failed or was refused did not happen.
pub(super) fn failed_by_noun(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let failing = |n: usize| g.noun_tags.has(a.dep(n).tag) && sv.lex.is(a.word(n), Class::FailingNoun);
    let Some(h) = a.head(v).filter(|_| infinitive_modifier(sv, v)) else {
        return false;
    };
    // "the failure of the UN to act": the parser may hang the infinitive on the noun of "of".
    let of_noun = || {
        a.head(h)
            .filter(|&p| sv.lex.is(a.word(p), Class::Genitive))
            .and_then(|p| a.head(p))
            .is_some_and(failing)
    };
    failing(h) || of_noun()
}

/// Is the verb at `v` an infinitive right after "too" and an adjective or adverb, or a
/// list of them ("too weak to defeat them", "too late to stop it", "too small and weak
/// to hold it")? Whatever the parser hangs it on, the words say it is out of reach.
pub(super) fn beyond_reach(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let Some(to) = a
        .children(v)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| g.infinitive_marker.has(a.dep(c).tag))
    else {
        return false;
    };
    let modifier = |k: usize| g.adjective_tags.has(a.dep(k).tag) || g.adverb_tags.has(a.dep(k).tag);
    if to < sv.first() + 2 || to + 1 != v || !modifier(to - 1) {
        return false;
    }
    // Back over a list of them ("too small and weak to").
    (to.saturating_sub(6).max(sv.first())..to - 1)
        .rev()
        .take_while(|&k| modifier(k) || a.word(k) == "," || g.coordinator.has(a.dep(k).tag))
        .any(|k| a.word(k) == "too")
}

/// Is the verb at `v` an infinitive the parse hangs on a verb of having that has an
/// object ("has the boats to blockade", "lacks the means to strike"): means to act, not
/// the act? ("had to withdraw", with no object, is an obligation met.)
pub(super) fn means_to(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    g.xcomp.has(a.dep(v).label)
        && a.head(v)
            .is_some_and(|h| sv.lex.is(a.word(h), Class::Having) && child_with(sv, h, g.object).is_some_and(|o| o < v))
}

/// Is the verb at `v` a bare verb joined to a "go" or "come" just before it (word class
/// `serial_motion`): "would go fight them", "will come help us"? The two are one act, as
/// real as the first verb: the second has no auxiliary of its own.
pub(super) fn serial_after_motion(sv: &SentenceView, v: usize) -> bool {
    let a = sv.a;
    v > 0
        && a.head(v) == Some(v - 1)
        && bare_verb(sv, v)
        && bare_verb(sv, v - 1)
        && sv.lex.is(a.word(v - 1), Class::SerialMotion)
}

/// Is the token at `t` a verb in its base form (VB): not finite, not a participle or
/// gerund ("go", "meet" in "would go meet them")?
pub(super) fn bare_verb(sv: &SentenceView, t: usize) -> bool {
    let g = Grammar::get();
    let tag = sv.a.dep(t).tag;
    g.verb_tags.has(tag) && !g.finite.has(tag) && !g.participle.has(tag) && !g.gerund.has(tag)
}
