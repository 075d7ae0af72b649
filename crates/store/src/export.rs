//! Exports: the GDELT 2.0 event table, PLOVER JSON lines, CSV, and Parquet.

use std::io::Write;
use std::sync::Arc;

use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use dragoman_core::{EventRecord, Ontology};

use crate::filter::Filter;
use crate::query::StoredRecord;
use crate::store::{Store, StoreError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Gdelt,
    Plover,
    Csv,
    Parquet,
}

/// The 61 columns of the GDELT 2.0 event table, in GDELT's order.
pub const GDELT_COLUMNS: [&str; 61] = [
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

/// The CAMEO role codes GDELT files as "type" codes; other blocks are known groups.
const TYPE_CODES: &[&str] = &[
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU",
    "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS",
    "IGO", "IMG", "INT", "MNC", "NGM", "NGO",
];

/// GDELT's actor columns from a CAMEO code: country, known group, ethnic, religion 1-2,
/// type 1-3.
fn actor_parts(code: &str, country: Option<&str>) -> [String; 8] {
    let blocks: Vec<&str> = (0..code.len() / 3).filter_map(|i| code.get(i * 3..i * 3 + 3)).collect();
    let mut out: [String; 8] = Default::default();
    let mut rest = blocks.as_slice();
    if let (Some(c), Some(first)) = (country, blocks.first()) {
        if c == *first {
            out[0] = c.to_string();
            rest = &blocks[1..];
        }
    }
    let mut types = 0;
    for b in rest {
        if TYPE_CODES.contains(b) && types < 3 {
            out[5 + types] = b.to_string();
            types += 1;
        } else if out[1].is_empty() {
            out[1] = b.to_string();
        }
    }
    out
}

fn gdelt_geo(loc: Option<&dragoman_core::LocationRecord>) -> [String; 8] {
    let Some(l) = loc else {
        return [
            "0".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
    };
    // 1 country, 4 world city (GDELT's types); a place without coordinates is a country.
    let ty = if l.lat.is_some() { "4" } else { "1" };
    [
        ty.into(),
        l.name.clone(),
        l.country.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        l.lat.map(|v| format!("{v:.4}")).unwrap_or_default(),
        l.lon.map(|v| format!("{v:.4}")).unwrap_or_default(),
        l.geonameid.map(|g| g.to_string()).unwrap_or_default(),
    ]
}

/// GDELT's DATEADDED (YYYYMMDDHHMMSS, UTC) of an ingest time, or `fallback`.
fn date_added(ingested_at: &str, fallback: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(ingested_at)
        .map(|t| t.with_timezone(&chrono::Utc).format("%Y%m%d%H%M%S").to_string())
        .unwrap_or_else(|_| fallback.to_string())
}

/// GDELT's FractionDate: the year plus the share of it gone by.
fn fraction_date(d: NaiveDate) -> String {
    let days = if NaiveDate::from_ymd_opt(d.year(), 2, 29).is_some() {
        366.0
    } else {
        365.0
    };
    format!("{:.4}", d.year() as f64 + d.ordinal0() as f64 / days)
}

/// One GDELT row for a stored event (`added`: DATEADDED when the ingest time is unknown).
pub fn gdelt_columns(s: &StoredRecord, e: &EventRecord, added: &str) -> Vec<String> {
    let date = e
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let (day, month, year, fraction) = match date {
        Some(d) => (
            d.format("%Y%m%d").to_string(),
            d.format("%Y%m").to_string(),
            d.year().to_string(),
            fraction_date(d),
        ),
        None => Default::default(),
    };
    let mut row = vec![s.id.to_string(), day, month, year, fraction];
    match &e.source {
        Some(s) => {
            row.push(s.code.clone());
            row.push(s.name.clone().unwrap_or_else(|| s.text.clone()).to_uppercase());
            row.extend(actor_parts(&s.code, s.country.as_deref()));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 10)),
    }
    match &e.target {
        Some(t) => {
            row.push(t.code.clone());
            row.push(t.name.clone().unwrap_or_else(|| t.text.clone()).to_uppercase());
            row.extend(actor_parts(&t.code, t.country.as_deref()));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 10)),
    }
    row.push(if e.sentence == 0 { "1" } else { "0" }.into());
    row.push(e.cameo.clone());
    row.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_string());
    row.push(e.cameo_root.clone());
    row.push(e.quad.to_string());
    row.push(format!("{:.1}", e.goldstein));
    row.push(s.mentions.to_string());
    row.push(s.sources.to_string());
    row.push(s.articles.to_string());
    row.push("0".into());
    row.extend(gdelt_geo(None));
    row.extend(gdelt_geo(None));
    row.extend(gdelt_geo(e.location.as_ref()));
    row.push(date_added(&s.ingested_at, added));
    row.push(s.url.clone().unwrap_or_default());
    row
}

