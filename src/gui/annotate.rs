//! Annotating points in the app: the panel where the selected point gets categories, an
//! assessment and a note, the chart of categories, orphans, the categories window and the
//! review's filters; opening, saving, autosaving and exporting the review through the library's
//! [`crate::review::session`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{RichText, ScrollArea, TextEdit};

use super::App;
use super::command::Command;
use super::jobs::JobOutput;
use super::model::Chip;
use super::widgets::{named, reserved_ui};
use crate::compare::Side;
use crate::draft::Draft;
use crate::report::review::{Pair, ReportFormat};
use crate::review::session::{DraftId, Edit, SaveJob, Session, export_input, merge_inherited};
use crate::review::{Annotation, UNASSESSED};

/// A `#rrggbb` colour (grey when malformed).
fn hex_colour(hex: &str) -> egui::Color32 {
    let h = hex.trim_start_matches('#');
    let byte = |k: usize| h.get(k..k + 2).and_then(|b| u8::from_str_radix(b, 16).ok());
    match (byte(0), byte(2), byte(4)) {
        (Some(r), Some(g), Some(b)) if h.len() == 6 => egui::Color32::from_rgb(r, g, b),
        _ => egui::Color32::GRAY,
    }
}

impl App {
    /// Opens a review file: the review, then its drafts in its order. Errors are one line in
    /// the window; the file is not touched.
    pub(super) fn open_review(&mut self, path: &Path) -> Option<Vec<PathBuf>> {
        if self.review.session.dirty {
            self.ui.errors.push(format!(
                "{}: not opened: the review on screen has unsaved annotations; save it first (Ctrl+S)",
                path.display()
            ));
            return None;
        }
        let untitled = self.review.session.untitled.clone();
        match Session::open(path, untitled.as_deref()) {
            Ok(opened) => {
                if let Some(side) = &opened.recovered {
                    self.ui.notice = Some(format!(
                        "Recovered unsaved annotations from {}: save the review to keep them",
                        side.display()
                    ));
                }
                let mut paths = Vec::with_capacity(opened.drafts.len());
                for (p, label) in opened.drafts {
                    if !label.is_empty() {
                        self.workspace.pending_names.insert(p.clone(), label);
                    }
                    paths.push(p);
                }
                self.review.session.replace(opened.session);
                // The review's alignment corrections apply to the rows: compare again.
                self.view.requested = None;
                self.hist.history_requested = None;
                Some(paths)
            }
            Err(e) => {
                self.ui.errors.push(e.to_string());
                None
            }
        }
    }

    /// Saves the review to `path` (atomically, keeping a `.bak`) off the UI thread.
    pub(super) fn save_review(&mut self, path: PathBuf) {
        // Never a review naming a draft that is not a file: the user is asked to save it first.
        if let Some(message) = self.unsaved_drafts_error(Some(&path)) {
            self.ui.errors.push(message);
            return;
        }
        let job = self.review.session.save_job(&path, &self.workspace.drafts);
        self.review.saving = Some((job.path.clone(), job.revision));
        self.spawn_save(job);
    }

    /// Runs a save or autosave job on a worker thread.
    pub(super) fn spawn_save(&mut self, job: SaveJob) {
        let what = if job.is_autosave() {
            format!("Autosaving {}", job.path.display())
        } else {
            format!("Saving {}", job.path.display())
        };
        let autosave = job.is_autosave();
        let revision = job.revision;
        self.jobs.spawn(what, move || JobOutput::Saved {
            autosave,
            revision,
            result: job.run(),
        });
    }

    /// The annotation of point `point` of `draft`, if any.
    pub fn annotation(&self, draft: &Draft, point: usize) -> Option<&Annotation> {
        let id = super::review::id_of(&self.workspace.drafts, draft)?;
        self.review.annotation(id, point)
    }

    /// Places the review's annotations on the open drafts, and carries them forward along the
    /// lineages, when the review, the drafts or their history changed (once, not per row).
    pub(super) fn refresh_review_cache(&mut self) {
        let history = self.hist.history.as_ref().map(|h| {
            (
                Arc::as_ptr(h) as usize,
                h.ids.as_slice(),
                h.history.lineages.as_slice(),
            )
        });
        if !self.review.refresh(&self.workspace.drafts, history) {
            return;
        }
        // What is drawn and filtered from the annotations follows.
        self.view.chips_key = self
            .view
            .chips_key
            .map(|(generation, _)| (generation, u64::MAX));
        self.refresh_marks();
        self.filter_changed();
        self.sort_history();
    }

