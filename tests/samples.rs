//! Golden tests over the bundled samples: the alignment of every sample pair must match the
//! intended correspondences written down in `samples/README.md` (the `OLD -> NEW` block).

use std::collections::BTreeSet;
use std::path::Path;

use clausewise::{Draft, Status, TextOptions, compare};

/// One expected row: old labels, new labels, and its words ("identical", "reworded", "moved", ...).
#[derive(Debug)]
struct Expected {
    old: Vec<String>,
    new: Vec<String>,
    words: Vec<String>,
}

fn labels(field: &str) -> Vec<String> {
    if field == "-" {
        Vec::new()
    } else {
        field.split(',').map(str::to_owned).collect()
    }
}

/// Reads the pairs and rows from the README's text block.
fn expected_pairs() -> Vec<(String, String, Vec<Expected>)> {
    let readme = std::fs::read_to_string("samples/README.md").expect("samples/README.md");
    let mut pairs: Vec<(String, String, Vec<Expected>)> = Vec::new();
    for line in readme.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["pair", old, "->", new] => pairs.push((old.to_string(), new.to_string(), Vec::new())),
            [old, "->", new, words @ ..] if !pairs.is_empty() && !words.is_empty() => {
                pairs.last_mut().unwrap().2.push(Expected {
                    old: labels(old),
                    new: labels(new),
                    words: words.iter().map(|w| w.to_string()).collect(),
                })
            }
            _ => {}
        }
    }
    assert!(pairs.len() >= 4, "the README lists the sample pairs");
    pairs
}

fn load(name: &str) -> Draft {
    Draft::load(&Path::new("samples").join(name)).expect("sample loads")
}

#[test]
fn every_sample_is_marked_unofficial_and_parses_into_points() {
    for entry in std::fs::read_dir("samples").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let draft = Draft::load(&path).unwrap();
            let head: String = draft
                .source
                .lines()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            assert!(
                head.contains("unofficial") || head.contains("неофіційний"),
                "{} is not marked as an unofficial working text",
                path.display()
            );
            assert!(!draft.title.is_empty(), "{} has a title", path.display());
            assert!(draft.points.len() >= 6, "{} has its points", path.display());
        }
    }
}

#[test]
fn sample_point_counts() {
    let counts: Vec<usize> = [
        "peace-plan-2025-11-28-points.txt",
        "peace-plan-2025-11-30-geneva-19-points.txt",
        "peace-plan-2025-12-20-points.txt",
    ]
    .iter()
    .map(|n| load(n).point_count())
    .collect();
    assert_eq!(counts, [28, 19, 20]);
    // The title and the preamble come first among the rows, then the numbered points.
    let labels: Vec<String> = load("peace-plan-2025-11-28-points.txt")
        .points
        .iter()
        .map(|p| p.label.clone())
        .collect();
    let expected = ["Title", "Preamble"].map(String::from).into_iter();
    assert_eq!(
        labels,
        expected
            .chain((1..=28).map(|n| n.to_string()))
            .collect::<Vec<_>>()
    );
}

