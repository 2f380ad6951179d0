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

use crate::compare::{Row, Span, SpanKind, Status, StatusCounts};
use crate::draft::Draft;
use crate::review::{Annotation, Placement, Review, Taxonomy};

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
        ReportFormat::Json => json(out, &cx),
        ReportFormat::Html => html(out, &cx),
        ReportFormat::Markdown => markdown(out, &cx),
    }
}

/// Rows without any category, per status (in [`Status::ALL`] order).
fn uncategorised(notes: &[RowNotes<'_>], rows: &[Row]) -> [usize; 6] {
    let mut counts = StatusCounts::default();
    for (n, r) in notes.iter().zip(rows) {
        if n.categories().is_empty() {
            counts[r.status] += 1;
        }
    }
    counts.0
}

/// Rows per category and status (in [`Status::ALL`] order), in the taxonomy's order: the
/// rule the app follows too ([`crate::review::session::category_table`]).
fn category_table(
    taxonomy: &Taxonomy,
    notes: &[RowNotes<'_>],
    rows: &[Row],
) -> Vec<(String, [usize; 6])> {
    crate::review::session::category_table(taxonomy, rows, |k| {
        notes.get(k).map_or_else(Vec::new, RowNotes::categories)
    })
    .into_iter()
    .map(|(id, counts)| (id, counts.0))
    .collect()
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

    fn category_label(&self, id: &str) -> String {
        self.taxonomy
            .get(id)
            .map_or_else(|| id.to_owned(), |c| c.label.clone())
    }

    /// "Territory and borders — unfavourable to Ukraine — note".
    fn annotation_line(&self, a: &Annotation) -> String {
        let cats: Vec<String> = a
            .categories
            .iter()
            .map(|c| self.category_label(c))
            .collect();
        let mut parts = Vec::new();
        if !cats.is_empty() {
            parts.push(cats.join(", "));
        }
        parts.push(a.assessment_or_unassessed().to_owned());
        if !a.note.is_empty() {
            parts.push(a.note.clone());
        }
        parts.join(" — ")
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
    use super::markdown::escape_line as escape;
    writeln!(out, "# Review of {} drafts\n", cx.drafts.len())?;
    for line in cx.changed_lines() {
        writeln!(out, "> {}\n", escape(&line))?;
    }
    for (pair, notes) in cx.pairs.iter().zip(&cx.notes) {
        let c = pair.comparison;
        writeln!(
            out,
            "## {} → {}\n",
            escape(&cx.title(pair.old)),
            escape(&cx.title(pair.new))
        )?;
        let counts: Vec<String> = Status::ALL
            .iter()
            .map(|&s| format!("{} {}", c.summary.count(s), s.name()))
            .collect();
        writeln!(out, "{}, {} moved\n", counts.join(", "), c.summary.moved)?;
        if let Some(line) = c.substance_counts().line() {
            writeln!(out, "Substance: {}\n", escape(&line))?;
        }
        let (old, new) = (&cx.drafts[pair.old], &cx.drafts[pair.new]);
        super::markdown::write_substance(out, old, new, c, "###")?;
        writeln!(out, "### Points by category and status\n")?;
        writeln!(
            out,
            "| category | {} |\n| --- |{}",
            Status::ALL.map(Status::name).join(" | "),
            " ---: |".repeat(6)
        )?;
        let table = category_table(&cx.taxonomy, notes, &c.rows);
        let rest = ("*no category*".to_owned(), uncategorised(notes, &c.rows));
        let labelled = table
            .iter()
            .map(|(id, counts)| (escape(&cx.category_label(id)), *counts));
        for (label, counts) in labelled.chain([rest]) {
            let cells: Vec<String> = counts.iter().map(usize::to_string).collect();
            writeln!(out, "| {label} | {} |", cells.join(" | "))?;
        }
        writeln!(out, "\n### Removed points\n")?;
        let gone = removed(&c.rows, notes);
        if gone.is_empty() {
            writeln!(out, "None.")?;
        }
        for (r, n) in gone {
            let text: String = r.diff.iter().map(|s| s.old_side()).collect();
            writeln!(
                out,
                "- **{}** {}",
                escape(&super::joined_labels(old, &r.old)),
                escape(&text.replace('\n', " "))
            )?;
            for note in &n.old {
                writeln!(out, "  - {}", escape(&cx.note_line(note)))?;
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
            super::markdown::write_row_substance(out, r)?;
            let shown = n.shown();
            for note in shown {
                writeln!(out, "- {}", escape(&cx.note_line(note)))?;
            }
            if !shown.is_empty() {
                writeln!(out)?;
            }
        }
    }
    orphans_md(out, cx)?;
    corrections_md(out, cx)
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
    for line in cx.correction_lines(super::markdown::escape_line) {
        writeln!(out, "- {line}")?;
    }
    Ok(())
}

fn orphans_md(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    use super::markdown::escape_line as escape;
    if cx.orphans.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "## Orphaned annotations ({})\n\nTheir points are no longer in the drafts; they are kept in the review file.\n",
        cx.orphans.len()
    )?;
    for a in &cx.orphans {
        writeln!(
            out,
            "- point {} of {}: {} — {}",
            escape(&a.anchor.label),
            escape(&cx.title(a.draft)),
            escape(&a.anchor.quote),
            escape(&cx.annotation_line(a))
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
.note.inherited{font-style:italic;background:none;border:1px dashed #bbb}.notice{background:#fff8e0;padding:.4rem .6rem}\
.bar{display:inline-block;height:.8rem;background:#c0392b;vertical-align:middle}.removed{background:#fff4f4}.added{background:#f4fff4}\
.text{white-space:pre-wrap}ul.substance{margin:.2rem 0;padding-left:1.2rem;color:#1a3d6b}@media print{.row{break-inside:avoid}}";

/// A note as an HTML block, inherited ones set apart.
fn note_html(cx: &Context<'_>, n: &Note<'_>) -> String {
    let class = if n.inherited {
        "note inherited"
    } else {
        "note"
    };
    format!(
        "<div class=\"{class}\">{}</div>",
        escape_html(&cx.note_line(n))
    )
}

fn html(out: &mut dyn Write, cx: &Context<'_>) -> io::Result<()> {
    let e = escape_html;
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Review of {} drafts</title><style>{STYLE}</style></head><body>",
        cx.drafts.len()
    )?;
    writeln!(out, "<h1>Review of {} drafts</h1>", cx.drafts.len())?;
    for line in cx.changed_lines() {
        writeln!(out, "<p class=\"notice\">{}</p>", e(&line))?;
    }
    for (pair, notes) in cx.pairs.iter().zip(&cx.notes) {
        let c = pair.comparison;
        let (old, new) = (&cx.drafts[pair.old], &cx.drafts[pair.new]);
        writeln!(
            out,
            "<h2>{} → {}</h2>",
            e(&cx.title(pair.old)),
            e(&cx.title(pair.new))
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
        if let Some(line) = c.substance_counts().line() {
            writeln!(out, "<p>Substance: {}</p>", e(&line))?;
        }
        let groups = super::substance::by_kind(old, new, c);
        if !groups.is_empty() {
            writeln!(out, "<h3>What changed in substance</h3>")?;
            for (kind, list) in groups {
                writeln!(
                    out,
                    "<h4>{}</h4><ul class=\"substance\">",
                    e(kind.heading())
                )?;
                for (labels, f) in list {
                    writeln!(out, "<li><b>{}</b> {}</li>", e(&labels), e(&f.describe()))?;
                }
                writeln!(out, "</ul>")?;
            }
        }
        writeln!(
            out,
            "<h3>Points by category and status</h3><table><tr><th>category</th>"
        )?;
        for s in Status::ALL {
            write!(out, "<th>{}</th>", s.name())?;
        }
        writeln!(out, "<th>removed (bar)</th></tr>")?;
        let table = category_table(&cx.taxonomy, notes, &c.rows);
        let rest = uncategorised(notes, &c.rows);
        let most_removed = table
            .iter()
            .map(|(_, n)| n[4])
            .chain([rest[4]])
            .max()
            .unwrap_or(0)
            .max(1);
        let labelled = table
            .iter()
            .map(|(id, counts)| (e(&cx.category_label(id)), *counts));
        for (label, counts) in labelled.chain([("<i>no category</i>".to_owned(), rest)]) {
            write!(out, "<tr><td>{label}</td>")?;
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
            for note in &n.old {
                write!(out, "{}", note_html(cx, note))?;
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
            if !r.substance.is_empty() {
                write!(out, "<ul class=\"substance\">")?;
                for f in &r.substance {
                    write!(out, "<li>{}</li>", e(&f.describe()))?;
                }
                write!(out, "</ul>")?;
            }
            for note in n.shown() {
                write!(out, "{}", note_html(cx, note))?;
            }
            writeln!(out, "</div>")?;
        }
    }
    if !cx.orphans.is_empty() {
        writeln!(
            out,
            "<h2>Orphaned annotations ({})</h2><ul>",
            cx.orphans.len()
        )?;
        for a in &cx.orphans {
            writeln!(
                out,
                "<li>point {} of {}: {} — {}</li>",
                e(&a.anchor.label),
                e(&cx.title(a.draft)),
                e(&a.anchor.quote),
                e(&cx.annotation_line(a))
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    if !cx.review.overrides.is_empty() {
        writeln!(
            out,
            "<h2>Alignment corrected by hand ({})</h2><ul>",
            cx.review.overrides.len()
        )?;
        for line in cx.correction_lines(e) {
            writeln!(out, "<li>{line}</li>")?;
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
    uncategorised: JsonCounts,
    rows: Vec<JsonRow<'a>>,
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

impl From<[usize; 6]> for JsonCounts {
    /// Counts in [`Status::ALL`] order.
    fn from([unchanged, changed, merged, split, removed, added]: [usize; 6]) -> Self {
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

/// A row as in `clausewise compare --format json`, with its annotations.
#[derive(Serialize)]
struct JsonRow<'a> {
    status: Status,
    moved: bool,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    similarity: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    weak: bool,
    diff: &'a [Span],
    substance: &'a [crate::compare::substance::Finding],
    annotations: &'a RowNotes<'a>,
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
                        label: cx.category_label(&id),
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
                    .map(|(r, n)| JsonRow {
                        status: r.status,
                        moved: r.moved,
                        old: super::labels(&cx.drafts[p.old], &r.old),
                        new: super::labels(&cx.drafts[p.new], &r.new),
                        similarity: r.similarity.map(|s| (s * 1000.0).round() / 1000.0),
                        evidence: r.evidence.map(|e| e.name()),
                        weak: r.weak,
                        diff: &r.diff,
                        substance: &r.substance,
                        annotations: n,
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
