//! Aligning the points of two drafts by what they say, not by their numbers.
//!
//! Words are compared by their stems ([`stem_into`]: word forms of any language meet), each
//! weighted by how few points hold it (IDF); a word is *distinctive* ([`DISTINCTIVE`],
//! [`CONTENT_LETTERS`]) when few points hold it for the size of the drafts. In drafts of a few
//! dozen points, a run of six words that three points of one draft write is a drafting
//! formula (a time limit, a reference to the agreement's signature), and its words are left
//! out of what the points are compared on (`leave_out_formulas`).
//!
//! 1. Points whose text is the same (by the comparison options) are paired first, in order
//!    (`pair_identical`). Points then left between two identical neighbours, as many on each
//!    side, that are clearly alike are paired at once (`pair_clear_in_place`).
//! 2. The rest are paired by content. Each old point is indexed by its stems and stem pairs
//!    (shingles); a new point's candidates are the old points that share its rarer keys (an
//!    inverted index: no all-pairs scoring, see `propose` and `vote`), and each candidate is
//!    judged: the IDF-weighted Dice similarity of stems blended with shingle overlap, and for
//!    an elaborated or condensed point how much of the shorter is inside the longer (`accept`).
//! 3. Pairs are taken best first (`choose`): clear matches anywhere; then weaker ones that lie
//!    on the heaviest order-keeping chain through all matches and candidates (a reworded point
//!    usually stays in place) if they share a distinctive word; then a few more that are still
//!    good though out of order (moved and reworded); then rewritten neighbours that swapped.
//! 4. Between two matched neighbours, what is left is paired in any order, or **in place** on
//!    shared distinctive words (`fill_gaps`); anywhere, two points left that share distinctive
//!    words no other point has are paired (`unique_terms`).
//! 5. A point left over whose words are mostly found in the match of a neighbour joins that
//!    match: several old points into one new point is a merge, one into several is a split.
//! 6. What is still left on both sides gets a last look (`Grouping::pair_captions`,
//!    `Grouping::pair_leftovers`, `Grouping::absorb_lone`): the same unique heading; each
//!    other's best left-over partner on shared distinctive words, anywhere (two words) or
//!    alone in the same gap or on the two sides of one matched neighbour (one word), or next
//!    to the same matched neighbour on a word no other point holds, or anywhere on such a
//!    word when the two are alike and most alike of the points left, or on one rare word
//!    and three content words when they score above chance and most alike; a point
//!    that is partly inside a neighbour's match and brings it distinctive words none of its
//!    parts has, or is almost wholly inside it (a merge or split whose parts were rewritten,
//!    or a sentence split off and restated). Last, two points left next to the same matched
//!    neighbour that each resemble the other most of all points and share a distinctive word,
//!    and a point left that resembles its neighbour's match most and brings it two distinctive
//!    words (`Grouping::pair_resembling`); between drafts in different languages, a point left
//!    and the one in its place that share the most content words there, at least two
//!    (`Grouping::pair_translated_in_place`). All weak.
//!
//! Every step after the first reads one set of features per point (`Context`): stems,
//! shingles, weights, distinctive words, captions, and one index of the points holding each
//! distinctive word (`Holders`), built once.
//!
//! Every pair records its [`Evidence`] and whether it is weak. Points that share only common
//! words are never paired: removed + added is better than a false match.
//!
//! 7. Each point left removed or added is told which points of the other draft it most
//!    resembles (`Grouping::resembling`, [`Group::resembles`]): not a pairing, a place for the
//!    reader to look before trusting that it was removed or added.
//!
//! The submodules follow that flow: `features` (what a point is read as), `context` (what
//! every step after the first reads, built once), `pairing` (steps 1 to 4) and `grouping`
//! (steps 5 to 7). The thresholds every step is tuned by are here, together.

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

use super::Evidence;
use super::thesaurus::{self, Reader, Thesaurus};
use super::words::{self, TextOptions, TokenKind, Tokens, stem_into};
use crate::script;

