//! Steps 1 to 4: identical points, points reworded in place, the candidates of each new
//! point and the pairs chosen from them, what is left between matched neighbours, and points
//! sharing words no other point has ([`Matches`]).

use super::*;

/// Step 1: points whose texts are the same (by `options`), paired in order: each text's hash
/// maps to its first unpaired old point, and the old points that share a hash are chained.
pub(super) fn pair_identical(old: &[&str], new: &[&str], options: &TextOptions) -> Matches {
    let (old_exact, new_exact): (Vec<u64>, Vec<u64>) = rayon::join(
        || old.par_iter().map(|t| exact_hash(t, options)).collect(),
        || new.par_iter().map(|t| exact_hash(t, options)).collect(),
    );
    let mut matches = Matches {
        old: vec![None; old.len()],
        new: vec![None; new.len()],
        score: vec![0.0; old.len()],
        evidence: vec![(Evidence::Identical, false); old.len()],
    };
    let mut first: FxHashMap<u64, usize> = FxHashMap::default();
    first.reserve(old.len());
    let mut next_same: Vec<Option<usize>> = vec![None; old.len()];
    for (i, &h) in old_exact.iter().enumerate().rev() {
        next_same[i] = first.insert(h, i);
    }
    for (j, h) in new_exact.iter().enumerate() {
        if let Some(slot) = first.get_mut(h) {
            let i = *slot;
            matches.take(i, j, 1.0, Evidence::Identical, false);
            match next_same[i] {
                Some(next) => *slot = next,
                None => {
                    first.remove(h);
                }
            }
        }
    }
    matches
}

/// Most points left on each side of a gap between two identical neighbours for those of the
/// gap that are clearly alike to be paired before the candidate voting
/// (`pair_clear_in_place`): a few neighbouring points reworded where they stood, as many on
/// each side. Every pair of the gap is judged, so the gap is kept small (at most nine pairs).
pub const IN_PLACE_GAP: usize = 3;

/// Step 2a: in a gap between two identical neighbours with as many points left on each side
/// (at most [`IN_PLACE_GAP`]), the pairs alike enough to be taken anywhere ([`CLEAR_MATCH`])
/// are paired at once, best first: points reworded where they stood, the commonest change.
/// Only the other new points then vote for candidates in step 2 (on a large draft with
/// scattered edits, a small share of them).
pub(super) fn pair_clear_in_place(matches: &mut Matches, c: &Context<'_>) {
    let pairs: Vec<(usize, usize, f32, Evidence, bool)> = matches
        .gaps()
        .into_par_iter()
        .filter(|(olds, news)| olds.len() == news.len() && olds.len() <= IN_PLACE_GAP)
        .flat_map_iter(|(olds, news)| {
            // Every pair of the gap, best first; each point taken once.
            let mut judged: Vec<(usize, usize, f32, Evidence, bool)> = Vec::new();
            for &i in &olds {
                for &j in &news {
                    let jd = c.judge(i, j);
                    if let Some((score, evidence, weak)) =
                        accept(&jd).filter(|a| a.0 >= CLEAR_MATCH)
                    {
                        judged.push((i, j, score, evidence, weak));
                    }
                }
            }
            judged.sort_unstable_by(|a, b| {
                b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1))
            });
            let (mut used_old, mut used_new) = (Vec::new(), Vec::new());
            judged.retain(|t| {
                let free = !used_old.contains(&t.0) && !used_new.contains(&t.1);
                if free {
                    used_old.push(t.0);
                    used_new.push(t.1);
                }
                free
            });
            judged
        })
        .collect();
    for (i, j, score, evidence, weak) in pairs {
        matches.take(i, j, score, evidence, weak);
    }
}

