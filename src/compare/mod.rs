//! Comparing two drafts: aligned points ([`align`]), their word-level differences ([`words`])
//! and what changed in substance ([`substance`]).

pub mod align;
pub mod history;
pub mod manual;
pub mod substance;
pub mod thesaurus;
pub mod words;

use std::borrow::Cow;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::draft::{Draft, PointKind};
pub use words::{Span, SpanKind, TextOptions};

/// What happened to a point (or group of points) between the old and the new draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Same text (by the comparison options).
    Unchanged,
    /// Reworded.
    Changed,
    /// Several old points became one new point.
    Merged,
    /// One old point became several new points.
    Split,
    /// In the old draft only.
    Removed,
    /// In the new draft only.
    Added,
}

impl Status {
    /// Every status, in the order reports list them.
    pub const ALL: [Status; 6] = [
        Status::Unchanged,
        Status::Changed,
        Status::Merged,
        Status::Split,
        Status::Removed,
        Status::Added,
    ];

    /// The lower-case name used in JSON and on screen (`"removed"`).
    pub fn name(self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::Changed => "changed",
            Status::Merged => "merged",
            Status::Split => "split",
            Status::Removed => "removed",
            Status::Added => "added",
        }
    }
}

/// Why the points of a row were paired (see the README, "How points are aligned").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Evidence {
    /// The same text (by the comparison options).
    #[serde(rename = "identical")]
    Identical,
    /// Many of the same words and phrases, in any word form and order.
    #[serde(rename = "similar")]
    Similar,
    /// The shorter point's words are mostly inside the longer one (elaborated or condensed).
    #[serde(rename = "contained")]
    Contained,
    /// The last points left between the same two matched neighbours, sharing distinctive words.
    #[serde(rename = "in place")]
    InPlace,
    /// An old point whose words are inside a new point that another old point was paired with.
    #[serde(rename = "merged")]
    Merged,
    /// A new point whose words are inside an old point that another new point was paired with.
    #[serde(rename = "split")]
    Split,
    /// The title with the title, the preamble with the preamble (paired by their role, not
    /// by their words).
    #[serde(rename = "same role")]
    SameRole,
    /// A reader paired (or unpaired) these points by hand; saved with the review
    /// ([`crate::review::Override`]).
    #[serde(rename = "by hand")]
    ByHand,
}

impl Evidence {
    /// The lower-case name used in JSON and reports (`"in place"`).
    pub fn name(self) -> &'static str {
        match self {
            Evidence::Identical => "identical",
            Evidence::Similar => "similar",
            Evidence::Contained => "contained",
            Evidence::InPlace => "in place",
            Evidence::Merged => "merged",
            Evidence::Split => "split",
            Evidence::SameRole => "same role",
            Evidence::ByHand => "by hand",
        }
    }
}

impl Status {
    /// The position of this status in [`Status::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One value per [`Status`], indexed by the status (`counts[Status::Removed]`), in the order
/// of [`Status::ALL`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PerStatus<T>(pub [T; 6]);

/// How many rows (or points) have each status.
pub type StatusCounts = PerStatus<usize>;

impl<T> std::ops::Index<Status> for PerStatus<T> {
    type Output = T;
    fn index(&self, status: Status) -> &T {
        &self.0[status.index()]
    }
}

impl<T> std::ops::IndexMut<Status> for PerStatus<T> {
    fn index_mut(&mut self, status: Status) -> &mut T {
        &mut self.0[status.index()]
    }
}

impl<T: Copy> PerStatus<T> {
    /// The same value for every status.
    pub fn splat(value: T) -> Self {
        PerStatus([value; 6])
    }

    /// Each status with its value, in the order of [`Status::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = (Status, T)> + '_ {
        Status::ALL.into_iter().zip(self.0.iter().copied())
    }
}

impl StatusCounts {
    /// The sum over every status.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }
}

/// One side of a comparison: the older draft (OLD) or the newer one (NEW).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    /// The older draft, on the left.
    Old,
    /// The newer draft, on the right (the default: what is annotated, what is current).
    #[default]
    New,
}

impl Side {
    /// "OLD" or "NEW", as the app and the reports write it.
    pub fn name(self) -> &'static str {
        match self {
            Side::Old => "OLD",
            Side::New => "NEW",
        }
    }

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Old => Side::New,
            Side::New => Side::Old,
        }
    }

    /// The points of `row` on this side.
    pub fn points(self, row: &Row) -> &[usize] {
        match self {
            Side::Old => &row.old,
            Side::New => &row.new,
        }
    }
}

