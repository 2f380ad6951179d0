//! Correcting the alignment by hand in the app: marking rows, pairing and unpairing them,
//! taking a part out of a merge or a split, undo and redo, and the list of corrections whose
//! points are gone. The decisions are built by the library ([`Decision`]) and saved with the
//! review ([`crate::review::session::Session::correct`]); the comparison then runs again in
//! the background, and the rows it makes say "evidence: by hand".

use egui::{Button, RichText};

use super::App;
use super::command::{Command, UiCommand};
use super::model::Prepared;
use super::rows::ListParams;
use super::settings::ViewMode;
use crate::compare::manual::Decision;
use crate::compare::{Row, Side};
use crate::review::session::DraftId;

impl App {
    /// Marks row `i` for pairing, or unmarks it.
    pub(super) fn toggle_mark(&mut self, i: usize) {
        let rows = self
            .view
            .prepared
            .as_ref()
            .map_or(0, |p| p.comparison.rows.len());
        if i >= rows {
            return;
        }
        match self.view.marked.iter().position(|&m| m == i) {
            Some(k) => {
                self.view.marked.remove(k);
            }
            None => self.view.marked.push(i),
        }
        // Its gutter says "marked for pairing" (or no longer does).
        self.view.list.invalidate_row(i);
    }

    /// The rows marked for pairing (indices into the rows on screen).
    pub fn marked_rows(&self) -> &[usize] {
        &self.view.marked
    }

    /// The row of `next` to select when it replaces the comparison on screen: when the same
    /// pair is compared again (a correction undone or redone, other options), the row holding
    /// the selected row's first point; `None` for another pair or when a row is asked for
    /// ([`Command::OpenStep`], a correction just made: they select their own).
    pub(super) fn kept_selection(&self, next: &Prepared) -> Option<usize> {
        if self.view.pending_reveal.is_some() {
            return None;
        }
        let shown = self.view.prepared.as_ref()?;
        if (shown.old_id, shown.new_id) != (next.old_id, next.new_id) {
            return None;
        }
        let row = shown.comparison.rows.get(self.view.selected?)?;
        let (old, new) = (row.old.first(), row.new.first());
        next.comparison.rows.iter().position(|r| {
            old.is_some_and(|o| r.old.contains(o)) || new.is_some_and(|n| r.new.contains(n))
        })
    }

    /// The rows a Pair would join: the marked rows and the selected one.
    fn rows_to_pair(&self) -> Vec<usize> {
        let mut rows = self.view.marked.clone();
        if let Some(s) = self.view.selected
            && !rows.contains(&s)
        {
            rows.push(s);
        }
        rows
    }

    /// What Pair would do with the rows on screen: the decision, or why there is none.
    fn pair_decision(&self) -> Result<Decision, String> {
        let Some(p) = &self.view.prepared else {
            return Err("No comparison on screen".to_owned());
        };
        let rows = self.rows_to_pair();
        if rows.len() < 2 {
            return Err(match self.view.marked.first() {
                Some(&m) => format!(
                    "Marked: {}; now select the row to pair it with",
                    p.rows.get(m).map_or(String::new(), |r| format!(
                        "{} → {}",
                        r.old_label, r.new_label
                    ))
                ),
                None => "Select a row, and Ctrl+click (or mark with M) the row to pair it with"
                    .to_owned(),
            });
        }
        let decision = Decision::pair_rows(rows.iter().filter_map(|&k| p.comparison.rows.get(k)));
        match decision.problem(p.old.points.len(), p.new.points.len()) {
            Some(problem) => Err(format!("Cannot pair these rows: {problem}")),
            None => Ok(decision),
        }
    }

    /// The selected row, if any.
    fn selected_row(&self) -> Option<&Row> {
        let p = self.view.prepared.as_ref()?;
        p.comparison.rows.get(self.view.selected?)
    }

    /// What Take out would do with the selected row: take the last part of its side with
    /// several points out.
    fn take_out_decision(&self) -> Option<Decision> {
        let row = self.selected_row()?;
        [Side::New, Side::Old].into_iter().find_map(|side| {
            let &last = side.points(row).last()?;
            Decision::take_out(row, side, last)
        })
    }

    /// [`Command::PairMarked`].
    pub(super) fn pair_marked(&mut self) {
        let Some((old, new)) = self.view.prepared.as_ref().map(|p| (p.old_id, p.new_id)) else {
            return;
        };
        match self.pair_decision() {
            Ok(decision) => self.correct(old, new, decision),
            Err(why) => self.ui.notice = Some(why),
        }
    }

    /// [`Command::UnpairSelected`].
    pub(super) fn unpair_selected(&mut self) {
        let Some((old, new)) = self.view.prepared.as_ref().map(|p| (p.old_id, p.new_id)) else {
            return;
        };
        match self.selected_row().and_then(Decision::unpair_row) {
            Some(decision) => self.correct(old, new, decision),
            None => {
                self.ui.notice = Some("Select a row with points on both sides to unpair".to_owned())
            }
        }
    }

