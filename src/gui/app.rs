//! The application state: open drafts, the chosen pair, the comparison, filters and selection.
//! Usable headless (tests, benchmarks). It never draws: `window.rs` hands its parts (the
//! structs below) to the panels, which hand back commands.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::command::{CloseAnswer, Command};
use super::jobs::{JobOutput, Jobs, load_drafts, pick_export_path, pick_files, pick_save_path};
use super::model::Chip;
use super::model::{DraftEntry, Filter, Prepared, PreparedHistory};
use super::palette::hex_colour;
use super::review::ReviewSession;
use super::rows::RowList;
use super::settings::{Settings, ViewMode};
use crate::compare::TextOptions;
use crate::draft::Draft;
use crate::report::Format;
use crate::report::review::Pair;
use crate::review::Annotation;
use crate::review::session::{
    DraftId, Edit, RowMarks, SaveJob, Session, export_input, untitled_left,
};
use std::path::Path;

/// The open drafts, their names and the pair on screen.
#[derive(Default)]
pub(super) struct Workspace {
    pub(super) drafts: Vec<DraftEntry>,
    pub(super) next_draft_id: u64,
    /// Names to give files being loaded (restored from the saved settings).
    pub(super) pending_names: HashMap<PathBuf, String>,
    /// OLD and NEW as draft ids.
    pub(super) pair: Option<(DraftId, DraftId)>,
    /// OLD and NEW to show first (positions in the drafts given on the command line).
    pub(super) initial_pair: Option<(usize, usize)>,
}

/// The comparison on screen: its rows, filters, selection, layout caches and the notes of its rows.
#[derive(Default)]
pub(super) struct ComparisonView {
    /// The comparison on screen (it may lag behind `pair` while a new one is computed).
    pub(super) prepared: Option<Arc<Prepared>>,
    /// The comparison last asked for, and its generation.
    pub(super) requested: Option<(DraftId, DraftId, TextOptions)>,
    pub(super) generation: u64,
    /// The generation of the comparison on screen.
    pub(super) shown_generation: u64,
    pub(super) filter: Filter,
    pub(super) visible: Vec<usize>,
    pub(super) visible_dirty: bool,
    pub(super) selected: Option<usize>,
    pub(super) expanded: HashSet<usize>,
    pub(super) list: RowList,
    /// Category chips of the rows on screen, and the (comparison, review revision) they are of.
    pub(super) chips: std::collections::HashMap<usize, Vec<super::model::Chip>>,
    pub(super) chips_key: Option<(u64, u64)>,
    /// The notes of each row of the comparison on screen (the review's rule), and the
    /// (comparison, review revision) they are of.
    pub(super) marks: Vec<RowMarks>,
    /// Show only rows annotated with this category id.
    pub(super) category_filter: Option<String>,
    /// Show only rows with this assessment.
    pub(super) assessment_filter: Option<String>,
    /// A row to select once the comparison of this pair arrives: (old id, new id, old point,
    /// new point).
    pub(super) pending_reveal: Option<(DraftId, DraftId, Option<usize>, Option<usize>)>,
    /// Annotate the OLD or (by default) the NEW point of the selected row.
    pub(super) annotate_side: crate::compare::Side,
    /// Rows marked to be paired by hand with the selected row (indices into the rows on
    /// screen; cleared with every new comparison).
    pub(super) marked: Vec<usize>,
    /// The fingerprint of the review's corrections of the pair when the comparison was asked
    /// for ([`crate::review::session::Session::corrections_key`]).
    pub(super) requested_fixes: u64,
}

/// The history of the open drafts: its lineages in the order shown, their categories and tallies, the point whose history is open.
#[derive(Default)]
pub(super) struct HistoryView {
    /// The history of all open drafts (computed when the history view is shown).
    pub(super) history: Option<Arc<PreparedHistory>>,
    /// The history last asked for: draft ids and options.
    pub(super) history_requested: Option<(Vec<DraftId>, TextOptions)>,
    pub(super) history_generation: u64,
    /// Lineage indices in the chosen order.
    pub(super) history_order: Vec<usize>,
    /// Per lineage, the labels of its categories in the review.
    pub(super) history_categories: Vec<Vec<String>>,
    /// Per category label of the review, its points in each draft and what each step did to
    /// them (worked out with the order, not per frame).
    pub(super) history_category_tallies: Vec<(String, crate::compare::history::Tally)>,
    /// The lineage whose whole history is shown.
    pub(super) selected_lineage: Option<usize>,
    /// The fingerprint of the review's corrections of the steps when the history was asked for.
    pub(super) history_fixes: u64,
}

/// Messages and the state of windows and prompts (runtime only, never saved).
#[derive(Default)]
pub(super) struct UiFlags {
    pub(super) errors: Vec<String>,
    /// A passing message for the status bar ("No more changes below").
    pub(super) notice: Option<String>,
    /// The categories window is open.
    pub(super) categories_open: bool,
    /// Name typed for a new category.
    pub(super) new_category: String,
    /// A value typed for the assessment scale.
    pub(super) new_scale_value: String,
    /// Asking whether to save before closing.
    pub(super) close_prompt: bool,
    /// The user chose to close without saving.
    pub(super) allow_close: bool,
    /// The user chose "Save" in the closing prompt: close once the save is done.
    pub(super) close_after_save: bool,
    /// The user chose to close without saving: the window closes at the next frame.
    pub(super) close_now: bool,
    pub(super) applied_style: Option<(bool, f32)>,
    /// egui's clock at the last frame (when a change was made, for autosave).
    pub(super) clock: f64,
    /// Whether the window had the keyboard focus at the last frame.
    pub(super) focused: Option<bool>,
    /// The widget with the keyboard focus at the last frame: when it changes, a run of typing
    /// ends its undo step.
    pub(super) focused_widget: Option<egui::Id>,
    /// The safety questions waiting for an answer (outside drafts, a review changed on disk).
    pub(super) dialogs: Dialogs,
    /// The app may read the system clipboard (a real window; headless apps never do).
    pub(super) system_clipboard: bool,
    /// The app may look for a Chinese and Japanese font among the system's fonts (a real
    /// window; headless apps never do).
    pub(super) system_fonts: bool,
    /// Where the search for a Chinese and Japanese font stands.
    pub(super) cjk_font: CjkFont,
}

/// The search for a font that shows Chinese and Japanese (see `fonts::find_cjk_font`), made
/// once, when the first draft holding such text is opened.
#[derive(Debug, Default)]
pub(super) enum CjkFont {
    /// No open draft has needed one yet.
    #[default]
    NotNeeded,
    /// Looking for one off the UI thread.
    Searching,
    /// Found: installed at the next frame (`true` once installed).
    Found(super::fonts::SystemFont, bool),
    /// None on this system (the user was told).
    Missing,
}

