//! The open review as the app and the reports both use it: opening a review file (and taking up
//! its autosave), saving and autosaving it (as jobs that may run on any thread), where its
//! annotations sit in the open drafts, what each point inherits from earlier drafts, and the one
//! set of carry-forward and counting rules ([`row_notes_with`], [`category_table`],
//! [`lineage_notes`], [`category_counts`]) that every front end calls. No GUI types.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use super::{Anchor, Annotation, Category, Inheritance, Placement, Placer, Review, Taxonomy};
use crate::compare::history::{History, Lineage, Tally};
use crate::compare::{Comparison, Row, StatusCounts};
use crate::draft::Draft;
use crate::error::Result;
use crate::fsutil::HeldFile;

/// The identity of a draft opened in a session: stable while it runs (positions change when
/// drafts are reordered), never reused for another draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DraftId(pub u64);

/// A draft opened in a session, with the name the user gave it.
#[derive(Debug, Clone)]
pub struct OpenDraft {
    /// Its identity while the session runs.
    pub id: DraftId,
    /// The display name; the file name until the user renames it.
    pub name: String,
    /// The parsed draft.
    pub draft: Arc<Draft>,
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

impl Edit {
    /// Applies the change to `annotation`.
    pub fn apply_to(self, a: &mut Annotation) {
        match self {
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
        }
    }

    /// The edit that makes `a`'s fields a point's own (confirming what it inherits).
    pub fn copy_of(a: &Annotation) -> Edit {
        Edit::Copy {
            categories: a.categories.clone(),
            assessment: a.assessment.clone(),
            note: a.note.clone(),
        }
    }
}

/// The side file that holds a review's unsaved annotations (`REVIEW.ron.autosave`).
pub fn autosave_path(review: &Path) -> PathBuf {
    let mut name = review.file_name().unwrap_or_default().to_owned();
    name.push(".autosave");
    review.with_file_name(name)
}

/// The name of the autosave of a review that has no file yet, in the app's data folder.
pub const UNTITLED_AUTOSAVE: &str = "autosave.review.ron";

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

/// The name under which a review holds a draft of `id` that is not a file yet (a pasted
/// draft): `<pasted draft N>`, never written to a review file ([`Session::unsaved_drafts`]).
pub fn unsaved_path(id: DraftId) -> PathBuf {
    PathBuf::from(format!("<pasted draft {}>", id.0))
}

/// True when `path` is an [`unsaved_path`] (wherever a folder was put before it).
pub fn is_unsaved_path(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("<pasted draft ") && n.ends_with('>'))
}

/// `review` without its drafts that are not files ([`is_unsaved_path`]), their annotations
/// and hand-made pairings; the other drafts renumbered.
fn without_unsaved(review: &Review) -> Review {
    if !review.drafts.iter().any(|d| is_unsaved_path(&d.path)) {
        return review.clone();
    }
    let mut number = Vec::with_capacity(review.drafts.len());
    let mut next = 0;
    for d in &review.drafts {
        number.push((!is_unsaved_path(&d.path)).then(|| {
            next += 1;
            next - 1
        }));
    }
    let renumber = |k: usize| number.get(k).copied().flatten();
    let mut kept = review.clone();
    kept.drafts.retain(|d| !is_unsaved_path(&d.path));
    kept.annotations = review
        .annotations
        .iter()
        .filter_map(|a| {
            let mut a = a.clone();
            a.draft = renumber(a.draft)?;
            Some(a)
        })
        .collect();
    kept.overrides = review
        .overrides
        .iter()
        .filter_map(|o| {
            let mut o = o.clone();
            o.old_draft = renumber(o.old_draft)?;
            o.new_draft = renumber(o.new_draft)?;
            Some(o)
        })
        .collect();
    kept
}

/// The absolute form of a path (relative paths are taken from the current folder).
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// A fingerprint of an anchor, for the cache of where anchors are placed.
fn anchor_key(anchor: &Anchor) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    anchor.hash(&mut h);
    h.finish()
}

/// The review being edited. Draft paths are absolute while it is open; they are saved
/// relative to the review file's folder.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// Where it is saved (`None` until the first "Save review as").
    pub path: Option<PathBuf>,
    /// The review.
    pub review: Review,
    /// Changed since it was opened or saved.
    pub dirty: bool,
    /// Counts changes, so that what is drawn or placed from the review is refreshed.
    pub revision: u64,
    /// Where a review without a file is autosaved (`None`: no data folder, no untitled
    /// autosave).
    pub untitled: Option<PathBuf>,
    /// This session wrote the untitled autosave (removed once the review is saved).
    untitled_written: bool,
    /// Where each anchor is in each open draft: (draft, anchor fingerprint) -> placement. A
    /// draft's text never changes under its id, so an edit places nothing again.
    cache: HashMap<(DraftId, u64), Placement>,
    /// What the file at `path` held when this session last read or wrote it: a save checks
    /// that it still does (another window may have saved since).
    disk: Option<Stamp>,
    /// The review as the file at `path` held it then (draft paths absolute): what both sides
    /// started from when a save must merge another window's.
    base: Option<Review>,
    /// The autosave side file this session holds (created or taken up by it, locked).
    held: Option<HeldFile>,
}

/// A review file opened: the session, and the drafts to load.
#[derive(Debug)]
pub struct Opened {
    /// The session of the review.
    pub session: Session,
    /// Its drafts' files, absolute, in its order, with the names the review gives them.
    pub drafts: Vec<(PathBuf, String)>,
    /// The autosave whose unsaved annotations were taken up, if any.
    pub recovered: Option<PathBuf>,
    /// What the user must be told: an autosave that could not be read, other windows'
    /// unsaved work (one line each, naming the file).
    pub warnings: Vec<String>,
}

/// Writing a review (or its autosave) to a file: made on the thread that owns the session,
/// run on any thread.
#[derive(Debug, Clone)]
pub struct SaveJob {
    /// The file written.
    pub path: PathBuf,
    /// What is written (paths already relative to the file's folder for a save).
    review: Review,
    /// A save keeps a `.bak` and removes these side files; an autosave does neither.
    autosave: bool,
    remove: Vec<PathBuf>,
    /// The session's revision when the job was made: the review is clean after the save only
    /// if nothing changed since.
    pub revision: u64,
    /// A save: what the file must still hold (it changed on disk otherwise: nothing is
    /// written); `None` writes whatever is there.
    expect: Option<Stamp>,
    /// A save: the review as saved, with absolute draft paths (the next merge's base).
    base: Option<Review>,
    /// An autosave: the side file held by the session, written in place.
    held: Option<HeldFile>,
    /// An autosave that cannot be written: the one-line error.
    error: Option<String>,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The file changed on disk since this session opened or saved it (another window or
    /// program wrote it): nothing was written. Merge ([`Session::merge_from_disk`]), save
    /// elsewhere, or overwrite ([`SaveJob::overwriting`]).
    Changed(PathBuf),
    /// Writing failed: the one-line error naming the file.
    Failed(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Changed(path) => write!(
                f,
                "{}: changed on disk since it was opened or saved (another window?): not saved",
                crate::error::escape_controls(&path.display().to_string())
            ),
            SaveError::Failed(message) => f.write_str(message),
        }
    }
}

/// A file written by a [`SaveJob`].
#[derive(Debug, Clone)]
pub struct Written {
    /// The file.
    pub path: PathBuf,
    /// What it holds now.
    pub stamp: Stamp,
    base: Option<Review>,
}

/// What a review file holds, to tell whether it changed on disk since a session read or wrote
/// it: its length and a hash of its bytes (FxHash: two versions of a review differ in it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stamp {
    len: u64,
    hash: u64,
}

impl Stamp {
    /// The stamp of these bytes.
    pub fn of_bytes(bytes: &[u8]) -> Stamp {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        h.write(bytes);
        Stamp {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }

    /// The stamp of the file at `path` now: `None` when there is no file. A file that cannot
    /// be read gets a stamp no bytes have, so it counts as changed.
    pub fn of(path: &Path) -> Option<Stamp> {
        match crate::fsutil::read_regular(path, super::MAX_REVIEW_SIZE) {
            Ok(bytes) => Some(Stamp::of_bytes(&bytes)),
            Err(_) if std::fs::metadata(path).is_err() => None,
            Err(_) => Some(Stamp {
                len: u64::MAX,
                hash: u64::MAX,
            }),
        }
    }
}

/// How many autosave side files one review may have (`REVIEW.ron.autosave`, then `-2` ... for
/// further windows on the same review).
pub const MAX_AUTOSAVES: usize = 16;

/// The `n`th autosave side file of a review: [`autosave_path`] for the first, then
/// `REVIEW.ron.autosave-2`, `-3`, ...
pub fn numbered_autosave(review: &Path, n: usize) -> PathBuf {
    let first = autosave_path(review);
    if n <= 1 {
        return first;
    }
    let mut name = first.file_name().unwrap_or_default().to_owned();
    name.push(format!("-{n}"));
    first.with_file_name(name)
}

/// Takes an autosave side file for a session of `review`: the first of
/// [`numbered_autosave`] that is free: not there yet, or left by a session that ended with
/// nothing unsaved (not newer than the review) and held by no other window. A file newer than
/// the review and held by no one is unsaved work not yet taken up: it is left for
/// [`Session::open`] to recover. Never a symbolic link.
fn claim_autosave(review: &Path) -> std::io::Result<HeldFile> {
    let mut last = None;
    for n in 1..=MAX_AUTOSAVES {
        let path = numbered_autosave(review, n);
        match HeldFile::create(&path) {
            Ok(held) => return Ok(held),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let plain = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file());
                if plain && !newer(&path, review) {
                    match HeldFile::take(&path) {
                        Ok(held) => return Ok(held),
                        Err(e) => last = Some(e),
                    }
                }
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("every autosave name is taken")))
}

/// The one-line error of an autosave to `path` that could not be written.
fn autosave_error(path: &Path, e: &std::io::Error) -> String {
    format!(
        "{}: autosave not written: {}",
        crate::error::escape_controls(&path.display().to_string()),
        crate::error::describe_io(e)
    )
}

