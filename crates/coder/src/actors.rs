//! Actor phrases: mentions, role nouns and names chunked into the actors of a sentence.
//!
//! "the Russian Foreign Minister, SERGUÉI LAVROV" is one actor (RUSGOV); "Diplomats of USA
//! and Russia" and "the US and Russian administrations" are compound actors (USAGOV,
//! RUSGOV); "Moscow" can stand for Russia's government; "the Turkish president" for the
//! office-holder of that date. Pronouns and "the two countries" become phrases too and
//! are resolved by the discourse model ([`crate::coref`]).

use chrono::NaiveDate;
use smallvec::SmallVec;

use dragoman_kb::{AliasKind, AliasRef, EntityId, EntityKind, KnowledgeBase, OrgKind};
use dragoman_text::WordClass;

use crate::analysis::Analysis;
use crate::mentions::{is_name_word, Mention};

/// One actor: a CAMEO code and what it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorUnit {
    pub code: String,
    pub country: Option<String>,
    pub entity: Option<EntityId>,
    pub name: Option<String>,
    /// Tokens that name this actor.
    pub start: u32,
    pub end: u32,
    /// How the code was chosen, for explanations.
    pub how: String,
    pub kind: Option<EntityKind>,
    /// An office-holder or person: "he" and "she" can refer to it.
    pub personal: bool,
}