/// Step 2, candidate voting: for each new point not yet matched (`matched_new`), the old
/// points that share the most of its rarer keys ([`vote`], over an inverted index of the old
/// points' stems and shingles: no all-pairs scoring), each judged (`judge`) and kept if
/// `accept` takes it, or, as an `in_place_only` candidate, if the two share
/// [`SUBJECT_SHARED`] distinctive words. Best first; of equal scores (near-identical points),
/// the one nearest its expected place.
pub(super) fn propose(c: &Context<'_>, matches: &Matches) -> Vec<Candidate> {
    let (old_len, new_len) = (c.old.len(), c.new.len());
    let matched_new = &matches.new;
    // Every point that was not identical is indexed (also those paired in place already:
    // they still compete as candidates), and counts in the cap, a measure of the drafts' size.
    let postings = c.postings;
    let unmatched_old = c.old.iter().filter(|f| !f.words.is_empty()).count();
    // Keys in at most `cap` unmatched points vote; so do a point's rarest few, however common.
    let cap = 16 + (unmatched_old as f64).sqrt() as usize;
    let mut candidates: Vec<Candidate> = (0..new_len)
        .into_par_iter()
        .filter(|&j| matched_new[j].is_none() && unmatched_old > 0)
        .map_init(
            || (vec![0f32; old_len], Vec::<usize>::new()),
            |(votes, touched), j| {
                let f = &c.new[j];
                // Where the counterpart would be if nothing moved.
                let near = j * old_len / new_len.max(1);
                let mut lists: Vec<&[u32]> = f
                    .shingles
                    .iter()
                    .copied()
                    .chain(f.words.iter().map(|&w| w ^ WORD_KEY))
                    .filter_map(|key| postings.range(key))
                    .map(|range| postings.points(range))
                    .collect();
                vote(&mut lists, cap, near, votes, touched)
                    .into_iter()
                    .filter_map(|i| {
                        let judged = c.judge(i, j);
                        let off = i.abs_diff(near);
                        let taken = accept(&judged).map(|(eff, evidence, weak)| Candidate {
                            score: eff,
                            old: i,
                            new: j,
                            off,
                            distinct: judged.distinct,
                            evidence,
                            weak,
                            in_place_only: false,
                        });
                        // Too little in common to be taken anywhere, but on the same subject:
                        // enough beside a matched neighbour (a swap).
                        taken.or((judged.distinct >= SUBJECT_SHARED).then_some(Candidate {
                            score: judged.score,
                            old: i,
                            new: j,
                            off,
                            distinct: judged.distinct,
                            evidence: Evidence::InPlace,
                            weak: true,
                            in_place_only: true,
                        }))
                    })
                    .collect::<Vec<_>>()
            },
        )
        .flatten()
        .collect();
    candidates.sort_unstable_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.off.cmp(&b.off))
            .then(a.old.cmp(&b.old))
            .then(a.new.cmp(&b.new))
    });
    candidates
}

/// How far an old point lies from where a new point's counterpart is expected: from the old
/// places of the new point's nearest matched neighbours before and after it, so that a block
/// of points inserted or removed elsewhere does not make a point far.
struct Apart {
    /// For each new point, the old place of the nearest matched new point before it and after
    /// it, if any.
    pub(super) before: Vec<Option<usize>>,
    pub(super) after: Vec<Option<usize>>,
}

impl Apart {
    pub(super) fn new(matched: &[Option<usize>]) -> Self {
        let mut before = Vec::with_capacity(matched.len());
        let mut last = None;
        for m in matched {
            before.push(last);
            last = m.or(last);
        }
        let mut after = vec![None; matched.len()];
        let mut next = None;
        for (j, m) in matched.iter().enumerate().rev() {
            after[j] = next;
            next = m.or(next);
        }
        Apart { before, after }
    }

    /// How many points old point `i` lies from the old place of the nearer of its new point
    /// `j`'s matched neighbours (none matched: 0, nothing to be far from). The nearer, not the
    /// span between them: a neighbour may itself have moved far.
    pub(super) fn of(&self, i: usize, j: usize) -> usize {
        match (self.before[j], self.after[j]) {
            (Some(a), Some(b)) => i.abs_diff(a).min(i.abs_diff(b)),
            (Some(a), None) | (None, Some(a)) => i.abs_diff(a),
            (None, None) => 0,
        }
    }
}

/// A candidate scoring less than this share of another candidate of its old or new point that
/// could still be taken out of order (both its points free, scoring [`OUT_OF_ORDER_MATCH`] or
/// more) does not join the order-keeping chain.
pub const OUTDONE: f32 = 0.5;

