//! The `clausewise` binary end to end: output formats, exit codes, and one-line errors that
//! name the file for every kind of bad input.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const OLD: &str = "samples/peace-plan-2025-11-28-points.txt";
const NEW: &str = "samples/peace-plan-2025-12-20-points.txt";

fn clausewise() -> Command {
    Command::cargo_bin("clausewise").unwrap()
}

/// Runs `cmd`, which must succeed, and reads what it printed as JSON.
fn json_of(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Runs a compare that must fail and returns its stderr, checking exit code 1 and one line.
fn fails(args: &[&str]) -> String {
    let out = clausewise().arg("compare").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "exit code for {args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(out.stdout.is_empty());
    err
}

#[test]
fn text_output_lists_every_kind_of_change() {
    clausewise()
        .args(["compare", OLD, NEW])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "OLD: Peace plan for Ukraine: the 28-point US draft",
        ))
        .stdout(predicate::str::contains("- 26 -> —: removed"))
        .stdout(predicate::str::contains("+ — -> 10: added"))
        .stdout(predicate::str::contains(
            "[-capped at 600,000 personnel-]{+kept at 800,000 personnel in peacetime+}",
        ));
}

#[test]
fn json_output_has_the_documented_shape_and_rebuilds_both_texts() {
    let out = clausewise()
        .args(["compare", OLD, NEW, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["old"]["point_count"], 28);
    assert_eq!(doc["new"]["point_count"], 20);
    assert_eq!(doc["old"]["path"], OLD);
    let rows = doc["rows"].as_array().unwrap();
    let old = clausewise::Draft::load(Path::new(OLD)).unwrap();
    let new = clausewise::Draft::load(Path::new(NEW)).unwrap();
    let mut seen_old = 0;
    let mut seen_new = 0;
    for row in rows {
        let status = row["status"].as_str().unwrap();
        assert!(
            [
                "unchanged",
                "changed",
                "removed",
                "added",
                "merged",
                "split"
            ]
            .contains(&status)
        );
        assert!(row["moved"].is_boolean());
        let labels = |side: &str| -> Vec<String> {
            row[side]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap().to_owned())
                .collect()
        };
        let (old_labels, new_labels) = (labels("old"), labels("new"));
        seen_old += old_labels.len();
        seen_new += new_labels.len();
        assert_eq!(
            row["similarity"].is_null(),
            status == "removed" || status == "added"
        );
        // Every paired row says why it was paired; removed and added rows do not.
        let evidence = row["evidence"].as_str();
        if status == "removed" || status == "added" {
            assert!(evidence.is_none() && row["weak"].is_null());
        } else {
            assert!(
                [
                    "identical",
                    "similar",
                    "contained",
                    "in place",
                    "merged",
                    "split",
                    "same role"
                ]
                .contains(&evidence.unwrap()),
                "{row}"
            );
            assert!(row["weak"].is_null() || row["weak"] == true);
        }
        if status == "unchanged" && !row["moved"].as_bool().unwrap() {
            assert_eq!(evidence, Some("identical"));
        }
        let side_text = |keep: &str| -> String {
            row["diff"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|s| s["op"] == "equal" || s["op"] == keep)
                .map(|s| s["text"].as_str().unwrap())
                .collect()
        };
        let point_text = |d: &clausewise::Draft, labels: &[String]| -> String {
            labels
                .iter()
                .map(|l| {
                    d.points
                        .iter()
                        .find(|p| &p.label == l)
                        .unwrap()
                        .text
                        .clone()
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        if !old_labels.is_empty() {
            assert_eq!(side_text("delete"), point_text(&old, &old_labels));
        }
        if !new_labels.is_empty() {
            assert_eq!(side_text("insert"), point_text(&new, &new_labels));
        }
    }
    assert_eq!(
        (seen_old, seen_new),
        (28 + 2, 20 + 2),
        "every point, the title and the preamble are in exactly one row"
    );
    let summary = &doc["summary"];
    let count = |s: &str| rows.iter().filter(|r| r["status"] == s).count() as u64;
    for status in [
        "unchanged",
        "changed",
        "removed",
        "added",
        "merged",
        "split",
    ] {
        assert_eq!(summary[status].as_u64().unwrap(), count(status), "{status}");
    }
    assert_eq!(summary["removed"], 10);
}

#[test]
fn markdown_output_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    clausewise()
        .args(["compare", OLD, NEW, "-f", "markdown", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.starts_with("# Comparison of drafts"));
    assert!(md.contains("## Removed points (10)"));
    assert!(
        md.contains("~~capped at 600,000 personnel~~**kept at 800,000 personnel in peacetime**")
    );
}

#[test]
fn never_writes_over_an_input_draft() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    std::fs::copy(OLD, &old).unwrap();
    let before = std::fs::read(&old).unwrap();
    let err = fails(&[old.to_str().unwrap(), NEW, "-o", old.to_str().unwrap()]);
    assert!(err.contains("old.txt: is an input draft"), "{err}");
    assert_eq!(std::fs::read(&old).unwrap(), before);
}

#[test]
fn bad_inputs_get_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    std::fs::write(path("plan.pdf"), b"%PDF-1.7\n...").unwrap();
    std::fs::write(path("data.bin"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(path("empty.txt"), b"").unwrap();
    std::fs::write(path("doc.docx"), b"PK\x03\x04rest").unwrap();

    let cases = [
        (
            path("missing.txt"),
            "missing.txt: cannot read: no such file",
        ),
        (path("plan.pdf"), "plan.pdf: is a PDF file"),
        (path("data.bin"), "data.bin: is a binary file"),
        (path("empty.txt"), "empty.txt: is empty"),
        (path("doc.docx"), "doc.docx: is a ZIP archive"),
        (dir.path().to_str().unwrap().to_owned(), "is a directory"),
    ];
    for (bad, message) in cases {
        let err = fails(&[OLD, &bad]);
        assert!(err.starts_with("clausewise: error: "), "{err}");
        assert!(err.contains(message), "{err} should contain {message}");
    }
}

#[test]
fn legacy_and_utf16_encodings_compare_like_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let uk = std::fs::read_to_string("samples/uk-memorandum-draft-1.txt").unwrap();
    let cp1251 = dir.path().join("draft-1251.txt");
    std::fs::write(&cp1251, encoding_rs::WINDOWS_1251.encode(&uk).0).unwrap();
    let utf16 = dir.path().join("draft-utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in uk.replace('\n', "\r\n").encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).unwrap();
    let doc = json_of(
        clausewise()
            .arg("compare")
            .args([&cp1251, &utf16])
            .args(["-f", "json"]),
    );
    // Every point is unchanged, and so are the title and the preamble (rows of their own).
    assert_eq!(
        doc["summary"]["unchanged"].as_u64(),
        doc["old"]["point_count"].as_u64().map(|n| n + 2)
    );
    let title = uk.lines().next().unwrap();
    assert_eq!(doc["old"]["title"], title);
    assert_eq!(doc["new"]["title"], title);
}

#[test]
fn usage_errors_exit_2_and_help_and_version_work() {
    clausewise().args(["compare", OLD]).assert().code(2);
    clausewise()
        .args(["compare", OLD, NEW, "--format", "pdf"])
        .assert()
        .code(2);
    clausewise()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("compare"));
    clausewise()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(env!("CARGO_PKG_VERSION")));
}

/// `compare --review` adds annotations to JSON only: another format is a usage error (exit 2)
/// that names the flags, not an error blamed on the review file, and nothing is written.
#[test]
fn compare_review_without_json_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.md");
    for format in [None, Some("markdown"), Some("html")] {
        let mut cmd = clausewise();
        cmd.args([
            "compare",
            OLD,
            NEW,
            "--review",
            "samples/peace-plan.review.ron",
        ]);
        if let Some(f) = format {
            cmd.args(["--format", f]);
        }
        let out = cmd.arg("-o").arg(&out_file).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{format:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("--review") && err.contains("--format json"),
            "{err}"
        );
        assert!(!err.contains("peace-plan.review.ron:"), "{err}");
        assert!(!out_file.exists());
    }
}

