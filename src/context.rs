//! One context per run: the printer (all output) and the resolved global options.

use crate::api::{Client, ClientSettings, DEFAULT_MAX_RESPONSE_BYTES};
use crate::config;
use crate::error::CliError;
use crate::globals::Globals;
use crate::output::{self, Format, Printer, Style};
use crate::secret::Secret;
use std::sync::Arc;

pub struct Ctx {
    pub printer: Arc<Printer>,
    pub globals: Globals,
}

fn env_nonempty(name: &str) -> Option<String> {
    crate::env::var(name)
}

/// The chosen profile's `format`, if it sets a valid one. Read leniently: a config file that
/// cannot be read is reported by the commands that need it, not here.
fn profile_format(globals: &Globals) -> Option<Format> {
    let loaded = config::load(&config::config_path().ok()?).ok()?;
    let overrides = config::Overrides {
        profile: globals.profile.clone(),
        workspace_id: None,
        endpoint: None,
    };
    let (name, _, _) = config::profile_name(&overrides, &config::process_env, &loaded.file).ok()?;
    Format::parse(loaded.file.profiles.get(&name)?.format.as_deref()?)
}

impl Ctx {
    /// "Now": the clock of relative times (`--ends-at +7d`) and of the derived credential
    /// state; `SEAM_NOW` sets it for tests.
    pub fn now(&self) -> jiff::Timestamp {
        self.printer.style().now
    }

    pub fn new(globals: Globals) -> Result<Ctx, CliError> {
        let stdout_tty = output::stdout_is_terminal();
        // Checked first: a bad expression stops the run before anything is sent.
        let jq = match &globals.jq {
            Some(code) => Some(output::jq::Jq::compile(code, globals.raw_output)?),
            None => None,
        };
        let format = match globals.format {
            Some(f) => f,
            None => match env_nonempty("SEAM_FORMAT") {
                Some(f) => Format::parse(&f).ok_or_else(|| {
                    CliError::usage(format!(
                        "invalid value '{f}' for SEAM_FORMAT: expected one of: {}",
                        Format::NAMES.join(", ")
                    ))
                })?,
                None => match profile_format(&globals) {
                    Some(f) => f,
                    None if stdout_tty => Format::Table,
                    None => Format::Json,
                },
            },
        };
        // `--jq` filters JSON: ndjson stays (the filter runs per line), anything else is JSON.
        let format = match (&jq, format) {
            (Some(_), Format::Ndjson) => Format::Ndjson,
            (Some(_), _) => Format::Json,
            (None, f) => f,
        };
        // Each stream is coloured only if it is a terminal (or --color always).
        let stderr_tty = output::stderr_is_terminal();
        let color_for = |tty: bool| match globals.color.as_deref() {
            Some("always") => true,
            Some("never") => false,
            _ => env_nonempty("NO_COLOR").is_none() && tty,
        };
        let (color, color_stderr) = (color_for(stdout_tty), color_for(stderr_tty));
        let width = env_nonempty("COLUMNS")
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|w| *w >= 20)
            .or_else(output::terminal_width);
        let now = match env_nonempty("SEAM_NOW") {
            Some(t) => crate::spec::params::parse_timestamp(&t).ok_or_else(|| {
                CliError::usage(format!(
                    "invalid SEAM_NOW '{t}': expected an RFC 3339 timestamp"
                ))
            })?,
            None => jiff::Timestamp::now(),
        };
        let style = Style {
            format,
            color,
            color_stderr,
            quiet: globals.quiet,
            verbose: globals.verbose,
            width,
            columns: globals.columns.clone(),
            pager: stdout_tty && !globals.no_pager,
            stdout_tty,
            now,
            stderr_tty,
        };
        Ok(Ctx {
            printer: Arc::new(Printer::new(style).with_jq(jq)),
            globals,
        })
    }

    /// The flag values that bear on token, workspace and endpoint resolution.
    pub fn overrides(&self) -> config::Overrides {
        config::Overrides {
            profile: self.globals.profile.clone(),
            workspace_id: self.globals.workspace_id.clone(),
            endpoint: self.globals.endpoint.clone(),
        }
    }

    /// Reads the config file (missing = empty) and says its warnings on stderr.
    pub fn load_config(&self) -> Result<config::Loaded, CliError> {
        let loaded = config::load(&config::config_path()?)?;
        for w in &loaded.warnings {
            self.printer.warn(w);
        }
        Ok(loaded)
    }

    /// Token, workspace and endpoint with their sources, and the config file they came from.
    pub fn resolve(&self) -> Result<(config::Resolved, config::Loaded), CliError> {
        let loaded = self.load_config()?;
        let resolved = config::resolve(&self.overrides(), &config::process_env, &loaded.file)?;
        Ok((resolved, loaded))
    }

    /// The HTTP client, with token, workspace and endpoint resolved. Built once per run.
    pub fn client(&self) -> Result<Client, CliError> {
        let (resolved, loaded) = self.resolve()?;
        if self.globals.verbose {
            let p = &self.printer;
            p.trace(&format!(
                "* profile {} (from {})",
                resolved.profile, resolved.profile_source
            ));
            p.trace(&format!(
                "* endpoint {} (from {})",
                crate::api::shown_endpoint(&resolved.endpoint.0),
                resolved.endpoint.1
            ));
            match (&resolved.token, resolved.kind()) {
                (Some((t, src)), Some(kind)) => p.trace(&format!(
                    "* token {} ({}, from {src})",
                    t.masked(),
                    kind.label()
                )),
                _ => p.trace("* no token found"),
            }
            match (&resolved.workspace_id, resolved.sent_workspace()) {
                (Some((w, src)), Some(_)) => p.trace(&format!(
                    "* workspace {w} (from {src}), sent as seam-workspace"
                )),
                (Some((w, src)), None) => p.trace(&format!(
                    "* workspace {w} (from {src}) not sent: an API key belongs to one workspace"
                )),
                (None, _) => {}
            }
            for n in &resolved.notes {
                p.trace(&format!("* {n}"));
            }
        }
        resolved.check(&loaded.path)?;
        let hints = resolved.missing_token_hints(&loaded.path);
        let workspace = resolved.sent_workspace().map(str::to_string);
        self.client_with(
            resolved.endpoint.0,
            resolved.token.map(|(t, _)| t),
            workspace,
            hints,
        )
    }

    /// A client for exactly these settings (`seam login` checks a token not yet saved).
    pub fn client_with(
        &self,
        endpoint: String,
        token: Option<Secret>,
        workspace_id: Option<String>,
        missing_token_hint: Vec<String>,
    ) -> Result<Client, CliError> {
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
            endpoint,
            token,
            workspace_id,
            timeout: self.globals.timeout,
            max_retries: self.globals.max_retries,
            extra_headers: self.globals.headers.clone(),
            dry_run: self.globals.dry_run,
            max_response_bytes,
            missing_token_hint,
        };
        Client::new(settings, self.printer.clone())
    }
}
