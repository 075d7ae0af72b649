//! One sentence of the document as the clause and event stages read it: its bounds, its
//! actor phrases, its folded words, and questions about them that several stages ask
//! ("is this token inside a name?", "can this phrase be an argument?").
//!
//! Read-only: a view never changes the document.

use dragoman_kb::{EntityKind, KnowledgeBase};

use crate::doc::{ActorUnit, Analysis, PhraseKind};
use crate::frames::Frames;
use crate::lexicon::{Class, Lexicon};
use crate::patterns::SentenceWords;

pub struct SentenceView<'x, 'a> {
    pub a: &'x Analysis<'a>,
    pub kb: &'x KnowledgeBase,
    pub frames: &'x Frames,
    /// The word classes of the analysis's language.
    pub lex: &'static Lexicon,
    /// The sentence's index.
    pub s: usize,
    /// Actor phrase indices in this sentence, in text order.
    pub phrases: Vec<usize>,
    first: usize,
    last: usize,
    /// Folded words of the sentence, indexed by `token - first`.
    words: Vec<&'x str>,
    /// Pattern-word ids, indexed like `words`.
    ids: Vec<Option<u32>>,
    /// `(phrase, start, end)` of the phrases that are actors.
    actor_spans: Vec<(usize, usize, usize)>,
    /// `(start, end)` of the actor phrases that name one person or office-holder ("the
    /// national security adviser"), whose words are their title, no pattern's.
    title_spans: Vec<(usize, usize)>,
    /// Whether each token is a verb right after its infinitive "to", indexed like `words`.
    infinitives: Vec<bool>,
}

/// Which tokens of `first..last` are verbs right after their infinitive "to" ("steps
/// were taken to control the riots"): a verb, not the noun a pattern asks for.
fn infinitives(a: &Analysis, first: usize, last: usize) -> Vec<bool> {
    let g = crate::grammar::Grammar::get();
    (first..last)
        .map(|t| {
            a.has_syntax()
                && t > first
                && g.verb_tags.has(a.dep(t).tag)
                && g.infinitive_marker.has(a.dep(t - 1).tag)
                && a.head(t - 1) == Some(t)
        })
        .collect()
}

/// The pattern-word ids of tokens `first..last`; none inside a time expression, whose
/// words are dates, not things ("arrested on March 12" holds no march), nor for the
/// preposition that opens one, which says when, not what the verb means ("called the
/// president on Monday" is no "call on").
fn pattern_ids(a: &Analysis, first: usize, last: usize) -> Vec<Option<u32>> {
    let mut ids: Vec<Option<u32>> = a.tags()[first..last].iter().map(|t| t.pattern_word).collect();
    let prep = crate::grammar::Grammar::get().prep;
    for te in a.times_in(first, last) {
        let (start, end) = (te.start as usize, (te.end as usize).min(last));
        let opens = start > first && a.has_syntax() && prep.has(a.dep(start - 1).label);
        let from = if opens { start - 1 } else { start };
        for id in ids.iter_mut().take(end.saturating_sub(first)).skip(from - first) {
            *id = None;
        }
    }
    ids
}

impl<'x, 'a> SentenceView<'x, 'a> {
    pub fn new(a: &'x Analysis<'a>, kb: &'x KnowledgeBase, frames: &'x Frames, s: usize) -> Self {
        let sent = a.sentences()[s];
        let (first, last) = (sent.first as usize, sent.last as usize);
        let phrases: Vec<usize> = a.actors_in(s).collect();
        let actor_spans = phrases
            .iter()
            .map(|&p| (p, &a.actors()[p]))
            .filter(|(_, ph)| ph.is_actor())
            .map(|(p, ph)| (p, ph.start as usize, ph.end as usize))
            .collect();
        let title_spans = phrases
            .iter()
            .map(|&p| &a.actors()[p])
            .filter(|ph| ph.is_actor() && ph.is_personal())
            .map(|ph| (ph.start as usize, ph.end as usize))
            .collect();
        SentenceView {
            a,
            kb,
            frames,
            lex: Lexicon::of(a.lang()),
            s,
            phrases,
            first,
            last,
            words: a.words(first, last),
            ids: pattern_ids(a, first, last),
            actor_spans,
            title_spans,
            infinitives: infinitives(a, first, last),
        }
    }

    pub fn first(&self) -> usize {
        self.first
    }

    pub fn last(&self) -> usize {
        self.last
    }

    /// Is token `t` a preposition whose object is a time expression ("on" of "on
    /// Monday"; not the particle of "kicks off June 9")?
    pub fn opens_a_time(&self, t: usize) -> bool {
        let (a, g) = (self.a, crate::grammar::Grammar::get());
        a.has_syntax()
            && g.prep.has(a.dep(t).label)
            && g.preposition_tag.has(a.dep(t).tag)
            && a.times_in(t + 1, t + 2)
                .first()
                .is_some_and(|te| te.start as usize == t + 1)
    }

