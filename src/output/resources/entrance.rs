//! Entrance columns (`list-accessible-entrances`, and the entrance lookups to come).

use super::{counts, notes};
use crate::output::grid::{Cell, Column, Resource};
use crate::output::Style;
use serde_json::Value;

pub static ENTRANCE: Resource = Resource {
    singular: "acs_entrance",
    plural: "acs_entrances",
    noun: "entrances",
    columns: &[
        Column::field("acs_entrance_id", "ID").id().priority(100),
        Column::field("display_name", "NAME")
            .min(10)
            .soft(30)
            .priority(90),
        Column::field("acs_system_id", "ACS SYSTEM")
            .id()
            .priority(50),
        Column::field("is_locked", "LOCKED").min(6).priority(60),
        Column::derived("opens_with", "OPENS WITH", opens_with)
            .min(10)
            .soft(30)
            .priority(70),
        Column::derived("counts", "W/E", counts).min(3).priority(40),
        Column::derived("notes", "NOTES", notes)
            .min(8)
            .soft(30)
            .priority(65),
        Column::field("connected_account_id", "ACCOUNT").id().wide(),
        Column::field("space_ids", "SPACES").wide(),
        Column::field("created_at", "CREATED").wide(),
    ],
    fields: &[
        "can_unlock_with_card",
        "can_unlock_with_code",
        "can_unlock_with_mobile_key",
        "can_unlock_with_cloud_key",
        "can_belong_to_reservation",
        "assa_abloy_vostio_metadata",
        "avigilon_alta_metadata",
        "brivo_metadata",
        "dormakaba_ambiance_metadata",
        "dormakaba_community_metadata",
        "hotek_metadata",
        "latch_metadata",
        "salto_ks_metadata",
        "salto_space_metadata",
        "visionline_metadata",
        "errors",
        "warnings",
    ],
    detail_first: &[
        "acs_entrance_id",
        "display_name",
        "acs_system_id",
        "is_locked",
        "can_unlock_with_code",
        "can_unlock_with_card",
        "can_unlock_with_mobile_key",
        "can_unlock_with_cloud_key",
        "connected_account_id",
        "space_ids",
        "created_at",
    ],
    detail_lead: &[],
};

/// The credential types it opens with: `code, card, mobile_key`.
fn opens_with(e: &Value, _: &Style) -> Cell {
    let mut with = Vec::new();
    for (key, label) in [
        ("can_unlock_with_code", "code"),
        ("can_unlock_with_card", "card"),
        ("can_unlock_with_mobile_key", "mobile_key"),
        ("can_unlock_with_cloud_key", "cloud_key"),
    ] {
        if e.get(key) == Some(&Value::Bool(true)) {
            with.push(label);
        }
    }
    Cell::plain(with.join(", "))
}
