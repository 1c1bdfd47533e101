//! Where the token, workspace and endpoint come from, and the config file that holds profiles.
//!
//! Every resolved value carries its [`Source`], so `seam whoami`, errors and `--verbose` can say
//! where it came from. Precedence, highest first (see docs/profiles.md):
//!
//! | setting   | 1                | 2                                   | 3                                                                  | 4                    | 5 |
//! |-----------|------------------|-------------------------------------|--------------------------------------------------------------------|----------------------|---|
//! | profile   | `--profile`      | `SEAM_PROFILE`                      | `default_profile` in the config file                               | `default`            |   |
//! | token     | (never a flag)   | chosen profile, if chosen explicitly | `SEAM_API_KEY` / `SEAM_PERSONAL_ACCESS_TOKEN` / `SEAM_CLI_TOKEN`   | the default profile  | none |
//! | workspace | `--workspace-id` | chosen profile, if chosen explicitly | `SEAM_WORKSPACE_ID` / `SEAM_CLI_WORKSPACE_ID`                      | the default profile  | none |
//! | endpoint  | `--endpoint`     | chosen profile, if chosen explicitly | `SEAM_ENDPOINT` / `SEAM_CLI_ENDPOINT`                              | the default profile  | `https://connect.getseam.com` |
//!
//! "Chosen explicitly" means `--profile` or `SEAM_PROFILE`: naming a profile beats whatever
//! the environment holds. Variables of one row that are set to different values are an error.

use std::fmt;

mod checks;
mod file;
mod resolve;
mod store;
#[cfg(test)]
mod tests;

pub use checks::{check_endpoint, check_profile_name, check_token_text, check_workspace_id};
pub use file::{ConfigFile, Profile};
pub use resolve::{env_tokens_set, process_env, profile_name, resolve, Overrides, Resolved};
pub use store::{config_path, load, update, write_atomic, Loaded};

/// The environment variables read for a token. Setting two of them to different values is an error.
pub const TOKEN_VARS: &[&str] = &[
    "SEAM_API_KEY",
    "SEAM_PERSONAL_ACCESS_TOKEN",
    "SEAM_CLI_TOKEN",
];
/// The environment variables read for the workspace id.
pub const WORKSPACE_VARS: &[&str] = &["SEAM_WORKSPACE_ID", "SEAM_CLI_WORKSPACE_ID"];
/// The environment variables read for the endpoint.
pub const ENDPOINT_VARS: &[&str] = &["SEAM_ENDPOINT", "SEAM_CLI_ENDPOINT"];
/// Selects a profile, like `--profile`.
pub const PROFILE_VAR: &str = "SEAM_PROFILE";
/// Overrides the directory of `config.toml`.
pub const CONFIG_DIR_VAR: &str = "SEAM_CONFIG_DIR";
/// The profile used when none is chosen and the file names no `default_profile`.
pub const DEFAULT_PROFILE: &str = "default";
/// The config file's name inside its directory.
pub const FILE_NAME: &str = "config.toml";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    /// A value stored in this profile of the config file.
    Profile(String),
    /// `default_profile` in the config file.
    ConfigDefault,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "environment variable {name}"),
            Source::Profile(name) => write!(f, "profile '{name}' in the config file"),
            Source::ConfigDefault => f.write_str("default_profile in the config file"),
            Source::Default => f.write_str("built-in default"),
        }
    }
}

/// What a token is, from its prefix (as Seam's SDKs decide).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    ApiKey,
    PersonalAccessToken,
    ConsoleSession,
    ClientSession,
    PublishableKey,
    Unknown,
}

impl TokenKind {
    pub fn of(token: &str) -> TokenKind {
        if token.starts_with("seam_at") {
            TokenKind::PersonalAccessToken
        } else if token.starts_with("seam_cst") {
            TokenKind::ClientSession
        } else if token.starts_with("seam_pk") {
            TokenKind::PublishableKey
        } else if token.starts_with("seam_") {
            TokenKind::ApiKey
        } else if token.starts_with("ey") {
            TokenKind::ConsoleSession
        } else {
            TokenKind::Unknown
        }
    }
    /// Personal access tokens and console sessions act in a workspace named by `seam-workspace`;
    /// API keys belong to one workspace and send no such header.
    pub fn needs_workspace(self) -> bool {
        matches!(
            self,
            TokenKind::PersonalAccessToken | TokenKind::ConsoleSession
        )
    }
    pub fn label(self) -> &'static str {
        match self {
            TokenKind::ApiKey => "API key",
            TokenKind::PersonalAccessToken => "personal access token",
            TokenKind::ConsoleSession => "console session token",
            TokenKind::ClientSession => "client session token",
            TokenKind::PublishableKey => "publishable key",
            TokenKind::Unknown => "unrecognized token",
        }
    }
    /// The label with its article: "an API key", "a personal access token".
    pub fn a(self) -> String {
        let l = self.label();
        if l.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) {
            format!("an {l}")
        } else {
            format!("a {l}")
        }
    }
    /// A stable name for JSON output.
    pub fn id(self) -> &'static str {
        match self {
            TokenKind::ApiKey => "api_key",
            TokenKind::PersonalAccessToken => "personal_access_token",
            TokenKind::ConsoleSession => "console_session_token",
            TokenKind::ClientSession => "client_session_token",
            TokenKind::PublishableKey => "publishable_key",
            TokenKind::Unknown => "unknown",
        }
    }
}
