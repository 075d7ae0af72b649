//! Dates and places for candidates.
//!
//! Dates: the time expression governing the trigger in its clause (else one heading the
//! sentence, else the speech verb's for quoted words); an event in a "where"/"when"
//! clause borrows the date of the event it hangs on.
//!
//! Places, in this order: a place after a locative preposition or a settlement's "of" in
//! the trigger's clause (nearest first; a name the knowledge base does not know counts:
//! "at his Ostermoor residence", "the village of Ostermoor", "Ostermoor district"; the
//! part, not the whole it lies in: "the Lima district of Miraflores"); the place a
//! "where" clause hangs on; any other place named in the clause ("attacks on Kabul"; not
//! "refugees from Sudan", whose they are); a visit's destination; a place after a
//! locative preposition anywhere in the sentence.

use dragoman_core::Modality;
use dragoman_kb::{EntityId, EntityKind};

use crate::clauses;
use crate::doc::{quote_at, Analysis, Candidate, Clause, CodedEvent, PhraseKind, Place, Predicate};
use crate::lexicon::Class;
use crate::sentence::SentenceView;
use crate::time::{self, Resolved, Tense, TimeExpr, TimeKind};

use super::context::Context;
use super::nouns::{preposition_over, NounContext};

type Dated = Option<(Resolved, u32, u32)>;
type Placed = Option<Place>;

/// A verb's candidate: dated by its clause, placed in it.
pub fn verb(sv: &SentenceView, ctx: &Context, mut c: Candidate, p: &Predicate) -> Candidate {
    c.date = date_for(sv, ctx, p.start, &p.clause, p.time_tense);
    // The one who acts is not where by being named.
    (c.place, c.nationality) = place_for(sv, ctx, &p.clause, p.start, c.acting());
    c
}

/// A stance candidate: dated by the speech verb's clause.
pub fn stance(sv: &SentenceView, ctx: &Context, mut c: Candidate, verb: usize) -> Candidate {
    let clause = clauses::clause_around(sv.a, verb);
    c.date = date_for(sv, ctx, c.trigger.0, &clause, Tense::Past);
    c
}

/// A noun's candidate: dated by an adjacent expression ("the meeting, last week,", "this
/// Thursday's meeting"), placed by a locative phrase after it or, for a visit, where it
/// goes ("visit … to Washington").
pub fn noun(sv: &SentenceView, ctx: &Context, mut c: Candidate, n: &NounContext) -> Candidate {
    let a = sv.a;
    let (start, end) = c.trigger;
    c.date = noun_date(sv, ctx, start, n.time_after, c.modality);
    if c.date.is_none() && !c.subordinate {
        // The clause's own event ("clashes broke out … on Monday") is dated by its clause.
        let clause = crate::clauses::clause_around(a, start);
        c.date = date_for(sv, ctx, start, &clause, Tense::Past);
    }
    // A noun that is not the clause's own event ("the riots", "after the attack") refers
    // to an event told elsewhere: without a date of its own it is undated, not dated on
    // the day of the article.
    c.undated = c.date.is_none() && c.subordinate;
    let after = sv
        .phrases
        .iter()
        .copied()
        .find(|&p| {
            let s = a.actors()[p].start as usize;
            s > end && s <= n.scan_end + 2 && locative_before(sv, s) && names_place(&a.actors()[p])
        })
        .and_then(|p| phrase_place(sv, p));
    // A visit happens where it goes: "visit … to Washington".
    let visit = || {
        let t = c.target.filter(|_| n.visit)?;
        let ph = &a.actors()[t];
        let country_only = ph.units.iter().all(|u| u.kind == Some(EntityKind::Country));
        (country_only && !sv.is_country_name(t))
            .then(|| phrase_place(sv, t))
            .flatten()
    };
    let clause = crate::clauses::clause_around(a, start);
    let (in_clause, nationality) = place_for(sv, ctx, &clause, start, c.source);
    c.place = after.or_else(visit).or(in_clause);
    c.nationality = nationality;
    c
}