/// The `n`th name of the untitled autosave whose first name is `first` (one per window):
/// `autosave.review.ron`, then `autosave-2.review.ron`, `autosave-3.review.ron`, ...
pub fn numbered_untitled(first: &Path, n: usize) -> PathBuf {
    if n <= 1 {
        return first.to_owned();
    }
    let name = first.file_name().unwrap_or_default().to_string_lossy();
    let (stem, rest) = name.split_once('.').unwrap_or((&name, ""));
    let dot = if rest.is_empty() { "" } else { "." };
    first.with_file_name(format!("{stem}-{n}{dot}{rest}"))
}

/// Is `path` an untitled autosave of any window ([`numbered_untitled`] of `first`)?
pub fn is_untitled_autosave(path: &Path, first: &Path) -> bool {
    let path = absolute(path);
    (1..=MAX_AUTOSAVES).any(|n| absolute(&numbered_untitled(first, n)) == path)
}

/// The untitled autosaves that no running window holds: unsaved annotations of windows that
/// ended without saving, newest first (the app says where they are at start).
pub fn untitled_left(first: &Path) -> Vec<PathBuf> {
    let mut left: Vec<(std::time::SystemTime, PathBuf)> = (1..=MAX_AUTOSAVES)
        .map(|n| numbered_untitled(first, n))
        .filter_map(|path| {
            let meta = std::fs::symlink_metadata(&path).ok()?;
            // Held by another window: its own, not left over.
            let free = meta.is_file() && HeldFile::take(&path).is_ok();
            free.then(|| (meta.modified().unwrap_or(std::time::UNIX_EPOCH), path))
        })
        .collect();
    left.sort_by_key(|l| std::cmp::Reverse(l.0));
    left.into_iter().map(|(_, path)| path).collect()
}

/// Creates and holds an untitled autosave for this window: the first of
/// [`numbered_untitled`] that does not exist. An existing one is never taken: it is another
/// window's, or unsaved work of one that ended, left for the user to open.
fn claim_untitled(first: &Path) -> std::io::Result<HeldFile> {
    let mut last = None;
    for n in 1..=MAX_AUTOSAVES {
        match HeldFile::create(&numbered_untitled(first, n)) {
            Ok(held) => return Ok(held),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("every autosave name is taken")))
}

impl SaveJob {
    /// Writes the file (atomically) and, for a save, removes the side files it makes stale.
    /// Returns the path written, or the one-line error naming it (see [`SaveJob::run_checked`]).
    pub fn run(self) -> std::result::Result<PathBuf, String> {
        self.run_checked()
            .map(|w| w.path)
            .map_err(|e| e.to_string())
    }

    /// Writes the file: a save atomically, after checking that the file still holds what the
    /// session last read or wrote ([`SaveError::Changed`] otherwise, and nothing is written);
    /// an autosave in place, into the side file the session holds. Hand the result to
    /// [`Session::saved_file`].
    pub fn run_checked(self) -> std::result::Result<Written, SaveError> {
        if let Some(error) = self.error {
            return Err(SaveError::Failed(error));
        }
        let failed = |e: crate::error::Error| SaveError::Failed(e.to_string());
        let bytes = self.review.file_bytes(&self.path).map_err(failed)?;
        if let Some(held) = &self.held {
            held.replace(&bytes)
                .map_err(|e| SaveError::Failed(autosave_error(&self.path, &e)))?;
        } else {
            if let Some(expected) = self.expect
                && Stamp::of(&self.path).is_some_and(|now| now != expected)
            {
                return Err(SaveError::Changed(self.path));
            }
            crate::fsutil::write_atomically(&self.path, !self.autosave, |w| w.write_all(&bytes))
                .map_err(failed)?;
            for side in &self.remove {
                let _ = std::fs::remove_file(side);
            }
        }
        Ok(Written {
            stamp: Stamp::of_bytes(&bytes),
            path: self.path,
            base: self.base,
        })
    }

    /// The same save without the check that the file is as the session left it: it replaces
    /// whatever another window saved there (the user chose to).
    pub fn overwriting(mut self) -> SaveJob {
        self.expect = None;
        self
    }

    /// True for an autosave job.
    pub fn is_autosave(&self) -> bool {
        self.autosave
    }
}

impl Session {
    /// An empty review whose untitled autosave goes to `data_folder` (if any).
    pub fn new(data_folder: Option<&Path>) -> Self {
        Session {
            untitled: data_folder.map(|f| f.join(UNTITLED_AUTOSAVE)),
            ..Session::default()
        }
    }

