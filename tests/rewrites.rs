//! Alignment scored on realistic redrafting: the hand-written pairs of `tests/fixtures/rewrites/`,
//! the held-out pairs of `tests/fixtures/rewrites-heldout/` (written without looking at the
//! aligner: do not tune on them, write new held-out pairs instead when these have been used),
//! the fourth set of `tests/fixtures/rewrites-fourth/` (written the same way, its misses read
//! once), the fifth of `tests/fixtures/rewrites-fifth/` (held out until its missed split
//! parts were read with every corpus's, 4 December 2026), the sixth of
//! `tests/fixtures/rewrites-sixth/` and the seventh of `tests/fixtures/rewrites-seventh/` (their
//! misses read once),
//! and the shared corpus of `../shared/bench/rewrites/` when it is there, against their truth.
//!
//! Each pair of drafts has a `NAME.truth.json` in the format of the shared bench's
//! `score_alignment.py`: `pairs` lists every (old number, new number) that a reader would pair.
//! The comparison's rows that are not removed or added become predicted pairs (every old label
//! times every new label, by the number in the label; points whose label has no number, such as a
//! `Title` or `Preamble` row, are left out). Run with `--nocapture` to see the table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use clausewise::{Draft, Point, Status, TextOptions, compare};
use serde::Deserialize;

/// The scores on this corpus, rounded down: the aligner may only get better (raise the floors
/// when it does). Measured on 30 November 2026 over the first twelve pairs: precision 0.947,
/// recall 0.970, F1 0.958, 7 of 314 old points falsely reported removed; with the thesaurus
/// and pairs in order in a gap: precision 0.944, recall 0.973, F1 0.958, 6 of 314. With the
/// seven pairs of the first held-out set added (their misses had been read): precision 0.949,
/// recall 0.964, F1 0.956, 13 of 477; with far merges at 55% inside, most inside first:
/// precision 0.949, recall 0.968, F1 0.959, 11 of 477. With the seven pairs of the second
/// held-out set added (their misses had been read; 26 pairs): precision 0.935, recall 0.955,
/// F1 0.945, 20 of 650; with the thesaurus's fourth round (1 December 2026): precision 0.937,
/// recall 0.962, F1 0.949, 17 of 650; with the thesaurus's fifth round (2 December 2026):
/// precision 0.937, recall 0.967, F1 0.952, 14 of 650; with a figure's shape: precision
/// 0.937, recall 0.968, F1 0.953, 13 of 650. With a part resembling its neighbour's match
/// most joining it (3 December 2026): precision 0.939, recall 0.972, F1 0.955, 12 of 650.
/// With English verb endings off stems and another form of a thesaurus entry read as its
/// concept (4 December 2026): precision 0.939, recall 0.973, F1 0.956, 11 of 650; with
/// a split's part that resembles its old point most joining its match (a helper's rule, counted on every corpus in the repository and the shared one): precision 0.939, recall 0.978, F1 0.958, 10 of 650.
const OWN_FLOORS: Floors = Floors {
    precision: 0.93,
    recall: 0.97,
    f1: 0.95,
    false_removed: 10,
};

/// The scores on the shared corpus (`../shared/bench/rewrites`), rounded down. Measured on
/// 30 November 2026: precision 0.914, recall 0.925, F1 0.919, 9 of 173 old points
/// falsely reported removed; then, with merges of rewritten parts found beside other rewrites,
/// precision 0.910, recall 0.950, F1 0.930 (0.9297: the floor is 0.92), 6 of 173; with the
/// thesaurus and pairs in order in a gap: precision 0.905, recall 0.956, F1 0.930, 4 of 173
/// (more pairs taken: a decoy or two more among them); with a part said almost whole joining
/// its split: precision 0.906, recall 0.963, F1 0.933; with a split's part that resembles
/// its old point most joining its match (4 December 2026): precision 0.912, recall 0.969, F1
/// 0.939.
const SHARED_FLOORS: Floors = Floors {
    precision: 0.91,
    recall: 0.96,
    f1: 0.93,
    false_removed: 4,
};

