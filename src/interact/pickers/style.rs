//! How the pickers look: colour or none, rows per page, lines cut to the terminal's width,
//! the help lines under a prompt.

/// What a select offers to leave an optional parameter out.
pub(super) const LEAVE_OUT: &str = "(leave it out)";
pub(super) const HELP: &str = "type to filter, ↑↓ to move, Enter to choose, Esc to cancel";

/// Prompts without colour when stderr gets none (`NO_COLOR`, `--color never`).
pub fn init_style(color: bool) {
    if !color {
        inquire::set_global_render_config(inquire::ui::RenderConfig::empty());
    }
}

fn terminal_size() -> (usize, usize) {
    crossterm::terminal::size()
        .map(|(c, r)| (usize::from(c), usize::from(r)))
        .unwrap_or((80, 24))
}

/// Rows a select shows at once: what fits the terminal, 5 to 15.
pub fn page_size() -> usize {
    terminal_size().1.saturating_sub(6).clamp(5, 15)
}

/// Cuts a line to the terminal's width, so a long name never wraps a select's rows.
pub fn fit(s: &str, margin: usize) -> String {
    let max = terminal_size().0.saturating_sub(margin).max(20);
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A help line under a prompt, cut to the terminal's width.
pub(super) fn hint(s: &str) -> String {
    fit(s, 2)
}

pub use crate::spec::first_sentence;
