//! The single select over one list: what typing filters, "load more", "search on the
//! server", "type an ID", the caller's extra choices and "leave it out".

use super::fetch::Listing;
use super::sources::{item_score, Item, Source};
use super::style::{fit, hint, page_size, HELP, LEAVE_OUT};
use super::typed::type_id;
use super::Lookup;
use crate::error::CliError;
use crate::interact::prompt_error;
use crate::output::err_line;
use crate::spec::params::Param;
use inquire::{Select, Text};
use serde_json::{Map, Value};
use std::fmt;

pub(super) enum Choice {
    Item(Item),
    More,
    Search,
    TypeId,
    Extra(usize, String),
    LeaveOut,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Item(i) => i.fmt(f),
            Choice::More => f.write_str("→ load more"),
            Choice::Search => f.write_str("→ search on the server"),
            Choice::TypeId => f.write_str("→ type an ID"),
            Choice::Extra(_, s) => write!(f, "→ {s}"),
            Choice::LeaveOut => f.write_str(LEAVE_OUT),
        }
    }
}

/// Typing filters the items (a plain, case-insensitive substring of name, details or ID) and
/// the caller's extra choices; "load more", "search", "type an ID" and "leave it out" always
/// stay, after what matches (so typing "search" puts the cursor on it).
pub(super) fn score(input: &str, c: &Choice, shown: &str, _: usize) -> Option<i64> {
    let matches = || shown.to_lowercase().contains(&input.trim().to_lowercase());
    match c {
        Choice::Item(item) => item_score(input, item),
        Choice::Extra(..) => matches().then_some(1),
        _ => Some(if matches() { 1 } else { 0 }),
    }
}

/// What matches first, each part in the server's order (a stable sort).
pub(super) fn keep_order(scored: &mut [(usize, i64)]) {
    scored.sort_by_key(|(_, s)| std::cmp::Reverse(*s));
}

/// What a single pick came to.
pub enum Picked {
    Id(String),
    /// One of the extra choices the caller offered, by index.
    Extra(usize),
    LeaveOut,
}

/// What the select is over, and what it offers besides the list.
pub(super) struct Offer<'o> {
    pub(super) title: &'o str,
    /// Typed when the list is empty or "type an ID" is chosen.
    pub(super) typed: &'static Param,
    pub(super) extras: &'o [String],
    pub(super) optional: bool,
}

/// A select over one list, with "load more", "search on the server", "type an ID", the
/// caller's extra choices, and "leave it out" for an optional parameter.
pub(super) async fn pick_one(
    look: &Lookup<'_>,
    src: &Source,
    filters: Map<String, Value>,
    offer: &Offer<'_>,
) -> Result<Picked, CliError> {
    let mut list = Listing::first(look, src, filters).await?;
    let mut start = 0;
    loop {
        if list.items.is_empty()
            && list.search.is_none()
            && offer.extras.is_empty()
            && !offer.optional
        {
            err_line(&format!("No {} found: type an ID instead.", src.noun));
            return Ok(Picked::Id(type_id(offer.typed)?));
        }
        let message = heading(offer.title, src, &list);
        match select(&message, choices(&list, offer), start)? {
            Choice::Item(item) => return Ok(Picked::Id(item.id)),
            Choice::More => {
                start = list.items.len();
                list.more().await?;
            }
            Choice::Search => {
                list.search(ask_search(src)?).await?;
                start = 0;
            }
            Choice::TypeId => return Ok(Picked::Id(type_id(offer.typed)?)),
            Choice::Extra(i, _) => return Ok(Picked::Extra(i)),
            Choice::LeaveOut => return Ok(Picked::LeaveOut),
        }
    }
}

/// The items, then the caller's extras, "load more" (if there is more), "search", "type an
/// ID" and, for an optional parameter, "leave it out".
fn choices(list: &Listing<'_, '_>, offer: &Offer<'_>) -> Vec<Choice> {
    let mut choices: Vec<Choice> = list.items.iter().cloned().map(Choice::Item).collect();
    for (i, e) in offer.extras.iter().enumerate() {
        choices.push(Choice::Extra(i, e.clone()));
    }
    if list.next.is_some() {
        choices.push(Choice::More);
    }
    choices.push(Choice::Search);
    choices.push(Choice::TypeId);
    if offer.optional {
        choices.push(Choice::LeaveOut);
    }
    choices
}

/// The select's question: the title, and what the search found (or that nothing was).
fn heading(title: &str, src: &Source, list: &Listing<'_, '_>) -> String {
    match (&list.search, list.items.is_empty()) {
        (Some(s), true) => format!("{title} (no {} match \"{s}\")", src.noun),
        (None, true) => format!("{title} (no {} found)", src.noun),
        (Some(s), false) => format!("{title} (matching \"{s}\")"),
        (None, false) => title.to_string(),
    }
}

/// Shows the select, the cursor on `start` (the first new item after "load more").
fn select(message: &str, choices: Vec<Choice>, start: usize) -> Result<Choice, CliError> {
    let start_at = start.min(choices.len().saturating_sub(1));
    let margin = message.chars().count() + 4;
    let answer = move |o: inquire::list_option::ListOption<&Choice>| match o.value {
        Choice::Item(item) => fit(&item.label, margin),
        other => other.to_string(),
    };
    let help = hint(HELP);
    Select::new(message, choices)
        .with_scorer(&score)
        .with_sorter(&keep_order)
        .with_formatter(&answer)
        .with_page_size(page_size())
        .with_starting_cursor(start_at)
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)
}

/// What to search the list for on the server. `None`: nothing typed, the whole list.
fn ask_search(src: &Source) -> Result<Option<String>, CliError> {
    let help = hint(&format!(
        "a part of a name, email or ID; nothing lists all {}",
        src.noun
    ));
    let s = Text::new(&format!("Search {} for:", src.noun))
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)?;
    let s = s.trim();
    Ok((!s.is_empty()).then(|| s.to_string()))
}