/// The questions the app is waiting on, and what the user already allowed.
#[derive(Debug, Default)]
pub struct Dialogs {
    /// A review whose drafts lie outside its folder: (the review, those drafts). It opens only
    /// once the user confirms.
    pub outside: Option<(PathBuf, Vec<PathBuf>)>,
    /// Reviews whose outside drafts the user agreed to read (for this run).
    pub allowed_outside: std::collections::HashSet<PathBuf>,
    /// A save refused because the file changed on disk since it was opened or saved.
    pub changed: Option<PathBuf>,
}

impl ComparisonView {
    /// Filters the rows again when the filters, the search or the notes changed: by status,
    /// moved, search, then by the category and assessment of the first note each row shows
    /// (`annotations`: the review's, by number).
    fn refresh_visible(&mut self, annotations: &[crate::review::Annotation]) {
        if !self.visible_dirty {
            return;
        }
        self.visible_dirty = false;
        self.visible = match &self.prepared {
            Some(p) => p.filter(&self.filter),
            None => Vec::new(),
        };
        if self.category_filter.is_some() || self.assessment_filter.is_some() {
            let first = |i: usize| {
                let &(k, _) = self.marks.get(i)?.shown().first()?;
                annotations.get(k)
            };
            let keep = |i: &usize| {
                let a = first(*i);
                let category = self
                    .category_filter
                    .as_ref()
                    .is_none_or(|c| a.is_some_and(|a| a.categories.contains(c)));
                let assessment = self
                    .assessment_filter
                    .as_ref()
                    .is_none_or(|v| a.is_some_and(|a| a.has_assessment(v)));
                category && assessment
            };
            let visible: Vec<usize> = self.visible.iter().copied().filter(keep).collect();
            self.visible = visible;
        }
        self.list.visible_changed();
    }

    /// Selects a row where it is (a click); with `collapse_unchanged`, a click opens a folded
    /// unchanged row and a second click folds it again.
    fn select(&mut self, i: usize, collapse_unchanged: bool) {
        let again = self.selected == Some(i);
        self.selected = Some(i);
        let unchanged = self
            .prepared
            .as_ref()
            .is_some_and(|p| p.comparison.rows.get(i).is_some_and(|r| !r.is_change()));
        if unchanged && collapse_unchanged {
            if !self.expanded.insert(i) && again {
                self.expanded.remove(&i);
            }
            self.list.invalidate_row(i);
        }
    }
}

impl HistoryView {
    /// Orders the lineages by `sort`, and works out their categories (labels, in the
    /// taxonomy's order) and the per-category tallies from what the review says of each
    /// lineage (`notes`, by the rules the reports follow).
    fn sort(
        &mut self,
        sort: super::model::HistorySort,
        notes: &[crate::review::session::LineageNotes],
        taxonomy: &crate::review::Taxonomy,
    ) {
        let rank = |id: &String| taxonomy.position(id).unwrap_or(usize::MAX);
        let categories: Vec<Vec<String>> = notes
            .iter()
            .map(|n| {
                let mut ids = n.categories.clone();
                crate::review::session::in_taxonomy_order(taxonomy, &mut ids);
                ids
            })
            .collect();
        self.history_order = self.history.as_ref().map_or_else(Vec::new, |h| {
            h.order_with(sort, |l| {
                categories
                    .get(l)
                    .and_then(|c| c.first())
                    .map(|c| (rank(c), c.clone()))
            })
        });
        self.history_categories = categories
            .into_iter()
            .map(|ids| {
                ids.into_iter()
                    .map(|id| taxonomy.label(&id).to_owned())
                    .collect()
            })
            .collect();
        self.history_category_tallies = match &self.history {
            Some(h) => crate::review::session::category_counts(&h.history, notes, taxonomy),
            None => Vec::new(),
        };
    }
}

impl Workspace {
    /// The name of the open draft `id` (empty when it is not open).
    pub(super) fn name_of(&self, id: DraftId) -> String {
        self.drafts
            .iter()
            .find(|d| d.id == id)
            .map_or_else(String::new, |d| d.name.clone())
    }

    /// The position in the list of the draft `id`.
    fn position(&self, id: DraftId) -> Option<usize> {
        self.drafts.iter().position(|d| d.id == id)
    }

    /// Positions of OLD and NEW in the list.
    pub(super) fn pair_positions(&self) -> Option<(usize, usize)> {
        let (o, n) = self.pair?;
        Some((self.position(o)?, self.position(n)?))
    }

    /// The last draft against the one before it.
    fn default_pair(&self) -> Option<(DraftId, DraftId)> {
        match self.drafts.as_slice() {
            [.., old, new] => Some((old.id, new.id)),
            _ => None,
        }
    }

    /// Makes the draft at position `k` OLD (`old`) or NEW, keeping the other side.
    fn set_pair_side(&mut self, k: usize, old: bool) {
        let Some(id) = self.drafts.get(k).map(|d| d.id) else {
            return;
        };
        let (o, n) = self
            .pair
            .or_else(|| self.default_pair())
            .unwrap_or((id, id));
        self.pair = Some(if old { (id, n) } else { (o, id) });
    }

    /// The consecutive pair after (`forward`) or before the one on screen: each draft against
    /// the one before it, within the list.
    fn step_pair(&mut self, forward: bool) {
        let count = self.drafts.len();
        if count < 2 {
            return;
        }
        let new_pos = self.pair_positions().map_or(count - 1, |(_, n)| n);
        let new_pos = if forward {
            (new_pos + 1).min(count - 1).max(1)
        } else {
            new_pos.saturating_sub(1).max(1)
        };
        self.pair = Some((self.drafts[new_pos - 1].id, self.drafts[new_pos].id));
    }
}

/// The Clausewise desktop app: its state split by what it is.
pub struct App {
    /// Preferences, saved between runs.
    pub settings: Settings,
    /// The open drafts and the pair.
    pub(super) workspace: Workspace,
    /// The comparison on screen.
    pub(super) view: ComparisonView,
    /// The history view.
    pub(super) hist: HistoryView,
    /// The review being edited (empty until the first annotation or an opened review file).
    pub(super) review: ReviewSession,
    pub(super) jobs: Jobs,
    /// Commands chosen while drawing this frame.
    pub(super) commands: Vec<Command>,
    /// Messages, windows and prompts.
    pub(super) ui: UiFlags,
}

