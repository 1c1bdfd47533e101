//! Where a credential stands, derived from its fields: the STATE column of the tables and the
//! `--state` filter of `list` (applied by the CLI after fetching, not by the API).

use serde_json::Value;

/// Where a credential stands at `now`, from `starts_at` / `ends_at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Active,
    /// Starts in the future.
    Scheduled,
    /// Ended.
    Expired,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Scheduled => "scheduled",
            State::Expired => "expired",
        }
    }
}

fn ts(v: &Value, key: &str) -> Option<jiff::Timestamp> {
    v.get(key)
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<jiff::Timestamp>().ok())
}

pub fn state(cred: &Value, now: jiff::Timestamp) -> State {
    if ts(cred, "ends_at").is_some_and(|end| end <= now) {
        return State::Expired;
    }
    if ts(cred, "starts_at").is_some_and(|start| start > now) {
        return State::Scheduled;
    }
    State::Active
}

/// The values of `list --state`.
pub const FILTERS: &[&str] = &[
    "active",
    "scheduled",
    "expired",
    "not-issued",
    "errors",
    "warnings",
];

/// Whether a credential is in the state `filter` (one of [`FILTERS`]) at `now`:
/// `active`/`scheduled`/`expired` by its times, `not-issued` when `is_issued` is false,
/// `errors`/`warnings` when that array is not empty.
pub fn matches(cred: &Value, filter: &str, now: jiff::Timestamp) -> bool {
    let non_empty = |k: &str| {
        cred.get(k)
            .and_then(Value::as_array)
            .is_some_and(|a| !a.is_empty())
    };
    match filter {
        "not-issued" => cred.get("is_issued") == Some(&Value::Bool(false)),
        "errors" => non_empty("errors"),
        "warnings" => non_empty("warnings"),
        other => state(cred, now).label() == other,
    }
}

/// Whether a credential is in any of the states `filters` (none given: every credential).
pub fn matches_any(cred: &Value, filters: &[String], now: jiff::Timestamp) -> bool {
    filters.is_empty() || filters.iter().any(|f| matches(cred, f, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn states_at_fixed_times() {
        let now: jiff::Timestamp = "2024-03-02T00:00:00Z".parse().unwrap();
        let c = json!({"starts_at": "2024-03-01T10:40:00Z", "ends_at": "2024-03-04T10:40:00Z"});
        assert_eq!(state(&c, now), State::Active);
        let early: jiff::Timestamp = "2024-02-01T00:00:00Z".parse().unwrap();
        assert_eq!(state(&c, early), State::Scheduled);
        let late: jiff::Timestamp = "2024-03-04T10:40:00Z".parse().unwrap();
        assert_eq!(state(&c, late), State::Expired);
        assert_eq!(state(&json!({}), now), State::Active);
        assert_eq!(state(&json!({"ends_at": "garbage"}), now), State::Active);
    }

    #[test]
    fn filters() {
        let now: jiff::Timestamp = "2024-03-02T00:00:00Z".parse().unwrap();
        let c = json!({"ends_at": "2024-03-01T00:00:00Z", "is_issued": false,
                       "errors": [], "warnings": [{"warning_code": "x"}]});
        assert!(matches(&c, "expired", now));
        assert!(!matches(&c, "active", now));
        assert!(matches(&c, "not-issued", now));
        assert!(!matches(&c, "errors", now));
        assert!(matches(&c, "warnings", now));
        assert!(!matches(&json!({}), "not-issued", now));
        assert!(matches_any(&c, &[], now));
        assert!(matches_any(&c, &["active".into(), "warnings".into()], now));
        assert!(!matches_any(&c, &["active".into(), "errors".into()], now));
    }
}
