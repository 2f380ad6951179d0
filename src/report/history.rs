//! Writing a history (every point through N drafts) as text, Markdown, HTML or JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::Format;
use crate::compare::history::{History, Lineage, Step, Tally};
use crate::draft::Draft;

/// Writes `history` of `drafts` to `out` in `format`.
pub fn write(
    out: &mut dyn Write,
    format: Format,
    drafts: &[Draft],
    history: &History,
) -> io::Result<()> {
    match format {
        Format::Text => text(out, drafts, history, &[]),
        Format::Markdown => markdown(out, drafts, history, &[]),
        Format::Html => html(out, drafts, history, &[]),
        Format::Json => json(out, drafts, history),
    }
}

/// Like [`write()`], with what a review says: in JSON each lineage's categories and
/// assessments; in the other formats a section "By category": per category, a table of its
/// points in each draft and the points each step removed, added and restored (with bars in
/// HTML).
pub fn write_with_notes(
    out: &mut dyn Write,
    format: Format,
    drafts: &[Draft],
    history: &History,
    notes: &[LineageNotes],
    taxonomy: &crate::review::Taxonomy,
) -> io::Result<()> {
    let by_category = category_counts(history, notes, taxonomy);
    match format {
        Format::Text => text(out, drafts, history, &by_category),
        Format::Markdown => markdown(out, drafts, history, &by_category),
        Format::Html => html(out, drafts, history, &by_category),
        Format::Json => write_json_with_notes(out, drafts, history, notes),
    }
}

pub use crate::review::session::{LineageNotes, category_counts, lineage_notes};

/// The rows of a category table: per draft its points, between drafts the step's removed,
/// added and restored points (`None` for the columns a row does not have).
fn tally_rows(t: &Tally) -> Vec<(String, [Option<usize>; 4])> {
    let mut rows = Vec::with_capacity(t.points.len() * 2);
    for (d, &points) in t.points.iter().enumerate() {
        if d > 0
            && let Some(step) = t.steps.get(d - 1)
        {
            rows.push((
                format!("D{} → D{}", d, d + 1),
                [
                    None,
                    Some(step.removed),
                    Some(step.added),
                    Some(step.restored),
                ],
            ));
        }
        rows.push((format!("D{}", d + 1), [Some(points), None, None, None]));
    }
    rows
}

/// The column heads of a category table.
const TALLY_HEADS: [&str; 4] = ["points", "removed", "added", "restored"];

/// A lineage's label in each draft (`None` where absent).
pub fn lineage_labels<'a, D: std::borrow::Borrow<Draft>>(
    drafts: &'a [D],
    lineage: &Lineage,
) -> Vec<Option<&'a str>> {
    lineage
        .points
        .iter()
        .enumerate()
        .map(|(d, p)| {
            p.and_then(|p| drafts[d].borrow().points.get(p))
                .map(|p| p.label.as_str())
        })
        .collect()
}

/// Each lineage's figures through the drafts in one line: "D1 6 · D3 4 — personnel: 600,000 ·
/// none · 800,000" (the lineage's labels, then the figure's value in each draft).
pub fn figure_lines<D: std::borrow::Borrow<Draft>>(drafts: &[D], h: &History) -> Vec<String> {
    super::substance::figure_tracks(drafts, h)
        .iter()
        .map(|t| {
            let labels: Vec<String> = lineage_labels(drafts, &h.lineages[t.lineage])
                .iter()
                .enumerate()
                .filter_map(|(d, l)| l.map(|l| format!("D{} {l}", d + 1)))
                .collect();
            format!(
                "{} — {}",
                labels.join(" · "),
                super::substance::track_line(t)
            )
        })
        .collect()
}

/// The (step, lineage) pairs aligned by hand ([`History::by_hand_steps`]).
type ByHand = rustc_hash::FxHashSet<(usize, usize)>;

/// A one-character mark for a step, for compact tables.
pub fn step_mark(step: Option<Step>) -> &'static str {
    match step {
        None => " ",
        Some(Step::Unchanged) => "=",
        Some(Step::Moved) => ">",
        Some(Step::Changed) => "~",
        Some(Step::Merged) => "M",
        Some(Step::Split) => "S",
        Some(Step::Removed) => "-",
        Some(Step::Added) => "+",
        Some(Step::Restored) => "R",
    }
}

