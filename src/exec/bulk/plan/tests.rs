//! Tests of planning: checking records, reconciling them with a journal, `--retry-unknown`.

use super::*;
use crate::exec::bulk::journal::{self, Index, Known};
use crate::exec::bulk::records;
use crate::spec::credentials::{create, delete};
use crate::spec::Verb;
use proptest::prelude::*;
use serde_json::{json, Map};

const USER: &str = "33333333-3333-3333-3333-333333333333";

fn check_text(verb: &'static Verb, text: &str) -> Result<Vec<Item>, Vec<String>> {
    let id_key = verb.bulk.as_ref().and_then(|b| b.id_only);
    let fmt = records::detect(None, text, id_key);
    let recs = records::parse(fmt, text, id_key.unwrap_or("id"))
        .map_err(|e| e.into_iter().map(|e| e.message).collect::<Vec<_>>())?;
    let shared = Map::new();
    let checker = Checker {
        verb,
        shared: &shared,
        ignored: Vec::new(),
    };
    let (ok, bad): (Vec<_>, Vec<_>) = recs
        .into_iter()
        .map(|r| checker.item(r))
        .partition(Result::is_ok);
    if bad.is_empty() {
        Ok(ok.into_iter().filter_map(Result::ok).collect())
    } else {
        Err(bad.into_iter().filter_map(Result::err).collect())
    }
}

fn items(codes: &[&str]) -> Vec<Item> {
    let mut text = String::from("access_method,acs_user_id,code\n");
    for c in codes {
        text.push_str(&format!("code,{USER},{c}\n"));
    }
    check_text(&create::VERB, &text).unwrap_or_default()
}

fn journal_of(entries: &[Value]) -> Index {
    let text: String = entries.iter().map(|e| format!("{e}\n")).collect();
    journal::parse(text.as_bytes()).unwrap_or_default()
}

fn intent(it: &Item) -> Value {
    json!({"t": "intent", "line": it.line, "hash": journal::show_hash(it.hash)})
}

fn outcome(it: &Item, status: &str) -> Value {
    json!({"t": "outcome", "line": it.line, "hash": journal::show_hash(it.hash), "status": status,
               "result": {"line": it.line, "status": status}})
}

/// The lines to send and the lines replayed (with how), or the problems.
type Planned = (Vec<usize>, Vec<(usize, Known)>);

fn reconcile(
    items: &[Item],
    index: Option<&Index>,
    retry: &RetryUnknown,
) -> Result<Planned, Vec<String>> {
    let mut r = Reconcile::new(index, retry);
    let mut planned = Planned::default();
    for it in items {
        r.record(it.line, it.hash);
        match plan_of(index, retry, it.line, it.hash) {
            Ok((Plan::Send, _)) => planned.0.push(it.line),
            Ok((Plan::Replay(k), _)) => planned.1.push((it.line, k)),
            Err(_) => {}
        }
    }
    r.finish()
        .map_err(|p| p.messages().map(str::to_string).collect::<Vec<_>>())?;
    assert_eq!(r.to_send, planned.0.len());
    assert_eq!(r.replayed.replayed, planned.1.len());
    Ok(planned)
}

#[test]
fn records_are_checked_with_their_line() {
    let text = format!(
        "access_method,acs_user_id,code,allowed_acs_entrance_ids\n\
             code,{USER},0123,\"[{USER},{USER}]\"\n\
             code,{USER},12a,\n"
    );
    let problems = check_text(&create::VERB, &text).err().unwrap_or_default();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("line 3: invalid value '12a'"),
        "{problems:?}"
    );
    let ok = check_text(&create::VERB, &text.replace("12a", "12")).unwrap_or_default();
    assert_eq!(ok[0].line, 2);
    assert_eq!(
        ok[0].body,
        json!({"access_method": "code", "acs_user_id": USER, "code": "0123",
                   "allowed_acs_entrance_ids": [USER, USER]})
    );
    assert_eq!(ok[1].body.get("allowed_acs_entrance_ids"), None);
}

#[test]
fn without_a_journal_everything_is_sent() {
    let plan = reconcile(&items(&["1", "2"]), None, &RetryUnknown::None).unwrap_or_default();
    assert_eq!(plan.0.len(), 2);
    assert!(plan.1.is_empty());
}

