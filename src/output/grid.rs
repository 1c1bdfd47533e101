//! The one table renderer, driven by data: a resource declares its columns (a JSON field or a
//! derived value, a header, whether it is an ID, whether it is wide-only, its narrowest width
//! and its priority), and this module lays them out.
//!
//! Rules (issue 12): one line per row at any width from 80 columns; IDs are never split: shown
//! whole, or, when the terminal is narrow, as the shortest prefix (at least 8 characters) that is
//! still unique among the IDs of that column in this output (like git's short hashes); other
//! cells are cut with `…`; a column that cannot get its narrowest width is left out, lowest
//! priority first. `wide` shows every column and IDs whole, and does not fit the terminal.
//!
//! Linear in the output size (issue 13, defect 6): every cell is cut to at most the width it
//! could ever get *before* it is escaped, measured or laid out, so a 2 MiB name costs as much
//! as a short one.

pub use super::table::Color;
use super::table::{local_time, terminal_safe};
use super::Style;
use serde_json::Value;
use unicode_width::UnicodeWidthChar;

/// One cell's text (one line, not yet escaped or cut) and colour.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub text: String,
    pub color: Option<Color>,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            color: None,
        }
    }
    pub fn colored(text: impl Into<String>, color: Option<Color>) -> Cell {
        Cell {
            text: text.into(),
            color,
        }
    }
}

/// A value worked out from the whole item (state, `code 0123`, notes, ...).
pub type Derive = fn(&Value, &Style) -> Cell;

#[derive(Clone, Copy, Debug)]
pub enum Source {
    /// The JSON field named by the column (a dotted name reaches into objects).
    Field,
    /// A value derived from the item.
    Derived(Derive),
}

/// When a default column is shown (`wide` and `--columns` show it regardless).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    Always,
    /// Only when some row has the field (e.g. `acs_entrances` from `--with-entrances`).
    IfPresent,
    /// Only when the rows do not all hold the same value (an owner asked for is not repeated).
    IfVaries,
}

/// One column of a resource's table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The JSON field name (or, for a derived column, the name `--columns` and CSV use).
    pub name: &'static str,
    pub header: &'static str,
    pub source: Source,
    /// An ID: never cut with `…`; shown whole or as a unique prefix.
    pub id: bool,
    /// Only with `wide` (or when named in `--columns`).
    pub wide: bool,
    /// The narrowest this column gets before it is left out (at least its header).
    pub min: usize,
    /// The width it grows to before IDs are shown whole (it may grow further after).
    pub soft: usize,
    /// Higher stays longer when the terminal is narrow.
    pub priority: u8,
    pub show: Show,
}

impl Column {
    pub const fn field(name: &'static str, header: &'static str) -> Column {
        Column {
            name,
            header,
            source: Source::Field,
            id: false,
            wide: false,
            min: 8,
            soft: 32,
            priority: 50,
            show: Show::Always,
        }
    }
    pub const fn derived(name: &'static str, header: &'static str, f: Derive) -> Column {
        let mut c = Column::field(name, header);
        c.source = Source::Derived(f);
        c
    }
    pub const fn id(mut self) -> Column {
        self.id = true;
        self
    }
    pub const fn wide(mut self) -> Column {
        self.wide = true;
        self
    }
    pub const fn min(mut self, n: usize) -> Column {
        self.min = n;
        self
    }
    pub const fn soft(mut self, n: usize) -> Column {
        self.soft = n;
        self
    }
    pub const fn priority(mut self, p: u8) -> Column {
        self.priority = p;
        self
    }
    pub const fn show(mut self, s: Show) -> Column {
        self.show = s;
        self
    }
}

