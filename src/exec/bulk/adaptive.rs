//! How many requests a bulk run keeps in flight: a fixed `--concurrency N`, or `auto` (the
//! default), an AIMD controller:
//!
//! - it starts at [`START`] requests;
//! - after each window of successes (as many as the limit), it compares the window's median
//!   latency with the best median seen lately: within 1.5x (or 5 ms), one more request in flight
//!   (additive increase, up to [`MAX`]); above 2x (and 5 ms more), half as many;
//! - a 429 halves the limit (multiplicative decrease, down to 1), once per round of the requests
//!   that were in flight when it came, since they were sent at the old limit; the limit it came
//!   at is remembered as a ceiling: the limit grows back to just below it as before, then probes
//!   the ceiling only after [`PROBE_AFTER`] calm windows (congestion avoidance), so a rate-limited
//!   run settles just under the server's limit instead of hitting it every second;
//! - the server's `Retry-After` is honoured apart from this: the client pauses every new request
//!   until then (`Client::not_before`).
//!
//! Pure logic: it is fed events (a success and its latency, a 429, another ending) and answers
//! with the new limit, so it is tested without a clock or a server.

use std::collections::VecDeque;
use std::time::Duration;

/// Requests in flight when a run starts with `auto`.
pub const START: usize = 4;
/// The most requests in flight, fixed or `auto`.
pub const MAX: usize = 64;
/// Windows of successes at the limit just below a known ceiling (a limit that drew a 429)
/// before one more request in flight is tried.
pub const PROBE_AFTER: usize = 40;
/// Latency differences below this are noise (scheduling, loopback), never a reason to change.
const SLACK: Duration = Duration::from_millis(5);
/// Window medians remembered for "the best seen lately": a server whose latency rose for good
/// becomes the new normal after this many windows.
const HISTORY: usize = 16;

/// `--concurrency`: a number, or `auto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concurrency {
    Auto,
    Fixed(usize),
}

impl Concurrency {
    /// Parses `auto` or 1 to [`MAX`].
    pub fn parse(s: &str) -> Result<Concurrency, String> {
        if s.eq_ignore_ascii_case("auto") {
            return Ok(Concurrency::Auto);
        }
        match s.parse::<usize>() {
            Ok(n) if (1..=MAX).contains(&n) => Ok(Concurrency::Fixed(n)),
            _ => Err(format!("expected `auto` or a number from 1 to {MAX}")),
        }
    }
}

/// Why the limit changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A window of successes at steady latency.
    LatencyHolds,
    /// Latency above twice the best seen lately.
    LatencyRising,
    /// The server answered 429.
    RateLimited,
}

/// A change of the limit, for the `--verbose` trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub from: usize,
    pub to: usize,
    pub reason: Reason,
    /// The window's median latency (latency changes only).
    pub p50: Option<Duration>,
}

impl Change {
    /// `concurrency 4 -> 5 (latency holds: p50 52 ms)`.
    pub fn describe(&self) -> String {
        let why = match self.reason {
            Reason::LatencyHolds => "latency holds",
            Reason::LatencyRising => "latency rising",
            Reason::RateLimited => "rate limited (429)",
        };
        let p50 = self
            .p50
            .map(|d| format!(": p50 {} ms", d.as_millis()))
            .unwrap_or_default();
        format!("* concurrency {} -> {} ({why}{p50})", self.from, self.to)
    }
}

#[derive(Debug)]
pub struct Controller {
    adaptive: bool,
    limit: usize,
    window: Vec<Duration>,
    best: VecDeque<Duration>,
    /// Endings to wait for after a decrease before another (the requests then in flight).
    settle: usize,
    /// The limit at which the last 429 came, and the calm windows since just below it.
    ceiling: Option<usize>,
    calm: usize,
}

impl Controller {
    pub fn new(c: Concurrency) -> Controller {
        let (adaptive, limit) = match c {
            Concurrency::Auto => (true, START),
            Concurrency::Fixed(n) => (false, n.clamp(1, MAX)),
        };
        Controller {
            adaptive,
            limit,
            window: Vec::with_capacity(MAX),
            best: VecDeque::with_capacity(HISTORY),
            settle: 0,
            ceiling: None,
            calm: 0,
        }
    }

