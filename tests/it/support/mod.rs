//! Shared test support: run the `seam` binary with a clean, known environment
//! (this file), the one local test server (`server`), and shared fixtures (`fixtures`).

pub mod fixtures;
pub mod server;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A key used in every test; the leak checks look for it in all output.
pub const KEY: &str = "seam_test_KEY_5ecret_0123456789abcdef";

/// `seam` with no inherited Seam settings, a fixed clock and time zone, JSON output, the test
/// key, and the endpoint pointed at `endpoint`.
pub fn seam(endpoint: &str) -> Command {
    let mut c = seam_bare();
    c.env("SEAM_API_KEY", KEY).env("SEAM_ENDPOINT", endpoint);
    c
}

/// `seam` with a clean environment and no key or endpoint.
pub fn seam_bare() -> Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("seam"));
    clean_env(&mut c);
    let mut c = Command::from_std(c);
    c.timeout(std::time::Duration::from_secs(60));
    c
}

/// [`seam`] as a std Command, to spawn it and talk to it while it runs.
pub fn seam_std(endpoint: &str) -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("seam"));
    clean_env(&mut c);
    c.env("SEAM_API_KEY", KEY).env("SEAM_ENDPOINT", endpoint);
    c
}

/// Runs `seam <args>` with stdin and stderr on a terminal (a pty made by `script`), typing
/// `answer` (a printf format, e.g. `y\\n`), with the environment of [`seam`] and `NO_COLOR`.
pub fn seam_on_terminal(endpoint: &str, answer: &str, args: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let mut c = std::process::Command::new("bash");
    c.arg("-c")
        .arg(format!("printf '{answer}' | script -qec \"$0\" /dev/null"))
        .arg(format!("{} {args}", bin.display()));
    clean_env(&mut c);
    c.env("SEAM_API_KEY", KEY)
        .env("SEAM_ENDPOINT", endpoint)
        .env("NO_COLOR", "1")
        .output()
        .expect("script runs")
}

/// No inherited Seam settings, colour, width or proxies; an empty config directory, a fixed
/// clock and time zone.
fn clean_env(c: &mut std::process::Command) {
    for (k, _) in std::env::vars() {
        if k.starts_with("SEAM_")
            || k == "NO_COLOR"
            || k == "COLUMNS"
            || k.ends_with("_PROXY")
            || k.ends_with("_proxy")
        {
            c.env_remove(k);
        }
    }
    let cfg = std::env::temp_dir().join(format!("seam-it-empty-config-{}", std::process::id()));
    c.env("SEAM_CONFIG_DIR", cfg)
        .env("TZ", "UTC")
        .env("SEAM_NOW", "2024-03-02T00:00:00Z")
        .env("NO_PROXY", "*");
}

pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the test key appears in neither stream.
pub fn assert_no_leak(o: &std::process::Output) {
    assert!(
        !stdout(o).contains(KEY),
        "key leaked on stdout: {}",
        stdout(o)
    );
    assert!(
        !stderr(o).contains(KEY),
        "key leaked on stderr: {}",
        stderr(o)
    );
}

/// Stdout parsed as one JSON document; fails the test when it is not.
pub fn json_out(o: &std::process::Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(o)))
}

/// Each non-empty line of `s` parsed as JSON (NDJSON output); fails the test on a bad line.
pub fn parse_lines(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

/// `seam` with a clean environment and its own config directory `dir`.
pub fn seam_in(dir: &Path) -> Command {
    let mut c = seam_bare();
    c.env("SEAM_CONFIG_DIR", dir);
    c
}

/// A temporary directory and, inside it, a config directory that does not exist yet.
pub fn cfg_dir() -> (TempDir, PathBuf) {
    let t = tempfile::tempdir().expect("temp dir");
    let d = t.path().join("seam");
    (t, d)
}

/// Writes a config file (0600) into `dir`.
pub fn write_cfg(dir: &Path, text: &str) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let p = dir.join("config.toml");
    std::fs::write(&p, text).expect("write config");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
}

/// The config file in `dir`, parsed.
pub fn read_cfg(dir: &Path) -> toml::Table {
    let text = std::fs::read_to_string(dir.join("config.toml")).expect("config exists");
    toml::from_str(&text).expect("valid TOML")
}

/// An httpmock mock for `POST /acs/credentials/<action>` that answers `reply` only when the
/// request carries exactly `body` and the standard headers (test key, JSON, user agent).
pub fn expect<'a>(
    server: &'a httpmock::MockServer,
    action: &str,
    body: Value,
    reply: Value,
) -> httpmock::Mock<'a> {
    use httpmock::Method::POST;
    let path = format!("/acs/credentials/{action}");
    server.mock(|when, then| {
        when.method(POST)
            .path(path)
            .header("authorization", format!("Bearer {KEY}"))
            .header("content-type", "application/json")
            .header_matches("user-agent", "^seam-cli-rs/[0-9]+\\.[0-9]+\\.[0-9]+$")
            .json_body(body);
        then.status(200)
            .header("content-type", "application/json")
            .header("seam-request-id", "req_123")
            .json_body(reply);
    })
}

/// Runs `cmd` in bash with the built `seam` first on PATH and the environment of [`seam`].
pub fn bash(cmd: &str, endpoint: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let dir = bin.parent().expect("binary dir").to_path_buf();
    let mut c = std::process::Command::new("bash");
    c.arg("-c").arg(cmd);
    clean_env(&mut c);
    c.env(
        "PATH",
        format!(
            "{}:{}",
            dir.display(),
            std::env::var("PATH").unwrap_or_default()
        ),
    )
    .env("SEAM_API_KEY", KEY)
    .env("SEAM_ENDPOINT", endpoint)
    .stdin(std::process::Stdio::null())
    .output()
    .expect("bash runs")
}
