//! Which actor phrase an argument token names: the phrase holding it, or one its head
//! reaches through possessives, compounds, nationality adjectives, "of" and appositions
//! ("the leaders of Russia", "Ukrainian positions"); a relative pronoun stands for the
//! noun its clause modifies. Invariant: only usable phrases of the sentence come back.

use super::{child_with, Grammar};
use crate::lexicon::{Class, Lexicon};
use crate::sentence::SentenceView;

/// The actor phrase an argument token names (see the module's notes), if any.
pub(super) fn phrase_of(sv: &SentenceView, t: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    if g.relative_tags.has(a.dep(t).tag) {
        // "Lavrov, who met…": the noun the relative clause modifies.
        let mut v = t;
        for _ in 0..4 {
            let h = a.head(v)?;
            if g.relcl.has(a.dep(v).label) {
                let p = covering(sv, h).or_else(|| reached(sv, h));
                // "a surgeon from Raqqa who was kidnapped": "who" is a person, never a
                // city or region; it is the noun the place's phrase hangs on. (A country
                // may be a "who": "Turkey, who have …".)
                if g.personal_relative.has(a.dep(t).tag) && p.is_some_and(|p| a.actors()[p].is_place_within_country()) {
                    return noun_above_place(sv, h);
                }
                return p;
            }
            v = h;
        }
        return None;
    }
    covering(sv, t).or_else(|| reached(sv, t))
}

/// The actor phrase of the noun a place's prepositional phrase modifies ("a surgeon from
/// Raqqa": the surgeon), if any.
fn noun_above_place(sv: &SentenceView, place: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let prep = a.head(place).filter(|_| g.pobj.has(a.dep(place).label))?;
    let noun = a.head(prep).filter(|_| g.prep.has(a.dep(prep).label))?;
    covering(sv, noun)
}

/// The usable actor phrase holding token `t`.
fn covering(sv: &SentenceView, t: usize) -> Option<usize> {
    let p = sv.a.actor_at(t)?;
    (sv.phrases.contains(&p) && sv.usable(p)).then_some(p)
}

/// An actor reached from `t` through possessives, compounds, nationality adjectives,
/// "of" and appositions, nearest first. A noun that names others by their relation to
/// a country or person (word class `relational`: "US allies", "Assad's backer") does not
/// reach that country or person; it reaches an alliance or party it is of ("Nato allies"
/// are Nato's members) and what describes it ("Kurdish allies", "its allies, the Kurds").
/// A name after "anti-" or "non-" is what the noun opposes, never the noun; a city or
/// region compounded with an event or a text names it ("the Lahore declaration", "the
/// Gujarat violence"), while one compounded with a body is that body ("the Delhi police").
fn reached(sv: &SentenceView, t: usize) -> Option<usize> {
    let g = Grammar::get();
    let a = sv.a;
    let relational = sv.lex.is(a.word(t), Class::Relational);
    let mut frontier = vec![t];
    for depth in 0..3 {
        let mut next = Vec::new();
        for &x in &frontier {
            for &c in a.children(x) {
                let c = c as usize;
                let label = a.dep(c).label;
                if !g.reaches_actor.has(label) {
                    continue;
                }
                if depth == 0 && relational && g.owner.has(label) {
                    // "of" leads to its object ("the partners of the alliance").
                    let owner = if g.prep.has(label) {
                        a.children(c)
                            .iter()
                            .map(|&o| o as usize)
                            .find(|&o| g.pobj.has(a.dep(o).label))
                    } else {
                        Some(c)
                    };
                    if let Some(p) = owner.and_then(|o| covering(sv, o)).filter(|&p| organisation(sv, p)) {
                        return Some(p);
                    }
                    continue;
                }
                // Only "of" and "between" lead on from a noun: "talks with Russia" are not
                // Russia's, "talks between X and Y" are theirs.
                let lex = Lexicon::english();
                if g.prep.has(label) && !lex.is(a.word(c), Class::Genitive) && !lex.is(a.word(c), Class::Between) {
                    continue;
                }
                // "the anti-VHP saints" are not the VHP; "the Lahore declaration" is no
                // one's: a city or region set before a noun names it, not who.
                if let Some(p) = covering(sv, c) {
                    let opposed = crate::actors::elems::after_opposing_prefix(a, a.actors()[p].start as usize);
                    let naming_place = g.compound.has(label) && names_an_event_or_text(sv, x, p);
                    if !opposed && !naming_place {
                        return Some(p);
                    }
                    continue;
                }
                next.push(c);
            }
        }
        frontier = next;
    }
    None
}

