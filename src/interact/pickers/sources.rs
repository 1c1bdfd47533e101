//! The workspace lists a picker reads (access systems, ACS users, user identities, entrances,
//! credentials): their endpoints, how each item is labelled, and the item a select shows.

use super::style::fit;
use crate::spec::params::{Kind, Param};
use serde_json::Value;
use std::fmt;

/// One workspace list endpoint, and how to show its items.
pub(super) struct Source {
    pub(super) path: &'static str,
    pub(super) key: &'static str,
    pub(super) id: &'static str,
    pub(super) noun: &'static str,
    pub(super) paged: bool,
    pub(super) label: fn(&Value) -> String,
}

pub(super) const SYSTEMS: Source = Source {
    path: "/acs/systems/list",
    key: "acs_systems",
    id: "acs_system_id",
    noun: "access systems",
    paged: false,
    label: system_label,
};
pub(super) const USERS: Source = Source {
    path: "/acs/users/list",
    key: "acs_users",
    id: "acs_user_id",
    noun: "ACS users",
    paged: true,
    label: user_label,
};
pub(super) const IDENTITIES: Source = Source {
    path: "/user_identities/list",
    key: "user_identities",
    id: "user_identity_id",
    noun: "user identities",
    paged: true,
    label: person_label,
};
pub(super) const ENTRANCES: Source = Source {
    path: "/acs/entrances/list",
    key: "acs_entrances",
    id: "acs_entrance_id",
    noun: "entrances",
    paged: true,
    label: entrance_label,
};
pub(super) const CREDENTIALS: Source = Source {
    path: "/acs/credentials/list",
    key: "acs_credentials",
    id: "acs_credential_id",
    noun: "credentials",
    paged: true,
    label: credential_label,
};

/// The access system a list is narrowed to when none is given (typed if the list is empty).
pub(super) const SYSTEM_FILTER: Param = Param::new(
    "acs_system_id",
    Kind::Uuid,
    "The access system to list from.",
);

fn field<'v>(v: &'v Value, k: &str) -> Option<&'v str> {
    v.get(k).and_then(Value::as_str).filter(|s| !s.is_empty())
}

pub(super) fn system_label(v: &Value) -> String {
    let mut l = field(v, "name").unwrap_or("(no name)").to_string();
    if let Some(t) = field(v, "external_type_display_name") {
        l.push_str(&format!(" · {t}"));
    }
    if v.get("errors")
        .and_then(Value::as_array)
        .is_some_and(|e| !e.is_empty())
    {
        l.push_str(" · has errors");
    }
    l
}

/// A person: display name (and full name if different), email, phone.
fn person(v: &Value, email: Option<&str>) -> String {
    let name = field(v, "display_name").unwrap_or("(no name)");
    let mut l = name.to_string();
    if let Some(full) = field(v, "full_name").filter(|f| *f != name) {
        l.push_str(&format!(" ({full})"));
    }
    if let Some(e) = email {
        l.push_str(&format!(" <{e}>"));
    }
    if let Some(p) = field(v, "phone_number") {
        l.push_str(&format!(" {p}"));
    }
    l
}

pub(super) fn user_label(v: &Value) -> String {
    let email = field(v, "email_address").or_else(|| field(v, "user_identity_email_address"));
    person(v, email)
}

fn person_label(v: &Value) -> String {
    person(v, field(v, "email_address"))
}

pub(super) fn entrance_label(v: &Value) -> String {
    field(v, "display_name").unwrap_or("(no name)").to_string()
}

fn credential_label(v: &Value) -> String {
    let mut l = field(v, "display_name").unwrap_or("(no name)").to_string();
    if let Some(m) = field(v, "access_method") {
        l.push_str(&format!(" · {m}"));
    }
    l
}

/// One item of a list: its ID and what is shown (server text made safe for the terminal).
#[derive(Clone)]
pub(super) struct Item {
    pub(super) id: String,
    pub(super) label: String,
    /// What typing filters on: label and ID, lower case.
    pub(super) haystack: String,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fit(&format!("{}  {}", self.label, self.id), 8))
    }
}

/// Typing filters an item on a plain, case-insensitive substring of its label or ID.
pub(super) fn item_score(input: &str, item: &Item) -> Option<i64> {
    item.haystack
        .contains(&input.trim().to_lowercase())
        .then_some(1)
}
