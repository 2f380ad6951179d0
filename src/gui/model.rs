//! What the view needs from a comparison, prepared off the UI thread: labels, search text, sizes.

use std::sync::Arc;

use rayon::prelude::*;

use crate::compare::history::{History, history_with};
use crate::compare::manual::Decision;
use crate::compare::{Comparison, PerStatus, Row, SpanKind, Status, TextOptions, compare_with};
use crate::draft::Draft;
use crate::report;
use crate::review::session::{DraftId, OpenDraft};

/// A draft opened in the app, with the name the user gave it (the review session's type).
pub type DraftEntry = OpenDraft;

/// A comparison of two drafts with per-row data for drawing and searching.
#[derive(Debug)]
pub struct Prepared {
    /// Id of the OLD draft ([`DraftEntry::id`]).
    pub old_id: DraftId,
    /// Id of the NEW draft.
    pub new_id: DraftId,
    /// The OLD draft.
    pub old: Arc<Draft>,
    /// The NEW draft.
    pub new: Arc<Draft>,
    /// The comparison, as computed by the library.
    pub comparison: Comparison,
    /// One entry per row of [`Comparison::rows`].
    pub rows: Vec<RowInfo>,
    /// Rows with findings of substance ([`Row::substance`]).
    pub substantive: usize,
    /// The findings of substance counted per kind, and the rows that hold them (taken once
    /// per comparison, for the Filters menu and the status bar).
    pub substance: crate::compare::substance::Counts,
    /// What a reader should check: weak pairings, removed and added points that resemble a
    /// point of the other draft (taken once per comparison, for the Filters menu and the
    /// status bar).
    pub to_check: crate::compare::ToCheck,
}

/// Display data of one comparison row.
#[derive(Debug, Clone, PartialEq)]
pub struct RowInfo {
    /// OLD labels as written ("13 + 14", "—" when there is none).
    pub old_label: String,
    /// NEW labels as written.
    pub new_label: String,
    /// Labels of the points of the other draft that a removed or added row resembles
    /// ([`report::resembles_labels`]); empty when none.
    pub resembles_label: String,
    /// Lower-case text of both sides and the labels, for the search box.
    pub haystack: String,
    /// Characters and line breaks of the OLD side, for estimating heights.
    pub old_size: TextSize,
    /// Characters and line breaks of the NEW side.
    pub new_size: TextSize,
    /// Characters and line breaks of the inline (redline) text.
    pub inline_size: TextSize,
}

/// The size of a text in characters and line breaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextSize {
    /// Number of characters.
    pub chars: usize,
    /// Number of `\n`.
    pub breaks: usize,
}

impl TextSize {
    fn add(&mut self, text: &str) {
        self.chars += text.chars().count();
        self.breaks += text.bytes().filter(|&b| b == b'\n').count();
    }
}

impl RowInfo {
    /// Builds the display data of `row`.
    pub fn new(row: &Row, old: &Draft, new: &Draft) -> Self {
        let old_label = report::joined_labels(old, &row.old);
        let new_label = report::joined_labels(new, &row.new);
        let resembles_label = report::resembles_labels(row, old, new);
        let mut old_text = String::new();
        let mut new_text = String::new();
        let mut inline_size = TextSize::default();
        for span in &row.diff {
            old_text.push_str(span.old_side());
            new_text.push_str(span.new_side());
            match span.kind {
                SpanKind::Delete => inline_size.add(span.old_side()),
                SpanKind::Equal | SpanKind::Insert => inline_size.add(span.new_side()),
            }
        }
        let mut old_size = TextSize::default();
        old_size.add(&old_text);
        let mut new_size = TextSize::default();
        new_size.add(&new_text);
        let haystack = format!("{old_label}\n{new_label}\n{old_text}\n{new_text}").to_lowercase();
        RowInfo {
            old_label,
            new_label,
            resembles_label,
            haystack,
            old_size,
            new_size,
            inline_size,
        }
    }
}

impl Prepared {
    /// Compares two drafts and prepares the rows (slow for large drafts: run it off the UI thread).
    /// `fixes` are the review's alignment corrections of this pair ([`Decision`]s in point
    /// indices), applied after alignment.
    pub fn compute(
        old: &DraftEntry,
        new: &DraftEntry,
        options: &TextOptions,
        fixes: &[Decision],
    ) -> Self {
        let comparison = compare_with(&old.draft, &new.draft, options, fixes);
        let rows = comparison
            .rows
            .par_iter()
            .map(|r| RowInfo::new(r, &old.draft, &new.draft))
            .collect();
        let substance = comparison.substance_counts();
        let to_check = comparison.to_check();
        Prepared {
            to_check,
            substantive: substance.rows_any,
            substance,
            old_id: old.id,
            new_id: new.id,
            old: Arc::clone(&old.draft),
            new: Arc::clone(&new.draft),
            comparison,
            rows,
        }
    }

