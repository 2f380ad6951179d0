//! History across N drafts: lineages scored against a generated chain's ground truth, the
//! rules every history keeps (checked on generated and sample chains), the samples' history,
//! and the `clausewise history` command.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use assert_cmd::Command;
use clausewise::compare::SpanKind;
use clausewise::compare::history::{History, Lineage, PointRef, Step, history};
use clausewise::report::Format;
use clausewise::report::history::{LineageNotes, findings, write, write_with_notes};
use clausewise::{Draft, TextOptions};

fn load(path: impl AsRef<Path>) -> Draft {
    Draft::load(path.as_ref()).unwrap()
}

/// The rules of the module docs of `compare::history`, checked on one history:
/// - every point of every draft is in a lineage, and in more than one only where lineages
///   meet at a merge or part at a split (no two lineages are the same);
/// - a step is `None` exactly where the lineage has no point on either side, and its status
///   fits the sides (kept steps both, removed the old, added and restored the new);
/// - each step's source is the point in the draft before, or for a restored step the last
///   version before the removal; none for added steps.
fn check_rules(drafts: &[Draft], h: &History) {
    let k = drafts.len();
    let mut holders: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (n, l) in h.lineages.iter().enumerate() {
        assert_eq!(l.points.len(), k);
        assert_eq!(l.steps.len(), k - 1);
        assert_eq!(l.sources.len(), k - 1);
        for (d, p) in l.points.iter().enumerate() {
            if let Some(p) = *p {
                assert!(p < drafts[d].points.len(), "lineage {n}: D{} {p}", d + 1);
                holders.entry((d, p)).or_default().push(n);
            }
        }
        for s in 0..k - 1 {
            let (old, new) = (l.points[s], l.points[s + 1]);
            let before = l.points[..s].iter().any(Option::is_some);
            let at = |point| PointRef { draft: s, point };
            match l.steps[s] {
                None => assert!(old.is_none() && new.is_none(), "lineage {n} step {s}"),
                Some(Step::Removed) => {
                    assert!(old.is_some() && new.is_none(), "lineage {n} step {s}");
                    assert_eq!(l.sources[s], old.map(at), "lineage {n} step {s}");
                }
                Some(Step::Added) => {
                    assert!(
                        old.is_none() && new.is_some() && !before,
                        "lineage {n} step {s}"
                    );
                    assert_eq!(l.sources[s], None, "lineage {n} step {s}");
                }
                Some(Step::Restored) => {
                    assert!(
                        old.is_none() && new.is_some() && before,
                        "lineage {n} step {s}"
                    );
                    let from = l.sources[s].expect("a restored step has a source");
                    assert!(from.draft < s, "lineage {n} step {s}");
                    assert_eq!(l.points[from.draft], Some(from.point));
                    assert!(l.points[from.draft + 1..=s].iter().all(Option::is_none));
                }
                Some(kept) => {
                    assert!(kept.is_kept());
                    assert!(old.is_some() && new.is_some(), "lineage {n} step {s}");
                    assert_eq!(l.sources[s], old.map(at), "lineage {n} step {s}");
                }
            }
        }
    }
    for (d, draft) in drafts.iter().enumerate() {
        for p in 0..draft.points.len() {
            let held = holders.get(&(d, p)).map_or(&[][..], Vec::as_slice);
            assert!(!held.is_empty(), "D{} point {} is in no lineage", d + 1, p);
            if held.len() > 1 {
                for &n in held {
                    assert!(
                        h.lineages[n]
                            .steps
                            .iter()
                            .any(|s| matches!(s, Some(Step::Merged | Step::Split))),
                        "D{} point {} is shared by lineage {n}, which never merged or split",
                        d + 1,
                        p
                    );
                }
            }
        }
    }
    let distinct: BTreeSet<&Vec<Option<usize>>> = h.lineages.iter().map(|l| &l.points).collect();
    assert_eq!(
        distinct.len(),
        h.lineages.len(),
        "two lineages are the same"
    );
}

fn restored_steps(h: &History) -> usize {
    h.lineages
        .iter()
        .flat_map(|l| &l.steps)
        .filter(|&&s| s == Some(Step::Restored))
        .count()
}

/// A draft of the given point texts, numbered 1..n, with no title (so indices are points).
fn numbered(name: &str, points: &[&str]) -> Draft {
    let mut text = String::new();
    for (n, p) in points.iter().enumerate() {
        text.push_str(&format!("{}. {p}\n", n + 1));
    }
    Draft::from_text(name, &text)
}

