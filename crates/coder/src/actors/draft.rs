//! Reading the longest actor phrase at a position: determiners, country conjuncts, role
//! nouns, "of" countries, and a name.

use dragoman_kb::{AliasKind, AliasRef, EntityId};

use dragoman_text::WordClass;

use crate::doc::Mention;
use crate::lexicon::{Class, Lexicon};

use super::elems::{Chunker, Elem, Role};

/// A phrase being built.
#[derive(Clone, Default)]
pub(super) struct Draft {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Country conjuncts before a role noun: (country entity, how named, tokens).
    pub(super) countries: Vec<(EntityId, AliasKind, usize, usize, Option<EntityId>)>,
    pub(super) agents: Vec<(AliasRef, usize, usize)>,
    pub(super) person: Option<(AliasRef, usize, usize)>,
    pub(super) unknown_name: Option<(usize, usize)>,
    pub(super) org: Option<(AliasRef, usize, usize)>,
    pub(super) of_countries: Vec<(EntityId, AliasKind, usize, usize, Option<EntityId>)>,
    pub(super) place: Option<(AliasRef, usize, usize)>,
    pub(super) determiner: bool,
    pub(super) first_person: bool,
    /// "its" or "their" among the determiners.
    pub(super) possessor: Option<crate::doc::Pronoun>,
    /// A common noun before the role noun that says which one ("defence" of "the Russian
    /// defence minister"): part of the title.
    pub(super) role_modifier: Option<usize>,
    /// A body after the person's name makes the phrase that person's government ("the
    /// Trump administration", "the Maduro regime").
    pub(super) government_of_person: bool,
}

