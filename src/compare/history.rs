//! History across N successive drafts: every point followed through all of them (lineages).
//!
//! Consecutive drafts are compared pairwise ([`compare`](super::compare)); each point of the first draft
//! starts a lineage that follows its match into every later draft, and a point added in draft
//! k starts a lineage there.
//!
//! # Rules
//!
//! - **Every point of every draft is in a lineage.** A point is in more than one lineage only
//!   where lineages meet at a merge or part at a split.
//! - **A lineage has a step wherever it has a point on either side.** Step `s` (draft `s` to
//!   draft `s + 1`) is `None` only when the lineage has no point in either draft; otherwise it
//!   is one of unchanged, moved, changed, merged, split, removed, added or restored.
//! - **Splits share the past, merges share the future.** At a split, the lineage goes on into
//!   one part and each other part starts a lineage with a copy of its history. At a merge, the
//!   lineages of all merged points reach the merged point and all go on from it, sharing its
//!   future. When a merged point is later split again, its lineages part: each follows the
//!   part most like its own text from before the merge, and a part none of them takes gets a
//!   lineage with the history of the one most like it.
//! - **Restored points.** A point removed in one step and back two or more drafts later is
//!   found by aligning the points of lineages that are absent (removed earlier, not yet back)
//!   with the points added in each later draft, in draft order, so a point can be removed and
//!   restored any number of times. Only strong evidence counts, the same as in a comparison
//!   ([`Evidence`]) but never weak: alignment pairs the two points one to one, either as
//!   similar with a score of at least [`align::OUT_OF_ORDER_MATCH`] and a share of words kept
//!   in order ([`WordDiff::kept_in_order`]) of at least [`RESTORE_SIMILARITY`], or as
//!   contained (the point came back elaborated or condensed). The lineage then resumes
//!   with the added point's future, its step marked [`Step::Restored`]; that step compares the point's last version before its removal with
//!   the restored point ([`Lineage::sources`], [`History::step_diff`]).

use std::borrow::Borrow;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::words::{self, WordDiff};
use super::{Comparison, Evidence, Status, TextOptions, align, compare_with, manual};
use crate::draft::Draft;

/// Lowest share of words kept in order ([`WordDiff::kept_in_order`]) between a removed
/// point's last version and a later added point for the lineage to count as restored (besides a one-to-one alignment
/// with a score of at least [`align::OUT_OF_ORDER_MATCH`]). Unrelated points of generated
/// drafts that alignment pairs reach about 0.48; the samples' army cap, restored with new
/// figures, 0.67.
pub const RESTORE_SIMILARITY: f32 = 0.6;

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

    /// True for the steps that have the point on both sides of one comparison (unchanged,
    /// moved, changed, merged, split).
    pub fn is_kept(self) -> bool {
        matches!(
            self,
            Step::Unchanged | Step::Moved | Step::Changed | Step::Merged | Step::Split
        )
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

/// One point of one draft of a history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PointRef {
    /// The draft's position in the history (0 for the oldest).
    pub draft: usize,
    /// The point's index in that draft's points.
    pub point: usize,
}

/// One point followed through the drafts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage {
    /// Per draft, the index of the lineage's point in that draft, or `None` where it is absent.
    pub points: Vec<Option<usize>>,
    /// Per step (draft k to draft k + 1), what happened; `None` where the lineage is absent from
    /// both drafts of the step.
    pub steps: Vec<Option<Step>>,
    /// Per step, the version of the point the step starts from: the lineage's point in draft k
    /// for a step that has one there; for a [`Step::Restored`] step, the point's last version
    /// before it was removed (an earlier draft); `None` for added and absent steps.
    pub sources: Vec<Option<PointRef>>,
}

impl Lineage {
    fn blank(drafts: usize) -> Self {
        let steps = drafts.saturating_sub(1);
        Lineage {
            points: vec![None; drafts],
            steps: vec![None; steps],
            sources: vec![None; steps],
        }
    }

    /// The first draft the lineage has a point in.
    pub fn first_draft(&self) -> usize {
        self.points.iter().position(Option::is_some).unwrap_or(0)
    }

    /// The point the lineage starts with.
    pub fn first_point(&self) -> Option<PointRef> {
        let draft = self.first_draft();
        Some(PointRef {
            draft,
            point: self.points.get(draft).copied().flatten()?,
        })
    }

