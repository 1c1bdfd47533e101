//! All printing goes through here: data on stdout, everything else on stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod csv;
mod escape;
pub mod grid;
pub mod jq;
pub mod pager;
mod report;
pub mod resources;
pub mod results;
pub mod sink;
pub mod stream;
pub mod table;
mod term;

pub use escape::{escape_text, is_unsafe_char, one_line_safe, LineFeeds};
pub use report::{err_line, report};
pub use term::{
    can_prompt, stderr_is_terminal, stdin_is_terminal, stdout_is_terminal, terminal_height,
    terminal_width,
};

use crate::error::CliError;
use escape::{shown, terminal_safe};
use serde_json::{Map, Value};
use std::io::{BufWriter, Stdout, Write};
use std::sync::Mutex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Columns that fit the terminal, a line per row.
    Table,
    /// The table with every column and whole IDs, not fitted to the terminal.
    Wide,
    Json,
    Ndjson,
    /// A header row of field names, then a row per item (RFC 4180 quoting).
    Csv,
    /// The same, tab-separated, with tabs and newlines escaped.
    Tsv,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["table", "wide", "json", "ndjson", "csv", "tsv"];
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "table" => Some(Format::Table),
            "wide" => Some(Format::Wide),
            "json" => Some(Format::Json),
            "ndjson" => Some(Format::Ndjson),
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Wide => "wide",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
        }
    }
    /// Output for people (`table`, `wide`): escaped, fitted, paged.
    pub fn is_table(self) -> bool {
        matches!(self, Format::Table | Format::Wide)
    }
}

/// How output looks, resolved once from flags, environment and terminals.
#[derive(Clone, Debug)]
pub struct Style {
    pub format: Format,
    /// Colour in tables (stdout).
    pub color: bool,
    /// Colour in `error:`/`hint:`/`warning:` labels and traces (stderr).
    pub color_stderr: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// Table width: COLUMNS, else the terminal's; None (80) when neither is known.
    pub width: Option<u16>,
    /// `--columns`: the fields to show, by JSON name (tables, csv, tsv).
    pub columns: Option<Vec<String>>,
    /// Whether long tables may go through a pager (stdout is a terminal, no `--no-pager`).
    pub pager: bool,
    /// Whether stdout is a terminal (CSV/TSV escape control characters there).
    pub stdout_tty: bool,
    /// "Now", for the derived credential state (injectable for tests with SEAM_NOW).
    pub now: jiff::Timestamp,
    /// Whether stderr is a terminal: status lines and progress bars only show there.
    pub stderr_tty: bool,
}

pub struct Printer {
    style: Style,
    out: Mutex<Out>,
    /// Status lines, hints and warnings said while a pager has the screen: shown after it.
    deferred: Mutex<Vec<String>>,
    /// `--jq`: applied to every JSON value printed (see [`jq`]).
    jq: Option<jq::Jq>,
}

/// Where data goes: stdout, or a pager's input once a long table started one.
enum Out {
    Stdout(BufWriter<Stdout>),
    Pager(pager::Pager),
    /// The pager was closed (or is closing): nothing more is written.
    Done,
}

impl Out {
    fn writer(&mut self) -> Option<&mut dyn Write> {
        match self {
            Out::Stdout(w) => Some(w),
            Out::Pager(p) => Some(&mut p.input),
            Out::Done => None,
        }
    }
}

fn pipe_err(e: std::io::Error) -> CliError {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        CliError::BrokenPipe
    } else {
        CliError::io(format!("cannot write to stdout: {e}"))
    }
}

impl Printer {
    pub fn new(style: Style) -> Self {
        Printer {
            style,
            out: Mutex::new(Out::Stdout(BufWriter::with_capacity(
                64 * 1024,
                std::io::stdout(),
            ))),
            deferred: Mutex::new(Vec::new()),
            jq: None,
        }
    }

    /// The printer with a `--jq` filter applied to every JSON value it prints.
    pub fn with_jq(mut self, jq: Option<jq::Jq>) -> Self {
        self.jq = jq;
        self
    }

    /// Whether `--jq` is in effect.
    pub fn filtering(&self) -> bool {
        self.jq.is_some()
    }