impl Chunker<'_, '_> {
    /// "Russian Foreign Minister Sergei Lavrov", "the US Secretary of State, Marco Rubio":
    /// a description then a name, or a name then a description.
    pub(super) fn apposition(&self, first: &Draft, second: &Draft, _mentions: &[Mention]) -> Option<Draft> {
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

    /// Reads the longest phrase starting at element `e`.
    pub(super) fn draft_at(&self, e: usize, mentions: &[Mention]) -> Option<(Draft, usize)> {
        let mut d = Draft::default();
        let mut p = e;
        // Determiners, possessives and numbers: "the", "his", "two".
        loop {
            // "the Kurdish-dominated SDF": a compound modifier whose first word names no
            // actor qualifies the name after it ("US-backed rebels" names a backer).
            if self.hyphened_participle(p, mentions) {
                p += 3;
                continue;
            }
            let Some(i) = self.token(p) else { break };
            let w = self.a.word(i);
            // "said that the president …": a subordinator, not a determiner.
            let subordinator = self.a.has_syntax() && crate::grammar::Grammar::get().mark.has(self.a.dep(i).label);
            if subordinator {
                break;
            }
            // "its democratically elected prime minister": only after a determiner, where
            // the participle cannot be the clause's verb ("voters elected prime minister X"),
            // and not a tensed verb after a relative ("the offensive that ousted forces").
            let office_participle =
                d.determiner && Lexicon::english().is(w, Class::OfficeParticiple) && !self.clause_verb(i);
            if self.a.has_class(i, WordClass::DET)
                || self.a.has_class(i, WordClass::POSS)
                || is_title_modifier(w)
                || office_participle
            {
                d.determiner = true;
                let lex = Lexicon::english();
                d.first_person |= lex.is(w, Class::FirstPossessive);
                if lex.is(w, Class::ThingPossessive) {
                    d.possessor = Some(crate::doc::Pronoun::Thing);
                } else if lex.is(w, Class::PluralPossessive) {
                    d.possessor = Some(crate::doc::Pronoun::Plural);
                }
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
        if !d.countries.is_empty() && Lexicon::english().is(self.word(p), Class::Possessive) {
            // "Dagolath's first Deputy Prime Minister", "Iran's new foreign minister".
            let mut q = p + 1;
            while q < p + 3
                && (is_title_modifier(self.word(q)) || Lexicon::english().is(self.word(q), Class::OfficeParticiple))
            {
                q += 1;
            }
            if self.role_modifier(q, mentions) {
                d.role_modifier = self.token(q);
                q += 1;
            }
            // "Peru's UN ambassador": the organisation is where the envoy serves.
            let envoy_at_org = matches!(self.role(q), Some(Role::Org(_))) && self.is_envoy(q + 1, mentions);
            if matches!(self.role(q), Some(Role::Agent(_) | Role::Person(_))) || envoy_at_org {
                p = q;
            }
        }
        // "the US Syria envoy", "Turkey's Syria envoy": the second country is the brief.
        if d.countries.len() == 1 {
            p = self.brief_of_envoy(p, mentions);
        }
        if !d.countries.is_empty() && self.role_modifier(p, mentions) {
            d.role_modifier = self.token(p);
            p += 1;
        }
        while let Some(Role::Agent(r)) = self.role(p) {
            let (s, en) = self.span(p, mentions);
            d.agents.push((r, s, en));
            p += 1;
            // "Kurdish-led forces": a people glued to a participle leads the role noun;
            // before anything else its adjective says who holds or fills it ("Syria's
            // Kurdish-held north-east"), and is no actor.
            if self.kb.is_ethnic_group(r.entity) && self.glued_participle(p, en) {
                if matches!(self.role(p + 2), Some(Role::Agent(_))) {
                    p += 2;
                } else if r.kind == AliasKind::Adjective {
                    d.agents.pop();
                    p -= 1;
                    break;
                }
            }
        }
        // "secular and democratic forces", "communal forces": a political camp, no army.
        if d.countries.is_empty() && self.camp_forces(&d) {
            return None;
        }
        // "military analysts", "security experts": the sector word names their field;
        // they are no part of the military.
        if !d.agents.is_empty() && Lexicon::english().is(self.word(p), Class::FieldExpert) {
            return None;
        }
        if let Some(body) = self.body_of_member(&d, p, mentions) {
            return Some(self.member_of_body(d, body, e, mentions));
        }
        // "Diplomats of USA and Russia", "the President of Ukraine".
        if !d.agents.is_empty() && Lexicon::english().is(self.word(p), Class::Genitive) {
            let mut q = p + 1;
            if Lexicon::english().is(self.word(q), Class::Definite) {
                q += 1;
            }
            let mut found = Vec::new();
            while let Some(Role::Country(r, place)) = self.role(q) {
                let (s, en) = self.span(q, mentions);
                found.push((r.entity, r.kind, s, en, place));
                q += 1;
                if Lexicon::english().is(self.word(q), Class::ListSeparator) && self.is_country(q + 1) {
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
                let (s, mut en) = self.span(p, mentions);
                p += 1;
                // "the Erdogan government", "Erdogan's government".
                let possessive = Lexicon::english().is(self.word(p), Class::Possessive);
                if possessive && self.leaders_government(p + 1, mentions) {
                    p += 1;
                }
                if self.leaders_government(p, mentions) {
                    d.government_of_person = true;
                    en = self.span(p, mentions).1;
                    p += 1;
                }
                d.person = Some((r, s, en));
            }
            // "the Peruvian ambassador to the UN": a country's envoy, where it serves.
            Some(Role::Org(_)) if self.countrys_envoy(&d) => {
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
        // A person's title after the name: "Olaf Scholz, the German chancellor" is
        // handled as an apposition by the caller; here only an organisation's role noun
        // ("NATO officials") is absorbed.
        if let Some((org, _, _)) = d.org {
            // "vishwa hindu parishad (vhp) leaders": the acronym in brackets is the same
            // body, and the role noun after it still its own.
            let same_org = matches!(self.role(p + 1), Some(Role::Org(r)) if r.entity == org.entity);
            if self.word(p) == "(" && same_org && self.word(p + 2) == ")" && self.is_agent(p + 3) {
                p += 3;
            }
            p = self.brief_of_envoy(p, mentions);
            while self.is_agent(p) {
                let Some(Role::Agent(r)) = self.role(p) else { break };
                // "the Elysee Kurdish leaders": a people is no organisation's staff.
                if self.kb.is_ethnic_group(r.entity) {
                    break;
                }
                let (s, en) = self.span(p, mentions);
                d.agents.push((r, s, en));
                p += 1;
            }
            // "the Peruvian UN ambassador" is Peru's envoy, not the UN's.
            if self.countrys_envoy(&d) {
                d.org = None;
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

    /// "a spokesman for Hamas", "leaders of the Chilean opposition": the body a member or
    /// spokesman with no country of its own belongs to, named right after it by "of" or
    /// "for" (word classes `member_of`, `body_prep`), as a draft of its own.
    fn body_of_member(&self, d: &Draft, p: usize, mentions: &[Mention]) -> Option<(Draft, usize)> {
        let lex = Lexicon::english();
        let (_, last, _) = d.agents.last()?;
        let own = !d.countries.is_empty() || d.role_modifier.is_some();
        if own || !lex.is(self.a.word(*last), Class::MemberOf) || !lex.is(self.word(p), Class::BodyPrep) {
            return None;
        }
        // "companies of para-military forces", "a platoon of anti-riot police": a prefix
        // glued by a hyphen to the role noun is part of the body's description.
        let first = if self.hyphened_prefix(p + 1, mentions) {
            p + 3
        } else {
            p + 1
        };
        let (body, end) = self.draft_at(first, mentions)?;
        // A force named by its role noun is a body too ("companies of the reserve police").
        let force = body.agents.last().is_some_and(|(r, _, _)| {
            self.kb
                .entity(r.entity)
                .code
                .as_deref()
                .is_some_and(|c| matches!(c, "MIL" | "COP"))
        });
        let named = body.org.is_some() || body.person.is_some() || !body.countries.is_empty() || force;
        // "a delegation of All Peru Farmers League": a body whose name goes on past what
        // the knowledge base knows is not the one it knows.
        let name_goes_on = self.token(end).is_some_and(|t| self.a.is_capitalized(t));
        (named && !name_goes_on).then_some((body, end))
    }

    /// The member's phrase coded as the body's: a country alone keeps the member's role
    /// ("a spokesman for Peru" is Peru's government), anything more is the body's own
    /// code ("an official of the World Bank", "a spokesman for the Peruvian army").
    fn member_of_body(&self, d: Draft, (body, end): (Draft, usize), e: usize, mentions: &[Mention]) -> (Draft, usize) {
        let country_alone = body.agents.is_empty() && body.org.is_none() && body.person.is_none();
        let merged = if country_alone {
            Draft {
                of_countries: body.countries,
                ..d
            }
        } else {
            Draft {
                determiner: d.determiner || body.determiner,
                ..body
            }
        };
        let span = (self.span(e, mentions).0, self.span(end - 1, mentions).1);
        (
            Draft {
                start: span.0,
                end: span.1,
                ..merged
            },
            end,
        )
    }

    /// Is the draft a lone military role noun ("forces") after an
    /// adjective of a political camp (word class `camp_adjective`), so the words name that
    /// camp? A name that has such words ("Syrian Democratic Forces") is matched before.
    fn camp_forces(&self, d: &Draft) -> bool {
        let [(r, s, _)] = d.agents.as_slice() else { return false };
        *s > 0
            && self.kb.entity(r.entity).code.as_deref() == Some("MIL")
            && Lexicon::english().is(self.a.word(s - 1), Class::CampAdjective)
    }

    /// Are elements `p..p + 3` a word that names no actor but at most a people, a hyphen
    /// and a past participle ("Kurdish-dominated", "Sunni-held"), before a name ("the
    /// Kurdish-dominated SDF", "Kurdish-held Syria")? A people so named says who fills
    /// the body, not who acts. Before a bare role noun the compound says whose it is ("a
    /// western-backed state"), which is left unread.
    fn hyphened_participle(&self, p: usize, mentions: &[Mention]) -> bool {
        let people = matches!(self.role(p), Some(Role::Agent(r)) if self.kb.is_ethnic_group(r.entity));
        let w = match self.elems.get(p) {
            Some(Elem::Token(i)) => Some(*i),
            Some(Elem::Mention(m, _)) if people => Some(mentions[*m].end as usize - 1),
            _ => None,
        };
        w.is_some_and(|w| self.glued_participle(p + 1, w + 1))
            && matches!(
                self.role(p + 3),
                Some(Role::Person(_) | Role::Org(_) | Role::Country(..) | Role::Place(_))
            )
    }

    /// Are elements `p` and `p + 1` a hyphen at token `at` and a past participle glued to
    /// it ("-led", "-held")?
    fn glued_participle(&self, p: usize, at: usize) -> bool {
        let (Some(h), Some(v)) = (self.token(p), self.token(p + 1)) else {
            return false;
        };
        h == at
            && v == h + 1
            && self.a.text(h) == "-"
            && crate::grammar::Grammar::get().participle.has(self.a.dep(v).tag)
    }

    /// Are elements `p..p + 2` a word that names no actor and a hyphen glued to a role
    /// noun after them ("para-military forces", "anti-riot police")?
    fn hyphened_prefix(&self, p: usize, mentions: &[Mention]) -> bool {
        let (Some(w), Some(h)) = (self.token(p), self.token(p + 1)) else {
            return false;
        };
        h == w + 1
            && self.a.text(h) == "-"
            && matches!(self.role(p + 2), Some(Role::Agent(_)))
            && self.span(p + 2, mentions).0 == h + 1
    }

    /// Is element `p` a role noun of one a country sends to serve abroad (word class
    /// `envoy`: "ambassador", "envoy")?
    fn is_envoy(&self, p: usize, mentions: &[Mention]) -> bool {
        // The head word of a role noun of several ("special envoy").
        matches!(self.role(p), Some(Role::Agent(_))) && self.envoy_word(self.span(p, mentions).1 - 1)
    }

    /// After an organisation or a country at `p`, "the UN's special Syria envoy", "the US
    /// Syria envoy": the country is the envoy's brief and the first the envoy's own. The
    /// token of the envoy's role noun when so, else `p`.
    fn brief_of_envoy(&self, p: usize, mentions: &[Mention]) -> usize {
        // "special", "personal", "former": a lower-case word of content.
        let qualifier = |t: usize| {
            self.token(t).is_some_and(|i| {
                let tags = &self.a.tags()[i];
                !tags.verb && tags.class.is_empty() && !self.a.is_capitalized(i) && self.role(t).is_none()
            })
        };
        // The first element from `from` that is no qualifier, looking no further than `limit`.
        let past_qualifiers = |from: usize, limit: usize| {
            (from..limit)
                .find(|&t| !(is_title_modifier(self.word(t)) || qualifier(t)))
                .unwrap_or(limit)
        };
        let q = past_qualifiers(
            p + usize::from(Lexicon::english().is(self.word(p), Class::Possessive)),
            p + 3,
        );
        if !matches!(self.role(q), Some(Role::Country(..))) {
            return p;
        }
        // "the UN Syria special envoy": qualifiers after the brief too.
        let r = past_qualifiers(q + 1, q + 3);
        if self.is_envoy(r, mentions) {
            r
        } else {
            p
        }
    }

    /// Is the word at token `t` an envoy's role noun?
    fn envoy_word(&self, t: usize) -> bool {
        Lexicon::english().is(self.a.word(t), Class::Envoy)
    }

    /// Does the draft name a country's envoy ("the Peruvian ambassador")? An organisation
    /// beside it is then where the envoy serves.
    fn countrys_envoy(&self, d: &Draft) -> bool {
        !d.countries.is_empty() && d.agents.last().is_some_and(|a| self.envoy_word(a.1))
    }

    /// Is `r` another name coded as the (single) country of these conjuncts, and not that
    /// country's own name ("Bree Prime Minister Bree" would be odd, but harmless)?
    pub(super) fn same_country(
        &self,
        r: AliasRef,
        countries: &[(EntityId, AliasKind, usize, usize, Option<EntityId>)],
    ) -> bool {
        let [(c, ..)] = countries else { return false };
        let (e, country) = (self.kb.entity(r.entity), self.kb.entity(*c));
        r.entity != *c && r.kind == AliasKind::Name && e.code.is_some() && e.code == country.code
    }

    /// A common noun that says which of a country's role nouns follows ("the Russian
    /// defence minister", "Syria's health ministry"): a word of no closed class and no
    /// verb, that the knowledge base does not know, right before a role noun and written
    /// in its case. A capitalized word before a lower-case role noun names a group
    /// ("Syrian Kurdish leader"), which changes whose role it is.
    fn role_modifier(&self, p: usize, mentions: &[Mention]) -> bool {
        let (Some(i), Some(Role::Agent(_))) = (self.token(p), self.role(p + 1)) else {
            return false;
        };
        let tags = &self.a.tags()[i];
        let next = self.span(p + 1, mentions).0;
        !tags.verb
            && tags.class.is_empty()
            && self.a.word(i).chars().all(|c| c.is_alphabetic())
            && self.a.is_capitalized(i) == self.a.is_capitalized(next)
    }

    /// Is element `p` a body that a leader's name before it makes that leader's government
    /// ("administration" of "the Trump administration"), as one word or role noun?
    fn leaders_government(&self, p: usize, mentions: &[Mention]) -> bool {
        if self.elems.get(p).is_none() || !matches!(self.role(p), None | Some(Role::Agent(_))) {
            return false;
        }
        let (s, e) = self.span(p, mentions);
        e == s + 1 && Lexicon::english().is(self.a.word(s), Class::LeadersGovernment)
    }

    /// An unknown name: two or three capitalized words the lexicon does not know.
    pub(super) fn unknown_name(&self, e: usize) -> Option<(usize, usize, usize)> {
        let mut p = e;
        let start = self.token(p)?;
        while let Some(i) = self.token(p) {
            if !self.a.is_name_word(i) || p - e >= 3 {
                break;
            }
            p += 1;
        }
        let n = p - e;
        let end = start + n;
        let unknown = (start..end).any(|t| !self.a.tags()[t].english);
        (n >= 2 && unknown).then_some((start, end, p))
    }
}

impl Chunker<'_, '_> {
    /// Is token `i` a tensed verb, or does a relative pronoun stand before it?
    fn clause_verb(&self, i: usize) -> bool {
        let g = crate::grammar::Grammar::get();
        self.a.has_syntax()
            && (g.finite.has(self.a.dep(i).tag) || (i > 0 && g.relative_tags.has(self.a.dep(i - 1).tag)))
    }
}

/// Words that qualify a title without changing who holds it: "former", "new", "first".
fn is_title_modifier(w: &str) -> bool {
    Lexicon::english().is(w, Class::TitleModifier)
}