    /// Opens a review file, taking up its autosave when that was written after it (the app
    /// closed without saving, or crashed); the file itself is never touched. The untitled
    /// review's autosave (`untitled`) opens as that untitled review, so that saving asks where.
    pub fn open(path: &Path, untitled: Option<&Path>) -> Result<Opened> {
        let disk = Stamp::of(path);
        let file = load_absolute(path)?;
        let mut review = file.clone();
        let mut recovered = None;
        let mut warnings = Vec::new();
        let mut held = None;
        // Side files newer than the review that no other window holds: unsaved work of a
        // session that ended without saving. The newest is taken up (and held: it is this
        // session's autosave from now on); one that cannot be read is said, and left.
        let mut found: Vec<(std::time::SystemTime, HeldFile)> = Vec::new();
        for n in 1..=MAX_AUTOSAVES {
            let side = numbered_autosave(path, n);
            let Ok(meta) = std::fs::symlink_metadata(&side) else {
                continue;
            };
            if !meta.is_file() || !newer(&side, path) {
                continue;
            }
            match HeldFile::take(&side) {
                Ok(h) => found.push((meta.modified().unwrap_or(std::time::UNIX_EPOCH), h)),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => warnings.push(format!(
                    "{}: another window has unsaved annotations of this review; saving here \
                     will ask before replacing what it saves",
                    crate::error::escape_controls(&side.display().to_string())
                )),
                Err(_) => {}
            }
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        for (_, side) in found {
            if recovered.is_some() {
                warnings.push(format!(
                    "{}: older unsaved annotations of this review, not taken up (open it to \
                     see them)",
                    crate::error::escape_controls(&side.path().display().to_string())
                ));
                continue;
            }
            match load_absolute_as(side.path(), path) {
                Ok(unsaved) => {
                    review = unsaved;
                    recovered = Some(side.path().to_owned());
                    held = Some(side);
                }
                Err(e) => warnings.push(format!(
                    "{e} (unsaved annotations not recovered; the file is left as it is)"
                )),
            }
        }
        let drafts = review
            .drafts
            .iter()
            .map(|d| (d.path.clone(), d.label.clone()))
            .collect();
        let is_untitled = untitled.is_some_and(|u| is_untitled_autosave(path, u));
        if is_untitled {
            // An untitled autosave opened goes on as this window's (held, so that no other
            // window writes it); one another window holds stays its own.
            match HeldFile::take(path) {
                Ok(h) => held = Some(h),
                Err(_) => warnings.push(format!(
                    "{}: another window has this untitled review open; this window autosaves \
                     its changes to a file of its own",
                    crate::error::escape_controls(&path.display().to_string())
                )),
            }
        }
        let session = Session {
            path: (!is_untitled).then(|| absolute(path)),
            review,
            dirty: recovered.is_some() || is_untitled,
            revision: 0,
            untitled: untitled.map(Path::to_owned),
            untitled_written: is_untitled,
            cache: HashMap::new(),
            disk: if is_untitled { None } else { disk },
            base: (!is_untitled).then_some(file),
            held,
        };
        Ok(Opened {
            session,
            drafts,
            recovered,
            warnings,
        })
    }

    /// Takes up what another window saved to this review's file (which changed on disk since
    /// this session opened or saved it): a three-way merge of the file as this session last
    /// knew it, this session's review, and the file now ([`merge_reviews`]). The review is then
    /// unsaved; saving it writes the merge (and checks the file again).
    pub fn merge_from_disk(&mut self) -> Result<Merged> {
        let Some(path) = self.path.clone() else {
            return Ok(Merged::default());
        };
        let disk = Stamp::of(&path);
        let theirs = load_absolute(&path)?;
        let base = self.base.clone().unwrap_or_default();
        let (review, merged) = merge_reviews(&base, &self.review, &theirs);
        self.review = review;
        self.base = Some(theirs);
        self.disk = disk;
        self.changed();
        Ok(merged)
    }

    /// Takes over an opened review in place of this one (its revision moves on, so that
    /// everything drawn from the review is refreshed).
    pub fn replace(&mut self, opened: Session) {
        let revision = self.revision + 1;
        let untitled = self.untitled.clone().or(opened.untitled.clone());
        let written = self.untitled_written || opened.untitled_written;
        *self = Session {
            revision,
            untitled,
            untitled_written: written,
            ..opened
        };
    }

    /// Marks a change.
    fn changed(&mut self) {
        self.dirty = true;
        self.revision += 1;
    }

    /// The review's number of an open draft, if the review holds it.
    pub fn draft_number(&self, draft: &Draft) -> Option<usize> {
        let path = absolute(draft.path.as_ref()?);
        self.review.drafts.iter().position(|d| d.path == path)
    }

    /// The labels of the drafts the review annotates that are not files yet (pasted drafts
    /// not saved): a review naming them cannot be saved until they are.
    pub fn unsaved_drafts(&self) -> Vec<String> {
        self.review
            .drafts
            .iter()
            .filter(|d| is_unsaved_path(&d.path))
            .map(|d| d.label.clone())
            .collect()
    }

    /// Takes note that the pasted draft `id` was saved as `path`: the review holds it under
    /// that file from now on (a change to save).
    pub fn draft_saved_as(&mut self, id: DraftId, path: &Path) {
        let key = unsaved_path(id);
        if let Some(d) = self.review.drafts.iter_mut().find(|d| d.path == key) {
            d.path = absolute(path);
            self.changed();
        } else {
            // Placed again all the same: the placements name the draft by its file.
            self.revision += 1;
        }
    }

    /// Applies `edit` to the annotation of point `point` of `draft` (`existing`: the annotation
    /// placed there, from [`Placed::own`]). A draft not read from a file (pasted) is held
    /// under its [`unsaved_path`] until [`Session::draft_saved_as`].
    pub fn annotate(
        &mut self,
        draft: &OpenDraft,
        point: usize,
        existing: Option<usize>,
        edit: Edit,
    ) -> std::result::Result<(), String> {
        // A pasted draft (no file yet) is kept under a name of its own until it is saved.
        let path = draft
            .draft
            .path
            .as_deref()
            .map_or_else(|| unsaved_path(draft.id), absolute);
        let index = self.review.draft_index(&path, &draft.name, &draft.draft);
        self.review
            .annotate_placed(index, &draft.draft, point, existing, |a| edit.apply_to(a));
        self.changed();
        Ok(())
    }

    /// Adds a category, or renames or recolours one (by id).
    pub fn edit_category(&mut self, category: Category) {
        let categories = &mut self.review.categories;
        match categories.iter_mut().find(|c| c.id == category.id) {
            Some(existing) => *existing = category,
            None => categories.push(category),
        }
        self.changed();
    }

    /// Replaces the assessment scale (nothing happens when it is the same).
    pub fn set_scale(&mut self, scale: Vec<String>) {
        if scale != self.review.scale {
            self.review.scale = scale;
            self.changed();
        }
    }

    /// Prepares saving the review to `path`: the open drafts join it in the order of `drafts`,
    /// labelled with their names, their anchors brought up to date; paths are made relative to
    /// the file's folder. Run the job (on any thread), then call [`Session::saved`].
    pub fn save_job(&mut self, path: &Path, drafts: &[OpenDraft]) -> SaveJob {
        let path = absolute(path);
        let folder = path.parent().map(Path::to_owned).unwrap_or_default();
        let mut order = Vec::with_capacity(drafts.len());
        for entry in drafts {
            if let Some(p) = &entry.draft.path {
                let k = self
                    .review
                    .draft_index(&absolute(p), &entry.name, &entry.draft);
                order.push(k);
                self.review.drafts[k].label = entry.name.clone();
                // Anchors follow the draft as it reads now; its hash is brought up to date.
                self.review.reanchor(k, &entry.draft);
            }
        }
        self.review.order_drafts(&order);
        // Draft numbers may have changed: what is placed where is worked out again.
        self.revision += 1;
        // Once an untitled review has a file, the untitled autosave is no longer needed. This
        // session's own side file goes once the save is in ([`Session::saved_file`]); another
        // window's is never touched.
        let mut remove = Vec::new();
        let same_file = self.path.as_deref() == Some(path.as_path());
        if self.path.is_none()
            && self.untitled_written
            && let Some(held) = &self.held
            && held.path() != path
        {
            remove.push(held.path().to_owned());
        }
        SaveJob {
            review: self.review.relative_to(&folder),
            path,
            autosave: false,
            remove,
            revision: self.revision,
            // Saving over the file it opened or saved: it must still be as it was then.
            expect: if same_file { self.disk } else { None },
            base: Some(self.review.clone()),
            held: None,
            error: None,
        }
    }

    /// Takes note of a finished save job ([`SaveJob::run_checked`]): the review is clean if
    /// nothing changed since, what the file holds is remembered (for the next save's check),
    /// and this session's autosave, then stale, is removed.
    pub fn saved_file(&mut self, written: Written, job_revision: u64) {
        self.saved(&written.path, job_revision);
        self.disk = Some(written.stamp);
        if let Some(base) = written.base {
            self.base = Some(base);
        }
        if !self.dirty
            && let Some(held) = self.held.take()
        {
            held.remove();
        }
    }

    /// Takes note of a finished save job: the review is clean if nothing changed since.
    pub fn saved(&mut self, job_path: &Path, job_revision: u64) {
        if self.path.is_none() {
            // The untitled autosave was removed by the save: let it go (a later autosave
            // goes beside the review).
            if self.untitled_written {
                self.held = None;
            }
            self.untitled_written = false;
        }
        self.path = Some(job_path.to_owned());
        if self.revision == job_revision {
            self.dirty = false;
        }
    }

    /// Where unsaved annotations go: `REVIEW.ron.autosave` beside a saved review, else the
    /// untitled autosave (`None` when there is none).
    pub fn autosave_target(&self) -> Option<PathBuf> {
        match (&self.held, &self.path) {
            (Some(held), _) => Some(held.path().to_owned()),
            (None, Some(p)) => Some(autosave_path(p)),
            (_, None) => self.untitled.clone(),
        }
    }

    /// A job that writes the unsaved annotations to [`Session::autosave_target`] (`None` when
    /// nothing is unsaved or there is nowhere to write).
    pub fn autosave_job(&mut self) -> Option<SaveJob> {
        if !self.dirty {
            return None;
        }
        let mut path = self.autosave_target()?;
        let mut error = None;
        // A file of this window's own, held while it runs: a side file beside a saved review
        // (see `claim_autosave`), else an untitled autosave in the data folder (see
        // `claim_untitled`), removed once the review is saved.
        if self.held.is_none() {
            let claimed = match &self.path {
                Some(review) => claim_autosave(review),
                None => {
                    if let Some(folder) = path.parent() {
                        std::fs::create_dir_all(folder).ok()?;
                    }
                    claim_untitled(&path)
                }
            };
            match claimed {
                Ok(held) => self.held = Some(held),
                Err(e) => error = Some(autosave_error(&path, &e)),
            }
        }
        if let Some(held) = &self.held {
            path = held.path().to_owned();
        }
        if self.path.is_none() {
            self.untitled_written = true;
        }
        Some(SaveJob {
            path,
            // A pasted draft not saved has no file to reopen: its annotations are left out.
            review: without_unsaved(&self.review),
            autosave: true,
            remove: Vec::new(),
            revision: self.revision,
            expect: None,
            base: None,
            held: self.held.clone(),
            error,
        })
    }

    /// Places the review's annotations on the open `drafts` (in the app's order) and, given
    /// their history (`lineages` over `drafts` in that order), carries them forward. Anchors
    /// already placed in a draft are not placed again.
    pub fn place(&mut self, drafts: &[OpenDraft], lineages: Option<&[Lineage]>) -> Placed {
        // The review with every open draft first, in the list's order, labelled with its name
        // where it has none; annotations keep their numbers.
        let mut review = self.review.clone();
        let order: Vec<usize> = drafts
            .iter()
            .map(|d| {
                let path = d
                    .draft
                    .path
                    .as_deref()
                    .map_or_else(|| unsaved_path(d.id), absolute);
                let n = review.draft_index(&path, &d.name, &d.draft);
                if review.drafts[n].label.is_empty() {
                    review.drafts[n].label = d.name.clone();
                }
                n
            })
            .collect();
        review.order_drafts(&order);
        let mut placements = vec![Placement::Orphaned; review.annotations.len()];
        let mut own: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        let mut orphaned = Vec::new();
        // Each draft indexed once, when an anchor not yet placed in it is first placed.
        let mut placers: Vec<Option<Placer<'_>>> = drafts.iter().map(|_| None).collect();
        for (a, annotation) in review.annotations.iter().enumerate() {
            let (Some(entry), Some(placer)) = (
                drafts.get(annotation.draft),
                placers.get_mut(annotation.draft),
            ) else {
                continue;
            };
            let placement = *self
                .cache
                .entry((entry.id, anchor_key(&annotation.anchor)))
                .or_insert_with(|| {
                    placer
                        .get_or_insert_with(|| Placer::new(&entry.draft))
                        .place(&annotation.anchor)
                });
            placements[a] = placement;
            match placement {
                Placement::Placed(point) => {
                    own.entry((annotation.draft, point)).or_default().push(a)
                }
                Placement::Orphaned => orphaned.push(a),
            }
        }
        let count = review.drafts.len();
        let inheritance = lineages.map(|lineages| {
            let padded: Vec<Lineage> = lineages
                .iter()
                .map(|l| Lineage {
                    points: (0..count)
                        .map(|d| l.points.get(d).copied().flatten())
                        .collect(),
                    steps: Vec::new(),
                    sources: Vec::new(),
                })
                .collect();
            Inheritance::from_lineages(&review, &placements, &padded)
        });
        Placed {
            ids: drafts.iter().map(|d| d.id).collect(),
            review,
            placements,
            own,
            orphaned,
            inheritance,
        }
    }
}

/// Corrections of the alignment made by hand, and undo: what the app does to the review
/// besides annotating.
impl Session {
    /// Records a reader's correction of the alignment of the open drafts `old` → `new`
    /// (`decision` in their points as they read now), each point anchored the way annotations
    /// are. Drafts not read from a file, or a decision that cannot be applied, are refused with
    /// one line saying why.
    pub fn correct(
        &mut self,
        old: &OpenDraft,
        new: &OpenDraft,
        decision: &crate::compare::manual::Decision,
    ) -> std::result::Result<(), String> {
        let index = |review: &mut Review, d: &OpenDraft| match d.draft.path.as_deref() {
            Some(path) => Ok(review.draft_index(&absolute(path), &d.name, &d.draft)),
            None => Err(format!(
                "{}: only drafts read from files can be paired by hand",
                d.name
            )),
        };
        if let Some(problem) = decision.problem(old.draft.points.len(), new.draft.points.len()) {
            return Err(format!("Not paired: {problem}"));
        }
        let o = index(&mut self.review, old)?;
        let n = index(&mut self.review, new)?;
        self.review
            .add_override(o, n, decision, &old.draft, &new.draft)
            .ok_or_else(|| "Not paired: a point that is not in the draft".to_owned())?;
        self.changed();
        Ok(())
    }

    /// Puts back a review kept for undo or redo (as a change: the review is to be saved).
    pub fn restore(&mut self, review: Review) {
        self.review = review;
        self.changed();
    }

    /// A fingerprint of the corrections between the open drafts `old` and `new` (0 without
    /// any): it changes when a correction of that pair is made, undone or moved, whatever the
    /// order of the review's drafts.
    pub fn corrections_key(&self, old: &Draft, new: &Draft) -> u64 {
        use std::hash::{Hash, Hasher};
        let (Some(o), Some(n)) = (self.draft_number(old), self.draft_number(new)) else {
            return 0;
        };
        let mut h = std::collections::hash_map::DefaultHasher::new();
        let mut any = false;
        for c in &self.review.overrides {
            if c.old_draft == o && c.new_draft == n {
                any = true;
                (c.action == super::OverrideAction::Pair).hash(&mut h);
                c.old.hash(&mut h);
                c.new.hash(&mut h);
            }
        }
        if any { h.finish() } else { 0 }
    }

