//! Multinomial logistic regression over hashed features: probabilities, not just a best
//! class, for decisions that need a calibrated confidence.
//!
//! Training is deterministic (fixed seed, fixed order, single thread): features are hashed
//! into `2^bits` buckets, weights learnt by AdaGrad with L2 shrinkage applied to the
//! buckets an example touches. The trained model stores its weights in a [`Weights`]
//! table keyed by bucket (so inference hashes the same way) and a temperature fitted on
//! held-out predictions to calibrate the probabilities.

use crate::io::{ByteReader, ByteWriter, FormatError};
use crate::weights::Weights;

/// How to train.
#[derive(Clone, Debug)]
pub struct LogisticOptions {
    /// log2 of the number of hash buckets.
    pub bits: u32,
    pub epochs: usize,
    pub learning_rate: f32,
    /// L2 shrinkage per update, relative to the learning rate. It is applied to the
    /// features an example has, so it shrinks most the features that fire on every
    /// example (the rule coder's own outputs, in the learned layer); the default is none,
    /// which 10-fold cross-validation on the development sets preferred when it was chosen
    /// (`dragoman train` with 1e-3: conflibert macro-F1 0.780, petrarch 0.572, plover
    /// 0.662; with none, before epoch averaging: 0.797, 0.648, 0.658). AdaGrad's shrinking
    /// steps over a few epochs, and the averaging, are regularization enough.
    pub l2: f32,
    pub seed: u64,
    /// Runs over differently shuffled examples (seeds `seed`, `seed + 1`, …), their
    /// weights averaged. One run's cross-validated figures moved by a point and more with
    /// the shuffling seed alone (conflibert-class macro-F1 0.741, 0.756, 0.746 for seeds
    /// 7, 8, 9); five runs averaged gave 0.771, 0.767, 0.773 (seeds 7, 8, 20). Later, with
    /// the rules' features of 2026-12, `dragoman train`'s own 5-fold figures for 5, 10 and
    /// 20 runs: conflibert 0.833, 0.843, 0.848; plover-gsr 0.709, 0.738, 0.737; and the
    /// coder's cross-validated conflibert-class figure rose 0.789 -> 0.792, mt 0.369 ->
    /// 0.373 with 20: the average of more orderings is a steadier model, at ~3 s a run.
    /// With 20, one changed training sentence still moved the coder's conflibert-class
    /// figure by 0.15 point; 40 runs (train CV conflibert 0.848, plover-gsr 0.737) are
    /// the default since.
    pub runs: usize,
}

impl Default for LogisticOptions {
    fn default() -> Self {
        LogisticOptions {
            bits: 20,
            epochs: 12,
            learning_rate: 0.3,
            l2: 0.0,
            seed: 7,
            runs: 40,
        }
    }
}

/// A trained model.
#[derive(Clone, Debug, PartialEq)]
pub struct Logistic {
    weights: Weights,
    mask: u64,
    /// Divides the scores before the softmax (1.0: uncalibrated).
    pub temperature: f32,
}

impl Logistic {
    pub fn n_classes(&self) -> usize {
        self.weights.n_classes()
    }

    /// The bucket key of a feature (never 0, as the table requires).
    #[inline]
    fn key(&self, feature: u64) -> u64 {
        (feature & self.mask) + 1
    }

    /// Raw scores (logits) of every class.
    pub fn scores(&self, features: &[u64], out: &mut Vec<f32>) {
        let mut q = vec![0i32; self.n_classes()];
        let keys: Vec<u64> = features.iter().map(|&f| self.key(f)).collect();
        self.weights.score(&keys, &mut q);
        out.clear();
        out.extend(q.iter().map(|&x| x as f32 * self.weights.scale()));
    }

    /// Calibrated probabilities of every class.
    pub fn probabilities(&self, features: &[u64], out: &mut Vec<f32>) {
        self.scores(features, out);
        softmax(out, self.temperature);
    }

    /// The weight of one feature for one class (for explanations).
    pub fn weight(&self, feature: u64, class: usize) -> f32 {
        self.weights.weight(self.key(feature), class)
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.buf.extend_from_slice(b"LOGI");
        w.u64(self.mask);
        w.f32(self.temperature);
        self.weights.write(w);
    }

    pub fn read(r: &mut ByteReader) -> Result<Logistic, FormatError> {
        r.expect(b"LOGI")?;
        let mask = r.u64()?;
        let temperature = r.f32()?;
        if !((mask + 1).is_power_of_two() && temperature > 0.0 && temperature.is_finite()) {
            return Err(FormatError("bad logistic model header".into()));
        }
        Ok(Logistic {
            mask,
            temperature,
            weights: Weights::read(r)?,
        })
    }
}

/// In place: scores to probabilities.
pub fn softmax(scores: &mut [f32], temperature: f32) {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for s in scores.iter_mut() {
        *s = ((*s - max) / temperature).exp();
        sum += *s;
    }
    for s in scores.iter_mut() {
        *s /= sum.max(f32::MIN_POSITIVE);
    }
}

