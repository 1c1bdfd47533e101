//! `list --all`: every page, in JSON, NDJSON and tables; a looping cursor; retried pages.

use crate::support::fixtures::{nth_credential, nth_uuid};
use crate::support::server::{ok, Reply, Request, TestServer};
use crate::support::{assert_no_leak, parse_lines, seam, stderr, stdout};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// list --all

/// Pages of `limit` credentials out of `total`; the cursor is the offset.
fn pager(total: usize) -> TestServer {
    TestServer::start(move |req| page(req, total))
}

fn page(req: &Request, total: usize) -> Reply {
    {
        let per = req.json["limit"].as_u64().unwrap_or(500) as usize;
        let start: usize = req.json["page_cursor"]
            .as_str()
            .map(|c| c.trim_start_matches("c").parse().unwrap())
            .unwrap_or(0);
        let end = (start + per).min(total);
        let items: Vec<Value> = (start..end).map(nth_credential).collect();
        let more = end < total;
        ok(json!({
            "acs_credentials": items,
            "pagination": {
                "has_next_page": more,
                "next_page_cursor": if more { json!(format!("c{end}")) } else { Value::Null },
                "next_page_url": null
            }
        }))
    }
}

fn assert_paged(s: &TestServer, pages: usize) {
    let bodies = s.json_bodies("/acs/credentials/list");
    assert_eq!(bodies.len(), pages, "{bodies:?}");
    assert_eq!(bodies[0].get("page_cursor"), None);
    for (i, b) in bodies.iter().enumerate() {
        assert_eq!(b["limit"], json!(2), "page size from --limit");
        assert_eq!(
            b["acs_user_id"],
            json!(nth_uuid(7)),
            "filters kept on every page"
        );
        if i > 0 {
            assert_eq!(b["page_cursor"], json!(format!("c{}", i * 2)));
        }
    }
}

#[test]
fn list_all_json_is_one_document_across_pages() {
    let s = pager(5);
    let o = seam(&s.url())
        .args(["acs", "credentials", "list", "--all", "--limit", "2"])
        .args(["--acs-user-id", &nth_uuid(7), "--format", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).expect("one valid JSON document");
    let want: Vec<Value> = (0..5).map(nth_credential).collect();
    assert_eq!(doc, json!({ "acs_credentials": want }));
    // Byte for byte what the whole document pretty-prints as.
    assert_eq!(
        stdout(&o),
        format!("{}\n", serde_json::to_string_pretty(&doc).unwrap())
    );
    assert_paged(&s, 3);
    assert_no_leak(&o);
}

#[test]
fn list_all_ndjson_is_a_line_per_credential() {
    let s = pager(5);
    let o = seam(&s.url())
        .args(["acs", "credentials", "list", "--all", "--limit", "2"])
        .args(["--acs-user-id", &nth_uuid(7), "--format", "ndjson"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = parse_lines(&stdout(&o));
    assert_eq!(lines, (0..5).map(nth_credential).collect::<Vec<_>>());
    assert_paged(&s, 3);
}

#[test]
fn list_all_table_prints_every_page() {
    let s = pager(5);
    let o = seam(&s.url())
        .env("COLUMNS", "300")
        .args(["acs", "credentials", "list", "--all", "--limit", "2"])
        .args(["--acs-user-id", &nth_uuid(7), "--format", "table"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for n in 0..5 {
        assert!(out.contains(&nth_uuid(n)), "{n} missing: {out}");
    }
    assert_eq!(out.matches("STATE").count(), 3, "a table per page: {out}");
    assert_paged(&s, 3);
}

#[test]
fn list_all_empty_and_single_page() {
    let s = pager(0);
    let o = seam(&s.url())
        .args(["acs", "credentials", "list", "--all", "--format", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc, json!({"acs_credentials": []}));
    assert_eq!(s.count_path("/acs/credentials/list"), 1);
}

#[test]
fn list_all_refuses_a_looping_cursor() {
    let s = TestServer::start(|_| {
        ok(json!({
            "acs_credentials": [nth_credential(1)],
            "pagination": {"has_next_page": true, "next_page_cursor": "same", "next_page_url": null}
        }))
    });
    let o = seam(&s.url())
        .args(["acs", "credentials", "list", "--all", "--format", "ndjson"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("already used"), "{}", stderr(&o));
    assert_eq!(s.count_path("/acs/credentials/list"), 2);
}

#[test]
fn list_all_pages_are_retried_as_reads() {
    // Page 2 fails once with 503, then succeeds.
    let s = TestServer::start(move |req| {
        let n = req.nth;
        if n == 2 {
            return Reply::Json(503, vec![("retry-after", "0".into())], "{}".into());
        }
        page(req, 4)
    });
    let o = seam(&s.url())
        .args(["acs", "credentials", "list", "--all", "--limit", "2"])
        .args(["--format", "ndjson"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(parse_lines(&stdout(&o)).len(), 4);
    assert_eq!(
        s.count_path("/acs/credentials/list"),
        3,
        "2 pages + 1 retry"
    );
}
