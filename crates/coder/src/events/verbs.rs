//! A predicate's candidate event: the most specific PETRARCH pattern of its verb's blocks
//! that matches the clause (else the verb's or block's code), with the source and target
//! the pattern marks or the clause gives, turned around for a passive.

use dragoman_core::Modality;
use dragoman_core::{cameo_root, is_violent};
use dragoman_kb::CodePair;

use crate::doc::{Candidate, Embedding, Predicate};
use crate::lexicon::{Class, Lexicon};
use crate::patterns::{Matcher, PatternMatch};
use crate::sentence::SentenceView;

use super::senses::{
    antecedent, defeat_with_a_score, force_opening_a_quotation, force_with_a_that_clause, intransitive_with_object,
    judges_a_clause, moved_back, names_a_side, names_its_object, not_to_mention, one_word, person_passive_other_sense,
    suffers_what_is_backed,
};

/// What reading a predicate gave.
pub struct VerbReading {
    pub candidate: Option<Candidate>,
    /// Tokens the matched pattern used.
    pub used: Vec<usize>,
    /// Why there is no candidate, when that is worth saying.
    pub note: Option<String>,
    /// The verb as written.
    pub text: String,
}

impl VerbReading {
    /// No event from the verb, and why (for `explain`).
    fn none(text: String, note: Option<String>) -> VerbReading {
        VerbReading {
            candidate: None,
            used: Vec::new(),
            note,
            text,
        }
    }
}

