//! Column specs: a cell, a resource's declared columns (`Column`, `Resource`), and the
//! columns chosen for one output (`Chosen`).

use super::value::{lookup, raw_value, shown};
use super::Color;
use crate::output::Style;
use serde_json::Value;

/// One cell's text (one line, not yet escaped or cut) and colour.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    pub text: String,
    pub color: Option<Color>,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            color: None,
        }
    }
    pub fn colored(text: impl Into<String>, color: Option<Color>) -> Cell {
        Cell {
            text: text.into(),
            color,
        }
    }
}

/// A value worked out from the whole item (state, `code 0123`, notes, ...).
pub type Derive = fn(&Value, &Style) -> Cell;

#[derive(Clone, Copy, Debug)]
pub enum Source {
    /// The JSON field named by the column (a dotted name reaches into objects).
    Field,
    /// A value derived from the item.
    Derived(Derive),
}

/// When a default column is shown (`wide` and `--columns` show it regardless).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    Always,
    /// Only when some row has the field (e.g. `acs_entrances` from `--with-entrances`).
    IfPresent,
    /// Only when the rows do not all hold the same value (an owner asked for is not repeated).
    IfVaries,
}

/// One column of a resource's table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The JSON field name (or, for a derived column, the name `--columns` and CSV use).
    pub name: &'static str,
    pub header: &'static str,
    pub source: Source,
    /// An ID: never cut with `…`; shown whole or as a unique prefix.
    pub id: bool,
    /// Only with `wide` (or when named in `--columns`).
    pub wide: bool,
    /// The narrowest this column gets before it is left out (at least its header).
    pub min: usize,
    /// The width it grows to before IDs are shown whole (it may grow further after).
    pub soft: usize,
    /// Higher stays longer when the terminal is narrow.
    pub priority: u8,
    pub show: Show,
}

impl Column {
    pub const fn field(name: &'static str, header: &'static str) -> Column {
        Column {
            name,
            header,
            source: Source::Field,
            id: false,
            wide: false,
            min: 8,
            soft: 32,
            priority: 50,
            show: Show::Always,
        }
    }
    pub const fn derived(name: &'static str, header: &'static str, f: Derive) -> Column {
        let mut c = Column::field(name, header);
        c.source = Source::Derived(f);
        c
    }
    pub const fn id(mut self) -> Column {
        self.id = true;
        self
    }
    pub const fn wide(mut self) -> Column {
        self.wide = true;
        self
    }
    pub const fn min(mut self, n: usize) -> Column {
        self.min = n;
        self
    }
    pub const fn soft(mut self, n: usize) -> Column {
        self.soft = n;
        self
    }
    pub const fn priority(mut self, p: u8) -> Column {
        self.priority = p;
        self
    }
    pub const fn show(mut self, s: Show) -> Column {
        self.show = s;
        self
    }
}

/// What a resource's output needs: its response keys and its columns.
#[derive(Debug)]
pub struct Resource {
    /// Key of one object in a response (`acs_credential`).
    pub singular: &'static str,
    /// Key of a list (`acs_credentials`).
    pub plural: &'static str,
    /// Said when a list is empty (`No credentials.`).
    pub noun: &'static str,
    pub columns: &'static [Column],
    /// Documented fields that are not columns but may be named in `--columns`.
    pub fields: &'static [&'static str],
    /// The key/value view: fields shown first, in this order (the rest follow as sent).
    pub detail_first: &'static [&'static str],
    /// Lines the key/value view starts with (e.g. a credential's `state`).
    pub detail_lead: &'static [(&'static str, Derive)],
}

impl Resource {
    pub fn column(&self, name: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Every name `--columns` accepts (a dotted name below an object field is accepted too).
    pub fn names(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.columns.iter().map(|c| c.name).collect();
        for f in self.fields {
            if !v.contains(f) {
                v.push(f);
            }
        }
        v
    }

    /// Whether `--columns` accepts `name`.
    pub fn accepts(&self, name: &str) -> bool {
        if self.columns.is_empty() {
            // Nothing declared: any field may be named.
            return true;
        }
        let names = self.names();
        names.contains(&name)
            || name
                .split_once('.')
                .is_some_and(|(head, rest)| !rest.is_empty() && names.contains(&head))
    }
}

/// A column chosen for this output: a declared one, or a field named in `--columns`.
#[derive(Clone, Debug)]
pub struct Chosen {
    pub name: String,
    pub header: String,
    pub spec: Option<&'static Column>,
}

impl Chosen {
    pub fn of(c: &'static Column) -> Chosen {
        Chosen {
            name: c.name.to_string(),
            header: c.header.to_string(),
            spec: Some(c),
        }
    }
    pub fn path(name: &str) -> Chosen {
        Chosen {
            name: name.to_string(),
            header: name.to_ascii_uppercase(),
            spec: None,
        }
    }
    pub(super) fn is_id(&self) -> bool {
        match self.spec {
            Some(c) => c.id,
            None => self.name.ends_with("_id"),
        }
    }
    pub(super) fn min(&self) -> usize {
        self.spec.map_or(8, |c| c.min)
    }
    pub(super) fn soft(&self) -> usize {
        self.spec.map_or(32, |c| c.soft)
    }
    pub(super) fn priority(&self) -> u8 {
        self.spec.map_or(50, |c| c.priority)
    }

    /// The cell for a table: the derived value, or the field shown for people.
    pub fn cell(&self, item: &Value, style: &Style, cap: usize) -> Cell {
        match self.spec.map(|c| c.source) {
            Some(Source::Derived(f)) => f(item, style),
            _ => Cell::plain(shown(lookup(item, &self.name), &self.name, cap)),
        }
    }

    /// The value for CSV/TSV: the field as data (strings raw, the rest as JSON text), or the
    /// derived column's text.
    pub fn raw(&self, item: &Value, style: &Style) -> String {
        match self.spec.map(|c| c.source) {
            Some(Source::Derived(f)) => f(item, style).text,
            _ => raw_value(lookup(item, &self.name)),
        }
    }
}