/// The answers a reader asks of a history, one line per step and one for points reworded at
/// every step: which points were removed (numbered as in the draft before), added and
/// restored (numbered as in the draft after; a restored point with the draft and number it
/// last had before it was removed). Points reworded at every step they were kept through
/// are named by the draft they first appear in.
pub fn findings<D: std::borrow::Borrow<Draft>>(drafts: &[D], h: &History) -> Vec<String> {
    let drafts: Vec<&Draft> = drafts.iter().map(std::borrow::Borrow::borrow).collect();
    let label = |d: usize, p: usize| -> &str {
        drafts
            .get(d)
            .and_then(|draft| draft.points.get(p))
            .map_or("?", |p| p.label.as_str())
    };
    let restorations = h.restorations();
    let mut lines = Vec::new();
    for s in 0..h.steps.len() {
        // Distinct points of draft `side` whose lineage had step `want`, in draft order.
        let pick = |want: Step, side: usize| -> Vec<&str> {
            let mut points: Vec<usize> = h
                .lineages
                .iter()
                .filter(|l| l.steps[s] == Some(want))
                .filter_map(|l| l.points[side])
                .collect();
            points.sort_unstable();
            points.dedup();
            points.into_iter().map(|p| label(side, p)).collect()
        };
        let mut parts = Vec::new();
        for (what, side, list) in [
            ("removed", s, pick(Step::Removed, s)),
            ("added", s + 1, pick(Step::Added, s + 1)),
        ] {
            if !list.is_empty() {
                parts.push(format!(
                    "{} {what} (D{} {})",
                    list.len(),
                    side + 1,
                    list.join(", ")
                ));
            }
        }
        let back: Vec<String> = restorations
            .iter()
            .filter(|r| r.step == s)
            .map(|r| {
                format!(
                    "{} from D{} {}",
                    label(r.to.draft, r.to.point),
                    r.from.draft + 1,
                    label(r.from.draft, r.from.point)
                )
            })
            .collect();
        if !back.is_empty() {
            parts.push(format!(
                "{} restored (D{} {})",
                back.len(),
                s + 2,
                back.join(", ")
            ));
        }
        let by_hand: Vec<String> = h.steps[s]
            .rows
            .iter()
            .filter(|row| row.evidence == Some(crate::compare::Evidence::ByHand))
            .map(|row| {
                let side = |d: usize, points: &[usize]| -> String {
                    let list: Vec<&str> = points.iter().map(|&p| label(d, p)).collect();
                    list.join(" + ")
                };
                format!(
                    "D{} {} → D{} {}",
                    s + 1,
                    side(s, &row.old),
                    s + 2,
                    side(s + 1, &row.new)
                )
            })
            .collect();
        if parts.is_empty() {
            parts.push("nothing removed or added".to_owned());
        }
        if !by_hand.is_empty() {
            parts.push(format!(
                "{} aligned by hand ({})",
                by_hand.len(),
                by_hand.join(", ")
            ));
        }
        if h.steps[s].other_languages {
            parts.push(crate::compare::OTHER_LANGUAGES.to_owned());
        }
        lines.push(format!("D{} → D{}: {}", s + 1, s + 2, parts.join("; ")));
    }
    let mut every: Vec<(usize, usize)> = h
        .lineages
        .iter()
        .filter(|l| l.changed_at_every_step())
        .filter_map(|l| l.first_point().map(|r| (r.draft, r.point)))
        .collect();
    every.sort_unstable();
    every.dedup();
    if !every.is_empty() {
        let mut groups: Vec<String> = Vec::new();
        let mut d_prev = None;
        for &(d, p) in &every {
            if d_prev == Some(d) {
                if let Some(last) = groups.last_mut() {
                    last.push_str(", ");
                    last.push_str(label(d, p));
                }
            } else {
                groups.push(format!("D{} {}", d + 1, label(d, p)));
                d_prev = Some(d);
            }
        }
        lines.push(format!(
            "reworded at every step: {} ({})",
            every.len(),
            groups.join("; ")
        ));
    }
    lines
}

fn text(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_category: &[(String, Tally)],
) -> io::Result<()> {
    for (d, draft) in drafts.iter().enumerate() {
        writeln!(
            out,
            "D{}: {} ({} points)",
            d + 1,
            draft.display_title(),
            draft.point_count()
        )?;
    }
    writeln!(out)?;
    for line in findings(drafts, h) {
        writeln!(out, "{line}")?;
    }
    let figures = figure_lines(drafts, h);
    if !figures.is_empty() {
        writeln!(out, "\nFigures through the drafts:")?;
        for line in &figures {
            writeln!(out, "  {line}")?;
        }
    }
    let back = h.restored(drafts);
    if !back.is_empty() {
        writeln!(out, "\nRestored (from the last version before removal):")?;
        for r in &back {
            writeln!(out, "  {} (was {}):", r.to, r.from)?;
            for line in super::text::wdiff(&r.diff.spans, false).lines() {
                writeln!(out, "    {line}")?;
            }
        }
    }
    if !by_category.is_empty() {
        writeln!(
            out,
            "\nBy category (points in each draft; points each step removed, added, restored):"
        )?;
        for (label, tally) in by_category {
            writeln!(out, "\n  {label}")?;
            text_tally(out, tally)?;
        }
    }
    let by_hand = h.by_hand_steps();
    writeln!(
        out,
        "\n= unchanged  > moved  ~ changed  M merged  S split  - removed  + added  R restored{}\n",
        if by_hand.is_empty() {
            ""
        } else {
            "  † by hand"
        }
    )?;
    text_matrix(out, drafts, h, &by_hand)
}

