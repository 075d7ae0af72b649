//! Spanish actor phrases, read from a sentence's mentions in Spanish word order: a role
//! noun takes its country from a nationality after it ("la policía colombiana", "soldados
//! venezolanos") or from "de" + a country or organisation after it ("el ministro de
//! Defensa de Colombia", "guerrilleros de las FARC"); "X y Y" is one phrase of two actors;
//! a nationality after another noun is a modifier, not an actor; places are phrases with
//! a place and no actor.
//!
//! Reads: tokens, mentions. Adds: actor phrases (disjoint, in text order), like the
//! English chunker, so the event stages read them the same way.

use chrono::NaiveDate;
use smallvec::SmallVec;

use dragoman_kb::{AliasKind, AliasRef, EntityId, EntityKind, KnowledgeBase};
use dragoman_text::WordClass;

use crate::doc::{ActorPhrase, ActorUnit, Analysis, Mention, PhraseKind};
use crate::lexicon::{Class, Lexicon};

/// What one mention reads as, in Spanish context.
#[derive(Clone, Debug)]
enum Reading {
    /// A country's own name (or its capital standing for it).
    Country(EntityId),
    /// A nationality ("colombiano", "rusos").
    Nationality(EntityId, AliasKind),
    /// A role noun with its sector code ("policía" → COP).
    Role(EntityId),
    /// A named person or organisation with its code on the date, and the role noun its
    /// words also are, if any ("Ejército").
    Named(EntityId, String, Option<EntityId>),
    /// A place that is no actor.
    Place(EntityId),
}

