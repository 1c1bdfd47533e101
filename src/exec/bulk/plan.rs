//! Planning a bulk run, before anything is sent: read the input, parse its records, check each
//! with the verb's table, and reconcile them with the journal of earlier runs. Pure functions
//! (but for reading the input), each with its own tests.

use super::journal::{self, Known, State};
use super::records::{self, Fields, Record};
use crate::error::CliError;
use crate::spec::body;
use crate::spec::params::Origin;
use crate::spec::Verb;
use serde_json::{json, Map, Value};
use std::collections::{BTreeSet, HashMap};

/// Largest bulk input read.
pub const MAX_INPUT: u64 = 256 * 1024 * 1024;
/// Problems listed before "... and N more".
const MAX_SHOWN: usize = 50;

/// One checked record, ready to send.
#[derive(Debug)]
pub struct Item {
    pub line: usize,
    pub body: Value,
    pub hash: String,
}

/// How one record ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    Error,
    Unknown,
    /// Never sent: the run stopped (signal, 401/403, cannot connect, journal) before it.
    NotSent,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Error => "error",
            Status::Unknown => "unknown",
            Status::NotSent => "not_sent",
        }
    }
}

/// Counts of how records ended, this run and replayed from the journal.
#[derive(Default, Debug)]
pub struct Tally {
    pub ok: usize,
    pub error: usize,
    pub unknown: usize,
    pub replayed: usize,
    pub unknown_lines: Vec<usize>,
}

impl Tally {
    pub fn add(&mut self, status: Status, line: usize) {
        match status {
            Status::Ok => self.ok += 1,
            Status::Error => self.error += 1,
            Status::Unknown => {
                self.unknown += 1;
                self.unknown_lines.push(line);
            }
            Status::NotSent => {}
        }
    }
}

/// Which unknown records `--retry-unknown` sends again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryUnknown {
    None,
    All,
    Lines(BTreeSet<usize>),
}

impl RetryUnknown {
    pub fn parse(v: Option<&str>) -> Result<RetryUnknown, CliError> {
        let Some(v) = v else {
            return Ok(RetryUnknown::None);
        };
        if v == "all" {
            return Ok(RetryUnknown::All);
        }
        let mut lines = BTreeSet::new();
        for part in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match part.parse::<usize>() {
                Ok(n) if n > 0 => {
                    lines.insert(n);
                }
                _ => {
                    return Err(CliError::usage(format!(
                        "invalid value '{v}' for --retry-unknown: expected `all` or input line numbers such as 4,9"
                    )))
                }
            }
        }
        Ok(RetryUnknown::Lines(lines))
    }

    pub fn wants(&self, line: usize) -> bool {
        match self {
            RetryUnknown::None => false,
            RetryUnknown::All => true,
            RetryUnknown::Lines(l) => l.contains(&line),
        }
    }
}

/// Reads the whole input: a file, or stdin for `-`.
pub fn read_input(src: &str) -> Result<String, CliError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let what = if src == "-" { "stdin" } else { src };
    let res = if src == "-" {
        std::io::stdin().take(MAX_INPUT + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(src).and_then(|f| f.take(MAX_INPUT + 1).read_to_end(&mut bytes))
    };
    res.map_err(|e| CliError::usage(format!("--from-file: cannot read {what}: {e}")))?;
    if bytes.len() as u64 > MAX_INPUT {
        return Err(CliError::usage(format!(
            "--from-file: {what} is larger than {} MiB; split it",
            MAX_INPUT >> 20
        )));
    }
    String::from_utf8(bytes)
        .map_err(|e| CliError::usage(format!("--from-file: {what} is not UTF-8 text: {e}")))
}

/// A usage error listing problems, at most `MAX_SHOWN` of them.
pub fn list_problems(head: String, problems: &[String]) -> CliError {
    let mut msg = head;
    for p in problems.iter().take(MAX_SHOWN) {
        msg.push_str("\n  ");
        msg.push_str(p);
    }
    if problems.len() > MAX_SHOWN {
        msg.push_str(&format!("\n  ... and {} more", problems.len() - MAX_SHOWN));
    }
    CliError::usage(msg)
}

