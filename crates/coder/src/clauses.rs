//! The predicates of a sentence, read off its dependency tree: which dictionary verbs are
//! used as verbs, each one's clause, subject, object, passive and agent, negation,
//! modality and tense, whether it is subordinate, and which verbs (or adjectives) frame
//! others ("offered to mediate", "ready to talk").
//!
//! Reads: tokens, tags, the syntax layer, actor phrases. Adds: [`Syntax`], which the event
//! stages read. Pure: it only looks at the document.
//!
//! How arguments are found:
//! - a verb's subject is the actor phrase holding its `nsubj`/`nsubjpass`; a relative
//!   pronoun stands for the noun its clause modifies; a verb without a subject takes its
//!   conjunct's ("attacked X and bombed Y"), its governor's (an `xcomp` takes the
//!   governor's object if it has one: "urged Iran to talk"), or, for a participle
//!   modifying a noun, that noun ("troops sent by Moscow" is passive);
//! - the object is the `dobj` (or `dative`) phrase, else the object of a preposition that
//!   can carry a target ("talks with", "sanctions against"); speech verbs take only
//!   "to";
//! - an argument's head reaches its actor through possessives, compounds, nationality
//!   adjectives, "of" and appositions ("the leaders of Russia", "Ukrainian positions").

use dragoman_core::Modality;
use dragoman_kb::verbs::Tense as VerbTense;
use dragoman_kb::VerbForm;

use crate::doc::{Analysis, Clause, Embedding, Frame, Predicate};
use crate::grammar::Grammar;
use crate::lexicon::{Class, Lexicon};
use crate::sentence::SentenceView;
use crate::time::Tense;

mod embeddings;
mod hearsay;
mod infinitives;
mod negation;
mod objects;
mod reach;
mod subjects;
mod unrealised;
use embeddings::embeddings;
pub(crate) use embeddings::{attempt_made, obliged_by_words, states_what_is_so, wants_another_to_act};
use infinitives::{beyond_reach, failed_by_noun, means_to, noun_infinitive};
pub use negation::noun_negated;
use objects::object_of;
pub(crate) use objects::senders_own;
use reach::phrase_of;
pub(crate) use reach::{absolute_clause, behind_relation};
pub(crate) use subjects::active_subject;
use subjects::subject_of;

/// A sentence's predicates and framing relations.
pub struct Syntax {
    pub predicates: Vec<Predicate>,
    pub embeddings: Vec<Embedding>,
}

impl Syntax {
    /// The framing of the verb starting at token `verb`, if something frames it.
    pub fn embedding_of(&self, verb: usize) -> Option<&Embedding> {
        self.embeddings.iter().find(|e| e.embedded == verb)
    }
}

/// A verb occurrence before its arguments are read.
struct VerbUse {
    start: usize,
    end: usize,
    forms: Vec<VerbForm>,
}

/// Reads the sentence's predicates and embeddings.
pub fn analyse(sv: &SentenceView) -> Syntax {
    let verbs = verbs(sv);
    let predicates: Vec<Predicate> = verbs.into_iter().map(|v| predicate(sv, v)).collect();
    let embeddings = embeddings(sv, &predicates);
    Syntax { predicates, embeddings }
}

fn predicate(sv: &SentenceView, v: VerbUse) -> Predicate {
    let g = Grammar::get();
    let t = v.start;
    let tag = sv.a.dep(t).tag;
    let tense = if g.past_tags.has(tag) {
        VerbTense::Past
    } else if g.gerund.has(tag) {
        VerbTense::Gerund
    } else if sv.a.word(t).ends_with('s') {
        VerbTense::Third
    } else {
        VerbTense::Base
    };
    let (negated, modality, time_tense) = polarity(sv, t);
    let (subject, passive, subject_token) = subject_of(sv, t, 0);
    Predicate {
        subject_token,
        clause: clause_of(sv.a, t),
        subject,
        object: object_of(sv, t),
        object_token: direct_object(sv, t),
        agent: agent_of(sv, t),
        passive,
        negated,
        modality,
        time_tense,
        subordinate: subordinate(sv, t, 0),
        frames_next: frames_next(sv, t),
        speaker: None,
        start: v.start,
        end: v.end,
        forms: v.forms,
        tense,
    }
}

