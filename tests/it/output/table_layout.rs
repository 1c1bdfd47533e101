//! Exact table layouts at 80, 120 and 200 columns, and escaping of control characters.

use crate::output::states::table_at;
use crate::support::fixtures::{
    credential, CRED2_ID as CRED2, CRED3_ID as CRED3, CRED_ID as CRED, USER_ID as USER,
};
use crate::support::server::TestServer;
use crate::support::{json_out, seam, stderr, stdout};
use crate::with_entrances::entrance_mocks;
use httpmock::prelude::*;
use serde_json::json;

// ---- exact tables ----

/// Three credentials of one owner: active with a two-word name, scheduled with a long name and
/// a warning, expired with an error and a warning.
/// A server whose `list` answers three credentials: active, scheduled, and expired with errors.
fn exact_server() -> TestServer {
    TestServer::routes(vec![(
        "/acs/credentials/list",
        json!({
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
            "pagination": {"has_next_page": false}
        }),
    )])
}

fn table_out(url: &str, args: &[&str], columns: &str) -> String {
    let o = seam(url)
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
    let server = exact_server();
    table_out(&server.url(), &["list", "--acs_user_id", USER], columns)
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
    let server = TestServer::routes(vec![(
        "/acs/credentials/get",
        json!({"acs_credential": credential(CRED, json!({
            "starts_at": "2024-03-05T10:40:00Z",
            "is_issued": false,
            "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Credential is waiting to be issued.", "created_at": "2024-03-01T00:00:00Z"}]
        }))}),
    )]);
    let out = table_out(&server.url(), &["get", "--acs_credential_id", CRED], "100");
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
        &server.base_url(),
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
    let server = TestServer::routes(vec![
        (
            "/acs/credentials/list",
            json!({
                "acs_credentials": [credential(CRED, hostile.clone())],
                "pagination": {"has_next_page": false}
            }),
        ),
        (
            "/acs/credentials/get",
            json!({"acs_credential": credential(CRED, hostile.clone())}),
        ),
    ]);
    for args in [vec!["list"], vec!["get", "--acs_credential_id", CRED]] {
        let out = table_out(&server.url(), &args, "300");
        for c in out.chars() {
            assert!(c == '\n' || !c.is_control(), "{c:?} in {out}");
        }
        assert!(out.contains(r"Evil\x1b[31mred\x1b[0m"), "{out}");
        assert!(out.contains(r"12\x1b]0;title\x0734"), "{out}");
    }
    // The detail table shows the warning message on its line, escaped.
    let out = table_out(&server.url(), &["get", "--acs_credential_id", CRED], "300");
    assert!(out.contains(r"w\x1b[2J: clear\x1b[2J screen"), "{out}");
    // JSON is the API's bytes, escapes and all.
    let o = seam(&server.url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED])
        .output()
        .unwrap();
    assert_eq!(
        json_out(&o)["acs_credential"]["display_name"],
        hostile["display_name"]
    );
}
