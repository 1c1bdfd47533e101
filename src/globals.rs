//! The global options: their flags (every command accepts them, before or after the
//! subcommand) and their values, read once. A new global option is an `Arg` in [`args`] and a
//! field of [`Globals`].

use crate::error::CliError;
use crate::output::Format;
use clap::builder::PossibleValuesParser;
use clap::{value_parser, Arg, ArgAction, ArgMatches};
use std::time::Duration;

/// The exit codes, said in `seam --help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0    success
  1    the API returned an error (or a response the CLI cannot use, or --jq failed on it)
  2    usage or validation error (nothing was sent); also a declined confirmation
  3    authentication: no token, conflicting token or workspace variables, a personal access
       token without a workspace, or the API answered 401/403
  4    network: cannot connect, TLS failure, timeout, response cut short
  5    bulk run finished with some records failed or unknown (see the JSON Lines on stdout)
  6    a local file could not be read or written (config file, journal), or stdout failed
  7    --wait: the credential was not issued within --wait-timeout, or it shows errors
  130  interrupted (Ctrl-C), or a prompt left with Esc/Ctrl-C; 143 SIGTERM, 129 SIGHUP";

/// The environment variables, said in `seam --help` and `seam help globals`.
pub const ENVIRONMENT: &str = "\
Environment:
  SEAM_API_KEY, SEAM_PERSONAL_ACCESS_TOKEN, SEAM_CLI_TOKEN
                                     token (API key seam_..., personal access token seam_at...,
                                     console session ey...); set to different values = error
  SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID
                                     workspace for a personal access token (--workspace-id wins)
  SEAM_ENDPOINT, SEAM_CLI_ENDPOINT   API endpoint (default https://connect.getseam.com)
  SEAM_PROFILE                       profile to use, like --profile (beats the token variables)
  SEAM_CONFIG_DIR                    directory of config.toml (default: the platform config
                                     directory + /seam; see `seam config path`)
  SEAM_FORMAT                        default output format: table, wide, json, ndjson, csv, tsv
  SEAM_PAGER, PAGER                  pager for long tables on a terminal (default: less -FRX;
                                     empty or cat: none)
  SEAM_MAX_RESPONSE_BYTES            largest response accepted, in bytes (default 33554432)
  NO_COLOR                           no colour when set
  COLUMNS                            table width (default: the terminal's, else 80)
  SEAM_NOW                           testing aid: the clock for active/scheduled/expired, --state
                                     and relative times (--ends-at +7d)
  CI                                 set: never prompt (as --non-interactive)";

/// Options that every command accepts, before or after the subcommand.
pub fn args() -> Vec<Arg> {
    let groups = [
        connection_args(),
        output_args(),
        behaviour_args(),
        request_args(),
    ];
    // Documented once: in `seam --help` and `seam help globals`, not under every `-h`.
    groups
        .into_iter()
        .flatten()
        .map(|a| a.help_heading("Global options").hide_short_help(true))
        .collect()
}

/// Which profile, workspace and endpoint a run uses.
fn connection_args() -> Vec<Arg> {
    vec![
        Arg::new("profile")
            .long("profile")
            .value_name("NAME")
            .global(true)
            .help("Profile of the config file to use [env: SEAM_PROFILE] [default: default_profile, else \"default\"]"),
        Arg::new("workspace_id")
            .long("workspace-id")
            .alias("workspace_id")
            .value_name("ID")
            .global(true)
            .help("Workspace for a personal access token [env: SEAM_WORKSPACE_ID, SEAM_CLI_WORKSPACE_ID]"),
        Arg::new("endpoint")
            .long("endpoint")
            .value_name("URL")
            .global(true)
            .help("API endpoint [env: SEAM_ENDPOINT, SEAM_CLI_ENDPOINT] [default: https://connect.getseam.com]"),
    ]
}

/// How results are printed: format, columns, pager, --jq, colour.
fn output_args() -> Vec<Arg> {
    vec![
        Arg::new("format")
            .short('o')
            .long("format")
            .value_name("FORMAT")
            .global(true)
            .value_parser(PossibleValuesParser::new(Format::NAMES))
            .help("Output format; wide: every column, whole IDs; csv/tsv: a header row of field names [default: table on a terminal, json otherwise] [env: SEAM_FORMAT]"),
        Arg::new("columns")
            .long("columns")
            .value_name("A,B,C")
            .global(true)
            .help("Columns of table, wide, csv and tsv output, by JSON field name (field.name reaches into an object)"),
        Arg::new("no_pager")
            .long("no-pager")
            .alias("no_pager")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Print long tables directly instead of through $SEAM_PAGER, $PAGER or less -FRX"),
        Arg::new("json")
            .long("json")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Same as --format json"),
        Arg::new("no_json")
            .long("no-json")
            .alias("no_json")
            .global(true)
            .action(ArgAction::SetTrue)
            .conflicts_with_all(["json", "format", "jq"])
            .help("The human format (tables) even when stdout is not a terminal"),
        Arg::new("jq")
            .long("jq")
            .value_name("EXPR")
            .global(true)
            .help(
                "Filter the JSON output with a jq expression (built in; no jq needed): applied to \
                 the document, to each line with --format ndjson, to each page with --all; one \
                 compact JSON value per line. Implies JSON output (ndjson stays ndjson)",
            ),
        Arg::new("raw_output")
            .short('r')
            .long("raw-output")
            .alias("raw_output")
            .global(true)
            .action(ArgAction::SetTrue)
            .requires("jq")
            .help("With --jq: print strings without quotes, as jq -r does"),
        Arg::new("color")
            .long("color")
            .value_name("WHEN")
            .global(true)
            .value_parser(PossibleValuesParser::new(["auto", "always", "never"]))
            .help("Colour: auto (terminal and no NO_COLOR), always, never [default: auto]"),
    ]
}

/// How much is said on stderr, and whether the CLI sends, asks or prompts.
fn behaviour_args() -> Vec<Arg> {
    vec![
        Arg::new("quiet")
            .short('q')
            .long("quiet")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("No status lines or hints on stderr (errors still show)"),
        Arg::new("verbose")
            .short('v')
            .long("verbose")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Trace each HTTP request, response and retry on stderr (the token is masked)"),
        Arg::new("dry_run")
            .long("dry-run")
            .alias("dry_run")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Print the request (and an equivalent curl command) instead of sending it"),
        Arg::new("yes")
            .short('y')
            .long("yes")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Do not ask for confirmation (delete, unassign); implies --non-interactive"),
        Arg::new("interactive")
            .short('i')
            .long("interactive")
            .global(true)
            .action(ArgAction::SetTrue)
            .conflicts_with_all(["non_interactive", "yes"])
            .help("Review and edit every parameter in a menu, then confirm sending (needs a terminal)"),
        Arg::new("non_interactive")
            .long("non-interactive")
            .alias("non_interactive")
            .global(true)
            .action(ArgAction::SetTrue)
            .help("Never prompt: a missing parameter is an error (also when CI is set or there is no terminal)"),
    ]
}

/// How requests are sent: timeout, retries, extra headers.
fn request_args() -> Vec<Arg> {
    vec![
        Arg::new("timeout")
            .long("timeout")
            .value_name("SECONDS")
            .global(true)
            .value_parser(value_parser!(f64))
            .allow_negative_numbers(true)
            .help("Give up on a request after this many seconds [default: 30]"),
        Arg::new("max_retries")
            .long("max-retries")
            .alias("max_retries")
            .value_name("N")
            .global(true)
            .value_parser(value_parser!(u32).range(0..=10))
            .help("Retries after a retryable failure (see docs/failures.md) [default: 3]"),
        Arg::new("header")
            .short('H')
            .long("header")
            .value_name("NAME: VALUE")
            .global(true)
            .action(ArgAction::Append)
            .help("Add a header to every request (repeatable), e.g. 'Prefer: code=401' for a mock; not Authorization"),
    ]
}

/// The global options, read once.
#[derive(Clone, Debug)]
pub struct Globals {
    pub profile: Option<String>,
    pub workspace_id: Option<String>,
    pub endpoint: Option<String>,
    pub format: Option<Format>,
    /// `--columns`, split at commas.
    pub columns: Option<Vec<String>>,
    pub no_pager: bool,
    pub color: Option<String>,
    pub quiet: bool,
    pub verbose: bool,
    pub dry_run: bool,
    pub yes: bool,
    /// `-i`: the review-and-edit menu before sending.
    pub interactive: bool,
    /// `--non-interactive`: never prompt.
    pub non_interactive: bool,
    pub timeout: Duration,
    pub max_retries: u32,
    /// Extra request headers from `-H/--header`.
    pub headers: Vec<(String, String)>,
    /// `--jq EXPR`: compiled in `Ctx::new`, before anything is sent.
    pub jq: Option<String>,
    /// `-r/--raw-output` (with `--jq`).
    pub raw_output: bool,
}

/// Parses `Name: value` for `--header`.
fn parse_header(h: &str) -> Result<(String, String), CliError> {
    let bad = |why: &str| {
        CliError::usage(format!(
            "invalid value '{h}' for --header: {why}; expected 'Name: value'"
        ))
    };
    let (name, value) = h.split_once(':').ok_or_else(|| bad("no ':'"))?;
    let (name, value) = (name.trim(), value.trim());
    if reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_err() {
        return Err(bad("not a valid header name"));
    }
    if reqwest::header::HeaderValue::from_str(value).is_err() {
        return Err(bad("not a valid header value"));
    }
    if name.eq_ignore_ascii_case("authorization") {
        return Err(CliError::usage_hint(
            "--header cannot set Authorization",
            "the token comes from SEAM_API_KEY (or SEAM_CLI_TOKEN), so it is never on a command line",
        ));
    }
    // Headers that frame the request belong to the HTTP client; setting them breaks it.
    const FRAMING: &[&str] = &[
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "content-type",
        "te",
        "upgrade",
    ];
    if FRAMING.iter().any(|f| name.eq_ignore_ascii_case(f)) {
        return Err(CliError::usage(format!(
            "--header cannot set {name}: the HTTP client sets it for every request"
        )));
    }
    if name.eq_ignore_ascii_case("seam-workspace") {
        return Err(CliError::usage(
            "--header cannot set seam-workspace: use --workspace-id (or SEAM_WORKSPACE_ID)",
        ));
    }
    Ok((name.to_ascii_lowercase(), value.to_string()))
}

impl Globals {
    pub fn from_matches(m: &ArgMatches) -> Result<Globals, CliError> {
        let s = |k: &str| string(m, k);
        let b = |k: &str| flag(m, k);
        let format = format(m)?;
        let timeout = timeout(m)?;
        let columns = columns(s("columns"))?;
        let headers = headers(m)?;
        Ok(Globals {
            profile: s("profile"),
            workspace_id: s("workspace_id"),
            headers,
            endpoint: s("endpoint"),
            format,
            columns,
            no_pager: b("no_pager"),
            color: s("color"),
            quiet: b("quiet"),
            verbose: b("verbose"),
            dry_run: b("dry_run"),
            yes: b("yes"),
            interactive: b("interactive"),
            jq: s("jq"),
            raw_output: b("raw_output"),
            non_interactive: b("non_interactive"),
            timeout,
            max_retries: m
                .try_get_one::<u32>("max_retries")
                .ok()
                .flatten()
                .copied()
                .unwrap_or(3),
        })
    }
}

/// A string option's value, if given.
fn string(m: &ArgMatches, k: &str) -> Option<String> {
    m.try_get_one::<String>(k).ok().flatten().cloned()
}

/// Whether a switch was given.
fn flag(m: &ArgMatches, k: &str) -> bool {
    m.try_get_one::<bool>(k)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

/// The output format from `--format`, `--json` and `--no-json`; `--json` with another format is
/// an error.
fn format(m: &ArgMatches) -> Result<Option<Format>, CliError> {
    let mut format = string(m, "format").as_deref().and_then(Format::parse);
    let json = flag(m, "json");
    if json && format.is_some_and(|f| f != Format::Json) {
        return Err(CliError::usage_hint(
            format!(
                "--json cannot be used with --format {}",
                string(m, "format").unwrap_or_default()
            ),
            "--json is short for --format json: pass one of them",
        ));
    }
    if format.is_none() && json {
        format = Some(Format::Json);
    }
    if flag(m, "no_json") {
        format = Some(Format::Table);
    }
    Ok(format)
}

/// `--timeout`: seconds, more than 0 and at most 3600 (default 30).
fn timeout(m: &ArgMatches) -> Result<Duration, CliError> {
    let timeout = m
        .try_get_one::<f64>("timeout")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(30.0);
    if !(timeout.is_finite() && timeout > 0.0 && timeout <= 3600.0) {
        return Err(CliError::usage(format!(
            "invalid value '{timeout}' for --timeout: expected seconds, more than 0 and at most 3600"
        )));
    }
    Ok(Duration::from_secs_f64(timeout))
}

/// `--columns`, split at commas; a list with no names is an error.
fn columns(list: Option<String>) -> Result<Option<Vec<String>>, CliError> {
    let Some(list) = list else {
        return Ok(None);
    };
    let names: Vec<String> = list
        .split(',')
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return Err(CliError::usage_hint(
            "invalid value for --columns: no column names",
            "name the columns by their JSON field names, e.g. --columns acs_credential_id,display_name",
        ));
    }
    Ok(Some(names))
}

/// Every `-H/--header`, parsed.
fn headers(m: &ArgMatches) -> Result<Vec<(String, String)>, CliError> {
    let mut headers = Vec::new();
    if let Ok(Some(values)) = m.try_get_many::<String>("header") {
        for h in values {
            headers.push(parse_header(h)?);
        }
    }
    Ok(headers)
}
