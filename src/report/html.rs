//! The pieces every HTML report is built from: escaping, the page frame and its style, word
//! diffs, the substance section and table heads. A comparison, a history and a review are
//! each one self-contained page (inline style, no script, all draft text escaped).

use std::io::{self, Write};

use crate::compare::{Comparison, Span, SpanKind};
use crate::draft::Draft;

/// The one style sheet of every report page (comparison, history, review): the page, tables
/// of counts (a first column of names, then numbers; `.categories` tables end with a column of
/// bars), deleted and inserted words, bars, rows and notes of a review, and the bar cells of a
/// history's category tables.
pub const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}\
del{background:#fdd;color:#a00}ins{background:#dfd;color:#060;text-decoration:none}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}\
.categories td:first-child,.categories th:first-child,.categories td:last-child{text-align:left}\
.bar{display:inline-block;height:.8em;background:#c0392b;vertical-align:middle}td.bars{text-align:left;white-space:nowrap}td.bars .bar{margin-left:.4em}\
.row{border-top:1px solid #ddd;padding:.4rem 0}.head{font-weight:600}.note{color:#333;background:#f4f4f8;padding:.2rem .5rem;margin:.2rem 0}\
.note.inherited{font-style:italic;background:none;border:1px dashed #bbb}.notice{background:#fff8e0;padding:.4rem .6rem}\
.removed{background:#fff4f4}.added{background:#f4fff4}\
.text{white-space:pre-wrap}ul.substance{margin:.2rem 0;padding-left:1.2rem;color:#1a3d6b}@media print{.row{break-inside:avoid}}";

/// Escapes text for HTML (element content and attribute values).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes the start of a page: its head with `title` (escaped) and [`STYLE`], then the title
/// again as the page's `<h1>` (the caller goes on at the end of that line).
pub fn page_start(out: &mut dyn Write, title: &str) -> io::Result<()> {
    let title = escape(title);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>\n<h1>{title}</h1>"
    )
}

/// Writes the end of a page.
pub fn page_end(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "</body></html>")
}

/// The head cells of a table row: `<th>a</th><th>b</th>` (texts escaped).
pub fn head_cells<S: AsRef<str>>(heads: impl IntoIterator<Item = S>) -> String {
    heads
        .into_iter()
        .map(|h| format!("<th>{}</th>", escape(h.as_ref())))
        .collect()
}

/// A word diff in HTML: deleted words in `<del>`, inserted words in `<ins>`, all escaped;
/// `plain` (a removed or added point) gives the text alone.
pub fn diff(spans: &[Span], plain: bool) -> String {
    let mut body = String::new();
    for span in spans {
        let text = escape(&span.text);
        match span.kind {
            _ if plain => body.push_str(&text),
            SpanKind::Equal => body.push_str(&text),
            SpanKind::Delete => {
                body.push_str("<del>");
                body.push_str(&text);
                body.push_str("</del>");
            }
            SpanKind::Insert => {
                body.push_str("<ins>");
                body.push_str(&text);
                body.push_str("</ins>");
            }
        }
    }
    body
}

/// The "What changed in substance" section of a pair, by kind (headings `<h3>`, `<h4>`);
/// nothing when no row has findings.
pub fn write_substance(
    out: &mut dyn Write,
    old: &Draft,
    new: &Draft,
    c: &Comparison,
) -> io::Result<()> {
    let groups = super::substance::by_kind(old, new, c);
    if groups.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h3>What changed in substance</h3>")?;
    for (kind, list) in groups {
        writeln!(
            out,
            "<h4>{}</h4><ul class=\"substance\">",
            escape(kind.heading())
        )?;
        for (labels, f) in list {
            writeln!(
                out,
                "<li><b>{}</b> {}</li>",
                escape(&labels),
                escape(&f.describe())
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_leaves_no_markup() {
        assert_eq!(
            escape("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }

    #[test]
    fn page_frame_escapes_the_title() {
        let mut out = Vec::new();
        page_start(&mut out, "A <b> & c").unwrap();
        page_end(&mut out).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.contains("<title>A &lt;b&gt; &amp; c</title><style>body{"));
        assert!(page.contains("<h1>A &lt;b&gt; &amp; c</h1></body></html>\n"));
    }
}
