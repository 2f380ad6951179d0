//! Actions chosen while drawing (buttons, menus, keys), applied after the frame by
//! `App::apply`. The commands of the menus, keys and toolbar that take no argument are
//! also listed in [`UiCommand`], one table that gives each its label, tooltip and shortcuts:
//! menus, key handling, tooltips and the status bar's help are all drawn from it.

use std::path::PathBuf;

use super::model::HistorySort;
use super::settings::{SidePanel, ViewMode};
use crate::compare::manual::Decision;
use crate::compare::{Side, Status, TextOptions};
use crate::review::session::{DraftId, Edit};

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the native open dialog.
    OpenDialog,
    /// Load these files and add them, in order, after the open drafts.
    Open(Vec<PathBuf>),
    /// Close the draft at this position in the list.
    RemoveDraft(usize),
    /// Move the draft at `from` to position `to` in the list.
    MoveDraft {
        /// Current position.
        from: usize,
        /// New position.
        to: usize,
    },
    /// Compare against the draft at this position as OLD.
    SetOld(usize),
    /// Use the draft at this position as NEW.
    SetNew(usize),
    /// Exchange OLD and NEW.
    Swap,
    /// The consecutive pair before the current one (each draft against the one before it).
    PreviousPair,
    /// The consecutive pair after the current one.
    NextPair,
    /// Select and scroll to the next changed row.
    NextChange,
    /// Select and scroll to the previous changed row.
    PreviousChange,
    /// Select a row (an index into the comparison's rows) and scroll to it.
    Reveal(usize),
    /// Select a row where it is (a click); expands it if it is a collapsed unchanged row.
    Select(usize),
    /// Show only rows with this status.
    OnlyStatus(Status),
    /// Show every row (all statuses, no search).
    ShowAll,
    /// Compare again with these options.
    SetOptions(TextOptions),
    /// Side by side or inline.
    SetView(ViewMode),
    /// Dark (true) or light theme.
    SetDark(bool),
    /// Body text size in points.
    SetFontSize(f32),
    /// Forget one error message.
    DismissError(usize),
    /// Forget every error message.
    DismissErrors,
    /// Empty the "Recent files" menu.
    ClearRecent,
    /// Show one step of a point's history side by side: drafts `step` and `step + 1` of the
    /// history, with the row of `lineage` selected.
    OpenStep {
        /// The step (the older draft's position in the history).
        step: usize,
        /// The lineage (an index into the history's lineages).
        lineage: usize,
    },
    /// Show a point's whole history below the matrix (`None` closes it).
    SelectLineage(Option<usize>),
    /// Order the rows of the history view.
    SortHistory(HistorySort),
    /// Change the annotation of a point of an open draft.
    Annotate {
        /// The draft ([`super::DraftEntry::id`]).
        draft: DraftId,
        /// The point (an index into the draft's points).
        point: usize,
        /// The change.
        edit: Edit,
    },
    /// Export the pair on screen with its annotations (HTML or Markdown by the file's
    /// extension); `None` asks with the save dialog.
    Export(Option<PathBuf>),
    /// Add a category to the review, or rename or recolour one (by id).
    EditCategory(crate::review::Category),
    /// Replace the review's assessment scale (the values an assessment can take).
    SetScale(Vec<String>),
    /// Show only rows annotated with this category (`None`: any).
    FilterCategory(Option<String>),
    /// Show only rows with this assessment (`None`: any).
    FilterAssessment(Option<String>),
    /// Save the review where it was opened or last saved (or ask where, the first time).
    SaveReview,
    /// Save the review to this file; `None` asks with the save dialog.
    SaveReviewAs(Option<PathBuf>),
    /// Show or hide rows with this status.
    ShowStatus(Status, bool),
    /// Show only rows whose points changed place (or every row).
    OnlyMoved(bool),
    /// Show only the rows to check: paired on weak evidence, or removed or added while
    /// resembling a point of the other draft (or every row).
    OnlyToCheck(bool),
    /// Show only rows with a change of substance: a figure, party, obligation, negation,
    /// condition or deadline (or every row).
    OnlySubstantive(bool),
    /// Show only rows with a finding of this kind (with the other kinds checked: of any of
    /// them), or stop filtering by it.
    OnlyKind(crate::compare::substance::Kind, bool),
    /// Search both sides for this text (empty: no search).
    Search(String),
    /// Unchanged points take one line until clicked (or are shown whole).
    CollapseUnchanged(bool),
    /// Show or hide a side panel.
    ShowPanel(SidePanel, bool),
    /// Annotate the OLD or the NEW point of the selected row.
    AnnotateSide(Side),
    /// Open (or close) the window of the review's categories.
    ShowCategories(bool),
    /// Rename the draft at this position in the list.
    RenameDraft(usize, String),
    /// Mark a row for pairing, or unmark it (a Ctrl+click on the row).
    Mark(usize),
    /// Mark the selected row for pairing, or unmark it.
    MarkSelected,
    /// Pair the points of the selected row with those of the marked rows (one to one, a
    /// merge or a split), by hand.
    PairMarked,
    /// Unpair the selected row's points, by hand.
    UnpairSelected,
    /// Take the last part of the selected merge or split out of it, by hand.
    TakeOutSelected,
    /// Correct the alignment of drafts `old` → `new` by hand (saved with the review).
    Correct {
        /// The older draft of the comparison.
        old: DraftId,
        /// The newer draft.
        new: DraftId,
        /// What to pair or unpair (point indices of the two drafts).
        decision: Decision,
    },
    /// Take back the last change to the review (annotation or pairing).
    Undo,
    /// Make again the change last taken back.
    Redo,
    /// Add a draft made of what the clipboard holds (its HTML when it offers some, else its
    /// text); `Some(text)`: the text pasted (Ctrl+V), used when the clipboard has no HTML.
    PasteDraft(Option<String>),
    /// Save the draft at this position (a pasted draft) to a text file; `None` asks with the
    /// save dialog.
    SaveDraftAs(usize, Option<PathBuf>),
    /// The answer to "read files outside the review's folder?" for the review waiting on it:
    /// open it with those files (true) or not at all (false).
    AnswerOutside(bool),
    /// The answer to "the review changed on disk" for the save that was refused.
    AnswerChanged(ChangedAnswer),
    /// The answer to "unsaved changes" when the window was asked to close.
    AnswerClose(CloseAnswer),
}

