//! Writing a history (every point through N drafts) as text, Markdown or JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::Format;
use crate::compare::history::{History, Lineage, Step};
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

/// Like [`write`], with what a review says: in JSON each lineage's categories and
/// assessments; in the other formats a section "By category" (points in each draft, and what
/// each step removed and added).
pub fn write_with_notes(
    out: &mut dyn Write,
    format: Format,
    drafts: &[Draft],
    history: &History,
    notes: &[LineageNotes],
    taxonomy: &crate::review::Taxonomy,
) -> io::Result<()> {
    let by_category = category_lines(history, notes, taxonomy);
    match format {
        Format::Text => text(out, drafts, history, &by_category),
        Format::Markdown => markdown(out, drafts, history, &by_category),
        Format::Html => html(out, drafts, history, &by_category),
        Format::Json => write_json_with_notes(out, drafts, history, notes),
    }
}

/// Per category (by label): "D1 3 · D2 1 · D1→D2 −2 +0": its points in each draft and what
/// each step removed and added.
pub fn category_lines(
    h: &History,
    notes: &[LineageNotes],
    taxonomy: &crate::review::Taxonomy,
) -> Vec<(String, String)> {
    let mut ids: Vec<&String> = notes.iter().flat_map(|n| n.categories.iter()).collect();
    ids.sort();
    ids.dedup();
    let drafts = h.lineages.first().map_or(0, |l| l.points.len());
    ids.into_iter()
        .map(|id| {
            let with: Vec<&Lineage> = h
                .lineages
                .iter()
                .zip(notes)
                .filter(|(_, n)| n.categories.contains(id))
                .map(|(l, _)| l)
                .collect();
            let mut parts: Vec<String> = (0..drafts)
                .map(|d| {
                    format!(
                        "D{} {}",
                        d + 1,
                        with.iter().filter(|l| l.points[d].is_some()).count()
                    )
                })
                .collect();
            for s in 0..h.steps.len() {
                let count = |want: Step| with.iter().filter(|l| l.steps[s] == Some(want)).count();
                parts.push(format!(
                    "D{}→D{} −{} +{} restored {}",
                    s + 1,
                    s + 2,
                    count(Step::Removed),
                    count(Step::Added),
                    count(Step::Restored)
                ));
            }
            let label = taxonomy
                .get(id)
                .map_or_else(|| id.clone(), |c| c.label.clone());
            (label, parts.join(" · "))
        })
        .collect()
}

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

