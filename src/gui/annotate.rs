//! Annotating points in the app: the panel where the selected point gets categories, an
//! assessment and a note, the chart of categories, orphans, the categories window and the
//! review's filters. Functions over the state they draw; every change is a [`Command`].

use egui::{RichText, ScrollArea, TextEdit};

use super::app::{ComparisonView, UiFlags, Workspace, inherited_of};
use super::command::Command;
use super::palette::hex_colour;
use super::review::ReviewSession;
use super::widgets::{named, reserved_ui};
use crate::compare::Side;
use crate::review::session::{DraftId, Edit, merge_inherited};
use crate::review::{Annotation, Review, Taxonomy, UNASSESSED};

/// Annotations that cannot be placed on any point of the open drafts: (draft name,
/// annotation), each written as the reports write it (categories, assessment, note).
fn orphans_ui(ui: &mut egui::Ui, orphans: Vec<(String, Annotation)>, taxonomy: &Taxonomy) {
    if orphans.is_empty() {
        return;
    }
    ui.separator();
    egui::CollapsingHeader::new(format!("Orphaned annotations ({})", orphans.len())).show(
        ui,
        |ui| {
            ui.label(
                RichText::new(
                    "Their points are no longer in the drafts; they stay in the review file.",
                )
                .small()
                .weak(),
            );
            for (name, a) in orphans {
                let quote: String = a.anchor.quote.chars().take(80).collect();
                ui.label(format!(
                    "{name}, point {}: {quote}… — {}",
                    a.anchor.label,
                    crate::review::session::annotation_line(&a, taxonomy)
                ));
            }
        },
    );
}

/// The window where the review's categories are renamed, recoloured and added.
pub fn categories_window_ui(
    ctx: &egui::Context,
    review: &Review,
    flags: &mut UiFlags,
    commands: &mut Vec<Command>,
) {
    let mut open = flags.categories_open;
    egui::Window::new("Categories of this review")
        .open(&mut open)
        .show(ctx, |ui| {
            ui.label(
                RichText::new("Changes are saved in the review, on top of the default taxonomy.")
                    .small()
                    .weak(),
            );
            ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                for c in review.taxonomy().categories {
                    ui.horizontal(|ui| {
                        let mut colour = hex_colour(&c.colour);
                        if ui
                            .color_edit_button_srgba(&mut colour)
                            .on_hover_text("Colour")
                            .changed()
                        {
                            let mut changed = c.clone();
                            changed.colour =
                                format!("#{:02x}{:02x}{:02x}", colour.r(), colour.g(), colour.b());
                            commands.push(Command::EditCategory(changed));
                        }
                        let mut label = c.label.clone();
                        let id_label = ui.label(RichText::new(&c.id).small().weak());
                        let edit = ui.add(TextEdit::singleline(&mut label).desired_width(260.0));
                        if edit
                            .labelled_by(id_label.id)
                            .on_hover_text(&c.description)
                            .changed()
                            && !label.trim().is_empty()
                        {
                            let mut changed = c.clone();
                            changed.label = label;
                            commands.push(Command::EditCategory(changed));
                        }
                    });
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label("New category");
                ui.add(TextEdit::singleline(&mut flags.new_category).desired_width(200.0))
                    .labelled_by(label.id);
                let name = flags.new_category.trim().to_owned();
                if ui
                    .add_enabled(!name.is_empty(), egui::Button::new("Add"))
                    .clicked()
                {
                    // A fresh id: never one of an existing category.
                    let category = review.taxonomy().new_category(&name);
                    commands.push(Command::EditCategory(category));
                    flags.new_category.clear();
                }
            });
            scale_ui(ui, &review.scale, &mut flags.new_scale_value, commands);
        });
    if open != flags.categories_open {
        commands.push(Command::ShowCategories(open));
    }
}

