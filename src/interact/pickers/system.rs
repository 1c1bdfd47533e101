//! The access system a list is narrowed to: the one in the body, else one picked (and
//! remembered) for the purpose; and an ACS user of a given access system.

use super::select::{pick_one, Offer, Picked};
use super::sources::{SYSTEMS, SYSTEM_FILTER, USERS};
use super::Lookup;
use crate::error::CliError;
use crate::spec::params::{self, Param};
use serde_json::{Map, Value};

/// The access system given in the body (the list filters take `acs_system_id`, the same
/// parameter), else the one picked earlier to narrow a list.
fn known_system(look: &Lookup<'_>, body: &Map<String, Value>) -> Option<String> {
    body.get(SYSTEM_FILTER.name)
        .and_then(Value::as_str)
        .filter(|s| params::is_uuid(s))
        .map(str::to_string)
        .or_else(|| look.system.borrow().clone())
}

/// The access system a list of its users or entrances is narrowed to: the known one, else one
/// picked now.
pub(super) async fn system_for(
    look: &Lookup<'_>,
    body: &Map<String, Value>,
) -> Result<String, CliError> {
    match known_system(look, body) {
        Some(s) => Ok(s),
        None => narrowing_system(look).await,
    }
}

/// Picks an access system only to narrow a later list (remembered for the next list).
pub async fn narrowing_system(look: &Lookup<'_>) -> Result<String, CliError> {
    if let Some(s) = look.system.borrow().clone() {
        return Ok(s);
    }
    let offer = Offer {
        title: "Access system:",
        typed: &SYSTEM_FILTER,
        extras: &[],
        optional: false,
    };
    let id = match pick_one(look, &SYSTEMS, Map::new(), &offer).await? {
        Picked::Id(id) => id,
        Picked::Extra(_) | Picked::LeaveOut => return Err(CliError::PromptCancelled),
    };
    *look.system.borrow_mut() = Some(id.clone());
    Ok(id)
}

/// The list filter for one access system.
pub(super) fn in_system(system: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(SYSTEM_FILTER.name.into(), Value::String(system.to_string()));
    m
}

/// An ACS user of one access system, or one of the caller's extra choices.
pub async fn acs_user_in(
    look: &Lookup<'_>,
    system: &str,
    typed: &'static Param,
    extras: &[String],
) -> Result<Picked, CliError> {
    *look.system.borrow_mut() = Some(system.to_string());
    let offer = Offer {
        title: &format!("ACS user ({}):", typed.name),
        typed,
        extras,
        optional: false,
    };
    pick_one(look, &USERS, in_system(system), &offer).await
}
