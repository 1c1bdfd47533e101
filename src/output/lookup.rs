//! A light table for answers that have no table of their own (ACS systems, ACS users, user
//! identities, and any other key): a few well-known fields per kind, from a small column list
//! keyed by the response key, and a field/value view for one object. Stopgap until the generic
//! column-spec renderer lands; nothing here is specific to a verb.

use super::Style;
use comfy_table::{
    presets, Cell, Color, ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table,
    TableStyle, Width,
};
use serde_json::Value;

/// One column: its header and the fields it shows (the first one present and not null).
struct Col {
    header: &'static str,
    fields: &'static [&'static str],
}

const fn col(header: &'static str, fields: &'static [&'static str]) -> Col {
    Col { header, fields }
}

/// The pseudo-field of the `W/E` column: how many warnings and errors.
const COUNTS: &str = "\0counts";

/// The columns of each list key; the first is the ID (never wrapped).
const COLUMNS: &[(&str, &[Col])] = &[
    (
        "acs_systems",
        &[
            col("ID", &["acs_system_id"]),
            col("NAME", &["name"]),
            col("TYPE", &["external_type_display_name", "external_type"]),
            col("CRED MGR", &["is_credential_manager"]),
            col("W/E", &[COUNTS]),
        ],
    ),
    (
        "acs_users",
        &[
            col("ID", &["acs_user_id"]),
            col("NAME", &["display_name", "full_name"]),
            col("EMAIL", &["email_address", "user_identity_email_address"]),
            col("PHONE", &["phone_number", "user_identity_phone_number"]),
            col("ACS SYSTEM", &["acs_system_id"]),
            col("SUSPENDED", &["is_suspended"]),
            col("W/E", &[COUNTS]),
        ],
    ),
    (
        "user_identities",
        &[
            col("ID", &["user_identity_id"]),
            col("NAME", &["display_name", "full_name"]),
            col("EMAIL", &["email_address"]),
            col("PHONE", &["phone_number"]),
            col("ACS USERS", &["acs_user_ids"]),
            col("W/E", &[COUNTS]),
        ],
    ),
];

/// Columns for a key not listed above: its ID, a name, an email.
const FALLBACK: &[Col] = &[
    col("NAME", &["display_name", "name", "full_name"]),
    col("EMAIL", &["email_address", "email"]),
    col("W/E", &[COUNTS]),
];

/// The ID field of an item of list `key`: `acs_users` -> `acs_user_id`,
/// `user_identities` -> `user_identity_id`.
pub fn id_field(key: &str) -> String {
    let one = match key.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => key.strip_suffix('s').unwrap_or(key).to_string(),
    };
    format!("{one}_id")
}

/// A value on one line of a cell: text as it is (line breaks as spaces), booleans as yes/no,
/// a list as its length, an object as compact JSON.
fn shown(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.replace(['\n', '\r', '\t'], " "),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Array(a) => a.len().to_string(),
        other => cut(&other.to_string(), 60),
    }
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        let head: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{head}…")
    } else {
        s.to_string()
    }
}

fn count(item: &Value, key: &str) -> usize {
    item.get(key).and_then(Value::as_array).map_or(0, Vec::len)
}

/// `s` safe for a terminal: control characters (ESC, CR, BEL...) shown as escapes.
fn safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() && (c as u32) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn cell(s: &str, color: Option<Color>, style: &Style) -> Cell {
    let c = Cell::new(safe(s));
    match (color, style.color) {
        (Some(col), true) => c.fg(col),
        _ => c,
    }
}

fn issue_color(item: &Value) -> Option<Color> {
    if count(item, "errors") > 0 {
        Some(Color::Red)
    } else if count(item, "warnings") > 0 {
        Some(Color::Yellow)
    } else {
        None
    }
}

fn table(style: &Style) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = style.width {
        t.set_width(w);
    }
    if style.color {
        t.enforce_styling();
    }
    t
}

/// Columns two spaces apart under a ruled header, as the credential tables.
const COMPACT: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none().junction(' '))
    .header_separator(LineStyle::none().fill('─').junction(' '))
    .content_lines(ContentLineStyle::none().junction(' '));

