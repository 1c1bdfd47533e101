//! One record sent: wait out a pause, journal the intent, send, journal the outcome, and build
//! its result line (with the error's JSON for failures).

use super::{Done, Shared};
use crate::api::{CallError, Reach};
use crate::error::CliError;
use crate::exec::bulk::plan::{base_result, Item, Status};
use crate::spec::Verb;
use serde_json::{json, Map, Value};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Waits while the server asked for a pause (429 with `Retry-After`), in short steps so a stop
/// is noticed. False if the run is stopping: the record is then not sent.
async fn wait_for_pause(sh: &Shared) -> bool {
    while let Some(t) = sh.client.not_before() {
        if sh.stopping.load(Ordering::SeqCst) {
            return false;
        }
        let step = t
            .saturating_duration_since(Instant::now())
            .min(Duration::from_millis(100));
        tokio::time::sleep(step).await;
    }
    !sh.stopping.load(Ordering::SeqCst)
}

/// The text of a failed record's result, for a terminal: `line 3: error: code refused
/// (invalid_input, HTTP 400, request req_400)`.
pub fn failure_text(result: &Value) -> String {
    let line = result.get("line").and_then(Value::as_u64).unwrap_or(0);
    let status = result.get("status").and_then(Value::as_str).unwrap_or("");
    let e = result.get("error");
    let field = |k: &str| e.and_then(|e| e.get(k));
    let msg = field("message").and_then(Value::as_str).unwrap_or("failed");
    let mut detail = Vec::new();
    if let Some(t) = field("type").and_then(Value::as_str) {
        detail.push(t.to_string());
    }
    if let Some(s) = field("http_status").and_then(Value::as_u64) {
        detail.push(format!("HTTP {s}"));
    }
    if let Some(id) = field("request_id").and_then(Value::as_str) {
        detail.push(format!("request {id}"));
    }
    let detail = if detail.is_empty() {
        String::new()
    } else {
        format!(" ({})", detail.join(", "))
    };
    format!("line {line}: {status}: {msg}{detail}")
}

/// Sends one record: intent, request, outcome, result line.
pub(super) async fn one(sh: Arc<Shared>, item: Item) -> Done {
    let verb = sh.verb;
    let unsent = |item: Item, stop: Option<CliError>| Done {
        line: item.line,
        status: Status::NotSent,
        stop,
        unsent: Some(item),
        journal_failed: false,
        latency: None,
    };
    if !wait_for_pause(&sh).await {
        return unsent(item, None);
    }
    if let Some(j) = &sh.journal {
        if let Err(e) = j.intent(item.line, item.hash).await {
            return unsent(item, Some(CliError::io(e)));
        }
    }
    let throttled = sh.client.rate_limited();
    let started = Instant::now();
    let res = sh.client.call(&verb.path(), &item.body, verb.effect).await;
    // A latency that includes a 429 and its wait says nothing about the server's speed.
    let latency = (sh.client.rate_limited() == throttled).then(|| started.elapsed());
    let (status, mut result, stop) = match res {
        // --dry-run: the request was printed.
        Ok(None) => {
            return Done {
                line: item.line,
                status: Status::Ok,
                stop: None,
                unsent: None,
                journal_failed: false,
                latency: None,
            }
        }
        Ok(Some(reply)) => answered(verb, &item, reply),
        Err(e) => failed(verb, &item, e),
    };
    let failure = (status != Status::Ok).then(|| failure_text(&result));
    if let Some(j) = &sh.journal {
        if let Err(e) = j
            .outcome(item.line, item.hash, status.name(), &result)
            .await
        {
            // The API's answer stands (the line and the summary say what happened); the line
            // says the journal missed it, and the run stops: on --resume the record shows as
            // unknown (it has an intent and no outcome), so it is never sent twice.
            if let Value::Object(o) = &mut result {
                o.insert("journal_error".into(), json!(e));
            }
            let _ = sh.results.line(&result, failure.as_deref(), &sh.progress);
            return Done {
                line: item.line,
                status,
                stop: Some(stop.unwrap_or_else(|| CliError::io(e))),
                unsent: None,
                journal_failed: true,
                latency,
            };
        }
    }
    let printed = sh.results.line(&result, failure.as_deref(), &sh.progress);
    Done {
        line: item.line,
        status,
        stop: stop.or(printed.err()),
        unsent: None,
        journal_failed: false,
        latency,
    }
}

