//! The JSON form of a comparison (documented in the README; stable field names).
//!
//! The outer object is indented; each row is compact on a line of its own, so that the output
//! stays readable and line-oriented tools (grep, diff) work on it. Rows are serialised in
//! parallel.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::compare::substance::Finding;
use crate::compare::{Comparison, Row, Span, Status};
use crate::draft::Draft;

/// A draft in a JSON report: where it was read from, its title, how many points it has.
#[derive(Serialize)]
pub(super) struct DraftInfo<'a> {
    path: Option<String>,
    title: &'a str,
    point_count: usize,
}

/// A row in a JSON report (`compare`, and each pair of a review report).
#[derive(Serialize)]
pub(super) struct RowOut<'a> {
    status: Status,
    moved: bool,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    similarity: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    weak: bool,
    diff: &'a [Span],
    substance: &'a [Finding],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    synonyms: &'a [crate::compare::thesaurus::Synonym],
    /// For a removed row the labels of the new points most like it, for an added row those
    /// of the old points ([`Row::resembles`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    resembles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<&'a super::review::RowNotes<'a>>,
}

/// The summary: rows per status, and the substance findings per kind.
#[derive(Serialize)]
struct SummaryOut<'a> {
    #[serde(flatten)]
    rows: &'a crate::compare::Summary,
    substance: PerKind,
    /// What a reader should check ([`crate::compare::ToCheck`]).
    to_check: crate::compare::ToCheck,
}

/// Findings per kind ([`crate::compare::substance::Counts::findings`]).
#[derive(Serialize)]
struct PerKind {
    figure: usize,
    party: usize,
    obligation: usize,
    negation: usize,
    condition: usize,
    deadline: usize,
}

fn summary(c: &Comparison) -> SummaryOut<'_> {
    let [figure, party, obligation, negation, condition, deadline] = c.substance_counts().findings;
    SummaryOut {
        rows: &c.summary,
        substance: PerKind {
            figure,
            party,
            obligation,
            negation,
            condition,
            deadline,
        },
        to_check: c.to_check(),
    }
}

/// A draft as a JSON report describes it.
pub(super) fn info(d: &Draft) -> DraftInfo<'_> {
    DraftInfo {
        path: d.path.as_ref().map(|p| p.display().to_string()),
        title: &d.title,
        point_count: d.point_count(),
    }
}

/// A row of `old` and `new` for a JSON report, with `notes` (its annotations) when given.
pub(super) fn row_out<'a>(
    r: &'a Row,
    old: &'a Draft,
    new: &'a Draft,
    notes: Option<&'a super::review::RowNotes<'a>>,
) -> RowOut<'a> {
    RowOut {
        status: r.status,
        moved: r.moved,
        old: super::labels(old, &r.old),
        new: super::labels(new, &r.new),
        similarity: r.similarity.map(|s| (s * 1000.0).round() / 1000.0),
        evidence: r.evidence.map(|e| e.name()),
        weak: r.weak,
        diff: &r.diff,
        substance: &r.substance,
        synonyms: &r.synonyms,
        resembles: super::resembled(r, old, new),
        annotations: notes,
    }
}

fn json(value: &impl Serialize) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::from)
}

/// Writes the comparison as JSON followed by a newline.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    write_with_notes(out, old, new, c, None)
}

/// Like [`write()`], with each row's annotations (one entry per row of `c`) added to the rows
/// that have some, as `"annotations": {"old": [...], "new": [...], "inherited": bool}`.
pub fn write_with_notes(
    out: &mut dyn Write,
    old: &Draft,
    new: &Draft,
    c: &Comparison,
    notes: Option<&[super::review::RowNotes<'_>]>,
) -> io::Result<()> {
    let rows: Vec<Vec<u8>> = c
        .rows
        .par_chunks(256)
        .enumerate()
        .map(|(k, chunk)| {
            let mut buf = Vec::with_capacity(chunk.len() * 512);
            for (n, r) in chunk.iter().enumerate() {
                let note = notes
                    .and_then(|all| all.get(k * 256 + n))
                    .filter(|n| !n.old.is_empty() || !n.new.is_empty());
                buf.extend_from_slice(b",\n    ");
                serde_json::to_writer(&mut buf, &row_out(r, old, new, note))
                    .map_err(io::Error::from)?;
            }
            Ok(buf)
        })
        .collect::<io::Result<_>>()?;
    write!(
        out,
        "{{\n  \"old\": {},\n  \"new\": {},\n  \"options\": {},\n  \"rows\": [",
        json(&info(old))?,
        json(&info(new))?,
        json(&c.options)?
    )?;
    for (k, chunk) in rows.iter().enumerate() {
        // Every row is preceded by ",\n    "; the first row by "\n    " only.
        let skip = if k == 0 { 1 } else { 0 };
        out.write_all(&chunk[skip.min(chunk.len())..])?;
    }
    let close = if rows.is_empty() { "]" } else { "\n  ]" };
    writeln!(out, "{close},\n  \"summary\": {}\n}}", json(&summary(c))?)
}
