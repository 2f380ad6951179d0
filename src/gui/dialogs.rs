//! The app's two safety questions, as modal dialogs: a review naming drafts outside its folder
//! (read them or not), and a review whose file changed on disk since this window opened or
//! saved it (reload and merge, save as, overwrite). The decisions are the library's
//! ([`crate::review::Review::paths_outside`], [`crate::review::session::Session::merge_from_disk`]);
//! this file asks, each answer being a [`Command`] of the command table ([`UiCommand`]) that
//! `App::apply` carries out like every other change.

use std::path::PathBuf;

use super::App;
use super::command::{ChangedAnswer, Command, UiCommand};

impl App {
    /// Draws the dialog waiting for an answer, if any (one at a time).
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) {
        if let Some((review, paths)) = &self.ui.dialogs.outside {
            outside_dialog_ui(ctx, review, paths, &mut self.commands);
        } else if let Some(path) = &self.ui.dialogs.changed {
            changed_dialog_ui(ctx, path, &mut self.commands);
        }
    }

    /// Carries out the answer to "read files outside the review's folder?" (nothing when no
    /// review waits on it).
    pub(super) fn answer_outside(&mut self, open: bool) {
        let Some((review, _)) = self.ui.dialogs.outside.take() else {
            return;
        };
        if open {
            self.ui.dialogs.allowed_outside.insert(review.clone());
            self.apply(Command::Open(vec![review]));
        } else {
            self.ui.notice = Some(format!("{} not opened", review.display()));
        }
    }

    /// Carries out the answer to "the review changed on disk" (nothing when no save waits on
    /// it).
    pub(super) fn answer_changed(&mut self, answer: ChangedAnswer) {
        let Some(path) = self.ui.dialogs.changed.take() else {
            return;
        };
        match answer {
            ChangedAnswer::Merge => match self.review.session.merge_from_disk() {
                Ok(merged) => {
                    self.ui.notice = Some(format!(
                        "Merged: {} annotation(s) from the file, {} changed on both sides kept \
                         with both notes",
                        merged.taken, merged.both
                    ));
                    self.save_review(path);
                }
                Err(e) => self.ui.errors.push(e.to_string()),
            },
            ChangedAnswer::SaveAs => self.apply(Command::SaveReviewAs(None)),
            ChangedAnswer::Overwrite => {
                let job = self
                    .review
                    .session
                    .save_job(&path, &self.workspace.drafts)
                    .overwriting();
                self.review.saving = Some((job.path.clone(), job.revision));
                self.spawn_save(job);
            }
            ChangedAnswer::Cancel => {}
        }
    }
}

/// Asks before reading a review's drafts that lie outside its folder.
fn outside_dialog_ui(
    ctx: &egui::Context,
    review: &std::path::Path,
    paths: &[PathBuf],
    commands: &mut Vec<Command>,
) {
    egui::Modal::new(egui::Id::unique("clausewise-outside-paths")).show(ctx, |ui| {
        ui.heading("Read files outside the review's folder?");
        ui.label(format!(
            "{} names drafts outside its folder. A review received from someone else \
             could name any file you can read; open it only if you expect these:",
            review.display()
        ));
        egui::ScrollArea::vertical()
            .max_height(200.0)
            .show(ui, |ui| {
                for p in paths {
                    ui.monospace(crate::error::escape_controls(&p.display().to_string()));
                }
            });
        ui.horizontal(|ui| {
            UiCommand::OpenOutside.button_ui(ui, true, commands);
            UiCommand::KeepOutsideClosed.button_ui(ui, true, commands);
        });
    });
}

/// Asks what to do when the review's file changed on disk since this window opened or saved
/// it (another window saved it, say): nothing was written.
fn changed_dialog_ui(ctx: &egui::Context, path: &std::path::Path, commands: &mut Vec<Command>) {
    egui::Modal::new(egui::Id::unique("clausewise-review-changed")).show(ctx, |ui| {
        ui.heading("The review changed on disk");
        ui.label(format!(
            "{} was saved by another window or program since this window opened or saved \
             it. Nothing was written.",
            path.display()
        ));
        ui.horizontal(|ui| {
            for command in [
                UiCommand::ReloadAndMerge,
                UiCommand::SaveChangedAs,
                UiCommand::Overwrite,
                UiCommand::CancelSave,
            ] {
                command.button_ui(ui, true, commands);
            }
        });
    });
}
