//! Correcting the alignment by hand in the desktop app, driven headless with egui_kittest
//! through the accessibility tree: pair two points, unpair a pair, make a merge and a split,
//! take a part out, undo and redo, save, reopen; the history follows; a correction whose point
//! is gone is listed as orphaned and kept; a note typed in one go is one undo step.
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};

use clausewise::Status;
use clausewise::compare::Evidence;
use clausewise::gui::{App, Command};
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, sample, settle};

const GENEVA: &str = "peace-plan-2025-11-30-geneva-19-points.txt";
const DECEMBER: &str = "peace-plan-2025-12-20-points.txt";

/// The Geneva and December drafts copied into `dir` (a review saved there sits beside them).
fn copies(dir: &Path) -> [PathBuf; 2] {
    [GENEVA, DECEMBER].map(|name| {
        let to = dir.join(name);
        std::fs::copy(sample(&format!("samples/{name}")), &to).unwrap();
        to
    })
}

fn open(paths: &[&Path]) -> Harness<'static, App> {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    harness(&names)
}

/// The labels of a row's points: (OLD labels, NEW labels).
fn labels(app: &App, i: usize) -> (Vec<String>, Vec<String>) {
    let p = app.prepared().unwrap();
    let row = &p.comparison.rows[i];
    let of = |d: &clausewise::Draft, points: &[usize]| {
        points.iter().map(|&k| d.points[k].label.clone()).collect()
    };
    (of(&p.old, &row.old), of(&p.new, &row.new))
}

/// The row whose OLD labels are `old` and NEW labels `new` (`[]` for none).
fn row(app: &App, old: &[&str], new: &[&str]) -> Option<usize> {
    let rows = app.prepared()?.comparison.rows.len();
    (0..rows).find(|&i| {
        let (o, n) = labels(app, i);
        o == old && n == new
    })
}

fn row_named(h: &Harness<'static, App>, old: &[&str], new: &[&str]) -> clausewise::Row {
    let app = h.state();
    let i = row(app, old, new).unwrap_or_else(|| panic!("no row {old:?} → {new:?}"));
    app.prepared().unwrap().comparison.rows[i].clone()
}

/// The accessible name of a row: "Row 2 → 6".
fn name(old: &[&str], new: &[&str]) -> String {
    let side = |s: &[&str]| {
        if s.is_empty() {
            "—".to_owned()
        } else {
            s.join(" + ")
        }
    };
    format!("Row {} → {}", side(old), side(new))
}

/// Brings a row into sight and clicks it (with `modifiers`, e.g. Ctrl to mark it).
fn click_row(h: &mut Harness<'static, App>, old: &[&str], new: &[&str], modifiers: Modifiers) {
    let i = row(h.state(), old, new).unwrap_or_else(|| panic!("no row {old:?} → {new:?}"));
    let selected = h.state().selected();
    h.state_mut().apply(Command::Reveal(i));
    settle(h);
    // Reveal selects; put the selection back where it was before a Ctrl+click.
    if modifiers.command {
        if let Some(s) = selected {
            h.state_mut().apply(Command::Select(s));
        }
        settle(h);
    }
    h.get_by_label_contains(&name(old, new))
        .click_modifiers(modifiers);
    settle(h);
}

fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

/// The aligner finds Geneva 2 (the non-aggression pact and Russia's law) split into December
/// 2 (the agreement) and 6 (the law), weakly: December 2 shares little wording with it and is
/// paired by its place. A reviewer who doubts it takes December 2 out of the split from the
/// row's context menu: Geneva 2 → 6 stays, December 2 is added, by hand.
fn take_december_2_out(h: &mut Harness<'static, App>) {
    let weak = row_named(h, &["2"], &["2", "6"]);
    assert_eq!((weak.evidence, weak.weak), (Some(Evidence::Split), true));
    assert_eq!(row_named(h, &["3"], &[]).status, Status::Removed);
    let i = row(h.state(), &["2"], &["2", "6"]).unwrap();
    h.state_mut().apply(Command::Reveal(i));
    settle(h);
    h.get_by_label(&name(&["2"], &["2", "6"])).click_secondary();
    settle(h);
    click(h, "Take NEW 2 out of its pair");
    let added = row_named(h, &[], &["2"]);
    assert_eq!(
        (added.status, added.evidence),
        (Status::Added, Some(Evidence::ByHand))
    );
    // What is left is a pair again, on its words.
    assert_eq!(
        row_named(h, &["2"], &["6"]).evidence,
        Some(Evidence::Similar)
    );
}

