//! The one place environment variables are read.
//!
//! Every variable seam reads as text (every `SEAM_*` but the path `SEAM_CONFIG_DIR`, and
//! `NO_COLOR`, `COLUMNS`) is checked once, first thing in a run ([`check`]): one set to bytes
//! that are not UTF-8 is an error naming it (exit 2), never treated as unset (which would let
//! `SEAM_API_KEY` fall back to a profile's token, or `SEAM_ENDPOINT` to production).

use crate::error::CliError;
use std::ffi::OsString;

/// Variables outside `SEAM_*` that seam reads as text.
pub const TEXT_VARS: &[&str] = &["NO_COLOR", "COLUMNS"];
/// `SEAM_*` variables read as paths: any bytes the platform allows are fine (as in the other
/// paths read through [`path`]: `SHELL`, `XDG_*`).
pub const PATH_VARS: &[&str] = &["SEAM_CONFIG_DIR"];

fn read_as_text(name: &str) -> bool {
    (name.starts_with("SEAM_") && !PATH_VARS.contains(&name)) || TEXT_VARS.contains(&name)
}

/// Refuses a variable seam reads as text when it is set to something that is not UTF-8.
pub fn check() -> Result<(), CliError> {
    check_vars(std::env::vars_os())
}

fn check_vars(vars: impl Iterator<Item = (OsString, OsString)>) -> Result<(), CliError> {
    let mut bad: Vec<String> = vars
        .filter_map(|(k, v)| {
            let name = k.to_str()?;
            (read_as_text(name) && v.to_str().is_none()).then(|| name.to_string())
        })
        .collect();
    bad.sort();
    match bad.as_slice() {
        [] => Ok(()),
        [one] => Err(CliError::usage_hint(
            format!("the environment variable {one} is set, but not to valid UTF-8 text"),
            format!("set it to the intended value, or unset it: unset {one}"),
        )),
        many => Err(CliError::usage_hint(
            format!(
                "the environment variables {} are set, but not to valid UTF-8 text",
                many.join(", ")
            ),
            format!(
                "set them to the intended values, or unset them: unset {}",
                many.join(" ")
            ),
        )),
    }
}

/// A variable's text; `None` when unset or empty. A value that is not UTF-8 was refused by
/// [`check`] before anything reads it.
pub fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A variable holding a path (any bytes); `None` when unset or empty.
pub fn path(name: &str) -> Option<OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_dir_is_the_path_variable() {
        assert_eq!(PATH_VARS, &[crate::config::CONFIG_DIR_VAR]);
    }

    #[cfg(unix)]
    #[test]
    fn only_text_variables_must_be_utf8() {
        use std::os::unix::ffi::OsStringExt;
        let bad = || OsString::from_vec(b"x\xff".to_vec());
        let env = |pairs: Vec<(&str, OsString)>| {
            pairs
                .into_iter()
                .map(|(k, v)| (OsString::from(k), v))
                .collect::<Vec<_>>()
                .into_iter()
        };
        assert!(check_vars(env(vec![("SEAM_API_KEY", "k".into())])).is_ok());
        assert!(check_vars(env(vec![("SEAM_CONFIG_DIR", bad())])).is_ok());
        assert!(check_vars(env(vec![("OTHER", bad())])).is_ok());
        let e = check_vars(env(vec![("SEAM_API_KEY", bad()), ("COLUMNS", bad())])).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
        assert!(e.to_string().contains("COLUMNS, SEAM_API_KEY"), "{e}");
    }
}
