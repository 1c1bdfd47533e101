//! Records of a stream in one format (JSON Lines, CSV with a header, one id per line).

use super::csv::CsvRows;
use super::lines::PhysLines;
use super::{Fields, InputFormat, ParseError, Record};
use serde_json::Value;
use std::collections::VecDeque;
use std::io::BufRead;

enum Source<R> {
    Jsonl(PhysLines<R>),
    Lines(PhysLines<R>, String),
    Csv {
        rows: CsvRows<R>,
        header: Option<Vec<String>>,
        header_line: usize,
    },
}

/// Records of a stream in one format, one at a time: `next_record` gives each record or a
/// problem with its line. A problem that leaves the rest unreadable (CSV syntax, a bad header,
/// an unreadable line) ends the records.
pub struct RecordReader<R> {
    src: Source<R>,
    pending: VecDeque<ParseError>,
    stopped: bool,
}

impl<R: BufRead> RecordReader<R> {
    pub fn new(format: InputFormat, r: R, id_key: &str) -> Self {
        let src = match format {
            InputFormat::Jsonl => Source::Jsonl(PhysLines::new(r)),
            InputFormat::Lines => Source::Lines(PhysLines::new(r), id_key.to_string()),
            InputFormat::Csv => Source::Csv {
                rows: CsvRows::new(r),
                header: None,
                header_line: 0,
            },
        };
        RecordReader {
            src,
            pending: VecDeque::new(),
            stopped: false,
        }
    }

    /// CSV: the header's column names (`-` read as `_`) and its line, reading it if needed;
    /// `None` for other formats, an empty input, or a header with problems (then given by
    /// `next_record`).
    pub fn columns(&mut self) -> Option<(usize, &[String])> {
        self.read_header();
        match &self.src {
            Source::Csv {
                header: Some(h),
                header_line,
                ..
            } => Some((*header_line, h.as_slice())),
            _ => None,
        }
    }

    fn read_header(&mut self) {
        let Source::Csv {
            rows,
            header,
            header_line,
        } = &mut self.src
        else {
            return;
        };
        if header.is_some() || self.stopped {
            return;
        }
        let (line, cells) = match rows.next_row() {
            None => {
                self.stopped = true;
                return;
            }
            Some(Err(e)) => {
                self.pending.push_back(e);
                self.stopped = true;
                return;
            }
            Some(Ok(r)) => r,
        };
        let names: Vec<String> = cells.iter().map(|h| h.trim().replace('-', "_")).collect();
        for (i, n) in names.iter().enumerate() {
            if n.is_empty() {
                self.pending.push_back(ParseError::new(
                    line,
                    format!("header column {} has no name", i + 1),
                ));
            } else if names[..i].contains(n) {
                self.pending
                    .push_back(ParseError::new(line, format!("header names \"{n}\" twice")));
            }
        }
        if self.pending.is_empty() {
            *header = Some(names);
            *header_line = line;
        } else {
            self.stopped = true;
        }
    }

    /// The next record, or a problem with its line; `None` at the end.
    pub fn next_record(&mut self) -> Option<Result<Record, ParseError>> {
        self.read_header();
        if let Some(e) = self.pending.pop_front() {
            return Some(Err(e));
        }
        if self.stopped {
            return None;
        }
        match &mut self.src {
            Source::Jsonl(lines) => next_jsonl(lines),
            Source::Lines(lines, key) => next_id(lines, key),
            Source::Csv { rows, header, .. } => next_csv(rows, header.as_ref()?),
        }
    }
}

/// The next JSON Lines record (blank lines skipped).
fn next_jsonl<R: BufRead>(lines: &mut PhysLines<R>) -> Option<Result<Record, ParseError>> {
    loop {
        let (line, raw) = match lines.next_line()? {
            Err(e) => return Some(Err(e)),
            Ok(l) => l,
        };
        let l = raw.trim();
        if !l.is_empty() {
            return Some(jsonl_record(line, l));
        }
    }
}

/// One JSON Lines record: a JSON object of parameters.
fn jsonl_record(line: usize, l: &str) -> Result<Record, ParseError> {
    // Strict: a key given twice in one record is an error, not "the last one wins".
    match crate::spec::json::from_str(l) {
        Ok(Value::Object(m)) => Ok(Record {
            line,
            fields: Fields::Object(m),
        }),
        Ok(other) => Err(ParseError::new(
            line,
            format!(
                "expected a JSON object of parameters, got {}",
                crate::input::kind_of(&other)
            ),
        )),
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            Err(ParseError::new(line, strip_position(&e.to_string())))
        }
        Err(e) => Err(ParseError::new(
            line,
            format!("not valid JSON: {}", strip_position(&e.to_string())),
        )),
    }
}

/// The next id line (blank lines and `#` comments skipped), as `(key, id)`.
fn next_id<R: BufRead>(lines: &mut PhysLines<R>, key: &str) -> Option<Result<Record, ParseError>> {
    loop {
        let (line, raw) = match lines.next_line()? {
            Err(e) => return Some(Err(e)),
            Ok(l) => l,
        };
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        return Some(Ok(Record {
            line,
            fields: Fields::Text(vec![(key.to_string(), l.to_string())]),
        }));
    }
}

/// The next CSV row as `(column, trimmed cell)` pairs; as many cells as the header has names.
fn next_csv<R: BufRead>(
    rows: &mut CsvRows<R>,
    names: &[String],
) -> Option<Result<Record, ParseError>> {
    let (line, cells) = match rows.next_row()? {
        Err(e) => return Some(Err(e)),
        Ok(r) => r,
    };
    if cells.len() != names.len() {
        return Some(Err(ParseError::new(
            line,
            format!(
                "{} cells, but the header has {} columns",
                cells.len(),
                names.len()
            ),
        )));
    }
    let pairs = names
        .iter()
        .cloned()
        .zip(cells.into_iter().map(|c| c.trim().to_string()))
        .collect();
    Some(Ok(Record {
        line,
        fields: Fields::Text(pairs),
    }))
}

fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
