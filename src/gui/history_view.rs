//! The history view: every point followed through all the open drafts, one row per point (a
//! lineage), one column per draft; and the whole history of one point, step by step.

use egui::{Button, RichText, ScrollArea, Sense, vec2};

use super::app::{HistoryView, Workspace};
use super::command::Command;
use super::inline::inline_job;
use super::model::{HistorySort, PreparedHistory};
use super::palette::Palette;
use super::settings::Settings;
use crate::compare::history::Step;
use crate::report::history::step_mark;

/// The mark of a step that rests on a correction made by hand (after the step's own mark).
const BY_HAND_MARK: &str = "†";

/// Every step, for the legend.
const STEPS: [Step; 8] = [
    Step::Unchanged,
    Step::Moved,
    Step::Changed,
    Step::Merged,
    Step::Split,
    Step::Removed,
    Step::Added,
    Step::Restored,
];

/// The matrix of lineages with the findings, a chart and the sort order above it.
pub fn history_ui(
    ui: &mut egui::Ui,
    hist: &HistoryView,
    workspace: &Workspace,
    settings: &Settings,
    commands: &mut Vec<Command>,
) {
    let Some(h) = hist.history.clone() else {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            if workspace.drafts.len() < 2 {
                ui.heading("Open two or more drafts to follow their points");
            } else {
                ui.add(egui::Spinner::new().size(32.0));
                ui.label(format!(
                    "Following every point through {} drafts…",
                    workspace.drafts.len()
                ));
            }
        });
        return;
    };
    let palette = Palette::new(ui.visuals(), settings.font_size());
    ui.heading(format!("History of {} drafts", h.drafts.len()));
    for (d, draft) in h.drafts.iter().enumerate() {
        let name = workspace.name_of(h.ids[d]);
        ui.label(format!(
            "D{}: {name} — {} ({} points)",
            d + 1,
            draft.display_title(),
            draft.point_count()
        ));
    }
    ui.add_space(4.0);
    for line in &h.findings {
        ui.label(RichText::new(line).strong());
    }
    ui.add_space(4.0);
    chart_ui(ui, &h, &palette);
    category_counts_ui(ui, hist, &palette);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Sort points by");
        let current = settings.history_sort;
        egui::ComboBox::from_id_salt("clausewise-history-sort")
            .selected_text(current.name())
            .show_ui(ui, |ui| {
                for sort in HistorySort::ALL {
                    if ui.selectable_label(sort == current, sort.name()).clicked() {
                        commands.push(Command::SortHistory(sort));
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        for step in STEPS {
            ui.label(
                RichText::new(format!("{} {}", step_mark(Some(step)), step.name()))
                    .color(palette.step_color(Some(step))),
            );
        }
        ui.label(format!("{BY_HAND_MARK} paired by hand"));
    });
    ui.label(
        RichText::new("Click a point's first cell to read its whole history below; click a later cell to see that step side by side.")
            .small()
            .weak(),
    );
    ui.separator();
    matrix_ui(ui, (hist, workspace), &h, &palette, commands);
}

/// Per category of the review: points in each draft, and how many each step removed and
/// added.
fn category_counts_ui(ui: &mut egui::Ui, hist: &HistoryView, palette: &Palette) {
    if hist.history_category_tallies.is_empty() {
        return;
    }
    egui::CollapsingHeader::new("By category (from the review)")
        .default_open(false)
        .show(ui, |ui| {
            for (label, tally) in &hist.history_category_tallies {
                let mut parts: Vec<String> = tally
                    .points
                    .iter()
                    .enumerate()
                    .map(|(d, n)| format!("D{} {n}", d + 1))
                    .collect();
                for (s, step) in tally.steps.iter().enumerate() {
                    parts.push(format!(
                        "D{}→D{} −{} +{} restored {}",
                        s + 1,
                        s + 2,
                        step.removed,
                        step.added,
                        step.restored
                    ));
                }
                ui.label(RichText::new(format!("{label}: {}", parts.join(" · "))).strong());
                let steps: Vec<[usize; 3]> = tally
                    .steps
                    .iter()
                    .map(|s| [s.removed, s.added, s.restored])
                    .collect();
                bars_ui(ui, &tally.points, &steps, palette, 40.0);
            }
        });
}

/// One row per lineage; only the rows in sight are drawn.
fn matrix_ui(
    ui: &mut egui::Ui,
    (hist, workspace): (&HistoryView, &Workspace),
    h: &PreparedHistory,
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let columns = h.drafts.len();
    let cell = ((ui.available_width() - 16.0) / columns as f32).clamp(56.0, 110.0);
    ui.horizontal(|ui| {
        for d in 0..columns {
            ui.add_sized(
                vec2(cell, 18.0),
                egui::Label::new(RichText::new(format!("D{}", d + 1)).strong()),
            )
            .on_hover_text(workspace.name_of(h.ids[d]));
        }
    });
    let row_height = ui.spacing().interact_size.y.max(palette.font.size + 8.0);
    let order = &hist.history_order;
    ScrollArea::vertical()
        .id_salt("clausewise-history-rows")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, order.len(), |ui, range| {
            for &l in &order[range] {
                ui.horizontal(|ui| {
                    lineage_row_ui(ui, (hist, workspace), h, (l, cell), palette, commands)
                });
            }
        });
}

