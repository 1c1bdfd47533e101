//! Format detection: from the file name, else from the first non-blank, non-comment line.

use super::{InputFormat, MAX_LINE};
use std::io::BufRead;

/// Picks the format from the file name, else from the content (`text`: the input, or any start
/// of it that holds its first non-blank, non-comment line).
/// `.csv` is CSV; `.jsonl`, `.ndjson` and `.json` are JSON Lines; `.txt` is one id per line (when
/// `id_key` is given). Otherwise: a first non-blank line starting with `{` means JSON Lines; when
/// `id_key` is given and the first line is a lone value without commas, one id per line; else CSV.
pub fn detect(path: Option<&str>, text: &str, id_key: Option<&str>) -> InputFormat {
    let ext = path
        .and_then(|p| p.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("csv") => return InputFormat::Csv,
        Some("jsonl") | Some("ndjson") | Some("json") => return InputFormat::Jsonl,
        Some("txt") if id_key.is_some() => return InputFormat::Lines,
        _ => {}
    }
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    if first.starts_with('{') {
        return InputFormat::Jsonl;
    }
    if let Some(key) = id_key {
        if first != key && !first.contains(',') && !first.contains('"') {
            return InputFormat::Lines;
        }
    }
    InputFormat::Csv
}

/// The first non-blank, non-comment line of `r` (at most [`MAX_LINE`] bytes of it), for
/// [`detect`]. Reads `r` up to that line.
pub fn first_line(r: &mut impl BufRead) -> String {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match std::io::Read::take(&mut *r, MAX_LINE as u64).read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => return String::new(),
            Ok(_) => {
                let text = String::from_utf8_lossy(&buf);
                let l = text.trim_start_matches('\u{feff}').trim();
                if !l.is_empty() && !l.starts_with('#') {
                    return l.to_string();
                }
            }
        }
    }
}
