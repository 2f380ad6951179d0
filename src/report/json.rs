//! The JSON form of a comparison (documented in the README; stable field names).

use std::io::{self, Write};

use serde::Serialize;

use crate::compare::{Comparison, Span, Status, Summary, TextOptions};
use crate::draft::Draft;

/// The whole JSON document.
#[derive(Serialize)]
struct Document<'a> {
    old: DraftInfo<'a>,
    new: DraftInfo<'a>,
    options: &'a TextOptions,
    rows: Vec<RowOut<'a>>,
    summary: &'a Summary,
}

#[derive(Serialize)]
struct DraftInfo<'a> {
    path: Option<String>,
    title: &'a str,
    point_count: usize,
}

#[derive(Serialize)]
struct RowOut<'a> {
    status: Status,
    moved: bool,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    similarity: Option<f32>,
    diff: &'a [Span],
}

fn info(d: &Draft) -> DraftInfo<'_> {
    DraftInfo {
        path: d.path.as_ref().map(|p| p.display().to_string()),
        title: &d.title,
        point_count: d.points.len(),
    }
}

/// Writes the comparison as pretty-printed JSON followed by a newline.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    let doc = Document {
        old: info(old),
        new: info(new),
        options: &c.options,
        rows: c
            .rows
            .iter()
            .map(|r| RowOut {
                status: r.status,
                moved: r.moved,
                old: super::labels(old, &r.old),
                new: super::labels(new, &r.new),
                similarity: r.similarity.map(|s| (s * 1000.0).round() / 1000.0),
                diff: &r.diff,
            })
            .collect(),
        summary: &c.summary,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}
