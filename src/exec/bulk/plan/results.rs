//! How records ended: each one's status, the run's tally and the start of a result line.

use super::{Item, UNKNOWN_SHOWN};
use crate::spec::Verb;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

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
