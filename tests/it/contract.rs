//! Contract tests: the CLI against Seam's published OpenAPI spec, served by Stoplight Prism
//! (tests/contract/). Prism rejects any request the spec does not allow, and its `--dynamic`
//! mode answers with random spec-valid bodies. These tests never skip: if Prism cannot start,
//! they fail and say why. They cover every verb of every resource in `seam::spec::RESOURCES`.

use crate::support::{seam, stderr, stdout};
use seam::spec::params::{Kind, Param};
use seam::spec::{Response, Rule, Verb, RESOURCES};
use serde_json::{json, Map, Value};
use std::borrow::Cow;
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

/// Every verb of every resource.
fn verbs() -> impl Iterator<Item = &'static Verb> {
    RESOURCES.iter().flat_map(|r| r.verbs.iter().copied())
}

/// The command words of a verb: its resource's words, then its name.
fn words(v: &Verb) -> Vec<String> {
    let r = RESOURCES
        .iter()
        .find(|r| r.verbs.iter().any(|w| std::ptr::eq(*w, v)))
        .expect("every verb belongs to a resource");
    r.command
        .iter()
        .chain([&v.name])
        .map(|w| w.to_string())
        .collect()
}

/// The verb at `path` (`/acs/users/get`).
fn by_path(path: &str) -> &'static Verb {
    verbs()
        .find(|v| v.path() == path)
        .unwrap_or_else(|| panic!("no verb for {path}"))
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
        Kind::Number | Kind::Integer { .. } => "10".into(),
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
            Rule::Owner { user, identity, .. } => excl.push(vec![user, identity]),
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
    let mut a = words(v);
    for p in set {
        a.push(format!("--{}", p.name));
        a.push(sample(p));
    }
    a
}

#[test]
fn contract_every_verb_with_every_parameter_is_accepted_and_renders() {
    let url = prism();
    for v in verbs() {
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
                        assert!(body.get(key).is_some(), "{} json lacks {key}", v.path());
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
    for v in verbs() {
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
    assert!(ran >= 25, "only {ran} examples ran");
}

/// For each constraint the CLI checks, a body it rejects is rejected by Prism too.
#[test]
fn contract_cli_validation_agrees_with_the_spec() {
    let url = prism();
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "/acs/credentials/get",
            json!({"acs_credential_id": "not-a-uuid"}),
            "uuid",
        ),
        (
            "/acs/credentials/list",
            json!({"acs_user_id": "not-a-uuid"}),
            "uuid (list selector)",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1, "access_method": "code", "starts_at": "yesterday"}),
            "date-time",
        ),
        (
            "/acs/credentials/list",
            json!({"created_before": "2024-13-01T00:00:00Z"}),
            "date-time (month 13)",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1, "access_method": "code", "code": "12a4"}),
            "pattern ^\\d+$",
        ),
        (
            "/acs/credentials/update",
            json!({"acs_credential_id": U1, "code": "12 34"}),
            "pattern ^\\d+$ (update)",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1, "access_method": "laser"}),
            "enum access_method",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1, "access_method": "card", "visionline_metadata": {"card_format": "xyz"}}),
            "enum card_format",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1, "access_method": "card", "visionline_metadata": {"card_function_type": "boss"}}),
            "enum card_function_type",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1}),
            "required access_method",
        ),
        (
            "/acs/credentials/get",
            json!({}),
            "required acs_credential_id",
        ),
        (
            "/acs/credentials/delete",
            json!({}),
            "required acs_credential_id (delete)",
        ),
        (
            "/acs/credentials/create",
            json!({"acs_user_id": U1, "access_method": "code", "allowed_acs_entrance_ids": ["nope"]}),
            "uuid list item",
        ),
        (
            "/acs/credentials/list",
            json!({"search": ""}),
            "minLength search",
        ),
    ];
    for (path, body, what) in cases {
        let verb = by_path(path);
        let out = seam(url)
            .args(words(verb))
            .args(["--data", &body.to_string()])
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
            .arg(format!("{url}{path}"))
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
    // Every read verb (gets and lists of every resource); a get's 404 names its object.
    for v in verbs().filter(|v| !v.changes()) {
        let args = args_for(v, &full_sets(v).into_iter().next().unwrap_or_default());
        let not_found = match v.response {
            Response::One(key) => format!("{key}_not_found"),
            _ => "not_found".to_string(),
        };
        for (code, exit, want) in [
            ("401", 3, "unauthorized"),
            ("404", 1, not_found.as_str()),
            ("500", 1, "internal_server_error"),
        ] {
            let out = seam(url)
                .args(&args)
                .args(["--max-retries", "0", "-H", &format!("Prefer: code={code}")])
                .output()
                .expect("runs");
            let what = format!("{} code {code}: {}", v.path(), stderr(&out));
            assert_eq!(out.status.code(), Some(exit), "{what}");
            assert!(stderr(&out).contains(want), "{what}");
            assert!(crate::shape::no_data_on_stdout(&out), "{what}");
        }
    }
}

