//! The tone of a text, as GDELT's AvgTone measures it: the share of positive words minus
//! the share of negative words, in percent (-100 to +100; news mostly falls within ±10).
//!
//! Which words are positive or negative comes from the VADER sentiment lexicon (MIT,
//! data/lexicon/tone.tsv): a word counts when its mean valence is at least 1 on VADER's
//! -4..4 scale either way, so that faintly coloured words do not count. No negation or
//! intensifier rules: GDELT's tone has none either, and the figure is a document average.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

const TONE: &str = include_str!("../../../data/lexicon/tone.tsv");

/// Valence from which a word counts as positive (or, negated, negative).
const POLAR: f32 = 1.0;

fn lexicon() -> &'static FxHashMap<&'static str, f32> {
    static LEXICON: OnceLock<FxHashMap<&'static str, f32>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        TONE.lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| {
                let (word, score) = l.split_once('\t')?;
                Some((word, score.trim().parse().ok()?))
            })
            .collect()
    })
}

/// Counts behind a tone score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ToneCounts {
    pub words: usize,
    pub positive: usize,
    pub negative: usize,
}

impl ToneCounts {
    /// GDELT's tone: percent positive words minus percent negative words (0 for no words).
    pub fn tone(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        100.0 * (self.positive as f64 - self.negative as f64) / self.words as f64
    }
}

/// Counts the words of `text` and its positive and negative ones.
pub fn counts(text: &str) -> ToneCounts {
    let lexicon = lexicon();
    let mut c = ToneCounts::default();
    let mut lower = String::new();
    for w in text.split(|ch: char| !(ch.is_alphanumeric() || ch == '\'')) {
        let w = w.trim_matches('\'');
        if w.is_empty() || !w.chars().any(char::is_alphabetic) {
            continue;
        }
        c.words += 1;
        lower.clear();
        lower.extend(w.chars().flat_map(char::to_lowercase));
        match lexicon.get(lower.as_str()) {
            Some(&v) if v >= POLAR => c.positive += 1,
            Some(&v) if v <= -POLAR => c.negative += 1,
            _ => {}
        }
    }
    c
}

/// The tone of `text` (see the module notes).
pub fn tone(text: &str) -> f64 {
    counts(text).tone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violence_is_negative_and_agreement_positive() {
        let grim = tone("Gunmen killed twelve villagers and wounded dozens in a brutal attack.");
        let warm = tone("The two leaders welcomed the agreement and praised the friendly, successful talks.");
        assert!(grim < -10.0, "{grim}");
        assert!(warm > 10.0, "{warm}");
        assert_eq!(tone(""), 0.0);
        assert_eq!(tone("12 345"), 0.0);
    }

    #[test]
    fn counts_are_of_words() {
        let c = counts("Peace talks failed. Peace!");
        assert_eq!(c.words, 4);
        assert_eq!(c.positive, 2);
        assert_eq!(c.negative, 1);
        assert!((c.tone() - 25.0).abs() < 1e-9);
    }
}
