//! Bulk runs at size: streaming input (a bad last record of a large file stops the run before
//! anything is sent), `--resume` of a large journal, and `--concurrency auto` backing off on
//! 429s without losing or repeating a record.

use crate::bulk::{by_line, write};
use crate::support::fixtures::{nth_credential, nth_uuid};
use crate::support::server::{api_err, ok, Reply, TestServer};
use crate::support::{parse_lines, seam, stderr, stdout};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A CSV of `n` creates (codes 1000, 1001, ...), the record on its last line replaced by `last`.
fn big_csv(n: usize, last: Option<&str>) -> String {
    let mut t = String::with_capacity(n * 60);
    t.push_str("access_method,acs_user_id,code\n");
    let user = nth_uuid(3);
    for i in 0..n {
        match last {
            Some(l) if i + 1 == n => {
                t.push_str(l);
                t.push('\n');
            }
            _ => {
                let _ = writeln!(t, "code,{user},{}", 1000 + i);
            }
        }
    }
    t
}

/// A server that answers every create and counts them.
fn counting() -> TestServer {
    TestServer::start(|req| {
        let code: usize = req.json["code"]
            .as_str()
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        ok(json!({"acs_credential": nth_credential(code)}))
    })
}

#[test]
fn a_bad_last_record_of_a_large_file_stops_the_run_before_anything_is_sent() {
    const N: usize = 200_000;
    let dir = tempfile::tempdir().unwrap();
    let user = nth_uuid(3);
    let input = write(
        dir.path(),
        "big.csv",
        &big_csv(N, Some(&format!("code,{user},12a"))),
    );
    let s = counting();
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    // The header is line 1: the last record is on line N + 1.
    assert!(
        err.contains(&format!("line {}: invalid value '12a'", N + 1)),
        "{err}"
    );
    assert!(err.contains("1 invalid record in"), "{err}");
    assert!(err.contains("nothing was sent"), "{err}");
    assert_eq!(s.count(), 0);
    assert!(stdout(&o).is_empty());
    assert!(!std::path::Path::new(&format!("{input}.journal")).exists());

    // The same from stdin (which is kept in a private temporary file to be read twice), with a
    // syntax error on the last line this time.
    let text = big_csv(50_000, Some("code,\"unclosed"));
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            "-",
            "--no-journal",
        ])
        .write_stdin(text)
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("stdin cannot be read as CSV")
            && err.contains("line 50001: a quoted cell is never closed"),
        "{err}"
    );
    assert_eq!(s.count(), 0);
}

#[test]
fn stdin_is_read_twice_and_sent_once() {
    let s = counting();
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
        .write_stdin(big_csv(300, None))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let results = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(results.len(), 300);
    assert_eq!(s.count(), 300);
    let mut codes: Vec<String> = s
        .json_bodies("/acs/credentials/create")
        .iter()
        .map(|b| b["code"].as_str().unwrap_or("").to_string())
        .collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 300, "each record once");
}

/// The journal's hash of a record: FNV-1a (64-bit) of the body with its keys sorted, as every
/// version of `seam` has written it.
fn hash(body: &Value) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body.to_string().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A journal of `n` records (lines 2..), as a run of the earlier version would leave it: done
/// with their results, but the last `missing` never sent and `unknown` before them sent with no
/// answer (intent only).
fn big_journal(n: usize, missing: usize, unknown: usize) -> String {
    let user = nth_uuid(3);
    let mut j = String::from(
        "{\"t\":\"run\",\"verb\":\"create\",\"input\":\"big.csv\",\"at\":\"2024-03-01T00:00:00Z\",\"pid\":1}\n",
    );
    let done = n - missing - unknown;
    for i in 0..n - missing {
        let line = i + 2;
        let body =
            json!({"access_method": "code", "acs_user_id": user, "code": (1000 + i).to_string()});
        let h = hash(&body);
        let _ = writeln!(j, "{}", json!({"t": "intent", "line": line, "hash": h}));
        if i < done {
            let result = json!({"line": line, "status": "ok", "request_id": "req_old",
                                "acs_credential": {"acs_credential_id": nth_uuid(i), "code": (1000 + i).to_string()}});
            let _ = writeln!(
                j,
                "{}",
                json!({"t": "outcome", "line": line, "hash": h, "status": "ok", "result": result})
            );
        }
    }
    j
}

