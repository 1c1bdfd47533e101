//! Property tests for every value parser: arbitrary input gives a value or a clean error, never
//! a panic; valid values (uuids, timestamps, lists, codes) are accepted and sent unchanged.
//!
//! Cases per property: 256, or `PROPTEST_CASES` when set (`.ci/run` may raise or lower it).

use proptest::prelude::*;
use seam::api::parse_retry_after;
use seam::input::data_arg;
use seam::spec::body;
use seam::spec::credentials::RESOURCE;
use seam::spec::params::{
    coerce, is_digits, is_uuid, parse_bool, parse_timestamp, split_list, Kind, Origin, Param, Raw,
};
use serde_json::{json, Map, Value};
use std::time::Duration;

fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default_cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        any::<String>().prop_map(Value::String),
        uuid().prop_map(Value::String),
        "[0-9]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Object keys: mostly real parameter names, sometimes anything.
fn key() -> impl Strategy<Value = String> {
    let names: Vec<String> = RESOURCE
        .verbs
        .iter()
        .flat_map(|v| v.params.iter())
        .flat_map(|p| {
            let mut n = vec![p.name.to_string()];
            if let Kind::Object(fields) = p.kind {
                n.extend(fields.iter().map(|f| f.name.to_string()));
            }
            n
        })
        .collect();
    prop_oneof![3 => prop::sample::select(names), 1 => any::<String>()]
}

/// A JSON object whose keys are mostly real parameters and values anything.
fn any_object() -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::btree_map(key(), any_json(), 0..8).prop_map(|m| m.into_iter().collect())
}

fn uuid() -> impl Strategy<Value = String> {
    (any::<u128>(), any::<bool>()).prop_map(|(n, upper)| {
        let h = format!("{n:032x}");
        let s = format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        );
        if upper {
            s.to_ascii_uppercase()
        } else {
            s
        }
    })
}

/// A valid RFC 3339 timestamp and the instant it names.
fn timestamp() -> impl Strategy<Value = (String, jiff::Timestamp)> {
    (
        1i16..=9998,
        1i8..=12,
        1i8..=28,
        0i8..=23,
        0i8..=59,
        0i8..=59,
        prop::option::of((1usize..=9, 0u32..1_000_000_000)),
        prop_oneof![Just(None), (-23i8..=23, 0i8..=59).prop_map(Some)],
        prop::sample::select(vec!['T', 't', ' ']),
    )
        .prop_map(|(y, mo, d, h, mi, s, frac, off, sep)| {
            let mut text = format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}");
            let mut nanos = 0i32;
            if let Some((digits, n)) = frac {
                let f = format!("{n:09}")[..digits].to_string();
                nanos = format!("{f:0<9}").parse().unwrap_or(0);
                text.push('.');
                text.push_str(&f);
            }
            let offset_secs = match off {
                None => {
                    text.push('Z');
                    0
                }
                Some((oh, om)) => {
                    let sign = if oh < 0 { '-' } else { '+' };
                    text.push_str(&format!("{sign}{:02}:{om:02}", oh.abs()));
                    let secs = i32::from(oh.abs()) * 3600 + i32::from(om) * 60;
                    if oh < 0 {
                        -secs
                    } else {
                        secs
                    }
                }
            };
            let civil = jiff::civil::date(y, mo, d).at(h, mi, s, nanos);
            let tz = jiff::tz::TimeZone::fixed(
                jiff::tz::Offset::from_seconds(offset_secs).unwrap_or(jiff::tz::Offset::UTC),
            );
            let at = civil
                .to_zoned_datetime(tz)
                .map(|z| z.timestamp())
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            (text, at)
        })
}

/// Strings shaped almost like timestamps: right layout, any digits, odd zones.
fn near_timestamp() -> impl Strategy<Value = String> {
    "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,12})?([Zz]|[+-][0-9]{2}:[0-9]{2}|[+-][0-9]{4}|)"
}

static OBJECT_FIELDS: &[Param] = &[
    Param::new("flag", Kind::Bool, ""),
    Param::new("format", Kind::Enum(&["a", "b"]), ""),
    Param::new("ids", Kind::UuidList, ""),
    Param::new("id", Kind::Uuid, ""),
    Param::new("at", Kind::DateTime, ""),
    Param::new("code", Kind::Digits, ""),
    Param::new("n", Kind::Number, ""),
    Param::new("name", Kind::Text { non_empty: true }, ""),
];

