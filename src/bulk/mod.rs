//! Bulk runs: `create --from-file` and `delete --from-file`.
//!
//! 1. Read the input (a file or `-`), parse its records (CSV, JSON Lines, or ids one per line),
//!    and check every record with the verb's table; any bad record stops the run before the
//!    first request (exit 2, each problem with its line).
//! 2. Read the journal back when resuming; refuse input that changed under a finished record.
//! 3. Send the records still to do, `--concurrency` at a time, through the one client; journal each
//!    one before and after its request; print one JSON line per record on stdout.
//!    A 429 with `Retry-After` pauses the starting of new requests until that time (all workers).
//! 4. Ctrl-C (or SIGTERM, SIGHUP) stops new requests, waits for those in flight, prints a
//!    `not_sent` line for every record never sent, and exits 130 (143, 129); a second one quits.

pub mod journal;
pub mod records;

use crate::api::{CallError, Client, Reach, RetryPolicy};
use crate::body;
use crate::commands::acs::credentials::Verb;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::stream::Progress;
use crate::output::{self, Printer};
use crate::params::Origin;
use clap::{value_parser, Arg, ArgAction, ArgMatches};
use journal::{Journal, Known};
use records::{Fields, Record};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const DEFAULT_CONCURRENCY: u32 = 8;
pub const MAX_CONCURRENCY: u32 = 64;
/// Largest bulk input read.
pub const MAX_INPUT: u64 = 256 * 1024 * 1024;
/// Problems listed before "... and N more".
const MAX_SHOWN: usize = 50;

const HEADING: &str = "Bulk (--from-file)";

/// The flags this module adds to `create` and `delete`.
pub fn args(v: &Verb) -> Vec<Arg> {
    if v.name != "create" && v.name != "delete" {
        return Vec::new();
    }
    let input_help = if v.name == "create" {
        "Create one credential per record of FILE (- for stdin): JSON Lines, or CSV whose header \
         row names the parameters. Flags and --data give values shared by every record; a \
         record's own value wins"
    } else {
        "Delete every credential listed in FILE (- for stdin): one id per line, JSON Lines with \
         acs_credential_id, or CSV with an acs_credential_id column (other keys and columns are \
         ignored, so `list --format ndjson` output works). Asks once on a terminal; needs --yes \
         when stdin or stderr is not a terminal"
    };
    vec![
        Arg::new("from_file")
            .long("from-file")
            .alias("from_file")
            .value_name("FILE")
            .help(input_help),
        Arg::new("concurrency")
            .long("concurrency")
            .value_name("N")
            .value_parser(value_parser!(u32).range(1..=i64::from(MAX_CONCURRENCY)))
            .help(format!(
                "Requests in flight at once, 1 to {MAX_CONCURRENCY} [default: {DEFAULT_CONCURRENCY}]"
            )),
        Arg::new("journal")
            .long("journal")
            .value_name("PATH")
            .help(
                "Journal of the run, written before and after every request \
                 [default: FILE.journal next to the input; needed with --from-file -]",
            ),
        Arg::new("no_journal")
            .long("no-journal")
            .alias("no_journal")
            .action(ArgAction::SetTrue)
            .conflicts_with_all(["journal", "resume"])
            .help("Run without a journal (then an interrupted run cannot be resumed safely)"),
        Arg::new("resume")
            .long("resume")
            .action(ArgAction::SetTrue)
            .help(
                "Continue the run in the journal: skip records done, send records never sent or \
                 refused; records whose outcome is unknown are reported, not sent again",
            ),
        Arg::new("retry_unknown")
            .long("retry-unknown")
            .alias("retry_unknown")
            .value_name("LINES")
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("all")
            .requires("resume")
            .help(
                "With --resume: send again the records whose outcome is unknown (all, or only \
                 the input lines given, e.g. --retry-unknown=4,9). Check first that they did \
                 not happen: a create sent twice makes two credentials",
            ),
    ]
    .into_iter()
    .map(|a| {
        let a = a.help_heading(HEADING);
        if a.get_id() == "from_file" {
            a
        } else {
            a.requires("from_file")
        }
    })
    .collect()
}

