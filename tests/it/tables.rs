//! Output people can read and shape (issue 12) and linear rendering (issue 13, defect 6):
//! tables that fit 80/120/200 columns, a line per row, IDs unsplit; `wide` and `--columns`;
//! the key/value view of `get`; CSV/TSV quoting and `--all` streaming; a very large answer;
//! the pager on a pseudo-terminal.

use crate::support::{assert_no_leak, seam, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::{json, Value};

const CRED: &str = "66666666-6666-6666-6666-666666666666";
const CRED2: &str = "77777777-7777-7777-7777-777777777777";
const CRED3: &str = "88888888-8888-8888-8888-888888888888";
const USER: &str = "33333333-3333-3333-3333-333333333333";
const SYSTEM: &str = "11111111-1111-1111-1111-111111111111";

fn credential(id: &str, extra: Value) -> Value {
    let mut c = json!({
        "acs_credential_id": id,
        "acs_user_id": USER,
        "acs_system_id": SYSTEM,
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

/// Active with a short name; scheduled with a long name and a warning; expired with an error
/// and a warning.
fn fixture() -> Vec<Value> {
    vec![
        credential(
            CRED,
            json!({"starts_at": "2024-03-01T10:40:00Z", "ends_at": "2024-03-04T10:40:00Z", "is_issued": true}),
        ),
        credential(
            CRED2,
            json!({
                "display_name": "Spare card for the back office",
                "access_method": "card", "code": null, "card_number": "0042",
                "starts_at": "2024-03-05T10:40:00Z", "is_issued": false,
                "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Waiting.", "created_at": "2024-03-01T00:00:00Z"}]
            }),
        ),
        credential(
            CRED3,
            json!({
                "display_name": "Old code", "code": "4455",
                "ends_at": "2024-02-02T00:00:00Z", "is_issued": true,
                "errors": [{"error_code": "provider_rejected", "message": "Rejected.", "created_at": "2024-02-01T00:00:00Z"}],
                "warnings": [{"warning_code": "being_deleted", "message": "Being deleted.", "created_at": "2024-02-01T00:00:00Z"}]
            }),
        ),
    ]
}

fn entrance(id: &str, name: &str, extra: Value) -> Value {
    let mut e = json!({
        "acs_entrance_id": id,
        "display_name": name,
        "acs_system_id": SYSTEM,
        "connected_account_id": "22222222-2222-2222-2222-222222222222",
        "created_at": "2024-01-01T00:00:00Z",
        "space_ids": [],
        "errors": [],
        "warnings": []
    });
    if let (Value::Object(e), Value::Object(extra)) = (&mut e, extra) {
        e.extend(extra);
    }
    e
}

/// A server answering list (with `creds`), get (the second fixture credential) and
/// list_accessible_entrances.
fn server_with(creds: Vec<Value>) -> MockServer {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200).json_body(json!({
            "acs_credentials": creds,
            "pagination": {"has_next_page": false, "next_page_cursor": null},
            "ok": true
        }));
    });
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/get");
        then.status(200)
            .json_body(json!({"acs_credential": fixture()[1], "ok": true}));
    });
    server.mock(|when, then| {
        when.method(POST)
            .path("/acs/credentials/list_accessible_entrances");
        then.status(200).json_body(json!({
            "acs_entrances": [
                entrance("e1111111-1111-1111-1111-111111111111", "Pool gate",
                    json!({"is_locked": true, "can_unlock_with_code": true, "can_unlock_with_card": true})),
                entrance("e2222222-2222-2222-2222-222222222222", "Lobby",
                    json!({"is_locked": false, "can_unlock_with_mobile_key": true,
                           "warnings": [{"warning_code": "entrance_setup_required", "message": "Set up."}]}))
            ],
            "ok": true
        }));
    });
    server
}

/// Runs `seam acs credentials <args>` and returns stdout (asserting success).
fn out(server: &MockServer, args: &[&str], columns: &str) -> String {
    let o = seam(&server.base_url())
        .args(["acs", "credentials"])
        .args(args)
        .env("COLUMNS", columns)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_no_leak(&o);
    stdout(&o)
}

/// An expected output written as a raw string that starts on the line after its quote.
fn text(s: &str) -> &str {
    s.strip_prefix('\n').unwrap_or(s)
}

