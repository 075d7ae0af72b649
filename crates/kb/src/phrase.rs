//! A token-level trie: multi-word names and phrases looked up one token at a time.
//!
//! Every distinct folded word of every phrase gets a [`WordId`]; a text token is hashed
//! once into its id (or found absent, which ends every walk through it), and phrases are
//! walked as edges `(node, word) -> node`. Lookups allocate nothing. Node 0 is the root.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

pub type WordId = u32;

/// Maps folded token sequences to values of type `V`.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct PhraseIndex<V> {
    #[serde(with = "crate::exact::exact_map")]
    vocab: FxHashMap<Box<str>, WordId>,
    #[serde(with = "crate::exact::exact_map")]
    edges: FxHashMap<(u32, WordId), u32>,
    /// Per node: the values of the phrase ending there (empty for inner nodes).
    values: Vec<SmallVec<[V; 1]>>,
    phrases: usize,
}

impl<V: PartialEq> Default for PhraseIndex<V> {
    fn default() -> Self {
        PhraseIndex {
            vocab: FxHashMap::default(),
            edges: FxHashMap::default(),
            values: vec![SmallVec::new()],
            phrases: 0,
        }
    }
}

impl<V: PartialEq> PhraseIndex<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// The id of a folded word, creating it if needed.
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.vocab.get(word) {
            return id;
        }
        let id = self.vocab.len() as WordId;
        self.vocab.insert(word.into(), id);
        id
    }

    /// The id of a folded word, if any phrase uses it.
    pub fn word(&self, word: &str) -> Option<WordId> {
        self.vocab.get(word).copied()
    }

    /// Every word and its id.
    pub fn vocabulary(&self) -> impl Iterator<Item = (&str, WordId)> {
        self.vocab.iter().map(|(w, id)| (&**w, *id))
    }

    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    pub fn len(&self) -> usize {
        self.phrases
    }

    pub fn is_empty(&self) -> bool {
        self.phrases == 0
    }

    /// Adds `value` under the phrase `tokens` (folded). Duplicate values are kept once.
    pub fn insert<S: AsRef<str>>(&mut self, tokens: &[S], value: V) {
        if tokens.is_empty() {
            return;
        }
        let mut node = 0u32;
        for t in tokens {
            let w = self.intern(t.as_ref());
            node = match self.edges.get(&(node, w)) {
                Some(&n) => n,
                None => {
                    let n = self.values.len() as u32;
                    self.values.push(SmallVec::new());
                    self.edges.insert((node, w), n);
                    n
                }
            };
        }
        let slot = &mut self.values[node as usize];
        if slot.is_empty() {
            self.phrases += 1;
        }
        if !slot.contains(&value) {
            slot.push(value);
        }
    }

    /// Calls `found(length, values)` for every phrase that starts at `words[start]`,
    /// shortest first. `words` are the ids of the text's tokens (None: unknown word).
    pub fn for_each_match(&self, words: &[Option<WordId>], start: usize, mut found: impl FnMut(usize, &[V])) {
        let mut node = 0u32;
        for (len, w) in words[start..].iter().enumerate() {
            let Some(w) = w else { return };
            match self.edges.get(&(node, *w)) {
                Some(&n) => node = n,
                None => return,
            }
            let values = &self.values[node as usize];
            if !values.is_empty() {
                found(len + 1, values);
            }
        }
    }

    /// The longest phrase starting at `words[start]`: its length and values.
    pub fn longest_match(&self, words: &[Option<WordId>], start: usize) -> Option<(usize, &[V])> {
        let mut best: Option<(usize, u32)> = None;
        let mut node = 0u32;
        for (len, w) in words[start..].iter().enumerate() {
            let Some(w) = w else { break };
            match self.edges.get(&(node, *w)) {
                Some(&n) => node = n,
                None => break,
            }
            if !self.values[node as usize].is_empty() {
                best = Some((len + 1, node));
            }
        }
        best.map(|(len, node)| (len, self.values[node as usize].as_slice()))
    }

    /// Every phrase (its folded words) with its values, in no particular order. Walks the
    /// whole index; for exports, not for the hot path.
    pub fn phrases(&self) -> Vec<(Vec<&str>, &[V])> {
        let mut words: Vec<&str> = vec![""; self.vocab.len()];
        for (w, &id) in &self.vocab {
            words[id as usize] = w;
        }
        let mut parent: Vec<(u32, WordId)> = vec![(0, 0); self.values.len()];
        for (&(from, w), &to) in &self.edges {
            parent[to as usize] = (from, w);
        }
        let mut out = Vec::with_capacity(self.phrases);
        for (node, values) in self.values.iter().enumerate().skip(1) {
            if values.is_empty() {
                continue;
            }
            let mut tokens = Vec::new();
            let mut n = node as u32;
            while n != 0 {
                let (from, w) = parent[n as usize];
                tokens.push(words[w as usize]);
                n = from;
            }
            tokens.reverse();
            out.push((tokens, values.as_slice()));
        }
        out
    }

    /// The values of exactly this phrase.
    pub fn get<S: AsRef<str>>(&self, tokens: &[S]) -> &[V] {
        let mut node = 0u32;
        for t in tokens {
            let Some(w) = self.word(t.as_ref()) else { return &[] };
            match self.edges.get(&(node, w)) {
                Some(&n) => node = n,
                None => return &[],
            }
        }
        &self.values[node as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_and_all_matches() {
        let mut p: PhraseIndex<u32> = PhraseIndex::new();
        p.insert(&["new", "york"], 1);
        p.insert(&["new", "york", "city"], 2);
        p.insert(&["york"], 3);
        p.insert(&["york"], 3);
        assert_eq!(p.len(), 3);
        let text = ["in", "new", "york", "city", "today"];
        let ids: Vec<_> = text.iter().map(|t| p.word(t)).collect();
        assert_eq!(p.longest_match(&ids, 1), Some((3, &[2][..])));
        assert_eq!(p.longest_match(&ids, 0), None);
        let mut all = vec![];
        p.for_each_match(&ids, 1, |len, v| all.push((len, v.to_vec())));
        assert_eq!(all, vec![(2, vec![1]), (3, vec![2])]);
        assert_eq!(p.get(&["york"]), &[3]);
        assert!(p.get(&["boston"]).is_empty());
    }
}
