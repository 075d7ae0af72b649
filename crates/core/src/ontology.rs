//! The CAMEO event ontology and its PLOVER mapping, compiled from `data/ontology`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::tsv::{Tsv, TsvError};

const CAMEO_EVENTS: &str = include_str!("../../../data/ontology/cameo_events.tsv");
const CAMEO_PLOVER: &str = include_str!("../../../data/ontology/cameo_plover.tsv");
const PLOVER_TYPES: &str = include_str!("../../../data/ontology/plover_types.tsv");
const PLOVER_CONTEXTS: &str = include_str!("../../../data/ontology/plover_contexts.tsv");
const ACTOR_TYPES: &str = include_str!("../../../data/ontology/cameo_actor_types.tsv");

/// A PLOVER event type as its manual defines it.
#[derive(Clone, Debug, PartialEq)]
pub struct PloverType {
    pub event: String,
    /// PLOVER's quad category (1-4), which differs from CAMEO's for some codes (CONCEDE).
    pub quad: u8,
    /// The type's conflict-cooperation score (-10..10).
    pub score: f64,
    /// Its modes, with their own scores where the manual gives one.
    pub modes: Vec<(String, Option<f64>)>,
}

/// One CAMEO event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CameoEvent {
    pub code: String,
    pub name: String,
    pub goldstein: f64,
    /// GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad: u8,
    /// 0 statement/appeal (roots 01-02), then 1-4 as `quad` for the other roots.
    pub penta: u8,
    pub root: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PloverMapping {
    pub event: String,
    pub mode: Option<String>,
    pub context: Option<String>,
}

/// All CAMEO codes and the CAMEO -> PLOVER table.
pub struct Ontology {
    events: FxHashMap<String, CameoEvent>,
    plover: FxHashMap<String, PloverMapping>,
    plover_types: FxHashMap<String, PloverType>,
    plover_contexts: Vec<String>,
    actor_types: FxHashMap<String, String>,
}

