//! Tokens and sentences, as byte offsets into a text.
//!
//! The tokenizer is a single left-to-right scan that allocates only the token vector.
//! It splits possessive `'s` and `n't` off their word, keeps `U.S.`-style abbreviations
//! and numbers like `1,000.5` whole, and makes every other punctuation character its own
//! token. Sentences end at terminal punctuation followed by a plausible sentence start, or
//! at a line break, never after an abbreviation or an initial.

use crate::fold::is_apostrophe;
use crate::words::FunctionWords;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// Orthographic facts about a token and the space before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape(u8);

impl Shape {
    /// First character is upper case.
    pub const CAPITALIZED: Shape = Shape(1);
    /// Two or more letters, all upper case.
    pub const ALL_CAPS: Shape = Shape(1 << 1);
    /// An upper-case letter after a lower-case one ("ErdoganIn", "McCain").
    pub const INNER_CAP: Shape = Shape(1 << 2);
    /// Whitespace precedes the token.
    pub const SPACE_BEFORE: Shape = Shape(1 << 3);
    /// A line break precedes the token.
    pub const NEWLINE_BEFORE: Shape = Shape(1 << 4);
    /// A blank line precedes the token.
    pub const PARAGRAPH_BEFORE: Shape = Shape(1 << 5);

    pub fn has(self, flag: Shape) -> bool {
        self.0 & flag.0 != 0
    }

    fn set(&mut self, flag: Shape) {
        self.0 |= flag.0;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    pub shape: Shape,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }

    pub fn is_capitalized(&self) -> bool {
        self.shape.has(Shape::CAPITALIZED)
    }
}

/// A sentence: its byte range and its tokens `first..last` (exclusive) in the token list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    pub start: u32,
    pub end: u32,
    pub first: u32,
    pub last: u32,
}

impl SentenceSpan {
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first as usize..self.last as usize
    }
}

/// Longest sentence, in tokens, before it is cut (a 50 MB line must not become one
/// sentence that later stages scan quadratically).
pub const MAX_SENTENCE_TOKENS: usize = 160;

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut shape = Shape::default();
    let mut newlines = 0u32;
    while i < bytes.len() {
        let c = char_at(text, i);
        if c.is_whitespace() {
            shape.set(Shape::SPACE_BEFORE);
            if c == '\n' {
                newlines += 1;
                shape.set(Shape::NEWLINE_BEFORE);
                if newlines >= 2 {
                    shape.set(Shape::PARAGRAPH_BEFORE);
                }
            }
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = if c.is_alphanumeric() {
            scan_word(text, i)
        } else {
            let end = scan_punct(text, i);
            // "'s" split off a word is a word.
            let kind = if text[i..end].chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else {
                TokenKind::Punct
            };
            (end, kind)
        };
        let end = end.max(i + c.len_utf8());
        let mut tok_shape = shape;
        if kind != TokenKind::Punct {
            add_case_shape(&text[i..end], &mut tok_shape);
        }
        tokens.push(Token {
            start: i as u32,
            end: end as u32,
            kind,
            shape: tok_shape,
        });
        shape = Shape::default();
        newlines = 0;
        i = end;
    }
    tokens
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn add_case_shape(word: &str, shape: &mut Shape) {
    let mut letters = 0;
    let mut upper = 0;
    let mut prev_lower = false;
    for (n, c) in word.chars().enumerate() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
                if n == 0 {
                    shape.set(Shape::CAPITALIZED);
                }
                if prev_lower {
                    shape.set(Shape::INNER_CAP);
                }
            }
            prev_lower = c.is_lowercase();
        }
    }
    if letters >= 2 && upper == letters {
        shape.set(Shape::ALL_CAPS);
    }
}

/// Scans a word or number starting at `start`; returns its end and kind.
fn scan_word(text: &str, start: usize) -> (usize, TokenKind) {
    if let Some(end) = scan_dotted_abbreviation(text, start) {
        return (end, TokenKind::Word);
    }
    // "cannot" is "can" and "not", as the parser was trained to read it.
    if let Some(end) = cannot_split(text, start) {
        return (end, TokenKind::Word);
    }
    let mut i = start;
    let mut all_digits = true;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let at = start + off;
        if c.is_alphanumeric() {
            if !c.is_ascii_digit() {
                all_digits = false;
            }
            // "hasn't": stop before the "n" of "n't".
            if (c == 'n' || c == 'N') && at > start && is_nt_suffix(text, at) {
                return (at, TokenKind::Word);
            }
            i = at + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) {
            // "Russia's" and "we'll" end before the apostrophe; "d'Ivoire" goes on.
            if clitic_len(text, at).is_some() {
                return (at, word_kind(all_digits));
            }
            i = at + c.len_utf8();
            continue;
        }
        if (c == '.' || c == ',' || c == ':') && all_digits && next.is_some_and(|n| n.is_ascii_digit()) {
            i = at + 1;
            continue;
        }
        break;
    }
    (i, word_kind(all_digits))
}

