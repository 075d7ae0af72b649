//! The compiled knowledge base as bytes: written once (at build time, by the
//! `dragoman-kb-image` crate's build script) and read back at start-up without tokenizing,
//! folding or indexing a single name again.
//!
//! Layout: the magic line, the format version (u32, little-endian), the language code, then
//! the whole [`KnowledgeBase`] (entities, name index, word table, verb dictionary,
//! morphology) in bincode with variable-length integers.
//!
//! Invariant: `from_image(to_image(kb))` answers every lookup as `kb` does. Hash maps are
//! rebuilt with their exact size (`exact.rs`), so their iteration order may differ;
//! nothing in the knowledge base depends on it.

use bincode::Options;
use serde::{Deserialize, Serialize};

use crate::error::KbError;
use crate::kb::KnowledgeBase;

const MAGIC: &[u8; 12] = b"dragoman-kb\n";
/// Raised whenever the layout of the knowledge base's types changes.
const VERSION: u32 = 3;

#[derive(Serialize, Deserialize)]
struct Header {
    language: String,
}

impl KnowledgeBase {
    /// The knowledge base as an image.
    pub fn to_image(&self) -> Result<Vec<u8>, KbError> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&VERSION.to_le_bytes());
        let header = Header {
            language: self.language.to_string(),
        };
        codec().serialize_into(&mut out, &header).map_err(image_error)?;
        codec().serialize_into(&mut out, self).map_err(image_error)?;
        Ok(out)
    }

    /// Reads an image written by [`KnowledgeBase::to_image`] (by this version of dragoman).
    pub fn from_image(bytes: &[u8]) -> Result<KnowledgeBase, KbError> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or_else(|| KbError::Image("not a dragoman knowledge-base image".into()))?;
        let (version, rest) = rest
            .split_first_chunk::<4>()
            .ok_or_else(|| KbError::Image("truncated".into()))?;
        let version = u32::from_le_bytes(*version);
        if version != VERSION {
            return Err(KbError::Image(format!(
                "format {version}, this build reads format {VERSION}; rebuild the image"
            )));
        }
        let mut reader = rest;
        let header: Header = codec().deserialize_from(&mut reader).map_err(image_error)?;
        let mut kb: KnowledgeBase = codec().deserialize_from(&mut reader).map_err(image_error)?;
        if !reader.is_empty() {
            return Err(KbError::Image(format!("{} bytes after the end", reader.len())));
        }
        kb.language = static_language(&header.language);
        Ok(kb)
    }
}

/// bincode with variable-length integers: most lengths and ids fit in a byte or two, which
/// halves the image against fixed 8-byte lengths.
fn codec() -> impl Options {
    bincode::DefaultOptions::new()
}

fn image_error(e: bincode::Error) -> KbError {
    KbError::Image(e.to_string())
}

/// Language codes are `&'static str` in the knowledge base; the known ones need no leak.
fn static_language(code: &str) -> &'static str {
    match code {
        "en" => "en",
        "es" => "es",
        other => Box::leak(other.to_string().into_boxed_str()),
    }
}
