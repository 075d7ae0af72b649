//! The metrics of the evaluation, kept apart from the data so their own tests can check
//! them on cases small enough to work out by hand.

use serde::Serialize;

/// Precision, recall and F1 of one class or one kind of span.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

impl Prf {
    /// From counts of true positives, predicted positives and gold positives. An empty
    /// denominator gives 0 (nothing predicted is not perfect precision).
    pub fn from_counts(tp: usize, predicted: usize, gold: usize) -> Prf {
        let precision = ratio(tp, predicted);
        let recall = ratio(tp, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
            support: gold,
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

/// A confusion matrix over classes `0..n`: `counts[gold][predicted]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Confusion {
    pub counts: Vec<Vec<usize>>,
}

impl Confusion {
    pub fn new(classes: usize) -> Confusion {
        Confusion {
            counts: vec![vec![0; classes]; classes],
        }
    }

    pub fn add(&mut self, gold: usize, predicted: usize) {
        self.counts[gold][predicted] += 1;
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    pub fn accuracy(&self) -> f64 {
        let correct: usize = (0..self.counts.len()).map(|i| self.counts[i][i]).sum();
        ratio(correct, self.total())
    }

    pub fn per_class(&self) -> Vec<Prf> {
        let n = self.counts.len();
        (0..n)
            .map(|c| {
                let tp = self.counts[c][c];
                let predicted: usize = (0..n).map(|g| self.counts[g][c]).sum();
                let gold: usize = self.counts[c].iter().sum();
                Prf::from_counts(tp, predicted, gold)
            })
            .collect()
    }

    /// The mean of the per-class F1 scores.
    pub fn macro_f1(&self) -> f64 {
        let per = self.per_class();
        if per.is_empty() {
            0.0
        } else {
            per.iter().map(|p| p.f1).sum::<f64>() / per.len() as f64
        }
    }
}

/// A labelled span: `[start, end)` in some unit (tokens or bytes) and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelledSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// `(true positives, predicted, gold)`.
pub type Tally = (usize, usize, usize);

/// Span matching: exact (same bounds and label) or overlapping (any shared unit, same
/// label). Each gold span is matched at most once.
pub fn span_prf(gold: &[LabelledSpan], predicted: &[LabelledSpan], overlap: bool) -> Tally {
    span_prf_with(gold, predicted, overlap, |g, p| g == p)
}

/// As [`span_prf`], with a rule saying which gold label a predicted label may match.
pub fn span_prf_with(
    gold: &[LabelledSpan],
    predicted: &[LabelledSpan],
    overlap: bool,
    fits: impl Fn(&str, &str) -> bool,
) -> (usize, usize, usize) {
    let mut used = vec![false; gold.len()];
    let mut tp = 0;
    for p in predicted {
        let hit = gold.iter().enumerate().find(|(i, g)| {
            !used[*i]
                && fits(&g.label, &p.label)
                && if overlap {
                    p.start < g.end && g.start < p.end
                } else {
                    p.start == g.start && p.end == g.end
                }
        });
        if let Some((i, _)) = hit {
            used[i] = true;
            tp += 1;
        }
    }
    (tp, predicted.len(), gold.len())
}

/// Sums of `(tp, predicted, gold)` triples.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, (tp, predicted, gold): (usize, usize, usize)) {
        self.tp += tp;
        self.predicted += predicted;
        self.gold += gold;
    }

    pub fn prf(&self) -> Prf {
        Prf::from_counts(self.tp, self.predicted, self.gold)
    }
}

/// Word shingles of a text (lower case, `n` words each), as multiset counts, for the
/// article-extraction score.
pub fn shingles(text: &str, n: usize) -> std::collections::HashMap<Vec<String>, usize> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let mut out = std::collections::HashMap::new();
    if words.len() < n {
        if !words.is_empty() {
            *out.entry(words).or_insert(0) += 1;
        }
        return out;
    }
    for w in words.windows(n) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision, recall and F1 of an extracted text against the true one, over shingles.
pub fn shingle_prf(truth: &str, extracted: &str, n: usize) -> Prf {
    let t = shingles(truth, n);
    let e = shingles(extracted, n);
    let tp: usize = e.iter().map(|(k, c)| (*c).min(t.get(k).copied().unwrap_or(0))).sum();
    Prf::from_counts(tp, e.values().sum(), t.values().sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// A 3-class matrix worked out by hand:
    /// gold 0: predicted 0,0,1 ; gold 1: predicted 1,1 ; gold 2: predicted 0,2,2,2
    #[test]
    fn confusion_matrix_by_hand() {
        let mut c = Confusion::new(3);
        for (g, p) in [(0, 0), (0, 0), (0, 1), (1, 1), (1, 1), (2, 0), (2, 2), (2, 2), (2, 2)] {
            c.add(g, p);
        }
        assert_eq!(c.counts, vec![vec![2, 1, 0], vec![0, 2, 0], vec![1, 0, 3]]);
        assert!(close(c.accuracy(), 7.0 / 9.0));
        let per = c.per_class();
        // class 0: tp 2, predicted 3 (2 + the 2->0), gold 3
        assert!(close(per[0].precision, 2.0 / 3.0) && close(per[0].recall, 2.0 / 3.0));
        // class 1: tp 2, predicted 3, gold 2
        assert!(close(per[1].precision, 2.0 / 3.0) && close(per[1].recall, 1.0));
        assert!(close(per[1].f1, 0.8));
        // class 2: tp 3, predicted 3, gold 4
        assert!(close(per[2].precision, 1.0) && close(per[2].recall, 0.75));
        let f2 = 2.0 * 0.75 / 1.75;
        assert!(close(c.macro_f1(), (2.0 / 3.0 + 0.8 + f2) / 3.0));
    }

    #[test]
    fn empty_denominators_are_zero_not_perfect() {
        let p = Prf::from_counts(0, 0, 5);
        assert_eq!((p.precision, p.recall, p.f1), (0.0, 0.0, 0.0));
        assert_eq!(Confusion::new(2).accuracy(), 0.0);
    }

    fn s(start: usize, end: usize, label: &str) -> LabelledSpan {
        LabelledSpan {
            start,
            end,
            label: label.into(),
        }
    }

    #[test]
    fn span_edge_cases() {
        let gold = vec![s(0, 2, "S"), s(5, 7, "T")];
        // Exact needs equal bounds and label.
        assert_eq!(span_prf(&gold, &[s(0, 2, "S")], false), (1, 1, 2));
        assert_eq!(span_prf(&gold, &[s(0, 2, "T")], false), (0, 1, 2));
        assert_eq!(span_prf(&gold, &[s(0, 1, "S")], false), (0, 1, 2));
        // Overlap: one shared unit is enough; touching spans do not overlap.
        assert_eq!(span_prf(&gold, &[s(1, 4, "S")], true), (1, 1, 2));
        assert_eq!(span_prf(&gold, &[s(2, 5, "S")], true), (0, 1, 2));
        // A gold span is matched once, even by two predictions.
        assert_eq!(span_prf(&gold, &[s(0, 1, "S"), s(1, 2, "S")], true), (1, 2, 2));
    }

    #[test]
    fn shingles_score_extraction() {
        let truth = "The talks began in Geneva on Friday morning";
        assert!(close(shingle_prf(truth, truth, 4).f1, 1.0));
        let p = shingle_prf(truth, "Menu Home The talks began in Geneva on Friday morning", 4);
        assert!(close(p.recall, 1.0) && p.precision < 1.0);
        assert_eq!(shingle_prf(truth, "", 4).f1, 0.0);
    }
}