/// The generated chain's first draft, point texts on one line each.
fn generated_points() -> Vec<String> {
    load("tests/fixtures/chain/draft_00.txt")
        .numbered()
        .map(|(_, p)| p.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Follows the generated chain of `count` drafts in `dir`, checks each step's pairs against
/// the generator's truth (F1 at least `min_f1`) and the rules, and returns the history.
fn follow_generated_chain(dir: &str, count: usize, min_f1: f64) -> History {
    let dir = Path::new(dir);
    let drafts: Vec<Draft> = (0..count)
        .map(|k| load(dir.join(format!("draft_{k:02}.txt"))))
        .collect();
    let h = history(&drafts, &TextOptions::default());
    assert_eq!(h.steps.len(), count - 1);
    for step in 0..count - 1 {
        let truth: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("truth_{step:02}_{:02}.json", step + 1)))
                .unwrap(),
        )
        .unwrap();
        let gold: BTreeSet<(u64, u64)> = truth["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_u64().unwrap(), p[1].as_u64().unwrap()))
            .collect();
        // The generator's truth numbers the points; titles are not in it.
        let label = |d: usize, p: usize| drafts[d].points[p].label.parse::<u64>().ok();
        let predicted: BTreeSet<(u64, u64)> = h
            .lineages
            .iter()
            .filter_map(|l| {
                Some((
                    label(step, l.points[step]?)?,
                    label(step + 1, l.points[step + 1]?)?,
                ))
            })
            .collect();
        let correct = gold.intersection(&predicted).count() as f64;
        let (precision, recall) = (
            correct / predicted.len() as f64,
            correct / gold.len() as f64,
        );
        let f1 = 2.0 * precision * recall / (precision + recall);
        assert!(
            f1 >= min_f1,
            "{}, step {step}: F1 {f1:.3} (precision {precision:.3}, recall {recall:.3})",
            dir.display()
        );
    }
    check_rules(&drafts, &h);
    h
}

/// A chain of four generated drafts (`gen_drafts.py --points 80 --seed 7 --edit-rate 0.2
/// --drafts 4`) with the generator's truth for every step.
#[test]
fn lineages_follow_the_generated_chain() {
    let h = follow_generated_chain("tests/fixtures/chain", 4, 0.97);
    // The generator never brings a removed point back.
    assert_eq!(restored_steps(&h), 0);
}

/// Five short generated drafts, heavily edited (`gen_drafts.py --points 80 --seed 1
/// --edit-rate 0.3 --drafts 5 --min-words 15 --max-words 40`): the generator never brings a
/// removed point back, but its points share much of their wording, and weak evidence once
/// "restored" two unrelated points here (a removed D3 68 as D4 25, a removed D4 75 as D5 13).
#[test]
fn a_generated_chain_without_restorations_gets_none() {
    let h = follow_generated_chain("tests/fixtures/history/chain5", 5, 0.9);
    assert_eq!(restored_steps(&h), 0);
}

