//! The map from a repaired text back to the original one.
//!
//! Repairs copy most of the original verbatim and replace, insert or delete a few short
//! stretches. The map records the stretches; any offset in the repaired text maps back to
//! the original, so spans found in repaired text still point into what the user gave us.

use std::ops::Range;

/// One stretch of the repaired text and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Piece {
    /// Start in the repaired text.
    repaired: usize,
    /// Start in the original text.
    original: usize,
    repaired_len: usize,
    original_len: usize,
    /// Copied unchanged, so offsets inside map one to one.
    verbatim: bool,
}

/// Maps byte offsets of a repaired text to byte offsets of its original.
///
/// Invariant: pieces are sorted, contiguous in both texts, and cover both completely.
/// An empty map is the identity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    pub fn identity() -> OffsetMap {
        OffsetMap::default()
    }

    pub fn is_identity(&self) -> bool {
        self.pieces.iter().all(|p| p.verbatim)
    }

    /// The original offset of a span start: inside a replaced stretch, its start.
    pub fn start(&self, offset: usize) -> usize {
        self.map(offset, false)
    }

    /// The original offset of a span end: inside a replaced stretch, its end.
    pub fn end(&self, offset: usize) -> usize {
        self.map(offset, true)
    }

    pub fn range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.start(r.start);
        start..self.end(r.end).max(start)
    }

    fn map(&self, offset: usize, is_end: bool) -> usize {
        if self.pieces.is_empty() {
            return offset;
        }
        // A start maps through the last piece starting at or before it (after any
        // deletion there); an end through the piece holding the byte before it, so an
        // end never jumps forward over a deleted stretch.
        let idx = if is_end {
            self.pieces.partition_point(|p| p.repaired < offset)
        } else {
            self.pieces.partition_point(|p| p.repaired <= offset)
        }
        .saturating_sub(1);
        let p = &self.pieces[idx];
        let within = offset.saturating_sub(p.repaired);
        if p.verbatim {
            p.original + within.min(p.original_len)
        } else if is_end {
            p.original + p.original_len
        } else {
            p.original
        }
    }

    /// Chains two repairs: `self` maps an intermediate text back to the original, `later`
    /// maps the final text back to the intermediate one; the result maps final to original.
    pub fn compose(&self, later: &OffsetMap) -> OffsetMap {
        if later.pieces.is_empty() {
            return self.clone();
        }
        if self.pieces.is_empty() {
            return later.clone();
        }
        let mut pieces = Vec::with_capacity(self.pieces.len() + later.pieces.len());
        for p in &later.pieces {
            if !p.verbatim {
                let start = self.start(p.original);
                let end = self.end(p.original + p.original_len).max(start);
                pieces.push(Piece {
                    repaired: p.repaired,
                    original: start,
                    repaired_len: p.repaired_len,
                    original_len: end - start,
                    verbatim: false,
                });
                continue;
            }
            // A verbatim stretch of the intermediate text: split it where the earlier
            // repair's pieces begin and end, so offsets inside stay exact.
            let (lo, hi) = (p.original, p.original + p.original_len);
            for q in self
                .pieces
                .iter()
                .filter(|q| q.repaired < hi && lo < q.repaired + q.repaired_len.max(1))
            {
                let from = lo.max(q.repaired);
                let to = hi.min(q.repaired + q.repaired_len);
                if to <= from && q.repaired_len > 0 {
                    continue;
                }
                let repaired = p.repaired + (from - lo);
                let piece = if q.verbatim {
                    Piece {
                        repaired,
                        original: q.original + (from - q.repaired),
                        repaired_len: to - from,
                        original_len: to - from,
                        verbatim: true,
                    }
                } else {
                    Piece {
                        repaired,
                        original: q.original,
                        repaired_len: to.saturating_sub(from),
                        original_len: q.original_len,
                        verbatim: false,
                    }
                };
                pieces.push(piece);
            }
        }
        OffsetMap { pieces }
    }
}

/// Builds a repaired text and its map in one left-to-right pass over the original.
pub struct Rewriter<'a> {
    original: &'a str,
    out: String,
    pieces: Vec<Piece>,
    /// Next original byte not yet copied or replaced.
    cursor: usize,
    changed: bool,
}

