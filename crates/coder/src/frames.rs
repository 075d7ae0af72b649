//! Lexical tables the coder reads from `data/patterns`: framing verbs, how frames turn
//! embedded codes into CAMEO codes, stance words, and event nouns.

use rustc_hash::FxHashMap;

use dragoman_core::tsv::{Tsv, TsvError};
use dragoman_kb::verbs::Tense;
use dragoman_kb::{CodePair, KnowledgeBase};

use crate::doc::Frame;
use crate::lexicon::Lang;

// Tables of codes, shared by every language.
const EMBEDDING: &str = include_str!("../../../data/patterns/embedding.tsv");
const MUTUAL: &str = include_str!("../../../data/patterns/mutual.tsv");
const IMPLIED_AGENTS: &str = include_str!("../../../data/patterns/implied_agents.tsv");
const STANDALONE: &str = include_str!("../../../data/patterns/standalone.tsv");

/// Tables of words, one set per language: (name, text).
struct WordTables {
    frames: (&'static str, &'static str),
    stance: (&'static str, &'static str),
    nouns: (&'static str, &'static str),
    adjectives: (&'static str, &'static str),
    light_verbs: (&'static str, &'static str),
    undergoers: (&'static str, &'static str),
    intransitives: (&'static str, &'static str),
}

macro_rules! table {
    ($path:literal) => {
        ($path, include_str!(concat!("../../../data/", $path)))
    };
}

const ENGLISH: WordTables = WordTables {
    frames: table!("patterns/frames.tsv"),
    stance: table!("patterns/stance.tsv"),
    nouns: table!("patterns/nouns.tsv"),
    adjectives: table!("patterns/frame_adjectives.tsv"),
    light_verbs: table!("lexicon/light_verbs.tsv"),
    undergoers: table!("patterns/undergoers.tsv"),
    intransitives: table!("patterns/intransitives.tsv"),
};

const SPANISH: WordTables = WordTables {
    frames: table!("patterns/es/frames.tsv"),
    stance: table!("patterns/es/stance.tsv"),
    nouns: table!("patterns/es/nouns.tsv"),
    adjectives: table!("patterns/es/frame_adjectives.tsv"),
    light_verbs: table!("patterns/es/light_verbs.tsv"),
    undergoers: table!("patterns/es/undergoers.tsv"),
    intransitives: table!("patterns/es/intransitives.tsv"),
};

/// Which side of a noun event "of X" names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfRole {
    Source,
    Target,
}

#[derive(Clone, Debug)]
pub struct EventNoun {
    pub words: Vec<String>,
    pub code: CodePair,
    pub of: OfRole,
}

/// Whether events of a code stand without a source or target (`standalone.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Standing {
    /// Whoever did it, and to whom: "clashes broke out".
    Any,
    /// Without a source only when a passive leaves the agent out.
    Hidden,
    /// Without a target, never without a source.
    Source,
    /// Only with both actors.
    Never,
}

/// A row of `implied_agents.tsv`: the sector of the agent a code implies, for any
/// trigger or for the trigger words listed.
#[derive(Debug)]
struct ImpliedAgent {
    prefix: String,
    sector: String,
    words: Vec<String>,
}

