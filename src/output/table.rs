//! What tables show of a credential (its derived state, local times, notes) and the escaping
//! of server text. The layout itself is in `grid.rs`; the columns in `resources/`.

use serde_json::Value;

pub use crate::spec::credentials::state::{state, State};

/// Colours a cell may have (only used when colour is on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    Green,
    Yellow,
    Red,
}

impl Color {
    pub fn ansi(self) -> &'static str {
        match self {
            Color::Green => "32",
            Color::Yellow => "33",
            Color::Red => "31",
        }
    }
}

/// The colour of a state in tables.
pub fn state_color(s: State) -> Color {
    match s {
        State::Active => Color::Green,
        State::Scheduled => Color::Yellow,
        State::Expired => Color::Red,
    }
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

pub fn text(v: Option<&Value>) -> String {
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

pub fn count(cred: &Value, key: &str) -> usize {
    cred.get(key).and_then(Value::as_array).map_or(0, Vec::len)
}
