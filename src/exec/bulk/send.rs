//! Sending a bulk run: `concurrency` requests in flight through the one client, each journaled
//! before (intent) and after (outcome) and reported on its own JSON line as it ends. A 429 with
//! `Retry-After` pauses the starting of new requests (all workers); a stopping failure (401/403,
//! cannot connect, the journal) or a signal stops new requests, and those in flight finish.

use super::journal::Journal;
use super::plan::{base_result, Item, Status, Tally};
use crate::api::{CallError, Client, Reach};
use crate::error::CliError;
use crate::output::stream::Progress;
use crate::output::{self, Printer};
use crate::spec::Verb;
use serde_json::{json, Map, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What every task of a run shares.
pub struct Shared {
    pub client: Arc<Client>,
    pub printer: Arc<Printer>,
    pub journal: Option<Journal>,
    pub verb: &'static Verb,
    pub progress: Progress,
    /// Set when the run stops (signal or a stopping failure): tasks not yet sending give up.
    pub stopping: AtomicBool,
}

/// What a finished task reports to the loop.
struct Done {
    line: usize,
    status: Status,
    /// A failure that should stop the run (auth, cannot connect, journal).
    stop: Option<CliError>,
    /// The record, when it was not sent (its `not_sent` line is printed at the end).
    unsent: Option<Item>,
    /// The journal could not record this record's outcome (it was printed with `journal_error`).
    journal_failed: bool,
}

/// How the sending ended.
#[derive(Default)]
pub struct Sent {
    pub tally: Tally,
    /// Records never sent (the run stopped first), in input order.
    pub unsent: Vec<Item>,
    /// The first failure that stopped the run.
    pub stop: Option<CliError>,
    /// The signal that stopped the run, if one did.
    pub signal: Option<i32>,
    /// Lines whose outcome the journal could not record.
    pub journal_failed: Vec<usize>,
}

/// Sends `queue`, at most `concurrency` at a time, until done, stopped or interrupted; counts
/// onto `tally` (which holds what was replayed from the journal).
pub async fn send_all(sh: Arc<Shared>, queue: Vec<Item>, concurrency: usize, tally: Tally) -> Sent {
    let mut out = Sent {
        tally,
        ..Sent::default()
    };
    let mut set = tokio::task::JoinSet::new();
    let mut queue = queue.into_iter();
    let mut ctrl_c: std::pin::Pin<Box<dyn std::future::Future<Output = i32>>> =
        Box::pin(crate::signals::stop_requested());
    loop {
        let stopping = out.signal.is_some() || out.stop.is_some();
        if stopping {
            sh.stopping.store(true, Ordering::SeqCst);
        }
        // The server asked for a pause (429 with Retry-After): start nothing new until then.
        let pause = if stopping || queue.len() == 0 {
            None
        } else {
            sh.client.not_before()
        };
        while !stopping && pause.is_none() && set.len() < concurrency {
            match queue.next() {
                Some(item) => {
                    set.spawn(one(sh.clone(), item));
                }
                None => break,
            }
        }
        if set.is_empty() && pause.is_none() {
            break;
        }
        let wake = pause.map(tokio::time::Instant::from_std);
        tokio::select! {
            Some(done) = set.join_next(), if !set.is_empty() => {
                match done {
                    Ok(d) => record(&mut out, d),
                    Err(e) => {
                        out.stop = Some(CliError::io(format!("a bulk task failed: {e}")));
                    }
                }
                sh.progress.inc();
            }
            () = async {
                if let Some(w) = wake {
                    tokio::time::sleep_until(w).await;
                }
            }, if wake.is_some() => {}
            code = &mut ctrl_c, if out.signal.is_none() => {
                out.signal = Some(code);
                let n = set.len();
                sh.progress.suspend(|| output::err_line(&format!(
                    "Interrupted ({}): sending no more; waiting for {n} request{} in flight (Ctrl-C again to quit now)",
                    crate::signals::name(code),
                    if n == 1 { "" } else { "s" }
                )));
                ctrl_c = Box::pin(second_ctrl_c(sh.printer.clone()));
            }
        }
    }
    sh.progress.finish();
    out.unsent.extend(queue);
    out.unsent.sort_by_key(|it| it.line);
    out
}

fn record(out: &mut Sent, d: Done) {
    if d.stop.is_some() && out.stop.is_none() {
        out.stop = d.stop;
    }
    if d.journal_failed {
        out.journal_failed.push(d.line);
    }
    match d.unsent {
        Some(item) => out.unsent.push(item),
        None => out.tally.add(d.status, d.line),
    }
}

/// After the first Ctrl-C: a second one quits at once (journal entries already written stay; the
/// requests in flight become "unknown" on resume).
async fn second_ctrl_c(p: Arc<Printer>) -> i32 {
    let code = crate::signals::stop_requested().await;
    let _ = p.flush();
    output::err_line(
        "Interrupted again: quitting now; requests in flight are unknown in the journal",
    );
    std::process::exit(code);
}

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

/// Sends one record: intent, request, outcome, result line.
async fn one(sh: Arc<Shared>, item: Item) -> Done {
    let verb = sh.verb;
    let unsent = |item: Item, stop: Option<CliError>| Done {
        line: item.line,
        status: Status::NotSent,
        stop,
        unsent: Some(item),
        journal_failed: false,
    };
    if !wait_for_pause(&sh).await {
        return unsent(item, None);
    }
    if let Some(j) = &sh.journal {
        if let Err(e) = j.intent(item.line, &item.hash).await {
            return unsent(item, Some(CliError::io(e)));
        }
    }
    let res = sh.client.call(&verb.path(), &item.body, verb.effect).await;
    let (status, mut result, stop) = match res {
        // --dry-run: the request was printed.
        Ok(None) => {
            return Done {
                line: item.line,
                status: Status::Ok,
                stop: None,
                unsent: None,
                journal_failed: false,
            }
        }
        Ok(Some(reply)) => answered(verb, &item, reply),
        Err(e) => failed(verb, &item, e),
    };
    if let Some(j) = &sh.journal {
        if let Err(e) = j
            .outcome(item.line, &item.hash, status.name(), &result)
            .await
        {
            // The API's answer stands (the line and the summary say what happened); the line
            // says the journal missed it, and the run stops: on --resume the record shows as
            // unknown (it has an intent and no outcome), so it is never sent twice.
            if let Value::Object(o) = &mut result {
                o.insert("journal_error".into(), json!(e));
            }
            let _ = print_line(&sh, &result);
            return Done {
                line: item.line,
                status,
                stop: Some(stop.unwrap_or_else(|| CliError::io(e))),
                unsent: None,
                journal_failed: true,
            };
        }
    }
    let printed = print_line(&sh, &result);
    Done {
        line: item.line,
        status,
        stop: stop.or(printed.err()),
        unsent: None,
        journal_failed: false,
    }
}

fn print_line(sh: &Shared, result: &Value) -> Result<(), CliError> {
    sh.progress.around_data(|| {
        sh.printer
            .json_line(result)
            .and_then(|()| sh.printer.flush())
    })
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
