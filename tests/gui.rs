//! The desktop app driven headless with egui_kittest on the bundled samples: what is shown, and
//! what the buttons and keys do. Every harness also checks that each input widget has an
//! accessible name and that no glyph is missing (kittest's defaults).
#![cfg(feature = "gui")]

use std::path::PathBuf;

use clausewise::Status;
use clausewise::gui::{App, Command, ViewMode};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
use common::{harness, sample, settle};

const OLD: &str = "samples/peace-plan-2025-11-28-points.txt";
const GENEVA: &str = "samples/peace-plan-2025-11-30-geneva-19-points.txt";
const NEW: &str = "samples/peace-plan-2025-12-20-points.txt";

/// The statuses of the rows drawn on screen.
fn drawn_statuses(harness: &Harness<'static, App>) -> Vec<Status> {
    let app = harness.state();
    let rows = &app.prepared().expect("a comparison").comparison.rows;
    app.drawn_rows().iter().map(|&i| rows[i].status).collect()
}

#[test]
fn opens_the_last_two_drafts_side_by_side_with_highlights() {
    let harness = harness(&[OLD, NEW]);
    let app = harness.state();
    assert_eq!(app.drafts().len(), 2);
    assert_eq!(app.pair(), Some((0, 1)));
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    // Point 1 on both sides: OLD says "confirm", NEW "reaffirm".
    harness.get_by_label("Row 1 → 1");
    harness.get_by_label("All parties confirm the sovereignty of Ukraine.");
    harness.get_by_label("All parties reaffirm the sovereignty of Ukraine.");
    harness.get_by_label_contains("~ changed\n1 → 1");
    // Under its labels, why it was paired, and the words that mean the same by the thesaurus.
    harness.get_by_label_contains("evidence: similar\nsame meaning: confirm = reaffirm");
}

#[test]
fn removed_point_is_listed_and_shown_when_clicked() {
    let mut harness = harness(&[OLD, NEW]);
    // Point 26 of the 28-point plan (the amnesty) is not in the 20-point framework. The list
    // says which new point it resembles (20, the ceasefire "when all parties have agreed").
    harness
        .get_by_label_contains("26 (≈ 20). Every party to the conflict is granted a full amnesty")
        .click();
    settle(&mut harness);
    let app = harness.state();
    let selected = app.selected().expect("a row is selected");
    let row = &app.prepared().unwrap().comparison.rows[selected];
    assert_eq!(row.status, Status::Removed);
    assert!(app.drawn_rows().contains(&selected));
    harness.get_by_label("Row 26 → —");
    harness.get_by_label_contains("− REMOVED\n26 → —");
    harness.get_by_label_contains("resembles new 20");
    // The status bar counts what to check: 3 weak pairings and 6 removed points that
    // resemble a new point.
    harness.get_by_label("to check: 9");
    // A removed point is annotated on its OLD side, and the side switch says so.
    let toggled = |label: &str| harness.get_by_label(label).accesskit_node().toggled();
    assert_eq!(toggled("OLD point"), Some(egui::accesskit::Toggled::True));
    assert_eq!(toggled("NEW point"), Some(egui::accesskit::Toggled::False));
    // The point's text in the OLD column of its row.
    harness.get_by_label(
        "Every party to the conflict is granted a full amnesty for acts committed during the war, \
         and no claims or complaints over those acts are to be pursued later.",
    );
}

#[test]
fn added_point_is_found_by_search() {
    let mut harness = harness(&[OLD, NEW]);
    let search = harness.get_by_label("Search");
    search.focus();
    search.type_text("free-trade");
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.visible_rows().len(), 1, "one row mentions free trade");
    assert_eq!(drawn_statuses(&harness), vec![Status::Added]);
    // Point 10 of the 20-point framework is new.
    harness.get_by_label("Row — → 10");
    harness.get_by_label_contains("+ ADDED\n— → 10");
    harness
        .get_by_label("Kyiv and Washington move faster toward a bilateral free-trade agreement.");
}

