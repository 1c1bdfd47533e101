//! The executor: runs a verb of the spec layer. One call ([`single`]), every page of a list
//! ([`pages`]), with the entrances of each credential ([`with_entrances`]), or one call per
//! record of a file ([`bulk`]), all through the one client ([`crate::api`]) and printed by
//! [`crate::output`]. What a verb supports is read from its table, never from its name.

pub mod bulk;
pub mod pages;
pub mod render;
pub mod request;
pub mod single;
pub mod with_entrances;

use crate::context::Ctx;
use crate::error::CliError;
use crate::spec::params::Param;
use crate::spec::Verb;

/// One run of a verb, as the command line asked for it (see `cli::verb::invocation`).
#[derive(Debug)]
pub struct Invocation {
    pub verb: &'static Verb,
    /// The parameters given as flags, with every value given (in order).
    pub flags: Vec<(&'static Param, Vec<String>)>,
    /// `--data`: a JSON object, `@file`, or `@-`.
    pub data: Option<String>,
    /// `--all` (paged verbs).
    pub all: bool,
    /// `--with-entrances`.
    pub with_entrances: bool,
    /// `--from-file` and its companions (bulk verbs).
    pub bulk: Option<BulkArgs>,
}

/// The flags of a bulk run.
#[derive(Debug, Clone, Default)]
pub struct BulkArgs {
    pub from_file: String,
    /// None: `auto`.
    pub concurrency: Option<bulk::adaptive::Concurrency>,
    /// `--results FILE`.
    pub results: Option<String>,
    pub ignore_unknown_columns: bool,
    pub journal: Option<String>,
    pub no_journal: bool,
    pub resume: bool,
    pub retry_unknown: Option<String>,
}

/// Runs one invocation: every page, a bulk run, or one call.
pub async fn run(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    if inv.all {
        return pages::run_all(ctx, inv).await;
    }
    if let Some(b) = &inv.bulk {
        return bulk::run(ctx, inv, b).await;
    }
    single::run(ctx, inv).await
}