#[test]
fn pair_unpair_merge_undo_redo_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let [geneva, december] = copies(dir.path());
    let mut h = open(&[&geneva, &december]);
    take_december_2_out(&mut h);

    // The done-when of the issue: select the pair, Ctrl+click the added point, Pair.
    click_row(&mut h, &["2"], &["6"], Modifiers::NONE);
    click_row(&mut h, &[], &["2"], Modifiers::COMMAND);
    assert_eq!(h.state().marked_rows().len(), 1);
    // The marked row says so to a screen reader, and in words under its labels.
    h.get_by_label("Row — → 2, marked for pairing");
    h.get_by_label_contains("— → 2\n⇄ marked for pairing");
    h.get_by_label("Pair makes: Pair 2 → 2, 6 (a split)");
    click(&mut h, "Pair");
    let split = row_named(&h, &["2"], &["2", "6"]);
    assert_eq!(split.status, Status::Split);
    assert_eq!(split.evidence, Some(Evidence::ByHand));
    assert!(row(h.state(), &[], &["2"]).is_none(), "no longer added");
    // The split says so under its labels (December 2, taken out by hand, is in it again).
    assert_eq!(
        h.query_all_by_label_contains("evidence: by hand").count(),
        1
    );
    assert!(h.state().review().dirty);
    assert_eq!(h.state().review().review.overrides.len(), 2);
    assert!(h.state().marked_rows().is_empty());
    // The new row is selected.
    let selected = h.state().selected().unwrap();
    assert_eq!(labels(h.state(), selected).1, ["2", "6"]);

    // Unpair a pair: both points become removed and added, by hand.
    click_row(&mut h, &["1"], &["1"], Modifiers::NONE);
    click(&mut h, "Unpair");
    let removed = row_named(&h, &["1"], &[]);
    assert_eq!(removed.status, Status::Removed);
    assert_eq!(removed.evidence, Some(Evidence::ByHand));
    assert_eq!(row_named(&h, &[], &["1"]).status, Status::Added);

    // A merge: the removed Geneva 5 joins the pair 11 → 12 (through the keyboard: M marks,
    // Ctrl+J pairs).
    click_row(&mut h, &["5"], &[], Modifiers::NONE);
    h.key_press(egui::Key::M);
    settle(&mut h);
    assert_eq!(h.state().marked_rows().len(), 1);
    click_row(&mut h, &["11"], &["12"], Modifiers::NONE);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::J);
    settle(&mut h);
    let merge = row_named(&h, &["5", "11"], &["12"]);
    assert_eq!(merge.status, Status::Merged);
    assert_eq!(merge.evidence, Some(Evidence::ByHand));
    assert_eq!(h.state().review().review.overrides.len(), 4);

    // Undo (button) takes the merge back; redo (Ctrl+Shift+Z) makes it again.
    click(&mut h, "Undo");
    assert!(row(h.state(), &["5", "11"], &["12"]).is_none());
    assert!(row(h.state(), &["5"], &[]).is_some());
    // The selection follows the merge's first point, now removed again.
    let selected = h.state().selected().expect("a row stays selected");
    assert_eq!(labels(h.state(), selected), (vec!["5".to_owned()], vec![]));
    assert_eq!(h.state().review().review.overrides.len(), 3);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    settle(&mut h);
    assert!(row(h.state(), &["5", "11"], &["12"]).is_some());
    assert_eq!(h.state().review().review.overrides.len(), 4);
    // Ctrl+Z twice: the merge and the unpairing are undone, the split stays.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    assert_eq!(
        row_named(&h, &["1"], &["1"]).evidence,
        Some(Evidence::Similar)
    );
    assert!(row(h.state(), &["2"], &["2", "6"]).is_some());
    // Redo both again.
    click(&mut h, "Redo");
    click(&mut h, "Redo");
    assert!(row(h.state(), &["1"], &[]).is_some());
    assert!(row(h.state(), &["5", "11"], &["12"]).is_some());

    // Take a part out of the merge (the row's last OLD point, 11): 5 → 12 stays paired.
    click_row(&mut h, &["5", "11"], &["12"], Modifiers::NONE);
    click(&mut h, "Take out of pair");
    assert_eq!(row_named(&h, &["11"], &[]).status, Status::Removed);
    assert_eq!(
        row_named(&h, &["5"], &["12"]).evidence,
        Some(Evidence::ByHand)
    );
    click(&mut h, "Undo");
    assert!(row(h.state(), &["5", "11"], &["12"]).is_some());

    // Save, reopen: the corrections are in the file and applied again.
    let path = dir.path().join("plan.review.ron");
    h.state_mut()
        .apply(Command::SaveReviewAs(Some(path.clone())));
    settle(&mut h);
    assert!(h.state().errors().is_empty(), "{:?}", h.state().errors());
    assert!(!h.state().review().dirty);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("overrides"), "{saved}");
    let reopened = open(&[&path]);
    let app = reopened.state();
    assert_eq!(app.review().review.overrides.len(), 4);
    // Geneva 3 is removed by the aligner, not by hand.
    assert_eq!(row_named(&reopened, &["3"], &[]).evidence, None);
    for (old, new, status) in [
        (&["2"][..], &["2", "6"][..], Status::Split),
        (&["1"], &[], Status::Removed),
        (&["5", "11"], &["12"], Status::Merged),
    ] {
        let r = row_named(&reopened, old, new);
        assert_eq!((r.status, r.evidence), (status, Some(Evidence::ByHand)));
    }
}

