//! Unit tests of the value parsers: lists, timestamps, UUIDs and digits, typo suggestions.

use super::*;

#[test]
fn lists_in_every_spelling() {
    let want = vec!["a".to_string(), "b".to_string()];
    assert_eq!(split_list("a,b").unwrap(), want);
    assert_eq!(split_list("[a,b]").unwrap(), want);
    assert_eq!(split_list("[\"a\",\"b\"]").unwrap(), want);
    assert_eq!(split_list(" [ a , 'b' ] ").unwrap(), want);
    assert_eq!(split_list("[]").unwrap(), Vec::<String>::new());
    assert!(split_list("[a,[b]]").is_none());
}

#[test]
fn timestamps() {
    assert!(parse_timestamp("2024-03-01T10:40:00Z").is_some());
    assert!(parse_timestamp("2024-03-01t10:40:00.123z").is_some());
    assert!(parse_timestamp("2024-03-01 10:40:00+01:00").is_some());
    assert!(parse_timestamp("2024-03-01T10:40Z").is_none());
    assert!(parse_timestamp("2024-03-01T10:40:00").is_none());
    assert!(parse_timestamp("2024-02-30T10:40:00Z").is_none());
    assert!(parse_timestamp("yesterday").is_none());
    assert!(parse_timestamp("2024-03-01T10:40:00.Z").is_none());
}

#[test]
fn uuids_and_digits() {
    assert!(is_uuid("33333333-3333-3333-3333-33333333333a"));
    assert!(!is_uuid("33333333333333333333333333333333"));
    assert!(!is_uuid("33333333-3333-3333-3333-33333333333g"));
    assert!(is_digits("0123"));
    assert!(!is_digits("12a4"));
    assert!(!is_digits(""));
    assert!(!is_digits("١٢٣"));
}

#[test]
fn suggestions() {
    let c = ["card_format", "card_function_type", "auto_join"];
    assert_eq!(
        suggest("card_fromat", c.iter().copied()),
        Some("card_format")
    );
    assert_eq!(suggest("zzzzzzzzzzzzzzz", c.iter().copied()), None);
}
