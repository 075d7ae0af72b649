//! Event coding for one sentence, as a pipeline over the sentence's layers:
//!
//! 1. [`crate::clauses`] reads the predicates and framing relations (once);
//! 2. [`verbs`] proposes a candidate per predicate from the verb patterns, and
//!    [`framing`] transforms it by what frames it ("offered to mediate" → 039);
//! 3. [`nouns`] proposes candidates from event nouns, [`stance`] from stance words in
//!    quotations;
//! 4. [`attach`] dates and places each candidate;
//! 5. [`emit`] turns a candidate into coded events (one per actor pair).
//!
//! Only this module calls the steps; none of them calls another.

mod attach;
mod context;
mod emit;
mod framing;
mod nouns;
mod senses;
mod stance;
mod verbs;

use dragoman_kb::KnowledgeBase;

use crate::clauses::{self, Syntax};
use crate::doc::{Analysis, Candidate, CodedEvent, Cue, Frame, Note, Predicate};
use crate::frames::Frames;
use crate::lexicon::{Class, Lang};
use crate::sentence::SentenceView;

pub(crate) use attach::dates_its_clause;
pub use context::Context;

/// What one sentence yields.
#[derive(Default)]
pub struct Coded {
    pub events: Vec<CodedEvent>,
    pub notes: Vec<Note>,
    pub cues: Vec<Cue>,
    /// Tokens that a verb pattern already used (so their nouns are not coded again).
    used: Vec<usize>,
}

impl Coded {
    fn note(&mut self, sentence: usize, text: String) {
        self.notes.push(Note {
            sentence,
            text,
            repeat_of: None,
        });
    }

    fn cue(&mut self, sentence: usize, code: String, subordinate: bool) {
        self.cues.push(Cue {
            sentence,
            code,
            subordinate,
        });
    }

    /// Emits a candidate, or notes why it yields nothing.
    fn emit(&mut self, sv: &SentenceView, ctx: &Context, c: Candidate) {
        let (events, notes) = emit::events(sv, ctx, c);
        self.events.extend(events);
        for n in notes {
            self.note(sv.s, n);
        }
    }
}

/// Codes sentence `s` of the analysis.
pub fn code_sentence(a: &Analysis, kb: &KnowledgeBase, frames: &Frames, s: usize, ctx: &Context) -> Coded {
    let sv = SentenceView::new(a, kb, frames, s);
    let mut out = Coded::default();
    if let Some(d) = discarded(&sv) {
        out.note(
            s,
            format!("discarded: the sentence contains \"{d}\" (a discard phrase)"),
        );
        return out;
    }
    let syntax = match a.lang() {
        Lang::En => clauses::analyse(&sv),
        Lang::Es => crate::es::clauses::analyse(&sv),
    };
    let mut deferred = Vec::new();
    for p in &syntax.predicates {
        let framing = clauses::predicate_frame(&sv, p);
        if p.frames_next && framing.is_some_and(|f| f != Frame::Speech) {
            // "urged … to negotiate" is coded through "negotiate"; only if that yields
            // nothing ("urged … to show restraint") is "urged" coded itself.
            deferred.push(p);
            continue;
        }
        code_predicate(&sv, ctx, &syntax, p, &mut out);
    }
    for p in deferred {
        let Some(next) = syntax.predicates.iter().find(|n| n.start > p.start) else {
            continue;
        };
        if !out.events.iter().any(|e| e.trigger.0 as usize == next.start) {
            code_predicate(&sv, ctx, &syntax, p, &mut out);
        }
    }
    if ctx.options.noun_events {
        code_nouns(&sv, ctx, &syntax, &mut out);
    }
    if ctx.options.stance_events {
        for st in stance::candidates(&sv) {
            let c = attach::stance(&sv, ctx, st.candidate, st.verb);
            out.emit(&sv, ctx, c);
        }
    }
    attach::date_relative_clauses(&sv, &mut out.events);
    if out.events.is_empty() && out.notes.is_empty() {
        if syntax.predicates.is_empty() {
            out.note(s, "no verb of the dictionaries and no event noun".into());
        }
        if sv.phrases.iter().all(|&p| !a.actors()[p].is_actor()) {
            out.note(s, "no actor recognised".into());
        }
    }
    out
}

