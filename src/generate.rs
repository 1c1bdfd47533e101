//! Shell completions, man pages and docs/reference.md, all generated from the one clap tree
//! ([`crate::cli::command`]) and the verb parameter tables. `seam completion <shell>` prints a
//! script; the hidden `seam __generate <dir>` writes every generated file under `<dir>`, and a
//! test fails when the committed copies differ.

use crate::cli;
use crate::commands::acs::credentials::{self, with_entrances, Rule, Verb};
use crate::context::Ctx;
use crate::error::CliError;
use crate::params::{Kind, Param};
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use clap_complete::Shell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The binary's name, as completions and man pages know it.
pub const BIN: &str = "seam";
/// The hidden command that writes every generated file.
pub const GENERATE: &str = "__generate";
/// The command that regenerates the committed files, said when they are out of date.
pub const UPDATE_COMMAND: &str = "cargo run -- __generate .";
/// Shells `seam completion` knows, in the order the docs list them.
pub const SHELLS: &[Shell] = &[
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

const COMPLETION_INSTALL: &str = "\
Install (then open a new shell):
  bash        mkdir -p ~/.local/share/bash-completion/completions
              seam completion bash > ~/.local/share/bash-completion/completions/seam
  zsh         mkdir -p ~/.zfunc && seam completion zsh > ~/.zfunc/_seam
              and in ~/.zshrc, before compinit:  fpath=(~/.zfunc $fpath)
              (ensure ~/.zshrc runs:  autoload -Uz compinit && compinit)
  fish        seam completion fish > ~/.config/fish/completions/seam.fish
  powershell  add to $PROFILE:  seam completion powershell | Out-String | Invoke-Expression
  elvish      add to ~/.config/elvish/rc.elv:  eval (seam completion elvish | slurp)

The same scripts are in the source tree under completions/.";

/// `seam completion <shell>`.
pub fn completion_command() -> Command {
    Command::new("completion")
        .about("Print a shell completion script")
        .long_about(
            "Prints the completion script for a shell on stdout. Completes commands, flags \
             and the values of flags that take one of a fixed set (--format, --access-method ...).",
        )
        .after_help(COMPLETION_INSTALL)
        .arg(
            Arg::new("shell")
                .value_name("SHELL")
                .required(true)
                .value_parser(value_parser!(Shell))
                .help("The shell to print the script for"),
        )
}

/// `seam __generate <dir>` (hidden): writes completions/, docs/man/ and docs/reference.md.
pub fn generate_command() -> Command {
    Command::new(GENERATE)
        .hide(true)
        .about("Write completions/, docs/man/ and docs/reference.md under a directory")
        .arg(
            Arg::new("dir")
                .value_name("DIR")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .action(ArgAction::Set),
        )
}

pub fn run_completion(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    let Some(shell) = m.get_one::<Shell>("shell").copied() else {
        return Err(CliError::usage(
            "missing shell; see `seam completion --help`",
        ));
    };
    let script = completion(shell);
    ctx.printer.data(&String::from_utf8_lossy(&script))?;
    ctx.printer.flush()
}

pub fn run_generate(ctx: &Ctx, m: &ArgMatches) -> Result<(), CliError> {
    let Some(dir) = m.get_one::<PathBuf>("dir") else {
        return Err(CliError::usage("missing directory"));
    };
    let written = write_all(dir).map_err(|e| CliError::io(e.to_string()))?;
    ctx.printer
        .status(&format!("Wrote {} files under {}", written, dir.display()));
    Ok(())
}

/// The completion script for `shell`.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut buf);
    if shell == Shell::Fish {
        cmd.build();
        buf = fish_deep(&cmd, &String::from_utf8_lossy(&buf)).into_bytes();
    }
    buf
}