/// The frame of a verb's lemma, when the dictionaries list its forms under a framing verb.
pub fn frame_of_forms(sv: &SentenceView, forms: &[VerbForm]) -> Option<Frame> {
    lemmas(sv, forms).find_map(|l| sv.frames.frame(l))
}

/// The folded lemma (head word) of each dictionary reading of a verb.
pub fn lemmas<'s>(sv: &'s SentenceView, forms: &'s [VerbForm]) -> impl Iterator<Item = &'s str> + 's {
    forms.iter().map(|f| {
        let (_, e) = sv.kb.verbs.verb(*f);
        &*e.words[e.head]
    })
}

/// The frame of the verb at token `t`, from its form with its particle ("ruled out"
/// frames, "ruled" does not), its form or the lemma of any dictionary reading of it.
pub(crate) fn frame_at(sv: &SentenceView, t: usize) -> Option<Frame> {
    frame_of(sv, t, sv.kb.verbs.lookup(sv.a.word(t)))
}

/// The frame of a predicate, as [`frame_at`] but from the dictionary readings it has.
pub(crate) fn predicate_frame(sv: &SentenceView, p: &Predicate) -> Option<Frame> {
    frame_of(sv, p.start, &p.forms)
}

fn frame_of(sv: &SentenceView, t: usize, forms: &[VerbForm]) -> Option<Frame> {
    phrasal_form(sv, t)
        .and_then(|form| sv.frames.frame(&form))
        .or_else(|| sv.frames.frame(sv.a.word(t)))
        .or_else(|| frame_of_forms(sv, forms))
}

/// The verb at `t` with the particle the parse gives it ("ruled out"), if it has one.
pub(crate) fn phrasal_form(sv: &SentenceView, t: usize) -> Option<String> {
    let particle = child_with(sv, t, Grammar::get().particle)?;
    Some(format!("{} {}", sv.a.word(t), sv.a.word(particle)))
}

/// Dictionary verbs the parser reads as verbs (not nouns, adjectives or prepositions:
/// "the meeting", "UN-led", "according to").
fn verbs(sv: &SentenceView) -> Vec<VerbUse> {
    let a = sv.a;
    let mut out = Vec::new();
    let mut i = sv.first();
    while i < sv.last() {
        if !a.tags()[i].verb || sv.in_name(i) || !is_verb_use(sv, i) {
            i += 1;
            continue;
        }
        let (chosen, best_len) = dictionary_verbs_at(sv, i);
        if chosen.is_empty() {
            i += 1;
            continue;
        }
        out.push(VerbUse {
            start: i,
            end: i + best_len,
            forms: chosen,
        });
        i += best_len;
    }
    out
}

/// The dictionary verbs the word at `t` begins: the longest multi-word entries whose
/// other words follow ("meet with", "call on", "llevar a cabo"), and their length. A
/// preposition that opens a time expression is the time's ("called on Monday" is no "call
/// on").
pub fn dictionary_verbs_at(sv: &SentenceView, t: usize) -> (Vec<VerbForm>, usize) {
    let a = sv.a;
    let mut best_len = 1;
    let mut chosen: Vec<VerbForm> = Vec::new();
    // "found" read as a past is "find", not "found" (a party); "wound" is "wind".
    let past_of_another = sv.lex.is(a.word(t), Class::PastOfAnotherVerb) && Grammar::get().past_tags.has(a.dep(t).tag);
    for f in sv.kb.verbs.lookup(a.word(t)) {
        let (_, entry) = sv.kb.verbs.verb(*f);
        if entry.head > 0 || (past_of_another && f.tense != VerbTense::Past) {
            continue;
        }
        let rest = &entry.words[entry.head + 1..];
        let fits = rest
            .iter()
            .enumerate()
            .all(|(k, w)| t + 1 + k < sv.last() && a.word(t + 1 + k) == &**w && !sv.opens_a_time(t + 1 + k));
        if !fits {
            continue;
        }
        let len = 1 + rest.len();
        if len > best_len {
            best_len = len;
            chosen.clear();
        }
        if len == best_len {
            chosen.push(*f);
        }
    }
    (chosen, best_len)
}

