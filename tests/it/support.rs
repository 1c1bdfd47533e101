//! Shared helpers: run the `seam` binary with a clean, known environment.

use assert_cmd::Command;

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
    let mut c = Command::cargo_bin("seam").expect("binary built by cargo");
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
        .env("NO_PROXY", "*")
        .timeout(std::time::Duration::from_secs(60));
    c
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
