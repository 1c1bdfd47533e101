//! Typed answers: an ID typed when a list is empty (or the user prefers), and any value asked
//! as text, each checked by [`params::coerce`](crate::spec::params::coerce), the same check
//! the flags get.

use super::style::{first_sentence, hint};
use crate::error::CliError;
use crate::interact::prompt_error;
use crate::spec::params::{coerce, Origin, Param, Raw};
use inquire::validator::Validation;
use inquire::Text;
use serde_json::Value;

/// The check a typed answer gets: the same as a flag's (`params::coerce`).
pub(super) fn validator(
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

/// An ID typed instead of picked.
pub(super) fn type_id(p: &'static Param) -> Result<String, CliError> {
    let help = hint(first_sentence(p.help));
    let s = Text::new(&format!("{}:", p.name))
        .with_help_message(&help)
        .with_validator(validator(p, false))
        .prompt()
        .map_err(prompt_error)?;
    Ok(s.trim().to_string())
}

/// A value as text to edit: strings as they are, lists comma-separated, the rest as JSON.
pub(super) fn as_text(v: &Value) -> String {
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
pub(super) fn text(
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
pub(super) fn now_text(now: jiff::Timestamp) -> String {
    now.round(jiff::Unit::Second).unwrap_or(now).to_string()
}
