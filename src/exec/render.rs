//! Prints a verb's answer in the chosen format: the whole document (`json`), one line per item
//! (`ndjson`), a table or key/value view (`table`, `wide`), or CSV/TSV, with the columns of the
//! resource the response's key holds (`output::resources`).

use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{self, resources, sink, Format};
use crate::spec::{Response, Verb};
use serde_json::Value;

/// The plural noun of a list key, for "No credentials.": `acs_credentials` -> `credentials`.
pub fn noun(key: &str) -> String {
    key.trim_start_matches("acs_").replace('_', " ")
}

/// Prints a response in the chosen format: `json` the whole document; the rest through the
/// resource's renderer (`output::sink`), chosen by the response's key.
pub fn response(ctx: &Ctx, verb: &Verb, body: &Value) -> Result<(), CliError> {
    let p = &ctx.printer;
    match (p.format(), verb.response) {
        (Format::Json, _) => p.json_doc(&output::without_ok(body))?,
        (_, Response::One(key)) => match body.get(key) {
            Some(item) => sink::one(p, resources::for_key_or_generic(key), item)?,
            // assign/unassign/update answered without the object: nothing more to say.
            None if p.format() == Format::Ndjson => p.json_line(&output::without_ok(body))?,
            None => {}
        },
        (_, Response::Many(key)) => {
            let items = body
                .get(key)
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            sink::list(p, resources::for_key_or_generic(key), items)?
        }
        (Format::Ndjson, Response::Empty) => p.json_line(&output::without_ok(body))?,
        (_, Response::Empty) => {}
    }
    p.flush()
}