    /// A line for stderr: now, or after the pager if one has the screen.
    fn say(&self, line: String) {
        let paging = self.out.lock().is_ok_and(|o| matches!(*o, Out::Pager(_)));
        match self.deferred.lock() {
            Ok(mut d) if paging => d.push(line),
            _ => err_line(&line),
        }
    }

    /// Sends what follows through the pager, if this output may be paged and `lines` do not
    /// fit the screen (`usize::MAX`: output of unknown length, such as `list --all`). A pager
    /// that cannot start leaves the output on stdout, with a warning.
    pub fn page(&self, lines: usize) -> Result<(), CliError> {
        if !self.style.pager || !self.style.format.is_table() {
            return Ok(());
        }
        let rows = terminal_height().unwrap_or(24);
        if lines < rows {
            return Ok(());
        }
        let Some(cmd) = pager::command() else {
            return Ok(());
        };
        let mut out = self
            .out
            .lock()
            .map_err(|_| CliError::io("stdout lock poisoned"))?;
        let Out::Stdout(w) = &mut *out else {
            return Ok(());
        };
        w.flush().map_err(pipe_err)?;
        let started = pager::spawn(&cmd);
        let failed = match started {
            Ok(p) => {
                *out = Out::Pager(p);
                None
            }
            Err(why) => Some(why),
        };
        // Said with the output lock released (`warn` looks at it).
        drop(out);
        match failed {
            None => self.trace(&format!("* output through the pager: {cmd}")),
            Some(why) => self.warn(&format!(
                "the pager '{}' did not start ({}); printing directly",
                one_line_safe(&cmd),
                one_line_safe(&why)
            )),
        }
        Ok(())
    }

    /// Flushes stdout and, if a pager is showing the output, closes its input and waits for
    /// it to be left. Called once at the end of a run.
    pub fn finish(&self) -> Result<(), CliError> {
        self.flush()?;
        let mut out = self
            .out
            .lock()
            .map_err(|_| CliError::io("stdout lock poisoned"))?;
        if let Out::Pager(_) = &*out {
            if let Out::Pager(p) = std::mem::replace(&mut *out, Out::Done) {
                drop(out);
                let closed = p.close();
                if let Ok(mut d) = self.deferred.lock() {
                    for line in d.drain(..) {
                        err_line(&line);
                    }
                }
                closed.map_err(|e| CliError::io(format!("the pager failed: {e}")))?;
            }
        }
        Ok(())
    }

    pub fn style(&self) -> &Style {
        &self.style
    }
    pub fn format(&self) -> Format {
        self.style.format
    }
    pub fn verbose(&self) -> bool {
        self.style.verbose
    }
    pub fn stderr_is_terminal(&self) -> bool {
        self.style.stderr_tty
    }

    // ---- stdout: data only ----

    /// Writes text to stdout (buffered; see [`Printer::flush`]).
    pub fn data(&self, text: &str) -> Result<(), CliError> {
        let mut out = self
            .out
            .lock()
            .map_err(|_| CliError::io("stdout lock poisoned"))?;
        match out.writer() {
            Some(w) => w.write_all(text.as_bytes()).map_err(pipe_err),
            None => Err(CliError::BrokenPipe),
        }
    }

    pub fn flush(&self) -> Result<(), CliError> {
        let mut out = self
            .out
            .lock()
            .map_err(|_| CliError::io("stdout lock poisoned"))?;
        match out.writer() {
            Some(w) => w.flush().map_err(pipe_err),
            None => Ok(()),
        }
    }

    /// The `--jq` outputs of `v`, one line each; true if there is a filter.
    fn filtered(&self, v: &Value) -> Result<bool, CliError> {
        let Some(jq) = &self.jq else {
            return Ok(false);
        };
        let terminal = stdout_is_terminal();
        for line in jq.run(v)? {
            // Raw strings from the server must not act on a terminal (escape sequences).
            let line = if terminal { terminal_safe(&line) } else { line };
            self.data(&line)?;
            self.data("\n")?;
        }
        Ok(true)
    }

