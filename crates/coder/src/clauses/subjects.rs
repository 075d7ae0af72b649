//! Who is a verb's subject, and whether the verb is passive: the parser's subjects, one
//! per verb, inherited through conjuncts, control and participles when it has none, and
//! passive participles the tagger missed.

use super::{child_with, phrase_of};
use crate::doc::{Frame, PhraseKind};
use crate::frames::OfRole;
use crate::grammar::Grammar;
use crate::lexicon::Class;
use crate::sentence::SentenceView;

/// The verb's subject among its children with a label in `labels`. A verb has one
/// subject: when the parser gives it two with a finite verb between them ("When X ceased
/// …, Y fled": X hung on "fled" too), the earlier is that other verb's, and the one
/// nearest before the verb is its own; so it is when a comma and a conjunction open its
/// phrase and it is no member of the first's list ("… tensions between X and Y, and Z
/// intervened": a clause of its own begins), and when it opens with "the" right
/// after the first ("due to the media the violence spread"). Otherwise the two are one
/// phrase split ("the emir, Sheikh …", "X and Y met"): the first.
fn own_subject(sv: &SentenceView, v: usize, labels: crate::grammar::IdSet) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let mut subjects = a
        .children(v)
        .iter()
        .map(|&c| c as usize)
        .filter(|&c| labels.has(a.dep(c).label) && !dateline(sv, c));
    let first = subjects.next()?;
    let Some(nearest) = subjects.rfind(|&s| s < v) else {
        return Some(first);
    };
    // A finite verb between the two, or the verb's own question word, opens the verb's
    // clause ("asked the minister why the army attacked"): its subject is the nearer. Not
    // a verb of the first's own relative clause that lacks an object and is followed
    // right away by the nearer: that is the clause's object, which the parser took for a
    // second subject ("an earthquake that killed 300 people struck Peru").
    let opens_clause = |t: usize| a.head(t) == Some(v) && super::question_word(sv, t).is_some();
    let nearer_is_object_of = |t: usize| {
        g.relcl.has(a.dep(t).label)
            && descends_from(sv, t, first)
            && a.children(t)
                .iter()
                .any(|&c| g.relative_tags.has(a.dep(c as usize).tag))
            && !a.children(t).iter().any(|&c| g.object.has(a.dep(c as usize).label))
            && leftmost_dependent(sv, nearest) == t + 1
    };
    let verb_between =
        (first + 1..nearest).any(|t| (g.finite.has(a.dep(t).tag) && !nearer_is_object_of(t)) || opens_clause(t));
    let opens = leftmost_dependent(sv, nearest);
    let new_clause = opens > first + 2
        && g.coordinator.has(a.dep(opens - 1).tag)
        && a.word(opens - 2) == ","
        && phrase_of(sv, first) != phrase_of(sv, nearest);
    // "The fighters, he told reporters, have dug in": a pronoun after a comma is no
    // apposition to what precedes; it is the subject of a parenthesis of its own.
    let parenthesis = opens == nearest
        && a.word(nearest - 1) == ","
        && phrase_of(sv, nearest).is_some_and(|p| matches!(a.actors()[p].kind, PhraseKind::Pronoun(_)));
    // "due to the media the violence might spread": a phrase that opens with its own
    // "the" right where the first ends, with no comma or conjunction between, is no
    // part of it (an apposition takes a comma, a list a conjunction; "a" may be an
    // initial in lower-case text: "prime minister a b vajpayee").
    let juxtaposed = opens > first
        && sv.lex.is(a.word(opens), Class::Definite)
        && (opens - 1 == first || a.head(opens - 1) == Some(first))
        && !g.coordinator.has(a.dep(opens - 1).tag)
        && phrase_of(sv, first) != phrase_of(sv, nearest);
    Some(if verb_between || new_clause || parenthesis || juxtaposed {
        nearest
    } else {
        first
    })
}

/// Is token `t` the head of a dateline, the words that open the sentence before a colon
/// or a dash ("new delhi: the minister said …", "LIMA, Peru — …")? The parser takes it
/// for a second subject.
fn dateline(sv: &SentenceView, t: usize) -> bool {
    if leftmost_dependent(sv, t) != sv.first() {
        return false;
    }
    // Past the place's country or state ("DUBAI, United Arab Emirates —").
    let names_place = |k: usize| phrase_of(sv, k).is_some_and(|p| sv.a.actors()[p].place.is_some());
    let mut k = t + 1;
    while k < sv.last() && (sv.a.word(k) == "," || names_place(k)) {
        k += 1;
    }
    k < sv.last() && sv.lex.is(sv.a.word(k), Class::DatelineMark)
}

