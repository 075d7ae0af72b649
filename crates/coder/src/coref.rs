//! The discourse model: pronouns and descriptions resolved to earlier actors.
//!
//! - "Türkiye He has…", "Erdogan he has…": a pronoun right after an actor restates it
//!   (machine translation of languages that drop subjects leaves these), unless the actor
//!   follows a preposition ("turning to Peru, he …");
//! - he/she: the most recent person, preferring subjects, within three sentences; in its
//!   own sentence a country or organisation subject too (translated text), never a
//!   dateline, a city, a role noun or an "it";
//! - they/them: the most recent compound or plural actor, never one person;
//! - he/she/they stay unresolved when a subject that could be theirs but names no actor
//!   comes between ("Smith said he…", "the boys said they…", "Quispe and Mamani … they"):
//!   reaching past it to an earlier actor is the commonest wrong attachment in news; so
//!   does a person by a common noun ("the girl said she …", "pulled out the boy and hit
//!   him"; `coref/between`), and a subject he/she that goes on from an unresolved subject
//!   he/she of its own or the previous sentence;
//! - it: a country or organisation in this or the previous sentence, a subject before a
//!   nearer non-subject;
//! - we/us/I inside a quotation: its speaker; a pronoun that speaks a quotation is no
//!   one named inside it;
//! - role nouns with no country that a verb of moving forces takes as object ("Turkey
//!   sent troops into Syria") are its subject's;
//! - "the two countries", "both leaders", "both sides", "either side": the two most
//!   recent distinct countries, people, or actors, not the one subject of the sentence
//!   that acts on them ("China imposed no sanctions on either side").

use dragoman_text::WordClass;
use smallvec::SmallVec;

use crate::doc::{quote_at, ActorPhrase, ActorUnit, Analysis, PhraseKind, Pronoun};
use crate::lexicon::{Class, Lexicon};

mod antecedents;
use antecedents::{is_one_settlement, is_plural_phrase, names_a_country_alone, names_a_state};
mod between;
use between::blocked;

/// Resolves every pronoun and group phrase of the document, in order.
pub fn resolve(a: &mut Analysis) {
    let mut subject = vec![false; a.actors().len()];
    for (i, p) in a.actors().iter().enumerate() {
        subject[i] = is_subject(a, p);
    }
    for i in 0..a.actors().len() {
        let resolved = match a.actors()[i].kind.clone() {
            PhraseKind::Pronoun(Pronoun::First) => None, // after the others: speakers first
            PhraseKind::Pronoun(kind) => resolve_pronoun(a, i, kind, &subject),
            PhraseKind::Group {
                count,
                people,
                countries,
            } => resolve_group(a, i, count as usize, people, countries, &subject),
            _ => None,
        };
        apply(a, i, resolved);
    }
    for i in 0..a.actors().len() {
        if a.actors()[i].speakers_own {
            own_side(a, i);
        }
        if let Some(kind) = a.actors()[i].possessors_own {
            possessors_side(a, i, kind, &subject);
        }
        if a.has_syntax() && a.actors()[i].possessors_own.is_none() {
            senders_side(a, i);
        }
        if a.actors()[i].kind == PhraseKind::Pronoun(Pronoun::First) {
            let speaker = quote_at(a.quotes(), a.actors()[i].start as usize).and_then(|q| q.speaker);
            let resolved = speaker
                .filter(|&s| s as usize != i && !a.actors()[s as usize].units.is_empty())
                .map(|s| s as usize);
            apply(a, i, resolved);
        }
    }
}

/// "our diplomats" in Lavrov's words are Russia's diplomats.
fn own_side(a: &mut Analysis, i: usize) {
    let Some(speaker) = quote_at(a.quotes(), a.actors()[i].start as usize).and_then(|q| q.speaker) else {
        return;
    };
    let Some(country) = a.actors()[speaker as usize]
        .units
        .first()
        .and_then(|u| u.country.clone())
    else {
        return;
    };
    let units = a.actors()[i]
        .units
        .iter()
        .map(|u| match u.country {
            None => of_country(u, &country, "of the speaker's side"),
            Some(_) => u.clone(),
        })
        .collect();
    a.refer(i, None, units);
}

/// The role unit `u` as one of `country`'s ("diplomats" -> RUSGOV diplomats), saying why.
fn of_country(u: &ActorUnit, country: &str, why: &str) -> ActorUnit {
    let mut u = u.clone();
    u.code = format!("{country}{}", u.code);
    u.country = Some(country.to_string());
    u.how = format!("{} {why}", u.how);
    u
}

