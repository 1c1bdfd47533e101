//! Bulk input (`--from-file`, stdin): checks before sending, shared flags, results per record,
//! auth failures, concurrency, dry runs, confirmation of bulk deletes, flag mistakes.

use crate::support::fixtures::{nth_credential, nth_uuid};
use crate::support::server::{api_err, ok, Reply, TestServer};
use crate::support::{
    assert_no_leak, parse_lines, seam, seam_on_terminal, seam_std, stderr, stdout,
};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub(crate) fn by_line(results: &[Value]) -> HashMap<u64, Value> {
    results
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r.clone()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Bulk

pub(crate) fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

/// Creates answer by `code`: 4xx codes fail with 400, 5xx with that status, others succeed.
pub(crate) fn creator() -> TestServer {
    TestServer::start(|req| {
        let code: usize = req.json["code"].as_str().unwrap_or("0").parse().unwrap();
        match code {
            400..=499 => api_err(400, "invalid_input", "code refused"),
            500..=599 => api_err(code as u16, "internal_server_error", "boom"),
            _ => ok(json!({"acs_credential": nth_credential(code)})),
        }
    })
}

#[test]
fn bulk_create_csv_with_mixed_results() {
    let dir = tempfile::tempdir().unwrap();
    let user = nth_uuid(3);
    let input = write(
        dir.path(),
        "guests.csv",
        &format!(
            "access_method,acs-user-id,code\ncode,{user},1001\ncode,{user},\"0401\"\n\ncode,{user},1003\ncode,{user},500\n"
        ),
    );
    let s = creator();
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let results = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(results.len(), 4);
    assert_eq!(results[&2]["status"], "ok");
    assert_eq!(results[&2]["acs_credential"], nth_credential(1001));
    assert_eq!(results[&3]["status"], "error");
    assert_eq!(results[&3]["error"]["type"], "invalid_input");
    assert_eq!(results[&3]["error"]["message"], "code refused");
    assert_eq!(results[&3]["error"]["request_id"], "req_400");
    assert_eq!(results[&5]["status"], "ok");
    // A write answered 500 may have happened: unknown, and not sent again.
    assert_eq!(results[&6]["status"], "unknown");
    assert_eq!(results[&6]["error"]["http_status"], 500);
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        4,
        "one request per record"
    );
    let sent: Vec<Value> = s.json_bodies("/acs/credentials/create");
    assert!(sent.contains(&json!({"access_method": "code", "acs_user_id": user, "code": "0401"})));
    let err = stderr(&o);
    assert!(err.contains("2 ok, 1 failed, 1 unknown"), "{err}");
    assert!(err.contains("line 6"), "{err}");
    assert_no_leak(&o);
    // The journal has an intent and an outcome for each.
    let journal = std::fs::read_to_string(format!("{input}.journal")).unwrap();
    assert_eq!(journal.matches("\"intent\"").count(), 4);
    assert_eq!(journal.matches("\"outcome\"").count(), 4);
}

#[test]
fn bulk_create_checks_every_record_before_sending() {
    let dir = tempfile::tempdir().unwrap();
    let user = nth_uuid(3);
    let input = write(
        dir.path(),
        "in.jsonl",
        &format!(
            "{{\"access_method\":\"code\",\"acs_user_id\":\"{user}\",\"code\":\"1\"}}\n\
             {{\"access_method\":\"laser\",\"acs_user_id\":\"{user}\"}}\n\
             \n\
             {{\"access_method\":\"code\"}}\n\
             not json\n\
             {{\"access_method\":\"code\",\"acs_user_id\":\"{user}\",\"colour\":1}}\n"
        ),
    );
    let s = creator();
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("line 5: not valid JSON"), "{err}");
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    // With the syntax fixed, the value problems are all listed with their lines.
    let fixed = std::fs::read_to_string(&input)
        .unwrap()
        .replace("not json", "");
    std::fs::write(&input, fixed).unwrap();
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("3 invalid records"), "{err}");
    assert!(err.contains("line 2: invalid value 'laser'"), "{err}");
    assert!(
        err.contains("line 4: say who the credential is for"),
        "{err}"
    );
    assert!(
        err.contains("line 6: unknown parameter \"colour\""),
        "{err}"
    );
    assert!(err.contains("nothing was sent"), "{err}");
    assert!(stdout(&o).is_empty());
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    assert!(!Path::new(&format!("{input}.journal")).exists());
}

