//! The clap tree: the root command, the global options ([`crate::globals`]), a command per
//! resource and verb of the spec layer ([`verb`]), and the hand-written commands
//! ([`crate::commands`]). Flags, help, completions, man pages and docs/reference.md all come
//! from this one tree.

pub mod verb;

use crate::spec::{self, Resource};
use clap::Command;

fn root_after_help() -> String {
    use crate::globals::{ENVIRONMENT, EXIT_CODES};
    format!("{EXIT_CODES}\n\n{ENVIRONMENT}")
}

pub fn command() -> Command {
    let root = Command::new("seam")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Manage Seam access-control credentials from the command line")
        .long_about(
            "Manage Seam access-control (ACS) credentials: PIN codes, key cards, mobile and cloud keys.\n\n\
             Output is a table on a terminal and JSON when piped. Every flag also accepts the \
             underscore spelling of Seam's docs (--acs_user_id as well as --acs-user-id).",
        )
        .after_help(root_after_help())
        .subcommand_required(true)
        .arg_required_else_help(true)
        .max_term_width(100)
        .args(crate::globals::args());
    root.subcommands(resource_commands(&[]))
        .subcommand(crate::commands::login::command())
        .subcommand(crate::commands::logout::command())
        .subcommand(crate::commands::whoami::command())
        .subcommand(crate::commands::config::command())
        .subcommand(crate::commands::completion::command())
        .subcommand(crate::commands::help::command())
        .disable_help_subcommand(true)
}

/// A command that only groups others (`seam acs`).
fn group(name: &str) -> Command {
    let about = spec::GROUPS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| *a)
        .unwrap_or_default();
    Command::new(name.to_string())
        .about(about)
        .subcommand_required(true)
        .arg_required_else_help(true)
}

/// The commands at `prefix` (`[]` for the root's, `["acs"]` for `seam acs`'s): a resource's own
/// command where one ends there, else a group of the resources below it.
fn resource_commands(prefix: &[&'static str]) -> Vec<Command> {
    let mut words: Vec<&'static str> = Vec::new();
    for r in spec::RESOURCES {
        if let Some(w) = r.command.get(prefix.len()) {
            if r.command.starts_with(prefix) && !words.contains(w) {
                words.push(w);
            }
        }
    }
    words
        .into_iter()
        .map(|w| {
            let path = [prefix, &[w]].concat();
            match spec::resource(&path) {
                Some(r) => resource_command(w, r),
                None => group(w).subcommands(resource_commands(&path)),
            }
        })
        .collect()
}

fn resource_command(name: &'static str, r: &'static Resource) -> Command {
    Command::new(name)
        .about(r.about)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands(r.verbs.iter().map(|v| verb::command(v)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn clap_tree_is_valid() {
        super::command().debug_assert();
    }

    #[test]
    fn every_verb_has_its_command() {
        let root = super::command();
        for r in crate::spec::RESOURCES {
            for v in r.verbs {
                let mut c = &root;
                for w in r.command.iter().chain([&v.name]) {
                    c = c
                        .find_subcommand(w)
                        .unwrap_or_else(|| panic!("no command {w} for {}", v.name));
                }
            }
        }
    }
}