/// The actor phrases of sentence `s`, from its mentions.
pub fn chunk(a: &Analysis, kb: &KnowledgeBase, s: usize, mentions: &[Mention], date: NaiveDate) -> Vec<ActorPhrase> {
    let last = a.sentences()[s].last as usize;
    let readings: Vec<Option<Reading>> = mentions.iter().map(|m| read(a, kb, m, date)).collect();
    let mut out: Vec<ActorPhrase> = Vec::new();
    let mut k = 0;
    while k < mentions.len() {
        let Some(reading) = readings[k].clone() else {
            k += 1;
            continue;
        };
        let m = &mentions[k];
        let (start, mut end) = (m.start as usize, m.end as usize);
        // "fueron detenidos": a participle after a passive auxiliary is the verb, even
        // where the role nouns list it ("detenidos", detainees).
        if matches!(reading, Reading::Role(_)) && end == start + 1 && passive_participle(a, kb, start) {
            k += 1;
            continue;
        }
        // A list's name that is only a role word, said of a country ("el Ejército de
        // Ecuador"), is that country's role, not the list's actor.
        let reading = match reading {
            Reading::Named(_, _, Some(agent)) if country_owner_follows(a, mentions, &readings, k, last) => {
                Reading::Role(agent)
            }
            r => r,
        };
        let mut phrase = match reading {
            Reading::Role(agent) => {
                let sector = kb.entity(agent).code.as_deref().unwrap_or_default().to_string();
                let mut unit = unit(a, kb, sector.clone(), None, Some(agent), start, end, EntityKind::Agent);
                unit.how = format!("role noun \"{}\" ({sector})", a.original_text(start, end));
                // "policía colombiana": a nationality right after the role noun.
                if let Some(Some(Reading::Nationality(c, _))) = readings.get(k + 1) {
                    if mentions[k + 1].start as usize == end {
                        qualify(kb, &mut unit, *c, &sector);
                        end = mentions[k + 1].end as usize;
                        k += 1;
                    }
                }
                // "ministro de Defensa de Colombia", "guerrilleros de las FARC".
                if unit.country.is_none() {
                    if let Some((j, owner_end)) = owner_after(a, mentions, &readings, k + 1, end, last) {
                        match &readings[j] {
                            Some(Reading::Country(c)) => {
                                qualify(kb, &mut unit, *c, &sector);
                                // "los cancilleres de Chile y Argentina": the role of each.
                                let mut extra = Vec::new();
                                let mut last_end = owner_end;
                                let mut n = j + 1;
                                while let Some(Some(Reading::Country(c2))) = readings.get(n) {
                                    let m2 = &mentions[n];
                                    let gap = last_end..m2.start as usize;
                                    let joined = gap.len() == 1
                                        && Lexicon::spanish().is(a.word(gap.start), Class::ListSeparator);
                                    if !joined {
                                        break;
                                    }
                                    let mut u2 = unit.clone();
                                    u2.code = sector.clone();
                                    u2.country = None;
                                    u2.how =
                                        format!("role noun \"{}\" ({sector})", a.original_text(start, m.end as usize));
                                    qualify(kb, &mut u2, *c2, &sector);
                                    last_end = m2.end as usize;
                                    u2.end = last_end as u32;
                                    extra.push(u2);
                                    n += 1;
                                }
                                if !extra.is_empty() {
                                    unit.end = owner_end as u32;
                                    let end_all = last_end;
                                    let mut units = vec![unit];
                                    units.extend(extra);
                                    k = n;
                                    merge_or_push(a, &mut out, phrase(start, end_all, s, units, None));
                                    continue;
                                }
                            }
                            Some(Reading::Named(e, code, _)) => {
                                unit.code = code.clone();
                                unit.country = kb.entity(*e).country.as_deref().map(str::to_string);
                                unit.entity = Some(*e);
                                unit.name = Some(kb.entity(*e).name.to_string());
                                unit.how = format!("{} of \"{}\"", unit.how, kb.entity(*e).name);
                            }
                            _ => {}
                        }
                        end = owner_end;
                        k = j;
                    }
                }
                unit.end = end as u32;
                phrase(start, end, s, vec![unit], None)
            }
            Reading::Country(c) => {
                let code = kb.entity(c).code.as_deref().unwrap_or_default().to_string();
                let mut unit = unit(a, kb, code, Some(c), Some(c), start, end, EntityKind::Country);
                unit.how = format!("country \"{}\"", a.original_text(start, end));
                // A capital is the country as an actor ("Lima dijo"), the city as a place.
                let city = m
                    .readings
                    .iter()
                    .find(|r| kb.entity(r.entity).kind == EntityKind::Place)
                    .map(|r| r.entity);
                phrase(start, end, s, vec![unit], city.or(Some(c)))
            }
            Reading::Named(e, code, _) => {
                let ent = kb.entity(e);
                let mut unit = unit(a, kb, code, None, Some(e), start, end, ent.kind);
                unit.country = ent.country.as_deref().map(str::to_string);
                unit.personal = ent.kind == EntityKind::Person;
                unit.how = format!("name \"{}\"", ent.name);
                phrase(start, end, s, vec![unit], None)
            }
            Reading::Nationality(c, kind) => {
                let code = kb.entity(c).code.as_deref().unwrap_or_default().to_string();
                let mut unit = unit(a, kb, code, Some(c), Some(c), start, end, EntityKind::Country);
                unit.how = format!("nationality \"{}\"", a.original_text(start, end));
                let mut p = phrase(start, end, s, vec![unit], None);
                // "los colombianos" is an actor; "el gobierno colombiano" was read with
                // its role noun above; after any other noun it only says whose.
                let after_noun = start > 0
                    && a.sentence_of(start - 1) == s
                    && !a.is_punct(start - 1)
                    && a.tags()[start - 1].class.is_empty();
                if kind == AliasKind::Adjective && after_noun {
                    p.kind = PhraseKind::Modifier;
                }
                p
            }
            Reading::Place(id) => phrase(start, end, s, Vec::new(), Some(id)),
        };
        phrase.end = end as u32;
        merge_or_push(a, &mut out, phrase);
        k += 1;
    }
    out
}

