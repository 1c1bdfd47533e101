//! Builds and checks a request body from flags, a JSON object (stdin, `--data`) or a bulk record,
//! using the verb's parameter table. Nothing is sent until this passes.

use super::params::{self, coerce, Origin, Param, ParamError, Raw};
use super::{Rule, Verb};
use serde_json::{Map, Value};

/// Why a body was refused. Rendered as one line per problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

impl From<ParamError> for Invalid {
    fn from(e: ParamError) -> Self {
        Invalid(e.message())
    }
}

fn name_for(p: &str, origin: &Origin) -> String {
    match origin {
        Origin::Flag => format!("--{}", p.replace('_', "-")),
        _ => format!("\"{p}\""),
    }
}

fn prefix(origin: &Origin) -> String {
    match origin {
        Origin::Record(line) => format!("line {line}: "),
        _ => String::new(),
    }
}

/// Checks every key of a JSON object of parameters and adds it to `body`
/// (keys already in `body` are replaced: callers add the weaker source first).
pub fn merge_object(
    verb: &Verb,
    body: &mut Map<String, Value>,
    object: &Map<String, Value>,
    origin: &Origin,
) -> Result<(), Invalid> {
    for (key, value) in object {
        let Some(param) = verb.param(key) else {
            return Err(unknown_key(verb, key, origin));
        };
        body.insert(key.clone(), coerce(param, Raw::Json(value), origin)?);
    }
    Ok(())
}

/// Adds text values (a CSV record's cells) to `body`. Empty cells mean "not given".
pub fn merge_text(
    verb: &Verb,
    body: &mut Map<String, Value>,
    pairs: &[(String, String)],
    origin: &Origin,
) -> Result<(), Invalid> {
    for (key, value) in pairs {
        if value.is_empty() {
            continue;
        }
        let Some(param) = verb.param(key) else {
            return Err(unknown_key(verb, key, origin));
        };
        body.insert(key.clone(), coerce(param, Raw::Text(value), origin)?);
    }
    Ok(())
}

/// Adds one parameter given on the command line (all occurrences of its flag).
pub fn merge_flag(
    body: &mut Map<String, Value>,
    param: &Param,
    values: &[&str],
) -> Result<(), Invalid> {
    let value = match param.kind {
        params::Kind::UuidList => {
            // Each occurrence may itself be a list; all are joined.
            let mut all = Vec::new();
            for v in values {
                match coerce(param, Raw::Text(v), &Origin::Flag)? {
                    Value::Array(items) => all.extend(items),
                    other => all.push(other),
                }
            }
            Value::Array(all)
        }
        _ => {
            let Some(last) = values.last() else {
                return Ok(());
            };
            coerce(param, Raw::Text(last), &Origin::Flag)?
        }
    };
    body.insert(param.name.to_string(), value);
    Ok(())
}

fn unknown_key(verb: &Verb, key: &str, origin: &Origin) -> Invalid {
    let names = verb.params.iter().map(|p| p.name);
    let hint = match params::suggest(key, names) {
        Some(s) => format!(" (did you mean \"{s}\"?)"),
        None => String::new(),
    };
    let accepted: Vec<&str> = verb.params.iter().map(|p| p.name).collect();
    let src = match origin {
        Origin::Json(src) => format!(" in {src}"),
        _ => String::new(),
    };
    Invalid(format!(
        "{}unknown parameter \"{key}\"{src}{hint}; `{}` accepts: {}",
        prefix(origin),
        verb.name,
        accepted.join(", ")
    ))
}

/// The checks that span the whole body: required parameters and the verb's rules.
pub fn check(verb: &Verb, body: &Map<String, Value>, origin: &Origin) -> Result<(), Invalid> {
    let p = prefix(origin);
    for param in verb.params.iter().filter(|p| p.required) {
        if !body.contains_key(param.name) {
            return Err(Invalid(format!(
                "{p}missing required {}: expected {}",
                name_for(param.name, origin),
                param.kind.accepted()
            )));
        }
    }
    let has = |k: &str| body.contains_key(k);
    for rule in verb.rules {
        match rule {
            Rule::ExactlyOne(names) => {
                let given: Vec<&&str> = names.iter().filter(|n| has(n)).collect();
                let list: Vec<String> = names.iter().map(|n| name_for(n, origin)).collect();
                if given.len() != 1 {
                    let what = if given.is_empty() {
                        "none was given"
                    } else {
                        "both were given"
                    };
                    return Err(Invalid(format!(
                        "{p}give exactly one of {}: {what}",
                        list.join(" or ")
                    )));
                }
            }
            Rule::Owner {
                user,
                identity,
                system,
            } => {
                let n = |k: &str| name_for(k, origin);
                let problem = match (has(user), has(identity), has(system)) {
                    (true, false, _) | (false, true, true) => None,
                    (true, true, _) => Some(format!(
                        "give either {} or {} (with {}), not both",
                        n(user),
                        n(identity),
                        n(system)
                    )),
                    (false, true, false) => Some(format!(
                        "{} needs {} too: the access system to create the user in",
                        n(identity),
                        n(system)
                    )),
                    (false, false, _) => Some(format!(
                        "say who the credential is for: {}, or {} with {}",
                        n(user),
                        n(identity),
                        n(system)
                    )),
                };
                if let Some(problem) = problem {
                    return Err(Invalid(format!("{p}{problem}")));
                }
            }
            Rule::After { later, earlier } => {
                let ts = |k: &str| {
                    body.get(k)
                        .and_then(Value::as_str)
                        .and_then(params::parse_timestamp)
                };
                if let (Some(l), Some(e)) = (ts(later), ts(earlier)) {
                    if l <= e {
                        return Err(Invalid(format!(
                            "{p}{} ({l}) must be after {} ({e})",
                            name_for(later, origin),
                            name_for(earlier, origin)
                        )));
                    }
                }
            }
        }
    }
    Ok(())
}
