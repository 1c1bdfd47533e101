//! Where the result lines of a bulk run go: JSON Lines on stdout when it is piped (as always),
//! a `--results FILE`, and on a terminal no JSON at all: the failures, a line each (the first
//! [`SHOWN_FAILURES`]), and the summary.

use super::stream::Progress;
use super::Printer;
use crate::error::CliError;
use serde_json::Value;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Failures shown on a terminal before the rest are only counted.
pub const SHOWN_FAILURES: usize = 20;

pub struct Results {
    printer: Arc<Printer>,
    /// JSON Lines on stdout.
    stdout: bool,
    file: Option<(PathBuf, Mutex<BufWriter<File>>)>,
    /// stdout is a terminal: failures are shown as text on stderr.
    terminal: bool,
    shown: AtomicUsize,
    hidden: AtomicUsize,
}

/// Refuses a `--results` path that exists (a file, a directory, a symbolic link), before the
/// input is read; [`create_file`] checks again when it creates it.
pub fn refuse_existing(path: &Path) -> Result<(), CliError> {
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) => Err(exists_error(path, m.file_type().is_symlink())),
    }
}

fn exists_error(path: &Path, symlink: bool) -> CliError {
    CliError::usage_hint(
        format!(
            "--results: {} {}; nothing was sent",
            path.display(),
            if symlink {
                "is a symbolic link"
            } else {
                "exists"
            }
        ),
        "results are written to a new file only: choose another name, or remove it",
    )
}

/// Creates `path` for the result lines: a new file (never one that exists, nor through a
/// symbolic link), readable by its owner only, since results hold PIN codes.
pub fn create_file(path: &Path) -> Result<File, CliError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            exists_error(path, link)
        } else {
            CliError::io(format!("--results: cannot create {}: {e}", path.display()))
        }
    })
}

impl Results {
    /// `file`: `--results FILE`, already created. `ndjson_asked`: `--format ndjson` was given
    /// (then JSON Lines go to stdout even on a terminal).
    pub fn new(printer: Arc<Printer>, file: Option<(PathBuf, File)>, ndjson_asked: bool) -> Self {
        let terminal = super::stdout_is_terminal();
        Results {
            printer,
            stdout: file.is_none() && (!terminal || ndjson_asked),
            terminal: terminal && !ndjson_asked,
            file: file.map(|(p, f)| (p, Mutex::new(BufWriter::with_capacity(64 * 1024, f)))),
            shown: AtomicUsize::new(0),
            hidden: AtomicUsize::new(0),
        }
    }

    /// Whether result lines are written anywhere (stdout or a file).
    pub fn keeps_lines(&self) -> bool {
        self.stdout || self.file.is_some()
    }

    /// Whether stdout is a terminal that gets no JSON Lines.
    pub fn on_terminal(&self) -> bool {
        self.terminal && !self.stdout
    }

    pub fn file(&self) -> Option<&Path> {
        self.file.as_ref().map(|(p, _)| p.as_path())
    }

    /// Failures not shown on the terminal.
    pub fn hidden_failures(&self) -> usize {
        self.hidden.load(Ordering::Relaxed)
    }

    /// One record's result line; `failure`: its text when it failed (shown on a terminal).
    pub fn line(
        &self,
        v: &Value,
        failure: Option<&str>,
        progress: &Progress,
    ) -> Result<(), CliError> {
        if let (Some(text), true) = (failure, self.on_terminal()) {
            if self.shown.fetch_add(1, Ordering::Relaxed) < SHOWN_FAILURES {
                let text = super::one_line_safe(text);
                progress.suspend(|| super::err_line(&text));
            } else {
                self.hidden.fetch_add(1, Ordering::Relaxed);
            }
        }
        if let Some((p, f)) = &self.file {
            let mut f = f
                .lock()
                .map_err(|_| CliError::io("results file lock poisoned"))?;
            serde_json::to_writer(&mut *f, v)
                .map_err(std::io::Error::from)
                .and_then(|()| f.write_all(b"\n"))
                .map_err(|e| CliError::io(format!("cannot write {}: {e}", p.display())))?;
        }
        if self.stdout {
            progress.around_data(|| {
                self.printer
                    .json_line(v)
                    .and_then(|()| self.printer.flush())
            })?;
        }
        Ok(())
    }

    /// Writes out what is buffered.
    pub fn flush(&self) -> Result<(), CliError> {
        if let Some((p, f)) = &self.file {
            let mut f = f
                .lock()
                .map_err(|_| CliError::io("results file lock poisoned"))?;
            f.flush()
                .map_err(|e| CliError::io(format!("cannot write {}: {e}", p.display())))?;
        }
        if self.stdout {
            self.printer.flush()?;
        }
        Ok(())
    }
}
