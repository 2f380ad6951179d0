//! Annotating in the desktop app, driven headless with egui_kittest: classify a removed point
//! with a suggested category, save the review, reopen it and find the annotation.
#![cfg(feature = "gui")]

use clausewise::gui::Command;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;
use common::{harness, settle};

const OLD: &str = "samples/peace-plan-2025-11-28-points.txt";
const NEW: &str = "samples/peace-plan-2025-12-20-points.txt";

#[test]
fn annotate_save_reopen() {
    let mut harness = harness(&[OLD, NEW]);
    // Select the amnesty point (26), removed in December.
    harness
        .get_by_label_contains("26 (≈ 20). Every party to the conflict is granted a full amnesty")
        .click();
    settle(&mut harness);
    harness.get_by_label("Annotate point 26");
    // Its keywords suggest "Justice and amnesty"; one click accepts the suggestion.
    harness.get_by_label("+ Justice and amnesty").click();
    settle(&mut harness);
    {
        let app = harness.state();
        let old = &app.drafts()[0].draft;
        let a = app
            .annotation(old, at(old, "26"))
            .expect("point 26 is annotated");
        assert_eq!(a.categories, ["justice"]);
    }
    assert!(
        harness.query_by_label("+ Justice and amnesty").is_none(),
        "an accepted suggestion is no longer offered"
    );
    harness.get_by_label_contains("Review: new review, 1 annotations (unsaved changes)");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.review.ron");
    harness
        .state_mut()
        .apply(Command::SaveReviewAs(Some(path.clone())));
    settle(&mut harness);
    assert!(
        harness.state().errors().is_empty(),
        "{:?}",
        harness.state().errors()
    );
    harness.get_by_label_contains("Review: plan.review.ron, 1 annotations");
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\"justice\""), "{saved}");

    // Reopen: the review brings its two drafts and the annotation.
    let reopened = harness_of(&path);
    let app = reopened.state();
    assert_eq!(app.drafts().len(), 2);
    assert_eq!(app.drafts()[0].name, "peace-plan-2025-11-28-points.txt");
    let old = &app.drafts()[0].draft;
    let a = app
        .annotation(old, at(old, "26"))
        .expect("annotation after reopening");
    assert_eq!(a.categories, ["justice"]);
}

/// The index of the point labelled `label` among a draft's rows (its title and preamble first).
fn at(draft: &clausewise::Draft, label: &str) -> usize {
    draft.points.iter().position(|p| p.label == label).unwrap()
}

fn harness_of(path: &std::path::Path) -> egui_kittest::Harness<'static, clausewise::gui::App> {
    let mut harness = harness(&[path.to_str().unwrap()]);
    // Reviews saved in a temporary folder name the sample drafts outside it: the app asks
    // before reading them, and the user agrees.
    if harness.query_by_label("Open with these files").is_some() {
        harness.get_by_label("Open with these files").click();
        settle(&mut harness);
    }
    harness
}

#[test]
fn the_sample_review_opens_with_its_drafts_names_and_annotations() {
    let harness = harness(&["samples/peace-plan.review.ron"]);
    let app = harness.state();
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    let names: Vec<&str> = app.drafts().iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "28-point US plan, Nov 2025",
            "Revision after Geneva, late Nov 2025",
            "20-point framework, Dec 2025"
        ]
    );
    // The army cap of the 28-point plan (point 6) carries its note.
    let old = &app.drafts()[0].draft;
    let a = app
        .annotation(old, at(old, "6"))
        .expect("point 6 is annotated");
    assert_eq!(a.categories, ["armed_forces"]);
    harness.get_by_label_contains("Review: peace-plan.review.ron, 13 annotations");
}

#[test]
fn rows_filter_by_category_and_assessment() {
    let mut harness = harness(&["samples/peace-plan.review.ron"]);
    let labels_of = |h: &egui_kittest::Harness<'static, clausewise::gui::App>| -> Vec<String> {
        let app = h.state();
        let p = app.prepared().unwrap();
        app.visible_rows()
            .iter()
            .map(|&i| {
                p.comparison.rows[i]
                    .new
                    .iter()
                    .map(|&n| p.new.points[n].label.clone())
                    .collect::<Vec<_>>()
                    .join("+")
            })
            .collect()
    };
    // Geneva → December: December's point 4 (the 800,000 army) is the armed-forces point.
    harness
        .state_mut()
        .apply(Command::FilterCategory(Some("armed_forces".into())));
    settle(&mut harness);
    assert_eq!(labels_of(&harness), ["4"]);
    harness.state_mut().apply(Command::FilterCategory(None));
    harness.state_mut().apply(Command::FilterAssessment(Some(
        "favourable to Ukraine".into(),
    )));
    settle(&mut harness);
    assert_eq!(labels_of(&harness), ["3+5", "4"]);
    // The filters menu says which are on.
    harness.get_by_label("Filters").click();
    harness.run_ok();
    harness.get_by_label("Category: any");
    harness.get_by_label("Assessment: favourable to Ukraine");
}

