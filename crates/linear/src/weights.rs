//! A trained linear model for inference: feature key -> the classes it weighs.
//!
//! Layout: an open-addressing table of `u64` slots, each `[fingerprint:32 | count:8 |
//! offset:24]`, indexed by the key's low bits and probed linearly; the fingerprint is the
//! key's high 32 bits. `entries[offset..offset + count]` hold `(class, weight)` packed
//! in a `u32`, weights quantised to `i16` with one scale for the model. One lookup is one
//! slot probe and one short run of entries. Models of at most [`PACKED`] classes (the
//! parser's moves) also keep a packed copy of the table where each `u64` slot holds a
//! 16-bit fingerprint and the weights themselves, so a lookup is one memory access (a
//! fingerprint of 16 bits confuses an absent feature with a present one about once in
//! 65,000 probes: noise a linear model shrugs off). [`Weights::score`] prefetches every
//! feature's slot before it reads any: lookups are memory-bound, and independent misses
//! overlap.

use crate::io::{ByteReader, ByteWriter, FormatError};
use crate::pages::PageArray;

const EMPTY: u64 = 0;
const MAX_OFFSET: usize = (1 << 24) - 1;
/// A slot's count field with this value marks a dense row: one entry per class, in class
/// order, so that adding it is a straight vectorisable loop instead of scattered adds.
/// Features that weigh at least half the classes are stored so.
const DENSE_ROW: usize = 255;
/// Models with at most this many classes keep a packed table.
pub const PACKED: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    n_classes: usize,
    mask: usize,
    slots: PageArray<u64>,
    entries: PageArray<u32>,
    /// For models of at most [`PACKED`] classes: `[fingerprint:16 | w0:16 | w1:16 | w2:16]`
    /// at the same positions as `slots` (0: empty).
    packed: PageArray<u64>,
    /// `weight = value * scale`.
    scale: f32,
    features: usize,
}

#[inline]
fn fingerprint(key: u64) -> u64 {
    let f = key >> 32;
    if f == 0 {
        1
    } else {
        f
    }
}

/// Adds a run of entries to the scores: a dense row in class order, or scattered.
#[inline]
fn add_entries(entries: &[u32], dense: bool, scores: &mut [i32]) {
    if dense && entries.len() == scores.len() {
        for (s, &e) in scores.iter_mut().zip(entries) {
            *s += (e as u16) as i16 as i32;
        }
    } else {
        for &e in entries {
            scores[(e >> 16) as usize] += (e as u16) as i16 as i32;
        }
    }
}

