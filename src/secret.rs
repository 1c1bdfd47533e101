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
