//! Fetching and picking: each workspace list (access systems, ACS users, user identities,
//! entrances, credentials) as a select that filters as you type. Long lists are fetched a page
//! at a time ("load more") and can be searched on the server (the endpoint's `search`); an
//! empty list says so and lets the user type an ID. Other parameters are asked by their kind:
//! enums as a select, booleans as yes/no, everything else as text checked by
//! [`params::coerce`], the same check the flags get.

use super::prompt_error;
use crate::api::{Client, ClientSettings, RetryPolicy};
use crate::context::Ctx;
use crate::error::CliError;
use crate::output::{err_line, one_line_safe};
use crate::spec::params::{self, coerce, Kind, Origin, Param, Pick, Raw};
use inquire::validator::Validation;
use inquire::{Confirm, MultiSelect, Select, Text};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::fmt;

/// Items asked for per page in a select ("load more" fetches the next).
const PAGE: u64 = 100;
/// Entrances are chosen several at a time, so their list is fetched whole up to this many;
/// past it, the user narrows it with a server-side search first.
const ENTRANCE_CAP: usize = 1800;
/// What a select offers to leave an optional parameter out.
const LEAVE_OUT: &str = "(leave it out)";
const HELP: &str = "type to filter, ↑↓ to move, Enter to choose, Esc to cancel";

/// What the pickers need: the client to read lists with, "now" for timestamps, and the access
/// system picked only to narrow a list (not sent unless a parameter takes it).
pub struct Lookup<'a> {
    client: &'a Client,
    /// Under `--dry-run` the lists are still read: a client that sends.
    reader: Option<Client>,
    now: jiff::Timestamp,
    system: RefCell<Option<String>>,
}

impl<'a> Lookup<'a> {
    pub fn new(ctx: &Ctx, client: &'a Client) -> Result<Self, CliError> {
        init_style(ctx.printer.style().color_stderr);
        let reader = if client.settings().dry_run {
            let settings = ClientSettings {
                dry_run: false,
                ..client.settings().clone()
            };
            Some(Client::new(settings, ctx.printer.clone())?)
        } else {
            None
        };
        Ok(Lookup {
            client,
            reader,
            now: ctx.printer.style().now,
            system: RefCell::new(None),
        })
    }

    /// The client the request will be sent with.
    pub fn client(&self) -> &Client {
        self.client
    }

    fn reader(&self) -> &Client {
        self.reader.as_ref().unwrap_or(self.client)
    }
}

/// Prompts without colour when stderr gets none (`NO_COLOR`, `--color never`).
pub fn init_style(color: bool) {
    if !color {
        inquire::set_global_render_config(inquire::ui::RenderConfig::empty());
    }
}

fn terminal_size() -> (usize, usize) {
    crossterm::terminal::size()
        .map(|(c, r)| (usize::from(c), usize::from(r)))
        .unwrap_or((80, 24))
}

/// Rows a select shows at once: what fits the terminal, 5 to 15.
pub fn page_size() -> usize {
    terminal_size().1.saturating_sub(6).clamp(5, 15)
}

/// Cuts a line to the terminal's width, so a long name never wraps a select's rows.
pub fn fit(s: &str, margin: usize) -> String {
    let max = terminal_size().0.saturating_sub(margin).max(20);
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A help line under a prompt, cut to the terminal's width.
fn hint(s: &str) -> String {
    fit(s, 2)
}

/// The first sentence of a help text.
pub fn first_sentence(help: &str) -> &str {
    match help.find(". ") {
        Some(i) => &help[..=i],
        None => help,
    }
}

/// One workspace list endpoint, and how to show its items.
struct Source {
    path: &'static str,
    key: &'static str,
    id: &'static str,
    noun: &'static str,
    paged: bool,
    label: fn(&Value) -> String,
}

const SYSTEMS: Source = Source {
    path: "/acs/systems/list",
    key: "acs_systems",
    id: "acs_system_id",
    noun: "access systems",
    paged: false,
    label: system_label,
};
const USERS: Source = Source {
    path: "/acs/users/list",
    key: "acs_users",
    id: "acs_user_id",
    noun: "ACS users",
    paged: true,
    label: user_label,
};
const IDENTITIES: Source = Source {
    path: "/user_identities/list",
    key: "user_identities",
    id: "user_identity_id",
    noun: "user identities",
    paged: true,
    label: person_label,
};
const ENTRANCES: Source = Source {
    path: "/acs/entrances/list",
    key: "acs_entrances",
    id: "acs_entrance_id",
    noun: "entrances",
    paged: true,
    label: entrance_label,
};
const CREDENTIALS: Source = Source {
    path: "/acs/credentials/list",
    key: "acs_credentials",
    id: "acs_credential_id",
    noun: "credentials",
    paged: true,
    label: credential_label,
};

/// The access system a list is narrowed to when none is given (typed if the list is empty).
const SYSTEM_FILTER: Param = Param::new(
    "acs_system_id",
    Kind::Uuid,
    "The access system to list from.",
);

fn field<'v>(v: &'v Value, k: &str) -> Option<&'v str> {
    v.get(k).and_then(Value::as_str).filter(|s| !s.is_empty())
}

