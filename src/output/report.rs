//! Error reporting on stderr (`error:`, details, `hint:` lines) and the one stderr line
//! writer that ignores a closed stderr.

use super::escape::shown;
use crate::error::CliError;
use std::io::Write;

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
        err_line(&format!("{} {}", paint("error:", "31;1"), shown(first)));
    }
    for l in it {
        err_line(&format!("  {}", shown(l)));
    }
    for h in hints {
        err_line(&format!("{} {}", paint("hint:", "36"), shown(&h)));
    }
}

/// Writes one line to stderr, ignoring failures (a closed stderr must not crash the CLI).
pub fn err_line(s: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{s}");
}