/// clap_complete's fish script stops two levels down (clap-rs/clap#5975), so `seam acs
/// credentials create --<TAB>` would complete nothing. This adds the rules for the commands
/// deeper than that (their flags, with the values of enum flags), and stops the level above
/// offering its subcommands again once one is on the line.
fn fish_deep(root: &Command, script: &str) -> String {
    fn names(c: &Command) -> Vec<String> {
        let mut n = vec![c.get_name().to_string()];
        n.extend(c.get_all_aliases().map(str::to_string));
        n
    }
    fn quote(s: &str) -> String {
        let first = s.lines().next().unwrap_or("");
        format!("'{}'", first.replace('\\', "\\\\").replace('\'', "\\'"))
    }
    // (condition as clap_complete writes it, the command at that level)
    fn walk<'a>(
        c: &'a Command,
        path: &[&'a Command],
        out: &mut Vec<(Vec<&'a Command>, &'a Command)>,
    ) {
        // clap's own `help` subcommands are left to clap_complete.
        for sub in c
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let mut p = path.to_vec();
            p.push(sub);
            out.push((p.clone(), sub));
            walk(sub, &p, out);
        }
    }
    let mut all = Vec::new();
    walk(root, &[], &mut all);
    let condition = |path: &[&Command]| {
        let mut c = format!("__fish_{BIN}_using_subcommand {}", path[0].get_name());
        for p in &path[1..] {
            c.push_str(&format!(
                "; and __fish_seen_subcommand_from {}",
                names(p).join(" ")
            ));
        }
        c
    };
    let mut out = String::new();
    // Level two: once a level-three subcommand is given, stop offering them.
    for line in script.lines() {
        let mut line = line.to_string();
        for (path, cmd) in &all {
            if path.len() != 2 || cmd.get_subcommands().next().is_none() {
                continue;
            }
            let cond = format!("-n \"{}\"", condition(path));
            if line.starts_with(&format!("complete -c {BIN} {cond} -f -a ")) {
                let subs: Vec<String> = cmd.get_subcommands().flat_map(names).collect();
                line = line.replacen(
                    &cond,
                    &format!(
                        "-n \"{}; and not __fish_seen_subcommand_from {}\"",
                        condition(path),
                        subs.join(" ")
                    ),
                    1,
                );
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("\n# Commands three levels down (added by seam: clap_complete stops at two).\n");
    for (path, cmd) in all.iter().filter(|(p, _)| p.len() >= 3) {
        let cond = condition(path);
        for a in cmd
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set())
        {
            let Some(long) = a.get_long() else { continue };
            let mut line = format!("complete -c {BIN} -n \"{cond}\"");
            if let Some(short) = a.get_short() {
                line.push_str(&format!(" -s {short}"));
            }
            line.push_str(&format!(" -l {long}"));
            if let Some(help) = a.get_help() {
                line.push_str(&format!(" -d {}", quote(&help.to_string())));
            }
            // A value that may be left out (`--is-multi-phone-sync-credential [BOOL]`) is not
            // asked for.
            let optional = a.get_num_args().is_some_and(|n| n.min_values() == 0);
            if takes_value(a) && !optional {
                let values: Vec<String> = a
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_string())
                    .collect();
                if values.is_empty() {
                    line.push_str(" -r");
                } else {
                    line.push_str(&format!(" -r -f -a \"{}\"", values.join(" ")));
                }
            }
            out.push_str(&line);
            out.push('\n');
            for alias in a.get_all_aliases().unwrap_or_default() {
                out.push_str(&format!("complete -c {BIN} -n \"{cond}\" -l {alias}\n"));
            }
        }
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            out.push_str(&format!(
                "complete -c {BIN} -n \"{cond}\" -f -a \"{}\" -d {}\n",
                sub.get_name(),
                quote(&about)
            ));
        }
    }
    out
}

/// Every generated file, by its path relative to the source tree's root.
pub fn files() -> Result<BTreeMap<PathBuf, Vec<u8>>, std::io::Error> {
    let mut out = BTreeMap::new();
    for shell in SHELLS {
        use clap_complete::Generator as _;
        out.insert(
            Path::new("completions").join(shell.file_name(BIN)),
            completion(*shell),
        );
    }
    let mut root = cli::command().disable_help_subcommand(true);
    root.build();
    man_pages(&root, &mut out)?;
    out.insert(
        PathBuf::from("docs/reference.md"),
        reference(&root).into_bytes(),
    );
    Ok(out)
}

/// The generated directories: files in them that [`files`] does not produce are stale.
pub const GENERATED_DIRS: &[&str] = &["completions", "docs/man"];

