//! One frame of the window: the app's state handed, piece by piece, to the panels that draw it
//! ([`super::panels`], [`super::annotate`], [`super::history_view`]), then the commands they
//! chose applied. The only module that knows both the state and the panels: the state
//! ([`super::app`]) never calls a panel, and the panels never see the whole [`App`].

use egui::Panel;

use super::annotate::{annotate_panel_ui, categories_window_ui};
use super::app::App;
use super::command::UiCommand;
use super::history_view::{history_ui, lineage_ui};
use super::pairing::pairing_bar_ui;
use super::panels;
use super::settings::ViewMode;
use super::widgets::hold_size_ui;

impl App {
    /// Draws one frame of the whole window into `ui` (the root ui of eframe or of a test
    /// harness), then applies the commands chosen.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let now = ui.input(|i| i.time);
        self.ui.clock = now;
        // The side file is written on time, and at once when the window loses the focus or is
        // asked to close (before any question is asked).
        let focused = ui.input(|i| i.viewport().focused);
        let focus_lost = focused == Some(false) && self.ui.focused != Some(false);
        self.ui.focused = focused;
        let closing = ui.input(|i| i.viewport().close_requested());
        self.autosave_at(now, focus_lost || closing);
        let state = (self.review.session.dirty, self.jobs.is_busy());
        panels::close_prompt_ui(ui, &mut self.ui, state, &self.workspace, &mut self.commands);
        let review = &self.review.session.review;
        categories_window_ui(ui.ctx(), review, &mut self.ui, &mut self.commands);
        self.dialogs_ui(ui.ctx());
        self.jobs.set_context(ui.ctx());
        self.poll_jobs();
        self.apply_style(ui.ctx());
        self.track_focus(ui.ctx());
        self.commands.extend(UiCommand::pressed(ui.ctx()));
        panels::dropped_files(ui, &mut self.commands);

        self.panels_ui(ui);
        panels::drop_hint_ui(ui);

        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            for command in commands {
                self.apply(command);
            }
            ui.ctx().request_repaint();
        }
        // Unsaved changes: wake up when their autosave is due, idle or not.
        if let Some(wait) = self.review.autosave_in(now) {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(wait + 0.05));
        }
    }

    /// The panels of the window, each given the state it draws.
    fn panels_ui(&mut self, ui: &mut egui::Ui) {
        let pairing = self.pairing_state();
        let commands = &mut self.commands;
        let (settings, view, review) = (&self.settings, &self.view, &self.review);
        Panel::top("clausewise-menu").show(ui, |ui| {
            panels::menu_bar_ui(ui, (settings, &pairing), view, commands)
        });
        let search = Panel::top("clausewise-toolbar").show(ui, |ui| {
            ui.add_space(2.0);
            let workspace = &self.workspace;
            let review = &review.session.review;
            let search = panels::toolbar_ui(ui, settings, workspace, view, review, commands);
            pairing_bar_ui(ui, &pairing, commands);
            ui.add_space(2.0);
            search
        });
        Panel::bottom("clausewise-status").show(ui, |ui| {
            let (flags, hist, jobs) = (&self.ui, &self.hist, &self.jobs);
            panels::status_bar_ui(ui, (settings, flags), view, hist, review, jobs)
        });
        if settings.show_drafts_panel {
            let panel = Panel::left("clausewise-drafts")
                .resizable(true)
                .default_size(230.0)
                .show(ui, |ui| {
                    hold_size_ui(ui, |ui| {
                        panels::drafts_panel_ui(ui, &self.workspace, commands)
                    })
                });
            commands.extend(panels::pasted_over(ui, panel.response.rect));
        }
        let history = settings.view == ViewMode::History;
        let compared = view.prepared.is_some() && !history;
        if compared && settings.show_annotate_panel {
            let font_size = settings.font_size();
            Panel::right("clausewise-annotate")
                .resizable(true)
                .default_size(270.0)
                .show(ui, |ui| {
                    hold_size_ui(ui, |ui| {
                        annotate_panel_ui(ui, view, review, &self.workspace, font_size, commands)
                    })
                });
        }
        if history && self.hist.selected_lineage.is_some() {
            Panel::bottom("clausewise-lineage")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| lineage_ui(ui, &self.hist, settings, commands));
        }
        if compared && settings.show_removed_panel {
            Panel::right("clausewise-removed")
                .resizable(true)
                .default_size(250.0)
                .show(ui, |ui| {
                    hold_size_ui(ui, |ui| panels::removed_panel_ui(ui, view, commands))
                });
        }
        // Filtered at once, so that the next key press sees the rows the search leaves.
        if let Some(search) = search.inner {
            self.apply(search);
        }
        self.central_ui(ui);
    }

    /// The central panel: the error messages, then the comparison or the history.
    fn central_ui(&mut self, ui: &mut egui::Ui) {
        let review = &self.review.session;
        self.view.refresh_chips(&review.review, review.revision);
        egui::CentralPanel::default().show(ui, |ui| {
            let commands = &mut self.commands;
            panels::errors_ui(ui, &self.ui.errors, commands);
            let (settings, workspace) = (&self.settings, &self.workspace);
            if settings.view == ViewMode::History {
                history_ui(ui, &self.hist, workspace, settings, commands);
            } else {
                let busy = self.jobs.is_busy();
                panels::comparison_ui(ui, settings, workspace, &mut self.view, busy, commands);
            }
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.sync_open_files();
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