    /// The review's corrections between open `drafts` whose points are not all there any
    /// more (indices into [`Review::overrides`], in order): they are listed, never applied,
    /// and stay in the file. Corrections of drafts that are not open are not judged.
    pub fn orphaned_corrections(&self, drafts: &[OpenDraft]) -> Vec<usize> {
        let open = |k: usize| {
            let path = self.review.drafts.get(k)?.path.as_path();
            drafts
                .iter()
                .find(|d| d.draft.path.as_deref().is_some_and(|p| absolute(p) == path))
        };
        let mut pairs: Vec<(usize, usize)> = self
            .review
            .overrides
            .iter()
            .map(|c| (c.old_draft, c.new_draft))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut orphaned = Vec::new();
        for (o, n) in pairs {
            if let (Some(old), Some(new)) = (open(o), open(n)) {
                orphaned.extend(self.review.decisions(o, n, &old.draft, &new.draft).orphaned);
            }
        }
        orphaned.sort_unstable();
        orphaned
    }
}

/// Reads the review file `path` with its draft paths made absolute (as a session holds them).
fn load_absolute(path: &Path) -> Result<Review> {
    load_absolute_as(path, path)
}

/// Reads the review at `file` (the review itself or one of its side files) with its draft
/// paths made absolute against the folder of the review at `review`.
fn load_absolute_as(file: &Path, review: &Path) -> Result<Review> {
    let mut loaded = Review::load(file)?;
    let paths = loaded.draft_paths(review);
    for (d, p) in loaded.drafts.iter_mut().zip(paths) {
        d.path = absolute(&p);
    }
    Ok(loaded)
}

/// What [`merge_reviews`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Annotations taken from the other side (added, changed or removed there only).
    pub taken: usize,
    /// Annotations changed on both sides: their categories joined, both notes kept, this
    /// side's assessment kept.
    pub both: usize,
}

/// A three-way merge of reviews (draft paths absolute): `base`, what both started from;
/// `ours`, this session's; `theirs`, what another saved since. What only one side changed
/// (an annotation added, edited or removed; a category; the scale; an alignment correction)
/// is taken from that side; an annotation both changed keeps both: categories joined, notes
/// one after the other, `ours`'s assessment (and an annotation edited on one side and removed
/// on the other is kept, edited). Annotations are matched by draft file and anchor (the first
/// of a point's annotations with the first, and so on); drafts by file (`ours`'s order, then
/// those only `theirs` has).
pub fn merge_reviews(base: &Review, ours: &Review, theirs: &Review) -> (Review, Merged) {
    let mut out = ours.clone();
    add_missing_drafts(&mut out.drafts, &[theirs, base]);
    let (annotations, stats) = merge_annotations(base, ours, theirs, &out.drafts);
    out.annotations = annotations;
    merge_categories(&mut out.categories, base, theirs);
    if ours.scale == base.scale {
        out.scale = theirs.scale.clone();
    }
    out.overrides = merge_overrides(base, ours, theirs, &out.drafts);
    (out, stats)
}

/// Adds to `drafts` the drafts of `reviews` (in turn) whose files it does not have yet.
fn add_missing_drafts(drafts: &mut Vec<super::DraftRef>, reviews: &[&Review]) {
    for r in reviews {
        for d in &r.drafts {
            if !drafts.iter().any(|o| o.path == d.path) {
                drafts.push(d.clone());
            }
        }
    }
}

/// The number in `drafts` of draft `k` of review `of` (matched by file; 0 when missing).
fn number_in(drafts: &[super::DraftRef], of: &Review, k: usize) -> usize {
    of.drafts
        .get(k)
        .and_then(|d| drafts.iter().position(|o| o.path == d.path))
        .unwrap_or(0)
}

/// An annotation's place for a merge: (draft, anchor, how many annotations of the same point
/// come before it), as a point may carry several annotations.
type AnnotationKey = (usize, Anchor, usize);

/// The annotations of `r` with their keys, their drafts renumbered into `drafts`.
fn keyed_annotations(r: &Review, drafts: &[super::DraftRef]) -> Vec<(AnnotationKey, Annotation)> {
    let mut seen: HashMap<(usize, &Anchor), usize> = HashMap::new();
    r.annotations
        .iter()
        .map(|a| {
            let draft = number_in(drafts, r, a.draft);
            let n = seen.entry((draft, &a.anchor)).or_default();
            let key = (draft, a.anchor.clone(), *n);
            *n += 1;
            let mut a = a.clone();
            a.draft = draft;
            (key, a)
        })
        .collect()
}

/// The annotations merged three ways, matched by key (drafts numbered as in `drafts`), in
/// order: `ours`, then those only `theirs` has, then those only the base has.
fn merge_annotations(
    base: &Review,
    ours: &Review,
    theirs: &Review,
    drafts: &[super::DraftRef],
) -> (Vec<Annotation>, Merged) {
    let (b, o, t) = (
        keyed_annotations(base, drafts),
        keyed_annotations(ours, drafts),
        keyed_annotations(theirs, drafts),
    );
    // Keys in order (ours, then theirs, then the base's), once each; an index per side.
    let mut seen = std::collections::HashSet::new();
    let keys: Vec<AnnotationKey> = o
        .iter()
        .chain(&t)
        .chain(&b)
        .filter(|(k, _)| seen.insert(k.clone()))
        .map(|(k, _)| k.clone())
        .collect();
    let index = |list: Vec<(AnnotationKey, Annotation)>| -> HashMap<AnnotationKey, Annotation> {
        let mut map = HashMap::with_capacity(list.len());
        for (k, a) in list {
            map.entry(k).or_insert(a);
        }
        map
    };
    let (b, o, t) = (index(b), index(o), index(t));
    let mut stats = Merged::default();
    let mut annotations = Vec::with_capacity(keys.len());
    for k in &keys {
        let (bk, ok, tk) = (b.get(k).cloned(), o.get(k).cloned(), t.get(k).cloned());
        annotations.extend(merge_annotation(bk, ok, tk, &mut stats));
    }
    (annotations, stats)
}

/// One annotation merged three ways (`None` where a side does not have it): what one side
/// changed, or both sides' changes joined; counted in `stats`.
fn merge_annotation(
    base: Option<Annotation>,
    ours: Option<Annotation>,
    theirs: Option<Annotation>,
    stats: &mut Merged,
) -> Option<Annotation> {
    if ours == theirs || base == theirs {
        return ours;
    }
    if base == ours {
        stats.taken += 1;
        return theirs;
    }
    match (ours, theirs) {
        (Some(mine), None) | (None, Some(mine)) => Some(mine),
        (Some(mine), Some(other)) => {
            stats.both += 1;
            Some(join_annotations(&base.unwrap_or_default(), &mine, &other))
        }
        (None, None) => None,
    }
}

/// An annotation both sides changed from `old`: `mine`'s categories then `other`'s new ones,
/// `mine`'s assessment unless only `other` changed it, and both notes where both changed them.
fn join_annotations(old: &Annotation, mine: &Annotation, other: &Annotation) -> Annotation {
    let mut a = mine.clone();
    for c in &other.categories {
        if !a.categories.contains(c) {
            a.categories.push(c.clone());
        }
    }
    if mine.assessment == old.assessment {
        a.assessment = other.assessment.clone();
    }
    a.note = if mine.note == old.note || mine.note == other.note {
        other.note.clone()
    } else if other.note == old.note {
        mine.note.clone()
    } else {
        format!("{}\n\n{}", mine.note, other.note)
    };
    a
}

/// Categories by id: what `theirs` changed or added since `base` is taken into `ours`,
/// unless `ours` changed that category too.
fn merge_categories(ours: &mut Vec<Category>, base: &Review, theirs: &Review) {
    for c in &theirs.categories {
        let before = base.categories.iter().find(|x| x.id == c.id);
        match ours.iter_mut().find(|x| x.id == c.id) {
            Some(mine) if before == Some(mine) => *mine = c.clone(),
            Some(_) => {}
            None if before.is_none() => ours.push(c.clone()),
            None => {}
        }
    }
}

/// Alignment corrections, as wholes (drafts numbered as in `drafts`): `ours`, then those only
/// `theirs` has, each kept unless one side removed it.
fn merge_overrides(
    base: &Review,
    ours: &Review,
    theirs: &Review,
    drafts: &[super::DraftRef],
) -> Vec<super::Override> {
    let renumbered = |r: &Review| -> Vec<super::Override> {
        r.overrides
            .iter()
            .map(|x| {
                let mut x = x.clone();
                x.old_draft = number_in(drafts, r, x.old_draft);
                x.new_draft = number_in(drafts, r, x.new_draft);
                x
            })
            .collect()
    };
    let (bo, oo, to) = (renumbered(base), renumbered(ours), renumbered(theirs));
    let mut overrides: Vec<super::Override> = Vec::new();
    for x in oo.iter().chain(&to) {
        let removed = bo.contains(x) && !(oo.contains(x) && to.contains(x));
        if !removed && !overrides.contains(x) {
            overrides.push(x.clone());
        }
    }
    overrides
}

/// Where a session's annotations sit in the open drafts, and what each point inherits: drafts
/// are numbered by their position among the open drafts (the review's drafts that are not open
/// come after them).
#[derive(Debug, Clone, Default)]
pub struct Placed {
    /// The open drafts, by number.
    pub ids: Vec<DraftId>,
    /// The review with every open draft first, in the open drafts' order; annotations keep
    /// their numbers (those of [`Session::review`]).
    pub review: Review,
    /// Where each annotation is (by annotation number).
    pub placements: Vec<Placement>,
    /// (draft number, point) -> the annotations placed on it.
    own: HashMap<(usize, usize), Vec<usize>>,
    /// Annotations of open drafts that cannot be placed.
    pub orphaned: Vec<usize>,
    /// What each point inherits; `None` until the drafts' history is known.
    pub inheritance: Option<Inheritance>,
}

impl Placed {
    /// The number of an open draft.
    pub fn number(&self, id: DraftId) -> Option<usize> {
        self.ids.iter().position(|&i| i == id)
    }

    /// The first annotation placed on point `point` of open draft `id` (its number in the
    /// review).
    pub fn own(&self, id: DraftId, point: usize) -> Option<usize> {
        let d = self.number(id)?;
        self.own.get(&(d, point))?.first().copied()
    }

    /// The annotations placed on point `point` of draft number `draft`.
    pub fn own_at(&self, draft: usize, point: usize) -> &[usize] {
        self.own.get(&(draft, point)).map_or(&[], Vec::as_slice)
    }