/// Step 3, pairs taken from the candidates (best first): clear matches ([`CLEAR_MATCH`])
/// anywhere; then the weaker ones on the heaviest order-keeping chain through all matches and
/// free candidates (each weighted by its score; one far outscored by another candidate of its
/// old or new point, [`OUTDONE`], stays out: keeping the order does not make a chance pair
/// beat the point's rewritten counterpart that moved past a neighbour); then good out-of-order ones
/// ([`OUT_OF_ORDER_MATCH`]), sharing the subject ([`SUBJECT_SHARED`] distinctive words) when
/// they lie more than [`FAR_MOVE`] points from where their matched neighbours put them
/// ([`Apart`]); then rewritten neighbours that swapped places: a candidate whose
/// old point's neighbour is matched to its new point's neighbour on the other side (old i + 1
/// with new j - 1, or old i - 1 with new j + 1) crosses only that pair, so the chain kept one
/// of the two.
pub(super) fn choose(matches: &mut Matches, candidates: &[Candidate]) {
    for c in candidates.iter().filter(|c| c.score >= CLEAR_MATCH) {
        matches.take_candidate(c);
    }
    let mut pairs: Vec<(f32, usize, usize)> = matches
        .old
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.map(|j| (matches.score[i], i, j)))
        .collect();
    // The best score of any candidate of each old and each new point that may still be
    // taken (both its points free).
    let mut best_old = vec![0f32; matches.old.len()];
    let mut best_new = vec![0f32; matches.new.len()];
    for c in candidates
        .iter()
        .filter(|c| !c.in_place_only && matches.free(c.old, c.new))
    {
        best_old[c.old] = best_old[c.old].max(c.score);
        best_new[c.new] = best_new[c.new].max(c.score);
    }
    let outdone = |c: &Candidate| {
        let better = best_old[c.old].max(best_new[c.new]);
        better >= OUT_OF_ORDER_MATCH && c.score < OUTDONE * better
    };
    let free: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| !c.in_place_only && matches.free(c.old, c.new) && !outdone(c))
        .collect();
    let first_free = pairs.len();
    pairs.extend(free.iter().map(|c| (c.score, c.old, c.new)));
    for k in heaviest_chain(&pairs, matches.old.len()) {
        if k >= first_free {
            matches.take_candidate(free[k - first_free]);
        }
    }
    let apart = Apart::new(&matches.new);
    for c in candidates.iter().filter(|c| {
        c.score >= OUT_OF_ORDER_MATCH
            && (apart.of(c.old, c.new) <= FAR_MOVE || c.distinct >= SUBJECT_SHARED)
    }) {
        matches.take_candidate(c);
    }
    for c in candidates {
        let (i, j) = (c.old, c.new);
        let crosses = |di: isize, dj: isize| {
            let (Some(oi), Some(nj)) = (i.checked_add_signed(di), j.checked_add_signed(dj)) else {
                return false;
            };
            matches.old.get(oi).copied().flatten() == Some(nj)
        };
        if matches.free(i, j) && (crosses(1, -1) || crosses(-1, 1)) {
            // Evidence as judged: in place when only the shared subject speaks for it.
            matches.take(i, j, c.score, c.evidence, true);
        }
    }
}

/// What a pair of points shares, measured several ways.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Judged {
    /// Symmetric similarity in [0, 1]: the mean of the IDF-weighted Dice coefficient of the
    /// two points' stems and the Dice coefficient of their shingles (stem pairs). Words say
    /// what a point is about; shingles tell a reworded point from another point on the same
    /// subject.
    pub(super) score: f32,
    /// Share of the shorter point's word weight found in the longer one.
    pub(super) cover: f32,
    /// The longer point's word weight over the shorter one's (at least 1).
    pub(super) ratio: f32,
    /// How many distinctive words ([`DISTINCTIVE`]) the two share.
    pub(super) distinct: usize,
    /// Share of the shorter point's distinctive word weight found in the longer one (0 when
    /// it has no distinctive word, and left 0 when the two are of about the same weight,
    /// below [`ELABORATION_RATIO`], where it is not used).
    pub(super) distinct_cover: f32,
}

