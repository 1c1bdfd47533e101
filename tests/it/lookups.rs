//! Issue 11, lookup commands: `seam acs systems|users|entrances list|get` and
//! `seam user-identities list|get`, read-only, through the same machinery as the credential
//! verbs: the exact request, table/json/ndjson output, `--all` across pages, API errors and
//! exit codes, retries as reads, `--verbose` and `--dry-run`.

use crate::support::{assert_no_leak, seam, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};

const SYSTEM_ID: &str = "11111111-1111-1111-1111-111111111111";
const IDENTITY_ID: &str = "22222222-2222-2222-2222-222222222222";
const USER_ID: &str = "33333333-3333-3333-3333-333333333333";
const ACCOUNT_ID: &str = "44444444-4444-4444-4444-444444444444";
const ENTRANCE_ID: &str = "55555555-5555-5555-5555-555555555555";
const CRED_ID: &str = "66666666-6666-6666-6666-666666666666";

fn system() -> Value {
    json!({
        "acs_system_id": SYSTEM_ID,
        "name": "Lobby Salto",
        "external_type": "salto_ks_site",
        "external_type_display_name": "Salto KS site",
        "is_credential_manager": false,
        "connected_account_id": ACCOUNT_ID,
        "connected_account_ids": [ACCOUNT_ID],
        "created_at": "2024-01-01T00:00:00Z",
        "workspace_id": "00000000-0000-0000-0000-000000000000",
        "image_url": "https://connect.getseam.com/assets/images/acs_systems/salto.png",
        "image_alt_text": "Salto",
        "location": {"time_zone": "Europe/Paris"},
        "errors": [],
        "warnings": [{"warning_code": "salto_ks_subscription_limit_almost_reached", "message": "Almost full.", "created_at": "2024-01-02T00:00:00Z"}]
    })
}

fn user(n: usize) -> Value {
    json!({
        "acs_user_id": format!("33333333-3333-3333-3333-{n:012}"),
        "acs_system_id": SYSTEM_ID,
        "display_name": format!("Jane Doe {n}"),
        "full_name": format!("Jane Doe {n}"),
        "email_address": format!("jane{n}@example.com"),
        "phone_number": "+15555550100",
        "is_suspended": false,
        "user_identity_id": IDENTITY_ID,
        "connected_account_id": ACCOUNT_ID,
        "workspace_id": "00000000-0000-0000-0000-000000000000",
        "created_at": "2024-01-01T00:00:00Z",
        "last_successful_sync_at": null,
        "is_managed": true,
        "errors": [],
        "warnings": []
    })
}

fn entrance(n: usize) -> Value {
    json!({
        "acs_entrance_id": format!("55555555-5555-5555-5555-{n:012}"),
        "acs_system_id": SYSTEM_ID,
        "display_name": format!("Door {n}"),
        "connected_account_id": ACCOUNT_ID,
        "space_ids": [],
        "created_at": "2024-01-01T00:00:00Z",
        "can_unlock_with_code": true,
        "errors": [],
        "warnings": []
    })
}

fn identity(n: usize) -> Value {
    json!({
        "user_identity_id": format!("22222222-2222-2222-2222-{n:012}"),
        "user_identity_key": format!("key-{n}"),
        "display_name": format!("Jane {n}"),
        "full_name": null,
        "email_address": format!("jane{n}@example.com"),
        "phone_number": null,
        "acs_user_ids": [USER_ID],
        "created_at": "2024-01-01T00:00:00Z",
        "workspace_id": "00000000-0000-0000-0000-000000000000",
        "errors": [],
        "warnings": []
    })
}

fn ok(v: Value) -> Value {
    let mut v = v;
    if let Value::Object(m) = &mut v {
        m.insert("ok".into(), json!(true));
    }
    v
}

fn last_page() -> Value {
    json!({"has_next_page": false, "next_page_cursor": null, "next_page_url": null})
}

/// A mock of `path` that answers `reply` only to exactly `body`, with the standard headers.
fn expect<'a>(server: &'a MockServer, path: &str, body: Value, reply: Value) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        when.method(POST)
            .path(path.to_string())
            .header("authorization", format!("Bearer {KEY}"))
            .header("content-type", "application/json")
            .json_body(body);
        then.status(200)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_lookup")
            .json_body(reply);
    })
}

