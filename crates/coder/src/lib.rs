//! dragoman's event coder: from a document to explained CAMEO/PLOVER events.
//!
//! Stages, each adding to one [`Analysis`]:
//! 1. repair, tokens, sentences ([`dragoman_text`]);
//! 2. [`mentions`]: names of the knowledge base, exact or approximate;
//! 3. [`actors`]: actor phrases with CAMEO codes for the publication date;
//! 4. [`time`]: time expressions; [`speech`]: quotations and speakers;
//! 5. [`coref`]: pronouns and "the two countries" resolved;
//! 6. [`events`]: verbs with their clauses and patterns, event nouns, stance in quotes;
//! 7. [`record`]: events as [`dragoman_core::EventRecord`]s, and [`explain`].

pub mod actors;
pub mod analysis;
pub mod annotate;
pub mod coref;
pub mod events;
pub mod explain;
pub mod frames;
pub mod mentions;
pub mod patterns;
pub mod record;
pub mod speech;
pub mod time;

use std::sync::Arc;

use chrono::NaiveDate;
use dragoman_core::{Document, EventRecord};
use dragoman_kb::KnowledgeBase;

pub use analysis::Analysis;
pub use frames::Frames;

/// What the coder does beyond PETRARCH's conventions. All on by default; the
/// `petrarch` preset turns them off to be scored on PETRARCH's own unit tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Code intentions with CAMEO's "express intent" codes ("will meet" -> 036).
    pub intent_codes: bool,
    /// Code event nouns ("the meeting between X and Y").
    pub noun_events: bool,
    /// Code stance in quotations (accusations, praise).
    pub stance_events: bool,
    /// Emit negated events (flagged); PETRARCH drops them.
    pub keep_negated: bool,
    /// Only emit codes the CAMEO ontology defines (off for dictionaries with their own codes).
    pub strict_codes: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            intent_codes: true,
            noun_events: true,
            stance_events: true,
            keep_negated: true,
            strict_codes: true,
        }
    }
}

impl Options {
    /// PETRARCH's behaviour: verbs only, no intent codes, negated events dropped, any code
    /// the dictionaries give.
    pub fn petrarch() -> Options {
        Options {
            intent_codes: false,
            noun_events: false,
            stance_events: false,
            keep_negated: false,
            strict_codes: false,
        }
    }
}

/// Codes documents with a knowledge base. Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Coder {
    kb: Arc<KnowledgeBase>,
    frames: Arc<Frames>,
    /// Date used for documents that carry none (it decides who held which office).
    pub default_date: NaiveDate,
    pub options: Options,
}