pub fn wants_bulk(m: &ArgMatches) -> bool {
    m.try_get_one::<String>("from_file")
        .ok()
        .flatten()
        .is_some()
}

/// Which unknown records `--retry-unknown` sends again.
#[derive(Debug, Clone)]
enum RetryUnknown {
    None,
    All,
    Lines(BTreeSet<usize>),
}

impl RetryUnknown {
    fn parse(v: Option<&String>) -> Result<RetryUnknown, CliError> {
        let Some(v) = v else {
            return Ok(RetryUnknown::None);
        };
        if v == "all" {
            return Ok(RetryUnknown::All);
        }
        let mut lines = BTreeSet::new();
        for part in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match part.parse::<usize>() {
                Ok(n) if n > 0 => {
                    lines.insert(n);
                }
                _ => {
                    return Err(CliError::usage(format!(
                        "invalid value '{v}' for --retry-unknown: expected `all` or input line numbers such as 4,9"
                    )))
                }
            }
        }
        Ok(RetryUnknown::Lines(lines))
    }
    fn wants(&self, line: usize) -> bool {
        match self {
            RetryUnknown::None => false,
            RetryUnknown::All => true,
            RetryUnknown::Lines(l) => l.contains(&line),
        }
    }
}

/// One checked record, ready to send.
struct Item {
    line: usize,
    body: Value,
    hash: String,
}

/// How one record ended in this run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Ok,
    Error,
    Unknown,
    /// Never sent: the run stopped (signal, 401/403, cannot connect, journal) before it.
    NotSent,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Error => "error",
            Status::Unknown => "unknown",
            Status::NotSent => "not_sent",
        }
    }
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

#[derive(Default)]
struct Tally {
    ok: usize,
    error: usize,
    unknown: usize,
    replayed: usize,
    unknown_lines: Vec<usize>,
}

impl Tally {
    fn add(&mut self, status: Status, line: usize) {
        match status {
            Status::Ok => self.ok += 1,
            Status::Error => self.error += 1,
            Status::Unknown => {
                self.unknown += 1;
                self.unknown_lines.push(line);
            }
            Status::NotSent => {}
        }
    }
}

fn read_input(src: &str) -> Result<String, CliError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let what = if src == "-" {
        "stdin".to_string()
    } else {
        src.to_string()
    };
    let res = if src == "-" {
        std::io::stdin().take(MAX_INPUT + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(src).and_then(|f| f.take(MAX_INPUT + 1).read_to_end(&mut bytes))
    };
    res.map_err(|e| CliError::usage(format!("--from-file: cannot read {what}: {e}")))?;
    if bytes.len() as u64 > MAX_INPUT {
        return Err(CliError::usage(format!(
            "--from-file: {what} is larger than {} MiB; split it",
            MAX_INPUT >> 20
        )));
    }
    String::from_utf8(bytes)
        .map_err(|e| CliError::usage(format!("--from-file: {what} is not UTF-8 text: {e}")))
}

fn list_problems(head: String, problems: &[String]) -> CliError {
    let mut msg = head;
    for p in problems.iter().take(MAX_SHOWN) {
        msg.push_str("\n  ");
        msg.push_str(p);
    }
    if problems.len() > MAX_SHOWN {
        msg.push_str(&format!("\n  ... and {} more", problems.len() - MAX_SHOWN));
    }
    CliError::usage(msg)
}

/// Values shared by every record: `--data`, then flags (no implicit stdin: it may be the input).
fn shared_values(verb: &Verb, m: &ArgMatches) -> Result<Map<String, Value>, CliError> {
    let mut shared = Map::new();
    if let Some(d) = m.get_one::<String>("data") {
        let obj = crate::input::data_arg(d)?;
        body::merge_object(verb, &mut shared, &obj, &Origin::Json("--data"))?;
    }
    for p in verb.params {
        if let Some(values) = m.get_many::<String>(p.name) {
            let values: Vec<&str> = values.map(String::as_str).collect();
            body::merge_flag(&mut shared, p, &values)?;
        }
    }
    Ok(shared)
}

