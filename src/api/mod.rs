//! The one request pipeline every call goes through: auth headers, timeouts, retries with
//! backoff, `--verbose` traces, `--dry-run`, a cap on response size, and error mapping.
//! Nothing here knows about commands or tables.

pub mod endpoint;
pub mod net;
pub mod paging;

use crate::error::{ApiError, CliError};
use crate::output::Printer;
use crate::secret::Secret;
pub use endpoint::shown_endpoint;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

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

pub struct Client {
    http: reqwest::Client,
    settings: ClientSettings,
    printer: Arc<Printer>,
    seed: AtomicU64,
    /// Numbers the calls in `--verbose` traces, so concurrent requests and their answers pair up.
    calls: AtomicU64,
    /// HTTP 429 answers received (for a bulk run's hint about --concurrency).
    limited: AtomicU64,
    /// Until when the server asked (429 with `Retry-After`) not to be sent new requests; bulk
    /// runs wait for it before starting one (`not_before`).
    pause_until: std::sync::Mutex<Option<Instant>>,
    /// Where trusted certificates come from (https endpoints): said when TLS fails.
    trust: Option<net::Trust>,
    /// " through the proxy http://p:3128 (HTTPS_PROXY)", or "": said when connecting fails.
    via: String,
    /// A progress line shows the waits (bulk runs): no status line of their own.
    waits_shown_elsewhere: std::sync::atomic::AtomicBool,
}