/// Generated points dropped and brought back again and again: 80 points; 10..20 out of D2;
/// 10..15 and 40..45 out of D4; in D5 10..15 back reworded, and 60..62 dropped for good.
#[test]
fn points_removed_and_restored_repeatedly_keep_one_lineage_each() {
    let all = generated_points();
    assert_eq!(all.len(), 80);
    let reworded: Vec<String> = all
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if (10..15).contains(&i) {
                format!("{t} This is subject to review after five years.")
            } else {
                t.clone()
            }
        })
        .collect();
    let keep = |texts: &[String], out: &dyn Fn(usize) -> bool| -> Vec<String> {
        texts
            .iter()
            .enumerate()
            .filter(|(i, _)| !out(*i))
            .map(|(_, t)| t.clone())
            .collect()
    };
    let versions: Vec<Vec<String>> = vec![
        all.clone(),
        keep(&all, &|i| (10..20).contains(&i)),
        all.clone(),
        keep(&all, &|i| (10..15).contains(&i) || (40..45).contains(&i)),
        keep(&reworded, &|i| (60..62).contains(&i)),
    ];
    let drafts: Vec<Draft> = versions
        .iter()
        .enumerate()
        .map(|(k, v)| {
            numbered(
                &format!("D{}", k + 1),
                &v.iter().map(String::as_str).collect::<Vec<_>>(),
            )
        })
        .collect();
    let h = history(&drafts, &TextOptions::default());
    check_rules(&drafts, &h);
    assert_eq!(h.lineages.len(), 80);
    let of = |i: usize| &h.lineages[i];
    use Step::*;
    for i in 10..15 {
        assert_eq!(
            of(i).steps,
            [Some(Removed), Some(Restored), Some(Removed), Some(Restored)],
            "point {}",
            i + 1
        );
        assert_eq!(
            of(i).restored_from(3),
            Some(PointRef { draft: 2, point: i })
        );
        let diff = h.step_diff(&drafts, i, 3).unwrap();
        assert!(diff.spans.iter().any(|s| s.kind == SpanKind::Insert));
    }
    for i in 15..20 {
        assert_eq!(
            of(i).steps,
            [
                Some(Removed),
                Some(Restored),
                Some(Unchanged),
                Some(Unchanged)
            ]
        );
    }
    for i in 40..45 {
        assert_eq!(
            of(i).steps,
            [
                Some(Unchanged),
                Some(Unchanged),
                Some(Removed),
                Some(Restored)
            ]
        );
    }
    for i in 60..62 {
        assert_eq!(of(i).points[4], None);
        assert_eq!(of(i).steps[3], Some(Removed));
    }
    assert_eq!(restored_steps(&h), 20);
    assert_eq!(h.restorations().len(), 20);
}

/// The 5 × 20,000-point corpus of the benchmark (`benches/gen_drafts.py --drafts 5`, in
/// `target/bench-corpus/large5`, shared with scripts/bench.sh and generated here when missing):
/// no point is ever restored by the generator, so none may be found; and the lineages keep
/// the rules. Ignored by default for its time (15 s in a debug build, corpus included).
#[test]
#[ignore = "slow (five 20,000-point drafts; needs python3); run with --ignored"]
fn the_large_generated_chain_has_no_restored_points() {
    let dir = Path::new("target/bench-corpus/large5");
    if !dir.join("draft_04.txt").exists() {
        let status = std::process::Command::new("python3")
            .args(["benches/gen_drafts.py", "--points", "20000", "--seed", "3"])
            .args(["--edit-rate", "0.1", "--drafts", "5", "--out-dir"])
            .arg(dir)
            .status()
            .expect("python3 runs benches/gen_drafts.py");
        assert!(status.success(), "benches/gen_drafts.py failed");
    }
    let drafts: Vec<Draft> = (0..5)
        .map(|k| load(dir.join(format!("draft_{k:02}.txt"))))
        .collect();
    let h = history(&drafts, &TextOptions::default());
    check_rules(&drafts, &h);
    assert_eq!(restored_steps(&h), 0);
}

fn sample_drafts() -> Vec<Draft> {
    [
        "samples/peace-plan-2025-11-28-points.txt",
        "samples/peace-plan-2025-11-30-geneva-19-points.txt",
        "samples/peace-plan-2025-12-20-points.txt",
    ]
    .iter()
    .map(load)
    .collect()
}

