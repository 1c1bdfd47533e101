//! Planning a bulk run, before anything is sent: check each record with the verb's table, and
//! reconcile the records with the journal of earlier runs, one record at a time (the input is
//! read as a stream by [`super::input`], never held whole). Pure logic, each with its own tests.

mod checker;
mod problems;
mod reconcile;
mod results;
mod retry;
#[cfg(test)]
mod tests;

pub use checker::{unknown_columns, unknown_columns_error, Checker};
pub use problems::{list_problems, Problems};
pub use reconcile::{plan_of, Plan, Reconcile};
pub use results::{base_result, unknown_result, Status, Tally};
pub use retry::{check_retry_lines, RetryUnknown};

use serde_json::Value;

/// Problems listed before "... and N more".
pub const MAX_SHOWN: usize = 50;
/// Lines of unknown outcome named in the summary's hint.
pub const UNKNOWN_SHOWN: usize = 20;

/// One checked record, ready to send.
#[derive(Debug)]
pub struct Item {
    pub line: usize,
    pub body: Value,
    pub hash: u64,
}