/// Is phrase `p` a city or region set before the event noun or the noun of a text at
/// `noun` ("the Gujarat violence", "the Lahore declaration")? It says where, or names the
/// thing, and is nobody.
pub(super) fn names_an_event_or_text(sv: &SentenceView, noun: usize, p: usize) -> bool {
    sv.a.actors()[p].is_place_within_country()
        && (sv.noun_at(noun).is_some() || sv.lex.is(sv.a.word(noun), Class::Document))
}

/// Does phrase `p` own a noun of relation ("Bolivia's main backer, Chile", "US allies")?
/// Such a noun names someone else: its apposition, if it has one. `None`: `p` owns no
/// such noun (or is an alliance or party, whose partners are its members); `Some(q)`:
/// it does, and `q` is the phrase that names the other, if any.
pub(crate) fn behind_relation(sv: &SentenceView, p: usize) -> Option<Option<usize>> {
    let g = Grammar::get();
    let a = sv.a;
    if !a.has_syntax() || organisation(sv, p) {
        return None;
    }
    let ph = &a.actors()[p];
    let (start, end) = (ph.start as usize, ph.end as usize);
    let (t, r) = (start..end).find_map(|t| a.head(t).filter(|&h| h < start || h >= end).map(|h| (t, h)))?;
    if !(g.owner.has(a.dep(t).label) && sv.lex.is(a.word(r), Class::Relational)) {
        return None;
    }
    let apposition = a
        .children(r)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| g.apposition.has(a.dep(c).label));
    Some(apposition.and_then(|c| covering(sv, c)))
}

/// Does phrase `p` name an organisation only?
fn organisation(sv: &SentenceView, p: usize) -> bool {
    let units = &sv.a.actors()[p].units;
    !units.is_empty()
        && units
            .iter()
            .all(|u| u.kind == Some(dragoman_kb::EntityKind::Organisation))
}

/// Does the preposition at `prep` open an absolute clause: ", with" a noun and a
/// participle telling of it ("…, with the minister calling it a crime", "…, with the
/// city surrounded")? Such a clause says how or while, and names no party ("talks with
/// the rebels holding the town", with no comma, are with the rebels). Gives the noun and
/// the participle.
pub(crate) fn absolute_clause(sv: &SentenceView, prep: usize) -> Option<(usize, usize)> {
    let g = Grammar::get();
    let a = sv.a;
    if prep == 0 || a.text(prep - 1) != "," || !Lexicon::english().is(a.word(prep), Class::Comitative) {
        return None;
    }
    let noun = child_with(sv, prep, g.pobj)?;
    let participle = |t: usize| g.participle.has(a.dep(t).tag) || g.gerund.has(a.dep(t).tag);
    // The parser hangs the participle on the noun ("acl"), or, right after the noun, on
    // "with" ("pcomp") or the clause's verb ("advcl").
    let on_noun = a
        .children(noun)
        .iter()
        .map(|&c| c as usize)
        .find(|&c| c > noun && participle(c) && g.acl.has(a.dep(c).label));
    let after_noun = || {
        (noun + 1..(noun + 5).min(sv.last()))
            .find(|&t| !g.advmod.has(a.dep(t).label) && a.word(t).chars().any(char::is_alphanumeric))
            .filter(|&t| {
                let hung = a.head(t).is_some_and(|h| h == prep || Some(h) == a.head(prep));
                participle(t) && hung && child_with(sv, t, g.subject).is_none()
            })
    };
    on_noun.or_else(after_noun).map(|p| (noun, p))
}