fn system_label(v: &Value) -> String {
    let mut l = field(v, "name").unwrap_or("(no name)").to_string();
    if let Some(t) = field(v, "external_type_display_name") {
        l.push_str(&format!(" · {t}"));
    }
    if v.get("errors")
        .and_then(Value::as_array)
        .is_some_and(|e| !e.is_empty())
    {
        l.push_str(" · has errors");
    }
    l
}

/// A person: display name (and full name if different), email, phone.
fn person(v: &Value, email: Option<&str>) -> String {
    let name = field(v, "display_name").unwrap_or("(no name)");
    let mut l = name.to_string();
    if let Some(full) = field(v, "full_name").filter(|f| *f != name) {
        l.push_str(&format!(" ({full})"));
    }
    if let Some(e) = email {
        l.push_str(&format!(" <{e}>"));
    }
    if let Some(p) = field(v, "phone_number") {
        l.push_str(&format!(" {p}"));
    }
    l
}

fn user_label(v: &Value) -> String {
    let email = field(v, "email_address").or_else(|| field(v, "user_identity_email_address"));
    person(v, email)
}

fn person_label(v: &Value) -> String {
    person(v, field(v, "email_address"))
}

fn entrance_label(v: &Value) -> String {
    field(v, "display_name").unwrap_or("(no name)").to_string()
}

fn credential_label(v: &Value) -> String {
    let mut l = field(v, "display_name").unwrap_or("(no name)").to_string();
    if let Some(m) = field(v, "access_method") {
        l.push_str(&format!(" · {m}"));
    }
    l
}

/// One item of a list: its ID and what is shown (server text made safe for the terminal).
#[derive(Clone)]
struct Item {
    id: String,
    label: String,
    /// What typing filters on: label and ID, lower case.
    haystack: String,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fit(&format!("{}  {}", self.label, self.id), 8))
    }
}

/// Reads one page of a list.
async fn fetch(
    look: &Lookup<'_>,
    src: &Source,
    filters: &Map<String, Value>,
    search: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<Item>, Option<String>), CliError> {
    let mut body = filters.clone();
    if let Some(s) = search {
        body.insert("search".into(), Value::String(s.to_string()));
    }
    if src.paged {
        if let Some(l) = limit {
            body.insert("limit".into(), Value::from(l));
        }
        if let Some(c) = cursor {
            body.insert("page_cursor".into(), Value::String(c.to_string()));
        }
    }
    let reply = look
        .reader()
        .call(src.path, &Value::Object(body), RetryPolicy::Read)
        .await?;
    let Some(reply) = reply else {
        return Ok((Vec::new(), None));
    };
    let Some(list) = reply.body.get(src.key).and_then(Value::as_array) else {
        return Err(CliError::BadResponse {
            message: format!(
                "unexpected response from {}: no \"{}\" list",
                src.path, src.key
            ),
            request_id: reply.request_id,
            change: false,
        });
    };
    let items = list
        .iter()
        .filter_map(|v| {
            let id = one_line_safe(v.get(src.id)?.as_str()?);
            let label = one_line_safe(&(src.label)(v));
            let haystack = format!("{label} {id}").to_lowercase();
            Some(Item {
                id,
                label,
                haystack,
            })
        })
        .collect();
    let pg = reply.body.get("pagination");
    let more = pg
        .and_then(|p| p.get("has_next_page"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let next = pg
        .and_then(|p| p.get("next_page_cursor"))
        .and_then(Value::as_str)
        .filter(|_| src.paged && more)
        .map(str::to_string);
    Ok((items, next))
}

enum Choice {
    Item(Item),
    More,
    Search,
    TypeId,
    Extra(usize, String),
    LeaveOut,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Item(i) => i.fmt(f),
            Choice::More => f.write_str("→ load more"),
            Choice::Search => f.write_str("→ search on the server"),
            Choice::TypeId => f.write_str("→ type an ID"),
            Choice::Extra(_, s) => write!(f, "→ {s}"),
            Choice::LeaveOut => f.write_str(LEAVE_OUT),
        }
    }
}

