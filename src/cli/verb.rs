//! The clap command of one verb, generated from its table: a flag per parameter, `--data`, and
//! the flags of its capabilities (`--all` when paged, `--with-entrances`, the bulk flags). And
//! the way back: [`invocation`] reads the matches into the executor's typed [`Invocation`], so
//! nothing past this file knows clap ids.

use crate::exec::{BulkArgs, Invocation};
use crate::spec::params::{Kind, Param};
use crate::spec::{first_sentence, Positional, Verb};
use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgMatches, Command};
use std::time::Duration;

pub use crate::exec::bulk::adaptive::{Concurrency, START as AUTO_START};
pub use crate::exec::bulk::MAX_CONCURRENCY;
/// How many entrance lookups `--with-entrances` runs at once (said in its help).
pub use crate::exec::with_entrances::{CONCURRENCY as ENTRANCE_CONCURRENCY, KEY as ENTRANCES_KEY};

/// The help line of one parameter: what it is, whether it is required, what it accepts.
pub fn param_help(p: &Param) -> String {
    let mut h = String::new();
    if p.required {
        h.push_str("(required) ");
    }
    if let Some(d) = p.deprecated {
        h.push_str(&format!("(deprecated: {d}) "));
    }
    h.push_str(p.help);
    match p.kind {
        // clap lists the possible values itself.
        Kind::Enum(_) => {}
        _ => h.push_str(&format!(" Accepts {}.", p.kind.accepted())),
    }
    h
}

/// The one-line help of a parameter, for `-h`: its first sentence.
fn param_short_help(p: &Param) -> String {
    let mut h = String::new();
    if p.required {
        h.push_str("(required) ");
    }
    if p.deprecated.is_some() {
        h.push_str("(deprecated) ");
    }
    h.push_str(first_sentence(p.help));
    h
}

fn param_arg(p: &'static Param) -> Arg {
    let flag = p.flag();
    let mut a = Arg::new(p.name)
        .long(flag.clone())
        .value_name(p.kind.value_name())
        .help(param_short_help(p))
        .long_help(param_help(p))
        .help_heading("Parameters");
    if flag != p.name {
        a = a.alias(p.name);
    }
    match p.kind {
        Kind::UuidList => a.action(ArgAction::Append),
        Kind::Bool => a
            .num_args(0..=1)
            .default_missing_value("true")
            .value_parser(PossibleValuesParser::new(["true", "false", "1", "0"]))
            .ignore_case(true)
            .hide_possible_values(true)
            .action(ArgAction::Set),
        Kind::Enum(values) => a
            .value_parser(PossibleValuesParser::new(values))
            .action(ArgAction::Set),
        Kind::Object(_) => a.value_hint(clap::ValueHint::Other).action(ArgAction::Set),
        // `--limit -1` reaches the value check, which says what is wrong with it.
        Kind::Number | Kind::Integer { .. } => {
            a.allow_negative_numbers(true).action(ArgAction::Set)
        }
        // `--created-before -1h`: a time before now, not a flag.
        Kind::DateTime => a.allow_hyphen_values(true).action(ArgAction::Set),
        _ => a.action(ArgAction::Set),
    }
}

/// The widest an example line gets in help, so clap (which wraps help at the terminal width,
/// at most 100 columns) never breaks a command where a paste would break it.
const EXAMPLE_WIDTH: usize = 88;

/// An example command laid out for help: `  $ cmd`, with long commands continued with ` \`
/// before a `--flag`, so the lines pasted into a shell are still the one command.
pub fn example_lines(cmd: &str) -> String {
    let mut parts = cmd.split(" --");
    let mut lines = vec![format!("  $ {}", parts.next().unwrap_or_default())];
    for part in parts {
        let piece = format!("--{part}");
        let last = lines.len() - 1;
        // Room for " " + piece + " \" on this line.
        if lines[last].chars().count() + piece.chars().count() + 3 <= EXAMPLE_WIDTH {
            lines[last].push(' ');
            lines[last].push_str(&piece);
        } else {
            lines[last].push_str(" \\");
            match piece.split_once(' ') {
                // Too long even on a line of its own: the value gets its own line too.
                Some((flag, value)) if piece.chars().count() + 8 > EXAMPLE_WIDTH => {
                    lines.push(format!("      {flag} \\"));
                    lines.push(format!("      {value}"));
                }
                _ => lines.push(format!("      {piece}")),
            }
        }
    }
    lines.join("\n")
}

