//! Importing PETRARCH/TABARI dictionaries (actors, agents, verbs, discards), so that
//! dragoman can code with a project's own dictionaries (`--dict PATH`), on top of or
//! instead of the built-in knowledge base.
//!
//! Actors file:
//! ```text
//! RECEP_TAYYIP_ERDOGAN_  # comment          an actor; `_` joins words
//! +ERDOGAN                                  another name of it
//!     [TURGOV 021118-030314]                a dated code (YYMMDD or YYYYMMDD)
//!     [TURGOV >030314]                      from that date on
//! ISRAEL [ISR]                              an actor with its code on one line
//! ```
//! Agents file: `FOREIGN_MINISTER [~GOV]`, `POLICE {} [~COP]`, `!PERSON! = MAN, MEN`.
//! Discards file: one phrase per line, `+` for story-level discards.

use std::path::Path;

use chrono::NaiveDate;

use crate::entity::{Entity, EntityKind, Role, RoleKind};
use crate::error::KbError;
use crate::kb::{AliasKind, KnowledgeBase};
use crate::verbs::VerbDictionary;

/// Which kind of dictionary a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictKind {
    Actors,
    Agents,
    Verbs,
    Discards,
}

impl DictKind {
    /// Guesses from the file name (`*.actors.txt`, `*agents*`, `*verbs*`, `*discard*`).
    pub fn from_name(name: &str) -> Option<DictKind> {
        let n = name.to_ascii_lowercase();
        if n.contains("actor") {
            Some(DictKind::Actors)
        } else if n.contains("agent") {
            Some(DictKind::Agents)
        } else if n.contains("verb") || n.contains("cameo.") {
            Some(DictKind::Verbs)
        } else if n.contains("discard") {
            Some(DictKind::Discards)
        } else {
            None
        }
    }
}

/// What an import added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub files: Vec<String>,
    pub actors: usize,
    pub agents: usize,
    pub verb_blocks: usize,
    pub discards: usize,
}

