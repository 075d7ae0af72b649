//! Recognition: every name of the knowledge base found in the text, with all its
//! readings. One pass per sentence through the name trie; capitalized runs that no name
//! matches exactly are tried again up to spelling variants and close misspellings.
//! Which reading counts is decided later, by context (actor or place).

use smallvec::SmallVec;

use dragoman_kb::{AliasKind, AliasRef, EntityKind, KnowledgeBase};
use dragoman_text::{Casing, WordClass};

use crate::doc::{Analysis, MatchHow, Mention};
use crate::lexicon::{Class, Lexicon};

/// Finds the mentions of one sentence (tokens `first..last`), in text order.
pub fn recognize(a: &Analysis, kb: &KnowledgeBase, first: usize, last: usize) -> Vec<Mention> {
    let mut found = Vec::new();
    let ids: Vec<_> = a.tags()[first..last].iter().map(|t| t.name).collect();
    let mut i = first;
    while i < last {
        let mut exact = exact_at(a, kb, &ids, first, i, last);
        // A name with its article ("The Islamic Resistance") is not the whole of a longer
        // one without it ("the Islamic Resistance Movement").
        if i + 1 < last && a.has_class(i, dragoman_text::WordClass::DET) {
            let after = exact_at(a, kb, &ids, first, i + 1, last);
            if after
                .as_ref()
                .is_some_and(|m| exact.as_ref().is_none_or(|e| m.end > e.end))
            {
                exact = after;
            }
        }
        // A longer approximate name beats a shorter exact one: "Volodímir Zelenski" is
        // one person, not a village called Volodimir and a surname.
        // A close spelling of a name inside a longer run of unknown capitalized words is
        // part of someone else's name ("Sukaina Mohamad Yunes" is not Muhammad Yunus).
        let before = word_before_name(a, first, i);
        let inside_a_name = i > first
            && a.is_name_word(before)
            && !a.tags()[before].english
            && found.last().is_none_or(|m: &Mention| m.end as usize != i);
        let approx = (!inside_a_name)
            .then(|| approximate_at(a, kb, i, last))
            .flatten()
            .filter(|m| exact.as_ref().is_none_or(|e| m.end > e.end));
        if let Some(m) = approx.or(exact) {
            i = m.end as usize;
            found.push(m);
            continue;
        }
        i += 1;
    }
    found
}

/// The longest name starting at token `i` whose case fits the text.
fn exact_at(
    a: &Analysis,
    kb: &KnowledgeBase,
    ids: &[Option<dragoman_kb::WordId>],
    first: usize,
    i: usize,
    last: usize,
) -> Option<Mention> {
    let mut best: Option<Mention> = None;
    kb.names().for_each_match(ids, i - first, |len, readings| {
        let end = i + len;
        if end > last {
            return;
        }
        // Function words are never names ("From", "To" are villages somewhere), unless
        // written in capitals as an acronym ("US", "IT").
        if (i..end).all(|t| !a.tags()[t].class.is_empty()) && !(i..end).all(|t| a.is_all_caps(t)) {
            return;
        }
        let sentence_initial = (first..i).all(|t| a.is_punct(t));
        let fitting: SmallVec<[AliasRef; 2]> = readings
            .iter()
            .copied()
            .filter(|r| case_fits(a, kb, r, i, end))
            .filter(|r| !(sentence_initial && word_town(kb, r, end - i)))
            .filter(|r| !(i > first && a.has_class(i - 1, WordClass::DET) && word_town(kb, r, end - i)))
            .filter(|r| {
                !(kb.entity(r.entity).kind == EntityKind::Place
                    && end - i == 1
                    && (unknown_name_follows(a, end, last) || word_name_ends(a, kb, r, first, i, last)))
            })
            .filter(|r| !(end - i == 1 && given_name_of_unknown_person(a, kb, r, i, last)))
            .filter(|r| !surname_at(a, i, end).is_some_and(|at| surname_of_unknown_person(a, kb, r, first, at)))
            .filter(|r| !(end - i == 1 && given_name_of_another_person(a, kb, r, i, last)))
            .filter(|r| !(end - i == 1 && surname_after_given_name(a, kb, r, first, i)))
            .collect();
        if !fitting.is_empty() {
            best = Some(Mention {
                start: i as u32,
                end: end as u32,
                readings: fitting,
                how: MatchHow::Exact,
            });
        }
    });
    best
}