/// Trains on `(features, class)` examples.
pub fn train(examples: &[(Vec<u64>, usize)], n_classes: usize, opts: &LogisticOptions) -> Logistic {
    let buckets = 1usize << opts.bits;
    let mask = (buckets - 1) as u64;
    // Each run sees the examples in its own order; their weights are averaged.
    let runs = opts.runs.max(1);
    let mut w = vec![0f32; buckets * n_classes];
    for run in 0..runs {
        let seed = opts.seed.wrapping_add(run as u64);
        for (x, y) in w.iter_mut().zip(train_run(examples, n_classes, opts, seed)) {
            *x += y / runs as f32;
        }
    }
    let features: Vec<(u64, Vec<(usize, f32)>)> = (0..buckets)
        .filter_map(|b| {
            let ws: Vec<(usize, f32)> = (0..n_classes)
                .map(|c| (c, w[b * n_classes + c]))
                .filter(|(_, x)| x.abs() > 1e-4)
                .collect();
            (!ws.is_empty()).then(|| ((b as u64) + 1, ws))
        })
        .collect();
    Logistic {
        weights: Weights::build(n_classes, features),
        mask,
        temperature: 1.0,
    }
}

/// One run of AdaGrad over the examples in the order `seed` shuffles them: the average of
/// every epoch's weights, one per bucket and class.
fn train_run(examples: &[(Vec<u64>, usize)], n_classes: usize, opts: &LogisticOptions, seed: u64) -> Vec<f32> {
    let buckets = 1usize << opts.bits;
    let mask = (buckets - 1) as u64;
    let mut w = vec![0f32; buckets * n_classes];
    let mut g2 = vec![1e-6f32; buckets * n_classes];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut probs = vec![0f32; n_classes];
    let mut seen: Vec<usize> = Vec::new();
    let mut sum = vec![0f32; w.len()];
    for _ in 0..opts.epochs {
        // Fisher-Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            let (features, truth) = &examples[k];
            seen.clear();
            seen.extend(features.iter().map(|&f| (f & mask) as usize));
            seen.sort_unstable();
            seen.dedup();
            for (c, p) in probs.iter_mut().enumerate() {
                *p = seen.iter().map(|&b| w[b * n_classes + c]).sum();
            }
            softmax(&mut probs, 1.0);
            for &b in &seen {
                for (c, &p) in probs.iter().enumerate() {
                    let i = b * n_classes + c;
                    let target = if c == *truth { 1.0 } else { 0.0 };
                    let grad = p - target + opts.l2 * w[i];
                    g2[i] += grad * grad;
                    w[i] -= opts.learning_rate * grad / g2[i].sqrt();
                }
            }
        }
        for (s, x) in sum.iter_mut().zip(&w) {
            *s += x;
        }
    }
    // The average of every epoch's weights: steadier than the last epoch's alone.
    sum.iter().map(|s| s / opts.epochs.max(1) as f32).collect()
}

/// The temperature that minimises the negative log-likelihood of held-out predictions
/// (scores, true class), searched on a grid from 0.25 to 12.
pub fn fit_temperature(held_out: &[(Vec<f32>, usize)]) -> f32 {
    let nll = |t: f32| -> f64 {
        held_out
            .iter()
            .map(|(scores, truth)| {
                let mut p = scores.clone();
                softmax(&mut p, t);
                -(p[*truth].max(1e-9) as f64).ln()
            })
            .sum()
    };
    let mut best = (1.0f32, nll(1.0));
    let mut t = 0.25f32;
    while t <= 12.0 {
        let v = nll(t);
        if v < best.1 {
            best = (t, v);
        }
        t += 0.05;
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;

    fn toy() -> Vec<(Vec<u64>, usize)> {
        (0..200)
            .map(|i| {
                let c = i % 3;
                (
                    vec![hash::feature(1, &[c as u64]), hash::feature(2, &[(i % 5) as u64])],
                    c,
                )
            })
            .collect()
    }

    #[test]
    fn learns_and_gives_probabilities() {
        let m = train(&toy(), 3, &LogisticOptions::default());
        let mut p = Vec::new();
        m.probabilities(&[hash::feature(1, &[2]), hash::feature(2, &[0])], &mut p);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        assert!(p[2] > 0.8, "{p:?}");
    }

    #[test]
    fn training_is_deterministic_and_round_trips() {
        let a = train(&toy(), 3, &LogisticOptions::default());
        let b = train(&toy(), 3, &LogisticOptions::default());
        assert_eq!(a, b);
        let mut w = ByteWriter::default();
        a.write(&mut w);
        assert_eq!(Logistic::read(&mut ByteReader::new(&w.buf)).unwrap(), a);
    }

    #[test]
    fn temperature_sharpens_underconfident_scores() {
        // Scores that are always right but timid: the fitted temperature is below 1.
        let held: Vec<(Vec<f32>, usize)> = (0..50).map(|_| (vec![0.5, 0.0, 0.0], 0)).collect();
        assert!(fit_temperature(&held) < 1.0);
    }
}
