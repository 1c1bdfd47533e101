//! Rendering a response in the chosen format: a list as it arrives (`ListSink`: begin, items
//! a page at a time, end; memory stays at one page), or one object (`one`). Every command that
//! prints resources calls these, so each format works the same everywhere.

use super::csv::{self, Sep};
use super::grid::{self, Chosen, Resource};
use super::stream::JsonArrayDoc;
use super::table::terminal_safe;
use super::{Format, Printer};
use crate::error::CliError;
use serde_json::Value;

/// Checks `--columns` against what the resource has, before anything is sent: an unknown
/// name is a usage error listing the valid names, with the nearest one as a suggestion.
pub fn check_columns(p: &Printer, res: &Resource) -> Result<(), CliError> {
    let Some(names) = &p.style().columns else {
        return Ok(());
    };
    for n in names {
        if res.accepts(n) {
            continue;
        }
        let valid = res.names();
        let mut hints = Vec::new();
        if let Some(best) = nearest(n, &valid) {
            hints.push(format!("did you mean '{best}'?"));
        }
        hints.push(format!(
            "columns of {}: {} (a name below an object field as field.name)",
            res.noun,
            valid.join(", ")
        ));
        return Err(CliError::Usage {
            message: format!(
                "invalid value '{}' for --columns: {} have no such field",
                super::one_line_safe(n),
                res.noun
            ),
            hints,
        });
    }
    Ok(())
}

/// The valid name closest to `n` (edit distance at most a third of its length, at least 2).
fn nearest<'a>(n: &str, valid: &[&'a str]) -> Option<&'a str> {
    let n = n.to_ascii_lowercase();
    valid
        .iter()
        .map(|v| (distance(&n, v), *v))
        .filter(|(d, v)| *d <= (v.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, v)| v)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The CSV/TSV separator of a format.
fn sep(f: Format) -> Option<Sep> {
    match f {
        Format::Csv => Some(Sep::Csv),
        Format::Tsv => Some(Sep::Tsv),
        _ => None,
    }
}

enum Mode<'a> {
    Json(JsonArrayDoc<'a>),
    Ndjson,
    Table,
    Sv(Sv),
}

/// CSV/TSV across pages: one header row, then rows.
struct Sv {
    sep: Sep,
    /// Fixed by `--columns`, else by the first page that has items.
    header: Option<Vec<Chosen>>,
    written: bool,
    /// Fields seen later that the header does not have (warned about once).
    warned: bool,
}

/// A list written as it arrives, in any format. With `--all` it gets a page at a time:
/// - json: one `{"<key>": [...]}` document written item by item;
/// - ndjson: an item per line;
/// - table/wide: a table per page (the header repeats; IDs are shortened to prefixes unique
///   within the page);
/// - csv/tsv: one header row, then rows. Without `--columns` the header is the union of the
///   top-level fields of the first page's items, in the order first seen; fields that first
///   appear on a later page are left out, with one warning naming them.
pub struct ListSink<'a> {
    p: &'a Printer,
    res: &'static Resource,
    mode: Mode<'a>,
    /// More pages may follow (`--all`): the pager starts with the first page.
    stream: bool,
    count: usize,
    tables: usize,
}

impl<'a> ListSink<'a> {
    pub fn begin(p: &'a Printer, res: &'static Resource, stream: bool) -> Result<Self, CliError> {
        let mode = match p.format() {
            Format::Json => Mode::Json(JsonArrayDoc::begin(p, res.plural)?),
            Format::Ndjson => Mode::Ndjson,
            Format::Table | Format::Wide => Mode::Table,
            f @ (Format::Csv | Format::Tsv) => Mode::Sv(Sv {
                sep: sep(f).unwrap_or(Sep::Csv),
                header: p
                    .style()
                    .columns
                    .as_ref()
                    .map(|names| grid::named_columns(res, names)),
                written: false,
                // With --columns, other fields are left out on purpose.
                warned: p.style().columns.is_some(),
            }),
        };
        Ok(ListSink {
            p,
            res,
            mode,
            stream,
            count: 0,
            tables: 0,
        })
    }

    /// One page of items.
    pub fn items(&mut self, items: &[Value]) -> Result<(), CliError> {
        let p = self.p;
        self.count += items.len();
        match &mut self.mode {
            Mode::Json(doc) => {
                for it in items {
                    doc.item(it)?;
                }
                // With --jq, each page is filtered as a document of its own.
                doc.page_end()?;
            }
            Mode::Ndjson => {
                for it in items {
                    p.json_line(it)?;
                }
            }
            Mode::Table if items.is_empty() => {}
            Mode::Table => self.table(items)?,
            Mode::Sv(sv) => sv.page(p, self.res, items)?,
        }
        Ok(())
    }