/// Parses `text` (named `shown` in errors) into records and checks each: the items, or a usage
/// error listing every problem with its line.
pub fn items_of(
    verb: &Verb,
    shared: &Map<String, Value>,
    path: Option<&str>,
    shown: &str,
    text: &str,
    trace: &dyn Fn(&str),
) -> Result<Vec<Item>, CliError> {
    let id_key = verb.bulk.as_ref().and_then(|b| b.id_only);
    let fmt = records::detect(path, text, id_key);
    trace(&format!("* {shown}: read as {}", fmt.name()));
    let recs = records::parse(fmt, text, id_key.unwrap_or("id")).map_err(|errs| {
        let problems: Vec<String> = errs
            .iter()
            .map(|e| format!("line {}: {}", e.line, e.message))
            .collect();
        list_problems(
            format!(
                "{shown} cannot be read as {}; nothing was sent:",
                fmt.name()
            ),
            &problems,
        )
    })?;
    if recs.is_empty() {
        return Err(CliError::usage(format!(
            "{shown} holds no records; nothing to do"
        )));
    }
    check_records(verb, shared, recs).map_err(|problems| {
        list_problems(
            format!(
                "{} invalid record{} in {shown}; nothing was sent:",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            ),
            &problems,
        )
    })
}

/// Builds and checks the body of every record; all problems, or the items.
pub fn check_records(
    verb: &Verb,
    shared: &Map<String, Value>,
    recs: Vec<Record>,
) -> Result<Vec<Item>, Vec<String>> {
    let id_only = verb.bulk.as_ref().and_then(|b| b.id_only);
    let mut items = Vec::with_capacity(recs.len());
    let mut problems = Vec::new();
    for rec in recs {
        let origin = Origin::Record(rec.line);
        let mut b = shared.clone();
        let merged = match rec.fields {
            Fields::Object(mut obj) => {
                if let Some(id) = id_only {
                    // Only the id matters; other keys (a whole object from `list`) are ignored.
                    obj.retain(|k, _| k == id);
                }
                body::merge_object(verb, &mut b, &obj, &origin)
            }
            Fields::Text(mut pairs) => {
                if let Some(id) = id_only {
                    pairs.retain(|(k, _)| k == id);
                }
                body::merge_text(verb, &mut b, &pairs, &origin)
            }
        };
        match merged.and_then(|()| body::check(verb, &b, &origin)) {
            Ok(()) => {
                let body = Value::Object(b);
                items.push(Item {
                    line: rec.line,
                    hash: journal::body_hash(&body),
                    body,
                });
            }
            Err(e) => problems.push(e.0),
        }
    }
    if problems.is_empty() {
        Ok(items)
    } else {
        Err(problems)
    }
}

/// `--retry-unknown=LINES` must name records whose outcome is unknown: a typo must not quietly
/// retry nothing (or something else).
pub fn check_retry_lines(state: Option<&State>, retry: &RetryUnknown) -> Result<(), CliError> {
    let RetryUnknown::Lines(lines) = retry else {
        return Ok(());
    };
    let unknown: BTreeSet<usize> = state
        .map(|st| {
            st.lines
                .iter()
                .filter(|(_, k)| matches!(k, Known::Unknown { .. }))
                .map(|(l, _)| *l)
                .collect()
        })
        .unwrap_or_default();
    let wrong: Vec<String> = lines
        .iter()
        .filter(|l| !unknown.contains(l))
        .map(|l| l.to_string())
        .collect();
    if wrong.is_empty() {
        return Ok(());
    }
    let known: Vec<String> = unknown.iter().map(|l| l.to_string()).collect();
    Err(CliError::usage_hint(
        format!(
            "--retry-unknown names line{} {} whose outcome is not unknown in the journal",
            if wrong.len() == 1 { "" } else { "s" },
            wrong.join(", ")
        ),
        if known.is_empty() {
            "the journal has no record of unknown outcome".to_string()
        } else {
            format!(
                "the records of unknown outcome are on lines {}",
                known.join(",")
            )
        },
    ))
}

