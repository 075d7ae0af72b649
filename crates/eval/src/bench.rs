//! The throughput benchmark behind `dragoman bench`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;

use dragoman_coder::Coder;
use dragoman_core::Document;
use dragoman_text::formats::{read_any, ReadOptions};

/// What one run measured.
#[derive(Clone, Debug, Serialize)]
pub struct Throughput {
    pub threads: usize,
    pub docs: usize,
    pub sentences: usize,
    pub bytes: usize,
    pub events: usize,
    pub seconds: f64,
    pub docs_per_s: f64,
    pub sentences_per_s: f64,
    pub mb_per_s: f64,
}

/// Time spent per stage on one thread.
#[derive(Clone, Debug, Default, Serialize)]
pub struct StageSeconds {
    pub prepare_and_segment: f64,
    pub recognize: f64,
    pub code_and_record: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BenchReport {
    /// Coding the first document, with the tables of its language loaded on first use.
    pub first_document_ms: f64,
    pub corpora: Vec<String>,
    pub startup_ms: f64,
    pub single: Throughput,
    pub parallel: Throughput,
    pub stages: Option<StageSeconds>,
    pub peak_rss_mb: Option<f64>,
}

/// The corpora `dragoman bench` reads when given none.
pub fn default_corpora(shared: &Path) -> Vec<PathBuf> {
    vec![
        shared.join("corpus/guardian/Guardian_SDF_sample.csv"),
        shared.join("corpus/india-police/docs.jsonl"),
    ]
}

/// Reads the corpus files into documents, reporting unreadable ones.
pub fn load_corpus(paths: &[PathBuf]) -> Result<Vec<Document>, String> {
    let mut docs = Vec::new();
    for p in paths {
        let files: Vec<PathBuf> = if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("{}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file())
                .collect();
            v.sort();
            v
        } else {
            vec![p.clone()]
        };
        for f in files {
            let bytes = std::fs::read(&f).map_err(|e| format!("{}: {e}", f.display()))?;
            let name = f.file_name().map_or(String::new(), |n| n.to_string_lossy().to_string());
            // Every format `dragoman code` reads (PETRARCH XML too: one document a sentence).
            match read_any(&name, &bytes, &ReadOptions::new(None).max_bytes(1 << 30)) {
                Ok(batch) => docs.extend(batch.docs),
                Err(e) => return Err(e.to_string()),
            }
        }
    }
    Ok(docs)
}

const MIN_MEASURE: Duration = Duration::from_secs(2);

fn measure(coder: &Coder, docs: &[Document], threads: usize) -> Throughput {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    // Small corpora are coded again until two seconds have passed, so the figure is not
    // the noise of one short pass; every pass codes the same documents.
    let start = Instant::now();
    let (mut sentences, mut events, mut passes) = (0, 0, 0);
    while passes == 0 || (start.elapsed() < MIN_MEASURE && passes < 100) {
        let (s, e) = pool.install(|| {
            docs.par_iter()
                .map(|d| {
                    let a = coder.analyse(d);
                    let n = a.sentences().len();
                    let e = coder.records(&a).len();
                    (n, e)
                })
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        });
        sentences += s;
        events += e;
        passes += 1;
    }
    let seconds = start.elapsed().as_secs_f64().max(1e-9);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>() * passes;
    let (sentences, events) = (sentences / passes, events / passes);
    let per_pass = seconds / passes as f64;
    Throughput {
        threads,
        docs: docs.len(),
        sentences,
        bytes: bytes / passes,
        events,
        seconds: per_pass,
        docs_per_s: docs.len() as f64 / per_pass,
        sentences_per_s: sentences as f64 / per_pass,
        mb_per_s: bytes as f64 / 1e6 / seconds,
    }
}

fn stages(coder: &Coder, docs: &[Document]) -> StageSeconds {
    let mut t = [Duration::ZERO; 3];
    for d in docs {
        let s0 = Instant::now();
        let a = dragoman_coder::Analysis::new(d, coder.kb_for(coder.language_of(d)));
        t[0] += s0.elapsed();
        drop(a);
        let s1 = Instant::now();
        let a = coder.recognize(d);
        t[1] += s1.elapsed();
        drop(a);
        let s2 = Instant::now();
        let a = coder.analyse(d);
        let _ = coder.records(&a);
        t[2] += s2.elapsed();
    }
    // The later stages include the earlier ones; report each on its own.
    StageSeconds {
        prepare_and_segment: t[0].as_secs_f64(),
        recognize: (t[1].saturating_sub(t[0])).as_secs_f64(),
        code_and_record: (t[2].saturating_sub(t[1])).as_secs_f64(),
    }
}

/// Runs the benchmark: start-up, one thread, all cores, optionally per stage.
/// `lang`: the language every document is coded in (None: each document's own).
pub fn run(
    corpora: Vec<PathBuf>,
    load: impl FnOnce() -> Result<Coder, String>,
    with_stages: bool,
    lang: Option<&str>,
) -> Result<BenchReport, String> {
    let mut docs = load_corpus(&corpora)?;
    if docs.is_empty() {
        return Err("the corpus holds no documents".into());
    }
    if let Some(l) = lang {
        for d in &mut docs {
            d.lang = Some(l.to_string());
        }
    }
    let t = Instant::now();
    let coder = load()?;
    let startup_ms = t.elapsed().as_secs_f64() * 1000.0;
    // Warm up caches and lazy tables (a language's tables load with its first document).
    let t = Instant::now();
    coder.code(&docs[0]);
    let first_document_ms = t.elapsed().as_secs_f64() * 1000.0;
    for d in docs.iter().skip(1).take(4) {
        coder.code(d);
    }
    let single = measure(&coder, &docs, 1);
    let parallel = measure(&coder, &docs, rayon::current_num_threads().max(1));
    let stages = with_stages.then(|| stages(&coder, &docs));
    Ok(BenchReport {
        corpora: corpora.iter().map(|p| p.display().to_string()).collect(),
        startup_ms,
        first_document_ms,
        single,
        parallel,
        stages,
        peak_rss_mb: crate::memory::peak_rss_mb(),
    })
}
