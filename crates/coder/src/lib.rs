//! dragoman's event coder: from a document to explained CAMEO/PLOVER events.
//!
//! One [`Analysis`] ([`doc`]) flows through the components of a [`pipeline::Pipeline`],
//! each adding a layer:
//! 1. repair, tokens, sentences ([`dragoman_text`], in [`Analysis::new`]);
//! 2. [`mentions`]: names of the knowledge base, exact or approximate;
//! 3. [`actors`]: actor phrases with CAMEO codes for the publication date;
//! 4. [`time`]: time expressions; [`speech`]: quotations and speakers;
//! 5. [`coref`]: pronouns and "the two countries" resolved;
//! 6. [`events`]: per sentence, [`clauses`] (the shallow parse), then verbs, event nouns
//!    and stance in quotes as candidates, framed, dated, placed and emitted;
//! 7. [`record`]: events as [`dragoman_core::EventRecord`]s; [`explain`], [`annotate`].

pub mod actors;
pub mod annotate;
pub mod clauses;
pub mod context;
pub mod coref;
pub mod doc;
pub mod es;
pub mod events;
pub mod explain;
pub mod frames;
pub mod grammar;
pub mod learned;
pub mod lexicon;
pub mod main_event;
pub mod mentions;
pub mod options;
pub mod patterns;
pub mod pipeline;
pub mod record;
pub mod sentence;
pub mod speech;
pub mod time;

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use dragoman_core::{Document, EventRecord};
use dragoman_kb::KnowledgeBase;

pub use doc::Analysis;
pub use frames::Frames;
pub use lexicon::Lang;
pub use main_event::{main_code, main_event, main_event_index};
pub use options::Options;
use pipeline::{Env, Layer, Pipeline};

/// Codes documents with a knowledge base. Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Coder {
    kb: Arc<KnowledgeBase>,
    frames: Arc<Frames>,
    pipeline: Arc<Pipeline>,
    /// The Spanish knowledge base and pipeline, built the first time a Spanish document
    /// comes (about a second), so English-only runs never pay for them. None if the
    /// built-in Spanish tables failed to load (reported once; such documents are then
    /// coded as English).
    spanish: Arc<OnceLock<Option<Side>>>,
    /// The learned layer (the built-in model unless replaced: `dragoman train` and the
    /// cross-validation of `dragoman eval` set their own).
    pub model: Option<Arc<learned::EventModel>>,
    /// Publication date of documents that carry none (`--date`). None leaves them
    /// undated: their relative dates get no calendar date.
    pub default_date: Option<NaiveDate>,
    /// Today, for the office-holders an undated document's titles name.
    pub today: NaiveDate,
    pub options: Options,
}