impl App {
    /// The app as eframe starts it: settings from storage, then `files` (or, without files, the
    /// drafts that were open last time).
    pub fn new(cc: &eframe::CreationContext<'_>, files: Vec<PathBuf>) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
            .unwrap_or_default();
        install_fonts(&cc.egui_ctx);
        let mut app = Self::build(settings, files, eframe::storage_dir("clausewise"));
        app.jobs.set_context(&cc.egui_ctx);
        app.ui.system_clipboard = true;
        app.ui.system_fonts = true;
        // Annotations of a review never saved, from a session that ended without saving.
        let first = app.review.session.untitled.clone();
        let left = first.as_deref().map(untitled_left).unwrap_or_default();
        if let Some(newest) = left.first() {
            let more = match left.len() {
                1 => String::new(),
                n => format!(" ({} more beside it)", n - 1),
            };
            app.ui.notice = Some(format!(
                "Unsaved annotations of an untitled review are in {}{more}: File > Open it to go on",
                newest.display()
            ));
        }
        if let Err(e) = crate::compare::thesaurus::load() {
            app.ui.errors.push(format!(
                "Your thesaurus was left out, the bundled one is used: {e}"
            ));
        }
        app
    }

    /// An app with `settings` that starts loading `files` in the background (or, when `files` is
    /// empty, the drafts listed in `settings.open_files`).
    pub fn with_settings(settings: Settings, files: Vec<PathBuf>) -> Self {
        Self::build(settings, files, None)
    }

    /// [`App::with_settings`], with the folder where an untitled review is autosaved.
    fn build(settings: Settings, files: Vec<PathBuf>, data_folder: Option<PathBuf>) -> Self {
        let mut app = App {
            settings,
            workspace: Workspace::default(),
            view: ComparisonView::default(),
            hist: HistoryView::default(),
            review: ReviewSession::new(data_folder),
            jobs: Jobs::default(),
            commands: Vec::new(),
            ui: UiFlags::default(),
        };
        let files = if files.is_empty() {
            let reopen = std::mem::take(&mut app.settings.open_files);
            reopen
                .into_iter()
                .map(|f| {
                    app.workspace.pending_names.insert(f.path.clone(), f.name);
                    f.path
                })
                .collect()
        } else {
            files
        };
        app.open(files);
        app
    }

    /// Shows drafts `old` and `new` (positions, 0-based) first, once that many drafts are open,
    /// instead of the last draft against the one before it.
    pub fn with_initial_pair(mut self, pair: Option<(usize, usize)>) -> Self {
        self.workspace.initial_pair = pair;
        self.apply_initial_pair();
        self
    }

    fn apply_initial_pair(&mut self) {
        let Some((o, n)) = self.workspace.initial_pair else {
            return;
        };
        if let (Some(old), Some(new)) = (self.workspace.drafts.get(o), self.workspace.drafts.get(n))
            && o != n
        {
            self.workspace.pair = Some((old.id, new.id));
            self.workspace.initial_pair = None;
            self.ensure_comparison();
        }
    }

    /// An app with default settings and `files` loading in the background.
    pub fn from_paths(files: Vec<PathBuf>) -> Self {
        Self::with_settings(Settings::default(), files)
    }

    /// An app with default settings and drafts already loaded (compared in the background).
    pub fn from_drafts(drafts: Vec<Draft>) -> Self {
        let mut app = Self::with_settings(Settings::default(), Vec::new());
        app.add_drafts(drafts);
        app
    }

    /// Blocks until every background job has finished and its result is applied (for tests and
    /// benchmarks; the UI never calls it).
    pub fn wait_for_jobs(&mut self) {
        while let Some(output) = self.jobs.wait_next() {
            self.handle(output);
            self.reconcile();
        }
    }

    /// The open drafts, in order.
    pub fn drafts(&self) -> &[DraftEntry] {
        &self.workspace.drafts
    }

    /// Error messages shown in the window, one line each.
    pub fn errors(&self) -> &[String] {
        &self.ui.errors
    }

    /// Positions of OLD and NEW in [`App::drafts`].
    pub fn pair(&self) -> Option<(usize, usize)> {
        self.workspace.pair_positions()
    }

    /// The comparison on screen.
    pub fn prepared(&self) -> Option<&Prepared> {
        self.view.prepared.as_deref()
    }

    /// Rows that pass the filters, as indices into the comparison's rows.
    pub fn visible_rows(&self) -> &[usize] {
        &self.view.visible
    }

    /// The selected row (an index into the comparison's rows).
    pub fn selected(&self) -> Option<usize> {
        self.view.selected
    }

    /// The rows drawn in the last frame (those in sight), as indices into the comparison's rows.
    pub fn drawn_rows(&self) -> &[usize] {
        &self.view.list.drawn
    }

    /// The width of each text column of the comparison at the last frame.
    pub fn column_width(&self) -> Option<f32> {
        self.view.list.column_width()
    }

