//! Issue 12 (output people can shape): `--jq`, positional IDs, `--wait`, relative times,
//! `--state`, `--no-json`, `--raw`, the `{"error": ...}` object on stdout, and hints that fit.
//! Each through the real binary against a server on 127.0.0.1 started here.

use crate::support::{assert_no_leak, seam, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

const A: &str = "66666666-6666-6666-6666-666666666661";
const B: &str = "66666666-6666-6666-6666-666666666662";
const C: &str = "66666666-6666-6666-6666-666666666663";
const USER: &str = "33333333-3333-3333-3333-333333333333";

fn cred(id: &str, extra: Value) -> Value {
    let mut c = json!({
        "acs_credential_id": id,
        "acs_user_id": USER,
        "access_method": "code",
        "code": "1234",
        "display_name": "Front door",
        "starts_at": "2024-03-01T10:40:00Z",
        "ends_at": "2024-03-04T10:40:00Z",
        "is_issued": true,
        "errors": [],
        "warnings": []
    });
    if let (Value::Object(m), Value::Object(e)) = (&mut c, extra) {
        m.extend(e);
    }
    c
}

fn reply<'a>(
    server: &'a MockServer,
    action: &str,
    body: Option<Value>,
    answer: Value,
) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        let when = when
            .method(POST)
            .path(format!("/acs/credentials/{action}"))
            .header("authorization", format!("Bearer {KEY}"));
        if let Some(b) = body {
            when.json_body(b);
        }
        then.status(200)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_ok")
            .json_body(answer);
    })
}

fn not_found<'a>(server: &'a MockServer, action: &str, body: Value) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        when.method(POST)
            .path(format!("/acs/credentials/{action}"))
            .json_body(body);
        then.status(404)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_404")
            .json_body(json!({"error": {
                "type": "acs_credential_not_found",
                "message": "Credential not found",
                "request_id": "req_404"
            }}));
    })
}

/// Whether stdout holds no data: nothing, or only the `{"error": {...}}` object that a failed
/// request prints when stdout is not a terminal. For the other test files' failure checks.
pub fn no_data_on_stdout(o: &std::process::Output) -> bool {
    let out = stdout(o);
    if out.is_empty() {
        return true;
    }
    match serde_json::from_str::<Value>(&out) {
        Ok(Value::Object(m)) => {
            m.len() == 1 && m.get("error").is_some_and(|e| e.get("type").is_some())
        }
        _ => false,
    }
}

fn lines(o: &std::process::Output) -> Vec<String> {
    stdout(o).lines().map(str::to_string).collect()
}

fn json_lines(o: &std::process::Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

// ---- --jq ----------------------------------------------------------------------------------------

#[test]
fn jq_filters_a_document() {
    let server = MockServer::start();
    let m = reply(
        &server,
        "get",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            A,
            "--jq",
            ".acs_credential.acs_credential_id",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("\"{A}\"\n"));
    // -r: strings without quotes; several outputs, one per line; objects compact.
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            A,
            "-r",
            "--jq",
            ".acs_credential | .code, .display_name, {id: .acs_credential_id}",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("1234\nFront door\n{{\"id\":\"{A}\"}}\n")
    );
    // --format table with --jq: the filter works on the JSON.
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            A,
            "--format",
            "table",
            "--jq",
            ".acs_credential.code",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "\"1234\"\n");
    m.assert_calls(3);
    assert_no_leak(&o);
}

#[test]
fn jq_runs_per_item_with_ndjson() {
    let server = MockServer::start();
    reply(
        &server,
        "list",
        None,
        json!({"ok": true, "acs_credentials": [cred(A, json!({})), cred(B, json!({"code": "9"}))],
               "pagination": {"has_next_page": false, "next_page_cursor": null}}),
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--format",
            "ndjson",
            "--jq",
            "[.acs_credential_id, .code]",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        lines(&o),
        [format!("[\"{A}\",\"1234\"]"), format!("[\"{B}\",\"9\"]")]
    );
}