/// Measures a pair of points.
pub(super) fn judge(w: &Weights, a: &Features, a_total: f32, b: &Features, b_total: f32) -> Judged {
    let (mut i, mut j, mut shared, mut shared_distinct, mut distinct) = (0, 0, 0.0, 0.0, 0);
    while i < a.words.len() && j < b.words.len() {
        let (x, y) = (a.words[i], b.words[j]);
        if x == y {
            let wt = a.weights[i];
            shared += wt;
            if w.distinctive(x, wt) {
                distinct += 1;
                shared_distinct += wt;
            }
        }
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    let (short, short_total, long_total) = if a_total <= b_total {
        (a, a_total, b_total)
    } else {
        (b, b_total, a_total)
    };
    let ratio = long_total / short_total.max(f32::MIN_POSITIVE);
    // Only an elaborated or condensed pair needs the short point's distinctive weight.
    let distinct_cover = if ratio >= ELABORATION_RATIO && shared_distinct > 0.0 {
        let short_distinct: f32 = short
            .words
            .iter()
            .zip(&short.weights)
            .filter(|&(&x, &wt)| w.distinctive(x, wt))
            .map(|(_, wt)| wt)
            .sum();
        shared_distinct / short_distinct.max(f32::MIN_POSITIVE)
    } else {
        0.0
    };
    // The score, from the shared weight just summed.
    let words = 2.0 * shared / (a_total + b_total).max(f32::MIN_POSITIVE);
    let shingle_total = a.shingles.len() + b.shingles.len();
    let shingles = if shingle_total == 0 {
        words
    } else {
        2.0 * words::common_sorted(&a.shingles, &b.shingles) as f32 / shingle_total as f32
    };
    Judged {
        score: (words + shingles) / 2.0,
        cover: shared / short_total.max(f32::MIN_POSITIVE),
        ratio,
        distinct,
        distinct_cover,
    }
}

/// Whether a pair may be taken, and if so with what score, on what evidence, and whether that
/// evidence is weak:
/// - the symmetric [`Judged::score`], or, for a point elaborated or condensed (word weight
///   [`ELABORATION_RATIO`] times the other's) that holds at least [`CONTAINED_PAIR`] of the
///   shorter one, that share (scaled by [`COVER_WEIGHT`]), whichever is higher: below
///   [`IN_ORDER_MATCH`] nothing;
/// - below [`OUT_OF_ORDER_MATCH`] (a pair taken only because it keeps the order), the two must
///   share [`MIN_DISTINCTIVE_SHARED`] distinctive words;
/// - a pair below [`OUT_OF_ORDER_MATCH`] (taken only because it keeps the order) is weak.
pub(super) fn accept(j: &Judged) -> Option<(f32, Evidence, bool)> {
    let contained = if j.ratio >= ELABORATION_RATIO
        && j.cover >= CONTAINED_PAIR
        && (j.distinct_cover >= CONTAINED_PAIR || j.distinct >= SUBJECT_SHARED)
    {
        j.cover * COVER_WEIGHT
    } else {
        0.0
    };
    let eff = j.score.max(contained);
    if eff < IN_ORDER_MATCH || (eff < OUT_OF_ORDER_MATCH && j.distinct < MIN_DISTINCTIVE_SHARED) {
        return None;
    }
    let evidence = if contained > j.score {
        Evidence::Contained
    } else {
        Evidence::Similar
    };
    Some((eff, evidence, eff < OUT_OF_ORDER_MATCH))
}

/// A pair that may be taken (see `accept`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    pub(super) score: f32,
    pub(super) old: usize,
    pub(super) new: usize,
    /// How far the old point is from where the new point's counterpart would be if nothing
    /// moved (breaks ties between equal scores).
    pub(super) off: usize,
    /// How many distinctive words the two share ([`Judged::distinct`]).
    pub(super) distinct: usize,
    pub(super) evidence: Evidence,
    pub(super) weak: bool,
    /// Not acceptable on its content alone (`accept`), but the two share [`SUBJECT_SHARED`]
    /// distinctive words: taken only where the place says the rest (a swap).
    pub(super) in_place_only: bool,
}

/// How far from its expected place (in points, see `Apart`) an out-of-order pair below
/// [`CLEAR_MATCH`] may lie without sharing the subject ([`SUBJECT_SHARED`] distinctive words):
/// the farther a point jumps, the more unrelated points it passes that may share its common
/// words by chance.
pub const FAR_MOVE: usize = 50;

/// How many old points on each side of a new point's expected place a key held by too many
/// points votes for (see `vote`).
pub const NEAR_WINDOW: usize = 32;

/// Candidate voting: given the posting lists (old points holding each key, ascending) of one
/// new point's keys (shingles and words), the old points that share the most of its rare keys,
/// best first (at most [`CANDIDATES`]). Lists are taken rarest first; a key held by more than
/// `cap` points votes only if it is among the point's six rarest (so that a point made of
/// common words still finds candidates), and then only for the old points within
/// [`NEAR_WINDOW`] of `near`, the place where the new point's counterpart would be if nothing
/// moved: near-identical points (thousands sharing all but a word) cost a bounded amount each
/// and still find the one at their place. A key's vote shrinks with the log of how many points
/// hold it. `votes` (one slot per old point, all zero) and `touched` (empty) are scratch
/// space, left as they were found.
pub(super) fn vote(
    lists: &mut [&[u32]],
    cap: usize,
    near: usize,
    votes: &mut [f32],
    touched: &mut Vec<usize>,
) -> Vec<usize> {
    const RAREST: usize = 6;
    lists.sort_unstable_by_key(|l| (l.len(), l.first().copied()));
    for (k, list) in lists.iter().enumerate() {
        if list.len() > cap && k >= RAREST {
            break;
        }
        let wt = 1.0 / (1.0 + list.len() as f32).ln_1p();
        let voters: &[u32] = if list.len() > cap {
            let from = list.partition_point(|&i| (i as usize) + NEAR_WINDOW < near);
            let to = list.partition_point(|&i| (i as usize) <= near + NEAR_WINDOW);
            &list[from..to.max(from)]
        } else {
            list
        };
        for &i in voters {
            let i = i as usize;
            if votes[i] == 0.0 {
                touched.push(i);
            }
            votes[i] += wt;
        }
    }
    let by_votes = |a: &usize, b: &usize| votes[*b].total_cmp(&votes[*a]).then(a.cmp(b));
    if touched.len() > CANDIDATES {
        touched.select_nth_unstable_by(CANDIDATES, by_votes);
    }
    let top = touched.len().min(CANDIDATES);
    touched[..top].sort_unstable_by(by_votes);
    let best = touched[..top].to_vec();
    for &i in touched.iter() {
        votes[i] = 0.0;
    }
    touched.clear();
    best
}

