//! How fast an `auto` bulk run starts requests once the server has rate-limited it: a pacer
//! beside the concurrency controller ([`super::adaptive`]).
//!
//! A limit on requests in flight cannot hold a limit on requests per second steady: at 50 ms
//! a request, 5 in flight is 100 a second and 6 is 120, and every 429 costs a `Retry-After`
//! pause for the whole run. So after a 429 the run also spaces the starts of new requests:
//!
//! - the rate is what the server accepted in the second ([`SPAN`]) before it refused (or since
//!   the pause before, if shorter: the server counted afresh then), less 10% ([`MARGIN`]: a
//!   second measured after a pause can take in the end of the server's previous window, and
//!   a second refusal costs a whole `Retry-After` pause, more than 10% of a second's requests).
//!   Requests are counted by when they reached the server (their end less their latency), and
//!   only when the next request is about to start (after the `Retry-After` pause, when the
//!   requests sent before the refused one have answered);
//! - a refusal less than a second after the run began is not measured: the server may have
//!   counted requests from before the run (an earlier run, another client), or a window that
//!   began before the last second (a server counting in fixed windows lets up to twice its
//!   limit through in a second that spans two of them); the next refusal measures;
//! - a 429 while paced cuts to at most 85% ([`AGAIN`]) of the pace: what was accepted in the
//!   second before is then mostly the run's own pace, and says only that the limit is lower;
//! - fewer than [`MIN_ACCEPTED`] successes in that second is too little to measure: the run
//!   relies on the concurrency controller and `Retry-After` alone (a server that limits far
//!   lower than that is met at one request in flight);
//! - the 429s of the requests already sent at the old rate do not cut again: one cut per
//!   [`SPAN`];
//! - after [`PROBE_EVERY`] without a 429, the rate is raised by 10% (the limit may have been a
//!   burst, or lifted), and pacing ends once the rate is far above anything a server limits to.
//!
//! Starts are spaced evenly (one every 1/rate s, no bursts), so a server counting requests in
//! fixed one-second windows, in sliding windows or in a token bucket sees at most the rate.
//!
//! Pure logic: it is given the time of each event, so it is tested without a clock or a server.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// The span over which accepted requests are counted, and the least time between two cuts.
pub const SPAN: Duration = Duration::from_secs(1);
/// How far under the accepted rate the run is paced.
pub const MARGIN: f64 = 0.9;
/// A 429 while paced: at most this much of the pace it came at.
pub const AGAIN: f64 = 0.85;
/// Successes in the last [`SPAN`] needed to measure a rate.
pub const MIN_ACCEPTED: usize = 10;
/// Time without a 429 before the pace is raised by 10%.
pub const PROBE_EVERY: Duration = Duration::from_secs(30);
/// A rate (per second) above which pacing ends.
const UNPACED: f64 = 5_000.0;
/// How long a success is remembered (a second before a refused request that may have waited
/// this long to be counted).
const KEEP: Duration = Duration::from_secs(3);

/// A change of pace, for the `--verbose` trace.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PaceChange {
    /// A 429: `accepted` in the last second, paced at `rate` per second from now.
    Cut { accepted: usize, rate: f64 },
    /// No 429 for a while: `rate` per second (`None`: pacing ended).
    Probe { rate: Option<f64> },
}

impl PaceChange {
    /// `* pace 90 requests/s (rate limited (429): 100 accepted in the last second)`.
    pub fn describe(&self) -> String {
        match self {
            PaceChange::Cut { accepted, rate } => format!(
                "* pace {rate:.0} requests/s (rate limited (429): {accepted} accepted in the last second)"
            ),
            PaceChange::Probe { rate: Some(r) } => {
                format!("* pace {r:.0} requests/s (no 429 for {} s)", PROBE_EVERY.as_secs())
            }
            PaceChange::Probe { rate: None } => "* pace: unlimited (no 429 for a while)".into(),
        }
    }

    /// The line a person sees without `--verbose` (a cut only): `rate limited (HTTP 429): new
    /// requests paced at 90/s (100 accepted in 1 s)`: it fits 80 columns.
    pub fn said(&self) -> Option<String> {
        match self {
            PaceChange::Cut { accepted, rate } => Some(format!(
                "rate limited (HTTP 429): new requests paced at {rate:.0}/s ({accepted} accepted in 1 s)"
            )),
            PaceChange::Probe { .. } => None,
        }
    }
}

