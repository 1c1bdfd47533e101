//! Field values as text: looking a (dotted) field up, a value as CSV data or as a table
//! cell (times local, booleans yes/no, lists comma-separated), cut to what can show.

use crate::output::table::local_time;
use serde_json::Value;

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
pub(super) fn compact(v: &Value, n: usize) -> String {
    let s = v.to_string();
    prefix(&s, n).to_string()
}