/// Is the one-word country or organisation name at `at`, written as a word and not as
/// an acronym, the first name of a person the knowledge base does not know, because a
/// word that may be a surname follows ("Jordan Ruiz", "Ana Quispe" for the ANA, "Amal
/// Ortega"; see [`surname_like`])?
fn given_name_of_unknown_person(a: &Analysis, kb: &KnowledgeBase, r: &AliasRef, at: usize, last: usize) -> bool {
    let next = at + 1;
    matches!(kb.entity(r.entity).kind, EntityKind::Country | EntityKind::Organisation)
        && !matches!(r.kind, AliasKind::Adjective | AliasKind::Plural)
        && a.casing() == Casing::Mixed
        && !a.is_all_caps(at)
        && next < last
        && surname_like(a, kb, next)
}

/// Is token `t` an Arabic article hyphened to the name after it ("al" of "al-Assad")?
fn arabic_article_at(a: &Analysis, t: usize) -> bool {
    matches!(a.word(t), "al" | "el") && a.word(t + 1) == "-"
}

/// The word of a one-word name at `i..end` that may be a surname: the word itself, or
/// the word after an Arabic article joined to it ("al-Assad").
fn surname_at(a: &Analysis, i: usize, end: usize) -> Option<usize> {
    match end - i {
        1 => Some(i),
        3 if arabic_article_at(a, i) => Some(end - 1),
        _ => None,
    }
}

/// The word before the name at `at` (`at > first`), past an Arabic article joined to the
/// name by a hyphen: "Nasr" of "Nasr al-Hariri".
fn word_before_name(a: &Analysis, first: usize, at: usize) -> usize {
    if at >= first + 3 && arabic_article_at(a, at - 2) {
        at - 3
    } else {
        at.saturating_sub(1)
    }
}

/// Is the one-word name of a known person at `at` the surname of someone else, because
/// a given name not among the person's own stands before it ("Asma Assad", "Hafez
/// Assad" when only Bashar is known, "Nasr al-Assad" past the Arabic article)?
fn surname_of_unknown_person(a: &Analysis, kb: &KnowledgeBase, r: &AliasRef, first: usize, at: usize) -> bool {
    let entity = kb.entity(r.entity);
    // Only a person whose full name is known: "Mikhail Gorbachev" is Gorbachev where the
    // knowledge base knows no first name for him.
    let full_name_known = entity.name.split_whitespace().count() > 1;
    let given = word_before_name(a, first, at);
    entity.kind == EntityKind::Person
        && full_name_known
        && at > first
        && a.casing() == Casing::Mixed
        && unknown_person_name_part(a, kb, given)
        // Folding allocates: asked last, of the few names that get this far.
        && !entity
            .name
            .split_whitespace()
            .any(|w| dragoman_text::fold(w) == a.word(given))
}

/// Is the one-word name of a known person at `at` the given name of someone else, because
/// a word that may be a surname (see [`surname_like`]) and is not among the person's own
/// names follows ("Abdullah Öcalan" is not King Abdullah; "Abdullah Abdullah" is who he
/// is)?
fn given_name_of_another_person(a: &Analysis, kb: &KnowledgeBase, r: &AliasRef, at: usize, last: usize) -> bool {
    let entity = kb.entity(r.entity);
    let next = at + 1;
    entity.kind == EntityKind::Person
        && a.casing() == Casing::Mixed
        && next < last
        && surname_like(a, kb, next)
        && !entity
            .name
            .split_whitespace()
            .any(|w| dragoman_text::fold(w) == a.word(next))
}

/// Is the one-word place at `at` (a town, or a city or region standing for its country)
/// a surname, because a given name of the knowledge base's people stands right before it
/// ("Mustafa Bali" is no one from Indonesia, "Ana Lima" no one in Peru's government)?
fn surname_after_given_name(a: &Analysis, kb: &KnowledgeBase, r: &AliasRef, first: usize, at: usize) -> bool {
    let place = kb.entity(r.entity).kind == EntityKind::Place
        || matches!(r.kind, AliasKind::Capital | AliasKind::City | AliasKind::Region);
    place && at > first && a.casing() == Casing::Mixed && unknown_person_name_part(a, kb, at - 1)
}

