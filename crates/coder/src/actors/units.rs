//! Coding a finished draft: persons by their role on the date, organisations, countries
//! with role nouns, office-holders named by description, capitals standing for governments.

use smallvec::SmallVec;

use dragoman_kb::{AliasKind, AliasRef, EntityId, EntityKind, OrgKind};

use crate::doc::{ActorPhrase, ActorUnit, Mention, PhraseKind};
use crate::lexicon::{Class, Lexicon};

use super::draft::Draft;
use super::elems::Chunker;

impl Chunker<'_, '_> {
    /// The role noun whose code the phrase takes: the head, but one who speaks for or
    /// belongs to a body named before it takes the body's ("the police spokesman" is
    /// police, "rebel officials" are rebels). A town's or village's officials stay
    /// officials: a settlement's role noun is its people (CVL), not a body.
    pub(super) fn deciding_agent<'d>(&self, d: &'d Draft) -> Option<&'d (AliasRef, usize, usize)> {
        let lex = Lexicon::english();
        // A role noun's head is its last word ("chief minister" is a minister); a body is
        // told by its first ("chief whip" is no body, "rebel commanders" is).
        let is = |&(_, _, e): &(AliasRef, usize, usize), class| lex.is(self.a.word(e - 1), class);
        let starts = |&(_, s, _): &(AliasRef, usize, usize), class| lex.is(self.a.word(s), class);
        let member_of = |body: &(AliasRef, usize, usize)| {
            let code = self.kb.entity(body.0.entity).code.as_deref();
            let no_body = [Class::MemberOf, Class::SpeaksFor, Class::Rank].into_iter().any(|c| starts(body, c))
                || code == Some("CVL")
                // A people is no body: "Kurdish fighters" are KURUAF, not the Kurds.
                || self.kb.is_ethnic_group(body.0.entity)
                // "pro-regime fighters" favour the regime, they are not its own.
                || (body.1 > 0 && self.a.word(body.1 - 1) == "-");
            !no_body
        };
        match d.agents.as_slice() {
            [.., body, last] if is(last, Class::SpeaksFor) && !starts(body, Class::SpeaksFor) => Some(body),
            // A member with a sector of its own keeps it ("muslim religious leaders").
            [.., body, last] if last.2 == last.1 + 1 && is(last, Class::MemberOf) && member_of(body) => Some(body),
            agents => agents.last(),
        }
    }

    /// The code of the role noun that decides, led by the people named before it:
    /// "Kurdish forces" KURMIL, "Tamil villagers" TAMCVL ("Kurds" alone are KUR).
    fn sector_code(&self, d: &Draft) -> Option<String> {
        let kb = self.kb;
        let deciding = self.deciding_agent(d)?;
        let code = kb.entity(deciding.0.entity).code.as_deref()?;
        let people = d
            .agents
            .iter()
            .take_while(|a| a.1 < deciding.1)
            .find(|a| kb.is_ethnic_group(a.0.entity))
            .and_then(|a| kb.entity(a.0.entity).code.as_deref());
        Some(match people {
            Some(people) if !code.starts_with(people) => format!("{people}{code}"),
            _ => code.to_string(),
        })
    }

    /// "the BJP government", "the Labour administration": the government a party forms
    /// is its country's, not the party (word class `leaders_government` after the name).
    fn partys_government(&self, d: &Draft, kind: Option<OrgKind>) -> bool {
        kind == Some(OrgKind::Party)
            && d.agents
                .last()
                .is_some_and(|&(_, _, e)| Lexicon::english().is(self.a.word(e - 1), Class::LeadersGovernment))
    }

    /// Turns a draft into a phrase with coded units.
    pub(super) fn finish(&self, d: &Draft, _mentions: &[Mention]) -> ActorPhrase {
        let kb = self.kb;
        let mut phrase = ActorPhrase {
            start: d.start as u32,
            end: d.end as u32,
            sentence: self.sentence,
            units: SmallVec::new(),
            kind: PhraseKind::Named,
            media: false,
            place: None,
            demonym: false,
            place_words: None,
            antecedent: None,
            possessive: false,
            speakers_own: d.first_person
                && d.countries.is_empty()
                && d.of_countries.is_empty()
                && d.person.is_none()
                && d.org.is_none(),
            possessors_own: d.possessor.filter(|_| {
                d.countries.is_empty() && d.of_countries.is_empty() && d.person.is_none() && d.org.is_none()
            }),
        };
        let sector = self.sector_code(d);
        // One person with a title ("the envoy", "the UN's Syria envoy", "minister Juan
        // Ruiz"): an antecedent of "he" and "she".
        let personal = d.unknown_name.is_some()
            || d.agents
                .iter()
                .any(|&(ref r, _, e)| !r.needs_capital && is_singular_title(self, r) && !not_a_person(self, e));
        if let Some((r, s, e)) = d.org {
            let org = kb.entity(r.entity);
            if org.org_kind == Some(OrgKind::Media) {
                phrase.media = true;
            }
            // A news agency has no actor code; its unit only says who reported.
            // Its code that day: the Taliban were rebels before they took Kabul.
            let mut code = org.code_on(self.date).unwrap_or_default();
            let party_government = self.partys_government(d, org.org_kind);
            if let Some(country) = org.country.as_deref().filter(|_| party_government) {
                code = format!("{country}GOV");
            }
            let how = if phrase.media {
                "news source".to_string()
            } else if party_government {
                "organisation's government".to_string()
            } else if org.code.as_deref() != Some(code.as_str()) {
                format!("organisation, as on {}", self.date)
            } else {
                "organisation".to_string()
            };
            phrase.units.push(unit(
                code,
                org.country.as_deref().map(str::to_string),
                Some(r.entity),
                Some(org.name.to_string()),
                s,
                e,
                how,
                Some(EntityKind::Organisation),
                personal && !phrase.media,
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
            // A person the knowledge base knows only by country takes the sector of the
            // title the text gives them that day ("chief minister Narendra Modi" in 2002).
            let titled = |code: String| match &sector {
                Some(sector) if code.len() == 3 => format!("{code}{sector}"),
                _ => code,
            };
            let code = current
                .or(described)
                .or_else(|| p.code_on(self.date))
                .or_else(|| p.country.as_deref().map(str::to_string))
                .map(titled);

            if d.government_of_person {
                self.government_of_leader(&mut phrase, code.as_deref(), p, d.start.min(s), e);
                return phrase;
            }
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
            if countries.is_empty() {
                // A people's adjective alone modifies a noun, as a nationality's does
                // ("a Kurdish-led force", "the Kurdish language").
                if d.unknown_name.is_none()
                    && d.agents
                        .iter()
                        .all(|(r, _, _)| r.kind == AliasKind::Adjective && kb.is_ethnic_group(r.entity))
                {
                    phrase.kind = PhraseKind::Modifier;
                }
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
            // "the city of Mosul" is an actor (its people) and names a place.
            let settlement = d
                .agents
                .last()
                .is_some_and(|&(_, s, e)| (s..e).any(|t| Lexicon::english().is(self.a.word(t), Class::Settlement)));
            if settlement {
                if let Some((_, _, s, e, place)) = countries.iter().find(|c| c.4.is_some()) {
                    phrase.place = *place;
                    phrase.place_words = Some((*s as u32, *e as u32));
                }
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
        phrase.demonym = !countries.is_empty()
            && countries
                .iter()
                .all(|c| matches!(c.1, AliasKind::Adjective | AliasKind::Plural));
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
        if let Some((start, capital, end)) = self.capital_named(d, &countries) {
            // Lima, not Peru: a place where things happen, as "in Lima" is.
            phrase.place = Some(capital);
            phrase.demonym = false;
            phrase.place_words = Some((start as u32, end as u32));
        }
        phrase
    }

    /// "the Peruvian capital", "the Bolivian capital city": one country's adjective before
    /// a capital noun names that country's capital. Returns the words that name it (from
    /// the adjective) and the capital. Not when the noun modifies another ("Peruvian
    /// capital markets"), nor when a name follows that names the city itself.
    fn capital_named(
        &self,
        d: &Draft,
        countries: &[(EntityId, AliasKind, usize, usize, Option<EntityId>)],
    ) -> Option<(usize, EntityId, usize)> {
        let [(country, AliasKind::Adjective, start, ..)] = countries else {
            return None;
        };
        let lex = Lexicon::english();
        let last = self.a.sentences()[self.sentence as usize].last as usize;
        let word_is = |t: usize, class| t < last && lex.is(self.a.word(t), class);
        if !word_is(d.end, Class::CapitalNoun) {
            return None;
        }
        let end = if word_is(d.end + 1, Class::Settlement) {
            d.end + 2
        } else {
            d.end + 1
        };
        let g = crate::grammar::Grammar::get();
        if end < last && self.a.has_syntax() && g.noun_tags.has(self.a.dep(end).tag) {
            return None;
        }
        // "the Peruvian capital, Lima", "the Peruvian capital of Lima": the name that
        // follows names the city itself.
        if end + 1 < last && matches!(self.a.word(end), "," | "of") && self.a.is_name_word(end + 1) {
            return None;
        }
        let code = self.kb.entity(*country).code.as_deref()?;
        Some((*start, self.kb.capital(code)?, end))
    }

    /// "the Trump administration", "the Maduro regime": the government of the leader's
    /// country (by the office held that day, else by nationality), whether or not the
    /// leader still holds office.
    fn government_of_leader(
        &self,
        phrase: &mut ActorPhrase,
        code: Option<&str>,
        leader: &dragoman_kb::Entity,
        start: usize,
        end: usize,
    ) {
        let kb = self.kb;
        let country = code
            .and_then(|c| c.get(..3))
            .filter(|c| kb.country(c).is_some())
            .or(leader.country.as_deref());
        let Some((base, entity)) = country.and_then(|c| Some((c, kb.country(c)?))) else {
            return;
        };
        phrase.units.push(unit(
            format!("{base}GOV"),
            Some(base.to_string()),
            Some(entity),
            Some(kb.entity(entity).name.to_string()),
            start,
            end,
            format!("the government of {}", leader.name),
            Some(EntityKind::Country),
            false,
        ));
    }

    /// The office-holder a description names: "the Turkish president" on the date.
    fn office_name(&self, country: EntityId, d: &Draft) -> Option<(EntityId, String)> {
        let title: Vec<&str> = d
            .role_modifier
            .into_iter()
            .map(|t| self.a.word(t))
            .chain(d.agents.iter().flat_map(|(_, s, e)| (*s..*e).map(|t| self.a.word(t))))
            .collect();
        let role = self.kb.title_role(&title.join(" "))?;
        let code = self.kb.entity(country).code.as_deref()?;
        let holder = self.kb.office_holder(code, role, self.date)?;
        Some((holder, self.kb.entity(holder).name.to_string()))
    }
}

fn is_singular_title(c: &Chunker, r: &AliasRef) -> bool {
    let e = c.kb.entity(r.entity);
    e.code
        .as_deref()
        .is_some_and(|code| code.starts_with("GOV") || code.starts_with("MIL") || code.starts_with("JUD"))
}

/// Does the role noun ending before token `end` name a body or several people, not a
/// person ("the ministry", "the army", "the Marines", "the embassy in")?
pub(super) fn not_a_person(c: &Chunker, end: usize) -> bool {
    // A role noun written with its preposition ("embassy in", "ambassador to") ends in it.
    let end = if end > 1 && c.a.has_class(end - 1, dragoman_text::WordClass::PREP) {
        end - 1
    } else {
        end
    };
    if end == 0 {
        return false;
    }
    let (lex, w) = (Lexicon::english(), c.a.word(end - 1));
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !lex.is(w, Class::NotPlural);
    plural || lex.is(w, Class::Institution)
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
        inferred: false,
    }
}
