//! Credential columns.

use super::{counts, notes};
use crate::output::grid::{Cell, Column, Resource, Show};
use crate::output::table::{self, text};
use crate::output::Style;
use serde_json::Value;

pub static CREDENTIAL: Resource = Resource {
    singular: "acs_credential",
    plural: "acs_credentials",
    noun: "credentials",
    columns: &[
        Column::field("acs_credential_id", "ID").id().priority(100),
        Column::field("acs_user_id", "USER")
            .id()
            .priority(45)
            .show(Show::IfVaries),
        Column::field("display_name", "NAME")
            .min(10)
            .soft(30)
            .priority(90),
        Column::derived("access", "ACCESS", access)
            .min(9)
            .soft(16)
            .priority(80),
        Column::field("starts_at", "STARTS").min(20).priority(40),
        Column::field("ends_at", "ENDS").min(20).priority(70),
        Column::derived("state", "STATE", state).min(9).priority(85),
        Column::field("is_issued", "ISSUED").min(6).priority(60),
        Column::derived("counts", "W/E", counts).min(3).priority(30),
        Column::derived("notes", "NOTES", notes)
            .min(8)
            .soft(30)
            .priority(65),
        // Asked for with --with-entrances: kept before most columns at 80 columns.
        Column::derived("acs_entrances", "ENTRANCES", entrances)
            .min(10)
            .soft(30)
            .priority(88)
            .show(Show::IfPresent),
        Column::field("user_identity_id", "IDENTITY").id().wide(),
        Column::field("acs_system_id", "ACS SYSTEM").id().wide(),
        Column::field("external_type_display_name", "TYPE").wide(),
        Column::field("issued_at", "ISSUED AT").wide(),
        Column::field("created_at", "CREATED").wide(),
    ],
    fields: &[
        "access_method",
        "acs_credential_pool_id",
        "assa_abloy_vostio_metadata",
        "card_number",
        "code",
        "connected_account_id",
        "errors",
        "external_type",
        "is_latest_desired_state_synced_with_provider",
        "is_managed",
        "is_multi_phone_sync_credential",
        "is_one_time_use",
        "latest_desired_state_synced_with_provider_at",
        "parent_acs_credential_id",
        "visionline_metadata",
        "warnings",
        "workspace_id",
    ],
    detail_first: &[
        "acs_credential_id",
        "display_name",
        "access_method",
        "code",
        "card_number",
        "acs_user_id",
        "user_identity_id",
        "acs_system_id",
        "starts_at",
        "ends_at",
        "is_issued",
        "issued_at",
        "external_type_display_name",
        "external_type",
        "is_multi_phone_sync_credential",
        "is_one_time_use",
        "is_latest_desired_state_synced_with_provider",
        "latest_desired_state_synced_with_provider_at",
        "connected_account_id",
        "workspace_id",
        "created_at",
    ],
    detail_lead: &[("state", state_summary)],
};

/// How it opens: `code 0123`, `card 0042`, `mobile_key`.
fn access(c: &Value, _: &Style) -> Cell {
    let method = text(c.get("access_method"));
    let s = match (c.get("code"), c.get("card_number")) {
        (Some(v @ Value::String(_)), _) | (_, Some(v @ Value::String(_))) => {
            format!("{method} {}", text(Some(v)))
        }
        _ => method,
    };
    Cell::plain(s.trim())
}

/// `active`, `scheduled` or `expired`, coloured.
fn state(c: &Value, style: &Style) -> Cell {
    let st = table::state(c, style.now);
    Cell::colored(st.label(), Some(table::state_color(st)))
}

/// The state with whether it is issued (`scheduled, not issued`), for the key/value view.
fn state_summary(c: &Value, style: &Style) -> Cell {
    let st = table::state(c, style.now);
    Cell::colored(
        table::state_summary(c, style.now),
        Some(table::state_color(st)),
    )
}

/// The names of the entrances added by `--with-entrances`, `(none)` if it opens none.
fn entrances(c: &Value, _: &Style) -> Cell {
    let s = match c.get("acs_entrances") {
        Some(Value::Array(es)) if es.is_empty() => "(none)".into(),
        Some(Value::Array(es)) => es
            .iter()
            .map(|e| {
                let n = text(e.get("display_name"));
                if n.is_empty() {
                    text(e.get("acs_entrance_id"))
                } else {
                    n
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    Cell::plain(s)
}