#[test]
fn samples_history_tells_what_went_and_what_came_back() {
    let drafts = sample_drafts();
    let h = history(&drafts, &TextOptions::default());
    check_rules(&drafts, &h);
    let lineage_of = |draft: usize, label: &str| {
        h.lineages
            .iter()
            .find(|l| l.points[draft].is_some_and(|p| drafts[draft].points[p].label == label))
            .unwrap()
    };
    let labels = |l: &clausewise::compare::history::Lineage| -> Vec<Option<String>> {
        l.points
            .iter()
            .enumerate()
            .map(|(d, p)| p.map(|p| drafts[d].points[p].label.clone()))
            .collect()
    };
    // The army cap: dropped at Geneva, back (at 800,000) in December.
    let army = lineage_of(0, "6");
    assert_eq!(labels(army), [Some("6".into()), None, Some("4".into())]);
    assert_eq!(army.steps, [Some(Step::Removed), Some(Step::Restored)]);
    // The amnesty: dropped at Geneva for good.
    let amnesty = lineage_of(0, "26");
    assert_eq!(labels(amnesty), [Some("26".into()), None, None]);
    assert_eq!(amnesty.steps, [Some(Step::Removed), None]);
    // The free-trade point is new in December.
    assert_eq!(lineage_of(2, "10").steps, [None, Some(Step::Added)]);
    // The ceasefire moved up at Geneva.
    assert_eq!(lineage_of(0, "28").steps[0], Some(Step::Moved));
    // Merged at Geneva and split again in December, each to its own part: 2 (the pact) into
    // Geneva 2 and on to December 2, 16 (Russia's non-aggression law) on to December 6.
    for (old, new) in [("2", "2"), ("16", "6")] {
        let l = lineage_of(0, old);
        assert_eq!(
            labels(l),
            [Some(old.into()), Some("2".into()), Some(new.into())]
        );
        assert_eq!(l.steps, [Some(Step::Merged), Some(Step::Split)]);
    }
    // Merged at Geneva (no invasion of neighbours, no NATO enlargement), dropped in December.
    for old in ["3", "4"] {
        let l = lineage_of(0, old);
        assert_eq!(labels(l), [Some(old.into()), Some("3".into()), None]);
        assert_eq!(l.steps, [Some(Step::Merged), Some(Step::Removed)]);
    }
    // Merged at Geneva and split again in December: each part goes to its own old point
    // (5 → 3 and 10 → 5, as the direct comparison of November and December has it).
    for (old, new) in [("5", "3"), ("10", "5")] {
        let l = lineage_of(0, old);
        assert_eq!(
            labels(l),
            [Some(old.into()), Some("4".into()), Some(new.into())]
        );
        assert_eq!(l.steps, [Some(Step::Merged), Some(Step::Split)]);
    }
}

#[test]
fn a_restored_step_compares_the_last_version_before_removal() {
    let drafts = sample_drafts();
    let h = history(&drafts, &TextOptions::default());
    let six = point(&drafts[0], "6");
    let four = point(&drafts[2], "4");
    let army = h
        .lineages
        .iter()
        .position(|l| l.points[0] == Some(six))
        .unwrap();
    assert_eq!(
        h.lineages[army].restored_from(1),
        Some(PointRef {
            draft: 0,
            point: six
        })
    );
    assert_eq!(
        h.lineages[army].source(1),
        h.lineages[army].restored_from(1)
    );
    let r = h.restorations();
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].step, r[0].lineage), (1, army));
    assert_eq!(
        r[0].to,
        PointRef {
            draft: 2,
            point: four
        }
    );
    let diff = h.step_diff(&drafts, army, 1).unwrap();
    let changed: Vec<(SpanKind, &str)> = diff
        .spans
        .iter()
        .filter(|s| s.kind != SpanKind::Equal)
        .map(|s| (s.kind, s.text.as_str()))
        .collect();
    assert_eq!(
        changed,
        [
            (SpanKind::Delete, "capped at 600,000 personnel"),
            (SpanKind::Insert, "kept at 800,000 personnel in peacetime")
        ]
    );
    // The reports show that diff.
    let mut text = Vec::new();
    write(&mut text, Format::Text, &drafts, &h).unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains("  D3 4 (was D1 6):\n    Ukraine's armed forces are [-capped at 600,000 personnel-]{+kept at 800,000 personnel in peacetime+}.\n"),
        "{text}"
    );
    let mut md = Vec::new();
    write(&mut md, Format::Markdown, &drafts, &h).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains("**D3 4** (was D1 6)\n\n> Ukraine's armed forces are ~~capped at 600,000 personnel~~**kept at 800,000 personnel in peacetime**."),
        "{md}"
    );
}

#[test]
fn reworded_at_every_step_names_points_by_the_draft_they_first_appear_in() {
    let drafts = [
        numbered(
            "D1",
            &[
                "Sovereignty of Ukraine is confirmed by all parties to this agreement.",
                "Elections are held within one hundred days of signature of this agreement.",
            ],
        ),
        numbered(
            "D2",
            &[
                "Sovereignty of Ukraine is confirmed again by all parties to this agreement.",
                "Elections are held within one hundred days of signature of this agreement.",
                "A fund for the reconstruction of Ukraine is set up with frozen assets.",
            ],
        ),
        numbered(
            "D3",
            &[
                "Sovereignty of Ukraine is confirmed again by all the parties to this agreement.",
                "Elections are held within one hundred days of signature of this agreement.",
                "A fund for the reconstruction of Ukraine is set up with frozen Russian assets.",
            ],
        ),
    ];
    let h = history(&drafts, &TextOptions::default());
    let lines = findings(&drafts, &h);
    assert_eq!(
        lines.last().map(String::as_str),
        Some("reworded at every step: 2 (D1 1; D2 3)"),
        "{lines:?}"
    );
    // Two drafts: every reworded point.
    let two = history(&drafts[..2], &TextOptions::default());
    assert_eq!(
        findings(&drafts[..2], &two).last().map(String::as_str),
        Some("reworded at every step: 1 (D1 1)")
    );
}