    /// The rows that pass `filter`, as indices into [`Comparison::rows`], in order.
    pub fn filter(&self, filter: &Filter) -> Vec<usize> {
        let query = filter.search.trim().to_lowercase();
        self.comparison
            .rows
            .iter()
            .zip(&self.rows)
            .enumerate()
            .filter(|(_, (row, info))| {
                filter.shows(row.status)
                    && (!filter.only_moved || row.moved)
                    && (!filter.only_to_check || crate::compare::ToCheck::is_to_check(row))
                    && filter.shows_findings(row)
                    && (query.is_empty() || info.haystack.contains(&query))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The removed rows: every point of OLD that has no counterpart in NEW.
    pub fn removed_rows(&self) -> impl Iterator<Item = usize> + '_ {
        self.comparison
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.status == Status::Removed)
            .map(|(i, _)| i)
    }
}

/// Which rows are shown: by status and by a search over both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Shown statuses.
    pub statuses: PerStatus<bool>,
    /// Only rows whose points changed place (any status).
    pub only_moved: bool,
    /// Only the rows a reader should check ([`crate::compare::ToCheck::is_to_check`]): paired on
    /// weak evidence, or removed or added while resembling a point of the other draft.
    pub only_to_check: bool,
    /// Only rows with findings of substance ([`Row::substance`]).
    pub only_substantive: bool,
    /// Only rows with a finding of one of the kinds checked here, in [`Kind::ALL`](crate::compare::substance::Kind::ALL) order
    /// (none checked: rows of any kind or none).
    pub kinds: [bool; 6],
    /// Case-insensitive text that a row must contain on either side (empty: every row).
    pub search: String,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            statuses: PerStatus::splat(true),
            only_moved: false,
            only_to_check: false,
            only_substantive: false,
            kinds: [false; 6],
            search: String::new(),
        }
    }
}

impl Filter {
    /// Whether rows with `status` are shown.
    pub fn shows(&self, status: Status) -> bool {
        self.statuses[status]
    }

    /// Whether `row` passes the filters of substance: any finding with
    /// [`Filter::only_substantive`], a finding of a checked kind when [`Filter::kinds`] has
    /// one.
    pub fn shows_findings(&self, row: &Row) -> bool {
        (!self.only_substantive || !row.substance.is_empty())
            && (!self.kinds.contains(&true)
                || row.substance.iter().any(|f| self.kinds[f.kind as usize]))
    }

    /// Shows or hides rows with `status`.
    pub fn set(&mut self, status: Status, shown: bool) {
        self.statuses[status] = shown;
    }

    /// Shows only rows with `status`.
    pub fn only(&mut self, status: Status) {
        for s in Status::ALL {
            self.set(s, s == status);
        }
    }
}

/// The history of all open drafts, with what the history view needs, prepared off the UI thread.
#[derive(Debug)]
pub struct PreparedHistory {
    /// The drafts' ids ([`DraftEntry::id`]), oldest first.
    pub ids: Vec<DraftId>,
    /// The drafts, in the same order.
    pub drafts: Vec<Arc<Draft>>,
    /// Lineages and the comparison of each step, as computed by the library.
    pub history: History,
    /// Per lineage, its label in each draft (`None` where absent).
    pub labels: Vec<Vec<Option<String>>>,
    /// The one-line answers: removed, added, restored per step; reworded at every step.
    pub findings: Vec<String>,
    /// Points per draft, and what each step removed, added and restored (for the chart).
    pub counts: (Vec<usize>, Vec<[usize; 3]>),
    /// The (step, lineage) pairs whose step rests on a correction made by hand.
    pub by_hand: rustc_hash::FxHashSet<(usize, usize)>,
}

/// Orders of the rows of the history view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum HistorySort {
    /// By the draft a point first appears in, then its place there.
    #[default]
    FirstAppearance,
    /// Points that changed at the most steps first.
    MostChanges,
    /// By the point's place in the newest draft (points no longer there last).
    NewestDraft,
    /// By the categories of the review (points without a category last).
    Category,
}

