//! The Spanish knowledge base: names, role nouns, verb forms reaching lemma patterns.

use chrono::NaiveDate;
use dragoman_kb::{EntityKind, KnowledgeBase};

fn kb() -> &'static KnowledgeBase {
    static KB: std::sync::OnceLock<KnowledgeBase> = std::sync::OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::spanish().expect("the Spanish tables load"))
}

fn best_code(name: &str) -> Option<String> {
    let day = NaiveDate::from_ymd_opt(2019, 5, 1).expect("a date");
    kb().lookup(name, day)
        .into_iter()
        .next()
        .and_then(|c| kb().entity(c.entity).code_on(day))
}

#[test]
fn spanish_country_names_and_demonyms_reach_the_same_countries() {
    assert_eq!(best_code("Estados Unidos").as_deref(), Some("USA"));
    assert_eq!(best_code("EE.UU.").as_deref(), Some("USA"));
    assert_eq!(best_code("Turquía").as_deref(), Some("TUR"));
    assert_eq!(best_code("turquia").as_deref(), Some("TUR"));
    assert_eq!(best_code("Rusia").as_deref(), Some("RUS"));
    let ru = kb().country("RUS").expect("Russia");
    assert_eq!(kb().entity(ru).kind, EntityKind::Country);
}

#[test]
fn every_form_of_a_pattern_verb_reads_as_that_verb() {
    let v = &kb().verbs;
    for form in ["atacar", "atacaron", "atacó", "ataco", "atacado", "atacando"] {
        let f = dragoman_text::fold(form);
        assert!(!v.lookup(&f).is_empty(), "{form} is no verb form");
        assert!(kb().lexeme(&f).pattern.is_some(), "{form} reaches no pattern word");
    }
    assert!(!v.lookup("detuvieron").is_empty());
    assert!(v.lookup("casa").is_empty());
}

#[test]
fn closed_class_words_are_spanish() {
    use dragoman_text::WordClass;
    assert!(kb().lexeme("no").class.has(WordClass::NEG));
    assert!(kb().lexeme("del").class.has(WordClass::PREP));
    assert!(kb().lexeme("los").class.has(WordClass::DET));
    assert!(!kb().lexeme("the").class.has(WordClass::DET));
}
