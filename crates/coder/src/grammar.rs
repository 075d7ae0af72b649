//! The dependency scheme the parser speaks (ClearNLP, as spaCy's English models), as ids
//! of the built-in syntax model: which labels mark subjects, objects, agents, clauses and
//! modifiers, and which tags are verbs. Built once; the clause stage asks it questions
//! instead of comparing label names.

use std::sync::OnceLock;

use dragoman_syntax::SyntaxModel;

/// A set of label or tag ids (the model has fewer than 64 of each).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IdSet(u64);

impl IdSet {
    fn of(ids: impl IntoIterator<Item = Option<u8>>) -> IdSet {
        IdSet(ids.into_iter().flatten().filter(|&i| i < 64).fold(0, |s, i| s | 1 << i))
    }

    #[inline]
    pub fn has(self, id: u8) -> bool {
        id < 64 && self.0 & (1 << id) != 0
    }
}

pub struct Grammar {
    pub model: &'static SyntaxModel,
    /// Verbs, past forms (VBD, VBN), past participles, gerunds, adjectives, relative
    /// pronouns and determiners (WDT, WP), wh-adverbs (WRB), modals.
    pub verb_tags: IdSet,
    pub past_tags: IdSet,
    pub participle: IdSet,
    pub gerund: IdSet,
    pub adjective_tags: IdSet,
    pub adverb_tags: IdSet,
    /// Superlative adjectives and adverbs ("the largest", "most").
    pub superlative: IdSet,
    pub noun_tags: IdSet,
    /// Cardinal numbers ("two", "200").
    pub number: IdSet,
    /// The infinitive marker "to".
    pub infinitive_marker: IdSet,
    pub relative_tags: IdSet,
    /// "who", "whom": a relative or question word that stands for people.
    pub personal_relative: IdSet,
    pub wh_adverb: IdSet,
    /// Finite verbs (VBD, VBP, VBZ, MD): each heads a clause with a subject of its own.
    pub finite: IdSet,
    /// Verb forms told in a tense whatever their subject (VBD, VBZ).
    pub tensed: IdSet,
    /// The bare present (VBP): tensed as an auxiliary ("they have said"), maybe a
    /// subjunctive as a main verb.
    pub present_plural: IdSet,
    /// Modal auxiliaries (MD): "could", "would", "should".
    pub modal: IdSet,
    /// Coordinating conjunctions (CC): "and", "but", "or".
    pub coordinator: IdSet,
    /// Verb forms that are never nouns (VB, VBD, VBP, VBZ, MD), unlike gerunds and
    /// participles ("the bombing", "the wounded").
    pub verb_not_noun: IdSet,
    /// Plural nouns (NNS, NNPS) and proper names (NNP).
    pub plural_noun: IdSet,
    /// Plural common nouns (NNS): "families", not "Kurds".
    pub common_plural: IdSet,
    /// Singular common nouns (NN): "the operation".
    pub common_singular: IdSet,
    pub proper_noun: IdSet,
    pub subject: IdSet,
    pub passive_subject: IdSet,
    pub object: IdSet,
    pub dative: IdSet,
    pub agent: IdSet,
    pub pobj: IdSet,
    pub prep: IdSet,
    pub neg: IdSet,
    pub mark: IdSet,
    pub aux: IdSet,
    pub auxpass: IdSet,
    pub det: IdSet,
    pub advmod: IdSet,
    /// A verb's particle ("fight it out", "called off").
    pub particle: IdSet,
    /// xcomp and ccomp: clauses a verb takes as its complement.
    pub complement: IdSet,
    pub xcomp: IdSet,
    pub conj: IdSet,
    pub relcl: IdSet,
    pub acl: IdSet,
    /// The predicate noun or adjective of a copula ("Peru was the first country").
    pub attribute: IdSet,
    /// The adjective of a copula ("it was difficult").
    pub adjective_complement: IdSet,
    /// Clauses that modify rather than predicate: advcl, relcl, acl, pcomp, csubj.
    pub subordinate: IdSet,
    /// An adverbial clause ("left to avoid arrest", "stayed so that …").
    pub adverbial_clause: IdSet,
    /// A verb form used as a modifier of a noun, or inside a name.
    pub modifier: IdSet,
    /// A noun modifying the noun after it ("detention centre", "protest leaders").
    pub compound: IdSet,
    /// A noun's possessor ("Peru's" of "Peru's battles").
    pub possessor: IdSet,
    /// Dependents only a noun has: a determiner or possessor ("the injured", "our dead").
    pub nominal_marker: IdSet,
    /// Relations inside a noun phrase that keep naming its members ("hundreds of
    /// farmers", "wives and children", "the group, a militia"), unlike modifiers.
    pub member_of: IdSet,
    /// Relations through which an argument's head reaches the actor it names ("the
    /// leaders of Russia", "Russia's envoy", "Ukrainian positions").
    pub reaches_actor: IdSet,
    /// Relations that name whom a noun belongs to or is of ("Russia's envoy", "US
    /// allies", "the allies of Iran"), unlike what describes it ("Kurdish allies").
    pub owner: IdSet,
    /// A noun phrase set beside another that names the same ("Peru's ally, Chile").
    pub apposition: IdSet,
    /// Clausal dependents that end a verb's own clause.
    pub clausal: IdSet,
    /// Clauses that modify or complete a noun ("ties leading into", "hopes that X").
    pub clausal_modifier: IdSet,
    /// Tags of the words that open a name or quality given to an object ("called him a
    /// liar", "called it 'ludicrous'", "called them barbarians").
    pub name_given: IdSet,
    /// Personal pronouns ("him", "them", "themselves").
    pub personal_pronoun: IdSet,
    /// A preposition (or subordinating conjunction), not a particle ("on" of "on
    /// Monday", not "off" of "kicks off").
    pub preposition_tag: IdSet,
    /// Words that open a noun phrase before its modifiers: a determiner or possessive
    /// ("the", "its", the "'s" of "Peru's").
    pub phrase_opener_tag: IdSet,
    /// The possessive clitic ("'s").
    pub possessive_tag: IdSet,
}

