//! Actions chosen while drawing (buttons, menus, keys), applied after the frame by
//! [`super::App::apply`]. The commands of the menus, keys and toolbar that take no argument are
//! also listed in [`UiCommand`], one table that gives each its label, tooltip and shortcuts:
//! menus, key handling, tooltips and the status bar's help are all drawn from it.

use std::path::PathBuf;

use super::model::HistorySort;
use super::settings::{SidePanel, ViewMode};
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
}

use egui::{Key, KeyboardShortcut, Modifiers};

impl UiCommand {
    /// Every command of the table.
    pub const ALL: [UiCommand; 12] = [
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
        match self {
            UiCommand::Open => &OPEN,
            UiCommand::SaveReview => &SAVE,
            UiCommand::NextChange => &NEXT,
            UiCommand::PreviousChange => &PREVIOUS,
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

    /// The commands whose shortcut was pressed this frame (consumed), in table order. While a
    /// text field has the keyboard only shortcuts with Ctrl/Cmd count.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        let typing = ctx.text_edit_focused();
        let mut pressed = Vec::new();
        ctx.input_mut(|i| {
            for command in UiCommand::ALL {
                let hit = command
                    .shortcuts()
                    .iter()
                    .any(|s| (!typing || s.modifiers.command) && i.consume_shortcut(s));
                if hit {
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
        let help = UiCommand::help_text(&ctx);
        assert!(help.contains("N or Alt+Down: Next change"), "{help}");
        assert!(
            !help.contains("Save"),
            "Ctrl shortcuts are in the menus: {help}"
        );
    }
}