/// How many examples `-h` shows (`--help` shows them all).
const SHORT_EXAMPLES: usize = 2;

/// The end of `-h`: a couple of examples, and where the rest is.
fn short_examples_text(v: &Verb) -> String {
    let mut s = String::new();
    if !v.examples.is_empty() {
        s.push_str("Examples:\n");
    }
    // The shortest examples read best in a quick look.
    let mut examples: Vec<&(&str, &str)> = v.examples.iter().collect();
    examples.sort_by_key(|(_, cmd)| cmd.len());
    for (what, cmd) in examples.into_iter().take(SHORT_EXAMPLES) {
        s.push_str(&format!("  # {what}\n{}\n\n", example_lines(cmd)));
    }
    s.push_str(GLOBALS_POINTER);
    s
}

/// Where `-h` sends a reader for what it leaves out.
pub const GLOBALS_POINTER: &str =
    "More: --help (every detail and example); global options: seam help globals";

fn examples_text(v: &Verb) -> String {
    let mut s = String::from("Examples:\n");
    for (what, cmd) in v.examples {
        s.push_str(&format!("  # {what}\n{}\n\n", example_lines(cmd)));
    }
    s.push_str(
        "Parameters can also come as a JSON object on stdin or with --data; flags win over both.\n\
         Lists: a,b or [a,b] or '[\"a\",\"b\"]' or the flag repeated.\n\
         Booleans: true/false/1/0, or the bare flag.",
    );
    s
}

/// The command of one verb.
pub fn command(v: &'static Verb) -> Command {
    let mut c = Command::new(v.name)
        .about(v.about)
        .long_about(v.long_about)
        .after_help(short_examples_text(v))
        .after_long_help(examples_text(v))
        .next_line_help(false);
    for alias in v.aliases {
        c = c.alias(*alias);
    }
    if let Some(pos) = &v.positional {
        c = c.arg(positional_arg(v, pos));
    }
    for p in v.params {
        c = c.arg(param_arg(p));
    }
    c = c.arg(
        Arg::new(DATA)
            .long("data")
            .visible_alias("raw")
            .value_name("JSON")
            .help(
                "Parameters as a JSON object, @file.json, or @- to read stdin; flags win over it",
            ),
    );
    if v.wait.is_some() {
        c = c.args(wait_args());
    }
    if v.state_filter {
        c = c.arg(state_arg());
    }
    if v.paging.is_some() {
        c = c.arg(all_arg());
    }
    if v.with_entrances {
        c = c.arg(with_entrances_arg());
    }
    if let Some(b) = &v.bulk {
        c = c.args(bulk_args(b.input_help));
    }
    c
}

// The ids of the capability flags, read back in `invocation`.
const IDS: &str = "ids";
const WAIT: &str = "wait";
const WAIT_TIMEOUT: &str = "wait_timeout";
const WAIT_INTERVAL: &str = "wait_interval";
const STATE: &str = "state";
const DATA: &str = "data";
const ALL: &str = "all";
const WITH_ENTRANCES: &str = "with_entrances";
const FROM_FILE: &str = "from_file";
const CONCURRENCY: &str = "concurrency";
const JOURNAL: &str = "journal";
const NO_JOURNAL: &str = "no_journal";
const RESUME: &str = "resume";
const RETRY_UNKNOWN: &str = "retry_unknown";
const RESUME_ELSEWHERE: &str = "resume_elsewhere";

/// `get ID`, `delete ID...`: the ID as an argument, the same as its flag.
fn positional_arg(v: &Verb, pos: &Positional) -> Arg {
    let flag = v
        .param(pos.param)
        .map(|p| format!("--{}", p.flag()))
        .unwrap_or_default();
    let a = Arg::new(IDS).value_name("ID").index(1);
    if pos.many {
        a.num_args(1..).action(ArgAction::Append).help(format!(
            "The ID, as with {flag}. Several IDs: one request each, reported like a bulk run \
             (a result line per ID; exit 5 if some failed)"
        ))
    } else {
        a.num_args(1)
            .action(ArgAction::Set)
            .help(format!("The ID, as with {flag}"))
    }
}

