//! Repairs of greedy-parse errors that English grammar rules out, applied after labelling.
//!
//! Invariant: a repair takes a tree and returns a tree ([`is_tree`]); it only moves
//! a token under a new head when that makes no cycle.

use crate::tree::{is_tree, Parse};

/// The tag and label ids a repair reads, resolved once from the model's names. A name the
/// model lacks disables the repairs that need it.
pub(crate) struct Repairs {
    finite_tags: Vec<u8>,
    verb_tags: Vec<u8>,
    nominal_tags: Vec<u8>,
    break_tags: Vec<u8>,
    tensed_tags: Vec<u8>,
    progressive_or_bare_tags: Vec<u8>,
    subject_labels: Vec<u8>,
    clause_labels: Vec<u8>,
    aux_labels: Vec<u8>,
    pre_verb_labels: Vec<u8>,
    nsubj: Option<u8>,
    nsubjpass: Option<u8>,
    auxpass: Option<u8>,
    conj: Option<u8>,
    cc: Option<u8>,
    relcl: Option<u8>,
    dobj: Option<u8>,
    relative_tags: Vec<u8>,
    vbn: Option<u8>,
    vbd: Option<u8>,
}

/// Whether some dependent `c` of `v` satisfies `pred`.
fn has_dependent(p: &Parse, v: usize, pred: impl Fn(usize) -> bool) -> bool {
    (0..p.heads.len()).any(|c| p.heads[c] == Some(v as u32) && pred(c))
}

fn ids(names: &[String], wanted: &[&str]) -> Vec<u8> {
    wanted
        .iter()
        .filter_map(|w| names.iter().position(|n| n == w).map(|i| i as u8))
        .collect()
}

fn id(names: &[String], wanted: &str) -> Option<u8> {
    names.iter().position(|n| n == wanted).map(|i| i as u8)
}

impl Repairs {
    pub(crate) fn new(tags: &[String], labels: &[String]) -> Repairs {
        Repairs {
            finite_tags: ids(tags, &["VBD", "VBZ", "VBP", "MD"]),
            verb_tags: ids(tags, &["VB", "VBD", "VBZ", "VBP", "VBN", "VBG"]),
            nominal_tags: ids(tags, &["NN", "NNS", "NNP", "NNPS", "PRP"]),
            break_tags: ids(tags, &[",", ":"]),
            tensed_tags: ids(tags, &["VBD", "VBZ"]),
            progressive_or_bare_tags: ids(tags, &["VBG", "VB"]),
            subject_labels: ids(labels, &["nsubj", "nsubjpass", "csubj", "csubjpass", "expl"]),
            clause_labels: ids(labels, &["ROOT", "conj", "ccomp", "advcl"]),
            aux_labels: ids(labels, &["aux", "auxpass"]),
            pre_verb_labels: ids(labels, &["aux", "auxpass", "neg", "advmod"]),
            nsubj: id(labels, "nsubj"),
            nsubjpass: id(labels, "nsubjpass"),
            auxpass: id(labels, "auxpass"),
            conj: id(labels, "conj"),
            cc: id(labels, "cc"),
            relcl: id(labels, "relcl"),
            dobj: id(labels, "dobj"),
            relative_tags: ids(tags, &["WDT", "WP"]),
            vbn: id(tags, "VBN"),
            vbd: id(tags, "VBD"),
        }
    }

    pub(crate) fn apply(&self, p: &mut Parse) {
        self.orphan_subjects(p);
        self.tensed_conjuncts(p);
        self.object_relatives(p);
        debug_assert!(is_tree(&p.heads), "a repaired parse is a tree");
    }