pub struct Frames {
    /// Verb lemma -> frame.
    lemmas: FxHashMap<String, Frame>,
    /// Inflected form -> frame (built from the lemmas with the verb inflector).
    forms: FxHashMap<String, Frame>,
    embedding: FxHashMap<(Frame, String), String>,
    pub stance: FxHashMap<String, String>,
    /// Stance words that are one only as nouns ("lies", not "the blame lies with").
    pub stance_nouns_only: rustc_hash::FxHashSet<String>,
    /// Stance words that are the stance only when they modify no noun: "X is
    /// responsible for", not "the responsible leaders".
    pub stance_predicative_only: rustc_hash::FxHashSet<String>,
    pub nouns: Vec<EventNoun>,
    /// First word of an event noun -> indices in `nouns`.
    noun_index: FxHashMap<String, Vec<usize>>,
    /// CAMEO code prefixes that are mutual when said of several actors and no target, the
    /// most actors they are mutual among (None: any number), and whether an object that
    /// names no one makes the actors act on it together instead (`joint`).
    mutual: Vec<Mutual>,
    /// Adjectives (and "going", "about") that frame the infinitive after them.
    adjectives: FxHashMap<String, Frame>,
    /// CAMEO code prefix -> the sector of the agent it implies ("173" -> COP), longest
    /// prefix first.
    implied_agents: Vec<ImpliedAgent>,
    /// CAMEO code prefixes and whether their events stand without a source or target,
    /// longest prefix first (the longest matching one decides).
    standalone: Vec<(String, Standing)>,
    /// Verb forms whose meaning comes from their object ("held talks").
    light_verbs: rustc_hash::FxHashSet<String>,
    /// Lemmas of verbs whose subject undergoes them ("died"): see `undergoers.tsv`.
    undergoers: rustc_hash::FxHashSet<String>,
    /// Lemmas of verbs whose event takes no object ("demonstrated"): see
    /// `intransitives.tsv`.
    intransitives: rustc_hash::FxHashSet<String>,
}

/// A row of `mutual.tsv`.
#[derive(Clone, Debug)]
struct Mutual {
    prefix: String,
    most: Option<usize>,
    joint: bool,
}

impl Frames {
    /// Is an event with this code, said of several actors and no target, each with each?
    /// `thing_object`: the actors act on something else, which makes a `joint` code no
    /// fight between them: a verb's object that names no actor and no contest ("stormed
    /// the town", not "fought a war"), or an event noun that names no contest
    /// ("airstrikes by X and Y", not "the clash between X and Y").
    pub fn is_mutual(&self, cameo: &str, actors: usize, thing_object: bool) -> bool {
        self.mutual.iter().any(|m| {
            cameo.starts_with(m.prefix.as_str())
                && m.most.is_none_or(|most| actors <= most)
                && !(m.joint && thing_object)
        })
    }

    /// The English tables.
    pub fn builtin() -> Result<Frames, TsvError> {
        Frames::for_lang(Lang::En)
    }

