//! A tiny reader for the project's TSV tables (header line, TAB-separated, no quoting).
//!
//! Tables are compiled into the binary, so a malformed one is a build defect: the
//! reader still reports it as an error naming the table and line, never panics.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum TsvError {
    #[error("{table}: missing header line")]
    NoHeader { table: String },
    #[error("{table}: header lacks column `{column}`")]
    MissingColumn { table: String, column: String },
    #[error("{table}:{line}: {message}")]
    Bad {
        table: String,
        line: usize,
        message: String,
    },
}

/// A parsed table: the header's column positions and the data lines.
pub struct Tsv<'a> {
    pub name: &'a str,
    columns: Vec<&'a str>,
    body: &'a str,
    first_line: usize,
}

/// One data line, with its fields looked up by column index.
pub struct Row<'a> {
    pub line: usize,
    fields: Vec<&'a str>,
}

impl<'a> Tsv<'a> {
    pub fn parse(name: &'a str, text: &'a str) -> Result<Tsv<'a>, TsvError> {
        let mut text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // Comment lines before the header document the table.
        let mut first_line = 2;
        while text.starts_with('#') {
            text = text.split_once('\n').map_or("", |(_, rest)| rest);
            first_line += 1;
        }
        let (header, body) = match text.split_once('\n') {
            Some((h, b)) => (h, b),
            None if !text.is_empty() => (text, ""),
            None => {
                return Err(TsvError::NoHeader {
                    table: name.to_string(),
                })
            }
        };
        let columns = header.trim_end_matches('\r').split('\t').collect();
        Ok(Tsv {
            name,
            columns,
            body,
            first_line,
        })
    }

    /// The index of a column, or an error naming the table.
    pub fn column(&self, column: &str) -> Result<usize, TsvError> {
        self.columns
            .iter()
            .position(|c| *c == column)
            .ok_or_else(|| TsvError::MissingColumn {
                table: self.name.to_string(),
                column: column.to_string(),
            })
    }

    pub fn has_column(&self, column: &str) -> bool {
        self.columns.contains(&column)
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'a>> + '_ {
        self.body
            .split('\n')
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .map(move |(i, l)| Row {
                line: i + self.first_line,
                fields: l.trim_end_matches('\r').split('\t').collect(),
            })
    }

    pub fn error(&self, line: usize, message: impl Into<String>) -> TsvError {
        TsvError::Bad {
            table: self.name.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl<'a> Row<'a> {
    /// The field at `index`, "" when the line is short.
    pub fn get(&self, index: usize) -> &'a str {
        self.fields.get(index).copied().unwrap_or("").trim()
    }

    /// The field, or None when empty.
    pub fn opt(&self, index: usize) -> Option<&'a str> {
        Some(self.get(index)).filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_columns_rows_and_short_lines() {
        let t = Tsv::parse("t.tsv", "a\tb\tc\n1\t2\t3\n\n# comment\n4\t5\n").unwrap();
        let b = t.column("b").unwrap();
        let c = t.column("c").unwrap();
        let rows: Vec<_> = t.rows().collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].get(b), "2");
        assert_eq!(rows[1].get(c), "");
        assert_eq!(rows[1].opt(c), None);
        assert_eq!(rows[1].line, 5);
        assert!(t.column("zzz").is_err());
    }
}
