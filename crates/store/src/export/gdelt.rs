//! GDELT 2.0: the Events table (one row per event cluster, GDELT's 61 columns) and the
//! Mentions table (one row per mention, GDELT's 16 columns), tab-separated, so that
//! scripts written for GDELT's files read dragoman's.
//!
//! What follows GDELT's codebook: geographic columns carry FIPS 10-4 country codes and
//! GDELT's ADM1 codes (FIPS country + admin1 code); geo types are 1 country, 2 US state,
//! 3 US city, 4 world city, 5 world state; SQLDATE is never empty (the publication date,
//! else the ingest date, stands in for an event the text does not date, as GDELT's own
//! dating does); AvgTone is the mean tone of the documents of the cluster's mentions.

use chrono::{Datelike, NaiveDate};

use dragoman_core::geo::{Country, Geo};
use dragoman_core::{ActorRecord, EventRecord, LocationRecord};

use super::fields::{char_span, label_span};
use super::source::{ClusterFacts, StoredEvent};

/// The 61 columns of the GDELT 2.0 Events table, in GDELT's order.
pub const EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The 16 columns of the GDELT 2.0 Mentions table, in GDELT's order.
pub const MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// CAMEO's actor role codes, which GDELT files as "type" codes.
const TYPE_CODES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
    "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS",
    "IGO", "IMG", "INT", "MNC", "NGM", "NGO",
];

/// CAMEO's religion codes (the codebook's religion table, as GDELT's CAMEO.religion.txt).
const RELIGION_CODES: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR", "JAN", "JEW",
    "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO",
];

/// GDELT's actor columns from a CAMEO code: country, known group, ethnic, religion 1-2,
/// type 1-3.
pub(crate) fn actor_parts(code: &str, country: Option<&str>) -> [String; 8] {
    let blocks: Vec<&str> = (0..code.len() / 3).filter_map(|i| code.get(i * 3..i * 3 + 3)).collect();
    let mut out: [String; 8] = Default::default();
    let mut rest = blocks.as_slice();
    if let (Some(c), Some(first)) = (country, blocks.first()) {
        if Geo::get().country(first).is_some_and(|k| k.cameo == c || k.iso3 == c) {
            out[0] = first.to_string();
            rest = &blocks[1..];
        }
    }
    let (mut types, mut religions) = (0, 0);
    for b in rest {
        if TYPE_CODES.contains(b) {
            if types < 3 {
                out[5 + types] = b.to_string();
                types += 1;
            }
        } else if RELIGION_CODES.contains(b) {
            if religions < 2 {
                out[3 + religions] = b.to_string();
                religions += 1;
            }
        } else if dragoman_core::Ontology::get().is_ethnic_group(b) {
            // A people ("KUR"): GDELT writes ethnic codes in lower case.
            if out[2].is_empty() {
                out[2] = b.to_lowercase();
            }
        } else if out[1].is_empty() {
            out[1] = b.to_string();
        }
    }
    out
}

/// GDELT's eight geographic columns: type, full name, FIPS country, ADM1, ADM2, lat,
/// long, feature id.
fn geo_columns(loc: Option<&LocationRecord>) -> [String; 8] {
    let Some(l) = loc else {
        return empty_geo();
    };
    let geo = Geo::get();
    let country = l.country.as_deref().and_then(|c| geo.country(c));
    match l.feature.as_deref() {
        Some("city") | Some("admin1") => {
            let admin1 = l.admin1.as_deref().and_then(|a| geo.admin1(a));
            let us = country.is_some_and(|c| c.iso3 == "USA");
            let city = l.feature.as_deref() == Some("city");
            let ty = match (city, us) {
                (true, true) => "3",
                (true, false) => "4",
                (false, true) => "2",
                (false, false) => "5",
            };
            let mut name = vec![l.name.as_str()];
            if let Some(a) = admin1.filter(|_| city) {
                name.push(&a.name);
            }
            if let Some(c) = country {
                name.push(&c.name);
            }
            let adm1 = admin1.and_then(|a| a.fips.clone()).unwrap_or_default();
            let feature = match (city, l.geonameid) {
                (true, Some(g)) => g.to_string(),
                _ => adm1.clone(),
            };
            [
                ty.into(),
                name.join(", "),
                fips(country),
                adm1,
                String::new(),
                coord(l.lat.or_else(|| admin1.and_then(|a| a.lat))),
                coord(l.lon.or_else(|| admin1.and_then(|a| a.lon))),
                feature,
            ]
        }
        // A country, or a place the knowledge base does not know: what is known is its country.
        _ => country.map_or_else(empty_geo, country_geo),
    }
}

