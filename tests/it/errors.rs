//! Errors from the API and the network: type, message, fields and request id; exit codes 1, 3
//! and 4; HTML pages; unexpected shapes; tokens echoed by the server; escaped server text.

use crate::support::fixtures::{CRED_ID, USER_ID};
use crate::support::server::closed_endpoint;
use crate::support::{assert_no_leak, seam, seam_bare, stderr, stdout, KEY};
use httpmock::prelude::*;
use serde_json::json;

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
    assert!(stdout(&out).is_empty(), "stdout carries data only");
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
fn network_failure_is_exit_4() {
    // Nothing listens on a port we just closed.
    let out = seam(&closed_endpoint())
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