impl ActorUnit {
    /// The role block of the code (`GOV` of `RUSGOV`), if any.
    pub fn sector(&self) -> Option<&str> {
        (self.code.len() >= 6 && self.country.is_some()).then(|| &self.code[3..6])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she, him
    Person,
    /// they, them
    Plural,
    /// it
    Thing,
    /// we, us, I, me, our: the speaker inside a quote
    First,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    Named,
    Pronoun(Pronoun),
    /// "the two countries", "both leaders": `count` earlier actors of a kind.
    Group {
        count: u8,
        people: bool,
        countries: bool,
    },
    /// A nationality modifying a noun that is not a role ("the Russian invasion"): not an
    /// actor itself, but the agent of a noun event.
    Modifier,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActorPhrase {
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    pub units: SmallVec<[ActorUnit; 2]>,
    pub kind: PhraseKind,
    /// A news agency: the source of a report, not an actor.
    pub media: bool,
    /// The place this phrase names, when it is a city, capital or country.
    pub place: Option<EntityId>,
    /// Resolved to this earlier phrase (index in `Analysis::actors`).
    pub antecedent: Option<u32>,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// "our diplomats", "my government": a role of the speaker's own side.
    pub speakers_own: bool,
}

impl ActorPhrase {
    pub fn is_actor(&self) -> bool {
        !self.media && self.kind != PhraseKind::Modifier && !self.units.is_empty()
    }

    pub fn is_personal(&self) -> bool {
        self.units.len() == 1 && self.units[0].personal
    }
}

/// The role a mention plays in chunking.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Role {
    Person(AliasRef),
    Org(AliasRef),
    /// A country's name, adjective, plural, capital or city.
    Country(AliasRef, Option<EntityId>),
    Place(AliasRef),
    Agent(AliasRef),
}

/// Pieces of a sentence as chunking sees them.
#[derive(Clone, Copy, Debug)]
enum Elem {
    Mention(usize, Role),
    Token(usize),
}

struct Chunker<'x, 'a> {
    a: &'x Analysis<'a>,
    kb: &'x KnowledgeBase,
    date: NaiveDate,
    elems: Vec<Elem>,
    sentence: u32,
}

/// Chunks the actor phrases of sentence `s` (its mentions are `mentions`).
pub fn chunk(a: &Analysis, kb: &KnowledgeBase, s: usize, mentions: &[Mention], date: NaiveDate) -> Vec<ActorPhrase> {
    let sent = a.sentences[s];
    let mut elems = Vec::new();
    let mut mi = 0;
    let mut i = sent.first as usize;
    while i < sent.last as usize {
        if mi < mentions.len() && mentions[mi].start as usize == i {
            let m = &mentions[mi];
            if let Some(role) = classify(a, kb, m, date) {
                elems.push(Elem::Mention(mi, role));
                i = m.end as usize;
                mi += 1;
                continue;
            }
            mi += 1;
        }
        elems.push(Elem::Token(i));
        i += 1;
    }
    let c = Chunker {
        a,
        kb,
        date,
        elems,
        sentence: s as u32,
    };
    c.run(mentions)
}

/// Chooses the reading of a mention that chunking uses.
fn classify(a: &Analysis, kb: &KnowledgeBase, m: &Mention, date: NaiveDate) -> Option<Role> {
    let ent = |r: &AliasRef| kb.entity(r.entity);
    let first = m.start as usize;
    let after_locative = first > 0
        && matches!(
            a.word(first - 1),
            "in" | "at" | "near" | "outside" | "inside" | "across"
        );
    let agent = m.readings.iter().find(|r| ent(r).kind == EntityKind::Agent).copied();
    if let Some(ag) = agent {
        if !a.is_capitalized(first) || !after_locative || m.readings.len() == 1 {
            // "police", "Police said": the role noun, not the town in Poland.
            if !m.readings.iter().any(|r| {
                matches!(
                    ent(r).kind,
                    EntityKind::Person | EntityKind::Country | EntityKind::Organisation
                )
            }) {
                return Some(Role::Agent(ag));
            }
        }
    }
    let active_person = m
        .readings
        .iter()
        .filter(|r| ent(r).kind == EntityKind::Person)
        .max_by_key(|r| {
            let e = ent(r);
            let role = e.role_on(date);
            (
                role.is_some_and(|r| r.is_dated()),
                role.is_some_and(|r| r.curated),
                e.roles.iter().any(|r| r.curated),
            )
        })
        .copied();
    let place = m.readings.iter().find(|r| ent(r).kind == EntityKind::Place).copied();
    let country = m
        .readings
        .iter()
        .filter(|r| ent(r).kind == EntityKind::Country)
        .max_by_key(|r| (ent(r).prominent, r.kind == AliasKind::Name))
        .copied();
    let org = m
        .readings
        .iter()
        .find(|r| ent(r).kind == EntityKind::Organisation && ent(r).org_kind != Some(OrgKind::Media))
        .copied();
    let media = m
        .readings
        .iter()
        .find(|r| ent(r).org_kind == Some(OrgKind::Media))
        .copied();
    if let Some(p) = active_person {
        if ent(&p).role_on(date).is_some_and(|r| r.is_dated()) {
            return Some(Role::Person(p));
        }
    }
    if let Some(o) = org {
        return Some(Role::Org(o));
    }
    if let Some(c) = country {
        return Some(Role::Country(c, place.map(|p| p.entity)));
    }
    if let Some(p) = active_person {
        return Some(Role::Person(p));
    }
    if let Some(o) = media {
        return Some(Role::Org(o));
    }
    if let Some(p) = place {
        return Some(Role::Place(p));
    }
    agent.map(Role::Agent)
}

/// A phrase being built.
#[derive(Default)]
struct Draft {
    start: usize,
    end: usize,
    /// Country conjuncts before a role noun: (country entity, how named, tokens).
    countries: Vec<(EntityId, AliasKind, usize, usize, Option<EntityId>)>,
    agents: Vec<(AliasRef, usize, usize)>,
    person: Option<(AliasRef, usize, usize)>,
    unknown_name: Option<(usize, usize)>,
    org: Option<(AliasRef, usize, usize)>,
    of_countries: Vec<(EntityId, AliasKind, usize, usize, Option<EntityId>)>,
    place: Option<(AliasRef, usize, usize)>,
    determiner: bool,
    first_person: bool,
}

impl Chunker<'_, '_> {
    fn word(&self, e: usize) -> &str {
        match self.elems.get(e) {
            Some(Elem::Token(i)) => self.a.word(*i),
            _ => "",
        }
    }

    fn token(&self, e: usize) -> Option<usize> {
        match self.elems.get(e) {
            Some(Elem::Token(i)) => Some(*i),
            _ => None,
        }
    }