impl KnowledgeBase {
    /// Imports every dictionary in `path` (a file, or a directory of `*.txt` files whose
    /// names say their kind). With `replace`, the built-in verbs are dropped first when a
    /// verbs file is given, so the project's verbs alone decide codes.
    pub fn import_petrarch(&mut self, path: &Path, replace: bool) -> Result<ImportReport, KbError> {
        let mut files = Vec::new();
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| io_error(path, e))?;
            for entry in entries {
                let p = entry.map_err(|e| io_error(path, e))?.path();
                if p.is_file() && DictKind::from_name(&p.to_string_lossy()).is_some() {
                    files.push(p);
                }
            }
            files.sort();
        } else {
            files.push(path.to_path_buf());
        }
        let mut report = ImportReport::default();
        let mut replaced_verbs = false;
        for f in files {
            let name = f.to_string_lossy().to_string();
            let Some(kind) = DictKind::from_name(&name) else {
                return Err(KbError::Io {
                    path: name,
                    message: "cannot tell the dictionary kind: name it *actors*, *agents*, *verbs* or *discards*"
                        .into(),
                });
            };
            let bytes = std::fs::read(&f).map_err(|e| io_error(&f, e))?;
            let text = String::from_utf8_lossy(&bytes);
            match kind {
                DictKind::Actors => report.actors += self.import_actors(&name, &text)?,
                DictKind::Agents => report.agents += self.import_agents(&text),
                DictKind::Verbs => {
                    let verbs = VerbDictionary::parse(&name, &text)?;
                    report.verb_blocks += verbs.blocks.len();
                    if replace && !replaced_verbs {
                        self.verbs = verbs;
                        replaced_verbs = true;
                    } else {
                        self.verbs.merge(verbs);
                    }
                }
                DictKind::Discards => report.discards += self.import_discards(&text),
            }
            report.files.push(name);
        }
        self.index_offices();
        self.compile_lexicon();
        Ok(report)
    }

    /// Imports an actors dictionary; returns how many actors it defined.
    pub fn import_actors(&mut self, source: &str, text: &str) -> Result<usize, KbError> {
        let mut count = 0;
        let mut current = None;
        let mut in_comment = false;
        for (i, raw) in text.lines().enumerate() {
            if xml_comment(raw, &mut in_comment) {
                continue;
            }
            let line = raw.split('#').next().unwrap_or("");
            if line.trim().is_empty() {
                continue;
            }
            let starts_blank = line.starts_with(char::is_whitespace);
            let t = line.trim();
            if let Some(alias) = t.strip_prefix('+') {
                if let Some(id) = current {
                    let (name, codes) = split_codes(alias);
                    self.add_alias(id, &words_of(name), AliasKind::Name);
                    self.add_codes(id, &codes, source, i + 1)?;
                }
                continue;
            }
            if t.starts_with('[') && (starts_blank || current.is_some()) {
                if let Some(id) = current {
                    let (_, codes) = split_codes(t);
                    self.add_codes(id, &codes, source, i + 1)?;
                }
                continue;
            }
            let (name, codes) = split_codes(t);
            let display = words_of(name);
            if display.is_empty() {
                continue;
            }
            let kind = actor_kind(&codes);
            let mut e = Entity::new(
                format!("dict:{}", display.to_lowercase().replace(' ', "-")),
                kind,
                display.as_str(),
            );
            e.id = format!("{}#{}", e.id, self.entities.len()).into();
            let id = self.add_entity(e);
            self.add_alias(id, &display, AliasKind::Name);
            self.add_codes(id, &codes, source, i + 1)?;
            current = Some(id);
            count += 1;
        }
        Ok(count)
    }

    fn add_codes(&mut self, id: u32, codes: &[String], source: &str, line: usize) -> Result<(), KbError> {
        for c in codes {
            let (code, start, end) = parse_dated_code(c).map_err(|m| KbError::Dictionary {
                source_name: source.to_string(),
                line,
                message: m,
            })?;
            if code.is_empty() || code.starts_with('-') {
                continue;
            }
            let e = self.entity_mut(id);
            if start.is_none() && end.is_none() && e.code.is_none() {
                e.code = Some(code.as_str().into());
                if e.kind == EntityKind::Country {
                    e.country = Some(code.as_str().into());
                }
            }
            if e.kind == EntityKind::Person || start.is_some() || end.is_some() {
                e.kind = EntityKind::Person;
                e.roles.push(Role {
                    code: code.into(),
                    kind: RoleKind::Other,
                    title: "".into(),
                    start,
                    end,
                    curated: true,
                });
            }
        }
        Ok(())
    }

    /// Imports an agents dictionary; returns how many terms it added.
    pub fn import_agents(&mut self, text: &str) -> usize {
        let mut subs: Vec<(String, Vec<String>)> = Vec::new();
        let mut count = 0;
        let mut in_comment = false;
        for raw in text.lines() {
            if xml_comment(raw, &mut in_comment) {
                continue;
            }
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('!') {
                if let Some((name, values)) = line.split_once('=') {
                    subs.push((
                        name.trim().to_string(),
                        values.split(',').map(|v| v.trim().to_string()).collect(),
                    ));
                }
                continue;
            }
            let (main, codes) = split_codes(line);
            let Some(code) = codes
                .first()
                .map(|c| c.trim_start_matches('~').trim_end_matches('~').to_string())
            else {
                continue;
            };
            let (term, plurals) = match main.find('{') {
                Some(p) => (
                    &main[..p],
                    main[p + 1..].trim_end_matches(|c| c != '}').trim_end_matches('}'),
                ),
                None => (main, ""),
            };
            let id = self.agent_entity(&code);
            for t in expand_substitutions(term.trim(), &subs) {
                let words = words_of(&t);
                self.add_agent_alias(id, &words);
                self.add_agent_alias(id, &regular_plural(&words));
                count += 1;
            }
            for p in plurals.split_whitespace() {
                self.add_agent_alias(id, &words_of(p));
            }
        }
        count
    }

    /// Imports discard phrases; returns how many.
    pub fn import_discards(&mut self, text: &str) -> usize {
        let mut count = 0;
        for raw in text.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() || line.starts_with("<!--") {
                continue;
            }
            let (story, phrase) = match line.strip_prefix('+') {
                Some(p) => (true, p),
                None => (false, line),
            };
            let tokens = crate::names::name_tokens(&words_of(phrase));
            if !tokens.is_empty() {
                self.discards.push((tokens, story));
                count += 1;
            }
        }
        count
    }
}