    /// True while drafts load or a comparison runs.
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy()
    }

    /// Applies a command at once (the UI queues them while drawing and applies them after).
    pub fn apply(&mut self, command: Command) {
        let command = self.apply_workspace(command).err();
        let command = command.and_then(|c| self.apply_view(c).err());
        let command = command.and_then(|c| self.apply_settings(c).err());
        if let Some(command) = command {
            self.apply_review(command);
        }
        self.reconcile();
    }

    /// Brings everything that follows from the drafts, the pair, the options, the review and
    /// the filters up to date, once, after any change.
    pub(super) fn reconcile(&mut self) {
        self.ensure_comparison();
        self.ensure_history();
        self.refresh_review_cache();
        self.reveal_pending();
        self.refresh_visible();
        self.review.observe(self.ui.clock);
    }

    /// The drafts and the pair: open, close, reorder, rename, choose OLD and NEW. Other
    /// commands are handed back.
    fn apply_workspace(&mut self, command: Command) -> Result<(), Command> {
        match command {
            Command::OpenDialog => self.jobs.spawn("Choosing files".to_owned(), pick_files),
            Command::Open(paths) => self.open(paths),
            Command::RemoveDraft(k) => {
                if k < self.workspace.drafts.len() {
                    let id = self.workspace.drafts.remove(k).id;
                    if self.workspace.pair.is_some_and(|(o, n)| o == id || n == id) {
                        self.workspace.pair = self.default_pair();
                    }
                }
            }
            Command::MoveDraft { from, to } => {
                if from < self.workspace.drafts.len() && to < self.workspace.drafts.len() {
                    let entry = self.workspace.drafts.remove(from);
                    self.workspace.drafts.insert(to, entry);
                }
            }
            Command::RenameDraft(k, name) => {
                if let Some(entry) = self.workspace.drafts.get_mut(k) {
                    entry.name = name;
                }
            }
            Command::SetOld(k) => self.set_pair_side(k, true),
            Command::SetNew(k) => self.set_pair_side(k, false),
            Command::Swap => self.workspace.pair = self.workspace.pair.map(|(o, n)| (n, o)),
            Command::PreviousPair => self.step_pair(false),
            Command::NextPair => self.step_pair(true),
            Command::OpenStep { step, lineage } => self.open_step(step, lineage),
            Command::PasteDraft(text) => {
                let system = self.ui.system_clipboard;
                self.jobs
                    .spawn("Reading the clipboard".to_owned(), move || {
                        super::jobs::read_clipboard(text, system)
                    });
            }
            Command::SaveDraftAs(k, path) => self.save_draft_as(k, path),
            other => return Err(other),
        }
        Ok(())
    }

    /// What the comparison and history views show: selection, navigation, filters, search,
    /// the history's order and selected point. Other commands are handed back.
    fn apply_view(&mut self, command: Command) -> Result<(), Command> {
        match command {
            Command::NextChange => self.step_change(true),
            Command::PreviousChange => self.step_change(false),
            Command::Reveal(i) => self.reveal(i),
            Command::Select(i) => self.select(i),
            Command::OnlyStatus(status) => {
                self.view.filter.only(status);
                self.view.visible_dirty = true;
            }
            Command::ShowStatus(status, shown) => {
                self.view.filter.set(status, shown);
                self.view.visible_dirty = true;
            }
            Command::OnlyMoved(on) => {
                self.view.filter.only_moved = on;
                self.view.visible_dirty = true;
            }
            Command::OnlyToCheck(on) => {
                self.view.filter.only_to_check = on;
                self.view.visible_dirty = true;
            }
            Command::OnlySubstantive(on) => {
                self.view.filter.only_substantive = on;
                self.view.visible_dirty = true;
            }
            Command::OnlyKind(kind, on) => {
                self.view.filter.kinds[kind as usize] = on;
                self.view.visible_dirty = true;
            }
            Command::Search(text) => {
                self.view.filter.search = text;
                self.view.visible_dirty = true;
            }
            Command::ShowAll => {
                self.view.filter = Filter::default();
                self.view.visible_dirty = true;
            }
            Command::FilterCategory(c) => {
                self.view.category_filter = c;
                self.view.visible_dirty = true;
            }
            Command::FilterAssessment(a) => {
                self.view.assessment_filter = a;
                self.view.visible_dirty = true;
            }
            Command::AnnotateSide(side) => self.view.annotate_side = side,
            Command::Mark(i) => self.toggle_mark(i),
            Command::MarkSelected => match self.view.selected {
                Some(i) => self.toggle_mark(i),
                None => self.ui.notice = Some("Select a row to mark it for pairing".to_owned()),
            },
            Command::SelectLineage(lineage) => self.hist.selected_lineage = lineage,
            Command::SortHistory(sort) => {
                self.settings.history_sort = sort;
                self.sort_history();
            }
            other => return Err(other),
        }
        Ok(())
    }

    /// Preferences kept between runs, and the messages of the window. Other commands are
    /// handed back.
    fn apply_settings(&mut self, command: Command) -> Result<(), Command> {
        match command {
            Command::SetOptions(options) => self.settings.options = options,
            Command::SetView(view) => self.settings.view = view,
            Command::SetDark(dark) => self.settings.dark = dark,
            Command::SetFontSize(size) => self.settings.font_size = size,
            Command::CollapseUnchanged(on) => self.settings.collapse_unchanged = on,
            Command::ShowPanel(panel, on) => self.settings.show_panel(panel, on),
            Command::ClearRecent => self.settings.recent_files.clear(),
            Command::DismissError(k) => {
                if k < self.ui.errors.len() {
                    self.ui.errors.remove(k);
                }
            }
            Command::DismissErrors => self.ui.errors.clear(),
            other => return Err(other),
        }
        Ok(())
    }

    /// The review: annotate, edit categories and scale, save, export, and the answers to the
    /// safety questions about opening and saving it.
    fn apply_review(&mut self, command: Command) {
        match command {
            // The review's revision changes: `reconcile` places, filters and sorts again, once.
            Command::Annotate { draft, point, edit } => {
                let before = self.review.session.review.clone();
                let revision = self.review.session.revision;
                let label = self.annotation_step_label(draft, point);
                let run = matches!(edit, crate::review::session::Edit::Note(_))
                    .then(|| format!("note {} {point}", draft.0));
                self.annotate(draft, point, edit);
                if self.review.session.revision != revision {
                    self.review
                        .undo
                        .record(&label, run.as_deref(), self.ui.clock, || before);
                }
            }
            Command::PairMarked => self.pair_marked(),
            Command::UnpairSelected => self.unpair_selected(),
            Command::TakeOutSelected => self.take_out_selected(),
            Command::Correct { old, new, decision } => self.correct(old, new, decision),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Export(Some(path)) => self.export(path),
            Command::Export(None) => self
                .jobs
                .spawn("Choosing where to export".to_owned(), pick_export_path),
            Command::EditCategory(category) => {
                self.record_undo("Category change");
                self.review.session.edit_category(category);
            }
            Command::SetScale(scale) if scale != self.review.session.review.scale => {
                self.record_undo("Assessment scale change");
                self.review.session.set_scale(scale);
            }
            Command::ShowCategories(open) => self.ui.categories_open = open,
            Command::SaveReview | Command::SaveReviewAs(None)
                if self.unsaved_drafts_error(None).is_some() =>
            {
                self.ui.errors.extend(self.unsaved_drafts_error(None));
            }
            Command::SaveReview => match self.review.session.path.clone() {
                Some(path) => self.save_review(path),
                None => self
                    .jobs
                    .spawn("Choosing where to save".to_owned(), pick_save_path),
            },
            Command::SaveReviewAs(Some(path)) => self.save_review(path),
            Command::SaveReviewAs(None) => self
                .jobs
                .spawn("Choosing where to save".to_owned(), pick_save_path),
            Command::AnswerOutside(open) => self.answer_outside(open),
            Command::AnswerChanged(answer) => self.answer_changed(answer),
            Command::AnswerClose(answer) => {
                self.ui.close_prompt = false;
                match answer {
                    CloseAnswer::SaveAndClose => {
                        self.ui.close_after_save = true;
                        self.apply(Command::SaveReview);
                    }
                    CloseAnswer::CloseWithoutSaving => {
                        self.ui.allow_close = true;
                        self.ui.close_now = true;
                    }
                    CloseAnswer::Cancel => {}
                }
            }
            // Handled by the areas above.
            _ => {}
        }
    }

    /// Selects a row where it is (a click); a click opens a folded unchanged row, a second
    /// click folds it again.
    fn select(&mut self, i: usize) {
        self.view.select(i, self.settings.collapse_unchanged);
    }

    /// Orders the history's lineages as the settings say, and refreshes their categories and
    /// the per-category tallies (the reports' rules: taxonomy order, points counted once).
    pub(super) fn sort_history(&mut self) {
        let notes = self.lineage_notes();
        let taxonomy = self.review.session.review.taxonomy();
        self.hist
            .sort(self.settings.history_sort, &notes, &taxonomy);
    }

    /// The history's lineages in the order shown.
    pub fn history_order(&self) -> &[usize] {
        &self.hist.history_order
    }

    /// The history of the open drafts, once computed (for the history view and tests).
    pub fn history(&self) -> Option<&PreparedHistory> {
        self.hist.history.as_deref()
    }

    /// The lineage whose whole history is shown.
    pub fn selected_lineage(&self) -> Option<usize> {
        self.hist.selected_lineage
    }

    /// Starts following every point through the open drafts when the history view is shown
    /// and the drafts or the options changed since the last time.
    fn ensure_history(&mut self) {
        if self.workspace.drafts.len() < 2 {
            // Nothing to follow: no matrix of drafts that are no longer open.
            self.hist.history = None;
            self.hist.history_requested = None;
            self.hist.history_order.clear();
            self.hist.selected_lineage = None;
            return;
        }
        // The history view needs it, and so does carrying annotations forward.
        if self.settings.view != ViewMode::History
            && self.review.session.review.annotations.is_empty()
        {
            return;
        }
        let key = (
            self.workspace
                .drafts
                .iter()
                .map(|d| d.id)
                .collect::<Vec<_>>(),
            self.settings.options,
        );
        let fixes = self.corrections_fingerprint();
        if self.hist.history_requested.as_ref() == Some(&key) && self.hist.history_fixes == fixes {
            return;
        }
        self.hist.history_requested = Some(key);
        self.hist.history_fixes = fixes;
        // The matrix of other drafts (or another order) would lead to the wrong steps.
        self.hist.history = None;
        self.hist.history_order.clear();
        self.hist.selected_lineage = None;
        self.hist.history_generation += 1;
        let generation = self.hist.history_generation;
        let entries = self.workspace.drafts.clone();
        let options = self.settings.options;
        let fixes = self.review_fixes();
        self.jobs.spawn(
            format!("Following every point through {} drafts", entries.len()),
            move || {
                let fixes: Vec<_> = entries
                    .windows(2)
                    .map(|pair| fixes.place(&pair[0], &pair[1]))
                    .collect();
                JobOutput::History {
                    generation,
                    prepared: Box::new(PreparedHistory::compute(&entries, &options, &fixes)),
                }
            },
        );
    }

    /// Shows step `step` of lineage `lineage` side by side, its row selected.
    fn open_step(&mut self, step: usize, lineage: usize) {
        let Some(h) = &self.hist.history else {
            return;
        };
        let (Some(&old_id), Some(&new_id)) = (h.ids.get(step), h.ids.get(step + 1)) else {
            return;
        };
        if self.position(old_id).is_none() || self.position(new_id).is_none() {
            return;
        }
        let Some(l) = h.history.lineages.get(lineage) else {
            return;
        };
        // A restored point is shown against its last version before it was removed.
        let (old_id, old_point) = match l.restored_from(step) {
            Some(from) => match h.ids.get(from.draft) {
                Some(&id) => (id, Some(from.point)),
                None => (old_id, l.points[step]),
            },
            None => (old_id, l.points[step]),
        };
        self.view.pending_reveal = Some((old_id, new_id, old_point, l.points[step + 1]));
        self.hist.selected_lineage = Some(lineage);
        self.workspace.pair = Some((old_id, new_id));
        self.settings.view = ViewMode::SideBySide;
    }

    /// Selects the row asked for by [`Command::OpenStep`] once its comparison is on screen.
    fn reveal_pending(&mut self) {
        let Some((old_id, new_id, old_point, new_point)) = self.view.pending_reveal else {
            return;
        };
        let Some(p) = &self.view.prepared else {
            return;
        };
        if (p.old_id, p.new_id) != (old_id, new_id)
            || self.view.shown_generation != self.view.generation
        {
            return;
        }
        let row = p.comparison.rows.iter().position(|r| {
            old_point.is_some_and(|o| r.old.contains(&o))
                || new_point.is_some_and(|n| r.new.contains(&n))
        });
        self.view.pending_reveal = None;
        if let Some(i) = row {
            self.refresh_visible();
            self.reveal(i);
        }
    }

    /// Marks the rows to be filtered again (after the filter or search changed).
    pub(super) fn filter_changed(&mut self) {
        self.view.visible_dirty = true;
    }

    /// Applies the finished jobs' results without waiting.
    pub(super) fn poll_jobs(&mut self) {
        while let Some(output) = self.jobs.try_next() {
            self.handle(output);
        }
        self.reconcile();
    }

    /// Sets the theme and font size on the context when they changed.
    pub(super) fn apply_style(&mut self, ctx: &egui::Context) {
        // The fonts at the first frame, and again once a system font for Chinese and Japanese
        // is found.
        let found_now = matches!(self.ui.cjk_font, CjkFont::Found(_, false));
        if self.ui.applied_style.is_none() || found_now {
            let font = match &mut self.ui.cjk_font {
                CjkFont::Found(font, installed) => {
                    *installed = true;
                    Some(&*font)
                }
                _ => None,
            };
            super::fonts::install(ctx, font);
        }
        let key = (self.settings.dark, self.settings.font_size());
        if self.ui.applied_style == Some(key) {
            return;
        }

        self.ui.applied_style = Some(key);
        ctx.set_theme(if key.0 {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        let size = key.1;
        ctx.all_styles_mut(|style| {
            for (text_style, font) in style.text_styles.iter_mut() {
                font.size = match text_style {
                    egui::TextStyle::Heading => size * 1.3,
                    egui::TextStyle::Small => size * 0.75,
                    _ => size,
                };
            }
        });
    }

    /// Records the open drafts in the settings, for the next run.
    pub(super) fn sync_open_files(&mut self) {
        self.settings.open_files = self
            .workspace
            .drafts
            .iter()
            .filter_map(|d| {
                Some(super::settings::OpenFile {
                    path: d.draft.path.clone()?,
                    name: d.name.clone(),
                })
            })
            .collect();
    }

    fn position(&self, id: DraftId) -> Option<usize> {
        self.workspace.position(id)
    }

    fn default_pair(&self) -> Option<(DraftId, DraftId)> {
        self.workspace.default_pair()
    }

    fn open(&mut self, paths: Vec<PathBuf>) {
        // A review file brings its drafts.
        let mut expanded = Vec::new();
        // Absolute paths, so that the drafts reopen (next run, File > Recent) from any folder.
        let paths = paths
            .into_iter()
            .map(|p| std::path::absolute(&p).unwrap_or(p));
        for p in paths {
            if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) {
                expanded.extend(self.open_review(&p).unwrap_or_default());
            } else {
                expanded.push(p);
            }
        }
        // The same file by another path (relative, absolute) is the same draft.
        let key = |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
        let mut seen: HashSet<PathBuf> = HashSet::new();
        let paths: Vec<PathBuf> = expanded
            .into_iter()
            .filter(|p| seen.insert(key(p)))
            .filter(|p| {
                let open = self
                    .workspace
                    .drafts
                    .iter()
                    .any(|d| d.draft.path.as_deref().is_some_and(|q| key(q) == key(p)));
                if open {
                    self.ui.notice = Some(format!("{} is already open", p.display()));
                }
                !open
            })
            .collect();
        if paths.is_empty() {
            return;
        }
        let what = match paths.as_slice() {
            [one] => format!("Loading {}", one.display()),
            _ => format!("Loading {} files", paths.len()),
        };
        self.jobs.spawn(what, move || load_drafts(paths));
    }

    fn add_drafts(&mut self, drafts: Vec<Draft>) {
        if drafts.is_empty() {
            return;
        }
        if self.ui.system_fonts
            && matches!(self.ui.cjk_font, CjkFont::NotNeeded)
            && drafts.iter().any(super::fonts::needs_system_font)
        {
            self.ui.cjk_font = CjkFont::Searching;
            self.jobs
                .spawn("Looking for a Chinese and Japanese font".to_owned(), || {
                    JobOutput::CjkFont(super::fonts::find_cjk_font())
                });
        }
        for draft in drafts {
            if let Some(r) = self.review.session.draft_number(&draft)
                && self.review.session.review.drafts[r].changed(&draft)
            {
                self.ui.notice = Some(format!(
                    "{} changed since the review was saved: its annotations were placed again by \
                     their quotes (see Orphaned annotations for any that could not be)",
                    draft.name
                ));
            }
            let name = draft
                .path
                .as_ref()
                .and_then(|p| self.workspace.pending_names.remove(p))
                .unwrap_or_else(|| draft.name.clone());
            self.workspace.drafts.push(DraftEntry {
                id: DraftId(self.workspace.next_draft_id),
                name,
                draft: Arc::new(draft),
            });
            self.workspace.next_draft_id += 1;
        }
        // New drafts are compared against the one before them (or as asked on the command line).
        self.workspace.pair = self.default_pair();
        self.apply_initial_pair();
        // Asked for the drafts given at start only: later drafts get the default pair.
        if let Some((o, n)) = self.workspace.initial_pair.take() {
            self.ui.errors.push(format!(
                "--old {} --new {}: not two different drafts among the {} open; showing the last two",
                o + 1,
                n + 1,
                self.workspace.drafts.len()
            ));
        }
        self.ensure_comparison();
    }

    fn handle(&mut self, output: JobOutput) {
        match output {
            JobOutput::Loaded(results) => {
                let mut drafts = Vec::new();
                for (path, result) in results {
                    match result {
                        Ok(draft) => {
                            self.settings.remember(path);
                            drafts.push(draft);
                        }
                        Err(message) => self.ui.errors.push(message),
                    }
                }
                self.add_drafts(drafts);
            }
            JobOutput::Compared {
                generation,
                prepared,
            } => {
                if generation == self.view.generation {
                    let kept = self.kept_selection(&prepared);
                    self.view.marked.clear();
                    self.view.prepared = Some(Arc::from(prepared));
                    self.view.shown_generation = generation;
                    self.refresh_marks();
                    self.view.selected = kept;
                    if let Some(i) = kept {
                        self.view.list.scroll_to(i);
                    }
                    self.view.expanded.clear();
                    self.view.visible_dirty = true;
                }
            }
            JobOutput::History {
                generation,
                prepared,
            } => {
                if generation == self.hist.history_generation {
                    self.hist.selected_lineage = None;
                    // Sorted (with its categories) by `refresh_review_cache`, which follows.
                    self.hist.history = Some(Arc::from(prepared));
                }
            }
            JobOutput::Picked(Some(paths)) => self.open(paths),
            JobOutput::SaveTo(Some(path)) => self.save_review(path),
            JobOutput::ExportTo(Some(path)) => self.export(path),
            JobOutput::Saved {
                autosave,
                revision,
                result,
            } => match result {
                Ok(written) if !autosave => {
                    self.review.saving = None;
                    self.ui.notice = Some(format!("Saved {}", written.path.display()));
                    self.review.session.saved_file(written, revision);
                }
                Ok(written) => self.review.last_autosave = Some((self.ui.clock, written.path)),
                Err(crate::review::session::SaveError::Changed(path)) if !autosave => {
                    // Another window saved it: ask (merge, save as, overwrite).
                    self.review.saving = None;
                    self.ui.dialogs.changed = Some(path);
                }
                Err(e) => {
                    if !autosave {
                        self.review.saving = None;
                    }
                    self.ui.errors.push(e.to_string());
                }
            },
            JobOutput::Exported(Ok(path)) => {
                self.ui.notice = Some(format!("Exported {}", path.display()))
            }
            JobOutput::Exported(Err(message)) => self.ui.errors.push(message),
            JobOutput::ExportTo(None) => {
                self.ui.notice = Some("Not exported (no file chosen)".to_owned())
            }
            JobOutput::SaveTo(None) => {
                self.ui.notice = Some("Not saved (no file chosen)".to_owned())
            }
            JobOutput::Picked(None) => {
                self.ui.notice = Some(
                    "No file chosen (you can also drop draft files onto the window)".to_owned(),
                );
            }
            JobOutput::Failed(message) => self.ui.errors.push(message),
            JobOutput::CjkFont(Some(font)) => self.ui.cjk_font = CjkFont::Found(font, false),
            JobOutput::CjkFont(None) => {
                self.ui.cjk_font = CjkFont::Missing;
                self.ui.errors.push(
                    "A draft holds Chinese or Japanese text, and no font for it was found on \
                     this system: install one (Debian: fonts-noto-cjk) and open the app again"
                        .to_owned(),
                );
            }
            JobOutput::Pasted(result) => self.pasted(result),
            JobOutput::DraftSaveTo(id, Some(path)) => self.write_draft(id, path),
            JobOutput::DraftSaveTo(_, None) => {
                self.ui.notice = Some("Draft not saved (no file chosen)".to_owned())
            }
            JobOutput::DraftSaved(id, Ok(path)) => self.draft_saved(id, path),
            JobOutput::DraftSaved(_, Err(message)) => self.ui.errors.push(message),
        }
    }

    /// Starts a comparison when the pair or the options differ from the last one asked for.
    fn ensure_comparison(&mut self) {
        let Some((o, n)) = self.workspace.pair else {
            self.view.requested = None;
            if self.view.prepared.take().is_some() {
                self.view.visible_dirty = true;
            }
            return;
        };
        let key = (o, n, self.settings.options);
        let (Some(old), Some(new)) = (
            self.position(o).map(|k| &self.workspace.drafts[k]),
            self.position(n).map(|k| &self.workspace.drafts[k]),
        ) else {
            return;
        };
        // A correction made by hand (or undone) compares the pair again.
        let fixes = self.review.session.corrections_key(&old.draft, &new.draft);
        if self.view.requested == Some(key) && self.view.requested_fixes == fixes {
            return;
        }
        let (old, new) = (old.clone(), new.clone());
        self.view.requested = Some(key);
        self.view.requested_fixes = fixes;
        self.view.generation += 1;
        let generation = self.view.generation;
        let options = key.2;
        let fixes = self.review_fixes();
        self.jobs.spawn(
            format!("Comparing {} with {}", old.name, new.name),
            move || {
                let fixes = fixes.place(&old, &new);
                JobOutput::Compared {
                    generation,
                    prepared: Box::new(Prepared::compute(&old, &new, &options, &fixes)),
                }
            },
        );
    }

    /// The open review's alignment corrections (made by hand and saved with the review), with
    /// the review's number of each open draft, to be placed on the drafts by a background job
    /// ([`ReviewFixes::place`]): placing anchors is no work for the UI thread.
    fn review_fixes(&self) -> ReviewFixes {
        let session = &self.review.session;
        ReviewFixes {
            review: crate::review::Review {
                overrides: session.review.overrides.clone(),
                ..Default::default()
            },
            numbers: self
                .workspace
                .drafts
                .iter()
                .map(|d| (d.id, session.draft_number(&d.draft)))
                .collect(),
        }
    }

    fn refresh_visible(&mut self) {
        self.view
            .refresh_visible(&self.review.session.review.annotations);
    }

    fn set_pair_side(&mut self, k: usize, old: bool) {
        self.workspace.set_pair_side(k, old);
    }

    fn step_pair(&mut self, forward: bool) {
        self.workspace.step_pair(forward);
    }

    fn step_change(&mut self, forward: bool) {
        self.refresh_visible();
        let Some(p) = &self.view.prepared else {
            return;
        };
        let rows = &p.comparison.rows;
        let vis = &self.view.visible;
        let found = if forward {
            let start = self
                .view
                .selected
                .map_or(0, |s| vis.partition_point(|&i| i <= s));
            vis[start..].iter().copied().find(|&i| rows[i].is_change())
        } else {
            let end = self
                .view
                .selected
                .map_or(vis.len(), |s| vis.partition_point(|&i| i < s));
            vis[..end]
                .iter()
                .rev()
                .copied()
                .find(|&i| rows[i].is_change())
        };
        match found {
            Some(i) => {
                self.view.selected = Some(i);
                self.view.list.scroll_to(i);
                self.ui.notice = None;
            }
            None => {
                self.ui.notice = Some(
                    if forward {
                        "No more changes below"
                    } else {
                        "No more changes above"
                    }
                    .to_owned(),
                );
            }
        }
    }

    fn reveal(&mut self, i: usize) {
        let Some(p) = &self.view.prepared else {
            return;
        };
        if i >= p.comparison.rows.len() {
            return;
        }
        self.refresh_visible();
        if self.view.visible.binary_search(&i).is_err() {
            // Hidden by the filters: show everything so the row can be seen.
            self.view.filter = Filter::default();
            self.view.visible_dirty = true;
            self.refresh_visible();
        }
        self.view.selected = Some(i);
        self.view.list.scroll_to(i);
    }
}

