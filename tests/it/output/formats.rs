//! Output formats: NDJSON, tables with state and warnings, colour only when asked.

use crate::support::fixtures::{
    lockable_entrance, mobile_credential, ok_body, CRED_ID, ENTRANCE_ID as E1, USER_ID,
};
use crate::support::{expect, seam, stderr, stdout};
use httpmock::prelude::*;
use serde_json::{json, Value};

#[test]
fn ndjson_prints_one_object_per_line() {
    let server = MockServer::start();
    let two = json!({"acs_credentials": [mobile_credential(), mobile_credential()], "pagination": {"has_next_page": false, "next_page_cursor": null, "next_page_url": null}});
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
            mobile_credential()
        );
    }
    let _g = expect(
        &server,
        "get",
        json!({"acs_credential_id": CRED_ID}),
        ok_body(json!({"acs_credential": mobile_credential()})),
    );
    let out = seam(&server.base_url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED_ID])
        .env("SEAM_FORMAT", "ndjson")
        .output()
        .expect("runs");
    assert_eq!(
        stdout(&out),
        format!(
            "{}\n",
            serde_json::to_string(&mobile_credential()).expect("json")
        )
    );
}

#[test]
fn tables_show_rows_state_and_warnings() {
    let server = MockServer::start();
    let list = json!({"acs_credentials": [mobile_credential()], "pagination": {"has_next_page": true, "next_page_cursor": "CURSOR2", "next_page_url": null}});
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
        ok_body(json!({"acs_credential": mobile_credential()})),
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
        "state ",
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
        ok_body(json!({"acs_entrances": [lockable_entrance()]})),
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
        ok_body(json!({"acs_credential": mobile_credential()})),
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