#[test]
fn next_and_previous_change_move_the_selection() {
    let mut harness = harness(&[OLD, NEW]);
    assert_eq!(harness.state().selected(), None);
    harness.get_by_label("Next change").click();
    settle(&mut harness);
    let first = harness
        .state()
        .selected()
        .expect("selected after Next change");
    harness.get_by_label("Next change").click();
    settle(&mut harness);
    let second = harness.state().selected().expect("still selected");
    assert!(second > first, "{second} > {first}");

    // Keys: n forward, p back (no text field has the keyboard).
    harness.key_press(egui::Key::N);
    settle(&mut harness);
    let third = harness.state().selected().unwrap();
    assert!(third > second);
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowUp);
    settle(&mut harness);
    assert_eq!(harness.state().selected(), Some(second));
    harness.key_press(egui::Key::P);
    settle(&mut harness);
    assert_eq!(harness.state().selected(), Some(first));

    let app = harness.state();
    let rows = &app.prepared().unwrap().comparison.rows;
    for i in [first, second, third] {
        assert!(rows[i].is_change(), "row {i} is a change");
    }
    // Every row before the first change is unchanged.
    assert!(rows[..first].iter().all(|r| !r.is_change()));
    assert!(app.drawn_rows().contains(&first));
}

#[test]
fn keys_do_not_navigate_while_typing_in_search() {
    let mut harness = harness(&[OLD, NEW]);
    let search = harness.get_by_label("Search");
    search.focus();
    search.type_text("n");
    settle(&mut harness);
    assert_eq!(harness.state().selected(), None);
}

#[test]
fn removed_filter_leaves_only_removed_rows() {
    let mut harness = harness(&[OLD, NEW]);
    let removed = harness
        .state()
        .prepared()
        .unwrap()
        .comparison
        .summary
        .removed;
    assert!(removed >= 5);
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness.get_by_label("Only removed").click();
    settle(&mut harness);
    let app = harness.state();
    let rows = &app.prepared().unwrap().comparison.rows;
    assert_eq!(app.visible_rows().len(), removed);
    assert!(
        app.visible_rows()
            .iter()
            .all(|&i| rows[i].status == Status::Removed)
    );
    let drawn = drawn_statuses(&harness);
    assert!(!drawn.is_empty());
    assert!(drawn.iter().all(|&s| s == Status::Removed), "{drawn:?}");
    assert!(harness.query_by_label_contains("+ ADDED").is_none());
    assert!(harness.query_by_label_contains("~ changed\n").is_none());

    // The checkbox hides them again; "Show all" brings every row back.
    // (The status checkboxes are in the filters menu.)
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness.get_by_label("removed").click();
    settle(&mut harness);
    assert!(harness.state().visible_rows().is_empty());
    harness.get_by_label("No rows match the filters.");
    harness.get_all_by_label("Show all").next().unwrap().click();
    settle(&mut harness);
    assert_eq!(harness.state().visible_rows().len(), rows_len(&harness));
}

fn rows_len(harness: &Harness<'static, App>) -> usize {
    harness.state().prepared().unwrap().comparison.rows.len()
}

#[test]
fn swap_exchanges_old_and_new() {
    let mut harness = harness(&[OLD, NEW]);
    let ids: Vec<clausewise::gui::DraftId> =
        harness.state().drafts().iter().map(|d| d.id).collect();
    harness.get_by_label("⇄ Swap").click();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.pair(), Some((1, 0)));
    let prepared = app.prepared().unwrap();
    assert_eq!((prepared.old_id, prepared.new_id), (ids[1], ids[0]));
    // The amnesty point is now added rather than removed.
    assert!(prepared.comparison.summary.added >= 5);
    assert_eq!(prepared.comparison.summary.removed, 1);
    harness.get_by_label_contains("Removed points (1)");
}