#[derive(Debug)]
pub struct Pacer {
    adaptive: bool,
    /// When the successes of the last [`KEEP`] reached the server, in the order they ended.
    accepted: VecDeque<Instant>,
    /// The latency of the last success whose latency is known.
    latency: Duration,
    /// When the refused request that is to cut the rate reached the server, and when the
    /// pause before it ended.
    refused: Option<(Instant, Option<Instant>)>,
    /// Requests per second, once a 429 set it.
    rate: Option<f64>,
    /// The earliest start of the next request.
    next: Option<Instant>,
    /// The last cut, or probe.
    changed: Option<Instant>,
    /// The first start of the run.
    began: Option<Instant>,
}

impl Pacer {
    /// A pacer for an `auto` run (`adaptive`), or one that never paces.
    pub fn new(adaptive: bool) -> Pacer {
        Pacer {
            adaptive,
            accepted: VecDeque::new(),
            latency: Duration::ZERO,
            refused: None,
            rate: None,
            next: None,
            changed: None,
            began: None,
        }
    }

    fn forget_before(&mut self, now: Instant) {
        while self
            .accepted
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) > KEEP)
        {
            self.accepted.pop_front();
        }
    }

    /// A request succeeded at `now`, after `latency` (`None` when unknown: it waited out a
    /// 429 on the way).
    pub fn on_success(&mut self, now: Instant, latency: Option<Duration>) {
        if !self.adaptive {
            return;
        }
        if let Some(l) = latency {
            self.latency = l;
        }
        self.forget_before(now);
        self.accepted
            .push_back(now.checked_sub(self.latency).unwrap_or(now));
    }

    /// The server answered 429 (to any request of the run) at `now`; the pause before (an
    /// earlier `Retry-After`) ended at `resumed`. The cut waits for the next start
    /// ([`Pacer::start`]), when the requests sent before the refused one have answered.
    pub fn on_rate_limited(&mut self, now: Instant, resumed: Option<Instant>) {
        let recent = self.rate.is_some()
            && self
                .changed
                .is_some_and(|t| now.saturating_duration_since(t) < SPAN);
        // Sent at the old rate, or a cut is already waiting.
        if self.adaptive && !recent && self.refused.is_none() {
            self.refused = Some((now.checked_sub(self.latency).unwrap_or(now), resumed));
        }
    }

    /// The cut a 429 asked for, measured now: over the second before the refused request, or
    /// since the end of the pause before it if that is later (the server's count started
    /// afresh then). None when the run began less than a second before it, with no pause
    /// since: the server may have counted requests from before the run (another run, another
    /// client) or from an earlier window (up to twice its limit in a second), so the next
    /// refusal measures instead.
    fn cut(&mut self, now: Instant) -> Option<PaceChange> {
        let (at, resumed) = self.refused.take()?;
        self.forget_before(now);
        let mut since = at.checked_sub(SPAN).unwrap_or(at);
        match resumed.filter(|r| *r <= at) {
            Some(r) => since = since.max(r),
            None if self.began.is_some_and(|b| b > since) => return None,
            None => {}
        }
        let accepted = self
            .accepted
            .iter()
            .filter(|t| **t > since && **t <= at)
            .count();
        if accepted < MIN_ACCEPTED {
            return None;
        }
        let measured = accepted as f64 * MARGIN;
        let rate = self.rate.map_or(measured, |r| measured.min(r * AGAIN));
        self.rate = Some(rate);
        self.changed = Some(now);
        Some(PaceChange::Cut { accepted, rate })
    }

    /// May a request start at `now`? `Ok` takes the slot; `Err` says when the next one is free.
    /// Either way, with the change of pace made on the way, if any (for the trace).
    pub fn start(&mut self, now: Instant) -> (Result<(), Instant>, Option<PaceChange>) {
        self.began.get_or_insert(now);
        let cut = self.cut(now);
        let Some(rate) = self.rate else {
            return (Ok(()), cut);
        };
        let every = Duration::from_secs_f64(1.0 / rate);
        let base = match self.next {
            Some(t) if t > now => return (Err(t), cut),
            // Late by less than a slot (timer granularity): keep the schedule, so lateness
            // does not add up; idle longer: start a new one (no burst to catch up).
            Some(t) if now.saturating_duration_since(t) < every => t,
            _ => now,
        };
        self.next = Some(base + every);
        (Ok(()), cut.or_else(|| self.probe(now)))
    }

    fn probe(&mut self, now: Instant) -> Option<PaceChange> {
        let rate = self.rate?;
        if self
            .changed
            .is_some_and(|t| now.saturating_duration_since(t) < PROBE_EVERY)
        {
            return None;
        }
        self.changed = Some(now);
        let up = rate * 1.1;
        self.rate = (up < UNPACED).then_some(up);
        if self.rate.is_none() {
            self.next = None;
        }
        Some(PaceChange::Probe { rate: self.rate })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// An `auto` pacer whose run began two seconds before the instant returned.
    fn begun() -> (Pacer, Instant) {
        let mut p = Pacer::new(true);
        let began = Instant::now();
        let _ = p.start(began);
        (p, began + ms(2000))
    }

    /// `n` successes of 50 ms latency reaching the server evenly over the `span` before `at`.
    fn accepted(p: &mut Pacer, at: Instant, n: u64, span: Duration) {
        for i in 0..n {
            let arrived = at - span + span * (i as u32 + 1) / n as u32;
            p.on_success(arrived + ms(50), Some(ms(50)));
        }
    }

    /// How many requests may start from `from` over `span`, asking every millisecond.
    fn starts(p: &mut Pacer, from: Instant, span: Duration) -> usize {
        let mut n = 0;
        let mut t = from;
        while t < from + span {
            if p.start(t).0.is_ok() {
                n += 1;
            }
            t += ms(1);
        }
        n
    }

    /// A 429 seen at `at` (its request reached the server 50 ms before; no pause before it),
    /// measured at `then`.
    fn refused(p: &mut Pacer, at: Instant, then: Instant) -> Option<PaceChange> {
        p.on_rate_limited(at, None);
        p.start(then).1
    }

    fn cut_rate(ch: Option<PaceChange>) -> f64 {
        match ch {
            Some(PaceChange::Cut { rate, .. }) => rate,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unpaced_until_a_429() {
        let (mut p, t0) = begun();
        accepted(&mut p, t0 + ms(500), 80, ms(500));
        assert!(p.rate.is_none());
        assert_eq!(starts(&mut p, t0 + ms(600), ms(10)), 10);
    }

    #[test]
    fn a_429_paces_at_what_was_accepted_in_the_second_before_it_less_5_percent() {
        let (mut p, t0) = begun();
        // 150 reached the server in the 1.5 s before the refused one: 100 in its last second.
        accepted(&mut p, t0 + ms(1500), 150, ms(1500));
        // Measured at the next start (after the pause), not when the 429 comes.
        let ch = refused(&mut p, t0 + ms(1550), t0 + ms(2550));
        assert_eq!(
            ch,
            Some(PaceChange::Cut {
                accepted: 100,
                rate: 90.0
            })
        );
        assert!(ch.unwrap().describe().contains("pace 90 requests/s"));
        assert!(ch
            .unwrap()
            .said()
            .is_some_and(|l| l.contains("paced at 90/s")));
        // Evenly spaced: 90 (±1) starts in any second, none in a burst.
        let n = starts(&mut p, t0 + ms(3000), ms(1000));
        assert!((89..=91).contains(&n), "{n}");
        let n = starts(&mut p, t0 + ms(4000), ms(100));
        assert!((9..=10).contains(&n), "{n}");
    }

    #[test]
    fn successes_answered_after_the_429_still_count() {
        let (mut p, t0) = begun();
        accepted(&mut p, t0 + ms(900), 90, ms(900));
        p.on_rate_limited(t0 + ms(1050), None);
        // Ten sent just before the refused one answer after its 429, before the next start.
        for i in 0..10 {
            p.on_success(t0 + ms(1051 + i), Some(ms(60)));
        }
        match p.start(t0 + ms(2000)).1 {
            Some(PaceChange::Cut { accepted, .. }) => assert_eq!(accepted, 100),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn counted_from_the_end_of_the_pause_before() {
        let (mut p, t0) = begun();
        // 150 in the last second, but the server counted afresh after the pause that ended
        // 400 ms before the refusal: 60 since.
        accepted(&mut p, t0 + ms(1000), 150, ms(1000));
        p.on_rate_limited(t0 + ms(1050), Some(t0 + ms(600)));
        match p.start(t0 + ms(2000)).1 {
            Some(PaceChange::Cut { accepted, .. }) => assert_eq!(accepted, 60),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_refusal_in_the_first_second_of_the_run_is_not_measured() {
        let mut p = Pacer::new(true);
        let t0 = Instant::now();
        let _ = p.start(t0);
        accepted(&mut p, t0 + ms(700), 140, ms(700));
        assert_eq!(refused(&mut p, t0 + ms(750), t0 + ms(1750)), None);
        assert!(p.rate.is_none());
        // The next refusal, a second into the run, is.
        accepted(&mut p, t0 + ms(2700), 100, ms(950));
        assert!((cut_rate(refused(&mut p, t0 + ms(2750), t0 + ms(2800))) - 90.0).abs() < 0.01);
    }

    #[test]
    fn one_cut_per_second_and_a_429_while_paced_cuts_at_least_15_percent() {
        let (mut p, t0) = begun();
        accepted(&mut p, t0 + ms(1000), 100, ms(1000));
        assert_eq!(
            cut_rate(refused(&mut p, t0 + ms(1050), t0 + ms(1050))),
            90.0
        );
        // The requests sent at the old rate answer 429 too: no further cut for a second.
        assert_eq!(refused(&mut p, t0 + ms(1500), t0 + ms(1600)), None);
        // A 429 a second later at the paced rate, even with more accepted: 85% of the pace.
        accepted(&mut p, t0 + ms(2100), 120, ms(1000));
        let r = cut_rate(refused(&mut p, t0 + ms(2150), t0 + ms(2150)));
        assert!((r - 90.0 * AGAIN).abs() < 0.01, "{r}");
        // Or what was accepted, less 10%, if that is lower.
        accepted(&mut p, t0 + ms(3200), 50, ms(1000));
        let r = cut_rate(refused(&mut p, t0 + ms(3250), t0 + ms(3250)));
        assert!((r - 45.0).abs() < 0.01, "{r}");
    }

    #[test]
    fn too_few_successes_to_measure_leave_it_unpaced() {
        let (mut p, t0) = begun();
        accepted(&mut p, t0 + ms(1000), 9, ms(1000));
        assert_eq!(refused(&mut p, t0 + ms(1050), t0 + ms(1050)), None);
        assert!(p.rate.is_none());
    }

    #[test]
    fn idle_time_gives_no_burst_and_lateness_does_not_add_up() {
        let (mut p, t0) = begun();
        accepted(&mut p, t0 + ms(1000), 100, ms(1000));
        refused(&mut p, t0 + ms(1050), t0 + ms(1050));
        // After a long pause (Retry-After), one start, then the next a slot later.
        assert!(p.start(t0 + ms(5000)).0.is_ok());
        assert!(p.start(t0 + ms(5001)).0.is_err());
        // Woken 1 ms late for each slot: still about 90 a second.
        let mut t = t0 + ms(5000);
        let mut n = 0;
        while t < t0 + ms(6000) {
            match p.start(t).0 {
                Ok(()) => n += 1,
                Err(at) => t = at + ms(1),
            }
        }
        assert!((89..=91).contains(&n), "{n}");
    }

    #[test]
    fn probes_10_percent_higher_after_a_calm_while_then_stops_pacing() {
        let (mut p, t0) = begun();
        accepted(&mut p, t0 + ms(1000), 100, ms(1000));
        refused(&mut p, t0 + ms(1050), t0 + ms(1050));
        assert_eq!(p.start(t0 + ms(2000)), (Ok(()), None));
        let later = t0 + ms(1050) + PROBE_EVERY;
        match p.start(later) {
            (Ok(()), Some(PaceChange::Probe { rate: Some(r) })) => {
                assert!((r - 99.0).abs() < 0.01, "{r}")
            }
            other => panic!("{other:?}"),
        }
        // Far above any limit: unpaced.
        let mut t = later;
        for _ in 0..100 {
            t += PROBE_EVERY;
            let _ = p.start(t);
        }
        assert!(p.rate.is_none());
    }

    #[test]
    fn a_fixed_concurrency_is_never_paced() {
        let mut p = Pacer::new(false);
        let began = Instant::now();
        let _ = p.start(began);
        let t0 = began + ms(2000);
        accepted(&mut p, t0 + ms(1000), 100, ms(1000));
        assert_eq!(refused(&mut p, t0 + ms(1050), t0 + ms(1050)), None);
        assert_eq!(starts(&mut p, t0 + ms(1050), ms(10)), 10);
    }
}