fn word_kind(all_digits: bool) -> TokenKind {
    if all_digits {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// "U.S.", "U.N.", "e.g.": single letters each followed by a period, at least two.
fn scan_dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    let mut pairs = 0;
    while i + 1 < b.len() && b[i].is_ascii_alphabetic() && b[i + 1] == b'.' {
        pairs += 1;
        i += 2;
    }
    let followed_by_letter = i < b.len() && b[i].is_ascii_alphanumeric();
    (pairs >= 2 && !followed_by_letter).then_some(i)
}

/// The end of the "can" of a whole word "cannot" at `start`, if there is one.
fn cannot_split(text: &str, start: usize) -> Option<usize> {
    let word = text.get(start..start + 6)?;
    let whole = !text[start + 6..].chars().next().is_some_and(char::is_alphanumeric);
    (word.eq_ignore_ascii_case("cannot") && whole).then_some(start + 3)
}

fn is_nt_suffix(text: &str, at: usize) -> bool {
    let rest = &text[at + 1..];
    let mut it = rest.chars();
    matches!(it.next(), Some(c) if is_apostrophe(c))
        && matches!(it.next(), Some('t' | 'T'))
        && !it.next().is_some_and(char::is_alphanumeric)
}

/// The length in bytes of the clitic at `apostrophe_at`, apostrophe included, if one
/// is there: possessive "'s" and the contracted verbs "'ll", "'re", "'ve", "'d", "'m"
/// ("we'll", "they're"), each a word of its own as spaCy splits them.
fn clitic_len(text: &str, apostrophe_at: usize) -> Option<usize> {
    let rest = &text[apostrophe_at..];
    let apostrophe = rest.chars().next().filter(|&c| is_apostrophe(c))?;
    let after = &rest[apostrophe.len_utf8()..];
    let letters = after.bytes().take_while(u8::is_ascii_alphabetic).count();
    let whole = !after[letters..].chars().next().is_some_and(char::is_alphanumeric);
    let clitic = &after[..letters];
    let known = ["s", "ll", "re", "ve", "d", "m"]
        .iter()
        .any(|c| clitic.eq_ignore_ascii_case(c));
    (whole && known).then(|| apostrophe.len_utf8() + letters)
}

fn scan_punct(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    for multi in ["...", "--"] {
        if rest.starts_with(multi) {
            return start + multi.len();
        }
    }
    // "'s", "'ll" and "n't" split off a word are words, not punctuation.
    if let Some(len) = clitic_len(text, start) {
        return start + len;
    }
    start + rest.chars().next().map_or(1, char::len_utf8)
}

/// How the letters of a text are cased, which decides how much case can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    Mixed,
    /// Almost no capitals: names and sentence starts cannot be told by case.
    Lower,
    /// Almost all capitals (a shouted headline or wire copy).
    Upper,
}

/// Measures the casing of a text from a sample of its letters.
pub fn casing(text: &str) -> Casing {
    let (mut lower, mut upper) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()).take(20_000) {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    let letters = lower + upper;
    if letters >= 20 && upper * 200 < letters {
        Casing::Lower
    } else if letters >= 20 && lower * 10 < letters {
        Casing::Upper
    } else {
        Casing::Mixed
    }
}

/// Splits tokens into sentences.
pub fn sentences(text: &str, tokens: &[Token], casing: Casing) -> Vec<SentenceSpan> {
    let words = FunctionWords::get();
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut first = 0usize;
    let mut i = 0usize;
    let mut fold_buf = String::new();
    while i < tokens.len() {
        let mut end = i + 1;
        let boundary = if end < tokens.len() && breaks_line(text, tokens, end) {
            true
        } else if is_terminal(&tokens[i], text) {
            end = absorb_closers(text, tokens, end);
            end >= tokens.len()
                || (tokens[end].shape.has(Shape::SPACE_BEFORE)
                    && starts_sentence(text, tokens, end, casing)
                    && !after_abbreviation(text, tokens, i, words, &mut fold_buf))
        } else {
            end - first >= MAX_SENTENCE_TOKENS
        };
        if boundary || end >= tokens.len() {
            push_sentence(&mut out, tokens, first, end);
            first = end;
        }
        i = end;
    }
    out
}

fn push_sentence(out: &mut Vec<SentenceSpan>, tokens: &[Token], first: usize, last: usize) {
    if first >= last {
        return;
    }
    out.push(SentenceSpan {
        start: tokens[first].start,
        end: tokens[last - 1].end,
        first: first as u32,
        last: last as u32,
    });
}

fn is_terminal(tok: &Token, text: &str) -> bool {
    tok.kind == TokenKind::Punct && matches!(tok.text(text), "." | "!" | "?" | "…" | "..." | "。")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "›")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "‹" | "-" | "–" | "—")
}

/// Closing quotes and brackets right after terminal punctuation belong to its sentence.
fn absorb_closers(text: &str, tokens: &[Token], mut end: usize) -> usize {
    while end < tokens.len()
        && tokens[end].kind == TokenKind::Punct
        && !tokens[end].shape.has(Shape::SPACE_BEFORE)
        && is_closer(tokens[end].text(text))
    {
        end += 1;
    }
    end
}

