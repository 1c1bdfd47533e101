//! The bulk journal: an append-only JSON Lines file, written before each request (intent) and
//! after it (outcome), each entry on disk (fsync) before the run goes on. It is what lets
//! `--resume` skip what is done, send what never went, and flag what may or may not have happened.
//!
//! Entries (one JSON object per line):
//! - `{"t":"run","verb":"create","input":"guests.csv","at":"...","endpoint":"https://...",
//!   "workspace":null,"token_fingerprint":"sha256:..."}` at the start of every run: where its
//!   requests go (the token only as a fingerprint, see [`token_fingerprint`]);
//! - `{"t":"intent","line":5,"hash":"..."}` before record 5 is sent;
//! - `{"t":"outcome","line":5,"hash":"...","status":"ok|error|unknown","result":{...}}` after.
//!
//! Writes go through one thread that batches them: entries that arrive while a sync runs share the
//! next sync (group commit), so concurrency is not serialised on the disk.

mod index;
mod lock;
mod results;
mod target;
#[cfg(test)]
mod tests;
mod writer;

pub use index::{load, parse, Index};
pub use lock::{loose_mode, no_place_beside, Lock};
pub use results::Results;
pub use target::{check_target, token_fingerprint, Target};
pub use writer::Journal;

use serde_json::Value;

/// Longest journal entry read back (a result line holds at most one API answer).
pub const MAX_ENTRY: u64 = 64 << 20;

/// What the journal says about one input line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// Done: its result line is replayed.
    Ok,
    /// Failed in a way that is safe to send again (the API refused it, or it never left).
    Failed,
    /// Sent (or about to be), and no usable answer recorded: may or may not have happened.
    /// `recorded`: an outcome entry holds a result line for it.
    Unknown { recorded: bool },
}

impl Known {
    fn bits(self) -> u64 {
        match self {
            Known::Ok => 0,
            Known::Failed => 1,
            Known::Unknown { recorded: false } => 2,
            Known::Unknown { recorded: true } => 3,
        }
    }
    fn from_bits(b: u64) -> Known {
        match b & 3 {
            0 => Known::Ok,
            1 => Known::Failed,
            2 => Known::Unknown { recorded: false },
            _ => Known::Unknown { recorded: true },
        }
    }
    /// Done or unknown: the record must stand unchanged on its line.
    pub fn settled(self) -> bool {
        self != Known::Failed
    }
}

/// The last journal entry of one input line: 24 bytes, whatever its result holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub line: u64,
    pub hash: u64,
    /// Offset of the entry in the journal << 2 | [`Known`] bits.
    at: u64,
}

impl Entry {
    pub fn known(&self) -> Known {
        Known::from_bits(self.at)
    }
    pub fn offset(&self) -> u64 {
        self.at >> 2
    }
}

/// A hash as the journal writes it (16 hex digits) read back.
pub fn parse_hash(h: &str) -> Option<u64> {
    u64::from_str_radix(h, 16).ok()
}

/// A hash as the journal writes it.
pub fn show_hash(h: u64) -> String {
    format!("{h:016x}")
}

/// FNV-1a (64-bit) of the body as sent, keys sorted (so reordered CSV columns or JSON keys
/// are the same record): stable across runs and builds.
pub fn body_hash(body: &Value) -> u64 {
    fn canonical(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                Value::Object(
                    keys.into_iter()
                        .map(|k| (k.clone(), canonical(&m[k.as_str()])))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
            other => other.clone(),
        }
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canonical(body).to_string().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}
