//! Every gold set runs end to end and reports the keys scripts read. Skipped when
//! ../shared is absent.

use std::path::PathBuf;
use std::sync::Arc;

use dragoman_coder::{Coder, Options};
use dragoman_kb::KnowledgeBase;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/eval"));
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found (../shared is absent)", p.display());
        None
    }
}

fn keys(v: &serde_json::Value, keys: &[&str]) {
    for k in keys {
        assert!(v.get(*k).is_some(), "missing `{k}` in {v}");
    }
}

#[test]
fn every_set_reports_its_keys() {
    let Some(eval) = shared() else { return };
    let kb = Arc::new(dragoman_kb_image::builtin().unwrap());
    let coder = Coder::new(kb).unwrap();
    for (name, dir, expected) in [
        (
            "plover-gsr",
            "plover-gsr",
            &["event_type_accuracy_emitted", "event_recall", "full_record_accuracy"][..],
        ),
        (
            "conflibert-class",
            "conflibert",
            &["accuracy", "macro_f1", "per_class", "confusion", "event_recall"][..],
        ),
        ("conflibert-ner", "conflibert", &["precision", "recall", "f1"][..]),
        (
            "event-location",
            "event-location",
            &["precision", "recall", "f1", "event_recall", "verb_recall"][..],
        ),
        (
            "mt-robustness",
            "mt-robustness",
            &["original_macro_f1", "translated_macro_f1", "drop"][..],
        ),
    ] {
        let r = dragoman_eval::run_set(name, &coder, None, &eval.join(dir), 2).unwrap();
        let v = r.to_json();
        keys(&v, &["set", "n", "version"]);
        keys(&v, expected);
        assert!(r.n > 100, "{name}: {}", r.n);
        assert!((0.0..=1.0).contains(&r.headline.1));
        assert!(r.misses.len() <= 2);
    }
}

#[test]
fn petrarch_unit_with_its_own_dictionaries() {
    let Some(eval) = shared() else { return };
    let dir = eval.join("petrarch-unit");
    let mut kb = KnowledgeBase::language_only().unwrap();
    kb.import_petrarch(&dir, true).unwrap();
    let mut coder = Coder::new(Arc::new(kb)).unwrap();
    coder.options = Options::petrarch();
    let r = dragoman_eval::run_set("petrarch-unit", &coder, None, &dir, 0).unwrap();
    let v = r.to_json();
    keys(
        &v,
        &[
            "records",
            "passed",
            "partial",
            "failed",
            "errored",
            "expectations_met",
            "expectations",
        ],
    );
    assert_eq!(v["records"], 284);
    assert_eq!(v["errored"], 0);
}