/// A category's table in text: its rows named, its columns right-aligned.
fn text_tally(out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
    let rows = tally_rows(tally);
    let first = rows
        .iter()
        .map(|(name, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    let mut head = format!("  {:first$}", "");
    for h in TALLY_HEADS {
        head.push_str(&format!("  {h:>8}"));
    }
    writeln!(out, "{}", head.trim_end())?;
    for (name, cells) in rows {
        let mut line = format!("  {name:first$}");
        for c in cells {
            match c {
                Some(n) => line.push_str(&format!("  {n:>8}")),
                None => line.push_str(&format!("  {:>8}", "")),
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Every lineage in text, one line each: its label in each draft, the step's mark between.
fn text_matrix(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_hand: &ByHand,
) -> io::Result<()> {
    let width = drafts
        .iter()
        .flat_map(|d| d.points.iter().map(|p| p.label.chars().count()))
        .max()
        .unwrap_or(1)
        .max(2);
    let header: Vec<String> = (1..=drafts.len())
        .map(|d| format!("{:>width$}", format!("D{d}")))
        .collect();
    writeln!(out, "{}", header.join("   "))?;
    for (k, l) in h.lineages.iter().enumerate() {
        let labels = lineage_labels(drafts, l);
        let mut line = String::new();
        for (d, label) in labels.iter().enumerate() {
            if d > 0 {
                let hand = if by_hand.contains(&(d - 1, k)) {
                    '†'
                } else {
                    ' '
                };
                line.push_str(&format!("{hand}{} ", step_mark(l.steps[d - 1])));
            }
            line.push_str(&format!("{:>width$}", label.unwrap_or("·")));
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn markdown(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_category: &[(String, Tally)],
) -> io::Result<()> {
    use super::markdown::escape_line as escape;
    writeln!(out, "# History of {} drafts\n", drafts.len())?;
    for (d, draft) in drafts.iter().enumerate() {
        writeln!(
            out,
            "{}. {} ({} points)",
            d + 1,
            escape(draft.display_title()),
            draft.point_count()
        )?;
    }
    writeln!(out, "\n## At a glance\n")?;
    for line in findings(drafts, h) {
        writeln!(out, "- {}", escape(&line))?;
    }
    let figures = figure_lines(drafts, h);
    if !figures.is_empty() {
        writeln!(out, "\n## Figures through the drafts\n")?;
        for line in &figures {
            writeln!(out, "- {}", escape(line))?;
        }
    }
    let back = h.restored(drafts);
    if !back.is_empty() {
        writeln!(
            out,
            "\n## Restored points\n\nEach compared with its last version before it was removed."
        )?;
        for r in &back {
            writeln!(
                out,
                "\n**{}** (was {})\n\n{}",
                escape(&r.to),
                escape(&r.from),
                super::markdown::quote(&super::markdown::diff(&r.diff.spans, false))
            )?;
        }
    }
    if !by_category.is_empty() {
        writeln!(out, "\n## By category\n")?;
        writeln!(
            out,
            "Points in each draft; points each step removed, added and restored."
        )?;
        for (label, tally) in by_category {
            writeln!(out, "\n### {}\n", escape(label))?;
            markdown_tally(out, tally)?;
        }
    }
    writeln!(out, "\n## Every point through the drafts\n")?;
    markdown_matrix(out, drafts, h, &h.by_hand_steps())
}

/// A category's table in Markdown.
fn markdown_tally(out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
    use super::markdown::{counts_head, escape_line, table_row};
    writeln!(out, "{}", counts_head("", TALLY_HEADS))?;
    for (name, cells) in tally_rows(tally) {
        let cells = cells
            .iter()
            .map(|c| c.map_or_else(String::new, |n| n.to_string()));
        let row = std::iter::once(escape_line(&name)).chain(cells);
        writeln!(out, "{}", table_row(row))?;
    }
    Ok(())
}

/// Every lineage as a Markdown table: its label in each draft, the step's name between.
fn markdown_matrix(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_hand: &ByHand,
) -> io::Result<()> {
    use super::markdown::{Align, escape_line, table_head, table_row};
    let heads: Vec<String> = (1..=drafts.len()).map(|d| format!("D{d}")).collect();
    let mut columns = Vec::with_capacity(heads.len() * 2);
    for (d, head) in heads.iter().enumerate() {
        if d > 0 {
            columns.push(("step", Align::Left));
        }
        columns.push((head.as_str(), Align::Right));
    }
    writeln!(out, "{}", table_head(&columns))?;
    for (k, l) in h.lineages.iter().enumerate() {
        let mut cells = Vec::with_capacity(columns.len());
        for (d, label) in lineage_labels(drafts, l).iter().enumerate() {
            if d > 0 {
                let name = l.steps[d - 1].map_or("", Step::name);
                cells.push(if by_hand.contains(&(d - 1, k)) {
                    format!("{name} by hand")
                } else {
                    name.to_owned()
                });
            }
            cells.push(label.map_or_else(|| "—".to_owned(), escape_line));
        }
        writeln!(out, "{}", table_row(cells))?;
    }
    Ok(())
}

/// The colour of a step in HTML.
fn html_colour(step: Option<Step>) -> &'static str {
    match step {
        Some(Step::Removed) => "#b00020",
        Some(Step::Added) => "#1b7f3a",
        Some(Step::Restored) => "#006e96",
        Some(Step::Changed) => "#946000",
        Some(Step::Merged | Step::Split) => "#6e28aa",
        _ => "#555",
    }
}

fn html(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_category: &[(String, Tally)],
) -> io::Result<()> {
    use super::html::escape as e;
    let title = format!("History of {} drafts", drafts.len());
    super::html::page_start(out, &title)?;
    writeln!(out, "<ol>")?;
    for d in drafts {
        writeln!(
            out,
            "<li>{} ({} points)</li>",
            e(d.display_title()),
            d.point_count()
        )?;
    }
    writeln!(out, "</ol><h2>At a glance</h2><ul>")?;
    for line in findings(drafts, h) {
        writeln!(out, "<li>{}</li>", e(&line))?;
    }
    writeln!(out, "</ul>")?;
    let figures = figure_lines(drafts, h);
    if !figures.is_empty() {
        writeln!(out, "<h2>Figures through the drafts</h2><ul>")?;
        for line in &figures {
            writeln!(out, "<li>{}</li>", e(line))?;
        }
        writeln!(out, "</ul>")?;
    }
    let back = h.restored(drafts);
    if !back.is_empty() {
        writeln!(
            out,
            "<h2>Restored points</h2><p>Each compared with its last version before it was removed.</p>"
        )?;
        for r in &back {
            writeln!(
                out,
                "<p><b>{}</b> (was {})</p><blockquote>{}</blockquote>",
                e(&r.to),
                e(&r.from),
                super::html::diff(&r.diff.spans, false)
            )?;
        }
    }
    if !by_category.is_empty() {
        writeln!(
            out,
            "<h2>By category</h2><p>Points in each draft; points each step removed, added and restored.</p>"
        )?;
        for (label, tally) in by_category {
            write!(out, "<h3>{}</h3>", e(label))?;
            html_tally(out, tally)?;
        }
    }
    html_matrix(out, drafts, h, &h.by_hand_steps())?;
    super::html::page_end(out)
}

/// A category's table in HTML, each count with a bar in its column's colour.
fn html_tally(out: &mut dyn Write, tally: &Tally) -> io::Result<()> {
    let colours = [
        html_colour(None),
        html_colour(Some(Step::Removed)),
        html_colour(Some(Step::Added)),
        html_colour(Some(Step::Restored)),
    ];
    let rows = tally_rows(tally);
    let max = rows
        .iter()
        .flat_map(|(_, cells)| cells.iter().flatten())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    writeln!(
        out,
        "<table><tr><th></th>{}</tr>",
        super::html::head_cells(TALLY_HEADS)
    )?;
    for (name, cells) in rows {
        write!(out, "<tr><th>{}</th>", super::html::escape(&name))?;
        for (c, colour) in cells.iter().zip(colours) {
            match c {
                Some(n) => write!(
                    out,
                    "<td class=\"bars\">{n}<span class=\"bar\" style=\"width:{:.2}em;background:{colour}\"></span></td>",
                    8.0 * *n as f64 / max as f64
                )?,
                None => write!(out, "<td></td>")?,
            }
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</table>")
}

/// Every lineage as an HTML table, each cell in the colour of the step that led to it.
fn html_matrix(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_hand: &ByHand,
) -> io::Result<()> {
    use super::html::escape as e;
    writeln!(
        out,
        "<p>= unchanged, &gt; moved, ~ changed, M merged, S split, - removed, + added, R restored{}</p><table><tr>",
        if by_hand.is_empty() {
            ""
        } else {
            ", † by hand"
        }
    )?;
    let heads: Vec<String> = (1..=drafts.len()).map(|d| format!("D{d}")).collect();
    writeln!(out, "{}</tr>", super::html::head_cells(heads))?;
    for (k, l) in h.lineages.iter().enumerate() {
        write!(out, "<tr>")?;
        for (d, label) in lineage_labels(drafts, l).iter().enumerate() {
            let step = d.checked_sub(1).and_then(|s| l.steps[s]);
            let hand = d > 0 && by_hand.contains(&(d - 1, k));
            let mark = match (d, hand) {
                (0, _) => String::new(),
                (_, true) => format!("†{}", step_mark(step)),
                (_, false) => step_mark(step).to_owned(),
            };
            let title = format!(
                "{}{}",
                step.map_or("", Step::name),
                if hand { ", by hand" } else { "" }
            );
            write!(
                out,
                "<td style=\"color:{}\" title=\"{title}\">{} {}</td>",
                html_colour(step),
                e(&mark),
                e(label.unwrap_or("·"))
            )?;
        }
        writeln!(out, "</tr>")?;
    }
    write!(out, "</table>")
}

/// Where a restored step comes back from: a draft (index into `drafts`) and the label the
/// point had there.
#[derive(Serialize)]
struct FromOut<'a> {
    draft: usize,
    label: &'a str,
}

#[derive(Serialize)]
struct LineageOut<'a> {
    labels: Vec<Option<&'a str>>,
    steps: Vec<Option<Step>>,
    /// Only for lineages with a restored step: per step, where it comes back from.
    #[serde(skip_serializing_if = "Option::is_none")]
    restored_from: Option<Vec<Option<FromOut<'a>>>>,
    /// Only for lineages with a step aligned by hand: per step, whether it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    by_hand: Option<Vec<bool>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    categories: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessments: Option<&'a [String]>,
    /// Figures whose value changed along the lineage: what is counted and, per draft, the
    /// value (null where absent).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    figures: Vec<FigureOut>,
}

#[derive(Serialize)]
struct FigureOut {
    what: String,
    values: Vec<Option<String>>,
}

/// Writes the history as JSON with each lineage's categories and assessments from a review.
pub fn write_json_with_notes(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    notes: &[LineageNotes],
) -> io::Result<()> {
    json_doc(out, drafts, h, Some(notes))
}

fn json(out: &mut dyn Write, drafts: &[Draft], h: &History) -> io::Result<()> {
    json_doc(out, drafts, h, None)
}

fn json_doc(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    notes: Option<&[LineageNotes]>,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        drafts: Vec<super::json::DraftInfo<'a>>,
        lineages: Vec<LineageOut<'a>>,
    }
    let mut tracks: Vec<Vec<FigureOut>> = h.lineages.iter().map(|_| Vec::new()).collect();
    for t in super::substance::figure_tracks(drafts, h) {
        if let Some(list) = tracks.get_mut(t.lineage) {
            list.push(FigureOut {
                what: t.what,
                values: t.values,
            });
        }
    }
    let mut tracks = tracks.into_iter();
    let hand = h.by_hand_steps();
    let doc = Doc {
        drafts: drafts.iter().map(super::json::info).collect(),
        lineages: h
            .lineages
            .iter()
            .enumerate()
            .map(|(k, l)| LineageOut {
                labels: lineage_labels(drafts, l),
                steps: l.steps.clone(),
                by_hand: (0..l.steps.len())
                    .any(|s| hand.contains(&(s, k)))
                    .then(|| (0..l.steps.len()).map(|s| hand.contains(&(s, k))).collect()),
                restored_from: l.steps.contains(&Some(Step::Restored)).then(|| {
                    (0..l.steps.len())
                        .map(|s| {
                            let from = l.restored_from(s)?;
                            Some(FromOut {
                                draft: from.draft,
                                label: drafts
                                    .get(from.draft)?
                                    .points
                                    .get(from.point)?
                                    .label
                                    .as_str(),
                            })
                        })
                        .collect()
                }),
                categories: notes
                    .and_then(|n| n.get(k))
                    .map(|n| n.categories.as_slice()),
                assessments: notes
                    .and_then(|n| n.get(k))
                    .map(|n| n.assessments.as_slice()),
                figures: tracks.next().unwrap_or_default(),
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &doc)?;
    writeln!(out)
}
