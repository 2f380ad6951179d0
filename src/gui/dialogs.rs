//! The app's two safety questions, as modal dialogs: a review naming drafts outside its folder
//! (read them or not), and a review whose file changed on disk since this window opened or
//! saved it (reload and merge, save as, overwrite). The decisions are the library's
//! ([`crate::review::Review::paths_outside`], [`crate::review::session::Session::merge_from_disk`]);
//! this file only asks.

use super::App;
use super::command::Command;

impl App {
    /// Draws the dialog waiting for an answer, if any (one at a time).
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context) {
        if self.ui.dialogs.outside.is_some() {
            self.outside_dialog_ui(ctx);
        } else if self.ui.dialogs.changed.is_some() {
            self.changed_dialog_ui(ctx);
        }
    }

    /// Asks before reading a review's drafts that lie outside its folder.
    fn outside_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((review, paths)) = self.ui.dialogs.outside.clone() else {
            return;
        };
        let mut answer = None;
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
                    for p in &paths {
                        ui.monospace(crate::error::escape_controls(&p.display().to_string()));
                    }
                });
            ui.horizontal(|ui| {
                if ui.button("Open with these files").clicked() {
                    answer = Some(true);
                }
                if ui.button("Don't open").clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.ui.dialogs.outside = None;
                self.ui.dialogs.allowed_outside.insert(review.clone());
                self.commands.push(Command::Open(vec![review]));
            }
            Some(false) => {
                self.ui.dialogs.outside = None;
                self.ui.notice = Some(format!("{} not opened", review.display()));
            }
            None => {}
        }
    }

    /// Asks what to do when the review's file changed on disk since this window opened or
    /// saved it (another window saved it, say): nothing was written.
    fn changed_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = self.ui.dialogs.changed.clone() else {
            return;
        };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("clausewise-review-changed")).show(ctx, |ui| {
            ui.heading("The review changed on disk");
            ui.label(format!(
                "{} was saved by another window or program since this window opened or saved \
                 it. Nothing was written.",
                path.display()
            ));
            ui.horizontal(|ui| {
                for (label, choice) in [
                    ("Reload and merge", ChangedAnswer::Merge),
                    ("Save as…", ChangedAnswer::SaveAs),
                    ("Overwrite", ChangedAnswer::Overwrite),
                    ("Cancel", ChangedAnswer::Cancel),
                ] {
                    if ui.button(label).clicked() {
                        answer = Some(choice);
                    }
                }
            });
        });
        let Some(answer) = answer else {
            return;
        };
        self.ui.dialogs.changed = None;
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
            ChangedAnswer::SaveAs => self.commands.push(Command::SaveReviewAs(None)),
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

/// The answers to "the review changed on disk".
#[derive(Debug, Clone, Copy)]
enum ChangedAnswer {
    Merge,
    SaveAs,
    Overwrite,
    Cancel,
}
