//! Text of a row in the inline (redline) view: one column, deletions struck red, insertions green.

use egui::text::LayoutJob;

use super::palette::Palette;
use crate::compare::{Row, SpanKind};

/// The redline text of `row`.
pub fn inline_job(row: &Row, palette: &Palette) -> LayoutJob {
    let mut job = LayoutJob::default();
    for span in &row.diff {
        match span.kind {
            SpanKind::Equal => job.append(span.new_side(), 0.0, palette.plain()),
            SpanKind::Delete => job.append(span.old_side(), 0.0, palette.deleted()),
            SpanKind::Insert => job.append(span.new_side(), 0.0, palette.inserted()),
        }
    }
    job
}