/// Writes every generated file under `dir` and removes stale ones from the generated
/// directories. Returns how many files were written.
pub fn write_all(dir: &Path) -> Result<usize, std::io::Error> {
    let files = files()?;
    for d in GENERATED_DIRS {
        let d = dir.join(d);
        if let Ok(entries) = std::fs::read_dir(&d) {
            for e in entries.flatten() {
                let rel = Path::new(d.strip_prefix(dir).unwrap_or(&d)).join(e.file_name());
                if e.path().is_file() && !files.contains_key(&rel) {
                    std::fs::remove_file(e.path())?;
                }
            }
        }
    }
    for (rel, bytes) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
    }
    Ok(files.len())
}

fn man_pages(cmd: &Command, out: &mut BTreeMap<PathBuf, Vec<u8>>) -> Result<(), std::io::Error> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, out)?;
    }
    let man = clap_mangen::Man::new(cmd.clone())
        .manual("seam manual")
        .source(concat!("seam ", env!("CARGO_PKG_VERSION")));
    let mut buf = Vec::new();
    man.render(&mut buf)?;
    out.insert(Path::new("docs/man").join(man.get_filename()), buf);
    Ok(())
}

// ---- docs/reference.md ----

/// A table cell: one line, `|` escaped.
fn md_cell(s: &str) -> String {
    s.trim()
        .replace('|', "\\|")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

fn path_of(cmd: &Command) -> String {
    cmd.get_bin_name()
        .map(str::to_string)
        .unwrap_or_else(|| cmd.get_name().to_string())
}

fn anchor(path: &str) -> String {
    path.replace(' ', "-").to_ascii_lowercase()
}

fn flag_spelling(a: &Arg) -> String {
    let mut names = Vec::new();
    if let Some(s) = a.get_short() {
        names.push(format!("-{s}"));
    }
    if let Some(l) = a.get_long() {
        names.push(format!("--{l}"));
    }
    for alias in a.get_all_aliases().unwrap_or_default() {
        names.push(format!("--{alias}"));
    }
    if names.is_empty() {
        let v = a
            .get_value_names()
            .and_then(|v| v.first().map(|s| s.to_string()))
            .unwrap_or_else(|| a.get_id().to_string().to_uppercase());
        names.push(format!("<{v}>"));
    }
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn takes_value(a: &Arg) -> bool {
    !matches!(
        a.get_action(),
        ArgAction::SetTrue
            | ArgAction::SetFalse
            | ArgAction::Count
            | ArgAction::Help
            | ArgAction::HelpShort
            | ArgAction::HelpLong
            | ArgAction::Version
    )
}

fn value_of(a: &Arg) -> String {
    if !takes_value(a) {
        return "-".into();
    }
    let possible: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("`{}`", v.get_name()))
        .collect();
    if !possible.is_empty() {
        return format!("one of {}", possible.join(", "));
    }
    a.get_value_names()
        .and_then(|v| v.first().map(|s| format!("`<{s}>`")))
        .unwrap_or_else(|| "value".into())
}

fn help_of(a: &Arg) -> String {
    a.get_long_help()
        .or(a.get_help())
        .map(|h| h.to_string())
        .unwrap_or_default()
}

/// Options that clap itself adds, and globals (documented once, under `seam`).
fn is_own_arg(a: &Arg, root: bool) -> bool {
    if a.is_hide_set() {
        return false;
    }
    let id = a.get_id().as_str();
    if id == "help" || id == "version" {
        return root;
    }
    root || !a.is_global_set()
}

fn generic_args_table(args: &[&Arg], s: &mut String) {
    s.push_str("| option | value | required | description |\n|---|---|---|---|\n");
    for a in args {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            flag_spelling(a),
            md_cell(&value_of(a)),
            if a.is_required_set() { "yes" } else { "no" },
            md_cell(&help_of(a))
        );
    }
}

