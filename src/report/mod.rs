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
        describe(row, old, new)
    )
}

/// A one-line description of a row: "changed, moved (was 21), 74% of words kept, evidence:
/// similar" (", weak" when the pairing rests on weak evidence), "removed, resembles new 17":
/// its status's name, then the parts of its [`Description`].
pub fn describe(row: &Row, old: &Draft, new: &Draft) -> String {
    let description = Description::of(
        row,
        &joined_labels(old, &row.old),
        &resembles_labels(row, old, new),
    );
    std::iter::once(row.status.name())
        .chain(description.parts())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The labels of the points of the other draft that a removed or added row resembles
/// ([`Row::resembles`]): new points for a removed row, old ones for an added row.
pub fn resembled<'a>(row: &Row, old: &'a Draft, new: &'a Draft) -> Vec<&'a str> {
    let other = if row.new.is_empty() { new } else { old };
    labels(other, &row.resembles)
}

/// [`resembled`] joined: "17, 20"; empty when the row resembles none.
pub fn resembles_labels(row: &Row, old: &Draft, new: &Draft) -> String {
    resembled(row, old, new).join(", ")
}

/// What is said of a row besides its status, part by part: the reports join the parts into
/// one line ([`describe`]), the app writes each on a line of its own in its own style.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Description {
    /// "moved (was 21)", when the row's points changed place.
    pub moved: Option<String>,
    /// "74% of words kept", when the row has a score and is not unchanged.
    pub kept: Option<String>,
    /// "evidence: similar" (", weak" added when the pairing rests on weak evidence), when the
    /// row has evidence and is not unchanged.
    pub evidence: Option<String>,
    /// True when the pairing rests on weak evidence (said in `evidence`).
    pub weak: bool,
    /// "same meaning: troops = contingents, …", the row's synonyms by the thesaurus, when it
    /// has some and is not unchanged.
    pub synonyms: Option<String>,
    /// "resembles new 17, 20" for a removed row, "resembles old 19" for an added one: the
    /// points of the other draft most like it, where a reader should look before trusting
    /// that it was removed or added.
    pub resembles: Option<String>,
}

/// What [`Description::said`] finds of a row: moved, the share of words kept, the evidence,
/// the synonyms.
type Said<'a> = (
    bool,
    Option<f32>,
    Option<crate::compare::Evidence>,
    Option<&'a [crate::compare::thesaurus::Synonym]>,
);

impl Description {
    /// The description of `row`, whose old points are labelled `old_labels` ("21", "13 +
    /// 14": [`joined_labels`]) and which resembles the points labelled `resembles`
    /// ([`resembles_labels`]). The share of words kept and the evidence are left out for an
    /// unchanged row (its text is the same: nothing to weigh).
    pub fn of(row: &Row, old_labels: &str, resembles: &str) -> Description {
        let (moved, kept, evidence, synonyms) = Description::said(row);
        Description {
            moved: moved.then(|| format!("moved (was {old_labels})")),
            kept: kept.map(|s| format!("{:.0}% of words kept", s * 100.0)),
            evidence: evidence.map(|e| {
                let weak = if row.weak { ", weak" } else { "" };
                format!("evidence: {}{weak}", e.name())
            }),
            weak: row.weak && evidence.is_some(),
            synonyms: synonyms.map(|list| {
                let list: Vec<String> = list
                    .iter()
                    .map(|s| format!("{} = {}", s.old, s.new))
                    .collect();
                format!("same meaning: {}", list.join(", "))
            }),
            resembles: (!resembles.is_empty()).then(|| {
                let side = if row.new.is_empty() { "new" } else { "old" };
                format!("resembles {side} {resembles}")
            }),
        }
    }

    /// How many parts the description of `row` has ([`Description::parts`]), without
    /// writing them.
    pub fn count(row: &Row) -> usize {
        let (moved, kept, evidence, synonyms) = Description::said(row);
        usize::from(moved)
            + usize::from(kept.is_some())
            + usize::from(evidence.is_some())
            + usize::from(synonyms.is_some())
            + usize::from(!row.resembles.is_empty())
    }

