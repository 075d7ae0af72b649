//! The verb's target: what it governs as its object, found by walking the parse (see
//! [`object_of`]). Invariant: only usable phrases of the sentence come back, and a place
//! right under a locative preposition of the verb is never one.

use super::reach::{self, phrase_of};
use super::subjects::leftmost_dependent;
use super::{child_with, direct_object, frame_at, Grammar};
use crate::doc::Frame;
use crate::lexicon::{Class, Lexicon};
use crate::sentence::SentenceView;

/// The verb's target: the first actor in text order (PETRARCH's convention) among what
/// the verb governs as its object — its object or dative, the objects of its
/// prepositions, and everything those nouns govern in turn, clauses that modify them
/// included ("restored ties with Gondor",
/// "condemned an attack by Osgiliath", "cordoned off the roads leading into Mordor").
/// A place named right after a locative preposition of the verb is where the event
/// happened, not its target ("met in Istanbul"), and so is a place deeper under such a
/// preposition through nouns of land ("rallied in several towns, including Cusco", not
/// "killed in the war with Chile"); prepositions that introduce topics or
/// times ("about", "during") lead to no target. Failing all that, for a verb that is not
/// a speech verb, the subject of its complement clause ("believes Osgiliath can cope").
/// Speech verbs take only a near object or "to". An object that names the fight itself
/// (word class `contest`: "waged an insurgency against Gondor") is passed through; a
/// verb whose object is its topic (`topic_object`: "discussed Gondor") takes its party
/// from "with".
pub(super) fn object_of(sv: &SentenceView, v: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let speech = frame_at(sv, v) == Some(Frame::Speech);
    let mut found: Vec<usize> = Vec::new();
    // The forces a verb of moving them sends: not its target while another is named,
    // whichever word leads back to them.
    let mut sent: Vec<usize> = Vec::new();
    // Places where the thing governed is: targets only failing all else.
    let mut where_only: Vec<usize> = Vec::new();
    // Arms or craft the verb takes as object, and the parties its own prepositions name:
    // "bought jets from Chile" is done with Chile (word class `equipment`).
    let mut equipment: Vec<usize> = Vec::new();
    let mut by_preposition: Vec<usize> = Vec::new();
    // Each node to visit, and whether it lies under a locative preposition of the verb
    // through nouns of land ("in several areas, including Surat": Surat is still where;
    // "in the dispute with Osgiliath" names a party).
    // And whether it lies anywhere under such a preposition: a place there is where, never
    // whom, even failing all else ("gathered at a centre in London").
    let mut frontier: Vec<(usize, bool, bool)> = vec![(v, false, false)];
    for depth in 0..5 {
        let mut next = Vec::new();
        for &(x, under_locative, where_phrase) in &frontier {
            for &c in a.children(x) {
                let c = c as usize;
                let label = a.dep(c).label;
                if depth == 0 && c < v {
                    continue;
                }
                if g.prep.has(label) {
                    let (lex, prep) = (Lexicon::english(), a.word(c));
                    if lex.is(prep, Class::NoTarget) || (speech && (!lex.is(prep, Class::Recipient) || depth > 0)) {
                        continue;
                    }
                    // "talked of the role of Chile", "heard of the plan", "negotiate on
                    // Peru's future": what is talked, heard or decided about, not with whom.
                    let topic = match prep {
                        "of" => Class::TopicOf,
                        "on" => Class::TopicOn,
                        _ => Class::NoTarget,
                    };
                    if depth == 0 && topic != Class::NoTarget && lex.is(a.word(v), topic) {
                        continue;
                    }
                    if depth > 0 && victims_of_a_condemned_harm(sv, v, x, prep) {
                        continue;
                    }
                    // "discussed the results in the elections to four assemblies": a verb
                    // whose object is the matter has no one it is done "to" (the parser
                    // may hang a phrase from deep in the matter on the verb).
                    if depth == 0 && lex.is(a.word(v), Class::TopicObject) && lex.is(prep, Class::Recipient) {
                        continue;
                    }
                    // "…, with the minister calling it a crime": how or while, not whom.
                    if reach::absolute_clause(sv, c).is_some() {
                        continue;
                    }
                    // "rejected the plan, in a blow to Peru": a phrase the comma sets off
                    // after the verb's own words comments on the whole clause.
                    if depth == 0 && c > v + 1 && a.text(c - 1) == "," {
                        continue;
                    }
                    // "protested outside the hospital", "fought in Syria": where, not whom;
                    // "at" names whom after a verb of aiming, or one whose object aims
                    // ("fired at", "opened fire at"), unless a place follows; after any
                    // other verb it says where ("spoke at the UN").
                    let locative = depth == 0 && lex.is(prep, Class::Locative);
                    let names_whom = lex.is(prep, Class::LocativePerson) && aims(sv, v);
                    // Under a noun too, "at" says where unless the verb aims or the noun
                    // is a feeling ("hosted a meeting at the UN"; "fired shots at the
                    // police", "expressed outrage at Russia").
                    if depth > 0
                        && lex.is(prep, Class::LocativePerson)
                        && !names_whom
                        && !lex.is(a.word(x), Class::Feeling)
                    {
                        continue;
                    }
                    for &o in a.children(c) {
                        let o = o as usize;
                        if !g.pobj.has(a.dep(o).label) {
                            continue;
                        }
                        match phrase_of(sv, o) {
                            Some(p) if under_locative && place_only(sv, p) => {}
                            // "contained the riots in Arequipa": a town where the thing
                            // the verb governs is, not whom it acts on.
                            Some(p) if depth > 0 && lex.is(prep, Class::Locative) && names_a_town(sv, p) => {}
                            // "imposed a curfew in the city of Puno": the town where the
                            // verb's own object is stands for its people only when no one
                            // else is named; deeper, it is where something else happened
                            // ("a video said to be filmed in the town of Juli").
                            Some(p) if depth > 0 && lex.is(prep, Class::Locative) && settlement_of_a_name(sv, p) => {
                                if depth == 1 && !where_phrase {
                                    where_only.push(p);
                                }
                            }
                            // "ousted the group from Raqqa": where from, not whom.
                            Some(p) if depth <= 1 && lex.is(prep, Class::OriginPrep) && names_a_town(sv, p) => {}
                            // "met relatives living near the court": under a noun, "near",
                            // "outside", "across" say where, unless they name a country
                            // ("attacked positions inside Syria").
                            Some(p) if depth > 0 && lex.is(prep, Class::OnlyWhere) && !names_a_country(sv, p) => {}
                            // "hosted a summit in Lima with Chile": a capital where the
                            // thing governed is stands for its government only when no
                            // one else is named (CAMEO's "imposed a curfew in Lima").
                            Some(p)
                                if depth > 0
                                    && lex.is(prep, Class::Locative)
                                    && place_only(sv, p)
                                    && !names_countries(sv, p) =>
                            {
                                if !where_phrase {
                                    where_only.push(p)
                                }
                            }
                            Some(p) if !(locative && (!names_whom || place_only(sv, p))) => {
                                if depth == 0 {
                                    by_preposition.push(p);
                                }
                                found.push(p)
                            }
                            Some(_) => {}
                            // "spoke from a camp in northern Chile": where from, as where.
                            None => {
                                let whence = depth == 0 && lex.is(prep, Class::OriginPrep);
                                let below_where = (under_locative || locative || whence) && place_noun(sv, o);
                                next.push((o, below_where, where_phrase || locative))
                            }
                        }
                    }
                    continue;
                }
                let nominal = if depth == 0 {
                    g.object.has(label) || g.dative.has(label)
                } else {
                    g.reaches_actor.has(label)
                        || g.clausal_modifier.has(label)
                        || g.subject.has(label)
                        || g.passive_subject.has(label)
                        || g.object.has(label)
                };
                // A speech verb's object lies right after it: its phrase starts within
                // two words ("told the Peruvian foreign minister", not "said on Monday
                // that …"); only a verb whose object is a party to it, whom it tells or
                // alleges of, takes a direct object as its target ("said the minister had
                // left" addresses no minister).
                let not_addressed = g.object.has(label) && !sv.lex.is(a.word(v), Class::ObjectIsParty);
                if !nominal || (depth == 0 && speech && (leftmost_dependent(sv, c) > v + 2 || not_addressed)) {
                    continue;
                }
                // "rejected claims that Chile had attacked": what a noun's content clause
                // says is about whom it names, not whom the verb acts on; unless the noun
                // is a feeling, felt about them ("anger that Chile had attacked").
                if depth > 0
                    && g.clausal_modifier.has(label)
                    && content_clause(sv, c)
                    && !sv.lex.is(a.word(x), Class::Feeling)
                {
                    continue;
                }
                // "took action against those who insulted the court": a pronoun that its
                // relative clause defines is the one acted on; whom that clause names
                // is not.
                if depth > 0 && g.relcl.has(label) && sv.lex.is(a.word(x), Class::DefinedByClause) {
                    continue;
                }
                // "fighting Peru's battles": whose a fight is, is the side that fights it.
                if depth > 0 && g.possessor.has(label) && sv.lex.is(a.word(x), Class::Contest) {
                    continue;
                }
                // "fought an insurgency against the state": the object names the fight,
                // and whom it is fought against lies under it.
                let contest = depth == 0 && sv.lex.is(a.word(c), Class::Contest);
                // "discussed Syria": what is talked about, not with whom; whom it was
                // discussed with may hang on it ("discussed the crisis with Peru").
                if depth == 0 && g.object.has(label) && sv.lex.is(a.word(v), Class::TopicObject) {
                    found.extend(with_party(sv, c));
                    continue;
                }
                // "shut its frontier with Chile", "Peru's links with Bolivia": the
                // "with" of a noun joining two sides names the other; its owner is the
                // subject's own side.
                if sv.lex.is(a.word(c), Class::Bilateral) {
                    if let Some(p) = with_party(sv, c) {
                        found.push(p);
                        continue;
                    }
                    // The parser may hang the "with" on the verb, which the walk visits.
                    if depth == 0 && with_party(sv, v).is_some() {
                        continue;
                    }
                }
                // "condemned the killings of villagers": the walk goes on under the harm,
                // to whose it is ("Chile's", "by Chile"), past its victims.
                if condemns_a_harm(sv, v, c) && a.actor_at(c).is_none() {
                    next.push((c, under_locative, where_phrase));
                    continue;
                }
                match phrase_of(sv, c) {
                    Some(p) if under_locative && place_only(sv, p) => {}
                    // "Turkey sent troops into Syria": whither, not the troops.
                    Some(p) if depth == 0 && g.object.has(label) && senders_own(sv, v, p) => {
                        sent.push(p);
                        found.push(p);
                        next.push((c, false, where_phrase));
                    }
                    // "the Lahore declaration": a city naming a text or an event is not whom.
                    Some(p) if g.compound.has(label) && reach::names_an_event_or_text(sv, x, p) => {}
                    Some(_) if contest => next.push((c, false, where_phrase)),
                    Some(p) => {
                        if depth == 0 && g.object.has(label) && names_equipment(sv, p) {
                            equipment.push(p);
                        }
                        found.push(p)
                    }
                    None if !speech => next.push((c, under_locative && place_noun(sv, c), where_phrase)),
                    None => {}
                }
            }
        }
        frontier = next;
    }
    // With nowhere and no one they go to, the forces moved stay the target, as CAMEO's
    // retreats and mobilisations name them ("withdrew its troops", 0874).
    // "sent troops - and militia - into Afrin": what is sent beside them is sent too.
    let also_sent = |p: usize| {
        a.phrase_head(&a.actors()[p]).is_some_and(|h| {
            g.conj.has(a.dep(h).label)
                && a.head(h)
                    .and_then(|x| phrase_of(sv, x))
                    .is_some_and(|q| sent.contains(&q))
        })
    };
    if found.iter().any(|&p| !sent.contains(&p) && !also_sent(p)) {
        found.retain(|&p| !sent.contains(&p) && !also_sent(p));
    }
    if by_preposition.iter().any(|p| !equipment.contains(p)) {
        found.retain(|p| !equipment.contains(p));
    }
    if found.is_empty() {
        found = where_only;
    }
    if found.is_empty() && !speech {
        found.extend(relative_object(sv, v));
    }
    if found.is_empty() && !speech {
        let complement = a
            .children(v)
            .iter()
            .map(|&c| c as usize)
            .find(|&c| g.complement.has(a.dep(c).label) && c > v);
        // "asked why the soldiers were there": a question's subject is what is asked
        // about, not whom.
        if let Some(c) = complement.filter(|&c| !indirect_question(sv, c)) {
            found.extend(child_with(sv, c, g.subject).and_then(|s| phrase_of(sv, s)));
        }
    }
    found.into_iter().min_by_key(|&p| a.actors()[p].start)
}

