//! Issue 2: every verb sends the exact request and prints the exact output; every validation
//! error is caught before sending; every exit code.

use crate::support::{assert_no_leak, seam, seam_bare, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};

const CRED_ID: &str = "66666666-6666-6666-6666-666666666666";
const USER_ID: &str = "33333333-3333-3333-3333-333333333333";
const IDENTITY_ID: &str = "22222222-2222-2222-2222-222222222222";
const SYSTEM_ID: &str = "88888888-8888-8888-8888-888888888888";
const E1: &str = "55555555-5555-5555-5555-555555555555";
const E2: &str = "55555555-5555-5555-5555-000000000000";

/// A credential as the API returns it (every field the resource page shows).
fn credential() -> Value {
    json!({
        "acs_credential_id": CRED_ID,
        "acs_user_id": USER_ID,
        "display_name": "Multi Phone Sync Credential",
        "code": null,
        "acs_system_id": SYSTEM_ID,
        "access_method": "mobile_key",
        "connected_account_id": "44444444-4444-4444-4444-444444444444",
        "workspace_id": "00000000-0000-0000-0000-000000000000",
        "created_at": "2024-04-12T03:56:22.396Z",
        "starts_at": "2024-03-01T10:40:00Z",
        "ends_at": "2024-03-04T10:40:00Z",
        "is_multi_phone_sync_credential": true,
        "is_managed": true,
        "is_issued": false,
        "errors": [],
        "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Waiting to be issued.", "created_at": "2024-04-12T03:56:22.396Z"}]
    })
}

fn entrance() -> Value {
    json!({
        "acs_entrance_id": E1,
        "acs_system_id": SYSTEM_ID,
        "display_name": "Pool gate",
        "space_ids": [],
        "created_at": "2024-01-01T00:00:00Z",
        "connected_account_id": "44444444-4444-4444-4444-444444444444",
        "is_locked": true,
        "can_unlock_with_code": true,
        "can_unlock_with_card": false,
        "errors": [],
        "warnings": []
    })
}

fn ok_body(extra: Value) -> Value {
    let mut v = extra;
    if let Value::Object(m) = &mut v {
        m.insert("ok".into(), json!(true));
    }
    v
}

/// A mock for `action` that expects exactly `body` with the standard headers.
fn expect<'a>(
    server: &'a MockServer,
    action: &str,
    body: Value,
    reply: Value,
) -> httpmock::Mock<'a> {
    let path = format!("/acs/credentials/{action}");
    server.mock(|when, then| {
        when.method(POST)
            .path(path)
            .header("authorization", format!("Bearer {KEY}"))
            .header("content-type", "application/json")
            .header_matches("user-agent", "^seam-cli-rs/[0-9]+\\.[0-9]+\\.[0-9]+$")
            .json_body(body);
        then.status(200)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_123")
            .json_body(reply);
    })
}

fn json_out(o: &std::process::Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(o)))
}

#[test]
fn docs_create_example_sends_the_documented_body() {
    let server = MockServer::start();
    let m = expect(
        &server,
        "create",
        json!({
            "acs_user_id": USER_ID,
            "access_method": "mobile_key",
            "allowed_acs_entrance_ids": [E1, E2],
            "credential_manager_acs_system_id": SYSTEM_ID,
            "is_multi_phone_sync_credential": true,
            "starts_at": "2024-03-01T10:40:00Z",
            "ends_at": "2024-03-04T10:40:00Z"
        }),
        ok_body(json!({"acs_credential": credential()})),
    );
    // The docs' command, verbatim, run by bash (so the brackets and quotes go through the shell).
    let docs = r#"seam acs credentials create --acs_user_id "33333333-3333-3333-3333-333333333333" --access_method "mobile_key" --allowed_acs_entrance_ids ["55555555-5555-5555-5555-555555555555","55555555-5555-5555-5555-000000000000"] --credential_manager_acs_system_id "88888888-8888-8888-8888-888888888888" --is_multi_phone_sync_credential true --starts_at "2024-03-01T10:40:00Z" --ends_at "2024-03-04T10:40:00Z""#;
    let out = bash(docs, &server.base_url());
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    m.assert();
    assert_eq!(json_out(&out), json!({"acs_credential": credential()}));
    assert_no_leak(&out);
}