    /// What point `point` of open draft `id` inherits, oldest first: (annotation number, the
    /// label of the draft it was made on). Empty while the history is not known; use
    /// [`Placed::row_notes`] for the rows of a pair, which fall back on the pair's OLD side.
    pub fn inherited(&self, id: DraftId, point: usize) -> Vec<(usize, String)> {
        let (Some(d), Some(inheritance)) = (self.number(id), &self.inheritance) else {
            return Vec::new();
        };
        inheritance
            .get(d, point)
            .iter()
            .map(|i| {
                let label = self.review.drafts.get(i.draft).map(|r| r.label.clone());
                (i.annotation, label.unwrap_or_default())
            })
            .collect()
    }

    /// The annotations of every row of the comparison of open drafts `old` and `new` (the
    /// rule the reports follow: [`row_note_numbers`]).
    pub fn row_notes(&self, old: DraftId, new: DraftId, comparison: &Comparison) -> Vec<RowMarks> {
        let (Some(old), Some(new)) = (self.number(old), self.number(new)) else {
            return vec![RowMarks::default(); comparison.rows.len()];
        };
        let empty = Inheritance::default();
        let inheritance = self.inheritance.as_ref().unwrap_or(&empty);
        row_note_numbers(
            &self.review,
            &self.placements,
            inheritance,
            &Pair {
                old,
                new,
                comparison,
            },
        )
    }

    /// What the review says of each lineage of `history` (over the open drafts in order).
    pub fn lineage_notes(&self, history: &History) -> Vec<LineageNotes> {
        lineage_notes(history, |d, p| {
            self.own_at(d, p)
                .iter()
                .filter_map(|&a| self.review.annotations.get(a))
                .collect()
        })
    }
}

/// One compared pair of a review's drafts.
pub struct Pair<'a> {
    /// Index of the older draft in the review.
    pub old: usize,
    /// Index of the newer draft.
    pub new: usize,
    /// Their comparison.
    pub comparison: &'a Comparison,
}

/// The annotations of a row by number, each with whether it is inherited: see [`RowNotes`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowMarks {
    /// The old points' annotations: each point's own, else what it inherits.
    pub old: Vec<(usize, bool)>,
    /// The new points' own annotations, else what they inherit.
    pub new: Vec<(usize, bool)>,
    /// True when `new` was carried forward.
    pub inherited: bool,
}

impl RowMarks {
    /// The annotations that describe the row: the new side's, else the old side's.
    pub fn shown(&self) -> &[(usize, bool)] {
        if self.new.is_empty() {
            &self.old
        } else {
            &self.new
        }
    }

    /// The categories of the row (ids, sorted, each once): those of the annotations of
    /// `review` it shows ([`RowMarks::shown`]); the rule of [`RowNotes::categories`].
    pub fn categories<'a>(&self, review: &'a Review) -> Vec<&'a str> {
        categories_of(
            self.shown()
                .iter()
                .filter_map(|&(k, _)| review.annotations.get(k)),
        )
    }
}

/// The categories of `annotations` (ids, sorted, each once): what a row shows.
fn categories_of<'a>(annotations: impl IntoIterator<Item = &'a Annotation>) -> Vec<&'a str> {
    let mut c: Vec<&str> = annotations
        .into_iter()
        .flat_map(|a| a.categories.iter().map(String::as_str))
        .collect();
    c.sort_unstable();
    c.dedup();
    c
}

/// The carry-forward rule, by annotation number: a row's old points show their own
/// annotations, else what they inherit; its new points their own, else what they inherit
/// along their lineage, else (drafts compared out of order) the old side's.
pub fn row_note_numbers(
    review: &Review,
    placements: &[Placement],
    inheritance: &Inheritance,
    pair: &Pair<'_>,
) -> Vec<RowMarks> {
    let mut at: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (k, (a, p)) in review.annotations.iter().zip(placements).enumerate() {
        if let Placement::Placed(point) = p {
            at.entry((a.draft, *point)).or_default().push(k);
        }
    }
    let own = |draft: usize, p: usize| -> Vec<(usize, bool)> {
        at.get(&(draft, p))
            .into_iter()
            .flatten()
            .map(|&k| (k, false))
            .collect()
    };
    let inherited = |draft: usize, p: usize| -> Vec<(usize, bool)> {
        inheritance
            .get(draft, p)
            .iter()
            .filter(|i| i.annotation < review.annotations.len())
            .map(|i| (i.annotation, true))
            .collect()
    };
    let push_new = |list: &mut Vec<(usize, bool)>, notes: Vec<(usize, bool)>| {
        for n in notes {
            if !list.iter().any(|m| m.0 == n.0) {
                list.push(n);
            }
        }
    };
    pair.comparison
        .rows
        .iter()
        .map(|r| {
            let mut old = Vec::new();
            for &p in &r.old {
                let mine = own(pair.old, p);
                let notes = if mine.is_empty() {
                    inherited(pair.old, p)
                } else {
                    mine
                };
                push_new(&mut old, notes);
            }
            let mut new = Vec::new();
            for &p in &r.new {
                push_new(&mut new, own(pair.new, p));
            }
            let carried = new.is_empty() && !r.new.is_empty();
            if carried {
                for &p in &r.new {
                    push_new(&mut new, inherited(pair.new, p));
                }
                if new.is_empty() {
                    let old_notes = old.iter().map(|&(k, _)| (k, true)).collect();
                    push_new(&mut new, old_notes);
                }
            }
            RowMarks {
                inherited: carried && !new.is_empty(),
                old,
                new,
            }
        })
        .collect()
}

/// An annotation shown on a row: the point's own, or inherited from an earlier draft.
///
/// In JSON: the annotation's fields (`draft` is the draft it was made on; the assessment is
/// `"unassessed"` when there is none) and `"inherited"`.
#[derive(Debug, Clone, Copy)]
pub struct Note<'a> {
    /// The annotation.
    pub annotation: &'a Annotation,
    /// True when it was made on an earlier draft (`annotation.draft`) and carries forward to
    /// this point, not yet confirmed by the reader.
    pub inherited: bool,
}

impl Serialize for Note<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            draft: usize,
            anchor: &'a Anchor,
            categories: &'a [String],
            assessment: &'a str,
            note: &'a str,
            inherited: bool,
        }
        let a = self.annotation;
        Out {
            draft: a.draft,
            anchor: &a.anchor,
            categories: &a.categories,
            assessment: a.assessment_or_unassessed(),
            note: &a.note,
            inherited: self.inherited,
        }
        .serialize(serializer)
    }
}

/// The annotations that apply to a row.
#[derive(Debug, Clone, Serialize)]
pub struct RowNotes<'a> {
    /// Annotations of the row's old points: each point's own, else what it inherits.
    pub old: Vec<Note<'a>>,
    /// Annotations of the row's new points; when there are none, what they inherit (the old
    /// points' annotations, or those of the same points in earlier drafts).
    pub new: Vec<Note<'a>>,
    /// True when `new` was carried forward (not yet confirmed by the reader).
    pub inherited: bool,
}

impl RowNotes<'_> {
    /// The notes that describe the row: the new side's (own or inherited), else the old side's.
    pub fn shown(&self) -> &[Note<'_>] {
        if self.new.is_empty() {
            &self.old
        } else {
            &self.new
        }
    }

    /// The categories of the row (ids, sorted): the new side's (or inherited), else the old
    /// side's.
    pub fn categories(&self) -> Vec<&str> {
        categories_of(self.shown().iter().map(|n| n.annotation))
    }
}

/// The annotations of every row of a pair, given where each annotation was placed; a new
/// point without an annotation inherits its old point's (carry-forward over this pair only:
/// see [`row_notes_with`] for all earlier drafts).
pub fn row_notes<'a>(
    review: &'a Review,
    placements: &[Placement],
    pair: &Pair<'_>,
) -> Vec<RowNotes<'a>> {
    row_notes_with(review, placements, &Inheritance::default(), pair)
}

/// The annotations of every row of a pair, given where each annotation was placed and what
/// each point inherits ([`Review::inheritance`]): a point without an annotation of its own
/// shows those of the same point in the nearest earlier draft that has one, so that a pair of
/// later drafts shows what was said of their points in the first ([`row_note_numbers`]).
pub fn row_notes_with<'a>(
    review: &'a Review,
    placements: &[Placement],
    inheritance: &Inheritance,
    pair: &Pair<'_>,
) -> Vec<RowNotes<'a>> {
    let note = |&(k, inherited): &(usize, bool)| {
        review.annotations.get(k).map(|annotation| Note {
            annotation,
            inherited,
        })
    };
    row_note_numbers(review, placements, inheritance, pair)
        .into_iter()
        .map(|m| RowNotes {
            old: m.old.iter().filter_map(note).collect(),
            new: m.new.iter().filter_map(note).collect(),
            inherited: m.inherited,
        })
        .collect()
}

/// Rows per category and status: (category id, counts), in the taxonomy's order (categories
/// not in it last, by id). `categories(k)` lists the category ids of row `k`, each once.
pub fn category_table<'c>(
    taxonomy: &Taxonomy,
    rows: &[Row],
    categories: impl Fn(usize) -> Vec<&'c str>,
) -> Vec<(String, StatusCounts)> {
    let mut table: Vec<(String, StatusCounts)> = Vec::new();
    for (k, r) in rows.iter().enumerate() {
        for c in categories(k) {
            match table.iter_mut().find(|(id, _)| id == c) {
                Some((_, counts)) => counts[r.status] += 1,
                None => {
                    let mut counts = StatusCounts::default();
                    counts[r.status] = 1;
                    table.push((c.to_owned(), counts));
                }
            }
        }
    }
    table.sort_by(|a, b| {
        let rank = |id: &str| taxonomy.position(id).unwrap_or(usize::MAX);
        rank(&a.0).cmp(&rank(&b.0)).then_with(|| a.0.cmp(&b.0))
    });
    table
}

/// What a review says of a lineage: the categories and assessments of all its points.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineageNotes {
    /// Category ids, sorted, without repeats.
    pub categories: Vec<String>,
    /// Assessments, in draft order, without repeats.
    pub assessments: Vec<String>,
}

/// The notes of every lineage of `h`: `annotations_at(draft, point)` lists the annotations
/// placed on a point.
pub fn lineage_notes<'a>(
    h: &History,
    annotations_at: impl Fn(usize, usize) -> Vec<&'a Annotation>,
) -> Vec<LineageNotes> {
    h.lineages
        .iter()
        .map(|l| {
            let mut notes = LineageNotes::default();
            for (d, p) in l.points.iter().enumerate() {
                let Some(p) = p else { continue };
                for a in annotations_at(d, *p) {
                    notes.categories.extend(a.categories.iter().cloned());
                    if let Some(v) = &a.assessment
                        && !notes.assessments.contains(v)
                    {
                        notes.assessments.push(v.clone());
                    }
                }
            }
            notes.categories.sort();
            notes.categories.dedup();
            notes
        })
        .collect()
}

