//! Event filters shared by `dragoman query`, `export` and the HTTP API, turned into SQL
//! with every value bound as a parameter.

use chrono::NaiveDate;
use rusqlite::types::Value;

/// Which events to select.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// A CAMEO actor code prefix (`RUS`, `RUSGOV`) or a name fragment, as source or target.
    pub actor: Option<String>,
    /// Events between these two actors, either direction.
    pub dyad: Option<(String, String)>,
    /// Country (CAMEO/ISO3) of either actor.
    pub country: Option<String>,
    /// A CAMEO event code prefix.
    pub cameo: Option<String>,
    /// Two-digit CAMEO root.
    pub root: Option<String>,
    /// QuadClass 1-4.
    pub quad: Option<u8>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Fragment of the place name.
    pub place: Option<String>,
    /// Words in the evidence (full-text search).
    pub text: Option<String>,
    /// Negated events are left out unless asked for.
    pub include_negated: bool,
    /// Only events without a date.
    pub undated: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    DateDesc,
    DateAsc,
    GoldsteinDesc,
    GoldsteinAsc,
    ConfidenceDesc,
    ConfidenceAsc,
}

impl Sort {
    pub fn parse(s: &str) -> Option<Sort> {
        Some(match s {
            "-date" => Sort::DateDesc,
            "date" => Sort::DateAsc,
            "-goldstein" => Sort::GoldsteinDesc,
            "goldstein" => Sort::GoldsteinAsc,
            "-confidence" => Sort::ConfidenceDesc,
            "confidence" => Sort::ConfidenceAsc,
            _ => return None,
        })
    }

    pub(crate) fn sql(self) -> &'static str {
        match self {
            Sort::DateDesc => "e.date DESC, e.id DESC",
            Sort::DateAsc => "e.date ASC, e.id ASC",
            Sort::GoldsteinDesc => "e.goldstein DESC, e.id",
            Sort::GoldsteinAsc => "e.goldstein ASC, e.id",
            Sort::ConfidenceDesc => "e.confidence DESC, e.id",
            Sort::ConfidenceAsc => "e.confidence ASC, e.id",
        }
    }
}

/// Does this look like a CAMEO code (upper-case letters, 3 to 15) rather than a name?
pub fn is_code(s: &str) -> bool {
    (3..=15).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase())
}