/// Builds and checks the body of every record; all problems, or the items.
fn check_records(
    verb: &Verb,
    shared: &Map<String, Value>,
    recs: Vec<Record>,
) -> Result<Vec<Item>, Vec<String>> {
    let id_only = verb.name == "delete";
    let mut items = Vec::with_capacity(recs.len());
    let mut problems = Vec::new();
    for rec in recs {
        let origin = Origin::Record(rec.line);
        let mut b = shared.clone();
        let merged = match rec.fields {
            Fields::Object(mut obj) => {
                if id_only {
                    // Only the id matters; other keys (a whole credential from `list`) are ignored.
                    obj.retain(|k, _| k == "acs_credential_id");
                }
                body::merge_object(verb, &mut b, &obj, &origin)
            }
            Fields::Text(mut pairs) => {
                if id_only {
                    pairs.retain(|(k, _)| k == "acs_credential_id");
                }
                body::merge_text(verb, &mut b, &pairs, &origin)
            }
        };
        match merged.and_then(|()| body::check(verb, &b, &origin)) {
            Ok(()) => {
                let body = Value::Object(b);
                items.push(Item {
                    line: rec.line,
                    hash: journal::body_hash(&body),
                    body,
                });
            }
            Err(e) => problems.push(e.0),
        }
    }
    if problems.is_empty() {
        Ok(items)
    } else {
        Err(problems)
    }
}