    /// The point step `step` starts from (see [`Lineage::sources`]).
    pub fn source(&self, step: usize) -> Option<PointRef> {
        self.sources.get(step).copied().flatten()
    }

    /// For a restored step, the point's last version before it was removed.
    pub fn restored_from(&self, step: usize) -> Option<PointRef> {
        (self.steps.get(step).copied().flatten() == Some(Step::Restored))
            .then(|| self.source(step))
            .flatten()
    }

    /// How many steps changed something (anything but unchanged and absent).
    pub fn change_count(&self) -> usize {
        self.steps
            .iter()
            .flatten()
            .filter(|&&s| s != Step::Unchanged)
            .count()
    }

    /// True when the point was reworded (status changed; a merge or split does not count) at
    /// every step from the draft it first appears in to the newest draft, and there is at
    /// least one such step: it is in every draft from its first on, and no two of its versions
    /// read the same. A point added in the next-to-last draft and reworded in the last counts,
    /// as does every reworded point of a history of two drafts.
    pub fn changed_at_every_step(&self) -> bool {
        let first = self.first_draft().min(self.steps.len());
        let steps = &self.steps[first..];
        !steps.is_empty() && steps.iter().all(|&s| s == Some(Step::Changed))
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
    /// The options the drafts were compared with.
    pub options: TextOptions,
}

/// Points in each draft and what each step removed, added and restored, counted over some of
/// a history's lineages (a point shared by several of them counts once).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Per draft, how many points the lineages have in it.
    pub points: Vec<usize>,
    /// Per step, what it did to those lineages.
    pub steps: Vec<StepTally>,
}

/// What one step did to some lineages, counted in points.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StepTally {
    /// Points of the older draft that the step removed.
    pub removed: usize,
    /// Points of the newer draft that are new.
    pub added: usize,
    /// Points of the newer draft that came back after being removed earlier.
    pub restored: usize,
}

/// A point that came back: the step it came back in, its last version before it was removed
/// and the restored point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Restoration {
    /// The step (draft `step` to draft `step + 1`) marked restored.
    pub step: usize,
    /// The restored point, in draft `step + 1`.
    pub to: PointRef,
    /// The point's last version before it was removed (an earlier draft).
    pub from: PointRef,
    /// The first lineage (index into [`History::lineages`]) with this step; lineages that
    /// merged before the removal share it.
    pub lineage: usize,
}

/// A restored point as a reader sees it: where it is now and where it was last, named "D3 4"
/// (the draft's number from 1, then the point's label), and the word diff from that last
/// version before it was removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The step, the points and the lineage.
    pub restoration: Restoration,
    /// The restored point: "D3 4".
    pub to: String,
    /// Its last version before it was removed: "D1 6".
    pub from: String,
    /// The word diff from `from` to `to`.
    pub diff: WordDiff,
}

impl History {
    /// The (step, lineage) pairs whose step is a row made by hand (a reader's correction of
    /// the alignment, [`Evidence::ByHand`]): the lineage has a point of that row on either side.
    pub fn by_hand_steps(&self) -> rustc_hash::FxHashSet<(usize, usize)> {
        let mut set = rustc_hash::FxHashSet::default();
        for (s, comparison) in self.steps.iter().enumerate() {
            let mut old = rustc_hash::FxHashSet::default();
            let mut new = rustc_hash::FxHashSet::default();
            for row in &comparison.rows {
                if row.evidence == Some(Evidence::ByHand) {
                    old.extend(row.old.iter().copied());
                    new.extend(row.new.iter().copied());
                }
            }
            if old.is_empty() && new.is_empty() {
                continue;
            }
            for (l, lineage) in self.lineages.iter().enumerate() {
                let here = |d: usize, set: &rustc_hash::FxHashSet<usize>| {
                    lineage
                        .points
                        .get(d)
                        .copied()
                        .flatten()
                        .is_some_and(|p| set.contains(&p))
                };
                if lineage.steps.get(s).copied().flatten().is_some()
                    && (here(s, &old) || here(s + 1, &new))
                {
                    set.insert((s, l));
                }
            }
        }
        set
    }

