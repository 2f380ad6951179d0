//! Alignment corrections made by hand, saved with the review.
//!
//! An [`Override`] says, for one pair of the review's drafts, that some old and new points
//! belong together ([`OverrideAction::Pair`], also as a merge or a split) or do not
//! ([`OverrideAction::Unpair`]). Its points are anchored the way annotations are (label, quote,
//! context), so a correction survives an edit of the drafts; one whose points cannot all be
//! placed is *orphaned*: listed, never applied, never dropped from the file.
//! [`Review::decisions`] turns the overrides of a pair into [`Decision`]s in point indices,
//! which [`crate::compare::compare_with`] applies after alignment.

use serde::{Deserialize, Serialize};

use super::{Anchor, Placement, Review};
use crate::compare::manual::Decision;
use crate::draft::Draft;

/// What a reader decided about the points of an [`Override`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OverrideAction {
    /// The points belong together (one to one, a merge or a split).
    Pair,
    /// The points are not what the aligner paired them with.
    Unpair,
}

/// A correction of the alignment of one pair of the review's drafts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Override {
    /// The older draft of the pair (an index into [`Review::drafts`]).
    pub old_draft: usize,
    /// The newer draft of the pair.
    pub new_draft: usize,
    /// Pair or unpair.
    pub action: OverrideAction,
    /// The old points, anchored by what they say.
    #[serde(default)]
    pub old: Vec<Anchor>,
    /// The new points, anchored by what they say.
    #[serde(default)]
    pub new: Vec<Anchor>,
}

/// The overrides of one pair of drafts, placed on the drafts as they read now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    /// The decisions to apply, in the order the overrides were made.
    pub decisions: Vec<Decision>,
    /// For each decision, the override it comes from (an index into [`Review::overrides`]).
    pub from: Vec<usize>,
    /// Overrides of this pair whose points are not all in the drafts any more (indices into
    /// [`Review::overrides`]); they stay in the file.
    pub orphaned: Vec<usize>,
}

