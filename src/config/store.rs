//! The config file on disk: where it lives, loading it (with its warnings), and changing it
//! under a lock with atomic writes.

use super::file::ConfigFile;
use super::{CONFIG_DIR_VAR, FILE_NAME};
use crate::error::CliError;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Larger config files are refused (a config file is a few hundred bytes).
const MAX_FILE: u64 = 1024 * 1024;

/// Where `config.toml` lives: `$SEAM_CONFIG_DIR/config.toml`, else the platform config
/// directory: `$XDG_CONFIG_HOME/seam` or `~/.config/seam` (Linux), `~/Library/Application
/// Support/seam` (macOS), `%APPDATA%\seam` (Windows).
pub fn config_path() -> Result<PathBuf, CliError> {
    if let Some(d) = crate::env::path(CONFIG_DIR_VAR) {
        return Ok(PathBuf::from(d).join(FILE_NAME));
    }
    dirs::config_dir()
        .map(|d| d.join("seam").join(FILE_NAME))
        .ok_or_else(|| CliError::Io {
            message: format!("cannot find a config directory for this user; set {CONFIG_DIR_VAR}"),
        })
}

/// A config file as read from disk.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub exists: bool,
    pub file: ConfigFile,
    /// Said once on stderr by the caller (e.g. a token file readable by others).
    pub warnings: Vec<String>,
}

fn io_err(what: &str, path: &Path, e: std::io::Error) -> CliError {
    CliError::io(format!("cannot {what} {}: {e}", path.display()))
}

/// Reads the config file; a missing file is an empty config.
pub fn load(path: &Path) -> Result<Loaded, CliError> {
    let mut warnings = Vec::new();
    if let Some(w) = open_dir_warning(path) {
        warnings.push(w);
    }
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Loaded {
                path: path.to_path_buf(),
                exists: false,
                file: ConfigFile::default(),
                warnings,
            })
        }
        Err(e) => return Err(io_err("read the config file", path, e)),
    };
    if !meta.is_file() {
        return Err(CliError::io(format!(
            "the config file {} is not a regular file",
            path.display()
        )));
    }
    if meta.len() > MAX_FILE {
        return Err(CliError::usage(format!(
            "the config file {} is too large ({} bytes; a config file is a few hundred)",
            path.display(),
            meta.len()
        )));
    }
    let text =
        std::fs::read_to_string(path).map_err(|e| io_err("read the config file", path, e))?;
    let file = ConfigFile::parse(&text).map_err(|m| {
        CliError::usage_hint(
            format!("the config file {} is not valid: {m}", path.display()),
            "fix it in an editor, or move it away and run `seam login` again",
        )
    })?;
    let has_token = file.profiles.values().any(|p| p.token.is_some());
    if let Some(mode) = loose_mode(&meta) {
        if has_token {
            warnings.push(format!(
                "the config file {} holds tokens and can be read by other users (mode {mode:o}); fix it with: chmod 600 {}",
                path.display(),
                crate::api::sh_quote(&path.display().to_string())
            ));
        }
    }
    Ok(Loaded {
        path: path.to_path_buf(),
        exists: true,
        file,
        warnings,
    })
}

/// A warning when the config file's directory can be written by other users: they could
/// replace the file (and so the endpoint a token is sent to) or plant links beside it.
fn open_dir_warning(path: &Path) -> Option<String> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty())?;
    let mode = dir_writable_by_others(&std::fs::metadata(dir).ok()?)?;
    Some(format!(
        "the config directory {} is writable by other users (mode {mode:o}): they could replace the config file; fix it with: chmod 700 {}",
        dir.display(),
        crate::api::sh_quote(&dir.display().to_string())
    ))
}

#[cfg(unix)]
fn dir_writable_by_others(meta: &std::fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o7777;
    (meta.is_dir() && mode & 0o022 != 0).then_some(mode)
}
#[cfg(not(unix))]
fn dir_writable_by_others(_meta: &std::fs::Metadata) -> Option<u32> {
    None
}

