//! Bulk input records: JSON Lines, CSV (header row = parameter names), or plain id lists.
//!
//! Incremental readers over a `BufRead`: one record at a time, each tagged with the line it
//! starts on, so every error can point at a line and memory does not grow with the input. They
//! never panic on any input (property-tested in `tests.rs`). `parse` and the `parse_*` helpers collect a
//! whole text, for tests and small inputs.

mod csv;
mod detect;
mod lines;
mod reader;
#[cfg(test)]
mod tests;

pub use csv::{csv_rows, CsvRows};
pub use detect::{detect, first_line};
pub use reader::RecordReader;

use serde_json::{Map, Value};

/// Longest line (or CSV row, quoted newlines included) read; a longer one is an error naming its
/// line, so one endless line cannot fill memory.
pub const MAX_LINE: usize = 1 << 20;

/// The shape of a bulk input file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// One JSON object per line.
    Jsonl,
    /// RFC 4180 CSV; the first row names the parameters.
    Csv,
    /// One value per line (`delete`: credential ids). Blank lines and `#` comments are skipped.
    Lines,
}

impl InputFormat {
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Jsonl => "JSON Lines",
            InputFormat::Csv => "CSV",
            InputFormat::Lines => "one id per line",
        }
    }
}

/// One input record, before it is checked against the verb's parameters.
#[derive(Clone, Debug, PartialEq)]
pub enum Fields {
    /// A JSON Lines object.
    Object(Map<String, Value>),
    /// `(column, cell)` pairs of a CSV row, or `(key, value)` of an id line.
    Text(Vec<(String, String)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// 1-based line of the input where the record starts.
    pub line: usize,
    pub fields: Fields,
}

/// A problem with the input text itself (not with a value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl ParseError {
    pub(super) fn new(line: usize, message: impl Into<String>) -> Self {
        ParseError {
            line,
            message: message.into(),
        }
    }
}

fn collect(mut r: RecordReader<&[u8]>) -> Result<Vec<Record>, Vec<ParseError>> {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    while let Some(x) = r.next_record() {
        match x {
            Ok(rec) => records.push(rec),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}

/// Parses a whole `text` in `format`. Every problem is returned, each with its line.
pub fn parse(
    format: InputFormat,
    text: &str,
    id_key: &str,
) -> Result<Vec<Record>, Vec<ParseError>> {
    collect(RecordReader::new(format, text.as_bytes(), id_key))
}

/// JSON Lines: each non-blank line is one JSON object.
pub fn parse_jsonl(text: &str) -> Result<Vec<Record>, Vec<ParseError>> {
    parse(InputFormat::Jsonl, text, "")
}

/// One id per line: `(id_key, trimmed line)`. Blank lines and lines starting with `#` are skipped.
pub fn parse_lines(text: &str, id_key: &str) -> Vec<Record> {
    parse(InputFormat::Lines, text, id_key).unwrap_or_default()
}

/// CSV with a header row naming the parameters (`acs_user_id` or `acs-user-id`). Cells are
/// trimmed; an empty cell means the parameter is not given for that record.
pub fn parse_csv(text: &str) -> Result<Vec<Record>, Vec<ParseError>> {
    parse(InputFormat::Csv, text, "")
}