/// The result of a 2xx answer.
fn answered(
    verb: &Verb,
    item: &Item,
    reply: crate::api::Reply,
) -> (Status, Value, Option<CliError>) {
    // The same response check as the single call: an answered-but-unusable write (an empty
    // body, `{}`, an array, a captive portal's JSON) may have been made: unknown, never ok.
    let shape =
        crate::exec::request::check_response(verb, &reply.body, reply.request_id.as_deref());
    if let Err(e) = shape {
        let mut r = base_result(verb, item, Status::Unknown);
        r.insert("error".into(), error_json(&e));
        r.insert("reach".into(), json!("answered"));
        return (Status::Unknown, Value::Object(r), None);
    }
    let mut r = base_result(verb, item, Status::Ok);
    if let Some(id) = &reply.request_id {
        r.insert("request_id".into(), json!(id));
    }
    if let Some(k) = verb.response.key() {
        match reply.body.get(k) {
            Some(v) => r.insert(k.into(), v.clone()),
            None => r.insert("response".into(), crate::output::without_ok(&reply.body)),
        };
    }
    (Status::Ok, Value::Object(r), None)
}

/// The result of a failed call: refused (error, safe to send again), or of unknown outcome.
fn failed(verb: &Verb, item: &Item, e: CallError) -> (Status, Value, Option<CliError>) {
    let CallError { error, reach } = e;
    let status = match (&error, reach) {
        (_, Reach::NotSent) => Status::Error,
        (CliError::Api(a), Reach::Answered) if a.status < 500 => Status::Error,
        // 5xx, a 2xx that cannot be read, no answer: it may have been processed.
        _ => Status::Unknown,
    };
    let stop = match (&error, reach) {
        (CliError::Auth { .. }, _) | (CliError::Network { .. }, Reach::NotSent) => {
            Some(copy_error(&error))
        }
        (CliError::Api(a), _) if a.status == 401 || a.status == 403 => Some(copy_error(&error)),
        _ => None,
    };
    let mut r = base_result(verb, item, status);
    r.insert("error".into(), error_json(&error));
    r.insert(
        "reach".into(),
        json!(match reach {
            Reach::NotSent => "not_sent",
            Reach::Unknown => "unknown",
            Reach::Answered => "answered",
        }),
    );
    (status, Value::Object(r), stop)
}

/// An error as the `error` object of a result line.
pub fn error_json(e: &CliError) -> Value {
    let mut o = Map::new();
    match e {
        CliError::Api(a) => {
            o.insert(
                "type".into(),
                json!(a.error_type.clone().unwrap_or_else(|| "http_error".into())),
            );
            let (lines, _) = e.lines();
            o.insert(
                "message".into(),
                json!(a
                    .message
                    .clone()
                    .unwrap_or_else(|| lines.first().cloned().unwrap_or_default())),
            );
            o.insert("http_status".into(), json!(a.status));
            if !a.validation_errors.is_empty() {
                let v: Map<String, Value> = a
                    .validation_errors
                    .iter()
                    .map(|(k, m)| (k.clone(), json!(m)))
                    .collect();
                o.insert("validation_errors".into(), Value::Object(v));
            }
            if let Some(n) = &a.body_note {
                o.insert("detail".into(), json!(n));
            }
            if let Some(id) = &a.request_id {
                o.insert("request_id".into(), json!(id));
            }
        }
        other => {
            let t = match other {
                CliError::Network { .. } => "network",
                CliError::Auth { .. } => "auth",
                CliError::BadResponse { .. } => "bad_response",
                CliError::Usage { .. } => "usage",
                _ => "error",
            };
            o.insert("type".into(), json!(t));
            o.insert("message".into(), json!(other.to_string()));
            if let CliError::BadResponse {
                request_id: Some(id),
                ..
            } = other
            {
                o.insert("request_id".into(), json!(id));
            }
        }
    }
    Value::Object(o)
}

/// `CliError` is not `Clone`; the run-stopping kinds are rebuilt from their parts.
fn copy_error(e: &CliError) -> CliError {
    match e {
        CliError::Auth { message, hints } => CliError::Auth {
            message: message.clone(),
            hints: hints.clone(),
        },
        CliError::Network { message, hints } => CliError::Network {
            message: message.clone(),
            hints: hints.clone(),
        },
        CliError::Api(a) => CliError::Api(a.clone()),
        other => CliError::io(other.to_string()),
    }
}