impl Override {
    /// Describes the override in a few words for lists and reports: `pair 2 → 2, 6`.
    pub fn describe(&self) -> String {
        let labels = |a: &[Anchor]| {
            if a.is_empty() {
                "—".to_owned()
            } else {
                a.iter()
                    .map(|a| a.label.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let verb = match self.action {
            OverrideAction::Pair => "pair",
            OverrideAction::Unpair => "unpair",
        };
        format!("{verb} {} → {}", labels(&self.old), labels(&self.new))
    }
}

impl Review {
    /// Records a reader's decision about the review's drafts `old_index` and `new_index`
    /// (`old` and `new` as they read now). Returns `None`, recording nothing, when the
    /// decision has a [`Decision::problem`].
    pub fn add_override(
        &mut self,
        old_index: usize,
        new_index: usize,
        decision: &Decision,
        old: &Draft,
        new: &Draft,
    ) -> Option<()> {
        if decision
            .problem(old.points.len(), new.points.len())
            .is_some()
        {
            return None;
        }
        let (o, n) = decision.sides();
        let old_anchors = o
            .iter()
            .map(|&i| Anchor::of(old, i))
            .collect::<Option<Vec<_>>>()?;
        let new_anchors = n
            .iter()
            .map(|&j| Anchor::of(new, j))
            .collect::<Option<Vec<_>>>()?;
        let action = match decision {
            Decision::Pair { .. } => OverrideAction::Pair,
            Decision::Unpair { .. } => OverrideAction::Unpair,
        };
        self.overrides.push(Override {
            old_draft: old_index,
            new_draft: new_index,
            action,
            old: old_anchors,
            new: new_anchors,
        });
        Some(())
    }

    /// The overrides of the review's drafts `old_index` → `new_index`, placed on `old` and
    /// `new` as they read now.
    pub fn decisions(
        &self,
        old_index: usize,
        new_index: usize,
        old: &Draft,
        new: &Draft,
    ) -> Resolved {
        let mut r = Resolved::default();
        for (k, o) in self.overrides.iter().enumerate() {
            if o.old_draft != old_index || o.new_draft != new_index {
                continue;
            }
            let place_all = |anchors: &[Anchor], draft: &Draft| {
                anchors
                    .iter()
                    .map(|a| match a.place(draft) {
                        Placement::Placed(p) => Some(p),
                        Placement::Orphaned => None,
                    })
                    .collect::<Option<Vec<usize>>>()
            };
            let decision = match (place_all(&o.old, old), place_all(&o.new, new)) {
                (Some(old), Some(new)) => match o.action {
                    OverrideAction::Pair => Decision::Pair { old, new },
                    OverrideAction::Unpair => Decision::Unpair { old, new },
                },
                _ => {
                    r.orphaned.push(k);
                    continue;
                }
            };
            // Two anchors that land on one point, or a pair left with an empty side, cannot
            // be applied as the reader meant them.
            if decision
                .problem(old.points.len(), new.points.len())
                .is_some()
            {
                r.orphaned.push(k);
                continue;
            }
            r.decisions.push(decision);
            r.from.push(k);
        }
        r
    }

    /// For every override, in order, whether it is orphaned in `drafts` (the review's drafts as
    /// they are now, in its order): its points are not all there, or it names a draft that is
    /// not loaded.
    pub fn orphaned_overrides(&self, drafts: &[Draft]) -> Vec<bool> {
        let mut orphaned = vec![true; self.overrides.len()];
        let mut pairs: Vec<(usize, usize)> = self
            .overrides
            .iter()
            .map(|o| (o.old_draft, o.new_draft))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        for (o, n) in pairs {
            if let (Some(old), Some(new)) = (drafts.get(o), drafts.get(n)) {
                for k in self.decisions(o, n, old, new).from {
                    orphaned[k] = false;
                }
            }
        }
        orphaned
    }

    /// Indices of the overrides that involve the review's draft `index`.
    pub(super) fn overrides_of(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        self.overrides
            .iter()
            .enumerate()
            .filter(move |(_, o)| o.old_draft == index || o.new_draft == index)
            .map(|(k, _)| k)
    }

    /// Gives every placed anchor of the overrides on the review's draft `index` the anchor of
    /// the point it is placed on in `draft` now (as [`Review::reanchor`] does for annotations).
    pub(super) fn reanchor_overrides(&mut self, index: usize, draft: &Draft) {
        let ks: Vec<usize> = self.overrides_of(index).collect();
        for k in ks {
            let o = &mut self.overrides[k];
            let mut sides: Vec<&mut Vec<Anchor>> = Vec::new();
            if o.old_draft == index {
                sides.push(&mut o.old);
            }
            if o.new_draft == index {
                sides.push(&mut o.new);
            }
            for anchors in sides {
                for a in anchors.iter_mut() {
                    if let Placement::Placed(p) = a.place(draft)
                        && let Some(now) = Anchor::of(draft, p)
                    {
                        *a = now;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drafts() -> (Draft, Draft) {
        let old = Draft::from_text(
            "old",
            "1. Ukraine's sovereignty is confirmed by all parties.\n2. Security guarantees are given to Ukraine by its partners, modelled on collective defence.\n3. Elections are held within one hundred days.\n",
        );
        let new = Draft::from_text(
            "new",
            "1. Ukraine's sovereignty is confirmed by all parties.\n2. Partners give Ukraine guarantees.\n3. Elections are held within one hundred days.\n4. The guarantees are legally binding and ratified by the US Congress.\n",
        );
        (old, new)
    }

    #[test]
    fn an_override_is_placed_on_the_points_it_names() {
        let (old, new) = drafts();
        let mut review = Review::default();
        let split = Decision::Pair {
            old: vec![1],
            new: vec![1, 3],
        };
        review.add_override(0, 1, &split, &old, &new).unwrap();
        let r = review.decisions(0, 1, &old, &new);
        assert_eq!(r.decisions, vec![split]);
        assert_eq!(r.from, vec![0]);
        assert!(r.orphaned.is_empty());
        // Another pair of drafts has no decisions.
        assert!(review.decisions(0, 2, &old, &new).decisions.is_empty());
        assert_eq!(review.overrides[0].describe(), "pair 2 → 2, 4");
    }

    #[test]
    fn an_override_follows_a_renumbered_point_and_is_orphaned_when_it_is_gone() {
        let (old, new) = drafts();
        let mut review = Review::default();
        let pair = Decision::Pair {
            old: vec![1],
            new: vec![3],
        };
        review.add_override(0, 1, &pair, &old, &new).unwrap();
        // A point is inserted at the top of the new draft: every label moves on by one.
        let renumbered = Draft::from_text(
            "new",
            "1. A new opening point on the ceasefire line.\n2. Ukraine's sovereignty is confirmed by all parties.\n3. Partners give Ukraine guarantees.\n4. Elections are held within one hundred days.\n5. The guarantees are legally binding and ratified by the US Congress.\n",
        );
        let r = review.decisions(0, 1, &old, &renumbered);
        assert_eq!(
            r.decisions,
            vec![Decision::Pair {
                old: vec![1],
                new: vec![4]
            }]
        );
        // The point is gone: the override is orphaned, not dropped.
        let gone = Draft::from_text(
            "new",
            "1. Ukraine's sovereignty is confirmed by all parties.\n2. Elections are held within one hundred days.\n",
        );
        let r = review.decisions(0, 1, &old, &gone);
        assert!(r.decisions.is_empty());
        assert_eq!(r.orphaned, vec![0]);
        assert_eq!(review.overrides.len(), 1);
    }

    #[test]
    fn a_bad_decision_is_not_recorded() {
        let (old, new) = drafts();
        let mut review = Review::default();
        let bad = Decision::Pair {
            old: vec![0, 1],
            new: vec![0, 1],
        };
        assert!(review.add_override(0, 1, &bad, &old, &new).is_none());
        assert!(review.overrides.is_empty());
    }
}