/// The review's assessment scale: its values in order, each removable, and one to add.
/// Annotations keep the value they have when it leaves the scale.
fn scale_ui(
    ui: &mut egui::Ui,
    scale: &[String],
    new_value: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.separator();
    ui.label(RichText::new("Assessment scale").strong());
    ui.horizontal_wrapped(|ui| {
        for (k, value) in scale.iter().enumerate() {
            ui.label(value);
            let remove = ui.small_button("×").on_hover_text("Remove from the scale");
            let remove = named(remove, format!("Remove {value} from the scale"));
            if remove.clicked() {
                let mut scale = scale.to_vec();
                scale.remove(k);
                commands.push(Command::SetScale(scale));
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("New value");
        ui.add(TextEdit::singleline(new_value).desired_width(200.0))
            .labelled_by(label.id);
        let value = new_value.trim().to_owned();
        let fresh = !value.is_empty() && !scale.contains(&value);
        if ui
            .add_enabled(fresh, egui::Button::new("Add to the scale"))
            .clicked()
        {
            let mut scale = scale.to_vec();
            scale.push(value);
            commands.push(Command::SetScale(scale));
            new_value.clear();
        }
    });
}

/// The category and assessment filters (shown when the review has annotations), as
/// submenus of the filters menu.
pub fn review_filter_ui(
    ui: &mut egui::Ui,
    view: &ComparisonView,
    review: &Review,
    commands: &mut Vec<Command>,
) {
    if review.annotations.is_empty() {
        return;
    }
    let taxonomy = review.taxonomy();
    let current = view.category_filter.clone();
    let shown = current
        .as_ref()
        .and_then(|c| taxonomy.get(c))
        .map_or("any", |c| c.label.as_str());
    ui.menu_button(format!("Category: {shown}"), |ui| {
        if ui.selectable_label(current.is_none(), "any").clicked() {
            commands.push(Command::FilterCategory(None));
        }
        for c in &taxonomy.categories {
            if ui
                .selectable_label(current.as_ref() == Some(&c.id), &c.label)
                .clicked()
            {
                commands.push(Command::FilterCategory(Some(c.id.clone())));
            }
        }
    });
    let current = view.assessment_filter.clone();
    let shown = current.clone().unwrap_or_else(|| "any".to_owned());
    ui.menu_button(format!("Assessment: {shown}"), |ui| {
        if ui.selectable_label(current.is_none(), "any").clicked() {
            commands.push(Command::FilterAssessment(None));
        }
        for v in &review.scale {
            if ui
                .selectable_label(current.as_ref() == Some(v), v)
                .clicked()
            {
                commands.push(Command::FilterAssessment(Some(v.clone())));
            }
        }
    });
}

/// Rows of the pair on screen by category and status, as stacked bars (counts written
/// out too, so that nothing depends on colour), in the taxonomy's order as in the reports.
fn category_chart_ui(ui: &mut egui::Ui, view: &ComparisonView, review: &Review, font_size: f32) {
    let Some(p) = &view.prepared else { return };
    if review.annotations.is_empty() {
        return;
    }
    let taxonomy = review.taxonomy();
    let table = crate::review::session::category_table(&taxonomy, &p.comparison.rows, |k| {
        view.marks
            .get(k)
            .map_or_else(Vec::new, |m| m.categories(review))
    });
    if table.is_empty() {
        return;
    }
    egui::CollapsingHeader::new("Categories in this pair")
        .default_open(true)
        .show(ui, |ui| {
            let palette = super::palette::Palette::new(ui.visuals(), font_size);
            let most = table
                .iter()
                .map(|(_, c)| c.total())
                .max()
                .unwrap_or(1)
                .max(1);
            for (id, counts) in &table {
                let label = taxonomy.label(id);
                let colour = hex_colour(taxonomy.get(id).map_or("", |c| c.colour.as_str()));
                let parts: Vec<String> = counts
                    .iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(s, n)| format!("{n} {}", s.name()))
                    .collect();
                ui.label(RichText::new(format!("{label}: {}", parts.join(", "))).small());
                let width = ui.available_width();
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(width, 6.0), egui::Sense::hover());
                let mut x = rect.left();
                for (s, n) in counts.iter() {
                    let w = width * n as f32 / most as f32;
                    let fill = if s == crate::compare::Status::Unchanged {
                        colour
                    } else {
                        palette.status_color(s)
                    };
                    ui.painter().rect_filled(
                        egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(w, 6.0)),
                        1.0,
                        fill,
                    );
                    x += w;
                }
            }
        });
    ui.separator();
}

/// What a point without an annotation of its own inherits, and the button that makes it
/// the point's own.
fn inherited_ui(
    ui: &mut egui::Ui,
    taxonomy: &Taxonomy,
    inherited: &[(Annotation, String)],
    base: Option<&Annotation>,
    (draft_id, point): (DraftId, usize),
    commands: &mut Vec<Command>,
) {
    if inherited.is_empty() {
        return;
    }
    ui.group(|ui| {
        for (a, from) in inherited {
            ui.label(RichText::new(format!("↳ Inherited from {from}")).italics());
            ui.label(crate::review::session::annotation_line(a, taxonomy));
        }
        if let Some(base) = base
            && ui.button("Confirm inherited annotation").clicked()
        {
            commands.push(Command::Annotate {
                draft: draft_id,
                point,
                edit: Edit::copy_of(base),
            });
        }
    });
}

