//! Authentication, workspaces, profiles and the config file (issue 3).

use crate::support::{assert_no_leak, seam, seam_bare, stderr, stdout, KEY};
use assert_cmd::Command;
use httpmock::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const PAT: &str = "seam_at1_PAT_5ecret_0123456789abcdef";
const CONSOLE: &str = "eyJhbGciOiJIUzI1NiJ9.c0ns0le_5ecret_0123456789abcdef";
const PROFILE_KEY: &str = "seam_prof1le_5ecret_0123456789abcdef";
const OTHER_KEY: &str = "seam_other_5ecret_0123456789abcdef";
const WS1: &str = "11111111-1111-4111-8111-111111111111";
const WS2: &str = "22222222-2222-4222-8222-222222222222";
const WS3: &str = "33333333-3333-4333-8333-333333333333";

const LIST: &str = "/acs/credentials/list";

fn list_ok() -> Value {
    json!({"ok": true, "acs_credentials": []})
}

/// `seam` with a clean environment and its own (empty) config directory.
fn seam_in(dir: &Path) -> Command {
    let mut c = seam_bare();
    c.env("SEAM_CONFIG_DIR", dir);
    c
}

fn cfg_dir() -> (TempDir, PathBuf) {
    let t = tempfile::tempdir().expect("temp dir");
    let d = t.path().join("seam");
    (t, d)
}

/// Writes a config file (0600) into `dir`.
fn write_cfg(dir: &Path, text: &str) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let p = dir.join("config.toml");
    std::fs::write(&p, text).expect("write config");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
}

fn read_cfg(dir: &Path) -> toml::Table {
    let text = std::fs::read_to_string(dir.join("config.toml")).expect("config exists");
    toml::from_str(&text).expect("valid TOML")
}