/// Does a verb that moves forces (word class `dispatching`) take as object its subject's
/// own people ("Turkey sent troops into Syria", "deployed its army", "sent a team to
/// Lima")? They are what moves, not whom the act aims at: where or to whom they go is,
/// when the clause names it.
pub(crate) fn senders_own(sv: &SentenceView, v: usize, p: usize) -> bool {
    if !sv.lex.is(sv.a.word(v), Class::Dispatching) {
        return false;
    }
    let sender = super::subjects::active_subject(sv, v);
    let sender_country =
        |c: &str| sender.is_some_and(|s| sv.a.actors()[s].units.iter().any(|u| u.country.as_deref() == Some(c)));
    let units = &sv.a.actors()[p].units;
    !units.is_empty()
        && units.iter().all(|u| {
            let role = u.kind == Some(dragoman_kb::EntityKind::Agent) || u.sector().is_some();
            role && u.country.as_deref().is_none_or(sender_country)
        })
}

/// Does preposition `prep` under noun `noun` name the victims of a harm that verb `v`
/// condemns ("condemned the attack on the pilgrims", "deplored the killing of
/// villagers")? They are not whom the verb condemns; "the attack by Chile" names that one.
fn victims_of_a_condemned_harm(sv: &SentenceView, v: usize, noun: usize, prep: &str) -> bool {
    condemns_a_harm(sv, v, noun) && (sv.lex.is(prep, Class::Genitive) || sv.lex.is(prep, Class::NounTargetPrep))
}