fn read(a: &Analysis, kb: &KnowledgeBase, m: &Mention, date: NaiveDate) -> Option<Reading> {
    // Capitals say "name" only where Spanish would not write one anyway: a leading article
    // and the sentence's first word tell nothing ("El ejército de Perú" is the role).
    let first_of_sentence = a.sentences()[a.sentence_of(m.start as usize)].first as usize;
    let content = (m.start as usize..m.end as usize).find(|&t| !a.has_class(t, dragoman_text::WordClass::DET));
    let capitalized = match content {
        Some(t) if t != first_of_sentence => a.is_capitalized(t),
        _ => true,
    };
    let kind_of = |r: &AliasRef| kb.entity(r.entity).kind;
    let named = m.readings.iter().find_map(|r| {
        let k = kind_of(r);
        if !matches!(k, EntityKind::Person | EntityKind::Organisation) {
            return None;
        }
        kb.entity(r.entity).code_on(date).map(|c| (r.entity, c))
    });
    // A country's own name is the country, whatever else the dictionaries file it under
    // (the actor lists repeat country names with historical codes).
    let country_name = m
        .readings
        .iter()
        .find(|r| kind_of(r) == EntityKind::Country && !matches!(r.kind, AliasKind::Adjective | AliasKind::Plural));
    if let Some(r) = country_name {
        return Some(Reading::Country(r.entity));
    }
    // The role noun these words are, if any: a reading of the mention, or, for a name
    // that opens with an article ("El Ejército" of a national list), the words after it.
    let role = m
        .readings
        .iter()
        .find(|r| r.kind == AliasKind::Agent)
        .map(|r| r.entity)
        .or_else(|| {
            let t = content.filter(|&t| t > m.start as usize)?;
            let words = a.original_text(t, m.end as usize);
            kb.lookup(words, date)
                .into_iter()
                .find(|c| c.alias_kind == AliasKind::Agent)
                .map(|c| c.entity)
        });
    // A capitalised name beats a role noun of the same words: "Paramilitares" at the
    // head of a sentence of a national list's country is that list's actor; written in
    // lower case inside a sentence it is the role, whose country the text decides.
    if let Some((e, code)) = named {
        if capitalized || role.is_none() {
            return Some(Reading::Named(e, code, role));
        }
    }
    if let Some(agent) = role {
        return Some(Reading::Role(agent));
    }
    for r in &m.readings {
        if kind_of(r) != EntityKind::Country {
            continue;
        }
        match r.kind {
            AliasKind::Adjective | AliasKind::Plural => return Some(Reading::Nationality(r.entity, r.kind)),
            _ => return Some(Reading::Country(r.entity)),
        }
    }
    m.readings
        .iter()
        .find(|r| kind_of(r) == EntityKind::Place)
        .map(|r| Reading::Place(r.entity))
}

/// After a role noun ending at `end`: "de"/"del" (and an article) then a country or a
/// named actor. Returns the mention's index and its end.
fn owner_after(
    a: &Analysis,
    mentions: &[Mention],
    readings: &[Option<Reading>],
    from: usize,
    end: usize,
    last: usize,
) -> Option<(usize, usize)> {
    let lex = Lexicon::spanish();
    let mut t = end;
    if t >= last || !lex.is(a.word(t), Class::Genitive) {
        return None;
    }
    t += 1;
    if t < last && a.has_class(t, WordClass::DET) {
        t += 1;
    }
    let j = (from..mentions.len()).find(|&j| mentions[j].start as usize == t)?;
    matches!(readings[j], Some(Reading::Country(_)) | Some(Reading::Named(..))).then(|| (j, mentions[j].end as usize))
}

/// Is token `t` a participle right after a form of a passive auxiliary ("fueron")?
fn passive_participle(a: &Analysis, kb: &KnowledgeBase, t: usize) -> bool {
    let Some(m) = kb.morphology.as_ref() else { return false };
    let lex = Lexicon::spanish();
    t > 0
        && m.readings(a.word(t))
            .iter()
            .any(|r| r.mood == dragoman_kb::morph::Mood::Participle)
        && m.readings(a.word(t - 1))
            .iter()
            .any(|r| lex.is(m.lemma(r), Class::PassiveAuxiliary))
}