    /// Every restored point once, by step and then by place in the draft it is back in.
    pub fn restorations(&self) -> Vec<Restoration> {
        let mut all: Vec<Restoration> = self
            .lineages
            .iter()
            .enumerate()
            .flat_map(|(k, l)| {
                (0..l.steps.len()).filter_map(move |s| {
                    Some(Restoration {
                        step: s,
                        to: PointRef {
                            draft: s + 1,
                            point: l.points[s + 1]?,
                        },
                        from: l.restored_from(s)?,
                        lineage: k,
                    })
                })
            })
            .collect();
        all.sort_unstable();
        all.dedup_by_key(|r| (r.step, r.to, r.from));
        all
    }

    /// A restored step as every front end shows it ([`Restored`]): step `step` of lineage
    /// `lineage`, with the drafts' labels and the word diff from the point's last version
    /// before its removal. `None` when that step is not restored or an index is out of range.
    pub fn restored_step<D: Borrow<Draft>>(
        &self,
        drafts: &[D],
        lineage: usize,
        step: usize,
    ) -> Option<Restored> {
        let l = self.lineages.get(lineage)?;
        let from = l.restored_from(step)?;
        let to = PointRef {
            draft: step + 1,
            point: (*l.points.get(step + 1)?)?,
        };
        let name = |r: PointRef| -> Option<String> {
            let point = drafts.get(r.draft)?.borrow().points.get(r.point)?;
            Some(format!("D{} {}", r.draft + 1, point.label))
        };
        Some(Restored {
            restoration: Restoration {
                step,
                to,
                from,
                lineage,
            },
            to: name(to)?,
            from: name(from)?,
            diff: self.step_diff(drafts, lineage, step)?,
        })
    }

    /// Every restored point of the history ([`History::restorations`], each once), as
    /// [`History::restored_step`] gives it.
    pub fn restored<D: Borrow<Draft>>(&self, drafts: &[D]) -> Vec<Restored> {
        self.restorations()
            .into_iter()
            .filter_map(|r| self.restored_step(drafts, r.lineage, r.step))
            .collect()
    }

    /// The word diff of step `step` of lineage `lineage`: from the version the step starts
    /// from ([`Lineage::source`]; for a restored step, the point's last version before its
    /// removal) to the lineage's point in draft `step + 1`. `None` where the lineage lacks
    /// either side (absent, added and removed steps) or an index is out of range.
    pub fn step_diff<D: Borrow<Draft>>(
        &self,
        drafts: &[D],
        lineage: usize,
        step: usize,
    ) -> Option<WordDiff> {
        let l = self.lineages.get(lineage)?;
        let from = l.source(step)?;
        let old = drafts.get(from.draft)?.borrow().points.get(from.point)?;
        let to = (*l.points.get(step + 1)?)?;
        let new = drafts.get(step + 1)?.borrow().points.get(to)?;
        Some(words::diff(&old.text, &new.text, &self.options))
    }

