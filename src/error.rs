//! One error type for the whole CLI. Each kind maps to a documented exit code.

use std::fmt;

/// Exit codes, documented in docs/exit-codes.md and in `seam --help`.
pub mod exit {
    pub const OK: i32 = 0;
    /// The API answered with an error, or with a body the CLI cannot use.
    pub const API: i32 = 1;
    /// Usage or validation error (also clap's own usage errors, and a cancelled prompt).
    pub const USAGE: i32 = 2;
    /// Authentication: no token, 401, 403.
    pub const AUTH: i32 = 3;
    /// Network: connect, TLS, timeout, a response cut short.
    pub const NETWORK: i32 = 4;
    /// Bulk run: some records failed or their outcome is unknown.
    pub const PARTIAL: i32 = 5;
    /// A local file could not be read or written (config file, journal), or stdout failed.
    pub const LOCAL: i32 = 6;
    /// `--wait`: the credential was not issued in time, or shows errors.
    pub const NOT_ISSUED: i32 = 7;
    /// Interrupted by Ctrl-C (SIGINT); SIGTERM gives 143 and SIGHUP 129 (128 + the signal).
    pub const INTERRUPTED: i32 = 130;
}

/// An error reported by the Seam API (non-2xx answer).
#[derive(Debug, Clone, Default)]
pub struct ApiError {
    pub status: u16,
    pub error_type: Option<String>,
    pub message: Option<String>,
    /// `(field, message)` pairs from `error.validation_errors`.
    pub validation_errors: Vec<(String, String)>,
    pub request_id: Option<String>,
    /// When the body was not Seam's error JSON: a short description of what came back.
    pub body_note: Option<String>,
    /// The API's `error` object as it came (with the token masked), for `{"error": ...}` on
    /// stdout.
    pub object: Option<Box<serde_json::Value>>,
}

impl ApiError {
    /// The error object printed on stdout: the API's own (plus the request id if it lacks
    /// one), or one made of what is known when the body was not Seam's error JSON.
    pub fn object(&self) -> serde_json::Value {
        use serde_json::Value;
        let mut obj = match self.object.as_deref() {
            Some(Value::Object(m)) => m.clone(),
            _ => {
                let mut m = serde_json::Map::new();
                m.insert(
                    "type".into(),
                    Value::String(
                        self.error_type
                            .clone()
                            .unwrap_or_else(|| format!("http_{}", self.status)),
                    ),
                );
                if let Some(msg) = &self.message {
                    m.insert("message".into(), Value::String(msg.clone()));
                }
                m
            }
        };
        if let Some(id) = &self.request_id {
            obj.entry("request_id")
                .or_insert_with(|| Value::String(id.clone()));
        }
        obj.insert("status".into(), Value::from(self.status));
        Value::Object(obj)
    }
}

