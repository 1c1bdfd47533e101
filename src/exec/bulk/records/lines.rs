//! Physical lines of a stream, numbered from 1, bounded in length and checked for UTF-8.

use super::{ParseError, MAX_LINE};
use std::io::BufRead;

/// Physical lines of a stream, numbered from 1, each with its `\n` if it has one. A byte-order
/// mark at the start is dropped. Read errors, lines over [`MAX_LINE`] and text that is not UTF-8
/// end the stream with an error.
pub(super) struct PhysLines<R> {
    r: R,
    buf: Vec<u8>,
    text: String,
    n: usize,
    done: bool,
}

impl<R: BufRead> PhysLines<R> {
    pub(super) fn new(r: R) -> Self {
        PhysLines {
            r,
            buf: Vec::new(),
            text: String::new(),
            n: 0,
            done: false,
        }
    }

    /// The next line and its number; `None` at the end.
    pub(super) fn next_line(&mut self) -> Option<Result<(usize, &str), ParseError>> {
        if self.done {
            return None;
        }
        self.buf.clear();
        let read =
            std::io::Read::take(&mut self.r, MAX_LINE as u64 + 1).read_until(b'\n', &mut self.buf);
        let n = self.n + 1;
        let fail = |this: &mut Self, m: String| {
            this.done = true;
            Some(Err(ParseError::new(n, m)))
        };
        match read {
            Err(e) => return fail(self, format!("cannot read: {e}")),
            Ok(0) => {
                self.done = true;
                return None;
            }
            Ok(_) => {}
        }
        if self.buf.len() > MAX_LINE && self.buf.last() != Some(&b'\n') {
            return fail(
                self,
                format!("the line is longer than {} KiB", MAX_LINE / 1024),
            );
        }
        self.n = n;
        let bytes = if n == 1 {
            self.buf
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(&self.buf)
        } else {
            &self.buf[..]
        };
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                self.text.clear();
                self.text.push_str(s);
            }
            Err(e) => return fail(self, format!("not UTF-8 text ({e})")),
        }
        Some(Ok((n, &self.text)))
    }
}
