//! The knowledge base proper: entities, the name index, offices, and fuzzy names.

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use dragoman_text::{fold, NameOracle, NameStrength};

use crate::entity::{Entity, EntityId, EntityKind, OrgKind, RoleKind};
use crate::morph::Morphology;
use crate::names::{allowed_edits, edit_distance, name_tokens, name_variants, phrase_key, variant_key};
use crate::phrase::{PhraseIndex, WordId};
use crate::verbs::VerbDictionary;

/// How a name refers to its entity. For countries this says whether the mention is the
/// country's name, an adjective ("Turkish"), a plural ("Turks"), or a city standing for
/// it ("Ankara").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AliasKind {
    Name,
    Formal,
    Native,
    Former,
    Adjective,
    Plural,
    Capital,
    City,
    Region,
    Variant,
    /// A role noun ("police").
    Agent,
}

impl AliasKind {
    pub fn parse(s: &str) -> AliasKind {
        match s {
            "formal" => AliasKind::Formal,
            "native" => AliasKind::Native,
            "former" => AliasKind::Former,
            "adjective" => AliasKind::Adjective,
            "plural" => AliasKind::Plural,
            "capital" => AliasKind::Capital,
            "city" => AliasKind::City,
            "region" => AliasKind::Region,
            "variant" => AliasKind::Variant,
            _ => AliasKind::Name,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AliasKind::Name => "name",
            AliasKind::Formal => "formal",
            AliasKind::Native => "native",
            AliasKind::Former => "former",
            AliasKind::Adjective => "adjective",
            AliasKind::Plural => "plural",
            AliasKind::Capital => "capital",
            AliasKind::City => "city",
            AliasKind::Region => "region",
            AliasKind::Variant => "variant",
            AliasKind::Agent => "agent",
        }
    }
}

/// One reading of a name: the entity it may denote and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AliasRef {
    pub entity: EntityId,
    pub kind: AliasKind,
    /// The name is also a common word ("Turkey", "Chad", "Reading"): in mixed-case text
    /// it needs a capital letter to count.
    pub needs_capital: bool,
    /// An acronym that spells a word ("US", "IS", "WHO") or has two letters ("LT", not
    /// "Lt."): it needs to be in capitals, in all-lower-case text too if it spells a word.
    pub needs_caps: bool,
}

/// A ranked answer of [`KnowledgeBase::lookup`].
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub entity: EntityId,
    pub alias_kind: AliasKind,
    /// 0..1; exact names score highest, then spelling variants, then close misspellings.
    pub score: f32,
    /// How the candidate was found: `exact`, `variant`, `fuzzy`, `description`.
    pub how: &'static str,
}

/// Counts for `dragoman kb stats`.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct KbStats {
    pub countries: usize,
    pub places: usize,
    pub organisations: usize,
    pub people: usize,
    pub agents: usize,
    pub names: usize,
    pub vocabulary: usize,
    pub dated_roles: usize,
    pub verb_blocks: usize,
    pub verb_forms: usize,
    pub verb_patterns: usize,
    pub english_words: usize,
}

/// A name ready to be indexed.
struct PreparedAlias {
    entity: EntityId,
    kind: AliasKind,
    variants: Vec<PreparedVariant>,
}

struct PreparedVariant {
    tokens: Vec<String>,
    alias: AliasRef,
    /// Spelling-variant key of the whole name (people, countries, organisations).
    key: Option<String>,
    /// Spelling-variant key of its last word.
    last_key: Option<String>,
}

/// Multi-word names by the variant keys of their first and last words, for fuzzy search.
#[derive(Default, serde::Serialize, serde::Deserialize)]
struct FuzzyNames {
    /// Multi-word keys with their entity and [`shape`], which rejects most candidates
    /// before an edit distance is computed.
    keys: Vec<(Box<str>, EntityId, AliasKind, u64)>,
    #[serde(with = "crate::exact::exact_map")]
    by_word: FxHashMap<Box<str>, Vec<u32>>,
    /// Full variant key -> entities (exact match up to transliteration).
    #[serde(with = "crate::exact::exact_map")]
    exact: FxHashMap<Box<str>, Vec<(EntityId, AliasKind)>>,
}

