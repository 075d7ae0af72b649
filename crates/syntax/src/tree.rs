//! The parse of a sentence and the invariant every parse keeps: it is a tree.

/// A tagged and parsed sentence. `heads[i]` is the index of token i's head, `None` for the
/// sentence's root.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parse {
    pub tags: Vec<u8>,
    pub heads: Vec<Option<u32>>,
    pub labels: Vec<u8>,
}

/// One root, every head in range, no cycle.
pub fn is_tree(heads: &[Option<u32>]) -> bool {
    let n = heads.len();
    if n > 0 && heads.iter().filter(|h| h.is_none()).count() != 1 {
        return false;
    }
    (0..n).all(|start| {
        let mut k = start;
        for _ in 0..=n {
            match heads[k] {
                None => return true,
                Some(h) if (h as usize) < n => k = h as usize,
                Some(_) => return false,
            }
        }
        false
    })
}