#[test]
fn unsaved_annotations_are_autosaved_to_a_side_file() {
    let mut harness = harness(&[OLD, NEW]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    let draft = harness.state().drafts()[1].id;
    let note = |text: &str| note_on(draft, text);
    harness.state_mut().apply(note("first"));
    harness
        .state_mut()
        .apply(Command::SaveReviewAs(Some(path.clone())));
    let app = harness.state_mut();
    app.wait_for_jobs();
    assert_eq!(app.autosave(1000.0), None, "nothing unsaved");
    app.apply(note("second"));
    let side = dir.path().join("r.ron.autosave");
    assert_eq!(app.autosave(1000.0), Some(side.clone()));
    app.wait_for_jobs();
    assert!(std::fs::read_to_string(&side).unwrap().contains("second"));
    assert!(
        std::fs::read_to_string(&path).unwrap().contains("first"),
        "the review itself is not touched"
    );
    assert_eq!(app.autosave(1010.0), None, "nothing new to autosave");
    app.apply(Command::SaveReview);
    app.wait_for_jobs();
    assert!(!side.exists(), "saving removes the side file");
}

#[test]
fn annotated_rows_show_category_chips() {
    let mut harness = harness(&["samples/peace-plan.review.ron"]);
    // Geneva → December: December's point 4 is annotated "armed forces" (its row brought into
    // sight first).
    let row = {
        let p = harness.state().prepared().unwrap();
        let point4 = p.new.points.iter().position(|pt| pt.label == "4").unwrap();
        p.comparison
            .rows
            .iter()
            .position(|r| r.old.is_empty() && r.new == [point4])
            .unwrap()
    };
    harness.state_mut().apply(Command::Reveal(row));
    settle(&mut harness);
    // Under the labels, the old point the added one resembles, then the chips.
    harness.get_by_label_contains("— → 4\nresembles old 6, 5\n Armed forces and military limits ");
    // Chips of December's own annotations: filled, without the inherited mark.
    let own_territory = |harness: &egui_kittest::Harness<'static, clausewise::gui::App>| {
        harness
            .query_all_by_label_contains(" Territory and borders ")
            .filter_map(|n| {
                n.accesskit_node()
                    .value()
                    .or_else(|| n.accesskit_node().label())
            })
            .filter(|l| l.contains("\n Territory and borders "))
            .count()
    };
    // Classify December's point 1: its row gets the chip at once (counted with that row in
    // sight before and after, whatever other rows the screen holds).
    let first = {
        let p = harness.state().prepared().unwrap();
        p.comparison.rows.iter().position(|r| r.new == [0]).unwrap()
    };
    harness.state_mut().apply(Command::Reveal(first));
    settle(&mut harness);
    let before = own_territory(&harness);
    let draft = harness.state().drafts()[2].id;
    harness.state_mut().apply(Command::Annotate {
        draft,
        point: 0,
        edit: clausewise::gui::Edit::Category("territory".into(), true),
    });
    settle(&mut harness);
    assert_eq!(own_territory(&harness), before + 1);
}

#[test]
fn annotations_carry_forward_to_every_later_draft() {
    let mut harness = harness(&["samples/peace-plan.review.ron"]);
    // Geneva → December. The November plan's point 4 (NATO, unfavourable) is unannotated in
    // the Geneva draft, where it was merged into point 3: that row inherits from November.
    let app = harness.state();
    let (old, new) = app.pair().expect("a pair");
    assert_eq!((old, new), (1, 2));
    assert!(
        harness
            .query_all_by_label_contains("↳ Alliances and NATO")
            .next()
            .is_some()
    );
    // A Geneva point removed in December (NATO) shows, when selected, where its annotation
    // came from; confirming makes it the Geneva point's own.
    let app = harness.state();
    let p = app.prepared().unwrap();
    let (row, point) = p
        .comparison
        .rows
        .iter()
        .enumerate()
        .find_map(|(i, r)| {
            let &o = r.old.first()?;
            (r.new.is_empty() && !app.inherited(&p.old, o).is_empty()).then_some((i, o))
        })
        .expect("a removed Geneva point inherits from November");
    harness.state_mut().apply(Command::Select(row));
    settle(&mut harness);
    harness.get_by_label_contains("Inherited from 28-point US plan, Nov 2025");
    harness.get_by_label("Confirm inherited annotation").click();
    settle(&mut harness);
    let app = harness.state();
    let p = app.prepared().unwrap();
    let own = app
        .annotation(&p.old, point)
        .expect("confirmed: now its own");
    assert!(own.categories.contains(&"alliances".to_owned()), "{own:?}");
    assert!(app.inherited(&p.old, point).is_empty());
}

