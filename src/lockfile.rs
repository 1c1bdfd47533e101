//! An exclusive lock on a file, held by the operating system (`flock`/`LockFileEx` through
//! `std::fs::File::try_lock`). It is released when dropped or when the process ends, however it
//! ends (SIGKILL, a crash), so no lock is ever left behind and no staleness guess is needed.
//! The file holds the owner's pid, for messages. The owner removes it when done; a file left by
//! a killed owner is just a file, locked by nobody: its name is removed and a new one created.
//!
//! Files seam keeps for itself (lock files, journals, temporary config files) are opened here
//! without following a symbolic link and only if they are regular files: a link or a FIFO
//! planted in a shared folder is refused with a clear error (exit 6), and a file seam did not
//! create is never written or truncated (a lock file is created new, with `O_EXCL`, to be
//! written; an existing one is only opened read-only to lock it).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::Path;
use std::time::{Duration, Instant};

/// Adds "do not follow a symbolic link at the last component" and "do not block on a FIFO" to
/// `opts` (unix; elsewhere the regular-file check after opening still applies).
fn no_follow(opts: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    let _ = opts;
}

/// The error for a path that is not a plain file of seam's own.
fn refused(path: &Path, what: &str) -> std::io::Error {
    std::io::Error::other(format!(
        "{} is {what}; seam only uses regular files it can open without following a link \
         (remove it, or choose another path)",
        path.display()
    ))
}

/// Says why opening `path` failed, naming a symbolic link when that is the cause.
fn explain(path: &Path, e: std::io::Error) -> std::io::Error {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => refused(path, "a symbolic link"),
        _ => e,
    }
}

/// Checks that an opened file is a regular file.
fn regular(path: &Path, file: File) -> std::io::Result<File> {
    if file.metadata()?.is_file() {
        Ok(file)
    } else {
        Err(refused(path, "not a regular file"))
    }
}

/// Creates `path` new (never an existing file, never through a link), mode 0600 on unix, open
/// for reading and writing (and appending, if `append`).
pub fn create_new_private(path: &Path, append: bool) -> std::io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.read(true).create_new(true);
    if append {
        opts.append(true);
    } else {
        opts.write(true);
    }
    no_follow(&mut opts);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    match opts.open(path) {
        Ok(f) => regular(path, f),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(explain(path, e)),
        Err(e) => Err(e),
    }
}

/// Opens an existing file with `opts`, without following a link, and only if it is a regular
/// file.
pub fn open_existing(path: &Path, opts: &mut OpenOptions) -> std::io::Result<File> {
    no_follow(opts);
    let file = opts.open(path).map_err(|e| explain(path, e))?;
    regular(path, file)
}

/// Refuses `path` if it exists and is a symbolic link or not a regular file (checked before
/// use, for a clear message; the opens above check again).
pub fn check_plain(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(refused(path, "a symbolic link")),
        Ok(m) if !m.is_file() => Err(refused(path, "not a regular file")),
        _ => Ok(()),
    }
}

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
    match create_new_private(path, false) {
        // Ours, created now: it may be written.
        Ok(mut file) => match file.try_lock() {
            Ok(()) if !same_file(path, &file) => Ok(None),
            Ok(()) => {
                // Best effort: the pid is only for messages.
                let _ = writeln!(file, "{}", std::process::id());
                let _ = file.flush();
                Ok(Some(FileLock {
                    file,
                    path: path.to_path_buf(),
                }))
            }
            // Taken over by another process between our create and our lock: try again.
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
        },
        // Someone else's: a holder's, or left by a killed run. Opened read-only, never written.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let file = match open_existing(path, OpenOptions::new().read(true)) {
                Ok(f) => f,
                // Its owner removed it between our create and our open: try again.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(LockError::Io(e)),
            };
            match file.try_lock() {
                Ok(()) => {
                    // Locked by nobody: left behind. Its name is removed (only the name: a hard
                    // link to another file leaves that file as it was), then ours is created.
                    if same_file(path, &file) {
                        let _ = std::fs::remove_file(path);
                    }
                    Ok(None)
                }
                Err(TryLockError::WouldBlock) => {
                    let mut text = String::new();
                    let _ = (&file).take(32).read_to_string(&mut text);
                    Err(LockError::Busy(text.trim().parse().ok()))
                }
                Err(TryLockError::Error(e)) => Err(LockError::Io(e)),
            }
        }
        Err(e) => Err(LockError::Io(e)),
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
        // A file left by a killed owner is locked by nobody: taken over, never written.
        std::fs::write(&p, "999999\n").unwrap();
        let other = dir.path().join("hard-link");
        std::fs::hard_link(&p, &other).unwrap();
        let l = try_lock(&p).unwrap();
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "999999\n");
        drop(l);
    }

    #[cfg(unix)]
    #[test]
    fn links_and_fifos_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").unwrap();
        let p = dir.path().join("x.lock");
        std::os::unix::fs::symlink(&victim, &p).unwrap();
        match try_lock(&p) {
            Err(LockError::Io(e)) => assert!(e.to_string().contains("symbolic link"), "{e}"),
            other => panic!("expected a refusal, got {:?}", other.err()),
        }
        // A dangling link too (create-new never follows it).
        std::fs::remove_file(&victim).unwrap();
        assert!(matches!(try_lock(&p), Err(LockError::Io(_))));
        assert!(!victim.exists());
        assert!(create_new_private(&p, false).is_err());
        assert!(check_plain(&p).is_err());
        assert!(check_plain(dir.path()).is_err());
        assert!(check_plain(&dir.path().join("missing")).is_ok());
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
