//! The flat table CSV and Parquet share: one row per event, typed columns, with what it
//! takes to trace an event back to its document (URL, title, site, input, sentence) and to
//! its cluster (id and counts). docs/export.md lists the columns and their types.
//!
//! Parquet is written row group by row group ([`ROWS_PER_GROUP`] events each), so an
//! export's memory does not grow with the database.

use std::io::Write;
use std::sync::Arc;

use chrono::NaiveDate;
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use dragoman_core::{ActorRecord, Ontology};

use super::fields::{csv_safe, io, precision_name};
use super::source::StoredEvent;
use crate::store::StoreError;

/// A column's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Bool,
    Text,
    /// A calendar date (Parquet DATE; ISO 8601 text in CSV).
    Date,
}

/// The columns, in order: first those of dragoman's earlier CSV, then the rest.
pub const COLUMNS: &[(&str, Kind)] = &[
    ("id", Kind::Int),
    ("doc", Kind::Text),
    ("date", Kind::Date),
    ("date_precision", Kind::Text),
    ("source_code", Kind::Text),
    ("source_name", Kind::Text),
    ("source_country", Kind::Text),
    ("cameo", Kind::Text),
    ("cameo_name", Kind::Text),
    ("cameo_root", Kind::Text),
    ("quad", Kind::Int),
    ("goldstein", Kind::Float),
    ("plover", Kind::Text),
    ("target_code", Kind::Text),
    ("target_name", Kind::Text),
    ("target_country", Kind::Text),
    ("place", Kind::Text),
    ("place_country", Kind::Text),
    ("lat", Kind::Float),
    ("lon", Kind::Float),
    ("negated", Kind::Bool),
    ("modality", Kind::Text),
    ("confidence", Kind::Float),
    ("evidence", Kind::Text),
    ("cluster_id", Kind::Int),
    ("cluster_mentions", Kind::Int),
    ("cluster_articles", Kind::Int),
    ("cluster_sources", Kind::Int),
    ("url", Kind::Text),
    ("title", Kind::Text),
    ("site", Kind::Text),
    ("input", Kind::Text),
    ("published", Kind::Date),
    ("language", Kind::Text),
    ("date_text", Kind::Text),
    ("planned_date", Kind::Date),
    ("source_text", Kind::Text),
    ("source_entity", Kind::Text),
    ("source_inferred", Kind::Bool),
    ("target_text", Kind::Text),
    ("target_entity", Kind::Text),
    ("target_inferred", Kind::Bool),
    ("plover_mode", Kind::Text),
    ("place_text", Kind::Text),
    ("place_feature", Kind::Text),
    ("place_admin1", Kind::Text),
    ("geonameid", Kind::Int),
    ("sentence", Kind::Int),
    ("rule", Kind::Text),
];

/// One value.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Int(Option<i64>),
    Float(Option<f64>),
    Bool(Option<bool>),
    Text(Option<String>),
    Date(Option<NaiveDate>),
}

