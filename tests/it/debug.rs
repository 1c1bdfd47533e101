//! Support-staff debugging: --verbose, --dry-run (and its curl command), --with-entrances,
//! derived state in tables at fixed clock times; completions, man pages and the reference
//! kept in step with the clap tree.

use crate::support::{assert_no_leak, seam, seam_bare, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};
use std::path::Path;

const CRED: &str = "66666666-6666-6666-6666-666666666666";
const CRED2: &str = "77777777-7777-7777-7777-777777777777";
const CRED3: &str = "88888888-8888-8888-8888-888888888888";
const USER: &str = "33333333-3333-3333-3333-333333333333";
/// How the test key shows in traces and dry runs.
const MASKED: &str = "seam_...cdef";

fn credential(id: &str, extra: Value) -> Value {
    let mut c = json!({
        "acs_credential_id": id,
        "acs_user_id": USER,
        "acs_system_id": "11111111-1111-1111-1111-111111111111",
        "connected_account_id": "22222222-2222-2222-2222-222222222222",
        "workspace_id": "44444444-4444-4444-4444-444444444444",
        "display_name": "Pool gate code",
        "access_method": "code",
        "code": "0123",
        "created_at": "2024-02-01T00:00:00Z",
        "is_managed": true,
        "warnings": [],
        "errors": []
    });
    if let (Value::Object(c), Value::Object(extra)) = (&mut c, extra) {
        c.extend(extra);
    }
    c
}

fn entrance(id: &str, name: &str) -> Value {
    json!({
        "acs_entrance_id": id,
        "display_name": name,
        "acs_system_id": "11111111-1111-1111-1111-111111111111",
        "connected_account_id": "22222222-2222-2222-2222-222222222222",
        "created_at": "2024-01-01T00:00:00Z",
        "space_ids": [],
        "errors": [],
        "warnings": []
    })
}

fn json_out(o: &std::process::Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(o)))
}

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

// ---- --with-entrances ----

fn entrance_mocks(server: &MockServer) -> Vec<httpmock::Mock<'_>> {
    let pairs = [
        (
            CRED,
            vec![
                entrance("e1111111-1111-1111-1111-111111111111", "Pool gate"),
                entrance("e2222222-2222-2222-2222-222222222222", "Lobby"),
            ],
        ),
        (CRED2, vec![]),
    ];
    pairs
        .into_iter()
        .map(|(id, es)| {
            server.mock(move |when, then| {
                when.method(POST)
                    .path("/acs/credentials/list_accessible_entrances")
                    .header("authorization", format!("Bearer {KEY}"))
                    .json_body(json!({"acs_credential_id": id}));
                then.status(200)
                    .json_body(json!({"acs_entrances": es, "ok": true}));
            })
        })
        .collect()
}

fn list_mock(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/list")
            .json_body(json!({"acs_user_id": USER}));
        then.status(200).json_body(json!({
            "acs_credentials": [
                credential(CRED, json!({"is_issued": true})),
                credential(CRED2, json!({"display_name": "Spare card", "access_method": "card", "code": null, "card_number": "0042"}))
            ],
            "pagination": {"has_next_page": false, "next_page_cursor": null},
            "ok": true
        }));
    })
}

#[test]
fn list_with_entrances_adds_acs_entrances_in_json() {
    let server = MockServer::start();
    let list = list_mock(&server);
    let entrances = entrance_mocks(&server);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--acs_user_id",
            USER,
            "--with-entrances",
            "--verbose",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_no_leak(&o);
    // Each call is numbered in the trace, so concurrent answers pair with their requests.
    let err = stderr(&o);
    for n in 1..=3 {
        assert_eq!(
            err.matches(&format!("< HTTP 200 [#{n}] ")).count(),
            1,
            "{err}"
        );
    }
    list.assert_calls(1);
    for m in &entrances {
        m.assert_calls(1);
    }
    let v = json_out(&o);
    let creds = v["acs_credentials"].as_array().unwrap();
    assert_eq!(creds.len(), 2);
    let names: Vec<&str> = creds[0]["acs_entrances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Pool gate", "Lobby"]);
    assert_eq!(creds[1]["acs_entrances"], json!([]));
    // Everything else is the API's, unchanged.
    assert_eq!(creds[0]["created_at"], "2024-02-01T00:00:00Z");
    assert_eq!(v["pagination"]["has_next_page"], false);
}

