//! Bulk input records: JSON Lines, CSV (header row = parameter names), or plain id lists.
//!
//! Pure functions from text to records, each record tagged with the line it starts on, so every
//! error can point at a line. They never panic on any input (property-tested below).

use serde_json::{Map, Value};

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

/// Picks the format from the file name, else from the content.
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

/// Parses `text` in `format`. Every problem is returned, each with its line.
pub fn parse(
    format: InputFormat,
    text: &str,
    id_key: &str,
) -> Result<Vec<Record>, Vec<ParseError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format {
        InputFormat::Jsonl => parse_jsonl(text),
        InputFormat::Csv => parse_csv(text),
        InputFormat::Lines => Ok(parse_lines(text, id_key)),
    }
}

/// JSON Lines: each non-blank line is one JSON object.
pub fn parse_jsonl(text: &str) -> Result<Vec<Record>, Vec<ParseError>> {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        match crate::spec::json::from_str(l) {
            Ok(Value::Object(m)) => records.push(Record {
                line,
                fields: Fields::Object(m),
            }),
            Ok(other) => errors.push(ParseError::new(
                line,
                format!(
                    "expected a JSON object of parameters, got {}",
                    crate::input::kind_of(&other)
                ),
            )),
            Err(e) if e.classify() == serde_json::error::Category::Data => {
                errors.push(ParseError::new(line, strip_position(&e.to_string())))
            }
            Err(e) => errors.push(ParseError::new(
                line,
                format!("not valid JSON: {}", strip_position(&e.to_string())),
            )),
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}

fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// One id per line: `(id_key, trimmed line)`. Blank lines and lines starting with `#` are skipped.
pub fn parse_lines(text: &str, id_key: &str) -> Vec<Record> {
    text.split('\n')
        .enumerate()
        .filter_map(|(i, raw)| {
            let l = raw.trim();
            if l.is_empty() || l.starts_with('#') {
                return None;
            }
            Some(Record {
                line: i + 1,
                fields: Fields::Text(vec![(id_key.to_string(), l.to_string())]),
            })
        })
        .collect()
}

/// One CSV row: its cells and the line it starts on.
type Row = (usize, Vec<String>);

/// Splits CSV text into rows (RFC 4180: `"` quotes, `""` inside quotes, newlines inside quotes,
/// CRLF or LF). Rows with no content at all are skipped.
///
/// Written by hand rather than with the `csv` crate because errors must name the input line:
/// csv 1.4 counts lines wrongly after CRLF and blank lines (a record on line 4 reports 3), and it
/// accepts an unclosed quote or a stray quote silently, where this refuses them with their line.
pub fn csv_rows(text: &str) -> Result<Vec<Row>, ParseError> {
    let mut rows = Vec::new();
    let mut line = 1usize;
    let mut row_line = 1usize;
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut in_quotes = false;
    // Whether the current cell was quoted (then text after the closing quote is an error).
    let mut quoted = false;
    let mut any = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
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
                return Err(ParseError::new(
                    line,
                    "a quote (\") in the middle of an unquoted cell; quote the whole cell and double the quote (\"\")",
                ))
            }
            ',' => {
                cells.push(std::mem::take(&mut cell));
                quoted = false;
                any = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                if any || cells.iter().any(|c| !c.is_empty()) {
                    rows.push((row_line, std::mem::take(&mut cells)));
                } else {
                    cells.clear();
                }
                quoted = false;
                any = false;
                line += 1;
                row_line = line;
            }
            other => {
                if quoted {
                    if other.is_whitespace() {
                        continue;
                    }
                    return Err(ParseError::new(
                        line,
                        "text after the closing quote of a cell",
                    ));
                }
                cell.push(other);
                any = true;
            }
        }
    }
    if in_quotes {
        return Err(ParseError::new(
            row_line,
            "a quoted cell is never closed (missing \")",
        ));
    }
    cells.push(cell);
    if any || cells.iter().any(|c| !c.is_empty()) {
        rows.push((row_line, cells));
    }
    Ok(rows)
}

/// CSV with a header row naming the parameters (`acs_user_id` or `acs-user-id`). Cells are
/// trimmed; an empty cell means the parameter is not given for that record.
pub fn parse_csv(text: &str) -> Result<Vec<Record>, Vec<ParseError>> {
    let rows = csv_rows(text).map_err(|e| vec![e])?;
    let mut it = rows.into_iter();
    let Some((header_line, header)) = it.next() else {
        return Ok(Vec::new());
    };
    let names: Vec<String> = header.iter().map(|h| h.trim().replace('-', "_")).collect();
    let mut errors = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if n.is_empty() {
            errors.push(ParseError::new(
                header_line,
                format!("header column {} has no name", i + 1),
            ));
        } else if names[..i].contains(n) {
            errors.push(ParseError::new(
                header_line,
                format!("header names \"{n}\" twice"),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut records = Vec::new();
    for (line, cells) in it {
        if cells.len() != names.len() {
            errors.push(ParseError::new(
                line,
                format!(
                    "{} cells, but the header has {} columns",
                    cells.len(),
                    names.len()
                ),
            ));
            continue;
        }
        let pairs = names
            .iter()
            .cloned()
            .zip(cells.into_iter().map(|c| c.trim().to_string()))
            .collect();
        records.push(Record {
            line,
            fields: Fields::Text(pairs),
        });
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
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
