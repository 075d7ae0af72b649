//! Verb pattern dictionaries in the PETRARCH formats.
//!
//! PETRARCH2's `CAMEO.2.0.txt` (and PETRARCH-1's `PETR.Validate.verbs.txt`) group verbs in
//! blocks:
//!
//! ```text
//! ---  MEET_PEOPLE   [040]  ---             block name and default code
//! +MEET_WITH {+MET_WITH +MEETS_WITH}        a multi-word verb; '+' marks the head word
//! MEET {MEETS MET MEETING}                  a verb and its irregular forms
//! ACCUSE [112]                              a verb with its own default code
//! - * (WITH LEADERS)        [036:036]       a pattern: words around the verb (*)
//! ```
//!
//! Pattern items: plain words, `{A B}` (adjacent words), `(PREP ...)` (a prepositional
//! phrase), `&SYNSET`, `$` (source), `+` (target), `^` (skip), `%` (compound);
//! `A_B` joins adjacent words. A code `[042:043]` gives the event from source to target
//! and the reverse event from target to source (a visit is hosted); `[:112]` codes only
//! the reverse; `[---]` codes nothing.
//!
//! Regular inflections of verbs are generated (`accuse` -> `accuses`, `accused`,
//! `accusing`), as PETRARCH does.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use dragoman_text::fold;

use crate::error::KbError;

/// A pattern's or verb's code: the event source -> target, and target -> source.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CodePair {
    pub forward: Option<Box<str>>,
    pub reverse: Option<Box<str>>,
}

impl CodePair {
    /// Parses `042`, `042:043`, `:173`, `---`.
    pub fn parse(s: &str) -> CodePair {
        let code = |c: &str| {
            let c = c.trim();
            (!c.is_empty() && !c.starts_with('-')).then(|| Box::<str>::from(c))
        };
        match s.split_once(':') {
            Some((f, r)) => CodePair {
                forward: code(f),
                reverse: code(r),
            },
            None => CodePair {
                forward: code(s),
                reverse: None,
            },
        }
    }

    pub fn is_none(&self) -> bool {
        self.forward.is_none() && self.reverse.is_none()
    }