/// Runs a command line through bash with `seam` on PATH, pointed at `endpoint`.
fn bash(cmd: &str, endpoint: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let dir = bin.parent().expect("binary dir").to_path_buf();
    std::process::Command::new("bash")
        .arg("-c")
        .arg(cmd)
        .env(
            "PATH",
            format!(
                "{}:{}",
                dir.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_ENDPOINT", endpoint)
        .env(
            "SEAM_CONFIG_DIR",
            std::env::temp_dir().join("seam-it-docs-none"),
        )
        .env_remove("SEAM_FORMAT")
        .env("NO_PROXY", "*")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("bash runs")
}

/// Every request example in ../shared/seeds/, written as the docs' CLI syntax, sends the body
/// the docs' cURL/SDK example sends.
#[test]
fn seed_examples_send_the_documented_bodies() {
    let server = MockServer::start();
    let examples: Vec<(&str, &str, Value)> = vec![
        // guide-managing-credentials.md: PIN code, card, list by user / identity, get, delete.
        (
            "create",
            r#"seam acs credentials create --acs_user_id "33333333-3333-3333-3333-333333333333" --access_method "code" --code "824759""#,
            json!({"acs_user_id": USER_ID, "access_method": "code", "code": "824759"}),
        ),
        (
            "create",
            r#"seam acs credentials create --acs_user_id "33333333-3333-3333-3333-333333333333" --access_method "card" --code "123456""#,
            json!({"acs_user_id": USER_ID, "access_method": "card", "code": "123456"}),
        ),
        (
            "list",
            r#"seam acs credentials list --acs_user_id "33333333-3333-3333-3333-333333333333""#,
            json!({"acs_user_id": USER_ID}),
        ),
        (
            "list",
            r#"seam acs credentials list --user_identity_id "22222222-2222-2222-2222-222222222222""#,
            json!({"user_identity_id": IDENTITY_ID}),
        ),
        (
            "get",
            r#"seam acs credentials get --acs_credential_id "66666666-6666-6666-6666-666666666666""#,
            json!({"acs_credential_id": CRED_ID}),
        ),
        (
            "delete",
            r#"seam acs credentials delete --acs_credential_id "66666666-6666-6666-6666-666666666666""#,
            json!({"acs_credential_id": CRED_ID}),
        ),
        // api-acs-credentials-create-v2.md: a credential for a user identity.
        (
            "create",
            r#"seam acs credentials create --credential_manager_acs_system_id "bccb0d23-5107-498b-87a6-6a8aa929eeb2" --user_identity_id "4b6ec19d-ba68-46ca-80fd-55247684c2bb" --acs_system_id "7113de29-6130-4153-a6ea-1b7ca0fe3198" --access_method "code" --code "1234" --allowed_acs_entrance_ids ["21805570-4706-4c21-99fc-3ed873a5e014"] --starts_at "2025-06-19T21:08:08.000Z" --ends_at "2025-06-23T12:35:01.000Z""#,
            json!({
                "credential_manager_acs_system_id": "bccb0d23-5107-498b-87a6-6a8aa929eeb2",
                "user_identity_id": "4b6ec19d-ba68-46ca-80fd-55247684c2bb",
                "acs_system_id": "7113de29-6130-4153-a6ea-1b7ca0fe3198",
                "access_method": "code",
                "code": "1234",
                "allowed_acs_entrance_ids": ["21805570-4706-4c21-99fc-3ed873a5e014"],
                "starts_at": "2025-06-19T21:08:08.000Z",
                "ends_at": "2025-06-23T12:35:01.000Z"
            }),
        ),
    ];
    for (action, cmd, body) in examples {
        let reply = match action {
            "list" => {
                json!({"acs_credentials": [], "pagination": {"has_next_page": false, "next_page_cursor": null, "next_page_url": null}, "ok": true})
            }
            "delete" => json!({"ok": true}),
            _ => json!({"acs_credential": credential(), "ok": true}),
        };
        let mut m = expect(&server, action, body, reply);
        let out = bash(cmd, &server.base_url());
        assert_eq!(out.status.code(), Some(0), "{cmd}: {}", stderr(&out));
        m.assert();
        m.delete();
    }
}

#[test]
fn every_verb_sends_its_body_and_prints_the_official_shape() {
    let server = MockServer::start();
    let cases: Vec<(&str, Vec<&str>, Value, Value)> = vec![
        (
            "assign",
            vec![
                "assign",
                "--acs_credential_id",
                CRED_ID,
                "--acs_user_id",
                USER_ID,
            ],
            json!({"acs_credential_id": CRED_ID, "acs_user_id": USER_ID}),
            json!({"acs_credential": credential()}),
        ),
        (
            "unassign",
            vec![
                "unassign",
                "--acs-credential-id",
                CRED_ID,
                "--user-identity-id",
                IDENTITY_ID,
            ],
            json!({"acs_credential_id": CRED_ID, "user_identity_id": IDENTITY_ID}),
            json!({"acs_credential": credential()}),
        ),
        (
            "get",
            vec!["get", "--acs_credential_id", CRED_ID],
            json!({"acs_credential_id": CRED_ID}),
            json!({"acs_credential": credential()}),
        ),
        (
            "delete",
            vec!["delete", "--acs_credential_id", CRED_ID],
            json!({"acs_credential_id": CRED_ID}),
            json!({}),
        ),
        (
            "update",
            vec![
                "update",
                "--acs_credential_id",
                CRED_ID,
                "--code",
                "0123",
                "--ends_at",
                "2024-03-05T00:00:00Z",
            ],
            json!({"acs_credential_id": CRED_ID, "code": "0123", "ends_at": "2024-03-05T00:00:00Z"}),
            json!({"acs_credential": credential()}),
        ),
        (
            "list",
            vec![
                "list",
                "--acs_user_id",
                USER_ID,
                "--limit",
                "10",
                "--search",
                "pool",
                "--is_multi_phone_sync_credential",
                "--created_before",
                "2024-05-01T00:00:00Z",
            ],
            json!({"acs_user_id": USER_ID, "limit": 10, "search": "pool", "is_multi_phone_sync_credential": true, "created_before": "2024-05-01T00:00:00Z"}),
            json!({"acs_credentials": [credential()], "pagination": {"has_next_page": false, "next_page_cursor": null, "next_page_url": null}}),
        ),
        (
            "list_accessible_entrances",
            vec!["list-accessible-entrances", "--acs_credential_id", CRED_ID],
            json!({"acs_credential_id": CRED_ID}),
            json!({"acs_entrances": [entrance()]}),
        ),
    ];
    for (action, args, body, reply) in cases {
        let mut m = expect(&server, action, body, ok_body(reply.clone()));
        let out = seam(&server.base_url())
            .args(["acs", "credentials"])
            .args(&args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{action}: {}", stderr(&out));
        m.assert();
        assert_eq!(
            json_out(&out),
            reply,
            "{action}: stdout is the body minus ok"
        );
        assert_no_leak(&out);
        m.delete();
    }
}

#[test]
fn underscore_verb_spelling_and_hyphen_flags_work() {
    let server = MockServer::start();
    let m = expect(
        &server,
        "list_accessible_entrances",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_entrances": []})),
    );
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list_accessible_entrances",
            "--acs-credential-id",
            CRED_ID,
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    m.assert();
    assert_eq!(json_out(&out), json!({"acs_entrances": []}));
}

#[test]
fn list_forms_booleans_codes_and_numbers() {
    let server = MockServer::start();
    let body = json!({
        "acs_user_id": USER_ID, "access_method": "code", "code": "0123",
        "allowed_acs_entrance_ids": [E1, E2], "is_multi_phone_sync_credential": false
    });
    let reply = ok_body(json!({"acs_credential": credential()}));
    let m = expect(&server, "create", body, reply);
    let lists: Vec<Vec<String>> = vec![
        vec![format!("{E1},{E2}")],
        vec![format!("[{E1},{E2}]")],
        vec![format!("[\"{E1}\",\"{E2}\"]")],
        vec![E1.to_string(), E2.to_string()],
        vec![format!("{E1}, {E2}")],
    ];
    for (i, list) in lists.iter().enumerate() {
        let mut c = seam(&server.base_url());
        c.args([
            "acs",
            "credentials",
            "create",
            "--acs_user_id",
            USER_ID,
            "--access_method",
            "code",
            "--code",
            "0123",
        ]);
        for item in list {
            c.args(["--allowed_acs_entrance_ids", item]);
        }
        let flag = if i % 2 == 0 { "0" } else { "false" };
        c.args(["--is_multi_phone_sync_credential", flag]);
        let out = c.output().expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "list form {list:?}: {}",
            stderr(&out)
        );
    }
    m.assert_calls(lists.len());
}

#[test]
fn bare_boolean_flag_means_true_and_1_means_true() {
    let server = MockServer::start();
    let m = expect(
        &server,
        "list",
        json!({"is_multi_phone_sync_credential": true}),
        ok_body(
            json!({"acs_credentials": [], "pagination": {"has_next_page": false, "next_page_cursor": null, "next_page_url": null}}),
        ),
    );
    for args in [
        vec!["--is_multi_phone_sync_credential"],
        vec!["--is-multi-phone-sync-credential", "1"],
        vec!["--is_multi_phone_sync_credential", "TRUE"],
    ] {
        let out = seam(&server.base_url())
            .args(["acs", "credentials", "list"])
            .args(&args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    }
    m.assert_calls(3);
}

#[test]
fn object_flags_take_json_or_a_file() {
    let server = MockServer::start();
    let meta = json!({"card_format": "rfid48", "card_function_type": "staff", "override": true, "joiner_acs_credential_ids": [CRED_ID]});
    let m = expect(
        &server,
        "create",
        json!({"acs_user_id": USER_ID, "access_method": "card", "visionline_metadata": meta, "salto_space_metadata": {"assign_new_key": true}}),
        ok_body(json!({"acs_credential": credential()})),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("visionline.json");
    std::fs::write(&file, meta.to_string()).expect("write");
    // JSON, a file, and what bash leaves of the docs' unquoted JSON.
    let bash_form = format!("{{card_format:rfid48,card_function_type:staff,override:true,joiner_acs_credential_ids:[{CRED_ID}]}}");
    for value in [meta.to_string(), format!("@{}", file.display()), bash_form] {
        let out = seam(&server.base_url())
            .args([
                "acs",
                "credentials",
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "card",
            ])
            .args([
                "--visionline_metadata",
                &value,
                "--salto_space_metadata",
                r#"{"assign_new_key": true}"#,
            ])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{value}: {}", stderr(&out));
    }
    m.assert_calls(3);
}

#[test]
fn stdin_and_data_objects_merge_with_flags_winning() {
    let server = MockServer::start();
    let m = expect(
        &server,
        "create",
        json!({"acs_user_id": USER_ID, "access_method": "code", "code": "9999", "starts_at": "2024-03-01T10:40:00Z"}),
        ok_body(json!({"acs_credential": credential()})),
    );
    // stdin gives everything; the flag overrides the code.
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "create", "--code", "9999"])
        .write_stdin(json!({"acs_user_id": USER_ID, "access_method": "code", "code": "1111", "starts_at": "2024-03-01T10:40:00Z"}).to_string())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // --data does the same inline; a numeric code in JSON is sent as a string.
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "create", "--access_method", "code"])
        .args(["--data", &json!({"acs_user_id": USER_ID, "access_method": "card", "code": 9999, "starts_at": "2024-03-01T10:40:00Z"}).to_string()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    m.assert_calls(2);
}

#[test]
fn ndjson_prints_one_object_per_line() {
    let server = MockServer::start();
    let two = json!({"acs_credentials": [credential(), credential()], "pagination": {"has_next_page": false, "next_page_cursor": null, "next_page_url": null}});
    let _m = expect(&server, "list", json!({}), ok_body(two));
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--format", "ndjson"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout)
        .expect("utf8")
        .lines()
        .collect();
    assert_eq!(lines.len(), 2);
    for l in lines {
        assert_eq!(
            serde_json::from_str::<Value>(l).expect("json line"),
            credential()
        );
    }
    let _g = expect(
        &server,
        "get",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_credential": credential()})),
    );
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .env("SEAM_FORMAT", "ndjson")
        .output()
        .expect("runs");
    assert_eq!(
        stdout(&out),
        format!("{}\n", serde_json::to_string(&credential()).expect("json"))
    );
}

#[test]
fn tables_show_rows_state_and_warnings() {
    let server = MockServer::start();
    let list = json!({"acs_credentials": [credential()], "pagination": {"has_next_page": true, "next_page_cursor": "CURSOR2", "next_page_url": null}});
    let _l = expect(
        &server,
        "list",
        json!({"acs_user_id": USER_ID}),
        ok_body(list),
    );
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--acs_user_id", USER_ID])
        .env("SEAM_FORMAT", "table")
        .env("COLUMNS", "250")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = stdout(&out);
    for want in [
        "ID",
        "STATE",
        CRED_ID,
        "mobile_key",
        "Multi Phone Sync Credential",
        "2024-03-01 10:40 UTC",
        "active",
        "1/0",
    ] {
        assert!(s.contains(want), "table lacks {want}:\n{s}");
    }
    assert!(!s.contains("\u{1b}["), "no colour when piped");
    assert!(
        stderr(&out).contains("--page-cursor 'CURSOR2'"),
        "next-page hint: {}",
        stderr(&out)
    );

    let _g = expect(
        &server,
        "get",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_credential": credential()})),
    );
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED_ID,
            "--format",
            "table",
        ])
        .env("COLUMNS", "200")
        .output()
        .expect("runs");
    let s = stdout(&out);
    for want in [
        "FIELD",
        "state",
        "active",
        "waiting_to_be_issued: Waiting to be issued.",
        "errors",
        "none",
        "is_issued",
    ] {
        assert!(s.contains(want), "detail lacks {want}:\n{s}");
    }

    let _e = expect(
        &server,
        "list_accessible_entrances",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_entrances": [entrance()]})),
    );
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list-accessible-entrances",
            "--acs_credential_id",
            CRED_ID,
            "--format",
            "table",
        ])
        .env("COLUMNS", "200")
        .output()
        .expect("runs");
    let s = stdout(&out);
    for want in ["Pool gate", E1, "yes", "code"] {
        assert!(s.contains(want), "entrances table lacks {want}:\n{s}");
    }
}

