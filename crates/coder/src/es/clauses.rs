//! The predicates of a Spanish sentence, read from word order and verb morphology (there
//! is no Spanish dependency model): the same [`Syntax`] the English clause reader gives,
//! so verb patterns, framing, dates, places and emission work unchanged.
//!
//! How it reads a sentence:
//! - a verb is a form of `data/es/verb_forms.tsv` not right after an article ("el ataque"
//!   is a noun); a compound tense is one predicate: haber + participle (active), ser or
//!   estar + participle (passive: "fueron detenidos por la Policía");
//! - a clause runs from the previous finite verb (or "que", ";") to the next one;
//! - the subject is the clause's last actor phrase before the verb that no preposition
//!   governs; without one, a relative "que" takes its antecedent, and a dropped subject
//!   (Spanish leaves it out) is the previous predicate's;
//! - the object is the first actor phrase after the verb in its clause ("a los
//!   candidatos", "contra la estación"), not one after "por" (a passive's agent) or a
//!   preposition of topic or time;
//! - "no", "nunca", "tampoco", "ni" before the verb (clitics between) negate it; the
//!   future and "ir a" make it intended, the conditional and "poder" hypothetical, and so
//!   does a governing verb of intent for the infinitive it governs ("planean atacar");
//! - "se" + a third-person verb with no subject is an impersonal passive ("se capturó a
//!   tres hombres"); a participle right after an actor is a reduced passive ("los
//!   candidatos amenazados por la guerrilla").
//!
//! Pure: it reads the document and returns [`Syntax`].

use dragoman_core::Modality;
use dragoman_kb::morph::{Mood, Morphology, Reading};
use dragoman_kb::verbs::Tense as VerbTense;
use dragoman_text::WordClass;

use crate::clauses::Syntax;
use crate::doc::{Clause, Frame, Predicate};
use crate::lexicon::Class;
use crate::sentence::SentenceView;
use crate::time::Tense;

/// A verb form in the sentence with the reading that fits it.
#[derive(Clone, Copy, Debug)]
struct Use {
    t: usize,
    reading: Reading,
}

impl Use {
    fn finite(&self) -> bool {
        self.reading.mood.is_finite()
    }
}

pub fn analyse(sv: &SentenceView) -> Syntax {
    let empty = Syntax {
        predicates: Vec::new(),
        embeddings: Vec::new(),
    };
    let Some(m) = sv.kb.morphology.as_ref() else {
        return empty;
    };
    let uses = verb_uses(sv, m);
    let mut predicates: Vec<Predicate> = Vec::new();
    let mut k = 0;
    while k < uses.len() {
        let chain = chain_at(sv, m, &uses, k);
        k = chain.next;
        let (forms, len) = dictionary_forms(sv, chain.main.t);
        if forms.is_empty() {
            continue;
        }
        let mut p = predicate(sv, &uses, &chain, forms, predicates.last());
        p.end = p.start + len;
        predicates.push(p);
    }
    attribute_reported(sv, m, &uses, &mut predicates);
    Syntax {
        predicates,
        embeddings: Vec::new(),
    }
}

/// "El ministro dijo que los rebeldes atacaron la base": the predicates after a speech
/// verb's "que" are what its subject reports.
fn attribute_reported(sv: &SentenceView, m: &Morphology, uses: &[Use], predicates: &mut [Predicate]) {
    let a = sv.a;
    for u in uses.iter().filter(|u| u.finite()) {
        let speech = sv.frames.frame(m.lemma(&u.reading)) == Some(Frame::Speech);
        if !speech {
            continue;
        }
        // "dijo que", "aseguró a la prensa que": the "que" within a few words.
        let Some(que) = (u.t + 1..sv.last().min(u.t + 7))
            .take_while(|&t| !uses.iter().any(|x| x.t == t && x.finite()))
            .find(|&t| a.has_class(t, WordClass::SCONJ))
        else {
            continue;
        };
        let start = (sv.first()..u.t)
            .rev()
            .find(|&t| matches!(a.word(t), ";" | ":") || uses.iter().any(|x| x.t == t && x.finite()))
            .map_or(sv.first(), |t| t + 1);
        let Some(speaker) = subject_before(sv, start, u.t) else {
            continue;
        };
        for p in predicates.iter_mut().filter(|p| p.start > que && p.speaker.is_none()) {
            p.speaker = Some(speaker);
        }
    }
}