    fn span(&self, e: usize, mentions: &[Mention]) -> (usize, usize) {
        match self.elems[e] {
            Elem::Token(i) => (i, i + 1),
            Elem::Mention(m, _) => (mentions[m].start as usize, mentions[m].end as usize),
        }
    }

    fn role(&self, e: usize) -> Option<Role> {
        match self.elems.get(e) {
            Some(Elem::Mention(_, r)) => Some(*r),
            _ => None,
        }
    }

    fn is_country(&self, e: usize) -> bool {
        matches!(self.role(e), Some(Role::Country(..)))
    }

    fn is_agent(&self, e: usize) -> bool {
        matches!(self.role(e), Some(Role::Agent(_)))
    }

    fn run(&self, mentions: &[Mention]) -> Vec<ActorPhrase> {
        let mut out: Vec<ActorPhrase> = Vec::new();
        let mut e = 0;
        while e < self.elems.len() {
            if let Some((phrase, next)) = self.group_at(e, mentions).or_else(|| self.pronoun_at(e)) {
                out.push(phrase);
                e = next;
                continue;
            }
            let Some((mut draft, mut next)) = self.draft_at(e, mentions) else {
                e += 1;
                continue;
            };
            let mut phrase = self.finish(&draft, mentions);
            // Conjoined actors: "USA and Russia", "Rubio and Lavrov", "the US and Russian
            // administrations" (the role noun of the last conjunct applies to all).
            loop {
                let sep = self.word(next);
                if !matches!(sep, "and" | "," | "&" | "or") {
                    break;
                }
                let Some((d2, n2)) = self.draft_at(next + 1, mentions) else {
                    break;
                };
                let p2 = self.finish(&d2, mentions);
                if p2.kind == PhraseKind::Modifier || p2.media || phrase.media {
                    break;
                }
                if sep == "," {
                    // A description and a name side by side are one actor: "the US
                    // Secretary of State, Marco Rubio"; otherwise a list needs a final
                    // "and" ("Russia, Ukraine and Belarus").
                    if let Some(merged) = self.apposition(&draft, &d2, mentions) {
                        draft = merged;
                        phrase = self.finish(&draft, mentions);
                        next = n2;
                        continue;
                    }
                    if !matches!(self.word(n2), "and" | "," | "or") || p2.units.is_empty() {
                        break;
                    }
                }
                let bare_countries = !draft.countries.is_empty()
                    && draft.agents.is_empty()
                    && draft.person.is_none()
                    && draft.org.is_none()
                    && draft.of_countries.is_empty();
                if bare_countries && !d2.agents.is_empty() && d2.person.is_none() && !d2.countries.is_empty() {
                    // "the US and Russian administrations": the role noun applies to all.
                    let mut shared = Draft {
                        start: draft.start,
                        end: d2.end,
                        countries: draft.countries.clone(),
                        agents: d2.agents.clone(),
                        ..Draft::default()
                    };
                    shared.countries.extend(d2.countries.iter().cloned());
                    draft = shared;
                    phrase = self.finish(&draft, mentions);
                    next = n2;
                    continue;
                }
                if phrase.kind == PhraseKind::Modifier {
                    break;
                }
                phrase.units.extend(p2.units);
                phrase.end = p2.end;
                if phrase.place.is_none() {
                    phrase.place = p2.place;
                }
                next = n2;
            }
            if phrase.units.is_empty() && phrase.kind != PhraseKind::Modifier && !phrase.media {
                e = next.max(e + 1);
                continue;
            }
            phrase.possessive = self.word(next) == "'s";
            out.push(phrase);
            e = next.max(e + 1);
        }
        out
    }