/// The scores on the held-out corpus, rounded down. The first held-out set (now among the
/// tuned pairs) scored F1 0.952, 7 of 163 falsely removed, after three rounds of tuning on the
/// others. The second set (now among the tuned pairs too) scored on arrival: precision 0.899,
/// recall 0.904, F1 0.902, 12 of 173 old points falsely reported removed; 0.906 and 9 of 173
/// after rules chosen on the tuned corpora. The third set, written on 30 November 2026 by an
/// author who read neither the aligner nor the other corpora, scored on arrival: precision
/// 0.917, recall 0.963, F1 0.939, 3 of 174. With the thesaurus's fourth round (1 December
/// 2026; its author read no corpus, but the examples it was given came from misses read on the
/// tuned corpora and on this one): precision 0.917, recall 0.969, F1 0.942, 2 of 174. With two
/// points left that share a term no other point holds and resemble each other most, among at
/// least two others left on each side (3 December 2026; a helper's rule, counted on every
/// corpus but the newest): precision 0.918, recall 0.975, F1 0.945, 1 of 174. With another
/// form of a thesaurus entry read as its concept (4 December 2026): precision 0.917, recall
/// 0.969, F1 0.942, 1 of 174: the recall floor came down to 0.96, a trade the other corpora
/// paid for (three points fewer falsely removed over them). `complete` now reads as the
/// concept of `completion`, `end`; the part of a split point that said patients `complete`
/// their treatment lost that word beside the other part's `end`, and was reported added.
/// Then with a split's part that resembles its old point most joining its match (a helper's
/// rule, written after reading the split parts missed on every corpus, this one included: it
/// is no longer clean for splits): precision 0.924, recall 0.988, F1 0.955, 1 of 174 (that
/// part found again).
const HELDOUT_FLOORS: Floors = Floors {
    precision: 0.92,
    recall: 0.98,
    f1: 0.95,
    false_removed: 1,
};

/// The scores on the fourth set (`tests/fixtures/rewrites-fourth`, fifteen pairs written on 4
/// December 2026 by three helpers who read neither the aligner nor the other corpora: English
/// paraphrase, condensation and merges; Ukrainian and Russian inflection; English drafts
/// revised into Ukrainian, a journalist's summary and two 28-to-20-point frameworks), rounded
/// down. On arrival: precision 0.900, recall 0.920, F1 0.910, 13 of 447 old points falsely
/// reported removed. Its misses were read once (the twenty-seventh session): a merge's part
/// found past points removed between them (English letting regulations, 4 + 7 -> 4) came
/// back out when an adversarial review showed that one brought word, past left-over points,
/// glues removed points to their neighbours' matches; the scores are those of arrival. With
/// English verb endings off stems and another form of a thesaurus entry read as its concept
/// (4 December 2026): precision 0.901, recall 0.925, F1 0.913, 12 of 447; with a split's
/// part that resembles its old point most joining its match: precision 0.906, recall 0.933,
/// F1 0.919; with a point and its translation paired where they stand (twenty-ninth session):
/// recall 0.938, F1 0.922, 10 of 447; with a point added beside a merge on another subject no
/// rival to its part (thirty-third session): recall 0.940, F1 0.923, 9 of 447; with a point
/// moved and reworded paired on one rare word and its subject's words (thirty-fourth):
/// precision 0.907, recall 0.943, F1 0.924, 8 of 447.
const FOURTH_FLOORS: Floors = Floors {
    precision: 0.90,
    recall: 0.94,
    f1: 0.92,
    false_removed: 8,
};

/// The scores on the fifth set (`tests/fixtures/rewrites-fifth`, five pairs written on 4
/// December 2026 by a helper who read neither the aligner nor the other corpora; held out: its
/// misses were not read), rounded down. On arrival: precision 0.917, recall 0.950, F1 0.933, 3
/// of 151 old points falsely reported removed. With a split's part that resembles its old
/// point most joining its match (4 December 2026; a helper's rule, written after reading the
/// split parts missed on every corpus, this one included: it is no longer clean for splits):
/// precision 0.924, recall 0.957, F1 0.940, 3 of 151.
const FIFTH_FLOORS: Floors = Floors {
    precision: 0.92,
    recall: 0.95,
    f1: 0.94,
    false_removed: 3,
};

