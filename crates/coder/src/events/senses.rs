//! What a verb's company says about its sense: a name given to its object ("called the
//! minister a liar"), a side fought for ("fought for Isis"), a phrasal verb that is
//! another verb ("called for"), a score that makes a defeat a game ("beat Hungary 2-0"),
//! an empty "it" that makes a participle a judgement ("it is striking that …"), an
//! object that befalls or is against the one it names ("backed the president's
//! overthrow"), an object or clause that an intransitive event verb cannot take
//! ("demonstrated that …"), the idiom "not to mention", a person fired (dismissed), "each
//! other" as the object, and a one-sided act of force with none.

use crate::doc::Predicate;
use crate::lexicon::{Class, Lexicon};
use crate::sentence::SentenceView;

/// Does a verb of naming (word class `naming`: call, dub) give its object a name or
/// a quality, which follows the object's phrase ("called the minister a liar", "dubbed
/// the plan a fiasco", "called it 'ludicrous'")? Only time words may follow a called person
/// ("called the president on Monday"). An object before the verb ("the minister, whom
/// Peru calls a liar") is followed by the verb, so the name follows the verb.
pub(super) fn names_its_object(sv: &SentenceView, p: &Predicate) -> bool {
    let a = sv.a;
    if p.passive || !one_word(p) || !sv.lex.is(a.word(p.start), Class::Naming) {
        return false;
    }
    let Some(object) = p.object else { return false };
    let object_end = a.actors()[object].end as usize;
    let next = if object_end <= p.start { p.end } else { object_end };
    next < sv.last()
        && next > p.start
        && crate::grammar::Grammar::get().name_given.has(a.dep(next).tag)
        && a.times_in(next, next + 1).is_empty()
}

/// Is phrase `phrase` the object of a preposition of the verb at `verb` that names a side
/// taken (word class `side_prep`: "for", "alongside"), or of one with a noun of sides
/// (`side_noun`: "on the side of", "on behalf of")?
pub(super) fn names_a_side(sv: &SentenceView, verb: usize, phrase: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let lex = Lexicon::english();
    let of_the_verb = |prep: usize| g.prep.has(a.dep(prep).label) && a.head(prep) == Some(verb);
    // The side noun over token `t`, whose "of" names an actor: `t` itself ("the side of
    // the regime" as one phrase), or the noun its "of" hangs on. Not "the left side of
    // the road".
    let of_an_actor = |n: usize| {
        a.children(n).iter().map(|&c| c as usize).any(|of| {
            lex.is(a.word(of), Class::Genitive)
                && a.children(of)
                    .iter()
                    .any(|&o| a.actor_at(o as usize).is_some_and(|k| a.actors()[k].is_actor()))
        })
    };
    let side_noun = |t: usize| {
        let noun = if lex.is(a.word(t), Class::SideNoun) {
            Some(t)
        } else {
            a.head(t)
                .filter(|&of| lex.is(a.word(of), Class::Genitive))
                .and_then(|of| a.head(of))
                .filter(|&n| lex.is(a.word(n), Class::SideNoun))
        };
        noun.filter(|&n| of_an_actor(n))
            .and_then(|n| a.head(n))
            .is_some_and(of_the_verb)
    };
    // "fought with the Kurds against Isis": with an enemy named by "against", "with" names
    // the side.
    let enemy_named = || enemy_of(sv, verb).is_some();
    let side_prep = |prep: usize| {
        lex.is(a.word(prep), Class::SidePrep) || (lex.is(a.word(prep), Class::Comitative) && enemy_named())
    };
    let ph = &a.actors()[phrase];
    (ph.start as usize..ph.end as usize)
        .any(|t| side_noun(t) || a.head(t).is_some_and(|prep| of_the_verb(prep) && side_prep(prep)))
}

