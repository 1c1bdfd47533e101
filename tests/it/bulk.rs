//! Bulk input (`--from-file`, stdin) and its journal: checks before sending, shared flags,
//! resume, crash safety under Ctrl-C, SIGTERM and SIGKILL, concurrency, confirmation.

use crate::support::fixtures::{nth_credential, nth_uuid};
use crate::support::server::{api_err, ok, Reply, TestServer};
use crate::support::{assert_no_leak, parse_lines, seam, stderr, stdout, KEY};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn by_line(results: &[Value]) -> HashMap<u64, Value> {
    results
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r.clone()))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Bulk

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

/// Creates answer by `code`: 4xx codes fail with 400, 5xx with that status, others succeed.
fn creator() -> TestServer {
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

/// A CSV of three creates whose second (code 0402) the `creator` mock refuses, and that mock.
fn three_records_one_refused() -> (tempfile::TempDir, String, String, TestServer) {
    let dir = tempfile::tempdir().unwrap();
    let user = nth_uuid(3);
    let input = write(
        dir.path(),
        "in.csv",
        &format!("access_method,acs_user_id,code\ncode,{user},1001\ncode,{user},0402\ncode,{user},1003\n"),
    );
    (dir, user, input, creator())
}

fn bulk_create(s: &TestServer, input: &str, extra: &[&str]) -> std::process::Output {
    seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", input])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn bulk_resume_sends_only_what_is_not_done() {
    let (_dir, _user, input, s) = three_records_one_refused();
    let run = |extra: &[&str]| bulk_create(&s, &input, extra);
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(5));
    assert_eq!(s.count_path("/acs/credentials/create"), 3);
    // Running again without --resume is refused: it would create everything twice.
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--resume"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 3);
    // Fix the failed record, resume: only it is sent.
    let fixed = std::fs::read_to_string(&input)
        .unwrap()
        .replace("0402", "1002");
    std::fs::write(&input, fixed).unwrap();
    let o = run(&["--resume"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 4);
    let results = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(results.len(), 3, "a result for every record");
    assert_eq!(results[&2]["resumed"], true);
    assert_eq!(results[&2]["acs_credential"], nth_credential(1001));
    assert_eq!(results[&3]["status"], "ok");
    assert_eq!(results[&3].get("resumed"), None);
    // A record that is done cannot change under the journal.
    let changed = std::fs::read_to_string(&input)
        .unwrap()
        .replace("1001", "1009");
    std::fs::write(&input, changed).unwrap();
    let o = run(&["--resume"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("line 2: the record changed"),
        "{}",
        stderr(&o)
    );
    assert_eq!(s.count_path("/acs/credentials/create"), 4);
}

/// Removing a failed line shifts the records after it onto other journal entries: resuming
/// then would create a record twice, so it is refused. Reordered columns are the same records.
#[test]
fn bulk_resume_refuses_an_input_whose_records_moved() {
    let (_dir, user, input, s) = three_records_one_refused();
    let run = |extra: &[&str]| bulk_create(&s, &input, extra);
    assert_eq!(run(&[]).status.code(), Some(5));
    assert_eq!(s.count_path("/acs/credentials/create"), 3);
    // Same records, columns in another order: nothing to send, every result replayed.
    std::fs::write(
        &input,
        format!("code,access_method,acs_user_id\n1001,code,{user}\n0402,code,{user}\n1003,code,{user}\n"),
    )
    .unwrap();
    let o = run(&["--resume", "--max-retries", "0"]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        4,
        "only the failed one is sent again"
    );
    // The failed line removed: line 3 would now be 1003, recorded as done on line 4.
    std::fs::write(
        &input,
        format!("access_method,acs_user_id,code\ncode,{user},1001\ncode,{user},1003\n"),
    )
    .unwrap();
    let o = run(&["--resume"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("line 4: the journal recorded it as done"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        4,
        "nothing sent twice"
    );
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

/// A `seam` child process with the same clean environment as `support::seam`.
fn spawn_seam(url: &str, args: &[String]) -> std::process::Child {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("seam"));
    for (k, _) in std::env::vars() {
        if k.starts_with("SEAM_") || k.ends_with("_PROXY") || k.ends_with("_proxy") {
            c.env_remove(k);
        }
    }
    c.env("SEAM_API_KEY", KEY)
        .env("SEAM_ENDPOINT", url)
        .env("NO_PROXY", "*")
        .env("TZ", "UTC")
        .env(
            "SEAM_CONFIG_DIR",
            std::env::temp_dir().join("seam-it-scale-empty"),
        )
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    c.spawn().unwrap()
}

/// Creates that take `delay` and answer with the credential for the record's code; a count per code.
fn slow_creator(delay: Duration) -> (TestServer, Arc<Mutex<HashMap<String, usize>>>) {
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

fn records_csv(dir: &Path, n: usize) -> String {
    let mut t = String::from("access_method,acs_user_id,code\n");
    for i in 0..n {
        t.push_str(&format!("code,{},{}\n", nth_uuid(3), 1000 + i));
    }
    write(dir, "in.csv", &t)
}

#[test]
fn ctrl_c_waits_for_requests_in_flight_and_exits_130() {
    a_signal_stops_a_bulk_run_cleanly("-INT", 130, "Ctrl-C");
}

/// A small xorshift generator, so the kill points vary and the seed can be printed.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn sigkill_at_random_points_never_repeats_or_skips_a_create() {
    const N: usize = 150;
    const KILLS: usize = 25;
    let seed = std::env::var("SEAM_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("seed {seed} (set SEAM_TEST_SEED to replay)");
    let mut rng = Rng(seed);
    let (s, counts) = slow_creator(Duration::from_millis(15));
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), N);
    let args: Vec<String> = ["acs", "credentials", "create", "--from-file", &input]
        .iter()
        .map(|s| s.to_string())
        .chain(["--concurrency".into(), "8".into(), "--resume".into()])
        .collect();
    let mut finished = false;
    for _ in 0..KILLS {
        let mut child = spawn_seam(&s.url(), &args);
        std::thread::sleep(Duration::from_millis(5 + rng.next(100)));
        let _ = child.kill();
        let o = child.wait_with_output().unwrap();
        // Each killed run printed only well-formed lines (a line cut by the kill may end it).
        let out = stdout(&o);
        for l in out.lines().take(out.lines().count().saturating_sub(1)) {
            assert!(serde_json::from_str::<Value>(l).is_ok(), "{l}");
        }
        if o.status.code() == Some(0) || o.status.code() == Some(5) {
            finished = true;
        }
    }
    // A last run without a kill settles every record.
    let o = spawn_seam(&s.url(), &args).wait_with_output().unwrap();
    let results = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(
        results.len(),
        N,
        "a result for every record: {}",
        stderr(&o)
    );
    let counts_now = counts.lock().unwrap().clone();
    let mut unknown_unsent = Vec::new();
    let mut unknown = 0;
    for i in 0..N {
        let line = (i + 2) as u64;
        let code = (1000 + i).to_string();
        let sent = counts_now.get(&code).copied().unwrap_or(0);
        assert!(
            sent <= 1,
            "line {line} was created {sent} times (seed {seed})"
        );
        match results[&line]["status"].as_str() {
            Some("ok") => {
                assert_eq!(sent, 1, "line {line} reported ok");
                assert_eq!(results[&line]["acs_credential"], nth_credential(1000 + i));
            }
            // Killed between its intent and its outcome: reported, not re-sent.
            Some("unknown") => {
                unknown += 1;
                if sent == 0 {
                    unknown_unsent.push(line.to_string());
                }
            }
            other => panic!("line {line}: {other:?}"),
        }
    }
    assert_eq!(
        o.status.code(),
        Some(if results.values().all(|r| r["status"] == "ok") {
            0
        } else {
            5
        })
    );
    // The operator checks the unknown ones (here: asks the server) and re-sends only those that
    // never arrived. Then every record exists exactly once.
    if !unknown_unsent.is_empty() {
        let mut a = args.clone();
        a.push(format!("--retry-unknown={}", unknown_unsent.join(",")));
        let o = spawn_seam(&s.url(), &a).wait_with_output().unwrap();
        let results = by_line(&parse_lines(&stdout(&o)));
        assert_eq!(results.len(), N);
        for l in &unknown_unsent {
            assert_eq!(results[&l.parse::<u64>().unwrap()]["status"], "ok");
        }
    }
    let counts = counts.lock().unwrap();
    assert_eq!(counts.len(), N, "every record created (seed {seed})");
    assert!(
        counts.values().all(|n| *n == 1),
        "exactly once (seed {seed}): {counts:?}"
    );
    eprintln!(
        "kills: {KILLS}, finished before the last run: {finished}, unknown: {unknown}, of which never arrived: {}",
        unknown_unsent.len()
    );
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
fn unknown_records_are_reported_not_resent_unless_asked() {
    // Record 1000 gets its connection cut after the request arrived: outcome unknown.
    let (s, counts) = {
        let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let c2 = counts.clone();
        let s = TestServer::start(move |req| {
            let code = req.json["code"].as_str().unwrap_or("").to_string();
            let n = {
                let mut c = c2.lock().unwrap();
                let e = c.entry(code.clone()).or_default();
                *e += 1;
                *e
            };
            if code == "1000" && n == 1 {
                Reply::Drop
            } else {
                ok(json!({"acs_credential": nth_credential(code.parse().unwrap())}))
            }
        });
        (s, counts)
    };
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 3);
    let run = |extra: &[&str]| {
        seam(&s.url())
            .args(["acs", "credentials", "create", "--from-file", &input])
            .args(extra)
            .output()
            .unwrap()
    };
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let r = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(r[&2]["status"], "unknown");
    assert_eq!(r[&2]["reach"], "unknown");
    assert!(stderr(&o).contains("--retry-unknown"), "{}", stderr(&o));
    // --resume reports it again and does not send it.
    let o = run(&["--resume"]);
    assert_eq!(o.status.code(), Some(5));
    let r = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(r.len(), 3);
    assert_eq!(r[&2]["status"], "unknown");
    assert_eq!(counts.lock().unwrap()["1000"], 1);
    // Asked explicitly, it is sent again.
    let o = run(&["--resume", "--retry-unknown"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(r[&2]["status"], "ok");
    assert_eq!(counts.lock().unwrap()["1000"], 2);
    assert_eq!(counts.lock().unwrap()["1001"], 1);
}

#[test]
fn a_damaged_journal_is_refused() {
    let s = creator();
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 2);
    std::fs::write(format!("{input}.journal"), "garbage\n{\"t\":\"run\"}\n").unwrap();
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--resume",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("line 1"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
}

#[test]
fn closed_stdout_stops_the_run_and_resume_finishes_it() {
    let (s, counts) = slow_creator(Duration::from_millis(5));
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 200);
    let args: Vec<String> = ["acs", "credentials", "create", "--from-file", &input]
        .iter()
        .map(|s| s.to_string())
        .chain(["--concurrency".into(), "2".into(), "--resume".into()])
        .collect();
    let mut child = spawn_seam(&s.url(), &args);
    {
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        out.read_line(&mut first).unwrap();
        assert!(first.contains("\"status\":\"ok\""), "{first}");
    } // the reader goes away, like `| head -1`
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("stdout was closed"), "{}", stderr(&o));
    assert!(s.count_path("/acs/credentials/create") < 200);
    let o = spawn_seam(&s.url(), &args).wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(parse_lines(&stdout(&o)).len(), 200);
    let counts = counts.lock().unwrap();
    assert_eq!(counts.len(), 200);
    assert!(counts.values().all(|n| *n == 1));
}

#[test]
fn one_run_at_a_time_per_journal() {
    let s = creator();
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 2);
    let lock = format!("{input}.journal.lock");
    // A live owner (this test process holds the OS lock): refused, nothing sent.
    let held = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock)
        .unwrap();
    held.try_lock().unwrap();
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--resume",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("another run"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    drop(held);
    // An owner that is gone (killed): the lock is taken over, and released at the end.
    let mut dead = std::process::Command::new("true").spawn().unwrap();
    let pid = dead.id();
    dead.wait().unwrap();
    std::fs::write(&lock, format!("{pid}\n")).unwrap();
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--resume",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 2);
    assert!(!Path::new(&lock).exists());
}

