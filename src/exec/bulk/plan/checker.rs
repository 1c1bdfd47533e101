//! Checking records against the verb's table: each record's body, or its problem; and the
//! CSV header's unknown columns.

use super::Item;
use crate::error::CliError;
use crate::exec::bulk::journal;
use crate::exec::bulk::records::{Fields, Record};
use crate::spec::body;
use crate::spec::params::{self, Origin};
use crate::spec::Verb;
use serde_json::{Map, Value};

/// Checks records against the verb's table: each one's body, or its problem.
pub struct Checker<'a> {
    pub verb: &'static Verb,
    pub shared: &'a Map<String, Value>,
    /// CSV columns skipped (`--ignore-unknown-columns`).
    pub ignored: Vec<String>,
}

impl Checker<'_> {
    /// Builds and checks the body of one record.
    pub fn item(&self, rec: Record) -> Result<Item, String> {
        let verb = self.verb;
        let id_only = verb.bulk.as_ref().and_then(|b| b.id_only);
        let origin = Origin::Record(rec.line);
        let mut b = self.shared.clone();
        let merged = match rec.fields {
            Fields::Object(mut obj) => {
                if let Some(id) = id_only {
                    // Only the id matters; other keys (a whole object from `list`) are ignored.
                    obj.retain(|k, _| k == id);
                }
                body::merge_object(verb, &mut b, &obj, &origin, None)
            }
            Fields::Text(mut pairs) => {
                if let Some(id) = id_only {
                    pairs.retain(|(k, _)| k == id);
                } else if !self.ignored.is_empty() {
                    pairs.retain(|(k, _)| !self.ignored.contains(k));
                }
                body::merge_text(verb, &mut b, &pairs, &origin, None)
            }
        };
        match merged.and_then(|()| body::check(verb, &b, &origin)) {
            Ok(()) => {
                let body = Value::Object(b);
                Ok(Item {
                    line: rec.line,
                    hash: journal::body_hash(&body),
                    body,
                })
            }
            Err(e) => Err(e.0),
        }
    }
}

/// The CSV header's columns that are not parameters of `verb` (none for verbs whose records are
/// IDs: their other columns are ignored). One problem for the header, not one per record.
pub fn unknown_columns(verb: &Verb, columns: &[String]) -> Vec<String> {
    if verb.bulk.as_ref().and_then(|b| b.id_only).is_some() {
        return Vec::new();
    }
    columns
        .iter()
        .filter(|c| verb.param(c).is_none())
        .cloned()
        .collect()
}

/// The usage error for unknown CSV columns: one, naming them.
pub fn unknown_columns_error(verb: &Verb, shown: &str, line: usize, cols: &[String]) -> CliError {
    let names: Vec<String> = cols
        .iter()
        .map(
            |c| match params::suggest(c, verb.params.iter().map(|p| p.name)) {
                Some(s) => format!("\"{c}\" (did you mean \"{s}\"?)"),
                None => format!("\"{c}\""),
            },
        )
        .collect();
    let accepted: Vec<&str> = verb.params.iter().map(|p| p.name).collect();
    CliError::Usage {
        message: format!(
            "{shown} line {line}: unknown column{} {}; nothing was sent",
            if cols.len() == 1 { "" } else { "s" },
            names.join(", ")
        ),
        hints: vec![
            format!("`{}` accepts: {}", verb.name, accepted.join(", ")),
            "pass --ignore-unknown-columns to skip columns that are not parameters".into(),
        ],
    }
}