#[test]
fn sample_alignments_match_the_intended_correspondences() {
    let mut failures = Vec::new();
    for (old_name, new_name, rows) in expected_pairs() {
        let old = load(&old_name);
        let new = load(&new_name);
        let c = compare(&old, &new, &TextOptions::default());
        let actual: BTreeSet<(Vec<String>, Vec<String>)> = c
            .rows
            .iter()
            .map(|r| {
                (
                    r.old.iter().map(|&i| old.points[i].label.clone()).collect(),
                    r.new.iter().map(|&i| new.points[i].label.clone()).collect(),
                )
            })
            .collect();
        for e in &rows {
            let key = (e.old.clone(), e.new.clone());
            if !actual.contains(&key) {
                failures.push(format!(
                    "{old_name} -> {new_name}: expected {:?} -> {:?} {:?}",
                    e.old, e.new, e.words
                ));
                continue;
            }
            let row = c
                .rows
                .iter()
                .find(|r| {
                    r.old.iter().map(|&i| &old.points[i].label).eq(e.old.iter())
                        && r.new.iter().map(|&i| &new.points[i].label).eq(e.new.iter())
                })
                .unwrap();
            let has = |w: &str| e.words.iter().any(|x| x == w);
            let status_ok = match row.status {
                Status::Unchanged => has("identical"),
                Status::Changed => has("reworded") || has("minor"),
                Status::Merged => has("merged"),
                Status::Split => has("split"),
                Status::Removed => has("removed"),
                Status::Added => has("added"),
            };
            // Of two swapped points either one may be the one reported as moved.
            let moved_ok = has("swapped") || row.moved == has("moved");
            if !status_ok || !moved_ok {
                failures.push(format!(
                    "{old_name} -> {new_name}: {:?} -> {:?} expected {:?}, got {} moved={}",
                    e.old,
                    e.new,
                    e.words,
                    row.status.name(),
                    row.moved
                ));
            }
        }
        let swapped_moved = c.rows.iter().filter(|r| r.moved).count();
        let expected_moved = rows
            .iter()
            .filter(|e| e.words.iter().any(|w| w == "moved"))
            .count()
            + rows.iter().any(|e| e.words.iter().any(|w| w == "swapped")) as usize;
        if swapped_moved != expected_moved {
            failures.push(format!(
                "{old_name} -> {new_name}: {swapped_moved} moved rows, expected {expected_moved}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "alignment differs from samples/README.md:\n{}",
        failures.join("\n")
    );
}

/// The substance findings of the 28-point to 20-point comparison name what the press
/// reported as the substantive changes: the army cap, Europe dropped from the non-aggression
/// pact, the compensation clause and the guarantee made legally binding.
#[test]
fn the_28_to_20_comparison_flags_what_changed_in_substance() {
    use clausewise::compare::substance::{Change, Finding, Kind};
    let old = load("peace-plan-2025-11-28-points.txt");
    let new = load("peace-plan-2025-12-20-points.txt");
    let c = compare(&old, &new, &TextOptions::default());
    let findings_of = |o: &str, n: &str| -> Vec<Finding> {
        c.rows
            .iter()
            .find(|r| {
                r.old.iter().map(|&i| old.points[i].label.as_str()).eq([o])
                    && r.new.iter().map(|&i| new.points[i].label.as_str()).eq([n])
            })
            .unwrap_or_else(|| panic!("no row {o} -> {n}"))
            .substance
            .clone()
    };
    let army = findings_of("6", "4");
    assert!(
        army.iter().any(|f| f.kind == Kind::Figure
            && f.change == Change::Changed
            && f.old.as_deref() == Some("600,000 personnel")
            && f.new.as_deref() == Some("800,000 personnel")),
        "{army:?}"
    );
    let pact = findings_of("2", "2");
    assert!(
        pact.iter().any(|f| f.kind == Kind::Party
            && f.change == Change::Removed
            && f.old.as_deref() == Some("Europe")),
        "{pact:?}"
    );
    let guarantee = findings_of("10", "5");
    assert!(
        guarantee.iter().any(|f| f.kind == Kind::Negation
            && f.change == Change::Added
            && f.new
                .as_deref()
                .is_some_and(|t| t.contains("compensation") && t.contains("dropped"))),
        "{guarantee:?}"
    );
    assert!(
        guarantee.iter().any(|f| f.kind == Kind::Obligation
            && f.change == Change::Strengthened
            && f.new.as_deref() == Some("legally binding")),
        "{guarantee:?}"
    );
    let elections = findings_of("25", "18");
    assert!(
        elections.iter().any(|f| f.kind == Kind::Deadline
            && f.old.as_deref() == Some("within 100 days")
            && f.new.as_deref() == Some("as soon as possible")),
        "{elections:?}"
    );
    // Unchanged rows have no findings.
    for r in c.rows.iter().filter(|r| r.status == Status::Unchanged) {
        assert!(r.substance.is_empty());
    }
}