    /// The tables of a language (the code tables are shared).
    pub fn for_lang(lang: Lang) -> Result<Frames, TsvError> {
        let words = match lang {
            Lang::En => &ENGLISH,
            Lang::Es => &SPANISH,
        };
        let mut f = Frames {
            lemmas: FxHashMap::default(),
            forms: FxHashMap::default(),
            embedding: FxHashMap::default(),
            stance: FxHashMap::default(),
            stance_nouns_only: rustc_hash::FxHashSet::default(),
            stance_predicative_only: rustc_hash::FxHashSet::default(),
            nouns: Vec::new(),
            noun_index: FxHashMap::default(),
            mutual: Vec::new(),
            adjectives: FxHashMap::default(),
            implied_agents: Vec::new(),
            standalone: Vec::new(),
            light_verbs: Default::default(),
            undergoers: Default::default(),
            intransitives: Default::default(),
        };
        let t = Tsv::parse(words.light_verbs.0, words.light_verbs.1)?;
        let c_word = t.column("word")?;
        f.light_verbs = t.rows().map(|row| row.get(c_word).to_string()).collect();
        let t = Tsv::parse(words.undergoers.0, words.undergoers.1)?;
        let c_lemma = t.column("lemma")?;
        f.undergoers = t.rows().map(|row| row.get(c_lemma).to_string()).collect();
        let t = Tsv::parse(words.intransitives.0, words.intransitives.1)?;
        let c_lemma = t.column("lemma")?;
        f.intransitives = t.rows().map(|row| row.get(c_lemma).to_string()).collect();
        let t = Tsv::parse("patterns/implied_agents.tsv", IMPLIED_AGENTS)?;
        let (c_cameo, c_agent, c_words) = (t.column("cameo")?, t.column("agent")?, t.column("words")?);
        f.implied_agents = t
            .rows()
            .map(|row| ImpliedAgent {
                prefix: row.get(c_cameo).to_string(),
                sector: row.get(c_agent).to_string(),
                words: row.get(c_words).split_whitespace().map(str::to_string).collect(),
            })
            .collect();
        // Longest prefix first; of equal ones, those for named words first.
        f.implied_agents
            .sort_by_key(|r| (std::cmp::Reverse(r.prefix.len()), r.words.is_empty()));
        let t = Tsv::parse("patterns/standalone.tsv", STANDALONE)?;
        let (c_cameo, c_when) = (t.column("cameo")?, t.column("when")?);
        for row in t.rows() {
            let standing = match row.get(c_when) {
                "any" => Standing::Any,
                "hidden" => Standing::Hidden,
                "source" => Standing::Source,
                "never" => Standing::Never,
                other => {
                    return Err(t.error(
                        row.line,
                        format!("`when` is any, hidden, source or never, not `{other}`"),
                    ))
                }
            };
            f.standalone.push((row.get(c_cameo).to_string(), standing));
        }
        f.standalone.sort_by_key(|(c, _)| std::cmp::Reverse(c.len()));
        let t = Tsv::parse(words.adjectives.0, words.adjectives.1)?;
        let (c_word, c_frame) = (t.column("word")?, t.column("frame")?);
        for row in t.rows() {
            let frame = Frame::parse(row.get(c_frame))
                .ok_or_else(|| t.error(row.line, format!("unknown frame `{}`", row.get(c_frame))))?;
            f.adjectives.insert(row.get(c_word).to_string(), frame);
        }
        let t = Tsv::parse("patterns/mutual.tsv", MUTUAL)?;
        let c_cameo = t.column("cameo")?;
        let c_most = t.column("most")?;
        let c_object = t.column("object")?;
        for row in t.rows() {
            let most = match row.get(c_most) {
                "any" => None,
                n => Some(
                    n.parse()
                        .map_err(|_| t.error(row.line, format!("`most` is any or a number, not `{n}`")))?,
                ),
            };
            let joint = match row.get(c_object) {
                "each" => false,
                "joint" => true,
                o => return Err(t.error(row.line, format!("`object` is each or joint, not `{o}`"))),
            };
            f.mutual.push(Mutual {
                prefix: row.get(c_cameo).to_string(),
                most,
                joint,
            });
        }
        let t = Tsv::parse(words.frames.0, words.frames.1)?;
        let (c_lemma, c_frame) = (t.column("lemma")?, t.column("frame")?);
        for row in t.rows() {
            let frame = Frame::parse(row.get(c_frame))
                .ok_or_else(|| t.error(row.line, format!("unknown frame `{}`", row.get(c_frame))))?;
            let lemma = row.get(c_lemma).to_string();
            f.forms.insert(lemma.clone(), frame);
            // A phrasal verb inflects its verb and keeps its particle ("ruled out").
            let (verb, particle) = lemma.split_once(' ').map_or((lemma.as_str(), ""), |(v, p)| (v, p));
            for (form, _) in dragoman_kb::verbs::inflections(verb) {
                let form = if particle.is_empty() {
                    form
                } else {
                    format!("{form} {particle}")
                };
                f.forms.entry(form).or_insert(frame);
            }
            f.lemmas.insert(lemma, frame);
        }
        // English irregular pasts of framing verbs the inflector does not make.
        for (form, lemma) in [
            ("said", "say"),
            ("told", "tell"),
            ("wrote", "write"),
            ("sought", "seek"),
            ("began", "begin"),
        ] {
            if let Some(&frame) = f.lemmas.get(lemma) {
                f.forms.insert(form.into(), frame);
            }
        }
        let t = Tsv::parse("patterns/embedding.tsv", EMBEDDING)?;
        let (c_frame, c_emb, c_code) = (t.column("frame")?, t.column("embedded")?, t.column("code")?);
        for row in t.rows() {
            let frame = Frame::parse(row.get(c_frame)).ok_or_else(|| t.error(row.line, "unknown frame"))?;
            f.embedding
                .insert((frame, row.get(c_emb).to_string()), row.get(c_code).to_string());
        }
        let t = Tsv::parse(words.stance.0, words.stance.1)?;
        let (c_word, c_code, c_as) = (t.column("word")?, t.column("code")?, t.column("as")?);
        for row in t.rows() {
            f.stance
                .insert(row.get(c_word).to_string(), row.get(c_code).to_string());
            match row.get(c_as) {
                "noun" => {
                    f.stance_nouns_only.insert(row.get(c_word).to_string());
                }
                "predicative" => {
                    f.stance_predicative_only.insert(row.get(c_word).to_string());
                }
                "any" => {}
                _ => return Err(t.error(row.line, "`as` is `noun`, `predicative` or `any`")),
            }
        }
        let t = Tsv::parse(words.nouns.0, words.nouns.1)?;
        let (c_noun, c_code, c_of) = (t.column("noun")?, t.column("code")?, t.column("of")?);
        for row in t.rows() {
            // Folded like the text's words, so accents are optional.
            let words: Vec<String> = row.get(c_noun).split_whitespace().map(dragoman_text::fold).collect();
            let of = if row.get(c_of) == "target" {
                OfRole::Target
            } else {
                OfRole::Source
            };
            f.noun_index.entry(words[0].clone()).or_default().push(f.nouns.len());
            f.nouns.push(EventNoun {
                words,
                code: CodePair::parse(row.get(c_code)),
                of,
            });
        }
        Ok(f)
    }

