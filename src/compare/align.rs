//! Aligning the points of two drafts by what they say, not by their numbers.
//!
//! 1. Points whose text is the same (by the comparison options) are paired first, in order.
//! 2. The rest are paired by content. Each old point is indexed by its words; a new point's
//!    candidates are the old points that share its rarer words (an inverted index: no
//!    all-pairs scoring), and each candidate is scored by IDF-weighted Dice similarity over
//!    distinct words (rare words such as names and figures weigh more than "the" or "shall").
//! 3. Pairs are taken best first: clear matches anywhere; weaker ones only where they keep the
//!    order of the clear matches around them (a reworded point usually stays in place), and a
//!    few more that are still good though out of order (moved and reworded).
//! 4. A point left over whose words are mostly found in the match of a neighbour joins that
//!    match: several old points into one new point is a merge, one into several is a split.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use super::words::{TextOptions, TokenKind, token_kind, tokenize};

/// Score at or above which a pair is taken wherever it lies.
pub const CLEAR_MATCH: f32 = 0.5;
/// Lowest score for a pair that keeps the order of the clear matches around it.
pub const IN_ORDER_MATCH: f32 = 0.2;
/// Lowest score for a pair that breaks the order around it (a moved and reworded point).
pub const OUT_OF_ORDER_MATCH: f32 = 0.35;
/// Share of a left-over point's word weight that must be found in a neighbour's match for it
/// to join that match as a merge or split.
pub const CONTAINED: f32 = 0.6;

/// Old and new points that correspond: 1:1 (kept), n:1 (merged), 1:n (split), 1:0 (removed)
/// or 0:1 (added). Indices are positions in the drafts' point lists, ascending.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Old points, ascending.
    pub old: Vec<usize>,
    /// New points, ascending.
    pub new: Vec<usize>,
    /// How sure the alignment is, in [0, 1] (1 for identical text); 0 for removed/added.
    pub score: f32,
}

struct Features {
    /// Hash of the text as compared (by the options): equal hashes mean unchanged text.
    exact: u64,
    /// Hashes of the distinct lower-cased words, sorted.
    words: Vec<u64>,
    /// Hashes of the distinct pairs of consecutive words (shingles), sorted: far rarer than
    /// single words, so they find candidates even for points made only of common words.
    shingles: Vec<u64>,
}

fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

fn features(text: &str, options: &TextOptions) -> Features {
    let mut exact = FxHasher::default();
    let mut words: Vec<u64> = Vec::new();
    let mut shingles = Vec::new();
    let mut lower = String::new();
    for token in tokenize(text) {
        let kind = token_kind(token);
        let folded: &str = if kind == TokenKind::Word && token.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(token.chars().flat_map(char::to_lowercase));
            &lower
        } else {
            token
        };
        match kind {
            TokenKind::Word => {
                let h = hash_str(folded);
                if let Some(&prev) = words.last() {
                    shingles.push(
                        prev.rotate_left(17) ^ h.wrapping_mul(0x9E37_79B9_7F4A_7C15),
                    );
                }
                words.push(h);
                if options.ignore_case { folded } else { token }.hash(&mut exact);
            }
            TokenKind::Space if !(options.ignore_whitespace || options.ignore_punctuation) => {
                token.hash(&mut exact)
            }
            TokenKind::Punct if !options.ignore_punctuation => token.hash(&mut exact),
            _ => {}
        }
    }
    words.sort_unstable();
    words.dedup();
    shingles.sort_unstable();
    shingles.dedup();
    Features {
        exact: exact.finish(),
        words,
        shingles,
    }
}

/// Word weights: inverse document frequency over the old draft's points.
struct Weights {
    df: FxHashMap<u64, u32>,
    points: f32,
}

impl Weights {
    fn weight(&self, word: u64) -> f32 {
        let df = self.df.get(&word).copied().unwrap_or(0) as f32;
        (1.0 + self.points / (1.0 + df)).ln()
    }

