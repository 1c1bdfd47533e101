//! `seam acs credentials <verb>`: one file per verb, each holding its parameter table.

pub mod assign;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod list_accessible_entrances;
pub mod pages;
pub mod run;
pub mod unassign;
pub mod update;
pub mod with_entrances;

use crate::params::{Kind, Param, Pick};

/// What a verb's successful response holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// `{"acs_credential": {...}}`
    Credential,
    /// `{"acs_credentials": [...], "pagination": {...}}`
    Credentials,
    /// `{"acs_entrances": [...]}`
    Entrances,
    /// `{}`
    Empty,
}

impl Response {
    /// The key of the response body that holds the data.
    pub fn key(self) -> Option<&'static str> {
        match self {
            Response::Credential => Some("acs_credential"),
            Response::Credentials => Some("acs_credentials"),
            Response::Entrances => Some("acs_entrances"),
            Response::Empty => None,
        }
    }
}

/// A check that spans several parameters.
#[derive(Debug)]
pub enum Rule {
    /// Exactly one of these must be given.
    ExactlyOne(&'static [&'static str]),
    /// create: `acs_user_id`, or `user_identity_id` together with `acs_system_id`.
    CreateOwner,
    /// `later` must be after `earlier` when both are given.
    After {
        later: &'static str,
        earlier: &'static str,
    },
}

/// Everything the CLI knows about one verb.
#[derive(Debug)]
pub struct Verb {
    /// The subcommand, e.g. `list-accessible-entrances`.
    pub name: &'static str,
    /// Other accepted spellings of the subcommand.
    pub aliases: &'static [&'static str],
    /// The API action: the request goes to `/acs/credentials/<action>`.
    pub action: &'static str,
    pub about: &'static str,
    pub long_about: &'static str,
    pub params: &'static [Param],
    pub rules: &'static [Rule],
    /// `(what it does, command)` pairs shown in `--help` and in the docs.
    pub examples: &'static [(&'static str, &'static str)],
    pub response: Response,
    /// Reads are retried on more failures than writes (see `api::RetryPolicy`).
    pub idempotent: bool,
    /// Destructive verbs ask before acting on a terminal.
    pub confirm: Option<&'static str>,
}

impl Verb {
    pub fn path(&self) -> String {
        format!("/acs/credentials/{}", self.action)
    }
    /// assign, unassign and update: the spec's 200 body carries the credential, but its
    /// `x-response-key` is null and the SDKs return nothing, so an answer without it (just
    /// `{"ok": true}`) is a success too: the change was made.
    pub fn credential_is_optional(&self) -> bool {
        self.response == Response::Credential && !self.idempotent && self.action != "create"
    }

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }
}

/// Every verb, in the order help lists them.
pub const VERBS: &[&Verb] = &[
    &assign::VERB,
    &create::VERB,
    &delete::VERB,
    &get::VERB,
    &list::VERB,
    &list_accessible_entrances::VERB,
    &unassign::VERB,
    &update::VERB,
];

pub fn find(name: &str) -> Option<&'static Verb> {
    VERBS.iter().copied().find(|v| v.name == name)
}

pub(crate) const CREDENTIAL_ID: Param =
    Param::new("acs_credential_id", Kind::Uuid, "ID of the credential.")
        .required()
        .pick(Pick::Credential);
pub(crate) const ASSIGNEE_ACS_USER_ID: Param = Param::new(
    "acs_user_id",
    Kind::Uuid,
    "ID of the ACS user. Give this or --user-identity-id, not both.",
)
.pick(Pick::AcsUser);
pub(crate) const ASSIGNEE_USER_IDENTITY_ID: Param = Param::new(
    "user_identity_id",
    Kind::Uuid,
    "ID of the user identity. If the access system has a user with the same email or phone, \
     the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both.",
)
.pick(Pick::UserIdentity);
