//! Exports: GDELT 2.0 (Events and Mentions tables), PLOVER JSON lines, CSV and Parquet.
//! Every export streams from the database ([`source`]), so memory stays flat however
//! large the database, and says what it left out ([`ExportSummary`]).

pub mod fields;
pub mod gdelt;
pub mod plover;
pub mod source;
pub mod table;

use std::io::Write;

use crate::filter::Filter;
use crate::store::{Store, StoreError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Gdelt,
    Plover,
    Csv,
    Parquet,
}

/// Which GDELT 2.0 table to write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GdeltTable {
    /// One row per event cluster (GDELT's event: the same dyad, root, day and place).
    #[default]
    Events,
    /// One row per mention, keyed to the Events table by GLOBALEVENTID.
    Mentions,
}

/// How to write an export.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    pub gdelt_table: GdeltTable,
    /// A header line with the column names (GDELT's own files have none).
    pub header: bool,
    /// Only the `n` newest events, newest first (`dragoman query`).
    pub newest: Option<usize>,
    /// GDELT's DATEADDED (YYYYMMDDHHMMSS) for events whose ingest time is unknown.
    pub now: String,
}

/// What an export wrote and what it left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Rows written (events, clusters or mentions).
    pub rows: usize,
    /// Negated events matching the filter that were left out (see `Filter::include_negated`).
    pub negated_left_out: usize,
    /// Events with no PLOVER type (CAMEO roots 01 and 02), left out of a PLOVER export.
    pub without_plover: usize,
    /// Negated events, which have no cluster, left out of the GDELT tables.
    pub unclustered_left_out: usize,
}

use fields::io;

fn tsv_line(out: &mut dyn Write, cells: &[String]) -> Result<(), StoreError> {
    let cells: Vec<String> = cells.iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect();
    writeln!(out, "{}", cells.join("\t")).map_err(io)
}

impl Store {
    /// Writes the events matching `f` in `format` (Parquet: see [`Store::export_parquet`]).
    pub fn export(
        &self,
        f: &Filter,
        format: ExportFormat,
        opts: &ExportOptions,
        out: &mut dyn Write,
    ) -> Result<ExportSummary, StoreError> {
        let mut summary = self.negated_left_out(f)?;
        match format {
            ExportFormat::Gdelt => {
                // GDELT's tables hold no negated events, asked for or not: count them all.
                let asserted = Filter {
                    include_negated: false,
                    ..f.clone()
                };
                summary = self.negated_left_out(&asserted)?;
                self.export_gdelt(f, opts, out, &mut summary)?
            }
            ExportFormat::Plover => {
                let coder = format!("dragoman {}", env!("CARGO_PKG_VERSION"));
                self.stored_events(f, opts.newest, |ev| {
                    match plover::record(&ev, &coder) {
                        Some(v) => {
                            writeln!(out, "{v}").map_err(io)?;
                            summary.rows += 1;
                        }
                        None => summary.without_plover += 1,
                    }
                    Ok(())
                })?;
            }
            ExportFormat::Csv => {
                let mut w = table::CsvOut::new(out)?;
                self.stored_events(f, opts.newest, |ev| {
                    summary.rows += 1;
                    w.write(&ev)
                })?;
                w.finish()?;
            }
            ExportFormat::Parquet => {
                return Err(StoreError::Other("Parquet is written to a file: give -o PATH".into()));
            }
        }
        Ok(summary)
    }

    fn export_gdelt(
        &self,
        f: &Filter,
        opts: &ExportOptions,
        out: &mut dyn Write,
        summary: &mut ExportSummary,
    ) -> Result<(), StoreError> {
        let columns: &[&str] = match opts.gdelt_table {
            GdeltTable::Events => &gdelt::EVENT_COLUMNS,
            GdeltTable::Mentions => &gdelt::MENTION_COLUMNS,
        };
        if opts.header {
            writeln!(out, "{}", columns.join("\t")).map_err(io)?;
        }
        match opts.gdelt_table {
            GdeltTable::Events => self.cluster_heads(f, |ev, facts| {
                summary.rows += 1;
                tsv_line(out, &gdelt::event_row(&ev, &facts, &opts.now))
            })?,
            GdeltTable::Mentions => {
                // The event's DATEADDED, looked up once per cluster (mentions come in
                // cluster order).
                let mut current: Option<(i64, String)> = None;
                self.cluster_mentions(f, |ev, first_ingested| {
                    let Some(cluster) = ev.cluster else {
                        if !ev.record.negated {
                            summary.unclustered_left_out += 1;
                        }
                        return Ok(());
                    };
                    if current.as_ref().is_none_or(|(c, _)| *c != cluster) {
                        let added = gdelt::timestamp(first_ingested.as_deref(), &opts.now);
                        current = Some((cluster, added));
                    }
                    let added = current.as_ref().map_or("", |c| c.1.as_str());
                    summary.rows += 1;
                    tsv_line(out, &gdelt::mention_row(&ev, added, &opts.now))
                })?
            }
        }
        Ok(())
    }

    /// Writes the events matching `f` as Parquet (the columns of [`table::COLUMNS`]).
    pub fn export_parquet<W: Write + Send>(&self, f: &Filter, out: W) -> Result<ExportSummary, StoreError> {
        let mut summary = self.negated_left_out(f)?;
        let mut w = table::ParquetOut::new(out)?;
        self.stored_events(f, None, |ev| {
            summary.rows += 1;
            w.write(&ev)
        })?;
        w.finish()?;
        Ok(summary)
    }

    /// How many negated events the filter leaves out (none when it includes them).
    pub fn negated_left_out(&self, f: &Filter) -> Result<ExportSummary, StoreError> {
        let mut summary = ExportSummary::default();
        if !f.include_negated {
            let all = Filter {
                include_negated: true,
                ..f.clone()
            };
            let n = self.count_events(&all)? - self.count_events(f)?;
            summary.negated_left_out = n.max(0) as usize;
        }
        Ok(summary)
    }
}