fn json_out(o: &std::process::Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(o)))
}

/// The body minus `ok`, as `--format json` prints it.
fn minus_ok(v: &Value) -> Value {
    let mut m = v.as_object().cloned().unwrap_or_default();
    m.shift_remove("ok");
    Value::Object(m)
}

/// Each verb: the command line, the body it must send, and the answer.
fn cases() -> Vec<(Vec<&'static str>, &'static str, Value, Value)> {
    vec![
        (
            vec![
                "acs",
                "systems",
                "list",
                "--connected-account-id",
                ACCOUNT_ID,
                "--customer_key",
                "cust-1",
                "--search",
                "Lobby",
            ],
            "/acs/systems/list",
            json!({"connected_account_id": ACCOUNT_ID, "customer_key": "cust-1", "search": "Lobby"}),
            ok(json!({"acs_systems": [system()]})),
        ),
        (
            vec!["acs", "systems", "get", "--acs_system_id", SYSTEM_ID],
            "/acs/systems/get",
            json!({"acs_system_id": SYSTEM_ID}),
            ok(json!({"acs_system": system()})),
        ),
        (
            vec![
                "acs",
                "users",
                "list",
                "--acs_system_id",
                SYSTEM_ID,
                "--user-identity-id",
                IDENTITY_ID,
                "--user_identity_email_address",
                "jane@example.com",
                "--user-identity-phone-number",
                "+15555550100",
                "--search",
                "jane",
                "--created-before",
                "2024-03-01T10:40:00Z",
                "--limit",
                "50",
                "--page-cursor",
                "abc",
            ],
            "/acs/users/list",
            json!({
                "acs_system_id": SYSTEM_ID,
                "user_identity_id": IDENTITY_ID,
                "user_identity_email_address": "jane@example.com",
                "user_identity_phone_number": "+15555550100",
                "search": "jane",
                "created_before": "2024-03-01T10:40:00Z",
                "limit": 50,
                "page_cursor": "abc"
            }),
            ok(json!({"acs_users": [user(1), user(2)], "pagination": last_page()})),
        ),
        (
            vec![
                "acs",
                "users",
                "get",
                "--user_identity_id",
                IDENTITY_ID,
                "--acs-system-id",
                SYSTEM_ID,
            ],
            "/acs/users/get",
            json!({"user_identity_id": IDENTITY_ID, "acs_system_id": SYSTEM_ID}),
            ok(json!({"acs_user": user(1)})),
        ),
        (
            vec![
                "acs",
                "entrances",
                "list",
                "--acs_system_id",
                SYSTEM_ID,
                "--acs-credential-id",
                CRED_ID,
                "--acs_entrance_ids",
                "55555555-5555-5555-5555-000000000001,55555555-5555-5555-5555-000000000002",
                "--space-id",
                ACCOUNT_ID,
                "--search",
                "Door",
                "--limit",
                "900",
            ],
            "/acs/entrances/list",
            json!({
                "acs_system_id": SYSTEM_ID,
                "acs_credential_id": CRED_ID,
                "acs_entrance_ids": ["55555555-5555-5555-5555-000000000001", "55555555-5555-5555-5555-000000000002"],
                "space_id": ACCOUNT_ID,
                "search": "Door",
                "limit": 900
            }),
            ok(json!({"acs_entrances": [entrance(1)], "pagination": last_page()})),
        ),
        (
            vec!["acs", "entrances", "get", "--acs-entrance-id", ENTRANCE_ID],
            "/acs/entrances/get",
            json!({"acs_entrance_id": ENTRANCE_ID}),
            ok(json!({"acs_entrance": entrance(1)})),
        ),
        (
            vec![
                "user-identities",
                "list",
                "--search",
                "",
                "--user_identity_ids",
                IDENTITY_ID,
                "--credential-manager-acs-system-id",
                SYSTEM_ID,
                "--limit",
                "1",
            ],
            "/user_identities/list",
            json!({"search": "", "user_identity_ids": [IDENTITY_ID], "credential_manager_acs_system_id": SYSTEM_ID, "limit": 1}),
            ok(json!({"user_identities": [identity(1)], "pagination": last_page()})),
        ),
        (
            vec!["user-identities", "get", "--user_identity_key", "key-1"],
            "/user_identities/get",
            json!({"user_identity_key": "key-1"}),
            ok(json!({"user_identity": identity(1)})),
        ),
    ]
}

