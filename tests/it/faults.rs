//! Fault injection: every verb against every kind of misbehaving server (see
//! support/server.rs). For each: the exit code, what stderr says (what went wrong, and a hint),
//! no panic, no hang, and how many requests reached the server (reads are retried; a write is
//! never sent twice once it may have reached the server).

use crate::support::fixtures::{CRED_ID as CRED, USER_ID as USER};
use crate::support::server::{closed_endpoint, Reply, TestServer, REQUEST_ID};
use crate::support::{assert_no_leak, seam, stderr, stdout};
use std::process::Output;
use std::time::{Duration, Instant};

/// Retries allowed in most tests: reads make up to RETRIES + 1 requests.
const RETRIES: usize = 2;

pub struct V {
    pub name: &'static str,
    pub args: &'static [&'static str],
    pub write: bool,
    /// A well-formed 200 body for this verb.
    pub ok: &'static str,
}

pub(crate) const CRED_BODY: &str = r#"{"acs_credential":{"acs_credential_id":"66666666-6666-6666-6666-666666666666","acs_user_id":"33333333-3333-3333-3333-333333333333","access_method":"code","code":"1234","created_at":"2024-03-01T10:40:00.000Z","workspace_id":"11111111-1111-1111-1111-111111111111"},"ok":true}"#;

pub const VERBS: &[V] = &[
    V {
        name: "assign",
        args: &["--acs_credential_id", CRED, "--acs_user_id", USER],
        write: true,
        ok: CRED_BODY,
    },
    V {
        name: "create",
        args: &[
            "--acs_user_id",
            USER,
            "--access_method",
            "code",
            "--code",
            "1234",
        ],
        write: true,
        ok: CRED_BODY,
    },
    V {
        name: "delete",
        args: &["--acs_credential_id", CRED, "--yes"],
        write: true,
        ok: r#"{"ok":true}"#,
    },
    V {
        name: "get",
        args: &["--acs_credential_id", CRED],
        write: false,
        ok: CRED_BODY,
    },
    V {
        name: "list",
        args: &["--acs_user_id", USER],
        write: false,
        ok: r#"{"acs_credentials":[{"acs_credential_id":"66666666-6666-6666-6666-666666666666","access_method":"code"}],"pagination":{"has_next_page":false,"next_page_cursor":null},"ok":true}"#,
    },
    V {
        name: "list-accessible-entrances",
        args: &["--acs_credential_id", CRED],
        write: false,
        ok: r#"{"acs_entrances":[{"acs_entrance_id":"55555555-5555-5555-5555-555555555555","display_name":"Front door"}],"ok":true}"#,
    },
    V {
        name: "unassign",
        args: &["--acs_credential_id", CRED, "--acs_user_id", USER, "--yes"],
        write: true,
        ok: CRED_BODY,
    },
    V {
        name: "update",
        args: &["--acs_credential_id", CRED, "--code", "4321"],
        write: true,
        ok: CRED_BODY,
    },
];

/// Runs `verb` against `url` with a short timeout and few retries; fails the test on a hang.
pub fn run_verb(url: &str, v: &V, timeout: &str, retries: usize, extra: &[&str]) -> Output {
    seam(url)
        .args(["acs", "credentials", v.name])
        .args(v.args)
        .args(["--json", "--timeout", timeout, "--max-retries"])
        .arg(retries.to_string())
        .args(extra)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("seam runs")
}

/// Runs `check` for every verb at once (each on its own thread and server), so a slow fault
/// costs its time once, not eight times. A failure names the verb.
pub(crate) fn each_verb(check: impl Fn(&V) + Sync) {
    std::thread::scope(|s| {
        let handles: Vec<_> = VERBS
            .iter()
            .map(|v| (v.name, s.spawn(|| check(v))))
            .collect();
        let mut failed = Vec::new();
        for (name, h) in handles {
            if h.join().is_err() {
                failed.push(name);
            }
        }
        assert!(failed.is_empty(), "failed for verbs: {failed:?}");
    });
}