/// The time expression governing tokens near `at` in the clause, else the sentence's
/// only one before its first verb, else the speech verb's for quoted words.
fn date_for(sv: &SentenceView, ctx: &Context, at: usize, clause: &Clause, tense: Tense) -> Dated {
    let a = sv.a;
    let in_clause = a
        .times_in(sv.first(), sv.last())
        .iter()
        .filter(|t| {
            (t.start as usize) >= clause.start
                && (t.end as usize) <= clause.end
                && !matches!(t.kind, TimeKind::Relative { .. })
                && dates_its_clause(a, t)
        })
        .min_by_key(|t| (t.start as usize).abs_diff(at));
    let t = in_clause.or_else(|| {
        // "On Monday, …" at the head of the sentence dates its main clause.
        a.times_in(sv.first(), sv.last()).iter().find(|t| {
            (t.end as usize) <= clause.start
                && !matches!(t.kind, TimeKind::Relative { .. })
                && (t.start as usize) <= sv.first() + 1
                && dates_its_clause(a, t)
        })
    });
    if let Some(t) = t {
        let r = time::resolve_anchored(&t.kind, ctx.published, told_before(sv, ctx, t), tense)?;
        // "A month later, he was killed" told of a day too near the article to count
        // from: the day it counted from was not the one meant.
        let told_past = matches!(t.kind, TimeKind::Later { .. }) && tense != Tense::Future;
        if told_past && ctx.published.is_some_and(|p| r.date > p) {
            return None;
        }
        return Some((r, t.start, t.end));
    }
    // Quoted words are dated by the speech verb: "…,” Lavrov said Wednesday.
    let q = quote_at(a.quotes(), at)?;
    let verb = q.verb? as usize;
    let speech_clause = clauses::clause_around(a, verb);
    let t = a
        .times_in(speech_clause.start, speech_clause.end)
        .iter()
        .filter(|t| (t.end as usize) <= speech_clause.end && dates_its_clause(a, t))
        .min_by_key(|t| (t.start as usize).abs_diff(verb))?;
    let r = time::resolve_anchored(&t.kind, ctx.published, ctx.reference, Tense::Past)?;
    Some((r, t.start, t.end))
}

/// The day "two days later" counts from: the last day named before it in its sentence
/// ("killed on 26 July, and two more two days later"), else the one the text last told of.
fn told_before(sv: &SentenceView, ctx: &Context, t: &TimeExpr) -> Option<chrono::NaiveDate> {
    if !matches!(t.kind, TimeKind::Later { .. }) {
        return ctx.reference;
    }
    let a = sv.a;
    a.times_in(sv.first(), sv.last())
        .iter()
        .filter(|e| e.end <= t.start && !matches!(e.kind, TimeKind::Later { .. } | TimeKind::Relative { .. }))
        .filter(|e| dates_its_clause(a, e))
        .filter_map(|e| time::resolve_anchored(&e.kind, ctx.published, ctx.reference, Tense::Past))
        .filter(|r| r.precision == dragoman_core::DatePrecision::Day)
        .map(|r| r.date)
        .next_back()
        .or(ctx.reference)
}

/// Does time expression `t` date the clause it stands in? Not when it ends a state or
/// sets a limit ("held in custody until 22 March"), nor when it qualifies a noun other
/// than a part of its day ("the 15 March rally", "its March 13 deadline", but "on 2 March
/// night"): those tell the time of something else.
pub(crate) fn dates_its_clause(a: &Analysis, t: &TimeExpr) -> bool {
    !bounds_a_span(a, t) && !qualifies_a_noun(a, t)
}

fn bounds_a_span(a: &Analysis, t: &TimeExpr) -> bool {
    let start = t.start as usize;
    start > 0 && time::bounds_a_span(a.word(start - 1))
}

fn qualifies_a_noun(a: &Analysis, t: &TimeExpr) -> bool {
    let (start, end) = (t.start as usize, t.end as usize);
    if !a.has_syntax() || start == 0 {
        return false;
    }
    let g = crate::grammar::Grammar::get();
    // Inside a noun phrase: after its determiner or possessor ("the", "its", "Peru's"),
    // and not itself a possessor ("Sunday's attack" tells when the clause's act was).
    // Without one, a date before a noun is the parser joining the clause's time to its
    // subject ("On Sunday police fired").
    let inside = g.phrase_opener_tag.has(a.dep(start - 1).tag) && !g.possessive_tag.has(a.dep(end - 1).tag);
    inside
        && (start..end).filter_map(|k| a.head(k)).filter(|&h| h >= end).any(|h| {
            (g.common_singular.has(a.dep(h).tag) || g.common_plural.has(a.dep(h).tag)) && !time::is_day_part(a.word(h))
        })
}

