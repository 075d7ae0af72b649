//! The knowledge base as loaded: every actor code is a well-formed CAMEO actor code and
//! every dated role a well-formed range. (scripts/check_kb.py checks the same of the
//! TSV files, plus their headers and references.)

use std::collections::HashSet;

use dragoman_kb::{EntityKind, KnowledgeBase};

const ACTOR_TYPES: &str = include_str!("../../../data/ontology/cameo_actor_types.tsv");
const REGIONS: &str = include_str!("../../../data/ontology/cameo_regions.tsv");
/// First blocks that are neither countries nor regions: international and transnational
/// actors, and religions (CAMEO.religion.txt; REL and MUS as the PETRARCH files use them).
const OTHER_FIRST: &str = "IGO NGO NGM MNC IMG INT UIS ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR \
     JAN JEW JHW LDS MOS MRN NRM PAG PRO SFI SHI SHN SIK SUN TAO UDX ZRO REL MUS";

fn first_column(tsv: &str) -> HashSet<String> {
    tsv.lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

struct Codes {
    first: HashSet<String>,
    later: HashSet<String>,
    roles: HashSet<String>,
}

impl Codes {
    fn new(kb: &KnowledgeBase) -> Codes {
        let countries: HashSet<String> = kb
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Country)
            .filter_map(|e| e.code.as_deref().map(str::to_string))
            .collect();
        let regions = first_column(REGIONS);
        let roles = first_column(ACTOR_TYPES);
        let first = countries
            .iter()
            .chain(&regions)
            .cloned()
            .chain(OTHER_FIRST.split_whitespace().map(str::to_string))
            .collect();
        let later = roles.iter().chain(&countries).chain(&regions).cloned().collect();
        Codes { first, later, roles }
    }

    /// Why `code` is not a CAMEO actor code, if it is not.
    fn problem(&self, code: &str, sector_only: bool) -> Option<String> {
        if code.is_empty() || !code.len().is_multiple_of(3) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Some("not made of 3-letter upper-case blocks".into());
        }
        let blocks: Vec<&str> = (0..code.len()).step_by(3).map(|i| &code[i..i + 3]).collect();
        if sector_only {
            return blocks
                .iter()
                .find(|b| !self.roles.contains(**b))
                .map(|b| format!("{b} is not a CAMEO actor type"));
        }
        if !self.first.contains(blocks[0]) {
            return Some(format!("{} is not a country, region or international code", blocks[0]));
        }
        blocks[1..]
            .iter()
            .find(|b| !self.later.contains(**b))
            .map(|b| format!("{b} is not a CAMEO actor type, country or region"))
    }
}

#[test]
fn every_code_is_a_cameo_actor_code_and_every_role_a_well_formed_range() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base loads");
    let codes = Codes::new(&kb);
    let mut problems = Vec::new();
    for e in &kb.entities {
        if let Some(code) = e.code.as_deref() {
            if let Some(p) = codes.problem(code, e.kind == EntityKind::Agent) {
                problems.push(format!("{} ({}): code {code}: {p}", e.id, e.name));
            }
        }
        for r in &e.roles {
            if let Some(p) = codes.problem(&r.code, false) {
                problems.push(format!("{} ({}): role code {}: {p}", e.id, e.name, r.code));
            }
            if let (Some(s), Some(end)) = (r.start, r.end) {
                if s > end {
                    problems.push(format!(
                        "{} ({}): role {} starts {s} after it ends {end}",
                        e.id, e.name, r.code
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems, first ones:\n{}",
        problems.len(),
        problems[..problems.len().min(20)].join("\n")
    );
}

#[test]
fn the_checker_rejects_what_it_should() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base loads");
    let codes = Codes::new(&kb);
    for good in ["RUS", "RUSGOV", "USAGOVMIL", "IGOUNO", "NGOHRI", "AFRREB", "SUNREB"] {
        assert_eq!(codes.problem(good, false), None, "{good}");
    }
    for bad in ["", "RU", "rus", "XYZ", "RUSXYZ", "RUSGO", "GOV1"] {
        assert!(codes.problem(bad, false).is_some(), "{bad}");
    }
    assert_eq!(codes.problem("CVLOPP", true), None);
    assert!(codes.problem("RUS", true).is_some());
}