pub fn read(sv: &SentenceView, p: &Predicate, embedded: Option<&Embedding>) -> VerbReading {
    let a = sv.a;
    let text = a.original_text(p.start, p.end).to_string();
    let Some((code, rule, m)) = best_pattern(sv, p) else {
        let framing = crate::clauses::predicate_frame(sv, p);
        let note = framing
            .is_none()
            .then(|| format!("verb \"{text}\" has no CAMEO code in the dictionaries"));
        return VerbReading::none(text, note);
    };
    // A sense the patterns did not confirm, in a use that rules it out; a person fired
    // is dismissed whatever a block-mate's pattern says ("fired by the president" is no
    // blast at the president).
    let ruled_out = if not_to_mention(sv, p, code.forward.as_deref()) {
        Some(format!("\"not to {text}\" adds to what is said; no one says it"))
    } else if person_passive_other_sense(sv, p) {
        Some(format!(
            "\"{text}\" said of a person, aimed at nothing, is another sense (dismissed, not shot)"
        ))
    } else if holds_ground(sv, p) {
        Some(format!("\"{text}\" said of ground is control of it, not coercion"))
    } else if caused_by_no_one(sv, p) {
        Some(format!(
            "\"{text}\" names no one's act as its cause (an accident, a disaster, a state of affairs)"
        ))
    } else if people_verb_on_a_thing(sv, p, &m.tokens) {
        Some(format!(
            "\"{text}\" is done to people, and what it is done to here names no actor"
        ))
    } else if defeat_with_a_score(sv, p) {
        Some(format!("\"{text}\" with a score is a game won, not force"))
    } else if force_with_a_that_clause(sv, p, code.forward.as_deref()) {
        Some(format!(
            "\"{text} that …\" fears or notices what the clause says: no force"
        ))
    } else if force_opening_a_quotation(sv, p, code.forward.as_deref()) {
        Some(format!("\"{text}\" introduces the words quoted: a retort, not force"))
    } else if judges_a_clause(sv, p) {
        Some(format!("\"it is {text} that …\" judges what it says: no act"))
    } else if !m.tokens.is_empty() {
        None
    } else if names_its_object(sv, p) {
        Some(format!("\"{text}\" gives its object a name or a quality: no act on it"))
    } else if intransitive_with_object(sv, p) {
        Some(format!(
            "\"{text}\" with an object or a clause means something else than its event"
        ))
    } else if light_verb_on_a_thing(sv, p) {
        Some(format!(
            "light verb \"{text}\" has an object no pattern knows and that names no actor"
        ))
    } else {
        None
    };
    if ruled_out.is_some() {
        return VerbReading::none(text, ruled_out);
    }
    // A pattern's `$` and `+` say who is who, passive or not; otherwise the clause does,
    // its roles turned around in a passive ("talks were held by X").
    // With none of its own, the subject of the verb that frames it ("tried to"); not
    // when its own names no actor ("feared the violence might spread" is no one's).
    let subject = p.subject.or_else(|| {
        embedded
            .filter(|_| !p.own_subject_names_no_one(a))
            .and_then(|e| e.subject)
    });
    // Only a direct object changes that reading; actors after a preposition ("died on the
    // way to the hospital", "died, including three soldiers") are not what it was done to.
    let undergoer = !p.passive && p.object_token.is_none_or(|o| o < p.end) && undergoes(sv, p);
    // A passive whose subject is a thing the pattern took as its object word ("sanctions
    // were imposed on X") is done to what the clause names after the verb, as the active
    // is; one whose subject names people ("activists were arrested") is done to them.
    let subject_is_the_thing =
        p.passive && p.subject.is_none() && p.subject_token.is_some_and(|s| m.tokens.contains(&s));
    let (grammatical_source, grammatical_target) = if subject_is_the_thing {
        (p.agent, p.object)
    } else if p.passive {
        (p.agent, subject)
    } else if undergoer {
        // "the prisoner died": the subject is who it happened to.
        (None, subject)
    } else {
        (subject, p.object)
    };
    // "Israeli airstrikes destroyed the school", "killed in Russian shelling": the harm
    // and the attack are one act, done by whoever made the attack, and the attack's noun
    // says what kind of violence it was (it is not coded again on its own).
    let means = (grammatical_source.is_none() && m.source.is_none() && !subject_is_the_thing)
        .then(|| means_of_harm(sv, p))
        .flatten()
        .filter(|means| is_violent(&means.code) && code.forward.as_deref().is_some_and(is_violent));
    let means_actor = means.as_ref().and_then(|m| m.actor);
    let source = m.source.or(grammatical_source).or(means_actor);
    // "fought for Isis", "fought alongside the Kurds": the side, not the enemy.
    // The enemy, if "against" names one, is the target instead.
    let grammatical_target = match grammatical_target {
        Some(t) if code.forward.as_deref().is_some_and(is_violent) && names_a_side(sv, p.start, t) => {
            super::senses::enemy_of(sv, p.start)
        }
        t => t,
    };
    // "Chile and Peru attacked each other": each the other's target (one group, "the
    // mobs fired at each other", is no pair).
    let target = m
        .target
        .or(grammatical_target)
        .or_else(|| subject.filter(|&s| a.actors()[s].units.len() >= 2 && super::senses::each_other(sv, p.start)));
    // A bare reading (no pattern) of a verb of harm that names no attack as its means.
    if m.tokens.is_empty() && means.is_none() {
        let verb = a.word(p.start);
        // "they blew up the waterworks", "they hit the hospital": people, whoever they are.
        let people_subject = p.subject_token.is_some_and(|t| {
            let w = a.word(t);
            [Class::PronounPerson, Class::PronounPlural, Class::PronounFirst]
                .into_iter()
                .any(|c| sv.lex.is(w, c))
        });
        let note = if sv.lex.is(verb, Class::DeathWithoutCause) {
            // "two children died of hypothermia", "people have died": a death is force
            // only when the clause says whose violence caused it.
            Some(format!("\"{text}\" names no violence that caused it"))
        } else if code.forward.as_deref().is_some_and(is_violent)
            && p.object_token.is_some_and(|o| sv.lex.is(a.word(o), Class::Ballot))
        {
            // "fought the election": a race for votes, not force.
            Some(format!(
                "\"{text}\" has a contest of votes as its object: a race, not force"
            ))
        } else if source.is_none() && target.is_none() && !people_subject && sv.lex.is(verb, Class::FigurativeHarm) {
            // "the curfew hit the trade", "life was hit": a blow no one struck at anyone.
            Some(format!("\"{text}\" names no actor and no attack: a figure of speech"))
        } else if source.is_none()
            && !p.passive
            && p.subject_token.is_some()
            && !people_subject
            && sv.lex.is(verb, Class::FigurativeHarm)
        {
            // "the budget hit the rural population hard": a thing that is no weapon (no
            // pattern took it) and no attack struck them.
            Some(format!(
                "\"{text}\" has a thing for subject, no weapon or attack: a figure of speech"
            ))
        } else {
            None
        };
        if note.is_some() {
            return VerbReading::none(text, note);
        }
    }
    // "Ukraine and Russia met to negotiate an exchange of prisoners": the parties of a
    // two-way act are its subject's members; people named deep inside what they
    // negotiated or discussed are not the other party.
    let target = target.filter(|&t| {
        m.target.is_some()
            || code.forward.is_none()
            || code.forward != code.reverse
            || source.is_none_or(|s| a.actors()[s].units.len() < 2)
            || governed_directly(sv, p.start, t)
    });
    // "backed the president's overthrow": backing what befalls someone is no cooperation
    // with them.
    let cooperative = code
        .forward
        .as_deref()
        .and_then(cameo_root)
        .is_some_and(|r| ("01"..="08").contains(&r));
    // Easing or ending what is against someone ("lifted sanctions against India", codes
    // 035 and 08) is done for them.
    let eases = code
        .forward
        .as_deref()
        .is_some_and(|c| c.starts_with("035") || c.starts_with("08"));
    let moved = |t| super::senses::sends_own_forces(sv, code.forward.as_deref(), p.start, t);
    let target = target.filter(|&t| !(moved(t) || (cooperative && suffers_what_is_backed(sv, t, !eases))));
    let passive = p.passive;
    let why = |phrase: usize, pattern: bool, role: &str| {
        if let Some(means) = means
            .as_ref()
            .filter(|m| m.actor == Some(phrase) && role == "source" && !pattern)
        {
            format!(
                "who made \"{}\", by which \"{text}\" happened{}",
                a.original_text(means.start, means.end),
                sv.via(phrase)
            )
        } else if pattern {
            format!("{role} in the pattern{}", sv.via(phrase))
        } else {
            let how = match (role, passive) {
                ("source", true) => format!("agent (\"by …\") of passive \"{text}\""),
                ("source", false) => format!("subject of \"{text}\""),
                (_, true) => format!("subject of passive \"{text}\""),
                _ if undergoer => format!("subject of \"{text}\", who underwent it"),
                _ => format!("object of \"{text}\""),
            };
            format!("{how}{}", sv.via(phrase))
        }
    };
    let why_source = source.map(|s| why(s, m.source.is_some(), "source"));
    let why_target = target.map(|t| why(t, m.target.is_some(), "target"));
    let rule = match &means {
        Some(m) => format!(
            "{rule}; by means of \"{}\" [{}]",
            a.original_text(m.start, m.end),
            m.code
        ),
        None => rule,
    };
    // The pattern's words, the attack noun and the words of a verb of several words
    // ("held talks"): none is coded again as a noun.
    let pattern_words = m.tokens.len();
    let mut used = m.tokens;
    used.extend(means.as_ref().map_or(0..0, |m| m.start..m.end));
    used.extend(p.start + 1..p.end);
    let candidate = Candidate {
        trigger: (p.start, p.end),
        source,
        target,
        forward: match (&means, code.forward.as_deref()) {
            (Some(m), Some(own)) if specificity(&m.code) > specificity(own) => Some(m.code.clone()),
            (_, own) => own.map(str::to_string),
        },
        reverse: code.reverse.clone().map(|c| c.to_string()),
        rule,
        negated: p.negated,
        modality: p.modality,
        subordinate: false,
        confidence: 0.55 + 0.05 * (pattern_words.min(4) as f32),
        why_source: why_source.unwrap_or_default(),
        why_target: why_target.unwrap_or_default(),
        date: None,
        undated: false,
        place: None,
        nationality: None,
        // The text leaves the agent out: a passive without "by", or a subject that is no
        // actor ("a car bomb exploded", "the blast killed three"), unless it is a state of
        // affairs or a natural event, which tells of no one's act ("the crisis hit
        // exports", "floods killed ten"); a decision or move the verb modifies names the
        // act, not its cause ("the decision to ban the party").
        // "two soldiers died": who did it is not said (the dead are the target).
        agentless: undergoer
            || (p.passive && p.agent.is_none())
            || (!p.passive
                && p.subject.is_none()
                && p.subject_token.is_some_and(|t| {
                    (a.head(p.start) == Some(t) && crate::clauses::infinitive_modifier(sv, p.start))
                        || !sv.lex.is(a.word(antecedent(sv, p.start, t)), Class::NoAgent)
                })),
        // Only an asserted passive hides an agent who acted ("was threatened"); "would be
        // forced to" tells of no one yet.
        hidden_agent: p.passive && p.agent.is_none() && p.modality == Modality::Asserted,
        unnamed_patient: unnamed_patient(sv, p)
            || someone_as_relative_object(sv, p)
            || super::senses::one_sided_alone(sv, p),
        thing_object: thing_object(sv, p),
        speaker: p.speaker,
        // A pattern says what the verb means with its words; a light verb the patterns did
        // not match ("took a dip", "the ground held by") is no event of its own.
        intransitive: pattern_words > 0 || !sv.frames.is_light_verb(a.word(p.start)),
    };
    let note = (undergoer && candidate.source.is_none())
        .then(|| format!("\"{text}\" tells what its subject underwent, and its code needs who acted"));
    VerbReading {
        candidate: Some(candidate),
        used,
        note,
        text,
    }
}