#[derive(Debug)]
pub enum CliError {
    /// Bad input caught before any request: exit 2.
    Usage { message: String, hints: Vec<String> },
    /// No credentials, or a token that can't be used: exit 3.
    Auth { message: String, hints: Vec<String> },
    /// The API said no: exit 1 (3 for 401/403).
    Api(ApiError),
    /// The API answered 2xx with a body the CLI cannot use: exit 1.
    BadResponse {
        message: String,
        request_id: Option<String>,
        /// The request was a change (create, update, ...) that may have been made anyway.
        change: bool,
    },
    /// Connect, TLS, timeout, body cut short: exit 4.
    Network { message: String, hints: Vec<String> },
    /// Local I/O (config file, journal, stdout): exit 6.
    Io { message: String },
    /// A bulk run finished with failures: exit 5. Details are already on stdout.
    Partial { message: String },
    /// `--jq` failed on the data (the expression itself was checked before sending): exit 1.
    Filter { message: String },
    /// `--wait`: the credential was not issued before `--wait-timeout`, or shows errors: exit 7.
    /// The credential as last seen is on stdout.
    NotIssued { message: String, hints: Vec<String> },
    /// Stopped by a signal: Ctrl-C (exit 130), SIGTERM (143), SIGHUP (129). `in_flight`: a
    /// request was out and may have been processed.
    Interrupted { code: i32, in_flight: bool },
    /// stdout closed by the reader (`| head`): exit 0 quietly.
    BrokenPipe,
    /// A prompt was left with Esc or Ctrl-C: nothing was sent, exit 130.
    PromptCancelled,
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        CliError::Usage {
            message: message.into(),
            hints: Vec::new(),
        }
    }
    pub fn usage_hint(message: impl Into<String>, hint: impl Into<String>) -> Self {
        CliError::Usage {
            message: message.into(),
            hints: vec![hint.into()],
        }
    }
    /// A question at the terminal was answered no (or Esc): nothing was sent.
    pub fn cancelled() -> Self {
        CliError::usage_hint(
            "cancelled: nothing was sent",
            "pass --yes to skip this question",
        )
    }
    pub fn io(message: impl Into<String>) -> Self {
        CliError::Io {
            message: message.into(),
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage { .. } => exit::USAGE,
            CliError::Auth { .. } => exit::AUTH,
            CliError::Api(e) if e.status == 401 || e.status == 403 => exit::AUTH,
            CliError::Api(_) | CliError::BadResponse { .. } | CliError::Filter { .. } => exit::API,
            CliError::NotIssued { .. } => exit::NOT_ISSUED,
            CliError::Io { .. } => exit::LOCAL,
            CliError::Network { .. } => exit::NETWORK,
            CliError::Partial { .. } => exit::PARTIAL,
            CliError::Interrupted { code, .. } => *code,
            CliError::BrokenPipe => exit::OK,
            CliError::PromptCancelled => exit::INTERRUPTED,
        }
    }

    /// The lines printed after `error: `: the first is the headline, the rest details.
    pub fn lines(&self) -> (Vec<String>, Vec<String>) {
        match self {
            CliError::Usage { message, hints }
            | CliError::Auth { message, hints }
            | CliError::Network { message, hints }
            | CliError::NotIssued { message, hints } => (vec![message.clone()], hints.clone()),
            CliError::Io { message }
            | CliError::Partial { message }
            | CliError::Filter { message } => (vec![message.clone()], Vec::new()),
            CliError::BadResponse {
                message,
                request_id,
                change,
            } => {
                let mut l = vec![message.clone()];
                let mut hints = Vec::new();
                if *change {
                    hints.push(
                        "the change may still have been made: check with `seam acs credentials get` \
                         or `list` before sending it again"
                            .into(),
                    );
                }
                match request_id {
                    Some(id) => {
                        l.push(format!("request id: {id}"));
                        hints.push("report the request id to Seam if this persists".into());
                    }
                    None => hints.push(
                        "check the endpoint (--endpoint, SEAM_ENDPOINT): it may not be the Seam API"
                            .into(),
                    ),
                }
                (l, hints)
            }
            CliError::Interrupted { code, in_flight } => (
                vec![format!("interrupted ({})", crate::signals::name(*code))],
                if *in_flight {
                    vec![
                        "the change may still have been made: check with `seam acs credentials get` \
                         or `list` before sending it again"
                            .into(),
                    ]
                } else {
                    Vec::new()
                },
            ),
            CliError::BrokenPipe => (Vec::new(), Vec::new()),
            CliError::PromptCancelled => (vec!["cancelled: nothing was sent".into()], Vec::new()),
            CliError::Api(e) => api_lines(e),
        }
    }
}

fn api_lines(e: &ApiError) -> (Vec<String>, Vec<String>) {
    let mut lines = Vec::new();
    let headline = match (&e.error_type, &e.message) {
        (_, Some(m)) => format!("the Seam API returned HTTP {}: {m}", e.status),
        (_, None) => format!("the Seam API returned HTTP {}", e.status),
    };
    lines.push(headline);
    if let Some(t) = &e.error_type {
        lines.push(format!("type: {t}"));
    }
    for (field, msg) in &e.validation_errors {
        lines.push(format!("invalid {field}: {msg}"));
    }
    if let Some(note) = &e.body_note {
        lines.push(note.clone());
    }
    if let Some(id) = &e.request_id {
        lines.push(format!("request id: {id}"));
    }
    let mut hints = Vec::new();
    match e.status {
        300..=399 => hints.push(
            "the Seam API does not redirect: check the endpoint (--endpoint, SEAM_ENDPOINT); a \
             proxy or a captive portal may be in the way"
                .into(),
        ),
        401 => hints.push(
            "the token was rejected: check SEAM_API_KEY (or your profile with `seam whoami`)"
                .into(),
        ),
        403 => hints.push("the token is not allowed to do this in this workspace".into()),
        404 => hints
            .push("check the id: it may belong to another workspace, or have been deleted".into()),
        // (A bulk run's own summary says to lower --concurrency; a single call has none.)
        429 => hints.push(
            "rate limited: wait a moment and run it again (or allow more --max-retries)".into(),
        ),
        502..=504 => hints.push(
            "a gateway between you and Seam failed: retry later; a change (create, update, \
             assign, delete...) may or may not have been processed, so check before repeating it"
                .into(),
        ),
        500..=599 => hints.push(
            "the server failed; retry later, and quote the request id if you contact Seam support"
                .into(),
        ),
        _ => {}
    }
    if e.error_type.as_deref() == Some("invalid_input") && e.validation_errors.is_empty() {
        hints.push("run with --help to see every accepted parameter".into());
    }
    (lines, hints)
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (lines, _) = self.lines();
        write!(f, "{}", lines.join("; "))
    }
}

impl std::error::Error for CliError {}

pub type Result<T, E = CliError> = std::result::Result<T, E>;