/// The dictionary verbs a verb form at `t` reads as ([`crate::clauses::dictionary_verbs_at`]),
/// those whose verb line gives a code of its own first: the dictionary files one lemma
/// under several blocks, and a line's own code is what its author said of that verb.
fn dictionary_forms(sv: &SentenceView, t: usize) -> (Vec<dragoman_kb::VerbForm>, usize) {
    let (mut chosen, len) = crate::clauses::dictionary_verbs_at(sv, t);
    let verbs = &sv.kb.verbs;
    chosen.sort_by_key(|f| verbs.verb(*f).1.code.as_ref().is_none_or(|c| c.is_none()));
    (chosen, len)
}

/// Verb forms used as verbs, in text order.
fn verb_uses(sv: &SentenceView, m: &Morphology) -> Vec<Use> {
    let a = sv.a;
    let mut out = Vec::new();
    let accents = writes_accents(sv);
    for t in sv.first()..sv.last() {
        if a.is_punct(t) || sv.in_name(t) {
            continue;
        }
        let readings = m.readings(a.word(t));
        // Closed-class words are not verbs ("de" is not a form of dar here), except
        // the auxiliaries and modals themselves.
        let class = a.tags()[t].class;
        let auxiliary = class.has(WordClass::AUX) || class.has(WordClass::MODAL);
        if readings.is_empty() || (!class.is_empty() && !auxiliary) || in_time(sv, t) {
            continue;
        }
        // "esta", "este" are demonstratives unless a participle or gerund follows
        // ("está detenido", "estaba negociando").
        if class.has(WordClass::DET) && !participle_or_gerund_at(m, a, t + 1) {
            continue;
        }
        // "el ataque", "un acuerdo": after an article it is a noun. Clitic pronouns that
        // look like articles ("la atacaron") are pronouns before a finite verb.
        let after_det = t > sv.first() && a.has_class(t - 1, WordClass::DET);
        let after_pron = t > sv.first() && a.has_class(t - 1, WordClass::PRON);
        let after_prep = t > sv.first() && a.has_class(t - 1, WordClass::PREP);
        // Outside quotations news narrates in the third person: a form that can only be
        // first or second person ("sitio", "armas") is a noun there.
        let quoted = crate::doc::quote_at(a.quotes(), t).is_some();
        // Text that writes accents writes them on verbs too: there "sitio" is not "sitió".
        let plain = accents && a.text(t).is_ascii();
        let readings: Vec<Reading> = readings
            .iter()
            .copied()
            .filter(|r| quoted || !r.mood.is_finite() || r.person == 3 || r.person == 0)
            .filter(|r| !(plain && r.accented))
            .collect();
        let reading = best_reading(&readings, after_det && !after_pron);
        let Some(reading) = reading else { continue };
        if after_det && !(after_pron && reading.mood.is_finite()) {
            continue;
        }
        // A preposition takes a noun or an infinitive, never a finite verb ("de esta
        // población", "con armas").
        if after_prep && reading.mood.is_finite() {
            continue;
        }
        out.push(Use { t, reading });
    }
    out
}

