//! `clausewise report` on the sample review, and its errors.

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
    assert!(md.contains("## 28\\-point US plan, Nov 2025 → Revision after Geneva, late Nov 2025"));
    assert!(
        md.contains("| Justice and amnesty | 0 | 0 | 0 | 0 | 1 | 0 |"),
        "{md}"
    );
    assert!(md.contains("- **26** Every party to the conflict is granted a full amnesty"));
    assert!(md.contains("  - Justice and amnesty — unfavourable to Ukraine — Full amnesty for all parties; dropped at Geneva\\."));
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
    // Other formats are refused with a clear line.
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
    assert_eq!(out.status.code(), Some(1));
}
