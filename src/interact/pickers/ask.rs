//! Asking for one parameter: by its picker (a workspace list), or by its kind: enums as a
//! select, booleans as yes/no, everything else as checked text.

use super::entrances::entrances;
use super::select::{pick_one, Offer, Picked};
use super::sources::{CREDENTIALS, IDENTITIES, SYSTEMS, USERS};
use super::style::{hint, page_size, LEAVE_OUT};
use super::system::{in_system, system_for};
use super::typed::{as_text, now_text, text};
use super::Lookup;
use crate::error::CliError;
use crate::interact::prompt_error;
use crate::spec::params::{Kind, Param, Pick};
use inquire::{Confirm, Select};
use serde_json::{Map, Value};

/// Asks for one parameter: its picker, or by its kind. `current` prefills the answer.
/// `None`: leave it out (only offered for optional parameters).
pub async fn ask(
    look: &Lookup<'_>,
    p: &'static Param,
    current: Option<&Value>,
    body: &Map<String, Value>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let cur = current.map(as_text);
    if let Some(pick) = p.pick {
        return pick_param(look, p, pick, current, body, optional).await;
    }
    match p.kind {
        Kind::Enum(values) => ask_enum(p, values, cur, optional),
        Kind::Bool if !optional => ask_yes_no(p, current),
        Kind::Bool => ask_bool_or_leave_out(p, current),
        Kind::DateTime => text(p, cur.or_else(|| Some(now_text(look.now))), optional),
        _ => text(p, cur, optional),
    }
}

/// An enum as a select, on the current value (else the first).
fn ask_enum(
    p: &'static Param,
    values: &[&str],
    cur: Option<String>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let mut opts: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    if optional {
        opts.push(LEAVE_OUT.into());
    }
    let start = cur
        .and_then(|c| opts.iter().position(|o| *o == c))
        .unwrap_or(0);
    let help = hint(p.help);
    let v = Select::new(&format!("{}:", p.name), opts)
        .with_starting_cursor(start)
        .with_page_size(page_size())
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)?;
    Ok((v != LEAVE_OUT).then_some(Value::String(v)))
}

/// A required boolean: yes or no, the current value (else no) by default.
fn ask_yes_no(p: &'static Param, current: Option<&Value>) -> Result<Option<Value>, CliError> {
    let help = hint(p.help);
    let b = Confirm::new(&format!("{}:", p.name))
        .with_default(current.and_then(Value::as_bool).unwrap_or(false))
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)?;
    Ok(Some(Value::Bool(b)))
}

/// An optional boolean: yes, no, or leave it out.
fn ask_bool_or_leave_out(
    p: &'static Param,
    current: Option<&Value>,
) -> Result<Option<Value>, CliError> {
    let opts = vec!["yes", "no", LEAVE_OUT];
    let start = match current.and_then(Value::as_bool) {
        Some(true) => 0,
        Some(false) => 1,
        None => 2,
    };
    let help = hint(p.help);
    let v = Select::new(&format!("{}:", p.name), opts)
        .with_starting_cursor(start)
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)?;
    Ok(match v {
        "yes" => Some(Value::Bool(true)),
        "no" => Some(Value::Bool(false)),
        _ => None,
    })
}

/// A parameter whose value comes from a workspace list.
async fn pick_param(
    look: &Lookup<'_>,
    p: &'static Param,
    pick: Pick,
    current: Option<&Value>,
    body: &Map<String, Value>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let (src, filters, what) = match pick {
        Pick::AcsSystem => (&SYSTEMS, Map::new(), "Access system"),
        Pick::AcsUser => {
            let system = system_for(look, body).await?;
            (&USERS, in_system(&system), "ACS user")
        }
        Pick::UserIdentity => (&IDENTITIES, Map::new(), "User identity"),
        Pick::Credential => (&CREDENTIALS, Map::new(), "Credential"),
        Pick::Entrances => return entrances(look, p, current, body, optional).await,
    };
    let offer = Offer {
        title: &format!("{what} ({}):", p.name),
        typed: p,
        extras: &[],
        optional,
    };
    Ok(match pick_one(look, src, filters, &offer).await? {
        Picked::Id(id) => Some(Value::String(id)),
        Picked::Extra(_) | Picked::LeaveOut => None,
    })
}
