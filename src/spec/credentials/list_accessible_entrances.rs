use super::CREDENTIAL_ID;
use crate::spec::{Effect, Response, Verb};

pub const VERB: Verb = Verb {
    name: "list-accessible-entrances",
    aliases: &["list_accessible_entrances"],
    api: super::API,
    action: "list_accessible_entrances",
    about: "List the entrances a credential opens",
    long_about: "Lists the entrances that a credential gives access to.",
    params: &[CREDENTIAL_ID],
    rules: &[],
    examples: &[(
        "List the entrances a credential opens",
        "seam acs credentials list-accessible-entrances --acs_credential_id 66666666-6666-6666-6666-666666666666",
    )],
    response: Response::Many("acs_entrances"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: None,
};
