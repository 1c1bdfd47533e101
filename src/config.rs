//! Where the token, workspace and endpoint come from, and the config file that holds profiles.
//!
//! Every resolved value carries its [`Source`], so `seam whoami`, errors and `--verbose` can say
//! where it came from. Precedence, highest first (see docs/readme/auth.md):
//!
//! | setting   | 1                | 2                                   | 3                                                                  | 4                    | 5 |
//! |-----------|------------------|-------------------------------------|--------------------------------------------------------------------|----------------------|---|
//! | profile   | `--profile`      | `SEAM_PROFILE`                      | `default_profile` in the config file                               | `default`            |   |
//! | token     | (never a flag)   | chosen profile, if chosen explicitly | `SEAM_API_KEY` / `SEAM_PERSONAL_ACCESS_TOKEN` / `SEAM_CLI_TOKEN`   | the default profile  | none |
//! | workspace | `--workspace-id` | chosen profile, if chosen explicitly | `SEAM_WORKSPACE_ID` / `SEAM_CLI_WORKSPACE_ID`                      | the default profile  | none |
//! | endpoint  | `--endpoint`     | chosen profile, if chosen explicitly | `SEAM_ENDPOINT` / `SEAM_CLI_ENDPOINT`                              | the default profile  | `https://connect.getseam.com` |
//!
//! "Chosen explicitly" means `--profile` or `SEAM_PROFILE`: naming a profile beats whatever
//! the environment holds. Variables of one row that are set to different values are an error.

use crate::api::DEFAULT_ENDPOINT;
use crate::error::CliError;
use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The environment variables read for a token. Setting two of them to different values is an error.
pub const TOKEN_VARS: &[&str] = &[
    "SEAM_API_KEY",
    "SEAM_PERSONAL_ACCESS_TOKEN",
    "SEAM_CLI_TOKEN",
];
/// The environment variables read for the workspace id.
pub const WORKSPACE_VARS: &[&str] = &["SEAM_WORKSPACE_ID", "SEAM_CLI_WORKSPACE_ID"];
/// The environment variables read for the endpoint.
pub const ENDPOINT_VARS: &[&str] = &["SEAM_ENDPOINT", "SEAM_CLI_ENDPOINT"];
/// Selects a profile, like `--profile`.
pub const PROFILE_VAR: &str = "SEAM_PROFILE";
/// Overrides the directory of `config.toml`.
pub const CONFIG_DIR_VAR: &str = "SEAM_CONFIG_DIR";
/// The profile used when none is chosen and the file names no `default_profile`.
pub const DEFAULT_PROFILE: &str = "default";
/// The config file's name inside its directory.
pub const FILE_NAME: &str = "config.toml";
/// Larger config files are refused (a config file is a few hundred bytes).
const MAX_FILE: u64 = 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    /// A value stored in this profile of the config file.
    Profile(String),
    /// `default_profile` in the config file.
    ConfigDefault,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "environment variable {name}"),
            Source::Profile(name) => write!(f, "profile '{name}' in the config file"),
            Source::ConfigDefault => f.write_str("default_profile in the config file"),
            Source::Default => f.write_str("built-in default"),
        }
    }
}

/// What a token is, from its prefix (as Seam's SDKs decide).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    ApiKey,
    PersonalAccessToken,
    ConsoleSession,
    ClientSession,
    PublishableKey,
    Unknown,
}

