//! The built-in knowledge base: it loads, and it answers the cases news throws at it.

use chrono::NaiveDate;
use dragoman_kb::{EntityKind, KnowledgeBase};
use dragoman_text::{NameOracle, NameStrength};
use std::sync::OnceLock;

fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::builtin().expect("built-in knowledge base loads"))
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The best candidate's code for a name on a date.
fn code(name: &str, date: &str) -> Option<String> {
    let kb = kb();
    let c = kb.lookup(name, d(date));
    let best = c.first()?;
    kb.entity(best.entity).code_on(d(date))
}

#[test]
fn loads_with_every_kind_of_entity() {
    let s = kb().stats();
    assert!(s.countries >= 240, "{s:?}");
    assert!(s.places >= 20_000, "{s:?}");
    assert!(s.people >= 10_000, "{s:?}");
    assert!(s.organisations >= 500, "{s:?}");
    assert!(s.verb_blocks >= 300, "{s:?}");
}

#[test]
fn people_code_by_date() {
    assert_eq!(code("Marco Rubio", "2025-02-27").as_deref(), Some("USAGOV"));
    assert_eq!(code("Marco Rubio", "2020-02-27").as_deref(), Some("USALEG"));
    assert_eq!(code("Sergei Lavrov", "2025-02-27").as_deref(), Some("RUSGOV"));
    assert_eq!(code("SERGUÉI LAVROV", "2025-02-27").as_deref(), Some("RUSGOV"));
    assert_eq!(code("Erdoğan", "2025-02-27").as_deref(), Some("TURGOV"));
    assert_eq!(code("Erdogan", "2025-02-27").as_deref(), Some("TURGOV"));
}

#[test]
fn spelling_variants_and_misspellings() {
    let kb = kb();
    for name in [
        "Zelensky",
        "Zelenskyy",
        "Zelenskiy",
        "Volodímir Zelenski",
        "Volodymyr Zelensky",
    ] {
        let c = kb.lookup(name, d("2025-02-27"));
        assert!(!c.is_empty(), "{name}");
        assert_eq!(
            kb.entity(c[0].entity).code_on(d("2025-02-27")).as_deref(),
            Some("UKRGOV"),
            "{name}"
        );
    }
    let c = kb.lookup("Xi Jingping", d("2025-02-27"));
    assert_eq!(&*kb.entity(c[0].entity).name, "Xi Jinping");
}

#[test]
fn descriptions_name_office_holders() {
    let kb = kb();
    let c = kb.lookup("the Turkish president", d("2025-02-27"));
    assert!(c.iter().any(|c| kb.entity(c.entity).name.contains("Erdo")), "{c:?}");
    // A presidential system's head of government is its president; a parliamentary
    // one's is not.
    let c = kb.lookup("the Brazilian head of government", d("2025-02-27"));
    assert!(c.iter().any(|c| kb.entity(c.entity).name.contains("Lula")), "{c:?}");
    let c = kb.lookup("the French prime minister", d("2025-02-27"));
    assert!(c.iter().all(|c| !kb.entity(c.entity).name.contains("Macron")), "{c:?}");
}

#[test]
fn countries_capitals_and_nationalities() {
    for (name, code_) in [
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Turkish", "TUR"),
        ("the Ukrainians", "UKR"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Moscow", "RUS"),
    ] {
        let kb = kb();
        let c = kb.lookup(name, d("2025-02-27"));
        let country = c.iter().find_map(|c| {
            let e = kb.entity(c.entity);
            (e.kind == EntityKind::Country).then(|| e.code.clone())
        });
        assert_eq!(country.flatten().as_deref(), Some(code_), "{name}: {c:?}");
    }
}

#[test]
fn each_country_knows_its_capital() {
    let kb = kb();
    for (country, capital) in [
        ("PER", "Lima"),
        ("BOL", "La Paz"),
        ("SYR", "Damascus"),
        ("TUR", "Ankara"),
    ] {
        let place = kb.capital(country).map(|id| kb.entity(id));
        assert_eq!(place.map(|p| &*p.name), Some(capital), "{country}");
        assert_eq!(place.and_then(|p| p.country.as_deref()), Some(country));
    }
    assert_eq!(kb.capital("XYZ"), None);
}

#[test]
fn oracle_knows_names_and_words() {
    let kb = kb();
    assert!(kb.is_word("meeting"));
    assert!(!kb.is_word("istanbulthe"));
    assert_eq!(kb.name_strength("istanbul"), NameStrength::Strong);
    assert!(kb.name_strength("rubio") >= NameStrength::Weak);
    assert!(kb.name_strength("zelenski") >= NameStrength::Weak);
    assert!(kb.is_close_to_name(&["xi", "jingping"]));
}

/// Every reading of an ambiguous name is offered, the country first.
#[test]
fn ambiguous_names_list_every_reading() {
    let kb = kb();
    for (name, country, other_kind, other_country) in [
        ("Georgia", "GEO", EntityKind::Place, "USA"),
        ("Jordan", "JOR", EntityKind::Place, ""),
        ("Washington", "USA", EntityKind::Place, "USA"),
        ("Congo", "COG", EntityKind::Country, "COD"),
    ] {
        let c = kb.lookup(name, d("2025-02-27"));
        let first = kb.entity(c[0].entity);
        assert_eq!(
            (first.kind, first.code.as_deref()),
            (EntityKind::Country, Some(country)),
            "{name}: {c:?}"
        );
        assert!(
            c[1..].iter().any(|c| {
                let e = kb.entity(c.entity);
                e.kind == other_kind && (other_country.is_empty() || e.country.as_deref() == Some(other_country))
            }),
            "{name}: {c:?}"
        );
    }
    // Niger and Nigeria, and their adjectives, never mix.
    assert_eq!(code("Niger", "2025-02-27").as_deref(), Some("NER"));
    assert_eq!(code("Nigerien", "2025-02-27").as_deref(), Some("NER"));
    assert_eq!(code("Nigeria", "2025-02-27").as_deref(), Some("NGA"));
    assert_eq!(code("Nigerian", "2025-02-27").as_deref(), Some("NGA"));
    assert_eq!(code("Kinshasa", "2025-02-27").as_deref(), Some("COD"));
    assert_eq!(code("Brazzaville", "2025-02-27").as_deref(), Some("COG"));
}

/// A town's own three-letter name is a place, but a three-letter alternate spelling from
/// another language is not: in English news it is a given name or a common word.
#[test]
fn three_letter_alternates_are_not_places() {
    let kb = kb();
    let places = |name: &str| {
        kb.lookup(name, d("2025-02-27"))
            .iter()
            .filter(|c| kb.entity(c.entity).kind == EntityKind::Place)
            .count()
    };
    for word in ["Raj", "Pet", "Lot", "Kru", "Hag"] {
        assert_eq!(places(word), 0, "{word}");
    }
    for name in ["Rye", "Ufa"] {
        assert!(places(name) > 0, "{name}");
    }
}