/// Typing filters the items (a plain, case-insensitive substring of name, details or ID) and
/// the caller's extra choices; "load more", "search", "type an ID" and "leave it out" always
/// stay, after what matches (so typing "search" puts the cursor on it).
fn score(input: &str, c: &Choice, shown: &str, _: usize) -> Option<i64> {
    let matches = || shown.to_lowercase().contains(&input.trim().to_lowercase());
    match c {
        Choice::Item(item) => item_score(input, item),
        Choice::Extra(..) => matches().then_some(1),
        _ => Some(if matches() { 1 } else { 0 }),
    }
}

fn item_score(input: &str, item: &Item) -> Option<i64> {
    item.haystack
        .contains(&input.trim().to_lowercase())
        .then_some(1)
}

fn score_item(input: &str, item: &Item, _: &str, _: usize) -> Option<i64> {
    item_score(input, item)
}

/// What matches first, each part in the server's order (a stable sort).
fn keep_order(scored: &mut [(usize, i64)]) {
    scored.sort_by_key(|(_, s)| std::cmp::Reverse(*s));
}

/// What a single pick came to.
pub enum Picked {
    Id(String),
    /// One of the extra choices the caller offered, by index.
    Extra(usize),
    LeaveOut,
}

/// A select over one list, with "load more", "search on the server", "type an ID", the
/// caller's extra choices, and "leave it out" for an optional parameter.
async fn pick_one(
    look: &Lookup<'_>,
    src: &Source,
    filters: Map<String, Value>,
    title: &str,
    typed: &'static Param,
    extras: &[String],
    optional: bool,
) -> Result<Picked, CliError> {
    let limit = Some(PAGE);
    let mut search: Option<String> = None;
    let (mut items, mut next) = fetch(look, src, &filters, None, None, limit).await?;
    let mut start = 0;
    loop {
        if items.is_empty() && search.is_none() && extras.is_empty() && !optional {
            err_line(&format!("No {} found: type an ID instead.", src.noun));
            return Ok(Picked::Id(type_id(typed)?));
        }
        let mut choices: Vec<Choice> = items.iter().cloned().map(Choice::Item).collect();
        for (i, e) in extras.iter().enumerate() {
            choices.push(Choice::Extra(i, e.clone()));
        }
        if next.is_some() {
            choices.push(Choice::More);
        }
        choices.push(Choice::Search);
        choices.push(Choice::TypeId);
        if optional {
            choices.push(Choice::LeaveOut);
        }
        let message = match (&search, items.is_empty()) {
            (Some(s), true) => format!("{title} (no {} match \"{s}\")", src.noun),
            (None, true) => format!("{title} (no {} found)", src.noun),
            (Some(s), false) => format!("{title} (matching \"{s}\")"),
            (None, false) => title.to_string(),
        };
        let start_at = start.min(choices.len().saturating_sub(1));
        let margin = message.chars().count() + 4;
        let answer = move |o: inquire::list_option::ListOption<&Choice>| match o.value {
            Choice::Item(item) => fit(&item.label, margin),
            other => other.to_string(),
        };
        let help = hint(HELP);
        let picked = Select::new(&message, choices)
            .with_scorer(&score)
            .with_sorter(&keep_order)
            .with_formatter(&answer)
            .with_page_size(page_size())
            .with_starting_cursor(start_at)
            .with_help_message(&help)
            .prompt()
            .map_err(prompt_error)?;
        match picked {
            Choice::Item(item) => return Ok(Picked::Id(item.id)),
            Choice::More => {
                start = items.len();
                let (more, n) = fetch(
                    look,
                    src,
                    &filters,
                    search.as_deref(),
                    next.as_deref(),
                    limit,
                )
                .await?;
                items.extend(more);
                next = n;
            }
            Choice::Search => {
                let help = hint(&format!(
                    "a part of a name, email or ID; nothing lists all {}",
                    src.noun
                ));
                let s = Text::new(&format!("Search {} for:", src.noun))
                    .with_help_message(&help)
                    .prompt()
                    .map_err(prompt_error)?;
                let s = s.trim();
                search = (!s.is_empty()).then(|| s.to_string());
                let (found, n) = fetch(look, src, &filters, search.as_deref(), None, limit).await?;
                items = found;
                next = n;
                start = 0;
            }
            Choice::TypeId => return Ok(Picked::Id(type_id(typed)?)),
            Choice::Extra(i, _) => return Ok(Picked::Extra(i)),
            Choice::LeaveOut => return Ok(Picked::LeaveOut),
        }
    }
}