#[test]
fn reworded_at_every_step_leaves_out_merges_and_splits() {
    let drafts = sample_drafts();
    let h = history(&drafts, &TextOptions::default());
    let lines = findings(&drafts, &h);
    // Not 2 (merged at Geneva) nor 5 (merged, then split), nor 7 (removed in December). The
    // samples' titles and preambles are reworded in every draft, and are compared too.
    assert_eq!(
        lines.last().map(String::as_str),
        Some("reworded at every step: 4 (D1 Title, Preamble, 19, 21)"),
        "{lines:?}"
    );
    // November against December directly: every reworded point, named in November.
    let direct = [drafts[0].clone(), drafts[2].clone()];
    let h = history(&direct, &TextOptions::default());
    let lines = findings(&direct, &h);
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("reworded at every step: "),
        "{lines:?}"
    );
    for l in &h.lineages {
        if l.steps[0] == Some(Step::Changed) {
            let label = &direct[0].points[l.points[0].unwrap()].label;
            assert!(
                lines.last().unwrap().contains(&format!(" {label}")),
                "{label}: {lines:?}"
            );
        }
    }
}

#[test]
fn history_command_json_and_errors() {
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "history",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-11-30-geneva-19-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let counts: Vec<u64> = doc["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["point_count"].as_u64().unwrap())
        .collect();
    assert_eq!(counts, [28, 19, 20]);
    let army = doc["lineages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["labels"][0] == "6")
        .unwrap();
    assert_eq!(army["labels"], serde_json::json!(["6", null, "4"]));
    assert_eq!(army["steps"], serde_json::json!(["removed", "restored"]));

    let text = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "history",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(text.stdout)
            .unwrap()
            .contains("D1 → D2: 10 removed (D1 3, 4, 7, 8, 9, 13, 14, 15, 17, 26)")
    );

    // One draft is a usage error; a missing one an input error naming it.
    Command::cargo_bin("clausewise")
        .unwrap()
        .args(["history", "samples/peace-plan-2025-11-28-points.txt"])
        .assert()
        .code(2);
    let missing = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "history",
            "samples/peace-plan-2025-11-28-points.txt",
            "nope.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8(missing.stderr)
            .unwrap()
            .contains("nope.txt: cannot read")
    );
}

#[test]
fn history_with_a_review_gives_lineages_their_categories() {
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "history",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-11-30-geneva-19-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "--review",
            "samples/peace-plan.review.ron",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let army = doc["lineages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["labels"][0] == "6")
        .unwrap();
    assert_eq!(army["categories"], serde_json::json!(["armed_forces"]));
    assert_eq!(
        army["assessments"],
        serde_json::json!(["unfavourable to Ukraine", "favourable to Ukraine"])
    );
}

#[test]
fn history_and_compare_write_self_contained_html() {
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "history",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-11-30-geneva-19-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(
        page.contains(
            "<li>D2 → D3: 4 removed (D2 3, 5, 6, 7); 1 added (D3 10); 1 restored (D3 4 from D1 6)</li>"
        ),
        "{page}"
    );
    assert!(page.contains("title=\"restored\">R 4</td>"));
    assert!(page.contains(
        "<p><b>D3 4</b> (was D1 6)</p><blockquote>Ukraine&#39;s armed forces are <del>capped at 600,000 personnel</del><ins>kept at 800,000 personnel in peacetime</ins>.</blockquote>"
    ), "{page}");
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "compare",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "-f",
            "html",
        ])
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(
        "<del>capped at 600,000 personnel</del><ins>kept at 800,000 personnel in peacetime</ins>"
    ));
    assert!(!page.contains("<script"));
}