    /// The notes of each row of the comparison on screen.
    pub(super) fn refresh_marks(&mut self) {
        self.view.marks = match &self.view.prepared {
            Some(p) => self.review.row_marks(p.old_id, p.new_id, &p.comparison),
            None => Vec::new(),
        };
    }

    /// The review being edited: where it is saved, its content, and whether it has unsaved
    /// changes.
    pub fn review(&self) -> &Session {
        &self.review.session
    }

    /// What point `point` of `draft` inherits: (annotation, label of the draft it was made on).
    /// From the lineages of all open drafts once known; until then, from the OLD point of the
    /// pair on screen.
    pub fn inherited(&self, draft: &Draft, point: usize) -> Vec<(Annotation, String)> {
        let Some(id) = super::review::id_of(&self.workspace.drafts, draft) else {
            return Vec::new();
        };
        self.inherited_by_id(id, point)
    }

    fn inherited_by_id(&self, id: DraftId, point: usize) -> Vec<(Annotation, String)> {
        let pair = self.view.prepared.as_ref().map(|p| {
            let name = self.name_of(p.old_id);
            (p.old_id, p.new_id, name, &p.comparison)
        });
        let pair = pair
            .as_ref()
            .map(|(o, n, name, c)| (*o, *n, name.as_str(), *c));
        self.review.inherited(id, point, pair)
    }

    /// The annotation of comparison row `i`: the first of those it shows.
    pub fn row_annotation(&self, i: usize) -> Option<Annotation> {
        let &(k, _) = self.view.marks.get(i)?.shown().first()?;
        self.review.session.review.annotations.get(k).cloned()
    }

    /// Category chips for the rows of the comparison on screen, from the review: a row's own
    /// annotations, else what it inherits (marked as such).
    pub(super) fn row_chips(&self) -> std::collections::HashMap<usize, Vec<Chip>> {
        let mut chips = std::collections::HashMap::new();
        let review = &self.review.session.review;
        if review.annotations.is_empty() {
            return chips;
        }
        let taxonomy = review.taxonomy();
        for (i, marks) in self.view.marks.iter().enumerate() {
            let mut row: Vec<Chip> = Vec::new();
            for &(k, inherited) in marks.shown() {
                let Some(a) = review.annotations.get(k) else {
                    continue;
                };
                for c in &a.categories {
                    let (label, colour) = taxonomy
                        .get(c)
                        .map_or((c.clone(), egui::Color32::GRAY), |cat| {
                            (cat.label.clone(), hex_colour(&cat.colour))
                        });
                    if !row.iter().any(|(l, _, _)| *l == label) {
                        row.push((label, colour, inherited));
                    }
                }
            }
            if !row.is_empty() {
                chips.insert(i, row);
            }
        }
        chips
    }

    /// Per lineage of the history on screen, the ids of the categories its points have in the
    /// review, in the taxonomy's order, and the notes the reports use.
    pub(super) fn lineage_notes(&self) -> Vec<crate::review::session::LineageNotes> {
        let Some(h) = &self.hist.history else {
            return Vec::new();
        };
        if self.review.placed.ids != h.ids {
            return Vec::new();
        }
        self.review.placed.lineage_notes(&h.history)
    }

    /// Annotations of the open drafts that cannot be placed on any point (their point is
    /// gone): (draft name, annotation).
    pub fn orphans(&self) -> Vec<(String, Annotation)> {
        self.review.orphans(&self.workspace.drafts)
    }

