//! Parameters given as a JSON object: on stdin (`echo '{...}' | seam ...`) or with `--data`.
//!
//! The rule for stdin, so an idle open stdin never makes the CLI hang:
//! - a terminal is never read;
//! - otherwise (a pipe, a file, /dev/null) the CLI waits at most [`STDIN_GRACE`] for input to
//!   start; if none has come by then, stdin is not read: said on stderr (unless `--quiet`), and
//!   a destructive verb (delete, unassign) refuses to run;
//! - once input has started, it is read until one whole JSON value has arrived (the pipe need
//!   not be closed), for at most [`STDIN_COMPLETE`];
//! - exactly one value: anything but whitespace after it (a second object, garbage) is a usage
//!   error naming where it starts. The end of input is awaited [`STDIN_GRACE`] after the value;
//!   a producer that keeps the pipe open longer is not waited for (what came so far is checked);
//! - an object naming a key twice is refused (see `spec::json`);
//! - `--data @-` reads stdin without the grace period (waits for the producer).

use crate::error::CliError;
use crate::spec::params::MAX_INPUT_FILE;
use serde_json::{Map, Value};
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

pub const STDIN_GRACE: Duration = Duration::from_millis(500);
pub const STDIN_COMPLETE: Duration = Duration::from_secs(30);

/// Reads stdin, flagging when input has started and keeping every byte read (for positions in
/// errors: at most [`MAX_INPUT_FILE`] + 1 bytes are ever read).
struct Tap<R> {
    inner: R,
    started: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            self.started.store(true, Ordering::SeqCst);
            if let Ok(mut seen) = self.seen.lock() {
                seen.extend_from_slice(&buf[..n]);
            }
        }
        Ok(n)
    }
}

type Parsed = Result<Option<Value>, String>;

/// What the stdin reader thread says: the first value (and the byte where it ended), then
/// whether anything but whitespace followed it before the end of input.
enum Msg {
    First(Parsed, usize),
    /// `Err((line, column))`: where more input starts.
    Rest(Result<(), (usize, usize)>),
}

/// A thread reading stdin: one JSON value, then the rest (which must be blank).
struct StdinReader {
    rx: mpsc::Receiver<Msg>,
    started: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl StdinReader {
    fn spawn() -> StdinReader {
        let started = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel::<Msg>();
        let tap = Tap {
            inner: std::io::stdin(),
            started: started.clone(),
            seen: seen.clone(),
        };
        let seen_t = seen.clone();
        std::thread::spawn(move || {
            let read = || seen_t.lock().map(|s| s.len() as u64).unwrap_or(0);
            let mut it = serde_json::Deserializer::from_reader(tap.take(MAX_INPUT_FILE + 1))
                .into_iter::<crate::spec::json::Strict>();
            let first = match it.next() {
                None => Ok(None),
                Some(Ok(v)) => Ok(Some(v.0)),
                Some(Err(_)) if read() > MAX_INPUT_FILE => Err(format!(
                    "the JSON on stdin is larger than {} KiB",
                    MAX_INPUT_FILE / 1024
                )),
                Some(Err(e)) if e.is_eof() => Err("the JSON on stdin ended early".into()),
                Some(Err(e)) if e.classify() == serde_json::error::Category::Data => {
                    Err(format!("stdin: {e}"))
                }
                Some(Err(e)) => Err(format!("stdin is not valid JSON: {e}")),
            };
            let end = it.byte_offset();
            let go_on = matches!(first, Ok(Some(_)));
            let _ = tx.send(Msg::First(first, end));
            if !go_on {
                return;
            }
            let rest = match it.next() {
                None => Ok(()),
                Some(_) => Err(extra_at(&seen_t, end).unwrap_or((0, 0))),
            };
            let _ = tx.send(Msg::Rest(rest));
        });
        StdinReader { rx, started, seen }
    }

    /// After the first value (which ended at byte `end`): input must end, with nothing but
    /// whitespace, within [`STDIN_GRACE`]. If it is still open then, what has come so far must
    /// be blank (a producer that keeps the pipe open is not waited for).
    fn check_rest(&self, end: usize, what: &str) -> Result<(), CliError> {
        let at = match self.rx.recv_timeout(STDIN_GRACE) {
            Ok(Msg::Rest(Ok(()))) => return Ok(()),
            Ok(Msg::Rest(Err(at))) => Some(at),
            _ => extra_at(&self.seen, end),
        };
        match at {
            None => Ok(()),
            Some((line, column)) => Err(more_than_one(what, line, column)),
        }
    }
}

fn extra_at(seen: &Mutex<Vec<u8>>, end: usize) -> Option<(usize, usize)> {
    let seen = seen.lock().ok()?;
    crate::spec::json::extra_after(&seen, end)
}

/// More than one JSON value where one is expected: a usage error naming where the rest starts.
fn more_than_one(what: &str, line: usize, column: usize) -> CliError {
    CliError::Usage {
        message: format!(
            "{what} holds more than one JSON value: more input starts at line {line}, column {column}; nothing was sent"
        ),
        hints: vec![
            "give one JSON object of parameters; to send many records, use --from-file - \
             (one JSON object per line on stdin) or --from-file FILE"
                .into(),
        ],
    }
}

fn object(v: Value, what: &str) -> Result<Map<String, Value>, CliError> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(CliError::usage(format!(
            "{what} must be a JSON object of parameters, got {}",
            kind_of(&other)
        ))),
    }
}

