//! The document object that flows through the coder: the repaired text, its tokens and
//! their lexical tags, and every annotation the stages add. All token indices are into
//! `tokens`; all byte offsets are into the repaired text until converted with
//! [`Analysis::original_span`].

use chrono::NaiveDate;
use dragoman_core::{Document, Span};
use dragoman_kb::{KnowledgeBase, WordId};
use dragoman_text::{fold_into, prepare, sentences, tokenize, Casing, Prepared, SentenceSpan, Shape, Token, TokenKind, WordClass, FunctionWords};

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
}

impl<'a> Analysis<'a> {
    /// Repairs, tokenizes, splits and tags a document.
    pub fn new(doc: &'a Document, kb: &KnowledgeBase) -> Analysis<'a> {
        let prepared = prepare(&doc.text, kb);
        let tokens = tokenize(&prepared.text);
        let sentences = sentences(&prepared.text, &tokens, prepared.casing);
        let mut folded = String::with_capacity(prepared.text.len());
        let words = FunctionWords::get();
        let tags = tokens
            .iter()
            .map(|t| {
                let start = folded.len() as u32;
                fold_into(t.text(&prepared.text), &mut folded);
                let end = folded.len() as u32;
                let f = &folded[start as usize..end as usize];
                let is_word = t.kind != TokenKind::Punct || f == "'s";
                Tag {
                    fold_start: start,
                    fold_end: end,
                    name: kb.word(f),
                    class: if is_word { words.class(f) } else { WordClass::default() },
                    english: is_word && kb.is_english_word(f),
                    verb: t.kind == TokenKind::Word && !kb.verbs.lookup(f).is_empty(),
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

    /// The original-text span of a sentence.
    pub fn sentence_span(&self, s: usize) -> Span {
        let sent = &self.sentences[s];
        self.original_span(sent.first as usize, sent.last as usize)
    }
}