/// A pairing through the row's context menu in the inline view, and the history view: the
/// hand-made split joins Geneva 2 and December 2 in one lineage, its step marked as made by
/// hand.
#[test]
fn context_menu_pairing_and_the_history_follows() {
    let dir = tempfile::tempdir().unwrap();
    let [geneva, december] = copies(dir.path());
    let mut h = open(&[&geneva, &december]);
    h.state_mut()
        .apply(Command::SetView(clausewise::gui::ViewMode::Inline));
    settle(&mut h);
    take_december_2_out(&mut h);
    click_row(&mut h, &[], &["2"], Modifiers::COMMAND);
    // Right-click the pair 2 → 6: its menu offers the split.
    let i = row(h.state(), &["2"], &["6"]).unwrap();
    h.state_mut().apply(Command::Reveal(i));
    settle(&mut h);
    h.get_by_label(&name(&["2"], &["6"])).click_secondary();
    settle(&mut h);
    h.get_by_label("Unpair 2 → 6");
    click(&mut h, "Pair 2 → 2, 6 (a split)");
    assert_eq!(
        row_named(&h, &["2"], &["2", "6"]).evidence,
        Some(Evidence::ByHand)
    );

    h.state_mut()
        .apply(Command::SetView(clausewise::gui::ViewMode::History));
    settle(&mut h);
    let app = h.state();
    let history = app.history().expect("history computed");
    let (g2, d2) = {
        let d = &history.drafts;
        (
            d[0].points.iter().position(|p| p.label == "2").unwrap(),
            d[1].points.iter().position(|p| p.label == "2").unwrap(),
        )
    };
    let l = history
        .history
        .lineages
        .iter()
        .position(|l| l.points[0] == Some(g2) && l.points[1] == Some(d2))
        .expect("Geneva 2 goes on into December 2");
    assert!(history.by_hand.contains(&(0, l)));
    h.get_by_label_contains("S 2 †");
}

/// A removed point says which new point it resembles, and its context menu pairs the two in
/// one click: Geneva 6 (no NATO troops in Ukraine) resembles December 4 (the army's size) by
/// the thesaurus (troops, armed forces); a reader who judged it a rewrite pairs them by hand.
#[test]
fn a_removed_point_is_paired_with_the_point_it_resembles_from_its_menu() {
    let dir = tempfile::tempdir().unwrap();
    let [geneva, december] = copies(dir.path());
    let mut h = open(&[&geneva, &december]);
    let removed = row_named(&h, &["6"], &[]);
    assert_eq!(removed.status, Status::Removed);
    let i = row(h.state(), &["6"], &[]).unwrap();
    h.state_mut().apply(Command::Reveal(i));
    settle(&mut h);
    h.get_by_label_contains("resembles new 4");
    h.get_by_label(&name(&["6"], &[])).click_secondary();
    settle(&mut h);
    click(&mut h, "Pair 6 → 4: it resembles it");
    let paired = row_named(&h, &["6"], &["4"]);
    assert_eq!(paired.evidence, Some(Evidence::ByHand));
    assert!(paired.resembles.is_empty());
    assert!(row(h.state(), &["6"], &[]).is_none());
}

