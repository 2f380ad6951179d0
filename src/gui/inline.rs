//! Text of a row in the inline (redline) view: one column, deletions struck red, insertions green.

use egui::text::LayoutJob;

use super::palette::Palette;
use crate::compare::{Span, SpanKind};

/// The redline text of a word diff (a row's, or a step's of a point's history).
pub fn inline_job(spans: &[Span], palette: &Palette) -> LayoutJob {
    let mut job = LayoutJob::default();
    for span in spans {
        match span.kind {
            SpanKind::Equal => job.append(span.new_side(), 0.0, palette.plain()),
            SpanKind::Delete => job.append(span.old_side(), 0.0, palette.deleted()),
            SpanKind::Insert => job.append(span.new_side(), 0.0, palette.inserted()),
        }
    }
    job
}