    /// [`Command::TakeOutSelected`].
    pub(super) fn take_out_selected(&mut self) {
        let Some((old, new)) = self.view.prepared.as_ref().map(|p| (p.old_id, p.new_id)) else {
            return;
        };
        match self.take_out_decision() {
            Some(decision) => self.correct(old, new, decision),
            None => {
                self.ui.notice =
                    Some("Select a merged or split row to take a part out of it".to_owned())
            }
        }
    }

    /// Records a correction of the alignment of drafts `old` → `new` in the review (an undo
    /// step); the comparison follows in the background, with the row of its first point
    /// selected.
    pub(super) fn correct(&mut self, old: DraftId, new: DraftId, decision: Decision) {
        let entry = |id| self.workspace.drafts.iter().find(|d| d.id == id).cloned();
        let (Some(o), Some(n)) = (entry(old), entry(new)) else {
            return;
        };
        let label = decision.describe(&o.draft, &n.draft);
        let before = self.review.session.review.clone();
        match self.review.session.correct(&o, &n, &decision) {
            Ok(()) => {
                self.review
                    .undo
                    .record(&label, None, self.ui.clock, || before);
                for i in std::mem::take(&mut self.view.marked) {
                    self.view.list.invalidate_row(i);
                }
                let (op, np) = decision.sides();
                self.view.pending_reveal =
                    Some((old, new, op.first().copied(), np.first().copied()));
                self.ui.notice = Some(format!(
                    "{label}: made by hand, saved with the review (Edit > Undo takes it back)"
                ));
            }
            Err(why) => self.ui.notice = Some(why),
        }
    }

    /// Records the review as it is, before a change named `label`, as an undo step.
    pub(super) fn record_undo(&mut self, label: &str) {
        let before = self.review.session.review.clone();
        self.review
            .undo
            .record(label, None, self.ui.clock, || before);
    }

    /// The name of an undo step that edits the annotation of point `point` of draft `draft`.
    pub(super) fn annotation_step_label(&self, draft: DraftId, point: usize) -> String {
        let label = self
            .workspace
            .drafts
            .iter()
            .find(|d| d.id == draft)
            .and_then(|d| d.draft.points.get(point))
            .map_or("?", |p| p.label.as_str());
        format!("Annotation of point {label}")
    }

    /// [`Command::Undo`].
    pub(super) fn undo(&mut self) {
        let label = self.review.undo.undo_label().map(str::to_owned);
        let current = self.review.session.review.clone();
        match self.review.undo.undo(current) {
            Some(review) => {
                self.review.session.restore(review);
                self.ui.notice = label.map(|l| format!("Undone: {l}"));
            }
            None => self.ui.notice = Some("Nothing to undo".to_owned()),
        }
    }

    /// [`Command::Redo`].
    pub(super) fn redo(&mut self) {
        let label = self.review.undo.redo_label().map(str::to_owned);
        let current = self.review.session.review.clone();
        match self.review.undo.redo(current) {
            Some(review) => {
                self.review.session.restore(review);
                self.ui.notice = label.map(|l| format!("Redone: {l}"));
            }
            None => self.ui.notice = Some("Nothing to redo".to_owned()),
        }
    }