impl App {
    /// A draft made of what the clipboard holds joins the open drafts (unless the same text
    /// is open already); an empty clipboard is said in the status bar.
    fn pasted(&mut self, result: Result<Draft, String>) {
        let draft = match result {
            Ok(draft) => draft,
            Err(message) => {
                self.ui.notice = Some(message);
                return;
            }
        };
        let open = (self.workspace.drafts.iter())
            .position(|d| d.draft.path.is_none() && d.draft.source == draft.source);
        if let Some(k) = open {
            self.ui.notice = Some(format!(
                "The clipboard's text is already open as draft {}",
                k + 1
            ));
            return;
        }
        let name = draft.name.clone();
        self.add_drafts(vec![draft]);
        self.ui.notice = Some(format!(
            "New draft from the clipboard: {name} (not saved: Save draft as… in the Drafts panel)"
        ));
    }

    /// Saves the pasted draft at position `k` to `path`, or asks where with the dialog.
    fn save_draft_as(&mut self, k: usize, path: Option<PathBuf>) {
        let Some(entry) = self.workspace.drafts.get(k) else {
            return;
        };
        let id = entry.id;
        match path {
            Some(path) => self.write_draft(id, path),
            None => {
                let name = crate::draft::pasted::suggested_file_name(&entry.name);
                self.jobs
                    .spawn("Choosing where to save".to_owned(), move || {
                        super::jobs::pick_draft_path(id, name)
                    });
            }
        }
    }