#[test]
fn missing_file_is_one_line_naming_the_file() {
    let mut harness = harness(&[OLD, "samples/no-such-draft.txt", NEW]);
    let app = harness.state();
    assert_eq!(app.drafts().len(), 2, "the readable drafts are open");
    assert_eq!(app.errors().len(), 1);
    let error = &app.errors()[0];
    assert!(error.contains("no-such-draft.txt"), "{error}");
    assert!(!error.contains('\n'), "{error}");
    assert!(app.prepared().is_some(), "the two good drafts are compared");
    harness.get_by_label_contains("Error: ");
    harness.get_by_label_contains("no-such-draft.txt: cannot read");
    harness.get_by_label("Dismiss").click();
    settle(&mut harness);
    assert!(harness.state().errors().is_empty());
    assert!(
        harness
            .query_by_label_contains("no-such-draft.txt")
            .is_none()
    );
}

#[test]
fn steps_through_consecutive_pairs() {
    let mut harness = harness(&[OLD, GENEVA, NEW]);
    assert_eq!(
        harness.state().pair(),
        Some((1, 2)),
        "the last draft against the one before"
    );
    harness.get_by_label("◀ Previous pair").click();
    settle(&mut harness);
    assert_eq!(harness.state().pair(), Some((0, 1)));
    harness.get_by_label("Next pair ▶").click();
    settle(&mut harness);
    assert_eq!(harness.state().pair(), Some((1, 2)));
    let prepared = harness.state().prepared().unwrap();
    assert_eq!(prepared.old.point_count(), 19);
}

#[test]
fn drafts_can_be_reordered_and_removed() {
    let mut harness = harness(&[OLD, GENEVA, NEW]);
    let names = |h: &Harness<'static, App>| -> Vec<String> {
        h.state().drafts().iter().map(|d| d.name.clone()).collect()
    };
    let before = names(&harness);
    harness.get_by_label("Move draft 1 down").click();
    settle(&mut harness);
    let after = names(&harness);
    assert_eq!(
        after,
        vec![before[1].clone(), before[0].clone(), before[2].clone()]
    );
    harness.get_by_label("Remove draft 1").click();
    settle(&mut harness);
    assert_eq!(names(&harness), vec![before[0].clone(), before[2].clone()]);
    assert_eq!(harness.state().pair(), Some((0, 1)));
}

#[test]
fn inline_mode_shows_one_redline_column() {
    let mut harness = harness(&[OLD, NEW]);
    harness.get_by_label("Inline").click();
    settle(&mut harness);
    assert_eq!(harness.state().settings.view, ViewMode::Inline);
    // Deleted and inserted words in one text.
    harness.get_by_label("All parties confirmreaffirm the sovereignty of Ukraine.");
    assert!(
        harness
            .query_by_label("All parties reaffirm the sovereignty of Ukraine.")
            .is_none()
    );
}

#[test]
fn cyrillic_drafts_render() {
    let harness = harness(&[
        "samples/uk-memorandum-draft-1.txt",
        "samples/uk-memorandum-draft-2.txt",
    ]);
    let app = harness.state();
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    assert!(app.prepared().unwrap().comparison.rows.len() > 3);
    // kittest panics on a missing glyph, so getting here means every letter was drawn.
    assert!(harness.get_all_by_label_contains("Сторони").count() >= 2);
}

/// A file dropped onto the window, as the windowing integration hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropped_files_are_opened_and_compared_with_the_draft_before() {
    let mut harness = harness(&[OLD, NEW]);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(sample(GENEVA))));
    harness.run_ok();
    settle(&mut harness);
    let app = harness.state();
    let names: Vec<&str> = app.drafts().iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "peace-plan-2025-11-28-points.txt",
            "peace-plan-2025-12-20-points.txt",
            "peace-plan-2025-11-30-geneva-19-points.txt"
        ]
    );
    assert_eq!(app.pair(), Some((1, 2)));
    assert_eq!(app.prepared().unwrap().new.point_count(), 19);
    // Dropping a file that is already open does not add it twice.
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(sample(GENEVA))));
    harness.run_ok();
    settle(&mut harness);
    assert_eq!(harness.state().drafts().len(), 3);
    harness.get_by_label_contains("is already open");
}

