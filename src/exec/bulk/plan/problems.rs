//! Problems found while reading the input, kept bounded, and the usage error that lists them.

use super::MAX_SHOWN;
use crate::error::CliError;

/// Problems found while reading: the first [`MAX_SHOWN`] (with their lines) and how many in all.
#[derive(Debug, Default)]
pub struct Problems {
    shown: Vec<(usize, String)>,
    pub total: usize,
}

impl Problems {
    pub fn add(&mut self, line: usize, msg: String) {
        self.total += 1;
        if self.shown.len() < MAX_SHOWN {
            self.shown.push((line, msg));
        }
    }
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
    /// `self` and `other` (each found in line order), in line order.
    pub fn merge(self, other: Problems) -> Problems {
        let mut shown: Vec<(usize, String)> = self.shown.into_iter().chain(other.shown).collect();
        shown.sort_by_key(|(l, _)| *l);
        shown.truncate(MAX_SHOWN);
        Problems {
            shown,
            total: self.total + other.total,
        }
    }
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.shown.iter().map(|(_, m)| m.as_str())
    }
}

/// A usage error listing problems, at most [`MAX_SHOWN`] of them.
pub fn list_problems(head: String, problems: &Problems) -> CliError {
    let mut msg = head;
    for p in problems.messages() {
        msg.push_str("\n  ");
        msg.push_str(p);
    }
    if problems.total > problems.shown.len() {
        msg.push_str(&format!(
            "\n  ... and {} more",
            problems.total - problems.shown.len()
        ));
    }
    CliError::usage(msg)
}