/// The answers a reader asks of a history, one line per step and one for points changed at
/// every step: which points were removed (numbered as in the draft before), added and restored
/// (numbered as in the draft after).
pub fn findings<D: std::borrow::Borrow<Draft>>(drafts: &[D], h: &History) -> Vec<String> {
    let drafts: Vec<&Draft> = drafts.iter().map(std::borrow::Borrow::borrow).collect();
    let drafts = drafts.as_slice();
    let mut lines = Vec::new();
    for s in 0..h.steps.len() {
        let pick = |want: Step, side: usize| -> Vec<&str> {
            let mut labels: Vec<&str> = h
                .lineages
                .iter()
                .filter(|l| l.steps[s] == Some(want))
                .filter_map(|l| lineage_labels(drafts, l)[side])
                .collect();
            labels.dedup();
            labels
        };
        let mut parts = Vec::new();
        for (what, side, list) in [
            ("removed", s, pick(Step::Removed, s)),
            ("added", s + 1, pick(Step::Added, s + 1)),
            ("restored", s + 1, pick(Step::Restored, s + 1)),
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
        if parts.is_empty() {
            parts.push("nothing removed or added".to_owned());
        }
        lines.push(format!("D{} → D{}: {}", s + 1, s + 2, parts.join("; ")));
    }
    let mut every: Vec<&str> = h
        .lineages
        .iter()
        .filter(|l| l.changed_at_every_step() && l.steps.iter().flatten().count() > 1)
        .filter_map(|l| lineage_labels(drafts, l).into_iter().flatten().next())
        .collect();
    every.dedup();
    if !every.is_empty() {
        lines.push(format!(
            "reworded at every step: {} (D1 {})",
            every.len(),
            every.join(", ")
        ));
    }
    lines
}

fn text(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_category: &[(String, String)],
) -> io::Result<()> {
    for (d, draft) in drafts.iter().enumerate() {
        writeln!(
            out,
            "D{}: {} ({} points)",
            d + 1,
            draft.display_title(),
            draft.points.len()
        )?;
    }
    writeln!(out)?;
    for line in findings(drafts, h) {
        writeln!(out, "{line}")?;
    }
    if !by_category.is_empty() {
        writeln!(out, "\nBy category:")?;
        for (label, counts) in by_category {
            writeln!(out, "  {label}: {counts}")?;
        }
    }
    writeln!(
        out,
        "\n= unchanged  > moved  ~ changed  M merged  S split  - removed  + added  R restored\n"
    )?;
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
    for l in &h.lineages {
        let labels = lineage_labels(drafts, l);
        let mut line = String::new();
        for (d, label) in labels.iter().enumerate() {
            if d > 0 {
                line.push_str(&format!(" {} ", step_mark(l.steps[d - 1])));
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
    by_category: &[(String, String)],
) -> io::Result<()> {
    use super::markdown::escape;
    writeln!(out, "# History of {} drafts\n", drafts.len())?;
    for (d, draft) in drafts.iter().enumerate() {
        writeln!(
            out,
            "{}. {} ({} points)",
            d + 1,
            escape(draft.display_title()),
            draft.points.len()
        )?;
    }
    writeln!(out, "\n## At a glance\n")?;
    for line in findings(drafts, h) {
        writeln!(out, "- {}", escape(&line))?;
    }
    if !by_category.is_empty() {
        writeln!(out, "\n## By category\n")?;
        for (label, counts) in by_category {
            writeln!(out, "- **{}**: {}", escape(label), escape(counts))?;
        }
    }
    writeln!(out, "\n## Every point through the drafts\n")?;
    let mut head = String::from("|");
    let mut rule = String::from("|");
    for d in 0..drafts.len() {
        if d > 0 {
            head.push_str(" step |");
            rule.push_str(" --- |");
        }
        head.push_str(&format!(" D{} |", d + 1));
        rule.push_str(" ---: |");
    }
    writeln!(out, "{head}\n{rule}")?;
    for l in &h.lineages {
        let mut row = String::from("|");
        for (d, label) in lineage_labels(drafts, l).iter().enumerate() {
            if d > 0 {
                row.push_str(&format!(" {} |", l.steps[d - 1].map_or("", Step::name)));
            }
            row.push_str(&format!(
                " {} |",
                label.map_or_else(|| "—".to_owned(), escape)
            ));
        }
        writeln!(out, "{row}")?;
    }
    Ok(())
}

fn html(
    out: &mut dyn Write,
    drafts: &[Draft],
    h: &History,
    by_category: &[(String, String)],
) -> io::Result<()> {
    use super::review::escape_html as e;
    let colour = |step: Option<Step>| match step {
        Some(Step::Removed) => "#b00020",
        Some(Step::Added) => "#1b7f3a",
        Some(Step::Restored) => "#006e96",
        Some(Step::Changed) => "#946000",
        Some(Step::Merged | Step::Split) => "#6e28aa",
        _ => "#555",
    };
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>History of {} drafts</title><style>\
         body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}}\
         table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.15rem .6rem;text-align:right}}</style></head><body>",
        drafts.len()
    )?;
    writeln!(out, "<h1>History of {} drafts</h1><ol>", drafts.len())?;
    for d in drafts {
        writeln!(
            out,
            "<li>{} ({} points)</li>",
            e(d.display_title()),
            d.points.len()
        )?;
    }
    writeln!(out, "</ol><h2>At a glance</h2><ul>")?;
    for line in findings(drafts, h) {
        writeln!(out, "<li>{}</li>", e(&line))?;
    }
    if !by_category.is_empty() {
        writeln!(out, "</ul><h2>By category</h2><ul>")?;
        for (label, counts) in by_category {
            writeln!(out, "<li><b>{}</b>: {}</li>", e(label), e(counts))?;
        }
    }
    writeln!(
        out,
        "</ul><p>= unchanged, &gt; moved, ~ changed, M merged, S split, - removed, + added, R restored</p><table><tr>"
    )?;
    for d in 0..drafts.len() {
        write!(out, "<th>D{}</th>", d + 1)?;
    }
    writeln!(out, "</tr>")?;
    for l in &h.lineages {
        write!(out, "<tr>")?;
        for (d, label) in lineage_labels(drafts, l).iter().enumerate() {
            let step = d.checked_sub(1).and_then(|s| l.steps[s]);
            let mark = if d == 0 { "" } else { step_mark(step) };
            let title = step.map_or("", Step::name);
            write!(
                out,
                "<td style=\"color:{}\" title=\"{title}\">{} {}</td>",
                colour(step),
                e(mark),
                e(label.unwrap_or("·"))
            )?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</table></body></html>")
}

#[derive(Serialize)]
struct DraftOut<'a> {
    path: Option<String>,
    title: &'a str,
    point_count: usize,
}

#[derive(Serialize)]
struct LineageOut<'a> {
    labels: Vec<Option<&'a str>>,
    steps: Vec<Option<Step>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    categories: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessments: Option<&'a [String]>,
}

/// What a review says of a lineage: the categories and assessments of all its points.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineageNotes {
    /// Category ids, sorted, without repeats.
    pub categories: Vec<String>,
    /// Assessments, in draft order, without repeats.
    pub assessments: Vec<String>,
}

/// The notes of every lineage of `h`: `annotations_at(draft, point)` lists the annotations
/// placed on a point.
pub fn lineage_notes<'a>(
    h: &History,
    annotations_at: impl Fn(usize, usize) -> Vec<&'a crate::review::Annotation>,
) -> Vec<LineageNotes> {
    h.lineages
        .iter()
        .map(|l| {
            let mut notes = LineageNotes::default();
            for (d, p) in l.points.iter().enumerate() {
                let Some(p) = p else { continue };
                for a in annotations_at(d, *p) {
                    notes.categories.extend(a.categories.iter().cloned());
                    if let Some(v) = &a.assessment
                        && !notes.assessments.contains(v)
                    {
                        notes.assessments.push(v.clone());
                    }
                }
            }
            notes.categories.sort();
            notes.categories.dedup();
            notes
        })
        .collect()
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
        drafts: Vec<DraftOut<'a>>,
        lineages: Vec<LineageOut<'a>>,
    }
    let doc = Doc {
        drafts: drafts
            .iter()
            .map(|d| DraftOut {
                path: d.path.as_ref().map(|p| p.display().to_string()),
                title: &d.title,
                point_count: d.points.len(),
            })
            .collect(),
        lineages: h
            .lineages
            .iter()
            .enumerate()
            .map(|(k, l)| LineageOut {
                labels: lineage_labels(drafts, l),
                steps: l.steps.clone(),
                categories: notes
                    .and_then(|n| n.get(k))
                    .map(|n| n.categories.as_slice()),
                assessments: notes
                    .and_then(|n| n.get(k))
                    .map(|n| n.assessments.as_slice()),
            })
            .collect(),
    };
    serde_json::to_writer(&mut *out, &doc)?;
    writeln!(out)
}
