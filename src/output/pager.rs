//! The pager for long tables on a terminal: `$SEAM_PAGER`, else `$PAGER`, else `less -FRX`
//! (as git and gh choose). Never when stdout is not a terminal or with `--no-pager`; an empty
//! value or `cat` means no pager. A pager that cannot be started (not found, spawn failed)
//! falls back to plain output on stdout.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};

pub struct Pager {
    child: Child,
    pub input: BufWriter<ChildStdin>,
}

/// The pager command to use, or None for none: SEAM_PAGER, else PAGER, else `less -FRX`.
/// A set but empty variable (or `cat`) turns the pager off, as with git.
pub fn command() -> Option<String> {
    let pick = match std::env::var("SEAM_PAGER") {
        Ok(v) => v,
        Err(_) => match std::env::var("PAGER") {
            Ok(v) => v,
            Err(_) => "less -FRX".to_string(),
        },
    };
    let pick = pick.trim().to_string();
    if pick.is_empty() || pick == "cat" {
        None
    } else {
        Some(pick)
    }
}

/// Characters that make a command need a shell.
const SHELL_CHARS: &[char] = &[
    '|', '&', ';', '<', '>', '(', ')', '$', '`', '\\', '"', '\'', '*', '?', '[', ']', '#', '~',
    '=', '%', '{', '}', '\n',
];

/// Whether `program` can be run: a path to a file, or a name found on PATH.
fn findable(program: &str) -> bool {
    if program.contains('/') {
        return Path::new(program).is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Starts the pager with its input piped. A simple command (words only) is run directly; one
/// with shell syntax through `sh -c`, as git does. Err says why it could not start.
pub fn spawn(cmd: &str) -> Result<Pager, String> {
    let mut words = cmd.split_whitespace();
    let first = words.next().unwrap_or_default();
    // A command with shell syntax (`LESS=R less`, `trap '' INT; less`) is the shell's to check.
    if !cmd.contains(SHELL_CHARS) && !findable(first) {
        return Err(format!("'{first}' was not found"));
    }
    let mut c = if cmd.contains(SHELL_CHARS) {
        let mut c = Command::new("sh");
        c.arg("-c").arg(cmd);
        c
    } else {
        let mut c = Command::new(first);
        c.args(words);
        c
    };
    if std::env::var_os("LESS").is_none() {
        c.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        c.env("LV", "-c");
    }
    // Before the pager starts, so that no Ctrl-C can come between.
    let left = leave_ctrl_c_to_the_pager();
    let mut child = c.stdin(Stdio::piped()).spawn().map_err(|e| {
        if left {
            take_ctrl_c_back();
        }
        format!("it could not be started: {e}")
    })?;
    let Some(stdin) = child.stdin.take() else {
        let _ = child.kill();
        let _ = child.wait();
        if left {
            take_ctrl_c_back();
        }
        return Err("its input could not be opened".into());
    };
    Ok(Pager {
        child,
        input: BufWriter::with_capacity(64 * 1024, stdin),
    })
}

/// While a pager has the screen, Ctrl-C is for it (`less` stops a search or a wait with it), not
/// for seam, as with git: by default it would end seam and give the terminal back to the shell
/// with the pager still drawing on it. A handler replaces that default for the rest of the run
/// (which ends when the person leaves the pager: the output then meets a closed pipe); the
/// pager, a new program, starts with the default again. True if the handler is in place.
fn leave_ctrl_c_to_the_pager() -> bool {
    #[cfg(unix)]
    if let Ok(rt) = tokio::runtime::Handle::try_current() {
        let _inside = rt.enter();
        // Registered for the life of the process; the stream itself is not needed.
        return tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).is_ok();
    }
    false
}

/// The pager did not start after all: Ctrl-C ends seam again (exit 130), as by default.
fn take_ctrl_c_back() {
    if let Ok(rt) = tokio::runtime::Handle::try_current() {
        rt.spawn(async {
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        });
    }
}

impl Pager {
    /// Closes its input and waits for the person to leave it.
    pub fn close(mut self) -> std::io::Result<()> {
        let flushed = self.input.flush();
        drop(self.input);
        self.child.wait()?;
        match flushed {
            // They left the pager before the end: nothing is wrong.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}
