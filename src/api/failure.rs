//! What went wrong with one attempt (`Failure`): reqwest's errors classified, a failure in a
//! few words, whether it may be retried, and the `CallError` the user finally sees.

use super::{net, CallError, ClientSettings, Reach, RetryPolicy};
use crate::error::{ApiError, CliError};
use std::time::Duration;

pub(super) enum Failure {
    /// Connect phase failed: nothing was sent.
    Connect(String),
    /// The TLS handshake failed (a certificate refused...): nothing was sent, and trying again
    /// would fail the same way.
    Tls(net::TlsProblem),
    Timeout,
    /// Sent, then the connection broke.
    Transport(String),
    TooLarge(u64),
    Status {
        status: u16,
        retry_after: Option<Duration>,
        error: ApiError,
        /// Bytes in the response body (for `--verbose`).
        size: usize,
    },
}

impl Failure {
    /// Whether the request may have reached the API. A 429 was not processed (that is why it
    /// may be retried); a connect failure sent nothing. Anything else may have reached the API.
    pub(super) fn may_have_reached(&self) -> bool {
        !matches!(
            self,
            Failure::Connect(_) | Failure::Tls(_) | Failure::Status { status: 429, .. }
        )
    }

    /// Whether `policy` allows another attempt after this failure (see `RetryPolicy`).
    pub(super) fn retryable(&self, policy: RetryPolicy) -> bool {
        matches!(
            (self, policy),
            (Failure::Connect(_), _)
                | (Failure::Status { status: 429, .. }, _)
                | (Failure::Transport(_) | Failure::Timeout, RetryPolicy::Read)
                | (
                    Failure::Status {
                        status: 502..=504,
                        ..
                    },
                    RetryPolicy::Read
                )
        )
    }
}

/// What a failed send means: whether anything went out, and what the user is told.
pub(super) fn classify(e: reqwest::Error) -> Failure {
    if e.is_connect() {
        // The connector (TCP, TLS) failed: no request bytes went out.
        if e.is_timeout() {
            return Failure::Connect("the connection timed out".into());
        }
        if let Some(p) = net::tls_problem(&e) {
            return Failure::Tls(p);
        }
        return Failure::Connect(root_cause(&e));
    }
    if e.is_timeout() {
        return Failure::Timeout;
    }
    Failure::Transport(root_cause(&e))
}

/// The innermost error message, which says what actually happened (e.g. "Connection refused").
pub(super) fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur: &(dyn std::error::Error + 'static) = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    let msg = cur.to_string();
    // reqwest's outer messages may carry the URL; the innermost does not.
    if msg.is_empty() {
        e.to_string()
    } else {
        msg
    }
}

/// A failure in a few words, for traces and retry notices.
pub(super) fn describe(f: &Failure) -> String {
    match f {
        Failure::Connect(m) => format!("connect failed: {m}"),
        Failure::Tls(p) => p.message.clone(),
        Failure::Timeout => "timed out".into(),
        Failure::Transport(m) => m.clone(),
        Failure::TooLarge(n) => format!("response too large ({n} bytes)"),
        Failure::Status { status, error, .. } => {
            let mut s = format!("HTTP {status}");
            if let Some(t) = &error.error_type {
                s.push_str(&format!(" {t}"));
            }
            if let Some(id) = &error.request_id {
                s.push_str(&format!(" seam-request-id: {id}"));
            }
            s
        }
    }
}

/// Turns the last failure of a call into the error the user sees: what happened, where, after
/// how many attempts, and whether a change may have been made.
pub(super) struct Mapping<'a> {
    pub(super) settings: &'a ClientSettings,
    /// " through the proxy ...", or "".
    pub(super) via: &'a str,
    /// Where trusted certificates came from (https endpoints).
    pub(super) trust: Option<&'a net::Trust>,
    /// Whether an earlier attempt may have reached the API.
    pub(super) reached: bool,
    pub(super) attempts: u32,
    pub(super) policy: RetryPolicy,
}

