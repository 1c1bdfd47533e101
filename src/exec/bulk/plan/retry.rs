//! `--retry-unknown`: which records of unknown outcome are sent again, and the check that the
//! lines it names are unknown in the journal.

use super::MAX_SHOWN;
use crate::error::CliError;
use crate::exec::bulk::journal::{Index, Known};
use std::collections::BTreeSet;

/// Which unknown records `--retry-unknown` sends again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryUnknown {
    None,
    All,
    Lines(BTreeSet<usize>),
}

impl RetryUnknown {
    pub fn parse(v: Option<&str>) -> Result<RetryUnknown, CliError> {
        let Some(v) = v else {
            return Ok(RetryUnknown::None);
        };
        if v == "all" {
            return Ok(RetryUnknown::All);
        }
        let mut lines = BTreeSet::new();
        for part in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match part.parse::<usize>() {
                Ok(n) if n > 0 => {
                    lines.insert(n);
                }
                _ => {
                    return Err(CliError::usage(format!(
                        "invalid value '{v}' for --retry-unknown: expected `all` or input line numbers such as 4,9"
                    )))
                }
            }
        }
        Ok(RetryUnknown::Lines(lines))
    }

    pub fn wants(&self, line: usize) -> bool {
        match self {
            RetryUnknown::None => false,
            RetryUnknown::All => true,
            RetryUnknown::Lines(l) => l.contains(&line),
        }
    }
}

/// `--retry-unknown=LINES` must name records whose outcome is unknown: a typo must not quietly
/// retry nothing (or something else).
pub fn check_retry_lines(index: Option<&Index>, retry: &RetryUnknown) -> Result<(), CliError> {
    let RetryUnknown::Lines(lines) = retry else {
        return Ok(());
    };
    let is_unknown = |l: usize| {
        index
            .and_then(|ix| ix.get(l))
            .is_some_and(|(_, e)| matches!(e.known(), Known::Unknown { .. }))
    };
    let wrong: Vec<String> = lines
        .iter()
        .filter(|l| !is_unknown(**l))
        .map(|l| l.to_string())
        .collect();
    if wrong.is_empty() {
        return Ok(());
    }
    let known: Vec<String> = index
        .map(|ix| {
            ix.entries()
                .iter()
                .filter(|e| matches!(e.known(), Known::Unknown { .. }))
                .take(MAX_SHOWN)
                .map(|e| e.line.to_string())
                .collect()
        })
        .unwrap_or_default();
    Err(CliError::usage_hint(
        format!(
            "--retry-unknown names line{} {} whose outcome is not unknown in the journal",
            if wrong.len() == 1 { "" } else { "s" },
            wrong.join(", ")
        ),
        if known.is_empty() {
            "the journal has no record of unknown outcome".to_string()
        } else {
            format!(
                "the records of unknown outcome are on lines {}",
                known.join(",")
            )
        },
    ))
}
