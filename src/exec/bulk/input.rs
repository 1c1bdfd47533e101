//! The bulk input as a stream, read twice and never held whole:
//!
//! 1. [`scan`]: every record is read and checked, and reconciled with the journal, keeping only
//!    counts and the first problems. A bad record on the last line stops the run before
//!    anything is sent.
//! 2. [`Source`]: the input is read again from the start, each record checked again and handed
//!    to the sender (or replayed from the journal) as it comes.
//!
//! A file is read through the one descriptor opened at the start, so an editor that saves a new
//! copy under the same name does not change the run; a file changed in place between the passes
//! is refused, and a record that no longer checks during the second pass stops the run.
//!
//! Standard input cannot be read twice: it is first copied to a private temporary file (mode
//! 0600, removed from its directory as soon as it is created, so nothing is left behind however
//! the run ends), then read like a file.

use super::journal::{self, Index, Known};
use super::plan::{self, base_result, unknown_result, Checker, Item, Plan, Problems, Reconcile};
use super::plan::{RetryUnknown, Status};
use super::records::{self, InputFormat, RecordReader};
use crate::error::CliError;
use crate::spec::Verb;
use serde_json::Value;
use std::fs::File;
use std::io::{BufReader, Seek, SeekFrom};

/// An opened input: a file, or stdin copied to a private temporary file.
pub struct Input {
    file: File,
    /// How the input is named in messages (`guests.csv`, `stdin`).
    pub shown: String,
    /// The file name, for format detection by extension.
    pub path: Option<String>,
    stamp: Option<(u64, Option<std::time::SystemTime>)>,
}

fn stamp(f: &File) -> Option<(u64, Option<std::time::SystemTime>)> {
    let m = f.metadata().ok()?;
    Some((m.len(), m.modified().ok()))
}

/// Opens `src` (a path, or `-` for stdin).
pub fn open(src: &str) -> Result<Input, CliError> {
    if src == "-" {
        let file = spool(&mut std::io::stdin().lock(), "stdin")?;
        return Ok(Input {
            stamp: stamp(&file),
            file,
            shown: "stdin".into(),
            path: None,
        });
    }
    let mut file = File::open(src)
        .map_err(|e| CliError::usage(format!("--from-file: cannot read {src}: {e}")))?;
    // A pipe or a device (`<(...)`) cannot be read twice: it is kept like stdin.
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        file = spool(&mut file, src)?;
    }
    Ok(Input {
        stamp: stamp(&file),
        file,
        shown: src.to_string(),
        path: Some(src.to_string()),
    })
}

