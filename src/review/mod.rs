//! Reviews: a reader's classification of the points of a sequence of drafts (categories, an
//! assessment, a note), saved as a versioned RON file.
//!
//! Annotations are anchored to points by what they say, not only by their label: each keeps
//! the point's label, its text (the quote) and a little of the text around it. When a draft file
//! changed, [`Review::resolve`] places each annotation again, by label and quote, then by quote
//! alone, then by a close match of the quote; what cannot be placed is reported as orphaned and
//! stays in the file.
//!
//! Each draft's hash tells whether it changed since the review was saved
//! ([`Review::changed_drafts`]); saving after [`Review::reanchor`] moves every placed anchor to
//! the point as it reads now, so that small edits never add up to an orphan. An annotation
//! carries forward to the same point in every later draft ([`inherit`]).

pub mod inherit;
pub mod overrides;
pub mod session;
pub mod taxonomy;
pub mod undo;

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::compare::words::{TextOptions, diff};
use crate::draft::Draft;
use crate::error::{Error, Result};
use crate::fsutil::write_atomically;
pub use inherit::{Inheritance, Inherited};
pub use overrides::{Override, OverrideAction, Resolved};
pub use taxonomy::{Category, Taxonomy};
pub use undo::UndoStack;

/// The review format version this build writes and the newest it reads. Version 2 added
/// [`Review::overrides`]; a version 1 file reads as a review without any (and is written back
/// as version 2).
pub const REVIEW_VERSION: u32 = 2;

/// The largest review file Clausewise reads (64 MiB).
pub const MAX_REVIEW_SIZE: u64 = 64 * 1024 * 1024;

/// Least word similarity for an annotation to follow a reworded point.
pub const REANCHOR_SIMILARITY: f32 = 0.6;

/// Characters of context kept before and after a quote.
const CONTEXT: usize = 60;

/// The entry of the default scale for "not assessed": an annotation without an assessment
/// (`None`) is shown, filtered and reported as this, and choosing it stores `None`.
pub const UNASSESSED: &str = "unassessed";

/// A review of a sequence of drafts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// Format version ([`REVIEW_VERSION`]).
    pub version: u32,
    /// The drafts, oldest first.
    #[serde(default)]
    pub drafts: Vec<DraftRef>,
    /// Categories added, renamed or recoloured on top of the default taxonomy.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// The assessment scale, from one end to the other.
    #[serde(default = "default_scale")]
    pub scale: Vec<String>,
    /// The annotations.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// Alignment corrections made by hand (since version 2).
    #[serde(default)]
    pub overrides: Vec<Override>,
}

fn default_scale() -> Vec<String> {
    [
        "favourable to Ukraine",
        "neutral",
        "unfavourable to Ukraine",
        "unassessed",
    ]
    .map(str::to_owned)
    .to_vec()
}

impl Default for Review {
    fn default() -> Self {
        Review {
            version: REVIEW_VERSION,
            drafts: Vec::new(),
            categories: Vec::new(),
            scale: default_scale(),
            annotations: Vec::new(),
            overrides: Vec::new(),
        }
    }
}

/// A draft of a review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRef {
    /// The file, relative to the review file's folder.
    pub path: PathBuf,
    /// The name readers know it by ("28-point plan, 20 Nov 2025").
    #[serde(default)]
    pub label: String,
    /// Hash of the draft's text when the review was saved (FNV-1a, 64 bits, hex): a changed
    /// draft is re-anchored.
    #[serde(default)]
    pub hash: String,
}

impl DraftRef {
    /// True when `draft` is not the text this review was saved with (its hash differs). A
    /// draft without a hash (a hand-written review) counts as unchanged.
    pub fn changed(&self, draft: &Draft) -> bool {
        !self.hash.is_empty() && self.hash != text_hash(&draft.source)
    }
}

/// Where an annotation belongs: a point, known by its label, its text and the text around it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// The point's label as written.
    pub label: String,
    /// The point's text.
    pub quote: String,
    /// The end of the point before it.
    #[serde(default)]
    pub prefix: String,
    /// The start of the point after it.
    #[serde(default)]
    pub suffix: String,
}

/// A reader's classification of one point.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// The draft (an index into [`Review::drafts`]).
    pub draft: usize,
    /// The point.
    pub anchor: Anchor,
    /// Category ids.
    #[serde(default)]
    pub categories: Vec<String>,
    /// One entry of the review's scale, if assessed.
    #[serde(default)]
    pub assessment: Option<String>,
    /// Free text.
    #[serde(default)]
    pub note: String,
}