fn starts_sentence(text: &str, tokens: &[Token], at: usize, casing: Casing) -> bool {
    let t = &tokens[at];
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => is_opener(t.text(text)),
        TokenKind::Word => casing != Casing::Mixed || t.is_capitalized(),
    }
}

/// A period after "Mr", "U.S" or an initial does not end the sentence.
fn after_abbreviation(text: &str, tokens: &[Token], period: usize, words: &FunctionWords, buf: &mut String) -> bool {
    if period == 0 || tokens[period].text(text) != "." || tokens[period].shape.has(Shape::SPACE_BEFORE) {
        return false;
    }
    let prev = &tokens[period - 1];
    if prev.kind != TokenKind::Word {
        return false;
    }
    let word = prev.text(text);
    if word.chars().count() == 1 && prev.is_capitalized() {
        return true; // an initial: "George W. Bush"
    }
    buf.clear();
    crate::fold::fold_into(word, buf);
    words.is_abbreviation(buf)
}

/// A line break before token `at` ends the sentence unless the text is hard-wrapped
/// prose (a long line broken in mid-sentence).
fn breaks_line(text: &str, tokens: &[Token], at: usize) -> bool {
    let t = &tokens[at];
    if t.shape.has(Shape::PARAGRAPH_BEFORE) {
        return true;
    }
    if !t.shape.has(Shape::NEWLINE_BEFORE) {
        return false;
    }
    let line_start = text[..t.start as usize].trim_end().rfind('\n').map_or(0, |p| p + 1);
    let previous_line = text[line_start..t.start as usize].trim();
    let wrapped =
        previous_line.len() >= 50 && !previous_line.ends_with(['.', '!', '?', ':', '"', '”']) && !t.is_capitalized();
    !wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        sentences(text, &toks, casing(text))
            .iter()
            .map(|s| &text[s.start as usize..s.end as usize])
            .collect()
    }

    #[test]
    fn tokens_split_clitics_and_keep_abbreviations() {
        assert_eq!(words("Russia's U.S. hasn't"), ["Russia", "'s", "U.S.", "has", "n't"]);
        assert_eq!(words("Russia’s d'Ivoire"), ["Russia", "’s", "d'Ivoire"]);
        assert_eq!(
            words("$1,000.50 in 2017-2021"),
            ["$", "1,000.50", "in", "2017", "-", "2021"]
        );
        assert_eq!(
            words("high -level, “Back”"),
            ["high", "-", "level", ",", "“", "Back", "”"]
        );
        assert_eq!(words("wait..."), ["wait", "..."]);
        assert_eq!(words("can't"), ["ca", "n't"]);
        assert_eq!(
            words("We'll go, they’re here, I've, he'd, I'm; O'Malley d'Ivoire rock'n'roll"),
            [
                "We",
                "'ll",
                "go",
                ",",
                "they",
                "’re",
                "here",
                ",",
                "I",
                "'ve",
                ",",
                "he",
                "'d",
                ",",
                "I",
                "'m",
                ";",
                "O'Malley",
                "d'Ivoire",
                "rock'n'roll"
            ]
        );
        assert_eq!(words("Cannot, cannots"), ["Can", "not", ",", "cannots"]);
    }

    #[test]
    fn token_shapes() {
        let text = "SERGUÉI Lavrov ErdoganIn x\n\ny";
        let t = tokenize(text);
        assert!(t[0].shape.has(Shape::ALL_CAPS));
        assert!(t[1].is_capitalized() && !t[1].shape.has(Shape::ALL_CAPS));
        assert!(t[2].shape.has(Shape::INNER_CAP));
        assert!(t[4].shape.has(Shape::PARAGRAPH_BEFORE));
    }

    #[test]
    fn sentences_respect_abbreviations_initials_and_quotes() {
        assert_eq!(
            sents("Mr. Smith met Gen. Jones in the U.S. on Monday. They talked."),
            ["Mr. Smith met Gen. Jones in the U.S. on Monday.", "They talked."]
        );
        assert_eq!(
            sents("George W. Bush spoke. Then he left."),
            ["George W. Bush spoke.", "Then he left."]
        );
        assert_eq!(
            sents("“We will win.” He said it. “Why?” he asked."),
            ["“We will win.”", "He said it.", "“Why?” he asked."]
        );
        assert_eq!(
            sents("Turkish mediation\nThe talks began."),
            ["Turkish mediation", "The talks began."]
        );
        assert_eq!(sents("It rose 3.5 percent. Good."), ["It rose 3.5 percent.", "Good."]);
    }

    #[test]
    fn lower_case_text_still_splits() {
        assert_eq!(
            sents("police arrested two men on monday. the court freed them. both left."),
            [
                "police arrested two men on monday.",
                "the court freed them.",
                "both left."
            ]
        );
    }

    #[test]
    fn very_long_lines_are_cut() {
        let text = "word ".repeat(1000);
        let toks = tokenize(&text);
        let s = sentences(&text, &toks, Casing::Mixed);
        assert!(s.iter().all(|s| s.tokens().len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(s.iter().map(|s| s.tokens().len()).sum::<usize>(), 1000);
    }
}