fn finish(t: &Table) -> String {
    let mut out = String::new();
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The items of list `key`, a row each.
pub fn rows(key: &str, items: &[Value], style: &Style) -> String {
    let id = id_field(key);
    let listed = COLUMNS.iter().find(|(k, _)| *k == key).map(|(_, c)| *c);
    let mut t = table(style);
    t.load_style(COMPACT);
    let mut header = vec!["ID"];
    let cols: &[Col] = match listed {
        Some(cols) => &cols[1..],
        None => FALLBACK,
    };
    let id_fields: Vec<&str> = match listed {
        Some(cols) => cols[0].fields.to_vec(),
        None => vec![id.as_str()],
    };
    header.extend(cols.iter().map(|c| c.header));
    t.set_header(header.clone());
    for item in items {
        let pick = |fields: &[&str]| {
            fields
                .iter()
                .filter_map(|f| item.get(*f))
                .find(|v| !v.is_null())
                .map(shown)
                .unwrap_or_default()
        };
        let mut row = vec![cell(&pick(&id_fields), None, style)];
        for c in cols {
            if c.fields == [COUNTS] {
                let text = format!("{}/{}", count(item, "warnings"), count(item, "errors"));
                row.push(cell(&text, issue_color(item), style));
            } else {
                row.push(cell(&pick(c.fields), None, style));
            }
        }
        t.add_row(row);
    }
    for (i, name) in header.iter().enumerate() {
        let Some(column) = t.column_mut(i) else {
            continue;
        };
        column.set_padding((0, 1));
        column.set_constraint(match *name {
            // IDs are copied and pasted: never wrapped.
            "ID" | "ACS SYSTEM" | "W/E" => ColumnConstraint::ContentWidth,
            _ => ColumnConstraint::LowerBoundary(Width::Fixed(9)),
        });
    }
    finish(&t)
}

/// One object (`get`) as field/value rows: the ID and the list columns' fields first, then the
/// rest as sent; times in the local zone; warnings and errors spelled out.
pub fn detail(key: &str, item: &Value, style: &Style) -> String {
    let mut t = table(style);
    t.set_header(vec!["FIELD", "VALUE"]);
    let Value::Object(map) = item else {
        t.add_row(vec![
            cell("(value)", None, style),
            cell(&item.to_string(), None, style),
        ]);
        return format!("{t}\n");
    };
    // The ID, then the fields of the list's columns, then the rest as sent.
    let id = format!("{key}_id");
    let cols = COLUMNS
        .iter()
        .find(|(k, _)| id_field(k) == id)
        .map_or(FALLBACK, |(_, c)| *c);
    let mut keys: Vec<&str> = Vec::new();
    let listed = cols.iter().flat_map(|c| c.fields.iter().copied());
    for k in std::iter::once(id.as_str())
        .chain(listed)
        .chain(map.keys().map(String::as_str))
    {
        if map.contains_key(k) && !keys.contains(&k) && !matches!(k, "warnings" | "errors") {
            keys.push(k);
        }
    }
    for k in keys {
        let v = &map[k];
        let text = match v {
            Value::Null => "-".to_string(),
            Value::String(s) if k.ends_with("_at") => local_time(s),
            Value::String(s) => s.replace(['\n', '\r', '\t'], " "),
            Value::Array(a) if a.iter().all(|x| x.is_string()) => a
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            other => cut(&other.to_string(), 300),
        };
        t.add_row(vec![cell(k, None, style), cell(&text, None, style)]);
    }
    for (field, code, color) in [
        ("warnings", "warning_code", Color::Yellow),
        ("errors", "error_code", Color::Red),
    ] {
        let lines: Vec<String> = map
            .get(field)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|w| {
                let c = w.get(code).map(shown).unwrap_or_default();
                let m = w.get("message").map(shown).unwrap_or_default();
                let c = if c.is_empty() { "?".to_string() } else { c };
                cut(
                    &if m.is_empty() {
                        c.clone()
                    } else {
                        format!("{c}: {m}")
                    },
                    100,
                )
            })
            .collect();
        let (text, color) = if lines.is_empty() {
            ("none".to_string(), None)
        } else {
            (lines.join("\n"), Some(color))
        };
        t.add_row(vec![cell(field, None, style), cell(&text, color, style)]);
    }
    format!("{t}\n")
}

/// A stored time in the local time zone, e.g. `2024-03-01 10:40 UTC`; other text as it is.
fn local_time(s: &str) -> String {
    match s.parse::<jiff::Timestamp>() {
        Ok(t) => t
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M %Z")
            .to_string(),
        Err(_) => s.replace(['\n', '\r', '\t'], " "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn style() -> Style {
        Style {
            format: super::super::Format::Table,
            color: false,
            color_stderr: false,
            quiet: false,
            verbose: false,
            width: Some(200),
            now: jiff::Timestamp::UNIX_EPOCH,
            stderr_tty: false,
        }
    }

    #[test]
    fn id_fields_of_list_keys() {
        assert_eq!(id_field("acs_users"), "acs_user_id");
        assert_eq!(id_field("user_identities"), "user_identity_id");
        assert_eq!(id_field("acs_systems"), "acs_system_id");
    }

    #[test]
    fn known_and_unknown_keys_get_columns() {
        let users = [
            json!({"acs_user_id": "u1", "display_name": "Jane", "user_identity_email_address": "j@x.io", "is_suspended": false, "warnings": [{}], "errors": []}),
        ];
        let s = rows("acs_users", &users, &style());
        for want in ["ID", "EMAIL", "u1", "Jane", "j@x.io", "no", "1/0"] {
            assert!(s.contains(want), "{want}: {s}");
        }
        let other = [json!({"thing_id": "t1", "name": "Thing\u{1b}[2J", "email": null})];
        let s = rows("things", &other, &style());
        assert!(s.contains("t1") && s.contains("Thing\\x1b[2J"), "{s}");
        assert!(!s.contains('\u{1b}'));
    }

    #[test]
    fn detail_puts_the_id_first_and_spells_out_issues() {
        let u = json!({"workspace_id": "w", "acs_user_id": "u1", "created_at": "2024-03-01T10:40:00Z",
                       "warnings": [{"warning_code": "being_deleted", "message": "Going"}], "errors": []});
        let s = detail("acs_user", &u, &style());
        let id = s.find("u1").unwrap_or(usize::MAX);
        assert!(id < s.find("workspace_id").unwrap_or(0), "{s}");
        assert!(s.contains("being_deleted: Going"), "{s}");
        assert!(s.contains("none"), "{s}");
    }
}
