//! The knowledge base exported as PETRARCH dictionaries reads back with the same answers.

use chrono::NaiveDate;
use dragoman_kb::{EntityKind, KnowledgeBase};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn best_code(kb: &KnowledgeBase, name: &str, date: &str) -> Option<String> {
    let c = kb.lookup(name, d(date));
    let e = kb.entity(c.first()?.entity);
    // A role noun's code is its sector, with no date.
    e.code_on(d(date)).or_else(|| e.code.as_deref().map(str::to_string))
}

#[test]
fn petrarch_export_round_trips() {
    let builtin = KnowledgeBase::builtin().expect("built-in knowledge base loads");
    let dir = std::env::temp_dir().join(format!("dragoman-kb-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut actors = std::fs::File::create(dir.join("dragoman.actors.txt")).unwrap();
    let n_actors = builtin.write_petrarch_actors(&mut actors).unwrap();
    let mut agents = std::fs::File::create(dir.join("dragoman.agents.txt")).unwrap();
    let n_agents = builtin.write_petrarch_agents(&mut agents).unwrap();
    drop((actors, agents));
    assert!(
        n_actors > 20_000 && n_agents > 1_000,
        "{n_actors} actors, {n_agents} agents"
    );

    let mut kb = KnowledgeBase::empty();
    let report = kb.import_petrarch(&dir, false).expect("the export reads back");
    assert_eq!(report.actors, n_actors);
    for (name, date, code) in [
        ("Marco Rubio", "2025-02-27", "USAGOV"),
        ("Marco Rubio", "2020-02-27", "USALEG"),
        ("Sergey Lavrov", "2025-02-27", "RUSGOV"),
        ("Erdogan", "2025-02-27", "TURGOV"),
        ("NATO", "2025-02-27", "IGOWSTNAT"),
        ("police", "2025-02-27", "COP"),
    ] {
        assert_eq!(best_code(&kb, name, date).as_deref(), Some(code), "{name} on {date}");
        assert_eq!(
            best_code(&builtin, name, date).as_deref(),
            Some(code),
            "{name} on {date} (built-in)"
        );
    }
    assert!(kb.entities.iter().any(|e| e.kind == EntityKind::Agent));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jsonl_export_has_one_entity_per_line() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base loads");
    let mut out = Vec::new();
    let n = kb.write_jsonl(&[EntityKind::Country], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), n);
    let turkey = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["code"] == "TUR")
        .expect("Türkiye is exported");
    let names: Vec<&str> = turkey["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["name"].as_str())
        .collect();
    assert!(
        names.contains(&"turkey") && names.contains(&"turkiye") && names.contains(&"ankara"),
        "{names:?}"
    );
}
