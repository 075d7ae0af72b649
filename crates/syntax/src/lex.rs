//! What the models know of a word out of context: its normalised form, shape, prefix and
//! suffix, hashed once per token.

use dragoman_linear::hash;

/// Hashed lexical features of one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex {
    /// Lower case, with numbers and hyphenated words collapsed to a class.
    pub norm: u64,
    /// Character classes, runs collapsed: "Xx", "X.X.", "d", "x-x".
    pub shape: u64,
    pub prefix: u64,
    pub suffix: u64,
    /// Last two characters, first three.
    pub suffix2: u64,
    pub prefix3: u64,
    /// What kind of token: a word, a number, punctuation, a URL, an e-mail address.
    pub kind: u64,
}

/// The padding beyond a sentence's ends.
pub const START: Lex = Lex {
    norm: 0x0053_5441_5254,
    shape: 0x0053_5441_5254,
    prefix: 0,
    suffix: 0,
    suffix2: 0,
    prefix3: 0,
    kind: 0x0053_5441_5254,
};
pub const END: Lex = Lex {
    norm: 0x0045_4e44,
    shape: 0x0045_4e44,
    prefix: 0,
    suffix: 0,
    suffix2: 0,
    prefix3: 0,
    kind: 0x0045_4e44,
};

/// The lexical features of `word`; `lower` says to read it as lower case (training
/// makes such copies so that all-lower-case text is parsed well).
pub fn lex(word: &str, lower: bool) -> Lex {
    // Lower case into a stack buffer: no allocation per token.
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut chars = 0usize;
    for c in word.chars() {
        for l in c.to_lowercase() {
            let mut tmp = [0u8; 4];
            let e = l.encode_utf8(&mut tmp);
            if len + e.len() > buf.len() {
                break;
            }
            buf[len..len + e.len()].copy_from_slice(e.as_bytes());
            len += e.len();
            chars += 1;
        }
    }
    let low = std::str::from_utf8(&buf[..len]).unwrap_or("");
    let first = word.chars().next().unwrap_or(' ');
    let norm = if word.len() > 1 && first != '-' && word.contains('-') && word.chars().any(char::is_alphabetic) {
        hash::string("!HYPHEN")
    } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        hash::string("!YEAR")
    } else if first.is_ascii_digit() {
        hash::string("!DIGITS")
    } else {
        hash::string(low)
    };
    let at = |n: usize| low.char_indices().nth(n).map_or(low.len(), |(i, _)| i);
    let (suffix_at, suffix2_at) = (at(chars.saturating_sub(3)), at(chars.saturating_sub(2)));
    Lex {
        norm,
        shape: shape_hash(if lower { low } else { word }),
        prefix: hash::string(&low[..at(1)]) ^ 0x70,
        suffix: hash::string(&low[suffix_at..]) ^ 0x73,
        suffix2: hash::string(&low[suffix2_at..]) ^ 0x7332,
        prefix3: hash::string(&low[..at(3)]) ^ 0x7033,
        kind: hash::string(kind(low)),
    }
}

/// A coarse class of token, for the tokens the word list never saw.
fn kind(low: &str) -> &'static str {
    let letters = low.chars().filter(|c| c.is_alphabetic()).count();
    let digits = low.chars().filter(|c| c.is_ascii_digit()).count();
    if low.starts_with("http") || low.starts_with("www.") || (low.contains('/') && low.contains('.') && letters > 3) {
        "url"
    } else if low.contains('@') && low.contains('.') {
        "email"
    } else if letters == 0 && digits > 0 {
        "number"
    } else if letters == 0 {
        "punct"
    } else if digits > 0 {
        "alnum"
    } else {
        "word"
    }
}

/// The hash of a word's shape, computed without allocating.
fn shape_hash(word: &str) -> u64 {
    let mut buf = [0u8; 24];
    let mut len = 0;
    let mut last = '\0';
    for c in word.chars() {
        let k = shape_class(c);
        if k != last {
            let mut tmp = [0u8; 4];
            let e = k.encode_utf8(&mut tmp);
            if len + e.len() > buf.len() {
                break;
            }
            buf[len..len + e.len()].copy_from_slice(e.as_bytes());
            len += e.len();
            last = k;
        }
        if len >= 6 {
            break;
        }
    }
    hash::bytes(&buf[..len])
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_ascii_digit() {
        'd'
    } else {
        c
    }
}

/// "Washington" -> "Xx", "U.S." -> "X.X.", "2025" -> "d", "re-elect" -> "x-x" (the
/// string [`shape_hash`] hashes; for tests).
#[cfg(test)]
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    for c in word.chars() {
        let k = shape_class(c);
        if k != last {
            out.push(k);
            last = k;
        }
        if out.len() >= 6 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Washington"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("2025"), "d");
        assert_eq!(shape("re-elect"), "x-x");
    }

    #[test]
    fn the_shape_hash_is_the_hash_of_the_shape() {
        for w in ["Washington", "U.S.", "2025", "re-elect", "ÉLYSÉE", "a"] {
            assert_eq!(shape_hash(w), hash::string(&shape(w)), "{w}");
        }
    }

    #[test]
    fn case_and_numbers_are_normalised() {
        assert_eq!(lex("Talks", false).norm, lex("talks", false).norm);
        assert_ne!(lex("Talks", false).shape, lex("talks", false).shape);
        assert_eq!(lex("Talks", true).shape, lex("talks", false).shape);
        assert_eq!(lex("1999", false).norm, lex("2025", false).norm);
        assert_eq!(lex("15", false).norm, lex("300", false).norm);
        assert_eq!(lex("suffix", false).suffix, lex("fix", false).suffix);
    }
}