    /// Points per draft and removed / added / restored per step over the lineages for which
    /// `include(lineage index)` is true; each point counts once however many lineages share it.
    pub fn tally(&self, include: impl Fn(usize) -> bool) -> Tally {
        let drafts = self.lineages.first().map_or_else(
            || {
                if self.steps.is_empty() {
                    0
                } else {
                    self.steps.len() + 1
                }
            },
            |l| l.points.len(),
        );
        let chosen: Vec<&Lineage> = self
            .lineages
            .iter()
            .enumerate()
            .filter(|(k, _)| include(*k))
            .map(|(_, l)| l)
            .collect();
        let distinct = |mut v: Vec<usize>| {
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        let points = (0..drafts)
            .map(|d| distinct(chosen.iter().filter_map(|l| l.points[d]).collect()))
            .collect();
        let steps = (0..self.steps.len())
            .map(|s| {
                let count = |want: Step, side: usize| {
                    distinct(
                        chosen
                            .iter()
                            .filter(|l| l.steps[s] == Some(want))
                            .filter_map(|l| l.points[side])
                            .collect(),
                    )
                };
                StepTally {
                    removed: count(Step::Removed, s),
                    added: count(Step::Added, s + 1),
                    restored: count(Step::Restored, s + 1),
                }
            })
            .collect();
        Tally { points, steps }
    }
}

/// Follows every point of `drafts` (oldest first) through all of them.
pub fn history<D: Borrow<Draft> + Sync>(drafts: &[D], options: &TextOptions) -> History {
    history_with(drafts, options, &[])
}

/// [`history`] with a reader's corrections of the alignment: `decisions[s]` applies to the
/// step from draft `s` to draft `s + 1` ([`crate::compare::compare_with`]); steps beyond the
/// list have none. A pair made by hand joins the two lineages.
pub fn history_with<D: Borrow<Draft> + Sync>(
    drafts: &[D],
    options: &TextOptions,
    decisions: &[Vec<manual::Decision>],
) -> History {
    let drafts: Vec<&Draft> = drafts.iter().map(Borrow::borrow).collect();
    let steps: Vec<Comparison> = drafts
        .par_windows(2)
        .enumerate()
        .map(|(s, pair)| {
            let d = decisions.get(s).map_or(&[][..], Vec::as_slice);
            compare_with(pair[0], pair[1], options, d)
        })
        .collect();
    let mut lineages = chain(&drafts, &steps, options);
    restore(&drafts, &mut lineages, options);
    lineages.sort_by_key(|l| {
        let first = l.first_draft();
        (first, l.points[first].unwrap_or(0))
    });
    History {
        steps,
        lineages,
        options: *options,
    }
}

/// The text of point `point` of draft `draft` (empty when out of range).
fn text_of<'a>(drafts: &[&'a Draft], draft: usize, point: usize) -> &'a str {
    drafts
        .get(draft)
        .and_then(|d| d.points.get(point))
        .map_or("", |p| p.text.as_str())
}

/// Chains the pairwise comparisons into lineages.
fn chain(drafts: &[&Draft], steps: &[Comparison], options: &TextOptions) -> Vec<Lineage> {
    let k = drafts.len();
    let mut lineages: Vec<Lineage> = Vec::new();
    // The lineages holding each point of the current draft.
    let mut current: Vec<Vec<usize>> = Vec::new();
    if let Some(first) = drafts.first() {
        for i in 0..first.points.len() {
            let mut l = Lineage::blank(k);
            l.points[0] = Some(i);
            current.push(vec![lineages.len()]);
            lineages.push(l);
        }
    }
    for (s, comparison) in steps.iter().enumerate() {
        let mut next: Vec<Vec<usize>> = vec![Vec::new(); drafts[s + 1].points.len()];
        for row in &comparison.rows {
            let step = Step::of_row(row.status, row.moved);
            let mut held: Vec<usize> = row
                .old
                .iter()
                .filter_map(|&o| current.get(o))
                .flatten()
                .copied()
                .collect();
            held.sort_unstable();
            held.dedup();
            if held.is_empty() {
                // Added points (or, defensively, old points no lineage holds).
                for &part in &row.new {
                    let mut l = Lineage::blank(k);
                    l.points[s + 1] = Some(part);
                    l.steps[s] = Some(Step::Added);
                    next[part].push(lineages.len());
                    lineages.push(l);
                }
                continue;
            }
            for &l in &held {
                let lin = &mut lineages[l];
                lin.steps[s] = Some(step);
                lin.sources[s] = lin.points[s].map(|point| PointRef { draft: s, point });
            }
            match row.new.as_slice() {
                [] => {}
                &[only] => {
                    for &l in &held {
                        lineages[l].points[s + 1] = Some(only);
                    }
                    next[only].extend_from_slice(&held);
                }
                parts => {
                    for (l, part) in part_ways(drafts, &lineages, &held, s, parts, options) {
                        let l = match l {
                            Way::Continue(l) => l,
                            Way::Copy(of) => {
                                lineages.push(lineages[of].clone());
                                lineages.len() - 1
                            }
                        };
                        lineages[l].points[s + 1] = Some(part);
                        next[part].push(l);
                    }
                }
            }
        }
        current = next;
    }
    lineages
}

/// How a lineage reaches a part of a split.
enum Way {
    /// The lineage itself goes on into the part.
    Continue(usize),
    /// A copy of the lineage (sharing its history) goes on into the part.
    Copy(usize),
}