fn lineage_row_ui(
    ui: &mut egui::Ui,
    (hist, workspace): (&HistoryView, &Workspace),
    h: &PreparedHistory,
    (l, cell): (usize, f32),
    palette: &Palette,
    commands: &mut Vec<Command>,
) {
    let lineage = &h.history.lineages[l];
    for d in 0..h.drafts.len() {
        let label = h.labels[l][d].as_deref().unwrap_or("·");
        let step = d.checked_sub(1).and_then(|s| lineage.steps[s]);
        // A step made by hand (a reader's correction) says so.
        let by_hand = d > 0 && h.by_hand.contains(&(d - 1, l));
        let text = if d == 0 {
            label.to_owned()
        } else if by_hand {
            format!("{} {label} {BY_HAND_MARK}", step_mark(step))
        } else {
            format!("{} {label}", step_mark(step))
        };
        let selected = hist.selected_lineage == Some(l) && d == lineage.first_draft();
        let button = Button::new(RichText::new(&text).color(palette.step_color(step)))
            .min_size(vec2(cell, 0.0))
            .selected(selected);
        let enabled = d == 0 || step.is_some();
        let response = ui.add_enabled(enabled, button);
        let name = workspace.name_of(h.ids[d]);
        let hover = match step {
            Some(step) if d > 0 => format!(
                "D{} {name}: point {label}, {}{}; click to see this step side by side",
                d + 1,
                step.name(),
                if by_hand { " by hand" } else { "" }
            ),
            _ => format!(
                "D{} {name}: point {label}; click to read its whole history",
                d + 1
            ),
        };
        if response.on_hover_text(hover).clicked() {
            commands.push(if d == 0 {
                Command::SelectLineage(Some(l))
            } else {
                Command::OpenStep {
                    step: d - 1,
                    lineage: l,
                }
            });
        }
    }
    if let Some(categories) = hist.history_categories.get(l).filter(|c| !c.is_empty()) {
        ui.label(RichText::new(categories.join(", ")).small().weak());
    }
    if d0_absent(lineage.points.first()) {
        // Points first seen in a later draft open their history from the first cell that
        // has them: offer it at the end of the row.
        if ui
            .small_button("History")
            .on_hover_text("Read this point's whole history")
            .clicked()
        {
            commands.push(Command::SelectLineage(Some(l)));
        }
    }
}

/// The whole history of the selected point: its text where it first appears, then each
/// step with its word diff.
pub fn lineage_ui(
    ui: &mut egui::Ui,
    hist: &HistoryView,
    settings: &Settings,
    commands: &mut Vec<Command>,
) {
    let (Some(h), Some(l)) = (hist.history.clone(), hist.selected_lineage) else {
        return;
    };
    let Some(lineage) = h.history.lineages.get(l) else {
        return;
    };
    let palette = Palette::new(ui.visuals(), settings.font_size());
    let path: Vec<String> = (0..h.drafts.len())
        .map(|d| format!("D{} {}", d + 1, h.labels[l][d].as_deref().unwrap_or("·")))
        .collect();
    ui.horizontal(|ui| {
        ui.heading(format!("Point history: {}", path.join(" → ")));
        if ui.button("Close").clicked() {
            commands.push(Command::SelectLineage(None));
        }
    });
    ScrollArea::vertical()
        .id_salt("clausewise-lineage")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let first = lineage.first_draft();
            if let Some(point) = lineage.points[first].and_then(|p| h.drafts[first].points.get(p)) {
                ui.label(RichText::new(format!("D{} point {}", first + 1, point.label)).strong());
                ui.label(&point.text);
            }
            for (s, step) in lineage.steps.iter().enumerate() {
                let Some(step) = step else { continue };
                ui.separator();
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "D{} {} → D{} {}: {} {}{}",
                            s + 1,
                            h.labels[l][s].as_deref().unwrap_or("·"),
                            s + 2,
                            h.labels[l][s + 1].as_deref().unwrap_or("·"),
                            step_mark(Some(*step)),
                            step.name(),
                            if h.by_hand.contains(&(s, l)) {
                                ", by hand"
                            } else {
                                ""
                            }
                        ))
                        .color(palette.step_color(Some(*step)))
                        .strong(),
                    );
                    if ui.small_button("Side by side").clicked() {
                        commands.push(Command::OpenStep {
                            step: s,
                            lineage: l,
                        });
                    }
                });
                if let Some(back) = h.history.restored_step(&h.drafts, l, s) {
                    // Restored: set against its last version before it was removed.
                    ui.label(
                        RichText::new(format!(
                            "restored; compared with {}, its last version",
                            back.from
                        ))
                        .italics(),
                    );
                    let mut job = inline_job(&back.diff.spans, &palette);
                    job.wrap.max_width = ui.available_width();
                    ui.label(job);
                } else if let Some(row) = h
                    .step_row(s, l)
                    .and_then(|r| h.history.steps[s].rows.get(r))
                {
                    let mut job = inline_job(&row.diff, &palette);
                    job.wrap.max_width = ui.available_width();
                    ui.label(job);
                }
            }
        });
}