#[test]
fn colour_only_when_asked() {
    let server = MockServer::start();
    let _g = expect(
        &server,
        "get",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_credential": credential()})),
    );
    let run = |extra: &[&str], no_color: bool| {
        let mut c = seam(&server.base_url());
        c.args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED_ID,
            "--format",
            "table",
        ])
        .args(extra);
        if no_color {
            c.env("NO_COLOR", "1");
        }
        stdout(&c.output().expect("runs"))
    };
    assert!(run(&["--color", "always"], false).contains("\u{1b}["));
    assert!(!run(&["--color", "never"], false).contains("\u{1b}["));
    assert!(!run(&[], true).contains("\u{1b}["));
}

/// Each bad input exits 2 before any request, naming the flag, the value and what is accepted.
#[test]
fn validation_errors_exit_2_and_send_nothing() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (
            vec!["create", "--acs_user_id", USER_ID],
            vec![
                "missing required --access-method",
                "code, card, mobile_key, cloud_key",
            ],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "laser",
            ],
            vec!["laser", "--access-method", "mobile_key"],
        ),
        (
            vec!["get", "--acs_credential_id", "not-a-uuid"],
            vec!["'not-a-uuid'", "--acs-credential-id", "UUID"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "code",
                "--starts_at",
                "yesterday",
            ],
            vec!["'yesterday'", "--starts-at", "RFC 3339"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "code",
                "--code",
                "12a4",
            ],
            vec!["'12a4'", "--code", "digits only"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "code",
                "--starts_at",
                "2024-03-04T10:40:00Z",
                "--ends_at",
                "2024-03-01T10:40:00Z",
            ],
            vec!["--ends-at", "must be after --starts-at"],
        ),
        (
            vec!["create", "--access_method", "code"],
            vec!["--acs-user-id", "--user-identity-id with --acs-system-id"],
        ),
        (
            vec![
                "create",
                "--access_method",
                "code",
                "--user_identity_id",
                IDENTITY_ID,
            ],
            vec!["--user-identity-id needs --acs-system-id"],
        ),
        (
            vec![
                "create",
                "--access_method",
                "code",
                "--user_identity_id",
                IDENTITY_ID,
                "--acs_system_id",
                SYSTEM_ID,
                "--acs_user_id",
                USER_ID,
            ],
            vec!["not both"],
        ),
        (
            vec!["assign", "--acs_credential_id", CRED_ID],
            vec!["exactly one of --acs-user-id or --user-identity-id", "none"],
        ),
        (
            vec![
                "unassign",
                "--acs_credential_id",
                CRED_ID,
                "--acs_user_id",
                USER_ID,
                "--user_identity_id",
                IDENTITY_ID,
            ],
            vec!["exactly one", "both"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "card",
                "--visionline_metadata",
                "{not json",
            ],
            vec!["--visionline-metadata", "not valid JSON"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "card",
                "--visionline_metadata",
                r#"{"card_format":"xyz"}"#,
            ],
            vec!["xyz", "TLCode, rfid48"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "card",
                "--visionline_metadata",
                r#"{"card_fromat":"TLCode"}"#,
            ],
            vec!["card_fromat", "did you mean card_format"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "card",
                "--visionline_metadata",
                "@/nonexistent/file.json",
            ],
            vec!["cannot read /nonexistent/file.json"],
        ),
        (
            vec![
                "create",
                "--acs_user_id",
                USER_ID,
                "--access_method",
                "code",
                "--allowed_acs_entrance_ids",
                "[a,b]",
            ],
            vec!["--allowed-acs-entrance-ids", "'a'", "UUID"],
        ),
        (
            vec!["list", "--limit", "ten"],
            vec!["'ten'", "--limit", "a number"],
        ),
        (vec!["list", "--search", ""], vec!["--search", "non-empty"]),
        (
            vec!["get", "--data", "[1,2]"],
            vec!["--data must be a JSON object"],
        ),
        (
            vec!["get", "--data", r#"{"acs_credentail_id": "x"}"#],
            vec![
                "unknown parameter \"acs_credentail_id\"",
                "did you mean \"acs_credential_id\"",
            ],
        ),
        (vec!["get", "--acs_user_id", USER_ID], vec!["--acs_user_id"]),
        (
            vec!["get", "--acs_credential_idd", CRED_ID],
            vec!["--acs-credential-id"],
        ),
    ];
    for (args, wants) in cases {
        let out = seam(&server.base_url())
            .args(["acs", "credentials"])
            .args(&args)
            .output()
            .expect("runs");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?} should exit 2: {err}");
        for w in wants {
            assert!(err.contains(w), "{args:?}: stderr lacks {w:?}:\n{err}");
        }
        assert!(!err.contains("panicked"), "{err}");
        assert_no_leak(&out);
    }
    assert_eq!(any.calls(), 0, "nothing may be sent when validation fails");
}

