//! Repair of damaged text before analysis, with an offset map back to the original.
//!
//! Two passes, each conservative:
//! 1. characters: mojibake (UTF-8 read as Windows-1252, "â€™" for "’"), exotic spaces,
//!    invisible characters, Unicode composition (NFC);
//! 2. words: names glued to their neighbour by careless scraping ("Istanbulthe",
//!    "Marco Rubioy Lavrov", "ErdoganIn"), conjunctions left untranslated between names
//!    ("USA y Russia"), and duplicated fragments of names ("Kim Jong Un Jong U.").
//!
//! A word is split only when it is neither an English word nor a known name, and one part
//! is a known name while the other is a function word. What counts as a name is asked of
//! a [`NameOracle`] (the knowledge base), so this crate knows no names itself.

use unicode_normalization::UnicodeNormalization;

use crate::fold::fold_into;
use crate::offsets::{OffsetMap, Rewriter};
use crate::segment::{casing, tokenize, Casing, Shape, Token, TokenKind};
use crate::words::{FunctionWords, WordClass};

/// How sure the knowledge base is that a word is (the end of) a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum NameStrength {
    None,
    /// Some table has it (a small town, a historical figure).
    Weak,
    /// A country, nationality, capital, organisation or current office-holder.
    Strong,
}

/// What repair needs to know about words and names.
pub trait NameOracle {
    /// Is `folded` an ordinary English word?
    fn is_word(&self, folded: &str) -> bool;
    /// Is `folded` a name, or the last word of one?
    fn name_strength(&self, folded: &str) -> NameStrength;
    /// Would these folded words be a known multi-word name but for a small misspelling?
    fn is_close_to_name(&self, words: &[&str]) -> bool;
}

/// An oracle that knows no names: repairs characters only.
pub struct NoNames;

impl NameOracle for NoNames {
    fn is_word(&self, _: &str) -> bool {
        true
    }
    fn name_strength(&self, _: &str) -> NameStrength {
        NameStrength::None
    }
    fn is_close_to_name(&self, _: &[&str]) -> bool {
        false
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepairKind {
    /// UTF-8 that was decoded as Windows-1252 and re-encoded.
    Mojibake,
    /// A non-breaking, zero-width or otherwise invisible character.
    Whitespace,
    /// Unicode composition (NFC).
    Normalization,
    /// A space put between two glued words.
    Glue,
    /// A foreign conjunction between names replaced by "and".
    Conjunction,
    /// A repeated fragment removed.
    Duplicate,
    /// An apostrophe doubled inside a word, as SQL escapes it ("gujarat''s").
    DoubledApostrophe,
}

impl RepairKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RepairKind::Mojibake => "mojibake",
            RepairKind::Whitespace => "whitespace",
            RepairKind::Normalization => "normalization",
            RepairKind::Glue => "glued words",
            RepairKind::Conjunction => "foreign conjunction",
            RepairKind::Duplicate => "duplicated fragment",
            RepairKind::DoubledApostrophe => "doubled apostrophe",
        }
    }
}

/// One repair, located in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    pub kind: RepairKind,
    /// Byte range in the original text.
    pub start: u32,
    pub end: u32,
    /// What the range reads as in the repaired text.
    pub replacement: String,
}

/// A repaired text and how to get back to the original.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub text: String,
    pub map: OffsetMap,
    pub repairs: Vec<Repair>,
    pub casing: Casing,
    /// The tokens of `text`, when the word pass could keep them (it changed nothing).
    pub tokens: Option<Vec<Token>>,
}

/// Repairs `original`.
pub fn prepare(original: &str, names: &dyn NameOracle) -> Prepared {
    let (chars_fixed, map1, mut repairs) = repair_characters(original);
    let casing = casing(&chars_fixed);
    let (text, map2, word_repairs, tokens) = repair_words(&chars_fixed, names, casing);
    let map = map1.compose(&map2);
    repairs.extend(word_repairs.into_iter().map(|mut r| {
        let range = map1.range(r.start as usize..r.end as usize);
        r.start = range.start as u32;
        r.end = range.end as u32;
        r
    }));
    Prepared {
        text,
        map,
        repairs,
        casing,
        tokens,
    }
}

// ---------------------------------------------------------------------------------------
// Pass 1: characters.