/// The actor phrase a verb of violence names as its enemy with "against" ("fought with the
/// Kurds against Isis"), on the verb or, as the parse may hang it, on the object of the
/// verb's "with".
pub(super) fn enemy_of(sv: &SentenceView, verb: usize) -> Option<usize> {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let children = |t: usize| a.children(t).iter().map(|&c| c as usize);
    let object_of = |prep: usize| children(prep).find(|&o| g.pobj.has(a.dep(o).label));
    let preps = |t: usize| children(t).filter(|&c| g.prep.has(a.dep(c).label));
    let lex = Lexicon::english();
    let with_object = preps(verb)
        .filter(|&c| lex.is(a.word(c), Class::Comitative))
        .find_map(object_of);
    preps(verb)
        .chain(with_object.into_iter().flat_map(preps))
        .filter(|&c| lex.is(a.word(c), Class::OpposingPrep))
        .find_map(|c| {
            object_of(c)
                .and_then(|o| a.actor_at(o))
                .filter(|&k| a.actors()[k].is_actor())
        })
}

/// Is the verb one word? A phrasal verb is another verb than its first word ("called for
/// an inquiry", "called off the strike" are no calls).
pub(super) fn one_word(p: &Predicate) -> bool {
    p.end == p.start + 1
}

/// Is the verb one of defeating (word class `defeating`: beat, defeat, edge) with a score
/// after it in its clause ("beat Hungary 2-0", "defeated them 6-4, 7-6")? A game, not force.
pub(super) fn defeat_with_a_score(sv: &SentenceView, p: &Predicate) -> bool {
    let a = sv.a;
    if !sv.lex.is(a.word(p.start), Class::Defeating) {
        return false;
    }
    // A score's numbers are short and no date ("on March 3-4" is a time).
    let digits = |t: usize| (1..=2).contains(&a.text(t).len()) && a.text(t).bytes().all(|b| b.is_ascii_digit());
    let end = (p.end + 12).min(sv.last());
    (p.end..end.saturating_sub(2))
        .any(|t| digits(t) && sv.opens_hyphenated_word(t) && digits(t + 2) && a.times_in(t, t + 3).is_empty())
}

/// "It is striking that …", "it was shocking that …": a present participle after an
/// empty "it" and "be", with a "that" clause right after it, judges that clause; it is
/// no act.
pub(super) fn judges_a_clause(sv: &SentenceView, p: &Predicate) -> bool {
    let (g, a) = (crate::grammar::Grammar::get(), sv.a);
    let v = p.start;
    let children = || a.children(v).iter().map(|&c| c as usize);
    let empty_it = children().any(|c| g.subject.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::PronounThing));
    let be = children().any(|c| {
        g.aux.has(a.dep(c).label)
            && (sv.lex.is(a.word(c), Class::PassiveAuxiliary) || sv.lex.is(a.word(c), Class::BeContracted))
    });
    // The parser may read the "that" as a determiner; right after the participle it opens
    // the clause.
    let that_clause = v + 1 < sv.last()
        && sv.lex.is(a.word(v + 1), Class::Complementizer)
        && children().any(|c| c > v && g.complement.has(a.dep(c).label));
    one_word(p) && g.gerund.has(a.dep(v).tag) && empty_it && be && that_clause
}

/// Does the actor phrase own a noun of what befalls someone (word class `undoing`: "the
/// president's overthrow", "the defeat of the rebels"), or follow "against" (word class
/// `opposing_prep`: "backed military action against Peru", where `against_counts`)?
/// Cooperation is never with the one it is against.
pub(super) fn suffers_what_is_backed(sv: &SentenceView, phrase: usize, against_counts: bool) -> bool {
    let (g, a) = (crate::grammar::Grammar::get(), sv.a);
    let Some(h) = a.phrase_head(&a.actors()[phrase]) else {
        return false;
    };
    let against = g.pobj.has(a.dep(h).label) && a.head(h).is_some_and(|p| sv.lex.is(a.word(p), Class::OpposingPrep));
    if against {
        return against_counts;
    }
    let noun = if g.owner.has(a.dep(h).label) && !g.prep.has(a.dep(h).label) {
        a.head(h)
    } else if g.pobj.has(a.dep(h).label) {
        a.head(h)
            .filter(|&p| sv.lex.is(a.word(p), Class::Genitive))
            .and_then(|p| a.head(p))
    } else {
        None
    };
    noun.is_some_and(|n| sv.lex.is(a.word(n), Class::Undoing))
}

