//! Value parsers for parameter text: booleans, UUIDs, digit strings, RFC 3339 timestamps and
//! relative times (`now`, `+7d`), lists as typed or as bash leaves them, JSON objects as bash
//! leaves them (`{card_format:rfid48}`), small input files (`@file`), and typo suggestions.
//! Pure functions: no clock, no parameter tables; [`super::params`] checks values with them.

use serde_json::{Map, Value};

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

/// A time relative to now: `now` (0), or a sign and one or more number-unit pairs with units
/// `s`, `m`, `h`, `d` (24 h) and `w` (7 d), e.g. `+30m`, `+1d12h`, `-1h`. The offset in
/// seconds; None for anything else.
pub fn parse_relative(s: &str) -> Option<i64> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("now") {
        return Some(0);
    }
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1i64, &t[1..]),
        b'-' => (-1i64, &t[1..]),
        _ => return None,
    };
    if rest.is_empty() {
        return None;
    }
    let mut total: i64 = 0;
    let mut digits = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit: i64 = match c.to_ascii_lowercase() {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 7 * 86_400,
            _ => return None,
        };
        let n: i64 = digits.parse().ok()?;
        digits.clear();
        total = total.checked_add(n.checked_mul(unit)?)?;
    }
    if !digits.is_empty() {
        // A number without a unit: `+7` could mean days or hours.
        return None;
    }
    total.checked_mul(sign)
}

/// `now` moved by `offset` seconds, in whole seconds, as RFC 3339 UTC (`2024-03-09T00:00:00Z`).
pub fn relative_time(now: jiff::Timestamp, offset: i64) -> Option<String> {
    let base = jiff::Timestamp::from_second(now.as_second()).ok()?;
    let t = base
        .checked_add(jiff::SignedDuration::from_secs(offset))
        .ok()?;
    Some(t.to_string())
}

/// `2024-03-01` (or the start of a timestamp cut short, `2024-03-01T10:40`): the date, for a
/// hint showing the whole form.
pub(super) fn date_only(s: &str) -> Option<&str> {
    let date = s.get(..10)?;
    let b = date.as_bytes();
    let shaped = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    shaped.then_some(date)
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
pub(super) fn parse_object_text(s: &str) -> Result<Map<String, Value>, String> {
    let text = if let Some(path) = s.strip_prefix('@') {
        read_small_file(path)?
    } else {
        s.to_string()
    };
    match super::json::from_str(&text) {
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
mod tests;