#[test]
fn a_draft_given_twice_by_different_paths_opens_once() {
    let absolute = std::path::absolute(OLD).unwrap();
    let harness = harness(&[
        OLD,
        NEW,
        "samples/peace-plan.review.ron",
        absolute.to_str().unwrap(),
    ]);
    // The review's three drafts, each once (two of them were also given directly).
    assert_eq!(harness.state().drafts().len(), 3);
}

#[test]
fn categories_are_renamed_and_added_per_review() {
    let mut harness = harness(&[OLD, NEW]);
    harness.get_by_label("Compare").click();
    harness.run_ok();
    harness.get_by_label("Categories…").click();
    settle(&mut harness);
    harness.get_by_label("Categories of this review");
    harness
        .state_mut()
        .apply(Command::EditCategory(clausewise::review::Category {
            id: "black_sea".into(),
            label: "Black Sea".into(),
            colour: "#0000ff".into(),
            description: String::new(),
            keywords: vec!["black sea".into()],
        }));
    settle(&mut harness);
    // The new category is offered in the window, and saved with the review.
    harness.get_by_label("black_sea");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    harness
        .state_mut()
        .apply(Command::SaveReviewAs(Some(path.clone())));
    harness.state_mut().wait_for_jobs();
    let saved = clausewise::review::Review::load(&path).unwrap();
    assert_eq!(
        saved.taxonomy().get("black_sea").unwrap().label,
        "Black Sea"
    );
}

#[test]
fn annotations_whose_point_is_gone_are_listed_as_orphans() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Plan\n1. Sovereignty is confirmed.\n2. A full amnesty for all parties for acts during the war.\n").unwrap();
    std::fs::write(&b, "Plan\n1. Sovereignty is confirmed.\n").unwrap();
    let draft = clausewise::Draft::load(&a).unwrap();
    let mut review = clausewise::review::Review::default();
    let k = review.draft_index(std::path::Path::new("a.txt"), "a", &draft);
    review.draft_index(
        std::path::Path::new("b.txt"),
        "b",
        &clausewise::Draft::load(&b).unwrap(),
    );
    review
        .annotate(k, &draft, at(&draft, "2"), |x| x.note = "amnesty".into())
        .unwrap();
    let path = dir.path().join("r.ron");
    review.save(&path).unwrap();
    // The amnesty point is deleted from a.txt afterwards.
    std::fs::write(&a, "Plan\n1. Sovereignty is confirmed.\n").unwrap();
    let harness = harness(&[path.to_str().unwrap()]);
    let orphans = harness.state().orphans();
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].1.note, "amnesty");
    harness.get_by_label("Orphaned annotations (1)");
    // Still in the file.
    assert_eq!(
        clausewise::review::Review::load(&path)
            .unwrap()
            .annotations
            .len(),
        1
    );
}

