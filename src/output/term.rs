//! Terminal checks: whether stdin/stdout/stderr are terminals, whether a person can be asked
//! something, and the terminal's size.

use std::io::IsTerminal;

/// The terminal's width, if stdout is a terminal.
pub fn terminal_width() -> Option<u16> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0)
}

/// The terminal's height in lines (stdout's), if it is a terminal.
pub fn terminal_height() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(_, h)| usize::from(h.0))
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
