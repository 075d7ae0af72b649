//! Invariants of the text layer on generated text (proptest): every span lies on UTF-8
//! boundaries of the text it indexes, the offset map is monotone and maps repaired text
//! back inside the original, and every token lies inside its sentence.

use dragoman_text::{casing, prepare, sentences, tokenize, NameOracle, NameStrength};
use proptest::prelude::*;

/// An oracle that calls capitalized test words names, so that repair has work to do.
struct SomeNames;

impl NameOracle for SomeNames {
    fn is_word(&self, folded: &str) -> bool {
        !folded.starts_with('k')
    }
    fn name_strength(&self, folded: &str) -> NameStrength {
        if folded.starts_with('k') {
            NameStrength::Strong
        } else {
            NameStrength::None
        }
    }
    fn is_close_to_name(&self, _: &[&str]) -> bool {
        false
    }
}

/// Text made of words, names glued to the next word, punctuation, accents, quotes,
/// mojibake and line breaks.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("the ".to_string()),
        Just("Kabulthe ".to_string()),
        Just("Kiev y Moscow ".to_string()),
        Just("said. ".to_string()),
        Just("“quoted,” ".to_string()),
        Just("Türkiye ".to_string()),
        Just("â€™s ".to_string()),
        Just("\n\n".to_string()),
        Just("U.S. ".to_string()),
        Just("don't ".to_string()),
        Just("war-torn ".to_string()),
        "[a-zA-Zéü]{1,8} ",
        "[ -~]{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn tokens_are_on_boundaries_and_inside_their_sentences(text in texty()) {
        let tokens = tokenize(&text);
        for t in &tokens {
            prop_assert!(t.start <= t.end);
            prop_assert!(text.is_char_boundary(t.start as usize) && text.is_char_boundary(t.end as usize));
        }
        prop_assert!(tokens.windows(2).all(|w| w[0].end <= w[1].start), "tokens in order, disjoint");
        let sents = sentences(&text, &tokens, casing(&text));
        for s in &sents {
            prop_assert!(s.first <= s.last && (s.last as usize) <= tokens.len());
            for t in &tokens[s.first as usize..s.last as usize] {
                prop_assert!(s.start <= t.start && t.end <= s.end, "token inside its sentence");
            }
        }
        prop_assert!(sents.windows(2).all(|w| w[0].last <= w[1].first), "sentences in order");
    }

    #[test]
    fn the_offset_map_is_monotone_and_stays_inside_the_original(text in texty()) {
        let p = prepare(&text, &SomeNames);
        let n = p.text.len();
        let mut last_start = 0;
        for off in 0..=n {
            if !p.text.is_char_boundary(off) {
                continue;
            }
            let s = p.map.start(off);
            let e = p.map.end(off);
            prop_assert!(s <= text.len() && e <= text.len());
            prop_assert!(s >= last_start, "starts never go back");
            last_start = s;
        }
        // Whole repaired text maps to the whole original.
        let whole = p.map.range(0..n);
        prop_assert!(whole.start <= whole.end && whole.end <= text.len());
        // Every token's span maps to a range of the original on char boundaries.
        for t in tokenize(&p.text) {
            let r = p.map.range(t.start as usize..t.end as usize);
            prop_assert!(r.start <= r.end);
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }

    #[test]
    fn text_without_repairs_maps_onto_itself(words in prop::collection::vec("[a-z]{1,8}", 0..20)) {
        let text = words.join(" ");
        let p = prepare(&text, &SomeNames);
        prop_assert_eq!(&p.text, &text);
        for t in tokenize(&text) {
            let r = p.map.range(t.start as usize..t.end as usize);
            prop_assert_eq!(r, t.start as usize..t.end as usize);
        }
    }
}
