//! The credential verbs: every verb sends the exact request the docs and seeds show and prints
//! the official shape; flag spellings, lists, booleans, objects, stdin and `--data`;
//! confirmation of destructive verbs; void answers.

use crate::support::fixtures::{
    lockable_entrance, mobile_credential, ok_body, CRED_ID, ENTRANCE2_ID as E2, ENTRANCE_ID as E1,
    IDENTITY_ID, SYSTEM_ID, USER_ID,
};
use crate::support::{
    assert_no_leak, bash, expect, json_out, seam, seam_bare, seam_on_terminal, stderr, stdout,
};
use httpmock::prelude::*;
use serde_json::{json, Value};

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
        ok_body(json!({"acs_credential": mobile_credential()})),
    );
    // The docs' command, verbatim, run by bash (so the brackets and quotes go through the shell).
    let docs = r#"seam acs credentials create --acs_user_id "33333333-3333-3333-3333-333333333333" --access_method "mobile_key" --allowed_acs_entrance_ids ["55555555-5555-5555-5555-555555555555","55555555-5555-5555-5555-000000000000"] --credential_manager_acs_system_id "88888888-8888-8888-8888-888888888888" --is_multi_phone_sync_credential true --starts_at "2024-03-01T10:40:00Z" --ends_at "2024-03-04T10:40:00Z""#;
    let out = bash(docs, &server.base_url());
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    m.assert();
    assert_eq!(
        json_out(&out),
        json!({"acs_credential": mobile_credential()})
    );
    assert_no_leak(&out);
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
            _ => json!({"acs_credential": mobile_credential(), "ok": true}),
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
            json!({"acs_credential": mobile_credential()}),
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
            json!({"acs_credential": mobile_credential()}),
        ),
        (
            "get",
            vec!["get", "--acs_credential_id", CRED_ID],
            json!({"acs_credential_id": CRED_ID}),
            json!({"acs_credential": mobile_credential()}),
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
            json!({"acs_credential": mobile_credential()}),
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
            json!({"acs_credentials": [mobile_credential()], "pagination": {"has_next_page": false, "next_page_cursor": null, "next_page_url": null}}),
        ),
        (
            "list_accessible_entrances",
            vec!["list-accessible-entrances", "--acs_credential_id", CRED_ID],
            json!({"acs_credential_id": CRED_ID}),
            json!({"acs_entrances": [lockable_entrance()]}),
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
    let reply = ok_body(json!({"acs_credential": mobile_credential()}));
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
        ok_body(json!({"acs_credential": mobile_credential()})),
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
        ok_body(json!({"acs_credential": mobile_credential()})),
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
fn official_cli_variable_names_work() {
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.path("/acs/credentials/get")
            .header("authorization", "Bearer seam_cli_token_value_123456");
        then.status(200)
            .json_body(json!({"acs_credential": mobile_credential(), "ok": true}));
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
        ok_body(json!({"acs_credential": mobile_credential()})),
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
    let run = |answer: &str, args: &str| {
        seam_on_terminal(
            &server.base_url(),
            answer,
            &format!("acs credentials {args}"),
        )
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
