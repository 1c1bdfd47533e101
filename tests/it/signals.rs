//! The process under signals and pipes: SIGTERM and Ctrl-C during a request, a closed stdout,
//! a pipe into `head`, an idle open stdin.

use crate::faults::each_verb;
use crate::support::fixtures::USER_ID as USER;
use crate::support::seam_std;
use crate::support::server::{Reply, TestServer};
use std::time::{Duration, Instant};

// ---- signals, pipes, an idle stdin, and input bounds ----

/// Waits for a child at most `limit`; kills it (and fails) if it is still running then.
fn wait_bounded(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("seam did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn read_all(mut r: impl std::io::Read) -> String {
    let mut s = String::new();
    let _ = r.read_to_string(&mut s);
    s
}

/// SIGTERM (`timeout`, systemd, a cancelled CI job) stops a request like Ctrl-C, exit 143.
#[test]
fn sigterm_during_a_request_exits_143() {
    use std::process::Stdio;
    let srv = TestServer::always(Reply::Stall(Duration::from_secs(10)));
    let mut child = seam_std(&srv.url())
        .args([
            "acs",
            "credentials",
            "create",
            "--acs_user_id",
            "33333333-3333-3333-3333-333333333333",
        ])
        .args(["--access_method", "code", "--json", "--timeout", "8"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn seam");
    let started = Instant::now();
    while srv.count() == 0 && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(100));
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let status = wait_bounded(&mut child, Duration::from_secs(3));
    let err = read_all(child.stderr.take().expect("stderr"));
    assert_eq!(status.code(), Some(143), "{err}");
    assert!(err.starts_with("error: interrupted (SIGTERM)"), "{err}");
    assert!(
        err.contains("hint: the change may still have been made"),
        "{err}"
    );
}

#[test]
fn ctrl_c_during_a_request_exits_130() {
    use std::process::Stdio;
    each_verb(|v| {
        let srv = TestServer::always(Reply::Stall(Duration::from_secs(10)));
        let mut child = seam_std(&srv.url())
            .args(["acs", "credentials", v.name])
            .args(v.args)
            .args(["--json", "--timeout", "8"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn seam");
        let started = Instant::now();
        while srv.count() == 0 && started.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(srv.count(), 1, "{}: the request never arrived", v.name);
        std::thread::sleep(Duration::from_millis(100));
        let killed = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(killed.success());
        let status = wait_bounded(&mut child, Duration::from_secs(3));
        let err = read_all(child.stderr.take().expect("stderr"));
        let out = read_all(child.stdout.take().expect("stdout"));
        assert_eq!(status.code(), Some(130), "{}: {err}", v.name);
        assert!(
            err.starts_with("error: interrupted (Ctrl-C)"),
            "{}: {err}",
            v.name
        );
        // Only a change can have been made behind our back; a read needs no warning.
        assert_eq!(
            err.contains("hint: the change may still have been made"),
            v.write,
            "{}: {err}",
            v.name
        );
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.is_empty(), "{out}");
        assert_eq!(srv.count(), 1, "{}", v.name);
    });
}

/// A list page with `n` credentials (about 300 bytes each).
fn big_list(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"acs_credential_id":"66666666-6666-6666-6666-{i:012}","acs_user_id":"{USER}","access_method":"code","code":"{:04}","display_name":"Guest {i}","created_at":"2024-03-01T10:40:00.000Z","workspace_id":"11111111-1111-1111-1111-111111111111"}}"#,
                i % 10000
            )
        })
        .collect();
    format!(
        r#"{{"acs_credentials":[{}],"pagination":{{"has_next_page":false,"next_page_cursor":null}},"ok":true}}"#,
        items.join(",")
    )
}

#[test]
fn closed_stdout_pipe_exits_quietly() {
    use std::io::BufRead;
    use std::process::Stdio;
    let srv = TestServer::always(Reply::Ok(big_list(8000)));
    for format in ["json", "ndjson", "table"] {
        let mut child = seam_std(&srv.url())
            .args(["acs", "credentials", "list", "--format", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn seam");
        // `| head -1`: read one line, then close the pipe.
        let mut first = String::new();
        {
            let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
            out.read_line(&mut first).expect("read a line");
        }
        let status = wait_bounded(&mut child, Duration::from_secs(10));
        let err = read_all(child.stderr.take().expect("stderr"));
        assert!(!first.is_empty(), "{format}: no output");
        assert_eq!(status.code(), Some(0), "{format}: {err}");
        assert!(
            !err.contains("Broken pipe") && !err.contains("os error 32"),
            "{err}"
        );
        assert!(
            !err.contains("panicked") && !err.contains("error"),
            "{format}: {err}"
        );
    }
}

#[test]
fn pipe_into_head_in_a_shell() {
    if std::process::Command::new("bash")
        .arg("-c")
        .arg("true")
        .status()
        .is_err()
    {
        return; // no bash here; closed_stdout_pipe_exits_quietly covers the same
    }
    let srv = TestServer::always(Reply::Ok(big_list(8000)));
    let bin = assert_cmd::cargo::cargo_bin("seam");
    let o = seam_std(&srv.url())
        .arg("-c")
        .arg(format!(
            "set -o pipefail; '{}' acs credentials list --format ndjson | head -1",
            bin.display()
        ))
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output_with_program("bash");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
    assert!(err.is_empty(), "{err}");
}

trait WithProgram {
    fn output_with_program(&mut self, program: &str) -> std::process::Output;
}

impl WithProgram for std::process::Command {
    /// Runs `program` with this command's arguments and environment.
    fn output_with_program(&mut self, program: &str) -> std::process::Output {
        let mut c = std::process::Command::new(program);
        c.args(self.get_args());
        for (k, v) in self.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c.stdin(std::process::Stdio::null())
            .output()
            .expect("run program")
    }
}

#[test]
fn idle_open_stdin_does_not_hang() {
    use std::process::Stdio;
    each_verb(|v| {
        let srv = TestServer::always(Reply::Ok(v.ok.into()));
        let mut child = seam_std(&srv.url())
            .args(["acs", "credentials", v.name])
            .args(v.args)
            .args(["--json", "--timeout", "5"])
            .stdin(Stdio::piped()) // never written, never closed while seam runs
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn seam");
        let stdin = child.stdin.take();
        let started = Instant::now();
        let status = wait_bounded(&mut child, Duration::from_secs(5));
        let took = started.elapsed();
        drop(stdin);
        let err = read_all(child.stderr.take().expect("stderr"));
        assert!(took < Duration::from_secs(3), "{}: took {took:?}", v.name);
        // A destructive verb does not run on a pipe that was not read (issue 13, defect 9).
        if matches!(v.name, "delete" | "unassign") {
            assert_eq!(status.code(), Some(2), "{}: {err}", v.name);
            assert!(err.contains("</dev/null"), "{}: {err}", v.name);
            assert_eq!(srv.count(), 0);
        } else {
            assert_eq!(status.code(), Some(0), "{}: {err}", v.name);
            assert!(err.contains("not read"), "{}: {err}", v.name);
            assert_eq!(srv.count(), 1);
        }
    });
}
