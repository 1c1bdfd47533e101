//! Output that arrives piece by piece: a JSON document written item by item (`list --all`),
//! and the bulk progress bar. Memory stays flat: nothing is kept once written.

use super::Printer;
use crate::error::CliError;
use serde_json::Value;

/// Writes `{"<key>": [ ...items... ]}` incrementally, pretty-printed as [`Printer::json_doc`]
/// would print the whole document.
pub struct JsonArrayDoc<'a> {
    printer: &'a Printer,
    count: usize,
}

impl<'a> JsonArrayDoc<'a> {
    pub fn begin(printer: &'a Printer, key: &str) -> Result<Self, CliError> {
        let key = serde_json::to_string(key).map_err(|e| CliError::io(e.to_string()))?;
        printer.data(&format!("{{\n  {key}: ["))?;
        Ok(JsonArrayDoc { printer, count: 0 })
    }

    pub fn item(&mut self, v: &Value) -> Result<(), CliError> {
        let text = serde_json::to_string_pretty(v).map_err(|e| CliError::io(e.to_string()))?;
        // JSON strings hold no raw newlines, so every newline is structure and can be indented.
        let indented = text.replace('\n', "\n    ");
        let sep = if self.count == 0 { "\n    " } else { ",\n    " };
        self.count += 1;
        self.printer.data(sep)?;
        self.printer.data(&indented)
    }

    pub fn end(self) -> Result<(), CliError> {
        if self.count == 0 {
            self.printer.data("]\n}\n")
        } else {
            self.printer.data("\n  ]\n}\n")
        }
    }
}

/// A progress bar on stderr, shown only when stderr is a terminal (and not `--quiet`).
#[derive(Clone)]
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    /// stdout is the same terminal: data lines must be written with the bar hidden.
    shared_terminal: bool,
}

impl Progress {
    pub fn new(printer: &Printer, total: u64, what: &str) -> Progress {
        if !printer.stderr_is_terminal() || printer.style().quiet || total == 0 {
            return Progress {
                bar: None,
                shared_terminal: false,
            };
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_string());
        Progress {
            bar: Some(bar),
            shared_terminal: super::stdout_is_terminal(),
        }
    }

    pub fn inc(&self) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// Runs `f` (which prints to stderr) with the bar hidden.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }

    /// Runs `f` (which prints to stdout) with the bar hidden if stdout is the same terminal.
    pub fn around_data<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(b) if self.shared_terminal => b.suspend(f),
            _ => f(),
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