#[test]
fn unknown_commands_and_flags_are_usage_errors() {
    for args in [
        vec!["foo"],
        vec!["acs", "credentials", "frobnicate"],
        vec!["acs", "credentials", "create", "--bogus", "1"],
    ] {
        let out = seam_bare().args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("error:"), "{}", stderr(&out));
    }
}

#[test]
fn stdin_malformed_json_is_a_usage_error() {
    let out = seam_bare()
        .args(["acs", "credentials", "get"])
        .write_stdin("{\"acs_credential_id\": ")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("stdin"), "{}", stderr(&out));
}

#[test]
fn api_errors_show_type_message_fields_and_request_id() {
    let server = MockServer::start();
    let _m = server.mock(|when, then| {
        when.path("/acs/credentials/create");
        then.status(400).header("content-type", "application/json").header("seam-request-id", "req_abc").json_body(json!({
            "error": {"type": "invalid_input", "message": "Invalid input", "validation_errors": {"_errors": [], "code": {"_errors": ["Code too short"]}}},
            "ok": false
        }));
    });
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "create",
            "--acs_user_id",
            USER_ID,
            "--access_method",
            "code",
            "--code",
            "1",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for want in [
        "error:",
        "HTTP 400",
        "Invalid input",
        "type: invalid_input",
        "invalid code: Code too short",
        "request id: req_abc",
    ] {
        assert!(err.contains(want), "lacks {want}: {err}");
    }
    assert!(
        crate::shape::no_data_on_stdout(&out),
        "stdout carries data only"
    );
    assert_no_leak(&out);
}

