//! `seam acs users`: `/acs/users/{list,get}`, read-only. The list is paged (`--all`).

use super::params::{Kind, Param};
use super::{Effect, Paging, Positional, Resource, Response, Rule, Verb};

pub const API: &str = "/acs/users";

pub const RESOURCE: Resource = Resource {
    command: &["acs", "users"],
    about: "Find ACS users (the people an access system knows)",
    verbs: &[&GET, &LIST],
};

pub const LIST: Verb = Verb {
    name: "list",
    aliases: &["ls"],
    api: API,
    action: "list",
    about: "List ACS users",
    long_about: "Lists ACS users: all of the workspace, or only those of an access system or a \
                 user identity, or matching a search. One page at a time (see --limit and \
                 --page-cursor), or every page with --all.",
    params: &[
        Param::new(
            "acs_system_id",
            Kind::Uuid,
            "Only ACS users of this access system.",
        ),
        Param::new(
            "user_identity_id",
            Kind::Uuid,
            "Only ACS users linked to this user identity.",
        ),
        Param::new(
            "user_identity_email_address",
            Kind::Text { non_empty: false },
            "Only ACS users whose user identity has this email address.",
        ),
        Param::new(
            "user_identity_phone_number",
            Kind::Text { non_empty: false },
            "Only ACS users whose user identity has this phone number, in E.164 format \
             (e.g. +15555550100).",
        ),
        Param::new(
            "search",
            Kind::Text { non_empty: true },
            "Partial match on full_name, phone_number, email_address, acs_user_id, \
             user_identity_id, user_identity_full_name or user_identity_phone_number \
             (not display_name).",
        ),
        Param::new(
            "created_before",
            Kind::DateTime,
            "Only ACS users created before this time.",
        ),
        Param::new(
            "limit",
            Kind::Integer { min: 1 },
            "ACS users per page (the API's default is 500).",
        ),
        Param::new(
            "page_cursor",
            Kind::Text { non_empty: false },
            "Cursor of the page to fetch: the next_page_cursor of the previous page.",
        ),
    ],
    rules: &[],
    examples: &[
        (
            "List the ACS users of an access system",
            "seam acs users list --acs_system_id 11111111-1111-1111-1111-111111111111",
        ),
        (
            "Find ACS users by name, email or phone",
            "seam acs users list --search jane",
        ),
        (
            "The ACS users of a user identity",
            "seam acs users list --user_identity_id 22222222-2222-2222-2222-222222222222",
        ),
        (
            "Every ACS user in the workspace, one JSON object per line",
            "seam acs users list --all --format ndjson",
        ),
    ],
    response: Response::Many("acs_users"),
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
    about: "Get an ACS user",
    long_about: "Returns one ACS user, by its ID or by the user identity it is linked to \
                 (give --acs-user-id or --user-identity-id, not both).",
    params: &[
        Param::new(
            "acs_user_id",
            Kind::Uuid,
            "ID of the ACS user. Give this or --user-identity-id, not both.",
        ),
        Param::new(
            "user_identity_id",
            Kind::Uuid,
            "ID of the user identity whose ACS user to get. Give this or --acs-user-id, \
             not both.",
        ),
        Param::new(
            "acs_system_id",
            Kind::Uuid,
            "ID of the access system (with --user-identity-id: the system whose ACS user to get).",
        ),
    ],
    rules: &[Rule::ExactlyOne(&["acs_user_id", "user_identity_id"])],
    examples: &[
        (
            "Get an ACS user",
            "seam acs users get --acs_user_id 33333333-3333-3333-3333-333333333333",
        ),
        (
            "Get the ACS user of a user identity in an access system",
            "seam acs users get --user_identity_id 22222222-2222-2222-2222-222222222222 --acs_system_id 11111111-1111-1111-1111-111111111111",
        ),
    ],
    response: Response::One("acs_user"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: None,    positional: Some(Positional {
        param: "acs_user_id",
        many: false,
    }),
    wait: None,
    state_filter: false,
};