/// Is the verb one that holds people or ground ("held hostages", "towns held by the
/// rebels"), said here of ground: a town, a territory, a place by name? Holding ground is
/// controlling it, a state of affairs, not an act of coercion.
fn holds_ground(sv: &SentenceView, p: &Predicate) -> bool {
    if !sv.lex.is(sv.a.word(p.start), Class::HoldsGround) {
        return false;
    }
    let a = sv.a;
    let thing = if p.passive {
        p.subject_token
    } else {
        crate::clauses::direct_object(sv, p.start)
    };
    thing.is_some_and(|t| {
        let w = a.word(t);
        // A town's or region's name ("held Kirkuk"), not a country's people ("a Briton").
        let place_name = a.actor_at(t).is_some_and(|k| {
            let phrase = &a.actors()[k];
            let [unit] = phrase.units.as_slice() else { return false };
            unit.kind == Some(dragoman_kb::EntityKind::Country)
                && !phrase.demonym
                && phrase.place.is_some_and(|place| Some(place) != unit.entity)
        });
        sv.lex.is(w, Class::Settlement) || sv.lex.is(w, Class::Ground) || place_name
    })
}

/// Does the clause name the harm's cause, and name it as no one's act: a passive's "by"
/// agent that is a state of affairs or a natural event ("torn apart by disagreements",
/// "hit by floods"), or an accident or disaster it happened in ("killed in a crash",
/// "died in a road accident", "injured during the stampede")? Then there is no hidden
/// agent to code.
fn caused_by_no_one(sv: &SentenceView, p: &Predicate) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    if p.agent.is_some() {
        return false;
    }
    a.children(p.start).iter().any(|&c| {
        let c = c as usize;
        let label = a.dep(c).label;
        let cause = if p.passive && g.agent.has(label) {
            Class::NoAgent
        } else if g.prep.has(label) && sv.lex.is(a.word(c), Class::AccidentPrep) {
            Class::Accident
        } else {
            return false;
        };
        a.children(c)
            .iter()
            .any(|&o| g.pobj.has(a.dep(o as usize).label) && sv.lex.is(a.word(o as usize), cause))
    })
}