fn country_geo(c: &Country) -> [String; 8] {
    let f = fips(Some(c));
    [
        "1".into(),
        c.name.clone(),
        f.clone(),
        f.clone(),
        String::new(),
        coord(c.lat),
        coord(c.lon),
        f,
    ]
}

fn empty_geo() -> [String; 8] {
    [
        "0".into(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ]
}

/// An actor's geography: the country it belongs to, where the text names one.
fn actor_geo(a: Option<&ActorRecord>) -> [String; 8] {
    a.and_then(|a| a.country.as_deref())
        .and_then(|c| Geo::get().country(c))
        .map_or_else(empty_geo, country_geo)
}

fn fips(c: Option<&Country>) -> String {
    c.and_then(|c| c.fips.clone()).unwrap_or_default()
}

fn coord(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.4}")).unwrap_or_default()
}

/// GDELT's timestamp (YYYYMMDDHHMMSS, UTC) of an RFC 3339 time, or `fallback`.
pub(crate) fn timestamp(rfc3339: Option<&str>, fallback: &str) -> String {
    rfc3339
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&chrono::Utc).format("%Y%m%d%H%M%S").to_string())
        .unwrap_or_else(|| fallback.to_string())
}

/// GDELT's FractionDate: the year plus the share of it gone by.
pub(crate) fn fraction_date(d: NaiveDate) -> String {
    let days = if NaiveDate::from_ymd_opt(d.year(), 2, 29).is_some() {
        366.0
    } else {
        365.0
    };
    format!("{:.4}", d.year() as f64 + d.ordinal0() as f64 / days)
}

/// The day GDELT files an event under: its date, else its document's publication, else
/// the day it was ingested.
pub(crate) fn event_day(ev: &StoredEvent) -> Option<NaiveDate> {
    let parse = |s: &str| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok();
    ev.record
        .date
        .as_deref()
        .and_then(parse)
        .or_else(|| ev.published.as_deref().and_then(parse))
        .or_else(|| parse(&ev.ingested_at))
}

fn actor_columns(row: &mut Vec<String>, a: Option<&ActorRecord>) {
    match a {
        Some(a) => {
            row.push(a.code.clone());
            row.push(a.name.clone().unwrap_or_else(|| a.text.clone()).to_uppercase());
            row.extend(actor_parts(&a.code, a.country.as_deref()));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 10)),
    }
}

