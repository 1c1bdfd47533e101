//! Unit tests of the request pipeline's parsing: `Retry-After` and validation errors.

use super::body::flatten_validation;
use super::*;

#[test]
fn retry_after_forms() {
    assert_eq!(parse_retry_after("2"), Some(Duration::from_secs(2)));
    assert_eq!(parse_retry_after("0.5"), Some(Duration::from_millis(500)));
    assert_eq!(
        parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
        Some(Duration::ZERO)
    );
    assert_eq!(parse_retry_after("soon"), None);
}

#[test]
fn validation_errors_flatten() {
    let v: Value = serde_json::json!({"_errors": [], "code": {"_errors": ["must be digits"]}, "visionline_metadata": {"card_format": {"_errors": ["bad"]}}});
    let mut out = Vec::new();
    if let Value::Object(m) = v {
        flatten_validation(&m, "", &mut out);
    }
    assert_eq!(
        out,
        vec![
            ("code".to_string(), "must be digits".to_string()),
            (
                "visionline_metadata.card_format".to_string(),
                "bad".to_string()
            )
        ]
    );
}