/// Is token `t` a capitalized word that may be a surname: not an acronym, not English, no
/// plural, no day or month, either part of some person's name in the knowledge base or
/// no word of its names at all, and no name by itself but a person's ("Quispe", "Öcalan";
/// not "Iraq" nor "Israel", which name countries)?
fn surname_like(a: &Analysis, kb: &KnowledgeBase, t: usize) -> bool {
    let w = a.word(t);
    let lexeme = kb.lexeme(w);
    // "Isis Jihadis": a plural is a noun, no surname.
    let plural = a.has_syntax() && crate::grammar::Grammar::get().plural_noun.has(a.dep(t).tag);
    a.is_name_word(t)
        && !a.tags()[t].english
        && !plural
        && !a.is_all_caps(t)
        && !crate::time::is_calendar_word(w)
        && (lexeme.person_part || lexeme.name.is_none())
        && kb
            .names()
            .get(&[w])
            .iter()
            .all(|r| kb.entity(r.entity).kind == EntityKind::Person)
}

/// Is token `t` a capitalized word, not an acronym nor English, that is part of some
/// person's name in the knowledge base: a given name or surname the two rules above
/// read beside a one-word name?
fn unknown_person_name_part(a: &Analysis, kb: &KnowledgeBase, t: usize) -> bool {
    a.is_name_word(t) && !a.tags()[t].english && !a.is_all_caps(t) && kb.lexeme(a.word(t)).person_part
}

/// A one-word town whose name is also an English word ("More", "Reading"): at the start
/// of a sentence its capital letter is the sentence's, not a name's, so it does not count;
/// after a determiner it is the word ("the Gulf", "the Delta", "the Coast"), a region
/// named by one being written with its kind ("Gulf province", "Delta state").
fn word_town(kb: &KnowledgeBase, r: &AliasRef, len: usize) -> bool {
    len == 1 && r.needs_capital && kb.entity(r.entity).kind == EntityKind::Place
}

/// Is token `at` a capitalized word that is neither English nor a function word? After a
/// one-word town it makes both one longer name the knowledge base does not know ("Abu
/// Raweel", "Tal Mustawi"), not that town.
fn unknown_name_follows(a: &Analysis, at: usize, last: usize) -> bool {
    at < last && a.is_name_word(at) && !a.tags()[at].english
}

/// Is the one-word town at `at` part of a longer name? A town whose name is an English
/// word ("East") right after another capitalized word inside the sentence ends one ("the
/// Middle East"); a name with a hyphen and a letter or two after it is a model's
/// designation ("Pantsir-S", "Tor-M2").
fn word_name_ends(a: &Analysis, kb: &KnowledgeBase, r: &AliasRef, first: usize, at: usize, last: usize) -> bool {
    let after_name = at > first + 1 && a.is_name_word(at - 1) && !(first..at - 1).all(|t| a.is_punct(t));
    let designation = at + 2 < last
        && a.text(at + 1) == "-"
        && a.text(at + 2).len() <= 2
        && a.text(at + 2)
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    (after_name && word_town(kb, r, 1)) || designation
}

/// Does the text's case allow this reading? Proper names need a capital in mixed-case
/// text; names that are also words ("Turkey", "Reading") need it everywhere but in
/// all-lower-case or all-capitals text, and only for countries' own names there;
/// acronyms that spell a word ("US", "WHO") need capitals, and so do two-letter ones in
/// mixed-case text ("Lt." is no "LT").
fn case_fits(a: &Analysis, kb: &KnowledgeBase, r: &AliasRef, start: usize, end: usize) -> bool {
    let kind = kb.entity(r.entity).kind;
    if kind == EntityKind::Agent {
        return true;
    }
    // Spanish writes nationalities in lower case ("el canciller ruso").
    if matches!(r.kind, AliasKind::Adjective | AliasKind::Plural) && !a.lang().capitalizes_demonyms() {
        return true;
    }
    let casing = a.casing();
    if r.needs_caps {
        // All-lower-case text has no capitals to give, except to an acronym that spells a word.
        return casing == Casing::Upper
            || (casing == Casing::Lower && !r.needs_capital)
            || (start..end).all(|t| a.is_all_caps(t) || a.is_punct(t));
    }
    match casing {
        Casing::Mixed => {
            let any_cap = (start..end).any(|t| a.is_capitalized(t));
            let first_cap = a.is_capitalized(start);
            any_cap && (!r.needs_capital || first_cap)
        }
        // A country's own name ("turkey", "chad") still counts; a town or region of it
        // spelt in common words ("north west", "central") does not.
        Casing::Lower | Casing::Upper => {
            !r.needs_capital || (kind == EntityKind::Country && !matches!(r.kind, AliasKind::City | AliasKind::Region))
        }
    }
}

