//! Plain-text form of a comparison, for the terminal: one header line per row, changes in
//! wdiff style (`[-deleted-]{+inserted+}`).

use std::io::{self, Write};

use crate::compare::{Comparison, SpanKind, Status};
use crate::draft::Draft;

/// Writes the comparison as plain text.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    writeln!(
        out,
        "OLD: {} ({} points)",
        old.display_title(),
        old.points.len()
    )?;
    writeln!(
        out,
        "NEW: {} ({} points)",
        new.display_title(),
        new.points.len()
    )?;
    let s = &c.summary;
    writeln!(
        out,
        "{} unchanged, {} changed, {} removed, {} added, {} moved, {} merged, {} split",
        s.unchanged, s.changed, s.removed, s.added, s.moved, s.merged, s.split
    )?;
    let groups = super::substance::by_kind(old, new, c);
    if !groups.is_empty() {
        writeln!(out, "\nWhat changed in substance:")?;
        for (kind, list) in groups {
            writeln!(out, "  {}:", kind.heading())?;
            for (labels, f) in list {
                writeln!(out, "    {labels}: {}", f.describe())?;
            }
        }
    }
    for row in &c.rows {
        let sign = match row.status {
            Status::Unchanged => '=',
            Status::Changed | Status::Merged | Status::Split => '~',
            Status::Removed => '-',
            Status::Added => '+',
        };
        writeln!(
            out,
            "\n{sign} {} -> {}: {}",
            super::joined_labels(old, &row.old),
            super::joined_labels(new, &row.new),
            super::describe(row, old)
        )?;
        if row.status == Status::Unchanged {
            continue;
        }
        let mut body = String::new();
        for span in &row.diff {
            match (row.status, span.kind) {
                (Status::Removed | Status::Added, _) | (_, SpanKind::Equal) => {
                    body.push_str(&span.text)
                }
                (_, SpanKind::Delete) => {
                    body.push_str("[-");
                    body.push_str(&span.text);
                    body.push_str("-]");
                }
                (_, SpanKind::Insert) => {
                    body.push_str("{+");
                    body.push_str(&span.text);
                    body.push_str("+}");
                }
            }
        }
        for line in body.lines() {
            writeln!(out, "    {line}")?;
        }
        for f in &row.substance {
            writeln!(out, "    * {}", f.describe())?;
        }
    }
    Ok(())
}
