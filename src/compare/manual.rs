//! Alignment corrected by hand: a reader's pairings and unpairings applied on top of the
//! aligner's groups.
//!
//! No aligner is right on every rewrite. A reader who sees that two points belong together (or
//! that a pair does not) says so once; the decisions are saved with the review
//! ([`crate::review::Override`]) and applied here, after alignment, so that every view and
//! report follows them. Decisions are in point indices of the two drafts as they read now:
//! the review places its anchors first.

use super::align::Group;
use super::{Evidence, Row, Side};
use crate::draft::Draft;

/// A reader's decision about points of one pair of drafts (indices into the drafts' points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// These old and new points belong together: one to one, a merge (several old points, one
    /// new point) or a split (one old point, several new points).
    Pair {
        /// Old points.
        old: Vec<usize>,
        /// New points.
        new: Vec<usize>,
    },
    /// These points are not what the aligner paired them with: each becomes removed (old) or
    /// added (new), until another decision pairs it.
    Unpair {
        /// Old points.
        old: Vec<usize>,
        /// New points.
        new: Vec<usize>,
    },
}

impl Decision {
    /// Why the decision cannot be applied to drafts of `old_len` and `new_len` points, if it
    /// cannot: a point out of range, a side named twice, a pair with an empty side, or a pair
    /// with several points on both sides (neither a merge nor a split).
    pub fn problem(&self, old_len: usize, new_len: usize) -> Option<&'static str> {
        let (old, new) = self.sides();
        if old.iter().any(|&i| i >= old_len) || new.iter().any(|&i| i >= new_len) {
            return Some("a point that is not in the draft");
        }
        if has_duplicates(old) || has_duplicates(new) {
            return Some("the same point twice");
        }
        match self {
            Decision::Pair { .. } if old.is_empty() || new.is_empty() => {
                Some("a pair needs a point on each side")
            }
            Decision::Pair { .. } if old.len() > 1 && new.len() > 1 => {
                Some("several points on both sides: pair them as a merge or as a split")
            }
            Decision::Unpair { .. } if old.is_empty() && new.is_empty() => Some("no point"),
            _ => None,
        }
    }

    /// The old and the new points the decision names.
    pub fn sides(&self) -> (&[usize], &[usize]) {
        match self {
            Decision::Pair { old, new } | Decision::Unpair { old, new } => (old, new),
        }
    }
}

/// Building decisions from the rows a reader picked on screen.
impl Decision {
    /// Pairs all the points of `rows` (rows of one comparison): their old points with their
    /// new points. A removed and an added row make a one-to-one pair; a pair with a removed
    /// row makes a merge, with an added row a split. See [`Decision::problem`] for what
    /// cannot be paired.
    pub fn pair_rows<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Decision {
        let mut old = Vec::new();
        let mut new = Vec::new();
        for row in rows {
            old.extend_from_slice(&row.old);
            new.extend_from_slice(&row.new);
        }
        old.sort_unstable();
        old.dedup();
        new.sort_unstable();
        new.dedup();
        Decision::Pair { old, new }
    }

    /// For a removed or added `row` of `rows` (one comparison of drafts of `old_len` and
    /// `new_len` points), pairing it with each point it resembles ([`Row::resembles`]): with
    /// that point's row (an added or removed point makes a pair, a paired one a merge or a
    /// split), those the drafts allow, best first. The reader checked the hint and found the
    /// rewrite.
    pub fn pair_resembled(
        rows: &[Row],
        row: &Row,
        old_len: usize,
        new_len: usize,
    ) -> Vec<Decision> {
        let other_side = if row.new.is_empty() {
            Side::New
        } else {
            Side::Old
        };
        row.resembles
            .iter()
            .filter_map(|&k| {
                let other = rows.iter().find(|r| other_side.points(r).contains(&k))?;
                let decision = Decision::pair_rows([row, other]);
                decision
                    .problem(old_len, new_len)
                    .is_none()
                    .then_some(decision)
            })
            .collect()
    }

    /// Unpairs the points of `row` (each becomes removed or added); `None` for a row with a
    /// point on one side only (nothing to unpair).
    pub fn unpair_row(row: &Row) -> Option<Decision> {
        (!row.old.is_empty() && !row.new.is_empty()).then(|| Decision::Unpair {
            old: row.old.clone(),
            new: row.new.clone(),
        })
    }

    /// Takes `point` (on `side`) out of the merge or split `row`, leaving the rest paired;
    /// `None` when the point is not on that side of the row or is its only point there
    /// (unpair the row instead).
    pub fn take_out(row: &Row, side: Side, point: usize) -> Option<Decision> {
        let points = side.points(row);
        if points.len() < 2 || !points.contains(&point) || side.other().points(row).is_empty() {
            return None;
        }
        Some(match side {
            Side::Old => Decision::Unpair {
                old: vec![point],
                new: Vec::new(),
            },
            Side::New => Decision::Unpair {
                old: Vec::new(),
                new: vec![point],
            },
        })
    }

