//! Actor phrases: mentions, role nouns and names chunked into the actors of a sentence.
//!
//! "the Russian Foreign Minister, SERGUÉI LAVROV" is one actor (RUSGOV); "Diplomats of USA
//! and Russia" and "the US and Russian administrations" are compound actors (USAGOV,
//! RUSGOV); "Moscow" can stand for Russia's government; "the Turkish president" for the
//! office-holder of that date. Pronouns and "the two countries" become phrases too and
//! are resolved by the discourse model ([`crate::coref`]).

//!
//! The stage is split along its data: [`elems`] reads a sentence as mentions and tokens
//! and chooses each mention's reading; [`draft`] reads the longest phrase at a position;
//! [`units`] codes a finished draft; this module chunks a sentence, joining conjuncts and
//! appositions, and finds pronouns and groups.

mod draft;
pub(crate) mod elems;
mod units;

use chrono::NaiveDate;
use smallvec::SmallVec;

use dragoman_kb::{AliasKind, EntityKind, KnowledgeBase};
use dragoman_text::WordClass;

use crate::doc::{ActorPhrase, Analysis, Mention, PhraseKind, Pronoun};
use crate::lexicon::{Class, Lexicon};
use draft::Draft;
use elems::{classify, Chunker, Elem, Role};

/// Chunks the actor phrases of sentence `s` (its mentions are `mentions`).
pub fn chunk(a: &Analysis, kb: &KnowledgeBase, s: usize, mentions: &[Mention], date: NaiveDate) -> Vec<ActorPhrase> {
    let sent = a.sentences()[s];
    let mut elems = Vec::new();
    let mut mi = 0;
    let mut i = sent.first as usize;
    while i < sent.last as usize {
        if mi < mentions.len() && mentions[mi].start as usize == i {
            let m = &mentions[mi];
            // "anti-VHP saints", "anti-Isis forces": the people of the role noun, who are
            // not the VHP; the name is left out of the phrase.
            let opposed_by_next = elems::after_opposing_prefix(a, i)
                && mentions.get(mi + 1).is_some_and(|n| {
                    n.start == m.end && n.readings.iter().any(|r| kb.entity(r.entity).kind == EntityKind::Agent)
                });
            if let Some(role) = classify(a, kb, m, date).filter(|_| !opposed_by_next) {
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

impl Chunker<'_, '_> {
    pub(super) fn run(&self, mentions: &[Mention]) -> Vec<ActorPhrase> {
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
            if let Some(end) = self.portfolio_list_end(next, mentions) {
                phrase.end = self.span(end - 1, mentions).1 as u32;
                next = end;
            }
            // Conjoined actors: "USA and Russia", "Rubio and Lavrov", "the US and Russian
            // administrations" (the role noun of the last conjunct applies to all).
            let mut last_member = (draft.start, draft.end);
            loop {
                let sep = self.word(next);
                if !Lexicon::english().is(sep, Class::ListSeparator) {
                    break;
                }
                let Some((d2, n2)) = self.draft_at(next + 1, mentions) else {
                    break;
                };
                // No list names one member twice: in "they rang Turkey and Turkey did not
                // answer" the "and" joins two clauses.
                if self.same_words(last_member, (d2.start, d2.end)) {
                    break;
                }
                last_member = (d2.start, d2.end);
                let mut p2 = self.finish(&d2, mentions);
                if let Some(shared) = self.shared_with_first(sep, &draft, &d2) {
                    p2 = self.finish(&shared, mentions);
                    // Its words are its own: the country is named before the list.
                    p2.start = d2.start as u32;
                    for u in p2.units.iter_mut() {
                        u.start = u.start.max(d2.start as u32);
                    }
                }
                let adjectives = only_countries(&draft)
                    && only_countries(&d2)
                    && (adjectival(&draft) || adjectival(&d2))
                    && !d2.determiner;
                if (p2.kind == PhraseKind::Modifier && !adjectives) || p2.media || phrase.media {
                    break;
                }
                if sep != "," && self.two_titles_of_one(&draft, &d2, n2) {
                    // "the lawyer and activist Ahmed Saleh", "BJP MP and Bajrang Dal
                    // leader Vinay Katiyar": one person, by the title nearest the name.
                    phrase = p2;
                    phrase.start = draft.start as u32;
                    draft = d2;
                    next = n2;
                    continue;
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
                    if !Lexicon::english().is(self.word(n2), Class::ListSeparator) || p2.units.is_empty() {
                        break;
                    }
                }
                if adjectives {
                    // "Peruvian, Bolivian and Chilean forces", "Peruvian and Chilean
                    // bombs", "joint US, Chilean and Peruvian strikes": a list that goes on
                    // with country adjectives modifies one noun together. In "the US and
                    // Turkish press" the place is the US: an adjective names none.
                    let named = (phrase.place.is_some() && !adjectival(&draft) && adjectival(&d2))
                        .then(|| phrase.place_words.unwrap_or((phrase.start, phrase.end)));
                    let mut countries = draft.countries.clone();
                    countries.extend(d2.countries.iter().cloned());
                    draft = Draft {
                        start: draft.start,
                        end: d2.end,
                        countries,
                        ..Draft::default()
                    };
                    phrase = self.finish(&draft, mentions);
                    phrase.place_words = named.or(phrase.place_words);
                    next = n2;
                    continue;
                }
                let bare_countries = !draft.countries.is_empty()
                    && draft.agents.is_empty()
                    && draft.person.is_none()
                    && draft.org.is_none()
                    && draft.of_countries.is_empty();
                // Not a member with its own determiner ("Peru and the Bolivian army" are two
                // actors), unless parallel to the first and plural ("the UK and the US
                // governments").
                let det = |t: usize| self.a.has_class(t, dragoman_text::WordClass::DET);
                let plural = crate::grammar::Grammar::get()
                    .plural_noun
                    .has(self.a.dep(d2.end - 1).tag);
                let own_determiner = det(d2.start) && !(plural && det(draft.start));
                if bare_countries
                    && !own_determiner
                    && !d2.agents.is_empty()
                    && d2.person.is_none()
                    && !d2.countries.is_empty()
                {
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
                // A list of places names them all ("in Iraq and Syria"); one that goes on
                // to a member naming no place names it in the words before that member
                // ("in Cusco and the state police": Cusco).
                if phrase.place.is_some() && phrase.place_words.is_none() && p2.place.is_none() {
                    phrase.place_words = Some((phrase.start, phrase.end));
                }
                phrase.end = p2.end;
                if phrase.place.is_none() {
                    phrase.place = p2.place;
                    phrase.demonym = p2.demonym;
                    phrase.place_words = p2.place_words;
                }
                next = n2;
            }
            if phrase.units.is_empty() && phrase.kind != PhraseKind::Modifier && !phrase.media {
                e = next.max(e + 1);
                continue;
            }
            next = self.led_group(&mut phrase, next);
            if self.bare_role_modifying_a_thing(&phrase, next) || self.dateline(&phrase, e, next) {
                phrase.kind = PhraseKind::Modifier;
            }
            phrase.possessive = Lexicon::english().is(self.word(next), Class::Possessive);
            out.push(phrase);
            e = next.max(e + 1);
        }
        out
    }

    /// Do token ranges `x` and `y` spell the same words? (Folded words: case and accents
    /// aside.)
    fn same_words(&self, x: (usize, usize), y: (usize, usize)) -> bool {
        let words = |(first, last): (usize, usize)| (first..last).map(|t| self.a.word(t));
        words(x).eq(words(y))
    }

    /// "the Ministry of Trade, Industry and Energy": a capitalized body named "of" its
    /// portfolios lists them in its name, so capitalized words joined by commas and a
    /// final "and" after the draft ending at element `next` are the name's, not actors of
    /// their own ("Industry" is no business). The element after the name, if so.
    fn portfolio_list_end(&self, next: usize, mentions: &[Mention]) -> Option<usize> {
        let a = self.a;
        let end = self.span(next.checked_sub(1)?, mentions).1;
        let of = end.checked_sub(2)?;
        let body = of.checked_sub(1)?;
        let named = a.word(of) == "of"
            && a.is_capitalized(end - 1)
            && a.is_capitalized(body)
            && Lexicon::english().is(a.word(body), Class::Institution);
        if !named {
            return None;
        }
        // A portfolio is a capitalized common word or role noun, never a country or name.
        let portfolio = |e: usize| {
            let common = matches!(self.elems.get(e), Some(Elem::Token(_))) || self.is_agent(e);
            common && a.is_capitalized(self.span(e, mentions).0)
        };
        let mut k = next;
        while self.word(k) == "," && portfolio(k + 1) {
            k += 2;
        }
        (self.word(k) == "and" && portfolio(k + 1)).then_some(k + 2)
    }

    /// "the Saudi-led coalition", "a US-led alliance": the group its leader leads is that
    /// leader as an actor (no place: it names who, not where). The element after the
    /// phrase, past the group noun when there is one.
    fn led_group(&self, phrase: &mut ActorPhrase, next: usize) -> usize {
        let lex = Lexicon::english();
        let led = self.word(next) == "-"
            && lex.is(self.word(next + 1), Class::LeadingParticiple)
            && lex.is(self.word(next + 2), Class::LedGroup);
        let Some(noun) = self.token(next + 2).filter(|_| led && !phrase.units.is_empty()) else {
            return next;
        };
        phrase.end = noun as u32 + 1;
        if phrase.kind == PhraseKind::Modifier {
            phrase.kind = PhraseKind::Named;
        }
        phrase.place = None;
        next + 3
    }

    /// Is the phrase a bare role noun ("military", "police": no country, no name) that
    /// modifies the plain word after it, no actor itself ("a military offensive", "the
    /// police station")? It says what kind of thing that is, and names no actor; before
    /// an event noun it still tells who did it ("police firing"), as a nationality does.
    fn bare_role_modifying_a_thing(&self, phrase: &ActorPhrase, next: usize) -> bool {
        let g = crate::grammar::Grammar::get();
        let bare = !phrase.units.is_empty() && phrase.units.iter().all(|u| u.country.is_none() && u.entity.is_none());
        let last = phrase.end as usize - 1;
        // A plain word: a token, not a mention of a role or a name ("police officers").
        let Some(word) = self.token(next) else {
            return false;
        };
        bare && phrase.kind == PhraseKind::Named
            && g.modifier.has(self.a.dep(last).label)
            && self.a.head(last) == Some(word)
    }

    /// Are two descriptions joined by "and" the titles of one person named after them:
    /// each a singular role noun (of an organisation or not), no name before the "and",
    /// no article of its own on the second, and a name after it ("youth leader and MP
    /// Shamik Lahiri"; without the name, "the president and foreign minister" are
    /// mostly two).
    fn two_titles_of_one(&self, first: &Draft, second: &Draft, after: usize) -> bool {
        let g = crate::grammar::Grammar::get();
        let singular_title = |d: &Draft| {
            d.agents.last().is_some_and(|&(_, _, e)| {
                let tagged_plural = self.a.has_syntax() && g.plural_noun.has(self.a.dep(e - 1).tag);
                !tagged_plural && !units::not_a_person(self, e)
            })
        };
        let named = second.person.is_some()
            || second.unknown_name.is_some()
            || matches!(self.role(after), Some(Role::Person(_)))
            || self.unknown_name(after).is_some()
            || self.unknown_words(after) >= 2;
        first.person.is_none()
            && first.unknown_name.is_none()
            && second.countries.is_empty()
            && !second.determiner
            && named
            && singular_title(first)
            && singular_title(second)
    }

    /// How many words from element `e` on no dictionary knows (a name in lower-case
    /// text: "vinay katiyar"), up to three.
    fn unknown_words(&self, e: usize) -> usize {
        (e..e + 3)
            .take_while(|&p| {
                self.token(p)
                    .is_some_and(|t| !self.a.tags()[t].english && self.a.word(t).chars().all(char::is_alphabetic))
            })
            .count()
    }

    /// Is the phrase a dateline, a place that opens the sentence before a colon or a dash
    /// ("new delhi: the minister said …", "DUBAI, United Arab Emirates — the airline …"),
    /// with its country or state after a comma? It says where the report was filed, and
    /// is no actor of what follows.
    fn dateline(&self, phrase: &ActorPhrase, start: usize, next: usize) -> bool {
        if phrase.units.is_empty() || phrase.units.iter().any(|u| u.kind != Some(EntityKind::Country)) {
            return false;
        }
        // A headline glued to its story puts the dateline mid-sentence ("… lander program
        // WASHINGTON — NASA announced …"): in mixed-case text, a place in capitals.
        let glued = self.a.casing() == dragoman_text::Casing::Mixed
            && (phrase.start..phrase.end).all(|t| self.a.is_all_caps(t as usize) || self.a.is_punct(t as usize));
        if start != 0 && !glued {
            return false;
        }
        let mut e = next;
        while self.word(e) == ","
            && matches!(
                self.elems.get(e + 1),
                Some(Elem::Mention(_, Role::Country(..) | Role::Place(_)))
            )
        {
            e += 2;
        }
        Lexicon::english().is(self.word(e), Class::DatelineMark)
    }

    /// "the two countries", "both leaders", "both sides".
    pub(super) fn group_at(&self, e: usize, mentions: &[Mention]) -> Option<(ActorPhrase, usize)> {
        let lex = Lexicon::english();
        let noun_at = if lex.is(self.word(e), Class::GroupBoth) {
            e + 1
        } else if lex.is(self.word(e), Class::Definite) && lex.is(self.word(e + 1), Class::GroupNumberTwo) {
            e + 2
        } else {
            return None;
        };
        let noun = match self.elems.get(noun_at)? {
            Elem::Token(i) => self.a.word(*i).to_string(),
            Elem::Mention(m, Role::Agent(_)) => {
                let (s, en) = (mentions[*m].start as usize, mentions[*m].end as usize);
                (s..en).map(|t| self.a.word(t)).collect::<Vec<_>>().join(" ")
            }
            _ => return None,
        };
        let (people, countries) = if lex.is(&noun, Class::GroupCountries) {
            (false, true)
        } else if lex.is(&noun, Class::GroupPeople) {
            (true, false)
        } else if lex.is(&noun, Class::GroupSides) {
            (false, false)
        } else {
            return None;
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
                demonym: false,
                place_words: None,
                antecedent: None,
                possessive: false,
                speakers_own: false,
                possessors_own: None,
            },
            noun_at + 1,
        ))
    }

    pub(super) fn pronoun_at(&self, e: usize) -> Option<(ActorPhrase, usize)> {
        let i = self.token(e)?;
        if !self.a.has_class(i, WordClass::PRON) {
            return None;
        }
        let (lex, w) = (Lexicon::english(), self.a.word(i));
        let kind = if lex.is(w, Class::PronounPerson) {
            Pronoun::Person
        } else if lex.is(w, Class::PronounPlural) {
            Pronoun::Plural
        } else if lex.is(w, Class::PronounThing) {
            Pronoun::Thing
        } else if lex.is(w, Class::PronounFirst) && !self.a.is_all_caps(i) {
            // "US" in capitals is the country, matched as a name before we get here.
            Pronoun::First
        } else {
            return None;
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
                demonym: false,
                place_words: None,
                antecedent: None,
                possessive: false,
                speakers_own: false,
                possessors_own: None,
            },
            e + 1,
        ))
    }
}