/// Every line fits `width`; a header, a rule, then exactly a line per ID, each starting with
/// that ID or a prefix of it of at least 8 characters (never cut with an ellipsis).
fn assert_fits(out: &str, width: usize, ids: &[&str]) {
    let lines: Vec<&str> = out.lines().collect();
    for l in &lines {
        assert!(
            l.chars().count() <= width,
            "{l:?} is wider than {width}:\n{out}"
        );
    }
    assert_eq!(lines.len(), ids.len() + 2, "a line per row:\n{out}");
    assert!(lines[1].starts_with('─'), "{out}");
    for (l, id) in lines[2..].iter().zip(ids) {
        let first = l.split("  ").next().unwrap_or_default();
        assert!(
            first.len() >= 8 && id.starts_with(first),
            "row {l:?} does not start with (a prefix of) {id}"
        );
    }
}

const LIST_80: &str = r#"
ID        NAME          ACCESS     ENDS                  STATE      NOTES
────────  ────────────  ─────────  ────────────────────  ─────────  ────────────
66666666  Pool gate c…  code 0123  2024-03-04 10:40 UTC  active
77777777  Spare card …  card 0042                        scheduled  warning: wa…
88888888  Old code      code 4455  2024-02-02 00:00 UTC  expired    error: prov…
"#;

const LIST_120: &str = r#"
ID        NAME             ACCESS     STARTS                ENDS                  STATE      ISSUED  W/E  NOTES
────────  ───────────────  ─────────  ────────────────────  ────────────────────  ─────────  ──────  ───  ──────────────
66666666  Pool gate code   code 0123  2024-03-01 10:40 UTC  2024-03-04 10:40 UTC  active     yes     0/0
77777777  Spare card for…  card 0042  2024-03-05 10:40 UTC                        scheduled  no      1/0  warning: wait…
88888888  Old code         code 4455                        2024-02-02 00:00 UTC  expired    yes     1/1  error: provid…
"#;

const LIST_200: &str = r#"
ID                                    NAME                            ACCESS     STARTS                ENDS                  STATE      ISSUED  W/E  NOTES
────────────────────────────────────  ──────────────────────────────  ─────────  ────────────────────  ────────────────────  ─────────  ──────  ───  ────────────────────────────────────────────────
66666666-6666-6666-6666-666666666666  Pool gate code                  code 0123  2024-03-01 10:40 UTC  2024-03-04 10:40 UTC  active     yes     0/0
77777777-7777-7777-7777-777777777777  Spare card for the back office  card 0042  2024-03-05 10:40 UTC                        scheduled  no      1/0  warning: waiting_to_be_issued
88888888-8888-8888-8888-888888888888  Old code                        code 4455                        2024-02-02 00:00 UTC  expired    yes     1/1  error: provider_rejected; warning: being_deleted
"#;

#[test]
fn list_tables_fit_80_120_and_200_columns_exactly() {
    let server = server_with(fixture());
    for (w, want) in [(80, LIST_80), (120, LIST_120), (200, LIST_200)] {
        let got = out(&server, &["list", "--format", "table"], &w.to_string());
        assert_fits(&got, w, &[CRED, CRED2, CRED3]);
        assert_eq!(got, text(want), "at {w} columns");
    }
}

#[test]
fn get_is_a_light_key_value_view_with_warnings_spelled_out() {
    let server = server_with(fixture());
    let want = text(
        r#"
state                 scheduled, not issued
acs_credential_id     77777777-7777-7777-7777-777777777777
display_name          Spare card for the back office
access_method         card
code                  -
card_number           0042
acs_user_id           33333333-3333-3333-3333-333333333333
acs_system_id         11111111-1111-1111-1111-111111111111
starts_at             2024-03-05 10:40 UTC
is_issued             false
connected_account_id  22222222-2222-2222-2222-222222222222
workspace_id          44444444-4444-4444-4444-444444444444
created_at            2024-02-01 00:00 UTC
is_managed            true
warnings              waiting_to_be_issued: Waiting.
errors                none
"#,
    );
    for w in ["80", "120", "200"] {
        let got = out(
            &server,
            &["get", "--acs_credential_id", CRED2, "-o", "table"],
            w,
        );
        assert_eq!(got, want, "at {w} columns");
        assert!(!got.contains('│') && !got.contains('┌'), "no boxed grid");
    }
    // --columns picks the lines.
    let got = out(
        &server,
        &[
            "get",
            "--acs_credential_id",
            CRED2,
            "-o",
            "table",
            "--columns",
            "display_name,state,warnings",
        ],
        "80",
    );
    assert_eq!(
        got,
        "display_name  Spare card for the back office\nstate         scheduled\nwarnings      waiting_to_be_issued: Waiting.\n"
    );
}