/// "its forces" after Turkey are Turkey's forces: the role nouns without a country of
/// their own take the country of whom the possessive pronoun stands for.
fn possessors_side(a: &mut Analysis, i: usize, kind: Pronoun, subject: &[bool]) {
    let Some(j) = nearest_antecedent(a, i, kind, subject) else {
        return;
    };
    let mut countries: Vec<String> = Vec::new();
    for c in a.actors()[j].units.iter().filter_map(|u| u.country.clone()) {
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    let roles = a.actors()[i].units.clone();
    if roles.iter().any(|u| u.country.is_some()) {
        return;
    }
    // "the Taliban said its commanders …": a member of a body is the body's.
    if let Some(units) = members_of_body(a, i, j, &roles) {
        a.refer(i, None, units);
        return;
    }
    if countries.is_empty() {
        return;
    }
    // "Chile and Peru said their diplomats would meet": the diplomats of each.
    let units = countries
        .iter()
        .flat_map(|c| {
            roles
                .iter()
                .map(move |u| of_country(u, c, "of whom the possessive stands for"))
        })
        .collect();
    a.refer(i, None, units);
}

/// A member noun (word class `member_of`: "its commanders", "their spokesman") whose
/// possessor stands for one organisation: the organisation itself, on the member's words.
fn members_of_body(a: &Analysis, i: usize, j: usize, roles: &[ActorUnit]) -> Option<SmallVec<[ActorUnit; 2]>> {
    let [body] = a.actors()[j].units.as_slice() else {
        return None;
    };
    let phrase = &a.actors()[i];
    let last = (phrase.end as usize).checked_sub(1)?;
    let member = Lexicon::english().is(a.word(last), Class::MemberOf);
    if body.kind != Some(dragoman_kb::EntityKind::Organisation) || body.entity.is_none() || !member || roles.len() != 1
    {
        return None;
    }
    let mut u = roles[0].clone();
    u.code.clone_from(&body.code);
    u.country.clone_from(&body.country);
    u.entity = body.entity;
    u.name.clone_from(&body.name);
    u.kind = body.kind;
    u.how = format!("{} of whom the possessive stands for", u.how);
    Some(smallvec::smallvec![u])
}

/// "Turkey sent troops into Syria": the role nouns without a country that a verb of
/// moving forces (`dispatching`: send, deploy, withdraw) takes as its object are its
/// subject's, whatever place they are sent to.
fn senders_side(a: &mut Analysis, i: usize) {
    let g = crate::grammar::Grammar::get();
    let p = &a.actors()[i];
    let bare_roles = !p.units.is_empty()
        && p.units
            .iter()
            .all(|u| u.country.is_none() && u.kind == Some(dragoman_kb::EntityKind::Agent));
    if !bare_roles {
        return;
    }
    let Some(head) = a.phrase_head(p) else {
        return;
    };
    let Some(verb) = a
        .head(head)
        .filter(|&v| g.object.has(a.dep(head).label) && Lexicon::of(a.lang()).is(a.word(v), Class::Dispatching))
    else {
        return;
    };
    let Some(sender) = a
        .children(verb)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| g.subject.has(a.dep(c).label))
        .and_then(|c| a.actor_at(c))
    else {
        return;
    };
    let mut countries = a.actors()[sender].units.iter().filter_map(|u| u.country.clone());
    let (Some(country), None) = (countries.next(), countries.next()) else {
        return;
    };
    let why = format!(
        "sent by \"{}\"",
        a.original_text(a.actors()[sender].start as usize, a.actors()[sender].end as usize)
    );
    let units = a.actors()[i]
        .units
        .iter()
        .map(|u| of_country(u, &country, &why))
        .collect();
    a.refer(i, None, units);
}

fn apply(a: &mut Analysis, i: usize, antecedent: Option<usize>) {
    let Some(j) = antecedent else { return };
    let units = a.actors()[j].units.clone();
    a.refer(i, Some(j), units);
}