#[test]
fn history_reports_count_points_by_category_with_a_review() {
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "history",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-11-30-geneva-19-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "--review",
            "samples/peace-plan.review.ron",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## By category"), "{md}");
    assert!(
        md.contains(
            "### Armed forces and military limits\n\n\
             | | points | removed | added | restored |\n\
             | --- | ---: | ---: | ---: | ---: |\n\
             | D1 | 1 |  |  |  |\n\
             | D1 → D2 |  | 1 | 0 | 0 |\n\
             | D2 | 0 |  |  |  |\n\
             | D2 → D3 |  | 0 | 0 | 1 |\n\
             | D3 | 1 |  |  |  |\n"
        ),
        "{md}"
    );
    // Security guarantees: November 5 and 10 are one point at Geneva, counted once.
    assert!(
        md.contains("### Security guarantees\n\n| | points | removed | added | restored |\n| --- | ---: | ---: | ---: | ---: |\n| D1 | 2 |  |  |  |\n| D1 → D2 |  | 0 | 0 | 0 |\n| D2 | 1 |  |  |  |"),
        "{md}"
    );
}

/// Per category, HTML has a table with inline bars (no script), its text escaped.
#[test]
fn history_html_by_category_has_bars_and_escapes_labels() {
    let drafts = sample_drafts();
    let h = history(&drafts, &TextOptions::default());
    let six = point(&drafts[0], "6");
    let notes: Vec<LineageNotes> = h
        .lineages
        .iter()
        .map(|l: &Lineage| LineageNotes {
            categories: if l.points[0] == Some(six) {
                vec!["army".to_owned()]
            } else {
                Vec::new()
            },
            assessments: Vec::new(),
        })
        .collect();
    let mut taxonomy = clausewise::review::Taxonomy::default();
    taxonomy.categories.push(clausewise::review::Category {
        id: "army".into(),
        label: "Army <size> & \"caps\"".into(),
        colour: "#123456".into(),
        description: String::new(),
        keywords: Vec::new(),
    });
    let mut page = Vec::new();
    write_with_notes(&mut page, Format::Html, &drafts, &h, &notes, &taxonomy).unwrap();
    let page = String::from_utf8(page).unwrap();
    assert!(
        page.contains("<h3>Army &lt;size&gt; &amp; &quot;caps&quot;</h3><table>"),
        "{page}"
    );
    assert!(page.contains("<tr><th>D1 → D2</th><td></td><td class=\"bars\">1<span class=\"bar\" style=\"width:8.00em;background:#b00020\"></span></td>"), "{page}");
    assert!(
        page.contains(
            "<tr><th>D2</th><td class=\"bars\">0<span class=\"bar\" style=\"width:0.00em;"
        ),
        "{page}"
    );
    assert!(!page.contains("<script"));
    assert!(!page.contains("<size>"));
    let mut text = Vec::new();
    write_with_notes(&mut text, Format::Text, &drafts, &h, &notes, &taxonomy).unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains("  Army <size> & \"caps\"\n             points   removed     added  restored\n  D1              1\n  D1 → D2                   1         0         0\n"),
        "{text}"
    );
}

/// The index of the point labelled `label` in `draft`.
fn point(draft: &Draft, label: &str) -> usize {
    draft
        .points
        .iter()
        .position(|p| p.label == label)
        .unwrap_or_else(|| panic!("no point {label} in {}", draft.name))
}

#[test]
fn a_step_between_drafts_in_different_languages_says_so() {
    // An English memorandum, its Ukrainian rendering, and the English text again: both steps
    // cross languages, and the history's findings say so for each.
    let load =
        |name: &str| Draft::load(Path::new(&format!("tests/fixtures/languages/{name}"))).unwrap();
    let drafts = vec![
        load("en_uk_exchange_a.txt"),
        load("en_uk_exchange_b.txt"),
        load("en_uk_exchange_a.txt"),
    ];
    let h = history(&drafts, &TextOptions::default());
    let lines = findings(&drafts, &h);
    for step in ["D1 → D2:", "D2 → D3:"] {
        let line = lines.iter().find(|l| l.starts_with(step)).unwrap();
        assert!(
            line.contains("the drafts are in different languages"),
            "{line}"
        );
    }
    // Drafts in one language are not said to be.
    let same = vec![load("en_uk_exchange_a.txt"), load("en_uk_exchange_a.txt")];
    let h = history(&same, &TextOptions::default());
    assert!(
        findings(&same, &h)
            .iter()
            .all(|l| !l.contains("different languages"))
    );
}
