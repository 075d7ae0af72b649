//! Event coding for one sentence: verbs and their clauses, noun events, and what
//! speakers say about others.

use chrono::NaiveDate;
use dragoman_core::{DatePrecision, Modality};
use dragoman_kb::verbs::Tense as VerbTense;
use dragoman_kb::{CodePair, EntityId, KnowledgeBase, VerbForm};
use dragoman_text::WordClass;

use crate::actors::{ActorUnit, PhraseKind};
use crate::analysis::{Analysis, Note};
use crate::frames::{Frame, Frames, OfRole};
use crate::patterns::Matcher;
use crate::speech::quote_at;
use crate::time::{self, Resolved, Tense};

/// An event as the coder found it, with token positions; turned into an
/// [`dragoman_core::EventRecord`] at the end.
#[derive(Clone, Debug)]
pub struct CodedEvent {
    pub sentence: u32,
    pub source: ActorUnit,
    pub target: Option<ActorUnit>,
    pub code: String,
    /// Tokens of the verb or noun.
    pub trigger: (u32, u32),
    pub rule: String,
    pub negated: bool,
    pub modality: Modality,
    pub attributed_to: Option<ActorUnit>,
    pub date: Option<(Resolved, u32, u32)>,
    pub place: Option<(EntityId, u32, u32)>,
    pub confidence: f32,
    /// Why these actors: "subject of 'met'", "object of 'with'", ...
    pub why: String,
    /// Read from a subordinate clause or a modifier ("a ban imposed on X", "after
    /// meeting Y"), not from the sentence's main predication.
    pub subordinate: bool,
}

/// Per-document state the sentence coder needs.
pub struct Context {
    pub published: NaiveDate,
    /// Date the discourse is about: the last explicit day named.
    pub reference: NaiveDate,
    pub options: crate::Options,
}

/// A verb occurrence that may carry an event.
#[derive(Clone, Debug)]
struct VerbUse {
    start: usize,
    end: usize,
    forms: Vec<VerbForm>,
    tense: VerbTense,
}

/// How a framing verb shapes the verb it embeds.
#[derive(Clone, Debug)]
struct Embedding {
    frame: Frame,
    subject: Option<usize>,
    object: Option<usize>,
    verb: usize,
}

struct Clause {
    start: usize,
    end: usize,
}

pub struct SentenceCoder<'x, 'a> {
    pub a: &'x Analysis<'a>,
    pub kb: &'x KnowledgeBase,
    pub frames: &'x Frames,
    pub s: usize,
    pub ctx: &'x Context,
    /// Actor phrase indices in this sentence.
    pub phrases: Vec<usize>,
    pub out: Vec<CodedEvent>,
    pub notes: Vec<String>,
    /// Codes the sentence's verbs and nouns carry, whether or not they found actors, and
    /// whether they come from a subordinate clause: what the sentence is about.
    pub cues: Vec<(String, bool)>,
    /// Tokens that a verb pattern already used (so their nouns are not coded again).
    used: Vec<usize>,
}

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "during",
    "within",
];

impl<'x, 'a> SentenceCoder<'x, 'a> {
    pub fn new(a: &'x Analysis<'a>, kb: &'x KnowledgeBase, frames: &'x Frames, s: usize, ctx: &'x Context) -> Self {
        let phrases = a.actors_in(s).collect();
        SentenceCoder {
            a,
            kb,
            frames,
            s,
            ctx,
            phrases,
            out: Vec::new(),
            notes: Vec::new(),
            cues: Vec::new(),
            used: Vec::new(),
        }
    }

    fn first(&self) -> usize {
        self.a.sentences[self.s].first as usize
    }

    fn last(&self) -> usize {
        self.a.sentences[self.s].last as usize
    }

    pub fn run(&mut self) {
        if let Some(d) = self.discarded() {
            self.notes
                .push(format!("discarded: the sentence contains \"{d}\" (a discard phrase)"));
            return;
        }
        let verbs = self.verbs();
        let embeddings = self.embeddings(&verbs);
        let mut deferred = Vec::new();
        for v in &verbs {
            let embedded = embeddings.iter().find(|e| e.1 == v.start).map(|e| &e.0);
            if self.frames_next_verb(v)
                && self
                    .frame_of_verb(v)
                    .or_else(|| self.frames.frame(self.a.word(v.start)))
                    .is_some_and(|f| f != Frame::Speech)
            {
                // "urged … to negotiate" is coded through "negotiate"; only if that yields
                // nothing ("urged … to show restraint") is "urged" coded itself.
                deferred.push(v.clone());
                continue;
            }
            self.code_verb(v, embedded);
        }
        for v in deferred {
            let Some(next) = verbs.iter().find(|n| n.start > v.start) else {
                continue;
            };
            if !self.out.iter().any(|e| e.trigger.0 as usize == next.start) {
                self.code_verb(&v, embeddings.iter().find(|e| e.1 == v.start).map(|e| &e.0));
            }
        }
        if self.ctx.options.noun_events {
            self.code_nouns(&embeddings);
        }
        if self.ctx.options.stance_events {
            self.code_stance();
        }
        self.date_relative_clauses();
        if self.out.is_empty() && self.notes.is_empty() {
            if verbs.is_empty() {
                self.notes.push("no verb of the dictionaries and no event noun".into());
            }
            if self.phrases.iter().all(|&p| !self.a.actors[p].is_actor()) {
                self.notes.push("no actor recognised".into());
            }
        }
    }

    /// "…the expected visit to Washington, where he will meet Trump": an event in a
    /// "where"/"when" clause happens when the event it hangs on does.
    fn date_relative_clauses(&mut self) {
        for k in 0..self.out.len() {
            if self.out[k].date.is_some() {
                continue;
            }
            let (s, e) = (self.out[k].trigger.0 as usize, self.out[k].trigger.1 as usize);
            let clause = self.clause(s, e);
            if clause.start <= self.first() || !matches!(self.a.word(clause.start), "where" | "when") {
                continue;
            }
            let anchor = self
                .out
                .iter()
                .filter(|o| (o.trigger.1 as usize) <= clause.start && o.date.is_some())
                .max_by_key(|o| o.trigger.0)
                .and_then(|o| o.date);
            if let Some(d) = anchor {
                self.out[k].date = Some(d);
                self.out[k]
                    .rule
                    .push_str("; dated by the event its \"where\" clause hangs on");
            }
        }
    }

    fn discarded(&self) -> Option<String> {
        let words: Vec<&str> = (self.first()..self.last()).map(|t| self.a.word(t)).collect();
        self.kb
            .discards
            .iter()
            .find(|(phrase, _)| {
                words
                    .windows(phrase.len())
                    .any(|w| w.iter().zip(phrase).all(|(a, b)| *a == b.as_str()))
            })
            .map(|(p, _)| p.join(" "))
    }

    // ------------------------------------------------------------------------------
    // Verbs

