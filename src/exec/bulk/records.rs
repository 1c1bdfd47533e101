//! Bulk input records: JSON Lines, CSV (header row = parameter names), or plain id lists.
//!
//! Incremental readers over a `BufRead`: one record at a time, each tagged with the line it
//! starts on, so every error can point at a line and memory does not grow with the input. They
//! never panic on any input (property-tested below). `parse` and the `parse_*` helpers collect a
//! whole text, for tests and small inputs.

use serde_json::{Map, Value};
use std::collections::VecDeque;
use std::io::BufRead;

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
    fn new(line: usize, message: impl Into<String>) -> Self {
        ParseError {
            line,
            message: message.into(),
        }
    }
}

/// Picks the format from the file name, else from the content (`text`: the input, or any start
/// of it that holds its first non-blank, non-comment line).
/// `.csv` is CSV; `.jsonl`, `.ndjson` and `.json` are JSON Lines; `.txt` is one id per line (when
/// `id_key` is given). Otherwise: a first non-blank line starting with `{` means JSON Lines; when
/// `id_key` is given and the first line is a lone value without commas, one id per line; else CSV.
pub fn detect(path: Option<&str>, text: &str, id_key: Option<&str>) -> InputFormat {
    let ext = path
        .and_then(|p| p.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("csv") => return InputFormat::Csv,
        Some("jsonl") | Some("ndjson") | Some("json") => return InputFormat::Jsonl,
        Some("txt") if id_key.is_some() => return InputFormat::Lines,
        _ => {}
    }
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    if first.starts_with('{') {
        return InputFormat::Jsonl;
    }
    if let Some(key) = id_key {
        if first != key && !first.contains(',') && !first.contains('"') {
            return InputFormat::Lines;
        }
    }
    InputFormat::Csv
}

/// The first non-blank, non-comment line of `r` (at most [`MAX_LINE`] bytes of it), for
/// [`detect`]. Reads `r` up to that line.
pub fn first_line(r: &mut impl BufRead) -> String {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match std::io::Read::take(&mut *r, MAX_LINE as u64).read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => return String::new(),
            Ok(_) => {
                let text = String::from_utf8_lossy(&buf);
                let l = text.trim_start_matches('\u{feff}').trim();
                if !l.is_empty() && !l.starts_with('#') {
                    return l.to_string();
                }
            }
        }
    }
}

/// Physical lines of a stream, numbered from 1, each with its `\n` if it has one. A byte-order
/// mark at the start is dropped. Read errors, lines over [`MAX_LINE`] and text that is not UTF-8
/// end the stream with an error.
struct PhysLines<R> {
    r: R,
    buf: Vec<u8>,
    text: String,
    n: usize,
    done: bool,
}

impl<R: BufRead> PhysLines<R> {
    fn new(r: R) -> Self {
        PhysLines {
            r,
            buf: Vec::new(),
            text: String::new(),
            n: 0,
            done: false,
        }
    }

    /// The next line and its number; `None` at the end.
    fn next_line(&mut self) -> Option<Result<(usize, &str), ParseError>> {
        if self.done {
            return None;
        }
        self.buf.clear();
        let read =
            std::io::Read::take(&mut self.r, MAX_LINE as u64 + 1).read_until(b'\n', &mut self.buf);
        let n = self.n + 1;
        let fail = |this: &mut Self, m: String| {
            this.done = true;
            Some(Err(ParseError::new(n, m)))
        };
        match read {
            Err(e) => return fail(self, format!("cannot read: {e}")),
            Ok(0) => {
                self.done = true;
                return None;
            }
            Ok(_) => {}
        }
        if self.buf.len() > MAX_LINE && self.buf.last() != Some(&b'\n') {
            return fail(
                self,
                format!("the line is longer than {} KiB", MAX_LINE / 1024),
            );
        }
        self.n = n;
        let bytes = if n == 1 {
            self.buf
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(&self.buf)
        } else {
            &self.buf[..]
        };
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                self.text.clear();
                self.text.push_str(s);
            }
            Err(e) => return fail(self, format!("not UTF-8 text ({e})")),
        }
        Some(Ok((n, &self.text)))
    }
}