    /// `auto`: the limit follows the server.
    pub fn adaptive(&self) -> bool {
        self.adaptive
    }

    /// Requests allowed in flight now.
    pub fn limit(&self) -> usize {
        self.limit
    }

    fn best(&self) -> Option<Duration> {
        self.best.iter().min().copied()
    }

    fn set(&mut self, to: usize, reason: Reason, p50: Option<Duration>) -> Option<Change> {
        let to = to.clamp(1, MAX);
        if to == self.limit {
            return None;
        }
        let from = self.limit;
        if to < from {
            // The requests in flight were sent at the old limit: their endings say nothing
            // about the new one.
            self.settle = from;
        }
        self.limit = to;
        self.window.clear();
        Some(Change {
            from,
            to,
            reason,
            p50,
        })
    }

    /// A request succeeded after `latency` (its last attempt; `None` when unknown, e.g. it
    /// waited out a 429 on the way).
    pub fn on_success(&mut self, latency: Option<Duration>) -> Option<Change> {
        if !self.adaptive {
            return None;
        }
        if self.settle > 0 {
            self.settle -= 1;
            return None;
        }
        self.window.push(latency?);
        if self.window.len() < self.limit.max(2) {
            return None;
        }
        self.window.sort_unstable();
        let p50 = self.window[self.window.len() / 2];
        self.window.clear();
        let best = self.best().unwrap_or(p50).min(p50);
        if self.best.len() == HISTORY {
            self.best.pop_front();
        }
        self.best.push_back(p50);
        if p50 > best * 2 && p50 > best + SLACK {
            return self.set(self.limit / 2, Reason::LatencyRising, Some(p50));
        }
        if p50 <= best.mul_f64(1.5) || p50 <= best + SLACK {
            if self.ceiling.is_some_and(|c| self.limit + 1 >= c) {
                // Just below the limit that drew a 429: probe it only now and then.
                self.calm += 1;
                if self.calm < PROBE_AFTER {
                    return None;
                }
                self.calm = 0;
            }
            return self.set(self.limit + 1, Reason::LatencyHolds, Some(p50));
        }
        None
    }

    /// A request ended otherwise (refused, failed, not sent).
    pub fn on_other(&mut self) {
        if self.settle > 0 {
            self.settle -= 1;
        }
    }