/// Asks the CPU to start fetching `v[i]`.
#[inline]
fn prefetch_at<T>(v: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    if i < v.len() {
        // SAFETY: a hint about an address inside the slice.
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            _mm_prefetch(v.as_ptr().add(i) as *const i8, _MM_HINT_T0);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (v, i);
}

/// The top 16 bits of a key, never 0.
#[inline]
fn fingerprint16(key: u64) -> u64 {
    let f = key >> 48;
    if f == 0 {
        1
    } else {
        f
    }
}

#[inline]
fn pack(class: usize, value: i16) -> u32 {
    ((class as u32) << 16) | (value as u16 as u32)
}

impl Weights {
    /// Builds the table from averaged weights: `(key, [(class, weight)])`, any order.
    /// Weights whose quantised value is 0 are dropped, and features left with none.
    pub fn build(n_classes: usize, mut features: Vec<(u64, Vec<(usize, f32)>)>) -> Weights {
        assert!(n_classes <= 255, "at most 255 classes");
        features.sort_by_key(|f| f.0);
        let max = features
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|w| w.1.abs()))
            .fold(0f32, f32::max);
        let scale = if max > 0.0 { max / i16::MAX as f32 } else { 1.0 };
        let kept: Vec<(u64, Vec<(usize, i16)>)> = features
            .into_iter()
            .map(|(k, ws)| {
                let q: Vec<(usize, i16)> = ws
                    .into_iter()
                    .map(|(c, w)| (c, (w / scale).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16))
                    .filter(|(_, v)| *v != 0)
                    .collect();
                (k, q)
            })
            .filter(|(_, q)| !q.is_empty())
            .collect();
        let capacity = (kept.len() * 2).next_power_of_two().max(16);
        let mut w = Weights {
            n_classes,
            mask: capacity - 1,
            slots: PageArray::zeroed(capacity),
            entries: PageArray::zeroed(0),
            packed: PageArray::zeroed(0),
            scale,
            features: 0,
        };
        let mut entries: Vec<u32> = Vec::new();
        for (key, q) in kept {
            let dense = n_classes > PACKED && n_classes < DENSE_ROW && q.len() * 2 >= n_classes;
            let len = if dense { n_classes } else { q.len() };
            if entries.len() + len > MAX_OFFSET {
                break;
            }
            if w.insert(key, entries.len(), if dense { DENSE_ROW } else { q.len() }) {
                if dense {
                    let mut row: Vec<u32> = (0..n_classes).map(|c| pack(c, 0)).collect();
                    for &(c, v) in &q {
                        row[c] = pack(c, v);
                    }
                    entries.extend(row);
                } else {
                    entries.extend(q.iter().map(|&(c, v)| pack(c, v)));
                }
                w.features += 1;
            }
        }
        w.entries = PageArray::from_slice(&entries);
        w.fill_packed();
        w
    }

    /// Rewrites the entries so that every feature weighing at least half the classes is a
    /// dense row (tables written before dense rows existed, or by other layouts).
    fn dense_rows(&mut self) {
        let n_classes = self.n_classes;
        if n_classes <= PACKED || n_classes >= DENSE_ROW {
            return;
        }
        let mut entries: Vec<u32> = Vec::with_capacity(self.entries.len());
        for i in 0..self.slots.len() {
            let slot = self.slots[i];
            if slot == EMPTY {
                continue;
            }
            let (off, n) = self.entries_of(slot);
            let run = &self.entries[off..off + n];
            let dense = n * 2 >= n_classes;
            let start = entries.len();
            if dense {
                let mut row: Vec<u32> = (0..n_classes).map(|c| pack(c, 0)).collect();
                for &e in run {
                    row[(e >> 16) as usize] = e;
                }
                entries.extend(row);
            } else {
                entries.extend_from_slice(run);
            }
            let count = if dense { DENSE_ROW } else { n };
            self.slots[i] = (slot >> 32 << 32) | ((count as u64) << 24) | start as u64;
        }
        self.entries = PageArray::from_slice(&entries);
    }

    /// The packed copy of the table, for small models.
    fn fill_packed(&mut self) {
        if self.n_classes > PACKED {
            return;
        }
        self.packed = PageArray::zeroed(self.slots.len());
        for (i, &s) in self.slots.iter().enumerate() {
            if s == EMPTY {
                continue;
            }
            let (off, n) = self.entries_of(s);
            // The slot's 32-bit fingerprint is the key's high half; keep its top 16 bits.
            let mut word = fingerprint16(s >> 32 << 32) << 48;
            for &e in &self.entries[off..off + n] {
                let class = (e >> 16) as usize;
                word |= ((e as u16) as u64) << (32 - 16 * class);
            }
            self.packed[i] = word;
        }
    }

    /// Inserts a slot; false when a key with the same fingerprint is already on the
    /// probe path (the newcomer is dropped: it could not be told apart).
    fn insert(&mut self, key: u64, offset: usize, count: usize) -> bool {
        let fp = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s == EMPTY {
                self.slots[i] = (fp << 32) | ((count as u64) << 24) | offset as u64;
                return true;
            }
            if s >> 32 == fp {
                return false;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The slot holding `key`.
    #[inline]
    fn slot(&self, key: u64) -> Option<usize> {
        let fp = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s == EMPTY {
                return None;
            }
            if s >> 32 == fp {
                return Some(i);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The entries of `key`: offset, count, and whether they are a dense row.
    #[inline]
    fn find(&self, key: u64) -> Option<(usize, usize)> {
        let s = self.slots[self.slot(key)?];
        Some(self.entries_of(s))
    }

    #[inline]
    fn entries_of(&self, s: u64) -> (usize, usize) {
        let n = ((s >> 24) & 0xff) as usize;
        (
            (s & 0xff_ffff) as usize,
            if n == DENSE_ROW { self.n_classes } else { n },
        )
    }

    /// Asks the CPU to start fetching the slot (and dense weights) of `key`.
    #[inline]
    pub fn prefetch(&self, key: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            let i = key as usize & self.mask;
            // SAFETY: `_mm_prefetch` is a hint; the addresses are inside the vectors.
            unsafe {
                use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
                if !self.packed.is_empty() {
                    _mm_prefetch(self.packed.as_ptr().add(i) as *const i8, _MM_HINT_T0);
                } else {
                    _mm_prefetch(self.slots.as_ptr().add(i) as *const i8, _MM_HINT_T0);
                }
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = key;
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features kept.
    pub fn len(&self) -> usize {
        self.features
    }

    pub fn is_empty(&self) -> bool {
        self.features == 0
    }

    /// Bytes the table occupies in memory.
    pub fn memory(&self) -> usize {
        self.slots.len() * 8 + self.entries.len() * 4 + self.packed.len() * 8
    }

    /// Adds the weights of feature `key` to `scores` (quantised units).
    #[inline]
    pub fn add(&self, key: u64, scores: &mut [i32]) {
        if self.packed.is_empty() {
            if let Some((off, n)) = self.find(key) {
                add_entries(&self.entries[off..off + n], n == self.n_classes, scores);
            }
            return;
        }
        let fp = fingerprint16(key);
        let mut i = key as usize & self.mask;
        loop {
            let word = self.packed[i];
            if word == 0 {
                return;
            }
            if word >> 48 == fp {
                for (class, s) in scores.iter_mut().enumerate().take(self.n_classes) {
                    *s += ((word >> (32 - 16 * class)) as u16) as i16 as i32;
                }
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The scores of all classes for these features (quantised units).
    ///
    /// In passes, so that independent cache misses overlap: every slot is prefetched;
    /// then (sparse models) each slot is read and its entries prefetched; then summed.
    pub fn score(&self, keys: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        for &k in keys {
            self.prefetch(k);
        }
        if !self.packed.is_empty() {
            for &k in keys {
                self.add(k, scores);
            }
            return;
        }
        let mut found = [(0u32, 0u32); 32];
        for chunk in keys.chunks(found.len()) {
            let mut m = 0;
            for &k in chunk {
                if let Some((off, n)) = self.find(k) {
                    prefetch_at(&self.entries, off);
                    found[m] = (off as u32, n as u32);
                    m += 1;
                }
            }
            for &(off, n) in &found[..m] {
                let e = &self.entries[off as usize..(off + n) as usize];
                add_entries(e, n as usize == self.n_classes, scores);
            }
        }
    }

    /// The weight of one feature for one class (0 when absent).
    pub fn weight(&self, key: u64, class: usize) -> f32 {
        let Some((off, n)) = self.find(key) else { return 0.0 };
        self.entries[off..off + n]
            .iter()
            .find(|&&e| (e >> 16) as usize == class)
            .map_or(0.0, |&e| (e as u16) as i16 as f32 * self.scale)
    }

    /// Scale from quantised units to weights.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    pub fn write(&self, w: &mut ByteWriter) {
        w.buf.extend_from_slice(b"WTS1");
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.features as u32);
        w.u32(self.slots.len() as u32);
        for &s in self.slots.iter() {
            w.u64(s);
        }
        w.u32(self.entries.len() as u32);
        for &e in self.entries.iter() {
            w.u32(e);
        }
    }

    pub fn read(r: &mut ByteReader) -> Result<Weights, FormatError> {
        r.expect(b"WTS1")?;
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let features = r.u32()? as usize;
        let n_slots = r.u32()? as usize;
        if !n_slots.is_power_of_two() || n_classes > 255 {
            return Err(FormatError("bad weight table header".into()));
        }
        let slots = PageArray::from_slice(&(0..n_slots).map(|_| r.u64()).collect::<Result<Vec<_>, _>>()?);
        let n_entries = r.u32()? as usize;
        let entries = PageArray::from_slice(&(0..n_entries).map(|_| r.u32()).collect::<Result<Vec<_>, _>>()?);
        // Every slot must point inside the entries and name valid classes.
        for &s in slots.iter().filter(|&&s| s != EMPTY) {
            let n = ((s >> 24) & 0xff) as usize;
            let n = if n == DENSE_ROW { n_classes } else { n };
            let off = (s & 0xff_ffff) as usize;
            if off + n > entries.len() {
                return Err(FormatError("a weight slot points past the entries".into()));
            }
        }
        if entries.iter().any(|&e| (e >> 16) as usize >= n_classes) {
            return Err(FormatError("a weight names a class out of range".into()));
        }
        if slots.iter().all(|&s| s != EMPTY) {
            return Err(FormatError("a weight table without an empty slot".into()));
        }
        let mut w = Weights {
            n_classes,
            mask: n_slots - 1,
            slots,
            entries,
            packed: PageArray::zeroed(0),
            scale,
            features,
        };
        w.dense_rows();
        w.fill_packed();
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash;

    fn sample() -> Weights {
        let f = |s: &str| hash::feature(1, &[hash::string(s)]);
        Weights::build(
            3,
            vec![
                (f("a"), vec![(0, 1.0), (2, -0.5)]),
                (f("b"), vec![(1, 0.25)]),
                (f("zero"), vec![(1, 0.0)]),
            ],
        )
    }

    #[test]
    fn scores_add_the_weights_of_present_features() {
        let w = sample();
        let f = |s: &str| hash::feature(1, &[hash::string(s)]);
        let mut s = [0i32; 3];
        w.score(&[f("a"), f("b"), f("absent")], &mut s);
        assert!(s[0] > 0 && s[1] > 0 && s[2] < 0);
        assert!((w.weight(f("a"), 2) + 0.5).abs() < 1e-3);
        assert_eq!(w.weight(f("absent"), 0), 0.0);
        assert_eq!(w.len(), 2, "a feature with only zero weights is dropped");
    }

    #[test]
    fn round_trips_through_bytes() {
        let w = sample();
        let mut out = ByteWriter::default();
        w.write(&mut out);
        let back = Weights::read(&mut ByteReader::new(&out.buf)).unwrap();
        assert_eq!(back, w);
    }

    #[test]
    fn truncated_or_corrupt_bytes_are_errors() {
        let mut out = ByteWriter::default();
        sample().write(&mut out);
        for cut in 0..out.buf.len() {
            assert!(Weights::read(&mut ByteReader::new(&out.buf[..cut])).is_err());
        }
        let mut bad = out.buf.clone();
        bad[0] = b'X';
        assert!(Weights::read(&mut ByteReader::new(&bad)).is_err());
    }

    proptest::proptest! {
        #[test]
        fn every_kept_feature_is_found(keys in proptest::collection::hash_set(1u64..u64::MAX, 1..300)) {
            let feats: Vec<(u64, Vec<(usize, f32)>)> = keys.iter().map(|&k| (k, vec![((k % 4) as usize, 1.0)])).collect();
            let w = Weights::build(4, feats);
            let mut found = 0;
            for &k in &keys {
                if w.weight(k, (k % 4) as usize) > 0.0 { found += 1; }
            }
            // Only keys sharing a probe path and a fingerprint could be dropped.
            proptest::prop_assert_eq!(found, w.len());
            proptest::prop_assert!(w.len() + 2 >= keys.len());
        }
    }
}
