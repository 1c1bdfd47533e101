//! The `Client`: one HTTP client per run, built from `ClientSettings`, and `call`, which
//! sends a request and retries it as its `RetryPolicy` allows, with backoff and the server's
//! `Retry-After`.

use super::failure::{Failure, Mapping};
use super::{body, endpoint, net, send, trace};
use super::{shown_endpoint, CallError, ClientSettings, Reach, Reply, RetryPolicy};
use super::{MAX_RETRY_WAIT, USER_AGENT};
use crate::error::CliError;
use crate::output::Printer;
use reqwest::header::HeaderValue;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A pause the server asked for (429 with `Retry-After`).
#[derive(Clone, Copy, Debug)]
struct Pause {
    /// The latest end asked for.
    until: Instant,
    /// The earliest (the first 429's own wait ended then: its retry went out).
    first_end: Instant,
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
    /// When the first 429 not yet taken by [`Client::take_rate_limited_at`] came, and when
    /// the pause before it (an earlier `Retry-After`) ended.
    limited_at: std::sync::Mutex<Option<(Instant, Option<Instant>)>>,
    /// Until when the server asked (429 with `Retry-After`) not to be sent new requests; bulk
    /// runs wait for it before starting one (`not_before`).
    pause_until: std::sync::Mutex<Option<Pause>>,
    /// Where trusted certificates come from (https endpoints): said when TLS fails.
    trust: Option<net::Trust>,
    /// " through the proxy http://p:3128 (HTTPS_PROXY)", or "": said when connecting fails.
    via: String,
    /// A progress line shows the waits (bulk runs): no status line of their own.
    waits_shown_elsewhere: std::sync::atomic::AtomicBool,
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
            // Servers close idle connections after a few seconds (Node: 5 s); a request sent on
            // one they closed fails, and a write is never retried. A connection idle longer than
            // this (a person answering prompts) is not reused.
            .pool_idle_timeout(Duration::from_secs(4))
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
            limited_at: std::sync::Mutex::new(None),
            waits_shown_elsewhere: std::sync::atomic::AtomicBool::new(false),
            pause_until: std::sync::Mutex::new(None),
            trust,
            via,
        })
    }

    /// How many HTTP 429 answers this client has received.
    pub fn rate_limited(&self) -> u64 {
        self.limited.load(Ordering::Relaxed)
    }

    /// When the first HTTP 429 since the last call came, and when the pause before it ended:
    /// a bulk run's pacer measures what the server accepted in between.
    pub fn take_rate_limited_at(&self) -> Option<(Instant, Option<Instant>)> {
        self.limited_at
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    pub fn settings(&self) -> &ClientSettings {
        &self.settings
    }

    /// The request as `--dry-run` shows it (the token masked), without sending it.
    pub fn request_text(&self, path: &str, body: &Value) -> String {
        let url = self.url(path);
        let curl = trace::curl(&self.settings, &url, &body.to_string());
        crate::output::dry_run_text(&url, &trace::shown_headers(&self.settings), body, &curl)
    }

    /// Waits before retries are shown by the caller (a progress line): not as status lines.
    pub fn show_waits_elsewhere(&self) {
        self.waits_shown_elsewhere.store(true, Ordering::Relaxed);
    }

    /// The instant before which the server asked not to be sent new requests (the latest
    /// 429 with `Retry-After`, at most `MAX_RETRY_WAIT` ahead), if it is still ahead.
    pub fn not_before(&self) -> Option<Instant> {
        let t = *self.pause_until.lock().unwrap_or_else(|e| e.into_inner());
        t.map(|p| p.until).filter(|t| *t > Instant::now())
    }

    fn note_retry_after(&self, wait: Duration) {
        let now = Instant::now();
        let until = now + wait.min(MAX_RETRY_WAIT);
        let mut t = self.pause_until.lock().unwrap_or_else(|e| e.into_inner());
        *t = Some(match *t {
            // The same pause, longer.
            Some(p) if p.until > now => Pause {
                until: p.until.max(until),
                first_end: p.first_end.min(until),
            },
            _ => Pause {
                until,
                first_end: until,
            },
        });
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.settings.endpoint.trim_end_matches('/'), path)
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
            let curl = trace::curl(&self.settings, &url, &json);
            self.printer
                .dry_run(&url, &trace::shown_headers(&self.settings), body, &curl);
            return Ok(None);
        }
        let auth = self.auth_header()?;
        let mut attempt: u32 = 0;
        let mut reached = false;
        let call_no = self.calls.fetch_add(1, Ordering::Relaxed) + 1;
        loop {
            attempt += 1;
            trace::request(&self.printer, &self.settings, &url, call_no, attempt, &json);
            let started = Instant::now();
            let sent = send::send_once(&self.http, &self.settings, &url, &auth, &json).await;
            let failure = match sent {
                Ok(sent) => {
                    trace::reply(&self.printer, &sent, call_no, started);
                    return Ok(Some(sent.reply));
                }
                Err(mut f) => {
                    if let Failure::Status { error, .. } = &mut f {
                        body::scrub(error, self.settings.token.as_ref());
                    }
                    f
                }
            };
            reached |= failure.may_have_reached();
            self.note_failure(&failure);
            trace::failure(&self.printer, &failure, call_no, started);
            if failure.retryable(policy) && attempt <= self.settings.max_retries {
                self.wait_to_retry(attempt, call_no, &failure).await;
                continue;
            }
            let mapping = Mapping {
                settings: &self.settings,
                via: &self.via,
                trust: self.trust.as_ref(),
                reached,
                attempts: attempt,
                policy,
            };
            return Err(mapping.call_error(failure));
        }
    }

    /// The Authorization header, marked sensitive; an error when there is no token or it
    /// cannot be sent.
    fn auth_header(&self) -> Result<HeaderValue, CallError> {
        let Some(token) = &self.settings.token else {
            return Err(CallError {
                error: self.missing_token(),
                reach: Reach::NotSent,
            });
        };
        let Ok(mut auth) = HeaderValue::from_str(&format!("Bearer {}", token.expose())) else {
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
        Ok(auth)
    }

    /// Counts a 429, and remembers how long the server asked to be left alone.
    fn note_failure(&self, failure: &Failure) {
        if let Failure::Status {
            status: 429,
            retry_after,
            ..
        } = failure
        {
            self.limited.fetch_add(1, Ordering::Relaxed);
            // The earliest end of the last pause: requests (retries) went out again from then.
            let paused = self
                .pause_until
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .map(|p| p.first_end);
            self.limited_at
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get_or_insert_with(|| (Instant::now(), paused));
            if let Some(d) = retry_after {
                self.note_retry_after(*d);
            }
        }
    }

    /// Waits before retry `attempt`, saying so in the trace (and on a terminal when the wait
    /// is long).
    async fn wait_to_retry(&self, attempt: u32, call_no: u64, failure: &Failure) {
        let wait = self.backoff(attempt, failure);
        let max = self.settings.max_retries;
        trace::retrying(&self.printer, call_no, wait, attempt, max, failure);
        // A long wait should not look like a hang to a person at a terminal.
        if wait >= Duration::from_secs(2)
            && !self.printer.verbose()
            && self.printer.stderr_is_terminal()
            && !self.waits_shown_elsewhere.load(Ordering::Relaxed)
        {
            self.printer.status(&format!(
                "{}: waiting {:.0} s before retrying (Ctrl-C to stop)",
                super::failure::describe(failure),
                wait.as_secs_f64()
            ));
        }
        tokio::time::sleep(wait).await;
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
}
