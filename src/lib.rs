//! `seam`: a command-line client for Seam access-control credentials.
#![deny(clippy::print_stdout, clippy::print_stderr)]
// Errors are the cold path; a large `CliError` costs nothing that matters here.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod env;
pub mod error;
pub mod exec;
pub mod globals;
pub mod input;
pub mod interact;
pub mod lockfile;
pub mod output;
pub mod secret;
pub mod signals;
pub mod spec;

use error::{exit, CliError};
use std::ffi::OsString;

/// Colour for clap's own messages (usage errors, help), decided before clap parses: the last
/// `--color never|always` (or `--color=...`) before a `--`, else a non-empty `NO_COLOR` turns
/// it off, else clap's own terminal check.
fn clap_color(args: &[OsString], no_color: Option<OsString>) -> clap::ColorChoice {
    let mut choice = None;
    let mut it = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    while let Some(a) = it.next() {
        let value = match a {
            "--" => break,
            "--color" => it.next().unwrap_or(""),
            _ => a.strip_prefix("--color=").unwrap_or(""),
        };
        match value {
            "never" => choice = Some(clap::ColorChoice::Never),
            "always" => choice = Some(clap::ColorChoice::Always),
            "auto" => choice = None,
            _ => {}
        }
    }
    match choice {
        Some(c) => c,
        None if no_color.is_some_and(|v| !v.is_empty()) => clap::ColorChoice::Never,
        None => clap::ColorChoice::Auto,
    }
}

/// Runs the CLI on `args` and returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    // Before anything reads a variable: one set to non-UTF-8 text is an error, not "unset".
    if let Err(e) = env::check() {
        output::report(&e, false);
        return e.exit_code();
    }
    // `seam`, `seam acs`, `seam acs credentials` alone on a terminal: pick the command.
    let args = match interact::choose_command(cli::command(), &args) {
        Ok(Some(picked)) => picked,
        Ok(None) => args,
        Err(e) => {
            output::report(&e, false);
            return e.exit_code();
        }
    };
    let cmd = cli::command().color(clap_color(&args, env::var("NO_COLOR").map(OsString::from)));
    let matches = match cmd.try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    let globals = match globals::Globals::from_matches(&matches) {
        Ok(g) => g,
        Err(e) => {
            output::report(&e, false);
            return e.exit_code();
        }
    };
    let ctx = match context::Ctx::new(globals) {
        Ok(c) => c,
        Err(e) => {
            output::report(&e, false);
            return e.exit_code();
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            output::err_line(&format!("error: cannot start the async runtime: {e}"));
            return exit::LOCAL;
        }
    };
    let result = runtime.block_on(dispatch(&ctx, &matches));
    let result = result.and_then(|()| ctx.printer.finish());
    match result {
        Ok(()) => exit::OK,
        Err(CliError::BrokenPipe) => exit::OK,
        Err(e) => {
            let _ = ctx.printer.finish();
            ctx.printer.error(&e);
            e.exit_code()
        }
    }
}

/// Runs the command `m` names: a verb of the spec layer through the executor, else one of the
/// hand-written commands.
async fn dispatch(ctx: &context::Ctx, m: &clap::ArgMatches) -> Result<(), CliError> {
    let mut words = Vec::new();
    let mut leaf = m;
    while let Some((name, sub)) = leaf.subcommand() {
        words.push(name);
        leaf = sub;
    }
    if let Some(verb) = spec::find_verb(&words) {
        return exec::run(ctx, &cli::verb::invocation(verb, leaf)).await;
    }
    match m.subcommand() {
        Some(("completion", sub)) => commands::completion::run(ctx, sub, cli::command()),
        Some(("help", sub)) => commands::help::run(ctx, sub, cli::command()),
        _ => commands::dispatch(ctx, m).await,
    }
}

#[cfg(test)]
mod tests {
    use super::clap_color;
    use clap::ColorChoice::*;
    use std::ffi::OsString;

    fn argv(s: &str) -> Vec<OsString> {
        s.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn clap_colour_follows_color_flag_then_no_color() {
        assert_eq!(clap_color(&argv("seam --color never x"), None), Never);
        assert_eq!(
            clap_color(&argv("seam x --color=always"), Some("1".into())),
            Always
        );
        assert_eq!(clap_color(&argv("seam x"), Some("1".into())), Never);
        assert_eq!(clap_color(&argv("seam x"), Some("".into())), Auto);
        assert_eq!(
            clap_color(&argv("seam --color never --color auto"), None),
            Auto
        );
        assert_eq!(clap_color(&argv("seam -- --color never"), None), Auto);
    }
}
