//! Spanish time expressions ("el lunes", "la semana pasada", "el pasado 3 de marzo",
//! "este jueves", "hace dos días"), found among a sentence's folded words and given the
//! same [`TimeKind`]s as English ones, so [`crate::time::resolve`] dates them against the
//! publication date the same way.
//!
//! The words come from `data/es/dates.tsv`; the few grammar words that join them ("de",
//! "del", "en", articles) are the constructions themselves. Pure: words in, expressions out.

use std::sync::OnceLock;

use chrono::Weekday;
use rustc_hash::FxHashMap;

use dragoman_core::tsv::Tsv;
use dragoman_text::fold;

use crate::time::{Relation, TimeExpr, TimeKind, Unit};

const DATES: &str = include_str!("../../../../data/es/dates.tsv");

#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    Weekday(Weekday),
    Month(u32),
    MonthAbbr(u32),
    /// ayer, hoy, mañana: days from publication.
    Relative(i64),
    /// pasado, próximo, este: which one of a unit or weekday.
    Modifier(i64),
    Unit(Unit),
    Number(i64),
    /// hace (ago)
    Ago,
    /// dentro (de): from now on
    Ahead,
}

struct Table {
    words: FxHashMap<String, Vec<Word>>,
    /// Multi-word entries ("antes de ayer", "treinta y uno") by their first word.
    phrases: Vec<(Vec<String>, Word)>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| Table::parse(DATES).expect("data/es/dates.tsv is well formed (tested)"))
}

impl Table {
    fn parse(text: &str) -> Result<Table, dragoman_core::tsv::TsvError> {
        let t = Tsv::parse("es/dates.tsv", text)?;
        let (c_word, c_kind, c_value) = (t.column("word")?, t.column("kind")?, t.column("value")?);
        let mut words: FxHashMap<String, Vec<Word>> = FxHashMap::default();
        let mut phrases = Vec::new();
        for row in t.rows() {
            let value = row.get(c_value);
            let int = || value.parse::<i64>().ok();
            let word = match row.get(c_kind) {
                "weekday" => int().and_then(|d| weekday_of(d as u32)).map(Word::Weekday),
                "month" => int().map(|m| Word::Month(m as u32)),
                "month_abbr" => int().map(|m| Word::MonthAbbr(m as u32)),
                "relative" => int().map(Word::Relative),
                "modifier" => int().map(Word::Modifier),
                "number" => int().map(Word::Number),
                "ago" if value == "-1" => Some(Word::Ago),
                "ahead" => Some(Word::Ahead),
                "unit" => Unit::named(value).map(Word::Unit),
                // Periods ("a mediados de"), parts of the day and ordinals do not change
                // the day an event is dated to.
                _ => None,
            };
            let Some(word) = word else { continue };
            let folded = fold(row.get(c_word));
            if folded.contains(' ') {
                phrases.push((folded.split(' ').map(str::to_string).collect(), word));
            } else {
                let list = words.entry(folded).or_default();
                if !list.contains(&word) {
                    list.push(word);
                }
            }
        }
        // Longest phrases first, so "treinta y uno" wins over "treinta".
        phrases.sort_by_key(|(p, _): &(Vec<String>, Word)| std::cmp::Reverse(p.len()));
        Ok(Table { words, phrases })
    }

    fn get(&self, w: &str) -> &[Word] {
        self.words.get(w).map_or(&[], Vec::as_slice)
    }
}

fn weekday_of(d: u32) -> Option<Weekday> {
    (1..=7)
        .contains(&d)
        .then(|| Weekday::try_from((d - 1) as u8).ok())
        .flatten()
}

