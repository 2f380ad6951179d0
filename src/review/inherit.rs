//! Carry-forward: a point without an annotation of its own shows the annotation of the same
//! point in the nearest earlier draft that has one, as *inherited*, until the reader confirms or
//! changes it.
//!
//! "The same point" is the point's lineage ([`crate::compare::history`]): its chain through the
//! drafts, across renumbering, rewording, merges and splits, and across drafts it was missing
//! from (a restored point inherits from before its removal). A merged point may inherit from
//! several earlier points; the parts of a split all inherit from the point they came from.

use std::collections::HashMap;

use super::{Placement, Review};
use crate::compare::TextOptions;
use crate::compare::history::{Lineage, history_with};
use crate::compare::manual::Decision;
use crate::draft::Draft;

/// An annotation a point inherits from an earlier draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Inherited {
    /// The annotation (an index into [`Review::annotations`]).
    pub annotation: usize,
    /// The draft it was made on (a review draft index; the annotation's own `draft`).
    pub draft: usize,
    /// Its point in that draft (an index into the draft's points).
    pub point: usize,
}

/// For every point of every draft of a review that has no annotation of its own, the
/// annotations it inherits from earlier drafts (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inheritance {
    at: HashMap<(usize, usize), Vec<Inherited>>,
}

impl Inheritance {
    /// The carry-forward of `review`'s annotations, placed as `placements` says (one entry per
    /// annotation, as [`Review::resolve`] gives), along `lineages` whose `points` are indexed by
    /// the review's draft numbers (from [`history_with`] of the review's drafts, in its order).
    pub fn from_lineages(review: &Review, placements: &[Placement], lineages: &[Lineage]) -> Self {
        let mut own: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        for (k, (a, p)) in review.annotations.iter().zip(placements).enumerate() {
            if let Placement::Placed(point) = *p {
                own.entry((a.draft, point)).or_default().push(k);
            }
        }
        let mut at: HashMap<(usize, usize), Vec<Inherited>> = HashMap::new();
        if own.is_empty() {
            return Inheritance { at };
        }
        for lineage in lineages {
            // The nearest earlier point of the lineage with annotations of its own.
            let mut last: Option<(usize, usize)> = None;
            for (d, point) in lineage.points.iter().enumerate() {
                let Some(p) = *point else { continue };
                if own.contains_key(&(d, p)) {
                    last = Some((d, p));
                } else if let Some((e, q)) = last {
                    let list = at.entry((d, p)).or_default();
                    for &annotation in &own[&(e, q)] {
                        let inherited = Inherited {
                            annotation,
                            draft: e,
                            point: q,
                        };
                        if !list.contains(&inherited) {
                            list.push(inherited);
                        }
                    }
                }
            }
        }
        for list in at.values_mut() {
            list.sort_by_key(|i| (i.draft, i.point, i.annotation));
        }
        Inheritance { at }
    }

    /// What point `point` of review draft `draft` inherits (empty when it has an annotation of
    /// its own, or nothing earlier to inherit).
    pub fn get(&self, draft: usize, point: usize) -> &[Inherited] {
        self.at.get(&(draft, point)).map_or(&[], Vec::as_slice)
    }
}

impl Review {
    /// The carry-forward of this review's annotations through `drafts` (the review's drafts as
    /// they are now, in its order), placed as `placements` says ([`Review::resolve`]): the
    /// drafts' history is computed with `options` and the review's corrections of each step's
    /// alignment, as the app computes it, so that an annotation follows a pair made by hand
    /// and not the aligner's. With a history at hand, use [`Inheritance::from_lineages`].
    pub fn inheritance(
        &self,
        drafts: &[Draft],
        placements: &[Placement],
        options: &TextOptions,
    ) -> Inheritance {
        if drafts.len() < 2 || !placements.iter().any(|p| *p != Placement::Orphaned) {
            return Inheritance::default();
        }
        let decisions: Vec<Vec<Decision>> = drafts
            .windows(2)
            .enumerate()
            .map(|(s, pair)| self.decisions(s, s + 1, &pair[0], &pair[1]).decisions)
            .collect();
        let lineages = history_with(drafts, options, &decisions).lineages;
        Inheritance::from_lineages(self, placements, &lineages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::{DraftRef, text_hash};

    fn drafts() -> Vec<Draft> {
        [
            "1. Sovereignty of Ukraine is confirmed by all parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held within one hundred days of signature.\n",
            // Amnesty gone; elections renumbered.
            "1. Sovereignty of Ukraine is confirmed by all parties.\n2. Elections are held within one hundred days of signature.\n",
            // Amnesty back; elections reworded; sovereignty reworded.
            "1. Sovereignty of Ukraine is confirmed by all the parties.\n2. A full amnesty is granted to all parties for acts during the war.\n3. Elections are held as soon as possible after signature.\n",
        ]
        .iter()
        .enumerate()
        .map(|(k, t)| Draft::from_text(k.to_string(), t))
        .collect()
    }

    #[test]
    fn annotations_reach_every_later_draft_until_one_has_its_own() {
        let drafts = drafts();
        let mut review = Review::default();
        for (k, d) in drafts.iter().enumerate() {
            review.drafts.push(DraftRef {
                path: format!("{k}.txt").into(),
                label: format!("draft {k}"),
                hash: text_hash(&d.source),
            });
        }
        // Draft 0: all three points; draft 1: sovereignty again (its own note).
        for p in 0..3 {
            review
                .annotate(0, &drafts[0], p, |a| a.note = format!("first {p}"))
                .unwrap();
        }
        review
            .annotate(1, &drafts[1], 0, |a| a.note = "second".into())
            .unwrap();
        let placements = review.resolve(&drafts);
        let inheritance = review.inheritance(&drafts, &placements, &TextOptions::default());
        let notes = |d: usize, p: usize| -> Vec<(&str, usize)> {
            inheritance
                .get(d, p)
                .iter()
                .map(|i| (review.annotations[i.annotation].note.as_str(), i.draft))
                .collect()
        };
        // Own annotations inherit nothing.
        assert!(notes(0, 0).is_empty() && notes(1, 0).is_empty());
        // Elections: draft 1 and draft 2 (two drafts on) inherit from draft 0.
        assert_eq!(notes(1, 1), [("first 2", 0)]);
        assert_eq!(notes(2, 2), [("first 2", 0)]);
        // Sovereignty in draft 2 inherits from the nearest: draft 1's own note.
        assert_eq!(notes(2, 0), [("second", 1)]);
        // The amnesty, missing from draft 1, is restored in draft 2 with its note.
        assert_eq!(notes(2, 1), [("first 1", 0)]);
    }
}
