//! Integration tests: one test binary, one module per area.

mod contract;
mod credentials;
mod support;
