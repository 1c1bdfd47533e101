//! Contract tests: the CLI against Seam's published OpenAPI spec, served by Stoplight Prism
//! (tests/contract/). Prism rejects any request the spec does not allow, and its `--dynamic`
//! mode answers with random spec-valid bodies. These tests never skip: if Prism cannot start,
//! they fail and say why.

use crate::support::{seam, stderr, stdout};
use seam::commands::acs::credentials::{Rule, Verb, VERBS};
use seam::params::{Kind, Param};
use serde_json::{json, Map, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};

/// A Prism instance that lives as long as this handle (or this test process): its wrapper
/// stops Prism when our end of its stdin closes, even if the tests crash.
struct Prism {
    url: String,
    _stdin: Mutex<ChildStdin>,
    _child: Mutex<Child>,
}

fn start_prism(name: &str, extra: &[&str]) -> Result<Prism, String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/contract/prism.sh");
    let instance = format!("it-{name}-{}", std::process::id());
    let mut child = Command::new("bash")
        .arg("-c")
        .arg(r#"url=$("$0" start --name "$1" "${@:2}") || exit 1; echo "$url"; cat >/dev/null; "$0" stop --name "$1" >/dev/null 2>&1"#)
        .arg(script)
        .arg(&instance)
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {script}: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let stdin = child.stdin.take().ok_or("no stdin")?;
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let url = line.trim().to_string();
    if !url.starts_with("http://127.0.0.1:") {
        let _ = child.wait();
        return Err(format!(
            "Prism did not start (see its messages above). The contract tests need node and npm; \
             `tests/contract/prism.sh start` installs the pinned packages with npm ci. Got: {url:?}"
        ));
    }
    Ok(Prism {
        url,
        _stdin: Mutex::new(stdin),
        _child: Mutex::new(child),
    })
}

/// The static (example-answering) instance shared by the tests in this module.
fn prism() -> &'static str {
    static P: OnceLock<Result<Prism, String>> = OnceLock::new();
    match P.get_or_init(|| start_prism("static", &[])) {
        Ok(p) => &p.url,
        Err(e) => panic!("contract tests cannot run: {e}"),
    }
}

const U1: &str = "33333333-3333-3333-3333-333333333333";
const U2: &str = "55555555-5555-5555-5555-555555555555";

/// A valid value for a parameter, as a command-line string.
fn sample(p: &Param) -> String {
    match p.name {
        "starts_at" => return "2030-03-01T10:40:00Z".into(),
        "ends_at" => return "2030-03-04T10:40:00Z".into(),
        _ => {}
    }
    match &p.kind {
        Kind::Uuid => U1.into(),
        Kind::Text { .. } => match p.name {
            "acs_credential_id" => U1.into(),
            _ => "pool".into(),
        },
        Kind::Digits => "0123".into(),
        Kind::DateTime => "2030-01-01T00:00:00Z".into(),
        Kind::Bool => "true".into(),
        Kind::Number => "10".into(),
        Kind::Enum(values) => values.first().map(|v| v.to_string()).unwrap_or_default(),
        Kind::UuidList => format!("{U1},{U2}"),
        Kind::Object(fields) => {
            let mut m = Map::new();
            for f in fields.iter() {
                let v = match &f.kind {
                    Kind::Bool => json!(true),
                    Kind::UuidList => json!([U1, U2]),
                    Kind::Enum(values) => json!(values.last().copied().unwrap_or_default()),
                    _ => json!(U1),
                };
                m.insert(f.name.to_string(), v);
            }
            Value::Object(m).to_string()
        }
    }
}