    /// A finite clause with no subject whose verb follows (over its auxiliaries, negation
    /// and adverbs) a noun the parser made a conjunct of an earlier noun: that noun is the
    /// clause's subject ("they lack the means to launch an attack, and the militias do not
    /// have the will": "militias" is the subject of "have", not a second thing launched).
    fn orphan_subjects(&self, p: &mut Parse) {
        let (Some(nsubj), Some(nsubjpass), Some(conj)) = (self.nsubj, self.nsubjpass, self.conj) else {
            return;
        };
        let n = p.heads.len();
        for v in 1..n {
            if !self.verb_tags.contains(&p.tags[v]) || !self.clause_labels.contains(&p.labels[v]) {
                continue;
            }
            if has_dependent(p, v, |c| self.subject_labels.contains(&p.labels[c])) {
                continue;
            }
            let finite = self.finite_tags.contains(&p.tags[v])
                || has_dependent(p, v, |c| {
                    self.aux_labels.contains(&p.labels[c]) && self.finite_tags.contains(&p.tags[c])
                });
            if !finite {
                continue;
            }
            let mut k = v;
            while k > 0 && p.heads[k - 1] == Some(v as u32) && self.pre_verb_labels.contains(&p.labels[k - 1]) {
                k -= 1;
            }
            if k == 0 {
                continue;
            }
            let noun = k - 1;
            let Some(first) = p.heads[noun] else { continue };
            let conjunct =
                p.labels[noun] == conj && (first as usize) < noun && self.nominal_tags.contains(&p.tags[noun]);
            if !conjunct || !self.after_clause_break(p, noun) || self.dominates(p, noun, v) {
                continue;
            }
            let passive = self.auxpass.is_some_and(|l| has_dependent(p, v, |c| p.labels[c] == l));
            p.heads[noun] = Some(v as u32);
            p.labels[noun] = if passive { nsubjpass } else { nsubj };
            self.move_coordinator(p, first as usize, noun, v);
        }
    }

    /// A relative clause whose verb has a noun subject between the relative pronoun and
    /// itself, and no passive auxiliary, is active, and the pronoun is its object ("the
    /// fighters that Chile captured": the parser took "captured" for a participle, "that"
    /// for its passive subject and "Chile" for its subject). With no relative pronoun, a
    /// "passive" subject without a passive auxiliary is the subject of a past verb ("the
    /// fighters Chile captured").
    fn object_relatives(&self, p: &mut Parse) {
        let (Some(relcl), Some(nsubj), Some(nsubjpass), Some(dobj), Some(vbn), Some(vbd)) =
            (self.relcl, self.nsubj, self.nsubjpass, self.dobj, self.vbn, self.vbd)
        else {
            return;
        };
        let n = p.heads.len();
        for v in 0..n {
            if p.labels[v] != relcl || p.tags[v] != vbn {
                continue;
            }
            if self.auxpass.is_some_and(|l| has_dependent(p, v, |c| p.labels[c] == l))
                || has_dependent(p, v, |c| self.aux_labels.contains(&p.labels[c]))
            {
                continue;
            }
            let is_subject = |c: usize| p.labels[c] == nsubj || p.labels[c] == nsubjpass;
            let dependents: Vec<usize> = (0..v).filter(|&c| p.heads[c] == Some(v as u32)).collect();
            let relative = dependents
                .iter()
                .copied()
                .find(|&c| self.relative_tags.contains(&p.tags[c]) && is_subject(c));
            let noun = dependents
                .iter()
                .copied()
                .find(|&c| self.nominal_tags.contains(&p.tags[c]) && is_subject(c) && relative.is_none_or(|r| r < c));
            let Some(noun) = noun else { continue };
            if has_dependent(p, v, |c| c > v && p.labels[c] == dobj) {
                continue;
            }
            if let Some(r) = relative {
                p.labels[r] = dobj;
            }
            p.labels[noun] = nsubj;
            p.tags[v] = vbd;
        }
    }

    /// Whether the phrase of `noun` opens after a comma or semicolon and a coordinator
    /// (", and the militias …"), as a second clause does; a list inside one phrase ("from
    /// Chile and Peru are …") has no such break.
    fn after_clause_break(&self, p: &Parse, noun: usize) -> bool {
        let Some(cc) = self.cc else { return false };
        let mut start = noun;
        while start > 0 && p.heads[start - 1] == Some(noun as u32) {
            start -= 1;
        }
        start >= 2 && p.labels[start - 1] == cc && self.break_tags.contains(&p.tags[start - 2])
    }

