//! Serde helpers for the knowledge base's hash maps and sets, used by its image
//! (`image.rs`): written as plain maps and sequences, read back into a table of exactly
//! their size. Imports nothing from the rest of the crate.

use std::hash::{BuildHasher, Hash};
use std::marker::PhantomData;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Hash maps written as maps and read back into a table of exactly their size (serde's
/// own reader caps its first allocation and then grows the table several times).
pub(crate) mod exact_map {
    use super::*;

    pub fn serialize<K: Serialize, V: Serialize, H, S: Serializer>(
        map: &std::collections::HashMap<K, V, H>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(map)
    }

    pub fn deserialize<'de, K, V, D>(d: D) -> Result<FxHashMap<K, V>, D::Error>
    where
        K: Deserialize<'de> + Eq + Hash,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        struct Exact<K, V>(PhantomData<(K, V)>);
        impl<'de, K, V> Visitor<'de> for Exact<K, V>
        where
            K: Deserialize<'de> + Eq + Hash,
            V: Deserialize<'de>,
        {
            type Value = FxHashMap<K, V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut map: FxHashMap<K, V> = with_capacity(access.size_hint());
                while let Some((k, v)) = access.next_entry()? {
                    map.insert(k, v);
                }
                Ok(map)
            }
        }
        d.deserialize_map(Exact(PhantomData))
    }
}

/// Hash sets, as [`exact_map`].
pub(crate) mod exact_set {
    use super::*;

    pub fn serialize<T: Serialize, H, S: Serializer>(
        set: &std::collections::HashSet<T, H>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(set)
    }

    pub fn deserialize<'de, T, D>(d: D) -> Result<FxHashSet<T>, D::Error>
    where
        T: Deserialize<'de> + Eq + Hash,
        D: Deserializer<'de>,
    {
        struct Exact<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de> + Eq + Hash> Visitor<'de> for Exact<T> {
            type Value = FxHashSet<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a set")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                let mut set: FxHashSet<T> = with_capacity(access.size_hint());
                while let Some(v) = access.next_element()? {
                    set.insert(v);
                }
                Ok(set)
            }
        }
        d.deserialize_seq(Exact(PhantomData))
    }
}

/// A table sized for `hint` entries; the hint comes from our own image, but is bounded
/// so that a damaged length cannot ask for all of memory up front.
fn with_capacity<C: WithCapacity>(hint: Option<usize>) -> C {
    C::with_capacity(hint.unwrap_or(0).min(1 << 21))
}

trait WithCapacity {
    fn with_capacity(n: usize) -> Self;
}

impl<K, V, S: BuildHasher + Default> WithCapacity for std::collections::HashMap<K, V, S> {
    fn with_capacity(n: usize) -> Self {
        Self::with_capacity_and_hasher(n, S::default())
    }
}

impl<T, S: BuildHasher + Default> WithCapacity for std::collections::HashSet<T, S> {
    fn with_capacity(n: usize) -> Self {
        Self::with_capacity_and_hasher(n, S::default())
    }
}
