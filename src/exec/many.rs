//! Several IDs as arguments (`get A B C`, `delete A B C`; verbs whose `positional` takes many):
//! one request per ID, in order, each reported like a record of a bulk run.
//!
//! - JSON and ndjson: one result line per ID, as bulk runs print them:
//!   `{"acs_credential_id": "...", "status": "ok", "acs_credential": {...}}`, or
//!   `"status": "error"` with an `error` object;
//! - table: each answer as a single call shows it; failures on stderr.
//!
//! A destructive verb asks once on a terminal, listing the IDs. Then a summary on stderr, and
//! exit 5 when some failed. A rejected token (or no token) stops the run: the IDs not sent get
//! `"status": "not_sent"`.

use super::request::{build_body, check_response};
use super::{render, with_entrances, with_id, Invocation};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::Format;
use crate::spec::body;
use crate::spec::params::Origin;
use serde_json::{json, Map, Value};

pub async fn run(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    let verb = inv.verb;
    let p = &*ctx.printer;
    let Some(param) = verb
        .positional
        .as_ref()
        .and_then(|pos| verb.param(pos.param))
    else {
        return Err(CliError::usage(format!("`{}` takes one ID", verb.name)));
    };
    // Every body is built and checked before anything is sent (stdin is read once).
    let first = inv.ids.first().map(String::as_str).unwrap_or_default();
    let base = build_body(ctx, &with_id(inv, first)?)?;
    let mut bodies = Vec::with_capacity(inv.ids.len());
    for id in &inv.ids {
        with_id(inv, id)?;
        let mut b = base.clone();
        body::merge_flag(&mut b, param, &[id.as_str()], Some(ctx.now()))?;
        body::check(verb, &b, &Origin::Flag)?;
        bodies.push((id.clone(), b));
    }
    confirm_all(ctx, inv)?;
    let client = ctx.client()?;
    let (mut ok, mut failed) = (0usize, 0usize);
    let mut stop: Option<CliError> = None;
    let table = p.format() == Format::Table;
    let work = async {
        for (n, (id, body)) in bodies.iter().enumerate() {
            let mut line = Map::new();
            line.insert(param.name.into(), json!(id));
            if stop.is_some() {
                if !table {
                    line.insert("status".into(), json!("not_sent"));
                    p.json_line(&Value::Object(line))?;
                }
                continue;
            }
            let sent = client
                .call(&verb.path(), &Value::Object(body.clone()), verb.effect)
                .await;
            let answer = match sent {
                Ok(None) => continue, // --dry-run: the request was shown
                Ok(Some(reply)) => {
                    check_response(verb, &reply.body, reply.request_id.as_deref()).map(|()| reply)
                }
                Err(e) => Err(e.error),
            };
            match answer {
                Ok(mut reply) => {
                    ok += 1;
                    if inv.with_entrances {
                        with_entrances::attach_to_body(ctx, &client, &mut reply.body).await?;
                    }
                    if table {
                        if n > 0 && verb.response.key().is_some() {
                            p.data("\n")?;
                        }
                        render::response(ctx, verb, &reply.body)?;
                        if let (Some(done), true) = (&verb.done, p.stderr_is_terminal()) {
                            p.status(&format!("{} {id}", done.said));
                        }
                    } else {
                        line.insert("status".into(), json!("ok"));
                        if let Some(rid) = &reply.request_id {
                            line.insert("request_id".into(), json!(rid));
                        }
                        if let Some(v) = verb.response.key().and_then(|k| reply.body.get(k)) {
                            line.insert(verb.response.key().unwrap_or("result").into(), v.clone());
                        }
                        p.json_line(&Value::Object(line))?;
                    }
                }
                Err(e) => {
                    failed += 1;
                    if !table {
                        line.insert("status".into(), json!("error"));
                        line.insert("error".into(), super::bulk::send::error_json(&e));
                        p.json_line(&Value::Object(line))?;
                    }
                    if is_stop(&e) {
                        // The same refusal awaits every other ID: stop, and say it once.
                        stop = Some(e);
                    } else if table {
                        p.flush()?;
                        p.warn(&format!("{} {id}:", verb.name));
                        p.error(&e);
                    }
                }
            }
            p.flush()?;
        }
        Ok::<(), CliError>(())
    };
    let outcome = tokio::select! {
        biased;
        r = work => r,
        code = crate::signals::stop_requested() => {
            Err(CliError::Interrupted { code, in_flight: verb.changes() })
        }
    };
    p.flush()?;
    outcome?;
    if let Some(e) = stop {
        return Err(e);
    }
    if ctx.globals.dry_run {
        return Ok(());
    }
    let total = inv.ids.len();
    p.status(&format!(
        "{}: {ok} ok, {failed} failed ({total} IDs)",
        verb.name
    ));
    if failed > 0 {
        return Err(CliError::Partial {
            message: format!("{failed} of {total} IDs failed"),
        });
    }
    Ok(())
}

/// Failures that every other ID would meet too: no token, a rejected one.
fn is_stop(e: &CliError) -> bool {
    match e {
        CliError::Auth { .. } => true,
        CliError::Api(a) => a.status == 401,
        _ => false,
    }
}

/// A destructive verb asks once, listing the IDs.
fn confirm_all(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    let Some(c) = &inv.verb.confirm else {
        return Ok(());
    };
    if ctx.globals.yes
        || ctx.globals.dry_run
        || ctx.globals.non_interactive
        || !crate::output::can_prompt()
    {
        return Ok(());
    }
    for id in &inv.ids {
        ctx.printer
            .status(&format!("  {}", crate::output::one_line_safe(id)));
    }
    let question = format!("{} these {} {}s?", c.action, inv.ids.len(), c.noun);
    if ctx.printer.confirm(&question) {
        Ok(())
    } else {
        Err(CliError::cancelled())
    }
}