/// Capitalized words that no name matches exactly: try spelling variants and close
/// misspellings of multi-word names, longest run first.
fn approximate_at(a: &Analysis, kb: &KnowledgeBase, i: usize, last: usize) -> Option<Mention> {
    if a.casing() != Casing::Mixed || !a.is_name_word(i) {
        return None;
    }
    let mut run_end = i;
    while run_end < last && run_end - i < 4 && a.is_name_word(run_end) {
        run_end += 1;
    }
    // Only runs with a word the lexicon does not know: "Volodímir Zelenski", not "New".
    if !(i..run_end).any(|t| !a.tags()[t].english) {
        return None;
    }
    for end in (i + 1..=run_end).rev() {
        // A name that goes on in a word no dictionary knows is someone else's longer name
        // ("Muhammad Nour Matar" is not a misspelt "Muhammad Nuh").
        if end < run_end && !a.tags()[end].english {
            continue;
        }
        let words: Vec<&str> = (i..end).map(|t| a.word(t)).collect();
        let variants = kb.variant_matches(&words);
        let chosen: SmallVec<[AliasRef; 2]> = variants
            .iter()
            .filter(|(e, _)| kb.entity(*e).kind != EntityKind::Place)
            .map(|&(entity, kind)| alias(entity, kind))
            .collect();
        if !chosen.is_empty() && (end - i >= 2 || words[0].chars().count() >= 5) {
            return Some(Mention {
                start: i as u32,
                end: end as u32,
                readings: chosen,
                how: MatchHow::Variant,
            });
        }
        if end - i >= 2 {
            let fuzzy = kb.fuzzy_matches(&words);
            if let Some(&(entity, kind, _)) = fuzzy.first() {
                return Some(Mention {
                    start: i as u32,
                    end: end as u32,
                    readings: SmallVec::from_elem(alias(entity, kind), 1),
                    how: MatchHow::Fuzzy,
                });
            }
        }
    }
    None
}

