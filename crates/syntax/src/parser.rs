//! Unlabelled dependency parsing: greedy arc-hybrid transitions (shift, left, right) chosen
//! by an averaged perceptron over the words and tags of the stack, the buffer and the
//! children found so far (Kuhlmann et al. 2011; features after Zhang and Nivre 2011 and
//! Honnibal's "Parsing English in 500 lines"), trained with a dynamic oracle (Goldberg and
//! Nivre 2013) so the model learns to recover from its own mistakes.
//!
//! Invariant: a finished parse is a tree: every token has a head, exactly one token's head
//! is the root, and there is no cycle (arc-hybrid cannot make one).

use dragoman_linear::{hash, ByteReader, ByteWriter, FormatError, Perceptron, Prune, Weights};

use crate::lex::Lex;
use crate::rng::Rng;
use crate::tagger::{argmax, argmax_f};

const SHIFT: usize = 0;
const RIGHT: usize = 1;
const LEFT: usize = 2;
const MOVES: usize = 3;
pub const NONE: u32 = u32::MAX;
/// The parser's classes (moves).
pub const MOVES_N: usize = MOVES;

/// A parser configuration. Token `n` is the root, at the end of the buffer.
pub struct State {
    n: usize,
    stack: Vec<u32>,
    /// The buffer's front.
    i: usize,
    pub heads: Vec<u32>,
    /// Latest and previous left and right children, and how many on each side.
    l1: Vec<u32>,
    l2: Vec<u32>,
    r1: Vec<u32>,
    r2: Vec<u32>,
    nl: Vec<u8>,
    nr: Vec<u8>,
}

