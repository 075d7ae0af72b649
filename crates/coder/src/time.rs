//! Time expressions and their resolution against the publication date.
//!
//! News usage decides the arithmetic: a bare weekday in a past-tense clause is the most
//! recent such day on or before publication; with a future verb, the next one on or
//! after it; "this Thursday" is the Thursday of the publication week. Weeks start on
//! Monday. Everything here works on folded tokens, so it is case-blind. The words come
//! from `data/lexicon/en/dates.tsv`; this file holds only the constructions.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use dragoman_core::tsv::{Tsv, TsvError};
use dragoman_core::DatePrecision;
use rustc_hash::{FxHashMap, FxHashSet};

/// A time expression found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    /// Token range in the document.
    pub start: u32,
    pub end: u32,
    pub kind: TimeKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TimeKind {
    /// Monday..Sunday, with "this"/"last"/"next" when given.
    Weekday { day: Weekday, relation: Relation },
    /// today, yesterday, tomorrow, tonight: days from publication.
    DayOffset(i64),
    /// this/last/next week, month, year.
    Period { unit: Unit, offset: i64 },
    /// N units ago / from now (negative = ago): "three days ago".
    Ago { amount: i64, unit: Unit },
    /// N units after (negative: before) the time the text is telling of: "two days
    /// later", "a week earlier", "the next day". Never from publication: told of the past,
    /// "a month later" is no date after the article.
    Later { amount: i64, unit: Unit },
    /// "24 hours before" / "two days after" something else: the other event is that far
    /// away from the reference time.
    Relative { amount: i64, unit: Unit, before: bool },
    /// A calendar date, possibly without its year.
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
    },
    /// In 2017.
    Year(i32),
    /// Between 2017 and 2021.
    YearRange(i32, i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Bare,
    This,
    Last,
    Next,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The unit a date table names in its `value` column (`hour` … `year`).
    pub fn named(v: &str) -> Option<Unit> {
        Some(match v {
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        })
    }
}

/// Tense of the clause a time expression governs, for bare weekdays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// A resolved date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub date: NaiveDate,
    pub precision: DatePrecision,
}

/// The English date words of `data/lexicon/en/dates.tsv`, by what they do.
#[derive(Default)]
struct DateWords {
    weekdays: FxHashMap<String, Weekday>,
    /// Month and whether it counts only when capitalized ("May", not the verb "may").
    months: FxHashMap<String, (u32, bool)>,
    relative: FxHashMap<String, i64>,
    modifiers: FxHashMap<String, Relation>,
    /// Unit and whether the word is its plural.
    units: FxHashMap<String, (Unit, bool)>,
    numbers: FxHashMap<String, i64>,
    ago: FxHashMap<String, i64>,
    later: FxHashMap<String, i64>,
    sequels: FxHashSet<String>,
    spans: FxHashSet<String>,
    bounds: FxHashSet<String>,
    day_parts: FxHashSet<String>,
    /// `true` for "before".
    relative_to: FxHashMap<String, bool>,
    /// Opening word of a year range -> the word that joins its years.
    ranges: FxHashMap<String, String>,
    year_prepositions: FxHashSet<String>,
    month_prepositions: FxHashSet<String>,
    ordinal_suffixes: FxHashSet<String>,
    possessives: FxHashSet<String>,
}

const DATES: &str = include_str!("../../../data/lexicon/en/dates.tsv");
const DATES_NAME: &str = "lexicon/en/dates.tsv";

fn date_words() -> &'static DateWords {
    static WORDS: OnceLock<DateWords> = OnceLock::new();
    WORDS.get_or_init(|| DateWords::parse(DATES).expect("data/lexicon/en/dates.tsv is well formed (tested)"))
}

/// Is the folded word a day or month name ("monday", "march")?
pub fn is_calendar_word(w: &str) -> bool {
    let d = date_words();
    d.weekdays.contains_key(w) || d.months.contains_key(w)
}