    /// "Russian Foreign Minister Sergei Lavrov", "the US Secretary of State, Marco Rubio":
    /// a description then a name, or a name then a description.
    fn apposition(&self, first: &Draft, second: &Draft, _mentions: &[Mention]) -> Option<Draft> {
        let described = |d: &Draft| !d.agents.is_empty() && d.person.is_none() && d.unknown_name.is_none();
        let named = |d: &Draft| {
            (d.person.is_some() || d.unknown_name.is_some()) && d.countries.is_empty() && d.agents.is_empty()
        };
        if described(first) && named(second) {
            let mut d = Draft {
                start: first.start,
                end: second.end,
                countries: first.countries.clone(),
                agents: first.agents.clone(),
                of_countries: first.of_countries.clone(),
                person: second.person,
                unknown_name: second.unknown_name,
                ..Draft::default()
            };
            d.determiner = first.determiner;
            return Some(d);
        }
        if named(first) && described(second) {
            let mut d = Draft {
                start: first.start,
                end: second.end,
                countries: second.countries.clone(),
                agents: second.agents.clone(),
                of_countries: second.of_countries.clone(),
                person: first.person,
                unknown_name: first.unknown_name,
                ..Draft::default()
            };
            d.determiner = true;
            return Some(d);
        }
        None
    }

    /// "the two countries", "both leaders", "both sides".
    fn group_at(&self, e: usize, mentions: &[Mention]) -> Option<(ActorPhrase, usize)> {
        let (count_at, noun_at) = match (self.word(e), self.word(e + 1)) {
            ("both", _) => (e, e + 1),
            ("the", "two") | ("the", "2") => (e + 1, e + 2),
            _ => return None,
        };
        let _ = count_at;
        let noun = match self.elems.get(noun_at)? {
            Elem::Token(i) => self.a.word(*i).to_string(),
            Elem::Mention(m, Role::Agent(_)) => {
                let (s, en) = (mentions[*m].start as usize, mentions[*m].end as usize);
                (s..en).map(|t| self.a.word(t)).collect::<Vec<_>>().join(" ")
            }
            _ => return None,
        };
        let (people, countries) = match noun.as_str() {
            "countries" | "nations" | "states" | "governments" => (false, true),
            "leaders" | "presidents" | "men" | "ministers" | "heads of state" | "diplomats" => (true, false),
            "sides" | "parties" | "delegations" | "camps" => (false, false),
            _ => return None,
        };
        let (start, _) = self.span(e, mentions);
        let (_, end) = self.span(noun_at, mentions);
        Some((
            ActorPhrase {
                start: start as u32,
                end: end as u32,
                sentence: self.sentence,
                units: SmallVec::new(),
                kind: PhraseKind::Group {
                    count: 2,
                    people,
                    countries,
                },
                media: false,
                place: None,
                antecedent: None,
                possessive: false,
                speakers_own: false,
            },
            noun_at + 1,
        ))
    }

    fn pronoun_at(&self, e: usize) -> Option<(ActorPhrase, usize)> {
        let i = self.token(e)?;
        if !self.a.has_class(i, WordClass::PRON) {
            return None;
        }
        let kind = match self.a.word(i) {
            "he" | "she" | "him" => Pronoun::Person,
            "they" | "them" => Pronoun::Plural,
            "it" => Pronoun::Thing,
            "we" | "i" | "me" => Pronoun::First,
            // "US" in capitals is the country, matched as a name before we get here.
            "us" if !self.a.is_all_caps(i) => Pronoun::First,
            _ => return None,
        };
        Some((
            ActorPhrase {
                start: i as u32,
                end: i as u32 + 1,
                sentence: self.sentence,
                units: SmallVec::new(),
                kind: PhraseKind::Pronoun(kind),
                media: false,
                place: None,
                antecedent: None,
                possessive: false,
                speakers_own: false,
            },
            e + 1,
        ))
    }

