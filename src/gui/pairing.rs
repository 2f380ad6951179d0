//! Correcting the alignment by hand in the app: marking rows, pairing and unpairing them,
//! taking a part out of a merge or a split, undo and redo, and the list of corrections whose
//! points are gone. The decisions are built by the library ([`Decision`]) and saved with the
//! review ([`crate::review::session::Session::correct`]); the comparison then runs again in
//! the background, and the rows it makes say "evidence: by hand".

use egui::RichText;

use super::App;
use super::command::{Command, UiCommand};
use super::model::Prepared;
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

    /// What the pairing commands and undo can do now, for the toolbar line and the Edit
    /// menu (worked out once per frame).
    pub(super) fn pairing_state(&self) -> PairingState {
        let rows = self.view.prepared.is_some() && self.settings.view != ViewMode::History;
        let pair = self.pair_decision();
        let hint = match (&pair, self.view.marked.is_empty()) {
            (Ok(decision), _) => self.view.prepared.as_ref().map_or(String::new(), |p| {
                format!("Pair makes: {}", decision.describe(&p.old, &p.new))
            }),
            (Err(_), true) if self.view.selected.is_some() => {
                "Ctrl+click (or M) a second row to pair it with the selected one".to_owned()
            }
            (Err(why), _) => why.clone(),
        };
        PairingState {
            rows,
            mark: rows && self.view.selected.is_some(),
            pair: rows && pair.is_ok(),
            unpair: rows && self.selected_row().and_then(Decision::unpair_row).is_some(),
            take_out: rows && self.take_out_decision().is_some(),
            undo: self.review.undo.undo_label().is_some(),
            redo: self.review.undo.redo_label().is_some(),
            hint,
        }
    }
}

/// What the pairing commands and undo can do now ([`App::pairing_state`]).
pub struct PairingState {
    /// Rows of a comparison are on screen (not the history).
    pub rows: bool,
    /// A row is selected, so it can be marked.
    pub mark: bool,
    /// Pair would make a decision the drafts allow.
    pub pair: bool,
    /// The selected row can be unpaired.
    pub unpair: bool,
    /// A part can be taken out of the selected row.
    pub take_out: bool,
    /// There is a change to undo.
    pub undo: bool,
    /// There is a change to redo.
    pub redo: bool,
    /// What Pair would make, or why it cannot, in a few words.
    pub hint: String,
}

/// The Edit menu's undo, redo and pairing entries.
pub fn edit_menu_items_ui(ui: &mut egui::Ui, state: &PairingState, commands: &mut Vec<Command>) {
    UiCommand::Undo.menu_item_ui(ui, state.undo, commands);
    UiCommand::Redo.menu_item_ui(ui, state.redo, commands);
    ui.separator();
    UiCommand::MarkForPairing.menu_item_ui(ui, state.mark, commands);
    UiCommand::Pair.menu_item_ui(ui, state.pair, commands);
    UiCommand::Unpair.menu_item_ui(ui, state.unpair, commands);
    UiCommand::TakeOut.menu_item_ui(ui, state.take_out, commands);
}

/// The second line of the toolbar: the pairing commands, undo and redo, and what Pair would
/// do with the rows selected and marked.
pub fn pairing_bar_ui(ui: &mut egui::Ui, state: &PairingState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("Alignment by hand:").weak());
        UiCommand::MarkForPairing.button_ui(ui, state.mark, commands);
        UiCommand::Pair.button_ui(ui, state.pair, commands);
        UiCommand::Unpair.button_ui(ui, state.unpair, commands);
        UiCommand::TakeOut.button_ui(ui, state.take_out, commands);
        ui.separator();
        UiCommand::Undo.button_ui(ui, state.undo, commands);
        UiCommand::Redo.button_ui(ui, state.redo, commands);
        if state.rows {
            ui.separator();
            ui.add(egui::Label::new(RichText::new(&state.hint).weak()).truncate());
        }
    });
}
