//! `conflibert-ner`: source and target spans of each sentence's event, token by token
//! (BIO tags S source, T target, R reciprocal: an actor that is both).

use std::path::Path;

use rayon::prelude::*;
use serde_json::{json, Map};

use dragoman_coder::Coder;

use super::{code_text, keep_instructive, round, Miss, Report};
use crate::metrics::{span_prf_with, Counts, LabelledSpan, Tally};

/// A sentence: its tokens, the text rebuilt from them with byte offsets, and gold spans
/// over token indices.
pub struct Sentence {
    pub tokens: Vec<String>,
    pub text: String,
    pub offsets: Vec<(usize, usize)>,
    pub gold: Vec<LabelledSpan>,
}

fn no_space_before(t: &str) -> bool {
    matches!(
        t,
        "," | "." | ":" | ";" | "!" | "?" | ")" | "]" | "'s" | "’s" | "n't" | "%" | "'" | "”"
    )
}

fn no_space_after(t: &str) -> bool {
    matches!(t, "(" | "[" | "$" | "“")
}

pub fn read(path: &Path) -> Result<Vec<Sentence>, String> {
    let (_, text) = super::read_set(path, "cameo_ner.train.txt")?;
    let mut out = Vec::new();
    let mut toks: Vec<(String, String)> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim_end();
        if line.is_empty() {
            if !toks.is_empty() {
                out.push(sentence(std::mem::take(&mut toks)));
            }
            continue;
        }
        let (word, tag) = line.rsplit_once(' ').unwrap_or((line, "O"));
        toks.push((word.to_string(), tag.to_string()));
    }
    Ok(out)
}

fn sentence(toks: Vec<(String, String)>) -> Sentence {
    let mut text = String::new();
    let mut offsets = Vec::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, (w, tag)) in toks.iter().enumerate() {
        let glue = i == 0 || no_space_before(w) || toks.get(i.wrapping_sub(1)).is_some_and(|p| no_space_after(&p.0));
        if !glue {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        offsets.push((start, text.len()));
        let (bio, label) = tag.split_once('-').unwrap_or((tag.as_str(), ""));
        let continues = bio == "I" && open.as_ref().is_some_and(|(_, l)| l == label);
        if !continues {
            if let Some((s, l)) = open.take() {
                gold.push(LabelledSpan {
                    start: s,
                    end: i,
                    label: l,
                });
            }
            if bio == "B" || bio == "I" {
                open = Some((i, label.to_string()));
            }
        }
    }
    if let Some((s, l)) = open {
        gold.push(LabelledSpan {
            start: s,
            end: toks.len(),
            label: l,
        });
    }
    Sentence {
        tokens: toks.into_iter().map(|t| t.0).collect(),
        text,
        offsets,
        gold,
    }
}

/// Token range covering a byte span of the sentence.
fn tokens_of(offsets: &[(usize, usize)], start: usize, end: usize) -> Option<(usize, usize)> {
    let first = offsets.iter().position(|&(s, e)| e > start && s < end)?;
    let last = offsets.iter().rposition(|&(s, e)| e > start && s < end)?;
    Some((first, last + 1))
}

pub fn run(coder: &Coder, path: &Path, errors: usize) -> Result<Report, String> {
    let sentences = read(path)?;
    // A predicted S or T may match a gold R: reciprocal actors are both.
    let fits = |gold: &str, pred: &str| gold == pred || gold == "R";
    let results: Vec<(Tally, Tally, Option<Miss>)> = sentences
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let coded = code_text(coder, &format!("s{i}"), &s.text, None, false);
            let mut predicted = Vec::new();
            if let Some(m) = coded.main_record() {
                for (span, label) in m.evidence.spans.iter().zip(&m.evidence.labels) {
                    let l = match label.as_str() {
                        "source" => "S",
                        "target" => "T",
                        _ => continue,
                    };
                    if let Some((a, b)) = tokens_of(&s.offsets, span[0] as usize, span[1] as usize) {
                        predicted.push(LabelledSpan {
                            start: a,
                            end: b,
                            label: l.into(),
                        });
                    }
                }
            }
            let exact = span_prf_with(&s.gold, &predicted, false, fits);
            let overlap = span_prf_with(&s.gold, &predicted, true, fits);
            let miss = (overlap.0 < s.gold.len() && errors > 0).then(|| Miss {
                id: format!("s{}", i + 1),
                text: s.text.clone(),
                gold: spans_text(&s.tokens, &s.gold),
                produced: if predicted.is_empty() {
                    "none".into()
                } else {
                    spans_text(&s.tokens, &predicted)
                },
                explanation: code_text(coder, "x", &s.text, None, true).explanation,
                weight: if predicted.is_empty() {
                    0.5
                } else {
                    1.0 + (s.gold.len() - overlap.0) as f64
                },
            });
            (exact, overlap, miss)
        })
        .collect();
    let (mut exact, mut overlap) = (Counts::default(), Counts::default());
    let mut misses = Vec::new();
    for (e, o, m) in results {
        exact.add(e);
        overlap.add(o);
        misses.extend(m);
    }
    let (pe, po) = (exact.prf(), overlap.prf());
    let mut m = Map::new();
    m.insert("precision".into(), round(pe.precision).into());
    m.insert("recall".into(), round(pe.recall).into());
    m.insert("f1".into(), round(pe.f1).into());
    m.insert(
        "exact".into(),
        json!({"precision": round(pe.precision), "recall": round(pe.recall), "f1": round(pe.f1)}),
    );
    m.insert(
        "overlap".into(),
        json!({"precision": round(po.precision), "recall": round(po.recall), "f1": round(po.f1)}),
    );
    m.insert("gold_spans".into(), exact.gold.into());
    m.insert("predicted_spans".into(), exact.predicted.into());
    Ok(Report {
        set: "conflibert-ner".into(),
        n: sentences.len(),
        headline: ("overlap_f1".into(), po.f1),
        also_tracked: Vec::new(),
        metrics: m,
        misses: keep_instructive(misses, errors),
    })
}

fn spans_text(tokens: &[String], spans: &[LabelledSpan]) -> String {
    spans
        .iter()
        .map(|s| format!("{}: {}", s.label, tokens[s.start..s.end.min(tokens.len())].join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_tags_become_token_spans_and_text_is_rebuilt() {
        let s = sentence(
            [
                ("a", "B-S"),
                ("Dutch", "I-S"),
                ("panel", "I-S"),
                ("dismissed", "O"),
                ("Uganda", "B-T"),
                ("'s", "I-T"),
                ("appeal", "I-T"),
                (".", "O"),
            ]
            .iter()
            .map(|(w, t)| (w.to_string(), t.to_string()))
            .collect(),
        );
        assert_eq!(s.text, "a Dutch panel dismissed Uganda's appeal.");
        assert_eq!(
            s.gold,
            vec![
                LabelledSpan {
                    start: 0,
                    end: 3,
                    label: "S".into()
                },
                LabelledSpan {
                    start: 4,
                    end: 7,
                    label: "T".into()
                }
            ]
        );
        assert_eq!(tokens_of(&s.offsets, 2, 13), Some((1, 3)));
    }
}
