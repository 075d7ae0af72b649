//! The knowledge bases read from the build-time images answer as the ones compiled from
//! the tables do: same entities, names, word table, name strengths, verb dictionary,
//! morphology, office holders and fuzzy matches.

use std::sync::OnceLock;

use chrono::NaiveDate;
use dragoman_kb::{KnowledgeBase, RoleKind};
use dragoman_text::NameOracle;

/// The English knowledge base compiled from the tables, once for all the tests here.
fn compiled_english() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::builtin().expect("tables compile"))
}

fn assert_same(read: &KnowledgeBase, compiled: &KnowledgeBase) {
    assert_eq!(read.language, compiled.language);
    assert_eq!(read.entities, compiled.entities);
    assert_eq!(
        serde_json::to_string(&read.stats()).ok(),
        serde_json::to_string(&compiled.stats()).ok()
    );
    assert_eq!(read.verbs.blocks, compiled.verbs.blocks);
    assert_eq!(read.verbs.forms, compiled.verbs.forms);
    assert_eq!(read.verbs.synset_ids, compiled.verbs.synset_ids);
    assert_eq!(read.discards, compiled.discards);

    let mut phrases = 0;
    for (tokens, values) in compiled.names().phrases() {
        assert_eq!(read.names().get(&tokens), values, "{tokens:?}");
        phrases += 1;
        // Fuzzy search is slow enough to sample.
        if tokens.len() >= 2 && phrases % 97 == 0 {
            assert_eq!(
                read.fuzzy_matches(&tokens),
                compiled.fuzzy_matches(&tokens),
                "{tokens:?}"
            );
            assert_eq!(
                read.variant_matches(&tokens),
                compiled.variant_matches(&tokens),
                "{tokens:?}"
            );
        }
    }
    assert_eq!(phrases, compiled.names().len());

    for (word, id) in compiled.names().vocabulary() {
        assert_eq!(read.names().word(word), Some(id), "{word}");
        assert_eq!(read.lexeme(word), compiled.lexeme(word), "{word}");
        assert_eq!(read.name_strength(word), compiled.name_strength(word), "{word}");
        assert_eq!(read.is_word(word), compiled.is_word(word), "{word}");
    }
    for (form, _) in compiled.verbs.forms.iter() {
        assert_eq!(read.lexeme(form), compiled.lexeme(form), "{form}");
    }
    match (&read.morphology, &compiled.morphology) {
        (Some(r), Some(c)) => {
            for (form, _) in c.forms() {
                assert_eq!(r.readings(form), c.readings(form), "{form}");
            }
        }
        (None, None) => {}
        _ => panic!("morphology present in one and not the other"),
    }

    let roles = [
        RoleKind::HeadOfState,
        RoleKind::HeadOfGovernment,
        RoleKind::ForeignMinister,
        RoleKind::DefenceMinister,
        RoleKind::IgoLeader,
    ];
    let date = NaiveDate::from_ymd_opt(2024, 6, 1).expect("a date");
    for e in compiled
        .entities
        .iter()
        .filter(|e| e.kind == dragoman_kb::EntityKind::Country)
    {
        let code = e.code.as_deref().unwrap_or_default();
        assert_eq!(read.capital(code), compiled.capital(code), "{code}");
        for role in roles {
            assert_eq!(
                read.office_holder(code, role, date),
                compiled.office_holder(code, role, date),
                "{code} {role:?}"
            );
        }
    }
}

#[test]
fn the_english_image_gives_the_compiled_knowledge_base() {
    let compiled = compiled_english();
    let read = dragoman_kb_image::builtin().expect("image reads");
    assert_same(&read, compiled);
    for word in ["said", "the", "colour", "zelenskiy", "unknownword", "meets", "attacked"] {
        assert_eq!(read.lexeme(word), compiled.lexeme(word), "{word}");
        assert_eq!(read.name_strength(word), compiled.name_strength(word), "{word}");
    }
    for title in ["president", "prime minister", "foreign minister", "secretary of state"] {
        assert_eq!(read.title_role(title), compiled.title_role(title), "{title}");
    }
}

#[test]
fn the_spanish_image_gives_the_compiled_knowledge_base() {
    let compiled = KnowledgeBase::spanish().expect("Spanish tables compile");
    let read = dragoman_kb_image::spanish().expect("image reads");
    assert_eq!(read.language, "es");
    assert_same(&read, &compiled);
}

#[test]
fn a_damaged_image_is_an_error_not_a_crash() {
    let good = dragoman_kb_image::images().0.to_vec();
    assert!(KnowledgeBase::from_image(b"not an image").is_err());
    assert!(KnowledgeBase::from_image(&good[..12]).is_err());
    assert!(KnowledgeBase::from_image(&good[..good.len() / 2]).is_err());
    let mut longer = good.clone();
    longer.push(0);
    assert!(KnowledgeBase::from_image(&longer).is_err());
    let mut wrong_version = good.clone();
    wrong_version[12] ^= 0x55;
    let err = KnowledgeBase::from_image(&wrong_version).err().expect("refused");
    assert!(err.to_string().contains("rebuild"), "{err}");
}

/// A compile here, in another process than the build script's, gives the embedded bytes.
#[test]
fn the_image_is_the_same_bytes_every_time() {
    let here = compiled_english().to_image().expect("image");
    assert!(
        here == dragoman_kb_image::images().0,
        "two compiles of the same tables gave different images"
    );
}
