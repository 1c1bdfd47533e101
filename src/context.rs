//! One context per run: the printer (all output) and the resolved global options.

use crate::api::{Client, ClientSettings, DEFAULT_MAX_RESPONSE_BYTES};
use crate::cli::Globals;
use crate::config;
use crate::error::CliError;
use crate::output::{self, Format, Printer, Style};
use std::sync::Arc;

pub struct Ctx {
    pub printer: Arc<Printer>,
    pub globals: Globals,
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Ctx {
    pub fn new(globals: Globals) -> Result<Ctx, CliError> {
        let stdout_tty = output::stdout_is_terminal();
        let format = match globals.format {
            Some(f) => f,
            None => match env_nonempty("SEAM_FORMAT") {
                Some(f) => Format::parse(&f).ok_or_else(|| {
                    CliError::usage(format!(
                        "invalid value '{f}' for SEAM_FORMAT: expected one of: table, json, ndjson"
                    ))
                })?,
                None if stdout_tty => Format::Table,
                None => Format::Json,
            },
        };
        let color = match globals.color.as_deref() {
            Some("always") => true,
            Some("never") => false,
            _ => env_nonempty("NO_COLOR").is_none() && stdout_tty,
        };
        let width = env_nonempty("COLUMNS")
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|w| *w >= 20);
        let now = match env_nonempty("SEAM_NOW") {
            Some(t) => crate::params::parse_timestamp(&t).ok_or_else(|| {
                CliError::usage(format!(
                    "invalid SEAM_NOW '{t}': expected an RFC 3339 timestamp"
                ))
            })?,
            None => jiff::Timestamp::now(),
        };
        let style = Style {
            format,
            color,
            quiet: globals.quiet,
            verbose: globals.verbose,
            width,
            now,
            stderr_tty: output::stderr_is_terminal(),
        };
        Ok(Ctx {
            printer: Arc::new(Printer::new(style)),
            globals,
        })
    }

    /// The HTTP client, with token and endpoint resolved. Built once per run.
    pub fn client(&self) -> Result<Client, CliError> {
        let resolved = config::resolve(&config::Overrides {
            endpoint: self.globals.endpoint.clone(),
        })?;
        if self.globals.verbose {
            self.printer.trace(&format!(
                "* endpoint {} (from {})",
                resolved.endpoint.0, resolved.endpoint.1
            ));
            match &resolved.token {
                Some((t, src)) => self
                    .printer
                    .trace(&format!("* token {} (from {src})", t.masked())),
                None => self.printer.trace("* no token found"),
            }
        }
        let max_response_bytes = match env_nonempty("SEAM_MAX_RESPONSE_BYTES") {
            None => DEFAULT_MAX_RESPONSE_BYTES,
            Some(v) => v
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| {
                    CliError::usage(format!(
                        "invalid SEAM_MAX_RESPONSE_BYTES '{v}': expected a number of bytes above 0"
                    ))
                })?,
        };
        let settings = ClientSettings {
            endpoint: resolved.endpoint.0,
            token: resolved.token.map(|(t, _)| t),
            workspace_id: None,
            timeout: self.globals.timeout,
            max_retries: self.globals.max_retries,
            extra_headers: self.globals.headers.clone(),
            dry_run: self.globals.dry_run,
            max_response_bytes,
            missing_token_hint: config::missing_token_hints(),
        };
        Client::new(settings, self.printer.clone())
    }
}
