//! JSON input read strictly: an object that names a key twice is refused (serde_json would keep
//! the last one silently, so `{"code":"1111","code":"2222"}` would send 2222 without a word), and
//! a text meant to hold one value holds exactly one (anything after it is an error naming where
//! it starts). Used for stdin, `--data`, object-valued flags and JSON Lines records.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// A `serde_json::Value` whose objects have no duplicate keys (at any depth).
pub struct Strict(pub Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut m = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            if m.contains_key(&k) {
                return Err(de::Error::custom(format_args!(
                    "duplicate key \"{}\"",
                    k.escape_debug()
                )));
            }
            let Strict(v) = map.next_value()?;
            m.insert(k, v);
        }
        Ok(Value::Object(m))
    }
}

/// Why a text is not exactly one JSON value.
#[derive(Debug)]
pub enum OneError {
    /// Nothing but whitespace.
    Empty,
    /// Not JSON, or an object with a duplicate key (the message names where).
    Invalid(serde_json::Error),
    /// More after the value: where it starts (1-based line and column, in bytes).
    Extra { line: usize, column: usize },
}

impl OneError {
    /// A duplicate key (valid JSON syntax, refused here) rather than broken syntax.
    pub fn is_duplicate(&self) -> bool {
        matches!(self, OneError::Invalid(e) if e.classify() == serde_json::error::Category::Data)
    }
}

/// JSON's whitespace (not Unicode's).
pub fn is_json_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// 1-based line and column (in bytes) of byte `at` of `bytes`.
pub fn position(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let column = match before.iter().rposition(|b| *b == b'\n') {
        Some(nl) => before.len() - nl,
        None => before.len() + 1,
    };
    (line, column)
}

/// Where something other than whitespace follows the value that ended at byte `end`, if it does.
pub fn extra_after(bytes: &[u8], end: usize) -> Option<(usize, usize)> {
    let rest = bytes.get(end..)?;
    let i = rest.iter().position(|b| !is_json_space(*b))?;
    Some(position(bytes, end + i))
}

/// Parses `text` as exactly one strict JSON value.
pub fn one_value(text: &str) -> Result<Value, OneError> {
    let mut it = serde_json::Deserializer::from_str(text).into_iter::<Strict>();
    match it.next() {
        None => Err(OneError::Empty),
        Some(Err(e)) => Err(OneError::Invalid(e)),
        Some(Ok(Strict(v))) => match extra_after(text.as_bytes(), it.byte_offset()) {
            None => Ok(v),
            Some((line, column)) => Err(OneError::Extra { line, column }),
        },
    }
}

/// Parses `text` as one strict JSON value (serde_json's own errors, positions included).
pub fn from_str(text: &str) -> Result<Value, serde_json::Error> {
    serde_json::from_str::<Strict>(text).map(|s| s.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn one_value_and_no_more() {
        assert_eq!(
            one_value(" {\"a\":1}\n\n").unwrap(),
            serde_json::json!({"a": 1})
        );
        assert!(matches!(
            one_value("{\"a\":1}\n{\"b\":2}"),
            Err(OneError::Extra { line: 2, column: 1 })
        ));
        assert!(matches!(
            one_value("{\"a\":1}  x"),
            Err(OneError::Extra {
                line: 1,
                column: 10
            })
        ));
        assert!(matches!(one_value(" \n"), Err(OneError::Empty)));
        let e = one_value("{\"a\":{\"b\":1,\"b\":2}}").unwrap_err();
        assert!(e.is_duplicate());
        assert!(format!("{e:?}").contains("duplicate key"));
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| Value::Number(n.into())),
            "[a-z ]{0,6}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map("[a-e]{1,2}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Without duplicates, the strict parse is serde_json's.
        #[test]
        fn same_as_serde_json_without_duplicates(v in arb_json()) {
            let text = v.to_string();
            prop_assert_eq!(from_str(&text).unwrap(), v.clone());
            prop_assert_eq!(one_value(&format!("{text}\n")).unwrap(), v);
        }

        /// A key repeated in any object, at any depth, is refused, whatever its value.
        #[test]
        fn a_repeated_key_anywhere_is_refused(
            v in arb_json(),
            key in "[a-e]{1,2}",
            first in arb_json(),
            second in arb_json(),
            depth in 0usize..3,
        ) {
            let dup = format!(
                "{{{k}:{},{k}:{}}}",
                first,
                second,
                k = Value::String(key.clone())
            );
            // Bury the object `depth` levels down, beside the generated value.
            let mut text = dup;
            for i in 0..depth {
                text = if i % 2 == 0 {
                    format!("[{v},{text}]")
                } else {
                    format!("{{\"zz\":{text},\"y\":{v}}}")
                };
            }
            let e = one_value(&text).unwrap_err();
            prop_assert!(e.is_duplicate(), "{:?}", e);
            let msg = format!("{:?}", e);
            prop_assert!(msg.contains("duplicate key"), "{}", msg);
        }
    }
}
