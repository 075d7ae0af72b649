//! Event nouns: "the meeting between X and Y", "Russia's invasion of Ukraine", "held talks
//! with Y" (a light verb makes the noun the clause subject's event).

use dragoman_core::Modality;
use dragoman_text::WordClass;

use crate::clauses;
use crate::doc::{Candidate, Embedding, Frame};
use crate::frames::OfRole;
use crate::lexicon::Class;
use crate::sentence::SentenceView;

/// Where the noun's date and place are looked for.
pub struct NounContext {
    /// A time expression right after the noun ("the meeting last week").
    pub time_after: Option<usize>,
    /// Where reading the noun's arguments stopped.
    pub scan_end: usize,
    /// The noun names a visit (CAMEO 042), which happens where it goes.
    pub visit: bool,
}

pub struct NounReading {
    /// The code the noun carries and whether it is subordinate, whatever its actors.
    pub cue: Option<(String, bool)>,
    /// The candidate, or why there is none.
    pub candidate: Result<Candidate, String>,
    pub context: NounContext,
}

/// Reads the event noun `n` (index in the noun table) at tokens `start..end`.
pub fn read(sv: &SentenceView, start: usize, end: usize, n: usize, embeddings: &[Embedding]) -> NounReading {
    let a = sv.a;
    let noun = &sv.frames.nouns[n];
    let text = a.original_text(start, end).to_string();
    // A table row coded "---" names no event, though its words hold one ("heart attack");
    // a kind of act opposed did not happen.
    let no_event = if noun.code.is_none() {
        Some(format!("\"{text}\" names no event"))
    } else if opposed_kind(sv, end - 1) {
        Some(format!(
            "event noun \"{text}\": a kind of act opposed, not one that happened"
        ))
    } else {
        None
    };
    if let Some(why) = no_event {
        return NounReading {
            cue: None,
            candidate: Err(why),
            context: NounContext {
                time_after: None,
                scan_end: end,
                visit: false,
            },
        };
    }
    // "a call to the ministers to resign": an appeal, as "called on them to resign" is.
    let appeal = appeal_to_act(sv, end);
    let code = if appeal {
        dragoman_kb::CodePair::parse(APPEAL)
    } else {
        noun.code.clone()
    };
    let mut source: Option<usize> = None;
    let mut target: Option<usize> = None;
    let mut why_source = String::new();
    let mut why_target = String::new();
    if let Some(p) = actor_before(sv, start) {
        if crate::actors::elems::after_opposing_prefix(a, a.actors()[p].start as usize) {
            // "anti-government protests", "an anti-Gondor parade": aimed at it.
            target = Some(p);
            why_target = format!("\"anti-…\" before \"{text}\"");
        } else if !names_where(sv, p) {
            source = Some(p);
            why_source = format!("modifier of \"{text}\"");
        }
    }
    // "the UK came to Baghdad's aid", "rushed to Peru's aid": the possessor is whom it is
    // for, and who comes does it.
    let came_to_aid = come_to_aid(sv, end - 1).filter(|_| source.is_some());
    if let Some((v, p)) = came_to_aid.zip(source) {
        target = Some(p);
        why_target = format!("\"to …'s {text}\"");
        source = clauses::active_subject(sv, v).filter(|&s| s != p);
        why_source = source
            .map(|s| format!("subject of \"{}\" to \"{text}\"{}", a.text(v), sv.via(s)))
            .unwrap_or_default();
    }
    // "Gandhi's assassination", "the minister's arrest": with no "of" phrase, the possessor
    // of a noun of an act done to a person is whom it was done to.
    let possessor = |p: usize| {
        let ph = &a.actors()[p];
        ph.possessive || ((ph.end as usize) < start && sv.lex.is(a.word(ph.end as usize), Class::Possessive))
    };
    let of_after = end < sv.last() && sv.lex.is(a.word(end), Class::Genitive);
    if target.is_none()
        && came_to_aid.is_none()
        && !of_after
        && sv.lex.is(a.word(end - 1), Class::UndergoerNoun)
        && source.is_some_and(possessor)
    {
        (target, source) = (source, None);
        why_target = format!("possessor of \"{text}\"");
        why_source.clear();
    }
    // "in the custody of Peru", "freed from the custody of Peru": after a preposition of
    // being held (`holding_prep`; not "an order for the custody of"), a noun of holding's
    // "of" names who holds (word class `holding_noun`).
    let held_by_of = sv.lex.is(a.word(end - 1), Class::HoldingNoun)
        && preposition_over(sv, end - 1).is_some_and(|p| sv.lex.is(a.word(p), Class::HoldingPrep));
    // After the noun, skipping a time expression and commas.
    let mut t = end;
    let limit = (end + 12).min(sv.last());
    let mut time_after: Option<usize> = None;
    while t < limit {
        let w = a.word(t);
        if let Some(te) = a.times_in(t, t + 1).first() {
            time_after = Some(t);
            t = te.end as usize;
            continue;
        }
        let lex = sv.lex;
        let (genitive, by_from, to_on) = (
            lex.is(w, Class::Genitive),
            lex.is(w, Class::NounSourcePrep),
            lex.is(w, Class::NounTargetPrep),
        );
        match w {
            "," => t += 1,
            _ if lex.is(w, Class::Between) => {
                if let Some(p) = sv.phrase_after(t) {
                    if a.actors()[p].units.len() >= 2 {
                        source = Some(p);
                        target = Some(p);
                        why_source = format!("\"{text} between …\"");
                        why_target = why_source.clone();
                    }
                    t = a.actors()[p].end as usize;
                } else {
                    break;
                }
            }
            _ if genitive || by_from || to_on => {
                let Some(p) = sv.phrase_after(t) else { break };
                // "talks with Bolivia's ally, Chile": with Chile; "with Bolivia's allies":
                // with no one named.
                let p = match clauses::behind_relation(sv, p) {
                    None => p,
                    Some(Some(other)) => other,
                    Some(None) => break,
                };
                // "condemned the attack, with the minister calling it …": no party.
                if !a.actors()[p].is_actor() || (a.has_syntax() && clauses::absolute_clause(sv, t).is_some()) {
                    break;
                }
                let role_is_source = if genitive {
                    noun.of == OfRole::Source || held_by_of
                } else {
                    by_from
                };
                if role_is_source && source.is_none() {
                    source = Some(p);
                    why_source = format!("\"{text} {w} …\"");
                } else if !role_is_source && target.is_none() {
                    target = Some(p);
                    why_target = format!("\"{text} {w} …\"");
                }
                t = a.actors()[p].end as usize;
            }
            _ => break,
        }
    }
    // "serve as a mediator between X and Y", "held talks with Y": the clause subject.
    let clause = clauses::clause_around(sv.a, start);
    let embedded = embeddings
        .iter()
        .find(|e| e.embedded < start && clause.start <= e.embedded);
    let intended_by = object_of_intent(sv, end - 1);
    let asked_by = asked_for(sv, end - 1);
    let g = crate::grammar::Grammar::get();
    // "demanded the arrest of X": the asker's event, as "demanded that they arrest X"
    // would be; a noun of asking ("calls for the arrest of X") only says it is wanted.
    let asking_verb = asked_by.filter(|&v| g.verb_tags.has(a.dep(v).tag));
    if let Some(v) = asking_verb {
        let asker = clauses::active_subject(sv, v).filter(|&s| Some(s) != target);
        if source.is_some() && source != asker && source != target {
            // "urged the army's withdrawal": the army is the one asked.
            if target.is_none() {
                target = source;
                why_target = why_source.clone();
            }
            source = None;
        }
        if let Some(s) = asker {
            source = Some(s);
            why_source = format!("subject of \"{}\"{}", a.text(v), sv.via(s));
        }
    }
    if source.is_none() {
        if let Some(v) = gone_on(sv, end - 1) {
            source = clauses::active_subject(sv, v).filter(|&s| Some(s) != target);
            if let Some(s) = source {
                why_source = format!("subject of \"{}\" on \"{text}\"{}", a.text(v), sv.via(s));
            }
        }
    }
    let light_verb = light_verb_of(sv, start, end - 1);
    let light = light_verb.is_some() || intended_by.is_some() || asking_verb.is_some() || came_to_aid.is_some();
    // "would consider an inquiry into the riots": a noun inside another noun's phrase is
    // not what the embedding clause's subject does.
    let of_a_noun = a
        .head(end - 1)
        .filter(|&p| g.pobj.has(a.dep(end - 1).label) && g.prep.has(a.dep(p).label))
        .and_then(|p| a.head(p))
        .is_some_and(|n| g.noun_tags.has(a.dep(n).tag));
    if (source.is_none() || source == target) && (light || (embedded.is_some() && !of_a_noun)) {
        // A light verb joined to another shares its subject ("blamed them and ordered
        // strikes"); else the noun's agent is the nearest actor before the light verb (or
        // the noun) in its clause, not one modifying the noun ("its Paris massacres").
        let before = light_verb.map_or(start, |v| v.min(start));
        let verbs_subject = light_verb
            .filter(|&v| g.conj.has(a.dep(v).label))
            .and_then(|v| clauses::active_subject(sv, v))
            .filter(|&p| a.actors()[p].is_actor() && (a.actors()[p].end as usize) <= before);
        let subj = verbs_subject
            .or_else(|| {
                sv.phrases.iter().copied().rfind(|&p| {
                    (a.actors()[p].end as usize) <= before
                        && (a.actors()[p].start as usize) >= clause.start
                        && a.actors()[p].is_actor()
                        && !(a.actors()[p].start as usize > 0
                            && a.has_class(a.actors()[p].start as usize - 1, WordClass::PREP))
                })
            })
            .or(embedded.and_then(|e| e.subject));
        if let Some(sp) = subj {
            if source == target && target.is_some() {
                // "X … a mediator between Y and Z": X acts on both.
                source = Some(sp);
                why_source = format!("subject of the clause with \"{text}\"{}", sv.via(sp));
                why_target = format!("\"{text} between …\"");
            } else if source.is_none() {
                source = Some(sp);
                why_source = format!("subject of the clause with \"{text}\"{}", sv.via(sp));
            }
        }
    }
    // A noun is the main thing said only as the object of a light verb ("announced a
    // ceasefire", "held talks").
    let subordinate = !light && embeddings.iter().all(|e| e.embedded >= start);
    let cue = code
        .forward
        .as_deref()
        .or(code.reverse.as_deref())
        .map(|c| (c.to_string(), subordinate));
    let context = NounContext {
        time_after,
        scan_end: t,
        visit: code.forward.as_deref().is_some_and(|c| c.starts_with("042")),
    };
    // Protests, coercion and violence are events whoever did them ("clashes broke
    // out", "tear gas was fired"); other nouns need their actors.
    let standalone = code.forward.as_deref().is_some_and(|c| sv.frames.stands_alone(c));
    if source.is_none() && !standalone {
        return NounReading {
            cue,
            candidate: Err(format!("event noun \"{text}\": no actor for it")),
            context,
        };
    }
    let reciprocal = source.is_some() && target == source;
    // "Chile and Peru held a meeting": several actors and a mutual code, each with each;
    // a fight only when the noun names the contest ("Chilean and Peruvian airstrikes"
    // are allies', "the war between" each other's).
    let members = source.map_or(0, |p| sv.a.actors()[p].units.len());
    let contest = sv.lex.is(sv.a.word(end - 1), Class::Contest);
    let mutual_group = members >= 2
        && noun
            .code
            .forward
            .as_deref()
            .is_some_and(|c| sv.frames.is_mutual(c, members, !contest));
    let done_by_someone = source.is_some()
        && noun
            .code
            .forward
            .as_deref()
            .is_some_and(|c| sv.frames.stands_without_target(c));
    if target.is_none() && !reciprocal && !standalone && !mutual_group && !done_by_someone {
        return NounReading {
            cue,
            candidate: Err(format!("event noun \"{text}\": no target for it")),
            context,
        };
    }
    let mut modality = Modality::Asserted;
    let before = start.saturating_sub(2).max(sv.first());
    for b in before..start {
        let lex = sv.lex;
        if lex.is(a.word(b), Class::IntentModifier) {
            modality = Modality::Intended;
        } else if lex.is(a.word(b), Class::PossibleModifier) {
            modality = Modality::Hypothetical;
        }
    }
    // The object of a verb that will or could happen is not asserted either: "will stage
    // a sit-in", "could order airstrikes"; nor an event a condition speaks of: "if there
    // is an attack"; nor what is feared or imagined: "feared an attack", "worried about a
    // crackdown".
    if modality == Modality::Asserted {
        if let Some(m) = governing_verb_modality(sv, end - 1) {
            modality = m;
        } else if supposed(sv, end - 1) {
            modality = Modality::Hypothetical;
        }
    }
    let mut forward = code.forward.as_deref().map(str::to_string);
    let mut reverse = code.reverse.as_deref().map(str::to_string);
    let mut rule = format!("noun: \"{}\" [{}]", noun.words.join(" "), code.display());
    if appeal {
        rule.push_str(", with \"to … to\" an appeal");
    }
    let intent_verb = embedded
        .filter(|e| e.frame == Frame::Intent)
        .map(|e| e.verb)
        .or(intended_by);
    if let Some(v) = intent_verb {
        modality = Modality::Intended;
        forward = forward.and_then(|c| sv.frames.embed(Frame::Intent, &c));
        reverse = reverse.and_then(|c| sv.frames.embed(Frame::Intent, &c));
        rule = format!("{rule}; framed by \"{}\" (intent)", a.text(v));
    }
    if let Some(v) = asked_by {
        if asking_verb.is_some() {
            let frame = match clauses::frame_at(sv, v) {
                Some(Frame::Demand) => Frame::Demand,
                _ => Frame::Appeal,
            };
            forward = forward.and_then(|c| sv.frames.embed(frame, &c));
            reverse = reverse.and_then(|c| sv.frames.embed(frame, &c));
        } else {
            modality = Modality::Hypothetical;
        }
        rule = format!("{rule}; asked for by \"{}\"", a.text(v));
    }
    // The phrase's head carries its determiner and its place in the clause ("the July 25
    // phone call": "the" and "on" hang on "call").
    let mut negated = clauses::noun_negated(sv, end - 1);
    // "asked Nato to come to Turkey's aid": as real as the coming.
    if let Some(v) = came_to_aid {
        let (verb_negated, verb_modality, _) = clauses::polarity(sv, v);
        negated |= verb_negated;
        if modality == Modality::Asserted {
            modality = verb_modality;
        }
        if let Some((h, frame)) = frame_over(sv, v) {
            rule = format!(
                "{rule}; \"{}\" framed by \"{}\" ({})",
                a.text(v),
                a.text(h),
                frame.as_str()
            );
            match frame {
                Frame::Negate => negated = true,
                // "refused to come to Peru's aid": a rejection (CAMEO 12), which happened.
                Frame::Reject => {
                    forward = forward.and_then(|c| sv.frames.embed(Frame::Reject, &c));
                    reverse = None;
                }
                Frame::Intent => modality = Modality::Intended,
                Frame::Speech | Frame::Implicative => {}
                _ => modality = Modality::Hypothetical,
            }
        }
    }
    let candidate = Candidate {
        trigger: (start, end),
        source,
        target,
        forward,
        reverse,
        rule,
        // A framed noun takes its frame's reading (see `framing`), except a denial's,
        // which `noun_negated` reads ("denied that X was involved in the killings").
        negated: negated && embedded.is_none_or(|e| e.frame == Frame::Negate),
        modality,
        subordinate,
        confidence: 0.5,
        why_source,
        why_target,
        date: None,
        undated: false,
        place: None,
        nationality: None,
        agentless: true,
        hidden_agent: false,
        unnamed_patient: false,
        thing_object: !contest,
        speaker: None,
        intransitive: true,
    };
    NounReading {
        cue,
        candidate: Ok(candidate),
        context,
    }
}

