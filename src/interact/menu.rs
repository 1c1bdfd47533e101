//! `-i/--interactive`: every parameter of the verb in a menu, prefilled from flags, `--data`
//! and stdin; each is edited with its picker, optional ones added or left out. "Send" checks
//! the whole body (required parameters, rules), shows the request as `--dry-run` shows it, and
//! asks before it is sent.

use super::pickers::{self, Lookup};
use super::prompt_error;
use crate::error::CliError;
use crate::output::{err_line, one_line_safe};
use crate::spec::body;
use crate::spec::params::{Origin, Param};
use crate::spec::{Verb, RESOURCES};
use inquire::{Confirm, Select};
use serde_json::{Map, Value};
use std::fmt;

enum Entry {
    Param {
        param: &'static Param,
        value: Option<String>,
        width: usize,
    },
    Send,
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Param {
                param,
                value,
                width,
            } => {
                let mark = if param.required { "*" } else { " " };
                let shown = match (value, param.required) {
                    (Some(v), _) => v.clone(),
                    (None, true) => "(required, not set)".into(),
                    (None, false) => "-".into(),
                };
                let line = format!("{mark} {:<width$}  {shown}", param.name);
                let max = crossterm::terminal::size()
                    .map(|(c, _)| usize::from(c))
                    .unwrap_or(80)
                    .saturating_sub(6)
                    .max(20);
                if line.chars().count() > max {
                    let cut: String = line.chars().take(max - 1).collect();
                    write!(f, "{cut}…")
                } else {
                    f.write_str(&line)
                }
            }
            Entry::Send => f.write_str("→ review and send"),
        }
    }
}

/// Typing filters the parameters by name; "send" always stays.
fn score(input: &str, e: &Entry, _: &str, _: usize) -> Option<i64> {
    match e {
        Entry::Param { param, .. } => param
            .name
            .contains(&input.trim().to_lowercase().replace(['-', ' '], "_"))
            .then_some(0),
        Entry::Send => Some(0),
    }
}

fn shown(v: &Value) -> String {
    one_line_safe(&match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// Runs the menu until the request is confirmed (Ok) or the user leaves (Esc: cancelled).
pub async fn run(
    verb: &'static Verb,
    body: &mut Map<String, Value>,
    look: &Lookup<'_>,
) -> Result<(), CliError> {
    // Start on the first required parameter not given, else on "send".
    let mut cursor = verb
        .params
        .iter()
        .position(|p| p.required && !body.contains_key(p.name))
        .unwrap_or(verb.params.len());
    loop {
        match choose(verb, body, cursor)? {
            Entry::Param { param, .. } => {
                cursor = verb
                    .params
                    .iter()
                    .position(|p| p.name == param.name)
                    .unwrap_or(0);
                edit(param, body, look).await?;
            }
            Entry::Send => {
                cursor = verb.params.len();
                if review_and_confirm(verb, body, look)? {
                    return Ok(());
                }
            }
        }
    }
}

/// The menu itself: every parameter with its value, then "review and send".
fn choose(
    verb: &'static Verb,
    body: &Map<String, Value>,
    cursor: usize,
) -> Result<Entry, CliError> {
    let width = verb.params.iter().map(|p| p.name.len()).max().unwrap_or(0);
    let mut entries: Vec<Entry> = verb
        .params
        .iter()
        .map(|p| Entry::Param {
            param: p,
            value: body.get(p.name).map(shown),
            width,
        })
        .collect();
    entries.push(Entry::Send);
    let title = format!("{}: choose a parameter to edit (* required)", command(verb));
    let answer = |o: inquire::list_option::ListOption<&Entry>| match o.value {
        Entry::Param { param, .. } => param.name.to_string(),
        Entry::Send => "review and send".to_string(),
    };
    Select::new(&title, entries)
        .with_scorer(&score)
        .with_formatter(&answer)
        .with_starting_cursor(cursor.min(verb.params.len()))
        .with_page_size(pickers::page_size().max(verb.params.len().min(15) + 1))
        .with_help_message("type to filter, Enter to edit, Esc to cancel (nothing is sent)")
        .prompt()
        .map_err(prompt_error)
}

/// Edits one parameter with its picker; left out, it leaves the body.
async fn edit(
    param: &'static Param,
    body: &mut Map<String, Value>,
    look: &Lookup<'_>,
) -> Result<(), CliError> {
    let current = body.get(param.name).cloned();
    match pickers::ask(look, param, current.as_ref(), body, !param.required).await? {
        Some(v) => {
            body.insert(param.name.to_string(), v);
        }
        None => {
            body.remove(param.name);
        }
    }
    Ok(())
}

/// "Review and send": checks the body (else says why, back to the menu), shows the request
/// as `--dry-run` shows it, and asks. `true`: confirmed.
fn review_and_confirm(
    verb: &'static Verb,
    body: &Map<String, Value>,
    look: &Lookup<'_>,
) -> Result<bool, CliError> {
    if let Err(e) = body::check(verb, body, &Origin::Json("the menu")) {
        err_line(&format!("cannot send yet: {}", e.0));
        return Ok(false);
    }
    let request = Value::Object(body.clone());
    err_line("");
    for line in look.client().request_text(&verb.path(), &request).lines() {
        err_line(&format!("  {line}"));
    }
    let question = match &verb.confirm {
        Some(c) => format!(
            "{} {} {}?",
            c.action,
            c.noun,
            body.get(c.target).map(shown).unwrap_or_default()
        ),
        None => "Send this request?".to_string(),
    };
    Confirm::new(&question)
        .with_default(verb.confirm.is_none())
        .with_help_message("no: back to the menu")
        .prompt()
        .map_err(prompt_error)
}

/// The verb's command, e.g. `seam acs credentials create`.
fn command(verb: &Verb) -> String {
    let words = RESOURCES
        .iter()
        .find(|r| r.verbs.iter().any(|v| v.path() == verb.path()))
        .map(|r| r.command.join(" "))
        .unwrap_or_default();
    format!("seam {words} {}", verb.name)
}
