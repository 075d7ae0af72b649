//! Turning names into lookup keys: token sequences, spelling-variant keys, and the edit
//! distance that guards fuzzy matches.

use dragoman_text::{fold_into, tokenize, TokenKind};

/// The folded tokens of a name, as the text will be tokenized ("al-Qaeda" ->
/// `["al", "-", "qaeda"]`). Trailing periods of abbreviations stay ("U.S." -> `["u.s."]`),
/// and so does the apostrophe of a plural's possessive ("Workers' Party" ->
/// `["workers", "'", "party"]`), which the text tokenizes apart as well; any other
/// apostrophe goes ("Abdul 'Aziz" is also written "Abdul Aziz").
pub fn name_tokens(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tokenize(name).iter() {
        let text = t.text(name);
        let possessive = matches!(text, "'" | "’") && out.last().is_some_and(|w| w.ends_with('s'));
        if t.kind != TokenKind::Punct || matches!(text, "-" | "&" | "'s" | "’s") || possessive {
            let mut s = String::new();
            fold_into(text, &mut s);
            out.push(s);
        }
    }
    out
}

/// The spelling variants a name is also known by: hyphens as spaces or dropped
/// ("Ki-moon", "Ki moon", "Kimoon"), and without dots ("U.S." -> "US").
pub fn name_variants(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    if name.contains('-') {
        out.push(name.replace('-', " "));
        out.push(name.replace('-', ""));
    }
    if name.contains('.') && name.len() <= 12 {
        out.push(name.replace('.', ""));
    }
    out.retain(|s| !s.trim().is_empty());
    out.dedup();
    out
}

/// A key that is equal for common transliteration variants of one name:
/// Zelensky / Zelenskyy / Zelenskiy / Zelenski, Sergei / Sergey / Serguéi,
/// Volodymyr / Volodímir, Khamenei / Hamenei, Zhukov / Jukov, Muammar / Moammar.
/// Input is one folded token.
pub fn variant_key(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().filter(|c| c.is_alphabetic()).collect();
    let mut out = String::with_capacity(chars.len());
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut i = 0;
    while i < chars.len() {
        let (c, n1, n2) = (chars[i], at(i + 1), at(i + 2));
        // Digraphs and trigraphs of transliteration, longest first.
        let (sound, used) = match (c, n1, n2) {
            ('d', 'z', 'h') => ('j', 3),
            ('z', 'h', _) | ('d', 'j', _) => ('j', 2),
            ('k', 'h', _) => ('h', 2),
            ('p', 'h', _) => ('f', 2),
            ('c', 'k', _) => ('k', 2),
            ('g', 'u', 'e') | ('g', 'u', 'i') => ('g', 2),
            ('o', 'u', _) | ('o', 'o', _) => ('u', 2),
            ('w', _, _) => ('v', 1),
            ('q', _, _) => ('k', 1),
            ('y', _, _) => ('i', 1),
            _ => (c, 1),
        };
        // Doubled letters count once ("Zelenskyy", "Muammar").
        if !out.ends_with(sound) {
            out.push(sound);
        }
        i += used;
    }
    // Sergej -> sergei
    if out.ends_with('j') && out.len() > 3 {
        out.pop();
        out.push('i');
    }
    out
}

/// The variant key of a multi-word name: the keys of its word tokens joined by spaces.
pub fn phrase_key<S: AsRef<str>>(tokens: &[S]) -> String {
    let mut key = String::new();
    for t in tokens {
        let k = variant_key(t.as_ref());
        if k.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&k);
    }
    key
}

/// Levenshtein distance, stopping early once it exceeds `max` (returns `max + 1`).
pub fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()].min(max + 1)
}

/// How many edits a fuzzy match of a multi-word name of this many letters may need:
/// none under 8 letters, one up to 15, two beyond.
pub fn allowed_edits(letters: usize) -> usize {
    match letters {
        0..=7 => 0,
        8..=15 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_names() {
        assert_eq!(name_tokens("al-Qaeda"), ["al", "-", "qaeda"]);
        assert_eq!(name_tokens("U.S."), ["u.s."]);
        assert_eq!(name_tokens("Côte d'Ivoire"), ["cote", "d'ivoire"]);
        assert_eq!(name_tokens("Russia's"), ["russia", "'s"]);
        assert_eq!(name_tokens("Workers’ Party"), ["workers", "'", "party"]);
        assert_eq!(name_tokens("Abdul 'Aziz"), ["abdul", "aziz"]);
    }

    #[test]
    fn variants() {
        assert!(name_variants("Ban Ki-moon").contains(&"Ban Ki moon".to_string()));
        assert!(name_variants("U.S.").contains(&"US".to_string()));
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        let k = variant_key("zelensky");
        for v in ["zelenskyy", "zelenskiy", "zelenski", "zelenskii"] {
            assert_eq!(variant_key(v), k, "{v}");
        }
        assert_eq!(variant_key("sergei"), variant_key("sergey"));
        assert_eq!(variant_key("serguei"), variant_key("sergey"));
        assert_eq!(variant_key("volodymyr"), variant_key("volodimir"));
        assert_eq!(variant_key("khamenei"), variant_key("hamenei"));
        assert_eq!(variant_key("zhukov"), variant_key("jukov"));
        assert_ne!(variant_key("putin"), variant_key("pution"));
    }

    #[test]
    fn edit_distance_with_a_bound() {
        assert_eq!(edit_distance("jingping", "jinping", 2), 1);
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
        assert_eq!(edit_distance("kitten", "sitting", 1), 2);
        assert_eq!(edit_distance("", "abc", 5), 3);
    }
}
