//! `seam completion <shell>`: prints a shell completion script made from the clap tree it is
//! given (the binary's own, [`crate::cli::command`]).

use crate::context::Ctx;
use crate::error::CliError;
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use clap_complete::Shell;

/// The binary's name, as completions and man pages know it.
pub const BIN: &str = "seam";
/// Shells `seam completion` knows, in the order the docs list them.
pub const SHELLS: &[Shell] = &[
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

const COMPLETION_INSTALL: &str = "\
Install: `seam completion --install` writes the script for $SHELL where the shell looks for it.
By hand (then open a new shell):
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
pub fn command() -> Command {
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
                .required_unless_present("install")
                .value_parser(value_parser!(Shell))
                .help("The shell to print the script for (with --install: default from $SHELL)"),
        )
        .arg(
            Arg::new("install")
                .long("install")
                .action(ArgAction::SetTrue)
                .help(
                    "Write the script where the shell looks for it (bash, zsh, fish) instead of \
                     printing it, and say what to add to the shell's rc file, if anything",
                ),
        )
}

pub fn run(ctx: &Ctx, m: &ArgMatches, root: Command) -> Result<(), CliError> {
    let shell = m.get_one::<Shell>("shell").copied();
    if m.get_flag("install") {
        let shell = match shell {
            Some(s) => s,
            None => login_shell()?,
        };
        return install(ctx, shell, &script(shell, root));
    }
    let Some(shell) = shell else {
        return Err(CliError::usage(
            "missing shell; see `seam completion --help`",
        ));
    };
    let script = script(shell, root);
    ctx.printer.data(&String::from_utf8_lossy(&script))?;
    ctx.printer.flush()
}

/// The shell named by `$SHELL`, for `--install` without a shell.
fn login_shell() -> Result<Shell, CliError> {
    let var = crate::env::path("SHELL").unwrap_or_default();
    let name = std::path::Path::new(&var)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    Shell::from_shell_path(name).ok_or_else(|| {
        CliError::usage_hint(
            format!(
                "cannot tell the shell from $SHELL ({}); name it",
                if name.is_empty() { "not set" } else { name }
            ),
            "seam completion --install bash (or zsh, fish)",
        )
    })
}

/// Where `--install` writes a shell's script, and what the rc file needs (if anything).
fn install_target(shell: Shell) -> Result<(std::path::PathBuf, Option<String>), CliError> {
    let home = dirs::home_dir()
        .ok_or_else(|| CliError::io("cannot find the home directory to install into"))?;
    let xdg = |var: &str, default: &str| {
        crate::env::path(var)
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| home.join(default))
    };
    match shell {
        // bash-completion (2.x) loads scripts from here on demand: nothing to add.
        Shell::Bash => Ok((
            xdg("XDG_DATA_HOME", ".local/share").join("bash-completion/completions/seam"),
            None,
        )),
        Shell::Zsh => {
            let dir = home.join(".zfunc");
            let rc = std::fs::read_to_string(home.join(".zshrc")).unwrap_or_default();
            let hint = (!rc.contains(".zfunc")).then(|| {
                "add to ~/.zshrc, before compinit:  fpath=(~/.zfunc $fpath)\n  \
                 (and make sure it runs:  autoload -Uz compinit && compinit)"
                    .to_string()
            });
            Ok((dir.join("_seam"), hint))
        }
        Shell::Fish => Ok((
            xdg("XDG_CONFIG_HOME", ".config").join("fish/completions/seam.fish"),
            None,
        )),
        other => Err(CliError::usage_hint(
            format!("--install knows where bash, zsh and fish look for scripts, not {other}"),
            "see `seam completion --help` for how to load it from your profile",
        )),
    }
}

