//! Stable hashing for features: FNV-1a over bytes, then a 64-bit finaliser; templates
//! combine values with a multiply-rotate mix.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const MIX: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash of a string's bytes.
#[inline]
pub fn string(s: &str) -> u64 {
    bytes(s.as_bytes())
}

#[inline]
pub fn bytes(b: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    finalize(h)
}

/// A 64-bit finaliser (from SplitMix64): spreads every input bit over the output.
#[inline]
pub fn finalize(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Combines a running hash with one more value.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(MIX)
}

/// The key of feature template `template` with `values`; never 0. Cheap: feature keys are
/// made for every token and every parser move, so one multiply per value and a short
/// final avalanche (the table needs good low bits for its index, high bits for its
/// fingerprint).
#[inline]
pub fn feature(template: u32, values: &[u64]) -> u64 {
    let mut h = (template as u64 + 1).wrapping_mul(MIX);
    for &v in values {
        h = mix(h, v);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    if h == 0 {
        1
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PINNED_STRING: u64 = 6703929066310378454;
    const PINNED_FEATURE: u64 = 17444136409684259795;

    #[test]
    fn hashes_are_stable_and_distinct() {
        // Pinned values: a change here invalidates every trained model.
        assert_eq!(string("police"), PINNED_STRING);
        assert_eq!(feature(3, &[string("police"), 7]), PINNED_FEATURE);
        assert_ne!(string("a"), string("b"));
        assert_ne!(feature(1, &[string("a")]), feature(2, &[string("a")]));
        assert_ne!(feature(1, &[1, 2]), feature(1, &[2, 1]));
        assert_eq!(feature(7, &[string("x")]), feature(7, &[string("x")]));
    }

    #[test]
    fn feature_keys_are_never_zero() {
        for t in 0..1000 {
            assert_ne!(feature(t, &[t as u64]), 0);
        }
    }
}
