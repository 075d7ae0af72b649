//! The document object that flows through the coder: the repaired text, its tokens and
//! their lexical tags, and every annotation the stages add. All token indices are into
//! `tokens`; all byte offsets are into the repaired text until converted with
//! [`Analysis::original_span`].

use chrono::NaiveDate;
use dragoman_core::{Document, Span};
use dragoman_kb::{KnowledgeBase, WordId};
use dragoman_text::{
    fold_into, prepare, sentences, tokenize, Casing, Prepared, SentenceSpan, Shape, Token, TokenKind, WordClass,
};

use crate::actors::ActorPhrase;
use crate::events::CodedEvent;
use crate::mentions::Mention;
use crate::speech::Quote;
use crate::time::TimeExpr;

/// Lexical facts about one token.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tag {
    /// Folded form: `folded[start..end]` of the analysis buffer.
    pub fold_start: u32,
    pub fold_end: u32,
    /// Id in the knowledge base's name index (None: no name uses this word).
    pub name: Option<WordId>,
    pub class: WordClass,
    pub english: bool,
    /// The verb dictionary has this form.
    pub verb: bool,
    /// Id of the word (or its singular) among the verb patterns' words.
    pub pattern_word: Option<u32>,
}

/// Why a sentence yielded no event, for `explain`.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub sentence: usize,
    pub text: String,
}

pub struct Analysis<'a> {
    pub doc: &'a Document,
    pub published: Option<NaiveDate>,
    pub prepared: Prepared,
    pub tokens: Vec<Token>,
    pub tags: Vec<Tag>,
    folded: String,
    pub sentences: Vec<SentenceSpan>,
    pub mentions: Vec<Mention>,
    pub actors: Vec<ActorPhrase>,
    pub times: Vec<TimeExpr>,
    pub quotes: Vec<Quote>,
    pub events: Vec<CodedEvent>,
    pub notes: Vec<Note>,
    /// Per sentence, the codes its verbs and nouns carry even without actors, and whether
    /// they come from a subordinate clause (see `SentenceCoder::cues`).
    pub cues: Vec<(usize, String, bool)>,
}

impl<'a> Analysis<'a> {
    /// Repairs, tokenizes, splits and tags a document.
    pub fn new(doc: &'a Document, kb: &KnowledgeBase) -> Analysis<'a> {
        let mut prepared = prepare(&doc.text, kb);
        let tokens = prepared.tokens.take().unwrap_or_else(|| tokenize(&prepared.text));
        let sentences = sentences(&prepared.text, &tokens, prepared.casing);
        let mut folded = String::with_capacity(prepared.text.len());
        let tags = tokens
            .iter()
            .map(|t| {
                let start = folded.len() as u32;
                fold_into(t.text(&prepared.text), &mut folded);
                let end = folded.len() as u32;
                let f = &folded[start as usize..end as usize];
                let is_word = t.kind != TokenKind::Punct || f == "'s";
                // One lookup gives the name id, lexicon, verb, pattern and class facts.
                let lex = kb.lexeme(f);
                Tag {
                    fold_start: start,
                    fold_end: end,
                    name: lex.name,
                    class: if is_word { lex.class } else { WordClass::default() },
                    english: is_word && lex.english,
                    verb: t.kind == TokenKind::Word && lex.verb,
                    pattern_word: if is_word { lex.pattern } else { None },
                }
            })
            .collect();
        Analysis {
            doc,
            published: doc.published,
            prepared,
            tokens,
            tags,
            folded,
            sentences,
            mentions: Vec::new(),
            actors: Vec::new(),
            times: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
            notes: Vec::new(),
            cues: Vec::new(),
        }
    }

    /// The folded form of token `i`.
    pub fn word(&self, i: usize) -> &str {
        let t = &self.tags[i];
        &self.folded[t.fold_start as usize..t.fold_end as usize]
    }

    /// The token's text in the repaired text.
    pub fn text(&self, i: usize) -> &str {
        self.tokens[i].text(&self.prepared.text)
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens[i].shape.has(Shape::CAPITALIZED)
    }

    pub fn is_all_caps(&self, i: usize) -> bool {
        self.tokens[i].shape.has(Shape::ALL_CAPS)
    }

    pub fn casing(&self) -> Casing {
        self.prepared.casing
    }

    pub fn has_class(&self, i: usize, class: WordClass) -> bool {
        self.tags[i].class.has(class)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Punct
    }

    /// Repaired-text byte range of tokens `start..end`.
    pub fn token_span(&self, start: usize, end: usize) -> Span {
        let s = self.tokens[start].start as usize;
        let e = self.tokens[end.max(start + 1) - 1].end as usize;
        Span::new(s, e)
    }

    /// The original-text span of tokens `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> Span {
        let s = self.token_span(start, end);
        let r = self.prepared.map.range(s.range());
        Span::new(r.start, r.end)
    }

    /// The original text of tokens `start..end`.
    pub fn original_text(&self, start: usize, end: usize) -> &'a str {
        self.original_span(start, end).slice(&self.doc.text)
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| (s.last as usize) <= i)
    }

    /// Indices of the actor phrases of sentence `s` (phrases are stored in text order).
    pub fn actors_in(&self, s: usize) -> std::ops::Range<usize> {
        let lo = self.actors.partition_point(|p| (p.sentence as usize) < s);
        let hi = self.actors.partition_point(|p| (p.sentence as usize) <= s);
        lo..hi
    }

    /// The time expressions within tokens `first..last` (stored in text order).
    pub fn times_in(&self, first: usize, last: usize) -> &[TimeExpr] {
        let lo = self.times.partition_point(|t| (t.start as usize) < first);
        let hi = self.times.partition_point(|t| (t.start as usize) < last);
        &self.times[lo..hi.max(lo)]
    }

    /// The actor phrase covering token `i`, if any.
    pub fn actor_at(&self, i: usize) -> Option<usize> {
        let k = self.actors.partition_point(|p| (p.start as usize) <= i);
        (k > 0 && i < self.actors[k - 1].end as usize).then(|| k - 1)
    }

    /// The original-text span of a sentence.
    pub fn sentence_span(&self, s: usize) -> Span {
        let sent = &self.sentences[s];
        self.original_span(sent.first as usize, sent.last as usize)
    }
}
