//! Retries: per verb and status, dropped and refused connections, `Retry-After` and
//! `--max-retries`, backoff.

use crate::support::fixtures::{nth_credential, nth_uuid};
use crate::support::server::{closed_endpoint, ok, Reply, TestServer};
use crate::support::{assert_no_leak, seam, stderr};
use serde_json::json;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Retries: count what the server received

const RA0: (&str, &str) = ("retry-after", "0");

fn status_server(status: u16) -> TestServer {
    TestServer::start(move |_| {
        Reply::Json(
            status,
            vec![(RA0.0, RA0.1.into())],
            json!({"error": {"type": "x", "message": "y"}}).to_string(),
        )
    })
}

fn verb_args(verb: &str) -> Vec<String> {
    let id = nth_uuid(1);
    let v: Vec<&str> = match verb {
        "get" | "delete" | "list-accessible-entrances" => vec!["--acs-credential-id", &id],
        "list" => vec![],
        "create" => vec!["--access-method", "code", "--acs-user-id", &id],
        "update" => vec!["--acs-credential-id", &id, "--code", "1234"],
        "assign" | "unassign" => vec!["--acs-credential-id", &id, "--acs-user-id", &id],
        _ => unreachable!(),
    };
    let mut a = vec!["acs".to_string(), "credentials".into(), verb.into()];
    a.extend(v.into_iter().map(String::from));
    a.extend(["--yes".into(), "--max-retries".into(), "2".into()]);
    a
}

const READS: &[&str] = &["get", "list", "list-accessible-entrances"];

const WRITES: &[&str] = &["create", "update", "assign", "unassign", "delete"];

fn requests_for(server: &TestServer) -> usize {
    server.count()
}

#[test]
fn retries_per_verb_and_status() {
    for status in [429u16, 500, 502, 503, 504] {
        for verb in READS.iter().chain(WRITES) {
            let s = status_server(status);
            let o = seam(&s.url()).args(verb_args(verb)).output().unwrap();
            assert!(!o.status.success());
            let read = READS.contains(verb);
            let want = match status {
                429 => 3,
                502..=504 if read => 3,
                _ => 1,
            };
            assert_eq!(
                requests_for(&s),
                want,
                "{verb} after HTTP {status}: {}",
                stderr(&o)
            );
        }
    }
}

#[test]
fn dropped_connection_is_retried_for_reads_only() {
    for verb in READS.iter().chain(WRITES) {
        let s = TestServer::start(|_| Reply::Drop);
        let o = seam(&s.url()).args(verb_args(verb)).output().unwrap();
        assert_eq!(o.status.code(), Some(4), "{verb}: {}", stderr(&o));
        let want = if READS.contains(verb) { 3 } else { 1 };
        assert_eq!(requests_for(&s), want, "{verb}: {}", stderr(&o));
        if !READS.contains(verb) {
            assert!(
                stderr(&o).contains("may still have been made"),
                "{}",
                stderr(&o)
            );
        }
    }
}

#[test]
fn connection_refused_is_retried_even_for_writes() {
    let url = closed_endpoint();
    let o = seam(&url)
        .args(verb_args("create"))
        .arg("--verbose")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("] retrying in").count(), 2, "{err}");
    assert!(err.contains("cannot connect"), "{err}");
    assert_no_leak(&o);
}

#[test]
fn retry_after_is_honoured_and_max_retries_counts() {
    let s = TestServer::start(|req| {
        let n = req.nth;
        if n == 1 {
            Reply::Json(429, vec![("retry-after", "1".into())], "{}".into())
        } else {
            ok(json!({"acs_credential": nth_credential(1)}))
        }
    });
    let t = Instant::now();
    let o = seam(&s.url())
        .args(verb_args("create"))
        .arg("--verbose")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        t.elapsed() >= Duration::from_millis(950),
        "waited Retry-After"
    );
    assert!(stderr(&o).contains("retrying in 1.0 s"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/create"), 2);

    let s = status_server(503);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            &nth_uuid(1),
        ])
        .args(["--max-retries", "0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(s.count_path("/acs/credentials/get"), 1);
    let s = status_server(503);
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            &nth_uuid(1),
        ])
        .args(["--max-retries", "5"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(s.count_path("/acs/credentials/get"), 6);
}

#[test]
fn backoff_without_retry_after_still_retries() {
    let s = TestServer::start(|req| {
        let n = req.nth;
        if n < 3 {
            Reply::Json(
                502,
                vec![],
                "<html><title>Bad Gateway</title></html>".into(),
            )
        } else {
            ok(json!({"acs_credential": nth_credential(1)}))
        }
    });
    let o = seam(&s.url())
        .args([
            "acs",
            "credentials",
            "get",
            "--acs-credential-id",
            &nth_uuid(1),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/get"), 3);
}