    fn orphans_ui(&self, ui: &mut egui::Ui) {
        let orphans = self.orphans();
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
                        a.anchor.label, a.note
                    ));
                }
            },
        );
    }

    /// The window where the review's categories are renamed, recoloured and added.
    pub(super) fn categories_window_ui(&mut self, ctx: &egui::Context) {
        let mut open = self.ui.categories_open;
        egui::Window::new("Categories of this review")
            .open(&mut open)
            .show(ctx, |ui| {
                ui.label(
                    RichText::new(
                        "Changes are saved in the review, on top of the default taxonomy.",
                    )
                    .small()
                    .weak(),
                );
                ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                    for c in self.review.session.review.taxonomy().categories {
                        ui.horizontal(|ui| {
                            let mut colour = hex_colour(&c.colour);
                            if ui
                                .color_edit_button_srgba(&mut colour)
                                .on_hover_text("Colour")
                                .changed()
                            {
                                let mut changed = c.clone();
                                changed.colour = format!(
                                    "#{:02x}{:02x}{:02x}",
                                    colour.r(),
                                    colour.g(),
                                    colour.b()
                                );
                                self.commands.push(Command::EditCategory(changed));
                            }
                            let mut label = c.label.clone();
                            let id_label = ui.label(RichText::new(&c.id).small().weak());
                            let edit =
                                ui.add(TextEdit::singleline(&mut label).desired_width(260.0));
                            if edit
                                .labelled_by(id_label.id)
                                .on_hover_text(&c.description)
                                .changed()
                                && !label.trim().is_empty()
                            {
                                let mut changed = c.clone();
                                changed.label = label;
                                self.commands.push(Command::EditCategory(changed));
                            }
                        });
                    }
                });
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label("New category");
                    ui.add(TextEdit::singleline(&mut self.ui.new_category).desired_width(200.0))
                        .labelled_by(label.id);
                    let name = self.ui.new_category.trim().to_owned();
                    if ui
                        .add_enabled(!name.is_empty(), egui::Button::new("Add"))
                        .clicked()
                    {
                        // A fresh id: never one of an existing category.
                        let category = self.review.session.review.taxonomy().new_category(&name);
                        self.commands.push(Command::EditCategory(category));
                        self.ui.new_category.clear();
                    }
                });
                self.scale_ui(ui);
            });
        if open != self.ui.categories_open {
            self.commands.push(Command::ShowCategories(open));
        }
    }

    /// The review's assessment scale: its values in order, each removable, and one to add.
    /// Annotations keep the value they have when it leaves the scale.
    fn scale_ui(&mut self, ui: &mut egui::Ui) {
        ui.separator();
        ui.label(RichText::new("Assessment scale").strong());
        let scale = self.review.session.review.scale.clone();
        ui.horizontal_wrapped(|ui| {
            for (k, value) in scale.iter().enumerate() {
                ui.label(value);
                let remove = ui.small_button("×").on_hover_text("Remove from the scale");
                let remove = named(remove, format!("Remove {value} from the scale"));
                if remove.clicked() {
                    let mut scale = scale.clone();
                    scale.remove(k);
                    self.commands.push(Command::SetScale(scale));
                }
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("New value");
            ui.add(TextEdit::singleline(&mut self.ui.new_scale_value).desired_width(200.0))
                .labelled_by(label.id);
            let value = self.ui.new_scale_value.trim().to_owned();
            let fresh = !value.is_empty() && !scale.contains(&value);
            if ui
                .add_enabled(fresh, egui::Button::new("Add to the scale"))
                .clicked()
            {
                let mut scale = scale.clone();
                scale.push(value);
                self.commands.push(Command::SetScale(scale));
                self.ui.new_scale_value.clear();
            }
        });
    }

    /// Writes the report of the pair on screen, with the review's annotations of its two
    /// drafts, to `path`: HTML when the name ends in `.html`/`.htm`, else Markdown.
    pub(super) fn export(&mut self, path: PathBuf) {
        let Some(p) = self.view.prepared.clone() else {
            self.ui
                .errors
                .push("Nothing to export: open two drafts first".to_owned());
            return;
        };
        // A report never replaces a draft or the review.
        let protected = self
            .workspace
            .drafts
            .iter()
            .filter_map(|d| d.draft.path.as_deref())
            .chain(self.review.session.path.as_deref());
        if let Some(input) = protected
            .into_iter()
            .find(|f| crate::fsutil::same_file(f, &path))
        {
            self.ui.errors.push(format!(
                "{}: is an open draft or the review; export to another file",
                input.display()
            ));
            return;
        }
        let (review, drafts, old, new) = match export_input(
            &self.review.placed,
            &self.workspace.drafts,
            p.old_id,
            p.new_id,
        ) {
            Ok(input) => input,
            Err(message) => {
                self.ui.errors.push(message);
                return;
            }
        };
        let html = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        let format = if html {
            ReportFormat::Html
        } else {
            ReportFormat::Markdown
        };
        // Writing the report (and following the points for carry-forward) runs off the UI thread.
        self.jobs
            .spawn(format!("Exporting {}", path.display()), move || {
                let drafts: Vec<Draft> = drafts.iter().map(|d| (**d).clone()).collect();
                let pair = Pair {
                    old,
                    new,
                    comparison: &p.comparison,
                };
                let written = crate::fsutil::write_atomically(&path, false, |w| {
                    crate::report::review::write(w, format, &review, &drafts, &[pair])
                });
                JobOutput::Exported(written.map(|()| path).map_err(|e| e.to_string()))
            });
    }

    /// The category and assessment filters (shown when the review has annotations), as
    /// submenus of the filters menu.
    pub(super) fn review_filter_ui(&mut self, ui: &mut egui::Ui) {
        if self.review.session.review.annotations.is_empty() {
            return;
        }
        let taxonomy = self.review.session.review.taxonomy();
        let current = self.view.category_filter.clone();
        let shown = current
            .as_ref()
            .and_then(|c| taxonomy.get(c))
            .map_or("any", |c| c.label.as_str());
        ui.menu_button(format!("Category: {shown}"), |ui| {
            if ui.selectable_label(current.is_none(), "any").clicked() {
                self.commands.push(Command::FilterCategory(None));
            }
            for c in &taxonomy.categories {
                if ui
                    .selectable_label(current.as_ref() == Some(&c.id), &c.label)
                    .clicked()
                {
                    self.commands
                        .push(Command::FilterCategory(Some(c.id.clone())));
                }
            }
        });
        let current = self.view.assessment_filter.clone();
        let shown = current.clone().unwrap_or_else(|| "any".to_owned());
        ui.menu_button(format!("Assessment: {shown}"), |ui| {
            if ui.selectable_label(current.is_none(), "any").clicked() {
                self.commands.push(Command::FilterAssessment(None));
            }
            for v in &self.review.session.review.scale {
                if ui
                    .selectable_label(current.as_ref() == Some(v), v)
                    .clicked()
                {
                    self.commands
                        .push(Command::FilterAssessment(Some(v.clone())));
                }
            }
        });
    }

    /// Writes unsaved annotations to their side file (off the UI thread) when the autosave is
    /// due at `now` (egui's clock), or at once with `force`: `REVIEW.ron.autosave` beside a
    /// saved review, else `autosave.review.ron` in the app's data folder. Returns the file
    /// being written.
    pub fn autosave_at(&mut self, now: f64, force: bool) -> Option<PathBuf> {
        self.review.observe(self.ui.clock.min(now));
        let job = self.review.autosave_due(now, force)?;
        let path = job.path.clone();
        self.spawn_save(job);
        Some(path)
    }

    /// [`App::autosave_at`] when due at `now`.
    pub fn autosave(&mut self, now: f64) -> Option<PathBuf> {
        self.autosave_at(now, false)
    }

    /// Applies `edit` to the annotation of point `point` of the open draft `draft_id`.
    pub(super) fn annotate(&mut self, draft_id: DraftId, point: usize, edit: Edit) {
        let Some(entry) = self
            .workspace
            .drafts
            .iter()
            .find(|d| d.id == draft_id)
            .cloned()
        else {
            return;
        };
        // The annotation on the point, from the placements kept for the open drafts.
        let existing = self.review.placed.own(draft_id, point);
        if let Err(message) = self.review.session.annotate(&entry, point, existing, edit) {
            self.ui.errors.push(message);
        }
    }

    /// Rows of the pair on screen by category and status, as stacked bars (counts written
    /// out too, so that nothing depends on colour), in the taxonomy's order as in the reports.
    fn category_chart_ui(&self, ui: &mut egui::Ui) {
        let Some(p) = &self.view.prepared else { return };
        let review = &self.review.session.review;
        if review.annotations.is_empty() {
            return;
        }
        let taxonomy = review.taxonomy();
        let table = crate::review::session::category_table(&taxonomy, &p.comparison.rows, |k| {
            let mut ids: Vec<&str> = self
                .view
                .marks
                .get(k)
                .map(|m| m.shown())
                .unwrap_or_default()
                .iter()
                .filter_map(|&(a, _)| review.annotations.get(a))
                .flat_map(|a| a.categories.iter().map(String::as_str))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        });
        if table.is_empty() {
            return;
        }
        egui::CollapsingHeader::new("Categories in this pair")
            .default_open(true)
            .show(ui, |ui| {
                let palette = super::palette::Palette::new(ui.visuals(), self.settings.font_size());
                let most = table
                    .iter()
                    .map(|(_, c)| c.total())
                    .max()
                    .unwrap_or(1)
                    .max(1);
                for (id, counts) in &table {
                    let (label, colour) = taxonomy
                        .get(id)
                        .map_or((id.clone(), egui::Color32::GRAY), |c| {
                            (c.label.clone(), hex_colour(&c.colour))
                        });
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
                            egui::Rect::from_min_size(
                                egui::pos2(x, rect.top()),
                                egui::vec2(w, 6.0),
                            ),
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
        &mut self,
        ui: &mut egui::Ui,
        inherited: &[(Annotation, String)],
        base: Option<&Annotation>,
        draft_id: DraftId,
        point: usize,
    ) {
        if inherited.is_empty() {
            return;
        }
        let taxonomy = self.review.session.review.taxonomy();
        let category_labels = |a: &Annotation| -> String {
            a.categories
                .iter()
                .map(|c| taxonomy.get(c).map_or(c.as_str(), |c| c.label.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        ui.group(|ui| {
            for (a, from) in inherited {
                ui.label(RichText::new(format!("↳ Inherited from {from}")).italics());
                ui.label(format!(
                    "{} — {}{}",
                    category_labels(a),
                    a.assessment.as_deref().unwrap_or("not assessed"),
                    if a.note.is_empty() {
                        String::new()
                    } else {
                        format!(" — {}", a.note)
                    }
                ));
            }
            if let Some(base) = base
                && ui.button("Confirm inherited annotation").clicked()
            {
                self.commands.push(Command::Annotate {
                    draft: draft_id,
                    point,
                    edit: Edit::copy_of(base),
                });
            }
        });
    }

    /// The panel where the selected row's point is annotated: the NEW point, or the OLD one
    /// for a removed point.
    pub(super) fn annotate_panel_ui(&mut self, ui: &mut egui::Ui) {
        // The chart and the orphans sit at the bottom, so that the controls above never move
        // when they appear.
        let summary = !self.review.session.review.annotations.is_empty();
        // What changed in substance on the selected row, in plain words.
        let findings: Vec<String> = self
            .view
            .prepared
            .as_ref()
            .zip(self.view.selected)
            .and_then(|(p, i)| p.comparison.rows.get(i))
            .map(|r| r.substance.iter().map(|f| f.describe()).collect())
            .unwrap_or_default();
        if summary || !findings.is_empty() {
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
                        self.category_chart_ui(ui);
                        self.orphans_ui(ui);
                    }
                });
        }
        let (Some(p), Some(i)) = (self.view.prepared.clone(), self.view.selected) else {
            ui.heading("Annotate");
            ui.label("Select a point to classify it.");
            return;
        };
        let Some(row) = p.comparison.rows.get(i) else {
            return;
        };
        // The same line for every row (disabled where there is one side only).
        let both = !row.old.is_empty() && !row.new.is_empty();
        ui.add_enabled_ui(both, |ui| {
            ui.horizontal(|ui| {
                ui.label("Annotate");
                for (side, text) in [(Side::New, "NEW point"), (Side::Old, "OLD point")] {
                    let on = self.view.annotate_side == side;
                    if ui.selectable_label(on, text).clicked() && !on {
                        self.commands.push(Command::AnnotateSide(side));
                    }
                }
            });
        });
        let old_side =
            (self.view.annotate_side == Side::Old && !row.old.is_empty()) || row.new.is_empty();
        let (draft_id, draft, point) = match (old_side, row.old.first(), row.new.first()) {
            (true, Some(&o), _) => (p.old_id, &p.old, o),
            (false, _, Some(&n)) => (p.new_id, &p.new, n),
            _ => return,
        };
        let label = draft.points.get(point).map_or("", |pt| pt.label.as_str());
        let name = self.name_of(draft_id);
        ui.heading(format!("Annotate point {label}"));
        ui.label(RichText::new(&name).small().weak());
        let own = self.annotation(draft, point).cloned();
        let taxonomy = self.review.session.review.taxonomy();
        // Without an annotation of its own, the point shows what it inherits from earlier
        // drafts; the first edit (or "Confirm") makes that the point's own.
        let inherited = if own.is_none() {
            self.inherited_by_id(draft_id, point)
        } else {
            Vec::new()
        };
        let base = merge_inherited(inherited.iter().map(|(a, _)| a));
        self.inherited_ui(ui, &inherited, base.as_ref(), draft_id, point);
        let own_missing = own.is_none();
        let own = own.or_else(|| base.clone()).unwrap_or_default();
        let text = draft.points.get(point).map_or("", |pt| pt.text.as_str());
        let scale = &self.review.session.review.scale;
        let edits = annotation_controls_ui(ui, &own, text, &taxonomy, scale);
        if !edits.is_empty() {
            if own_missing && let Some(base) = base {
                // Editing an inherited annotation starts from it, not from nothing.
                self.commands.push(Command::Annotate {
                    draft: draft_id,
                    point,
                    edit: Edit::copy_of(&base),
                });
            }
            for edit in edits {
                self.commands.push(Command::Annotate {
                    draft: draft_id,
                    point,
                    edit,
                });
            }
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