/// The first token of the words hung on `head`, directly or through others, right before
/// it ("the Turkish army" for "army", "the state health minister Ana Ruiz" for "Ruiz").
pub(super) fn leftmost_dependent(sv: &SentenceView, head: usize) -> usize {
    let mut left = head;
    while left > sv.first() && descends_from(sv, left - 1, head) {
        left -= 1;
    }
    left
}

/// Does token `t` hang on `head` through at most a few other words?
fn descends_from(sv: &SentenceView, t: usize, head: usize) -> bool {
    let mut h = sv.a.head(t);
    for _ in 0..4 {
        match h {
            Some(x) if x == head => return true,
            Some(x) => h = sv.a.head(x),
            None => return false,
        }
    }
    false
}

/// The verb's subject: its phrase, whether the verb is passive, and the token that
/// stands as subject (even when it names no actor: "a car bomb exploded"); inherited
/// from a conjunct, a governing verb, or the noun a participle modifies when the verb
/// has none.
pub(super) fn subject_of(sv: &SentenceView, v: usize, depth: usize) -> (Option<usize>, bool, Option<usize>) {
    let (s, passive, t) = subject_of_any(sv, v, depth);
    (s, passive && !stative_participle(sv, v), t)
}

/// The actor doing the verb at `v`: its subject's phrase when the verb is active.
pub(crate) fn active_subject(sv: &SentenceView, v: usize) -> Option<usize> {
    let (s, passive, _) = subject_of(sv, v, 0);
    s.filter(|_| !passive)
}

/// Is the passive-looking verb at `v` a state its subject is in, so the subject does the
/// act (word class `stative_participle` with an "in" phrase and no by-agent: "troops
/// engaged in the fight against X", "police were involved in the clashes")?
fn stative_participle(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    sv.lex.is(a.word(v), Class::StativeParticiple)
        && child_with(sv, v, g.agent).is_none()
        && a.children(v)
            .iter()
            .any(|&c| g.prep.has(a.dep(c as usize).label) && a.word(c as usize).eq_ignore_ascii_case("in"))
}