#[test]
fn entrance_tables_fit_exactly() {
    let server = server_with(fixture());
    let ids = [
        "e1111111-1111-1111-1111-111111111111",
        "e2222222-2222-2222-2222-222222222222",
    ];
    let want80 = text(
        r#"
ID        NAME       ACS SYSTEM  LOCKED  OPENS WITH  W/E  NOTES
────────  ─────────  ──────────  ──────  ──────────  ───  ──────────────────────
e1111111  Pool gate  11111111    yes     code, card  0/0
e2222222  Lobby      11111111    no      mobile_key  1/0  warning: entrance_set…
"#,
    );
    let want120 = text(
        r#"
ID        NAME       ACS SYSTEM  LOCKED  OPENS WITH  W/E  NOTES
────────  ─────────  ──────────  ──────  ──────────  ───  ────────────────────────────────
e1111111  Pool gate  11111111    yes     code, card  0/0
e2222222  Lobby      11111111    no      mobile_key  1/0  warning: entrance_setup_required
"#,
    );
    // Both IDs whole need 132 columns: at 200 they are.
    let want200 = text(
        r#"
ID                                    NAME       ACS SYSTEM                            LOCKED  OPENS WITH  W/E  NOTES
────────────────────────────────────  ─────────  ────────────────────────────────────  ──────  ──────────  ───  ────────────────────────────────
e1111111-1111-1111-1111-111111111111  Pool gate  11111111-1111-1111-1111-111111111111  yes     code, card  0/0
e2222222-2222-2222-2222-222222222222  Lobby      11111111-1111-1111-1111-111111111111  no      mobile_key  1/0  warning: entrance_setup_required
"#,
    );
    for (w, want) in [(80, want80), (120, want120), (200, want200)] {
        let got = out(
            &server,
            &[
                "list-accessible-entrances",
                "--acs_credential_id",
                CRED,
                "-o",
                "table",
            ],
            &w.to_string(),
        );
        assert_fits(&got, w, &ids);
        assert_eq!(got, want, "at {w} columns");
    }
}

#[test]
fn long_cells_are_cut_and_ids_shortened_only_as_far_as_unique() {
    // Two IDs that share their first 12 characters, and a long name with spaces.
    let a = "abcdef01-2345-4000-8000-000000000001";
    let b = "abcdef01-2346-4000-8000-000000000002";
    let long = "word ".repeat(100);
    let server = server_with(vec![
        credential(a, json!({"display_name": long})),
        credential(b, json!({})),
    ]);
    let got = out(&server, &["list", "-o", "table"], "80");
    assert_fits(&got, 80, &[a, b]);
    let rows: Vec<&str> = got.lines().skip(2).collect();
    assert!(rows[0].starts_with("abcdef01-2345 "), "{got}");
    assert!(rows[1].starts_with("abcdef01-2346 "), "{got}");
    assert!(rows[0].contains("word word"), "{got}");
    assert!(rows[0].contains('…'), "{got}");
}

#[test]
fn wide_adds_the_remaining_columns_and_shows_ids_whole() {
    let server = server_with(fixture());
    for flag in [["--format", "wide"], ["-o", "wide"]] {
        let got = out(&server, &["list", flag[0], flag[1]], "80");
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines.len(), 5, "{got}");
        for h in ["USER", "STARTS", "ISSUED", "W/E", "ACS SYSTEM", "CREATED"] {
            assert!(lines[0].contains(h), "{h}: {got}");
        }
        for (l, id) in lines[2..].iter().zip([CRED, CRED2, CRED3]) {
            assert!(l.starts_with(&format!("{id}  {USER}")), "{got}");
            assert!(l.contains(SYSTEM), "{got}");
        }
        assert!(got.contains("error: provider_rejected; warning: being_deleted"));
    }
}

#[test]
fn columns_choose_fields_by_json_name_in_tables_and_csv() {
    let server = server_with(fixture());
    let got = out(
        &server,
        &[
            "list",
            "-o",
            "table",
            "--columns",
            "display_name,acs_credential_id,code,state",
        ],
        "80",
    );
    // At 80 columns the IDs make room for the name (declared columns keep their headers).
    assert_eq!(
        got,
        text(
            r#"
NAME                            ID        CODE  STATE
──────────────────────────────  ────────  ────  ─────────
Pool gate code                  66666666  0123  active
Spare card for the back office  77777777        scheduled
Old code                        88888888  4455  expired
"#
        )
    );
    let got = out(
        &server,
        &[
            "list",
            "-o",
            "csv",
            "--columns",
            "acs_credential_id,state,is_issued",
        ],
        "80",
    );
    assert_eq!(
        got,
        format!("acs_credential_id,state,is_issued\n{CRED},active,true\n{CRED2},scheduled,false\n{CRED3},expired,true\n")
    );
}

