//! Tables for a terminal: credentials, credential lists and entrances.

use super::Style;
use comfy_table::{
    presets, Cell, Color, ColumnConstraint, ContentArrangement, ContentLineStyle, LineStyle, Table,
    TableStyle, Width,
};
use serde_json::Value;

/// Where a credential stands at `now`, from `starts_at` / `ends_at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Active,
    /// Starts in the future.
    Scheduled,
    /// Ended.
    Expired,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Scheduled => "scheduled",
            State::Expired => "expired",
        }
    }
    fn color(self) -> Color {
        match self {
            State::Active => Color::Green,
            State::Scheduled => Color::Yellow,
            State::Expired => Color::Red,
        }
    }
}

fn ts(v: &Value, key: &str) -> Option<jiff::Timestamp> {
    v.get(key)
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<jiff::Timestamp>().ok())
}

pub fn state(cred: &Value, now: jiff::Timestamp) -> State {
    if ts(cred, "ends_at").is_some_and(|end| end <= now) {
        return State::Expired;
    }
    if ts(cred, "starts_at").is_some_and(|start| start > now) {
        return State::Scheduled;
    }
    State::Active
}

/// The state spelled out with whether the credential is issued: `active, issued`,
/// `scheduled, not issued`, or the state alone when `is_issued` is absent.
pub fn state_summary(cred: &Value, now: jiff::Timestamp) -> String {
    let st = state(cred, now).label();
    match cred.get("is_issued") {
        Some(Value::Bool(true)) => format!("{st}, issued"),
        Some(Value::Bool(false)) => format!("{st}, not issued"),
        _ => st.to_string(),
    }
}

/// A stored time shown in the local time zone, e.g. `2024-03-01 10:40 UTC`.
/// Text that is not a timestamp is shown as it is.
pub fn local_time(s: &str) -> String {
    match s.parse::<jiff::Timestamp>() {
        Ok(t) => {
            let z = t.to_zoned_datetime(jiff::tz::TimeZone::system());
            z.strftime("%Y-%m-%d %H:%M %Z").to_string()
        }
        Err(_) => s.to_string(),
    }
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        // A value is one line in a cell: its own line breaks and tabs become spaces.
        Some(Value::String(s)) => s.replace(['\n', '\r', '\t'], " "),
        Some(other) => other.to_string(),
    }
}

/// `s` safe to write to a terminal in a cell: [`super::escape_text`] keeping line feeds (cells
/// use them to break lines on purpose).
pub fn terminal_safe(s: &str) -> String {
    super::escape_text(s, super::LineFeeds::Keep)
}

fn new_table(style: &Style) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = style.width {
        t.set_width(w);
    }
    // Without a width, comfy-table measures the terminal (stdout); colour is a separate
    // choice, made per cell in `cell`.
    if style.color {
        t.enforce_styling();
    }
    t
}

/// Columns two spaces apart under a ruled header, no borders: wide tables (a row per
/// credential or entrance, with full IDs) need every column of the terminal.
const COMPACT: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none().junction(' '))
    .header_separator(LineStyle::none().fill('─').junction(' '))
    .content_lines(ContentLineStyle::none().junction(' '));

fn compact_table(style: &Style) -> Table {
    let mut t = new_table(style);
    t.load_style(COMPACT);
    t
}

