//! The gold sets of `../shared/eval` and how each is scored. Nothing here knows the
//! answers: each runner reads the gold labels, codes the text with the engine, and
//! compares.

pub mod classes;
pub mod html;
pub mod location;
pub mod ner;
pub mod petrarch;
pub mod plover;
pub mod spanish;
pub mod syntax;

use serde::Serialize;
use serde_json::{Map, Value};

use dragoman_coder::Coder;
use dragoman_core::Document;

/// One instructive miss: what the gold says, what dragoman produced, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Miss {
    pub id: String,
    pub text: String,
    pub gold: String,
    pub produced: String,
    /// dragoman's explanation of the sentence.
    pub explanation: String,
    /// Larger is more instructive (a confident wrong answer beats a silent one).
    #[serde(skip)]
    pub weight: f64,
}

/// The result of one set.
#[derive(Clone, Debug)]
pub struct Report {
    pub set: String,
    pub n: usize,
    /// Metrics, in the key names scripts read (`accuracy`, `macro_f1`, `f1`, ...).
    pub metrics: Map<String, Value>,
    /// The metric that floors and the README track, as a fraction in [0, 1].
    pub headline: (String, f64),
    /// Other metrics with floors of their own (keyed `set:metric` in floors.json).
    pub also_tracked: Vec<(String, f64)>,
    pub misses: Vec<Miss>,
}

impl Report {
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("set".into(), self.set.clone().into());
        m.insert("n".into(), self.n.into());
        for (k, v) in &self.metrics {
            m.insert(k.clone(), v.clone());
        }
        m.insert(
            "headline".into(),
            serde_json::json!({"metric": self.headline.0, "value": self.headline.1}),
        );
        m.insert("version".into(), env!("CARGO_PKG_VERSION").into());
        Value::Object(m)
    }
}

/// The file of a set: `path` itself, or the set's file `name` inside it when it is a folder.
pub fn set_file(path: &std::path::Path, name: &str) -> std::path::PathBuf {
    if path.is_dir() {
        path.join(name)
    } else {
        path.to_path_buf()
    }
}

/// Reads a set's file (see [`set_file`]); errors name the file.
pub fn read_set(path: &std::path::Path, name: &str) -> Result<(std::path::PathBuf, String), String> {
    let file = set_file(path, name);
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((file, text))
}

/// Keeps the `limit` heaviest misses.
pub fn keep_instructive(mut misses: Vec<Miss>, limit: usize) -> Vec<Miss> {
    misses.sort_by(|a, b| b.weight.partial_cmp(&a.weight).unwrap_or(std::cmp::Ordering::Equal));
    misses.truncate(limit);
    misses
}

/// Codes one sentence or short text and returns its analysis' records, main code and
/// (when asked) the explanation.
pub fn code_text(coder: &Coder, id: &str, text: &str, date: Option<chrono::NaiveDate>, explain: bool) -> Coded {
    let doc = Document::new(id, text).with_date(date);
    let a = coder.analyse(&doc);
    let records = coder.records(&a);
    let main = dragoman_coder::main_code(&a);
    let main_event = dragoman_coder::main_event_index(&a);
    let explanation = if explain { coder.explain(&a) } else { String::new() };
    Coded {
        records,
        main,
        main_event,
        explanation,
    }
}

pub struct Coded {
    pub records: Vec<dragoman_core::EventRecord>,
    /// The code that sums up the text (see `dragoman_coder::main_code`).
    pub main: Option<String>,
    /// Index of the main event in `records`.
    pub main_event: Option<usize>,
    pub explanation: String,
}

impl Coded {
    pub fn main_record(&self) -> Option<&dragoman_core::EventRecord> {
        self.main_event.and_then(|i| self.records.get(i))
    }
}

/// Penta class of a CAMEO code: 0 statements and appeals (01-02), 1 verbal cooperation
/// (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
/// conflict (14-20).
pub fn penta(code: &str) -> Option<usize> {
    let root: u32 = code.get(..2)?.parse().ok()?;
    Some(match root {
        1..=2 => 0,
        3..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        14..=20 => 4,
        _ => return None,
    })
}

pub fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    #[test]
    fn penta_classes() {
        assert_eq!(super::penta("010"), Some(0));
        assert_eq!(super::penta("046"), Some(1));
        assert_eq!(super::penta("0874"), Some(2));
        assert_eq!(super::penta("112"), Some(3));
        assert_eq!(super::penta("190"), Some(4));
        assert_eq!(super::penta("xyz"), None);
    }
}