/// The check a typed answer gets: the same as a flag's (`params::coerce`).
fn validator(
    p: &'static Param,
    optional: bool,
) -> impl Fn(&str) -> Result<Validation, inquire::CustomUserError> + Clone + 'static {
    move |s: &str| {
        let s = s.trim();
        if s.is_empty() {
            return Ok(if optional {
                Validation::Valid
            } else {
                Validation::Invalid("required: type a value (Esc to cancel)".into())
            });
        }
        Ok(match coerce(p, Raw::Text(s), &Origin::Flag) {
            Ok(_) => Validation::Valid,
            Err(e) => Validation::Invalid(format!("expected {}", e.expected).into()),
        })
    }
}

fn type_id(p: &'static Param) -> Result<String, CliError> {
    let help = hint(first_sentence(p.help));
    let s = Text::new(&format!("{}:", p.name))
        .with_help_message(&help)
        .with_validator(validator(p, false))
        .prompt()
        .map_err(prompt_error)?;
    Ok(s.trim().to_string())
}

/// A value as text to edit: strings as they are, lists comma-separated, the rest as JSON.
fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    }
}

/// A typed answer, checked as a flag would be. `None`: left empty (optional only).
fn text(
    p: &'static Param,
    initial: Option<String>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let msg = format!("{}:", p.name);
    let help = hint(&if optional {
        format!("{} Empty: leave it out.", first_sentence(p.help))
    } else {
        p.help.to_string()
    });
    let mut t = Text::new(&msg)
        .with_help_message(&help)
        .with_validator(validator(p, optional));
    if let Some(i) = &initial {
        t = t.with_initial_value(i);
    }
    let s = t.prompt().map_err(prompt_error)?;
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    coerce(p, Raw::Text(s), &Origin::Flag)
        .map(Some)
        .map_err(|e| CliError::usage(e.message()))
}

/// Now, to the second, as RFC 3339 (UTC).
fn now_text(now: jiff::Timestamp) -> String {
    now.round(jiff::Unit::Second).unwrap_or(now).to_string()
}

/// Asks for one parameter: its picker, or by its kind. `current` prefills the answer.
/// `None`: leave it out (only offered for optional parameters).
pub async fn ask(
    look: &Lookup<'_>,
    p: &'static Param,
    current: Option<&Value>,
    body: &Map<String, Value>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let cur = current.map(as_text);
    if let Some(pick) = p.pick {
        return pick_param(look, p, pick, current, body, optional).await;
    }
    let msg = format!("{}:", p.name);
    let help = hint(p.help);
    match p.kind {
        Kind::Enum(values) => {
            let mut opts: Vec<String> = values.iter().map(|v| v.to_string()).collect();
            if optional {
                opts.push(LEAVE_OUT.into());
            }
            let start = cur
                .and_then(|c| opts.iter().position(|o| *o == c))
                .unwrap_or(0);
            let v = Select::new(&msg, opts)
                .with_starting_cursor(start)
                .with_page_size(page_size())
                .with_help_message(&help)
                .prompt()
                .map_err(prompt_error)?;
            Ok((v != LEAVE_OUT).then_some(Value::String(v)))
        }
        Kind::Bool if !optional => {
            let b = Confirm::new(&msg)
                .with_default(current.and_then(Value::as_bool).unwrap_or(false))
                .with_help_message(&help)
                .prompt()
                .map_err(prompt_error)?;
            Ok(Some(Value::Bool(b)))
        }
        Kind::Bool => {
            let opts = vec!["yes", "no", LEAVE_OUT];
            let start = match current.and_then(Value::as_bool) {
                Some(true) => 0,
                Some(false) => 1,
                None => 2,
            };
            let v = Select::new(&msg, opts)
                .with_starting_cursor(start)
                .with_help_message(&help)
                .prompt()
                .map_err(prompt_error)?;
            Ok(match v {
                "yes" => Some(Value::Bool(true)),
                "no" => Some(Value::Bool(false)),
                _ => None,
            })
        }
        Kind::DateTime => text(p, cur.or_else(|| Some(now_text(look.now))), optional),
        _ => text(p, cur, optional),
    }
}