#[test]
fn every_lookup_verb_sends_its_body_and_prints_the_answer() {
    let server = MockServer::start();
    for (args, path, body, reply) in cases() {
        let mock = expect(&server, path, body.clone(), reply.clone());
        let out = seam(&server.base_url()).args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        mock.assert_calls(1);
        // Piped: JSON, the whole answer minus `ok`, in the API's order.
        assert_eq!(
            stdout(&out),
            format!(
                "{}\n",
                serde_json::to_string_pretty(&minus_ok(&reply)).expect("json")
            ),
            "{args:?}"
        );
        assert_no_leak(&out);
        // ndjson: one line per item of a list, one line for a get.
        let out = seam(&server.base_url())
            .args(&args)
            .args(["--format", "ndjson"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let lines: Vec<Value> = stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        let key = reply
            .as_object()
            .and_then(|m| m.keys().find(|k| *k != "ok" && *k != "pagination"))
            .cloned()
            .unwrap_or_default();
        let want: Vec<Value> = match &reply[&key] {
            Value::Array(items) => items.clone(),
            one => vec![one.clone()],
        };
        assert_eq!(lines, want, "{args:?}");
        mock.assert_calls(2);
        let mut mock = mock;
        mock.delete();
    }
}

#[test]
fn tables_show_the_useful_fields_of_each_kind() {
    let server = MockServer::start();
    let table = |args: &[&str]| {
        let out = seam(&server.base_url())
            .args(args)
            .args(["--format", "table"])
            .env("COLUMNS", "200")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let _s = expect(
        &server,
        "/acs/systems/list",
        json!({}),
        ok(json!({"acs_systems": [system()]})),
    );
    let s = table(&["acs", "systems", "list"]);
    for want in [
        "ID",
        "NAME",
        "TYPE",
        SYSTEM_ID,
        "Lobby Salto",
        "Salto KS site",
        "no",
        "1/0",
    ] {
        assert!(s.contains(want), "systems table lacks {want}:\n{s}");
    }
    let _u = expect(
        &server,
        "/acs/users/list",
        json!({"acs_system_id": SYSTEM_ID}),
        ok(json!({"acs_users": [user(1), user(2)], "pagination": last_page()})),
    );
    let s = table(&["acs", "users", "list", "--acs-system-id", SYSTEM_ID]);
    for want in [
        "EMAIL",
        "PHONE",
        "33333333-3333-3333-3333-000000000001",
        "Jane Doe 2",
        "jane1@example.com",
        "+15555550100",
    ] {
        assert!(s.contains(want), "users table lacks {want}:\n{s}");
    }
    assert_eq!(s.lines().count(), 4, "header, rule, two rows:\n{s}");
    let _e = expect(
        &server,
        "/acs/entrances/list",
        json!({}),
        ok(json!({"acs_entrances": [entrance(7)], "pagination": last_page()})),
    );
    let s = table(&["acs", "entrances", "list"]);
    for want in ["Door 7", "55555555-5555-5555-5555-000000000007", "code"] {
        assert!(s.contains(want), "entrances table lacks {want}:\n{s}");
    }
    let _i = expect(
        &server,
        "/user_identities/list",
        json!({}),
        ok(json!({"user_identities": [identity(3)], "pagination": last_page()})),
    );
    let s = table(&["user-identities", "list"]);
    for want in [
        "ACS USERS",
        "Jane 3",
        "jane3@example.com",
        "22222222-2222-2222-2222-000000000003",
    ] {
        assert!(s.contains(want), "identities table lacks {want}:\n{s}");
    }
    // get: key/value lines, the ID first, times in the local zone, warnings spelled out.
    let _g = expect(
        &server,
        "/acs/systems/get",
        json!({"acs_system_id": SYSTEM_ID}),
        ok(json!({"acs_system": system()})),
    );
    let s = table(&["acs", "systems", "get", "--acs-system-id", SYSTEM_ID]);
    for want in [
        "acs_system_id ",
        "2024-01-01 00:00 UTC",
        "Europe/Paris",
        "salto_ks_subscription_limit_almost_reached: Almost full.",
        "errors",
        "none",
    ] {
        assert!(s.contains(want), "system detail lacks {want}:\n{s}");
    }
    let id = s.find(SYSTEM_ID).expect("id shown");
    assert!(id < s.find("workspace_id").expect("workspace shown"), "{s}");
}

#[test]
fn empty_lists_say_so_on_stderr() {
    let server = MockServer::start();
    let _m = expect(
        &server,
        "/acs/users/list",
        json!({}),
        ok(json!({"acs_users": [], "pagination": last_page()})),
    );
    let out = seam(&server.base_url())
        .args(["acs", "users", "list", "--format", "table"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("No users."), "{}", stderr(&out));
}

/// A paged lookup: its command words, path, list key and item maker.
type Paged = (
    &'static [&'static str],
    &'static str,
    &'static str,
    fn(usize) -> Value,
);

/// Three pages (two, two and one items): `--all` sends the same filters with each cursor and
/// streams every item, in every format.
#[test]
fn all_follows_the_pages_of_every_paged_lookup() {
    let paged: [Paged; 3] = [
        (
            &["acs", "users", "list"],
            "/acs/users/list",
            "acs_users",
            user,
        ),
        (
            &["acs", "entrances", "list"],
            "/acs/entrances/list",
            "acs_entrances",
            entrance,
        ),
        (
            &["user-identities", "list"],
            "/user_identities/list",
            "user_identities",
            identity,
        ),
    ];
    for (words, path, key, item) in paged {
        let server = MockServer::start();
        let filter = json!({"created_before": "2030-01-01T00:00:00Z", "limit": 2});
        let filter = if key == "acs_entrances" {
            json!({"acs_system_id": SYSTEM_ID, "limit": 2})
        } else {
            filter
        };
        let flags: Vec<String> = filter
            .as_object()
            .into_iter()
            .flatten()
            .flat_map(|(k, v)| {
                [
                    format!("--{k}"),
                    v.as_str().map_or(v.to_string(), String::from),
                ]
            })
            .collect();
        let with = |cursor: Option<&str>| {
            let mut b = filter.clone();
            if let (Some(c), Value::Object(m)) = (cursor, &mut b) {
                m.insert("page_cursor".into(), json!(c));
            }
            b
        };
        let page = |items: Vec<Value>, next: Option<&str>| {
            ok(json!({
                key: items,
                "pagination": {"has_next_page": next.is_some(), "next_page_cursor": next, "next_page_url": null}
            }))
        };
        let p1 = expect(
            &server,
            path,
            with(None),
            page(vec![item(1), item(2)], Some("c2")),
        );
        let p2 = expect(
            &server,
            path,
            with(Some("c2")),
            page(vec![item(3), item(4)], Some("c4")),
        );
        let p3 = expect(&server, path, with(Some("c4")), page(vec![item(5)], None));
        let run = |format: &str| {
            let out = seam(&server.base_url())
                .args(words)
                .args(&flags)
                .args(["--all", "--format", format])
                .env("COLUMNS", "250")
                .output()
                .expect("runs");
            assert_eq!(
                out.status.code(),
                Some(0),
                "{path} {format}: {}",
                stderr(&out)
            );
            assert_no_leak(&out);
            stdout(&out)
        };
        let all: Vec<Value> = (1..=5).map(item).collect();
        let doc: Value = serde_json::from_str(&run("json")).expect("one JSON document");
        assert_eq!(doc, json!({ key: all.clone() }), "{path}");
        let lines: Vec<Value> = run("ndjson")
            .lines()
            .map(|l| serde_json::from_str(l).expect("line"))
            .collect();
        assert_eq!(lines, all, "{path}");
        let table = run("table");
        assert_eq!(
            table.matches("ID ").count(),
            3,
            "a table per page:\n{table}"
        );
        for it in &all {
            let id = it
                .as_object()
                .and_then(|m| m.iter().find(|(k, _)| k.ends_with("_id")))
                .and_then(|(_, v)| v.as_str())
                .unwrap_or_default();
            assert!(table.contains(id), "{path}: {id} missing:\n{table}");
        }
        p1.assert_calls(3);
        p2.assert_calls(3);
        p3.assert_calls(3);
    }
}

#[test]
fn systems_list_has_no_pages_so_no_all() {
    let out = seam("http://127.0.0.1:9")
        .args(["acs", "systems", "list", "--all"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--all"), "{}", stderr(&out));
    let help = seam("http://127.0.0.1:9")
        .args(["acs", "systems", "list", "--help"])
        .output()
        .expect("runs");
    assert!(!stdout(&help).contains("--all "), "{}", stdout(&help));
    assert!(!stdout(&help).contains("--limit"), "{}", stdout(&help));
}

#[test]
fn validation_errors_exit_2_and_send_nothing() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({"ok": true}));
    });
    for (args, want) in [
        (
            vec!["acs", "users", "get"],
            "give exactly one of --acs-user-id or --user-identity-id: none was given",
        ),
        (
            vec![
                "acs",
                "users",
                "get",
                "--acs-user-id",
                USER_ID,
                "--user-identity-id",
                IDENTITY_ID,
            ],
            "both were given",
        ),
        (
            vec!["user-identities", "get"],
            "give exactly one of --user-identity-id or --user-identity-key: none was given",
        ),
        (
            vec![
                "user-identities",
                "get",
                "--user-identity-id",
                IDENTITY_ID,
                "--user-identity-key",
                "k",
            ],
            "both were given",
        ),
        (
            vec!["acs", "systems", "get"],
            "missing required --acs-system-id",
        ),
        (
            vec!["acs", "entrances", "get"],
            "missing required --acs-entrance-id",
        ),
        (
            vec!["acs", "entrances", "get", "--acs-entrance-id", "nope"],
            "invalid value 'nope' for --acs-entrance-id",
        ),
        (
            vec!["acs", "users", "list", "--limit", "0"],
            "expected a whole number, 1 or more",
        ),
        (
            vec!["acs", "entrances", "list", "--limit", "2.5"],
            "expected a whole number, 1 or more",
        ),
        (
            vec!["acs", "users", "list", "--search", ""],
            "expected a non-empty string",
        ),
        (
            vec!["acs", "systems", "list", "--search", ""],
            "expected a non-empty string",
        ),
        (
            vec!["acs", "entrances", "list", "--acs-entrance-ids", "x,y"],
            "every item to be a UUID",
        ),
        (
            vec!["acs", "users", "list", "--data", "{\"acs_system\": \"x\"}"],
            "did you mean \"acs_system_id\"",
        ),
    ] {
        let out = seam(&server.base_url()).args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{args:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "{args:?}");
    }
    any.assert_calls(0);
}

#[test]
fn api_errors_map_to_exit_codes() {
    let server = MockServer::start();
    let nf = server.mock(|when, then| {
        when.method(POST).path("/acs/users/get");
        then.status(404)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_nf")
            .json_body(json!({"error": {"type": "acs_user_not_found", "message": "ACS user not found"}, "ok": false}));
    });
    let out = seam(&server.base_url())
        .args(["acs", "users", "get", "--acs-user-id", USER_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("acs_user_not_found") && err.contains("ACS user not found"),
        "{err}"
    );
    assert!(err.contains("req_nf"), "request id shown: {err}");
    assert!(crate::shape::no_data_on_stdout(&out), "{}", stdout(&out));
    nf.assert_calls(1);

    let unauth = server.mock(|when, then| {
        when.method(POST).path("/user_identities/list");
        then.status(401)
            .header("content-type", "application/json")
            .json_body(
                json!({"error": {"type": "unauthorized", "message": "Unauthorized"}, "ok": false}),
            );
    });
    let out = seam(&server.base_url())
        .args(["user-identities", "list"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_no_leak(&out);
    unauth.assert_calls(1);

    // An answer without the promised key is an error, not an empty table.
    let odd = server.mock(|when, then| {
        when.method(POST).path("/acs/systems/get");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"acs_systems": [], "ok": true}));
    });
    let out = seam(&server.base_url())
        .args(["acs", "systems", "get", "--acs-system-id", SYSTEM_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no \"acs_system\""),
        "{}",
        stderr(&out)
    );
    odd.assert_calls(1);
}

/// Lookups are reads: a 503 is retried (a change would not be), up to --max-retries.
#[test]
fn lookups_are_retried_as_reads() {
    let server = MockServer::start();
    let busy = server.mock(|when, then| {
        when.method(POST).path("/acs/entrances/list");
        then.status(503)
            .header("retry-after", "0")
            .header("content-type", "application/json")
            .json_body(
                json!({"error": {"type": "service_unavailable", "message": "Busy"}, "ok": false}),
            );
    });
    let out = seam(&server.base_url())
        .args(["acs", "entrances", "list", "--max-retries", "2", "-v"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    busy.assert_calls(3);
    assert!(stderr(&out).contains("retrying"), "{}", stderr(&out));
}

#[test]
fn verbose_traces_the_request_with_the_token_masked() {
    let server = MockServer::start();
    let _m = expect(
        &server,
        "/acs/systems/list",
        json!({"search": "Lobby"}),
        ok(json!({"acs_systems": [system()]})),
    );
    let out = seam(&server.base_url())
        .args(["acs", "systems", "list", "--search", "Lobby", "--verbose"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("/acs/systems/list"), "{err}");
    assert!(err.contains("200"), "{err}");
    assert_no_leak(&out);
    assert_eq!(json_out(&out)["acs_systems"][0]["name"], "Lobby Salto");
}

#[test]
fn dry_run_shows_the_request_and_sends_nothing() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({"ok": true}));
    });
    for args in [
        vec![
            "acs",
            "users",
            "list",
            "--acs-system-id",
            SYSTEM_ID,
            "--all",
            "--limit",
            "10",
        ],
        vec!["user-identities", "get", "--user-identity-id", IDENTITY_ID],
        vec!["acs", "systems", "list"],
    ] {
        let out = seam(&server.base_url())
            .args(&args)
            .arg("--dry-run")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let shown = format!("{}{}", stdout(&out), stderr(&out));
        assert!(shown.contains("POST "), "{args:?}: {shown}");
        assert_no_leak(&out);
    }
    let out = seam(&server.base_url())
        .args([
            "acs",
            "users",
            "list",
            "--acs-system-id",
            SYSTEM_ID,
            "--dry-run",
        ])
        .output()
        .expect("runs");
    let shown = format!("{}{}", stdout(&out), stderr(&out));
    assert!(shown.contains("/acs/users/list"), "{shown}");
    assert!(shown.contains(SYSTEM_ID), "{shown}");
    any.assert_calls(0);
}

#[test]
fn help_lists_the_lookup_commands_their_filters_and_examples() {
    let run = |args: &[&str]| {
        let out = seam("http://127.0.0.1:9")
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let acs = run(&["acs", "--help"]);
    for want in ["credentials", "entrances", "systems", "users"] {
        assert!(acs.contains(want), "{acs}");
    }
    assert!(run(&["--help"]).contains("user-identities"));
    let h = run(&["acs", "users", "list", "--help"]);
    for want in [
        "--acs-system-id <UUID>",
        "--user-identity-id <UUID>",
        "--user-identity-email-address <TEXT>",
        "--search <TEXT>",
        "--limit <INTEGER>",
        "--all",
        "seam acs users list --acs_system_id 11111111-1111-1111-1111-111111111111",
    ] {
        assert!(h.contains(want), "users list help lacks {want}:\n{h}");
    }
    let h = run(&["acs", "entrances", "list", "--help"]);
    assert!(h.contains("(deprecated: use --space-id)"), "{h}");
    let h = run(&["user-identities", "get", "--help"]);
    assert!(h.contains("--user-identity-key <TEXT>"), "{h}");
}
