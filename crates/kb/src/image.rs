//! The compiled knowledge base as bytes: written once (at build time, by the
//! `dragoman-kb-image` crate's build script) and read back at start-up without tokenizing,
//! folding or indexing a single name again.
//!
//! Layout: the magic line, the format version (u32, little-endian), then the
//! [`KnowledgeBase`] in bincode. The verb dictionary and the morphology are not in the
//! image (they are parsed again from their text, which is fast); the word table compiled
//! from them is, so an image is only valid with the verb tables it was built with: it
//! records their fingerprint and [`KnowledgeBase::from_image`] checks it.
//!
//! Invariant: `from_image(to_image(kb))` answers every lookup as `kb` does. Hash maps are
//! rebuilt with their exact size (`exact.rs`), so their iteration order may differ;
//! nothing in the knowledge base depends on it.

use serde::{Deserialize, Serialize};

use crate::error::KbError;
use crate::kb::KnowledgeBase;
use crate::verbs::VerbDictionary;

const MAGIC: &[u8; 12] = b"dragoman-kb\n";
/// Raised whenever the layout of the knowledge base's types changes.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Header {
    language: String,
    /// Fingerprint of the verb tables the word table was compiled with.
    verbs: u64,
}

impl KnowledgeBase {
    /// The knowledge base as an image; `verb_sources` are the texts of the verb tables it
    /// was compiled with (their fingerprint goes into the image).
    pub fn to_image(&self, verb_sources: &[&str]) -> Result<Vec<u8>, KbError> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&VERSION.to_le_bytes());
        let header = Header {
            language: self.language.to_string(),
            verbs: fingerprint(verb_sources),
        };
        bincode::serialize_into(&mut out, &header).map_err(image_error)?;
        bincode::serialize_into(&mut out, self).map_err(image_error)?;
        Ok(out)
    }

    /// Reads an image written by [`KnowledgeBase::to_image`], with the verb dictionary
    /// parsed from `verb_sources` (the same texts, or the image is refused as stale).
    pub fn from_image(
        bytes: &[u8],
        verb_sources: &[&str],
        verbs: impl FnOnce() -> Result<VerbDictionary, KbError>,
    ) -> Result<KnowledgeBase, KbError> {
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
        let header: Header = bincode::deserialize_from(&mut reader).map_err(image_error)?;
        if header.verbs != fingerprint(verb_sources) {
            return Err(KbError::Image("built with other verb tables; rebuild the image".into()));
        }
        let mut kb: KnowledgeBase = bincode::deserialize_from(&mut reader).map_err(image_error)?;
        kb.language = static_language(&header.language);
        kb.verbs = verbs()?;
        Ok(kb)
    }
}

fn image_error(e: bincode::Error) -> KbError {
    KbError::Image(e.to_string())
}

/// FNV-1a over the texts (stable across builds and platforms, unlike `Hash`).
fn fingerprint(texts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in texts {
        for b in t.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Language codes are `&'static str` in the knowledge base; the known ones need no leak.
fn static_language(code: &str) -> &'static str {
    match code {
        "en" => "en",
        "es" => "es",
        other => Box::leak(other.to_string().into_boxed_str()),
    }
}
