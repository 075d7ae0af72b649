//! Query-string parameters, checked: a bad value is a 400 that says which and why.

use std::collections::HashMap;

use chrono::NaiveDate;

use dragoman_store::{Filter, Sort};

use crate::error::ApiError;

pub type Query = HashMap<String, String>;

/// The longest value any parameter may have.
const MAX_VALUE: usize = 200;

pub fn check_sizes(q: &Query) -> Result<(), ApiError> {
    if q.len() > 30 {
        return Err(ApiError::bad_request("too many query parameters"));
    }
    for (k, v) in q {
        if v.chars().any(char::is_control) {
            return Err(ApiError::bad_request(format!(
                "`{k}` holds a control character (a NUL, a line break, ...)"
            )));
        }
        if v.len() > MAX_VALUE {
            return Err(ApiError::bad_request(format!(
                "`{k}` is longer than {MAX_VALUE} characters"
            )));
        }
    }
    Ok(())
}

fn get<'a>(q: &'a Query, key: &str) -> Option<&'a str> {
    q.get(key).map(String::as_str).map(str::trim).filter(|s| !s.is_empty())
}

pub fn date(q: &Query, key: &str) -> Result<Option<NaiveDate>, ApiError> {
    get(q, key)
        .map(|s| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| ApiError::bad_request(format!("`{key}` must be a date as YYYY-MM-DD, not `{s}`")))
        })
        .transpose()
}

pub fn number(q: &Query, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
    match get(q, key) {
        None => Ok(default),
        Some(s) => {
            let n: usize = s
                .parse()
                .map_err(|_| ApiError::bad_request(format!("`{key}` must be a whole number, not `{s}`")))?;
            if n > max {
                return Err(ApiError::bad_request(format!(
                    "`{key}` is {n}; the most allowed is {max}"
                )));
            }
            Ok(n)
        }
    }
}

pub fn limit(q: &Query, default: usize) -> Result<usize, ApiError> {
    let n = number(q, "limit", default, 1000)?;
    if n == 0 {
        return Err(ApiError::bad_request("`limit` must be at least 1"));
    }
    Ok(n)
}

pub fn interval(q: &Query) -> Result<&'static str, ApiError> {
    match get(q, "interval") {
        None | Some("week") => Ok("week"),
        Some("day") => Ok("day"),
        Some("month") => Ok("month"),
        Some(other) => Err(ApiError::bad_request(format!(
            "`interval` must be day, week or month, not `{other}`"
        ))),
    }
}

pub fn sort(q: &Query) -> Result<Sort, ApiError> {
    match get(q, "sort") {
        None => Ok(Sort::DateDesc),
        Some(s) => Sort::parse(s).ok_or_else(|| {
            ApiError::bad_request(format!(
                "`sort` must be one of date, -date, goldstein, -goldstein, confidence, -confidence, not `{s}`"
            ))
        }),
    }
}

/// Parameter `key` checked by `parse`, one of the store's checks the CLI uses too.
fn checked<T>(q: &Query, key: &str, parse: fn(&str) -> Result<T, String>) -> Result<Option<T>, ApiError> {
    get(q, key)
        .map(|v| parse(v).map_err(|m| ApiError::bad_request(format!("`{key}`: {m}"))))
        .transpose()
}

fn actor_code(key: &str, s: &str) -> Result<String, ApiError> {
    if !s
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '.' || c == '\'')
    {
        return Err(ApiError::bad_request(format!(
            "`{key}`: `{s}` is not an actor code or name"
        )));
    }
    Ok(s.to_string())
}