/// The place of an event whose trigger is at `at` in `clause` (see the module's notes).
/// The source is never the place by being named: "Israel said" tells who, not where; nor
/// is a nationality word ("Syrian troops"), nor where someone comes from ("fighters from
/// Iraq"). Any is returned second, as the nationality of the clause (see
/// [`Candidate::nationality`]).
fn place_for(
    sv: &SentenceView,
    ctx: &Context,
    clause: &Clause,
    at: usize,
    source: Option<usize>,
) -> (Placed, Option<EntityId>) {
    let a = sv.a;
    let nationality = clause_places(sv, clause)
        .filter(|&p| Some(p) == source || a.actors()[p].demonym || whence_someone_is(sv, p))
        .min_by_key(|&p| (a.actors()[p].start as usize).abs_diff(at))
        .and_then(|p| a.actors()[p].place);
    (place_in(sv, ctx, clause, at, source), nationality)
}

/// Phrases inside `clause` with a place (a name or a nationality), naming no person and
/// not part of a date.
fn clause_places<'s>(sv: &'s SentenceView, clause: &'s Clause) -> impl Iterator<Item = usize> + 's {
    sv.phrases.iter().copied().filter(move |&p| {
        let ph = &sv.a.actors()[p];
        let (s, e) = (ph.start as usize, ph.end as usize);
        ph.place.is_some() && s >= clause.start && e <= clause.end && !personal(sv, p) && !dated(sv, s, e)
    })
}

/// The place itself, in the order of the module's notes.
fn place_in(sv: &SentenceView, ctx: &Context, clause: &Clause, at: usize, source: Option<usize>) -> Placed {
    let a = sv.a;
    let in_clause = |s: usize, e: usize| s >= clause.start && e <= clause.end;
    let nearest = |candidates: Vec<Place>| candidates.into_iter().min_by_key(|p| (p.start as usize).abs_diff(at));
    let unknowns = unknown_places(sv, ctx);
    let locative = |within: &dyn Fn(usize, usize) -> bool| {
        let mut found: Vec<Place> = sv
            .phrases
            .iter()
            .copied()
            .filter(|&p| {
                let ph = &a.actors()[p];
                within(ph.start as usize, ph.end as usize)
                    && locative_before(sv, ph.start as usize)
                    && names_place(ph)
                    && !whole_of_a_named_part(sv, p)
                    && !whole_after_a_named_part(sv, p)
                    && !dated(sv, ph.start as usize, ph.end as usize)
                    && !where_something_else_was(sv, p, at)
            })
            .filter_map(|p| phrase_place(sv, p))
            .collect();
        found.extend(
            unknowns
                .iter()
                .filter(|(p, region)| {
                    !region
                        && within(p.start as usize, p.end as usize)
                        && !whence_someone_returned(sv, p.start as usize, at)
                })
                .map(|(p, _)| p.clone()),
        );
        nearest(found)
    };
    // A sea or a region ("in the Black Sea resort of Sochi") only when no other place is
    // named at all.
    let regions = || {
        let inside: Vec<Place> = unknowns
            .iter()
            .filter(|(p, region)| *region && in_clause(p.start as usize, p.end as usize))
            .map(|(p, _)| p.clone())
            .collect();
        nearest(inside)
    };
    if let Some(p) = locative(&in_clause) {
        return Some(p);
    }
    if clause.start > sv.first() && sv.lex.is(a.word(clause.start), Class::WherePlace) {
        let ph = sv
            .phrases
            .iter()
            .copied()
            .rfind(|&p| a.actors()[p].end as usize <= clause.start)?;
        return phrase_place(sv, ph);
    }
    let named = clause_places(sv, clause)
        .filter(|&p| Some(p) != source && names_place(&a.actors()[p]) && !acts(sv, p) && !whence_someone_is(sv, p))
        .filter(|&p| !where_something_else_was(sv, p, at))
        .filter_map(|p| phrase_place(sv, p))
        .collect();
    nearest(named).or_else(|| locative(&|_, _| true)).or_else(regions)
}

