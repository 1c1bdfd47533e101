//! CSV and TSV for list-shaped output: a header row of field names, then a row per item.
//!
//! - CSV: RFC 4180 quoting: a field holding a comma, a double quote, CR or LF is put in double
//!   quotes, with its quotes doubled; lines end with LF.
//! - TSV: no quoting (the IANA text/tab-separated-values form): a backslash, tab, LF and CR in a
//!   value are written `\\`, `\t`, `\n`, `\r`, so every record is one line of tab-separated
//!   fields (as PostgreSQL's COPY text format and `mlr --tsv` read them).
//!
//! Strings are written as they are, null and absent fields empty, numbers and booleans as JSON
//! text (`true`, `12`), objects and arrays as compact JSON text.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sep {
    Csv,
    Tsv,
}

/// One field, quoted or escaped for its format.
pub fn field(s: &str, sep: Sep) -> String {
    match sep {
        Sep::Csv => {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        }
        Sep::Tsv => {
            if !s.contains(['\\', '\t', '\n', '\r']) {
                return s.to_string();
            }
            let mut out = String::with_capacity(s.len() + 8);
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
            out
        }
    }
}

/// One record: the fields joined by the separator, ending with a line feed.
pub fn record<S: AsRef<str>>(fields: &[S], sep: Sep) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(match sep {
                Sep::Csv => ',',
                Sep::Tsv => '\t',
            });
        }
        out.push_str(&field(f.as_ref(), sep));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        assert_eq!(
            record(&["a", "b,c", "say \"hi\"", "two\nlines", ""], Sep::Csv),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\n"
        );
    }

    #[test]
    fn tsv_escapes_tabs_newlines_and_backslashes() {
        assert_eq!(
            record(&["a\tb", "c\nd", "e\\f", "g,\"h\""], Sep::Tsv),
            "a\\tb\tc\\nd\te\\\\f\tg,\"h\"\n"
        );
    }
}