/// Is verb `v` one of condemning and `noun` a harm done to people (word classes
/// `condemning`, `harm_noun`)?
fn condemns_a_harm(sv: &SentenceView, v: usize, noun: usize) -> bool {
    sv.lex.is(sv.a.word(v), Class::Condemning) && sv.lex.is(sv.a.word(noun), Class::HarmNoun)
}

/// Does actor phrase `p` name arms or military craft (its head of word class
/// `equipment`: "six fighter jets", "Chilean tanks")?
fn names_equipment(sv: &SentenceView, p: usize) -> bool {
    sv.a.phrase_head(&sv.a.actors()[p])
        .is_some_and(|h| sv.lex.is(sv.a.word(h), Class::Equipment))
}

/// The noun a relative clause's verb acts on when the relative pronoun is its object
/// ("the fighters that Chile captured", "the leader whom Peru accuses"; word class
/// `relative`, not "what"): the noun the clause modifies. (A clause with no pronoun is
/// left alone: the parser also reads content clauses and clauses of place or time so,
/// "remarks that the troops would stay", "the damage the occupation has done".)
fn relative_object(sv: &SentenceView, v: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    // The parser labels such a clause a relative one or a noun's clausal modifier.
    if !g.relcl.has(a.dep(v).label) && !g.acl.has(a.dep(v).label) {
        return None;
    }
    let pronoun_object = a
        .children(v)
        .iter()
        .map(|&c| c as usize)
        .any(|c| c < v && g.object.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::Relative));
    pronoun_object
        .then(|| a.head(v).and_then(|h| phrase_of(sv, h)))
        .flatten()
}

