//! Markdown form of a comparison: summary, removed and added points, then every change with
//! deleted words struck through and inserted words in bold.

use std::io::{self, Write};

use crate::compare::{Comparison, SpanKind, Status};
use crate::draft::Draft;

/// Escapes text so that Markdown shows it literally, with as few backslashes as that takes:
/// the characters that mark up text anywhere (`` \ ` * _ [ ] < > | ~ ``), and at the start of a
/// line those that begin a heading, list or quote (`#`, `-`, `+`, `1.`, `1)`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let block_marker = line_start && matches!(c, '#' | '-' | '+' | '=');
        let entity = c == '&' && starts_entity(chars.clone());
        if "\\`*_[]<>|~".contains(c) || block_marker || entity {
            out.push('\\');
        }
        out.push(c);
        if line_start && c.is_ascii_digit() {
            // "12." or "12)" at the start of a line would begin an ordered list.
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                out.push(d);
                chars.next();
            }
            if let Some(&m) = chars.peek().filter(|m| matches!(m, '.' | ')')) {
                out.push('\\');
                out.push(m);
                chars.next();
            }
        }
        line_start = c == '\n' || (line_start && c == ' ');
    }
    out
}

/// True when what follows a `&` would make Markdown read it as a character reference
/// (`&lt;`, `&#60;`, `&#x3c;`): letters or digits (and `#`), then `;`.
fn starts_entity(rest: impl Iterator<Item = char>) -> bool {
    for (n, c) in rest.take(34).enumerate() {
        if c == ';' {
            return n > 0;
        }
        if !(c.is_ascii_alphanumeric() || (n == 0 && c == '#')) {
            return false;
        }
    }
    false
}

/// [`escape`] for text that must stay on one line (a heading, a table cell, a list item's
/// label): line breaks become spaces, so that a label or category name cannot break the
/// table row or heading it is in.
pub fn escape_line(text: &str) -> String {
    if text.contains(['\n', '\r']) {
        escape(&text.replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        escape(text)
    }
}

/// Quotes text as a Markdown block quote, paragraph by paragraph.
pub fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n>\n")
}

/// How a table column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text, flush left.
    Left,
    /// Numbers, flush right.
    Right,
}

/// A table row, `| a | b |`, of cells already escaped.
pub fn table_row<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    let cells: Vec<S> = cells.into_iter().collect();
    let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
    format!("| {} |", cells.join(" | "))
}

/// A table's head row and rule, `| status | points |` then `| --- | ---: |` (no final line
/// break); an empty head is `| |`.
pub fn table_head(columns: &[(&str, Align)]) -> String {
    let mut head = String::from("|");
    let mut rule = String::from("|");
    for (text, align) in columns {
        if !text.is_empty() {
            head.push(' ');
            head.push_str(text);
        }
        head.push_str(" |");
        rule.push_str(match align {
            Align::Left => " --- |",
            Align::Right => " ---: |",
        });
    }
    format!("{head}\n{rule}")
}

/// The head of a table of counts: `first` flush left, then `counts` flush right.
pub fn counts_head<S: AsRef<str>>(first: &str, counts: impl IntoIterator<Item = S>) -> String {
    let counts: Vec<S> = counts.into_iter().collect();
    let mut columns = vec![(first, Align::Left)];
    columns.extend(counts.iter().map(|h| (h.as_ref(), Align::Right)));
    table_head(&columns)
}

/// Writes the comparison as a Markdown report.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    writeln!(out, "# Comparison of drafts\n")?;
    writeln!(
        out,
        "- **Old:** {} ({} points)",
        escape_line(old.display_title()),
        old.point_count()
    )?;
    writeln!(
        out,
        "- **New:** {} ({} points)\n",
        escape_line(new.display_title()),
        new.point_count()
    )?;
    writeln!(out, "{}", counts_head("status", ["points"]))?;
    for status in Status::ALL {
        let count = c.summary.count(status).to_string();
        writeln!(out, "{}", table_row([status.name(), &count]))?;
    }
    writeln!(
        out,
        "{}\n",
        table_row(["moved", &c.summary.moved.to_string()])
    )?;
    if let Some(line) = c.substance_counts().line() {
        writeln!(out, "**Substance:** {line}\n")?;
    }
    if let Some(line) = c.to_check().line(&c.summary) {
        writeln!(out, "**To check:** {line}\n")?;
    }
    write_substance(out, old, new, c, "##")?;

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
            writeln!(
                out,
                "**{}**\n",
                escape_line(&super::joined_labels(draft, idx))
            )?;
            let text: String = r.diff.iter().map(|s| s.text.as_str()).collect();
            writeln!(out, "{}\n", quote(&escape(&text)))?;
        }
    }

    writeln!(out, "## Point by point\n")?;
    for r in &c.rows {
        writeln!(out, "### {}\n", escape_line(&super::heading(r, old, new)))?;
        writeln!(out, "{}\n", quote(&diff_body(r)))?;
        write_row_substance(out, r)?;
    }
    Ok(())
}

