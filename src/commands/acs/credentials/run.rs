//! What every credentials verb does: build and check the body, confirm if destructive, send it
//! through the one client, check the response's shape, and render it.

use super::{with_entrances, Response, Verb};
use crate::api::RetryPolicy;
use crate::body::{self, Invalid};
use crate::context::Ctx;
use crate::error::CliError;
use crate::input;
use crate::output::{self, Format};
use crate::params::Origin;
use clap::ArgMatches;
use serde_json::{Map, Value};

impl From<Invalid> for CliError {
    fn from(e: Invalid) -> Self {
        CliError::usage(e.0)
    }
}

pub fn policy(verb: &Verb) -> RetryPolicy {
    if verb.idempotent {
        RetryPolicy::Read
    } else {
        RetryPolicy::Write
    }
}

/// The request body: stdin JSON, then `--data`, then flags (each wins over the one before).
pub fn build_body(ctx: &Ctx, verb: &Verb, m: &ArgMatches) -> Result<Map<String, Value>, CliError> {
    let mut body = Map::new();
    let data = m.get_one::<String>("data");
    if data.map(String::as_str) != Some("@-") {
        let trace = |s: &str| ctx.printer.trace(s);
        if let Some(obj) = input::implicit_stdin(&trace)? {
            body::merge_object(verb, &mut body, &obj, &Origin::Json("stdin"))?;
        }
    }
    if let Some(d) = data {
        let obj = input::data_arg(d)?;
        body::merge_object(verb, &mut body, &obj, &Origin::Json("--data"))?;
    }
    for p in verb.params {
        if let Some(values) = m.get_many::<String>(p.name) {
            let values: Vec<&str> = values.map(String::as_str).collect();
            body::merge_flag(&mut body, p, &values)?;
        }
    }
    body::check(verb, &body, &Origin::Flag)?;
    Ok(body)
}

