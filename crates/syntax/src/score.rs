//! Measuring a tagger and parser against gold trees whose labels may follow another scheme:
//! XPOS accuracy, and **core-argument F1** — the subject, passive subject, object and
//! passive agent of verbs, matched by head and dependent. Universal Dependencies
//! (`nsubj`, `nsubj:pass`, `obj`, `obl:agent` on the noun) and ClearNLP (`nsubj`,
//! `nsubjpass`, `dobj`, `agent` on "by" with the noun as its `pobj`) are both read, so a
//! parser trained on one scheme can be scored on the other. Heads that are forms of "be"
//! are left out: the schemes disagree on copulas (UD heads the predicate noun).

/// The kinds of core argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Arg {
    Subject,
    PassiveSubject,
    Object,
    Agent,
}

const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "’s", "’re", "’m",
];

/// The core arguments of a parse: `(kind, head, dependent)`, token indices.
pub fn core_arguments(
    words: &[&str],
    xpos: &[&str],
    heads: &[Option<usize>],
    labels: &[&str],
) -> Vec<(Arg, usize, usize)> {
    let verb = |h: usize| xpos[h].starts_with("VB") && !BE.contains(&words[h].to_lowercase().as_str());
    let mut out = Vec::new();
    for d in 0..words.len() {
        let Some(h) = heads[d] else { continue };
        let kind = match labels[d] {
            "nsubj" => Arg::Subject,
            "nsubj:pass" | "nsubjpass" => Arg::PassiveSubject,
            "obj" | "dobj" => Arg::Object,
            "obl:agent" => Arg::Agent,
            "agent" => {
                // ClearNLP: verb -agent-> "by" -pobj-> noun.
                if let Some(noun) = (0..words.len()).find(|&k| heads[k] == Some(d) && labels[k] == "pobj") {
                    if verb(h) {
                        out.push((Arg::Agent, h, noun));
                    }
                }
                continue;
            }
            _ => continue,
        };
        if verb(h) {
            out.push((kind, h, d));
        }
    }
    out.sort();
    out
}

/// Running totals over sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    pub tokens: usize,
    pub tags_right: usize,
    pub heads_right: usize,
    pub gold_args: usize,
    pub predicted_args: usize,
    pub args_right: usize,
}

impl Totals {
    /// Adds one sentence: gold and predicted tags, heads and labels.
    #[allow(clippy::too_many_arguments)]
    pub fn add(
        &mut self,
        words: &[&str],
        gold_tags: &[&str],
        gold_heads: &[Option<usize>],
        gold_labels: &[&str],
        tags: &[&str],
        heads: &[Option<usize>],
        labels: &[&str],
    ) {
        self.tokens += words.len();
        self.tags_right += gold_tags.iter().zip(tags).filter(|(a, b)| a == b).count();
        self.heads_right += gold_heads.iter().zip(heads).filter(|(a, b)| a == b).count();
        let gold = core_arguments(words, gold_tags, gold_heads, gold_labels);
        let pred = core_arguments(words, tags, heads, labels);
        self.gold_args += gold.len();
        self.predicted_args += pred.len();
        self.args_right += pred.iter().filter(|p| gold.binary_search(p).is_ok()).count();
    }

    pub fn xpos_accuracy(&self) -> f64 {
        ratio(self.tags_right, self.tokens)
    }

    /// Unlabelled attachment score (heads right; meaningful only within one scheme).
    pub fn uas(&self) -> f64 {
        ratio(self.heads_right, self.tokens)
    }

    pub fn core_precision(&self) -> f64 {
        ratio(self.args_right, self.predicted_args)
    }

    pub fn core_recall(&self) -> f64 {
        ratio(self.args_right, self.gold_args)
    }

    pub fn core_f1(&self) -> f64 {
        let (p, r) = (self.core_precision(), self.core_recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_schemes_give_the_same_arguments() {
        // "Talks were held by envoys ." in UD and in ClearNLP.
        let words = ["Talks", "were", "held", "by", "envoys", "."];
        let tags = ["NNS", "VBD", "VBN", "IN", "NNS", "."];
        let ud_heads = [Some(2), Some(2), None, Some(4), Some(2), Some(2)];
        let ud = ["nsubj:pass", "aux:pass", "root", "case", "obl:agent", "punct"];
        let cl_heads = [Some(2), Some(2), None, Some(2), Some(3), Some(2)];
        let cl = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"];
        let a = core_arguments(&words, &tags, &ud_heads, &ud);
        let b = core_arguments(&words, &tags, &cl_heads, &cl);
        assert_eq!(a, vec![(Arg::PassiveSubject, 2, 0), (Arg::Agent, 2, 4)]);
        assert_eq!(a, b);
    }

    #[test]
    fn copulas_are_left_out() {
        let words = ["She", "is", "a", "minister"];
        let tags = ["PRP", "VBZ", "DT", "NN"];
        let heads = [Some(1), None, Some(3), Some(1)];
        let labels = ["nsubj", "ROOT", "det", "attr"];
        assert!(core_arguments(&words, &tags, &heads, &labels).is_empty());
    }

    #[test]
    fn totals_give_precision_recall_and_f1() {
        let words = ["Police", "arrested", "him"];
        let tags = ["NNS", "VBD", "PRP"];
        let gold_heads = [Some(1), None, Some(1)];
        let gold = ["nsubj", "root", "obj"];
        let mut t = Totals::default();
        // The object found, the subject missed.
        t.add(
            &words,
            &tags,
            &gold_heads,
            &gold,
            &tags,
            &gold_heads,
            &["npadvmod", "ROOT", "dobj"],
        );
        assert_eq!((t.gold_args, t.predicted_args, t.args_right), (2, 1, 1));
        assert!((t.core_f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(t.xpos_accuracy(), 1.0);
    }
}
