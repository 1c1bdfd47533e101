//! `seam acs credentials`: `/acs/credentials/*`. One file per verb, each holding its table.

pub mod assign;
pub mod create;
pub mod delete;
pub mod get;
pub mod list;
pub mod list_accessible_entrances;
pub mod unassign;
pub mod update;

use super::params::{Kind, Param};
use super::Resource;

/// The API path of every verb here.
pub const API: &str = "/acs/credentials";

pub const RESOURCE: Resource = Resource {
    command: &["acs", "credentials"],
    about: "Issue, inspect, change and revoke ACS credentials",
    verbs: &[
        &assign::VERB,
        &create::VERB,
        &delete::VERB,
        &get::VERB,
        &list::VERB,
        &list_accessible_entrances::VERB,
        &unassign::VERB,
        &update::VERB,
    ],
};

pub(crate) const CREDENTIAL_ID: Param =
    Param::new("acs_credential_id", Kind::Uuid, "ID of the credential.").required();
pub(crate) const ASSIGNEE_ACS_USER_ID: Param = Param::new(
    "acs_user_id",
    Kind::Uuid,
    "ID of the ACS user. Give this or --user-identity-id, not both.",
);
pub(crate) const ASSIGNEE_USER_IDENTITY_ID: Param = Param::new(
    "user_identity_id",
    Kind::Uuid,
    "ID of the user identity. If the access system has a user with the same email or phone, \
     the two are linked; if not, an ACS user is created. Give this or --acs-user-id, not both.",
);
