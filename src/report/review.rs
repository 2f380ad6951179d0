//! Reports of a review: for each pair of drafts, counts, a table of categories by status, the
//! removed points with their categories, assessments and notes, then every row with its word
//! diff and annotations. Markdown, HTML (one self-contained file) or JSON.

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

/// An output format of `clausewise report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ReportFormat {
    /// A Markdown report.
    #[default]
    Markdown,
    /// One self-contained HTML file (inline style; all draft text escaped).
    Html,
    /// Machine-readable JSON.
    Json,
}
use crate::compare::{Comparison, Row, SpanKind, Status};
use crate::draft::Draft;
use crate::review::{Annotation, Placement, Review};

/// One compared pair of a review's drafts.
pub struct Pair<'a> {
    /// Index of the older draft in the review.
    pub old: usize,
    /// Index of the newer draft.
    pub new: usize,
    /// Their comparison.
    pub comparison: &'a Comparison,
}

/// The annotations that apply to a row.
#[derive(Debug, Clone, Serialize)]
pub struct RowNotes<'a> {
    /// Annotations of the row's old points.
    pub old: Vec<&'a Annotation>,
    /// Annotations of the row's new points; when there are none, the old ones carry forward.
    pub new: Vec<&'a Annotation>,
    /// True when `new` was carried forward from the old point (not yet confirmed by the reader).
    pub inherited: bool,
}

impl RowNotes<'_> {
    /// The categories of the row: the new side's (or inherited), else the old side's.
    pub fn categories(&self) -> Vec<&str> {
        let side = if self.new.is_empty() {
            &self.old
        } else {
            &self.new
        };
        let mut c: Vec<&str> = side
            .iter()
            .flat_map(|a| a.categories.iter().map(String::as_str))
            .collect();
        c.sort_unstable();
        c.dedup();
        c
    }
}

/// The annotations of every row of a pair, given where each annotation was placed.
pub fn row_notes<'a>(
    review: &'a Review,
    placements: &[Placement],
    pair: &Pair<'_>,
) -> Vec<RowNotes<'a>> {
    let mut at: HashMap<(usize, usize), Vec<&'a Annotation>> = HashMap::new();
    for (a, p) in review.annotations.iter().zip(placements) {
        if let Placement::Placed(point) = p {
            at.entry((a.draft, *point)).or_default().push(a);
        }
    }
    let gather = |draft: usize, points: &[usize]| -> Vec<&'a Annotation> {
        points
            .iter()
            .flat_map(|&p| at.get(&(draft, p)).cloned().unwrap_or_default())
            .collect()
    };
    pair.comparison
        .rows
        .iter()
        .map(|r| {
            let old = gather(pair.old, &r.old);
            let own = gather(pair.new, &r.new);
            let inherited = own.is_empty() && !r.new.is_empty() && !old.is_empty();
            let new = if inherited { old.clone() } else { own };
            RowNotes {
                old,
                new,
                inherited,
            }
        })
        .collect()
}

