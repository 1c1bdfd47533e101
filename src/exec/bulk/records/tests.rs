//! Tests of the record readers: CSV, JSON Lines, id lines and format detection; no panics on any input.

use super::*;
use proptest::prelude::*;

fn text_pairs(r: &Record) -> Vec<(String, String)> {
    match &r.fields {
        Fields::Text(p) => p.clone(),
        Fields::Object(_) => panic!("expected text fields"),
    }
}

#[test]
fn csv_quotes_newlines_and_line_numbers() {
    let text =
        "access_method,acs-user-id,code\r\ncode,\"a,b\",\"12\"\"3\"\n\ncard,\"multi\nline\",\n";
    let recs = parse_csv(text).unwrap();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0].line, 2);
    assert_eq!(
        text_pairs(&recs[0]),
        vec![
            ("access_method".into(), "code".into()),
            ("acs_user_id".into(), "a,b".into()),
            ("code".into(), "12\"3".into())
        ]
    );
    assert_eq!(recs[1].line, 4);
    assert_eq!(text_pairs(&recs[1])[1].1, "multi\nline");
    assert_eq!(text_pairs(&recs[1])[2].1, "");
}

#[test]
fn csv_errors_name_their_line() {
    let e = parse_csv("a,b\n1,2\n1,2,3\n").unwrap_err();
    assert_eq!(e[0].line, 3);
    let e = parse_csv("a,b\n1,\"2\n").unwrap_err();
    assert_eq!(e[0].line, 2);
    let e = parse_csv("a,a\n").unwrap_err();
    assert!(e[0].message.contains("twice"));
    let e = parse_csv("a,b\nx\"y,2\n").unwrap_err();
    assert_eq!(e[0].line, 2);
}

#[test]
fn jsonl_lines_and_errors() {
    let recs = parse_jsonl("{\"a\":1}\n\n{\"b\":2}\n").unwrap();
    assert_eq!(recs.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 3]);
    let e = parse_jsonl("{\"a\":1}\n[1]\n{oops\n").unwrap_err();
    assert_eq!(e.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3]);
}

#[test]
fn detection() {
    let id = Some("acs_credential_id");
    assert_eq!(detect(Some("x.CSV"), "{", None), InputFormat::Csv);
    assert_eq!(detect(Some("x.jsonl"), "a,b", None), InputFormat::Jsonl);
    assert_eq!(detect(None, "\n {\"a\":1}", None), InputFormat::Jsonl);
    assert_eq!(detect(None, "access_method,code\n", None), InputFormat::Csv);
    assert_eq!(
        detect(None, "# ids\n6a1f0000-0000-0000-0000-000000000000\n", id),
        InputFormat::Lines
    );
    assert_eq!(
        detect(
            None,
            "acs_credential_id\n6a1f0000-0000-0000-0000-000000000000\n",
            id
        ),
        InputFormat::Csv
    );
    assert_eq!(detect(Some("ids.txt"), "x", id), InputFormat::Lines);
}

#[test]
fn id_lines_skip_blanks_and_comments() {
    let recs = parse_lines("# header\n\n a \nb\r\n", "id");
    assert_eq!(recs.iter().map(|r| r.line).collect::<Vec<_>>(), vec![3, 4]);
    assert_eq!(text_pairs(&recs[1]), vec![("id".into(), "b".into())]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn csv_never_panics(text in "\\PC*") {
        let _ = parse_csv(&text);
    }

    #[test]
    fn csv_never_panics_on_csv_like_text(text in "[a-c,\"\r\n ]{0,64}") {
        if let Ok(recs) = parse_csv(&text) {
            for r in recs {
                prop_assert!(r.line >= 2 && r.line <= text.matches('\n').count() + 1);
            }
        }
    }

    #[test]
    fn jsonl_never_panics(text in "\\PC*") {
        let _ = parse_jsonl(&text);
    }

    #[test]
    fn jsonl_never_panics_on_json_like_text(text in "[{}\\[\\]\":,a0-9 \n]{0,64}") {
        if let Ok(recs) = parse_jsonl(&text) {
            for r in recs {
                prop_assert!(r.line >= 1 && r.line <= text.matches('\n').count() + 1);
            }
        }
    }

    #[test]
    fn any_format_never_panics(text in "\\PC*", ext in "(csv|jsonl|txt|x)") {
        let name = format!("f.{ext}");
        let f = detect(Some(&name), &text, Some("acs_credential_id"));
        let _ = parse(f, &text, "acs_credential_id");
    }

    #[test]
    fn csv_round_trips_quoted_cells(cells in proptest::collection::vec("[^\r]{0,12}", 1..5)) {
        let header: Vec<String> = (0..cells.len()).map(|i| format!("c{i}")).collect();
        let row: Vec<String> = cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect();
        let text = format!("{}\n{}\n", header.join(","), row.join(","));
        let recs = parse_csv(&text).unwrap();
        prop_assert_eq!(recs.len(), 1);
        let got: Vec<String> = text_pairs(&recs[0]).into_iter().map(|(_, v)| v).collect();
        let want: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
        prop_assert_eq!(got, want);
    }
}
