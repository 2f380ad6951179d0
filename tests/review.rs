//! `clausewise report` on the sample review (carry-forward through all drafts, word diffs in
//! JSON, edited and moved drafts), and its errors.

use assert_cmd::Command;

const REVIEW: &str = "samples/peace-plan.review.ron";

fn report(args: &[&str]) -> std::process::Output {
    Command::cargo_bin("clausewise")
        .unwrap()
        .arg("report")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn markdown_report_answers_what_was_removed_by_category() {
    let out = report(&[REVIEW]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## 28-point US plan, Nov 2025 → Revision after Geneva, late Nov 2025"));
    assert!(
        md.contains("| Justice and amnesty | 0 | 0 | 0 | 0 | 1 | 0 |"),
        "{md}"
    );
    assert!(md.contains("- **26** Every party to the conflict is granted a full amnesty"));
    assert!(md.contains("  - Justice and amnesty — unfavourable to Ukraine — Full amnesty for all parties; dropped at Geneva."));
    // The removed list follows the old draft's order.
    assert!(md.find("- **6** ").unwrap() < md.find("- **17** ").unwrap());
}

#[test]
fn html_and_json_reports() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let out = report(&[
        REVIEW,
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
        "--old",
        "1",
        "--new",
        "3",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<h2>28-point US plan, Nov 2025 → 20-point framework, Dec 2025</h2>"));
    assert!(page.contains(
        "<del>capped at 600,000 personnel</del><ins>kept at 800,000 personnel in peacetime</ins>"
    ));

    let out = report(&[REVIEW, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["pairs"].as_array().unwrap().len(), 2);
    let first = &doc["pairs"][0];
    let amnesty = first["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["old"][0] == "26")
        .unwrap();
    assert_eq!(amnesty["status"], "removed");
    assert_eq!(amnesty["annotations"]["old"][0]["categories"][0], "justice");
}

#[test]
fn bad_review_files_get_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(version: 1, drafts: [").unwrap();
    let out = report(&[bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("bad.ron: not a valid review file"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "(version: 1, drafts: ["
    );
    // A review whose draft is missing names the draft.
    let lonely = dir.path().join("lonely.ron");
    std::fs::write(
        &lonely,
        "(version: 1, drafts: [(path: \"a.txt\"), (path: \"b.txt\")])",
    )
    .unwrap();
    let err = String::from_utf8(report(&[lonely.to_str().unwrap()]).stderr).unwrap();
    assert!(err.contains("a.txt: cannot read: no such file"), "{err}");
    // Bad draft numbers are a clear error.
    let out = report(&[REVIEW, "--old", "1", "--new", "9"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn compare_with_a_review_adds_annotations_to_json_rows() {
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "compare",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "--review",
            REVIEW,
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
    let rows = doc["rows"].as_array().unwrap();
    // The army point has its own annotation on both sides (600,000 in November, 800,000 in December).
    let army = rows.iter().find(|r| r["old"][0] == "6").unwrap();
    assert_eq!(
        army["annotations"]["old"][0]["note"],
        "Cap of 600,000 troops; dropped at Geneva, back at 800,000 in December."
    );
    assert_eq!(
        army["annotations"]["new"][0]["note"],
        "Peacetime army of 800,000, not a cap of 600,000."
    );
    assert_eq!(army["annotations"]["inherited"], false);
    // Point 25 (elections) has no December annotation: the old one carries forward, inherited.
    let elections = rows.iter().find(|r| r["old"][0] == "25").unwrap();
    assert_eq!(elections["annotations"]["inherited"], true);
    // Rows with no annotation have no field.
    assert!(
        rows.iter()
            .find(|r| r["old"][0] == "1")
            .unwrap()
            .get("annotations")
            .is_none()
    );
    // Other formats are a usage error (tests/cli.rs checks the message).
    let out = Command::cargo_bin("clausewise")
        .unwrap()
        .args([
            "compare",
            "samples/peace-plan-2025-11-28-points.txt",
            "samples/peace-plan-2025-12-20-points.txt",
            "--review",
            REVIEW,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The sample drafts, in the review's order.
fn sample_drafts() -> Vec<clausewise::draft::Draft> {
    let review = clausewise::review::Review::load(std::path::Path::new(REVIEW)).unwrap();
    review
        .draft_paths(std::path::Path::new(REVIEW))
        .iter()
        .map(|p| clausewise::draft::Draft::load(p).unwrap())
        .collect()
}

#[test]
fn the_sample_review_matches_its_drafts() {
    let review = clausewise::review::Review::load(std::path::Path::new(REVIEW)).unwrap();
    let drafts = sample_drafts();
    assert_eq!(drafts.len(), 3);
    assert!(
        review.changed_drafts(&drafts).is_empty(),
        "hashes are current"
    );
    assert!(
        review
            .resolve(&drafts)
            .iter()
            .all(|p| *p != clausewise::review::Placement::Orphaned)
    );
}

#[test]
fn annotations_carry_forward_to_every_later_pair() {
    let out = report(&[REVIEW]);
    let md = String::from_utf8(out.stdout).unwrap();
    let geneva = md
        .find("## Revision after Geneva, late Nov 2025 → 20-point framework, Dec 2025")
        .expect("second pair");
    let (first, second) = md.split_at(geneva);
    // The categories table follows the taxonomy's order, not the ids'.
    assert!(
        first.find("| Territory and borders |").unwrap()
            < first.find("| Alliances and NATO |").unwrap()
    );
    // Geneva's points have no annotations of their own: November's reach December's pair,
    // along the review's corrected alignment (the aligner alone pairs Geneva 3, with its
    // NATO annotation, with December 2; the correction makes Geneva 3 removed).
    assert!(
        second.contains("| Alliances and NATO | 0 | 0 | 0 | 0 | 3 | 0 |"),
        "{second}"
    );
    // The title and the preamble, reworded in every draft, are changed rows with no category;
    // the review's correction by hand makes Geneva 2 a split into December 2 and 6 (one
    // changed row and one added row fewer, one split more).
    assert!(
        second.contains("| *no category* | 2 | 10 | 0 | 2 | 1 | 1 |"),
        "{second}"
    );
    assert!(second.contains(
        "- **6** No NATO troops are stationed in Ukraine.\n  - Alliances and NATO — unfavourable to Ukraine — No NATO troops in Ukraine; absent from the December framework. (inherited from 28-point US plan, Nov 2025)"
    ), "{second}");
    // Elections, unchanged from Geneva to December, still shows November's note.
    assert!(second.contains("Elections within 100 days; 'as soon as possible after signing' later. (inherited from 28-point US plan, Nov 2025)"));
    // December's own annotations are not inherited.
    assert!(second.contains("- Armed forces and military limits — favourable to Ukraine — Peacetime army of 800,000, not a cap of 600,000.\n"));

    // The same in JSON: the inherited annotation names its draft; every row has its word diff.
    let out = report(&[REVIEW, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = doc["pairs"][1]["rows"].as_array().unwrap();
    let troops = rows.iter().find(|r| r["old"][0] == "6").unwrap();
    assert_eq!(troops["status"], "removed");
    let note = &troops["annotations"]["old"][0];
    assert_eq!(
        (note["inherited"].as_bool(), note["draft"].as_u64()),
        (Some(true), Some(0))
    );
    assert_eq!(
        troops["diff"],
        serde_json::json!([{"op": "delete", "text": "No NATO troops are stationed in Ukraine."}])
    );
    for pair in doc["pairs"].as_array().unwrap() {
        for row in pair["rows"].as_array().unwrap() {
            let diff = row["diff"].as_array().expect("a diff on every row");
            assert!(!diff.is_empty());
            assert!(
                diff.iter()
                    .all(|s| s["op"].is_string() && s["text"].is_string()),
                "{row}"
            );
        }
    }
    let alliances = doc["pairs"][1]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "alliances")
        .unwrap();
    assert_eq!(alliances["counts"]["removed"], 3);
    assert_eq!(alliances["label"], "Alliances and NATO");
    assert_eq!(doc["changed_drafts"], serde_json::json!([]));
}

#[test]
fn a_review_and_its_drafts_can_be_moved_together_and_edited_drafts_are_noticed() {
    use clausewise::draft::Draft;
    use clausewise::review::{DraftRef, Review, text_hash};
    let tmp = tempfile::tempdir().unwrap();
    let project = tmp.path().join("project");
    std::fs::create_dir_all(project.join("drafts")).unwrap();
    std::fs::create_dir_all(project.join("reviews")).unwrap();
    let texts = [
        "Plan\n1. Sovereignty is confirmed.\n2. A full amnesty is granted for acts during the war.\n3. Elections are held within 100 days.\n",
        "Plan\n1. Sovereignty is confirmed.\n2. Elections are held within 100 days.\n",
    ];
    let mut review = Review::default();
    let mut drafts = Vec::new();
    for (k, text) in texts.iter().enumerate() {
        let path = std::path::absolute(project.join("drafts").join(format!("d{k}.txt"))).unwrap();
        std::fs::write(&path, text).unwrap();
        let draft = Draft::load(&path).unwrap();
        review.drafts.push(DraftRef {
            path,
            label: format!("Draft {}", k + 1),
            hash: text_hash(&draft.source),
        });
        drafts.push(draft);
    }
    // Point 2 (the title "Plan" comes first among the draft's rows).
    let amnesty = drafts[0]
        .points
        .iter()
        .position(|p| p.label == "2")
        .unwrap();
    review
        .annotate(0, &drafts[0], amnesty, |a| {
            a.categories.push("justice".into());
            a.note = "amnesty".into();
        })
        .unwrap();
    let reviews = std::path::absolute(project.join("reviews")).unwrap();
    review
        .relative_to(&reviews)
        .save(&reviews.join("r.ron"))
        .unwrap();
    let saved = std::fs::read_to_string(reviews.join("r.ron")).unwrap();
    assert!(saved.contains("path: \"../drafts/d0.txt\""), "{saved}");

    // The whole folder moves: the report still finds the drafts.
    let moved = tmp.path().join("moved");
    std::fs::rename(&project, &moved).unwrap();
    let review_file = moved.join("reviews").join("r.ron");
    // The drafts are beside the review's folder, not in it: the user says they may be read.
    let out = report(&[review_file.to_str().unwrap(), "--allow-outside"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    // No assessment reads as "unassessed", like the scale's entry.
    assert!(
        md.contains("  - Justice and amnesty — unassessed — amnesty\n"),
        "{md}"
    );
    assert!(!md.contains("changed since"), "{md}");

    // The first draft is edited: the report says so, and the annotation is re-anchored.
    std::fs::write(
        moved.join("drafts").join("d0.txt"),
        texts[0].replace("A full amnesty is granted", "A full amnesty is given"),
    )
    .unwrap();
    let md = String::from_utf8(report(&[review_file.to_str().unwrap(), "--allow-outside"]).stdout)
        .unwrap();
    assert!(md.contains("> Draft “Draft 1” changed since this review was saved; its annotations were re-anchored."), "{md}");
    assert!(
        md.contains("  - Justice and amnesty — unassessed — amnesty\n"),
        "{md}"
    );
    let out = report(&[
        review_file.to_str().unwrap(),
        "--format",
        "json",
        "--allow-outside",
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["changed_drafts"],
        serde_json::json!([{"draft": 0, "label": "Draft 1", "orphaned": 0}])
    );
}
