//! Parameter definitions, and the check of a value against one ([`coerce`]).
//!
//! Every verb declares its parameters once, as a table of [`Param`]. That table drives the clap
//! flags, the `--help` text, completions, man pages and docs/reference.md, and the validation of
//! flags, stdin JSON, `--data` and bulk records alike.

mod check;
#[cfg(test)]
mod tests;

use serde_json::Value;

// The value parsers live in `super::values`; their old paths under `params` keep working.
pub use super::values::{
    is_digits, is_uuid, parse_bool, parse_relative, parse_timestamp, read_small_file,
    relative_time, split_list, suggest, MAX_INPUT_FILE,
};

/// The type of one parameter, with its checks.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// `string(uuid)`: 8-4-4-4-12 hex digits.
    Uuid,
    /// A free string. `non_empty` mirrors `minLength: 1`.
    Text {
        non_empty: bool,
    },
    /// A string of ASCII digits (`^\d+$`); sent as a string, so `0123` keeps its zero.
    Digits,
    /// `string(date-time)`: an RFC 3339 timestamp with seconds and an offset.
    DateTime,
    Bool,
    Number,
    /// `integer` with a lower bound, e.g. a page size (`exclusiveMinimum: 0` is `min: 1`).
    Integer {
        min: i64,
    },
    /// One of a fixed set of strings.
    Enum(&'static [&'static str]),
    /// `array<string(uuid)>`.
    UuidList,
    /// A JSON object with the given fields.
    Object(&'static [Param]),
}

impl Kind {
    /// The placeholder shown in help, e.g. `--acs-user-id <UUID>`.
    pub fn value_name(&self) -> &'static str {
        match self {
            Kind::Uuid => "UUID",
            Kind::Text { .. } => "TEXT",
            Kind::Digits => "DIGITS",
            Kind::DateTime => "TIME",
            Kind::Bool => "BOOL",
            Kind::Number => "NUMBER",
            Kind::Integer { .. } => "INTEGER",
            Kind::Enum(_) => "VALUE",
            Kind::UuidList => "UUIDS",
            Kind::Object(_) => "JSON",
        }
    }

    /// A short description of what is accepted, used in help and in error messages.
    pub fn accepted(&self) -> String {
        match self {
            Kind::Uuid => "a UUID such as 33333333-3333-3333-3333-333333333333".into(),
            Kind::Text { non_empty: true } => "a non-empty string".into(),
            Kind::Text { non_empty: false } => "a string".into(),
            Kind::Digits => "digits only (0-9), e.g. 0123".into(),
            Kind::DateTime => "an RFC 3339 timestamp such as 2024-03-01T10:40:00Z, or now, or a \
                               time from now such as +30m, +36h, +7d, +1w or -1h (sent as UTC)"
                .into(),
            Kind::Bool => "true, false, 1 or 0 (the bare flag means true)".into(),
            Kind::Number => "a number, 0 or more".into(),
            Kind::Integer { min } => format!("a whole number, {min} or more"),
            Kind::Enum(values) => format!("one of: {}", values.join(", ")),
            Kind::UuidList => "UUIDs: a,b or [a,b] or '[\"a\",\"b\"]', or the flag repeated".into(),
            Kind::Object(fields) => {
                let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                format!(
                    "a JSON object or @file.json, with keys: {}",
                    names.join(", ")
                )
            }
        }
    }

    /// The type as written in the reference docs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Uuid => "uuid",
            Kind::Text { .. } => "string",
            Kind::Digits => "string (digits)",
            Kind::DateTime => "date-time",
            Kind::Bool => "boolean",
            Kind::Number => "number",
            Kind::Integer { .. } => "integer",
            Kind::Enum(_) => "enum",
            Kind::UuidList => "list of uuid",
            Kind::Object(_) => "object",
        }
    }
}

/// Where interactive mode picks a parameter's value from: a list fetched from the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// `/acs/systems/list`
    AcsSystem,
    /// `/acs/users/list`, within an access system
    AcsUser,
    /// `/user_identities/list`
    UserIdentity,
    /// `/acs/entrances/list` of an access system, several at once
    Entrances,
    /// `/acs/credentials/list`
    Credential,
}