impl DateWords {
    fn parse(text: &str) -> Result<DateWords, TsvError> {
        let t = Tsv::parse(DATES_NAME, text)?;
        let (c_word, c_kind, c_value) = (t.column("word")?, t.column("kind")?, t.column("value")?);
        let mut d = DateWords::default();
        for row in t.rows() {
            let (word, value) = (row.get(c_word).to_string(), row.get(c_value));
            let bad = |what: &str| t.error(row.line, format!("{what} `{value}`"));
            let int = || value.parse::<i64>().map_err(|_| bad("not a number:"));
            match row.get(c_kind) {
                "weekday" => {
                    let day = u8::try_from(int()? - 1).ok().and_then(|n| Weekday::try_from(n).ok());
                    d.weekdays.insert(word, day.ok_or_else(|| bad("no weekday"))?);
                }
                kind @ ("month" | "month_capitalized") => {
                    let m = u32::try_from(int()?).ok().filter(|m| (1..=12).contains(m));
                    d.months
                        .insert(word, (m.ok_or_else(|| bad("no month"))?, kind != "month"));
                }
                "relative" => {
                    d.relative.insert(word, int()?);
                }
                "modifier" => {
                    let rel = match int()? {
                        -1 => Relation::Last,
                        0 => Relation::This,
                        1 => Relation::Next,
                        _ => return Err(bad("modifier is -1, 0 or 1, not")),
                    };
                    d.modifiers.insert(word, rel);
                }
                kind @ ("unit" | "unit_plural") => {
                    let unit = Unit::named(value).ok_or_else(|| bad("no unit"))?;
                    d.units.insert(word, (unit, kind == "unit_plural"));
                }
                "number" => {
                    d.numbers.insert(word, int()?);
                }
                "ago" => {
                    d.ago.insert(word, int()?);
                }
                "later" => {
                    d.later.insert(word, int()?);
                }
                "sequel" => {
                    d.sequels.insert(word);
                }
                "span" => {
                    d.spans.insert(word);
                }
                "bound" => {
                    d.bounds.insert(word);
                }
                "day_part" => {
                    d.day_parts.insert(word);
                }
                "relative_to" => {
                    d.relative_to.insert(word, value == "before");
                }
                "range" => {
                    d.ranges.insert(word, value.to_string());
                }
                "year_preposition" => {
                    d.year_prepositions.insert(word);
                }
                "month_preposition" => {
                    d.month_prepositions.insert(word);
                }
                "ordinal_suffix" => {
                    d.ordinal_suffixes.insert(word);
                }
                "possessive" => {
                    d.possessives.insert(word);
                }
                other => return Err(t.error(row.line, format!("unknown kind `{other}`"))),
            }
        }
        Ok(d)
    }

    fn weekday(&self, w: &str) -> Option<Weekday> {
        self.weekdays.get(w).copied()
    }

    fn unit(&self, w: &str) -> Option<(Unit, bool)> {
        self.units.get(w).copied()
    }

    /// A number written in digits or in words.
    fn number(&self, w: &str) -> Option<i64> {
        w.parse::<i64>().ok().or_else(|| self.numbers.get(w).copied())
    }

    /// 1..31, bare or with an ordinal suffix.
    fn day_number(&self, w: &str) -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let d: u32 = digits.parse().ok()?;
        let suffix = &w[digits.len()..];
        ((1..=31).contains(&d) && (suffix.is_empty() || self.ordinal_suffixes.contains(suffix))).then_some(d)
    }
}

/// Does the folded word end a state or set a limit at the time after it ("until",
/// "till")? That time dates no event.
pub fn bounds_a_span(w: &str) -> bool {
    date_words().bounds.contains(w)
}

/// Is the folded word a part of a day ("morning", "night") that a date may qualify?
pub fn is_day_part(w: &str) -> bool {
    date_words().day_parts.contains(w)
}