/// Sets of parameters that together are valid: every parameter given, except where a rule
/// says only one of several may be (then one set per choice).
fn full_sets(v: &Verb) -> Vec<Vec<&'static Param>> {
    let all: Vec<&'static Param> = v.params.iter().collect();
    let mut excl: Vec<Vec<&str>> = Vec::new();
    for r in v.rules {
        match r {
            Rule::ExactlyOne(names) => excl.push(names.to_vec()),
            Rule::CreateOwner => excl.push(vec!["acs_user_id", "user_identity_id"]),
            _ => {}
        }
    }
    if excl.is_empty() {
        return vec![all];
    }
    let group = &excl[0];
    group
        .iter()
        .map(|keep| {
            all.iter()
                .copied()
                .filter(|p| !group.contains(&p.name) || p.name == *keep)
                .collect()
        })
        .collect()
}

fn args_for(v: &Verb, set: &[&Param]) -> Vec<String> {
    let mut a = vec![
        "acs".to_string(),
        "credentials".to_string(),
        v.name.to_string(),
    ];
    for p in set {
        a.push(format!("--{}", p.name));
        a.push(sample(p));
    }
    a
}

#[test]
fn contract_every_verb_with_every_parameter_is_accepted_and_renders() {
    let url = prism();
    for v in VERBS {
        for set in full_sets(v) {
            let args = args_for(v, &set);
            for format in ["json", "ndjson", "table"] {
                let out = seam(url)
                    .args(&args)
                    .args(["--format", format, "--timeout", "20"])
                    .output()
                    .expect("runs");
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "Prism rejected {args:?} ({format}): {}\n(see tests/contract/.cache/prism/*/prism.log for sl-violations)",
                    stderr(&out)
                );
                if format == "json" {
                    let body: Value = serde_json::from_slice(&out.stdout).expect("json");
                    assert!(body.get("ok").is_none(), "ok is dropped");
                    if let Some(key) = v.response.key() {
                        assert!(body.get(key).is_some(), "{} json lacks {key}", v.name);
                    }
                }
            }
        }
    }
}

#[test]
fn contract_docs_examples_are_accepted() {
    let url = prism();
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let dir = bin.parent().expect("dir").display().to_string();
    let mut ran = 0;
    for v in VERBS {
        for (what, cmd) in v.examples {
            // Examples that read local files are covered elsewhere.
            if cmd.contains("--from-file") || cmd.contains('@') {
                continue;
            }
            let out = Command::new("bash")
                .arg("-c")
                .arg(format!("{cmd} --timeout 20"))
                .env(
                    "PATH",
                    format!("{dir}:{}", std::env::var("PATH").unwrap_or_default()),
                )
                .env("SEAM_API_KEY", crate::support::KEY)
                .env("SEAM_ENDPOINT", url)
                .env(
                    "SEAM_CONFIG_DIR",
                    std::env::temp_dir().join("seam-it-contract-none"),
                )
                .env("NO_PROXY", "*")
                .env_remove("SEAM_FORMAT")
                .stdin(Stdio::null())
                .output()
                .expect("bash");
            assert_eq!(
                out.status.code(),
                Some(0),
                "example {what:?} rejected: {cmd}\n{}",
                stderr(&out)
            );
            ran += 1;
        }
    }
    assert!(ran >= 10, "only {ran} examples ran");
}

