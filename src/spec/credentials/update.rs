use crate::spec::params::{Kind, Param};
use crate::spec::{Done, Effect, Response, Verb};

pub const VERB: Verb = Verb {
    name: "update",
    aliases: &[],
    api: super::API,
    action: "update",
    about: "Update a credential's code or end time",
    long_about: "Changes the PIN code and/or the end time of a credential.",
    params: &[
        // The spec gives this one no uuid format (unlike every other endpoint), so any string.
        Param::new("acs_credential_id", Kind::Text { non_empty: true }, "ID of the credential.")
            .required(),
        Param::new("code", Kind::Digits, "New PIN code (digits only; sent as a string, so leading zeros stay)."),
        Param::new(
            "ends_at",
            Kind::DateTime,
            "New end of validity. Must be in the future and after the credential's starts_at.",
        ),
    ],
    rules: &[],
    examples: &[
        (
            "Change a credential's PIN code",
            "seam acs credentials update --acs_credential_id 66666666-6666-6666-6666-666666666666 --code 0123",
        ),
        (
            "End a credential's validity at a new time",
            "seam acs credentials update --acs_credential_id 66666666-6666-6666-6666-666666666666 --ends_at 2024-03-04T10:40:00Z",
        ),
    ],
    response: Response::One("acs_credential"),
    effect: Effect::Write,
    answer_optional: true,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: Some(Done {
        said: "Updated credential",
        id: "acs_credential_id",
    }),
};
