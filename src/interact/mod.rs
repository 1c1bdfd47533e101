//! Interactive mode: prompting for what is missing, the `-i` review menu, and the command picker
//! of a bare `seam` on a terminal.
//!
//! Nothing here runs unless stdin and stderr are both terminals, `CI` is unset and neither
//! `--non-interactive` nor `--yes` was given ([`can_prompt`]); scripts and pipes see no change.
//! Every prompt draws on stderr (inquire's crossterm backend); stdout still carries only the
//! response. Esc or Ctrl-C at any prompt sends nothing and exits 130 ([`CliError::PromptCancelled`]).
//!
//! What is asked, and how, is data on the verb: a parameter's [`crate::spec::params::Pick`] names the
//! workspace list its value comes from, its [`Ask`] says whether an optional one is offered,
//! and the verb's rules (`Owner`, `ExactlyOne`) order the owner questions.

pub mod menu;
pub mod pickers;

use crate::api::Client;
use crate::context::Ctx;
use crate::error::CliError;
use crate::globals::Globals;
use crate::output;
use crate::spec::body;
use crate::spec::params::{Ask, Origin};
use crate::spec::{Rule, Verb};
use inquire::{InquireError, Select};
use pickers::{Lookup, Picked};
use serde_json::{Map, Value};
use std::ffi::OsString;

/// `CI` is set (to anything but empty, `0` or `false`).
pub fn ci() -> bool {
    crate::env::var("CI")
        .map(|v| {
            let v = v.trim().to_ascii_lowercase();
            !v.is_empty() && v != "0" && v != "false"
        })
        .unwrap_or(false)
}

/// stdin and stderr are both terminals: someone is there to answer, and to see the question.
pub fn terminals() -> bool {
    output::can_prompt()
}

/// Prompts are switched off whatever the terminals: `--non-interactive`, `--yes`, or CI.
pub fn prompts_off(g: &Globals) -> bool {
    g.non_interactive || g.yes || ci()
}

/// Whether a missing parameter may be asked for.
pub fn can_prompt(g: &Globals) -> bool {
    !prompts_off(g) && terminals()
}

/// A destructive verb that cannot ask (prompts off on a terminal) and has no `--yes`.
pub fn needs_yes(action: &str, noun: &str) -> CliError {
    CliError::usage_hint(
        format!(
            "{} {noun}: not confirmed, and prompts are off (--non-interactive or CI); nothing was sent",
            action.to_lowercase()
        ),
        "pass --yes to go ahead without the question",
    )
}

/// An inquire failure as the CLI's error: Esc and Ctrl-C cancel (exit 130).
pub fn prompt_error(e: InquireError) -> CliError {
    match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            CliError::PromptCancelled
        }
        InquireError::NotTTY => CliError::usage("no terminal to ask on"),
        InquireError::IO(e) => CliError::io(format!("cannot use the terminal: {e}")),
        other => CliError::io(format!("prompt failed: {other}")),
    }
}

/// What [`fill`] did: the client it built (to send with), and whether the request was already
/// confirmed (the `-i` menu asks before sending, so the verb's own question is not asked twice).
#[derive(Default)]
pub struct Filled {
    pub client: Option<Client>,
    pub confirmed: bool,
}

/// Called between collecting the body (flags, `--data`, stdin) and checking it: with `-i`, the
/// review menu; else, when prompts are allowed and something required is missing, the prompts.
pub async fn fill(
    ctx: &Ctx,
    verb: &'static Verb,
    body: &mut Map<String, Value>,
) -> Result<Filled, CliError> {
    let g = &ctx.globals;
    if g.interactive {
        if !terminals() {
            return Err(CliError::usage_hint(
                "--interactive needs a terminal on stdin and stderr",
                "without one, give the parameters as flags, with --data, or as JSON on stdin",
            ));
        }
        let client = ctx.client()?;
        {
            let look = Lookup::new(ctx, &client)?;
            menu::run(verb, body, &look).await?;
        }
        return Ok(Filled {
            client: Some(client),
            confirmed: true,
        });
    }
    if !can_prompt(g) || body::check(verb, body, &Origin::Flag).is_ok() {
        return Ok(Filled::default());
    }
    let client = ctx.client()?;
    {
        let look = Lookup::new(ctx, &client)?;
        fill_missing(verb, body, &look).await?;
    }
    Ok(Filled {
        client: Some(client),
        confirmed: false,
    })
}

