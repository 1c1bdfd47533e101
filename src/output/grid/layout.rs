//! Fitting a table to the terminal: columns left out by priority until the rest get their
//! narrowest widths, then the room left shared out (text columns to a comfortable width, IDs
//! whole if they all can be, then text columns again).

use super::column::Chosen;
use super::cut::width;
use super::SEP;

/// The columns shown (indexes into the chosen columns, in order) and each column's width.
pub(super) struct Layout {
    pub keep: Vec<usize>,
    pub widths: Vec<usize>,
}

/// The width of the columns `ix` at widths `w`, the separators between them included.
fn total(ix: &[usize], w: &[usize]) -> usize {
    ix.iter().map(|&i| w[i]).sum::<usize>() + SEP * ix.len().saturating_sub(1)
}

/// The layout of columns whose cells are at most `natural` wide (`short`: the shortest unique
/// prefix of an ID column) on a terminal `term` wide; `wide` keeps everything at its width.
pub(super) fn layout(
    cols: &[Chosen],
    headers: &[String],
    natural: &[usize],
    short: &[usize],
    term: usize,
    wide: bool,
) -> Layout {
    let mut keep: Vec<usize> = (0..cols.len()).collect();
    let mut widths = natural.to_vec();
    if wide || total(&keep, natural) <= term {
        return Layout { keep, widths };
    }
    let mins = narrowest(cols, headers, natural, short);
    leave_out(cols, &mut keep, &mins, term);
    share(cols, &keep, &mut widths, natural, &mins, term);
    Layout { keep, widths }
}

/// The narrowest each column gets: an ID its unique prefix, text its declared minimum (never
/// narrower than the header, never wider than its cells).
fn narrowest(
    cols: &[Chosen],
    headers: &[String],
    natural: &[usize],
    short: &[usize],
) -> Vec<usize> {
    (0..cols.len())
        .map(|i| {
            if cols[i].is_id() {
                short[i].max(width(&headers[i]))
            } else {
                natural[i].min(cols[i].min().max(width(&headers[i])))
            }
        })
        .collect()
}

/// Leaves out the lowest-priority column (the rightmost of equals) until the rest fit.
fn leave_out(cols: &[Chosen], keep: &mut Vec<usize>, mins: &[usize], term: usize) {
    while keep.len() > 1 && total(keep, mins) > term {
        let mut drop = 0;
        for (k, &i) in keep.iter().enumerate() {
            if cols[i].priority() <= cols[keep[drop]].priority() {
                drop = k;
            }
        }
        keep.remove(drop);
    }
}

/// Shares the room the kept columns have: each starts at its narrowest; text columns first
/// grow to a comfortable width, then IDs are shown whole if they all can be, then text columns
/// take what is left.
fn share(
    cols: &[Chosen],
    keep: &[usize],
    widths: &mut [usize],
    natural: &[usize],
    mins: &[usize],
    term: usize,
) {
    let avail = term.saturating_sub(SEP * keep.len().saturating_sub(1));
    for &i in keep {
        widths[i] = mins[i];
    }
    let mut extra = avail.saturating_sub(keep.iter().map(|&i| mins[i]).sum::<usize>());
    let text: Vec<usize> = keep.iter().copied().filter(|&i| !cols[i].is_id()).collect();
    let soft: Vec<usize> = (0..cols.len())
        .map(|i| natural[i].min(cols[i].soft().max(mins[i])))
        .collect();
    grow(widths, &text, &soft, &mut extra);
    let ids: Vec<usize> = keep.iter().copied().filter(|&i| cols[i].is_id()).collect();
    let id_need: usize = ids.iter().map(|&i| natural[i] - widths[i]).sum();
    if id_need <= extra {
        for &i in &ids {
            widths[i] = natural[i];
        }
        extra -= id_need;
    }
    grow(widths, &text, natural, &mut extra);
}

/// Widens `cols` toward `target` a column at a time, narrowest first, while `extra` lasts.
fn grow(widths: &mut [usize], cols: &[usize], target: &[usize], extra: &mut usize) {
    while *extra > 0 {
        let Some(&i) = cols
            .iter()
            .filter(|&&i| widths[i] < target[i])
            .min_by_key(|&&i| widths[i])
        else {
            return;
        };
        widths[i] += 1;
        *extra -= 1;
    }
}