#[test]
fn list_with_entrances_in_ndjson() {
    let server = MockServer::start();
    list_mock(&server);
    entrance_mocks(&server);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--acs-user-id",
            USER,
            "--with_entrances",
            "--format",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["acs_entrances"].as_array().unwrap().len(), 2);
    assert_eq!(lines[1]["acs_entrances"], json!([]));
}

#[test]
fn list_with_entrances_adds_an_entrances_column() {
    let server = MockServer::start();
    list_mock(&server);
    entrance_mocks(&server);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--acs_user_id",
            USER,
            "--with-entrances",
            "--format",
            "table",
        ])
        .env("COLUMNS", "250")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let header = out.lines().find(|l| l.contains("ID")).unwrap();
    assert!(header.contains("ENTRANCES"), "{out}");
    // All rows share the owner (it was asked for with --acs_user_id): no USER column.
    assert!(!header.contains("USER"), "{out}");
    let row = |id: &str| {
        out.lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("no {id} in:\n{out}"))
            .to_string()
    };
    assert!(row(CRED).contains("Pool gate, Lobby"), "{out}");
    assert!(row(CRED2).contains("(none)"), "{out}");
    assert!(row(CRED2).contains("card 0042"), "{out}");
    assert!(row(CRED).contains("code 0123"), "{out}");
}

#[test]
fn list_without_with_entrances_makes_one_call() {
    let server = MockServer::start();
    let list = list_mock(&server);
    let entrances = entrance_mocks(&server);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--acs_user_id",
            USER,
            "--format",
            "table",
        ])
        .env("COLUMNS", "250")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    list.assert_calls(1);
    for m in &entrances {
        m.assert_calls(0);
    }
    assert!(!stdout(&o).contains("ENTRANCES"));
    assert!(json_out_opt(&o).is_none());
}

fn json_out_opt(o: &std::process::Output) -> Option<Value> {
    serde_json::from_slice(&o.stdout).ok()
}

#[test]
fn get_with_entrances_in_json_and_table() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/get")
            .json_body(json!({"acs_credential_id": CRED}));
        then.status(200)
            .json_body(json!({"acs_credential": credential(CRED, json!({})), "ok": true}));
    });
    let entrances = entrance_mocks(&server);
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
            "--with-entrances",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(
        v["acs_credential"]["acs_entrances"][1]["display_name"],
        "Lobby"
    );
    entrances[0].assert_calls(1);
    entrances[1].assert_calls(0);

    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
            "--with-entrances",
            "--format",
            "table",
        ])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    // The key/value view: an entrance per line, its name and its ID.
    let mut lines = out.lines().skip_while(|l| !l.starts_with("acs_entrances "));
    let first = lines.next().unwrap_or_else(|| panic!("{out}"));
    assert!(
        first.ends_with("Pool gate  e1111111-1111-1111-1111-111111111111"),
        "{out}"
    );
    let second = lines.next().unwrap_or_default();
    assert!(second.starts_with(' '), "{out}");
    assert!(
        second.ends_with("Lobby  e2222222-2222-2222-2222-222222222222"),
        "{out}"
    );
}

#[test]
fn with_entrances_failure_names_the_credential_and_prints_no_data() {
    let server = MockServer::start();
    list_mock(&server);
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list_accessible_entrances");
        then.status(404)
            .header("seam-request-id", "req_gone")
            .json_body(json!({"error": {"type": "acs_credential_not_found", "message": "Credential not found"}}));
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--acs_user_id",
            USER,
            "--with-entrances",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.contains("could not fetch the entrances of credential"),
        "{err}"
    );
    assert!(err.contains("acs_credential_not_found"), "{err}");
    assert!(err.contains("req_gone"), "{err}");
}

#[test]
fn with_entrances_only_on_list_and_get() {
    for verb in ["delete", "list-accessible-entrances", "update"] {
        let o = seam_bare()
            .args([
                "acs",
                "credentials",
                verb,
                "--acs_credential_id",
                CRED,
                "--with-entrances",
            ])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{verb}: {}", stderr(&o));
    }
}

