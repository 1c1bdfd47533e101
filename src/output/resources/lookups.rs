//! Default columns for the lookup resources (ACS systems, ACS users, user identities), so the
//! lookup commands only pick them. Field names from `acs-lookups-api.md`.

use super::{counts, notes};
use crate::output::grid::{Cell, Column, Resource};
use crate::output::Style;
use serde_json::Value;

pub static ACS_SYSTEM: Resource = Resource {
    singular: "acs_system",
    plural: "acs_systems",
    noun: "systems",
    columns: &[
        Column::field("acs_system_id", "ID").id().priority(100),
        Column::field("name", "NAME").min(10).soft(30).priority(90),
        Column::derived("type", "TYPE", system_type)
            .min(8)
            .soft(24)
            .priority(70),
        Column::field("is_credential_manager", "CRED MGR")
            .min(8)
            .priority(60),
        Column::field("acs_user_count", "USERS").min(5).priority(40),
        Column::derived("counts", "W/E", counts).min(3).priority(30),
        Column::derived("notes", "NOTES", notes)
            .min(8)
            .soft(30)
            .priority(65),
        Column::field("location.time_zone", "TIME ZONE").wide(),
        Column::field("connected_account_id", "ACCOUNT").id().wide(),
        Column::field("created_at", "CREATED").wide(),
    ],
    fields: &[
        "external_type",
        "external_type_display_name",
        "acs_access_group_count",
        "connected_account_ids",
        "default_credential_manager_acs_system_id",
        "image_url",
        "image_alt_text",
        "location",
        "visionline_metadata",
        "workspace_id",
        "errors",
        "warnings",
    ],
    detail_first: &[
        "acs_system_id",
        "name",
        "external_type_display_name",
        "external_type",
        "is_credential_manager",
        "acs_user_count",
        "connected_account_id",
        "created_at",
    ],
    detail_lead: &[],
};

pub static ACS_USER: Resource = Resource {
    singular: "acs_user",
    plural: "acs_users",
    noun: "users",
    columns: &[
        Column::field("acs_user_id", "ID").id().priority(100),
        Column::field("display_name", "NAME")
            .min(10)
            .soft(30)
            .priority(90),
        Column::field("email_address", "EMAIL")
            .min(10)
            .soft(30)
            .priority(80),
        Column::field("phone_number", "PHONE")
            .min(8)
            .soft(16)
            .priority(60),
        Column::field("acs_system_id", "ACS SYSTEM")
            .id()
            .priority(50),
        Column::field("is_suspended", "SUSPENDED")
            .min(9)
            .priority(55),
        Column::derived("counts", "W/E", counts).min(3).priority(30),
        Column::derived("notes", "NOTES", notes)
            .min(8)
            .soft(30)
            .priority(65),
        Column::field("full_name", "FULL NAME").wide(),
        Column::field("user_identity_id", "IDENTITY").id().wide(),
        Column::field("external_type_display_name", "TYPE").wide(),
        Column::field("created_at", "CREATED").wide(),
    ],
    fields: &[
        "external_type",
        "access_schedule",
        "user_identity_full_name",
        "user_identity_email_address",
        "user_identity_phone_number",
        "hid_acs_system_id",
        "connected_account_id",
        "workspace_id",
        "is_managed",
        "last_successful_sync_at",
        "salto_ks_metadata",
        "salto_space_metadata",
        "pending_mutations",
        "errors",
        "warnings",
    ],
    detail_first: &[
        "acs_user_id",
        "display_name",
        "full_name",
        "email_address",
        "phone_number",
        "acs_system_id",
        "is_suspended",
        "user_identity_id",
        "access_schedule",
        "created_at",
    ],
    detail_lead: &[],
};

pub static USER_IDENTITY: Resource = Resource {
    singular: "user_identity",
    plural: "user_identities",
    noun: "user identities",
    columns: &[
        Column::field("user_identity_id", "ID").id().priority(100),
        Column::field("display_name", "NAME")
            .min(10)
            .soft(30)
            .priority(90),
        Column::field("email_address", "EMAIL")
            .min(10)
            .soft(30)
            .priority(80),
        Column::field("phone_number", "PHONE")
            .min(8)
            .soft(16)
            .priority(60),
        Column::derived("acs_users", "ACS USERS", acs_user_count)
            .min(9)
            .priority(50),
        Column::derived("counts", "W/E", counts).min(3).priority(30),
        Column::derived("notes", "NOTES", notes)
            .min(8)
            .soft(30)
            .priority(65),
        Column::field("full_name", "FULL NAME").wide(),
        Column::field("user_identity_key", "KEY").wide(),
        Column::field("created_at", "CREATED").wide(),
    ],
    fields: &["acs_user_ids", "workspace_id", "errors", "warnings"],
    detail_first: &[
        "user_identity_id",
        "display_name",
        "full_name",
        "email_address",
        "phone_number",
        "user_identity_key",
        "acs_user_ids",
        "created_at",
    ],
    detail_lead: &[],
};

/// `external_type_display_name`, else `external_type`.
fn system_type(s: &Value, _: &Style) -> Cell {
    let t = s
        .get("external_type_display_name")
        .or_else(|| s.get("external_type"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    Cell::plain(t)
}

/// How many ACS users an identity has.
fn acs_user_count(u: &Value, _: &Style) -> Cell {
    match u.get("acs_user_ids").and_then(Value::as_array) {
        Some(a) => Cell::plain(a.len().to_string()),
        None => Cell::default(),
    }
}