impl TokenKind {
    pub fn of(token: &str) -> TokenKind {
        if token.starts_with("seam_at") {
            TokenKind::PersonalAccessToken
        } else if token.starts_with("seam_cst") {
            TokenKind::ClientSession
        } else if token.starts_with("seam_pk") {
            TokenKind::PublishableKey
        } else if token.starts_with("seam_") {
            TokenKind::ApiKey
        } else if token.starts_with("ey") {
            TokenKind::ConsoleSession
        } else {
            TokenKind::Unknown
        }
    }
    /// Personal access tokens and console sessions act in a workspace named by `seam-workspace`;
    /// API keys belong to one workspace and send no such header.
    pub fn needs_workspace(self) -> bool {
        matches!(
            self,
            TokenKind::PersonalAccessToken | TokenKind::ConsoleSession
        )
    }
    pub fn label(self) -> &'static str {
        match self {
            TokenKind::ApiKey => "API key",
            TokenKind::PersonalAccessToken => "personal access token",
            TokenKind::ConsoleSession => "console session token",
            TokenKind::ClientSession => "client session token",
            TokenKind::PublishableKey => "publishable key",
            TokenKind::Unknown => "unrecognized token",
        }
    }
    /// The label with its article: "an API key", "a personal access token".
    pub fn a(self) -> String {
        let l = self.label();
        if l.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) {
            format!("an {l}")
        } else {
            format!("a {l}")
        }
    }
    /// A stable name for JSON output.
    pub fn id(self) -> &'static str {
        match self {
            TokenKind::ApiKey => "api_key",
            TokenKind::PersonalAccessToken => "personal_access_token",
            TokenKind::ConsoleSession => "console_session_token",
            TokenKind::ClientSession => "client_session_token",
            TokenKind::PublishableKey => "publishable_key",
            TokenKind::Unknown => "unknown",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The config file
// ---------------------------------------------------------------------------------------------

/// `config.toml`: a default profile and named profiles. Unknown keys are ignored (and dropped
/// when the file is rewritten).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Profile {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "secret_field"
    )]
    pub token: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The output format when neither `--format` nor `SEAM_FORMAT` says (e.g. "json").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

impl Profile {
    pub fn is_empty(&self) -> bool {
        self.token.is_none()
            && self.workspace_id.is_none()
            && self.endpoint.is_none()
            && self.format.is_none()
    }
}

/// The token is written to the file as plain text (the file is 0600); everywhere else it stays
/// a [`Secret`].
mod secret_field {
    use crate::secret::Secret;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Secret>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(t) => s.serialize_str(t.expose()),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Secret>, D::Error> {
        Ok(Option::<String>::deserialize(d)?
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(Secret::new))
    }
}

const HEADER: &str = "\
# seam CLI configuration (written by `seam login` and `seam config`).
# It holds tokens: keep it private (mode 0600). See `seam config --help`.
";

impl ConfigFile {
    pub fn parse(text: &str) -> Result<ConfigFile, String> {
        toml::from_str::<ConfigFile>(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let msg = without_quotes(e.message());
            match line {
                Some(l) => format!("line {l}: {msg}"),
                None => msg,
            }
        })
    }

    pub fn render(&self) -> Result<String, CliError> {
        let body = toml::to_string_pretty(self)
            .map_err(|e| CliError::io(format!("cannot write the config file: {e}")))?;
        Ok(format!("{HEADER}\n{body}"))
    }

    /// The default profile's name and where it came from.
    pub fn default_name(&self) -> (String, Source) {
        match &self.default_profile {
            Some(n) if !n.trim().is_empty() => (n.trim().to_string(), Source::ConfigDefault),
            _ => (DEFAULT_PROFILE.to_string(), Source::Default),
        }
    }
}

/// Removes quoted fragments from a parser message: they may quote the file, and the file holds
/// tokens.
fn without_quotes(msg: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in msg.chars() {
        match quote {
            Some(q) if c == q => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some(_) => {}
            None if c == '"' || c == '`' => {
                out.push(c);
                quote = Some(c);
            }
            None => out.push(c),
        }
    }
    if quote.is_some() {
        out.push('…');
    }
    out.lines().next().unwrap_or("").trim().to_string()
}

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

// ---------------------------------------------------------------------------------------------
// Validation of values that go in the file
// ---------------------------------------------------------------------------------------------

/// Profile names: letters, digits, `-`, `_`, `.`; 1 to 64 characters.
pub fn check_profile_name(name: &str, origin: &str) -> Result<(), CliError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!(
            "invalid profile name '{}' ({origin}): use 1 to 64 letters, digits, '-', '_' or '.'",
            name.escape_debug()
        )))
    }
}

pub fn check_workspace_id(ws: &str, origin: &str) -> Result<(), CliError> {
    if crate::spec::params::is_uuid(ws) {
        Ok(())
    } else {
        Err(CliError::usage_hint(
            format!(
                "invalid workspace id '{}' ({origin}): expected a UUID",
                ws.escape_debug()
            ),
            "find the workspace id in the Seam Console, under Settings",
        ))
    }
}

/// An endpoint worth saving: see [`crate::api::endpoint::check_for_saving`].
pub use crate::api::endpoint::check_for_saving as check_endpoint;

