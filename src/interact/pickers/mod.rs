//! Fetching and picking: each workspace list (access systems, ACS users, user identities,
//! entrances, credentials) as a select that filters as you type. Long lists are fetched a page
//! at a time ("load more") and can be searched on the server (the endpoint's `search`); an
//! empty list says so and lets the user type an ID. Other parameters are asked by their kind:
//! enums as a select, booleans as yes/no, everything else as text checked by
//! [`params::coerce`](crate::spec::params::coerce), the same check the flags get.

mod ask;
mod entrances;
mod fetch;
mod select;
mod sources;
mod style;
mod system;
mod typed;

pub use ask::ask;
pub use select::Picked;
pub use style::{first_sentence, fit, init_style, page_size};
pub use system::{acs_user_in, narrowing_system};

use crate::api::{Client, ClientSettings};
use crate::context::Ctx;
use crate::error::CliError;
use std::cell::RefCell;

/// What the pickers need: the client to read lists with, "now" for timestamps, and the access
/// system picked only to narrow a list (not sent unless a parameter takes it).
pub struct Lookup<'a> {
    client: &'a Client,
    /// Under `--dry-run` the lists are still read: a client that sends.
    reader: Option<Client>,
    now: jiff::Timestamp,
    system: RefCell<Option<String>>,
}

impl<'a> Lookup<'a> {
    pub fn new(ctx: &Ctx, client: &'a Client) -> Result<Self, CliError> {
        init_style(ctx.printer.style().color_stderr);
        let reader = if client.settings().dry_run {
            let settings = ClientSettings {
                dry_run: false,
                ..client.settings().clone()
            };
            Some(Client::new(settings, ctx.printer.clone())?)
        } else {
            None
        };
        Ok(Lookup {
            client,
            reader,
            now: ctx.printer.style().now,
            system: RefCell::new(None),
        })
    }

    /// The client the request will be sent with.
    pub fn client(&self) -> &Client {
        self.client
    }

    fn reader(&self) -> &Client {
        self.reader.as_ref().unwrap_or(self.client)
    }
}

#[cfg(test)]
mod tests;
