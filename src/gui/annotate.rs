//! Annotating points in the app: the review being edited, opening and saving it, and the panel
//! where the selected point gets categories, an assessment and a note.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{RichText, ScrollArea, TextEdit};

use super::App;
use super::command::Command;
use super::jobs::JobOutput;
use super::panels::named;
use crate::compare::history::Lineage;
use crate::draft::Draft;
use crate::report::review::{Pair, ReportFormat};
use crate::review::{Annotation, Inheritance, Placement, Review, UNASSESSED};

/// Annotations carried forward along the lineages of the open drafts: what each point
/// inherits (drafts numbered as in the history), and the label of each draft.
#[derive(Debug, Clone, Default)]
pub struct Carried {
    /// What each point inherits.
    pub inheritance: Inheritance,
    /// The label of each draft, by the same numbers.
    pub labels: Vec<String>,
}

/// A category chip of a row: label, colour, and whether it is inherited from an earlier draft.
pub type Chip = (String, egui::Color32, bool);

/// The review open in the app. Draft paths are absolute while it is open; they are saved
/// relative to the review file's folder.
#[derive(Debug, Clone, Default)]
pub struct ReviewState {
    /// Where it is saved (`None` until the first "Save review as").
    pub path: Option<PathBuf>,
    /// The review.
    pub review: Review,
    /// Changed since it was opened or saved.
    pub dirty: bool,
    /// Counts changes, so that what is drawn from the review is refreshed.
    pub revision: u64,
}

/// A `#rrggbb` colour (grey when malformed).
fn hex_colour(hex: &str) -> egui::Color32 {
    let h = hex.trim_start_matches('#');
    let byte = |k: usize| h.get(k..k + 2).and_then(|b| u8::from_str_radix(b, 16).ok());
    match (byte(0), byte(2), byte(4)) {
        (Some(r), Some(g), Some(b)) if h.len() == 6 => egui::Color32::from_rgb(r, g, b),
        _ => egui::Color32::GRAY,
    }
}

/// Seconds between autosaves of unsaved annotations.
pub const AUTOSAVE_SECONDS: f64 = 30.0;

/// The side file that holds a review's unsaved annotations (`REVIEW.ron.autosave`).
fn autosave_path(review: &Path) -> PathBuf {
    let mut name = review.file_name().unwrap_or_default().to_owned();
    name.push(".autosave");
    review.with_file_name(name)
}

/// Where a review that has no file yet is autosaved (in the app's data folder).
pub(super) fn untitled_autosave() -> Option<PathBuf> {
    Some(eframe::storage_dir("clausewise")?.join("autosave.review.ron"))
}

/// A fingerprint of an anchor, for the cache of where anchors are placed.
fn anchor_key(anchor: &crate::review::Anchor) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    anchor.hash(&mut h);
    h.finish()
}

/// True when `side` exists and was not written before `file` (a save removes the side file,
/// so one written in the same instant as the save is still newer than it).
fn newer(side: &Path, file: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(side), modified(file)) {
        (Some(s), Some(f)) => s >= f,
        (Some(_), None) => true,
        _ => false,
    }
}

/// The absolute form of a path (relative paths are taken from the current folder).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// A change to the annotation of one point.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Add or remove a category.
    Category(String, bool),
    /// Set or clear the assessment.
    Assessment(Option<String>),
    /// Replace the note.
    Note(String),
    /// Take over these fields (confirming an inherited annotation).
    Copy {
        /// Category ids.
        categories: Vec<String>,
        /// Assessment.
        assessment: Option<String>,
        /// Note.
        note: String,
    },
}