/// Is token `i` used as a verb: tagged as one, and not modifying a noun ("war-torn",
/// "alleged") nor working as a preposition ("including", "following")?
pub fn is_verb_use(sv: &SentenceView, i: usize) -> bool {
    let g = Grammar::get();
    let d = sv.a.dep(i);
    g.verb_tags.has(d.tag)
        && !g.modifier.has(d.label)
        && !g.prep.has(d.label)
        && !reversed_by_prefix(sv, i)
        && !gerund_with_agent(sv, i)
        && !except_preposition(sv, i)
}

/// Is the "-ing" form at `i` a preposition of exception (word class `except_participle`:
/// "barring stray incidents", "was calm, barring a few clashes")? It then opens its
/// phrase: first in the sentence, or after a comma, an adverb or a conjunction; and has no
/// "from" below it. After a noun or an auxiliary it is the verb ("an order barring
/// rallies", "are barring them from entering").
fn except_preposition(sv: &SentenceView, i: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    // Asked of every verb: the word class first, the rest only for "barring".
    if !sv.lex.is(a.word(i), Class::ExceptParticiple) {
        return false;
    }
    let from = |t: usize| a.children(t).iter().any(|&c| a.word(c as usize) == "from");
    let opens = i == sv.first() || {
        let before = a.dep(i - 1).tag;
        a.is_punct(i - 1) || g.adverb_tags.has(before) || g.coordinator.has(before)
    };
    opens && !from(i) && !a.children(i).iter().any(|&c| from(c as usize))
}

/// Is the "-ing" form at `i` a noun because "by" names its doer ("airstrikes and shelling
/// by government forces", "the killing by police")? A verb's "-ing" takes its doer as
/// subject; "by" after it says how ("won by fighting") unless it names an actor.
fn gerund_with_agent(sv: &SentenceView, i: usize) -> bool {
    let (g, a) = (Grammar::get(), sv.a);
    g.gerund.has(a.dep(i).tag)
        && a.children(i).iter().map(|&c| c as usize).any(|c| {
            c == i + 1
                && g.prep.has(a.dep(c).label)
                && sv.lex.is(a.word(c), Class::AgentBy)
                && child_with(sv, c, g.pobj).is_some_and(|o| phrase_of(sv, o).is_some())
        })
}

/// Is the verb at `i` the second half of a hyphened word whose prefix turns it around
/// (word class `reversing_prefix`: "de-escalate" is no escalation)?
fn reversed_by_prefix(sv: &SentenceView, i: usize) -> bool {
    i >= sv.first() + 2 && sv.opens_hyphenated_word(i - 2) && sv.lex.is(sv.a.word(i - 2), Class::ReversingPrefix)
}

/// The direct object of the verb at `v`: a child labelled as one, after the verb.
pub(crate) fn direct_object(sv: &SentenceView, v: usize) -> Option<usize> {
    child_with(sv, v, Grammar::get().object).filter(|&c| c > v)
}

/// The first child of `t` with a label in `labels`.
fn child_with(sv: &SentenceView, t: usize, labels: crate::grammar::IdSet) -> Option<usize> {
    sv.a.children(t)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| labels.has(sv.a.dep(c).label))
}

/// Is the object of the preposition at `p` a noun that "no" determines ("no time")?
fn negative_noun_under(sv: &SentenceView, p: usize) -> bool {
    let (g, a) = (Grammar::get(), sv.a);
    child_with(sv, p, g.pobj).is_some_and(|o| {
        a.children(o)
            .iter()
            .any(|&d| Lexicon::english().is(a.word(d as usize), Class::NegativeDet))
    })
}