pub async fn run(ctx: &Ctx, verb: &'static Verb, m: &ArgMatches) -> Result<(), CliError> {
    let p = ctx.printer.clone();
    // Results are always JSON Lines, a line per record: say so rather than ignore the flag.
    if let Some(f) = ctx.globals.format.filter(|f| *f != output::Format::Ndjson) {
        return Err(CliError::usage_hint(
            format!(
                "--from-file writes its results as JSON Lines (one per record), not {}",
                match f {
                    output::Format::Json => "one JSON document",
                    output::Format::Csv | output::Format::Tsv => "CSV or TSV",
                    _ => "a table",
                }
            ),
            "drop --format/--json, or pass --format ndjson",
        ));
    }
    let src = m
        .get_one::<String>("from_file")
        .cloned()
        .unwrap_or_default();
    let concurrency = m
        .get_one::<u32>("concurrency")
        .copied()
        .unwrap_or(DEFAULT_CONCURRENCY) as usize;
    let resume = m.get_flag("resume");
    let no_journal = m.get_flag("no_journal") || ctx.globals.dry_run;
    let retry_unknown = RetryUnknown::parse(m.get_one::<String>("retry_unknown"))?;
    let journal_path: Option<PathBuf> = match m.get_one::<String>("journal") {
        Some(j) => Some(PathBuf::from(j)),
        None if no_journal => None,
        None if src == "-" => {
            return Err(CliError::usage_hint(
                "--from-file - (stdin) needs --journal PATH, so that the run can be resumed",
                "or pass --no-journal to run without one",
            ))
        }
        None => Some(PathBuf::from(format!("{src}.journal"))),
    };
    let journal_path = if no_journal { None } else { journal_path };

    // A bulk delete with no one to ask (cron, CI, a pipe) must say so: --yes.
    let can_ask = output::stdin_is_terminal() && output::stderr_is_terminal();
    if verb.confirm.is_some() && !ctx.globals.yes && !ctx.globals.dry_run && !can_ask {
        return Err(CliError::usage_hint(
            format!(
                "{} --from-file needs --yes when it cannot ask (stdin or stderr is not a terminal); nothing was sent",
                verb.name
            ),
            "add --yes to delete every credential listed in the input",
        ));
    }

    // 1. Read, parse and check every record before anything is sent.
    let shown_src = if src == "-" { "stdin" } else { src.as_str() };
    let text = read_input(&src)?;
    let id_key = (verb.name == "delete").then_some("acs_credential_id");
    let fmt = records::detect((src != "-").then_some(src.as_str()), &text, id_key);
    p.trace(&format!("* {shown_src}: read as {}", fmt.name()));
    let recs =
        records::parse(fmt, &text, id_key.unwrap_or("acs_credential_id")).map_err(|errs| {
            let problems: Vec<String> = errs
                .iter()
                .map(|e| format!("line {}: {}", e.line, e.message))
                .collect();
            list_problems(
                format!(
                    "{shown_src} cannot be read as {}; nothing was sent:",
                    fmt.name()
                ),
                &problems,
            )
        })?;
    drop(text);
    if recs.is_empty() {
        return Err(CliError::usage(format!(
            "{shown_src} holds no records; nothing to do"
        )));
    }
    let shared = shared_values(verb, m)?;
    let items = check_records(verb, &shared, recs).map_err(|problems| {
        list_problems(
            format!(
                "{} invalid record{} in {shown_src}; nothing was sent:",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            ),
            &problems,
        )
    })?;
    let total = items.len();

    // 2. The journal: what earlier runs did. The lock is held until the run ends.
    let _lock = match &journal_path {
        Some(jp) => Some(journal::Lock::acquire(jp)?),
        None => None,
    };
    let state = match &journal_path {
        Some(jp) if jp.exists() => {
            if !resume {
                return Err(CliError::Usage {
                    message: format!(
                        "the journal {} exists: an earlier run of this input",
                        jp.display()
                    ),
                    hints: vec![
                        "pass --resume to continue it (records already done are not sent again)"
                            .into(),
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
            let st = journal::load(jp).map_err(|e| {
                CliError::usage(format!("cannot use the journal for --resume: {e}"))
            })?;
            if let Some(v) = &st.verb {
                if v != verb.name {
                    return Err(CliError::usage(format!(
                        "the journal {} is from `{v}`, not `{}`",
                        jp.display(),
                        verb.name
                    )));
                }
            }
            Some(st)
        }
        Some(jp) if resume => {
            p.status(&format!(
                "No journal at {}: starting from the beginning.",
                jp.display()
            ));
            None
        }
        _ => None,
    };

    // --retry-unknown=LINES names records whose outcome is unknown; a typo must not quietly
    // retry nothing (or something else).
    if let RetryUnknown::Lines(lines) = &retry_unknown {
        let unknown: BTreeSet<usize> = state
            .as_ref()
            .map(|st| {
                st.lines
                    .iter()
                    .filter(|(_, k)| matches!(k, Known::Unknown { .. }))
                    .map(|(l, _)| *l)
                    .collect()
            })
            .unwrap_or_default();
        let wrong: Vec<String> = lines
            .iter()
            .filter(|l| !unknown.contains(l))
            .map(|l| l.to_string())
            .collect();
        if !wrong.is_empty() {
            let known: Vec<String> = unknown.iter().map(|l| l.to_string()).collect();
            return Err(CliError::usage_hint(
                format!(
                    "--retry-unknown names line{} {} whose outcome is not unknown in the journal",
                    if wrong.len() == 1 { "" } else { "s" },
                    wrong.join(", ")
                ),
                if known.is_empty() {
                    "the journal has no record of unknown outcome".to_string()
                } else {
                    format!(
                        "the records of unknown outcome are on lines {}",
                        known.join(",")
                    )
                },
            ));
        }
    }

    // Sort records into: replay (done or unknown), send.
    let mut to_send = Vec::new();
    let mut replay: Vec<(usize, Status, Value)> = Vec::new();
    let mut changed = Vec::new();
    // (line, hash) of the records replayed rather than sent, for the check below.
    let mut replay_hashes: Vec<(usize, String)> = Vec::new();
    for it in items {
        let known = state.as_ref().and_then(|s| s.lines.get(&it.line));
        match known {
            None => to_send.push(it),
            Some(Known::Failed { .. }) => to_send.push(it),
            Some(k) if k.hash() != it.hash => changed.push(format!(
                "line {}: the record changed since the journal recorded it as {}",
                it.line,
                if matches!(k, Known::Ok { .. }) {
                    "done"
                } else {
                    "sent (outcome unknown)"
                }
            )),
            Some(Known::Ok { result, .. }) => {
                replay_hashes.push((it.line, it.hash.clone()));
                replay.push((it.line, Status::Ok, result.clone()))
            }
            Some(Known::Unknown { .. }) if retry_unknown.wants(it.line) => to_send.push(it),
            Some(Known::Unknown { result, .. }) => {
                replay_hashes.push((it.line, it.hash.clone()));
                let r = match result {
                    Some(r) if r.is_object() => r.clone(),
                    _ => unknown_result(verb, &it),
                };
                replay.push((it.line, Status::Unknown, r));
            }
        }
    }
    // A record recorded as done or unknown must still stand, unchanged, on its line: were it
    // removed or moved, the lines after it would shift onto other records' entries and a create
    // could be sent twice.
    if let Some(st) = &state {
        let input: std::collections::HashMap<usize, &str> = to_send
            .iter()
            .map(|it| (it.line, it.hash.as_str()))
            .chain(replay_hashes.iter().map(|(l, h)| (*l, h.as_str())))
            .collect();
        let mut gone: Vec<(usize, &Known)> = st
            .lines
            .iter()
            .filter(|(_, k)| !matches!(k, Known::Failed { .. }))
            .filter(|(line, k)| input.get(line) != Some(&k.hash()))
            .map(|(l, k)| (*l, k))
            .collect();
        gone.sort_by_key(|(l, _)| *l);
        for (line, k) in gone {
            if !changed
                .iter()
                .any(|c: &String| c.starts_with(&format!("line {line}:")))
            {
                changed.push(format!(
                    "line {line}: the journal recorded it as {}, and the input no longer has that record on that line",
                    if matches!(k, Known::Ok { .. }) { "done" } else { "sent (outcome unknown)" }
                ));
            }
        }
    }
    if !changed.is_empty() {
        return Err(list_problems(
            format!("{shown_src} changed since the journal was written; nothing was sent:"),
            &changed,
        ));
    }

    // Destructive bulk: ask once on a terminal (without one, --yes was checked above).
    if verb.confirm.is_some() && !to_send.is_empty() && !ctx.globals.yes && !ctx.globals.dry_run {
        let n = to_send.len();
        if !p.confirm(&format!(
            "Delete {n} credential{} listed in {shown_src}?",
            if n == 1 { "" } else { "s" }
        )) {
            return Err(CliError::usage_hint(
                "cancelled: nothing was sent",
                "pass --yes to skip this question",
            ));
        }
    }

    let client = Arc::new(ctx.client()?);
    if client.settings().token.is_none() && !ctx.globals.dry_run {
        return Err(client.missing_token());
    }
    let journal = match &journal_path {
        Some(jp) => {
            let j = Journal::open(jp, state.as_ref()).map_err(CliError::io)?;
            j.run_header(verb.name, shown_src)
                .await
                .map_err(CliError::io)?;
            Some(j)
        }
        None => None,
    };

    // 3. Replay what earlier runs settled, then send the rest.
    let mut tally = Tally::default();
    replay.sort_by_key(|r| r.0);
    for (line, status, mut result) in replay {
        if let Value::Object(o) = &mut result {
            o.insert("resumed".into(), Value::Bool(true));
        }
        p.json_line(&result)
            .map_err(|e| closed_early(e, to_send.len()))?;
        tally.add(status, line);
        tally.replayed += 1;
    }
    p.flush().map_err(|e| closed_early(e, to_send.len()))?;

    let started = Instant::now();
    let sending = to_send.len();
    let concurrency = if ctx.globals.dry_run { 1 } else { concurrency };
    let progress = Progress::new(&p, sending as u64, verb.name);
    let shared = Arc::new(Shared {
        client,
        printer: p.clone(),
        journal,
        verb,
        progress: progress.clone(),
        stopping: AtomicBool::new(false),
    });
    let mut set = tokio::task::JoinSet::new();
    let mut queue = to_send.into_iter();
    let mut interrupted = false;
    let mut stop: Option<CliError> = None;
    // Records never sent (the run stopped first): one `not_sent` line each, at the end.
    let mut unsent: Vec<Item> = Vec::new();
    let mut journal_failed: Vec<usize> = Vec::new();
    let mut ctrl_c: std::pin::Pin<Box<dyn std::future::Future<Output = i32>>> =
        Box::pin(crate::signals::stop_requested());
    let mut signal_code = crate::error::exit::INTERRUPTED;
    loop {
        let stopping = interrupted || stop.is_some();
        if stopping {
            shared.stopping.store(true, Ordering::SeqCst);
        }
        // The server asked for a pause (429 with Retry-After): start nothing new until then.
        let pause = if stopping || queue.len() == 0 {
            None
        } else {
            shared.client.not_before()
        };
        while !stopping && pause.is_none() && set.len() < concurrency {
            match queue.next() {
                Some(item) => {
                    set.spawn(one(shared.clone(), item));
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
                    Ok(d) => {
                        if d.stop.is_some() && stop.is_none() {
                            stop = d.stop;
                        }
                        if d.journal_failed {
                            journal_failed.push(d.line);
                        }
                        match d.unsent {
                            Some(item) => unsent.push(item),
                            None => tally.add(d.status, d.line),
                        }
                        progress.inc();
                    }
                    Err(e) => {
                        stop = Some(CliError::io(format!("a bulk task failed: {e}")));
                    }
                }
            }
            () = async {
                if let Some(w) = wake {
                    tokio::time::sleep_until(w).await;
                }
            }, if wake.is_some() => {}
            code = &mut ctrl_c, if !interrupted => {
                interrupted = true;
                signal_code = code;
                let n = set.len();
                progress.suspend(|| output::err_line(&format!(
                    "Interrupted ({}): sending no more; waiting for {n} request{} in flight (Ctrl-C again to quit now)",
                    crate::signals::name(code),
                    if n == 1 { "" } else { "s" }
                )));
                ctrl_c = Box::pin(second_ctrl_c(p.clone()));
            }
        }
    }
    progress.finish();
    // Every input record gets exactly one line: those never sent say so, in input order.
    unsent.extend(queue);
    unsent.sort_by_key(|it| it.line);
    let not_started = unsent.len();
    for it in &unsent {
        let line = Value::Object(base_result(verb, it, Status::NotSent));
        if let Err(e) = p.json_line(&line) {
            stop.get_or_insert(e);
            break;
        }
    }
    if let Err(e) = p.flush() {
        stop.get_or_insert(e);
    }
    if !journal_failed.is_empty() {
        journal_failed.sort_unstable();
        let lines: Vec<String> = journal_failed.iter().map(usize::to_string).collect();
        p.hint(&format!(
            "the journal could not record the outcome of line{} {} (printed with \"journal_error\"): --resume will report {} as unknown and not send {} again",
            if lines.len() == 1 { "" } else { "s" },
            lines.join(", "),
            if lines.len() == 1 { "it" } else { "them" },
            if lines.len() == 1 { "it" } else { "them" },
        ));
    }

    // 4. Summary and exit code.
    let elapsed = started.elapsed().as_secs_f64();
    let mut summary = format!(
        "{}: {} ok, {} failed, {} unknown",
        verb.name, tally.ok, tally.error, tally.unknown
    );
    if not_started > 0 {
        summary.push_str(&format!(", {not_started} not sent"));
    }
    summary.push_str(&format!(" ({total} records"));
    if tally.replayed > 0 {
        summary.push_str(&format!(", {} from the journal", tally.replayed));
    }
    let sent_now = tally.ok + tally.error + tally.unknown - tally.replayed;
    summary.push_str(&format!(", {sent_now} sent in {elapsed:.1} s)"));
    if let Some(j) = &shared.journal {
        summary.push_str(&format!("; journal: {}", j.path().display()));
    }
    if !ctx.globals.dry_run {
        p.status(&summary);
    }
    let resume_cmd = "re-run the same command with --resume";
    if tally.unknown > 0 {
        let mut lines: Vec<String> = tally.unknown_lines.iter().map(|l| l.to_string()).collect();
        lines.sort_by_key(|l| l.parse::<usize>().unwrap_or(0));
        let shown: Vec<String> = lines.iter().take(20).cloned().collect();
        p.hint(&format!(
            "{} record{} sent with no usable answer (line{} {}{}): {}; check them, then use --resume --retry-unknown[=LINES] only for those that did not happen",
            tally.unknown,
            if tally.unknown == 1 { " was" } else { "s were" },
            if tally.unknown == 1 { "" } else { "s" },
            shown.join(", "),
            if lines.len() > shown.len() { ", ..." } else { "" },
            if verb.name == "create" { "they may or may not have been created" } else { "they may or may not have been deleted" }
        ));
    }
    if interrupted {
        p.hint(&format!("{resume_cmd} to send the rest"));
        return Err(CliError::Interrupted {
            code: signal_code,
            in_flight: false,
        });
    }
    if let Some(e) = stop {
        if not_started > 0 {
            p.hint(&format!(
                "stopped early: {not_started} record{} not sent; {resume_cmd} to send them",
                if not_started == 1 { "" } else { "s" }
            ));
        }
        // stdout closed by its reader (`| head`): quiet only if nothing is left undone.
        let done = not_started == 0 && tally.error == 0 && tally.unknown == 0;
        return match e {
            CliError::BrokenPipe if done => Ok(()),
            CliError::BrokenPipe => Err(CliError::Partial {
                message: format!(
                    "stdout was closed, so the run stopped: {not_started} record{} not sent",
                    if not_started == 1 { "" } else { "s" }
                ),
            }),
            e => Err(e),
        };
    }
    if tally.error > 0 || tally.unknown > 0 {
        if tally.error > 0 {
            p.hint(&format!(
                "fix the failed records (or their cause) and {resume_cmd}: only records not done are sent"
            ));
        }
        return Err(CliError::Partial {
            message: format!(
                "{} of {total} records did not succeed (see the JSON lines on stdout)",
                tally.error + tally.unknown
            ),
        });
    }
    Ok(())
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

struct Shared {
    client: Arc<Client>,
    printer: Arc<Printer>,
    journal: Option<Journal>,
    verb: &'static Verb,
    progress: Progress,
    /// Set when the run stops (signal or a stopping failure): tasks not yet sending give up.
    stopping: AtomicBool,
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

fn base_result(verb: &Verb, item: &Item, status: Status) -> Map<String, Value> {
    let mut r = Map::new();
    r.insert("line".into(), json!(item.line));
    r.insert("status".into(), json!(status.name()));
    if verb.name == "delete" {
        if let Some(id) = item.body.get("acs_credential_id") {
            r.insert("acs_credential_id".into(), id.clone());
        }
    }
    r
}

fn unknown_result(verb: &Verb, item: &Item) -> Value {
    let mut r = base_result(verb, item, Status::Unknown);
    r.insert(
        "error".into(),
        json!({
            "type": "outcome_unknown",
            "message": "the request was sent (or about to be) when the run stopped; it may or may not have been processed",
        }),
    );
    Value::Object(r)
}

fn error_json(e: &CliError) -> Value {
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
    let policy = if verb.idempotent {
        RetryPolicy::Read
    } else {
        RetryPolicy::Write
    };
    let res = sh.client.call(&verb.path(), &item.body, policy).await;
    let (status, result, stop) = match res {
        Ok(None) => {
            // --dry-run: the request was printed.
            return Done {
                line: item.line,
                status: Status::Ok,
                stop: None,
                unsent: None,
                journal_failed: false,
            };
        }
        Ok(Some(reply)) => {
            let mut r = base_result(verb, &item, Status::Ok);
            if let Some(id) = &reply.request_id {
                r.insert("request_id".into(), json!(id));
            }
            match verb.response.key().and_then(|k| reply.body.get(k)) {
                Some(v) => {
                    r.insert(verb.response.key().unwrap_or("result").into(), v.clone());
                }
                None if verb.response.key().is_some() => {
                    r.insert("response".into(), crate::output::without_ok(&reply.body));
                }
                None => {}
            }
            (Status::Ok, Value::Object(r), None)
        }
        Err(CallError { error, reach }) => {
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
                (CliError::Api(a), _) if a.status == 401 || a.status == 403 => {
                    Some(copy_error(&error))
                }
                _ => None,
            };
            let mut r = base_result(verb, &item, status);
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
    };
    let mut result = result;
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
            let _ = sh.progress.around_data(|| {
                sh.printer
                    .json_line(&result)
                    .and_then(|()| sh.printer.flush())
            });
            return Done {
                line: item.line,
                status,
                stop: Some(stop.unwrap_or_else(|| CliError::io(e))),
                unsent: None,
                journal_failed: true,
            };
        }
    }
    let printed = sh.progress.around_data(|| {
        sh.printer
            .json_line(&result)
            .and_then(|()| sh.printer.flush())
    });
    Done {
        line: item.line,
        status,
        stop: stop.or(printed.err()),
        unsent: None,
        journal_failed: false,
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::acs::credentials::{create, delete};
    use proptest::prelude::*;

    fn check_text(verb: &Verb, text: &str) -> Result<Vec<Item>, Vec<String>> {
        let id_key = (verb.name == "delete").then_some("acs_credential_id");
        let fmt = records::detect(None, text, id_key);
        let recs = records::parse(fmt, text, "acs_credential_id")
            .map_err(|e| e.into_iter().map(|e| e.message).collect::<Vec<_>>())?;
        check_records(verb, &Map::new(), recs)
    }

    #[test]
    fn records_are_checked_with_their_line() {
        let user = "33333333-3333-3333-3333-333333333333";
        let text = format!(
            "access_method,acs_user_id,code,allowed_acs_entrance_ids\n\
             code,{user},0123,\"[{user},{user}]\"\n\
             code,{user},12a,\n"
        );
        let problems = check_text(&create::VERB, &text).err().unwrap();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("line 3: invalid value '12a'"),
            "{problems:?}"
        );
        let ok = check_text(&create::VERB, &text.replace("12a", "12")).unwrap();
        assert_eq!(ok[0].line, 2);
        assert_eq!(
            ok[0].body,
            json!({"access_method": "code", "acs_user_id": user, "code": "0123",
                   "allowed_acs_entrance_ids": [user, user]})
        );
        assert_eq!(ok[1].body.get("allowed_acs_entrance_ids"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Any cells under the create header: a checked body or a clean error, never a panic.
        #[test]
        fn create_records_never_panic(
            cells in proptest::collection::vec(
                proptest::collection::vec("[ -~]{0,40}", 6), 0..4)
        ) {
            let mut text = String::from(
                "access_method,acs_user_id,code,starts_at,visionline_metadata,is_multi_phone_sync_credential\n");
            for row in &cells {
                let quoted: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
                text.push_str(&quoted.join(","));
                text.push('\n');
            }
            let _ = check_text(&create::VERB, &text);
        }

        #[test]
        fn any_text_as_records_never_panics(text in "\\PC{0,200}") {
            let _ = check_text(&create::VERB, &text);
            let _ = check_text(&delete::VERB, &text);
        }

        #[test]
        fn journal_parse_never_panics(text in "\\PC{0,200}") {
            let _ = journal::parse(text.as_bytes());
        }

        #[test]
        fn retry_unknown_never_panics(v in "[0-9a-z, ]{0,20}") {
            let _ = RetryUnknown::parse(Some(&v));
        }
    }
}
