//! `seam config` and the config file: round trips, masked tokens, file errors, file modes,
//! concurrent writers.

use crate::auth::profiles_file;
use crate::support::fixtures::{OTHER_KEY, PAT, PROFILE_KEY, WS1};
use crate::support::{
    assert_no_leak, cfg_dir, json_out, read_cfg, seam_in, stderr, stdout, write_cfg, KEY,
};
use serde_json::Value;
use std::path::Path;

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

/// A profile may set the output format: used when neither --format nor SEAM_FORMAT says.
#[test]
fn a_profile_sets_the_default_format() {
    let server = crate::support::server::TestServer::routes(vec![(
        "/acs/credentials/list",
        serde_json::json!({"acs_credentials": [{"acs_credential_id": "c1"}, {"acs_credential_id": "c2"}]}),
    )]);
    let (_t, d) = cfg_dir();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = seam_in(&d);
        c.env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", server.url());
        for (k, v) in env {
            c.env(k, v);
        }
        c.args(args).output().unwrap()
    };
    let o = run(&["config", "set", "format", "ndjson"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        read_cfg(&d)["profiles"]["default"]["format"].as_str(),
        Some("ndjson")
    );
    let o = run(&["config", "get", "format"], &[]);
    assert_eq!(stdout(&o).trim(), "ndjson");
    // The profile's format: one credential per line, even piped.
    let o = run(&["acs", "credentials", "list"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2, "{}", stdout(&o));
    // SEAM_FORMAT and --format still win.
    let o = run(&["acs", "credentials", "list"], &[("SEAM_FORMAT", "json")]);
    assert!(stdout(&o).starts_with("{"), "{}", stdout(&o));
    let o = run(&["acs", "credentials", "list", "--format", "json"], &[]);
    assert!(stdout(&o).starts_with("{"), "{}", stdout(&o));
    // Only formats the CLI knows are saved.
    let o = run(&["config", "set", "format", "yaml"], &[]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["config", "unset", "format"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["acs", "credentials", "list"], &[]);
    assert!(stdout(&o).starts_with("{"), "{}", stdout(&o));
}
