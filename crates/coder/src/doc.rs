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

use chrono::NaiveDate;
use dragoman_core::{Document, Modality, Span};
use dragoman_kb::verbs::Tense as VerbTense;
use dragoman_kb::{AliasRef, EntityId, EntityKind, KnowledgeBase, VerbForm, WordId};
use dragoman_text::{
    fold_into, prepare, sentences, tokenize, Casing, Prepared, SentenceSpan, Shape, Token, TokenKind, WordClass,
};
use smallvec::SmallVec;

use crate::time::{Resolved, Tense, TimeExpr};

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

/// A token's place in its sentence's dependency tree ([`dragoman_syntax`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Dep {
    /// Penn tag id of the syntax model.
    pub tag: u8,
    /// The head token (a document index), [`NO_HEAD`] for a sentence's root.
    pub head: u32,
    /// Dependency label id of the syntax model.
    pub label: u8,
}

pub const NO_HEAD: u32 = u32::MAX;

// ----------------------------------------------------------------------------------
// Mentions

/// How a mention was matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchHow {
    Exact,
    /// Equal up to transliteration (Zelenski / Zelenskyy).
    Variant,
    /// Within an edit or two of a multi-word name (Xi Jingping).
    Fuzzy,
    /// A surname of a person named in full earlier in the document.
    Surname,
}

impl MatchHow {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchHow::Exact => "exact",
            MatchHow::Variant => "spelling variant",
            MatchHow::Fuzzy => "close misspelling",
            MatchHow::Surname => "surname of an earlier full name",
        }
    }
}

/// A name found in the text: tokens `start..end` and the entities it may denote.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: u32,
    pub end: u32,
    pub readings: SmallVec<[AliasRef; 2]>,
    pub how: MatchHow,
}

impl Mention {
    pub fn has_kind(&self, kb: &KnowledgeBase, kind: EntityKind) -> bool {
        self.readings.iter().any(|r| kb.entity(r.entity).kind == kind)
    }

    pub fn reading(&self, kb: &KnowledgeBase, kind: EntityKind) -> Option<AliasRef> {
        self.readings.iter().copied().find(|r| kb.entity(r.entity).kind == kind)
    }
}

// ----------------------------------------------------------------------------------
// Actors

/// One actor: a CAMEO code and what it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorUnit {
    pub code: String,
    pub country: Option<String>,
    pub entity: Option<EntityId>,
    pub name: Option<String>,
    /// Tokens that name this actor.
    pub start: u32,
    pub end: u32,
    /// How the code was chosen, for explanations.
    pub how: String,
    pub kind: Option<EntityKind>,
    /// An office-holder or person: "he" and "she" can refer to it.
    pub personal: bool,
    /// The text does not state this actor or its country; context implies it.
    pub inferred: bool,
}

impl ActorUnit {
    /// The role block of the code (`GOV` of `RUSGOV`), if any.
    pub fn sector(&self) -> Option<&str> {
        (self.code.len() >= 6 && self.country.is_some()).then(|| &self.code[3..6])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she, him
    Person,
    /// they, them
    Plural,
    /// it
    Thing,
    /// we, us, I, me, our: the speaker inside a quote
    First,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    Named,
    Pronoun(Pronoun),
    /// "the two countries", "both leaders": `count` earlier actors of a kind.
    Group {
        count: u8,
        people: bool,
        countries: bool,
    },
    /// A nationality modifying a noun that is not a role ("the Russian invasion"): not an
    /// actor itself, but the agent of a noun event.
    Modifier,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActorPhrase {
    pub start: u32,
    pub end: u32,
    pub sentence: u32,
    pub units: SmallVec<[ActorUnit; 2]>,
    pub kind: PhraseKind,
    /// A news agency: the source of a report, not an actor.
    pub media: bool,
    /// The place this phrase names, when it is a city, capital or country.
    pub place: Option<EntityId>,
    /// Resolved to this earlier phrase (index in [`Analysis::actors`]).
    pub antecedent: Option<u32>,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// "our diplomats", "my government": a role of the speaker's own side.
    pub speakers_own: bool,
}

impl ActorPhrase {
    pub fn is_actor(&self) -> bool {
        !self.media && self.kind != PhraseKind::Modifier && !self.units.is_empty()
    }

    pub fn is_personal(&self) -> bool {
        self.units.len() == 1 && self.units[0].personal
    }
}

// ----------------------------------------------------------------------------------
// Quotations

/// A quotation: tokens `start..end` (inside the marks) and who said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub start: u32,
    pub end: u32,
    /// Index in [`Analysis::actors`] of the speaker's phrase.
    pub speaker: Option<u32>,
    /// The speech verb's token.
    pub verb: Option<u32>,
}

/// The quotation holding token `i`, if any (quotations are in text order and disjoint).
pub fn quote_at(quotes: &[Quote], i: usize) -> Option<&Quote> {
    let k = quotes.partition_point(|q| (q.start as usize) <= i);
    quotes[..k].last().filter(|q| i < q.end as usize)
}

// ----------------------------------------------------------------------------------
// Clauses: the shallow parse

/// A token range of a sentence that holds one predication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
}