#[test]
fn an_unknown_column_is_a_usage_error_before_anything_is_sent() {
    let server = MockServer::start();
    let list = server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200)
            .json_body(json!({"acs_credentials": [], "ok": true}));
    });
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "--columns",
            "acs_credential_id,display_nam",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("invalid value 'display_nam' for --columns"),
        "{err}"
    );
    assert!(err.contains("did you mean 'display_name'?"), "{err}");
    assert!(
        err.contains("acs_credential_id, acs_user_id, display_name"),
        "{err}"
    );
    assert_eq!(stdout(&o), "");
    list.assert_calls(0);
}

#[test]
fn nested_fields_are_addressed_with_a_dot() {
    let server = server_with(vec![credential(
        CRED,
        json!({"visionline_metadata": {"card_id": "C-17", "is_valid": true}}),
    )]);
    let got = out(
        &server,
        &[
            "list",
            "-o",
            "csv",
            "--columns",
            "acs_credential_id,visionline_metadata.card_id,visionline_metadata",
        ],
        "80",
    );
    assert_eq!(
        got,
        format!("acs_credential_id,visionline_metadata.card_id,visionline_metadata\n{CRED},C-17,\"{{\"\"card_id\"\":\"\"C-17\"\",\"\"is_valid\"\":true}}\"\n")
    );
}

fn awkward() -> Vec<Value> {
    vec![
        credential(
            CRED,
            json!({
                "display_name": "Front door, \"main\"\nsecond line",
                "code": "01\t23",
                "visionline_metadata": {"card_id": "a\\b"},
                "is_issued": null
            }),
        ),
        credential(CRED2, json!({"display_name": "plain"})),
    ]
}

#[test]
fn csv_quotes_commas_quotes_and_newlines_and_nests_json() {
    let server = server_with(awkward());
    let got = out(
        &server,
        &[
            "list",
            "--format",
            "csv",
            "--columns",
            "acs_credential_id,display_name,code,visionline_metadata,is_issued,warnings",
        ],
        "80",
    );
    let want = format!(
        "acs_credential_id,display_name,code,visionline_metadata,is_issued,warnings\n\
         {CRED},\"Front door, \"\"main\"\"\nsecond line\",01\t23,\"{{\"\"card_id\"\":\"\"a\\\\b\"\"}}\",,[]\n\
         {CRED2},plain,0123,,,[]\n"
    );
    assert_eq!(got, want);
    // Without --columns: the union of the items' top-level fields, in the order first seen.
    let got = out(&server, &["list", "--format", "csv"], "80");
    let header = got.lines().next().unwrap();
    assert_eq!(
        header,
        "acs_credential_id,acs_user_id,acs_system_id,connected_account_id,workspace_id,display_name,access_method,code,created_at,is_managed,warnings,errors,visionline_metadata,is_issued"
    );
}

#[test]
fn tsv_escapes_tabs_newlines_and_backslashes() {
    let server = server_with(awkward());
    let got = out(
        &server,
        &[
            "list",
            "--format",
            "tsv",
            "--columns",
            "acs_credential_id,display_name,code,visionline_metadata",
        ],
        "80",
    );
    let want = format!(
        "acs_credential_id\tdisplay_name\tcode\tvisionline_metadata\n\
         {CRED}\tFront door, \"main\"\\nsecond line\t01\\t23\t{{\"card_id\":\"a\\\\\\\\b\"}}\n\
         {CRED2}\tplain\t0123\t\n"
    );
    assert_eq!(got, want);
    for l in got.lines() {
        assert_eq!(l.matches('\t').count(), 3, "{l}");
    }
}

#[test]
fn csv_of_one_object_is_a_header_and_a_row() {
    let server = server_with(fixture());
    let got = out(
        &server,
        &[
            "get",
            "--acs_credential_id",
            CRED2,
            "-o",
            "csv",
            "--columns",
            "acs_credential_id,display_name,card_number",
        ],
        "80",
    );
    assert_eq!(
        got,
        format!("acs_credential_id,display_name,card_number\n{CRED2},Spare card for the back office,0042\n")
    );
    let got = out(
        &server,
        &["get", "--acs_credential_id", CRED2, "-o", "tsv"],
        "80",
    );
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 2, "{got}");
    assert!(
        lines[0].starts_with("acs_credential_id\tacs_user_id\t"),
        "{got}"
    );
    assert!(lines[1].starts_with(&format!("{CRED2}\t{USER}\t")), "{got}");
}

