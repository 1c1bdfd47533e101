//! What `list --all` accepts from a server as it follows `next_page_cursor`: a bounded cursor,
//! no cursor seen before (the pages would loop), and not an endless run of empty pages. Memory
//! stays flat whatever the server sends: cursors are remembered as 64-bit hashes only.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

/// Longest `next_page_cursor` accepted (Seam's cursors are a few dozen bytes).
pub const MAX_CURSOR_BYTES: usize = 4096;
/// Empty pages in a row, each asking for another page, after which paging stops.
pub const MAX_EMPTY_PAGES: usize = 5;

#[derive(Default)]
pub struct Cursors {
    seen: HashSet<u64>,
    empty_run: usize,
}

fn hash(cursor: &str) -> u64 {
    // SipHash with fixed keys: stable within a run, which is all that is needed.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    cursor.hash(&mut h);
    h.finish()
}

impl Cursors {
    /// Checks the cursor a page (of `items` items) gave for the next one. `Err`: what is wrong
    /// with the server's answer.
    pub fn next(&mut self, cursor: &str, items: usize) -> Result<(), String> {
        if cursor.len() > MAX_CURSOR_BYTES {
            return Err(format!(
                "next_page_cursor is {} bytes long (the limit is {MAX_CURSOR_BYTES})",
                cursor.len()
            ));
        }
        if items == 0 {
            self.empty_run += 1;
            if self.empty_run >= MAX_EMPTY_PAGES {
                return Err(format!(
                    "{} empty pages in a row, each with a next_page_cursor: the server keeps \
                     paging without data, so paging stopped",
                    self.empty_run
                ));
            }
        } else {
            self.empty_run = 0;
        }
        if !self.seen.insert(hash(cursor)) {
            return Err(
                "a next_page_cursor came back that was already used: the pages loop".into(),
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        let mut c = Cursors::default();
        assert!(c.next("a", 3).is_ok());
        assert!(c.next("a", 3).unwrap_err().contains("already used"));
        let mut c = Cursors::default();
        for i in 0..MAX_EMPTY_PAGES - 1 {
            assert!(c.next(&format!("e{i}"), 0).is_ok());
        }
        assert!(c.next("x", 1).is_ok(), "a page with data ends the run");
        for i in 0..MAX_EMPTY_PAGES - 1 {
            assert!(c.next(&format!("f{i}"), 0).is_ok());
        }
        assert!(c.next("g", 0).unwrap_err().contains("empty pages"));
        let big = "z".repeat(MAX_CURSOR_BYTES + 1);
        assert!(Cursors::default()
            .next(&big, 1)
            .unwrap_err()
            .contains("4096"));
        assert!(Cursors::default().next(&big[1..], 1).is_ok());
    }
}