mod context;
mod features;
mod grouping;
mod pairing;

pub use context::*;
pub use features::*;
use grouping::*;
pub use pairing::*;

/// How many old points (those sharing the most rare shingles and words) are scored for each
/// new point.
pub const CANDIDATES: usize = 4;
/// Score at or above which a pair is taken wherever it lies.
pub const CLEAR_MATCH: f32 = 0.5;
/// Lowest score for a pair that keeps the order of the clear matches around it.
pub const IN_ORDER_MATCH: f32 = 0.15;
/// Lowest score for a pair that breaks the order around it (a moved and reworded point).
pub const OUT_OF_ORDER_MATCH: f32 = 0.35;
/// Share of a left-over point's word weight that must be found in a neighbour's match for it
/// to join that match as a merge or split.
pub const CONTAINED: f32 = 0.6;
/// Share of a left-over point's word weight that must be found in the container but in none
/// of the points already matched to it.
pub const MIN_GAIN: f32 = 0.25;
/// A lower share that is enough when the point also explains [`EXPLAINS`] of the container's
/// word weight that the container's other parts do not (a reworded part of a split).
pub const PART_CONTAINED: f32 = 0.4;
/// Share of a left-over point's word weight inside a neighbour's match for it to join that
/// match although it brings no word the match's parts lack: alone in its gap, a point that the
/// match's other side says almost whole is a part of it restated (a sentence split off).
pub const WHOLLY_INSIDE: f32 = 0.9;
/// See [`PART_CONTAINED`].
pub const EXPLAINS: f32 = 0.2;
/// Most old points a word may be held by and still bring a rival to a split's part that
/// resembles its old point most (`Grouping::split_off_resembled`), or a sixteenth of the old
/// points when that is more: a point sharing only words held more widely scores little by
/// them.
pub const RIVAL_HOLDERS: usize = 256;
/// The share of a left-over point's word weight that must be in its neighbour's match for it to
/// join that match as a rewritten part of a merge or split when it brings the match
/// [`PART_SUBJECT_WORDS`] distinctive words that none of the match's parts has (see
/// `Grouping::absorb_lone`): its subject is there, and a part rewritten as it was merged keeps
/// little else of its wording (a quarter: the subject's words and a few common ones).
pub const SUBJECT_PART_CONTAINED: f32 = 0.25;
/// Distinctive words a left-over point must bring to its neighbour's match to join it on
/// [`SUBJECT_PART_CONTAINED`]: one more than [`SUBJECT_SHARED`]. Two shared rare words name a
/// subject, but a point removed beside a rewritten neighbour is often on a related matter and
/// names that subject too (a rent cap beside a deposit cap); a point whose own three rare
/// words went into the neighbour's new text, and into none of its other parts, is in it.
pub const PART_SUBJECT_WORDS: usize = SUBJECT_SHARED + 1;
/// The share for a merge or split whose parts are not next to each other (the container is
/// one of the few points sharing the part's rarest words, `far_candidates`). A bit below
/// [`CONTAINED`]: a provision moved far into another keeps its subject's words and loses its
/// frame (`The Commission takes its decisions by consensus` inside `Each year the Commission,
/// acting by consensus, fixes ...`). Points join most inside first, so a point sharing only
/// some words with a merge does not take the place of its true part.
pub const CONTAINED_FAR: f32 = 0.55;
/// Elaboration and condensation: a point whose word weight is at least this many times that
/// of the other is compared by how much of the shorter one it holds (`Judged::cover`), not
/// by a symmetric measure (a short point inside a point four times as long has a Dice
/// coefficient of at most 0.4 however faithfully it was kept).
pub const ELABORATION_RATIO: f32 = 1.8;
/// Share of the shorter point's word weight that the longer one must hold for the pair to count
/// as elaborated or condensed (`Judged::cover`): most of what the short point says is in the
/// long one. Because a short point's common words are easily all found in a long one, the
/// subject must be there too: the same share of the short point's distinctive word weight
/// (`Judged::distinct_cover`), or [`SUBJECT_SHARED`] distinctive words.
pub const CONTAINED_PAIR: f32 = 0.6;
/// A contained pair counts with half its cover as its score: a short point wholly inside a
/// long one ranks with a clear match ([`CLEAR_MATCH`]), one 70% inside with a pair that may
/// leave its place ([`OUT_OF_ORDER_MATCH`]).
pub const COVER_WEIGHT: f32 = 0.5;
/// A word is distinctive when its weight is at least this share of the weight of a word no
/// point has: it is found in few points for the size of the drafts (at most 3 of 30, about 20
/// of 2,000), so it names what those points are about (a place, a body, a figure, a subject)
/// rather than how drafts are written ("shall", "Parties", "the").
pub const DISTINCTIVE: f32 = 0.6;
/// Distinctive words a pair below [`OUT_OF_ORDER_MATCH`] must share to be taken: points that
/// share only common words, and few of them, are left removed and added (a false "changed"
/// hides a removal).
pub const MIN_DISTINCTIVE_SHARED: usize = 1;
/// Distinctive words two points must share to be on the same subject: one shared rare word
/// can be chance, two name a subject. Required of the last old and new point left between
/// the same two matched neighbours to be paired in place however little else they share, of
/// neighbours paired as swapped on their subject alone, and (or most of its distinctive
/// words) of an elaborated or condensed pair.
pub const SUBJECT_SHARED: usize = 2;
/// Least score (`judge`) for two points left over anywhere to be paired on one shared
/// distinctive word (`Grouping::pair_leftovers`, second round, weak), when they are each
/// other's best partner, stand out among the points left over ([`LEFT_OVER_MARGIN`]), and
/// share [`MOVED_CONTENT`] content words: a point moved and reworded keeps its subject's
/// rarest word, though other points name it too, and its subject's common words (`Lissaria reports
/// each year to the Board on its projects` and `Every year the Board hears from Lissaria's
/// government how the projects there are advancing`). Above [`IN_ORDER_MATCH`], which a
/// pair keeping its place needs: out of place, one rare word shared by chance is likelier.
/// Counted over the realistic corpora's left-overs when it was written (thirty-fourth
/// session, with a held-out set): of the pairs each other's best on one rare word, those
/// under 0.18 were chance 44 times in 54, those above true 5 times in 6; with the content
/// words and the margin required, 3 true pairs and no false one, and in the generated drafts
/// and chains none (without the margin, 5 chance pairs in them).
pub const LEFT_OVER_MATCH: f32 = 0.18;
/// Content words (stems of [`CONTENT_LETTERS`] letters or more, figures) two points paired on
/// [`LEFT_OVER_MATCH`] share, the rare one among them: a shared name and the frame of a
/// sentence (`The Board shall`) are what unrelated points of one agreement have in common.
pub const MOVED_CONTENT: usize = 3;
/// How many times better than either point's best score with any other point left over a
/// pair on [`LEFT_OVER_MATCH`] must score. Among generated clauses of one vocabulary (long,
/// many points left) a chance pair of each other's best scores high and barely above the
/// next (1.01 to 1.09 times it, in the generated corpora); a point moved and reworded stands
/// out among the few left over (1.45 to 2.7 times the next, in the realistic corpora).
pub const LEFT_OVER_MARGIN: f32 = 1.25;
/// How many more points one side of a gap may have left than the other for pairs to be made
/// there in place: as many old as new points between two matched neighbours were most likely
/// rewritten where they stood, and one point is often added (or dropped) beside the one
/// rewritten; with more on one side, the place no longer says which is which.
pub const IN_PLACE_EXTRA: usize = 1;
/// Most old × new point pairs scored in one gap between matched neighbours (every pair of the
/// gap is scored, so a gap is bounded to keep the work linear).
pub const GAP_PAIRS: usize = 64;

