//! The spec layer: what the API is. Resources, their verbs, each verb's parameters, checks and
//! capabilities, and the building and checking of request bodies. It imports nothing from the
//! rest of the crate; everything else reads these tables (clap flags, validation, prompts, help,
//! completions, docs, the executor).
//!
//! A new resource is a new table file here plus one line in [`RESOURCES`]; a new verb is a new
//! [`Verb`] in its resource's file. Behaviour that differs between verbs is a field of [`Verb`],
//! never a comparison of a verb's name.

pub mod acs_entrances;
pub mod acs_systems;
pub mod acs_users;
pub mod body;
pub mod credentials;
pub mod json;
pub mod params;
pub mod user_identities;
pub mod values;

use params::Param;

/// A group of verbs under one command path and one API path, e.g. `seam acs credentials` and
/// `/acs/credentials`.
#[derive(Debug)]
pub struct Resource {
    /// The command words after `seam`, e.g. `["acs", "credentials"]`.
    pub command: &'static [&'static str],
    pub about: &'static str,
    pub verbs: &'static [&'static Verb],
}

impl Resource {
    pub fn find(&self, name: &str) -> Option<&'static Verb> {
        self.verbs.iter().copied().find(|v| v.name == name)
    }
}

/// Command words that only group resources, with their one-line help.
pub const GROUPS: &[(&str, &str)] = &[("acs", "Access control systems")];

/// Every resource, in the order help lists them.
pub const RESOURCES: &[&Resource] = &[
    &credentials::RESOURCE,
    &acs_entrances::RESOURCE,
    &acs_systems::RESOURCE,
    &acs_users::RESOURCE,
    &user_identities::RESOURCE,
];

/// The resource whose command path is `command`, e.g. `["acs", "credentials"]`.
pub fn resource(command: &[&str]) -> Option<&'static Resource> {
    RESOURCES.iter().copied().find(|r| r.command == command)
}

/// What a verb's successful response holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    /// One object under this key, e.g. `{"acs_credential": {...}}`.
    One(&'static str),
    /// A list under this key, e.g. `{"acs_credentials": [...]}` (and `pagination` when paged).
    Many(&'static str),
    /// Nothing but `{}` (or `{"ok": true}`).
    Empty,
}

impl Response {
    /// The key of the response body that holds the data.
    pub fn key(self) -> Option<&'static str> {
        match self {
            Response::One(k) | Response::Many(k) => Some(k),
            Response::Empty => None,
        }
    }
    pub fn is_list(self) -> bool {
        matches!(self, Response::Many(_))
    }
}

/// Whether a verb reads or changes: decides what a failure may be retried after, and whether a
/// request cut off may have made a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Read,
    Write,
}

/// A check that spans several parameters.
#[derive(Debug)]
pub enum Rule {
    /// Exactly one of these must be given.
    ExactlyOne(&'static [&'static str]),
    /// The owner of a new credential: `user` alone, or `identity` together with `system`.
    Owner {
        user: &'static str,
        identity: &'static str,
        system: &'static str,
    },
    /// `later` must be after `earlier` when both are given.
    After {
        later: &'static str,
        earlier: &'static str,
    },
}

/// A destructive verb asks before acting on a terminal.
#[derive(Debug)]
pub struct Confirm {
    /// The question's verb, e.g. "Delete" in "Delete credential <id>?" and in "Delete 3
    /// credentials listed in ids.txt?".
    pub action: &'static str,
    /// What is acted on, e.g. "credential".
    pub noun: &'static str,
    /// The parameter naming what is acted on.
    pub target: &'static str,
    /// A parameter also named in the question, with its label: ("acs_user_id", "ACS user")
    /// makes "Unassign credential X from ACS user Y?".
    pub from: Option<(&'static str, &'static str)>,
}

/// `list`-style verbs whose response carries `pagination`: `--all` follows the pages.
#[derive(Debug)]
pub struct Paging {
    /// The parameter that takes `pagination.next_page_cursor`.
    pub cursor: &'static str,
}

/// Verbs that take `--from-file`: one request per input record.
#[derive(Debug)]
pub struct Bulk {
    /// Help of `--from-file`: what a record is.
    pub input_help: &'static str,
    /// Records are IDs: a line holds just the ID, or an object/CSV row whose other keys are
    /// ignored (so `list --format ndjson` output can be fed back). None: records are whole
    /// request bodies.
    pub id_only: Option<&'static str>,
    /// The verb's past participle, for hints: "they may or may not have been created".
    pub past: &'static str,
}

/// What a change says on a terminal once made: "Created credential <id>".
#[derive(Debug)]
pub struct Done {
    /// e.g. "Created credential".
    pub said: &'static str,
    /// The field of the answer's object (else the parameter sent) that names it.
    pub id: &'static str,
}

/// IDs given as arguments: `get ID`, `delete ID...`.
#[derive(Debug)]
pub struct Positional {
    /// The parameter the arguments fill, e.g. `acs_credential_id`.
    pub param: &'static str,
    /// Several IDs are accepted: one request each, reported like a small bulk run.
    pub many: bool,
}