/// An actor phrase that is a verb's subject: by the parse when there is one, else
/// followed (after adverbs and auxiliaries) by a verb and not inside a prepositional
/// phrase.
fn is_subject(a: &Analysis, p: &ActorPhrase) -> bool {
    let start = p.start as usize;
    if (p.end as usize) < a.tokens().len() && a.text(p.end as usize) == ":" {
        return false; // a dateline, "Kabul: …"
    }
    if a.has_syntax() {
        // The parse knows a subject after a subordinator ("after Trump said").
        let g = crate::grammar::Grammar::get();
        let outside = |h: usize| h < start || h >= p.end as usize;
        let subject = |t: usize| g.subject.has(a.dep(t).label) || g.passive_subject.has(a.dep(t).label);
        // Or in apposition to one, or to the noun of its "of" ("one of the sponsors,
        // Peru, said …").
        let subject_or_its_of = |h: usize| {
            subject(h) || (g.pobj.has(a.dep(h).label) && a.head(h).and_then(|prep| a.head(prep)).is_some_and(&subject))
        };
        return (start..p.end as usize).any(|t| {
            a.head(t).is_some_and(|h| {
                outside(h) && (subject(t) || (g.apposition.has(a.dep(t).label) && subject_or_its_of(h)))
            })
        });
    }
    if follows_preposition(a, start) {
        return false;
    }
    let lexicon = Lexicon::of(a.lang());
    let mut i = p.end as usize;
    let end = a.sentences()[p.sentence as usize].last as usize;
    let mut steps = 0;
    while i < end && steps < 4 {
        if a.tags()[i].verb && !a.has_class(i, WordClass::DET) {
            return true;
        }
        let skippable = a.has_class(i, WordClass::AUX)
            || a.has_class(i, WordClass::MODAL)
            || a.has_class(i, WordClass::NEG)
            || a.has_class(i, WordClass::PRON)
            || lexicon.ends_with(a.word(i), Class::AdverbSuffix)
            || lexicon.is(a.word(i), Class::TransparentAdverb);
        if !skippable {
            return false;
        }
        if a.has_class(i, WordClass::AUX) || a.has_class(i, WordClass::MODAL) {
            return true;
        }
        i += 1;
        steps += 1;
    }
    false
}

/// Does a preposition stand right before token `start` ("to Peru")?
fn follows_preposition(a: &Analysis, start: usize) -> bool {
    start > 0 && a.has_class(start - 1, WordClass::PREP)
}

/// The phrase right before `i` (only a comma between), in the same sentence.
fn restated(a: &Analysis, i: usize) -> Option<usize> {
    let p = &a.actors()[i];
    let prev = i.checked_sub(1)?;
    let q = &a.actors()[prev];
    if q.sentence != p.sentence || !q.is_actor() {
        return None;
    }
    // "going to Peru, she said": an object after a preposition is restated by nothing.
    if follows_preposition(a, q.start as usize) {
        return None;
    }
    let gap = (q.end as usize..p.start as usize).all(|t| a.text(t) == ",");
    // A singular pronoun does not restate a plural ("telling reporters he had met") or a
    // list ("criticising the VHP, the RSS and the Bajrang Dal, he said").
    let singular = matches!(p.kind, PhraseKind::Pronoun(Pronoun::Person | Pronoun::Thing));
    if singular && (is_plural_phrase(a, prev) || q.units.len() > 1) {
        return None;
    }
    // "After leaving Lima, he …": a verb's object is not restated by the subject after it,
    // and a place is never "he" (a state may be, in translated text).
    let person = p.kind == PhraseKind::Pronoun(Pronoun::Person);
    if is_object(a, q) || (person && !q.is_personal() && !names_a_state(a, prev)) {
        return None;
    }
    // Without the comma a noun and a pronoun are two arguments: "told police he had …".
    (gap && p.start as usize - q.end as usize == 1).then_some(prev)
}

/// Is the phrase's head a verb's direct object?
fn is_object(a: &Analysis, q: &ActorPhrase) -> bool {
    let g = crate::grammar::Grammar::get();
    let span = q.start as usize..q.end as usize;
    a.has_syntax()
        && span
            .clone()
            .find(|&t| a.head(t).is_none_or(|h| !span.contains(&h)))
            .is_some_and(|t| g.object.has(a.dep(t).label))
}

fn resolve_pronoun(a: &Analysis, i: usize, kind: Pronoun, subject: &[bool]) -> Option<usize> {
    if kind == Pronoun::Thing && idiom_it(a, i) {
        return None;
    }
    if let Some(j) = restated(a, i) {
        return Some(j);
    }
    nearest_antecedent(a, i, kind, subject)
        .filter(|&j| !blocked(a, j, i, kind) && !continues_an_unresolved_pronoun(a, j, i, kind, subject))
}

