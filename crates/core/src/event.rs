use serde::{Deserialize, Serialize};

/// How exactly an event's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A day named or computed from the text ("on Wednesday", "24 hours before").
    Day,
    /// A week ("last week", "this week"): `date` is its first day (Monday).
    Week,
    /// A month ("in March"): `date` is its first day.
    Month,
    /// A year ("in 2017"): `date` is 1 January.
    Year,
    /// A span of years or dates ("between 2017 and 2021"): `date` is its start.
    Range,
    /// The text gives no date for the event: `date` is the publication date.
    Publication,
    /// Neither the text nor the input gives a date.
    Unknown,
}

/// Whether the text asserts the event, reports someone's claim, or announces an intention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    /// Someone said it (`attributed_to` names who).
    Reported,
    /// will, plans to, expected to, would be happy to.
    Intended,
    /// if, could, might; what a noun's infinitive tells ("the troops to storm the city").
    Hypothetical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// An actor as it appears in an event record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// The words of the mention in the original text.
    pub text: String,
    /// CAMEO actor code valid at the event's date, e.g. `RUSGOV`.
    pub code: String,
    /// ISO 3166 alpha-3 country (or CAMEO country code), when the actor has one.
    pub country: Option<String>,
    /// The role block of the code (`GOV`, `MIL`, ...), when there is one.
    pub sector: Option<String>,
    /// Knowledge-base id of the entity (`per:sergey-lavrov`, `cty:RUS`), when resolved.
    pub entity: Option<String>,
    /// Canonical name of the entity.
    pub name: Option<String>,
    /// The text does not state this actor (or its country); context implies it: the
    /// police who arrest, the country of the event's place. Serialized only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub inferred: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PloverRecord {
    pub event: String,
    pub mode: Option<String>,
}

/// Where an event happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocationRecord {
    /// The place as the text writes it.
    pub text: String,
    /// The place it was resolved to (the text itself when not resolved).
    pub name: String,
    /// CAMEO country code (ISO 3166 alpha-3 but for a few: see `geo::Country::cameo`).
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonameid: Option<u64>,
    /// What the place is: `country`, `admin1` (a state or province) or `city`; None when
    /// not resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// ISO 3166-2 code of the first-level division the place is (or is in), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
}

/// The sentence an event was read from and the spans that carry it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence exactly as in the original text.
    pub sentence: String,
    /// Byte offset of `sentence` in the document's original text.
    pub offset: u32,
    /// `[start, end)` byte offsets into `sentence`: source, verb or noun, target, date,
    /// place, in that order where present.
    pub spans: Vec<[u32; 2]>,
    /// What each span is: `source`, `trigger`, `target`, `date`, `place`.
    pub labels: Vec<String>,
}

/// One event: the record `dragoman code` prints, one JSON object per line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    pub doc: String,
    /// 0-based index of the sentence in the document.
    pub sentence: u32,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub date_precision: DatePrecision,
    /// When the text places the event after its publication ("will meet next week"):
    /// the date it is planned or expected for (a week, month or year by its first day).
    /// `date` is then the publication date, precision `publication`: no event is dated
    /// after its document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<String>,
    /// None for an agentless passive or an event noun whose agent the text does not name.
    pub source: Option<ActorRecord>,
    pub target: Option<ActorRecord>,
    pub cameo: String,
    pub cameo_root: String,
    pub quad: u8,
    pub goldstein: f64,
    /// PLOVER type; None for CAMEO roots 01 and 02, which PLOVER dropped.
    pub plover: Option<PloverRecord>,
    pub location: Option<LocationRecord>,
    pub negated: bool,
    pub modality: Modality,
    pub attributed_to: Option<ActorRecord>,
    pub evidence: Evidence,
    /// The pattern or rule that produced the event, e.g. `verb:MEET/* (WITH $)`.
    pub rule: String,
    pub confidence: f64,
}

impl EventRecord {
    /// The source's CAMEO code, or "" when the text names no source.
    pub fn source_code(&self) -> &str {
        self.source.as_ref().map_or("", |s| s.code.as_str())
    }

    /// The target's CAMEO code, or "" when there is none.
    pub fn target_code(&self) -> &str {
        self.target.as_ref().map_or("", |t| t.code.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_serialize_in_lower_case() {
        assert_eq!(
            serde_json::to_string(&DatePrecision::Publication).unwrap(),
            "\"publication\""
        );
        assert_eq!(serde_json::to_string(&Modality::Intended).unwrap(), "\"intended\"");
    }
}