/// `--wait`: after the change, poll until the object is ready (a credential issued).
#[derive(Debug)]
pub struct Wait {
    /// The verb polled, e.g. `get`, with the ID in its parameter `id`.
    pub poll: &'static Verb,
    /// The parameter of `poll` (and the field of the answer's object, else of the request)
    /// naming the object, e.g. `acs_credential_id`.
    pub id: &'static str,
    /// The boolean field of the object that says it is ready, e.g. `is_issued`.
    pub ready: &'static str,
    /// The array field of the object that, non-empty, says it failed, e.g. `errors`.
    pub errors: &'static str,
}

/// Everything the CLI knows about one verb.
#[derive(Debug)]
pub struct Verb {
    /// The subcommand, e.g. `list-accessible-entrances`.
    pub name: &'static str,
    /// Other accepted spellings of the subcommand.
    pub aliases: &'static [&'static str],
    /// The API path: the request goes to `<api>/<action>`, e.g. `/acs/credentials` + `create`.
    pub api: &'static str,
    pub action: &'static str,
    pub about: &'static str,
    pub long_about: &'static str,
    pub params: &'static [Param],
    pub rules: &'static [Rule],
    /// `(what it does, command)` pairs shown in `--help` and in the docs.
    pub examples: &'static [(&'static str, &'static str)],
    pub response: Response,
    pub effect: Effect,
    /// The 200 body may lack the object (assign, unassign and update: the spec's
    /// `x-response-key` is null and the SDKs return nothing), and that is a success too.
    pub answer_optional: bool,
    /// Destructive verbs ask first on a terminal.
    pub confirm: Option<Confirm>,
    /// Paged lists: `--all`.
    pub paging: Option<Paging>,
    /// Accepts `--with-entrances` (credentials in the answer get their entrances attached).
    pub with_entrances: bool,
    /// Accepts `--from-file`.
    pub bulk: Option<Bulk>,
    /// Said on a terminal after a success.
    pub done: Option<Done>,
    /// Takes its ID as an argument (the flag works too).
    pub positional: Option<Positional>,
    /// Accepts `--wait`.
    pub wait: Option<Wait>,
    /// Accepts `--state` (a filter on the listed credentials, applied after fetching).
    pub state_filter: bool,
}

impl Verb {
    pub fn path(&self) -> String {
        format!("{}/{}", self.api, self.action)
    }

    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }

    pub fn changes(&self) -> bool {
        self.effect == Effect::Write
    }
}

/// The first sentence of a help text (what `-h` and the pickers show): up to the first ". "
/// that ends a sentence, not an abbreviation such as "e.g. " or "i.e. ".
pub fn first_sentence(help: &str) -> &str {
    let mut from = 0;
    while let Some(i) = help[from..].find(". ").map(|i| i + from) {
        let before = &help[..i];
        if !["e.g", "i.e", "etc", "vs"]
            .iter()
            .any(|a| before.ends_with(a))
        {
            return &help[..=i];
        }
        from = i + 2;
    }
    help
}

