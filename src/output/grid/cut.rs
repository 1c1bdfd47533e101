//! Cutting cells to a width: display width, `…` cuts, one safe line per cell; the cost is
//! bounded by the width, not by the text's length.

use super::value::prefix;
use crate::output::table::terminal_safe;
use unicode_width::UnicodeWidthChar;

/// Display width of a string on a terminal.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// A cell made safe and one line, at most `cap` columns wide: the text is cut to `cap + 1`
/// characters before any other work, so the cost does not depend on the text's length.
pub fn clean(s: &str, cap: usize) -> String {
    let head = prefix(s, cap + 1);
    let flat: String = head
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let safe = terminal_safe(&flat);
    // Escapes only lengthen the text: the cut below still sees everything that can show.
    let out = fit(&safe, cap);
    if out.len() < safe.len() || head.len() == s.len() {
        out
    } else {
        // The text went on beyond what was looked at: say so.
        fit(&format!("{out}…"), cap)
    }
}

/// `s` cut to `w` columns, the last one an ellipsis when anything was cut.
pub fn fit(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > w - 1 {
            break;
        }
        used += cw;
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` cut to `w` columns with no ellipsis (IDs: the prefix is the point).
pub(super) fn cut_plain(s: &str, w: usize) -> String {
    let mut used = 0;
    s.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= w
        })
        .collect()
}
