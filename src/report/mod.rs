//! Writing a comparison for people and programs: plain text, Markdown and JSON.

pub mod history;
pub mod html;
pub mod json;
pub mod markdown;
pub mod review;
pub mod substance;
pub mod text;

use std::io::{self, Write};

use crate::compare::{Comparison, Row};
use crate::draft::Draft;

/// The output format of every report: a comparison (`clausewise compare`), a history
/// (`clausewise history`) and a review (`clausewise report`, which has no text form). The
/// command line's names and help for it are in [`crate::cli`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Readable in a terminal: one line per point, changes as `[-old-]{+new+}`.
    #[default]
    Text,
    /// A Markdown report: summary table, removed and added points, then every change.
    Markdown,
    /// Machine-readable JSON (the format is documented in the README).
    Json,
    /// One self-contained HTML file (inline style; all draft text escaped).
    Html,
}

impl Format {
    /// Every format, in the order the command line lists them.
    pub const ALL: [Format; 4] = [Format::Text, Format::Markdown, Format::Json, Format::Html];

    /// The formats of a review report (`clausewise report`): all but text.
    pub const REVIEW: [Format; 3] = [Format::Markdown, Format::Json, Format::Html];

    /// The format's name on the command line: "text", "markdown", "json", "html".
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Html => "html",
        }
    }

    /// The format named `name` (as [`Format::name`] gives it), if any.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Writes `comparison` of `old` and `new` to `out` in `format`.
pub fn write(
    out: &mut dyn Write,
    format: Format,
    old: &Draft,
    new: &Draft,
    comparison: &Comparison,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(out, old, new, comparison),
        Format::Markdown => markdown::write(out, old, new, comparison),
        Format::Json => json::write(out, old, new, comparison),
        Format::Html => review::write(
            out,
            Format::Html,
            &crate::review::Review::default(),
            &[old.clone(), new.clone()],
            &[review::Pair {
                old: 0,
                new: 1,
                comparison,
            }],
        ),
    }
}

/// The labels of a row's points on one side, as written ("13", "Article 4").
pub fn labels<'a>(draft: &'a Draft, indices: &[usize]) -> Vec<&'a str> {
    indices
        .iter()
        .filter_map(|&i| draft.points.get(i))
        .map(|p| p.label.as_str())
        .collect()
}

/// "13 + 14" for a merge, "7" for one point, "—" for none.
pub fn joined_labels(draft: &Draft, indices: &[usize]) -> String {
    let labels = labels(draft, indices);
    if labels.is_empty() {
        "—".to_owned()
    } else {
        labels.join(" + ")
    }
}

/// A row's heading in every report: "13 + 14 → 9 · merged, 61% of words kept, evidence:
/// similar" (the labels on each side, then [`describe`]).
pub fn heading(row: &Row, old: &Draft, new: &Draft) -> String {
    format!(
        "{} → {} · {}",
        joined_labels(old, &row.old),
        joined_labels(new, &row.new),
        describe(row, old)
    )
}

/// A one-line description of a row: "changed, moved (was 21), 74% of words kept, evidence:
/// similar" (", weak" when the pairing rests on weak evidence).
pub fn describe(row: &Row, old: &Draft) -> String {
    let mut parts = vec![row.status.name().to_owned()];
    if row.moved {
        parts.push(format!("moved (was {})", joined_labels(old, &row.old)));
    }
    if let Some(s) = row
        .similarity
        .filter(|_| row.status != crate::Status::Unchanged)
    {
        parts.push(format!("{:.0}% of words kept", s * 100.0));
    }
    if let Some(e) = row
        .evidence
        .filter(|_| row.status != crate::Status::Unchanged)
    {
        let weak = if row.weak { ", weak" } else { "" };
        parts.push(format!("evidence: {}{weak}", e.name()));
    }
    parts.join(", ")
}
