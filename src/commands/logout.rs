//! `seam logout`: remove a profile's token from the config file.

use crate::config;
use crate::context::Ctx;
use crate::error::CliError;
use clap::{ArgMatches, Command};

pub fn command() -> Command {
    Command::new("logout")
        .about("Remove the token of a profile from the config file")
        .long_about(
            "Remove the token of a profile (--profile, else SEAM_PROFILE, else the default \
             profile) from the config file. The profile's workspace and endpoint stay; a profile \
             left empty is removed. Logging out of a profile with no token is not an error.\n\n\
             Tokens in environment variables (SEAM_API_KEY, ...) are not touched: unset them \
             in your shell.",
        )
        .after_help("Examples:\n  $ seam logout\n  $ seam logout --profile sandbox")
}

pub fn run(ctx: &Ctx, _m: &ArgMatches) -> Result<(), CliError> {
    let path = config::config_path()?;
    let loaded = ctx.load_config()?;
    let env = &config::process_env;
    let (profile, _, _) = config::profile_name(&ctx.overrides(), env, &loaded.file)?;
    let has_token = loaded
        .file
        .profiles
        .get(&profile)
        .is_some_and(|p| p.token.is_some());
    let p = &ctx.printer;
    if !has_token {
        p.status(&format!(
            "Profile '{profile}' has no saved token: nothing to do."
        ));
    } else if ctx.globals.dry_run {
        p.status(&format!(
            "dry run: would remove the token of profile '{profile}' from {}",
            path.display()
        ));
        return Ok(());
    } else {
        let removed = config::update(&path, |cfg| {
            let Some(prof) = cfg.profiles.get_mut(&profile) else {
                return Ok(false);
            };
            let had = prof.token.take().is_some();
            if prof.is_empty() {
                cfg.profiles.remove(&profile);
                if cfg.default_profile.as_deref() == Some(profile.as_str()) {
                    cfg.default_profile = None;
                }
            }
            Ok(had)
        })?;
        if removed {
            p.status(&format!(
                "Logged out: removed the token of profile '{profile}' from {}",
                path.display()
            ));
        } else {
            p.status(&format!(
                "Profile '{profile}' has no saved token: nothing to do."
            ));
        }
    }
    let set = config::env_tokens_set(env);
    if !set.is_empty() {
        p.hint(&format!(
            "{} is still set in this environment, and the CLI will keep using it",
            set.join(", ")
        ));
    }
    Ok(())
}