/// One row of a comparison: the old point(s) and the new point(s) that correspond.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What happened.
    pub status: Status,
    /// The point changed its place relative to the points around it.
    pub moved: bool,
    /// Indices into the old draft's points (empty for an added point).
    pub old: Vec<usize>,
    /// Indices into the new draft's points (empty for a removed point).
    pub new: Vec<usize>,
    /// Share of words common to both sides in [0, 1]; `None` for removed and added points.
    pub similarity: Option<f32>,
    /// The word-level diff; old text = equal + delete spans, new text = equal + insert spans.
    /// Parts of a merge or split are joined by a line break.
    pub diff: Vec<Span>,
    /// What changed in substance (figures, parties, obligations, ...), for changed, merged
    /// and split rows; empty for the others ([`substance`]).
    pub substance: Vec<substance::Finding>,
    /// Why the points were paired; `None` for removed and added points.
    pub evidence: Option<Evidence>,
    /// The pairing rests on weak evidence: a reader should check it.
    pub weak: bool,
    /// Words of the old side and other words of the new side that mean the same by the
    /// thesaurus ([`thesaurus::Thesaurus::synonyms`]): what a row reworded in other words was
    /// paired on. For changed, merged and split rows; empty for the others.
    pub synonyms: Vec<thesaurus::Synonym>,
    /// For a removed point, the new points most like it, best first; for an added point, the
    /// old ones ([`align::Group::resembles`]). Indices into the other draft's points. Where a
    /// reader should look before trusting that the point was removed or added.
    pub resembles: Vec<usize>,
}

impl Row {
    /// True for every status but unchanged, and for unchanged points that moved.
    pub fn is_change(&self) -> bool {
        self.status != Status::Unchanged || self.moved
    }
}

/// How many rows have each status; `moved` counts rows with the moved flag.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Rows with unchanged text.
    pub unchanged: usize,
    /// Reworded rows.
    pub changed: usize,
    /// Points only in the old draft.
    pub removed: usize,
    /// Points only in the new draft.
    pub added: usize,
    /// Rows that changed place (any status).
    pub moved: usize,
    /// Merges (several old points into one).
    pub merged: usize,
    /// Splits (one old point into several).
    pub split: usize,
}

impl Summary {
    /// The count for a status.
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::Unchanged => self.unchanged,
            Status::Changed => self.changed,
            Status::Merged => self.merged,
            Status::Split => self.split,
            Status::Removed => self.removed,
            Status::Added => self.added,
        }
    }
}

/// What the summary says of drafts in different languages ([`ToCheck::other_languages`]).
pub const OTHER_LANGUAGES: &str = "the drafts are in different languages: points are paired \
     only on figures, names and the thesaurus's words, so a removed point may be an added one \
     translated";

/// What a reader should check before trusting a comparison: the pairings on weak evidence
/// ([`Row::weak`]), and the removed and added points that resemble a point of the other draft
/// ([`Row::resembles`]), which may have been rewritten rather than removed or added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ToCheck {
    /// Rows paired on weak evidence.
    pub weak: usize,
    /// Removed rows that resemble a new point.
    pub removed_resembling: usize,
    /// Added rows that resemble an old point.
    pub added_resembling: usize,
    /// The drafts are in different languages ([`Comparison::other_languages`]): a removed
    /// point may be an added one translated, which nothing in the words shows.
    pub other_languages: bool,
}

impl ToCheck {
    /// The rows of `rows` to check ([`ToCheck::is_to_check`]), counted by why.
    pub fn of(rows: &[Row]) -> ToCheck {
        let mut t = ToCheck::default();
        for r in rows {
            t.weak += usize::from(ToCheck::weakly_paired(r));
            if !r.resembles.is_empty() {
                match r.status {
                    Status::Removed => t.removed_resembling += 1,
                    Status::Added => t.added_resembling += 1,
                    _ => {}
                }
            }
        }
        t
    }

    /// Whether a reader should check `row`: paired on weak evidence, or removed or added
    /// while it resembles a point of the other draft.
    pub fn is_to_check(row: &Row) -> bool {
        ToCheck::weakly_paired(row) || !row.resembles.is_empty()
    }

    /// Whether `row` pairs points on weak evidence.
    fn weakly_paired(row: &Row) -> bool {
        row.weak && row.evidence.is_some()
    }