#[test]
fn to_check_filter_keeps_the_weak_pairings_and_the_points_that_resemble_another() {
    let mut harness = harness(&[GENEVA, NEW]);
    let rows = &harness.state().prepared().unwrap().comparison.rows;
    let weak = rows.iter().filter(|r| r.weak).count();
    let resembling = rows.iter().filter(|r| !r.resembles.is_empty()).count();
    assert!(weak > 0 && resembling > 0, "both kinds to check");
    assert!(weak + resembling < rows.len(), "not every row");
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness
        .get_by_label(&format!("to check only ({})", weak + resembling))
        .click();
    settle(&mut harness);
    let app = harness.state();
    let rows = &app.prepared().unwrap().comparison.rows;
    assert_eq!(app.visible_rows().len(), weak + resembling);
    assert!(
        app.visible_rows()
            .iter()
            .all(|&i| rows[i].weak || !rows[i].resembles.is_empty())
    );
    // The weak split of Geneva 2 into December 2 and 6 is among them, and removed Geneva 6,
    // which resembles December 4.
    let split = rows
        .iter()
        .position(|r| r.weak && r.status == clausewise::Status::Split && r.new.len() == 2)
        .unwrap();
    assert!(app.visible_rows().contains(&split));
    assert!(
        harness
            .query_all_by_label_contains("evidence: split, weak")
            .count()
            >= 1
    );
    harness.get_by_label_contains("resembles new 4");
    harness.get_by_label(&format!("to check: {}", weak + resembling));
}

#[test]
fn moved_only_filter_keeps_the_rows_that_changed_place() {
    let mut harness = harness(&[OLD, NEW]);
    let moved = harness.state().prepared().unwrap().comparison.summary.moved;
    assert!(moved > 0, "the 20-point framework reorders points");
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness
        .get_by_label(&format!("moved only ({moved})"))
        .click();
    settle(&mut harness);
    let app = harness.state();
    let rows = &app.prepared().unwrap().comparison.rows;
    assert_eq!(app.visible_rows().len(), moved);
    assert!(app.visible_rows().iter().all(|&i| rows[i].moved));
}

#[test]
fn substantive_filter_keeps_the_rows_with_findings() {
    let mut harness = harness(&[OLD, NEW]);
    let (all, with_findings, cap) = {
        let p = harness.state().prepared().unwrap();
        let rows = &p.comparison.rows;
        let cap = rows
            .iter()
            .position(|r| r.new.iter().any(|&n| p.new.points[n].label == "4") && !r.old.is_empty())
            .expect("the army cap's row");
        let with = rows.iter().filter(|r| !r.substance.is_empty()).count();
        (rows.len(), with, cap)
    };
    assert!(with_findings > 0 && with_findings < all);
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness
        .get_by_label(&format!("substantive changes only ({with_findings})"))
        .click();
    settle(&mut harness);
    let app = harness.state();
    let rows = &app.prepared().unwrap().comparison.rows;
    assert_eq!(app.visible_rows().len(), with_findings);
    assert!(
        app.visible_rows()
            .iter()
            .all(|&i| !rows[i].substance.is_empty())
    );
    // The army cap (600,000 to 800,000 personnel) is among them; selected, the annotation
    // panel says what changed in it.
    assert!(app.visible_rows().contains(&cap));
    harness.state_mut().apply(Command::Reveal(cap));
    settle(&mut harness);
    harness.get_by_label("What changed in substance");
    harness.get_by_label("◆ figure changed: 600,000 personnel → 800,000 personnel");
}