/// When interactive mode asks for an optional parameter that was not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Only in the `-i` menu.
    Menu,
    /// Also while prompting for what is missing (an empty answer leaves it out).
    Offer,
    /// Like `Offer`, when the parameter named first has the value second.
    When(&'static str, &'static str),
}

/// One parameter of an endpoint, as the spec describes it.
#[derive(Debug)]
pub struct Param {
    /// The API's name (snake_case), also the flag as Seam's docs spell it.
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub help: &'static str,
    /// Set when the spec marks the parameter deprecated: what to use instead.
    pub deprecated: Option<&'static str>,
    /// Interactive mode: the list its value is picked from (else typed, or chosen by kind).
    pub pick: Option<Pick>,
    /// Interactive mode: when it is asked for if optional and not given.
    pub ask: Ask,
}

impl Param {
    pub const fn new(name: &'static str, kind: Kind, help: &'static str) -> Self {
        Param {
            name,
            kind,
            required: false,
            help,
            deprecated: None,
            pick: None,
            ask: Ask::Menu,
        }
    }
    /// Interactive mode picks the value from this list.
    pub const fn pick(mut self, pick: Pick) -> Self {
        self.pick = Some(pick);
        self
    }
    /// Interactive mode offers this optional parameter (see [`Ask`]).
    pub const fn ask(mut self, ask: Ask) -> Self {
        self.ask = ask;
        self
    }
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub const fn deprecated(mut self, note: &'static str) -> Self {
        self.deprecated = Some(note);
        self
    }
    /// `--acs-user-id`, the canonical flag spelling.
    pub fn flag(&self) -> String {
        self.name.replace('_', "-")
    }
}

/// Where a value came from, so an error can point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Flag,
    /// A JSON object of parameters (stdin, `--data`), named e.g. "stdin".
    Json(&'static str),
    /// A bulk input record, by line number.
    Record(usize),
}

/// A value that failed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    /// The parameter path, e.g. `visionline_metadata.card_format`.
    pub path: String,
    pub given: String,
    pub expected: String,
    pub origin: Origin,
}

impl ParamError {
    pub fn message(&self) -> String {
        let given = truncate(&self.given, 80);
        match &self.origin {
            Origin::Flag => {
                let flag = match self.path.split_once('.') {
                    Some((top, rest)) => format!("--{} (key {rest})", top.replace('_', "-")),
                    None => format!("--{}", self.path.replace('_', "-")),
                };
                format!(
                    "invalid value {given} for {flag}: expected {}",
                    self.expected
                )
            }
            Origin::Json(src) => {
                format!(
                    "invalid value {given} for \"{}\" in {src}: expected {}",
                    self.path, self.expected
                )
            }
            Origin::Record(line) => {
                format!(
                    "line {line}: invalid value {given} for \"{}\": expected {}",
                    self.path, self.expected
                )
            }
        }
    }
}

fn truncate(s: &str, max: usize) -> String {
    let shown: String = s.chars().take(max).collect();
    if shown.len() < s.len() {
        format!("'{shown}...'")
    } else {
        format!("'{shown}'")
    }
}

/// A raw value: text from a flag or a CSV cell, or a JSON value from stdin, `--data` or JSONL.
#[derive(Clone, Copy, Debug)]
pub enum Raw<'a> {
    Text(&'a str),
    Json(&'a Value),
}

/// "Now" while values are read: relative times (`now`, `+7d`) count from it. `None` where
/// only absolute times are accepted (a bulk run: a resumed run must send the same bodies).
/// The caller passes it in; this layer never reads a clock.
pub type Now = Option<jiff::Timestamp>;

/// Checks one value against its parameter and returns the JSON to send; absolute times only.
pub fn coerce(param: &Param, raw: Raw<'_>, origin: &Origin) -> Result<Value, ParamError> {
    check::value(param.name, &param.kind, raw, origin, None)
}

/// [`coerce`], with relative times (`now`, `+7d`) counted from `now`.
pub fn coerce_at(
    param: &Param,
    raw: Raw<'_>,
    origin: &Origin,
    now: Now,
) -> Result<Value, ParamError> {
    check::value(param.name, &param.kind, raw, origin, now)
}
