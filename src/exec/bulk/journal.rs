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

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::{json, Value};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

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

/// Where a run's requests went: endpoint, workspace and a fingerprint of the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub endpoint: String,
    pub workspace: Option<String>,
    pub token_fingerprint: Option<String>,
}

/// A fingerprint that tells tokens apart without revealing any part of one: the first 64 bits
/// of SHA-256 over a fixed domain string and the token (a keyed hash; no prefix of the token).
pub fn token_fingerprint(token: &crate::secret::Secret) -> String {
    let mut data = b"seam-cli bulk journal token fingerprint v1\0".to_vec();
    data.extend_from_slice(token.expose().as_bytes());
    let d = ring::digest::digest(&ring::digest::SHA256, &data);
    let hex: String = d.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

impl Target {
    pub fn of(settings: &crate::api::ClientSettings) -> Target {
        Target {
            endpoint: settings.endpoint.trim().trim_end_matches('/').to_string(),
            workspace: settings.workspace_id.clone(),
            token_fingerprint: settings.token.as_ref().map(token_fingerprint),
        }
    }

    /// What differs from `now`, for the refusal.
    fn differences(&self, now: &Target) -> Vec<String> {
        let mut d = Vec::new();
        if self.endpoint != now.endpoint {
            d.push(format!(
                "endpoint {} (now {})",
                crate::api::shown_endpoint(&self.endpoint),
                crate::api::shown_endpoint(&now.endpoint)
            ));
        }
        if self.workspace != now.workspace {
            let w = |w: &Option<String>| w.clone().unwrap_or_else(|| "none".into());
            d.push(format!(
                "workspace {} (now {})",
                w(&self.workspace),
                w(&now.workspace)
            ));
        }
        if self.token_fingerprint != now.token_fingerprint {
            d.push(format!(
                "another token (fingerprint {}, now {})",
                self.token_fingerprint.as_deref().unwrap_or("none"),
                now.token_fingerprint.as_deref().unwrap_or("none")
            ));
        }
        d
    }
}

/// `--resume` goes on only against the target the journal's last run recorded: records it marks
/// done were done there. Another endpoint, workspace or token is a usage error (exit 2) unless
/// `elsewhere` (`--resume-elsewhere`). A journal from before targets were recorded cannot be
/// checked: said in a warning, and the run goes on (this run records its target, so the next
/// resume is checked).
pub fn check_target(
    st: &Index,
    path: &Path,
    now: &Target,
    elsewhere: bool,
    printer: &crate::output::Printer,
) -> Result<(), crate::error::CliError> {
    let Some(then) = &st.target else {
        if st.runs > 0 {
            printer.warn(&format!(
                "the journal {} was written by an older seam and does not record where its \
                 requests went, so it cannot be checked against this endpoint, workspace and \
                 token; this run records them",
                path.display()
            ));
        }
        return Ok(());
    };
    let diff = then.differences(now);
    if diff.is_empty() {
        return Ok(());
    }
    if elsewhere {
        printer.warn(&format!(
            "--resume-elsewhere: the journal's earlier run went to {}; records it marks done are not sent here",
            diff.join(", ")
        ));
        return Ok(());
    }
    Err(crate::error::CliError::Usage {
        message: format!(
            "the journal {} is from a run against another target: {}; nothing was sent",
            path.display(),
            diff.join(", ")
        ),
        hints: vec![
            "resume with the same endpoint, workspace and token as the run that wrote it".into(),
            "or pass --resume-elsewhere to go on here anyway: records the journal marks done \
             (or unknown) are then NOT sent to this target"
                .into(),
        ],
    })
}

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

/// Reads result lines back from a journal, by the offsets of its [`Index`].
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

/// The journal's mode when group or others may read or write it (unix only).
#[cfg(unix)]
pub fn loose_mode(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}
#[cfg(not(unix))]
pub fn loose_mode(_path: &Path) -> Option<u32> {
    None
}

/// Keeps two runs off one journal: an OS lock on `<journal>.lock`, released when the run ends,
/// however it ends (so a run killed with SIGKILL leaves nothing to clean up).
#[cfg(unix)]
fn links(f: &File) -> u64 {
    use std::os::unix::fs::MetadataExt;
    f.metadata().map(|m| m.nlink()).unwrap_or(1)
}
#[cfg(not(unix))]
fn links(_f: &File) -> u64 {
    1
}

/// Whether `--from-file` names a pipe or a device (`<(...)` gives `/dev/fd/63`), beside which
/// there is no sensible place for `FILE.journal`.
pub fn no_place_beside(input: &str) -> bool {
    if ["/dev/fd/", "/proc/self/fd/", "/dev/stdin"]
        .iter()
        .any(|p| input.starts_with(p))
    {
        return true;
    }
    std::fs::metadata(input).is_ok_and(|m| !m.is_file())
}

pub struct Lock {
    _held: crate::lockfile::FileLock,
}

impl Lock {
    /// Busy (another run holds it) is a usage error (exit 2); a lock file that cannot be
    /// created is a local failure (exit 6).
    pub fn acquire(journal: &Path) -> Result<Lock, crate::error::CliError> {
        // The journal itself: a planted link or FIFO is refused before anything else (exit 6).
        crate::lockfile::check_plain(journal)
            .map_err(|e| crate::error::CliError::io(format!("cannot use the journal: {e}")))?;
        let mut name = journal.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
        match crate::lockfile::try_lock(&path) {
            Ok(l) => Ok(Lock { _held: l }),
            Err(crate::lockfile::LockError::Busy(owner)) => {
                Err(crate::error::CliError::usage(format!(
                    "another run{} is using the journal {}",
                    owner.map(|p| format!(" (pid {p})")).unwrap_or_default(),
                    journal.display()
                )))
            }
            Err(crate::lockfile::LockError::Io(e)) => Err(crate::error::CliError::io(format!(
                "cannot lock the journal ({}): {e}",
                path.display()
            ))),
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_entry_wins_and_cut_lines_are_dropped() {
        let text = concat!(
            "{\"t\":\"run\",\"verb\":\"create\"}\n",
            "{\"t\":\"intent\",\"line\":2,\"hash\":\"a\"}\n",
            "{\"t\":\"intent\",\"line\":3,\"hash\":\"b\"}\n",
            "{\"t\":\"outcome\",\"line\":2,\"hash\":\"a\",\"status\":\"error\",\"result\":{}}\n",
            "{\"t\":\"intent\",\"line\":4,\"hash\":\"c\"}\n",
            "{\"t\":\"outcome\",\"line\":4,\"hash\":\"c\",\"status\":\"ok\",\"result\":{\"x\":1}}\n",
            "{\"t\":\"outcome\",\"line\":3,\"ha"
        );
        let ix = parse(text.as_bytes()).unwrap();
        assert_eq!(ix.verb.as_deref(), Some("create"));
        let known = |l| ix.get(l).map(|(_, e)| e.known());
        assert_eq!(known(2), Some(Known::Failed));
        assert_eq!(known(3), Some(Known::Unknown { recorded: false }));
        assert_eq!(known(4), Some(Known::Ok));
        assert_eq!(ix.get(4).map(|(_, e)| e.hash), Some(0xc));
        assert_eq!(ix.valid_len as usize, text.rfind('\n').unwrap() + 1);
        assert_eq!(ix.len(), 3);
    }

    /// Entries far apart, out of order and repeated across runs: one per line, the last wins,
    /// and its result is read back from its offset.
    #[test]
    fn a_large_journal_is_indexed_by_line_and_results_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("j");
        let mut text = String::from("{\"t\":\"run\",\"verb\":\"create\"}\n");
        let n = 200_000u64;
        for l in (2..n).rev() {
            text.push_str(&format!(
                "{{\"t\":\"intent\",\"line\":{l},\"hash\":\"{l:x}\"}}\n"
            ));
        }
        for l in 2..n {
            let st = if l % 3 == 0 { "error" } else { "ok" };
            text.push_str(&format!(
                "{{\"t\":\"outcome\",\"line\":{l},\"hash\":\"{l:x}\",\"status\":\"{st}\",\"result\":{{\"line\":{l}}}}}\n"
            ));
        }
        std::fs::write(&p, &text).unwrap();
        let ix = load(&p).unwrap();
        assert_eq!(ix.len() as u64, n - 2);
        assert!(ix.entries().windows(2).all(|w| w[0].line < w[1].line));
        let mut r = Results::open(&p).unwrap();
        for l in [2usize, 3, 99_999, 199_999] {
            let (_, e) = ix.get(l).unwrap();
            assert_eq!(e.hash, l as u64);
            assert_eq!(
                e.known(),
                if l % 3 == 0 { Known::Failed } else { Known::Ok }
            );
            assert_eq!(r.result(&e).unwrap(), Some(json!({"line": l})));
        }
        assert!(ix.get(1).is_none() && ix.get(n as usize).is_none());
    }

    #[test]
    fn garbage_in_the_middle_is_an_error() {
        let e = parse(&b"{\"t\":\"run\"}\nnot json\n{\"t\":\"run\"}\n"[..]).unwrap_err();
        assert_eq!(e.0, 2);
    }

    #[cfg(unix)]
    #[tokio::test]
    async fn a_new_journal_is_private_whatever_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("j");
        let j = Journal::open(&p, None).unwrap();
        j.intent(2, 7).await.unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(loose_mode(&p), None);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert_eq!(loose_mode(&p), Some(0o640));
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(body_hash(&json!({"a": 1})), body_hash(&json!({"a": 1})));
        assert_ne!(body_hash(&json!({"a": 1})), body_hash(&json!({"a": 2})));
    }

    #[test]
    fn targets_are_read_back_and_fingerprints_hide_the_token() {
        let text = concat!(
            "{\"t\":\"run\",\"verb\":\"create\"}\n",
            "{\"t\":\"run\",\"verb\":\"create\",\"endpoint\":\"https://a\",\"workspace\":null,\"token_fingerprint\":\"sha256:01\"}\n",
        );
        let st = parse(text.as_bytes()).unwrap();
        let t = st.target.unwrap();
        assert_eq!(t.endpoint, "https://a");
        assert_eq!(t.workspace, None);
        assert!(parse(&b"{\"t\":\"run\"}\n"[..]).unwrap().target.is_none());
        let key = "seam_test_KEY_5ecret_0123456789abcdef";
        let f = token_fingerprint(&crate::secret::Secret::new(key));
        assert_eq!(f, token_fingerprint(&crate::secret::Secret::new(key)));
        assert_ne!(
            f,
            token_fingerprint(&crate::secret::Secret::new("seam_other"))
        );
        assert_eq!(f.len(), "sha256:".len() + 16);
        for w in key.as_bytes().windows(4) {
            assert!(
                !f.contains(std::str::from_utf8(w).unwrap()) || w.iter().all(u8::is_ascii_hexdigit)
            );
        }
    }
}