/// "a string", "an array", ...: how an error names the JSON it got.
pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads the implicit stdin object, following the rule above. `Ok(None)`: nothing to use.
pub fn implicit_stdin(
    printer: &crate::output::Printer,
    destructive: bool,
) -> Result<Option<Map<String, Value>>, CliError> {
    if crate::output::stdin_is_terminal() {
        return Ok(None);
    }
    let reader = StdinReader::spawn();
    let got = match reader.rx.recv_timeout(STDIN_GRACE) {
        Ok(Msg::First(r, end)) => Some((r, end)),
        Ok(Msg::Rest(_)) => None,
        Err(mpsc::RecvTimeoutError::Timeout) if reader.started.load(Ordering::SeqCst) => {
            match reader.rx.recv_timeout(STDIN_COMPLETE) {
                Ok(Msg::First(r, end)) => Some((r, end)),
                _ => {
                    return Err(CliError::usage(format!(
                        "stdin started a JSON object but did not finish it within {} s",
                        STDIN_COMPLETE.as_secs()
                    )))
                }
            }
        }
        Err(_) => None,
    };
    match got {
        None => not_read(printer, destructive),
        Some((Ok(None), _)) => Ok(None),
        Some((Ok(Some(v)), end)) => {
            reader.check_rest(end, "stdin")?;
            object(v, "stdin").map(Some)
        }
        Some((Err(e), _)) => Err(CliError::Usage {
            message: e,
            hints: vec![
                "stdin must hold one JSON object of parameters, e.g. {\"acs_credential_id\": \"...\"}"
                    .into(),
                "if stdin is not meant for seam (inside a `while read` loop, say), give it none: \
                 seam ... </dev/null"
                    .into(),
            ],
        }),
    }
}

/// stdin is not a terminal, and no input started within [`STDIN_GRACE`]: it is not read. Said on
/// stderr (unless `--quiet`); a destructive verb (delete, unassign) does not run, since what it
/// acts on might have been meant to come late on stdin.
fn not_read(
    printer: &crate::output::Printer,
    destructive: bool,
) -> Result<Option<Map<String, Value>>, CliError> {
    let ms = STDIN_GRACE.as_millis();
    if destructive {
        return Err(CliError::Usage {
            message: format!(
                "stdin is not a terminal and had no input within {ms} ms, so it was not read; \
                 a destructive command does not run with parameters that may have been meant \
                 to come on stdin; nothing was sent"
            ),
            hints: vec![
                "give it no stdin when the flags say it all: seam ... </dev/null".into(),
                "or pass the parameters with --data @- to wait for stdin".into(),
            ],
        });
    }
    printer.status(&format!(
        "note: stdin is not a terminal and had no input within {ms} ms, so it was not read \
         (use --data @- to wait for it, or </dev/null to give none)"
    ));
    Ok(None)
}

/// `--data`: inline JSON, `@file`, or `@-` for stdin (read without a grace period).
pub fn data_arg(arg: &str) -> Result<Map<String, Value>, CliError> {
    let text = if arg == "@-" {
        let what = "--data @- (stdin)";
        let reader = StdinReader::spawn();
        return match reader.rx.recv() {
            Ok(Msg::First(Ok(Some(v)), end)) => {
                reader.check_rest(end, what)?;
                object(v, what)
            }
            Ok(Msg::First(Ok(None), _)) => Err(CliError::usage("--data @-: stdin was empty")),
            Ok(Msg::First(Err(e), _)) => Err(CliError::usage(format!("--data @-: {e}"))),
            Ok(Msg::Rest(_)) | Err(_) => Err(CliError::usage("--data @-: stdin could not be read")),
        };
    } else if let Some(path) = arg.strip_prefix('@') {
        crate::spec::params::read_small_file(path)
            .map_err(|e| CliError::usage(format!("--data: {e}")))?
    } else {
        arg.to_string()
    };
    use crate::spec::json::OneError;
    let hint =
        "give a JSON object such as '{\"acs_user_id\": \"...\"}', @file.json, or @- for stdin";
    match crate::spec::json::one_value(&text) {
        Ok(v) => object(v, "--data"),
        Err(OneError::Extra { line, column }) => Err(more_than_one("--data", line, column)),
        Err(OneError::Invalid(e)) if e.classify() == serde_json::error::Category::Data => Err(
            CliError::usage_hint(format!("--data: {e}"), "name each parameter once"),
        ),
        Err(OneError::Invalid(e)) => Err(CliError::usage_hint(
            format!("--data is not valid JSON: {e}"),
            hint,
        )),
        Err(OneError::Empty) => Err(CliError::usage_hint("--data is empty", hint)),
    }
}