/// The actor written before the event noun starting at `start`, who did it: "the Russian
/// invasion", "Russia's new invasion", "Turkish mediation", "US-led airstrikes", "a
/// VHP-sponsored strike" (an actor joined by a hyphen to a participle of directing, word
/// class `directs`; "Iran-backed" names who helped, not who acted).
pub fn actor_before(sv: &SentenceView, start: usize) -> Option<usize> {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    // Adjectives between them do not part the actor from its act ("Turkey's new
    // offensive", "the Russian military operation"), nor does a hyphened one, whole, when
    // none of its words is an actor ("Peru's two-year-long detention"); one glued to an
    // actor is that actor's ("a state-wide bandh" is no state's). An adjective of manner
    // that is also a role noun (word class `manner_adjective`) is one of them: "an
    // official visit" is a formal visit, not an official's.
    let mut start = start;
    while start > sv.first() + 1
        && g.adjective_tags.has(a.dep(start - 1).tag)
        && (a.actor_at(start - 1).is_none() || sv.lex.is(a.word(start - 1), Class::MannerAdjective))
    {
        let mut first = start - 1;
        while first >= sv.first() + 2 && a.word(first - 1) == "-" && a.actor_at(first - 2).is_none() {
            first -= 2;
        }
        if first > sv.first() && a.word(first - 1) == "-" {
            break;
        }
        start = first;
    }
    let directed = |e: usize| e + 2 == start && a.word(e) == "-" && sv.lex.is(a.word(e + 1), Class::Directs);
    sv.phrases.iter().copied().find(|&p| {
        let ph = &a.actors()[p];
        let e = ph.end as usize;
        !ph.units.is_empty()
            && (e == start
                || (ph.possessive && e + 1 == start)
                || (e + 1 == start && (a.word(e) == "-" || sv.lex.is(a.word(e), Class::Possessive)))
                || directed(e))
    })
}

