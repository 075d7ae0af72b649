//! `dragoman parse` (tags and dependency trees as CoNLL-U) and `dragoman train-syntax`
//! (rebuilds the tagger and parser weights from silver CoNLL-U trees).

use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use dragoman_syntax::conllu::{self, Sentence};
use dragoman_syntax::score::Totals;
use dragoman_syntax::train::{train, TrainOptions};
use dragoman_syntax::{Parse, Scratch, SyntaxModel};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ParseFormat {
    /// CoNLL-U: ID FORM _ UPOS XPOS _ HEAD DEPREL _ _, a blank line between sentences.
    Conllu,
}

#[derive(Args)]
pub struct ParseArgs {
    /// A CoNLL-U file (its tokens are kept and its trees replaced), a plain-text file
    /// (tokenized and split into sentences), or `-` for standard input.
    #[arg(default_value = "-")]
    pub input: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "conllu")]
    pub format: ParseFormat,
    /// Also print sentences/s and the time taken to standard error.
    #[arg(long)]
    pub timing: bool,
}

#[derive(Args)]
pub struct TrainSyntaxArgs {
    /// CoNLL-U training trees (made by scripts/silver_parse.py).
    #[arg(long, required_unless_present_any = ["score_only", "score_file"], value_name = "FILE", num_args = 1..)]
    pub train: Vec<PathBuf>,
    /// CoNLL-U trees to score the new model on after training (never trained on).
    #[arg(long, value_name = "FILE")]
    pub dev: Option<PathBuf>,
    /// Where to write the weights.
    #[arg(long, default_value = "data/models/syntax.bin")]
    pub out: PathBuf,
    /// Passes over the data: tagger, parser, labeler.
    #[arg(long, num_args = 3, value_names = ["TAGGER", "PARSER", "LABELER"], default_values_t = [8, 12, 6])]
    pub epochs: Vec<usize>,
    /// Folds for the jackknifed tags the parser learns from.
    #[arg(long, default_value_t = 2)]
    pub folds: usize,
    /// Features updated fewer times are dropped: tagger, parser, labeler.
    #[arg(long, num_args = 3, value_names = ["TAGGER", "PARSER", "LABELER"], default_values_t = [5, 30, 5])]
    pub min_updates: Vec<u32>,
    /// Do not train: score the weights in this file on --dev.
    #[arg(long, value_name = "FILE", requires = "dev")]
    pub score_only: Option<PathBuf>,
    /// Do not train: score this CoNLL-U file of another parser's output (same tokens as
    /// --dev) against --dev.
    #[arg(long, value_name = "FILE", requires = "dev", conflicts_with = "score_only")]
    pub score_file: Option<PathBuf>,
}

fn read_text(input: &str) -> Result<String> {
    let mut bytes = Vec::new();
    if input == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
    } else {
        bytes = std::fs::read(input).with_context(|| format!("{input}: cannot read"))?;
    }
    String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{input}: not UTF-8 text"))
}

/// Does this text look like CoNLL-U (a token line of ten tab-separated columns)?
fn is_conllu(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.split('\t').count() == 10)
}