#[test]
fn inspect_shows_how_a_draft_was_split() {
    let glued = "tests/fixtures/layouts/glued-numbers.txt";
    clausewise()
        .args(["inspect", glued])
        .assert()
        .success()
        .stdout(predicate::str::contains("scheme:   numbers `1.`"))
        .stdout(predicate::str::contains(
            "3 found glued to the end of the sentence before",
        ))
        .stdout(predicate::str::contains(
            "title:    Twenty-point plan (copy from a news page)",
        ))
        .stdout(predicate::str::is_match(r"(?m)^line 2 +2 +Non-aggression is guaranteed").unwrap());
    let out = clausewise()
        .args(["inspect", "--format", "json", OLD])
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["encoding"], "UTF-8");
    assert_eq!(doc["point_count"], 28);
    let points = doc["points"].as_array().unwrap();
    let row = |i: usize| {
        (
            points[i]["kind"].as_str().unwrap(),
            points[i]["label"].as_str().unwrap(),
        )
    };
    assert_eq!(
        [row(0), row(1), row(2)],
        [("title", "Title"), ("preamble", "Preamble"), ("point", "1")]
    );
    // Line ranges are those of the file, and the words are the point's own.
    let source = std::fs::read_to_string(OLD).unwrap();
    let first_line = points[2]["first_line"].as_u64().unwrap() as usize;
    let line = source.lines().nth(first_line - 1).unwrap();
    let first_word = points[2]["first_words"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    assert!(line.starts_with(&format!("1. {first_word}")), "{line}");
    // A bad file: one line naming it, exit code 1.
    let out = clausewise()
        .args(["inspect", "no/such/draft.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no/such/draft.txt") && err.trim_end().lines().count() == 1,
        "{err}"
    );
}

