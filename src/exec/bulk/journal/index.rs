//! A journal read back from disk into a bounded-memory index: one entry per input line.

use super::{parse_hash, Entry, Known, Target, MAX_ENTRY};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;
use std::fs::OpenOptions;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// A journal read back from disk, in bounded memory: for each input line it names, the state
/// of its last entry, the hash of its record and where the entry is (to read its result line
/// again when it is replayed), never the result itself.
#[derive(Debug, Default)]
pub struct Index {
    pub verb: Option<String>,
    /// The target of the last run that recorded one.
    pub target: Option<Target>,
    /// Entries sorted by line, one per line.
    entries: Vec<Entry>,
    /// Bytes up to the last complete line: a line cut by a crash is dropped before appending.
    pub valid_len: u64,
    pub runs: usize,
    /// Length at which `entries` is next sorted and deduplicated while loading.
    compact_at: usize,
}

/// Entries looked back at for the same line before a new one is added: an intent and its
/// outcome are rarely further apart than the requests in flight.
const LOOK_BACK: usize = 256;

impl Index {
    fn put(&mut self, e: Entry) {
        let n = self.entries.len();
        if let Some(old) = self.entries[n.saturating_sub(LOOK_BACK)..]
            .iter_mut()
            .rev()
            .find(|o| o.line == e.line)
        {
            *old = e;
            return;
        }
        self.entries.push(e);
        if self.entries.len() >= self.compact_at.max(1 << 16) {
            self.compact();
            self.compact_at = self.entries.len() * 2;
        }
    }

    /// Sorts by line and keeps the last entry (highest offset) of each.
    fn compact(&mut self) {
        self.entries
            .sort_unstable_by(|a, b| a.line.cmp(&b.line).then(b.at.cmp(&a.at)));
        self.entries.dedup_by_key(|e| e.line);
    }

    /// The last entry of input line `line`, and its place among the entries.
    pub fn get(&self, line: usize) -> Option<(usize, Entry)> {
        let i = self
            .entries
            .binary_search_by_key(&(line as u64), |e| e.line)
            .ok()?;
        Some((i, self.entries[i]))
    }

    /// Every entry, by line.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
/// Reads a journal's index, a line at a time. A last line without its newline (cut by a crash)
/// is ignored.
pub fn load(path: &Path) -> Result<Index, String> {
    let file = crate::lockfile::open_existing(path, OpenOptions::new().read(true))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(BufReader::with_capacity(256 * 1024, file))
        .map_err(|(n, m)| format!("{} line {n}: {m}", path.display()))
}

/// One journal entry as written; the result is skipped, not kept.
#[derive(Deserialize)]
struct Raw {
    t: Option<String>,
    line: Option<Value>,
    hash: Option<Value>,
    status: Option<Value>,
    verb: Option<Value>,
    result: Option<IgnoredAny>,
    endpoint: Option<String>,
    workspace: Option<String>,
    token_fingerprint: Option<String>,
}

/// Parses a journal. Errors carry the journal line number.
pub fn parse(mut r: impl BufRead) -> Result<Index, (usize, String)> {
    let mut ix = Index::default();
    let mut buf = Vec::new();
    let mut offset: u64 = 0;
    let mut n = 0usize;
    loop {
        buf.clear();
        let got = std::io::Read::take(&mut r, MAX_ENTRY + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| (n + 1, format!("cannot read: {e}")))?;
        if got == 0 {
            break;
        }
        n += 1;
        if buf.last() != Some(&b'\n') {
            if buf.len() as u64 > MAX_ENTRY {
                return Err((n, "an entry longer than 64 MiB".into()));
            }
            // Cut by a crash: dropped (and cut off before the next run appends).
            break;
        }
        let at = offset;
        offset += buf.len() as u64;
        ix.valid_len = offset;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let v: Raw =
            serde_json::from_slice(&buf).map_err(|e| (n, format!("not a journal entry ({e})")))?;
        let t = v.t.as_deref().unwrap_or("");
        let line = v.line.as_ref().and_then(Value::as_u64).unwrap_or(0);
        let hash = v.hash.as_ref().and_then(Value::as_str).unwrap_or("");
        let known = match t {
            "run" => {
                ix.runs += 1;
                let verb = v.verb.as_ref().and_then(Value::as_str).map(str::to_string);
                if ix.verb.is_none() {
                    ix.verb = verb;
                } else if verb.is_some() && verb != ix.verb {
                    return Err((n, "runs of different verbs in one journal".into()));
                }
                if let Some(endpoint) = v.endpoint {
                    ix.target = Some(Target {
                        endpoint,
                        workspace: v.workspace,
                        token_fingerprint: v.token_fingerprint,
                    });
                }
                continue;
            }
            "intent" if line > 0 => Known::Unknown { recorded: false },
            "outcome" if line > 0 => match v.status.as_ref().and_then(Value::as_str) {
                Some("ok") => Known::Ok,
                Some("error") => Known::Failed,
                _ => Known::Unknown {
                    recorded: v.result.is_some(),
                },
            },
            _ => return Err((n, "not a journal entry".into())),
        };
        let Some(hash) = parse_hash(hash) else {
            return Err((n, "not a journal entry (no record hash)".into()));
        };
        ix.put(Entry {
            line,
            hash,
            at: (at << 2) | known.bits(),
        });
    }
    ix.compact();
    ix.entries.shrink_to_fit();
    Ok(ix)
}
