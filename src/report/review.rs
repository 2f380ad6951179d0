//! Reports of a review: for each pair of drafts, counts, a table of categories by status (in
//! the taxonomy's order, with a last row for points without a category), the removed points
//! with their categories, assessments and notes, then every row with its word diff and
//! annotations. Markdown, HTML (one self-contained file) or JSON.
//!
//! A point without an annotation of its own shows those of the same point in the nearest
//! earlier draft that has one, marked inherited with the draft they come from
//! ([`crate::review::inherit`]). Drafts that changed since the review was saved are named at
//! the top.

use std::io::{self, Write};

use serde::Serialize;

use super::{Format, html, markdown as md};
use crate::compare::{Row, Status, StatusCounts};
use crate::draft::Draft;
use crate::review::{Annotation, Placement, Review, Taxonomy};

pub use crate::review::session::{Note, Pair, RowNotes, row_notes, row_notes_with};

/// What every report writer needs.
struct Context<'a> {
    review: &'a Review,
    drafts: &'a [Draft],
    pairs: &'a [Pair<'a>],
    taxonomy: Taxonomy,
    notes: Vec<Vec<RowNotes<'a>>>,
    orphans: Vec<&'a Annotation>,
    /// Drafts that changed since the review was saved, with how many of their annotations are
    /// orphaned.
    changed: Vec<(usize, usize)>,
    /// For each of the review's alignment corrections, whether it is orphaned.
    corrections: Vec<bool>,
}

impl Context<'_> {
    /// One line per alignment correction, its texts escaped by `escape`: "Geneva → December:
    /// pair 2 → 2, 6", with a word on those that are orphaned.
    fn correction_lines(&self, escape: impl Fn(&str) -> String) -> Vec<String> {
        self.review
            .overrides
            .iter()
            .zip(&self.corrections)
            .map(|(o, orphaned)| {
                let gone = if *orphaned {
                    " (orphaned: its points are no longer in the drafts; kept in the review file)"
                } else {
                    ""
                };
                format!(
                    "{} → {}: {}{gone}",
                    escape(&self.title(o.old_draft)),
                    escape(&self.title(o.new_draft)),
                    escape(&o.describe())
                )
            })
            .collect()
    }
}

/// Writes the report of `pairs` of `review`'s `drafts` (the review's drafts as they are now, in
/// its order). Annotations carry forward along each point's lineage through all the drafts,
/// so every pair shows what was said of its points in earlier drafts, marked inherited.
pub fn write(
    out: &mut dyn Write,
    format: Format,
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
    let options = pairs
        .first()
        .map(|p| p.comparison.options)
        .unwrap_or_default();
    let inheritance = review.inheritance(drafts, &placements, &options);
    let notes: Vec<Vec<RowNotes<'_>>> = pairs
        .iter()
        .map(|p| row_notes_with(review, &placements, &inheritance, p))
        .collect();
    let changed = review
        .changed_drafts(drafts)
        .into_iter()
        .map(|d| (d, orphans.iter().filter(|a| a.draft == d).count()))
        .collect();
    let cx = Context {
        review,
        drafts,
        pairs,
        taxonomy: review.taxonomy(),
        notes,
        orphans,
        changed,
        corrections: review.orphaned_overrides(drafts),
    };
    match format {
        Format::Json => json(out, &cx),
        Format::Html => html(out, &cx),
        Format::Markdown => markdown(out, &cx),
        Format::Text => Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "a review report is written as Markdown, HTML or JSON, not as text",
        )),
    }
}