/// A verb used as a verb (not as a noun: "the meeting") and what its clause says of it.
#[derive(Clone, Debug)]
pub struct Predicate {
    pub start: usize,
    pub end: usize,
    /// Every reading of the verb in the dictionaries (a multi-word verb: the longest).
    pub forms: Vec<VerbForm>,
    pub tense: VerbTense,
    pub clause: Clause,
    /// Actor phrase indices (into [`Analysis::actors`]).
    pub subject: Option<usize>,
    /// The token that stands as subject, whether or not it names an actor.
    pub subject_token: Option<usize>,
    pub object: Option<usize>,
    /// The "by …" agent of a passive.
    pub agent: Option<usize>,
    pub passive: bool,
    pub negated: bool,
    pub modality: Modality,
    /// The clause's tense, for dating.
    pub time_tense: Tense,
    /// In a relative or adverbial clause, or a modifier, not the main predication.
    pub subordinate: bool,
    /// A framing verb followed by "to" and another verb ("offered to mediate").
    pub frames_next: bool,
}

/// How a framing verb shapes the event of the verb it embeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Frame {
    Speech,
    Intent,
    Appeal,
    Demand,
    Reject,
    Threaten,
    Negate,
}

impl Frame {
    pub fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "speech" => Frame::Speech,
            "intent" => Frame::Intent,
            "appeal" => Frame::Appeal,
            "demand" => Frame::Demand,
            "reject" => Frame::Reject,
            "threaten" => Frame::Threaten,
            "negate" => Frame::Negate,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Frame::Speech => "speech",
            Frame::Intent => "intent",
            Frame::Appeal => "appeal",
            Frame::Demand => "demand",
            Frame::Reject => "reject",
            Frame::Threaten => "threaten",
            Frame::Negate => "negate",
        }
    }
}

/// What frames an embedded verb: a verb ("urged X to"), or an adjective ("ready to").
#[derive(Clone, Debug)]
pub struct Embedding {
    pub frame: Frame,
    pub subject: Option<usize>,
    pub object: Option<usize>,
    /// The framing word's token.
    pub verb: usize,
    /// The framing word is itself negated ("did not agree to meet").
    pub negated: bool,
    /// The embedded verb's first token.
    pub embedded: usize,
}

// ----------------------------------------------------------------------------------
// Events

/// Where an event happened: tokens `start..end` of the text, and the knowledge base's
/// place when the name is one (an unknown name after "in", "at", "near" has none, and may
/// carry the document's country, inferred).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub entity: Option<EntityId>,
    pub start: u32,
    pub end: u32,
    pub inferred_country: Option<String>,
}

/// An event as the coder found it, with token positions; turned into an
/// [`dragoman_core::EventRecord`] at the end.
#[derive(Clone, Debug)]
pub struct CodedEvent {
    pub sentence: u32,
    /// None when the text names no agent ("two people were killed").
    pub source: Option<ActorUnit>,
    pub target: Option<ActorUnit>,
    pub code: String,
    /// Tokens of the verb or noun.
    pub trigger: (u32, u32),
    pub rule: String,
    pub negated: bool,
    pub modality: Modality,
    pub attributed_to: Option<ActorUnit>,
    pub date: Option<(Resolved, u32, u32)>,
    /// The text gives no date and the publication date would mislead: a reference to an
    /// event told elsewhere ("the riots", "such killings").
    pub undated: bool,
    pub place: Option<Place>,
    pub confidence: f32,
    /// Why these actors: "subject of 'met'", "object of 'with'", ...
    pub why: String,
    /// Read from a subordinate clause or a modifier ("a ban imposed on X", "after
    /// meeting Y"), not from the sentence's main predication.
    pub subordinate: bool,
}

/// An event a verb, noun or stance word proposes, before dates, places and actors' units
/// are attached and it is emitted as [`CodedEvent`]s.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Tokens of the verb or noun.
    pub trigger: (usize, usize),
    /// Actor phrase indices (into [`Analysis::actors`]).
    pub source: Option<usize>,
    pub target: Option<usize>,
    /// The code from source to target, and the one from target to source, if any.
    pub forward: Option<String>,
    pub reverse: Option<String>,
    pub rule: String,
    pub negated: bool,
    pub modality: Modality,
    pub subordinate: bool,
    pub confidence: f32,
    pub why_source: String,
    pub why_target: String,
    pub date: Option<(Resolved, u32, u32)>,
    /// See [`CodedEvent::undated`].
    pub undated: bool,
    pub place: Option<Place>,
    /// What the grammar allows a missing actor to mean: the text leaves the agent out (a
    /// passive without "by", an event noun), or the verb takes no object at all (so "X
    /// protested" is whole without a target).
    pub agentless: bool,
    pub intransitive: bool,
}

/// What the learned layer says of one sentence: the probability of each class of main
/// event (see `crate::learned::CLASSES`).
#[derive(Clone, Debug, PartialEq)]
pub struct Judgement {
    pub sentence: usize,
    pub probs: Vec<f32>,
    /// The most likely class.
    pub class: usize,
}

impl Judgement {
    /// `none`: the class when `probs` is empty.
    pub fn new(sentence: usize, probs: Vec<f32>, none: usize) -> Judgement {
        let class = (0..probs.len())
            .max_by(|&a, &b| probs[a].total_cmp(&probs[b]).then(b.cmp(&a)))
            .unwrap_or(none);
        Judgement { sentence, probs, class }
    }

    /// The probability of class `class` (0 when unknown).
    pub fn prob(&self, class: Option<usize>) -> f32 {
        class.and_then(|c| self.probs.get(c).copied()).unwrap_or(0.0)
    }
}

/// A code a sentence's verb or noun carries, whether or not it found actors: what the
/// sentence is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    pub sentence: usize,
    pub code: String,
    /// From a subordinate clause or modifier.
    pub subordinate: bool,
}

// ----------------------------------------------------------------------------------
// The document

pub struct Analysis<'a> {
    doc: &'a Document,
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

    pub fn published(&self) -> Option<NaiveDate> {
        self.doc.published
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