fn country_owner_follows(
    a: &Analysis,
    mentions: &[Mention],
    readings: &[Option<Reading>],
    k: usize,
    last: usize,
) -> bool {
    owner_after(a, mentions, readings, k + 1, mentions[k].end as usize, last)
        .is_some_and(|(j, _)| matches!(readings[j], Some(Reading::Country(_))))
}

/// Gives a role noun's unit a country: `COL` + `COP`.
fn qualify(kb: &KnowledgeBase, unit: &mut ActorUnit, country: EntityId, sector: &str) {
    let Some(code) = kb.entity(country).code.as_deref() else {
        return;
    };
    unit.code = format!("{code}{sector}");
    unit.country = Some(code.to_string());
    unit.how = format!("{} of {}", unit.how, kb.entity(country).name);
}

#[allow(clippy::too_many_arguments)]
fn unit(
    a: &Analysis,
    kb: &KnowledgeBase,
    code: String,
    country: Option<EntityId>,
    entity: Option<EntityId>,
    start: usize,
    end: usize,
    kind: EntityKind,
) -> ActorUnit {
    ActorUnit {
        code,
        country: country.and_then(|c| kb.entity(c).code.as_deref().map(str::to_string)),
        entity,
        // A role noun's name is its words ("Desconocidos"), not its sector.
        name: entity
            .filter(|&e| kind != EntityKind::Agent || kb.entity(e).kind != EntityKind::Agent)
            .map(|e| kb.entity(e).name.to_string())
            .or_else(|| Some(a.original_text(start, end).to_string())),
        start: start as u32,
        end: end as u32,
        how: String::new(),
        kind: Some(kind),
        personal: false,
        inferred: false,
    }
}

fn phrase(start: usize, end: usize, s: usize, units: Vec<ActorUnit>, place: Option<EntityId>) -> ActorPhrase {
    ActorPhrase {
        start: start as u32,
        end: end as u32,
        sentence: s as u32,
        units: SmallVec::from_vec(units),
        kind: PhraseKind::Named,
        media: false,
        place,
        demonym: false,
        place_words: None,
        antecedent: None,
        possessive: false,
        speakers_own: false,
        possessors_own: None,
    }
}

/// "Colombia y Venezuela", "el Ejército, la Policía y la Fiscalía": actors joined by a list
/// separator (and perhaps an article) make one phrase of several units.
fn merge_or_push(a: &Analysis, out: &mut Vec<ActorPhrase>, p: ActorPhrase) {
    let lex = Lexicon::spanish();
    if let Some(prev) = out.last_mut() {
        let gap: Vec<usize> = (prev.end as usize..p.start as usize).collect();
        // A comma joins list members only where the list goes on ("A, B y C"); "Según
        // Colombia, los guerrilleros …" is two clauses.
        let next = p.end as usize;
        let list_goes_on = next < a.tokens().len()
            && a.sentence_of(next) == p.sentence as usize
            && lex.is(a.word(next), Class::ListSeparator);
        let joins = !gap.is_empty()
            && gap.len() <= 2
            && lex.is(a.word(gap[0]), Class::ListSeparator)
            && (!a.is_punct(gap[0]) || list_goes_on)
            && gap[1..].iter().all(|&t| a.has_class(t, WordClass::DET));
        // "el canciller ruso, Serguéi Lavrov": a role and the person holding it, one actor.
        let apposition = gap.len() == 1
            && a.word(gap[0]) == ","
            && p.units.len() == 1
            && p.units[0].personal
            && prev.units.last().is_some_and(|u| {
                u.kind == Some(EntityKind::Agent) && (u.country.is_none() || u.country == p.units[0].country)
            });
        if apposition && prev.is_actor() {
            prev.end = p.end;
            prev.units.pop();
            prev.units.extend(p.units);
            return;
        }
        if joins && prev.is_actor() && p.is_actor() {
            prev.end = p.end;
            prev.units.extend(p.units);
            return;
        }
    }
    out.push(p);
}