/// Three pages: two credentials, one (with a field the first page did not have), none.
fn paged_server() -> MockServer {
    let server = MockServer::start();
    let page = |cursor: Option<&str>, items: Vec<Value>, next: Option<&str>| {
        let body = json!({
            "acs_credentials": items,
            "pagination": {"has_next_page": next.is_some(), "next_page_cursor": next},
            "ok": true
        });
        let cursor = cursor.map(str::to_string);
        server.mock(move |when, then| {
            let when = when.method(POST).path("/acs/credentials/list");
            let _ = match &cursor {
                Some(c) => when.json_body_includes(json!({"page_cursor": c}).to_string()),
                None => when.body_excludes("page_cursor"),
            };
            then.status(200).json_body(body);
        });
    };
    let f = fixture();
    page(None, vec![f[0].clone(), f[1].clone()], Some("c2"));
    page(
        Some("c2"),
        vec![credential(
            CRED3,
            json!({"is_one_time_use": true, "display_name": "x,y"}),
        )],
        Some("c3"),
    );
    page(Some("c3"), vec![], None);
    server
}

#[test]
fn csv_streams_every_page_with_one_header() {
    let server = paged_server();
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--all", "-o", "csv"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let got = stdout(&o);
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines.len(), 4, "{got}");
    assert!(
        lines[0].starts_with("acs_credential_id,acs_user_id,"),
        "{got}"
    );
    assert!(
        !lines[0].contains("is_one_time_use"),
        "fixed by page 1: {got}"
    );
    assert_eq!(
        got.matches("acs_credential_id").count(),
        1,
        "one header: {got}"
    );
    for (l, id) in lines[1..].iter().zip([CRED, CRED2, CRED3]) {
        assert!(l.starts_with(id), "{got}");
    }
    assert!(lines[3].contains(",\"x,y\","), "{got}");
    let err = stderr(&o);
    assert!(
        err.contains("is_one_time_use"),
        "the dropped field is named: {err}"
    );
    assert_eq!(err.matches("warning:").count(), 1, "{err}");

    // With --columns the header is fixed up front, and nothing is left out unsaid.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--all", "-o", "tsv"])
        .args(["--columns", "acs_credential_id,is_one_time_use"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("acs_credential_id\tis_one_time_use\n{CRED}\t\n{CRED2}\t\n{CRED3}\ttrue\n")
    );
    assert!(!stderr(&o).contains("warning:"), "{}", stderr(&o));

    // Tables: one per page that has rows, each fitted.
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "--all", "-o", "table"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let got = stdout(&o);
    let tables: Vec<&str> = got.split("\n\n").collect();
    assert_eq!(tables.len(), 2, "{got}");
    assert_fits(&format!("{}\n", tables[0]), 80, &[CRED, CRED2]);
    assert_fits(tables[1], 80, &[CRED3]);
}

/// Issue 13, defect 6: a response of almost 32 MiB with two 2 MiB names and many 100 KiB
/// ones renders through the binary as a fitted table (and as wide and CSV). No timing is
/// asserted: a generous process timeout and the output's shape.
#[test]
fn a_32_mib_answer_with_huge_cells_renders() {
    let two_mib = "N".repeat(2 << 20);
    let mut creds = vec![
        credential(CRED, json!({"display_name": two_mib})),
        credential(
            CRED2,
            json!({"display_name": format!("{two_mib} with spaces")}),
        ),
    ];
    let filler = "long name ".repeat(10 << 10); // 100 KiB
    let mut i = 0u32;
    let mut size: usize = 4 << 20;
    while size < (31 << 20) + (512 << 10) {
        creds.push(credential(
            &format!("{i:08x}-0000-4000-8000-000000000000"),
            json!({"display_name": filler, "warnings": [{"warning_code": filler, "message": "m"}]}),
        ));
        size += 2 * filler.len() + 500;
        i += 1;
    }
    let body =
        json!({"acs_credentials": creds, "pagination": {"has_next_page": false}, "ok": true})
            .to_string();
    assert!(
        body.len() > 30 << 20 && body.len() < 32 << 20,
        "{}",
        body.len()
    );
    let rows = creds.len();
    drop(creds);
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/list");
        then.status(200)
            .header("content-type", "application/json")
            .body(body);
    });
    for format in ["table", "wide"] {
        let o = seam(&server.base_url())
            .args(["acs", "credentials", "list", "-o", format])
            .env("COLUMNS", "80")
            .timeout(std::time::Duration::from_secs(300))
            .output()
            .unwrap();
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let got = stdout(&o);
        let lines: Vec<&str> = got.lines().collect();
        assert_eq!(lines.len(), rows + 2, "{format}: a line per row");
        let limit = if format == "table" { 80 } else { 1000 };
        for l in &lines {
            assert!(
                l.chars().count() <= limit,
                "{format}: {} wide",
                l.chars().count()
            );
        }
        assert!(lines[2].contains("NNNN…"), "{format}: {}", lines[2]);
        assert!(lines[2].starts_with(&CRED[..8]), "{format}");
    }
    let o = seam(&server.base_url())
        .args([
            "acs",
            "credentials",
            "list",
            "-o",
            "csv",
            "--columns",
            "acs_credential_id,display_name",
        ])
        .timeout(std::time::Duration::from_secs(300))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), rows + 1);
    assert!(o.stdout.len() > 4 << 20, "CSV keeps whole values");
}