/// Is the clause at `c` a content clause, opened by the complementizer "that" (or
/// "whether", "if") as its mark rather than by a relative pronoun?
fn content_clause(sv: &SentenceView, c: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    a.children(c)
        .iter()
        .map(|&d| d as usize)
        .any(|d| d < c && g.mark.has(a.dep(d).label) && matches!(a.word(d), "that" | "whether" | "if"))
}

/// Is the clause at `c` an indirect question: opened by a wh-word ("why", "how", "who")
/// or by "whether"/"if" before its verb?
fn indirect_question(sv: &SentenceView, c: usize) -> bool {
    let g = Grammar::get();
    let a = sv.a;
    a.children(c).iter().map(|&d| d as usize).filter(|&d| d < c).any(|d| {
        let tag = a.dep(d).tag;
        g.wh_adverb.has(tag) || g.relative_tags.has(tag) || matches!(a.word(d), "whether" | "if")
    })
}

/// A verb of aiming, or one whose object names the aiming: "fired", "opened fire",
/// "took a swipe".
fn aims(sv: &SentenceView, v: usize) -> bool {
    let aiming = |t: usize| sv.lex.is(sv.a.word(t), Class::Aims);
    aiming(v) || direct_object(sv, v).is_some_and(aiming)
}

/// A noun of land, no actor ("areas", "parts", "towns").
fn place_noun(sv: &SentenceView, t: usize) -> bool {
    let w = sv.a.word(t);
    sv.lex.is(w, Class::PlaceNoun) || sv.lex.is(w, Class::Settlement)
}