/// The bottom of the annotation panel: what changed in substance on the selected row, the
/// chart of the pair's categories and the orphaned annotations.
fn summary_ui(
    ui: &mut egui::Ui,
    view: &ComparisonView,
    session: &ReviewSession,
    workspace: &Workspace,
    font_size: f32,
) {
    let review = &session.session.review;
    let summary = !review.annotations.is_empty();
    // What changed in substance on the selected row, in plain words.
    let findings: Vec<String> = view
        .prepared
        .as_ref()
        .zip(view.selected)
        .and_then(|(p, i)| p.comparison.rows.get(i))
        .map(|r| r.substance.iter().map(|f| f.describe()).collect())
        .unwrap_or_default();
    let corrections = !session.orphaned_corrections.is_empty();
    if summary || corrections || !findings.is_empty() {
        egui::Panel::bottom("clausewise-annotate-summary")
            .resizable(false)
            .show(ui, |ui| {
                if !findings.is_empty() {
                    ui.label(RichText::new("What changed in substance").strong());
                    for f in &findings {
                        ui.label(format!("◆ {f}"));
                    }
                    ui.separator();
                }
                if summary {
                    category_chart_ui(ui, view, review, font_size);
                    let taxonomy = review.taxonomy();
                    orphans_ui(ui, session.orphans(&workspace.drafts), &taxonomy);
                }
                orphaned_corrections_ui(ui, session);
            });
    }
}

/// The panel where the selected row's point is annotated: the NEW point, or the OLD one
/// for a removed point.
pub fn annotate_panel_ui(
    ui: &mut egui::Ui,
    view: &ComparisonView,
    session: &ReviewSession,
    workspace: &Workspace,
    font_size: f32,
    commands: &mut Vec<Command>,
) {
    let review = &session.session.review;
    // The chart and the orphans sit at the bottom, so that the controls above never move
    // when they appear.
    summary_ui(ui, view, session, workspace, font_size);
    let (Some(p), Some(i)) = (view.prepared.clone(), view.selected) else {
        ui.heading("Annotate");
        ui.label("Select a point to classify it.");
        return;
    };
    let Some(row) = p.comparison.rows.get(i) else {
        return;
    };
    // The same line for every row (disabled where there is one side only), marking the side
    // annotated: OLD for a removed point, whatever was chosen for pairs.
    let both = !row.old.is_empty() && !row.new.is_empty();
    let old_side = (view.annotate_side == Side::Old && !row.old.is_empty()) || row.new.is_empty();
    ui.add_enabled_ui(both, |ui| {
        ui.horizontal(|ui| {
            ui.label("Annotate");
            for (side, text) in [(Side::New, "NEW point"), (Side::Old, "OLD point")] {
                let on = (side == Side::Old) == old_side;
                if ui.selectable_label(on, text).clicked() && !on {
                    commands.push(Command::AnnotateSide(side));
                }
            }
        });
    });
    let (draft_id, draft, point) = match (old_side, row.old.first(), row.new.first()) {
        (true, Some(&o), _) => (p.old_id, &p.old, o),
        (false, _, Some(&n)) => (p.new_id, &p.new, n),
        _ => return,
    };
    let label = draft.points.get(point).map_or("", |pt| pt.label.as_str());
    let name = workspace.name_of(draft_id);
    ui.heading(format!("Annotate point {label}"));
    ui.label(RichText::new(&name).small().weak());
    let own = session.annotation(draft_id, point).cloned();
    let taxonomy = review.taxonomy();
    // Without an annotation of its own, the point shows what it inherits from earlier
    // drafts; the first edit (or "Confirm") makes that the point's own.
    let inherited = if own.is_none() {
        inherited_of(session, view, workspace, draft_id, point)
    } else {
        Vec::new()
    };
    let base = merge_inherited(inherited.iter().map(|(a, _)| a));
    let at = (draft_id, point);
    inherited_ui(ui, &taxonomy, &inherited, base.as_ref(), at, commands);
    let own_missing = own.is_none();
    let own = own.or_else(|| base.clone()).unwrap_or_default();
    let text = draft.points.get(point).map_or("", |pt| pt.text.as_str());
    let scale = &review.scale;
    let edits = annotation_controls_ui(ui, &own, text, &taxonomy, scale);
    if !edits.is_empty() {
        if own_missing && let Some(base) = base {
            // Editing an inherited annotation starts from it, not from nothing.
            commands.push(Command::Annotate {
                draft: draft_id,
                point,
                edit: Edit::copy_of(&base),
            });
        }
        for edit in edits {
            commands.push(Command::Annotate {
                draft: draft_id,
                point,
                edit,
            });
        }
    }
}