fn subject_of_any(sv: &SentenceView, v: usize, depth: usize) -> (Option<usize>, bool, Option<usize>) {
    let g = Grammar::get();
    let a = sv.a;
    let passive_aux = child_with(sv, v, g.auxpass).is_some() || bare_participle_of_transitive(sv, v);
    if let Some(s) = own_subject(sv, v, g.passive_subject) {
        return (phrase_of(sv, s), true, Some(s));
    }
    if let Some(s) = own_subject(sv, v, g.subject) {
        return (agent_named_by(sv, s), passive_aux, Some(s));
    }
    let Some(h) = a.head(v).filter(|_| depth < 4) else {
        return (None, passive_aux, None);
    };
    let label = a.dep(v).label;
    if g.conj.has(label) && g.verb_tags.has(a.dep(h).tag) {
        // "Russia attacked X and bombed Y": the subject is shared; and the passive, by a
        // past form with no auxiliary or object of its own ("were arrested and held", where
        // "held" is often tagged a past tense).
        let (s, head_passive, t) = subject_of(sv, h, depth + 1);
        let shares_passive = head_passive
            && g.past_tags.has(a.dep(v).tag)
            && child_with(sv, v, g.aux).is_none()
            && child_with(sv, v, g.object).is_none();
        return (s, passive_aux || shares_passive, t);
    }
    if g.xcomp.has(label) {
        // "urged Iran to talk": object control; "plans to attack": the governor's subject.
        // A bare participle complement is passive: "people reported killed", "had them
        // arrested".
        let bare_participle = g.participle.has(a.dep(v).tag) && child_with(sv, v, g.aux).is_none();
        let passive = passive_aux || bare_participle;
        if let Some(o) = child_with(sv, h, g.object).filter(|_| controlled_by_object(sv, h)) {
            return (phrase_of(sv, o), passive, Some(o));
        }
        let (s, _, t) = subject_of(sv, h, depth + 1);
        return (s, passive, t);
    }
    if super::infinitive_modifier(sv, v) && g.attribute.has(a.dep(h).label) {
        // "Peru was the first country to expel him", "police were the first to arrest
        // them": the infinitive on what the subject is said to be is the subject's act.
        if let Some(copula) = a.head(h) {
            let (s, _, t) = subject_of(sv, copula, depth + 1);
            // Not the "it" of "it was a mistake to attack them", which stands for the
            // infinitive itself.
            let extraposed = t.is_some_and(|t| sv.lex.is(a.word(t), Class::PronounThing));
            if s.is_some() && !extraposed {
                return (s, passive_aux, t);
            }
        }
    }
    if super::infinitive_modifier(sv, v) && g.object.has(a.dep(h).label) {
        // "Peru has the boats to blockade the port", "Iran lacks the means to strike":
        // what one has or lacks the means to do is one's own act.
        if let Some(having) = a.head(h).filter(|&x| sv.lex.is(a.word(x), Class::Having)) {
            let (s, _, t) = subject_of(sv, having, depth + 1);
            if s.is_some() {
                return (s, passive_aux, t);
            }
        }
    }
    if g.acl.has(label) {
        // "troops sent by Moscow": the noun is what the participle is done to;
        // "forces fighting rebels": the noun does it. A past tense hanging on a noun with
        // no object of its own is a participle the tagger misread ("a teacher killed
        // fighting the militants"); with one, or on a noun the parse makes the sentence's
        // root, it is the main verb misplaced ("the board on Monday requested the court
        // to …", "demonstrators rioted after …").
        let misread_participle =
            g.past_tags.has(a.dep(v).tag) && child_with(sv, v, g.object).is_none() && a.head(h).is_some();
        let passive = g.participle.has(a.dep(v).tag) || misread_participle;
        return (phrase_of(sv, h), passive || passive_aux, Some(h));
    }
    // "Giving Peru what it wants is the plan": a clause that is its verb's subject is
    // no act of that verb's other subject (the parser may give it one).
    if g.subject.has(label) || g.passive_subject.has(label) {
        return (None, passive_aux, None);
    }
    if g.subordinate.has(label) && g.verb_tags.has(a.dep(h).tag) && !g.finite.has(a.dep(v).tag) {
        // "…, killing three people": an adverbial participle's subject is the clause's. A
        // finite verb has a subject of its own; one the parse gives none is misread (often
        // a participle after a noun tagged as a past tense), so it inherits none. An
        // infinitive of purpose after an object-control verb's object is that object's
        // act, as a complement is ("trained the rebels to fight Isis"); an object that names
        // no actor leaves it the subject's ("sent advisers to support him").
        // "…, with the minister condemning it": the participle of an absolute clause
        // tells of the noun after "with".
        let absolute = a
            .children(h)
            .iter()
            .filter_map(|&c| super::absolute_clause(sv, c as usize))
            .find(|&(_, participle)| participle == v);
        if let Some((noun, _)) = absolute {
            return (phrase_of(sv, noun), passive_aux, Some(noun));
        }
        if super::purpose_infinitive(sv, v) && controlled_by_object(sv, h) {
            if let Some((o, phrase)) = child_with(sv, h, g.object)
                .filter(|&o| o < v)
                .and_then(|o| Some((o, phrase_of(sv, o)?)))
            {
                return (Some(phrase), passive_aux, Some(o));
            }
        }
        // "…, defeated by the army", "arrived armed with a letter": a past participle
        // with no auxiliary or object of its own tells what was done to the subject, or
        // to the actor right before it ("rounded up by Kurdish groups, armed by the US").
        let bare_participle = g.participle.has(a.dep(v).tag)
            && child_with(sv, v, g.aux).is_none()
            && child_with(sv, v, g.object).is_none();
        if bare_participle {
            // "as reported by the Guardian": a comment on the whole clause.
            if a.children(v).iter().any(|&c| g.mark.has(a.dep(c as usize).label)) {
                return (None, true, None);
            }
            if let Some((noun, phrase)) = actor_right_before(sv, v).filter(|_| v > h) {
                return (Some(phrase), true, Some(noun));
            }
        }
        let (s, _, t) = subject_of(sv, h, depth + 1);
        return (s, passive_aux || bare_participle, t);
    }
    (None, passive_aux, None)
}