impl Cell {
    fn csv(&self) -> String {
        match self {
            Cell::Int(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Float(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Bool(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Text(v) => v.as_deref().map(csv_safe).unwrap_or_default(),
            Cell::Date(v) => v.map(|v| v.to_string()).unwrap_or_default(),
        }
    }
}

fn date(s: Option<&str>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok())
}

/// A CAMEO name with its first letter capitalised (the codebook writes some in lower case).
fn cameo_name(code: &str) -> Option<String> {
    let name = &Ontology::get().event(code)?.name;
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// An actor's name: its knowledge-base name, else the words of the text (as GDELT's
/// Actor1Name is never empty when the actor is there).
fn actor_name(a: Option<&ActorRecord>) -> Option<String> {
    a.map(|a| a.name.clone().unwrap_or_else(|| a.text.clone()))
}

/// The row of an event, in [`COLUMNS`] order.
pub fn cells(ev: &StoredEvent) -> Vec<Cell> {
    let e = &ev.record;
    let (s, t, l) = (e.source.as_ref(), e.target.as_ref(), e.location.as_ref());
    let text = |v: Option<String>| Cell::Text(v);
    let row = vec![
        Cell::Int(Some(ev.id)),
        text(Some(e.doc.clone())),
        Cell::Date(date(e.date.as_deref())),
        text(Some(precision_name(e.date_precision).to_string())),
        text(s.map(|s| s.code.clone())),
        text(actor_name(s)),
        text(s.and_then(|s| s.country.clone())),
        text(Some(e.cameo.clone())),
        text(cameo_name(&e.cameo)),
        text(Some(e.cameo_root.clone())),
        Cell::Int(Some(e.quad as i64)),
        Cell::Float(Some(e.goldstein)),
        text(e.plover.as_ref().map(|p| p.event.clone())),
        text(t.map(|t| t.code.clone())),
        text(actor_name(t)),
        text(t.and_then(|t| t.country.clone())),
        text(l.map(|l| l.name.clone())),
        text(l.and_then(|l| l.country.clone())),
        Cell::Float(l.and_then(|l| l.lat)),
        Cell::Float(l.and_then(|l| l.lon)),
        Cell::Bool(Some(e.negated)),
        text(Some(e.modality.as_str().to_string())),
        Cell::Float(Some(e.confidence)),
        text(Some(e.evidence.sentence.clone())),
        Cell::Int(ev.cluster),
        Cell::Int(Some(ev.mentions)),
        Cell::Int(Some(ev.articles)),
        Cell::Int(Some(ev.sources)),
        text(ev.url.clone()),
        text(ev.title.clone()),
        text(ev.site.clone()),
        text(ev.input.clone()),
        Cell::Date(date(ev.published.as_deref())),
        text(ev.lang.clone()),
        text(e.date_text.clone()),
        Cell::Date(date(e.planned.as_deref())),
        text(s.map(|s| s.text.clone())),
        text(s.and_then(|s| s.entity.clone())),
        Cell::Bool(s.map(|s| s.inferred)),
        text(t.map(|t| t.text.clone())),
        text(t.and_then(|t| t.entity.clone())),
        Cell::Bool(t.map(|t| t.inferred)),
        text(e.plover.as_ref().and_then(|p| p.mode.clone())),
        text(l.map(|l| l.text.clone())),
        text(l.and_then(|l| l.feature.clone())),
        text(l.and_then(|l| l.admin1.clone())),
        Cell::Int(l.and_then(|l| l.geonameid).map(|g| g as i64)),
        Cell::Int(Some(e.sentence as i64)),
        text(Some(e.rule.clone())),
    ];
    debug_assert_eq!(row.len(), COLUMNS.len());
    row
}

/// Writes CSV: a header, then one row per event.
pub struct CsvOut<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W) -> Result<CsvOut<W>, StoreError> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(COLUMNS.iter().map(|c| c.0)).map_err(io)?;
        Ok(CsvOut { w })
    }

    pub fn write(&mut self, ev: &StoredEvent) -> Result<(), StoreError> {
        self.w.write_record(cells(ev).iter().map(Cell::csv)).map_err(io)
    }

    pub fn finish(mut self) -> Result<(), StoreError> {
        self.w.flush().map_err(io)
    }
}

/// Events per Parquet row group: the most an export holds in memory at once.
pub const ROWS_PER_GROUP: usize = 8192;

/// The Parquet schema, in Parquet's message syntax.
pub fn parquet_schema() -> String {
    let mut s = String::from("message event {\n");
    for (name, kind) in COLUMNS {
        let repetition = if *name == "id" { "REQUIRED" } else { "OPTIONAL" };
        let (ty, annotation) = match kind {
            Kind::Int => ("INT64", ""),
            Kind::Float => ("DOUBLE", ""),
            Kind::Bool => ("BOOLEAN", ""),
            Kind::Text => ("BYTE_ARRAY", " (UTF8)"),
            Kind::Date => ("INT32", " (DATE)"),
        };
        s.push_str(&format!("  {repetition} {ty} {name}{annotation};\n"));
    }
    s.push('}');
    s
}

/// One column of a row group being filled: the values present and a definition level
/// (1 present, 0 null) per row.
enum Buffer {
    Int(Vec<i64>, Vec<i16>),
    Float(Vec<f64>, Vec<i16>),
    Bool(Vec<bool>, Vec<i16>),
    Text(Vec<ByteArray>, Vec<i16>),
    Date(Vec<i32>, Vec<i16>),
}