/// The controls of an annotation (`own`, of a point whose text is `text`): suggested
/// categories (on a line of fixed height), the assessment, the note and the categories. Returns
/// the edits made.
fn annotation_controls_ui(
    ui: &mut egui::Ui,
    own: &Annotation,
    text: &str,
    taxonomy: &crate::review::Taxonomy,
    scale: &[String],
) -> Vec<Edit> {
    let mut edits: Vec<Edit> = Vec::new();
    let suggested: Vec<(String, String)> = taxonomy
        .suggest(text)
        .into_iter()
        .filter(|(c, _)| !own.categories.contains(&c.id))
        .take(3)
        .map(|(c, _)| (c.id.clone(), c.label.clone()))
        .collect();
    // The line of suggestions keeps its height whether or not there are any, so that the
    // controls below never move when a suggestion appears or is accepted.
    reserved_ui(ui, 2, |ui| {
        ui.label(RichText::new("Suggested:").weak());
        if suggested.is_empty() {
            ui.label(RichText::new("none").weak());
        }
        for (id, label) in suggested {
            if ui
                .small_button(format!("+ {label}"))
                .on_hover_text("Add this category")
                .clicked()
            {
                edits.push(Edit::Category(id, true));
            }
        }
    });
    let label = ui.label("Assessment");
    // No assessment and "unassessed" are one choice (stored as none).
    let mut assessment = own.assessment.clone().filter(|v| v != UNASSESSED);
    egui::ComboBox::from_id_salt("clausewise-assessment")
        .selected_text(own.assessment_or_unassessed())
        .show_ui(ui, |ui| {
            if !scale.iter().any(|v| v == UNASSESSED) {
                ui.selectable_value(&mut assessment, None, UNASSESSED);
            }
            for value in scale {
                let choice = Some(value.clone()).filter(|v| v != UNASSESSED);
                ui.selectable_value(&mut assessment, choice, value);
            }
        })
        .response
        .labelled_by(label.id);
    if assessment != own.assessment.clone().filter(|v| v != UNASSESSED) {
        edits.push(Edit::Assessment(assessment));
    }
    let label = ui.label("Note");
    let mut note = own.note.clone();
    let response = ui
        .add(
            TextEdit::multiline(&mut note)
                // A fixed id: the panel's foot appearing with the first annotation must not
                // take the keyboard focus from the note being typed.
                .id_salt("clausewise-note")
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if response.changed() {
        edits.push(Edit::Note(note));
    }
    ui.label("Categories");
    ScrollArea::vertical()
        .id_salt("clausewise-categories")
        .show(ui, |ui| {
            for c in &taxonomy.categories {
                let mut on = own.categories.contains(&c.id);
                if ui
                    .checkbox(&mut on, &c.label)
                    .on_hover_text(&c.description)
                    .changed()
                {
                    edits.push(Edit::Category(c.id.clone(), on));
                }
            }
        });
    edits
}

/// The review's corrections whose points are gone, listed (they stay in the file and are
/// not applied).
fn orphaned_corrections_ui(ui: &mut egui::Ui, session: &ReviewSession) {
    let orphaned = &session.orphaned_corrections;
    if orphaned.is_empty() {
        return;
    }
    let review = &session.session.review;
    ui.separator();
    egui::CollapsingHeader::new(format!("Orphaned corrections ({})", orphaned.len())).show(
        ui,
        |ui| {
            ui.label(
                RichText::new(
                    "Pairings made by hand whose points are no longer in the drafts: not \
                     applied; they stay in the review file.",
                )
                .small()
                .weak(),
            );
            let name = |k: usize| review.drafts.get(k).map_or("?", |d| d.label.as_str());
            for c in orphaned.iter().filter_map(|&k| review.overrides.get(k)) {
                ui.label(format!(
                    "{} → {}: {}",
                    name(c.old_draft),
                    name(c.new_draft),
                    c.describe()
                ));
            }
        },
    );
}
