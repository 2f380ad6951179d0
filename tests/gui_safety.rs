//! The app's safety questions, driven headless with egui_kittest: two windows saving one review
//! (the second save asks instead of discarding the first), and a review naming drafts outside
//! its folder (read only once the user confirms).
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};

use clausewise::gui::{ChangedAnswer, Command, DraftId, Edit};
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, sample, settle};

const OLD: &str = "samples/peace-plan-2025-11-28-points.txt";
const NEW: &str = "samples/peace-plan-2025-12-20-points.txt";

/// The two sample drafts copied into `dir`.
fn drafts_in(dir: &Path) -> [PathBuf; 2] {
    [OLD, NEW].map(|name| {
        let to = dir.join(Path::new(name).file_name().unwrap());
        std::fs::copy(sample(name), &to).unwrap();
        to
    })
}

fn note(draft: DraftId, point: usize, text: &str) -> Command {
    Command::Annotate {
        draft,
        point,
        edit: Edit::Note(text.into()),
    }
}

#[test]
fn a_second_window_saving_the_same_review_asks_and_merges() {
    let dir = tempfile::tempdir().unwrap();
    let [old, new] = drafts_in(dir.path());
    let path = dir.path().join("r.ron");
    let mut first = harness(&[old.to_str().unwrap(), new.to_str().unwrap()]);
    let id = first.state().drafts()[1].id;
    first
        .state_mut()
        .apply(note(id, 0, "from the first window"));
    first
        .state_mut()
        .apply(Command::SaveReviewAs(Some(path.clone())));
    settle(&mut first);
    // A second window opens the same review, annotates and saves.
    let mut second = harness(&[path.to_str().unwrap()]);
    assert!(
        second.state().errors().is_empty(),
        "{:?}",
        second.state().errors()
    );
    let id2 = second.state().drafts()[0].id;
    second
        .state_mut()
        .apply(note(id2, 1, "from the second window"));
    second.state_mut().apply(Command::SaveReview);
    settle(&mut second);
    let theirs = std::fs::read_to_string(&path).unwrap();
    assert!(theirs.contains("from the second window"), "{theirs}");
    // The first window saves again: it is asked, and nothing is written meanwhile.
    first.state_mut().apply(note(id, 2, "first again"));
    first.state_mut().apply(Command::SaveReview);
    settle(&mut first);
    first.get_by_label_contains("saved by another window or program");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    first.get_by_label("Reload and merge").click();
    settle(&mut first);
    assert!(
        first.state().errors().is_empty(),
        "{:?}",
        first.state().errors()
    );
    let merged = std::fs::read_to_string(&path).unwrap();
    for text in [
        "from the first window",
        "from the second window",
        "first again",
    ] {
        assert!(merged.contains(text), "{text} missing from {merged}");
    }
    assert!(
        first.query_by_label("Reload and merge").is_none(),
        "answered"
    );
    first.get_by_label_contains("Review: r.ron, 3 annotations");
}

/// A review in `dir/reviews` naming the two sample drafts by their absolute paths.
fn review_outside(dir: &Path) -> PathBuf {
    let folder = dir.join("reviews");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("received.ron");
    let drafts: Vec<String> = [OLD, NEW]
        .iter()
        .map(|d| format!("(path: {:?})", sample(d).display().to_string()))
        .collect();
    std::fs::write(
        &path,
        format!(
            "(version: 2, drafts: [{}], annotations: [])",
            drafts.join(", ")
        ),
    )
    .unwrap();
    path
}

#[test]
fn a_review_naming_drafts_outside_its_folder_opens_once_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let review = review_outside(dir.path());
    let mut harness = harness(&[review.to_str().unwrap()]);
    // Nothing read yet: the dialog lists the files.
    assert!(harness.state().drafts().is_empty());
    harness.get_by_label("Read files outside the review's folder?");
    harness.get_by_label(&sample(OLD).display().to_string());
    harness.get_by_label(&sample(NEW).display().to_string());
    harness.get_by_label("Open with these files").click();
    settle(&mut harness);
    let app = harness.state();
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    assert_eq!(app.drafts().len(), 2);
    assert!(harness.query_by_label("Open with these files").is_none());
}

#[test]
fn a_review_naming_drafts_outside_its_folder_stays_closed_when_refused() {
    let dir = tempfile::tempdir().unwrap();
    let review = review_outside(dir.path());
    let mut harness = harness(&[review.to_str().unwrap()]);
    harness.get_by_label("Don't open").click();
    settle(&mut harness);
    assert!(harness.state().drafts().is_empty());
    assert!(harness.query_by_label("Don't open").is_none());
    assert!(harness.state().errors().is_empty());
    harness.get_by_label_contains("received.ron not opened");
}

#[test]
fn the_dialogs_answers_are_commands_that_apply_without_a_click() {
    let dir = tempfile::tempdir().unwrap();
    let review = review_outside(dir.path());
    let mut harness = harness(&[review.to_str().unwrap()]);
    harness.get_by_label("Open with these files");
    // An answer nothing waits on does nothing.
    harness
        .state_mut()
        .apply(Command::AnswerChanged(ChangedAnswer::Overwrite));
    assert!(harness.state().errors().is_empty());
    harness.state_mut().apply(Command::AnswerOutside(true));
    settle(&mut harness);
    assert!(harness.query_by_label("Open with these files").is_none());
    let app = harness.state();
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    assert_eq!(app.drafts().len(), 2);
    // The same answer again: nothing waits on it, nothing more is opened.
    harness.state_mut().apply(Command::AnswerOutside(true));
    settle(&mut harness);
    assert_eq!(harness.state().drafts().len(), 2);
}