impl Buffer {
    fn new(kind: Kind) -> Buffer {
        match kind {
            Kind::Int => Buffer::Int(Vec::new(), Vec::new()),
            Kind::Float => Buffer::Float(Vec::new(), Vec::new()),
            Kind::Bool => Buffer::Bool(Vec::new(), Vec::new()),
            Kind::Text => Buffer::Text(Vec::new(), Vec::new()),
            Kind::Date => Buffer::Date(Vec::new(), Vec::new()),
        }
    }

    fn push(&mut self, cell: Cell) {
        fn put<T>(values: &mut Vec<T>, levels: &mut Vec<i16>, v: Option<T>) {
            levels.push(i16::from(v.is_some()));
            values.extend(v);
        }
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a date");
        match (self, cell) {
            (Buffer::Int(v, l), Cell::Int(x)) => put(v, l, x),
            (Buffer::Float(v, l), Cell::Float(x)) => put(v, l, x),
            (Buffer::Bool(v, l), Cell::Bool(x)) => put(v, l, x),
            (Buffer::Text(v, l), Cell::Text(x)) => put(v, l, x.map(|s| ByteArray::from(s.into_bytes()))),
            (Buffer::Date(v, l), Cell::Date(x)) => put(v, l, x.map(|d| (d - epoch).num_days() as i32)),
            // COLUMNS and cells() are written together; a test checks they agree.
            _ => debug_assert!(false, "cell of the wrong kind"),
        }
    }

    fn clear(&mut self) {
        match self {
            Buffer::Int(v, l) => (v.clear(), l.clear()),
            Buffer::Float(v, l) => (v.clear(), l.clear()),
            Buffer::Bool(v, l) => (v.clear(), l.clear()),
            Buffer::Text(v, l) => (v.clear(), l.clear()),
            Buffer::Date(v, l) => (v.clear(), l.clear()),
        };
    }
}

/// Writes Parquet, a row group at a time.
pub struct ParquetOut<W: Write + Send> {
    w: SerializedFileWriter<W>,
    buffers: Vec<Buffer>,
    rows: usize,
}

impl<W: Write + Send> ParquetOut<W> {
    pub fn new(out: W) -> Result<ParquetOut<W>, StoreError> {
        let schema = Arc::new(parse_message_type(&parquet_schema()).map_err(io)?);
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .set_created_by(format!("dragoman {}", env!("CARGO_PKG_VERSION")))
                .build(),
        );
        Ok(ParquetOut {
            w: SerializedFileWriter::new(out, schema, props).map_err(io)?,
            buffers: COLUMNS.iter().map(|(_, k)| Buffer::new(*k)).collect(),
            rows: 0,
        })
    }

    pub fn write(&mut self, ev: &StoredEvent) -> Result<(), StoreError> {
        for (b, c) in self.buffers.iter_mut().zip(cells(ev)) {
            b.push(c);
        }
        self.rows += 1;
        if self.rows == ROWS_PER_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StoreError> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.w.next_row_group().map_err(io)?;
        let mut i = 0;
        while let Some(mut col) = group.next_column().map_err(io)? {
            let written = match &self.buffers[i] {
                Buffer::Int(v, l) => col.typed::<Int64Type>().write_batch(v, Some(l), None),
                Buffer::Float(v, l) => col.typed::<DoubleType>().write_batch(v, Some(l), None),
                Buffer::Bool(v, l) => col.typed::<BoolType>().write_batch(v, Some(l), None),
                Buffer::Text(v, l) => col.typed::<ByteArrayType>().write_batch(v, Some(l), None),
                Buffer::Date(v, l) => col.typed::<Int32Type>().write_batch(v, Some(l), None),
            };
            written.map_err(io)?;
            col.close().map_err(io)?;
            i += 1;
        }
        group.close().map_err(io)?;
        self.buffers.iter_mut().for_each(Buffer::clear);
        self.rows = 0;
        Ok(())
    }

    pub fn finish(mut self) -> Result<(), StoreError> {
        self.flush()?;
        self.w.close().map_err(io)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_parses_and_names_every_column() {
        let schema = parse_message_type(&parquet_schema()).unwrap();
        assert_eq!(schema.get_fields().len(), COLUMNS.len());
        let mut names: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), COLUMNS.len(), "column names are unique");
    }

    #[test]
    fn cameo_names_start_with_a_capital() {
        assert!(cameo_name("193").unwrap().starts_with('F'));
        assert_eq!(cameo_name("999"), None);
    }
}
