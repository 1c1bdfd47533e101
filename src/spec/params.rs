//! Parameter definitions and value parsing.
//!
//! Every verb declares its parameters once, as a table of [`Param`]. That table drives the clap
//! flags, the `--help` text, completions, man pages and docs/reference.md, and the validation of
//! flags, stdin JSON, `--data` and bulk records alike.

use serde_json::{Map, Number, Value};
use std::fmt::Write as _;

/// The type of one parameter, with its checks.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// `string(uuid)`: 8-4-4-4-12 hex digits.
    Uuid,
    /// A free string. `non_empty` mirrors `minLength: 1`.
    Text {
        non_empty: bool,
    },
    /// A string of ASCII digits (`^\d+$`); sent as a string, so `0123` keeps its zero.
    Digits,
    /// `string(date-time)`: an RFC 3339 timestamp with seconds and an offset.
    DateTime,
    Bool,
    Number,
    /// `integer` with a lower bound, e.g. a page size (`exclusiveMinimum: 0` is `min: 1`).
    Integer {
        min: i64,
    },
    /// One of a fixed set of strings.
    Enum(&'static [&'static str]),
    /// `array<string(uuid)>`.
    UuidList,
    /// A JSON object with the given fields.
    Object(&'static [Param]),
}

impl Kind {
    /// The placeholder shown in help, e.g. `--acs-user-id <UUID>`.
    pub fn value_name(&self) -> &'static str {
        match self {
            Kind::Uuid => "UUID",
            Kind::Text { .. } => "TEXT",
            Kind::Digits => "DIGITS",
            Kind::DateTime => "RFC3339",
            Kind::Bool => "BOOL",
            Kind::Number => "NUMBER",
            Kind::Integer { .. } => "INTEGER",
            Kind::Enum(_) => "VALUE",
            Kind::UuidList => "UUIDS",
            Kind::Object(_) => "JSON",
        }
    }

    /// A short description of what is accepted, used in help and in error messages.
    pub fn accepted(&self) -> String {
        match self {
            Kind::Uuid => "a UUID such as 33333333-3333-3333-3333-333333333333".into(),
            Kind::Text { non_empty: true } => "a non-empty string".into(),
            Kind::Text { non_empty: false } => "a string".into(),
            Kind::Digits => "digits only (0-9), e.g. 0123".into(),
            Kind::DateTime => "an RFC 3339 timestamp such as 2024-03-01T10:40:00Z".into(),
            Kind::Bool => "true, false, 1 or 0 (the bare flag means true)".into(),
            Kind::Number => "a number, 0 or more".into(),
            Kind::Integer { min } => format!("a whole number, {min} or more"),
            Kind::Enum(values) => format!("one of: {}", values.join(", ")),
            Kind::UuidList => "UUIDs: a,b or [a,b] or '[\"a\",\"b\"]', or the flag repeated".into(),
            Kind::Object(fields) => {
                let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                format!(
                    "a JSON object or @file.json, with keys: {}",
                    names.join(", ")
                )
            }
        }
    }

    /// The type as written in the reference docs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Uuid => "uuid",
            Kind::Text { .. } => "string",
            Kind::Digits => "string (digits)",
            Kind::DateTime => "date-time",
            Kind::Bool => "boolean",
            Kind::Number => "number",
            Kind::Integer { .. } => "integer",
            Kind::Enum(_) => "enum",
            Kind::UuidList => "list of uuid",
            Kind::Object(_) => "object",
        }
    }
}

/// One parameter of an endpoint, as the spec describes it.
#[derive(Debug)]
pub struct Param {
    /// The API's name (snake_case), also the flag as Seam's docs spell it.
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub help: &'static str,
    /// Set when the spec marks the parameter deprecated: what to use instead.
    pub deprecated: Option<&'static str>,
}

impl Param {
    pub const fn new(name: &'static str, kind: Kind, help: &'static str) -> Self {
        Param {
            name,
            kind,
            required: false,
            help,
            deprecated: None,
        }
    }
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub const fn deprecated(mut self, note: &'static str) -> Self {
        self.deprecated = Some(note);
        self
    }
    /// `--acs-user-id`, the canonical flag spelling.
    pub fn flag(&self) -> String {
        self.name.replace('_', "-")
    }
}

