//! Unit tests of the pickers: labels, what typing filters, the check typed answers get.

use super::select::{keep_order, score, Choice};
use super::sources::{entrance_label, system_label, user_label, Item};
use super::typed::{now_text, validator};
use crate::spec::params::{Kind, Param};
use inquire::validator::Validation;
use serde_json::json;

#[test]
fn labels_show_who_it_is() {
    let u = json!({"display_name": "Jane", "full_name": "Jane Doe",
        "user_identity_email_address": "jane@example.com", "phone_number": "+15555550100"});
    assert_eq!(
        user_label(&u),
        "Jane (Jane Doe) <jane@example.com> +15555550100"
    );
    let u = json!({"display_name": "Bob", "email_address": "bob@example.com"});
    assert_eq!(user_label(&u), "Bob <bob@example.com>");
    let s = json!({"name": "Main", "external_type_display_name": "Salto KS",
        "errors": [{"error_code": "acs_system_disconnected"}]});
    assert_eq!(system_label(&s), "Main · Salto KS · has errors");
    assert_eq!(entrance_label(&json!({})), "(no name)");
}

fn item(label: &str, id: &str) -> Item {
    Item {
        id: id.into(),
        label: label.into(),
        haystack: format!("{label} {id}").to_lowercase(),
    }
}

#[test]
fn typing_filters_items_and_keeps_the_way_out() {
    let jane = Choice::Item(item("Jane Doe", "3333"));
    assert_eq!(score("JANE", &jane, "", 0), Some(1));
    assert_eq!(score("33", &jane, "", 0), Some(1));
    assert_eq!(score("bob", &jane, "", 0), None);
    // "search on the server" and "type an ID" always stay; what matches comes first.
    let search = Choice::Search;
    assert_eq!(score("bob", &search, &search.to_string(), 0), Some(0));
    assert_eq!(score("search", &search, &search.to_string(), 0), Some(1));
    let mut scored = [(0, 0), (1, 1), (2, 0), (3, 1)];
    keep_order(&mut scored);
    assert_eq!(scored, [(1, 1), (3, 1), (0, 0), (2, 0)]);
}

#[test]
fn typed_answers_get_the_flags_check() {
    const CODE: Param = Param::new("code", Kind::Digits, "PIN code.");
    let v = validator(&CODE, true);
    assert!(matches!(v(""), Ok(Validation::Valid)));
    assert!(matches!(v("0123"), Ok(Validation::Valid)));
    assert!(matches!(v("12a"), Ok(Validation::Invalid(_))));
    let required = validator(&CODE, false);
    assert!(matches!(required("  "), Ok(Validation::Invalid(_))));
    assert_eq!(
        now_text("2024-03-02T00:00:00.5Z".parse().unwrap()),
        "2024-03-02T00:00:01Z"
    );
}