/// Asks for every required parameter not given (the owner first, as the verb's rules say),
/// then for the optional ones the verb offers.
pub async fn fill_missing(
    verb: &'static Verb,
    body: &mut Map<String, Value>,
    look: &Lookup<'_>,
) -> Result<(), CliError> {
    for rule in verb.rules {
        match rule {
            Rule::Owner {
                user,
                identity,
                system,
            } => owner(verb, [user, identity, system], body, look).await?,
            Rule::ExactlyOne(names) => one_of(verb, names, body, look).await?,
            Rule::After { .. } => {}
        }
    }
    for p in verb.params.iter().filter(|p| p.required) {
        if !body.contains_key(p.name) {
            set(
                body,
                p.name,
                pickers::ask(look, p, None, body, false).await?,
            );
        }
    }
    for p in verb.params.iter().filter(|p| !p.required) {
        let offered = match p.ask {
            Ask::Menu => false,
            Ask::Offer => true,
            Ask::When(key, value) => body.get(key).and_then(Value::as_str) == Some(value),
        };
        if offered && !body.contains_key(p.name) {
            set(body, p.name, pickers::ask(look, p, None, body, true).await?);
        }
    }
    Ok(())
}

fn set(body: &mut Map<String, Value>, name: &str, value: Option<Value>) {
    match value {
        Some(v) => {
            body.insert(name.to_string(), v);
        }
        None => {
            body.remove(name);
        }
    }
}

/// `Rule::Owner`: the user alone, or the identity with the system. The access system is picked
/// first; then a user in it, or a user identity instead.
async fn owner(
    verb: &'static Verb,
    [user, identity, system]: [&str; 3],
    body: &mut Map<String, Value>,
    look: &Lookup<'_>,
) -> Result<(), CliError> {
    let (Some(user), Some(identity), Some(system)) =
        (verb.param(user), verb.param(identity), verb.param(system))
    else {
        return Ok(());
    };
    let has = |b: &Map<String, Value>, k: &str| b.contains_key(k);
    if has(body, user.name) || (has(body, identity.name) && has(body, system.name)) {
        return Ok(());
    }
    if has(body, identity.name) {
        set(
            body,
            system.name,
            pickers::ask(look, system, None, body, false).await?,
        );
        return Ok(());
    }
    let system_id = match body.get(system.name).and_then(Value::as_str) {
        Some(s) => s.to_string(),
        None => pickers::narrowing_system(look).await?,
    };
    let instead = ["Not an ACS user: a user identity (Seam links or creates the user)".to_string()];
    match pickers::acs_user_in(look, &system_id, user, &instead).await? {
        Picked::Id(id) => {
            body.insert(user.name.to_string(), Value::String(id));
        }
        Picked::Extra(_) => {
            set(
                body,
                identity.name,
                pickers::ask(look, identity, None, body, false).await?,
            );
            body.insert(system.name.to_string(), Value::String(system_id));
        }
        Picked::LeaveOut => {}
    }
    Ok(())
}

/// `Rule::ExactlyOne`: when none is given, ask which, then ask for it.
async fn one_of(
    verb: &'static Verb,
    names: &[&str],
    body: &mut Map<String, Value>,
    look: &Lookup<'_>,
) -> Result<(), CliError> {
    if names.iter().any(|n| body.contains_key(*n)) {
        return Ok(());
    }
    let params: Vec<_> = names.iter().filter_map(|n| verb.param(n)).collect();
    let labels: Vec<String> = params
        .iter()
        .map(|p| format!("{}: {}", p.name, pickers::first_sentence(p.help)))
        .collect();
    let chosen = Select::new("Give one of:", labels.clone())
        .with_help_message("↑↓ to move, Enter to choose, Esc to cancel")
        .prompt()
        .map_err(prompt_error)?;
    if let Some(p) = labels
        .iter()
        .position(|l| *l == chosen)
        .and_then(|i| params.get(i))
    {
        set(
            body,
            p.name,
            pickers::ask(look, p, None, body, false).await?,
        );
    }
    Ok(())
}

