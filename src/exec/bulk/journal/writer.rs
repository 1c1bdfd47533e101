//! The open journal and its group-commit writer thread: entries that arrive while a sync runs
//! share the next sync.

use super::lock::links;
use super::{show_hash, Target};
use serde_json::{json, Value};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

struct Job {
    bytes: Vec<u8>,
    ack: tokio::sync::oneshot::Sender<Result<(), String>>,
}

/// The open journal. Cloning shares the writer.
#[derive(Clone)]
pub struct Journal {
    tx: mpsc::Sender<Job>,
    path: PathBuf,
}

impl Journal {
    /// Opens `path` for appending: a new file when `existing` is None, else the journal read
    /// back (its length up to the last complete line), cut to that length.
    pub fn open(path: &Path, existing: Option<u64>) -> Result<Journal, String> {
        let shown = path.display().to_string();
        let file = match existing {
            // It holds every result, PIN codes included: the owner's eyes only (0600), and
            // never through a link.
            None => crate::lockfile::create_new_private(path, true)
                .map_err(|e| format!("cannot create the journal {shown}: {e}"))?,
            Some(valid_len) => {
                let f = crate::lockfile::open_existing(path, OpenOptions::new().append(true))
                    .map_err(|e| format!("cannot open the journal {shown}: {e}"))?;
                // Repairing a cut last line truncates: never a file with other names (a hard
                // link planted to another file).
                if links(&f) > 1 {
                    return Err(format!(
                        "the journal {shown} has other names (hard links); refusing to write to it"
                    ));
                }
                let len = f.metadata().map(|m| m.len()).unwrap_or(0);
                if len != valid_len {
                    f.set_len(valid_len)
                        .map_err(|e| format!("cannot repair the journal {shown}: {e}"))?;
                }
                f
            }
        };
        if existing.is_none() {
            // Make the new file's name durable too.
            if let Some(dir) = path.parent() {
                let dir = if dir.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    dir
                };
                if let Ok(d) = File::open(dir) {
                    let _ = d.sync_all();
                }
            }
        }
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("seam-journal".into())
            .spawn(move || writer(file, rx))
            .map_err(|e| format!("cannot start the journal writer: {e}"))?;
        Ok(Journal {
            tx,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry and returns once it is on disk.
    pub async fn write(&self, entry: &Value) -> Result<(), String> {
        let mut bytes = entry.to_string().into_bytes();
        bytes.push(b'\n');
        let (ack, done) = tokio::sync::oneshot::channel();
        self.tx
            .send(Job { bytes, ack })
            .map_err(|_| "the journal writer stopped".to_string())?;
        done.await
            .map_err(|_| "the journal writer stopped".to_string())?
    }

    pub async fn run_header(&self, verb: &str, input: &str, target: &Target) -> Result<(), String> {
        self.write(&json!({
            "t": "run",
            "verb": verb,
            "input": input,
            "endpoint": target.endpoint,
            "workspace": target.workspace,
            "token_fingerprint": target.token_fingerprint,
            "at": jiff::Timestamp::now().to_string(),
            "pid": std::process::id(),
        }))
        .await
    }

    pub async fn intent(&self, line: usize, hash: u64) -> Result<(), String> {
        self.write(&json!({"t": "intent", "line": line, "hash": show_hash(hash)}))
            .await
    }

    pub async fn outcome(
        &self,
        line: usize,
        hash: u64,
        status: &str,
        result: &Value,
    ) -> Result<(), String> {
        self.write(&json!({
            "t": "outcome",
            "line": line,
            "hash": show_hash(hash),
            "status": status,
            "result": result,
        }))
        .await
    }
}

fn writer(mut file: File, rx: mpsc::Receiver<Job>) {
    let mut failed: Option<String> = None;
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while let Ok(more) = rx.try_recv() {
            batch.push(more);
        }
        let result = match &failed {
            Some(e) => Err(e.clone()),
            None => {
                let mut all = Vec::new();
                for j in &batch {
                    all.extend_from_slice(&j.bytes);
                }
                let r = file
                    .write_all(&all)
                    .and_then(|()| file.sync_data())
                    .map_err(|e| format!("cannot write the journal: {e}"));
                if let Err(e) = &r {
                    failed = Some(e.clone());
                }
                r
            }
        };
        for j in batch {
            let _ = j.ack.send(result.clone());
        }
    }
}