fn io_error(path: &Path, e: std::io::Error) -> KbError {
    KbError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

fn xml_comment(line: &str, in_comment: &mut bool) -> bool {
    let t = line.trim();
    if *in_comment {
        if t.contains("-->") {
            *in_comment = false;
        }
        return true;
    }
    if t.starts_with("<!--") {
        *in_comment = !t.contains("-->");
        return true;
    }
    false
}

/// `NAME_WORDS [CODE a-b] [CODE2]` -> ("NAME_WORDS", ["CODE a-b", "CODE2"]).
fn split_codes(s: &str) -> (&str, Vec<String>) {
    let name_end = s.find('[').unwrap_or(s.len());
    let mut codes = Vec::new();
    let mut rest = &s[name_end..];
    while let Some(a) = rest.find('[') {
        let Some(b) = rest[a..].find(']') else { break };
        codes.push(rest[a + 1..a + b].trim().to_string());
        rest = &rest[a + b + 1..];
    }
    (s[..name_end].trim(), codes)
}

/// `SERGEY_V._LAVROV_` -> "SERGEY V. LAVROV".
fn words_of(name: &str) -> String {
    name.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn actor_kind(codes: &[String]) -> EntityKind {
    let dated = codes.iter().any(|c| c.split_whitespace().nth(1).is_some());
    if dated {
        EntityKind::Person
    } else if codes.first().is_some_and(|c| c.len() == 3) {
        EntityKind::Country
    } else {
        EntityKind::Organisation
    }
}

/// `RUSGOV >20040309`, `TURGOV 021118-030314`, `HOB < 950601`, `ELI`.
pub fn parse_dated_code(s: &str) -> Result<(String, Option<NaiveDate>, Option<NaiveDate>), String> {
    let mut parts = s.splitn(2, char::is_whitespace);
    let code = parts.next().unwrap_or("").trim().to_string();
    let range: String = parts
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if range.is_empty() {
        return Ok((code, None, None));
    }
    if let Some(d) = range.strip_prefix('>') {
        return Ok((code, Some(petrarch_date(d)?), None));
    }
    if let Some(d) = range.strip_prefix('<') {
        return Ok((code, None, Some(petrarch_date(d)?)));
    }
    match range.split_once('-') {
        Some((a, b)) => Ok((code, Some(petrarch_date(a)?), Some(petrarch_date(b)?))),
        None => Err(format!("unreadable date range `{range}`")),
    }
}

/// YYMMDD (years 30-99 are 19xx) or YYYYMMDD.
pub fn petrarch_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    let full = match s.len() {
        6 => {
            let yy: u32 = s
                .get(..2)
                .and_then(|y| y.parse().ok())
                .ok_or_else(|| format!("bad date `{s}`"))?;
            format!("{}{}", if yy >= 30 { 19 } else { 20 }, s)
        }
        8 => s.to_string(),
        _ => return Err(format!("bad date `{s}`")),
    };
    NaiveDate::parse_from_str(&full, "%Y%m%d").map_err(|_| format!("bad date `{s}`"))
}

fn expand_substitutions(term: &str, subs: &[(String, Vec<String>)]) -> Vec<String> {
    for (name, values) in subs {
        if term.contains(name.as_str()) {
            return values
                .iter()
                .flat_map(|v| expand_substitutions(&term.replace(name.as_str(), v), subs))
                .collect();
        }
    }
    vec![term.to_string()]
}

fn regular_plural(words: &str) -> String {
    let lower = words.to_ascii_lowercase();
    if lower.ends_with('s') || lower.ends_with("sh") || lower.ends_with("ch") || lower.ends_with('x') {
        format!("{words}ES")
    } else if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") && !lower.ends_with("oy") {
        format!("{}IES", &words[..words.len() - 1])
    } else {
        format!("{words}S")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_and_ranges() {
        assert_eq!(petrarch_date("720101").unwrap(), d("1972-01-01"));
        assert_eq!(petrarch_date("021118").unwrap(), d("2002-11-18"));
        assert_eq!(petrarch_date("20040309").unwrap(), d("2004-03-09"));
        assert!(petrarch_date("2004017").is_err());
        assert_eq!(
            parse_dated_code("RUSGOV >20040309").unwrap(),
            ("RUSGOV".into(), Some(d("2004-03-09")), None)
        );
        assert_eq!(
            parse_dated_code("HOB < 950601").unwrap(),
            ("HOB".into(), None, Some(d("1995-06-01")))
        );
        assert_eq!(
            parse_dated_code("HOBGOV 19950601 - 19990815").unwrap(),
            ("HOBGOV".into(), Some(d("1995-06-01")), Some(d("1999-08-15")))
        );
    }

    #[test]
    fn imports_actors_agents_and_discards() {
        let mut kb = KnowledgeBase::empty();
        let n = kb
            .import_actors(
                "t",
                "<!-- header -->\nISRAEL [ISR]\nGOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n",
            )
            .unwrap();
        assert_eq!(n, 2);
        let israel = kb.names().get(&["israel"])[0].entity;
        assert_eq!(kb.entity(israel).kind, EntityKind::Country);
        let gollum = kb.names().get(&["smeagol"])[0].entity;
        assert_eq!(kb.entity(gollum).code_on(d("1997-01-01")).as_deref(), Some("HOBGOV"));
        assert_eq!(kb.entity(gollum).code_on(d("1990-01-01")).as_deref(), Some("HOB"));
        let a = kb.import_agents("!PERSON! = MAN, WOMAN\nPOLICE!PERSON! [~COP]\nFOREIGN_MINISTER [~GOVFRM]\n");
        assert_eq!(a, 3);
        let p = kb.names().get(&["policewoman"])[0].entity;
        assert_eq!(kb.entity(p).code.as_deref(), Some("COP"));
        assert!(!kb.names().get(&["foreign", "ministers"]).is_empty());
        assert_eq!(kb.import_discards("MONTHS LATER\n+Manchester United # x\n"), 2);
        assert!(kb.discards[1].1);
    }
}
