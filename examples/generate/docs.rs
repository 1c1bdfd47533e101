//! Man pages and docs/reference.md, generated from the clap tree and the spec layer's tables,
//! plus the completion scripts. Used by `cargo run --example generate -- DIR` (writes them) and
//! by the drift test in tests/it/generated.rs (compares them with the committed files); none of
//! this is in the shipped binary.

use clap::{Arg, Command};
use seam::commands::completion::{self, takes_value, BIN, SHELLS};
use seam::exec::with_entrances;
use seam::spec::params::{Kind, Param};
use seam::spec::{self, Effect, Rule, Verb};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The command that regenerates the committed files, said when they are out of date.
pub const UPDATE_COMMAND: &str = "cargo run --example generate -- .";

/// Every generated file of the clap tree `root`, by its path relative to the source tree's root.
pub fn files(root: &Command) -> Result<BTreeMap<PathBuf, Vec<u8>>, std::io::Error> {
    let mut out = BTreeMap::new();
    for shell in SHELLS {
        use clap_complete::Generator as _;
        out.insert(
            Path::new("completions").join(shell.file_name(BIN)),
            completion::script(*shell, root.clone()),
        );
    }
    let mut root = root.clone().disable_help_subcommand(true);
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
pub fn write_all(root: &Command, dir: &Path) -> Result<usize, std::io::Error> {
    let files = files(root)?;
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
        Rule::Owner {
            user,
            identity,
            system,
        } => format!(
            "Give {}, or {} together with {}.",
            flag_name(user),
            flag_name(identity),
            flag_name(system)
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
        if verb.effect == Effect::Read {
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
        if verb.with_entrances {
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
    let verb = spec_verb(cmd);
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

/// The verb table behind `cmd`, if it is a verb's command.
fn spec_verb(cmd: &Command) -> Option<&'static Verb> {
    let path = path_of(cmd);
    let words: Vec<&str> = path.split(' ').skip(1).collect();
    spec::find_verb(&words)
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
         - `--with-entrances` (on `acs credentials list` and `get`): each credential in JSON and NDJSON output \
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