enum Failure {
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

impl Client {
    pub fn new(settings: ClientSettings, printer: Arc<Printer>) -> Result<Self, CliError> {
        let kind = endpoint::check_for_sending(
            &settings.endpoint,
            settings.token.is_some() && !settings.dry_run,
        )?;
        let mut builder = reqwest::Client::builder();
        let mut trust = None;
        let mut via = String::new();
        if kind == endpoint::EndpointKind::LoopbackHttp {
            // A local mock: never through a proxy, which would see the token in clear text; and
            // no TLS, so no certificates to load.
            builder = builder.no_proxy().tls_built_in_root_certs(false);
        } else if settings.token.is_some() && !settings.dry_run {
            // A request will go out: check the trust and proxy variables first, so that a typo
            // is an error rather than a quiet fallback (reqwest itself would ignore it).
            let t = net::Trust::from_env()?;
            let route = net::route(&settings.endpoint)?;
            if printer.verbose() {
                printer.trace(&format!(
                    "* trust: {}; HTTP/2 when the server offers it",
                    t.describe()
                ));
                printer.trace(&route.describe(&shown_endpoint(&settings.endpoint)));
            }
            match &route {
                net::Route::Proxy { shown, var, .. } => {
                    via = format!(" through the proxy {shown} (from {var})");
                }
                // reqwest reads the same variables; make sure it agrees (it misses NO_PROXY=*
                // for an IP address).
                net::Route::Direct(_) => builder = builder.no_proxy(),
            }
            trust = Some(t);
        }
        let http = builder
            .user_agent(USER_AGENT)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .timeout(settings.timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            // The Seam API never redirects. Following one would resend a write elsewhere (or
            // turn it into a GET of a login page); a redirect is reported instead.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| CliError::Network {
                message: format!("cannot set up HTTP: {e}"),
                hints: vec![],
            })?;
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9E37_79B9)
            ^ u64::from(std::process::id());
        Ok(Client {
            http,
            settings,
            printer,
            seed: AtomicU64::new(seed | 1),
            calls: AtomicU64::new(0),
            limited: AtomicU64::new(0),
            pause_until: std::sync::Mutex::new(None),
            trust,
            via,
            waits_shown_elsewhere: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// How many HTTP 429 answers this client has received.
    pub fn rate_limited(&self) -> u64 {
        self.limited.load(Ordering::Relaxed)
    }

    pub fn settings(&self) -> &ClientSettings {
        &self.settings
    }

    /// The request as `--dry-run` shows it (the token masked), without sending it.
    pub fn request_text(&self, path: &str, body: &Value) -> String {
        let url = self.url(path);
        let curl = self.curl(&url, &body.to_string());
        crate::output::dry_run_text(&url, &self.shown_headers(), body, &curl)
    }

    /// The instant before which the server asked not to be sent new requests (the latest
    /// 429 with `Retry-After`, at most `MAX_RETRY_WAIT` ahead), if it is still ahead.
    pub fn not_before(&self) -> Option<Instant> {
        let t = *self.pause_until.lock().unwrap_or_else(|e| e.into_inner());
        t.filter(|t| *t > Instant::now())
    }

    /// Waits before retries are shown by the caller (a progress line): not as status lines.
    pub fn show_waits_elsewhere(&self) {
        self.waits_shown_elsewhere.store(true, Ordering::Relaxed);
    }

    fn note_retry_after(&self, wait: Duration) {
        let until = Instant::now() + wait.min(MAX_RETRY_WAIT);
        let mut t = self.pause_until.lock().unwrap_or_else(|e| e.into_inner());
        if t.is_none_or(|old| old < until) {
            *t = Some(until);
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.settings.endpoint.trim_end_matches('/'), path)
    }

    /// The headers sent with every call, with the token masked: for traces and `--dry-run`.
    fn shown_headers(&self) -> Vec<(String, String)> {
        let mut h = Vec::new();
        let auth = match &self.settings.token {
            Some(t) => format!("Bearer {}", t.masked()),
            None => "Bearer (no token set)".into(),
        };
        h.push(("authorization".into(), auth));
        if let Some(ws) = &self.settings.workspace_id {
            h.push(("seam-workspace".into(), ws.clone()));
        }
        h.push(("content-type".into(), "application/json".into()));
        h.push(("user-agent".into(), USER_AGENT.into()));
        h.extend(self.settings.extra_headers.iter().cloned());
        h
    }

    /// Removes the token from text the server sent back (a server or proxy may echo the
    /// Authorization header in an error), so it is never printed or journaled, and escapes
    /// control characters in it.
    fn scrub(&self, e: &mut ApiError) {
        let secret = self.settings.token.as_ref();
        let clean = |s: &mut String| {
            *s = crate::secret::mask(secret, s);
            // Server text must not act on the terminal (escape sequences, line breaks).
            *s = crate::output::one_line_safe(s);
        };
        for s in [
            &mut e.message,
            &mut e.error_type,
            &mut e.body_note,
            &mut e.request_id,
        ]
        .into_iter()
        .flatten()
        {
            clean(s);
        }
        for (field, msg) in &mut e.validation_errors {
            clean(field);
            clean(msg);
        }
        if let (Some(obj), Some(t)) = (&mut e.object, secret) {
            mask_strings(obj, t.expose(), &t.masked());
        }
    }

    /// The error for "no token anywhere", with where the CLI looked.
    pub fn missing_token(&self) -> CliError {
        CliError::Auth {
            message: "not logged in: no API key or access token found".into(),
            hints: self.settings.missing_token_hint.clone(),
        }
    }

    /// Sends `body` to `path` (`/acs/credentials/get`), retrying as `policy` allows.
    /// Returns `Ok(None)` under `--dry-run`, after printing the request.
    pub async fn call(
        &self,
        path: &str,
        body: &Value,
        policy: RetryPolicy,
    ) -> Result<Option<Reply>, CallError> {
        let url = self.url(path);
        let json = body.to_string();
        if self.settings.dry_run {
            self.printer
                .dry_run(&url, &self.shown_headers(), body, &self.curl(&url, &json));
            return Ok(None);
        }
        let Some(token) = &self.settings.token else {
            return Err(CallError {
                error: self.missing_token(),
                reach: Reach::NotSent,
            });
        };
        let Ok(mut auth) =
            reqwest::header::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
        else {
            // A local mistake, not a network failure: say so, and do not retry it.
            return Err(CallError {
                error: CliError::Auth {
                    message: "the API key holds characters that cannot be sent in an HTTP header \
                              (a line break or a control character?)"
                        .into(),
                    hints: vec![
                        "check the key in SEAM_API_KEY (or SEAM_CLI_TOKEN): it looks like seam_..."
                            .into(),
                    ],
                },
                reach: Reach::NotSent,
            });
        };
        // Marked sensitive: never shown by reqwest's or hyper's own Debug output.
        auth.set_sensitive(true);
        let mut attempt: u32 = 0;
        let mut reached = false;
        let call_no = self.calls.fetch_add(1, Ordering::Relaxed) + 1;
        loop {
            attempt += 1;
            if self.printer.verbose() {
                let tries = if attempt > 1 {
                    format!(" (attempt {attempt} of {})", self.settings.max_retries + 1)
                } else {
                    String::new()
                };
                self.printer
                    .trace(&format!("> POST {url} [#{call_no}]{tries}"));
                for (k, v) in self.shown_headers() {
                    self.printer.trace(&format!("> {k}: {v}"));
                }
                self.printer.trace(&format!("> {json}"));
            }
            let started = Instant::now();
            let failure = match self.send_once(&url, &auth, &json).await {
                Ok(reply) => {
                    if self.printer.verbose() {
                        self.printer.trace(&format!(
                            "< HTTP {} [#{call_no}] {} ms, {} bytes{}{}",
                            reply.0.status,
                            started.elapsed().as_millis(),
                            reply.1,
                            // HTTP/1.1 is the norm (and what traces always said); say the rest.
                            match reply.2 {
                                http::Version::HTTP_11 => "",
                                http::Version::HTTP_2 => " over HTTP/2",
                                http::Version::HTTP_10 => " over HTTP/1.0",
                                _ => " over another HTTP version",
                            },
                            reply
                                .0
                                .request_id
                                .as_deref()
                                .map(|id| format!(", seam-request-id: {id}"))
                                .unwrap_or_default()
                        ));
                    }
                    return Ok(Some(reply.0));
                }
                Err(mut f) => {
                    if let Failure::Status { error, .. } = &mut f {
                        self.scrub(error);
                    }
                    f
                }
            };
            // A 429 was not processed (that is why it may be retried); a connect failure sent
            // nothing. Anything else may have reached the API.
            if !matches!(
                failure,
                Failure::Connect(_) | Failure::Tls(_) | Failure::Status { status: 429, .. }
            ) {
                reached = true;
            }
            if let Failure::Status { status: 429, .. } = &failure {
                self.limited.fetch_add(1, Ordering::Relaxed);
            }
            if let Failure::Status {
                status: 429,
                retry_after: Some(d),
                ..
            } = &failure
            {
                self.note_retry_after(*d);
            }
            if self.printer.verbose() {
                let ms = started.elapsed().as_millis();
                self.printer.trace(&match &failure {
                    Failure::Status {
                        status,
                        error,
                        size,
                        ..
                    } => format!(
                        "< HTTP {status} [#{call_no}] {ms} ms, {size} bytes{}{}",
                        error
                            .request_id
                            .as_deref()
                            .map(|id| format!(", seam-request-id: {id}"))
                            .unwrap_or_default(),
                        error
                            .error_type
                            .as_deref()
                            .map(|t| format!(", error type: {t}"))
                            .unwrap_or_default()
                    ),
                    other => format!("< {} [#{call_no}] {ms} ms", describe(other)),
                });
            }
            let retryable = matches!(
                (&failure, policy),
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
            );
            if retryable && attempt <= self.settings.max_retries {
                let wait = self.backoff(attempt, &failure);
                self.printer.trace(&format!(
                    "* [#{call_no}] retrying in {:.1} s (retry {} of {}): {}",
                    wait.as_secs_f64(),
                    attempt,
                    self.settings.max_retries,
                    describe(&failure)
                ));
                // A long wait should not look like a hang to a person at a terminal.
                if wait >= Duration::from_secs(2)
                    && !self.printer.verbose()
                    && !self.waits_shown_elsewhere.load(Ordering::Relaxed)
                    && self.printer.stderr_is_terminal()
                {
                    self.printer.status(&format!(
                        "{}: waiting {:.0} s before retrying (Ctrl-C to stop)",
                        describe(&failure),
                        wait.as_secs_f64()
                    ));
                }
                tokio::time::sleep(wait).await;
                continue;
            }
            return Err(self.to_call_error(failure, reached, attempt, policy));
        }
    }

    async fn send_once(
        &self,
        url: &str,
        auth: &reqwest::header::HeaderValue,
        json: &str,
    ) -> Result<(Reply, usize, http::Version), Failure> {
        let mut req = self
            .http
            .post(url)
            .header(reqwest::header::AUTHORIZATION, auth.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json.to_string());
        if let Some(ws) = &self.settings.workspace_id {
            req = req.header("seam-workspace", ws);
        }
        for (name, value) in &self.settings.extra_headers {
            req = req.header(name.as_str(), value.as_str());
        }
        let mut resp = req.send().await.map_err(classify)?;
        let status = resp.status().as_u16();
        let version = resp.version();
        // Server text that may be shown: the token masked before anything is cut.
        let token = self.settings.token.as_ref();
        let request_id = resp
            .headers()
            .get("seam-request-id")
            .and_then(|v| v.to_str().ok())
            .map(|v| crate::secret::mask(token, v));
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| crate::secret::mask_cut(token, v, 200))
            .unwrap_or_default();
        let location = resp
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(|v| crate::secret::mask_cut(token, v, 200));
        let retry_after = resp
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        let cap = self.settings.max_response_bytes;
        if let Some(len) = resp.content_length() {
            if len > cap {
                return Err(Failure::TooLarge(len));
            }
        }
        let mut buf: Vec<u8> = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if (buf.len() + chunk.len()) as u64 > cap {
                        return Err(Failure::TooLarge((buf.len() + chunk.len()) as u64));
                    }
                    buf.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) if e.is_timeout() => return Err(Failure::Timeout),
                Err(e) => {
                    return Err(Failure::Transport(format!(
                        "the response was cut short: {}",
                        root_cause(&e)
                    )))
                }
            }
        }
        let size = buf.len();
        if (200..300).contains(&status) {
            let body = if buf.iter().all(u8::is_ascii_whitespace) {
                Value::Object(Default::default())
            } else {
                match serde_json::from_slice::<Value>(&buf) {
                    Ok(v) => v,
                    Err(e) => {
                        // Say what came back (an HTML page, JSON cut short), not the parser's
                        // complaint about it.
                        let note = if e.is_eof() && buf.first() == Some(&b'{') {
                            format!("the JSON ends early, after {} bytes", buf.len())
                        } else {
                            body_note(&content_type, &buf, token)
                        };
                        let error = ApiError {
                            status,
                            message: Some(format!("the response body is not valid JSON ({e})")),
                            body_note: Some(note),
                            request_id,
                            ..Default::default()
                        };
                        return Err(Failure::Status {
                            status,
                            retry_after: None,
                            error,
                            size: buf.len(),
                        });
                    }
                }
            };
            return Ok((
                Reply {
                    status,
                    request_id,
                    body,
                },
                size,
                version,
            ));
        }
        let mut error = api_error(status, request_id, &content_type, &buf, token);
        if (300..400).contains(&status) {
            error.message = Some(match location {
                Some(to) => format!("the endpoint redirects to {to}"),
                None => "the endpoint redirects".into(),
            });
        }
        Err(Failure::Status {
            status,
            retry_after,
            error,
            size: buf.len(),
        })
    }

    fn backoff(&self, attempt: u32, failure: &Failure) -> Duration {
        if let Failure::Status {
            retry_after: Some(d),
            ..
        } = failure
        {
            return (*d).min(MAX_RETRY_WAIT);
        }
        let base = Duration::from_millis(250).saturating_mul(1 << attempt.min(6));
        let cap = base.min(Duration::from_secs(8));
        // Full jitter: a random wait between half the cap and the cap.
        let r = self.next_random() % 1000;
        cap / 2 + cap.mul_f64(r as f64 / 2000.0)
    }

    fn next_random(&self) -> u64 {
        let mut x = self.seed.load(Ordering::Relaxed);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed.store(x, Ordering::Relaxed);
        x
    }

    fn to_call_error(
        &self,
        failure: Failure,
        reached: bool,
        attempts: u32,
        policy: RetryPolicy,
    ) -> CallError {
        let change = policy == RetryPolicy::Write;
        // What to do after an answer that never came: a change may have been made; a read
        // can simply be tried again.
        let unknown_hint = if change {
            "the change may still have been made: check with `seam acs credentials get` or `list` before sending it again"
        } else {
            "nothing was changed; try again in a moment"
        };
        let tries = if attempts > 1 {
            format!(" (after {attempts} attempts)")
        } else {
            String::new()
        };
        let endpoint = &self.settings.endpoint;
        let via = &self.via;
        match failure {
            Failure::Tls(p) => {
                let mut hints: Vec<String> = p.hint.into_iter().collect();
                if p.certificate {
                    let trusted = self
                        .trust
                        .as_ref()
                        .map(net::Trust::describe)
                        .unwrap_or_else(|| {
                            "the system trust store + the bundled web PKI roots".into()
                        });
                    hints.push(format!(
                        "trusted now: {trusted}; trust another certificate authority with SSL_CERT_FILE (a PEM file) or SSL_CERT_DIR (a directory of PEM files); certificate checks are never turned off"
                    ));
                }
                CallError {
                    error: CliError::Network {
                        message: format!("cannot connect to {endpoint}{via}: {}", p.message),
                        hints,
                    },
                    reach: if reached {
                        Reach::Unknown
                    } else {
                        Reach::NotSent
                    },
                }
            }
            Failure::Connect(m) => CallError {
                error: CliError::Network {
                    message: format!("cannot connect to {endpoint}{via}{tries}: {m}"),
                    hints: vec![if via.is_empty() {
                        "check your network, or the endpoint (--endpoint, SEAM_ENDPOINT)".into()
                    } else {
                        "check your network and the proxy (HTTPS_PROXY, ALL_PROXY; NO_PROXY bypasses it), or the endpoint (--endpoint, SEAM_ENDPOINT)".into()
                    }],
                },
                reach: if reached {
                    Reach::Unknown
                } else {
                    Reach::NotSent
                },
            },
            Failure::Timeout => CallError {
                error: CliError::Network {
                    message: format!(
                        "no complete answer from {endpoint} within {} s{tries}",
                        self.settings.timeout.as_secs_f64()
                    ),
                    hints: vec![
                        unknown_hint.into(),
                        "raise the limit with --timeout SECONDS".into(),
                    ],
                },
                reach: Reach::Unknown,
            },
            Failure::Transport(m) => CallError {
                error: CliError::Network {
                    message: format!("connection to {endpoint} failed{tries}: {m}"),
                    hints: vec![unknown_hint.into()],
                },
                reach: Reach::Unknown,
            },
            Failure::TooLarge(n) => CallError {
                error: CliError::BadResponse {
                    message: format!(
                        "the response is too large ({n} bytes or more; the limit is {} bytes), \
                         so it was not read; to accept it, raise SEAM_MAX_RESPONSE_BYTES \
                         (or ask for less, e.g. list --limit)",
                        self.settings.max_response_bytes
                    ),
                    request_id: None,
                    change,
                },
                reach: Reach::Answered,
            },
            Failure::Status { mut error, .. } => {
                if (200..300).contains(&error.status) {
                    CallError {
                        error: CliError::BadResponse {
                            message: format!(
                                "HTTP {} from {endpoint}, but the body is not JSON: {}",
                                error.status,
                                error.body_note.clone().unwrap_or_default()
                            ),
                            request_id: error.request_id,
                            change,
                        },
                        reach: Reach::Answered,
                    }
                } else {
                    if attempts > 1 {
                        let m = error
                            .message
                            .take()
                            .unwrap_or_else(|| "the request failed".into());
                        error.message = Some(format!("{m}{tries}"));
                    }
                    CallError {
                        error: CliError::Api(error),
                        reach: Reach::Answered,
                    }
                }
            }
        }
    }

    /// An equivalent curl command that reads the token from `$SEAM_API_KEY`.
    fn curl(&self, url: &str, json: &str) -> String {
        let mut s = format!(
            "curl -sS -X POST {} \\\n  -H \"Authorization: Bearer $SEAM_API_KEY\" \\\n",
            sh_quote(url)
        );
        if let Some(ws) = &self.settings.workspace_id {
            s.push_str(&format!(
                "  -H {} \\\n",
                sh_quote(&format!("seam-workspace: {ws}"))
            ));
        }
        s.push_str("  -H 'Content-Type: application/json' \\\n");
        for (name, value) in &self.settings.extra_headers {
            s.push_str(&format!(
                "  -H {} \\\n",
                sh_quote(&format!("{name}: {value}"))
            ));
        }
        s.push_str(&format!("  --data-raw {}", sh_quote(json)));
        s
    }
}