/// The sample review corrects one alignment by hand: Geneva point 2 was split into December
/// points 2 and 6. The aligner finds that split too, weakly (December 2 stands where Geneva 2
/// stood); the correction makes it the reader's decision, "by hand".
#[test]
fn a_correction_made_by_hand_reaches_compare_report_and_history() {
    const GENEVA: &str = "samples/peace-plan-2025-11-30-geneva-19-points.txt";
    const REVIEW: &str = "samples/peace-plan.review.ron";
    let rows = |review: bool| -> Vec<serde_json::Value> {
        let mut cmd = clausewise();
        cmd.args(["compare", GENEVA, NEW, "--format", "json"]);
        if review {
            cmd.args(["--review", REVIEW]);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["rows"].as_array().unwrap().clone()
    };
    let split = |rows: &[serde_json::Value]| {
        rows.iter()
            .find(|r| r["old"] == serde_json::json!(["2"]))
            .cloned()
            .unwrap()
    };
    // Without the review the aligner's own answer stands: the same split, on its evidence.
    let plain = rows(false);
    assert_eq!(split(&plain)["new"], serde_json::json!(["2", "6"]));
    assert_eq!(split(&plain)["evidence"], "split");
    // With it, the split row is made by hand, and December 2 is not reported added.
    let corrected = rows(true);
    let row = split(&corrected);
    assert_eq!(row["status"], "split");
    assert_eq!(row["new"], serde_json::json!(["2", "6"]));
    assert_eq!(row["evidence"], "by hand");
    assert!(
        !corrected
            .iter()
            .any(|r| r["status"] == "added" && r["new"] == serde_json::json!(["2"]))
    );

    let out = clausewise()
        .args(["report", REVIEW, "--old", "2", "--new", "3"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("2 → 2 + 6 · split"), "{report}");
    assert!(report.contains("evidence: by hand"));
    assert!(report.contains("## Alignment corrected by hand (1)"));
    assert!(report.contains("pair 2 → 2, 6"));

    let history = |review: bool| {
        let mut cmd = clausewise();
        cmd.args(["history", OLD, GENEVA, NEW]);
        if review {
            cmd.args(["--review", REVIEW]);
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    let (plain, corrected) = (history(false), history(true));
    // The aligner's answer and the reviewer's agree (D2 3 removed); only the correction's
    // history says which step rests on a decision made by hand.
    assert!(plain.contains("4 removed (D2 3, 5, 6, 7)"), "{plain}");
    assert!(
        corrected.contains("4 removed (D2 3, 5, 6, 7)"),
        "{corrected}"
    );
    assert!(corrected.contains("1 added (D3 10)"));
    // The history says which step rests on the correction, in its findings and its table.
    assert!(!plain.contains("by hand"), "{plain}");
    assert!(
        corrected.contains("1 aligned by hand (D2 2 → D3 2 + 6)"),
        "{corrected}"
    );
    assert!(corrected.contains("† by hand") && corrected.contains("2†S"));
}

#[test]
fn a_users_thesaurus_pairs_synonyms_of_another_language_and_a_bad_one_stops_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    // Polish, which the bundled thesaurus does not cover: point 2 is said again in other words.
    std::fs::write(
        &old,
        "1. Strony wymieniają wszystkich jeńców w ciągu trzydziestu dni.\n\
         2. Obce wojska opuszczają terytorium przed końcem roku.\n\
         3. Przejście graniczne w Dolnej zostaje otwarte dla ciężarówek z lekami.\n",
    )
    .unwrap();
    std::fs::write(
        &new,
        "1. Strony wymieniają wszystkich jeńców w ciągu trzydziestu dni.\n\
         2. Zagraniczne kontyngenty wycofują się do grudnia.\n\
         3. Przejście graniczne w Dolnej zostaje otwarte dla ciężarówek z lekami.\n",
    )
    .unwrap();
    let thesaurus = dir.path().join("thesaurus.txt");
    let status_of_point_2 = |thesaurus: &Path| -> String {
        let doc = json_of(
            clausewise()
                .env("CLAUSEWISE_THESAURUS", thesaurus)
                .args(["compare", "--format", "json"])
                .args([&old, &new]),
        );
        let rows = doc["rows"].as_array().unwrap().clone();
        let row = rows
            .iter()
            .find(|r| r["old"] == serde_json::json!(["2"]))
            .unwrap();
        format!("{} {}", row["status"], row["new"])
    };
    // No such file: the bundled thesaurus alone, and point 2 is removed and added.
    assert_eq!(status_of_point_2(&thesaurus), r#""removed" []"#);
    std::fs::write(
        &thesaurus,
        "# Polish\nobce, obcy, zagraniczne, zagraniczny\nwojska, wojsk, kontyngent*\nopuszcz*, wycofuj*\n",
    )
    .unwrap();
    assert_eq!(status_of_point_2(&thesaurus), r#""changed" ["2"]"#);

    std::fs::write(&thesaurus, "obce, zagraniczne\nwojska\n").unwrap();
    clausewise()
        .env("CLAUSEWISE_THESAURUS", &thesaurus)
        .args(["compare"])
        .args([&old, &new])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains(thesaurus.display().to_string())
                .and(predicate::str::contains(
                    "line 2: a concept needs two entries",
                ))
                .and(predicate::function(|e: &str| {
                    e.trim_end().lines().count() == 1
                })),
        );
}
