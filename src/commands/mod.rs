//! Command dispatch. Each leaf lives in its own file.

pub mod acs;

use crate::context::Ctx;
use crate::error::CliError;
use clap::ArgMatches;

pub async fn dispatch(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    match m.subcommand() {
        Some(("acs", m)) => acs::dispatch(ctx, m).await,
        Some(("completion", m)) => crate::generate::run_completion(ctx, m),
        Some((crate::generate::GENERATE, m)) => crate::generate::run_generate(ctx, m),
        _ => Err(CliError::usage("unknown command; see `seam --help`")),
    }
}
