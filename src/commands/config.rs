//! `seam config list|get|set|unset|path|use`: read and change the config file. Tokens are only
//! ever shown masked, and are set with `seam login`, never on the command line.

use crate::config::{self as cfg, ConfigFile, TokenKind};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::Format;
use clap::{Arg, ArgMatches, Command};
use serde_json::{json, Map, Value};

const KEYS: &str = "token, workspace_id, endpoint, format, default_profile";

pub fn command() -> Command {
    let key = || {
        Arg::new("key")
            .value_name("KEY")
            .required(true)
            .help(format!("One of: {KEYS}"))
    };
    Command::new("config")
        .about("Show and change the config file: profiles, tokens (masked), workspaces, endpoints")
        .long_about(
            "Show and change the config file (see `seam config path`). It holds named profiles, \
             each with a token, a workspace id and an endpoint, and the name of the default \
             profile.\n\n\
             get, set and unset act on the profile chosen with --profile (or SEAM_PROFILE), \
             else on the default profile. Tokens are always shown masked, and are saved with \
             `seam login`, never given on the command line.",
        )
        .after_help(
            "Examples:\n  $ seam config list\n  \
             $ seam config set workspace_id 0b6b1d1c-5a4e-4a4e-9c55-0e1c2f3a4b5c --profile acme\n  \
             $ seam config get endpoint\n  $ seam config use acme\n  $ seam config path\n\n\
             The file is TOML:\n  default_profile = \"acme\"\n\n  [profiles.acme]\n  \
             token = \"seam_at...\"\n  workspace_id = \"0b6b1d1c-...\"\n  \
             endpoint = \"https://connect.getseam.com\"",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(Command::new("list").about("Show every profile (tokens masked)"))
        .subcommand(
            Command::new("get")
                .about("Print one value of the profile (a token masked)")
                .arg(key()),
        )
        .subcommand(
            Command::new("set")
                .about("Set one value of the profile (not the token: use `seam login`)")
                .arg(key())
                .arg(
                    Arg::new("value")
                        .value_name("VALUE")
                        .required(true)
                        .help("The new value"),
                ),
        )
        .subcommand(
            Command::new("unset")
                .about("Remove one value from the profile")
                .arg(key()),
        )
        .subcommand(Command::new("path").about("Print the path of the config file"))
        .subcommand(
            Command::new("use")
                .about("Make PROFILE the default profile")
                .arg(
                    Arg::new("profile_name")
                        .value_name("PROFILE")
                        .required(true)
                        .help("A profile of the config file"),
                ),
        )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Token,
    WorkspaceId,
    Endpoint,
    Format,
    DefaultProfile,
}

fn key(m: &ArgMatches) -> Result<Key, CliError> {
    let raw = m.get_one::<String>("key").map(String::as_str).unwrap_or("");
    match raw.trim().replace('-', "_").as_str() {
        "token" => Ok(Key::Token),
        "workspace_id" | "workspace" => Ok(Key::WorkspaceId),
        "endpoint" => Ok(Key::Endpoint),
        "format" => Ok(Key::Format),
        "default_profile" => Ok(Key::DefaultProfile),
        _ => Err(CliError::usage(format!(
            "unknown config key '{}': expected one of {KEYS}",
            raw.escape_debug()
        ))),
    }
}

pub fn run(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    match m.subcommand() {
        Some(("list", _)) => list(ctx),
        Some(("get", m)) => get(ctx, key(m)?),
        Some(("set", m)) => {
            let value = m.get_one::<String>("value").cloned().unwrap_or_default();
            set(ctx, key(m)?, value.trim())
        }
        Some(("unset", m)) => unset(ctx, key(m)?),
        Some(("path", _)) => {
            let path = cfg::config_path()?;
            ctx.printer.data(&format!("{}\n", path.display()))?;
            ctx.printer.flush()
        }
        Some(("use", m)) => {
            let name = m
                .get_one::<String>("profile_name")
                .cloned()
                .unwrap_or_default();
            set(ctx, Key::DefaultProfile, name.trim())
        }
        _ => Err(CliError::usage(
            "missing subcommand; see `seam config --help`",
        )),
    }
}

fn masked(p: &cfg::Profile) -> Option<String> {
    p.token.as_ref().map(|t| t.masked())
}

fn list_json(file: &ConfigFile, path: &str, exists: bool) -> Value {
    let mut profiles = Map::new();
    for (name, p) in &file.profiles {
        profiles.insert(
            name.clone(),
            json!({
                "token": masked(p),
                "token_kind": p.token.as_ref().map(|t| TokenKind::of(t.expose()).id()),
                "workspace_id": p.workspace_id,
                "endpoint": p.endpoint,
                "format": p.format,
            }),
        );
    }
    json!({
        "path": path,
        "exists": exists,
        "default_profile": file.default_name().0,
        "profiles": profiles,
    })
}

fn list_text(file: &ConfigFile) -> String {
    let q = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::new();
    if let Some(d) = &file.default_profile {
        out.push_str(&format!("default_profile = {}\n", q(d)));
    }
    let default = file.default_name().0;
    for (name, p) in &file.profiles {
        if !out.is_empty() {
            out.push('\n');
        }
        let mark = if *name == default {
            "  # the default"
        } else {
            ""
        };
        let bare = name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let key = if bare { name.clone() } else { q(name) };
        out.push_str(&format!("[profiles.{key}]{mark}\n"));
        if let Some(t) = &p.token {
            out.push_str(&format!(
                "token = {}  # {}, masked\n",
                q(&t.masked()),
                TokenKind::of(t.expose()).label()
            ));
        }
        if let Some(w) = &p.workspace_id {
            out.push_str(&format!("workspace_id = {}\n", q(w)));
        }
        if let Some(e) = &p.endpoint {
            out.push_str(&format!("endpoint = {}\n", q(e)));
        }
        if let Some(f) = &p.format {
            out.push_str(&format!("format = {}\n", q(f)));
        }
    }
    out
}

fn list(ctx: &Ctx) -> Result<(), CliError> {
    let loaded = ctx.load_config()?;
    let path = loaded.path.display().to_string();
    let p = &ctx.printer;
    match p.format() {
        Format::Csv | Format::Tsv => {
            crate::output::sink::record(p, &list_json(&loaded.file, &path, loaded.exists))?
        }
        Format::Table | Format::Wide => {
            if loaded.file.profiles.is_empty() && loaded.file.default_profile.is_none() {
                p.status(&format!(
                    "No profiles in {path}: run `seam login` to add one."
                ));
            } else {
                p.data(&list_text(&loaded.file))?;
            }
        }
        Format::Json => p.json_doc(&list_json(&loaded.file, &path, loaded.exists))?,
        Format::Ndjson => p.json_line(&list_json(&loaded.file, &path, loaded.exists))?,
    }
    p.flush()
}

/// The profile `get`/`set`/`unset` act on.
fn target(ctx: &Ctx, file: &ConfigFile) -> Result<String, CliError> {
    Ok(cfg::profile_name(&ctx.overrides(), &cfg::process_env, file)?.0)
}

fn get(ctx: &Ctx, key: Key) -> Result<(), CliError> {
    let loaded = ctx.load_config()?;
    let profile = target(ctx, &loaded.file)?;
    let stored = loaded.file.profiles.get(&profile);
    let value = match key {
        Key::Token => stored.and_then(masked),
        Key::WorkspaceId => stored.and_then(|p| p.workspace_id.clone()),
        Key::Endpoint => stored.and_then(|p| p.endpoint.clone()),
        Key::Format => stored.and_then(|p| p.format.clone()),
        Key::DefaultProfile => loaded.file.default_profile.clone(),
    };
    match value {
        Some(v) => ctx.printer.data(&format!("{v}\n"))?,
        None => ctx.printer.status(&match key {
            Key::DefaultProfile => {
                "default_profile is not set (the default profile is \"default\")".to_string()
            }
            _ => format!("not set in profile '{profile}'"),
        }),
    }
    ctx.printer.flush()
}

fn set(ctx: &Ctx, key: Key, value: &str) -> Result<(), CliError> {
    let path = cfg::config_path()?;
    let loaded = ctx.load_config()?;
    let profile = target(ctx, &loaded.file)?;
    match key {
        Key::Token => {
            return Err(CliError::usage_hint(
                "a token is not set on the command line (it would stay in your shell history and the process list)",
                "use `seam login` (hidden prompt), or pipe it: printf %s \"$TOKEN\" | seam login --with-token",
            ))
        }
        Key::WorkspaceId => cfg::check_workspace_id(value, "seam config set")?,
        Key::Endpoint => cfg::check_endpoint(value, "seam config set")?,
        Key::Format => {
            if crate::output::Format::parse(value).is_none() {
                return Err(CliError::usage(format!(
                    "invalid format '{}' (seam config set): expected one of: {}",
                    value.escape_debug(),
                    crate::output::Format::NAMES.join(", ")
                )));
            }
        }
        Key::DefaultProfile => {
            cfg::check_profile_name(value, "seam config use")?;
            if !loaded.file.profiles.contains_key(value) {
                let known: Vec<&str> = loaded.file.profiles.keys().map(String::as_str).collect();
                return Err(CliError::usage_hint(
                    format!("no profile '{value}' in {}", loaded.path.display()),
                    if known.is_empty() {
                        format!("create it with `seam login --profile {value}`")
                    } else {
                        format!(
                            "profiles: {}; create one with `seam login --profile {value}`",
                            known.join(", ")
                        )
                    },
                ));
            }
        }
    }
    let what = match key {
        Key::DefaultProfile => format!("Set the default profile to '{value}'"),
        Key::WorkspaceId => format!("Set workspace_id of profile '{profile}' to {value}"),
        Key::Format => format!("Set format of profile '{profile}' to {value}"),
        _ => format!("Set endpoint of profile '{profile}' to {value}"),
    };
    if ctx.globals.dry_run {
        ctx.printer.status(&format!("dry run: not saved: {what}"));
        return Ok(());
    }
    let value = value.to_string();
    cfg::update(&path, |file| {
        match key {
            Key::DefaultProfile => file.default_profile = Some(value.clone()),
            Key::WorkspaceId => {
                file.profiles
                    .entry(profile.clone())
                    .or_default()
                    .workspace_id = Some(value.clone())
            }
            Key::Endpoint => {
                file.profiles.entry(profile.clone()).or_default().endpoint = Some(value.clone())
            }
            Key::Format => {
                file.profiles.entry(profile.clone()).or_default().format = Some(value.clone())
            }
            Key::Token => {}
        }
        Ok(())
    })?;
    ctx.printer.status(&what);
    Ok(())
}

fn unset(ctx: &Ctx, key: Key) -> Result<(), CliError> {
    let path = cfg::config_path()?;
    let loaded = ctx.load_config()?;
    let profile = target(ctx, &loaded.file)?;
    let name = match key {
        Key::Token => "token",
        Key::WorkspaceId => "workspace_id",
        Key::Endpoint => "endpoint",
        Key::Format => "format",
        Key::DefaultProfile => "default_profile",
    };
    let stored = loaded.file.profiles.get(&profile);
    let present = match key {
        Key::Token => stored.is_some_and(|p| p.token.is_some()),
        Key::WorkspaceId => stored.is_some_and(|p| p.workspace_id.is_some()),
        Key::Endpoint => stored.is_some_and(|p| p.endpoint.is_some()),
        Key::Format => stored.is_some_and(|p| p.format.is_some()),
        Key::DefaultProfile => loaded.file.default_profile.is_some(),
    };
    if !present {
        ctx.printer.status(&match key {
            Key::DefaultProfile => "default_profile was not set".to_string(),
            _ => format!("{name} was not set in profile '{profile}'"),
        });
        return Ok(());
    }
    if ctx.globals.dry_run {
        ctx.printer
            .status(&format!("dry run: would remove {name} (not saved)"));
        return Ok(());
    }
    let removed = cfg::update(&path, |file| {
        if key == Key::DefaultProfile {
            return Ok(file.default_profile.take().is_some());
        }
        let Some(p) = file.profiles.get_mut(&profile) else {
            return Ok(false);
        };
        let had = match key {
            Key::Token => p.token.take().is_some(),
            Key::WorkspaceId => p.workspace_id.take().is_some(),
            Key::Format => p.format.take().is_some(),
            _ => p.endpoint.take().is_some(),
        };
        if p.is_empty() {
            file.profiles.remove(&profile);
            if file.default_profile.as_deref() == Some(profile.as_str()) {
                file.default_profile = None;
            }
        }
        Ok(had)
    })?;
    let p = &ctx.printer;
    match (removed, key) {
        (true, Key::DefaultProfile) => p.status("Removed default_profile"),
        (true, _) => p.status(&format!("Removed {name} from profile '{profile}'")),
        (false, Key::DefaultProfile) => p.status("default_profile was not set"),
        (false, _) => p.status(&format!("{name} was not set in profile '{profile}'")),
    }
    Ok(())
}