// ---- derived state in tables ----

fn states_mock(server: &MockServer) {
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200).json_body(json!({
            "acs_credentials": [
                credential(CRED, json!({
                    "starts_at": "2024-03-01T10:40:00Z", "ends_at": "2024-03-04T10:40:00Z",
                    "is_issued": true
                })),
                credential(CRED2, json!({
                    "acs_user_id": "99999999-9999-9999-9999-999999999999",
                    "starts_at": "2024-03-05T10:40:00Z", "ends_at": "2024-03-08T10:40:00Z",
                    "is_issued": false,
                    "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Credential is\nwaiting to be issued.", "created_at": "2024-03-01T00:00:00Z"}]
                })),
                credential(CRED3, json!({
                    "starts_at": "2024-02-01T00:00:00Z", "ends_at": "2024-02-02T00:00:00Z",
                    "is_issued": true,
                    "errors": [{"error_code": "provider_rejected", "message": "The lock rejected the code.", "created_at": "2024-02-01T00:00:00Z"}],
                    "warnings": [{"warning_code": "being_deleted", "message": "Being deleted.", "created_at": "2024-02-01T00:00:00Z"}]
                }))
            ],
            "pagination": {"has_next_page": false},
            "ok": true
        }));
    });
}

/// The table's lines that belong to the row whose first cell holds `id` (a cell may span
/// several lines; a row's further lines start blank, where its ID column is).
fn row_text(out: &str, id: &str) -> String {
    let mut lines = out.lines().skip_while(|l| !l.contains(id));
    let mut text = lines
        .next()
        .unwrap_or_else(|| panic!("no {id} in:\n{out}"))
        .to_string();
    for l in lines.take_while(|l| l.starts_with(' ')) {
        text.push('\n');
        text.push_str(l);
    }
    text
}

fn table_at(now: &str, tz: &str) -> String {
    let server = MockServer::start();
    states_mock(&server);
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--format", "table"])
        .env("SEAM_NOW", now)
        .env("TZ", tz)
        .env("COLUMNS", "300")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn derived_states_at_fixed_clock_times() {
    let out = table_at("2024-03-02T00:00:00Z", "UTC");
    let header = out.lines().find(|l| l.contains("ID")).unwrap();
    for col in ["USER", "STATE", "ISSUED", "NOTES", "STARTS", "ENDS"] {
        assert!(header.contains(col), "{col}: {out}");
    }
    let (a, s, e) = (
        row_text(&out, CRED),
        row_text(&out, CRED2),
        row_text(&out, CRED3),
    );
    assert!(a.contains(" active ") && a.contains(" yes "), "{a}");
    assert!(s.contains(" scheduled ") && s.contains(" no "), "{s}");
    assert!(s.contains("warning: waiting_to_be_issued"), "{s}");
    assert!(e.contains(" expired "), "{e}");
    assert!(e.contains("error: provider_rejected"), "{e}");
    assert!(e.contains("warning: being_deleted"), "{e}");
    assert!(a.contains("2024-03-01 10:40 UTC"), "{a}");

    // The same credentials a week later: the first has ended, the second has begun.
    let later = table_at("2024-03-06T00:00:00Z", "UTC");
    assert!(row_text(&later, CRED).contains(" expired "), "{later}");
    assert!(row_text(&later, CRED2).contains(" active "), "{later}");
    // At the exact end time, a credential is expired; at the exact start, active.
    let edge = table_at("2024-03-04T10:40:00Z", "UTC");
    assert!(row_text(&edge, CRED).contains(" expired "), "{edge}");
    let edge = table_at("2024-03-05T10:40:00Z", "UTC");
    assert!(row_text(&edge, CRED2).contains(" active "), "{edge}");
}

#[test]
fn tables_show_local_time_and_json_keeps_utc() {
    let out = table_at("2024-03-02T00:00:00Z", "America/New_York");
    assert!(
        row_text(&out, CRED).contains("2024-03-01 05:40 EST"),
        "{out}"
    );
    let server = MockServer::start();
    states_mock(&server);
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list"])
        .env("TZ", "America/New_York")
        .output()
        .unwrap();
    assert_eq!(
        json_out(&o)["acs_credentials"][0]["starts_at"],
        "2024-03-01T10:40:00Z"
    );
}

#[test]
fn get_table_spells_out_state_warnings_and_errors() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/get");
        then.status(200).json_body(json!({"acs_credential": credential(CRED, json!({
            "starts_at": "2024-03-05T10:40:00Z",
            "is_issued": false,
            "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Credential is\n  waiting to be issued.", "created_at": "2024-03-01T00:00:00Z"}]
        })), "ok": true}));
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
            "--format",
            "table",
        ])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let line = |k: &str| {
        out.lines()
            .find(|l| l.contains(k))
            .unwrap_or_else(|| panic!("no {k}:\n{out}"))
            .to_string()
    };
    assert!(line("state ").contains("scheduled, not issued"), "{out}");
    assert!(
        line("warnings ").contains("waiting_to_be_issued: Credential is waiting to be issued."),
        "{out}"
    );
    assert!(line("errors ").contains("none"), "{out}");
    assert!(!out.contains("acs_entrances"), "{out}");
}