/// How many times the best score of either point with any other point left in its gap a pair
/// must score to be paired for standing out there (`Grouping::pair_standing_out`).
pub const STANDS_OUT: f32 = 3.0;

/// Fewest content words an old and a new point left alone in a gap share to be paired there
/// (`Grouping::pair_alone_alike`).
pub const ALONE_SHARED: usize = 2;
/// Least part of the shorter point's content words that an old and a new point left alone in
/// a gap share to be paired there (`Grouping::pair_alone_alike`).
pub const ALONE_SHARED_PART: f32 = 0.5;
/// Most content words of the shorter of an old and a new point left alone in a gap for them
/// to be paired there on [`ALONE_SHARED_PART`] (`Grouping::pair_alone_alike`).
pub const ALONE_SHORT: usize = 12;

/// Fewest content words (stems of [`CONTENT_LETTERS`] letters or more, figures, thesaurus
/// concepts, cognates) an old and a new point left in one gap of drafts in different languages
/// share to be paired there as a translation (`Grouping::pair_translated_in_place`).
pub const TRANSLATED_SHARED: usize = 2;

/// Least score (`judge`) of a point of the other side that a removed or added point is said
/// to resemble ([`Group::resembles`]).
pub const RESEMBLES: f32 = 0.1;

/// Most points a removed or added point is said to resemble.
pub const RESEMBLES_MAX: usize = 2;

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
    /// Why the points were paired; `None` for removed and added points.
    pub evidence: Option<Evidence>,
    /// The pair rests on weak evidence (a reader should check it).
    pub weak: bool,
    /// For a removed or added point, the points of the other side most like it, best first
    /// (at most [`RESEMBLES_MAX`]): where a reader should look before trusting that it was
    /// removed or added (a rewrite the evidence was too thin to pair). Empty for paired points.
    pub resembles: Vec<usize>,
}