/// Everything the knowledge base knows about one folded word, found with one lookup.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lexeme {
    /// Id in the name index.
    pub name: Option<WordId>,
    pub english: bool,
    /// The verb dictionary has this form.
    pub verb: bool,
    /// Id among the verb patterns' words (plurals share their singular's).
    pub pattern: Option<u32>,
    pub class: dragoman_text::WordClass,
    /// The first or last word of a person's full name, and not an English word
    /// ("Michael", "Peterson"): beside a country's name it makes a person of it.
    pub person_part: bool,
}

/// The knowledge base. It can be written to a binary image and read back without
/// compiling the tables again ([`KnowledgeBase::to_image`], [`KnowledgeBase::from_image`]);
/// the field attributes below say how each part travels.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct KnowledgeBase {
    pub entities: Vec<Entity>,
    #[serde(with = "crate::exact::exact_map")]
    lexicon: FxHashMap<Box<str>, Lexeme>,
    #[serde(with = "crate::exact::exact_map")]
    by_id: FxHashMap<Box<str>, EntityId>,
    names: PhraseIndex<AliasRef>,
    #[serde(with = "crate::exact::exact_set")]
    english: FxHashSet<Box<str>>,
    #[serde(with = "crate::exact::exact_map")]
    countries: FxHashMap<Box<str>, EntityId>,
    /// CAMEO country code -> the place that is its capital.
    #[serde(with = "crate::exact::exact_map")]
    capitals: FxHashMap<Box<str>, EntityId>,
    #[serde(with = "crate::exact::exact_map")]
    offices: FxHashMap<(Box<str>, RoleKind), Vec<EntityId>>,
    #[serde(with = "crate::exact::exact_map")]
    titles: FxHashMap<Box<str>, RoleKind>,
    #[serde(with = "crate::exact::exact_map")]
    name_ends: FxHashMap<Box<str>, NameStrength>,
    #[serde(with = "crate::exact::exact_map")]
    name_end_keys: FxHashMap<Box<str>, NameStrength>,
    #[serde(with = "crate::exact::exact_set")]
    person_parts: FxHashSet<Box<str>>,
    fuzzy: FuzzyNames,
    pub verbs: VerbDictionary,
    /// Folded phrases whose presence discards a sentence (sports, weather...), and
    /// whether they discard the whole story.
    pub discards: Vec<(Vec<String>, bool)>,
    /// The language of the names, role nouns and verbs (ISO 639-1); the image records it
    /// apart (see `image.rs`).
    #[serde(skip)]
    pub language: &'static str,
    /// Inflected verb forms, for a language whose verb patterns are lemmas (Spanish).
    pub morphology: Option<Morphology>,
    /// The closed-class words of the language, when it is not English.
    function_words: Option<Vec<(Box<str>, dragoman_text::WordClass)>>,
}

impl KnowledgeBase {
    /// An empty knowledge base (with the English word list and titles), to be filled
    /// from tables or dictionaries.
    pub fn empty() -> KnowledgeBase {
        KnowledgeBase {
            entities: Vec::new(),
            lexicon: FxHashMap::default(),
            by_id: FxHashMap::default(),
            names: PhraseIndex::new(),
            english: FxHashSet::default(),
            countries: FxHashMap::default(),
            capitals: FxHashMap::default(),
            offices: FxHashMap::default(),
            titles: FxHashMap::default(),
            name_ends: FxHashMap::default(),
            name_end_keys: FxHashMap::default(),
            person_parts: FxHashSet::default(),
            fuzzy: FuzzyNames::default(),
            verbs: VerbDictionary::default(),
            discards: Vec::new(),
            language: "en",
            morphology: None,
            function_words: None,
        }
    }

