//! A sentence as chunking sees it: mentions (with the reading chunking uses) and tokens.

use chrono::NaiveDate;

use dragoman_kb::{AliasKind, AliasRef, EntityId, EntityKind, KnowledgeBase, OrgKind};

use crate::doc::{Analysis, Mention};
use crate::lexicon::{Class, Lexicon};

/// The role a mention plays in chunking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Role {
    Person(AliasRef),
    Org(AliasRef),
    /// A country's name, adjective, plural, capital or city.
    Country(AliasRef, Option<EntityId>),
    Place(AliasRef),
    Agent(AliasRef),
}

/// Pieces of a sentence as chunking sees them.
#[derive(Clone, Copy, Debug)]
pub(super) enum Elem {
    Mention(usize, Role),
    Token(usize),
}

pub(super) struct Chunker<'x, 'a> {
    pub(super) a: &'x Analysis<'a>,
    pub(super) kb: &'x KnowledgeBase,
    pub(super) date: NaiveDate,
    pub(super) elems: Vec<Elem>,
    pub(super) sentence: u32,
}

/// Does a prefix before the name at `first` make it what the phrase opposes or excludes
/// (word class `opposing_prefix`: "anti-VHP saints", "anti Pakistan propaganda", "non-BJP
/// parties")? Such a name is never who acts: at most what an act is aimed at.
pub(crate) fn after_opposing_prefix(a: &Analysis, first: usize) -> bool {
    let lex = Lexicon::english();
    let prefix = if first >= 2 && a.word(first - 1) == "-" {
        first - 2
    } else if first >= 1 {
        first - 1
    } else {
        return false;
    };
    lex.is(a.word(prefix), Class::OpposingPrefix)
}

/// Is the one-word mention a verb in this sentence, as the parse tags it ("Chile and Peru
/// repatriate their citizens", "sent to police the streets")? A role noun's word used as
/// a verb names no one. Participles may be ("the wounded"), so only VB, VBP and VBZ.
fn used_as_verb(a: &Analysis, m: &Mention) -> bool {
    let g = crate::grammar::Grammar::get();
    let t = m.start as usize;
    m.end == m.start + 1
        && a.has_syntax()
        && g.verb_tags.has(a.dep(t).tag)
        && !g.past_tags.has(a.dep(t).tag)
        && !g.gerund.has(a.dep(t).tag)
}

/// Does the mention lie inside a date with a number in it ("17 November", a group's name
/// as well; "November" of "on 25 November")? A date names no one; a month alone may be
/// a person's name ("May said").
fn is_a_date(a: &Analysis, m: &Mention) -> bool {
    let (first, end) = (m.start as usize, m.end as usize);
    a.times_in(first.saturating_sub(4), first + 1).iter().any(|te| {
        let (ts, te) = (te.start as usize, te.end as usize);
        ts <= first && end <= te && (ts..te).any(|t| a.word(t).bytes().any(|b| b.is_ascii_digit()))
    })
}

/// Chooses the reading of a mention that chunking uses.
pub(super) fn classify(a: &Analysis, kb: &KnowledgeBase, m: &Mention, date: NaiveDate) -> Option<Role> {
    let ent = |r: &AliasRef| kb.entity(r.entity);
    let first = m.start as usize;
    if is_a_date(a, m) {
        return None;
    }
    let after_locative = first > 0 && Lexicon::english().is(a.word(first - 1), Class::Locative);
    let agent = m
        .readings
        .iter()
        .find(|r| ent(r).kind == EntityKind::Agent)
        .copied()
        .filter(|_| !used_as_verb(a, m));
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
        // A country's name read as a place too ("Moscow") names a place in it: "Iraq"
        // is not the Iranian town once called ‘Irāq, nor "Lebanon" a town in Ohio.
        let code = ent(&c).code.as_deref();
        let within = m
            .readings
            .iter()
            .find(|r| ent(r).kind == EntityKind::Place && ent(r).country.as_deref() == code)
            .map(|r| r.entity);
        if c.kind == AliasKind::Capital {
            if let Some(p) = renamed_capital(a, kb, m, code, within) {
                return Some(Role::Place(p));
            }
        }
        return Some(Role::Country(c, within));
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

/// A capital's former name that is today the name of a place elsewhere ("Salisbury", once
/// Harare's name, now the English city's): the gazetteer knows the capital by it only as
/// an alias, and another country's place by it as its own name. The most populous wins.
fn renamed_capital(
    a: &Analysis,
    kb: &KnowledgeBase,
    m: &Mention,
    country: Option<&str>,
    capital: Option<EntityId>,
) -> Option<AliasRef> {
    let text = a.original_text(m.start as usize, m.end as usize);
    let named = |e: EntityId| kb.entity(e).name.eq_ignore_ascii_case(text);
    if capital.is_none_or(named) {
        return None;
    }
    m.readings
        .iter()
        .filter(|r| {
            let e = kb.entity(r.entity);
            e.kind == EntityKind::Place && e.country.as_deref() != country && named(r.entity)
        })
        .max_by_key(|r| kb.entity(r.entity).geo.as_ref().map_or(0, |g| g.population))
        .copied()
}

impl Chunker<'_, '_> {
    pub(super) fn word(&self, e: usize) -> &str {
        match self.elems.get(e) {
            Some(Elem::Token(i)) => self.a.word(*i),
            _ => "",
        }
    }

    pub(super) fn token(&self, e: usize) -> Option<usize> {
        match self.elems.get(e) {
            Some(Elem::Token(i)) => Some(*i),
            _ => None,
        }
    }

    pub(super) fn span(&self, e: usize, mentions: &[Mention]) -> (usize, usize) {
        match self.elems[e] {
            Elem::Token(i) => (i, i + 1),
            Elem::Mention(m, _) => (mentions[m].start as usize, mentions[m].end as usize),
        }
    }

    pub(super) fn role(&self, e: usize) -> Option<Role> {
        match self.elems.get(e) {
            Some(Elem::Mention(_, r)) => Some(*r),
            _ => None,
        }
    }

    pub(super) fn is_country(&self, e: usize) -> bool {
        matches!(self.role(e), Some(Role::Country(..)))
    }

    pub(super) fn is_agent(&self, e: usize) -> bool {
        matches!(self.role(e), Some(Role::Agent(_)))
    }
}
