//! The learned layer: a sparse linear model (multinomial logistic regression over hashed
//! features) that reads a sentence and what the rules made of it, and says how likely
//! each class of main event is — the five penta classes of CAMEO (0 statements and
//! appeals, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
//! conflict) or no event at all.
//!
//! It never replaces provenance: events still come from the rules, with their spans and
//! patterns. The model chooses a sentence's main event among the rules' candidates, gives
//! each event a calibrated confidence, and names the class when the rules only found cues.
//! Trained by `dragoman train` on the development sets (see `dragoman_eval::learn`);
//! weights in `data/models/events.bin`.
//!
//! Features: words and word pairs of the sentence, character 3-5-grams of its words, the
//! words of the main candidate's clause, and the rules' outputs (the main candidate's
//! code, root and class, its trigger, framing, negation, modality, actor sectors, every
//! cue's root, how many events).

use std::sync::{Arc, OnceLock};

use dragoman_core::Modality;
use dragoman_linear::{hash, ByteReader, ByteWriter, FormatError, Logistic};

use crate::doc::{Analysis, Judgement};

/// The classes the model tells apart.
pub const CLASSES: [&str; 6] = [
    "statement or appeal",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
    "no event",
];
pub const NO_EVENT: usize = 5;

/// The probability above which the model's class overrides the rules' codes.
pub const SURE: f32 = 0.8;

const MAGIC: &[u8] = b"DRAGOMAN-EVENTS-1";
static BUILTIN: &[u8] = include_bytes!("../../../data/models/events.bin");

/// The penta class of a CAMEO code.
pub fn penta(code: &str) -> Option<usize> {
    dragoman_core::Ontology::get().event(code).map(|e| e.penta as usize)
}

pub struct EventModel {
    pub classes: Logistic,
}

impl EventModel {
    /// The model compiled into the binary, if one was trained.
    pub fn builtin() -> Option<Arc<EventModel>> {
        static MODEL: OnceLock<Option<Arc<EventModel>>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                (!BUILTIN.is_empty())
                    .then(|| Arc::new(EventModel::from_bytes(BUILTIN).expect("the built-in event model is valid")))
            })
            .clone()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.buf.extend_from_slice(MAGIC);
        self.classes.write(&mut w);
        w.buf
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<EventModel, FormatError> {
        let mut r = ByteReader::new(bytes);
        r.expect(MAGIC)?;
        let classes = Logistic::read(&mut r)?;
        if classes.n_classes() != CLASSES.len() || !r.is_done() {
            return Err(FormatError("the event model does not have the expected classes".into()));
        }
        Ok(EventModel { classes })
    }

    /// The probabilities of every class for sentence `s`.
    pub fn judge(&self, a: &Analysis, s: usize) -> Judgement {
        let mut f = Vec::with_capacity(256);
        features(a, s, &mut f);
        let mut probs = Vec::new();
        self.classes.probabilities(&f, &mut probs);
        Judgement::new(s, probs, NO_EVENT)
    }

    /// The features that weigh most for class `class` in sentence `s`, with their weights
    /// (for `explain`).
    pub fn top_features(&self, a: &Analysis, s: usize, class: usize, n: usize) -> Vec<(String, f32)> {
        let mut named = Vec::new();
        named_features(a, s, &mut |key, name| {
            named.push((name, self.classes.weight(key, class)))
        });
        named.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        named.dedup_by(|a, b| a.0 == b.0);
        named.truncate(n);
        named
    }
}

/// A code that stands for each class when the model names a class the rules did not code.
pub fn class_code(class: usize) -> Option<&'static str> {
    ["010", "040", "060", "110", "190"].get(class).copied()
}

/// The hashed features of sentence `s`.
pub fn features(a: &Analysis, s: usize, out: &mut Vec<u64>) {
    out.clear();
    named_or_hashed(a, s, &mut |key, _| out.push(key), false);
}

fn named_features(a: &Analysis, s: usize, sink: &mut dyn FnMut(u64, String)) {
    named_or_hashed(a, s, sink, true);
}

