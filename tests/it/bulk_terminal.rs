//! Bulk runs on a terminal: the progress line (counts, rate, a visible 429 pause), failures
//! and the summary instead of JSON Lines, `--results FILE`, and one error for an unknown CSV
//! column (`--ignore-unknown-columns` skips it).

use crate::bulk::write;
use crate::support::fixtures::{nth_credential, nth_uuid};
use crate::support::server::{api_err, ok, Reply, TestServer};
use crate::support::{assert_no_leak, parse_lines, seam, seam_on_terminal, stderr, stdout};
use serde_json::json;
use std::path::Path;
use std::time::Duration;

/// Creates that take 150 ms; code 0402 is refused; the 5th request is answered 429 with
/// `Retry-After: 2` once.
fn slow_server() -> TestServer {
    TestServer::start(|req| {
        if req.nth == 5 {
            return Reply::RateLimited("2");
        }
        let code = req.json["code"].as_str().unwrap_or("");
        if code == "0402" {
            return api_err(400, "invalid_input", "code refused");
        }
        std::thread::sleep(Duration::from_millis(150));
        ok(json!({"acs_credential": nth_credential(code.parse().unwrap_or(0))}))
    })
}

/// `n` creates, the second with code 0402.
fn input(dir: &Path, n: usize) -> String {
    let mut t = String::from("access_method,acs_user_id,code\n");
    for i in 0..n {
        let code = if i == 1 {
            "0402".to_string()
        } else {
            (1000 + i).to_string()
        };
        t.push_str(&format!("code,{},{code}\n", nth_uuid(3)));
    }
    write(dir, "in.csv", &t)
}

fn all(o: &std::process::Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

#[test]
fn on_a_terminal_progress_failures_and_summary_but_no_json_lines() {
    let s = slow_server();
    let dir = tempfile::tempdir().unwrap();
    let inp = input(dir.path(), 12);
    let o = seam_on_terminal(
        &s.url(),
        "",
        &format!("acs credentials create --from-file {inp} --concurrency 2"),
    );
    let out = all(&o);
    assert_eq!(o.status.code(), Some(5), "{out}");
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        13,
        "12 and one retry"
    );
    // The progress line: counts, a rate, and the pause the server asked for.
    let counts = regex_like(&out);
    assert!(counts, "no 'N ok, N failed, N unknown' progress: {out}");
    assert!(out.contains("/s"), "{out}");
    assert!(
        out.contains("paused ") && out.contains("s: rate limited"),
        "{out}"
    );
    // The failure, spelled out; no JSON Lines on the terminal.
    assert!(
        out.contains("line 3: error: code refused (invalid_input, HTTP 400, request req_400)"),
        "{out}"
    );
    assert!(!out.contains("{\"line\""), "{out}");
    assert!(
        out.contains("create: 11 ok, 1 failed, 0 unknown (12 records"),
        "{out}"
    );
    assert!(out.contains("--results FILE"), "{out}");
    assert!(out.contains("see the failures above"), "{out}");
    // The pause is on the progress line, not a status line of its own.
    assert!(!out.contains("before retrying"), "{out}");
    assert_no_leak(&o);
}

/// "3 ok, 0 failed, 0 unknown" somewhere in `s` (digits before each word).
fn regex_like(s: &str) -> bool {
    s.match_indices(" ok, ").any(|(i, _)| {
        s[..i].ends_with(|c: char| c.is_ascii_digit())
            && s[i + 5..].split_once(" failed, ").is_some_and(|(n, rest)| {
                n.chars().all(|c| c.is_ascii_digit())
                    && rest
                        .split_once(" unknown")
                        .is_some_and(|(m, _)| m.chars().all(|c| c.is_ascii_digit()))
            })
    })
}

#[cfg(unix)]
fn mode_of(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn results_file_on_a_terminal_and_piped() {
    let s = TestServer::start(|req| {
        let code = req.json["code"].as_str().unwrap_or("");
        if code == "0402" {
            return api_err(400, "invalid_input", "code refused");
        }
        ok(json!({"acs_credential": nth_credential(code.parse().unwrap_or(0))}))
    });
    let dir = tempfile::tempdir().unwrap();
    let inp = input(dir.path(), 6);
    let res = dir.path().join("results.jsonl");
    let o = seam_on_terminal(
        &s.url(),
        "",
        &format!(
            "acs credentials create --from-file {inp} --no-journal --results {}",
            res.display()
        ),
    );
    let out = all(&o);
    assert_eq!(o.status.code(), Some(5), "{out}");
    assert!(!out.contains("{\"line\""), "{out}");
    assert!(out.contains("line 3: error: code refused"), "{out}");
    assert!(
        out.contains(&format!("results: {}", res.display())),
        "{out}"
    );
    let lines = parse_lines(&std::fs::read_to_string(&res).unwrap());
    assert_eq!(lines.len(), 6);
    assert_eq!(lines.iter().filter(|l| l["status"] == "ok").count(), 5);
    #[cfg(unix)]
    assert_eq!(mode_of(&res), 0o600);

    // Asked for explicitly, JSON Lines go to the terminal too.
    let o = seam_on_terminal(
        &s.url(),
        "",
        &format!("acs credentials create --from-file {inp} --no-journal --format ndjson"),
    );
    let out = all(&o);
    assert_eq!(o.status.code(), Some(5), "{out}");
    assert_eq!(out.matches("{\"line\"").count(), 6, "{out}");

    // Piped: the lines go to the file, not stdout.
    let res2 = dir.path().join("r2.jsonl");
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &inp,
            "--no-journal",
        ])
        .arg("--results")
        .arg(&res2)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "{}", stdout(&o));
    assert_eq!(
        parse_lines(&std::fs::read_to_string(&res2).unwrap()).len(),
        6
    );
    let sent = s.count_path("/acs/credentials/create");
    assert_eq!(sent, 18);

    // Never over an existing file, nor through a symbolic link: refused before sending.
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &inp,
            "--no-journal",
        ])
        .arg("--results")
        .arg(&res2)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("exists"), "{}", stderr(&o));
    #[cfg(unix)]
    {
        let target = dir.path().join("elsewhere");
        let link = dir.path().join("link.jsonl");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let o = seam(&s.url())
            .args([
                "acs",
                "credentials",
                "create",
                "--from-file",
                &inp,
                "--no-journal",
            ])
            .arg("--results")
            .arg(&link)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
        assert!(!target.exists());
    }
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        sent,
        "nothing sent"
    );
}

#[test]
fn an_unknown_csv_column_is_one_error_and_can_be_skipped() {
    let s = TestServer::start(|_| ok(json!({"acs_credential": nth_credential(1)})));
    let dir = tempfile::tempdir().unwrap();
    let user = nth_uuid(3);
    let mut t = String::from("access_method,acs_user_id,code,colour\n");
    for i in 0..30 {
        t.push_str(&format!("code,{user},{},blue\n", 1000 + i));
    }
    let inp = write(dir.path(), "in.csv", &t);
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &inp])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("line 1: unknown column \"colour\""), "{err}");
    assert_eq!(
        err.matches("colour").count(),
        1,
        "one error, not one per record: {err}"
    );
    assert!(err.contains("--ignore-unknown-columns"), "{err}");
    assert_eq!(s.count(), 0);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &inp,
            "--ignore-unknown-columns",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let bodies = s.json_bodies("/acs/credentials/create");
    assert_eq!(bodies.len(), 30);
    assert!(
        bodies.iter().all(|b| b.get("colour").is_none()),
        "{bodies:?}"
    );
}