/// The words of the verb or noun that triggered the event.
fn trigger_text(e: &EventRecord) -> &str {
    let ev = &e.evidence;
    ev.labels
        .iter()
        .position(|l| l == "trigger")
        .and_then(|i| ev.spans.get(i))
        .and_then(|s| ev.sentence.get(s[0] as usize..s[1] as usize))
        .unwrap_or("")
}

fn plover_json(id: i64, e: &EventRecord, url: Option<&str>) -> Value {
    let entity = |a: &dragoman_core::ActorRecord| json!({"code": a.country.clone().unwrap_or_else(|| a.code.get(..3).unwrap_or(&a.code).to_string()), "sector": a.sector, "entity_text": a.text, "identifier_id": a.entity, "identifier_text": a.name});
    json!({
        "id": format!("dragoman-{id}"),
        "date": e.date,
        "actor": e.source.as_ref().map(|s| vec![entity(s)]).unwrap_or_default(),
        "recipient": e.target.as_ref().map(|t| vec![entity(t)]).unwrap_or_default(),
        "event": e.plover.as_ref().map(|p| vec![p.event.clone()]).unwrap_or_default(),
        "mode": e.plover.as_ref().and_then(|p| p.mode.clone()).map(|m| vec![m]).unwrap_or_default(),
        "event_loc": e.location.as_ref().map(|l| json!({"name": l.name, "countryCode": l.country, "lat": l.lat, "lng": l.lon, "geonameId": l.geonameid})),
        "event_text": [trigger_text(e)],
        "quad_code": e.quad,
        "event_scale": e.goldstein,
        "text": e.evidence.sentence,
        "text_info": {"sequence": e.sentence, "start": e.evidence.offset, "end": e.evidence.offset as usize + e.evidence.sentence.len()},
        "cite_info": {"url": url, "citation": e.doc},
        "coder": format!("dragoman {}", env!("CARGO_PKG_VERSION")),
        "cameo": e.cameo,
        "negated": e.negated,
        "modality": e.modality,
    })
}

const CSV_HEADER: [&str; 24] = [
    "id",
    "doc",
    "date",
    "date_precision",
    "source_code",
    "source_name",
    "source_country",
    "cameo",
    "cameo_name",
    "cameo_root",
    "quad",
    "goldstein",
    "plover",
    "target_code",
    "target_name",
    "target_country",
    "place",
    "place_country",
    "lat",
    "lon",
    "negated",
    "modality",
    "confidence",
    "evidence",
];

fn csv_row(id: i64, e: &EventRecord) -> Vec<String> {
    let t = e.target.as_ref();
    let l = e.location.as_ref();
    vec![
        id.to_string(),
        e.doc.clone(),
        e.date.clone().unwrap_or_default(),
        serde_json::to_value(e.date_precision)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        e.source.as_ref().map_or(String::new(), |s| s.code.clone()),
        e.source.as_ref().and_then(|s| s.name.clone()).unwrap_or_default(),
        e.source.as_ref().and_then(|s| s.country.clone()).unwrap_or_default(),
        e.cameo.clone(),
        dragoman_core::Ontology::get()
            .event(&e.cameo)
            .map_or(String::new(), |c| c.name.clone()),
        e.cameo_root.clone(),
        e.quad.to_string(),
        e.goldstein.to_string(),
        e.plover.as_ref().map_or(String::new(), |p| p.event.clone()),
        t.map_or(String::new(), |t| t.code.clone()),
        t.and_then(|t| t.name.clone()).unwrap_or_default(),
        t.and_then(|t| t.country.clone()).unwrap_or_default(),
        l.map_or(String::new(), |l| l.name.clone()),
        l.and_then(|l| l.country.clone()).unwrap_or_default(),
        l.and_then(|l| l.lat).map(|v| v.to_string()).unwrap_or_default(),
        l.and_then(|l| l.lon).map(|v| v.to_string()).unwrap_or_default(),
        e.negated.to_string(),
        e.modality.as_str().to_string(),
        e.confidence.to_string(),
        e.evidence.sentence.clone(),
    ]
}