/// "prepared an offensive", "planned a strike": the verb of planning (word class
/// `plans_act`) whose object the noun is. The noun is then its subject's intended act, as a
/// clause would be ("prepared to attack"). Not verbs of wanting: "sought sanctions" asks
/// others for them.
fn object_of_intent(sv: &SentenceView, last: usize) -> Option<usize> {
    let g = crate::grammar::Grammar::get();
    let h = sv.a.head(last)?;
    (g.object.has(sv.a.dep(last).label) && sv.lex.is(sv.a.word(h), Class::PlansAct)).then_some(h)
}

/// "held talks", "serve as a mediator", "launched an attack": the light verb (or "as")
/// whose object the noun from `noun` to `last` is, and whose subject's event it is. The
/// parse names it ("ordered a one-off missile strike"); failing that, it stands at most
/// four words before the noun, across determiners and modifiers.
fn light_verb_of(sv: &SentenceView, noun: usize, last: usize) -> Option<usize> {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    if let Some(h) = a.head(last).filter(|&h| {
        h < noun
            && g.object.has(a.dep(last).label)
            && g.verb_tags.has(a.dep(h).tag)
            && sv.frames.is_light_verb(a.word(h))
            && (h + 1..noun).all(|t| !g.verb_tags.has(a.dep(t).tag))
    }) {
        return Some(h);
    }
    let mut t = noun;
    for _ in 0..4 {
        if t <= sv.first() {
            return None;
        }
        t -= 1;
        let w = a.word(t);
        // "serve as a mediator": the noun is what the subject acts as.
        if sv.frames.is_light_verb(w) || sv.lex.is(w, Class::ActsAs) {
            return Some(t);
        }
        let skippable = a.has_class(t, WordClass::DET)
            || a.has_class(t, WordClass::POSS)
            || (!a.tags()[t].verb && !a.is_punct(t) && a.tags()[t].class.is_empty());
        if !skippable {
            return None;
        }
    }
    None
}