#[test]
fn bad_seam_now_is_a_usage_error() {
    let o = seam_bare()
        .env("SEAM_NOW", "yesterday")
        .args(["acs", "credentials", "list", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("SEAM_NOW"));
}

// ---- completions, man pages, reference ----

#[test]
fn completion_prints_the_committed_script_for_each_shell() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "seam.bash"),
        ("zsh", "_seam"),
        ("fish", "seam.fish"),
        ("powershell", "_seam.ps1"),
        ("elvish", "seam.elv"),
    ] {
        let o = seam_bare().args(["completion", shell]).output().unwrap();
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let committed = std::fs::read(root.join("completions").join(file)).unwrap_or_default();
        assert!(
            o.stdout == committed,
            "`seam completion {shell}` differs from completions/{file}; update with: {}",
            seam::generate::UPDATE_COMMAND
        );
    }
}

#[test]
fn completions_offer_enum_values_and_help_says_how_to_install() {
    let zsh = seam_bare().args(["completion", "zsh"]).output().unwrap();
    let zsh = stdout(&zsh);
    assert!(
        zsh.contains("(code card mobile_key cloud_key)"),
        "access_method values"
    );
    assert!(
        zsh.contains("(table wide json ndjson csv tsv)"),
        "format values"
    );
    assert!(!zsh.contains("__generate"));
    let fish = stdout(&seam_bare().args(["completion", "fish"]).output().unwrap());
    // clap_complete's fish script stops two levels down; seam adds the verbs' flags.
    let create = fish
        .lines()
        .find(|l| {
            l.contains("__fish_seen_subcommand_from create") && l.contains("-l access-method")
        })
        .unwrap_or_else(|| panic!("no --access-method rule for create in:\n{fish}"));
    assert!(
        create.contains("-a \"code card mobile_key cloud_key\""),
        "{create}"
    );
    let help = seam_bare().args(["completion", "--help"]).output().unwrap();
    let help = stdout(&help);
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        assert!(
            help.contains(&format!("seam completion {shell}")),
            "{shell}: {help}"
        );
    }
    let bad = seam_bare().args(["completion", "tcsh"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// Every file under `dir` (relative path -> bytes).
fn tree(root: &Path, dir: &str) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
        for e in entries.flatten() {
            if e.path().is_file() {
                let rel = Path::new(dir).join(e.file_name());
                out.insert(rel, std::fs::read(e.path()).unwrap());
            }
        }
    }
    out
}

