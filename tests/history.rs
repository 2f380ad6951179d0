//! History across N drafts: lineages scored against a generated chain's ground truth, the
//! samples' history, and the `clausewise history` command.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use clausewise::compare::history::{Step, history};
use clausewise::{Draft, TextOptions};

fn load(path: impl AsRef<Path>) -> Draft {
    Draft::load(path.as_ref()).unwrap()
}

/// A chain of four generated drafts (`gen_drafts.py --points 80 --seed 7 --edit-rate 0.2
/// --drafts 4`) with the generator's truth for every step.
#[test]
fn lineages_follow_the_generated_chain() {
    let dir = Path::new("tests/fixtures/chain");
    let drafts: Vec<Draft> = (0..4)
        .map(|k| load(dir.join(format!("draft_{k:02}.txt"))))
        .collect();
    let h = history(&drafts, &TextOptions::default());
    assert_eq!(h.steps.len(), 3);
    for step in 0..3 {
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
        let label = |d: usize, p: usize| drafts[d].points[p].label.parse::<u64>().unwrap();
        let predicted: BTreeSet<(u64, u64)> = h
            .lineages
            .iter()
            .filter_map(|l| {
                Some((
                    label(step, l.points[step]?),
                    label(step + 1, l.points[step + 1]?),
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
            f1 >= 0.97,
            "step {step}: F1 {f1:.3} (precision {precision:.3}, recall {recall:.3})"
        );
    }
    // Every point of every draft is in some lineage.
    for (d, draft) in drafts.iter().enumerate() {
        let covered: BTreeSet<usize> = h.lineages.iter().filter_map(|l| l.points[d]).collect();
        assert_eq!(covered.len(), draft.points.len(), "draft {d}");
    }
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
            "<li>D2 → D3: 4 removed (D2 3, 5, 6, 7); 2 added (D3 2, 10); 1 restored (D3 4)</li>"
        ),
        "{page}"
    );
    assert!(page.contains("title=\"restored\">R 4</td>"));
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
        md.contains("- **Armed forces and military limits**: D1 1 · D2 0 · D3 1 · D1→D2 −1 \\+0 restored 0 · D2→D3 −0 \\+0 restored 1"),
        "{md}"
    );
}