/// One parameter of every kind.
static EVERY_KIND: &[Param] = &[
    Param::new("uuid", Kind::Uuid, ""),
    Param::new("text", Kind::Text { non_empty: false }, ""),
    Param::new("text1", Kind::Text { non_empty: true }, ""),
    Param::new("digits", Kind::Digits, ""),
    Param::new("at", Kind::DateTime, ""),
    Param::new("bool", Kind::Bool, ""),
    Param::new("number", Kind::Number, ""),
    Param::new("enum", Kind::Enum(&["code", "card"]), ""),
    Param::new("list", Kind::UuidList, ""),
    Param::new("object", Kind::Object(OBJECT_FIELDS), ""),
];

fn origins() -> impl Strategy<Value = Origin> {
    prop_oneof![
        Just(Origin::Flag),
        Just(Origin::Json("stdin")),
        (1usize..100_000).prop_map(Origin::Record),
    ]
}

/// Every parameter of every verb's table, plus one of every kind.
fn all_params() -> Vec<&'static Param> {
    let mut v: Vec<&'static Param> = RESOURCE
        .verbs
        .iter()
        .flat_map(|verb| verb.params.iter())
        .collect();
    v.extend(EVERY_KIND.iter());
    v
}

/// A coerced value or a clean error: the error names the parameter and renders.
fn check_coerce(p: &Param, raw: Raw<'_>, origin: &Origin) -> Result<(), TestCaseError> {
    match coerce(p, raw, origin) {
        Ok(v) => prop_assert!(!v.is_null(), "{} coerced to null", p.name),
        Err(e) => {
            let m = e.message();
            prop_assert!(!m.is_empty());
            prop_assert!(e.path.starts_with(p.name), "{} vs {}", e.path, p.name);
            prop_assert!(m.contains("expected"), "{m}");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn split_list_never_panics(s in any::<String>()) {
        if let Some(items) = split_list(&s) {
            prop_assert!(items.len() <= s.len() + 1);
        }
    }

    #[test]
    fn split_list_list_like(s in "[\\[\\]\"', a-f0-9-]{0,60}") {
        let _ = split_list(&s);
    }

    #[test]
    fn lists_round_trip_in_every_spelling(ids in prop::collection::vec(uuid(), 0..6), sp in " {0,2}") {
        let comma = ids.join(&format!(",{sp}"));
        let json = serde_json::to_string(&ids).unwrap_or_default();
        let spellings = [
            comma.clone(),
            format!("[{comma}]"),
            json.clone(),
            format!("{sp}{json}{sp}"),
            ids.iter().map(|i| format!("'{i}'")).collect::<Vec<_>>().join(","),
        ];
        let p = Param::new("allowed_acs_entrance_ids", Kind::UuidList, "");
        let want = Value::Array(ids.iter().cloned().map(Value::String).collect());
        for s in &spellings {
            let got = split_list(s);
            prop_assert_eq!(got.as_ref(), Some(&ids), "{}", s);
            let sent = coerce(&p, Raw::Text(s), &Origin::Flag).ok();
            prop_assert_eq!(sent.as_ref(), Some(&want), "{}", s);
        }
        let as_json: Value = want.clone();
        prop_assert_eq!(coerce(&p, Raw::Json(&as_json), &Origin::Json("stdin")).ok(), Some(want));
    }

    #[test]
    fn parse_bool_is_exact(s in any::<String>()) {
        let t = s.trim().to_ascii_lowercase();
        let want = match t.as_str() {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        };
        prop_assert_eq!(parse_bool(&s), want);
    }

    #[test]
    fn parse_bool_any_case(b in any::<bool>(), mask in any::<u8>(), pad in " {0,2}") {
        let word: String = b
            .to_string()
            .chars()
            .enumerate()
            .map(|(i, c)| if mask & (1 << i) != 0 { c.to_ascii_uppercase() } else { c })
            .collect();
        prop_assert_eq!(parse_bool(&format!("{pad}{word}{pad}")), Some(b));
    }

    #[test]
    fn parse_timestamp_never_panics(s in any::<String>()) {
        let _ = parse_timestamp(&s);
    }

    #[test]
    fn parse_timestamp_near_misses(s in near_timestamp()) {
        // Either a timestamp or None; never a panic on impossible dates or zones.
        let _ = parse_timestamp(&s);
    }

    #[test]
    fn timestamps_round_trip((text, at) in timestamp()) {
        prop_assert_eq!(parse_timestamp(&text), Some(at), "{}", text);
        let p = Param::new("ends_at", Kind::DateTime, "");
        prop_assert_eq!(
            coerce(&p, Raw::Text(&text), &Origin::Flag).ok(),
            Some(Value::String(text.clone())),
            "sent unchanged"
        );
    }

    #[test]
    fn is_uuid_matches_the_shape(s in any::<String>()) {
        let shape = s.len() == 36
            && s.bytes().enumerate().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == b'-',
                _ => c.is_ascii_hexdigit(),
            });
        prop_assert_eq!(is_uuid(&s), shape);
    }

    #[test]
    fn uuids_round_trip(u in uuid(), at in 0usize..36, c in any::<char>()) {
        prop_assert!(is_uuid(&u));
        let p = Param::new("acs_credential_id", Kind::Uuid, "");
        prop_assert_eq!(coerce(&p, Raw::Text(&u), &Origin::Flag).ok(), Some(Value::String(u.clone())));
        // Any one character changed to something out of place makes it invalid.
        let mut chars: Vec<char> = u.chars().collect();
        let hyphen = matches!(at, 8 | 13 | 18 | 23);
        if (hyphen && c != '-') || (!hyphen && !c.is_ascii_hexdigit()) {
            chars[at] = c;
            let bad: String = chars.into_iter().collect();
            prop_assert!(!is_uuid(&bad), "{}", bad);
            prop_assert!(coerce(&p, Raw::Text(&bad), &Origin::Flag).is_err());
        }
    }

    #[test]
    fn is_digits_is_ascii_digits(s in any::<String>()) {
        prop_assert_eq!(is_digits(&s), !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn codes_keep_leading_zeros(code in "[0-9]{1,12}") {
        let p = Param::new("code", Kind::Digits, "");
        prop_assert_eq!(coerce(&p, Raw::Text(&code), &Origin::Flag).ok(), Some(Value::String(code.clone())));
        let as_json = Value::String(code.clone());
        prop_assert_eq!(coerce(&p, Raw::Json(&as_json), &Origin::Json("stdin")).ok(), Some(Value::String(code)));
    }

    #[test]
    fn coerce_text_never_panics(s in any::<String>(), origin in origins()) {
        for p in all_params() {
            check_coerce(p, Raw::Text(&s), &origin)?;
        }
    }

    #[test]
    fn coerce_json_never_panics(v in any_json(), origin in origins()) {
        for p in all_params() {
            check_coerce(p, Raw::Json(&v), &origin)?;
        }
    }

    #[test]
    fn coerce_object_text(v in any_object(), origin in origins()) {
        // An object parameter given as JSON text behaves as the same object given as JSON.
        let text = serde_json::to_string(&v).unwrap_or_default();
        let as_json = Value::Object(v);
        for p in all_params().into_iter().filter(|p| matches!(p.kind, Kind::Object(_))) {
            check_coerce(p, Raw::Text(&text), &origin)?;
            prop_assert_eq!(
                coerce(p, Raw::Text(&text), &origin).ok(),
                coerce(p, Raw::Json(&as_json), &origin).ok()
            );
        }
    }

    #[test]
    fn merge_object_never_panics(obj in any_object(), origin in origins()) {
        for verb in RESOURCE.verbs {
            let mut b = Map::new();
            match body::merge_object(verb, &mut b, &obj, &origin) {
                Ok(()) => {
                    let _ = body::check(verb, &b, &origin);
                }
                Err(e) => prop_assert!(!e.0.is_empty()),
            }
        }
    }

    #[test]
    fn data_arg_inline_never_panics(s in any::<String>()) {
        prop_assume!(!s.starts_with('@'));
        match data_arg(&s) {
            Ok(m) => prop_assert_eq!(serde_json::from_str::<Value>(&s).ok(), Some(Value::Object(m))),
            Err(e) => prop_assert_eq!(e.exit_code(), 2),
        }
    }

    #[test]
    fn data_arg_inline_objects(obj in any_object()) {
        // Compared with a re-parse: serde_json may move a float's last digit on a round trip.
        let text = serde_json::to_string(&obj).unwrap_or_default();
        let want = match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(m)) => Some(m),
            _ => None,
        };
        prop_assert!(want.is_some());
        prop_assert_eq!(data_arg(&text).ok(), want);
    }

    #[test]
    fn parse_retry_after_never_panics(s in any::<String>()) {
        if let Some(d) = parse_retry_after(&s) {
            prop_assert!(d <= Duration::from_secs(u64::MAX));
        }
    }

    #[test]
    fn parse_retry_after_numbers(n in any::<u64>(), f in 0.0f64..100_000.0, neg in -1.0e9f64..-0.001) {
        prop_assert_eq!(parse_retry_after(&n.to_string()), Some(Duration::from_secs(n)));
        prop_assert!(parse_retry_after(&f.to_string()).is_some());
        prop_assert_eq!(parse_retry_after(&neg.to_string()), None);
    }

    #[test]
    fn parse_retry_after_odd_numbers(s in "[-+]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{0,4})?") {
        let _ = parse_retry_after(&s);
    }

    #[test]
    fn parse_retry_after_http_dates(secs in 0i64..4_000_000_000) {
        let at = jiff::Timestamp::from_second(secs).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let text = jiff::fmt::rfc2822::to_string(&at.to_zoned_datetime(jiff::tz::TimeZone::UTC)).unwrap_or_default();
        let got = parse_retry_after(&text);
        prop_assert!(got.is_some(), "{}", text);
        if at < jiff::Timestamp::now() {
            prop_assert_eq!(got, Some(Duration::ZERO));
        }
    }
}

