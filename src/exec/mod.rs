//! The executor: runs a verb of the spec layer. One call ([`single`]), every page of a list
//! ([`pages`]), with the entrances of each credential ([`with_entrances`]), or one call per
//! record of a file ([`bulk`]), all through the one client ([`crate::api`]) and printed by
//! [`crate::output`]. What a verb supports is read from its table, never from its name.

pub mod bulk;
pub mod many;
pub mod pages;
pub mod render;
pub mod request;
pub mod single;
pub mod wait;
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
    /// IDs given as arguments (verbs with `positional`).
    pub ids: Vec<String>,
    /// `--data`: a JSON object, `@file`, or `@-`.
    pub data: Option<String>,
    /// `--all` (paged verbs).
    pub all: bool,
    /// `--with-entrances`.
    pub with_entrances: bool,
    /// `--from-file` and its companions (bulk verbs).
    pub bulk: Option<BulkArgs>,
    /// `--wait` (verbs with `wait`).
    pub wait: Option<WaitArgs>,
    /// `--state` filters (verbs with `state_filter`): keep credentials in any of them.
    pub states: Vec<String>,
}

/// `--wait` and its companions.
#[derive(Debug, Clone, Copy)]
pub struct WaitArgs {
    pub timeout: std::time::Duration,
    pub interval: std::time::Duration,
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
    /// `--resume-elsewhere`: resume although the journal's run went to another target.
    pub resume_elsewhere: bool,
}

/// Runs one invocation: every page, a bulk run, several IDs, or one call. A failed call also
/// puts the API's `{"error": {...}}` on stdout when stdout is not a terminal (not for bulk runs
/// or several IDs: their result lines say it).
pub async fn run(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    if ctx.globals.interactive && (inv.all || inv.bulk.is_some()) {
        return Err(CliError::usage(
            "--interactive edits one request: it cannot be used with --all or --from-file",
        ));
    }
    // `--columns` is checked against the answer's resource before anything is sent.
    if let Some(key) = inv.verb.response.key() {
        crate::output::sink::check_columns(
            &ctx.printer,
            crate::output::resources::for_key_or_generic(key),
        )?;
    }
    if let Some(b) = &inv.bulk {
        if !inv.ids.is_empty() {
            return Err(CliError::usage(
                "give IDs as arguments or with --from-file, not both",
            ));
        }
        return bulk::run(ctx, inv, b).await;
    }
    if inv.ids.len() > 1 {
        return many::run(ctx, inv).await;
    }
    let one;
    let inv = match inv.ids.first() {
        Some(id) => {
            one = with_id(inv, id)?;
            &one
        }
        None => inv,
    };
    let result = if inv.all {
        pages::run_all(ctx, inv).await
    } else {
        single::run(ctx, inv).await
    };
    if let Err(CliError::Api(e)) = &result {
        ctx.printer.error_object(e);
    }
    result.map_err(|e| argument_hint(inv.verb, e))
}

/// A missing ID of a verb that takes it as an argument: say so.
fn argument_hint(verb: &Verb, e: CliError) -> CliError {
    let Some(param) = verb.positional.as_ref().and_then(|p| verb.param(p.param)) else {
        return e;
    };
    match e {
        CliError::Usage { message, mut hints }
            if message.starts_with(&format!("missing required --{}", param.flag())) =>
        {
            hints.push(format!(
                "give it as an argument: `{} ID`, or with --{}",
                verb.name,
                param.flag()
            ));
            CliError::Usage { message, hints }
        }
        other => other,
    }
}

/// The invocation with `id` (an argument) as the value of the verb's positional parameter.
/// Its flag may be given too, with the same value; a different one is an error.
pub fn with_id(inv: &Invocation, id: &str) -> Result<Invocation, CliError> {
    let Some(param) = inv
        .verb
        .positional
        .as_ref()
        .and_then(|p| inv.verb.param(p.param))
    else {
        return Err(CliError::usage(format!(
            "`{}` takes no arguments",
            inv.verb.name
        )));
    };
    let mut flags = Vec::with_capacity(inv.flags.len() + 1);
    for (p, values) in &inv.flags {
        if p.name == param.name {
            if values.iter().any(|v| v != id) {
                return Err(CliError::usage_hint(
                    format!(
                        "the ID was given twice, differently: {id} as an argument and {} with --{}",
                        values.join(", "),
                        param.flag()
                    ),
                    "give it once: as an argument, or with the flag",
                ));
            }
            continue;
        }
        flags.push((*p, values.clone()));
    }
    flags.push((param, vec![id.to_string()]));
    Ok(Invocation {
        verb: inv.verb,
        flags,
        ids: Vec::new(),
        data: inv.data.clone(),
        all: inv.all,
        with_entrances: inv.with_entrances,
        bulk: inv.bulk.clone(),
        wait: inv.wait,
        states: inv.states.clone(),
    })
}