/// The checks every failure shares: the exit code, no panic, `error:` plus the expected
/// phrases, a `hint:`, no leaked key, and nothing on stdout.
pub fn assert_failure(o: &Output, verb: &str, code: i32, phrases: &[&str]) {
    let err = stderr(o);
    let ctx = format!("verb {verb}; stderr:\n{err}");
    assert!(!err.contains("panicked"), "panic: {ctx}");
    assert_ne!(o.status.code(), Some(101), "panic exit: {ctx}");
    assert_eq!(o.status.code(), Some(code), "exit code: {ctx}");
    assert!(err.starts_with("error: "), "no error line: {ctx}");
    assert!(err.contains("\nhint: "), "no hint: {ctx}");
    for p in phrases {
        assert!(err.contains(p), "stderr lacks {p:?}: {ctx}");
    }
    assert!(stdout(o).is_empty(), "stdout not empty: {}", stdout(o));
    assert_no_leak(o);
}

pub(crate) fn assert_success(o: &Output, verb: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(0), "verb {verb}; stderr:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_no_leak(o);
}

/// Requests a failing call makes: reads retry, writes do not.
fn tries(v: &V, retries: usize) -> usize {
    if v.write {
        1
    } else {
        retries + 1
    }
}

#[test]
fn connection_reset_before_answer() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Reset);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        let mut phrases = vec!["connection to", "failed"];
        if v.write {
            phrases.push("may still have been made");
        } else {
            phrases.push("after 3 attempts");
        }
        assert_failure(&o, v.name, 4, &phrases);
        assert_eq!(srv.count(), tries(v, RETRIES), "{}", v.name);
    });
}

#[test]
fn reset_then_success_only_reads_recover() {
    each_verb(|v| {
        let srv = TestServer::sequence(vec![Reply::Reset, Reply::Ok(v.ok.into())]);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        if v.write {
            assert_failure(&o, v.name, 4, &["may still have been made"]);
            assert_eq!(srv.count(), 1, "{}", v.name);
        } else {
            assert_success(&o, v.name);
            assert_eq!(srv.count(), 2, "{}", v.name);
        }
    });
}

#[test]
fn bad_gateway_html_page() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Html502);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            1,
            &[
                "HTTP 502",
                "HTML page",
                "\"502 Bad Gateway\"",
                "may or may not have been processed",
            ],
        );
        assert!(!stderr(&o).contains("<html>"), "raw HTML shown");
        assert_eq!(srv.count(), tries(v, RETRIES), "{}", v.name);
    });
}

#[test]
fn bad_gateway_then_success_only_reads_recover() {
    each_verb(|v| {
        let srv = TestServer::sequence(vec![Reply::Html502, Reply::Ok(v.ok.into())]);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        if v.write {
            assert_failure(&o, v.name, 1, &["HTTP 502"]);
            assert_eq!(srv.count(), 1, "{}", v.name);
        } else {
            assert_success(&o, v.name);
            assert_eq!(srv.count(), 2, "{}", v.name);
        }
    });
}

#[test]
fn html_page_with_200() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Html200);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            1,
            if v.write {
                &[
                    "not JSON",
                    "HTML page",
                    "Hotel Wi-Fi login",
                    "may still have been made",
                ]
            } else {
                &[
                    "not JSON",
                    "HTML page",
                    "Hotel Wi-Fi login",
                    "check the endpoint",
                ]
            },
        );
        assert!(
            !stderr(&o).contains("expected value at line"),
            "parse error shown"
        );
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn truncated_json_body() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Truncated);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        let mut phrases = vec!["cut short"];
        if v.write {
            phrases.push("may still have been made");
        }
        assert_failure(&o, v.name, 4, &phrases);
        assert_eq!(srv.count(), tries(v, RETRIES), "{}", v.name);
    });
}

#[test]
fn json_that_stops_midway() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::JsonCut);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            1,
            if v.write {
                &["HTTP 200", "ends early", "may still have been made"]
            } else {
                &["HTTP 200", "ends early"]
            },
        );
        assert!(
            !stderr(&o).contains("EOF while parsing"),
            "parse error shown"
        );
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn empty_body() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Empty);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        if matches!(v.name, "delete" | "assign" | "unassign" | "update") {
            // Changes whose answer the SDKs ignore (x-response-key null): an empty 2xx body
            // means the change was made.
            assert_success(&o, v.name);
        } else {
            assert_failure(&o, v.name, 1, &["unexpected response", "empty"]);
        }
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

