//! `seam login`: check a token with the API and save it in a profile of the config file.

use crate::api::RetryPolicy;
use crate::config::{self, TokenKind};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output;
use crate::secret::Secret;
use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{json, Value};
use std::io::Read;

/// The cheap authenticated request that checks a token and names its workspace.
pub const VERIFY_PATH: &str = "/workspaces/get";
const MAX_TOKEN_INPUT: u64 = 64 * 1024;

pub fn command() -> Command {
    Command::new("login")
        .about("Check a token and save it in a profile (hidden prompt, or stdin with --with-token)")
        .long_about(
            "Save a Seam token in a profile of the config file (see `seam config path`).\n\n\
             On a terminal the token is asked for with hidden input; with --with-token it is read \
             from stdin (for scripts and CI). Unless --no-verify is given, the token is first \
             checked with one request to the API, and the workspace it belongs to is reported; a \
             rejected token is not saved (exit 3).\n\n\
             API keys (seam_...) belong to one workspace. Personal access tokens (seam_at...) \
             and console session tokens (ey...) need a workspace: pass --workspace-id, and it is \
             saved with the token. --endpoint is saved in the profile too.\n\n\
             The profile is --profile, else SEAM_PROFILE, else the default profile. The first \
             profile saved becomes the default.",
        )
        .after_help(
            "Examples:\n  \
             # log in on a terminal (the token is not echoed)\n  $ seam login\n\n  \
             # a personal access token for one workspace, in its own profile\n  \
             $ seam login --profile acme --workspace-id 0b6b1d1c-... \n\n  \
             # in CI, from a secret\n  $ printf %s \"$SEAM_KEY\" | seam login --with-token --profile ci",
        )
        .arg(
            Arg::new("with_token")
                .long("with-token")
                .alias("with_token")
                .action(ArgAction::SetTrue)
                .help("Read the token from stdin instead of asking for it"),
        )
        .arg(
            Arg::new("no_verify")
                .long("no-verify")
                .alias("no_verify")
                .action(ArgAction::SetTrue)
                .help("Save the token without checking it with the API"),
        )
}

/// The token, from stdin (`--with-token`) or a hidden prompt. Never echoed or quoted.
fn read_token(with_token: bool) -> Result<Secret, CliError> {
    let raw = if output::stdin_is_terminal() {
        rpassword::prompt_password("Paste your Seam API key or personal access token (hidden): ")
            .map_err(|e| CliError::usage(format!("cannot read the token from the terminal: {e}")))?
    } else if with_token {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_TOKEN_INPUT + 1)
            .read_to_end(&mut buf)
            .map_err(|e| CliError::usage(format!("cannot read the token from stdin: {e}")))?;
        if buf.len() as u64 > MAX_TOKEN_INPUT {
            return Err(CliError::usage("stdin is too large to be a token"));
        }
        String::from_utf8(buf).map_err(|_| CliError::usage("the token on stdin is not UTF-8"))?
    } else {
        return Err(CliError::usage_hint(
            "stdin is not a terminal, so the token cannot be asked for",
            "pipe it in with --with-token: printf %s \"$TOKEN\" | seam login --with-token",
        ));
    };
    let t = raw.trim();
    config::check_token_text(t)?;
    Ok(Secret::new(t))
}

fn describe_workspace(body: &Value) -> Option<String> {
    let ws = body.get("workspace")?;
    let id = ws.get("workspace_id").and_then(Value::as_str);
    let name = ws.get("name").and_then(Value::as_str);
    let sandbox = ws.get("is_sandbox").and_then(Value::as_bool) == Some(true);
    let mut s = match (name, id) {
        (Some(n), Some(i)) => format!("workspace \"{n}\" ({i}"),
        (Some(n), None) => format!("workspace \"{n}\" ("),
        (None, Some(i)) => format!("workspace {i} ("),
        (None, None) => return None,
    };
    if sandbox {
        if !s.ends_with('(') {
            s.push_str(", ");
        }
        s.push_str("sandbox");
    }
    if s.ends_with('(') {
        s.pop();
        s = s.trim_end().to_string();
    } else {
        s.push(')');
    }
    Some(s)
}

/// The flags of `seam login`, checked before the token is asked for.
struct Flags {
    workspace: Option<String>,
    endpoint: Option<String>,
}

