//! What framing does to a verb's candidate: "X urged Y to negotiate" is X's appeal to Y;
//! "offered to mediate" an intention (039); "refused to impose" a rejection; "did not
//! agree to meet" a negated event; "will not release the hostages" a refusal (CAMEO 12),
//! which did happen; "will meet" an expressed intention (036).

use dragoman_core::cameo_root;
use dragoman_core::Modality;

use crate::doc::{Candidate, Embedding, Frame, Predicate};
use crate::sentence::SentenceView;

use super::context::Context;

pub fn apply(
    sv: &SentenceView,
    ctx: &Context,
    mut c: Candidate,
    p: &Predicate,
    embedded: Option<&Embedding>,
) -> Candidate {
    let a = sv.a;
    let frames = sv.frames;
    if let Some(e) = embedded {
        let framed = |code: Option<String>| code.and_then(|code| frames.embed(e.frame, &code));
        if matches!(e.frame, Frame::Appeal | Frame::Demand) {
            // "X urged Y to negotiate": X appeals to Y. The one asked to act is the
            // addressee, never the one who asks: "Peru was urged to talk" is no appeal of
            // Peru's, nor "he asked Peru and Chile to meet" (who "he" is unknown) an appeal
            // of Peru to Chile.
            if let Some(o) = e.object.or(c.source.filter(|&s| Some(s) != e.subject)) {
                c.target = Some(o);
                c.why_target = format!("addressee of \"{}\"", a.text(e.verb));
            }
            c.source = e.subject;
            c.why_source = c
                .source
                .map(|s| format!("subject of \"{}\"{}", a.text(e.verb), sv.via(s)))
                .unwrap_or_default();
            // "urged Peru not to attack": the appeal was made; the "not" is in what
            // was asked. Only the asking's own negation negates it.
            c.negated = false;
        } else if e.frame != Frame::Suppose
            && e.subject.is_some()
            // "denied that the channel was banned": a clause with a subject of its own is
            // not the framer's act.
            && !p.own_subject_names_no_one(a)
            && c.source
                .is_none_or(|s| Some(s) == e.subject || a.actors()[s].start < a.actors()[e.subject.unwrap_or(s)].start)
        {
            c.source = e.subject;
            c.why_source = c
                .source
                .map(|s| format!("subject of \"{}\"{}", a.text(e.verb), sv.via(s)))
                .unwrap_or_default();
        }
        // "tried to storm the building", "attempted to seize the town": an attempt at
        // protest, coercion or violence is that act, which happened (whatever came of
        // it); an attempt at anything else is an intention ("tried to negotiate"), and
        // so is an attempt that was itself only urged or planned.
        if e.frame == Frame::Intent
            && sv.lex.is(a.word(e.verb), crate::lexicon::Class::Attempts)
            && c.forward.as_deref().is_some_and(material_conflict)
            && crate::clauses::attempt_made(sv, e.verb)
        {
            c.negated |= e.negated;
            c.rule = format!("{}; attempted (\"{}\"): the attempt is the act", c.rule, a.text(e.verb));
            return c;
        }
        match e.frame {
            Frame::Negate => c.negated = true,
            Frame::Intent => c.modality = Modality::Intended,
            // "fear the army will attack": whoever fears it, the attack is not told.
            Frame::Suppose => c.modality = Modality::Hypothetical,
            // "were able to arrest them" they did; "is able to strike" they could. A verb
            // of managing says it was done in any tense ("managing to hold the town").
            Frame::Implicative if tells_only_ability(sv, e.verb) => c.modality = Modality::Hypothetical,
            _ => {}
        }
        let transform = !matches!(e.frame, Frame::Negate | Frame::Suppose | Frame::Implicative)
            && (ctx.options.intent_codes || e.frame != Frame::Intent);
        if transform {
            // An intention is its subject's alone: "Chile offered to meet Peru" is no
            // offer of Peru's.
            let both_ways = e.frame == Frame::Intent && together(sv, &c);
            c.forward = framed(c.forward);
            c.reverse = if both_ways { framed(c.reverse) } else { None };
        }
        // A negated frame ("did not agree to meet") negates the event.
        c.negated |= e.negated;
        c.rule = format!("{}; framed by \"{}\" ({})", c.rule, a.text(e.verb), e.frame.as_str());
    } else if p.modality == Modality::Intended
        && c.negated
        && ctx.options.intent_codes
        && c.forward.as_deref().is_some_and(yields)
    {
        // "will not release the hostages", "will not extradite the suspects": refusing to
        // cooperate or yield is a rejection (CAMEO 12), which did happen.
        c.forward = c.forward.and_then(|code| frames.embed(Frame::Reject, &code));
        c.reverse = None;
        c.negated = false;
        c.modality = Modality::Asserted;
        c.rule = format!("{}; refused (\"will not\"): a rejection", c.rule);
    } else if p.modality == Modality::Intended && ctx.options.intent_codes {
        // "will meet": CAMEO codes the expressed intention, its subject's alone ("Chile
        // will visit Peru" tells of no intention of Peru's).
        let both_ways = together(sv, &c);
        c.reverse = c
            .reverse
            .take()
            .filter(|_| both_ways)
            .map(|code| frames.embed(Frame::Intent, &code).unwrap_or(code));
        c.forward = c.forward.map(|code| frames.embed(Frame::Intent, &code).unwrap_or(code));
    }
    c
}

