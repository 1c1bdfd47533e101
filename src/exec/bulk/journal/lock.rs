//! Keeping the journal safe on disk: its mode, its links, where it may live and the lock that
//! keeps two runs off one journal.

use std::fs::File;
use std::path::{Path, PathBuf};

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
pub(super) fn links(f: &File) -> u64 {
    use std::os::unix::fs::MetadataExt;
    f.metadata().map(|m| m.nlink()).unwrap_or(1)
}
#[cfg(not(unix))]
pub(super) fn links(_f: &File) -> u64 {
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