/// Destructive verbs ask first when a person is at a terminal.
pub fn confirm(ctx: &Ctx, verb: &Verb, body: &Map<String, Value>) -> Result<(), CliError> {
    let Some(what) = verb.confirm else {
        return Ok(());
    };
    if ctx.globals.yes || ctx.globals.dry_run {
        return Ok(());
    }
    if !(output::stdin_is_terminal() && output::stderr_is_terminal()) {
        return Ok(());
    }
    let id = body
        .get("acs_credential_id")
        .and_then(Value::as_str)
        .unwrap_or("?");
    // Unassign names the user it takes the credential from.
    let from = match (verb.name, body.get("acs_user_id").and_then(Value::as_str)) {
        ("unassign", Some(user)) => format!(" from ACS user {user}"),
        _ => String::new(),
    };
    if ctx
        .printer
        .confirm(&format!("{} {id}{from}?", capitalize(what)))
    {
        Ok(())
    } else {
        Err(CliError::usage_hint(
            "cancelled: nothing was sent",
            "pass --yes to skip this question",
        ))
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Checks that a 2xx body holds what the verb promises.
pub fn check_shape(verb: &Verb, body: &Value, request_id: Option<&str>) -> Result<(), CliError> {
    let bad = |what: String| CliError::BadResponse {
        message: format!("unexpected response from {}: {what}", verb.path()),
        request_id: request_id.map(str::to_string),
        change: !verb.idempotent,
    };
    if !body.is_object() {
        return Err(bad("the body is not a JSON object".into()));
    }
    let Some(key) = verb.response.key() else {
        return Ok(());
    };
    if body.get(key).is_none() && verb.credential_is_optional() {
        return Ok(());
    }
    if body.as_object().is_some_and(|m| m.is_empty()) {
        return Err(bad(format!("the body is empty (no \"{key}\")")));
    }
    match (verb.response, body.get(key)) {
        (Response::Credential, Some(Value::Object(_))) => Ok(()),
        (Response::Credentials | Response::Entrances, Some(Value::Array(_))) => Ok(()),
        (_, None) => Err(bad(format!("no \"{key}\" in the body"))),
        (_, Some(_)) => Err(bad(format!("\"{key}\" has the wrong type"))),
    }
}

pub async fn run(ctx: &Ctx, verb: &'static Verb, m: &ArgMatches) -> Result<(), CliError> {
    if let Some(res) = verb.response.key().and_then(output::resources::for_key) {
        output::sink::check_columns(&ctx.printer, res)?;
    }
    if super::pages::wants_all(m) {
        return super::pages::run_all(ctx, verb, m).await;
    }
    if crate::bulk::wants_bulk(m) {
        return crate::bulk::run(ctx, verb, m).await;
    }
    let body = build_body(ctx, verb, m)?;
    confirm(ctx, verb, &body)?;
    let client = ctx.client()?;
    let request = Value::Object(body.clone());
    let work = async {
        let Some(mut reply) = client.call(&verb.path(), &request, policy(verb)).await? else {
            if with_entrances::wanted(m) {
                with_entrances::dry_run_note(ctx);
            }
            return Ok(None);
        };
        check_shape(verb, &reply.body, reply.request_id.as_deref())?;
        if with_entrances::wanted(m) {
            with_entrances::attach_to_body(ctx, &client, &mut reply.body).await?;
        }
        Ok::<_, CliError>(Some(reply))
    };
    // Ctrl-C (or SIGTERM, SIGHUP) while requests are out: stop waiting and exit 130 (143, 129). (The handler is installed as
    // the first request starts; before that, Ctrl-C ends the process at once, with nothing sent.)
    let reply = tokio::select! {
        biased;
        r = work => r?,
        code = crate::signals::stop_requested() => {
            return Err(CliError::Interrupted { code, in_flight: verb.confirm.is_some() || !verb.idempotent })
        }
    };
    let Some(reply) = reply else {
        return Ok(());
    };
    render(ctx, verb, &reply.body)?;
    after(ctx, verb, &body, &reply.body);
    Ok(())
}

/// Prints a response in the chosen format.
pub fn render(ctx: &Ctx, verb: &Verb, body: &Value) -> Result<(), CliError> {
    let p = &ctx.printer;
    let items = |key: &str| {
        body.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let resource = verb.response.key().and_then(output::resources::for_key);
    match (p.format(), verb.response, resource) {
        (Format::Json, _, _) => p.json_doc(&output::without_ok(body))?,
        (_, Response::Credential, Some(res)) => match body.get(res.singular) {
            Some(c) => output::sink::one(p, res, c)?,
            // assign/unassign/update answered without the credential: nothing more to say.
            None if p.format() == Format::Ndjson => p.json_line(&output::without_ok(body))?,
            None => {}
        },
        (_, Response::Credentials | Response::Entrances, Some(res)) => {
            output::sink::list(p, res, &items(res.plural))?
        }
        (Format::Ndjson, _, _) => p.json_line(&output::without_ok(body))?,
        _ => {}
    }
    p.flush()
}

/// Status lines and hints after a success.
fn after(ctx: &Ctx, verb: &Verb, sent: &Map<String, Value>, body: &Value) {
    let p = &ctx.printer;
    if verb.response == Response::Credentials {
        let pg = body.get("pagination");
        let more = pg
            .and_then(|g| g.get("has_next_page"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if let (true, Some(cursor)) = (
            more,
            pg.and_then(|g| g.get("next_page_cursor"))
                .and_then(Value::as_str),
        ) {
            p.hint(&format!(
                "more credentials: pass --page-cursor {} for the next page",
                crate::output::one_line_safe(&crate::api::sh_quote(cursor))
            ));
        }
        return;
    }
    if !p.stderr_is_terminal() {
        return;
    }
    let id = body
        .get("acs_credential")
        .and_then(|c| c.get("acs_credential_id"))
        .or_else(|| sent.get("acs_credential_id"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let done = match verb.name {
        "create" => "Created",
        "update" => "Updated",
        "assign" => "Assigned",
        "unassign" => "Unassigned",
        "delete" => "Deleted",
        _ => return,
    };
    p.status(&format!("{done} credential {id}"));
}