/// Writes the report of `pairs` of `review`'s `drafts`.
pub fn write(
    out: &mut dyn Write,
    format: ReportFormat,
    review: &Review,
    drafts: &[Draft],
    pairs: &[Pair<'_>],
) -> io::Result<()> {
    let placements = review.resolve(drafts);
    let orphans: Vec<&Annotation> = review
        .annotations
        .iter()
        .zip(&placements)
        .filter(|(_, p)| **p == Placement::Orphaned)
        .map(|(a, _)| a)
        .collect();
    let notes: Vec<Vec<RowNotes<'_>>> = pairs
        .iter()
        .map(|p| row_notes(review, &placements, p))
        .collect();
    match format {
        ReportFormat::Json => json(out, review, drafts, pairs, &notes, &orphans),
        ReportFormat::Html => html(out, review, drafts, pairs, &notes, &orphans),
        ReportFormat::Markdown => markdown(out, review, drafts, pairs, &notes, &orphans),
    }
}

/// Rows per category and status: (category id, counts in [`Status::ALL`] order).
fn category_table(notes: &[RowNotes<'_>], rows: &[Row]) -> Vec<(String, [usize; 6])> {
    let mut table: Vec<(String, [usize; 6])> = Vec::new();
    for (n, r) in notes.iter().zip(rows) {
        let k = Status::ALL.iter().position(|&s| s == r.status).unwrap_or(0);
        for c in n.categories() {
            match table.iter_mut().find(|(id, _)| id == c) {
                Some((_, counts)) => counts[k] += 1,
                None => {
                    let mut counts = [0; 6];
                    counts[k] = 1;
                    table.push((c.to_owned(), counts));
                }
            }
        }
    }
    table.sort_by(|a, b| a.0.cmp(&b.0));
    table
}

fn annotation_line(review: &Review, a: &Annotation) -> String {
    let taxonomy = review.taxonomy();
    let cats: Vec<&str> = a
        .categories
        .iter()
        .map(|c| taxonomy.get(c).map_or(c.as_str(), |c| c.label.as_str()))
        .collect();
    let mut parts = Vec::new();
    if !cats.is_empty() {
        parts.push(cats.join(", "));
    }
    if let Some(s) = &a.assessment {
        parts.push(s.clone());
    }
    if !a.note.is_empty() {
        parts.push(a.note.clone());
    }
    parts.join(" — ")
}

/// The removed rows of a comparison with their notes, in the old draft's order.
fn removed<'r, 'n, 'a>(
    rows: &'r [Row],
    notes: &'n [RowNotes<'a>],
) -> Vec<(&'r Row, &'n RowNotes<'a>)> {
    let mut list: Vec<_> = rows
        .iter()
        .zip(notes)
        .filter(|(r, _)| r.status == Status::Removed)
        .collect();
    list.sort_by_key(|(r, _)| r.old.first().copied());
    list
}

fn pair_title(review: &Review, drafts: &[Draft], k: usize) -> String {
    let name = review
        .drafts
        .get(k)
        .map(|d| d.label.clone())
        .filter(|l| !l.is_empty());
    name.unwrap_or_else(|| drafts[k].display_title().to_owned())
}