/// One command the picker offers: its words after `seam`, and its one-line help.
struct Leaf {
    path: Vec<String>,
    about: String,
    /// The widest command of the list, to align the help.
    width: usize,
}

impl std::fmt::Display for Leaf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let cmd = self.path.join(" ");
        let w = self.width;
        f.write_str(&pickers::fit(&format!("{cmd:<w$}  {}", self.about), 4))
    }
}

fn leaves(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Leaf>) {
    for sub in cmd.get_subcommands() {
        // Hidden commands, and those that cannot run without an argument given on the
        // command line (e.g. `completion <SHELL>`), are not offered.
        if sub.is_hide_set()
            || sub.get_name() == "help"
            || sub.get_arguments().any(|a| a.is_required_set())
        {
            continue;
        }
        path.push(sub.get_name().to_string());
        if sub.has_subcommands() {
            leaves(sub, path, out);
        } else {
            out.push(Leaf {
                path: path.clone(),
                about: sub.get_about().map(|a| a.to_string()).unwrap_or_default(),
                width: 0,
            });
        }
        path.pop();
    }
}

/// `seam`, `seam acs` or `seam acs credentials` alone, on a terminal that may be prompted on:
/// offers the commands below it (from the clap tree) and returns the arguments of the one
/// picked. `None`: not such a call (clap then prints help, as before).
pub fn choose_command(
    root: clap::Command,
    args: &[OsString],
) -> Result<Option<Vec<OsString>>, CliError> {
    let words: Option<Vec<&str>> = args.iter().skip(1).map(|a| a.to_str()).collect();
    let Some(words) = words else {
        return Ok(None);
    };
    let mut node = root;
    for w in &words {
        match node.find_subcommand(w) {
            Some(sub) => node = sub.clone(),
            None => return Ok(None),
        }
    }
    if !node.has_subcommands() || ci() || !terminals() {
        return Ok(None);
    }
    let mut path: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    let mut found = Vec::new();
    leaves(&node, &mut path, &mut found);
    if found.is_empty() {
        return Ok(None);
    }
    let width = found
        .iter()
        .map(|l| l.path.join(" ").chars().count())
        .max()
        .unwrap_or(0);
    for l in &mut found {
        l.width = width;
    }
    pickers::init_style(
        output::stderr_is_terminal() && crate::env::var("NO_COLOR").is_none_or(|v| v.is_empty()),
    );
    let picked = Select::new("Which command?", found)
        .with_page_size(pickers::page_size())
        .with_help_message("type to filter, ↑↓ to move, Enter to run, Esc to cancel")
        .prompt()
        .map_err(prompt_error)?;
    let mut out = vec![args.first().cloned().unwrap_or_else(|| "seam".into())];
    out.extend(picked.path.into_iter().map(OsString::from));
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_picker_lists_the_leaves_of_the_clap_tree() {
        let root = clap::Command::new("seam")
            .subcommand(
                clap::Command::new("acs").subcommand(
                    clap::Command::new("credentials")
                        .subcommand(clap::Command::new("create").about("Create one"))
                        .subcommand(clap::Command::new("get")),
                ),
            )
            .subcommand(clap::Command::new("whoami").about("Who"))
            .subcommand(clap::Command::new("__secret").hide(true))
            .subcommand(
                clap::Command::new("completion").arg(clap::Arg::new("shell").required(true)),
            );
        let mut found = Vec::new();
        leaves(&root, &mut Vec::new(), &mut found);
        let paths: Vec<String> = found.iter().map(|l| l.path.join(" ")).collect();
        assert_eq!(
            paths,
            ["acs credentials create", "acs credentials get", "whoami"]
        );
        assert_eq!(found[0].about, "Create one");
    }

    #[test]
    fn the_command_picker_is_only_for_group_commands() {
        let root = crate::cli::command();
        let argv = |s: &str| -> Vec<OsString> { s.split(' ').map(OsString::from).collect() };
        // A leaf, a flag, or an unknown word: not a picker call (clap decides as before).
        for a in ["seam whoami", "seam --version", "seam nope"] {
            assert!(
                matches!(choose_command(root.clone(), &argv(a)), Ok(None)),
                "{a}"
            );
        }
    }
}
