use crate::spec::params::{Kind, Param};
use crate::spec::{Effect, Paging, Response, Verb};

pub const VERB: Verb = Verb {
    name: "list",
    aliases: &["ls"],
    api: super::API,
    action: "list",
    about: "List credentials",
    long_about: "Lists credentials, filtered by ACS user, access system, user identity, or none. \
                 One page at a time (see --limit and --page-cursor), or every page with --all.",
    params: &[
        Param::new(
            "acs_user_id",
            Kind::Uuid,
            "Only credentials of this ACS user.",
        ),
        Param::new(
            "acs_system_id",
            Kind::Uuid,
            "Only credentials in this access system.",
        ),
        Param::new(
            "user_identity_id",
            Kind::Uuid,
            "Only credentials of this user identity.",
        ),
        Param::new(
            "created_before",
            Kind::DateTime,
            "Only credentials created before this time.",
        ),
        Param::new(
            "is_multi_phone_sync_credential",
            Kind::Bool,
            "Only multi-phone sync credentials (true), or only the others (false).",
        ),
        Param::new(
            "limit",
            Kind::Number,
            "Credentials per page (the API's default is 500).",
        ),
        Param::new(
            "page_cursor",
            Kind::Text { non_empty: false },
            "Cursor of the page to fetch: the next_page_cursor of the previous page.",
        ),
        Param::new(
            "search",
            Kind::Text { non_empty: true },
            "Partial match on display_name, code, card_number, acs_user_id or acs_credential_id.",
        ),
    ],
    rules: &[],
    examples: &[
        (
            "List the credentials of an ACS user",
            "seam acs credentials list --acs_user_id 33333333-3333-3333-3333-333333333333",
        ),
        (
            "List the credentials of a user identity",
            "seam acs credentials list --user_identity_id 22222222-2222-2222-2222-222222222222",
        ),
        (
            "Every credential in the workspace, one JSON object per line",
            "seam acs credentials list --all --format ndjson",
        ),
    ],
    response: Response::Many("acs_credentials"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: Some(Paging {
        cursor: "page_cursor",
    }),
    with_entrances: true,
    bulk: None,
    done: None,
};