    /// `042:043` style, for explanations.
    pub fn display(&self) -> String {
        match (&self.forward, &self.reverse) {
            (Some(f), Some(r)) => format!("{f}:{r}"),
            (Some(f), None) => f.to_string(),
            (None, Some(r)) => format!(":{r}"),
            (None, None) => "---".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PatternItem {
    /// A folded word; `exact` when written with a trailing `_` (no plural allowed).
    /// `id` is its number in the dictionary's word list (singular and plural share it).
    Word {
        word: Box<str>,
        exact: bool,
        id: u32,
    },
    Synset(Box<str>),
    /// `{A B}` or `A_B`: items that must be adjacent.
    Phrase(Vec<PatternItem>),
    /// `(PREP ...)`: a preposition and the words of its phrase.
    Prep(Vec<PatternItem>),
    Source,
    Target,
    Skip,
    Compound,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pattern {
    /// Items before the verb (in the subject), nearest the verb last.
    pub pre: Vec<PatternItem>,
    /// Items after the verb.
    pub post: Vec<PatternItem>,
    pub code: CodePair,
    /// The pattern as written, for explanations.
    pub text: Box<str>,
    pub line: u32,
    /// Ids of the plain words the pattern needs: a clause lacking one cannot match.
    pub required: Vec<u32>,
    /// The verb of its block the pattern was written for, when its comment names one
    /// (`- * PART [030] # TAKE`): folded head word.
    pub author: Option<Box<str>>,
}

impl Pattern {
    /// Does the pattern apply to this verb of its block? PETRARCH applies every pattern
    /// of a block to all its verbs. A pattern written for another verb applies unless
    /// this verb is a single word `many_sensed` (given its folded head): "held a march"
    /// is no arrest however well `* MARCH` suits "detain". Nor does a pattern of particles
    /// only (every word a `function_word`: `- * ON` # PRESS): it is its author's phrasal
    /// verb ("press on"), not a sense of the others ("demanded … on"). A phrasal verb
    /// ("pull back") has one sense and takes the block's patterns.
    pub fn applies_to(
        &self,
        verb: &VerbEntry,
        many_sensed: impl Fn(&str) -> bool,
        function_word: impl Fn(&str) -> bool,
    ) -> bool {
        let head = &*verb.words[verb.head];
        self.author.as_deref().is_none_or(|a| {
            a == head || verb.words.len() > 1 || !(many_sensed(head) || self.only_particles(&function_word))
        })
    }

    /// Are all the pattern's items words (nested ones included), at least one, and each a
    /// `function_word`?
    fn only_particles(&self, function_word: &impl Fn(&str) -> bool) -> bool {
        fn all(items: &[PatternItem], f: &impl Fn(&str) -> bool, seen: &mut bool) -> bool {
            items.iter().all(|i| match i {
                PatternItem::Word { word, .. } => {
                    *seen = true;
                    f(word)
                }
                PatternItem::Phrase(v) | PatternItem::Prep(v) => all(v, f, seen),
                PatternItem::Synset(_) | PatternItem::Source | PatternItem::Target => false,
                PatternItem::Skip | PatternItem::Compound => true,
            })
        }
        let mut seen = false;
        all(&self.pre, function_word, &mut seen) && all(&self.post, function_word, &mut seen) && seen
    }

    /// How many words the pattern asks for: more specific patterns win.
    pub fn specificity(&self) -> usize {
        fn count(items: &[PatternItem]) -> usize {
            items
                .iter()
                .map(|i| match i {
                    PatternItem::Word { .. } | PatternItem::Synset(_) => 2,
                    PatternItem::Phrase(v) | PatternItem::Prep(v) => count(v),
                    PatternItem::Source | PatternItem::Target => 1,
                    _ => 0,
                })
                .sum()
        }
        count(&self.pre) + count(&self.post)
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VerbEntry {
    /// Folded words of the lemma ("meet", "with").
    pub words: Vec<Box<str>>,
    /// Which word inflects.
    pub head: usize,
    pub code: Option<CodePair>,
    /// Irregular forms of the head word given in the dictionary (`{MEETS MET MEETING}`).
    pub forms: Vec<Box<str>>,
    pub line: u32,
}

impl VerbEntry {
    pub fn lemma(&self) -> String {
        self.words.join(" ")
    }
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VerbBlock {
    pub name: Box<str>,
    pub code: CodePair,
    pub verbs: Vec<VerbEntry>,
    pub patterns: Vec<Pattern>,
    /// Which dictionary it came from.
    pub source: Box<str>,
    /// Patterns by the first word they require (`u32::MAX`: patterns needing no word),
    /// so a clause is tried only against patterns whose words it has.
    #[serde(with = "crate::exact::exact_map")]
    pub by_word: FxHashMap<u32, Vec<u32>>,
}

impl VerbBlock {
    /// Indices of the patterns that may match a clause holding these pattern words.
    pub fn candidates(&self, clause_words: &[u32], out: &mut Vec<u32>) {
        out.clear();
        if let Some(v) = self.by_word.get(&u32::MAX) {
            out.extend_from_slice(v);
        }
        for w in clause_words {
            if let Some(v) = self.by_word.get(w) {
                out.extend_from_slice(v);
            }
        }
        out.sort_unstable();
        out.dedup();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tense {
    Base,
    Third,
    /// Past tense or past participle.
    Past,
    Gerund,
}

/// One inflected form of a verb: which block and verb, and the tense.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VerbForm {
    pub block: u32,
    pub verb: u32,
    pub tense: Tense,
}

#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct VerbDictionary {
    pub blocks: Vec<VerbBlock>,
    /// Folded head-word form -> verbs it may be.
    #[serde(with = "crate::exact::exact_map")]
    pub forms: FxHashMap<Box<str>, SmallVec<[VerbForm; 2]>>,
    /// Synset name (without `&`) -> members, each a sequence of folded words.
    #[serde(with = "crate::exact::exact_map")]
    pub synsets: FxHashMap<Box<str>, Vec<Vec<Box<str>>>>,
    /// Lines that could not be read, as `source:line: problem`.
    pub warnings: Vec<String>,
    /// Pattern and synset words by their singular form -> id.
    #[serde(with = "crate::exact::exact_map")]
    words: FxHashMap<Box<str>, u32>,
    /// Synset members as word ids.
    #[serde(with = "crate::exact::exact_map")]
    pub synset_ids: FxHashMap<Box<str>, Vec<Vec<u32>>>,
    /// Inflected forms given by a morphology table (`form`, `lemma`, tense) for a
    /// dictionary written in lemmas: each form reads as the lemma's verbs.
    inflected: Vec<(Box<str>, Box<str>, Tense)>,
}

impl VerbDictionary {
    /// Parses a dictionary in PETRARCH2 or PETRARCH-1 syntax.
    pub fn parse(source: &str, text: &str) -> Result<VerbDictionary, KbError> {
        let mut d = VerbDictionary::default();
        let mut current_synset: Option<Box<str>> = None;
        let mut in_comment = false;
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            if skip_xml_comment(raw, &mut in_comment) {
                continue;
            }
            let line = strip_comment(raw);
            if line.trim().is_empty() {
                // A blank line ends a synset; a comment line inside one does not.
                if raw.trim().is_empty() {
                    current_synset = None;
                }
                continue;
            }
            let trimmed = line.trim();
            if trimmed.starts_with("---") {
                current_synset = None;
                d.blocks.push(parse_block_header(trimmed, source));
            } else if let Some(name) = trimmed.strip_prefix('&') {
                current_synset = Some(name.trim_end_matches('_').trim().into());
                d.synsets.entry(current_synset.clone().unwrap_or_default()).or_default();
            } else if let (Some(name), Some(member)) = (&current_synset, trimmed.strip_prefix('+')) {
                let words = member_words(member);
                if !words.is_empty() {
                    d.synsets.entry(name.clone()).or_default().push(words);
                }
            } else if let Some(rest) = trimmed.strip_prefix('-') {
                let Some(block) = d.blocks.last_mut() else {
                    return Err(dict_error(source, line_no, "pattern before any verb block"));
                };
                // The published dictionaries have a few broken lines: skip and report
                // them rather than refuse the whole dictionary.
                match parse_pattern(rest, line_no) {
                    Ok(mut p) => {
                        p.author = commented_verb(raw, block);
                        block.patterns.push(p)
                    }
                    Err(m) => d.warnings.push(format!("{source}:{line_no}: {m}")),
                }
            } else {
                let Some(block) = d.blocks.last_mut() else {
                    return Err(dict_error(source, line_no, "verb before any verb block"));
                };
                if let Some(verb) = parse_verb(trimmed, line_no) {
                    block.verbs.push(verb);
                }
            }
        }
        d.index_forms();
        Ok(d)
    }

    /// Adds `other`'s blocks. A block named like one of ours extends it (its verbs
    /// replace ours of the same lemma, its patterns are added or replace ours of the same
    /// words, its code replaces ours, `[---]` included); a new block takes its verbs away
    /// from our blocks, so it alone decides how they are coded.
    pub fn merge_overriding(&mut self, other: VerbDictionary) {
        for ob in other.blocks {
            if let Some(b) = self.blocks.iter_mut().find(|b| b.name == ob.name) {
                b.code = ob.code;
                for v in ob.verbs {
                    match b.verbs.iter_mut().find(|x| x.lemma() == v.lemma()) {
                        Some(x) => *x = v,
                        None => b.verbs.push(v),
                    }
                }
                for pattern in ob.patterns {
                    match b.patterns.iter_mut().find(|x| x.text == pattern.text) {
                        Some(x) => *x = pattern,
                        None => b.patterns.push(pattern),
                    }
                }
                continue;
            }
            let lemmas: Vec<String> = ob.verbs.iter().map(VerbEntry::lemma).collect();
            for block in &mut self.blocks {
                block.verbs.retain(|v| !lemmas.contains(&v.lemma()));
            }
            self.blocks.push(ob);
        }
        for (k, v) in other.synsets {
            self.synsets.entry(k).or_default().extend(v);
        }
        self.warnings.extend(other.warnings);
        self.index_forms();
    }

    /// Adds `other` without overriding anything (PETRARCH `--dict` verbs on top).
    pub fn merge(&mut self, other: VerbDictionary) {
        self.blocks.extend(other.blocks);
        for (k, v) in other.synsets {
            self.synsets.entry(k).or_default().extend(v);
        }
        self.warnings.extend(other.warnings);
        self.index_forms();
    }

    /// Makes each inflected `form` read as the verbs of its `lemma` (for dictionaries
    /// written in lemmas, whose forms come from a morphology table). Kept across merges.
    pub fn add_inflections(&mut self, forms: impl IntoIterator<Item = (Box<str>, Box<str>, Tense)>) {
        self.inflected.extend(forms);
        self.index_forms();
    }

    pub fn form_count(&self) -> usize {
        self.forms.len()
    }

    /// The verbs a folded word may be a form of.
    pub fn lookup(&self, folded: &str) -> &[VerbForm] {
        self.forms.get(folded).map(|v| v.as_slice()).unwrap_or(&[])
    }

    pub fn verb(&self, f: VerbForm) -> (&VerbBlock, &VerbEntry) {
        let b = &self.blocks[f.block as usize];
        (b, &b.verbs[f.verb as usize])
    }

    /// The id of a folded text word in the pattern word list (its plural or singular
    /// finds the same id), or None if no pattern uses it.
    pub fn word_id(&self, folded: &str) -> Option<u32> {
        self.words.get(&*singular(folded)).copied()
    }

    /// Every pattern word (in singular form) and its id.
    pub fn pattern_words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.words.iter().map(|(w, id)| (&**w, *id))
    }

    /// Numbers every pattern and synset word, so matching compares integers.
    fn compile(&mut self) {
        let mut words: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut intern = |w: &str| -> u32 {
            let key = singular(w);
            let n = words.len() as u32;
            *words.entry(Box::from(&*key)).or_insert(n)
        };
        self.synset_ids = self
            .synsets
            .iter()
            .map(|(k, members)| {
                (
                    k.clone(),
                    members.iter().map(|m| m.iter().map(|w| intern(w)).collect()).collect(),
                )
            })
            .collect();
        fn number(items: &mut [PatternItem], intern: &mut dyn FnMut(&str) -> u32, required: &mut Vec<u32>) {
            for item in items {
                match item {
                    PatternItem::Word { word, id, .. } => {
                        *id = intern(word);
                        required.push(*id);
                    }
                    PatternItem::Phrase(v) | PatternItem::Prep(v) => number(v, intern, required),
                    _ => {}
                }
            }
        }
        for block in &mut self.blocks {
            block.by_word.clear();
            for (k, p) in block.patterns.iter_mut().enumerate() {
                let mut required = Vec::new();
                number(&mut p.pre, &mut intern, &mut required);
                number(&mut p.post, &mut intern, &mut required);
                let key = required.first().copied().unwrap_or(u32::MAX);
                block.by_word.entry(key).or_default().push(k as u32);
                required.sort_unstable();
                required.dedup();
                p.required = required;
            }
        }
        self.words = words;
    }

    fn index_forms(&mut self) {
        self.compile();
        self.forms.clear();
        for (bi, block) in self.blocks.iter().enumerate() {
            for (vi, verb) in block.verbs.iter().enumerate() {
                let head = &verb.words[verb.head];
                let mut add = |form: &str, tense: Tense| {
                    let v = VerbForm {
                        block: bi as u32,
                        verb: vi as u32,
                        tense,
                    };
                    let list = self.forms.entry(form.into()).or_default();
                    if !list.iter().any(|x| x.block == v.block && x.verb == v.verb) {
                        list.push(v);
                    }
                };
                add(head, Tense::Base);
                for (form, tense) in inflections(head) {
                    add(&form, tense);
                }
                for f in &verb.forms {
                    add(f, classify_irregular(head, f));
                }
            }
        }
        for (form, lemma, tense) in &self.inflected {
            let Some(of_lemma) = self.forms.get(lemma).cloned() else {
                continue;
            };
            let list = self.forms.entry(form.clone()).or_default();
            for v in of_lemma {
                if !list.iter().any(|x| x.block == v.block && x.verb == v.verb) {
                    list.push(VerbForm { tense: *tense, ..v });
                }
            }
        }
    }
}

fn dict_error(source: &str, line: usize, message: &str) -> KbError {
    KbError::Dictionary {
        source_name: source.to_string(),
        line,
        message: message.to_string(),
    }
}

/// `<!-- ... -->` lines of the PETRARCH-1 files.
fn skip_xml_comment(line: &str, in_comment: &mut bool) -> bool {
    let t = line.trim();
    if *in_comment {
        if t.contains("-->") {
            *in_comment = false;
        }
        return true;
    }
    if t.starts_with("<!--") {
        *in_comment = !t.contains("-->");
        return true;
    }
    false
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(p) => &line[..p],
        None => line,
    }
}

fn parse_block_header(line: &str, source: &str) -> VerbBlock {
    let inner = line.trim_matches('-').trim();
    let (name, code) = match inner.find('[') {
        Some(p) => (
            inner[..p].trim(),
            CodePair::parse(inner[p + 1..].trim_end_matches(|c| c != ']').trim_end_matches(']')),
        ),
        None => (inner, CodePair::default()),
    };
    VerbBlock {
        name: name.into(),
        code,
        verbs: Vec::new(),
        patterns: Vec::new(),
        source: source.into(),
        by_word: FxHashMap::default(),
    }
}

/// Words of a synset member or lemma: `AUSTRIAN FLORIN`, `GOLDEN_GOBLIN_GALLEONS`.
fn member_words(s: &str) -> Vec<Box<str>> {
    s.split(|c: char| c.is_whitespace() || c == '_')
        .filter(|w| !w.is_empty())
        .map(|w| Box::<str>::from(fold(w).as_str()))
        .collect()
}

/// A verb line: `MEET {MEETS MET MEETING}`, `+ASK_FOR {+ASKED_FOR} [020]`,
/// `KLM_NOP_+RST [002]`.
fn parse_verb(line: &str, line_no: usize) -> Option<VerbEntry> {
    let (main, code) = split_code(line);
    let (lemma, forms_text) = match main.find('{') {
        Some(p) => (
            main[..p].trim(),
            main[p + 1..].trim_end_matches(|c: char| c != '}').trim_end_matches('}'),
        ),
        None => (main.trim(), ""),
    };
    let (words, head) = lemma_words(lemma)?;
    let forms = forms_text
        .split_whitespace()
        .filter_map(|f| lemma_words(f).map(|(w, h)| w[h].clone()))
        .collect();
    Some(VerbEntry {
        words,
        head,
        code: code.map(|c| CodePair::parse(&c)),
        forms,
        line: line_no as u32,
    })
}

/// Folded words of a lemma and the index of its head (the word after `+`, else the
/// first).
fn lemma_words(lemma: &str) -> Option<(Vec<Box<str>>, usize)> {
    let mut head = 0;
    let mut words = Vec::new();
    for w in lemma
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        let (is_head, w) = match w.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, w),
        };
        if w.is_empty() {
            continue;
        }
        if is_head {
            head = words.len();
        }
        words.push(Box::<str>::from(fold(w).as_str()));
    }
    (!words.is_empty()).then_some((words, head))
}

/// Splits `text [CODE]` into the text and the code inside the last brackets.
fn split_code(line: &str) -> (&str, Option<String>) {
    match (line.rfind('['), line.rfind(']')) {
        (Some(a), Some(b)) if a < b => (&line[..a], Some(line[a + 1..b].trim().to_string())),
        _ => (line, None),
    }
}

fn parse_pattern(rest: &str, line_no: usize) -> Result<Pattern, String> {
    let (body, code) = split_code(rest);
    let code = code.ok_or("pattern without a [code]")?;
    let tokens = pattern_tokens(body);
    let star = tokens
        .iter()
        .position(|t| t == "*")
        .ok_or("pattern without the verb marker *")?;
    let pre = parse_items(&tokens[..star])?;
    let post = parse_items(&tokens[star + 1..])?;
    Ok(Pattern {
        pre,
        post,
        code: CodePair::parse(&code),
        text: body.split_whitespace().collect::<Vec<_>>().join(" ").into(),
        line: line_no as u32,
        required: Vec::new(),
        author: None,
    })
}

/// The verb of `block` a line's comment names first (`# TAKE`, `# tb 25 Ja 2007` names
/// none).
fn commented_verb(raw: &str, block: &VerbBlock) -> Option<Box<str>> {
    let comment = &raw[raw.find('#')? + 1..];
    let word = comment.split_whitespace().next()?;
    let folded = fold(word);
    block
        .verbs
        .iter()
        .find(|v| *v.words[v.head] == *folded)
        .map(|v| v.words[v.head].clone())
}

/// Splits a pattern into tokens: brackets are tokens of their own; `A_B` becomes
/// `{ A B }`; a `_` before or after `*` just disappears.
fn pattern_tokens(body: &str) -> Vec<String> {
    let spaced = body
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('{', " { ")
        .replace('}', " } ")
        .replace("_*", " *")
        .replace("*_", "* ")
        .replace('*', " * ");
    let mut out = Vec::new();
    for t in spaced.split_whitespace() {
        let inner = t.trim_matches('_');
        if inner.contains('_') {
            out.push("{".to_string());
            out.extend(inner.split('_').filter(|w| !w.is_empty()).map(str::to_string));
            out.push("}".to_string());
        } else if t.ends_with('_') && t.len() > 1 {
            out.push(format!("{inner}_"));
        } else {
            out.push(t.to_string());
        }
    }
    out
}

fn parse_items(tokens: &[String]) -> Result<Vec<PatternItem>, String> {
    let mut pos = 0;
    let items = parse_seq(tokens, &mut pos, None)?;
    Ok(items)
}

fn parse_seq(tokens: &[String], pos: &mut usize, close: Option<&str>) -> Result<Vec<PatternItem>, String> {
    let mut items = Vec::new();
    while *pos < tokens.len() {
        let t = tokens[*pos].as_str();
        *pos += 1;
        match t {
            ")" | "}" => {
                if Some(t) == close {
                    return Ok(items);
                }
                // Unbalanced closers occur in the published dictionaries; ignore them.
            }
            "(" => items.push(PatternItem::Prep(parse_seq(tokens, pos, Some(")"))?)),
            "{" => items.push(PatternItem::Phrase(parse_seq(tokens, pos, Some("}"))?)),
            "$" => items.push(PatternItem::Source),
            "+" => items.push(PatternItem::Target),
            "^" => items.push(PatternItem::Skip),
            "%" => items.push(PatternItem::Compound),
            "*" => {}
            _ => {
                if let Some(name) = t.strip_prefix('&') {
                    items.push(PatternItem::Synset(name.trim_end_matches('_').into()));
                } else {
                    // "BY/WITH" alternatives: take the first reading.
                    let t = t.split('/').next().unwrap_or(t);
                    let exact = t.ends_with('_');
                    let word = fold(t.trim_end_matches('_'));
                    if !word.is_empty() {
                        items.push(PatternItem::Word {
                            word: word.into(),
                            exact,
                            id: 0,
                        });
                    }
                }
            }
        }
    }
    Ok(items)
}

/// The singular of a folded noun, by regular rules ("sanctions" -> "sanction",
/// "parties" -> "party", "taxes" -> "tax"); words in -ss, -us, -is stay.
pub fn singular(w: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let n = w.len();
    if n <= 3 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return Cow::Borrowed(w);
    }
    if w.ends_with("ies") {
        return Cow::Owned(format!("{}y", &w[..n - 3]));
    }
    if w.ends_with("ches") || w.ends_with("shes") || w.ends_with("xes") || w.ends_with("sses") || w.ends_with("zes") {
        return Cow::Borrowed(&w[..n - 2]);
    }
    Cow::Borrowed(&w[..n - 1])
}

