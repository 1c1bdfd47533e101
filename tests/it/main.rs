//! Integration tests: one test binary, one module per area.

mod auth;
mod contract;
mod credentials;
mod debug;
/// The generator of completions, man pages and docs/reference.md (not in the binary).
#[allow(dead_code)]
#[path = "../../examples/generate/docs.rs"]
mod docs;
mod fault_server;
mod faults;
mod props;
mod scale;
mod shape;
mod support;
