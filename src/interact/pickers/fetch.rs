//! Reading the lists: one page of a list (with the server-side `search`), the pages a select
//! has loaded so far ("load more"), and a whole list up to a cap.

use super::sources::{Item, Source};
use super::Lookup;
use crate::api::RetryPolicy;
use crate::error::CliError;
use crate::output::one_line_safe;
use serde_json::{Map, Value};

/// Items asked for per page in a select ("load more" fetches the next).
const PAGE: u64 = 100;

/// The request body of one page: the filters, the search, the page size and cursor.
fn page_body(
    src: &Source,
    filters: &Map<String, Value>,
    search: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Value {
    let mut body = filters.clone();
    if let Some(s) = search {
        body.insert("search".into(), Value::String(s.to_string()));
    }
    if src.paged {
        if let Some(l) = limit {
            body.insert("limit".into(), Value::from(l));
        }
        if let Some(c) = cursor {
            body.insert("page_cursor".into(), Value::String(c.to_string()));
        }
    }
    Value::Object(body)
}

/// The items of a list, each with an ID (the others are skipped).
fn items(src: &Source, list: &[Value]) -> Vec<Item> {
    list.iter()
        .filter_map(|v| {
            let id = one_line_safe(v.get(src.id)?.as_str()?);
            let label = one_line_safe(&(src.label)(v));
            let haystack = format!("{label} {id}").to_lowercase();
            Some(Item {
                id,
                label,
                haystack,
            })
        })
        .collect()
}

/// The cursor of the next page, if the server says there is one.
fn next_cursor(src: &Source, body: &Value) -> Option<String> {
    let pg = body.get("pagination");
    let more = pg
        .and_then(|p| p.get("has_next_page"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    pg.and_then(|p| p.get("next_page_cursor"))
        .and_then(Value::as_str)
        .filter(|_| src.paged && more)
        .map(str::to_string)
}

/// Reads one page of a list.
pub(super) async fn fetch(
    look: &Lookup<'_>,
    src: &Source,
    filters: &Map<String, Value>,
    search: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<Item>, Option<String>), CliError> {
    let body = page_body(src, filters, search, cursor, limit);
    let reply = look
        .reader()
        .call(src.path, &body, RetryPolicy::Read)
        .await?;
    let Some(reply) = reply else {
        return Ok((Vec::new(), None));
    };
    let Some(list) = reply.body.get(src.key).and_then(Value::as_array) else {
        return Err(CliError::BadResponse {
            message: format!(
                "unexpected response from {}: no \"{}\" list",
                src.path, src.key
            ),
            request_id: reply.request_id,
            change: false,
        });
    };
    Ok((items(src, list), next_cursor(src, &reply.body)))
}

/// A list as a select shows it: the pages loaded so far, the server-side search, and the
/// cursor of the next page.
pub(super) struct Listing<'l, 'a> {
    look: &'l Lookup<'a>,
    src: &'l Source,
    filters: Map<String, Value>,
    pub(super) search: Option<String>,
    pub(super) items: Vec<Item>,
    pub(super) next: Option<String>,
}

impl<'l, 'a> Listing<'l, 'a> {
    /// The first page of the list.
    pub(super) async fn first(
        look: &'l Lookup<'a>,
        src: &'l Source,
        filters: Map<String, Value>,
    ) -> Result<Self, CliError> {
        let (items, next) = fetch(look, src, &filters, None, None, Some(PAGE)).await?;
        Ok(Listing {
            look,
            src,
            filters,
            search: None,
            items,
            next,
        })
    }

    /// "load more": the next page, added after what is shown.
    pub(super) async fn more(&mut self) -> Result<(), CliError> {
        let (more, next) = fetch(
            self.look,
            self.src,
            &self.filters,
            self.search.as_deref(),
            self.next.as_deref(),
            Some(PAGE),
        )
        .await?;
        self.items.extend(more);
        self.next = next;
        Ok(())
    }

    /// A new search on the server (`None`: the whole list again), its first page.
    pub(super) async fn search(&mut self, search: Option<String>) -> Result<(), CliError> {
        self.search = search;
        let (found, next) = fetch(
            self.look,
            self.src,
            &self.filters,
            self.search.as_deref(),
            None,
            Some(PAGE),
        )
        .await?;
        self.items = found;
        self.next = next;
        Ok(())
    }
}

/// Every page of a list (server's page size), stopping once `cap` items are read. The cursor
/// returned is `Some` when the list goes on past them.
pub(super) async fn fetch_all(
    look: &Lookup<'_>,
    src: &Source,
    filters: &Map<String, Value>,
    search: Option<&str>,
    cap: usize,
) -> Result<(Vec<Item>, Option<String>), CliError> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let (more, next) = fetch(look, src, filters, search, cursor.as_deref(), None).await?;
        items.extend(more);
        cursor = next;
        if cursor.is_none() || items.len() >= cap {
            return Ok((items, cursor));
        }
    }
}
