//! IDs: the shortest unique prefix of an ID column (like git's short hashes), and what
//! looks like an ID in the key/value view.

/// The shortest prefix length (at least 8) that tells apart every distinct value.
pub fn unique_prefix_len(values: &[&str]) -> usize {
    let mut v: Vec<&str> = values.iter().copied().filter(|s| !s.is_empty()).collect();
    v.sort_unstable();
    v.dedup();
    let mut need = 8;
    for pair in v.windows(2) {
        let common = pair[0]
            .chars()
            .zip(pair[1].chars())
            .take_while(|(a, b)| a == b)
            .count();
        need = need.max(common + 1);
    }
    need
}

/// A UUID-shaped text, kept whole in the key/value view.
pub(super) fn looks_like_id(s: &str) -> bool {
    s.len() == 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}