#[test]
fn generated_files_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    // Through the CLI's own hidden command, into a temporary directory.
    let o = seam_bare()
        .args(["__generate"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut fresh = tree(tmp.path(), "completions");
    fresh.extend(tree(tmp.path(), "docs/man"));
    fresh.insert(
        "docs/reference.md".into(),
        std::fs::read(tmp.path().join("docs/reference.md")).unwrap(),
    );
    assert_eq!(
        fresh,
        seam::generate::files().unwrap(),
        "__generate and files() disagree"
    );

    let mut committed = tree(root, "completions");
    committed.extend(tree(root, "docs/man"));
    if let Ok(r) = std::fs::read(root.join("docs/reference.md")) {
        committed.insert("docs/reference.md".into(), r);
    }
    let mut problems = Vec::new();
    for (path, bytes) in &fresh {
        match committed.get(path) {
            None => problems.push(format!("missing: {}", path.display())),
            Some(old) if old != bytes => problems.push(format!("out of date: {}", path.display())),
            _ => {}
        }
    }
    for path in committed.keys() {
        if !fresh.contains_key(path) {
            problems.push(format!("stale (no such command): {}", path.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "generated files differ from the clap tree:\n  {}\nupdate them with:\n  {}\nand commit the result",
        problems.join("\n  "),
        seam::generate::UPDATE_COMMAND
    );
}

#[test]
fn every_command_has_a_man_page() {
    let files = seam::generate::files().unwrap();
    for page in [
        "seam.1",
        "seam-acs.1",
        "seam-acs-credentials.1",
        "seam-acs-credentials-create.1",
        "seam-acs-credentials-list-accessible-entrances.1",
        "seam-completion.1",
    ] {
        let path = Path::new("docs/man").join(page);
        let text = String::from_utf8(files[&path].clone()).unwrap();
        assert!(text.starts_with(".ie"), "{page} is not roff");
        assert!(text.contains(".SH NAME"), "{page}");
    }
    let create =
        String::from_utf8(files[Path::new("docs/man/seam-acs-credentials-create.1")].clone())
            .unwrap();
    assert!(create.contains("mobile_key"), "enum values in the man page");
    assert!(create.contains("824759"), "examples in the man page");
}

#[test]
fn reference_lists_every_flag_type_and_example() {
    let reference =
        String::from_utf8(seam::generate::files().unwrap()[Path::new("docs/reference.md")].clone())
            .unwrap();
    for v in seam::commands::acs::credentials::VERBS {
        let head = format!("## seam acs credentials {}\n", v.name);
        let start = reference.find(&head).unwrap_or_else(|| panic!("no {head}"));
        let rest = &reference[start + head.len()..];
        let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
        for p in v.params {
            let row = section
                .lines()
                .find(|l| l.contains(&format!("| `{}` |", p.name)))
                .unwrap_or_else(|| panic!("no row for {} {}", v.name, p.name));
            assert!(
                row.contains(&format!("| {} |", p.kind.type_name())),
                "{row}"
            );
            assert!(
                row.contains(if p.required { "| yes |" } else { "| no |" }),
                "{row}"
            );
            assert!(
                row.contains(&p.kind.accepted().replace('|', "\\|")),
                "{row}"
            );
        }
        for (_, example) in v.examples {
            assert!(section.contains(example), "{example}");
        }
    }
    for needle in [
        "`--dry-run`",
        "`--with-entrances`",
        "acs_entrances",
        "SEAM_NOW",
        "one of `bash`",
    ] {
        assert!(reference.contains(needle), "{needle}");
    }
}

// ---- exact tables ----

/// Three credentials of one owner: active with a two-word name, scheduled with a long name and
/// a warning, expired with an error and a warning.
fn exact_mock(server: &MockServer) {
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200).json_body(json!({
            "acs_credentials": [
                credential(CRED, json!({
                    "starts_at": "2024-03-01T10:40:00Z", "ends_at": "2024-03-04T10:40:00Z",
                    "is_issued": true
                })),
                credential(CRED2, json!({
                    "display_name": "Spare card for the back office",
                    "access_method": "card", "code": null, "card_number": "0042",
                    "starts_at": "2024-03-05T10:40:00Z",
                    "is_issued": false,
                    "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Waiting.", "created_at": "2024-03-01T00:00:00Z"}]
                })),
                credential(CRED3, json!({
                    "display_name": "Old code", "code": "4455",
                    "ends_at": "2024-02-02T00:00:00Z",
                    "is_issued": true,
                    "errors": [{"error_code": "provider_rejected", "message": "Rejected.", "created_at": "2024-02-01T00:00:00Z"}],
                    "warnings": [{"warning_code": "being_deleted", "message": "Being deleted.", "created_at": "2024-02-01T00:00:00Z"}]
                }))
            ],
            "pagination": {"has_next_page": false},
            "ok": true
        }));
    });
}