impl Coder {
    pub fn new(kb: Arc<KnowledgeBase>) -> Result<Coder, dragoman_core::tsv::TsvError> {
        Ok(Coder {
            kb,
            frames: Arc::new(Frames::builtin()?),
            default_date: chrono::Local::now().date_naive(),
            options: Options::default(),
        })
    }

    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Runs every stage and returns the analysis (for `explain` and the dashboard).
    pub fn analyse<'a>(&self, doc: &'a Document) -> Analysis<'a> {
        let mut a = self.recognize(doc);
        self.code_events(&mut a);
        a
    }

    /// The stages before event coding: repair, mentions, actors, times, quotations and
    /// coreference.
    pub fn recognize<'a>(&self, doc: &'a Document) -> Analysis<'a> {
        let kb = &*self.kb;
        let mut a = Analysis::new(doc, kb);
        let date = doc.published.unwrap_or(self.default_date);
        for s in 0..a.sentences.len() {
            let sent = a.sentences[s];
            let before = a.mentions.len();
            mentions::recognize(&mut a, kb, sent.first as usize, sent.last as usize);
            mentions::disambiguate(&mut a, kb, before, sent.first as usize, sent.last as usize);
            let found = a.mentions[before..].to_vec();
            let phrases = actors::chunk(&a, kb, s, &found, date);
            a.actors.extend(phrases);
            let words: Vec<&str> = (sent.first as usize..sent.last as usize).map(|t| a.word(t)).collect();
            let caps: Vec<bool> = (sent.first as usize..sent.last as usize)
                .map(|t| a.is_capitalized(t))
                .collect();
            let times = time::find(&words, &caps, sent.first);
            a.times.extend(times);
        }
        a.quotes = speech::find_quotes(&a, &self.frames);
        coref::resolve(&mut a);
        a
    }

    fn code_events(&self, a: &mut Analysis) {
        let kb = &*self.kb;
        let date = a.published.unwrap_or(self.default_date);
        let mut ctx = events::Context {
            published: date,
            reference: date,
            options: self.options,
        };
        for s in 0..a.sentences.len() {
            let mut sc = events::SentenceCoder::new(a, kb, &self.frames, s, &ctx);
            sc.run();
            let (found, notes, cues) = (sc.out, sc.notes, sc.cues);
            a.cues.extend(cues.into_iter().map(|(c, sub)| (s, c, sub)));
            // The discourse now speaks of the last day an event was dated to.
            if let Some(d) = found
                .iter()
                .filter_map(|e| e.date)
                .filter(|d| d.0.precision == dragoman_core::DatePrecision::Day)
                .map(|d| d.0.date)
                .next_back()
            {
                ctx.reference = d;
            } else if let Some(d) = self.first_day_in(a, s, &ctx) {
                ctx.reference = d;
            }
            a.events.extend(found);
            a.notes.extend(events::notes(s, notes));
        }
        if !self.options.keep_negated {
            a.events.retain(|e| !e.negated);
        }
        record::dedupe(&mut a.events, date);
    }

    /// A day named in sentence `s` (when no event carried one), to anchor what follows.
    fn first_day_in(&self, a: &Analysis, s: usize, ctx: &events::Context) -> Option<NaiveDate> {
        let sent = a.sentences[s];
        a.times_in(sent.first as usize, sent.last as usize)
            .iter()
            .filter(|t| t.end <= sent.last)
            .filter(|t| !matches!(t.kind, time::TimeKind::Relative { .. }))
            .filter_map(|t| time::resolve(&t.kind, ctx.published, ctx.reference, time::Tense::Past))
            .find(|r| r.precision == dragoman_core::DatePrecision::Day)
            .map(|r| r.date)
    }

    /// The events of a document, as records. Very long documents are coded in pieces
    /// cut at line breaks, so memory stays bounded whatever the input.
    pub fn code(&self, doc: &Document) -> Vec<EventRecord> {
        if doc.text.len() <= PIECE_BYTES {
            let a = self.analyse(doc);
            return record::records(&a, &self.kb);
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
                (start, a.sentences.len() as u32, record::records(&a, &self.kb))
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

/// The main event of a text, for one label per sentence: how classification chooses.
/// Events from the main predication beat those from subordinate clauses and modifiers
/// ("a ban imposed on X"); events with a telling code beat mere statements (CAMEO 01);
/// asserted, reported and intended events beat negated ones; then the earliest.
/// Returns an index into `a.events` (and into the records made from it).
pub fn main_event_index(a: &Analysis) -> Option<usize> {
    a.events
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.negated)
        .min_by_key(|(i, e)| {
            (
                e.subordinate,
                e.code.starts_with("01"),
                e.modality == dragoman_core::Modality::Hypothetical,
                *i,
            )
        })
        .map(|(i, _)| i)
}

/// The record of the main event (see [`main_event_index`]).
pub fn main_event<'r>(a: &Analysis, records: &'r [EventRecord]) -> Option<&'r EventRecord> {
    main_event_index(a).and_then(|i| records.get(i))
}

/// The CAMEO code that best sums up a text: the main event's, unless a verb or noun of
/// the main predication carries a more telling code without having found its actors
/// ("Rabat announced a suspension of air links"), in the same order as
/// [`main_event_index`]; none when nothing in the text carries a code.
pub fn main_code(a: &Analysis) -> Option<String> {
    let event = main_event_index(a).map(|i| &a.events[i]);
    let mut candidates: Vec<(bool, bool, usize, &str)> = a
        .cues
        .iter()
        .enumerate()
        .map(|(i, (_, c, sub))| (*sub, c.starts_with("01"), i + 1000, c.as_str()))
        .collect();
    if let Some(e) = event {
        candidates.push((e.subordinate, e.code.starts_with("01"), 0, e.code.as_str()));
    }
    candidates.into_iter().min().map(|c| c.3.to_string())
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