/// The access system given in the body (the list filters take `acs_system_id`, the same
/// parameter), else the one picked earlier to narrow a list.
fn known_system(look: &Lookup<'_>, body: &Map<String, Value>) -> Option<String> {
    body.get(SYSTEM_FILTER.name)
        .and_then(Value::as_str)
        .filter(|s| params::is_uuid(s))
        .map(str::to_string)
        .or_else(|| look.system.borrow().clone())
}

/// Picks an access system only to narrow a later list (remembered for the next list).
pub async fn narrowing_system(look: &Lookup<'_>) -> Result<String, CliError> {
    if let Some(s) = look.system.borrow().clone() {
        return Ok(s);
    }
    let id = match pick_one(
        look,
        &SYSTEMS,
        Map::new(),
        "Access system:",
        &SYSTEM_FILTER,
        &[],
        false,
    )
    .await?
    {
        Picked::Id(id) => id,
        Picked::Extra(_) | Picked::LeaveOut => return Err(CliError::PromptCancelled),
    };
    *look.system.borrow_mut() = Some(id.clone());
    Ok(id)
}

fn in_system(system: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(SYSTEM_FILTER.name.into(), Value::String(system.to_string()));
    m
}

/// An ACS user of one access system, or one of the caller's extra choices.
pub async fn acs_user_in(
    look: &Lookup<'_>,
    system: &str,
    typed: &'static Param,
    extras: &[String],
) -> Result<Picked, CliError> {
    *look.system.borrow_mut() = Some(system.to_string());
    pick_one(
        look,
        &USERS,
        in_system(system),
        &format!("ACS user ({}):", typed.name),
        typed,
        extras,
        false,
    )
    .await
}

async fn pick_param(
    look: &Lookup<'_>,
    p: &'static Param,
    pick: Pick,
    current: Option<&Value>,
    body: &Map<String, Value>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let (src, filters, what) = match pick {
        Pick::AcsSystem => (&SYSTEMS, Map::new(), "Access system"),
        Pick::AcsUser => {
            let system = match known_system(look, body) {
                Some(s) => s,
                None => narrowing_system(look).await?,
            };
            (&USERS, in_system(&system), "ACS user")
        }
        Pick::UserIdentity => (&IDENTITIES, Map::new(), "User identity"),
        Pick::Credential => (&CREDENTIALS, Map::new(), "Credential"),
        Pick::Entrances => return entrances(look, p, current, body, optional).await,
    };
    let title = format!("{what} ({}):", p.name);
    Ok(
        match pick_one(look, src, filters, &title, p, &[], optional).await? {
            Picked::Id(id) => Some(Value::String(id)),
            Picked::Extra(_) | Picked::LeaveOut => None,
        },
    )
}