#[test]
fn resume_of_a_large_journal_replays_from_it_and_sends_only_the_rest() {
    const N: usize = 50_000;
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "big.csv", &big_csv(N, None));
    let journal = format!("{input}.journal");
    std::fs::write(&journal, big_journal(N, 10, 5)).unwrap();
    #[cfg(unix)]
    std::fs::set_permissions(
        &journal,
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let s = counting();
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--resume",
        ])
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    let err = stderr(&o);
    // The 5 unknown ones are reported, not sent: exit 5.
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert_eq!(s.count(), 10, "only the records never sent");
    let lines = parse_lines(&stdout(&o));
    assert_eq!(lines.len(), N, "a line for every record");
    let r = by_line(&lines);
    assert_eq!(r.len(), N);
    // Replayed lines are the journal's, read back from it.
    assert_eq!(r[&2]["resumed"], true);
    assert_eq!(r[&2]["request_id"], "req_old");
    assert_eq!(
        r[&2]["acs_credential"]["acs_credential_id"],
        json!(nth_uuid(0))
    );
    let last_done = (N - 15 + 1) as u64;
    assert_eq!(r[&last_done]["status"], "ok");
    assert_eq!(
        r[&last_done]["acs_credential"]["code"],
        json!((1000 + N - 16).to_string())
    );
    for l in last_done + 1..=last_done + 5 {
        assert_eq!(r[&l]["status"], "unknown", "line {l}");
        assert_eq!(r[&l]["error"]["type"], "outcome_unknown");
    }
    for l in last_done + 6..=(N + 1) as u64 {
        assert_eq!(r[&l]["status"], "ok");
        assert_eq!(r[&l].get("resumed"), None);
    }
    assert!(
        err.contains(&format!(
            "{} ok, 0 failed, 5 unknown ({N} records, {} from the journal, 10 sent",
            N - 5,
            N - 10
        )),
        "{err}"
    );
    // A done record edited deep in the file: refused, nothing sent.
    let edited = std::fs::read_to_string(&input)
        .unwrap()
        .replacen(",50000\n", ",49999\n", 1);
    std::fs::write(&input, edited).unwrap();
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--from-file",
            &input,
            "--resume",
        ])
        .timeout(Duration::from_secs(300))
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("line 49002: the record changed since the journal recorded it as done"),
        "{err}"
    );
    assert_eq!(s.count(), 10);
}

