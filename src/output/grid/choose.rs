//! Which columns an output shows: a resource's defaults for these items, or the ones named
//! with `--columns`.

use super::column::{Chosen, Resource, Show, Source};
use super::value::{lookup, raw_value};
use serde_json::Value;

/// The default columns of a resource for these items.
pub fn default_columns(res: &Resource, items: &[Value], wide: bool) -> Vec<Chosen> {
    if res.columns.is_empty() {
        // Nothing declared: every top-level field, in the order first seen.
        let mut names: Vec<&str> = Vec::new();
        for it in items {
            if let Value::Object(m) = it {
                for k in m.keys() {
                    if !names.contains(&k.as_str()) {
                        names.push(k);
                    }
                }
            }
        }
        return names.into_iter().map(Chosen::path).collect();
    }
    res.columns
        .iter()
        .filter(|c| wide || !c.wide)
        // A wide-only field column that no row has is left out.
        .filter(|c| {
            !(c.wide && matches!(c.source, Source::Field))
                || items
                    .iter()
                    .any(|i| !raw_value(lookup(i, c.name)).is_empty())
        })
        .filter(|c| match c.show {
            Show::Always => true,
            Show::IfPresent => items.iter().any(|i| i.get(c.name).is_some()),
            Show::IfVaries if wide => true,
            Show::IfVaries => {
                let mut vals = items.iter().map(|i| raw_value(lookup(i, c.name)));
                match vals.next() {
                    Some(first) => vals.any(|v| v != first),
                    None => false,
                }
            }
        })
        .map(Chosen::of)
        .collect()
}

/// The columns named with `--columns` (already checked against the resource).
pub fn named_columns(res: &Resource, names: &[String]) -> Vec<Chosen> {
    names
        .iter()
        .map(|n| match res.column(n) {
            Some(c) => Chosen::of(c),
            None => Chosen::path(n),
        })
        .collect()
}
