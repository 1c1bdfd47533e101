//! Bulk runs: `--from-file` on the verbs whose table has `bulk` (create, delete).
//!
//! The input is a stream, never held whole (memory does not grow with it):
//! 1. [`input::scan`]: read the input (a file, or `-` copied to a private temporary file), parse
//!    its records (CSV, JSON Lines, or IDs one per line), check every record with the verb's
//!    table (any bad record stops the run before the first request, exit 2, each problem with its
//!    line), and reconcile them with the journal index of earlier runs (refusing input that
//!    changed under a settled record).
//! 2. [`send`]: read the input again and send the records still to do, as many at once as
//!    [`adaptive`] allows (and, once rate-limited, as fast as [`pace`] allows), through the one client, journaling each before and after its request
//!    and writing one result line per record ([`crate::output::results`]); records settled by
//!    earlier runs are replayed from the journal as the input reaches them.
//! 3. [`summary`]: a `not_sent` line for every record never sent, the tally, hints, exit code.
//!
//! Ctrl-C (or SIGTERM, SIGHUP) stops new requests, waits for those in flight, and exits 130
//! (143, 129); a second one quits at once.

pub mod adaptive;
pub mod input;
pub mod journal;
pub mod pace;
pub mod plan;
pub mod records;
pub mod send;
pub mod summary;

use super::request::given_values;
use super::{BulkArgs, Invocation};
use crate::api::Client;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::results::{self, Results};
use crate::output::stream::Progress;
use crate::output::{self, Format, Printer};
use crate::spec::Verb;
use adaptive::{Concurrency, Controller};
use journal::{Index, Journal};
use plan::{Checker, RetryUnknown};
use records::RecordReader;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Instant;
use summary::RunFacts;

pub const MAX_CONCURRENCY: u32 = adaptive::MAX as u32;

/// The options of a run, checked before the input is read.
struct Options {
    src: String,
    concurrency: Concurrency,
    resume: bool,
    retry: RetryUnknown,
    journal: Option<PathBuf>,
    results: Option<PathBuf>,
    ignore_unknown_columns: bool,
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
    let results = b.results.as_ref().map(PathBuf::from);
    if let Some(r) = &results {
        // Checked again when it is created (create-new), after the input is read.
        results::refuse_existing(r)?;
    }
    Ok(Options {
        src: b.from_file.clone(),
        concurrency: b.concurrency.unwrap_or(Concurrency::Auto),
        resume: b.resume,
        retry: RetryUnknown::parse(b.retry_unknown.as_deref())?,
        journal,
        results,
        ignore_unknown_columns: b.ignore_unknown_columns,
    })
}