/// The server takes 20 ms a create and answers 429 (`Retry-After: 0`) to any request that would
/// make more than `LIMIT` in flight. `--concurrency auto` grows until it meets that limit, then
/// backs off: the requests in flight fall after the 429s, every record is created exactly once.
#[test]
fn auto_concurrency_backs_off_on_429s_and_loses_nothing() {
    const N: usize = 300;
    const LIMIT: usize = 6;
    let in_flight = Arc::new(AtomicUsize::new(0));
    // (in flight at arrival, answered 429) per request, in arrival order.
    let log: Arc<Mutex<Vec<(usize, bool)>>> = Arc::default();
    let created: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let (f2, l2, c2) = (in_flight.clone(), log.clone(), created.clone());
    let s = TestServer::start(move |req| {
        let now = f2.fetch_add(1, Ordering::SeqCst) + 1;
        let limited = now > LIMIT;
        l2.lock().unwrap().push((now, limited));
        let reply = if limited {
            Reply::Json(
                429,
                // A short wait, as a server that limits requests in flight would ask: with none
                // at all, a record retried at once into a full server can use up its retries.
                vec![("retry-after", "0.05".into())],
                json!({"error": {"type": "rate_limited", "message": "slow down"}}).to_string(),
            )
        } else {
            std::thread::sleep(Duration::from_millis(20));
            let code = req.json["code"].as_str().unwrap_or("").to_string();
            *c2.lock().unwrap().entry(code.clone()).or_default() += 1;
            match code.parse::<usize>() {
                Ok(n) => ok(json!({"acs_credential": nth_credential(n - 1000)})),
                Err(_) => api_err(400, "invalid_input", "bad code"),
            }
        };
        f2.fetch_sub(1, Ordering::SeqCst);
        reply
    });
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.csv", &big_csv(N, None));
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .args(["--max-retries", "10", "--verbose"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let err = stderr(&o);
    let out = stdout(&o);
    assert!(
        o.status.success(),
        "{}\n{}",
        out.lines()
            .filter(|l| !l.contains(r#""status":"ok""#))
            .collect::<Vec<_>>()
            .join("\n"),
        err.lines().rev().take(20).collect::<Vec<_>>().join("\n")
    );
    let results = by_line(&parse_lines(&out));
    assert_eq!(results.len(), N);
    assert!(results.values().all(|r| r["status"] == "ok"));
    // No record lost or sent twice: each body seen exactly once among the successful answers.
    let created = created.lock().unwrap();
    assert_eq!(created.len(), N);
    assert!(created.values().all(|n| *n == 1), "{created:?}");
    let log = log.lock().unwrap();
    let first = log
        .iter()
        .position(|(_, l)| *l)
        .expect("the limit was reached: some 429s");
    // It grew past its start (4) to meet the server's limit...
    assert!(
        log[..first].iter().any(|(n, _)| *n >= 5),
        "{:?}",
        &log[..first]
    );
    // ...and after the 429, the requests in flight fell.
    let after = &log[first + 1..(first + 1 + 3 * LIMIT).min(log.len())];
    assert!(
        after.iter().any(|(n, _)| *n < LIMIT),
        "in flight after the first 429: {after:?}"
    );
    // The trace says so: a cut on a 429.
    assert!(err.contains("rate limited (429)"), "{err}");
    let cuts = err
        .lines()
        .filter_map(|l| l.split("* concurrency ").nth(1))
        .filter_map(|l| {
            let (from, rest) = l.split_once(" -> ")?;
            let to = rest.split_whitespace().next()?;
            Some((
                from.parse::<usize>().ok()?,
                to.parse::<usize>().ok()?,
                l.contains("429"),
            ))
        })
        .collect::<Vec<_>>();
    assert!(cuts.iter().any(|(f, t, r429)| *r429 && t < f), "{cuts:?}");
}

#[test]
fn auto_paces_starts_under_a_rate_limit_and_loses_nothing() {
    // A server that allows LIMIT requests in each one-second window and answers 429 with
    // Retry-After (seconds to the next window, as APIs send it) past that.
    const N: usize = 120;
    const LIMIT: usize = 40;
    let started = std::time::Instant::now();
    let window: Arc<Mutex<(u64, usize)>> = Arc::default();
    let created: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let (w2, c2) = (window.clone(), created.clone());
    let s = TestServer::start(move |req| {
        let now = started.elapsed();
        let refused = {
            let mut w = w2.lock().unwrap();
            if w.0 != now.as_secs() {
                *w = (now.as_secs(), 0);
            }
            w.1 += 1;
            w.1 > LIMIT
        };
        std::thread::sleep(Duration::from_millis(5));
        if refused {
            let left = Duration::from_secs(now.as_secs() + 1).saturating_sub(now);
            let wait = left.as_secs_f64().ceil().max(1.0);
            return Reply::Json(
                429,
                vec![("retry-after", format!("{wait}"))],
                json!({"error": {"type": "rate_limited", "message": "slow down"}}).to_string(),
            );
        }
        let code = req.json["code"].as_str().unwrap_or("").to_string();
        *c2.lock().unwrap().entry(code.clone()).or_default() += 1;
        match code.parse::<usize>() {
            Ok(n) => ok(json!({"acs_credential": nth_credential(n - 1000)})),
            Err(_) => api_err(400, "invalid_input", "bad code"),
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.csv", &big_csv(N, None));
    let o = seam(&s.url())
        .args(["acs", "credentials", "create", "--from-file", &input])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let err = stderr(&o);
    assert!(
        o.status.success(),
        "{}",
        err.lines().rev().take(20).collect::<Vec<_>>().join("\n")
    );
    let results = by_line(&parse_lines(&stdout(&o)));
    assert_eq!(results.len(), N);
    assert!(results.values().all(|r| r["status"] == "ok"));
    let created = created.lock().unwrap();
    assert_eq!(created.len(), N);
    assert!(created.values().all(|n| *n == 1), "{created:?}");
    // Paced at what the server accepted in a second, less 10%: at most twice its limit (a
    // second that spans two windows), and never at a rate it could not measure. Said on stderr
    // (without --verbose) as it happens.
    let paces: Vec<f64> = err
        .lines()
        .filter_map(|l| l.strip_prefix("rate limited (HTTP 429): new requests paced at "))
        .filter_map(|l| l.split('/').next()?.parse().ok())
        .collect();
    assert!(!paces.is_empty(), "{err}");
    assert!(
        paces.iter().all(|r| (10.0..2.0 * LIMIT as f64).contains(r)),
        "{paces:?}"
    );
    assert!(err.contains("accepted in 1 s)"), "{err}");
    // Each such line fits an 80-column terminal (at this limit's rates).
    assert!(
        err.lines()
            .filter(|l| l.starts_with("rate limited"))
            .all(|l| l.chars().count() <= 80),
        "{err}"
    );
}