#[test]
fn bulk_create_flags_are_shared_and_records_win() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(
        dir.path(),
        "in.csv",
        "code,access_method\n1001,\n1002,card\n",
    );
    let s = creator();
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .args(["--access-method", "code", "--acs-user-id", &nth_uuid(3)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut sent = s.json_bodies("/acs/credentials/create");
    sent.sort_by_key(|b| b["code"].as_str().unwrap().to_string());
    assert_eq!(sent[0]["access_method"], "code");
    assert_eq!(sent[1]["access_method"], "card");
    assert_eq!(sent[1]["acs_user_id"], json!(nth_uuid(3)));
}

#[test]
fn bulk_create_from_stdin_needs_a_journal() {
    let s = creator();
    let line = format!(
        "{{\"access_method\":\"code\",\"acs_user_id\":\"{}\",\"code\":\"1001\"}}\n",
        nth_uuid(3)
    );
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", "-"])
        .write_stdin(line.clone())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--journal"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("j");
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            "-",
            "--journal",
        ])
        .arg(&j)
        .write_stdin(line)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(parse_lines(&stdout(&o))[0]["line"], 1);
    assert!(j.exists());
}

#[test]
fn bulk_delete_ids_and_jsonl() {
    let s = TestServer::start(|req| {
        if req.json["acs_credential_id"] == json!(nth_uuid(2)) {
            api_err(404, "acs_credential_not_found", "not found")
        } else {
            ok(json!({}))
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let ids = write(
        dir.path(),
        "ids.txt",
        &format!(
            "# to revoke\n{}\n\n{}\n{}\n",
            nth_uuid(1),
            nth_uuid(2),
            nth_uuid(3)
        ),
    );
    let o = seam(&s.url())
        .args(["acs", "credentials", "delete", "--from-file", &ids, "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let results = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(results[&2]["status"], "ok");
    assert_eq!(results[&2]["acs_credential_id"], json!(nth_uuid(1)));
    assert_eq!(results[&4]["status"], "error");
    assert_eq!(results[&4]["error"]["type"], "acs_credential_not_found");
    assert_eq!(results[&5]["status"], "ok");
    assert_eq!(s.count_path("/acs/credentials/delete"), 3);

    // JSON Lines straight from `list --format ndjson`: other keys are ignored.
    let lines: Vec<String> = [nth_credential(4), nth_credential(5)]
        .iter()
        .map(|c| c.to_string())
        .collect();
    let jl = write(dir.path(), "creds.jsonl", &(lines.join("\n") + "\n"));
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "delete",
            "--from-file",
            &jl,
            "--yes",
            "--concurrency",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let sent = s.json_bodies("/acs/credentials/delete");
    assert!(sent.contains(&json!({"acs_credential_id": nth_uuid(4)})));
    assert!(sent.contains(&json!({"acs_credential_id": nth_uuid(5)})));

    // CSV with an id column; other columns are ignored too.
    let csv = write(
        dir.path(),
        "creds.csv",
        &format!(
            "display_name,acs_credential_id
Front desk,{}
",
            nth_uuid(7)
        ),
    );
    let o = seam(&s.url())
        .args(["acs", "credentials", "delete", "--from-file", &csv, "--yes"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        parse_lines(&stdout(&o))[0]["acs_credential_id"],
        json!(nth_uuid(7))
    );

    // A bad id stops everything before the first request.
    let bad = write(dir.path(), "bad.txt", &format!("{}\nnope\n", nth_uuid(6)));
    let o = seam(&s.url())
        .args(["acs", "credentials", "delete", "--from-file", &bad, "--yes"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("line 2: invalid value 'nope'"),
        "{}",
        stderr(&o)
    );
    assert_eq!(s.count_path("/acs/credentials/delete"), 6);
}

#[test]
fn bulk_stops_on_auth_failure() {
    let s = TestServer::start(|_| api_err(401, "unauthorized", "Unauthorized"));
    let dir = tempfile::tempdir().unwrap();
    let ids: String = (0..50).map(|i| nth_uuid(i) + "\n").collect();
    let ids = write(dir.path(), "ids.txt", &ids);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "delete",
            "--from-file",
            &ids,
            "--yes",
            "--concurrency",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let sent = s.count_path("/acs/credentials/delete");
    assert!(sent <= 4, "stops sending");
    assert!(
        stderr(&o).contains(&format!("{} not sent", 50 - sent)),
        "{}",
        stderr(&o)
    );
    // One line per input record: the ones never sent say so, in input order, after the others.
    let results = parse_lines(&stdout(&o));
    assert_eq!(results.len(), 50);
    let unsent: Vec<&Value> = results
        .iter()
        .filter(|r| r["status"] == "not_sent")
        .collect();
    assert_eq!(unsent.len(), 50 - sent);
    assert!(results[sent..].iter().all(|r| r["status"] == "not_sent"));
    let lines: Vec<u64> = unsent.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
    for r in &unsent {
        let line = r["line"].as_u64().unwrap() as usize;
        assert_eq!(r["acs_credential_id"], json!(nth_uuid(line - 1)));
        assert_eq!(r.as_object().unwrap().len(), 3, "{r}");
    }
    let mut all: Vec<u64> = results
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    all.sort_unstable();
    assert_eq!(all, (1..=50).collect::<Vec<u64>>());
}

// ---------------------------------------------------------------------------------------------
// Ctrl-C and SIGKILL

/// A `seam` child process with the environment of `support::seam`, its output piped.
pub(crate) fn spawn_seam(url: &str, args: &[String]) -> std::process::Child {
    seam_std(url)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// Creates that take `delay` and answer with the credential for the record's code; a count per code.
pub(crate) fn slow_creator(delay: Duration) -> (TestServer, Arc<Mutex<HashMap<String, usize>>>) {
    let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let c2 = counts.clone();
    let s = TestServer::start(move |req| {
        let code = req.json["code"].as_str().unwrap_or("").to_string();
        *c2.lock().unwrap().entry(code.clone()).or_default() += 1;
        std::thread::sleep(delay);
        ok(json!({"acs_credential": nth_credential(code.parse().unwrap())}))
    });
    (s, counts)
}

pub(crate) fn records_csv(dir: &Path, n: usize) -> String {
    let mut t = String::from("access_method,acs_user_id,code\n");
    for i in 0..n {
        t.push_str(&format!("code,{},{}\n", nth_uuid(3), 1000 + i));
    }
    write(dir, "in.csv", &t)
}

#[test]
fn bulk_concurrency_is_bounded() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let now = Arc::new(AtomicUsize::new(0));
    let max = Arc::new(AtomicUsize::new(0));
    let (n2, m2) = (now.clone(), max.clone());
    let s = TestServer::start(move |_| {
        let cur = n2.fetch_add(1, Ordering::SeqCst) + 1;
        m2.fetch_max(cur, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(40));
        n2.fetch_sub(1, Ordering::SeqCst);
        ok(json!({}))
    });
    let dir = tempfile::tempdir().unwrap();
    let ids: String = (0..24).map(|i| nth_uuid(i) + "\n").collect();
    let ids = write(dir.path(), "ids.txt", &ids);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "delete",
            "--from-file",
            &ids,
            "--yes",
            "--concurrency",
            "3",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(parse_lines(&stdout(&o)).len(), 24);
    let max = max.load(Ordering::SeqCst);
    assert!((2..=3).contains(&max), "in flight at once: {max}");
}

#[test]
fn bulk_dry_run_sends_nothing_and_keeps_no_journal() {
    let s = creator();
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 3);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--dry-run",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).matches("\nPOST http").count()
            + usize::from(stdout(&o).starts_with("POST http")),
        3
    );
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    assert!(!Path::new(&format!("{input}.journal")).exists());
    assert_no_leak(&o);
}

#[test]
fn bulk_delete_without_a_terminal_needs_yes() {
    let s = TestServer::start(|_| ok(json!({})));
    let dir = tempfile::tempdir().unwrap();
    let ids = write(
        dir.path(),
        "ids.txt",
        &format!("{}\n{}\n", nth_uuid(1), nth_uuid(2)),
    );
    let run = |extra: &[&str]| {
        seam(&s.url())
            .args(["acs", "credentials", "delete", "--from-file", &ids])
            .args(extra)
            .output()
            .unwrap()
    };
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("needs --yes") && err.contains("nothing was sent"),
        "{err}"
    );
    assert!(err.contains("add --yes"), "{err}");
    assert!(stdout(&o).is_empty());
    assert_eq!(s.count_path("/acs/credentials/delete"), 0);
    assert!(
        !Path::new(&format!("{ids}.journal")).exists(),
        "refused before any journal"
    );
    // --dry-run sends nothing, so it needs no --yes.
    let o = run(&["--dry-run"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/delete"), 0);
    // --yes: sent.
    let o = run(&["--yes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/delete"), 2);
    // The help says so.
    let o = seam(&s.url())
        .args(["acs", "credentials", "delete", "--help"])
        .output()
        .unwrap();
    let help = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("needs --yes when stdin or stderr is not a terminal"),
        "{help}"
    );
}

/// On a terminal (a pty from `script`), a bulk delete asks once; "n" sends nothing.
#[test]
fn bulk_delete_asks_once_on_a_terminal() {
    let s = TestServer::start(|_| ok(json!({})));
    let dir = tempfile::tempdir().unwrap();
    let ids = write(
        dir.path(),
        "ids.txt",
        &format!("{}\n{}\n", nth_uuid(1), nth_uuid(2)),
    );
    let run = |answer: &str| {
        seam_on_terminal(
            &s.url(),
            answer,
            &format!("acs credentials delete --from-file {ids} --no-journal"),
        )
    };
    let o = run("n\\n");
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(2), "{all}");
    assert!(all.contains("Delete 2 credentials listed in"), "{all}");
    assert!(!all.contains("needs --yes"), "{all}");
    assert_eq!(s.count_path("/acs/credentials/delete"), 0);
    let o = run("y\\n");
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(0), "{all}");
    assert_eq!(s.count_path("/acs/credentials/delete"), 2);
}

#[test]
fn retry_after_pauses_every_worker_of_a_bulk_run() {
    // Creates take 50 ms; the 6th is refused once with 429 and Retry-After: 1.
    let arrivals: Arc<Mutex<Vec<Instant>>> = Arc::default();
    let limited: Arc<Mutex<Option<Instant>>> = Arc::default();
    let (a2, l2) = (arrivals.clone(), limited.clone());
    let s = TestServer::start(move |req| {
        let n = req.nth;
        let now = Instant::now();
        a2.lock().unwrap().push(now);
        if n == 6 {
            *l2.lock().unwrap() = Some(now);
            return Reply::Json(
                429,
                vec![("retry-after", "1".into())],
                json!({"error": {"type": "rate_limited", "message": "slow down"}}).to_string(),
            );
        }
        std::thread::sleep(Duration::from_millis(50));
        ok(json!({"acs_credential": nth_credential(1)}))
    });
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 30);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--concurrency",
            "4",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        31,
        "30 and one retry"
    );
    let results = parse_lines(&stdout(&o));
    assert_eq!(results.len(), 30);
    assert!(results.iter().all(|r| r["status"] == "ok"));
    let t429 = limited.lock().unwrap().expect("a 429 was sent");
    let arrivals = arrivals.lock().unwrap();
    // Requests already on their way when the 429 left may still arrive just after it; after a
    // generous margin, nothing until the second has passed (less a margin for clock slack).
    let early: Vec<Duration> = arrivals
        .iter()
        .filter(|t| **t > t429)
        .map(|t| t.duration_since(t429))
        .filter(|d| *d > Duration::from_millis(250) && *d < Duration::from_millis(900))
        .collect();
    assert!(early.is_empty(), "creates during the pause: {early:?}");
    // Without the pause, 4 workers x 50 ms would have sent ~50 creates in that second.
    let after = arrivals.iter().filter(|t| **t > t429).count();
    assert!(after >= 24, "the run went on after the pause ({after})");
}

/// `--retry-unknown=LINES` must name records of unknown outcome: a typo retries nothing silently
/// otherwise. Bulk results are JSON Lines, so another explicit format is refused. A journal
/// whose lock cannot be created is a local failure (exit 6).
#[test]
fn bulk_flag_mistakes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let user = nth_uuid(3);
    let input = write(
        dir.path(),
        "in.csv",
        &format!("access_method,acs_user_id,code\ncode,{user},1001\ncode,{user},0500\n"),
    );
    let s = creator();
    let run = |extra: &[&str]| {
        seam(&s.url())
            .args([
                "acs",
                "credentials",
                "create",
                "--from-file",
                &input,
                "--max-retries",
                "0",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    for format in [&["--format", "table"][..], &["--json"][..]] {
        let o = run(format);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("JSON Lines"), "{}", stderr(&o));
    }
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 2);
    let o = run(&["--resume", "--retry-unknown=2"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("names line 2"), "{}", stderr(&o));
    assert!(stderr(&o).contains("lines 3"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 2, "nothing sent");
    let o = run(&["--resume", "--retry-unknown=3"]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        3,
        "line 3 sent again, on purpose"
    );
    let o = run(&["--journal", "/nonexistent-dir/j"]);
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
}