fn table_out(server: &MockServer, args: &[&str], columns: &str) -> String {
    let o = seam(&server.base_url())
        .args(["acs", "credentials"])
        .args(args)
        .args(["--format", "table"])
        .env("COLUMNS", columns)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// An expected table written as a raw string that starts on the line after its quote.
fn table(s: &str) -> &str {
    s.strip_prefix('\n').unwrap_or(s)
}

fn list_table(columns: &str) -> String {
    let server = MockServer::start();
    exact_mock(&server);
    table_out(&server, &["list", "--acs_user_id", USER], columns)
}

#[test]
fn list_table_at_80_columns() {
    // A line per row within 80 columns: IDs as unique prefixes, long cells cut with an
    // ellipsis, the lowest-priority columns (STARTS, ISSUED, W/E) left out.
    let want = table(
        r#"
ID        NAME          ACCESS     ENDS                  STATE      NOTES
────────  ────────────  ─────────  ────────────────────  ─────────  ────────────
66666666  Pool gate c…  code 0123  2024-03-04 10:40 UTC  active
77777777  Spare card …  card 0042                        scheduled  warning: wa…
88888888  Old code      code 4455  2024-02-02 00:00 UTC  expired    error: prov…
"#,
    );
    let out = list_table("80");
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert_eq!(out, want);
}

#[test]
fn list_table_at_120_columns() {
    let want = table(
        r#"
ID        NAME             ACCESS     STARTS                ENDS                  STATE      ISSUED  W/E  NOTES
────────  ───────────────  ─────────  ────────────────────  ────────────────────  ─────────  ──────  ───  ──────────────
66666666  Pool gate code   code 0123  2024-03-01 10:40 UTC  2024-03-04 10:40 UTC  active     yes     0/0
77777777  Spare card for…  card 0042  2024-03-05 10:40 UTC                        scheduled  no      1/0  warning: wait…
88888888  Old code         code 4455                        2024-02-02 00:00 UTC  expired    yes     1/1  error: provid…
"#,
    );
    let out = list_table("120");
    assert!(out.lines().all(|l| l.chars().count() <= 120), "{out}");
    assert_eq!(out, want);
}

#[test]
fn list_table_at_200_columns() {
    let want = table(
        r#"
ID                                    NAME                            ACCESS     STARTS                ENDS                  STATE      ISSUED  W/E  NOTES
────────────────────────────────────  ──────────────────────────────  ─────────  ────────────────────  ────────────────────  ─────────  ──────  ───  ────────────────────────────────────────────────
66666666-6666-6666-6666-666666666666  Pool gate code                  code 0123  2024-03-01 10:40 UTC  2024-03-04 10:40 UTC  active     yes     0/0
77777777-7777-7777-7777-777777777777  Spare card for the back office  card 0042  2024-03-05 10:40 UTC                        scheduled  no      1/0  warning: waiting_to_be_issued
88888888-8888-8888-8888-888888888888  Old code                        code 4455                        2024-02-02 00:00 UTC  expired    yes     1/1  error: provider_rejected; warning: being_deleted
"#,
    );
    assert_eq!(list_table("200"), want);
}

#[test]
fn list_table_shows_user_when_owners_differ() {
    let out = table_at("2024-03-02T00:00:00Z", "UTC");
    let want = table(
        r#"
ID                                    USER                                  NAME            ACCESS     STARTS                ENDS                  STATE      ISSUED  W/E  NOTES
────────────────────────────────────  ────────────────────────────────────  ──────────────  ─────────  ────────────────────  ────────────────────  ─────────  ──────  ───  ────────────────────────────────────────────────
66666666-6666-6666-6666-666666666666  33333333-3333-3333-3333-333333333333  Pool gate code  code 0123  2024-03-01 10:40 UTC  2024-03-04 10:40 UTC  active     yes     0/0
77777777-7777-7777-7777-777777777777  99999999-9999-9999-9999-999999999999  Pool gate code  code 0123  2024-03-05 10:40 UTC  2024-03-08 10:40 UTC  scheduled  no      1/0  warning: waiting_to_be_issued
88888888-8888-8888-8888-888888888888  33333333-3333-3333-3333-333333333333  Pool gate code  code 0123  2024-02-01 00:00 UTC  2024-02-02 00:00 UTC  expired    yes     1/1  error: provider_rejected; warning: being_deleted
"#,
    );
    assert_eq!(out, want);
}

#[test]
fn get_table_exact() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/get");
        then.status(200).json_body(json!({"acs_credential": credential(CRED, json!({
            "starts_at": "2024-03-05T10:40:00Z",
            "is_issued": false,
            "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Credential is waiting to be issued.", "created_at": "2024-03-01T00:00:00Z"}]
        })), "ok": true}));
    });
    let out = table_out(&server, &["get", "--acs_credential_id", CRED], "100");
    let want = table(
        r#"
state                 scheduled, not issued
acs_credential_id     66666666-6666-6666-6666-666666666666
display_name          Pool gate code
access_method         code
code                  0123
acs_user_id           33333333-3333-3333-3333-333333333333
acs_system_id         11111111-1111-1111-1111-111111111111
starts_at             2024-03-05 10:40 UTC
is_issued             false
connected_account_id  22222222-2222-2222-2222-222222222222
workspace_id          44444444-4444-4444-4444-444444444444
created_at            2024-02-01 00:00 UTC
is_managed            true
warnings              waiting_to_be_issued: Credential is waiting to be issued.
errors                none
"#,
    );
    assert_eq!(out, want);
}