/// Context decides between the readings of ambiguous names, once a sentence's mentions are
/// all known:
/// - a one-word country name beside a capitalized first or last name of the knowledge
///   base's people is part of a person's name ("Michael Jordan", "Jordan Peterson");
/// - after "City," a first-level division of the city's country is that division
///   ("Atlanta, Georgia" is the US state, "Perth, Scotland" not the Australian city);
/// - "Washington state": the division, with "state" as part of its name.
pub fn disambiguate(a: &Analysis, kb: &KnowledgeBase, mentions: &mut Vec<Mention>, first: usize, last: usize) {
    let covered =
        |mentions: &[Mention], t: usize| mentions.iter().any(|m| (m.start as usize..m.end as usize).contains(&t));
    let mut keep = vec![true; mentions.len()];
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let (start, end) = (m.start as usize, m.end as usize);
        // Only a country's own name: a partial place name ("Abu" of "Abu Raweel") still
        // locates, and an adjective before a name is still a nationality ("Syrian Arab").
        let country = m
            .readings
            .iter()
            .any(|r| r.kind == AliasKind::Name && kb.entity(r.entity).kind == EntityKind::Country);
        if end - start == 1 && country && !m.has_kind(kb, EntityKind::Person) && m.how == MatchHow::Exact {
            let person_part = |t: usize| {
                a.is_name_word(t) && !a.is_all_caps(t) && kb.lexeme(a.word(t)).person_part && !covered(mentions, t)
            };
            if (start > first && person_part(start - 1)) || (end < last && person_part(end)) {
                keep[k] = false;
                continue;
            }
        }
        if let Some(division) = division_after_city(a, kb, mentions, k) {
            narrow_to_division(&mut mentions[k], kb, division);
        }
        let m = &mentions[k];
        if let Some(division) = m.readings.iter().copied().find(|r| is_division(kb, r)) {
            let end = m.end as usize;
            if end < last && Lexicon::of(a.lang()).is(a.word(end), Class::State) {
                narrow_to_division(&mut mentions[k], kb, division);
                mentions[k].end += 1;
                // "state" was read as a role noun on its own.
                if mentions.get(k + 1).is_some_and(|n| n.start as usize == end) {
                    keep[k + 1] = false;
                }
            }
        }
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Keeps the division and its country read through it ("the Jalisco state government" is
/// Mexico's), drops the rest (Georgia the country, Washington the capital).
fn narrow_to_division(m: &mut Mention, kb: &KnowledgeBase, division: AliasRef) {
    let country = kb.entity(division.entity).country.clone();
    m.readings.retain(|r| {
        *r == division
            || (r.kind == AliasKind::Region
                && kb.entity(r.entity).kind == EntityKind::Country
                && kb.entity(r.entity).country == country)
    });
}

fn is_division(kb: &KnowledgeBase, r: &AliasRef) -> bool {
    let e = kb.entity(r.entity);
    e.kind == EntityKind::Place && e.geo.as_ref().is_some_and(|g| g.is_admin1)
}

/// The division reading of mention `k` when it follows "City," of the same country.
fn division_after_city(a: &Analysis, kb: &KnowledgeBase, mentions: &[Mention], k: usize) -> Option<AliasRef> {
    let m = &mentions[k];
    let comma = (m.start as usize).checked_sub(1)?;
    if k == 0 || a.text(comma) != "," {
        return None;
    }
    let prev = &mentions[k - 1];
    if prev.end as usize != comma {
        return None;
    }
    let countries: SmallVec<[&str; 4]> = prev
        .readings
        .iter()
        .map(|r| kb.entity(r.entity))
        .filter(|e| e.kind == EntityKind::Place || e.kind == EntityKind::Country)
        .filter_map(|e| e.country.as_deref())
        .collect();
    m.readings.iter().copied().find(|r| {
        is_division(kb, r)
            && kb
                .entity(r.entity)
                .country
                .as_deref()
                .is_some_and(|c| countries.contains(&c))
    })
}

fn alias(entity: u32, kind: AliasKind) -> AliasRef {
    AliasRef {
        entity,
        kind,
        needs_capital: false,
        needs_caps: false,
    }
}

/// A name several places share ("Faizabad" in India and in Afghanistan) is read, first, as
/// the one in the document's country `home` ([`document_country`]). Only the order of a
/// mention's place readings changes (the first is the one chunking takes). `mentions` holds
/// each sentence's.
pub fn prefer_document_places(kb: &KnowledgeBase, home: &str, mentions: &mut [Vec<Mention>]) {
    for m in mentions.iter_mut().flatten() {
        let places: SmallVec<[usize; 4]> = (0..m.readings.len())
            .filter(|&k| kb.entity(m.readings[k].entity).kind == EntityKind::Place)
            .collect();
        if places.len() < 2 {
            continue;
        }
        // Stable: the knowledge base's own order (names before aliases, divisions before
        // their towns) stands within each country.
        let mut sorted: SmallVec<[AliasRef; 4]> = places.iter().map(|&k| m.readings[k]).collect();
        sorted.sort_by_key(|r| kb.entity(r.entity).country.as_deref() != Some(home));
        for (&k, r) in places.iter().zip(sorted) {
            m.readings[k] = r;
        }
    }
}

/// In text written all in lower case a town's name is as often a word or a person's name
/// ("roy", "devi", "sabha"): a town outside the document's country `home` counts only if
/// it is a capital or a city of a million. `mentions` holds each sentence's.
pub fn drop_small_towns_abroad(kb: &KnowledgeBase, home: &str, mentions: &mut [Vec<Mention>]) {
    let small_town_abroad = |r: &AliasRef| {
        let e = kb.entity(r.entity);
        e.kind == EntityKind::Place
            && e.country.as_deref() != Some(home)
            && e.geo
                .as_ref()
                .is_some_and(|g| !g.is_capital && !g.is_admin1 && g.population < 1_000_000)
    };
    for found in mentions.iter_mut() {
        for m in found.iter_mut() {
            m.readings.retain(|r| !small_town_abroad(r));
        }
        found.retain(|m| !m.readings.is_empty());
    }
}

/// The country a document's unambiguous names place it in: the one that most of its
/// unambiguous names (a country, or readings all of one country) place it in, at least
/// twice and more than any other.
pub fn document_country<'k, 'm>(kb: &'k KnowledgeBase, mentions: impl Iterator<Item = &'m Mention>) -> Option<&'k str> {
    let mut votes: Vec<(&str, usize)> = Vec::new();
    for m in mentions {
        let mut countries = m.readings.iter().map(|r| kb.entity(r.entity).country.as_deref());
        let Some(Some(first)) = countries.next() else {
            continue;
        };
        if countries.all(|c| c == Some(first)) {
            match votes.iter_mut().find(|(c, _)| *c == first) {
                Some((_, n)) => *n += 1,
                None => votes.push((first, 1)),
            }
        }
    }
    votes.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    match votes.as_slice() {
        [(c, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => Some(c),
        _ => None,
    }
}