    /// Reads the longest phrase starting at element `e`.
    fn draft_at(&self, e: usize, mentions: &[Mention]) -> Option<(Draft, usize)> {
        let mut d = Draft::default();
        let mut p = e;
        // Determiners, possessives and numbers: "the", "his", "two".
        while let Some(i) = self.token(p) {
            let w = self.a.word(i);
            if self.a.has_class(i, WordClass::DET) || self.a.has_class(i, WordClass::POSS) || is_title_modifier(w) {
                d.determiner = true;
                d.first_person |= matches!(w, "our" | "my");
                p += 1;
            } else {
                break;
            }
            if p - e > 3 {
                return None;
            }
        }
        let body = p;
        // Country conjuncts before a role noun or name: "US", "Russian", "US-Russian".
        while let Some(Role::Country(r, place)) = self.role(p) {
            let (s, en) = self.span(p, mentions);
            d.countries.push((r.entity, r.kind, s, en, place));
            p += 1;
            if !(matches!(self.word(p), "-" | "/") && self.is_country(p + 1)) {
                break;
            }
            p += 1;
        }
        // "Turkey's foreign minister", "Ukraine's Zelensky": the possessive country is the
        // role noun's or the person's, as "the Turkish foreign minister" would be.
        if !d.countries.is_empty() && self.word(p) == "'s" {
            // "Dagolath's first Deputy Prime Minister", "Iran's new foreign minister".
            let mut q = p + 1;
            while q < p + 3 && is_title_modifier(self.word(q)) {
                q += 1;
            }
            if matches!(self.role(q), Some(Role::Agent(_) | Role::Person(_))) {
                p = q;
            }
        }
        while let Some(Role::Agent(r)) = self.role(p) {
            let (s, en) = self.span(p, mentions);
            d.agents.push((r, s, en));
            p += 1;
        }
        // "Diplomats of USA and Russia", "the President of Ukraine".
        if !d.agents.is_empty() && self.word(p) == "of" {
            let mut q = p + 1;
            if self.word(q) == "the" {
                q += 1;
            }
            let mut found = Vec::new();
            while let Some(Role::Country(r, place)) = self.role(q) {
                let (s, en) = self.span(q, mentions);
                found.push((r.entity, r.kind, s, en, place));
                q += 1;
                if matches!(self.word(q), "and" | ",") && self.is_country(q + 1) {
                    q += 1;
                } else {
                    break;
                }
            }
            if !found.is_empty() {
                d.of_countries = found;
                p = q;
            }
        }
        // A name: a person or organisation of the knowledge base, or an unknown
        // capitalized name after a title ("convenor Jafrayab Jilani").
        match self.role(p) {
            Some(Role::Person(r)) => {
                let (s, en) = self.span(p, mentions);
                d.person = Some((r, s, en));
                p += 1;
            }
            Some(Role::Org(r)) if d.person.is_none() => {
                let (s, en) = self.span(p, mentions);
                d.org = Some((r, s, en));
                p += 1;
            }
            Some(Role::Place(r)) if p == body && d.countries.is_empty() => {
                let (s, en) = self.span(p, mentions);
                d.place = Some((r, s, en));
                p += 1;
            }
            // "Bree Prime Minister Romendacil" where a dictionary codes the person with
            // the bare country code: the name belongs to the description before it.
            Some(Role::Country(r, _)) if !d.agents.is_empty() && self.same_country(r, &d.countries) => {
                let (s, en) = self.span(p, mentions);
                d.unknown_name = Some((s, en));
                p += 1;
            }
            _ => {
                if !d.agents.is_empty() {
                    if let Some((s, en, n)) = self.unknown_name(p) {
                        d.unknown_name = Some((s, en));
                        p = n;
                    }
                }
            }
        }
        // A person's title after the name: "Vladimir Putin, the Russian president" is
        // handled as an apposition by the caller; here only an organisation's role noun
        // ("NATO officials") is absorbed.
        if d.org.is_some() {
            while self.is_agent(p) {
                let Some(Role::Agent(r)) = self.role(p) else { break };
                let (s, en) = self.span(p, mentions);
                d.agents.push((r, s, en));
                p += 1;
            }
        }
        if d.countries.is_empty() && d.agents.is_empty() && d.person.is_none() && d.org.is_none() && d.place.is_none() {
            return None;
        }
        // A country followed by a person's name: "Russia's Putin" is handled by `'s`;
        // "US President Trump" has the role noun in between.
        d.start = self.span(e.min(body), mentions).0;
        if d.determiner && body > e {
            d.start = self.span(e, mentions).0;
        }
        d.end = self.span(p - 1, mentions).1;
        Some((d, p))
    }

    /// Is `r` another name coded as the (single) country of these conjuncts, and not that
    /// country's own name ("Bree Prime Minister Bree" would be odd, but harmless)?
    fn same_country(&self, r: AliasRef, countries: &[(EntityId, AliasKind, usize, usize, Option<EntityId>)]) -> bool {
        let [(c, ..)] = countries else { return false };
        let (e, country) = (self.kb.entity(r.entity), self.kb.entity(*c));
        r.entity != *c && r.kind == AliasKind::Name && e.code.is_some() && e.code == country.code
    }

