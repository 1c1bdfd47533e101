use crate::spec::params::{Kind, Param};
use crate::spec::{Bulk, Done, Effect, Response, Rule, Verb};

pub const ACCESS_METHODS: &[&str] = &["code", "card", "mobile_key", "cloud_key"];

const VISIONLINE: &[Param] = &[
    Param::new(
        "auto_join",
        Kind::Bool,
        "Join the guest's other credentials.",
    ),
    Param::new(
        "card_format",
        Kind::Enum(&["TLCode", "rfid48"]),
        "Card format.",
    ),
    Param::new(
        "card_function_type",
        Kind::Enum(&["guest", "staff"]),
        "Card function (default guest).",
    ),
    Param::new(
        "joiner_acs_credential_ids",
        Kind::UuidList,
        "Credentials to join.",
    ),
    Param::new(
        "override",
        Kind::Bool,
        "Override the guest's existing credentials.",
    ),
    Param::new("is_override_key", Kind::Bool, "Deprecated: use override.")
        .deprecated("use override"),
    Param::new(
        "assa_abloy_credential_service_mobile_endpoint_id",
        Kind::Uuid,
        "Deprecated: read-only endpoint references moved to `endpoint`.",
    )
    .deprecated("read-only endpoint references moved to `endpoint`"),
];

const VOSTIO: &[Param] = &[
    Param::new("auto_join", Kind::Bool, "Join the guest's other keys."),
    Param::new(
        "join_all_guest_acs_entrances",
        Kind::Bool,
        "Join all guest entrances.",
    ),
    Param::new(
        "override_all_guest_acs_entrances",
        Kind::Bool,
        "Override all guest entrances.",
    ),
    Param::new(
        "override_guest_acs_entrance_ids",
        Kind::UuidList,
        "Guest entrances to override.",
    ),
];

const SALTO_SPACE: &[Param] = &[
    Param::new("assign_new_key", Kind::Bool, "Assign a new key."),
    Param::new(
        "update_current_key",
        Kind::Bool,
        "Not used; will be deprecated.",
    )
    .deprecated("not used; will be deprecated"),
];

const HOTEK: &[Param] = &[
    Param::new("auto_join", Kind::Bool, "Join the guest's other keys."),
    Param::new(
        "override",
        Kind::Bool,
        "Override the guest's existing keys.",
    ),
];

pub const VERB: Verb = Verb {
    name: "create",
    aliases: &[],
    api: super::API,
    action: "create",
    about: "Create a credential for an ACS user",
    long_about: "Creates a PIN code, key card, mobile key or cloud key credential. Give the owner as \
                 --acs-user-id, or as --user-identity-id together with --acs-system-id. \
                 With --from-file, creates many (see below).",
    params: &[
        Param::new("access_method", Kind::Enum(ACCESS_METHODS), "How the credential opens entrances.")
            .required(),
        Param::new("acs_user_id", Kind::Uuid, "ID of the ACS user the credential is for."),
        Param::new(
            "user_identity_id",
            Kind::Uuid,
            "ID of the user identity the credential is for (needs --acs-system-id). Links to, or \
             creates, an ACS user with the same email or phone.",
        ),
        Param::new("acs_system_id", Kind::Uuid, "ID of the access system (needed with --user-identity-id)."),
        Param::new("allowed_acs_entrance_ids", Kind::UuidList, "IDs of the entrances the credential opens."),
        Param::new("code", Kind::Digits, "PIN code (digits only; sent as a string, so leading zeros stay)."),
        Param::new(
            "credential_manager_acs_system_id",
            Kind::Uuid,
            "ACS system ID of the credential manager.",
        ),
        Param::new(
            "is_multi_phone_sync_credential",
            Kind::Bool,
            "Make a multi-phone sync credential (for Seam mobile keys).",
        ),
        Param::new("starts_at", Kind::DateTime, "Start of validity."),
        Param::new("ends_at", Kind::DateTime, "End of validity: in the future and after --starts-at."),
        Param::new("visionline_metadata", Kind::Object(VISIONLINE), "Visionline-specific options."),
        Param::new("assa_abloy_vostio_metadata", Kind::Object(VOSTIO), "ASSA ABLOY Vostio-specific options."),
        Param::new("salto_space_metadata", Kind::Object(SALTO_SPACE), "Salto Space-specific options."),
        Param::new("hotek_metadata", Kind::Object(HOTEK), "Hotek-specific options (in development at Seam)."),
    ],
    rules: &[Rule::Owner { user: "acs_user_id", identity: "user_identity_id", system: "acs_system_id" }, Rule::After { later: "ends_at", earlier: "starts_at" }],
    examples: &[
        (
            "Create a Seam mobile key (from Seam's docs)",
            "seam acs credentials create --acs_user_id \"33333333-3333-3333-3333-333333333333\" --access_method \"mobile_key\" --allowed_acs_entrance_ids [\"55555555-5555-5555-5555-555555555555\",\"55555555-5555-5555-5555-000000000000\"] --credential_manager_acs_system_id \"88888888-8888-8888-8888-888888888888\" --is_multi_phone_sync_credential true --starts_at \"2024-03-01T10:40:00Z\" --ends_at \"2024-03-04T10:40:00Z\"",
        ),
        (
            "Create a PIN code credential",
            "seam acs credentials create --acs_user_id 33333333-3333-3333-3333-333333333333 --access_method code --code 824759",
        ),
        (
            "Create a credential for a user identity",
            "seam acs credentials create --user_identity_id 4b6ec19d-ba68-46ca-80fd-55247684c2bb --acs_system_id 7113de29-6130-4153-a6ea-1b7ca0fe3198 --access_method code --code 1234",
        ),
        (
            "Create a Visionline card with options from a file",
            "seam acs credentials create --acs_user_id 33333333-3333-3333-3333-333333333333 --access_method card --visionline_metadata @visionline.json",
        ),
        (
            "Create one credential per line of a CSV file, 16 at a time",
            "seam acs credentials create --from-file guests.csv --concurrency 16",
        ),
    ],
    response: Response::One("acs_credential"),
    effect: Effect::Write,
    answer_optional: false,
    confirm: None,
    paging: None,
    with_entrances: false,
    bulk: Some(Bulk {
        input_help: "Create one credential per record of FILE (- for stdin): JSON Lines, or CSV whose \
                     header row names the parameters. Flags and --data give values shared by every \
                     record; a record's own value wins",
        id_only: None,
        past: "created",
    }),
    done: Some(Done {
        said: "Created credential",
        id: "acs_credential_id",
    }),
};