/// Does the subject pronoun `i` go on from a subject "he"/"she" of its own or the previous
/// sentence that stayed unresolved ("he said … . Blaming them, he said …")? It then means
/// whom that one meant, nobody known: not an earlier person, nor one named since other than
/// as a subject.
fn continues_an_unresolved_pronoun(a: &Analysis, j: usize, i: usize, kind: Pronoun, subject: &[bool]) -> bool {
    if kind != Pronoun::Person || !subject[i] {
        return false;
    }
    let here = a.actors()[i].sentence;
    let last_he = (0..i)
        .rev()
        .take_while(|&k| here - a.actors()[k].sentence <= 1)
        .find(|&k| subject[k] && a.actors()[k].kind == PhraseKind::Pronoun(kind));
    last_he.is_some_and(|k| !a.actors()[k].is_actor() && (j < k || !subject[j]))
}

/// Is the "it" of phrase `i` one that stands for nothing: the empty object of a verb and
/// its particle "out" ("fight it out", "slug it out"; word class `empty_it`; not "carried
/// it out"), or the subject of a predicate whose real subject is the clause after it ("it
/// was difficult to deploy troops", "it is clear that they attacked")?
fn idiom_it(a: &Analysis, i: usize) -> bool {
    if !a.has_syntax() {
        return false;
    }
    let g = crate::grammar::Grammar::get();
    let lex = Lexicon::of(a.lang());
    let t = a.actors()[i].start as usize;
    let Some(v) = a.head(t) else { return false };
    let next = t + 1;
    let fight_it_out = next < a.tokens().len()
        && a.word(next) == "out"
        && g.particle.has(a.dep(next).label)
        && a.head(next) == Some(v)
        && lex.is(a.word(v), Class::EmptyIt);
    let children = a.children(v);
    let extraposed = g.subject.has(a.dep(t).label)
        && children.iter().any(|&c| {
            let label = a.dep(c as usize).label;
            g.attribute.has(label) || g.adjective_complement.has(label)
        })
        && children
            .iter()
            .any(|&c| c as usize > t && g.complement.has(a.dep(c as usize).label));
    fight_it_out || extraposed
}

/// Is the head of actor phrase `j` tagged a plural common noun, as irregular plurals are
/// ("the men", "the people")? "It" never stands for one.
fn head_tagged_plural(a: &Analysis, j: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    a.has_syntax()
        && a.phrase_head(&a.actors()[j])
            .is_some_and(|h| g.common_plural.has(a.dep(h).tag))
}

