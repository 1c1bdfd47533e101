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
    use crate::output::{grid, Format};
    use serde_json::json;

    fn style(width: u16) -> Style {
        Style {
            format: Format::Table,
            color: false,
            color_stderr: false,
            quiet: false,
            verbose: false,
            width: Some(width),
            columns: None,
            pager: false,
            stdout_tty: false,
            now: jiff::Timestamp::UNIX_EPOCH,
            stderr_tty: false,
        }
    }

    /// Every resource's default columns fit 80 and 120 columns, a line per row, with every
    /// field filled with long text (IDs with UUIDs) and warnings and errors present.
    #[test]
    fn every_resource_fits_80_and_120_columns_when_every_field_is_long() {
        for r in ALL {
            let items: Vec<Value> = (0..3)
                .map(|n| {
                    let mut m = serde_json::Map::new();
                    for c in r.columns {
                        let v = if c.id || c.name.ends_with("_id") {
                            json!(format!(
                                "{n}{n}{n}{n}{n}{n}{n}{n}-1111-4111-8111-111111111111"
                            ))
                        } else if c.name.ends_with("_at") {
                            json!("2024-03-01T10:40:00Z")
                        } else {
                            json!("a long value that will not fit in any narrow column at all")
                        };
                        m.insert(c.name.to_string(), v);
                    }
                    m.insert(
                        "warnings".into(),
                        json!([{"warning_code": "some_long_warning_code", "message": "m"}]),
                    );
                    m.insert(
                        "errors".into(),
                        json!([{"error_code": "some_long_error_code", "message": "m"}]),
                    );
                    Value::Object(m)
                })
                .collect();
            for w in [80u16, 120] {
                let cols = grid::default_columns(r, &items, false);
                let out = grid::table(&items, &cols, &style(w), false);
                let lines: Vec<&str> = out.lines().collect();
                assert_eq!(lines.len(), 5, "{}:\n{out}", r.singular);
                for l in lines {
                    assert!(
                        grid::width(l) <= usize::from(w),
                        "{} at {w}: {l}",
                        r.singular
                    );
                }
            }
        }
    }

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