impl App {
    /// Opens a review file: the review, then its drafts in its order. Errors are one line in
    /// the window; the file is not touched.
    pub(super) fn open_review(&mut self, path: &Path) -> Option<Vec<PathBuf>> {
        if self.review.dirty {
            self.errors.push(format!(
                "{}: not opened: the review on screen has unsaved annotations; save it first (Ctrl+S)",
                path.display()
            ));
            return None;
        }
        match Review::load(path) {
            Ok(mut review) => {
                // Annotations autosaved after the last save (the app closed without saving, or
                // crashed) are taken up again; the review file itself stays as it is.
                let side = autosave_path(path);
                let recovered = newer(&side, path)
                    && match Review::load(&side) {
                        Ok(unsaved) => {
                            review = unsaved;
                            true
                        }
                        Err(_) => false,
                    };
                if recovered {
                    self.notice = Some(format!(
                        "Recovered unsaved annotations from {}: save the review to keep them",
                        side.display()
                    ));
                }
                let paths: Vec<PathBuf> = review
                    .draft_paths(path)
                    .iter()
                    .map(|p| absolute(p))
                    .collect();
                for (d, p) in review.drafts.iter_mut().zip(&paths) {
                    d.path = p.clone();
                    if !d.label.is_empty() {
                        self.pending_names.insert(p.clone(), d.label.clone());
                    }
                }
                // The untitled review's autosave opens as that untitled review, so that saving
                // asks where (and the autosave is not saved over by the next session).
                let untitled = untitled_autosave().is_some_and(|u| u == absolute(path));
                self.untitled_autosaved |= untitled;
                self.review = ReviewState {
                    path: (!untitled).then(|| absolute(path)),
                    review,
                    dirty: recovered || untitled,
                    revision: self.review.revision + 1,
                };
                Some(paths)
            }
            Err(e) => {
                self.errors.push(e.to_string());
                None
            }
        }
    }

    /// Saves the review to `path` (atomically, keeping a `.bak`), remembering the path.
    pub(super) fn save_review(&mut self, path: PathBuf) {
        let path = absolute(&path);
        let folder = path.parent().map(Path::to_owned).unwrap_or_default();
        // Drafts in the order of the app's list, labelled with their names.
        let mut order = Vec::with_capacity(self.drafts.len());
        for entry in &self.drafts {
            if let Some(p) = &entry.draft.path {
                let k = self
                    .review
                    .review
                    .draft_index(&absolute(p), &entry.name, &entry.draft);
                order.push(k);
                self.review.review.drafts[k].label = entry.name.clone();
                // Anchors follow the draft as it reads now; its hash is brought up to date.
                self.review.review.reanchor(k, &entry.draft);
            }
        }
        self.review.review.order_drafts(&order);
        // Draft numbers may have changed: what is placed where is worked out again.
        self.review.revision += 1;
        match self.review.review.relative_to(&folder).save(&path) {
            Ok(()) => {
                // The side file of unsaved changes is no longer needed (nor the one of the file
                // it was saved as before, nor, once an untitled review has a file, the untitled one).
                let _ = std::fs::remove_file(autosave_path(&path));
                if let Some(before) = &self.review.path {
                    let _ = std::fs::remove_file(autosave_path(before));
                }
                if self.review.path.is_none()
                    && std::mem::take(&mut self.untitled_autosaved)
                    && let Some(untitled) = untitled_autosave()
                    && untitled != path
                {
                    let _ = std::fs::remove_file(untitled);
                }
                self.review.path = Some(path.clone());
                self.review.dirty = false;
                self.notice = Some(format!("Saved {}", path.display()));
            }
            Err(e) => self.errors.push(e.to_string()),
        }
    }

    /// The review's draft number of an open draft (added to the review if new).
    fn review_index(&mut self, draft: &Draft, name: &str) -> Option<usize> {
        let path = absolute(draft.path.as_ref()?);
        Some(self.review.review.draft_index(&path, name, draft))
    }

    /// The annotation of point `point` of `draft`, if any.
    pub fn annotation(&self, draft: &Draft, point: usize) -> Option<&Annotation> {
        let index = self.review_draft(draft)?;
        let &k = self.placed.get(&(index, point))?.first()?;
        self.review.review.annotations.get(k)
    }