/// CAMEO's appeal or request.
const APPEAL: &str = "020";

/// Is the noun ending before `end` one of calling (word class `call_noun`) whose "to"
/// someone an infinitive follows ("a call to the ministers to resign")?
fn appeal_to_act(sv: &SentenceView, end: usize) -> bool {
    let (a, g) = (sv.a, crate::grammar::Grammar::get());
    if end + 3 >= sv.last() || !sv.lex.is(a.word(end - 1), Class::CallNoun) || a.word(end) != "to" {
        return false;
    }
    let Some(p) = sv.phrase_after(end) else { return false };
    let after = a.actors()[p].end as usize;
    after + 1 < sv.last()
        && a.word(after) == "to"
        && a.has_syntax()
        && g.infinitive_marker.has(a.dep(after).tag)
        && g.verb_tags.has(a.dep(after + 1).tag)
}

/// "arrived on a visit to Peru", "is in Lima on a tour", "went on strike": the verb of
/// going or being (word class `goes_on`) whose "on" the event noun ending at `last` is the
/// object of; its subject does the act.
fn gone_on(sv: &SentenceView, last: usize) -> Option<usize> {
    let a = sv.a;
    let on = preposition_over(sv, last)?;
    let v = a.head(on)?;
    (a.word(on) == "on" && sv.lex.is(a.word(v), Class::GoesOn)).then_some(v)
}