#[test]
fn jq_streams_with_all() {
    let server = MockServer::start();
    let p1 = reply(
        &server,
        "list",
        Some(json!({})),
        json!({"ok": true, "acs_credentials": [cred(A, json!({})), cred(B, json!({}))],
               "pagination": {"has_next_page": true, "next_page_cursor": "c2"}}),
    );
    let p2 = reply(
        &server,
        "list",
        Some(json!({"page_cursor": "c2"})),
        json!({"ok": true, "acs_credentials": [cred(C, json!({}))],
               "pagination": {"has_next_page": false, "next_page_cursor": null}}),
    );
    // json: the filter runs on each page as {"acs_credentials": [...]}, so the expression of a
    // single page works with --all too.
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--all",
            "-r",
            "--jq",
            ".acs_credentials[].acs_credential_id",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(lines(&o), [A, B, C]);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--all",
            "--jq",
            ".acs_credentials | length",
        ])
        .output()
        .unwrap();
    assert_eq!(lines(&o), ["2", "1"]);
    // ndjson: per item.
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--all",
            "--format",
            "ndjson",
            "-r",
            "--jq",
            ".acs_credential_id",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(lines(&o), [A, B, C]);
    p1.assert_calls(3);
    p2.assert_calls(3);
}

#[test]
fn a_bad_jq_expression_is_a_usage_error_and_nothing_is_sent() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    for expr in [".acs_credential[", "nosuchfunction", "env.SEAM_API_KEY"] {
        let o = seam(&server.base_url())
            .args(["acs", "credentials", "get", A, "--jq", expr])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{expr}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("invalid --jq expression"),
            "{}",
            stderr(&o)
        );
        assert_eq!(stdout(&o), "");
        assert_no_leak(&o);
    }
    any.assert_calls(0);
    // -r needs --jq.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A, "-r"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    any.assert_calls(0);
}

#[test]
fn a_jq_error_on_the_data_is_exit_1() {
    let server = MockServer::start();
    reply(
        &server,
        "get",
        None,
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            A,
            "--jq",
            ".acs_credential.code.x",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("error: --jq: "), "{}", stderr(&o));
}

// ---- positional IDs ------------------------------------------------------------------------------

#[test]
fn positional_ids_work_like_the_flag() {
    let server = MockServer::start();
    let get = reply(
        &server,
        "get",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    let upd = reply(
        &server,
        "update",
        Some(json!({"acs_credential_id": A, "code": "0123"})),
        json!({"ok": true}),
    );
    let asg = reply(
        &server,
        "assign",
        Some(json!({"acs_credential_id": A, "acs_user_id": USER})),
        json!({"ok": true}),
    );
    let una = reply(
        &server,
        "unassign",
        Some(json!({"acs_credential_id": A, "acs_user_id": USER})),
        json!({"ok": true}),
    );
    let ent = reply(
        &server,
        "list_accessible_entrances",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true, "acs_entrances": []}),
    );
    let del = reply(
        &server,
        "delete",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true}),
    );
    let runs: &[&[&str]] = &[
        &["get", A],
        &["get", A, "--acs-credential-id", A],
        &["update", A, "--code", "0123"],
        &["assign", A, "--acs_user_id", USER],
        &["unassign", A, "--acs-user-id", USER, "--yes"],
        &["list-accessible-entrances", A],
        &["delete", A, "--yes"],
    ];
    for args in runs {
        let o = seam(&server.base_url())
            .args(["acs", "credentials"])
            .args(*args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    get.assert_calls(2);
    for m in [&upd, &asg, &una, &ent, &del] {
        m.assert_calls(1);
    }
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["acs_credential"]["acs_credential_id"], A);
}