/// Does the sentence write accents (any accented vowel)? Scraped and wire text often
/// drops them all, and then an unaccented form may stand for an accented one.
fn writes_accents(sv: &SentenceView) -> bool {
    (sv.first()..sv.last()).any(|t| {
        sv.a.text(t)
            .chars()
            .any(|c| matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú' | 'Á' | 'É' | 'Í' | 'Ó' | 'Ú'))
    })
}

fn in_time(sv: &SentenceView, t: usize) -> bool {
    sv.a.times_in(sv.first(), t + 1).iter().any(|x| t < x.end as usize)
}

fn participle_or_gerund_at(m: &Morphology, a: &crate::doc::Analysis, t: usize) -> bool {
    t < a.tokens().len()
        && m.readings(a.word(t))
            .iter()
            .any(|r| matches!(r.mood, Mood::Participle | Mood::Gerund))
}

/// The reading to go on: a finite one first (third person preferred), then participle,
/// infinitive, gerund.
fn best_reading(readings: &[Reading], noun_position: bool) -> Option<Reading> {
    if noun_position {
        return None;
    }
    let rank = |r: &Reading| match r.mood {
        Mood::Preterite | Mood::Present | Mood::Imperfect | Mood::Future | Mood::Conditional => {
            if r.person == 3 {
                0
            } else {
                1
            }
        }
        Mood::SubjunctivePresent | Mood::SubjunctiveImperfect => 2,
        Mood::Participle => 3,
        Mood::Infinitive => 4,
        Mood::Gerund => 5,
        Mood::Imperative => 6,
    };
    readings.iter().copied().min_by_key(rank)
}

/// A verb with its auxiliaries: "han sido detenidos", "va a atacar", "planean atacar".
struct Chain {
    /// The first token of the chain (where negation and the subject are looked for).
    anchor: usize,
    /// The finite form that gives the tense, if any.
    finite: Option<Use>,
    /// The verb that carries the event.
    main: Use,
    passive: bool,
    modality: Modality,
    /// Index in the uses of the next verb after the chain.
    next: usize,
    /// The main verb is an infinitive or gerund after a preposition ("para atacar").
    subordinate: bool,
}

fn chain_at(sv: &SentenceView, m: &Morphology, uses: &[Use], k: usize) -> Chain {
    let a = sv.a;
    let lex = sv.lex;
    let first = uses[k];
    let mut chain = Chain {
        anchor: first.t,
        finite: first.finite().then_some(first),
        main: first,
        passive: false,
        modality: modality_of(first.reading.mood),
        next: k + 1,
        subordinate: !first.finite()
            && first.reading.mood != Mood::Participle
            && first.t > sv.first()
            && a.has_class(first.t - 1, WordClass::PREP),
    };
    let mut j = k;
    // Each step: the verb at j governs the one at j + 1 (within two tokens: "ha sido",
    // "va a atacar", "quieren volver a").
    while j + 1 < uses.len() {
        let (cur, nxt) = (uses[j], uses[j + 1]);
        let gap = nxt.t - cur.t;
        // Any reading of the governing form counts ("fueron": ser or ir).
        let is = |class: Class| m.readings(a.word(cur.t)).iter().any(|r| lex.is(m.lemma(r), class));
        let step = match nxt.reading.mood {
            Mood::Participle if gap == 1 && is(Class::PassiveAuxiliary) => {
                chain.passive = true;
                true
            }
            Mood::Participle if gap == 1 && is(Class::PastAuxiliary) => true,
            Mood::Infinitive if gap == 2 && lex.is(a.word(cur.t + 1), Class::Recipient) && is(Class::Future) => {
                chain.modality = Modality::Intended;
                true
            }
            Mood::Infinitive if gap == 1 && is(Class::Possibility) => {
                chain.modality = Modality::Hypothetical;
                true
            }
            Mood::Infinitive if gap <= 2 && is(Class::IntentModifier) => {
                chain.modality = Modality::Intended;
                true
            }
            _ => false,
        };
        if !step {
            break;
        }
        j += 1;
        chain.main = nxt;
    }
    chain.next = j + 1;
    chain
}

fn modality_of(mood: Mood) -> Modality {
    match mood {
        Mood::Future => Modality::Intended,
        Mood::Conditional => Modality::Hypothetical,
        _ => Modality::Asserted,
    }
}

fn predicate(
    sv: &SentenceView,
    uses: &[Use],
    chain: &Chain,
    forms: Vec<dragoman_kb::VerbForm>,
    previous: Option<&Predicate>,
) -> Predicate {
    let a = sv.a;
    let lex = sv.lex;
    let v = chain.main;
    let clause = clause_around(sv, uses, chain);
    let mood = chain.finite.map_or(v.reading.mood, |f| f.reading.mood);
    let mut passive = chain.passive;
    let mut subject = subject_before(sv, clause.start, chain.anchor);
    // A participle right after an actor, with no auxiliary: "los candidatos amenazados".
    if chain.finite.is_none() && v.reading.mood == Mood::Participle && chain.anchor == v.t {
        let reduced = sv
            .phrases
            .iter()
            .copied()
            .find(|&p| a.actors()[p].end as usize == v.t && sv.usable(p));
        if reduced.is_some() {
            passive = true;
            subject = reduced;
        }
    }
    let relative = subject.is_none()
        && chain.anchor > sv.first()
        && lex.is(a.word(clause.start.saturating_sub(1).max(sv.first())), Class::Relative);
    if relative {
        subject = subject_before(sv, sv.first(), clause.start.saturating_sub(1));
    }
    let (mut object, agent) = after_verb(sv, v.t + 1, clause.end, passive);
    // "se capturó a tres hombres": impersonal, the object is who underwent it.
    let se = chain.anchor > sv.first() && a.word(chain.anchor - 1) == "se";
    if subject.is_none() && se && v.reading.person == 3 && !passive && object.is_some() {
        passive = true;
        subject = object.take();
    }
    // A dropped subject is the previous predicate's ("atacaron la base y huyeron").
    let dropped = subject.is_none() && !passive && v.reading.mood != Mood::Participle;
    if dropped {
        subject = previous.filter(|p| !p.passive).and_then(|p| p.subject);
    }
    // A perfect ("han atacado") and a bare passive participle ("atacados por") tell of the
    // past; the future and intentions of what is to come.
    let perfect = chain.finite.is_some() && v.reading.mood == Mood::Participle && !passive;
    let bare_passive = passive && mood == Mood::Participle;
    let time_tense = if mood.is_past() || perfect || bare_passive {
        Tense::Past
    } else if matches!(mood, Mood::Future | Mood::Conditional) || chain.modality == Modality::Intended {
        Tense::Future
    } else {
        Tense::Present
    };
    let past_form = |u: &Use| u.reading.mood.is_past() || u.reading.mood == Mood::Participle;
    Predicate {
        start: v.t,
        end: v.t + 1,
        forms,
        tense: if past_form(&v) || chain.finite.is_some_and(|f| past_form(&f)) {
            VerbTense::Past
        } else if v.reading.mood == Mood::Gerund {
            VerbTense::Gerund
        } else {
            VerbTense::Base
        },
        clause,
        subject,
        subject_token: None,
        object,
        object_token: direct_object(sv, v.t, clause.end),
        agent,
        passive,
        negated: negated(sv, chain.anchor),
        modality: chain.modality,
        time_tense,
        subordinate: chain.subordinate,
        frames_next: false,
        speaker: None,
    }
}

/// The clause of a verb chain: from after the previous finite verb, relative pronoun or
/// semicolon to before the next finite verb, relative pronoun or semicolon.
fn clause_around(sv: &SentenceView, uses: &[Use], chain: &Chain) -> Clause {
    let a = sv.a;
    let lex = sv.lex;
    let boundary = |t: usize| lex.is(a.word(t), Class::Relative) || matches!(a.word(t), ";" | ":");
    let finite_other = |t: usize| uses.iter().any(|u| u.t == t && u.finite()) && t != chain.anchor;
    let mut start = chain.anchor;
    while start > sv.first() && !boundary(start - 1) && !finite_other(start - 1) {
        start -= 1;
    }
    let mut end = chain.main.t + 1;
    while end < sv.last() && !boundary(end) && !finite_other(end) {
        end += 1;
    }
    Clause { start, end }
}

/// Is the token before `start` (an article aside) a preposition, so the phrase there
/// is no subject?
fn governed(sv: &SentenceView, start: usize) -> Option<usize> {
    let a = sv.a;
    let mut t = start;
    // Determiners and numerals may stand between ("a los dos", "contra cuatro").
    for _ in 0..3 {
        if t <= sv.first() {
            return None;
        }
        t -= 1;
        if a.has_class(t, WordClass::DET) || is_numeral(a.word(t)) {
            continue;
        }
        return a.has_class(t, WordClass::PREP).then_some(t);
    }
    None
}

fn is_numeral(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit()) || crate::es::time::number(w).is_some()
}

