//! The end of a bulk run: a `not_sent` line for every record never sent, the tally, the hints
//! that say what to do next, and the exit decision.

use super::plan::{base_result, Status, Tally};
use super::send::Sent;
use crate::error::CliError;
use crate::output::Printer;
use crate::spec::Verb;
use serde_json::Value;
use std::path::Path;

/// What the summary needs besides the outcome of the sending.
pub struct RunFacts<'a> {
    pub verb: &'a Verb,
    /// Records in the input.
    pub total: usize,
    pub elapsed_secs: f64,
    pub journal: Option<&'a Path>,
    pub dry_run: bool,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Prints the `not_sent` lines, the summary and the hints; returns the run's result.
pub fn finish(p: &Printer, facts: &RunFacts, mut sent: Sent) -> Result<(), CliError> {
    // Every input record gets exactly one line: those never sent say so, in input order.
    for it in &sent.unsent {
        let line = Value::Object(base_result(facts.verb, it, Status::NotSent));
        if let Err(e) = p.json_line(&line) {
            sent.stop.get_or_insert(e);
            break;
        }
    }
    if let Err(e) = p.flush() {
        sent.stop.get_or_insert(e);
    }
    journal_hint(p, &mut sent.journal_failed);
    if !facts.dry_run {
        p.status(&summary_line(facts, &sent));
    }
    unknown_hint(p, facts.verb, &sent.tally);
    decide(p, facts.total, sent)
}

/// "create: 3 ok, 1 failed, 0 unknown (4 records, 4 sent in 0.2 s); journal: ..."
pub fn summary_line(facts: &RunFacts, sent: &Sent) -> String {
    let t = &sent.tally;
    let mut s = format!(
        "{}: {} ok, {} failed, {} unknown",
        facts.verb.name, t.ok, t.error, t.unknown
    );
    if !sent.unsent.is_empty() {
        s.push_str(&format!(", {} not sent", sent.unsent.len()));
    }
    s.push_str(&format!(" ({} records", facts.total));
    if t.replayed > 0 {
        s.push_str(&format!(", {} from the journal", t.replayed));
    }
    let sent_now = (t.ok + t.error + t.unknown).saturating_sub(t.replayed);
    s.push_str(&format!(
        ", {sent_now} sent in {:.1} s)",
        facts.elapsed_secs
    ));
    if let Some(j) = facts.journal {
        s.push_str(&format!("; journal: {}", j.display()));
    }
    s
}

fn journal_hint(p: &Printer, failed: &mut [usize]) {
    if failed.is_empty() {
        return;
    }
    failed.sort_unstable();
    let lines: Vec<String> = failed.iter().map(usize::to_string).collect();
    let them = if lines.len() == 1 { "it" } else { "them" };
    p.hint(&format!(
        "the journal could not record the outcome of line{} {} (printed with \"journal_error\"): --resume will report {them} as unknown and not send {them} again",
        plural(lines.len()),
        lines.join(", "),
    ));
}

fn unknown_hint(p: &Printer, verb: &Verb, t: &Tally) {
    if t.unknown == 0 {
        return;
    }
    let mut lines = t.unknown_lines.clone();
    lines.sort_unstable();
    let shown: Vec<String> = lines.iter().take(20).map(usize::to_string).collect();
    let past = verb.bulk.as_ref().map(|b| b.past).unwrap_or("processed");
    p.hint(&format!(
        "{} record{} sent with no usable answer (line{} {}{}): they may or may not have been {past}; check them, then use --resume --retry-unknown[=LINES] only for those that did not happen",
        t.unknown,
        if t.unknown == 1 { " was" } else { "s were" },
        plural(t.unknown),
        shown.join(", "),
        if lines.len() > shown.len() { ", ..." } else { "" },
    ));
}

const RESUME: &str = "re-run the same command with --resume";

/// The exit decision: interrupted, stopped early, some records not done, or success.
fn decide(p: &Printer, total: usize, sent: Sent) -> Result<(), CliError> {
    let not_started = sent.unsent.len();
    let t = &sent.tally;
    if let Some(code) = sent.signal {
        p.hint(&format!("{RESUME} to send the rest"));
        return Err(CliError::Interrupted {
            code,
            in_flight: false,
        });
    }
    if let Some(e) = sent.stop {
        if not_started > 0 {
            p.hint(&format!(
                "stopped early: {not_started} record{} not sent; {RESUME} to send them",
                plural(not_started)
            ));
        }
        // stdout closed by its reader (`| head`): quiet only if nothing is left undone.
        let done = not_started == 0 && t.error == 0 && t.unknown == 0;
        return match e {
            CliError::BrokenPipe if done => Ok(()),
            CliError::BrokenPipe => Err(CliError::Partial {
                message: format!(
                    "stdout was closed, so the run stopped: {not_started} record{} not sent",
                    plural(not_started)
                ),
            }),
            e => Err(e),
        };
    }
    if t.error > 0 || t.unknown > 0 {
        if t.error > 0 {
            p.hint(&format!(
                "fix the failed records (or their cause) and {RESUME}: only records not done are sent"
            ));
        }
        return Err(CliError::Partial {
            message: format!(
                "{} of {total} records did not succeed (see the JSON lines on stdout)",
                t.error + t.unknown
            ),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::credentials::create;

    #[test]
    fn summary_counts_this_run_and_the_journal() {
        let mut sent = Sent::default();
        sent.tally.add(Status::Ok, 2);
        sent.tally.add(Status::Ok, 3);
        sent.tally.add(Status::Error, 4);
        sent.tally.replayed = 1;
        let facts = RunFacts {
            verb: &create::VERB,
            total: 4,
            elapsed_secs: 0.31,
            journal: Some(Path::new("g.csv.journal")),
            dry_run: false,
        };
        assert_eq!(
            summary_line(&facts, &sent),
            "create: 2 ok, 1 failed, 0 unknown (4 records, 1 from the journal, 2 sent in 0.3 s); journal: g.csv.journal"
        );
    }
}
