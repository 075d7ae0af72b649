//! Field formatting the exports share: precision names, labelled evidence spans and their
//! character offsets, and I/O errors as store errors.

use dragoman_core::{DatePrecision, EventRecord};

use crate::store::StoreError;

pub(crate) fn io(e: impl std::fmt::Display) -> StoreError {
    StoreError::Other(e.to_string())
}

/// The lower-case name of a precision, as the event record writes it.
pub(crate) fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Week => "week",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
        DatePrecision::Range => "range",
        DatePrecision::Publication => "publication",
        DatePrecision::Unknown => "unknown",
    }
}

/// The byte span (in the evidence sentence) of the first span labelled `label`.
pub(crate) fn label_span(e: &EventRecord, label: &str) -> Option<[u32; 2]> {
    let ev = &e.evidence;
    ev.labels
        .iter()
        .position(|l| l == label)
        .and_then(|i| ev.spans.get(i))
        .copied()
}

/// A byte span of `text` as character offsets, or None when it does not fall on
/// character boundaries.
pub(crate) fn char_span(text: &str, span: [u32; 2]) -> Option<(usize, usize)> {
    let (s, e) = (span[0] as usize, span[1] as usize);
    if s > e || !text.is_char_boundary(s) || !text.is_char_boundary(e) || e > text.len() {
        return None;
    }
    let start = text[..s].chars().count();
    Some((start, start + text[s..e].chars().count()))
}

/// A text cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading `'` (OWASP's advice against CSV formula injection),
/// unless it is a plain number ("-3.5"), which stays a number.
pub fn csv_safe(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("+1 (555) call"), "'+1 (555) call");
        assert_eq!(csv_safe("-7.5"), "-7.5");
        assert_eq!(csv_safe("Kharkiv"), "Kharkiv");
    }

    #[test]
    fn byte_spans_become_character_spans() {
        let s = "Kyiv’s mayor met Erdoğan.";
        let b = s.find("Erdoğan").unwrap() as u32;
        let (start, end) = char_span(s, [b, b + "Erdoğan".len() as u32]).unwrap();
        let chars: Vec<char> = s.chars().collect();
        assert_eq!(chars[start..end].iter().collect::<String>(), "Erdoğan");
        assert_eq!(char_span(s, [5, 6]), None, "inside a character");
        assert_eq!(char_span(s, [3, 200]), None);
    }
}