/// The "What changed in substance" section of a pair, by kind, under a heading of `level`
/// (`"##"`); nothing when no row has findings.
pub fn write_substance(
    out: &mut dyn Write,
    old: &Draft,
    new: &Draft,
    c: &Comparison,
    level: &str,
) -> io::Result<()> {
    let groups = super::substance::by_kind(old, new, c);
    if groups.is_empty() {
        return Ok(());
    }
    writeln!(out, "{level} What changed in substance\n")?;
    for (kind, list) in groups {
        writeln!(out, "{level}# {}\n", kind.heading())?;
        for (labels, f) in list {
            writeln!(out, "- **{}** {}", escape(&labels), escape(&f.describe()))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// A row's findings as a Markdown list (nothing when it has none).
pub fn write_row_substance(out: &mut dyn Write, r: &crate::compare::Row) -> io::Result<()> {
    for f in &r.substance {
        writeln!(out, "- *{}*", escape(&f.describe()))?;
    }
    if !r.substance.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

/// A row's word diff in Markdown: deleted words struck through, inserted words in bold
/// (removed and added points plain), all text escaped.
pub fn diff_body(r: &crate::compare::Row) -> String {
    diff(&r.diff, matches!(r.status, Status::Removed | Status::Added))
}

/// A word diff in Markdown: deleted words struck through, inserted words in bold, all text
/// escaped; `plain` (a removed or added point) gives the text alone.
pub fn diff(spans: &[crate::compare::Span], plain: bool) -> String {
    let mut body = String::new();
    for span in spans {
        let text = escape(&span.text);
        match span.kind {
            _ if plain => body.push_str(&text),
            SpanKind::Equal => body.push_str(&text),
            SpanKind::Delete => wrap_each_line(&mut body, &text, "~~"),
            SpanKind::Insert => wrap_each_line(&mut body, &text, "**"),
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

#[cfg(test)]
mod tests {
    use super::{Align, counts_head, escape, table_head, table_row};

    #[test]
    fn tables_have_a_head_a_rule_and_rows() {
        assert_eq!(
            counts_head("status", ["points"]),
            "| status | points |\n| --- | ---: |"
        );
        assert_eq!(
            table_head(&[
                ("", Align::Left),
                ("D1", Align::Right),
                ("step", Align::Left)
            ]),
            "| | D1 | step |\n| --- | ---: | --- |"
        );
        assert_eq!(table_row(["D1", "", "4"]), "| D1 |  | 4 |");
    }

    #[test]
    fn escape_marks_only_what_markdown_would_read_as_markup() {
        // Plain prose keeps its punctuation as written.
        assert_eq!(
            escape("Ukraine's army (600,000) is capped. 28-point plan!"),
            "Ukraine's army (600,000) is capped. 28-point plan!"
        );
        // Inline markup anywhere.
        assert_eq!(
            escape("a *b* _c_ `d` [e](f) <g> h|i ~j~ \\"),
            "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\~j\\~ \\\\"
        );
        // What would begin a heading or a list at the start of a line.
        assert_eq!(escape("# title"), "\\# title");
        assert_eq!(escape("- item\n  + more"), "\\- item\n  \\+ more");
        assert_eq!(escape("12. Point\n3) sub"), "12\\. Point\n3\\) sub");
        assert_eq!(escape("in 2025. Then"), "in 2025. Then");
        // A character reference would show as the character: escaped; a lone `&` is not.
        assert_eq!(
            escape("&lt;b&gt; &#60; &#x3c; A & B &c"),
            "\\&lt;b\\&gt; \\&#60; \\&#x3c; A & B &c"
        );
        assert_eq!(super::escape_line("a\n# b\r\nc"), "a # b c");
    }
}
