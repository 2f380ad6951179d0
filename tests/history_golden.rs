//! Golden test of the samples' history: the JSON report of the three peace-plan drafts must
//! match `tests/fixtures/history/samples.json` exactly.
//!
//! After a deliberate change, regenerate the file with
//! `UPDATE_GOLDEN=1 cargo test --test history_golden`, then read the difference (`git diff`)
//! against `samples/README.md` before committing it.

use std::path::Path;

use clausewise::compare::history::history;
use clausewise::report::{Format, history::write};
use clausewise::{Draft, TextOptions};

const DRAFTS: [&str; 3] = [
    "samples/peace-plan-2025-11-28-points.txt",
    "samples/peace-plan-2025-11-30-geneva-19-points.txt",
    "samples/peace-plan-2025-12-20-points.txt",
];

const GOLDEN: &str = "tests/fixtures/history/samples.json";

#[test]
fn samples_history_matches_the_golden_file() {
    let drafts: Vec<Draft> = DRAFTS
        .iter()
        .map(|p| Draft::load(Path::new(p)).expect("the sample loads"))
        .collect();
    let h = history(&drafts, &TextOptions::default());
    let mut out = Vec::new();
    write(&mut out, Format::Json, &drafts, &h).expect("writing to memory");
    let doc: serde_json::Value = serde_json::from_slice(&out).expect("the report is JSON");
    // One lineage per line: readable, and a difference shows as the lines that changed.
    let mut actual = String::from("{\n  \"drafts\": [\n");
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    let lines = |values: Vec<serde_json::Value>| -> String {
        values
            .iter()
            .map(|v| format!("    {v}"))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    actual.push_str(&lines(list("drafts")));
    actual.push_str("\n  ],\n  \"lineages\": [\n");
    actual.push_str(&lines(list("lineages")));
    actual.push_str("\n  ]\n}\n");
    // The file is the same document.
    let reparsed: serde_json::Value = serde_json::from_str(&actual).expect("valid JSON");
    assert_eq!(reparsed, doc);

    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(Path::new(GOLDEN).parent().expect("a folder"))
            .expect("creating the fixture folder");
        std::fs::write(GOLDEN, &actual).expect("writing the golden file");
        return;
    }
    let expected = std::fs::read_to_string(GOLDEN)
        .unwrap_or_else(|e| panic!("{GOLDEN}: {e} (create it with UPDATE_GOLDEN=1)"));
    if expected != actual {
        let differences: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .map(|(n, (e, a))| format!("line {}:\n  expected {e}\n  actual   {a}", n + 1))
            .collect();
        panic!(
            "the samples' history differs from {GOLDEN} ({} lines expected, {} actual):\n{}\n\
             If the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.",
            expected.lines().count(),
            actual.lines().count(),
            differences.join("\n")
        );
    }
}
