//! Integration tests: one test binary, one module per area; shared helpers, the test server and
//! fixtures in `support/`.

mod auth;
mod bulk;
mod bulk_journal;
mod bulk_stream;
mod bulk_terminal;
mod completion;
mod config;
mod contract;
mod credentials;
mod debug;
/// The generator of completions, man pages and docs/reference.md (not in the binary).
#[allow(dead_code)]
#[path = "../../examples/generate/docs.rs"]
mod docs;
mod errors;
mod faults;
mod generated;
mod hardening;
mod help;
mod input_limits;
mod interactive;
mod login;
mod lookups;
mod network;
mod output;
mod paging;
mod props;
mod readme;
mod retries;
mod sandbox;
mod shape;
mod signals;
mod support;
mod tables;
mod usage;
mod with_entrances;
