//! Closed-class English words (determiners, prepositions, pronouns, auxiliaries...) and
//! abbreviations, from `data/lexicon`. Repair and segmentation need them; so does the
//! coder's clause analysis.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

const FUNCTION_WORDS: &str = include_str!("../../../data/lexicon/function_words.tsv");
const ABBREVIATIONS: &str = include_str!("../../../data/lexicon/abbreviations.txt");

/// The grammatical classes a function word can have (a word may have several).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct WordClass(u16);

impl WordClass {
    pub const DET: WordClass = WordClass(1);
    pub const POSS: WordClass = WordClass(1 << 1);
    pub const PREP: WordClass = WordClass(1 << 2);
    pub const PRON: WordClass = WordClass(1 << 3);
    pub const CONJ: WordClass = WordClass(1 << 4);
    pub const SCONJ: WordClass = WordClass(1 << 5);
    pub const REL: WordClass = WordClass(1 << 6);
    pub const AUX: WordClass = WordClass(1 << 7);
    pub const MODAL: WordClass = WordClass(1 << 8);
    pub const NEG: WordClass = WordClass(1 << 9);
    /// "y", "et", "und": a conjunction machine translation or scraping left untranslated.
    pub const FOREIGN_CONJ: WordClass = WordClass(1 << 10);

    pub fn has(self, other: WordClass) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn parse(name: &str) -> Option<WordClass> {
        Some(match name {
            "det" => WordClass::DET,
            "poss" => WordClass::POSS,
            "prep" => WordClass::PREP,
            "pron" => WordClass::PRON,
            "conj" => WordClass::CONJ,
            "sconj" => WordClass::SCONJ,
            "rel" => WordClass::REL,
            "aux" => WordClass::AUX,
            "modal" => WordClass::MODAL,
            "neg" => WordClass::NEG,
            "foreign_conj" => WordClass::FOREIGN_CONJ,
            _ => return None,
        })
    }
}

impl std::ops::BitOr for WordClass {
    type Output = WordClass;
    fn bitor(self, rhs: WordClass) -> WordClass {
        WordClass(self.0 | rhs.0)
    }
}

/// The closed-class lexicon.
pub struct FunctionWords {
    classes: HashMap<&'static str, WordClass>,
    abbreviations: HashMap<&'static str, ()>,
}

impl FunctionWords {
    pub fn get() -> &'static FunctionWords {
        static WORDS: OnceLock<FunctionWords> = OnceLock::new();
        WORDS.get_or_init(FunctionWords::load)
    }

    fn load() -> FunctionWords {
        let mut classes: HashMap<&'static str, WordClass> = HashMap::default();
        for line in FUNCTION_WORDS.lines().skip(1) {
            let Some((word, class)) = line.split_once('\t') else {
                continue;
            };
            // Unknown class names are caught by the tests below, not at run time.
            if let Some(c) = WordClass::parse(class.trim()) {
                let e = classes.entry(word.trim()).or_default();
                *e = *e | c;
            }
        }
        let abbreviations = ABBREVIATIONS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| (l, ()))
            .collect();
        FunctionWords { classes, abbreviations }
    }

    /// The classes of a folded (lower-case) word; empty for content words.
    pub fn class(&self, folded: &str) -> WordClass {
        self.classes.get(folded).copied().unwrap_or_default()
    }

    pub fn is_function_word(&self, folded: &str) -> bool {
        self.classes.contains_key(folded)
    }

    /// Every closed-class word and its classes.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, WordClass)> + '_ {
        self.classes.iter().map(|(w, c)| (*w, *c))
    }

    /// Is `folded` (without its final period) an abbreviation that a period may follow
    /// inside a sentence?
    pub fn is_abbreviation(&self, folded: &str) -> bool {
        self.abbreviations.contains_key(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_in_the_table_is_known() {
        for line in FUNCTION_WORDS.lines().skip(1) {
            let (_, class) = line.split_once('\t').expect("two columns");
            assert!(WordClass::parse(class).is_some(), "unknown class in `{line}`");
        }
    }

    #[test]
    fn words_have_all_their_classes() {
        let w = FunctionWords::get();
        assert!(w.class("that").has(WordClass::DET));
        assert!(w.class("after").has(WordClass::PREP));
        assert!(w.class("after").has(WordClass::SCONJ));
        assert!(w.class("n't").has(WordClass::NEG));
        assert!(w.class("minister").is_empty());
        assert!(w.is_abbreviation("mr"));
        assert!(w.is_abbreviation("u.s"));
    }
}