fn repair_characters(original: &str) -> (String, OffsetMap, Vec<Repair>) {
    if original.is_ascii() && !original.contains("''") {
        return (original.to_string(), OffsetMap::identity(), Vec::new());
    }
    let mut w = Rewriter::new(original);
    let mut repairs = Vec::new();
    let mut iter = original.char_indices().peekable();
    let mut previous = ' ';
    while let Some((i, c)) = iter.next() {
        let before = std::mem::replace(&mut previous, c);
        if i < w.cursor() {
            continue;
        }
        if c == '\'' && doubled_apostrophe_in_word(original, i, before) {
            record(&mut repairs, RepairKind::DoubledApostrophe, i, i + 2, "'");
            w.replace(i..i + 2, "'");
            continue;
        }
        if c.is_ascii() {
            continue;
        }
        if let Some((end, fixed)) = decode_mojibake(original, i) {
            let fixed = clean_spaces(&fixed);
            record(&mut repairs, RepairKind::Mojibake, i, end, &fixed);
            w.replace(i..end, &fixed);
            continue;
        }
        if let Some(replacement) = space_replacement(c) {
            record(&mut repairs, RepairKind::Whitespace, i, i + c.len_utf8(), replacement);
            w.replace(i..i + c.len_utf8(), replacement);
            continue;
        }
        // Compose a base character with the combining marks after it ("e" + U+0301).
        if iter.peek().is_some_and(|&(_, n)| is_combining_mark(n)) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, n)) = iter.peek() {
                if !is_combining_mark(n) {
                    break;
                }
                end = j + n.len_utf8();
                iter.next();
            }
            let composed: String = original[i..end].nfc().collect();
            if composed != original[i..end] {
                record(&mut repairs, RepairKind::Normalization, i, end, &composed);
                w.replace(i..end, &composed);
            }
        }
    }
    let (text, map) = w.finish();
    (text, map, repairs)
}

/// Does a doubled apostrophe start at `i`, between two letters ("gujarat''s",
/// "didn''t")? Text that went through SQL escaping doubles every apostrophe; inside a word
/// no pair of quotation marks can stand, so it is one apostrophe.
fn doubled_apostrophe_in_word(text: &str, i: usize, before: char) -> bool {
    let rest = &text[i..];
    rest.starts_with("''") && before.is_alphabetic() && rest[2..].chars().next().is_some_and(char::is_alphabetic)
}

fn record(repairs: &mut Vec<Repair>, kind: RepairKind, start: usize, end: usize, replacement: &str) {
    repairs.push(Repair {
        kind,
        start: start as u32,
        end: end as u32,
        replacement: replacement.to_string(),
    });
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Spaces other than the ASCII ones become a plain space; invisible characters vanish.
fn space_replacement(c: char) -> Option<&'static str> {
    match c {
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(" "),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some("\n"),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Some(""),
        _ => None,
    }
}

fn clean_spaces(s: &str) -> String {
    s.chars()
        .filter_map(|c| match space_replacement(c) {
            Some(r) => r.chars().next(),
            None => Some(c),
        })
        .collect()
}

/// The Windows-1252 byte a character stands for, when it is one.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        // C1 controls pass through Latin-1 decoders unchanged.
        '\u{80}'..='\u{9F}' => u as u8,
        _ => return None,
    })
}

