use super::{Response, Verb, CREDENTIAL_ID};

pub const VERB: Verb = Verb {
    name: "get",
    aliases: &[],
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
    response: Response::Credential,
    idempotent: true,
    confirm: None,
};