/// A singular noun and its regular plurals ("party" -> party, partys, parties), the
/// forms whose [`singular`] is the word.
pub fn plural_forms(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string(), format!("{w}s"), format!("{w}es")];
    if let Some(stem) = w.strip_suffix('y') {
        out.push(format!("{stem}ies"));
    }
    out.retain(|f| singular(f) == w);
    if !out.iter().any(|f| f == w) {
        out.push(w.to_string());
    }
    out
}

/// Regular inflections of a verb.
pub fn inflections(base: &str) -> Vec<(String, Tense)> {
    let mut out = Vec::with_capacity(6);
    let b = base;
    let ends = |s: &str| b.ends_with(s);
    let consonant_y = ends("y") && b.len() > 1 && !is_vowel(b.as_bytes()[b.len() - 2]);
    // third person
    if ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o") {
        out.push((format!("{b}es"), Tense::Third));
    } else if consonant_y {
        out.push((format!("{}ies", &b[..b.len() - 1]), Tense::Third));
    } else {
        out.push((format!("{b}s"), Tense::Third));
    }
    // past
    if ends("e") {
        out.push((format!("{b}d"), Tense::Past));
    } else if consonant_y {
        out.push((format!("{}ied", &b[..b.len() - 1]), Tense::Past));
    } else {
        out.push((format!("{b}ed"), Tense::Past));
        if let Some(c) = doubled_consonant(b) {
            out.push((format!("{b}{c}ed"), Tense::Past));
        }
    }
    // gerund
    if ends("ie") {
        out.push((format!("{}ying", &b[..b.len() - 2]), Tense::Gerund));
    } else if ends("e") && !ends("ee") && !ends("ye") && !ends("oe") && b.len() > 2 {
        out.push((format!("{}ing", &b[..b.len() - 1]), Tense::Gerund));
    } else {
        out.push((format!("{b}ing"), Tense::Gerund));
        if let Some(c) = doubled_consonant(b) {
            out.push((format!("{b}{c}ing"), Tense::Gerund));
        }
    }
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The consonant a short verb doubles before -ed/-ing ("ban" -> "banned"), if it may.
fn doubled_consonant(b: &str) -> Option<char> {
    let bytes = b.as_bytes();
    let n = bytes.len();
    if n < 3 || !b.is_ascii() {
        return None;
    }
    let (c1, v, c2) = (bytes[n - 3], bytes[n - 2], bytes[n - 1]);
    (!is_vowel(c1) && is_vowel(v) && !is_vowel(c2) && !matches!(c2, b'w' | b'x' | b'y')).then_some(c2 as char)
}

