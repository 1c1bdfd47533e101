//! `seam acs entrances`: `/acs/entrances/{list,get}`, read-only. The list is paged (`--all`).

use super::params::{Kind, Param};
use super::{Effect, Paging, Positional, Resource, Response, Verb};

pub const API: &str = "/acs/entrances";

pub const RESOURCE: Resource = Resource {
    command: &["acs", "entrances"],
    about: "Find entrances (doors, gates, zones) of the access systems",
    verbs: &[&GET, &LIST],
};

pub const LIST: Verb = Verb {
    name: "list",
    aliases: &["ls"],
    api: API,
    action: "list",
    about: "List entrances",
    long_about: "Lists entrances: all of the workspace, or only those of an access system, a \
                 credential, a connected account or a space. One page at a time (see --limit \
                 and --page-cursor), or every page with --all.",
    params: &[
        Param::new(
            "acs_system_id",
            Kind::Uuid,
            "Only entrances of this access system.",
        ),
        Param::new(
            "acs_credential_id",
            Kind::Uuid,
            "Only entrances this credential opens.",
        ),
        Param::new("acs_entrance_ids", Kind::UuidList, "Only these entrances."),
        Param::new(
            "connected_account_id",
            Kind::Uuid,
            "Only entrances of this connected account.",
        ),
        Param::new("space_id", Kind::Uuid, "Only entrances in this space."),
        Param::new("location_id", Kind::Uuid, "Only entrances in this location.")
            .deprecated("use --space-id"),
        Param::new(
            "customer_key",
            Kind::Text { non_empty: false },
            "Only entrances of this customer.",
        ),
        Param::new(
            "search",
            Kind::Text { non_empty: true },
            "Partial match on display_name.",
        ),
        Param::new(
            "limit",
            Kind::Integer { min: 1 },
            "Entrances per page (the API's default is 900).",
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
            "List the entrances of an access system",
            "seam acs entrances list --acs_system_id 11111111-1111-1111-1111-111111111111",
        ),
        (
            "Find entrances by name",
            "seam acs entrances list --search \"Front door\"",
        ),
        (
            "The entrances a credential opens, every page",
            "seam acs entrances list --acs_credential_id 66666666-6666-6666-6666-666666666666 --all",
        ),
    ],
    response: Response::Many("acs_entrances"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: Some(Paging {
        cursor: "page_cursor",
    }),
    with_entrances: false,
    bulk: None,
    done: None,    positional: None,
    wait: None,
    state_filter: false,
};

pub const GET: Verb = Verb {
    name: "get",
    aliases: &[],
    api: API,
    action: "get",
    about: "Get an entrance",
    long_about: "Returns one entrance, with how it can be unlocked, its warnings and errors.",
    params: &[Param::new("acs_entrance_id", Kind::Uuid, "ID of the entrance.").required()],
    rules: &[],
    examples: &[(
        "Get an entrance",
        "seam acs entrances get --acs_entrance_id 55555555-5555-5555-5555-555555555555",
    )],
    response: Response::One("acs_entrance"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: None,
    positional: Some(Positional {
        param: "acs_entrance_id",
        many: false,
    }),
    wait: None,
    state_filter: false,
};