fn d0_absent(first: Option<&Option<usize>>) -> bool {
    first.is_some_and(Option::is_none)
}

/// Bars: how many points each draft has, and how many each step removed, added, restored.
fn chart_ui(ui: &mut egui::Ui, h: &PreparedHistory, palette: &Palette) {
    let (points, steps) = h.counts();
    bars_ui(ui, points, steps, palette, 90.0);
    let summary: Vec<String> = steps
        .iter()
        .enumerate()
        .map(|(s, [r, a, back])| {
            format!(
                "D{} → D{}: {r} removed, {a} added, {back} restored",
                s + 1,
                s + 2
            )
        })
        .collect();
    ui.label(RichText::new(summary.join(" · ")).small().weak());
}

/// Bars of the points in each draft and, between drafts, of the points each step removed,
/// added and restored, each with its number written above it (nothing depends on colour).
fn bars_ui(
    ui: &mut egui::Ui,
    points: &[usize],
    steps: &[[usize; 3]],
    palette: &Palette,
    height: f32,
) {
    if points.is_empty() {
        return;
    }
    let max = points.iter().copied().max().unwrap_or(1).max(1) as f32;
    let (outer, _) = ui.allocate_exact_size(
        vec2(ui.available_width().min(900.0), height + 50.0),
        Sense::hover(),
    );
    // Room above the bars for their values.
    let rect = outer.with_min_y(outer.top() + 16.0);
    let painter = ui.painter_at(outer);
    let groups = points.len() * 2 - 1;
    let group_w = rect.width() / groups as f32;
    let bar = |x: f32, w: f32, value: usize, color: egui::Color32, caption: String| {
        let h_px = height * value as f32 / max;
        let top = rect.top() + height - h_px;
        painter.rect_filled(
            egui::Rect::from_min_max(egui::pos2(x, top), egui::pos2(x + w, rect.top() + height)),
            2.0,
            color,
        );
        painter.text(
            egui::pos2(x + w / 2.0, top - 2.0),
            egui::Align2::CENTER_BOTTOM,
            value.to_string(),
            egui::FontId::proportional(11.0),
            palette.text,
        );
        painter.text(
            egui::pos2(x + w / 2.0, rect.top() + height + 4.0),
            egui::Align2::CENTER_TOP,
            caption,
            egui::FontId::proportional(11.0),
            palette.weak,
        );
    };
    for (d, &count) in points.iter().enumerate() {
        let x = rect.left() + group_w * (2 * d) as f32;
        bar(
            x + group_w * 0.2,
            group_w * 0.6,
            count,
            palette.weak,
            format!("D{} points", d + 1),
        );
        if let Some(&[removed, added, restored]) = steps.get(d) {
            let x = x + group_w;
            let w = group_w / 3.5;
            bar(
                x + w * 0.25,
                w,
                removed,
                palette.step_color(Some(Step::Removed)),
                "−".to_owned(),
            );
            bar(
                x + w * 1.25,
                w,
                added,
                palette.step_color(Some(Step::Added)),
                "+".to_owned(),
            );
            bar(
                x + w * 2.25,
                w,
                restored,
                palette.step_color(Some(Step::Restored)),
                "R".to_owned(),
            );
        }
    }
}