#[test]
fn not_found_is_exit_1_and_unauthorized_is_exit_3() {
    let server = MockServer::start();
    let _nf = server.mock(|when, then| {
        when.path("/acs/credentials/get");
        then.status(404).header("content-type", "application/json").json_body(json!({"error": {"type": "acs_credential_not_found", "message": "Credential not found"}, "ok": false}));
    });
    let _un = server.mock(|when, then| {
        when.path("/acs/credentials/list");
        then.status(401)
            .header("content-type", "application/json")
            .json_body(
                json!({"error": {"type": "unauthorized", "message": "Unauthorized"}, "ok": false}),
            );
    });
    let _fb = server.mock(|when, then| {
        when.path("/acs/credentials/update");
        then.status(403).body("");
    });
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("acs_credential_not_found"));
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "list"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("token was rejected"),
        "{}",
        stderr(&out)
    );
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "update",
            "--acs_credential_id",
            CRED_ID,
            "--code",
            "1234",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("empty"), "{}", stderr(&out));
    assert_no_leak(&out);
}

#[test]
fn html_error_page_gets_a_clear_message() {
    let server = MockServer::start();
    let _m = server.mock(|when, then| {
        when.path("/acs/credentials/delete");
        then.status(502)
            .header("content-type", "text/html")
            .body("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
    });
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "delete",
            "--acs_credential_id",
            CRED_ID,
            "--max-retries",
            "0",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("HTTP 502") && err.contains("HTML page") && err.contains("502 Bad Gateway"),
        "{err}"
    );
    assert!(
        !err.to_lowercase().contains("expected value"),
        "no raw parse error: {err}"
    );
}