/// The party a "with" under `t` names: of a topic object ("discussed the crisis with
/// Peru"), of a noun joining two sides ("a frontier with Chile"), if any.
fn with_party(sv: &SentenceView, t: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let with = a
        .children(t)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| g.prep.has(a.dep(c).label) && sv.lex.is(a.word(c), Class::Comitative))?;
    child_with(sv, with, g.pobj).and_then(|o| phrase_of(sv, o))
}

/// A phrase that names a town standing for its country ("Arequipa": Peru), not the
/// country itself nor a capital standing for its government.
fn names_a_town(sv: &SentenceView, p: usize) -> bool {
    let ph = &sv.a.actors()[p];
    matches!(ph.units.as_slice(), [u] if u.sector().is_none()) && ph.names_towns()
}

/// "the Peruvian town of Juli", "the city of Puno": a settlement the name after its "of"
/// names, a place as the name alone is.
fn settlement_of_a_name(sv: &SentenceView, p: usize) -> bool {
    let a = sv.a;
    let ph = &a.actors()[p];
    (ph.start as usize..ph.end as usize).any(|t| {
        t + 2 < sv.last() && sv.lex.is(a.word(t), Class::Settlement) && a.word(t + 1) == "of" && a.is_name_word(t + 2)
    })
}

/// A phrase that names one country, as a name or a demonym, with no role noun.
fn names_a_country(sv: &SentenceView, p: usize) -> bool {
    sv.a.actors()[p].units.len() == 1 && names_countries(sv, p)
}

/// A phrase that names countries only ("Syria and Iraq"), by name or demonym.
fn names_countries(sv: &SentenceView, p: usize) -> bool {
    let ph = &sv.a.actors()[p];
    !ph.units.is_empty()
        && ph
            .units
            .iter()
            .all(|u| u.sector().is_none() && u.kind == Some(dragoman_kb::EntityKind::Country))
        && !ph.names_towns()
}

/// A phrase that names a place and no person.
fn place_only(sv: &SentenceView, p: usize) -> bool {
    let ph = &sv.a.actors()[p];
    ph.place.is_some() && ph.units.iter().all(|u| u.kind != Some(dragoman_kb::EntityKind::Person))
}
