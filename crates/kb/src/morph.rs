//! Verb morphology for languages whose verb patterns are written as lemmas (Spanish):
//! every inflected form of a verb, folded, with its lemma, mood/tense, person and number,
//! from a table (`data/es/verb_forms.tsv`, built by `scripts/build_spanish.py`).
//!
//! Invariant: keys are folded (lower case, no accents), so "detención", "DETENCION" and
//! "detencion" meet; a folded form keeps every reading of the accented forms it stands
//! for ("ataco" is present, "atacó" preterite: both are kept).

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use dragoman_core::tsv::{Tsv, TsvError};
use dragoman_text::fold;

/// Mood and tense of a verb form (the `tense` column of the table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Mood {
    Infinitive,
    Gerund,
    Participle,
    Present,
    Preterite,
    Imperfect,
    Future,
    Conditional,
    SubjunctivePresent,
    SubjunctiveImperfect,
    Imperative,
}

impl Mood {
    pub fn parse(s: &str) -> Option<Mood> {
        Some(match s {
            "inf" => Mood::Infinitive,
            "ger" => Mood::Gerund,
            "part" => Mood::Participle,
            "pres" => Mood::Present,
            "pret" => Mood::Preterite,
            "impf" => Mood::Imperfect,
            "fut" => Mood::Future,
            "cond" => Mood::Conditional,
            "subj_pres" => Mood::SubjunctivePresent,
            "subj_impf" => Mood::SubjunctiveImperfect,
            "imper" => Mood::Imperative,
            _ => return None,
        })
    }

    /// A form that makes a clause on its own (not an infinitive, gerund or participle).
    pub fn is_finite(self) -> bool {
        !matches!(self, Mood::Infinitive | Mood::Gerund | Mood::Participle)
    }

    /// Tells of the past (preterite, imperfect, imperfect subjunctive).
    pub fn is_past(self) -> bool {
        matches!(self, Mood::Preterite | Mood::Imperfect | Mood::SubjunctiveImperfect)
    }
}

/// One reading of a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reading {
    /// Index of the lemma (see [`Morphology::lemma`]).
    pub lemma: u32,
    pub mood: Mood,
    /// 1, 2 or 3; 0 where it does not apply.
    pub person: u8,
    pub plural: bool,
    /// The form is written with an accent ("atacó"), which folding took away.
    pub accented: bool,
}

#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Morphology {
    lemmas: Vec<Box<str>>,
    #[serde(with = "crate::exact::exact_map")]
    by_lemma: FxHashMap<Box<str>, u32>,
    #[serde(with = "crate::exact::exact_map")]
    forms: FxHashMap<Box<str>, SmallVec<[Reading; 2]>>,
}

impl Morphology {
    /// Reads a `form lemma tense person number` table.
    pub fn parse(name: &str, text: &str) -> Result<Morphology, TsvError> {
        let t = Tsv::parse(name, text)?;
        let (c_form, c_lemma, c_tense, c_person, c_number) = (
            t.column("form")?,
            t.column("lemma")?,
            t.column("tense")?,
            t.column("person")?,
            t.column("number")?,
        );
        let mut m = Morphology::default();
        for row in t.rows() {
            let mood = Mood::parse(row.get(c_tense))
                .ok_or_else(|| t.error(row.line, format!("unknown tense `{}`", row.get(c_tense))))?;
            let lemma = m.intern(&fold(row.get(c_lemma)));
            let reading = Reading {
                lemma,
                mood,
                person: row.opt(c_person).and_then(|p| p.parse().ok()).unwrap_or(0),
                plural: row.get(c_number) == "pl",
                accented: !row.get(c_form).is_ascii(),
            };
            let list = m.forms.entry(fold(row.get(c_form)).into()).or_default();
            if !list.contains(&reading) {
                list.push(reading);
            }
        }
        Ok(m)
    }

    fn intern(&mut self, lemma: &str) -> u32 {
        if let Some(&id) = self.by_lemma.get(lemma) {
            return id;
        }
        let id = self.lemmas.len() as u32;
        self.lemmas.push(lemma.into());
        self.by_lemma.insert(lemma.into(), id);
        id
    }

    /// The readings of a folded word (empty when it is no verb form).
    pub fn readings(&self, folded: &str) -> &[Reading] {
        self.forms.get(folded).map_or(&[], |v| v.as_slice())
    }

    pub fn lemma(&self, r: &Reading) -> &str {
        &self.lemmas[r.lemma as usize]
    }

    /// Every folded form with the lemmas it may be a form of.
    pub fn forms(&self) -> impl Iterator<Item = (&str, impl Iterator<Item = &str> + '_)> + '_ {
        self.forms
            .iter()
            .map(move |(f, rs)| (&**f, rs.iter().map(move |r| &*self.lemmas[r.lemma as usize])))
    }

    /// Every folded form of a (folded) lemma.
    pub fn forms_of<'s>(&'s self, lemma: &str) -> impl Iterator<Item = &'s str> + 's {
        let id = self.by_lemma.get(lemma).copied();
        self.forms
            .iter()
            .filter(move |(_, rs)| id.is_some_and(|id| rs.iter().any(|r| r.lemma == id)))
            .map(|(f, _)| &**f)
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "form\tlemma\ttense\tperson\tnumber\n\
        atacó\tatacar\tpret\t3\tsg\n\
        ataco\tatacar\tpres\t1\tsg\n\
        detuvieron\tdetener\tpret\t3\tpl\n\
        atacado\tatacar\tpart\t\tsg\n";

    #[test]
    fn accented_and_plain_forms_meet_with_all_their_readings() {
        let m = Morphology::parse("t", TABLE).expect("parses");
        let r = m.readings("ataco");
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|r| m.lemma(r) == "atacar"));
        assert!(r
            .iter()
            .any(|r| r.mood == Mood::Preterite && r.person == 3 && r.accented));
        assert!(r.iter().any(|r| r.mood == Mood::Present && !r.accented));
        let d = m.readings("detuvieron");
        assert_eq!(d[0].mood, Mood::Preterite);
        assert!(d[0].plural);
        assert!(m.readings("atacado")[0].mood == Mood::Participle);
        assert!(m.readings("casa").is_empty());
    }

    #[test]
    fn an_unknown_tense_names_the_line() {
        let e = Morphology::parse("t.tsv", "form\tlemma\ttense\tperson\tnumber\nx\ty\tzz\t\t\n").err();
        assert!(e.expect("an error").to_string().contains("zz"));
    }
}