/// The attack by which a verb's harm happened, when the clause names no one who did it.
struct Means {
    /// The attack noun's tokens.
    start: usize,
    end: usize,
    /// Its code.
    code: String,
    /// Whose attack its modifier says it was ("Israeli airstrikes", "US-led raids").
    actor: Option<usize>,
}

/// The attack that is the verb's subject ("Israeli airstrikes destroyed the school") or
/// that the harm happened in or by ("were killed in Russian shelling", "hit by US-led
/// airstrikes").
fn means_of_harm(sv: &SentenceView, p: &Predicate) -> Option<Means> {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let subject = (!p.passive && p.subject.is_none()).then_some(p.subject_token).flatten();
    let in_or_by = a.children(p.start).iter().filter_map(|&c| {
        let c = c as usize;
        let label = a.dep(c).label;
        let means =
            (p.passive && g.agent.has(label)) || (g.prep.has(label) && sv.lex.is(a.word(c), Class::AccidentPrep));
        means
            .then(|| {
                a.children(c)
                    .iter()
                    .map(|&o| o as usize)
                    .find(|&o| g.pobj.has(a.dep(o).label))
            })
            .flatten()
    });
    subject.into_iter().chain(in_or_by).find_map(|noun| {
        // The attack noun may be two words ending at its head ("air strikes").
        let (start, n) = sv.noun_ending_at(noun)?;
        let code = sv.frames.nouns[n].code.forward.as_deref()?.to_string();
        // Whose attack it was, as the noun tells it ("Israeli airstrikes", "an attack by
        // the regime"). An attack with a target of its own ("the attack on Mosul", "a clash
        // between X and Y") is an event of its own, which the harm only happened in.
        let reading = super::nouns::read(sv, start, noun + 1, n, &[]).candidate.ok();
        if reading.as_ref().is_some_and(|c| c.target.is_some()) {
            return None;
        }
        Some(Means {
            start,
            end: noun + 1,
            code,
            actor: reading.and_then(|c| c.source),
        })
    })
}

