//! Hardening (issue 13): one test per defect class, each through the binary against a small
//! server defined here (127.0.0.1, one thread per connection, every answer closes its
//! connection) or a crafted file-system layout.

use crate::support::{assert_no_leak, bash, seam, seam_bare, seam_std, stderr, stdout, KEY};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

const CRED: &str = "66666666-6666-6666-6666-666666666666";
const USER: &str = "33333333-3333-3333-3333-333333333333";
const CRED_BODY: &str = r#"{"acs_credential":{"acs_credential_id":"66666666-6666-6666-6666-666666666666","acs_user_id":"33333333-3333-3333-3333-333333333333","access_method":"code","code":"1234","created_at":"2024-03-01T10:40:00.000Z","workspace_id":"11111111-1111-1111-1111-111111111111"},"ok":true}"#;

type Handler = dyn Fn(usize, &str) -> Vec<u8> + Send + Sync;

/// A server that answers the n-th request (0-based) with `handler(n, request body)`: the raw
/// bytes of an HTTP response.
struct Srv {
    port: u16,
    hits: Arc<AtomicUsize>,
}

impl Srv {
    fn start(handler: impl Fn(usize, &str) -> Vec<u8> + Send + Sync + 'static) -> Srv {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let hits = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let h = hits.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let (h, handler) = (h.clone(), handler.clone());
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    let head_end = loop {
                        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            break i + 4;
                        }
                        match stream.read(&mut chunk) {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    };
                    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
                    let len: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0);
                    while buf.len() < head_end + len {
                        match stream.read(&mut chunk) {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let body = String::from_utf8_lossy(&buf[head_end..head_end + len]).into_owned();
                    let n = h.fetch_add(1, Ordering::SeqCst);
                    let _ = stream.write_all(&handler(n, &body));
                    let _ = stream.flush();
                });
            }
        });
        Srv { port, hits }
    }

    fn always(status: u16, headers: &[(&str, &str)], body: &str) -> Srv {
        let r = resp(status, headers, body);
        Srv::start(move |_, _| r.clone())
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

fn resp(status: u16, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut s = format!(
        "HTTP/1.1 {status} X\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    if !headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
    {
        s.push_str("content-type: application/json\r\n");
    }
    for (k, v) in headers {
        s.push_str(&format!("{k}: {v}\r\n"));
    }
    s.push_str("\r\n");
    s.push_str(body);
    s.into_bytes()
}

fn code(o: &std::process::Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn record(code: &str) -> String {
    format!(r#"{{"acs_user_id":"{USER}","access_method":"code","code":"{code}"}}"#)
}

/// A JSON Lines input of `n` create records in a fresh directory.
fn input_file(n: usize) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("in.jsonl");
    let text: String = (0..n)
        .map(|i| record(&format!("{}", 1000 + i)) + "\n")
        .collect();
    std::fs::write(&p, text).unwrap();
    (dir, p)
}

fn bulk_create(endpoint: &str, input: &Path, extra: &[&str]) -> std::process::Output {
    seam(endpoint)
        .args(["acs", "credentials", "create", "--from-file"])
        .arg(input)
        .args(extra)
        .output()
        .unwrap()
}

fn lines(o: &std::process::Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

// ---- 1. an answered-but-unusable write is never "ok" ----

#[test]
fn bulk_unusable_answer_is_unknown_and_not_resent() {
    for bad in [
        "",
        "{}",
        r#"{"ok":true}"#,
        "[]",
        r#"[{"acs_credential":{}}]"#,
        r#"{"acs_credential":"x"}"#,
    ] {
        let srv = Srv::always(200, &[], bad);
        let (_dir, input) = input_file(2);
        let o = bulk_create(&srv.url(), &input, &[]);
        assert_eq!(code(&o), 5, "{bad:?}: {}", stderr(&o));
        let got = lines(&o);
        assert_eq!(got.len(), 2, "{bad:?}");
        for l in &got {
            assert_eq!(l["status"], "unknown", "{bad:?}: {l}");
        }
        assert_eq!(srv.hits(), 2);
        // --resume neither resends them nor counts them ok.
        let o = bulk_create(&srv.url(), &input, &["--resume"]);
        assert_eq!(code(&o), 5, "{bad:?}: {}", stderr(&o));
        assert_eq!(srv.hits(), 2, "{bad:?}: resent");
        for l in lines(&o) {
            assert_eq!(l["status"], "unknown", "{bad:?}: {l}");
        }
        assert!(stderr(&o).contains("0 ok"), "{}", stderr(&o));
    }
}

// ---- 2. no part of the key leaks through a cut ----

/// Every prefix of the key of 8 characters or more is absent from `text`.
fn no_key_prefix(text: &str, what: &str) {
    assert!(
        !text.contains(&KEY[..8]),
        "a prefix of the key reached {what}: {text}"
    );
}

#[test]
fn a_cut_inside_the_key_does_not_leak_its_prefix() {
    // The first line of a non-JSON error body is cut at 120 characters; a Location at 200.
    for pad in [83usize, 90, 100, 112] {
        let body = format!("{}{KEY} tail", "x".repeat(pad));
        let srv = Srv::always(500, &[("content-type", "text/plain")], &body);
        let o = seam(&srv.url())
            .args([
                "-v",
                "acs",
                "credentials",
                "get",
                "--acs_credential_id",
                CRED,
            ])
            .output()
            .unwrap();
        assert_eq!(code(&o), 1, "{}", stderr(&o));
        no_key_prefix(&stderr(&o), "stderr");
        assert_no_leak(&o);

        let loc = format!(
            "https://elsewhere.example/{}{KEY}",
            "y".repeat(pad + 80 - 26)
        );
        let srv = Srv::always(302, &[("location", &loc)], "");
        let o = seam(&srv.url())
            .args([
                "-v",
                "acs",
                "credentials",
                "get",
                "--acs_credential_id",
                CRED,
            ])
            .output()
            .unwrap();
        assert_eq!(code(&o), 1, "{}", stderr(&o));
        assert!(stderr(&o).contains("redirects"), "{}", stderr(&o));
        no_key_prefix(&stderr(&o), "stderr (Location)");
    }
    // Bulk: the JSON lines and the journal.
    let body = format!("{}{KEY}", "x".repeat(100));
    let srv = Srv::always(500, &[("content-type", "text/plain")], &body);
    let (_dir, input) = input_file(1);
    let o = bulk_create(&srv.url(), &input, &[]);
    assert_eq!(code(&o), 5, "{}", stderr(&o));
    no_key_prefix(&stdout(&o), "stdout");
    no_key_prefix(&stderr(&o), "stderr");
    let journal = std::fs::read_to_string(input.with_extension("jsonl.journal")).unwrap();
    no_key_prefix(&journal, "the journal");
}

// ---- 3. lock files, journals and config files never follow a planted link ----

#[cfg(unix)]
#[test]
fn planted_symlinks_are_refused_and_never_written_through() {
    use std::os::unix::fs::symlink;
    let srv = Srv::always(200, &[], CRED_BODY);
    // <journal>.lock planted as a link to a file of the operator's.
    let (dir, input) = input_file(1);
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious\n").unwrap();
    symlink(&victim, dir.path().join("in.jsonl.journal.lock")).unwrap();
    let o = bulk_create(&srv.url(), &input, &[]);
    assert_eq!(code(&o), 6, "{}", stderr(&o));
    assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert_eq!(srv.hits(), 0);
    std::fs::remove_file(dir.path().join("in.jsonl.journal.lock")).unwrap();

    // The journal itself a link: refused, the target untouched.
    symlink(&victim, dir.path().join("in.jsonl.journal")).unwrap();
    let o = bulk_create(&srv.url(), &input, &["--resume"]);
    assert_eq!(code(&o), 6, "{}", stderr(&o));
    assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert_eq!(srv.hits(), 0);
    std::fs::remove_file(dir.path().join("in.jsonl.journal")).unwrap();

    // A FIFO as the lock file: refused at once (no hang), nothing written.
    let fifo = dir.path().join("in.jsonl.journal.lock");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let o = bulk_create(&srv.url(), &input, &[]);
    assert_eq!(code(&o), 6, "{}", stderr(&o));
    assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    assert_eq!(srv.hits(), 0);

    // config.toml.lock planted as a link.
    let cfg = tempfile::tempdir().unwrap();
    symlink(&victim, cfg.path().join("config.toml.lock")).unwrap();
    let o = seam_bare()
        .env("SEAM_CONFIG_DIR", cfg.path())
        .args(["config", "set", "endpoint", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 6, "{}", stderr(&o));
    assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");

    // config.toml itself a link (dotfiles): written through to its target, still a link.
    let cfg = tempfile::tempdir().unwrap();
    let dots = tempfile::tempdir().unwrap();
    let real = dots.path().join("seam.toml");
    std::fs::write(
        &real,
        "[profiles.default]\nworkspace_id = \"11111111-1111-4111-8111-111111111111\"\n",
    )
    .unwrap();
    let link = cfg.path().join("config.toml");
    symlink(&real, &link).unwrap();
    let o = seam_bare()
        .env("SEAM_CONFIG_DIR", cfg.path())
        .args(["config", "set", "endpoint", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(text.contains("http://127.0.0.1:9"), "{text}");
    assert!(
        text.contains("11111111-1111-4111-8111-111111111111"),
        "{text}"
    );
}

// ---- 4. --resume refuses another endpoint, workspace or token ----

#[test]
fn resume_against_another_target_is_refused() {
    let a = Srv::always(200, &[], CRED_BODY);
    let b = Srv::always(200, &[], CRED_BODY);
    let (_dir, input) = input_file(2);
    let o = bulk_create(&a.url(), &input, &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(a.hits(), 2);
    let journal = std::fs::read_to_string(input.with_extension("jsonl.journal")).unwrap();
    no_key_prefix(&journal, "the journal");
    assert!(journal.contains("token_fingerprint"), "{journal}");

    // Another endpoint.
    let o = bulk_create(&b.url(), &input, &["--resume"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("endpoint"), "{}", stderr(&o));
    assert!(stderr(&o).contains("--resume-elsewhere"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    // Another token.
    let o = seam(&a.url())
        .env("SEAM_API_KEY", "seam_test_OTHER_key_0123456789abcdef")
        .args(["acs", "credentials", "create", "--resume", "--from-file"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("token"), "{}", stderr(&o));
    assert_no_leak(&o);
    // The same target: fine. Elsewhere, when said so: fine too.
    let o = bulk_create(&a.url(), &input, &["--resume"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = bulk_create(&b.url(), &input, &["--resume", "--resume-elsewhere"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!((a.hits(), b.hits()), (2, 0));
}

// ---- 5. exactly one JSON value on stdin and in --data ----

#[test]
fn more_than_one_json_value_is_refused() {
    let srv = Srv::always(200, &[], CRED_BODY);
    let create = ["acs", "credentials", "create"];
    for (input, pos) in [
        (
            format!("{}\n{}\n", record("1111"), record("2222")),
            "line 2",
        ),
        (format!("{} trailing", record("1111")), "line 1"),
    ] {
        let o = seam(&srv.url())
            .args(create)
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert_eq!(code(&o), 2, "{input}: {}", stderr(&o));
        assert!(stderr(&o).contains(pos), "{}", stderr(&o));
        assert!(stderr(&o).contains("--from-file -"), "{}", stderr(&o));
        let o = seam(&srv.url())
            .args(create)
            .args(["--data", input.as_str()])
            .output()
            .unwrap();
        assert_eq!(code(&o), 2, "{input}: {}", stderr(&o));
        assert!(stderr(&o).contains(pos), "{}", stderr(&o));
        assert!(stderr(&o).contains("--from-file -"), "{}", stderr(&o));
        let o = seam(&srv.url())
            .args(create)
            .args(["--data", "@-"])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert_eq!(code(&o), 2, "{input}: {}", stderr(&o));
    }
    assert_eq!(srv.hits(), 0);
    // One value and blank space after it is fine.
    let o = seam(&srv.url())
        .args(create)
        .write_stdin(format!("{}\n\n  \n", record("1111")))
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn duplicate_keys_are_refused_everywhere() {
    let srv = Srv::always(200, &[], CRED_BODY);
    let dup =
        format!(r#"{{"acs_user_id":"{USER}","access_method":"code","code":"1111","code":"2222"}}"#);
    let o = seam(&srv.url())
        .args(["acs", "credentials", "create"])
        .write_stdin(dup.clone())
        .output()
        .unwrap();
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("duplicate key \"code\""),
        "{}",
        stderr(&o)
    );
    let o = seam(&srv.url())
        .args(["acs", "credentials", "create", "--data", dup.as_str()])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("duplicate key \"code\""),
        "{}",
        stderr(&o)
    );
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("in.jsonl");
    std::fs::write(&p, format!("{}\n{dup}\n", record("1000"))).unwrap();
    let o = bulk_create(&srv.url(), &p, &[]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("duplicate key \"code\""),
        "{}",
        stderr(&o)
    );
    assert_eq!(srv.hits(), 0);
}

// ---- 7. list --all cannot loop forever or grow without bound ----

fn page(cursor: &str, items: usize) -> String {
    let creds: Vec<String> = (0..items)
        .map(|_| {
            CRED_BODY
                .trim_start_matches(r#"{"acs_credential":"#)
                .trim_end_matches(r#","ok":true}"#)
                .to_string()
        })
        .collect();
    format!(
        r#"{{"acs_credentials":[{}],"pagination":{{"has_next_page":true,"next_page_cursor":"{cursor}"}},"ok":true}}"#,
        creds.join(",")
    )
}

#[test]
fn list_all_stops_on_endless_empty_pages_and_huge_cursors() {
    // New cursors on empty pages, forever.
    let srv = Srv::start(|n, _| resp(200, &[], &page(&format!("c{n}"), 0)));
    let o = seam(&srv.url())
        .args(["acs", "credentials", "list", "--all"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("empty pages"), "{}", stderr(&o));
    assert!(srv.hits() < 100, "{} pages fetched", srv.hits());

    // A cursor over 4 KiB is a bad answer, not sent back.
    let big = "z".repeat(5000);
    let srv = Srv::start(move |n, _| {
        if n == 0 {
            resp(200, &[], &page(&big, 1))
        } else {
            resp(
                200,
                &[],
                r#"{"acs_credentials":[],"pagination":{"has_next_page":false},"ok":true}"#,
            )
        }
    });
    let o = seam(&srv.url())
        .args(["acs", "credentials", "list", "--all"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("next_page_cursor"), "{}", stderr(&o));
    assert_eq!(srv.hits(), 1);
}

// ---- 8. a variable set to invalid UTF-8 is an error naming it ----

#[cfg(unix)]
#[test]
fn invalid_utf8_variables_are_errors() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"seam_\xff\xfe");
    for var in [
        "SEAM_API_KEY",
        "SEAM_CLI_TOKEN",
        "SEAM_PROFILE",
        "SEAM_ENDPOINT",
        "SEAM_WORKSPACE_ID",
        "SEAM_FORMAT",
        "NO_COLOR",
        "COLUMNS",
    ] {
        let o = seam("http://127.0.0.1:9")
            .env(var, bad)
            .args([
                "--dry-run",
                "acs",
                "credentials",
                "get",
                "--acs_credential_id",
                CRED,
            ])
            .output()
            .unwrap();
        assert_eq!(code(&o), 2, "{var}: {}", stderr(&o));
        assert!(stderr(&o).contains(var), "{var}: {}", stderr(&o));
        assert!(stderr(&o).contains("UTF-8"), "{var}: {}", stderr(&o));
    }
}

// ---- 9. stdin that was not read is said, and stops a destructive verb ----

/// `seam` with a stdin pipe that stays open and silent while it runs.
fn silent_stdin(endpoint: &str, args: &[&str]) -> std::process::Output {
    let mut child = seam_std(endpoint)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    out
}

#[test]
fn stdin_not_read_is_said_and_stops_destructive_verbs() {
    let srv = Srv::always(200, &[], r#"{"acs_credentials":[],"ok":true}"#);
    let o = silent_stdin(&srv.url(), &["acs", "credentials", "list"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains("stdin"), "{}", stderr(&o));
    assert!(stderr(&o).contains("not read"), "{}", stderr(&o));
    let o = silent_stdin(&srv.url(), &["-q", "acs", "credentials", "list"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("stdin"), "{}", stderr(&o));
    assert_eq!(srv.hits(), 2);

    let srv = Srv::always(200, &[], r#"{"ok":true}"#);
    for verb in [
        vec!["delete", "--acs_credential_id", CRED, "--yes"],
        vec![
            "unassign",
            "--acs_credential_id",
            CRED,
            "--acs_user_id",
            USER,
            "--yes",
        ],
    ] {
        let mut args = vec!["acs", "credentials"];
        args.extend(verb);
        let o = silent_stdin(&srv.url(), &args);
        assert_eq!(code(&o), 2, "{}", stderr(&o));
        assert!(stderr(&o).contains("</dev/null"), "{}", stderr(&o));
    }
    assert_eq!(srv.hits(), 0);
}

// ---- smaller points ----

#[test]
fn invisible_format_characters_are_escaped_in_tables_and_errors() {
    let name = "pay\u{202e}gnp.exe\u{200b}\u{2066}x\u{feff}\u{2028}y";
    let body = format!(
        r#"{{"acs_credentials":[{{"acs_credential_id":"{CRED}","display_name":"{name}","access_method":"code","created_at":"2024-03-01T10:40:00.000Z"}}],"ok":true}}"#
    );
    let srv = Srv::always(200, &[], &body);
    let o = seam(&srv.url())
        .env("COLUMNS", "250")
        .args(["--format", "table", "acs", "credentials", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    for c in ['\u{202e}', '\u{200b}', '\u{2066}', '\u{feff}', '\u{2028}'] {
        assert!(!out.contains(c), "{c:?} in {out}");
    }
    assert!(out.contains("\\u{202e}"), "{out}");

    let err = format!(r#"{{"error":{{"type":"x","message":"{name}"}}}}"#);
    let srv = Srv::always(400, &[], &err);
    let o = seam(&srv.url())
        .args(["acs", "credentials", "get", "--acs_credential_id", CRED])
        .output()
        .unwrap();
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let e = stderr(&o);
    for c in ['\u{202e}', '\u{200b}', '\u{2066}', '\u{feff}', '\u{2028}'] {
        assert!(!e.contains(c), "{c:?} in {e}");
    }
    assert!(e.contains("\\u{202e}"), "{e}");
}

#[cfg(unix)]
#[test]
fn a_config_directory_writable_by_others_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let cfg = tempfile::tempdir().unwrap();
    std::fs::write(cfg.path().join("config.toml"), "[profiles.default]\n").unwrap();
    std::fs::set_permissions(cfg.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let o = seam("http://127.0.0.1:9")
        .env("SEAM_CONFIG_DIR", cfg.path())
        .args([
            "--dry-run",
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
        ])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("writable by other users"),
        "{}",
        stderr(&o)
    );
    std::fs::set_permissions(cfg.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let o = seam("http://127.0.0.1:9")
        .env("SEAM_CONFIG_DIR", cfg.path())
        .args([
            "--dry-run",
            "acs",
            "credentials",
            "get",
            "--acs_credential_id",
            CRED,
        ])
        .output()
        .unwrap();
    assert!(!stderr(&o).contains("writable"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn from_file_on_a_pipe_asks_for_a_journal() {
    let srv = Srv::always(200, &[], CRED_BODY);
    let rec = record("1234").replace('"', "\\\"");
    let o = bash(
        &format!("seam acs credentials create --from-file <(printf '%s\\n' \"{rec}\")"),
        &srv.url(),
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("--journal"), "{}", stderr(&o));
    assert_eq!(srv.hits(), 0);
}

/// A server that echoes the token inside a successful answer's data: stdout shows it masked,
/// in every format (a proxy or a buggy echo must not put the key in a log).
#[test]
fn a_token_echoed_in_answer_data_is_masked() {
    let server = httpmock::MockServer::start();
    server.mock(|when, then| {
        when.path("/acs/credentials/list");
        then.status(200).json_body(serde_json::json!({
            "ok": true,
            "acs_credentials": [{"acs_credential_id": "c1", "display_name": format!("echo {}", crate::support::KEY)}],
        }));
    });
    for format in ["json", "ndjson", "table", "csv"] {
        let o = crate::support::seam(&server.base_url())
            .args(["acs", "credentials", "list", "--format", format])
            .output()
            .expect("runs");
        assert!(o.status.success(), "{format}");
        crate::support::assert_no_leak(&o);
        assert!(crate::support::stdout(&o).contains("echo "), "{format}");
    }
}
