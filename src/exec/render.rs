//! Prints a verb's answer in the chosen format: the whole document (`json`), one line per item
//! (`ndjson`), or a table chosen by the response's key (`table`).

use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, table, Format, Printer};
use crate::spec::{Response, Verb};
use serde_json::Value;

/// The plural noun of a list key, for "No credentials.": `acs_credentials` -> `credentials`.
pub fn noun(key: &str) -> String {
    key.trim_start_matches("acs_").replace('_', " ")
}

/// A table of the items of a list (one page of it), chosen by the list's key.
pub fn list_table(p: &Printer, key: &str, items: &[Value]) -> Result<(), CliError> {
    let style = p.style();
    let text = match key {
        "acs_entrances" => table::entrance_rows(items, style),
        _ => {
            let with_entrances = items
                .iter()
                .any(|c| c.get(super::with_entrances::KEY).is_some());
            table::credential_rows(items, style, with_entrances)
        }
    };
    p.data(&text)
}

/// Prints a response in the chosen format.
pub fn response(ctx: &Ctx, verb: &Verb, body: &Value) -> Result<(), CliError> {
    let p = &ctx.printer;
    let items = |key: &str| {
        body.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    match (p.format(), verb.response) {
        (Format::Json, _) => p.json_doc(&output::without_ok(body))?,
        (Format::Ndjson, Response::One(key)) => match body.get(key) {
            Some(c) => p.json_line(c)?,
            // assign/unassign/update answered without the object: nothing more to say.
            None => p.json_line(&output::without_ok(body))?,
        },
        (Format::Ndjson, Response::Many(key)) => {
            for c in items(key) {
                p.json_line(&c)?;
            }
        }
        (Format::Ndjson, Response::Empty) => p.json_line(&output::without_ok(body))?,
        (Format::Table, Response::One(key)) => {
            if let Some(c) = body.get(key) {
                p.data(&table::credential_detail(c, p.style()))?
            }
        }
        (Format::Table, Response::Many(key)) => {
            let list = items(key);
            if list.is_empty() {
                p.status(&format!("No {}.", noun(key)));
            } else {
                list_table(p, key, &list)?;
            }
        }
        (Format::Table, Response::Empty) => {}
    }
    p.flush()
}
