//! Each stage of the coder on sentences written for these tests: what the clause stage
//! reads off the parse (subjects, objects, passives, relative clauses, coordination,
//! framing, negation, modality), what coreference and quotations resolve, and what the
//! event stages make of it.

use std::sync::{Arc, OnceLock};

use dragoman_coder::clauses::{self, Syntax};
use dragoman_coder::doc::{Analysis, Frame};
use dragoman_coder::sentence::SentenceView;
use dragoman_coder::{Coder, Frames};
use dragoman_core::{Document, Modality};

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(Arc::new(dragoman_kb_image::builtin().expect("kb"))).expect("coder"))
}

fn frames() -> &'static Frames {
    static F: OnceLock<Frames> = OnceLock::new();
    F.get_or_init(|| Frames::builtin().expect("frames"))
}

/// The analysis (up to events) of one text and the syntax of its first sentence.
fn read(text: &str) -> (Document, fn(&Analysis) -> Syntax) {
    let doc = Document::new("t", text).with_date(Some(chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()));
    (doc, |a| {
        let sv = SentenceView::new(a, coder().kb(), frames(), 0);
        clauses::analyse(&sv)
    })
}

/// The text of an actor phrase.
fn phrase(a: &Analysis, p: Option<usize>) -> String {
    p.map_or("-".into(), |p| {
        let ph = &a.actors()[p];
        a.original_text(ph.start as usize, ph.end as usize).to_string()
    })
}

/// The predicate whose verb is `verb`.
fn predicate<'s>(a: &Analysis, syntax: &'s Syntax, verb: &str) -> &'s dragoman_coder::doc::Predicate {
    syntax
        .predicates
        .iter()
        .find(|p| a.word(p.start) == verb)
        .unwrap_or_else(|| panic!("no predicate `{verb}`"))
}

#[test]
fn subject_and_object_of_an_active_verb() {
    let (doc, syn) = read("Russian troops attacked Ukrainian soldiers near Kharkiv.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let p = predicate(&a, &s, "attacked");
    assert_eq!(phrase(&a, p.subject), "Russian troops");
    assert_eq!(phrase(&a, p.object), "Ukrainian soldiers");
    assert!(!p.passive && !p.negated && !p.subordinate);
}

#[test]
fn passives_with_and_without_an_agent() {
    let (doc, syn) = read("Two journalists were detained by Iranian police in Tehran.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let p = predicate(&a, &s, "detained");
    assert!(p.passive);
    assert_eq!(
        phrase(&a, p.subject),
        "journalists",
        "the passive subject is the patient"
    );
    assert_eq!(phrase(&a, p.agent), "Iranian police");

    let (doc, syn) = read("Five activists were arrested on Monday.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let p = predicate(&a, &s, "arrested");
    assert!(p.passive && p.agent.is_none());
    assert!(p.subject_token.is_some());
}

#[test]
fn a_relative_pronoun_stands_for_its_antecedent() {
    let (doc, syn) = read("The Turkish president, who met Putin on Friday, criticised NATO.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let met = predicate(&a, &s, "met");
    assert!(
        phrase(&a, met.subject).contains("Turkish president"),
        "{}",
        phrase(&a, met.subject)
    );
    assert_eq!(phrase(&a, met.object), "Putin");
    assert!(met.subordinate, "a relative clause is subordinate");
    let criticised = predicate(&a, &s, "criticised");
    assert!(!criticised.subordinate);
}

#[test]
fn coordinated_verbs_share_their_subject() {
    let (doc, syn) = read("Israel bombed Gaza and shelled Lebanon on Tuesday.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let shelled = predicate(&a, &s, "shelled");
    assert_eq!(phrase(&a, shelled.subject), "Israel");
    assert_eq!(phrase(&a, shelled.object), "Lebanon");
}

#[test]
fn negation_and_modality_come_from_the_auxiliaries() {
    let (doc, syn) = read("Japan will not recognise the new government, and China may expel diplomats.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let recognise = predicate(&a, &s, "recognise");
    assert!(recognise.negated);
    assert_eq!(recognise.modality, Modality::Intended);
    let expel = predicate(&a, &s, "expel");
    assert!(!expel.negated);
    assert_eq!(expel.modality, Modality::Hypothetical);
}

#[test]
fn framing_verbs_and_adjectives_embed_the_next_verb() {
    let (doc, syn) = read("Egypt offered to mediate between Israel and Hamas.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let mediate = predicate(&a, &s, "mediate");
    let e = s.embedding_of(mediate.start).expect("mediate is framed");
    assert_eq!(e.frame, Frame::Intent);
    assert_eq!(phrase(&a, e.subject), "Egypt");

    let (doc, syn) = read("The UN urged Sudan to negotiate with the rebels.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let negotiate = predicate(&a, &s, "negotiate");
    let e = s.embedding_of(negotiate.start).expect("negotiate is framed");
    assert_eq!(e.frame, Frame::Appeal);
    assert_eq!(phrase(&a, e.object), "Sudan", "the addressee of the appeal");

    let (doc, syn) = read("Turkey is ready to host talks between the two sides.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let host = predicate(&a, &s, "host");
    let e = s.embedding_of(host.start).expect("an adjective frames it");
    assert_eq!(e.frame, Frame::Intent);
}

#[test]
fn a_verb_clause_stops_at_the_clauses_it_embeds() {
    let (doc, syn) = read("France said that Mali expelled its ambassador.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    let said = predicate(&a, &s, "said");
    let expelled = predicate(&a, &s, "expelled");
    assert!(said.clause.end <= expelled.start || said.clause.start > expelled.start);
    assert!(!expelled.subordinate, "what a speech verb reports is the main event");
}

#[test]
fn participles_modifying_nouns_are_not_verbs() {
    let (doc, syn) = read("The war-torn country received aid from the UN-led coalition.");
    let a = coder().recognize(&doc);
    let s = syn(&a);
    assert!(s.predicates.iter().all(|p| !matches!(a.word(p.start), "torn" | "led")));
}

#[test]
fn pronouns_and_quotations_are_resolved() {
    let text = "Lavrov arrived in Ankara on Monday. He criticised the sanctions. \
                \"We will respond,\" Lavrov said.";
    let doc = Document::new("t", text).with_date(chrono::NaiveDate::from_ymd_opt(2025, 3, 3));
    let a = coder().recognize(&doc);
    let he = a
        .actors()
        .iter()
        .find(|p| a.word(p.start as usize) == "he")
        .expect("the pronoun");
    assert!(he.units.iter().any(|u| u.code.starts_with("RUS")), "{:?}", he.units);
    let q = a.quotes().first().expect("a quotation");
    let speaker = &a.actors()[q.speaker.expect("a speaker") as usize];
    assert!(speaker.units.iter().any(|u| u.code.starts_with("RUS")));
}

#[test]
fn event_nouns_between_two_actors_are_reciprocal() {
    let ev = coder().code(
        &Document::new(
            "t",
            "Talks between Armenia and Azerbaijan resumed in Geneva on Tuesday.",
        )
        .with_date(chrono::NaiveDate::from_ymd_opt(2025, 3, 5)),
    );
    let pairs: Vec<(&str, &str)> = ev.iter().map(|e| (e.source_code(), e.target_code())).collect();
    assert!(
        pairs.contains(&("ARM", "AZE")) && pairs.contains(&("AZE", "ARM")),
        "{pairs:?}"
    );
}