#[test]
fn done_is_replayed_failed_is_sent_unknown_is_reported() {
    let its = items(&["1", "2", "3", "4"]);
    let st = journal_of(&[
        intent(&its[0]),
        outcome(&its[0], "ok"),
        intent(&its[1]),
        outcome(&its[1], "error"),
        intent(&its[2]),
    ]);
    let plan = reconcile(&its, Some(&st), &RetryUnknown::None).unwrap_or_default();
    assert_eq!(plan.0, [3, 5], "the refused record and the new one");
    assert_eq!(
        plan.1,
        [(2, Known::Ok), (4, Known::Unknown { recorded: false })]
    );
    assert_eq!(
        unknown_result(&create::VERB, &its[2])["error"]["type"],
        "outcome_unknown"
    );
}

#[test]
fn retry_unknown_sends_only_the_lines_named() {
    let its = items(&["1", "2"]);
    let st = journal_of(&[intent(&its[0]), intent(&its[1])]);
    let retry = RetryUnknown::parse(Some("3")).unwrap_or(RetryUnknown::None);
    assert!(check_retry_lines(Some(&st), &retry).is_ok());
    let plan = reconcile(&its, Some(&st), &retry).unwrap_or_default();
    assert_eq!(plan.0, [3]);
    assert_eq!(plan.1.len(), 1);
    let typo = RetryUnknown::parse(Some("9")).unwrap_or(RetryUnknown::None);
    assert!(check_retry_lines(Some(&st), &typo).is_err());
}

#[test]
fn a_changed_or_moved_record_stops_the_run() {
    let its = items(&["1", "2"]);
    let st = journal_of(&[intent(&its[0]), outcome(&its[0], "ok")]);
    // The record on line 2 was edited.
    let edited = items(&["9", "2"]);
    let problems = reconcile(&edited, Some(&st), &RetryUnknown::None)
        .err()
        .unwrap_or_default();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("line 2: the record changed"),
        "{problems:?}"
    );
    // The record done on line 2 was removed: the input no longer has it there.
    let removed = items(&["2"]);
    let problems = reconcile(&removed, Some(&st), &RetryUnknown::None)
        .err()
        .unwrap_or_default();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("line 2:"), "{problems:?}");
    // A record the journal saw refused may change: it is simply sent.
    let st = journal_of(&[intent(&its[0]), outcome(&its[0], "error")]);
    assert!(reconcile(&items(&["7"]), Some(&st), &RetryUnknown::None).is_ok());
}

#[test]
fn delete_records_keep_their_id_in_results() {
    let id = "66666666-6666-6666-6666-666666666666";
    let its = check_text(&delete::VERB, &format!("{id}\n")).unwrap_or_default();
    let r = base_result(&delete::VERB, &its[0], Status::Ok);
    assert_eq!(r["acs_credential_id"], id);
    let r = base_result(&create::VERB, &items(&["1"])[0], Status::Ok);
    assert!(r.get("acs_credential_id").is_none());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any cells under the create header: a checked body or a clean error, never a panic.
    #[test]
    fn create_records_never_panic(
        cells in proptest::collection::vec(
            proptest::collection::vec("[ -~]{0,40}", 6), 0..4)
    ) {
        let mut text = String::from(
            "access_method,acs_user_id,code,starts_at,visionline_metadata,is_multi_phone_sync_credential\n");
        for row in &cells {
            let quoted: Vec<String> = row.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
            text.push_str(&quoted.join(","));
            text.push('\n');
        }
        let _ = check_text(&create::VERB, &text);
    }

    #[test]
    fn any_text_as_records_never_panics(text in "\\PC{0,200}") {
        let _ = check_text(&create::VERB, &text);
        let _ = check_text(&delete::VERB, &text);
    }

    #[test]
    fn journal_parse_never_panics(text in "\\PC{0,200}") {
        let _ = journal::parse(text.as_bytes());
        let _ = journal::parse(text.as_bytes()).map(|ix| ix.len());
    }

    #[test]
    fn retry_unknown_never_panics(v in "[0-9a-z, ]{0,20}") {
        let _ = RetryUnknown::parse(Some(&v));
    }
}