/// The records of a run, sorted against the journal.
#[derive(Debug, Default)]
pub struct Plan {
    /// Not done yet (never sent, refused, or unknown and asked to retry): sent in this run.
    pub to_send: Vec<Item>,
    /// Settled by an earlier run (done, or unknown): their result lines, by input line.
    pub replay: Vec<(usize, Status, Value)>,
}

fn settled(k: &Known) -> &'static str {
    if matches!(k, Known::Ok { .. }) {
        "done"
    } else {
        "sent (outcome unknown)"
    }
}

/// Sorts the records into those to send and those to replay. A record the journal recorded as
/// done or unknown must still stand, unchanged, on its line: were it changed, removed or moved,
/// the lines after it would shift onto other records' entries and a create could be sent twice.
/// Those problems are returned instead, one per line.
pub fn reconcile(
    verb: &Verb,
    items: Vec<Item>,
    state: Option<&State>,
    retry: &RetryUnknown,
) -> Result<Plan, Vec<String>> {
    let mut plan = Plan::default();
    let mut changed = Vec::new();
    // line -> hash of every input record, to find journal entries whose record is gone.
    let mut input: HashMap<usize, String> = HashMap::with_capacity(items.len());
    for it in items {
        input.insert(it.line, it.hash.clone());
        match state.and_then(|s| s.lines.get(&it.line)) {
            None | Some(Known::Failed { .. }) => plan.to_send.push(it),
            Some(k) if k.hash() != it.hash => changed.push((
                it.line,
                format!(
                    "line {}: the record changed since the journal recorded it as {}",
                    it.line,
                    settled(k)
                ),
            )),
            Some(Known::Ok { result, .. }) => {
                plan.replay.push((it.line, Status::Ok, result.clone()))
            }
            Some(Known::Unknown { .. }) if retry.wants(it.line) => plan.to_send.push(it),
            Some(Known::Unknown { result, .. }) => {
                let r = match result {
                    Some(r) if r.is_object() => r.clone(),
                    _ => unknown_result(verb, &it),
                };
                plan.replay.push((it.line, Status::Unknown, r));
            }
        }
    }
    if let Some(st) = state {
        for (line, k) in &st.lines {
            let stands = input.get(line).map(String::as_str) == Some(k.hash());
            if !matches!(k, Known::Failed { .. })
                && !stands
                && !changed.iter().any(|(l, _)| l == line)
            {
                changed.push((
                    *line,
                    format!(
                        "line {line}: the journal recorded it as {}, and the input no longer has that record on that line",
                        settled(k)
                    ),
                ));
            }
        }
    }
    if !changed.is_empty() {
        changed.sort_by_key(|(l, _)| *l);
        return Err(changed.into_iter().map(|(_, m)| m).collect());
    }
    plan.replay.sort_by_key(|r| r.0);
    Ok(plan)
}

/// The start of a record's result line: its input line and status (and its ID, for verbs
/// whose records are IDs).
pub fn base_result(verb: &Verb, item: &Item, status: Status) -> Map<String, Value> {
    let mut r = Map::new();
    r.insert("line".into(), json!(item.line));
    r.insert("status".into(), json!(status.name()));
    if let Some(id) = verb.bulk.as_ref().and_then(|b| b.id_only) {
        if let Some(v) = item.body.get(id) {
            r.insert(id.into(), v.clone());
        }
    }
    r
}

