//! All printing goes through here: data on stdout, everything else on stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod results;
pub mod stream;
pub mod table;

use crate::error::CliError;
use serde_json::{Map, Value};
use std::io::{BufWriter, IsTerminal, Stdout, Write};
use std::sync::Mutex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Ndjson,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["table", "json", "ndjson"];
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "ndjson" => Some(Format::Ndjson),
            _ => None,
        }
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
    /// Table width; None lets the table fit the terminal.
    pub width: Option<u16>,
    /// "Now", for the derived credential state (injectable for tests with SEAM_NOW).
    pub now: jiff::Timestamp,
    /// Whether stderr is a terminal: status lines and progress bars only show there.
    pub stderr_tty: bool,
}

pub struct Printer {
    style: Style,
    out: Mutex<BufWriter<Stdout>>,
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
            out: Mutex::new(BufWriter::with_capacity(64 * 1024, std::io::stdout())),
        }
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
        out.write_all(text.as_bytes()).map_err(pipe_err)
    }

    pub fn flush(&self) -> Result<(), CliError> {
        let mut out = self
            .out
            .lock()
            .map_err(|_| CliError::io("stdout lock poisoned"))?;
        out.flush().map_err(pipe_err)
    }

    /// One JSON document, pretty-printed, as the official CLI prints it.
    pub fn json_doc(&self, v: &Value) -> Result<(), CliError> {
        let text = serde_json::to_string_pretty(v).map_err(|e| CliError::io(e.to_string()))?;
        self.data(&text)?;
        self.data("\n")
    }

    /// One compact JSON object on its own line.
    pub fn json_line(&self, v: &Value) -> Result<(), CliError> {
        let text = serde_json::to_string(v).map_err(|e| CliError::io(e.to_string()))?;
        self.data(&text)?;
        self.data("\n")
    }

    /// `--dry-run`: the request that would be sent, and the same as a curl command.
    pub fn dry_run(&self, url: &str, headers: &[(String, String)], body: &Value, curl: &str) {
        let mut s = format!("POST {url}\n");
        for (k, v) in headers {
            s.push_str(&format!("{k}: {v}\n"));
        }
        s.push('\n');
        s.push_str(&serde_json::to_string_pretty(body).unwrap_or_default());
        s.push_str("\n\n# the same request with curl (reads the key from $SEAM_API_KEY):\n");
        s.push_str(curl);
        s.push('\n');
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
            err_line(msg);
        }
    }

    /// A `hint:` line; silenced by --quiet.
    pub fn hint(&self, msg: &str) {
        if !self.style.quiet {
            err_line(&format!("{} {msg}", self.paint("hint:", "36")));
        }
    }

    pub fn warn(&self, msg: &str) {
        err_line(&format!("{} {msg}", self.paint("warning:", "33")));
    }

    /// A `--verbose` trace line.
    pub fn trace(&self, msg: &str) {
        if self.style.verbose {
            err_line(&self.paint(msg, "2"));
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

/// Text from the server made safe for a one-line message on a terminal: every control character
/// (ESC, BEL, CR, a newline, ...) is shown as an escape instead of acting on the terminal.
pub fn one_line_safe(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            '\n' => "\\n".to_string(),
            c if c.is_control() && (c as u32) < 0x100 => format!("\\x{:02x}", c as u32),
            c if c.is_control() => format!("\\u{{{:x}}}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

/// Prints an error on stderr: `error: <what happened>`, its details indented, then `hint:` lines.
/// Also used before the printer exists (bad global options).
pub fn report(e: &CliError, color: bool) {
    let paint = |text: &str, code: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let (lines, hints) = e.lines();
    let mut it = lines.iter();
    if let Some(first) = it.next() {
        err_line(&format!("{} {first}", paint("error:", "31;1")));
    }
    for l in it {
        err_line(&format!("  {l}"));
    }
    for h in hints {
        err_line(&format!("{} {h}", paint("hint:", "36")));
    }
}

/// Writes one line to stderr, ignoring failures (a closed stderr must not crash the CLI).
pub fn err_line(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{s}");
}

/// Whether stdout / stderr / stdin are terminals.
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
/// Whether a person can be asked something: stdin and stderr are both terminals. The one test
/// every question and prompt goes through.
pub fn can_prompt() -> bool {
    stdin_is_terminal() && stderr_is_terminal()
}
pub fn stdin_is_terminal() -> bool {
    std::io::stdin().is_terminal()
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