    /// Places the review's annotations on the open drafts, and carries them forward along the
    /// lineages, when the review, the drafts or their history changed (once, not per row).
    pub(super) fn refresh_review_cache(&mut self) {
        let key = (
            self.review.revision,
            self.drafts.iter().map(|d| d.id).collect::<Vec<_>>(),
            self.history.as_ref().map_or(0, |h| Arc::as_ptr(h) as usize),
        );
        if self.review_cache_key.as_ref() == Some(&key) {
            return;
        }
        self.review_cache_key = Some(key);
        self.placed.clear();
        self.orphaned.clear();
        let review = &self.review.review;
        self.placements = vec![Placement::Orphaned; review.annotations.len()];
        for entry in &self.drafts {
            let Some(r) = self.review_draft(&entry.draft) else {
                continue;
            };
            for (a, annotation) in review.annotations.iter().enumerate() {
                if annotation.draft != r {
                    continue;
                }
                // A draft's text never changes under its id, nor an anchor's place in it: an
                // edit of a note or a category places nothing again.
                let placement = *self
                    .placement_cache
                    .entry((entry.id, anchor_key(&annotation.anchor)))
                    .or_insert_with(|| annotation.anchor.place(&entry.draft));
                self.placements[a] = placement;
                match placement {
                    Placement::Placed(point) => self.placed.entry((r, point)).or_default().push(a),
                    Placement::Orphaned => {
                        self.orphaned.push((entry.name.clone(), annotation.clone()));
                    }
                }
            }
        }
        self.inheritance = self.compute_inheritance();
        // What is drawn and filtered from the annotations follows.
        self.chips_key = self.chips_key.map(|(generation, _)| (generation, u64::MAX));
        self.filter_changed();
        self.sort_history();
    }

    /// The review being edited: where it is saved, its content, and whether it has unsaved
    /// changes.
    pub fn review(&self) -> &ReviewState {
        &self.review
    }

    /// The review's number of an open draft, if the review holds it.
    pub(super) fn review_draft(&self, draft: &Draft) -> Option<usize> {
        let path = absolute(draft.path.as_ref()?);
        self.review
            .review
            .drafts
            .iter()
            .position(|d| d.path == path)
    }

    /// The carry-forward of the review's annotations along the lineages of the open drafts,
    /// oldest first as the history has them (`None` until the history is computed, or
    /// without annotations).
    pub(super) fn compute_inheritance(&self) -> Option<Carried> {
        let h = self.history.as_ref()?;
        if self.review.review.annotations.is_empty() {
            return None;
        }
        // The review with every draft of the history, numbered as the history numbers them
        // (the review's own order may differ); annotations keep their numbers.
        let mut review = self.review.review.clone();
        let order: Vec<usize> = h
            .drafts
            .iter()
            .enumerate()
            .map(|(d, draft)| {
                let path = draft
                    .path
                    .as_deref()
                    .map_or_else(|| PathBuf::from(format!("<draft {d}>")), absolute);
                review.draft_index(&path, &self.name_of_draft(draft), draft)
            })
            .collect();
        review.order_drafts(&order);
        // Annotations keep their numbers; their places are those found for the open drafts.
        let placements = self.placements.clone();
        let count = review.drafts.len();
        let lineages: Vec<Lineage> = h
            .history
            .lineages
            .iter()
            .map(|l| Lineage {
                points: (0..count)
                    .map(|d| l.points.get(d).copied().flatten())
                    .collect(),
                steps: Vec::new(),
                sources: Vec::new(),
            })
            .collect();
        Some(Carried {
            inheritance: Inheritance::from_lineages(&review, &placements, &lineages),
            labels: review.drafts.iter().map(|d| d.label.clone()).collect(),
        })
    }