impl HistorySort {
    /// Every order, for menus.
    pub const ALL: [HistorySort; 4] = [
        HistorySort::FirstAppearance,
        HistorySort::MostChanges,
        HistorySort::NewestDraft,
        HistorySort::Category,
    ];

    /// The name shown in the menu.
    pub fn name(self) -> &'static str {
        match self {
            HistorySort::FirstAppearance => "First appearance",
            HistorySort::MostChanges => "Most changes",
            HistorySort::NewestDraft => "Order in the newest draft",
            HistorySort::Category => "Category (from the review)",
        }
    }
}

impl PreparedHistory {
    /// Follows every point through `entries` (slow for large drafts: run it off the UI thread).
    /// `fixes[s]` are the review's alignment corrections of step `s` (from entry `s` to
    /// `s + 1`).
    pub fn compute(entries: &[DraftEntry], options: &TextOptions, fixes: &[Vec<Decision>]) -> Self {
        let drafts: Vec<Arc<Draft>> = entries.iter().map(|e| Arc::clone(&e.draft)).collect();
        let plain: Vec<&Draft> = drafts.iter().map(|d| d.as_ref()).collect();
        let history = history_with(&plain, options, fixes);
        let labels = history
            .lineages
            .iter()
            .map(|l| {
                l.points
                    .iter()
                    .enumerate()
                    .map(|(d, p)| {
                        p.and_then(|p| drafts[d].points.get(p))
                            .map(|p| p.label.clone())
                    })
                    .collect()
            })
            .collect();
        let findings = report::history::findings(&plain, &history);
        let counts = counts(&drafts, &history);
        let by_hand = history.by_hand_steps();
        PreparedHistory {
            ids: entries.iter().map(|e| e.id).collect(),
            drafts,
            history,
            labels,
            findings,
            counts,
            by_hand,
        }
    }

    /// Lineage indices in `sort` order; `category(lineage)` gives the sort key of a lineage's
    /// first category for [`HistorySort::Category`] (points without a category last).
    pub fn order_with<K: Ord>(
        &self,
        sort: HistorySort,
        category: impl Fn(usize) -> Option<K>,
    ) -> Vec<usize> {
        let mut order = self.order(sort);
        if sort == HistorySort::Category {
            order.sort_by_cached_key(|&l| match category(l) {
                Some(key) => (0, Some(key)),
                None => (1, None),
            });
        }
        order
    }

    /// Lineage indices in `sort` order.
    pub fn order(&self, sort: HistorySort) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.history.lineages.len()).collect();
        let lineages = &self.history.lineages;
        match sort {
            HistorySort::FirstAppearance | HistorySort::Category => {}
            HistorySort::MostChanges => {
                order.sort_by_key(|&l| std::cmp::Reverse(lineages[l].change_count()))
            }
            HistorySort::NewestDraft => {
                let last = self.drafts.len().saturating_sub(1);
                order.sort_by_key(|&l| lineages[l].points[last].map_or(usize::MAX, |p| p));
            }
        }
        order
    }

    /// The row of step `step` (drafts `step` and `step + 1`) that holds lineage `lineage`.
    pub fn step_row(&self, step: usize, lineage: usize) -> Option<usize> {
        let l = self.history.lineages.get(lineage)?;
        let comparison = self.history.steps.get(step)?;
        let (old, new) = (l.points[step], l.points[step + 1]);
        comparison.rows.iter().position(|r| {
            old.is_some_and(|p| r.old.contains(&p)) || new.is_some_and(|p| r.new.contains(&p))
        })
    }

    /// How many points each draft has, and how many each step removed, added and restored
    /// (worked out once, with the history).
    pub fn counts(&self) -> (&[usize], &[[usize; 3]]) {
        (&self.counts.0, &self.counts.1)
    }
}

/// How many points each draft has, and how many each step removed, added and restored (points,
/// not lineages: lineages that share a merged point count it once).
fn counts(drafts: &[Arc<Draft>], history: &History) -> (Vec<usize>, Vec<[usize; 3]>) {
    let points = drafts.iter().map(|d| d.point_count()).collect();
    let steps = history
        .tally(|_| true)
        .steps
        .iter()
        .map(|s| [s.removed, s.added, s.restored])
        .collect();
    (points, steps)
}

/// A category chip of a row: label, colour, and whether it is inherited from an earlier draft.
pub type Chip = (String, egui::Color32, bool);