/// The last actor phrase in `from..to` that no preposition governs; else, when the
/// clause opens with a noun that names no actor, the actor its "de" introduces
/// ("Negociadores de Japón se reunieron": Japan's negotiators, so Japan).
fn subject_before(sv: &SentenceView, from: usize, to: usize) -> Option<usize> {
    let a = sv.a;
    let within = |p: usize| {
        let ph = &a.actors()[p];
        (ph.start as usize) >= from && (ph.end as usize) <= to && sv.usable(p)
    };
    let free = sv
        .phrases
        .iter()
        .copied()
        .rev()
        .find(|&p| within(p) && governed(sv, a.actors()[p].start as usize).is_none());
    free.or_else(|| {
        let p = sv.phrases.iter().copied().find(|&p| within(p))?;
        let prep = governed(sv, a.actors()[p].start as usize)?;
        let mut head = from;
        while head < prep && a.has_class(head, WordClass::DET) {
            head += 1;
        }
        let opens_with_noun = head + 1 == prep && a.tags()[head].class.is_empty() && a.actor_at(head).is_none();
        (opens_with_noun && sv.lex.is(a.word(prep), Class::Genitive)).then_some(p)
    })
}

/// The direct object or complement clause right after the verb at `v`: a determiner or
/// possessive opens a noun phrase ("manifestaron su rechazo"), "que" a clause; a
/// preposition opens neither ("se manifestaron en la plaza", "a los rehenes").
fn direct_object(sv: &SentenceView, v: usize, end: usize) -> Option<usize> {
    let a = sv.a;
    let t = v + 1;
    if t >= end.min(sv.last()) || a.has_class(t, WordClass::PREP) {
        return None;
    }
    (a.has_class(t, WordClass::DET | WordClass::POSS) || a.word(t) == "que").then_some(t)
}