/// The "by …" agent of a passive verb.
fn agent_of(sv: &SentenceView, v: usize) -> Option<usize> {
    let g = Grammar::get();
    let by = child_with(sv, v, g.agent)
        .or_else(|| by_under_own_phrase(sv, v))
        .or_else(|| subjects::agent_of_next_conjunct(sv, v))?;
    child_with(sv, by, g.pobj).and_then(|o| phrase_of(sv, o))
}

/// A passive participle's "by" (asked only when it has no agent of its own) that the
/// parse hangs on the noun of the verb's own prepositional phrase ("jailed for ten years
/// by a court", "imprisoned for her views by the regime"): a noun that names no event has
/// no agent, so the verb's is meant.
fn by_under_own_phrase(sv: &SentenceView, v: usize) -> Option<usize> {
    let (g, a) = (Grammar::get(), sv.a);
    if !g.past_tags.has(a.dep(v).tag) {
        return None;
    }
    // An event noun of the table, or a verb's "-ing" form used as a noun ("the killing").
    let names_an_event = |o: usize| {
        sv.noun_ending_at(o).is_some() || (a.word(o).ends_with("ing") && !sv.kb.verbs.lookup(a.word(o)).is_empty())
    };
    a.children(v)
        .iter()
        .map(|&c| c as usize)
        .filter(|&c| c > v && g.prep.has(a.dep(c).label))
        .filter_map(|p| child_with(sv, p, g.pobj))
        .filter(|&o| !names_an_event(o))
        .find_map(|o| {
            a.children(o)
                .iter()
                .map(|&c| c as usize)
                .find(|&c| c > o && g.prep.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::AgentBy))
        })
}

