//! Escaping text from outside (the server, input files) before it reaches a terminal: control
//! and invisible format characters shown as visible escapes.

/// A line of `--jq` output made safe for a terminal: control characters but tab are escaped.
pub(super) fn terminal_safe(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() && c != '\t') {
        return s.to_string();
    }
    s.split('\t')
        .map(one_line_safe)
        .collect::<Vec<_>>()
        .join("\t")
}

/// Unicode format characters (category Cf) and the line and paragraph separators: invisible, yet
/// they reorder (bidi overrides and isolates), hide (zero-width) or break text on a terminal.
fn is_invisible_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2
        | 0x180E | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// Whether [`escape_text`] shows `c` as an escape: control characters and invisible format
/// characters.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// What [`escape_text`] does with a line feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineFeeds {
    /// Shown as `\n`: the text is one line (an error, a hint, a trace).
    Escape,
    /// Kept (table cells break lines on purpose); a tab becomes a space.
    Keep,
}

/// The one escaping function for text from outside (the server, input files) on a terminal:
/// every control character (ESC, BEL, CR, ...) and every invisible format character
/// (bidi overrides U+202A-U+202E and isolates U+2066-U+2069, zero-width U+200B-U+200F, U+FEFF,
/// U+2028/U+2029, other Cf) is shown as a visible escape (`\x1b`, `\u{202e}`), so such text can
/// neither act on the terminal nor disguise itself.
pub fn escape_text(s: &str, feeds: LineFeeds) -> String {
    let keep = feeds == LineFeeds::Keep;
    if !s.chars().any(|c| is_unsafe_char(c) && !(keep && c == '\n')) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' if keep => out.push('\n'),
            '\t' if keep => out.push(' '),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && (c as u32) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if is_unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A message as written to stderr: whatever it quotes (server text, input records, paths) cannot
/// act on the terminal; its own line breaks stay (a list of problems is one message).
pub(super) fn shown(msg: &str) -> String {
    escape_text(msg, LineFeeds::Keep)
}

/// Text from the server made safe for a one-line message on a terminal ([`escape_text`], line
/// feeds escaped too).
pub fn one_line_safe(s: &str) -> String {
    escape_text(s, LineFeeds::Escape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_escaped_in_both_modes() {
        for (c, shown) in [
            ('\u{202e}', "\\u{202e}"),
            ('\u{2066}', "\\u{2066}"),
            ('\u{2069}', "\\u{2069}"),
            ('\u{200b}', "\\u{200b}"),
            ('\u{200f}', "\\u{200f}"),
            ('\u{feff}', "\\u{feff}"),
            ('\u{2028}', "\\u{2028}"),
            ('\u{2029}', "\\u{2029}"),
            ('\u{ad}', "\\u{ad}"),
            ('\u{e0041}', "\\u{e0041}"),
            ('\u{1b}', "\\x1b"),
            ('\u{85}', "\\x85"),
        ] {
            let s = format!("a{c}b");
            assert_eq!(one_line_safe(&s), format!("a{shown}b"));
            assert_eq!(escape_text(&s, LineFeeds::Keep), format!("a{shown}b"));
        }
        assert_eq!(one_line_safe("a\nb"), "a\\nb");
        assert_eq!(escape_text("a\nb\tc", LineFeeds::Keep), "a\nb c");
        assert_eq!(one_line_safe("Zoë 🚪 日本"), "Zoë 🚪 日本");
    }
}
