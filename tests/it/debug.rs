//! Support-staff debugging: `--verbose` traces and `--dry-run` (and its curl command).

use crate::support::fixtures::{credential, CRED_ID as CRED, MASKED, USER_ID as USER};
use crate::support::{assert_no_leak, json_out, seam, seam_bare, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};

// ---- --verbose ----

#[test]
fn verbose_traces_request_and_response_with_the_key_masked() {
    let server = MockServer::start();
    let reply = json!({"acs_credential": credential(CRED, json!({})), "ok": true}).to_string();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/get")
            .header("authorization", format!("Bearer {KEY}"))
            .json_body(json!({"acs_credential_id": CRED}));
        then.status(200)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_verbose_1")
            .body(&reply);
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
            "-v",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    mock.assert_calls(1);
    assert_no_leak(&o);
    let err = stderr(&o);
    let url = format!("{}/acs/credentials/get", server.base_url());
    for want in [
        format!("> POST {url} [#1]\n"),
        format!("> authorization: Bearer {MASKED}\n"),
        "> content-type: application/json\n".to_string(),
        format!("> {{\"acs_credential_id\":\"{CRED}\"}}\n"),
    ] {
        assert!(err.contains(&want), "missing {want:?} in:\n{err}");
    }
    let response = err
        .lines()
        .find(|l| l.starts_with("< "))
        .unwrap_or_else(|| panic!("no response line in:\n{err}"));
    let (head, tail) = response.split_once(" ms, ").unwrap();
    assert!(head.starts_with("< HTTP 200 [#1] "), "{response}");
    assert!(
        head["< HTTP 200 [#1] ".len()..].parse::<u64>().is_ok(),
        "timing: {response}"
    );
    assert_eq!(
        tail,
        format!("{} bytes, seam-request-id: req_verbose_1", reply.len())
    );
    // Traces stay off stdout: it is still the JSON document.
    assert_eq!(json_out(&o)["acs_credential"]["acs_credential_id"], CRED);
}

const BUSY: &str = r#"{"error":{"type":"service_unavailable","message":"Try again"}}"#;

#[test]
fn verbose_traces_each_retry() {
    let server = MockServer::start();
    let mock = server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(503)
            .header("retry-after", "0")
            .header("seam-request-id", "req_busy")
            .body(BUSY);
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--verbose",
            "--max-retries",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    mock.assert_calls(3);
    assert_no_leak(&o);
    let err = stderr(&o);
    let url = format!("{}/acs/credentials/list", server.base_url());
    for want in [
        format!("> POST {url} [#1]\n"),
        format!("> POST {url} [#1] (attempt 2 of 3)\n"),
        format!("> POST {url} [#1] (attempt 3 of 3)\n"),
        "* [#1] retrying in 0.0 s (retry 1 of 2): HTTP 503 service_unavailable seam-request-id: req_busy\n".to_string(),
        "* [#1] retrying in 0.0 s (retry 2 of 2): HTTP 503 service_unavailable seam-request-id: req_busy\n".to_string(),
    ] {
        assert!(err.contains(&want), "missing {want:?} in:\n{err}");
    }
    let answers: Vec<&str> = err.lines().filter(|l| l.starts_with("< ")).collect();
    assert_eq!(answers.len(), 3, "{err}");
    for a in answers {
        let (head, tail) = a.split_once(" ms, ").unwrap_or_else(|| panic!("{a}"));
        assert!(head.starts_with("< HTTP 503 [#1] "), "{a}");
        assert_eq!(
            tail,
            format!(
                "{} bytes, seam-request-id: req_busy, error type: service_unavailable",
                BUSY.len()
            )
        );
    }
    assert!(!err.contains(KEY));
}

#[test]
fn without_verbose_there_are_no_traces() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/get");
        then.status(200)
            .json_body(json!({"acs_credential": credential(CRED, json!({})), "ok": true}));
    });
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(stderr(&o), "");
}

// ---- --dry-run ----

#[test]
fn dry_run_prints_the_exact_request_and_sends_nothing() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "create",
            "--acs_user_id",
            USER,
            "--access_method",
            "code",
            "--code",
            "0123",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    any.assert_calls(0);
    assert_no_leak(&o);
    let url = format!("{}/acs/credentials/create", server.base_url());
    let expected = format!(
        "POST {url}\n\
         authorization: Bearer {MASKED}\n\
         content-type: application/json\n\
         user-agent: seam-cli-rs/{version}\n\
         \n\
         {{\n  \"access_method\": \"code\",\n  \"acs_user_id\": \"{USER}\",\n  \"code\": \"0123\"\n}}\n\
         \n\
         # the same request with curl (reads the key from $SEAM_API_KEY):\n\
         curl -sS -X POST '{url}' \\\n  \
         -H \"Authorization: Bearer $SEAM_API_KEY\" \\\n  \
         -H 'Content-Type: application/json' \\\n  \
         --data-raw '{{\"access_method\":\"code\",\"acs_user_id\":\"{USER}\",\"code\":\"0123\"}}'\n",
        version = env!("CARGO_PKG_VERSION"),
    );
    assert_eq!(stdout(&o), expected);
}

#[test]
fn dry_run_works_with_no_key_configured() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let o = seam_bare()
        .env("SEAM_ENDPOINT", server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    any.assert_calls(0);
    let out = stdout(&o);
    assert!(
        out.contains("authorization: Bearer (no token set)\n"),
        "{out}"
    );
    assert!(out.contains("Bearer $SEAM_API_KEY"), "{out}");
}

#[test]
fn dry_run_with_entrances_sends_nothing_and_says_what_would_follow() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--acs_user_id",
            USER,
            "--with-entrances",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    any.assert_calls(0);
    assert!(stdout(&o).contains(&format!("{{\n  \"acs_user_id\": \"{USER}\"\n}}\n")));
    assert!(!stdout(&o).contains("with_entrances"));
    assert!(stderr(&o).contains("list_accessible_entrances per credential"));
}

/// The curl line of a dry run, as one shell command.
fn curl_of(dry_run_stdout: &str) -> String {
    let start = dry_run_stdout
        .find("\ncurl ")
        .unwrap_or_else(|| panic!("no curl command in:\n{dry_run_stdout}"));
    dry_run_stdout[start + 1..].to_string()
}

#[test]
fn dry_run_curl_command_runs_against_the_mock() {
    let server = MockServer::start();
    // A value that needs quoting in a shell: quotes, $, backslash, spaces, non-ASCII.
    let search = "O'Brien \"pool\" $HOME \\ `id` é";
    let sent = json!({"limit": 5, "search": search});
    let reply = json!({"acs_credentials": [], "pagination": {"has_next_page": false}, "ok": true});
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/list")
            .header("authorization", format!("Bearer {KEY}"))
            .header("content-type", "application/json")
            .body(sent.to_string());
        then.status(200).json_body(reply.clone());
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--search",
            search,
            "--limit",
            "5",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    mock.assert_calls(0);
    let curl = curl_of(&stdout(&o));
    let run = std::process::Command::new("sh")
        .arg("-c")
        .arg(&curl)
        .env("SEAM_API_KEY", KEY)
        .env("NO_PROXY", "*")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "curl failed: {}\n{curl}",
        stderr(&run)
    );
    mock.assert_calls(1);
    assert_eq!(serde_json::from_slice::<Value>(&run.stdout).unwrap(), reply);
    // And the CLI itself sends the very same request.
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--search",
            search,
            "--limit",
            "5",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    mock.assert_calls(2);
}