/// What a resource's output needs: its response keys and its columns.
#[derive(Debug)]
pub struct Resource {
    /// Key of one object in a response (`acs_credential`).
    pub singular: &'static str,
    /// Key of a list (`acs_credentials`).
    pub plural: &'static str,
    /// Said when a list is empty (`No credentials.`).
    pub noun: &'static str,
    pub columns: &'static [Column],
    /// Documented fields that are not columns but may be named in `--columns`.
    pub fields: &'static [&'static str],
    /// The key/value view: fields shown first, in this order (the rest follow as sent).
    pub detail_first: &'static [&'static str],
    /// Lines the key/value view starts with (e.g. a credential's `state`).
    pub detail_lead: &'static [(&'static str, Derive)],
}

impl Resource {
    pub fn column(&self, name: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Every name `--columns` accepts (a dotted name below an object field is accepted too).
    pub fn names(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.columns.iter().map(|c| c.name).collect();
        for f in self.fields {
            if !v.contains(f) {
                v.push(f);
            }
        }
        v
    }

    /// Whether `--columns` accepts `name`.
    pub fn accepts(&self, name: &str) -> bool {
        if self.columns.is_empty() {
            // Nothing declared: any field may be named.
            return true;
        }
        let names = self.names();
        names.contains(&name)
            || name
                .split_once('.')
                .is_some_and(|(head, rest)| !rest.is_empty() && names.contains(&head))
    }
}

/// A column chosen for this output: a declared one, or a field named in `--columns`.
#[derive(Clone, Debug)]
pub struct Chosen {
    pub name: String,
    pub header: String,
    pub spec: Option<&'static Column>,
}

impl Chosen {
    pub fn of(c: &'static Column) -> Chosen {
        Chosen {
            name: c.name.to_string(),
            header: c.header.to_string(),
            spec: Some(c),
        }
    }
    pub fn path(name: &str) -> Chosen {
        Chosen {
            name: name.to_string(),
            header: name.to_ascii_uppercase(),
            spec: None,
        }
    }
    fn is_id(&self) -> bool {
        match self.spec {
            Some(c) => c.id,
            None => self.name.ends_with("_id"),
        }
    }
    fn min(&self) -> usize {
        self.spec.map_or(8, |c| c.min)
    }
    fn soft(&self) -> usize {
        self.spec.map_or(32, |c| c.soft)
    }
    fn priority(&self) -> u8 {
        self.spec.map_or(50, |c| c.priority)
    }

    /// The cell for a table: the derived value, or the field shown for people.
    pub fn cell(&self, item: &Value, style: &Style, cap: usize) -> Cell {
        match self.spec.map(|c| c.source) {
            Some(Source::Derived(f)) => f(item, style),
            _ => Cell::plain(shown(lookup(item, &self.name), &self.name, cap)),
        }
    }

    /// The value for CSV/TSV: the field as data (strings raw, the rest as JSON text), or the
    /// derived column's text.
    pub fn raw(&self, item: &Value, style: &Style) -> String {
        match self.spec.map(|c| c.source) {
            Some(Source::Derived(f)) => f(item, style).text,
            _ => raw_value(lookup(item, &self.name)),
        }
    }
}

/// The value at a field name; a dotted name reaches into objects when no field has the
/// whole name.
pub fn lookup<'v>(item: &'v Value, name: &str) -> Option<&'v Value> {
    if let Some(v) = item.get(name) {
        return Some(v);
    }
    let mut cur = item;
    for part in name.split('.') {
        cur = cur.get(part)?;
    }
    Some(cur)
}

/// A value as CSV/TSV data: strings as they are, null/absent empty, the rest as JSON text.
pub fn raw_value(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// A field value in a table cell: times in local time, booleans yes/no, lists comma-separated,
/// objects as JSON text. At most `cap` characters are built (the cell is cut later anyway).
pub fn shown(v: Option<&Value>, name: &str, cap: usize) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) if name.ends_with("_at") => local_time(s),
        Some(Value::String(s)) => prefix(s, cap + 1).to_string(),
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(a)) => {
            let mut out = String::new();
            for (i, e) in a.iter().enumerate() {
                if out.chars().count() > cap {
                    break;
                }
                if i > 0 {
                    out.push_str(", ");
                }
                match e {
                    Value::String(s) => out.push_str(prefix(s, cap + 1)),
                    other => out.push_str(&compact(other, cap + 1)),
                }
            }
            out
        }
        Some(other) => compact(other, cap + 1),
    }
}

