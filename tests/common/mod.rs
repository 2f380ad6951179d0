//! Shared by the GUI tests: the app on sample drafts in a headless harness.
// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

use std::path::PathBuf;

use clausewise::gui::{App, install_fonts};
use egui_kittest::Harness;

/// The path of a file of the repository (a sample draft).
pub fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// The app with `files` loaded and compared, in a 1400x1000 window.
pub fn harness(files: &[&str]) -> Harness<'static, App> {
    let mut app = App::from_paths(files.iter().map(|f| sample(f)).collect());
    app.wait_for_jobs();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app);
    settle(&mut harness);
    harness
}

/// Runs frames until the app is idle, applying background results between frames.
pub fn settle(harness: &mut Harness<'static, App>) {
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