/// The result line of a record sent with no usable answer recorded.
pub fn unknown_result(verb: &Verb, item: &Item) -> Value {
    let mut r = base_result(verb, item, Status::Unknown);
    r.insert(
        "error".into(),
        json!({
            "type": "outcome_unknown",
            "message": "the request was sent (or about to be) when the run stopped; it may or may not have been processed",
        }),
    );
    Value::Object(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::credentials::{create, delete};
    use proptest::prelude::*;

    const USER: &str = "33333333-3333-3333-3333-333333333333";

    fn check_text(verb: &Verb, text: &str) -> Result<Vec<Item>, Vec<String>> {
        let id_key = verb.bulk.as_ref().and_then(|b| b.id_only);
        let fmt = records::detect(None, text, id_key);
        let recs = records::parse(fmt, text, id_key.unwrap_or("id"))
            .map_err(|e| e.into_iter().map(|e| e.message).collect::<Vec<_>>())?;
        check_records(verb, &Map::new(), recs)
    }

    fn items(codes: &[&str]) -> Vec<Item> {
        let mut text = String::from("access_method,acs_user_id,code\n");
        for c in codes {
            text.push_str(&format!("code,{USER},{c}\n"));
        }
        check_text(&create::VERB, &text).unwrap_or_default()
    }

    fn journal_of(entries: &[Value]) -> State {
        let text: String = entries.iter().map(|e| format!("{e}\n")).collect();
        journal::parse(text.as_bytes()).unwrap_or_default()
    }

    fn intent(it: &Item) -> Value {
        json!({"t": "intent", "line": it.line, "hash": it.hash})
    }

    fn outcome(it: &Item, status: &str) -> Value {
        json!({"t": "outcome", "line": it.line, "hash": it.hash, "status": status,
               "result": {"line": it.line, "status": status}})
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
        let plan = reconcile(&create::VERB, items(&["1", "2"]), None, &RetryUnknown::None)
            .unwrap_or_default();
        assert_eq!(plan.to_send.len(), 2);
        assert!(plan.replay.is_empty());
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
        let plan =
            reconcile(&create::VERB, its, Some(&st), &RetryUnknown::None).unwrap_or_default();
        let sent: Vec<usize> = plan.to_send.iter().map(|i| i.line).collect();
        assert_eq!(sent, [3, 5], "the refused record and the new one");
        let replayed: Vec<(usize, Status)> = plan.replay.iter().map(|r| (r.0, r.1)).collect();
        assert_eq!(replayed, [(2, Status::Ok), (4, Status::Unknown)]);
        assert_eq!(plan.replay[1].2["error"]["type"], "outcome_unknown");
    }

    #[test]
    fn retry_unknown_sends_only_the_lines_named() {
        let its = items(&["1", "2"]);
        let st = journal_of(&[intent(&its[0]), intent(&its[1])]);
        let retry = RetryUnknown::parse(Some("3")).unwrap_or(RetryUnknown::None);
        assert!(check_retry_lines(Some(&st), &retry).is_ok());
        let plan = reconcile(&create::VERB, its, Some(&st), &retry).unwrap_or_default();
        let sent: Vec<usize> = plan.to_send.iter().map(|i| i.line).collect();
        assert_eq!(sent, [3]);
        assert_eq!(plan.replay.len(), 1);
        let typo = RetryUnknown::parse(Some("9")).unwrap_or(RetryUnknown::None);
        assert!(check_retry_lines(Some(&st), &typo).is_err());
    }

    #[test]
    fn a_changed_or_moved_record_stops_the_run() {
        let its = items(&["1", "2"]);
        let st = journal_of(&[intent(&its[0]), outcome(&its[0], "ok")]);
        // The record on line 2 was edited.
        let edited = items(&["9", "2"]);
        let problems = reconcile(&create::VERB, edited, Some(&st), &RetryUnknown::None)
            .err()
            .unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("line 2: the record changed"),
            "{problems:?}"
        );
        // The record done on line 2 was removed: the input no longer has it there.
        let removed = items(&["2"]);
        let problems = reconcile(&create::VERB, removed, Some(&st), &RetryUnknown::None)
            .err()
            .unwrap_or_default();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("line 2:"), "{problems:?}");
        // A record the journal saw refused may change: it is simply sent.
        let st = journal_of(&[intent(&its[0]), outcome(&its[0], "error")]);
        assert!(reconcile(&create::VERB, items(&["7"]), Some(&st), &RetryUnknown::None).is_ok());
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
        }

        #[test]
        fn retry_unknown_never_panics(v in "[0-9a-z, ]{0,20}") {
            let _ = RetryUnknown::parse(Some(&v));
        }
    }
}
