//! The desktop app (eframe + egui): open successive drafts, pick OLD and NEW, review the
//! comparison side by side or inline. The app draws only; loading and comparing run on
//! background threads through the library's [`crate::Draft::load`] and [`crate::compare()`].
//!
//! [`App`] is the whole state and works headless: tests drive it with `egui_kittest`, and the
//! frame benchmark with a bare [`egui::Context`].

mod annotate;
mod app;
mod command;
mod dialogs;
mod fonts;
mod history_view;
mod inline;
mod jobs;
mod model;
mod pairing;
mod palette;
mod panels;
mod review;
mod rows;
mod settings;
mod side_by_side;
mod widgets;
mod window;

use std::path::PathBuf;

pub use crate::review::session::{DraftId, Edit};
pub use app::{App, install_fonts};
pub use command::{ChangedAnswer, Command, UiCommand};
pub use model::{DraftEntry, Filter, HistorySort, Prepared, PreparedHistory, RowInfo};
pub use review::ReviewSession;
pub use settings::{OpenFile, Settings, SidePanel, ViewMode};

/// Opens the window with `files` loaded in order (or, without files, the drafts open last time)
/// and runs until it is closed.
pub fn run(files: Vec<PathBuf>, pair: Option<(usize, usize)>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Clausewise")
            .with_app_id("clausewise")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Clausewise",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, files).with_initial_pair(pair)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