impl Coder {
    pub fn new(kb: Arc<KnowledgeBase>) -> Result<Coder, dragoman_core::tsv::TsvError> {
        Ok(Coder {
            kb,
            frames: Arc::new(Frames::builtin()?),
            pipeline: Arc::new(Pipeline::standard()),
            spanish: Arc::new(OnceLock::new()),
            model: learned::EventModel::builtin(),
            default_date: None,
            today: chrono::Local::now().date_naive(),
            options: Options::default(),
        })
    }

    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// The languages this coder reads (ISO 639-1).
    pub fn languages(&self) -> &'static [&'static str] {
        &["en", "es"]
    }

    /// The language a document is coded in: its own when the coder reads it, else
    /// English (a text too short to tell is most often English).
    pub fn language_of(&self, doc: &Document) -> Lang {
        doc.lang.as_deref().and_then(Lang::from_code).unwrap_or_default()
    }

    /// The knowledge base, word tables and pipeline for a language.
    fn side(&self, lang: Lang) -> (&KnowledgeBase, &Frames, &Pipeline) {
        if lang == Lang::Es {
            let spanish = self.spanish.get_or_init(|| match Side::spanish() {
                Ok(side) => Some(side),
                Err(e) => {
                    eprintln!(
                        "dragoman: the Spanish tables failed to load ({e}); Spanish documents are coded as English"
                    );
                    None
                }
            });
            if let Some(side) = spanish {
                return (&side.kb, &side.frames, &side.pipeline);
            }
        }
        (&self.kb, &self.frames, &self.pipeline)
    }

    /// The knowledge base an analysis was made with.
    pub fn kb_for(&self, lang: Lang) -> &KnowledgeBase {
        self.side(lang).0
    }

    /// Does this coder read text in `lang` ("en", "en-GB")? Unknown languages are
    /// attempted (None): a text too short to tell is most often English.
    pub fn codes_language(&self, lang: Option<&str>) -> bool {
        let Some(lang) = lang else { return true };
        let base = lang.split(['-', '_']).next().unwrap_or(lang);
        self.languages().iter().any(|l| l.eq_ignore_ascii_case(base))
    }

    fn env<'x>(&'x self, kb: &'x KnowledgeBase, frames: &'x Frames) -> Env<'x> {
        Env {
            kb,
            frames,
            options: self.options,
            default_date: self.default_date,
            today: self.today,
            model: self.model.as_deref(),
        }
    }

    /// Runs every stage and returns the analysis (for `explain` and the dashboard).
    pub fn analyse<'a>(&self, doc: &'a Document) -> Analysis<'a> {
        let (kb, frames, pipeline) = self.side(self.language_of(doc));
        let mut a = Analysis::new(doc, kb);
        pipeline.run(&mut a, &self.env(kb, frames), None);
        a
    }

    /// The account `dragoman explain` prints for an analysis this coder made.
    pub fn explain(&self, a: &Analysis) -> String {
        let model = self
            .model
            .as_deref()
            .filter(|_| self.options.model && a.lang() == Lang::En);
        explain::explain_with_model(a, self.kb_for(a.lang()), model)
    }

    /// The records of an analysis this coder made.
    pub fn records(&self, a: &Analysis) -> Vec<EventRecord> {
        record::records(a, self.kb_for(a.lang()))
    }

    /// The stages before event coding: repair, mentions, actors, times, quotations and
    /// coreference.
    pub fn recognize<'a>(&self, doc: &'a Document) -> Analysis<'a> {
        let (kb, frames, pipeline) = self.side(self.language_of(doc));
        let mut a = Analysis::new(doc, kb);
        pipeline.run(&mut a, &self.env(kb, frames), Some(Layer::Events));
        a
    }

    /// The events of a document, as records. Very long documents are coded in pieces
    /// cut at line breaks, so memory stays bounded whatever the input.
    pub fn code(&self, doc: &Document) -> Vec<EventRecord> {
        if doc.text.len() <= PIECE_BYTES {
            let a = self.analyse(doc);
            return self.records(&a);
        }
        use rayon::prelude::*;
        let coded: Vec<(usize, u32, Vec<EventRecord>)> = pieces(&doc.text, PIECE_BYTES)
            .into_par_iter()
            .map(|(start, end)| {
                let piece = Document {
                    text: doc.text[start..end].to_string(),
                    ..doc.clone()
                };
                let a = self.analyse(&piece);
                (start, a.sentences().len() as u32, self.records(&a))
            })
            .collect();
        let mut out = Vec::new();
        let mut sentences = 0u32;
        for (start, count, records) in coded {
            for mut r in records {
                r.sentence += sentences;
                r.evidence.offset += start as u32;
                r.id = format!("{}#{}", doc.id, out.len());
                out.push(r);
            }
            sentences += count;
        }
        out
    }
}

/// A language's knowledge base, word tables and pipeline.
struct Side {
    kb: Arc<KnowledgeBase>,
    frames: Arc<Frames>,
    pipeline: Arc<Pipeline>,
}

impl Side {
    fn spanish() -> Result<Side, String> {
        let kb = dragoman_kb_image::spanish().map_err(|e| e.to_string())?;
        let mut frames = Frames::for_lang(Lang::Es).map_err(|e| e.to_string())?;
        // The Spanish light-verb table lists lemmas: add their forms.
        if let Some(m) = &kb.morphology {
            for lemma in frames.light_verb_entries() {
                frames.add_light_verb_forms(m.forms_of(&lemma));
            }
        }
        Ok(Side {
            kb: Arc::new(kb),
            frames: Arc::new(frames),
            pipeline: Arc::new(Pipeline::spanish()),
        })
    }
}

/// Longest text coded in one piece.
const PIECE_BYTES: usize = 1 << 20;

/// Cuts `text` into pieces of at most about `max` bytes, at a line break or sentence end
/// when there is one in the last quarter of the piece, else at a space.
fn pieces(text: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + max).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if end < text.len() {
            let window = &text[start + max * 3 / 4..end];
            let base = start + max * 3 / 4;
            let cut = window
                .rfind('\n')
                .or_else(|| window.rfind(". ").map(|p| p + 1))
                .or_else(|| window.rfind(' '));
            if let Some(c) = cut {
                end = base + c + 1;
            }
        }
        out.push((start, end));
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pieces_cover_the_text_at_boundaries() {
        let text = "one two. three four. five six.\nseven eight nine ten.".repeat(50);
        let p = super::pieces(&text, 100);
        assert_eq!(p.first().unwrap().0, 0);
        assert_eq!(p.last().unwrap().1, text.len());
        for w in p.windows(2) {
            assert_eq!(w[0].1, w[1].0);
        }
        assert!(p.iter().all(|(s, e)| e - s <= 100));
    }
}