/// What the `actor` parameter means, read through the knowledge base: a country in any
/// form (`usa`, `Turkey`, `Türkiye`) is its code, an organisation or group (`ISIS`) its
/// code, a person (`erdogan`) the canonical name events carry; a code the knowledge base
/// does not name (`RUSGOV`) stays a code prefix; anything else is searched in names.
pub fn resolve_actor(kb: &dragoman_kb::KnowledgeBase, raw: &str, today: chrono::NaiveDate) -> String {
    let raw = raw.trim();
    let upper = raw.to_uppercase();
    if let Some(c) = dragoman_core::geo::Geo::get().country(&upper) {
        return c.cameo.clone();
    }
    if let Some(c) = kb.lookup(raw, today).into_iter().find(|c| c.score >= 0.9) {
        let e = kb.entity(c.entity);
        match e.kind {
            dragoman_kb::EntityKind::Person => return e.name.to_string(),
            dragoman_kb::EntityKind::Country | dragoman_kb::EntityKind::Organisation => {
                if let Some(code) = e.code_on(today).filter(|c| !c.is_empty()) {
                    return code;
                }
            }
            _ => {}
        }
    }
    if raw.len() >= 3 && raw.chars().all(|c| c.is_ascii_alphabetic()) && raw == upper {
        return upper;
    }
    raw.to_string()
}

/// The event filter of docs/api.md, with `actor` and `dyad` read through the knowledge
/// base (see [`resolve_actor`]).
pub fn filter_in(q: &Query, kb: &dragoman_kb::KnowledgeBase) -> Result<Filter, ApiError> {
    let mut f = filter(q)?;
    let today = chrono::Utc::now().date_naive();
    f.actor = f.actor.map(|a| resolve_actor(kb, &a, today));
    f.dyad = f
        .dyad
        .map(|(a, b)| (resolve_actor(kb, &a, today), resolve_actor(kb, &b, today)));
    Ok(f)
}

/// The event filter of docs/api.md.
pub fn filter(q: &Query) -> Result<Filter, ApiError> {
    check_sizes(q)?;
    let dyad = match get(q, "dyad") {
        None => None,
        Some(d) => match d.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((actor_code("dyad", a.trim())?, actor_code("dyad", b.trim())?))
            }
            _ => {
                return Err(ApiError::bad_request(
                    "`dyad` must be two actors separated by a comma, e.g. USA,RUS",
                ))
            }
        },
    };
    let root = checked(q, "root", dragoman_store::parse_root)?;
    let quad = checked(q, "quad", dragoman_store::parse_quad)?;
    let from = date(q, "from")?;
    let to = date(q, "to")?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::bad_request(format!(
                "the date range is inverted: `from` {f} is after `to` {t}"
            )));
        }
    }
    let include_negated = match get(q, "negated") {
        None | Some("exclude") => false,
        Some("include") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "`negated` must be include or exclude, not `{other}`"
            )))
        }
    };
    Ok(Filter {
        actor: get(q, "actor").map(|a| actor_code("actor", a)).transpose()?,
        dyad,
        country: checked(q, "country", dragoman_store::parse_country)?,
        cameo: checked(q, "cameo", dragoman_store::parse_cameo)?,
        root,
        quad,
        from,
        to,
        place: get(q, "place").map(str::to_string),
        text: get(q, "text").map(str::to_string),
        include_negated,
        undated: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> Query {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn bad_parameters_say_why() {
        assert!(filter(&q(&[("cameo", "999")]))
            .unwrap_err()
            .message
            .contains("not a CAMEO event code"));
        assert!(filter(&q(&[("from", "2025-03-10"), ("to", "2025-03-01")]))
            .unwrap_err()
            .message
            .contains("inverted"));
        assert!(limit(&q(&[("limit", "1000000")]), 50)
            .unwrap_err()
            .message
            .contains("most allowed"));
        assert!(filter(&q(&[("quad", "7")])).is_err());
        assert!(filter(&q(&[("dyad", "USA")])).is_err());
        assert!(filter(&q(&[("actor", "x'; DROP TABLE events; --")])).is_err());
        assert!(filter(&q(&[("actor", "RUS"), ("cameo", "04"), ("quad", "1")])).is_ok());
    }
}
