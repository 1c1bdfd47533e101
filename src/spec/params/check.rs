//! Checking one raw value against a parameter's [`Kind`]: the JSON to send, or a [`ParamError`]
//! saying what was expected. One function per group of kinds; objects check each field in turn.

use super::{Kind, Now, Origin, Param, ParamError, Raw};
use crate::spec::values::{
    date_only, is_digits, is_uuid, parse_bool, parse_object_text, parse_relative, parse_timestamp,
    relative_time, split_list, suggest,
};
use serde_json::{Map, Number, Value};
use std::fmt::Write as _;

/// Where the value being checked sits, for its errors; and "now", for relative times.
struct At<'a> {
    /// The parameter path, e.g. `visionline_metadata.card_format`.
    path: &'a str,
    origin: &'a Origin,
    now: Now,
}

impl At<'_> {
    fn error(&self, given: String, expected: String) -> ParamError {
        ParamError {
            path: self.path.to_string(),
            given,
            expected,
            origin: self.origin.clone(),
        }
    }

    /// The usual failure: `given` is not what `kind` accepts.
    fn fail(&self, kind: &Kind, given: String) -> ParamError {
        self.error(given, kind.accepted())
    }
}

/// Checks `raw` against `kind`; `path` names the value in errors.
pub(super) fn value(
    path: &str,
    kind: &Kind,
    raw: Raw<'_>,
    origin: &Origin,
    now: Now,
) -> Result<Value, ParamError> {
    check(&At { path, origin, now }, kind, raw)
}