/// Rows without any category, per status (in [`Status::ALL`] order).
fn uncategorised(notes: &[RowNotes<'_>], rows: &[Row]) -> StatusCounts {
    let mut counts = StatusCounts::default();
    for (n, r) in notes.iter().zip(rows) {
        if n.categories().is_empty() {
            counts[r.status] += 1;
        }
    }
    counts
}

/// Rows per category and status (in [`Status::ALL`] order), in the taxonomy's order: the
/// rule the app follows too ([`crate::review::session::category_table`]).
fn category_table(
    taxonomy: &Taxonomy,
    notes: &[RowNotes<'_>],
    rows: &[Row],
) -> Vec<(String, StatusCounts)> {
    crate::review::session::category_table(taxonomy, rows, |k| {
        notes.get(k).map_or_else(Vec::new, RowNotes::categories)
    })
}

impl Context<'_> {
    /// A draft's name: its label in the review, else its title.
    fn title(&self, k: usize) -> String {
        let name = self
            .review
            .drafts
            .get(k)
            .map(|d| d.label.clone())
            .filter(|l| !l.is_empty());
        name.unwrap_or_else(|| {
            self.drafts.get(k).map_or_else(
                || format!("draft {}", k + 1),
                |d| d.display_title().to_owned(),
            )
        })
    }

    /// "Territory and borders — unfavourable to Ukraine — note" (the app's wording too:
    /// [`crate::review::session::annotation_line`]).
    fn annotation_line(&self, a: &Annotation) -> String {
        crate::review::session::annotation_line(a, &self.taxonomy)
    }

    /// The annotation line with, for an inherited one, where it comes from.
    fn note_line(&self, n: &Note<'_>) -> String {
        let line = self.annotation_line(n.annotation);
        if n.inherited {
            format!("{line} (inherited from {})", self.title(n.annotation.draft))
        } else {
            line
        }
    }

    /// One line per orphaned annotation, its texts escaped by `escape`: "point 7 of Geneva:
    /// quote — category — assessment — note".
    fn orphan_lines(&self, escape: impl Fn(&str) -> String) -> Vec<String> {
        self.orphans
            .iter()
            .map(|a| {
                format!(
                    "point {} of {}: {} — {}",
                    escape(&a.anchor.label),
                    escape(&self.title(a.draft)),
                    escape(&a.anchor.quote),
                    escape(&self.annotation_line(a))
                )
            })
            .collect()
    }

    /// "Draft X changed since this review was saved; annotations re-anchored (N orphaned)."
    fn changed_lines(&self) -> Vec<String> {
        self.changed
            .iter()
            .map(|&(d, orphaned)| {
                let lost = if orphaned == 0 {
                    String::new()
                } else {
                    format!(" ({orphaned} could not be placed: see Orphaned annotations)")
                };
                format!(
                    "Draft “{}” changed since this review was saved; its annotations were re-anchored{lost}.",
                    self.title(d)
                )
            })
            .collect()
    }
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

fn markdown(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    writeln!(out, "# Review of {} drafts\n", cx.drafts.len())?;
    for line in cx.changed_lines() {
        writeln!(out, "> {}\n", md::escape_line(&line))?;
    }
    for (pair, notes) in cx.pairs.iter().zip(&cx.notes) {
        markdown_pair(out, cx, pair, notes)?;
    }
    orphans_md(out, cx)?;
    corrections_md(out, cx)
}

/// One pair of drafts in Markdown: counts, substance, categories, removed points, then every
/// row.
fn markdown_pair(
    out: &mut dyn Write,
    cx: &Context<'_>,
    pair: &Pair<'_>,
    notes: &[RowNotes<'_>],
) -> io::Result<()> {
    let c = pair.comparison;
    writeln!(
        out,
        "## {} → {}\n",
        md::escape_line(&cx.title(pair.old)),
        md::escape_line(&cx.title(pair.new))
    )?;
    writeln!(out, "{}\n", counts_line(&c.summary))?;
    if let Some(line) = c.substance_counts().line() {
        writeln!(out, "Substance: {}\n", md::escape_line(&line))?;
    }
    if let Some(line) = c.to_check().line(&c.summary) {
        writeln!(out, "To check: {}\n", md::escape_line(&line))?;
    }
    let (old, new) = (&cx.drafts[pair.old], &cx.drafts[pair.new]);
    md::write_substance(out, old, new, c, "###")?;
    writeln!(out, "### Points by category and status\n")?;
    writeln!(
        out,
        "{}",
        md::counts_head("category", Status::ALL.map(Status::name))
    )?;
    for (label, counts) in category_rows(cx, notes, &c.rows, md::escape_line, "*no category*") {
        let cells = std::iter::once(label).chain(counts.0.iter().map(usize::to_string));
        writeln!(out, "{}", md::table_row(cells))?;
    }
    writeln!(out, "\n### Removed points\n")?;
    let gone = removed(&c.rows, notes);
    if gone.is_empty() {
        writeln!(out, "None.")?;
    }
    for (r, n) in gone {
        writeln!(
            out,
            "- **{}** {}",
            md::escape_line(&super::joined_labels(old, &r.old)),
            md::escape_line(&old_text(r).replace('\n', " "))
        )?;
        for note in &n.old {
            writeln!(out, "  - {}", md::escape_line(&cx.note_line(note)))?;
        }
    }
    writeln!(out, "\n### Point by point\n")?;
    for (r, n) in c.rows.iter().zip(notes) {
        writeln!(
            out,
            "#### {}\n",
            md::escape_line(&super::heading(r, old, new))
        )?;
        writeln!(out, "{}\n", md::quote(&md::diff_body(r)))?;
        md::write_row_substance(out, r)?;
        let shown = n.shown();
        for note in shown {
            writeln!(out, "- {}", md::escape_line(&cx.note_line(note)))?;
        }
        if !shown.is_empty() {
            writeln!(out)?;
        }
    }
    Ok(())
}

/// "14 unchanged, 3 changed, ..., 2 moved": a pair's counts in one line.
fn counts_line(summary: &crate::compare::Summary) -> String {
    let counts: Vec<String> = Status::ALL
        .iter()
        .map(|&s| format!("{} {}", summary.count(s), s.name()))
        .collect();
    format!("{}, {} moved", counts.join(", "), summary.moved)
}

/// A row's text as it stands in the old draft.
fn old_text(r: &Row) -> String {
    r.diff.iter().map(|s| s.old_side()).collect()
}

/// The rows of a pair's category table: each category's label (escaped by `escape`) in the
/// taxonomy's order, then `rest` (already marked up) for the rows without a category, each
/// with its counts per status.
fn category_rows(
    cx: &Context<'_>,
    notes: &[RowNotes<'_>],
    rows: &[Row],
    escape: impl Fn(&str) -> String,
    rest: &str,
) -> Vec<(String, StatusCounts)> {
    let mut table: Vec<(String, StatusCounts)> = category_table(&cx.taxonomy, notes, rows)
        .into_iter()
        .map(|(id, counts)| (escape(cx.taxonomy.label(&id)), counts))
        .collect();
    table.push((rest.to_owned(), uncategorised(notes, rows)));
    table
}

/// The alignment corrections made by hand, in the order they were made.
fn corrections_md(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    if cx.review.overrides.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "## Alignment corrected by hand ({})\n\nRows they make are marked \"evidence: by hand\".\n",
        cx.review.overrides.len()
    )?;
    for line in cx.correction_lines(md::escape_line) {
        writeln!(out, "- {line}")?;
    }
    Ok(())
}

fn orphans_md(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    if cx.orphans.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "## Orphaned annotations ({})\n\nTheir points are no longer in the drafts; they are kept in the review file.\n",
        cx.orphans.len()
    )?;
    for line in cx.orphan_lines(md::escape_line) {
        writeln!(out, "- {line}")?;
    }
    Ok(())
}

/// A note as an HTML block, inherited ones set apart.
fn note_html(cx: &Context<'_>, n: &Note<'_>) -> String {
    let class = if n.inherited {
        "note inherited"
    } else {
        "note"
    };
    format!(
        "<div class=\"{class}\">{}</div>",
        html::escape(&cx.note_line(n))
    )
}

fn html(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    let title = format!("Review of {} drafts", cx.drafts.len());
    html::page_start(out, &title)?;
    writeln!(out)?;
    for line in cx.changed_lines() {
        writeln!(out, "<p class=\"notice\">{}</p>", html::escape(&line))?;
    }
    for (pair, notes) in cx.pairs.iter().zip(&cx.notes) {
        html_pair(out, cx, pair, notes)?;
    }
    html_list(
        out,
        &format!("Orphaned annotations ({})", cx.orphans.len()),
        &cx.orphan_lines(html::escape),
    )?;
    html_list(
        out,
        &format!(
            "Alignment corrected by hand ({})",
            cx.review.overrides.len()
        ),
        &cx.correction_lines(html::escape),
    )?;
    html::page_end(out)
}

/// A section of `lines` (already escaped) under an `<h2>` of `heading`; nothing when there
/// are no lines.
fn html_list(out: &mut dyn Write, heading: &str, lines: &[String]) -> io::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(out, "<h2>{}</h2><ul>", html::escape(heading))?;
    for line in lines {
        writeln!(out, "<li>{line}</li>")?;
    }
    writeln!(out, "</ul>")
}

/// One pair of drafts in HTML: counts, substance, categories, removed points, then every row.
fn html_pair(
    out: &mut dyn Write,
    cx: &Context<'_>,
    pair: &Pair<'_>,
    notes: &[RowNotes<'_>],
) -> io::Result<()> {
    let c = pair.comparison;
    let (old, new) = (&cx.drafts[pair.old], &cx.drafts[pair.new]);
    writeln!(
        out,
        "<h2>{} → {}</h2>",
        html::escape(&cx.title(pair.old)),
        html::escape(&cx.title(pair.new))
    )?;
    writeln!(out, "<p>{}</p>", counts_line(&c.summary))?;
    if let Some(line) = c.substance_counts().line() {
        writeln!(out, "<p>Substance: {}</p>", html::escape(&line))?;
    }
    if let Some(line) = c.to_check().line(&c.summary) {
        writeln!(out, "<p>To check: {}</p>", html::escape(&line))?;
    }
    html::write_substance(out, old, new, c)?;
    html_category_table(out, cx, notes, &c.rows)?;
    writeln!(out, "<h3>Removed points</h3><ul>")?;
    for (r, n) in removed(&c.rows, notes) {
        write!(
            out,
            "<li><b>{}</b> {}",
            html::escape(&super::joined_labels(old, &r.old)),
            html::escape(&old_text(r))
        )?;
        for note in &n.old {
            write!(out, "{}", note_html(cx, note))?;
        }
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ul>\n<h3>Point by point</h3>")?;
    for (r, n) in c.rows.iter().zip(notes) {
        html_row(out, cx, r, n, old, new)?;
    }
    Ok(())
}

/// A pair's table of categories by status, with a bar of each category's removed points.
fn html_category_table(
    out: &mut dyn Write,
    cx: &Context<'_>,
    notes: &[RowNotes<'_>],
    rows: &[Row],
) -> io::Result<()> {
    writeln!(
        out,
        "<h3>Points by category and status</h3><table class=\"categories\"><tr><th>category</th>"
    )?;
    writeln!(
        out,
        "{}<th>removed (bar)</th></tr>",
        html::head_cells(Status::ALL.map(Status::name))
    )?;
    let table = category_rows(cx, notes, rows, html::escape, "<i>no category</i>");
    let most_removed = table
        .iter()
        .map(|(_, n)| n[Status::Removed])
        .max()
        .unwrap_or(0)
        .max(1);
    for (label, counts) in table {
        write!(out, "<tr><td>{label}</td>")?;
        for n in counts.0 {
            write!(out, "<td>{n}</td>")?;
        }
        writeln!(
            out,
            "<td><span class=\"bar\" style=\"width:{}rem\"></span></td></tr>",
            8 * counts[Status::Removed] / most_removed
        )?;
    }
    writeln!(out, "</table>")
}

/// One row of a pair in HTML: its heading, its word diff, its findings and its notes.
fn html_row(
    out: &mut dyn Write,
    cx: &Context<'_>,
    r: &Row,
    n: &RowNotes<'_>,
    old: &Draft,
    new: &Draft,
) -> io::Result<()> {
    let class = match r.status {
        Status::Removed => "row removed",
        Status::Added => "row added",
        _ => "row",
    };
    let plain = matches!(r.status, Status::Removed | Status::Added);
    write!(
        out,
        "<div class=\"{class}\"><div class=\"head\">{}</div><div class=\"text\">{}</div>",
        html::escape(&super::heading(r, old, new)),
        html::diff(&r.diff, plain)
    )?;
    if !r.substance.is_empty() {
        write!(out, "<ul class=\"substance\">")?;
        for f in &r.substance {
            write!(out, "<li>{}</li>", html::escape(&f.describe()))?;
        }
        write!(out, "</ul>")?;
    }
    for note in n.shown() {
        write!(out, "{}", note_html(cx, note))?;
    }
    writeln!(out, "</div>")
}

#[derive(Serialize)]
struct JsonPair<'a> {
    old: String,
    new: String,
    summary: &'a crate::compare::Summary,
    categories: Vec<JsonCategory>,
    uncategorised: JsonCounts,
    /// The rows as in `clausewise compare --format json`, each with its annotations.
    rows: Vec<super::json::RowOut<'a>>,
}

/// Rows of one category, per status (in [`Status::ALL`] order).
#[derive(Serialize)]
struct JsonCategory {
    id: String,
    label: String,
    counts: JsonCounts,
}

#[derive(Serialize)]
struct JsonCounts {
    unchanged: usize,
    changed: usize,
    merged: usize,
    split: usize,
    removed: usize,
    added: usize,
}

impl From<StatusCounts> for JsonCounts {
    fn from(counts: StatusCounts) -> Self {
        let [unchanged, changed, merged, split, removed, added] = counts.0;
        JsonCounts {
            unchanged,
            changed,
            merged,
            split,
            removed,
            added,
        }
    }
}

/// A draft that changed since the review was saved.
#[derive(Serialize)]
struct JsonChanged {
    draft: usize,
    label: String,
    orphaned: usize,
}

fn json(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        changed_drafts: Vec<JsonChanged>,
        pairs: Vec<JsonPair<'a>>,
        orphaned: Vec<Note<'a>>,
        corrections: Vec<JsonCorrection<'a>>,
    }
    #[derive(Serialize)]
    struct JsonCorrection<'a> {
        old_draft: usize,
        new_draft: usize,
        action: &'static str,
        old: Vec<&'a str>,
        new: Vec<&'a str>,
        orphaned: bool,
    }
    let doc = Doc {
        changed_drafts: cx
            .changed
            .iter()
            .map(|&(draft, orphaned)| JsonChanged {
                draft,
                label: cx.title(draft),
                orphaned,
            })
            .collect(),
        pairs: cx
            .pairs
            .iter()
            .zip(&cx.notes)
            .map(|(p, notes)| JsonPair {
                old: cx.title(p.old),
                new: cx.title(p.new),
                summary: &p.comparison.summary,
                categories: category_table(&cx.taxonomy, notes, &p.comparison.rows)
                    .into_iter()
                    .map(|(id, counts)| JsonCategory {
                        label: cx.taxonomy.label(&id).to_owned(),
                        id,
                        counts: counts.into(),
                    })
                    .collect(),
                uncategorised: uncategorised(notes, &p.comparison.rows).into(),
                rows: p
                    .comparison
                    .rows
                    .iter()
                    .zip(notes)
                    .map(|(r, n)| {
                        super::json::row_out(r, &cx.drafts[p.old], &cx.drafts[p.new], Some(n))
                    })
                    .collect(),
            })
            .collect(),
        orphaned: cx
            .orphans
            .iter()
            .map(|&annotation| Note {
                annotation,
                inherited: false,
            })
            .collect(),
        corrections: cx
            .review
            .overrides
            .iter()
            .zip(&cx.corrections)
            .map(|(o, &orphaned)| JsonCorrection {
                old_draft: o.old_draft,
                new_draft: o.new_draft,
                action: match o.action {
                    crate::review::OverrideAction::Pair => "pair",
                    crate::review::OverrideAction::Unpair => "unpair",
                },
                old: o.old.iter().map(|a| a.label.as_str()).collect(),
                new: o.new.iter().map(|a| a.label.as_str()).collect(),
                orphaned,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{TextOptions, compare};

    #[test]
    fn a_review_report_has_no_text_form() {
        let old = Draft::from_text("a", "T\n1. One.\n");
        let new = Draft::from_text("b", "T\n1. One more.\n");
        let c = compare(&old, &new, &TextOptions::default());
        let mut out = Vec::new();
        let pair = Pair {
            old: 0,
            new: 1,
            comparison: &c,
        };
        let result = write(
            &mut out,
            Format::Text,
            &Review::default(),
            &[old, new],
            &[pair],
        );
        assert_eq!(
            result.map_err(|e| e.kind()),
            Err(io::ErrorKind::Unsupported)
        );
        assert!(out.is_empty());
    }

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
            Format::Html,
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
