//! What each resource shows: its columns (see `grid::Column`) and the fields `--columns`
//! accepts. A new resource only declares these; the renderer and every format come for free.

mod credential;
mod entrance;
mod lookups;

use super::grid::{Cell, Color, Resource};
use super::Style;
use serde_json::Value;

pub use credential::CREDENTIAL;
pub use entrance::ENTRANCE;
pub use lookups::{ACS_SYSTEM, ACS_USER, USER_IDENTITY};

/// Every resource the CLI can print.
pub const ALL: &[&Resource] = &[
    &CREDENTIAL,
    &ENTRANCE,
    &ACS_SYSTEM,
    &ACS_USER,
    &USER_IDENTITY,
];

/// The resource a response key holds (`acs_credential`, `acs_credentials`, `acs_entrances`, ...).
pub fn for_key(key: &str) -> Option<&'static Resource> {
    ALL.iter()
        .copied()
        .find(|r| r.singular == key || r.plural == key)
}

/// Any other list: no declared columns, so tables show the items' top-level fields.
pub static GENERIC: Resource = Resource {
    singular: "item",
    plural: "items",
    noun: "items",
    columns: &[],
    fields: &[],
    detail_first: &[],
    detail_lead: &[],
};

/// The resource a response key holds, or [`GENERIC`].
pub fn for_key_or_generic(key: &str) -> &'static Resource {
    for_key(key).unwrap_or(&GENERIC)
}

/// `W/E`: how many warnings and errors; red with errors, yellow with warnings.
pub fn counts(item: &Value, _: &Style) -> Cell {
    let n = |k: &str| item.get(k).and_then(Value::as_array).map_or(0, Vec::len);
    let (w, e) = (n("warnings"), n("errors"));
    Cell::colored(format!("{w}/{e}"), issue_color(item))
}

/// `NOTES`: `error: <code>` for each error, then `warning: <code>` for each warning.
pub fn notes(item: &Value, _: &Style) -> Cell {
    Cell::colored(super::table::notes(item).join("; "), issue_color(item))
}

fn issue_color(item: &Value) -> Option<Color> {
    let some = |k: &str| {
        item.get(k)
            .and_then(Value::as_array)
            .is_some_and(|a| !a.is_empty())
    };
    if some("errors") {
        Some(Color::Red)
    } else if some("warnings") {
        Some(Color::Yellow)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_resource_has_an_id_column_first_and_unique_names() {
        assert!(std::ptr::eq(for_key_or_generic("widgets"), &GENERIC));
        for r in ALL {
            assert!(r.columns[0].id, "{}", r.singular);
            let names = r.names();
            let mut sorted = names.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), names.len(), "{}", r.singular);
            assert!(std::ptr::eq(for_key(r.plural).unwrap(), *r));
        }
    }
}