/// Negation, modality and tense of the verb at `v` from its auxiliaries, its negation,
/// "no" on its object, and its tag; a conjunct without auxiliaries shares its head's
/// modality ("will meet and sign").
pub fn polarity(sv: &SentenceView, v: usize) -> (bool, Modality, Tense) {
    let g = Grammar::get();
    let a = sv.a;
    let mut negated = false;
    let mut modality = Modality::Asserted;
    let mut tense = if g.past_tags.has(a.dep(v).tag) {
        Tense::Past
    } else {
        Tense::Present
    };
    let mut has_aux = false;
    for &c in a.children(v) {
        let c = c as usize;
        let label = a.dep(c).label;
        if g.neg.has(label) {
            negated |= !negation::fronted_litotes(sv, v, c);
        } else if g.aux.has(label) {
            // The "to" of an infinitive is no auxiliary of its own.
            has_aux |= !g.infinitive_marker.has(a.dep(c).tag);
            let w = a.word(c);
            if let Some((m, future)) = auxiliary_modality(w) {
                modality = m;
                if future {
                    tense = Tense::Future;
                }
            } else if Lexicon::english().is(w, Class::PastAuxiliary) && tense != Tense::Future {
                tense = Tense::Past;
            }
            if conditional(sv, c) {
                modality = Modality::Hypothetical;
            }
        } else if conditional(sv, c) || (g.mark.has(label) && sv.lex.is(a.word(c), Class::Interrogative)) {
            // "if they attack", and "whether they attacked": a condition or an open
            // question ("refused to say whether", "it is unclear whether") tells nothing
            // happened.
            modality = Modality::Hypothetical;
        } else if ((g.object.has(label) || g.subject.has(label) || g.passive_subject.has(label))
            && negation::negating_argument(sv, c))
            || (g.advmod.has(label) && negation::ceased(sv, c))
        {
            // "no soldiers were killed", and "no longer supports them".
            negated = true;
        } else if c < v && g.prep.has(label) && negative_noun_under(sv, c) {
            // "under no circumstances will they", "at no time did the army": a phrase
            // of "no" before the verb denies it ("sold at no cost" after it says how).
            negated = true;
        }
    }
    // "too weak to defeat them", "too late to stop it": what is beyond reach did not happen;
    // nor did what failed or was refused ("their failure to stop it").
    let failed = failed_by_noun(sv, v);
    negated |= beyond_reach(sv, v) || failed;
    // "did not fight well", "did not last long": the negation is of how, not whether.
    if negated && says_how(sv, v) {
        negated = false;
    }
    if modality == Modality::Asserted {
        modality = unrealised::wished_on_object(sv, v).unwrap_or(modality);
    }
    if let Some((m, framing_negated)) = unrealised::framed_from_afar(sv, v).filter(|_| modality == Modality::Asserted) {
        modality = m;
        negated |= framing_negated;
    }
    if modality == Modality::Asserted
        && !failed
        && (noun_infinitive(sv, v)
            || means_to(sv, v)
            || hearsay::wanted_by_noun(sv, v)
            || unrealised::kept_from(sv, v)
            || unrealised::not_permitted(sv, v)
            || unrealised::on_condition(sv, v)
            || unrealised::said_of_anyone(sv, v))
    {
        modality = Modality::Hypothetical;
    } else if modality == Modality::Asserted && hearsay::saying_noun(sv, v).is_some() {
        modality = Modality::Reported;
    }
    if let Some(h) = hearsay::hearsay_passive(sv, v) {
        // "is said to have fled": hearsay; "is not thought to have helped": not so.
        negated |= child_with(sv, h, g.neg).is_some();
        if modality == Modality::Asserted {
            modality = Modality::Reported;
        }
    }
    // A conjunct shares its first verb's auxiliaries ("will meet and sign"); an infinitive
    // complement is no more real than the verb it completes ("will be forced to release
    // them", "could be asked to leave"), nor is one of purpose than the verb it serves
    // ("must stay to protect them").
    // "the president is to visit Peru", "who was to meet them": "be" with an infinitive
    // tells what is arranged, not what happened.
    if modality == Modality::Asserted && !has_aux && unrealised::arranged(sv, v) {
        modality = Modality::Intended;
    }
    // "Chile has to capture the airport", "needs to act": what must still be done.
    if modality == Modality::Asserted && !has_aux && unrealised::necessary(sv, v) {
        modality = Modality::Hypothetical;
    }
    if !has_aux {
        if let Some(h) = a.head(v).filter(|&h| {
            (g.conj.has(a.dep(v).label)
                || g.xcomp.has(a.dep(v).label)
                || purpose_infinitive(sv, v)
                || infinitives::serial_after_motion(sv, v))
                && g.verb_tags.has(a.dep(v).tag)
                && g.verb_tags.has(a.dep(h).tag)
        }) {
            let (head_negated, m, t) = polarity_shallow(sv, h);
            // "would build a wall and get Chile to pay": the head, a conjunct with no
            // auxiliary of its own, has its first verb's.
            let (m, t) = match conjunct_sharing_auxiliaries(sv, h) {
                Some(first) if m == Modality::Asserted && !g.conj.has(a.dep(v).label) => {
                    let (_, m, t) = polarity_shallow(sv, first);
                    (m, t)
                }
                _ => (m, t),
            };
            if m != Modality::Asserted {
                modality = m;
                tense = t;
            } else if !g.conj.has(a.dep(v).label) && failed_by_noun(sv, h) {
                // "their refusal to answer calls to stop": what a failed act was to lead
                // to is no more than possible.
                modality = Modality::Hypothetical;
            }
            // "cannot hold them and prosecute them": a conjunct with no subject of its
            // own shares its first verb's negation, unless set against it ("did not
            // attack but withdrew").
            negated |= head_negated && negation::shares_negation(sv, h, v);
        }
    }
    (negated, modality, tense)
}

/// The first verb of the conjunct at `h` when `h` has no auxiliary, tense or subject of
/// its own and so shares that verb's auxiliaries ("will meet and sign").
fn conjunct_sharing_auxiliaries(sv: &SentenceView, h: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let own_aux = a
        .children(h)
        .iter()
        .any(|&c| g.aux.has(a.dep(c as usize).label) && !g.infinitive_marker.has(a.dep(c as usize).tag));
    // A tensed conjunct or one with its own subject is a clause of its own: "could
    // gather and how the police failed to stop them".
    let own_clause = g.finite.has(a.dep(h).tag)
        || child_with(sv, h, g.subject).is_some()
        || child_with(sv, h, g.passive_subject).is_some();
    if own_aux || own_clause || !g.conj.has(a.dep(h).label) {
        return None;
    }
    a.head(h).filter(|&f| f < h && g.verb_tags.has(a.dep(f).tag))
}