impl Chunker<'_, '_> {
    /// The second of two drafts joined by "and", read with what it shares with the first:
    /// "Peru's president and foreign minister", "Israeli soldiers and police" (a bare role
    /// noun joined to one a country names is that country's too); "rebel commanders and
    /// officials" (a bare member joined to a body's members belongs to that body too).
    fn shared_with_first(&self, sep: &str, first: &Draft, second: &Draft) -> Option<Draft> {
        if sep == "," || !is_bare_role(second) || first.agents.is_empty() || !first.of_countries.is_empty() {
            return None;
        }
        let lex = Lexicon::english();
        let member = |t: usize| lex.is(self.a.word(t), Class::MemberOf);
        // The first's body: a role noun before its member ("rebel" of "rebel officials"),
        // or one written with its member ("rebel commanders").
        let body = self
            .deciding_agent(first)
            .filter(|&&(_, s, e)| {
                first.agents.last().is_some_and(|l| l.1 > s) || (e > s + 1 && member(e - 1) && !member(s))
            })
            .filter(|_| second.agents.len() == 1 && member(second.agents[0].2 - 1));
        if first.countries.is_empty() && body.is_none() {
            return None;
        }
        let agents = body.into_iter().chain(&second.agents).copied().collect();
        Some(Draft {
            countries: first.countries.clone(),
            agents,
            ..second.clone()
        })
    }
}

/// Are all of the draft's countries named by adjectives ("Peruvian")?
fn adjectival(d: &Draft) -> bool {
    d.countries.iter().all(|c| c.1 == AliasKind::Adjective)
}

/// Is the draft one or more countries after at most a determiner ("the Peruvian",
/// "Peru"), with no role noun, name or possessor?
fn only_countries(d: &Draft) -> bool {
    !d.countries.is_empty() && d.agents.is_empty() && no_name_place_or_possessor(d)
}

/// Is the draft a role noun and nothing else ("foreign minister", "officials"): no
/// determiner, country, name or possessor of its own? "the Turkish army and a mercenary
/// force": a determiner of its own makes it a phrase apart.
fn is_bare_role(second: &Draft) -> bool {
    !second.agents.is_empty()
        && !second.determiner
        && second.countries.is_empty()
        && no_name_place_or_possessor(second)
        && !second.first_person
}

/// Does the draft name no person, organisation, place, country "of" it, unknown name or
/// possessor?
fn no_name_place_or_possessor(d: &Draft) -> bool {
    d.of_countries.is_empty()
        && d.person.is_none()
        && d.unknown_name.is_none()
        && d.org.is_none()
        && d.place.is_none()
        && d.possessor.is_none()
}
