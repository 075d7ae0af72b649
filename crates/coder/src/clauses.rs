//! The shallow parse of a sentence, computed once: which dictionary verbs are used as verbs,
//! each one's clause, subject, object, passive and agent, negation, modality and tense,
//! whether it is subordinate, and which verbs frame others ("offered to mediate").
//!
//! Reads: tokens, tags, actor phrases. Adds: [`Syntax`] (predicates and embeddings), which
//! the event stages read. The functions here are pure: they look at the document only.

use dragoman_core::Modality;
use dragoman_kb::verbs::Tense as VerbTense;
use dragoman_kb::VerbForm;
use dragoman_text::WordClass;

use crate::doc::{Analysis, Clause, Embedding, Frame, Predicate};
use crate::sentence::SentenceView;
use crate::time::Tense;

/// A sentence's predicates and framing relations.
pub struct Syntax {
    pub predicates: Vec<Predicate>,
    pub embeddings: Vec<Embedding>,
}

impl Syntax {
    /// The framing of the verb starting at token `verb`, if something frames it.
    pub fn embedding_of(&self, verb: usize) -> Option<&Embedding> {
        self.embeddings.iter().find(|e| e.embedded == verb)
    }
}

/// A verb occurrence before its clause is read.
struct VerbUse {
    start: usize,
    end: usize,
    forms: Vec<VerbForm>,
    tense: VerbTense,
}

/// Reads the sentence's predicates and embeddings.
pub fn analyse(sv: &SentenceView) -> Syntax {
    let verbs = verbs(sv);
    let embeddings = embeddings(sv, &verbs);
    let predicates = verbs
        .into_iter()
        .map(|v| {
            let clause = clause(sv, v.start, v.end);
            let (negated, modality, time_tense) = aux(sv, v.start, v.end, v.tense, &clause);
            Predicate {
                subject: subject(sv, v.start, v.end, &clause),
                object: object(sv, &v, &clause),
                agent: by_agent(sv, v.end, &clause),
                passive: is_passive(sv, &v),
                negated,
                modality,
                time_tense,
                subordinate: is_subordinate(sv, &v, &clause),
                frames_next: frames_next_verb(sv, v.end),
                clause,
                start: v.start,
                end: v.end,
                forms: v.forms,
                tense: v.tense,
            }
        })
        .collect();
    Syntax { predicates, embeddings }
}

/// The frame of a verb's lemma, when the dictionaries list its forms under a framing verb.
pub fn frame_of_forms(sv: &SentenceView, forms: &[VerbForm]) -> Option<Frame> {
    forms.iter().find_map(|f| {
        let (_, e) = sv.kb.verbs.verb(*f);
        sv.frames.frame(&e.words[e.head])
    })
}