/// The half-open range of strings that start with `prefix`, as bounds an index can seek
/// to (`LIKE 'RUS%'` would scan the table: SQLite's LIKE is case-insensitive and the code
/// columns are not). No valid UTF-8 continuation sorts above U+10FFFF.
fn prefix_range(prefix: &str) -> (String, String) {
    (prefix.to_string(), format!("{prefix}\u{10FFFF}"))
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

impl Filter {
    /// The WHERE clause (over `events e`) and its parameters.
    pub(crate) fn sql(&self) -> (String, Vec<Value>) {
        let mut clauses: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        // Each `?` of a clause takes the next parameter number.
        let mut push = |clause: &str, values: Vec<Value>| {
            let mut c = String::with_capacity(clause.len() + 8);
            let mut values = values.into_iter();
            for (i, part) in clause.split('?').enumerate() {
                if i > 0 {
                    if let Some(v) = values.next() {
                        params.push(v);
                    }
                    c.push_str(&format!("?{}", params.len()));
                }
                c.push_str(part);
            }
            clauses.push(c);
        };
        if !self.include_negated {
            push("e.negated = 0", vec![]);
        }
        if let Some(a) = self.actor.as_deref().filter(|s| !s.trim().is_empty()) {
            let a = a.trim();
            if is_code(a) {
                let (lo, hi) = prefix_range(a);
                push(
                    "((e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND e.target_code < ?))",
                    vec![lo.clone().into(), hi.clone().into(), lo.into(), hi.into()],
                );
            } else {
                let p = format!("%{}%", like_escape(a));
                push(
                    "(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\' OR e.source_text LIKE ? ESCAPE '\\' OR e.target_text LIKE ? ESCAPE '\\')",
                    vec![p.clone().into(), p.clone().into(), p.clone().into(), p.into()],
                );
            }
        }
        if let Some((a, b)) = &self.dyad {
            let (a_lo, a_hi) = prefix_range(&a.trim().to_uppercase());
            let (b_lo, b_hi) = prefix_range(&b.trim().to_uppercase());
            push(
                "((e.source_code >= ? AND e.source_code < ? AND e.target_code >= ? AND e.target_code < ?) OR (e.source_code >= ? AND e.source_code < ? AND e.target_code >= ? AND e.target_code < ?))",
                vec![
                    a_lo.clone().into(),
                    a_hi.clone().into(),
                    b_lo.clone().into(),
                    b_hi.clone().into(),
                    b_lo.into(),
                    b_hi.into(),
                    a_lo.into(),
                    a_hi.into(),
                ],
            );
        }
        if let Some(c) = self.country.as_deref().filter(|s| !s.is_empty()) {
            push(
                "(e.source_country = ? OR e.target_country = ?)",
                vec![c.to_string().into(), c.to_string().into()],
            );
        }
        if let Some(c) = self.cameo.as_deref().filter(|s| !s.is_empty()) {
            push(
                "e.cameo LIKE ? ESCAPE '\\'",
                vec![format!("{}%", like_escape(c)).into()],
            );
        }
        if let Some(r) = self.root.as_deref().filter(|s| !s.is_empty()) {
            push("e.cameo_root = ?", vec![r.to_string().into()]);
        }
        if let Some(q) = self.quad {
            push("e.quad = ?", vec![(q as i64).into()]);
        }
        if let Some(d) = self.from {
            push("e.date >= ?", vec![d.to_string().into()]);
        }
        if let Some(d) = self.to {
            push("e.date <= ?", vec![d.to_string().into()]);
        }
        if let Some(p) = self.place.as_deref().filter(|s| !s.is_empty()) {
            push(
                "e.place_name LIKE ? ESCAPE '\\'",
                vec![format!("%{}%", like_escape(p)).into()],
            );
        }
        if self.undated {
            push("e.date IS NULL", vec![]);
        }
        if let Some(t) = self.text.as_deref().filter(|s| !s.trim().is_empty()) {
            push(
                "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
                vec![fts_query(t).into()],
            );
        }
        let sql = if clauses.is_empty() {
            "1".to_string()
        } else {
            clauses.join(" AND ")
        };
        (sql, params)
    }
}

/// A CAMEO root as written in the database: two digits, 01 to 20. A single digit gets a
/// hint ("4" is root 04), since typing the leading zero is easy to forget.
pub fn parse_root(s: &str) -> Result<String, String> {
    let s = s.trim();
    match s.parse::<u32>() {
        Ok(1..=20) if s.len() == 2 => Ok(s.to_string()),
        Ok(n @ 1..=9) if s.len() == 1 => Err(format!("a CAMEO root has two digits: write 0{n}, not {s}")),
        _ => Err(format!("a CAMEO root is two digits from 01 to 20, not `{s}`")),
    }
}

/// A CAMEO event code or prefix that CAMEO defines (`04`, `046`, `1823`).
pub fn parse_cameo(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("a CAMEO event code is digits (04, 046, 1823), not `{s}`"));
    }
    if s.len() == 1 {
        return Err(format!(
            "a CAMEO code starts with a two-digit root: write 0{s}, not {s}"
        ));
    }
    if !dragoman_core::Ontology::get().codes().any(|c| c.code.starts_with(s)) {
        return Err(format!("`{s}` is not a CAMEO event code or the start of one"));
    }
    Ok(s.to_string())
}