fn io(e: impl std::fmt::Display) -> StoreError {
    StoreError::Other(e.to_string())
}

impl Store {
    /// Writes the events matching `f` in `format`; returns how many. `added` is
    /// GDELT's DATEADDED (YYYYMMDDHHMMSS). Parquet needs a seekable file: use
    /// [`Store::export_parquet`].
    pub fn export(
        &self,
        f: &Filter,
        format: ExportFormat,
        out: &mut dyn Write,
        added: &str,
    ) -> Result<usize, StoreError> {
        self.export_selected(f, None, format, out, added)
    }

    /// Like [`Store::export`], but only the `n` newest events, newest first.
    pub fn export_newest(
        &self,
        f: &Filter,
        n: usize,
        format: ExportFormat,
        out: &mut dyn Write,
        added: &str,
    ) -> Result<usize, StoreError> {
        self.export_selected(f, Some(n), format, out, added)
    }

    fn export_selected(
        &self,
        f: &Filter,
        newest: Option<usize>,
        format: ExportFormat,
        out: &mut dyn Write,
        added: &str,
    ) -> Result<usize, StoreError> {
        let mut n = 0;
        match format {
            ExportFormat::Gdelt => {
                self.records(f, newest, |s| {
                    let e: EventRecord = serde_json::from_str(&s.json).map_err(io)?;
                    let row = gdelt_columns(s, &e, added);
                    let line: Vec<String> = row.into_iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect();
                    writeln!(out, "{}", line.join("\t")).map_err(io)?;
                    n += 1;
                    Ok(())
                })?;
            }
            ExportFormat::Plover => {
                self.records(f, newest, |s| {
                    let e: EventRecord = serde_json::from_str(&s.json).map_err(io)?;
                    writeln!(out, "{}", plover_json(s.id, &e, s.url.as_deref())).map_err(io)?;
                    n += 1;
                    Ok(())
                })?;
            }
            ExportFormat::Csv => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(CSV_HEADER).map_err(io)?;
                self.records(f, newest, |s| {
                    let e: EventRecord = serde_json::from_str(&s.json).map_err(io)?;
                    w.write_record(csv_row(s.id, &e)).map_err(io)?;
                    n += 1;
                    Ok(())
                })?;
                w.flush().map_err(io)?;
            }
            ExportFormat::Parquet => {
                return Err(StoreError::Other("Parquet is written to a file: give -o PATH".into()))
            }
        }
        Ok(n)
    }

    /// Writes the events matching `f` as Parquet (schema: the CSV columns, typed).
    pub fn export_parquet(&self, f: &Filter, file: std::fs::File) -> Result<usize, StoreError> {
        let mut rows: Vec<(i64, EventRecord)> = Vec::new();
        self.records(f, None, |s| {
            rows.push((s.id, serde_json::from_str(&s.json).map_err(io)?));
            Ok(())
        })?;
        write_parquet(&rows, file)?;
        Ok(rows.len())
    }
}

/// The Parquet schema: one row per event.
pub fn parquet_schema() -> Schema {
    let s = |n: &str| Field::new(n, DataType::Utf8, true);
    Schema::new(vec![
        Field::new("id", DataType::Int64, false),
        s("doc"),
        s("date"),
        s("date_precision"),
        s("source_code"),
        s("source_name"),
        s("source_country"),
        s("cameo"),
        s("cameo_name"),
        s("cameo_root"),
        Field::new("quad", DataType::Int64, false),
        Field::new("goldstein", DataType::Float64, false),
        s("plover"),
        s("target_code"),
        s("target_name"),
        s("target_country"),
        s("place"),
        s("place_country"),
        Field::new("lat", DataType::Float64, true),
        Field::new("lon", DataType::Float64, true),
        Field::new("negated", DataType::Boolean, false),
        s("modality"),
        Field::new("confidence", DataType::Float64, false),
        s("evidence"),
    ])
}

