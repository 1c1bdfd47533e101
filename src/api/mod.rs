//! The one request pipeline every call goes through: auth headers, timeouts, retries with
//! backoff, `--verbose` traces, `--dry-run`, a cap on response size, and error mapping.
//! Nothing here knows about commands or tables.
//!
//! This file holds the settings and the types a call returns; `client` the `Client` and its
//! retry loop, `send` one attempt, `failure` what went wrong and the error it becomes, `body`
//! Seam's error bodies, `trace` what `--verbose` and `--dry-run` show.

mod body;
mod client;
pub mod endpoint;
mod failure;
pub mod net;
pub mod paging;
mod send;
#[cfg(test)]
mod tests;
mod trace;

use crate::error::CliError;
use crate::secret::Secret;
use serde_json::Value;
use std::time::Duration;

pub use client::Client;
pub use endpoint::shown_endpoint;
pub use send::parse_retry_after;
pub use trace::sh_quote;

pub const USER_AGENT: &str = concat!("seam-cli-rs/", env!("CARGO_PKG_VERSION"));
pub const DEFAULT_ENDPOINT: &str = "https://connect.getseam.com";
/// Responses larger than this are refused rather than read into memory.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 * 1024 * 1024;
/// Longest single wait between retries, whatever `Retry-After` asks for.
pub const MAX_RETRY_WAIT: Duration = Duration::from_secs(60);

/// Everything the client needs, resolved from flags, environment and config.
#[derive(Clone, Debug)]
pub struct ClientSettings {
    pub endpoint: String,
    pub token: Option<Secret>,
    /// Sent as `seam-workspace` (personal access tokens and console sessions need it).
    pub workspace_id: Option<String>,
    pub timeout: Duration,
    pub max_retries: u32,
    pub dry_run: bool,
    pub max_response_bytes: u64,
    /// Said in the error when no token is found: where the CLI looked.
    pub missing_token_hint: Vec<String>,
    /// Extra headers from `--header` (never Authorization).
    pub extra_headers: Vec<(String, String)>,
}

/// Which failures a call may be retried after: whether the verb reads or writes (its table's
/// `effect`).
/// - `Read`: connection errors, 429, 502, 503, 504.
/// - `Write`: only when the request provably did not reach the server (connection refused or
///   any connect-phase failure) or on 429 (the API did not process it).
pub use crate::spec::Effect as RetryPolicy;

/// How far a failed call got: what a bulk journal needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The request never left: safe to send again.
    NotSent,
    /// Sent, and no complete answer came back: it may or may not have been processed.
    Unknown,
    /// The server answered (with an error).
    Answered,
}

#[derive(Debug)]
pub struct CallError {
    pub error: CliError,
    pub reach: Reach,
}

impl From<CallError> for CliError {
    fn from(e: CallError) -> Self {
        e.error
    }
}

/// A successful (2xx) answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub request_id: Option<String>,
    pub body: Value,
}
