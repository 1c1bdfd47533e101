//! Reconciling records with the journal of earlier runs: each record's plan (send or replay),
//! and the check that settled records still stand, unchanged, on their lines.

use super::{Problems, RetryUnknown, Status, Tally};
use crate::exec::bulk::journal::{Index, Known};

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
