//! An exclusive lock on a file, held by the operating system (`flock`/`LockFileEx` through
//! `std::fs::File::try_lock`). It is released when dropped or when the process ends, however it
//! ends (SIGKILL, a crash), so no lock is ever left behind and no staleness guess is needed.
//! The file holds the owner's pid, for messages. The owner removes it when done; a file left by
//! a killed owner is just a file, locked by nobody, and is taken over by the next one.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::{Duration, Instant};

pub struct FileLock {
    file: File,
    path: std::path::PathBuf,
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Removed while still locked; a waiter that opened this file meanwhile notices that the
        // path no longer leads to it (see `same_file`) and tries again with a new one.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Whether `path` still names the file we locked (it may have been removed by its last owner
/// between our open and our lock).
#[cfg(unix)]
fn same_file(path: &Path, file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(path), file.metadata()) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(path: &Path, _file: &File) -> bool {
    path.exists()
}

#[derive(Debug)]
pub enum LockError {
    /// Another process holds it (its pid, when the file says).
    Busy(Option<u32>),
    Io(std::io::Error),
}

/// Takes the lock on `path` (created with mode 0600 if missing) without waiting.
pub fn try_lock(path: &Path) -> Result<FileLock, LockError> {
    for _ in 0..100 {
        match try_lock_once(path)? {
            Some(lock) => return Ok(lock),
            // The file was removed by its owner as we locked it: take the new one.
            None => continue,
        }
    }
    Err(LockError::Busy(None))
}

fn try_lock_once(path: &Path) -> Result<Option<FileLock>, LockError> {
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(path).map_err(LockError::Io)?;
    match file.try_lock() {
        Ok(()) if !same_file(path, &file) => Ok(None),
        Ok(()) => {
            // Best effort: the pid is only for messages.
            let _ = file.set_len(0);
            let _ = file.seek(SeekFrom::Start(0));
            let _ = writeln!(file, "{}", std::process::id());
            let _ = file.flush();
            Ok(Some(FileLock {
                file,
                path: path.to_path_buf(),
            }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Err(LockError::Busy(text.trim().parse().ok()))
        }
        Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
    }
}

/// Takes the lock on `path`, waiting up to `wait` for another holder to finish.
pub fn lock_within(path: &Path, wait: Duration) -> Result<FileLock, LockError> {
    let started = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match try_lock(path) {
            Err(LockError::Busy(pid)) if started.elapsed() < wait => {
                let _ = pid;
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.lock");
        let held = try_lock(&p).unwrap();
        match try_lock(&p) {
            Err(LockError::Busy(Some(pid))) => assert_eq!(pid, std::process::id()),
            other => panic!("expected busy, got {:?}", other.err()),
        }
        assert!(matches!(
            lock_within(&p, Duration::from_millis(30)),
            Err(LockError::Busy(_))
        ));
        drop(held);
        assert!(!p.exists(), "the owner removes the file");
        assert!(try_lock(&p).is_ok());
        // A file left by a killed owner is locked by nobody: taken over.
        std::fs::write(&p, "999999\n").unwrap();
        assert!(try_lock(&p).is_ok());
    }

    #[test]
    fn many_threads_never_hold_it_together() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Arc;
        let dir = tempfile::tempdir().unwrap();
        let p = Arc::new(dir.path().join("x.lock"));
        let inside = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (p, inside) = (p.clone(), inside.clone());
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        let l = lock_within(&p, Duration::from_secs(10)).unwrap();
                        assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "two holders");
                        inside.fetch_sub(1, Ordering::SeqCst);
                        drop(l);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
    }
}