    /// How many rows there are to check.
    pub fn total(&self) -> usize {
        self.weak + self.removed_resembling + self.added_resembling
    }

    /// In words, with the counts of `summary`, parts without a row left out: `"3 pairings on
    /// weak evidence; 6 of 10 removed points resemble a new point"`; `None` when there is
    /// nothing to check.
    pub fn line(&self, summary: &Summary) -> Option<String> {
        let mut parts = Vec::new();
        if self.other_languages {
            parts.push(OTHER_LANGUAGES.to_owned());
        }
        match self.weak {
            0 => {}
            1 => parts.push("1 pairing on weak evidence".to_owned()),
            n => parts.push(format!("{n} pairings on weak evidence")),
        }
        for (n, of, what, other) in [
            (self.removed_resembling, summary.removed, "removed", "a new"),
            (self.added_resembling, summary.added, "added", "an old"),
        ] {
            if n > 0 {
                let (points, verb) = if of == 1 {
                    ("point", "resembles")
                } else {
                    ("points", "resemble")
                };
                let verb = if n == 1 { "resembles" } else { verb };
                parts.push(format!("{n} of {of} {what} {points} {verb} {other} point"));
            }
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// The comparison of two drafts: one row per aligned point or group of points.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Rows in the reading order of the new draft; removed points stand where they stood in
    /// the old draft (after the row of the old point before them).
    pub rows: Vec<Row>,
    /// Counts per status.
    pub summary: Summary,
    /// The options the comparison was made with.
    pub options: TextOptions,
    /// The two drafts are written in different languages ([`align::other_languages`], read on
    /// their numbered points by [`align::align_telling_languages`]): only
    /// figures, names and the thesaurus's words can pair their points, and no change of a
    /// party is reported (a name translated would read as one removed and another added).
    pub other_languages: bool,
}

impl Comparison {
    /// What a reader should check before trusting this comparison ([`ToCheck`]).
    pub fn to_check(&self) -> ToCheck {
        ToCheck {
            other_languages: self.other_languages,
            ..ToCheck::of(&self.rows)
        }
    }
}

/// Compares two drafts point by point.
///
/// Points are aligned by content (see [`align`]); each aligned group gets a word diff
/// (see [`words`]). The title and the preamble are paired by kind, outside the aligner (title
/// with title, preamble with preamble; one present on one side only is removed or added), so
/// they are compared too but never paired with a numbered point. Runs in time near-linear in
/// the size of the drafts.
pub fn compare(old: &Draft, new: &Draft, options: &TextOptions) -> Comparison {
    compare_with(old, new, options, &[])
}

/// [`compare`] with a reader's corrections applied after alignment ([`manual::apply`]): the
/// rows they make say so (evidence [`Evidence::ByHand`]), also the points they left
/// unmatched. Decisions with a [`manual::Decision::problem`] are skipped.
pub fn compare_with(
    old: &Draft,
    new: &Draft,
    options: &TextOptions,
    decisions: &[manual::Decision],
) -> Comparison {
    match compare_in_order(old, new, options, decisions, |_| {
        Ok::<(), std::convert::Infallible>(())
    }) {
        Ok(comparison) => comparison,
        Err(never) => match never {},
    }
}

/// How many rows [`compare_in_order`] diffs at a time before handing them on: enough for
/// both cores to share (a large draft's rows vary in length), few enough that a report
/// written as they come is on its way to the disk while the next rows are diffed.
pub const ROWS_AT_A_TIME: usize = 2048;

/// [`compare_with`], handing the rows to `each` as they are made, in their final order,
/// [`ROWS_AT_A_TIME`] at a time: a report can be written while the rest is still being
/// compared (the points are aligned and the rows put in order first; only the word diffs and
/// the findings are made a stretch at a time). Stops at the first error `each` returns.
pub fn compare_in_order<E>(
    old: &Draft,
    new: &Draft,
    options: &TextOptions,
    decisions: &[manual::Decision],
    mut each: impl FnMut(&[Row]) -> Result<(), E>,
) -> Result<Comparison, E> {
    let old_texts: Vec<&str> = old.points.iter().map(|p| p.text.as_str()).collect();
    let new_texts: Vec<&str> = new.points.iter().map(|p| p.text.as_str()).collect();
    let (mut groups, other_languages) = pair_points(old, new, options);
    if !decisions.is_empty() {
        groups = manual::apply(groups, decisions, old.points.len(), new.points.len());
    }
    // Rows without their diffs yet, put in order: the order depends on the points only.
    let mut rows: Vec<Row> = groups.into_iter().map(Row::undiffed).collect();
    order_rows(&mut rows);
    let texts = [old_texts.as_slice(), new_texts.as_slice()];
    for stretch in rows.chunks_mut(ROWS_AT_A_TIME) {
        stretch
            .par_iter_mut()
            .for_each(|row| diff_row(row, texts, options, other_languages));
        each(stretch)?;
    }
    let summary = summarize(&rows);
    Ok(Comparison {
        rows,
        summary,
        options: *options,
        other_languages,
    })
}

impl Row {
    /// The row of an aligned group, before its diff ([`diff_row`]): a removed or an added
    /// point is such already; a pair is `Changed` until its diff says more.
    fn undiffed(g: align::Group) -> Row {
        let status = match (g.old.len(), g.new.len()) {
            (_, 0) => Status::Removed,
            (0, _) => Status::Added,
            _ => Status::Changed,
        };
        Row {
            status,
            moved: false,
            old: g.old,
            new: g.new,
            similarity: None,
            diff: Vec::new(),
            substance: Vec::new(),
            evidence: g.evidence,
            weak: g.weak,
            synonyms: Vec::new(),
            resembles: g.resembles,
        }
    }
}

/// Fills in a row made by [`Row::undiffed`]: its text or word diff, its status, similarity,
/// substance findings and synonyms. `texts` are the old and the new draft's point texts.
fn diff_row(row: &mut Row, texts: [&[&str]; 2], options: &TextOptions, other_languages: bool) {
    let [old_texts, new_texts] = texts;
    match (row.old.len(), row.new.len()) {
        (_, 0) => {
            let text = joined(old_texts, &row.old).into_owned();
            row.diff = vec![span(SpanKind::Delete, text)];
        }
        (0, _) => {
            let text = joined(new_texts, &row.new).into_owned();
            row.diff = vec![span(SpanKind::Insert, text)];
        }
        (o, n) => {
            let (old_text, new_text) = (joined(old_texts, &row.old), joined(new_texts, &row.new));
            let d = words::diff(&old_text, &new_text, options);
            row.status = if o > 1 {
                Status::Merged
            } else if n > 1 {
                Status::Split
            } else if d.is_unchanged() {
                Status::Unchanged
            } else {
                Status::Changed
            };
            // A giant row's diff is coarse (see `words::MAX_WORD_DIFF_BYTES`): no findings.
            let read = row.status != Status::Unchanged
                && old_text.len() + new_text.len() <= words::MAX_WORD_DIFF_BYTES;
            if read && substance_on() {
                row.substance =
                    substance::Detector::bundled().detect_row(&old_text, &new_text, &d.spans);
                // A name translated reads as one party removed and another added
                // (`ДСНС` → `SESU`, `Contact Group` → `Контактна група`).
                if other_languages {
                    row.substance.retain(|f| f.kind != substance::Kind::Party);
                }
            }
            if read {
                row.synonyms = synonyms_of(&d.spans);
            }
            row.similarity = Some(d.similarity);
            row.diff = d.spans;
        }
    }
}

/// The texts of points `idx` as one text, joined by line breaks (a merge's or a split's
/// parts); a single point's text borrowed as it is, not copied (most rows have one point a
/// side).
fn joined<'a>(texts: &[&'a str], idx: &[usize]) -> Cow<'a, str> {
    match idx {
        [i] => Cow::Borrowed(texts[*i]),
        _ => Cow::Owned(idx.iter().map(|&i| texts[i]).collect::<Vec<_>>().join("\n")),
    }
}