/// The verb that `command` names: the resource's words, then the verb (or one of its aliases).
pub fn find_verb(command: &[&str]) -> Option<&'static Verb> {
    let (verb, words) = command.split_last()?;
    let r = resource(words)?;
    r.verbs
        .iter()
        .copied()
        .find(|v| v.name == *verb || v.aliases.contains(verb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_skip_abbreviations() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(
            first_sentence("A phone (e.g. +1 555). More."),
            "A phone (e.g. +1 555)."
        );
        assert_eq!(first_sentence("No stop"), "No stop");
    }

    /// The names of the credentials resource's verbs that `keep` selects, in table order.
    fn credential_verbs(keep: impl Fn(&Verb) -> bool) -> Vec<&'static str> {
        credentials::RESOURCE
            .verbs
            .iter()
            .filter(|v| keep(v))
            .map(|v| v.name)
            .collect()
    }

    /// The credentials resource's verb `name`.
    fn credential_verb(name: &str) -> &'static Verb {
        credentials::RESOURCE
            .find(name)
            .unwrap_or_else(|| panic!("no verb {name}"))
    }

    /// The capability fields, verb by verb: which credential verbs read, page, list entrances,
    /// filter by state.
    #[test]
    fn credential_reading_capabilities() {
        let paged = credential_verbs(|v| v.paging.is_some());
        assert_eq!(paged, ["list"]);
        let entrances = credential_verbs(|v| v.with_entrances);
        assert_eq!(entrances, ["get", "list"]);
        let reads = credential_verbs(|v| v.effect == Effect::Read);
        assert_eq!(reads, ["get", "list", "list-accessible-entrances"]);
        let states = credential_verbs(|v| v.state_filter);
        assert_eq!(states, ["list"]);
    }

    /// Which credential verbs run in bulk (and with which ID alone), and which ask first.
    #[test]
    fn credential_bulk_and_confirm() {
        let v = credential_verb;
        let bulk = credential_verbs(|v| v.bulk.is_some());
        assert_eq!(bulk, ["create", "delete"]);
        assert_eq!(
            v("delete").bulk.as_ref().and_then(|b| b.id_only),
            Some("acs_credential_id")
        );
        assert_eq!(v("create").bulk.as_ref().and_then(|b| b.id_only), None);
        let confirm = credential_verbs(|v| v.confirm.is_some());
        assert_eq!(confirm, ["delete", "unassign"]);
    }

    /// Which credential verbs take their ID as an argument (one or many), answer optionally,
    /// can wait.
    #[test]
    fn credential_arguments_and_answers() {
        let optional = credential_verbs(|v| v.answer_optional);
        assert_eq!(optional, ["assign", "unassign", "update"]);
        let positional: Vec<(&str, bool)> = credentials::RESOURCE
            .verbs
            .iter()
            .filter_map(|v| v.positional.as_ref().map(|p| (v.name, p.many)))
            .collect();
        assert_eq!(
            positional,
            [
                ("assign", false),
                ("delete", true),
                ("get", true),
                ("list-accessible-entrances", false),
                ("unassign", false),
                ("update", false)
            ]
        );
        let wait = credential_verbs(|v| v.wait.is_some());
        assert_eq!(wait, ["assign", "create", "update"]);
    }

    /// A credential verb's API path: the resource's API path, then the verb's action.
    #[test]
    fn credential_paths() {
        let v = credential_verb;
        assert_eq!(v("create").path(), "/acs/credentials/create");
        assert_eq!(
            v("list-accessible-entrances").path(),
            "/acs/credentials/list_accessible_entrances"
        );
    }

    /// The lookup resources only read: no confirmation, no bulk, no entrances; `--all` exactly
    /// where the endpoint pages.
    #[test]
    fn lookup_capabilities() {
        let lookups = [
            &acs_systems::RESOURCE,
            &acs_users::RESOURCE,
            &acs_entrances::RESOURCE,
            &user_identities::RESOURCE,
        ];
        let mut paged = Vec::new();
        for r in lookups {
            for v in r.verbs {
                assert_eq!(v.effect, Effect::Read, "{}", v.path());
                assert!(v.confirm.is_none() && v.bulk.is_none() && v.done.is_none());
                assert!(!v.with_entrances && !v.answer_optional, "{}", v.path());
                if v.paging.is_some() {
                    paged.push(v.path());
                }
            }
        }
        assert_eq!(
            paged,
            [
                "/acs/users/list",
                "/acs/entrances/list",
                "/user_identities/list"
            ]
        );
        let keys: Vec<_> = lookups
            .iter()
            .flat_map(|r| r.verbs.iter().map(|v| (v.path(), v.response)))
            .collect();
        assert!(keys.contains(&("/acs/systems/list".into(), Response::Many("acs_systems"))));
        assert!(keys.contains(&(
            "/user_identities/get".into(),
            Response::One("user_identity")
        )));
        assert!(find_verb(&["user-identities", "get"]).is_some());
        assert!(find_verb(&["acs", "users", "list"]).is_some());
    }

    /// Every verb is internally consistent: rules, confirmation and bulk keys name its own
    /// parameters; a paged verb takes its cursor; an optional answer is a write with a body.
    #[test]
    fn tables_are_consistent() {
        for r in RESOURCES {
            for v in r.verbs {
                let has = |n: &str| v.param(n).is_some();
                for rule in v.rules {
                    let names: Vec<&str> = match rule {
                        Rule::ExactlyOne(n) => n.to_vec(),
                        Rule::Owner {
                            user,
                            identity,
                            system,
                        } => vec![user, identity, system],
                        Rule::After { later, earlier } => vec![later, earlier],
                    };
                    for n in names {
                        assert!(has(n), "{}: rule names unknown {n}", v.name);
                    }
                }
                if let Some(c) = &v.confirm {
                    assert!(has(c.target), "{}", v.name);
                    assert_eq!(v.effect, Effect::Write, "{}", v.name);
                }
                if let Some(p) = &v.paging {
                    assert!(has(p.cursor), "{}", v.name);
                    assert!(v.response.is_list(), "{}", v.name);
                }
                if let Some(k) = v.bulk.as_ref().and_then(|b| b.id_only) {
                    assert!(has(k), "{}", v.name);
                }
                if let Some(p) = &v.positional {
                    assert!(has(p.param), "{}", v.name);
                }
                if let Some(w) = &v.wait {
                    assert!(w.poll.param(w.id).is_some(), "{}", v.name);
                    assert_eq!(w.poll.effect, Effect::Read, "{}", v.name);
                }
                if v.answer_optional {
                    assert_eq!(v.effect, Effect::Write, "{}", v.name);
                    assert!(v.response.key().is_some(), "{}", v.name);
                }
                assert_eq!(
                    find_verb(&[r.command, &[v.name]].concat()).map(|f| f.name),
                    Some(v.name)
                );
            }
        }
    }
}
