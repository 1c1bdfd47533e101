//! One call of a verb: build and check the body, confirm if destructive, send it through the
//! one client, check the answer, attach entrances if asked, render it, say what was done.

use super::request::{check_response, collect_body, confirm};
use super::{pages, render, wait, with_entrances, Invocation};
use crate::context::Ctx;
use crate::error::CliError;
use crate::spec::credentials::state;
use crate::spec::Verb;
use serde_json::{Map, Value};

pub async fn run(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    let verb = inv.verb;
    let mut body = collect_body(ctx, inv)?;
    let filled = crate::interact::fill(ctx, verb, &mut body).await?;
    crate::spec::body::check(verb, &body, &crate::spec::params::Origin::Flag)?;
    if !filled.confirmed {
        confirm(ctx, verb, &body)?;
    }
    let client = match filled.client {
        Some(c) => c,
        None => ctx.client()?,
    };
    let request = Value::Object(body.clone());
    let work = async {
        let Some(mut reply) = client.call(&verb.path(), &request, verb.effect).await? else {
            if inv.with_entrances {
                with_entrances::dry_run_note(ctx);
            }
            return Ok(None);
        };
        check_response(verb, &reply.body, reply.request_id.as_deref())?;
        keep_states(ctx, inv, &mut reply.body);
        if inv.with_entrances {
            with_entrances::attach_to_body(ctx, &client, &mut reply.body).await?;
        }
        Ok::<_, CliError>(Some(reply))
    };
    // Ctrl-C (or SIGTERM, SIGHUP) while requests are out: stop waiting and exit 130 (143, 129).
    // (The handler is installed as the first request starts; before that, Ctrl-C ends the
    // process at once, with nothing sent.)
    let reply = tokio::select! {
        biased;
        r = work => r?,
        code = crate::signals::stop_requested() => {
            return Err(CliError::Interrupted { code, in_flight: verb.changes() })
        }
    };
    let Some(reply) = reply else {
        return Ok(());
    };
    if let (Some(w), Some(args)) = (&verb.wait, inv.wait) {
        after(ctx, verb, &body, &reply.body);
        let Some(id) = wait::object_id(verb, w, &body, &reply.body) else {
            render::response(ctx, verb, &reply.body)?;
            return Err(CliError::BadResponse {
                message: format!(
                    "cannot --wait: the answer of {} names no {}",
                    verb.path(),
                    w.id
                ),
                request_id: reply.request_id,
                change: false,
            });
        };
        // The change's own answer may already show it ready (or failed).
        let first = verb
            .response
            .key()
            .and_then(|k| reply.body.get(k))
            .filter(|o| wait::seen(w, o) != wait::Seen::Pending)
            .and_then(|o| w.poll.response.key().map(|k| serde_json::json!({ k: o })));
        let waited = tokio::select! {
            biased;
            r = wait::until_ready(ctx, &client, w, &id, first, args.timeout, args.interval) => r?,
            code = crate::signals::stop_requested() => {
                return Err(CliError::Interrupted { code, in_flight: false })
            }
        };
        let (last, outcome) = waited;
        if last.as_object().is_some_and(|m| !m.is_empty()) {
            render::response(ctx, w.poll, &last)?;
        }
        return outcome;
    }
    render::response(ctx, verb, &reply.body)?;
    after(ctx, verb, &body, &reply.body);
    Ok(())
}

/// `--state` (verbs with `state_filter`): keeps the listed items in any of the states asked.
pub fn keep_states(ctx: &Ctx, inv: &Invocation, body: &mut Value) {
    if !inv.verb.state_filter || inv.states.is_empty() {
        return;
    }
    if let Some(Value::Array(items)) = inv.verb.response.key().and_then(|k| body.get_mut(k)) {
        keep_items(ctx, inv, items);
    }
}

/// [`keep_states`] on the items of one page.
pub fn keep_items(ctx: &Ctx, inv: &Invocation, items: &mut Vec<Value>) {
    if !inv.verb.state_filter || inv.states.is_empty() {
        return;
    }
    let now = ctx.now();
    items.retain(|c| state::matches_any(c, &inv.states, now));
}

/// Status lines and hints after a success: the next page's cursor, or what was done.
fn after(ctx: &Ctx, verb: &Verb, sent: &Map<String, Value>, body: &Value) {
    let p = &ctx.printer;
    if let Some(paging) = &verb.paging {
        if let Some(cursor) = pages::Pagination::of(body).next() {
            p.hint(&format!(
                "more {}: pass --{} {} for the next page",
                verb.response.key().unwrap_or("items").replace('_', " "),
                paging.cursor.replace('_', "-"),
                crate::output::one_line_safe(&crate::api::sh_quote(cursor))
            ));
        }
        return;
    }
    let (Some(done), true) = (&verb.done, p.stderr_is_terminal()) else {
        return;
    };
    let id = verb
        .response
        .key()
        .and_then(|k| body.get(k))
        .and_then(|o| o.get(done.id))
        .or_else(|| sent.get(done.id))
        .and_then(Value::as_str)
        .unwrap_or("");
    p.status(&format!("{} {id}", done.said));
}