    /// The sentence as pattern matching reads it.
    pub fn pattern_words(&self) -> SentenceWords<'_> {
        SentenceWords {
            base: self.first,
            words: &self.words,
            ids: &self.ids,
            actors: &self.actor_spans,
            titles: &self.title_spans,
            infinitives: &self.infinitives,
        }
    }

    /// Is token `t` followed, with no space on either side, by a hyphen and another word
    /// ("de-escalate", "2-0")?
    pub fn opens_hyphenated_word(&self, t: usize) -> bool {
        let tokens = self.a.tokens();
        let (Some(hyphen), Some(next)) = (tokens.get(t + 1), tokens.get(t + 2)) else {
            return false;
        };
        t + 2 < self.last()
            && self.a.word(t + 1) == "-"
            && tokens[t].end == hyphen.start
            && hyphen.end == next.start
            && !self.a.is_punct(t + 2)
    }

    /// The event noun starting at token `t`: its index in the noun table and its length.
    pub fn noun_at(&self, t: usize) -> Option<(usize, usize)> {
        self.frames.noun_at(&self.words, t.checked_sub(self.first)?)
    }

    /// The event noun of one or two words ending at its head `t` ("air strikes"): its
    /// first token and its index in the noun table.
    pub fn noun_ending_at(&self, t: usize) -> Option<(usize, usize)> {
        (t.saturating_sub(1).max(self.first)..=t).find_map(|s| {
            let (n, len) = self.noun_at(s)?;
            (s + len == t + 1).then_some((s, n))
        })
    }

    /// Inside a named actor phrase (a name, not a verb).
    pub fn in_name(&self, i: usize) -> bool {
        self.phrases.iter().any(|&p| {
            let ph = &self.a.actors()[p];
            (ph.start as usize) <= i && i < ph.end as usize && ph.kind == PhraseKind::Named
        })
    }

    /// Can this phrase be a verb's subject or object? Actors can; so can a nationality
    /// before a plain noun ("attacked Ukrainian positions"), but not one before an event
    /// noun ("the Russian invasion" is the invasion's agent) or a place ("the Turkish
    /// metropolis").
    pub fn usable(&self, p: usize) -> bool {
        let ph = &self.a.actors()[p];
        if ph.is_actor() {
            return true;
        }
        if ph.kind != PhraseKind::Modifier || ph.units.is_empty() || ph.media {
            return false;
        }
        let next = ph.end as usize;
        if next >= self.last() || self.a.is_punct(next) || !self.a.tags()[next].class.is_empty() {
            return false;
        }
        let noun = self.a.word(next);
        // "the Chilean proposal", "the US offer": an adjective or name before what someone
        // puts forward names who did; before what someone gives ("Turkish support") too,
        // but a bare role noun says what kind ("military support", "government funding").
        if self.lex.is(noun, Class::PutForward) {
            return true;
        }
        if self.lex.is(noun, Class::Given) {
            return ph.units.iter().any(|u| u.country.is_some() || u.entity.is_some());
        }
        self.noun_at(next).is_none() && noun.ends_with('s') && !self.lex.is(noun, Class::NotPlural)
    }

    /// How a phrase was resolved, for explanations: `, "he" = "Lavrov"`.
    pub fn via(&self, p: usize) -> String {
        let a = self.a;
        let ph = &a.actors()[p];
        match ph.antecedent {
            Some(j) => {
                let q = &a.actors()[j as usize];
                format!(
                    ", \"{}\" = \"{}\"",
                    a.original_text(ph.start as usize, ph.end as usize),
                    a.original_text(q.start as usize, q.end as usize)
                )
            }
            None => match ph.kind {
                PhraseKind::Group { .. } => format!(
                    ", \"{}\" = the two most recent",
                    a.original_text(ph.start as usize, ph.end as usize)
                ),
                PhraseKind::Pronoun(_) => format!(
                    ", \"{}\" = the speaker",
                    a.original_text(ph.start as usize, ph.end as usize)
                ),
                _ => String::new(),
            },
        }
    }

    pub fn phrase_starting(&self, at: usize) -> Option<usize> {
        self.phrases
            .iter()
            .copied()
            .find(|&p| self.a.actors()[p].start as usize == at)
    }

    /// The actor phrase after a preposition at `at` ("between X and Y", "of X").
    pub fn phrase_after(&self, at: usize) -> Option<usize> {
        // "of the Ukrainian President": the phrase may start at the determiner; "of two
        // Chilean journalists", "of the 20 protesters", "of innocent Chilean villagers":
        // after determiners, numbers and adjectives that are not part of it.
        let g = crate::grammar::Grammar::get();
        let premodifier = |t: usize| {
            self.a.has_class(t, dragoman_text::WordClass::DET)
                || (t < self.a.tokens().len()
                    && self.a.has_syntax()
                    && (g.number.has(self.a.dep(t).tag) || g.adjective_tags.has(self.a.dep(t).tag)))
        };
        self.phrase_starting(at + 1).or_else(|| {
            self.phrases.iter().copied().find(|&p| {
                let start = self.a.actors()[p].start as usize;
                start > at && start <= at + 4 && (at + 1..start).all(premodifier)
            })
        })
    }

    /// "according to Moscow", "according to the news agency Tass": who reports the
    /// sentence's events.
    pub fn reported_by(&self) -> Option<ActorUnit> {
        let a = self.a;
        let lex = self.lex;
        // "according to X", "según X": the attribution word, its preposition if it takes one.
        let at = (self.first()..self.last().saturating_sub(1)).find(|&t| lex.is(a.word(t), Class::Attribution))?;
        let after = at + 1 + usize::from(lex.is(a.word(at + 1), Class::Recipient));
        let p = self.phrases.iter().copied().find(|&p| {
            let s = a.actors()[p].start as usize;
            s >= after && s <= after + 2
        })?;
        a.actors()[p].units.first().cloned()
    }

    /// Does the phrase name a country itself (not a city standing for it)?
    pub fn is_country_name(&self, p: usize) -> bool {
        let ph = &self.a.actors()[p];
        ph.place
            .is_some_and(|id| self.kb.entity(id).kind == EntityKind::Country)
    }
}
