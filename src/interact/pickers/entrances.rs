//! Entrances: several of one access system, chosen in a multi-select. Their list is read
//! whole up to a cap; past it, the user narrows it with a server-side search first.

use super::fetch::fetch_all;
use super::sources::{item_score, Item, ENTRANCES};
use super::style::{fit, hint, page_size};
use super::system::{in_system, system_for};
use super::typed::{as_text, text};
use super::Lookup;
use crate::error::CliError;
use crate::interact::prompt_error;
use crate::output::err_line;
use crate::spec::params::Param;
use inquire::validator::Validation;
use inquire::{MultiSelect, Text};
use serde_json::{Map, Value};

/// Entrances are chosen several at a time, so their list is fetched whole up to this many;
/// past it, the user narrows it with a server-side search first.
const ENTRANCE_CAP: usize = 1800;

/// Several entrances of one access system, chosen in a multi-select.
pub(super) async fn entrances(
    look: &Lookup<'_>,
    p: &'static Param,
    current: Option<&Value>,
    body: &Map<String, Value>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let system = system_for(look, body).await?;
    let items = gather(look, &in_system(&system)).await?;
    if items.is_empty() {
        err_line("No entrances found in this access system: type their IDs instead (a,b,...).");
        return text(p, current.map(as_text), optional);
    }
    let picked = multi_select(p, items, current, optional)?;
    if picked.is_empty() {
        return Ok(None);
    }
    Ok(Some(Value::Array(
        picked.into_iter().map(|i| Value::String(i.id)).collect(),
    )))
}

/// The entrances to choose from: all of them, or, past the cap, those matching a search (or
/// the first ones read, when nothing is typed).
async fn gather(look: &Lookup<'_>, filters: &Map<String, Value>) -> Result<Vec<Item>, CliError> {
    let mut search: Option<String> = None;
    loop {
        let (items, cursor) =
            fetch_all(look, &ENTRANCES, filters, search.as_deref(), ENTRANCE_CAP).await?;
        if cursor.is_none() || search.is_some() {
            return Ok(items);
        }
        let help = hint(&format!("nothing: choose among the first {}", items.len()));
        let s = Text::new(&format!(
            "This access system has more than {} entrances. Search for:",
            items.len()
        ))
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)?;
        if s.trim().is_empty() {
            return Ok(items);
        }
        search = Some(s.trim().to_string());
    }
}

fn score_item(input: &str, item: &Item, _: &str, _: usize) -> Option<i64> {
    item_score(input, item)
}

/// The multi-select, the entrances of `current` already selected. A required parameter needs
/// at least one.
fn multi_select(
    p: &'static Param,
    items: Vec<Item>,
    current: Option<&Value>,
    optional: bool,
) -> Result<Vec<Item>, CliError> {
    let chosen: Vec<&str> = current
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let defaults: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| chosen.contains(&it.id.as_str()))
        .map(|(i, _)| i)
        .collect();
    let title = format!("Entrances ({}):", p.name);
    let help = hint(if optional {
        "Space to select, Enter to confirm (none: leave it out), type to filter, Esc to cancel"
    } else {
        "Space to select, Enter to confirm, type to filter, Esc to cancel"
    });
    let margin = title.chars().count() + 4;
    let answer = move |sel: &[inquire::list_option::ListOption<&Item>]| {
        let names: Vec<&str> = sel.iter().map(|o| o.value.label.as_str()).collect();
        fit(&names.join(", "), margin)
    };
    let mut ms = MultiSelect::new(&title, items)
        .with_default(&defaults)
        .with_formatter(&answer)
        .with_scorer(&score_item)
        .with_page_size(page_size())
        .with_help_message(&help);
    if !optional {
        ms = ms.with_validator(|sel: &[inquire::list_option::ListOption<&Item>]| {
            Ok(if sel.is_empty() {
                Validation::Invalid("choose at least one (Space)".into())
            } else {
                Validation::Valid
            })
        });
    }
    ms.prompt().map_err(prompt_error)
}