    /// Ends the undo step of a run of typing when the keyboard focus moved to another widget.
    pub(super) fn track_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        if focused != self.ui.focused_widget {
            self.ui.focused_widget = focused;
            self.review.undo.seal();
        }
    }

    /// A fingerprint of the review's corrections of every step between consecutive open
    /// drafts: the history is followed again when it changes.
    pub(super) fn corrections_fingerprint(&self) -> u64 {
        self.workspace.drafts.windows(2).fold(0u64, |h, pair| {
            let key = self
                .review
                .session
                .corrections_key(&pair[0].draft, &pair[1].draft);
            h.rotate_left(7) ^ key
        })
    }

    /// The Edit menu: undo and redo, and the pairing commands.
    pub(super) fn edit_menu_ui(&mut self, ui: &mut egui::Ui) {
        let undo = self.review.undo.undo_label().is_some();
        let redo = self.review.undo.redo_label().is_some();
        UiCommand::Undo.menu_item_ui(ui, undo, &mut self.commands);
        UiCommand::Redo.menu_item_ui(ui, redo, &mut self.commands);
        ui.separator();
        let rows = self.view.prepared.is_some() && self.settings.view != ViewMode::History;
        let selected = rows && self.view.selected.is_some();
        UiCommand::MarkForPairing.menu_item_ui(ui, selected, &mut self.commands);
        UiCommand::Pair.menu_item_ui(ui, rows && self.pair_decision().is_ok(), &mut self.commands);
        let unpair = rows && self.selected_row().and_then(Decision::unpair_row).is_some();
        UiCommand::Unpair.menu_item_ui(ui, unpair, &mut self.commands);
        let take_out = rows && self.take_out_decision().is_some();
        UiCommand::TakeOut.menu_item_ui(ui, take_out, &mut self.commands);
    }

    /// The second line of the toolbar: the pairing commands, undo and redo, and what Pair
    /// would do with the rows selected and marked.
    pub(super) fn pairing_bar_ui(&mut self, ui: &mut egui::Ui) {
        let rows = self.view.prepared.is_some() && self.settings.view != ViewMode::History;
        ui.horizontal(|ui| {
            ui.label(RichText::new("Alignment by hand:").weak());
            let selected = rows && self.view.selected.is_some();
            UiCommand::MarkForPairing.button_ui(ui, selected, &mut self.commands);
            let pair = self.pair_decision();
            UiCommand::Pair.button_ui(ui, rows && pair.is_ok(), &mut self.commands);
            let unpair = rows && self.selected_row().and_then(Decision::unpair_row).is_some();
            UiCommand::Unpair.button_ui(ui, unpair, &mut self.commands);
            let take_out = rows && self.take_out_decision().is_some();
            UiCommand::TakeOut.button_ui(ui, take_out, &mut self.commands);
            ui.separator();
            let undo = self.review.undo.undo_label().map(str::to_owned);
            let redo = self.review.undo.redo_label().map(str::to_owned);
            UiCommand::Undo.button_ui(ui, undo.is_some(), &mut self.commands);
            UiCommand::Redo.button_ui(ui, redo.is_some(), &mut self.commands);
            if !rows {
                return;
            }
            ui.separator();
            let hint = match (&pair, self.view.marked.is_empty()) {
                (Ok(decision), _) => self.view.prepared.as_ref().map_or(String::new(), |p| {
                    format!("Pair makes: {}", decision.describe(&p.old, &p.new))
                }),
                (Err(_), true) if self.view.selected.is_some() => {
                    "Ctrl+click (or M) a second row to pair it with the selected one".to_owned()
                }
                (Err(why), _) => why.clone(),
            };
            ui.add(egui::Label::new(RichText::new(hint).weak()).truncate());
        });
    }

    /// The review's corrections whose points are gone, listed (they stay in the file and are
    /// not applied).
    pub(super) fn orphaned_corrections_ui(&self, ui: &mut egui::Ui) {
        let orphaned = &self.review.orphaned_corrections;
        if orphaned.is_empty() {
            return;
        }
        let review = &self.review.session.review;
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
}

/// The context menu of row `i`: mark it, pair it with the marked rows, unpair it, take a part
/// out of it. Returns the command chosen.
pub(super) fn row_menu_ui(ui: &mut egui::Ui, p: &ListParams<'_>, i: usize) -> Option<Command> {
    let prepared = p.prepared;
    let row = prepared.comparison.rows.get(i)?;
    let (old_id, new_id) = (prepared.old_id, prepared.new_id);
    let correct = |decision| Command::Correct {
        old: old_id,
        new: new_id,
        decision,
    };
    let mut chosen = None;
    let marked = p.marked.contains(&i);
    let mark = if marked {
        "Unmark"
    } else {
        UiCommand::MarkForPairing.label()
    };
    if ui
        .button(mark)
        .on_hover_text(UiCommand::MarkForPairing.tooltip())
        .clicked()
    {
        chosen = Some(Command::Mark(i));
    }
    let others: Vec<&Row> = p
        .marked
        .iter()
        .filter(|&&m| m != i)
        .filter_map(|&m| prepared.comparison.rows.get(m))
        .collect();
    if others.is_empty() {
        ui.label(
            RichText::new("Mark another row (Ctrl+click) to pair it with this one")
                .small()
                .weak(),
        );
    } else {
        let decision = Decision::pair_rows(others.into_iter().chain([row]));
        let problem = decision.problem(prepared.old.points.len(), prepared.new.points.len());
        let text = decision.describe(&prepared.old, &prepared.new);
        let response = ui
            .add_enabled(problem.is_none(), Button::new(text))
            .on_hover_text("Pair this row with the marked rows, by hand")
            .on_disabled_hover_text(problem.unwrap_or_default());
        if response.clicked() {
            chosen = Some(correct(decision));
        }
    }
    if let Some(decision) = Decision::unpair_row(row) {
        let text = decision.describe(&prepared.old, &prepared.new);
        if ui
            .button(text)
            .on_hover_text(UiCommand::Unpair.tooltip())
            .clicked()
        {
            chosen = Some(correct(decision));
        }
    }
    for side in [Side::Old, Side::New] {
        for &point in side.points(row) {
            if let Some(decision) = Decision::take_out(row, side, point) {
                let text = decision.describe(&prepared.old, &prepared.new);
                if ui.button(text).clicked() {
                    chosen = Some(correct(decision));
                }
            }
        }
    }
    chosen
}