/// Is the verb one whose event takes no object ("protesters demonstrated") used with a
/// direct object or a clause ("demonstrated their reach", "demonstrates how …")?
pub(super) fn intransitive_with_object(sv: &SentenceView, p: &Predicate) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    // The parser may hang a "that" clause after an adjunct as adverbial ("demonstrated
    // in 2013 that …").
    let that_clause = |c: usize| that_clause_after(sv, p.start, c, g.adverbial_clause);
    // A relative pronoun is an object before its verb ("the promises which they have
    // demonstrated").
    let has_object = p.object_token.is_some_and(|o| o >= p.end)
        || a.children(p.start).iter().any(|&c| {
            let c = c as usize;
            let dep = a.dep(c);
            g.complement.has(dep.label) || (g.object.has(dep.label) && g.relative_tags.has(dep.tag)) || that_clause(c)
        });
    has_object && crate::clauses::lemmas(sv, &p.forms).any(|l| sv.frames.is_intransitive_event(l))
}

/// Is a verb of coercion or force (CAMEO 15-20) completed by a clause that "that" opens
/// ("he apprehended that riots might follow", "it struck him that the talks had
/// failed")? Force takes no such clause: the verb is one of fearing or noticing here.
pub(super) fn force_with_a_that_clause(sv: &SentenceView, p: &Predicate, code: Option<&str>) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let force = code
        .and_then(dragoman_core::cameo_root)
        .is_some_and(|r| matches!(r, "15" | "16" | "17" | "18" | "19" | "20"));
    force
        && a.children(p.start)
            .iter()
            .any(|&c| that_clause_after(sv, p.start, c as usize, g.complement))
}

/// Is an active verb of force (CAMEO 18-20) with no object followed at once, past its particle,
/// by the words it introduces (a colon, or a quotation mark that opens a quotation: "the
/// minister shot back: …", "hit back, “…”")? It is a retort then, not force.
pub(super) fn force_opening_a_quotation(sv: &SentenceView, p: &Predicate, code: Option<&str>) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    if !code.is_some_and(dragoman_core::is_violent) || p.passive || p.object_token.is_some() {
        return false;
    }
    let mut t = p.end;
    while t < sv.last() && (g.particle.has(a.dep(t).label) || g.advmod.has(a.dep(t).label)) {
        t += 1;
    }
    if t < sv.last() && a.text(t) == "," {
        t += 1;
    }
    // A quotation mark that opens words said, not one closing the words the verb ends
    // nor a word or two set off ("are fighting “fiercely”").
    let opens_a_quotation = a
        .quotes()
        .iter()
        .any(|q| q.start as usize == t + 1 && q.end >= q.start + 3);
    t < sv.last() && (a.text(t) == ":" || opens_a_quotation)
}

/// Is the word at `c`, a dependent of the verb at `v` after it with a label of `labels`,
/// the head of a clause that "that" opens? "That" must open it: "so that", "now that"
/// tell a purpose or a time.
fn that_clause_after(sv: &SentenceView, v: usize, c: usize, labels: crate::grammar::IdSet) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let opener = crate::clauses::clause_of(a, c).start;
    c > v
        && labels.has(a.dep(c).label)
        && g.mark.has(a.dep(opener).label)
        && a.head(opener) == Some(c)
        && sv.lex.is(a.word(opener), Class::Complementizer)
}

/// Is the verb of saying at `p` the idiom "not to mention", "not to speak of", "not to say"
/// ("the capital, not to mention the ports"): "not to" before it, and no verb it
/// completes ("decided not to mention it" is a decision). It adds to a list; nobody
/// mentions anything.
pub(super) fn not_to_mention(sv: &SentenceView, p: &Predicate, code: Option<&str>) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    p.start >= sv.first() + 2
        && a.word(p.start - 1) == "to"
        && a.word(p.start - 2) == "not"
        && !g.complement.has(a.dep(p.start).label)
        && (crate::clauses::frame_at(sv, p.start) == Some(crate::doc::Frame::Speech)
            || code.and_then(dragoman_core::cameo_root) == Some("01"))
}