/// The time expressions among a sentence's folded `words`; `offset` is the document
/// index of `words[0]`.
pub fn find(words: &[&str], offset: u32) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match match_at(words, i) {
            Some((start, len, kind)) => {
                out.push(TimeExpr {
                    start: offset + start as u32,
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

/// Reads word `i` of `w` and what follows as one item of the table (a phrase or a word).
fn item(w: &[&str], i: usize) -> Option<(usize, Word)> {
    let t = table();
    for (phrase, word) in &t.phrases {
        if w.len() >= i + phrase.len() && phrase.iter().zip(&w[i..]).all(|(p, x)| p == x) {
            return Some((phrase.len(), *word));
        }
    }
    let first = t.get(w.get(i)?).first().copied()?;
    Some((1, first))
}

fn is(w: &[&str], i: usize, f: impl Fn(Word) -> bool) -> bool {
    w.get(i).is_some_and(|x| table().get(x).iter().any(|&y| f(y)))
}

/// The value of a one-word Spanish number ("dos", "veinte"), from the dates table.
pub fn number(w: &str) -> Option<i64> {
    table().get(w).iter().find_map(|x| match x {
        Word::Number(n) => Some(*n),
        _ => None,
    })
}

fn number_at(w: &[&str], i: usize) -> Option<(usize, i64)> {
    let x = w.get(i)?;
    if let Ok(n) = x.parse::<i64>() {
        return Some((1, n));
    }
    match item(w, i)? {
        (len, Word::Number(n)) => Some((len, n)),
        _ => None,
    }
}

fn unit_at(w: &[&str], i: usize) -> Option<Unit> {
    table().get(w.get(i)?).iter().find_map(|x| match x {
        Word::Unit(u) => Some(*u),
        _ => None,
    })
}

fn modifier_at(w: &[&str], i: usize) -> Option<i64> {
    table().get(w.get(i)?).iter().find_map(|x| match x {
        Word::Modifier(m) => Some(*m),
        _ => None,
    })
}

fn weekday_at(w: &[&str], i: usize) -> Option<Weekday> {
    table().get(w.get(i)?).iter().find_map(|x| match x {
        Word::Weekday(d) => Some(*d),
        _ => None,
    })
}

fn month_at(w: &[&str], i: usize, abbreviations: bool) -> Option<u32> {
    table().get(w.get(i)?).iter().find_map(|x| match x {
        Word::Month(m) => Some(*m),
        Word::MonthAbbr(m) if abbreviations => Some(*m),
        _ => None,
    })
}

fn year_at(w: &[&str], i: usize) -> Option<i32> {
    let x = w.get(i)?;
    let y: i32 = x.parse().ok()?;
    (x.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn day_at(w: &[&str], i: usize) -> Option<u32> {
    let x = w.get(i)?;
    let digits = x.trim_end_matches(['º', 'o']);
    let d: u32 = digits.parse().ok().or_else(|| match item(w, i) {
        Some((1, Word::Number(n))) => Some(n as u32),
        _ => None,
    })?;
    (1..=31).contains(&d).then_some(d)
}

fn is_article(x: &str) -> bool {
    matches!(x, "el" | "la" | "los" | "las")
}

fn relation(m: i64) -> Relation {
    match m {
        m if m < 0 => Relation::Last,
        0 => Relation::This,
        _ => Relation::Next,
    }
}

/// The expression starting at `i`: (first token, length from `i`, kind). The first token
/// may be before `i` only for a modifier read with what follows it.
fn match_at(w: &[&str], i: usize) -> Option<(usize, usize, TimeKind)> {
    let at = |k: usize| w.get(i + k).copied().unwrap_or("");
    // hace dos días / hace una semana / hace días
    if is(w, i, |x| x == Word::Ago) {
        if let Some((n, amount)) = number_at(w, i + 1) {
            if let Some(unit) = unit_at(w, i + 1 + n) {
                return Some((i, n + 2, TimeKind::Ago { amount: -amount, unit }));
            }
        }
    }
    // dentro de dos semanas
    if is(w, i, |x| x == Word::Ahead) && at(1) == "de" {
        if let Some((n, amount)) = number_at(w, i + 2) {
            if let Some(unit) = unit_at(w, i + 2 + n) {
                return Some((i, n + 3, TimeKind::Ago { amount, unit }));
            }
        }
    }
    // 3 de marzo (de 2019) / 3 de mar.
    if let Some(day) = day_at(w, i) {
        if matches!(at(1), "de") {
            if let Some(month) = month_at(w, i + 2, true) {
                let (year, len) = match (at(3), year_at(w, i + 4)) {
                    ("de" | "del", Some(y)) => (Some(y), 5),
                    _ => (None, 3),
                };
                return Some((
                    i,
                    len,
                    TimeKind::Date {
                        year,
                        month,
                        day: Some(day),
                    },
                ));
            }
        }
    }
    // (en|de|desde|hasta) marzo (de 2019)
    if matches!(at(0), "en" | "de" | "desde" | "hasta" | "a" | "para") {
        if let Some(month) = month_at(w, i + 1, false) {
            let (year, len) = match (at(2), year_at(w, i + 3)) {
                ("de" | "del", Some(y)) => (Some(y), 4),
                _ => (None, 2),
            };
            return Some((i + 1, len, TimeKind::Date { year, month, day: None }));
        }
        if let Some(y) = year_at(w, i + 1) {
            return Some((i + 1, 2, TimeKind::Year(y)));
        }
    }
    // este jueves / el pasado jueves / el próximo lunes
    let skip = usize::from(is_article(at(0)));
    if let Some(m) = modifier_at(w, i + skip) {
        if let Some(day) = weekday_at(w, i + skip + 1) {
            return Some((
                i,
                skip + 2,
                TimeKind::Weekday {
                    day,
                    relation: relation(m),
                },
            ));
        }
        // esta semana / el próximo mes / el pasado año
        if let Some(unit) = unit_at(w, i + skip + 1) {
            return Some((i, skip + 2, TimeKind::Period { unit, offset: m }));
        }
        // esta mañana, esta noche: today
        if m == 0 && skip == 0 && is(w, i + 1, |x| matches!(x, Word::Relative(1))) {
            return Some((i, 2, TimeKind::DayOffset(0)));
        }
    }
    // el jueves (pasado) / la semana pasada / el año que viene
    if let Some(day) = weekday_at(w, i + skip) {
        if let Some(m) = modifier_at(w, i + skip + 1) {
            return Some((
                i,
                skip + 2,
                TimeKind::Weekday {
                    day,
                    relation: relation(m),
                },
            ));
        }
        return Some((
            i,
            skip + 1,
            TimeKind::Weekday {
                day,
                relation: Relation::Bare,
            },
        ));
    }
    if skip == 1 {
        if let Some(unit) = unit_at(w, i + 1) {
            if let Some(m) = modifier_at(w, i + 2) {
                return Some((i, 3, TimeKind::Period { unit, offset: m }));
            }
            if at(2) == "que" && at(3) == "viene" {
                return Some((i, 4, TimeKind::Period { unit, offset: 1 }));
            }
        }
    }
    // ayer, hoy, anoche, antes de ayer, pasado mañana; "mañana" after an article or
    // preposition is the morning, not tomorrow.
    if let Some((len, Word::Relative(d))) = item(w, i) {
        let morning = d == 1 && len == 1 && i > 0 && matches!(w[i - 1], "la" | "de" | "por" | "esta" | "una" | "cada");
        if !morning {
            return Some((i, len, TimeKind::DayOffset(d)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<TimeKind> {
        let folded: Vec<String> = text.split(' ').map(fold).collect();
        let words: Vec<&str> = folded.iter().map(String::as_str).collect();
        find(&words, 0).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn the_table_loads() {
        assert!(Table::parse(DATES).is_ok());
    }

    #[test]
    fn weekdays_with_and_without_modifiers() {
        use Relation::*;
        assert_eq!(
            kinds("se reunieron el lunes en Lima"),
            [TimeKind::Weekday {
                day: Weekday::Mon,
                relation: Bare
            }]
        );
        assert_eq!(
            kinds("llegará este jueves"),
            [TimeKind::Weekday {
                day: Weekday::Thu,
                relation: This
            }]
        );
        assert_eq!(
            kinds("el pasado viernes"),
            [TimeKind::Weekday {
                day: Weekday::Fri,
                relation: Last
            }]
        );
        assert_eq!(
            kinds("el MIERCOLES próximo"),
            [TimeKind::Weekday {
                day: Weekday::Wed,
                relation: Next
            }]
        );
    }

    #[test]
    fn dates_periods_and_offsets() {
        assert_eq!(
            kinds("el pasado 3 de marzo"),
            [TimeKind::Date {
                year: None,
                month: 3,
                day: Some(3)
            }]
        );
        assert_eq!(
            kinds("el 12 de octubre de 2018"),
            [TimeKind::Date {
                year: Some(2018),
                month: 10,
                day: Some(12)
            }]
        );
        assert_eq!(
            kinds("la semana pasada"),
            [TimeKind::Period {
                unit: Unit::Week,
                offset: -1
            }]
        );
        assert_eq!(
            kinds("el año que viene"),
            [TimeKind::Period {
                unit: Unit::Year,
                offset: 1
            }]
        );
        assert_eq!(
            kinds("hace dos días"),
            [TimeKind::Ago {
                amount: -2,
                unit: Unit::Day
            }]
        );
        assert_eq!(
            kinds("dentro de una semana"),
            [TimeKind::Ago {
                amount: 1,
                unit: Unit::Week
            }]
        );
        assert_eq!(kinds("ayer"), [TimeKind::DayOffset(-1)]);
        assert_eq!(kinds("antes de ayer"), [TimeKind::DayOffset(-2)]);
        assert_eq!(kinds("en la mañana"), []);
        assert_eq!(kinds("esta mañana"), [TimeKind::DayOffset(0)]);
        assert_eq!(kinds("en 2017"), [TimeKind::Year(2017)]);
        assert_eq!(
            kinds("en mayo"),
            [TimeKind::Date {
                year: None,
                month: 5,
                day: None
            }]
        );
    }
}
