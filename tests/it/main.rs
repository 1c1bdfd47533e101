//! Integration tests: one test binary, one module per area.

mod auth;
mod credentials;
mod support;