/// The synonyms of a changed row ([`thesaurus::Thesaurus::synonyms`]), read in what its diff
/// deleted and inserted only: a synonym is a word the old side lost for another the new side
/// gained, and the words kept need no look-up (most of a row's words, on a large draft).
fn synonyms_of(spans: &[Span]) -> Vec<thesaurus::Synonym> {
    let side = |kind: SpanKind| -> String {
        let parts: Vec<&str> = spans
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.text.as_str())
            .collect();
        parts.join(" ")
    };
    let (lost, gained) = (side(SpanKind::Delete), side(SpanKind::Insert));
    if lost.is_empty() || gained.is_empty() {
        return Vec::new();
    }
    thesaurus::Thesaurus::active().synonyms(&lost, &gained)
}

/// Whether rows get their substance findings: always, unless the environment variable
/// `CLAUSEWISE_NO_SUBSTANCE` is set and not empty, which exists only to measure what
/// detection costs (the README's "Cost" paragraph); read once.
fn substance_on() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("CLAUSEWISE_NO_SUBSTANCE").is_none_or(|v| v.is_empty()))
}

/// Aligned groups as indices into the drafts' points: the title, the preamble and the closing
/// paired by kind, the numbered points by [`align::align`]; and whether the drafts are in
/// different languages, as the alignment read their numbered points.
fn pair_points(old: &Draft, new: &Draft, options: &TextOptions) -> (Vec<align::Group>, bool) {
    let mut pairs = Vec::new();
    for kind in [PointKind::Title, PointKind::Preamble, PointKind::Closing] {
        let find = |d: &Draft| d.points.iter().position(|p| p.kind == kind);
        let (o, n) = (find(old), find(new));
        if o.is_some() || n.is_some() {
            let both = o.is_some() && n.is_some();
            pairs.push(align::Group {
                old: o.into_iter().collect(),
                new: n.into_iter().collect(),
                score: if both { 1.0 } else { 0.0 },
                evidence: both.then_some(Evidence::SameRole),
                weak: false,
                resembles: Vec::new(),
            });
        }
    }
    let numbered = |d: &Draft| d.numbered().map(|(i, _)| i).collect::<Vec<usize>>();
    let (old_numbered, new_numbered) = (numbered(old), numbered(new));
    let old_texts: Vec<&str> = old_numbered
        .iter()
        .map(|&i| old.points[i].text.as_str())
        .collect();
    let new_texts: Vec<&str> = new_numbered
        .iter()
        .map(|&i| new.points[i].text.as_str())
        .collect();
    let (groups, other_languages) = align::align_telling_languages(&old_texts, &new_texts, options);
    pairs.extend(groups.into_iter().map(|mut g| {
        // A removed point resembles new points, an added one old points.
        let other = if g.new.is_empty() {
            &new_numbered
        } else {
            &old_numbered
        };
        for (ks, to) in [
            (&mut g.old, &old_numbered),
            (&mut g.new, &new_numbered),
            (&mut g.resembles, other),
        ] {
            ks.iter_mut().for_each(|k| *k = to[*k]);
        }
        g
    }));
    (pairs, other_languages)
}

