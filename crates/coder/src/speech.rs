//! Quotations and who said them.
//!
//! Scraped and translated text garbles quote marks ("… in Washington, “Lavrov said"), so
//! marks are paired in order of appearance, whatever their direction, within a paragraph;
//! a quotation is attributed to the actor of a speech verb right after its closing mark
//! ("…,” Lavrov said", "…,” said Lavrov") or right before its opening one ("Lavrov said:
//! “…”"). A quotation left open at its paragraph's end (news style when it runs on into
//! the next paragraph) and attributed before its opening mark ends with the paragraph.

use crate::doc::{Analysis, Frame, PhraseKind, Quote};
use crate::frames::Frames;
use crate::lexicon::Lang;

fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”" | "«" | "»" | "„")
}

/// Finds quotations and their speakers (needs actor phrases).
pub fn find_quotes(a: &Analysis, frames: &Frames) -> Vec<Quote> {
    let marks: Vec<usize> = (0..a.tokens().len())
        .filter(|&i| a.is_punct(i) && is_quote_mark(a.text(i)))
        .collect();
    let mut quotes = Vec::new();
    let mut k = 0;
    while k < marks.len() {
        let open = marks[k];
        // A quotation never spans a paragraph break. One left open at the end of its
        // paragraph (news style when the quotation runs on into the next) and
        // attributed before its opening mark quotes to the paragraph's end.
        let Some(close) = marks
            .get(k + 1)
            .copied()
            .filter(|&close| !(open + 1..=close).any(|t| opens_paragraph(a, t)))
        else {
            if let Some((speaker, verb)) = attribution_before(a, frames, open) {
                let end = (open + 1..a.tokens().len())
                    .find(|&t| opens_paragraph(a, t))
                    .unwrap_or(a.tokens().len());
                quotes.push(Quote {
                    start: open as u32 + 1,
                    end: end as u32,
                    speaker: Some(speaker),
                    verb: Some(verb),
                    closed: false,
                });
            }
            k += 1;
            continue;
        };
        let (speaker, verb) = attribution_after(a, frames, close)
            .or_else(|| attribution_before(a, frames, open))
            .map_or((None, None), |(s, v)| (Some(s), Some(v)));
        quotes.push(Quote {
            start: open as u32 + 1,
            end: close as u32,
            speaker,
            verb,
            closed: true,
        });
        k += 2;
    }
    quotes
}

/// Does token `t` come right after a paragraph break or a line break?
fn opens_paragraph(a: &Analysis, t: usize) -> bool {
    let shape = a.tokens()[t].shape;
    shape.has(dragoman_text::Shape::PARAGRAPH_BEFORE) || shape.has(dragoman_text::Shape::NEWLINE_BEFORE)
}

/// Is token `i` a speech verb, used as a verb where a parse tags it ("in the state" is
/// no statement; Spanish has no tagger)?
fn is_speech_verb(a: &Analysis, frames: &Frames, i: usize) -> bool {
    !a.is_punct(i)
        && frames.frame(a.word(i)) == Some(Frame::Speech)
        && (a.lang() != Lang::En || crate::grammar::Grammar::get().verb_tags.has(a.dep(i).tag))
}

fn phrase_at(a: &Analysis, token: usize) -> Option<u32> {
    let p = a.actor_at(token)?;
    let ph = &a.actors()[p];
    (ph.is_actor() || matches!(ph.kind, PhraseKind::Pronoun(_))).then_some(p as u32)
}

/// `…,” Lavrov said` or `…,” said Lavrov` or `…,” he said`.
fn attribution_after(a: &Analysis, frames: &Frames, close: usize) -> Option<(u32, u32)> {
    let mut i = close + 1;
    if i < a.tokens().len() && a.text(i) == "," {
        i += 1;
    }
    let limit = (i + 8).min(a.tokens().len());
    // speaker then verb
    if let Some(p) = phrase_at(a, i) {
        let after = a.actors()[p as usize].end as usize;
        for v in after..(after + 3).min(limit) {
            if is_speech_verb(a, frames, v) {
                return Some((p, v as u32));
            }
        }
    }
    // verb then speaker
    if i < limit && is_speech_verb(a, frames, i) {
        if let Some(p) = phrase_at(a, i + 1) {
            return Some((p, i as u32));
        }
    }
    None
}

/// `Lavrov said: “…”`.
fn attribution_before(a: &Analysis, frames: &Frames, open: usize) -> Option<(u32, u32)> {
    let mut v = open.checked_sub(1)?;
    if matches!(a.text(v), ":" | ",") {
        v = v.checked_sub(1)?;
    }
    // allow a time word between: "Lavrov said on Monday: “…”"
    for back in 0..4 {
        let verb = v.checked_sub(back)?;
        if is_speech_verb(a, frames, verb) {
            let before = verb.checked_sub(1)?;
            let p = phrase_at(a, before).or_else(|| phrase_at(a, verb + 1))?;
            return Some((p, verb as u32));
        }
    }
    None
}