/// Decides which of the lineages `held` (all holding the point of draft `s` that splits into
/// `parts` of draft `s + 1`) goes into which part. One lineage: it goes into the first part
/// and copies of it into the others. Several (the point was a merge): each goes into the part
/// most like its own text from before the merge, one lineage per part as far as they go, and
/// a part left over gets a copy of the lineage most like it.
fn part_ways(
    drafts: &[&Draft],
    lineages: &[Lineage],
    held: &[usize],
    s: usize,
    parts: &[usize],
    options: &TextOptions,
) -> Vec<(Way, usize)> {
    if let [only] = held {
        return parts
            .iter()
            .enumerate()
            .map(|(n, &p)| {
                (
                    if n == 0 {
                        Way::Continue(*only)
                    } else {
                        Way::Copy(*only)
                    },
                    p,
                )
            })
            .collect();
    }
    // Each lineage's own text: its point in the latest draft before `s` where the lineages
    // were not all at one point.
    let own: Vec<&str> = held
        .iter()
        .map(|&l| {
            (0..s)
                .rev()
                .find(|&d| {
                    lineages[l].points[d].is_some()
                        && held
                            .iter()
                            .any(|&o| lineages[o].points[d] != lineages[l].points[d])
                })
                .and_then(|d| Some((d, lineages[l].points[d]?)))
                .map_or("", |(d, p)| text_of(drafts, d, p))
        })
        .collect();
    let mut pairs: Vec<(f32, usize, usize)> = Vec::with_capacity(held.len() * parts.len());
    for (a, text) in own.iter().enumerate() {
        for (b, &part) in parts.iter().enumerate() {
            let sim = words::diff(text, text_of(drafts, s + 1, part), options).similarity;
            pairs.push((sim, a, b));
        }
    }
    // Best first; ties in the order of lineages, then parts.
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut lineage_part: Vec<Option<usize>> = vec![None; held.len()];
    let mut part_taken = vec![false; parts.len()];
    for &(_, a, b) in &pairs {
        if lineage_part[a].is_none() && !part_taken[b] {
            lineage_part[a] = Some(b);
            part_taken[b] = true;
        }
    }
    let mut ways = Vec::with_capacity(held.len().max(parts.len()));
    for (a, &l) in held.iter().enumerate() {
        // More lineages than parts: the rest go into their best part too.
        let b = lineage_part[a]
            .or_else(|| pairs.iter().find(|p| p.1 == a).map(|p| p.2))
            .unwrap_or(0);
        ways.push((Way::Continue(l), parts[b]));
    }
    for (b, &part) in parts.iter().enumerate() {
        if !part_taken[b] {
            let a = pairs.iter().find(|p| p.2 == b).map_or(0, |p| p.1);
            ways.push((Way::Copy(held[a]), part));
        }
    }
    ways
}