/// The answers to "unsaved changes" on closing the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseAnswer {
    /// Save the review, then close once the save is done.
    SaveAndClose,
    /// Close at once; unsaved changes stay only in the autosave side file.
    CloseWithoutSaving,
    /// Keep the window open.
    Cancel,
}

/// The answers to "the review changed on disk" (another window or program saved it since this
/// window opened or saved it; nothing was written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangedAnswer {
    /// Merge the file's annotations into the open review, then save.
    Merge,
    /// Save the open review to another file (the save dialog).
    SaveAs,
    /// Write the open review over the file (the other window's changes are lost).
    Overwrite,
    /// Write nothing; the review stays unsaved.
    Cancel,
}

/// A command without arguments, as the menus, keys, toolbar and status bar offer it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    /// [`Command::OpenDialog`].
    Open,
    /// [`Command::SaveReview`].
    SaveReview,
    /// [`Command::SaveReviewAs`] with the dialog.
    SaveReviewAs,
    /// [`Command::Export`] with the dialog.
    Export,
    /// [`Command::NextChange`].
    NextChange,
    /// [`Command::PreviousChange`].
    PreviousChange,
    /// [`Command::NextPair`].
    NextPair,
    /// [`Command::PreviousPair`].
    PreviousPair,
    /// [`Command::Swap`].
    Swap,
    /// [`Command::OnlyStatus`] of removed points.
    OnlyRemoved,
    /// [`Command::ShowAll`].
    ShowAll,
    /// [`Command::ShowCategories`].
    Categories,
    /// [`Command::Undo`].
    Undo,
    /// [`Command::Redo`].
    Redo,
    /// [`Command::MarkSelected`].
    MarkForPairing,
    /// [`Command::PairMarked`].
    Pair,
    /// [`Command::UnpairSelected`].
    Unpair,
    /// [`Command::TakeOutSelected`].
    TakeOut,
    /// [`Command::PasteDraft`] from the clipboard.
    PasteDraft,
    /// [`Command::AnswerOutside`]: open.
    OpenOutside,
    /// [`Command::AnswerOutside`]: don't open.
    KeepOutsideClosed,
    /// [`Command::AnswerChanged`]: [`ChangedAnswer::Merge`].
    ReloadAndMerge,
    /// [`Command::AnswerChanged`]: [`ChangedAnswer::SaveAs`].
    SaveChangedAs,
    /// [`Command::AnswerChanged`]: [`ChangedAnswer::Overwrite`].
    Overwrite,
    /// [`Command::AnswerChanged`]: [`ChangedAnswer::Cancel`].
    CancelSave,
}