fn write_parquet(rows: &[(i64, EventRecord)], file: std::fs::File) -> Result<(), StoreError> {
    let schema = Arc::new(parquet_schema());
    let text = |f: &dyn Fn(&EventRecord) -> Option<String>| -> ArrayRef {
        Arc::new(StringArray::from(rows.iter().map(|(_, e)| f(e)).collect::<Vec<_>>()))
    };
    let columns: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from(rows.iter().map(|r| r.0).collect::<Vec<_>>())),
        text(&|e| Some(e.doc.clone())),
        text(&|e| e.date.clone()),
        text(&|e| {
            serde_json::to_value(e.date_precision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
        }),
        text(&|e| e.source.as_ref().map(|s| s.code.clone())),
        text(&|e| e.source.as_ref().and_then(|s| s.name.clone())),
        text(&|e| e.source.as_ref().and_then(|s| s.country.clone())),
        text(&|e| Some(e.cameo.clone())),
        text(&|e| Ontology::get().event(&e.cameo).map(|c| c.name.clone())),
        text(&|e| Some(e.cameo_root.clone())),
        Arc::new(Int64Array::from(
            rows.iter().map(|r| r.1.quad as i64).collect::<Vec<_>>(),
        )),
        Arc::new(Float64Array::from(
            rows.iter().map(|r| r.1.goldstein).collect::<Vec<_>>(),
        )),
        text(&|e| e.plover.as_ref().map(|p| p.event.clone())),
        text(&|e| e.target.as_ref().map(|t| t.code.clone())),
        text(&|e| e.target.as_ref().and_then(|t| t.name.clone())),
        text(&|e| e.target.as_ref().and_then(|t| t.country.clone())),
        text(&|e| e.location.as_ref().map(|l| l.name.clone())),
        text(&|e| e.location.as_ref().and_then(|l| l.country.clone())),
        Arc::new(Float64Array::from(
            rows.iter()
                .map(|r| r.1.location.as_ref().and_then(|l| l.lat))
                .collect::<Vec<_>>(),
        )),
        Arc::new(Float64Array::from(
            rows.iter()
                .map(|r| r.1.location.as_ref().and_then(|l| l.lon))
                .collect::<Vec<_>>(),
        )),
        Arc::new(BooleanArray::from(rows.iter().map(|r| r.1.negated).collect::<Vec<_>>())),
        text(&|e| Some(e.modality.as_str().to_string())),
        Arc::new(Float64Array::from(
            rows.iter().map(|r| r.1.confidence).collect::<Vec<_>>(),
        )),
        text(&|e| Some(e.evidence.sentence.clone())),
    ];
    let batch = RecordBatch::try_new(schema.clone(), columns).map_err(io)?;
    let props = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .build();
    let mut w = parquet::arrow::ArrowWriter::try_new(file, schema, Some(props)).map_err(io)?;
    w.write(&batch).map_err(io)?;
    w.close().map_err(io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_split_like_gdelt() {
        let p = actor_parts("RUSGOV", Some("RUS"));
        assert_eq!(p[0], "RUS");
        assert_eq!(p[5], "GOV");
        let p = actor_parts("IGOUNO", None);
        assert_eq!(p[5], "IGO");
        assert_eq!(p[6], "UNO");
        let p = actor_parts("IMGMUSISI", None);
        assert_eq!(p[5], "IMG");
        assert_eq!(p[1], "MUS");
        assert_eq!(GDELT_COLUMNS.len(), 61);
    }

    #[test]
    fn fraction_dates_and_date_added() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(fraction_date(d("2024-12-31")), "2024.9973");
        assert_eq!(fraction_date(d("2025-01-01")), "2025.0000");
        assert_eq!(fraction_date(d("2025-07-02")), "2025.4986");
        assert_eq!(date_added("2025-03-15T10:20:30+02:00", "x"), "20250315082030");
        assert_eq!(date_added("garbage", "20250101000000"), "20250101000000");
    }
}