/// `30`, `0.5`, `90s`, `2m`, `1h`: a duration for `--wait-timeout` and `--wait-interval`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let (num, unit) = match t.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => (&t[..i], &t[i..]),
        None => (t, "s"),
    };
    let scale = match unit {
        "ms" => 0.001,
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        _ => return Err("expected seconds, or a number with s, m or h, e.g. 90s or 2m".into()),
    };
    match num.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && n > 0.0 && n * scale <= 86_400.0 => {
            Ok(Duration::from_secs_f64(n * scale))
        }
        _ => Err("expected a time above 0 and at most a day, e.g. 90s or 2m".into()),
    }
}

fn wait_args() -> Vec<Arg> {
    vec![
        Arg::new(WAIT)
            .long("wait")
            .action(ArgAction::SetTrue)
            .help("Then wait until the credential is issued (exit 7 if not in time)")
            .long_help(
                "Then poll `get` (with backoff) until the credential is issued, and print it as \
                 then; exit 7 if it shows errors or is not issued within --wait-timeout",
            ),
        Arg::new(WAIT_TIMEOUT)
            .long("wait-timeout")
            .alias("wait_timeout")
            .value_name("TIME")
            .value_parser(parse_duration)
            .requires(WAIT)
            .hide_short_help(true)
            .help("How long --wait waits, e.g. 90s, 5m [default: 2m]"),
        Arg::new(WAIT_INTERVAL)
            .long("wait-interval")
            .alias("wait_interval")
            .value_name("TIME")
            .value_parser(parse_duration)
            .requires(WAIT)
            .hide_short_help(true)
            .help("First pause between polls; each next one is longer, up to 15 s [default: 1s]"),
    ]
    .into_iter()
    .map(|a| a.help_heading("Waiting"))
    .collect()
}

fn state_arg() -> Arg {
    Arg::new(STATE)
        .long("state")
        .value_name("STATE")
        .action(ArgAction::Append)
        .value_delimiter(',')
        .value_parser(PossibleValuesParser::new(
            crate::spec::credentials::state::FILTERS,
        ))
        .help(
            "Only credentials in this state (repeatable, or a,b: any of them). Applied by seam \
             after fetching, not by the API: a page may show fewer than --limit, even none. \
             active/scheduled/expired: by starts_at/ends_at; not-issued: is_issued false; \
             errors, warnings: that list is not empty",
        )
        .help_heading("CLI options")
}
const RESULTS: &str = "results";
const IGNORE_UNKNOWN_COLUMNS: &str = "ignore_unknown_columns";

fn all_arg() -> Arg {
    Arg::new(ALL)
        .long("all")
        .action(ArgAction::SetTrue)
        .help_heading("Paging")
        .help(
            "Fetch every page (following next_page_cursor) and stream them out; \
             --limit sets the page size",
        )
}

/// `--with-entrances`: the CLI's own flag, never sent to the API.
fn with_entrances_arg() -> Arg {
    Arg::new(WITH_ENTRANCES)
        .long("with-entrances")
        .alias("with_entrances")
        .action(ArgAction::SetTrue)
        .help("Also show the entrances each credential opens")
        .long_help(format!(
            "Also fetch the entrances each credential opens (one list_accessible_entrances \
             call per credential, {ENTRANCE_CONCURRENCY} at a time) and show them: an ENTRANCES \
             column in the table, an \"{ENTRANCES_KEY}\" array added to each credential in JSON"
        ))
        .help_heading("CLI options")
}

fn bulk_args(input_help: &'static str) -> Vec<Arg> {
    run_args(input_help)
        .into_iter()
        .chain(journal_args())
        .map(bulk_help)
        .collect()
}

/// The options of a run: its input, concurrency, results and columns.
fn run_args(input_help: &'static str) -> Vec<Arg> {
    vec![
        Arg::new(FROM_FILE)
            .long("from-file")
            .alias("from_file")
            .value_name("FILE")
            .help(input_help),
        Arg::new(CONCURRENCY)
            .long("concurrency")
            .value_name("N|auto")
            .value_parser(Concurrency::parse)
            .help(format!(
                "Requests in flight at once: 1 to {MAX_CONCURRENCY}, or auto (start at \
                 {AUTO_START}, grow while latency holds, halve on 429 or rising latency) \
                 [default: auto]"
            )),
        Arg::new(RESULTS).long("results").value_name("FILE").help(
            "Write the result lines (JSON Lines, one per record) to FILE, a new file \
                 (mode 0600), instead of stdout. On a terminal they are not printed: failures \
                 and the summary are",
        ),
        Arg::new(IGNORE_UNKNOWN_COLUMNS)
            .long("ignore-unknown-columns")
            .alias("ignore_unknown_columns")
            .action(ArgAction::SetTrue)
            .help("Skip CSV columns that are not parameters (without it they are an error)"),
    ]
}

