//! `seam acs systems`: `/acs/systems/{list,get}`, read-only. The list has no pages: the API
//! answers with every system at once (no `limit`, no `page_cursor`).

use super::params::{Kind, Param};
use super::{Effect, Positional, Resource, Response, Verb};

pub const API: &str = "/acs/systems";

pub const RESOURCE: Resource = Resource {
    command: &["acs", "systems"],
    about: "Find access systems (the access control systems connected to the workspace)",
    verbs: &[&GET, &LIST],
};

pub const LIST: Verb = Verb {
    name: "list",
    aliases: &["ls"],
    api: API,
    action: "list",
    about: "List access systems",
    long_about: "Lists the access systems in the workspace, or only those of a connected account \
                 or a customer. The API answers with every system at once (no pages).",
    params: &[
        Param::new(
            "connected_account_id",
            Kind::Uuid,
            "Only access systems of this connected account.",
        ),
        Param::new(
            "customer_key",
            Kind::Text { non_empty: false },
            "Only access systems of this customer.",
        ),
        Param::new(
            "search",
            Kind::Text { non_empty: true },
            "Partial match on name or acs_system_id.",
        ),
    ],
    rules: &[],
    examples: &[
        ("List the access systems", "seam acs systems list"),
        (
            "Find an access system by name",
            "seam acs systems list --search Lobby",
        ),
        (
            "The access systems of a connected account, as JSON",
            "seam acs systems list --connected_account_id 44444444-4444-4444-4444-444444444444 --format json",
        ),
    ],
    response: Response::Many("acs_systems"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
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
    about: "Get an access system",
    long_about: "Returns one access system, with its type, connected account, warnings and errors.",
    params: &[Param::new("acs_system_id", Kind::Uuid, "ID of the access system.").required()],
    rules: &[],
    examples: &[(
        "Get an access system",
        "seam acs systems get --acs_system_id 11111111-1111-1111-1111-111111111111",
    )],
    response: Response::One("acs_system"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: None,
    positional: Some(Positional {
        param: "acs_system_id",
        many: false,
    }),
    wait: None,
    state_filter: false,
};
