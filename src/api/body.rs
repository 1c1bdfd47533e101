//! Seam's error bodies read into an `ApiError` (type, message, validation errors), a note on
//! a body that is not Seam's JSON, and the token scrubbed from all server text.

use crate::error::ApiError;
use crate::secret::Secret;
use serde_json::Value;

/// Removes the token from text the server sent back (a server or proxy may echo the
/// Authorization header in an error), so it is never printed or journaled, and escapes
/// control characters in it.
pub(super) fn scrub(e: &mut ApiError, secret: Option<&Secret>) {
    let clean = |s: &mut String| {
        *s = crate::secret::mask(secret, s);
        // Server text must not act on the terminal (escape sequences, line breaks).
        *s = crate::output::one_line_safe(s);
    };
    for s in [
        &mut e.message,
        &mut e.error_type,
        &mut e.body_note,
        &mut e.request_id,
    ]
    .into_iter()
    .flatten()
    {
        clean(s);
    }
    for (field, msg) in &mut e.validation_errors {
        clean(field);
        clean(msg);
    }
    if let (Some(obj), Some(t)) = (&mut e.object, secret) {
        mask_strings(obj, t.expose(), &t.masked());
    }
}

/// Bytes of a body looked at for a note (an HTML title, the first line).
const NOTE_WINDOW: usize = 2048;
/// Characters of a body's first line quoted in a note.
const NOTE_LINE: usize = 120;

/// What came back, when it is not Seam's JSON. The token is masked before any cut, and a part
/// of it left where a cut fell is masked too (`secret::mask_cut`).
pub(super) fn body_note(content_type: &str, body: &[u8], token: Option<&Secret>) -> String {
    if body.is_empty() {
        return "the response body was empty".into();
    }
    let tlen = token.map(|t| t.expose().len()).unwrap_or(0);
    let window = &body[..body.len().min(NOTE_WINDOW + tlen)];
    let mut text = crate::secret::mask(token, &String::from_utf8_lossy(window));
    if window.len() < body.len() {
        text = crate::secret::mask_cut_end(token, &text);
    }
    let text = crate::secret::mask_cut(token, &text, NOTE_WINDOW);
    let ct = if content_type.is_empty() {
        "no content type"
    } else {
        content_type
    };
    // An HTML page (from a proxy or load balancer): show its title.
    let lower = text.to_ascii_lowercase();
    if let (Some(a), Some(b)) = (lower.find("<title>"), lower.find("</title>")) {
        if b > a + 7 {
            return format!(
                "the response was an HTML page ({ct}): \"{}\"",
                text[a + 7..b].trim()
            );
        }
    }
    let first = crate::secret::mask_cut(token, text.lines().next().unwrap_or(""), NOTE_LINE);
    format!(
        "the response was not Seam's JSON ({ct}, {} bytes): {first}",
        body.len()
    )
}

/// Reads Seam's error body: `{"error": {"type", "message", "validation_errors"}}`.
pub(super) fn api_error(
    status: u16,
    request_id: Option<String>,
    content_type: &str,
    body: &[u8],
    token: Option<&Secret>,
) -> ApiError {
    let mut e = ApiError {
        status,
        request_id,
        ..Default::default()
    };
    let parsed = serde_json::from_slice::<Value>(body).ok();
    let err = parsed.as_ref().and_then(|v| v.get("error"));
    match err {
        Some(err)
            if err.get("type").is_some_and(Value::is_string)
                || err.get("message").is_some_and(Value::is_string) =>
        {
            e.object = Some(Box::new(err.clone()));
            e.error_type = err.get("type").and_then(Value::as_str).map(str::to_string);
            e.message = err
                .get("message")
                .and_then(Value::as_str)
                .map(str::to_string);
            if let Some(Value::Object(fields)) = err.get("validation_errors") {
                flatten_validation(fields, "", &mut e.validation_errors);
            }
        }
        _ => {
            e.message = Some(match status {
                401 => "unauthorized".into(),
                403 => "forbidden".into(),
                404 => "not found".into(),
                429 => "too many requests".into(),
                502 => "bad gateway".into(),
                503 => "service unavailable".into(),
                504 => "gateway timeout".into(),
                _ => "the request failed".into(),
            });
            e.body_note = Some(body_note(content_type, body, token));
        }
    }
    e
}

/// Replaces `secret` by `masked` in every string (and key) of `v`.
pub(super) fn mask_strings(v: &mut Value, secret: &str, masked: &str) {
    if secret.is_empty() {
        return;
    }
    match v {
        Value::String(s) if s.contains(secret) => *s = s.replace(secret, masked),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|i| mask_strings(i, secret, masked)),
        Value::Object(m) => {
            if m.keys().any(|k| k.contains(secret)) {
                *m = std::mem::take(m)
                    .into_iter()
                    .map(|(k, v)| (k.replace(secret, masked), v))
                    .collect();
            }
            m.values_mut().for_each(|i| mask_strings(i, secret, masked));
        }
        _ => {}
    }
}

/// zod's `.format()` output: `{field: {_errors: [..], sub: {_errors: [..]}}}`.
pub(super) fn flatten_validation(
    fields: &serde_json::Map<String, Value>,
    prefix: &str,
    out: &mut Vec<(String, String)>,
) {
    for (k, v) in fields {
        if k == "_errors" {
            if let Value::Array(msgs) = v {
                for m in msgs {
                    let name = if prefix.is_empty() {
                        "(body)".to_string()
                    } else {
                        prefix.to_string()
                    };
                    out.push((
                        name,
                        m.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| m.to_string()),
                    ));
                }
            }
            continue;
        }
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(inner) => flatten_validation(inner, &path, out),
            Value::String(s) => out.push((path, s.clone())),
            Value::Array(items) => {
                for m in items {
                    out.push((
                        path.clone(),
                        m.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| m.to_string()),
                    ));
                }
            }
            other => out.push((path, other.to_string())),
        }
    }
}