#[test]
fn an_id_given_twice_differently_is_refused() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    for args in [
        &["get", A, "--acs-credential-id", B][..],
        &["update", A, "--acs_credential_id", B, "--code", "1"],
        &["delete", A, "--from-file", "ids.txt", "--yes"],
        &["update", A, B],
    ] {
        let o = seam(&server.base_url())
            .args(["acs", "credentials"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
    // No ID at all: the hint names the argument.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("give it as an argument: `get ID`"),
        "{}",
        stderr(&o)
    );
    any.assert_calls(0);
}

#[test]
fn several_ids_are_reported_each() {
    let server = MockServer::start();
    reply(
        &server,
        "get",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    not_found(&server, "get", json!({"acs_credential_id": B}));
    reply(
        &server,
        "get",
        Some(json!({"acs_credential_id": C})),
        json!({"ok": true, "acs_credential": cred(C, json!({}))}),
    );
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A, B, C])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let got = json_lines(&o);
    assert_eq!(got.len(), 3, "{}", stdout(&o));
    assert_eq!(got[0]["acs_credential_id"], A);
    assert_eq!(got[0]["status"], "ok");
    assert_eq!(got[0]["acs_credential"]["acs_credential_id"], A);
    assert_eq!(got[1]["acs_credential_id"], B);
    assert_eq!(got[1]["status"], "error");
    assert_eq!(got[1]["error"]["type"], "acs_credential_not_found");
    assert_eq!(got[1]["error"]["request_id"], "req_404");
    assert_eq!(got[2]["status"], "ok");
    assert!(
        stderr(&o).contains("get: 2 ok, 1 failed (3 IDs)"),
        "{}",
        stderr(&o)
    );
    // --jq applies to each line.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A, C, "-r", "--jq", ".status"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(lines(&o), ["ok", "ok"]);
}

#[test]
fn several_ids_in_the_human_format() {
    let server = MockServer::start();
    reply(
        &server,
        "get",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    not_found(&server, "get", json!({"acs_credential_id": B}));
    let o = seam(&server.base_url())
        .env("COLUMNS", "120")
        .args(["acs", "credentials", "get", B, A, "--no-json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    // The one found is shown as a single get shows it; the failure is on stderr only.
    assert!(stdout(&o).contains(A), "{}", stdout(&o));
    assert!(!stdout(&o).contains(B), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("get {B}:")), "{err}");
    assert!(err.contains("HTTP 404"), "{err}");
    assert!(err.contains("get: 1 ok, 1 failed (2 IDs)"), "{err}");
}

#[test]
fn several_deletes_all_succeed() {
    let server = MockServer::start();
    let a = reply(
        &server,
        "delete",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true}),
    );
    let b = reply(
        &server,
        "delete",
        Some(json!({"acs_credential_id": B})),
        json!({"ok": true}),
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "delete",
            A,
            B,
            "--yes",
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let got = json_lines(&o);
    assert_eq!(
        got[0],
        json!({"acs_credential_id": A, "status": "ok", "request_id": "req_ok"})
    );
    assert_eq!(got[1]["acs_credential_id"], B);
    a.assert_calls(1);
    b.assert_calls(1);
}

// ---- --wait ----------------------------------------------------------------------------------------

/// A tiny scripted API: `answer(path, n)` gives the body for the n-th call (0-based) to a
/// path; every request body is kept.
struct Scripted {
    url: String,
    seen: Arc<Mutex<Vec<(String, Value)>>>,
}

impl Scripted {
    fn start(answer: impl Fn(&str, usize) -> Value + Send + 'static) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen: Arc<Mutex<Vec<(String, Value)>>> = Arc::default();
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut r = BufReader::new(stream.try_clone().unwrap());
                let mut first = String::new();
                if r.read_line(&mut first).is_err() {
                    continue;
                }
                let path = first.split(' ').nth(1).unwrap_or("").to_string();
                let mut len = 0usize;
                loop {
                    let mut h = String::new();
                    if r.read_line(&mut h).is_err() || h.trim().is_empty() {
                        break;
                    }
                    if let Some((k, v)) = h.split_once(':') {
                        if k.eq_ignore_ascii_case("content-length") {
                            len = v.trim().parse().unwrap_or(0);
                        }
                    }
                }
                let mut body = vec![0u8; len];
                let _ = r.read_exact(&mut body);
                let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                let n = {
                    let mut s = log.lock().unwrap();
                    let n = s.iter().filter(|(p, _)| *p == path).count();
                    s.push((path.clone(), body));
                    n
                };
                let text = answer(&path, n).to_string();
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{text}",
                    text.len()
                );
            }
        });
        Scripted { url, seen }
    }

    fn calls(&self, path: &str) -> Vec<Value> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
            .collect()
    }
}