    /// What point `point` of `draft` inherits, once the history is known: (annotation, label
    /// of the draft it was made on). `None` while the history is being computed.
    fn inherited_along_lineages(
        &self,
        draft: &Draft,
        point: usize,
    ) -> Option<Vec<(Annotation, String)>> {
        let carried = self.inheritance.as_ref()?;
        let h = self.history.as_ref()?;
        let d = h
            .drafts
            .iter()
            .position(|x| std::ptr::eq(Arc::as_ptr(x), draft) || x.path == draft.path)?;
        Some(
            carried
                .inheritance
                .get(d, point)
                .iter()
                .filter_map(|i| {
                    let a = self.review.review.annotations.get(i.annotation)?.clone();
                    Some((a, carried.labels.get(i.draft).cloned().unwrap_or_default()))
                })
                .collect(),
        )
    }

    /// What point `point` of `draft` inherits: (annotation, label of the draft it was made on).
    /// From the lineages of all open drafts once known; until then, from the OLD point of the
    /// pair on screen.
    pub fn inherited(&self, draft: &Draft, point: usize) -> Vec<(Annotation, String)> {
        if self.annotation(draft, point).is_some() {
            return Vec::new();
        }
        if let Some(found) = self.inherited_along_lineages(draft, point) {
            return found;
        }
        // The history is not there yet: the pair on screen tells what NEW points inherit.
        let Some(p) = &self.prepared else {
            return Vec::new();
        };
        if !std::ptr::eq(Arc::as_ptr(&p.new), draft) {
            return Vec::new();
        }
        p.comparison
            .rows
            .iter()
            .find(|r| r.new.contains(&point))
            .map_or_else(Vec::new, |row| self.old_side_annotations(row))
    }

    /// The own annotations of a row's OLD points, as inherited by its NEW points.
    fn old_side_annotations(&self, row: &crate::compare::Row) -> Vec<(Annotation, String)> {
        let Some(p) = &self.prepared else {
            return Vec::new();
        };
        let name = self.name_of_draft(&p.old);
        row.old
            .iter()
            .filter_map(|&o| self.annotation(&p.old, o).cloned())
            .map(|a| (a, name.clone()))
            .collect()
    }

    /// The annotation of comparison row `i`: its NEW point's own, else its OLD point's own (a
    /// removed point, or the OLD side annotated), else what the NEW point inherits.
    pub fn row_annotation(&self, i: usize) -> Option<Annotation> {
        self.row_annotations(i).into_iter().next().map(|(a, _)| a)
    }

    /// Every annotation shown on row `i`, each with whether it is inherited: the NEW points'
    /// own, else what they inherit; for a removed point, the OLD point's own, else what it
    /// inherits. Cheap per row (no search over the rows).
    fn row_annotations(&self, i: usize) -> Vec<(Annotation, bool)> {
        let Some(p) = &self.prepared else {
            return Vec::new();
        };
        let Some(row) = p.comparison.rows.get(i) else {
            return Vec::new();
        };
        let (draft, points) = if row.new.is_empty() {
            (&p.old, &row.old)
        } else {
            (&p.new, &row.new)
        };
        let own: Vec<(Annotation, bool)> = points
            .iter()
            .filter_map(|&k| self.annotation(draft, k).cloned())
            .map(|a| (a, false))
            .collect();
        if !own.is_empty() {
            return own;
        }
        let inherited: Vec<Annotation> = if self.inheritance.is_some() {
            points
                .iter()
                .filter_map(|&k| self.inherited_along_lineages(draft, k))
                .flatten()
                .map(|(a, _)| a)
                .collect()
        } else if !row.new.is_empty() {
            self.old_side_annotations(row)
                .into_iter()
                .map(|(a, _)| a)
                .collect()
        } else {
            Vec::new()
        };
        inherited.into_iter().map(|a| (a, true)).collect()
    }