#[test]
fn kind_filters_keep_the_rows_with_findings_of_their_kinds() {
    use clausewise::compare::substance::Kind;
    let mut harness = harness(&[OLD, NEW]);
    let has = |r: &clausewise::compare::Row, k: Kind| r.substance.iter().any(|f| f.kind == k);
    let (party, figure, either, line) = {
        let p = harness.state().prepared().unwrap();
        let rows = &p.comparison.rows;
        let count =
            |f: &dyn Fn(&clausewise::compare::Row) -> bool| rows.iter().filter(|r| f(r)).count();
        (
            count(&|r| has(r, Kind::Party)),
            count(&|r| has(r, Kind::Figure)),
            count(&|r| has(r, Kind::Party) || has(r, Kind::Figure)),
            p.substance.line().expect("findings"),
        )
    };
    assert!(party > 0 && figure > 0 && either < harness.state().visible_rows().len());
    // The status bar counts the findings per kind.
    harness.get_by_label(&format!("substance: {line}"));
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness.get_by_label(&format!("party ({party})")).click();
    settle(&mut harness);
    {
        let app = harness.state();
        let rows = &app.prepared().unwrap().comparison.rows;
        assert_eq!(app.visible_rows().len(), party);
        assert!(
            app.visible_rows()
                .iter()
                .all(|&i| has(&rows[i], Kind::Party))
        );
    }
    // A second kind adds its rows.
    if harness
        .query_by_label(&format!("figure ({figure})"))
        .is_none()
    {
        harness.get_by_label("Filters").click();
        harness.run_ok();
    }
    harness.get_by_label(&format!("figure ({figure})")).click();
    settle(&mut harness);
    let app = harness.state();
    let rows = &app.prepared().unwrap().comparison.rows;
    assert_eq!(app.visible_rows().len(), either);
    assert!(
        app.visible_rows()
            .iter()
            .all(|&i| has(&rows[i], Kind::Party) || has(&rows[i], Kind::Figure))
    );
}

#[test]
fn the_pair_shown_first_can_be_chosen_at_start() {
    let files = [OLD, GENEVA, NEW].map(sample).to_vec();
    let mut app = App::from_paths(files).with_initial_pair(Some((0, 2)));
    app.wait_for_jobs();
    assert_eq!(app.pair(), Some((0, 2)));
    let p = app.prepared().expect("compared");
    assert_eq!((p.old.point_count(), p.new.point_count()), (28, 20));
    // Without it, the last draft against the one before it.
    let mut app = App::from_paths([OLD, GENEVA, NEW].map(sample).to_vec());
    app.wait_for_jobs();
    assert_eq!(app.pair(), Some((1, 2)));
}

#[test]
fn an_unchanged_row_opens_on_a_click_and_folds_on_a_second() {
    // The short Ukrainian pair: every row in sight.
    let mut harness = harness(&[
        "samples/uk-memorandum-draft-1.txt",
        "samples/uk-memorandum-draft-2.txt",
    ]);
    let p = harness.state().prepared().unwrap();
    let (i, row) = p
        .comparison
        .rows
        .iter()
        .enumerate()
        .find(|(_, r)| !r.is_change())
        .expect("an unchanged point");
    let folded = format!(
        "= {} → {}  unchanged",
        p.old.points[row.old[0]].label, p.new.points[row.new[0]].label
    );
    harness.get_by_label(&folded);
    harness.state_mut().apply(Command::Select(i));
    settle(&mut harness);
    assert!(harness.query_by_label(&folded).is_none(), "opened");
    harness.state_mut().apply(Command::Select(i));
    settle(&mut harness);
    harness.get_by_label(&folded);
}

#[test]
fn a_row_near_the_end_stays_in_sight_once_revealed() {
    let mut harness = harness(&[OLD, NEW]);
    let last = harness.state().prepared().unwrap().comparison.rows.len() - 1;
    // Rows below the first screen are laid out for the first time as the view gets there;
    // the view must settle on the row, not spring back above it.
    harness.state_mut().apply(Command::Reveal(last - 1));
    settle(&mut harness);
    harness.run_steps(30);
    let drawn = harness.state().drawn_rows();
    assert!(drawn.contains(&(last - 1)), "{drawn:?}");
}

#[test]
fn a_pair_asked_for_that_is_not_there_is_said_in_the_window() {
    let mut app = App::from_paths([OLD, NEW].map(sample).to_vec()).with_initial_pair(Some((0, 4)));
    app.wait_for_jobs();
    assert_eq!(app.pair(), Some((0, 1)));
    assert!(
        app.errors()
            .iter()
            .any(|e| e.starts_with("--old 1 --new 5")),
        "{:?}",
        app.errors()
    );
}

