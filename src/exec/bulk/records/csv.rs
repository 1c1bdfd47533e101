//! The CSV reader: RFC 4180 rows of a stream, one at a time, each with the line it starts on.

use super::lines::PhysLines;
use super::{ParseError, MAX_LINE};
use std::io::BufRead;

/// One CSV row: its cells and the line it starts on.
pub type Row = (usize, Vec<String>);

/// CSV rows of a stream (RFC 4180: `"` quotes, `""` inside quotes, newlines inside quotes, CRLF
/// or LF), one at a time. Rows with no content at all are skipped. A syntax error ends the rows.
///
/// Written by hand rather than with the `csv` crate because errors must name the input line:
/// csv 1.4 counts lines wrongly after CRLF and blank lines (a record on line 4 reports 3), and it
/// accepts an unclosed quote or a stray quote silently, where this refuses them with their line.
pub struct CsvRows<R> {
    lines: PhysLines<R>,
    failed: bool,
}

impl<R: BufRead> CsvRows<R> {
    pub fn new(r: R) -> Self {
        CsvRows {
            lines: PhysLines::new(r),
            failed: false,
        }
    }

    fn fail(&mut self, line: usize, m: impl Into<String>) -> Option<Result<Row, ParseError>> {
        self.failed = true;
        Some(Err(ParseError::new(line, m)))
    }

    pub fn next_row(&mut self) -> Option<Result<Row, ParseError>> {
        if self.failed {
            return None;
        }
        let mut row = RowState::default();
        let mut row_line: Option<usize> = None;
        let mut size = 0usize;
        loop {
            let (n, text) = match self.lines.next_line() {
                None => break,
                Some(Err(e)) => {
                    self.failed = true;
                    return Some(Err(e));
                }
                Some(Ok(l)) => l,
            };
            let start = *row_line.get_or_insert(n);
            size += text.len();
            if size > MAX_LINE {
                return self.fail(start, format!("a row longer than {} KiB", MAX_LINE / 1024));
            }
            match row.scan(text) {
                Err(m) => return self.fail(n, m),
                Ok(false) => {}
                Ok(true) => {
                    row.end_cell();
                    if row.has_content() {
                        return Some(Ok((start, row.cells)));
                    }
                    // A row with no content: skipped; the next row starts on the next line.
                    row = RowState::default();
                    row_line = None;
                    size = 0;
                }
            }
        }
        let start = row_line?;
        if row.in_quotes {
            return self.fail(start, "a quoted cell is never closed (missing \")");
        }
        row.end_cell();
        if row.has_content() {
            Some(Ok((start, row.cells)))
        } else {
            None
        }
    }
}

/// The row being read: its cells so far and the state of the current cell.
#[derive(Default)]
struct RowState {
    cells: Vec<String>,
    cell: String,
    in_quotes: bool,
    /// Whether the current cell was quoted (then text after the closing quote is an error).
    quoted: bool,
    any: bool,
}

impl RowState {
    /// Reads one physical line into the row: `Ok(true)` when the row ends with it, else the
    /// row goes on on the next line (or the input ends); `Err` is a syntax error on this line.
    fn scan(&mut self, text: &str) -> Result<bool, &'static str> {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if self.in_quotes {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        self.cell.push('"');
                    }
                    '"' => self.in_quotes = false,
                    other => self.cell.push(other),
                }
                continue;
            }
            match c {
                '"' if self.cell.trim().is_empty() && !self.quoted => {
                    self.cell.clear();
                    self.in_quotes = true;
                    self.quoted = true;
                    self.any = true;
                }
                '"' => {
                    return Err("a quote (\") in the middle of an unquoted cell; quote the whole cell and double the quote (\"\")")
                }
                ',' => {
                    self.end_cell();
                    self.quoted = false;
                    self.any = true;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => return Ok(true),
                other => {
                    if self.quoted {
                        if other.is_whitespace() {
                            continue;
                        }
                        return Err("text after the closing quote of a cell");
                    }
                    self.cell.push(other);
                    self.any = true;
                }
            }
        }
        Ok(false)
    }

    fn end_cell(&mut self) {
        self.cells.push(std::mem::take(&mut self.cell));
    }

    fn has_content(&self) -> bool {
        self.any || self.cells.iter().any(|c| !c.is_empty())
    }
}

/// Splits CSV text into rows: all of them, or the first syntax error.
pub fn csv_rows(text: &str) -> Result<Vec<Row>, ParseError> {
    let mut rows = CsvRows::new(text.as_bytes());
    let mut out = Vec::new();
    while let Some(r) = rows.next_row() {
        out.push(r?);
    }
    Ok(out)
}
