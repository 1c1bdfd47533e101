//! Command dispatch. Each leaf lives in its own file.

pub mod acs;
pub mod config;
pub mod login;
pub mod logout;
pub mod whoami;

use crate::context::Ctx;
use crate::error::CliError;
use clap::ArgMatches;

pub async fn dispatch(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    match m.subcommand() {
        Some(("acs", m)) => acs::dispatch(ctx, m).await,
        Some(("login", m)) => login::run(ctx, m).await,
        Some(("logout", m)) => logout::run(ctx, m),
        Some(("whoami", m)) => whoami::run(ctx, m),
        Some(("config", m)) => config::run(ctx, m),
        Some(("completion", m)) => crate::generate::run_completion(ctx, m),
        Some((crate::generate::GENERATE, m)) => crate::generate::run_generate(ctx, m),
        _ => Err(CliError::usage("unknown command; see `seam --help`")),
    }
}