/// [`polarity`] without following conjuncts (no recursion).
pub(super) fn polarity_shallow(sv: &SentenceView, v: usize) -> (bool, Modality, Tense) {
    let g = Grammar::get();
    let a = sv.a;
    let mut modality = Modality::Asserted;
    let mut tense = Tense::Present;
    let mut negated = false;
    for &c in a.children(v) {
        let c = c as usize;
        negated |= g.neg.has(a.dep(c).label);
        if conditional(sv, c) {
            modality = Modality::Hypothetical;
        } else if g.aux.has(a.dep(c).label) {
            if let Some((m, future)) = auxiliary_modality(a.word(c)) {
                modality = m;
                if future {
                    tense = Tense::Future;
                }
            }
        }
    }
    let failed = failed_by_noun(sv, v);
    negated |= failed;
    if modality == Modality::Asserted
        && !failed
        && (noun_infinitive(sv, v) || hearsay::wanted_by_noun(sv, v) || unrealised::after_in_case(sv, v))
    {
        modality = Modality::Hypothetical;
    }
    (negated, modality, tense)
}

/// Is the verb at `v` an infinitive of purpose, an adverbial clause with "to" and no
/// subject of its own ("stayed to protect them")?
pub(crate) fn purpose_infinitive(sv: &SentenceView, v: usize) -> bool {
    Grammar::get().adverbial_clause.has(sv.a.dep(v).label) && subjectless_infinitive(sv, v)
}

/// Is the verb at `v` an infinitive modifying the word it hangs on, a clause with "to"
/// and no subject of its own ("a plan to arrest them", "the first to arrest them")? The
/// parser labels it `acl` or `relcl`.
pub(crate) fn infinitive_modifier(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let label = sv.a.dep(v).label;
    (g.acl.has(label) || g.relcl.has(label)) && subjectless_infinitive(sv, v)
}

/// Is the verb at `v` an infinitive with "to" and no subject of its own?
fn subjectless_infinitive(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    a.children(v).iter().any(|&c| {
        let c = c as usize;
        c < v && g.infinitive_marker.has(a.dep(c).tag)
    }) && child_with(sv, v, g.subject).is_none()
}

/// The modality an auxiliary gives its verb, and whether it makes the verb future: "will"
/// (intended, future), "would" (intended), "could", "should" (hypothetical).
/// The modality the auxiliaries of verb `v` give it ("will stage", "could order"), if any;
/// unlike [`polarity`], not what its clause's place in the sentence gives it.
pub(crate) fn auxiliaries_modality(sv: &SentenceView, v: usize) -> Option<Modality> {
    let g = Grammar::get();
    let a = sv.a;
    a.children(v)
        .iter()
        .map(|&c| c as usize)
        .filter(|&c| g.aux.has(a.dep(c).label))
        .find_map(|c| auxiliary_modality(a.word(c)))
        .map(|(m, _)| m)
}

fn auxiliary_modality(w: &str) -> Option<(Modality, bool)> {
    let lex = Lexicon::english();
    if lex.is(w, Class::Future) {
        Some((Modality::Intended, true))
    } else if lex.is(w, Class::Conditional) {
        Some((Modality::Intended, false))
    } else if lex.is(w, Class::Possibility) || lex.is(w, Class::Obligation) {
        Some((Modality::Hypothetical, false))
    } else {
        None
    }
}

/// Is token `c`, a dependent of a verb, the mark of a condition ("if they attack")? The
/// verb's event then happens only on that condition.
fn conditional(sv: &SentenceView, c: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    if g.mark.has(a.dep(c).label) && Lexicon::english().is(a.word(c), Class::Condition) {
        return true;
    }
    // "Had he managed to flee, …", "Were they to attack, …": an adverbial clause whose
    // auxiliary comes before its subject is a condition.
    g.aux.has(a.dep(c).label)
        && Lexicon::english().is(a.word(c), Class::InvertedCondition)
        && a.head(c).is_some_and(|v| {
            g.adverbial_clause.has(a.dep(v).label) && child_with(sv, v, g.subject).is_some_and(|s| c < s)
        })
}

