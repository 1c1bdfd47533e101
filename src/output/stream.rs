//! Output that arrives piece by piece: a JSON document written item by item (`list --all`),
//! and the bulk progress bar. Memory stays flat: nothing is kept once written.

use super::Printer;
use crate::error::CliError;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

/// How a record of a bulk run ended, as the progress line counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Ok,
    Failed,
    Unknown,
}

/// What the progress line shows besides the bar: counts, and a pause.
#[derive(Default)]
struct Shown {
    ok: AtomicU64,
    failed: AtomicU64,
    unknown: AtomicU64,
    /// Seconds left of a pause asked by the server (429), 0 when not paused.
    paused: AtomicU64,
}

/// A rate with sensible precision: `123/s`, `4.5/s`, `0.25/s`.
pub fn format_rate(per_sec: f64) -> String {
    if !per_sec.is_finite() || per_sec <= 0.0 {
        return "0/s".into();
    }
    if per_sec >= 9.95 {
        format!("{per_sec:.0}/s")
    } else if per_sec >= 0.995 {
        format!("{per_sec:.1}/s")
    } else {
        format!("{per_sec:.2}/s")
    }
}

/// A short duration: `45s`, `3m`, `2h`.
fn short_duration(secs: u64) -> String {
    match secs {
        0..=99 => format!("{secs}s"),
        100..=5999 => format!("{}m", secs.div_ceil(60)),
        _ => format!("{}h", secs.div_ceil(3600)),
    }
}

/// The progress line of a bulk run on stderr, shown only when stderr is a terminal (and not
/// `--quiet`): `create [=====>    ] 120/1000 · 118 ok, 2 failed, 0 unknown · 45/s · 19s left`,
/// and `paused 2s: rate limited` while the server asked for a pause.
#[derive(Clone)]
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    /// stdout is the same terminal: data lines must be written with the bar hidden.
    shared_terminal: bool,
    shown: Arc<Shown>,
}

impl Progress {
    pub fn new(printer: &Printer, total: u64, what: &str) -> Progress {
        let shown = Arc::new(Shown::default());
        if !printer.stderr_is_terminal() || printer.style().quiet || total == 0 {
            return Progress {
                bar: None,
                shared_terminal: false,
                shown,
            };
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::stderr(),
        );
        let (c, t) = (shown.clone(), shown.clone());
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{prefix} [{wide_bar}] {pos}/{len} · {counts} · {rate} · {tail}",
        ) {
            let style = style
                .progress_chars("=> ")
                .with_key(
                    "counts",
                    move |_: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(
                            w,
                            "{} ok, {} failed, {} unknown",
                            c.ok.load(Ordering::Relaxed),
                            c.failed.load(Ordering::Relaxed),
                            c.unknown.load(Ordering::Relaxed)
                        );
                    },
                )
                .with_key(
                    "rate",
                    |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = w.write_str(&format_rate(s.per_sec()));
                    },
                )
                .with_key(
                    "tail",
                    move |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let p = t.paused.load(Ordering::Relaxed);
                        let _ = if p > 0 {
                            write!(w, "paused {}: rate limited", short_duration(p))
                        } else if s.pos() == 0 {
                            write!(w, "starting")
                        } else {
                            write!(w, "{} left", short_duration(s.eta().as_secs()))
                        };
                    },
                );
            bar.set_style(style);
        }
        bar.set_prefix(what.to_string());
        bar.enable_steady_tick(std::time::Duration::from_millis(250));
        Progress {
            bar: Some(bar),
            shared_terminal: super::stdout_is_terminal(),
            shown,
        }
    }

    /// No progress line (e.g. once the run is over).
    pub fn none() -> Progress {
        Progress {
            bar: None,
            shared_terminal: false,
            shown: Arc::new(Shown::default()),
        }
    }

    /// One record ended.
    pub fn done(&self, c: Count) {
        let n = match c {
            Count::Ok => &self.shown.ok,
            Count::Failed => &self.shown.failed,
            Count::Unknown => &self.shown.unknown,
        };
        n.fetch_add(1, Ordering::Relaxed);
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// A task ended without a result (it was not sent).
    pub fn inc(&self) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// The server asked for a pause of `secs` more seconds (None: no pause).
    pub fn paused(&self, secs: Option<u64>) {
        self.shown
            .paused
            .store(secs.map_or(0, |s| s.max(1)), Ordering::Relaxed);
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
        // The message takes what is left of the line and is cut to fit it (`wide_msg`): a
        // line that wraps would be redrawn as a new line at every tick.
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} {elapsed:>3} {wide_msg}")
        {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_have_sensible_precision() {
        assert_eq!(format_rate(123.456), "123/s");
        assert_eq!(format_rate(10.0), "10/s");
        assert_eq!(format_rate(4.54), "4.5/s");
        assert_eq!(format_rate(0.25), "0.25/s");
        assert_eq!(format_rate(0.0), "0/s");
        assert_eq!(format_rate(f64::NAN), "0/s");
        assert_eq!(short_duration(42), "42s");
        assert_eq!(short_duration(600), "10m");
        assert_eq!(short_duration(7200), "2h");
    }
}