/// Quotes a string for POSIX shells.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn classify(e: reqwest::Error) -> Failure {
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
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
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

fn describe(f: &Failure) -> String {
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

/// `Retry-After`: delay-seconds or an HTTP date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = v.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Some(Duration::from_secs_f64(secs.min(3600.0)));
        }
    }
    let when = jiff::fmt::rfc2822::parse(v).ok()?.timestamp();
    let now = jiff::Timestamp::now();
    let d = when.duration_since(now);
    if d.is_negative() {
        return Some(Duration::ZERO);
    }
    Duration::try_from(d).ok()
}

/// Bytes of a body looked at for a note (an HTML title, the first line).
const NOTE_WINDOW: usize = 2048;
/// Characters of a body's first line quoted in a note.
const NOTE_LINE: usize = 120;

/// What came back, when it is not Seam's JSON. The token is masked before any cut, and a part
/// of it left where a cut fell is masked too (`secret::mask_cut`).
fn body_note(content_type: &str, body: &[u8], token: Option<&Secret>) -> String {
    if body.is_empty() {
        return "the response body was empty".into();
    }
    let tlen = token.map(|t| t.expose().len()).unwrap_or(0);
    let window = &body[..body.len().min(NOTE_WINDOW + tlen)];
    let mut text = crate::secret::mask(token, &String::from_utf8_lossy(window));
    if window.len() < body.len() {
        text = crate::secret::mask_cut_end(token, &text);
    }
    let text = crate::secret::mask_cut(token, &text, NOTE_WINDOW);
    let ct = if content_type.is_empty() {
        "no content type"
    } else {
        content_type
    };
    // An HTML page (from a proxy or load balancer): show its title.
    let lower = text.to_ascii_lowercase();
    if let (Some(a), Some(b)) = (lower.find("<title>"), lower.find("</title>")) {
        if b > a + 7 {
            return format!(
                "the response was an HTML page ({ct}): \"{}\"",
                text[a + 7..b].trim()
            );
        }
    }
    let first = crate::secret::mask_cut(token, text.lines().next().unwrap_or(""), NOTE_LINE);
    format!(
        "the response was not Seam's JSON ({ct}, {} bytes): {first}",
        body.len()
    )
}