/// Per category of the review (in the taxonomy's order, then by id; labelled as the taxonomy
/// says): its points in each draft and the points each step removed, added and restored. A
/// point shared by several lineages (a merge or split) counts once.
pub fn category_counts(
    h: &History,
    notes: &[LineageNotes],
    taxonomy: &Taxonomy,
) -> Vec<(String, Tally)> {
    let mut ids: Vec<&String> = notes.iter().flat_map(|n| n.categories.iter()).collect();
    ids.sort_by_key(|id| (taxonomy.position(id).unwrap_or(usize::MAX), *id));
    ids.dedup();
    ids.into_iter()
        .map(|id| {
            let tally = h.tally(|k| notes.get(k).is_some_and(|n| n.categories.contains(id)));
            (taxonomy.label(id).to_owned(), tally)
        })
        .collect()
}

/// What an annotation says, in one line, as the app and the reports write it: its categories
/// (by their labels in `taxonomy`, when it has any), its assessment ("unassessed" when there is
/// none), then its note (when there is one), parted by " — ": "Territory and borders —
/// unfavourable to Ukraine — see the map".
pub fn annotation_line(a: &Annotation, taxonomy: &Taxonomy) -> String {
    let categories: Vec<&str> = a.categories.iter().map(|c| taxonomy.label(c)).collect();
    let mut parts = Vec::new();
    let joined = categories.join(", ");
    if !joined.is_empty() {
        parts.push(joined.as_str());
    }
    parts.push(a.assessment_or_unassessed());
    if !a.note.is_empty() {
        parts.push(a.note.as_str());
    }
    parts.join(" — ")
}

/// Category ids in the taxonomy's order (those not in it last, by id).
pub fn in_taxonomy_order(taxonomy: &Taxonomy, ids: &mut [String]) {
    ids.sort_by_key(|id| (taxonomy.position(id).unwrap_or(usize::MAX), id.clone()));
}

/// What a point without an annotation of its own starts from when it inherits `inherited`
/// (oldest first): the first annotation, with the categories of the others added and their
/// notes appended (each once). `None` when it inherits nothing.
pub fn merge_inherited<'a>(
    inherited: impl IntoIterator<Item = &'a Annotation>,
) -> Option<Annotation> {
    let mut inherited = inherited.into_iter();
    let mut merged = inherited.next()?.clone();
    for a in inherited {
        for c in &a.categories {
            if !merged.categories.contains(c) {
                merged.categories.push(c.clone());
            }
        }
        if !a.note.is_empty() && !merged.note.contains(&a.note) {
            merged.note = format!("{}\n{}", merged.note, a.note).trim().to_owned();
        }
    }
    Some(merged)
}

/// The review, its drafts (in its order) and the numbers of the pair to report on.
pub type ExportInput = (Review, Vec<Arc<Draft>>, usize, usize);