    /// A verb told in a tense (VBD, VBZ) with no subject or auxiliary of its own cannot be
    /// the conjunct of a progressive or bare verb whose tense an auxiliary gives ("is
    /// cosying up … and preferred", "would lead to … and recommended"): conjuncts under
    /// one auxiliary share its form. It coordinates with the nearest verb above of its own
    /// form ("claimed that … and preferred": "claimed"). Moving it under an ancestor of its
    /// old head cannot make a cycle.
    fn tensed_conjuncts(&self, p: &mut Parse) {
        let Some(conj) = self.conj else { return };
        let n = p.heads.len();
        for v in 0..n {
            if p.labels[v] != conj || !self.tensed_tags.contains(&p.tags[v]) {
                continue;
            }
            let Some(h) = p.heads[v].map(|h| h as usize) else {
                continue;
            };
            let own = |x: usize| self.subject_labels.contains(&p.labels[x]) || self.aux_labels.contains(&p.labels[x]);
            // Not under a perfect or passive participle: "had entered the village and
            // raped him" is "had raped", a participle the tagger can take for a past.
            if !self.progressive_or_bare_tags.contains(&p.tags[h])
                || !has_dependent(p, h, |c| self.aux_labels.contains(&p.labels[c]))
                || has_dependent(p, v, own)
            {
                continue;
            }
            let Some(up) = self.verb_above_of_form(p, h, p.tags[v]) else {
                continue;
            };
            if self.dominates(p, v, up) {
                continue;
            }
            p.heads[v] = Some(up as u32);
            if let Some(cc) = self.cc {
                if let Some(c) = (h + 1..v)
                    .rev()
                    .find(|&c| p.heads[c] == Some(h as u32) && p.labels[c] == cc)
                {
                    p.heads[c] = Some(up as u32);
                }
            }
        }
    }

    /// The nearest ancestor of `h` that is a verb tagged `tag`, through clause links only.
    fn verb_above_of_form(&self, p: &Parse, h: usize, tag: u8) -> Option<usize> {
        let mut k = h;
        for _ in 0..p.heads.len() {
            if !self.clause_labels.contains(&p.labels[k]) || p.heads[k].is_none() {
                return None;
            }
            k = p.heads[k]? as usize;
            if p.tags[k] == tag {
                return Some(k);
            }
        }
        None
    }

    /// The "and" that joined the noun to its old conjunct now joins the clauses: it goes
    /// to the head of the clause it coordinates, as the parser attaches coordinators.
    fn move_coordinator(&self, p: &mut Parse, first: usize, noun: usize, v: usize) {
        let (Some(cc), Some(conj)) = (self.cc, self.conj) else {
            return;
        };
        let Some(clause_head) = p.heads[v].filter(|_| p.labels[v] == conj) else {
            return;
        };
        let coordinator = (first + 1..noun)
            .rev()
            .find(|&c| p.heads[c] == Some(first as u32) && p.labels[c] == cc);
        if let Some(c) = coordinator {
            if !self.dominates(p, c, clause_head as usize) {
                p.heads[c] = Some(clause_head);
            }
        }
    }

