//! One call of a verb: build and check the body, confirm if destructive, send it through the
//! one client, check the answer, attach entrances if asked, render it, say what was done.

use super::request::{build_body, check_response, confirm};
use super::{pages, render, with_entrances, Invocation};
use crate::context::Ctx;
use crate::error::CliError;
use crate::spec::Verb;
use serde_json::{Map, Value};

pub async fn run(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    let verb = inv.verb;
    let body = build_body(ctx, inv)?;
    confirm(ctx, verb, &body)?;
    let client = ctx.client()?;
    let request = Value::Object(body.clone());
    let work = async {
        let Some(mut reply) = client.call(&verb.path(), &request, verb.effect).await? else {
            if inv.with_entrances {
                with_entrances::dry_run_note(ctx);
            }
            return Ok(None);
        };
        check_response(verb, &reply.body, reply.request_id.as_deref())?;
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
    render::response(ctx, verb, &reply.body)?;
    after(ctx, verb, &body, &reply.body);
    Ok(())
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