/// For each constraint the CLI checks, a body it rejects is rejected by Prism too.
#[test]
fn contract_cli_validation_agrees_with_the_spec() {
    let url = prism();
    let cases: Vec<(&str, Value, &str)> = vec![
        ("get", json!({"acs_credential_id": "not-a-uuid"}), "uuid"),
        (
            "list",
            json!({"acs_user_id": "not-a-uuid"}),
            "uuid (list selector)",
        ),
        (
            "create",
            json!({"acs_user_id": U1, "access_method": "code", "starts_at": "yesterday"}),
            "date-time",
        ),
        (
            "list",
            json!({"created_before": "2024-13-01T00:00:00Z"}),
            "date-time (month 13)",
        ),
        (
            "create",
            json!({"acs_user_id": U1, "access_method": "code", "code": "12a4"}),
            "pattern ^\\d+$",
        ),
        (
            "update",
            json!({"acs_credential_id": U1, "code": "12 34"}),
            "pattern ^\\d+$ (update)",
        ),
        (
            "create",
            json!({"acs_user_id": U1, "access_method": "laser"}),
            "enum access_method",
        ),
        (
            "create",
            json!({"acs_user_id": U1, "access_method": "card", "visionline_metadata": {"card_format": "xyz"}}),
            "enum card_format",
        ),
        (
            "create",
            json!({"acs_user_id": U1, "access_method": "card", "visionline_metadata": {"card_function_type": "boss"}}),
            "enum card_function_type",
        ),
        (
            "create",
            json!({"acs_user_id": U1}),
            "required access_method",
        ),
        ("get", json!({}), "required acs_credential_id"),
        ("delete", json!({}), "required acs_credential_id (delete)"),
        (
            "create",
            json!({"acs_user_id": U1, "access_method": "code", "allowed_acs_entrance_ids": ["nope"]}),
            "uuid list item",
        ),
        ("list", json!({"search": ""}), "minLength search"),
    ];
    for (action, body, what) in cases {
        let verb = VERBS.iter().find(|v| v.action == action).expect("verb");
        let out = seam(url)
            .args(["acs", "credentials", verb.name, "--data", &body.to_string()])
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(2),
            "CLI should reject {what}: {body}\n{}",
            stderr(&out)
        );
        let curl = Command::new("curl")
            .args([
                "-sS",
                "-o",
                "/dev/null",
                "-D",
                "-",
                "--max-time",
                "20",
                "-X",
                "POST",
            ])
            .arg(format!("{url}/acs/credentials/{action}"))
            .args([
                "-H",
                "Authorization: Bearer seam_contract_test_key",
                "-H",
                "Content-Type: application/json",
            ])
            .args(["--data-raw", &body.to_string()])
            .output()
            .expect("curl runs");
        let head = String::from_utf8_lossy(&curl.stdout).to_ascii_lowercase();
        let status_line = head.lines().next().unwrap_or("").to_string();
        assert!(
            !status_line.contains(" 200") && head.contains("sl-violations"),
            "Prism accepted what the CLI rejects ({what}): {body}\n{head}"
        );
    }
}

/// Seam-shaped error bodies from the spec (selected with Prefer: code=N) take the error path.
#[test]
fn contract_error_responses_map_to_exit_codes() {
    let url = prism();
    let get = [
        "acs",
        "credentials",
        "get",
        "--acs_credential_id",
        U1,
        "--max-retries",
        "0",
    ];
    for (code, exit, want) in [
        ("401", 3, "unauthorized"),
        ("404", 1, "not_found"),
        ("500", 1, "internal_server_error"),
    ] {
        let out = seam(url)
            .args(get)
            .args(["-H", &format!("Prefer: code={code}")])
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(exit),
            "code {code}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains(want), "code {code}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
}

/// Random spec-valid responses (Prism --dynamic, several seeds) parse and render in every
/// format: random enum values, missing optional fields, extra unknown fields.
#[test]
fn contract_dynamic_responses_parse_and_render() {
    let seeds: u32 = std::env::var("SEAM_CONTRACT_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(6);
    for seed in 1..=seeds {
        let p = start_prism(
            &format!("dyn{seed}"),
            &["--dynamic", "--seed", &seed.to_string()],
        )
        .unwrap_or_else(|e| panic!("contract tests cannot run: {e}"));
        for v in VERBS {
            let Some(set) = full_sets(v).into_iter().next() else {
                continue;
            };
            let args = args_for(v, &set);
            for format in ["json", "ndjson", "table"] {
                let out = seam(&p.url)
                    .args(&args)
                    .args(["--format", format, "--timeout", "20"])
                    .output()
                    .expect("runs");
                let err = stderr(&out);
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "seed {seed}, {args:?} ({format}): {err}"
                );
                assert!(!err.contains("panicked"), "{err}");
            }
        }
        drop(p);
    }
}
