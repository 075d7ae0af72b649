//! Matching PETRARCH verb patterns against a clause.
//!
//! Items after `*` are looked for in order to the right of the verb, with gaps, inside
//! the clause; items before `*` to the left, nearest first. A word matches its plural
//! and singular; a `{phrase}` needs adjacent words; `(PREP ...)` a preposition followed
//! by its words; `$`/`+` an actor phrase, which becomes the source or target.

use dragoman_kb::{Pattern, PatternItem, VerbDictionary};

use crate::lexicon::{Class, Lexicon};

/// What a pattern matched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatternMatch {
    /// Actor phrase indices marked `$` and `+`.
    pub source: Option<usize>,
    pub target: Option<usize>,
    /// Tokens the pattern used (for evidence).
    pub tokens: Vec<usize>,
    /// Last token used.
    pub last: usize,
}

/// Largest gap between consecutive pattern items, in tokens.
const GAP: usize = 6;
/// Largest distance of the first post-verb item from the verb.
const FIRST_GAP: usize = 12;

/// A sentence as pattern matching sees it: folded words, their pattern-word ids and the
/// actor phrases, all indexed by document token (`base` is the sentence's first token).
pub struct SentenceWords<'x> {
    pub base: usize,
    pub words: &'x [&'x str],
    pub ids: &'x [Option<u32>],
    /// `(phrase index, start, end)` of the sentence's actor phrases that are actors.
    pub actors: &'x [(usize, usize, usize)],
    /// `(start, end)` of those that name one person or office-holder.
    pub titles: &'x [(usize, usize)],
    /// Whether each token is a verb right after its infinitive "to".
    pub infinitives: &'x [bool],
}

impl SentenceWords<'_> {
    fn word(&self, t: usize) -> &str {
        self.words[t - self.base]
    }

    fn id(&self, t: usize) -> Option<u32> {
        self.ids[t - self.base]
    }

    /// Is token `t` a verb after an infinitive "to" that the pattern did not itself ask
    /// for (`m`: what it has used so far)? "steps were taken to control the riots" is no
    /// taking of control; "resorted to attack", "(TO ATTACK)", asks for the "to".
    fn infinitive_unasked(&self, t: usize, m: &PatternMatch) -> bool {
        self.infinitives.get(t - self.base).copied().unwrap_or(false) && !m.tokens.contains(&(t - 1))
    }

    /// Do the tokens `start..end` modify the next word of a person's title ("the
    /// national security adviser", "the defence minister")? They are then part of the
    /// title, not a class word of the pattern. A group's name or role may say what it is
    /// ("army engineers", a treaty organisation's own name), and "the city of
    /// Kunduz" still names a town.
    fn modifies_a_name(&self, start: usize, end: usize) -> bool {
        self.titles.iter().any(|&(s, e)| s <= start && end < e)
            && !matches!(self.word(end), "of" | "and" | "or")
            && self.word(end).chars().all(char::is_alphabetic)
    }
}

pub struct Matcher<'x> {
    pub s: &'x SentenceWords<'x>,
    pub dict: &'x VerbDictionary,
    pub clause_start: usize,
    pub clause_end: usize,
    /// The pattern words present in the clause, sorted.
    present: Vec<u32>,
    /// The tokens of a passive's "by …" agent: the doer, never what the pattern's words
    /// name ("arrested by city police" takes no town).
    agent: Option<(usize, usize)>,
}

impl<'x> Matcher<'x> {
    pub fn new(s: &'x SentenceWords<'x>, dict: &'x VerbDictionary, clause_start: usize, clause_end: usize) -> Self {
        let mut present: Vec<u32> = (clause_start..clause_end).filter_map(|t| s.id(t)).collect();
        present.sort_unstable();
        present.dedup();
        Matcher {
            s,
            dict,
            clause_start,
            clause_end,
            present,
            agent: None,
        }
    }