    /// Adds an entity (or returns the existing one with the same id).
    pub fn add_entity(&mut self, entity: Entity) -> EntityId {
        if let Some(&id) = self.by_id.get(&entity.id) {
            return id;
        }
        let id = self.entities.len() as EntityId;
        self.by_id.insert(entity.id.clone(), id);
        if entity.kind == EntityKind::Country {
            if let Some(code) = &entity.code {
                self.countries.entry(code.clone()).or_insert(id);
            }
        }
        if entity.geo.as_ref().is_some_and(|g| g.is_capital) {
            if let Some(country) = &entity.country {
                self.capitals.entry(country.clone()).or_insert(id);
            }
        }
        self.entities.push(entity);
        id
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id as usize]
    }

    pub fn entity_mut(&mut self, id: EntityId) -> &mut Entity {
        &mut self.entities[id as usize]
    }

    pub fn find(&self, id: &str) -> Option<EntityId> {
        self.by_id.get(id).copied()
    }

    /// The country entity with this CAMEO code.
    pub fn country(&self, code: &str) -> Option<EntityId> {
        self.countries.get(code).copied()
    }

    /// The place that is the capital of the country with this CAMEO code.
    pub fn capital(&self, country: &str) -> Option<EntityId> {
        self.capitals.get(country).copied()
    }

    /// The English word list (American spellings), with the British spelling of each word
    /// that has a regular one (centre, colour, organise), so a common word in British or
    /// Indian English is not taken for a name.
    pub fn set_english_words<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        for w in words {
            if let Some(british) = british_spelling(w) {
                self.english.insert(british.into());
            }
            self.english.insert(w.into());
        }
    }

    pub fn add_title(&mut self, title: &str, role: RoleKind) {
        self.titles.insert(fold(title).into(), role);
    }

    /// The office a folded title names ("secretary of state" -> foreign minister).
    pub fn title_role(&self, folded_title: &str) -> Option<RoleKind> {
        self.titles.get(folded_title).copied()
    }

    pub fn is_english_word(&self, folded: &str) -> bool {
        self.english.contains(folded)
    }

    /// Adds a name of an entity, with its spelling variants.
    pub fn add_alias(&mut self, entity: EntityId, alias: &str, kind: AliasKind) {
        let p = self.prepare_alias(entity, alias, kind);
        self.insert_alias(p);
    }

    /// Adds many names at once: the costly part (tokenizing, folding, spelling keys) runs
    /// on every core, the insertion into the indexes on one. A chunk at a time, so that the
    /// short-lived prepared names never all stand in memory together (that alone made
    /// most of the compile's peak).
    pub fn add_aliases(&mut self, aliases: Vec<(EntityId, &str, AliasKind)>) {
        use rayon::prelude::*;
        for chunk in aliases.chunks(4096) {
            let prepared: Vec<PreparedAlias> = chunk.par_iter().map(|&(e, a, k)| self.prepare_alias(e, a, k)).collect();
            for p in prepared {
                self.insert_alias(p);
            }
        }
    }

    /// Everything about a name that can be computed without changing the indexes.
    fn prepare_alias(&self, entity: EntityId, alias: &str, kind: AliasKind) -> PreparedAlias {
        let mut variants = Vec::new();
        let ekind = self.entity(entity).kind;
        for variant in name_variants(alias) {
            let tokens = name_tokens(&variant);
            if tokens.is_empty() || tokens.iter().all(|t| t.chars().all(|c| !c.is_alphabetic())) {
                continue;
            }
            let all_words = tokens
                .iter()
                .all(|t| self.english.contains(t.as_str()) || is_closed_class(t));
            let is_acronym =
                variant.len() <= 5 && variant.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            // Two capitals are an abbreviation as often as a name ("Lt", "St", "Dr"): only
            // in capitals do they stand for it.
            let two_letters = variant.chars().filter(|c| c.is_alphabetic()).count() == 2;
            // Role nouns are common words by nature; names that are also common words
            // need a capital letter to count.
            let common = all_words && kind != AliasKind::Agent;
            let alias = AliasRef {
                entity,
                kind,
                needs_capital: common,
                needs_caps: is_acronym && (common || two_letters),
            };
            let spelled = matches!(
                ekind,
                EntityKind::Person | EntityKind::Country | EntityKind::Organisation
            );
            let key = spelled.then(|| phrase_key(&tokens)).filter(|k| k.len() >= 4);
            let last_key = (ekind != EntityKind::Place)
                .then(|| tokens.last().map(|t| variant_key(t)))
                .flatten();
            variants.push(PreparedVariant {
                tokens,
                alias,
                key,
                last_key,
            });
        }
        PreparedAlias { entity, kind, variants }
    }

    fn insert_alias(&mut self, p: PreparedAlias) {
        let person = self.entity(p.entity).kind == EntityKind::Person;
        for v in p.variants {
            if person && v.tokens.len() >= 2 {
                self.register_person_parts(&v.tokens);
            }
            self.register_name_end(p.entity, p.kind, &v.tokens, v.last_key);
            if let Some(key) = v.key {
                self.register_fuzzy(p.entity, p.kind, key);
            }
            self.names.insert(&v.tokens, v.alias);
        }
    }

    fn strength_of(&self, entity: EntityId, kind: AliasKind) -> NameStrength {
        let e = self.entity(entity);
        let strong = match e.kind {
            EntityKind::Country => kind != AliasKind::Region,
            EntityKind::Organisation => true,
            EntityKind::Person => e.roles.iter().any(|r| r.curated),
            EntityKind::Place => e
                .geo
                .as_ref()
                .is_some_and(|g| g.is_capital || g.population >= 1_000_000),
            EntityKind::Agent => return NameStrength::None,
        };
        if strong {
            NameStrength::Strong
        } else {
            NameStrength::Weak
        }
    }

    fn register_person_parts(&mut self, tokens: &[String]) {
        for edge in [tokens.first(), tokens.last()].into_iter().flatten() {
            if edge.chars().count() >= 3 && !self.english.contains(edge.as_str()) && !is_closed_class(edge) {
                self.person_parts.insert(edge.as_str().into());
            }
        }
    }

    fn register_name_end(&mut self, entity: EntityId, kind: AliasKind, tokens: &[String], last_key: Option<String>) {
        let strength = self.strength_of(entity, kind);
        if strength == NameStrength::None {
            return;
        }
        let Some(last) = tokens.last() else { return };
        if last.chars().count() < 3 || self.english.contains(last.as_str()) {
            return;
        }
        let e = self.name_ends.entry(last.as_str().into()).or_insert(NameStrength::None);
        *e = (*e).max(strength);
        // Spelling variants are known for people, countries and organisations, whose
        // names travel through transliteration; not for the many small places.
        if let Some(k) = last_key {
            let k = self.name_end_keys.entry(k.into()).or_insert(NameStrength::None);
            *k = (*k).max(strength);
        }
    }

    fn register_fuzzy(&mut self, entity: EntityId, kind: AliasKind, key: String) {
        let exact = self.fuzzy.exact.entry(key.as_str().into()).or_default();
        if !exact.contains(&(entity, kind)) {
            exact.push((entity, kind));
        }
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() < 2 {
            return;
        }
        let idx = self.fuzzy.keys.len() as u32;
        for w in [words[0], words[words.len() - 1]] {
            self.fuzzy.by_word.entry(w.into()).or_default().push(idx);
        }
        let shape = shape(&key);
        self.fuzzy.keys.push((key.into(), entity, kind, shape));
    }

    /// Indexes a person's roles by country and office (call after roles are final).
    pub fn index_offices(&mut self) {
        self.offices.clear();
        for (id, e) in self.entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            for r in e.roles.iter().filter(|r| r.kind != RoleKind::Other) {
                let country: Box<str> = r.code[..r.code.len().min(3)].into();
                let list = self.offices.entry((country, r.kind)).or_default();
                if !list.contains(&(id as EntityId)) {
                    list.push(id as EntityId);
                }
            }
        }
    }

    /// Who held an office in a country (CAMEO code, `IGO...` blocks for organisations)
    /// on a date: "the Turkish president" on 2025-02-27 is Erdoğan.
    pub fn office_holder(&self, country: &str, role: RoleKind, date: NaiveDate) -> Option<EntityId> {
        // Presidential systems: the head of state heads the government too, and the tables
        // give no separate office ("the Brazilian head of government" is Lula). A country
        // that has the office but nobody known in it that day gets nobody.
        let no_such_office = !self.offices.contains_key(&(Box::<str>::from(country), role));
        if role == RoleKind::HeadOfGovernment && no_such_office {
            return self.holder_of(country, RoleKind::HeadOfState, date);
        }
        self.holder_of(country, role, date)
    }

    fn holder_of(&self, country: &str, role: RoleKind, date: NaiveDate) -> Option<EntityId> {
        let holders = self.offices.get(&(Box::<str>::from(country), role))?;
        holders
            .iter()
            .copied()
            .filter_map(|id| {
                let e = self.entity(id);
                let r = e
                    .roles
                    .iter()
                    .filter(|r| r.kind == role && r.code.starts_with(country) && r.is_dated() && r.covers(date))
                    .max_by_key(|r| (r.curated, r.start))?;
                Some((id, r.curated, r.start))
            })
            .max_by_key(|&(_, curated, start)| (curated, start))
            .map(|(id, _, _)| id)
    }

    /// The word id of a folded token in the name index.
    pub fn word(&self, folded: &str) -> Option<WordId> {
        self.names.word(folded)
    }

    pub fn names(&self) -> &PhraseIndex<AliasRef> {
        &self.names
    }

    /// Entities whose name matches these folded words up to transliteration (same
    /// variant key), e.g. "volodimir zelenski" for "Volodymyr Zelenskyy".
    pub fn variant_matches<S: AsRef<str>>(&self, words: &[S]) -> &[(EntityId, AliasKind)] {
        let key = phrase_key(words);
        self.fuzzy.exact.get(key.as_str()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Multi-word names within a few edits of these folded words, best first:
    /// "xi jingping" finds Xi Jinping. Short names never match fuzzily.
    pub fn fuzzy_matches<S: AsRef<str>>(&self, words: &[S]) -> Vec<(EntityId, AliasKind, usize)> {
        let key = phrase_key(words);
        let parts: Vec<&str> = key.split(' ').collect();
        if parts.len() < 2 {
            return Vec::new();
        }
        let letters = key.chars().filter(|c| c.is_alphabetic()).count();
        let max = allowed_edits(letters);
        if max == 0 {
            return Vec::new();
        }
        let want = shape(&key);
        let mut seen = FxHashSet::default();
        let mut out = Vec::new();
        for w in [parts[0], parts[parts.len() - 1]] {
            for &idx in self.fuzzy.by_word.get(w).map(Vec::as_slice).unwrap_or(&[]) {
                let (cand, entity, kind, cand_shape) = &self.fuzzy.keys[idx as usize];
                // Same number of words, each starting with the same letter.
                if *cand_shape != want || !seen.insert(idx) {
                    continue;
                }
                let d = edit_distance(cand, &key, max);
                if d <= max {
                    out.push((*entity, *kind, d));
                }
            }
        }
        out.sort_by_key(|&(e, _, d)| (d, e));
        out.dedup_by_key(|x| x.0);
        out
    }

    /// Ranked readings of a name, for `dragoman kb lookup`.
    pub fn lookup(&self, text: &str, date: NaiveDate) -> Vec<Candidate> {
        let mut tokens = name_tokens(text.trim());
        if tokens.len() > 1 && tokens[0] == "the" && self.names.get(&tokens).is_empty() {
            tokens.remove(0);
        }
        let mut out: Vec<Candidate> = Vec::new();
        let push = |out: &mut Vec<Candidate>, entity, alias_kind, score, how| {
            if !out.iter().any(|c: &Candidate| c.entity == entity) {
                out.push(Candidate {
                    entity,
                    alias_kind,
                    score,
                    how,
                });
            }
        };
        // A name that is also a common word, asked for in lower case, is probably the
        // word: "police" the role noun before Police the Polish town.
        let lower_case = !text.chars().any(char::is_uppercase);
        for a in self.names.get(&tokens) {
            let score = if a.needs_capital && lower_case { 0.7 } else { 1.0 };
            push(&mut out, a.entity, a.kind, score, "exact");
        }
        // Possessives and plurals of names: "Russia's".
        if tokens.len() > 1 && matches!(tokens.last().map(String::as_str), Some("'s")) {
            for a in self.names.get(&tokens[..tokens.len() - 1]) {
                push(&mut out, a.entity, a.kind, 0.98, "exact");
            }
        }
        for &(e, k) in self.variant_matches(&tokens) {
            push(&mut out, e, k, 0.9, "variant");
        }
        for (e, k, d) in self.fuzzy_matches(&tokens) {
            push(&mut out, e, k, 0.8 - 0.1 * d as f32, "fuzzy");
        }
        for e in self.describe(&tokens, date) {
            push(&mut out, e, AliasKind::Name, 0.85, "description");
        }
        // Among equal scores: people who held a role that day, then larger places.
        let rank = |c: &Candidate| {
            let e = self.entity(c.entity);
            let active = e.kind == EntityKind::Person && e.role_on(date).is_some_and(|r| r.is_dated());
            let pop = e.geo.as_ref().map_or(0, |g| g.population);
            let kind_rank = match e.kind {
                EntityKind::Country => 0,
                EntityKind::Organisation => 1,
                EntityKind::Person => 2,
                EntityKind::Place => 3,
                EntityKind::Agent => 4,
            };
            (
                std::cmp::Reverse((c.score * 1000.0) as i64),
                !active,
                kind_rank,
                std::cmp::Reverse(pop),
            )
        };
        out.sort_by_key(rank);
        out
    }

    /// "the Turkish president", "Russian foreign minister": a nationality or country
    /// followed by a title names the office-holder of that date.
    pub fn describe<S: AsRef<str>>(&self, tokens: &[S], date: NaiveDate) -> Vec<EntityId> {
        let words: Vec<&str> = tokens
            .iter()
            .map(AsRef::as_ref)
            .filter(|t| !matches!(*t, "the" | "'s"))
            .collect();
        let mut out = Vec::new();
        for split in 1..words.len() {
            let (country_words, title_words) = words.split_at(split);
            let Some(role) = self.title_role(&title_words.join(" ")) else {
                continue;
            };
            for a in self.names.get(country_words) {
                let e = self.entity(a.entity);
                let code = match e.kind {
                    EntityKind::Country => e.code.as_deref(),
                    EntityKind::Organisation => e.code.as_deref(),
                    _ => None,
                };
                if let Some(holder) = code.and_then(|c| self.office_holder(c, role, date)) {
                    if !out.contains(&holder) {
                        out.push(holder);
                    }
                }
            }
        }
        out
    }

    pub fn stats(&self) -> KbStats {
        let count = |k: EntityKind| self.entities.iter().filter(|e| e.kind == k).count();
        KbStats {
            countries: count(EntityKind::Country),
            places: count(EntityKind::Place),
            organisations: count(EntityKind::Organisation),
            people: count(EntityKind::Person),
            agents: count(EntityKind::Agent),
            names: self.names.len(),
            vocabulary: self.names.vocabulary_len(),
            dated_roles: self
                .entities
                .iter()
                .map(|e| e.roles.iter().filter(|r| r.is_dated()).count())
                .sum(),
            verb_blocks: self.verbs.blocks.len(),
            verb_forms: self.verbs.form_count(),
            verb_patterns: self.verbs.blocks.iter().map(|b| b.patterns.len()).sum(),
            english_words: self.english.len(),
        }
    }

    /// Builds the one-lookup word table from the name index, the English word list, the
    /// verb dictionary and the closed-class words. Call after loading or importing.
    pub fn compile_lexicon(&mut self) {
        let mut lex: FxHashMap<Box<str>, Lexeme> = FxHashMap::default();
        lex.reserve(self.names.vocabulary_len() + self.english.len());
        for (word, id) in self.names.vocabulary() {
            lex.entry(word.into()).or_default().name = Some(id);
        }
        for w in &self.english {
            lex.entry(w.clone()).or_default().english = true;
        }
        for w in &self.person_parts {
            lex.entry(w.clone()).or_default().person_part = true;
        }
        for form in self.verbs.forms.keys() {
            lex.entry(form.clone()).or_default().verb = true;
        }
        for (word, id) in self.verbs.pattern_words() {
            for form in crate::verbs::plural_forms(word) {
                lex.entry(form.into()).or_default().pattern = Some(id);
            }
        }
        match &self.function_words {
            Some(words) => {
                for (word, class) in words {
                    let e = lex.entry(word.clone()).or_default();
                    e.class = e.class | *class;
                }
            }
            None => {
                for (word, class) in dragoman_text::FunctionWords::get().entries() {
                    lex.entry(word.into()).or_default().class = class;
                }
            }
        }
        // Patterns written in lemmas ("ATACAR A +") match any form of the lemma.
        if let Some(m) = &self.morphology {
            for (form, mut lemmas) in m.forms() {
                if let Some(id) = lemmas.find_map(|l| self.verbs.word_id(l)) {
                    let e = lex.entry(form.into()).or_default();
                    e.pattern = e.pattern.or(Some(id));
                }
            }
        }
        self.lexicon = lex;
    }

    /// What the knowledge base knows of a folded word (all fields empty if nothing).
    pub fn lexeme(&self, folded: &str) -> Lexeme {
        self.lexicon.get(folded).copied().unwrap_or_default()
    }

    /// Sets the closed-class words of a language other than English (the lexicon uses
    /// them instead of English ones at the next [`KnowledgeBase::compile_lexicon`]).
    pub fn set_function_words(&mut self, words: Vec<(Box<str>, dragoman_text::WordClass)>) {
        self.function_words = Some(words);
    }

    /// Is this organisation a news agency or outlet (a source, not an actor)?
    pub fn is_media(&self, id: EntityId) -> bool {
        self.entity(id).org_kind == Some(OrgKind::Media)
    }
}

/// A hash of a multi-word key's number of words and the first letter of each: fuzzy
/// candidates must agree on both, so most are rejected with one comparison.
fn shape(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in key.split(' ') {
        let c = w.chars().next().map_or(0, |c| c as u64);
        h = (h ^ c ^ 0x1_0000_0000).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The regular British form of an American spelling: -ter/-ber → -tre/-bre (center,
/// fiber), -or → -our after a consonant (color, labor), -ize/-ization → -ise/-isation.
fn british_spelling(w: &str) -> Option<String> {
    let consonant_before = |stem: &str| stem.chars().last().is_some_and(|c| !"aeiou".contains(c));
    if let Some(stem) = w.strip_suffix("ter").or_else(|| w.strip_suffix("ber")) {
        let last = &w[stem.len()..stem.len() + 1];
        return (stem.len() >= 2).then(|| format!("{stem}{last}re"));
    }
    if let Some(stem) = w.strip_suffix("or") {
        return (stem.len() >= 3 && consonant_before(stem)).then(|| format!("{stem}our"));
    }
    for (us, gb) in [
        ("ization", "isation"),
        ("izing", "ising"),
        ("ized", "ised"),
        ("izes", "ises"),
        ("ize", "ise"),
    ] {
        if let Some(stem) = w.strip_suffix(us) {
            return (stem.len() >= 3).then(|| format!("{stem}{gb}"));
        }
    }
    None
}

fn is_closed_class(word: &str) -> bool {
    dragoman_text::FunctionWords::get().is_function_word(word)
}

impl NameOracle for KnowledgeBase {
    fn is_word(&self, folded: &str) -> bool {
        self.english.contains(folded)
    }

    fn name_strength(&self, folded: &str) -> NameStrength {
        if let Some(&s) = self.name_ends.get(folded) {
            return s;
        }
        if folded.chars().count() < 5 {
            return NameStrength::None;
        }
        self.name_end_keys
            .get(variant_key(folded).as_str())
            .copied()
            .unwrap_or(NameStrength::None)
    }

    fn is_close_to_name(&self, words: &[&str]) -> bool {
        !self.variant_matches(words).is_empty() || !self.fuzzy_matches(words).is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_spellings_of_american_words() {
        assert_eq!(british_spelling("center").as_deref(), Some("centre"));
        assert_eq!(british_spelling("fiber").as_deref(), Some("fibre"));
        assert_eq!(british_spelling("color").as_deref(), Some("colour"));
        assert_eq!(british_spelling("organization").as_deref(), Some("organisation"));
        assert_eq!(british_spelling("door"), None);
        assert_eq!(british_spelling("police"), None);
    }
}