// ---- the pager, on a pseudo-terminal ----

/// A tiny, generic pseudo-terminal driver: runs the `seam` binary with `args` and `env` (on
/// a clean environment) on a terminal of `cols` x `rows`, lets a test send keys and read what
/// reached the screen (the raw bytes written to the terminal, escapes included).
pub mod pty {
    use portable_pty::{native_pty_system, CommandBuilder, MasterPty, PtySize};
    use std::io::{Read, Write};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    pub struct Term {
        child: Box<dyn portable_pty::Child + Send + Sync>,
        writer: Box<dyn Write + Send>,
        screen: Arc<Mutex<Vec<u8>>>,
        _master: Box<dyn MasterPty + Send>,
    }

    /// Starts `seam args` on a new terminal. The environment is cleared, then PATH, HOME,
    /// TERM, TZ=UTC and a fixed SEAM_NOW are set, then `env` (which may override them).
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_seam"));
        cmd.args(args);
        cmd.env_clear();
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
        cmd.env("HOME", std::env::temp_dir());
        cmd.env("TERM", "xterm-256color");
        cmd.env("TZ", "UTC");
        cmd.env("SEAM_NOW", "2024-03-02T00:00:00Z");
        cmd.env("NO_PROXY", "*");
        cmd.env(
            "SEAM_CONFIG_DIR",
            std::env::temp_dir().join(format!("seam-pty-empty-config-{}", std::process::id())),
        );
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("seam starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(Vec::new()));
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut s) = sink.lock() {
                    s.extend_from_slice(&buf[..n]);
                }
            }
        });
        Term {
            child,
            writer,
            screen,
            _master: pair.master,
        }
    }

    impl Term {
        /// Types `keys` on the terminal.
        pub fn send(&mut self, keys: &str) {
            self.writer.write_all(keys.as_bytes()).expect("send keys");
            self.writer.flush().expect("send keys");
        }

        /// Everything written to the terminal so far (with `\r\n` line ends).
        pub fn screen(&self) -> String {
            String::from_utf8_lossy(&self.screen.lock().map(|s| s.clone()).unwrap_or_default())
                .into_owned()
        }

        /// Waits (up to 30 s) until the screen shows `needle`.
        pub fn wait_for(&self, needle: &str) -> bool {
            let end = Instant::now() + Duration::from_secs(30);
            while Instant::now() < end {
                if self.screen().contains(needle) {
                    return true;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            false
        }

        /// Waits (up to 60 s, then kills it) for the program to end; its exit code and the
        /// screen.
        pub fn finish(mut self) -> (Option<u32>, String) {
            let end = Instant::now() + Duration::from_secs(60);
            let mut code = None;
            while Instant::now() < end {
                if let Ok(Some(status)) = self.child.try_wait() {
                    code = Some(status.exit_code());
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            if code.is_none() {
                let _ = self.child.kill();
            }
            // Let the reader catch the last bytes.
            std::thread::sleep(Duration::from_millis(100));
            (code, self.screen())
        }
    }
}

/// `s` without colour escapes (a pager gets colour, as with git and `less -R`).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\u{1b}' {
            for d in it.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// 40 credentials: more lines than a 24-line terminal.
fn many() -> Vec<Value> {
    (0..40)
        .map(|i| {
            credential(
                &format!("{i:08x}-1111-4111-8111-111111111111"),
                json!({"display_name": format!("Door {i}")}),
            )
        })
        .collect()
}

fn seam_env(server: &MockServer) -> Vec<(&'static str, String)> {
    vec![
        ("SEAM_API_KEY", KEY.to_string()),
        ("SEAM_ENDPOINT", server.base_url()),
    ]
}

/// Runs `list` on a terminal of `cols` columns with extra `env`; returns the exit code and
/// the screen.
fn list_on_terminal(
    server: &MockServer,
    extra_args: &[&str],
    env: &[(&str, &str)],
    cols: u16,
) -> (Option<u32>, String) {
    let base = seam_env(server);
    let mut all: Vec<(&str, &str)> = base.iter().map(|(k, v)| (*k, v.as_str())).collect();
    all.extend_from_slice(env);
    let mut args = vec!["acs", "credentials", "list"];
    args.extend_from_slice(extra_args);
    pty::spawn(&args, &all, cols, 24).finish()
}

#[test]
fn long_tables_on_a_terminal_go_through_seam_pager_at_80_and_120_columns() {
    let server = server_with(many());
    for cols in [80u16, 120] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("paged");
        let pager = format!("cat > '{}'", file.display());
        let (code, screen) = list_on_terminal(&server, &[], &[("SEAM_PAGER", &pager)], cols);
        assert_eq!(code, Some(0), "{screen}");
        let paged = strip_ansi(&std::fs::read_to_string(&file).expect("the pager got the table"));
        let ids: Vec<String> = (0..40)
            .map(|i| format!("{i:08x}-1111-4111-8111-111111111111"))
            .collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        // The terminal's width, with no COLUMNS set.
        assert_fits(&paged, usize::from(cols), &ids);
        assert!(paged.contains("Door 39"), "{paged}");
        assert!(
            !screen.contains("Door 39"),
            "not on the screen too: {screen}"
        );
    }
}

#[test]
fn pager_choice_pager_variable_default_less_and_no_pager() {
    let server = server_with(many());
    let dir = tempfile::tempdir().unwrap();
    // PAGER when SEAM_PAGER is unset; SEAM_PAGER wins when both are set.
    let by_pager = dir.path().join("by_pager");
    let p = format!("cat > '{}'", by_pager.display());
    let (code, _) = list_on_terminal(&server, &[], &[("PAGER", &p)], 80);
    assert_eq!(code, Some(0));
    assert!(std::fs::read_to_string(&by_pager)
        .unwrap()
        .contains("Door 39"));
    let by_seam = dir.path().join("by_seam");
    let s = format!("cat > '{}'", by_seam.display());
    let unused = dir.path().join("unused");
    let u = format!("cat > '{}'", unused.display());
    list_on_terminal(&server, &[], &[("SEAM_PAGER", &s), ("PAGER", &u)], 80);
    assert!(by_seam.exists() && !unused.exists());

    // Neither: `less -FRX`, with LESS=FRX unless set (a fake `less` first on PATH records it).
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let log = dir.path().join("less.log");
    let script = bin.join("less");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"args: $* LESS=$LESS\" > '{0}'\ncat >> '{0}'\n",
            log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let (code, _) = list_on_terminal(&server, &[], &[("PATH", &path)], 80);
    assert_eq!(code, Some(0));
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.starts_with("args: -FRX LESS=FRX\n"), "{logged}");
    assert!(logged.contains("Door 39"), "{logged}");

    // --no-pager: straight to the terminal.
    std::fs::remove_file(&log).unwrap();
    let (code, screen) = list_on_terminal(&server, &["--no-pager"], &[("PATH", &path)], 80);
    assert_eq!(code, Some(0));
    assert!(!log.exists());
    assert!(screen.contains("Door 39"), "{screen}");
}

#[test]
fn no_pager_for_short_output_or_a_pipe_and_a_missing_pager_falls_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("paged");
    let pager = format!("cat > '{}'", file.display());
    // Fits the screen: printed directly.
    let server = server_with(fixture());
    let (code, screen) = list_on_terminal(&server, &[], &[("SEAM_PAGER", &pager)], 80);
    assert_eq!(code, Some(0));
    assert!(!file.exists());
    assert!(screen.contains("Old code"), "{screen}");
    // Piped: never.
    let server = server_with(many());
    let o = seam(&server.base_url())
        .args(["acs", "credentials", "list", "-o", "table"])
        .env("SEAM_PAGER", &pager)
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(!file.exists());
    assert!(stdout(&o).contains("Door 39"));
    // A pager that does not exist: plain output, and a warning.
    let (code, screen) =
        list_on_terminal(&server, &[], &[("SEAM_PAGER", "/nonexistent/pager -x")], 80);
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("Door 39"), "{screen}");
    assert!(
        screen.contains("the pager '/nonexistent/pager -x' did not start"),
        "{screen}"
    );
}