/// Does the phrase say where someone comes from ("refugees from Peru", "leaders from
/// southern Chile"): the object of an origin preposition ("from") that hangs on an actor?
/// It tells whose they are, not where the event happens. Hung on the verb ("fired rockets
/// from Gaza") it is where the act starts, and on a thing it may be where it is ("15 km
/// from Lima") or who gives it ("support from Chile"): those stay places.
fn whence_someone_is(sv: &SentenceView, p: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let Some(head) = a.phrase_head(&a.actors()[p]) else {
        return false;
    };
    preposition_over(sv, head)
        .filter(|&prep| sv.lex.is(a.word(prep), Class::OriginPrep))
        .and_then(|prep| a.head(prep))
        .is_some_and(|owner| {
            g.noun_tags.has(a.dep(owner).tag) && a.actor_at(owner).is_some_and(|q| a.actors()[q].is_actor())
        })
}

/// Does the phrase modify the noun of another event the clause is set after or before
/// (word class `sequence_prep`: "riots after the Cusco train fire", "since the Homs
/// siege")? That names where the other event was, not this one (nor the event of
/// that noun itself, at `at`).
fn of_another_event(sv: &SentenceView, p: usize, at: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    // The name's last word: a determiner before it may hang on the other noun ("the
    // Cusco train fire").
    let head = a.actors()[p].end as usize - 1;
    let other_noun = |noun: usize| {
        noun > head && noun != at && g.modifier.has(a.dep(head).label) && g.noun_tags.has(a.dep(noun).tag)
    };
    a.head(head)
        .filter(|&noun| other_noun(noun))
        .and_then(|noun| preposition_over(sv, noun))
        .is_some_and(|prep| sv.lex.is(a.word(prep), Class::SequencePrep))
}

/// Is token `t` inside the "from" of a verb of return other than the event's ("returning
/// from a summit in Lima, they said …", "arrested after he arrived from Chile")? That is
/// where someone was before, not where the event at `at` happens. The event verb's own
/// "from" is ("fired rockets from Gaza"), and so is that of other verbs, which may tell
/// where things happened ("fled from their home in Hama after attacks").
fn whence_someone_returned(sv: &SentenceView, t: usize, at: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let mut below = t;
    for _ in 0..8 {
        let Some(up) = a.head(below).filter(|&up| below != at && up != at) else {
            return false;
        };
        if g.pobj.has(a.dep(below).label) && sv.lex.is(a.word(up), Class::OriginPrep) {
            return a
                .head(up)
                .is_some_and(|v| v != at && sv.lex.is(a.word(v), Class::ReturnVerb));
        }
        below = up;
    }
    false
}

/// Does phrase `p` name where someone was before the event at `at`, or where another
/// event was ([`phrase_whence_someone_returned`], [`of_another_event`])? Neither is this
/// event's place, whether a locative preposition stands before it or not.
fn where_something_else_was(sv: &SentenceView, p: usize, at: usize) -> bool {
    phrase_whence_someone_returned(sv, p, at) || of_another_event(sv, p, at)
}

/// [`whence_someone_returned`] for the head of phrase `p`.
fn phrase_whence_someone_returned(sv: &SentenceView, p: usize, at: usize) -> bool {
    let a = sv.a;
    a.phrase_head(&a.actors()[p])
        .is_some_and(|h| whence_someone_returned(sv, h, at))
}

/// Is the phrase a doer in its clause: the agent after "by" ("backed by the US and
/// Britain"), or an active verb's subject (not a dateline, "Kabul: …", nor the scene of
/// "be" or "witness")? A country that acts is who, not where.
fn acts(sv: &SentenceView, p: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    let ph = &a.actors()[p];
    let (start, end) = (ph.start as usize, ph.end as usize);
    let by = start > sv.first() && sv.lex.is(a.word(start - 1), Class::AgentBy);
    let dateline = end < sv.last() && a.word(end) == ":";
    // The subject of "be" or "witness" is a scene ("Mumbai witnessed a strike").
    let subject_of_an_act = |t: usize| {
        a.head(t).is_some_and(|h| {
            (h < start || h >= end) && g.subject.has(a.dep(t).label) && !sv.lex.is(a.word(h), Class::SceneVerb)
        })
    };
    by || (!dateline && (start..end).any(subject_of_an_act))
}

