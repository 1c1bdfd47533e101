//! The sandbox (`scripts/sandbox`): Prism started with `--realistic` answers with realistic,
//! spec-checked examples (tests/contract/sandbox-examples.mjs) instead of the spec's
//! placeholders, and the CLI renders them. Like the contract tests, these never skip: if Prism
//! cannot start, they fail and say why.

use crate::support::{seam, stderr, stdout};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};

const PRISM_SH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/contract/prism.sh");
/// The moment the sandbox's times are built around (and the CLI's clock for derived states).
const NOW: &str = "2026-12-03T09:00:00Z";
const JANE: &str = "f3a2c1d4-8b7e-4d2a-9c6f-1e5b3a7d9c02";
const PIN: &str = "8f2e6a1c-3d7b-4c9e-a5f1-6b0d2e8c4a97";

struct Sandbox {
    url: String,
    name: String,
    _stdin: Mutex<ChildStdin>,
    _child: Mutex<Child>,
}

/// A realistic Prism instance for this test process; it stops when our end of its wrapper's
/// stdin closes (when the test binary exits, however it exits).
fn sandbox() -> &'static Sandbox {
    static S: OnceLock<Result<Sandbox, String>> = OnceLock::new();
    match S.get_or_init(start) {
        Ok(s) => s,
        Err(e) => panic!("sandbox tests cannot run: {e}"),
    }
}

