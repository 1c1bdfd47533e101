//! What `--verbose` and `--dry-run` show of a call: the request with the token masked, each
//! answer or failure, the retries, and an equivalent curl command.

use super::failure::{describe, Failure};
use super::send::Sent;
use super::{ClientSettings, USER_AGENT};
use crate::output::Printer;
use std::time::{Duration, Instant};

/// Quotes a string for POSIX shells.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The headers sent with every call, with the token masked: for traces and `--dry-run`.
pub(super) fn shown_headers(settings: &ClientSettings) -> Vec<(String, String)> {
    let mut h = Vec::new();
    let auth = match &settings.token {
        Some(t) => format!("Bearer {}", t.masked()),
        None => "Bearer (no token set)".into(),
    };
    h.push(("authorization".into(), auth));
    if let Some(ws) = &settings.workspace_id {
        h.push(("seam-workspace".into(), ws.clone()));
    }
    h.push(("content-type".into(), "application/json".into()));
    h.push(("user-agent".into(), USER_AGENT.into()));
    h.extend(settings.extra_headers.iter().cloned());
    h
}

/// An equivalent curl command that reads the token from `$SEAM_API_KEY`.
pub(super) fn curl(settings: &ClientSettings, url: &str, json: &str) -> String {
    let mut s = format!(
        "curl -sS -X POST {} \\\n  -H \"Authorization: Bearer $SEAM_API_KEY\" \\\n",
        sh_quote(url)
    );
    if let Some(ws) = &settings.workspace_id {
        s.push_str(&format!(
            "  -H {} \\\n",
            sh_quote(&format!("seam-workspace: {ws}"))
        ));
    }
    s.push_str("  -H 'Content-Type: application/json' \\\n");
    for (name, value) in &settings.extra_headers {
        s.push_str(&format!(
            "  -H {} \\\n",
            sh_quote(&format!("{name}: {value}"))
        ));
    }
    s.push_str(&format!("  --data-raw {}", sh_quote(json)));
    s
}

/// `> POST ...`, the headers (token masked) and the body of attempt `attempt` of call
/// `call_no`.
pub(super) fn request(
    printer: &Printer,
    settings: &ClientSettings,
    url: &str,
    call_no: u64,
    attempt: u32,
    json: &str,
) {
    if !printer.verbose() {
        return;
    }
    let tries = if attempt > 1 {
        format!(" (attempt {attempt} of {})", settings.max_retries + 1)
    } else {
        String::new()
    };
    printer.trace(&format!("> POST {url} [#{call_no}]{tries}"));
    for (k, v) in shown_headers(settings) {
        printer.trace(&format!("> {k}: {v}"));
    }
    printer.trace(&format!("> {json}"));
}

/// `< HTTP 200 ...` for a successful answer.
pub(super) fn reply(printer: &Printer, sent: &Sent, call_no: u64, started: Instant) {
    if !printer.verbose() {
        return;
    }
    printer.trace(&format!(
        "< HTTP {} [#{call_no}] {} ms, {} bytes{}{}",
        sent.reply.status,
        started.elapsed().as_millis(),
        sent.size,
        // HTTP/1.1 is the norm (and what traces always said); say the rest.
        match sent.version {
            http::Version::HTTP_11 => "",
            http::Version::HTTP_2 => " over HTTP/2",
            http::Version::HTTP_10 => " over HTTP/1.0",
            _ => " over another HTTP version",
        },
        sent.reply
            .request_id
            .as_deref()
            .map(|id| format!(", seam-request-id: {id}"))
            .unwrap_or_default()
    ));
}

/// `< HTTP 503 ...` for an error answer, or `< ...` saying what went wrong.
pub(super) fn failure(printer: &Printer, failure: &Failure, call_no: u64, started: Instant) {
    if !printer.verbose() {
        return;
    }
    let ms = started.elapsed().as_millis();
    printer.trace(&match failure {
        Failure::Status {
            status,
            error,
            size,
            ..
        } => format!(
            "< HTTP {status} [#{call_no}] {ms} ms, {size} bytes{}{}",
            error
                .request_id
                .as_deref()
                .map(|id| format!(", seam-request-id: {id}"))
                .unwrap_or_default(),
            error
                .error_type
                .as_deref()
                .map(|t| format!(", error type: {t}"))
                .unwrap_or_default()
        ),
        other => format!("< {} [#{call_no}] {ms} ms", describe(other)),
    });
}

/// `* [#n] retrying in ...`: the wait before retry `attempt` of `max_retries`.
pub(super) fn retrying(
    printer: &Printer,
    call_no: u64,
    wait: Duration,
    attempt: u32,
    max_retries: u32,
    failure: &Failure,
) {
    printer.trace(&format!(
        "* [#{call_no}] retrying in {:.1} s (retry {} of {}): {}",
        wait.as_secs_f64(),
        attempt,
        max_retries,
        describe(failure)
    ));
}