/// Copies `from` (stdin, a pipe) into a new private temporary file, removed from its directory
/// at once, so that it can be read twice.
fn spool(from: &mut dyn std::io::Read, what: &str) -> Result<File, CliError> {
    let fail = |e: std::io::Error| CliError::io(format!("--from-file: cannot keep {what}: {e}"));
    let dir = std::env::temp_dir();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let mut last = None;
    for attempt in 0..32u32 {
        let path = dir.join(format!(
            ".seam-stdin-{}-{nanos:x}-{attempt}",
            std::process::id()
        ));
        let mut opts = std::fs::OpenOptions::new();
        // create_new: never an existing file, nor a symbolic link planted under that name.
        opts.read(true).write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(&path) {
            Ok(mut f) => {
                let _ = std::fs::remove_file(&path);
                std::io::copy(from, &mut f).map_err(|e| {
                    CliError::usage(format!("--from-file: cannot read {what}: {e}"))
                })?;
                f.seek(SeekFrom::Start(0)).map_err(fail)?;
                return Ok(f);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(fail(e)),
        }
    }
    Err(fail(
        last.unwrap_or_else(|| std::io::Error::other("no free name")),
    ))
}

impl Input {
    /// A reader from the start of the input.
    fn rewound(&self) -> Result<BufReader<File>, CliError> {
        let fail = |e: std::io::Error| {
            CliError::usage(format!("--from-file: cannot read {}: {e}", self.shown))
        };
        let mut f = self.file.try_clone().map_err(fail)?;
        f.seek(SeekFrom::Start(0)).map_err(fail)?;
        Ok(BufReader::with_capacity(256 * 1024, f))
    }

    /// The format of the input, from its name or its first line.
    pub fn format(&self, id_key: Option<&str>) -> Result<InputFormat, CliError> {
        let first = records::first_line(&mut self.rewound()?);
        Ok(records::detect(self.path.as_deref(), &first, id_key))
    }

    /// The records, from the start.
    pub fn records(
        &self,
        format: InputFormat,
        id_key: &str,
    ) -> Result<RecordReader<BufReader<File>>, CliError> {
        Ok(RecordReader::new(format, self.rewound()?, id_key))
    }

    /// False when the file changed (size or time) since it was opened.
    pub fn unchanged(&self) -> bool {
        self.stamp.is_some() && stamp(&self.file) == self.stamp
    }
}

/// What the first pass found.
pub struct Scanned {
    /// Records in the input.
    pub total: usize,
    /// Records to send.
    pub to_send: usize,
    /// Records replayed from the journal, by how they ended.
    pub replayed: plan::Tally,
}

/// The first pass: reads, checks and reconciles every record, keeping none of them. Any problem
/// is a usage error listing the problems with their lines (the first [`plan::MAX_SHOWN`]).
pub fn scan(
    mut reader: RecordReader<BufReader<File>>,
    format: InputFormat,
    shown: &str,
    checker: &Checker,
    index: Option<&Index>,
    retry: &RetryUnknown,
) -> Result<Scanned, CliError> {
    let mut unreadable = Problems::default();
    let mut invalid = Problems::default();
    let mut rec = Reconcile::new(index, retry);
    let mut total = 0usize;
    while let Some(r) = reader.next_record() {
        match r {
            Err(e) => unreadable.add(e.line, format!("line {}: {}", e.line, e.message)),
            Ok(r) => {
                total += 1;
                let line = r.line;
                match checker.item(r) {
                    Ok(item) => rec.record(item.line, item.hash),
                    Err(m) => invalid.add(line, m),
                }
            }
        }
    }
    if !unreadable.is_empty() {
        return Err(plan::list_problems(
            format!(
                "{shown} cannot be read as {}; nothing was sent:",
                format.name()
            ),
            &unreadable,
        ));
    }
    if total == 0 {
        return Err(CliError::usage(format!(
            "{shown} holds no records; nothing to do"
        )));
    }
    if !invalid.is_empty() {
        return Err(plan::list_problems(
            format!(
                "{} invalid record{} in {shown}; nothing was sent:",
                invalid.total,
                if invalid.total == 1 { "" } else { "s" }
            ),
            &invalid,
        ));
    }
    rec.finish().map_err(|changed| {
        plan::list_problems(
            format!("{shown} changed since the journal was written; nothing was sent:"),
            &changed,
        )
    })?;
    Ok(Scanned {
        total,
        to_send: rec.to_send,
        replayed: rec.replayed,
    })
}

/// The next step of the second pass.
pub enum Next {
    /// A record to send.
    Send(Item),
    /// A record settled by an earlier run: its result line (marked `"resumed": true`).
    Replay(usize, Status, Value),
    /// The input is read.
    End,
    /// The input no longer reads as it did in the first pass: the run must stop.
    Changed(CliError),
}

/// The second pass: the records again, in input order, each to send or to replay.
pub struct Source<'a> {
    reader: RecordReader<BufReader<File>>,
    shown: String,
    checker: &'a Checker<'a>,
    index: Option<&'a Index>,
    retry: &'a RetryUnknown,
    journal: Option<journal::Results>,
    journal_path: Option<std::path::PathBuf>,
    over: bool,
}