impl Grammar {
    pub fn get() -> &'static Grammar {
        static G: OnceLock<Grammar> = OnceLock::new();
        G.get_or_init(|| Grammar::new(SyntaxModel::builtin()))
    }

    pub fn new(model: &'static SyntaxModel) -> Grammar {
        let l = |names: &[&str]| IdSet::of(names.iter().map(|n| model.label_id(n)));
        let t = |names: &[&str]| IdSet::of(names.iter().map(|n| model.tag_id(n)));
        Grammar {
            model,
            verb_tags: t(&["VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]),
            past_tags: t(&["VBD", "VBN"]),
            participle: t(&["VBN"]),
            gerund: t(&["VBG"]),
            adjective_tags: t(&["JJ", "JJR", "JJS"]),
            adverb_tags: t(&["RB", "RBR", "RBS"]),
            superlative: t(&["JJS", "RBS"]),
            noun_tags: t(&["NN", "NNS", "NNP", "NNPS"]),
            number: t(&["CD"]),
            infinitive_marker: t(&["TO"]),
            relative_tags: t(&["WDT", "WP", "WP$"]),
            personal_relative: t(&["WP"]),
            wh_adverb: t(&["WRB"]),
            finite: t(&["VBD", "VBP", "VBZ", "MD"]),
            tensed: t(&["VBD", "VBZ"]),
            present_plural: t(&["VBP"]),
            modal: t(&["MD"]),
            coordinator: t(&["CC"]),
            verb_not_noun: t(&["VB", "VBD", "VBP", "VBZ", "MD"]),
            plural_noun: t(&["NNS", "NNPS"]),
            common_plural: t(&["NNS"]),
            common_singular: t(&["NN"]),
            proper_noun: t(&["NNP"]),
            personal_pronoun: t(&["PRP"]),
            preposition_tag: t(&["IN"]),
            phrase_opener_tag: t(&["DT", "PRP$", "POS"]),
            possessive_tag: t(&["POS"]),
            name_given: t(&["DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "``", "''"]),
            subject: l(&["nsubj", "csubj", "expl"]),
            passive_subject: l(&["nsubjpass", "csubjpass"]),
            object: l(&["dobj"]),
            dative: l(&["dative"]),
            agent: l(&["agent"]),
            pobj: l(&["pobj"]),
            prep: l(&["prep"]),
            neg: l(&["neg"]),
            mark: l(&["mark"]),
            aux: l(&["aux", "auxpass"]),
            auxpass: l(&["auxpass"]),
            det: l(&["det"]),
            advmod: l(&["advmod", "npadvmod"]),
            particle: l(&["prt"]),
            complement: l(&["xcomp", "ccomp"]),
            xcomp: l(&["xcomp"]),
            conj: l(&["conj"]),
            relcl: l(&["relcl"]),
            acl: l(&["acl"]),
            attribute: l(&["attr"]),
            adjective_complement: l(&["acomp"]),
            subordinate: l(&["advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass"]),
            adverbial_clause: l(&["advcl"]),
            modifier: l(&["amod", "compound", "nmod", "npadvmod", "poss", "nummod", "quantmod"]),
            compound: l(&["compound"]),
            nominal_marker: l(&["det", "poss", "predet"]),
            possessor: l(&["poss"]),
            member_of: l(&["prep", "pobj", "conj", "appos"]),
            reaches_actor: l(&["poss", "compound", "amod", "prep", "pobj", "appos", "nmod", "conj"]),
            owner: l(&["poss", "compound", "nmod", "prep"]),
            apposition: l(&["appos"]),
            clausal: l(&["ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj", "csubj"]),
            clausal_modifier: l(&["acl", "relcl", "ccomp", "xcomp"]),
        }
    }
}