/// Distinctive terms: pairs of an old and a new point, both still unmatched, that share at least
/// [`SUBJECT_SHARED`] distinctive words found in no other point of either draft (a name, a
/// place, a body, a figure, said once on each side), wherever they stand: the same subject,
/// however much the rest was rewritten. Each point is in at most one such pair, and none whose
/// point is more a part of a neighbour's match ([`part_of_neighbour`]): the words such a pair
/// shares are then a drafting phrase (`no later than … after the truce`), not a subject.
pub(super) fn unique_terms(matches: &Matches, c: &Context<'_>) -> Vec<(usize, usize)> {
    // Every point not paired as identical counts (those have no features, and a word they
    // hold is on both sides anyway).
    let mut shared: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for [olds, news] in c.holders.all() {
        if let (&[i], &[j]) = (olds, news) {
            let (i, j) = (i as usize, j as usize);
            if matches.free(i, j) {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&(_, n)| n >= SUBJECT_SHARED)
        .map(|(p, _)| p)
        .collect();
    pairs.sort_unstable();
    // A point in two such pairs is ambiguous: neither is taken.
    let mut per_old: FxHashMap<usize, usize> = FxHashMap::default();
    let mut per_new: FxHashMap<usize, usize> = FxHashMap::default();
    for &(i, j) in &pairs {
        *per_old.entry(i).or_default() += 1;
        *per_new.entry(j).or_default() += 1;
    }
    pairs
        .into_iter()
        .filter(|(i, j)| per_old[i] == 1 && per_new[j] == 1)
        .filter(|&(i, j)| {
            let cover = c.judge(i, j).cover;
            !part_of_neighbour(matches, c, 0, i, cover)
                && !part_of_neighbour(matches, c, 1, j, cover)
        })
        .collect()
}

/// How far past points left over like it a left-over point's nearest grouped neighbour is
/// looked for (`Grouping::beside`), and how many points of the other side may stand between
/// two such neighbours' matches for those points to count as beside it.
pub const BESIDE_REACH: usize = 4;

/// The places next to point `p` where the match of a merge's or a split's part is looked for:
/// one and two places before and after it, nearest first.
pub(super) fn near(p: usize) -> impl Iterator<Item = usize> {
    [p.checked_sub(1), Some(p + 1), p.checked_sub(2), Some(p + 2)]
        .into_iter()
        .flatten()
}

/// Whether point `p` of side `part`, still unmatched, is more a part of the match of one of its
/// neighbours (up to two places away) than `cover` says it is of another point: at least
/// [`CONTAINED`] of its word weight inside that match's point, [`MIN_GAIN`] of it found in no
/// point already matched to it (a part merged into a neighbour, or split off from it).
fn part_of_neighbour(matches: &Matches, c: &Context<'_>, part: Side, p: usize, cover: f32) -> bool {
    let (mine, parts_f, whole_f, parts_t) = if part == 0 {
        (&matches.old, c.old, c.new, c.old_totals)
    } else {
        (&matches.new, c.new, c.old, c.new_totals)
    };
    near(p)
        .filter_map(|n| mine.get(n).copied().flatten().map(|w| (n, w)))
        .any(|(n, w)| {
            let (inside, gain) = containment(
                c.weights,
                &parts_f[p].words,
                parts_t[p],
                &whole_f[w].words,
                &[parts_f[n].words.as_slice()],
            );
            inside >= CONTAINED && gain >= MIN_GAIN && inside > cover
        })
}

/// Of `pairs` (old, new), sorted by old, the ones on a longest chain rising in both drafts
/// (of equally long chains, the one whose pairs travelled least), in order: the anchors
/// between which gaps lie. Moved pairs are not anchors.
pub(super) fn order_anchors(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let seq: Vec<usize> = pairs.iter().map(|p| p.1).collect();
    let travel: Vec<usize> = pairs.iter().map(|&(i, j)| i.abs_diff(j)).collect();
    let mut anchors: Vec<(usize, usize)> = longest_increasing_by(&seq, &travel)
        .into_iter()
        .map(|k| pairs[k])
        .collect();
    anchors.sort_unstable();
    anchors
}

/// Pairs the points left between two matched neighbours (consecutive matches that keep the
/// order, and before the first and after the last): there a reworded point is where its
/// original was, or swapped with its neighbour.
///
/// In each gap (at most [`GAP_PAIRS`] old × new pairs), every pair is judged; pairs that
/// `accept` takes are paired best first whatever their order inside the gap (a swap). Then,
/// when the points left on the two sides differ in number by at most [`IN_PLACE_EXTRA`], an
/// old and a new point that share [`SUBJECT_SHARED`] distinctive words, when neither shares as many with
/// any other point left in the gap, are paired **in place**:
/// rewritten almost entirely, but on the same subject and in the same place. Such a pair is
/// always marked weak.
pub(super) fn fill_gaps(matches: &mut Matches, c: &Context<'_>) {
    for (olds, news) in matches.gaps() {
        if olds.len() * news.len() > GAP_PAIRS {
            continue;
        }
        let mut judged: Vec<(usize, usize, Judged)> = Vec::new();
        for &i in &olds {
            for &j in &news {
                judged.push((i, j, c.judge(i, j)));
            }
        }
        let mut taken: Vec<Candidate> = judged
            .iter()
            .filter_map(|&(i, j, ref jd)| {
                accept(jd).map(|(score, evidence, weak)| Candidate {
                    score,
                    old: i,
                    new: j,
                    off: 0,
                    distinct: jd.distinct,
                    evidence,
                    weak,
                    in_place_only: false,
                })
            })
            .collect();
        taken.sort_unstable_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.old.cmp(&b.old))
                .then(a.new.cmp(&b.new))
        });
        for cand in &taken {
            matches.take_candidate(cand);
        }
        // In place: an old and a new point left in the gap that are each other's only
        // partner there sharing distinctive words.
        let on_subject = |i: usize, j: usize| {
            matches.free(i, j)
                && judged
                    .iter()
                    .any(|t| t.0 == i && t.1 == j && t.2.distinct >= SUBJECT_SHARED)
        };
        let mut in_place: Vec<(usize, usize, f32)> = Vec::new();
        let left = |side: &[usize], free: &dyn Fn(usize) -> bool| {
            side.iter().filter(|&&p| free(p)).count()
        };
        let (left_old, left_new) = (
            left(&olds, &|i| matches.old[i].is_none()),
            left(&news, &|j| matches.new[j].is_none()),
        );
        if left_old.min(left_new) == 0 || left_old.abs_diff(left_new) > IN_PLACE_EXTRA {
            continue;
        }
        for &i in &olds {
            let partners: Vec<usize> = news.iter().copied().filter(|&j| on_subject(i, j)).collect();
            if let &[j] = partners.as_slice()
                && olds.iter().filter(|&&o| on_subject(o, j)).count() == 1
                && let Some(&(_, _, jd)) = judged.iter().find(|t| t.0 == i && t.1 == j)
            {
                in_place.push((i, j, jd.score));
            }
        }
        for (i, j, score) in in_place {
            matches.take(i, j, score, Evidence::InPlace, true);
        }
        for (i, j, score) in in_order(matches, &olds, &news, &judged) {
            matches.take(i, j, score, Evidence::InPlace, true);
        }
        for (i, j, score) in closest_in_order(matches, &olds, &news, &judged) {
            matches.take(i, j, score, Evidence::InPlace, true);
        }
    }
}

