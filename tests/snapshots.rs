//! Snapshot (golden-file) tests of every report on the bundled samples: `compare`, `history`
//! and `report` in each of their formats, run through the real binary, compared with the
//! files in `tests/snapshots/` (`insta`).
//!
//! After a deliberate change to a report, review the differences and accept or reject them
//! with `cargo insta review` (cargo-insta), or rewrite them all at once with
//! `INSTA_UPDATE=always cargo test --no-default-features --test snapshots` and read `git diff
//! tests/snapshots/` before committing. The samples are loaded by relative paths from the
//! project's folder, so no snapshot holds a path that differs between machines; no report
//! holds a date or a timing.

use assert_cmd::Command;

const PLAN_1: &str = "samples/peace-plan-2025-11-28-points.txt";
const PLAN_2: &str = "samples/peace-plan-2025-11-30-geneva-19-points.txt";
const PLAN_3: &str = "samples/peace-plan-2025-12-20-points.txt";
const REVIEW: &str = "samples/peace-plan.review.ron";
const UK_1: &str = "samples/uk-memorandum-draft-1.txt";
const UK_2: &str = "samples/uk-memorandum-draft-2.txt";

/// The formats every report command writes.
const FORMATS: [&str; 4] = ["text", "markdown", "html", "json"];

/// Runs `clausewise` with `args` and returns its standard output, checking that it succeeded
/// and warned of nothing.
fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("clausewise")
        .expect("the binary is built")
        .args(args)
        .env_remove("CLAUSEWISE_TIMINGS")
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "clausewise {args:?} failed: {stderr}");
    assert!(stderr.is_empty(), "clausewise {args:?} warned: {stderr}");
    String::from_utf8(out.stdout).expect("reports are UTF-8")
}

/// The history's JSON (one line) laid out with one draft and one lineage per line, so that a
/// difference shows as the lineages that changed; checked to be the same document.
fn history_json_by_line(json: &str) -> String {
    let doc: serde_json::Value = serde_json::from_str(json).expect("the report is JSON");
    let lines = |key: &str| -> String {
        doc[key]
            .as_array()
            .map(|values| {
                values
                    .iter()
                    .map(|v| format!("    {v}"))
                    .collect::<Vec<_>>()
                    .join(",\n")
            })
            .unwrap_or_default()
    };
    let laid_out = format!(
        "{{\n  \"drafts\": [\n{}\n  ],\n  \"lineages\": [\n{}\n  ]\n}}\n",
        lines("drafts"),
        lines("lineages")
    );
    let reparsed: serde_json::Value = serde_json::from_str(&laid_out).expect("valid JSON");
    assert_eq!(reparsed, doc, "the laid-out history is the same document");
    laid_out
}

#[test]
fn compare_peace_plan_first_and_last() {
    for format in FORMATS {
        let out = run(&["compare", PLAN_1, PLAN_3, "--format", format]);
        insta::assert_snapshot!(format!("compare_plan_1_3_{format}"), out);
    }
}

#[test]
fn compare_peace_plan_with_review_annotations() {
    let out = run(&[
        "compare", PLAN_1, PLAN_2, "--format", "json", "--review", REVIEW,
    ]);
    insta::assert_snapshot!("compare_plan_1_2_review_json", out);
}

#[test]
fn compare_ukrainian_memorandum() {
    for format in FORMATS {
        let out = run(&["compare", UK_1, UK_2, "--format", format]);
        insta::assert_snapshot!(format!("compare_uk_{format}"), out);
    }
}

#[test]
fn history_of_the_peace_plan() {
    for format in FORMATS {
        let out = run(&["history", PLAN_1, PLAN_2, PLAN_3, "--format", format]);
        let out = if format == "json" {
            history_json_by_line(&out)
        } else {
            out
        };
        insta::assert_snapshot!(format!("history_plan_{format}"), out);
    }
}

#[test]
fn history_of_the_peace_plan_with_review() {
    for format in FORMATS {
        let out = run(&[
            "history", PLAN_1, PLAN_2, PLAN_3, "--review", REVIEW, "--format", format,
        ]);
        let out = if format == "json" {
            history_json_by_line(&out)
        } else {
            out
        };
        insta::assert_snapshot!(format!("history_plan_review_{format}"), out);
    }
}

#[test]
fn report_of_the_sample_review() {
    for format in ["markdown", "html", "json"] {
        let out = run(&["report", REVIEW, "--format", format]);
        insta::assert_snapshot!(format!("report_{format}"), out);
    }
    // The default format, one chosen pair.
    let out = run(&["report", REVIEW, "--old", "1", "--new", "3"]);
    insta::assert_snapshot!("report_1_3_markdown", out);
}