/// Several entrances of one access system, chosen in a multi-select.
async fn entrances(
    look: &Lookup<'_>,
    p: &'static Param,
    current: Option<&Value>,
    body: &Map<String, Value>,
    optional: bool,
) -> Result<Option<Value>, CliError> {
    let system = match known_system(look, body) {
        Some(s) => s,
        None => narrowing_system(look).await?,
    };
    let filters = in_system(&system);
    let mut search: Option<String> = None;
    let items = loop {
        let mut items = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let (more, next) = fetch(
                look,
                &ENTRANCES,
                &filters,
                search.as_deref(),
                cursor.as_deref(),
                None,
            )
            .await?;
            items.extend(more);
            cursor = next;
            if cursor.is_none() || items.len() >= ENTRANCE_CAP {
                break;
            }
        }
        if cursor.is_none() || search.is_some() {
            break items;
        }
        let help = hint(&format!("nothing: choose among the first {}", items.len()));
        let s = Text::new(&format!(
            "This access system has more than {} entrances. Search for:",
            items.len()
        ))
        .with_help_message(&help)
        .prompt()
        .map_err(prompt_error)?;
        if s.trim().is_empty() {
            break items;
        }
        search = Some(s.trim().to_string());
    };
    if items.is_empty() {
        err_line("No entrances found in this access system: type their IDs instead (a,b,...).");
        return text(p, current.map(as_text), optional);
    }
    let chosen: Vec<&str> = current
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let defaults: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| chosen.contains(&it.id.as_str()))
        .map(|(i, _)| i)
        .collect();
    let title = format!("Entrances ({}):", p.name);
    let help = hint(if optional {
        "Space to select, Enter to confirm (none: leave it out), type to filter, Esc to cancel"
    } else {
        "Space to select, Enter to confirm, type to filter, Esc to cancel"
    });
    let margin = title.chars().count() + 4;
    let answer = move |sel: &[inquire::list_option::ListOption<&Item>]| {
        let names: Vec<&str> = sel.iter().map(|o| o.value.label.as_str()).collect();
        fit(&names.join(", "), margin)
    };
    let mut ms = MultiSelect::new(&title, items)
        .with_default(&defaults)
        .with_formatter(&answer)
        .with_scorer(&score_item)
        .with_page_size(page_size())
        .with_help_message(&help);
    if !optional {
        ms = ms.with_validator(|sel: &[inquire::list_option::ListOption<&Item>]| {
            Ok(if sel.is_empty() {
                Validation::Invalid("choose at least one (Space)".into())
            } else {
                Validation::Valid
            })
        });
    }
    let picked = ms.prompt().map_err(prompt_error)?;
    if picked.is_empty() {
        return Ok(None);
    }
    Ok(Some(Value::Array(
        picked.into_iter().map(|i| Value::String(i.id)).collect(),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn labels_show_who_it_is() {
        let u = json!({"display_name": "Jane", "full_name": "Jane Doe",
            "user_identity_email_address": "jane@example.com", "phone_number": "+15555550100"});
        assert_eq!(
            user_label(&u),
            "Jane (Jane Doe) <jane@example.com> +15555550100"
        );
        let u = json!({"display_name": "Bob", "email_address": "bob@example.com"});
        assert_eq!(user_label(&u), "Bob <bob@example.com>");
        let s = json!({"name": "Main", "external_type_display_name": "Salto KS",
            "errors": [{"error_code": "acs_system_disconnected"}]});
        assert_eq!(system_label(&s), "Main · Salto KS · has errors");
        assert_eq!(entrance_label(&json!({})), "(no name)");
    }

    fn item(label: &str, id: &str) -> Item {
        Item {
            id: id.into(),
            label: label.into(),
            haystack: format!("{label} {id}").to_lowercase(),
        }
    }

    #[test]
    fn typing_filters_items_and_keeps_the_way_out() {
        let jane = Choice::Item(item("Jane Doe", "3333"));
        assert_eq!(score("JANE", &jane, "", 0), Some(1));
        assert_eq!(score("33", &jane, "", 0), Some(1));
        assert_eq!(score("bob", &jane, "", 0), None);
        // "search on the server" and "type an ID" always stay; what matches comes first.
        let search = Choice::Search;
        assert_eq!(score("bob", &search, &search.to_string(), 0), Some(0));
        assert_eq!(score("search", &search, &search.to_string(), 0), Some(1));
        let mut scored = [(0, 0), (1, 1), (2, 0), (3, 1)];
        keep_order(&mut scored);
        assert_eq!(scored, [(1, 1), (3, 1), (0, 0), (2, 0)]);
    }

    #[test]
    fn typed_answers_get_the_flags_check() {
        const CODE: Param = Param::new("code", Kind::Digits, "PIN code.");
        let v = validator(&CODE, true);
        assert!(matches!(v(""), Ok(Validation::Valid)));
        assert!(matches!(v("0123"), Ok(Validation::Valid)));
        assert!(matches!(v("12a"), Ok(Validation::Invalid(_))));
        let required = validator(&CODE, false);
        assert!(matches!(required("  "), Ok(Validation::Invalid(_))));
        assert_eq!(
            now_text("2024-03-02T00:00:00.5Z".parse().unwrap()),
            "2024-03-02T00:00:01Z"
        );
    }
}
