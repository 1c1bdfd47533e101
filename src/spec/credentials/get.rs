use super::CREDENTIAL_ID;
use crate::spec::{Effect, Response, Verb};

pub const VERB: Verb = Verb {
    name: "get",
    aliases: &[],
    api: super::API,
    action: "get",
    about: "Get a credential",
    long_about: "Returns one credential, with its state, warnings and errors.",
    params: &[CREDENTIAL_ID],
    rules: &[],
    examples: &[
        (
            "Get a credential",
            "seam acs credentials get --acs_credential_id 66666666-6666-6666-6666-666666666666",
        ),
        (
            "Get a credential and the entrances it opens",
            "seam acs credentials get --acs_credential_id 66666666-6666-6666-6666-666666666666 --with-entrances",
        ),
    ],
    response: Response::One("acs_credential"),
    effect: Effect::Read,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: true,
    bulk: None,
    done: None,
};