    /// Category chips for the rows of the comparison on screen, from the review: a row's own
    /// annotations, else what it inherits (marked as such).
    pub(super) fn row_chips(&self) -> std::collections::HashMap<usize, Vec<Chip>> {
        let mut chips = std::collections::HashMap::new();
        let Some(p) = &self.prepared else {
            return chips;
        };
        let review = &self.review.review;
        if review.annotations.is_empty() {
            return chips;
        }
        let taxonomy = review.taxonomy();
        for i in 0..p.comparison.rows.len() {
            let mut row: Vec<Chip> = Vec::new();
            for (a, inherited) in self.row_annotations(i) {
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

    /// Per lineage of the history on screen, the labels of the categories its points have in
    /// the review (sorted).
    pub(super) fn lineage_categories(&self) -> Vec<Vec<String>> {
        let Some(h) = &self.history else {
            return Vec::new();
        };
        let review = &self.review.review;
        let taxonomy = review.taxonomy();
        // The review's draft number of each draft of the history.
        let number: Vec<Option<usize>> = h.drafts.iter().map(|d| self.review_draft(d)).collect();
        h.history
            .lineages
            .iter()
            .map(|l| {
                let mut labels: Vec<String> = l
                    .points
                    .iter()
                    .enumerate()
                    .filter_map(|(d, p)| self.placed.get(&(number.get(d).copied()??, (*p)?)))
                    .flatten()
                    .flat_map(|&a| review.annotations[a].categories.iter())
                    .map(|c| {
                        taxonomy
                            .get(c)
                            .map_or_else(|| c.clone(), |c| c.label.clone())
                    })
                    .collect();
                labels.sort();
                labels.dedup();
                labels
            })
            .collect()
    }

    /// Annotations of the open drafts that cannot be placed on any point (their point is
    /// gone): (draft name, annotation).
    pub fn orphans(&self) -> Vec<(String, Annotation)> {
        self.orphaned.clone()
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
        let mut open = self.categories_open;
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
                    for c in self.review.review.taxonomy().categories {
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
                    ui.add(TextEdit::singleline(&mut self.new_category).desired_width(200.0))
                        .labelled_by(label.id);
                    let name = self.new_category.trim().to_owned();
                    if ui
                        .add_enabled(!name.is_empty(), egui::Button::new("Add"))
                        .clicked()
                    {
                        // A fresh id: never one of an existing category.
                        let category = self.review.review.taxonomy().new_category(&name);
                        self.commands.push(Command::EditCategory(category));
                        self.new_category.clear();
                    }
                });
                self.scale_ui(ui);
            });
        self.categories_open = open;
    }