/// Random spec-valid responses (Prism --dynamic, several seeds) parse and render in every
/// format. What this varies is enum values (and Prism adds a few random unknown keys at the top
/// level and in `pagination`); it always sends every credential/entrance field and no unknown
/// field inside them, so missing optional fields and nested unknown fields are proven by
/// `contract_spec_variants_parse_and_render` instead.
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
        for v in verbs() {
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

// ---------------------------------------------------------------------------------------------
// Spec-derived response variants. Prism --dynamic only varies enum values (it always sends every
// field and never an unknown one), so the "missing optional fields" and "extra unknown fields"
// parts of the contract are proven here: real Prism bodies plus one synthesized from the spec are
// reshaped using the trimmed spec's schemas, checked spec-valid with ajv
// (validate-response.mjs --many), and served to the CLI by a local mock.

const SPEC_FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/contract/.cache/acs-credentials.openapi.json"
);

/// The trimmed spec, with `$ref` and `allOf` resolved on the fly.
struct Spec(Value);

impl Spec {
    fn load() -> Spec {
        let text = std::fs::read_to_string(SPEC_FILE)
            .unwrap_or_else(|e| panic!("cannot read {SPEC_FILE} (written by prism.sh): {e}"));
        Spec(serde_json::from_str(&text).expect("spec is JSON"))
    }

    fn response(&self, path: &str) -> Value {
        let ptr = format!(
            "/paths/{}/post/responses/200/content/application~1json/schema",
            path.replace('~', "~0").replace('/', "~1")
        );
        let s = self
            .0
            .pointer(&ptr)
            .unwrap_or_else(|| panic!("spec has no 200 schema for {path}"));
        self.flat(s).into_owned()
    }

    /// `s` with `$ref`s followed and `allOf` merged into one object schema.
    fn flat<'a>(&'a self, s: &'a Value) -> Cow<'a, Value> {
        let mut s = s;
        for _ in 0..32 {
            let Some(r) = s.get("$ref").and_then(Value::as_str) else {
                break;
            };
            s = self
                .0
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolved $ref {r}"));
        }
        let Some(parts) = s.get("allOf").and_then(Value::as_array) else {
            return Cow::Borrowed(s);
        };
        let mut out = s.as_object().cloned().unwrap_or_default();
        out.remove("allOf");
        let mut props = Map::new();
        let mut required: Vec<Value> = Vec::new();
        for p in parts {
            let p = self.flat(p);
            if let Some(m) = p.get("properties").and_then(Value::as_object) {
                props.extend(m.clone());
            }
            if let Some(r) = p.get("required").and_then(Value::as_array) {
                required.extend(r.iter().cloned());
            }
            for (k, v) in p.as_object().into_iter().flatten() {
                if !["properties", "required"].contains(&k.as_str()) {
                    out.entry(k.clone()).or_insert_with(|| v.clone());
                }
            }
        }
        out.insert("properties".into(), Value::Object(props));
        out.insert("required".into(), Value::Array(required));
        Cow::Owned(Value::Object(out))
    }

    fn prop<'a>(&'a self, s: &'a Value, key: &str) -> Option<Cow<'a, Value>> {
        s.get("properties")
            .and_then(|p| p.get(key))
            .map(|p| self.flat(p))
    }

    fn items<'a>(&'a self, s: &'a Value) -> Option<Cow<'a, Value>> {
        s.get("items").map(|i| self.flat(i))
    }

    fn branches<'a>(&'a self, s: &'a Value) -> Vec<Cow<'a, Value>> {
        s.get("oneOf")
            .or_else(|| s.get("anyOf"))
            .and_then(Value::as_array)
            .map(|b| b.iter().map(|x| self.flat(x)).collect())
            .unwrap_or_default()
    }