    /// An unknown name: two or three capitalized words the lexicon does not know.
    fn unknown_name(&self, e: usize) -> Option<(usize, usize, usize)> {
        let mut p = e;
        let start = self.token(p)?;
        while let Some(i) = self.token(p) {
            if !is_name_word(self.a, i) || p - e >= 3 {
                break;
            }
            p += 1;
        }
        let n = p - e;
        let end = start + n;
        let unknown = (start..end).any(|t| !self.a.tags[t].english);
        (n >= 2 && unknown).then_some((start, end, p))
    }

    /// Turns a draft into a phrase with coded units.
    fn finish(&self, d: &Draft, _mentions: &[Mention]) -> ActorPhrase {
        let kb = self.kb;
        let mut phrase = ActorPhrase {
            start: d.start as u32,
            end: d.end as u32,
            sentence: self.sentence,
            units: SmallVec::new(),
            kind: PhraseKind::Named,
            media: false,
            place: None,
            antecedent: None,
            possessive: false,
            speakers_own: d.first_person
                && d.countries.is_empty()
                && d.of_countries.is_empty()
                && d.person.is_none()
                && d.org.is_none(),
        };
        let sector = d.agents.last().and_then(|(r, _, _)| kb.entity(r.entity).code.clone());
        let sector = sector.map(|s| s.to_string());
        if let Some((r, s, e)) = d.org {
            let org = kb.entity(r.entity);
            if org.org_kind == Some(OrgKind::Media) {
                phrase.media = true;
            }
            // A news agency has no actor code; its unit only says who reported.
            let code = org.code.as_deref().unwrap_or("").to_string();
            let how = if phrase.media { "news source" } else { "organisation" };
            phrase.units.push(unit(
                code,
                org.country.as_deref().map(str::to_string),
                Some(r.entity),
                Some(org.name.to_string()),
                s,
                e,
                how.into(),
                Some(EntityKind::Organisation),
                false,
            ));
            return phrase;
        }
        if let Some((r, s, e)) = d.person {
            let p = kb.entity(r.entity);
            let description = d.countries.first().or(d.of_countries.first());
            // A role held that day decides; else the description the text gives ("the
            // Swiss Foreign Minister, Ignazio Cassis"); else a former official (ELI).
            let current = p.role_on(self.date).map(|r| r.code.to_string());
            let described = description.and_then(|c| {
                let c = kb.entity(c.0).code.clone()?;
                Some(format!("{}{}", c, sector.clone().unwrap_or_default()))
            });
            let code = current
                .or(described)
                .or_else(|| p.code_on(self.date))
                .or_else(|| p.country.as_deref().map(str::to_string));
            if let Some(code) = code {
                let how = match p.role_on(self.date) {
                    Some(role) if role.is_dated() => format!("{} on {}", role_text(role), self.date),
                    _ => "person".to_string(),
                };
                // "IGOUNO" has no country; "RUSGOV" is Russia's.
                let country = code.get(..3).filter(|c| kb.country(c).is_some()).map(str::to_string);
                let start = d.start.min(s);
                phrase.units.push(unit(
                    code,
                    country,
                    Some(r.entity),
                    Some(p.name.to_string()),
                    start,
                    e,
                    how,
                    Some(EntityKind::Person),
                    true,
                ));
            }
            return phrase;
        }
        let countries: Vec<_> = if d.of_countries.is_empty() {
            d.countries.clone()
        } else {
            d.of_countries.clone()
        };
        if let Some(sector) = &sector {
            let personal = d.unknown_name.is_some()
                || d.agents
                    .iter()
                    .any(|(r, _, _)| !r.needs_capital && is_singular_title(self, r));
            if countries.is_empty() {
                let (s, e) = (d.agents[0].1, d.agents.last().map_or(d.end, |a| a.2));
                let (s, e) = d.unknown_name.map_or((s, e), |(_, ne)| (s, ne));
                phrase.units.push(unit(
                    sector.clone(),
                    None,
                    None,
                    None,
                    s,
                    e,
                    "role noun".into(),
                    Some(EntityKind::Agent),
                    personal,
                ));
            }
            for (entity, _, s, e, _) in &countries {
                let c = kb.entity(*entity);
                let code = format!("{}{}", c.code.as_deref().unwrap_or(""), sector);
                let name = self.office_name(*entity, d);
                let end = d.unknown_name.map_or(d.end, |(_, ne)| ne);
                let how = format!("{} + role noun", c.name);
                phrase.units.push(unit(
                    code,
                    c.code.as_deref().map(str::to_string),
                    name.as_ref().map(|x| x.0).or(Some(*entity)),
                    Some(name.clone().map_or(c.name.to_string(), |x| x.1)),
                    (*s).min(d.start),
                    end.max(*e),
                    how,
                    Some(EntityKind::Country),
                    personal && countries.len() == 1,
                ));
            }
            return phrase;
        }
        if let Some((r, s, e)) = d.place {
            phrase.place = Some(r.entity);
            phrase.kind = PhraseKind::Modifier;
            let _ = (s, e);
            return phrase;
        }
        // Bare countries: an adjective alone modifies a noun ("Russian invasion"); a
        // name, plural or capital is an actor ("Russia", "the Ukrainians", "Moscow").
        let adjectival = countries.iter().all(|c| c.1 == AliasKind::Adjective);
        if adjectival {
            phrase.kind = PhraseKind::Modifier;
        }
        for (entity, kind, s, e, place) in &countries {
            let c = kb.entity(*entity);
            let base = c.code.as_deref().unwrap_or("").to_string();
            // A capital or the seat of power standing for the government.
            let (code, how) = match kind {
                AliasKind::Capital => (
                    format!("{base}GOV"),
                    format!("{} (capital) standing for its government", c.name),
                ),
                _ => (base.clone(), format!("{} ({})", c.name, kind.as_str())),
            };
            phrase.place = phrase.place.or(*place).or(Some(*entity));
            phrase.units.push(unit(
                code,
                Some(base),
                Some(*entity),
                Some(c.name.to_string()),
                *s,
                *e,
                how,
                Some(EntityKind::Country),
                false,
            ));
        }
        phrase
    }

