//! Shared fixtures: the IDs, credentials, entrances and tokens that several test files use.
//! Changing a value here changes what many tests send and expect: the exact table tests
//! (`output/table_layout.rs`) print these values.

use serde_json::{json, Value};

/// The credential most tests ask about.
pub const CRED_ID: &str = "66666666-6666-6666-6666-666666666666";
/// A second and third credential, for lists.
pub const CRED2_ID: &str = "77777777-7777-7777-7777-777777777777";
pub const CRED3_ID: &str = "88888888-8888-8888-8888-888888888888";
/// The ACS user the credentials belong to.
pub const USER_ID: &str = "33333333-3333-3333-3333-333333333333";
pub const IDENTITY_ID: &str = "22222222-2222-2222-2222-222222222222";
/// The ACS system of [`mobile_credential`] and [`lockable_entrance`].
pub const SYSTEM_ID: &str = "88888888-8888-8888-8888-888888888888";
/// Entrances.
pub const ENTRANCE_ID: &str = "55555555-5555-5555-5555-555555555555";
pub const ENTRANCE2_ID: &str = "55555555-5555-5555-5555-000000000000";

/// Workspaces, for tokens that need one.
pub const WS1: &str = "11111111-1111-4111-8111-111111111111";
pub const WS2: &str = "22222222-2222-4222-8222-222222222222";
pub const WS3: &str = "33333333-3333-4333-8333-333333333333";

/// Tokens other than [`super::KEY`]: a personal access token, a console session token, and
/// two more API keys (one for a profile). Each is a secret the leak checks can look for.
pub const PAT: &str = "seam_at1_PAT_5ecret_0123456789abcdef";
pub const CONSOLE: &str = "eyJhbGciOiJIUzI1NiJ9.c0ns0le_5ecret_0123456789abcdef";
pub const PROFILE_KEY: &str = "seam_prof1le_5ecret_0123456789abcdef";
pub const OTHER_KEY: &str = "seam_other_5ecret_0123456789abcdef";

/// How [`super::KEY`] shows in traces and dry runs.
pub const MASKED: &str = "seam_...cdef";

/// `base` with the fields of `extra` added or replaced.
pub fn merged(base: Value, extra: Value) -> Value {
    let mut base = base;
    if let (Value::Object(b), Value::Object(extra)) = (&mut base, extra) {
        b.extend(extra);
    }
    base
}

/// `body` with `"ok": true`, as the API answers.
pub fn ok_body(body: Value) -> Value {
    merged(body, json!({"ok": true}))
}

/// A code credential `id` of [`USER_ID`], with the fields of `extra` added or replaced.
pub fn credential(id: &str, extra: Value) -> Value {
    merged(
        json!({
            "acs_credential_id": id,
            "acs_user_id": USER_ID,
            "acs_system_id": "11111111-1111-1111-1111-111111111111",
            "connected_account_id": "22222222-2222-2222-2222-222222222222",
            "workspace_id": "44444444-4444-4444-4444-444444444444",
            "display_name": "Pool gate code",
            "access_method": "code",
            "code": "0123",
            "created_at": "2024-02-01T00:00:00Z",
            "is_managed": true,
            "warnings": [],
            "errors": []
        }),
        extra,
    )
}

/// An entrance `id` called `name`.
pub fn entrance(id: &str, name: &str) -> Value {
    json!({
        "acs_entrance_id": id,
        "display_name": name,
        "acs_system_id": "11111111-1111-1111-1111-111111111111",
        "connected_account_id": "22222222-2222-2222-2222-222222222222",
        "created_at": "2024-01-01T00:00:00Z",
        "space_ids": [],
        "errors": [],
        "warnings": []
    })
}

/// A credential with every field the API reference's resource page shows: the multi-phone
/// sync mobile key [`CRED_ID`], waiting to be issued.
pub fn mobile_credential() -> Value {
    json!({
        "acs_credential_id": CRED_ID,
        "acs_user_id": USER_ID,
        "display_name": "Multi Phone Sync Credential",
        "code": null,
        "acs_system_id": SYSTEM_ID,
        "access_method": "mobile_key",
        "connected_account_id": "44444444-4444-4444-4444-444444444444",
        "workspace_id": "00000000-0000-0000-0000-000000000000",
        "created_at": "2024-04-12T03:56:22.396Z",
        "starts_at": "2024-03-01T10:40:00Z",
        "ends_at": "2024-03-04T10:40:00Z",
        "is_multi_phone_sync_credential": true,
        "is_managed": true,
        "is_issued": false,
        "errors": [],
        "warnings": [{"warning_code": "waiting_to_be_issued", "message": "Waiting to be issued.", "created_at": "2024-04-12T03:56:22.396Z"}]
    })
}

/// The entrance [`ENTRANCE_ID`] with every field the API reference's resource page shows.
pub fn lockable_entrance() -> Value {
    json!({
        "acs_entrance_id": ENTRANCE_ID,
        "acs_system_id": SYSTEM_ID,
        "display_name": "Pool gate",
        "space_ids": [],
        "created_at": "2024-01-01T00:00:00Z",
        "connected_account_id": "44444444-4444-4444-4444-444444444444",
        "is_locked": true,
        "can_unlock_with_code": true,
        "can_unlock_with_card": false,
        "errors": [],
        "warnings": []
    })
}

/// The n-th of many UUIDs (bulk and paging tests).
pub fn nth_uuid(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

/// The n-th of many code credentials (bulk and paging tests).
pub fn nth_credential(n: usize) -> Value {
    json!({
        "acs_credential_id": nth_uuid(n),
        "connected_account_id": nth_uuid(900_000),
        "acs_system_id": nth_uuid(900_001),
        "acs_user_id": nth_uuid(900_002),
        "display_name": format!("Credential {n}"),
        "access_method": "code",
        "code": format!("{}", 1000 + n),
        "created_at": "2024-03-01T00:00:00.000Z",
        "workspace_id": nth_uuid(900_003),
        "errors": [],
        "warnings": [],
        "is_managed": true
    })
}
