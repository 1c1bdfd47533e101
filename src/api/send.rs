//! One attempt of a call: the request as sent (auth, workspace and extra headers), and the
//! answer read within the size cap into a `Reply` or a `Failure`.

use super::body::{api_error, body_note};
use super::failure::{classify, root_cause, Failure};
use super::{ClientSettings, Reply};
use crate::error::ApiError;
use crate::secret::Secret;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::Value;
use std::time::Duration;

/// A successful answer, with what `--verbose` says of it.
pub(super) struct Sent {
    pub(super) reply: Reply,
    /// Bytes in the response body.
    pub(super) size: usize,
    pub(super) version: http::Version,
}

/// Sends `json` to `url` once and reads the answer.
pub(super) async fn send_once(
    http: &reqwest::Client,
    settings: &ClientSettings,
    url: &str,
    auth: &HeaderValue,
    json: &str,
) -> Result<Sent, Failure> {
    let mut resp = request(http, settings, url, auth, json)
        .send()
        .await
        .map_err(classify)?;
    let status = resp.status().as_u16();
    let version = resp.version();
    // Server text that may be shown: the token masked before anything is cut.
    let token = settings.token.as_ref();
    let heard = Heard::read(resp.headers(), token);
    let buf = read_body(&mut resp, settings.max_response_bytes).await?;
    let size = buf.len();
    if (200..300).contains(&status) {
        let body = json_body(status, &buf, &heard, token)?;
        return Ok(Sent {
            reply: Reply {
                status,
                request_id: heard.request_id,
                body,
            },
            size,
            version,
        });
    }
    let mut error = api_error(status, heard.request_id, &heard.content_type, &buf, token);
    if (300..400).contains(&status) {
        error.message = Some(match heard.location {
            Some(to) => format!("the endpoint redirects to {to}"),
            None => "the endpoint redirects".into(),
        });
    }
    Err(Failure::Status {
        status,
        retry_after: heard.retry_after,
        error,
        size,
    })
}

fn request(
    http: &reqwest::Client,
    settings: &ClientSettings,
    url: &str,
    auth: &HeaderValue,
    json: &str,
) -> reqwest::RequestBuilder {
    let mut req = http
        .post(url)
        .header(reqwest::header::AUTHORIZATION, auth.clone())
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(json.to_string());
    if let Some(ws) = &settings.workspace_id {
        req = req.header("seam-workspace", ws);
    }
    for (name, value) in &settings.extra_headers {
        req = req.header(name.as_str(), value.as_str());
    }
    req
}

/// The answer's headers that matter, the token masked in those that may be shown.
struct Heard {
    request_id: Option<String>,
    content_type: String,
    location: Option<String>,
    retry_after: Option<Duration>,
}

impl Heard {
    fn read(headers: &HeaderMap, token: Option<&Secret>) -> Heard {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        Heard {
            request_id: text("seam-request-id").map(|v| crate::secret::mask(token, v)),
            content_type: text(reqwest::header::CONTENT_TYPE.as_str())
                .map(|v| crate::secret::mask_cut(token, v, 200))
                .unwrap_or_default(),
            location: text(reqwest::header::LOCATION.as_str())
                .map(|v| crate::secret::mask_cut(token, v, 200)),
            retry_after: text(reqwest::header::RETRY_AFTER.as_str()).and_then(parse_retry_after),
        }
    }
}

/// The body, unless it is larger than `cap` bytes (said by Content-Length, or found while
/// reading).
async fn read_body(resp: &mut reqwest::Response, cap: u64) -> Result<Vec<u8>, Failure> {
    if let Some(len) = resp.content_length() {
        if len > cap {
            return Err(Failure::TooLarge(len));
        }
    }
    let mut buf: Vec<u8> = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                if (buf.len() + chunk.len()) as u64 > cap {
                    return Err(Failure::TooLarge((buf.len() + chunk.len()) as u64));
                }
                buf.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(buf),
            Err(e) if e.is_timeout() => return Err(Failure::Timeout),
            Err(e) => {
                return Err(Failure::Transport(format!(
                    "the response was cut short: {}",
                    root_cause(&e)
                )))
            }
        }
    }
}

/// A 2xx answer's JSON (an empty body is `{}`), or a failure that says what came back.
fn json_body(
    status: u16,
    buf: &[u8],
    heard: &Heard,
    token: Option<&Secret>,
) -> Result<Value, Failure> {
    if buf.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    let mut parsed = serde_json::from_slice::<Value>(buf);
    // A server (or a proxy) that echoes the token in the data: masked before anything prints
    // or journals it. The common case costs one scan of the bytes.
    if let (Ok(v), Some(t)) = (parsed.as_mut(), token) {
        let secret = t.expose().as_bytes();
        if !secret.is_empty() && buf.windows(secret.len()).any(|w| w == secret) {
            super::body::mask_strings(v, t.expose(), &t.masked());
        }
    }
    parsed.map_err(|e| {
        // Say what came back (an HTML page, JSON cut short), not the parser's complaint
        // about it.
        let note = if e.is_eof() && buf.first() == Some(&b'{') {
            format!("the JSON ends early, after {} bytes", buf.len())
        } else {
            body_note(&heard.content_type, buf, token)
        };
        let error = ApiError {
            status,
            message: Some(format!("the response body is not valid JSON ({e})")),
            body_note: Some(note),
            request_id: heard.request_id.clone(),
            ..Default::default()
        };
        Failure::Status {
            status,
            retry_after: None,
            error,
            size: buf.len(),
        }
    })
}

/// `Retry-After`: delay-seconds or an HTTP date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = v.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Some(Duration::from_secs_f64(secs.min(3600.0)));
        }
    }
    let when = jiff::fmt::rfc2822::parse(v).ok()?.timestamp();
    let now = jiff::Timestamp::now();
    let d = when.duration_since(now);
    if d.is_negative() {
        return Some(Duration::ZERO);
    }
    Duration::try_from(d).ok()
}