    /// Whether `top` is `t` or one of its ancestors.
    fn dominates(&self, p: &Parse, top: usize, t: usize) -> bool {
        let mut k = t;
        for _ in 0..=p.heads.len() {
            if k == top {
                return true;
            }
            match p.heads[k] {
                Some(h) => k = h as usize,
                None => return false,
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parse from (word, tag, head, label) rows, with the repairs for its tag and label
    /// names (the word is only there to read the test).
    fn sentence(rows: &[(&str, &str, Option<u32>, &str)]) -> (Repairs, Parse) {
        let mut tags: Vec<String> = Vec::new();
        let mut labels: Vec<String> = vec!["nsubj".into(), "nsubjpass".into()];
        fn id(names: &mut Vec<String>, n: &str) -> u8 {
            match names.iter().position(|x| x == n) {
                Some(i) => i as u8,
                None => {
                    names.push(n.to_string());
                    (names.len() - 1) as u8
                }
            }
        }
        let mut parse = Parse::default();
        for &(_word, tag, head, label) in rows {
            parse.tags.push(id(&mut tags, tag));
            parse.heads.push(head);
            parse.labels.push(id(&mut labels, label));
        }
        (Repairs::new(&tags, &labels), parse)
    }

    /// "Peru lacks ships, and Chile does not care": the parser made "Chile" a second
    /// thing lacked; it is the subject of "care", and "and" joins the clauses.
    fn misparsed(comma_tag: &str) -> (Repairs, Parse) {
        sentence(&[
            ("Peru", "NNP", Some(1), "nsubj"),
            ("lacks", "VBZ", None, "ROOT"),
            ("ships", "NNS", Some(1), "dobj"),
            (",", comma_tag, Some(2), "punct"),
            ("and", "CC", Some(2), "cc"),
            ("Chile", "NNP", Some(2), "conj"),
            ("does", "VBZ", Some(8), "aux"),
            ("not", "RB", Some(8), "neg"),
            ("care", "VB", Some(1), "conj"),
        ])
    }

    #[test]
    fn a_conjunct_before_a_subjectless_clause_is_its_subject() {
        let (r, mut p) = misparsed(",");
        r.apply(&mut p);
        assert_eq!(p.heads[5], Some(8), "Chile is the subject of care");
        assert_eq!(p.heads[4], Some(1), "and joins the clauses");
        assert!(is_tree(&p.heads));
    }

    #[test]
    fn a_list_without_a_clause_break_stays() {
        // No comma before "and".
        let (r, mut p) = misparsed("NNS");
        let before = p.clone();
        r.apply(&mut p);
        assert_eq!(p, before);
    }

    /// "Chile said Peru is arming rebels and refused talks": "refused" (VBD) cannot share
    /// "is" with "arming"; it coordinates with "said".
    fn conjunct_under(head_tag: &str) -> (Repairs, Parse) {
        sentence(&[
            ("Chile", "NNP", Some(1), "nsubj"),
            ("said", "VBD", None, "ROOT"),
            ("Peru", "NNP", Some(4), "nsubj"),
            ("is", "VBZ", Some(4), "aux"),
            ("arming", head_tag, Some(1), "ccomp"),
            ("rebels", "NNS", Some(4), "dobj"),
            ("and", "CC", Some(4), "cc"),
            ("refused", "VBD", Some(4), "conj"),
            ("talks", "NNS", Some(7), "dobj"),
        ])
    }

    #[test]
    fn a_tensed_conjunct_of_a_progressive_joins_the_verb_above() {
        let (r, mut p) = conjunct_under("VBG");
        r.apply(&mut p);
        assert_eq!(p.heads[7], Some(1), "refused coordinates with said");
        assert_eq!(p.heads[6], Some(1), "and goes along");
        assert!(is_tree(&p.heads));
    }

    /// "Peru freed the men that Chile captured" parsed as a passive relative.
    fn relative(aux: Option<&str>) -> (Repairs, Parse) {
        let mut rows = vec![
            ("Peru", "NNP", Some(1), "nsubj"),
            ("freed", "VBD", None, "ROOT"),
            ("the", "DT", Some(3), "det"),
            ("men", "NNS", Some(1), "dobj"),
            ("that", "WDT", Some(6), "nsubjpass"),
            ("Chile", "NNP", Some(6), "nsubj"),
            ("captured", "VBN", Some(3), "relcl"),
        ];
        if let Some(aux) = aux {
            rows.insert(6, ("was", "VBD", Some(7), aux));
            rows[4].2 = Some(7);
            rows[5].2 = Some(7);
            rows[7].2 = Some(3);
        }
        sentence(&rows)
    }

    #[test]
    fn a_relative_with_a_subject_of_its_own_is_active_and_its_pronoun_the_object() {
        let (r, mut p) = relative(None);
        r.apply(&mut p);
        let label = |i: usize| p.labels[i];
        let (_, q) = relative(None);
        assert_ne!(label(4), q.labels[4], "that is no longer a passive subject");
        assert_eq!(label(5), q.labels[0], "Chile is the subject (nsubj)");
        assert_eq!(p.tags[6], q.tags[1], "captured is a past (VBD)");
        assert!(is_tree(&p.heads));
    }

    #[test]
    fn a_relative_with_a_passive_auxiliary_stays() {
        let (r, mut p) = relative(Some("auxpass"));
        let before = p.clone();
        r.apply(&mut p);
        assert_eq!(p, before);
    }

    #[test]
    fn a_past_after_a_perfect_stays_for_it_may_be_a_participle() {
        // "Peru had armed rebels and refused talks": "had refused".
        let (r, mut p) = conjunct_under("VBN");
        let before = p.clone();
        r.apply(&mut p);
        assert_eq!(p, before);
    }
}
