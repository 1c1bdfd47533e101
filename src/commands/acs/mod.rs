pub mod credentials;

use crate::context::Ctx;
use crate::error::CliError;
use clap::ArgMatches;

pub async fn dispatch(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    match m.subcommand() {
        Some(("credentials", m)) => match m.subcommand() {
            Some((name, vm)) => match credentials::find(name) {
                Some(verb) => credentials::run::run(ctx, verb, vm).await,
                None => Err(CliError::usage(format!("unknown verb '{name}'"))),
            },
            None => Err(CliError::usage(
                "missing verb; see `seam acs credentials --help`",
            )),
        },
        _ => Err(CliError::usage("unknown command; see `seam acs --help`")),
    }
}