fn json_out(o: &std::process::Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// A mock of /acs/credentials/list that answers only when these headers are sent.
fn expect_list<'a>(
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

fn profiles_file(endpoint_main: &str, endpoint_pat: &str) -> String {
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
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let ep = format!("http://127.0.0.1:{port}");
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

// ---- seam config ---------------------------------------------------------------------------------

#[test]
fn config_commands_round_trip() {
    let (_t, d) = cfg_dir();
    let run = |args: &[&str]| seam_in(&d).args(args).output().unwrap();
    let o = run(&["config", "path"]);
    assert_eq!(
        stdout(&o).trim(),
        d.join("config.toml").display().to_string()
    );

    let o = run(&["config", "set", "workspace_id", WS1, "--profile", "acme"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&[
        "config",
        "set",
        "endpoint",
        "https://acme.example",
        "--profile",
        "acme",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["config", "get", "workspace-id", "--profile", "acme"]);
    assert_eq!(stdout(&o), format!("{WS1}\n"));
    let o = run(&["config", "get", "endpoint"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "", "the default profile has no endpoint");
    let o = run(&["config", "use", "acme"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["config", "get", "endpoint"]);
    assert_eq!(stdout(&o), "https://acme.example\n");
    let o = run(&["config", "get", "default_profile"]);
    assert_eq!(stdout(&o), "acme\n");
    let o = run(&["config", "unset", "endpoint"]);
    assert!(o.status.success());
    let o = run(&["config", "get", "endpoint"]);
    assert_eq!(stdout(&o), "");

    // Bad values and keys.
    let o = run(&["config", "use", "nosuch"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no profile 'nosuch'"));
    let o = run(&["config", "set", "endpoint", "ftp://x"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["config", "set", "endpoint", "http://example.com"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("plain http://"), "{}", stderr(&o));
    let o = run(&[
        "config",
        "set",
        "endpoint",
        "http://127.0.0.1:4010",
        "--profile",
        "mock",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["config", "set", "workspace_id", "abc"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["config", "set", "colour", "red"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown config key"));
    // A token is never given on the command line.
    let o = run(&["config", "set", "token", KEY]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("seam login"));
    assert_no_leak(&o);
    assert!(!std::fs::read_to_string(d.join("config.toml"))
        .unwrap()
        .contains(KEY));
}

#[test]
fn config_list_and_get_mask_tokens() {
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &profiles_file("https://main.example", "https://pat.example"),
    );
    let o = seam_in(&d)
        .args(["config", "list", "--format", "table"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("[profiles.main]  # the default"), "{out}");
    assert!(out.contains("default_profile = \"main\""), "{out}");
    assert!(out.contains("seam_...cdef"), "{out}");
    assert!(out.contains("seam_at...cdef"), "{out}");
    assert!(!out.contains(PROFILE_KEY) && !out.contains(PAT), "{out}");
    let o = seam_in(&d)
        .args(["config", "list", "--json"])
        .output()
        .unwrap();
    let v = json_out(&o);
    assert_eq!(v["default_profile"], "main");
    assert_eq!(v["profiles"]["pat"]["token"], "seam_at...cdef");
    assert_eq!(v["profiles"]["pat"]["token_kind"], "personal_access_token");
    assert_eq!(v["profiles"]["empty"]["token"], Value::Null);
    assert!(!stdout(&o).contains(PROFILE_KEY) && !stdout(&o).contains(PAT));
    let o = seam_in(&d)
        .args(["config", "get", "token", "--profile", "pat"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "seam_at...cdef\n");
}

#[test]
fn config_file_errors_do_not_quote_the_file() {
    let (_t, d) = cfg_dir();
    write_cfg(
        &d,
        &format!("[profiles.default]\ntoken = \"{KEY}\"\nendpoint = \"{KEY}\n"),
    );
    let o = seam_in(&d).args(["whoami"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is not valid: line 3"),
        "{}",
        stderr(&o)
    );
    assert_no_leak(&o);
}

// ---- file modes and atomic replacement -------------------------------------------------------

#[cfg(unix)]
#[test]
fn file_is_0600_in_a_0700_dir_and_loose_modes_warn() {
    use std::os::unix::fs::PermissionsExt;
    let t = tempfile::tempdir().unwrap();
    let d = t.path().join("a").join("seam");
    let o = seam_in(&d)
        .args(["login", "--with-token", "--no-verify"])
        .write_stdin(KEY)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&d.join("config.toml")), 0o600);
    assert_eq!(mode(&d), 0o700);
    assert_eq!(mode(&t.path().join("a")), 0o700);
    // A rewrite keeps 0600 even if the old file was looser, and leaves no temp or lock file.
    std::fs::set_permissions(
        d.join("config.toml"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();
    let o = seam_in(&d).args(["whoami"]).output().unwrap();
    assert!(stderr(&o).contains("warning:"), "{}", stderr(&o));
    assert!(stderr(&o).contains("chmod 600"), "{}", stderr(&o));
    assert_no_leak(&o);
    let o = seam_in(&d)
        .args(["config", "set", "workspace_id", WS1])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode(&d.join("config.toml")), 0o600);
    let o = seam_in(&d).args(["whoami"]).output().unwrap();
    assert!(!stderr(&o).contains("warning:"), "{}", stderr(&o));
    let names: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["config.toml".to_string()]);
}

#[test]
fn concurrent_writers_never_leave_a_partial_file() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    const BULK: usize = 1500;
    const WRITERS: usize = 16;
    let (_t, d) = cfg_dir();
    // Some bulk, so a torn write would be visible.
    let mut text = String::from("default_profile = \"p0\"\n");
    for i in 0..BULK {
        text.push_str(&format!(
            "[profiles.bulk{i}]\ntoken = \"{OTHER_KEY}{i}\"\nworkspace_id = \"{WS1}\"\n"
        ));
    }
    write_cfg(&d, &text);
    // Rewrites drop nothing, so every whole file is at least this long.
    let min_len = text.len() * 9 / 10;
    let stop = Arc::new(AtomicBool::new(false));
    let path = d.join("config.toml");
    let reader = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut reads = 0u32;
            let mut samples = Vec::new();
            while !stop.load(Ordering::SeqCst) {
                let bytes = std::fs::read(&path).expect("the file is always there");
                // A cheap check on every read, so reads come fast; some are parsed afterwards.
                assert!(
                    bytes.len() >= min_len,
                    "partial file seen: {} bytes",
                    bytes.len()
                );
                assert_eq!(bytes.last(), Some(&b'\n'), "partial file seen");
                if reads.is_multiple_of(5000) {
                    samples.push(bytes);
                }
                reads += 1;
            }
            for bytes in samples {
                let text = String::from_utf8(bytes).expect("UTF-8");
                let t: toml::Table =
                    toml::from_str(&text).unwrap_or_else(|e| panic!("broken file seen: {e}"));
                assert!(t["profiles"].as_table().map_or(0, |p| p.len()) >= BULK);
            }
            reads
        })
    };
    let writers: Vec<_> = (0..WRITERS)
        .map(|i| {
            let bin = assert_cmd::cargo::cargo_bin("seam");
            let mut c = std::process::Command::new(bin);
            c.env_clear()
                .env("SEAM_CONFIG_DIR", &d)
                .args([
                    "config",
                    "set",
                    "endpoint",
                    &format!("https://h{i}.example"),
                ])
                .args(["--profile", &format!("p{i}")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            c.spawn().expect("spawn seam")
        })
        .collect();
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    stop.store(true, Ordering::SeqCst);
    let reads = reader.join().expect("reader saw only whole files");
    assert!(reads > 0);
    // The lock makes writers take turns: no update is lost.
    let t = read_cfg(&d);
    for i in 0..WRITERS {
        assert_eq!(
            t["profiles"][&format!("p{i}")]["endpoint"].as_str(),
            Some(format!("https://h{i}.example").as_str())
        );
    }
    let extra: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "config.toml")
        .collect();
    assert!(extra.is_empty(), "left behind: {extra:?}");
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
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://127.0.0.1:{}", l.local_addr().unwrap().port())
    };
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

/// A config file that cannot be written is a local error (exit 6), not an API error.
#[test]
fn unwritable_config_is_a_local_error() {
    let t = tempfile::tempdir().unwrap();
    let not_a_dir = t.path().join("file");
    std::fs::write(&not_a_dir, "x").unwrap();
    let o = seam_in(&not_a_dir)
        .args(["config", "set", "endpoint", "https://connect.getseam.com"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(stderr(&o).starts_with("error:"), "{}", stderr(&o));
}
