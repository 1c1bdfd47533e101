//! `seam help [COMMAND...]`: the long help of a command (as `--help` prints it), and
//! `seam help globals`: the global options, documented once here and in `seam --help` rather
//! than under every command's `-h`.

use crate::context::Ctx;
use crate::error::CliError;
use clap::{Arg, ArgMatches, Command};

/// The word that asks for the global options.
pub const GLOBALS: &str = "globals";

pub fn command() -> Command {
    Command::new("help")
        .about("Print the help of a command, or the global options (`seam help globals`)")
        .arg(
            Arg::new("command")
                .value_name("COMMAND")
                .num_args(0..)
                .help("The command, e.g. `acs credentials create`; or `globals`"),
        )
}

/// The help text of the global options.
pub fn globals_help(root: &Command) -> String {
    let globals: Vec<Arg> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.clone().hide_short_help(false))
        .collect();
    Command::new("seam")
        .about("Global options: accepted by every command, before or after it.")
        .override_usage("seam [GLOBAL OPTIONS] <COMMAND> ...")
        .disable_help_flag(true)
        .disable_version_flag(true)
        .args(globals)
        .after_help(crate::globals::ENVIRONMENT)
        .max_term_width(100)
        .render_help()
        .to_string()
}

pub fn run(ctx: &Ctx, m: &ArgMatches, mut root: Command) -> Result<(), CliError> {
    let words: Vec<String> = m
        .get_many::<String>("command")
        .map(|w| w.cloned().collect())
        .unwrap_or_default();
    root.build();
    let text = if words == [GLOBALS] {
        globals_help(&root)
    } else {
        let mut cmd = &mut root;
        for (i, w) in words.iter().enumerate() {
            let known: Vec<String> = cmd
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect();
            cmd = match cmd.find_subcommand_mut(w) {
                Some(c) => c,
                None => {
                    let path: Vec<&str> = ["seam"]
                        .into_iter()
                        .chain(words[..i].iter().map(String::as_str))
                        .collect();
                    return Err(CliError::usage_hint(
                        format!("no command `{}`", words[..=i].join(" ")),
                        format!(
                            "`{}` has: {}{}",
                            path.join(" "),
                            known.join(", "),
                            if i == 0 {
                                ", and `seam help globals`"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
            };
        }
        cmd.render_long_help().to_string()
    };
    ctx.printer.data(&text)?;
    ctx.printer.flush()
}
