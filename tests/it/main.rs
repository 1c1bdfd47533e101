//! Integration tests: one test binary, one module per area.

mod credentials;
mod scale;
mod support;
