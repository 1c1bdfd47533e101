//! Sending a bulk run: the records of the second pass of the input ([`Source`]), as many at
//! once as the concurrency controller allows ([`Controller`]), through the one client; each
//! journaled before (intent) and after (outcome) and reported on its own line as it ends.
//! Records settled by earlier runs are replayed as the input reaches them. A 429 with
//! `Retry-After` pauses the starting of new requests (all workers), halves an `auto` limit and
//! paces the starts of an `auto` run under the rate the server accepted ([`Pacer`]);
//! a stopping failure (401/403, cannot connect, the journal, an input changed under the run) or
//! a signal stops new requests, and those in flight finish.

use super::adaptive::Controller;
use super::input::{Next, Source};
use super::journal::Journal;
use super::pace::{PaceChange, Pacer};
use super::plan::{Item, Status, Tally};
use crate::api::Client;
use crate::error::CliError;
use crate::output::results::Results;
use crate::output::stream::{Count, Progress};
use crate::output::{self, Printer};
use crate::spec::Verb;
use serde_json::Value;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

mod one;

use one::one;
pub use one::{error_json, failure_text};

/// What every task of a run shares.
pub struct Shared {
    pub client: Arc<Client>,
    pub printer: Arc<Printer>,
    pub journal: Option<Journal>,
    pub verb: &'static Verb,
    pub progress: Progress,
    pub results: Results,
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
    /// The answer's latency, when it came at the first try (for the controller).
    latency: Option<Duration>,
}

/// How the sending ended.
#[derive(Default)]
pub struct Sent {
    pub tally: Tally,
    /// Records taken from the input but never sent (the run stopped first), in input order.
    pub unsent: Vec<Item>,
    /// The first failure that stopped the run.
    pub stop: Option<CliError>,
    /// The signal that stopped the run, if one did.
    pub signal: Option<i32>,
    /// Lines whose outcome the journal could not record.
    pub journal_failed: Vec<usize>,
    /// Records of the run never sent (set at the end).
    pub unsent_count: usize,
}

/// What decides when the next record starts: the pacer, and the record it held back.
struct Gate {
    pacer: Pacer,
    /// A record taken from the input that the pacer has not let start yet.
    held: Option<Item>,
    /// When the pacer lets the next record start.
    wake: Option<Instant>,
}

/// Replays between yields to the runtime, so a long replay does not starve the requests.
const REPLAYS_PER_YIELD: usize = 1024;

/// Prints a replayed result line and counts it (already counted by the first pass).
fn replay(sh: &Shared, out: &mut Sent, result: &Value) {
    if let Err(e) = sh.results.line(result, None, &sh.progress) {
        out.stop.get_or_insert(e);
    }
}

/// Sends the records of `source`, at most `ctl.limit()` at a time, until done, stopped or
/// interrupted; counts onto `tally` (which holds what is replayed from the journal).
pub async fn send_all(
    sh: Arc<Shared>,
    source: &mut Source<'_>,
    mut ctl: Controller,
    tally: Tally,
) -> Sent {
    let mut out = Sent {
        tally,
        ..Sent::default()
    };
    let mut set = JoinSet::new();
    let mut input_done = false;
    let mut throttled = sh.client.rate_limited();
    let mut gate = Gate {
        pacer: Pacer::new(ctl.adaptive()),
        held: None,
        wake: None,
    };
    let mut ctrl_c: std::pin::Pin<Box<dyn std::future::Future<Output = i32>>> =
        Box::pin(crate::signals::stop_requested());
    loop {
        let stopping = out.signal.is_some() || out.stop.is_some();
        if stopping {
            sh.stopping.store(true, Ordering::SeqCst);
        }
        watch_rate_limits(&sh, &mut ctl, &mut gate.pacer, &mut throttled);
        let pause = pause_of(&sh, stopping || input_done);
        gate.wake = None;
        if !stopping && !input_done && pause.is_none() {
            input_done = fill(&sh, source, &mut set, ctl.limit(), &mut gate, &mut out).await;
        }
        let stopping = out.signal.is_some() || out.stop.is_some();
        if set.is_empty() && pause.is_none() && (input_done || stopping) {
            break;
        }
        // While paused, wake at least twice a second to keep the countdown moving; when paced,
        // at the next start.
        let wake = pause
            .map(|t| t.min(Instant::now() + Duration::from_millis(500)))
            .or(gate.wake.filter(|_| !stopping))
            .map(tokio::time::Instant::from_std);
        tokio::select! {
            Some(done) = set.join_next(), if !set.is_empty() => {
                finished(&sh, &mut ctl, &mut gate.pacer, &mut out, done);
            }
            () = async {
                if let Some(w) = wake {
                    tokio::time::sleep_until(w).await;
                }
            }, if wake.is_some() => {}
            code = &mut ctrl_c, if out.signal.is_none() => {
                out.signal = Some(code);
                interrupted(&sh, code, set.len());
                ctrl_c = Box::pin(second_ctrl_c(sh.printer.clone()));
            }
        }
    }
    sh.progress.finish();
    out.unsent.extend(gate.held.take());
    out.unsent.sort_by_key(|it| it.line);
    out
}