#[test]
fn no_key_is_exit_3_and_says_how_to_set_one() {
    let out = seam_bare()
        .env("SEAM_ENDPOINT", "http://127.0.0.1:9")
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("SEAM_API_KEY") && err.contains("SEAM_CLI_TOKEN") && err.contains("export"),
        "{err}"
    );
}

#[test]
fn official_cli_variable_names_work() {
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.path("/acs/credentials/get")
            .header("authorization", "Bearer seam_cli_token_value_123456");
        then.status(200)
            .json_body(json!({"acs_credential": credential(), "ok": true}));
    });
    let out = seam_bare()
        .env("SEAM_CLI_TOKEN", "seam_cli_token_value_123456")
        .env("SEAM_CLI_ENDPOINT", server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    m.assert();
    // --endpoint beats the environment.
    let out = seam_bare()
        .env("SEAM_API_KEY", "seam_cli_token_value_123456")
        .env("SEAM_ENDPOINT", "http://127.0.0.1:9")
        .args([
            "--endpoint",
            &server.base_url(),
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED_ID,
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn network_failure_is_exit_4() {
    // Nothing listens on a port we just closed.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let out = seam(&format!("http://127.0.0.1:{port}"))
        .args([
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED_ID,
            "--max-retries",
            "0",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(4));
    let err = stderr(&out);
    assert!(
        err.contains("cannot connect") && err.contains("hint:"),
        "{err}"
    );
    assert_no_leak(&out);
}

#[test]
fn delete_without_a_terminal_proceeds_and_yes_is_accepted_everywhere() {
    let server = MockServer::start();
    let del = expect(
        &server,
        "delete",
        json!({"acs_credential_id": CRED_ID}),
        json!({"ok": true}),
    );
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "delete",
            "--acs_credential_id",
            CRED_ID,
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json_out(&out), json!({}));
    let get = expect(
        &server,
        "get",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_credential": credential()})),
    );
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "get",
            "-y",
            "--acs_credential_id",
            CRED_ID,
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    del.assert();
    get.assert();
}

#[test]
fn unexpected_success_shape_is_an_error_not_a_crash() {
    let server = MockServer::start();
    let _m = server.mock(|when, then| {
        when.path("/acs/credentials/get");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"ok": true, "something": 1}));
    });
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no \"acs_credential\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn help_lists_every_parameter_type_and_an_example() {
    use seam::spec::credentials::RESOURCE;
    for v in RESOURCE.verbs {
        let out = seam_bare()
            .args(["acs", "credentials", v.name, "--help"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        let h = stdout(&out);
        for p in v.params {
            assert!(
                h.contains(&format!("--{}", p.flag())),
                "{} help lacks --{}",
                v.name,
                p.flag()
            );
            assert!(
                h.contains(p.kind.value_name()),
                "{} help lacks type {}",
                v.name,
                p.kind.value_name()
            );
        }
        if v.params.iter().any(|p| p.required) {
            assert!(h.contains("(required)"));
        }
        assert!(
            h.contains("$ seam acs credentials"),
            "{} help has no example",
            v.name
        );
    }
    let out = seam_bare().arg("--help").output().expect("runs");
    let h = stdout(&out);
    assert!(h.contains("Exit codes:") && h.contains("130"), "{h}");
}

/// On a terminal (a pty from `script`), delete and unassign ask first; "n" sends nothing.
#[test]
fn destructive_verbs_ask_on_a_terminal() {
    let server = MockServer::start();
    let del = expect(
        &server,
        "delete",
        json!({"acs_credential_id": CRED_ID}),
        json!({"ok": true}),
    );
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let run = |answer: &str, args: &str| {
        let cmd = format!("{} acs credentials {args}", bin.display());
        std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("printf '{answer}' | script -qec \"$0\" /dev/null"))
            .arg(cmd)
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", server.base_url())
            .env(
                "SEAM_CONFIG_DIR",
                std::env::temp_dir().join("seam-it-pty-none"),
            )
            .env("NO_PROXY", "*")
            .env("NO_COLOR", "1")
            .output()
            .expect("script runs")
    };
    let delete = format!("delete --acs_credential_id {CRED_ID}");
    let out = run("n\\n", &delete);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(
        all.contains(&format!("Delete credential {CRED_ID}? [y/N]")),
        "{all}"
    );
    assert!(all.contains("cancelled: nothing was sent"), "{all}");
    del.assert_calls(0);
    let out = run("y\\n", &delete);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    del.assert_calls(1);
    // --yes: no question, even on a terminal.
    let out = run("", &format!("{delete} --yes"));
    assert_eq!(out.status.code(), Some(0));
    assert!(!stdout(&out).contains("[y/N]"));
    del.assert_calls(2);
    let unassign = format!("unassign --acs_credential_id {CRED_ID} --acs_user_id {USER_ID}");
    let out = run("\\n", &unassign);
    assert_eq!(out.status.code(), Some(2), "the default answer is no");
    assert!(
        stdout(&out).contains(&format!(
            "Unassign credential {CRED_ID} from ACS user {USER_ID}? [y/N]"
        )),
        "{}",
        stdout(&out)
    );
}

/// assign, unassign and update may answer just `{"ok": true}` (the SDKs return nothing for
/// them): that is a success, not an unexpected response, in every format.
#[test]
fn void_answers_to_changes_are_success() {
    let server = MockServer::start();
    let _m = server.mock(|when, then| {
        when.method(POST);
        then.status(200).json_body(json!({"ok": true}));
    });
    for args in [
        vec!["update", "--acs_credential_id", CRED_ID, "--code", "1234"],
        vec![
            "assign",
            "--acs_credential_id",
            CRED_ID,
            "--acs_user_id",
            USER_ID,
        ],
        vec![
            "unassign",
            "--acs_credential_id",
            CRED_ID,
            "--acs_user_id",
            USER_ID,
        ],
    ] {
        for format in ["json", "ndjson", "table"] {
            let out = seam(&server.base_url())
                .args(["acs", "credentials"])
                .args(&args)
                .args(["--format", format])
                .output()
                .expect("runs");
            assert_eq!(
                out.status.code(),
                Some(0),
                "{args:?} {format}: {}",
                stderr(&out)
            );
            let want = match format {
                "json" => "{}\n",
                "ndjson" => "{}\n",
                _ => "",
            };
            assert_eq!(stdout(&out), want, "{args:?} {format}");
        }
    }
    // get and create still need their credential.
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
}

/// A server (or a proxy) that echoes the Authorization header in its error must not make the
/// CLI print the key.
#[test]
fn a_token_echoed_by_the_server_is_masked() {
    let server = MockServer::start();
    let _m = server.mock(|when, then| {
        when.path("/acs/credentials/get");
        then.status(401)
            .header("content-type", "application/json")
            .header("seam-request-id", KEY)
            .json_body(json!({"error": {"type": "unauthorized", "message": format!("bad token Bearer {KEY}"),
                "validation_errors": {"authorization": {"_errors": [format!("got {KEY}")]}}}}));
    });
    let _h = server.mock(|when, then| {
        when.path("/acs/credentials/list");
        then.status(502)
            .header("content-type", "text/html")
            .body(format!("<html><title>proxy saw {KEY}</title></html>"));
    });
    for verb in [
        vec!["get", "--acs_credential_id", CRED_ID],
        vec!["list", "--max-retries", "0"],
    ] {
        let out = seam(&server.base_url())
            .args(["acs", "credentials"])
            .args(&verb)
            .output()
            .expect("runs");
        assert_ne!(out.status.code(), Some(0));
        assert_no_leak(&out);
        assert!(
            stderr(&out).contains("seam_...cdef"),
            "masked form shown: {}",
            stderr(&out)
        );
    }
}

/// guide-issuing-credentials.md sends `visionline_metadata` with `cardFormat` and `label`, from
/// an older API; today's spec has `card_format` and no `label`. The CLI refuses the old keys with
/// a suggestion rather than sending keys the API would ignore, and takes the current spelling.
#[test]
fn the_older_docs_visionline_keys_are_refused_with_a_suggestion() {
    let server = MockServer::start();
    let m = expect(
        &server,
        "create",
        json!({
            "acs_user_id": "20ab519f-75ae-482e-ae4c-082f29295bf2",
            "credential_manager_acs_system_id": "6737e186-8d54-48ce-a7da-a0be4d252172",
            "access_method": "mobile_key",
            "is_multi_phone_sync_credential": true,
            "starts_at": "2024-03-01T10:40:00Z",
            "ends_at": "2024-03-04T10:40:00Z",
            "visionline_metadata": {"card_format": "rfid48", "is_override_key": true}
        }),
        ok_body(json!({"acs_credential": credential()})),
    );
    let old = json!({
        "acs_user_id": "20ab519f-75ae-482e-ae4c-082f29295bf2",
        "credential_manager_acs_system_id": "6737e186-8d54-48ce-a7da-a0be4d252172",
        "access_method": "mobile_key",
        "is_multi_phone_sync_credential": true,
        "starts_at": "2024-03-01T10:40:00Z",
        "ends_at": "2024-03-04T10:40:00Z",
        "visionline_metadata": {"cardFormat": "rfid48", "label": "%ROOMNUM% - %SITENAME%", "is_override_key": true}
    });
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "create", "--data", &old.to_string()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean card_format"),
        "{}",
        stderr(&out)
    );
    m.assert_calls(0);
    let mut current = old.clone();
    current["visionline_metadata"] = json!({"card_format": "rfid48", "is_override_key": true});
    let out = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "create",
            "--data",
            &current.to_string(),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    m.assert_calls(1);
}

