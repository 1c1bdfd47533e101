//! `--with-entrances` on `list` and `get`: after the main call, fetch each credential's
//! accessible entrances (a few calls at a time, through the one client) and add them to the
//! credential as an `acs_entrances` array. This key is the CLI's extension: the API's
//! credential object has no such field.

use super::{list_accessible_entrances, Verb};
use crate::api::{Client, RetryPolicy};
use crate::context::Ctx;
use crate::error::CliError;
use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{json, Value};
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

/// The flag's id and spelling.
pub const FLAG: &str = "with_entrances";
/// How many entrance lookups run at once.
pub const CONCURRENCY: usize = 8;
/// The key added to each credential.
pub const KEY: &str = "acs_entrances";

/// Which verbs take `--with-entrances`.
pub fn applies(verb: &Verb) -> bool {
    matches!(verb.name, "list" | "get")
}

/// Adds `--with-entrances` to a verb's command, if it takes it. The flag is the CLI's own: it
/// is never sent to the API.
pub fn add_flag(verb: &Verb, c: Command) -> Command {
    if !applies(verb) {
        return c;
    }
    c.arg(
        Arg::new(FLAG)
            .long("with-entrances")
            .alias("with_entrances")
            .action(ArgAction::SetTrue)
            .help(format!(
                "Also fetch the entrances each credential opens (one list_accessible_entrances \
                 call per credential, {CONCURRENCY} at a time) and show them: an ENTRANCES column \
                 in the table, an \"{KEY}\" array added to each credential in JSON"
            ))
            .help_heading("CLI options"),
    )
}

/// Whether `--with-entrances` was given.
pub fn wanted(m: &ArgMatches) -> bool {
    m.try_get_one::<bool>(FLAG)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

/// Under `--dry-run`: says what `--with-entrances` would do next (on stderr).
pub fn dry_run_note(ctx: &Ctx) {
    ctx.printer.status(&format!(
        "# --with-entrances: then one POST {} per credential returned",
        list_accessible_entrances::VERB.path()
    ));
}

/// Fetches the entrances of every credential in `creds` and stores them under `acs_entrances`.
/// Credentials without an ID are left alone. The first failure stops new lookups and is
/// returned (after saying which credential it was about).
pub async fn attach(ctx: &Ctx, client: &Client, creds: &mut [Value]) -> Result<(), CliError> {
    let path = list_accessible_entrances::VERB.path();
    let ids: Vec<(usize, String)> = creds
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            c.get("acs_credential_id")
                .and_then(Value::as_str)
                .map(|id| (i, id.to_string()))
        })
        .collect();
    let jobs = ids.iter().map(|(i, id)| {
        let path = path.as_str();
        async move {
            let body = json!({ "acs_credential_id": id });
            let result = client.call(path, &body, RetryPolicy::Read).await;
            (*i, id.as_str(), result)
        }
    });
    let results = bounded(jobs, CONCURRENCY, |(_, _, r)| r.is_err()).await;
    for (i, id, result) in results {
        let reply = match result {
            Ok(Some(reply)) => reply,
            // --dry-run: nothing comes back.
            Ok(None) => continue,
            Err(e) => {
                ctx.printer
                    .warn(&format!("could not fetch the entrances of credential {id}"));
                return Err(e.error);
            }
        };
        let entrances = match reply.body.get(KEY) {
            Some(Value::Array(es)) => es.clone(),
            _ => {
                return Err(CliError::BadResponse {
                    message: format!(
                        "unexpected response from {path} for credential {id}: no \"{KEY}\" array"
                    ),
                    request_id: reply.request_id,
                })
            }
        };
        if let Some(Value::Object(c)) = creds.get_mut(i) {
            c.insert(KEY.to_string(), Value::Array(entrances));
        }
    }
    Ok(())
}

/// [`attach`] on a response body: `{"acs_credential": {..}}` or `{"acs_credentials": [..]}`.
pub async fn attach_to_body(ctx: &Ctx, client: &Client, body: &mut Value) -> Result<(), CliError> {
    if let Some(Value::Array(creds)) = body.get_mut("acs_credentials") {
        return attach(ctx, client, creds).await;
    }
    if let Some(c @ Value::Object(_)) = body.get_mut("acs_credential") {
        return attach(ctx, client, std::slice::from_mut(c)).await;
    }
    Ok(())
}

type Job<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

/// Runs `jobs` with at most `limit` in flight, and returns their outputs in the order given.
/// Once an output satisfies `stop`, no new job is started (those running are finished).
pub async fn bounded<'a, T, F>(
    jobs: impl IntoIterator<Item = F>,
    limit: usize,
    stop: impl Fn(&T) -> bool,
) -> Vec<T>
where
    F: Future<Output = T> + 'a,
{
    let mut queue = jobs.into_iter().enumerate();
    let limit = limit.max(1);
    let mut running: Vec<(usize, Job<'a, T>)> = Vec::new();
    let mut done: Vec<(usize, T)> = Vec::new();
    let mut stopped = false;
    let mut exhausted = false;
    std::future::poll_fn(|cx| loop {
        while !stopped && !exhausted && running.len() < limit {
            match queue.next() {
                Some((n, job)) => running.push((n, Box::pin(job))),
                None => exhausted = true,
            }
        }
        let mut progressed = false;
        let mut k = 0;
        while k < running.len() {
            if let Poll::Ready(out) = running[k].1.as_mut().poll(cx) {
                let (n, _) = running.swap_remove(k);
                stopped |= stop(&out);
                done.push((n, out));
                progressed = true;
            } else {
                k += 1;
            }
        }
        if running.is_empty() && (stopped || exhausted) {
            return Poll::Ready(());
        }
        if !progressed {
            return Poll::Pending;
        }
    })
    .await;
    done.sort_by_key(|(n, _)| *n);
    done.into_iter().map(|(_, out)| out).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::time::Duration;

    fn rt() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
    }

    #[test]
    fn bounded_keeps_order_and_limit() {
        let in_flight = Cell::new(0usize);
        let peak = Cell::new(0usize);
        let out = rt().block_on(bounded(
            (0..20u64).map(|i| {
                let (in_flight, peak) = (&in_flight, &peak);
                async move {
                    in_flight.set(in_flight.get() + 1);
                    peak.set(peak.get().max(in_flight.get()));
                    tokio::time::sleep(Duration::from_millis(20 - i)).await;
                    in_flight.set(in_flight.get() - 1);
                    i
                }
            }),
            3,
            |_| false,
        ));
        assert_eq!(out, (0..20).collect::<Vec<_>>());
        assert_eq!(peak.get(), 3);
    }

    #[test]
    fn bounded_stops_starting_after_a_failure() {
        let started = Cell::new(0usize);
        let out = rt().block_on(bounded(
            (0..10).map(|i| {
                let started = &started;
                async move {
                    started.set(started.get() + 1);
                    tokio::task::yield_now().await;
                    if i == 1 {
                        Err(i)
                    } else {
                        Ok(i)
                    }
                }
            }),
            2,
            |r: &Result<i32, i32>| r.is_err(),
        ));
        assert!(started.get() < 10, "started {}", started.get());
        assert!(out.contains(&Err(1)));
    }

    #[test]
    fn bounded_with_nothing_to_do() {
        let out: Vec<u8> =
            rt().block_on(bounded(Vec::<std::future::Ready<u8>>::new(), 4, |_| false));
        assert!(out.is_empty());
    }
}