/// What an export of the pair `old`/`new` of the open drafts needs: the review with every
/// open draft (so that annotations carry forward along the lineages of all of them), the
/// drafts in the review's order, and the pair's numbers. When some drafts of the review are
/// not open, the report covers the two drafts of the pair only.
pub fn export_input(
    placed: &Placed,
    drafts: &[OpenDraft],
    old: DraftId,
    new: DraftId,
) -> std::result::Result<ExportInput, String> {
    let find = |id: DraftId| drafts.iter().find(|d| d.id == id);
    let (Some(o), Some(n)) = (find(old), find(new)) else {
        return Err("Nothing to export: open two drafts first".to_owned());
    };
    if o.draft.path.is_none() || n.draft.path.is_none() {
        return Err(
            "Nothing to export: a draft compared is not a file (a pasted draft: Save draft as… first)"
                .to_owned(),
        );
    }
    let (Some(old_k), Some(new_k)) = (placed.number(old), placed.number(new)) else {
        return Err("Nothing to export: open two drafts first".to_owned());
    };
    let mut review = placed.review.clone();
    // Every draft of the review is open (and a file): the report covers them all.
    let all_files = drafts.iter().all(|d| d.draft.path.is_some());
    if all_files && drafts.len() == review.drafts.len() {
        let all = drafts.iter().map(|d| Arc::clone(&d.draft)).collect();
        return Ok((review, all, old_k, new_k));
    }
    review
        .annotations
        .retain(|a| a.draft == old_k || a.draft == new_k);
    for a in &mut review.annotations {
        a.draft = usize::from(a.draft == new_k);
    }
    review.drafts = vec![review.drafts[old_k].clone(), review.drafts[new_k].clone()];
    Ok((
        review,
        vec![Arc::clone(&o.draft), Arc::clone(&n.draft)],
        0,
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::TextOptions;
    use crate::compare::history::history;

    const TEXTS: [&str; 3] = [
        "1. Sovereignty of Ukraine is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held within one hundred days of signature.\n",
        "1. Sovereignty of Ukraine is confirmed by all parties.\n2. Elections are held within one hundred days of signature.\n",
        "1. Sovereignty of Ukraine is confirmed by all the parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held as soon as possible after signature.\n",
    ];

    /// Three drafts written to `dir`, opened as a session would have them.
    fn open_drafts(dir: &Path) -> Vec<OpenDraft> {
        TEXTS
            .iter()
            .enumerate()
            .map(|(k, text)| {
                let path = dir.join(format!("d{k}.txt"));
                std::fs::write(&path, text).unwrap();
                OpenDraft {
                    id: DraftId(10 + k as u64),
                    name: format!("draft {k}"),
                    draft: Arc::new(Draft::load(&path).unwrap()),
                }
            })
            .collect()
    }

    fn lineages(drafts: &[OpenDraft]) -> Vec<Lineage> {
        let plain: Vec<&Draft> = drafts.iter().map(|d| d.draft.as_ref()).collect();
        history(&plain, &TextOptions::default()).lineages
    }

    fn note(text: &str) -> Edit {
        Edit::Note(text.to_owned())
    }

    #[test]
    fn annotations_are_placed_and_carried_forward_along_lineages() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(None);
        // Annotated last draft first: numbers in the review follow the open drafts' order.
        s.annotate(&drafts[2], 0, None, note("late")).unwrap();
        s.annotate(&drafts[0], 2, None, note("elections")).unwrap();
        assert!(s.dirty);
        let lineages = lineages(&drafts);
        let placed = s.place(&drafts, Some(&lineages));
        assert_eq!(placed.own(DraftId(12), 0), Some(0));
        assert_eq!(placed.own(DraftId(10), 2), Some(1));
        // Elections: draft 1 (renumbered 2) and draft 2 (reworded 3) inherit from draft 0.
        assert_eq!(
            placed.inherited(DraftId(11), 1),
            [(1, "draft 0".to_owned())]
        );
        assert_eq!(
            placed.inherited(DraftId(12), 2),
            [(1, "draft 0".to_owned())]
        );
        // Nothing carries backwards.
        assert!(placed.inherited(DraftId(10), 0).is_empty());
        assert!(placed.orphaned.is_empty());
    }

    #[test]
    fn rows_show_own_then_inherited_then_old_side_notes() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(None);
        s.annotate(&drafts[0], 1, None, note("amnesty")).unwrap();
        s.annotate(&drafts[0], 0, None, note("sovereignty"))
            .unwrap();
        let comparison =
            crate::compare(&drafts[0].draft, &drafts[2].draft, &TextOptions::default());
        // Without the history: the new side takes the old side's notes, marked inherited.
        let placed = s.place(&drafts, None);
        let rows = placed.row_notes(DraftId(10), DraftId(12), &comparison);
        let amnesty = comparison.rows.iter().position(|r| r.old == [1]).unwrap();
        assert_eq!(rows[amnesty].new, [(0, true)]);
        assert!(rows[amnesty].inherited);
        // With the history, the same along the lineage; an own annotation wins.
        s.annotate(&drafts[2], 0, None, note("own")).unwrap();
        let lineages = lineages(&drafts);
        let placed = s.place(&drafts, Some(&lineages));
        let rows = placed.row_notes(DraftId(10), DraftId(12), &comparison);
        assert_eq!(rows[amnesty].shown(), [(0, true)]);
        let sovereignty = comparison.rows.iter().position(|r| r.old == [0]).unwrap();
        assert_eq!(rows[sovereignty].shown(), [(2, false)]);
        assert!(!rows[sovereignty].inherited);
    }

    #[test]
    fn a_row_shows_the_categories_of_its_new_side_else_of_its_old_side_sorted_once() {
        let annotated = |categories: &[&str]| Annotation {
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            ..Annotation::default()
        };
        let review = Review {
            annotations: vec![
                annotated(&["territory", "economy"]),
                annotated(&["economy", "amnesty"]),
                annotated(&["sanctions"]),
            ],
            ..Review::default()
        };
        let marks = RowMarks {
            old: vec![(2, false)],
            new: vec![(0, true), (1, true), (7, false)],
            inherited: true,
        };
        // The new side's (an annotation number the review lacks is passed over), sorted, once.
        assert_eq!(
            marks.categories(&review),
            ["amnesty", "economy", "territory"]
        );
        let old_only = RowMarks {
            old: vec![(2, false)],
            ..RowMarks::default()
        };
        assert_eq!(old_only.categories(&review), ["sanctions"]);
        assert!(RowMarks::default().categories(&review).is_empty());
        // The reports' notes of a row give the same categories.
        let notes = RowNotes {
            old: vec![Note {
                annotation: &review.annotations[2],
                inherited: false,
            }],
            new: vec![0, 1]
                .into_iter()
                .map(|k| Note {
                    annotation: &review.annotations[k],
                    inherited: true,
                })
                .collect(),
            inherited: true,
        };
        assert_eq!(notes.categories(), marks.categories(&review));
    }

    #[test]
    fn an_annotation_is_one_line_of_labels_assessment_and_note() {
        let taxonomy = Taxonomy::default();
        let mut a = Annotation {
            categories: vec!["territory".into(), "not_in_taxonomy".into()],
            assessment: Some("unfavourable".into()),
            note: "see the map".into(),
            ..Annotation::default()
        };
        assert_eq!(
            annotation_line(&a, &taxonomy),
            "Territory and borders, not_in_taxonomy — unfavourable — see the map"
        );
        a.categories.clear();
        a.assessment = None;
        a.note.clear();
        assert_eq!(annotation_line(&a, &taxonomy), super::super::UNASSESSED);
    }

    #[test]
    fn categories_are_counted_in_taxonomy_order() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let taxonomy = Taxonomy::default();
        let ids: Vec<String> = taxonomy.categories.iter().map(|c| c.id.clone()).collect();
        assert!(ids.len() >= 2);
        let (first, second) = (ids[0].clone(), ids[1].clone());
        // Ids whose alphabetical order is the reverse of the taxonomy's, when they differ.
        let mut s = Session::new(None);
        s.annotate(&drafts[0], 0, None, Edit::Category(second.clone(), true))
            .unwrap();
        s.annotate(&drafts[0], 1, None, Edit::Category(first.clone(), true))
            .unwrap();
        let comparison =
            crate::compare(&drafts[0].draft, &drafts[1].draft, &TextOptions::default());
        let placed = s.place(&drafts, None);
        let marks = placed.row_notes(DraftId(10), DraftId(11), &comparison);
        let table = category_table(&taxonomy, &comparison.rows, |k| {
            marks[k].categories(&placed.review)
        });
        let order: Vec<&str> = table.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(order, [first.as_str(), second.as_str()]);
        // The amnesty (point 2) was removed: its category counts one removed row.
        assert_eq!(table[0].1[crate::compare::Status::Removed], 1);
        assert_eq!(table[0].1.total(), 1);
        // The history's tallies follow the same order.
        let plain: Vec<&Draft> = drafts.iter().map(|d| d.draft.as_ref()).collect();
        let h = history(&plain, &TextOptions::default());
        let notes = placed.lineage_notes(&h);
        let counts = category_counts(&h, &notes, &taxonomy);
        let labels: Vec<&str> = counts.iter().map(|(l, _)| l.as_str()).collect();
        let expected: Vec<&str> = [&first, &second]
            .iter()
            .map(|id| taxonomy.get(id).unwrap().label.as_str())
            .collect();
        assert_eq!(labels, expected);
        // Amnesty: in draft 0, gone from draft 1, back in draft 2.
        assert_eq!(counts[0].1.points, [1, 0, 1]);
    }

    #[test]
    fn inherited_annotations_merge_categories_and_notes_once() {
        let a = |cats: &[&str], note: &str| Annotation {
            draft: 0,
            anchor: Anchor {
                label: String::new(),
                quote: String::new(),
                prefix: String::new(),
                suffix: String::new(),
            },
            categories: cats.iter().map(|c| c.to_string()).collect(),
            assessment: None,
            note: note.to_owned(),
        };
        let list = [a(&["x"], "one"), a(&["y", "x"], "two"), a(&["y"], "one")];
        let merged = merge_inherited(&list).unwrap();
        assert_eq!(merged.categories, ["x", "y"]);
        assert_eq!(merged.note, "one\ntwo");
        assert!(merge_inherited(&[]).is_none());
    }

    #[test]
    fn two_windows_on_untitled_reviews_autosave_to_files_of_their_own() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let data = dir.path().join("data");
        let first = data.join(UNTITLED_AUTOSAVE);
        let (mut a, mut b) = (Session::new(Some(&data)), Session::new(Some(&data)));
        a.annotate(&drafts[1], 0, None, note("from a")).unwrap();
        b.annotate(&drafts[1], 1, None, note("from b")).unwrap();
        let (ja, jb) = (a.autosave_job().unwrap(), b.autosave_job().unwrap());
        assert_eq!(ja.path, first);
        assert_eq!(jb.path, numbered_untitled(&first, 2));
        let (pa, pb) = (ja.path.clone(), jb.path.clone());
        ja.run().unwrap();
        jb.run().unwrap();
        // Both windows run: neither file is left over.
        assert!(untitled_left(&first).is_empty());
        // Saving A removes A's autosave only; B's unsaved work stays.
        let path = dir.path().join("a.ron");
        let job = a.save_job(&path, &drafts);
        let rev = job.revision;
        job.run().unwrap();
        a.saved(&path, rev);
        assert!(!pa.exists(), "A's own autosave goes with its save");
        let kept = std::fs::read_to_string(&pb).unwrap();
        assert!(kept.contains("from b") && !kept.contains("from a"));
        // B ends without saving: its file is left over, and a window opening it holds it.
        drop(b);
        assert_eq!(untitled_left(&first), std::slice::from_ref(&pb));
        let opened = Session::open(&pb, Some(&first)).unwrap();
        assert!(
            opened.session.path.is_none(),
            "it opens as an untitled review"
        );
        assert!(
            untitled_left(&first).is_empty(),
            "held by the window that opened it"
        );
        // A second window opening it too is told, and autosaves elsewhere.
        let mut second = Session::open(&pb, Some(&first)).unwrap();
        assert!(
            second.warnings.iter().any(|w| w.contains("another window")),
            "{:?}",
            second.warnings
        );
        second.session.changed();
        let job = second.session.autosave_job().unwrap();
        assert_ne!(job.path, pb);
        assert!(is_untitled_autosave(&job.path, &first));
    }

    #[test]
    fn save_then_autosave_then_reopen_recovers_and_leaves_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(Some(&dir.path().join("data")));
        assert!(s.autosave_job().is_none(), "nothing unsaved");
        s.annotate(&drafts[1], 0, None, note("saved")).unwrap();
        // Untitled: the autosave goes to the data folder.
        let untitled = s.autosave_job().unwrap();
        assert_eq!(
            untitled.path,
            dir.path().join("data").join(UNTITLED_AUTOSAVE)
        );
        untitled.run().unwrap();
        let path = dir.path().join("r.ron");
        let job = s.save_job(&path, &drafts);
        let (p, rev) = (job.path.clone(), job.revision);
        job.run().unwrap();
        s.saved(&p, rev);
        assert!(!s.dirty);
        assert!(
            !dir.path().join("data").join(UNTITLED_AUTOSAVE).exists(),
            "saving removes the untitled autosave this session wrote"
        );
        let saved = std::fs::read(&path).unwrap();
        // A change after the save: the job's revision is stale, the review stays dirty.
        let placed = s.place(&drafts, None);
        let existing = placed.own(DraftId(11), 0);
        assert!(existing.is_some());
        s.annotate(&drafts[1], 0, existing, note("unsaved"))
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let side = s.autosave_job().unwrap();
        assert_eq!(side.path, autosave_path(&path));
        side.run().unwrap();
        // The session goes away without saving (its hold on the side file with it).
        drop(s);
        let opened = Session::open(&path, None).unwrap();
        assert_eq!(opened.recovered, Some(autosave_path(&path)));
        assert!(opened.session.dirty);
        assert_eq!(opened.session.review.annotations[0].note, "unsaved");
        assert_eq!(opened.drafts.len(), 3);
        assert_eq!(opened.drafts[1].1, "draft 1");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            saved,
            "the review file is untouched"
        );
    }

    #[test]
    fn a_save_overtaken_by_an_edit_leaves_the_review_dirty() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(None);
        s.annotate(&drafts[0], 0, None, note("a")).unwrap();
        let job = s.save_job(&dir.path().join("r.ron"), &drafts);
        s.annotate(&drafts[0], 1, None, note("b")).unwrap();
        let (p, rev) = (job.path.clone(), job.revision);
        job.run().unwrap();
        s.saved(&p, rev);
        assert!(s.dirty, "the second edit is not in the file");
        assert_eq!(s.path.as_deref(), Some(p.as_path()));
    }

    #[test]
    fn a_pasted_draft_is_annotated_kept_out_of_autosaves_and_named_once_saved() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(Some(&dir.path().join("data")));
        let pasted = OpenDraft {
            id: DraftId(7),
            name: "pasted".to_owned(),
            draft: Arc::new(Draft::from_text("pasted", TEXTS[2])),
        };
        s.annotate(&drafts[0], 1, None, note("filed")).unwrap();
        s.annotate(&pasted, 1, None, note("pasted")).unwrap();
        assert_eq!(s.unsaved_drafts(), ["pasted"]);
        let all = [drafts[0].clone(), pasted.clone()];
        let placed = s.place(&all, None);
        assert!(
            placed.own(DraftId(7), 1).is_some(),
            "placed on the pasted draft"
        );
        // The autosave names only drafts that are files.
        let side = s.autosave_job().unwrap();
        assert!(side.review.drafts.iter().all(|d| !is_unsaved_path(&d.path)));
        assert_eq!(side.review.annotations.len(), 1);
        assert_eq!(side.review.annotations[0].note, "filed");
        assert_eq!(side.review.annotations[0].draft, 0);
        // Saved as a file, the draft is that file in the review.
        let file = dir.path().join("pasted.txt");
        s.draft_saved_as(DraftId(7), &file);
        assert!(s.unsaved_drafts().is_empty());
        assert!(s.review.drafts.iter().any(|d| d.path == file));
    }

    #[test]
    fn a_correction_is_recorded_undone_and_listed_when_its_point_is_gone() {
        use crate::compare::manual::Decision;
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::default();
        assert_eq!(s.corrections_key(&drafts[0].draft, &drafts[1].draft), 0);
        // Draft 0's amnesty (2) has no counterpart in draft 1; pair it with the elections (2).
        let pair = Decision::Pair {
            old: vec![1],
            new: vec![1],
        };
        let before = s.review.clone();
        s.correct(&drafts[0], &drafts[1], &pair).unwrap();
        assert!(s.dirty);
        assert_eq!(s.review.overrides.len(), 1);
        let key = s.corrections_key(&drafts[0].draft, &drafts[1].draft);
        assert_ne!(key, 0);
        // Another pair of drafts is not affected.
        assert_eq!(s.corrections_key(&drafts[1].draft, &drafts[2].draft), 0);
        assert!(s.orphaned_corrections(&drafts).is_empty());
        // A decision that cannot be applied is refused with a reason, and nothing is recorded.
        let bad = Decision::Pair {
            old: vec![0, 1],
            new: vec![0, 1],
        };
        let e = s.correct(&drafts[0], &drafts[1], &bad).unwrap_err();
        assert!(e.starts_with("Not paired: "), "{e}");
        assert_eq!(s.review.overrides.len(), 1);
        // Undone: the review as it was, a change to save; the key follows.
        let revision = s.revision;
        s.restore(before);
        assert!(s.review.overrides.is_empty() && s.revision > revision);
        assert_eq!(s.corrections_key(&drafts[0].draft, &drafts[1].draft), 0);

        // Draft 1 loses its elections point: the correction is listed as orphaned and kept.
        s.correct(&drafts[0], &drafts[1], &pair).unwrap();
        let path = drafts[1].draft.path.clone().unwrap();
        std::fs::write(
            &path,
            "1. Sovereignty of Ukraine is confirmed by all parties.\n",
        )
        .unwrap();
        let edited = OpenDraft {
            id: DraftId(99),
            name: "draft 1".to_owned(),
            draft: Arc::new(Draft::load(&path).unwrap()),
        };
        let now = [drafts[0].clone(), edited, drafts[2].clone()];
        assert_eq!(s.orphaned_corrections(&now), vec![0]);
        assert_eq!(s.review.overrides.len(), 1);
    }

    /// Runs a save job and hands the result to the session.
    fn save(
        s: &mut Session,
        path: &Path,
        drafts: &[OpenDraft],
    ) -> std::result::Result<(), SaveError> {
        let job = s.save_job(path, drafts);
        let revision = job.revision;
        let written = job.run_checked()?;
        s.saved_file(written, revision);
        Ok(())
    }

    fn notes_in(path: &Path) -> Vec<String> {
        let mut notes: Vec<String> = Review::load(path)
            .unwrap()
            .annotations
            .into_iter()
            .map(|a| a.note)
            .collect();
        notes.sort();
        notes
    }

    #[test]
    fn a_second_window_saving_the_same_review_is_caught_and_merged() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let path = dir.path().join("r.ron");
        let mut first = Session::new(None);
        first
            .annotate(&drafts[0], 0, None, note("sovereignty"))
            .unwrap();
        save(&mut first, &path, &drafts).unwrap();
        // A second window opens the same file, annotates and saves.
        let mut second = Session::open(&path, None).unwrap().session;
        second
            .annotate(&drafts[0], 1, None, note("amnesty"))
            .unwrap();
        save(&mut second, &path, &drafts).unwrap();
        let theirs = std::fs::read(&path).unwrap();
        // The first window's next save would discard that: it is refused, nothing written.
        first
            .annotate(&drafts[0], 2, None, note("elections"))
            .unwrap();
        assert_eq!(
            save(&mut first, &path, &drafts),
            Err(SaveError::Changed(absolute(&path)))
        );
        assert_eq!(std::fs::read(&path).unwrap(), theirs, "not written");
        assert!(first.dirty);
        // Reload and merge: both windows' annotations, then the save goes through.
        let merged = first.merge_from_disk().unwrap();
        assert_eq!(merged, Merged { taken: 1, both: 0 });
        save(&mut first, &path, &drafts).unwrap();
        assert!(!first.dirty);
        assert_eq!(notes_in(&path), ["amnesty", "elections", "sovereignty"]);
        // Now the second window is behind: its save is refused in turn; it may overwrite.
        let placed = second.place(&drafts, None);
        let k = placed.own(DraftId(10), 1);
        second
            .annotate(&drafts[0], 1, k, note("amnesty, revised"))
            .unwrap();
        let job = second.save_job(&path, &drafts);
        assert!(matches!(
            job.clone().run_checked(),
            Err(SaveError::Changed(_))
        ));
        let revision = job.revision;
        second.saved_file(job.overwriting().run_checked().unwrap(), revision);
        assert_eq!(notes_in(&path), ["amnesty, revised", "sovereignty"]);
        // Saved elsewhere ("save as"): no check, and the file there is this session's.
        let other = dir.path().join("copy.ron");
        save(&mut first, &other, &drafts).unwrap();
        assert_eq!(first.path.as_deref(), Some(absolute(&other).as_path()));
    }

    #[test]
    fn a_merge_takes_each_sides_changes_and_keeps_both_where_both_changed() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(None);
        s.annotate(&drafts[0], 0, None, note("kept")).unwrap();
        s.annotate(&drafts[0], 1, None, note("both edit")).unwrap();
        s.annotate(&drafts[0], 2, None, note("we remove")).unwrap();
        let base = s.review.clone();
        let edit = |r: &Review, k: usize, f: &dyn Fn(&mut Annotation)| {
            let mut r = r.clone();
            f(&mut r.annotations[k]);
            r
        };
        let mut ours = edit(&base, 1, &|a| {
            a.note = "ours".into();
            a.categories = vec!["justice".into()];
        });
        ours.annotations.remove(2);
        let mut theirs = edit(&base, 1, &|a| {
            a.note = "theirs".into();
            a.categories = vec!["security".into()];
            a.assessment = Some("neutral".into());
        });
        theirs = edit(&theirs, 0, &|a| a.note = "kept, edited there".into());
        let (merged, stats) = merge_reviews(&base, &ours, &theirs);
        assert_eq!(stats, Merged { taken: 1, both: 1 });
        let notes: Vec<&str> = merged.annotations.iter().map(|a| a.note.as_str()).collect();
        assert_eq!(notes, ["kept, edited there", "ours\n\ntheirs"]);
        let both = &merged.annotations[1];
        assert_eq!(both.categories, ["justice", "security"]);
        assert_eq!(
            both.assessment.as_deref(),
            Some("neutral"),
            "only they set it"
        );
        // Nothing changed anywhere: the merge is the review itself.
        assert_eq!(merge_reviews(&base, &base, &base).0, base);
        // A second annotation of one point, added on one side, is kept beside the first.
        let mut twice = base.clone();
        let mut second = twice.annotations[0].clone();
        second.note = "a second one".into();
        twice.annotations.push(second);
        let (merged, _) = merge_reviews(&base, &twice, &base);
        assert_eq!(merged.annotations.len(), 4);
        assert_eq!(merged.annotations[3].note, "a second one");
    }

    #[test]
    fn each_window_autosaves_to_its_own_held_side_file() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let path = dir.path().join("r.ron");
        let mut first = Session::new(None);
        first.annotate(&drafts[0], 0, None, note("saved")).unwrap();
        save(&mut first, &path, &drafts).unwrap();
        let mut second = Session::open(&path, None).unwrap().session;
        std::thread::sleep(std::time::Duration::from_millis(20));
        first
            .annotate(&drafts[0], 1, None, note("first's"))
            .unwrap();
        second
            .annotate(&drafts[0], 2, None, note("second's"))
            .unwrap();
        let a = first.autosave_job().unwrap();
        let b = second.autosave_job().unwrap();
        assert_eq!(a.path, autosave_path(&absolute(&path)));
        assert_eq!(b.path, numbered_autosave(&absolute(&path), 2));
        let (a_path, b_path) = (a.path.clone(), b.path.clone());
        a.run().unwrap();
        b.run().unwrap();
        // The first window saves: its side file goes, the second's unsaved work stays.
        save(&mut first, &path, &drafts).unwrap();
        assert!(!a_path.exists());
        assert!(notes_in(&b_path).contains(&"second's".to_owned()));
        std::thread::sleep(std::time::Duration::from_millis(20));
        second
            .annotate(&drafts[0], 0, Some(0), note("second's again"))
            .unwrap();
        second.autosave_job().unwrap().run().unwrap();
        // While the second window runs, another opening leaves its side file alone, and says so.
        let third = Session::open(&path, None).unwrap();
        assert_eq!(third.recovered, None);
        assert!(
            third.warnings[0].contains("another window"),
            "{:?}",
            third.warnings
        );
        drop(third);
        // The second window goes away without saving: the next opening takes its work up.
        drop(second);
        let reopened = Session::open(&path, None).unwrap();
        assert_eq!(reopened.recovered, Some(b_path));
        assert!(reopened.session.dirty);
        assert!(
            reopened
                .session
                .review
                .annotations
                .iter()
                .any(|a| a.note == "second's again")
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_autosave_never_writes_through_a_symbolic_link_and_a_broken_one_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let path = dir.path().join("r.ron");
        let mut s = Session::new(None);
        s.annotate(&drafts[0], 0, None, note("saved")).unwrap();
        save(&mut s, &path, &drafts).unwrap();
        // Someone puts a link where the autosave would go, to a file of theirs.
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").unwrap();
        std::os::unix::fs::symlink(&victim, autosave_path(&path)).unwrap();
        s.annotate(&drafts[0], 1, None, note("unsaved")).unwrap();
        let job = s.autosave_job().unwrap();
        assert_eq!(job.path, numbered_autosave(&absolute(&path), 2));
        job.run().unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        drop(s);
        // A side file that cannot be read is said (naming it), not silently skipped, and left.
        std::fs::remove_file(autosave_path(&path)).unwrap();
        std::fs::write(autosave_path(&path), "(version: 2, annotations: [").unwrap();
        let broken = std::fs::read(autosave_path(&path)).unwrap();
        let opened = Session::open(&path, None).unwrap();
        let said = opened.warnings.join("\n");
        assert!(said.contains("r.ron.autosave:"), "{said}");
        assert!(said.contains("not recovered"), "{said}");
        assert_eq!(std::fs::read(autosave_path(&path)).unwrap(), broken);
        // The readable one (`-2`) is taken up.
        assert_eq!(
            opened.recovered,
            Some(numbered_autosave(&absolute(&path), 2))
        );
    }

    #[test]
    fn annotations_are_placed_with_one_index_per_draft() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = open_drafts(dir.path());
        let mut s = Session::new(None);
        for k in 0..3 {
            s.annotate(&drafts[0], k, None, note("placed")).unwrap();
        }
        // Forty annotations whose points are gone (orphans), on two drafts.
        for k in 0..40 {
            s.review.annotations.push(Annotation {
                draft: k % 2,
                anchor: Anchor {
                    label: format!("{}", 100 + k),
                    quote: format!("A provision {k} that no draft holds any more."),
                    ..Anchor::default()
                },
                ..Annotation::default()
            });
        }
        s.review.draft_index(
            &absolute(drafts[1].draft.path.as_deref().unwrap()),
            "draft 1",
            &drafts[1].draft,
        );
        super::super::PLACERS_BUILT.with(|n| n.set(0));
        let placed = s.place(&drafts, None);
        assert_eq!(placed.orphaned.len(), 40);
        assert_eq!(super::super::PLACERS_BUILT.with(|n| n.get()), 2);
    }
}