/// The verb of coming (word class `comes_to_aid`) whose "to" governs the noun at `last`.
fn come_to_aid(sv: &SentenceView, last: usize) -> Option<usize> {
    let a = sv.a;
    let to = preposition_over(sv, last)?;
    let v = a.head(to)?;
    (a.word(to) == "to" && sv.lex.is(a.word(v), Class::ComesToAid)).then_some(v)
}

/// The framing verb whose infinitive complement the verb at `v` is, and its frame
/// ("refused to come", "promised to come"); the verb at `v` need not be one of the
/// dictionaries, as the embeddings' are.
fn frame_over(sv: &SentenceView, v: usize) -> Option<(usize, Frame)> {
    let a = sv.a;
    let g = crate::grammar::Grammar::get();
    let h = a.head(v).filter(|_| g.xcomp.has(a.dep(v).label))?;
    clauses::frame_at(sv, h).map(|f| (h, f))
}

/// The preposition whose object the noun at `t` is, as the parse reads it.
pub(super) fn preposition_over(sv: &SentenceView, t: usize) -> Option<usize> {
    let a = sv.a;
    (a.has_syntax() && crate::grammar::Grammar::get().pobj.has(a.dep(t).label))
        .then(|| a.head(t))
        .flatten()
}

/// "the fight against torture", "a convention against kidnapping": a bare event noun (no
/// determiner or possessor) governed by a preposition of opposition names the kind of act
/// opposed, not an act that happened ("protests against the killing of X" keep theirs).
fn opposed_kind(sv: &SentenceView, head: usize) -> bool {
    let a = sv.a;
    let g = crate::grammar::Grammar::get();
    let governed = a.head(head).is_some_and(|h| sv.lex.is(a.word(h), Class::OpposingPrep));
    governed
        && !a
            .children(head)
            .iter()
            .any(|&c| g.nominal_marker.has(a.dep(c as usize).label))
}

