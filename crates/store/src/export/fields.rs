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

#[cfg(test)]
mod tests {
    use super::*;

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
