//! Spanish coded natively, on sentences written for these tests: the same records as
//! English ones (actors, codes, dates resolved against publication, negation, places),
//! with evidence spans into the Spanish text.

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use dragoman_coder::{Coder, Lang};
use dragoman_core::{DatePrecision, Document, EventRecord, Modality};

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| {
        let mut c =
            Coder::new(Arc::new(dragoman_kb_image::builtin().expect("knowledge base loads"))).expect("coder builds");
        c.options.keep_negated = true;
        c
    })
}

fn code(text: &str, date: &str) -> Vec<EventRecord> {
    let mut doc = Document::new("t", text).with_date(NaiveDate::parse_from_str(date, "%Y-%m-%d").ok());
    doc.lang = Some("es".into());
    coder().code(&doc)
}

fn describe(events: &[EventRecord]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{}->{} {} {:?}{}",
                e.source_code(),
                e.target.as_ref().map_or("-", |t| t.code.as_str()),
                e.cameo,
                e.date,
                if e.negated { " negated" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn has(events: &[EventRecord], source: &str, target: &str, root: &str) -> bool {
    events.iter().any(|e| {
        e.source_code().starts_with(source)
            && e.target.as_ref().is_some_and(|t| t.code.starts_with(target))
            && e.cameo_root == root
    })
}

#[test]
fn a_spanish_document_is_read_as_spanish() {
    let mut doc = Document::new("t", "Chile y Perú firmaron un tratado comercial.");
    doc.lang = Some("es-CL".into());
    assert_eq!(coder().language_of(&doc), Lang::Es);
    assert_eq!(coder().analyse(&doc).lang(), Lang::Es);
    doc.lang = None;
    assert_eq!(coder().language_of(&doc), Lang::En);
}

#[test]
fn a_story_told_in_spanish_gives_its_events() {
    let text = "Negociadores de Japón y Corea del Sur se reunieron este martes en Ginebra. \
                El ministro de Exteriores de Japón acusó a Pekín de violar el espacio aéreo. \
                Francia y Alemania firmaron un acuerdo el lunes. \
                Brasil no impondrá sanciones a Venezuela.";
    let ev = code(text, "2024-05-16");
    let d = describe(&ev);
    // The meeting, both ways, dated to the Tuesday of the publication week, in Geneva.
    let meeting = ev
        .iter()
        .find(|e| e.source_code().starts_with("JPN") && e.cameo_root == "04")
        .unwrap_or_else(|| panic!("no meeting: {d}"));
    assert_eq!(meeting.date.as_deref(), Some("2024-05-14"), "{d}");
    assert_eq!(meeting.date_precision, DatePrecision::Day);
    assert!(
        meeting.location.as_ref().is_some_and(|l| l.name.contains("Gene")),
        "{d}"
    );
    assert!(has(&ev, "KOR", "JPN", "04"), "{d}");
    // The accusation: from Japan's government to China.
    let accusation = ev.iter().any(|e| {
        e.source_code() == "JPNGOV"
            && e.target.as_ref().is_some_and(|t| t.code == "CHN")
            && matches!(e.cameo_root.as_str(), "11" | "12")
    });
    assert!(accusation, "{d}");
    // The agreement between the two, dated to the Monday.
    assert!(has(&ev, "FRA", "DEU", "05") && has(&ev, "DEU", "FRA", "05"), "{d}");
    // Brazil not imposing sanctions: kept only as a negated event.
    let sanctions: Vec<&EventRecord> = ev.iter().filter(|e| e.source_code().starts_with("BRA")).collect();
    assert!(!sanctions.is_empty() && sanctions.iter().all(|e| e.negated), "{d}");
}

#[test]
fn passives_put_the_agent_first_and_spans_point_into_the_spanish_text() {
    let text = "Tres periodistas fueron secuestrados por guerrilleros del ELN ayer.";
    let ev = code(text, "2021-09-10");
    let d = describe(&ev);
    let e = ev
        .iter()
        .find(|e| e.cameo_root == "18")
        .unwrap_or_else(|| panic!("{d}"));
    assert!(e.source_code().starts_with("COL"), "{d}");
    assert_eq!(e.date.as_deref(), Some("2021-09-09"), "{d}");
    let trigger = e
        .evidence
        .labels
        .iter()
        .position(|l| l == "trigger")
        .map(|k| e.evidence.spans[k]);
    let [s, t] = trigger.expect("a trigger span");
    assert!(
        e.evidence.sentence[s as usize..t as usize].starts_with("secuestrados"),
        "{d}"
    );
}

#[test]
fn accents_and_capitals_do_not_matter() {
    for text in [
        "El Ejército detuvo a dos sicarios en Medellín.",
        "El Ejercito detuvo a dos sicarios en Medellin.",
        "EL EJERCITO DETUVO A DOS SICARIOS EN MEDELLIN.",
    ] {
        let ev = code(text, "2020-01-10");
        assert!(ev.iter().any(|e| e.cameo_root == "17"), "{text}: {}", describe(&ev));
    }
}

#[test]
fn future_and_intention_are_not_asserted() {
    let ev = code("Argentina va a expulsar a los diplomáticos británicos.", "2022-03-01");
    assert!(!ev.is_empty(), "nothing coded");
    assert!(ev.iter().all(|e| e.modality != Modality::Asserted), "{}", describe(&ev));
}

#[test]
fn relative_dates_resolve_against_publication() {
    let ev = code("La policía detuvo hace dos días a un concejal en Cali.", "2023-06-15");
    let e = ev
        .iter()
        .find(|e| e.cameo_root == "17")
        .unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert_eq!(e.date.as_deref(), Some("2023-06-13"));
}

#[test]
fn what_a_speaker_says_happened_is_reported_and_attributed() {
    let ev = code(
        "El canciller de Chile dijo que tropas de Bolivia atacaron un puesto fronterizo de Perú.",
        "2022-08-04",
    );
    let e = ev
        .iter()
        .find(|e| e.source_code().starts_with("BOL"))
        .unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert_eq!(e.modality, Modality::Reported, "{}", describe(&ev));
    assert!(
        e.attributed_to.as_ref().is_some_and(|s| s.code.starts_with("CHL")),
        "{}",
        describe(&ev)
    );
}

#[test]
fn segun_names_who_reports_and_a_comma_alone_joins_no_list() {
    let ev = code(
        "Según el Ejército de Ecuador, contrabandistas dispararon contra soldados en la frontera.",
        "2021-02-10",
    );
    let e = ev
        .iter()
        .find(|e| e.cameo_root == "19" || e.cameo_root == "18")
        .unwrap_or_else(|| panic!("{}", describe(&ev)));
    assert!(
        !e.source_code().starts_with("ECUMIL"),
        "the reporter is not the shooter: {}",
        describe(&ev)
    );
    assert!(
        e.attributed_to.as_ref().is_some_and(|s| s.code.starts_with("ECU")),
        "{}",
        describe(&ev)
    );
}

#[test]
fn manifestar_con_objeto_no_es_protesta() {
    let ev = code(
        "Los campesinos manifestaron su rechazo al alcalde de Medellín.",
        "2024-06-08",
    );
    assert!(ev.iter().all(|e| e.cameo_root != "14"), "{}", describe(&ev));
    let ev = code(
        "Cientos de campesinos se manifestaron frente a la alcaldía de Medellín.",
        "2024-06-08",
    );
    assert!(ev.iter().any(|e| e.cameo_root == "14"), "{}", describe(&ev));
}