/// The real `less` (when installed) or, if it cannot start, plain output: either way `q`
/// leaves, and leaving a pager before the end is a normal exit.
#[test]
fn quitting_the_pager_early_is_a_normal_exit() {
    let rows: Vec<Value> = (0..3000)
        .map(|i| {
            credential(
                &format!("{i:08x}-1111-4111-8111-111111111111"),
                json!({"display_name": format!("Door {i}")}),
            )
        })
        .collect();
    let server = server_with(rows);
    let env = seam_env(&server);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut term = pty::spawn(&["acs", "credentials", "list"], &env, 100, 24);
    assert!(term.wait_for("Door 1"), "{}", term.screen());
    term.send("q");
    let (code, screen) = term.finish();
    assert_eq!(code, Some(0), "{screen}");
}

/// Ctrl-C while a pager has the screen is for the pager, as with git: seam does not die under
/// it (which would give the terminal back to the shell with the pager still on it) and goes on
/// until the pager is left. `less` reads Ctrl-C as a key; this pager lets the terminal send
/// SIGINT to the whole foreground group, and ignores it itself. (`list --all`: no request is
/// in flight when it comes, so no other handler is in place.)
#[test]
fn ctrl_c_while_paging_is_left_to_the_pager() {
    let server = paged_server();
    let env = seam_env(&server);
    let dir = tempfile::tempdir().unwrap();
    let (ready, paged) = (dir.path().join("ready"), dir.path().join("paged"));
    let pager = format!(
        "trap '' INT; : > '{}'; sleep 1; cat > '{}'",
        ready.display(),
        paged.display()
    );
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("SEAM_PAGER", &pager));
    let mut term = pty::spawn(&["acs", "credentials", "list", "--all"], &env, 80, 24);
    let end = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !ready.exists() && std::time::Instant::now() < end {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(ready.exists(), "the pager started: {}", term.screen());
    term.send("\u{3}");
    let (code, screen) = term.finish();
    assert_eq!(code, Some(0), "{screen}");
    let paged = std::fs::read_to_string(&paged).unwrap();
    assert!(strip_ansi(&paged).contains("Pool gate"), "{paged}");
}