/// The modality the auxiliaries give the verb whose object the event noun at `t` is
/// ("will stage a sit-in": intended; "could order airstrikes": hypothetical), or a
/// condition the noun's clause is ("if there is an attack"). Only its auxiliaries: a verb
/// that is itself only planned may still presuppose its object ("a bandh to protest the
/// killings", "the fight to repel the invasion").
fn governing_verb_modality(sv: &SentenceView, t: usize) -> Option<Modality> {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let verb = a.head(t).filter(|&h| g.verb_tags.has(a.dep(h).tag))?;
    let label = a.dep(t).label;
    // "if there is an attack", "if they stage a strike", "if the strike takes place": only
    // on that condition ("unless the arrests stop" presupposes the arrests).
    let happens = g.subject.has(label) && sv.lex.is(a.word(verb), Class::Occurrence);
    let argument = g.object.has(label) || g.attribute.has(label) || happens;
    if argument && clauses::under_condition(sv, verb) {
        return Some(Modality::Hypothetical);
    }
    g.object
        .has(label)
        .then(|| clauses::auxiliaries_modality(sv, verb))
        .flatten()
}

/// Is the event noun at `t` what a verb of fearing, imagining or supposing (frame
/// `suppose`) or of averting (word class `averting`) is about: its object ("feared an
/// attack", "prevent a clash") or its preposition's object ("worried about a crackdown",
/// "dreamt of a revolution")? Or what a noun of threat or supposition is of ("the threat
/// of an attack", "in case of riots"), or a noun of banning is on ("a ban on rallies",
/// "restrictions on organising rallies")? Or what one is vulnerable to (word class
/// `vulnerable`)?
fn supposed(sv: &SentenceView, t: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    // A later conjunct is what its first is ("fear of riots and looting").
    let t = first_conjunct(sv, t);
    let Some(h) = a.head(t) else { return false };
    if g.pobj.has(a.dep(t).label) && a.word(h).eq_ignore_ascii_case("of") {
        // "the threat of an attack", "fear of riots" (word class `supposing_noun`); "in
        // case of an attack", "in the event of a strike" (`supposing_after_in`).
        if let Some(n) = a.head(h) {
            let after_in = a.head(n).is_some_and(|p| a.word(p).eq_ignore_ascii_case("in"));
            if sv.lex.is(a.word(n), Class::SupposingNoun) || (after_in && sv.lex.is(a.word(n), Class::SupposingAfterIn))
            {
                return true;
            }
        }
    }
    // "vulnerable to attacks", "prone to riots": a risk.
    if g.pobj.has(a.dep(t).label) && a.head(h).is_some_and(|adj| sv.lex.is(a.word(adj), Class::Vulnerable)) {
        return true;
    }
    let verb = if g.object.has(a.dep(t).label) {
        Some(h)
    } else if g.pobj.has(a.dep(t).label) && g.prep.has(a.dep(h).label) {
        a.head(h)
    } else {
        None
    };
    // "to prevent a clash", "averted a strike": a possibility that did not come about;
    // not when the averting failed ("failed to prevent the riots", "did not avert it").
    let averted = |v: usize| {
        let failed = || {
            clauses::polarity(sv, v).0
                || a.head(v)
                    .is_some_and(|h| g.xcomp.has(a.dep(v).label) && clauses::frame_at(sv, h) == Some(Frame::Negate))
        };
        sv.lex.is(a.word(v), Class::Averting) && !failed()
    };
    // "warned of an attack", "cautioned against a strike", "warned Peru of an attack":
    // feared, not told.
    let warns = |v: usize| sv.lex.is(a.word(v), Class::WarnsOf);
    let warned_of = g.pobj.has(a.dep(t).label)
        && a.head(h).is_some_and(|x| {
            (g.verb_tags.has(a.dep(x).tag) && warns(x))
                || (g.object.has(a.dep(x).label) && a.head(x).is_some_and(warns))
        });
    // "a ban on rallies", "restrictions on organising any rally": what is forbidden.
    let forbidden = |t: usize| {
        a.head(t)
            .filter(|&on| a.word(on) == "on")
            .and_then(|on| a.head(on))
            .is_some_and(|n| g.noun_tags.has(a.dep(n).tag) && sv.lex.is(a.word(n), Class::KeepsFrom))
    };
    forbidden(t)
        || warned_of
        || verb.is_some_and(|v| {
            g.verb_tags.has(a.dep(v).tag)
                && (clauses::frame_at(sv, v) == Some(Frame::Suppose) || averted(v) || forbidden(v))
        })
}

