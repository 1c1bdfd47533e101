//! The table's text: the cells built and made one safe line each, the widths fitted (see
//! `layout`), then a header, a rule and a line per row.

use super::column::{Cell, Chosen};
use super::cut::{clean, cut_plain, fit, width};
use super::ids::unique_prefix_len;
use super::layout::{layout, Layout};
use super::{Color, ID_CAP, SEP, WIDE_CAP};
use crate::output::Style;
use serde_json::Value;

/// Renders `items` as a table, a line per row, fitted to the style's width unless `wide`.
pub fn table(items: &[Value], cols: &[Chosen], style: &Style, wide: bool) -> String {
    let term = usize::from(style.width.unwrap_or(80)).max(20);
    let text_cap = if wide { WIDE_CAP } else { term };
    let rows = cells(items, cols, style, text_cap);
    let headers: Vec<String> = cols.iter().map(|c| clean(&c.header, term)).collect();
    let natural = natural_widths(&headers, &rows);
    let short = id_prefixes(cols, &rows, &natural);
    let lay = layout(cols, &headers, &natural, &short, term, wide);
    let mut out = String::new();
    let header = lay.keep.iter();
    let header = header.map(|&i| (fit(&headers[i], lay.widths[i]), None));
    line(&mut out, &lay, style, header.collect());
    let rule = lay.keep.iter().map(|&i| ("─".repeat(lay.widths[i]), None));
    line(&mut out, &lay, style, rule.collect());
    for r in rows {
        let cells = row_cells(&r, cols, &lay, &short);
        line(&mut out, &lay, style, cells);
    }
    out
}

/// Cells, cut to the most they could show, escaped and made one line.
fn cells(items: &[Value], cols: &[Chosen], style: &Style, text_cap: usize) -> Vec<Vec<Cell>> {
    items
        .iter()
        .map(|it| {
            cols.iter()
                .map(|c| {
                    let cap = if c.is_id() { ID_CAP } else { text_cap };
                    let cell = c.cell(it, style, cap);
                    Cell {
                        text: clean(&cell.text, cap),
                        color: cell.color,
                    }
                })
                .collect()
        })
        .collect()
}

/// Each column's width with nothing cut: its widest cell or its header.
fn natural_widths(headers: &[String], rows: &[Vec<Cell>]) -> Vec<usize> {
    let mut natural: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, cell) in r.iter().enumerate() {
            natural[i] = natural[i].max(width(&cell.text));
        }
    }
    natural
}

/// For ID columns: how short they may get and still be unique (other columns: their width).
fn id_prefixes(cols: &[Chosen], rows: &[Vec<Cell>], natural: &[usize]) -> Vec<usize> {
    (0..cols.len())
        .map(|i| {
            if !cols[i].is_id() {
                return natural[i];
            }
            let vals: Vec<&str> = rows.iter().map(|r| r[i].text.as_str()).collect();
            unique_prefix_len(&vals).min(natural[i])
        })
        .collect()
}

/// The shown cells of one row, cut to their column's width.
fn row_cells(
    r: &[Cell],
    cols: &[Chosen],
    lay: &Layout,
    short: &[usize],
) -> Vec<(String, Option<Color>)> {
    lay.keep
        .iter()
        .map(|&i| {
            let c = &r[i];
            let s = if cols[i].is_id() && width(&c.text) > lay.widths[i] {
                // An ID is cut to its unique prefix, never with an ellipsis.
                cut_plain(&c.text, short[i])
            } else {
                fit(&c.text, lay.widths[i])
            };
            (s, c.color)
        })
        .collect()
}

/// One line of the table: the cells padded to their widths, coloured if the style says so.
fn line(out: &mut String, lay: &Layout, style: &Style, cells: Vec<(String, Option<Color>)>) {
    let mut l = String::new();
    let last = cells.len().saturating_sub(1);
    for (k, (s, color)) in cells.into_iter().enumerate() {
        let w = lay.widths[lay.keep[k]];
        let pad = w.saturating_sub(width(&s));
        match color {
            Some(c) if style.color && !s.is_empty() => {
                l.push_str(&format!("\x1b[{}m{s}\x1b[0m", c.ansi()));
            }
            _ => l.push_str(&s),
        }
        if k < last {
            l.push_str(&" ".repeat(pad + SEP));
        }
    }
    out.push_str(l.trim_end());
    out.push('\n');
}
