//! Part-of-speech tagging: greedy, left to right, an averaged perceptron over the word,
//! its neighbours and the two tags before it (the design of Collins 2002 as popularised by
//! Honnibal's "A good POS tagger in 200 lines"). Frequent unambiguous words skip the model
//! through a tag dictionary.

use dragoman_linear::{hash, ByteReader, ByteWriter, FormatError, Perceptron, Prune, Weights};
use rustc_hash::FxHashMap;

use crate::lex::{Lex, END, START};

/// Tags of the two positions before the first word.
pub const TAG_START: u8 = u8::MAX;

pub struct Tagger {
    pub(crate) weights: Weights,
    /// Normalised word -> its only tag.
    pub(crate) dict: FxHashMap<u64, u8>,
    /// Normalised word -> its ambiguity class: the hash of the tags it takes ("host": NN
    /// or VB), so the word before it can tell what may follow ("to host").
    pub(crate) classes: FxHashMap<u64, u64>,
}

/// The ambiguity class of words seen too rarely to have one.
const UNKNOWN_CLASS: u64 = 0x756e_6b6e_6f77;
const EDGE_CLASS: u64 = 0x6564_6765;

/// The lexical context of position `i`: two words either side.
#[inline]
fn at(lex: &[Lex], i: isize) -> Lex {
    if i < 0 {
        START
    } else {
        lex.get(i as usize).copied().unwrap_or(END)
    }
}

/// The tagger's features for position `i`, given the two previous tags and every
/// token's ambiguity class.
pub fn features(lex: &[Lex], amb: &[u64], i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    let class = |k: isize| {
        if k < 0 {
            EDGE_CLASS
        } else {
            amb.get(k as usize).copied().unwrap_or(EDGE_CLASS)
        }
    };
    let i = i as isize;
    let (a0, a1, a2) = (class(i), class(i + 1), class(i + 2));
    let (w, p1, p2, n1, n2) = (
        at(lex, i),
        at(lex, i - 1),
        at(lex, i - 2),
        at(lex, i + 1),
        at(lex, i + 2),
    );
    let (t1, t2) = (prev as u64, prev2 as u64);
    out.clear();
    out.extend_from_slice(&[
        hash::feature(0, &[]),
        hash::feature(1, &[w.suffix]),
        hash::feature(2, &[w.prefix]),
        hash::feature(3, &[t1]),
        hash::feature(4, &[t2]),
        hash::feature(5, &[t1, t2]),
        hash::feature(6, &[w.norm]),
        hash::feature(7, &[t1, w.norm]),
        hash::feature(8, &[p1.norm]),
        hash::feature(9, &[p1.suffix]),
        hash::feature(10, &[p2.norm]),
        hash::feature(11, &[n1.norm]),
        hash::feature(12, &[n1.suffix]),
        hash::feature(13, &[n2.norm]),
        hash::feature(14, &[w.shape]),
        hash::feature(15, &[w.shape, (i == 0) as u64]),
        hash::feature(16, &[w.norm, n1.norm]),
        hash::feature(17, &[p1.norm, w.norm]),
        hash::feature(18, &[t1, w.suffix]),
        hash::feature(19, &[n1.shape]),
        hash::feature(20, &[w.suffix2]),
        hash::feature(21, &[w.prefix3]),
        hash::feature(22, &[w.kind]),
        hash::feature(23, &[w.shape, p1.shape]),
        hash::feature(24, &[a0]),
        hash::feature(25, &[a1]),
        hash::feature(26, &[w.norm, a1]),
        hash::feature(27, &[t1, a0]),
        hash::feature(28, &[a0, a1, a2]),
    ]);
}

impl Tagger {
    /// The ambiguity class of every token.
    pub fn classes_of(&self, lex: &[Lex], out: &mut Vec<u64>) {
        out.clear();
        out.extend(
            lex.iter()
                .map(|l| self.classes.get(&l.norm).copied().unwrap_or(UNKNOWN_CLASS)),
        );
    }

    /// Tags a sentence's words (their [`Lex`]) into `tags`.
    pub fn tag(
        &self,
        lex: &[Lex],
        amb: &mut Vec<u64>,
        feats: &mut Vec<u64>,
        scores: &mut Vec<i32>,
        tags: &mut Vec<u8>,
    ) {
        tags.clear();
        scores.resize(self.weights.n_classes(), 0);
        self.classes_of(lex, amb);
        let (mut prev, mut prev2) = (TAG_START, TAG_START);
        for i in 0..lex.len() {
            let t = match self.dict.get(&lex[i].norm) {
                Some(&t) => t,
                None => {
                    features(lex, amb, i, prev, prev2, feats);
                    self.weights.score(feats, scores);
                    argmax(scores) as u8
                }
            };
            tags.push(t);
            prev2 = prev;
            prev = t;
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.buf.extend_from_slice(b"TAGR");
        let mut dict: Vec<(u64, u8)> = self.dict.iter().map(|(&k, &v)| (k, v)).collect();
        dict.sort_unstable();
        w.u32(dict.len() as u32);
        for (k, v) in dict {
            w.u64(k);
            w.u8(v);
        }
        let mut classes: Vec<(u64, u64)> = self.classes.iter().map(|(&k, &v)| (k, v)).collect();
        classes.sort_unstable();
        w.u32(classes.len() as u32);
        for (k, v) in classes {
            w.u64(k);
            w.u64(v);
        }
        self.weights.write(w);
    }

    pub fn read(r: &mut ByteReader) -> Result<Tagger, FormatError> {
        r.expect(b"TAGR")?;
        let n = r.u32()? as usize;
        let mut dict = FxHashMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            dict.insert(k, r.u8()?);
        }
        let n = r.u32()? as usize;
        let mut classes = FxHashMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            classes.insert(k, r.u64()?);
        }
        let weights = Weights::read(r)?;
        if dict.values().any(|&t| t as usize >= weights.n_classes()) {
            return Err(FormatError("a tag dictionary entry names an unknown tag".into()));
        }
        Ok(Tagger { weights, dict, classes })
    }
}