    /// Writes the text of the open draft `id` to `path` (atomically, off the UI thread; a
    /// name without a text extension gets `.txt`, so that the file reads back as text). Never
    /// over an open draft or the review.
    fn write_draft(&mut self, id: DraftId, path: PathBuf) {
        let Some(entry) = self.workspace.drafts.iter().find(|d| d.id == id) else {
            return;
        };
        let text_extension = path.extension().is_some_and(|e| {
            ["txt", "text", "md", "markdown"]
                .iter()
                .any(|t| e.eq_ignore_ascii_case(t))
        });
        let path = if text_extension {
            path
        } else {
            let mut name = path.into_os_string();
            name.push(".txt");
            PathBuf::from(name)
        };
        let protected = self
            .workspace
            .drafts
            .iter()
            .filter_map(|d| d.draft.path.as_deref())
            .chain(self.review.session.path.as_deref())
            .find(|f| crate::fsutil::same_file(f, &path));
        if let Some(input) = protected {
            self.ui.errors.push(format!(
                "{}: is an open draft or the review; save the draft to another file",
                input.display()
            ));
            return;
        }
        let mut text = entry.draft.source.clone();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        self.jobs
            .spawn(format!("Saving {}", path.display()), move || {
                let written = crate::fsutil::write_atomically(&path, false, |w| {
                    std::io::Write::write_all(w, text.as_bytes())
                });
                JobOutput::DraftSaved(id, written.map(|()| path).map_err(|e| e.to_string()))
            });
    }