/// Reads Seam's error body: `{"error": {"type", "message", "validation_errors"}}`.
fn api_error(
    status: u16,
    request_id: Option<String>,
    content_type: &str,
    body: &[u8],
    token: Option<&Secret>,
) -> ApiError {
    let mut e = ApiError {
        status,
        request_id,
        ..Default::default()
    };
    let parsed = serde_json::from_slice::<Value>(body).ok();
    let err = parsed.as_ref().and_then(|v| v.get("error"));
    match err {
        Some(err)
            if err.get("type").is_some_and(Value::is_string)
                || err.get("message").is_some_and(Value::is_string) =>
        {
            e.object = Some(Box::new(err.clone()));
            e.error_type = err.get("type").and_then(Value::as_str).map(str::to_string);
            e.message = err
                .get("message")
                .and_then(Value::as_str)
                .map(str::to_string);
            if let Some(Value::Object(fields)) = err.get("validation_errors") {
                flatten_validation(fields, "", &mut e.validation_errors);
            }
        }
        _ => {
            e.message = Some(match status {
                401 => "unauthorized".into(),
                403 => "forbidden".into(),
                404 => "not found".into(),
                429 => "too many requests".into(),
                502 => "bad gateway".into(),
                503 => "service unavailable".into(),
                504 => "gateway timeout".into(),
                _ => "the request failed".into(),
            });
            e.body_note = Some(body_note(content_type, body, token));
        }
    }
    e
}