/// Does a locative preposition (perhaps with a determiner, possessive or a word for a part
/// of the place) come right before token `start`: "in Kabul", "at his Ostermoor
/// residence", "in northern Syria"? Or a settlement's "of" ("the village of Ostermoor"),
/// which names a place wherever it stands.
fn locative_before(sv: &SentenceView, start: usize) -> bool {
    let a = sv.a;
    if settlement_of_before(sv, start) {
        return true;
    }
    let mut t = start;
    for _ in 0..3 {
        if t <= sv.first() {
            return false;
        }
        t -= 1;
        let w = a.word(t);
        if sv.lex.is(w, Class::Locative) {
            return true;
        }
        let part = sv.lex.is(w, Class::PartOfPlace);
        if !(part || a.has_class(t, dragoman_text::WordClass::DET) || a.has_class(t, dragoman_text::WordClass::POSS)) {
            return false;
        }
    }
    false
}

/// Do a settlement noun and "of" come right before token `start` ("the district of …",
/// "the Syrian town of …", "Lima's northern district of …")? A name right before the noun
/// is the whole the part after "of" lies in only after a determiner ("the Lima district
/// of Miraflores"); without one it is the part, and "of" names its whole ("Kadi town of
/// Mehsana district").
fn settlement_of_before(sv: &SentenceView, start: usize) -> bool {
    let a = sv.a;
    if !after_a_settlement_noun_and_of(sv, start) {
        return false;
    }
    let phrase = |t: usize| a.actor_at(t).map(|p| &a.actors()[p]);
    // A name, capitalized or not ("kadi town" in lower-case reports: no English word,
    // which the tagger may take for a noun or an adjective).
    let named = |t: usize| {
        let g = crate::grammar::Grammar::get();
        let nominal = g.noun_tags.has(a.dep(t).tag) || g.adjective_tags.has(a.dep(t).tag);
        a.is_name_word(t) || phrase(t).is_some_and(names_place) || (nominal && !a.tags()[t].english)
    };
    let before = start - 3;
    if !named(before) || phrase(before).is_some_and(|p| p.demonym) {
        return true;
    }
    let determiner = |t: usize| {
        a.has_class(t, dragoman_text::WordClass::DET)
            || a.has_class(t, dragoman_text::WordClass::POSS)
            || a.word(t) == "'s"
    };
    let mut t = before;
    for _ in 0..6 {
        if determiner(t) {
            return true;
        }
        let modifier = named(t) || matches!(a.word(t), "-" | "and") || sv.lex.is(a.word(t), Class::PartOfPlace);
        if !modifier || t == sv.first() {
            return false;
        }
        t -= 1;
    }
    false
}

/// Do a settlement noun and "of" stand right before token `start`, with a word before
/// them ("the district of …", "Ostermoor district of …")?
fn after_a_settlement_noun_and_of(sv: &SentenceView, start: usize) -> bool {
    start >= sv.first() + 3 && sv.a.word(start - 1) == "of" && names_a_settlement(sv, start - 2)
}

/// Is token `t` a settlement noun or a kind of place named by "of" ("district",
/// "island"), so that a name right before it names that place?
fn names_a_settlement(sv: &SentenceView, t: usize) -> bool {
    t < sv.last() && (sv.lex.is(sv.a.word(t), Class::Settlement) || sv.lex.is(sv.a.word(t), Class::NamedByOf))
}

/// Does the phrase, after a settlement's "of", name the whole that settlement lies in,
/// the settlement being named by a name the knowledge base does not know ("the
/// Quispicanchi district of Lima")? The unknown part is the place.
fn whole_after_a_named_part(sv: &SentenceView, p: usize) -> bool {
    let a = sv.a;
    let start = a.actors()[p].start as usize;
    after_a_settlement_noun_and_of(sv, start)
        && a.is_name_word(start - 3)
        && !a.tags()[start - 3].english
        && a.actor_at(start - 3)
            .is_none_or(|q| a.actors()[q].kind == PhraseKind::Modifier)
}

