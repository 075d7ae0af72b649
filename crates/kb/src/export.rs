//! The knowledge base written out: as JSON lines (one entity per line, with its names and
//! dated roles) and as PETRARCH/TABARI dictionaries that PETRARCH2, or `--dict`, can read.

use std::io::{self, Write};

use chrono::NaiveDate;
use serde_json::json;

use crate::entity::{Entity, EntityKind};
use crate::kb::{AliasKind, KnowledgeBase};

impl KnowledgeBase {
    /// Every entity's names as the index holds them (folded, spelling variants included),
    /// indexed by entity id, sorted and without duplicates.
    pub fn names_by_entity(&self) -> Vec<Vec<(String, AliasKind)>> {
        let mut by_entity: Vec<Vec<(String, AliasKind)>> = vec![Vec::new(); self.entities.len()];
        for (tokens, values) in self.names().phrases() {
            let phrase = tokens.join(" ");
            for v in values {
                by_entity[v.entity as usize].push((phrase.clone(), v.kind));
            }
        }
        for names in &mut by_entity {
            names.sort_by(|a, b| a.0.cmp(&b.0));
            names.dedup_by(|a, b| a.0 == b.0);
        }
        by_entity
    }

    /// One JSON object per entity of the given kinds (all when empty); returns how many.
    pub fn write_jsonl(&self, kinds: &[EntityKind], out: &mut impl Write) -> io::Result<usize> {
        let names = self.names_by_entity();
        let mut n = 0;
        for (id, e) in self.entities.iter().enumerate() {
            if !kinds.is_empty() && !kinds.contains(&e.kind) {
                continue;
            }
            let roles: Vec<_> = e
                .roles
                .iter()
                .map(|r| {
                    json!({"code": r.code, "role": r.kind.as_str(), "title": r.title,
                           "start": r.start, "end": r.end, "curated": r.curated})
                })
                .collect();
            let aliases: Vec<_> = names[id]
                .iter()
                .map(|(n, k)| json!({"name": n, "as": k.as_str()}))
                .collect();
            let geo = e.geo.as_ref();
            let v = json!({
                "id": e.id, "kind": e.kind.as_str(), "name": e.name, "code": e.code,
                "country": e.country, "iso3": e.iso3,
                "org_kind": e.org_kind.map(|k| format!("{k:?}").to_lowercase()),
                "lat": geo.and_then(|g| g.lat), "lon": geo.and_then(|g| g.lon),
                "population": geo.map(|g| g.population),
                "roles": roles, "aliases": aliases,
            });
            serde_json::to_writer(&mut *out, &v)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    }

    /// An actors dictionary in PETRARCH format: countries, organisations and people, each
    /// with its names (`+NAME`) and codes, dated ones as `[CODE YYYYMMDD-YYYYMMDD]`.
    /// Places are left out: PETRARCH has no place actors. Returns how many actors.
    pub fn write_petrarch_actors(&self, out: &mut impl Write) -> io::Result<usize> {
        let names = self.names_by_entity();
        writeln!(
            out,
            "# dragoman knowledge base, exported as a PETRARCH actors dictionary"
        )?;
        writeln!(
            out,
            "# dated codes: [CODE >START], [CODE <END], [CODE START-END] (YYYYMMDD)"
        )?;
        let mut n = 0;
        for (id, e) in self.entities.iter().enumerate() {
            if !matches!(
                e.kind,
                EntityKind::Country | EntityKind::Organisation | EntityKind::Person
            ) {
                continue;
            }
            let codes = petrarch_codes(e);
            if codes.is_empty() {
                continue;
            }
            let main = petrarch_phrase(&e.name);
            if main.is_empty() {
                continue;
            }
            writeln!(out, "{main}  # {}", e.id)?;
            for (alias, _) in &names[id] {
                let alias = petrarch_phrase(alias);
                if !alias.is_empty() && alias != main {
                    writeln!(out, "+{alias}")?;
                }
            }
            for c in codes {
                writeln!(out, "{c}")?;
            }
            n += 1;
        }
        Ok(n)
    }

    /// An agents dictionary in PETRARCH format: each role noun with its sector code.
    pub fn write_petrarch_agents(&self, out: &mut impl Write) -> io::Result<usize> {
        let names = self.names_by_entity();
        writeln!(
            out,
            "# dragoman knowledge base, exported as a PETRARCH agents dictionary"
        )?;
        let mut n = 0;
        for (id, e) in self.entities.iter().enumerate() {
            let (EntityKind::Agent, Some(code)) = (e.kind, e.code.as_deref()) else {
                continue;
            };
            for (term, _) in &names[id] {
                let term = petrarch_phrase(term);
                if !term.is_empty() {
                    writeln!(out, "{term} [~{code}]")?;
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

/// "Sergey Lavrov" -> `SERGEY_LAVROV`. Characters PETRARCH reads as syntax are dropped.
fn petrarch_phrase(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '[' | ']' | '{' | '}' | '#' | '+' | '!' | '~' | '<' | '>'))
                .collect::<String>()
                .to_uppercase()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

fn petrarch_date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The entity's code lines: its undated code, then its roles.
fn petrarch_codes(e: &Entity) -> Vec<String> {
    let mut codes = Vec::new();
    if let Some(code) = e.code.as_deref() {
        codes.push(format!("[{code}]"));
    }
    for r in &e.roles {
        let line = match (r.start, r.end) {
            (None, None) => format!("[{}]", r.code),
            (Some(s), None) => format!("[{} >{}]", r.code, petrarch_date(s)),
            (None, Some(end)) => format!("[{} <{}]", r.code, petrarch_date(end)),
            (Some(s), Some(end)) => format!("[{} {}-{}]", r.code, petrarch_date(s), petrarch_date(end)),
        };
        if !codes.contains(&line) {
            codes.push(line);
        }
    }
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_become_petrarch_words() {
        assert_eq!(petrarch_phrase("Sergey  Lavrov"), "SERGEY_LAVROV");
        assert_eq!(petrarch_phrase("al-Sisi [x]"), "AL-SISI_X");
        assert_eq!(petrarch_phrase("!!"), "");
    }
}