/// The first conjunct of the list the word at `t` is a later member of (else `t`).
fn first_conjunct(sv: &SentenceView, mut t: usize) -> usize {
    let g = crate::grammar::Grammar::get();
    for _ in 0..8 {
        match sv.a.head(t) {
            Some(h) if h < t && g.conj.has(sv.a.dep(t).label) => t = h,
            _ => break,
        }
    }
    t
}

/// The word of asking whose request the event noun at `t` is: the verb whose object it
/// is ("demanded the arrest of X", "urged the release of Y"; word class
/// `demands_object`) or the verb or noun whose "for" object it is ("called for the arrest
/// of X", "a plea for a ceasefire"; `asks_for`). What is asked for has not happened.
fn asked_for(sv: &SentenceView, t: usize) -> Option<usize> {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let t = first_conjunct(sv, t);
    let h = a.head(t)?;
    let label = a.dep(t).label;
    if g.object.has(label) && g.verb_tags.has(a.dep(h).tag) && sv.lex.is(a.word(h), Class::DemandsObject) {
        return Some(h);
    }
    if !(g.pobj.has(label) && a.word(h).eq_ignore_ascii_case("for")) {
        return None;
    }
    a.head(h).filter(|&asker| sv.lex.is(a.word(asker), Class::AsksFor))
}

/// A city or region before an event noun says where it happened, not who did it ("the
/// Gujarat massacre", "the Mumbai attacks"); a country ("a Turkish attack") or a capital
/// standing for its government ("a Damascus offensive") does the act.
fn names_where(sv: &SentenceView, p: usize) -> bool {
    sv.a.actors()[p].is_place_within_country()
}
