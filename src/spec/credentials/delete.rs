use super::CREDENTIAL_ID;
use crate::spec::{Bulk, Confirm, Done, Effect, Response, Verb};

pub const VERB: Verb = Verb {
    name: "delete",
    aliases: &["rm"],
    api: super::API,
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
    effect: Effect::Write,
    answer_optional: false,
    confirm: Some(Confirm {
        action: "Delete",
        noun: "credential",
        target: "acs_credential_id",
        from: None,
    }),
    paging: None,
    with_entrances: false,
    bulk: Some(Bulk {
        input_help: "Delete every credential listed in FILE (- for stdin): one id per line, JSON Lines \
                     with acs_credential_id, or CSV with an acs_credential_id column (other keys and \
                     columns are ignored, so `list --format ndjson` output works). Asks once on a \
                     terminal; needs --yes when stdin or stderr is not a terminal",
        id_only: Some("acs_credential_id"),
        past: "deleted",
    }),
    done: Some(Done {
        said: "Deleted credential",
        id: "acs_credential_id",
    }),
};