impl State {
    pub fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            i: 0,
            heads: vec![NONE; n],
            l1: vec![NONE; n + 1],
            l2: vec![NONE; n + 1],
            r1: vec![NONE; n + 1],
            r2: vec![NONE; n + 1],
            nl: vec![0; n + 1],
            nr: vec![0; n + 1],
        }
    }

    fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.i = 0;
        for v in [&mut self.l1, &mut self.l2, &mut self.r1, &mut self.r2] {
            v.clear();
            v.resize(n + 1, NONE);
        }
        self.heads.clear();
        self.heads.resize(n, NONE);
        self.nl.clear();
        self.nl.resize(n + 1, 0);
        self.nr.clear();
        self.nr.resize(n + 1, 0);
    }

    fn done(&self) -> bool {
        self.stack.is_empty() && self.i >= self.n
    }

    fn valid(&self, m: usize) -> bool {
        match m {
            SHIFT => self.i < self.n,
            RIGHT => self.stack.len() >= 2,
            _ => !self.stack.is_empty() && (self.i < self.n || self.stack.len() == 1),
        }
    }

    fn arc(&mut self, head: usize, child: usize) {
        self.heads[child] = head as u32;
        if child < head {
            self.l2[head] = self.l1[head];
            self.l1[head] = child as u32;
            self.nl[head] = self.nl[head].saturating_add(1);
        } else {
            self.r2[head] = self.r1[head];
            self.r1[head] = child as u32;
            self.nr[head] = self.nr[head].saturating_add(1);
        }
    }

    fn apply(&mut self, m: usize) {
        match m {
            SHIFT => {
                self.stack.push(self.i as u32);
                self.i += 1;
            }
            RIGHT => {
                let s0 = self.stack.pop().expect("valid") as usize;
                let s1 = *self.stack.last().expect("valid") as usize;
                self.arc(s1, s0);
            }
            _ => {
                let s0 = self.stack.pop().expect("valid") as usize;
                let b = self.i;
                self.arc(b, s0);
            }
        }
    }

    /// The moves that lose no more gold arcs than the best one (Goldberg & Nivre's dynamic
    /// oracle for arc-hybrid). `gold[k]` is token k's head, `n` for the root.
    fn gold_moves(&self, gold: &[u32], out: &mut [bool; MOVES]) {
        let valid = [self.valid(SHIFT), self.valid(RIGHT), self.valid(LEFT)];
        *out = valid;
        let n0 = self.i;
        if self.stack.is_empty() || (valid[SHIFT] && gold[n0] == *self.stack.last().expect("non-empty")) {
            *out = [valid[SHIFT], false, false];
            if out.iter().any(|&b| b) {
                return;
            }
            *out = valid;
            return;
        }
        let s0 = *self.stack.last().expect("non-empty") as usize;
        if gold[s0] as usize == n0 && valid[LEFT] {
            *out = [false, false, true];
            return;
        }
        if self.stack.len() >= 2 && gold[s0] == self.stack[self.stack.len() - 2] {
            out[LEFT] = false;
        }
        if out[SHIFT]
            && self
                .stack
                .iter()
                .any(|&k| gold[k as usize] as usize == n0 || gold[n0] == k)
        {
            out[SHIFT] = false;
        }
        // Popping s0 loses its arcs with the rest of the buffer (the root included).
        if gold[s0] as usize > n0 || (n0 + 1..self.n).any(|k| gold[k] as usize == s0) {
            out[LEFT] = false;
            out[RIGHT] = false;
        }
        if !out.iter().any(|&b| b) {
            *out = valid;
        }
    }

    /// The tokens at the positions unigram templates read, [`NONE`] where there is none:
    /// n0 n1 n2 s0 s1 s2, then the children n0.l1 n0.l2 s0.l1 s0.l2 s0.r1 s0.r2.
    fn positions(&self) -> [u32; POSITIONS] {
        let depth = self.stack.len();
        let s = |d: usize| if depth > d { self.stack[depth - 1 - d] } else { NONE };
        let b = |d: usize| if self.i + d < self.n { (self.i + d) as u32 } else { NONE };
        let kid = |v: &Vec<u32>, k: u32| if k == NONE { NONE } else { v[k as usize] };
        let (n0, s0) = (b(0), s(0));
        [
            n0,
            b(1),
            b(2),
            s0,
            s(1),
            s(2),
            kid(&self.l1, n0),
            kid(&self.l2, n0),
            kid(&self.l1, s0),
            kid(&self.l2, s0),
            kid(&self.r1, s0),
            kid(&self.r2, s0),
        ]
    }

    /// The features that combine several tokens, or a token with the configuration.
    fn pair_features(&self, pos: &[u32; POSITIONS], lex: &[Lex], tags: &[u8], out: &mut Vec<u64>) {
        let w = |k: u32| word(lex, k);
        let t = |k: u32| tag(tags, k);
        let [n0, n1, n2, s0, s1, s2, n0l1, n0l2, s0l1, s0l2, s0r1, s0r2] = *pos;
        let count = |v: &Vec<u8>, k: u32| if k == NONE { 0 } else { v[k as usize].min(5) as u64 };
        let (ws0, wn0) = (w(s0), w(n0));
        let (ts0, ts1, ts2, tn0, tn1, tn2) = (t(s0), t(s1), t(s2), t(n0), t(n1), t(n2));
        let dist = if s0 != NONE && n0 != NONE {
            (n0 - s0).min(5) as u64
        } else {
            0
        };
        let (vs0l, vs0r, vn0l) = (count(&self.nl, s0), count(&self.nr, s0), count(&self.nl, n0));
        out.clear();
        let f = hash::feature;
        out.extend_from_slice(&[
            f(0, &[]),
            // bigrams
            f(29, &[ws0, wn0]),
            f(30, &[wn0, tn0, ws0]),
            f(31, &[wn0, tn0, ts0]),
            f(32, &[ws0, ts0, wn0]),
            f(33, &[ws0, ts0, tn0]),
            f(34, &[ws0, ts0, wn0, tn0]),
            f(35, &[ts0, tn0]),
            f(36, &[tn0, tn1]),
            // tag trigrams
            f(37, &[tn0, tn1, tn2]),
            f(38, &[ts0, tn0, tn1]),
            f(39, &[ts0, ts1, tn0]),
            f(40, &[ts0, t(s0r1), tn0]),
            f(41, &[ts0, tn0, t(n0l1)]),
            f(42, &[ts0, t(s0l1), t(s0l2)]),
            f(43, &[ts0, t(s0r1), t(s0r2)]),
            f(44, &[tn0, t(n0l1), t(n0l2)]),
            f(45, &[ts0, ts1, ts2]),
            // valency and distance
            f(46, &[ws0, vs0r]),
            f(47, &[ws0, vs0l]),
            f(48, &[wn0, vn0l]),
            f(49, &[ts0, vs0r]),
            f(50, &[ts0, vs0l]),
            f(51, &[tn0, vn0l]),
            f(52, &[ws0, dist]),
            f(53, &[wn0, dist]),
            f(54, &[ts0, dist]),
            f(55, &[tn0, dist]),
            f(56, &[tn0, ts0, dist]),
            f(57, &[wn0, ws0, dist]),
            f(58, &[ts0, ts1, dist]),
        ]);
    }

    /// Every feature of this configuration (training reads them all as keys).
    fn features(&self, lex: &[Lex], tags: &[u8], out: &mut Vec<u64>) {
        let pos = self.positions();
        self.pair_features(&pos, lex, tags, out);
        for u in 0..UNIGRAMS {
            out.push(unigram_key(u, pos[UNIGRAM_POSITION[u]], lex, tags));
        }
    }
}