use egui::{Key, KeyboardShortcut, Modifiers};

impl UiCommand {
    /// Every command of the table.
    pub const ALL: [UiCommand; 25] = [
        UiCommand::Open,
        UiCommand::SaveReview,
        UiCommand::SaveReviewAs,
        UiCommand::Export,
        UiCommand::NextChange,
        UiCommand::PreviousChange,
        UiCommand::NextPair,
        UiCommand::PreviousPair,
        UiCommand::Swap,
        UiCommand::OnlyRemoved,
        UiCommand::ShowAll,
        UiCommand::Categories,
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::MarkForPairing,
        UiCommand::Pair,
        UiCommand::Unpair,
        UiCommand::TakeOut,
        UiCommand::PasteDraft,
        UiCommand::OpenOutside,
        UiCommand::KeepOutsideClosed,
        UiCommand::ReloadAndMerge,
        UiCommand::SaveChangedAs,
        UiCommand::Overwrite,
        UiCommand::CancelSave,
    ];

    /// Its name in menus and on buttons (and, for icon buttons, its accessible name).
    pub fn label(self) -> &'static str {
        match self {
            UiCommand::Open => "Open…",
            UiCommand::SaveReview => "Save review",
            UiCommand::SaveReviewAs => "Save review as…",
            UiCommand::Export => "Export report…",
            UiCommand::NextChange => "Next change",
            UiCommand::PreviousChange => "Previous change",
            UiCommand::NextPair => "Next pair ▶",
            UiCommand::PreviousPair => "◀ Previous pair",
            UiCommand::Swap => "⇄ Swap",
            UiCommand::OnlyRemoved => "Only removed",
            UiCommand::ShowAll => "Show all",
            UiCommand::Categories => "Categories…",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::MarkForPairing => "Mark for pairing",
            UiCommand::Pair => "Pair",
            UiCommand::Unpair => "Unpair",
            UiCommand::TakeOut => "Take out of pair",
            UiCommand::PasteDraft => "New draft from clipboard",
            UiCommand::OpenOutside => "Open with these files",
            UiCommand::KeepOutsideClosed => "Don't open",
            UiCommand::ReloadAndMerge => "Reload and merge",
            UiCommand::SaveChangedAs => "Save as…",
            UiCommand::Overwrite => "Overwrite",
            UiCommand::CancelSave => "Cancel",
        }
    }

    /// What it does, for tooltips.
    pub fn tooltip(self) -> &'static str {
        match self {
            UiCommand::Open => "Open drafts or a review (.ron)",
            UiCommand::SaveReview => "Save the review where it was opened or last saved",
            UiCommand::SaveReviewAs => "Save the review to a file of your choice",
            UiCommand::Export => "The pair on screen with its annotations, as HTML or Markdown",
            UiCommand::NextChange => "Select the next changed row",
            UiCommand::PreviousChange => "Select the previous changed row",
            UiCommand::NextPair => "Compare the next draft with the one before it",
            UiCommand::PreviousPair => "Compare the draft before with the one before it",
            UiCommand::Swap => "Exchange OLD and NEW",
            UiCommand::OnlyRemoved => "Show only the points of OLD that are not in NEW",
            UiCommand::ShowAll => "Show every row (all statuses, no search)",
            UiCommand::Categories => "Rename, recolour and add the review's categories",
            UiCommand::Undo => "Take back the last change to the review (annotation or pairing)",
            UiCommand::Redo => "Make again the change last taken back",
            UiCommand::MarkForPairing => {
                "Mark the selected row (or unmark it) to pair it with another row; \
                 Ctrl+click a row does the same"
            }
            UiCommand::Pair => {
                "Pair the selected row with the marked rows by hand: a removed and an added \
                 point, or a pair and a point (a merge or a split); saved with the review"
            }
            UiCommand::Unpair => {
                "Unpair the selected row by hand: its points become removed and added; saved \
                 with the review"
            }
            UiCommand::TakeOut => {
                "Take the last part out of the selected merge or split, by hand (the row's \
                 context menu takes out any part)"
            }
            UiCommand::PasteDraft => {
                "A draft of the text on the clipboard (also Ctrl+V over the Drafts panel)"
            }
            UiCommand::OpenOutside => "Open the review and read the drafts listed here",
            UiCommand::KeepOutsideClosed => "Leave the review closed; no file is read",
            UiCommand::ReloadAndMerge => {
                "Take the file's annotations into this window's (an annotation changed on \
                 both sides keeps both notes), then save"
            }
            UiCommand::SaveChangedAs => "Save this window's review to another file",
            UiCommand::Overwrite => {
                "Write this window's review over the file: the other changes are lost"
            }
            UiCommand::CancelSave => "Write nothing; the review stays unsaved",
        }
    }

    /// Its keyboard shortcuts, the first one shown in menus. Shortcuts without Ctrl/Cmd do
    /// nothing while a text field has the keyboard.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const OPEN: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::S)];
        const NEXT: [KeyboardShortcut; 2] = [
            KeyboardShortcut::new(Modifiers::NONE, Key::N),
            KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
        ];
        const PREVIOUS: [KeyboardShortcut; 2] = [
            KeyboardShortcut::new(Modifiers::NONE, Key::P),
            KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
        ];
        const UNDO: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
        ];
        const MARK: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::M)];
        const PAIR: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::J)];
        const UNPAIR: [KeyboardShortcut; 1] = [KeyboardShortcut::new(
            Modifiers::COMMAND.plus(Modifiers::SHIFT),
            Key::J,
        )];
        const TAKE_OUT: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::D)];
        match self {
            UiCommand::Open => &OPEN,
            UiCommand::SaveReview => &SAVE,
            UiCommand::NextChange => &NEXT,
            UiCommand::PreviousChange => &PREVIOUS,
            UiCommand::Undo => &UNDO,
            UiCommand::Redo => &REDO,
            UiCommand::MarkForPairing => &MARK,
            UiCommand::Pair => &PAIR,
            UiCommand::Unpair => &UNPAIR,
            UiCommand::TakeOut => &TAKE_OUT,
            _ => &[],
        }
    }

    /// The command it sends.
    pub fn command(self) -> Command {
        match self {
            UiCommand::Open => Command::OpenDialog,
            UiCommand::SaveReview => Command::SaveReview,
            UiCommand::SaveReviewAs => Command::SaveReviewAs(None),
            UiCommand::Export => Command::Export(None),
            UiCommand::NextChange => Command::NextChange,
            UiCommand::PreviousChange => Command::PreviousChange,
            UiCommand::NextPair => Command::NextPair,
            UiCommand::PreviousPair => Command::PreviousPair,
            UiCommand::Swap => Command::Swap,
            UiCommand::OnlyRemoved => Command::OnlyStatus(Status::Removed),
            UiCommand::ShowAll => Command::ShowAll,
            UiCommand::Categories => Command::ShowCategories(true),
            UiCommand::Undo => Command::Undo,
            UiCommand::Redo => Command::Redo,
            UiCommand::MarkForPairing => Command::MarkSelected,
            UiCommand::Pair => Command::PairMarked,
            UiCommand::Unpair => Command::UnpairSelected,
            UiCommand::TakeOut => Command::TakeOutSelected,
            UiCommand::PasteDraft => Command::PasteDraft(None),
            UiCommand::OpenOutside => Command::AnswerOutside(true),
            UiCommand::KeepOutsideClosed => Command::AnswerOutside(false),
            UiCommand::ReloadAndMerge => Command::AnswerChanged(ChangedAnswer::Merge),
            UiCommand::SaveChangedAs => Command::AnswerChanged(ChangedAnswer::SaveAs),
            UiCommand::Overwrite => Command::AnswerChanged(ChangedAnswer::Overwrite),
            UiCommand::CancelSave => Command::AnswerChanged(ChangedAnswer::Cancel),
        }
    }

    /// Its shortcuts as text ("N or Alt+Down"), empty when it has none.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .iter()
            .map(|s| ctx.format_shortcut(s))
            .collect::<Vec<_>>()
            .join(" or ")
    }

    /// The tooltip with the shortcuts.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.tooltip().to_owned()
        } else {
            format!("{} ({keys})", self.tooltip())
        }
    }

    /// A menu entry (with its first shortcut) that queues the command when clicked.
    pub fn menu_item_ui(self, ui: &mut egui::Ui, enabled: bool, commands: &mut Vec<Command>) {
        let mut button = egui::Button::new(self.label());
        if let Some(first) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(first));
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(self.tooltip())
            .clicked()
        {
            commands.push(self.command());
        }
    }

    /// A toolbar button with the command's label, tooltip and shortcuts.
    pub fn button_ui(self, ui: &mut egui::Ui, enabled: bool, commands: &mut Vec<Command>) {
        let response = ui
            .add_enabled(enabled, egui::Button::new(self.label()))
            .on_hover_text(self.hover_text(ui.ctx()))
            .on_disabled_hover_text(self.hover_text(ui.ctx()));
        if response.clicked() {
            commands.push(self.command());
        }
    }

    /// A toolbar button showing `text` (an icon), named after the command for screen readers
    /// and tests, with the tooltip and shortcuts.
    pub fn icon_button_ui(
        self,
        ui: &mut egui::Ui,
        text: &str,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let response = ui
            .add_enabled(enabled, egui::Button::new(text))
            .on_hover_text(self.hover_text(ui.ctx()));
        let label = self.label();
        response
            .ctx
            .accesskit_node_builder(response.id, |node| node.set_label(label));
        if response.clicked() {
            commands.push(self.command());
        }
    }

    /// The commands whose shortcut was pressed this frame (consumed). Shortcuts with more
    /// modifiers are tried first, so that Ctrl+Shift+Z is not taken for Ctrl+Z. While a text
    /// field has the keyboard only shortcuts with Ctrl/Cmd count.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.text_edit_focused();
        let mut keys: Vec<(UiCommand, &KeyboardShortcut)> = UiCommand::ALL
            .iter()
            .flat_map(|&c| c.shortcuts().iter().map(move |s| (c, s)))
            .collect();
        keys.sort_by_key(|(_, s)| {
            std::cmp::Reverse(u8::from(s.modifiers.shift) + u8::from(s.modifiers.alt))
        });
        let mut pressed = Vec::new();
        ctx.input_mut(|i| {
            for (command, s) in keys {
                if (!typing || s.modifiers.command)
                    && i.consume_shortcut(s)
                    && !pressed.contains(&command.command())
                {
                    pressed.push(command.command());
                }
            }
        });
        pressed
    }

    /// One line of help for the status bar: the shortcuts of the commands that have one.
    pub fn help_text(ctx: &egui::Context) -> String {
        UiCommand::ALL
            .iter()
            .filter(|c| !c.shortcuts().is_empty() && !c.shortcuts()[0].modifiers.command)
            .map(|c| format!("{}: {}", c.shortcut_text(ctx), c.label()))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_shortcuts_are_each_given_once() {
        let mut labels: Vec<&str> = UiCommand::ALL.iter().map(|c| c.label()).collect();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), UiCommand::ALL.len());
        let mut keys: Vec<KeyboardShortcut> = UiCommand::ALL
            .iter()
            .flat_map(|c| c.shortcuts().iter().copied())
            .collect();
        let count = keys.len();
        keys.dedup_by(|a, b| a == b);
        keys.sort_by_key(|k| format!("{k:?}"));
        keys.dedup();
        assert_eq!(keys.len(), count, "a shortcut is given to two commands");
    }

    #[test]
    fn a_key_press_becomes_its_command_and_the_help_names_it() {
        let ctx = egui::Context::default();
        let mut pressed = Vec::new();
        let input = egui::RawInput {
            events: vec![egui::Event::Key {
                key: Key::N,
                physical_key: None,
                pressed: true,
                repeat: false,
                modifiers: Modifiers::NONE,
            }],
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| pressed = UiCommand::pressed(ui.ctx()));
        output.textures_delta.clear();
        assert_eq!(pressed, [Command::NextChange]);
        // Ctrl+Shift+Z is Redo, not Undo; Ctrl+Z alone is Undo.
        for (shift, expected) in [(true, Command::Redo), (false, Command::Undo)] {
            let mut modifiers = Modifiers::COMMAND;
            modifiers.shift = shift;
            let input = egui::RawInput {
                events: vec![egui::Event::Key {
                    key: Key::Z,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers,
                }],
                ..Default::default()
            };
            let mut pressed = Vec::new();
            let mut output = ctx.run_ui(input, |ui| pressed = UiCommand::pressed(ui.ctx()));
            output.textures_delta.clear();
            assert_eq!(pressed, [expected]);
        }
        let help = UiCommand::help_text(&ctx);
        assert!(help.contains("N or Alt+Down: Next change"), "{help}");
        assert!(
            !help.contains("Save"),
            "Ctrl shortcuts are in the menus: {help}"
        );
    }
}
