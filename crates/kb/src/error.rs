//! The knowledge base's error type.

use dragoman_core::tsv::TsvError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum KbError {
    #[error(transparent)]
    Table(#[from] TsvError),
    #[error("{source_name}:{line}: {message}")]
    Dictionary {
        source_name: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    /// A compiled knowledge-base image that cannot be read (see `image.rs`).
    #[error("knowledge-base image: {0}")]
    Image(String),
}
