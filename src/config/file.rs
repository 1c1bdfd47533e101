//! The config file's model: `ConfigFile` and its profiles, parsed from and rendered to TOML.

use super::{Source, DEFAULT_PROFILE};
use crate::error::CliError;
use crate::secret::Secret;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `config.toml`: a default profile and named profiles. Unknown keys are ignored (and dropped
/// when the file is rewritten).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Profile {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "secret_field"
    )]
    pub token: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The output format when neither `--format` nor `SEAM_FORMAT` says (e.g. "json").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

impl Profile {
    pub fn is_empty(&self) -> bool {
        self.token.is_none()
            && self.workspace_id.is_none()
            && self.endpoint.is_none()
            && self.format.is_none()
    }
}

/// The token is written to the file as plain text (the file is 0600); everywhere else it stays
/// a [`Secret`].
mod secret_field {
    use crate::secret::Secret;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Secret>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(t) => s.serialize_str(t.expose()),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Secret>, D::Error> {
        Ok(Option::<String>::deserialize(d)?
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(Secret::new))
    }
}

const HEADER: &str = "\
# seam CLI configuration (written by `seam login` and `seam config`).
# It holds tokens: keep it private (mode 0600). See `seam config --help`.
";

impl ConfigFile {
    pub fn parse(text: &str) -> Result<ConfigFile, String> {
        toml::from_str::<ConfigFile>(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let msg = without_quotes(e.message());
            match line {
                Some(l) => format!("line {l}: {msg}"),
                None => msg,
            }
        })
    }

    pub fn render(&self) -> Result<String, CliError> {
        let body = toml::to_string_pretty(self)
            .map_err(|e| CliError::io(format!("cannot write the config file: {e}")))?;
        Ok(format!("{HEADER}\n{body}"))
    }

    /// The default profile's name and where it came from.
    pub fn default_name(&self) -> (String, Source) {
        match &self.default_profile {
            Some(n) if !n.trim().is_empty() => (n.trim().to_string(), Source::ConfigDefault),
            _ => (DEFAULT_PROFILE.to_string(), Source::Default),
        }
    }
}

/// Removes quoted fragments from a parser message: they may quote the file, and the file holds
/// tokens.
pub(super) fn without_quotes(msg: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in msg.chars() {
        match quote {
            Some(q) if c == q => {
                out.push('…');
                out.push(c);
                quote = None;
            }
            Some(_) => {}
            None if c == '"' || c == '`' => {
                out.push(c);
                quote = Some(c);
            }
            None => out.push(c),
        }
    }
    if quote.is_some() {
        out.push('…');
    }
    out.lines().next().unwrap_or("").trim().to_string()
}