/// Tokens used as verbs (not as nouns: "the meeting", "a visit").
fn verbs(sv: &SentenceView) -> Vec<VerbUse> {
    let a = sv.a;
    let mut out = Vec::new();
    let mut i = sv.first();
    while i < sv.last() {
        if !a.tags()[i].verb || sv.in_name(i) {
            i += 1;
            continue;
        }
        let forms: Vec<VerbForm> = sv.kb.verbs.lookup(a.word(i)).to_vec();
        // A form may be listed under several verbs; any past reading makes it past.
        let tense = [VerbTense::Past, VerbTense::Gerund, VerbTense::Third]
            .into_iter()
            .find(|t| forms.iter().any(|f| f.tense == *t))
            .unwrap_or(VerbTense::Base);
        if !is_verb_use(sv, i, tense) {
            i += 1;
            continue;
        }
        // Multi-word verbs: "meet with", "call on": the longest whose words follow.
        let mut best_len = 1;
        let mut chosen: Vec<VerbForm> = Vec::new();
        for f in &forms {
            let (_, entry) = sv.kb.verbs.verb(*f);
            let rest = &entry.words[entry.head + 1..];
            let before = &entry.words[..entry.head];
            if !before.is_empty() {
                continue;
            }
            let fits = rest
                .iter()
                .enumerate()
                .all(|(k, w)| i + 1 + k < sv.last() && a.word(i + 1 + k) == &**w);
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

/// Is the dictionary verb form at `i` used as a verb here?
pub fn is_verb_use(sv: &SentenceView, i: usize, tense: VerbTense) -> bool {
    let a = sv.a;
    // Verb forms that work as prepositions: "according to", "including", "regarding".
    let w = a.word(i);
    if matches!(
        w,
        "including" | "regarding" | "concerning" | "excluding" | "following" | "pending" | "given"
    ) || (w == "according" && i + 1 < sv.last() && a.word(i + 1) == "to")
    {
        return false;
    }
    let prev = (i > sv.first()).then(|| i - 1);
    let prev_word = prev.map_or("", |p| a.word(p));
    // The second half of a hyphenated modifier: "war-torn", "Iranian-backed",
    // "state-run" describe a noun; nobody tore or backed anything in this clause.
    // Verb prefixes keep the verb: "re-elected", "co-operate", "counter-attacked".
    if prev_word == "-" && i >= sv.first() + 2 {
        let (hyphen, word) = (&a.tokens()[i - 1], &a.tokens()[i - 2]);
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
        if word.end == hyphen.start && hyphen.end == a.tokens()[i].start && !prefix {
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
        && i > sv.first()
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
            let after_actor = sv.phrases.iter().any(|&p| {
                a.actors()[p].end as usize == i
                    || (a.actors()[p].end as usize + 1 == i && a.word(i - 1).ends_with("ly"))
            });
            let after_adverb = prev_word.ends_with("ly") && prev_word.len() > 4;
            let after_prep = prev.is_some_and(|p| a.has_class(p, WordClass::PREP));
            (after_to || after_aux || after_actor || after_adverb || prev.is_none() || prev_word == "and")
                && (!after_prep || after_to)
        }
    }
}

/// Framing verbs and adjectives ("offered to", "would be happy to", "urged X to") and the
/// verb each frames.
fn embeddings(sv: &SentenceView, verbs: &[VerbUse]) -> Vec<Embedding> {
    let a = sv.a;
    let mut out: Vec<Embedding> = Vec::new();
    let framed = |frame, subject, object, verb: usize, embedded| Embedding {
        frame,
        subject,
        object,
        verb,
        negated: aux(sv, verb, verb + 1, VerbTense::Base, &clause(sv, verb, verb + 1)).0,
        embedded,
    };
    for (k, v) in verbs.iter().enumerate() {
        let frame = sv
            .frames
            .frame(a.word(v.start))
            .or_else(|| frame_of_forms(sv, &v.forms));
        let Some(frame) = frame.filter(|f| *f != Frame::Speech) else {
            continue;
        };
        // "to" + next verb within the clause, possibly after an object ("urged Iran to").
        let Some(next) = verbs.get(k + 1) else { continue };
        let to_at = (v.end..next.start).find(|&t| a.word(t) == "to");
        if to_at != Some(next.start - 1) || next.start - v.end > 6 {
            continue;
        }
        let clause = clause(sv, v.start, v.end);
        let subject = subject(sv, v.start, v.end, &clause);
        let object = sv.phrases.iter().copied().find(|&p| {
            let ph = &a.actors()[p];
            ph.start as usize >= v.end && (ph.end as usize) < next.start && ph.is_actor()
        });
        out.push(framed(frame, subject, object, v.start, next.start));
        // "happy to host and mediate": the frame covers coordinated verbs too.
        if let Some(after) = verbs.get(k + 2) {
            if after.start == next.end + 1 && matches!(a.word(next.end), "and" | "or") {
                out.push(framed(frame, subject, object, v.start, after.start));
            }
        }
    }
    // Adjectives: "would be happy to", "is ready to", "is expected to", "is set to".
    for (k, v) in verbs.iter().enumerate() {
        if v.start < 2 || out.iter().any(|e| e.embedded == v.start) {
            continue;
        }
        if a.word(v.start - 1) != "to" {
            continue;
        }
        let adj = a.word(v.start - 2);
        let frame = match adj {
            "happy" | "ready" | "willing" | "prepared" | "eager" | "keen" | "set" | "due" | "expected"
            | "determined" | "going" | "about" | "able" => Frame::Intent,
            "unwilling" | "reluctant" => Frame::Reject,
            "unable" => Frame::Negate,
            _ => continue,
        };
        let at = v.start - 2;
        let subject = subject(sv, at, at + 1, &clause(sv, at, at + 1));
        out.push(framed(frame, subject, None, at, v.start));
        if let Some(after) = verbs.get(k + 1) {
            if after.start == v.end + 1 && matches!(a.word(v.end), "and" | "or") {
                out.push(framed(frame, subject, None, at, after.start));
            }
        }
    }
    out
}

/// The clause around tokens `start..end` of the view's sentence.
pub fn clause(sv: &SentenceView, start: usize, end: usize) -> Clause {
    clause_in(sv.a, sv.s, start, end)
}

/// The clause around tokens `start..end` of sentence `s`: up to the nearest boundary on
/// each side.
pub fn clause_in(a: &Analysis, s: usize, start: usize, end: usize) -> Clause {
    let (first, last) = (a.sentences()[s].first as usize, a.sentences()[s].last as usize);
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
            && a.tags()[e + 1].verb
            && !a.has_class(e + 1, WordClass::DET)
        {
            break;
        }
        e += 1;
    }
    Clause { start: s, end: e }
}

/// The actor doing the verb at `v_start..v_end`: the nearest actor phrase before it in
/// the clause that is not inside a prepositional phrase; for relative clauses, the
/// antecedent.
pub fn subject(sv: &SentenceView, v_start: usize, v_end: usize, clause: &Clause) -> Option<usize> {
    let a = sv.a;
    let before: Vec<usize> = sv
        .phrases
        .iter()
        .copied()
        .filter(|&p| {
            let ph = &a.actors()[p];
            (ph.end as usize) <= v_start && ph.start as usize >= clause.start && !ph.media
        })
        .collect();
    for &p in before.iter().rev() {
        let ph = &a.actors()[p];
        if !sv.usable(p) {
            continue;
        }
        let start = ph.start as usize;
        if start > sv.first() && a.has_class(start - 1, WordClass::PREP) && !matches!(a.word(start - 1), "that") {
            continue;
        }
        return Some(p);
    }
    // Relative clause: "Lavrov, who met…", "the group which…".
    let first = clause.start;
    if first > sv.first() && a.has_class(first, WordClass::REL) {
        // The antecedent stands right before the pronoun (a comma between at most);
        // "attacks against our cities, which destroy…": after a preposition, "which"
        // and "that" refer to the head noun ("attacks"), not the actor inside the PP.
        let thing = matches!(a.word(first), "which" | "that");
        return sv.phrases.iter().copied().rfind(|&p| {
            let ph = &a.actors()[p];
            let (start, end) = (ph.start as usize, ph.end as usize);
            let adjacent = end == first || (end + 1 == first && a.word(end) == ",");
            let in_pp = start > sv.first() && a.has_class(start - 1, WordClass::PREP);
            end <= first && adjacent && ph.is_actor() && !(thing && in_pp)
        });
    }
    // Inverted: "as announced on Wednesday … the Russian Foreign Minister".
    if first < v_start && matches!(a.word(first), "as" | "according") {
        return sv.phrases.iter().copied().find(|&p| {
            (a.actors()[p].start as usize) >= v_end
                && (a.actors()[p].start as usize) < clause.end
                && a.actors()[p].is_actor()
        });
    }
    None
}

fn is_passive(sv: &SentenceView, v: &VerbUse) -> bool {
    if v.tense != VerbTense::Past {
        return false;
    }
    let mut t = v.start;
    for _ in 0..3 {
        if t == sv.first() {
            return false;
        }
        t -= 1;
        let w = sv.a.word(t);
        if matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being" | "am" | "'s") {
            return true;
        }
        if !(sv.a.has_class(t, WordClass::NEG) || w.ends_with("ly") || matches!(w, "also" | "still" | "reportedly")) {
            return false;
        }
    }
    false
}

/// The verb's target: an actor right after it ("met Lavrov"), or in a prepositional
/// phrase that can carry a target ("talks with Lavrov", "sanctions against Russia").
/// Not a place ("in Istanbul"), a topic ("about Ukraine"), a source of a report
/// ("according to Moscow"), nor past another verb ("problems created by…").
fn object(sv: &SentenceView, v: &VerbUse, clause: &Clause) -> Option<usize> {
    let a = sv.a;
    let next_verb = (v.end..clause.end)
        .find(|&t| a.tags()[t].verb && !sv.in_name(t) && is_verb_use(sv, t, sv.kb.verbs.lookup(a.word(t))[0].tense));
    let end = next_verb.unwrap_or(clause.end);
    let speech = sv.frames.frame(a.word(v.start)) == Some(Frame::Speech);
    sv.phrases.iter().copied().find(|&p| {
        let ph = &a.actors()[p];
        let start = ph.start as usize;
        if start < v.end || start >= end || !sv.usable(p) {
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

fn by_agent(sv: &SentenceView, v_end: usize, clause: &Clause) -> Option<usize> {
    sv.phrases.iter().copied().find(|&p| {
        let ph = &sv.a.actors()[p];
        let start = ph.start as usize;
        start > v_end && start < clause.end && sv.a.word(start - 1) == "by" && ph.is_actor()
    })
}

/// Negation, modality and tense from the words before the verb at `start..end`.
pub fn aux(sv: &SentenceView, start: usize, end: usize, tense: VerbTense, clause: &Clause) -> (bool, Modality, Tense) {
    let a = sv.a;
    let mut negated = false;
    let mut modality = Modality::Asserted;
    let mut tense = match tense {
        VerbTense::Past => Tense::Past,
        _ => Tense::Present,
    };
    let from = start.saturating_sub(5).max(clause.start);
    for t in from..start {
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
    if end < clause.end && matches!(a.word(end), "no" | "never") {
        negated = true;
    }
    (negated, modality, tense)
}

/// Is the verb in a subordinate clause or a modifier rather than the sentence's main
/// predication: a relative or adverbial clause, a past participle after a noun ("a
/// ban imposed on X"), an infinitive or gerund after a preposition ("to fight",
/// "after meeting")?
fn is_subordinate(sv: &SentenceView, v: &VerbUse, clause: &Clause) -> bool {
    let a = sv.a;
    if clause.start > sv.first()
        && (a.has_class(clause.start, WordClass::REL) || a.has_class(clause.start, WordClass::SCONJ))
    {
        return true;
    }
    let Some(prev) = v.start.checked_sub(1).filter(|&p| p >= sv.first()) else {
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
        && a.tags()[prev].class.is_empty()
        && !a.tags()[prev].verb
        && !a.is_capitalized(prev)
        && a.times_in(prev, prev + 1).is_empty()
        && a.actors_in(sv.s).all(|p| a.actors()[p].end as usize != v.start)
        && !w.ends_with("ly")
}

/// Is the verb ending at `v_end` followed by "to" + another verb ("offered to mediate")?
fn frames_next_verb(sv: &SentenceView, v_end: usize) -> bool {
    let a = sv.a;
    (v_end..(v_end + 6).min(sv.last()))
        .any(|t| a.word(t) == "to" && t + 1 < sv.last() && a.tags()[t + 1].verb && !a.has_class(t + 1, WordClass::DET))
}
