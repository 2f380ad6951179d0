//! Drafts pasted from the clipboard, in the app driven headless: a paste (Ctrl+V) over the
//! Drafts panel adds a draft that is compared like an opened file, marked as not saved; it can
//! be annotated, and a review naming it is saved only once the draft is saved to a file.
#![cfg(feature = "gui")]

use clausewise::gui::{Command, Edit};
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, sample, settle};

const OLD: &str = "samples/peace-plan-2025-11-28-points.txt";
const NEW: &str = "samples/peace-plan-2025-12-20-points.txt";

/// A later draft, as a reader would copy it from a page: the framework with the army cap
/// changed and a first line of its own.
fn pasted_text() -> String {
    let framework = std::fs::read_to_string(sample(NEW)).unwrap();
    let body = framework.split_once('\n').unwrap().1;
    format!(
        "Framework as circulated on 2 January\n{}",
        body.replace("800,000 personnel", "750,000 personnel")
    )
}

#[test]
fn a_paste_over_the_drafts_panel_adds_a_draft_that_is_compared() {
    let mut harness = harness(&[OLD, NEW]);
    // Over the comparison, a paste is not a draft.
    harness.get_by_label("Row 1 → 1").hover();
    harness.event(egui::Event::Paste(pasted_text()));
    harness.run_ok();
    settle(&mut harness);
    assert_eq!(
        harness.state().drafts().len(),
        2,
        "only over the drafts panel"
    );

    harness.get_by_label("Drafts").hover();
    harness.event(egui::Event::Paste(pasted_text()));
    harness.run_ok();
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.drafts().len(), 3);
    let pasted = &app.drafts()[2];
    assert_eq!(pasted.name, "Framework as circulated on 2 January");
    assert_eq!(pasted.draft.path, None);
    assert_eq!(pasted.draft.point_count(), 20);
    // Compared with the draft before it, as an opened file would be.
    assert_eq!(app.pair(), Some((1, 2)));
    let prepared = app.prepared().expect("a comparison");
    assert_eq!(prepared.new.name, pasted.name);
    harness.get_by_label_contains("NEW: Framework as circulated on 2 January");
    assert!(harness.query_all_by_label_contains("750,000").count() >= 1);
    // Marked as not saved, with a way to save it.
    harness.get_by_label("Not saved");
    harness.get_by_label("Save draft 3 as");
    harness.get_by_label_contains("New draft from the clipboard");
    // The same text pasted again is not a second draft.
    harness.get_by_label("Drafts").hover();
    harness.event(egui::Event::Paste(pasted_text()));
    harness.run_ok();
    settle(&mut harness);
    assert_eq!(harness.state().drafts().len(), 3);
    harness.get_by_label_contains("already open as draft 3");
}

#[test]
fn a_paste_into_a_text_field_is_not_a_draft() {
    let mut harness = harness(&[OLD, NEW]);
    harness.get_by_label("Name of draft 1").click();
    harness.run_ok();
    harness.get_by_label("Drafts").hover();
    harness.event(egui::Event::Paste("1. Some text.\n".to_owned()));
    harness.run_ok();
    settle(&mut harness);
    assert_eq!(harness.state().drafts().len(), 2);
}

#[test]
fn an_empty_clipboard_is_said_in_the_status_bar() {
    let mut harness = harness(&[OLD, NEW]);
    // A headless app never reads the system clipboard: the menu finds nothing there.
    harness.state_mut().apply(Command::PasteDraft(None));
    settle(&mut harness);
    assert_eq!(harness.state().drafts().len(), 2);
    harness.get_by_label_contains("The clipboard holds no text");
}

