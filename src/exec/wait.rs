//! `--wait` (verbs whose table has `wait`): after the change, poll the resource's read verb
//! (`get`) with backoff until the object is ready (a credential issued), shows errors, or the
//! time is up. The object last seen is what is printed; not ready in time is exit 7.

use crate::api::Client;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::stream::Spinner;
use crate::spec::{Verb, Wait};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// How long `--wait` waits unless `--wait-timeout` says.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// The first pause between polls unless `--wait-interval` says; each next one is 1.5 times
/// longer, up to [`MAX_INTERVAL`].
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(1);
pub const MAX_INTERVAL: Duration = Duration::from_secs(15);

/// What a poll found.
#[derive(Debug, PartialEq, Eq)]
pub enum Seen {
    Ready,
    Failed,
    Pending,
}

/// Where `object` stands: ready (`is_issued` true), failed (`errors` not empty), or pending.
pub fn seen(w: &Wait, object: &Value) -> Seen {
    if object
        .get(w.errors)
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty())
    {
        return Seen::Failed;
    }
    if object.get(w.ready) == Some(&Value::Bool(true)) {
        return Seen::Ready;
    }
    Seen::Pending
}

/// The object's ID: from the answer's object, else from the request.
pub fn object_id(
    verb: &Verb,
    w: &Wait,
    sent: &Map<String, Value>,
    answer: &Value,
) -> Option<String> {
    verb.response
        .key()
        .and_then(|k| answer.get(k))
        .and_then(|o| o.get(w.id))
        .or_else(|| sent.get(w.id))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Polls until ready; returns the last answer of the read verb (`{"acs_credential": {...}}`),
/// or, when the change's own answer already shows it ready, that. The error (exit 7) carries
/// nothing printed: the caller prints the answer first, then returns it.
pub async fn until_ready(
    ctx: &Ctx,
    client: &Client,
    w: &Wait,
    id: &str,
    first: Option<Value>,
    timeout: Duration,
    interval: Duration,
) -> Result<(Value, Result<(), CliError>), CliError> {
    let key = w.poll.response.key().unwrap_or("item");
    let deadline = Instant::now() + timeout;
    let noun = key.trim_start_matches("acs_").replace('_', " ");
    let mut last = first;
    let mut pause = interval;
    let mut polls = 0u32;
    let spinner = Spinner::new(
        &ctx.printer,
        &format!("waiting for {noun} {id} ({})", w.ready),
    );
    loop {
        if let Some(body) = &last {
            let object = body.get(key).unwrap_or(&Value::Null);
            match seen(w, object) {
                Seen::Ready => {
                    spinner.finish();
                    return Ok((body.clone(), Ok(())));
                }
                Seen::Failed => {
                    spinner.finish();
                    let errors = object.get(w.errors).cloned().unwrap_or(Value::Null);
                    return Ok((
                        body.clone(),
                        Err(CliError::NotIssued {
                            message: format!("{noun} {id} shows errors: {}", summary(&errors)),
                            hints: vec![format!(
                                "see its {} with `seam acs credentials get {id}`",
                                w.errors
                            )],
                        }),
                    ));
                }
                Seen::Pending => {}
            }
        }
        let now = Instant::now();
        if now >= deadline {
            spinner.finish();
            let not_ready = CliError::NotIssued {
                message: format!(
                    "{noun} {id} is not ready ({} is not true) after {} ({polls} polls)",
                    w.ready,
                    shown(timeout)
                ),
                hints: vec![format!(
                    "it may still be issued: check later with `seam acs credentials get {id}`, or \
                     wait longer with --wait-timeout"
                )],
            };
            return Ok((last.unwrap_or_else(|| json!({})), Err(not_ready)));
        }
        tokio::time::sleep(pause.min(deadline - now)).await;
        pause = pause.mul_f64(1.5).min(MAX_INTERVAL);
        polls += 1;
        ctx.printer
            .trace(&format!("* --wait: poll {polls} of {noun} {id}"));
        let body = json!({ w.id: id });
        let Some(reply) = client.call(&w.poll.path(), &body, w.poll.effect).await? else {
            return Ok((json!({}), Ok(())));
        };
        super::request::check_response(w.poll, &reply.body, reply.request_id.as_deref())?;
        last = Some(reply.body);
    }
}

fn shown(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 60.0 && (s % 60.0).abs() < f64::EPSILON {
        format!("{} min", s / 60.0)
    } else {
        format!("{s} s")
    }
}

/// `errors` in one line: their `error_code`s (else the JSON), made safe for a terminal.
fn summary(errors: &Value) -> String {
    let codes: Vec<String> = errors
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    e.get("error_code")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| e.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    crate::output::one_line_safe(&codes.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::credentials::WAIT;

    #[test]
    fn what_a_poll_sees() {
        assert_eq!(
            seen(&WAIT, &json!({"is_issued": true, "errors": []})),
            Seen::Ready
        );
        assert_eq!(seen(&WAIT, &json!({"is_issued": false})), Seen::Pending);
        assert_eq!(seen(&WAIT, &json!({})), Seen::Pending);
        assert_eq!(
            seen(
                &WAIT,
                &json!({"is_issued": true, "errors": [{"error_code": "x"}]})
            ),
            Seen::Failed
        );
        assert_eq!(
            summary(&json!([{"error_code": "a"}, {"x": 1}])),
            "a, {\"x\":1}"
        );
        assert_eq!(shown(Duration::from_secs(120)), "2 min");
        assert_eq!(shown(Duration::from_millis(500)), "0.5 s");
    }
}