fn start() -> Result<Sandbox, String> {
    let name = format!("it-sandbox-{}", std::process::id());
    let mut child = Command::new("bash")
        .arg("-c")
        .arg(r#"url=$("$0" start --name "$1" --realistic) || exit 1; echo "$url"; cat >/dev/null; "$0" stop --name "$1" >/dev/null 2>&1"#)
        .arg(PRISM_SH)
        .arg(&name)
        .env("SEAM_SANDBOX_NOW", NOW)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {PRISM_SH}: {e}"))?;
    let out = child.stdout.take().ok_or("no stdout")?;
    let stdin = child.stdin.take().ok_or("no stdin")?;
    let mut line = String::new();
    BufReader::new(out)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let url = line.trim().to_string();
    if !url.starts_with("http://127.0.0.1:") {
        let _ = child.wait();
        return Err(format!(
            "Prism did not start (see its messages above); it needs node and npm. Got: {url:?}"
        ));
    }
    Ok(Sandbox {
        url,
        name,
        _stdin: Mutex::new(stdin),
        _child: Mutex::new(child),
    })
}

/// The example the instance serves for `path` (from its own copy of the spec).
fn served_example(path: &str) -> Value {
    let file = format!(
        "{}/tests/contract/.cache/prism/{}/openapi.json",
        env!("CARGO_MANIFEST_DIR"),
        sandbox().name
    );
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
    let spec: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    spec["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]["example"]
        .clone()
}

/// Every verb, with the arguments the README's tour uses.
fn verbs() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    vec![
        ("list", "/acs/credentials/list", vec!["--acs_user_id", JANE]),
        (
            "get",
            "/acs/credentials/get",
            vec!["--acs_credential_id", PIN],
        ),
        (
            "create",
            "/acs/credentials/create",
            vec![
                "--acs_user_id",
                JANE,
                "--access_method",
                "code",
                "--code",
                "824759",
            ],
        ),
        (
            "update",
            "/acs/credentials/update",
            vec!["--acs_credential_id", PIN, "--code", "730591"],
        ),
        (
            "assign",
            "/acs/credentials/assign",
            vec!["--acs_credential_id", PIN, "--acs_user_id", JANE],
        ),
        (
            "unassign",
            "/acs/credentials/unassign",
            vec!["--acs_credential_id", PIN, "--acs_user_id", JANE, "--yes"],
        ),
        (
            "delete",
            "/acs/credentials/delete",
            vec!["--acs_credential_id", PIN, "--yes"],
        ),
        (
            "list-accessible-entrances",
            "/acs/credentials/list_accessible_entrances",
            vec!["--acs_credential_id", PIN],
        ),
    ]
}

fn run(verb: &str, args: &[&str], format: &str) -> std::process::Output {
    let out = seam(&sandbox().url)
        .env("SEAM_NOW", NOW)
        .env("COLUMNS", "200")
        .args(["acs", "credentials", verb])
        .args(args)
        .args(["--format", format])
        .output()
        .expect("seam runs");
    assert!(
        out.status.success(),
        "{verb} --format {format}: {:?}\nstdout: {}\nstderr: {}",
        out.status,
        stdout(&out),
        stderr(&out)
    );
    out
}

/// Every string in `v` (keys excluded), with where it is.
fn strings<'a>(v: &'a Value, at: String, out: &mut Vec<(String, &'a str)>) {
    match v {
        Value::String(s) => out.push((at, s)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| strings(x, format!("{at}/{i}"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| strings(x, format!("{at}/{k}"), out)),
        _ => {}
    }
}

#[test]
fn sandbox_answers_are_realistic_in_every_verb_and_format() {
    for (verb, path, args) in verbs() {
        let json: Value = serde_json::from_str(&stdout(&run(verb, &args, "json")))
            .unwrap_or_else(|e| panic!("{verb}: JSON output does not parse: {e}"));
        let mut expected = served_example(path);
        let obj = expected
            .as_object_mut()
            .unwrap_or_else(|| panic!("{path}: the instance has no realistic example"));
        assert_eq!(obj.remove("ok"), Some(Value::Bool(true)), "{path}");
        assert_eq!(json, expected, "{verb}: output is the served body minus ok");

        let mut found = Vec::new();
        strings(&json, String::new(), &mut found);
        for (at, s) in found {
            assert!(
                s != "string" && !s.starts_with("2019-08-24"),
                "{verb}: spec placeholder {s:?} at {at}"
            );
        }
        run(verb, &args, "ndjson");
        run(verb, &args, "table");
    }
}

#[test]
fn sandbox_list_looks_like_a_real_guest() {
    let json: Value = serde_json::from_str(&stdout(&run("list", &["--acs_user_id", JANE], "json")))
        .expect("JSON");
    let creds = json["acs_credentials"].as_array().expect("a list");
    assert_eq!(creds.len(), 4);
    // Times are built around SEAM_SANDBOX_NOW: the active PIN started yesterday at 15:00 UTC.
    assert_eq!(creds[0]["starts_at"], "2026-12-02T15:00:00.000Z");
    assert_eq!(creds[0]["code"], "482913");
    assert!(creds.iter().all(|c| c["acs_user_id"] == JANE));

    let table = stdout(&run("list", &["--acs_user_id", JANE], "table"));
    for want in ["Jane Doe", "482913", "active", "scheduled", "expired", PIN] {
        assert!(table.contains(want), "table lacks {want:?}:\n{table}");
    }
    let entrances = stdout(&run(
        "list-accessible-entrances",
        &["--acs_credential_id", PIN],
        "table",
    ));
    assert!(
        entrances.contains("Front Door") && entrances.contains("Pool Gate"),
        "{entrances}"
    );
}

#[test]
fn sandbox_refuses_a_bad_sandbox_clock_before_starting_prism() {
    let name = format!("it-sandbox-bad-{}", std::process::id());
    let out = Command::new("bash")
        .arg(PRISM_SH)
        .args(["start", "--name", &name, "--realistic"])
        .env("SEAM_SANDBOX_NOW", "next tuesday")
        .stdin(Stdio::null())
        .output()
        .expect("prism.sh runs");
    let _ = Command::new("bash")
        .arg(PRISM_SH)
        .args(["stop", "--name", &name])
        .output();
    assert!(!out.status.success(), "started with a bad clock");
    assert!(out.stdout.is_empty(), "printed a URL: {}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("SEAM_SANDBOX_NOW") && err.contains("sandbox-examples.mjs failed"),
        "{err}"
    );
}

const SYSTEM: &str = "9a6f3e2d-4c1b-4f8a-b7d5-3e2c1a0f9b84";
const JANE_IDENTITY: &str = "4e8c2a1f-6d3b-4b7a-8e9f-0c5d2b6a1e73";
const FRONT_DOOR: &str = "1b7e4c2a-9f3d-4a6b-8c5e-2d0f7a3b9e61";

/// Every lookup command, as the README and docs/lookups.md use it, with its path.
fn lookups() -> Vec<(Vec<&'static str>, &'static str)> {
    vec![
        (vec!["acs", "systems", "list"], "/acs/systems/list"),
        (vec!["acs", "systems", "get", SYSTEM], "/acs/systems/get"),
        (
            vec!["acs", "users", "list", "--acs-system-id", SYSTEM],
            "/acs/users/list",
        ),
        (vec!["acs", "users", "get", JANE], "/acs/users/get"),
        (
            vec!["acs", "entrances", "list", "--acs-system-id", SYSTEM],
            "/acs/entrances/list",
        ),
        (
            vec!["acs", "entrances", "get", FRONT_DOOR],
            "/acs/entrances/get",
        ),
        (vec!["user-identities", "list"], "/user_identities/list"),
        (
            vec!["user-identities", "get", JANE_IDENTITY],
            "/user_identities/get",
        ),
    ]
}

fn run_lookup(args: &[&str], format: &str) -> String {
    let out = seam(&sandbox().url)
        .env("SEAM_NOW", NOW)
        .env("COLUMNS", "80")
        .args(args)
        .args(["--format", format])
        .output()
        .expect("seam runs");
    assert!(
        out.status.success(),
        "{args:?} --format {format}: {:?}\nstdout: {}\nstderr: {}",
        out.status,
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

#[test]
fn sandbox_lookups_are_realistic_and_match_the_credentials() {
    for (args, path) in lookups() {
        let json: Value = serde_json::from_str(&run_lookup(&args, "json"))
            .unwrap_or_else(|e| panic!("{args:?}: JSON output does not parse: {e}"));
        let mut expected = served_example(path);
        let obj = expected
            .as_object_mut()
            .unwrap_or_else(|| panic!("{path}: the instance has no realistic example"));
        assert_eq!(obj.remove("ok"), Some(Value::Bool(true)), "{path}");
        assert_eq!(
            json, expected,
            "{args:?}: output is the served body minus ok"
        );
        let mut found = Vec::new();
        strings(&json, String::new(), &mut found);
        for (at, s) in found {
            assert!(
                s != "string" && !s.starts_with("2019-08-24") && s != "user@example.com",
                "{args:?}: spec placeholder {s:?} at {at}"
            );
        }
        run_lookup(&args, "ndjson");
        run_lookup(&args, "table");
    }

    // The same workspace as the credentials: Jane's user, identity, system and doors.
    let users: Value =
        serde_json::from_str(&run_lookup(&["acs", "users", "list"], "json")).expect("JSON");
    let jane = &users["acs_users"][0];
    assert_eq!(jane["acs_user_id"], JANE);
    assert_eq!(jane["display_name"], "Jane Doe");
    assert_eq!(jane["user_identity_id"], JANE_IDENTITY);
    assert!(users["acs_users"]
        .as_array()
        .expect("a list")
        .iter()
        .all(|u| u["acs_system_id"] == SYSTEM));
    let creds: Value =
        serde_json::from_str(&stdout(&run("list", &["--acs_user_id", JANE], "json")))
            .expect("JSON");
    assert!(creds["acs_credentials"]
        .as_array()
        .expect("a list")
        .iter()
        .all(|c| c["acs_system_id"] == SYSTEM));
    let identity: Value = serde_json::from_str(&run_lookup(
        &["user-identities", "get", JANE_IDENTITY],
        "json",
    ))
    .expect("JSON");
    assert_eq!(identity["user_identity"]["acs_user_ids"][0], JANE);
    let doors = run_lookup(&["acs", "entrances", "list"], "table");
    assert!(
        doors.contains("Front Door") && doors.contains("Pool Gate"),
        "{doors}"
    );
    let systems = run_lookup(&["acs", "systems", "list"], "table");
    assert!(
        systems.contains("Main building") && systems.contains("Salto KS"),
        "{systems}"
    );
}
