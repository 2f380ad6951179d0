//! History across N successive drafts: every point followed through all of them (lineages).
//!
//! Consecutive drafts are compared pairwise ([`compare`]); each point of the first draft
//! starts a lineage that follows its match into every later draft. A point added in draft k
//! starts a lineage there. At a merge, the lineages of the merged points all reach the merged
//! point and only the first goes on; at a split, the first part continues the lineage and each
//! other part starts one that shares its history. A point that was removed and comes back in a
//! later draft (not the next) is found by aligning removed points with points added later:
//! its lineage resumes there with the step marked [`Step::Restored`].

use std::borrow::Borrow;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::align;
use super::{Comparison, Status, TextOptions, compare};
use crate::draft::Draft;

/// What happened to a lineage between two consecutive drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    /// Same text, same place.
    Unchanged,
    /// Same text, another place among its neighbours.
    Moved,
    /// Reworded.
    Changed,
    /// Merged with other points into one.
    Merged,
    /// Split into several points.
    Split,
    /// Gone in the later draft.
    Removed,
    /// New in the later draft.
    Added,
    /// Back in the later draft after being absent from one or more drafts.
    Restored,
}

impl Step {
    /// The lower-case name used in JSON and on screen.
    pub fn name(self) -> &'static str {
        match self {
            Step::Unchanged => "unchanged",
            Step::Moved => "moved",
            Step::Changed => "changed",
            Step::Merged => "merged",
            Step::Split => "split",
            Step::Removed => "removed",
            Step::Added => "added",
            Step::Restored => "restored",
        }
    }

    fn of_row(status: Status, moved: bool) -> Step {
        match status {
            Status::Unchanged if moved => Step::Moved,
            Status::Unchanged => Step::Unchanged,
            Status::Changed => Step::Changed,
            Status::Merged => Step::Merged,
            Status::Split => Step::Split,
            Status::Removed => Step::Removed,
            Status::Added => Step::Added,
        }
    }
}

/// One point followed through the drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage {
    /// Per draft, the index of the lineage's point in that draft, or `None` where it is absent.
    pub points: Vec<Option<usize>>,
    /// Per step (draft k to draft k + 1), what happened; `None` where the lineage is absent from
    /// both drafts of the step.
    pub steps: Vec<Option<Step>>,
}

impl Lineage {
    /// The first draft the lineage has a point in.
    pub fn first_draft(&self) -> usize {
        self.points.iter().position(Option::is_some).unwrap_or(0)
    }

    /// How many steps changed something (anything but unchanged and absent).
    pub fn change_count(&self) -> usize {
        self.steps
            .iter()
            .flatten()
            .filter(|&&s| s != Step::Unchanged)
            .count()
    }

    /// True when every step that has the point on both sides reworded it (and there is one).
    pub fn changed_at_every_step(&self) -> bool {
        let present: Vec<Step> = self.steps.iter().flatten().copied().collect();
        !present.is_empty()
            && present
                .iter()
                .all(|s| matches!(s, Step::Changed | Step::Merged | Step::Split))
    }
}

/// The history of a sequence of drafts.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// The comparison of each draft with the next (K - 1 of them for K drafts).
    pub steps: Vec<Comparison>,
    /// Every point followed through the drafts, in order of first appearance (draft, then
    /// position in it).
    pub lineages: Vec<Lineage>,
}

/// Follows every point of `drafts` (oldest first) through all of them.
pub fn history<D: Borrow<Draft> + Sync>(drafts: &[D], options: &TextOptions) -> History {
    let drafts: Vec<&Draft> = drafts.iter().map(Borrow::borrow).collect();
    let steps: Vec<Comparison> = drafts
        .par_windows(2)
        .map(|pair| compare(pair[0], pair[1], options))
        .collect();
    let mut lineages = chain(&drafts, &steps);
    restore(&drafts, &mut lineages, options);
    lineages.sort_by_key(|l| {
        let first = l.first_draft();
        (first, l.points[first].unwrap_or(0))
    });
    History { steps, lineages }
}

/// Chains the pairwise comparisons into lineages.
fn chain(drafts: &[&Draft], steps: &[Comparison]) -> Vec<Lineage> {
    let k = drafts.len();
    let blank = |n_steps: usize| Lineage {
        points: vec![None; k],
        steps: vec![None; n_steps],
    };
    let n_steps = k.saturating_sub(1);
    let mut lineages: Vec<Lineage> = Vec::new();
    // The lineage that continues from each point of the current draft.
    let mut current: Vec<Option<usize>> = Vec::new();
    if let Some(first) = drafts.first() {
        for i in 0..first.points.len() {
            let mut l = blank(n_steps);
            l.points[0] = Some(i);
            current.push(Some(lineages.len()));
            lineages.push(l);
        }
    }
    for (s, comparison) in steps.iter().enumerate() {
        let mut next: Vec<Option<usize>> = vec![None; drafts[s + 1].points.len()];
        for row in &comparison.rows {
            let step = Step::of_row(row.status, row.moved);
            let olds: Vec<usize> = row
                .old
                .iter()
                .filter_map(|&o| current.get(o).copied().flatten())
                .collect();
            match (olds.first().copied(), row.new.first().copied()) {
                (Some(primary), Some(first_new)) => {
                    for &l in &olds {
                        lineages[l].points[s + 1] = Some(first_new);
                        lineages[l].steps[s] = Some(step);
                    }
                    next[first_new] = Some(primary);
                    // Further parts of a split: lineages sharing the history so far.
                    for &part in &row.new[1..] {
                        let mut l = lineages[primary].clone();
                        l.points[s + 1] = Some(part);
                        next[part] = Some(lineages.len());
                        lineages.push(l);
                    }
                }
                (Some(_), None) => {
                    for &l in &olds {
                        lineages[l].steps[s] = Some(step);
                    }
                }
                (None, Some(_)) => {
                    for &part in &row.new {
                        let mut l = blank(n_steps);
                        l.points[s + 1] = Some(part);
                        l.steps[s] = Some(Step::Added);
                        next[part] = Some(lineages.len());
                        lineages.push(l);
                    }
                }
                (None, None) => {}
            }
        }
        current = next;
    }
    lineages
}

