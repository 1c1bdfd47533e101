//! Where the token, workspace and endpoint come from: flags, then environment, then defaults.
//! Every value carries its source, so errors and `--verbose` can say where it came from.

use crate::api::DEFAULT_ENDPOINT;
use crate::error::CliError;
use crate::secret::Secret;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "environment variable {name}"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// The environment variables read for a token, highest first.
pub const TOKEN_VARS: &[&str] = &["SEAM_API_KEY", "SEAM_CLI_TOKEN"];
/// The environment variables read for the endpoint, highest first.
pub const ENDPOINT_VARS: &[&str] = &["SEAM_ENDPOINT", "SEAM_CLI_ENDPOINT"];

#[derive(Clone, Debug)]
pub struct Resolved {
    pub token: Option<(Secret, Source)>,
    pub endpoint: (String, Source),
}

/// Flag values that bear on resolution.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub endpoint: Option<String>,
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

pub fn resolve(o: &Overrides) -> Result<Resolved, CliError> {
    let token = TOKEN_VARS
        .iter()
        .find_map(|n| env_var(n).map(|v| (Secret::new(v), Source::Env(n))));
    let endpoint = match &o.endpoint {
        Some(e) => (e.clone(), Source::Flag("--endpoint")),
        None => ENDPOINT_VARS
            .iter()
            .find_map(|n| env_var(n).map(|v| (v, Source::Env(n))))
            .unwrap_or_else(|| (DEFAULT_ENDPOINT.to_string(), Source::Default)),
    };
    Ok(Resolved { token, endpoint })
}

/// Said when no token is found.
pub fn missing_token_hints() -> Vec<String> {
    vec![
        "the CLI reads the key from SEAM_API_KEY, then SEAM_CLI_TOKEN".into(),
        "set one with: export SEAM_API_KEY=seam_... (create a key in the Seam Console)".into(),
    ]
}