/// Does the phrase name the whole a settlement of a named part lies in ("the Lima
/// district of Miraflores", "the Peruvian town of Huari", "Lima's Miraflores district")?
/// The part is the place.
fn whole_of_a_named_part(sv: &SentenceView, p: usize) -> bool {
    let a = sv.a;
    let ph = &a.actors()[p];
    let end = ph.end as usize;
    // The settlement noun may close the phrase ("the Lima neighbourhood", a role noun).
    let of_part = [end + 1, end + 2]
        .into_iter()
        .any(|t| t < sv.last() && settlement_of_before(sv, t) && a.is_name_word(t));
    of_part || possessor_of_a_named_part(sv, ph.place_words.map_or(end, |(_, e)| e as usize))
}

/// Do a possessive, a name and a settlement noun follow token `end` ("Lima's Miraflores
/// district", "the Peruvian capital's San Isidro neighbourhood")?
fn possessor_of_a_named_part(sv: &SentenceView, end: usize) -> bool {
    let a = sv.a;
    if end + 2 >= sv.last() || a.word(end) != "'s" {
        return false;
    }
    let name_end = (end + 1..sv.last().min(end + 5))
        .find(|&t| !a.is_name_word(t))
        .unwrap_or(sv.last());
    name_end > end + 1 && names_a_settlement(sv, name_end)
}

/// Capitalized names the knowledge base does not know, with a word that is not English or
/// ending in a word of geography, after a locative preposition and outside any actor
/// phrase ("in Ostermoor", "in the Red Sea"): places, not geocoded, with the document's
/// country as a hint (not for a sea or region, marked `true`).
fn unknown_places(sv: &SentenceView, ctx: &Context) -> Vec<(Place, bool)> {
    let a = sv.a;
    let g = crate::grammar::Grammar::get();
    let mut out = Vec::new();
    let no_actor = |t: usize| a.actor_at(t).is_none();
    // After a settlement's "of", a name the recognizer kept only as a modifier is part of
    // the place ("the neighbourhood of Villa Rosa").
    let modifier = |t: usize| {
        a.actor_at(t)
            .is_some_and(|p| a.actors()[p].kind == PhraseKind::Modifier)
    };
    let mut t = sv.first();
    while t < sv.last() {
        let after_settlement = settlement_of_before(sv, t);
        let starts_name = a.is_name_word(t)
            && (no_actor(t) || (after_settlement && modifier(t)))
            && t > sv.first()
            && !dated(sv, t, t + 1);
        if !starts_name {
            t += 1;
            continue;
        }
        let mut e = t;
        while e < sv.last() && e - t < 4 && a.is_name_word(e) && (no_actor(e) || (after_settlement && modifier(e))) {
            e += 1;
        }
        // "in Quispicanchi district", "the Quispicanchi district of Lima": a name a
        // settlement noun follows is the settlement's name, wherever it stands; not after
        // "a" ("an Aymara province" is a kind of province).
        let kind = matches!(a.word(t - 1), "a" | "an");
        let settlement_name = names_a_settlement(sv, e) && !kind;
        // A sea or region ("the Red Sea"; a lone word of geography after "the": "the
        // Gulf") is one wherever it stands ("patrolled the Gulf"); it is the place only
        // when no other is named (see `place_in`).
        let determined = e - t >= 2 || a.has_class(t - 1, dragoman_text::WordClass::DET);
        let geographic = determined && sv.lex.is(a.word(e - 1), Class::GeographicHead);
        // Not one modifying a noun ("his Middle East policy", "the Gulf states").
        let modifies = e < sv.last() && g.noun_tags.has(a.dep(e).tag);
        if !(locative_before(sv, t) || settlement_name || (geographic && !modifies)) {
            t = e;
            continue;
        }
        // Capitalized common words are institutions or fragments more often than places
        // ("in Parliament"), unless a word of geography ends them ("in the Red Sea") or
        // a settlement names them ("the neighbourhood of Villa Rosa").
        if (t..e).all(|k| a.tags()[k].english) && !geographic && !after_settlement {
            t = e;
            continue;
        }
        // A sea or region lies in no one country: the document's is no hint for it.
        let hint = ctx
            .country_hint
            .as_ref()
            .filter(|_| !geographic)
            .map(|(c, _)| c.clone());
        out.push((
            Place {
                entity: None,
                start: t as u32,
                end: e as u32,
                inferred_country: hint,
            },
            geographic,
        ));
        t = e;
    }
    out
}