fn classify_irregular(base: &str, form: &str) -> Tense {
    if form.ends_with("ing") {
        Tense::Gerund
    } else if form.len() > base.len() && form.starts_with(base) && form.ends_with('s') {
        Tense::Third
    } else if form == base {
        Tense::Base
    } else {
        Tense::Past
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
&TREATY
+AGREEMENT
+TREATY
+PEACE_DEAL

####### VERB PATTERNS #######

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH }
MEET {MEETS MET MEETING}   # comment
ACCUSE [112]
- * (WITH LEADERS)                 [036:036]     # MEET
- * CALLS                          [:020]        # FACE
- $ * (AS &TREATY) (IN TALK) (WITH +)  [045]
- SUGGESTED_+ * DEMAND_&TREATY_CONVENTIONS  [111]
";

    #[test]
    fn parses_blocks_verbs_patterns_and_synsets() {
        let d = VerbDictionary::parse("t", SAMPLE).unwrap();
        assert_eq!(d.blocks.len(), 1);
        let b = &d.blocks[0];
        assert_eq!(&*b.name, "MEET_PEOPLE");
        assert_eq!(b.code.forward.as_deref(), Some("040"));
        assert_eq!(b.verbs.len(), 3);
        assert_eq!(b.verbs[0].words, vec![Box::from("meet"), Box::from("with")]);
        assert_eq!(b.verbs[2].code.as_ref().unwrap().forward.as_deref(), Some("112"));
        assert_eq!(b.patterns.len(), 4);
        assert_eq!(b.patterns[0].code, CodePair::parse("036:036"));
        assert_eq!(b.patterns[1].code.forward, None);
        assert_eq!(b.patterns[1].code.reverse.as_deref(), Some("020"));
        assert_eq!(
            b.patterns[0].post,
            vec![PatternItem::Prep(vec![
                PatternItem::Word {
                    word: "with".into(),
                    exact: false,
                    id: d.word_id("with").unwrap()
                },
                PatternItem::Word {
                    word: "leaders".into(),
                    exact: false,
                    id: d.word_id("leader").unwrap()
                }
            ])]
        );
        assert_eq!(b.patterns[2].pre, vec![PatternItem::Source]);
        assert!(matches!(b.patterns[3].pre[0], PatternItem::Phrase(_)));
        assert_eq!(d.synsets["TREATY"].len(), 3);
    }

    #[test]
    fn a_pattern_knows_the_verb_it_was_written_for() {
        let d = VerbDictionary::parse("t", SAMPLE).unwrap();
        let b = &d.blocks[0];
        // `# MEET` names a verb of the block; `# FACE` names none, so binds nothing.
        assert_eq!(b.patterns[0].author.as_deref(), Some("meet"));
        assert_eq!(b.patterns[1].author, None);
        let (meet_with, meet, accuse) = (&b.verbs[0], &b.verbs[1], &b.verbs[2]);
        let many_sensed = |w: &str| w == "meet" || w == "accuse";
        let content = |_: &str| false;
        assert!(b.patterns[0].applies_to(meet, many_sensed, content));
        assert!(
            b.patterns[0].applies_to(meet_with, many_sensed, content),
            "a phrasal verb has one sense"
        );
        assert!(!b.patterns[0].applies_to(accuse, many_sensed, content));
        assert!(b.patterns[0].applies_to(accuse, |_| false, content));
        assert!(b.patterns[1].applies_to(accuse, many_sensed, content));
        // Were all its words particles, the pattern would be MEET's phrasal verb alone.
        let particles = |_: &str| true;
        assert!(!b.patterns[0].applies_to(accuse, |_| false, particles));
        assert!(b.patterns[0].applies_to(meet, |_| false, particles));
    }

    #[test]
    fn forms_are_generated_and_irregulars_kept() {
        let d = VerbDictionary::parse("t", SAMPLE).unwrap();
        for (form, tense) in [
            ("met", Tense::Past),
            ("meeting", Tense::Gerund),
            ("accused", Tense::Past),
            ("accuses", Tense::Third),
        ] {
            let f = d.lookup(form);
            assert!(!f.is_empty(), "{form}");
            assert_eq!(f[0].tense, tense, "{form}");
        }
        let names: Vec<_> = inflections("ban").into_iter().map(|x| x.0).collect();
        assert!(names.contains(&"banned".to_string()));
        let names: Vec<_> = inflections("impose").into_iter().map(|x| x.0).collect();
        assert_eq!(names, ["imposes", "imposed", "imposing"]);
        let names: Vec<_> = inflections("carry").into_iter().map(|x| x.0).collect();
        assert_eq!(names, ["carries", "carried", "carrying"]);
    }

    #[test]
    fn overriding_merge_replaces_a_verb() {
        let mut d = VerbDictionary::parse("a", SAMPLE).unwrap();
        let mine = VerbDictionary::parse("b", "---  ACCUSE   [112]  ---\nACCUSE\n").unwrap();
        d.merge_overriding(mine);
        let f = d.lookup("accused");
        assert_eq!(f.len(), 1);
        assert_eq!(&*d.verb(f[0]).0.source, "b");
    }

    #[test]
    fn overriding_merge_replaces_a_pattern_of_the_same_words() {
        let mut d = VerbDictionary::parse("a", SAMPLE).unwrap();
        let before = d.blocks[0].patterns.len();
        let mine = VerbDictionary::parse(
            "b",
            "---  MEET_PEOPLE   [040]  ---\n- * CALLS  [---]\n- * TALKS  [040]\n",
        )
        .unwrap();
        d.merge_overriding(mine);
        let patterns = &d.blocks[0].patterns;
        assert_eq!(patterns.len(), before + 1);
        let calls = patterns.iter().find(|p| &*p.text == "* CALLS").unwrap();
        assert!(calls.code.is_none());
        // The block's code is the overlay's, `[---]` included.
        let mine = VerbDictionary::parse("c", "---  MEET_PEOPLE   [---]  ---\n").unwrap();
        d.merge_overriding(mine);
        assert!(d.blocks[0].code.is_none());
    }

    #[test]
    fn codes() {
        assert_eq!(CodePair::parse("---"), CodePair::default());
        assert_eq!(CodePair::parse("042:043").display(), "042:043");
        assert_eq!(CodePair::parse(":173").display(), ":173");
    }
}