/// If a UTF-8 sequence mis-decoded as Windows-1252 starts at `at`, its end and the
/// characters it should have been. Lead bytes of 2-4 byte sequences decode as "Â".."ô";
/// a byte that Windows-1252 leaves undefined often arrives as U+FFFD, which we read as
/// the most likely byte in that position ("â€�" is a closing double quote).
fn decode_mojibake(text: &str, at: usize) -> Option<(usize, String)> {
    let mut chars = text[at..].char_indices();
    let (_, lead) = chars.next()?;
    let lead_byte = cp1252_byte(lead)?;
    let needed = match lead_byte {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = vec![lead_byte];
    let mut end = at + lead.len_utf8();
    for _ in 0..needed {
        let (off, c) = chars.next()?;
        let b = match c {
            '\u{FFFD}' if bytes.len() == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80 => 0x9D,
            _ => cp1252_byte(c)?,
        };
        if !(0x80..=0xBF).contains(&b) {
            return None;
        }
        bytes.push(b);
        end = at + off + c.len_utf8();
    }
    let decoded = String::from_utf8(bytes).ok()?;
    // Decoding must produce a single character outside Latin-1's letters; this keeps
    // real text such as "Â»" in French quotes or "Ãn" names untouched.
    let ch = decoded.chars().next()?;
    (decoded.chars().count() == 1 && (ch as u32) >= 0x80).then_some((end, decoded))
}

// ---------------------------------------------------------------------------------------
// Pass 2: words.

/// Words that careless scraping glues to a name: they end or start a clause, so a name
/// is often right before them.
fn glue_word_classes() -> WordClass {
    WordClass::DET
        | WordClass::PREP
        | WordClass::PRON
        | WordClass::CONJ
        | WordClass::SCONJ
        | WordClass::REL
        | WordClass::AUX
        | WordClass::MODAL
        | WordClass::POSS
        | WordClass::FOREIGN_CONJ
}

struct WordPass<'a> {
    text: &'a str,
    tokens: &'a [Token],
    folded: Folded,
    names: &'a dyn NameOracle,
    words: &'static FunctionWords,
}

/// Folded forms of all tokens in one buffer (one allocation for the whole text).
struct Folded {
    buf: String,
    ends: Vec<u32>,
}

impl Folded {
    fn new(text: &str, tokens: &[Token]) -> Folded {
        let mut buf = String::with_capacity(text.len());
        let mut ends = Vec::with_capacity(tokens.len());
        for t in tokens {
            fold_into(t.text(text), &mut buf);
            ends.push(buf.len() as u32);
        }
        Folded { buf, ends }
    }
}

impl std::ops::Index<usize> for Folded {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.buf[start..self.ends[i] as usize]
    }
}

fn repair_words(
    text: &str,
    names: &dyn NameOracle,
    casing: Casing,
) -> (String, OffsetMap, Vec<Repair>, Option<Vec<Token>>) {
    let tokens = tokenize(text);
    let pass = WordPass {
        text,
        tokens: &tokens,
        folded: Folded::new(text, &tokens),
        names,
        words: FunctionWords::get(),
    };
    let mut edits = Vec::new();
    if casing == Casing::Mixed {
        pass.find_glued(&mut edits);
    }
    pass.find_foreign_conjunctions(&mut edits);
    pass.find_duplicated_names(&mut edits);
    edits.sort_by_key(|e| (e.start, e.end));
    let mut w = Rewriter::new(text);
    let mut repairs = Vec::new();
    for e in edits {
        if e.start < w.cursor() {
            continue; // overlapping edits: the first wins
        }
        record(&mut repairs, e.kind, e.start, e.end, &e.replacement);
        w.replace(e.start..e.end, &e.replacement);
    }
    let unchanged = !w.changed();
    let (out, map) = w.finish();
    let tokens = unchanged.then_some(tokens);
    (out, map, repairs, tokens)
}

/// A one-letter word glued after a name in machine-translated Spanish, Italian or
/// Portuguese is that language's "and" ("y", "e") or "to" ("a" before a place).
fn translate_glued_tail(tail: &str) -> Option<&'static str> {
    match tail {
        "y" | "e" => Some("and"),
        "a" => Some("to"),
        _ => None,
    }
}

struct Edit {
    start: usize,
    end: usize,
    replacement: String,
    kind: RepairKind,
}