fn span(kind: SpanKind, text: String) -> Span {
    Span {
        kind,
        text,
        old_text: None,
    }
}

/// Sorts rows into the new draft's reading order, marks moved rows, and places removed rows
/// after the (unmoved) row of the old point before them.
fn order_rows(rows: &mut Vec<Row>) {
    let (placed, removed): (Vec<Row>, Vec<Row>) = rows.drain(..).partition(|r| !r.new.is_empty());
    let mut placed = sorted_by_key(placed, |r| r.new[0]);
    // Moved: rows with both sides that are not on a longest run in the old order.
    let both: Vec<usize> = (0..placed.len())
        .filter(|&k| !placed[k].old.is_empty())
        .collect();
    let seq: Vec<usize> = both.iter().map(|&k| placed[k].old[0]).collect();
    // Of equally long runs, keep the one whose rows travelled least: a point that jumped far
    // is the one that moved.
    let travel: Vec<usize> = both
        .iter()
        .zip(&seq)
        .map(|(&k, &o)| (placed[k].new[0] as isize - o as isize).unsigned_abs())
        .collect();
    let mut moved = vec![true; both.len()];
    for k in align::longest_increasing_by(&seq, &travel) {
        moved[k] = false;
    }
    for (n, &k) in both.iter().enumerate() {
        placed[k].moved = moved[n];
    }
    // Where each old point's row is, for anchoring removed points.
    let max_old = placed
        .iter()
        .chain(removed.iter())
        .flat_map(|r| r.old.iter().copied())
        .max()
        .map_or(0, |m| m + 1);
    let mut row_of_old: Vec<Option<usize>> = vec![None; max_old];
    for (k, r) in placed.iter().enumerate() {
        if !r.moved {
            for &i in &r.old {
                row_of_old[i] = Some(k);
            }
        }
    }
    // after[k + 1]: removed rows placed after placed row k; after[0]: before every row.
    let mut after: Vec<Vec<Row>> = vec![Vec::new(); placed.len() + 1];
    let removed = sorted_by_key(removed, |r| r.old[0]);
    let mut anchor = 0;
    let mut next_old = 0;
    for r in removed {
        while next_old < r.old[0] {
            if let Some(k) = row_of_old[next_old] {
                anchor = k + 1;
            }
            next_old += 1;
        }
        after[anchor].push(r);
    }
    let mut after = after.into_iter();
    rows.extend(after.next().into_iter().flatten());
    for (row, tail) in placed.into_iter().zip(after) {
        rows.push(row);
        rows.extend(tail);
    }
}