/// The scores on the sixth set (`tests/fixtures/rewrites-sixth`, six pairs written on 4
/// December 2026 by a helper who read neither the aligner nor the other corpora: a war's
/// framework, a data-sharing agreement and a grain corridor in English, a veterans' law and a
/// demining memorandum in Ukrainian, a water-sharing agreement in Russian; two decoys a pair),
/// rounded down. On arrival (held out): precision 0.892, recall 0.915, F1 0.903, 6 of 165 old
/// points falsely reported removed. Its misses were read in the twenty-eighth session; with
/// English verb endings off stems and another form of a thesaurus entry read as its concept:
/// precision 0.891, recall 0.908, F1 0.900 (0.8997), 5 of 165; with a split's part that
/// resembles its old point most joining its match: precision 0.899, recall 0.935, F1 0.917.
const SIXTH_FLOORS: Floors = Floors {
    precision: 0.89,
    recall: 0.93,
    f1: 0.91,
    false_removed: 5,
};

/// The scores on the seventh set (`tests/fixtures/rewrites-seventh`, six pairs written on 4
/// December 2026 by a helper who read neither the aligner nor the other corpora: a ceasefire and
/// exchange protocol, a grid bill and a software licence in English, a temporary-housing
/// resolution and a reconstruction fund in Ukrainian, a nuclear-safety memorandum translated from
/// English into Ukrainian; two decoys a pair), rounded down. Kept outside the repository as the
/// unseen measure through the twenty-eighth session: precision 0.906, recall 0.889, F1 0.897, 7
/// of 172 old points falsely reported removed; its misses were read in the twenty-ninth. With
/// a point and its translation paired where they stand: recall 0.895, F1 0.901, 6 of 172;
/// with a point moved and reworded paired on one rare word and its subject's words
/// (thirty-fourth session): precision 0.907, recall 0.901, F1 0.904, 5 of 172.
const SEVENTH_FLOORS: Floors = Floors {
    precision: 0.90,
    recall: 0.90,
    f1: 0.90,
    false_removed: 5,
};

/// The scores on the 2025 peace plans as news pages printed them (`tests/fixtures/rewrites-plans`,
/// three pairs: the 28-point plan against the 20-point framework in English and in Ukrainian,
/// and against the Geneva revision), rounded down. Written by a helper on 1 December 2026
/// without reading the aligner; on arrival: precision 0.980, recall 0.787, F1 0.873, 13 of 84
/// old points falsely reported removed. Its misses were read, and with the rule they suggested
/// (a distinctive word no other point holds, next to the same matched neighbour): precision
/// 0.980, recall 0.803, F1 0.883, 12 of 84. With a pair standing out in its gap (2 December
/// 2026): precision 0.981, recall 0.836, F1 0.903, 10 of 84; with a figure's shape
/// (`600,000` and `800,000`): precision 0.981, recall 0.852, F1 0.912, 9 of 84; with a merge's
/// part on two distinctive words (3 December 2026): 0.981, 0.869, 0.922, 8 of 84; with two
/// points next to the same matched neighbour that resemble each other most: 0.982, 0.885,
/// 0.931, 7 of 84.
const PLANS_FLOORS: Floors = Floors {
    precision: 0.98,
    recall: 0.88,
    f1: 0.93,
    false_removed: 7,
};

struct Floors {
    precision: f64,
    recall: f64,
    f1: f64,
    /// At most this many old points reported removed although the truth pairs them.
    false_removed: usize,
}

#[derive(Debug, Deserialize)]
struct Truth {
    a_file: String,
    b_file: String,
    a_points: usize,
    b_points: usize,
    counts: BTreeMap<String, usize>,
    pairs: Vec<(u32, u32)>,
    entries: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    op: String,
    a: Option<OneOrMany>,
    b: Option<OneOrMany>,
    a_words: Option<OneOrMany>,
    b_words: Option<OneOrMany>,
    kind: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(u32),
    Many(Vec<u32>),
}

