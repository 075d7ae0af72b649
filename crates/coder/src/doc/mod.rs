//! The document that flows through the coder and every annotation the stages add to it.
//!
//! Like spaCy's `Doc`: the text layer (repaired text, tokens, their lexical tags, sentences)
//! is made once by [`Analysis::new`]; then each stage reads what earlier stages added and
//! adds its own layer through a narrow method (`add_mentions`, `add_actors`, …). Nothing
//! an earlier stage produced is changed later, with one documented exception: the
//! coreference stage fills pronoun and group phrases with the units they refer to.
//!
//! This module imports nothing from the stages: it only holds data.
//!
//! Invariants: token indices index `tokens`; byte offsets index the repaired text until
//! converted with [`Analysis::original_span`]; mentions, actor phrases, time expressions
//! and quotations are stored in text order (the range helpers binary-search them).

mod annotations;

use chrono::NaiveDate;
use dragoman_core::{Document, Span};
use dragoman_kb::KnowledgeBase;
use dragoman_text::{
    fold_into, prepare, sentences, tokenize, Casing, Prepared, SentenceSpan, Shape, Token, TokenKind, WordClass,
};
use smallvec::SmallVec;

pub use annotations::*;

use crate::lexicon::Lang;
use crate::time::TimeExpr;

// ----------------------------------------------------------------------------------
// The document