    /// The `oneOf` branch `v` belongs to: by the discriminator, else the first whose required
    /// properties `v` has.
    fn branch<'a>(&'a self, s: &'a Value, v: &Value) -> Option<Cow<'a, Value>> {
        let bs = self.branches(s);
        if bs.is_empty() {
            return None;
        }
        let disc = s
            .pointer("/discriminator/propertyName")
            .and_then(Value::as_str);
        let pick = bs.iter().find(|b| match disc {
            Some(d) => self
                .prop(b, d)
                .and_then(|p| p.get("enum").cloned())
                .and_then(|e| {
                    e.as_array()
                        .map(|e| e.contains(v.get(d).unwrap_or(&Value::Null)))
                })
                .unwrap_or(false),
            None => required(b).iter().all(|k| v.get(k).is_some()),
        });
        Some(
            pick.cloned()
                .unwrap_or_else(|| panic!("no oneOf branch fits {v}")),
        )
    }

    /// (a) Only the required properties, recursively.
    fn minimal(&self, s: &Value, v: &Value) -> Value {
        if let Some(b) = self.branch(s, v) {
            return self.minimal(&b, v);
        }
        match v {
            Value::Object(m) => {
                let req = required(s);
                let mut out = Map::new();
                for (k, x) in m {
                    if req.contains(k) {
                        let x = match self.prop(s, k) {
                            Some(ps) => self.minimal(&ps, x),
                            None => x.clone(),
                        };
                        out.insert(k.clone(), x);
                    }
                }
                Value::Object(out)
            }
            Value::Array(a) => match self.items(s) {
                Some(is) => Value::Array(a.iter().map(|x| self.minimal(&is, x)).collect()),
                None => v.clone(),
            },
            _ => v.clone(),
        }
    }

    /// A body with every property of the schema; arrays of a `oneOf` hold one item per branch.
    fn synth(&self, s: &Value, name: &str) -> Value {
        let bs = self.branches(s);
        if !bs.is_empty() {
            return self.synth(&bs[0], name);
        }
        if let Some(e) = s
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
        {
            return e.clone();
        }
        let ty = s.get("type").and_then(Value::as_str).unwrap_or("object");
        let format = s.get("format").and_then(Value::as_str).unwrap_or("");
        match (ty, format) {
            ("string", "uuid") => json!(U1),
            ("string", "date-time") => json!("2024-01-02T03:04:05.000Z"),
            ("string", "uri") => json!("https://connect.getseam.com/acs/credentials/list?page=2"),
            ("string", "email") => json!("jane.doe@example.com"),
            ("string", _) => json!(format!("{name} value")),
            ("boolean", _) => json!(true),
            ("integer", _) => json!(7),
            ("number", _) => json!(12.5),
            ("array", _) => {
                let Some(is) = self.items(s) else {
                    return json!([]);
                };
                let bs = self.branches(&is);
                if bs.is_empty() {
                    json!([self.synth(&is, name)])
                } else {
                    Value::Array(bs.iter().map(|b| self.synth(b, name)).collect())
                }
            }
            _ => {
                let mut out = Map::new();
                for (k, _) in s
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    if let Some(ps) = self.prop(s, k) {
                        out.insert(k.clone(), self.synth(&ps, k));
                    }
                }
                Value::Object(out)
            }
        }
    }

    /// Calls `f(pointer, schema)` for every value in `v` that the schema describes.
    fn walk(&self, s: &Value, v: &Value, ptr: &str, f: &mut dyn FnMut(&str, &Value)) {
        if let Some(b) = self.branch(s, v) {
            return self.walk(&b, v, ptr, f);
        }
        f(ptr, s);
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if let Some(ps) = self.prop(s, k) {
                        self.walk(&ps, x, &format!("{ptr}/{k}"), f);
                    }
                }
            }
            Value::Array(a) => {
                if let Some(is) = self.items(s) {
                    for (i, x) in a.iter().enumerate() {
                        self.walk(&is, x, &format!("{ptr}/{i}"), f);
                    }
                }
            }
            _ => {}
        }
    }
}

