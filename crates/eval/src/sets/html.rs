//! `html-extraction`: the main text dragoman extracts from real article pages against
//! their true text, scored by word shingles as the article-extraction benchmark does
//! (4-word shingles, precision and recall per page, averaged over pages).

use std::path::Path;

use rayon::prelude::*;
use serde_json::{json, Map, Value};

use dragoman_text::formats::{charset, gunzip, html};

use super::{keep_instructive, round, Miss, Report};
use crate::metrics::shingle_prf;

const SHINGLE: usize = 4;

/// Precision, recall and F1 of one page, and its miss when it was poor.
type PageScore = (f64, f64, f64, Option<Miss>);

pub fn run(path: &Path, errors: usize) -> Result<Report, String> {
    let truth_file = path.join("ground-truth.json");
    let text = std::fs::read_to_string(&truth_file).map_err(|e| format!("{}: {e}", truth_file.display()))?;
    let truth: Map<String, Value> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", truth_file.display()))?;
    let items: Vec<(String, String, Option<String>)> = truth
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.clone(),
                v.get("articleBody")?.as_str()?.to_string(),
                v.get("url").and_then(Value::as_str).map(str::to_string),
            ))
        })
        .collect();
    let results: Vec<Result<PageScore, String>> = items
        .par_iter()
        .map(|(key, body, url)| {
            let page = path.join("pages").join(format!("{key}.html.gz"));
            let bytes = std::fs::read(&page).map_err(|e| format!("{}: {e}", page.display()))?;
            let raw = gunzip(&page.display().to_string(), &bytes, 64 << 20).map_err(|e| e.to_string())?;
            let (html_text, _) = charset::decode(&raw, None);
            let e = html::extract(&html_text, url.as_deref());
            let p = shingle_prf(body, &e.text, SHINGLE);
            let miss = (p.f1 < 0.8 && errors > 0).then(|| Miss {
                id: key.clone(),
                text: url.clone().unwrap_or_default(),
                gold: body.chars().take(300).collect(),
                produced: e.text.chars().take(300).collect(),
                explanation: format!(
                    "extractor {}, precision {:.3}, recall {:.3}",
                    e.extractor, p.precision, p.recall
                ),
                weight: 1.0 - p.f1,
            });
            Ok((p.precision, p.recall, p.f1, miss))
        })
        .collect();
    let mut rows = Vec::new();
    for r in results {
        rows.push(r?);
    }
    let n = rows.len().max(1) as f64;
    let mean = |f: &dyn Fn(&PageScore) -> f64| rows.iter().map(f).sum::<f64>() / n;
    let (p, r, f1) = (mean(&|x| x.0), mean(&|x| x.1), mean(&|x| x.2));
    let mut m = Map::new();
    m.insert("precision".into(), round(p).into());
    m.insert("recall".into(), round(r).into());
    m.insert("f1".into(), round(f1).into());
    m.insert("shingle".into(), json!(SHINGLE));
    Ok(Report {
        set: "html-extraction".into(),
        n: rows.len(),
        headline: ("f1".into(), f1),
        also_tracked: Vec::new(),
        metrics: m,
        misses: keep_instructive(rows.into_iter().filter_map(|x| x.3).collect(), errors),
    })
}