/// Decision: a 2xx body that parses as JSON and has the verb's shape is accepted whatever its
/// Content-Type says (the shape check guards against anything else).
#[test]
fn json_with_wrong_content_type_is_accepted() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::WrongContentType(v.ok.into()));
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_success(&o, v.name);
        if v.name != "delete" {
            assert!(stdout(&o).contains("\"ok\"") || !stdout(&o).is_empty());
        }
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn body_of_the_wrong_shape() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::BadShape);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(&o, v.name, 1, &["unexpected response", "not a JSON object"]);
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn missing_key_in_the_body() {
    each_verb(|v| {
        // delete has no data; assign, unassign and update may leave the credential out.
        if matches!(v.name, "delete" | "assign" | "unassign" | "update") {
            return;
        }
        let srv = TestServer::always(Reply::Ok(r#"{"ok":true,"something_else":[]}"#.into()));
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(&o, v.name, 1, &["unexpected response", "no \"acs_"]);
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn stall_past_the_timeout() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Stall(Duration::from_secs(4)));
        let started = Instant::now();
        let o = run_verb(&srv.url(), v, "0.5", 1, &[]);
        let took = started.elapsed();
        let mut phrases = vec!["no complete answer", "within 0.5 s", "--timeout"];
        if v.write {
            phrases.push("may still have been made");
        }
        assert_failure(&o, v.name, 4, &phrases);
        assert_eq!(srv.count(), tries(v, 1), "{}", v.name);
        assert!(took < Duration::from_secs(3), "{}: took {took:?}", v.name);
    });
}

#[test]
fn stall_in_the_middle_of_the_body() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::StallBody(Duration::from_secs(4)));
        let started = Instant::now();
        let o = run_verb(&srv.url(), v, "0.5", 1, &[]);
        let took = started.elapsed();
        assert_failure(&o, v.name, 4, &["no complete answer", "within 0.5 s"]);
        assert_eq!(srv.count(), tries(v, 1), "{}", v.name);
        assert!(took < Duration::from_secs(3), "{}: took {took:?}", v.name);
    });
}

#[test]
fn rate_limited_every_time() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::RateLimited("0"));
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            1,
            &[
                "HTTP 429",
                "rate_limited",
                "after 3 attempts",
                REQUEST_ID,
                "rate limited",
            ],
        );
        // 429 means "not processed": writes are retried too.
        assert_eq!(srv.count(), RETRIES + 1, "{}", v.name);
    });
}

#[test]
fn rate_limited_then_success() {
    each_verb(|v| {
        let srv = TestServer::sequence(vec![Reply::RateLimited("0"), Reply::Ok(v.ok.into())]);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_success(&o, v.name);
        assert_eq!(srv.count(), 2, "{}", v.name);
        let bodies = srv.bodies();
        assert_eq!(bodies[0], bodies[1], "the retry sends the same body");
    });
}

#[test]
fn retry_after_is_honoured() {
    let v = &VERBS[1]; // create: a write, retried only because 429 says "not processed"
    let srv = TestServer::sequence(vec![Reply::RateLimited("1"), Reply::Ok(v.ok.into())]);
    let started = Instant::now();
    let o = run_verb(&srv.url(), v, "5", 1, &["--verbose"]);
    assert_success(&o, v.name);
    assert!(started.elapsed() >= Duration::from_millis(950));
    assert!(stderr(&o).contains("retrying in 1.0 s"), "{}", stderr(&o));
    assert_eq!(srv.count(), 2);
}