fn param_rows(prefix: &str, params: &[Param], s: &mut String) {
    for p in params {
        let name = if prefix.is_empty() {
            p.name.to_string()
        } else {
            format!("{prefix}.{}", p.name)
        };
        let flag = if !prefix.is_empty() {
            let top = prefix.split('.').next().unwrap_or(prefix);
            format!("(key of `--{}`)", top.replace('_', "-"))
        } else if p.flag() != p.name {
            format!("`--{}`, `--{}`", p.flag(), p.name)
        } else {
            format!("`--{}`", p.name)
        };
        let mut desc = String::new();
        if let Some(d) = p.deprecated {
            if !p.help.to_ascii_lowercase().contains("deprecated") {
                let _ = write!(desc, "Deprecated: {d}. ");
            }
        }
        desc.push_str(p.help);
        let _ = writeln!(
            s,
            "| {flag} | `{name}` | {} | {} | {} | {} |",
            p.kind.type_name(),
            if p.required { "yes" } else { "no" },
            md_cell(&p.kind.accepted()),
            md_cell(&desc)
        );
        if let Kind::Object(fields) = p.kind {
            param_rows(&name, fields, s);
        }
    }
}

fn flag_name(param: &str) -> String {
    format!("`--{}`", param.replace('_', "-"))
}

fn rule_text(r: &Rule) -> String {
    match r {
        Rule::ExactlyOne(names) => format!(
            "Give exactly one of {}.",
            names
                .iter()
                .map(|n| flag_name(n))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Rule::CreateOwner => format!(
            "Give {}, or {} together with {}.",
            flag_name("acs_user_id"),
            flag_name("user_identity_id"),
            flag_name("acs_system_id")
        ),
        Rule::After { later, earlier } => {
            format!("{} must be after {}.", flag_name(later), flag_name(earlier))
        }
    }
}

fn verb_section(cmd: &Command, verb: &Verb, s: &mut String) {
    let _ = writeln!(
        s,
        "Request: `POST {}`; {}.\n",
        verb.path(),
        if verb.idempotent {
            "a read, retried after connection failures, 429, 502, 503 and 504"
        } else {
            "a write, retried only when it provably did not reach the server, or after 429"
        }
    );
    if !verb.params.is_empty() {
        s.push_str("#### Parameters\n\n");
        s.push_str(
            "Each parameter is a flag (both spellings work), a key of the JSON object given on \
             stdin or with `--data`, or both (flags win). Keys of object parameters can also be \
             given as `key=value,key=value`.\n\n",
        );
        s.push_str("| flag | API field | type | required | accepts | description |\n");
        s.push_str("|---|---|---|---|---|---|\n");
        param_rows("", verb.params, s);
        s.push('\n');
    }
    if !verb.rules.is_empty() {
        s.push_str("Rules:\n\n");
        for r in verb.rules {
            let _ = writeln!(s, "- {}", rule_text(r));
        }
        s.push('\n');
    }
    let params: Vec<&str> = verb.params.iter().map(|p| p.name).collect();
    let others: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| is_own_arg(a, false) && !params.contains(&a.get_id().as_str()))
        .filter(|a| a.get_id() != "help")
        .collect();
    if !others.is_empty() {
        s.push_str("#### Other options\n\n");
        generic_args_table(&others, s);
        s.push('\n');
    }
    if let Some(key) = verb.response.key() {
        let _ = write!(s, "Output: the `{key}` of the response");
        if with_entrances::applies(verb) {
            let _ = write!(
                s,
                "; with `--with-entrances`, each credential also carries an `{}` array (the \
                 CLI's extension: the entrances `list-accessible-entrances` returns for it)",
                with_entrances::KEY
            );
        }
        s.push_str(".\n\n");
    }
    if !verb.examples.is_empty() {
        s.push_str("#### Examples\n\n```sh\n");
        for (what, example) in verb.examples {
            let _ = writeln!(s, "# {what}\n{example}\n");
        }
        if s.ends_with("\n\n") {
            s.pop();
        }
        s.push_str("```\n\n");
    }
}

