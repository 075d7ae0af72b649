//! CoNLL-U, as far as dragoman reads and writes it: one token per line (ID FORM LEMMA UPOS
//! XPOS FEATS HEAD DEPREL DEPS MISC), `#` comments, a blank line between sentences.
//! Multi-word token ranges (`3-4`) and empty nodes (`5.1`) are skipped on reading.

use std::fmt::Write;

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
#[error("{input}:{line}: {message}")]
pub struct ConlluError {
    pub input: String,
    pub line: usize,
    pub message: String,
}

/// One sentence of a CoNLL-U file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// `# key = value` comments, in order.
    pub comments: Vec<(String, String)>,
    pub words: Vec<String>,
    pub xpos: Vec<String>,
    /// Heads as 0-based token indices; `None` for the root.
    pub heads: Vec<Option<usize>>,
    pub deprels: Vec<String>,
}

impl Sentence {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The value of a `# key = value` comment.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.comments.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Is this a tree: one root, every head in range, no cycle?
    pub fn is_tree(&self) -> bool {
        let n = self.len();
        if self.heads.len() != n || self.heads.iter().filter(|h| h.is_none()).count() != 1 {
            return false;
        }
        (0..n).all(|mut i| {
            for _ in 0..=n {
                match self.heads[i] {
                    None => return true,
                    Some(h) if h < n => i = h,
                    Some(_) => return false,
                }
            }
            false
        })
    }
}

/// Reads every sentence of a CoNLL-U text. `input` names it in errors.
pub fn read(input: &str, text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let err = |line: usize, message: String| ConlluError {
        input: input.to_string(),
        line,
        message,
    };
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.comments.clear();
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            let (k, v) = c.split_once('=').map_or((c, ""), |(k, v)| (k.trim(), v.trim()));
            cur.comments.push((k.to_string(), v.to_string()));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(err(
                n + 1,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let id: usize = cols[0]
            .parse()
            .map_err(|_| err(n + 1, format!("bad token id `{}`", cols[0])))?;
        if id != cur.len() + 1 {
            return Err(err(n + 1, format!("token id {id} out of sequence")));
        }
        let head = match cols[6] {
            "_" => None,
            "0" => None,
            h => Some(
                h.parse::<usize>()
                    .map_err(|_| err(n + 1, format!("bad head `{h}`")))?
                    .checked_sub(1)
                    .ok_or_else(|| err(n + 1, "bad head".into()))?,
            ),
        };
        cur.words.push(cols[1].to_string());
        cur.xpos.push(cols[4].to_string());
        cur.heads.push(head);
        cur.deprels.push(cols[7].to_string());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// The universal part of speech of a Penn tag (the usual conversion table).
pub fn upos(xpos: &str) -> &'static str {
    match xpos {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" => "VERB",
        "MD" => "AUX",
        "JJ" | "JJR" | "JJS" | "AFX" => "ADJ",
        "RB" | "RBR" | "RBS" | "WRB" => "ADV",
        "IN" => "ADP",
        "RP" => "ADP",
        "DT" | "PDT" | "WDT" => "DET",
        "PRP" | "PRP$" | "WP" | "WP$" | "EX" => "PRON",
        "CC" => "CCONJ",
        "CD" => "NUM",
        "TO" | "POS" => "PART",
        "UH" => "INTJ",
        "SYM" | "$" | "#" => "SYM",
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP" => "PUNCT",
        _ => "X",
    }
}

/// Writes one parsed sentence as CoNLL-U (LEMMA, FEATS, DEPS and MISC left empty).
pub fn write_sentence(
    out: &mut String,
    id: &str,
    text: Option<&str>,
    words: &[&str],
    xpos: &[&str],
    heads: &[Option<usize>],
    deprels: &[&str],
) {
    let _ = writeln!(out, "# sent_id = {id}");
    if let Some(t) = text {
        let _ = writeln!(out, "# text = {}", t.replace('\n', " "));
    }
    for i in 0..words.len() {
        let head = heads[i].map_or(0, |h| h + 1);
        let _ = writeln!(
            out,
            "{}\t{}\t_\t{}\t{}\t_\t{}\t{}\t_\t_",
            i + 1,
            words[i],
            upos(xpos[i]),
            xpos[i],
            head,
            deprels[i]
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: &str = "# sent_id = a\n# text = Rain fell .\n1\tRain\t_\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\t_\tPART\tRB\t_\t3\tneg\t_\t_\n3\tgo\t_\tVERB\tVB\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_sentences_comments_and_heads() {
        let s = read("t", TWO).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].comment("text"), Some("Rain fell ."));
        assert_eq!(s[0].heads, vec![Some(1), None, Some(1)]);
        assert_eq!(s[1].words, vec!["do", "n't", "go"]);
        assert!(s.iter().all(Sentence::is_tree));
    }

    #[test]
    fn bad_lines_name_the_input_and_line() {
        let e = read("x.conllu", "1\tA\t_\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.to_string().starts_with("x.conllu:1:"));
        let e = read("x", "2\tA\t_\tX\tNN\t_\t0\troot\t_\t_\n").unwrap_err();
        assert!(e.message.contains("out of sequence"));
    }

    #[test]
    fn cycles_and_two_roots_are_not_trees() {
        let mut s = read("t", TWO).unwrap().remove(0);
        s.heads[1] = Some(0);
        assert!(!s.is_tree());
        s.heads = vec![None, None, Some(1)];
        assert!(!s.is_tree());
    }

    #[test]
    fn writes_what_it_reads() {
        let s = &read("t", TWO).unwrap()[0];
        let mut out = String::new();
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let xpos: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
        let rels: Vec<&str> = s.deprels.iter().map(String::as_str).collect();
        write_sentence(&mut out, "a", Some("Rain fell ."), &words, &xpos, &s.heads, &rels);
        let back = read("t", &out).unwrap();
        assert_eq!(back[0].heads, s.heads);
        assert_eq!(back[0].deprels, s.deprels);
        assert!(out.contains("\tNOUN\tNN\t"));
    }
}
