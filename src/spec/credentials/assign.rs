use super::{ASSIGNEE_ACS_USER_ID, ASSIGNEE_USER_IDENTITY_ID, CREDENTIAL_ID};
use crate::spec::{Done, Effect, Response, Rule, Verb};

pub const VERB: Verb = Verb {
    name: "assign",
    aliases: &[],
    api: super::API,
    action: "assign",
    about: "Assign a credential to an ACS user",
    long_about: "Assigns an existing credential to an access system user, given by --acs-user-id \
                 or by --user-identity-id (exactly one).",
    params: &[CREDENTIAL_ID, ASSIGNEE_ACS_USER_ID, ASSIGNEE_USER_IDENTITY_ID],
    rules: &[Rule::ExactlyOne(&["acs_user_id", "user_identity_id"])],
    examples: &[(
        "Assign a credential to an ACS user",
        "seam acs credentials assign --acs_credential_id 66666666-6666-6666-6666-666666666666 --acs_user_id 33333333-3333-3333-3333-333333333333",
    )],
    response: Response::One("acs_credential"),
    effect: Effect::Write,
    answer_optional: true,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: None,
    done: Some(Done {
        said: "Assigned credential",
        id: "acs_credential_id",
    }),
};