impl OneOrMany {
    fn to_vec(&self) -> Vec<u32> {
        match self {
            OneOrMany::One(x) => vec![*x],
            OneOrMany::Many(xs) => xs.clone(),
        }
    }
}

/// A corpus of `tests/fixtures/`.
fn fixtures(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

/// The shared corpus: `CLAUSEWISE_SHARED_REWRITES` if set, else `../shared/bench/rewrites`
/// beside the checkout (where CI has it).
fn shared_corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("CLAUSEWISE_SHARED_REWRITES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/rewrites"));
    dir.is_dir().then_some(dir)
}

/// Every `*.truth.json` of a folder, sorted, with its pair name.
fn truths(dir: &Path) -> Vec<(String, Truth)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("folder entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".truth.json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let truth: Truth =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".truth.json"))
                .expect("a truth file name")
                .to_owned();
            (name, truth)
        })
        .collect()
}

fn load(dir: &Path, file: &str) -> Draft {
    Draft::load(&dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The number a label is scored by: its last run of digits ("Article 4" -> 4, "7" -> 7).
fn label_number(label: &str) -> Option<u32> {
    let digits: String = label
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

/// The numbered points of a draft, in reading order.
fn numbered(draft: &Draft) -> Vec<(u32, &Point)> {
    draft
        .points
        .iter()
        .filter_map(|p| label_number(&p.label).map(|n| (n, p)))
        .collect()
}

/// What a comparison of one pair got right and wrong, against its truth.
#[derive(Debug, Default, Clone)]
struct Score {
    old_points: usize,
    gold: usize,
    predicted: usize,
    correct: usize,
    /// Predicted pairs touching an old point the truth says was removed.
    to_removed: usize,
    /// Predicted pairs touching a new point the truth says was added.
    to_added: usize,
    /// Old points reported removed that the truth pairs with a new point.
    false_removed: usize,
    /// New points reported added that the truth pairs with an old point.
    false_added: usize,
    /// Per phenomenon (`kind` tag of a kept, moved, merged or split entry): (pairs found,
    /// pairs in the truth).
    by_tag: BTreeMap<String, (usize, usize)>,
    /// Decoys paired with the removed point they imitate, and decoys in all.
    decoys_paired: (usize, usize),
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.old_points += o.old_points;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.correct += o.correct;
        self.to_removed += o.to_removed;
        self.to_added += o.to_added;
        self.false_removed += o.false_removed;
        self.false_added += o.false_added;
        for (tag, (hit, all)) in &o.by_tag {
            let t = self.by_tag.entry(tag.clone()).or_default();
            t.0 += hit;
            t.1 += all;
        }
        self.decoys_paired.0 += o.decoys_paired.0;
        self.decoys_paired.1 += o.decoys_paired.1;
    }

    fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Compares one pair with the library and scores its rows against the truth.
fn score(dir: &Path, truth: &Truth) -> Score {
    let old = load(dir, &truth.a_file);
    let new = load(dir, &truth.b_file);
    let comparison = compare(&old, &new, &TextOptions::default());
    let number = |draft: &Draft, i: usize| draft.points.get(i).and_then(|p| label_number(&p.label));
    let mut predicted = BTreeSet::new();
    let mut reported_removed = BTreeSet::new();
    let mut reported_added = BTreeSet::new();
    for row in &comparison.rows {
        let olds: Vec<u32> = row.old.iter().filter_map(|&i| number(&old, i)).collect();
        let news: Vec<u32> = row.new.iter().filter_map(|&i| number(&new, i)).collect();
        match row.status {
            Status::Removed => reported_removed.extend(olds),
            Status::Added => reported_added.extend(news),
            _ => predicted.extend(olds.iter().flat_map(|&a| news.iter().map(move |&b| (a, b)))),
        }
    }
    let gold: BTreeSet<(u32, u32)> = truth.pairs.iter().copied().collect();
    let ops = |op: &str| -> BTreeSet<u32> {
        truth
            .entries
            .iter()
            .filter(|e| e.op == op)
            .flat_map(|e| e.a.iter().chain(&e.b).flat_map(OneOrMany::to_vec))
            .collect()
    };
    let (removed, added) = (ops("removed"), ops("added"));
    let paired_old: BTreeSet<u32> = gold.iter().map(|&(a, _)| a).collect();
    let paired_new: BTreeSet<u32> = gold.iter().map(|&(_, b)| b).collect();
    let mut by_tag: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut decoys_paired = (0, 0);
    for e in &truth.entries {
        let a = e.a.as_ref().map(OneOrMany::to_vec).unwrap_or_default();
        let b = e.b.as_ref().map(OneOrMany::to_vec).unwrap_or_default();
        if let Some(target) = e.kind.strip_prefix("decoy for old ") {
            let imitated = target.trim().parse::<u32>().ok();
            let paired = imitated.is_some_and(|x| b.iter().any(|&y| predicted.contains(&(x, y))));
            decoys_paired.0 += usize::from(paired);
            decoys_paired.1 += 1;
        }
        if a.is_empty() || b.is_empty() {
            continue;
        }
        let pairs: Vec<(u32, u32)> = a
            .iter()
            .flat_map(|&x| b.iter().map(move |&y| (x, y)))
            .collect();
        let hits = pairs.iter().filter(|p| predicted.contains(p)).count();
        for tag in e.kind.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            let t = by_tag.entry(tag.to_owned()).or_default();
            t.0 += hits;
            t.1 += pairs.len();
        }
    }
    Score {
        old_points: truth.a_points,
        gold: gold.len(),
        predicted: predicted.len(),
        correct: predicted.intersection(&gold).count(),
        to_removed: predicted
            .iter()
            .filter(|(a, _)| removed.contains(a))
            .count(),
        to_added: predicted.iter().filter(|(_, b)| added.contains(b)).count(),
        false_removed: reported_removed.intersection(&paired_old).count(),
        false_added: reported_added.intersection(&paired_new).count(),
        by_tag,
        decoys_paired,
    }
}

fn line(name: &str, s: &Score) -> String {
    format!(
        "{name:<22} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3} {:>7} {:>7} {:>9} {:>9}\n",
        s.gold,
        s.predicted,
        s.correct,
        s.precision(),
        s.recall(),
        s.f1(),
        s.to_removed,
        s.to_added,
        s.false_removed,
        s.false_added
    )
}

/// Scores every pair of a corpus, prints the table, and checks the floors.
fn score_corpus(title: &str, dir: &Path, floors: &Floors) {
    let truths = truths(dir);
    assert!(!truths.is_empty(), "{}: no truth files", dir.display());
    // One print for the whole table, so that tests running in parallel do not interleave.
    let mut table = format!("\n{title} ({})\n", dir.display());
    table += &format!(
        "{:<22} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9} {:>9}\n",
        "pair",
        "gold",
        "pred",
        "right",
        "prec",
        "recall",
        "F1",
        "to_rem",
        "to_add",
        "false_rm",
        "false_add"
    );
    let mut total = Score::default();
    for (name, truth) in &truths {
        let s = score(dir, truth);
        table += &line(name, &s);
        total.add(&s);
    }
    table += &line("overall", &total);
    table += &format!(
        "falsely removed: {} of {} old points ({:.1}%)\n",
        total.false_removed,
        total.old_points,
        100.0 * ratio(total.false_removed, total.old_points)
    );
    let tags: Vec<String> = total
        .by_tag
        .iter()
        .map(|(tag, (hit, all))| format!("{tag} {hit}/{all}"))
        .collect();
    table += &format!("pairs found by phenomenon: {}\n", tags.join(", "));
    table += &format!(
        "decoys paired with the removed point they imitate (wrongly): {} of {}\n",
        total.decoys_paired.0, total.decoys_paired.1
    );
    print!("{table}");
    assert!(
        total.precision() >= floors.precision,
        "{title}: precision {:.4} fell below {}",
        total.precision(),
        floors.precision
    );
    assert!(
        total.recall() >= floors.recall,
        "{title}: recall {:.4} fell below {}",
        total.recall(),
        floors.recall
    );
    assert!(
        total.f1() >= floors.f1,
        "{title}: F1 {:.4} fell below {}",
        total.f1(),
        floors.f1
    );
    assert!(
        total.false_removed <= floors.false_removed,
        "{title}: {} points falsely reported removed (at most {} allowed)",
        total.false_removed,
        floors.false_removed
    );
}

#[test]
fn alignment_on_the_rewrites_corpus_keeps_its_scores() {
    score_corpus("rewrites corpus", &fixtures("rewrites"), &OWN_FLOORS);
}

#[test]
fn alignment_on_the_heldout_rewrites_keeps_its_scores() {
    score_corpus(
        "held-out rewrites",
        &fixtures("rewrites-heldout"),
        &HELDOUT_FLOORS,
    );
}

#[test]
fn alignment_on_the_fourth_set_keeps_its_scores() {
    score_corpus("fourth set", &fixtures("rewrites-fourth"), &FOURTH_FLOORS);
}

#[test]
fn alignment_on_the_fifth_set_keeps_its_scores() {
    score_corpus(
        "fifth set (held out)",
        &fixtures("rewrites-fifth"),
        &FIFTH_FLOORS,
    );
}

#[test]
fn alignment_on_the_sixth_set_keeps_its_scores() {
    score_corpus("sixth set", &fixtures("rewrites-sixth"), &SIXTH_FLOORS);
}

#[test]
fn alignment_on_the_seventh_set_keeps_its_scores() {
    score_corpus(
        "seventh set",
        &fixtures("rewrites-seventh"),
        &SEVENTH_FLOORS,
    );
}

#[test]
fn alignment_on_the_peace_plans_keeps_its_scores() {
    score_corpus("peace plans", &fixtures("rewrites-plans"), &PLANS_FLOORS);
}

#[test]
fn alignment_on_the_shared_rewrites_keeps_its_scores() {
    match shared_corpus() {
        Some(dir) => score_corpus("shared rewrites", &dir, &SHARED_FLOORS),
        None => println!(
            "shared rewrites: skipped, no ../shared/bench/rewrites beside the checkout \
             (set CLAUSEWISE_SHARED_REWRITES to its path)"
        ),
    }
}

/// What a corpus's README promises: how many pairs, Ukrainian pairs and scored pairs, and
/// each phenomenon at least `per_phenomenon` times.
struct Promise {
    pairs: usize,
    ukrainian: usize,
    scored_pairs: usize,
    /// Tags each occurring at least `per_phenomenon` times: lists of them, most corpora
    /// promising [`REDRAFTING`] and a few of their own.
    phenomena: &'static [&'static [&'static str]],
    per_phenomenon: usize,
}

/// What every independently written set promises: the ways negotiators and drafters rewrite,
/// the points that move, merge and split, and decoys (a removed point with a new provision on
/// its subject written near it).
const REDRAFTING: &[&str] = &[
    "paraphrase",
    "elaboration",
    "condensation",
    "reordered clauses",
    "figures changed",
    "in place",
    "swap",
    "merge",
    "split",
    "removed",
    "added",
    "decoy",
];

/// Every truth of `dir` agrees with the drafts as Clausewise parses them (each draft splits into
/// the points its author meant, numbered 1..N in reading order, with the word counts the truth
/// gives), and the corpus keeps its `promise`.
fn check_corpus(dir: &Path, promise: &Promise) {
    let truths = truths(dir);
    let mut errors = Vec::new();
    let mut scored_pairs = 0;
    let mut ukrainian = 0;
    let mut tags: BTreeMap<String, usize> = BTreeMap::new();
    for (name, truth) in &truths {
        errors.extend(
            check_truth(dir, truth)
                .into_iter()
                .map(|e| format!("{name}: {e}")),
        );
        scored_pairs += truth.pairs.len();
        ukrainian += usize::from(name.starts_with("uk_"));
        for entry in &truth.entries {
            for tag in entry.kind.split(',').map(str::trim) {
                let tag = if tag.starts_with("decoy") {
                    "decoy"
                } else {
                    tag
                };
                *tags.entry(tag.to_owned()).or_default() += 1;
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(
        truths.len() >= promise.pairs,
        "{} pairs, the corpus promises {}",
        truths.len(),
        promise.pairs
    );
    assert!(
        ukrainian >= promise.ukrainian,
        "{ukrainian} Ukrainian pairs, the corpus promises {}",
        promise.ukrainian
    );
    assert!(
        scored_pairs >= promise.scored_pairs,
        "{scored_pairs} scored pairs, the corpus promises {}",
        promise.scored_pairs
    );
    for tag in promise.phenomena.iter().copied().flatten() {
        let n = tags.get(*tag).copied().unwrap_or(0);
        assert!(
            n >= promise.per_phenomenon,
            "the phenomenon {tag:?} occurs {n} times, the corpus promises several"
        );
    }
}

#[test]
fn every_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites"),
        &Promise {
            pairs: 26,
            ukrainian: 12,
            scored_pairs: 600,
            phenomena: &[
                REDRAFTING,
                &[
                    "word forms",
                    "glued number",
                    "parties changed",
                    "dates changed",
                    "translation",
                    "far apart",
                ],
            ],
            per_phenomenon: 3,
        },
    );
}

#[test]
fn every_peace_plan_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites-plans"),
        &Promise {
            pairs: 3,
            ukrainian: 1,
            scored_pairs: 60,
            phenomena: &[&[
                "translation",
                "paraphrase",
                "elaboration",
                "condensation",
                "figures changed",
                "parties changed",
                "merge",
                "removed",
            ]],
            per_phenomenon: 3,
        },
    );
}

#[test]
fn every_heldout_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites-heldout"),
        &Promise {
            pairs: 7,
            ukrainian: 3,
            scored_pairs: 150,
            phenomena: &[REDRAFTING, &["word forms", "parties changed", "far apart"]],
            per_phenomenon: 2,
        },
    );
}

