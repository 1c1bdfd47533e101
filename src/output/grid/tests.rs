//! Unit tests of the grid: cutting, ID prefixes, cleaning.

use super::*;

#[test]
fn fit_cuts_with_an_ellipsis_and_counts_wide_characters() {
    assert_eq!(fit("abcdef", 6), "abcdef");
    assert_eq!(fit("abcdefg", 6), "abcde…");
    assert_eq!(fit("日本語テキスト", 7), "日本語…");
    assert_eq!(width(&fit("日本語テキスト", 6)), 5);
}

#[test]
fn unique_prefixes_grow_only_as_needed() {
    assert_eq!(unique_prefix_len(&["aaaaaaaa-1", "bbbbbbbb-2"]), 8);
    assert_eq!(unique_prefix_len(&["aaaaaaaa-12", "aaaaaaaa-13"]), 11);
    assert_eq!(unique_prefix_len(&["aaaaaaaa-12", "aaaaaaaa-12"]), 8);
}

#[test]
fn clean_is_cut_before_it_is_escaped() {
    let long = "x".repeat(1 << 20);
    assert_eq!(clean(&long, 10), format!("{}…", "x".repeat(9)));
    assert_eq!(clean("a\u{1b}[31mb", 40), "a\\x1b[31mb");
    assert_eq!(clean("a\nb", 40), "a b");
}