/// One CSV row: its cells and the line it starts on.
type Row = (usize, Vec<String>);

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
        let mut cells: Vec<String> = Vec::new();
        let mut cell = String::new();
        let mut in_quotes = false;
        // Whether the current cell was quoted (then text after the closing quote is an error).
        let mut quoted = false;
        let mut any = false;
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
            let mut chars = text.chars().peekable();
            let mut ended = false;
            while let Some(c) = chars.next() {
                if in_quotes {
                    match c {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            cell.push('"');
                        }
                        '"' => in_quotes = false,
                        other => cell.push(other),
                    }
                    continue;
                }
                match c {
                    '"' if cell.trim().is_empty() && !quoted => {
                        cell.clear();
                        in_quotes = true;
                        quoted = true;
                        any = true;
                    }
                    '"' => {
                        return self.fail(
                            n,
                            "a quote (\") in the middle of an unquoted cell; quote the whole cell and double the quote (\"\")",
                        )
                    }
                    ',' => {
                        cells.push(std::mem::take(&mut cell));
                        quoted = false;
                        any = true;
                    }
                    '\r' if chars.peek() == Some(&'\n') => {}
                    '\n' => {
                        ended = true;
                        break;
                    }
                    other => {
                        if quoted {
                            if other.is_whitespace() {
                                continue;
                            }
                            return self.fail(n, "text after the closing quote of a cell");
                        }
                        cell.push(other);
                        any = true;
                    }
                }
            }
            if ended {
                cells.push(std::mem::take(&mut cell));
                if any || cells.iter().any(|c| !c.is_empty()) {
                    return Some(Ok((start, cells)));
                }
                // A row with no content: skipped; the next row starts on the next line.
                cells.clear();
                quoted = false;
                any = false;
                row_line = None;
                size = 0;
            }
        }
        let start = row_line?;
        if in_quotes {
            return self.fail(start, "a quoted cell is never closed (missing \")");
        }
        cells.push(cell);
        if any || cells.iter().any(|c| !c.is_empty()) {
            Some(Ok((start, cells)))
        } else {
            None
        }
    }
}

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
            Source::Jsonl(lines) => loop {
                let (line, raw) = match lines.next_line()? {
                    Err(e) => return Some(Err(e)),
                    Ok(l) => l,
                };
                let l = raw.trim();
                if l.is_empty() {
                    continue;
                }
                // Strict: a key given twice in one record is an error, not "the last one wins".
                return Some(match crate::spec::json::from_str(l) {
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
                });
            },
            Source::Lines(lines, key) => loop {
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
                    fields: Fields::Text(vec![(key.clone(), l.to_string())]),
                }));
            },
            Source::Csv { rows, header, .. } => {
                let names = header.as_ref()?;
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

fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// One id per line: `(id_key, trimmed line)`. Blank lines and lines starting with `#` are skipped.
pub fn parse_lines(text: &str, id_key: &str) -> Vec<Record> {
    parse(InputFormat::Lines, text, id_key).unwrap_or_default()
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

/// CSV with a header row naming the parameters (`acs_user_id` or `acs-user-id`). Cells are
/// trimmed; an empty cell means the parameter is not given for that record.
pub fn parse_csv(text: &str) -> Result<Vec<Record>, Vec<ParseError>> {
    parse(InputFormat::Csv, text, "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text_pairs(r: &Record) -> Vec<(String, String)> {
        match &r.fields {
            Fields::Text(p) => p.clone(),
            Fields::Object(_) => panic!("expected text fields"),
        }
    }

    #[test]
    fn csv_quotes_newlines_and_line_numbers() {
        let text =
            "access_method,acs-user-id,code\r\ncode,\"a,b\",\"12\"\"3\"\n\ncard,\"multi\nline\",\n";
        let recs = parse_csv(text).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].line, 2);
        assert_eq!(
            text_pairs(&recs[0]),
            vec![
                ("access_method".into(), "code".into()),
                ("acs_user_id".into(), "a,b".into()),
                ("code".into(), "12\"3".into())
            ]
        );
        assert_eq!(recs[1].line, 4);
        assert_eq!(text_pairs(&recs[1])[1].1, "multi\nline");
        assert_eq!(text_pairs(&recs[1])[2].1, "");
    }

    #[test]
    fn csv_errors_name_their_line() {
        let e = parse_csv("a,b\n1,2\n1,2,3\n").unwrap_err();
        assert_eq!(e[0].line, 3);
        let e = parse_csv("a,b\n1,\"2\n").unwrap_err();
        assert_eq!(e[0].line, 2);
        let e = parse_csv("a,a\n").unwrap_err();
        assert!(e[0].message.contains("twice"));
        let e = parse_csv("a,b\nx\"y,2\n").unwrap_err();
        assert_eq!(e[0].line, 2);
    }

    #[test]
    fn jsonl_lines_and_errors() {
        let recs = parse_jsonl("{\"a\":1}\n\n{\"b\":2}\n").unwrap();
        assert_eq!(recs.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 3]);
        let e = parse_jsonl("{\"a\":1}\n[1]\n{oops\n").unwrap_err();
        assert_eq!(e.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3]);
    }

    #[test]
    fn detection() {
        let id = Some("acs_credential_id");
        assert_eq!(detect(Some("x.CSV"), "{", None), InputFormat::Csv);
        assert_eq!(detect(Some("x.jsonl"), "a,b", None), InputFormat::Jsonl);
        assert_eq!(detect(None, "\n {\"a\":1}", None), InputFormat::Jsonl);
        assert_eq!(detect(None, "access_method,code\n", None), InputFormat::Csv);
        assert_eq!(
            detect(None, "# ids\n6a1f0000-0000-0000-0000-000000000000\n", id),
            InputFormat::Lines
        );
        assert_eq!(
            detect(
                None,
                "acs_credential_id\n6a1f0000-0000-0000-0000-000000000000\n",
                id
            ),
            InputFormat::Csv
        );
        assert_eq!(detect(Some("ids.txt"), "x", id), InputFormat::Lines);
    }

    #[test]
    fn id_lines_skip_blanks_and_comments() {
        let recs = parse_lines("# header\n\n a \nb\r\n", "id");
        assert_eq!(recs.iter().map(|r| r.line).collect::<Vec<_>>(), vec![3, 4]);
        assert_eq!(text_pairs(&recs[1]), vec![("id".into(), "b".into())]);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn csv_never_panics(text in "\\PC*") {
            let _ = parse_csv(&text);
        }

        #[test]
        fn csv_never_panics_on_csv_like_text(text in "[a-c,\"\r\n ]{0,64}") {
            if let Ok(recs) = parse_csv(&text) {
                for r in recs {
                    prop_assert!(r.line >= 2 && r.line <= text.matches('\n').count() + 1);
                }
            }
        }

        #[test]
        fn jsonl_never_panics(text in "\\PC*") {
            let _ = parse_jsonl(&text);
        }

        #[test]
        fn jsonl_never_panics_on_json_like_text(text in "[{}\\[\\]\":,a0-9 \n]{0,64}") {
            if let Ok(recs) = parse_jsonl(&text) {
                for r in recs {
                    prop_assert!(r.line >= 1 && r.line <= text.matches('\n').count() + 1);
                }
            }
        }

        #[test]
        fn any_format_never_panics(text in "\\PC*", ext in "(csv|jsonl|txt|x)") {
            let name = format!("f.{ext}");
            let f = detect(Some(&name), &text, Some("acs_credential_id"));
            let _ = parse(f, &text, "acs_credential_id");
        }

        #[test]
        fn csv_round_trips_quoted_cells(cells in proptest::collection::vec("[^\r]{0,12}", 1..5)) {
            let header: Vec<String> = (0..cells.len()).map(|i| format!("c{i}")).collect();
            let row: Vec<String> = cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
            let text = format!("{}\n{}\n", header.join(","), row.join(","));
            let recs = parse_csv(&text).unwrap();
            prop_assert_eq!(recs.len(), 1);
            let got: Vec<String> = text_pairs(&recs[0]).into_iter().map(|(_, v)| v).collect();
            let want: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
            prop_assert_eq!(got, want);
        }
    }
}