impl Mapping<'_> {
    pub(super) fn call_error(&self, failure: Failure) -> CallError {
        match failure {
            Failure::Tls(p) => self.tls(p),
            Failure::Connect(m) => self.connect(m),
            Failure::Timeout => self.timeout(),
            Failure::Transport(m) => self.transport(m),
            Failure::TooLarge(n) => self.too_large(n),
            Failure::Status { error, .. } => self.status(error),
        }
    }

    fn change(&self) -> bool {
        self.policy == RetryPolicy::Write
    }

    /// What to do after an answer that never came: a change may have been made; a read
    /// can simply be tried again.
    fn unknown_hint(&self) -> &'static str {
        if self.change() {
            "the change may still have been made: check with `seam acs credentials get` or `list` before sending it again"
        } else {
            "nothing was changed; try again in a moment"
        }
    }

    fn tries(&self) -> String {
        if self.attempts > 1 {
            format!(" (after {} attempts)", self.attempts)
        } else {
            String::new()
        }
    }

    /// For failures that sent nothing this time: whether an earlier attempt may have.
    fn reach_so_far(&self) -> Reach {
        if self.reached {
            Reach::Unknown
        } else {
            Reach::NotSent
        }
    }

    fn tls(&self, p: net::TlsProblem) -> CallError {
        let mut hints: Vec<String> = p.hint.into_iter().collect();
        if p.certificate {
            let trusted = self
                .trust
                .map(net::Trust::describe)
                .unwrap_or_else(|| "the system trust store + the bundled web PKI roots".into());
            hints.push(format!(
                "trusted now: {trusted}; trust another certificate authority with SSL_CERT_FILE (a PEM file) or SSL_CERT_DIR (a directory of PEM files); certificate checks are never turned off"
            ));
        }
        let (endpoint, via) = (&self.settings.endpoint, self.via);
        CallError {
            error: CliError::Network {
                message: format!("cannot connect to {endpoint}{via}: {}", p.message),
                hints,
            },
            reach: self.reach_so_far(),
        }
    }

    fn connect(&self, m: String) -> CallError {
        let (endpoint, via, tries) = (&self.settings.endpoint, self.via, self.tries());
        CallError {
            error: CliError::Network {
                message: format!("cannot connect to {endpoint}{via}{tries}: {m}"),
                hints: vec![if via.is_empty() {
                    "check your network, or the endpoint (--endpoint, SEAM_ENDPOINT)".into()
                } else {
                    "check your network and the proxy (HTTPS_PROXY, ALL_PROXY; NO_PROXY bypasses it), or the endpoint (--endpoint, SEAM_ENDPOINT)".into()
                }],
            },
            reach: self.reach_so_far(),
        }
    }

    fn timeout(&self) -> CallError {
        CallError {
            error: CliError::Network {
                message: format!(
                    "no complete answer from {} within {} s{}",
                    self.settings.endpoint,
                    self.settings.timeout.as_secs_f64(),
                    self.tries()
                ),
                hints: vec![
                    self.unknown_hint().into(),
                    "raise the limit with --timeout SECONDS".into(),
                ],
            },
            reach: Reach::Unknown,
        }
    }

    fn transport(&self, m: String) -> CallError {
        CallError {
            error: CliError::Network {
                message: format!(
                    "connection to {} failed{}: {m}",
                    self.settings.endpoint,
                    self.tries()
                ),
                hints: vec![self.unknown_hint().into()],
            },
            reach: Reach::Unknown,
        }
    }

    fn too_large(&self, n: u64) -> CallError {
        CallError {
            error: CliError::BadResponse {
                message: format!(
                    "the response is too large ({n} bytes or more; the limit is {} bytes), \
                     so it was not read; to accept it, raise SEAM_MAX_RESPONSE_BYTES \
                     (or ask for less, e.g. list --limit)",
                    self.settings.max_response_bytes
                ),
                request_id: None,
                change: self.change(),
            },
            reach: Reach::Answered,
        }
    }

    fn status(&self, mut error: ApiError) -> CallError {
        if (200..300).contains(&error.status) {
            return CallError {
                error: CliError::BadResponse {
                    message: format!(
                        "HTTP {} from {}, but the body is not JSON: {}",
                        error.status,
                        self.settings.endpoint,
                        error.body_note.clone().unwrap_or_default()
                    ),
                    request_id: error.request_id,
                    change: self.change(),
                },
                reach: Reach::Answered,
            };
        }
        if self.attempts > 1 {
            let m = error
                .message
                .take()
                .unwrap_or_else(|| "the request failed".into());
            error.message = Some(format!("{m}{}", self.tries()));
        }
        CallError {
            error: CliError::Api(error),
            reach: Reach::Answered,
        }
    }
}