#[test]
fn the_pair_on_screen_is_exported_with_its_annotations() {
    let mut harness = harness(&["samples/peace-plan.review.ron"]);
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("geneva-december.html");
    harness
        .state_mut()
        .apply(Command::Export(Some(html.clone())));
    // Written in the background.
    settle(&mut harness);
    assert!(
        harness.state().errors().is_empty(),
        "{:?}",
        harness.state().errors()
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    // December's point 4 carries its note from the review.
    assert!(
        page.contains("Peacetime army of 800,000, not a cap of 600,000."),
        "{page}"
    );
    // Geneva's points removed in December carry November's annotations, marked inherited.
    assert!(
        page.contains("inherited from 28-point US plan, Nov 2025"),
        "{page}"
    );
    let md = dir.path().join("pair.md");
    harness.state_mut().apply(Command::Export(Some(md.clone())));
    settle(&mut harness);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Review of 3 drafts"), "{text}");

    // The OLD point of a changed row can be annotated too.
    harness.get_by_label_contains("~ changed\n1 → 1").click();
    settle(&mut harness);
    harness.get_by_label("OLD point").click();
    settle(&mut harness);
    harness
        .get_by_label("+ Sovereignty and political status")
        .click();
    settle(&mut harness);
    let app = harness.state();
    let geneva = &app.drafts()[1].draft;
    assert_eq!(
        app.annotation(geneva, at(geneva, "1")).unwrap().categories,
        ["sovereignty"]
    );
}

#[test]
fn autosaved_annotations_are_recovered_when_the_review_is_opened_again() {
    let mut harness = harness(&[OLD, NEW]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    let draft = harness.state().drafts()[1].id;
    let note = |text: &str| note_on(draft, text);
    let app = harness.state_mut();
    app.apply(note("saved"));
    app.apply(Command::SaveReviewAs(Some(path.clone())));
    app.wait_for_jobs();
    // Later edits reach only the side file; then the app goes away without saving.
    std::thread::sleep(std::time::Duration::from_millis(20));
    app.apply(note("unsaved"));
    assert!(app.autosave(1000.0).is_some());
    app.wait_for_jobs();
    let saved = std::fs::read(&path).unwrap();
    drop(harness);

    let reopened = harness_of(&path);
    let app = reopened.state();
    let p = app.prepared().expect("the review's drafts compared");
    let a = app.annotation(&p.new, 0).expect("the annotation");
    assert_eq!(a.note, "unsaved");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        saved,
        "the review file is left as it was"
    );
}

#[test]
fn the_assessment_scale_is_edited_per_review() {
    let mut harness = harness(&[OLD, NEW]);
    harness.get_by_label("Compare").click();
    harness.run_ok();
    harness.get_by_label("Categories…").click();
    settle(&mut harness);
    harness
        .get_by_label("Remove neutral from the scale")
        .click();
    settle(&mut harness);
    let new_value = harness.get_by_label("New value");
    new_value.focus();
    new_value.type_text("mixed");
    settle(&mut harness);
    harness.get_by_label("Add to the scale").click();
    settle(&mut harness);
    let scale = harness.state().review().review.scale.clone();
    assert!(!scale.contains(&"neutral".to_owned()), "{scale:?}");
    assert_eq!(scale.last().map(String::as_str), Some("mixed"));
    assert!(harness.state().review().dirty);
}

/// Sets the note of the first point of the draft with id `draft`.
fn note_on(draft: clausewise::gui::DraftId, text: &str) -> Command {
    Command::Annotate {
        draft,
        point: 0,
        edit: clausewise::gui::Edit::Note(text.into()),
    }
}

#[test]
fn annotations_never_carry_backwards_whatever_order_they_were_made_in() {
    let geneva = "samples/peace-plan-2025-11-30-geneva-19-points.txt";
    let mut harness = harness(&[OLD, geneva, NEW]);
    let ids: Vec<clausewise::gui::DraftId> =
        harness.state().drafts().iter().map(|d| d.id).collect();
    let index =
        |harness: &egui_kittest::Harness<'static, clausewise::gui::App>, d: usize, label: &str| {
            harness.state().drafts()[d]
                .draft
                .points
                .iter()
                .position(|p| p.label == label)
                .unwrap()
        };
    // December's army point first, then a November point: the review lists December first.
    let (dec4, nov6, nov1) = (
        index(&harness, 2, "4"),
        index(&harness, 0, "6"),
        index(&harness, 0, "1"),
    );
    for (draft, point) in [(ids[2], dec4), (ids[0], nov1)] {
        harness.state_mut().apply(Command::Annotate {
            draft,
            point,
            edit: clausewise::gui::Edit::Category("armed_forces".into(), true),
        });
    }
    settle(&mut harness);
    let app = harness.state();
    assert!(app.history().is_some(), "followed in the background");
    // November's army cap (point 6) comes before December's point 4: it inherits nothing.
    let nov = &app.drafts()[0].draft;
    assert!(app.inherited(nov, nov6).is_empty());
    // December's point 1 inherits November's point 1.
    let dec = &app.drafts()[2].draft;
    let dec1 = index(&harness, 2, "1");
    let from: Vec<String> = app
        .inherited(dec, dec1)
        .into_iter()
        .map(|(_, d)| d)
        .collect();
    assert_eq!(from.len(), 1, "{from:?}");
}