#[test]
fn at_1280_px_the_toolbar_is_one_line_and_closed_panels_leave_500_px_a_side() {
    let mut app = App::from_paths(vec![common::sample(OLD), common::sample(NEW)]);
    app.wait_for_jobs();
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(clausewise::gui::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app);
    settle(&mut harness);
    // Every control of the toolbar on the same line.
    let centre = |harness: &Harness<'_, App>, label: &str| {
        let node = harness.get_by_label(label);
        let b = node.accesskit_node().bounding_box().unwrap();
        assert!(b.x1 <= 1280.0, "{label} is cut off: {b:?}");
        (b.y0 + b.y1) / 2.0
    };
    let one_line = |harness: &Harness<'_, App>| {
        let line = centre(harness, "⇄ Swap");
        for label in [
            "Next change",
            "History",
            "Filters",
            "Search",
            "Drafts panel",
            "Removed points panel",
            "Annotation panel",
        ] {
            assert!(
                (centre(harness, label) - line).abs() < 4.0,
                "{label} is not on the line"
            );
        }
    };
    one_line(&harness);
    // Still with filters on, when the menu's title counts them ("Filters (2)").
    harness.state_mut().apply(Command::OnlyToCheck(true));
    harness.state_mut().apply(Command::OnlyMoved(true));
    settle(&mut harness);
    one_line(&harness);
    harness.state_mut().apply(Command::OnlyToCheck(false));
    harness.state_mut().apply(Command::OnlyMoved(false));
    settle(&mut harness);
    let with_panels = harness.state().column_width().unwrap();
    for panel in ["Drafts panel", "Removed points panel", "Annotation panel"] {
        harness.get_by_label(panel).click();
        settle(&mut harness);
    }
    let settings = &harness.state().settings;
    assert!(
        !settings.show_drafts_panel
            && !settings.show_removed_panel
            && !settings.show_annotate_panel,
        "the choice is kept in the settings (saved between runs)"
    );
    let width = harness.state().column_width().unwrap();
    assert!(
        width >= 500.0,
        "{width} px a side (with the panels: {with_panels})"
    );
}

#[test]
fn each_draft_says_how_it_was_split() {
    let mut harness = harness(&[OLD, NEW]);
    // Closed at first, like `clausewise inspect` on demand.
    assert!(harness.query_by_label_contains("scheme: numbers").is_none());
    harness.get_by_label("How draft 1 was split").click();
    settle(&mut harness);
    harness.get_by_label("scheme: numbers `1.` (28 lines start with it)");
    harness.get_by_label_contains("title: Peace plan for Ukraine: the 28-point US draft");
    harness.get_by_label("closing: (none)");
    // One line per point: label, lines in the file, first words.
    harness.get_by_label_contains("1 · line 8 · All parties confirm the sovereignty of Ukraine.");
    harness.get_by_label_contains("Preamble · lines 2-6 · Unofficial working text");
    // The other draft's stays closed.
    assert!(
        harness
            .query_by_label_contains("20 lines start with it")
            .is_none()
    );
    // The samples have no web page furniture: nothing is said left out.
    assert!(harness.query_by_label_contains("left out").is_none());
}

#[test]
fn the_split_view_lists_the_web_page_furniture_left_out() {
    let mut harness = harness(&[OLD, "tests/fixtures/layouts/web-page-furniture.txt"]);
    harness.get_by_label("How draft 2 was split").click();
    settle(&mut harness);
    harness.get_by_label_contains(
        "left out (page furniture, deleted text, review marks): By A. Reporter (Photo: Agency) (line 2); Advertisement (line 10);",
    );
    harness.get_by_label_contains("6 · line 24 · Elections are held");
}

#[test]
fn drafts_in_different_languages_are_flagged_in_the_status_bar() {
    // An English memorandum against its Ukrainian rendering: the status bar says the drafts
    // are in different languages (its removed and added points may be translations).
    let translated = harness(&[
        "tests/fixtures/languages/en_uk_exchange_a.txt",
        "tests/fixtures/languages/en_uk_exchange_b.txt",
    ]);
    translated.get_by_label("different languages");
    // Drafts in one language are not flagged.
    let same = harness(&[OLD, NEW]);
    assert!(same.query_by_label("different languages").is_none());
}