/// Checks a token's text before it is saved or sent. Never quotes the token.
pub fn check_token_text(t: &str) -> Result<(), CliError> {
    if t.is_empty() {
        return Err(CliError::usage("the token is empty"));
    }
    if t.len() > 4096 {
        return Err(CliError::usage("the token is too long (over 4096 bytes)"));
    }
    if !t.chars().all(|c| c.is_ascii_graphic()) {
        return Err(CliError::usage(
            "the token holds spaces, line breaks or other characters a token never has",
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

/// Flag values that bear on resolution.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub profile: Option<String>,
    pub workspace_id: Option<String>,
    pub endpoint: Option<String>,
}

/// Reads one variable: trimmed, empty counts as unset.
pub fn process_env(name: &str) -> Option<String> {
    crate::env::var(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

#[derive(Clone, Debug)]
pub struct Resolved {
    pub profile: String,
    pub profile_source: Source,
    /// Chosen with `--profile` or `SEAM_PROFILE` (then it beats the environment).
    pub explicit: bool,
    /// Whether the profile is in the config file.
    pub profile_exists: bool,
    pub token: Option<(Secret, Source)>,
    pub workspace_id: Option<(String, Source)>,
    pub endpoint: (String, Source),
    /// Settings present but not used, e.g. `SEAM_API_KEY` under `--profile`.
    pub notes: Vec<String>,
}

/// The chosen profile's name and where it came from.
pub fn profile_name(
    o: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &ConfigFile,
) -> Result<(String, Source, bool), CliError> {
    let (name, src, explicit) = if let Some(p) = &o.profile {
        (p.trim().to_string(), Source::Flag("--profile"), true)
    } else if let Some(p) = env(PROFILE_VAR) {
        (p, Source::Env(PROFILE_VAR), true)
    } else {
        let (n, s) = file.default_name();
        (n, s, false)
    };
    check_profile_name(&name, &src.to_string())?;
    Ok((name, src, explicit))
}

/// Reads a group of variables that mean the same thing. Two set to different values: `Err`
/// with their names.
fn env_group(
    vars: &'static [&'static str],
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<(String, &'static str)>, Vec<&'static str>> {
    let set: Vec<(String, &'static str)> = vars
        .iter()
        .filter_map(|n| env(n).map(|v| (v, *n)))
        .collect();
    match set.first() {
        None => Ok(None),
        Some(first) => {
            if set.iter().any(|(v, _)| v != &first.0) {
                Err(set.iter().map(|(_, n)| *n).collect())
            } else {
                Ok(Some(first.clone()))
            }
        }
    }
}

fn both(names: &[&str]) -> String {
    match names {
        [a, b] => format!("{a} and {b}"),
        _ => names.join(", "),
    }
}

pub fn resolve(
    o: &Overrides,
    env: &dyn Fn(&str) -> Option<String>,
    file: &ConfigFile,
) -> Result<Resolved, CliError> {
    let (profile, profile_source, explicit) = profile_name(o, env, file)?;
    let stored = file.profiles.get(&profile);
    let from_profile = || Source::Profile(profile.clone());
    let mut notes = Vec::new();

    // Token: explicit profile > environment > default profile.
    let token = if explicit {
        for n in TOKEN_VARS {
            if env(n).is_some() {
                notes.push(format!(
                    "{n} is set but not used: profile '{profile}' was chosen with {}",
                    match profile_source {
                        Source::Flag(f) => f,
                        _ => PROFILE_VAR,
                    }
                ));
            }
        }
        stored
            .and_then(|p| p.token.clone())
            .map(|t| (t, from_profile()))
    } else {
        match env_group(TOKEN_VARS, env) {
            Err(names) => {
                return Err(CliError::Auth {
                    message: format!(
                        "conflicting tokens: {} are set to different values",
                        both(&names)
                    ),
                    hints: vec![
                        "unset all but one of them; the CLI will not guess which you mean".into(),
                    ],
                })
            }
            Ok(Some((v, n))) => {
                if stored.is_some_and(|p| p.token.is_some()) {
                    notes.push(format!(
                        "profile '{profile}' has a token, but {n} wins over the default profile (pass --profile {profile} to use it)"
                    ));
                }
                Some((Secret::new(v), Source::Env(n)))
            }
            Ok(None) => stored
                .and_then(|p| p.token.clone())
                .map(|t| (t, from_profile())),
        }
    };

    // A token from the environment is not paired with the default profile's workspace or
    // endpoint: a CI key must never be sent to whatever endpoint a machine's profile names.
    let token_from_env = matches!(token, Some((_, Source::Env(_))));
    let unpaired = |what: &str, notes: &mut Vec<String>| {
        if let Some((_, Source::Env(n))) = &token {
            notes.push(format!(
                "profile '{profile}' has a {what}, but it is not used with the token from {n} (pass --profile {profile} to use the profile)"
            ));
        }
    };

    // Workspace: flag > explicit profile > environment > default profile (with its token).
    let stored_ws = stored
        .and_then(|p| p.workspace_id.clone())
        .map(|w| (w, from_profile()));
    let workspace_id = if let Some(w) = &o.workspace_id {
        let w = w.trim().to_string();
        check_workspace_id(&w, "--workspace-id")?;
        Some((w, Source::Flag("--workspace-id")))
    } else if explicit && stored_ws.is_some() {
        for n in WORKSPACE_VARS.iter().filter(|n| env(n).is_some()) {
            notes.push(format!(
                "{n} is set but not used: profile '{profile}' has its own workspace"
            ));
        }
        stored_ws
    } else {
        match env_group(WORKSPACE_VARS, env) {
            Err(names) => {
                return Err(CliError::Auth {
                    message: format!(
                        "conflicting workspaces: {} are set to different values",
                        both(&names)
                    ),
                    hints: vec!["unset one of them, or pass --workspace-id".into()],
                })
            }
            Ok(Some((v, n))) => {
                check_workspace_id(&v, n)?;
                Some((v, Source::Env(n)))
            }
            Ok(None) if token_from_env && stored_ws.is_some() => {
                unpaired("workspace", &mut notes);
                None
            }
            Ok(None) => stored_ws,
        }
    };
    if let Some((w, src @ Source::Profile(_))) = &workspace_id {
        check_workspace_id(w, &src.to_string())?;
    }

    // Endpoint: flag > explicit profile > environment > default profile (with its token) >
    // built-in.
    let stored_ep = stored
        .and_then(|p| p.endpoint.clone())
        .map(|e| (e, from_profile()));
    let endpoint = if let Some(e) = &o.endpoint {
        (e.trim().to_string(), Source::Flag("--endpoint"))
    } else if explicit && stored_ep.is_some() {
        for n in ENDPOINT_VARS.iter().filter(|n| env(n).is_some()) {
            notes.push(format!(
                "{n} is set but not used: profile '{profile}' has its own endpoint"
            ));
        }
        stored_ep.unwrap_or_else(|| (DEFAULT_ENDPOINT.into(), Source::Default))
    } else {
        match env_group(ENDPOINT_VARS, env) {
            Err(names) => {
                return Err(CliError::usage_hint(
                    format!(
                        "conflicting endpoints: {} are set to different values",
                        both(&names)
                    ),
                    "unset one of them, or pass --endpoint",
                ))
            }
            Ok(Some((v, n))) => (v, Source::Env(n)),
            Ok(None) if token_from_env && stored_ep.is_some() => {
                unpaired("endpoint", &mut notes);
                (DEFAULT_ENDPOINT.to_string(), Source::Default)
            }
            Ok(None) => {
                stored_ep.unwrap_or_else(|| (DEFAULT_ENDPOINT.to_string(), Source::Default))
            }
        }
    };

    Ok(Resolved {
        profile_exists: stored.is_some(),
        profile,
        profile_source,
        explicit,
        token,
        workspace_id,
        endpoint,
        notes,
    })
}

impl Resolved {
    pub fn kind(&self) -> Option<TokenKind> {
        self.token.as_ref().map(|(t, _)| TokenKind::of(t.expose()))
    }

    /// The workspace id sent as `seam-workspace`: only with tokens that need one.
    pub fn sent_workspace(&self) -> Option<&str> {
        match (self.kind(), &self.workspace_id) {
            (Some(k), Some((w, _))) if k.needs_workspace() => Some(w.as_str()),
            _ => None,
        }
    }

    /// The checks made before any request: a named profile exists; a token that needs a
    /// workspace has one.
    pub fn check(&self, path: &Path) -> Result<(), CliError> {
        if self.explicit && !self.profile_exists {
            return Err(CliError::usage_hint(
                format!(
                    "no profile '{}' (chosen with {}) in {}",
                    self.profile,
                    source_name(&self.profile_source),
                    path.display()
                ),
                format!(
                    "create it with `seam login --profile {}`; list profiles with `seam config list`",
                    self.profile
                ),
            ));
        }
        if let (Some(kind), None) = (self.kind(), &self.workspace_id) {
            if kind.needs_workspace() {
                let src = self
                    .token
                    .as_ref()
                    .map(|(_, s)| s.to_string())
                    .unwrap_or_default();
                return Err(CliError::Auth {
                    message: format!(
                        "{} (from {src}) needs a workspace, and none is set",
                        kind.a()
                    ),
                    hints: vec![
                        "pass --workspace-id ID, or export SEAM_WORKSPACE_ID=ID".into(),
                        format!(
                            "or save it in the profile: seam config set workspace_id ID --profile {}",
                            self.profile
                        ),
                        "the workspace id is in the Seam Console, under Settings".into(),
                    ],
                });
            }
        }
        Ok(())
    }

    /// Said when no token is found: where the CLI looked and how to fix it.
    pub fn missing_token_hints(&self, path: &Path) -> Vec<String> {
        if self.explicit {
            return vec![format!(
                "profile '{}' (chosen with {}) has no token: run `seam login --profile {}`",
                self.profile,
                source_name(&self.profile_source),
                self.profile
            )];
        }
        vec![
            format!(
                "log in with `seam login` (saves the token in {}), or export SEAM_API_KEY=seam_...",
                path.display()
            ),
            "the CLI looks at --profile / SEAM_PROFILE, then SEAM_API_KEY, SEAM_PERSONAL_ACCESS_TOKEN and SEAM_CLI_TOKEN, then the default profile".into(),
        ]
    }
}

/// `--profile` or `SEAM_PROFILE`, for messages.
fn source_name(s: &Source) -> String {
    match s {
        Source::Flag(n) | Source::Env(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// The environment-token variables that are set (names only).
pub fn env_tokens_set(env: &dyn Fn(&str) -> Option<String>) -> Vec<&'static str> {
    TOKEN_VARS
        .iter()
        .copied()
        .filter(|n| env(n).is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "seam_test_aaaaaaaaaaaaaaaaaaaa1234";
    const PAT: &str = "seam_at1_bbbbbbbbbbbbbbbbbbbbb5678";
    const WS1: &str = "11111111-1111-4111-8111-111111111111";
    const WS2: &str = "22222222-2222-4222-8222-222222222222";

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k: &str| m.get(k).cloned().filter(|v| !v.is_empty())
    }

    fn file() -> ConfigFile {
        ConfigFile::parse(&format!(
            r#"
default_profile = "main"
[profiles.main]
token = "{KEY}"
endpoint = "https://main.example"
[profiles.pat]
token = "{PAT}"
workspace_id = "{WS1}"
endpoint = "https://pat.example"
"#
        ))
        .expect("valid")
    }

    #[test]
    fn token_kinds() {
        assert_eq!(TokenKind::of("seam_at1_x"), TokenKind::PersonalAccessToken);
        assert_eq!(TokenKind::of("seam_abc"), TokenKind::ApiKey);
        assert_eq!(TokenKind::of("seam_cst1"), TokenKind::ClientSession);
        assert_eq!(TokenKind::of("seam_pk1"), TokenKind::PublishableKey);
        assert_eq!(TokenKind::of("eyJhbGciOi"), TokenKind::ConsoleSession);
        assert_eq!(TokenKind::of("abc"), TokenKind::Unknown);
        assert!(TokenKind::PersonalAccessToken.needs_workspace());
        assert!(TokenKind::ConsoleSession.needs_workspace());
        assert!(!TokenKind::ApiKey.needs_workspace());
    }

    #[test]
    fn defaults_with_nothing_set() {
        let r = resolve(&Overrides::default(), &env_of(&[]), &ConfigFile::default()).unwrap();
        assert_eq!(r.profile, "default");
        assert_eq!(r.profile_source, Source::Default);
        assert!(r.token.is_none());
        assert_eq!(r.endpoint, (DEFAULT_ENDPOINT.into(), Source::Default));
    }

    #[test]
    fn env_beats_default_profile() {
        let r = resolve(
            &Overrides::default(),
            &env_of(&[
                ("SEAM_CLI_TOKEN", "seam_env"),
                ("SEAM_CLI_ENDPOINT", "https://e"),
            ]),
            &file(),
        )
        .unwrap();
        assert_eq!(r.profile, "main");
        assert_eq!(r.profile_source, Source::ConfigDefault);
        assert_eq!(r.token.unwrap().1, Source::Env("SEAM_CLI_TOKEN"));
        assert_eq!(
            r.endpoint,
            ("https://e".into(), Source::Env("SEAM_CLI_ENDPOINT"))
        );
    }

    #[test]
    fn explicit_profile_beats_env() {
        let env = env_of(&[
            ("SEAM_API_KEY", "seam_env"),
            ("SEAM_ENDPOINT", "https://e"),
            ("SEAM_WORKSPACE_ID", WS2),
        ]);
        let o = Overrides {
            profile: Some("pat".into()),
            ..Default::default()
        };
        let r = resolve(&o, &env, &file()).unwrap();
        assert_eq!(r.token.as_ref().unwrap().0.expose(), PAT);
        assert_eq!(
            r.workspace_id,
            Some((WS1.into(), Source::Profile("pat".into())))
        );
        assert_eq!(r.endpoint.1, Source::Profile("pat".into()));
        assert_eq!(r.notes.len(), 3, "{:?}", r.notes);
        // Flags still beat the profile.
        let o = Overrides {
            profile: Some("pat".into()),
            workspace_id: Some(WS2.into()),
            endpoint: Some("https://f".into()),
        };
        let r = resolve(&o, &env, &file()).unwrap();
        assert_eq!(r.workspace_id.unwrap().1, Source::Flag("--workspace-id"));
        assert_eq!(r.endpoint.1, Source::Flag("--endpoint"));
    }

    #[test]
    fn conflicts_are_errors() {
        let env = env_of(&[
            ("SEAM_API_KEY", "seam_a"),
            ("SEAM_PERSONAL_ACCESS_TOKEN", "seam_atb"),
        ]);
        let e = resolve(&Overrides::default(), &env, &ConfigFile::default()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::AUTH);
        assert!(e
            .to_string()
            .contains("SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN"));
        assert!(!e.to_string().contains("seam_a"));
        // The same value twice is no conflict.
        let env = env_of(&[("SEAM_API_KEY", "seam_a"), ("SEAM_CLI_TOKEN", "seam_a")]);
        assert!(resolve(&Overrides::default(), &env, &ConfigFile::default()).is_ok());
        let env = env_of(&[
            ("SEAM_ENDPOINT", "https://a"),
            ("SEAM_CLI_ENDPOINT", "https://b"),
        ]);
        let e = resolve(&Overrides::default(), &env, &ConfigFile::default()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::USAGE);
    }

    #[test]
    fn pat_without_workspace_fails_check() {
        let env = env_of(&[("SEAM_PERSONAL_ACCESS_TOKEN", PAT)]);
        let r = resolve(&Overrides::default(), &env, &ConfigFile::default()).unwrap();
        let e = r.check(Path::new("/x")).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::AUTH);
        assert!(r.sent_workspace().is_none());
    }

    #[test]
    fn parse_errors_do_not_quote_the_file() {
        let text = format!("[profiles.a]\ntoken = \"{KEY}\"\nendpoint = \"{KEY}\n");
        let e = ConfigFile::parse(&text).unwrap_err();
        assert!(!e.contains(KEY), "{e}");
        assert!(e.starts_with("line 3"), "{e}");
        let e = ConfigFile::parse(&format!("profiles = \"{KEY}\"")).unwrap_err();
        assert!(!e.contains(KEY), "{e}");
    }

    #[test]
    fn round_trip() {
        let f = file();
        let text = f.render().unwrap();
        let g = ConfigFile::parse(&text).unwrap();
        assert_eq!(g.profiles, f.profiles);
        assert_eq!(g.default_profile.as_deref(), Some("main"));
        assert!(format!("{f:?}").contains("(redacted)"));
        assert!(!format!("{f:?}").contains(KEY));
    }

    #[test]
    fn endpoints_worth_saving() {
        for ok in [
            "https://connect.getseam.com",
            "http://127.0.0.1:8080",
            "http://localhost",
            "http://[::1]:9/",
        ] {
            assert!(check_endpoint(ok, "t").is_ok(), "{ok}");
        }
        for bad in [
            "http://example.com",
            "ftp://x",
            "connect.getseam.com",
            "https://",
            "http://10.0.0.1",
        ] {
            assert!(check_endpoint(bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn parser_messages_lose_their_quotes() {
        assert_eq!(
            without_quotes("invalid type: string \"abc\", expected x"),
            "invalid type: string \"…\", expected x"
        );
        assert_eq!(without_quotes("bad `x"), "bad `…");
    }
}