/// Walks the features of sentence `s`, calling `sink` with each key (and, when `names`, a
/// readable name; the name is empty otherwise, to keep coding fast).
fn named_or_hashed(a: &Analysis, s: usize, sink: &mut dyn FnMut(u64, String), names: bool) {
    let sent = a.sentences()[s];
    let (first, last) = (sent.first as usize, sent.last as usize);
    let name = |f: &dyn Fn() -> String| if names { f() } else { String::new() };
    sink(hash::feature(0, &[]), name(&|| "bias".into()));
    // The words.
    let mut prev: Option<u64> = None;
    for t in first..last {
        if a.is_punct(t) {
            continue;
        }
        let w = a.word(t);
        let hw = hash::string(w);
        sink(hash::feature(1, &[hw]), name(&|| format!("word \"{w}\"")));
        if let Some(p) = prev {
            sink(
                hash::feature(2, &[p, hw]),
                name(&|| format!("word pair ending \"{w}\"")),
            );
        }
        prev = Some(hw);
        // Character 3-5-grams of the word with boundary marks, hashed without building
        // strings: the byte positions of its characters, then each window's bytes.
        let marked = format!("^{w}$");
        let bounds: Vec<usize> = marked
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(marked.len()))
            .collect();
        for n in 3..=5 {
            for k in 0..bounds.len().saturating_sub(n) {
                let gram = &marked[bounds[k]..bounds[k + n]];
                sink(
                    hash::feature(3, &[hash::string(gram)]),
                    name(&|| format!("characters \"{gram}\"")),
                );
            }
        }
    }
    // What the rules made of it.
    let events: Vec<&crate::doc::CodedEvent> = a.events().iter().filter(|e| e.sentence as usize == s).collect();
    let n_events = events.len().min(3) as u64;
    sink(
        hash::feature(10, &[n_events]),
        name(&|| format!("{n_events} rule events")),
    );
    let main = events
        .iter()
        .filter(|e| !e.negated)
        .min_by_key(|e| (e.subordinate, e.code.starts_with("01")))
        .or(events.first());
    match main {
        Some(e) => {
            let root = e.code.get(..2).unwrap_or(&e.code);
            let class = penta(&e.code).unwrap_or(NO_EVENT) as u64;
            sink(
                hash::feature(11, &[hash::string(&e.code)]),
                name(&|| format!("rule code {}", e.code)),
            );
            sink(
                hash::feature(12, &[hash::string(root)]),
                name(&|| format!("rule root {root}")),
            );
            sink(
                hash::feature(13, &[class]),
                name(&|| format!("rule class {}", CLASSES[class as usize])),
            );
            let trigger = a.word(e.trigger.0 as usize);
            sink(
                hash::feature(14, &[hash::string(trigger), class]),
                name(&|| format!("trigger \"{trigger}\" with the rule class")),
            );
            let kind = e.rule.split(':').next().unwrap_or("");
            sink(
                hash::feature(15, &[hash::string(kind)]),
                name(&|| format!("rule kind {kind}")),
            );
            let framed = e.rule.contains("framed by") || e.rule.contains("refused");
            sink(
                hash::feature(16, &[framed as u64, class]),
                name(&|| format!("framed {framed}")),
            );
            sink(
                hash::feature(17, &[e.negated as u64]),
                name(&|| format!("negated {}", e.negated)),
            );
            let m = e.modality as u64;
            sink(
                hash::feature(18, &[m, class]),
                name(&|| format!("modality {:?}", e.modality)),
            );
            let sector = |u: Option<&crate::doc::ActorUnit>| {
                u.map_or("none".to_string(), |u| {
                    u.sector().unwrap_or(u.code.get(..3).unwrap_or("")).to_string()
                })
            };
            let (ss, ts) = (sector(e.source.as_ref()), sector(e.target.as_ref()));
            sink(
                hash::feature(19, &[hash::string(&ss), class]),
                name(&|| format!("source sector {ss}")),
            );
            sink(
                hash::feature(20, &[hash::string(&ts), class]),
                name(&|| format!("target sector {ts}")),
            );
            sink(
                hash::feature(21, &[e.subordinate as u64]),
                name(&|| format!("subordinate {}", e.subordinate)),
            );
            let _ = Modality::Asserted;
            // The words of the main event's clause.
            let clause = crate::clauses::clause_around(a, e.trigger.0 as usize);
            for t in clause.start..clause.end {
                if !a.is_punct(t) {
                    let w = a.word(t);
                    sink(
                        hash::feature(22, &[hash::string(w)]),
                        name(&|| format!("clause word \"{w}\"")),
                    );
                }
            }
        }
        None => sink(hash::feature(23, &[]), name(&|| "no rule event".into())),
    }
    for e in &events {
        let root = e.code.get(..2).unwrap_or(&e.code);
        sink(
            hash::feature(24, &[hash::string(root)]),
            name(&|| format!("an event of root {root}")),
        );
    }
    for c in a.cues().iter().filter(|c| c.sentence == s) {
        let root = c.code.get(..2).unwrap_or(&c.code);
        sink(
            hash::feature(25, &[hash::string(root), c.subordinate as u64]),
            name(&|| format!("cue of root {root}")),
        );
    }
}
