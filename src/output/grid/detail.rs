//! The key/value view of one object (`get`): a line per field, lists a line per element,
//! objects flattened to dotted names, warnings and errors as `code: message`.

use super::column::{Cell, Column, Resource, Source};
use super::cut::{clean, width};
use super::ids::looks_like_id;
use super::value::{compact, lookup, prefix};
use super::{Color, ID_CAP, SEP};
use crate::output::table::local_time;
use crate::output::Style;
use serde_json::Value;

/// A field's key and its cells (a list gives a cell per element, on lines of their own).
type Lines = Vec<(String, Vec<Cell>)>;

/// The key/value view of one object (`get`): a line per field, in the same light style as
/// the list tables; lists a line per element, objects flattened to dotted names; warnings
/// and errors spelled out (`code: message`).
pub fn detail(res: &Resource, item: &Value, style: &Style, only: Option<&[String]>) -> String {
    let term = usize::from(style.width.unwrap_or(80)).max(20);
    let mut lines: Lines = Vec::new();
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
        None => all_fields(&mut lines, res, map, item, style, term),
    }
    write_lines(lines, style, term)
}

/// Every field: the resource's lead lines, its first fields, the rest as sent, then warnings
/// and errors.
fn all_fields(
    lines: &mut Lines,
    res: &Resource,
    map: &serde_json::Map<String, Value>,
    item: &Value,
    style: &Style,
    term: usize,
) {
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
        push_value(lines, k, map.get(k), term);
    }
    for k in last {
        if map.contains_key(k) {
            push_value(lines, k, map.get(k), term);
        }
    }
}

/// The view's text: keys in a column, each value cut to the room left (IDs kept whole).
fn write_lines(lines: Lines, style: &Style, term: usize) -> String {
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

/// One field of the key/value view: a value per line (lists), dotted names (objects).
fn push_value(lines: &mut Lines, key: &str, v: Option<&Value>, cap: usize) {
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
    // Warnings and errors, by their code (not any `..._code` field: an entrance has
    // `can_unlock_with_code`).
    if let Some((k, code)) = m
        .iter()
        .find(|(k, _)| matches!(k.as_str(), "warning_code" | "error_code"))
    {
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