/// Is the verb one whose passive, said of a person and aimed at nothing, means something
/// else than its act of force ("the coach was fired by the club", "he was fired")? Shots
/// are fired; people are fired at or upon.
pub(super) fn person_passive_other_sense(sv: &SentenceView, p: &Predicate) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    if !p.passive || !sv.lex.is(a.word(p.start), Class::PersonPassiveOtherSense) {
        return false;
    }
    let person = p.subject.is_some()
        || p.subject_token.is_some_and(|t| {
            // "he", "they", or the "who" of a relative clause.
            let w = a.word(t);
            sv.lex.is(w, Class::PronounPerson)
                || sv.lex.is(w, Class::PronounPlural)
                || g.personal_relative.has(a.dep(t).tag)
        });
    let aimed = a.children(p.start).iter().any(|&c| {
        let c = c as usize;
        g.prep.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::AimedAt)
    });
    person && !aimed
}

/// Is the verb one of force done to someone (word class `one_sided`: "attack", "shell"),
/// active and with no object? "X and Y might attack any day" attack someone unnamed
/// together, not each other, as "X and Y fought" fought each other.
pub(super) fn one_sided_alone(sv: &SentenceView, p: &Predicate) -> bool {
    !p.passive && p.object.is_none() && p.object_token.is_none() && sv.lex.is(sv.a.word(p.start), Class::OneSided)
}

/// Is the verb's object, or the object of one of its prepositions, "each other" or "one
/// another" ("attacked each other", "clashed with one another")?
pub(super) fn each_other(sv: &SentenceView, verb: usize) -> bool {
    let (g, a) = (crate::grammar::Grammar::get(), sv.a);
    // A word of class `reciprocal` ("other", "another") with the word before it as its
    // own dependent ("each other"), or as the dependent of the word before it (the
    // parser heads "one another" on "one"); "one other country" heads on "country".
    let reciprocal_word = |t: usize| t < a.tags().len() && sv.lex.is(a.word(t), Class::Reciprocal);
    let reciprocal = |o: usize| {
        (reciprocal_word(o) && o > 0 && a.head(o - 1) == Some(o))
            || (reciprocal_word(o + 1) && a.head(o + 1) == Some(o))
    };
    a.children(verb)
        .iter()
        .map(|&c| c as usize)
        .filter(|&c| c > verb)
        .any(|c| {
            let label = a.dep(c).label;
            (g.object.has(label) && reciprocal(c))
                || (g.prep.has(label)
                    && a.children(c)
                        .iter()
                        .any(|&o| g.pobj.has(a.dep(o as usize).label) && reciprocal(o as usize)))
        })
}

/// The noun a relative pronoun stands for when it is the subject of a relative clause
/// ("an earthquake that killed 300", "the plague, which wiped out"): the noun the clause
/// modifies; any other subject is itself.
pub(super) fn antecedent(sv: &SentenceView, verb: usize, subject: usize) -> usize {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let relative = g.relative_tags.has(a.dep(subject).tag) && g.relcl.has(a.dep(verb).label);
    relative.then(|| a.head(verb)).flatten().unwrap_or(subject)
}

/// Is the verb a verb and "back" alone ("pushed back")? Done to a thing it is put off
/// ("the exams were pushed back", "pushing back the date"), not done to anyone. (Other
/// particles make verbs of their own: "called off the talks" is an event.)
pub(super) fn moved_back(sv: &SentenceView, p: &Predicate) -> bool {
    p.end == p.start + 2 && sv.a.word(p.start + 1) == "back" && sv.a.head(p.start + 1) == Some(p.start)
}

/// Does cooperative verb `verb` (code `forward` of roots 03-07: "sent troops", 062)
/// have as target its object `t`, the subject's own forces it moves ("Chile sent its
/// troops", "sent jets")? They are no partner in the act; whom they go to is, when named
/// ("sent aid to the victims").
pub(super) fn sends_own_forces(sv: &SentenceView, forward: Option<&str>, verb: usize, t: usize) -> bool {
    let a = sv.a;
    let cooperative = forward
        .and_then(dragoman_core::cameo_root)
        .is_some_and(|r| ("03"..="07").contains(&r));
    let object = || {
        a.phrase_head(&a.actors()[t])
            .is_some_and(|h| a.head(h) == Some(verb) && crate::grammar::Grammar::get().object.has(a.dep(h).label))
    };
    cooperative && object() && crate::clauses::senders_own(sv, verb, t)
}