#[test]
fn no_retries_when_max_retries_is_zero() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::RateLimited("0"));
        let o = run_verb(&srv.url(), v, "5", 0, &[]);
        assert_failure(&o, v.name, 1, &["HTTP 429"]);
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn server_error_with_seam_body() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Seam500);
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            1,
            &[
                "HTTP 500: Something broke on our side",
                "type: internal_server_error",
                &format!("request id: {REQUEST_ID}"),
                "quote the request id",
            ],
        );
        // 500 is not retried, not even for reads: the server said it failed, not a gateway.
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn huge_streamed_body_is_refused() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Huge {
            bytes: 50 * 1024 * 1024,
            declare_length: false,
        });
        let o = run_verb(&srv.url(), v, "15", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            1,
            &["too large", "33554432 bytes", "SEAM_MAX_RESPONSE_BYTES"],
        );
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn huge_declared_body_is_refused_before_reading() {
    let v = &VERBS[4]; // list
    let srv = TestServer::always(Reply::Huge {
        bytes: 60 * 1024 * 1024,
        declare_length: true,
    });
    let o = run_verb(&srv.url(), v, "15", RETRIES, &[]);
    assert_failure(&o, v.name, 1, &["too large", "62914560 bytes"]);
    assert_eq!(srv.count(), 1);
}

#[test]
fn response_cap_from_the_environment() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Ok(v.ok.into()));
        let o = seam(&srv.url())
            .env("SEAM_MAX_RESPONSE_BYTES", "10")
            .args(["acs", "credentials", v.name])
            .args(v.args)
            .args(["--json", "--timeout", "5"])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("seam runs");
        assert_failure(&o, v.name, 1, &["too large", "the limit is 10 bytes"]);
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

#[test]
fn response_cap_must_be_a_number() {
    let srv = TestServer::always(Reply::Ok(CRED_BODY.into()));
    let o = seam(&srv.url())
        .env("SEAM_MAX_RESPONSE_BYTES", "lots")
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("seam runs");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("SEAM_MAX_RESPONSE_BYTES"),
        "{}",
        stderr(&o)
    );
    assert_eq!(srv.count(), 0);
}

#[test]
fn connection_refused_is_retried_for_every_verb() {
    // Nothing listens on this port: the request provably never left, so writes retry too.
    let url = closed_endpoint();
    each_verb(|v| {
        let o = run_verb(&url, v, "5", RETRIES, &[]);
        assert_failure(
            &o,
            v.name,
            4,
            &["cannot connect", "after 3 attempts", "--endpoint"],
        );
    });
}

#[test]
fn key_that_cannot_go_in_a_header_is_refused_at_once() {
    let srv = TestServer::always(Reply::Ok(CRED_BODY.into()));
    let started = Instant::now();
    let o = seam(&srv.url())
        .env("SEAM_API_KEY", "seam_abc\ndef\u{7}")
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("seam runs");
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains("cannot be sent in an HTTP header"), "{err}");
    assert!(err.contains("hint: check the key"), "{err}");
    assert!(!err.contains("seam_abc"), "key shown: {err}");
    assert!(started.elapsed() < Duration::from_secs(2), "it was retried");
    assert_eq!(srv.count(), 0);
}

#[test]
fn redirect_is_reported_not_followed() {
    each_verb(|v| {
        // The target would answer 200: following it would send the request a second time.
        let target = TestServer::always(Reply::Ok(v.ok.into()));
        let srv = TestServer::always(Reply::Raw(format!(
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: {}/acs/credentials/x\r\n\
             Content-Length: 0\r\nConnection: close\r\n\r\n",
            target.url()
        )));
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        assert_failure(&o, v.name, 1, &["HTTP 307", "redirects to", "--endpoint"]);
        assert_eq!(srv.count(), 1, "{}", v.name);
        assert_eq!(target.count(), 0, "{}: redirect followed", v.name);
    });
}

#[test]
fn answer_that_is_not_http() {
    each_verb(|v| {
        let srv = TestServer::always(Reply::Raw("SSH-2.0-OpenSSH_9.6\r\n".into()));
        let o = run_verb(&srv.url(), v, "5", RETRIES, &[]);
        let mut phrases = vec!["invalid HTTP"];
        if v.write {
            phrases.push("may still have been made");
        }
        assert_failure(&o, v.name, 4, &phrases);
        assert_eq!(srv.count(), tries(v, RETRIES), "{}", v.name);
    });
}
