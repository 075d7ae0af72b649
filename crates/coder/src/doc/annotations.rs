//! The annotation types the stages add to a document: lexical tags and the dependency
//! tree, mentions, actor phrases, quotations, the shallow parse (predicates, framing),
//! candidates and coded events, places, cues and the learned layer's judgements. Data
//! only: no behaviour beyond small accessors.

use dragoman_core::Modality;
use dragoman_kb::verbs::Tense as VerbTense;
use dragoman_kb::{AliasRef, EntityId, EntityKind, KnowledgeBase, VerbForm, WordId};
use dragoman_text::WordClass;
use smallvec::SmallVec;

use crate::time::{Resolved, Tense};

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
    /// For an event dropped as a repeat of one already reported in the document, the
    /// sentence of the event kept.
    pub repeat_of: Option<usize>,
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
    /// The place comes only from nationality words ("Syrian", "the Serbs"): they say
    /// whose the actor is, not where anything happens, so the phrase is never an event's
    /// place.
    pub demonym: bool,
    /// The tokens that name the place, when they are fewer than the phrase's ("Mosul" of
    /// "the city of Mosul").
    pub place_words: Option<(u32, u32)>,
    /// Resolved to this earlier phrase (index in [`Analysis::actors`]).
    pub antecedent: Option<u32>,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// "our diplomats", "my government": a role of the speaker's own side.
    pub speakers_own: bool,
    /// "its forces" (Thing), "their diplomats" (Plural): a role of whoever the possessive
    /// pronoun stands for.
    pub possessors_own: Option<Pronoun>,
}

impl ActorPhrase {
    pub fn is_actor(&self) -> bool {
        !self.media && self.kind != PhraseKind::Modifier && !self.units.is_empty()
    }

    /// Does the phrase name towns standing for their countries ("Arequipa": Peru; "Raqqa
    /// and Mosul"), each unit a country the place is not?
    pub fn names_towns(&self) -> bool {
        self.place.is_some()
            && self
                .units
                .iter()
                .all(|u| self.place != u.entity && u.kind == Some(EntityKind::Country))
    }

    pub fn is_personal(&self) -> bool {
        self.units.len() == 1 && self.units[0].personal
    }

    /// A city or region named for itself ("Gujarat", "Raqqa"): it stands for its country,
    /// whose units carry no role, while the phrase keeps the place it names. Not a
    /// country, a capital standing for its government, or a people.
    pub fn is_place_within_country(&self) -> bool {
        let within = |u: &ActorUnit| u.sector().is_none() && self.place.is_some() && self.place != u.entity;
        !self.demonym && !self.units.is_empty() && self.units.iter().all(within)
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
    /// Both marks were found; else the quotation was left open and runs to the end of
    /// its paragraph, where it may in fact have ended sooner.
    pub closed: bool,
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
    /// The verb's direct object token, whether or not it names an actor ("took the
    /// exams"): what a light verb means depends on it.
    pub object_token: Option<usize>,
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
    /// Who says it, when a speech verb frames the clause ("X dijo que …"): an actor phrase.
    pub speaker: Option<usize>,
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
    /// The embedded event is imagined, feared or supposed, not told as having happened.
    Suppose,
    /// The embedded event happened if the frame is told in the past ("were able to
    /// arrest them"), and is only possible otherwise ("is able to strike").
    Implicative,
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
            "suppose" => Frame::Suppose,
            "implicative" => Frame::Implicative,
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
            Frame::Suppose => "suppose",
            Frame::Implicative => "implicative",
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
    /// A country the trigger's clause names without saying the event happened there: the
    /// source's own name ("Turkey … its forces") or a nationality word ("Syrian troops").
    /// Bare role nouns take its country when the event has no place.
    pub nationality: Option<EntityId>,
    /// What the grammar allows a missing actor to mean: the text leaves the agent out (a
    /// passive without "by", an event noun), or the verb takes no object at all (so "X
    /// protested" is whole without a target).
    pub agentless: bool,
    pub intransitive: bool,
    /// A passive that leaves its agent out ("was threatened"): some codes stand alone
    /// only then (`standalone.tsv`, `when` hidden).
    pub hidden_agent: bool,
    /// A passive's subject names no actor ("an alliance led by X and Y"): several agents
    /// are then never each other's targets.
    pub unnamed_patient: bool,
    /// An active verb's object names no actor and no contest ("stormed the town"), or an
    /// event noun names no contest ("airstrikes by X and Y"): several agents of a `joint`
    /// mutual code acted together, not on each other (see `mutual.tsv`).
    pub thing_object: bool,
    /// Who reports it, from the clause (see [`Predicate::speaker`]).
    pub speaker: Option<usize>,
}

impl Candidate {
    /// The phrase of the one who acts: the target when the code runs only from it
    /// ("received support from Peru": Peru supports), else the source.
    pub fn acting(&self) -> Option<usize> {
        if self.forward.is_none() && self.reverse.is_some() {
            self.target
        } else {
            self.source
        }
    }
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
