//! `seam`: a command-line client for Seam access-control credentials.
#![deny(clippy::print_stdout, clippy::print_stderr)]
// Errors are the cold path; a large `CliError` costs nothing that matters here.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod body;
pub mod bulk;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod error;
pub mod generate;
pub mod input;
pub mod lockfile;
pub mod output;
pub mod params;
pub mod secret;
pub mod signals;

use error::{exit, CliError};
use std::ffi::OsString;

/// Runs the CLI on `args` and returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    // The hidden `__generate` is left out of cli::command(), so completions and docs omit it.
    let cmd = cli::command().subcommand(generate::generate_command());
    let matches = match cmd.try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    let globals = match cli::Globals::from_matches(&matches) {
        Ok(g) => g,
        Err(e) => {
            output::err_line(&format!("error: {e}"));
            return e.exit_code();
        }
    };
    let ctx = match context::Ctx::new(globals) {
        Ok(c) => c,
        Err(e) => {
            output::err_line(&format!("error: {e}"));
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
            return exit::API;
        }
    };
    let result = runtime.block_on(commands::dispatch(&ctx, &matches));
    let result = result.and_then(|()| ctx.printer.flush());
    match result {
        Ok(()) => exit::OK,
        Err(CliError::BrokenPipe) => exit::OK,
        Err(e) => {
            let _ = ctx.printer.flush();
            ctx.printer.error(&e);
            e.exit_code()
        }
    }
}