pub struct Analysis<'a> {
    doc: &'a Document,
    /// The language of the knowledge base the analysis was made with.
    lang: Lang,
    published: Option<NaiveDate>,
    prepared: Prepared,
    tokens: Vec<Token>,
    tags: Vec<Tag>,
    folded: String,
    sentences: Vec<SentenceSpan>,
    /// Per token, its tag, head and label (empty until the syntax layer is added).
    deps: Vec<Dep>,
    /// Children of every token in text order: `children[child_start[i]..child_start[i + 1]]`.
    children: Vec<u32>,
    child_start: Vec<u32>,
    mentions: Vec<Mention>,
    actors: Vec<ActorPhrase>,
    times: Vec<TimeExpr>,
    quotes: Vec<Quote>,
    events: Vec<CodedEvent>,
    notes: Vec<Note>,
    cues: Vec<Cue>,
    judgements: Vec<Judgement>,
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
            lang: Lang::from_code(kb.language).unwrap_or_default(),
            published: doc.published,
            prepared,
            tokens,
            tags,
            folded,
            sentences,
            deps: Vec::new(),
            children: Vec::new(),
            child_start: Vec::new(),
            mentions: Vec::new(),
            actors: Vec::new(),
            times: Vec::new(),
            quotes: Vec::new(),
            events: Vec::new(),
            notes: Vec::new(),
            cues: Vec::new(),
            judgements: Vec::new(),
        }
    }

    // -- the text layer ------------------------------------------------------------

    pub fn doc(&self) -> &'a Document {
        self.doc
    }

    /// The language this analysis reads the text as.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The publication date: the document's, else the coder's default (`--date`).
    pub fn published(&self) -> Option<NaiveDate> {
        self.published
    }

    /// Gives an undated document the coder's default publication date.
    pub(crate) fn assume_published(&mut self, date: NaiveDate) {
        self.published.get_or_insert(date);
    }

    pub fn prepared(&self) -> &Prepared {
        &self.prepared
    }

    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    pub fn tags(&self) -> &[Tag] {
        &self.tags
    }

    pub fn sentences(&self) -> &[SentenceSpan] {
        &self.sentences
    }

    /// The folded form of token `i`.
    pub fn word(&self, i: usize) -> &str {
        let t = &self.tags[i];
        &self.folded[t.fold_start as usize..t.fold_end as usize]
    }

    /// The folded words of tokens `first..last`.
    pub fn words(&self, first: usize, last: usize) -> Vec<&str> {
        (first..last).map(|t| self.word(t)).collect()
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

    /// A capitalized word that could be part of a name.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
            && self.is_capitalized(i)
            && self.tags[i].class.is_empty()
            && !self.tags[i].class.has(WordClass::PRON)
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

    // -- layers, read --------------------------------------------------------------

    /// The token's tag, head and label (the syntax layer must have been added).
    pub fn dep(&self, i: usize) -> Dep {
        self.deps[i]
    }

    pub fn has_syntax(&self) -> bool {
        !self.deps.is_empty()
    }

    /// The token's head, `None` for a sentence's root.
    pub fn head(&self, i: usize) -> Option<usize> {
        let h = self.deps[i].head;
        (h != NO_HEAD).then_some(h as usize)
    }

    /// The token's dependents, in text order.
    pub fn children(&self, i: usize) -> &[u32] {
        &self.children[self.child_start[i] as usize..self.child_start[i + 1] as usize]
    }

    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    pub fn actors(&self) -> &[ActorPhrase] {
        &self.actors
    }

    pub fn times(&self) -> &[TimeExpr] {
        &self.times
    }

    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    pub fn events(&self) -> &[CodedEvent] {
        &self.events
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// The learned layer's judgement of sentence `s`, if it judged it.
    pub fn judgement(&self, s: usize) -> Option<&Judgement> {
        let k = self.judgements.partition_point(|j| j.sentence < s);
        self.judgements.get(k).filter(|j| j.sentence == s)
    }

    pub fn judgements(&self) -> &[Judgement] {
        &self.judgements
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

    /// The head of actor phrase `p`: its token whose head in the parse lies outside it
    /// (the first such token; `None` only for an empty phrase).
    pub fn phrase_head(&self, p: &ActorPhrase) -> Option<usize> {
        let (start, end) = (p.start as usize, p.end as usize);
        (start..end).find(|&t| self.head(t).is_none_or(|h| h < start || h >= end))
    }

    // -- layers, added by the stages -----------------------------------------------

    /// The dependency trees of every sentence (one [`Dep`] per token).
    pub fn set_syntax(&mut self, deps: Vec<Dep>) {
        assert_eq!(deps.len(), self.tokens.len(), "one dependency per token");
        let n = deps.len();
        let mut start = vec![0u32; n + 1];
        for d in &deps {
            if d.head != NO_HEAD {
                start[d.head as usize + 1] += 1;
            }
        }
        for i in 1..=n {
            start[i] += start[i - 1];
        }
        let mut fill = start.clone();
        let mut children = vec![0u32; start[n] as usize];
        for (i, d) in deps.iter().enumerate() {
            if d.head != NO_HEAD {
                let h = d.head as usize;
                debug_assert_eq!(self.sentence_of(h), self.sentence_of(i), "heads stay in their sentence");
                children[fill[h] as usize] = i as u32;
                fill[h] += 1;
            }
        }
        self.deps = deps;
        self.children = children;
        self.child_start = start;
    }

    /// Mentions of the next sentence (after those already added).
    pub fn add_mentions(&mut self, found: Vec<Mention>) {
        debug_assert!(is_sorted_by(&found, |m| m.start), "mentions in text order");
        debug_assert!(self
            .mentions
            .last()
            .zip(found.first())
            .is_none_or(|(a, b)| a.end <= b.start));
        self.mentions.extend(found);
    }

    /// Actor phrases of the next sentence.
    pub fn add_actors(&mut self, found: Vec<ActorPhrase>) {
        debug_assert!(is_sorted_by(&found, |p| p.start), "actor phrases in text order");
        debug_assert!(self
            .actors
            .last()
            .zip(found.first())
            .is_none_or(|(a, b)| a.sentence <= b.sentence && a.start <= b.start));
        self.actors.extend(found);
    }

    /// Time expressions of the next sentence.
    pub fn add_times(&mut self, found: Vec<TimeExpr>) {
        debug_assert!(is_sorted_by(&found, |t| t.start), "time expressions in text order");
        debug_assert!(self
            .times
            .last()
            .zip(found.first())
            .is_none_or(|(a, b)| a.start <= b.start));
        self.times.extend(found);
    }

    pub fn set_quotes(&mut self, quotes: Vec<Quote>) {
        debug_assert!(is_sorted_by(&quotes, |q| q.start), "quotations in text order");
        self.quotes = quotes;
    }

    /// Coreference: phrase `i` refers to `antecedent` (when known) and stands for `units`.
    pub fn refer(&mut self, i: usize, antecedent: Option<usize>, units: SmallVec<[ActorUnit; 2]>) {
        let p = &mut self.actors[i];
        if antecedent.is_some() {
            p.antecedent = antecedent.map(|j| j as u32);
        }
        p.units = units;
    }

    pub fn add_events(&mut self, events: impl IntoIterator<Item = CodedEvent>) {
        self.events.extend(events);
    }

    /// Keeps the events for which `keep` says so (in order).
    pub fn retain_events(&mut self, keep: impl FnMut(&CodedEvent) -> bool) {
        self.events.retain(keep);
    }

    pub fn add_notes(&mut self, notes: impl IntoIterator<Item = Note>) {
        self.notes.extend(notes);
    }

    pub fn add_cues(&mut self, cues: impl IntoIterator<Item = Cue>) {
        self.cues.extend(cues);
    }

    /// Judgements of the learned layer, in sentence order.
    pub fn set_judgements(&mut self, judgements: Vec<Judgement>) {
        debug_assert!(
            is_sorted_by(&judgements, |j| j.sentence),
            "judgements in sentence order"
        );
        self.judgements = judgements;
    }
}

fn is_sorted_by<T, K: PartialOrd>(items: &[T], key: impl Fn(&T) -> K) -> bool {
    items.windows(2).all(|w| key(&w[0]) <= key(&w[1]))
}

impl Predicate {
    /// Has the verb a subject of its own (the parser's, not one inherited) that names no
    /// actor ("feared that the violence might spread")? Its act is then no one's, not the
    /// framing verb's subject's.
    pub fn own_subject_names_no_one(&self, a: &Analysis) -> bool {
        self.subject.is_none() && self.subject_token.is_some_and(|t| a.head(t) == Some(self.start))
    }
}