/// Aligns old points with new points. Groups come out in no particular order.
pub fn align(old: &[&str], new: &[&str], options: &TextOptions) -> Vec<Group> {
    align_telling_languages(old, new, options).0
}

/// [`align`], and whether the drafts are in different languages as the alignment read them
/// ([`other_languages`], unless half their points are identical: then their words are also
/// read by their consonants, [`cognate_key`]), which a comparison reports.
pub fn align_telling_languages(
    old: &[&str],
    new: &[&str],
    options: &TextOptions,
) -> (Vec<Group>, bool) {
    // 1. Identical texts.
    let mut matches = pair_identical(old, new, options);
    in_context(old, new, &mut matches, |ctx, matches| {
        // 2. Points reworded where they stood, then the candidates of each new point.
        pair_clear_in_place(matches, ctx);
        let candidates = propose(ctx, matches);

        // 3. Pairs taken from the candidates, then what is left between matched neighbours,
        // then points still left that share distinctive words no other point has.
        choose(matches, &candidates);
        fill_gaps(matches, ctx);
        for (i, j) in unique_terms(matches, ctx) {
            let score = ctx.judge(i, j).score;
            matches.take(i, j, score, Evidence::Similar, true);
        }

        // 4. Merges and splits, then the groups.
        let mut groups = Grouping::new(matches);
        groups.absorb(ctx, 0);
        groups.absorb(ctx, 1);
        groups.split_off_resembled(ctx);
        // 5. Points still left on both sides: the same unique caption, or each other's best
        // partner on the subject (shared distinctive words).
        groups.pair_captions(ctx);
        groups.pair_leftovers(ctx);
        // 6. Merges and splits whose parts were rewritten, where nothing else is left.
        groups.absorb_lone(ctx);
        groups.pair_standing_out(ctx);
        groups.pair_alone_alike(ctx);
        // 7. Points left that each resemble the other most, on a rare word; between drafts in
        // different languages, a point and its translation where they stand.
        groups.pair_resembling(ctx);
        if ctx.other_languages {
            groups.pair_translated_in_place(ctx);
        }
        (groups.finish(ctx), ctx.other_languages)
    })
}

#[cfg(test)]
mod tests;
