//! Text of a row in the side-by-side view: OLD with deleted words struck red, NEW with inserted
//! words green.

use egui::text::LayoutJob;

use super::palette::Palette;
use crate::compare::{Row, Side, SpanKind, Status};

/// The text of one side of `row`, or `None` when the point is absent on that side.
///
/// A removed or added point is shown plain (its cell is tinted instead): striking through a
/// whole point would make it hard to read.
pub fn side_job(row: &Row, side: Side, palette: &Palette) -> Option<LayoutJob> {
    if side.points(row).is_empty() {
        return None;
    }
    let whole = matches!(row.status, Status::Removed | Status::Added);
    let mut job = LayoutJob::default();
    for span in &row.diff {
        let (text, format) = match (span.kind, side) {
            (SpanKind::Equal, Side::Old) => (span.old_side(), palette.plain()),
            (SpanKind::Equal, Side::New) => (span.new_side(), palette.plain()),
            (SpanKind::Delete, Side::Old) if whole => (span.old_side(), palette.plain()),
            (SpanKind::Insert, Side::New) if whole => (span.new_side(), palette.plain()),
            (SpanKind::Delete, Side::Old) => (span.old_side(), palette.deleted()),
            (SpanKind::Insert, Side::New) => (span.new_side(), palette.inserted()),
            _ => continue,
        };
        job.append(text, 0.0, format);
    }
    Some(job)
}