    /// The decision in a few words, with the points' labels in `old` and `new`: "Pair 2 → 2, 6
    /// (a split)", "Unpair 7 → 9", "Take NEW 6 out of its pair".
    pub fn describe(&self, old: &Draft, new: &Draft) -> String {
        let labels = |points: &[usize], draft: &Draft| {
            if points.is_empty() {
                return "—".to_owned();
            }
            points
                .iter()
                .map(|&i| draft.points.get(i).map_or("?", |p| p.label.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (o, n) = self.sides();
        let (verb, kind) = match self {
            Decision::Unpair { .. } if n.is_empty() => {
                return format!("Take OLD {} out of its pair", labels(o, old));
            }
            Decision::Unpair { .. } if o.is_empty() => {
                return format!("Take NEW {} out of its pair", labels(n, new));
            }
            Decision::Unpair { .. } => ("Unpair", ""),
            Decision::Pair { .. } if o.len() > 1 => ("Pair", " (a merge)"),
            Decision::Pair { .. } if n.len() > 1 => ("Pair", " (a split)"),
            Decision::Pair { .. } => ("Pair", ""),
        };
        format!("{verb} {} → {}{kind}", labels(o, old), labels(n, new))
    }
}

fn has_duplicates(v: &[usize]) -> bool {
    let mut s = v.to_vec();
    s.sort_unstable();
    s.windows(2).any(|w| w[0] == w[1])
}

/// Applies `decisions` in order to the aligner's `groups`. A decision takes its points out of
/// whatever groups held them; what is left of such a group stays paired when it still has
/// points on both sides (a merge or split left one to one is a pair on its words again,
/// [`Evidence::Similar`]), and is otherwise reported removed / added point by point. A decision
/// with a [`Decision::problem`] is skipped (the caller reports it). Every point of the
/// drafts stays in exactly one group. The groups a decision made have the evidence
/// [`Evidence::ByHand`], also those of points it left unmatched.
pub fn apply(
    groups: Vec<Group>,
    decisions: &[Decision],
    old_len: usize,
    new_len: usize,
) -> Vec<Group> {
    let mut out = groups;
    for d in decisions {
        if d.problem(old_len, new_len).is_some() {
            continue;
        }
        let (old, new) = d.sides();
        out = take_out(out, old, new);
        match d {
            Decision::Pair { old, new } => out.push(hand_group(old, new, 1.0)),
            Decision::Unpair { old, new } => {
                out.extend(old.iter().map(|&i| hand_group(&[i], &[], 0.0)));
                out.extend(new.iter().map(|&j| hand_group(&[], &[j], 0.0)));
            }
        }
    }
    out
}

fn hand_group(old: &[usize], new: &[usize], score: f32) -> Group {
    let mut old = old.to_vec();
    let mut new = new.to_vec();
    old.sort_unstable();
    new.sort_unstable();
    Group {
        old,
        new,
        score,
        evidence: Some(Evidence::ByHand),
        weak: false,
        resembles: Vec::new(),
    }
}

/// An aligner's group with no point on one side: removed or added, with no evidence.
fn unmatched(old: Vec<usize>, new: Vec<usize>) -> Group {
    Group {
        old,
        new,
        score: 0.0,
        evidence: None,
        weak: false,
        resembles: Vec::new(),
    }
}

/// Removes the named points from every group; a group left with one side only falls apart
/// into unmatched points (not by hand: the reader did not decide about them).
fn take_out(groups: Vec<Group>, old: &[usize], new: &[usize]) -> Vec<Group> {
    let mut out = Vec::with_capacity(groups.len() + old.len() + new.len());
    for g in groups {
        let touched =
            g.old.iter().any(|i| old.contains(i)) || g.new.iter().any(|j| new.contains(j));
        if !touched {
            out.push(g);
            continue;
        }
        let rest_old: Vec<usize> = g.old.iter().copied().filter(|i| !old.contains(i)).collect();
        let rest_new: Vec<usize> = g.new.iter().copied().filter(|j| !new.contains(j)).collect();
        if !rest_old.is_empty() && !rest_new.is_empty() {
            // A merge or split left with one point on each side is a pair again: the aligner
            // had paired those two on their words before the parts joined them.
            let evidence = match g.evidence {
                Some(Evidence::Merged | Evidence::Split)
                    if rest_old.len() == 1 && rest_new.len() == 1 =>
                {
                    Some(Evidence::Similar)
                }
                e => e,
            };
            out.push(Group {
                old: rest_old,
                new: rest_new,
                evidence,
                ..g
            });
        } else {
            out.extend(rest_old.into_iter().map(|i| unmatched(vec![i], vec![])));
            out.extend(rest_new.into_iter().map(|j| unmatched(vec![], vec![j])));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(old: &[usize], new: &[usize]) -> Group {
        Group {
            old: old.to_vec(),
            new: new.to_vec(),
            score: 0.5,
            evidence: (!old.is_empty() && !new.is_empty()).then_some(Evidence::Similar),
            weak: false,
            resembles: Vec::new(),
        }
    }

    /// (old, new, by_hand) of each group, sorted, for comparing regardless of order.
    fn shape(c: &[Group]) -> Vec<(Vec<usize>, Vec<usize>, bool)> {
        let mut v: Vec<_> = c
            .iter()
            .map(|g| {
                (
                    g.old.clone(),
                    g.new.clone(),
                    g.evidence == Some(Evidence::ByHand),
                )
            })
            .collect();
        v.sort();
        v
    }

    fn covers_every_point_once(c: &[Group], old_len: usize, new_len: usize) {
        let mut old: Vec<usize> = c.iter().flat_map(|g| g.old.clone()).collect();
        let mut new: Vec<usize> = c.iter().flat_map(|g| g.new.clone()).collect();
        old.sort_unstable();
        new.sort_unstable();
        assert_eq!(old, (0..old_len).collect::<Vec<_>>());
        assert_eq!(new, (0..new_len).collect::<Vec<_>>());
    }

    fn row(old: &[usize], new: &[usize]) -> Row {
        Row {
            status: crate::compare::Status::Changed,
            moved: false,
            old: old.to_vec(),
            new: new.to_vec(),
            similarity: None,
            diff: Vec::new(),
            substance: Vec::new(),
            evidence: None,
            weak: false,
            synonyms: Vec::new(),
            resembles: Vec::new(),
        }
    }

    #[test]
    fn a_removed_point_pairs_with_what_it_resembles() {
        let pair = row(&[0], &[0]);
        let mut removed = row(&[1], &[]);
        let added = row(&[], &[2]);
        // Removed old 1 resembles new 2 (added) and new 0 (paired with old 0).
        removed.resembles = vec![2, 0];
        let rows = [pair.clone(), removed.clone(), added.clone()];
        assert_eq!(
            Decision::pair_resembled(&rows, &removed, 2, 3),
            [
                Decision::Pair {
                    old: vec![1],
                    new: vec![2]
                },
                Decision::Pair {
                    old: vec![0, 1],
                    new: vec![0]
                }
            ]
        );
        // A point of the other draft that no row holds, or out of range, offers nothing.
        removed.resembles = vec![7];
        assert!(Decision::pair_resembled(&rows, &removed, 2, 3).is_empty());
        // A row that resembles nothing offers nothing.
        assert!(Decision::pair_resembled(&rows, &added, 2, 3).is_empty());
    }

    #[test]
    fn decisions_made_from_rows_on_screen() {
        let removed = row(&[3], &[]);
        let added = row(&[], &[5]);
        let pair = row(&[1], &[1]);
        assert_eq!(
            Decision::pair_rows([&removed, &added]),
            Decision::Pair {
                old: vec![3],
                new: vec![5]
            }
        );
        // A pair and an added point: a split; a pair and a removed point: a merge.
        let split = Decision::pair_rows([&added, &pair]);
        assert_eq!(
            split,
            Decision::Pair {
                old: vec![1],
                new: vec![1, 5]
            }
        );
        let merge = Decision::pair_rows([&pair, &removed]);
        assert_eq!(merge.problem(4, 6), None);
        // Two pairs together are neither a merge nor a split.
        let two = Decision::pair_rows([&pair, &row(&[2], &[2])]);
        assert!(two.problem(4, 6).is_some());
        // Only added points: nothing on the old side.
        assert!(Decision::pair_rows([&added]).problem(4, 6).is_some());

        assert_eq!(
            Decision::unpair_row(&pair),
            Some(Decision::Unpair {
                old: vec![1],
                new: vec![1]
            })
        );
        assert_eq!(Decision::unpair_row(&removed), None);

        let s = row(&[1], &[1, 5]);
        assert_eq!(
            Decision::take_out(&s, Side::New, 5),
            Some(Decision::Unpair {
                old: vec![],
                new: vec![5]
            })
        );
        assert_eq!(
            Decision::take_out(&s, Side::Old, 1),
            None,
            "its only old point"
        );
        assert_eq!(Decision::take_out(&s, Side::New, 4), None, "not in the row");

        let old = Draft::from_text("o", "1. One.\n2. Two.\n");
        let new = Draft::from_text("n", "1. One.\n2. Two a.\n3. Two b.\n");
        let split = Decision::Pair {
            old: vec![1],
            new: vec![1, 2],
        };
        assert_eq!(split.describe(&old, &new), "Pair 2 → 2, 3 (a split)");
        let out = Decision::Unpair {
            old: vec![],
            new: vec![2],
        };
        assert_eq!(out.describe(&old, &new), "Take NEW 3 out of its pair");
    }

    #[test]
    fn pairing_a_removed_and_an_added_point() {
        let groups = vec![g(&[0], &[0]), g(&[1], &[]), g(&[], &[1])];
        let c = apply(
            groups,
            &[Decision::Pair {
                old: vec![1],
                new: vec![1],
            }],
            2,
            2,
        );
        assert_eq!(
            shape(&c),
            vec![(vec![0], vec![0], false), (vec![1], vec![1], true)]
        );
        covers_every_point_once(&c, 2, 2);
    }

    #[test]
    fn unpairing_leaves_both_points_unmatched_by_hand() {
        let groups = vec![g(&[0], &[0]), g(&[1], &[1])];
        let c = apply(
            groups,
            &[Decision::Unpair {
                old: vec![1],
                new: vec![1],
            }],
            2,
            2,
        );
        assert_eq!(
            shape(&c),
            vec![
                (vec![], vec![1], true),
                (vec![0], vec![0], false),
                (vec![1], vec![], true)
            ]
        );
    }

    #[test]
    fn a_split_made_from_a_pair_and_an_added_point() {
        // Old 1 was paired with new 1; new 5 was reported added. The reader makes a split.
        let groups = vec![g(&[0], &[0]), g(&[1], &[1]), g(&[], &[5])];
        let c = apply(
            groups,
            &[Decision::Pair {
                old: vec![1],
                new: vec![5, 1],
            }],
            2,
            6,
        );
        assert!(shape(&c).contains(&(vec![1], vec![1, 5], true)));
        assert!(shape(&c).contains(&(vec![0], vec![0], false)));
    }

    #[test]
    fn taking_a_part_out_of_a_merge_keeps_the_rest_paired() {
        let groups = vec![g(&[0, 1], &[0])];
        let c = apply(
            groups,
            &[Decision::Unpair {
                old: vec![1],
                new: vec![],
            }],
            2,
            1,
        );
        assert_eq!(
            shape(&c),
            vec![(vec![0], vec![0], false), (vec![1], vec![], true)]
        );
    }

    #[test]
    fn a_split_left_with_one_point_a_side_is_no_longer_called_a_split() {
        let mut split = g(&[0], &[0, 1]);
        split.evidence = Some(Evidence::Split);
        let mut merge = g(&[1, 2, 3], &[2]);
        merge.evidence = Some(Evidence::Merged);
        let c = apply(
            vec![split, merge],
            &[Decision::Unpair {
                old: vec![3],
                new: vec![1],
            }],
            4,
            3,
        );
        let evidence = |old: &[usize]| c.iter().find(|g| g.old == old).unwrap().evidence;
        assert_eq!(evidence(&[0]), Some(Evidence::Similar));
        // Still two old points: still a merge.
        assert_eq!(evidence(&[1, 2]), Some(Evidence::Merged));
    }

    #[test]
    fn a_group_left_one_sided_falls_apart_into_unmatched_points() {
        // Old 0 was paired with new 0; the reader pairs new 0 with old 1 instead.
        let groups = vec![g(&[0], &[0]), g(&[1], &[])];
        let c = apply(
            groups,
            &[Decision::Pair {
                old: vec![1],
                new: vec![0],
            }],
            2,
            1,
        );
        assert_eq!(
            shape(&c),
            vec![(vec![0], vec![], false), (vec![1], vec![0], true)]
        );
        covers_every_point_once(&c, 2, 1);
    }

    #[test]
    fn later_decisions_win_and_bad_ones_are_skipped() {
        let groups = vec![g(&[0], &[0]), g(&[1], &[1])];
        let decisions = [
            Decision::Pair {
                old: vec![0],
                new: vec![1],
            },
            Decision::Pair {
                old: vec![0, 1],
                new: vec![0, 1],
            },
            Decision::Pair {
                old: vec![7],
                new: vec![0],
            },
            Decision::Unpair {
                old: vec![0],
                new: vec![1],
            },
        ];
        assert!(decisions[1].problem(2, 2).is_some());
        assert!(decisions[2].problem(2, 2).is_some());
        let c = apply(groups, &decisions, 2, 2);
        covers_every_point_once(&c, 2, 2);
        assert_eq!(
            shape(&c),
            vec![
                (vec![], vec![0], false),
                (vec![], vec![1], true),
                (vec![0], vec![], true),
                (vec![1], vec![], false)
            ]
        );
    }
}
