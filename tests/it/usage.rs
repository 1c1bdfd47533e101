//! Usage errors: every validation error exits 2 before anything is sent; unknown commands and
//! flags, malformed stdin, old key spellings, small usage checks, clap's error colours.

use crate::support::fixtures::{
    mobile_credential, ok_body, CRED_ID, IDENTITY_ID, SYSTEM_ID, USER_ID,
};
use crate::support::{assert_no_leak, expect, seam, seam_bare, stderr, stdout};
use httpmock::prelude::*;
use serde_json::json;

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
        ok_body(json!({"acs_credential": mobile_credential()})),
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