/// The first `n` characters of `s` (a slice: no copy).
pub fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Compact JSON text of a value, cut to `n` characters.
fn compact(v: &Value, n: usize) -> String {
    let s = v.to_string();
    prefix(&s, n).to_string()
}

/// Display width of a string on a terminal.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// A cell made safe and one line, at most `cap` columns wide: the text is cut to `cap + 1`
/// characters before any other work, so the cost does not depend on the text's length.
pub fn clean(s: &str, cap: usize) -> String {
    let head = prefix(s, cap + 1);
    let flat: String = head
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let safe = terminal_safe(&flat);
    // Escapes only lengthen the text: the cut below still sees everything that can show.
    let out = fit(&safe, cap);
    if out.len() < safe.len() || head.len() == s.len() {
        out
    } else {
        // The text went on beyond what was looked at: say so.
        fit(&format!("{out}…"), cap)
    }
}

/// `s` cut to `w` columns, the last one an ellipsis when anything was cut.
pub fn fit(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > w - 1 {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` cut to `w` columns with no ellipsis (IDs: the prefix is the point).
fn cut_plain(s: &str, w: usize) -> String {
    let mut used = 0;
    s.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= w
        })
        .collect()
}

/// The shortest prefix length (at least 8) that tells apart every distinct value.
pub fn unique_prefix_len(values: &[&str]) -> usize {
    let mut v: Vec<&str> = values.iter().copied().filter(|s| !s.is_empty()).collect();
    v.sort_unstable();
    v.dedup();
    let mut need = 8;
    for pair in v.windows(2) {
        let common = pair[0]
            .chars()
            .zip(pair[1].chars())
            .take_while(|(a, b)| a == b)
            .count();
        need = need.max(common + 1);
    }
    need
}

/// The longest an ID cell may be (UUIDs are 36); anything longer is not an ID to copy.
const ID_CAP: usize = 64;
/// The widest a non-ID cell gets with `wide`.
pub const WIDE_CAP: usize = 100;
const SEP: usize = 2;

/// The default columns of a resource for these items.
pub fn default_columns(res: &Resource, items: &[Value], wide: bool) -> Vec<Chosen> {
    if res.columns.is_empty() {
        // Nothing declared: every top-level field, in the order first seen.
        let mut names: Vec<&str> = Vec::new();
        for it in items {
            if let Value::Object(m) = it {
                for k in m.keys() {
                    if !names.contains(&k.as_str()) {
                        names.push(k);
                    }
                }
            }
        }
        return names.into_iter().map(Chosen::path).collect();
    }
    res.columns
        .iter()
        .filter(|c| wide || !c.wide)
        // A wide-only field column that no row has is left out.
        .filter(|c| {
            !(c.wide && matches!(c.source, Source::Field))
                || items
                    .iter()
                    .any(|i| !raw_value(lookup(i, c.name)).is_empty())
        })
        .filter(|c| match c.show {
            Show::Always => true,
            Show::IfPresent => items.iter().any(|i| i.get(c.name).is_some()),
            Show::IfVaries if wide => true,
            Show::IfVaries => {
                let mut vals = items.iter().map(|i| raw_value(lookup(i, c.name)));
                match vals.next() {
                    Some(first) => vals.any(|v| v != first),
                    None => false,
                }
            }
        })
        .map(Chosen::of)
        .collect()
}

/// The columns named with `--columns` (already checked against the resource).
pub fn named_columns(res: &Resource, names: &[String]) -> Vec<Chosen> {
    names
        .iter()
        .map(|n| match res.column(n) {
            Some(c) => Chosen::of(c),
            None => Chosen::path(n),
        })
        .collect()
}

/// Renders `items` as a table, a line per row, fitted to the style's width unless `wide`.
pub fn table(items: &[Value], cols: &[Chosen], style: &Style, wide: bool) -> String {
    let term = usize::from(style.width.unwrap_or(80)).max(20);
    let text_cap = if wide { WIDE_CAP } else { term };
    // Cells, cut to the most they could show, escaped and made one line.
    let rows: Vec<Vec<Cell>> = items
        .iter()
        .map(|it| {
            cols.iter()
                .map(|c| {
                    let cap = if c.is_id() { ID_CAP } else { text_cap };
                    let cell = c.cell(it, style, cap);
                    Cell {
                        text: clean(&cell.text, cap),
                        color: cell.color,
                    }
                })
                .collect()
        })
        .collect();
    let headers: Vec<String> = cols.iter().map(|c| clean(&c.header, term)).collect();
    let n = cols.len();
    let mut natural: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in &rows {
        for (i, cell) in r.iter().enumerate() {
            natural[i] = natural[i].max(width(&cell.text));
        }
    }
    // For ID columns: how short they may get and still be unique.
    let short: Vec<usize> = (0..n)
        .map(|i| {
            if !cols[i].is_id() {
                return natural[i];
            }
            let vals: Vec<&str> = rows.iter().map(|r| r[i].text.as_str()).collect();
            unique_prefix_len(&vals).min(natural[i])
        })
        .collect();
    let mut keep: Vec<usize> = (0..n).collect();
    let mut widths = natural.clone();
    let total = |ix: &[usize], w: &[usize]| -> usize {
        ix.iter().map(|&i| w[i]).sum::<usize>() + SEP * ix.len().saturating_sub(1)
    };
    if !wide && total(&keep, &natural) > term {
        let mins: Vec<usize> = (0..n)
            .map(|i| {
                if cols[i].is_id() {
                    short[i].max(width(&headers[i]))
                } else {
                    natural[i].min(cols[i].min().max(width(&headers[i])))
                }
            })
            .collect();
        // Leave out the lowest-priority column (the rightmost of equals) until the rest fit.
        while keep.len() > 1 && total(&keep, &mins) > term {
            let mut drop = 0;
            for (k, &i) in keep.iter().enumerate() {
                if cols[i].priority() <= cols[keep[drop]].priority() {
                    drop = k;
                }
            }
            keep.remove(drop);
        }
        let avail = term.saturating_sub(SEP * keep.len().saturating_sub(1));
        for &i in &keep {
            widths[i] = mins[i];
        }
        let mut extra = avail.saturating_sub(keep.iter().map(|&i| mins[i]).sum::<usize>());
        let text: Vec<usize> = keep.iter().copied().filter(|&i| !cols[i].is_id()).collect();
        // Text columns first grow to a comfortable width, then IDs are shown whole if they
        // all can be, then text columns take what is left.
        let soft: Vec<usize> = (0..n)
            .map(|i| natural[i].min(cols[i].soft().max(mins[i])))
            .collect();
        grow(&mut widths, &text, &soft, &mut extra);
        let ids: Vec<usize> = keep.iter().copied().filter(|&i| cols[i].is_id()).collect();
        let id_need: usize = ids.iter().map(|&i| natural[i] - widths[i]).sum();
        if id_need <= extra {
            for &i in &ids {
                widths[i] = natural[i];
            }
            extra -= id_need;
        }
        grow(&mut widths, &text, &natural, &mut extra);
    }
    let mut out = String::new();
    let line = |cells: Vec<(String, Option<Color>)>, out: &mut String| {
        let mut l = String::new();
        let last = cells.len().saturating_sub(1);
        for (k, (s, color)) in cells.into_iter().enumerate() {
            let w = widths[keep[k]];
            let pad = w.saturating_sub(width(&s));
            match color {
                Some(c) if style.color && !s.is_empty() => {
                    l.push_str(&format!("\x1b[{}m{s}\x1b[0m", c.ansi()));
                }
                _ => l.push_str(&s),
            }
            if k < last {
                l.push_str(&" ".repeat(pad + SEP));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(
        keep.iter()
            .map(|&i| (fit(&headers[i], widths[i]), None))
            .collect(),
        &mut out,
    );
    line(
        keep.iter()
            .map(|&i| ("─".repeat(widths[i]), None))
            .collect(),
        &mut out,
    );
    for r in rows {
        let cells = keep
            .iter()
            .map(|&i| {
                let c = &r[i];
                let s = if cols[i].is_id() && width(&c.text) > widths[i] {
                    // An ID is cut to its unique prefix, never with an ellipsis.
                    cut_plain(&c.text, short[i])
                } else {
                    fit(&c.text, widths[i])
                };
                (s, c.color)
            })
            .collect();
        line(cells, &mut out);
    }
    out
}

/// Widens `cols` toward `target` a column at a time, narrowest first, while `extra` lasts.
fn grow(widths: &mut [usize], cols: &[usize], target: &[usize], extra: &mut usize) {
    while *extra > 0 {
        let Some(&i) = cols
            .iter()
            .filter(|&&i| widths[i] < target[i])
            .min_by_key(|&&i| widths[i])
        else {
            return;
        };
        widths[i] += 1;
        *extra -= 1;
    }
}

/// The key/value view of one object (`get`): a line per field, in the same light style as
/// the list tables; lists a line per element, objects flattened to dotted names; warnings
/// and errors spelled out (`code: message`).
pub fn detail(res: &Resource, item: &Value, style: &Style, only: Option<&[String]>) -> String {
    let term = usize::from(style.width.unwrap_or(80)).max(20);
    let mut lines: Vec<(String, Vec<Cell>)> = Vec::new();
    let Value::Object(map) = item else {
        return format!("{}\n", clean(&item.to_string(), term));
    };
    match only {
        Some(names) => {
            for n in names {
                match res.column(n) {
                    Some(Column {
                        source: Source::Derived(f),
                        ..
                    }) => lines.push((n.clone(), vec![f(item, style)])),
                    _ => push_value(&mut lines, n, lookup(item, n), term),
                }
            }
        }
        None => {
            for (name, f) in res.detail_lead {
                lines.push((name.to_string(), vec![f(item, style)]));
            }
            let mut keys: Vec<&str> = res
                .detail_first
                .iter()
                .copied()
                .filter(|k| map.contains_key(*k))
                .collect();
            let last = ["warnings", "errors"];
            for k in map.keys() {
                if !keys.contains(&k.as_str()) && !last.contains(&k.as_str()) {
                    keys.push(k);
                }
            }
            for k in keys {
                push_value(&mut lines, k, map.get(k), term);
            }
            for k in last {
                if map.contains_key(k) {
                    push_value(&mut lines, k, map.get(k), term);
                }
            }
        }
    }
    // The key column fits the keys up to 28 wide; a longer key pushes its value along.
    let keyw = lines
        .iter()
        .map(|(k, _)| width(k))
        .filter(|w| *w <= 28)
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (k, cells) in lines {
        let k = clean(&k, term);
        let room = term.saturating_sub(keyw.max(width(&k)) + SEP).max(8);
        for (j, cell) in cells.into_iter().enumerate() {
            let key = if j == 0 { k.as_str() } else { "" };
            let cap = if looks_like_id(&cell.text) {
                ID_CAP
            } else {
                room
            };
            let text = clean(&cell.text, cap);
            let text = match cell.color {
                Some(c) if style.color && !text.is_empty() => {
                    format!("\x1b[{}m{text}\x1b[0m", c.ansi())
                }
                _ => text,
            };
            let pad = keyw.saturating_sub(width(key)) + SEP;
            let l = format!("{key}{}{text}", " ".repeat(pad));
            out.push_str(l.trim_end());
            out.push('\n');
        }
    }
    out
}

/// A UUID-shaped text, kept whole in the key/value view.
fn looks_like_id(s: &str) -> bool {
    s.len() == 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// One field of the key/value view: a value per line (lists), dotted names (objects).
fn push_value(lines: &mut Vec<(String, Vec<Cell>)>, key: &str, v: Option<&Value>, cap: usize) {
    match v {
        Some(Value::Object(m)) if !m.is_empty() => {
            for (k, v) in m {
                push_value(lines, &format!("{key}.{k}"), Some(v), cap);
            }
        }
        Some(Value::Array(a)) if a.is_empty() => {
            lines.push((key.into(), vec![Cell::plain("none")]))
        }
        Some(Value::Array(a)) => {
            let cells = a
                .iter()
                .map(|e| match e {
                    Value::Object(_) => element(e, cap),
                    Value::String(s) => Cell::plain(prefix(s, cap + 1)),
                    other => Cell::plain(compact(other, cap + 1)),
                })
                .collect();
            lines.push((key.into(), cells));
        }
        None | Some(Value::Null) => lines.push((key.into(), vec![Cell::plain("-")])),
        Some(Value::String(s)) if key.ends_with("_at") => {
            lines.push((key.into(), vec![Cell::plain(local_time(s))]))
        }
        Some(Value::String(s)) => lines.push((key.into(), vec![Cell::plain(prefix(s, cap + 1))])),
        Some(other) => lines.push((key.into(), vec![Cell::plain(compact(other, cap + 1))])),
    }
}

/// An element of a list of objects: `code: message` for warnings and errors, a name and ID for
/// named things, else its JSON text.
fn element(e: &Value, cap: usize) -> Cell {
    let Value::Object(m) = e else {
        return Cell::plain(compact(e, cap + 1));
    };
    let s = |v: &Value| match v {
        Value::String(s) => prefix(s, cap + 1).to_string(),
        other => compact(other, cap + 1),
    };
    if let Some((k, code)) = m.iter().find(|(k, _)| k.ends_with("_code")) {
        let color = if k == "error_code" {
            Some(Color::Red)
        } else {
            Some(Color::Yellow)
        };
        let code = s(code);
        let code = if code.is_empty() { "?".into() } else { code };
        return match m.get("message").map(s) {
            Some(msg) if !msg.is_empty() => Cell::colored(
                format!(
                    "{code}: {}",
                    msg.split_whitespace().collect::<Vec<_>>().join(" ")
                ),
                color,
            ),
            _ => Cell::colored(code, color),
        };
    }
    let name = m
        .get("display_name")
        .or_else(|| m.get("name"))
        .map(s)
        .unwrap_or_default();
    let id = m
        .iter()
        .find(|(k, _)| k.ends_with("_id"))
        .map(|(_, v)| s(v))
        .unwrap_or_default();
    match (name.is_empty(), id.is_empty()) {
        (false, false) => Cell::plain(format!("{name}  {id}")),
        (false, true) => Cell::plain(name),
        (true, false) => Cell::plain(id),
        (true, true) => Cell::plain(compact(e, cap + 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis_and_counts_wide_characters() {
        assert_eq!(fit("abcdef", 6), "abcdef");
        assert_eq!(fit("abcdefg", 6), "abcde…");
        assert_eq!(fit("日本語テキスト", 7), "日本語…");
        assert_eq!(width(&fit("日本語テキスト", 6)), 5);
    }

    #[test]
    fn unique_prefixes_grow_only_as_needed() {
        assert_eq!(unique_prefix_len(&["aaaaaaaa-1", "bbbbbbbb-2"]), 8);
        assert_eq!(unique_prefix_len(&["aaaaaaaa-12", "aaaaaaaa-13"]), 11);
        assert_eq!(unique_prefix_len(&["aaaaaaaa-12", "aaaaaaaa-12"]), 8);
    }

    #[test]
    fn clean_is_cut_before_it_is_escaped() {
        let long = "x".repeat(1 << 20);
        assert_eq!(clean(&long, 10), format!("{}…", "x".repeat(9)));
        assert_eq!(clean("a\u{1b}[31mb", 40), "a\\x1b[31mb");
        assert_eq!(clean("a\nb", 40), "a b");
    }
}