/// Lowest similarity of each pair in a run paired by `closest_in_order`: about one word in
/// eight of the two points' weight shared, the level of two points on one subject written
/// afresh (a figure or a term changed, the rest reworded).
pub const CLOSEST_RUN_SCORE: f32 = 0.12;

/// A run of neighbours rewritten where they stood, on their subjects but in other words (a
/// counter-proposal answering each point of the other side's in turn): when at least two old
/// points left in a gap are each the closest there of a new point left in it that is closest
/// to them in turn (at [`CLOSEST_RUN_SCORE`] or more), and those pairs keep their order, they
/// are paired in order. One such pair alone is chance (a point dropped beside one added on
/// the same subject is common); two or more, each the other's closest and in the order of
/// the drafts, are the place and the words agreeing.
pub(super) fn closest_in_order(
    matches: &Matches,
    olds: &[usize],
    news: &[usize],
    judged: &[(usize, usize, Judged)],
) -> Vec<(usize, usize, f32)> {
    let (olds, news) = matches.left_in(olds, news);
    let score = |i: usize, j: usize| {
        judged
            .iter()
            .find(|t| t.0 == i && t.1 == j)
            .map_or(0.0, |t| t.2.score)
    };
    // The first of equally close points, so that ties pick no pair by chance.
    let closest = |from: usize, among: &[usize], of: &dyn Fn(usize, usize) -> f32| {
        among
            .iter()
            .copied()
            .fold(None, |best: Option<(usize, f32)>, k| match best {
                Some((_, s)) if s >= of(from, k) => best,
                _ => Some((k, of(from, k))),
            })
    };
    let mut run = Vec::new();
    for &i in &olds {
        let Some((j, s)) = closest(i, &news, &|i, j| score(i, j)) else {
            continue;
        };
        if s >= CLOSEST_RUN_SCORE && closest(j, &olds, &|j, i| score(i, j)).map(|t| t.0) == Some(i)
        {
            run.push((i, j, s));
        }
    }
    let in_order = run.windows(2).all(|w| w[0].1 < w[1].1);
    if run.len() >= 2 && in_order {
        run
    } else {
        Vec::new()
    }
}