/// One row of the Events table for a cluster, from its first event. `now` is the
/// DATEADDED of a cluster whose ingest time is unknown.
pub fn event_row(ev: &StoredEvent, facts: &ClusterFacts, now: &str) -> Vec<String> {
    let e: &EventRecord = &ev.record;
    let day = event_day(ev);
    let mut row = Vec::with_capacity(EVENT_COLUMNS.len());
    row.push(ev.cluster.unwrap_or(ev.id).to_string());
    match day {
        Some(d) => {
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            row.push(fraction_date(d));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    actor_columns(&mut row, e.source.as_ref());
    actor_columns(&mut row, e.target.as_ref());
    row.push(if e.sentence == 0 { "1" } else { "0" }.into());
    row.push(e.cameo.clone());
    row.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_string());
    row.push(e.cameo_root.clone());
    row.push(e.quad.to_string());
    row.push(format!("{:.1}", e.goldstein));
    row.push(ev.mentions.to_string());
    row.push(ev.sources.to_string());
    row.push(ev.articles.to_string());
    row.push(format!("{:.4}", facts.tone.or(ev.tone).unwrap_or(0.0)));
    row.extend(actor_geo(e.source.as_ref()));
    row.extend(actor_geo(e.target.as_ref()));
    row.extend(geo_columns(e.location.as_ref()));
    row.push(timestamp(
        facts.first_ingested.as_deref().or(Some(&ev.ingested_at)),
        now,
    ));
    row.push(ev.url.clone().unwrap_or_else(|| ev.citation()));
    debug_assert_eq!(row.len(), EVENT_COLUMNS.len());
    row
}

/// One row of the Mentions table. `event_added` is the DATEADDED of the mention's event.
pub fn mention_row(ev: &StoredEvent, event_added: &str, now: &str) -> Vec<String> {
    let e = &ev.record;
    let offset = |label: &str| {
        label_span(e, label)
            .and_then(|s| char_span(&e.evidence.sentence, s))
            .map_or(-1, |(start, _)| ev.sentence_char_offset + start as i64)
            .to_string()
    };
    let row = vec![
        ev.cluster.unwrap_or(ev.id).to_string(),
        event_added.to_string(),
        timestamp(Some(&ev.ingested_at), now),
        // 1 WEB (a URL), 2 CITATIONONLY (a document known only by its citation).
        if ev.url.is_some() { "1" } else { "2" }.into(),
        ev.site.clone().or_else(|| ev.input.clone()).unwrap_or_default(),
        ev.url.clone().unwrap_or_else(|| ev.citation()),
        (e.sentence + 1).to_string(),
        offset("source"),
        offset("target"),
        offset("trigger"),
        "1".into(),
        ((e.confidence * 100.0).round() as i64).to_string(),
        ev.doc_chars.to_string(),
        format!("{:.4}", ev.tone.unwrap_or(0.0)),
        String::new(),
        String::new(),
    ];
    debug_assert_eq!(row.len(), MENTION_COLUMNS.len());
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, country: &str, feature: Option<&str>, admin1: Option<&str>) -> LocationRecord {
        LocationRecord {
            text: name.into(),
            name: name.into(),
            country: Some(country.into()),
            lat: Some(1.0),
            lon: Some(2.0),
            geonameid: Some(42),
            feature: feature.map(str::to_string),
            admin1: admin1.map(str::to_string),
        }
    }

    #[test]
    fn actor_codes_split_like_gdelt() {
        let p = actor_parts("RUSGOV", Some("RUS"));
        assert_eq!(p[0], "RUS");
        assert_eq!(p[5], "GOV");
        let p = actor_parts("IGOUNO", None);
        assert_eq!(p[5], "IGO");
        assert_eq!(p[6], "UNO");
        // A religion is not a known group.
        let p = actor_parts("IMGMOSSHI", None);
        assert_eq!(p[5], "IMG");
        assert_eq!(p[3], "MOS");
        assert_eq!(p[4], "SHI");
        assert_eq!(p[1], "");
        let p = actor_parts("IRQKURREB", Some("IRQ"));
        assert_eq!(p[2], "kur");
        assert_eq!(p[5], "REB");
        // A people with no country leads the code ("Mapuche villagers").
        let p = actor_parts("ARNCVL", None);
        assert_eq!(
            (p[0].as_str(), p[1].as_str(), p[2].as_str(), p[5].as_str()),
            ("", "", "arn", "CVL")
        );
        assert_eq!(EVENT_COLUMNS.len(), 61);
    }

    #[test]
    fn places_in_gdelt_geography() {
        let g = geo_columns(Some(&place("India", "IND", Some("country"), None)));
        assert_eq!(g[0], "1");
        assert_eq!(g[2], "IN");
        assert_eq!(g[3], "IN");
        let a = Geo::get().admin1_of_city("IND", "02").unwrap();
        let g = geo_columns(Some(&place("Vijayawada", "IND", Some("city"), Some(&a.iso))));
        assert_eq!(g[0], "4");
        assert_eq!(g[1], format!("Vijayawada, {}, India", a.name));
        assert_eq!(g[2], "IN");
        assert_eq!(g[3], "IN02");
        assert_eq!(g[7], "42");
        let g = geo_columns(Some(&place("Kent", "USA", Some("city"), None)));
        assert_eq!(g[0], "3");
        assert_eq!(g[2], "US");
        // A place the knowledge base does not know stands for its country.
        let mut unknown = place("Nowhereville", "DEU", None, None);
        unknown.lat = None;
        unknown.lon = None;
        let g = geo_columns(Some(&unknown));
        assert_eq!((g[0].as_str(), g[2].as_str()), ("1", "GM"));
        assert!(!g[5].is_empty());
        assert_eq!(geo_columns(None)[0], "0");
    }

    #[test]
    fn fraction_dates_and_timestamps() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(fraction_date(d("2024-12-31")), "2024.9973");
        assert_eq!(fraction_date(d("2025-01-01")), "2025.0000");
        assert_eq!(timestamp(Some("2025-03-15T10:20:30+02:00"), "x"), "20250315082030");
        assert_eq!(timestamp(Some("garbage"), "20250101000000"), "20250101000000");
    }
}