fn required(s: &Value) -> Vec<String> {
    s.get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn set(v: &mut Value, ptr: &str, x: Value) {
    *v.pointer_mut(ptr)
        .unwrap_or_else(|| panic!("no {ptr} in the body")) = x;
}

/// Unknown keys with odd values, as a newer API might send them.
fn unknown_fields() -> Vec<(&'static str, Value)> {
    vec![
        ("x_future_null", Value::Null),
        (
            "x_future_array",
            json!([1, "two", null, {"three": [3]}, []]),
        ),
        (
            "x_future_object",
            json!({"nested": {"deeper": {"deepest": [true, false]}}, "empty": {}}),
        ),
        ("x_future_long", json!("long ".repeat(2000))),
        (
            "x_future_unicode",
            json!("Zoë 🚪🔑 ключ 鍵 مفتاح e\u{301} \u{202e}desrever\u{202c} \u{feff}"),
        ),
        (
            "x_future_control",
            json!("tab\there\nnew line\r\u{0}nul\u{1b}[31mred\u{1b}[0m\u{7}\u{7f}"),
        ),
        ("x_future_big", json!(u64::MAX)),
        ("x_future_neg", json!(i64::MIN)),
        ("x_future_float", json!(1.5e300)),
        ("", json!("empty key")),
        ("ACS_CREDENTIAL_ID", json!("not the id")),
    ]
}

/// Strings that must not upset the table (and must pass through JSON untouched).
fn odd_strings() -> Vec<Value> {
    vec![
        json!(""),
        json!("Zoë 🚪 ключ 鍵 مفتاح \u{202e}rtl"),
        json!("ctl\t\n\r\u{0}\u{1b}[2J\u{7}"),
        json!("x".repeat(3000)),
    ]
}

/// The variants of one base body, named, each spec-valid (checked by the caller).
fn variants(spec: &Spec, s: &Value, bases: &[(&str, Value)]) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = Vec::new();
    let full = spec.synth(s, "top");
    let mut all: Vec<(String, Value)> = bases
        .iter()
        .map(|(n, b)| (n.to_string(), b.clone()))
        .collect();
    all.push(("synthesized".into(), full.clone()));
    for (name, b) in &all {
        out.push((name.clone(), b.clone()));
        // (a) minimal
        let min = spec.minimal(s, b);
        out.push((format!("{name}, minimal"), min.clone()));
        // (b) extras, on the full and the minimal body
        for (what, body) in [("", b), (" minimal", &min)] {
            let mut x = body.clone();
            let mut objects: Vec<String> = Vec::new();
            spec.walk(s, body, "", &mut |ptr, sch| {
                let is_obj = sch.get("properties").is_some() || !spec.branches(sch).is_empty();
                if is_obj && body.pointer(ptr).is_some_and(Value::is_object) {
                    objects.push(ptr.to_string());
                }
            });
            for ptr in &objects {
                let Some(Value::Object(m)) = x.pointer_mut(ptr) else {
                    continue;
                };
                for (k, v) in unknown_fields() {
                    m.insert(k.to_string(), v);
                }
            }
            out.push((
                format!("{name},{what} unknown fields in {} objects", objects.len()),
                x,
            ));
        }
    }
    // (c) every enum value: variant i sets each enum to its value i (mod its length); the
    // synthesized body already holds one warning of each warning_code.
    let mut enums: Vec<(String, Vec<Value>)> = Vec::new();
    let mut nullable: Vec<String> = Vec::new();
    // Plain string fields, and whether they must not be empty (minLength).
    let mut strings: Vec<(String, bool)> = Vec::new();
    spec.walk(s, &full, "", &mut |ptr, sch| {
        if let Some(e) = sch.get("enum").and_then(Value::as_array) {
            if e.len() > 1 {
                enums.push((ptr.to_string(), e.clone()));
            }
        } else if sch.get("type").and_then(Value::as_str) == Some("string")
            && sch.get("format").is_none()
        {
            let non_empty = sch.get("minLength").and_then(Value::as_u64).unwrap_or(0) > 0;
            strings.push((ptr.to_string(), non_empty));
        }
        if sch.get("nullable") == Some(&json!(true)) {
            nullable.push(ptr.to_string());
        }
    });
    let rounds = enums.iter().map(|(_, e)| e.len()).max().unwrap_or(0);
    for i in 0..rounds {
        let mut x = full.clone();
        for (ptr, e) in &enums {
            set(&mut x, ptr, e[i % e.len()].clone());
        }
        out.push((format!("enum values #{i} ({} enums)", enums.len()), x));
    }
    // (d) nullable fields set to null, on the synthesized and on every base body
    for (name, b) in &all {
        let mut x = b.clone();
        let mut n = 0;
        for p in &nullable {
            if let Some(slot) = x.pointer_mut(p) {
                *slot = Value::Null;
                n += 1;
            }
        }
        if n > 0 {
            out.push((format!("{name}, {n} nullable fields null"), x));
        }
    }
    // odd but valid strings in every plain string field
    if !strings.is_empty() {
        let odd = odd_strings();
        let mut x = full.clone();
        for (i, (p, non_empty)) in strings.iter().enumerate() {
            let mut v = &odd[i % odd.len()];
            if *non_empty && v == "" {
                v = &odd[(i + 1) % odd.len()];
            }
            set(&mut x, p, v.clone());
        }
        out.push((format!("odd strings in {} fields", strings.len()), x));
    }
    // Same body twice (e.g. a tiny delete answer) is served once, under both names.
    let mut unique: Vec<(String, String, Value)> = Vec::new();
    for (name, b) in out {
        let text = b.to_string();
        match unique.iter_mut().find(|(_, u, _)| *u == text) {
            Some((n, _, _)) => *n = format!("{n} = {name}"),
            None => unique.push((name, text, b)),
        }
    }
    unique.into_iter().map(|(n, _, b)| (n, b)).collect()
}