impl Annotation {
    /// The assessment as shown, filtered and reported: [`UNASSESSED`] when there is none.
    pub fn assessment_or_unassessed(&self) -> &str {
        self.assessment.as_deref().unwrap_or(UNASSESSED)
    }

    /// True when the annotation has an assessment other than [`UNASSESSED`].
    pub fn is_assessed(&self) -> bool {
        self.assessment_or_unassessed() != UNASSESSED
    }

    /// True when the annotation's assessment is `value`, `None` and [`UNASSESSED`] being the
    /// same (for filters).
    pub fn has_assessment(&self, value: &str) -> bool {
        self.assessment_or_unassessed() == value
    }

    /// Sets the assessment; [`UNASSESSED`] is stored as `None`.
    pub fn set_assessment(&mut self, value: Option<String>) {
        self.assessment = value.filter(|v| v != UNASSESSED);
    }
}

/// Where [`Review::resolve`] placed an annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// On this point of its draft (an index into the draft's points).
    Placed(usize),
    /// Nowhere: the point is gone. The annotation stays in the file.
    Orphaned,
}

/// Only the version, read before the rest so that a newer file is refused clearly.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// FNV-1a hash of a text, as 16 hex digits (stable across builds and platforms).
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Anchor {
    /// Where this anchor is in `draft` as it reads now (see [`Review::resolve`]).
    pub fn place(&self, draft: &Draft) -> Placement {
        place(self, draft)
    }

    /// The anchor of point `index` of `draft`.
    pub fn of(draft: &Draft, index: usize) -> Option<Anchor> {
        let point = draft.points.get(index)?;
        let tail = |t: &str| {
            let chars: Vec<char> = t.chars().collect();
            chars[chars.len().saturating_sub(CONTEXT)..]
                .iter()
                .collect()
        };
        Some(Anchor {
            label: point.label.clone(),
            quote: point.text.clone(),
            prefix: index
                .checked_sub(1)
                .map(|i| tail(&draft.points[i].text))
                .unwrap_or_default(),
            suffix: draft
                .points
                .get(index + 1)
                .map(|p| p.text.chars().take(CONTEXT).collect())
                .unwrap_or_default(),
        })
    }
}