/// A year written in four digits, 1900 to 2100 ("1992").
pub fn year(w: &str) -> Option<i32> {
    let y: i32 = w.parse().ok()?;
    (w.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

/// Finds the time expressions among a sentence's folded tokens. `offset` is the document
/// index of `words[0]`. `capitalized[i]` tells whether a token starts with a capital,
/// which keeps "may" (the verb) from being read as May.
pub fn find(words: &[&str], capitalized: &[bool], offset: u32) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match match_at(words, capitalized, i) {
            Some((len, kind)) => {
                out.push(TimeExpr {
                    start: offset + i as u32,
                    end: offset + (i + len) as u32,
                    kind,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

fn match_at(w: &[&str], cap: &[bool], i: usize) -> Option<(usize, TimeKind)> {
    let dw = date_words();
    let at = |k: usize| w.get(i + k).copied().unwrap_or("");
    let capitalized = |k: usize| cap.get(i + k).copied().unwrap_or(false);
    // between 2017 and 2021, from 2017 to 2021
    if let Some(join) = dw.ranges.get(at(0)) {
        if let (Some(a), true, Some(b)) = (year(at(1)), at(2) == join, year(at(3))) {
            return Some((4, TimeKind::YearRange(a, b)));
        }
    }
    // "the next day", "the following year" (not "in the next week", from now)
    if at(0) == "the" && dw.sequels.contains(at(1)) && (i == 0 || !dw.spans.contains(w[i - 1])) {
        if let Some((unit, false)) = dw.unit(at(2)) {
            return Some((3, TimeKind::Later { amount: 1, unit }));
        }
    }
    // this/last/next + weekday | week/month/year
    if let Some(&rel) = dw.modifiers.get(at(0)) {
        if let Some(day) = dw.weekday(at(1)) {
            // "this Thursday's meeting": the possessive belongs to the expression.
            let len = if dw.possessives.contains(at(2)) { 3 } else { 2 };
            return Some((len, TimeKind::Weekday { day, relation: rel }));
        }
        if let Some((u @ (Unit::Week | Unit::Month | Unit::Year), plural)) = dw.unit(at(1)) {
            if plural {
                return None;
            }
            let offset = match rel {
                Relation::Last => -1,
                Relation::Next => 1,
                _ => 0,
            };
            return Some((2, TimeKind::Period { unit: u, offset }));
        }
        return None;
    }
    if let Some(day) = dw.weekday(at(0)) {
        let len = if dw.possessives.contains(at(1)) { 2 } else { 1 };
        // "Wednesday, February 26" is a date, read as one.
        return Some((
            len,
            TimeKind::Weekday {
                day,
                relation: Relation::Bare,
            },
        ));
    }
    if let Some(&days) = dw.relative.get(at(0)) {
        return Some((1, TimeKind::DayOffset(days)));
    }
    // N units ago / later / before / after
    if let (Some(n), Some((u, _))) = (dw.number(at(0)), dw.unit(at(1))) {
        if let Some(&direction) = dw.ago.get(at(2)) {
            return Some((
                3,
                TimeKind::Ago {
                    amount: n * direction,
                    unit: u,
                },
            ));
        }
        if let Some(&direction) = dw.later.get(at(2)) {
            return Some((
                3,
                TimeKind::Later {
                    amount: n * direction,
                    unit: u,
                },
            ));
        }
        if let Some(&before) = dw.relative_to.get(at(2)) {
            return Some((
                3,
                TimeKind::Relative {
                    amount: n,
                    unit: u,
                    before,
                },
            ));
        }
    }
    // Month-day-year forms: March 10, 2002 | March 10 | 10 March 2002 | March 2002. A
    // month of three letters or fewer is an abbreviation ("Jan") only when capitalized.
    let month_at = |k: usize, short_needs_capital: bool| {
        let (m, needs_capital) = dw.months.get(at(k)).copied()?;
        let short = short_needs_capital && at(k).len() <= 3;
        (capitalized(k) || !(needs_capital || short)).then_some(m)
    };
    if let Some(m) = month_at(0, true) {
        if let Some(d) = dw.day_number(at(1)) {
            let (skip, y) = match (at(2), year(at(2)), year(at(3))) {
                (",", _, Some(y)) => (4, Some(y)),
                (_, Some(y), _) => (3, Some(y)),
                _ => (2, None),
            };
            return Some((
                skip,
                TimeKind::Date {
                    year: y,
                    month: m,
                    day: Some(d),
                },
            ));
        }
        if let Some(y) = year(at(1)) {
            return Some((
                2,
                TimeKind::Date {
                    year: Some(y),
                    month: m,
                    day: None,
                },
            ));
        }
        // "in March": a bare month only after its preposition.
        if i > 0 && dw.month_prepositions.contains(w[i - 1]) {
            return Some((
                1,
                TimeKind::Date {
                    year: None,
                    month: m,
                    day: None,
                },
            ));
        }
    }
    if let Some(d) = dw.day_number(at(0)) {
        if let Some(m) = month_at(1, false) {
            let (skip, y) = match year(at(2)) {
                Some(y) => (3, Some(y)),
                None => (2, None),
            };
            return Some((
                skip,
                TimeKind::Date {
                    year: y,
                    month: m,
                    day: Some(d),
                },
            ));
        }
    }
    // in 2017 (a year after "in", "since" or "during")
    if dw.year_prepositions.contains(at(0)) {
        if let Some(y) = year(at(1)) {
            return Some((2, TimeKind::Year(y)));
        }
    }
    None
}

/// Does `kind` name its date outright ("on 3 March 2024", "in 2017"), so that it needs no
/// publication date to resolve?
pub fn is_absolute(kind: &TimeKind) -> bool {
    matches!(
        kind,
        TimeKind::Date { year: Some(_), .. } | TimeKind::Year(_) | TimeKind::YearRange(..)
    )
}

/// [`resolve`] when the publication date or the discourse's reference date may be unknown:
/// an expression that needs a missing anchor ("on Tuesday" in an undated document)
/// resolves to nothing rather than to a guess.
pub fn resolve_anchored(
    kind: &TimeKind,
    published: Option<NaiveDate>,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> Option<Resolved> {
    if is_absolute(kind) {
        let any = NaiveDate::MIN;
        return resolve(kind, published.unwrap_or(any), reference.unwrap_or(any), tense);
    }
    match (published, reference, kind) {
        (_, None, TimeKind::Later { .. }) => None,
        (p, Some(r), TimeKind::Later { .. }) => resolve(kind, p.unwrap_or(r), r, tense),
        (Some(p), r, _) => resolve(kind, p, r.unwrap_or(p), tense),
        (None, Some(r), TimeKind::Relative { .. }) => resolve(kind, r, r, tense),
        _ => None,
    }
}

/// Resolves an expression against the publication date. `reference` is the date the
/// discourse is currently about (for "24 hours before"); `tense` the governing clause's.
pub fn resolve(kind: &TimeKind, published: NaiveDate, reference: NaiveDate, tense: Tense) -> Option<Resolved> {
    let day = |date| Resolved {
        date,
        precision: dragoman_core::DatePrecision::Day,
    };
    Some(match *kind {
        TimeKind::Weekday { day: wd, relation } => {
            let date = match (relation, tense) {
                (Relation::This, _) => week_start(published) + Duration::days(wd.num_days_from_monday() as i64),
                (Relation::Last, _) => previous_weekday(published - Duration::days(1), wd),
                (Relation::Next, _) => next_weekday(published + Duration::days(1), wd),
                (Relation::Bare, Tense::Future) => next_weekday(published, wd),
                (Relation::Bare, _) => previous_weekday(published, wd),
            };
            day(date)
        }
        TimeKind::DayOffset(n) => day(published + Duration::days(n)),
        TimeKind::Period { unit, offset } => match unit {
            Unit::Week => Resolved {
                date: week_start(published) + Duration::weeks(offset),
                precision: DatePrecision::Week,
            },
            Unit::Month => Resolved {
                date: add_months(first_of_month(published), offset as i32)?,
                precision: DatePrecision::Month,
            },
            Unit::Year => Resolved {
                date: NaiveDate::from_ymd_opt(published.year() + offset as i32, 1, 1)?,
                precision: DatePrecision::Year,
            },
            _ => day(published),
        },
        TimeKind::Ago { amount, unit } => shift(published, amount, unit)?,
        TimeKind::Later { amount, unit } => shift(reference, amount, unit)?,
        TimeKind::Relative { amount, unit, before } => {
            // "X, 24 hours before Y": Y is 24 hours after X's time (the reference).
            shift(reference, if before { amount } else { -amount }, unit)?
        }
        TimeKind::Date { year, month, day: d } => {
            let y = year.unwrap_or_else(|| nearest_year(published, month, tense));
            match d {
                Some(d) => day(NaiveDate::from_ymd_opt(y, month, d)?),
                None => Resolved {
                    date: NaiveDate::from_ymd_opt(y, month, 1)?,
                    precision: DatePrecision::Month,
                },
            }
        }
        TimeKind::Year(y) => Resolved {
            date: NaiveDate::from_ymd_opt(y, 1, 1)?,
            precision: DatePrecision::Year,
        },
        TimeKind::YearRange(a, _) => Resolved {
            date: NaiveDate::from_ymd_opt(a, 1, 1)?,
            precision: DatePrecision::Range,
        },
    })
}

fn shift(from: NaiveDate, amount: i64, unit: Unit) -> Option<Resolved> {
    let (date, precision) = match unit {
        Unit::Hour => (from + Duration::days(round_hours(amount)), DatePrecision::Day),
        Unit::Day => (from + Duration::days(amount), DatePrecision::Day),
        Unit::Week => (from + Duration::weeks(amount), DatePrecision::Week),
        Unit::Month => (add_months(from, amount as i32)?, DatePrecision::Month),
        Unit::Year => (
            NaiveDate::from_ymd_opt(from.year() + amount as i32, from.month(), 1)?,
            DatePrecision::Year,
        ),
    };
    Some(Resolved { date, precision })
}

/// Hours to whole days, rounding half-days away from zero (24 hours is a day).
fn round_hours(hours: i64) -> i64 {
    let days = (hours.abs() + 12) / 24;
    days * hours.signum()
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

fn previous_weekday(from: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (7 + from.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64) % 7;
    from - Duration::days(back)
}

fn next_weekday(from: NaiveDate, wd: Weekday) -> NaiveDate {
    let ahead = (7 + wd.num_days_from_monday() as i64 - from.weekday().num_days_from_monday() as i64) % 7;
    from + Duration::days(ahead)
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d)
}

fn add_months(d: NaiveDate, months: i32) -> Option<NaiveDate> {
    let total = d.year() * 12 + d.month0() as i32 + months;
    NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, d.day().min(28))
}

/// A month named without a year is in the publication year, unless that puts a past
/// event in the future (then the year before) or a future one in the past (the year after).
fn nearest_year(published: NaiveDate, month: u32, tense: Tense) -> i32 {
    let y = published.year();
    match tense {
        Tense::Future if month < published.month() => y + 1,
        Tense::Past | Tense::Present if month > published.month() => y - 1,
        _ => y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The kind of the first time expression in `text`.
    fn first_kind(text: &str) -> Option<TimeKind> {
        let tokens = dragoman_text::tokenize(text);
        let words: Vec<String> = tokens.iter().map(|t| dragoman_text::fold(t.text(text))).collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let caps: Vec<bool> = tokens.iter().map(|t| t.is_capitalized()).collect();
        find(&refs, &caps, 0).into_iter().next().map(|t| t.kind)
    }

    fn resolve_text(text: &str, published: &str, tense: Tense) -> Option<(String, DatePrecision)> {
        let kind = first_kind(text)?;
        let r = resolve(&kind, d(published), d(published), tense)?;
        Some((r.date.to_string(), r.precision))
    }

    /// A table of expressions, publication dates and the dates they mean.
    #[test]
    fn resolves_news_expressions() {
        use DatePrecision::*;
        use Tense::*;
        let cases = [
            // 2025-02-27 is a Thursday.
            ("this Thursday", "2025-02-27", Past, "2025-02-27", Day),
            ("on Wednesday", "2025-02-27", Past, "2025-02-26", Day),
            ("on Thursday", "2025-02-27", Past, "2025-02-27", Day),
            ("said Monday", "2025-02-27", Past, "2025-02-24", Day),
            ("on Friday", "2025-02-27", Past, "2025-02-21", Day),
            ("will meet on Friday", "2025-02-27", Future, "2025-02-28", Day),
            ("next Monday", "2025-02-27", Future, "2025-03-03", Day),
            ("last Thursday", "2025-02-27", Past, "2025-02-20", Day),
            ("last week", "2025-02-27", Past, "2025-02-17", Week),
            ("this week", "2025-02-27", Past, "2025-02-24", Week),
            ("next month", "2025-12-15", Future, "2026-01-01", Month),
            ("last year", "2025-02-27", Past, "2024-01-01", Year),
            ("yesterday", "2025-03-01", Past, "2025-02-28", Day),
            ("two days ago", "2025-03-01", Past, "2025-02-27", Day),
            ("in 2017", "2025-02-27", Past, "2017-01-01", Year),
            ("between 2017 and 2021", "2025-02-27", Past, "2017-01-01", Range),
            ("on March 10, 2002", "2002-03-12", Past, "2002-03-10", Day),
            ("on 10 March", "2002-03-12", Past, "2002-03-10", Day),
            ("in December", "2025-02-27", Past, "2024-12-01", Month),
            ("in December", "2025-02-27", Future, "2025-12-01", Month),
            ("24 hours before", "2025-02-27", Past, "2025-02-28", Day),
            ("two days after", "2025-02-27", Past, "2025-02-25", Day),
        ];
        for (text, published, tense, want, precision) in cases {
            assert_eq!(
                resolve_text(text, published, tense),
                Some((want.to_string(), precision)),
                "{text} published {published}"
            );
        }
    }

    /// "Later" and "the next day" count from the time the text tells of, and resolve to
    /// nothing without one: "a month later" is never a month after the article.
    #[test]
    fn narrative_offsets_need_a_told_time() {
        let told = Some(d("2019-05-10"));
        let published = Some(d("2019-06-01"));
        let cases = [
            ("Two days later, the talks failed", "2019-05-12"),
            ("A week earlier, the army withdrew", "2019-05-03"),
            ("The next day, the mayor resigned", "2019-05-11"),
            ("the following month", "2019-06-10"),
        ];
        for (text, want) in cases {
            let k = first_kind(text).unwrap_or_else(|| panic!("{text}: no time found"));
            assert!(matches!(k, TimeKind::Later { .. }), "{text}: {k:?}");
            let r = resolve_anchored(&k, published, told, Tense::Past).map(|r| r.date.to_string());
            assert_eq!(r.as_deref(), Some(want), "{text}");
            assert_eq!(resolve_anchored(&k, published, None, Tense::Past), None, "{text}");
        }
        // A span from now stays a period from publication.
        assert!(matches!(
            first_kind("talks will resume in the next week"),
            Some(TimeKind::Period { offset: 1, .. })
        ));
    }

    #[test]
    fn the_date_word_table_is_well_formed() {
        let d = DateWords::parse(DATES).expect("parses");
        assert_eq!(d.weekdays.len(), 7);
        assert!((1..=12).all(|m| d.months.values().any(|&(n, _)| n == m)));
        assert!(DateWords::parse("word\tkind\tvalue\nfoo\tweekday\t9\n").is_err());
        assert!(DateWords::parse("word\tkind\tvalue\nfoo\tnonsense\t1\n").is_err());
    }

    #[test]
    fn words_that_only_look_like_dates() {
        let none = [
            "we may meet",
            "the march continued",
            "this is it",
            "last of them",
            "in 20 years",
        ];
        for text in none {
            let t = resolve_text(text, "2025-02-27", Tense::Past);
            assert!(t.is_none() || text == "in 20 years", "{text}: {t:?}");
        }
    }
}