// ---------------------------------------------------------------------------------------------
// Review fixes: journal mode, --yes for bulk delete, one line per record, SIGTERM, 429 pause

#[cfg(unix)]
fn mode_of(path: &str) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn bulk_journal_is_private_and_a_loose_one_is_warned() {
    let (s, _) = slow_creator(Duration::from_millis(300));
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 4);
    let journal = format!("{input}.journal");
    let lock = format!("{journal}.lock");
    let args: Vec<String> = ["acs", "credentials", "create", "--from-file", &input]
        .iter()
        .map(|s| s.to_string())
        .chain(["--concurrency".into(), "1".into()])
        .collect();
    // The test process's umask (usually 022) would give 0644; the journal and its lock are 0600.
    let child = spawn_seam(&s.url(), &args);
    let t = Instant::now();
    while s.count_path("/acs/credentials/create") < 1 && t.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(
        mode_of(&lock),
        0o600,
        "the lock file while the run holds it"
    );
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(mode_of(&journal), 0o600);
    assert!(!stderr(&o).contains("other users"), "{}", stderr(&o));
    // A journal someone made readable by others: said on stderr (with the fix), run goes on.
    std::fs::set_permissions(
        &journal,
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    let o = seam(&s.url()).args(&args).arg("--resume").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("can be read by other users (mode 644)") && err.contains("chmod 600"),
        "{err}"
    );
    assert_eq!(
        s.count_path("/acs/credentials/create"),
        4,
        "nothing sent again"
    );
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
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let run = |answer: &str| {
        let cmd = format!(
            "{} acs credentials delete --from-file {ids} --no-journal",
            bin.display()
        );
        std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("printf '{answer}' | script -qec \"$0\" /dev/null"))
            .arg(cmd)
            .env("SEAM_API_KEY", KEY)
            .env("SEAM_ENDPOINT", &s.url())
            .env(
                "SEAM_CONFIG_DIR",
                std::env::temp_dir().join("seam-it-pty-none"),
            )
            .env("NO_PROXY", "*")
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
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
fn retry_unknown_without_resume_is_a_usage_error() {
    let s = creator();
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 2);
    for flag in ["--retry-unknown", "--retry-unknown=2"] {
        let o = seam(&s.url())
            .args(["acs", "credentials", "create", "--from-file", &input, flag])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("--resume"), "{}", stderr(&o));
    }
    assert_eq!(s.count_path("/acs/credentials/create"), 0);
    assert!(!Path::new(&format!("{input}.journal")).exists());
}