fn check(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Value, ParamError> {
    match kind {
        Kind::DateTime => date_time(at, kind, raw),
        Kind::Uuid | Kind::Text { .. } | Kind::Digits | Kind::Enum(_) => string(at, kind, raw),
        Kind::Bool => boolean(at, kind, raw),
        Kind::Number => number(at, kind, raw),
        Kind::Integer { min } => integer(at, kind, *min, raw),
        Kind::UuidList => uuid_list(at, kind, raw),
        Kind::Object(fields) => object(at, kind, fields, raw),
    }
}

/// The raw value as shown in an error.
fn shown(raw: Raw<'_>) -> String {
    match raw {
        Raw::Text(s) => s.to_string(),
        Raw::Json(v) => v.to_string(),
    }
}

fn text_of(raw: Raw<'_>) -> Option<&str> {
    match raw {
        Raw::Text(s) => Some(s),
        Raw::Json(Value::String(s)) => Some(s.as_str()),
        Raw::Json(_) => None,
    }
}

/// An RFC 3339 timestamp, sent as given; or a relative time (`now`, `+7d`) when `at.now` is set.
fn date_time(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Value, ParamError> {
    let s = match raw {
        Raw::Text(s) => s.to_string(),
        Raw::Json(Value::String(s)) => s.clone(),
        Raw::Json(v) => return Err(at.fail(kind, v.to_string())),
    };
    if parse_timestamp(&s).is_some() {
        return Ok(Value::String(s));
    }
    let expected = match (parse_relative(&s), at.now) {
        (Some(offset), Some(now)) => match relative_time(now, offset) {
            Some(t) => return Ok(Value::String(t)),
            None => kind.accepted(),
        },
        (Some(_), None) => "an RFC 3339 timestamp such as 2024-03-01T10:40:00Z: relative times \
                            (now, +7d) are not accepted in a bulk run, so that a resumed run \
                            sends the same records"
            .into(),
        (None, _) => match date_only(&s) {
            Some(date) => format!(
                "{}; a date alone is not enough: write {date}T00:00:00Z (UTC) or \
                 {date}T00:00:00+01:00",
                kind.accepted()
            ),
            None => kind.accepted(),
        },
    };
    Err(at.error(s, expected))
}

/// The kinds sent as a string: UUIDs, free text, digit strings, enum values.
fn string(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Value, ParamError> {
    let s = match raw {
        Raw::Text(s) => s.to_string(),
        Raw::Json(Value::String(s)) => s.clone(),
        // A bare JSON number is accepted where a digit string is expected (`"code": 1234`).
        Raw::Json(Value::Number(n)) if matches!(kind, Kind::Digits) && n.is_u64() => n.to_string(),
        Raw::Json(v) => return Err(at.fail(kind, v.to_string())),
    };
    let ok = match kind {
        Kind::Uuid => is_uuid(&s),
        Kind::Text { non_empty } => !non_empty || !s.is_empty(),
        Kind::Digits => is_digits(&s),
        Kind::Enum(values) => values.contains(&s.as_str()),
        _ => true,
    };
    if ok {
        Ok(Value::String(s))
    } else {
        Err(at.fail(kind, s))
    }
}

fn boolean(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Value, ParamError> {
    match (raw, text_of(raw)) {
        (Raw::Json(Value::Bool(b)), _) => Ok(Value::Bool(*b)),
        (_, Some(s)) => match parse_bool(s) {
            Some(b) => Ok(Value::Bool(b)),
            None => Err(at.fail(kind, shown(raw))),
        },
        _ => Err(at.fail(kind, shown(raw))),
    }
}

fn number(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Value, ParamError> {
    let n = match (raw, text_of(raw)) {
        (Raw::Json(Value::Number(n)), _) => n.as_f64(),
        (_, Some(s)) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    // The API's only number (`limit`, a count) is never negative.
    match n.filter(|f| *f >= 0.0).and_then(number_value) {
        Some(v) => Ok(v),
        None => Err(at.fail(kind, shown(raw))),
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

fn integer(at: &At<'_>, kind: &Kind, min: i64, raw: Raw<'_>) -> Result<Value, ParamError> {
    let n = match (raw, text_of(raw)) {
        (Raw::Json(Value::Number(n)), _) => n.as_i64(),
        (_, Some(s)) => s.trim().parse::<i64>().ok(),
        _ => None,
    };
    match n.filter(|n| *n >= min) {
        Some(n) => Ok(Value::Number(Number::from(n))),
        None => Err(at.fail(kind, shown(raw))),
    }
}

fn uuid_list(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Value, ParamError> {
    let items = list_items(at, kind, raw)?;
    if let Some(bad) = items.iter().find(|item| !is_uuid(item)) {
        return Err(at.error(
            bad.clone(),
            "every item to be a UUID such as 55555555-5555-5555-5555-555555555555".into(),
        ));
    }
    Ok(Value::Array(items.into_iter().map(Value::String).collect()))
}

/// The items of a list: a JSON array of strings, or a list written as text (see [`split_list`]).
fn list_items(at: &At<'_>, kind: &Kind, raw: Raw<'_>) -> Result<Vec<String>, ParamError> {
    match raw {
        Raw::Text(s) => split_list(s).ok_or_else(|| at.fail(kind, s.to_string())),
        Raw::Json(Value::Array(a)) => a
            .iter()
            .map(|v| match v {
                Value::String(s) => Ok(s.clone()),
                other => Err(at.fail(kind, other.to_string())),
            })
            .collect(),
        // A single string in JSON is taken as a list written as text.
        Raw::Json(Value::String(s)) => split_list(s).ok_or_else(|| at.fail(kind, s.clone())),
        Raw::Json(v) => Err(at.fail(kind, v.to_string())),
    }
}

/// A JSON object (or its text, or `@file`); each key must be a field, each value its field's kind.
fn object(at: &At<'_>, kind: &Kind, fields: &[Param], raw: Raw<'_>) -> Result<Value, ParamError> {
    let owned;
    let obj = match (raw, text_of(raw)) {
        (Raw::Json(Value::Object(m)), _) => m,
        (_, Some(s)) => {
            owned = parse_object_text(s).map_err(|reason| {
                at.error(s.to_string(), format!("{} ({reason})", kind.accepted()))
            })?;
            &owned
        }
        (_, None) => return Err(at.fail(kind, shown(raw))),
    };
    let mut out = Map::new();
    for (key, value) in obj {
        let sub = format!("{}.{key}", at.path);
        let field_at = At { path: &sub, ..*at };
        let Some(field) = fields.iter().find(|f| f.name == key) else {
            return Err(unknown_key(&field_at, fields, key));
        };
        out.insert(
            key.clone(),
            check(&field_at, &field.kind, Raw::Json(value))?,
        );
    }
    Ok(Value::Object(out))
}

/// A key that is not one of the object's fields: the fields, and the likely one if a typo.
fn unknown_key(at: &At<'_>, fields: &[Param], key: &str) -> ParamError {
    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
    let mut expected = format!("one of the keys: {}", names.join(", "));
    if let Some(s) = suggest(key, names.iter().copied()) {
        let _ = write!(expected, " (did you mean {s}?)");
    }
    at.error(key.to_string(), expected)
}