/// The rendered table with no trailing blanks on its lines.
fn finish(t: &Table) -> String {
    let mut out = String::new();
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn cell(s: impl Into<String>, color: Option<Color>, style: &Style) -> Cell {
    let c = Cell::new(terminal_safe(&s.into()));
    match (color, style.color) {
        (Some(col), true) => c.fg(col),
        _ => c,
    }
}

/// `warning_code: message` for each entry of a `warnings` or `errors` array, each on one line
/// of at most 100 characters.
pub fn issues(cred: &Value, key: &str, code_key: &str) -> Vec<String> {
    issue_lines(cred, key, code_key, 100)
}

fn issue_lines(cred: &Value, key: &str, code_key: &str, max: usize) -> Vec<String> {
    let Some(Value::Array(items)) = cred.get(key) else {
        return Vec::new();
    };
    items
        .iter()
        .map(|w| {
            let code = text(w.get(code_key));
            let msg = text(w.get("message"));
            let code = if code.is_empty() {
                "?".to_string()
            } else {
                code
            };
            if msg.is_empty() {
                one_line(&code, max)
            } else {
                one_line(&format!("{code}: {msg}"), max)
            }
        })
        .collect()
}

/// The NOTES cell of the list table: `error: <error_code>` for each error, then
/// `warning: <warning_code>` for each warning, a line each. `get` shows their messages.
pub fn notes(cred: &Value) -> Vec<String> {
    let codes = |key: &str, code_key: &str, label: &str| -> Vec<String> {
        let Some(Value::Array(items)) = cred.get(key) else {
            return Vec::new();
        };
        items
            .iter()
            .map(|i| {
                let code = one_line(&text(i.get(code_key)), 60);
                format!("{label}: {}", if code.is_empty() { "?" } else { &code })
            })
            .collect()
    };
    let mut lines = codes("errors", "error_code", "error");
    lines.extend(codes("warnings", "warning_code", "warning"));
    lines
}

/// `s` on one line, cut to `max` characters with an ellipsis.
fn one_line(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > max {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

fn count(cred: &Value, key: &str) -> usize {
    cred.get(key).and_then(Value::as_array).map_or(0, Vec::len)
}

/// The header of the credential list table. `W/E` counts warnings and errors; NOTES names them.
pub fn list_header(with_user: bool, with_entrances: bool) -> Vec<&'static str> {
    let mut h = vec!["ID"];
    if with_user {
        h.push("USER");
    }
    h.extend([
        "NAME", "ACCESS", "STARTS", "ENDS", "STATE", "ISSUED", "W/E", "NOTES",
    ]);
    if with_entrances {
        h.push("ENTRANCES");
    }
    h
}

fn user_of(c: &Value) -> String {
    let u = text(c.get("acs_user_id"));
    if u.is_empty() {
        text(c.get("user_identity_id"))
    } else {
        u
    }
}

/// Whether the list table needs a USER column: only when the rows do not all share one owner
/// (e.g. with `--acs_user_id`, the owner is known and the column would repeat it).
fn mixed_users(creds: &[Value]) -> bool {
    let mut users = creds.iter().map(user_of);
    match users.next() {
        Some(first) => users.any(|u| u != first),
        None => false,
    }
}

/// The narrowest a wrapping column of the list tables gets: short words stay whole, a time
/// takes two lines (`2024-03-01` / `10:40 UTC`), an owner ID two.
fn min_width(column: &str) -> u16 {
    match column {
        "USER" | "ACS SYSTEM" => 18,
        "ACCESS" => 9,
        _ => 10,
    }
}

/// Lays out a compact table: `fixed` columns keep their content width (IDs are copied and
/// pasted, never wrapped); the rest wrap, but never below [`min_width`].
fn constrain(t: &mut Table, header: &[&str], fixed: &[&str]) {
    for (i, name) in header.iter().enumerate() {
        let Some(col) = t.column_mut(i) else { continue };
        col.set_padding((0, 1));
        col.set_constraint(if fixed.contains(name) {
            ColumnConstraint::ContentWidth
        } else {
            // The bound counts the one-space right padding too.
            ColumnConstraint::LowerBoundary(Width::Fixed(min_width(name) + 1))
        });
    }
}

/// One table of credentials, a row each.
pub fn credential_rows(creds: &[Value], style: &Style, with_entrances: bool) -> String {
    let mut t = compact_table(style);
    let with_user = mixed_users(creds);
    let header = list_header(with_user, with_entrances);
    t.set_header(header.clone());
    for c in creds {
        let st = state(c, style.now);
        // How it opens: `code 0123`, `card 0042`, `mobile_key`.
        let access = {
            let method = text(c.get("access_method"));
            match (c.get("code"), c.get("card_number")) {
                (Some(v @ Value::String(_)), _) | (_, Some(v @ Value::String(_))) => {
                    format!("{method} {}", text(Some(v)))
                }
                _ => method,
            }
        };
        let issued = match c.get("is_issued") {
            Some(Value::Bool(true)) => "yes",
            Some(Value::Bool(false)) => "no",
            _ => "",
        };
        let (w, e) = (count(c, "warnings"), count(c, "errors"));
        let notes_color = if e > 0 {
            Some(Color::Red)
        } else if w > 0 {
            Some(Color::Yellow)
        } else {
            None
        };
        let time = |key: &str| c.get(key).and_then(Value::as_str).map(local_time);
        let mut row = vec![cell(text(c.get("acs_credential_id")), None, style)];
        if with_user {
            row.push(cell(user_of(c), None, style));
        }
        row.extend([
            cell(text(c.get("display_name")), None, style),
            cell(access.trim(), None, style),
            cell(time("starts_at").unwrap_or_default(), None, style),
            cell(time("ends_at").unwrap_or_default(), None, style),
            cell(st.label(), Some(st.color()), style),
            cell(issued, None, style),
            cell(format!("{w}/{e}"), notes_color, style),
            cell(notes(c).join("\n"), notes_color, style),
        ]);
        if with_entrances {
            row.push(cell(entrance_names(c), None, style));
        }
        t.add_row(row);
    }
    constrain(&mut t, &header, &["ID", "STATE", "ISSUED", "W/E"]);
    finish(&t)
}

fn entrance_names(c: &Value) -> String {
    match c.get("acs_entrances") {
        Some(Value::Array(es)) if es.is_empty() => "(none)".into(),
        Some(Value::Array(es)) => es
            .iter()
            .map(|e| {
                let n = text(e.get("display_name"));
                if n.is_empty() {
                    text(e.get("acs_entrance_id"))
                } else {
                    n
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// Fields shown first, in this order; the rest follow as the API sent them.
const FIELD_ORDER: &[&str] = &[
    "acs_credential_id",
    "display_name",
    "access_method",
    "code",
    "card_number",
    "acs_user_id",
    "user_identity_id",
    "acs_system_id",
    "starts_at",
    "ends_at",
    "is_issued",
    "issued_at",
    "external_type_display_name",
    "external_type",
    "is_multi_phone_sync_credential",
    "is_one_time_use",
    "is_latest_desired_state_synced_with_provider",
    "latest_desired_state_synced_with_provider_at",
    "connected_account_id",
    "workspace_id",
    "created_at",
];

const TIME_FIELDS: &[&str] = &[
    "starts_at",
    "ends_at",
    "issued_at",
    "created_at",
    "latest_desired_state_synced_with_provider_at",
];

/// One credential as field/value rows, with its state, warnings and errors spelled out.
pub fn credential_detail(c: &Value, style: &Style) -> String {
    let mut t = new_table(style);
    t.set_header(vec!["FIELD", "VALUE"]);
    let st = state(c, style.now);
    t.add_row(vec![
        cell("state", None, style),
        cell(state_summary(c, style.now), Some(st.color()), style),
    ]);
    let Value::Object(map) = c else {
        t.add_row(vec![
            cell("(value)", None, style),
            cell(c.to_string(), None, style),
        ]);
        return format!("{t}\n");
    };
    let mut keys: Vec<&String> = FIELD_ORDER
        .iter()
        .filter_map(|k| map.get_key_value(*k).map(|(k, _)| k))
        .collect();
    for k in map.keys() {
        if !FIELD_ORDER.contains(&k.as_str())
            && !matches!(k.as_str(), "warnings" | "errors" | "acs_entrances")
        {
            keys.push(k);
        }
    }
    for k in keys {
        let v = &map[k.as_str()];
        let shown = match v {
            Value::String(s) if TIME_FIELDS.contains(&k.as_str()) => local_time(s),
            Value::Null => "-".to_string(),
            other => text(Some(other)),
        };
        t.add_row(vec![
            cell(k.as_str(), None, style),
            cell(shown, None, style),
        ]);
    }
    let warnings = issues(c, "warnings", "warning_code");
    let errors = issues(c, "errors", "error_code");
    t.add_row(vec![
        cell("warnings", None, style),
        cell(
            if warnings.is_empty() {
                "none".into()
            } else {
                warnings.join("\n")
            },
            (!warnings.is_empty()).then_some(Color::Yellow),
            style,
        ),
    ]);
    t.add_row(vec![
        cell("errors", None, style),
        cell(
            if errors.is_empty() {
                "none".into()
            } else {
                errors.join("\n")
            },
            (!errors.is_empty()).then_some(Color::Red),
            style,
        ),
    ]);
    if map.contains_key("acs_entrances") {
        t.add_row(vec![
            cell("entrances", None, style),
            cell(entrance_names(c), None, style),
        ]);
    }
    format!("{t}\n")
}

/// Entrances, a row each.
pub fn entrance_rows(entrances: &[Value], style: &Style) -> String {
    let mut t = compact_table(style);
    let header = [
        "ID",
        "NAME",
        "ACS SYSTEM",
        "LOCKED",
        "OPENS WITH",
        "WARN/ERR",
    ];
    t.set_header(header);
    for e in entrances {
        let mut with = Vec::new();
        for (key, label) in [
            ("can_unlock_with_code", "code"),
            ("can_unlock_with_card", "card"),
            ("can_unlock_with_mobile_key", "mobile_key"),
            ("can_unlock_with_cloud_key", "cloud_key"),
        ] {
            if e.get(key) == Some(&Value::Bool(true)) {
                with.push(label);
            }
        }
        let locked = match e.get("is_locked") {
            Some(Value::Bool(true)) => "yes",
            Some(Value::Bool(false)) => "no",
            _ => "",
        };
        let (w, er) = (count(e, "warnings"), count(e, "errors"));
        t.add_row(vec![
            cell(text(e.get("acs_entrance_id")), None, style),
            cell(text(e.get("display_name")), None, style),
            cell(text(e.get("acs_system_id")), None, style),
            cell(locked, None, style),
            cell(with.join(", "), None, style),
            cell(format!("{w}/{er}"), None, style),
        ]);
    }
    constrain(&mut t, &header, &["ID", "LOCKED", "WARN/ERR"]);
    finish(&t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn states_at_fixed_times() {
        let now: jiff::Timestamp = "2024-03-02T00:00:00Z".parse().unwrap();
        let c = json!({"starts_at": "2024-03-01T10:40:00Z", "ends_at": "2024-03-04T10:40:00Z"});
        assert_eq!(state(&c, now), State::Active);
        let early: jiff::Timestamp = "2024-02-01T00:00:00Z".parse().unwrap();
        assert_eq!(state(&c, early), State::Scheduled);
        let late: jiff::Timestamp = "2024-03-04T10:40:00Z".parse().unwrap();
        assert_eq!(state(&c, late), State::Expired);
        assert_eq!(state(&json!({}), now), State::Active);
        assert_eq!(state(&json!({"ends_at": "garbage"}), now), State::Active);
    }
}
