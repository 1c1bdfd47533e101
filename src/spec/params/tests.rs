//! Unit tests of value checking: relative times, numbers, integers, objects as bash leaves them.

use super::*;

#[test]
fn relative_times() {
    let now: jiff::Timestamp = "2024-03-02T00:00:00.5Z".parse().unwrap();
    let p = Param::new("ends_at", Kind::DateTime, "");
    let at = |s: &str| coerce_at(&p, Raw::Text(s), &Origin::Flag, Some(now));
    assert_eq!(at("now").unwrap(), "2024-03-02T00:00:00Z");
    assert_eq!(at("+30m").unwrap(), "2024-03-02T00:30:00Z");
    assert_eq!(at("+36h").unwrap(), "2024-03-03T12:00:00Z");
    assert_eq!(at("+7d").unwrap(), "2024-03-09T00:00:00Z");
    assert_eq!(at("+1w").unwrap(), "2024-03-09T00:00:00Z");
    assert_eq!(at("+1d12h").unwrap(), "2024-03-03T12:00:00Z");
    assert_eq!(at("-1h").unwrap(), "2024-03-01T23:00:00Z");
    assert_eq!(
        at("2024-03-05T10:40:00+01:00").unwrap(),
        "2024-03-05T10:40:00+01:00"
    );
    for bad in ["+7", "+", "7d", "+7y", "+99999999999999999d", "tomorrow"] {
        assert!(at(bad).is_err(), "{bad}");
    }
    let e = at("2024-03-01").unwrap_err();
    assert!(
        e.message().contains("write 2024-03-01T00:00:00Z"),
        "{}",
        e.message()
    );
    let e = coerce(&p, Raw::Text("+7d"), &Origin::Record(3)).unwrap_err();
    assert!(e.message().contains("bulk run"), "{}", e.message());
}

#[test]
fn numbers_keep_integers_whole() {
    let p = Param::new("limit", Kind::Number, "");
    assert_eq!(
        coerce(&p, Raw::Text("10"), &Origin::Flag).unwrap(),
        serde_json::json!(10)
    );
    assert_eq!(
        coerce(&p, Raw::Text("2.5"), &Origin::Flag).unwrap(),
        serde_json::json!(2.5)
    );
    assert!(coerce(&p, Raw::Text("NaN"), &Origin::Flag).is_err());
    assert!(coerce(&p, Raw::Text("-1"), &Origin::Flag).is_err());
    assert!(coerce(&p, Raw::Text("inf"), &Origin::Flag).is_err());
}

#[test]
fn integers_have_a_floor() {
    let p = Param::new("limit", Kind::Integer { min: 1 }, "");
    let ok = |raw: Raw<'_>| coerce(&p, raw, &Origin::Flag);
    assert_eq!(ok(Raw::Text(" 10 ")).unwrap(), serde_json::json!(10));
    assert_eq!(
        ok(Raw::Json(&serde_json::json!(1))).unwrap(),
        serde_json::json!(1)
    );
    assert_eq!(
        ok(Raw::Json(&serde_json::json!("7"))).unwrap(),
        serde_json::json!(7)
    );
    for bad in ["0", "-1", "2.5", "1e3", "ten", "", "99999999999999999999"] {
        assert!(ok(Raw::Text(bad)).is_err(), "{bad}");
    }
    assert!(ok(Raw::Json(&serde_json::json!(2.5))).is_err());
    assert!(ok(Raw::Json(&serde_json::json!(true))).is_err());
    assert_eq!(
        ok(Raw::Text("0")).unwrap_err().message(),
        "invalid value '0' for --limit: expected a whole number, 1 or more"
    );
}

#[test]
fn objects_as_bash_leaves_them() {
    const FIELDS: &[Param] = &[
        Param::new("card_format", Kind::Enum(&["TLCode", "rfid48"]), ""),
        Param::new("override", Kind::Bool, ""),
        Param::new("joiner_acs_credential_ids", Kind::UuidList, ""),
    ];
    let p = Param::new("m", Kind::Object(FIELDS), "");
    let id = "33333333-3333-3333-3333-333333333333";
    let got = coerce(
        &p,
        Raw::Text(&format!(
            "{{card_format:rfid48,override:true,joiner_acs_credential_ids:[{id},{id}]}}"
        )),
        &Origin::Flag,
    )
    .unwrap();
    assert_eq!(
        got,
        serde_json::json!({"card_format": "rfid48", "override": true, "joiner_acs_credential_ids": [id, id]})
    );
    assert!(coerce(&p, Raw::Text("{card_format:xyz}"), &Origin::Flag).is_err());
    assert!(coerce(&p, Raw::Text("{card_format}"), &Origin::Flag).is_err());
    assert!(coerce(&p, Raw::Text("{a:{b:c}}"), &Origin::Flag).is_err());
}