    /// The pasted draft `id` was written to `path`: from now on it is that file (the review
    /// holds it by its path, the recent files list it, the comparison is made again with it).
    fn draft_saved(&mut self, id: DraftId, path: PathBuf) {
        let Some(entry) = self.workspace.drafts.iter_mut().find(|d| d.id == id) else {
            return;
        };
        let mut draft = (*entry.draft).clone();
        draft.name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        draft.path = Some(path.clone());
        draft.encoding = "UTF-8".to_owned();
        entry.draft = Arc::new(draft);
        self.review.session.draft_saved_as(id, &path);
        self.settings.remember(path.clone());
        self.view.requested = None;
        self.hist.history_requested = None;
        self.ui.notice = Some(format!("Saved the draft as {}", path.display()));
    }

    /// The one-line error when the review cannot be saved (to `path`, if known) because it
    /// annotates pasted drafts that are not files yet.
    pub(super) fn unsaved_drafts_error(&self, path: Option<&std::path::Path>) -> Option<String> {
        let names = self.review.session.unsaved_drafts();
        if names.is_empty() {
            return None;
        }
        let file = path.map_or_else(|| "the review".to_owned(), |p| p.display().to_string());
        let quoted: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
        Some(format!(
            "{file}: not saved: it annotates {} pasted from the clipboard and not saved to a \
             file; save {} first (Save draft as… in the Drafts panel)",
            quoted.join(", "),
            if names.len() == 1 { "it" } else { "them" }
        ))
    }
}