    /// The review's assessment scale: its values in order, each removable, and one to add.
    /// Annotations keep the value they have when it leaves the scale.
    fn scale_ui(&mut self, ui: &mut egui::Ui) {
        ui.separator();
        ui.label(RichText::new("Assessment scale").strong());
        let scale = self.review.review.scale.clone();
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
            ui.add(TextEdit::singleline(&mut self.new_scale_value).desired_width(200.0))
                .labelled_by(label.id);
            let value = self.new_scale_value.trim().to_owned();
            let fresh = !value.is_empty() && !scale.contains(&value);
            if ui
                .add_enabled(fresh, egui::Button::new("Add to the scale"))
                .clicked()
            {
                let mut scale = scale.clone();
                scale.push(value);
                self.commands.push(Command::SetScale(scale));
                self.new_scale_value.clear();
            }
        });
    }

    /// Writes the report of the pair on screen, with the review's annotations of its two
    /// drafts, to `path`: HTML when the name ends in `.html`/`.htm`, else Markdown.
    pub(super) fn export(&mut self, path: PathBuf) {
        let Some(p) = self.prepared.clone() else {
            self.errors
                .push("Nothing to export: open two drafts first".to_owned());
            return;
        };
        // A report never replaces a draft or the review.
        let protected = self
            .drafts
            .iter()
            .filter_map(|d| d.draft.path.as_deref())
            .chain(self.review.path.as_deref());
        if let Some(input) = protected
            .into_iter()
            .find(|f| crate::fsutil::same_file(f, &path))
        {
            self.errors.push(format!(
                "{}: is an open draft or the review; export to another file",
                input.display()
            ));
            return;
        }
        // The review with every open draft, so that annotations carry forward along the
        // lineages of all of them; the drafts oldest first, in the order of the app's list.
        let mut review = self.review.review.clone();
        let mut order = Vec::with_capacity(self.drafts.len());
        for entry in &self.drafts {
            if let Some(path) = &entry.draft.path {
                let k = review.draft_index(&absolute(path), &entry.name, &entry.draft);
                if review.drafts[k].label.is_empty() {
                    review.drafts[k].label = entry.name.clone();
                }
                order.push(k);
            }
        }
        review.order_drafts(&order);
        let open: Vec<Option<Arc<Draft>>> = review
            .drafts
            .iter()
            .map(|r| {
                self.drafts
                    .iter()
                    .find(|d| d.draft.path.as_deref().map(absolute).as_ref() == Some(&r.path))
                    .map(|d| Arc::clone(&d.draft))
            })
            .collect();
        let position = |draft: &Arc<Draft>| {
            open.iter()
                .position(|o| o.as_ref().is_some_and(|o| Arc::ptr_eq(o, draft)))
        };
        let (Some(old), Some(new)) = (position(&p.old), position(&p.new)) else {
            self.errors
                .push("Nothing to export: the drafts compared are not files".to_owned());
            return;
        };
        let (drafts, old, new): (Vec<Arc<Draft>>, usize, usize) =
            if open.iter().all(Option::is_some) {
                (open.into_iter().flatten().collect(), old, new)
            } else {
                // Drafts of the review that are not open: report on the two on screen only.
                review
                    .annotations
                    .retain(|a| a.draft == old || a.draft == new);
                for a in &mut review.annotations {
                    a.draft = usize::from(a.draft == new);
                }
                review.drafts = vec![review.drafts[old].clone(), review.drafts[new].clone()];
                (vec![Arc::clone(&p.old), Arc::clone(&p.new)], 0, 1)
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

    fn name_of_draft(&self, draft: &Draft) -> String {
        self.drafts
            .iter()
            .find(|d| d.draft.path == draft.path)
            .map_or_else(|| draft.display_title().to_owned(), |d| d.name.clone())
    }

    /// The category and assessment filters (shown when the review has annotations).
    pub(super) fn review_filter_ui(&mut self, ui: &mut egui::Ui) {
        if self.review.review.annotations.is_empty() {
            return;
        }
        let taxonomy = self.review.review.taxonomy();
        let label = ui.label("Category");
        let current = self.category_filter.clone();
        let shown = current
            .as_ref()
            .and_then(|c| taxonomy.get(c))
            .map_or("any", |c| c.label.as_str());
        egui::ComboBox::from_id_salt("clausewise-category-filter")
            .selected_text(shown)
            .show_ui(ui, |ui| {
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
            })
            .response
            .labelled_by(label.id);
        let label = ui.label("Assessment");
        let current = self.assessment_filter.clone();
        egui::ComboBox::from_id_salt("clausewise-assessment-filter")
            .selected_text(current.clone().unwrap_or_else(|| "any".to_owned()))
            .show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), "any").clicked() {
                    self.commands.push(Command::FilterAssessment(None));
                }
                for v in &self.review.review.scale {
                    if ui
                        .selectable_label(current.as_ref() == Some(v), v)
                        .clicked()
                    {
                        self.commands
                            .push(Command::FilterAssessment(Some(v.clone())));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    }

    /// Writes unsaved annotations to a side file at most every [`AUTOSAVE_SECONDS`] (`now` is
    /// egui's clock): `REVIEW.ron.autosave` beside a saved review, else `autosave.review.ron`
    /// in the app's data folder. Returns the file written.
    pub fn autosave(&mut self, now: f64) -> Option<PathBuf> {
        if !self.review.dirty || now - self.last_autosave < AUTOSAVE_SECONDS {
            return None;
        }
        self.last_autosave = now;
        let path = match &self.review.path {
            Some(p) => autosave_path(p),
            None => {
                let path = untitled_autosave()?;
                std::fs::create_dir_all(path.parent()?).ok()?;
                // Removed once this review is saved (only the file this session wrote).
                self.untitled_autosaved = true;
                path
            }
        };
        match self.review.review.save_copy(&path) {
            Ok(()) => Some(path),
            Err(e) => {
                self.errors.push(e.to_string());
                None
            }
        }
    }

    /// Applies `edit` to the annotation of point `point` of the open draft with id `draft_id`.
    pub(super) fn annotate(&mut self, draft_id: u64, point: usize, edit: Edit) {
        let Some(entry) = self.drafts.iter().find(|d| d.id == draft_id).cloned() else {
            return;
        };
        let Some(index) = self.review_index(&entry.draft, &entry.name) else {
            self.errors.push(format!(
                "{}: only drafts read from files can be annotated",
                entry.name
            ));
            return;
        };
        // The annotation on the point, from the placements kept for the open drafts.
        let existing = self
            .placed
            .get(&(index, point))
            .and_then(|list| list.first().copied());
        self.review
            .review
            .annotate_placed(index, &entry.draft, point, existing, |a| match edit {
                Edit::Category(id, on) => {
                    a.categories.retain(|c| *c != id);
                    if on {
                        a.categories.push(id);
                    }
                }
                Edit::Assessment(value) => a.set_assessment(value),
                Edit::Note(note) => a.note = note,
                Edit::Copy {
                    categories,
                    assessment,
                    note,
                } => {
                    a.categories = categories;
                    a.assessment = assessment;
                    a.note = note;
                }
            });
        self.review.dirty = true;
        self.review.revision += 1;
    }

    /// Rows of the pair on screen by category and status, as stacked bars (counts written
    /// out too, so that nothing depends on colour).
    fn category_chart_ui(&self, ui: &mut egui::Ui) {
        let Some(p) = &self.prepared else { return };
        let mut table: Vec<(String, egui::Color32, [usize; 6])> = Vec::new();
        for (&i, chips) in &self.chips {
            let Some(row) = p.comparison.rows.get(i) else {
                continue;
            };
            let k = crate::compare::Status::ALL
                .iter()
                .position(|&s| s == row.status)
                .unwrap_or(0);
            for (label, colour, _) in chips {
                match table.iter_mut().find(|(l, _, _)| l == label) {
                    Some((_, _, counts)) => counts[k] += 1,
                    None => {
                        let mut counts = [0; 6];
                        counts[k] = 1;
                        table.push((label.clone(), *colour, counts));
                    }
                }
            }
        }
        if table.is_empty() {
            return;
        }
        table.sort_by(|a, b| a.0.cmp(&b.0));
        egui::CollapsingHeader::new("Categories in this pair")
            .default_open(true)
            .show(ui, |ui| {
                let palette = super::palette::Palette::new(ui.visuals(), self.settings.font_size());
                let most = table
                    .iter()
                    .map(|(_, _, c)| c.iter().sum::<usize>())
                    .max()
                    .unwrap_or(1)
                    .max(1);
                for (label, colour, counts) in &table {
                    let parts: Vec<String> = crate::compare::Status::ALL
                        .iter()
                        .zip(counts)
                        .filter(|(_, n)| **n > 0)
                        .map(|(s, n)| format!("{n} {}", s.name()))
                        .collect();
                    ui.label(RichText::new(format!("{label}: {}", parts.join(", "))).small());
                    let width = ui.available_width();
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(width, 6.0), egui::Sense::hover());
                    let mut x = rect.left();
                    for (s, n) in crate::compare::Status::ALL.iter().zip(counts) {
                        let w = width * *n as f32 / most as f32;
                        let fill = if *s == crate::compare::Status::Unchanged {
                            *colour
                        } else {
                            palette.status_color(*s)
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

    /// The panel where the selected row's point is annotated: the NEW point, or the OLD one
    /// for a removed point.
    pub(super) fn annotate_panel_ui(&mut self, ui: &mut egui::Ui) {
        self.category_chart_ui(ui);
        let (Some(p), Some(i)) = (self.prepared.clone(), self.selected) else {
            ui.heading("Annotate");
            ui.label("Select a point to classify it.");
            self.orphans_ui(ui);
            return;
        };
        let Some(row) = p.comparison.rows.get(i) else {
            return;
        };
        self.orphans_ui(ui);
        if !row.old.is_empty() && !row.new.is_empty() {
            ui.horizontal(|ui| {
                ui.label("Annotate");
                ui.selectable_value(&mut self.annotate_old, false, "NEW point");
                ui.selectable_value(&mut self.annotate_old, true, "OLD point");
            });
        }
        let old_side = (self.annotate_old && !row.old.is_empty()) || row.new.is_empty();
        let (draft_id, draft, point) = match (old_side, row.old.first(), row.new.first()) {
            (true, Some(&o), _) => (p.old_id, &p.old, o),
            (false, _, Some(&n)) => (p.new_id, &p.new, n),
            _ => return,
        };
        let label = draft.points.get(point).map_or("", |pt| pt.label.as_str());
        let name = self
            .drafts
            .iter()
            .find(|d| d.id == draft_id)
            .map_or(String::new(), |d| d.name.clone());
        ui.heading(format!("Annotate point {label}"));
        ui.label(RichText::new(&name).small().weak());
        let own = self.annotation(draft, point).cloned();
        let taxonomy = self.review.review.taxonomy();
        let category_labels = |a: &Annotation| -> String {
            a.categories
                .iter()
                .map(|c| taxonomy.get(c).map_or(c.as_str(), |c| c.label.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        // Without an annotation of its own, the point shows what it inherits from earlier
        // drafts; the first edit (or "Confirm") makes that the point's own.
        let inherited = if own.is_none() {
            self.inherited(draft, point)
        } else {
            Vec::new()
        };
        let base: Option<Annotation> = inherited.first().map(|(first, _)| {
            let mut merged = first.clone();
            for (a, _) in &inherited[1..] {
                for c in &a.categories {
                    if !merged.categories.contains(c) {
                        merged.categories.push(c.clone());
                    }
                }
                if !a.note.is_empty() && !merged.note.contains(&a.note) {
                    merged.note = format!("{}\n{}", merged.note, a.note).trim().to_owned();
                }
            }
            merged
        });
        if !inherited.is_empty() {
            ui.group(|ui| {
                for (a, from) in &inherited {
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
                if let Some(base) = &base
                    && ui.button("Confirm inherited annotation").clicked()
                {
                    self.commands.push(Command::Annotate {
                        draft: draft_id,
                        point,
                        edit: Edit::Copy {
                            categories: base.categories.clone(),
                            assessment: base.assessment.clone(),
                            note: base.note.clone(),
                        },
                    });
                }
            });
        }
        let own_missing = own.is_none();
        let own = own.or_else(|| base.clone()).unwrap_or(Annotation {
            draft: 0,
            anchor: crate::review::Anchor {
                label: String::new(),
                quote: String::new(),
                prefix: String::new(),
                suffix: String::new(),
            },
            categories: Vec::new(),
            assessment: None,
            note: String::new(),
        });
        let mut edits: Vec<Edit> = Vec::new();
        let text = draft.points.get(point).map_or("", |pt| pt.text.as_str());
        let suggested: Vec<(String, String)> = taxonomy
            .suggest(text)
            .into_iter()
            .filter(|(c, _)| !own.categories.contains(&c.id))
            .take(3)
            .map(|(c, _)| (c.id.clone(), c.label.clone()))
            .collect();
        if !suggested.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label("Suggested:");
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
        }
        let label = ui.label("Assessment");
        // No assessment and "unassessed" are one choice (stored as none).
        let mut assessment = own.assessment.clone().filter(|v| v != UNASSESSED);
        let scale = &self.review.review.scale;
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
        if !edits.is_empty() {
            if own_missing && let Some(base) = base {
                // Editing an inherited annotation starts from it, not from nothing.
                self.commands.push(Command::Annotate {
                    draft: draft_id,
                    point,
                    edit: Edit::Copy {
                        categories: base.categories,
                        assessment: base.assessment,
                        note: base.note,
                    },
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
