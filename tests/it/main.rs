//! Integration tests: one test binary, one module per area.

mod credentials;
mod fault_server;
mod faults;
mod props;
mod support;
