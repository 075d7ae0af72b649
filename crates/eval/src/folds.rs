//! The folds of cross-validation: a text's fold is fixed by a hash of the text, so the
//! training of the learned layer and the scoring of the sets it learnt from agree on
//! which sentences a fold model never saw.

use dragoman_coder::Coder;
use dragoman_linear::hash;

pub const FOLDS: u64 = 5;

/// The fold of a text.
pub fn fold_of(text: &str) -> u64 {
    hash::string(text) % FOLDS
}

/// The coder that scores `text`: its fold's, when there are folds.
pub fn coder_for<'c>(base: &'c Coder, folds: Option<&'c [Coder]>, text: &str) -> &'c Coder {
    match folds {
        Some(f) => &f[fold_of(text) as usize],
        None => base,
    }
}