impl<'a> Rewriter<'a> {
    pub fn new(original: &'a str) -> Rewriter<'a> {
        Rewriter {
            original,
            out: String::with_capacity(original.len() + 16),
            pieces: Vec::new(),
            cursor: 0,
            changed: false,
        }
    }

    /// Copies the original up to `upto` unchanged.
    pub fn copy_to(&mut self, upto: usize) {
        if upto <= self.cursor {
            return;
        }
        let text = &self.original[self.cursor..upto];
        self.push_piece(text.len(), text.len(), true);
        self.out.push_str(text);
        self.cursor = upto;
    }

    /// Replaces `range` of the original (which must start at or after the cursor) with `with`.
    pub fn replace(&mut self, range: Range<usize>, with: &str) {
        self.copy_to(range.start);
        self.push_piece(with.len(), range.end - range.start, false);
        self.out.push_str(with);
        self.cursor = range.end;
        self.changed = true;
    }

    /// Inserts text at original offset `at`.
    pub fn insert(&mut self, at: usize, text: &str) {
        self.replace(at..at, text);
    }

    pub fn delete(&mut self, range: Range<usize>) {
        self.replace(range, "");
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn changed(&self) -> bool {
        self.changed
    }

    pub fn finish(mut self) -> (String, OffsetMap) {
        self.copy_to(self.original.len());
        let map = if self.changed {
            OffsetMap { pieces: self.pieces }
        } else {
            OffsetMap::identity()
        };
        (self.out, map)
    }

    fn push_piece(&mut self, repaired_len: usize, original_len: usize, verbatim: bool) {
        if repaired_len == 0 && original_len == 0 {
            return;
        }
        if verbatim {
            if let Some(last) = self.pieces.last_mut() {
                if last.verbatim {
                    last.repaired_len += repaired_len;
                    last.original_len += original_len;
                    return;
                }
            }
        }
        self.pieces.push(Piece {
            repaired: self.out.len(),
            original: self.cursor,
            repaired_len,
            original_len,
            verbatim,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_inserted_replaced_and_deleted_text() {
        let original = "in Istanbulthe city, Rubioy Lavrov";
        let mut w = Rewriter::new(original);
        w.insert(11, " "); // Istanbul|the
        w.replace(26..27, " and"); // Rubio|y -> Rubio and
        let (text, map) = w.finish();
        assert_eq!(text, "in Istanbul the city, Rubio and Lavrov");
        // "the" in the repaired text is "the" in the original.
        let the = text.find("the").unwrap();
        assert_eq!(&original[map.range(the..the + 3)], "the");
        // "Istanbul" maps to itself.
        assert_eq!(&original[map.range(3..11)], "Istanbul");
        // The inserted "and" maps to the "y" it replaced.
        let and = text.find("and").unwrap();
        assert_eq!(&original[map.range(and..and + 3)], "y");
        let lavrov = text.find("Lavrov").unwrap();
        assert_eq!(&original[map.range(lavrov..lavrov + 6)], "Lavrov");
        assert_eq!(map.end(text.len()), original.len());
    }

    #[test]
    fn deleted_fragment_is_skipped_by_spans() {
        let original = "Kim Jong Un Jong U. left";
        let mut w = Rewriter::new(original);
        w.delete(11..18); // " Jong U", keeping the dot
        let (text, map) = w.finish();
        assert_eq!(text, "Kim Jong Un. left");
        assert_eq!(&original[map.range(0..11)], "Kim Jong Un");
        let left = text.find("left").unwrap();
        assert_eq!(&original[map.range(left..left + 4)], "left");
    }

    #[test]
    fn identity_and_composition() {
        let id = OffsetMap::identity();
        assert_eq!(id.range(3..7), 3..7);
        // A -> B: "ab" + "XY" replaced by "Z"; B -> C: insert "-" at 1.
        let mut w = Rewriter::new("abXYcd");
        w.replace(2..4, "Z");
        let (b, m1) = w.finish();
        assert_eq!(b, "abZcd");
        let mut w = Rewriter::new(&b);
        w.insert(1, "-");
        let (c, m2) = w.finish();
        assert_eq!(c, "a-bZcd");
        let m = m1.compose(&m2);
        assert_eq!(m.range(4..6), 4..6); // "cd"
        assert_eq!(m.range(3..4), 2..4); // "Z" -> "XY"
    }
}