const FAST: [&str; 4] = ["--wait-interval", "0.02", "--wait-timeout", "30"];

#[test]
fn wait_polls_until_issued() {
    let api = Scripted::start(|path, n| match path {
        "/acs/credentials/create" => {
            json!({"ok": true, "acs_credential": cred(A, json!({"is_issued": false}))})
        }
        _ => {
            json!({"ok": true, "acs_credential": cred(A, json!({"is_issued": n >= 2, "code": format!("{n}")}))})
        }
    });
    let o = seam(&api.url)
        .args([
            "acs",
            "credentials",
            "create",
            "--acs-user-id",
            USER,
            "--access-method",
            "code",
            "--wait",
        ])
        .args(FAST)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // Issued on the third poll; that credential is what is printed.
    let polls = api.calls("/acs/credentials/get");
    assert_eq!(polls.len(), 3);
    assert!(polls.iter().all(|b| *b == json!({"acs_credential_id": A})));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["acs_credential"]["is_issued"], true);
    assert_eq!(v["acs_credential"]["code"], "2");
    assert_no_leak(&o);
}

#[test]
fn wait_on_update_uses_the_id_sent() {
    // update answers without the object (as the API may): the ID sent is polled.
    let api = Scripted::start(|path, _| match path {
        "/acs/credentials/update" => json!({"ok": true}),
        _ => json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    });
    let o = seam(&api.url)
        .args([
            "acs",
            "credentials",
            "update",
            A,
            "--code",
            "0123",
            "--wait",
        ])
        .args(FAST)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(api.calls("/acs/credentials/get").len(), 1);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["acs_credential"]["acs_credential_id"], A);
}

#[test]
fn wait_stops_on_errors_with_exit_7() {
    let api = Scripted::start(|path, _| match path {
        "/acs/credentials/assign" => json!({"ok": true}),
        _ => json!({"ok": true, "acs_credential": cred(A, json!({
            "is_issued": false,
            "errors": [{"error_code": "failed_to_issue", "message": "no"}]
        }))}),
    });
    let o = seam(&api.url)
        .args([
            "acs",
            "credentials",
            "assign",
            A,
            "--acs-user-id",
            USER,
            "--wait",
        ])
        .args(FAST)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    assert!(stderr(&o).contains("failed_to_issue"), "{}", stderr(&o));
    // The credential as last seen is still printed.
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v["acs_credential"]["errors"][0]["error_code"],
        "failed_to_issue"
    );
}