/// Most points on each side of a gap paired in order by `in_order`.
pub const IN_ORDER_POINTS: usize = 3;

/// A run of neighbouring points rewritten where they stood: when the points still left in a
/// gap are as many on each side (two to [`IN_ORDER_POINTS`]), and the k-th old and the k-th
/// new point share a distinctive word for every k, pairing them in order is the reading that
/// the place and the words agree on, if no other one-to-one pairing of the gap scores higher.
/// One shared rare word is chance for one pair; in every pair of a run, in order, it is not.
fn in_order(
    matches: &Matches,
    olds: &[usize],
    news: &[usize],
    judged: &[(usize, usize, Judged)],
) -> Vec<(usize, usize, f32)> {
    let (olds, news) = matches.left_in(olds, news);
    let n = olds.len();
    if n != news.len() || !(2..=IN_ORDER_POINTS).contains(&n) {
        return Vec::new();
    }
    let of = |i: usize, j: usize| judged.iter().find(|t| t.0 == i && t.1 == j).map(|t| t.2);
    let mut diagonal = Vec::with_capacity(n);
    for (&i, &j) in olds.iter().zip(&news) {
        match of(i, j) {
            Some(jd) if jd.distinct >= MIN_DISTINCTIVE_SHARED => diagonal.push((i, j, jd.score)),
            _ => return Vec::new(),
        }
    }
    let total = |perm: &[usize]| -> f32 {
        perm.iter()
            .enumerate()
            .map(|(k, &m)| of(olds[k], news[m]).map_or(0.0, |jd| jd.score))
            .sum()
    };
    let in_order_total: f32 = diagonal.iter().map(|t| t.2).sum();
    let mut perm: Vec<usize> = (0..n).collect();
    let beaten = permutations(&mut perm, 0, &mut |p| total(p) > in_order_total);
    if beaten { Vec::new() } else { diagonal }
}

/// Whether `test` holds for some permutation of `perm[k..]` (with `perm[..k]` kept), trying
/// each one in place.
fn permutations(perm: &mut [usize], k: usize, test: &mut dyn FnMut(&[usize]) -> bool) -> bool {
    if k == perm.len() {
        return test(perm);
    }
    for m in k..perm.len() {
        perm.swap(k, m);
        let found = permutations(perm, k + 1, test);
        perm.swap(k, m);
        if found {
            return true;
        }
    }
    false
}

/// The one-to-one matches made so far, with their scores.
pub(super) struct Matches {
    pub(super) old: Vec<Option<usize>>,
    pub(super) new: Vec<Option<usize>>,
    /// The score of each old point's match.
    pub(super) score: Vec<f32>,
    /// The evidence of each old point's match, and whether it is weak.
    pub(super) evidence: Vec<(Evidence, bool)>,
}

impl Matches {
    /// The points left unmatched between two matches that keep the order (those on a longest
    /// chain rising in both drafts: moved points are not anchors), before the first and after
    /// the last: (old points, new points) of each gap with points left on both sides.
    pub(super) fn gaps(&self) -> Vec<(Vec<usize>, Vec<usize>)> {
        let pairs: Vec<(usize, usize)> = self
            .old
            .iter()
            .enumerate()
            .filter_map(|(i, m)| m.map(|j| (i, j)))
            .collect();
        let mut anchors = order_anchors(&pairs);
        anchors.insert(0, (usize::MAX, usize::MAX));
        anchors.push((self.old.len(), self.new.len()));
        let mut gaps = Vec::new();
        for w in anchors.windows(2) {
            let ((i0, j0), (i1, j1)) = (w[0], w[1]);
            let (from_old, from_new) = (i0.wrapping_add(1), j0.wrapping_add(1));
            if from_new > j1 || from_old >= i1 || from_new >= j1 {
                continue;
            }
            let olds: Vec<usize> = (from_old..i1).filter(|&i| self.old[i].is_none()).collect();
            let news: Vec<usize> = (from_new..j1).filter(|&j| self.new[j].is_none()).collect();
            if !olds.is_empty() && !news.is_empty() {
                gaps.push((olds, news));
            }
        }
        gaps
    }