/// `seam completion --install`: writes the script (atomically: a new file beside it, renamed
/// over it) and says where.
fn install(ctx: &Ctx, shell: Shell, script: &[u8]) -> Result<(), CliError> {
    let (path, hint) = install_target(shell)?;
    let fail = |e: std::io::Error| CliError::io(format!("cannot write {}: {e}", path.display()));
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let tmp = dir.join(format!(".seam-completion.{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| {
            use std::io::Write;
            f.write_all(script)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, &path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    ctx.printer.status(&format!(
        "Installed the {shell} completion script in {}",
        path.display()
    ));
    match hint {
        Some(h) => ctx.printer.hint(&h),
        None => ctx.printer.status("Open a new shell to use it."),
    }
    Ok(())
}

/// The completion script of the clap tree `cmd` for `shell`.
pub fn script(shell: Shell, mut cmd: Command) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut buf);
    if shell == Shell::Fish {
        cmd.build();
        buf = fish_deep(&cmd, &String::from_utf8_lossy(&buf)).into_bytes();
    }
    buf
}

/// credentials create --<TAB>` would complete nothing. This adds the rules for the commands
/// deeper than that (their flags, with the values of enum flags), and stops the level above
/// offering its subcommands again once one is on the line.
fn fish_deep(root: &Command, script: &str) -> String {
    let mut all = Vec::new();
    walk(root, &[], &mut all);
    let mut out = String::new();
    // Level two: once a level-three subcommand is given, stop offering them.
    for line in script.lines() {
        out.push_str(&stop_offering_level_three(line, &all));
        out.push('\n');
    }
    out.push_str("\n# Commands three levels down (added by seam: clap_complete stops at two).\n");
    for (path, cmd) in all.iter().filter(|(p, _)| p.len() >= 3) {
        let cond = fish_condition(path);
        for a in cmd
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set())
        {
            fish_arg_rules(a, &cond, &mut out);
        }
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            out.push_str(&format!(
                "complete -c {BIN} -n \"{cond}\" -f -a \"{}\" -d {}\n",
                sub.get_name(),
                fish_quote(&about)
            ));
        }
    }
    out
}

/// A command's name and aliases.
fn names(c: &Command) -> Vec<String> {
    let mut n = vec![c.get_name().to_string()];
    n.extend(c.get_all_aliases().map(str::to_string));
    n
}

fn fish_quote(s: &str) -> String {
    let first = s.lines().next().unwrap_or("");
    format!("'{}'", first.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Every command below `c` with the path of commands that leads to it.
fn walk<'a>(c: &'a Command, path: &[&'a Command], out: &mut Vec<(Vec<&'a Command>, &'a Command)>) {
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

/// The fish condition for a command path, as clap_complete writes it.
fn fish_condition(path: &[&Command]) -> String {
    let Some((first, rest)) = path.split_first() else {
        return String::new();
    };
    let mut c = format!("__fish_{BIN}_using_subcommand {}", first.get_name());
    for p in rest {
        c.push_str(&format!(
            "; and __fish_seen_subcommand_from {}",
            names(p).join(" ")
        ));
    }
    c
}

/// A clap_complete line offering a level-two command's subcommands, changed to stop once one
/// of them is on the line.
fn stop_offering_level_three(line: &str, all: &[(Vec<&Command>, &Command)]) -> String {
    let mut line = line.to_string();
    for (path, cmd) in all {
        if path.len() != 2 || cmd.get_subcommands().next().is_none() {
            continue;
        }
        let cond = format!("-n \"{}\"", fish_condition(path));
        if line.starts_with(&format!("complete -c {BIN} {cond} -f -a ")) {
            let subs: Vec<String> = cmd.get_subcommands().flat_map(names).collect();
            line = line.replacen(
                &cond,
                &format!(
                    "-n \"{}; and not __fish_seen_subcommand_from {}\"",
                    fish_condition(path),
                    subs.join(" ")
                ),
                1,
            );
        }
    }
    line
}

/// The fish rules of one flag under condition `cond`.
fn fish_arg_rules(a: &Arg, cond: &str, out: &mut String) {
    let Some(long) = a.get_long() else { return };
    let mut line = format!("complete -c {BIN} -n \"{cond}\"");
    if let Some(short) = a.get_short() {
        line.push_str(&format!(" -s {short}"));
    }
    line.push_str(&format!(" -l {long}"));
    if let Some(help) = a.get_help() {
        line.push_str(&format!(" -d {}", fish_quote(&help.to_string())));
    }
    // A value that may be left out (`--is-multi-phone-sync-credential [BOOL]`) is not asked for.
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

pub fn takes_value(a: &Arg) -> bool {
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