#[test]
fn wait_times_out_with_exit_7() {
    let api = Scripted::start(|path, _| match path {
        "/acs/credentials/create" => {
            json!({"ok": true, "acs_credential": cred(A, json!({"is_issued": false}))})
        }
        _ => json!({"ok": true, "acs_credential": cred(A, json!({"is_issued": false}))}),
    });
    let o = seam(&api.url)
        .args([
            "acs",
            "credentials",
            "create",
            "--acs-user-id",
            USER,
            "--access-method",
            "code",
            "--wait",
        ])
        .args(["--wait-interval", "0.02", "--wait-timeout", "0.2"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    assert!(stderr(&o).contains("is not ready"), "{}", stderr(&o));
    assert!(stderr(&o).contains("--wait-timeout"), "{}", stderr(&o));
    assert!(!api.calls("/acs/credentials/get").is_empty());
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["acs_credential"]["is_issued"], false);
}

#[test]
fn wait_with_dry_run_shows_the_first_request_only() {
    let o = seam("http://127.0.0.1:9")
        .args([
            "acs",
            "credentials",
            "create",
            "--acs-user-id",
            USER,
            "--access-method",
            "code",
            "--wait",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.matches("POST http").count(), 1, "{out}");
    assert!(out.contains("/acs/credentials/create"), "{out}");
}

// ---- relative times ------------------------------------------------------------------------------

#[test]
fn relative_times_are_sent_as_utc() {
    // support::seam fixes SEAM_NOW at 2024-03-02T00:00:00Z.
    let server = MockServer::start();
    let m = reply(
        &server,
        "create",
        Some(json!({
            "acs_user_id": USER,
            "access_method": "code",
            "starts_at": "2024-03-02T00:00:00Z",
            "ends_at": "2024-03-09T00:00:00Z"
        })),
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "create",
            "--acs-user-id",
            USER,
            "--access-method",
            "code",
        ])
        .args(["--starts-at", "now", "--ends-at", "+7d"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "update",
            A,
            "--ends-at",
            "+36h",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("\"ends_at\": \"2024-03-03T12:00:00Z\""),
        "{}",
        stdout(&o)
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--created-before",
            "-1h",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("\"created_before\": \"2024-03-01T23:00:00Z\""),
        "{}",
        stdout(&o)
    );
    // In --data and on stdin too.
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "update",
            A,
            "--data",
            r#"{"ends_at": "+30m"}"#,
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("\"ends_at\": \"2024-03-02T00:30:00Z\""),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_date_alone_is_refused_with_the_full_form() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "update", A, "--ends-at", "2024-03-01"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("2024-03-01T00:00:00Z"),
        "{}",
        stderr(&o)
    );
    // Relative times in a bulk run are refused: a resumed run must send the same bodies.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("g.csv");
    std::fs::write(
        &file,
        format!("acs_user_id,access_method,ends_at\n{USER},code,+7d\n"),
    )
    .unwrap();
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "create", "--from-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("bulk run"), "{}", stderr(&o));
    any.assert_calls(0);
}

// ---- --state ---------------------------------------------------------------------------------------

fn state_fixture() -> Vec<Value> {
    // At SEAM_NOW 2024-03-02T00:00:00Z.
    vec![
        cred(A, json!({})), // active, issued
        cred(
            B,
            json!({"starts_at": "2024-04-01T00:00:00Z", "ends_at": "2024-04-02T00:00:00Z", "is_issued": false}),
        ),
        cred(
            C,
            json!({"ends_at": "2024-03-01T12:00:00Z", "errors": [{"error_code": "x"}]}),
        ),
    ]
}

#[test]
fn state_filters_after_fetching() {
    let server = MockServer::start();
    let m = reply(
        &server,
        "list",
        Some(json!({})),
        json!({"ok": true, "acs_credentials": state_fixture(),
               "pagination": {"has_next_page": false, "next_page_cursor": null}}),
    );
    let ids = |args: &[&str]| {
        let o = seam(&server.base_url())
            .args(["acs", "credentials", "list", "--format", "ndjson"])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        json_lines(&o)
            .iter()
            .map(|c| c["acs_credential_id"].as_str().unwrap_or("").to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&["--state", "active"]), [A]);
    assert_eq!(ids(&["--state", "scheduled"]), [B]);
    assert_eq!(ids(&["--state", "expired"]), [C]);
    assert_eq!(ids(&["--state", "not-issued"]), [B]);
    assert_eq!(ids(&["--state", "errors"]), [C]);
    assert!(ids(&["--state", "warnings"]).is_empty());
    // Several: any of them, repeated or comma-separated.
    assert_eq!(ids(&["--state", "active", "--state", "errors"]), [A, C]);
    assert_eq!(ids(&["--state", "active,not-issued"]), [A, B]);
    assert_eq!(ids(&[]), [A, B, C]);
    m.assert_calls(9);
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--state", "bogus"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn state_filters_every_page_with_all() {
    let server = MockServer::start();
    let fx = state_fixture();
    reply(
        &server,
        "list",
        Some(json!({})),
        json!({"ok": true, "acs_credentials": [fx[0], fx[1]],
               "pagination": {"has_next_page": true, "next_page_cursor": "c2"}}),
    );
    reply(
        &server,
        "list",
        Some(json!({"page_cursor": "c2"})),
        json!({"ok": true, "acs_credentials": [fx[2]],
               "pagination": {"has_next_page": false, "next_page_cursor": null}}),
    );
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--all",
            "--state",
            "expired,scheduled",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let got: Vec<&str> = v["acs_credentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["acs_credential_id"].as_str().unwrap())
        .collect();
    assert_eq!(got, [B, C]);
}

// ---- the official CLI's flags ----------------------------------------------------------------------

#[test]
fn no_json_prints_the_table_when_piped() {
    let server = MockServer::start();
    reply(
        &server,
        "list",
        None,
        json!({"ok": true, "acs_credentials": [cred(A, json!({}))],
               "pagination": {"has_next_page": false, "next_page_cursor": null}}),
    );
    let o = seam(&server.base_url())
        .env("COLUMNS", "200")
        .args(["acs", "credentials", "list", "--no-json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(serde_json::from_str::<Value>(&out).is_err(), "{out}");
    assert!(out.contains(A) && out.contains("ID"), "{out}");
    // --no-json beats SEAM_FORMAT, and conflicts with --json.
    let o = seam(&server.base_url())
        .env("SEAM_FORMAT", "json")
        .args(["acs", "credentials", "list", "--no-json"])
        .output()
        .unwrap();
    assert!(serde_json::from_str::<Value>(&stdout(&o)).is_err());
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--no-json", "--json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn raw_is_data_and_non_interactive_is_accepted() {
    let server = MockServer::start();
    let m = reply(
        &server,
        "get",
        Some(json!({"acs_credential_id": A})),
        json!({"ok": true, "acs_credential": cred(A, json!({}))}),
    );
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--non-interactive", "--raw"])
        .arg(format!(r#"{{"acs_credential_id": "{A}"}}"#))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
    let o = seam(&server.base_url())
        .args(["--non-interactive", "acs", "credentials", "get", A])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_failed_request_puts_the_error_object_on_stdout() {
    let server = MockServer::start();
    not_found(&server, "get", json!({"acs_credential_id": A}));
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["error"]["type"], "acs_credential_not_found");
    assert_eq!(v["error"]["message"], "Credential not found");
    assert_eq!(v["error"]["request_id"], "req_404");
    assert_eq!(v["error"]["status"], 404);
    // The human message stays on stderr.
    assert!(
        stderr(&o).contains("error: the Seam API returned HTTP 404"),
        "{}",
        stderr(&o)
    );
    // ndjson: one line.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A, "--format", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(lines(&o).len(), 1);
    // A key echoed in the error body is masked.
    let echo = MockServer::start();
    echo.mock(|when, then| {
        when.any_request();
        then.status(400).json_body(json!({"error": {
            "type": "invalid_input", "message": format!("bad key {KEY}"), "extra": [KEY]
        }}));
    });
    let o = seam(&echo.base_url())
        .args(["acs", "credentials", "get", A])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_no_leak(&o);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["error"]["type"], "invalid_input");
}

#[test]
fn bulk_runs_print_no_extra_error_object() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.any_request();
        then.status(401)
            .json_body(json!({"error": {"type": "unauthorized", "message": "no"}}));
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ids.txt");
    std::fs::write(&file, format!("{A}\n{B}\n")).unwrap();
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "delete",
            "--yes",
            "--no-journal",
            "--from-file",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    for l in json_lines(&o) {
        assert!(l.get("line").is_some(), "{l}");
    }
    // Several IDs: result lines only, too.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A, B])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let got = json_lines(&o);
    assert_eq!(got.len(), 2, "{}", stdout(&o));
    assert_eq!(got[0]["status"], "error");
    assert_eq!(got[1]["status"], "not_sent");
}

// ---- hints ---------------------------------------------------------------------------------------

#[test]
fn a_single_call_is_not_told_to_lower_concurrency() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.any_request();
        then.status(429)
            .json_body(json!({"error": {"type": "rate_limited", "message": "slow down"}}));
    });
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", A, "--max-retries", "0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("rate limited"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("--concurrency"), "{}", stderr(&o));
}

#[test]
fn a_refused_api_key_gets_no_access_token_hint() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.any_request();
        then.status(401)
            .json_body(json!({"error": {"type": "unauthorized", "message": "bad"}}));
    });
    let dir = tempfile::tempdir().unwrap();
    let o = crate::support::seam_bare()
        .env("SEAM_CONFIG_DIR", dir.path())
        .args(["login", "--with-token", "--endpoint", &server.base_url()])
        .write_stdin(format!("{KEY}\n"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("rejected"), "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("personal access token"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("--workspace-id"), "{}", stderr(&o));
    assert_no_leak(&o);
}
