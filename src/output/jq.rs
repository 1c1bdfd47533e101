//! `--jq EXPR`: a jq filter applied to every JSON value the CLI prints, using jaq (a maintained
//! jq implementation in Rust), so no `jq` binary is needed.
//!
//! Where it applies (the [`super::Printer`] calls it, so every verb and command gets it):
//! - a JSON document (`--format json`): the filter runs on the whole document;
//! - `--format ndjson` and bulk result lines: on each line's value;
//! - `--all` with `--format json`: on each page as `{"<key>": [...]}` (the shape of one page
//!   without `--all`, so one expression works with and without it; aggregates such as `length`
//!   are per page).
//!
//! Each output value is one line of compact JSON, as `jq -c` prints it; with `--raw-output`
//! (`-r`), strings are printed without quotes. The expression is compiled once, before anything
//! is sent: a bad one is a usage error.

use crate::error::CliError;
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, Compiler, Ctx, Vars};
use jaq_json::Val;
use serde_json::Value;

type Data = data::JustLut<Val>;

/// Native filters left out: `env` would print the environment (where the API key may be), and
/// `input`/`inputs` have no input stream here.
const LEFT_OUT: &[&str] = &["env", "input", "inputs"];

/// A compiled `--jq` expression.
pub struct Jq {
    filter: jaq_core::Filter<Data>,
    raw: bool,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jq").field("raw", &self.raw).finish()
    }
}

/// Where in `code` the slice `at` (a piece of it, as jaq reports errors) starts, 1-based.
fn column(code: &str, at: &str) -> usize {
    let start = code.as_ptr() as usize;
    let pos = at.as_ptr() as usize;
    if pos >= start && pos <= start + code.len() {
        code[..pos - start].chars().count() + 1
    } else {
        1
    }
}

fn bad(code: &str, problems: Vec<String>) -> CliError {
    CliError::Usage {
        message: format!("invalid --jq expression '{code}': {}", problems.join("; ")),
        hints: vec![
            "the expression is jq's language, e.g. --jq '.acs_credentials[].acs_credential_id' \
             (quote it for the shell)"
                .into(),
        ],
    }
}

impl Jq {
    /// Parses and compiles `code`; `raw`: strings are printed without quotes.
    pub fn compile(code: &str, raw: bool) -> Result<Jq, CliError> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs::<Data>()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs())
            .filter(|(name, _, _)| !LEFT_OUT.contains(name));
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let modules = loader
            .load(&arena, File { code, path: () })
            .map_err(|errs| {
                let mut problems = Vec::new();
                for (_, e) in errs {
                    match e {
                        jaq_core::load::Error::Io(es) => {
                            problems.extend(es.into_iter().map(|(_, m)| m));
                        }
                        jaq_core::load::Error::Lex(es) => {
                            for (expect, at) in es {
                                problems.push(format!(
                                    "expected {} at character {}",
                                    expect.as_str(),
                                    column(code, at)
                                ));
                            }
                        }
                        jaq_core::load::Error::Parse(es) => {
                            for (expect, at) in es {
                                let found = if at.is_empty() {
                                    "the end".to_string()
                                } else {
                                    format!("'{at}'")
                                };
                                problems.push(format!(
                                    "expected {} at character {}, found {found}",
                                    expect.as_str(),
                                    column(code, at)
                                ));
                            }
                        }
                    }
                }
                bad(code, problems)
            })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let problems = errs
                    .into_iter()
                    .flat_map(|(_, es)| es)
                    .map(|(name, what)| {
                        if LEFT_OUT.contains(&name) {
                            format!("{name} is not available in seam's --jq")
                        } else {
                            format!("undefined {} {name}", what.as_str())
                        }
                    })
                    .collect();
                bad(code, problems)
            })?;
        Ok(Jq { filter, raw })
    }

    /// Runs the filter on `v`: the lines to print (each without its newline), in order.
    pub fn run(&self, v: &Value) -> Result<Vec<String>, CliError> {
        let text = serde_json::to_vec(v).map_err(|e| CliError::io(e.to_string()))?;
        let input = jaq_json::read::parse_single(&text).map_err(|e| CliError::Filter {
            message: format!("--jq: cannot read the JSON: {e}"),
        })?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        let mut out = Vec::new();
        for r in self.filter.id.run((ctx, input)) {
            match r {
                Ok(Val::TStr(s)) if self.raw => {
                    out.push(String::from_utf8_lossy(&s).into_owned());
                }
                Ok(val) => out.push(val.to_string()),
                Err(exn) => match exn.get_halt() {
                    // `halt`: stop this value's outputs, as jq stops there.
                    Ok(_) => break,
                    Err(exn) => {
                        let message = match exn.get_err() {
                            Ok(e) => e.to_string(),
                            Err(_) => "the filter stopped unexpectedly".to_string(),
                        };
                        return Err(CliError::Filter {
                            message: format!("--jq: {message}"),
                        });
                    }
                },
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::Jq;
    use serde_json::json;

    fn run(code: &str, raw: bool, v: serde_json::Value) -> Vec<String> {
        Jq::compile(code, raw).unwrap().run(&v).unwrap()
    }

    #[test]
    fn outputs_one_compact_value_per_line() {
        let v = json!({"a": [{"id": "x", "n": 1}, {"id": "y", "n": 2}]});
        assert_eq!(run(".a[].id", false, v.clone()), ["\"x\"", "\"y\""]);
        assert_eq!(run(".a[].id", true, v.clone()), ["x", "y"]);
        assert_eq!(run(".a[0]", true, v.clone()), [r#"{"id":"x","n":1}"#]);
        assert_eq!(
            run("[.a[] | select(.n > 1) | .id]", false, v.clone()),
            [r#"["y"]"#]
        );
        assert_eq!(run(".a | length", false, v.clone()), ["2"]);
        assert_eq!(run("empty", false, v), Vec::<String>::new());
    }

    #[test]
    fn bad_expressions_are_usage_errors() {
        for code in [".a[", "nosuchfn", ".[] |", "env", "$ENV", "input"] {
            let e = Jq::compile(code, false).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{code}");
        }
        let e = Jq::compile("nosuchfn", false).unwrap_err();
        assert!(e.to_string().contains("nosuchfn"), "{e}");
    }

    #[test]
    fn runtime_errors_are_reported() {
        let e = Jq::compile(".a.b", false)
            .unwrap()
            .run(&json!({"a": [1]}))
            .unwrap_err();
        assert_eq!(e.exit_code(), 1);
        assert!(e.to_string().starts_with("--jq: "), "{e}");
    }
}
