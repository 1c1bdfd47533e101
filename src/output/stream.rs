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
pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    pub fn new(printer: &Printer, total: u64, what: &str) -> Progress {
        if !printer.stderr_is_terminal() || printer.style().quiet || total == 0 {
            return Progress(None);
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
        Progress(Some(bar))
    }

    pub fn inc(&self) {
        if let Some(b) = &self.0 {
            b.inc(1);
        }
    }

    /// Runs `f` (which may print to stderr) with the bar hidden.
    pub fn suspend(&self, f: impl FnOnce()) {
        match &self.0 {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