/// A verb: its candidate, framed, dated, placed and emitted.
fn code_predicate(sv: &SentenceView, ctx: &Context, syntax: &Syntax, p: &Predicate, out: &mut Coded) {
    let embedded = syntax.embedding_of(p.start);
    let reading = verbs::read(sv, p, embedded);
    out.used.extend(reading.used);
    let Some(candidate) = reading.candidate else {
        if let Some(note) = reading.note {
            out.note(sv.s, note);
        }
        return;
    };
    if crate::clauses::states_what_is_so(sv, p.start) {
        out.note(
            sv.s,
            format!("\"{}\": says what is so, proposes or agrees to no act", reading.text),
        );
        return;
    }
    let c = framing::apply(sv, ctx, candidate, p, embedded);
    let c = framing::wanted_of_another(sv, c, p);
    let mut c = framing::demanded_in_words(sv, c, p);
    c.subordinate = p.subordinate && embedded.is_none();
    if let Some(code) = c.forward.clone().or(c.reverse.clone()) {
        if !c.negated {
            out.cue(sv.s, code, c.subordinate);
        }
    }
    let standalone = c.agentless
        && c.forward
            .as_deref()
            .is_some_and(|f| sv.frames.stands_alone(f) || (c.hidden_agent && sv.frames.stands_without_hidden_agent(f)));
    if c.source.is_none() && !standalone {
        let why = reading
            .note
            .unwrap_or_else(|| format!("\"{}\" ({}): no actor found as its subject", reading.text, c.rule));
        out.note(sv.s, why);
        return;
    }
    c.rule = format!("verb: {}", c.rule);
    let c = attach::verb(sv, ctx, c, p);
    out.emit(sv, ctx, c);
}

/// Event nouns not already used by a verb pattern.
fn code_nouns(sv: &SentenceView, ctx: &Context, syntax: &Syntax, out: &mut Coded) {
    let mut i = sv.first();
    while i < sv.last() {
        let Some((n, len)) = sv.noun_at(i) else {
            i += 1;
            continue;
        };
        if out.used.contains(&i) || sv.in_name(i) || modifies_next_noun(sv, i + len - 1) {
            i += len;
            continue;
        }
        // A noun that is the subject of a verb with no event of its own ("clashes broke
        // out", "the protest continued") is the clause's event.
        let g = crate::grammar::Grammar::get();
        // A word the parser reads as a verb ("will attack") is no noun: its verb reading
        // codes it. Nor is one English also has as an adjective, read as one ("offensive
        // players", "the remark was offensive"); a word the tagger merely does not know
        // before a noun ("the bandh call") stays a noun. What it names still counts as a
        // cue of the sentence's class.
        let last = i + len - 1;
        let tag = sv.a.dep(last).tag;
        let read_as_verb =
            g.verb_not_noun.has(tag) || (g.adjective_tags.has(tag) && sv.lex.is(sv.a.word(last), Class::AlsoAdjective));
        let subject_of_eventless_verb = sv.a.head(i + len - 1).is_some_and(|h| {
            let label = sv.a.dep(i + len - 1).label;
            (g.subject.has(label) || g.passive_subject.has(label))
                && !out.events.iter().any(|e| e.trigger.0 as usize == h)
        });
        let mut reading = nouns::read(sv, i, i + len, n, &syntax.embeddings);
        if subject_of_eventless_verb {
            if let Ok(c) = reading.candidate.as_mut() {
                c.subordinate = false;
            }
        }
        if let Some((code, subordinate)) = reading.cue {
            out.cue(sv.s, code, subordinate);
        }
        match reading.candidate {
            Ok(_) if read_as_verb => out.note(
                sv.s,
                format!("\"{}\" is read as a verb or adjective here", sv.a.text(i)),
            ),
            Ok(c) => {
                let c = attach::noun(sv, ctx, c, &reading.context);
                out.emit(sv, ctx, c);
            }
            Err(note) => out.note(sv.s, note),
        }
        i += len;
    }
}

/// A noun that modifies the noun after it names a kind of thing, not an event: "detention
/// centres", "protest leaders", "riot police" — unless that noun is a kind of event
/// itself ("a protest march", "a bombing campaign"). So does the first part of a
/// hyphenated modifier: "riot-hit areas", "protest-related arrests".
fn modifies_next_noun(sv: &SentenceView, last: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    sv.opens_hyphenated_word(last)
        || g.compound.has(sv.a.dep(last).label)
            && sv
                .a
                .head(last)
                .is_some_and(|h| h > last && !sv.lex.is(sv.a.word(h), crate::lexicon::Class::EventHead))
}

fn discarded(sv: &SentenceView) -> Option<String> {
    let words = sv.a.words(sv.first(), sv.last());
    sv.kb
        .discards
        .iter()
        .find(|(phrase, _)| {
            words
                .windows(phrase.len())
                .any(|w| w.iter().zip(phrase).all(|(a, b)| *a == b.as_str()))
        })
        .map(|(p, _)| p.join(" "))
}