    /// The same matcher for a passive verb whose "by …" agent spans `start..end`.
    pub fn with_agent(self, start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "agent span {start}..{end}");
        Matcher {
            agent: Some((start, end)),
            ..self
        }
    }

    /// Is token `t` a word of the passive's agent?
    fn in_agent(&self, t: usize) -> bool {
        self.agent.is_some_and(|(s, e)| (s..e).contains(&t))
    }

    /// Tries `pattern` around the verb spanning tokens `verb_start..verb_end`.
    pub fn matches(&self, pattern: &Pattern, verb_start: usize, verb_end: usize) -> Option<PatternMatch> {
        if self.lacks_a_required_word(pattern) {
            return None;
        }
        let mut m = PatternMatch::default();
        self.after_verb(&pattern.post, verb_end, FIRST_GAP, &mut m)?;
        // Before the verb, nearest first.
        let mut pos = verb_start;
        for item in pattern.pre.iter().rev() {
            pos = self.backward(item, pos, &mut m)?;
        }
        Some(m)
    }

    /// Most patterns need a word the clause lacks: they are rejected before any matching.
    fn lacks_a_required_word(&self, pattern: &Pattern) -> bool {
        !pattern.required.iter().all(|id| self.present.binary_search(id).is_ok())
    }

    /// Tries `pattern` on a passive verb whose subject's head is token `subject`: the
    /// passive subject is what the active verb takes as object, so the pattern's first
    /// word after the verb may be that subject ("curfew was imposed" as "imposed curfew").
    /// Only patterns with nothing before the verb, whose first item is words.
    pub fn matches_passive(&self, pattern: &Pattern, verb_end: usize, subject: usize) -> Option<PatternMatch> {
        let (first, rest) = pattern.post.split_first()?;
        let words = matches!(
            first,
            PatternItem::Word { .. } | PatternItem::Synset(_) | PatternItem::Phrase(_)
        );
        if !pattern.pre.is_empty() || !words || subject < self.clause_start || subject >= verb_end {
            return None;
        }
        if self.lacks_a_required_word(pattern) {
            return None;
        }
        let low = subject.saturating_sub(3).max(self.clause_start);
        let mut m = (low..=subject).find_map(|start| {
            let mut trial = PatternMatch::default();
            (self.at(first, start, &mut trial) == Some(subject + 1)).then_some(trial)
        })?;
        self.after_verb(rest, verb_end, GAP, &mut m)?;
        Some(m)
    }

    /// Finds `items` in order after the verb, the first within `first_gap` tokens of it
    /// and each next within `GAP` of the one before; records the last token used.
    fn after_verb(&self, items: &[PatternItem], verb_end: usize, first_gap: usize, m: &mut PatternMatch) -> Option<()> {
        let mut pos = verb_end;
        for (i, item) in items.iter().enumerate() {
            pos = self.forward(item, pos, if i == 0 { first_gap } else { GAP }, m)?;
        }
        m.last = pos.max(verb_end);
        Some(())
    }

    /// Finds `item` starting within `gap` tokens of `from`; returns the position after it.
    fn forward(&self, item: &PatternItem, from: usize, gap: usize, m: &mut PatternMatch) -> Option<usize> {
        let limit = (from + gap + 1).min(self.clause_end);
        for start in from..limit {
            if let Some(end) = self.at(item, start, m) {
                // The first part of a hyphened modifier is not the noun the pattern asks
                // for ("leave the war-ravaged city" is no going to war).
                let modifier = matches!(item, PatternItem::Word { .. } | PatternItem::Synset(_))
                    && end < self.clause_end
                    && self.s.word(end) == "-";
                if !modifier {
                    return Some(end);
                }
                m.tokens.truncate(m.tokens.len() - (end - start));
                continue;
            }
            // Words of the verb's object do not lie beyond a comma; a prepositional phrase
            // may ("met on Thursday in Istanbul, to negotiate").
            if self.s.word(start) == "," && !matches!(item, PatternItem::Prep(_)) {
                return None;
            }
            // A dash, colon or semicolon ends what the verb governs ("use a pool – the
            // reserve of …").
            if matches!(self.s.word(start), "–" | "—" | "--" | ";" | ":") {
                return None;
            }
            // An actor past a preposition of topic or concession is not the one the
            // pattern marks ("withdrew from the region despite Trump's call").
            if matches!(item, PatternItem::Source | PatternItem::Target)
                && Lexicon::english().is(self.s.word(start), Class::NoTarget)
            {
                return None;
            }
        }
        None
    }

    fn backward(&self, item: &PatternItem, before: usize, m: &mut PatternMatch) -> Option<usize> {
        let low = before.saturating_sub(GAP + 1).max(self.clause_start);
        for start in (low..before).rev() {
            if let Some(_end) = self.at(item, start, m) {
                return Some(start);
            }
        }
        None
    }

    /// Does `item` match starting exactly at `start`? Returns its end.
    fn at(&self, item: &PatternItem, start: usize, m: &mut PatternMatch) -> Option<usize> {
        if start >= self.clause_end {
            return None;
        }
        match item {
            PatternItem::Word { word, exact, id } => {
                let same = if *exact {
                    self.s.word(start) == &**word
                } else {
                    self.s.id(start) == Some(*id)
                };
                // "attacked a government official": a word of an office-holder's title
                // is no word of the pattern ("government", which "attacked the
                // government" takes as criticism).
                if same
                    && !self.in_agent(start)
                    && !self.s.modifies_a_name(start, start + 1)
                    && !self.s.infinitive_unasked(start, m)
                {
                    m.tokens.push(start);
                    Some(start + 1)
                } else {
                    None
                }
            }
            PatternItem::Synset(name) => {
                let members = self.dict.synset_ids.get(name)?;
                members.iter().find_map(|words| {
                    let end = start + words.len();
                    (end <= self.clause_end
                        && words.iter().enumerate().all(|(k, w)| self.s.id(start + k) == Some(*w))
                        && !self.in_agent(start)
                        && !self.s.modifies_a_name(start, end)
                        && !self.s.infinitive_unasked(start, m))
                    .then(|| {
                        m.tokens.extend(start..end);
                        end
                    })
                })
            }
            PatternItem::Phrase(items) => {
                let mut pos = start;
                for it in items {
                    pos = self.at(it, pos, m)?;
                }
                Some(pos)
            }
            PatternItem::Prep(items) => {
                let (head, rest) = items.split_first()?;
                let mut pos = self.at(head, start, m)?;
                for it in rest {
                    pos = self.forward(it, pos, 3, m)?;
                }
                Some(pos)
            }
            PatternItem::Source | PatternItem::Target => {
                let &(p, _, end) = self.s.actors.iter().find(|&&(_, s, _)| s == start)?;
                if matches!(item, PatternItem::Source) {
                    m.source = Some(p);
                } else {
                    m.target = Some(p);
                }
                Some(end)
            }
            PatternItem::Skip | PatternItem::Compound => Some(start),
        }
    }
}

/// A text word matches a pattern word, its plural or its singular.
pub fn word_matches(text: &str, pattern: &str, exact: bool) -> bool {
    if text == pattern {
        return true;
    }
    if exact {
        return false;
    }
    let plural_of = |sg: &str, pl: &str| {
        pl.len() > sg.len() && pl.starts_with(sg) && matches!(&pl[sg.len()..], "s" | "es")
            || (sg.ends_with('y')
                && pl.len() == sg.len() + 2
                && pl.starts_with(&sg[..sg.len() - 1])
                && pl.ends_with("ies"))
    };
    plural_of(pattern, text) || plural_of(text, pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_match_both_ways() {
        assert!(word_matches("sanctions", "sanctions", false));
        assert!(word_matches("sanction", "sanctions", false));
        assert!(word_matches("talks", "talk", false));
        assert!(word_matches("parties", "party", false));
        assert!(!word_matches("talks", "talk", true));
        assert!(!word_matches("deal", "dealer", false));
    }
}