/// The review: opening, saving, autosaving and exporting it through the library's
/// [`crate::review::session`], annotating, and what the panels read of it.
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
                // Drafts outside the review's folder are read only once the user agreed.
                let outside = opened.session.review.paths_outside(path, &[]);
                if !outside.is_empty() && !self.ui.dialogs.allowed_outside.contains(path) {
                    self.ui.dialogs.outside = Some((path.to_owned(), outside));
                    return None;
                }
                self.ui.errors.extend(opened.warnings.iter().cloned());
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
                self.review.undo.clear();
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
            result: job.run_checked(),
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
        inherited_of(&self.review, &self.view, &self.workspace, id, point)
    }

    /// The annotation of comparison row `i`: the first of those it shows.
    pub fn row_annotation(&self, i: usize) -> Option<Annotation> {
        let &(k, _) = self.view.marks.get(i)?.shown().first()?;
        self.review.session.review.annotations.get(k).cloned()
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
        let format = if html { Format::Html } else { Format::Markdown };
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
}

/// What point `point` of the open draft `id` inherits: (annotation, name of the draft it was
/// made on). From the lineages of all open drafts once known; until then, from the OLD point of
/// the pair on screen (`view`).
pub(super) fn inherited_of(
    review: &ReviewSession,
    view: &ComparisonView,
    workspace: &Workspace,
    id: DraftId,
    point: usize,
) -> Vec<(Annotation, String)> {
    let pair = view.prepared.as_ref().map(|p| {
        let name = workspace.name_of(p.old_id);
        (p.old_id, p.new_id, name, &p.comparison)
    });
    let pair = pair
        .as_ref()
        .map(|(o, n, name, c)| (*o, *n, name.as_str(), *c));
    review.inherited(id, point, pair)
}

impl ComparisonView {
    /// Brings the category chips of the rows up to date when the comparison on screen or the
    /// review (`revision`) changed; when only the review did, lays out again just the rows
    /// whose chips changed.
    pub(super) fn refresh_chips(&mut self, review: &crate::review::Review, revision: u64) {
        let key = (self.shown_generation, revision);
        if self.chips_key == Some(key) {
            return;
        }
        let chips = row_chips(&self.marks, review);
        if self.chips_key.map(|k| k.0) == Some(self.shown_generation) {
            let changed: Vec<usize> = chips
                .keys()
                .chain(self.chips.keys())
                .copied()
                .filter(|i| chips.get(i) != self.chips.get(i))
                .collect();
            for i in changed {
                self.list.invalidate_row(i);
            }
        }
        self.chips = chips;
        self.chips_key = Some(key);
    }
}

/// Category chips for the rows of a comparison (`marks`: its row notes), from the review: a
/// row's own annotations, else what it inherits (marked as such).
fn row_chips(marks: &[RowMarks], review: &crate::review::Review) -> HashMap<usize, Vec<Chip>> {
    let mut chips = HashMap::new();
    if review.annotations.is_empty() {
        return chips;
    }
    let taxonomy = review.taxonomy();
    for (i, marks) in marks.iter().enumerate() {
        let mut row: Vec<Chip> = Vec::new();
        for &(k, inherited) in marks.shown() {
            let Some(a) = review.annotations.get(k) else {
                continue;
            };
            for c in &a.categories {
                let label = taxonomy.label(c).to_owned();
                let colour = hex_colour(taxonomy.get(c).map_or("", |cat| cat.colour.as_str()));
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

/// Sets the app's fonts on `ctx` (the `fonts` module's `install`), without a system font: the
/// app adds one when a draft needs it. Takes effect at once when called before any text is
/// laid out in a pass.
pub fn install_fonts(ctx: &egui::Context) {
    super::fonts::install(ctx, None);
}

/// A review's alignment corrections, ready to be placed off the UI thread.
struct ReviewFixes {
    /// A review holding only the corrections.
    review: crate::review::Review,
    /// The review's number of each open draft (`None`: not in the review).
    numbers: Vec<(crate::review::session::DraftId, Option<usize>)>,
}

impl ReviewFixes {
    /// The corrections of the pair `old` → `new`, placed on the drafts as they read now; none
    /// when the review does not hold both drafts.
    fn place(&self, old: &DraftEntry, new: &DraftEntry) -> Vec<crate::compare::manual::Decision> {
        let number = |id| {
            self.numbers
                .iter()
                .find(|(d, _)| *d == id)
                .and_then(|(_, n)| *n)
        };
        match (number(old.id), number(new.id)) {
            (Some(o), Some(n)) => {
                self.review
                    .decisions(o, n, &old.draft, &new.draft)
                    .decisions
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace(count: u64) -> Workspace {
        let mut w = Workspace::default();
        for k in 0..count {
            w.drafts.push(DraftEntry {
                id: DraftId(100 + k),
                name: format!("d{k}"),
                draft: Arc::new(Draft::from_text("d", "T\n1. A point.\n")),
            });
        }
        w
    }

    #[test]
    fn pairs_step_through_consecutive_drafts_and_stop_at_the_ends() {
        let mut w = workspace(4);
        w.pair = w.default_pair();
        assert_eq!(w.pair_positions(), Some((2, 3)));
        w.step_pair(false);
        assert_eq!(w.pair_positions(), Some((1, 2)));
        w.step_pair(false);
        w.step_pair(false);
        assert_eq!(w.pair_positions(), Some((0, 1)), "stops at the first pair");
        w.step_pair(true);
        w.step_pair(true);
        w.step_pair(true);
        assert_eq!(w.pair_positions(), Some((2, 3)), "stops at the last pair");
        w.set_pair_side(0, true);
        assert_eq!(w.pair_positions(), Some((0, 3)));
        w.set_pair_side(9, false);
        assert_eq!(w.pair_positions(), Some((0, 3)), "no such draft: unchanged");
        assert_eq!(workspace(1).default_pair(), None);
    }
}