fn nearest_antecedent(a: &Analysis, i: usize, kind: Pronoun, subject: &[bool]) -> Option<usize> {
    let here = a.actors()[i].sentence;
    let local = local_subject(a, i);
    // The local subject and its conjuncts ("no party or group could back them"), where
    // they head the phrase: "the fighters and the communities that support them" are
    // still the fighters.
    let conjuncts = move |t: usize| {
        let g = crate::grammar::Grammar::get();
        std::iter::once(t).chain(
            a.children(t)
                .iter()
                .map(|&c| c as usize)
                .filter(move |&c| g.conj.has(a.dep(c).label)),
        )
    };
    // Inside someone's quoted words a third person is someone else: the speaker would
    // say "I" ("the mayor said: \"the chief has promised he will act\"" is the chief).
    let speaker = quote_at(a.quotes(), a.actors()[i].start as usize).and_then(|q| q.speaker);
    // A speaker is not someone named in their own words: in "\"the minister is under
    // pressure,\" he said" he is another than the minister.
    let own_words = a.quotes().iter().filter(|q| q.speaker.is_some_and(|s| s as usize == i));
    let own_words: SmallVec<[(usize, usize); 2]> = own_words.map(|q| (q.start as usize, q.end as usize)).collect();
    let own_words = &own_words;
    let may_be_antecedent = move |j: usize| {
        let p = &a.actors()[j];
        let span = p.start as usize..p.end as usize;
        speaker.is_none_or(|s| s as usize != j)
            && !own_words.iter().any(|&(s, e)| (s..e).contains(&span.start))
            && local.is_none_or(|t| {
                !conjuncts(t).any(|c| span.contains(&c) && a.head(c).is_none_or(|h| !span.contains(&h)))
            })
    };
    let candidates = (0..i)
        .rev()
        .take_while(|&j| here - a.actors()[j].sentence <= 3)
        .filter(|&j| a.actors()[j].is_actor())
        .filter(move |&j| may_be_antecedent(j) && !in_subjects_adjunct(a, j, i));
    match kind {
        Pronoun::Person => {
            let people: Vec<usize> = candidates.filter(|&j| a.actors()[j].is_personal()).collect();
            // In the same sentence, the subject before it ("Türkiye is the only member that
            // he…": translated text uses "he" for a country); else a person who was a
            // subject lately; else the most recent person.
            // Never a plural ("officials said that he …").
            let same_sentence_subject = (0..i)
                .rev()
                .take_while(|&j| a.actors()[j].sentence == here)
                .find(|&j| subject[j] && a.actors()[j].is_actor() && may_be_antecedent(j))
                .filter(|&j| {
                    !is_plural_phrase(a, j)
                        && (a.actors()[j].is_personal() || (names_a_state(a, j) && !unknown_name_between(a, j, i)))
                });
            // A person who is a subject in the sentence comes before a nearer subject
            // that is no person ("Trump said the group had been defeated and that he …").
            let personal_same = (0..i).rev().take_while(|&j| a.actors()[j].sentence == here).find(|&j| {
                subject[j] && a.actors()[j].is_personal() && !is_plural_phrase(a, j) && may_be_antecedent(j)
            });
            // "the only member … that he has not imposed": a relative clause's pronoun is
            // the subject it hangs on.
            let start = a.actors()[i].start as usize;
            if start > 0 && Lexicon::english().is(a.word(start - 1), Class::Relative) {
                if let Some(j) = same_sentence_subject {
                    return Some(j);
                }
            }
            personal_same
                .or_else(|| {
                    people
                        .iter()
                        .copied()
                        .find(|&j| subject[j] && a.actors()[j].sentence < here)
                })
                .or(same_sentence_subject)
                .or_else(|| people.first().copied())
        }
        Pronoun::Plural => {
            // Never one person: not "he"/"she"/"it", nor a singular title ("the lawyer").
            let list: Vec<usize> = candidates
                .filter(|&j| {
                    let q = &a.actors()[j];
                    !matches!(q.kind, PhraseKind::Pronoun(Pronoun::Person | Pronoun::Thing))
                        && (!q.is_personal() || is_plural_phrase(a, j))
                        && !is_one_settlement(a, j)
                })
                .collect();
            list.iter()
                .copied()
                .find(|&j| {
                    let q = &a.actors()[j];
                    q.units.len() > 1 || q.kind != PhraseKind::Named || is_plural_phrase(a, j)
                })
                // A country by its name alone is "it", not "they" ("they were from
                // Sinjar in Iraq": the people, not Iraq).
                .or_else(|| {
                    list.first()
                        .copied()
                        .filter(|&j| here - a.actors()[j].sentence <= 1 && !names_a_country_alone(a, j))
                })
        }
        Pronoun::Thing => {
            // A subject before a nearer non-subject: "Turkey lacks the means to hold
            // northern Syria, and it has tried…" is Turkey.
            let things: Vec<usize> = candidates
                .filter(|&j| here - a.actors()[j].sentence <= 1)
                .filter(|&j| {
                    !a.actors()[j].is_personal()
                        && a.actors()[j].units.len() == 1
                        && !is_plural_phrase(a, j)
                        && !head_tagged_plural(a, j)
                })
                .collect();
            things
                .iter()
                .copied()
                .find(|&j| subject[j])
                .or_else(|| things.first().copied())
        }
        Pronoun::First => None,
    }
}

/// Does actor `j` stand in a prepositional phrase of the very verb whose subject the
/// pronoun `i` is ("in a letter to the president, she hoped …", "according to the police,
/// he fled")? The one written to or quoted is then someone else than the subject. A
/// possessor breaks the chain ("in the president's letter, he said" may be him), and so
/// does a clause of its own ("after the president arrived, he said").
fn in_subjects_adjunct(a: &Analysis, j: usize, i: usize) -> bool {
    if !a.has_syntax() || a.actors()[j].sentence != a.actors()[i].sentence {
        return false;
    }
    let g = crate::grammar::Grammar::get();
    let t = a.actors()[i].start as usize;
    let Some(verb) = a.head(t).filter(|_| g.subject.has(a.dep(t).label)) else {
        return false;
    };
    let Some(mut n) = a.phrase_head(&a.actors()[j]) else {
        return false;
    };
    // Up from the phrase's head through objects of prepositions and the prepositions
    // (and the nouns they hang on) to the verb.
    for _ in 0..8 {
        let Some(h) = a.head(n) else { return false };
        let label = a.dep(n).label;
        if h == verb {
            return g.prep.has(label);
        }
        if !(g.pobj.has(label) || g.prep.has(label)) {
            return false;
        }
        n = h;
    }
    false
}