/// `list --all` on a terminal: every page through one pager, and the closing status line on
/// stderr after it, not over it.
#[test]
fn all_pages_go_through_one_pager_and_the_status_follows_it() {
    let server = paged_server();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("paged");
    let pager = format!("cat > '{}'", file.display());
    let (code, screen) = list_on_terminal(&server, &["--all"], &[("SEAM_PAGER", &pager)], 80);
    assert_eq!(code, Some(0), "{screen}");
    let raw = std::fs::read_to_string(&file).unwrap();
    assert!(
        raw.contains("\u{1b}[33mscheduled\u{1b}[0m"),
        "colour, as on the terminal: {raw}"
    );
    let paged = strip_ansi(&raw);
    let tables: Vec<&str> = paged.split("\n\n").collect();
    assert_eq!(tables.len(), 2, "{paged}");
    assert_fits(&format!("{}\n", tables[0]), 80, &[CRED, CRED2]);
    assert_fits(tables[1], 80, &[CRED3]);
    assert!(!screen.contains("Pool gate"), "{screen}");
    assert!(screen.contains("3 credentials in 3 pages"), "{screen}");
}

/// `--wait` on a terminal: a spinner on stderr while it polls, on one line that fits the
/// terminal (the full credential ID in its message), at 80 and 120 columns; cleared at the end.
#[test]
fn the_wait_spinner_fits_the_terminal() {
    let id = "77777777-7777-4777-8777-777777777777";
    let server = MockServer::start();
    for path in ["/acs/credentials/create", "/acs/credentials/get"] {
        server.mock(|when, then| {
            when.method(POST).path(path);
            then.status(200).json_body(json!({
                "acs_credential": credential(id, json!({"is_issued": false})),
                "ok": true
            }));
        });
    }
    let env = seam_env(&server);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    for cols in [80u16, 120] {
        let args = [
            "acs",
            "credentials",
            "create",
            "--acs-user-id",
            "33333333-3333-4333-8333-333333333333",
            "--access-method",
            "code",
            "--wait",
            "--wait-interval",
            "0.2",
            "--wait-timeout",
            "1.5",
        ];
        let (code, screen) = pty::spawn(&args, &env, cols, 24).finish();
        assert_eq!(code, Some(7), "{screen}");
        assert!(screen.contains("is not ready"), "{screen}");
        let drawn: Vec<String> = screen
            .split(['\r', '\n'])
            .map(strip_ansi)
            .filter(|l| l.contains("waiting for"))
            .collect();
        assert!(!drawn.is_empty(), "the spinner was drawn: {screen}");
        for line in &drawn {
            let line = line.trim_end();
            let width = unicode_width::UnicodeWidthStr::width(line);
            assert!(width <= usize::from(cols), "{width} > {cols}: {line:?}");
            // Whole at 80 columns: the ID and what is awaited.
            assert!(line.ends_with(&format!("{id} (is_issued)")), "{line:?}");
        }
    }
}