    /// One JSON document, pretty-printed, as the official CLI prints it (with `--jq`: the
    /// filter's outputs, one line each).
    pub fn json_doc(&self, v: &Value) -> Result<(), CliError> {
        if self.filtered(v)? {
            return Ok(());
        }
        let text = serde_json::to_string_pretty(v).map_err(|e| CliError::io(e.to_string()))?;
        self.data(&text)?;
        self.data("\n")
    }

    /// One compact JSON object on its own line (with `--jq`: the filter's outputs).
    pub fn json_line(&self, v: &Value) -> Result<(), CliError> {
        if self.filtered(v)? {
            return Ok(());
        }
        let text = serde_json::to_string(v).map_err(|e| CliError::io(e.to_string()))?;
        self.data(&text)?;
        self.data("\n")
    }

    /// A failed request's `{"error": {...}}` (the API's error object, with the request id) on
    /// stdout, as the official CLI does, so `seam ... | jq .error.type` works. Only when stdout
    /// is not a terminal and the output is JSON; not through `--jq` (written for the data).
    pub fn error_object(&self, e: &crate::error::ApiError) {
        if stdout_is_terminal() || !matches!(self.style.format, Format::Json | Format::Ndjson) {
            return;
        }
        let doc = serde_json::json!({ "error": e.object() });
        let text = match self.style.format {
            Format::Ndjson => serde_json::to_string(&doc),
            _ => serde_json::to_string_pretty(&doc),
        };
        if let Ok(text) = text {
            let _ = self.data(&text);
            let _ = self.data("\n");
            let _ = self.flush();
        }
    }

    /// `--dry-run`: the request that would be sent, and the same as a curl command.
    pub fn dry_run(&self, url: &str, headers: &[(String, String)], body: &Value, curl: &str) {
        let s = dry_run_text(url, headers, body, curl);
        let _ = self.data(&s);
        let _ = self.flush();
    }

    // ---- stderr: everything else ----

    fn paint(&self, text: &str, code: &str) -> String {
        if self.style.color_stderr {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A status line ("Deleted credential ..."); silenced by --quiet.
    pub fn status(&self, msg: &str) {
        if !self.style.quiet {
            self.say(shown(msg));
        }
    }

    /// A `hint:` line; silenced by --quiet.
    pub fn hint(&self, msg: &str) {
        if !self.style.quiet {
            self.say(format!("{} {}", self.paint("hint:", "36"), shown(msg)));
        }
    }

    pub fn warn(&self, msg: &str) {
        self.say(format!("{} {}", self.paint("warning:", "33"), shown(msg)));
    }

    /// A `--verbose` trace line.
    pub fn trace(&self, msg: &str) {
        if self.style.verbose {
            err_line(&self.paint(&shown(msg), "2"));
        }
    }

    /// Prints an error as `error: ...`, its details, and `hint:` lines.
    pub fn error(&self, e: &CliError) {
        report(e, self.style.color_stderr);
    }

    /// Asks a yes/no question on stderr and reads the answer from stdin.
    pub fn confirm(&self, question: &str) -> bool {
        let mut err = std::io::stderr();
        let _ = write!(err, "{question} [y/N] ");
        let _ = err.flush();
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer).is_err() {
            return false;
        }
        matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
    }
}

/// The text `--dry-run` prints: the request, then the same as a curl command.
pub fn dry_run_text(url: &str, headers: &[(String, String)], body: &Value, curl: &str) -> String {
    let mut s = format!("POST {url}\n");
    for (k, v) in headers {
        s.push_str(&format!("{k}: {v}\n"));
    }
    s.push('\n');
    s.push_str(&serde_json::to_string_pretty(body).unwrap_or_default());
    s.push_str("\n\n# the same request with curl (reads the key from $SEAM_API_KEY):\n");
    s.push_str(curl);
    s.push('\n');
    s
}

impl Drop for Printer {
    /// A pager still open (an early return) is closed and waited for, so the shell prompt
    /// does not come back under it.
    fn drop(&mut self) {
        let _ = self.finish();
    }
}

/// The response body as the official CLI prints it: everything but `ok`.
pub fn without_ok(body: &Value) -> Value {
    match body {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, v) in m {
                if k != "ok" {
                    out.insert(k.clone(), v.clone());
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}