/// Links lineages that were removed to lineages that start (added) two or more drafts later
/// when their points say the same thing: one lineage, with the step back marked restored.
/// Drafts are taken in order, so a lineage restored once can be removed and restored again.
fn restore(drafts: &[&Draft], lineages: &mut Vec<Lineage>, options: &TextOptions) {
    let k = drafts.len();
    let mut absorbed = vec![false; lineages.len()];
    for back in 2..k {
        // Absent lineages, by their last point before `back`: merged lineages share it.
        let mut dormant: FxHashMap<PointRef, Vec<usize>> = FxHashMap::default();
        let mut keys: Vec<PointRef> = Vec::new();
        let mut started: Vec<usize> = Vec::new();
        for (l, lin) in lineages.iter().enumerate() {
            if absorbed[l] {
                continue;
            }
            if lin.points[back - 1].is_none() && lin.points[back].is_none() {
                let last = (0..back - 1).rev().find_map(|d| {
                    Some(PointRef {
                        draft: d,
                        point: lin.points[d]?,
                    })
                });
                if let Some(last) = last {
                    dormant
                        .entry(last)
                        .or_insert_with(|| {
                            keys.push(last);
                            Vec::new()
                        })
                        .push(l);
                }
            } else if lin.steps[back - 1] == Some(Step::Added) && lin.first_draft() == back {
                started.push(l);
            }
        }
        if keys.is_empty() || started.is_empty() {
            continue;
        }
        let old_texts: Vec<&str> = keys
            .iter()
            .map(|r| text_of(drafts, r.draft, r.point))
            .collect();
        let new_texts: Vec<&str> = started
            .iter()
            .map(|&l| lineages[l].points[back].map_or("", |p| text_of(drafts, back, p)))
            .collect();
        let links: Vec<(usize, usize)> = align::align(&old_texts, &new_texts, options)
            .into_par_iter()
            .filter_map(|g| {
                let (&[o], &[n]) = (g.old.as_slice(), g.new.as_slice()) else {
                    return None;
                };
                // The alignment score weighs rare words but is estimated on few points here;
                // the word similarity checks that the texts also read alike.
                let similar = || {
                    g.score >= align::OUT_OF_ORDER_MATCH
                        && words::diff(old_texts[o], new_texts[n], options).kept_in_order
                            >= RESTORE_SIMILARITY
                };
                let strong = !g.weak
                    && match g.evidence {
                        Some(Evidence::Identical | Evidence::Similar) => similar(),
                        // Elaborated or condensed on its way back: most of the shorter
                        // version is in the longer one (the share of words kept is low by
                        // nature, so it is not asked for).
                        Some(Evidence::Contained) => true,
                        _ => false,
                    };
                strong.then_some((o, n))
            })
            .collect();
        for (o, n) in links {
            let from = keys[o];
            let added = started[n];
            let tail = lineages[added].clone();
            for &l in dormant.get(&from).into_iter().flatten() {
                let target = &mut lineages[l];
                target.points[back..].copy_from_slice(&tail.points[back..]);
                target.steps[back - 1..].copy_from_slice(&tail.steps[back - 1..]);
                target.sources[back - 1..].copy_from_slice(&tail.sources[back - 1..]);
                target.steps[back - 1] = Some(Step::Restored);
                target.sources[back - 1] = Some(from);
            }
            absorbed[added] = true;
        }
    }
    let mut keep = absorbed.into_iter().map(|a| !a);
    lineages.retain(|_| keep.next().unwrap_or(true));
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
    fn a_point_restored_reworded_and_elaborated_is_restored() {
        let filler = "1. The border at Dolna reopens for trucks with medicine.\n2. Grain leaves the southern ports under escort.\n";
        let drafts = [
            Draft::from_text(
                "1",
                &format!("{filler}3. Sanctions on the central bank are lifted in stages.\n"),
            ),
            Draft::from_text("2", filler),
            Draft::from_text(
                "3",
                &format!(
                    "{filler}3. Sanctions on the central bank are lifted in three stages: first the reserves held abroad, after six months the payment systems, and after a year every remaining restriction, each stage only if the truce has held.\n"
                ),
            ),
        ];
        let h = history(&drafts, &TextOptions::default());
        let l = h
            .lineages
            .iter()
            .find(|l| l.points[0] == Some(2))
            .expect("a lineage starts at the sanctions point");
        assert_eq!(l.steps, vec![Some(Step::Removed), Some(Step::Restored)]);
        assert_eq!(h.lineages.len(), 3);
    }

    #[test]
    fn a_restored_point_is_named_and_diffed_from_its_last_version() {
        let filler = "1. The border at Dolna reopens for trucks with medicine.\n2. Grain leaves the southern ports under escort.\n";
        let drafts = [
            Draft::from_text(
                "1",
                &format!("{filler}3. Prisoners are exchanged all for all within a month.\n"),
            ),
            Draft::from_text("2", filler),
            Draft::from_text(
                "3",
                &format!(
                    "1. Prisoners are exchanged all for all within a month of signature.\n{filler}"
                ),
            ),
        ];
        let h = history(&drafts, &TextOptions::default());
        let back = h.restored(&drafts);
        assert_eq!(back.len(), 1, "{back:?}");
        let r = &back[0];
        assert_eq!((r.to.as_str(), r.from.as_str()), ("D3 1", "D1 3"));
        assert_eq!(r.restoration, h.restorations()[0]);
        let inserted: String = r
            .diff
            .spans
            .iter()
            .filter(|s| s.kind == words::SpanKind::Insert)
            .map(|s| s.new_side())
            .collect();
        assert!(inserted.contains("signature"), "{inserted:?}");
        // Step by step: the restored step of that lineage, nothing for the removing step.
        let l = r.restoration.lineage;
        assert_eq!(h.restored_step(&drafts, l, 1).as_ref(), Some(r));
        assert_eq!(h.restored_step(&drafts, l, 0), None);
        assert_eq!(h.restored_step(&drafts, l, 9), None);
        assert_eq!(h.restored_step(&drafts, h.lineages.len(), 1), None);
    }

    #[test]
    fn removed_then_restored_is_one_lineage() {
        let drafts = [
            Draft::from_text(
                "1",
                "1. Sovereignty of Ukraine is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held within one hundred days of signature.\n",
            ),
            Draft::from_text(
                "2",
                "1. Sovereignty of Ukraine is confirmed by all parties.\n2. Elections are held within one hundred days of signature.\n",
            ),
            Draft::from_text(
                "3",
                "1. Sovereignty of Ukraine is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held as soon as possible after signature.\n",
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
        // The restored step starts from the point's last version, in the first draft.
        let from = Some(PointRef { draft: 0, point: 1 });
        assert_eq!(h.lineages[1].sources, vec![from, from]);
        assert_eq!(h.lineages[1].restored_from(1), from);
        assert_eq!(h.lineages[1].restored_from(0), None);
        let diff = h.step_diff(&drafts, 1, 1).unwrap();
        assert!(diff.is_unchanged());
    }

    #[test]
    fn added_points_start_lineages_and_splits_share_history() {
        let drafts = [
            Draft::from_text(
                "1",
                "1. The plant restarts under IAEA supervision and its power is divided equally between the two countries.\n",
            ),
            Draft::from_text(
                "2",
                "1. The plant restarts under IAEA supervision.\n2. Its power is divided equally between the two countries.\n3. A new fund for reconstruction.\n",
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

    const SOVEREIGNTY: &str = "Sovereignty of Ukraine is confirmed by all parties.";
    const AMNESTY: &str =
        "A full amnesty is granted to all parties for acts committed during the war.";
    const ELECTIONS: &str = "Elections are held within one hundred days of signature.";

    fn draft(name: &str, points: &[&str]) -> Draft {
        let mut text = String::new();
        for (n, p) in points.iter().enumerate() {
            text.push_str(&format!("{}. {p}\n", n + 1));
        }
        Draft::from_text(name, &text)
    }

    #[test]
    fn a_point_removed_and_restored_twice_stays_one_lineage() {
        // A / – / A / – / A, with the amnesty reworded a little each time it comes back.
        let again =
            "A full amnesty is granted to all parties for all acts committed during the war.";
        let drafts = [
            draft("1", &[SOVEREIGNTY, AMNESTY, ELECTIONS]),
            draft("2", &[SOVEREIGNTY, ELECTIONS]),
            draft("3", &[SOVEREIGNTY, AMNESTY, ELECTIONS]),
            draft("4", &[SOVEREIGNTY, ELECTIONS]),
            draft("5", &[SOVEREIGNTY, again, ELECTIONS]),
        ];
        let h = history(&drafts, &TextOptions::default());
        assert_eq!(h.lineages.len(), 3, "{:?}", labels(&h, &drafts));
        let amnesty = &h.lineages[1];
        assert_eq!(amnesty.points, [Some(1), None, Some(1), None, Some(1)]);
        assert_eq!(
            amnesty.steps,
            [
                Some(Step::Removed),
                Some(Step::Restored),
                Some(Step::Removed),
                Some(Step::Restored)
            ]
        );
        let at = |draft, point| Some(PointRef { draft, point });
        assert_eq!(amnesty.restored_from(1), at(0, 1));
        assert_eq!(amnesty.restored_from(3), at(2, 1));
        assert_eq!(amnesty.sources, [at(0, 1), at(0, 1), at(2, 1), at(2, 1)]);
        // The second return is compared with the version removed the second time.
        let diff = h.step_diff(&drafts, 1, 3).unwrap();
        let inserted: Vec<&str> = diff
            .spans
            .iter()
            .filter(|s| s.kind == crate::compare::SpanKind::Insert)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(inserted, ["all "]);
        assert_eq!(h.restorations().len(), 2);
    }

    #[test]
    fn a_point_removed_again_after_its_return_ends_there() {
        let drafts = [
            draft("1", &[SOVEREIGNTY, AMNESTY, ELECTIONS]),
            draft("2", &[SOVEREIGNTY, ELECTIONS]),
            draft("3", &[SOVEREIGNTY, AMNESTY, ELECTIONS]),
            draft("4", &[SOVEREIGNTY, ELECTIONS]),
        ];
        let h = history(&drafts, &TextOptions::default());
        assert_eq!(h.lineages.len(), 3);
        assert_eq!(h.lineages[1].points, [Some(1), None, Some(1), None]);
        assert_eq!(
            h.lineages[1].steps,
            [
                Some(Step::Removed),
                Some(Step::Restored),
                Some(Step::Removed)
            ]
        );
    }

    #[test]
    fn a_new_point_on_the_same_subject_is_not_a_restored_one() {
        // Shares "amnesty", "parties" and "war" with the removed point, but says something else.
        let other = "No amnesty is granted to parties who committed war crimes; those cases go to an international tribunal.";
        let drafts = [
            draft("1", &[SOVEREIGNTY, AMNESTY, ELECTIONS]),
            draft("2", &[SOVEREIGNTY, ELECTIONS]),
            draft("3", &[SOVEREIGNTY, ELECTIONS, other]),
        ];
        let h = history(&drafts, &TextOptions::default());
        assert!(
            h.lineages
                .iter()
                .all(|l| !l.steps.contains(&Some(Step::Restored))),
            "{:?}",
            labels(&h, &drafts)
        );
        assert_eq!(h.lineages.len(), 4);
    }

    #[test]
    fn merged_points_share_the_future_and_part_again_at_a_split() {
        let guarantees = "Ukraine is given reliable security guarantees by the partners.";
        let conditions = "The United States guarantee lapses if Ukraine invades Russia or fires a missile at Moscow.";
        let merged = format!("{guarantees} {conditions}");
        let reworded = format!("{guarantees} {conditions} It is legally binding.");
        let drafts = [
            draft("1", &[SOVEREIGNTY, guarantees, conditions]),
            draft("2", &[SOVEREIGNTY, &merged]),
            draft("3", &[SOVEREIGNTY, &reworded]),
            // Split again, the conditions first.
            draft("4", &[SOVEREIGNTY, conditions, guarantees]),
        ];
        let h = history(&drafts, &TextOptions::default());
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            labels(&h, &drafts),
            vec![
                vec![s("1"), s("1"), s("1"), s("1")],
                vec![s("2"), s("2"), s("2"), s("3")],
                vec![s("3"), s("2"), s("2"), s("2")],
            ]
        );
        for l in &h.lineages[1..] {
            assert_eq!(
                l.steps,
                [Some(Step::Merged), Some(Step::Changed), Some(Step::Split)]
            );
        }
        // Points are counted once however many lineages share them.
        let t = h.tally(|_| true);
        assert_eq!(t.points, [3, 2, 2, 3]);
        let t = h.tally(|k| k > 0);
        assert_eq!(t.points, [2, 1, 1, 2]);
    }

    #[test]
    fn reworded_at_every_step_means_changed_from_first_appearance_on() {
        let lineage = |points: &[Option<usize>], steps: &[Option<Step>]| Lineage {
            points: points.to_vec(),
            steps: steps.to_vec(),
            sources: vec![None; steps.len()],
        };
        let (c, p) = (Some(Step::Changed), Some(0));
        assert!(lineage(&[p, p], &[c]).changed_at_every_step());
        assert!(lineage(&[p, p, p], &[c, c]).changed_at_every_step());
        assert!(lineage(&[None, p, p], &[Some(Step::Added), c]).changed_at_every_step());
        assert!(!lineage(&[p, p, p], &[c, Some(Step::Unchanged)]).changed_at_every_step());
        assert!(!lineage(&[p, p, p], &[Some(Step::Merged), c]).changed_at_every_step());
        assert!(!lineage(&[p, p], &[Some(Step::Split)]).changed_at_every_step());
        assert!(!lineage(&[p, p, None], &[c, Some(Step::Removed)]).changed_at_every_step());
        assert!(!lineage(&[None, p], &[Some(Step::Added)]).changed_at_every_step());
    }
}