impl Ontology {
    /// The ontology compiled into the binary, parsed on first use.
    pub fn get() -> &'static Ontology {
        static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
        ONTOLOGY.get_or_init(|| {
            // The tables are part of the binary and checked by tests, so a failure here is
            // a build defect, not an input error.
            Ontology::parse(CAMEO_EVENTS, CAMEO_PLOVER)
                .and_then(|o| o.with_plover_manual(PLOVER_TYPES, PLOVER_CONTEXTS))
                .and_then(|o| o.with_actor_types(ACTOR_TYPES))
                .expect("built-in ontology tables are valid")
        })
    }

    pub fn parse(events: &str, plover: &str) -> Result<Ontology, TsvError> {
        Ok(Ontology {
            events: parse_events(events)?,
            plover: parse_plover(plover)?,
            plover_types: FxHashMap::default(),
            plover_contexts: Vec::new(),
            actor_types: FxHashMap::default(),
        })
    }

    /// Adds CAMEO's actor type codes and their labels (`GOV` → "Government").
    pub fn with_actor_types(mut self, table: &str) -> Result<Ontology, TsvError> {
        let t = Tsv::parse("cameo_actor_types.tsv", table)?;
        let (c_code, c_label) = (t.column("code")?, t.column("label")?);
        self.actor_types = t
            .rows()
            .map(|r| (r.get(c_code).to_string(), r.get(c_label).to_string()))
            .collect();
        Ok(self)
    }

    /// The short label of a CAMEO actor type code: "Government" for `GOV`, "People" for
    /// `PPL` (the table's source notes in brackets and lists after a comma left out).
    pub fn actor_type(&self, code: &str) -> Option<&str> {
        let label = self.actor_types.get(code)?;
        let label = label.split(" (").next().unwrap_or(label);
        Some(label.split(", ").next().unwrap_or(label).trim())
    }

    /// Is the code a people's ("KUR", "TAM": CAMEO's ethnic group codes, which the
    /// table labels "Kurd (ethnic group)")?
    pub fn is_ethnic_group(&self, code: &str) -> bool {
        self.actor_types
            .get(code)
            .is_some_and(|l| l.ends_with("(ethnic group)"))
    }

    /// Adds PLOVER's own type table (quad, scores, modes) and its contexts.
    pub fn with_plover_manual(mut self, types: &str, contexts: &str) -> Result<Ontology, TsvError> {
        let t = Tsv::parse("plover_types.tsv", types)?;
        let cols = (
            t.column("event")?,
            t.column("mode")?,
            t.column("quad")?,
            t.column("score")?,
        );
        for row in t.rows() {
            let score = row.opt(cols.3).map(str::parse::<f64>).transpose();
            let quad = row.get(cols.2).parse::<u8>();
            let (Ok(score), Ok(quad)) = (score, quad) else {
                return Err(t.error(row.line, "bad quad or score"));
            };
            let ty = self
                .plover_types
                .entry(row.get(cols.0).to_string())
                .or_insert_with(|| PloverType {
                    event: row.get(cols.0).to_string(),
                    quad,
                    score: 0.0,
                    modes: Vec::new(),
                });
            match row.opt(cols.1) {
                Some(mode) => ty.modes.push((mode.to_string(), score)),
                None => ty.score = score.unwrap_or(0.0),
            }
        }
        let t = Tsv::parse("plover_contexts.tsv", contexts)?;
        let c = t.column("context")?;
        self.plover_contexts = t.rows().map(|r| r.get(c).to_string()).collect();
        Ok(self)
    }

    /// A PLOVER event type (`ASSAULT`), as the manual defines it.
    pub fn plover_type(&self, event: &str) -> Option<&PloverType> {
        self.plover_types.get(event)
    }

    /// Is `context` one of PLOVER's general contexts?
    pub fn is_plover_context(&self, context: &str) -> bool {
        self.plover_contexts.iter().any(|c| c == context)
    }

    /// The event code, if CAMEO defines it.
    pub fn event(&self, code: &str) -> Option<&CameoEvent> {
        self.events.get(code)
    }

    pub fn is_valid(&self, code: &str) -> bool {
        self.events.contains_key(code)
    }

    /// The PLOVER event and mode of a CAMEO code, falling back to its parent codes.
    pub fn plover(&self, code: &str) -> Option<&PloverMapping> {
        let mut code = code;
        loop {
            if let Some(m) = self.plover.get(code) {
                return Some(m);
            }
            if code.len() <= 2 {
                return None;
            }
            code = &code[..code.len() - 1];
        }
    }

    pub fn codes(&self) -> impl Iterator<Item = &CameoEvent> {
        self.events.values()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

/// The two-digit root of a CAMEO code, or None if it is not a code at all.
pub fn cameo_root(code: &str) -> Option<&str> {
    (code.len() >= 2 && code.bytes().all(|b| b.is_ascii_digit())).then(|| &code[..2])
}

/// Is the code one of violence (CAMEO roots 18 to 20: assault, fight, mass violence)?
pub fn is_violent(code: &str) -> bool {
    matches!(cameo_root(code), Some("18" | "19" | "20"))
}

fn parse_events(text: &str) -> Result<FxHashMap<String, CameoEvent>, TsvError> {
    let t = Tsv::parse("cameo_events.tsv", text)?;
    let (c_code, c_name, c_gold, c_quad, c_penta) = (
        t.column("code")?,
        t.column("name")?,
        t.column("goldstein")?,
        t.column("quad")?,
        t.column("penta")?,
    );
    let mut events = FxHashMap::default();
    for row in t.rows() {
        let code = row.get(c_code);
        let root = cameo_root(code).ok_or_else(|| t.error(row.line, format!("bad code `{code}`")))?;
        let number = |i: usize| -> Result<f64, TsvError> {
            row.get(i)
                .parse::<f64>()
                .map_err(|_| t.error(row.line, format!("bad number `{}`", row.get(i))))
        };
        let event = CameoEvent {
            code: code.to_string(),
            name: row.get(c_name).to_string(),
            goldstein: number(c_gold)?,
            quad: number(c_quad)? as u8,
            penta: number(c_penta)? as u8,
            root: root.to_string(),
        };
        events.insert(event.code.clone(), event);
    }
    Ok(events)
}

fn parse_plover(text: &str) -> Result<FxHashMap<String, PloverMapping>, TsvError> {
    let t = Tsv::parse("cameo_plover.tsv", text)?;
    let (c_cameo, c_event, c_mode, c_context) = (
        t.column("cameo")?,
        t.column("plover_event")?,
        t.column("mode")?,
        t.column("context")?,
    );
    let mut map = FxHashMap::default();
    for row in t.rows().filter(|r| r.opt(c_event).is_some()) {
        let mapping = PloverMapping {
            event: row.get(c_event).to_string(),
            mode: row.opt(c_mode).map(str::to_string),
            context: row.opt(c_context).map(str::to_string),
        };
        map.insert(row.get(c_cameo).to_string(), mapping);
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_types_have_short_labels() {
        let o = Ontology::get();
        assert_eq!(o.actor_type("GOV"), Some("Government"));
        assert_eq!(o.actor_type("PPL"), Some("People"));
        assert_eq!(o.actor_type("XYZ"), None);
    }

    #[test]
    fn built_in_ontology_is_complete_and_consistent() {
        let o = Ontology::get();
        assert!(o.len() >= 300, "CAMEO has about 310 codes, got {}", o.len());
        for e in o.codes() {
            let root: u8 = e.root.parse().unwrap();
            let quad = match root {
                1..=5 => 1,
                6..=8 => 2,
                9..=13 => 3,
                _ => 4,
            };
            assert_eq!(e.quad, quad, "quad class of {}", e.code);
            assert!((-10.0..=10.0).contains(&e.goldstein), "goldstein of {}", e.code);
            // PLOVER dropped CAMEO's statements (01) and appeals (02).
            let dropped = e.root == "01" || e.root == "02";
            assert_eq!(o.plover(&e.code).is_none(), dropped, "PLOVER type of {}", e.code);
        }
        assert_eq!(o.event("046").unwrap().quad, 1);
        assert_eq!(o.event("163").unwrap().quad, 4);
        assert_eq!(o.event("190").unwrap().goldstein, -10.0);
        assert_eq!(o.plover("046").unwrap().event, "CONSULT");
    }

    #[test]
    fn plover_types_from_the_manual() {
        let o = Ontology::get();
        for m in o.plover.values() {
            assert!(
                o.plover_type(&m.event).is_some(),
                "{} has no PLOVER type entry",
                m.event
            );
        }
        assert_eq!(o.plover_type("CONCEDE").unwrap().quad, 1);
        assert_eq!(o.plover_type("ASSAULT").unwrap().score, -9.0);
        assert!(o
            .plover_type("CONSULT")
            .unwrap()
            .modes
            .iter()
            .any(|(m, _)| m == "visit"));
        assert!(o.is_plover_context("pro_autocracy") && !o.is_plover_context("visit"));
    }

    #[test]
    fn roots() {
        assert_eq!(cameo_root("0874"), Some("08"));
        assert_eq!(cameo_root("1"), None);
        assert_eq!(cameo_root("---"), None);
    }
}
