//! What every call of a verb goes through before and after the client: the request body
//! (stdin, `--data`, flags, checked by the verb's table), the confirmation of destructive verbs,
//! and the check that a 2xx answer holds what the verb promises. Single calls, `--all` and bulk
//! runs share these.

use super::Invocation;
use crate::context::Ctx;
use crate::error::CliError;
use crate::input;
use crate::output;
use crate::spec::body::{self, Invalid};
use crate::spec::params::{Now, Origin};
use crate::spec::Verb;
use serde_json::{Map, Value};

impl From<Invalid> for CliError {
    fn from(e: Invalid) -> Self {
        CliError::usage(e.0)
    }
}

/// `--data`, then the flags (flags win): the values a bulk run shares between its records, and
/// the top layers of a single call's body. `now`: the clock of relative times (None: refused).
pub fn given_values(inv: &Invocation, now: Now) -> Result<Map<String, Value>, CliError> {
    let mut body = Map::new();
    if let Some(d) = &inv.data {
        let obj = input::data_arg(d)?;
        body::merge_object(inv.verb, &mut body, &obj, &Origin::Json("--data"), now)?;
    }
    for (p, values) in &inv.flags {
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        body::merge_flag(&mut body, p, &values, now)?;
    }
    Ok(body)
}

/// The request body: stdin JSON, then `--data`, then flags (each wins over the one before),
/// checked as a whole.
pub fn build_body(ctx: &Ctx, inv: &Invocation) -> Result<Map<String, Value>, CliError> {
    let body = collect_body(ctx, inv)?;
    body::check(inv.verb, &body, &Origin::Flag)?;
    Ok(body)
}

/// The body as given, each value checked, before the checks of the whole (required, rules):
/// interactive mode asks for what is missing in between.
pub fn collect_body(ctx: &Ctx, inv: &Invocation) -> Result<Map<String, Value>, CliError> {
    let mut body = Map::new();
    if inv.data.as_deref() != Some("@-") {
        let destructive = inv.verb.confirm.is_some();
        if let Some(obj) = input::implicit_stdin(&ctx.printer, destructive)? {
            body::merge_object(
                inv.verb,
                &mut body,
                &obj,
                &Origin::Json("stdin"),
                Some(ctx.now()),
            )?;
        }
    }
    body.extend(given_values(inv, Some(ctx.now()))?);
    Ok(body)
}

/// Whether a destructive verb asks first: not with `--yes` or `--dry-run`, nor without a
/// terminal (scripts); on a terminal with prompts off (`--non-interactive`, CI) it cannot ask,
/// and without `--yes` nothing is sent (exit 2). One rule for one ID and for several.
pub fn must_ask(ctx: &Ctx, c: &crate::spec::Confirm) -> Result<bool, CliError> {
    if ctx.globals.yes || ctx.globals.dry_run || !output::can_prompt() {
        return Ok(false);
    }
    if crate::interact::prompts_off(&ctx.globals) {
        return Err(crate::interact::needs_yes(c.action, c.noun));
    }
    Ok(true)
}

/// Destructive verbs ask first when a person is at a terminal.
pub fn confirm(ctx: &Ctx, verb: &Verb, body: &Map<String, Value>) -> Result<(), CliError> {
    let Some(c) = &verb.confirm else {
        return Ok(());
    };
    if !must_ask(ctx, c)? {
        return Ok(());
    }
    let text = |k: &str| body.get(k).and_then(Value::as_str);
    let mut question = format!("{} {} {}", c.action, c.noun, text(c.target).unwrap_or("?"));
    if let Some((key, label)) = c.from {
        if let Some(v) = text(key) {
            question.push_str(&format!(" from {label} {v}"));
        }
    }
    question.push('?');
    if ctx.printer.confirm(&question) {
        Ok(())
    } else {
        Err(CliError::cancelled())
    }
}

/// Checks that a 2xx body holds what the verb promises.
pub fn check_response(verb: &Verb, body: &Value, request_id: Option<&str>) -> Result<(), CliError> {
    let bad = |what: String| CliError::BadResponse {
        message: format!("unexpected response from {}: {what}", verb.path()),
        request_id: request_id.map(str::to_string),
        change: verb.changes(),
    };
    if !body.is_object() {
        return Err(bad("the body is not a JSON object".into()));
    }
    let Some(key) = verb.response.key() else {
        return Ok(());
    };
    if body.get(key).is_none() && verb.answer_optional {
        return Ok(());
    }
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(bad(format!("the body is empty (no \"{key}\")")));
    }
    match (body.get(key), verb.response.is_list()) {
        (Some(Value::Object(_)), false) | (Some(Value::Array(_)), true) => Ok(()),
        (None, _) => Err(bad(format!("no \"{key}\" in the body"))),
        (Some(_), _) => Err(bad(format!("\"{key}\" has the wrong type"))),
    }
}