/// How many positions unigram templates read, and how many unigram templates there are:
/// the word of each position, the tag of each, and word and tag together of the first
/// four.
const POSITIONS: usize = 12;
const UNIGRAMS: usize = 28;
const UNIGRAM_POSITION: [usize; UNIGRAMS] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3,
];

#[inline]
fn word(lex: &[Lex], k: u32) -> u64 {
    if k == NONE || k as usize >= lex.len() {
        0x6e6f6e65
    } else {
        lex[k as usize].norm
    }
}

#[inline]
fn tag(tags: &[u8], k: u32) -> u64 {
    if k == NONE || k as usize >= tags.len() {
        0xffff
    } else {
        tags[k as usize] as u64
    }
}

/// The key of unigram template `u` for token `k` (templates 1-28).
#[inline]
fn unigram_key(u: usize, k: u32, lex: &[Lex], tags: &[u8]) -> u64 {
    let t = (u + 1) as u32;
    match u {
        0..12 => hash::feature(t, &[word(lex, k)]),
        12..24 => hash::feature(t, &[tag(tags, k)]),
        _ => hash::feature(t, &[word(lex, k), tag(tags, k)]),
    }
}

pub struct Parser {
    pub(crate) weights: Weights,
}

impl Parser {
    /// Parses a tagged sentence; `state.heads` holds the result (`n` = the root).
    ///
    /// The unigram templates' weights are looked up once per token, not once per move:
    /// `unigrams[u * (n + 1) + k]` holds template u's weights for token k (k = n: none).
    pub fn parse(
        &self,
        lex: &[Lex],
        tags: &[u8],
        state: &mut State,
        feats: &mut Vec<u64>,
        scores: &mut Vec<i32>,
        unigrams: &mut Vec<[i32; MOVES]>,
    ) {
        let n = lex.len();
        state.reset(n);
        scores.resize(MOVES, 0);
        unigrams.clear();
        feats.clear();
        for u in 0..UNIGRAMS {
            for k in 0..=n {
                let k = if k == n { NONE } else { k as u32 };
                feats.push(unigram_key(u, k, lex, tags));
            }
        }
        for &key in feats.iter() {
            self.weights.prefetch(key);
        }
        let mut one = [0i32; MOVES];
        for &key in feats.iter() {
            one.iter_mut().for_each(|x| *x = 0);
            self.weights.add(key, &mut one);
            unigrams.push(one);
        }
        while !state.done() {
            let pos = state.positions();
            state.pair_features(&pos, lex, tags, feats);
            self.weights.score(feats, scores);
            for u in 0..UNIGRAMS {
                let k = pos[UNIGRAM_POSITION[u]];
                let k = if k == NONE { n } else { k as usize };
                let w = &unigrams[u * (n + 1) + k];
                for (s, x) in scores.iter_mut().zip(w) {
                    *s += x;
                }
            }
            for (m, s) in scores.iter_mut().enumerate() {
                if !state.valid(m) {
                    *s = i32::MIN;
                }
            }
            state.apply(argmax(scores));
        }
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.buf.extend_from_slice(b"PARS");
        self.weights.write(w);
    }

