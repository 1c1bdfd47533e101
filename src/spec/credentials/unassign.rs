use super::{ASSIGNEE_ACS_USER_ID, ASSIGNEE_USER_IDENTITY_ID, CREDENTIAL_ID};
use crate::spec::{Confirm, Done, Effect, Response, Rule, Verb};

pub const VERB: Verb = Verb {
    name: "unassign",
    aliases: &[],
    api: super::API,
    action: "unassign",
    about: "Unassign a credential from an ACS user",
    long_about: "Removes a credential from an access system user, given by --acs-user-id or by \
                 --user-identity-id (exactly one). Asks for confirmation on a terminal unless --yes.",
    params: &[CREDENTIAL_ID, ASSIGNEE_ACS_USER_ID, ASSIGNEE_USER_IDENTITY_ID],
    rules: &[Rule::ExactlyOne(&["acs_user_id", "user_identity_id"])],
    examples: &[(
        "Unassign a credential from an ACS user",
        "seam acs credentials unassign --acs_credential_id 66666666-6666-6666-6666-666666666666 --acs_user_id 33333333-3333-3333-3333-333333333333 --yes",
    )],
    response: Response::One("acs_credential"),
    effect: Effect::Write,
    answer_optional: true,
    confirm: Some(Confirm {
        action: "Unassign",
        noun: "credential",
        target: "acs_credential_id",
        from: Some(("acs_user_id", "ACS user")),
    }),
    paging: None,
    with_entrances: false,
    bulk: None,
    done: Some(Done {
        said: "Unassigned credential",
        id: "acs_credential_id",
    }),
};