/// Replaces `secret` by `masked` in every string (and key) of `v`.
fn mask_strings(v: &mut Value, secret: &str, masked: &str) {
    if secret.is_empty() {
        return;
    }
    match v {
        Value::String(s) if s.contains(secret) => *s = s.replace(secret, masked),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|i| mask_strings(i, secret, masked)),
        Value::Object(m) => {
            if m.keys().any(|k| k.contains(secret)) {
                *m = std::mem::take(m)
                    .into_iter()
                    .map(|(k, v)| (k.replace(secret, masked), v))
                    .collect();
            }
            m.values_mut().for_each(|i| mask_strings(i, secret, masked));
        }
        _ => {}
    }
}

/// zod's `.format()` output: `{field: {_errors: [..], sub: {_errors: [..]}}}`.
fn flatten_validation(
    fields: &serde_json::Map<String, Value>,
    prefix: &str,
    out: &mut Vec<(String, String)>,
) {
    for (k, v) in fields {
        if k == "_errors" {
            if let Value::Array(msgs) = v {
                for m in msgs {
                    let name = if prefix.is_empty() {
                        "(body)".to_string()
                    } else {
                        prefix.to_string()
                    };
                    out.push((
                        name,
                        m.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| m.to_string()),
                    ));
                }
            }
            continue;
        }
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(inner) => flatten_validation(inner, &path, out),
            Value::String(s) => out.push((path, s.clone())),
            Value::Array(items) => {
                for m in items {
                    out.push((
                        path.clone(),
                        m.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| m.to_string()),
                    ));
                }
            }
            other => out.push((path, other.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("2"), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after("0.5"), Some(Duration::from_millis(500)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn validation_errors_flatten() {
        let v: Value = serde_json::json!({"_errors": [], "code": {"_errors": ["must be digits"]}, "visionline_metadata": {"card_format": {"_errors": ["bad"]}}});
        let mut out = Vec::new();
        if let Value::Object(m) = v {
            flatten_validation(&m, "", &mut out);
        }
        assert_eq!(
            out,
            vec![
                ("code".to_string(), "must be digits".to_string()),
                (
                    "visionline_metadata.card_format".to_string(),
                    "bad".to_string()
                )
            ]
        );
    }
}