#[test]
fn a_review_naming_a_pasted_draft_is_saved_once_the_draft_is() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = with_pasted_draft();
    let id = harness.state().drafts()[2].id;
    harness.state_mut().apply(Command::Annotate {
        draft: id,
        point: 5,
        edit: Edit::Note("Cap lowered again".to_owned()),
    });
    settle(&mut harness);
    let review = dir.path().join("r.ron");
    harness
        .state_mut()
        .apply(Command::SaveReviewAs(Some(review.clone())));
    settle(&mut harness);
    assert!(
        !review.exists(),
        "no review naming a draft that is not a file"
    );
    let error = harness.state().errors().last().cloned().unwrap_or_default();
    assert!(
        error.contains("Framework as circulated on 2 January") && error.contains("Save draft as"),
        "{error}"
    );

    // Nor a report of the pair with the pasted draft.
    let report = dir.path().join("report.md");
    harness
        .state_mut()
        .apply(Command::Export(Some(report.clone())));
    settle(&mut harness);
    assert!(!report.exists());
    let error = harness.state().errors().last().cloned().unwrap_or_default();
    assert!(error.contains("Save draft as"), "{error}");

    // Saved as a file (a name without a text extension gets .txt), the draft is that file.
    harness.state_mut().apply(Command::SaveDraftAs(
        2,
        Some(dir.path().join("framework-jan")),
    ));
    settle(&mut harness);
    let file = dir.path().join("framework-jan.txt");
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, pasted_text());
    let app = harness.state();
    assert_eq!(app.drafts()[2].draft.path.as_deref(), Some(file.as_path()));
    assert_eq!(app.drafts()[2].name, "Framework as circulated on 2 January");
    assert!(harness.query_by_label("Not saved").is_none());
    assert_eq!(
        clausewise::Draft::load(&file).unwrap().points,
        app.drafts()[2].draft.points,
        "the file reads back as the same draft"
    );

    harness
        .state_mut()
        .apply(Command::SaveReviewAs(Some(review.clone())));
    settle(&mut harness);
    let saved = clausewise::review::Review::load(&review).unwrap();
    assert!(
        saved
            .drafts
            .iter()
            .any(|d| d.path.ends_with("framework-jan.txt"))
    );
    let note = saved
        .annotations
        .iter()
        .find(|a| a.note == "Cap lowered again")
        .expect("the note on the pasted draft");
    assert!(saved.drafts[note.draft].path.ends_with("framework-jan.txt"));
    harness
        .state_mut()
        .apply(Command::Export(Some(report.clone())));
    settle(&mut harness);
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(
        written.contains("Cap lowered again"),
        "the pasted draft's note is reported"
    );
}

#[test]
fn closing_the_window_warns_about_pasted_drafts_not_saved() {
    let mut harness = with_pasted_draft();
    request_close(&mut harness);
    harness.get_by_label_contains("Pasted drafts not saved to a file are lost on closing");
    assert!(
        harness.query_by_label("Save and close").is_none(),
        "no review to save"
    );
    harness.get_by_label("Cancel").click();
    harness.run_ok();
    assert!(
        harness.query_by_label("Cancel").is_none(),
        "the question is gone"
    );

    // Once the draft is a file, closing asks nothing.
    let dir = tempfile::tempdir().unwrap();
    harness
        .state_mut()
        .apply(Command::SaveDraftAs(2, Some(dir.path().join("d.txt"))));
    settle(&mut harness);
    request_close(&mut harness);
    assert!(harness.query_by_label("Cancel").is_none());
}

#[test]
fn close_without_saving_closes_the_window_at_the_next_frame() {
    let mut harness = with_pasted_draft();
    request_close(&mut harness);
    let closes = |harness: &egui_kittest::Harness<'static, clausewise::gui::App>| {
        harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close))
    };
    assert!(!closes(&harness), "the close was held back by the question");
    harness.get_by_label("Close without saving").click();
    // The click is applied at the end of one frame; the next one tells the window to close.
    let mut told = false;
    for _ in 0..3 {
        harness.step();
        told |= closes(&harness);
    }
    assert!(told, "the window is told to close");
    assert!(harness.query_by_label("Close without saving").is_none());
}

/// The samples' last two drafts open, and a third pasted from the clipboard (not saved).
fn with_pasted_draft() -> egui_kittest::Harness<'static, clausewise::gui::App> {
    let mut harness = harness(&[OLD, NEW]);
    harness
        .state_mut()
        .apply(Command::PasteDraft(Some(pasted_text())));
    settle(&mut harness);
    harness
}

/// The window is asked to close (its close button), and a frame runs.
fn request_close(harness: &mut egui_kittest::Harness<'static, clausewise::gui::App>) {
    let root = harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default();
    root.events.push(egui::ViewportEvent::Close);
    harness.run_ok();
}
