//! `seam login`: the token is checked, then saved with its workspace and profile; nothing is
//! saved when the check fails.

use crate::auth::expect_list;
use crate::support::fixtures::{PAT, WS1, WS2};
use crate::support::server::closed_endpoint;
use crate::support::{assert_no_leak, cfg_dir, json_out, read_cfg, seam_in, stderr, KEY};
use httpmock::prelude::*;
use serde_json::json;

// ---- login / logout -----------------------------------------------------------------------------

fn workspace_mock<'a>(server: &'a MockServer, token: &str, ws: Option<&str>) -> httpmock::Mock<'a> {
    let token = token.to_string();
    let ws = ws.map(str::to_string);
    server.mock(move |when, then| {
        let mut when = when
            .method(POST)
            .path("/workspaces/get")
            .header("authorization", format!("Bearer {token}"));
        when = match &ws {
            Some(w) => when.header("seam-workspace", w.clone()),
            None => when.header_missing("seam-workspace"),
        };
        let _ = when;
        then.status(200).json_body(json!({
            "ok": true,
            "workspace": {"workspace_id": WS1, "name": "Acme Sandbox", "is_sandbox": true}
        }));
    })
}

#[test]
fn login_checks_saves_and_round_trips() {
    let server = MockServer::start();
    let check = workspace_mock(&server, KEY, None);
    let list = expect_list(&server, KEY, None);
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .args(["login", "--with-token", "--endpoint", &server.base_url()])
        .write_stdin(format!("  {KEY}\n"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_no_leak(&o);
    check.assert_calls(1);
    let e = stderr(&o);
    assert!(e.contains("Acme Sandbox"), "{e}");
    assert!(e.contains(WS1), "{e}");
    assert!(e.contains("profile 'default' (the default)"), "{e}");
    let t = read_cfg(&d);
    assert_eq!(t["default_profile"].as_str(), Some("default"));
    assert_eq!(t["profiles"]["default"]["token"].as_str(), Some(KEY));
    assert_eq!(
        t["profiles"]["default"]["endpoint"].as_str(),
        Some(server.base_url().as_str())
    );
    // The saved profile is used with no environment at all.
    let o = seam_in(&d)
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    list.assert_calls(1);
    let o = seam_in(&d).args(["whoami", "--json"]).output().unwrap();
    assert!(o.status.success());
    assert_eq!(
        json_out(&o)["token"]["source"],
        "profile 'default' in the config file"
    );
    assert_no_leak(&o);

    // logout removes the token, keeps the endpoint; a second logout is a no-op.
    let o = seam_in(&d).args(["logout"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("Logged out"));
    let t = read_cfg(&d);
    assert!(t["profiles"]["default"].get("token").is_none());
    assert!(t["profiles"]["default"].get("endpoint").is_some());
    assert!(!std::fs::read_to_string(d.join("config.toml"))
        .unwrap()
        .contains(KEY));
    let o = seam_in(&d).args(["logout"]).output().unwrap();
    assert!(o.status.success());
    assert!(stderr(&o).contains("nothing to do"));
    let o = seam_in(&d).args(["whoami"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
}

#[test]
fn login_pat_saves_its_workspace_and_named_profile() {
    let server = MockServer::start();
    let check = workspace_mock(&server, PAT, Some(WS2));
    let list = expect_list(&server, PAT, Some(WS2));
    let (_t, d) = cfg_dir();
    // Without a workspace: exit 3, nothing saved, nothing sent.
    let o = seam_in(&d)
        .args(["login", "--with-token", "--profile", "acme"])
        .args(["--endpoint", &server.base_url()])
        .write_stdin(PAT)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("--workspace-id"));
    assert!(!d.join("config.toml").exists());
    check.assert_calls(0);

    let o = seam_in(&d)
        .args([
            "login",
            "--with-token",
            "--profile",
            "acme",
            "--workspace-id",
            WS2,
        ])
        .args(["--endpoint", &server.base_url()])
        .write_stdin(PAT)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    check.assert_calls(1);
    assert!(!stderr(&o).contains(PAT));
    let t = read_cfg(&d);
    assert_eq!(t["profiles"]["acme"]["workspace_id"].as_str(), Some(WS2));
    assert_eq!(t["default_profile"].as_str(), Some("acme"));
    let o = seam_in(&d)
        .args(["acs", "credentials", "list", "--profile", "acme"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    list.assert_calls(1);
    // logout --profile of the only profile with a token.
    let o = seam_in(&d)
        .args(["logout", "--profile", "acme"])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(!std::fs::read_to_string(d.join("config.toml"))
        .unwrap()
        .contains(PAT));
}

#[test]
fn login_with_a_rejected_token_saves_nothing() {
    let server = MockServer::start();
    let m = server.mock(|when, then| {
        when.method(POST).path("/workspaces/get");
        then.status(401)
            .header("seam-request-id", "req_401")
            .json_body(json!({"error": {"type": "unauthorized", "message": "Unauthorized"}}));
    });
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .args(["login", "--with-token", "--endpoint", &server.base_url()])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("rejected"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing was saved"), "{}", stderr(&o));
    assert_no_leak(&o);
    m.assert_calls(1);
    assert!(!d.join("config.toml").exists());
}

#[test]
fn login_network_error_saves_nothing_and_no_verify_saves() {
    let ep = closed_endpoint();
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .args([
            "login",
            "--with-token",
            "--max-retries",
            "0",
            "--endpoint",
            &ep,
        ])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("--no-verify"));
    assert_no_leak(&o);
    assert!(!d.join("config.toml").exists());
    let o = seam_in(&d)
        .args(["login", "--with-token", "--no-verify", "--endpoint", &ep])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("without checking"));
    assert_eq!(
        read_cfg(&d)["profiles"]["default"]["token"].as_str(),
        Some(KEY)
    );
}

#[test]
fn login_input_is_checked() {
    let (_t, d) = cfg_dir();
    // No terminal and no --with-token.
    let o = seam_in(&d)
        .args(["login"])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--with-token"));
    for (input, what) in [
        ("", "empty"),
        ("seam_a b", "spaces"),
        (
            "not-a-seam-token-0123456789",
            "does not look like a Seam token",
        ),
        ("seam_pk1_publishable_0123456789", "publishable key"),
    ] {
        let o = seam_in(&d)
            .args(["login", "--with-token"])
            .write_stdin(input)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{input}: {}", stderr(&o));
        assert!(stderr(&o).contains(what), "{input}: {}", stderr(&o));
        if input.len() > 10 {
            assert!(!stderr(&o).contains(input), "{}", stderr(&o));
        }
    }
    assert!(!d.join("config.toml").exists());
}

/// The sandbox case: `SEAM_ENDPOINT` (or `SEAM_CLI_ENDPOINT`) points login at another API; the
/// profile saved must keep talking to it (not production), and login says so.
#[test]
fn login_saves_the_endpoint_from_the_environment_it_verified_against() {
    for var in ["SEAM_ENDPOINT", "SEAM_CLI_ENDPOINT"] {
        let server = MockServer::start();
        let check = workspace_mock(&server, KEY, None);
        let list = expect_list(&server, KEY, None);
        let (_t, d) = cfg_dir();
        let o = seam_in(&d)
            .env(var, server.base_url())
            .args(["login", "--with-token"])
            .write_stdin(KEY)
            .output()
            .unwrap();
        assert!(o.status.success(), "{var}: {}", stderr(&o));
        check.assert_calls(1);
        let e = stderr(&o);
        assert!(
            e.contains(&format!("with endpoint {}", server.base_url())),
            "{var}: {e}"
        );
        let t = read_cfg(&d);
        assert_eq!(
            t["profiles"]["default"]["endpoint"].as_str(),
            Some(server.base_url().as_str()),
            "{var}"
        );
        // Without the variable, the profile still goes to the server it was checked against.
        let o = seam_in(&d).args(["whoami", "--json"]).output().unwrap();
        assert_eq!(
            json_out(&o)["endpoint"]["value"].as_str(),
            Some(server.base_url().as_str()),
            "{var}"
        );
        let o = seam_in(&d)
            .args(["acs", "credentials", "list"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{var}: {}", stderr(&o));
        list.assert_calls(1);
    }
}

/// A rejected API key gets no hint about personal access tokens' workspaces.
#[test]
fn a_rejected_api_key_gets_no_workspace_hint() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.path("/workspaces/get");
        then.status(401)
            .json_body(json!({"error": {"type": "unauthorized", "message": "Unauthorized"}}));
    });
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .args(["login", "--with-token", "--endpoint", &server.base_url()])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(!stderr(&o).contains("workspace-id"), "{}", stderr(&o));
}
