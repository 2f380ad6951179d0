//! The history view driven headless with egui_kittest on the three sample drafts: the matrix of
//! points through the drafts, a step opened side by side, sorting, and one point's history.
#![cfg(feature = "gui")]

use std::path::PathBuf;

use clausewise::gui::{App, Command, HistorySort, ViewMode, install_fonts};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const DRAFTS: [&str; 3] = [
    "samples/peace-plan-2025-11-28-points.txt",
    "samples/peace-plan-2025-11-30-geneva-19-points.txt",
    "samples/peace-plan-2025-12-20-points.txt",
];

/// The app with the three samples loaded, in the history view, idle.
fn harness() -> Harness<'static, App> {
    let files = DRAFTS
        .iter()
        .map(|f| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(f))
        .collect();
    let mut app = App::from_paths(files);
    app.wait_for_jobs();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app);
    settle(&mut harness);
    harness.get_by_label("History").click();
    settle(&mut harness);
    harness
}

fn settle(harness: &mut Harness<'static, App>) {
    for _ in 0..10 {
        harness.state_mut().wait_for_jobs();
        harness.run_ok();
        if !harness.state().is_busy() {
            break;
        }
    }
    harness.state_mut().wait_for_jobs();
    harness.run_ok();
}

#[test]
fn the_matrix_shows_the_army_cap_removed_then_restored() {
    let harness = harness();
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
    let mut harness = harness();
    harness.get_by_label("R 4").click();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.settings.view, ViewMode::SideBySide);
    // Geneva (draft 2) against December (draft 3).
    assert_eq!(app.pair(), Some((1, 2)));
    let p = app.prepared().unwrap();
    let row = &p.comparison.rows[app.selected().expect("a row is selected")];
    assert_eq!(
        row.new
            .iter()
            .map(|&i| p.new.points[i].label.as_str())
            .collect::<Vec<_>>(),
        ["4"]
    );
}

#[test]
fn sorting_by_changes_puts_the_most_changed_point_first() {
    let mut harness = harness();
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
    let mut harness = harness();
    // The first cell of point 6 (the army cap) opens its history below the matrix.
    harness.get_all_by_label("6").next().unwrap().click();
    settle(&mut harness);
    assert!(harness.state().selected_lineage().is_some());
    harness.get_by_label("Point history: D1 6 → D2 · → D3 4");
    harness.get_by_label_contains("D2 · → D3 4: R restored");
}
