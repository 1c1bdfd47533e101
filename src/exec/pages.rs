//! `--all` on paged verbs: follows `pagination.next_page_cursor` while `has_next_page`, writing
//! each page as it arrives. Only one page is held in memory at a time, in every format:
//! - `json`: one `{"<key>": [...]}` document, written item by item;
//! - `ndjson`: one item per line;
//! - `table`/`wide`: one table per page (the header repeats at the top of each page);
//! - `csv`/`tsv`: one header row, then a row per item (see `output::sink::ListSink`).

use super::request::{build_body, check_response};
use super::{render, with_entrances, Invocation};
use crate::api::{Client, RetryPolicy};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::resources;
use crate::output::sink::ListSink;
use serde_json::{Map, Value};

/// The `pagination` object of a list answer: the one place it is read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pagination<'a> {
    pub has_next_page: bool,
    pub next_page_cursor: Option<&'a str>,
}

impl<'a> Pagination<'a> {
    pub fn of(body: &'a Value) -> Pagination<'a> {
        let pg = body.get("pagination");
        Pagination {
            has_next_page: pg
                .and_then(|g| g.get("has_next_page"))
                .and_then(Value::as_bool)
                .unwrap_or(false),
            next_page_cursor: pg
                .and_then(|g| g.get("next_page_cursor"))
                .and_then(Value::as_str),
        }
    }

    /// The cursor of the next page, if there is one.
    pub fn next(&self) -> Option<&'a str> {
        self.next_page_cursor
            .filter(|c| self.has_next_page && !c.is_empty())
    }
}

/// One page: its items (entrances attached if asked) and where the next one is.
struct Page {
    items: Vec<Value>,
    more: bool,
    cursor: Option<String>,
    request_id: Option<String>,
}

async fn fetch(
    ctx: &Ctx,
    client: &Client,
    inv: &Invocation,
    body: &Map<String, Value>,
) -> Result<Option<Page>, CliError> {
    let verb = inv.verb;
    let key = verb.response.key().unwrap_or("items");
    let Some(reply) = client
        .call(
            &verb.path(),
            &Value::Object(body.clone()),
            RetryPolicy::Read,
        )
        .await?
    else {
        // --dry-run: the first request is shown; the next ones depend on its answer.
        return Ok(None);
    };
    check_response(verb, &reply.body, reply.request_id.as_deref())?;
    let mut reply_body = reply.body;
    let mut items = match reply_body.get_mut(key).map(Value::take) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    };
    super::single::keep_items(ctx, inv, &mut items);
    if inv.with_entrances {
        with_entrances::attach(ctx, client, &mut items).await?;
    }
    let pagination = Pagination::of(&reply_body);
    Ok(Some(Page {
        items,
        more: pagination.has_next_page,
        cursor: pagination.next_page_cursor.map(str::to_string),
        request_id: reply.request_id,
    }))
}

pub async fn run_all(ctx: &Ctx, inv: &Invocation) -> Result<(), CliError> {
    let verb = inv.verb;
    let Some(paging) = &verb.paging else {
        return Err(CliError::usage(format!("`{}` has no pages", verb.name)));
    };
    let mut body = build_body(ctx, inv)?;
    let client = ctx.client()?;
    let p = &*ctx.printer;
    let path = verb.path();
    let key = verb.response.key().unwrap_or("items");
    let noun = render::noun(key);
    let res = resources::for_key_or_generic(key);
    let mut sink: Option<ListSink> = None;
    let mut cursors = crate::api::paging::Cursors::default();
    let (mut total, mut page) = (0usize, 0usize);
    loop {
        page += 1;
        if page > 1 {
            p.trace(&format!("* page {page}"));
        }
        let Some(got) = fetch(ctx, &client, inv, &body).await? else {
            return Ok(());
        };
        total += got.items.len();
        let s = match sink.as_mut() {
            Some(s) => s,
            None => sink.insert(ListSink::begin(p, res, true)?),
        };
        s.items(&got.items)?;
        p.flush()?;
        if !got.more {
            break;
        }
        let bad = |what: String| CliError::BadResponse {
            message: format!(
                "unexpected response from {path} (page {page}, after {total} {noun}): {what}"
            ),
            request_id: got.request_id.clone(),
            change: false,
        };
        let Some(cursor) = got.cursor.filter(|c| !c.is_empty()) else {
            return Err(bad(
                "has_next_page is true but there is no next_page_cursor".into(),
            ));
        };
        cursors.next(&cursor, got.items.len()).map_err(bad)?;
        body.insert(paging.cursor.into(), Value::String(cursor));
    }
    if let Some(s) = sink {
        s.end()?;
    }
    if p.stderr_is_terminal() {
        p.status(&format!("{total} {noun} in {page} pages"));
    } else {
        p.trace(&format!("* {total} {noun} in {page} pages"));
    }
    p.flush()
}

#[cfg(test)]
mod tests {
    use super::Pagination;
    use serde_json::json;

    #[test]
    fn pagination_is_read_once_for_all() {
        let b = json!({"pagination": {"has_next_page": true, "next_page_cursor": "c2"}});
        assert_eq!(Pagination::of(&b).next(), Some("c2"));
        let last = json!({"pagination": {"has_next_page": false, "next_page_cursor": "c2"}});
        assert_eq!(Pagination::of(&last).next(), None);
        let empty = json!({"pagination": {"has_next_page": true, "next_page_cursor": ""}});
        assert_eq!(Pagination::of(&empty).next(), None);
        assert_eq!(Pagination::of(&json!({})), Pagination::default());
    }
}
