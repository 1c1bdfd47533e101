//! Tests of the journal: parsing, the index, result read-back, hashes and targets.

use super::*;
use serde_json::json;

#[test]
fn last_entry_wins_and_cut_lines_are_dropped() {
    let text = concat!(
        "{\"t\":\"run\",\"verb\":\"create\"}\n",
        "{\"t\":\"intent\",\"line\":2,\"hash\":\"a\"}\n",
        "{\"t\":\"intent\",\"line\":3,\"hash\":\"b\"}\n",
        "{\"t\":\"outcome\",\"line\":2,\"hash\":\"a\",\"status\":\"error\",\"result\":{}}\n",
        "{\"t\":\"intent\",\"line\":4,\"hash\":\"c\"}\n",
        "{\"t\":\"outcome\",\"line\":4,\"hash\":\"c\",\"status\":\"ok\",\"result\":{\"x\":1}}\n",
        "{\"t\":\"outcome\",\"line\":3,\"ha"
    );
    let ix = parse(text.as_bytes()).unwrap();
    assert_eq!(ix.verb.as_deref(), Some("create"));
    let known = |l| ix.get(l).map(|(_, e)| e.known());
    assert_eq!(known(2), Some(Known::Failed));
    assert_eq!(known(3), Some(Known::Unknown { recorded: false }));
    assert_eq!(known(4), Some(Known::Ok));
    assert_eq!(ix.get(4).map(|(_, e)| e.hash), Some(0xc));
    assert_eq!(ix.valid_len as usize, text.rfind('\n').unwrap() + 1);
    assert_eq!(ix.len(), 3);
}

/// Entries far apart, out of order and repeated across runs: one per line, the last wins,
/// and its result is read back from its offset.
#[test]
fn a_large_journal_is_indexed_by_line_and_results_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("j");
    let mut text = String::from("{\"t\":\"run\",\"verb\":\"create\"}\n");
    let n = 200_000u64;
    for l in (2..n).rev() {
        text.push_str(&format!(
            "{{\"t\":\"intent\",\"line\":{l},\"hash\":\"{l:x}\"}}\n"
        ));
    }
    for l in 2..n {
        let st = if l % 3 == 0 { "error" } else { "ok" };
        text.push_str(&format!(
                "{{\"t\":\"outcome\",\"line\":{l},\"hash\":\"{l:x}\",\"status\":\"{st}\",\"result\":{{\"line\":{l}}}}}\n"
            ));
    }
    std::fs::write(&p, &text).unwrap();
    let ix = load(&p).unwrap();
    assert_eq!(ix.len() as u64, n - 2);
    assert!(ix.entries().windows(2).all(|w| w[0].line < w[1].line));
    let mut r = Results::open(&p).unwrap();
    for l in [2usize, 3, 99_999, 199_999] {
        let (_, e) = ix.get(l).unwrap();
        assert_eq!(e.hash, l as u64);
        assert_eq!(
            e.known(),
            if l % 3 == 0 { Known::Failed } else { Known::Ok }
        );
        assert_eq!(r.result(&e).unwrap(), Some(json!({"line": l})));
    }
    assert!(ix.get(1).is_none() && ix.get(n as usize).is_none());
}

#[test]
fn garbage_in_the_middle_is_an_error() {
    let e = parse(&b"{\"t\":\"run\"}\nnot json\n{\"t\":\"run\"}\n"[..]).unwrap_err();
    assert_eq!(e.0, 2);
}

#[cfg(unix)]
#[tokio::test]
async fn a_new_journal_is_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("j");
    let j = Journal::open(&p, None).unwrap();
    j.intent(2, 7).await.unwrap();
    let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(loose_mode(&p), None);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(loose_mode(&p), Some(0o640));
}

#[test]
fn hash_is_stable() {
    assert_eq!(body_hash(&json!({"a": 1})), body_hash(&json!({"a": 1})));
    assert_ne!(body_hash(&json!({"a": 1})), body_hash(&json!({"a": 2})));
}

#[test]
fn targets_are_read_back_and_fingerprints_hide_the_token() {
    let text = concat!(
            "{\"t\":\"run\",\"verb\":\"create\"}\n",
            "{\"t\":\"run\",\"verb\":\"create\",\"endpoint\":\"https://a\",\"workspace\":null,\"token_fingerprint\":\"sha256:01\"}\n",
        );
    let st = parse(text.as_bytes()).unwrap();
    let t = st.target.unwrap();
    assert_eq!(t.endpoint, "https://a");
    assert_eq!(t.workspace, None);
    assert!(parse(&b"{\"t\":\"run\"}\n"[..]).unwrap().target.is_none());
    let key = "seam_test_KEY_5ecret_0123456789abcdef";
    let f = token_fingerprint(&crate::secret::Secret::new(key));
    assert_eq!(f, token_fingerprint(&crate::secret::Secret::new(key)));
    assert_ne!(
        f,
        token_fingerprint(&crate::secret::Secret::new("seam_other"))
    );
    assert_eq!(f.len(), "sha256:".len() + 16);
    for w in key.as_bytes().windows(4) {
        assert!(
            !f.contains(std::str::from_utf8(w).unwrap()) || w.iter().all(u8::is_ascii_hexdigit)
        );
    }
}
