//! Linear models over hashed features, shared by dragoman's tagger, parser and learned
//! layer.
//!
//! - [`hash`]: stable 64-bit hashes of strings and of feature templates with their values
//!   (the same on every machine and Rust version, so trained weights are portable);
//! - [`Perceptron`]: multi-class averaged perceptron for training, sparse in its classes;
//! - [`Logistic`]: multinomial logistic regression (calibrated probabilities);
//! - [`Weights`]: the trained model for inference: an open-addressing table from feature
//!   hash to the few classes it weighs, quantised to `i16`, with a byte format that
//!   round-trips exactly.
//!
//! Invariant: a feature key is never 0 (0 marks an empty slot of the table).

pub mod hash;
mod io;
pub mod logistic;
mod pages;
mod perceptron;
mod weights;

pub use io::{ByteReader, ByteWriter, FormatError};
pub use logistic::{Logistic, LogisticOptions};
pub use perceptron::{Perceptron, Prune};
pub use weights::Weights;
