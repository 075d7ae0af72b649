//! dragoman's syntax: a part-of-speech tagger and a greedy dependency parser.
//!
//! [`SyntaxModel::parse`] tags a sentence's words with Penn Treebank tags (XPOS), finds
//! each word's head with arc-hybrid transitions, and labels the arcs with ClearNLP
//! dependency relations (spaCy's English scheme: `nsubj`, `nsubjpass`, `dobj`, `agent`,
//! `prep`/`pobj`, `xcomp`, `ccomp`, `advcl`, `relcl`, `acl`, `amod`, `conj`, `neg`, …).
//! All three are averaged perceptrons over hashed features ([`dragoman_linear`]), trained
//! by [`train::train`] on silver parses of news made by spaCy's small English model
//! (`scripts/silver_parse.py`). The weights (`data/models/syntax.bin`) are compiled into
//! the binary.
//!
//! The crate knows nothing of events: it reads words and returns trees.

pub mod conllu;
mod labeler;
pub mod lex;
mod parser;
mod repair;
mod rng;
pub mod score;
mod tagger;
pub mod train;
mod tree;

use std::sync::OnceLock;

use dragoman_linear::{ByteReader, ByteWriter, FormatError};

use crate::lex::{lex, Lex};
pub use crate::tree::{is_tree, Parse};

const MAGIC: &[u8] = b"DRAGOMAN-SYNTAX-1";
static BUILTIN: &[u8] = include_bytes!("../../../data/models/syntax.bin");

/// Buffers reused from sentence to sentence, so parsing allocates nothing once warm.
pub struct Scratch {
    lex: Vec<Lex>,
    amb: Vec<u64>,
    feats: Vec<u64>,
    scores: Vec<i32>,
    state: parser::State,
    raw_heads: Vec<u32>,
    unigrams: Vec<[i32; parser::MOVES_N]>,
}

impl Default for Scratch {
    fn default() -> Self {
        Scratch {
            lex: Vec::new(),
            amb: Vec::new(),
            feats: Vec::with_capacity(64),
            scores: Vec::new(),
            state: parser::State::new(0),
            raw_heads: Vec::new(),
            unigrams: Vec::new(),
        }
    }
}

pub struct SyntaxModel {
    tags: Vec<String>,
    labels: Vec<String>,
    tagger: tagger::Tagger,
    parser: parser::Parser,
    labeler: labeler::Labeler,
    repairs: repair::Repairs,
}

impl SyntaxModel {
    /// The model compiled into the binary (loaded once).
    pub fn builtin() -> &'static SyntaxModel {
        static MODEL: OnceLock<SyntaxModel> = OnceLock::new();
        MODEL.get_or_init(|| SyntaxModel::from_bytes(BUILTIN).expect("the built-in syntax model is valid"))
    }

    pub fn tag_names(&self) -> &[String] {
        &self.tags
    }

    pub fn label_names(&self) -> &[String] {
        &self.labels
    }

    pub fn tag_name(&self, t: u8) -> &str {
        self.tags.get(t as usize).map_or("X", String::as_str)
    }

    pub fn label_name(&self, l: u8) -> &str {
        self.labels.get(l as usize).map_or("dep", String::as_str)
    }

    /// The id of a tag or label name.
    pub fn tag_id(&self, name: &str) -> Option<u8> {
        self.tags.iter().position(|t| t == name).map(|i| i as u8)
    }

    pub fn label_id(&self, name: &str) -> Option<u8> {
        self.labels.iter().position(|t| t == name).map(|i| i as u8)
    }

    /// Tags and parses one sentence.
    pub fn parse(&self, words: &[&str]) -> Parse {
        let mut out = Parse::default();
        self.parse_into(words, &mut Scratch::default(), &mut out);
        out
    }

    /// Tags and parses one sentence into `out`, reusing `scratch`.
    pub fn parse_into(&self, words: &[&str], scratch: &mut Scratch, out: &mut Parse) {
        scratch.lex.clear();
        scratch.lex.extend(words.iter().map(|w| lex(w, false)));
        self.parse_lex(scratch, out);
    }

    /// Tags and parses one sentence of already computed lexical features.
    fn parse_lex(&self, s: &mut Scratch, out: &mut Parse) {
        let n = s.lex.len();
        self.tagger
            .tag(&s.lex, &mut s.amb, &mut s.feats, &mut s.scores, &mut out.tags);
        self.parser.parse(
            &s.lex,
            &out.tags,
            &mut s.state,
            &mut s.feats,
            &mut s.scores,
            &mut s.unigrams,
        );
        s.raw_heads.clear();
        s.raw_heads.extend_from_slice(&s.state.heads);
        self.labeler.label(
            &s.lex,
            &out.tags,
            &s.raw_heads,
            &mut s.feats,
            &mut s.scores,
            &mut out.labels,
        );
        out.heads.clear();
        out.heads
            .extend(s.raw_heads.iter().map(|&h| ((h as usize) < n).then_some(h)));
        debug_assert!(is_tree(&out.heads), "a parse is a tree");
        self.repairs.apply(out);
    }

    /// Tags and heads, without labels (for measuring the stages apart).
    #[doc(hidden)]
    pub fn parse_unlabelled(&self, words: &[&str], s: &mut Scratch, out: &mut Parse) {
        s.lex.clear();
        s.lex.extend(words.iter().map(|w| lex(w, false)));
        self.tagger
            .tag(&s.lex, &mut s.amb, &mut s.feats, &mut s.scores, &mut out.tags);
        self.parser.parse(
            &s.lex,
            &out.tags,
            &mut s.state,
            &mut s.feats,
            &mut s.scores,
            &mut s.unigrams,
        );
    }

    /// Only the tags of a sentence.
    pub fn tag(&self, words: &[&str], scratch: &mut Scratch, tags: &mut Vec<u8>) {
        scratch.lex.clear();
        scratch.lex.extend(words.iter().map(|w| lex(w, false)));
        self.tagger.tag(
            &scratch.lex,
            &mut scratch.amb,
            &mut scratch.feats,
            &mut scratch.scores,
            tags,
        );
    }

    /// Features kept by each model (tagger, parser, labeler) and the bytes they take.
    pub fn stats(&self) -> [(usize, usize); 3] {
        [
            (self.tagger.weights.len(), self.tagger.weights.memory()),
            (self.parser.weights.len(), self.parser.weights.memory()),
            (self.labeler.weights.len(), self.labeler.weights.memory()),
        ]
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = ByteWriter::default();
        w.buf.extend_from_slice(MAGIC);
        w.strings(&self.tags);
        w.strings(&self.labels);
        self.tagger.write(&mut w);
        self.parser.write(&mut w);
        self.labeler.write(&mut w);
        w.buf
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<SyntaxModel, FormatError> {
        let mut r = ByteReader::new(bytes);
        r.expect(MAGIC)?;
        let tags = r.strings()?;
        let labels = r.strings()?;
        let tagger = tagger::Tagger::read(&mut r)?;
        let parser = parser::Parser::read(&mut r)?;
        let labeler = labeler::Labeler::read(&mut r)?;
        if !r.is_done() {
            return Err(FormatError("trailing bytes after the model".into()));
        }
        if tagger.weights.n_classes() != tags.len() || labeler.weights.n_classes() != labels.len() {
            return Err(FormatError("the tag or label list does not match the weights".into()));
        }
        Ok(SyntaxModel {
            repairs: repair::Repairs::new(&tags, &labels),
            tags,
            labels,
            tagger,
            parser,
            labeler,
        })
    }
}