impl WordPass<'_> {
    fn is_known(&self, folded: &str) -> bool {
        self.names.is_word(folded)
            || self.names.name_strength(folded) != NameStrength::None
            || self.words.is_function_word(folded)
    }

    fn is_glue_word(&self, folded: &str) -> bool {
        self.words.class(folded).has(glue_word_classes())
    }

    fn find_glued(&self, edits: &mut Vec<Edit>) {
        for (i, tok) in self.tokens.iter().enumerate() {
            // Only capitalized words can carry a glued name (checked before any lookup).
            if tok.kind != TokenKind::Word
                || tok.end - tok.start < 4
                || !(tok.is_capitalized() || tok.shape.has(Shape::INNER_CAP))
                || self.is_known(&self.folded[i])
            {
                continue;
            }
            let word = tok.text(self.text);
            let split = if tok.shape.has(Shape::INNER_CAP) {
                self.camel_split(word)
            } else if tok.is_capitalized() && !tok.shape.has(Shape::ALL_CAPS) {
                self.suffix_split(i, word)
            } else {
                None
            };
            if let Some((at, translated)) = split {
                let at = tok.start as usize + at;
                if let Some(english) = translated {
                    // "Rubioy" -> "Rubio and", "Zelenskia Washington" -> "Zelenski to Washington"
                    edits.push(Edit {
                        start: at,
                        end: tok.end as usize,
                        replacement: format!(" {english}"),
                        kind: RepairKind::Glue,
                    });
                } else {
                    edits.push(Edit {
                        start: at,
                        end: at,
                        replacement: " ".into(),
                        kind: RepairKind::Glue,
                    });
                }
            }
        }
    }

    /// "ErdoganIn" -> "Erdogan" + "In"; "inIstanbul" -> "in" + "Istanbul".
    fn camel_split(&self, word: &str) -> Option<(usize, Option<&'static str>)> {
        let mut prev_lower = false;
        for (i, c) in word.char_indices() {
            if c.is_uppercase() && prev_lower {
                let (left, right) = (crate::fold::fold(&word[..i]), crate::fold::fold(&word[i..]));
                let left_name = self.names.name_strength(&left) != NameStrength::None;
                let right_name = self.names.name_strength(&right) != NameStrength::None;
                if (left_name && self.is_glue_word(&right)) || (right_name && self.is_glue_word(&left)) {
                    return Some((i, None));
                }
                return None;
            }
            prev_lower = c.is_lowercase();
        }
        None
    }

    /// "Istanbulthe" -> "Istanbul" + "the"; "Rubioy" -> "Rubio" + "y", which is Spanish
    /// and returned translated ("and").
    fn suffix_split(&self, i: usize, word: &str) -> Option<(usize, Option<&'static str>)> {
        // A glued function word ("the", "an", "and", "will") always has a word after it:
        // "Tehran," is a name, not "Tehr an".
        if self.tokens.get(i + 1).is_none_or(|t| t.kind != TokenKind::Word) {
            return None;
        }
        let folded = &self.folded[i];
        // Folding can change byte lengths; only split words whose folding kept the
        // alignment of their last letters, which holds for the ASCII tails we look for.
        let mut best = None;
        for cut in (3..folded.len()).rev() {
            if !folded.is_char_boundary(cut) {
                continue;
            }
            let (head, tail) = folded.split_at(cut);
            // Names end in two-letter function words all the time ("Saddam", "Kalin",
            // "Boris", "Bannon", "Hurriyet", "European"): only a tail of three letters or
            // more ("the", "and", "will"), or a Spanish one-letter conjunction, is glued.
            if !tail.is_ascii() || !self.is_glue_word(tail) || tail.len() == 2 {
                continue;
            }
            let word_cut = word.len() - tail.len();
            if !word.is_char_boundary(word_cut) || !word[word_cut..].eq_ignore_ascii_case(tail) {
                continue;
            }
            // Spanish writes "e" for "y" only before an i- sound ("Rusia e Irán"):
            // elsewhere a final "e" is the name's own ("Michelle", "Agence").
            if tail == "e" && !self.next_starts_with_i(i) {
                continue;
            }
            if self.head_is_name(i, head, tail.len() == 1) {
                best = Some((word_cut, translate_glued_tail(tail)));
                break; // the longest function word that leaves a name
            }
        }
        best
    }

    /// Is `head` (the part of token `i` before a glued function word) a name?
    /// One-letter tails ("a", "y") are common word endings, so they need a strong name
    /// before and a name after.
    fn head_is_name(&self, i: usize, head: &str, short_tail: bool) -> bool {
        let strength = self.names.name_strength(head);
        if short_tail {
            // Short heads are name fragments more often than names ("Britt-a", "Shi-a").
            return strength == NameStrength::Strong && head.len() >= 5 && self.next_word_is_name(i);
        }
        if strength != NameStrength::None {
            return true;
        }
        // "Xi Jingpingand": the head completes a misspelt multi-word name.
        i > 0 && self.tokens[i - 1].is_capitalized() && self.names.is_close_to_name(&[&self.folded[i - 1], head])
    }

    /// Does the word after token `i` begin with an i- sound ("Irán", "Hidalgo")?
    fn next_starts_with_i(&self, i: usize) -> bool {
        self.tokens
            .get(i + 1)
            .is_some_and(|_| self.folded[i + 1].starts_with('i') || self.folded[i + 1].starts_with("hi"))
    }

    /// The next token is capitalized and begins with a name (possibly glued itself).
    fn next_word_is_name(&self, i: usize) -> bool {
        let Some(next) = self.tokens.get(i + 1) else {
            return false;
        };
        if !next.is_capitalized() {
            return false;
        }
        let f = &self.folded[i + 1];
        if self.names.name_strength(f) != NameStrength::None {
            return true;
        }
        (3..f.len()).any(|cut| {
            f.is_char_boundary(cut)
                && self.is_glue_word(&f[cut..])
                && self.names.name_strength(&f[..cut]) != NameStrength::None
        })
    }

    /// "USA y Russia": an untranslated conjunction between two names becomes "and".
    fn find_foreign_conjunctions(&self, edits: &mut Vec<Edit>) {
        for i in 1..self.tokens.len().saturating_sub(1) {
            if !self.words.class(&self.folded[i]).has(WordClass::FOREIGN_CONJ) {
                continue;
            }
            let tok = &self.tokens[i];
            if tok.is_capitalized() {
                continue;
            }
            let (prev, next) = (&self.tokens[i - 1], &self.tokens[i + 1]);
            let name_like = |t: &Token, f: &str| {
                t.kind == TokenKind::Word && t.is_capitalized() && self.names.name_strength(f) != NameStrength::None
            };
            if name_like(prev, &self.folded[i - 1]) && name_like(next, &self.folded[i + 1]) {
                edits.push(Edit {
                    start: tok.start as usize,
                    end: tok.end as usize,
                    replacement: "and".into(),
                    kind: RepairKind::Conjunction,
                });
            }
        }
    }

    /// "Kim Jong Un Jong U.": two or more capitalized words repeated right after
    /// themselves, the last one possibly cut short, are a scraping duplicate.
    fn find_duplicated_names(&self, edits: &mut Vec<Edit>) {
        let n = self.tokens.len();
        let cap = |j: usize| self.tokens[j].kind == TokenKind::Word && self.tokens[j].is_capitalized();
        let mut i = 0;
        while i < n {
            let mut found = false;
            for k in (2..=3).rev() {
                if i + 2 * k > n || !(i..i + 2 * k).all(cap) {
                    continue;
                }
                let same = (0..k).all(|j| {
                    let (a, b) = (&self.folded[i + j], &self.folded[i + k + j]);
                    if j + 1 == k {
                        a.starts_with(b)
                    } else {
                        a == b
                    }
                });
                let adjacent = (i + 1..i + 2 * k).all(|j| !self.tokens[j].shape.has(Shape::NEWLINE_BEFORE));
                if same && adjacent {
                    let start = self.tokens[i + k - 1].end as usize;
                    let end = self.tokens[i + 2 * k - 1].end as usize;
                    edits.push(Edit {
                        start,
                        end,
                        replacement: String::new(),
                        kind: RepairKind::Duplicate,
                    });
                    i += 2 * k;
                    found = true;
                    break;
                }
            }
            if !found {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A toy oracle: a handful of names and English words.
    struct Toy;

    impl NameOracle for Toy {
        fn is_word(&self, w: &str) -> bool {
            matches!(
                w,
                "bathe" | "the" | "great" | "city" | "marina" | "thereby" | "washing" | "meeting"
            )
        }
        fn name_strength(&self, w: &str) -> NameStrength {
            match w {
                "istanbul" | "rubio" | "lavrov" | "washington" | "usa" | "russia" | "erdogan" | "zelenski"
                | "moscow" | "georgia" | "kim" | "jong" | "un" => NameStrength::Strong,
                "paul" | "marin" => NameStrength::Weak,
                _ => NameStrength::None,
            }
        }
        fn is_close_to_name(&self, words: &[&str]) -> bool {
            words == ["xi", "jingping"]
        }
    }

    fn fix(s: &str) -> String {
        prepare(s, &Toy).text
    }

    #[test]
    fn splits_names_glued_to_function_words() {
        assert_eq!(fix("in Istanbulthe great city"), "in Istanbul the great city");
        // A name's adjective in "-an" is no name with a glued article.
        assert_eq!(fix("the European Union met"), "the European Union met");
        // Nor are names ending in a two-letter function word ("-in", "-am", "-is").
        assert_eq!(fix("Istanbulin Moscow"), "Istanbulin Moscow");
        // A Spanish "e" is glued only before an i- sound.
        assert_eq!(fix("Rubioe Lavrov met"), "Rubioe Lavrov met");
        assert_eq!(fix("Marco Rubioy Lavrov met"), "Marco Rubio and Lavrov met");
        assert_eq!(fix("according to Moscowwill not"), "according to Moscow will not");
        assert_eq!(fix("Zelenskia Washingtonwhere he"), "Zelenski to Washington where he");
        assert_eq!(fix("ErdoganIn addition"), "Erdogan In addition");
        assert_eq!(fix("Xi Jingpingand the"), "Xi Jingping and the");
    }

    #[test]
    fn never_splits_real_words_or_names() {
        for s in [
            "Bathe the dog",
            "Georgia won",
            "The Marina opened",
            "Paula Smith",
            "Thereby it",
            "Washing machines",
        ] {
            assert_eq!(fix(s), s);
        }
        // A one-letter tail needs a strong name before and a name after.
        assert_eq!(fix("Paula Istanbul"), "Paula Istanbul");
        // A glued function word needs a word after it: "Marinan," stays a name.
        assert_eq!(fix("freed Marinan, who led"), "freed Marinan, who led");
    }

    #[test]
    fn a_doubled_apostrophe_inside_a_word_is_one() {
        assert_eq!(
            fix("the court''s order, which they didn''t obey"),
            "the court's order, which they didn't obey"
        );
        // Quotation marks written as two apostrophes stay: they stand beside a space.
        assert_eq!(fix("he said ''no'' twice"), "he said ''no'' twice");
        let p = prepare("Lima''s mayor", &NoNames);
        assert_eq!(p.repairs.len(), 1);
        assert_eq!((p.repairs[0].start, p.repairs[0].end), (4, 6));
        assert_eq!(
            p.map.range(5..12),
            6..13,
            "offsets after the repair point into the original"
        );
    }

    #[test]
    fn foreign_conjunction_between_names() {
        assert_eq!(fix("Diplomats of USA y Russia met"), "Diplomats of USA and Russia met");
        assert_eq!(fix("the y axis"), "the y axis");
    }

    #[test]
    fn duplicated_name_fragment() {
        assert_eq!(fix("leader, Kim Jong Un Jong U."), "leader, Kim Jong Un.");
        assert_eq!(fix("Boutros Boutros spoke"), "Boutros Boutros spoke");
    }

    #[test]
    fn mojibake_and_spaces() {
        let p = prepare("the proposed â€˜bhoomi pujanâ€™ and â€œweâ€� said\u{00A0}it", &NoNames);
        assert_eq!(p.text, "the proposed ‘bhoomi pujan’ and “we” said it");
        assert!(p.repairs.iter().any(|r| r.kind == RepairKind::Mojibake));
        // Real accented text is left alone.
        assert_eq!(prepare("café Zürich Ñandú", &NoNames).text, "café Zürich Ñandú");
    }

    #[test]
    fn offsets_point_into_the_original() {
        let original = "Diplomats of USA y Russia met in Istanbulthe city";
        let p = prepare(original, &Toy);
        let the = p.text.find(" the ").unwrap() + 1;
        assert_eq!(&original[p.map.range(the..the + 3)], "the");
        let and = p.text.find("and").unwrap();
        assert_eq!(&original[p.map.range(and..and + 3)], "y");
        let city = p.text.find("city").unwrap();
        assert_eq!(&original[p.map.range(city..city + 4)], "city");
    }

    #[test]
    fn offsets_survive_both_passes() {
        let original = "â€œRubioy Lavrovâ€� met";
        let p = prepare(original, &Toy);
        assert_eq!(p.text, "“Rubio and Lavrov” met");
        let lavrov = p.text.find("Lavrov").unwrap();
        assert_eq!(&original[p.map.range(lavrov..lavrov + 6)], "Lavrov");
        let met = p.text.find("met").unwrap();
        assert_eq!(&original[p.map.range(met..met + 3)], "met");
    }
}
