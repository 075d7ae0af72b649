//! Labels for the arcs of an unlabelled parse: an averaged perceptron over the head and the
//! dependent (words, tags, direction, distance), their neighbours, the dependent's own
//! children and the head's function-word children ("was" before a participle makes a
//! passive subject), and the label of the nearest sibling to the left. Labelling after
//! parsing lets every label see the whole tree.

use dragoman_linear::{hash, ByteReader, ByteWriter, FormatError, Perceptron, Prune, Weights};

use crate::lex::Lex;
use crate::parser::NONE;
use crate::rng::Rng;
use crate::tagger::{argmax, argmax_f};

pub struct Labeler {
    pub(crate) weights: Weights,
    /// The label of the root token.
    pub(crate) root: u8,
}

/// The children of every token, in text order (computed once per sentence).
pub struct Children {
    start: Vec<u32>,
    list: Vec<u32>,
}

impl Children {
    pub fn new(heads: &[u32]) -> Children {
        let n = heads.len();
        let mut count = vec![0u32; n + 2];
        for &h in heads {
            if (h as usize) < n {
                count[h as usize + 1] += 1;
            }
        }
        for i in 1..count.len() {
            count[i] += count[i - 1];
        }
        let mut fill = count.clone();
        let mut list = vec![0u32; count[n] as usize];
        for (d, &h) in heads.iter().enumerate() {
            if (h as usize) < n {
                list[fill[h as usize] as usize] = d as u32;
                fill[h as usize] += 1;
            }
        }
        Children { start: count, list }
    }

    pub fn of(&self, h: usize) -> &[u32] {
        &self.list[self.start[h] as usize..self.start[h + 1] as usize]
    }
}

/// Features for the arc into dependent `d`, given the labels already given to the tokens
/// before it.
fn features(lex: &[Lex], tags: &[u8], heads: &[u32], kids: &Children, labels: &[u8], d: usize, out: &mut Vec<u64>) {
    let n = lex.len();
    let h = heads[d] as usize;
    let none = 0xffffu64;
    let t = |k: usize| if k < n { tags[k] as u64 } else { none };
    let w = |k: usize| if k < n { lex[k].norm } else { none };
    let right = (d > h) as u64;
    let dist = (d.abs_diff(h)).min(6) as u64;
    let (wd, td, wh, th) = (w(d), t(d), w(h), t(h));
    let gh = if h < n { heads[h] as usize } else { n };
    let prev = |k: usize| if k > 0 { t(k - 1) } else { none };
    // The nearest sibling before d, already labelled.
    let sibling = if h < n {
        kids.of(h).iter().map(|&k| k as usize).rfind(|&k| k < d)
    } else {
        None
    };
    let sib_label = sibling.map_or(none, |k| labels[k] as u64);
    let (first_kid, last_kid) = {
        let k = kids.of(d);
        (
            k.first().map_or(none, |&c| t(c as usize)),
            k.last().map_or(none, |&c| t(c as usize)),
        )
    };
    out.clear();
    let f = hash::feature;
    out.extend_from_slice(&[
        f(0, &[]),
        f(1, &[wd]),
        f(2, &[td]),
        f(3, &[wh]),
        f(4, &[th]),
        f(5, &[td, th]),
        f(6, &[td, th, right]),
        f(7, &[wd, th, right]),
        f(8, &[td, wh, right]),
        f(9, &[wd, wh]),
        f(10, &[td, th, right, dist]),
        f(11, &[td, t(gh)]),
        f(12, &[td, th, t(gh)]),
        f(13, &[td, prev(d), t(d + 1)]),
        f(14, &[td, first_kid, last_kid]),
        f(15, &[td, th, sib_label]),
        f(16, &[lex.get(d).map_or(none, |l| l.suffix), td]),
        f(17, &[lex.get(d).map_or(none, |l| l.shape), td, right]),
        f(18, &[td, (kids.of(d).len().min(4)) as u64]),
    ]);
    // The head's function-word children: "was"/"been" make passives, "to" infinitives.
    if h < n {
        for &c in kids.of(h) {
            let c = c as usize;
            if c != d && tags[c] as u64 != td && lex[c].norm != wd {
                out.push(f(19, &[td, right, t(c), w(c)]));
            }
        }
    }
}

impl Labeler {
    /// Labels every arc of a parse (`heads[k] == n` marks the root).
    pub fn label(
        &self,
        lex: &[Lex],
        tags: &[u8],
        heads: &[u32],
        feats: &mut Vec<u64>,
        scores: &mut Vec<i32>,
        labels: &mut Vec<u8>,
    ) {
        let n = lex.len();
        let kids = Children::new(heads);
        labels.clear();
        labels.resize(n, self.root);
        scores.resize(self.weights.n_classes(), 0);
        for d in 0..n {
            if heads[d] as usize >= n || heads[d] == NONE {
                labels[d] = self.root;
                continue;
            }
            features(lex, tags, heads, &kids, labels, d, feats);
            self.weights.score(feats, scores);
            scores[self.root as usize] = i32::MIN;
            labels[d] = argmax(scores) as u8;
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.buf.extend_from_slice(b"LABL");
        w.u8(self.root);
        self.weights.write(w);
    }

    pub fn read(r: &mut ByteReader) -> Result<Labeler, FormatError> {
        r.expect(b"LABL")?;
        let root = r.u8()?;
        let weights = Weights::read(r)?;
        if root as usize >= weights.n_classes() {
            return Err(FormatError("the root label is out of range".into()));
        }
        Ok(Labeler { weights, root })
    }
}

/// One training sentence: features, (predicted) tags, gold heads and labels.
pub struct Example {
    pub lex: Vec<Lex>,
    pub tags: Vec<u8>,
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
}

pub fn train(examples: &[Example], n_labels: usize, root: u8, epochs: usize, seed: u64, prune: Prune) -> Labeler {
    let mut model = Perceptron::new(n_labels);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0f32; n_labels];
    let mut labels = Vec::new();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &examples[k];
            let n = ex.lex.len();
            let kids = Children::new(&ex.heads);
            labels.clear();
            labels.resize(n, root);
            for d in 0..n {
                if ex.heads[d] as usize >= n {
                    continue;
                }
                features(&ex.lex, &ex.tags, &ex.heads, &kids, &labels, d, &mut feats);
                model.scores(&feats, &mut scores);
                scores[root as usize] = f32::NEG_INFINITY;
                let guess = argmax_f(&scores);
                model.tick();
                model.update(ex.labels[d] as usize, guess, &feats);
                // Later arcs see the gold label of their sibling, as a parse of gold
                // quality would give them.
                labels[d] = ex.labels[d];
            }
        }
    }
    Labeler {
        weights: model.average(prune),
        root,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_are_listed_in_text_order() {
        // 0 <- 1 -> 2, 1 is the root (n = 3)
        let kids = Children::new(&[1, 3, 1]);
        assert_eq!(kids.of(1), &[0, 2]);
        assert!(kids.of(0).is_empty());
    }
}