/// The sentences of plain text: tokenized and split by dragoman's text layer.
fn sentences_of_text(text: &str) -> Vec<Vec<String>> {
    let tokens = dragoman_text::tokenize(text);
    let casing = dragoman_text::casing(text);
    dragoman_text::sentences(text, &tokens, casing)
        .iter()
        .map(|s| {
            (s.first as usize..s.last as usize)
                .map(|t| tokens[t].text(text).to_string())
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn run_parse(args: ParseArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let text = read_text(&args.input)?;
    let sentences: Vec<Vec<String>> = if is_conllu(&text) {
        conllu::read(&args.input, &text)?.into_iter().map(|s| s.words).collect()
    } else {
        sentences_of_text(&text)
    };
    if sentences.is_empty() {
        eprintln!("dragoman: {}: no sentence to parse", args.input);
        return Ok(ExitCode::from(3));
    }
    let model = SyntaxModel::builtin();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let (mut scratch, mut parse) = (Scratch::default(), Parse::default());
    let mut buf = String::new();
    for (k, words) in sentences.iter().enumerate() {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        model.parse_into(&refs, &mut scratch, &mut parse);
        let xpos: Vec<&str> = parse.tags.iter().map(|&t| model.tag_name(t)).collect();
        let heads: Vec<Option<usize>> = parse.heads.iter().map(|h| h.map(|h| h as usize)).collect();
        let labels: Vec<&str> = parse.labels.iter().map(|&l| model.label_name(l)).collect();
        buf.clear();
        conllu::write_sentence(
            &mut buf,
            &(k + 1).to_string(),
            Some(&refs.join(" ")),
            &refs,
            &xpos,
            &heads,
            &labels,
        );
        out.write_all(buf.as_bytes())?;
    }
    out.flush()?;
    if args.timing {
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "parsed {} sentences in {:.2} s ({:.0} sentences/s, start-up and I/O included)",
            sentences.len(),
            secs,
            sentences.len() as f64 / secs
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn read_trees(path: &PathBuf) -> Result<Vec<Sentence>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).with_context(|| format!("{name}: cannot read"))?;
    Ok(conllu::read(&name, &text)?)
}

/// Scores a model on gold trees: XPOS accuracy, UAS and core-argument F1.
pub fn score(model: &SyntaxModel, gold: &[Sentence]) -> Totals {
    let mut totals = Totals::default();
    let (mut scratch, mut parse) = (Scratch::default(), Parse::default());
    for s in gold {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        model.parse_into(&words, &mut scratch, &mut parse);
        let tags: Vec<&str> = parse.tags.iter().map(|&t| model.tag_name(t)).collect();
        let heads: Vec<Option<usize>> = parse.heads.iter().map(|h| h.map(|h| h as usize)).collect();
        let labels: Vec<&str> = parse.labels.iter().map(|&l| model.label_name(l)).collect();
        let gold_tags: Vec<&str> = s.xpos.iter().map(String::as_str).collect();
        let gold_labels: Vec<&str> = s.deprels.iter().map(String::as_str).collect();
        totals.add(&words, &gold_tags, &s.heads, &gold_labels, &tags, &heads, &labels);
    }
    totals
}

fn report(dev: &PathBuf, model: &SyntaxModel) -> Result<()> {
    let gold = read_trees(dev)?;
    let started = Instant::now();
    let s = score(model, &gold);
    eprintln!(
        "{}: XPOS {:.4}, UAS {:.4}, core arguments P {:.4} R {:.4} F1 {:.4} ({} sentences, {:.0} sentences/s)",
        dev.display(),
        s.xpos_accuracy(),
        s.uas(),
        s.core_precision(),
        s.core_recall(),
        s.core_f1(),
        gold.len(),
        gold.len() as f64 / started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub fn run_train(args: TrainSyntaxArgs) -> Result<ExitCode> {
    if let (Some(pred), Some(dev)) = (&args.score_file, &args.dev) {
        let (gold, pred) = (read_trees(dev)?, read_trees(pred)?);
        if gold.len() != pred.len() {
            bail!(
                "{} has {} sentences, {} has {}",
                dev.display(),
                gold.len(),
                "the output",
                pred.len()
            );
        }
        let mut t = Totals::default();
        for (g, p) in gold.iter().zip(&pred) {
            let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
            t.add(
                &words,
                &strs(&g.xpos),
                &g.heads,
                &strs(&g.deprels),
                &strs(&p.xpos),
                &p.heads,
                &strs(&p.deprels),
            );
        }
        eprintln!(
            "XPOS {:.4}, UAS {:.4}, core arguments P {:.4} R {:.4} F1 {:.4}",
            t.xpos_accuracy(),
            t.uas(),
            t.core_precision(),
            t.core_recall(),
            t.core_f1()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if let (Some(path), Some(dev)) = (&args.score_only, &args.dev) {
        let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        let model = SyntaxModel::from_bytes(&bytes).with_context(|| format!("{}", path.display()))?;
        report(dev, &model)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut trees = Vec::new();
    for p in &args.train {
        trees.extend(read_trees(p)?);
    }
    if trees.is_empty() {
        bail!("no training trees in {:?}", args.train);
    }
    let opts = TrainOptions {
        tagger_epochs: args.epochs[0],
        parser_epochs: args.epochs[1],
        labeler_epochs: args.epochs[2],
        folds: args.folds,
        min_updates: [args.min_updates[0], args.min_updates[1], args.min_updates[2]],
        ..TrainOptions::default()
    };
    let started = Instant::now();
    let model = train(&trees, &opts, &mut |what| {
        eprintln!("[{:>6.1} s] {what}", started.elapsed().as_secs_f64());
    });
    let bytes = model.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("{}: cannot write", args.out.display()))?;
    let [t, p, l] = model.stats();
    eprintln!(
        "wrote {} ({:.1} MB; features kept: tagger {}, parser {}, labeler {}) in {:.0} s",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        t.0,
        p.0,
        l.0,
        started.elapsed().as_secs_f64()
    );
    if let Some(dev) = &args.dev {
        report(dev, &model)?;
    }
    Ok(ExitCode::SUCCESS)
}