    /// The frame of a folded verb form.
    pub fn frame(&self, folded: &str) -> Option<Frame> {
        self.forms.get(folded).copied()
    }

    /// The sector of the agent an event with this code implies, if any.
    pub fn implied_agent(&self, cameo: &str, trigger: &str) -> Option<&str> {
        self.implied_agents
            .iter()
            .find(|r| {
                cameo.starts_with(r.prefix.as_str()) && (r.words.is_empty() || r.words.iter().any(|w| w == trigger))
            })
            .map(|r| r.sector.as_str())
    }

    /// For a language whose light-verb table lists lemmas: adds every form of them.
    pub fn add_light_verb_forms<'f>(&mut self, forms: impl IntoIterator<Item = &'f str>) {
        self.light_verbs.extend(forms.into_iter().map(str::to_string));
    }

    /// The light-verb table's entries (lemmas, for Spanish).
    pub fn light_verb_entries(&self) -> Vec<String> {
        self.light_verbs.iter().cloned().collect()
    }

    /// Does the subject of this verb (folded lemma) undergo it rather than act ("died")?
    pub fn is_undergoer(&self, lemma: &str) -> bool {
        self.undergoers.contains(lemma)
    }

    /// Is this verb's (folded lemma) event one without an object ("demonstrated")?
    pub fn is_intransitive_event(&self, lemma: &str) -> bool {
        self.intransitives.contains(lemma)
    }

    /// Is this folded verb form a light verb?
    pub fn is_light_verb(&self, folded: &str) -> bool {
        self.light_verbs.contains(folded)
    }

    /// The standing of the longest code prefix of `standalone.tsv` that `cameo` has.
    fn standing(&self, cameo: &str) -> Standing {
        self.standalone
            .iter()
            .find(|(p, _)| cameo.starts_with(p.as_str()))
            .map_or(Standing::Never, |(_, s)| *s)
    }

    /// Does an event with this code stand without a source or a target?
    pub fn stands_alone(&self, cameo: &str) -> bool {
        self.standing(cameo) == Standing::Any
    }

    /// Does an event with this code, done by someone named, stand without a target?
    pub fn stands_without_target(&self, cameo: &str) -> bool {
        matches!(self.standing(cameo), Standing::Any | Standing::Source)
    }

    /// Does an event with this code stand without a source when a passive leaves its
    /// agent out ("the judge was threatened")? Every code that stands alone does, and
    /// those marked `hidden`.
    pub fn stands_without_hidden_agent(&self, cameo: &str) -> bool {
        matches!(self.standing(cameo), Standing::Any | Standing::Hidden)
    }

    /// The frame of an adjective (or "going", "about") before an infinitive.
    pub fn adjective_frame(&self, folded: &str) -> Option<Frame> {
        self.adjectives.get(folded).copied()
    }

    /// The code a frame makes of an embedded code: the longest matching prefix rule.
    pub fn embed(&self, frame: Frame, code: &str) -> Option<String> {
        for len in (1..=code.len()).rev() {
            if let Some(c) = self.embedding.get(&(frame, code[..len].to_string())) {
                return Some(if c == "*" { code.to_string() } else { c.clone() });
            }
        }
        None
    }

    /// The event noun starting at word `i` of `words` (folded): its index and length.
    pub fn noun_at(&self, words: &[&str], i: usize) -> Option<(usize, usize)> {
        let cands = self.noun_index.get(*words.get(i)?)?;
        cands
            .iter()
            .filter(|&&n| {
                let w = &self.nouns[n].words;
                i + w.len() <= words.len() && w.iter().enumerate().all(|(k, x)| words[i + k] == x)
            })
            .max_by_key(|&&n| self.nouns[n].words.len())
            .map(|&n| (n, self.nouns[n].words.len()))
    }
}

