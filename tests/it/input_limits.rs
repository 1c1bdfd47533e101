//! Input bounds: oversized inputs are refused, inputs just under the cap are accepted.

use crate::faults::{assert_success, CRED_BODY, VERBS};
use crate::support::fixtures::CRED_ID as CRED;
use crate::support::server::{Reply, TestServer};
use crate::support::{seam, stderr};
use std::process::Output;
use std::time::Duration;

/// Valid JSON parameters padded past the 1 MiB input cap.
fn oversized_json() -> String {
    format!(
        r#"{{"acs_credential_id":"{CRED}","padding":"{}"}}"#,
        "x".repeat(1024 * 1024 + 10)
    )
}

fn assert_refused_input(o: &Output, phrase: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains(phrase), "stderr lacks {phrase:?}: {err}");
    assert!(err.contains("1024 KiB"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn oversized_inputs_are_refused() {
    let srv = TestServer::always(Reply::Ok(CRED_BODY.into()));
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.json");
    std::fs::write(&big, oversized_json()).expect("write");
    let big_at = format!("@{}", big.display());
    let get = ["acs", "credentials", "get", "--json"];

    // implicit stdin
    let o = seam(&srv.url())
        .args(get)
        .write_stdin(oversized_json())
        .output()
        .expect("seam runs");
    assert_refused_input(&o, "stdin is larger than");

    // --data @-
    let o = seam(&srv.url())
        .args(get)
        .args(["--data", "@-"])
        .write_stdin(oversized_json())
        .output()
        .expect("seam runs");
    assert_refused_input(&o, "--data @-");

    // --data @file
    let o = seam(&srv.url())
        .args(get)
        .args(["--data", &big_at])
        .output()
        .expect("seam runs");
    assert_refused_input(&o, "is larger than");

    // an object parameter given as @file
    let o = seam(&srv.url())
        .args(["acs", "credentials", "create", "--json"])
        .args(VERBS[1].args)
        .args(["--visionline_metadata", &big_at])
        .output()
        .expect("seam runs");
    assert_refused_input(&o, "--visionline-metadata");

    // an endless file
    let o = seam(&srv.url())
        .args(get)
        .args(["--data", "@/dev/zero"])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("seam runs");
    assert_refused_input(&o, "is larger than");

    assert_eq!(srv.count(), 0, "nothing may be sent");
}

#[test]
fn inputs_just_under_the_cap_are_accepted() {
    let srv = TestServer::always(Reply::Ok(CRED_BODY.into()));
    let body = format!(r#"{{"acs_credential_id":"{CRED}"}}"#);
    let padded = format!("{body}{}", " ".repeat(1024 * 1024 - body.len()));
    let o = seam(&srv.url())
        .args(["acs", "credentials", "get", "--json", "--data", "@-"])
        .write_stdin(padded)
        .output()
        .expect("seam runs");
    assert_success(&o, "get");
    assert_eq!(srv.count(), 1);
}
