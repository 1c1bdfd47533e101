//! Reading result lines back from a journal, by the offsets of its index.

use super::{Entry, MAX_ENTRY};
use serde::Deserialize;
use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader, Seek, SeekFrom};
use std::path::Path;

/// Reads result lines back from a journal, by the offsets of its [`Index`](super::Index).
pub struct Results {
    r: BufReader<File>,
    pos: u64,
    buf: Vec<u8>,
}

impl Results {
    pub fn open(path: &Path) -> Result<Results, String> {
        let f = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Ok(Results {
            r: BufReader::with_capacity(64 * 1024, f),
            pos: 0,
            buf: Vec::new(),
        })
    }

    /// The `result` of the entry at `e`'s offset (None when it has none).
    pub fn result(&mut self, e: &Entry) -> Result<Option<Value>, String> {
        let at = e.offset();
        if at != self.pos {
            self.r
                .seek(SeekFrom::Start(at))
                .map_err(|e| format!("cannot read the journal: {e}"))?;
        }
        self.buf.clear();
        let n = std::io::Read::take(&mut self.r, MAX_ENTRY)
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| format!("cannot read the journal: {e}"))?;
        self.pos = at + n as u64;
        #[derive(Deserialize)]
        struct WithResult {
            line: Option<u64>,
            result: Option<Value>,
        }
        let v: WithResult = serde_json::from_slice(&self.buf)
            .map_err(|_| "the journal changed during the run".to_string())?;
        if v.line != Some(e.line) {
            return Err("the journal changed during the run".into());
        }
        Ok(v.result)
    }
}
