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

use super::request::{build_body, check_response, must_ask};
use super::{render, with_entrances, with_id, Invocation};
use crate::api::{Client, Reply};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::Format;
use crate::spec::body;
use crate::spec::params::{Origin, Param};
use serde_json::{json, Map, Value};

/// Each ID with the body sent for it.
type Bodies = Vec<(String, Map<String, Value>)>;

pub async fn run(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    let verb = inv.verb;
    let Some(param) = verb
        .positional
        .as_ref()
        .and_then(|pos| verb.param(pos.param))
    else {
        return Err(CliError::usage(format!("`{}` takes one ID", verb.name)));
    };
    let bodies = build_bodies(ctx, inv, param)?;
    confirm_all(ctx, inv)?;
    let client = ctx.client()?;
    let mut run = Run {
        ctx,
        inv,
        param,
        client: &client,
        table: ctx.printer.format() == Format::Table,
        ok: 0,
        failed: 0,
        stop: None,
    };
    let outcome = tokio::select! {
        biased;
        r = run.send_all(&bodies) => r,
        code = crate::signals::stop_requested() => {
            Err(CliError::Interrupted { code, in_flight: verb.changes() })
        }
    };
    ctx.printer.flush()?;
    outcome?;
    run.finish()
}

/// Every body is built and checked before anything is sent (stdin is read once).
fn build_bodies(ctx: &Ctx, inv: &Invocation, param: &Param) -> Result<Bodies, CliError> {
    let first = inv.ids.first().map(String::as_str).unwrap_or_default();
    let base = build_body(ctx, &with_id(inv, first)?)?;
    let mut bodies = Vec::with_capacity(inv.ids.len());
    for id in &inv.ids {
        with_id(inv, id)?;
        let mut b = base.clone();
        body::merge_flag(&mut b, param, &[id.as_str()], Some(ctx.now()))?;
        body::check(inv.verb, &b, &Origin::Flag)?;
        bodies.push((id.clone(), b));
    }
    Ok(bodies)
}

/// One run over the IDs: where it sends and prints, and the tally so far.
struct Run<'a> {
    ctx: &'a Ctx,
    inv: &'a Invocation,
    /// The parameter the IDs are given for, e.g. `acs_credential_id`.
    param: &'static Param,
    client: &'a Client,
    /// Answers shown as tables (else one JSON result line per ID).
    table: bool,
    ok: usize,
    failed: usize,
    /// A failure every other ID would meet too (see [`is_stop`]): the rest are not sent.
    stop: Option<CliError>,
}

impl Run<'_> {
    /// One request per ID, in order; each answer or failure reported as it comes.
    async fn send_all(&mut self, bodies: &Bodies) -> Result<(), CliError> {
        let p = &*self.ctx.printer;
        for (n, (id, body)) in bodies.iter().enumerate() {
            let mut line = Map::new();
            line.insert(self.param.name.into(), json!(id));
            if self.stop.is_some() {
                if !self.table {
                    line.insert("status".into(), json!("not_sent"));
                    p.json_line(&Value::Object(line))?;
                }
                continue;
            }
            let Some(answer) = self.send(body).await else {
                continue; // --dry-run: the request was shown
            };
            match answer {
                Ok(reply) => self.answered(n, id, line, reply).await?,
                Err(e) => self.failure(id, line, e)?,
            }
            p.flush()?;
        }
        Ok(())
    }

    /// The checked answer to one request; None on a dry run.
    async fn send(&self, body: &Map<String, Value>) -> Option<Result<Reply, CliError>> {
        let verb = self.inv.verb;
        let sent = self
            .client
            .call(&verb.path(), &Value::Object(body.clone()), verb.effect)
            .await;
        match sent {
            Ok(None) => None,
            Ok(Some(reply)) => {
                Some(check_response(verb, &reply.body, reply.request_id.as_deref()).map(|()| reply))
            }
            Err(e) => Some(Err(e.error)),
        }
    }

    /// An answer: shown as a single call shows it, or as an `ok` result line.
    async fn answered(
        &mut self,
        n: usize,
        id: &str,
        mut line: Map<String, Value>,
        mut reply: Reply,
    ) -> Result<(), CliError> {
        let (ctx, verb, p) = (self.ctx, self.inv.verb, &*self.ctx.printer);
        self.ok += 1;
        if self.inv.with_entrances {
            with_entrances::attach_to_body(ctx, self.client, &mut reply.body).await?;
        }
        if self.table {
            if n > 0 && verb.response.key().is_some() {
                p.data("\n")?;
            }
            render::response(ctx, verb, &reply.body)?;
            if let (Some(done), true) = (&verb.done, p.stderr_is_terminal()) {
                p.status(&format!("{} {id}", done.said));
            }
            return Ok(());
        }
        line.insert("status".into(), json!("ok"));
        if let Some(rid) = &reply.request_id {
            line.insert("request_id".into(), json!(rid));
        }
        if let Some(v) = verb.response.key().and_then(|k| reply.body.get(k)) {
            line.insert(verb.response.key().unwrap_or("result").into(), v.clone());
        }
        p.json_line(&Value::Object(line))
    }

    /// A failure: an `error` result line, or a warning on stderr; a stop when every other ID
    /// would meet it too.
    fn failure(
        &mut self,
        id: &str,
        mut line: Map<String, Value>,
        e: CliError,
    ) -> Result<(), CliError> {
        let p = &*self.ctx.printer;
        self.failed += 1;
        if !self.table {
            line.insert("status".into(), json!("error"));
            line.insert("error".into(), super::bulk::send::error_json(&e));
            p.json_line(&Value::Object(line))?;
        }
        if is_stop(&e) {
            // The same refusal awaits every other ID: stop, and say it once.
            self.stop = Some(e);
        } else if self.table {
            p.flush()?;
            p.warn(&format!("{} {id}:", self.inv.verb.name));
            p.error(&e);
        }
        Ok(())
    }

    /// After the last ID: the stop's error, or a summary on stderr (exit 5 if some failed).
    fn finish(self) -> Result<(), CliError> {
        if let Some(e) = self.stop {
            return Err(e);
        }
        if self.ctx.globals.dry_run {
            return Ok(());
        }
        let (ok, failed, total) = (self.ok, self.failed, self.inv.ids.len());
        self.ctx.printer.status(&format!(
            "{}: {ok} ok, {failed} failed ({total} IDs)",
            self.inv.verb.name
        ));
        if failed > 0 {
            return Err(CliError::Partial {
                message: format!("{failed} of {total} IDs failed"),
            });
        }
        Ok(())
    }
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
    if !must_ask(ctx, c)? {
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