/// A country as the database stores it (CAMEO's three-letter code), from an ISO 3166
/// alpha-3 or CAMEO code in any case (`usa`, `ROU`, `ROM`) or an English name (`Russia`).
pub fn parse_country(s: &str) -> Result<String, String> {
    let s = s.trim();
    let geo = dragoman_core::geo::Geo::get();
    if let Some(c) = geo.country(&s.to_uppercase()) {
        return Ok(c.cameo.clone());
    }
    let folded = s.to_lowercase();
    if let Some(c) = geo.countries().iter().find(|c| c.name.to_lowercase() == folded) {
        return Ok(c.cameo.clone());
    }
    // "Russia" for "Russian Federation", "Iran" for "Iran, Islamic Republic of": a name's
    // start, when only one country's name starts so.
    let starts: Vec<_> = geo
        .countries()
        .iter()
        .filter(|c| folded.len() >= 4 && c.name.to_lowercase().starts_with(&folded))
        .collect();
    match starts.as_slice() {
        [one] => return Ok(one.cameo.clone()),
        [] => {}
        many => {
            let names: Vec<String> = many
                .iter()
                .take(6)
                .map(|c| format!("{} ({})", c.name, c.cameo))
                .collect();
            return Err(format!("`{s}` could be {}: give the code", names.join(", ")));
        }
    }
    Err(format!(
        "`{s}` is not a country: give a three-letter ISO or CAMEO code (USA, RUS, IND) or a name (Russia)"
    ))
}

/// A QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
/// 4 material conflict.
pub fn parse_quad(s: &str) -> Result<u8, String> {
    match s.trim().parse::<u8>() {
        Ok(n @ 1..=4) => Ok(n),
        _ => Err(format!(
            "a QuadClass is 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict), not `{s}`"
        )),
    }
}

/// Words as an FTS5 query of quoted terms, so user input cannot inject FTS syntax.
fn fts_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_values_are_checked_and_normalised() {
        assert_eq!(parse_root("04").unwrap(), "04");
        assert!(parse_root("4").unwrap_err().contains("04"));
        assert!(parse_root("21").is_err());
        assert!(parse_root("x").is_err());
        assert_eq!(parse_cameo("046").unwrap(), "046");
        assert!(parse_cameo("999").is_err());
        assert!(parse_cameo("4").unwrap_err().contains("04"));
        assert!(parse_cameo("04a").is_err());
        assert_eq!(parse_country("usa").unwrap(), "USA");
        assert_eq!(parse_country("Russia").unwrap(), "RUS");
        assert!(parse_country("Atlantis").is_err());
        assert_eq!(parse_quad("4").unwrap(), 4);
        assert!(parse_quad("5").is_err());
    }

    #[test]
    fn filters_become_parameterised_sql() {
        let f = Filter {
            actor: Some("RUS".into()),
            quad: Some(4),
            text: Some("sanctions \" OR 1=1".into()),
            ..Filter::default()
        };
        let (sql, params) = f.sql();
        assert!(sql.contains("e.negated = 0"));
        assert!(sql.contains("e.source_code >= ?1 AND e.source_code < ?2"));
        assert!(sql.contains("e.target_code >= ?3 AND e.target_code < ?4"));
        assert!(sql.contains("e.quad = ?5"));
        assert_eq!(params.len(), 6);
        assert_eq!(params[0], Value::Text("RUS".into()));
        assert_eq!(params[5], Value::Text("\"sanctions\" \"\" \"OR\" \"1=1\"".into()));
        assert!(is_code("RUSGOV") && !is_code("Lavrov"));
    }

    #[test]
    fn a_code_prefix_range_holds_exactly_the_codes_that_start_with_it() {
        let (lo, hi) = prefix_range("RUS");
        for inside in ["RUS", "RUSGOV", "RUSMIL", "RUSÉ"] {
            assert!(lo.as_str() <= inside && inside < hi.as_str(), "{inside}");
        }
        for outside in ["RUR", "RUT", "RU", "UKR", "ARUS"] {
            assert!(!(lo.as_str() <= outside && outside < hi.as_str()), "{outside}");
        }
    }
}