    /// Tokens used as verbs (not as nouns: "the meeting", "a visit").
    fn verbs(&self) -> Vec<VerbUse> {
        let mut out = Vec::new();
        let mut i = self.first();
        while i < self.last() {
            if !self.a.tags[i].verb || self.in_name(i) {
                i += 1;
                continue;
            }
            let forms: Vec<VerbForm> = self.kb.verbs.lookup(self.a.word(i)).to_vec();
            // A form may be listed under several verbs; any past reading makes it past.
            let tense = [VerbTense::Past, VerbTense::Gerund, VerbTense::Third]
                .into_iter()
                .find(|t| forms.iter().any(|f| f.tense == *t))
                .unwrap_or(VerbTense::Base);
            if !self.is_verb_use(i, tense) {
                i += 1;
                continue;
            }
            // Multi-word verbs: "meet with", "call on": the longest whose words follow.
            let mut best_len = 1;
            let mut chosen: Vec<VerbForm> = Vec::new();
            for f in &forms {
                let (_, entry) = self.kb.verbs.verb(*f);
                let rest = &entry.words[entry.head + 1..];
                let before = &entry.words[..entry.head];
                if !before.is_empty() {
                    continue;
                }
                let fits = rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| i + 1 + k < self.last() && self.a.word(i + 1 + k) == &**w);
                if fits {
                    let len = 1 + rest.len();
                    if len > best_len {
                        best_len = len;
                        chosen.clear();
                    }
                    if len == best_len {
                        chosen.push(*f);
                    }
                }
            }
            if chosen.is_empty() {
                i += 1;
                continue;
            }
            out.push(VerbUse {
                start: i,
                end: i + best_len,
                forms: chosen,
                tense,
            });
            i += best_len;
        }
        out
    }

    /// Inside an actor phrase (a name, not a verb).
    fn in_name(&self, i: usize) -> bool {
        self.phrases.iter().any(|&p| {
            let ph = &self.a.actors[p];
            (ph.start as usize) <= i && i < ph.end as usize && ph.kind == PhraseKind::Named
        })
    }

    fn is_verb_use(&self, i: usize, tense: VerbTense) -> bool {
        let a = self.a;
        // Verb forms that work as prepositions: "according to", "including", "regarding".
        let w = a.word(i);
        if matches!(
            w,
            "including" | "regarding" | "concerning" | "excluding" | "following" | "pending" | "given"
        ) || (w == "according" && i + 1 < self.last() && a.word(i + 1) == "to")
        {
            return false;
        }
        let prev = (i > self.first()).then(|| i - 1);
        let prev_word = prev.map_or("", |p| a.word(p));
        // The second half of a hyphenated modifier: "war-torn", "Iranian-backed",
        // "state-run" describe a noun; nobody tore or backed anything in this clause.
        // Verb prefixes keep the verb: "re-elected", "co-operate", "counter-attacked".
        if prev_word == "-" && i >= self.first() + 2 {
            let (hyphen, word) = (&a.tokens[i - 1], &a.tokens[i - 2]);
            let prefix = matches!(
                a.word(i - 2),
                "re" | "co"
                    | "counter"
                    | "pre"
                    | "post"
                    | "over"
                    | "under"
                    | "out"
                    | "mis"
                    | "de"
                    | "dis"
                    | "un"
                    | "inter"
                    | "cross"
            );
            if word.end == hyphen.start && hyphen.end == a.tokens[i].start && !prefix {
                return false;
            }
        }
        let prev_det = prev.is_some_and(|p| {
            (a.has_class(p, WordClass::DET) || a.has_class(p, WordClass::POSS))
                && !matches!(prev_word, "that" | "all" | "both" | "each")
        });
        if prev_det {
            return false;
        }
        // "Back" and the like in a capitalized title; verbs are lower case mid-sentence.
        if a.is_capitalized(i)
            && i > self.first()
            && a.casing() == dragoman_text::Casing::Mixed
            && !a.is_all_caps(i)
            && !matches!(prev_word, "\"" | "“" | "‘" | ":")
        {
            return false;
        }
        match tense {
            VerbTense::Past => true,
            VerbTense::Gerund => {
                // "is meeting", "after meeting X", ", seeking to": verbs; "of meeting": noun.
                prev.is_none_or(|p| {
                    a.has_class(p, WordClass::AUX)
                        || a.has_class(p, WordClass::PRON)
                        || !a.has_class(p, WordClass::PREP)
                        || matches!(prev_word, "after" | "before" | "by" | "while" | "without" | "on")
                })
            }
            VerbTense::Base | VerbTense::Third => {
                let after_to = prev_word == "to";
                let after_aux = prev.is_some_and(|p| {
                    a.has_class(p, WordClass::MODAL)
                        || a.has_class(p, WordClass::AUX)
                        || a.has_class(p, WordClass::NEG)
                        || a.has_class(p, WordClass::PRON)
                        || a.has_class(p, WordClass::REL)
                });
                let after_actor = self.phrases.iter().any(|&p| {
                    a.actors[p].end as usize == i
                        || (a.actors[p].end as usize + 1 == i && a.word(i - 1).ends_with("ly"))
                });
                let after_adverb = prev_word.ends_with("ly") && prev_word.len() > 4;
                let after_prep = prev.is_some_and(|p| a.has_class(p, WordClass::PREP));
                (after_to || after_aux || after_actor || after_adverb || prev.is_none() || prev_word == "and")
                    && (!after_prep || after_to)
            }
        }
    }

    /// Framing verbs and adjectives ("offered to", "would be happy to", "urged X to") and
    /// the verb each frames.
    fn embeddings(&self, verbs: &[VerbUse]) -> Vec<(Embedding, usize)> {
        let mut out = Vec::new();
        for (k, v) in verbs.iter().enumerate() {
            let frame = self
                .frames
                .frame(self.a.word(v.start))
                .or_else(|| self.frame_of_verb(v));
            let Some(frame) = frame.filter(|f| *f != Frame::Speech) else {
                continue;
            };
            // "to" + next verb within the clause, possibly after an object ("urged Iran to").
            let Some(next) = verbs.get(k + 1) else { continue };
            let to_at = (v.end..next.start).find(|&t| self.a.word(t) == "to");
            if to_at != Some(next.start - 1) || next.start - v.end > 6 {
                continue;
            }
            let clause = self.clause(v.start, v.end);
            let subject = self.subject(v, &clause);
            let object = self.phrases.iter().copied().find(|&p| {
                let ph = &self.a.actors[p];
                ph.start as usize >= v.end && (ph.end as usize) < next.start && ph.is_actor()
            });
            out.push((
                Embedding {
                    frame,
                    subject,
                    object,
                    verb: v.start,
                },
                next.start,
            ));
            // "happy to host and mediate": the frame covers coordinated verbs too.
            if let Some(after) = verbs.get(k + 2) {
                if after.start == next.end + 1 && matches!(self.a.word(next.end), "and" | "or") {
                    out.push((
                        Embedding {
                            frame,
                            subject,
                            object,
                            verb: v.start,
                        },
                        after.start,
                    ));
                }
            }
        }
        // Adjectives: "would be happy to", "is ready to", "is expected to", "is set to".
        for (k, v) in verbs.iter().enumerate() {
            if v.start < 2 || out.iter().any(|e| e.1 == v.start) {
                continue;
            }
            if self.a.word(v.start - 1) != "to" {
                continue;
            }
            let adj = self.a.word(v.start - 2);
            let frame = match adj {
                "happy" | "ready" | "willing" | "prepared" | "eager" | "keen" | "set" | "due" | "expected"
                | "determined" | "going" | "about" | "able" => Frame::Intent,
                "unwilling" | "reluctant" => Frame::Reject,
                "unable" => Frame::Negate,
                _ => continue,
            };
            let pseudo = VerbUse {
                start: v.start - 2,
                end: v.start - 1,
                forms: Vec::new(),
                tense: VerbTense::Base,
            };
            let clause = self.clause(pseudo.start, pseudo.end);
            let subject = self.subject(&pseudo, &clause);
            out.push((
                Embedding {
                    frame,
                    subject,
                    object: None,
                    verb: v.start - 2,
                },
                v.start,
            ));
            if let Some(after) = verbs.get(k + 1) {
                if after.start == v.end + 1 && matches!(self.a.word(v.end), "and" | "or") {
                    out.push((
                        Embedding {
                            frame,
                            subject,
                            object: None,
                            verb: v.start - 2,
                        },
                        after.start,
                    ));
                }
            }
        }
        out
    }

    fn frame_of_verb(&self, v: &VerbUse) -> Option<Frame> {
        v.forms.iter().find_map(|f| {
            let (_, e) = self.kb.verbs.verb(*f);
            self.frames.frame(&e.words[e.head])
        })
    }

    /// The clause around tokens `start..end`: up to the nearest boundary on each side.
    fn clause(&self, start: usize, end: usize) -> Clause {
        self.clause_in(self.s, start, end)
    }

    fn clause_in(&self, s: usize, start: usize, end: usize) -> Clause {
        let a = self.a;
        let (first, last) = (a.sentences[s].first as usize, a.sentences[s].last as usize);
        let is_hard = |t: usize| {
            matches!(a.text(t), ";" | ":" | "–" | "—" | "(" | ")")
                || (a.is_punct(t) && matches!(a.text(t), "\"" | "“" | "”" | "«" | "»"))
        };
        let opens = |t: usize| {
            let w = a.word(t);
            (a.has_class(t, WordClass::REL) && w != "that")
                || (a.has_class(t, WordClass::SCONJ) && !matches!(w, "after" | "before" | "once" | "so"))
        };
        let mut s = start;
        while s > first {
            let t = s - 1;
            if is_hard(t) {
                break;
            }
            if opens(t) {
                s = t;
                break;
            }
            s = t;
        }
        let mut e = end;
        while e < last {
            if is_hard(e) || (e > end && opens(e)) {
                break;
            }
            // ", and said" / "and signed": a new verb phrase starts.
            if matches!(a.word(e), "and" | "but")
                && e + 1 < last
                && a.tags[e + 1].verb
                && !a.has_class(e + 1, WordClass::DET)
            {
                break;
            }
            e += 1;
        }
        Clause { start: s, end: e }
    }

    /// The actor doing the verb: the nearest actor phrase before it in the clause that is
    /// not inside a prepositional phrase; for relative clauses, the antecedent.
    fn subject(&self, v: &VerbUse, clause: &Clause) -> Option<usize> {
        let a = self.a;
        let before: Vec<usize> = self
            .phrases
            .iter()
            .copied()
            .filter(|&p| {
                let ph = &a.actors[p];
                (ph.end as usize) <= v.start && ph.start as usize >= clause.start && !ph.media
            })
            .collect();
        for &p in before.iter().rev() {
            let ph = &a.actors[p];
            if !self.usable(p) {
                continue;
            }
            let start = ph.start as usize;
            if start > self.first() && a.has_class(start - 1, WordClass::PREP) && !matches!(a.word(start - 1), "that") {
                continue;
            }
            return Some(p);
        }
        // Relative clause: "Lavrov, who met…", "the group which…".
        let first = clause.start;
        if first > self.first() && a.has_class(first, WordClass::REL) {
            // The antecedent stands right before the pronoun (a comma between at most);
            // "attacks against our cities, which destroy…": after a preposition, "which"
            // and "that" refer to the head noun ("attacks"), not the actor inside the PP.
            let thing = matches!(a.word(first), "which" | "that");
            return self.phrases.iter().copied().rfind(|&p| {
                let ph = &a.actors[p];
                let (start, end) = (ph.start as usize, ph.end as usize);
                let adjacent = end == first || (end + 1 == first && a.word(end) == ",");
                let in_pp = start > self.first() && a.has_class(start - 1, WordClass::PREP);
                end <= first && adjacent && ph.is_actor() && !(thing && in_pp)
            });
        }
        // Inverted: "as announced on Wednesday … the Russian Foreign Minister".
        if first < v.start && matches!(a.word(first), "as" | "according") {
            return self.phrases.iter().copied().find(|&p| {
                (a.actors[p].start as usize) >= v.end
                    && (a.actors[p].start as usize) < clause.end
                    && a.actors[p].is_actor()
            });
        }
        None
    }

    fn is_passive(&self, v: &VerbUse) -> bool {
        if v.tense != VerbTense::Past {
            return false;
        }
        let mut t = v.start;
        for _ in 0..3 {
            if t == self.first() {
                return false;
            }
            t -= 1;
            let w = self.a.word(t);
            if matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being" | "am" | "'s") {
                return true;
            }
            if !(self.a.has_class(t, WordClass::NEG)
                || w.ends_with("ly")
                || matches!(w, "also" | "still" | "reportedly"))
            {
                return false;
            }
        }
        false
    }

    fn code_verb(&mut self, v: &VerbUse, embedded: Option<&Embedding>) {
        let clause = self.clause(v.start, v.end);
        let matcher = Matcher::new(self.a, &self.kb.verbs, &self.phrases, clause.start, clause.end);
        // The most specific pattern of the verb's blocks, else the verb's or block's code.
        let mut best: Option<(usize, CodePair, String, crate::patterns::PatternMatch)> = None;
        let mut clause_words: Vec<u32> = (clause.start..clause.end)
            .filter_map(|t| self.a.tags[t].pattern_word)
            .collect();
        clause_words.sort_unstable();
        clause_words.dedup();
        let mut candidates = Vec::new();
        for f in &v.forms {
            let (block, entry) = self.kb.verbs.verb(*f);
            block.candidates(&clause_words, &mut candidates);
            for &k in &candidates {
                let p = &block.patterns[k as usize];
                if let Some(m) = matcher.matches(p, v.start, v.end) {
                    let spec = p.specificity();
                    if best.as_ref().is_none_or(|b| spec > b.0) {
                        best = Some((
                            spec,
                            p.code.clone(),
                            format!("{} `- {}` [{}]", block.name, p.text, p.code.display()),
                            m,
                        ));
                    }
                }
            }
            if best.is_none() {
                let code = entry
                    .code
                    .clone()
                    .filter(|c| !c.is_none())
                    .unwrap_or_else(|| block.code.clone());
                if !code.is_none() {
                    best = Some((
                        0,
                        code.clone(),
                        format!(
                            "{} verb {} [{}]",
                            block.name,
                            entry.lemma().to_uppercase(),
                            code.display()
                        ),
                        Default::default(),
                    ));
                }
            }
        }
        let verb_text = self.a.original_text(v.start, v.end).to_string();
        let frame = self
            .frames
            .frame(self.a.word(v.start))
            .or_else(|| self.frame_of_verb(v));
        let Some((_, code, rule, m)) = best else {
            if frame.is_none() {
                self.notes
                    .push(format!("verb \"{verb_text}\" has no CAMEO code in the dictionaries"));
            }
            return;
        };
        self.used.extend(m.tokens.iter().copied());
        let passive = self.is_passive(v);
        let mut subject = m.source.or_else(|| self.subject(v, &clause));
        if subject.is_none() {
            subject = embedded.and_then(|e| e.subject);
        }
        let mut object = m.target.or_else(|| self.object(v, &clause));
        let mut why_source = subject.map(|p| format!("subject of \"{verb_text}\"{}", self.via(p)));
        let mut why_target = object.map(|p| format!("object of \"{verb_text}\"{}", self.via(p)));
        if passive {
            let by = self.by_agent(v, &clause);
            object = subject;
            subject = by;
            why_source = by.map(|p| format!("agent (\"by …\") of passive \"{verb_text}\"{}", self.via(p)));
            why_target = object.map(|p| format!("subject of passive \"{verb_text}\"{}", self.via(p)));
        }
        let mut forward = code.forward.clone().map(|c| c.to_string());
        let mut reverse = code.reverse.clone().map(|c| c.to_string());
        let (negated, mut modality, tense) = self.aux(v, &clause);
        let mut negated = negated;
        let mut rule = rule;
        if let Some(e) = embedded {
            let framed = |c: Option<String>| c.and_then(|c| self.frames.embed(e.frame, &c));
            if matches!(e.frame, Frame::Appeal | Frame::Demand) {
                // "X urged Y to negotiate": X appeals to Y.
                if let Some(o) = e.object {
                    object = Some(o);
                    why_target = Some(format!("addressee of \"{}\"", self.a.text(e.verb)));
                }
                subject = e.subject.or(subject);
                why_source = subject.map(|p| format!("subject of \"{}\"{}", self.a.text(e.verb), self.via(p)));
            } else if e.subject.is_some()
                && subject.is_none_or(|s| {
                    Some(s) == e.subject || self.a.actors[s].start < self.a.actors[e.subject.unwrap_or(s)].start
                })
            {
                subject = e.subject;
                why_source = subject.map(|p| format!("subject of \"{}\"{}", self.a.text(e.verb), self.via(p)));
            }
            match e.frame {
                Frame::Negate => negated = true,
                Frame::Intent => modality = Modality::Intended,
                _ => {}
            }
            let transform = e.frame != Frame::Negate && (self.ctx.options.intent_codes || e.frame != Frame::Intent);
            if transform {
                forward = framed(forward);
                reverse = if e.frame == Frame::Intent {
                    framed(reverse)
                } else {
                    None
                };
            }
            // A negated frame ("did not agree to meet") negates the event.
            let (neg_frame, _, _) = self.aux(
                &VerbUse {
                    start: e.verb,
                    end: e.verb + 1,
                    forms: Vec::new(),
                    tense: VerbTense::Base,
                },
                &self.clause(e.verb, e.verb + 1),
            );
            negated |= neg_frame;
            rule = format!("{rule}; framed by \"{}\" ({})", self.a.text(e.verb), e.frame.as_str());
        } else if modality == Modality::Intended
            && negated
            && self.ctx.options.intent_codes
            && forward.as_deref().is_some_and(yields)
        {
            // "will not lift the ban", "will not accept refugees": refusing to cooperate
            // or yield is a rejection (CAMEO 12), which did happen.
            forward = forward.and_then(|c| self.frames.embed(Frame::Reject, &c));
            reverse = None;
            negated = false;
            modality = Modality::Asserted;
            rule = format!("{rule}; refused (\"will not\"): a rejection");
        } else if modality == Modality::Intended && self.ctx.options.intent_codes {
            // "will meet": CAMEO codes the expressed intention.
            forward = forward.map(|c| self.frames.embed(Frame::Intent, &c).unwrap_or(c));
            reverse = reverse.map(|c| self.frames.embed(Frame::Intent, &c).unwrap_or(c));
        }
        let subordinate = self.is_subordinate(v, &clause) && embedded.is_none();
        if let Some(c) = forward.clone().or(reverse.clone()) {
            if !negated {
                self.cues.push((c, subordinate));
            }
        }
        let Some(subject) = subject else {
            self.notes
                .push(format!("\"{verb_text}\" ({rule}): no actor found as its subject"));
            return;
        };
        let date = self.date_for(v.start, &clause, tense);
        let place = self.place_for(&clause, v.start);
        let base_conf = 0.55 + 0.05 * (m.tokens.len().min(4) as f32);
        self.emit(Emission {
            subordinate,
            source: subject,
            target: object,
            forward,
            reverse,
            trigger: (v.start, v.end),
            rule: format!("verb: {rule}"),
            negated,
            modality,
            date,
            place,
            confidence: base_conf,
            why_source: why_source.unwrap_or_default(),
            why_target: why_target.unwrap_or_default(),
        });
    }

    /// Is the verb in a subordinate clause or a modifier rather than the sentence's main
    /// predication: a relative or adverbial clause, a past participle after a noun ("a
    /// ban imposed on X"), an infinitive or gerund after a preposition ("to fight",
    /// "after meeting")?
    fn is_subordinate(&self, v: &VerbUse, clause: &Clause) -> bool {
        let a = self.a;
        if clause.start > self.first()
            && (a.has_class(clause.start, WordClass::REL) || a.has_class(clause.start, WordClass::SCONJ))
        {
            return true;
        }
        let Some(prev) = v.start.checked_sub(1).filter(|&p| p >= self.first()) else {
            return false;
        };
        let w = a.word(prev);
        if w == "to" || (v.tense == VerbTense::Gerund && a.has_class(prev, WordClass::PREP)) {
            return true;
        }
        // "a travel ban imposed on": a participle right after a plain noun (not a name,
        // a time word or an adverb: "Yeltsin on Saturday hosted", "has also signed").
        v.tense == VerbTense::Past
            && !a.is_punct(prev)
            && a.tags[prev].class.is_empty()
            && !a.tags[prev].verb
            && !a.is_capitalized(prev)
            && a.times_in(prev, prev + 1).is_empty()
            && a.actors_in(self.s).all(|p| a.actors[p].end as usize != v.start)
            && !w.ends_with("ly")
    }

    /// Is `v` a framing verb followed by "to" + another verb ("offered to mediate")?
    fn frames_next_verb(&self, v: &VerbUse) -> bool {
        let a = self.a;
        (v.end..(v.end + 6).min(self.last())).any(|t| {
            a.word(t) == "to" && t + 1 < self.last() && a.tags[t + 1].verb && !a.has_class(t + 1, WordClass::DET)
        })
    }

    /// The verb's target: an actor right after it ("met Lavrov"), or in a prepositional
    /// phrase that can carry a target ("talks with Lavrov", "sanctions against Russia").
    /// Not a place ("in Istanbul"), a topic ("about Ukraine"), a source of a report
    /// ("according to Moscow"), nor past another verb ("problems created by…").
    fn object(&self, v: &VerbUse, clause: &Clause) -> Option<usize> {
        let a = self.a;
        let next_verb = (v.end..clause.end).find(|&t| {
            a.tags[t].verb && !self.in_name(t) && self.is_verb_use(t, self.kb.verbs.lookup(a.word(t))[0].tense)
        });
        let end = next_verb.unwrap_or(clause.end);
        let speech = self.frames.frame(a.word(v.start)) == Some(Frame::Speech);
        self.phrases.iter().copied().find(|&p| {
            let ph = &a.actors[p];
            let start = ph.start as usize;
            if start < v.end || start >= end || !self.usable(p) {
                return false;
            }
            let prep = (start > v.end)
                .then(|| a.word(start - 1))
                .filter(|_| a.has_class(start - 1, WordClass::PREP));
            match prep {
                None => {
                    // Directly after the verb, or after adverbs and time words only.
                    let direct = (v.end..start).all(|t| !a.is_punct(t) && !a.has_class(t, WordClass::PREP));
                    direct && (!speech || start - v.end <= 1)
                }
                Some(p) if speech => p == "to",
                Some(p) => {
                    matches!(
                        p,
                        "with"
                            | "to"
                            | "against"
                            | "on"
                            | "upon"
                            | "toward"
                            | "towards"
                            | "into"
                            | "at"
                            | "for"
                            | "between"
                            | "over"
                            | "from"
                            | "among"
                    ) && !(p == "at"
                        && ph.place.is_some()
                        && ph.units.iter().all(|u| u.kind != Some(dragoman_kb::EntityKind::Person)))
                }
            }
        })
    }

    /// Can this phrase be a verb's subject or object? Actors can; so can a nationality
    /// before a plain noun ("attacked Ukrainian positions"), but not one before an event
    /// noun ("the Russian invasion" is the invasion's agent) or a place ("the Turkish
    /// metropolis").
    fn usable(&self, p: usize) -> bool {
        let ph = &self.a.actors[p];
        if ph.is_actor() {
            return true;
        }
        if ph.kind != PhraseKind::Modifier || ph.units.is_empty() || ph.media {
            return false;
        }
        let next = ph.end as usize;
        if next >= self.last() || self.a.is_punct(next) || !self.a.tags[next].class.is_empty() {
            return false;
        }
        let noun = self.a.word(next);
        self.frames.noun_at(self.a, next, self.last()).is_none()
            && noun.ends_with('s')
            && !matches!(noun, "metropolis" | "news" | "crisis" | "affairs")
    }

    /// "according to Moscow", "according to the news agency Tass": who reports the
    /// sentence's events.
    fn reported_by(&self) -> Option<ActorUnit> {
        let a = self.a;
        let at = (self.first()..self.last().saturating_sub(1))
            .find(|&t| a.word(t) == "according" && a.word(t + 1) == "to")?;
        let p = self.phrases.iter().copied().find(|&p| {
            let s = a.actors[p].start as usize;
            s >= at + 2 && s <= at + 4
        })?;
        a.actors[p].units.first().cloned()
    }

    fn by_agent(&self, v: &VerbUse, clause: &Clause) -> Option<usize> {
        self.phrases.iter().copied().find(|&p| {
            let ph = &self.a.actors[p];
            let start = ph.start as usize;
            start > v.end && start < clause.end && self.a.word(start - 1) == "by" && ph.is_actor()
        })
    }

    /// Negation, modality and tense from the words before the verb.
    fn aux(&self, v: &VerbUse, clause: &Clause) -> (bool, Modality, Tense) {
        let a = self.a;
        let mut negated = false;
        let mut modality = Modality::Asserted;
        let mut tense = match v.tense {
            VerbTense::Past => Tense::Past,
            _ => Tense::Present,
        };
        let from = v.start.saturating_sub(5).max(clause.start);
        for t in from..v.start {
            let w = a.word(t);
            if a.has_class(t, WordClass::NEG) && w != "no" {
                negated = true;
            }
            match w {
                "will" | "'ll" | "shall" => {
                    modality = Modality::Intended;
                    tense = Tense::Future;
                }
                "would" => modality = Modality::Intended,
                "could" | "might" | "may" => modality = Modality::Hypothetical,
                "had" | "did" | "was" | "were" | "has" | "have" if tense != Tense::Future => {
                    tense = Tense::Past;
                }
                "going" if a.word(t + 1) == "to" => {
                    modality = Modality::Intended;
                    tense = Tense::Future;
                }
                _ => {}
            }
        }
        // "imposed no sanctions", "never met"
        if v.end < clause.end && matches!(a.word(v.end), "no" | "never") {
            negated = true;
        }
        (negated, modality, tense)
    }

    fn via(&self, p: usize) -> String {
        let ph = &self.a.actors[p];
        match ph.antecedent {
            Some(j) => {
                let q = &self.a.actors[j as usize];
                format!(
                    ", \"{}\" = \"{}\"",
                    self.a.original_text(ph.start as usize, ph.end as usize),
                    self.a.original_text(q.start as usize, q.end as usize)
                )
            }
            None => match ph.kind {
                PhraseKind::Group { .. } => format!(
                    ", \"{}\" = the two most recent",
                    self.a.original_text(ph.start as usize, ph.end as usize)
                ),
                PhraseKind::Pronoun(_) => format!(
                    ", \"{}\" = the speaker",
                    self.a.original_text(ph.start as usize, ph.end as usize)
                ),
                _ => String::new(),
            },
        }
    }

    // ------------------------------------------------------------------------------
    // Dates and places

    /// The time expression governing tokens near `at` in the clause, else the sentence's
    /// only one before its first verb, else the speech verb's for quoted words.
    fn date_for(&self, at: usize, clause: &Clause, tense: Tense) -> Option<(Resolved, u32, u32)> {
        let in_clause = self
            .a
            .times_in(self.first(), self.last())
            .iter()
            .filter(|t| {
                (t.start as usize) >= clause.start
                    && (t.end as usize) <= clause.end
                    && !matches!(t.kind, time::TimeKind::Relative { .. })
            })
            .min_by_key(|t| (t.start as usize).abs_diff(at));
        let t = in_clause.or_else(|| {
            // "On Monday, …" at the head of the sentence dates its main clause.
            self.a.times_in(self.first(), self.last()).iter().find(|t| {
                (t.end as usize) <= clause.start
                    && !matches!(t.kind, time::TimeKind::Relative { .. })
                    && (t.start as usize) <= self.first() + 1
            })
        });
        if let Some(t) = t {
            let r = time::resolve(&t.kind, self.ctx.published, self.ctx.reference, tense)?;
            return Some((r, t.start, t.end));
        }
        // Quoted words are dated by the speech verb: "…,” Lavrov said Wednesday.
        let q = quote_at(&self.a.quotes, at)?;
        let verb = q.verb? as usize;
        let speech_clause = self.clause_in(self.a.sentence_of(verb), verb, verb + 1);
        let t = self
            .a
            .times_in(speech_clause.start, speech_clause.end)
            .iter()
            .filter(|t| (t.end as usize) <= speech_clause.end)
            .min_by_key(|t| (t.start as usize).abs_diff(verb))?;
        let r = time::resolve(&t.kind, self.ctx.published, self.ctx.reference, Tense::Past)?;
        Some((r, t.start, t.end))
    }

    /// A place after a locative preposition in the clause ("in Istanbul"), or the one a
    /// "where" clause hangs on.
    fn place_for(&self, clause: &Clause, at: usize) -> Option<(EntityId, u32, u32)> {
        let locative = |p: usize| {
            let ph = &self.a.actors[p];
            let start = ph.start as usize;
            start > 0 && LOCATIVE.contains(&self.a.word(start - 1)) && ph.place.is_some()
        };
        let found = self
            .phrases
            .iter()
            .map(|&p| (p, &self.a.actors[p]))
            .filter(|(p, ph)| (ph.start as usize) >= clause.start && (ph.end as usize) <= clause.end && locative(*p))
            .min_by_key(|(_, ph)| (ph.start as usize).abs_diff(at));
        if let Some((_, ph)) = found {
            return Some((ph.place?, ph.start, ph.end));
        }
        if clause.start > self.first() && self.a.word(clause.start) == "where" {
            let ph = self
                .phrases
                .iter()
                .map(|&p| &self.a.actors[p])
                .rfind(|ph| ph.end as usize <= clause.start)?;
            return Some((ph.place?, ph.start, ph.end));
        }
        None
    }

    // ------------------------------------------------------------------------------
    // Nouns

    fn code_nouns(&mut self, embeddings: &[(Embedding, usize)]) {
        let mut i = self.first();
        while i < self.last() {
            let Some((n, len)) = self.frames.noun_at(self.a, i, self.last()) else {
                i += 1;
                continue;
            };
            if self.used.contains(&i) || self.in_name(i) {
                i += len;
                continue;
            }
            self.code_noun(i, i + len, n, embeddings);
            i += len;
        }
    }

    fn phrase_starting(&self, at: usize) -> Option<usize> {
        self.phrases
            .iter()
            .copied()
            .find(|&p| self.a.actors[p].start as usize == at)
    }

    /// The actor phrase after a preposition at `at` ("between X and Y", "of X").
    fn phrase_after(&self, at: usize) -> Option<usize> {
        self.phrase_starting(at + 1).or_else(|| {
            // "of the Ukrainian President": the phrase may start at the determiner.
            self.phrases.iter().copied().find(|&p| {
                self.a.actors[p].start as usize == at + 1
                    || (self.a.actors[p].start as usize == at + 2 && self.a.has_class(at + 1, WordClass::DET))
            })
        })
    }

    fn code_noun(&mut self, start: usize, end: usize, n: usize, embeddings: &[(Embedding, usize)]) {
        let a = self.a;
        let noun = self.frames.nouns[n].clone();
        let text = a.original_text(start, end).to_string();
        let mut source: Option<usize> = None;
        let mut target: Option<usize> = None;
        let mut why_source = String::new();
        let mut why_target = String::new();
        // Before the noun: "the Russian invasion", "Russia's invasion", "Turkish mediation".
        if let Some(p) = self.phrases.iter().copied().find(|&p| {
            let ph = &a.actors[p];
            let e = ph.end as usize;
            !ph.units.is_empty()
                && (e == start
                    || (ph.possessive && e + 1 == start)
                    || (e + 1 == start && matches!(a.word(e), "-" | "'s")))
        }) {
            source = Some(p);
            why_source = format!("modifier of \"{text}\"");
        }
        // After the noun, skipping a time expression and commas.
        let mut t = end;
        let limit = (end + 12).min(self.last());
        let mut time_at: Option<usize> = None;
        while t < limit {
            let w = a.word(t);
            if let Some(te) = a.times_in(t, t + 1).first() {
                time_at = Some(t);
                t = te.end as usize;
                continue;
            }
            match w {
                "," => t += 1,
                "between" => {
                    if let Some(p) = self.phrase_after(t) {
                        if a.actors[p].units.len() >= 2 {
                            source = Some(p);
                            target = Some(p);
                            why_source = format!("\"{text} between …\"");
                            why_target = why_source.clone();
                        }
                        t = a.actors[p].end as usize;
                    } else {
                        break;
                    }
                }
                "of" | "by" | "from" | "to" | "with" | "against" | "on" => {
                    let Some(p) = self.phrase_after(t) else { break };
                    if !a.actors[p].is_actor() {
                        break;
                    }
                    let role_is_source = match w {
                        "of" => noun.of == OfRole::Source,
                        "by" | "from" => true,
                        _ => false,
                    };
                    if role_is_source && source.is_none() {
                        source = Some(p);
                        why_source = format!("\"{text} {w} …\"");
                    } else if !role_is_source && target.is_none() {
                        target = Some(p);
                        why_target = format!("\"{text} {w} …\"");
                    }
                    t = a.actors[p].end as usize;
                }
                _ => break,
            }
        }
        // "serve as a mediator between X and Y", "held talks with Y": the clause subject.
        let clause = self.clause(start, end);
        let embedded = embeddings
            .iter()
            .find(|(_, v)| *v < start && clause.start <= *v)
            .map(|e| &e.0);
        let light = self.after_light_verb(start);
        if (source.is_none() || source == target) && (light || embedded.is_some()) {
            let subj = self
                .phrases
                .iter()
                .copied()
                .rfind(|&p| {
                    (a.actors[p].end as usize) <= start
                        && (a.actors[p].start as usize) >= clause.start
                        && a.actors[p].is_actor()
                        && !(a.actors[p].start as usize > 0
                            && a.has_class(a.actors[p].start as usize - 1, WordClass::PREP))
                })
                .or(embedded.and_then(|e| e.subject));
            if let Some(sp) = subj {
                if source == target && target.is_some() {
                    // "X … a mediator between Y and Z": X acts on both.
                    source = Some(sp);
                    why_source = format!("subject of the clause with \"{text}\"{}", self.via(sp));
                    why_target = format!("\"{text} between …\"");
                } else if source.is_none() {
                    source = Some(sp);
                    why_source = format!("subject of the clause with \"{text}\"{}", self.via(sp));
                }
            }
        }
        // A noun is the main thing said only as the object of a light verb ("announced a
        // ceasefire", "held talks").
        let subordinate = !self.after_light_verb(start) && embeddings.iter().all(|(_, v)| *v >= start);
        if let Some(c) = noun.code.forward.as_deref().or(noun.code.reverse.as_deref()) {
            self.cues.push((c.to_string(), subordinate));
        }
        let Some(src) = source else {
            self.notes.push(format!("event noun \"{text}\": no actor for it"));
            return;
        };
        let reciprocal = target == Some(src);
        if target.is_none() && !reciprocal {
            self.notes.push(format!("event noun \"{text}\": no target for it"));
            return;
        }
        let mut modality = Modality::Asserted;
        let before = start.saturating_sub(2).max(self.first());
        for b in before..start {
            match a.word(b) {
                "expected" | "planned" | "upcoming" | "proposed" | "scheduled" | "future" | "forthcoming"
                | "coming" => modality = Modality::Intended,
                "possible" | "potential" => modality = Modality::Hypothetical,
                _ => {}
            }
        }
        let mut forward = noun.code.forward.as_deref().map(str::to_string);
        let mut reverse = noun.code.reverse.as_deref().map(str::to_string);
        let mut rule = format!("noun: \"{}\" [{}]", noun.words.join(" "), noun.code.display());
        if let Some(e) = embedded.filter(|e| e.frame == Frame::Intent) {
            modality = Modality::Intended;
            forward = forward.and_then(|c| self.frames.embed(e.frame, &c));
            reverse = reverse.and_then(|c| self.frames.embed(e.frame, &c));
            rule = format!("{rule}; framed by \"{}\" (intent)", a.text(e.verb));
        }
        // Dated by an adjacent expression ("the meeting, last week,", "this Thursday's
        // meeting") or by "24 hours before the expected visit".
        let date = self.noun_date(start, time_at, modality);
        let place = {
            let ph = self.phrases.iter().copied().find(|&p| {
                let s = a.actors[p].start as usize;
                s > end && s <= t + 2 && s > 0 && LOCATIVE.contains(&a.word(s - 1)) && a.actors[p].place.is_some()
            });
            ph.and_then(|p| Some((a.actors[p].place?, a.actors[p].start, a.actors[p].end)))
        };
        // A visit happens where it goes: "visit … to Washington".
        let place = place.or_else(|| {
            let t = target.filter(|_| noun.code.forward.as_deref().is_some_and(|c| c.starts_with("042")))?;
            let ph = &a.actors[t];
            Some((ph.place?, ph.start, ph.end)).filter(|_| {
                ph.units
                    .iter()
                    .all(|u| u.kind == Some(dragoman_kb::EntityKind::Country))
                    && !self.is_country_name(t)
            })
        });
        let (negated, _, _) = self.aux(
            &VerbUse {
                start,
                end,
                forms: Vec::new(),
                tense: VerbTense::Base,
            },
            &clause,
        );
        let negated = negated && embedded.is_none();
        self.emit(Emission {
            subordinate,
            source: src,
            target: if reciprocal { Some(src) } else { target },
            forward,
            reverse,
            trigger: (start, end),
            rule,
            negated,
            modality,
            date,
            place,
            confidence: 0.5,
            why_source,
            why_target,
        });
    }

    /// Does the phrase name a country itself (not a city standing for it)?
    fn is_country_name(&self, p: usize) -> bool {
        let ph = &self.a.actors[p];
        ph.place
            .is_some_and(|id| self.kb.entity(id).kind == dragoman_kb::EntityKind::Country)
    }

    /// "held talks", "serve as a mediator", "launched an attack": the noun is the event of
    /// the clause's subject.
    fn after_light_verb(&self, noun: usize) -> bool {
        let a = self.a;
        let mut t = noun;
        for _ in 0..4 {
            if t <= self.first() {
                return false;
            }
            t -= 1;
            let w = a.word(t);
            if matches!(
                w,
                "hold"
                    | "held"
                    | "holds"
                    | "holding"
                    | "conduct"
                    | "conducted"
                    | "launch"
                    | "launched"
                    | "launches"
                    | "began"
                    | "begin"
                    | "begins"
                    | "start"
                    | "started"
                    | "resume"
                    | "resumed"
                    | "carried"
                    | "carry"
                    | "staged"
                    | "stage"
                    | "pay"
                    | "paid"
                    | "make"
                    | "made"
                    | "host"
                    | "hosted"
                    | "as"
            ) {
                return true;
            }
            let skippable = a.has_class(t, WordClass::DET)
                || a.has_class(t, WordClass::POSS)
                || (!a.tags[t].verb && !a.is_punct(t) && a.tags[t].class.is_empty());
            if !skippable {
                return false;
            }
        }
        false
    }

    fn noun_date(&self, start: usize, after: Option<usize>, modality: Modality) -> Option<(Resolved, u32, u32)> {
        let tense = if modality == Modality::Intended {
            Tense::Future
        } else {
            Tense::Past
        };
        let a = self.a;
        let adjacent = a
            .times_in(self.first(), self.last())
            .iter()
            .find(|t| Some(t.start as usize) == after || (t.end as usize + 2 >= start && (t.end as usize) <= start));
        let t = adjacent?;
        let r = time::resolve(&t.kind, self.ctx.published, self.ctx.reference, tense)?;
        Some((r, t.start, t.end))
    }

    // ------------------------------------------------------------------------------
    // What speakers say about others

    /// Accusations, criticism and praise in what someone says: a stance word in the
    /// quotation or reported clause, aimed at the actor named next to it.
    fn code_stance(&mut self) {
        let a = self.a;
        let lo = a.quotes.partition_point(|q| (q.end as usize) <= self.first());
        let last = self.last();
        for q in a.quotes[lo..].iter().take_while(|q| (q.start as usize) < last) {
            let Some(speaker) = q.speaker else { continue };
            let (qs, qe) = (q.start as usize, q.end as usize);
            if qe <= self.first() || qs >= self.last() {
                continue;
            }
            let (lo, hi) = (qs.max(self.first()), qe.min(self.last()));
            let speaker_units = &a.actors[speaker as usize].units;
            let mut best: Option<(String, usize, usize)> = None;
            for t in lo..hi {
                let Some(code) = self.frames.stance.get(a.word(t)) else {
                    continue;
                };
                // The actor named nearest the stance word, not the speaker's own side.
                let target = self
                    .phrases
                    .iter()
                    .copied()
                    .filter(|&p| {
                        let ph = &a.actors[p];
                        (ph.start as usize) >= lo
                            && (ph.end as usize) <= hi
                            && ph.is_actor()
                            && ph.kind == PhraseKind::Named
                            && ph.units.iter().all(|u| {
                                !speaker_units
                                    .iter()
                                    .any(|s| s.country.is_some() && s.country == u.country)
                            })
                    })
                    .min_by_key(|&p| (a.actors[p].start as usize).abs_diff(t));
                let Some(target) = target else { continue };
                if (a.actors[target].start as usize).abs_diff(t) > 8 {
                    continue;
                }
                if best
                    .as_ref()
                    .is_none_or(|b| code.as_str() > b.0.as_str() && code.starts_with("11"))
                {
                    best = Some((code.clone(), t, target));
                }
            }
            let Some((code, cue, target)) = best else { continue };
            let verb = q.verb.map_or(cue, |v| v as usize);
            let clause = self.clause(verb, verb + 1);
            let date = self.date_for(cue, &clause, Tense::Past);
            self.emit(Emission {
                subordinate: true,
                source: speaker as usize,
                target: Some(target),
                forward: Some(code.clone()),
                reverse: None,
                trigger: (cue as u32 as usize, cue + 1),
                rule: format!("stance: \"{}\" in words quoted from the speaker [{code}]", a.text(cue)),
                negated: false,
                modality: Modality::Asserted,
                date,
                place: None,
                confidence: 0.45,
                why_source: format!("speaker of the quotation{}", self.via(speaker as usize)),
                why_target: format!("actor named next to \"{}\"", a.text(cue)),
            });
        }
    }

    // ------------------------------------------------------------------------------
    // Assembly

    fn emit(&mut self, e: Emission) {
        let a = self.a;
        let src_units = a.actors[e.source].units.clone();
        let tgt_units: Vec<ActorUnit> = e.target.map(|t| a.actors[t].units.to_vec()).unwrap_or_default();
        let attributed = quote_at(&a.quotes, e.trigger.0)
            .and_then(|q| q.speaker)
            .and_then(|s| a.actors[s as usize].units.first().cloned())
            .or_else(|| self.reported_by());
        let modality = if e.modality == Modality::Asserted
            && attributed
                .as_ref()
                .is_some_and(|s| !src_units.iter().any(|u| u.code == s.code))
        {
            Modality::Reported
        } else {
            e.modality
        };
        let mut pairs: Vec<(ActorUnit, Option<ActorUnit>, String)> = Vec::new();
        let reciprocal_phrase = e.target == Some(e.source);
        let mutual = tgt_units.is_empty()
            && src_units.len() >= 2
            && e.forward.is_some()
            && (e.forward == e.reverse || e.forward.as_deref().is_some_and(|c| self.frames.is_mutual(c)));
        if reciprocal_phrase || mutual {
            // "X and Y met", "a meeting between X and Y", "X and Y fought": each with each.
            let code = e.forward.clone().or(e.reverse.clone());
            if let Some(code) = code {
                for (i, x) in src_units.iter().enumerate() {
                    for (j, y) in src_units.iter().enumerate() {
                        if i != j && x.code != y.code {
                            pairs.push((x.clone(), Some(y.clone()), code.clone()));
                        }
                    }
                }
            }
        } else {
            for s in &src_units {
                if tgt_units.is_empty() {
                    if let Some(f) = &e.forward {
                        if allows_no_target(f) {
                            pairs.push((s.clone(), None, f.clone()));
                        }
                    }
                    continue;
                }
                for t in &tgt_units {
                    if t.code == s.code {
                        continue;
                    }
                    if let Some(f) = &e.forward {
                        pairs.push((s.clone(), Some(t.clone()), f.clone()));
                    }
                    if let Some(r) = &e.reverse {
                        pairs.push((t.clone(), Some(s.clone()), r.clone()));
                    }
                }
            }
        }
        if pairs.is_empty() {
            let why = if src_units.is_empty() {
                "its subject could not be resolved to an actor".to_string()
            } else if tgt_units.is_empty() {
                "no target actor, and its code needs one".to_string()
            } else {
                "source and target are the same actor".to_string()
            };
            self.notes.push(format!("{}: {why}", e.rule));
            return;
        }
        // "police arrested protesters in Srinagar": role nouns with no country of their
        // own belong to the country where the event happens.
        if let Some(country) = e.place.and_then(|(id, _, _)| self.kb.entity(id).country.clone()) {
            for (s, t, _) in pairs.iter_mut() {
                for u in std::iter::once(s).chain(t.iter_mut()) {
                    if u.country.is_none() && u.kind == Some(dragoman_kb::EntityKind::Agent) {
                        u.code = format!("{country}{}", u.code);
                        u.country = Some(country.to_string());
                        u.how = format!("{} in {country}, where the event happened", u.how);
                    }
                }
            }
        }
        let ontology = dragoman_core::Ontology::get();
        // Role nouns alone on both sides ("leaders" and "legislature") say nothing about
        // who acted: keep an event only when one side is a country or organisation.
        let anchored = |u: &ActorUnit| u.country.is_some() || u.kind == Some(dragoman_kb::EntityKind::Organisation);
        pairs.retain(|(s, t, _)| anchored(s) || t.as_ref().is_some_and(anchored));
        // A bare role noun as target ("sent a delegation", "either side") names no one,
        // unless it is coerced or attacked ("police arrested protesters", CAMEO 17-20).
        pairs.retain(|(_, t, code)| {
            t.as_ref()
                .is_none_or(|t| anchored(t) || code.get(..2).unwrap_or(code) >= "17")
        });
        if pairs.is_empty() {
            self.notes
                .push(format!("{}: neither actor has a country or organisation", e.rule));
            return;
        }
        for (s, t, code) in pairs {
            if self.ctx.options.strict_codes && !ontology.is_valid(&code) {
                self.notes
                    .push(format!("{}: code {code} is not a CAMEO event code", e.rule));
                continue;
            }
            self.out.push(CodedEvent {
                sentence: self.s as u32,
                source: s,
                target: t,
                code,
                trigger: (e.trigger.0 as u32, e.trigger.1 as u32),
                rule: e.rule.clone(),
                negated: e.negated,
                modality,
                attributed_to: attributed.clone(),
                date: e.date,
                place: e.place,
                confidence: e.confidence,
                subordinate: e.subordinate,
                why: format!(
                    "source: {}; target: {}",
                    e.why_source,
                    if e.why_target.is_empty() { "none" } else { &e.why_target }
                ),
            });
        }
    }
}

struct Emission {
    subordinate: bool,
    source: usize,
    target: Option<usize>,
    forward: Option<String>,
    reverse: Option<String>,
    trigger: (usize, usize),
    rule: String,
    negated: bool,
    modality: Modality,
    date: Option<(Resolved, u32, u32)>,
    place: Option<(EntityId, u32, u32)>,
    confidence: f32,
    why_source: String,
    why_target: String,
}

/// Cooperation and concessions (CAMEO 03-08): what a refusal refuses.
fn yields(code: &str) -> bool {
    matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08"))
}

/// Events that make sense without a target: protests, force, mobilisation.
fn allows_no_target(code: &str) -> bool {
    matches!(&code[..2.min(code.len())], "14" | "15" | "18" | "19" | "20")
}

/// Notes of a sentence, in the analysis' form.
pub fn notes(s: usize, texts: Vec<String>) -> Vec<Note> {
    texts.into_iter().map(|text| Note { sentence: s, text }).collect()
}

/// The precision a resolved date reports.
pub fn precision(d: &Option<(Resolved, u32, u32)>) -> DatePrecision {
    d.as_ref().map_or(DatePrecision::Publication, |r| r.0.precision)
}