/// Does an adverb of the verb at `v` say how its event went ("went well", "lasted long",
/// word class `how_it_went`), so that a negation bears on that, not on the event?
fn says_how(sv: &SentenceView, v: usize) -> bool {
    sv.a.children(v)
        .iter()
        .any(|&c| sv.lex.is(sv.a.word(c as usize), Class::HowItWent))
}

/// Is the verb at `v` the verb of a condition ("if there is an attack", "unless the
/// arrests stop")?
pub(crate) fn under_condition(sv: &SentenceView, v: usize) -> bool {
    sv.a.children(v).iter().any(|&c| conditional(sv, c as usize))
}

/// Is the verb in a clause that modifies rather than predicates: a relative, adverbial or
/// participial clause, a complement of a verb that frames nothing, or a conjunct of one?
fn subordinate(sv: &SentenceView, v: usize, depth: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    let label = a.dep(v).label;
    let Some(h) = a.head(v) else { return false };
    if g.subordinate.has(label) {
        return true;
    }
    if g.complement.has(label) {
        // "said that X attacked", "plans to attack": what a framing verb frames is the
        // main event; "helped to build" is not.
        return frame_at(sv, h).is_none() && sv.frames.adjective_frame(a.word(h)).is_none();
    }
    if g.conj.has(label) && depth < 4 {
        return subordinate(sv, h, depth + 1);
    }
    false
}

/// Does the verb take a verb complement after it ("offered to mediate", "urged X to")?
fn frames_next(sv: &SentenceView, v: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    a.children(v).iter().any(|&c| {
        let c = c as usize;
        c > v && g.complement.has(a.dep(c).label) && a.tags()[c].verb && is_verb_use(sv, c)
    })
}

/// The class of a question word: `interrogative` ("whether") or `wh_question` ("why").
pub(crate) fn question_word(sv: &SentenceView, t: usize) -> Option<Class> {
    let w = sv.a.word(t);
    [Class::Interrogative, Class::WhQuestion]
        .into_iter()
        .find(|&k| sv.lex.is(w, k))
}

/// The question word opening the complement clause of `c`, by its class ("whether they
/// would leave", "why the army attacked").
fn question(sv: &SentenceView, c: usize) -> Option<Class> {
    sv.a.children(c)
        .iter()
        .map(|&d| d as usize)
        .filter(|&d| d < c)
        .find_map(|d| question_word(sv, d))
}

/// The verb's own clause: the tokens it governs, without the clauses it embeds.
pub fn clause_of(a: &Analysis, v: usize) -> Clause {
    let g = Grammar::get();
    let (mut lo, mut hi) = (v, v + 1);
    let mut stack = vec![v];
    while let Some(x) = stack.pop() {
        // Punctuation does not stretch a clause over the clauses it embeds ("said that X
        // attacked Y.": the final stop hangs on "said").
        if !a.is_punct(x) {
            lo = lo.min(x);
            hi = hi.max(x + 1);
        }
        for &c in a.children(x) {
            let c = c as usize;
            let label = a.dep(c).label;
            let verb_conj = g.conj.has(label) && g.verb_tags.has(a.dep(c).tag);
            if (g.clausal.has(label) && !g.conj.has(label)) || verb_conj {
                continue;
            }
            stack.push(c);
        }
    }
    Clause { start: lo, end: hi }
}

/// The clause around token `t`: its nearest governing verb's, else the whole sentence.
pub fn clause_around(a: &Analysis, t: usize) -> Clause {
    let g = Grammar::get();
    let mut v = t;
    for _ in 0..12 {
        if g.verb_tags.has(a.dep(v).tag) {
            return clause_of(a, v);
        }
        match a.head(v) {
            Some(h) => v = h,
            None => break,
        }
    }
    let s = a.sentences()[a.sentence_of(t)];
    Clause {
        start: s.first as usize,
        end: s.last as usize,
    }
}
