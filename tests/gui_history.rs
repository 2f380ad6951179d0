//! The history view driven headless with egui_kittest on the three sample drafts: the matrix of
//! points through the drafts, a step opened side by side, sorting, and one point's history.
#![cfg(feature = "gui")]

use clausewise::gui::{App, Command, HistorySort, ViewMode};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, settle};

const DRAFTS: [&str; 3] = [
    "samples/peace-plan-2025-11-28-points.txt",
    "samples/peace-plan-2025-11-30-geneva-19-points.txt",
    "samples/peace-plan-2025-12-20-points.txt",
];

/// The app with the three samples loaded, in the history view, idle.
fn history_harness() -> Harness<'static, App> {
    let mut harness = harness(&DRAFTS);
    harness.get_by_label("History").click();
    settle(&mut harness);
    harness
}

#[test]
fn the_matrix_shows_the_army_cap_removed_then_restored() {
    let harness = history_harness();
    let app = harness.state();
    assert_eq!(app.settings.view, ViewMode::History);
    let h = app.history().expect("the history is computed");
    assert_eq!(h.drafts.len(), 3);
    harness.get_by_label("D1 → D2: 6 removed (D1 6, 13, 14, 15, 17, 26)");
    // The only restored point: "R 4" in the December column, on the row of point 6.
    harness.get_by_label("R 4");
    let army = h
        .labels
        .iter()
        .position(|l| l[0].as_deref() == Some("6"))
        .unwrap();
    assert_eq!(
        h.labels[army],
        [Some("6".to_owned()), None, Some("4".to_owned())]
    );
}

#[test]
fn clicking_a_step_opens_it_side_by_side_with_the_row_selected() {
    let mut harness = history_harness();
    harness.get_by_label("R 4").click();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.settings.view, ViewMode::SideBySide);
    // A restored point opens against its last version: November (draft 1) against December
    // (draft 3), where the army cap reads 600,000 -> 800,000.
    assert_eq!(app.pair(), Some((0, 2)));
    let p = app.prepared().unwrap();
    let row = &p.comparison.rows[app.selected().expect("a row is selected")];
    let labels = |draft: &clausewise::Draft, idx: &[usize]| -> Vec<String> {
        idx.iter().map(|&i| draft.points[i].label.clone()).collect()
    };
    assert_eq!(labels(&p.old, &row.old), ["6"]);
    assert_eq!(labels(&p.new, &row.new), ["4"]);
    assert_eq!(row.status, clausewise::Status::Changed);
}

#[test]
fn sorting_by_changes_puts_the_most_changed_point_first() {
    let mut harness = history_harness();
    let before = harness
        .state()
        .history()
        .unwrap()
        .order(HistorySort::FirstAppearance);
    harness
        .state_mut()
        .apply(Command::SortHistory(HistorySort::MostChanges));
    settle(&mut harness);
    let app = harness.state();
    let h = app.history().unwrap();
    let after = h.order(app.settings.history_sort);
    assert_ne!(before, after);
    let changes: Vec<usize> = after
        .iter()
        .map(|&l| h.history.lineages[l].change_count())
        .collect();
    assert!(changes.windows(2).all(|w| w[0] >= w[1]), "{changes:?}");
}

#[test]
fn a_point_history_is_read_step_by_step() {
    let mut harness = history_harness();
    // The first cell of point 6 (the army cap) opens its history below the matrix.
    harness.get_all_by_label("6").next().unwrap().click();
    settle(&mut harness);
    assert!(harness.state().selected_lineage().is_some());
    harness.get_by_label("Point history: D1 6 → D2 · → D3 4");
    harness.get_by_label_contains("D2 · → D3 4: R restored");
    // The restored step is diffed against the point as it was before its removal.
    harness.get_by_label("restored; compared with D1 6, its last version");
    assert!(
        harness
            .query_all_by_label_contains("kept at 800,000 personnel in peacetime")
            .count()
            >= 1
    );
}

#[test]
fn with_a_review_points_sort_by_category() {
    let mut harness = harness(&["samples/peace-plan.review.ron"]);
    harness.get_by_label("History").click();
    settle(&mut harness);
    harness
        .state_mut()
        .apply(Command::SortHistory(HistorySort::Category));
    settle(&mut harness);
    let app = harness.state();
    let h = app.history().unwrap();
    // First come the points the review classified, in the taxonomy's order (as the reports
    // list categories): "Territory and borders" (point 21 of the 28-point plan) leads, before
    // "Alliances and NATO" (point 3), which alphabetical order would have put first.
    let position = |label: &str| {
        app.history_order()
            .iter()
            .position(|&l| h.labels[l][0].as_deref() == Some(label))
            .unwrap()
    };
    assert_eq!(position("21"), 0);
    assert!(position("3") > position("21"));
    harness.get_by_label("By category (from the review)");
}

#[test]
fn removing_drafts_clears_the_matrix() {
    let mut harness = history_harness();
    assert!(harness.state().history().is_some());
    harness.get_by_label("Remove draft 3").click();
    settle(&mut harness);
    // Two drafts left: the history of those two, never the matrix of the three.
    assert_eq!(harness.state().history().map(|h| h.drafts.len()), Some(2));
    harness.get_by_label("Remove draft 2").click();
    settle(&mut harness);
    assert!(harness.state().history().is_none());
    harness.get_by_label("Open two or more drafts to follow their points");
}

#[test]
fn the_sort_menu_offers_every_order() {
    let mut harness = history_harness();
    harness.get_by_label("Sort points by").click();
    settle(&mut harness);
    harness.get_by_label("Category (from the review)").click();
    settle(&mut harness);
    assert_eq!(harness.state().settings.history_sort, HistorySort::Category);
}

#[test]
fn with_a_review_each_category_is_charted_through_the_drafts() {
    let mut harness = harness(&["samples/peace-plan.review.ron"]);
    harness.get_by_label("History").click();
    settle(&mut harness);
    harness
        .get_by_label("By category (from the review)")
        .click();
    settle(&mut harness);
    // The army cap: in November, gone at Geneva, back in December.
    harness.get_by_label_contains(
        "Armed forces and military limits: D1 1 · D2 0 · D3 1 · D1→D2 −1 +0 restored 0 · D2→D3 −0 +0 restored 1",
    );
    // NATO items: all three dropped between Geneva and December.
    harness.get_by_label_contains("Alliances and NATO: D1 3 · D2 3 · D3 0");
}

#[test]
fn the_status_bar_counts_the_history_in_the_history_view() {
    let mut harness = history_harness();
    let h = harness.state().history().unwrap();
    let lineages = h.history.lineages.len();
    harness.get_by_label_contains(&format!(
        "History: {lineages} points followed through 3 drafts"
    ));
    assert!(harness.query_by_label_contains("Showing ").is_none());
    harness.get_by_label("Side by side").click();
    settle(&mut harness);
    harness.get_by_label_contains("Showing ");
}

#[test]
fn the_history_view_names_the_steps_between_drafts_in_different_languages() {
    // The samples are all in English: no warning.
    let samples = history_harness();
    assert!(
        samples
            .query_by_label_contains("different languages")
            .is_none()
    );
    // An English memorandum, its Ukrainian rendering, and the same rendering again: only the
    // first step is between languages.
    let mut translated = harness(&[
        "tests/fixtures/languages/en_uk_exchange_a.txt",
        "tests/fixtures/languages/en_uk_exchange_b.txt",
        "tests/fixtures/languages/en_uk_exchange_b.txt",
    ]);
    translated.get_by_label("History").click();
    settle(&mut translated);
    translated.get_by_label("different languages: D1 → D2");
}
