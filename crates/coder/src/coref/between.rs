//! What stands between a pronoun and the actor it would reach back to: a subject, a
//! name or a person that is more likely whom the pronoun means, so that it stays
//! unresolved rather than reach past them.

use crate::doc::{Analysis, Pronoun};
use crate::lexicon::{Class, Lexicon};

/// Is there, between the antecedent `j` and the pronoun `i`, a subject that could be the
/// pronoun's antecedent but names no actor ("Smith said he…", "the boys said they…", "the
/// plan failed and it…"), or a person by a common noun ("the girl said she…"; for an
/// object "him" or "her" an object too: "pulled out the boy and hit him")? The pronoun
/// then most likely means it, and stays unresolved rather than reach past it.
pub(super) fn blocked(a: &Analysis, j: usize, i: usize, kind: Pronoun) -> bool {
    if !a.has_syntax() {
        return false;
    }
    let g = crate::grammar::Grammar::get();
    let fits = match kind {
        Pronoun::Person => &g.proper_noun,
        Pronoun::Plural => &g.plural_noun,
        // "The operation was a sham, but it allowed …": a thing that is no actor.
        Pronoun::Thing => &g.common_singular,
        _ => return false,
    };
    // "Quispe and Mamani were resting in Lima when they …": names that are no actor,
    // joined, are people the knowledge base does not know.
    let unknown_name =
        |t: usize| g.proper_noun.has(a.dep(t).tag) && a.actor_at(t).is_none_or(|p| !a.actors()[p].is_actor());
    let unknown_names = |t: usize| {
        kind == Pronoun::Plural
            && unknown_name(t)
            && a.children(t)
                .iter()
                .any(|&c| g.conj.has(a.dep(c as usize).label) && unknown_name(c as usize))
    };
    // "pulled out the boy and hit him", "the girl said she …": a person named by a common
    // noun (word class `person_noun`), as a subject, or as an object before an object
    // pronoun; as a role noun ("the girl" is a civilian) it is an actor, but none a
    // pronoun resolves to (see `nearest_antecedent`), so it still stands in between.
    let lex = Lexicon::of(a.lang());
    let pronoun = a.actors()[i].start as usize;
    let object_pronoun = g.object.has(a.dep(pronoun).label);
    // An object "him" is never its own verb's subject ("the employee told him").
    let co_argument = |t: usize| object_pronoun && a.head(t).is_some() && a.head(t) == a.head(pronoun);
    let lone_person = |t: usize| {
        let d = a.dep(t);
        kind == Pronoun::Person
            && g.common_singular.has(d.tag)
            && lex.is(a.word(t), Class::PersonNoun)
            && !co_argument(t)
            && (g.subject.has(d.label) || g.passive_subject.has(d.label) || (object_pronoun && g.object.has(d.label)))
    };
    (a.actors()[j].end as usize..a.actors()[i].start as usize).any(|t| {
        let d = a.dep(t);
        let subject = g.subject.has(d.label) || g.passive_subject.has(d.label);
        let no_actor = fits.has(d.tag)
            && a.actor_at(t).is_none()
            // "Syrian opposition members": the noun of an actor named by its modifier; a
            // thing may name it deeper down ("the mantra of the Trump administration").
            && !governs_an_actor(a, t, if kind == Pronoun::Thing { 3 } else { 1 });
        (subject && (no_actor || unknown_names(t))) || lone_person(t)
    })
}

/// Does some token under `t`, at most `depth` levels down, stand in an actor phrase?
fn governs_an_actor(a: &Analysis, t: usize, depth: usize) -> bool {
    depth > 0
        && a.children(t).iter().any(|&c| {
            let c = c as usize;
            a.actor_at(c).is_some() || governs_an_actor(a, c, depth - 1)
        })
}
