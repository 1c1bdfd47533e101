//! Parameters given as a JSON object: on stdin (`echo '{...}' | seam ...`) or with `--data`.
//!
//! The rule for stdin, so an idle open stdin never makes the CLI hang:
//! - a terminal is never read;
//! - otherwise (a pipe, a file, /dev/null) the CLI waits at most [`STDIN_GRACE`] for input to
//!   start; if none has come by then, stdin is ignored (said with `--verbose`);
//! - once input has started, it is read until one whole JSON value has arrived (the pipe need
//!   not be closed), for at most [`STDIN_COMPLETE`];
//! - `--data @-` reads stdin without the grace period (waits for the producer).

use crate::error::CliError;
use crate::spec::params::MAX_INPUT_FILE;
use serde_json::{Map, Value};
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

pub const STDIN_GRACE: Duration = Duration::from_millis(500);
pub const STDIN_COMPLETE: Duration = Duration::from_secs(30);

struct Flagging<R> {
    inner: R,
    started: Arc<AtomicBool>,
}

impl<R: Read> Read for Flagging<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            self.started.store(true, Ordering::SeqCst);
        }
        Ok(n)
    }
}

type Parsed = Result<Option<Value>, String>;

/// Counts the bytes read through it.
struct Counting<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// Parses the first JSON value on `reader`, reading at most [`MAX_INPUT_FILE`] bytes.
fn parse_first(reader: impl Read) -> Parsed {
    let mut counted = Counting {
        inner: reader.take(MAX_INPUT_FILE + 1),
        read: 0,
    };
    let first = serde_json::Deserializer::from_reader(&mut counted)
        .into_iter::<Value>()
        .next();
    match first {
        None => Ok(None),
        Some(Ok(v)) => Ok(Some(v)),
        Some(Err(_)) if counted.read > MAX_INPUT_FILE => Err(format!(
            "the JSON on stdin is larger than {} KiB",
            MAX_INPUT_FILE / 1024
        )),
        Some(Err(e)) if e.is_eof() => Err("the JSON on stdin ended early".into()),
        Some(Err(e)) => Err(format!("stdin is not valid JSON: {e}")),
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
pub fn implicit_stdin(trace: &dyn Fn(&str)) -> Result<Option<Map<String, Value>>, CliError> {
    if crate::output::stdin_is_terminal() {
        return Ok(None);
    }
    let started = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<Parsed>();
    let flag = started.clone();
    std::thread::spawn(move || {
        let reader = Flagging {
            inner: std::io::stdin(),
            started: flag,
        };
        let _ = tx.send(parse_first(reader));
    });
    let got = match rx.recv_timeout(STDIN_GRACE) {
        Ok(r) => Some(r),
        Err(mpsc::RecvTimeoutError::Timeout) if started.load(Ordering::SeqCst) => {
            match rx.recv_timeout(STDIN_COMPLETE) {
                Ok(r) => Some(r),
                Err(_) => {
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
        None => {
            trace(&format!(
                "* stdin: no input within {} ms, ignored (use --data @- to wait for it)",
                STDIN_GRACE.as_millis()
            ));
            Ok(None)
        }
        Some(Ok(None)) => Ok(None),
        Some(Ok(Some(v))) => object(v, "stdin").map(Some),
        Some(Err(e)) => Err(CliError::Usage {
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

/// `--data`: inline JSON, `@file`, or `@-` for stdin (read without a grace period).
pub fn data_arg(arg: &str) -> Result<Map<String, Value>, CliError> {
    let text = if arg == "@-" {
        match parse_first(std::io::stdin()) {
            Ok(Some(v)) => return object(v, "--data @- (stdin)"),
            Ok(None) => return Err(CliError::usage("--data @-: stdin was empty")),
            Err(e) => return Err(CliError::usage(format!("--data @-: {e}"))),
        }
    } else if let Some(path) = arg.strip_prefix('@') {
        crate::spec::params::read_small_file(path)
            .map_err(|e| CliError::usage(format!("--data: {e}")))?
    } else {
        arg.to_string()
    };
    match serde_json::from_str::<Value>(&text) {
        Ok(v) => object(v, "--data"),
        Err(e) => Err(CliError::usage_hint(
            format!("--data is not valid JSON: {e}"),
            "give a JSON object such as '{\"acs_user_id\": \"...\"}', @file.json, or @- for stdin",
        )),
    }
}
