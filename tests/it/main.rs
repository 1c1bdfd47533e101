//! Integration tests: one test binary, one module per area.

mod auth;
mod contract;
mod credentials;
mod debug;
mod fault_server;
mod faults;
mod props;
mod scale;
mod support;
mod tables;