    /// The office-holder a description names: "the Turkish president" on the date.
    fn office_name(&self, country: EntityId, d: &Draft) -> Option<(EntityId, String)> {
        let title: Vec<&str> = d
            .agents
            .iter()
            .flat_map(|(_, s, e)| (*s..*e).map(|t| self.a.word(t)))
            .collect();
        let role = self.kb.title_role(&title.join(" "))?;
        let code = self.kb.entity(country).code.as_deref()?;
        let holder = self.kb.office_holder(code, role, self.date)?;
        Some((holder, self.kb.entity(holder).name.to_string()))
    }
}

/// Words that qualify a title without changing who holds it: "former", "new", "first".
fn is_title_modifier(w: &str) -> bool {
    matches!(
        w,
        "former" | "new" | "top" | "senior" | "then" | "first" | "acting" | "incoming" | "outgoing"
    )
}

fn is_singular_title(c: &Chunker, r: &AliasRef) -> bool {
    let e = c.kb.entity(r.entity);
    e.code
        .as_deref()
        .is_some_and(|code| code.starts_with("GOV") || code.starts_with("MIL") || code.starts_with("JUD"))
}

fn role_text(role: &dragoman_kb::Role) -> String {
    let title = if role.title.is_empty() {
        role.kind.as_str().replace('_', " ")
    } else {
        role.title.to_string()
    };
    format!("{} ({})", title, role.code)
}

#[allow(clippy::too_many_arguments)]
fn unit(
    code: String,
    country: Option<String>,
    entity: Option<EntityId>,
    name: Option<String>,
    start: usize,
    end: usize,
    how: String,
    kind: Option<EntityKind>,
    personal: bool,
) -> ActorUnit {
    ActorUnit {
        code,
        country,
        entity,
        name,
        start: start as u32,
        end: end as u32,
        how,
        kind,
        personal,
    }
}