/// Do tokens `start..end` belong to a time expression? A month that is also a town
/// ("in March", "by May") is read as the date, never as the place.
fn dated(sv: &SentenceView, start: usize, end: usize) -> bool {
    sv.a.times_in(sv.first(), end).iter().any(|t| t.end as usize > start)
}

/// Does the phrase name a place (not only a nationality: "Syrian forces", "in the Syrian
/// enclave of …", where the place is the name that follows)?
fn names_place(ph: &crate::doc::ActorPhrase) -> bool {
    ph.place.is_some() && !ph.demonym
}

/// The place a phrase names.
fn phrase_place(sv: &SentenceView, p: usize) -> Placed {
    let ph = &sv.a.actors()[p];
    if ph.demonym {
        return None;
    }
    let (start, end) = ph.place_words.unwrap_or((ph.start, ph.end));
    Some(Place {
        entity: Some(ph.place?),
        start,
        end,
        inferred_country: None,
    })
}

/// A phrase that names a person (whose name may contain a place's).
fn personal(sv: &SentenceView, p: usize) -> bool {
    sv.a.actors()[p]
        .units
        .iter()
        .any(|u| u.kind == Some(EntityKind::Person))
}

fn noun_date(sv: &SentenceView, ctx: &Context, start: usize, after: Option<usize>, modality: Modality) -> Dated {
    let tense = if modality == Modality::Intended {
        Tense::Future
    } else {
        Tense::Past
    };
    let a = sv.a;
    let adjacent = a
        .times_in(sv.first(), sv.last())
        .iter()
        .filter(|t| !bounds_a_span(a, t))
        .find(|t| Some(t.start as usize) == after || (t.end as usize + 2 >= start && (t.end as usize) <= start));
    let Some(t) = adjacent else {
        return year_of_noun(sv, start);
    };
    let r = time::resolve_anchored(&t.kind, ctx.published, ctx.reference, tense)?;
    Some((r, t.start, t.end))
}

/// The year an event noun is qualified by: "the 1992 riots", "the 2002 Gujarat riots",
/// "the riots of 1992". A bare number is a year only there, hung on an event noun; before
/// other nouns it counts ("the 2000 soldiers").
fn year_of_noun(sv: &SentenceView, noun: usize) -> Dated {
    let a = sv.a;
    let g = crate::grammar::Grammar::get();
    let year_at = |t: usize| time::year(a.word(t)).map(|y| (y, t));
    let before = |h: usize| {
        a.children(h)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| c < noun && (g.modifier.has(a.dep(c).label) || g.compound.has(a.dep(c).label)))
    };
    let modifier = before(noun).chain(before(noun).flat_map(before)).find_map(year_at);
    let of_year = || {
        a.children(noun)
            .iter()
            .map(|&c| c as usize)
            .filter(|&c| c > noun && sv.lex.is(a.word(c), Class::Genitive))
            .flat_map(|p| a.children(p).iter().map(|&o| o as usize))
            .find_map(year_at)
    };
    let (y, t) = modifier.or_else(of_year)?;
    let r = time::resolve_anchored(&TimeKind::Year(y), None, None, Tense::Past)?;
    Some((r, t as u32, t as u32 + 1))
}

/// "…the expected visit to Washington, where he will meet Trump": an event in a
/// "where"/"when" clause happens when the event it hangs on does.
pub fn date_relative_clauses(sv: &SentenceView, events: &mut [CodedEvent]) {
    for k in 0..events.len() {
        if events[k].date.is_some() {
            continue;
        }
        let s = events[k].trigger.0 as usize;
        let clause = clauses::clause_around(sv.a, s);
        if clause.start <= sv.first() || !sv.lex.is(sv.a.word(clause.start), Class::WhereWhen) {
            continue;
        }
        let anchor = events
            .iter()
            .filter(|o| (o.trigger.1 as usize) <= clause.start && o.date.is_some())
            .max_by_key(|o| o.trigger.0)
            .and_then(|o| o.date);
        if let Some(d) = anchor {
            events[k].date = Some(d);
            events[k]
                .rule
                .push_str("; dated by the event its \"where\" clause hangs on");
        }
    }
}
