//! Checks of the values that go in the config file: profile names, workspace ids, endpoints,
//! token text.

use crate::error::CliError;

/// Profile names: letters, digits, `-`, `_`, `.`; 1 to 64 characters.
pub fn check_profile_name(name: &str, origin: &str) -> Result<(), CliError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!(
            "invalid profile name '{}' ({origin}): use 1 to 64 letters, digits, '-', '_' or '.'",
            name.escape_debug()
        )))
    }
}

pub fn check_workspace_id(ws: &str, origin: &str) -> Result<(), CliError> {
    if crate::spec::params::is_uuid(ws) {
        Ok(())
    } else {
        Err(CliError::usage_hint(
            format!(
                "invalid workspace id '{}' ({origin}): expected a UUID",
                ws.escape_debug()
            ),
            "find the workspace id in the Seam Console, under Settings",
        ))
    }
}

/// An endpoint worth saving: see [`crate::api::endpoint::check_for_saving`].
pub use crate::api::endpoint::check_for_saving as check_endpoint;

/// Checks a token's text before it is saved or sent. Never quotes the token.
pub fn check_token_text(t: &str) -> Result<(), CliError> {
    if t.is_empty() {
        return Err(CliError::usage("the token is empty"));
    }
    if t.len() > 4096 {
        return Err(CliError::usage("the token is too long (over 4096 bytes)"));
    }
    if !t.chars().all(|c| c.is_ascii_graphic()) {
        return Err(CliError::usage(
            "the token holds spaces, line breaks or other characters a token never has",
        ));
    }
    Ok(())
}