#[test]
fn entrances_table_exact() {
    let server = MockServer::start();
    entrance_mocks(&server);
    let out = table_out(
        &server,
        &["list-accessible-entrances", "--acs_credential_id", CRED],
        "120",
    );
    let want = table(
        r#"
ID                                    NAME       ACS SYSTEM                            LOCKED  OPENS WITH  W/E  NOTES
────────────────────────────────────  ─────────  ────────────────────────────────────  ──────  ──────────  ───  ─────
e1111111-1111-1111-1111-111111111111  Pool gate  11111111-1111-1111-1111-111111111111                      0/0
e2222222-2222-2222-2222-222222222222  Lobby      11111111-1111-1111-1111-111111111111                      0/0
"#,
    );
    assert_eq!(out, want);
}

/// Text from the API cannot drive the terminal: control characters in any cell show as
/// visible escapes, line breaks in a one-line field as spaces; JSON output is untouched.
#[test]
fn control_characters_from_the_api_are_escaped_in_tables() {
    let hostile = json!({
        "display_name": "Evil\u{1b}[31mred\u{1b}[0m\r\nline\u{7}",
        "code": "12\u{1b}]0;title\u{7}34",
        "warnings": [{"warning_code": "w\u{1b}[2J", "message": "clear\u{1b}[2J screen"}]
    });
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200).json_body(json!({
            "acs_credentials": [credential(CRED, hostile.clone())],
            "pagination": {"has_next_page": false},
            "ok": true
        }));
    });
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/get");
        then.status(200)
            .json_body(json!({"acs_credential": credential(CRED, hostile.clone()), "ok": true}));
    });
    for args in [vec!["list"], vec!["get", "--acs_credential_id", CRED]] {
        let out = table_out(&server, &args, "300");
        for c in out.chars() {
            assert!(c == '\n' || !c.is_control(), "{c:?} in {out}");
        }
        assert!(out.contains(r"Evil\x1b[31mred\x1b[0m"), "{out}");
        assert!(out.contains(r"12\x1b]0;title\x0734"), "{out}");
    }
    // The detail table shows the warning message on its line, escaped.
    let out = table_out(&server, &["get", "--acs_credential_id", CRED], "300");
    assert!(out.contains(r"w\x1b[2J: clear\x1b[2J screen"), "{out}");
    // JSON is the API's bytes, escapes and all.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED])
        .output()
        .unwrap();
    assert_eq!(
        json_out(&o)["acs_credential"]["display_name"],
        hostile["display_name"]
    );
}