/// The JSON request body the verb's full parameter set stands for (what the CLI would send).
fn request_json(v: &Verb) -> Value {
    let set = full_sets(v).into_iter().next().unwrap_or_default();
    let mut m = Map::new();
    for p in set {
        let s = sample(p);
        let x = match &p.kind {
            Kind::Bool => json!(true),
            Kind::Number | Kind::Integer { .. } => json!(10),
            Kind::UuidList => json!([U1, U2]),
            Kind::Object(_) => serde_json::from_str(&s).expect("sample object"),
            _ => Value::String(s),
        };
        m.insert(p.name.to_string(), x);
    }
    Value::Object(m)
}

fn fetch(url: &str, v: &Verb) -> Value {
    let out = Command::new("curl")
        .args(["-sS", "--fail", "--max-time", "20", "-X", "POST"])
        .arg(format!("{url}{}", v.path()))
        .args([
            "-H",
            "Authorization: Bearer seam_contract_test_key",
            "-H",
            "Content-Type: application/json",
        ])
        .args(["--data-raw", &request_json(v).to_string()])
        .output()
        .expect("curl runs");
    assert!(
        out.status.success(),
        "Prism refused {} {}: {}",
        v.path(),
        request_json(v),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("Prism answers JSON")
}

/// Checks every variant against the spec in one node run.
fn assert_spec_valid(all: &[(&Verb, String, Value)]) {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/contract/validate-response.mjs"
    );
    let mut input = String::new();
    for (v, _, b) in all {
        input.push_str(&json!([v.path(), "200", b]).to_string());
        input.push('\n');
    }
    let mut child = Command::new("node")
        .args([script, "--many", SPEC_FILE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(input.as_bytes()).expect("write");
    }
    let out = child.wait_with_output().expect("node");
    let err = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        let mut names = String::new();
        for (i, (v, n, _)) in all.iter().enumerate() {
            if err.contains(&format!("line {} ", i + 1)) {
                names.push_str(&format!("\n  line {}: {} / {n}", i + 1, v.path()));
            }
        }
        panic!("variants that are not spec-valid:{names}\n{err}");
    }
}

/// The body as the CLI should print it in JSON: everything but `ok`, in order.
fn minus_ok(body: &Value) -> Value {
    let mut m = body.as_object().cloned().unwrap_or_default();
    m.shift_remove("ok");
    Value::Object(m)
}

/// The ID field of each kind of item, most specific first.
const ID_FIELDS: &[&str] = &[
    "acs_credential_id",
    "acs_entrance_id",
    "acs_user_id",
    "acs_system_id",
    "user_identity_id",
];

