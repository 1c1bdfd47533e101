//! `--with-entrances` (verbs whose table sets `with_entrances`): after the main call, fetch each credential's
//! accessible entrances (a few calls at a time, through the one client) and add them to the
//! credential as an `acs_entrances` array. This key is the CLI's extension: the API's
//! credential object has no such field.

use crate::api::{Client, RetryPolicy};
use crate::context::Ctx;
use crate::error::CliError;
use crate::spec::credentials::list_accessible_entrances;
use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde_json::{json, Value};

/// How many entrance lookups run at once.
pub const CONCURRENCY: usize = 8;
/// The key added to each credential.
pub const KEY: &str = "acs_entrances";

/// Under `--dry-run`: says what `--with-entrances` would do next (on stderr).
pub fn dry_run_note(ctx: &Ctx) {
    ctx.printer.status(&format!(
        "# --with-entrances: then one POST {} per credential returned",
        list_accessible_entrances::VERB.path()
    ));
}

/// Fetches the entrances of every credential in `creds` and stores them under `acs_entrances`.
/// Credentials without an ID are left alone. The first failure stops new lookups and is
/// returned (after saying which credential it was about).
pub async fn attach(ctx: &Ctx, client: &Client, creds: &mut [Value]) -> Result<(), CliError> {
    let path = list_accessible_entrances::VERB.path();
    let ids: Vec<(usize, String)> = creds
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            c.get("acs_credential_id")
                .and_then(Value::as_str)
                .map(|id| (i, id.to_string()))
        })
        .collect();
    let lookups = ids.iter().map(|(i, id)| {
        let path = path.as_str();
        async move {
            let body = json!({ "acs_credential_id": id });
            let reply = match client.call(path, &body, RetryPolicy::Read).await {
                Ok(Some(reply)) => reply,
                // --dry-run: nothing comes back.
                Ok(None) => return Ok(None),
                Err(e) => {
                    ctx.printer
                        .warn(&format!("could not fetch the entrances of credential {id}"));
                    return Err(e.error);
                }
            };
            match reply.body.get(KEY) {
                Some(Value::Array(es)) => Ok(Some((*i, es.clone()))),
                _ => Err(CliError::BadResponse {
                    message: format!(
                        "unexpected response from {path} for credential {id}: no \"{KEY}\" array"
                    ),
                    request_id: reply.request_id,
                    change: false,
                }),
            }
        }
    });
    // At most CONCURRENCY lookups in flight; the first failure stops the rest.
    let found: Vec<Option<(usize, Vec<Value>)>> = stream::iter(lookups)
        .buffered(CONCURRENCY)
        .try_collect()
        .await?;
    for (i, entrances) in found.into_iter().flatten() {
        if let Some(Value::Object(c)) = creds.get_mut(i) {
            c.insert(KEY.to_string(), Value::Array(entrances));
        }
    }
    Ok(())
}

/// [`attach`] on a response body: `{"acs_credential": {..}}` or `{"acs_credentials": [..]}`.
pub async fn attach_to_body(ctx: &Ctx, client: &Client, body: &mut Value) -> Result<(), CliError> {
    if let Some(Value::Array(creds)) = body.get_mut("acs_credentials") {
        return attach(ctx, client, creds).await;
    }
    if let Some(c @ Value::Object(_)) = body.get_mut("acs_credential") {
        return attach(ctx, client, std::slice::from_mut(c)).await;
    }
    Ok(())
}