/// Links a lineage that was removed to one that was added two or more drafts later when their
/// points say the same thing: one lineage, with the step back marked restored.
fn restore(drafts: &[&Draft], lineages: &mut Vec<Lineage>, options: &TextOptions) {
    // Removed: (lineage, draft it was last in); added: (lineage, draft it first appears in).
    let ended: Vec<(usize, usize)> = lineages
        .iter()
        .enumerate()
        .filter_map(|(l, lin)| {
            let s = lin.steps.iter().position(|&st| st == Some(Step::Removed))?;
            Some((l, s))
        })
        .collect();
    let started: Vec<(usize, usize)> = lineages
        .iter()
        .enumerate()
        .filter_map(|(l, lin)| {
            let s = lin.steps.iter().position(Option::is_some)?;
            (lin.steps[s] == Some(Step::Added) && s >= 1).then_some((l, s + 1))
        })
        .collect();
    if ended.is_empty() || started.is_empty() {
        return;
    }
    let text = |l: usize, d: usize| -> &str {
        lineages[l].points[d]
            .and_then(|p| drafts[d].points.get(p))
            .map_or("", |p| p.text.as_str())
    };
    let old_texts: Vec<&str> = ended.iter().map(|&(l, d)| text(l, d)).collect();
    let new_texts: Vec<&str> = started.iter().map(|&(l, d)| text(l, d)).collect();
    let groups = align::align(&old_texts, &new_texts, options);
    let mut absorbed: Vec<usize> = Vec::new();
    for g in groups {
        let ([o], [n]) = (g.old.as_slice(), g.new.as_slice()) else {
            continue;
        };
        if g.score < align::OUT_OF_ORDER_MATCH {
            continue;
        }
        let (removed, last) = ended[*o];
        let (added, back) = started[*n];
        if back < last + 2 {
            continue;
        }
        let tail = lineages[added].clone();
        let target = &mut lineages[removed];
        for d in back..target.points.len() {
            target.points[d] = tail.points[d];
        }
        for s in back - 1..target.steps.len() {
            target.steps[s] = tail.steps[s];
        }
        target.steps[back - 1] = Some(Step::Restored);
        absorbed.push(added);
    }
    absorbed.sort_unstable();
    for l in absorbed.into_iter().rev() {
        lineages.remove(l);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(h: &History, drafts: &[Draft]) -> Vec<Vec<Option<String>>> {
        h.lineages
            .iter()
            .map(|l| {
                l.points
                    .iter()
                    .enumerate()
                    .map(|(d, p)| p.map(|p| drafts[d].points[p].label.clone()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn removed_then_restored_is_one_lineage() {
        let drafts = [
            Draft::from_text(
                "1",
                "P\n1. Sovereignty of Ukraine is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held within one hundred days of signature.\n",
            ),
            Draft::from_text(
                "2",
                "P\n1. Sovereignty of Ukraine is confirmed by all parties.\n2. Elections are held within one hundred days of signature.\n",
            ),
            Draft::from_text(
                "3",
                "P\n1. Sovereignty of Ukraine is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held as soon as possible after signature.\n",
            ),
        ];
        let h = history(&drafts, &TextOptions::default());
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            labels(&h, &drafts),
            vec![
                vec![s("1"), s("1"), s("1")],
                vec![s("2"), None, s("2")],
                vec![s("3"), s("2"), s("3")],
            ]
        );
        let steps: Vec<Vec<Option<Step>>> = h.lineages.iter().map(|l| l.steps.clone()).collect();
        assert_eq!(
            steps,
            vec![
                vec![Some(Step::Unchanged), Some(Step::Unchanged)],
                vec![Some(Step::Removed), Some(Step::Restored)],
                vec![Some(Step::Unchanged), Some(Step::Changed)],
            ]
        );
    }

    #[test]
    fn added_points_start_lineages_and_splits_share_history() {
        let drafts = [
            Draft::from_text(
                "1",
                "P\n1. The plant restarts under IAEA supervision and its power is divided equally between the two countries.\n",
            ),
            Draft::from_text(
                "2",
                "P\n1. The plant restarts under IAEA supervision.\n2. Its power is divided equally between the two countries.\n3. A new fund for reconstruction.\n",
            ),
        ];
        let h = history(&drafts, &TextOptions::default());
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            labels(&h, &drafts),
            vec![
                vec![s("1"), s("1")],
                vec![s("1"), s("2")],
                vec![None, s("3")]
            ]
        );
        assert_eq!(h.lineages[1].steps, vec![Some(Step::Split)]);
        assert_eq!(h.lineages[2].steps, vec![Some(Step::Added)]);
    }
}
