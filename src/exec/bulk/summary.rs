//! The end of a bulk run: a `not_sent` line for every record never sent (and the result lines
//! of the settled records the run did not reach), the tally, the hints that say what to do
//! next, and the exit decision.

use super::input::{Next, Source};
use super::plan::{base_result, Item, Status, Tally};
use super::send::Sent;
use crate::error::CliError;
use crate::output::results::Results;
use crate::output::stream::Progress;
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
    /// `--results FILE`.
    pub results: Option<&'a Path>,
    /// Records this run was to send.
    pub to_send: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Records never sent: those the workers gave back, and the rest of the input.
fn not_sent_lines(
    verb: &Verb,
    results: &Results,
    unsent: &[Item],
    rest: Option<&mut Source>,
) -> Result<(), CliError> {
    let quiet = Progress::none();
    for it in unsent {
        let line = Value::Object(base_result(verb, it, Status::NotSent));
        results.line(&line, None, &quiet)?;
    }
    if let Some(rest) = rest {
        loop {
            match rest.next_step() {
                Next::Send(it) => {
                    let line = Value::Object(base_result(verb, &it, Status::NotSent));
                    results.line(&line, None, &quiet)?;
                }
                Next::Replay(_, _, r) => results.line(&r, None, &quiet)?,
                Next::End | Next::Changed(_) => break,
            }
        }
    }
    Ok(())
}

/// Prints the `not_sent` lines, the summary and the hints; returns the run's result. `rest`:
/// the input where the sending stopped.
pub fn finish(
    p: &Printer,
    facts: &RunFacts,
    mut sent: Sent,
    results: &Results,
    rest: Option<&mut Source>,
) -> Result<(), CliError> {
    // Every input record gets exactly one line: those never sent say so, in input order.
    if results.keeps_lines() {
        let rest = if sent.stop.is_some() || sent.signal.is_some() {
            rest
        } else {
            None
        };
        if let Err(e) = not_sent_lines(facts.verb, results, &sent.unsent, rest) {
            sent.stop.get_or_insert(e);
        }
    }
    sent.unsent_count = facts.to_send.saturating_sub(sent.tally.sent_now());
    if let Err(e) = results.flush() {
        sent.stop.get_or_insert(e);
    }
    journal_hint(p, &mut sent.journal_failed);
    if !facts.dry_run {
        p.status(&summary_line(facts, &sent));
    }
    terminal_hint(p, results);
    unknown_hint(p, facts.verb, &sent.tally);
    let see = if results.on_terminal() {
        "see the failures above".to_string()
    } else if let Some(f) = results.file() {
        format!("see {}", f.display())
    } else {
        "see the JSON lines on stdout".to_string()
    };
    decide(p, facts.total, sent, &see)
}

/// On a terminal the result lines are not printed: say where they are.
fn terminal_hint(p: &Printer, results: &Results) {
    if !results.on_terminal() {
        return;
    }
    let hidden = results.hidden_failures();
    if hidden > 0 {
        p.status(&format!(
            "... and {hidden} more failed record{}",
            plural(hidden)
        ));
    }
    if results.file().is_none() {
        p.hint("the result of each record is not printed on a terminal: pass --results FILE to keep them, or pipe stdout");
    }
}

/// "create: 3 ok, 1 failed, 0 unknown (4 records, 4 sent in 0.2 s); journal: ..."
pub fn summary_line(facts: &RunFacts, sent: &Sent) -> String {
    let t = &sent.tally;
    let mut s = format!(
        "{}: {} ok, {} failed, {} unknown",
        facts.verb.name, t.ok, t.error, t.unknown
    );
    if sent.unsent_count > 0 {
        s.push_str(&format!(", {} not sent", sent.unsent_count));
    }
    s.push_str(&format!(" ({} records", facts.total));
    if t.replayed > 0 {
        s.push_str(&format!(", {} from the journal", t.replayed));
    }
    let sent_now = t.sent_now();
    s.push_str(&format!(
        ", {sent_now} sent in {:.1} s)",
        facts.elapsed_secs
    ));
    if let Some(j) = facts.journal {
        s.push_str(&format!("; journal: {}", j.display()));
    }
    if let Some(r) = facts.results {
        s.push_str(&format!("; results: {}", r.display()));
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
    let shown: Vec<String> = t.unknown_lines.iter().map(usize::to_string).collect();
    let past = verb.bulk.as_ref().map(|b| b.past).unwrap_or("processed");
    p.hint(&format!(
        "{} record{} sent with no usable answer (line{} {}{}): they may or may not have been {past}; check them, then use --resume --retry-unknown[=LINES] only for those that did not happen",
        t.unknown,
        if t.unknown == 1 { " was" } else { "s were" },
        plural(t.unknown),
        shown.join(", "),
        if t.unknown > shown.len() { ", ..." } else { "" },
    ));
}

const RESUME: &str = "re-run the same command with --resume";

/// The exit decision: interrupted, stopped early, some records not done, or success.
fn decide(p: &Printer, total: usize, sent: Sent, see: &str) -> Result<(), CliError> {
    let not_started = sent.unsent_count;
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
                "{} of {total} records did not succeed ({see})",
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
            results: None,
            to_send: 3,
        };
        assert_eq!(
            summary_line(&facts, &sent),
            "create: 2 ok, 1 failed, 0 unknown (4 records, 1 from the journal, 2 sent in 0.3 s); journal: g.csv.journal"
        );
    }
}
