//! `list --all`: follows `pagination.next_page_cursor` while `has_next_page`, writing each page
//! as it arrives. Only one page is held in memory at a time, in every format:
//! - `json`: one `{"acs_credentials": [...]}` document, written item by item;
//! - `ndjson`: one credential per line;
//! - `table`/`wide`: one table per page (the header repeats at the top of each page);
//! - `csv`/`tsv`: one header row, then a row per credential (see `output::sink::ListSink`).

use super::run::{build_body, check_shape};
use super::{with_entrances, Verb};
use crate::api::RetryPolicy;
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::sink::ListSink;
use clap::{Arg, ArgAction, ArgMatches};
use serde_json::Value;
use std::collections::HashSet;

/// The flags this module adds to `list`.
pub fn args(v: &Verb) -> Vec<Arg> {
    if v.name != "list" {
        return Vec::new();
    }
    vec![Arg::new("all")
        .long("all")
        .action(ArgAction::SetTrue)
        .help_heading("Paging")
        .help(
            "Fetch every page (following next_page_cursor) and stream them out; \
             --limit sets the page size",
        )]
}

pub fn wants_all(m: &ArgMatches) -> bool {
    m.try_get_one::<bool>("all")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

pub async fn run_all(ctx: &Ctx, verb: &'static Verb, m: &ArgMatches) -> Result<(), CliError> {
    let mut body = build_body(ctx, verb, m)?;
    let client = ctx.client()?;
    let p = &*ctx.printer;
    let path = verb.path();
    let key = verb.response.key().unwrap_or("acs_credentials");
    let res =
        crate::output::resources::for_key(key).unwrap_or(&crate::output::resources::CREDENTIAL);
    let mut sink: Option<ListSink> = None;
    let mut seen = HashSet::new();
    let mut total = 0usize;
    let mut page = 0usize;
    let entrances = with_entrances::wanted(m);
    loop {
        page += 1;
        if page > 1 {
            p.trace(&format!("* page {page}"));
        }
        let Some(reply) = client
            .call(&path, &Value::Object(body.clone()), RetryPolicy::Read)
            .await?
        else {
            // --dry-run: the first request is shown; the next ones depend on its answer.
            return Ok(());
        };
        check_shape(verb, &reply.body, reply.request_id.as_deref())?;
        let mut reply_body = reply.body;
        let mut items = match reply_body.get_mut(key).map(Value::take) {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        };
        if entrances {
            with_entrances::attach(ctx, &client, &mut items).await?;
        }
        let pagination = reply_body.get("pagination");
        let more = pagination
            .and_then(|g| g.get("has_next_page"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let cursor = pagination
            .and_then(|g| g.get("next_page_cursor"))
            .and_then(Value::as_str)
            .map(str::to_string);
        total += items.len();
        if sink.is_none() {
            sink = Some(ListSink::begin(p, res, true)?);
        }
        if let Some(sink) = sink.as_mut() {
            sink.items(&items)?;
        }
        p.flush()?;
        drop(items);
        if !more {
            break;
        }
        let bad = |what: String| CliError::BadResponse {
            message: format!(
                "unexpected response from {path} (page {page}, after {total} credentials): {what}"
            ),
            request_id: reply.request_id.clone(),
            change: false,
        };
        let Some(cursor) = cursor.filter(|c| !c.is_empty()) else {
            return Err(bad(
                "has_next_page is true but there is no next_page_cursor".into(),
            ));
        };
        if !seen.insert(cursor.clone()) {
            return Err(bad(format!(
                "next_page_cursor '{}' was already used: the pages loop",
                crate::output::one_line_safe(&cursor)
            )));
        }
        body.insert("page_cursor".into(), Value::String(cursor));
    }
    if let Some(sink) = sink {
        sink.end()?;
    }
    if p.stderr_is_terminal() {
        p.status(&format!("{total} credentials in {page} pages"));
    } else {
        p.trace(&format!("* {total} credentials in {page} pages"));
    }
    p.flush()
}
