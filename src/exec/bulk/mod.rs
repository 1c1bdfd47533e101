//! Bulk runs: `--from-file` on the verbs whose table has `bulk` (create, delete).
//!
//! 1. [`plan`]: read the input (a file or `-`), parse its records (CSV, JSON Lines, or IDs one
//!    per line), check every record with the verb's table (any bad record stops the run before
//!    the first request, exit 2, each problem with its line), and reconcile them with the journal
//!    of earlier runs (refusing input that changed under a settled record).
//! 2. [`send`]: send the records still to do, `--concurrency` at a time, through the one client,
//!    journaling each before and after its request and printing one JSON line per record.
//! 3. [`summary`]: a `not_sent` line for every record never sent, the tally, hints, exit code.
//!
//! Ctrl-C (or SIGTERM, SIGHUP) stops new requests, waits for those in flight, and exits 130
//! (143, 129); a second one quits at once.

pub mod journal;
pub mod plan;
pub mod records;
pub mod send;
pub mod summary;

use super::request::given_values;
use super::{BulkArgs, Invocation};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::stream::Progress;
use crate::output::{self, Format};
use crate::spec::Verb;
use journal::{Journal, State};
use plan::Tally;
use plan::{Plan, RetryUnknown};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Instant;
use summary::RunFacts;

pub const DEFAULT_CONCURRENCY: u32 = 8;
pub const MAX_CONCURRENCY: u32 = 64;

/// The options of a run, checked before the input is read.
struct Options {
    src: String,
    concurrency: usize,
    resume: bool,
    retry: RetryUnknown,
    journal: Option<PathBuf>,
}

fn options(ctx: &Ctx, verb: &Verb, b: &BulkArgs) -> Result<Options, CliError> {
    // Results are always JSON Lines, a line per record: say so rather than ignore the flag.
    if let Some(f) = ctx.globals.format.filter(|f| *f != Format::Ndjson) {
        return Err(CliError::usage_hint(
            format!(
                "--from-file writes its results as JSON Lines (one per record), not {}",
                match f {
                    Format::Json => "one JSON document",
                    Format::Csv | Format::Tsv => "CSV or TSV",
                    _ => "a table",
                }
            ),
            "drop --format/--json, or pass --format ndjson",
        ));
    }
    let no_journal = b.no_journal || ctx.globals.dry_run;
    let journal = match &b.journal {
        _ if no_journal => None,
        Some(j) => Some(PathBuf::from(j)),
        None if b.from_file == "-" => {
            return Err(CliError::usage_hint(
                "--from-file - (stdin) needs --journal PATH, so that the run can be resumed",
                "or pass --no-journal to run without one",
            ))
        }
        None if journal::no_place_beside(&b.from_file) => {
            return Err(CliError::usage_hint(
                format!(
                    "--from-file {} is a pipe or a device (such as <(...)): there is no place beside it for a journal",
                    b.from_file
                ),
                "pass --journal PATH, so that the run can be resumed (or --no-journal to run without one)",
            ))
        }
        None => Some(PathBuf::from(format!("{}.journal", b.from_file))),
    };
    // A destructive run with no one to ask (cron, CI, a pipe) must say so: --yes.
    if let Some(c) = &verb.confirm {
        let can_ask = output::can_prompt() && !crate::interact::prompts_off(&ctx.globals);
        if !ctx.globals.yes && !ctx.globals.dry_run && !can_ask {
            return Err(CliError::usage_hint(
                format!(
                    "{} --from-file needs --yes when it cannot ask (no terminal, --non-interactive or CI); nothing was sent",
                    verb.name
                ),
                format!(
                    "add --yes to {} every {} listed in the input",
                    c.action.to_lowercase(),
                    c.noun
                ),
            ));
        }
    }
    Ok(Options {
        src: b.from_file.clone(),
        concurrency: b.concurrency.unwrap_or(DEFAULT_CONCURRENCY) as usize,
        resume: b.resume,
        retry: RetryUnknown::parse(b.retry_unknown.as_deref())?,
        journal,
    })
}

/// The journal of earlier runs, when there is one and `--resume` asks for it.
fn earlier_runs(
    ctx: &Ctx,
    verb: &Verb,
    jp: &Path,
    resume: bool,
) -> Result<Option<State>, CliError> {
    let p = &ctx.printer;
    if !jp.exists() {
        if resume {
            p.status(&format!(
                "No journal at {}: starting from the beginning.",
                jp.display()
            ));
        }
        return Ok(None);
    }
    if !resume {
        return Err(CliError::Usage {
            message: format!(
                "the journal {} exists: an earlier run of this input",
                jp.display()
            ),
            hints: vec![
                "pass --resume to continue it (records already done are not sent again)".into(),
                "or remove the journal, or choose another with --journal PATH, to start over"
                    .into(),
            ],
        });
    }
    if let Some(mode) = journal::loose_mode(jp) {
        p.warn(&format!(
            "the journal {} holds every result (created credentials, PIN codes) and can be read by other users (mode {mode:o}); fix it with: chmod 600 {}",
            jp.display(),
            crate::api::sh_quote(&jp.display().to_string())
        ));
    }
    let st = journal::load(jp)
        .map_err(|e| CliError::usage(format!("cannot use the journal for --resume: {e}")))?;
    if let Some(v) = &st.verb {
        if v != verb.name {
            return Err(CliError::usage(format!(
                "the journal {} is from `{v}`, not `{}`",
                jp.display(),
                verb.name
            )));
        }
    }
    Ok(Some(st))
}