/// The options of the journal: where it is, none, resuming from it.
fn journal_args() -> Vec<Arg> {
    vec![
        Arg::new(JOURNAL).long("journal").value_name("PATH").help(
            "Journal of the run, written before and after every request \
             [default: FILE.journal next to the input; needed with --from-file -]",
        ),
        Arg::new(NO_JOURNAL)
            .long("no-journal")
            .alias("no_journal")
            .action(ArgAction::SetTrue)
            .conflicts_with_all([JOURNAL, RESUME])
            .help("Run without a journal (then an interrupted run cannot be resumed safely)"),
        Arg::new(RESUME)
            .long("resume")
            .action(ArgAction::SetTrue)
            .help(
                "Continue the run in the journal: skip records done, send records never sent or \
             refused; records whose outcome is unknown are reported, not sent again",
            ),
        Arg::new(RESUME_ELSEWHERE)
            .long("resume-elsewhere")
            .alias("resume_elsewhere")
            .action(ArgAction::SetTrue)
            .requires(RESUME)
            .help(
                "With --resume: go on although the journal's run went to another endpoint, \
                 workspace or token. Records it marks done are not sent to this one",
            ),
        Arg::new(RETRY_UNKNOWN)
            .long("retry-unknown")
            .alias("retry_unknown")
            .value_name("LINES")
            .num_args(0..=1)
            .require_equals(true)
            .default_missing_value("all")
            .requires(RESUME)
            .help(
                "With --resume: send again the records whose outcome is unknown (all, or only \
                 the input lines given, e.g. --retry-unknown=4,9). Check first that they did \
                 not happen: a create sent twice makes two credentials",
            ),
    ]
}

/// A bulk option's short help (its first sentence), long help, heading, and its need of
/// `--from-file`.
fn bulk_help(a: Arg) -> Arg {
    let full = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    // `-h` shows how to start a run; journal and resume are in `--help`.
    let short = matches!(a.get_id().as_str(), FROM_FILE | CONCURRENCY);
    let a = a
        .help(
            first_sentence(&full)
                .trim_end_matches(['.', ','])
                .to_string(),
        )
        .long_help(full)
        .hide_short_help(!short)
        .help_heading("Bulk (--from-file)");
    if a.get_id() == FROM_FILE {
        a
    } else {
        a.requires(FROM_FILE)
    }
}

/// Reads a verb's matches into the executor's terms.
pub fn invocation(verb: &'static Verb, m: &ArgMatches) -> Invocation {
    let flag = |id: &str| m.try_get_one::<bool>(id).ok().flatten().copied() == Some(true);
    let text = |id: &str| m.try_get_one::<String>(id).ok().flatten().cloned();
    let flags = verb
        .params
        .iter()
        .filter_map(|p| {
            let values: Vec<String> = m.get_many::<String>(p.name)?.cloned().collect();
            Some((p, values))
        })
        .collect();
    let bulk = text(FROM_FILE).map(|from_file| BulkArgs {
        from_file,
        concurrency: m
            .try_get_one::<Concurrency>(CONCURRENCY)
            .ok()
            .flatten()
            .copied(),
        results: text(RESULTS),
        ignore_unknown_columns: flag(IGNORE_UNKNOWN_COLUMNS),
        journal: text(JOURNAL),
        no_journal: flag(NO_JOURNAL),
        resume: flag(RESUME),
        retry_unknown: text(RETRY_UNKNOWN),
        resume_elsewhere: flag(RESUME_ELSEWHERE),
    });
    let duration = |id: &str| m.try_get_one::<Duration>(id).ok().flatten().copied();
    Invocation {
        verb,
        flags,
        ids: m
            .try_get_many::<String>(IDS)
            .ok()
            .flatten()
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
        data: text(DATA),
        all: flag(ALL),
        with_entrances: flag(WITH_ENTRANCES),
        bulk,
        wait: flag(WAIT).then(|| crate::exec::WaitArgs {
            timeout: duration(WAIT_TIMEOUT).unwrap_or(crate::exec::wait::DEFAULT_TIMEOUT),
            interval: duration(WAIT_INTERVAL).unwrap_or(crate::exec::wait::DEFAULT_INTERVAL),
        }),
        states: m
            .try_get_many::<String>(STATE)
            .ok()
            .flatten()
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
    }
}