    /// The server answered 429 (to any request of the run).
    pub fn on_rate_limited(&mut self) -> Option<Change> {
        if !self.adaptive || self.settle > 0 {
            return None;
        }
        self.ceiling = Some(self.limit);
        self.calm = 0;
        self.set(self.limit / 2, Reason::RateLimited, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Option<Duration> {
        Some(Duration::from_millis(n))
    }

    /// `n` successes at `lat` ms; the changes they made.
    fn successes(c: &mut Controller, n: usize, lat: u64) -> Vec<Change> {
        (0..n).filter_map(|_| c.on_success(ms(lat))).collect()
    }

    #[test]
    fn parses_auto_and_bounds() {
        assert_eq!(Concurrency::parse("auto"), Ok(Concurrency::Auto));
        assert_eq!(Concurrency::parse("16"), Ok(Concurrency::Fixed(16)));
        assert!(Concurrency::parse("0").is_err());
        assert!(Concurrency::parse("65").is_err());
        assert!(Concurrency::parse("x").is_err());
    }

    #[test]
    fn grows_by_one_per_window_while_latency_holds() {
        let mut c = Controller::new(Concurrency::Auto);
        assert_eq!(c.limit(), START);
        // A window is as many successes as the limit: 4, then 5, then 6.
        assert!(successes(&mut c, 3, 50).is_empty());
        let ch = successes(&mut c, 1, 50);
        assert_eq!(ch[0].from, 4);
        assert_eq!(ch[0].to, 5);
        assert_eq!(ch[0].reason, Reason::LatencyHolds);
        successes(&mut c, 5 + 6, 55);
        assert_eq!(c.limit(), 7);
        assert!(ch[0]
            .describe()
            .contains("concurrency 4 -> 5 (latency holds"));
    }

    #[test]
    fn after_a_429_it_settles_just_below_the_limit_that_drew_it() {
        let mut c = Controller::new(Concurrency::Auto);
        successes(&mut c, 4 + 5 + 6 + 7, 50);
        assert_eq!(c.limit(), 8);
        assert!(c.on_rate_limited().is_some());
        assert_eq!(c.limit(), 4);
        // The 8 in flight end first (settling), then it grows back to 7 window by window...
        successes(&mut c, 8, 50);
        successes(&mut c, 4 + 5 + 6, 50);
        assert_eq!(c.limit(), 7);
        // ...and probes 8 again only after PROBE_AFTER calm windows of 7.
        successes(&mut c, 7 * (PROBE_AFTER - 1), 50);
        assert_eq!(c.limit(), 7);
        successes(&mut c, 7, 50);
        assert_eq!(c.limit(), 8);
    }

    #[test]
    fn never_above_the_maximum() {
        let mut c = Controller::new(Concurrency::Auto);
        successes(&mut c, 10_000, 20);
        assert_eq!(c.limit(), MAX);
    }

    #[test]
    fn halves_on_429_once_per_round_in_flight() {
        let mut c = Controller::new(Concurrency::Auto);
        successes(&mut c, 4 + 5 + 6 + 7, 30);
        assert_eq!(c.limit(), 8);
        let ch = c.on_rate_limited();
        assert_eq!(
            ch.map(|c| (c.from, c.to, c.reason)),
            Some((8, 4, Reason::RateLimited))
        );
        // More 429s from the requests sent at 8: no further cut until they have ended.
        assert_eq!(c.on_rate_limited(), None);
        for _ in 0..7 {
            c.on_other();
        }
        assert_eq!(c.on_rate_limited(), None);
        c.on_other();
        assert_eq!(c.on_rate_limited().map(|c| c.to), Some(2));
        for _ in 0..4 {
            c.on_other();
        }
        assert_eq!(c.on_rate_limited().map(|c| c.to), Some(1));
        for _ in 0..2 {
            c.on_other();
        }
        assert_eq!(c.on_rate_limited(), None, "never below 1");
        assert_eq!(c.limit(), 1);
    }

    #[test]
    fn backs_off_when_latency_rises_and_holds_in_between() {
        let mut c = Controller::new(Concurrency::Auto);
        successes(&mut c, 4 + 5 + 6 + 7, 40);
        assert_eq!(c.limit(), 8);
        // 1.75x the best: neither up nor down.
        assert!(successes(&mut c, 8, 70).is_empty());
        assert_eq!(c.limit(), 8);
        // Over 2x: halved.
        let ch = successes(&mut c, 8, 100);
        assert_eq!(ch.len(), 1);
        assert_eq!((ch[0].to, ch[0].reason), (4, Reason::LatencyRising));
        assert_eq!(ch[0].p50, ms(100));
    }

    #[test]
    fn small_latency_noise_is_ignored() {
        // On loopback 0.2 ms vs 1 ms is noise, not a reason to back off.
        let mut c = Controller::new(Concurrency::Auto);
        successes(&mut c, 4, 0);
        for lat in [1, 3, 0, 4, 2, 1, 3] {
            let n = c.limit();
            successes(&mut c, n, lat);
        }
        assert_eq!(c.limit(), START + 8);
    }

    #[test]
    fn a_lasting_rise_becomes_the_new_normal() {
        let mut c = Controller::new(Concurrency::Auto);
        successes(&mut c, 4, 20);
        // The server got slower for good: cut, then after the history forgets 20 ms, grow again.
        for _ in 0..200 {
            let n = c.limit();
            successes(&mut c, n, 200);
        }
        assert!(c.limit() > 8, "{}", c.limit());
    }

    #[test]
    fn a_fixed_limit_never_changes() {
        let mut c = Controller::new(Concurrency::Fixed(16));
        successes(&mut c, 1000, 10);
        assert_eq!(c.on_rate_limited(), None);
        successes(&mut c, 100, 500);
        assert_eq!(c.limit(), 16);
    }

    #[test]
    fn successes_of_unknown_latency_count_for_nothing() {
        let mut c = Controller::new(Concurrency::Auto);
        for _ in 0..100 {
            assert_eq!(c.on_success(None), None);
        }
        assert_eq!(c.limit(), START);
    }
}
