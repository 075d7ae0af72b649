//! The averaged perceptron, sparse in its classes: each feature keeps only the classes an
//! update ever touched. Averaging is lazy (Daumé's trick): a weight's running total is
//! brought up to date only when the weight changes, and once at the end.

use rustc_hash::FxHashMap;

use crate::weights::Weights;

#[derive(Clone, Copy, Debug)]
struct Param {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u64,
}

/// A feature's weights for the classes updates touched, and how often it was updated.
#[derive(Default)]
struct Feature {
    updates: u32,
    params: Vec<Param>,
}

pub struct Perceptron {
    n_classes: usize,
    params: FxHashMap<u64, Feature>,
    /// Instances seen (the clock of the averaging).
    clock: u64,
}

/// What to drop when the averaged model is built: rare features cost memory and cache
/// misses and carry little.
#[derive(Clone, Copy, Debug)]
pub struct Prune {
    /// Averaged weights below this absolute value are dropped.
    pub min_weight: f32,
    /// Features updated fewer times than this are dropped.
    pub min_updates: u32,
}

impl Default for Prune {
    fn default() -> Self {
        Prune {
            min_weight: 0.0,
            min_updates: 0,
        }
    }
}

impl Perceptron {
    pub fn new(n_classes: usize) -> Perceptron {
        Perceptron {
            n_classes,
            params: FxHashMap::default(),
            clock: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Current (not averaged) scores of every class.
    pub fn scores(&self, keys: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|s| *s = 0.0);
        for k in keys {
            if let Some(f) = self.params.get(k) {
                for p in &f.params {
                    out[p.class as usize] += p.weight;
                }
            }
        }
    }

    /// One more instance seen (call once per prediction, right or wrong).
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Moves weight from `guess` to `truth` on these features.
    pub fn update(&mut self, truth: usize, guess: usize, keys: &[u64]) {
        if truth == guess {
            return;
        }
        let clock = self.clock;
        for &k in keys {
            let f = self.params.entry(k).or_default();
            f.updates = f.updates.saturating_add(1);
            let ps = &mut f.params;
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let p = match ps.iter_mut().position(|p| p.class as usize == class) {
                    Some(i) => &mut ps[i],
                    None => {
                        ps.push(Param {
                            class: class as u16,
                            weight: 0.0,
                            total: 0.0,
                            stamp: clock,
                        });
                        ps.last_mut().expect("just pushed")
                    }
                };
                p.total += (clock - p.stamp) as f64 * p.weight as f64;
                p.stamp = clock;
                p.weight += delta;
            }
        }
    }

    /// The averaged model, pruned and quantised.
    pub fn average(&self, prune: Prune) -> Weights {
        let clock = self.clock.max(1);
        let mut features: Vec<(u64, Vec<(usize, f32)>)> = self
            .params
            .iter()
            .filter(|(_, f)| f.updates >= prune.min_updates)
            .map(|(&k, f)| {
                let ws = f
                    .params
                    .iter()
                    .map(|p| {
                        let total = p.total + (clock - p.stamp) as f64 * p.weight as f64;
                        (p.class as usize, (total / clock as f64) as f32)
                    })
                    .filter(|(_, w)| w.abs() > prune.min_weight)
                    .collect::<Vec<_>>();
                (k, ws)
            })
            .filter(|(_, ws)| !ws.is_empty())
            .collect();
        features.sort_by_key(|f| f.0);
        for (_, ws) in features.iter_mut() {
            ws.sort_by_key(|w| w.0);
        }
        Weights::build(self.n_classes, features)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;

    /// A separable toy problem: the class is given by one of three words.
    #[test]
    fn learns_a_separable_problem() {
        let data: Vec<(Vec<u64>, usize)> = (0..300)
            .map(|i| {
                let class = i % 3;
                let keys = vec![
                    hash::feature(0, &[class as u64]),
                    hash::feature(1, &[(i % 7) as u64]),
                    hash::feature(2, &[]),
                ];
                (keys, class)
            })
            .collect();
        let mut p = Perceptron::new(3);
        let mut scores = [0f32; 3];
        for _ in 0..5 {
            for (keys, truth) in &data {
                p.scores(keys, &mut scores);
                let guess = (0..3)
                    .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                    .unwrap();
                p.tick();
                p.update(*truth, guess, keys);
            }
        }
        let w = p.average(Prune::default());
        let mut s = [0i32; 3];
        for (keys, truth) in &data {
            w.score(keys, &mut s);
            let guess = (0..3).max_by_key(|&c| (s[c], std::cmp::Reverse(c))).unwrap();
            assert_eq!(guess, *truth);
        }
    }
}