fn markdown(
    out: &mut dyn Write,
    review: &Review,
    drafts: &[Draft],
    pairs: &[Pair<'_>],
    notes: &[Vec<RowNotes<'_>>],
    orphans: &[&Annotation],
) -> io::Result<()> {
    use super::markdown::escape;
    let taxonomy = review.taxonomy();
    writeln!(out, "# Review of {} drafts\n", drafts.len())?;
    for (pair, notes) in pairs.iter().zip(notes) {
        let c = pair.comparison;
        writeln!(
            out,
            "## {} → {}\n",
            escape(&pair_title(review, drafts, pair.old)),
            escape(&pair_title(review, drafts, pair.new))
        )?;
        let counts: Vec<String> = Status::ALL
            .iter()
            .map(|&s| format!("{} {}", c.summary.count(s), s.name()))
            .collect();
        writeln!(out, "{}, {} moved\n", counts.join(", "), c.summary.moved)?;
        writeln!(out, "### Points by category and status\n")?;
        writeln!(
            out,
            "| category | {} |\n| --- |{}",
            Status::ALL.map(Status::name).join(" | "),
            " ---: |".repeat(6)
        )?;
        for (id, counts) in category_table(notes, &c.rows) {
            let label = taxonomy.get(&id).map_or(id.clone(), |c| c.label.clone());
            let cells: Vec<String> = counts.iter().map(usize::to_string).collect();
            writeln!(out, "| {} | {} |", escape(&label), cells.join(" | "))?;
        }
        let (old, new) = (&drafts[pair.old], &drafts[pair.new]);
        writeln!(out, "\n### Removed points\n")?;
        for (r, n) in removed(&c.rows, notes) {
            let text: String = r.diff.iter().map(|s| s.old_side()).collect();
            writeln!(
                out,
                "- **{}** {}",
                escape(&super::joined_labels(old, &r.old)),
                escape(&text.replace('\n', " "))
            )?;
            for a in &n.old {
                writeln!(out, "  - {}", escape(&annotation_line(review, a)))?;
            }
        }
        writeln!(out, "\n### Point by point\n")?;
        for (r, n) in c.rows.iter().zip(notes) {
            writeln!(
                out,
                "#### {} → {} · {}\n",
                escape(&super::joined_labels(old, &r.old)),
                escape(&super::joined_labels(new, &r.new)),
                escape(&super::describe(r, old))
            )?;
            writeln!(
                out,
                "{}\n",
                super::markdown::quote(&super::markdown::diff_body(r))
            )?;
            let side = if n.new.is_empty() { &n.old } else { &n.new };
            for a in side {
                let mark = if n.inherited { " (inherited)" } else { "" };
                writeln!(out, "- {}{mark}", escape(&annotation_line(review, a)))?;
            }
            if !side.is_empty() {
                writeln!(out)?;
            }
        }
    }
    orphans_md(out, review, orphans)
}

fn orphans_md(out: &mut dyn Write, review: &Review, orphans: &[&Annotation]) -> io::Result<()> {
    use super::markdown::escape;
    if orphans.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "## Orphaned annotations ({})\n\nTheir points are no longer in the drafts; they are kept in the review file.\n",
        orphans.len()
    )?;
    for a in orphans {
        writeln!(
            out,
            "- point {} of draft {}: {} — {}",
            escape(&a.anchor.label),
            a.draft + 1,
            escape(&a.anchor.quote),
            escape(&annotation_line(review, a))
        )?;
    }
    Ok(())
}

/// Escapes text for HTML (element content and attribute values).
pub fn escape_html(text: &str) -> String {
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

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#222}\
del{background:#fdd;color:#a00}ins{background:#dfd;color:#060;text-decoration:none}\
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}td:first-child,th:first-child,td:last-child{text-align:left}\
.row{border-top:1px solid #ddd;padding:.4rem 0}.head{font-weight:600}.note{color:#333;background:#f4f4f8;padding:.2rem .5rem;margin:.2rem 0}\
.bar{display:inline-block;height:.8rem;background:#c0392b;vertical-align:middle}.removed{background:#fff4f4}.added{background:#f4fff4}\
.text{white-space:pre-wrap}@media print{.row{break-inside:avoid}}";

fn html(
    out: &mut dyn Write,
    review: &Review,
    drafts: &[Draft],
    pairs: &[Pair<'_>],
    notes: &[Vec<RowNotes<'_>>],
    orphans: &[&Annotation],
) -> io::Result<()> {
    let e = escape_html;
    let taxonomy = review.taxonomy();
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Review of {} drafts</title><style>{STYLE}</style></head><body>",
        drafts.len()
    )?;
    writeln!(out, "<h1>Review of {} drafts</h1>", drafts.len())?;
    for (pair, notes) in pairs.iter().zip(notes) {
        let c = pair.comparison;
        let (old, new) = (&drafts[pair.old], &drafts[pair.new]);
        writeln!(
            out,
            "<h2>{} → {}</h2>",
            e(&pair_title(review, drafts, pair.old)),
            e(&pair_title(review, drafts, pair.new))
        )?;
        let counts: Vec<String> = Status::ALL
            .iter()
            .map(|&s| format!("{} {}", c.summary.count(s), s.name()))
            .collect();
        writeln!(
            out,
            "<p>{}, {} moved</p>",
            counts.join(", "),
            c.summary.moved
        )?;
        writeln!(
            out,
            "<h3>Points by category and status</h3><table><tr><th>category</th>"
        )?;
        for s in Status::ALL {
            write!(out, "<th>{}</th>", s.name())?;
        }
        writeln!(out, "<th>removed (bar)</th></tr>")?;
        let table = category_table(notes, &c.rows);
        let most_removed = table.iter().map(|(_, n)| n[4]).max().unwrap_or(0).max(1);
        for (id, counts) in &table {
            let label = taxonomy.get(id).map_or(id.clone(), |c| c.label.clone());
            write!(out, "<tr><td>{}</td>", e(&label))?;
            for n in counts {
                write!(out, "<td>{n}</td>")?;
            }
            writeln!(
                out,
                "<td><span class=\"bar\" style=\"width:{}rem\"></span></td></tr>",
                8 * counts[4] / most_removed
            )?;
        }
        writeln!(out, "</table>\n<h3>Removed points</h3><ul>")?;
        for (r, n) in removed(&c.rows, notes) {
            let text: String = r.diff.iter().map(|s| s.old_side()).collect();
            write!(
                out,
                "<li><b>{}</b> {}",
                e(&super::joined_labels(old, &r.old)),
                e(&text)
            )?;
            for a in &n.old {
                write!(
                    out,
                    "<div class=\"note\">{}</div>",
                    e(&annotation_line(review, a))
                )?;
            }
            writeln!(out, "</li>")?;
        }
        writeln!(out, "</ul>\n<h3>Point by point</h3>")?;
        for (r, n) in c.rows.iter().zip(notes) {
            let class = match r.status {
                Status::Removed => "row removed",
                Status::Added => "row added",
                _ => "row",
            };
            write!(
                out,
                "<div class=\"{class}\"><div class=\"head\">{} → {} · {}</div><div class=\"text\">",
                e(&super::joined_labels(old, &r.old)),
                e(&super::joined_labels(new, &r.new)),
                e(&super::describe(r, old))
            )?;
            for span in &r.diff {
                let text = e(&span.text);
                match (r.status, span.kind) {
                    (Status::Removed | Status::Added, _) | (_, SpanKind::Equal) => {
                        write!(out, "{text}")?
                    }
                    (_, SpanKind::Delete) => write!(out, "<del>{text}</del>")?,
                    (_, SpanKind::Insert) => write!(out, "<ins>{text}</ins>")?,
                }
            }
            write!(out, "</div>")?;
            for a in if n.new.is_empty() { &n.old } else { &n.new } {
                let mark = if n.inherited { " (inherited)" } else { "" };
                write!(
                    out,
                    "<div class=\"note\">{}{mark}</div>",
                    e(&annotation_line(review, a))
                )?;
            }
            writeln!(out, "</div>")?;
        }
    }
    if !orphans.is_empty() {
        writeln!(out, "<h2>Orphaned annotations ({})</h2><ul>", orphans.len())?;
        for a in orphans {
            writeln!(
                out,
                "<li>point {} of draft {}: {} — {}</li>",
                e(&a.anchor.label),
                a.draft + 1,
                e(&a.anchor.quote),
                e(&annotation_line(review, a))
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</body></html>")
}

#[derive(Serialize)]
struct JsonPair<'a> {
    old: String,
    new: String,
    summary: &'a crate::compare::Summary,
    categories: Vec<JsonCategory>,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonCategory {
    id: String,
    counts: HashMap<&'static str, usize>,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    status: Status,
    moved: bool,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    annotations: &'a RowNotes<'a>,
}

fn json(
    out: &mut dyn Write,
    review: &Review,
    drafts: &[Draft],
    pairs: &[Pair<'_>],
    notes: &[Vec<RowNotes<'_>>],
    orphans: &[&Annotation],
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        pairs: Vec<JsonPair<'a>>,
        orphaned: &'a [&'a Annotation],
    }
    let doc = Doc {
        pairs: pairs
            .iter()
            .zip(notes)
            .map(|(p, notes)| JsonPair {
                old: pair_title(review, drafts, p.old),
                new: pair_title(review, drafts, p.new),
                summary: &p.comparison.summary,
                categories: category_table(notes, &p.comparison.rows)
                    .into_iter()
                    .map(|(id, counts)| JsonCategory {
                        id,
                        counts: Status::ALL.iter().map(|s| s.name()).zip(counts).collect(),
                    })
                    .collect(),
                rows: p
                    .comparison
                    .rows
                    .iter()
                    .zip(notes)
                    .map(|(r, n)| JsonRow {
                        status: r.status,
                        moved: r.moved,
                        old: super::labels(&drafts[p.old], &r.old),
                        new: super::labels(&drafts[p.new], &r.new),
                        annotations: n,
                    })
                    .collect(),
            })
            .collect(),
        orphaned: orphans,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{TextOptions, compare};

    #[test]
    fn html_escapes_draft_text() {
        let old = Draft::from_text(
            "a",
            "T\n1. Keep <script>alert('x')</script> out.\n2. Gone & done.\n",
        );
        let new = Draft::from_text("b", "T\n1. Keep <script>alert('y')</script> out.\n");
        let c = compare(&old, &new, &TextOptions::default());
        let mut out = Vec::new();
        write(
            &mut out,
            ReportFormat::Html,
            &Review::default(),
            &[old, new],
            &[Pair {
                old: 0,
                new: 1,
                comparison: &c,
            }],
        )
        .unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("Gone &amp; done."));
    }
}
