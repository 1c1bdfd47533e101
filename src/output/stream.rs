//! Output that arrives piece by piece: a JSON document written item by item (`list --all`),
//! and the bulk progress bar. Memory stays flat: nothing is kept once written.

use super::Printer;
use crate::error::CliError;
use serde_json::Value;

/// Writes `{"<key>": [ ...items... ]}` incrementally, pretty-printed as [`Printer::json_doc`]
/// would print the whole document. With `--jq`, each page is filtered as `{"<key>": [...]}`
/// instead (see [`JsonArrayDoc::page_end`]).
pub struct JsonArrayDoc<'a> {
    printer: &'a Printer,
    count: usize,
    /// `--jq`: the key and the items of the page so far.
    page: Option<(String, Vec<Value>)>,
}

impl<'a> JsonArrayDoc<'a> {
    pub fn begin(printer: &'a Printer, key: &str) -> Result<Self, CliError> {
        if printer.filtering() {
            return Ok(JsonArrayDoc {
                printer,
                count: 0,
                page: Some((key.to_string(), Vec::new())),
            });
        }
        let key = serde_json::to_string(key).map_err(|e| CliError::io(e.to_string()))?;
        printer.data(&format!("{{\n  {key}: ["))?;
        Ok(JsonArrayDoc {
            printer,
            count: 0,
            page: None,
        })
    }

    /// The end of a page: with `--jq`, the filter runs on `{"<key>": [the page's items]}`.
    pub fn page_end(&mut self) -> Result<(), CliError> {
        if let Some((key, items)) = &mut self.page {
            let mut doc = serde_json::Map::new();
            doc.insert(key.clone(), Value::Array(std::mem::take(items)));
            self.printer.json_doc(&Value::Object(doc))?;
        }
        Ok(())
    }

    pub fn item(&mut self, v: &Value) -> Result<(), CliError> {
        if let Some((_, items)) = &mut self.page {
            items.push(v.clone());
            return Ok(());
        }
        let text = serde_json::to_string_pretty(v).map_err(|e| CliError::io(e.to_string()))?;
        // JSON strings hold no raw newlines, so every newline is structure and can be indented.
        let indented = text.replace('\n', "\n    ");
        let sep = if self.count == 0 { "\n    " } else { ",\n    " };
        self.count += 1;
        self.printer.data(sep)?;
        self.printer.data(&indented)
    }

    pub fn end(mut self) -> Result<(), CliError> {
        if self
            .page
            .as_ref()
            .is_some_and(|(_, items)| !items.is_empty())
        {
            return self.page_end();
        }
        if self.page.is_some() {
            return Ok(());
        }
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

/// A spinner on stderr while `--wait` polls, shown only when stderr is a terminal (and not
/// `--quiet`).
pub struct Spinner {
    bar: Option<indicatif::ProgressBar>,
}

impl Spinner {
    pub fn new(printer: &Printer, what: &str) -> Spinner {
        if !printer.stderr_is_terminal() || printer.style().quiet {
            return Spinner { bar: None };
        }
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.set_message(super::one_line_safe(what));
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Spinner { bar: Some(bar) }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.finish();
    }
}
