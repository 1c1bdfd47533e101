//! The precedence of flags, environment and profiles: which token, workspace and endpoint a
//! run uses, and where each came from.

use super::checks::{check_profile_name, check_workspace_id};
use super::file::{ConfigFile, Profile};
use super::{Source, TokenKind, ENDPOINT_VARS, PROFILE_VAR, TOKEN_VARS, WORKSPACE_VARS};
use crate::api::DEFAULT_ENDPOINT;
use crate::error::CliError;
use crate::secret::Secret;
use std::path::Path;

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
    let mut pick = Pick {
        env,
        profile: &profile,
        profile_source: &profile_source,
        explicit,
        stored,
        notes: Vec::new(),
    };
    let token = pick.token()?;
    // A token from the environment is not paired with the default profile's workspace or
    // endpoint: a CI key must never be sent to whatever endpoint a machine's profile names.
    let token_env = match &token {
        Some((_, Source::Env(n))) => Some(*n),
        _ => None,
    };
    let workspace_id = pick.workspace(o.workspace_id.as_deref(), token_env)?;
    let endpoint = pick.endpoint(o.endpoint.as_deref(), token_env)?;
    let notes = pick.notes;
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

/// What the token, workspace and endpoint resolutions share: the environment, the chosen
/// profile and its stored settings, and the notes said along the way.
struct Pick<'a> {
    env: &'a dyn Fn(&str) -> Option<String>,
    profile: &'a str,
    profile_source: &'a Source,
    explicit: bool,
    stored: Option<&'a Profile>,
    notes: Vec<String>,
}

impl Pick<'_> {
    /// The source of a value stored in the chosen profile.
    fn stored_source(&self) -> Source {
        Source::Profile(self.profile.to_string())
    }

    fn stored_token(&self) -> Option<(Secret, Source)> {
        self.stored
            .and_then(|p| p.token.clone())
            .map(|t| (t, self.stored_source()))
    }

    /// Token: explicit profile > environment > default profile.
    fn token(&mut self) -> Result<Option<(Secret, Source)>, CliError> {
        if self.explicit {
            let env = self.env;
            for n in TOKEN_VARS.iter().filter(|n| env(n).is_some()) {
                let chosen_with = match self.profile_source {
                    Source::Flag(f) => f,
                    _ => PROFILE_VAR,
                };
                self.notes.push(format!(
                    "{n} is set but not used: profile '{}' was chosen with {chosen_with}",
                    self.profile
                ));
            }
            return Ok(self.stored_token());
        }
        match env_group(TOKEN_VARS, self.env) {
            Err(names) => Err(CliError::Auth {
                message: format!(
                    "conflicting tokens: {} are set to different values",
                    both(&names)
                ),
                hints: vec![
                    "unset all but one of them; the CLI will not guess which you mean".into(),
                ],
            }),
            Ok(Some((v, n))) => {
                if self.stored.is_some_and(|p| p.token.is_some()) {
                    let profile = self.profile;
                    self.notes.push(format!(
                        "profile '{profile}' has a token, but {n} wins over the default profile (pass --profile {profile} to use it)"
                    ));
                }
                Ok(Some((Secret::new(v), Source::Env(n))))
            }
            Ok(None) => Ok(self.stored_token()),
        }
    }

    /// Workspace: flag > explicit profile > environment > default profile (with its token).
    fn workspace(
        &mut self,
        flag: Option<&str>,
        token_env: Option<&'static str>,
    ) -> Result<Option<(String, Source)>, CliError> {
        let stored = self
            .stored
            .and_then(|p| p.workspace_id.clone())
            .map(|w| (w, self.stored_source()));
        let workspace_id = if let Some(w) = flag {
            let w = w.trim().to_string();
            check_workspace_id(&w, "--workspace-id")?;
            Some((w, Source::Flag("--workspace-id")))
        } else if self.explicit && stored.is_some() {
            self.unused_env(WORKSPACE_VARS, "workspace");
            stored
        } else {
            self.env_workspace(stored, token_env)?
        };
        if let Some((w, src @ Source::Profile(_))) = &workspace_id {
            check_workspace_id(w, &src.to_string())?;
        }
        Ok(workspace_id)
    }

    fn env_workspace(
        &mut self,
        stored: Option<(String, Source)>,
        token_env: Option<&'static str>,
    ) -> Result<Option<(String, Source)>, CliError> {
        match env_group(WORKSPACE_VARS, self.env) {
            Err(names) => Err(CliError::Auth {
                message: format!(
                    "conflicting workspaces: {} are set to different values",
                    both(&names)
                ),
                hints: vec!["unset one of them, or pass --workspace-id".into()],
            }),
            Ok(Some((v, n))) => {
                check_workspace_id(&v, n)?;
                Ok(Some((v, Source::Env(n))))
            }
            Ok(None) => match (token_env, stored) {
                (Some(n), Some(_)) => {
                    self.unpaired("workspace", n);
                    Ok(None)
                }
                (_, stored) => Ok(stored),
            },
        }
    }

    /// Endpoint: flag > explicit profile > environment > default profile (with its token) >
    /// built-in.
    fn endpoint(
        &mut self,
        flag: Option<&str>,
        token_env: Option<&'static str>,
    ) -> Result<(String, Source), CliError> {
        let stored = self
            .stored
            .and_then(|p| p.endpoint.clone())
            .map(|e| (e, self.stored_source()));
        let built_in = || (DEFAULT_ENDPOINT.to_string(), Source::Default);
        if let Some(e) = flag {
            return Ok((e.trim().to_string(), Source::Flag("--endpoint")));
        }
        if self.explicit && stored.is_some() {
            self.unused_env(ENDPOINT_VARS, "endpoint");
            return Ok(stored.unwrap_or_else(built_in));
        }
        match env_group(ENDPOINT_VARS, self.env) {
            Err(names) => Err(CliError::usage_hint(
                format!(
                    "conflicting endpoints: {} are set to different values",
                    both(&names)
                ),
                "unset one of them, or pass --endpoint",
            )),
            Ok(Some((v, n))) => Ok((v, Source::Env(n))),
            Ok(None) => match (token_env, stored) {
                (Some(n), Some(_)) => {
                    self.unpaired("endpoint", n);
                    Ok(built_in())
                }
                (_, stored) => Ok(stored.unwrap_or_else(built_in)),
            },
        }
    }

    /// Notes the variables of `vars` that are set but lose to the explicit profile's `what`.
    fn unused_env(&mut self, vars: &[&str], what: &str) {
        let env = self.env;
        for n in vars.iter().filter(|n| env(n).is_some()) {
            self.notes.push(format!(
                "{n} is set but not used: profile '{}' has its own {what}",
                self.profile
            ));
        }
    }

    /// Notes that the default profile's `what` is left out because the token came from `var`.
    fn unpaired(&mut self, what: &str, var: &str) {
        let profile = self.profile;
        self.notes.push(format!(
            "profile '{profile}' has a {what}, but it is not used with the token from {var} (pass --profile {profile} to use the profile)"
        ));
    }
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