/// The actor phrase an active subject names. An event noun whose "of" names the one it is
/// done to ("the invasion of Peru", "criticism of Chile": `nouns.tsv`) does not make that
/// one the subject: what the noun did to them is no act of theirs.
fn agent_named_by(sv: &SentenceView, s: usize) -> Option<usize> {
    let p = phrase_of(sv, s)?;
    if sv.a.actors()[p].start as usize <= s {
        return Some(p);
    }
    let done_to = sv
        .noun_ending_at(s)
        .is_some_and(|(_, n)| sv.frames.nouns[n].of == OfRole::Target);
    (!done_to).then_some(p)
}

/// The actor phrase (not a place) that ends right before the participle at `v`, past a
/// comma and adverbs ("the rebels, allegedly armed by …"), and its last token.
fn actor_right_before(sv: &SentenceView, v: usize) -> Option<(usize, usize)> {
    let a = sv.a;
    let mut k = v.checked_sub(1)?;
    while k > sv.first() && (a.word(k) == "," || Grammar::get().adverb_tags.has(a.dep(k).tag)) {
        k -= 1;
    }
    let phrase = phrase_of(sv, k)?;
    let p = &a.actors()[phrase];
    (p.end as usize == k + 1 && p.is_actor() && p.place.is_none()).then_some((k, phrase))
}

/// Does the object of verb `h` do what its infinitive complement says? So it does after
/// verbs of appeal, demand, causing and permitting ("urged Iran to talk", "sent troops to
/// fight"); after any other verb the complement is its subject's purpose ("toured three
/// capitals to win support", "used drones to attack").
fn controlled_by_object(sv: &SentenceView, h: usize) -> bool {
    sv.lex.is(sv.a.word(h), Class::ObjectControl)
        || matches!(super::frame_at(sv, h), Some(Frame::Appeal | Frame::Demand))
}

/// A past form of a verb never used without an object ("arrested"), standing with no
/// object, auxiliary, complement clause or conjunct verb that could hold one, is a
/// passive participle whatever its tag: "the fishermen kidnapped last spring", "the men
/// arrested on Monday".
/// Left alone: a relative clause, whose object may be the noun it modifies ("the rebels
/// troops captured"); the word used as a noun or adjective ("the injured", "dead or
/// imprisoned militants").
fn bare_participle_of_transitive(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let dep = a.dep(v);
    if !g.past_tags.has(dep.tag) || !sv.lex.is(a.word(v), Class::AlwaysTransitive) || g.relcl.has(dep.label) {
        return false;
    }
    let has_object = |t: usize| {
        a.children(t).iter().map(|&c| c as usize).any(|c| {
            let l = a.dep(c).label;
            (g.object.has(l) || g.dative.has(l)) && a.times_in(c, c + 1).is_empty()
        })
    };
    let shares_an_object = g.conj.has(dep.label)
        && a.head(v)
            .is_none_or(|h| !g.verb_tags.has(a.dep(h).tag) || has_object(h));
    let nominal = g.modifier.has(dep.label)
        || a.children(v)
            .iter()
            .any(|&c| g.nominal_marker.has(a.dep(c as usize).label));
    let verbal_child = a.children(v).iter().map(|&c| c as usize).any(|c| {
        let l = a.dep(c).label;
        g.aux.has(l) || g.auxpass.has(l) || g.complement.has(l) || (g.conj.has(l) && g.verb_tags.has(a.dep(c).tag))
    });
    !has_object(v) && !shares_an_object && !nominal && !verbal_child
}

/// The "by" of a passive participle's later conjunct that shares its auxiliaries and
/// subject (see `conjunct_sharing_auxiliaries`), for a participle with none ("were
/// detained and tortured by the police": detained by them too). A conjunct with a subject
/// or auxiliary of its own is a clause of its own ("was arrested and was later freed by a
/// court").
pub(super) fn agent_of_next_conjunct(sv: &SentenceView, v: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    if !g.participle.has(a.dep(v).tag) {
        return None;
    }
    a.children(v)
        .iter()
        .map(|&c| c as usize)
        .filter(|&c| g.participle.has(a.dep(c).tag) && super::conjunct_sharing_auxiliaries(sv, c) == Some(v))
        .find_map(|c| child_with(sv, c, g.agent))
}