/// The best class; ties go to the lowest index (deterministic).
#[inline]
pub fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

#[inline]
pub(crate) fn argmax_f(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// Trains a tagger on sentences of lexical features and gold tags.
pub fn train(sentences: &[(Vec<Lex>, Vec<u8>)], n_tags: usize, epochs: usize, seed: u64, prune: Prune) -> Tagger {
    let dict = tag_dictionary(sentences, n_tags);
    let classes = ambiguity_classes(sentences, n_tags);
    let mut model = Perceptron::new(n_tags);
    let mut amb = Vec::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = crate::rng::Rng::new(seed);
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0f32; n_tags];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let (lex, gold) = &sentences[s];
            amb.clear();
            amb.extend(
                lex.iter()
                    .map(|l| classes.get(&l.norm).copied().unwrap_or(UNKNOWN_CLASS)),
            );
            let (mut prev, mut prev2) = (TAG_START, TAG_START);
            for i in 0..lex.len() {
                let guess = match dict.get(&lex[i].norm) {
                    Some(&t) => t,
                    None => {
                        features(lex, &amb, i, prev, prev2, &mut feats);
                        model.scores(&feats, &mut scores);
                        let guess = argmax_f(&scores);
                        model.tick();
                        model.update(gold[i] as usize, guess, &feats);
                        guess as u8
                    }
                };
                prev2 = prev;
                prev = guess;
            }
        }
    }
    Tagger {
        weights: model.average(prune),
        dict,
        classes,
    }
}

/// Words seen at least 3 times: the hash of the tags that make up at least a tenth of
/// their uses.
fn ambiguity_classes(sentences: &[(Vec<Lex>, Vec<u8>)], n_tags: usize) -> FxHashMap<u64, u64> {
    let mut counts: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for (lex, tags) in sentences {
        for (l, &t) in lex.iter().zip(tags) {
            counts.entry(l.norm).or_insert_with(|| vec![0; n_tags])[t as usize] += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, c)| {
            let total: u32 = c.iter().sum();
            if total < 3 {
                return None;
            }
            let tags: Vec<u64> = (0..n_tags)
                .filter(|&t| c[t] as f64 >= 0.1 * total as f64)
                .map(|t| t as u64)
                .collect();
            Some((w, hash::feature(900, &tags)))
        })
        .collect()
}

/// Words seen at least 20 times, 97% of them with one tag.
fn tag_dictionary(sentences: &[(Vec<Lex>, Vec<u8>)], n_tags: usize) -> FxHashMap<u64, u8> {
    let mut counts: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for (lex, tags) in sentences {
        for (l, &t) in lex.iter().zip(tags) {
            counts.entry(l.norm).or_insert_with(|| vec![0; n_tags])[t as usize] += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(w, c)| {
            let total: u32 = c.iter().sum();
            let (best, &n) = c.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
            (total >= 20 && n as f64 / total as f64 >= 0.97).then_some((w, best as u8))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::lex;

    #[test]
    fn argmax_prefers_the_first_of_equals() {
        assert_eq!(argmax(&[1, 3, 3, 0]), 1);
        assert_eq!(argmax(&[0]), 0);
    }

    #[test]
    fn learns_to_tag_a_toy_language() {
        // DT NN VBD DT NN: "the dog saw a cat" and variations; "saw" is also a noun after
        // a determiner.
        let nouns = ["dog", "cat", "saw", "man", "tree"];
        let mut data = Vec::new();
        for (k, n1) in nouns.iter().enumerate() {
            for n2 in nouns.iter().skip(k % 2) {
                let words = ["the", n1, "saw", "a", n2];
                let tags = vec![0u8, 1, 2, 0, 1];
                data.push((words.iter().map(|w| lex(w, false)).collect::<Vec<_>>(), tags));
            }
        }
        let t = train(&data, 3, 8, 1, Prune::default());
        let (mut amb, mut f, mut s, mut out) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let sent: Vec<Lex> = ["the", "saw", "saw", "a", "dog"]
            .iter()
            .map(|w| lex(w, false))
            .collect();
        t.tag(&sent, &mut amb, &mut f, &mut s, &mut out);
        assert_eq!(out, vec![0, 1, 2, 0, 1]);
    }
}
