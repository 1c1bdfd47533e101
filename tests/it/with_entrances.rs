//! `--with-entrances` on `list` and `get`: in JSON, NDJSON and tables; failures; where it is
//! refused.

use crate::support::fixtures::{
    credential, entrance, CRED2_ID as CRED2, CRED_ID as CRED, USER_ID as USER,
};
use crate::support::{assert_no_leak, json_out, seam, seam_bare, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};

// ---- --with-entrances ----

pub(crate) fn entrance_mocks(server: &MockServer) -> Vec<httpmock::Mock<'_>> {
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
    // The key/value view: an entrance per line, its name then its ID.
    let mut lines = out.lines().skip_while(|l| !l.starts_with("acs_entrances "));
    let first = lines.next().unwrap_or_else(|| panic!("{out}"));
    assert!(first.contains("  Pool gate  "), "{out}");
    let second = lines.next().unwrap_or_default();
    assert!(
        second.starts_with(' ') && second.contains("Lobby  "),
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
    assert!(crate::shape::no_data_on_stdout(&o), "{}", stdout(&o));
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

/// Real entrances carry `can_unlock_with_code` and friends: the key/value view still names
/// them (not `true`), and at 80 columns the list keeps the ENTRANCES column it was asked for.
#[test]
fn entrances_read_well_at_80_columns() {
    let server = MockServer::start();
    list_mock(&server);
    server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/get")
            .json_body(json!({"acs_credential_id": CRED}));
        then.status(200)
            .json_body(json!({"acs_credential": credential(CRED, json!({})), "ok": true}));
    });
    let mut gate = entrance("e1111111-1111-1111-1111-111111111111", "Pool gate");
    gate["can_unlock_with_code"] = json!(true);
    gate["can_unlock_with_card"] = json!(false);
    for id in [CRED, CRED2] {
        let es = json!([gate.clone()]);
        server.mock(move |when, then| {
            when.method(POST)
                .path("/acs/credentials/list_accessible_entrances")
                .json_body(json!({"acs_credential_id": id}));
            then.status(200)
                .json_body(json!({"acs_entrances": es, "ok": true}));
        });
    }
    let run = |args: &[&str]| {
        seam(&server.base_url())
            .args(["acs", "credentials"])
            .args(args)
            .args(["--with-entrances", "--format", "table"])
            .env("COLUMNS", "80")
            .output()
            .unwrap()
    };
    let o = run(&["get", CRED]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.starts_with("acs_entrances "))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("Pool gate"), "{out}");
    let o = run(&["list", "--acs_user_id", USER]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    assert!(
        out.lines().next().unwrap_or("").contains("ENTRANCES"),
        "{out}"
    );
}
