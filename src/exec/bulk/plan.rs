//! Planning a bulk run, before anything is sent: check each record with the verb's table, and
//! reconcile the records with the journal of earlier runs, one record at a time (the input is
//! read as a stream by [`super::input`], never held whole). Pure logic, each with its own tests.

use super::journal::{self, Index, Known};
use super::records::{Fields, Record};
use crate::error::CliError;
use crate::spec::body;
use crate::spec::params::{self, Origin};
use crate::spec::Verb;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// Problems listed before "... and N more".
pub const MAX_SHOWN: usize = 50;
/// Lines of unknown outcome named in the summary's hint.
pub const UNKNOWN_SHOWN: usize = 20;

/// One checked record, ready to send.
#[derive(Debug)]
pub struct Item {
    pub line: usize,
    pub body: Value,
    pub hash: u64,
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
    /// The smallest lines of unknown outcome (at most [`UNKNOWN_SHOWN`] of them).
    pub unknown_lines: BTreeSet<usize>,
}

impl Tally {
    pub fn add(&mut self, status: Status, line: usize) {
        match status {
            Status::Ok => self.ok += 1,
            Status::Error => self.error += 1,
            Status::Unknown => {
                self.unknown += 1;
                self.unknown_lines.insert(line);
                if self.unknown_lines.len() > UNKNOWN_SHOWN {
                    self.unknown_lines.pop_last();
                }
            }
            Status::NotSent => {}
        }
    }

    /// Records sent in this run (not replayed from the journal).
    pub fn sent_now(&self) -> usize {
        (self.ok + self.error + self.unknown).saturating_sub(self.replayed)
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

/// Problems found while reading: the first [`MAX_SHOWN`] (with their lines) and how many in all.
#[derive(Debug, Default)]
pub struct Problems {
    shown: Vec<(usize, String)>,
    pub total: usize,
}

impl Problems {
    pub fn add(&mut self, line: usize, msg: String) {
        self.total += 1;
        if self.shown.len() < MAX_SHOWN {
            self.shown.push((line, msg));
        }
    }
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
    /// `self` and `other` (each found in line order), in line order.
    pub fn merge(self, other: Problems) -> Problems {
        let mut shown: Vec<(usize, String)> = self.shown.into_iter().chain(other.shown).collect();
        shown.sort_by_key(|(l, _)| *l);
        shown.truncate(MAX_SHOWN);
        Problems {
            shown,
            total: self.total + other.total,
        }
    }
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.shown.iter().map(|(_, m)| m.as_str())
    }
}

/// A usage error listing problems, at most [`MAX_SHOWN`] of them.
pub fn list_problems(head: String, problems: &Problems) -> CliError {
    let mut msg = head;
    for p in problems.messages() {
        msg.push_str("\n  ");
        msg.push_str(p);
    }
    if problems.total > problems.shown.len() {
        msg.push_str(&format!(
            "\n  ... and {} more",
            problems.total - problems.shown.len()
        ));
    }
    CliError::usage(msg)
}

/// Checks records against the verb's table: each one's body, or its problem.
pub struct Checker<'a> {
    pub verb: &'static Verb,
    pub shared: &'a Map<String, Value>,
    /// CSV columns skipped (`--ignore-unknown-columns`).
    pub ignored: Vec<String>,
}

impl Checker<'_> {
    /// Builds and checks the body of one record.
    pub fn item(&self, rec: Record) -> Result<Item, String> {
        let verb = self.verb;
        let id_only = verb.bulk.as_ref().and_then(|b| b.id_only);
        let origin = Origin::Record(rec.line);
        let mut b = self.shared.clone();
        let merged = match rec.fields {
            Fields::Object(mut obj) => {
                if let Some(id) = id_only {
                    // Only the id matters; other keys (a whole object from `list`) are ignored.
                    obj.retain(|k, _| k == id);
                }
                body::merge_object(verb, &mut b, &obj, &origin, None)
            }
            Fields::Text(mut pairs) => {
                if let Some(id) = id_only {
                    pairs.retain(|(k, _)| k == id);
                } else if !self.ignored.is_empty() {
                    pairs.retain(|(k, _)| !self.ignored.contains(k));
                }
                body::merge_text(verb, &mut b, &pairs, &origin, None)
            }
        };
        match merged.and_then(|()| body::check(verb, &b, &origin)) {
            Ok(()) => {
                let body = Value::Object(b);
                Ok(Item {
                    line: rec.line,
                    hash: journal::body_hash(&body),
                    body,
                })
            }
            Err(e) => Err(e.0),
        }
    }
}

/// The CSV header's columns that are not parameters of `verb` (none for verbs whose records are
/// IDs: their other columns are ignored). One problem for the header, not one per record.
pub fn unknown_columns(verb: &Verb, columns: &[String]) -> Vec<String> {
    if verb.bulk.as_ref().and_then(|b| b.id_only).is_some() {
        return Vec::new();
    }
    columns
        .iter()
        .filter(|c| verb.param(c).is_none())
        .cloned()
        .collect()
}

/// The usage error for unknown CSV columns: one, naming them.
pub fn unknown_columns_error(verb: &Verb, shown: &str, line: usize, cols: &[String]) -> CliError {
    let names: Vec<String> = cols
        .iter()
        .map(
            |c| match params::suggest(c, verb.params.iter().map(|p| p.name)) {
                Some(s) => format!("\"{c}\" (did you mean \"{s}\"?)"),
                None => format!("\"{c}\""),
            },
        )
        .collect();
    let accepted: Vec<&str> = verb.params.iter().map(|p| p.name).collect();
    CliError::Usage {
        message: format!(
            "{shown} line {line}: unknown column{} {}; nothing was sent",
            if cols.len() == 1 { "" } else { "s" },
            names.join(", ")
        ),
        hints: vec![
            format!("`{}` accepts: {}", verb.name, accepted.join(", ")),
            "pass --ignore-unknown-columns to skip columns that are not parameters".into(),
        ],
    }
}