/// Is the candidate a mutual act (its code the same both ways) of several actors named
/// together and no one else ("Trump and Xi are to sign a deal")? Their intention is each
/// one's with each other, so it keeps both ways.
fn together(sv: &SentenceView, c: &Candidate) -> bool {
    c.forward.is_some()
        && c.forward == c.reverse
        && c.target.is_none()
        && c.source.is_some_and(|p| sv.a.actors()[p].units.len() >= 2)
}

/// "expected Peru to hand over the town": a verb of wanting whose complement another is
/// to do (see `clauses::wants_another_to_act`) demands it of that other; its own code is
/// that demand (CAMEO 10), not the intention (03) the dictionaries give it. (A coded
/// complement is framed as a demand itself: "wants the UK to extradite him".)
pub fn wanted_of_another(sv: &SentenceView, mut c: Candidate, p: &Predicate) -> Candidate {
    if c.forward.as_deref().and_then(cameo_root) != Some("03") || !crate::clauses::wants_another_to_act(sv, p.start) {
        return c;
    }
    c.forward = Some("100".to_string());
    c.reverse = None;
    c.rule = format!("{}; wanted of another: a demand", c.rule);
    c
}

/// "Peru said Chile must return the boats": a statement (CAMEO 01) of what another
/// must do (see `clauses::obliged_by_words`) demands it of that other (CAMEO 10); "said
/// Chile should have returned them" criticises it (111).
pub fn demanded_in_words(sv: &SentenceView, mut c: Candidate, p: &Predicate) -> Candidate {
    // A verb of demanding ("insisted Chile must …") keeps its code and gains its target
    // (unless it reproaches: "insisted Chile should have …").
    let root = c.forward.as_deref().and_then(cameo_root);
    let demand = root == Some("10") && c.target.is_none();
    if root != Some("01") && !demand {
        return c;
    }
    let Some((obliged, past)) = crate::clauses::obliged_by_words(sv, p.start).filter(|&(o, _)| Some(o) != c.source)
    else {
        return c;
    };
    let (code, what) = if past {
        ("111", "what another should have done: a reproach")
    } else {
        ("100", "what another must do: a demand")
    };
    if past || !demand {
        c.forward = Some(code.to_string());
        c.reverse = None;
    }
    c.target = Some(obliged);
    c.why_target = format!("subject of what \"{}\" says ought to be done", sv.a.text(p.start));
    c.rule = format!("{}; says {what}", c.rule);
    c
}

/// Does the implicative framing word at `word` tell only what one can do: an adjective
/// ("able") whose copula is not in the past ("is able", "will be able"; not "were able")?
/// A verb of managing ("managed", "manages", "managing") tells what was done.
fn tells_only_ability(sv: &SentenceView, word: usize) -> bool {
    let g = crate::grammar::Grammar::get();
    let a = sv.a;
    if !g.adjective_tags.has(a.dep(word).tag) {
        return false;
    }
    let holder = a.head(word).unwrap_or(word);
    crate::clauses::polarity(sv, holder).2 != crate::time::Tense::Past
}

/// Protest, coercion and violence (CAMEO 14, 15, 17-20): acts an attempt at already is.
fn material_conflict(code: &str) -> bool {
    matches!(cameo_root(code), Some("14" | "15" | "17" | "18" | "19" | "20"))
}

/// Cooperation and concessions (CAMEO 03-08): what a refusal refuses.
fn yields(code: &str) -> bool {
    matches!(cameo_root(code), Some("03" | "04" | "05" | "06" | "07" | "08"))
}
