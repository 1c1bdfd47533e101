use super::{Response, Verb, CREDENTIAL_ID};

pub const VERB: Verb = Verb {
    name: "delete",
    aliases: &[],
    action: "delete",
    about: "Delete a credential",
    long_about: "Deletes a credential: the holder loses the access it gave. Asks for confirmation \
                 on a terminal unless --yes. With --from-file, deletes many (see `--help`).",
    params: &[CREDENTIAL_ID],
    rules: &[],
    examples: &[
        (
            "Delete a credential",
            "seam acs credentials delete --acs_credential_id 66666666-6666-6666-6666-666666666666",
        ),
        (
            "Delete every credential listed in a file (one id per line), 16 at a time",
            "seam acs credentials delete --from-file ids.txt --concurrency 16 --yes",
        ),
    ],
    response: Response::Empty,
    idempotent: false,
    confirm: Some("delete credential"),
};