    /// What is said of `row`: moved, the share of words kept, the evidence, the synonyms.
    fn said(row: &Row) -> Said<'_> {
        let weighed = row.status != crate::Status::Unchanged;
        (
            row.moved,
            row.similarity.filter(|_| weighed),
            row.evidence.filter(|_| weighed),
            Some(row.synonyms.as_slice()).filter(|s| weighed && !s.is_empty()),
        )
    }

    /// The parts there are, in order: moved, words kept, evidence, synonyms, resembles.
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        [
            &self.moved,
            &self.kept,
            &self.evidence,
            &self.synonyms,
            &self.resembles,
        ]
        .into_iter()
        .filter_map(|p| p.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Evidence, Status};

    fn row(status: Status, moved: bool, evidence: Option<Evidence>, weak: bool) -> Row {
        Row {
            status,
            moved,
            old: vec![1],
            new: vec![0],
            similarity: Some(0.736),
            diff: Vec::new(),
            substance: Vec::new(),
            evidence,
            weak,
            synonyms: vec![crate::compare::thesaurus::Synonym {
                old: "troops".into(),
                new: "contingents".into(),
            }],
            resembles: Vec::new(),
        }
    }

    #[test]
    fn a_row_is_described_part_by_part_and_the_reports_join_the_parts() {
        let old = Draft::from_text("old", "1. Grain leaves the ports.\n2. Troops pull back.\n");
        let new = Draft::from_text("new", "1. Troops pull back.\n2. Grain leaves by sea.\n");
        let changed = row(Status::Changed, true, Some(Evidence::Similar), true);
        let d = Description::of(&changed, "2", "");
        assert_eq!(d.moved.as_deref(), Some("moved (was 2)"));
        assert_eq!(d.kept.as_deref(), Some("74% of words kept"));
        assert_eq!(d.evidence.as_deref(), Some("evidence: similar, weak"));
        assert!(d.weak);
        assert_eq!(
            d.synonyms.as_deref(),
            Some("same meaning: troops = contingents")
        );
        assert_eq!(
            describe(&changed, &old, &new),
            "changed, moved (was 2), 74% of words kept, evidence: similar, weak, \
             same meaning: troops = contingents"
        );
        // Unchanged: no share kept, no evidence, weak or not, no synonyms; moved still said.
        let unchanged = row(Status::Unchanged, true, Some(Evidence::Identical), true);
        let d = Description::of(&unchanged, "2", "");
        assert_eq!((d.kept, d.evidence, d.weak), (None, None, false));
        assert_eq!(d.synonyms, None);
        assert_eq!(describe(&unchanged, &old, &new), "unchanged, moved (was 2)");
        // Not moved, strong evidence, no synonyms.
        let mut strong = row(Status::Changed, false, Some(Evidence::Contained), false);
        strong.synonyms.clear();
        let parts: Vec<String> = Description::of(&strong, "2", "")
            .parts()
            .map(str::to_owned)
            .collect();
        assert_eq!(parts, ["74% of words kept", "evidence: contained"]);
        // Removed, resembling new points: their labels, on the new side.
        let mut removed = row(Status::Removed, false, None, false);
        (removed.new, removed.similarity, removed.resembles) = (vec![], None, vec![1, 0]);
        removed.synonyms.clear();
        assert_eq!(
            describe(&removed, &old, &new),
            "removed, resembles new 2, 1"
        );
        // Added, resembling an old point.
        let mut added = row(Status::Added, false, None, false);
        (added.old, added.similarity, added.resembles) = (vec![], None, vec![1]);
        added.synonyms.clear();
        assert_eq!(describe(&added, &old, &new), "added, resembles old 2");
        for r in [&changed, &unchanged, &strong, &removed, &added] {
            let d = Description::of(r, "2", &resembles_labels(r, &old, &new));
            assert_eq!(Description::count(r), d.parts().count());
        }
        assert_eq!(Description::count(&changed), 4);
    }
}
