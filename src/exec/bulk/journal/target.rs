//! Where a run's requests went (endpoint, workspace, token fingerprint) and the `--resume` check
//! that a journal is resumed only against the target it recorded.

use super::Index;
use std::path::Path;

/// Where a run's requests went: endpoint, workspace and a fingerprint of the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub endpoint: String,
    pub workspace: Option<String>,
    pub token_fingerprint: Option<String>,
}

/// A fingerprint that tells tokens apart without revealing any part of one: the first 64 bits
/// of SHA-256 over a fixed domain string and the token (a keyed hash; no prefix of the token).
pub fn token_fingerprint(token: &crate::secret::Secret) -> String {
    let mut data = b"seam-cli bulk journal token fingerprint v1\0".to_vec();
    data.extend_from_slice(token.expose().as_bytes());
    let d = ring::digest::digest(&ring::digest::SHA256, &data);
    let hex: String = d.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

impl Target {
    pub fn of(settings: &crate::api::ClientSettings) -> Target {
        Target {
            endpoint: settings.endpoint.trim().trim_end_matches('/').to_string(),
            workspace: settings.workspace_id.clone(),
            token_fingerprint: settings.token.as_ref().map(token_fingerprint),
        }
    }

    /// What differs from `now`, for the refusal.
    fn differences(&self, now: &Target) -> Vec<String> {
        let mut d = Vec::new();
        if self.endpoint != now.endpoint {
            d.push(format!(
                "endpoint {} (now {})",
                crate::api::shown_endpoint(&self.endpoint),
                crate::api::shown_endpoint(&now.endpoint)
            ));
        }
        if self.workspace != now.workspace {
            let w = |w: &Option<String>| w.clone().unwrap_or_else(|| "none".into());
            d.push(format!(
                "workspace {} (now {})",
                w(&self.workspace),
                w(&now.workspace)
            ));
        }
        if self.token_fingerprint != now.token_fingerprint {
            d.push(format!(
                "another token (fingerprint {}, now {})",
                self.token_fingerprint.as_deref().unwrap_or("none"),
                now.token_fingerprint.as_deref().unwrap_or("none")
            ));
        }
        d
    }
}

/// `--resume` goes on only against the target the journal's last run recorded: records it marks
/// done were done there. Another endpoint, workspace or token is a usage error (exit 2) unless
/// `elsewhere` (`--resume-elsewhere`). A journal from before targets were recorded cannot be
/// checked: said in a warning, and the run goes on (this run records its target, so the next
/// resume is checked).
pub fn check_target(
    st: &Index,
    path: &Path,
    now: &Target,
    elsewhere: bool,
    printer: &crate::output::Printer,
) -> Result<(), crate::error::CliError> {
    let Some(then) = &st.target else {
        if st.runs > 0 {
            printer.warn(&format!(
                "the journal {} was written by an older seam and does not record where its \
                 requests went, so it cannot be checked against this endpoint, workspace and \
                 token; this run records them",
                path.display()
            ));
        }
        return Ok(());
    };
    let diff = then.differences(now);
    if diff.is_empty() {
        return Ok(());
    }
    if elsewhere {
        printer.warn(&format!(
            "--resume-elsewhere: the journal's earlier run went to {}; records it marks done are not sent here",
            diff.join(", ")
        ));
        return Ok(());
    }
    Err(crate::error::CliError::Usage {
        message: format!(
            "the journal {} is from a run against another target: {}; nothing was sent",
            path.display(),
            diff.join(", ")
        ),
        hints: vec![
            "resume with the same endpoint, workspace and token as the run that wrote it".into(),
            "or pass --resume-elsewhere to go on here anyway: records the journal marks done \
             (or unknown) are then NOT sent to this target"
                .into(),
        ],
    })
}