/// `--retry-unknown=LINES` must name records whose outcome is unknown: a typo must not quietly
/// retry nothing (or something else).
pub fn check_retry_lines(index: Option<&Index>, retry: &RetryUnknown) -> Result<(), CliError> {
    let RetryUnknown::Lines(lines) = retry else {
        return Ok(());
    };
    let is_unknown = |l: usize| {
        index
            .and_then(|ix| ix.get(l))
            .is_some_and(|(_, e)| matches!(e.known(), Known::Unknown { .. }))
    };
    let wrong: Vec<String> = lines
        .iter()
        .filter(|l| !is_unknown(**l))
        .map(|l| l.to_string())
        .collect();
    if wrong.is_empty() {
        return Ok(());
    }
    let known: Vec<String> = index
        .map(|ix| {
            ix.entries()
                .iter()
                .filter(|e| matches!(e.known(), Known::Unknown { .. }))
                .take(MAX_SHOWN)
                .map(|e| e.line.to_string())
                .collect()
        })
        .unwrap_or_default();
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

fn settled(k: Known) -> &'static str {
    if k == Known::Ok {
        "done"
    } else {
        "sent (outcome unknown)"
    }
}

/// What to do with one record, given the journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Not done yet (never sent, refused, or unknown and asked to retry): send it.
    Send,
    /// Settled by an earlier run (done, or unknown): replay its result line.
    Replay(Known),
}

/// Decides a record's plan from the journal entry of its line; `Err` when the record changed
/// under a settled entry.
pub fn plan_of(
    index: Option<&Index>,
    retry: &RetryUnknown,
    line: usize,
    hash: u64,
) -> Result<(Plan, Option<usize>), String> {
    let Some((slot, e)) = index.and_then(|ix| ix.get(line)) else {
        return Ok((Plan::Send, None));
    };
    let k = e.known();
    if !k.settled() {
        return Ok((Plan::Send, Some(slot)));
    }
    if e.hash != hash {
        return Err(format!(
            "line {line}: the record changed since the journal recorded it as {}",
            settled(k)
        ));
    }
    if matches!(k, Known::Unknown { .. }) && retry.wants(line) {
        return Ok((Plan::Send, Some(slot)));
    }
    Ok((Plan::Replay(k), Some(slot)))
}

/// Reconciles the records of an input, one at a time in input order, with the journal: a
/// record the journal recorded as done or unknown must still stand, unchanged, on its line:
/// were it changed, removed or moved, the lines after it would shift onto other records'
/// entries and a create could be sent twice. Memory: one bit per journal entry.
pub struct Reconcile<'a> {
    index: Option<&'a Index>,
    retry: &'a RetryUnknown,
    /// Journal entries whose line the input has (a bit per entry).
    seen: Vec<u64>,
    pub changed: Problems,
    /// Records to send.
    pub to_send: usize,
    /// Records replayed from the journal, by how they ended.
    pub replayed: Tally,
}

impl<'a> Reconcile<'a> {
    pub fn new(index: Option<&'a Index>, retry: &'a RetryUnknown) -> Self {
        let n = index.map_or(0, Index::len);
        Reconcile {
            index,
            retry,
            seen: vec![0; n.div_ceil(64)],
            changed: Problems::default(),
            to_send: 0,
            replayed: Tally::default(),
        }
    }

    /// One record of the input (in input order).
    pub fn record(&mut self, line: usize, hash: u64) {
        let (plan, slot) = match plan_of(self.index, self.retry, line, hash) {
            Ok(p) => p,
            Err(m) => {
                self.changed.add(line, m);
                if let Some((slot, _)) = self.index.and_then(|ix| ix.get(line)) {
                    self.seen[slot / 64] |= 1 << (slot % 64);
                }
                return;
            }
        };
        if let Some(slot) = slot {
            self.seen[slot / 64] |= 1 << (slot % 64);
        }
        match plan {
            Plan::Send => self.to_send += 1,
            Plan::Replay(k) => {
                let status = if k == Known::Ok {
                    Status::Ok
                } else {
                    Status::Unknown
                };
                self.replayed.add(status, line);
                self.replayed.replayed += 1;
            }
        }
    }

    /// After the last record: the problems (settled entries whose line the input no longer
    /// has included), in line order, or `Ok`.
    pub fn finish(&mut self) -> Result<(), Problems> {
        let mut gone = Problems::default();
        if let Some(ix) = self.index {
            for (i, e) in ix.entries().iter().enumerate() {
                let seen = self.seen[i / 64] & (1 << (i % 64)) != 0;
                if e.known().settled() && !seen {
                    gone.add(
                        e.line as usize,
                        format!(
                            "line {}: the journal recorded it as {}, and the input no longer has that record on that line",
                            e.line,
                            settled(e.known())
                        ),
                    );
                }
            }
        }
        let changed = std::mem::take(&mut self.changed).merge(gone);
        if changed.is_empty() {
            Ok(())
        } else {
            Err(changed)
        }
    }
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
    use crate::exec::bulk::records;
    use crate::spec::credentials::{create, delete};
    use proptest::prelude::*;

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
}
