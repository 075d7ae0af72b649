//! The Spanish knowledge base: the same countries, places, people and organisations as
//! the English one (their names are mostly the same words), plus the Spanish tables of
//! `data/es` (country names and demonyms, role nouns, named actors, verb patterns in
//! lemmas and the verb forms that reach them, closed-class words). Built by
//! `scripts/build_spanish.py`; see `data/es/README.md` for every column.
//!
//! Invariant: the same entity ids as the English base (`cty:COL`, `plc:…`), so a record
//! coded from Spanish names the same actors and places as one coded from English.

use rustc_hash::FxHashMap;

use crate::entity::{Entity, EntityKind, Role};
use crate::error::KbError;
use crate::kb::{AliasKind, KnowledgeBase};
use crate::morph::{Mood, Morphology};
use crate::tables::{
    dated_code, load_agents, load_countries, load_organisations, load_people, load_places, load_points, parse,
    place_aliases,
};
use crate::verbs::{Tense, VerbDictionary};

const COUNTRY_NAMES: (&str, &str) = table!("es/country_names.tsv");
const AGENTS: (&str, &str) = table!("es/agents.tsv");
const ACTORS: (&str, &str) = table!("es/actors.tsv");
const VERB_FORMS: (&str, &str) = table!("es/verb_forms.tsv");
const FUNCTION_WORDS: (&str, &str) = table!("es/function_words.tsv");
const VERB_PATTERNS: (&str, &str) = table!("es/verbpatterns_es.txt");
const DATES: (&str, &str) = table!("es/dates.tsv");
const PLACE_NAMES: (&str, &str) = table!("es/place_names.tsv");
const DRAGOMAN_VERBS: (&str, &str) = table!("patterns/es/dragoman.verbs.txt");

impl KnowledgeBase {
    /// The knowledge base for Spanish text.
    pub fn spanish() -> Result<KnowledgeBase, KbError> {
        let mut kb = KnowledgeBase::empty();
        kb.language = "es";
        let morphology = Morphology::parse(VERB_FORMS.0, VERB_FORMS.1)?;
        kb.set_english_words(common_words(&morphology)?.iter().map(String::as_str));
        load_countries(&mut kb)?;
        load_spanish_country_names(&mut kb)?;
        load_organisations(&mut kb)?;
        load_people(&mut kb)?;
        load_places(&mut kb)?;
        let names = place_aliases(&kb, PLACE_NAMES)?;
        kb.add_aliases(names);
        load_points(&mut kb)?;
        load_actors(&mut kb)?;
        load_agents(&mut kb, AGENTS)?;
        kb.index_offices();
        kb.verbs = spanish_verbs(&morphology)?;
        kb.set_function_words(function_words()?);
        kb.morphology = Some(morphology);
        kb.compile_lexicon();
        Ok(kb)
    }
}

/// Words that are common Spanish, not names: every verb form, closed-class word, date word
/// and role-noun word (the "English words" of the English base, whose job they do).
fn common_words(m: &Morphology) -> Result<Vec<String>, KbError> {
    let mut words: Vec<String> = m.forms().map(|(f, _)| f.to_string()).collect();
    for table in [FUNCTION_WORDS, DATES] {
        let t = parse(table)?;
        let c = t.column("word")?;
        words.extend(t.rows().map(|r| dragoman_text::fold(r.get(c))));
    }
    let t = parse(AGENTS)?;
    let c = t.column("term")?;
    for row in t.rows() {
        words.extend(row.get(c).split(' ').map(dragoman_text::fold));
    }
    words.sort_unstable();
    words.dedup();
    Ok(words)
}

fn load_spanish_country_names(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(COUNTRY_NAMES)?;
    let (c_cameo, c_alias, c_kind) = (t.column("cameo")?, t.column("alias")?, t.column("kind")?);
    let mut aliases = Vec::new();
    for row in t.rows() {
        // Regional blocks of the UniversalPetrarch files have no country entity.
        let Some(id) = kb.country(row.get(c_cameo)) else {
            continue;
        };
        aliases.push((id, row.get(c_alias), AliasKind::parse(row.get(c_kind))));
    }
    kb.add_aliases(aliases);
    Ok(())
}

/// Named actors: one entity per name; a name with dated codes is a person holding roles.
fn load_actors(kb: &mut KnowledgeBase) -> Result<(), KbError> {
    let t = parse(ACTORS)?;
    let cols = (
        t.column("name")?,
        t.column("code")?,
        t.column("start")?,
        t.column("end")?,
    );
    let mut by_name: FxHashMap<&str, Vec<Role>> = FxHashMap::default();
    let mut order: Vec<&str> = Vec::new();
    for row in t.rows() {
        let name = row.get(cols.0);
        let role = dated_code(&t, &row, (cols.1, cols.2, cols.3), false)?;
        let roles = by_name.entry(name).or_insert_with(|| {
            order.push(name);
            Vec::new()
        });
        roles.push(role);
    }
    let mut names = Vec::with_capacity(order.len());
    for (n, name) in order.into_iter().enumerate() {
        let roles = by_name.remove(name).unwrap_or_default();
        let dated = roles.iter().any(Role::is_dated);
        let kind = if dated {
            EntityKind::Person
        } else {
            EntityKind::Organisation
        };
        let mut e = Entity::new(format!("es:{n}"), kind, name);
        e.code = roles
            .iter()
            .find(|r| !r.is_dated())
            .or(roles.first())
            .map(|r| r.code.clone());
        e.country = e
            .code
            .as_deref()
            .filter(|c| c.len() >= 3 && kb.country(&c[..3]).is_some())
            .map(|c| c[..3].into());
        if dated {
            e.roles = roles;
        }
        names.push((kb.add_entity(e), name, AliasKind::Name));
    }
    kb.add_aliases(names);
    Ok(())
}

/// The verb patterns (UniversalPetrarch's, then dragoman's on top), with every inflected
/// form of their lemmas.
fn spanish_verbs(m: &Morphology) -> Result<VerbDictionary, KbError> {
    let mut verbs = VerbDictionary::parse(VERB_PATTERNS.0, VERB_PATTERNS.1)?;
    verbs.merge_overriding(VerbDictionary::parse(DRAGOMAN_VERBS.0, DRAGOMAN_VERBS.1)?);
    let mut inflected = Vec::new();
    for (form, lemmas) in m.forms() {
        for lemma in lemmas {
            inflected.push((Box::from(form), Box::from(lemma), Tense::Base));
        }
    }
    // The tense field of a form only tells past from the rest, for English-style checks.
    for (form, _, tense) in &mut inflected {
        if m.readings(form)
            .iter()
            .any(|r| r.mood.is_past() || r.mood == Mood::Participle)
        {
            *tense = Tense::Past;
        } else if m.readings(form).iter().any(|r| r.mood == Mood::Gerund) {
            *tense = Tense::Gerund;
        }
    }
    verbs.add_inflections(inflected);
    Ok(verbs)
}

fn function_words() -> Result<Vec<(Box<str>, dragoman_text::WordClass)>, KbError> {
    let t = parse(FUNCTION_WORDS)?;
    let (c_word, c_class) = (t.column("word")?, t.column("class")?);
    let mut out = Vec::new();
    for row in t.rows() {
        let Some(class) = dragoman_text::WordClass::parse(row.get(c_class)) else {
            return Err(t
                .error(row.line, format!("unknown word class `{}`", row.get(c_class)))
                .into());
        };
        out.push((dragoman_text::fold(row.get(c_word)).into(), class));
    }
    Ok(out)
}