/// The object and the agent ("por …") after a verb, in `from..to`.
fn after_verb(sv: &SentenceView, from: usize, to: usize, passive: bool) -> (Option<usize>, Option<usize>) {
    let a = sv.a;
    let lex = sv.lex;
    let (mut object, mut agent) = (None, None);
    for &p in &sv.phrases {
        let ph = &a.actors()[p];
        let (s, e) = (ph.start as usize, ph.end as usize);
        if s < from || e > to || !sv.usable(p) {
            continue;
        }
        match governed(sv, s).map(|t| a.word(t)) {
            Some(w) if lex.is(w, Class::AgentBy) => {
                if passive && agent.is_none() {
                    agent = Some(p);
                }
            }
            // "en Santiago": a place, not whom the event was done to.
            Some(w) if lex.is(w, Class::NoTarget) || lex.is(w, Class::Locative) => {}
            _ => {
                if object.is_none() && !passive {
                    object = Some(p);
                }
            }
        }
    }
    (object, agent)
}

/// "no", "nunca", "tampoco", "ni" before the chain, clitic pronouns between.
fn negated(sv: &SentenceView, anchor: usize) -> bool {
    let a = sv.a;
    let mut t = anchor;
    while t > sv.first() {
        t -= 1;
        if a.has_class(t, WordClass::NEG) {
            return true;
        }
        if !a.has_class(t, WordClass::PRON) {
            return false;
        }
    }
    false
}