/// Destructive bulk: ask once on a terminal (without one, --yes was checked before).
fn confirm(ctx: &Ctx, verb: &Verb, n: usize, shown: &str) -> Result<(), CliError> {
    let Some(c) = &verb.confirm else {
        return Ok(());
    };
    if n == 0 || ctx.globals.yes || ctx.globals.dry_run {
        return Ok(());
    }
    let question = format!(
        "{} {n} {}{} listed in {shown}?",
        c.action,
        c.noun,
        if n == 1 { "" } else { "s" }
    );
    if ctx.printer.confirm(&question) {
        Ok(())
    } else {
        Err(CliError::cancelled())
    }
}

/// stdout closed by its reader before anything was sent: quiet if there was nothing to send.
fn closed_early(e: CliError, to_send: usize) -> CliError {
    match e {
        CliError::BrokenPipe if to_send > 0 => CliError::Partial {
            message: format!("stdout was closed, so the run stopped: {to_send} records not sent"),
        },
        e => e,
    }
}

/// Prints the result lines of the records settled by earlier runs.
fn replay(ctx: &Ctx, plan: &mut Plan) -> Result<Tally, CliError> {
    let p = &ctx.printer;
    let pending = plan.to_send.len();
    let mut tally = Tally::default();
    for (line, status, mut result) in std::mem::take(&mut plan.replay) {
        if let Value::Object(o) = &mut result {
            o.insert("resumed".into(), Value::Bool(true));
        }
        p.json_line(&result).map_err(|e| closed_early(e, pending))?;
        tally.add(status, line);
        tally.replayed += 1;
    }
    p.flush().map_err(|e| closed_early(e, pending))?;
    Ok(tally)
}

pub async fn run(ctx: &Ctx, inv: &Invocation, b: &BulkArgs) -> Result<(), CliError> {
    let verb = inv.verb;
    let p = ctx.printer.clone();
    let opts = options(ctx, verb, b)?;
    let shown = if opts.src == "-" { "stdin" } else { &opts.src };

    // 1. Read, parse and check every record before anything is sent.
    // Absolute times only (None): a resumed run must send the same bodies.
    let shared = given_values(inv, None)?;
    let text = plan::read_input(&opts.src)?;
    let path = (opts.src != "-").then_some(opts.src.as_str());
    let items = plan::items_of(verb, &shared, path, shown, &text, &|s| p.trace(s))?;
    drop(text);
    let total = items.len();

    // 2. The journal: what earlier runs did. The lock is held until the run ends.
    let _lock = match &opts.journal {
        Some(jp) => Some(journal::Lock::acquire(jp)?),
        None => None,
    };
    let state = match &opts.journal {
        Some(jp) => earlier_runs(ctx, verb, jp, opts.resume)?,
        None => None,
    };
    plan::check_retry_lines(state.as_ref(), &opts.retry)?;
    let mut plan =
        plan::reconcile(verb, items, state.as_ref(), &opts.retry).map_err(|changed| {
            plan::list_problems(
                format!("{shown} changed since the journal was written; nothing was sent:"),
                &changed,
            )
        })?;
    confirm(ctx, verb, plan.to_send.len(), shown)?;

    let client = Arc::new(ctx.client()?);
    if client.settings().token.is_none() && !ctx.globals.dry_run {
        return Err(client.missing_token());
    }
    let journal = match &opts.journal {
        Some(jp) => {
            let target = journal::Target::of(client.settings());
            if let Some(st) = &state {
                journal::check_target(st, jp, &target, b.resume_elsewhere, &p)?;
            }
            let j = Journal::open(jp, state.as_ref()).map_err(CliError::io)?;
            j.run_header(verb.name, shown, &target)
                .await
                .map_err(CliError::io)?;
            Some(j)
        }
        None => None,
    };
    drop(state);

    // 3. Replay what earlier runs settled, then send the rest.
    let tally = replay(ctx, &mut plan)?;
    let started = Instant::now();
    let concurrency = if ctx.globals.dry_run {
        1
    } else {
        opts.concurrency
    };
    let sh = Arc::new(send::Shared {
        client,
        printer: p.clone(),
        journal,
        verb,
        progress: Progress::new(&p, plan.to_send.len() as u64, verb.name),
        stopping: AtomicBool::new(false),
    });
    let sent = send::send_all(sh.clone(), plan.to_send, concurrency, tally).await;
    let limited = sh.client.rate_limited();
    if limited > 0 && concurrency > 1 {
        p.hint(&format!(
            "the API rate-limited {limited} request{} (HTTP 429): a lower --concurrency may go faster",
            if limited == 1 { "" } else { "s" }
        ));
    }

    // 4. Summary and exit code.
    let facts = RunFacts {
        verb,
        total,
        elapsed_secs: started.elapsed().as_secs_f64(),
        journal: sh.journal.as_ref().map(Journal::path),
        dry_run: ctx.globals.dry_run,
    };
    summary::finish(&p, &facts, sent)
}
