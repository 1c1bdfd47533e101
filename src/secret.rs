//! A secret (API key, token) that cannot be printed by accident.

use std::fmt;

/// Holds a token. `Debug` and `Display` print `(redacted)`; the only way to the text is
/// [`Secret::expose`], used when building the `Authorization` header.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// A masked form that identifies a token without revealing it: `seam_...abcd`.
    /// Short tokens show nothing but their kind.
    pub fn masked(&self) -> String {
        let t = &self.0;
        let head = if t.starts_with("seam_at") {
            "seam_at"
        } else if t.starts_with("seam_") {
            "seam_"
        } else if t.starts_with("ey") {
            "ey"
        } else {
            ""
        };
        let chars: Vec<char> = t.chars().collect();
        if chars.len() >= 20 {
            let tail: String = chars[chars.len() - 4..].iter().collect();
            format!("{head}...{tail}")
        } else {
            format!("{head}...(redacted)")
        }
    }
}

/// The shortest part of a token, at the end of a cut text, that is masked as a part of it.
pub const MIN_PREFIX: usize = 8;

/// `text` with every whole occurrence of the token replaced by its masked form.
pub fn mask(secret: Option<&Secret>, text: &str) -> String {
    match secret {
        Some(t) if !t.0.is_empty() && text.contains(t.0.as_str()) => {
            text.replace(t.0.as_str(), &t.masked())
        }
        _ => text.to_string(),
    }
}

/// `text`, which was cut at its end (by whoever sent it, or by a byte limit), with the token
/// masked: whole occurrences, and a prefix of the token of at least [`MIN_PREFIX`] characters
/// that ends the text (the cut fell inside the token).
pub fn mask_cut_end(secret: Option<&Secret>, text: &str) -> String {
    let mut out = mask(secret, text);
    let Some(t) = secret.map(|t| t.0.as_str()).filter(|t| !t.is_empty()) else {
        return out;
    };
    // Prefix ends, longest first, of at least MIN_PREFIX characters (and shorter than the
    // whole token, which `mask` replaced already).
    let ends: Vec<usize> = t
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .skip(MIN_PREFIX - 1)
        .filter(|end| *end < t.len())
        .collect();
    for end in ends.into_iter().rev() {
        if out.ends_with(&t[..end]) {
            let keep = out.len() - end;
            out.truncate(keep);
            out.push_str(&Secret::new(t).masked());
            break;
        }
    }
    out
}

/// `text` with the token masked first, then cut to at most `max_chars` characters; when the
/// cut falls inside the token, the part of it left at the end is masked too
/// ([`mask_cut_end`]). Every cut of server text that may be shown goes through this.
pub fn mask_cut(secret: Option<&Secret>, text: &str, max_chars: usize) -> String {
    let masked = mask(secret, text);
    match masked.char_indices().nth(max_chars) {
        None => masked,
        Some((i, _)) => mask_cut_end(secret, &masked[..i]),
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const KEY: &str = "seam_test_KEY_5ecret_0123456789abcdef";

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

        /// Whatever surrounds the key and wherever the text is cut, no part of the key of
        /// MIN_PREFIX characters or more survives.
        #[test]
        fn no_cut_leaves_a_part_of_the_key(
            before in "[ -~\u{e9}\u{1f6aa}]{0,40}",
            after in "[ -~]{0,40}",
            times in 1usize..3,
            cut in 0usize..200,
        ) {
            let text = format!("{before}{}{after}", KEY.repeat(times));
            let key = Secret::new(KEY);
            let out = mask_cut(Some(&key), &text, cut);
            prop_assert!(out.chars().count() <= cut + key.masked().chars().count());
            // Every part of the key of MIN_PREFIX characters or more starts with this.
            prop_assert!(!out.contains(&KEY[..MIN_PREFIX]), "{out}");
            // A text cut by someone else, anywhere: the same.
            let end = text.char_indices().nth(cut).map(|(i, _)| i).unwrap_or(text.len());
            let out = mask_cut_end(Some(&key), &text[..end]);
            prop_assert!(!out.contains(&KEY[..MIN_PREFIX]), "{out}");
        }

        /// Text without the key is only cut, never changed.
        #[test]
        fn text_without_the_key_is_only_cut(text in "[ -~]{0,100}", cut in 0usize..120) {
            prop_assume!(!text.contains("seam_tes"));
            let key = Secret::new(KEY);
            let out = mask_cut(Some(&key), &text, cut);
            let want: String = text.chars().take(cut).collect();
            prop_assert_eq!(out, want);
        }
    }

    #[test]
    fn never_prints_the_token() {
        let s = Secret::new("seam_test_0123456789abcdefWXYZ");
        assert_eq!(format!("{s:?}"), "(redacted)");
        assert_eq!(format!("{s}"), "(redacted)");
        assert_eq!(s.masked(), "seam_...WXYZ");
        assert_eq!(Secret::new("seam_short").masked(), "seam_...(redacted)");
        assert!(!Secret::new("seam_at1abcdefghijklmnopqrstuv")
            .masked()
            .contains("abcdefgh"));
    }
}
