//! Actions chosen while drawing (buttons, menus, keys), applied after the frame by
//! [`super::App::apply`].

use std::path::PathBuf;

use super::model::HistorySort;
use super::settings::ViewMode;
use crate::compare::{Status, TextOptions};
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
}
