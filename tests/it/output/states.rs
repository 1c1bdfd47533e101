//! Derived state and time in tables at fixed clock times (`SEAM_NOW`, `TZ`); JSON keeps UTC.

use crate::support::fixtures::{credential, CRED2_ID as CRED2, CRED3_ID as CRED3, CRED_ID as CRED};
use crate::support::{json_out, seam, seam_bare, stderr, stdout};
use httpmock::prelude::*;
use serde_json::json;

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

pub(crate) fn table_at(now: &str, tz: &str) -> String {
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