// ---- `@file` values: the files hold arbitrary bytes, arbitrary JSON, or valid objects ----

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn object_from_file_with_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("meta.json");
        std::fs::write(&path, &bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let at = format!("@{}", path.display());
        for p in all_params().into_iter().filter(|p| matches!(p.kind, Kind::Object(_))) {
            check_coerce(p, Raw::Text(&at), &Origin::Flag)?;
        }
        match data_arg(&at) {
            Ok(m) => prop_assert_eq!(serde_json::from_slice::<Value>(&bytes).ok(), Some(Value::Object(m))),
            Err(e) => prop_assert_eq!(e.exit_code(), 2),
        }
    }

    #[test]
    fn object_from_file_with_any_json(v in any_json(), obj in any_object()) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        for (i, doc) in [v, Value::Object(obj)].into_iter().enumerate() {
            let path = dir.path().join(format!("doc{i}.json"));
            let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            std::fs::write(&path, &text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let doc: Value = serde_json::from_str(&text).unwrap_or(doc);
            let at = format!("@{}", path.display());
            for p in all_params().into_iter().filter(|p| matches!(p.kind, Kind::Object(_))) {
                check_coerce(p, Raw::Text(&at), &Origin::Json("stdin"))?;
                // The file gives the same result as the object inline.
                prop_assert_eq!(
                    coerce(p, Raw::Text(&at), &Origin::Flag).ok(),
                    coerce(p, Raw::Json(&doc), &Origin::Flag).ok()
                );
            }
            let want = match &doc {
                Value::Object(m) => Some(m.clone()),
                _ => None,
            };
            prop_assert_eq!(data_arg(&at).ok(), want);
        }
    }

    #[test]
    fn at_paths_that_do_not_exist(name in "[a-zA-Z0-9 ._\\-]{0,40}") {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let at = format!("@{}", dir.path().join("missing").join(&name).display());
        for p in all_params().into_iter().filter(|p| matches!(p.kind, Kind::Object(_))) {
            prop_assert!(coerce(p, Raw::Text(&at), &Origin::Flag).is_err());
        }
        let e = data_arg(&at).err();
        prop_assert_eq!(e.map(|e| e.exit_code()), Some(2));
    }
}