impl<'a> Source<'a> {
    pub fn new(
        input: &Input,
        format: InputFormat,
        id_key: &str,
        checker: &'a Checker<'a>,
        index: Option<&'a Index>,
        retry: &'a RetryUnknown,
        journal_path: Option<&std::path::Path>,
    ) -> Result<Source<'a>, CliError> {
        if !input.unchanged() {
            return Err(CliError::usage(format!(
                "{} changed while it was being checked; nothing was sent: run the command again",
                input.shown
            )));
        }
        Ok(Source {
            reader: input.records(format, id_key)?,
            shown: input.shown.clone(),
            checker,
            index,
            retry,
            journal: None,
            journal_path: journal_path.map(std::path::Path::to_path_buf),
            over: false,
        })
    }

    fn changed(&mut self, why: String) -> Next {
        self.over = true;
        Next::Changed(CliError::io(format!(
            "{} changed during the run ({why}); stopped sending: fix it, then re-run with --resume",
            self.shown
        )))
    }

    pub fn next_step(&mut self) -> Next {
        if self.over {
            return Next::End;
        }
        let rec = match self.reader.next_record() {
            None => {
                self.over = true;
                return Next::End;
            }
            Some(Err(e)) => return self.changed(format!("line {}: {}", e.line, e.message)),
            Some(Ok(r)) => r,
        };
        let item = match self.checker.item(rec) {
            Ok(i) => i,
            Err(m) => return self.changed(m),
        };
        let (plan, slot) = match plan::plan_of(self.index, self.retry, item.line, item.hash) {
            Ok(p) => p,
            Err(m) => return self.changed(m),
        };
        let known = match plan {
            Plan::Send => return Next::Send(item),
            Plan::Replay(k) => k,
        };
        let verb: &Verb = self.checker.verb;
        let entry = match (self.index, slot) {
            (Some(ix), Some(s)) => ix.entries()[s],
            _ => return self.changed("no journal entry".into()),
        };
        let recorded = match known {
            Known::Ok | Known::Unknown { recorded: true } => {
                if self.journal.is_none() {
                    let Some(p) = &self.journal_path else {
                        return self.changed("no journal".into());
                    };
                    match journal::Results::open(p) {
                        Ok(r) => self.journal = Some(r),
                        Err(e) => return self.changed(e),
                    }
                }
                let Some(j) = self.journal.as_mut() else {
                    return self.changed("no journal".into());
                };
                match j.result(&entry) {
                    Ok(r) => r,
                    Err(e) => return self.changed(e),
                }
            }
            _ => None,
        };
        let (status, result) = match (known, recorded) {
            (Known::Ok, Some(r)) => (Status::Ok, r),
            (Known::Ok, None) => (
                Status::Ok,
                Value::Object(base_result(verb, &item, Status::Ok)),
            ),
            (_, Some(r)) if r.is_object() => (Status::Unknown, r),
            _ => (Status::Unknown, unknown_result(verb, &item)),
        };
        let mut result = result;
        if let Value::Object(o) = &mut result {
            o.insert("resumed".into(), Value::Bool(true));
        }
        Next::Replay(item.line, status, result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::credentials::create;
    use serde_json::Map;

    const USER: &str = "33333333-3333-3333-3333-333333333333";

    fn csv(codes: &[&str]) -> String {
        let mut t = String::from("access_method,acs_user_id,code\n");
        for c in codes {
            t.push_str(&format!("code,{USER},{c}\n"));
        }
        t
    }

    #[test]
    fn two_passes_read_the_same_records_and_a_file_changed_between_them_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("in.csv");
        std::fs::write(&p, csv(&["1", "2", "3"])).unwrap();
        let input = open(p.to_str().unwrap()).unwrap();
        let fmt = input.format(None).unwrap();
        assert_eq!(fmt, InputFormat::Csv);
        let shared = Map::new();
        let checker = Checker {
            verb: &create::VERB,
            shared: &shared,
            ignored: Vec::new(),
        };
        let retry = RetryUnknown::None;
        let reader = input.records(fmt, "id").unwrap();
        let scanned = scan(reader, fmt, "in.csv", &checker, None, &retry).unwrap();
        assert_eq!((scanned.total, scanned.to_send), (3, 3));
        let mut src = Source::new(&input, fmt, "id", &checker, None, &retry, None).unwrap();
        let mut lines = Vec::new();
        loop {
            match src.next_step() {
                Next::Send(it) => lines.push(it.line),
                Next::End => break,
                _ => panic!("unexpected step"),
            }
        }
        assert_eq!(lines, [2, 3, 4]);
        // Changed in place (another size) after the first pass: refused before anything is sent.
        std::fs::write(&p, csv(&["1", "2", "33"])).unwrap();
        let e = Source::new(&input, fmt, "id", &checker, None, &retry, None).err();
        assert!(e.is_some_and(|e| e.to_string().contains("changed while it was being checked")),);
    }

    #[test]
    fn a_record_that_no_longer_checks_in_the_second_pass_stops_the_run() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("in.csv");
        // Larger than the read buffer, so that the second pass reads the change.
        let codes: Vec<String> = (10_000..30_000).map(|c| c.to_string()).collect();
        let mut codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        std::fs::write(&p, csv(&codes)).unwrap();
        let input = open(p.to_str().unwrap()).unwrap();
        let fmt = input.format(None).unwrap();
        let shared = Map::new();
        let checker = Checker {
            verb: &create::VERB,
            shared: &shared,
            ignored: Vec::new(),
        };
        let retry = RetryUnknown::None;
        let mut src = Source::new(&input, fmt, "id", &checker, None, &retry, None).unwrap();
        assert!(matches!(src.next_step(), Next::Send(_)));
        // Rewritten in place while the run goes on (same size, so only the content tells).
        if let Some(last) = codes.last_mut() {
            *last = "2999x";
        }
        std::fs::write(&p, csv(&codes)).unwrap();
        let mut stopped = false;
        for _ in 0..codes.len() {
            if let Next::Changed(e) = src.next_step() {
                let m = e.to_string();
                assert!(m.contains("changed during the run"), "{m}");
                assert!(m.contains("line 20001"), "{m}");
                stopped = true;
                break;
            }
        }
        assert!(stopped);
        assert!(matches!(src.next_step(), Next::End));
    }
}