/// Whether a verb form is a past participle or past tense (for passives).
pub fn is_past(kb: &KnowledgeBase, folded: &str) -> bool {
    kb.verbs.lookup(folded).iter().any(|f| f.tense == Tense::Past)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_and_embed() {
        let f = Frames::builtin().unwrap();
        assert_eq!(f.frame("said"), Some(Frame::Speech));
        assert_eq!(f.frame("offered"), Some(Frame::Intent));
        assert_eq!(f.embed(Frame::Intent, "045").as_deref(), Some("039"));
        assert_eq!(f.embed(Frame::Intent, "040").as_deref(), Some("036"));
        assert_eq!(f.embed(Frame::Intent, "0874").as_deref(), Some("0356"));
        assert_eq!(f.embed(Frame::Intent, "080").as_deref(), Some("035"));
        assert_eq!(f.embed(Frame::Threaten, "163").as_deref(), Some("1312"));
        assert_eq!(f.embed(Frame::Reject, "046").as_deref(), Some("125"));
        assert!(f.stance.contains_key("illegal"));
        assert!(f.nouns.iter().any(|n| n.words == ["meeting"]));
    }

    #[test]
    fn spanish_tables_load_folded() {
        let f = Frames::for_lang(Lang::Es).unwrap();
        assert!(f.nouns.iter().any(|n| n.words == ["reunion"]));
        assert_eq!(f.noun_at(&["el", "secuestro", "de"], 1).map(|x| x.1), Some(1));
        assert_eq!(f.embed(Frame::Intent, "045").as_deref(), Some("039"));
        let o = dragoman_core::Ontology::get();
        for n in &f.nouns {
            for code in [&n.code.forward, &n.code.reverse].into_iter().flatten() {
                assert!(o.is_valid(code), "{code} of {:?}", n.words);
            }
        }
    }

    #[test]
    fn every_embedded_code_is_a_cameo_code() {
        let f = Frames::builtin().unwrap();
        let o = dragoman_core::Ontology::get();
        for code in f.embedding.values().filter(|c| *c != "*") {
            assert!(o.is_valid(code), "{code}");
        }
        for code in f.stance.values() {
            assert!(o.is_valid(code), "{code}");
        }
    }
}