/// New HTTP 429s since the last look: the controller lowers the concurrency, the pacer the rate.
fn watch_rate_limits(sh: &Shared, ctl: &mut Controller, pacer: &mut Pacer, throttled: &mut u64) {
    let seen = sh.client.rate_limited();
    if seen > *throttled {
        *throttled = seen;
        if let Some(ch) = ctl.on_rate_limited() {
            trace_change(sh, &ch.describe());
        }
        let (at, resumed) = sh
            .client
            .take_rate_limited_at()
            .unwrap_or((Instant::now(), None));
        pacer.on_rate_limited(at, resumed);
    }
}

/// The server asked for a pause (429 with Retry-After): start nothing new until then (unless
/// nothing new would start anyway). Shown on the progress line.
fn pause_of(sh: &Shared, starting_nothing: bool) -> Option<Instant> {
    let pause = if starting_nothing {
        None
    } else {
        sh.client.not_before()
    };
    sh.progress.paused(pause.map(|t| {
        t.saturating_duration_since(Instant::now())
            .as_secs_f64()
            .ceil() as u64
    }));
    pause
}

/// Starts records until `limit` are in flight or the pacer holds one back, replaying settled
/// ones on the way. True when the input has no more records (or changed under the run).
async fn fill(
    sh: &Arc<Shared>,
    source: &mut Source<'_>,
    set: &mut JoinSet<Done>,
    limit: usize,
    gate: &mut Gate,
    out: &mut Sent,
) -> bool {
    let mut replays = 0usize;
    while set.len() < limit {
        let step = match gate.held.take() {
            Some(item) => Next::Send(item),
            None => source.next_step(),
        };
        match step {
            Next::Send(item) => {
                let (may, change) = gate.pacer.start(Instant::now());
                if let Some(ch) = change {
                    pace_changed(sh, &ch);
                }
                if let Err(at) = may {
                    gate.held = Some(item);
                    gate.wake = Some(at);
                    break;
                }
                set.spawn(one(sh.clone(), item));
            }
            Next::Replay(_, _, result) => {
                replay(sh, out, &result);
                if out.stop.is_some() {
                    break;
                }
                replays += 1;
                if replays >= REPLAYS_PER_YIELD {
                    replays = 0;
                    tokio::task::yield_now().await;
                }
            }
            Next::End => return true,
            Next::Changed(e) => {
                out.stop.get_or_insert(e);
                return true;
            }
        }
    }
    false
}

/// A finished task: its outcome to the controller, then to the output.
fn finished(
    sh: &Shared,
    ctl: &mut Controller,
    pacer: &mut Pacer,
    out: &mut Sent,
    done: Result<Done, tokio::task::JoinError>,
) {
    match done {
        Ok(d) => {
            match (d.status, d.unsent.is_some()) {
                (Status::Ok, false) => {
                    pacer.on_success(Instant::now(), d.latency);
                    if let Some(ch) = ctl.on_success(d.latency) {
                        trace_change(sh, &ch.describe());
                    }
                }
                _ => ctl.on_other(),
            }
            record(sh, out, d);
        }
        Err(e) => {
            out.stop = Some(CliError::io(format!("a bulk task failed: {e}")));
        }
    }
}

/// The first stop signal: no more requests start; say how many are still in flight.
fn interrupted(sh: &Shared, code: i32, n: usize) {
    sh.progress.suspend(|| {
        output::err_line(&format!(
            "Interrupted ({}): sending no more; waiting for {n} request{} in flight (Ctrl-C again to quit now)",
            crate::signals::name(code),
            if n == 1 { "" } else { "s" }
        ))
    });
}

/// A new pace: traced with `--verbose`, else a cut is said in a status line.
fn pace_changed(sh: &Shared, ch: &PaceChange) {
    if sh.printer.verbose() {
        trace_change(sh, &ch.describe());
    } else if let Some(line) = ch.said() {
        sh.progress.suspend(|| sh.printer.status(&line));
    }
}

fn trace_change(sh: &Shared, text: &str) {
    if sh.printer.verbose() {
        sh.progress.suspend(|| sh.printer.trace(text));
    }
}

fn record(sh: &Shared, out: &mut Sent, d: Done) {
    if d.stop.is_some() && out.stop.is_none() {
        out.stop = d.stop;
    }
    if d.journal_failed {
        out.journal_failed.push(d.line);
    }
    match d.unsent {
        Some(item) => {
            sh.progress.inc();
            out.unsent.push(item)
        }
        None => {
            sh.progress.done(match d.status {
                Status::Ok => Count::Ok,
                Status::Error => Count::Failed,
                _ => Count::Unknown,
            });
            out.tally.add(d.status, d.line)
        }
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
