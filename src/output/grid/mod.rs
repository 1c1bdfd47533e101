//! The one table renderer, driven by data: a resource declares its columns (a JSON field or a
//! derived value, a header, whether it is an ID, whether it is wide-only, its narrowest width
//! and its priority), and this module lays them out.
//!
//! Rules (issue 12): one line per row at any width from 80 columns; IDs are never split: shown
//! whole, or, when the terminal is narrow, as the shortest prefix (at least 8 characters) that is
//! still unique among the IDs of that column in this output (like git's short hashes); other
//! cells are cut with `…`; a column that cannot get its narrowest width is left out, lowest
//! priority first. `wide` shows every column and IDs whole, and does not fit the terminal.
//!
//! Linear in the output size (issue 13, defect 6): every cell is cut to at most the width it
//! could ever get *before* it is escaped, measured or laid out, so a 2 MiB name costs as much
//! as a short one.
//!
//! The parts: `column` (the specs), `choose` (which columns), `value` (field values as text),
//! `cut` (cutting cells), `ids` (unique ID prefixes), `layout` (fitting the widths), `render`
//! (the table's lines), `detail` (the key/value view).

mod choose;
mod column;
mod cut;
mod detail;
mod ids;
mod layout;
mod render;
mod value;

pub use super::table::Color;
pub use choose::{default_columns, named_columns};
pub use column::{Cell, Chosen, Column, Derive, Resource, Show, Source};
pub use cut::{clean, fit, width};
pub use detail::detail;
pub use ids::unique_prefix_len;
pub use render::table;
pub use value::{lookup, prefix, raw_value, shown};

/// The longest an ID cell may be (UUIDs are 36); anything longer is not an ID to copy.
const ID_CAP: usize = 64;
/// The widest a non-ID cell gets with `wide`.
pub const WIDE_CAP: usize = 100;
/// Spaces between two columns.
const SEP: usize = 2;

#[cfg(test)]
mod tests;