#[test]
fn sigterm_waits_for_requests_in_flight_and_exits_143() {
    a_signal_stops_a_bulk_run_cleanly("-TERM", 143, "SIGTERM");
}

/// A signal part way through a bulk run: no new request, the ones in flight finish and are
/// journaled, a line for every record (`not_sent` for the rest), the signal's exit code; then
/// `--resume` does the rest, each record exactly once.
fn a_signal_stops_a_bulk_run_cleanly(signal: &str, code: i32, name: &str) {
    let (s, counts) = slow_creator(Duration::from_millis(300));
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 40);
    let args: Vec<String> = ["acs", "credentials", "create", "--from-file", &input]
        .iter()
        .map(|s| s.to_string())
        .chain(["--concurrency".into(), "4".into(), "--resume".into()])
        .collect();
    let child = spawn_seam(&s.url(), &args);
    let t = Instant::now();
    while s.count_path("/acs/credentials/create") < 6 && t.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let st = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(code), "{}", stderr(&o));
    assert!(stderr(&o).contains(name), "{}", stderr(&o));
    assert!(stderr(&o).contains("--resume"), "{}", stderr(&o));
    let sent = s.count_path("/acs/credentials/create");
    assert!(sent < 40, "stopped sending ({sent})");
    let results = parse_lines(&stdout(&o));
    assert_eq!(results.len(), 40, "one line per input record");
    assert!(
        results.iter().all(|r| r["status"] != "unknown"),
        "no unknown record"
    );
    assert_eq!(results.iter().filter(|r| r["status"] == "ok").count(), sent);
    assert_eq!(
        results.iter().filter(|r| r["status"] == "not_sent").count(),
        40 - sent
    );
    assert!(
        stderr(&o).contains(&format!("{} not sent", 40 - sent)),
        "{}",
        stderr(&o)
    );
    let journal = std::fs::read_to_string(format!("{input}.journal")).unwrap();
    assert_eq!(journal.matches("\"intent\"").count(), sent);
    assert_eq!(journal.matches("\"outcome\"").count(), sent);
    assert!(!journal.contains("\"status\":\"unknown\""));
    // Resume does the rest, each record exactly once.
    let o = spawn_seam(&s.url(), &args).wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let results = parse_lines(&stdout(&o));
    assert_eq!(results.len(), 40);
    assert!(results.iter().all(|r| r["status"] == "ok"));
    let counts = counts.lock().unwrap();
    assert_eq!(counts.len(), 40);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
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