/// The help's examples, pasted into bash, are the examples of the parameter table: each long
/// one is continued with ` \` so no line is wider than clap's wrapping (which would break it).
#[test]
fn help_examples_paste_into_bash_as_one_command() {
    use seam::spec::credentials::RESOURCE;
    for v in RESOURCE.verbs {
        let out = seam_bare()
            .args(["acs", "credentials", v.name, "--help"])
            .env("COLUMNS", "100")
            .output()
            .expect("runs");
        let h = stdout(&out);
        let mut pasted = Vec::new();
        let mut lines = h.lines();
        while let Some(l) = lines.next() {
            let Some(first) = l.strip_prefix("  $ ") else {
                continue;
            };
            // As bash reads it: a backslash before the newline joins the next line.
            let mut cmd = first.to_string();
            while let Some(stripped) = cmd.strip_suffix('\\') {
                cmd = stripped.to_string();
                cmd.push_str(lines.next().expect("a continued line goes on"));
            }
            pasted.push(cmd.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        let want: Vec<String> = v.examples.iter().map(|(_, c)| c.to_string()).collect();
        assert_eq!(pasted, want, "{}:\n{h}", v.name);
        let examples = h.split("Examples:").nth(1).unwrap_or_default();
        for l in examples.lines() {
            assert!(l.chars().count() <= 90, "{}: too wide: {l}", v.name);
        }
    }
}

/// A pty (`script`) makes stderr a terminal; clap's own errors then follow --color never and
/// NO_COLOR like the rest of the output.
#[test]
fn clap_errors_follow_color_never_and_no_color_on_a_terminal() {
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let run = |env_no_color: bool, args: &str| {
        let mut c = std::process::Command::new("script");
        c.args(["-qec", &format!("{} {args}", bin.display()), "/dev/null"])
            .env_remove("NO_COLOR")
            .env(
                "SEAM_CONFIG_DIR",
                std::env::temp_dir().join("seam-it-pty-none"),
            )
            .stdin(std::process::Stdio::null());
        if env_no_color {
            c.env("NO_COLOR", "1");
        }
        c.output().expect("script runs")
    };
    let bad = "acs credentials create --access_method laser";
    for (no_color, args) in [
        (false, format!("--color never {bad}")),
        (false, format!("{bad} --color=never")),
        (true, bad.to_string()),
    ] {
        let out = run(no_color, &args);
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(all.contains("error:") && all.contains("laser"), "{all}");
        assert!(
            !all.contains('\u{1b}'),
            "ESC with {args} (NO_COLOR {no_color}): {all:?}"
        );
    }
    // The control: on a terminal, clap colours by default.
    let out = run(false, bad);
    assert!(stdout(&out).contains('\u{1b}'), "{}", stdout(&out));
}

#[test]
fn small_usage_checks() {
    let server = MockServer::start();
    let mut any = server.mock(|when, then| {
        when.any_request();
        then.status(500);
    });
    let list = ["acs", "credentials", "list"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--timeout", "0"], "more than 0 and at most 3600"),
        (vec!["--limit", "-1"], "--limit"),
        (
            vec!["--json", "--format", "table"],
            "--json cannot be used with --format table",
        ),
        (
            vec!["--endpoint", "http://127.0.0.1:9/v1?x=1"],
            "no query string or fragment",
        ),
        (
            vec!["--endpoint", "https://h.example/v1#f"],
            "no query string or fragment",
        ),
    ];
    for (args, want) in cases {
        let out = seam(&server.base_url())
            .args(list)
            .args(&args)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{args:?}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("unexpected argument"),
            "{}",
            stderr(&out)
        );
    }
    any.assert_calls(0);
    any.delete();
    // --json with --format json agrees with itself.
    let _l = expect(
        &server,
        "list",
        json!({}),
        ok_body(json!({"acs_credentials": [], "pagination": {"has_next_page": false}})),
    );
    let out = seam(&server.base_url())
        .args(list)
        .args(["--json", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Text from the server never acts on the terminal: a page cursor or an error message with
/// escape sequences or line breaks is shown escaped. Headers that frame the request cannot be
/// set with -H.
#[test]
fn server_text_is_escaped_on_stderr_and_framing_headers_are_refused() {
    let server = MockServer::start();
    let _l = server.mock(|when, then| {
        when.path("/acs/credentials/list");
        then.status(200).json_body(json!({"acs_credentials": [], "pagination": {"has_next_page": true, "next_page_cursor": "a$(x)\u{1b}[2J\nb", "next_page_url": null}, "ok": true}));
    });
    let _g = server.mock(|when, then| {
        when.path("/acs/credentials/get");
        then.status(400).json_body(json!({"error": {"type": "invalid_input", "message": "bad\u{1b}]0;title\u{7}\r\nfake: line"}, "ok": false}));
    });
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "list"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("\\x1b[2J\\nb"), "{err:?}");
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}') && !err.contains('\r'),
        "{err:?}"
    );
    assert_eq!(
        err.lines().filter(|l| l.starts_with("fake")).count(),
        0,
        "{err}"
    );
    for h in [
        "Content-Length: 5",
        "Host: evil.example",
        "Transfer-Encoding: chunked",
        "content-type: text/plain",
    ] {
        let out = seam(&server.base_url())
            .args(["acs", "credentials", "list", "-H", h])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{h}: {}", stderr(&out));
    }
}