/// Is a token of actor phrase `phrase` the verb's own dependent, or the object of one of
/// its prepositions ("met the envoys", "talked with the envoys"), or the party its object
/// noun names ("held talks with the envoys"), not something deeper ("negotiated an
/// exchange of prisoners")?
fn governed_directly(sv: &SentenceView, verb: usize, phrase: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let lex = Lexicon::english();
    let ph = &a.actors()[phrase];
    let party_of_object = |prep: usize| {
        (lex.is(a.word(prep), Class::NounTargetPrep) || lex.is(a.word(prep), Class::Between))
            && a.head(prep)
                .is_some_and(|o| g.object.has(a.dep(o).label) && a.head(o) == Some(verb))
    };
    (ph.start as usize..ph.end as usize).any(|t| match a.head(t) {
        Some(h) if h == verb => true,
        Some(h) => g.prep.has(a.dep(h).label) && (a.head(h) == Some(verb) || party_of_object(h)),
        None => false,
    })
}

/// How specific a code is: a fourth digit, then a third that is not 0 ("195" over "190").
fn specificity(code: &str) -> usize {
    match code.len() {
        0..=2 => 0,
        3 if code.ends_with('0') => 1,
        3 => 2,
        _ => 3,
    }
}

/// Is the verb a light verb whose direct object names no actor ("took things easy",
/// "kept the exams"), or a passive one whose subject names none ("the summit will be
/// held in Lima")? Its meaning comes from that thing, and no pattern knew it.
fn light_verb_on_a_thing(sv: &SentenceView, p: &Predicate) -> bool {
    sv.frames.is_light_verb(sv.a.word(p.start)) && done_to_a_thing(sv, p)
}

/// Is the verb one whose event is done to people ("removed the governor", "booked him for
/// murder"), done here to something that names no actor ("removed the barricades", "the
/// stones were removed", "booked rooms for the pilgrims")? A pattern that names that thing
/// ("booked a case under …") says what it means.
fn people_verb_on_a_thing(sv: &SentenceView, p: &Predicate, pattern_tokens: &[usize]) -> bool {
    sv.lex.is(sv.a.word(p.start), Class::DoneToPeople)
        && (one_word(p) || moved_back(sv, p))
        && done_to_a_thing(sv, p)
        && done_to(p).is_none_or(|t| !pattern_tokens.contains(&t))
}

/// Is what the verb is done to, its object or its passive subject, something that names
/// no actor?
fn done_to_a_thing(sv: &SentenceView, p: &Predicate) -> bool {
    let Some(t) = done_to(p) else { return false };
    if p.passive {
        // In a passive, the subject is what the verb was done to; an actor merely
        // modifying it ("the Hindu festival was held") is not.
        // A relative pronoun stands for the actor it follows ("the man who was held").
        let g = crate::grammar::Grammar::get();
        return !(names_actor(sv, p.subject, t, false)
            || (p.subject.is_some() && g.relative_tags.has(sv.a.dep(t).tag))
            || people_not_yet_known(sv, t));
    }
    !names_actor(sv, p.object, t, true) && !people_not_yet_known(sv, t)
}

/// The token the verb is done to: a passive's subject, or the object after the verb (the
/// object of a multi-word verb, "hold talks", is part of it).
fn done_to(p: &Predicate) -> Option<usize> {
    if p.passive {
        p.subject_token
    } else {
        p.object_token.filter(|&o| o >= p.end)
    }
}

