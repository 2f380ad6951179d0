//! The review open in the app: the library's [`Session`] with what the app keeps of it (where
//! its annotations sit in the open drafts, the row notes of the pair on screen, when it was last
//! autosaved). Saving and autosaving are jobs that run off the UI thread; autosave runs on time
//! (the app wakes itself for it), not on input.

use std::path::PathBuf;
use std::sync::Arc;

use crate::compare::Comparison;
use crate::compare::history::Lineage;
use crate::review::Annotation;
use crate::review::session::{DraftId, OpenDraft, Placed, RowMarks, SaveJob, Session};

/// Seconds from an unsaved change to its autosave (well within the 30 s the app promises).
pub const AUTOSAVE_SECONDS: f64 = 20.0;

/// The review session of the app.
#[derive(Debug, Default)]
pub struct ReviewSession {
    /// The review, its file and whether it has unsaved changes.
    pub session: Session,
    /// Where its annotations are in the open drafts, and what each point inherits.
    pub placed: Placed,
    /// The (review revision, drafts, history) that `placed` is of.
    placed_key: Option<(u64, Vec<DraftId>, usize)>,
    /// The revision last written to the autosave (or saved).
    autosaved_revision: u64,
    /// When (egui time) the oldest change not yet autosaved was made.
    pending_since: Option<f64>,
    /// The last autosave written: (egui time, file).
    pub last_autosave: Option<(f64, PathBuf)>,
    /// A save job runs: (file, revision).
    pub saving: Option<(PathBuf, u64)>,
    /// Changes to the review that can be undone and redone.
    pub undo: crate::review::UndoStack<crate::review::Review>,
    /// The review's corrections of the alignment between open drafts whose points are gone
    /// (indices into its overrides): listed, kept in the file.
    pub orphaned_corrections: Vec<usize>,
}

impl ReviewSession {
    /// An empty review whose untitled autosave goes to the app's data folder.
    pub fn new(data_folder: Option<PathBuf>) -> Self {
        ReviewSession {
            session: Session::new(data_folder.as_deref()),
            ..ReviewSession::default()
        }
    }

    /// Places the annotations again when the review, the drafts or their history changed.
    /// Returns true when it did (what is drawn from the annotations must follow).
    pub fn refresh(
        &mut self,
        drafts: &[OpenDraft],
        history: Option<(usize, &[DraftId], &[Lineage])>,
    ) -> bool {
        let ids: Vec<DraftId> = drafts.iter().map(|d| d.id).collect();
        // A history of other drafts (or another order) would lead to the wrong points.
        let history = history.filter(|(_, of, _)| *of == ids.as_slice());
        let key = (self.session.revision, ids, history.map_or(0, |h| h.0));
        if self.placed_key.as_ref() == Some(&key) {
            return false;
        }
        self.placed_key = Some(key);
        self.placed = self.session.place(drafts, history.map(|h| h.2));
        self.orphaned_corrections = self.session.orphaned_corrections(drafts);
        true
    }

    /// Notes the time of a change not yet autosaved (`now`: egui time).
    pub fn observe(&mut self, now: f64) {
        if !self.session.dirty {
            self.pending_since = None;
            self.autosaved_revision = self.session.revision;
        } else if self.session.revision != self.autosaved_revision && self.pending_since.is_none() {
            self.pending_since = Some(now);
        }
    }

    /// Seconds until the autosave is due (`None`: nothing to autosave).
    pub fn autosave_in(&self, now: f64) -> Option<f64> {
        let since = self.pending_since?;
        Some((since + AUTOSAVE_SECONDS - now).max(0.0))
    }

    /// The autosave job when one is due at `now` (or at once with `force`: focus lost, close
    /// asked for).
    pub fn autosave_due(&mut self, now: f64, force: bool) -> Option<SaveJob> {
        let due = self.autosave_in(now)?;
        if due > 0.0 && !force {
            return None;
        }
        let job = self.session.autosave_job()?;
        self.pending_since = None;
        self.autosaved_revision = self.session.revision;
        Some(job)
    }

    /// The annotation placed on point `point` of open draft `id`.
    pub fn annotation(&self, id: DraftId, point: usize) -> Option<&Annotation> {
        let k = self.placed.own(id, point)?;
        self.session.review.annotations.get(k)
    }

    /// The row notes of the pair `old`/`new`.
    pub fn row_marks(&self, old: DraftId, new: DraftId, comparison: &Comparison) -> Vec<RowMarks> {
        self.placed.row_notes(old, new, comparison)
    }

    /// What point `point` of open draft `id` inherits: (annotation, label of the draft it was
    /// made on); before the history is known, what a NEW point of the pair on screen (`pair`:
    /// ids and comparison) inherits from its OLD points.
    pub fn inherited(
        &self,
        id: DraftId,
        point: usize,
        pair: Option<(DraftId, DraftId, &str, &Comparison)>,
    ) -> Vec<(Annotation, String)> {
        if self.placed.own(id, point).is_some() {
            return Vec::new();
        }
        let annotations = &self.session.review.annotations;
        if self.placed.inheritance.is_some() {
            return self
                .placed
                .inherited(id, point)
                .into_iter()
                .filter_map(|(k, from)| Some((annotations.get(k)?.clone(), from)))
                .collect();
        }
        let Some((old, _, old_name, comparison)) = pair.filter(|p| p.1 == id) else {
            return Vec::new();
        };
        let Some(row) = comparison.rows.iter().find(|r| r.new.contains(&point)) else {
            return Vec::new();
        };
        row.old
            .iter()
            .filter_map(|&o| self.annotation(old, o).cloned())
            .map(|a| (a, old_name.to_owned()))
            .collect()
    }

    /// Annotations of the open drafts that cannot be placed: (draft name, annotation).
    pub fn orphans(&self, drafts: &[OpenDraft]) -> Vec<(String, Annotation)> {
        self.placed
            .orphaned
            .iter()
            .filter_map(|&k| {
                let a = self.placed.review.annotations.get(k)?;
                let name = drafts
                    .get(a.draft)
                    .map_or_else(String::new, |d| d.name.clone());
                Some((name, self.session.review.annotations.get(k)?.clone()))
            })
            .collect()
    }

    /// True when the review has something worth showing in the status bar.
    pub fn is_open(&self) -> bool {
        !self.session.review.annotations.is_empty()
            || !self.session.review.overrides.is_empty()
            || self.session.path.is_some()
    }
}

/// An open draft's identity from the draft itself (by pointer, else by path).
pub fn id_of(drafts: &[OpenDraft], draft: &crate::draft::Draft) -> Option<DraftId> {
    drafts
        .iter()
        .find(|d| std::ptr::eq(Arc::as_ptr(&d.draft), draft))
        .or_else(|| {
            drafts
                .iter()
                .find(|d| d.draft.path.is_some() && d.draft.path == draft.path)
        })
        .map(|d| d.id)
}