    pub fn read(r: &mut ByteReader) -> Result<Parser, FormatError> {
        r.expect(b"PARS")?;
        let weights = Weights::read(r)?;
        if weights.n_classes() != MOVES {
            return Err(FormatError(
                "the parser's weights have the wrong number of moves".into(),
            ));
        }
        Ok(Parser { weights })
    }
}

/// One training sentence: lexical features, (predicted) tags, gold heads (`n` = root).
pub struct Example {
    pub lex: Vec<Lex>,
    pub tags: Vec<u8>,
    pub heads: Vec<u32>,
}

/// Trains the transition classifier with the dynamic oracle, following the model's own
/// moves (error exploration) after the first epoch.
pub fn train(examples: &[Example], epochs: usize, seed: u64, prune: Prune) -> Parser {
    let mut model = Perceptron::new(MOVES);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = State::new(0);
    let mut feats = Vec::with_capacity(64);
    let mut scores = [0f32; MOVES];
    let mut gold = [false; MOVES];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = &examples[k];
            state.reset(ex.lex.len());
            while !state.done() {
                state.features(&ex.lex, &ex.tags, &mut feats);
                model.scores(&feats, &mut scores);
                let mut masked = scores;
                for (m, s) in masked.iter_mut().enumerate() {
                    if !state.valid(m) {
                        *s = f32::NEG_INFINITY;
                    }
                }
                let guess = argmax_f(&masked);
                state.gold_moves(&ex.heads, &mut gold);
                let mut best_gold = masked;
                for (m, s) in best_gold.iter_mut().enumerate() {
                    if !gold[m] {
                        *s = f32::NEG_INFINITY;
                    }
                }
                let best = argmax_f(&best_gold);
                model.tick();
                if !gold[guess] {
                    model.update(best, guess, &feats);
                }
                // Follow the model after the first epoch (it must learn from its own
                // mistakes), the oracle before.
                let next = if epoch == 0 || rng.chance(0.1) { best } else { guess };
                state.apply(next);
            }
        }
    }
    Parser {
        weights: model.average(prune),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sequence of valid moves ends in a tree.
    #[test]
    fn any_valid_sequence_makes_a_tree() {
        let mut rng = Rng::new(3);
        for n in 1..12 {
            for _ in 0..50 {
                let mut s = State::new(n);
                while !s.done() {
                    let valid: Vec<usize> = (0..MOVES).filter(|&m| s.valid(m)).collect();
                    s.apply(valid[rng.below(valid.len())]);
                }
                let roots = s.heads.iter().filter(|&&h| h as usize == n).count();
                assert_eq!(roots, 1);
                for start in 0..n {
                    let mut k = start;
                    for _ in 0..=n {
                        if k == n {
                            break;
                        }
                        k = s.heads[k] as usize;
                    }
                    assert_eq!(k, n, "token {start} reaches the root");
                }
            }
        }
    }

    /// Following the oracle reproduces a projective gold tree exactly.
    #[test]
    fn the_oracle_reproduces_a_projective_tree() {
        // "officials said talks with Russia would resume" ("said" under the root, n = 7)
        let gold: Vec<u32> = vec![1, 7, 6, 2, 3, 6, 1];
        let n = gold.len();
        let mut s = State::new(n);
        let mut ok = [false; MOVES];
        while !s.done() {
            s.gold_moves(&gold, &mut ok);
            let m = (0..MOVES).find(|&m| ok[m]).unwrap();
            s.apply(m);
        }
        assert_eq!(s.heads, gold);
    }
}