/// Is token `t` in an actor phrase whose code is not known, that is not a thing's pronoun
/// ("the two men", "they" without an antecedent; not "it")? Such a phrase still names
/// people.
fn people_not_yet_known(sv: &SentenceView, t: usize) -> bool {
    !sv.lex.is(sv.a.word(t), Class::PronounThing)
        && sv
            .a
            .actors()
            .iter()
            .any(|ph| ph.units.is_empty() && (ph.start as usize..ph.end as usize).contains(&t))
}

/// Is the actor phrase `actor` the thing at token `thing` or inside it ("held hundreds of
/// fighters"), or (`before_counts`) a first object before it ("gave the residents a
/// choice"), not a modifier of it ("holds UK citizenship")? One hung on the verb after it
/// comes from a prepositional phrase ("took things easy with his family", "a summit
/// between X and Y").
fn names_actor(sv: &SentenceView, actor: Option<usize>, thing: usize, before_counts: bool) -> bool {
    actor.is_some_and(|k| {
        let phrase = &sv.a.actors()[k];
        let (start, end) = (phrase.start as usize, phrase.end as usize);
        (if before_counts {
            (start..end).contains(&thing) || (start < thing && !(start..end).any(|t| sv.a.head(t) == Some(thing)))
        } else {
            (start..end).contains(&thing)
        }) || (start..end).any(|t| part_of(sv, t, thing))
    })
}

/// Does token `t` belong to the noun phrase headed by `head`, through nothing but "of",
/// conjunctions and appositions ("hundreds of fighters", "tens of thousands of wives and
/// children")? Other prepositions say about what, not who ("a bet on Turkey", "the lead
/// in Syria"), and a modifier what kind ("the Hindu festival", "Russia's plan").
fn part_of(sv: &SentenceView, t: usize, head: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let mut x = t;
    for _ in 0..6 {
        if x == head {
            return true;
        }
        let label = sv.a.dep(x).label;
        if !g.member_of.has(label) || (g.prep.has(label) && sv.a.word(x) != "of") {
            return false;
        }
        match sv.a.head(x) {
            Some(h) => x = h,
            None => return false,
        }
    }
    false
}

/// Is the verb a passive whose subject, what it was done to, names no actor ("an alliance
/// led by X and Y"), or an active one whose object is a pronoun no actor stands for ("X
/// and Y met him")? Its agents then acted on that, not on each other. (An active verb's
/// unnamed object of any other kind does not say so: "X and Y renewed ties" are each
/// other's.)
fn unnamed_patient(sv: &SentenceView, p: &Predicate) -> bool {
    let g = crate::grammar::Grammar::get();
    let passive = p.passive && p.subject.is_none() && p.subject_token.is_some();
    // "X and Y met him": whoever "him" is, they did not meet each other.
    let pronoun = !p.passive
        && p.object.is_none()
        && p.object_token
            .is_some_and(|o| o >= p.end && g.personal_pronoun.has(sv.a.dep(o).tag));
    passive || pronoun
}

/// Has the active verb an object that names no actor, no contest and no tie between
/// sides ("stormed the stronghold", "promoted peace"; not "fought a war", "renewed ties")?
fn thing_object(sv: &SentenceView, p: &Predicate) -> bool {
    let between = |o: usize| sv.lex.is(sv.a.word(o), Class::Contest) || sv.lex.is(sv.a.word(o), Class::Relation);
    !p.passive && p.object.is_none() && p.object_token.is_some_and(|o| !between(o) && sv.noun_at(o).is_none())
}

/// Is the verb's object a relative pronoun for people ("the informants whom MI6 and the
/// CIA met")? The verb was done to them, whom no actor names: not by its subjects to
/// each other.
fn someone_as_relative_object(sv: &SentenceView, p: &Predicate) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let relative = |t: usize| g.personal_relative.has(a.dep(t).tag);
    let as_object = a.children(p.start).iter().any(|&c| {
        let c = c as usize;
        c < p.start && g.object.has(a.dep(c).label) && relative(c)
    });
    // Or the parser hung "whom" elsewhere: a relative clause with a subject of its own
    // opened by "who(m)" ("informants whom they met").
    let opened_by = g.relcl.has(a.dep(p.start).label)
        && p.subject_token.is_some_and(|s| s < p.start && !relative(s))
        && a.head(p.start)
            .is_some_and(|h| (h + 1..p.start).any(|t| relative(t) && Some(t) != p.subject_token));
    p.object.is_none() && (as_object || opened_by)
}

