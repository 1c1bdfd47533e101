//! `seam whoami`: which profile, endpoint, workspace and token are in effect, and where each
//! came from. Local only: it sends nothing.

use crate::config::{Resolved, Source};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::Format;
use clap::{ArgMatches, Command};
use serde_json::{json, Value};

pub fn command() -> Command {
    Command::new("whoami")
        .about("Show the profile, endpoint, workspace and token in effect, and where each came from")
        .long_about(
            "Show the profile, endpoint, workspace and token kind in effect, and where each came \
             from (a flag, which environment variable, which profile of the config file). The \
             token is shown masked. Nothing is sent to the API.\n\n\
             Exits 3 when no usable token is found, so scripts can test `seam whoami`.",
        )
        .after_help(
            "Examples:\n  $ seam whoami\n  $ seam whoami --profile sandbox --json\n  $ SEAM_API_KEY=seam_... seam whoami",
        )
}

fn src(s: &Source) -> String {
    s.to_string()
}

pub fn report(r: &Resolved, path: &str, exists: bool) -> Value {
    let kind = r.kind();
    json!({
        "profile": {
            "name": r.profile,
            "source": src(&r.profile_source),
            "in_config_file": r.profile_exists,
        },
        "endpoint": {"value": crate::api::shown_endpoint(&r.endpoint.0), "source": src(&r.endpoint.1)},
        "workspace_id": {
            "value": r.workspace_id.as_ref().map(|(w, _)| w),
            "source": r.workspace_id.as_ref().map(|(_, s)| src(s)),
            "sent": r.sent_workspace().is_some(),
        },
        "token": {
            "masked": r.token.as_ref().map(|(t, _)| t.masked()),
            "kind": kind.map(|k| k.id()),
            "source": r.token.as_ref().map(|(_, s)| src(s)),
        },
        "config_file": {"path": path, "exists": exists},
        "notes": r.notes,
    })
}

fn text(r: &Resolved, path: &str, exists: bool) -> String {
    let mut rows: Vec<(&str, String)> = Vec::new();
    let in_file = if r.profile_exists {
        ""
    } else {
        ", not in the config file"
    };
    rows.push((
        "profile",
        format!("{} (from {}{in_file})", r.profile, r.profile_source),
    ));
    rows.push((
        "endpoint",
        format!(
            "{} (from {})",
            crate::api::shown_endpoint(&r.endpoint.0),
            r.endpoint.1
        ),
    ));
    let ws = match (&r.workspace_id, r.sent_workspace(), r.kind()) {
        (Some((w, s)), Some(_), _) => format!("{w} (from {s})"),
        (Some((w, s)), None, Some(_)) => {
            format!("{w} (from {s}; not sent: an API key belongs to one workspace)")
        }
        (Some((w, s)), None, None) => format!("{w} (from {s})"),
        (None, _, Some(k)) if k.needs_workspace() => "none (required for this token)".into(),
        (None, _, Some(crate::config::TokenKind::ApiKey)) => "the API key's own workspace".into(),
        (None, _, Some(_)) => "none (not sent with this token)".into(),
        (None, _, None) => "none".into(),
    };
    rows.push(("workspace", ws));
    match (&r.token, r.kind()) {
        (Some((t, s)), Some(k)) => {
            rows.push(("token", format!("{} (from {s})", t.masked())));
            rows.push(("token kind", k.label().to_string()));
        }
        _ => rows.push(("token", "none".into())),
    }
    let state = if exists { "" } else { " (not created yet)" };
    rows.push(("config file", format!("{path}{state}")));
    let mut out = String::new();
    for (k, v) in rows {
        out.push_str(&format!("{k:<12} {v}\n"));
    }
    for n in &r.notes {
        out.push_str(&format!("{:<12} {n}\n", "note"));
    }
    out
}

pub fn run(ctx: &Ctx, _m: &ArgMatches) -> Result<(), CliError> {
    let (r, loaded) = ctx.resolve()?;
    let path = loaded.path.display().to_string();
    match ctx.printer.format() {
        Format::Table | Format::Wide => ctx.printer.data(&text(&r, &path, loaded.exists))?,
        Format::Csv | Format::Tsv => {
            crate::output::sink::record(&ctx.printer, &report(&r, &path, loaded.exists))?
        }
        Format::Json => ctx.printer.json_doc(&report(&r, &path, loaded.exists))?,
        Format::Ndjson => ctx.printer.json_line(&report(&r, &path, loaded.exists))?,
    }
    ctx.printer.flush()?;
    r.check(&loaded.path)?;
    if r.token.is_none() {
        return Err(CliError::Auth {
            message: "not logged in: no API key or access token found".into(),
            hints: r.missing_token_hints(&loaded.path),
        });
    }
    Ok(())
}