/// Serves `body` for the verb and checks json, ndjson and table output.
fn check_variant(server: &httpmock::MockServer, v: &Verb, name: &str, body: &Value) {
    let mut mock = server.mock(|when, then| {
        when.method("POST").path(v.path());
        then.status(200)
            .header("content-type", "application/json")
            .body(body.to_string());
    });
    let args = args_for(v, &full_sets(v).into_iter().next().unwrap_or_default());
    let ctx = |format: &str| format!("{} / {name} ({format}), body: {body}", v.path());
    let expect_json = minus_ok(body);
    let key = v.response.key();
    let items: Vec<Value> = match v.response {
        Response::Empty => vec![expect_json.clone()],
        Response::One(k) => vec![body[k].clone()],
        Response::Many(k) => body[k].as_array().cloned().unwrap_or_default(),
    };
    for format in ["json", "ndjson", "table", "wide", "csv"] {
        let out = seam(&server.base_url())
            .args(&args)
            .args(["--format", format, "--max-retries", "0"])
            .env("COLUMNS", "200")
            .output()
            .expect("runs");
        let err = stderr(&out);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{}: {err}", ctx(format));
        assert!(!err.contains("panicked"), "{}: {err}", ctx(format));
        match format {
            "json" => {
                let got: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
                    panic!("{}: stdout is not JSON ({e}): {text}", ctx(format))
                });
                // Serialized (ordered) comparison: same keys, same order, same values,
                // unknown fields included.
                assert_eq!(
                    got.to_string(),
                    expect_json.to_string(),
                    "{}: JSON output is not the body minus ok",
                    ctx(format)
                );
            }
            "ndjson" => {
                let lines: Vec<String> = text
                    .lines()
                    .map(|l| {
                        serde_json::from_str::<Value>(l)
                            .unwrap_or_else(|e| panic!("{}: bad line ({e}): {l}", ctx(format)))
                            .to_string()
                    })
                    .collect();
                let want: Vec<String> = items.iter().map(Value::to_string).collect();
                assert_eq!(lines, want, "{}", ctx(format));
            }
            _ => {
                let ids: Vec<&str> = items
                    .iter()
                    .filter_map(|i| {
                        // The item's own ID (an ACS user also holds its system's ID).
                        ID_FIELDS
                            .iter()
                            .find_map(|f| i.get(*f))
                            .and_then(Value::as_str)
                    })
                    .collect();
                if key.is_some() {
                    assert!(!text.trim().is_empty(), "{}: empty table", ctx(format));
                }
                for id in ids {
                    // `table` may show an ID as a unique prefix (8 or more characters) at the
                    // start of its row; `wide` and `csv` show it whole.
                    let shown = text.contains(id)
                        || (format == "table"
                            && text.lines().any(|l| {
                                let first = l.split(' ').next().unwrap_or_default();
                                first.len() >= 8 && id.starts_with(first)
                            }));
                    assert!(shown, "{}: table lacks {id}:\n{text}", ctx(format));
                }
                if format == "table" {
                    for l in text.lines() {
                        assert!(
                            l.chars().count() <= 200,
                            "{}: wider than 200: {l}",
                            ctx(format)
                        );
                    }
                }
            }
        }
    }
    mock.delete();
}

/// Missing optional fields, unknown extra fields, every enum value and nulls, for every verb:
/// derived from the spec's schemas and from real Prism bodies, checked spec-valid, then served
/// to the CLI. JSON output must be the body minus `ok`, exactly (unknown fields kept).
#[test]
fn contract_spec_variants_parse_and_render() {
    // Both Prism instances start at once.
    let dynamic = std::thread::spawn(|| start_prism("vardyn", &["--dynamic", "--seed", "1"]));
    let static_url = prism();
    let dynamic = dynamic
        .join()
        .expect("start thread")
        .unwrap_or_else(|e| panic!("contract tests cannot run: {e}"));
    let spec = Spec::load();
    let mut all: Vec<(&Verb, String, Value)> = Vec::new();
    let mut counts: Vec<String> = Vec::new();
    for v in verbs() {
        let s = spec.response(&v.path());
        let bases = [
            ("static Prism body", fetch(static_url, v)),
            ("dynamic Prism body (seed 1)", fetch(&dynamic.url, v)),
        ];
        let vs = variants(&spec, &s, &bases);
        counts.push(format!("{} {}", v.path(), vs.len()));
        for (n, b) in vs {
            all.push((v, n, b));
        }
    }
    drop(dynamic);
    assert_spec_valid(&all);
    // Each verb's variants must cover what the test promises.
    for v in verbs() {
        let mine: Vec<&(&Verb, String, Value)> =
            all.iter().filter(|(w, _, _)| std::ptr::eq(*w, v)).collect();
        assert!(
            mine.iter().any(|(_, n, _)| n.contains("minimal")),
            "{}",
            v.name
        );
        assert!(
            mine.iter().any(|(_, n, _)| n.contains("unknown fields")),
            "{}",
            v.name
        );
    }
    eprintln!("spec variants per verb: {}", counts.join(", "));
    let t0 = std::time::Instant::now();
    std::thread::scope(|sc| {
        let chunks: Vec<Vec<&(&Verb, String, Value)>> = (0..3)
            .map(|k| all.iter().skip(k).step_by(3).collect())
            .collect();
        for chunk in chunks {
            sc.spawn(move || {
                let server = httpmock::MockServer::start();
                for (v, n, b) in chunk {
                    check_variant(&server, v, n, b);
                }
            });
        }
    });
    eprintln!("served {} variants in {:?}", all.len(), t0.elapsed());
}
