//! Authentication: which token, workspace and endpoint a command uses (API keys, personal
//! access tokens, console session tokens, profiles, environment, flags), the headers each sends,
//! `seam whoami`, plain-http and proxy rules, and that no token ever shows in any output.

use crate::support::fixtures::{CONSOLE, OTHER_KEY, PAT, PROFILE_KEY, WS1, WS2, WS3};
use crate::support::server::closed_endpoint;
use crate::support::{
    assert_no_leak, cfg_dir, json_out, seam, seam_in, stderr, stdout, write_cfg, KEY,
};
use assert_cmd::Command;
use httpmock::prelude::*;
use serde_json::{json, Value};

pub(crate) const LIST: &str = "/acs/credentials/list";

pub(crate) fn list_ok() -> Value {
    json!({"ok": true, "acs_credentials": []})
}

/// A mock of /acs/credentials/list that answers only when these headers are sent.
pub(crate) fn expect_list<'a>(
    server: &'a MockServer,
    token: &str,
    workspace: Option<&str>,
) -> httpmock::Mock<'a> {
    let token = token.to_string();
    let ws = workspace.map(str::to_string);
    server.mock(move |when, then| {
        let mut when = when
            .method(POST)
            .path(LIST)
            .header("authorization", format!("Bearer {token}"));
        when = match &ws {
            Some(w) => when.header("seam-workspace", w.clone()),
            None => when.header_missing("seam-workspace"),
        };
        let _ = when;
        then.status(200).json_body(list_ok());
    })
}

// ---- token kinds and their headers -----------------------------------------------------------

