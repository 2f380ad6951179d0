//! Markdown form of a comparison: summary, removed and added points, then every change with
//! deleted words struck through and inserted words in bold.

use std::io::{self, Write};

use crate::compare::{Comparison, SpanKind, Status};
use crate::draft::Draft;

/// Escapes text so that Markdown shows it literally.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if "\\`*_{}[]<>()#+-.!|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Quotes text as a Markdown block quote, paragraph by paragraph.
pub fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n>\n")
}

/// Writes the comparison as a Markdown report.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    writeln!(out, "# Comparison of drafts\n")?;
    writeln!(
        out,
        "- **Old:** {} ({} points)",
        escape(old.display_title()),
        old.points.len()
    )?;
    writeln!(
        out,
        "- **New:** {} ({} points)\n",
        escape(new.display_title()),
        new.points.len()
    )?;
    writeln!(out, "| status | points |\n| --- | ---: |")?;
    for status in Status::ALL {
        writeln!(out, "| {} | {} |", status.name(), c.summary.count(status))?;
    }
    writeln!(out, "| moved | {} |\n", c.summary.moved)?;

    for (heading, status, draft) in [
        ("Removed points", Status::Removed, old),
        ("Added points", Status::Added, new),
    ] {
        let rows: Vec<_> = c.rows.iter().filter(|r| r.status == status).collect();
        writeln!(out, "## {heading} ({})\n", rows.len())?;
        if rows.is_empty() {
            writeln!(out, "None.\n")?;
        }
        for r in rows {
            let idx = if status == Status::Removed {
                &r.old
            } else {
                &r.new
            };
            writeln!(out, "**{}**\n", escape(&super::joined_labels(draft, idx)))?;
            let text: String = r.diff.iter().map(|s| s.text.as_str()).collect();
            writeln!(out, "{}\n", quote(&escape(&text)))?;
        }
    }

    writeln!(out, "## Point by point\n")?;
    for r in &c.rows {
        writeln!(
            out,
            "### {} → {} · {}\n",
            escape(&super::joined_labels(old, &r.old)),
            escape(&super::joined_labels(new, &r.new)),
            escape(&super::describe(r, old))
        )?;
        writeln!(out, "{}\n", quote(&diff_body(r)))?;
    }
    Ok(())
}

/// A row's word diff in Markdown: deleted words struck through, inserted words in bold
/// (removed and added points plain), all text escaped.
pub fn diff_body(r: &crate::compare::Row) -> String {
    let mut body = String::new();
    for span in &r.diff {
        let text = escape(&span.text);
        match (r.status, span.kind) {
            (Status::Removed | Status::Added, _) | (_, SpanKind::Equal) => body.push_str(&text),
            (_, SpanKind::Delete) => wrap_each_line(&mut body, &text, "~~"),
            (_, SpanKind::Insert) => wrap_each_line(&mut body, &text, "**"),
        }
    }
    body
}

/// Wraps each line of `text` in `mark` (Markdown emphasis cannot span lines), keeping
/// surrounding white space outside the marks.
fn wrap_each_line(body: &mut String, text: &str, mark: &str) {
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            body.push('\n');
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            body.push_str(line);
            continue;
        }
        let lead = &line[..line.len() - line.trim_start().len()];
        let trail = &line[line.trim_end().len()..];
        body.push_str(lead);
        body.push_str(mark);
        body.push_str(trimmed);
        body.push_str(mark);
        body.push_str(trail);
    }
}