impl Review {
    /// Reads a review file. A malformed or truncated file, or one of a newer format, is an
    /// error naming the file; the file is never changed by reading it.
    ///
    /// Only a regular file of at most [`MAX_REVIEW_SIZE`] bytes is read (counted while
    /// reading); a UTF-8 byte-order mark is skipped. An annotation naming a draft the review
    /// does not list is refused.
    pub fn load(path: &Path) -> Result<Review> {
        let bytes = crate::fsutil::read_regular(path, MAX_REVIEW_SIZE)?;
        let malformed = |message: String| Error::MalformedReview {
            path: path.to_owned(),
            message: crate::error::escape_controls(&message),
        };
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            malformed(format!(
                "not UTF-8 text (at byte {})",
                e.valid_up_to().saturating_add(1)
            ))
        })?;
        let ron_error = |e: ron::error::SpannedError| {
            let message = match e.code {
                // Not the parser's advice on its options: what is wrong with the file.
                ron::Error::ExceededRecursionLimit => format!(
                    "{}:{}: nested too deeply",
                    e.span.start.line, e.span.start.col
                ),
                _ => e.to_string(),
            };
            malformed(message)
        };
        let version: VersionOnly = ron::from_str(text).map_err(ron_error)?;
        if version.version > REVIEW_VERSION {
            return Err(Error::NewerReview {
                path: path.to_owned(),
                found: version.version,
                supported: REVIEW_VERSION,
            });
        }
        let mut review: Review = ron::from_str(text).map_err(ron_error)?;
        if let Some((k, a)) = review
            .annotations
            .iter()
            .enumerate()
            .find(|(_, a)| a.draft >= review.drafts.len())
        {
            return Err(malformed(format!(
                "annotation {} names draft {}, but the review lists {} draft{}",
                k + 1,
                a.draft,
                review.drafts.len(),
                if review.drafts.len() == 1 { "" } else { "s" }
            )));
        }
        if let Some((k, o)) =
            review.overrides.iter().enumerate().find(|(_, o)| {
                o.old_draft >= review.drafts.len() || o.new_draft >= review.drafts.len()
            })
        {
            return Err(malformed(format!(
                "alignment correction {} names drafts {} and {}, but the review lists {}",
                k + 1,
                o.old_draft,
                o.new_draft,
                review.drafts.len()
            )));
        }
        // Older versions read as they are (what they lack has a default) and are written
        // back in the current format.
        review.version = REVIEW_VERSION;
        Ok(review)
    }

    /// The drafts' files (resolved as [`Review::draft_paths`] does) that lie outside the
    /// review's folder: an absolute path elsewhere, a path that climbs out with `..`, or a
    /// link inside the folder that points out of it. Files in `opened` (the drafts the user
    /// chose) and files in their folders count as inside. A review received from someone else
    /// could otherwise make Clausewise read and print any file the user can read; ask before
    /// reading these (the CLI refuses them unless given `--allow-outside`).
    pub fn paths_outside(&self, review_path: &Path, opened: &[&Path]) -> Vec<PathBuf> {
        let review_path = std::path::absolute(review_path).unwrap_or(review_path.to_owned());
        let folder = normalise(review_path.parent().unwrap_or(Path::new("/")));
        let mut allowed = vec![folder];
        for f in opened {
            if let Some(parent) = std::path::absolute(f)
                .ok()
                .as_deref()
                .and_then(Path::parent)
            {
                allowed.push(normalise(parent));
            }
        }
        // The same folders with their links followed, to compare with where a file really is.
        let real: Vec<PathBuf> = allowed
            .iter()
            .filter_map(|a| a.canonicalize().ok())
            .collect();
        self.draft_paths(&review_path)
            .into_iter()
            .filter(|p| {
                let by_name = allowed.iter().any(|a| p.starts_with(a));
                let really = match p.canonicalize() {
                    Ok(c) => real.iter().any(|a| c.starts_with(a)),
                    Err(_) => true,
                };
                let chosen = opened.iter().any(|f| crate::fsutil::same_file(f, p));
                let inside = by_name && really;
                !(chosen || inside)
            })
            .collect()
    }

    /// Writes the review atomically, keeping the previous version as `PATH.bak`.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.write_file(path, true)
    }

    /// Writes the review atomically without keeping a `.bak` (for autosave side files).
    pub fn save_copy(&self, path: &Path) -> Result<()> {
        self.write_file(path, false)
    }

    fn write_file(&self, path: &Path, backup: bool) -> Result<()> {
        let bytes = self.file_bytes(path)?;
        write_atomically(path, backup, |w| w.write_all(&bytes))
    }

    /// The bytes of the review file as [`Review::save`] writes them (`path` names the file in
    /// an error).
    pub fn file_bytes(&self, path: &Path) -> Result<Vec<u8>> {
        let config = ron::ser::PrettyConfig::new()
            .depth_limit(4)
            .indentor("    ".to_owned());
        let text = ron::ser::to_string_pretty(self, config).map_err(|e| Error::Write {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        let mut bytes = Vec::with_capacity(text.len() + 100);
        bytes.extend_from_slice(b"// Clausewise review: categories, assessments and notes on the points of these drafts.\n");
        bytes.extend_from_slice(text.as_bytes());
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// The drafts' files, resolved against the folder of the review file at `review_path`
    /// (`..` in a saved path is resolved by name, as [`Review::relative_to`] made it).
    pub fn draft_paths(&self, review_path: &Path) -> Vec<PathBuf> {
        let base = review_path.parent().unwrap_or(Path::new(""));
        self.drafts
            .iter()
            .map(|d| normalise(&base.join(&d.path)))
            .collect()
    }

    /// The default taxonomy with this review's additions and changes.
    pub fn taxonomy(&self) -> Taxonomy {
        let mut t = Taxonomy::default();
        for c in &self.categories {
            t.upsert(c.clone());
        }
        t
    }

    /// Edits the annotation of point `point` of `draft`, the review's draft number `index`
    /// (creating it if there is none).
    pub fn annotate(
        &mut self,
        index: usize,
        draft: &Draft,
        point: usize,
        edit: impl FnOnce(&mut Annotation),
    ) -> Option<()> {
        let existing = self.find(index, draft, point);
        self.annotate_placed(index, draft, point, existing, edit)
    }

    /// Like [`Review::annotate`], for a caller that already knows which annotation is placed on
    /// the point (`existing`, from placements it keeps), so that nothing is placed again.
    pub fn annotate_placed(
        &mut self,
        index: usize,
        draft: &Draft,
        point: usize,
        existing: Option<usize>,
        edit: impl FnOnce(&mut Annotation),
    ) -> Option<()> {
        let anchor = Anchor::of(draft, point)?;
        let draft = index;
        let annotation = match existing {
            Some(k) => &mut self.annotations[k],
            None => {
                self.annotations.push(Annotation {
                    draft,
                    anchor,
                    categories: Vec::new(),
                    assessment: None,
                    note: String::new(),
                });
                self.annotations.last_mut()?
            }
        };
        edit(annotation);
        Some(())
    }

    /// The annotation placed on point `point` of `draft`, which is the review's draft number
    /// `index` as it is now.
    pub fn find(&self, index: usize, draft: &Draft, point: usize) -> Option<usize> {
        let placer = Placer::new(draft);
        self.annotations
            .iter()
            .position(|a| a.draft == index && placer.place(&a.anchor) == Placement::Placed(point))
    }

    /// Where the annotations of the review's draft number `index` are in `draft` as it is now:
    /// (annotation, point) for each that can be placed.
    pub fn placements_in(&self, index: usize, draft: &Draft) -> Vec<(usize, usize)> {
        let placer = Placer::new(draft);
        self.annotations
            .iter()
            .enumerate()
            .filter(|(_, a)| a.draft == index)
            .filter_map(|(k, a)| match placer.place(&a.anchor) {
                Placement::Placed(p) => Some((k, p)),
                Placement::Orphaned => None,
            })
            .collect()
    }

    /// The review's draft for the file `path` (compared as given: the caller makes paths
    /// absolute), added with `label` and the hash of `draft` when it is not there yet.
    pub fn draft_index(&mut self, path: &Path, label: &str, draft: &Draft) -> usize {
        match self.drafts.iter().position(|d| d.path == path) {
            Some(k) => k,
            None => {
                self.drafts.push(DraftRef {
                    path: path.to_owned(),
                    label: label.to_owned(),
                    hash: text_hash(&draft.source),
                });
                self.drafts.len() - 1
            }
        }
    }

    /// Puts the drafts numbered `first` (in that order) at the front of the review's list, the
    /// others after them in their order, and renumbers the annotations to match: the review
    /// lists its drafts oldest first, whatever order they were first annotated in.
    pub fn order_drafts(&mut self, first: &[usize]) {
        let mut order: Vec<usize> = Vec::with_capacity(self.drafts.len());
        for &k in first {
            if k < self.drafts.len() && !order.contains(&k) {
                order.push(k);
            }
        }
        for k in 0..self.drafts.len() {
            if !order.contains(&k) {
                order.push(k);
            }
        }
        let mut new_index = vec![0; self.drafts.len()];
        for (to, &from) in order.iter().enumerate() {
            new_index[from] = to;
        }
        self.drafts = order.iter().map(|&k| self.drafts[k].clone()).collect();
        for a in &mut self.annotations {
            if let Some(&to) = new_index.get(a.draft) {
                a.draft = to;
            }
        }
        for o in &mut self.overrides {
            for d in [&mut o.old_draft, &mut o.new_draft] {
                if let Some(&to) = new_index.get(*d) {
                    *d = to;
                }
            }
        }
    }

    /// Draft paths made relative to `folder` (as saved in the file): `plan.txt` below it,
    /// `../drafts/plan.txt` beside it, so that a folder holding the review and its drafts can
    /// be moved. A path that shares nothing with `folder` but the root (or the drive) stays
    /// absolute. Absolute paths are compared by name (`..` resolved, links not followed).
    pub fn relative_to(&self, folder: &Path) -> Review {
        let mut r = self.clone();
        for d in &mut r.drafts {
            if let Some(rel) = relative_path(&d.path, folder) {
                d.path = rel;
            }
        }
        r
    }

    /// The review's drafts whose text is not what the review was saved with (their hash
    /// differs), given the drafts as they are now in the review's order: their annotations
    /// were placed again by re-anchoring. For a note such as "draft X changed since this
    /// review was saved; annotations re-anchored".
    pub fn changed_drafts(&self, drafts: &[Draft]) -> Vec<usize> {
        self.drafts
            .iter()
            .zip(drafts)
            .enumerate()
            .filter(|(_, (r, d))| r.changed(d))
            .map(|(k, _)| k)
            .collect()
    }

    /// Takes `draft` as it is now as the review's draft number `index`: its hash is updated and
    /// each of its annotations that can be placed gets the anchor (label, quote, context) of
    /// the point it is placed on now. Orphans keep their old anchor. Call it for every loaded
    /// draft before saving, so that small edits to a draft never add up to an orphan.
    /// Returns the number of annotations of the draft that are orphaned.
    pub fn reanchor(&mut self, index: usize, draft: &Draft) -> usize {
        let Some(r) = self.drafts.get_mut(index) else {
            return 0;
        };
        r.hash = text_hash(&draft.source);
        let mut orphans = 0;
        let placer = Placer::new(draft);
        for a in self.annotations.iter_mut().filter(|a| a.draft == index) {
            match placer.place(&a.anchor) {
                Placement::Placed(point) => {
                    if let Some(anchor) = Anchor::of(draft, point) {
                        a.anchor = anchor;
                    }
                }
                Placement::Orphaned => orphans += 1,
            }
        }
        self.reanchor_overrides(index, draft);
        orphans
    }

    /// [`Review::reanchor`] for every draft, given the review's drafts as they are now in its
    /// order. Returns the number of orphaned annotations.
    pub fn reanchor_all(&mut self, drafts: &[Draft]) -> usize {
        drafts
            .iter()
            .enumerate()
            .map(|(k, d)| self.reanchor(k, d))
            .sum()
    }

    /// Places every annotation on a point of its draft in `drafts` (the review's drafts as they
    /// are now), in the order of [`Review::annotations`].
    pub fn resolve<D: std::borrow::Borrow<Draft>>(&self, drafts: &[D]) -> Vec<Placement> {
        // Each draft indexed once, when one of its annotations is first placed.
        let mut placers: Vec<Option<Placer<'_>>> = drafts.iter().map(|_| None).collect();
        self.annotations
            .iter()
            .map(|a| match (drafts.get(a.draft), placers.get_mut(a.draft)) {
                (Some(draft), Some(placer)) => placer
                    .get_or_insert_with(|| Placer::new(draft.borrow()))
                    .place(&a.anchor),
                _ => Placement::Orphaned,
            })
            .collect()
    }
}

/// `path` with `.` left out and each `..` taking away the name before it (by name only: links
/// are not followed). A `..` at the start of a relative path stays.
fn normalise(path: &Path) -> PathBuf {
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

/// `path` relative to the folder `base` (both absolute), going up with `..` as needed; `None`
/// when either is relative, or when they share no folder below the root (other drives, or
/// only `/` in common).
fn relative_path(path: &Path, base: &Path) -> Option<PathBuf> {
    if !path.is_absolute() || !base.is_absolute() {
        return None;
    }
    let (path, base) = (normalise(path), normalise(base));
    let p: Vec<Component<'_>> = path.components().collect();
    let b: Vec<Component<'_>> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let shares_a_folder = p[..common]
        .iter()
        .any(|c| matches!(c, Component::Normal(_)));
    if !shares_a_folder {
        return None;
    }
    let mut rel = PathBuf::new();
    for _ in common..b.len() {
        rel.push("..");
    }
    for c in &p[common..] {
        rel.push(c);
    }
    Some(rel)
}

/// How many points the fuzzy search compares a quote with in full (besides the point with the
/// anchor's label): the ones sharing the most words with it.
const FUZZY_CANDIDATES: usize = 4;

/// Entries of the word index visited at most per quote, beyond its rarest word: bounds the
/// work of a quote made only of very common words.
const POSTINGS_BUDGET: usize = 20_000;

#[cfg(test)]
thread_local! {
    /// How many [`Placer`]s this thread built (for the test that drafts are indexed once).
    pub(crate) static PLACERS_BUILT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Places anchors in one draft: the draft is indexed once (texts, labels, words), so that
/// placing many annotations, orphans included, costs little each (an orphan used to cost a
/// pass of the aligner over the whole draft). [`Anchor::place`] builds one for a single anchor;
/// build one per draft to place many.
pub struct Placer<'a> {
    draft: &'a Draft,
    /// Points by their exact text, in order.
    by_text: HashMap<&'a str, Vec<usize>>,
    /// The first point with each label.
    by_label: HashMap<&'a str, usize>,
    /// Points containing each word (lower-cased), in order, once each.
    by_word: HashMap<String, Vec<u32>>,
}

impl<'a> Placer<'a> {
    /// Indexes `draft`.
    pub fn new(draft: &'a Draft) -> Self {
        #[cfg(test)]
        PLACERS_BUILT.with(|n| n.set(n.get() + 1));
        let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_label: HashMap<&str, usize> = HashMap::new();
        let mut by_word: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, p) in draft.points.iter().enumerate() {
            by_text.entry(p.text.as_str()).or_default().push(i);
            by_label.entry(p.label.as_str()).or_insert(i);
            let Ok(i) = u32::try_from(i) else { break };
            for word in words_of(&p.text) {
                let list = by_word.entry(word).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Placer {
            draft,
            by_text,
            by_label,
            by_word,
        }
    }

    /// Finds the point an anchor belongs to: same label and text; same text (the one whose
    /// neighbours match the context); else the point closest to the quote by content among the
    /// one with the same label and those sharing the most words with it, if close enough
    /// ([`REANCHOR_SIMILARITY`]).
    pub fn place(&self, anchor: &Anchor) -> Placement {
        let points = &self.draft.points;
        if let Some(same_text) = self.by_text.get(anchor.quote.as_str()) {
            if let Some(&i) = same_text.iter().find(|&&i| points[i].label == anchor.label) {
                return Placement::Placed(i);
            }
            if let Some(&i) = same_text
                .iter()
                .max_by_key(|&&i| context_score(anchor, self.draft, i))
            {
                return Placement::Placed(i);
            }
        }
        let options = TextOptions::default();
        let similarity = |i: usize| diff(&anchor.quote, &points[i].text, &options).similarity;
        let same_label = self.by_label.get(anchor.label.as_str()).copied();
        same_label
            .into_iter()
            .chain(self.sharing_most_words(&anchor.quote))
            .map(|i| (similarity(i), i))
            .filter(|&(s, _)| s >= REANCHOR_SIMILARITY)
            // The most similar; the first of equals.
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map_or(Placement::Orphaned, |(_, i)| Placement::Placed(i))
    }

    /// The points sharing the most distinct words with `quote` (rarer words first, within
    /// [`POSTINGS_BUDGET`]), best first.
    fn sharing_most_words(&self, quote: &str) -> Vec<usize> {
        let mut lists: Vec<&Vec<u32>> = {
            let mut words = words_of(quote);
            words.sort_unstable();
            words.dedup();
            words.iter().filter_map(|w| self.by_word.get(w)).collect()
        };
        lists.sort_by_key(|l| l.len());
        let budget = lists.first().map_or(0, |l| l.len()) + POSTINGS_BUDGET;
        let mut shared = vec![0u32; self.draft.points.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut visited = 0;
        for list in lists {
            visited += list.len();
            if visited > budget {
                break;
            }
            for &i in list {
                let count = &mut shared[i as usize];
                if *count == 0 {
                    touched.push(i);
                }
                *count += 1;
            }
        }
        // Most shared words first; the earlier point of equals.
        touched
            .sort_unstable_by(|&a, &b| shared[b as usize].cmp(&shared[a as usize]).then(a.cmp(&b)));
        touched
            .iter()
            .take(FUZZY_CANDIDATES)
            .map(|&i| i as usize)
            .collect()
    }
}

/// The words of a text, lower-cased (punctuation and spaces left out).
fn words_of(text: &str) -> Vec<String> {
    crate::compare::words::tokenize_with_kinds(text)
        .into_iter()
        .filter(|(_, k)| *k == crate::compare::words::TokenKind::Word)
        .map(|(w, _)| w.to_lowercase())
        .collect()
}

/// Where `anchor` is in `draft` (see [`Placer::place`]).
fn place(anchor: &Anchor, draft: &Draft) -> Placement {
    Placer::new(draft).place(anchor)
}

/// How well the points around point `i` match the anchor's context (0, 1 or 2).
fn context_score(anchor: &Anchor, draft: &Draft, i: usize) -> usize {
    let before = i
        .checked_sub(1)
        .and_then(|b| draft.points.get(b))
        .is_some_and(|p| !anchor.prefix.is_empty() && p.text.ends_with(&anchor.prefix));
    let after = draft
        .points
        .get(i + 1)
        .is_some_and(|p| !anchor.suffix.is_empty() && p.text.starts_with(&anchor.suffix));
    usize::from(before) + usize::from(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = "1. Ukraine's sovereignty is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Ukraine's armed forces are capped at 600,000 personnel.\n";

    fn review_of(draft: &Draft) -> Review {
        let mut r = Review::default();
        r.drafts.push(DraftRef {
            path: "plan.txt".into(),
            label: "28-point plan".into(),
            hash: text_hash(&draft.source),
        });
        for (i, category) in [(1, "justice"), (2, "armed_forces")] {
            r.annotate(0, draft, i, |a| {
                a.categories.push(category.into());
                a.assessment = Some("unfavourable to Ukraine".into());
                a.note = format!("note on point {}", i + 1);
            })
            .unwrap();
        }
        r
    }

    #[test]
    fn save_and_load_round_trip_keeping_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.review.ron");
        let review = review_of(&Draft::from_text("plan", V1));
        review.save(&path).unwrap();
        assert_eq!(Review::load(&path).unwrap(), review);
        let mut changed = review.clone();
        changed.annotations[0].note = "changed".into();
        changed.save(&path).unwrap();
        assert_eq!(Review::load(&path).unwrap(), changed);
        assert_eq!(
            Review::load(&crate::fsutil::backup_path(&path)).unwrap(),
            review
        );
    }

    #[test]
    fn annotations_follow_edited_drafts_and_orphans_are_kept() {
        let review = review_of(&Draft::from_text("plan", V1));
        // Renumbered (amnesty now 3), army point reworded, nothing deleted.
        let edited = Draft::from_text(
            "plan",
            "1. Ukraine's sovereignty is confirmed by all parties.\n2. Elections are held within 100 days.\n3. A full amnesty is granted to all parties for acts during the war.\n4. Ukraine's armed forces are kept at 800,000 personnel in peacetime.\n",
        );
        assert_eq!(
            review.resolve(&[edited]),
            [Placement::Placed(2), Placement::Placed(3)]
        );
        // The amnesty point deleted: orphaned, and still in the file when saved.
        let without = Draft::from_text(
            "plan",
            "1. Ukraine's sovereignty is confirmed by all parties.\n2. Ukraine's armed forces are capped at 600,000 personnel.\n",
        );
        assert_eq!(
            review.resolve(&[without]),
            [Placement::Orphaned, Placement::Placed(1)]
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        review.save(&path).unwrap();
        assert_eq!(Review::load(&path).unwrap().annotations.len(), 2);
    }

    #[test]
    fn bad_files_are_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let saved = dir.path().join("good.ron");
        review_of(&Draft::from_text("plan", V1))
            .save(&saved)
            .unwrap();
        let good = std::fs::read_to_string(&saved).unwrap();
        let cases = [
            (
                "malformed.ron",
                "(version: 1, drafts: [ oops ])".to_owned(),
                "not a valid review file",
            ),
            (
                "truncated.ron",
                good[..good.len() / 2].to_owned(),
                "not a valid review file",
            ),
            (
                "newer.ron",
                good.replacen(&format!("version: {REVIEW_VERSION}"), "version: 9", 1),
                "version 9 is newer",
            ),
        ];
        for (name, text, expected) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, &text).unwrap();
            let err = Review::load(&path).unwrap_err().to_string();
            assert!(err.starts_with(&path.display().to_string()), "{err}");
            assert!(err.contains(expected), "{err}");
            assert_eq!(err.lines().count(), 1, "{err}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        }
    }

    #[test]
    fn saving_where_the_folder_cannot_exist_fails_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"keep").unwrap();
        let err = review_of(&Draft::from_text("plan", V1))
            .save(&file.join("r.ron"))
            .unwrap_err();
        assert!(err.to_string().contains("cannot write"), "{err}");
        assert_eq!(std::fs::read(&file).unwrap(), b"keep");
    }

    #[test]
    fn small_edits_in_turn_never_orphan_an_annotation_saved_in_between() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        let v0 = "1. Sovereignty is confirmed.\n2. The armed forces of Ukraine are capped at 600,000 personnel in peacetime.\n3. Elections follow.\n";
        let v1 = v0.replace("capped at 600,000", "kept at 800,000");
        let v2 = v1.replace(
            "armed forces of Ukraine are kept at 800,000 personnel in",
            "army of Ukraine is kept at 800,000 soldiers during",
        );
        let drafts = [v0, &v1, &v2].map(|t| Draft::from_text("plan", t));
        let mut review = Review::default();
        review.drafts.push(DraftRef {
            path: "plan.txt".into(),
            label: String::new(),
            hash: text_hash(&drafts[0].source),
        });
        review
            .annotate(0, &drafts[0], 1, |a| a.note = "army".into())
            .unwrap();
        review.save(&path).unwrap();
        // Two small edits are too much at once: without re-anchoring, the note is lost.
        assert_eq!(review.resolve(&drafts[2..]), [Placement::Orphaned]);
        // Edited once: re-anchored on save; the hash tells the draft changed, then not.
        for edited in &drafts[1..] {
            let mut loaded = Review::load(&path).unwrap();
            assert_eq!(loaded.changed_drafts(std::slice::from_ref(edited)), [0]);
            assert_eq!(
                loaded.resolve(std::slice::from_ref(edited)),
                [Placement::Placed(1)]
            );
            assert_eq!(loaded.reanchor(0, edited), 0);
            assert!(
                loaded
                    .changed_drafts(std::slice::from_ref(edited))
                    .is_empty()
            );
            assert_eq!(loaded.annotations[0].anchor, Anchor::of(edited, 1).unwrap());
            loaded.save(&path).unwrap();
        }
        // An orphan keeps its anchor and stays in the file.
        let mut loaded = Review::load(&path).unwrap();
        let before = loaded.annotations[0].anchor.clone();
        let gone = Draft::from_text(
            "plan",
            "Plan\n1. Sovereignty is confirmed.\n2. Elections follow.\n",
        );
        assert_eq!(loaded.reanchor_all(std::slice::from_ref(&gone)), 1);
        assert_eq!(loaded.annotations[0].anchor, before);
        assert_eq!(loaded.drafts[0].hash, text_hash(&gone.source));
    }

    #[test]
    fn draft_paths_are_saved_relative_when_the_review_shares_a_folder_with_them() {
        let root = if cfg!(windows) { "C:\\" } else { "/" };
        let abs = |p: &str| Path::new(root).join(p);
        let mut review = Review::default();
        for p in [
            abs("home/u/plans/reviews/in.txt"),
            abs("home/u/plans/drafts/a.txt"),
            abs("home/u/plans/reviews/../other/b.txt"),
            abs("usr/share/c.txt"),
            PathBuf::from("already/relative.txt"),
        ] {
            review.drafts.push(DraftRef {
                path: p,
                label: String::new(),
                hash: String::new(),
            });
        }
        let folder = abs("home/u/plans/reviews");
        let saved = review.relative_to(&folder);
        let paths: Vec<&Path> = saved.drafts.iter().map(|d| d.path.as_path()).collect();
        assert_eq!(
            paths,
            [
                Path::new("in.txt"),
                &Path::new("..").join("drafts").join("a.txt"),
                &Path::new("..").join("other").join("b.txt"),
                &abs("usr/share/c.txt"),
                Path::new("already/relative.txt"),
            ]
        );
        // Read back from the review file's folder, `..` resolved.
        let resolved = saved.draft_paths(&folder.join("r.ron"));
        assert_eq!(resolved[1], abs("home/u/plans/drafts/a.txt"));
        assert_eq!(resolved[2], abs("home/u/plans/other/b.txt"));
        assert_eq!(resolved[3], abs("usr/share/c.txt"));
    }

    #[test]
    fn no_assessment_and_unassessed_are_the_same() {
        let mut a = review_of(&Draft::from_text("plan", V1)).annotations[0].clone();
        assert!(a.is_assessed());
        a.set_assessment(Some(UNASSESSED.into()));
        assert_eq!(a.assessment, None);
        assert!(!a.is_assessed());
        assert!(a.has_assessment(UNASSESSED));
        a.assessment = Some(UNASSESSED.into());
        assert!(a.has_assessment(UNASSESSED) && !a.has_assessment("neutral"));
        assert!(Review::default().scale.iter().any(|s| s == UNASSESSED));
    }

    #[test]
    fn text_hash_is_stable() {
        assert_eq!(text_hash(""), "cbf29ce484222325");
        assert_ne!(text_hash("a"), text_hash("b"));
    }

    #[test]
    fn drafts_are_put_in_order_with_their_annotations() {
        let old = Draft::from_text("a", "Plan\n1. First point.\n");
        let new = Draft::from_text("b", "Plan\n1. Second point.\n");
        let mut review = Review::default();
        // Annotated newest first.
        let b = review.draft_index(Path::new("/b.txt"), "b", &new);
        let a = review.draft_index(Path::new("/a.txt"), "a", &old);
        review.annotate(b, &new, 0, |x| x.note = "on b".into());
        review.annotate(a, &old, 0, |x| x.note = "on a".into());
        review.order_drafts(&[a, b]);
        assert_eq!(review.drafts[0].path, Path::new("/a.txt"));
        assert_eq!(review.drafts[1].path, Path::new("/b.txt"));
        let on = |d: usize| -> Vec<&str> {
            review
                .annotations
                .iter()
                .filter(|x| x.draft == d)
                .map(|x| x.note.as_str())
                .collect()
        };
        assert_eq!(on(0), ["on a"]);
        assert_eq!(on(1), ["on b"]);
    }
}