#[test]
fn api_key_sends_no_workspace_header() {
    let server = MockServer::start();
    let m = expect_list(&server, KEY, None);
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_WORKSPACE_ID", WS1)
        .env("SEAM_ENDPOINT", server.base_url())
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn personal_access_token_sends_workspace_header() {
    let server = MockServer::start();
    let m = expect_list(&server, PAT, Some(WS1));
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .env("SEAM_PERSONAL_ACCESS_TOKEN", PAT)
        .env("SEAM_WORKSPACE_ID", WS1)
        .env("SEAM_ENDPOINT", server.base_url())
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn console_session_token_sends_workspace_header() {
    let server = MockServer::start();
    let m = expect_list(&server, CONSOLE, Some(WS2));
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .env("SEAM_CLI_TOKEN", CONSOLE)
        .env("SEAM_CLI_WORKSPACE_ID", WS1)
        .env("SEAM_CLI_ENDPOINT", server.base_url())
        .args(["acs", "credentials", "list", "--workspace-id", WS2])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn pat_without_workspace_is_exit_3_and_says_how() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(list_ok());
    });
    let (_t, d) = cfg_dir();
    for token_var in ["SEAM_PERSONAL_ACCESS_TOKEN", "SEAM_API_KEY"] {
        let o = seam_in(&d)
            .env(token_var, PAT)
            .env("SEAM_ENDPOINT", server.base_url())
            .args(["acs", "credentials", "list"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("personal access token"), "{e}");
        assert!(e.contains("needs a workspace"), "{e}");
        assert!(e.contains("--workspace-id"), "{e}");
        assert!(e.contains("SEAM_WORKSPACE_ID"), "{e}");
        assert!(!e.contains(PAT), "{e}");
    }
    // Also under --dry-run: the request shown would be wrong without the header.
    let o = seam_in(&d)
        .env("SEAM_PERSONAL_ACCESS_TOKEN", PAT)
        .args(["acs", "credentials", "list", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    any.assert_calls(0);
}

// ---- precedence --------------------------------------------------------------------------------

pub(crate) fn profiles_file(endpoint_main: &str, endpoint_pat: &str) -> String {
    format!(
        r#"default_profile = "main"

[profiles.main]
token = "{PROFILE_KEY}"
endpoint = "{endpoint_main}"

[profiles.pat]
token = "{PAT}"
workspace_id = "{WS1}"
endpoint = "{endpoint_pat}"

[profiles.empty]
endpoint = "{endpoint_pat}"
"#
    )
}

#[test]
fn default_profile_supplies_token_and_endpoint() {
    let server = MockServer::start();
    let m = expect_list(&server, PROFILE_KEY, None);
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &profiles_file(&server.base_url(), "https://unused.invalid"),
    );
    let o = seam_in(&d)
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn profile_named_default_is_used_without_default_profile_key() {
    let server = MockServer::start();
    let m = expect_list(&server, PROFILE_KEY, None);
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &format!(
            "[profiles.default]\ntoken = \"{PROFILE_KEY}\"\nendpoint = \"{}\"\n",
            server.base_url()
        ),
    );
    let o = seam_in(&d)
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn env_token_and_endpoint_beat_the_default_profile() {
    let server = MockServer::start();
    let other = MockServer::start();
    let m = expect_list(&server, KEY, None);
    let (_t, d) = cfg_dir();
    write_cfg(&d, &profiles_file(&other.base_url(), &other.base_url()));
    for (tok_var, ep_var) in [
        ("SEAM_API_KEY", "SEAM_ENDPOINT"),
        ("SEAM_CLI_TOKEN", "SEAM_CLI_ENDPOINT"),
    ] {
        let o = seam_in(&d)
            .env(tok_var, KEY)
            .env(ep_var, server.base_url())
            .args(["acs", "credentials", "list"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    m.assert_calls(2);
}

/// A token from the environment is never paired with the default profile's endpoint or
/// workspace: a CI key must not go wherever a machine's profile points.
#[test]
fn env_token_does_not_borrow_the_default_profiles_endpoint_or_workspace() {
    let profile_api = MockServer::start();
    let anything = profile_api.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &format!(
            "default_profile = \"pat\"\n\n[profiles.pat]\ntoken = \"{PAT}\"\nworkspace_id = \"{WS1}\"\nendpoint = \"{}\"\n",
            profile_api.base_url()
        ),
    );
    // An API key from the environment: the built-in endpoint, no workspace header.
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .args(["acs", "credentials", "list", "--dry-run", "--verbose"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("POST https://connect.getseam.com/acs/credentials/list"),
        "{out}"
    );
    assert!(!out.contains("seam-workspace"), "{out}");
    assert!(
        stderr(&o).contains("not used with the token from SEAM_API_KEY"),
        "{}",
        stderr(&o)
    );
    // A personal access token from the environment needs its own workspace.
    let o = seam_in(&d)
        .env(
            "SEAM_PERSONAL_ACCESS_TOKEN",
            "seam_at1_other_0123456789abcdefgh",
        )
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("workspace"), "{}", stderr(&o));
    anything.assert_calls(0);
}

#[test]
fn explicit_profile_beats_env_token_workspace_and_endpoint() {
    let server = MockServer::start();
    let wrong = MockServer::start();
    let m = expect_list(&server, PAT, Some(WS1));
    let (_t, d) = cfg_dir();
    write_cfg(&d, &profiles_file(&wrong.base_url(), &server.base_url()));
    // With --profile, and with SEAM_PROFILE.
    let mut a = seam_in(&d);
    a.args(["acs", "credentials", "list", "--profile", "pat"]);
    let mut b = seam_in(&d);
    b.env("SEAM_PROFILE", "pat")
        .args(["acs", "credentials", "list"]);
    for mut c in [a, b] {
        let o = c
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_WORKSPACE_ID", WS2)
            .env("SEAM_ENDPOINT", wrong.base_url())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert_no_leak(&o);
    }
    m.assert_calls(2);
}

#[test]
fn profile_flag_beats_seam_profile() {
    let server = MockServer::start();
    let m = expect_list(&server, PROFILE_KEY, None);
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &profiles_file(&server.base_url(), "https://unused.invalid"),
    );
    let o = seam_in(&d)
        .env("SEAM_PROFILE", "pat")
        .args(["acs", "credentials", "list", "--profile", "main"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn flags_beat_everything() {
    let server = MockServer::start();
    let wrong = MockServer::start();
    let m = expect_list(&server, PAT, Some(WS3));
    let (_t, d) = cfg_dir();
    write_cfg(&d, &profiles_file(&wrong.base_url(), &wrong.base_url()));
    let o = seam_in(&d)
        .env("SEAM_WORKSPACE_ID", WS2)
        .env("SEAM_ENDPOINT", wrong.base_url())
        .args(["acs", "credentials", "list", "--profile", "pat"])
        .args(["--workspace-id", WS3, "--endpoint", &server.base_url()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn env_workspace_beats_default_profile_workspace() {
    let server = MockServer::start();
    let m = expect_list(&server, PAT, Some(WS2));
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &format!(
            "[profiles.default]\ntoken = \"{PAT}\"\nworkspace_id = \"{WS1}\"\nendpoint = \"{}\"\n",
            server.base_url()
        ),
    );
    let o = seam_in(&d)
        .env("SEAM_CLI_WORKSPACE_ID", WS2)
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    m.assert_calls(1);
}

#[test]
fn built_in_endpoint_is_the_default() {
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .args(["acs", "credentials", "list", "--dry-run"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("POST https://connect.getseam.com/acs/credentials/list"));
    assert_no_leak(&o);
}

#[test]
fn conflicting_variables_are_clear_errors() {
    let (_t, d) = cfg_dir();
    type Case<'a> = (&'a [(&'a str, &'a str)], i32, &'a str);
    let cases: &[Case] = &[
        (
            &[("SEAM_API_KEY", KEY), ("SEAM_PERSONAL_ACCESS_TOKEN", PAT)],
            3,
            "SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN",
        ),
        (
            &[("SEAM_API_KEY", KEY), ("SEAM_CLI_TOKEN", OTHER_KEY)],
            3,
            "SEAM_API_KEY and SEAM_CLI_TOKEN",
        ),
        (
            &[
                ("SEAM_PERSONAL_ACCESS_TOKEN", PAT),
                ("SEAM_WORKSPACE_ID", WS1),
                ("SEAM_CLI_WORKSPACE_ID", WS2),
            ],
            3,
            "SEAM_WORKSPACE_ID and SEAM_CLI_WORKSPACE_ID",
        ),
        (
            &[
                ("SEAM_API_KEY", KEY),
                ("SEAM_ENDPOINT", "https://a.example"),
                ("SEAM_CLI_ENDPOINT", "https://b.example"),
            ],
            2,
            "SEAM_ENDPOINT and SEAM_CLI_ENDPOINT",
        ),
    ];
    for (vars, code, names) in cases {
        for args in [
            &["acs", "credentials", "list", "--dry-run"][..],
            &["whoami"][..],
        ] {
            let mut c = seam_in(&d);
            for (k, v) in *vars {
                c.env(k, v);
            }
            let o = c.args(args).output().unwrap();
            assert_eq!(o.status.code(), Some(*code), "{vars:?}: {}", stderr(&o));
            assert!(stderr(&o).contains(names), "{}", stderr(&o));
            assert!(stderr(&o).contains("conflicting"), "{}", stderr(&o));
            assert_no_leak(&o);
            assert!(!stderr(&o).contains(PAT) && !stderr(&o).contains(OTHER_KEY));
        }
    }
    // The same value in two variables is no conflict.
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_CLI_TOKEN", KEY)
        .args(["acs", "credentials", "list", "--dry-run"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn named_profile_must_exist_and_have_a_token() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(list_ok());
    });
    let (_t, d) = cfg_dir();
    write_cfg(&d, &profiles_file(&server.base_url(), &server.base_url()));
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .args(["acs", "credentials", "list", "--profile", "nosuch"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("no profile 'nosuch'"), "{}", stderr(&o));
    assert!(stderr(&o).contains("seam login --profile nosuch"));
    // A named profile without a token does not fall back to the environment's key.
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .args(["acs", "credentials", "list", "--profile", "empty"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("profile 'empty'"), "{}", stderr(&o));
    let o = seam_in(&d)
        .args(["acs", "credentials", "list", "--profile", "bad name!"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    any.assert_calls(0);
}

#[test]
fn no_token_anywhere_is_exit_3_with_hints() {
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .env("SEAM_ENDPOINT", "http://127.0.0.1:9")
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    let e = stderr(&o);
    assert!(e.contains("not logged in"), "{e}");
    assert!(e.contains("seam login"), "{e}");
    assert!(e.contains("SEAM_API_KEY"), "{e}");
}

#[test]
fn invalid_workspace_id_is_a_usage_error() {
    let (_t, d) = cfg_dir();
    let o = seam_in(&d)
        .env("SEAM_PERSONAL_ACCESS_TOKEN", PAT)
        .args([
            "acs",
            "credentials",
            "list",
            "--workspace-id",
            "nope",
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("invalid workspace id"),
        "{}",
        stderr(&o)
    );
}

// ---- http refusal -------------------------------------------------------------------------------

/// A proxy in the environment never sees a request to a local http mock (it would see the
/// token in clear text).
#[test]
fn loopback_http_never_goes_through_a_proxy() {
    let (_t, d) = cfg_dir();
    let api = MockServer::start();
    let proxy = MockServer::start();
    let reached = api.mock(|when, then| {
        when.path("/acs/credentials/list");
        then.status(200).json_body(json!({"acs_credentials": [], "pagination": {"has_next_page": false, "next_page_cursor": null}, "ok": true}));
    });
    let proxied = proxy.mock(|when, then| {
        when.any_request();
        then.status(502);
    });
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY"] {
        let o = seam_in(&d)
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", api.base_url())
            .env_remove("NO_PROXY")
            .env(var, proxy.base_url())
            .args(["acs", "credentials", "list"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{var}: {}", stderr(&o));
    }
    reached.assert_calls(3);
    proxied.assert_calls(0);
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let (_t, d) = cfg_dir();
    // Also spellings that a hand-made parser would take for loopback.
    for ep in [
        "http://example.com",
        "http://10.0.0.1:8080/",
        "http://example.invalid\\@127.0.0.1",
        "http://127.example.invalid",
    ] {
        let o = seam_in(&d)
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", ep)
            .args(["acs", "credentials", "list"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(3), "{ep}: {}", stderr(&o));
        assert!(stderr(&o).contains("refusing to send"), "{}", stderr(&o));
        assert!(stderr(&o).contains("https://"), "{}", stderr(&o));
        assert_no_leak(&o);
    }
    // A user name or password in the endpoint would be a second credential (Basic auth) and
    // show in traces: refused before anything is sent, without quoting it.
    for ep in [
        "http://user:pw-5ecret@127.0.0.1:9",
        "https://user@connect.getseam.com",
    ] {
        let o = seam_in(&d)
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", ep)
            .args(["acs", "credentials", "list", "--verbose"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{ep}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("user name or password"),
            "{}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("pw-5ecret"), "{}", stderr(&o));
    }
    // Nor is a remote http endpoint saved, by login or by config set.
    let o = seam_in(&d)
        .args([
            "login",
            "--with-token",
            "--no-verify",
            "--endpoint",
            "http://example.com",
        ])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!d.join("config.toml").exists());
    // The workspace header is not smuggled in with --header either.
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .args([
            "acs",
            "credentials",
            "list",
            "--dry-run",
            "-H",
            &format!("seam-workspace: {WS1}"),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--workspace-id"), "{}", stderr(&o));
    // The same key goes to loopback over http (every mock test) and to https hosts.
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .args(["acs", "credentials", "list", "--dry-run"])
        .args(["--endpoint", "https://example.com"])
        .output()
        .unwrap();
    assert!(o.status.success());
}

// ---- whoami ---------------------------------------------------------------------------------------

#[test]
fn whoami_says_where_each_value_came_from() {
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &profiles_file("https://main.example", "https://pat.example"),
    );
    let o = seam_in(&d).args(["whoami", "--json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(v["profile"]["name"], "main");
    assert_eq!(v["profile"]["source"], "default_profile in the config file");
    assert_eq!(v["endpoint"]["value"], "https://main.example");
    assert_eq!(v["endpoint"]["source"], "profile 'main' in the config file");
    assert_eq!(v["token"]["kind"], "api_key");
    assert_eq!(v["token"]["masked"], "seam_...cdef");
    assert_eq!(v["workspace_id"]["sent"], false);

    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_WORKSPACE_ID", WS2)
        .args(["whoami", "--json", "--profile", "pat"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(v["profile"]["source"], "flag --profile");
    assert_eq!(v["token"]["kind"], "personal_access_token");
    assert_eq!(v["token"]["source"], "profile 'pat' in the config file");
    assert_eq!(v["workspace_id"]["value"], WS1);
    assert_eq!(v["workspace_id"]["sent"], true);
    assert!(v["notes"][0]
        .as_str()
        .unwrap_or("")
        .contains("SEAM_API_KEY is set but not used"));
    assert_no_leak(&o);
    assert!(!stdout(&o).contains(PAT));

    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_ENDPOINT", "https://env.example")
        .args(["whoami", "--format", "table", "--workspace-id", WS3])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("environment variable SEAM_API_KEY"), "{out}");
    assert!(out.contains("environment variable SEAM_ENDPOINT"), "{out}");
    assert!(out.contains("flag --workspace-id"), "{out}");
    assert!(out.contains("API key"), "{out}");
    assert!(out.contains("seam_...cdef"), "{out}");
    assert!(
        out.contains("profile 'main' has a token, but SEAM_API_KEY wins"),
        "{out}"
    );
    assert_no_leak(&o);
}

#[test]
fn whoami_exits_3_without_a_usable_token() {
    let (_t, d) = cfg_dir();
    let o = seam_in(&d).args(["whoami", "--json"]).output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(json_out(&o)["token"]["masked"], Value::Null);
    let o = seam_in(&d)
        .env("SEAM_PERSONAL_ACCESS_TOKEN", PAT)
        .args(["whoami"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("needs a workspace"));
    assert!(!stdout(&o).contains(PAT) && !stderr(&o).contains(PAT));
}

// ---- the key never leaks ------------------------------------------------------------------------

#[test]
fn the_key_never_appears_in_any_output() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path(LIST);
        then.status(200).json_body(list_ok());
    });
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/get");
        then.status(400).header("seam-request-id", "req_1").json_body(json!({
            "error": {"type": "invalid_input", "message": "bad", "validation_errors": {"acs_credential_id": {"_errors": ["nope"]}}}
        }));
    });
    server.mock(|when, then| {
        when.method(POST).path("/acs/credentials/delete");
        then.status(401)
            .json_body(json!({"error": {"type": "unauthorized", "message": "Unauthorized"}}));
    });
    server.mock(|when, then| {
        when.method(POST).path("/workspaces/get");
        then.status(401)
            .json_body(json!({"error": {"type": "unauthorized", "message": "Unauthorized"}}));
    });
    let closed = closed_endpoint();
    let id = "66666666-6666-4666-8666-666666666666";
    let ep = server.base_url();
    let (_t, d) = cfg_dir();
    // The key in the environment, and (below) in a profile.
    let cases: Vec<Vec<&str>> = vec![
        vec!["acs", "credentials", "list"],
        vec!["acs", "credentials", "list", "--format", "table"],
        vec!["acs", "credentials", "list", "-v"],
        vec!["acs", "credentials", "list", "--dry-run"],
        vec!["acs", "credentials", "list", "--dry-run", "-v"],
        vec!["acs", "credentials", "get", "--acs-credential-id", id],
        vec!["acs", "credentials", "get", "--acs-credential-id", id, "-v"],
        vec![
            "acs",
            "credentials",
            "delete",
            "--acs-credential-id",
            id,
            "--yes",
        ],
        vec![
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            "not-a-uuid",
        ],
        vec![
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            id,
            "--endpoint",
            &closed,
            "--max-retries",
            "0",
        ],
        vec![
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            id,
            "--endpoint",
            "http://example.com",
        ],
        vec![
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            id,
            "--endpoint",
            "nope",
        ],
        vec!["acs", "credentials", "list", "--profile", "nosuch"],
        vec!["--help"],
        vec!["acs", "credentials", "list", "--help"],
        vec!["login", "--help"],
        vec!["config", "--help"],
        vec!["whoami"],
        vec!["whoami", "--format", "table"],
        vec!["whoami", "--json", "-v"],
        vec!["config", "list"],
        vec!["config", "list", "--format", "table"],
        vec!["config", "get", "token"],
        vec!["config", "path"],
        vec!["config", "get", "token", "--format", "table"],
        vec!["completion", "bash"],
        vec!["logout", "--dry-run"],
    ];
    let check = |args: &[&str], mut c: Command| {
        let o = c.args(args).output().unwrap();
        assert_no_leak(&o);
    };
    // 1. Key in SEAM_API_KEY (the shared helper sets it and the endpoint).
    for args in &cases {
        let mut c = seam(&ep);
        c.env("SEAM_CONFIG_DIR", &d);
        check(args, c);
    }
    // 2. Key saved in the default profile.
    write_cfg(
        &d,
        &format!("[profiles.default]\ntoken = \"{KEY}\"\nendpoint = \"{ep}\"\n"),
    );
    for args in &cases {
        check(args, seam_in(&d));
    }
    // 3. Login with a rejected key, verified and under --dry-run.
    for extra in [&[][..], &["--dry-run"][..], &["-v"][..]] {
        let mut c = seam_in(&d);
        let o = c
            .args(["login", "--with-token", "--profile", "x", "--endpoint", &ep])
            .args(extra)
            .write_stdin(KEY)
            .output()
            .unwrap();
        assert!(!o.status.success() || extra == ["--dry-run"]);
        assert_no_leak(&o);
    }
    // 4. Commands that rewrite the file, last: they must not echo what they keep or remove.
    for args in [
        &["config", "set", "workspace_id", WS1][..],
        &["config", "use", "default"][..],
        &["config", "unset", "token", "-v"][..],
        &["logout", "-v"][..],
    ] {
        check(args, seam_in(&d));
    }
    // 5. A conflict between two variables names them, not their values.
    let o = seam_in(&d)
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_PERSONAL_ACCESS_TOKEN", PAT)
        .args(["acs", "credentials", "list"])
        .output()
        .unwrap();
    assert_no_leak(&o);
}