#[test]
fn every_fourth_set_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites-fourth"),
        &Promise {
            pairs: 15,
            ukrainian: 3,
            scored_pairs: 400,
            phenomena: &[REDRAFTING, &["parties changed", "translation"]],
            per_phenomenon: 5,
        },
    );
}

#[test]
fn every_fifth_set_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites-fifth"),
        &Promise {
            pairs: 5,
            ukrainian: 2,
            scored_pairs: 140,
            phenomena: &[REDRAFTING],
            per_phenomenon: 2,
        },
    );
}

#[test]
fn every_sixth_set_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites-sixth"),
        &Promise {
            pairs: 6,
            ukrainian: 2,
            scored_pairs: 150,
            phenomena: &[REDRAFTING, &["parties changed"]],
            per_phenomenon: 3,
        },
    );
}

#[test]
fn every_seventh_set_truth_matches_its_drafts_as_clausewise_parses_them() {
    check_corpus(
        &fixtures("rewrites-seventh"),
        &Promise {
            pairs: 6,
            ukrainian: 2,
            scored_pairs: 160,
            phenomena: &[REDRAFTING, &["parties changed", "translation"]],
            per_phenomenon: 5,
        },
    );
}

/// The checks of one truth against its drafts; empty when it is right.
fn check_truth(dir: &Path, truth: &Truth) -> Vec<String> {
    let mut errors = Vec::new();
    let old = load(dir, &truth.a_file);
    let new = load(dir, &truth.b_file);
    let (old_points, new_points) = (numbered(&old), numbered(&new));
    for (file, draft, points, want) in [
        (&truth.a_file, &old, &old_points, truth.a_points),
        (&truth.b_file, &new, &new_points, truth.b_points),
    ] {
        if points.len() != want {
            errors.push(format!(
                "{file}: Clausewise reads {} points, the truth says {want}",
                points.len()
            ));
        }
        for (i, (n, _)) in points.iter().enumerate() {
            if *n as usize != i + 1 {
                errors.push(format!("{file}: point {} is labelled {n}", i + 1));
            }
        }
        let first_line = draft
            .source
            .lines()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if ![
            "invented",
            "вигадан",
            "вымышлен",
            "unofficial",
            "неофіційн",
            "неофициальн",
        ]
        .iter()
        .any(|mark| first_line.contains(mark))
        {
            errors.push(format!(
                "{file}: the title does not mark it as an invented or unofficial test text"
            ));
        }
    }
    let words = |points: &[(u32, &Point)], n: u32| {
        (n as usize)
            .checked_sub(1)
            .and_then(|i| points.get(i))
            .map(|(_, p)| p.text.split_whitespace().count() as u32)
    };
    let mut seen_old = BTreeMap::new();
    let mut seen_new = BTreeMap::new();
    let mut implied = BTreeSet::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for e in &truth.entries {
        *counts.entry(e.op.clone()).or_default() += 1;
        let shape_ok = match e.op.as_str() {
            "kept" | "moved" => matches!(
                (&e.a, &e.b),
                (Some(OneOrMany::One(_)), Some(OneOrMany::One(_)))
            ),
            "merged" => {
                matches!((&e.a, &e.b), (Some(OneOrMany::Many(a)), Some(OneOrMany::One(_))) if a.len() >= 2)
            }
            "split" => {
                matches!((&e.a, &e.b), (Some(OneOrMany::One(_)), Some(OneOrMany::Many(b))) if b.len() >= 2)
            }
            "removed" => matches!((&e.a, &e.b), (Some(OneOrMany::One(_)), None)),
            "added" => matches!((&e.a, &e.b), (None, Some(OneOrMany::One(_)))),
            _ => false,
        };
        if !shape_ok || e.kind.trim().is_empty() {
            errors.push(format!("malformed entry {e:?}"));
            continue;
        }
        let a = e.a.as_ref().map(OneOrMany::to_vec).unwrap_or_default();
        let b = e.b.as_ref().map(OneOrMany::to_vec).unwrap_or_default();
        for (side, list, points, given) in [
            ("a", &a, &old_points, &e.a_words),
            ("b", &b, &new_points, &e.b_words),
        ] {
            let counted: Option<Vec<u32>> = list.iter().map(|&n| words(points, n)).collect();
            let given = given.as_ref().map(OneOrMany::to_vec).unwrap_or_default();
            match counted {
                Some(c) if c == given => {}
                Some(c) => errors.push(format!(
                    "{side}_words {given:?} but Clausewise reads {c:?} in {e:?}"
                )),
                None => errors.push(format!("point number out of range in {e:?}")),
            }
        }
        for &x in &a {
            *seen_old.entry(x).or_insert(0) += 1;
        }
        for &y in &b {
            *seen_new.entry(y).or_insert(0) += 1;
        }
        implied.extend(a.iter().flat_map(|&x| b.iter().map(move |&y| (x, y))));
    }
    for (side, seen, n) in [
        ("old", &seen_old, truth.a_points),
        ("new", &seen_new, truth.b_points),
    ] {
        for x in 1..=n as u32 {
            let times = seen.get(&x).copied().unwrap_or(0);
            if times != 1 {
                errors.push(format!(
                    "{side} point {x} occurs {times} times among the entries"
                ));
            }
        }
    }
    let pairs: BTreeSet<(u32, u32)> = truth.pairs.iter().copied().collect();
    if pairs != implied || pairs.len() != truth.pairs.len() {
        errors.push("pairs differ from the pairs the entries imply".to_owned());
    }
    for op in ["kept", "moved", "merged", "split", "removed", "added"] {
        let (given, counted) = (
            truth.counts.get(op).copied(),
            counts.get(op).copied().unwrap_or(0),
        );
        if given != Some(counted) {
            errors.push(format!(
                "counts[{op}] is {given:?}, there are {counted} such entries"
            ));
        }
    }
    errors
}