fn command_section(cmd: &Command, root: bool, s: &mut String) {
    let path = path_of(cmd);
    let _ = writeln!(s, "## {path}\n");
    let about = cmd
        .get_long_about()
        .or(cmd.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default();
    if !about.is_empty() {
        let _ = writeln!(s, "{}\n", about.trim());
    }
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    let _ = writeln!(s, "```\n{usage}\n```\n");
    let aliases: Vec<&str> = cmd.get_all_aliases().collect();
    if !aliases.is_empty() {
        let _ = writeln!(
            s,
            "Also spelled: {}.\n",
            aliases
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let subs: Vec<&Command> = cmd.get_subcommands().filter(|c| !c.is_hide_set()).collect();
    if !subs.is_empty() {
        s.push_str("| command | what it does |\n|---|---|\n");
        for sub in &subs {
            let p = path_of(sub);
            let _ = writeln!(
                s,
                "| [`{p}`](#{}) | {} |",
                anchor(&p),
                md_cell(&sub.get_about().map(|a| a.to_string()).unwrap_or_default())
            );
        }
        s.push('\n');
    }
    let verb = credentials_verb(cmd);
    match verb {
        Some(v) => verb_section(cmd, v, s),
        None => {
            let args: Vec<&Arg> = cmd
                .get_arguments()
                .filter(|a| is_own_arg(a, root))
                .collect();
            if !args.is_empty() {
                if root {
                    s.push_str(
                        "### Global options\n\nAccepted by every command, before or after it.\n\n",
                    );
                }
                generic_args_table(&args, s);
                s.push('\n');
            }
            if let Some(after) = cmd.get_after_long_help().or(cmd.get_after_help()) {
                let _ = writeln!(s, "```text\n{}\n```\n", after.to_string().trim_end());
            }
        }
    }
    for sub in subs {
        command_section(sub, false, s);
    }
}

/// The verb table behind `seam acs credentials <verb>`, if `cmd` is one.
fn credentials_verb(cmd: &Command) -> Option<&'static Verb> {
    let path = path_of(cmd);
    let name = path.strip_prefix("seam acs credentials ")?;
    credentials::find(name)
}

/// docs/reference.md, from the built clap tree `root`.
pub fn reference(root: &Command) -> String {
    let mut s = String::new();
    s.push_str("# seam command reference\n\n");
    let _ = writeln!(
        s,
        "<!-- Generated from the clap tree and the verb parameter tables by `{UPDATE_COMMAND}`. \
         Do not edit by hand. -->\n"
    );
    s.push_str(
        "Every command, its options, the type and accepted values of each parameter, and \
         examples. `seam <command> --help` shows the same, and `man seam-<command>` too (see \
         docs/man/).\n\n",
    );
    s.push_str("Commands:\n\n");
    fn toc(cmd: &Command, depth: usize, s: &mut String) {
        let p = path_of(cmd);
        let _ = writeln!(s, "{}- [`{p}`](#{})", "  ".repeat(depth), anchor(&p));
        for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
            toc(sub, depth + 1, s);
        }
    }
    toc(root, 0, &mut s);
    s.push('\n');
    s.push_str(
        "## Output extensions\n\n\
         - `--with-entrances` (on `list` and `get`): each credential in JSON and NDJSON output \
         carries an extra `acs_entrances` array, the entrances that \
         `/acs/credentials/list_accessible_entrances` returns for it. The Seam API's credential \
         object has no such field; the CLI adds it. In a table, the entrances are an ENTRANCES \
         column (`list`) or an `entrances` row (`get`).\n\
         - Tables (on a terminal, or `--format table`) add derived fields: the state \
         (`active`, `scheduled`: starts in the future, `expired`: ended), whether the credential \
         is issued, a line per error and warning, and times in the local time zone. JSON output \
         is the API's, times in UTC ISO 8601, unchanged.\n\n",
    );
    s.push_str(
        "## Testing aids\n\n\
         - `SEAM_NOW=<RFC 3339 time>` fixes the clock used for the derived state in tables \
         (active / scheduled / expired). Meant for tests and for reproducing what a user saw.\n\n",
    );
    command_section(root, true, &mut s);
    while s.ends_with("\n\n") {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_has_a_man_page_and_a_reference_section() {
        let files = files().unwrap();
        let reference = String::from_utf8(files[Path::new("docs/reference.md")].clone()).unwrap();
        for v in credentials::VERBS {
            let page = format!("docs/man/seam-acs-credentials-{}.1", v.name);
            assert!(files.contains_key(Path::new(&page)), "no {page}");
            assert!(reference.contains(&format!("## seam acs credentials {}\n", v.name)));
            for p in v.params {
                assert!(reference.contains(&format!("`{}`", p.name)), "{}", p.name);
            }
        }
        assert!(files.contains_key(Path::new("docs/man/seam.1")));
        assert!(files.contains_key(Path::new("completions/_seam")));
        assert!(!reference.contains(&format!("## seam {GENERATE}")));
    }
}
