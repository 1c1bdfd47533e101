//! What the output looks like: formats, table layouts, derived state and time.

mod formats;
pub(crate) mod states;
mod table_layout;
