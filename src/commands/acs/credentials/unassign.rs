use super::{Response, Rule, Verb, ASSIGNEE_ACS_USER_ID, ASSIGNEE_USER_IDENTITY_ID, CREDENTIAL_ID};

pub const VERB: Verb = Verb {
    name: "unassign",
    aliases: &[],
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
    response: Response::Credential,
    idempotent: false,
    confirm: Some("unassign credential"),
};