/// The journal cannot take the outcome (the file size limit, like a full disk): the line still
/// says what the API did, with `journal_error`; the summary agrees; the run stops; --resume
/// reports the record as unknown and does not send it again.
#[cfg(target_os = "linux")]
#[test]
fn journal_failure_is_on_the_line_and_the_summary_agrees() {
    let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let c2 = counts.clone();
    let s = TestServer::start(move |req| {
        let code = req.json["code"].as_str().unwrap_or("").to_string();
        *c2.lock().unwrap().entry(code).or_default() += 1;
        let mut c = nth_credential(1);
        // A large answer: its outcome entry cannot fit under the 512-byte limit below.
        c["display_name"] = json!("x".repeat(2000));
        ok(json!({"acs_credential": c}))
    });
    let dir = tempfile::tempdir().unwrap();
    let input = records_csv(dir.path(), 5);
    let bin = assert_cmd::cargo::cargo_bin("seam");
    // `ulimit -f 1`: files may not grow past 512 bytes; SIGXFSZ ignored, so writes fail (EFBIG).
    let o = std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 1; trap '' XFSZ; exec \"$0\" acs credentials create --from-file \"$1\" --concurrency 1")
        .arg(&bin)
        .arg(&input)
        .env("SEAM_API_KEY", KEY)
        .env("SEAM_ENDPOINT", &s.url())
        .env("SEAM_CONFIG_DIR", dir.path().join("cfg"))
        .env("NO_PROXY", "*")
        .output()
        .unwrap();
    let err = stderr(&o);
    // A journal that cannot be written is a local failure: exit 6.
    assert_eq!(o.status.code(), Some(6), "{err}");
    let results = parse_lines(&stdout(&o));
    assert_eq!(results.len(), 5, "{results:?}");
    assert_eq!(results[0]["line"], 2);
    assert_eq!(results[0]["status"], "ok");
    assert!(
        results[0]["journal_error"]
            .as_str()
            .unwrap()
            .contains("cannot write the journal"),
        "{}",
        results[0]
    );
    assert!(results[1..].iter().all(|r| r["status"] == "not_sent"));
    assert!(
        err.contains("create: 1 ok, 0 failed, 0 unknown, 4 not sent"),
        "{err}"
    );
    assert!(
        err.contains("could not record the outcome of line 2"),
        "{err}"
    );
    // Resume: line 2 has an intent and no outcome: unknown, not sent again; the rest are sent.
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--resume",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    let r = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(r.len(), 5);
    assert_eq!(r[&2]["status"], "unknown");
    assert!((3..=6).all(|l| r[&l]["status"] == "ok"));
    let counts = counts.lock().unwrap();
    assert_eq!(counts.len(), 5);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
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