/// The journal of earlier runs, when there is one and `--resume` asks for it: its index.
fn earlier_runs(
    ctx: &Ctx,
    verb: &Verb,
    jp: &Path,
    resume: bool,
) -> Result<Option<Index>, CliError> {
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
    let ix = journal::load(jp)
        .map_err(|e| CliError::usage(format!("cannot use the journal for --resume: {e}")))?;
    if let Some(v) = &ix.verb {
        if v != verb.name {
            return Err(CliError::usage(format!(
                "the journal {} is from `{v}`, not `{}`",
                jp.display(),
                verb.name
            )));
        }
    }
    Ok(Some(ix))
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

pub async fn run(ctx: &Ctx, inv: &Invocation, b: &BulkArgs) -> Result<(), CliError> {
    let verb = inv.verb;
    let p = ctx.printer.clone();
    let opts = options(ctx, verb, b)?;
    let id_key = verb.bulk.as_ref().and_then(|b| b.id_only);

    // 1. The input, its format, and its CSV columns.
    // Absolute times only (None): a resumed run must send the same bodies.
    let shared = given_values(inv, None)?;
    let input = input::open(&opts.src)?;
    let shown = input.shown.clone();
    let format = input.format(id_key)?;
    p.trace(&format!("* {shown}: read as {}", format.name()));
    let mut reader = input.records(format, id_key.unwrap_or("id"))?;
    let mut checker = Checker {
        verb,
        shared: &shared,
        ignored: Vec::new(),
    };
    checker.ignored = check_columns(&p, verb, &opts, &shown, &mut reader)?;

    // 2. The journal: what earlier runs did. The lock is held until the run ends.
    let (_lock, index) = lock_and_read_journal(ctx, verb, &opts)?;

    // 3. First pass: read, check and reconcile every record before anything is sent.
    let scanned = input::scan(
        reader,
        format,
        &shown,
        &checker,
        index.as_ref(),
        &opts.retry,
    )?;
    confirm(ctx, verb, scanned.to_send, &shown)?;

    let client = Arc::new(bulk_client(ctx)?);
    let mut source = input::Source::new(
        &input,
        format,
        id_key.unwrap_or("id"),
        &checker,
        index.as_ref(),
        &opts.retry,
        opts.journal.as_deref(),
    )?;
    let results_file = match &opts.results {
        Some(r) => Some((r.clone(), results::create_file(r)?)),
        None => None,
    };
    let journal = match &opts.journal {
        Some(jp) => Some(open_journal(&p, verb, jp, index.as_ref(), &client, &shown, b).await?),
        None => None,
    };

    // 4. Second pass: send the records to do, replaying what earlier runs settled.
    let concurrency = if ctx.globals.dry_run {
        Concurrency::Fixed(1)
    } else {
        opts.concurrency
    };
    let started = Instant::now();
    let sh = Arc::new(send::Shared {
        client,
        printer: p.clone(),
        journal,
        verb,
        progress: Progress::new(&p, scanned.to_send as u64, verb.name),
        results: Results::new(
            p.clone(),
            results_file,
            ctx.globals.format == Some(Format::Ndjson),
        ),
        stopping: AtomicBool::new(false),
    });
    send_and_finish(ctx, sh, concurrency, scanned, started, &mut source).await
}

/// The end of a run: send the records to do through `sh`, replaying what earlier runs settled;
/// then the summary and exit code.
async fn send_and_finish(
    ctx: &Ctx,
    sh: Arc<send::Shared>,
    concurrency: Concurrency,
    scanned: input::Scanned,
    started: Instant,
    source: &mut input::Source<'_>,
) -> Result<(), CliError> {
    let p = &ctx.printer;
    let verb = sh.verb;
    let sent = send::send_all(
        sh.clone(),
        source,
        Controller::new(concurrency),
        scanned.replayed,
    )
    .await;
    rate_limit_hint(p, sh.client.rate_limited(), concurrency);

    // 5. Summary and exit code.
    let facts = RunFacts {
        verb,
        total: scanned.total,
        elapsed_secs: started.elapsed().as_secs_f64(),
        journal: sh.journal.as_ref().map(Journal::path),
        dry_run: ctx.globals.dry_run,
        results: sh.results.file(),
        to_send: scanned.to_send,
    };
    summary::finish(p, &facts, sent, &sh.results, Some(source))
}

/// The journal's lock (held until the run ends) and what earlier runs did, with
/// `--retry-unknown` checked against it.
fn lock_and_read_journal(
    ctx: &Ctx,
    verb: &Verb,
    opts: &Options,
) -> Result<(Option<journal::Lock>, Option<Index>), CliError> {
    let Some(jp) = &opts.journal else {
        plan::check_retry_lines(None, &opts.retry)?;
        return Ok((None, None));
    };
    let lock = journal::Lock::acquire(jp)?;
    let index = earlier_runs(ctx, verb, jp, opts.resume)?;
    plan::check_retry_lines(index.as_ref(), &opts.retry)?;
    Ok((Some(lock), index))
}

/// The CSV header's columns that are not parameters of the verb: an error, or (with
/// `--ignore-unknown-columns`) the columns to skip.
fn check_columns(
    p: &Printer,
    verb: &Verb,
    opts: &Options,
    shown: &str,
    reader: &mut RecordReader<BufReader<File>>,
) -> Result<Vec<String>, CliError> {
    let Some((line, cols)) = reader.columns() else {
        return Ok(Vec::new());
    };
    let unknown = plan::unknown_columns(verb, cols);
    if !unknown.is_empty() {
        if !opts.ignore_unknown_columns {
            return Err(plan::unknown_columns_error(verb, shown, line, &unknown));
        }
        p.trace(&format!("* skipping the columns {}", unknown.join(", ")));
    }
    Ok(unknown)
}

/// The one client of the run; without a token only a dry run goes on.
fn bulk_client(ctx: &Ctx) -> Result<Client, CliError> {
    let p = &ctx.printer;
    let client = ctx.client()?;
    if p.stderr_is_terminal() && !p.style().quiet {
        // The progress line shows 429 pauses.
        client.show_waits_elsewhere();
    }
    if client.settings().token.is_none() && !ctx.globals.dry_run {
        return Err(client.missing_token());
    }
    Ok(client)
}

/// Opens the journal for this run (after checking a resumed one goes to the same target) and
/// writes the run's header.
async fn open_journal(
    p: &Printer,
    verb: &Verb,
    jp: &Path,
    index: Option<&Index>,
    client: &Client,
    shown: &str,
    b: &BulkArgs,
) -> Result<Journal, CliError> {
    let target = journal::Target::of(client.settings());
    if let Some(ix) = index {
        journal::check_target(ix, jp, &target, b.resume_elsewhere, p)?;
    }
    let j = Journal::open(jp, index.map(|ix| ix.valid_len)).map_err(CliError::io)?;
    j.run_header(verb.name, shown, &target)
        .await
        .map_err(CliError::io)?;
    Ok(j)
}

/// A fixed `--concurrency` above 1 that met HTTP 429s: suggest a lower one.
fn rate_limit_hint(p: &Printer, limited: u64, concurrency: Concurrency) {
    if let (true, Concurrency::Fixed(n)) = (limited > 0, concurrency) {
        if n > 1 {
            p.hint(&format!(
                "the API rate-limited {limited} request{} (HTTP 429): a lower --concurrency may go faster",
                if limited == 1 { "" } else { "s" }
            ));
        }
    }
}
