//! The hand-written commands (login, logout, whoami, config, completion), one file each. The
//! verbs of the spec layer run through [`crate::exec`] instead.

pub mod completion;
pub mod config;
pub mod help;
pub mod login;
pub mod logout;
pub mod whoami;

use crate::context::Ctx;
use crate::error::CliError;
use clap::ArgMatches;

pub async fn dispatch(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    match m.subcommand() {
        Some(("login", m)) => login::run(ctx, m).await,
        Some(("logout", m)) => logout::run(ctx, m),
        Some(("whoami", m)) => whoami::run(ctx, m),
        Some(("config", m)) => config::run(ctx, m),
        _ => Err(CliError::usage("unknown command; see `seam --help`")),
    }
}
