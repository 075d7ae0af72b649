//! The coder's whole output on the shared corpus and sample, pinned by a digest.
//!
//! A refactor must not change what dragoman codes. This test codes every article of
//! `../shared/corpus` (Guardian CSV, Times of India JSON lines, the HTML pages) and the
//! shared sample, as of a fixed date, and compares a digest of the JSON lines and the
//! count of events per CAMEO root with `corpus_digest.expected`. When a change is *meant*
//! to alter the output, run with `DRAGOMAN_UPDATE_DIGEST=1`, and list and justify the
//! differences in the commit (the output is written to `target/corpus-digest.jsonl`, so
//! the old and new files can be compared with `diff`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use dragoman_coder::Coder;

const EXPECTED: &str = "tests/corpus_digest.expected";

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("corpus").is_dir().then_some(p)
}

/// The inputs, in a fixed order.
fn inputs(shared: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["corpus/guardian", "corpus/india-police", "corpus/html/pages", "samples"] {
        let Ok(entries) = std::fs::read_dir(shared.join(dir)) else {
            continue;
        };
        let mut found: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        found.sort();
        files.extend(found);
    }
    files
}

/// FNV-1a, 64 bits: stable across Rust versions, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn summary(digest: u64, events: usize, roots: &BTreeMap<String, usize>) -> String {
    let mut s = format!("digest {digest:016x}\nevents {events}\n");
    for (root, n) in roots {
        s.push_str(&format!("root {root} {n}\n"));
    }
    s
}

#[test]
fn corpus_output_is_unchanged() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/corpus is absent (the digest needs the shared corpus)");
        return;
    };
    let kb = Arc::new(dragoman_kb_image::builtin().expect("knowledge base loads"));
    let mut coder = Coder::new(kb).expect("coder builds");
    let fixed = NaiveDate::from_ymd_opt(2025, 2, 27).unwrap();
    coder.default_date = Some(fixed);
    coder.today = fixed;
    // A fixed "today" keeps the digest from changing with the calendar.
    let opts = dragoman_text::formats::ReadOptions {
        default_date: Some(fixed),
        max_bytes: 256 << 20,
        today: NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
        lang: None,
    };
    let mut out = String::new();
    let mut roots: BTreeMap<String, usize> = BTreeMap::new();
    let mut events = 0;
    for path in inputs(&shared) {
        let bytes = std::fs::read(&path).expect("corpus file reads");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Ok(batch) = dragoman_text::formats::read_any(&name, &bytes, &opts) else {
            continue;
        };
        // As `dragoman code` does: documents in languages it does not code are skipped.
        for doc in batch.docs.iter().filter(|d| coder.codes_language(d.lang.as_deref())) {
            for r in coder.code(doc) {
                *roots.entry(r.cameo_root.clone()).or_default() += 1;
                events += 1;
                out.push_str(&serde_json::to_string(&r).unwrap());
                out.push('\n');
            }
        }
    }
    let actual = summary(fnv1a(out.as_bytes(), 0xcbf29ce484222325), events, &roots);
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target");
    let _ = std::fs::create_dir_all(&target);
    let _ = std::fs::write(target.join("corpus-digest.jsonl"), &out);
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(EXPECTED);
    if std::env::var_os("DRAGOMAN_UPDATE_DIGEST").is_some() {
        std::fs::write(&expected_path, &actual).expect("digest file writes");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(
        expected, actual,
        "the coder's output on ../shared/corpus changed (output in target/corpus-digest.jsonl); \
         if meant, rerun with DRAGOMAN_UPDATE_DIGEST=1 and justify every difference in the commit"
    );
}