    /// One page as a table (the pager starts with the first; later ones follow a blank line).
    fn table(&mut self, items: &[Value]) -> Result<(), CliError> {
        let p = self.p;
        let style = p.style();
        let wide = p.format() == Format::Wide;
        let cols = match &style.columns {
            Some(names) => grid::named_columns(self.res, names),
            None => grid::default_columns(self.res, items, wide),
        };
        let text = grid::table(items, &cols, style, wide);
        if self.tables == 0 {
            p.page(if self.stream {
                usize::MAX
            } else {
                text.lines().count()
            })?;
        } else {
            p.data("\n")?;
        }
        self.tables += 1;
        p.data(&text)
    }

    /// Ends the list (closes a JSON document; says when there was nothing).
    pub fn end(self) -> Result<(), CliError> {
        match self.mode {
            Mode::Json(doc) => doc.end()?,
            Mode::Ndjson => {}
            Mode::Table | Mode::Sv(_) if self.count == 0 => {
                self.p.status(&format!("No {}.", self.res.noun));
            }
            Mode::Table | Mode::Sv(_) => {}
        }
        self.p.flush()
    }
}

impl Sv {
    /// One page of rows; the header row first, fixed by the first page that has items.
    fn page(&mut self, p: &Printer, res: &Resource, items: &[Value]) -> Result<(), CliError> {
        if !self.written && items.is_empty() {
            return Ok(());
        }
        // Every key of this page is in the header: no warning for it.
        let cols = self.header.get_or_insert_with(|| header_of(res, items));
        if !self.written {
            self.written = true;
            let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
            p.data(&csv::record(&names, self.sep))?;
        }
        let style = p.style();
        let mut missing: Vec<String> = Vec::new();
        for it in items {
            let row: Vec<String> = cols
                .iter()
                .map(|c| {
                    let v = c.raw(it, style);
                    if style.stdout_tty {
                        terminal_safe(&v)
                    } else {
                        v
                    }
                })
                .collect();
            p.data(&csv::record(&row, self.sep))?;
            if !self.warned {
                not_in_header(it, cols, &mut missing);
            }
        }
        if !missing.is_empty() {
            self.warned = true;
            p.warn(&format!(
                "fields not in the header (it was fixed by the first page) were left out: {}; name them with --columns",
                super::one_line_safe(&missing.join(", "))
            ));
        }
        Ok(())
    }
}

/// The CSV/TSV columns of a page without `--columns`: its top-level keys, declared field
/// columns where the resource has them.
fn header_of(res: &Resource, items: &[Value]) -> Vec<Chosen> {
    union_of_keys(items)
        .iter()
        .map(|k| match res.column(k) {
            Some(c) if matches!(c.source, grid::Source::Field) => Chosen::of(c),
            _ => Chosen::path(k),
        })
        .collect()
}

/// Adds to `missing` the keys of `item` that no column of the header has.
fn not_in_header(item: &Value, cols: &[Chosen], missing: &mut Vec<String>) {
    if let Value::Object(m) = item {
        for k in m.keys() {
            if !cols.iter().any(|c| &c.name == k) && !missing.contains(k) {
                missing.push(k.clone());
            }
        }
    }
}

/// The top-level keys of `items`, in the order first seen.
fn union_of_keys(items: &[Value]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for it in items {
        if let Value::Object(m) = it {
            for k in m.keys() {
                if seen.insert(k.as_str()) {
                    keys.push(k.clone());
                }
            }
        }
    }
    keys
}

/// A whole list response (one page) in a non-JSON format: `json` prints the response body
/// itself, which the caller does.
pub fn list(p: &Printer, res: &'static Resource, items: &[Value]) -> Result<(), CliError> {
    let mut sink = ListSink::begin(p, res, false)?;
    sink.items(items)?;
    sink.end()
}

/// One object (`get`, `create`, ...): the key/value view for tables, one line of JSON for
/// ndjson, a header and one row for csv/tsv (`--columns`, else its top-level fields).
pub fn one(p: &Printer, res: &'static Resource, item: &Value) -> Result<(), CliError> {
    let style = p.style();
    match p.format() {
        Format::Json => p.json_doc(&serde_json::json!({ res.singular: item }))?,
        Format::Ndjson => p.json_line(item)?,
        Format::Table | Format::Wide => {
            let text = grid::detail(res, item, style, style.columns.as_deref());
            p.page(text.lines().count())?;
            p.data(&text)?;
        }
        Format::Csv | Format::Tsv => {
            let mut sink = ListSink::begin(p, res, false)?;
            sink.items(std::slice::from_ref(item))?;
            sink.end()?;
        }
    }
    p.flush()
}

/// Any JSON object as one CSV/TSV record with a header (whoami, config list).
pub fn record(p: &Printer, v: &Value) -> Result<(), CliError> {
    let sep = sep(p.format()).unwrap_or(Sep::Csv);
    let Value::Object(m) = v else {
        return p.data(&csv::record(&[grid::raw_value(Some(v))], sep));
    };
    let names: Vec<&str> = m.keys().map(String::as_str).collect();
    let values: Vec<String> = m.values().map(|v| grid::raw_value(Some(v))).collect();
    p.data(&csv::record(&names, sep))?;
    p.data(&csv::record(&values, sep))
}