fn check_flags(ctx: &Ctx) -> Result<Flags, CliError> {
    let trimmed = |v: &Option<String>| v.as_ref().map(|w| w.trim().to_string());
    let workspace = trimmed(&ctx.globals.workspace_id);
    if let Some(w) = &workspace {
        config::check_workspace_id(w, "--workspace-id")?;
    }
    let endpoint = trimmed(&ctx.globals.endpoint);
    if let Some(e) = &endpoint {
        config::check_endpoint(e, "--endpoint")?;
    }
    Ok(Flags {
        workspace,
        endpoint,
    })
}

fn check_kind(kind: TokenKind, no_verify: bool) -> Result<(), CliError> {
    match kind {
        TokenKind::PublishableKey => Err(CliError::usage(
            "a publishable key (seam_pk...) cannot authenticate API calls; use an API key or a personal access token",
        )),
        TokenKind::Unknown if !no_verify => Err(CliError::usage_hint(
            "this does not look like a Seam token: API keys start with seam_, personal access tokens with seam_at",
            "create one in the Seam Console (Developer > API keys); --no-verify saves it anyway",
        )),
        _ => Ok(()),
    }
}

/// The workspace saved with the token: the flag, else the profile's, else the environment's;
/// only for tokens that need one (and then one is required).
fn choose_workspace(
    ctx: &Ctx,
    kind: TokenKind,
    flags: &Flags,
    stored: &config::Profile,
    (profile, explicit): (&str, bool),
) -> Result<Option<String>, CliError> {
    if !kind.needs_workspace() {
        if flags.workspace.is_some() {
            ctx.printer.warn(&format!(
                "--workspace-id is not used with {}: it belongs to one workspace",
                kind.a()
            ));
        }
        return Ok(None);
    }
    if let Some(w) = flags
        .workspace
        .clone()
        .or_else(|| stored.workspace_id.clone())
    {
        return Ok(Some(w));
    }
    for n in config::WORKSPACE_VARS {
        if let Some(v) = config::process_env(n) {
            config::check_workspace_id(&v, n)?;
            return Ok(Some(v));
        }
    }
    Err(CliError::Auth {
        message: format!(
            "{} needs a workspace, and none is set; nothing was saved",
            kind.a()
        ),
        hints: vec![
            format!(
                "pass it: seam login --workspace-id ID{}",
                if explicit {
                    format!(" --profile {profile}")
                } else {
                    String::new()
                }
            ),
            "the workspace id is in the Seam Console, under Settings".into(),
        ],
    })
}

/// The endpoint the token is checked against, and whether to save it in the profile: the
/// flag's or the environment's is saved (so the profile keeps talking to where the token was
/// checked), the profile's is already there, the default is not written.
fn choose_endpoint(
    flags: &Flags,
    stored: &config::Profile,
) -> Result<(String, Option<String>), CliError> {
    if let Some(e) = &flags.endpoint {
        return Ok((e.clone(), Some(e.clone())));
    }
    if let Some(e) = &stored.endpoint {
        return Ok((e.clone(), None));
    }
    for n in config::ENDPOINT_VARS {
        if let Some(e) = config::process_env(n) {
            let e = e.trim().to_string();
            config::check_endpoint(&e, n)?;
            return Ok((e.clone(), Some(e)));
        }
    }
    Ok((crate::api::DEFAULT_ENDPOINT.to_string(), None))
}

/// Checks the token with one request; the workspace's description, or None under --dry-run.
async fn verify(
    ctx: &Ctx,
    endpoint: &str,
    token: &Secret,
    workspace: &Option<String>,
    kind: TokenKind,
) -> Result<Option<Value>, CliError> {
    let client = ctx.client_with(
        endpoint.to_string(),
        Some(token.clone()),
        workspace.clone(),
        Vec::new(),
    )?;
    match client
        .call(VERIFY_PATH, &json!({}), RetryPolicy::Read)
        .await
    {
        Ok(reply) => Ok(reply.map(|r| r.body)),
        Err(e) => {
            let e = not_saved(e.error, kind);
            if !matches!(e, CliError::Auth { .. } | CliError::Network { .. }) {
                ctx.printer.status("The token was not saved.");
            }
            Err(e)
        }
    }
}