/// `rows` sorted by `key` (distinct for every row: a point is in one row), each row moved
/// once: sorting the rows themselves moves each of them, some two hundred bytes, a dozen
/// times or more on a large draft (callgrind, large pair: 26M instructions fewer this way,
/// all on one core while the other waits).
fn sorted_by_key(rows: Vec<Row>, key: impl Fn(&Row) -> usize) -> Vec<Row> {
    let mut order: Vec<(usize, usize)> = rows.iter().map(&key).zip(0..).collect();
    order.sort_unstable();
    let mut rows: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(_, k)| rows[k].take())
        .collect()
}

fn summarize(rows: &[Row]) -> Summary {
    let mut s = Summary::default();
    for r in rows {
        match r.status {
            Status::Unchanged => s.unchanged += 1,
            Status::Changed => s.changed += 1,
            Status::Merged => s.merged += 1,
            Status::Split => s.split += 1,
            Status::Removed => s.removed += 1,
            Status::Added => s.added += 1,
        }
        s.moved += usize::from(r.moved);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_status_values_are_indexed_in_the_order_of_all() {
        for (k, s) in Status::ALL.into_iter().enumerate() {
            assert_eq!(s.index(), k);
        }
        let mut counts = StatusCounts::default();
        counts[Status::Removed] += 2;
        counts[Status::Added] += 1;
        assert_eq!(counts.0, [0, 0, 0, 0, 2, 1]);
        assert_eq!(counts.total(), 3);
        let listed: Vec<(Status, usize)> = counts.iter().filter(|(_, n)| *n > 0).collect();
        assert_eq!(listed, [(Status::Removed, 2), (Status::Added, 1)]);
        assert_eq!(Side::Old.other(), Side::New);
    }

    #[test]
    fn what_to_check_counts_weak_pairs_and_resembling_points() {
        // Too little in common to pair (one rare name), enough for a reader to look at.
        let old = Draft::from_text(
            "old",
            "1. The Parties shall exchange all prisoners of war within thirty days.\n\
             2. A joint fund for rebuilding schools and hospitals is set up in the capital.\n\
             3. Grain exports through the southern ports continue under naval escort.\n\
             4. A commission chaired by the Red Cross shall trace missing persons and meet every month.\n\
             5. The border crossing at Dolna reopens for trucks carrying medicine.\n\
             6. Each Party shall publish its budget for defence every year.\n\
             7. Disputes between the Parties go to an arbitral tribunal seated in Vienna.\n\
             8. Fishing stops in the spawning season.\n",
        );
        let new = Draft::from_text(
            "new",
            "1. The Parties shall exchange all prisoners of war within thirty days.\n\
             2. A joint fund for rebuilding schools and hospitals is set up in the capital.\n\
             3. Grain exports through the southern ports continue under naval escort.\n\
             4. The border crossing at Dolna reopens for trucks carrying medicine.\n\
             5. Each Party shall publish its budget for defence every year.\n\
             6. Disputes between the Parties go to an arbitral tribunal seated in Vienna.\n\
             7. Refugees may go back to their villages, helped by the Red Cross.\n",
        );
        let c = compare(&old, &new, &TextOptions::default());
        let t = c.to_check();
        assert_eq!((t.removed_resembling, t.added_resembling), (1, 1));
        assert_eq!(c.summary.removed, 2);
        assert_eq!(
            t.line(&c.summary).as_deref(),
            Some(
                "1 of 2 removed points resembles a new point; 1 of 1 added point resembles an old point"
            )
        );
        let weak = ToCheck {
            weak: 3,
            removed_resembling: 2,
            added_resembling: 0,
            other_languages: false,
        };
        assert_eq!(
            weak.line(&c.summary).as_deref(),
            Some("3 pairings on weak evidence; 2 of 2 removed points resemble a new point")
        );
        assert_eq!(ToCheck::default().line(&c.summary), None);
        // Drafts in different languages are said so first, with nothing else to check too.
        let languages = ToCheck {
            other_languages: true,
            ..ToCheck::default()
        };
        assert_eq!(languages.line(&c.summary).as_deref(), Some(OTHER_LANGUAGES));
        assert_eq!(languages.total(), 0);
    }

    #[test]
    fn rows_follow_new_order_with_removed_in_old_place() {
        let old = Draft::from_text(
            "old",
            "Plan\n1. Sovereignty of Ukraine is confirmed.\n2. A full amnesty for all parties.\n3. Elections are held in Ukraine within 100 days of signing.\n4. Grain exports through the Black Sea.\n",
        );
        let new = Draft::from_text(
            "new",
            "Plan\n1. Grain exports through the Black Sea.\n2. Sovereignty of Ukraine is confirmed.\n3. Elections are held in Ukraine as soon as possible after signing.\n4. A fund for reconstruction.\n",
        );
        let c = compare(&old, &new, &TextOptions::default());
        let shape: Vec<(Status, bool, Vec<usize>, Vec<usize>)> = c
            .rows
            .iter()
            .map(|r| (r.status, r.moved, r.old.clone(), r.new.clone()))
            .collect();
        assert_eq!(
            shape,
            // Index 0 on both sides is the title "Plan", paired by kind.
            vec![
                (Status::Unchanged, false, vec![0], vec![0]),
                (Status::Unchanged, true, vec![4], vec![1]),
                (Status::Unchanged, false, vec![1], vec![2]),
                (Status::Removed, false, vec![2], vec![]),
                (Status::Changed, false, vec![3], vec![3]),
                (Status::Added, false, vec![], vec![4]),
            ]
        );
        assert_eq!(c.summary.moved, 1);
        assert_eq!(c.summary.removed, 1);
    }

    #[test]
    fn title_and_preamble_pair_by_kind_never_with_points() {
        let old = Draft::from_text(
            "old",
            "Peace plan
The parties agree as follows.

1. Sovereignty of Ukraine is confirmed.
2. Elections are held in Ukraine within 100 days.
",
        );
        // The new draft has no preamble; its title is reworded; a point repeats the old preamble.
        let new = Draft::from_text(
            "new",
            "Peace framework
1. The parties agree as follows.
2. Sovereignty of Ukraine is confirmed.
3. Elections are held in Ukraine within 100 days.
",
        );
        let c = compare(&old, &new, &TextOptions::default());
        let label = |d: &Draft, idx: &[usize]| -> Vec<String> {
            idx.iter().map(|&i| d.points[i].label.clone()).collect()
        };
        let rows: Vec<(Status, Vec<String>, Vec<String>)> = c
            .rows
            .iter()
            .map(|r| (r.status, label(&old, &r.old), label(&new, &r.new)))
            .collect();
        let s = |x: &str| vec![x.to_owned()];
        assert_eq!(
            rows,
            vec![
                (Status::Changed, s("Title"), s("Title")),
                (Status::Removed, s("Preamble"), vec![]),
                (Status::Added, vec![], s("1")),
                (Status::Unchanged, s("1"), s("2")),
                (Status::Unchanged, s("2"), s("3")),
            ]
        );
        assert_eq!(
            (c.summary.changed, c.summary.removed, c.summary.added),
            (1, 1, 1)
        );
    }

    #[test]
    fn the_closing_is_compared_with_the_closing() {
        let old = Draft::from_text(
            "old",
            "Plan\n\n1. One is agreed.\n\n2. Two is agreed.\n\n3. Three is agreed.\n\nDone at Geneva in two copies.\n",
        );
        let new = Draft::from_text(
            "new",
            "Plan\n\n1. One is agreed.\n\n2. Two is agreed.\n\n3. Three is agreed.\n\nDone at Geneva in three copies.\n",
        );
        let c = compare(&old, &new, &TextOptions::default());
        let last = c.rows.last().unwrap();
        assert_eq!(
            (
                last.status,
                old.points[last.old[0]].label.as_str(),
                new.points[last.new[0]].label.as_str(),
                last.evidence
            ),
            (
                Status::Changed,
                "Closing",
                "Closing",
                Some(Evidence::SameRole)
            )
        );
        assert_eq!(c.summary.unchanged, 4);
    }
}