#[test]
fn a_report_is_never_exported_over_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.md");
    std::fs::copy(common::sample(NEW), &draft).unwrap();
    let mut app = clausewise::gui::App::from_paths(vec![common::sample(OLD), draft.clone()]);
    app.wait_for_jobs();
    let before = std::fs::read(&draft).unwrap();
    app.apply(Command::Export(Some(draft.clone())));
    app.wait_for_jobs();
    assert!(
        app.errors().iter().any(|e| e.contains("is an open draft")),
        "{:?}",
        app.errors()
    );
    assert_eq!(std::fs::read(&draft).unwrap(), before);
}

#[test]
fn an_idle_app_writes_the_autosave_on_time() {
    let mut harness = harness(&[OLD, NEW]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    let draft = harness.state().drafts()[1].id;
    harness.state_mut().apply(note_on(draft, "saved"));
    harness
        .state_mut()
        .apply(Command::SaveReviewAs(Some(path.clone())));
    settle(&mut harness);
    // One more edit, then the app is left alone: no input event of any kind.
    harness.state_mut().apply(note_on(draft, "left idle"));
    harness.step();
    let side = dir.path().join("r.ron.autosave");
    harness.state_mut().wait_for_jobs();
    assert!(!side.exists(), "not written at once");
    // The app asked to be woken in time to write it.
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap();
    assert!(delay <= std::time::Duration::from_secs(30), "{delay:?}");
    // The clock moves to the moment it asked for; the frame it wakes for writes the file.
    let now = harness.ctx.input(|i| i.time);
    let woken = now + delay.as_secs_f64().max(0.0);
    harness.input_mut().time = Some(woken);
    harness.step();
    if !side.exists() {
        // Woken early (another repaint was due first): wait on, still without input, up to
        // 30 s after the edit.
        for t in 1..=30 {
            harness.input_mut().time = Some(now + f64::from(t));
            harness.step();
            harness.state_mut().wait_for_jobs();
            if side.exists() {
                break;
            }
        }
    }
    harness.state_mut().wait_for_jobs();
    let written = std::fs::read_to_string(&side).expect("the side file, written while idle");
    assert!(written.contains("left idle"), "{written}");
    harness.step();
    harness.get_by_label_contains("autosaved less than a minute ago");
}

#[test]
fn the_annotation_controls_hold_still_when_a_suggestion_is_accepted() {
    let mut harness = harness(&[OLD, NEW]);
    harness
        .get_by_label_contains("26 (≈ 20). Every party to the conflict is granted a full amnesty")
        .click();
    settle(&mut harness);
    let rects = |harness: &egui_kittest::Harness<'static, clausewise::gui::App>| {
        let mut rects = Vec::new();
        for label in ["Assessment", "Note", "Categories", "Territory and borders"] {
            for node in harness.query_all_by_label(label) {
                rects.push((label, node.accesskit_node().bounding_box()));
            }
        }
        rects
    };
    let before = rects(&harness);
    assert!(before.len() >= 4, "{before:?}");
    let panel = |harness: &egui_kittest::Harness<'static, clausewise::gui::App>| {
        harness
            .get_by_label("Annotate point 26")
            .accesskit_node()
            .bounding_box()
    };
    let heading = panel(&harness);
    harness.get_by_label("+ Justice and amnesty").click();
    settle(&mut harness);
    assert!(harness.query_by_label("+ Justice and amnesty").is_none());
    assert_eq!(rects(&harness), before, "the controls did not move");
    assert_eq!(
        panel(&harness),
        heading,
        "the panel kept its place and width"
    );
}

/// The sample review's correction made by hand (Geneva 2 split into December 2 and 6) shows in
/// the app as in the reports: one split row, marked as made by hand.
#[test]
fn the_reviews_correction_by_hand_shows_in_the_rows() {
    let harness = harness(&["samples/peace-plan.review.ron"]);
    let app = harness.state();
    let p = app.prepared().expect("Geneva → December compared");
    let labels = |draft: &clausewise::Draft, points: &[usize]| -> Vec<String> {
        points
            .iter()
            .map(|&i| draft.points[i].label.clone())
            .collect()
    };
    let row = p
        .comparison
        .rows
        .iter()
        .find(|r| labels(&p.old, &r.old) == ["2"])
        .expect("a row for Geneva 2");
    assert_eq!(row.status, clausewise::Status::Split);
    assert_eq!(labels(&p.new, &row.new), ["2", "6"]);
    assert_eq!(row.evidence, Some(clausewise::compare::Evidence::ByHand));
    harness.get_by_label_contains("evidence: by hand");
}