/// The subject of the verb whose object the pronoun `i` is: never its antecedent, as
/// the same person would be "themselves" ("the soldiers protected them" are others).
/// An infinitive's subject is the object of the verb it completes ("urged the soldiers
/// to protect them"), else that verb's subject ("the soldiers vowed to protect them").
fn local_subject(a: &Analysis, i: usize) -> Option<usize> {
    if !a.has_syntax() {
        return None;
    }
    let g = crate::grammar::Grammar::get();
    let t = a.actors()[i].start as usize;
    if !g.object.has(a.dep(t).label) {
        return None;
    }
    let mut v = a.head(t)?;
    let child = |v: usize, set: &crate::grammar::IdSet| {
        a.children(v)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| set.has(a.dep(c).label))
    };
    // "who could beat them or even arrest them": a conjunct shares its first verb's
    // subject.
    while child(v, &g.subject).is_none() && g.conj.has(a.dep(v).label) {
        v = a.head(v)?;
    }
    let subject = child(v, &g.subject).or_else(|| {
        let up = a.head(v).filter(|_| g.xcomp.has(a.dep(v).label))?;
        child(up, &g.object).or_else(|| child(up, &g.subject))
    })?;
    // "the police, who arrested them": a relative pronoun is the noun its clause modifies.
    if g.relative_tags.has(a.dep(subject).tag) && g.relcl.has(a.dep(v).label) {
        return a.head(v);
    }
    Some(subject)
}

/// Does a proper name that names no actor stand between phrases `j` and `i` ("Peru asked
/// Chile to extradite Quispe after he was detained")? Then "he" is more likely that person
/// than a state before it. A name after a determiner ("the Andes") names no person, nor
/// one in a date ("on March 13").
fn unknown_name_between(a: &Analysis, j: usize, i: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let proper = |t: usize| g.proper_noun.has(a.dep(t).tag);
    let in_phrase = |t: usize| {
        a.actor_at(t).is_some()
            || a.times_in(t.saturating_sub(8), t + 1)
                .iter()
                .any(|x| (x.start as usize..x.end as usize).contains(&t))
    };
    let after_determiner = |t: usize| {
        let first = (0..=t).rev().take_while(|&u| proper(u)).last().unwrap_or(t);
        first > 0 && g.det.has(a.dep(first - 1).label)
    };
    (a.actors()[j].end as usize..a.actors()[i].start as usize)
        .any(|t| proper(t) && !in_phrase(t) && !after_determiner(t))
}

fn resolve_group(
    a: &mut Analysis,
    i: usize,
    count: usize,
    people: bool,
    countries: bool,
    subject: &[bool],
) -> Option<usize> {
    let here = a.actors()[i].sentence;
    let mut units: Vec<ActorUnit> = Vec::new();
    for j in (0..i).rev() {
        let q = &a.actors()[j];
        if here - q.sentence > 4 {
            break;
        }
        if !q.is_actor() {
            continue;
        }
        // "China has not imposed sanctions on either side", "the envoy urged both
        // sides": one actor that is the subject of the sentence acts on the group and is
        // not one of it; a group that is a subject may include the speaker ("Peru said
        // both countries would talk").
        if q.sentence == here && subject[j] && !subject[i] && q.units.len() == 1 {
            continue;
        }
        for u in q.units.iter() {
            let fits = if people {
                u.personal
            } else if countries {
                u.country.is_some()
            } else {
                true
            };
            let key = |x: &ActorUnit| {
                if countries {
                    x.country.clone()
                } else {
                    Some(x.code.clone())
                }
            };
            if fits && !units.iter().any(|v| key(v) == key(u)) {
                units.push(u.clone());
            }
        }
        if units.len() >= count {
            break;
        }
    }
    if units.len() < count {
        return None;
    }
    units.truncate(count);
    units.reverse();
    a.refer(i, None, units.into_iter().collect());
    None
}