#[test]
fn retry_after_edge_cases() {
    for s in [
        "-0", "-0.0", "0", "0.0", "1e400", "NaN", "inf", "-inf", "", " ", "+5", "1e-400",
    ] {
        let _ = parse_retry_after(s);
    }
    assert_eq!(parse_retry_after("-0"), Some(Duration::ZERO));
}

#[test]
fn object_file_directory_and_dev_null() {
    let p = &EVERY_KIND[EVERY_KIND.len() - 1];
    for at in ["@/", "@/dev/null", "@", "@/proc/self/mem"] {
        let r = coerce(p, Raw::Text(at), &Origin::Flag);
        assert!(r.is_err(), "{at}");
    }
}

// ---- end to end: generated valid values reach the server unchanged ----

proptest! {
    #![proptest_config(config(16))]

    #[test]
    fn valid_values_are_sent_unchanged(
        user in uuid(),
        entrances in prop::collection::vec(uuid(), 1..4),
        code in "[0-9]{4,8}",
        (ends_at, _) in timestamp(),
        bracketed in any::<bool>(),
    ) {
        use crate::support::server::{Reply, TestServer};
        let srv = TestServer::always(Reply::Ok(
            r#"{"acs_credential":{"acs_credential_id":"66666666-6666-6666-6666-666666666666"},"ok":true}"#.into(),
        ));
        let list = if bracketed {
            format!("[{}]", entrances.join(","))
        } else {
            entrances.join(",")
        };
        // ends_at must follow starts_at only when both are given: give ends_at alone.
        let o = crate::support::seam(&srv.url())
            .args(["acs", "credentials", "create", "--json", "--access_method", "code"])
            .args(["--acs_user_id", &user, "--code", &code, "--ends_at", &ends_at])
            .args(["--allowed_acs_entrance_ids", &list])
            .timeout(std::time::Duration::from_secs(20))
            .output()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        let bodies = srv.bodies();
        prop_assert_eq!(bodies.len(), 1);
        let sent: Value = serde_json::from_str(&bodies[0]).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(
            sent,
            json!({
                "access_method": "code",
                "acs_user_id": user,
                "code": code,
                "ends_at": ends_at,
                "allowed_acs_entrance_ids": entrances,
            })
        );
    }
}