/// The file's mode when group or others may read or write it.
#[cfg(unix)]
fn loose_mode(meta: &std::fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}
#[cfg(not(unix))]
fn loose_mode(_meta: &std::fs::Metadata) -> Option<u32> {
    None
}

/// How long a writer waits for another one to finish.
const LOCK_WAIT: Duration = Duration::from_secs(20);

/// Held while a writer reads, changes and replaces the config file, so two concurrent writers
/// cannot lose each other's change. An OS lock on `config.toml.lock`: released when the process
/// ends, however it ends.
fn lock(path: &Path) -> Result<crate::lockfile::FileLock, CliError> {
    let lock_path = sibling(path, ".lock");
    match crate::lockfile::lock_within(&lock_path, LOCK_WAIT) {
        Ok(l) => Ok(l),
        Err(crate::lockfile::LockError::Busy(owner)) => Err(CliError::io(format!(
            "the config file is being changed by another seam process{} for more than {} s",
            owner.map(|p| format!(" (pid {p})")).unwrap_or_default(),
            LOCK_WAIT.as_secs()
        ))),
        Err(crate::lockfile::LockError::Io(e)) => {
            Err(io_err("lock the config file", &lock_path, e))
        }
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| FILE_NAME.into());
    name.push(suffix);
    path.with_file_name(name)
}

/// Creates the directory (and missing parents) with mode 0700.
fn ensure_dir(dir: &Path) -> Result<(), CliError> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
        .map_err(|e| io_err("create the config directory", dir, e))
}

/// The file a path finally names, following symbolic links (a `config.toml` kept in a dotfiles
/// repository and linked into place is written there, and stays a link). A dangling link names
/// its target, which is then created.
fn final_target(path: &Path) -> Result<PathBuf, CliError> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&p).map_err(|e| io_err("follow the link", &p, e))?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(CliError::io(format!(
        "cannot write the config file {}: too many levels of symbolic links",
        path.display()
    )))
}

/// Writes `text` to `path` atomically: a new 0600 file in the same directory (created new,
/// never through a link), fsync, rename over the old one, fsync the directory. A reader sees
/// the old file or the new one, never a part; a crash leaves the old file. When `path` is a
/// symbolic link, its final target is written that way (the temporary file beside the target),
/// and the link stays.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), CliError> {
    let target = final_target(path)?;
    let path = target.as_path();
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    ensure_dir(dir)?;
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let base = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| FILE_NAME.into());
    let tmp = dir.join(format!(".{base}.tmp-{}-{nanos}", std::process::id()));
    let mut created = false;
    let result = (|| {
        let mut f = crate::lockfile::create_new_private(&tmp, false)
            .map_err(|e| io_err("write the config file", &tmp, e))?;
        created = true;
        f.write_all(text.as_bytes())
            .and_then(|()| f.sync_all())
            .map_err(|e| io_err("write the config file", &tmp, e))?;
        drop(f);
        std::fs::rename(&tmp, path).map_err(|e| io_err("replace the config file", path, e))?;
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    // Only a temporary file this run created is removed.
    if result.is_err() && created {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Reads the config file, lets `change` edit it, and writes it back atomically, holding a lock
/// so concurrent writers take turns. Returns what `change` returns.
pub fn update<R>(
    path: &Path,
    change: impl FnOnce(&mut ConfigFile) -> Result<R, CliError>,
) -> Result<R, CliError> {
    ensure_dir(path.parent().unwrap_or_else(|| Path::new(".")))?;
    let _lock = lock(path)?;
    let mut loaded = load(path)?;
    let before = loaded.file.clone();
    let r = change(&mut loaded.file)?;
    if loaded.file == before && (loaded.exists || before == ConfigFile::default()) {
        return Ok(r);
    }
    write_atomic(path, &loaded.file.render()?)?;
    Ok(r)
}