    /// Of a gap's old and new points, those still unmatched.
    fn left_in(&self, olds: &[usize], news: &[usize]) -> (Vec<usize>, Vec<usize>) {
        (
            olds.iter()
                .copied()
                .filter(|&i| self.old[i].is_none())
                .collect(),
            news.iter()
                .copied()
                .filter(|&j| self.new[j].is_none())
                .collect(),
        )
    }

    pub(super) fn free(&self, i: usize, j: usize) -> bool {
        self.old[i].is_none() && self.new[j].is_none()
    }

    /// Pairs old `i` with new `j` if both are still free.
    pub(super) fn take(&mut self, i: usize, j: usize, score: f32, evidence: Evidence, weak: bool) {
        if self.free(i, j) {
            self.old[i] = Some(j);
            self.new[j] = Some(i);
            self.score[i] = score;
            self.evidence[i] = (evidence, weak);
        }
    }

    fn take_candidate(&mut self, c: &Candidate) {
        self.take(c.old, c.new, c.score, c.evidence, c.weak);
    }
}

/// Indices of the pairs `(weight, old, new)` that form the heaviest chain rising in both old
/// and new positions (so each old and each new point is used once). O(P log N): pairs taken
/// in new order, best chain weights kept in a Fenwick tree over old positions.
pub(super) fn heaviest_chain(pairs: &[(f32, usize, usize)], old_len: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_unstable_by_key(|&k| (pairs[k].2, pairs[k].1));
    // tree[i] covers old positions below i: the best (weight, last pair) of chains ending there.
    let mut tree: Vec<(f32, Option<usize>)> = vec![(0.0, None); old_len + 1];
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    let mut total: Vec<f32> = vec![0.0; pairs.len()];
    let mut best_end: (f32, Option<usize>) = (0.0, None);
    let mut start = 0;
    while start < order.len() {
        // Every pair of one new point is scored before any is added: a chain uses it once.
        let j = pairs[order[start]].2;
        let end = start
            + order[start..]
                .iter()
                .take_while(|&&k| pairs[k].2 == j)
                .count();
        for &k in &order[start..end] {
            let mut i = pairs[k].1;
            let mut best = (0.0f32, None);
            while i > 0 {
                if tree[i].0 > best.0 {
                    best = tree[i];
                }
                i &= i - 1;
            }
            prev[k] = best.1;
            total[k] = best.0 + pairs[k].0;
        }
        for &k in &order[start..end] {
            if total[k] > best_end.0 {
                best_end = (total[k], Some(k));
            }
            let mut i = pairs[k].1 + 1;
            while i <= old_len {
                if total[k] > tree[i].0 {
                    tree[i] = (total[k], Some(k));
                }
                i += i & i.wrapping_neg();
            }
        }
        start = end;
    }
    let mut chain = Vec::new();
    let mut cur = best_end.1;
    while let Some(k) = cur {
        chain.push(k);
        cur = prev[k];
    }
    chain
}

/// Indices of a longest strictly increasing subsequence of `seq` (distinct values) that, of all
/// the longest, has the least total `cost`. O(n log n) with a Fenwick tree over the values.
pub fn longest_increasing_by(seq: &[usize], cost: &[usize]) -> Vec<usize> {
    let size = seq.iter().max().map_or(0, |&m| m + 1);
    // Best chain ending at a value below v: (length, -cost, index).
    type Best = (usize, i64, Option<usize>);
    let mut tree: Vec<Best> = vec![(0, 0, None); size + 1];
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    let mut end: Best = (0, 0, None);
    for (k, &v) in seq.iter().enumerate() {
        let mut best: Best = (0, 0, None);
        let mut i = v;
        while i > 0 {
            if (tree[i].0, tree[i].1) > (best.0, best.1) {
                best = tree[i];
            }
            i &= i - 1;
        }
        prev[k] = best.2;
        let here: Best = (best.0 + 1, best.1 - cost[k] as i64, Some(k));
        if (here.0, here.1) > (end.0, end.1) {
            end = here;
        }
        let mut i = v + 1;
        while i <= size {
            if (here.0, here.1) > (tree[i].0, tree[i].1) {
                tree[i] = here;
            }
            i += i & i.wrapping_neg();
        }
    }
    let mut out = Vec::with_capacity(end.0);
    let mut cur = end.2;
    while let Some(k) = cur {
        out.push(k);
        cur = prev[k];
    }
    out.reverse();
    out
}