/// A correction whose point is gone from an edited draft is listed in the app as orphaned,
/// not applied, and kept in the review file.
#[test]
fn an_orphaned_correction_is_listed_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let [geneva, december] = copies(dir.path());
    let path = dir.path().join("r.review.ron");
    {
        let mut h = open(&[&geneva, &december]);
        take_december_2_out(&mut h);
        click_row(&mut h, &["2"], &["6"], Modifiers::NONE);
        click_row(&mut h, &[], &["2"], Modifiers::COMMAND);
        click(&mut h, "Pair");
        h.state_mut()
            .apply(Command::SaveReviewAs(Some(path.clone())));
        settle(&mut h);
        assert!(h.state().errors().is_empty(), "{:?}", h.state().errors());
    }
    // December 2 (the non-aggression agreement) is cut from the draft.
    let text = std::fs::read_to_string(&december).unwrap();
    let cut: String = text
        .split("\n\n")
        .filter(|p| !p.starts_with("2. Russia and Ukraine conclude"))
        .collect::<Vec<_>>()
        .join("\n\n");
    assert_ne!(cut, text, "the point was found and cut");
    std::fs::write(&december, cut).unwrap();

    let mut h = open(&[&path]);
    assert_eq!(h.state().review().review.overrides.len(), 2, "kept");
    assert!(
        row(h.state(), &["2"], &["2", "6"]).is_none(),
        "an orphaned correction is not applied"
    );
    // Listed where orphaned annotations are (the annotation panel's foot): both corrections
    // name December 2.
    h.get_by_label("Orphaned corrections (2)").click();
    settle(&mut h);
    h.get_by_label_contains("pair 2 → 2, 6");
    h.get_by_label_contains("unpair — → 2");
    // Saved again, it stays in the file.
    h.state_mut().apply(Command::SaveReview);
    settle(&mut h);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("Russia and Ukraine conclude"), "{saved}");
}

/// A note typed keystroke by keystroke is one undo step; a category ticked is another.
#[test]
fn a_note_typed_in_one_go_is_one_undo_step() {
    let mut h = harness(&[&format!("samples/{GENEVA}"), &format!("samples/{DECEMBER}")]);
    click_row(&mut h, &["1"], &["1"], Modifiers::NONE);
    let note = h.get_by_label("Note");
    note.focus();
    h.run_ok();
    for key in ["K", "e", "e", "p"] {
        h.get_by_label("Note").type_text(key);
        h.step();
    }
    settle(&mut h);
    let draft = h.state().drafts()[1].id;
    let new = &h.state().drafts()[1].draft;
    let point = new.points.iter().position(|p| p.label == "1").unwrap();
    let note_of = |h: &Harness<'static, App>| {
        h.state()
            .annotation(&h.state().drafts()[1].draft, point)
            .map(|a| a.note.clone())
    };
    assert_eq!(note_of(&h).as_deref(), Some("Keep"));
    h.state_mut().apply(Command::Annotate {
        draft,
        point,
        edit: clausewise::gui::Edit::Category("sovereignty".into(), true),
    });
    settle(&mut h);
    // The first undo takes back the category, the second the whole note.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    let a = h
        .state()
        .annotation(&h.state().drafts()[1].draft, point)
        .cloned()
        .unwrap();
    assert!(a.categories.is_empty());
    assert_eq!(a.note, "Keep");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    settle(&mut h);
    assert_eq!(
        note_of(&h),
        None,
        "the note typed in one go is gone in one step"
    );
    click(&mut h, "Redo");
    assert_eq!(note_of(&h).as_deref(), Some("Keep"));
}

/// The sample review's correction (Geneva 2 split into December 2 and 6) is placed, not
/// orphaned, and the history of the three drafts marks that step as made by hand.
#[test]
fn the_sample_reviews_correction_is_placed_and_marked_in_the_history() {
    let mut h = harness(&["samples/peace-plan.review.ron"]);
    assert_eq!(h.state().review().review.overrides.len(), 1);
    assert!(h.query_by_label_contains("Orphaned corrections").is_none());
    h.state_mut()
        .apply(Command::SetView(clausewise::gui::ViewMode::History));
    settle(&mut h);
    let history = h.state().history().expect("history computed");
    assert_eq!(history.drafts.len(), 3);
    let at = |d: usize, label: &str| {
        history.drafts[d]
            .points
            .iter()
            .position(|p| p.label == label)
    };
    let (g2, d2, d6) = (at(1, "2"), at(2, "2"), at(2, "6"));
    // Both parts of the split go on from Geneva 2, each step marked as made by hand; no other
    // step is.
    for part in [d2, d6] {
        let l = history
            .history
            .lineages
            .iter()
            .position(|l| l.points[1] == g2 && l.points[2] == part)
            .expect("Geneva 2 goes on into the part");
        assert!(history.by_hand.contains(&(1, l)));
    }
    assert_eq!(history.by_hand.len(), 2, "{:?}", history.by_hand);
    assert_eq!(h.query_all_by_label_contains(" †").count(), 2);
}