/// Is the predicate's verb one whose subject undergoes it ("died", "perished")?
fn undergoes(sv: &SentenceView, p: &Predicate) -> bool {
    crate::clauses::lemmas(sv, &p.forms).any(|l| sv.frames.is_undergoer(l))
}

/// A pattern that only says "not" before the verb and codes nothing (`- NO *` [---]):
/// the dictionaries' way to drop negated events. The clause reader records negation
/// itself (the event is kept, marked negated), so such a pattern is not applied.
fn only_negates(sv: &SentenceView, pattern: &dragoman_kb::Pattern) -> bool {
    use dragoman_kb::PatternItem;
    if !pattern.code.is_none() {
        return false;
    }
    let mut words = pattern.pre.iter().chain(&pattern.post).filter_map(|i| match i {
        PatternItem::Word { word, .. } => Some(word),
        _ => None,
    });
    let negation = |w: &str| sv.kb.lexeme(w).class.has(dragoman_text::WordClass::NEG);
    let first = words.next();
    first.is_some_and(|w| negation(w)) && words.all(|w| negation(w))
}

/// Does match `m` reach its first word after the verb sooner than `other`? (Matches with
/// no word after the verb reach none.)
fn nearer(m: &PatternMatch, other: &PatternMatch, verb_end: usize) -> bool {
    let first_after = |x: &PatternMatch| x.tokens.iter().copied().filter(|&t| t >= verb_end).min();
    match (first_after(m), first_after(other)) {
        (Some(a), Some(b)) => a < b,
        _ => false,
    }
}

/// The most specific pattern of the verb's blocks, else the verb's or block's code.
fn best_pattern(sv: &SentenceView, p: &Predicate) -> Option<(CodePair, String, PatternMatch)> {
    let a = sv.a;
    let words = sv.pattern_words();
    let mut matcher = Matcher::new(&words, &sv.kb.verbs, p.clause.start, p.clause.end);
    if let Some(agent) = p.agent.filter(|_| p.passive) {
        let phrase = &a.actors()[agent];
        matcher = matcher.with_agent(phrase.start as usize, phrase.end as usize);
    }
    let mut best: Option<(usize, CodePair, String, PatternMatch)> = None;
    let mut clause_words: Vec<u32> = (p.clause.start..p.clause.end)
        .filter_map(|t| a.tags()[t].pattern_word)
        .collect();
    clause_words.sort_unstable();
    clause_words.dedup();
    let mut candidates = Vec::new();
    // A passive's subject that names no actor may be a pattern's object word.
    let passive_subject = p.subject_token.filter(|_| p.passive && p.subject.is_none());
    for f in &p.forms {
        let (block, entry) = sv.kb.verbs.verb(*f);
        block.candidates(&clause_words, &mut candidates);
        for &k in &candidates {
            let pattern = &block.patterns[k as usize];
            let many_sensed = |w: &str| sv.lex.is(w, Class::OwnPatterns);
            let function_word = |w: &str| !sv.kb.lexeme(w).class.is_empty();
            if only_negates(sv, pattern) || !pattern.applies_to(entry, many_sensed, function_word) {
                continue;
            }
            let found = matcher
                .matches(pattern, p.start, p.end)
                .or_else(|| passive_subject.and_then(|s| matcher.matches_passive(pattern, p.end, s)));
            if let Some(m) = found {
                let spec = pattern.specificity();
                // Equally specific patterns: the one whose words lie nearer the verb
                // ("released a video of the hostages" is about the video).
                if best
                    .as_ref()
                    .is_none_or(|b| spec > b.0 || (spec == b.0 && nearer(&m, &b.3, p.end)))
                {
                    best = Some((
                        spec,
                        pattern.code.clone(),
                        format!("{} `- {}` [{}]", block.name, pattern.text, pattern.code.display()),
                        m,
                    ));
                }
            }
        }
        if best.is_none() {
            let code = entry
                .code
                .clone()
                .filter(|c| !c.is_none())
                .unwrap_or_else(|| block.code.clone());
            if !code.is_none() {
                best = Some((
                    0,
                    code.clone(),
                    format!(
                        "{} verb {} [{}]",
                        block.name,
                        entry.lemma().to_uppercase(),
                        code.display()
                    ),
                    Default::default(),
                ));
            }
        }
    }
    best.map(|(_, code, rule, m)| (code, rule, m))
}