/// Where a value came from, so an error can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Flag,
    /// A JSON object of parameters (stdin, `--data`), named e.g. "stdin".
    Json(&'static str),
    /// A bulk input record, by line number.
    Record(usize),
}

/// A value that failed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    /// The parameter path, e.g. `visionline_metadata.card_format`.
    pub path: String,
    pub given: String,
    pub expected: String,
    pub origin: Origin,
}

impl ParamError {
    pub fn message(&self) -> String {
        let given = truncate(&self.given, 80);
        match &self.origin {
            Origin::Flag => {
                let flag = match self.path.split_once('.') {
                    Some((top, rest)) => format!("--{} (key {rest})", top.replace('_', "-")),
                    None => format!("--{}", self.path.replace('_', "-")),
                };
                format!(
                    "invalid value {given} for {flag}: expected {}",
                    self.expected
                )
            }
            Origin::Json(src) => {
                format!(
                    "invalid value {given} for \"{}\" in {src}: expected {}",
                    self.path, self.expected
                )
            }
            Origin::Record(line) => {
                format!(
                    "line {line}: invalid value {given} for \"{}\": expected {}",
                    self.path, self.expected
                )
            }
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    let shown: String = s.chars().take(max).collect();
    if shown.len() < s.len() {
        format!("'{shown}...'")
    } else {
        format!("'{shown}'")
    }
}

/// A raw value: text from a flag or a CSV cell, or a JSON value from stdin, `--data` or JSONL.
#[derive(Clone, Copy, Debug)]
pub enum Raw<'a> {
    Text(&'a str),
    Json(&'a Value),
}

/// Checks one value against its parameter and returns the JSON to send.
pub fn coerce(param: &Param, raw: Raw<'_>, origin: &Origin) -> Result<Value, ParamError> {
    coerce_kind(param.name, &param.kind, raw, origin)
}

fn coerce_kind(
    path: &str,
    kind: &Kind,
    raw: Raw<'_>,
    origin: &Origin,
) -> Result<Value, ParamError> {
    let fail = |given: String| ParamError {
        path: path.to_string(),
        given,
        expected: kind.accepted(),
        origin: origin.clone(),
    };
    let shown = |raw: Raw<'_>| match raw {
        Raw::Text(s) => s.to_string(),
        Raw::Json(v) => v.to_string(),
    };
    match kind {
        Kind::Uuid | Kind::Text { .. } | Kind::Digits | Kind::DateTime | Kind::Enum(_) => {
            let s = match raw {
                Raw::Text(s) => s.to_string(),
                Raw::Json(Value::String(s)) => s.clone(),
                // A bare JSON number is accepted where a digit string is expected (`"code": 1234`).
                Raw::Json(Value::Number(n)) if matches!(kind, Kind::Digits) && n.is_u64() => {
                    n.to_string()
                }
                Raw::Json(v) => return Err(fail(v.to_string())),
            };
            let ok = match kind {
                Kind::Uuid => is_uuid(&s),
                Kind::Text { non_empty } => !non_empty || !s.is_empty(),
                Kind::Digits => is_digits(&s),
                Kind::DateTime => parse_timestamp(&s).is_some(),
                Kind::Enum(values) => values.contains(&s.as_str()),
                _ => true,
            };
            if ok {
                Ok(Value::String(s))
            } else {
                Err(fail(s))
            }
        }
        Kind::Bool => match (raw, text_of(raw)) {
            (Raw::Json(Value::Bool(b)), _) => Ok(Value::Bool(*b)),
            (_, Some(s)) => match parse_bool(s) {
                Some(b) => Ok(Value::Bool(b)),
                None => Err(fail(shown(raw))),
            },
            _ => Err(fail(shown(raw))),
        },
        Kind::Number => {
            let n = match (raw, text_of(raw)) {
                (Raw::Json(Value::Number(n)), _) => n.as_f64(),
                (_, Some(s)) => s.trim().parse::<f64>().ok(),
                _ => None,
            };
            // The API's only number (`limit`, a count) is never negative.
            match n.filter(|f| *f >= 0.0).and_then(number_value) {
                Some(v) => Ok(v),
                None => Err(fail(shown(raw))),
            }
        }
        Kind::Integer { min } => {
            let n = match (raw, text_of(raw)) {
                (Raw::Json(Value::Number(n)), _) => n.as_i64(),
                (_, Some(s)) => s.trim().parse::<i64>().ok(),
                _ => None,
            };
            match n.filter(|n| n >= min) {
                Some(n) => Ok(Value::Number(Number::from(n))),
                None => Err(fail(shown(raw))),
            }
        }
        Kind::UuidList => {
            let items: Vec<String> = match raw {
                Raw::Text(s) => split_list(s).ok_or_else(|| fail(s.to_string()))?,
                Raw::Json(Value::Array(a)) => {
                    let mut out = Vec::with_capacity(a.len());
                    for v in a {
                        match v {
                            Value::String(s) => out.push(s.clone()),
                            other => return Err(fail(other.to_string())),
                        }
                    }
                    out
                }
                // A single string in JSON is taken as a list written as text.
                Raw::Json(Value::String(s)) => split_list(s).ok_or_else(|| fail(s.clone()))?,
                Raw::Json(v) => return Err(fail(v.to_string())),
            };
            for item in &items {
                if !is_uuid(item) {
                    return Err(ParamError {
                        path: path.to_string(),
                        given: item.clone(),
                        expected:
                            "every item to be a UUID such as 55555555-5555-5555-5555-555555555555"
                                .into(),
                        origin: origin.clone(),
                    });
                }
            }
            Ok(Value::Array(items.into_iter().map(Value::String).collect()))
        }
        Kind::Object(fields) => {
            let owned;
            let obj = match (raw, text_of(raw)) {
                (Raw::Json(Value::Object(m)), _) => m,
                (_, Some(s)) => {
                    owned = parse_object_text(s).map_err(|reason| ParamError {
                        path: path.to_string(),
                        given: s.to_string(),
                        expected: format!("{} ({reason})", kind.accepted()),
                        origin: origin.clone(),
                    })?;
                    &owned
                }
                (_, None) => return Err(fail(shown(raw))),
            };
            let mut out = Map::new();
            for (key, value) in obj {
                let Some(field) = fields.iter().find(|f| f.name == key) else {
                    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                    let mut expected = format!("one of the keys: {}", names.join(", "));
                    if let Some(s) = suggest(key, names.iter().copied()) {
                        let _ = write!(expected, " (did you mean {s}?)");
                    }
                    return Err(ParamError {
                        path: format!("{path}.{key}"),
                        given: key.clone(),
                        expected,
                        origin: origin.clone(),
                    });
                };
                let sub = format!("{path}.{key}");
                out.insert(
                    key.clone(),
                    coerce_kind(&sub, &field.kind, Raw::Json(value), origin)?,
                );
            }
            Ok(Value::Object(out))
        }
    }
}

fn text_of(raw: Raw<'_>) -> Option<&str> {
    match raw {
        Raw::Text(s) => Some(s),
        Raw::Json(Value::String(s)) => Some(s.as_str()),
        Raw::Json(_) => None,
    }
}

fn number_value(f: f64) -> Option<Value> {
    if !f.is_finite() {
        return None;
    }
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        // Whole numbers go out as integers: `--limit 10` sends 10, not 10.0.
        return Some(Value::Number(Number::from(f as i64)));
    }
    Number::from_f64(f).map(Value::Number)
}

/// `true`/`false`/`1`/`0`, any case.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Hyphenated UUID: 8-4-4-4-12 hex digits, any case.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

pub fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

/// Parses an RFC 3339 timestamp: `YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM)`; `t`/space separators
/// and a lower-case `z` are accepted as RFC 3339 allows. Returns None for anything else.
pub fn parse_timestamp(s: &str) -> Option<jiff::Timestamp> {
    let b = s.as_bytes();
    if b.len() < 20 {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(|c| c.is_ascii_digit());
    let shape = digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't' | b' ')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19);
    if !shape {
        return None;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let zone = &b[i..];
    let zone_ok = matches!(zone, b"Z" | b"z")
        || (zone.len() == 6
            && matches!(zone[0], b'+' | b'-')
            && zone[1..3].iter().all(|c| c.is_ascii_digit())
            && zone[3] == b':'
            && zone[4..6].iter().all(|c| c.is_ascii_digit()));
    if !zone_ok {
        return None;
    }
    let mut norm = s.to_string();
    norm.replace_range(10..11, "T");
    if norm.ends_with('z') {
        norm.pop();
        norm.push('Z');
    }
    norm.parse::<jiff::Timestamp>().ok()
}

/// Splits a list written as text: `a,b`, `[a,b]` (what bash leaves of `["a","b"]`), or a JSON
/// array `["a","b"]`. Whitespace and quotes around items are dropped; empty items are skipped.
pub fn split_list(s: &str) -> Option<Vec<String>> {
    let t = s.trim();
    if t.starts_with('[') {
        if let Ok(Value::Array(items)) = serde_json::from_str::<Value>(t) {
            return items
                .into_iter()
                .map(|v| match v {
                    Value::String(s) => Some(s),
                    _ => None,
                })
                .collect();
        }
    }
    let inner = t.strip_prefix('[').unwrap_or(t);
    let inner = inner.strip_suffix(']').unwrap_or(inner);
    if inner.contains('[') || inner.contains(']') {
        return None;
    }
    Some(
        inner
            .split(',')
            .map(|item| {
                item.trim()
                    .trim_matches(|c| c == '"' || c == '\'')
                    .trim()
                    .to_string()
            })
            .filter(|item| !item.is_empty())
            .collect(),
    )
}

/// A JSON object given as text, or `@path` to a file holding one.
fn parse_object_text(s: &str) -> Result<Map<String, Value>, String> {
    let text = if let Some(path) = s.strip_prefix('@') {
        read_small_file(path)?
    } else {
        s.to_string()
    };
    match crate::spec::json::from_str(&text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("it is JSON, but not an object".into()),
        Err(e) if e.classify() == serde_json::error::Category::Data => Err(e.to_string()),
        Err(e) => relaxed_object(&text).ok_or_else(|| format!("not valid JSON: {e}")),
    }
}

/// What bash leaves of a JSON object typed without single quotes, as Seam's docs print CLI
/// examples: `--visionline_metadata {"card_format":"rfid48"}` arrives as `{card_format:rfid48}`.
/// Keys and values become strings; each value is then checked against its field's type.
fn relaxed_object(text: &str) -> Option<Map<String, Value>> {
    let inner = text.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut out = Map::new();
    if inner.trim().is_empty() {
        return Some(out);
    }
    let (mut depth, mut start) = (0i32, 0usize);
    let mut pairs = Vec::new();
    for (i, c) in inner.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '{' | '}' | '"' => return None,
            ',' if depth == 0 => {
                pairs.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    pairs.push(&inner[start..]);
    for pair in pairs {
        let (k, v) = pair.split_once(':')?;
        let (k, v) = (k.trim(), v.trim());
        if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        out.insert(k.to_string(), Value::String(v.to_string()));
    }
    Some(out)
}

/// Largest file accepted for `@file` values and `--data @file`.
pub const MAX_INPUT_FILE: u64 = 1024 * 1024;

pub fn read_small_file(path: &str) -> Result<String, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut text = String::new();
    let mut limited = file.take(MAX_INPUT_FILE + 1);
    limited
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read {path}: {e}"))?;
    if text.len() as u64 > MAX_INPUT_FILE {
        return Err(format!(
            "{path} is larger than {} KiB",
            MAX_INPUT_FILE / 1024
        ));
    }
    Ok(text)
}

/// The closest candidate to `word`, if it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let norm = |s: &str| s.replace('-', "_").to_ascii_lowercase();
    let w = norm(word);
    candidates
        .map(|c| (levenshtein(&w, &norm(c)), c))
        .filter(|(d, c)| *d <= 3.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_every_spelling() {
        let want = vec!["a".to_string(), "b".to_string()];
        assert_eq!(split_list("a,b").unwrap(), want);
        assert_eq!(split_list("[a,b]").unwrap(), want);
        assert_eq!(split_list("[\"a\",\"b\"]").unwrap(), want);
        assert_eq!(split_list(" [ a , 'b' ] ").unwrap(), want);
        assert_eq!(split_list("[]").unwrap(), Vec::<String>::new());
        assert!(split_list("[a,[b]]").is_none());
    }

    #[test]
    fn timestamps() {
        assert!(parse_timestamp("2024-03-01T10:40:00Z").is_some());
        assert!(parse_timestamp("2024-03-01t10:40:00.123z").is_some());
        assert!(parse_timestamp("2024-03-01 10:40:00+01:00").is_some());
        assert!(parse_timestamp("2024-03-01T10:40Z").is_none());
        assert!(parse_timestamp("2024-03-01T10:40:00").is_none());
        assert!(parse_timestamp("2024-02-30T10:40:00Z").is_none());
        assert!(parse_timestamp("yesterday").is_none());
        assert!(parse_timestamp("2024-03-01T10:40:00.Z").is_none());
    }

    #[test]
    fn uuids_and_digits() {
        assert!(is_uuid("33333333-3333-3333-3333-33333333333a"));
        assert!(!is_uuid("33333333333333333333333333333333"));
        assert!(!is_uuid("33333333-3333-3333-3333-33333333333g"));
        assert!(is_digits("0123"));
        assert!(!is_digits("12a4"));
        assert!(!is_digits(""));
        assert!(!is_digits("١٢٣"));
    }

    #[test]
    fn numbers_keep_integers_whole() {
        let p = Param::new("limit", Kind::Number, "");
        assert_eq!(
            coerce(&p, Raw::Text("10"), &Origin::Flag).unwrap(),
            serde_json::json!(10)
        );
        assert_eq!(
            coerce(&p, Raw::Text("2.5"), &Origin::Flag).unwrap(),
            serde_json::json!(2.5)
        );
        assert!(coerce(&p, Raw::Text("NaN"), &Origin::Flag).is_err());
        assert!(coerce(&p, Raw::Text("-1"), &Origin::Flag).is_err());
        assert!(coerce(&p, Raw::Text("inf"), &Origin::Flag).is_err());
    }

    #[test]
    fn integers_have_a_floor() {
        let p = Param::new("limit", Kind::Integer { min: 1 }, "");
        let ok = |raw: Raw<'_>| coerce(&p, raw, &Origin::Flag);
        assert_eq!(ok(Raw::Text(" 10 ")).unwrap(), serde_json::json!(10));
        assert_eq!(
            ok(Raw::Json(&serde_json::json!(1))).unwrap(),
            serde_json::json!(1)
        );
        assert_eq!(
            ok(Raw::Json(&serde_json::json!("7"))).unwrap(),
            serde_json::json!(7)
        );
        for bad in ["0", "-1", "2.5", "1e3", "ten", "", "99999999999999999999"] {
            assert!(ok(Raw::Text(bad)).is_err(), "{bad}");
        }
        assert!(ok(Raw::Json(&serde_json::json!(2.5))).is_err());
        assert!(ok(Raw::Json(&serde_json::json!(true))).is_err());
        assert_eq!(
            ok(Raw::Text("0")).unwrap_err().message(),
            "invalid value '0' for --limit: expected a whole number, 1 or more"
        );
    }

    #[test]
    fn objects_as_bash_leaves_them() {
        const FIELDS: &[Param] = &[
            Param::new("card_format", Kind::Enum(&["TLCode", "rfid48"]), ""),
            Param::new("override", Kind::Bool, ""),
            Param::new("joiner_acs_credential_ids", Kind::UuidList, ""),
        ];
        let p = Param::new("m", Kind::Object(FIELDS), "");
        let id = "33333333-3333-3333-3333-333333333333";
        let got = coerce(
            &p,
            Raw::Text(&format!(
                "{{card_format:rfid48,override:true,joiner_acs_credential_ids:[{id},{id}]}}"
            )),
            &Origin::Flag,
        )
        .unwrap();
        assert_eq!(
            got,
            serde_json::json!({"card_format": "rfid48", "override": true, "joiner_acs_credential_ids": [id, id]})
        );
        assert!(coerce(&p, Raw::Text("{card_format:xyz}"), &Origin::Flag).is_err());
        assert!(coerce(&p, Raw::Text("{card_format}"), &Origin::Flag).is_err());
        assert!(coerce(&p, Raw::Text("{a:{b:c}}"), &Origin::Flag).is_err());
    }

    #[test]
    fn suggestions() {
        let c = ["card_format", "card_function_type", "auto_join"];
        assert_eq!(
            suggest("card_fromat", c.iter().copied()),
            Some("card_format")
        );
        assert_eq!(suggest("zzzzzzzzzzzzzzz", c.iter().copied()), None);
    }
}