    fn total(&self, words: &[u64]) -> f32 {
        words.iter().map(|&w| self.weight(w)).sum()
    }

    /// Weight of the words two sorted word lists share.
    fn shared(&self, a: &[u64], b: &[u64]) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weight(a[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

/// Aligns old points with new points. Groups come out in no particular order.
pub fn align(old: &[&str], new: &[&str], options: &TextOptions) -> Vec<Group> {
    let (old_f, new_f): (Vec<Features>, Vec<Features>) = rayon::join(
        || old.par_iter().map(|t| features(t, options)).collect(),
        || new.par_iter().map(|t| features(t, options)).collect(),
    );
    let mut old_match: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_match: Vec<Option<usize>> = vec![None; new.len()];
    let mut scores: FxHashMap<(usize, usize), f32> = FxHashMap::default();

    // 1. Identical texts, paired in order.
    let mut by_hash: FxHashMap<u64, std::collections::VecDeque<usize>> = FxHashMap::default();
    for (i, f) in old_f.iter().enumerate() {
        by_hash.entry(f.exact).or_default().push_back(i);
    }
    for (j, f) in new_f.iter().enumerate() {
        if let Some(i) = by_hash.get_mut(&f.exact).and_then(|q| q.pop_front()) {
            old_match[i] = Some(j);
            new_match[j] = Some(i);
            scores.insert((i, j), 1.0);
        }
    }

    // 2. Candidates from an index of the unmatched old points' words; weights from all of them.
    let mut df: FxHashMap<u64, u32> = FxHashMap::default();
    let mut postings: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for (i, f) in old_f.iter().enumerate() {
        let unmatched = old_match[i].is_none();
        for &w in &f.words {
            *df.entry(w).or_default() += 1;
        }
        if unmatched {
            for &sh in &f.shingles {
                postings.entry(sh).or_default().push(i as u32);
            }
        }
    }
    let weights = Weights {
        df,
        points: old.len() as f32,
    };
    let old_totals: Vec<f32> = old_f.par_iter().map(|f| weights.total(&f.words)).collect();
    let unmatched_old = old_match.iter().filter(|m| m.is_none()).count();
    // Shingles in at most `cap` unmatched points vote; so do a point's rarest few, however common.
    let cap = 16 + (unmatched_old as f64).sqrt() as usize;
    const RAREST: usize = 6;
    let mut candidates: Vec<(f32, usize, usize)> = (0..new.len())
        .into_par_iter()
        .filter(|&j| new_match[j].is_none() && unmatched_old > 0)
        .map_init(
            || {
                (
                    vec![0f32; old.len()],
                    Vec::<usize>::new(),
                    Vec::<(usize, u64)>::new(),
                )
            },
            |(votes, touched, by_rarity), j| {
                let words = &new_f[j].words;
                by_rarity.clear();
                by_rarity.extend(
                    new_f[j]
                        .shingles
                        .iter()
                        .filter_map(|w| postings.get(w).map(|p| (p.len(), *w))),
                );
                by_rarity.sort_unstable();
                for (k, &(len, w)) in by_rarity.iter().enumerate() {
                    if len > cap && k >= RAREST {
                        break;
                    }
                    let wt = 1.0 / (1.0 + len as f32).ln_1p();
                    for &i in &postings[&w] {
                        let i = i as usize;
                        if votes[i] == 0.0 {
                            touched.push(i);
                        }
                        votes[i] += wt;
                    }
                }
                touched.sort_unstable_by(|&a, &b| votes[b].total_cmp(&votes[a]).then(a.cmp(&b)));
                let new_total = weights.total(words);
                let best: Vec<(f32, usize, usize)> = touched
                    .iter()
                    .take(8)
                    .map(|&i| {
                        (
                            score(&weights, &old_f[i], old_totals[i], &new_f[j], new_total),
                            i,
                            j,
                        )
                    })
                    .filter(|&(s, _, _)| s >= IN_ORDER_MATCH)
                    .collect();
                for &i in touched.iter() {
                    votes[i] = 0.0;
                }
                touched.clear();
                best
            },
        )
        .flatten()
        .collect();
    candidates.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

    // 3. Clear matches first, then weaker ones that keep the order, then good out-of-order ones.
    let mut take = |i: usize,
                    j: usize,
                    s: f32,
                    old_match: &mut Vec<Option<usize>>,
                    new_match: &mut Vec<Option<usize>>| {
        old_match[i] = Some(j);
        new_match[j] = Some(i);
        scores.insert((i, j), s);
    };
    for &(s, i, j) in candidates.iter().filter(|c| c.0 >= CLEAR_MATCH) {
        if old_match[i].is_none() && new_match[j].is_none() {
            take(i, j, s, &mut old_match, &mut new_match);
        }
    }
    let mut chain = monotone_chain(&old_match);
    for &(s, i, j) in candidates.iter().filter(|c| c.0 < CLEAR_MATCH) {
        if old_match[i].is_none() && new_match[j].is_none() && keeps_order(&chain, i, j) {
            take(i, j, s, &mut old_match, &mut new_match);
            chain.insert(i, j);
        }
    }
    for &(s, i, j) in candidates
        .iter()
        .filter(|c| c.0 >= OUT_OF_ORDER_MATCH && c.0 < CLEAR_MATCH)
    {
        if old_match[i].is_none() && new_match[j].is_none() {
            take(i, j, s, &mut old_match, &mut new_match);
        }
    }

    // 4. Merges and splits, then the groups.
    let new_totals: Vec<f32> = new_f.par_iter().map(|f| weights.total(&f.words)).collect();
    let mut groups = Grouping::new(&old_match, &scores);
    let ctx = Containment {
        weights: &weights,
        old: &old_f,
        new: &new_f,
        old_totals: &old_totals,
        new_totals: &new_totals,
    };
    groups.absorb_merges(&ctx);
    groups.absorb_splits(&ctx);
    groups.finish(old.len(), new.len())
}

/// Similarity of two points in [0, 1]: the mean of the IDF-weighted Dice coefficient of their
/// words and the Dice coefficient of their shingles (word pairs). Words say what a point is
/// about; shingles tell a reworded point from another point on the same subject.
fn score(w: &Weights, a: &Features, a_total: f32, b: &Features, b_total: f32) -> f32 {
    let words = 2.0 * w.shared(&a.words, &b.words) / (a_total + b_total).max(f32::MIN_POSITIVE);
    let shared_shingles = count_shared(&a.shingles, &b.shingles);
    let shingle_total = a.shingles.len() + b.shingles.len();
    let shingles = if shingle_total == 0 {
        words
    } else {
        2.0 * shared_shingles as f32 / shingle_total as f32
    };
    (words + shingles) / 2.0
}

fn count_shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The longest run of matches whose new positions rise with their old positions.
fn monotone_chain(old_match: &[Option<usize>]) -> BTreeMap<usize, usize> {
    let pairs: Vec<(usize, usize)> = old_match
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|j| (i, j)))
        .collect();
    let seq: Vec<usize> = pairs.iter().map(|&(_, j)| j).collect();
    longest_increasing(&seq)
        .into_iter()
        .map(|k| pairs[k])
        .collect()
}

/// Indices of a longest strictly increasing subsequence of `seq` (patience sorting).
pub fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (k, &v) in seq.iter().enumerate() {
        let pos = tails.partition_point(|&t| seq[t] < v);
        if pos > 0 {
            prev[k] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(k);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// Would pairing old `i` with new `j` keep the order of the chain of matches around it?
fn keeps_order(chain: &BTreeMap<usize, usize>, i: usize, j: usize) -> bool {
    let before = chain.range(..i).next_back().map(|(_, &nj)| nj);
    let after = chain.range(i + 1..).next().map(|(_, &nj)| nj);
    before.is_none_or(|b| b < j) && after.is_none_or(|a| j < a)
}

struct Containment<'a> {
    weights: &'a Weights,
    old: &'a [Features],
    new: &'a [Features],
    old_totals: &'a [f32],
    new_totals: &'a [f32],
}

/// Shared weight of `part`'s words in `whole` beyond what `others` already cover, as a share
/// of `whole`'s weight; and the share of `part` found in `whole`.
fn containment(
    w: &Weights,
    part: &[u64],
    part_total: f32,
    whole: &[u64],
    whole_total: f32,
    others: &[&[u64]],
) -> (f32, f32) {
    let mut inside = 0.0;
    let mut gain = 0.0;
    for &word in part {
        if whole.binary_search(&word).is_ok() {
            let wt = w.weight(word);
            inside += wt;
            if !others.iter().any(|o| o.binary_search(&word).is_ok()) {
                gain += wt;
            }
        }
    }
    (
        inside / part_total.max(f32::MIN_POSITIVE),
        gain / whole_total.max(f32::MIN_POSITIVE),
    )
}

/// Matches as groups, grown by merges and splits.
struct Grouping {
    groups: Vec<Group>,
    old_group: Vec<Option<usize>>,
    new_group: Vec<Option<usize>>,
}

impl Grouping {
    fn new(old_match: &[Option<usize>], scores: &FxHashMap<(usize, usize), f32>) -> Self {
        let new_len = old_match.iter().flatten().max().map_or(0, |&m| m + 1);
        let mut g = Grouping {
            groups: Vec::new(),
            old_group: vec![None; old_match.len()],
            new_group: vec![None; new_len],
        };
        for (i, m) in old_match.iter().enumerate() {
            if let Some(j) = *m {
                g.old_group[i] = Some(g.groups.len());
                g.new_group[j] = Some(g.groups.len());
                g.groups.push(Group {
                    old: vec![i],
                    new: vec![j],
                    score: scores.get(&(i, j)).copied().unwrap_or(0.0),
                });
            }
        }
        g
    }

    /// Left-over old points mostly contained in the new point of a neighbour's match.
    fn absorb_merges(&mut self, c: &Containment<'_>) {
        for i in 0..self.old_group.len() {
            if self.old_group[i].is_some() {
                continue;
            }
            let neighbours = [i.checked_sub(1), Some(i + 1), i.checked_sub(2), Some(i + 2)];
            let mut best: Option<(f32, usize)> = None;
            for n in neighbours.into_iter().flatten() {
                let Some(gid) = self.old_group.get(n).copied().flatten() else {
                    continue;
                };
                let group = &self.groups[gid];
                if group.new.len() != 1 {
                    continue;
                }
                let j = group.new[0];
                let others: Vec<&[u64]> = group
                    .old
                    .iter()
                    .map(|&o| c.old[o].words.as_slice())
                    .collect();
                let (inside, gain) = containment(
                    c.weights,
                    &c.old[i].words,
                    c.old_totals[i],
                    &c.new[j].words,
                    c.new_totals[j],
                    &others,
                );
                if inside >= CONTAINED && gain >= 0.1 && best.is_none_or(|(b, _)| inside > b) {
                    best = Some((inside, gid));
                }
            }
            if let Some((_, gid)) = best {
                let group = &mut self.groups[gid];
                group.old.push(i);
                group.old.sort_unstable();
                self.old_group[i] = Some(gid);
            }
        }
    }

    /// Left-over new points mostly contained in the old point of a neighbour's match.
    fn absorb_splits(&mut self, c: &Containment<'_>) {
        self.new_group.resize(c.new.len(), None);
        for j in 0..self.new_group.len() {
            if self.new_group[j].is_some() {
                continue;
            }
            let neighbours = [j.checked_sub(1), Some(j + 1), j.checked_sub(2), Some(j + 2)];
            let mut best: Option<(f32, usize)> = None;
            for n in neighbours.into_iter().flatten() {
                let Some(gid) = self.new_group.get(n).copied().flatten() else {
                    continue;
                };
                let group = &self.groups[gid];
                if group.old.len() != 1 {
                    continue;
                }
                let i = group.old[0];
                let others: Vec<&[u64]> = group
                    .new
                    .iter()
                    .map(|&o| c.new[o].words.as_slice())
                    .collect();
                let (inside, gain) = containment(
                    c.weights,
                    &c.new[j].words,
                    c.new_totals[j],
                    &c.old[i].words,
                    c.old_totals[i],
                    &others,
                );
                if inside >= CONTAINED && gain >= 0.1 && best.is_none_or(|(b, _)| inside > b) {
                    best = Some((inside, gid));
                }
            }
            if let Some((_, gid)) = best {
                let group = &mut self.groups[gid];
                group.new.push(j);
                group.new.sort_unstable();
                self.new_group[j] = Some(gid);
            }
        }
    }

    fn finish(mut self, old_len: usize, new_len: usize) -> Vec<Group> {
        self.new_group.resize(new_len, None);
        for i in 0..old_len {
            if self.old_group[i].is_none() {
                self.groups.push(Group {
                    old: vec![i],
                    new: vec![],
                    score: 0.0,
                });
            }
        }
        for j in 0..new_len {
            if self.new_group[j].is_none() {
                self.groups.push(Group {
                    old: vec![],
                    new: vec![j],
                    score: 0.0,
                });
            }
        }
        self.groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(groups: &[Group]) -> Vec<(Vec<usize>, Vec<usize>)> {
        let mut v: Vec<_> = groups
            .iter()
            .map(|g| (g.old.clone(), g.new.clone()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn renumbered_and_reworded_points_match_by_content() {
        let old = [
            "Ukraine's sovereignty is confirmed by all parties.",
            "The armed forces of Ukraine are capped at 600,000 personnel.",
            "A full amnesty is granted to all parties for acts during the war.",
            "Elections are held in Ukraine within 100 days of signature.",
        ];
        let new = [
            "Ukraine's sovereignty is reaffirmed by all parties.",
            "Elections are held in Ukraine as soon as possible after signature.",
            "The armed forces of Ukraine stay at 800,000 personnel in peacetime.",
        ];
        let g = align(&old, &new, &TextOptions::default());
        assert_eq!(
            pairs(&g),
            vec![
                (vec![0], vec![0]),
                (vec![1], vec![2]),
                (vec![2], vec![]),
                (vec![3], vec![1]),
            ]
        );
    }

    #[test]
    fn merge_and_split_are_found() {
        let old = [
            "The Zaporizhzhia nuclear power plant restarts under the supervision of the IAEA.",
            "Electricity from the plant is divided equally between the two countries.",
            "A humanitarian committee arranges the exchange of all prisoners and bodies, and the return of civilian detainees and children to their families.",
        ];
        let new = [
            "The Zaporizhzhia nuclear power plant restarts under the supervision of the IAEA, and electricity from the plant is divided equally between the two countries.",
            "A humanitarian committee arranges the exchange of all prisoners and bodies.",
            "The return of civilian detainees and children to their families is arranged by the committee.",
        ];
        let g = align(&old, &new, &TextOptions::default());
        assert_eq!(
            pairs(&g),
            vec![(vec![0, 1], vec![0]), (vec![2], vec![1, 2])]
        );
    }

    #[test]
    fn identical_points_pair_in_order() {
        let old = ["Reserved.", "Text one about grain.", "Reserved."];
        let new = ["Reserved.", "Reserved.", "Text one about grain."];
        let g = align(&old, &new, &TextOptions::default());
        assert_eq!(
            pairs(&g),
            vec![(vec![0], vec![0]), (vec![1], vec![2]), (vec![2], vec![1])]
        );
    }

    #[test]
    fn longest_increasing_subsequence() {
        assert_eq!(longest_increasing(&[0, 5, 1, 2, 9, 3]), vec![0, 2, 3, 5]);
        assert!(longest_increasing(&[]).is_empty());
    }
}
