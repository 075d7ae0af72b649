//! What kind of antecedent an actor phrase is: a state, a settlement, a country by its
//! name alone, a plural. Pure reads of the analysis, shared by the pronoun rules.

use crate::doc::{Analysis, PhraseKind, Pronoun};
use crate::lexicon::{Class, Lexicon};

/// A phrase naming a country or an organisation itself (not a city or region of it, nor
/// a role noun): translated text may call it "he".
pub(super) fn names_a_state(a: &Analysis, j: usize) -> bool {
    use dragoman_kb::EntityKind;
    let p = &a.actors()[j];
    p.kind != PhraseKind::Pronoun(Pronoun::Thing)
        && p.units.len() == 1
        && match p.units[0].kind {
            Some(EntityKind::Organisation) => true,
            // The country itself, not one of its bodies ("a Chilean court" is CHLJUD).
            Some(EntityKind::Country) => p.units[0].country.as_deref() == Some(p.units[0].code.as_str()),
            _ => false,
        }
        && p.place.is_none_or(|place| Some(place) == p.units[0].entity)
}

/// "the Russian city of Sochi", "the town", "Arequipa", "Raqqa and Mosul": settlements
/// are never "they" of an act.
pub(super) fn is_one_settlement(a: &Analysis, j: usize) -> bool {
    let p = &a.actors()[j];
    // Cities named for their country's sake (the unit is the country, the place the
    // city): "Arequipa", "Raqqa and Mosul".
    if p.names_towns() {
        return true;
    }
    let lex = Lexicon::english();
    let last = p.end as usize - 1;
    // The settlement must head the phrase: "the district administration" may be "they".
    (p.start as usize..p.end as usize).any(|t| {
        let w = a.word(t);
        lex.is(w, Class::Settlement) && !w.ends_with('s') && (t == last || a.word(t + 1) == "of")
    })
}

/// Does actor `j` name one country by its name, with no role noun and no demonym?
pub(super) fn names_a_country_alone(a: &Analysis, j: usize) -> bool {
    let p = &a.actors()[j];
    !p.demonym
        && matches!(p.units.as_slice(), [u] if u.kind == Some(dragoman_kb::EntityKind::Country) && u.sector().is_none())
}

/// Is the phrase's last word or its head a plural noun ("the rebels", "representatives
/// of the party", "the Chileans")? The last word too, as a loose span may have a
/// clause's word for head.
pub(super) fn is_plural_phrase(a: &Analysis, j: usize) -> bool {
    let p = &a.actors()[j];
    let last = p.end as usize - 1;
    let head = if a.has_syntax() {
        a.phrase_head(p).unwrap_or(last)
    } else {
        last
    };
    // A capital letter may make a name of a word in "s" ("Athens"), not of a role noun's
    // ("the Kurds", "Marines").
    let role = !p.units.is_empty() && p.units.iter().all(|u| u.kind == Some(dragoman_kb::EntityKind::Agent));
    let plural = |t: usize| a.word(t).ends_with('s') && (!a.is_capitalized(t) || role || plural_first_word(a, t));
    // "the Chileans": a people named by its country's plural; "the Mapuche", "the Druze":
    // a people by its name alone, unless one of it ("a Kurd").
    let demonym = p.demonym && a.word(last).ends_with('s');
    let ontology = dragoman_core::Ontology::get();
    let people = matches!(p.units.as_slice(), [u] if u.code.len() == 3 && ontology.is_ethnic_group(&u.code))
        && !matches!(a.word(p.start as usize), "a" | "an" | "one");
    plural(last) || plural(head) || demonym || people
}

/// Is token `t`, capitalized only because it opens its sentence, a plural common noun
/// ("Families urged …"; not "Athens said …")?
fn plural_first_word(a: &Analysis, t: usize) -> bool {
    a.has_syntax()
        && a.sentences()[a.sentence_of(t)].first as usize == t
        && crate::grammar::Grammar::get().common_plural.has(a.dep(t).tag)
}