pub async fn run(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    let no_verify = m.get_flag("no_verify");
    let path = config::config_path()?;
    let loaded = ctx.load_config()?;
    let env = &config::process_env;
    let (profile, _src, explicit) = config::profile_name(&ctx.overrides(), env, &loaded.file)?;
    let stored = loaded
        .file
        .profiles
        .get(&profile)
        .cloned()
        .unwrap_or_default();
    let flags = check_flags(ctx)?;
    let token = read_token(m.get_flag("with_token"))?;
    let kind = TokenKind::of(token.expose());
    check_kind(kind, no_verify)?;
    let workspace = choose_workspace(ctx, kind, &flags, &stored, (&profile, explicit))?;
    let (endpoint, save_endpoint) = choose_endpoint(&flags, &stored)?;

    let mut verified = None;
    if !no_verify {
        match verify(ctx, &endpoint, &token, &workspace, kind).await? {
            Some(body) => verified = Some(body),
            None => {
                ctx.printer
                    .status("dry run: the token was not checked and nothing was saved");
                return Ok(());
            }
        }
    }
    if ctx.globals.dry_run {
        ctx.printer.status("dry run: nothing was saved");
        return Ok(());
    }

    let became_default = config::update(&path, |cfg| {
        let p = cfg.profiles.entry(profile.clone()).or_default();
        p.token = Some(token.clone());
        if let Some(w) = &workspace {
            p.workspace_id = Some(w.clone());
        }
        if let Some(e) = &save_endpoint {
            p.endpoint = Some(e.clone());
        }
        if cfg.default_profile.is_none() {
            cfg.default_profile = Some(profile.clone());
        }
        Ok(cfg.default_profile.as_deref() == Some(profile.as_str()))
    })?;
    let saved = Saved {
        profile: &profile,
        explicit,
        became_default,
        endpoint: save_endpoint.as_deref(),
        path: &path,
    };
    report(ctx, kind, verified.as_ref(), &saved);
    Ok(())
}

/// What `seam login` saved, for its report.
struct Saved<'a> {
    profile: &'a str,
    explicit: bool,
    became_default: bool,
    endpoint: Option<&'a str>,
    path: &'a std::path::Path,
}

fn report(ctx: &Ctx, kind: TokenKind, verified: Option<&Value>, s: &Saved) {
    let p = &ctx.printer;
    let what = match verified.and_then(describe_workspace) {
        Some(ws) => format!("Logged in to {ws} with {}", kind.a()),
        None if verified.is_some() => format!("Logged in with {}", kind.a()),
        None => format!("Saved {} without checking it", kind.a()),
    };
    p.status(&what);
    let endpoint = s
        .endpoint
        .map(|e| format!(", with endpoint {}", crate::api::shown_endpoint(e)))
        .unwrap_or_default();
    p.status(&format!(
        "Saved as profile '{}'{}{endpoint} in {}",
        s.profile,
        if s.became_default {
            " (the default)"
        } else {
            ""
        },
        s.path.display()
    ));
    if !s.became_default && !s.explicit {
        p.hint(&format!(
            "use it with --profile {0}, or make it the default: seam config use {0}",
            s.profile
        ));
    }
    let env = &config::process_env;
    let set = config::env_tokens_set(env);
    if !set.is_empty() && env(config::PROFILE_VAR).is_none() {
        p.hint(&format!(
            "{} is set in this environment and wins over the default profile; unset it, or pass --profile {}",
            set.join(", "),
            s.profile
        ));
    }
}

/// A failed check: a rejected token is an auth error (exit 3); nothing was saved either way.
fn not_saved(e: CliError, kind: TokenKind) -> CliError {
    match e {
        CliError::Api(api) if api.status == 401 || api.status == 403 => {
            let mut message = format!("the token was rejected (HTTP {}", api.status);
            if let Some(m) = &api.message {
                message.push_str(&format!(": {m}"));
            }
            message.push_str("); nothing was saved");
            if let Some(id) = api.request_id {
                message.push_str(&format!(" (request id {id})"));
            }
            let mut hints = vec![
                "check that you copied the whole token, and that it has not been revoked".into(),
            ];
            if kind.needs_workspace() {
                hints.push(format!("{} also needs the right --workspace-id", kind.a()));
            }
            CliError::Auth { message, hints }
        }
        CliError::Network { message, mut hints } => {
            hints.push("nothing was saved; --no-verify saves the token without checking it".into());
            CliError::Network { message, hints }
        }
        other => other,
    }
}
