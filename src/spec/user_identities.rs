//! `seam user-identities`: `/user_identities/{list,get}`, read-only. The list is paged (`--all`).

use super::params::{Kind, Param};
use super::{Effect, Paging, Positional, Resource, Response, Rule, Verb};

pub const API: &str = "/user_identities";

pub const RESOURCE: Resource = Resource {
    command: &["user-identities"],
    about: "Find user identities (a person, across access systems)",
    verbs: &[&GET, &LIST],
};

pub const LIST: Verb = Verb {
    name: "list",
    aliases: &["ls"],
    api: API,
    action: "list",
    about: "List user identities",
    long_about: "Lists user identities: all of the workspace, or only the given ones, those of \
                 a credential manager, or those matching a search. One page at a time (see \
                 --limit and --page-cursor), or every page with --all.",
    params: &[
        Param::new(
            "search",
            Kind::Text { non_empty: false },
            "Partial match on full_name, phone_number, email_address or user_identity_id \
             (not display_name).",
        ),
        Param::new(
            "user_identity_ids",
            Kind::UuidList,
            "Only these user identities.",
        ),
        Param::new(
            "credential_manager_acs_system_id",
            Kind::Uuid,
            "Only user identities of this credential manager (its acs_system_id).",
        ),
        Param::new(
            "created_before",
            Kind::DateTime,
            "Only user identities created before this time.",
        ),
        Param::new(
            "limit",
            Kind::Integer { min: 1 },
            "User identities per page (the API's default is 500).",
        ),
        Param::new(
            "page_cursor",
            Kind::Text { non_empty: false },
            "Cursor of the page to fetch: the next_page_cursor of the previous page.",
        ),
    ],
    rules: &[],
    examples: &[
        ("List the user identities", "seam user-identities list"),
        (
            "Find a user identity by name, email or phone",
            "seam user-identities list --search jane@example.com",
        ),
        (
            "Every user identity, one JSON object per line",
            "seam user-identities list --all --format ndjson",
        ),
    ],
    response: Response::Many("user_identities"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: Some(Paging {
        cursor: "page_cursor",
    }),
    with_entrances: false,
    bulk: None,
    done: None,
    positional: None,
    wait: None,
    state_filter: false,
};

pub const GET: Verb = Verb {
    name: "get",
    aliases: &[],
    api: API,
    action: "get",
    about: "Get a user identity",
    long_about: "Returns one user identity, by its ID or by its key (give --user-identity-id or \
                 --user-identity-key, not both), with the ACS users linked to it.",
    params: &[
        Param::new(
            "user_identity_id",
            Kind::Uuid,
            "ID of the user identity. Give this or --user-identity-key, not both.",
        ),
        Param::new(
            "user_identity_key",
            Kind::Text { non_empty: false },
            "Key of the user identity (its user_identity_key). Give this or \
             --user-identity-id, not both.",
        ),
    ],
    rules: &[Rule::ExactlyOne(&["user_identity_id", "user_identity_key"])],
    examples: &[
        (
            "Get a user identity",
            "seam user-identities get --user_identity_id 22222222-2222-2222-2222-222222222222",
        ),
        (
            "Get a user identity by its key",
            "seam user-identities get --user_identity_key jane-doe",
        ),
    ],
    response: Response::One("user_identity"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: None,
    positional: Some(Positional {
        param: "user_identity_id",
        many: false,
    }),
    wait: None,
    state_filter: false,
};
