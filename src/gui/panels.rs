//! Drawing the window: menu bar, toolbar, drafts panel, removed-points panel, status bar and the
//! comparison itself. Every choice becomes a [`Command`] applied after the frame.

use egui::{Button, Color32, ComboBox, Label, Panel, RichText, ScrollArea, TextEdit, TextWrapMode};

use super::app::App;
use super::command::{Command, UiCommand};
use super::palette::Palette;
use super::rows::{ListParams, header_ui};
use super::settings::SidePanel;
use super::settings::{Settings, ViewMode};
use super::widgets::{hold_size_ui, named};
use crate::compare::Status;
use crate::compare::substance::Kind;

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
        self.close_prompt_ui(ui);
        let ctx = ui.ctx().clone();
        self.categories_window_ui(&ctx);
        self.jobs.set_context(ui.ctx());
        self.poll_jobs();
        self.apply_style(ui.ctx());
        self.shortcuts(ui);
        self.dropped_files(ui);

        Panel::top("clausewise-menu").show(ui, |ui| self.menu_bar_ui(ui));
        Panel::top("clausewise-toolbar").show(ui, |ui| {
            ui.add_space(2.0);
            self.toolbar_ui(ui);
            ui.add_space(2.0);
        });
        Panel::bottom("clausewise-status").show(ui, |ui| self.status_bar_ui(ui));
        if self.settings.show_drafts_panel {
            Panel::left("clausewise-drafts")
                .resizable(true)
                .default_size(230.0)
                .show(ui, |ui| hold_size_ui(ui, |ui| self.drafts_panel_ui(ui)));
        }
        if self.settings.view != ViewMode::History
            && self.view.prepared.is_some()
            && self.settings.show_annotate_panel
        {
            Panel::right("clausewise-annotate")
                .resizable(true)
                .default_size(270.0)
                .show(ui, |ui| hold_size_ui(ui, |ui| self.annotate_panel_ui(ui)));
        }
        if self.settings.view == ViewMode::History && self.hist.selected_lineage.is_some() {
            Panel::bottom("clausewise-lineage")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| self.lineage_ui(ui));
        }
        if self.settings.show_removed_panel
            && self.view.prepared.is_some()
            && self.settings.view != ViewMode::History
        {
            Panel::right("clausewise-removed")
                .resizable(true)
                .default_size(250.0)
                .show(ui, |ui| hold_size_ui(ui, |ui| self.removed_panel_ui(ui)));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.errors_ui(ui);
            self.comparison_ui(ui);
        });
        self.drop_hint_ui(ui);

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

    /// A request to close the window with unsaved annotations is held back with a question.
    fn close_prompt_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested())
            && self.review.session.dirty
            && !self.ui.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.ui.close_prompt = true;
        }
        if self.ui.close_after_save && !self.is_busy() {
            // The save asked for by the prompt is done (or was given up).
            self.ui.close_after_save = false;
            if !self.review.session.dirty {
                self.ui.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
        if !self.ui.close_prompt {
            return;
        }
        egui::Window::new("Unsaved annotations")
            .collapsible(false)
            .resizable(false)
            .show(&ctx, |ui| {
                ui.label("The review has changes that are not saved.");
                ui.horizontal(|ui| {
                    if ui.button("Save and close").clicked() {
                        self.ui.close_prompt = false;
                        self.ui.close_after_save = true;
                        self.commands.push(Command::SaveReview);
                    }
                    if ui.button("Close without saving").clicked() {
                        self.ui.allow_close = true;
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                    if ui.button("Cancel").clicked() {
                        self.ui.close_prompt = false;
                    }
                });
            });
    }

    /// The shortcuts of the command table ([`UiCommand::pressed`]).
    fn shortcuts(&mut self, ui: &mut egui::Ui) {
        self.commands.extend(UiCommand::pressed(ui.ctx()));
    }

    /// Files dropped onto the window are opened, sorted by name.
    fn dropped_files(&mut self, ui: &egui::Ui) {
        let mut paths: Vec<_> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if !paths.is_empty() {
            paths.sort();
            self.commands.push(Command::Open(paths));
        }
    }

    fn drop_hint_ui(&self, ui: &egui::Ui) {
        let hovering = ui.input(|i| !i.raw.hovered_files.is_empty());
        if !hovering {
            return;
        }
        let painter = ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("clausewise-drop"),
        ));
        let rect = ui.ctx().content_rect();
        painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            "Drop drafts to open them",
            egui::TextStyle::Heading.resolve(ui.style()),
            Color32::WHITE,
        );
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu_ui(ui));
            ui.menu_button("View", |ui| self.view_menu_ui(ui));
            ui.menu_button("Compare", |ui| self.compare_menu_ui(ui));
        });
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        UiCommand::Open.menu_item_ui(ui, true, &mut self.commands);
        ui.menu_button("Recent files", |ui| {
            if self.settings.recent_files.is_empty() {
                ui.label("No recent files");
            }
            for path in &self.settings.recent_files {
                let name = path.display().to_string();
                if ui.button(name).clicked() {
                    self.commands.push(Command::Open(vec![path.clone()]));
                }
            }
            ui.separator();
            if ui.button("Clear recent files").clicked() {
                self.commands.push(Command::ClearRecent);
            }
        });
        ui.separator();
        UiCommand::SaveReview.menu_item_ui(ui, true, &mut self.commands);
        UiCommand::SaveReviewAs.menu_item_ui(ui, true, &mut self.commands);
        let has = self.view.prepared.is_some();
        UiCommand::Export.menu_item_ui(ui, has, &mut self.commands);
        ui.separator();
        if ui.button("Quit").clicked() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        let mut view = self.settings.view;
        ui.radio_value(&mut view, ViewMode::SideBySide, "Side by side");
        ui.radio_value(&mut view, ViewMode::Inline, "Inline (redline)");
        ui.radio_value(&mut view, ViewMode::History, "History (all drafts)");
        if view != self.settings.view {
            self.commands.push(Command::SetView(view));
        }
        ui.separator();
        let mut hide = !self.view.filter.shows(Status::Unchanged);
        if ui.checkbox(&mut hide, "Hide unchanged points").changed() {
            self.commands
                .push(Command::ShowStatus(Status::Unchanged, !hide));
        }
        let mut collapse = self.settings.collapse_unchanged;
        if ui
            .checkbox(&mut collapse, "Collapse unchanged points")
            .changed()
        {
            self.commands.push(Command::CollapseUnchanged(collapse));
        }
        for (panel, text) in [
            (SidePanel::Drafts, "Drafts panel"),
            (SidePanel::Removed, "Removed points list"),
            (SidePanel::Annotate, "Annotation panel"),
        ] {
            let mut on = self.settings.shows_panel(panel);
            if ui.checkbox(&mut on, text).changed() {
                self.commands.push(Command::ShowPanel(panel, on));
            }
        }
        ui.separator();
        let mut dark = self.settings.dark;
        ui.radio_value(&mut dark, true, "Dark theme");
        ui.radio_value(&mut dark, false, "Light theme");
        if dark != self.settings.dark {
            self.commands.push(Command::SetDark(dark));
        }
        let mut size = self.settings.font_size();
        let slider = egui::Slider::new(&mut size, Settings::FONT_SIZES)
            .step_by(1.0)
            .text("Font size");
        if ui.add(slider).changed() {
            self.commands.push(Command::SetFontSize(size));
        }
    }

    fn compare_menu_ui(&mut self, ui: &mut egui::Ui) {
        UiCommand::Categories.menu_item_ui(ui, true, &mut self.commands);
        ui.separator();
        let mut options = self.settings.options;
        ui.checkbox(&mut options.ignore_case, "Ignore case");
        ui.checkbox(&mut options.ignore_punctuation, "Ignore punctuation");
        ui.checkbox(&mut options.ignore_whitespace, "Ignore whitespace");
        if options != self.settings.options {
            self.commands.push(Command::SetOptions(options));
        }
        ui.separator();
        let has = self.view.prepared.is_some();
        for command in [
            UiCommand::Swap,
            UiCommand::PreviousPair,
            UiCommand::NextPair,
        ] {
            command.menu_item_ui(ui, has, &mut self.commands);
        }
        ui.separator();
        for command in [UiCommand::NextChange, UiCommand::PreviousChange] {
            command.menu_item_ui(ui, has, &mut self.commands);
        }
        ui.separator();
        for command in [UiCommand::OnlyRemoved, UiCommand::ShowAll] {
            command.menu_item_ui(ui, has, &mut self.commands);
        }
    }

    /// The toolbar, on one line: OLD and NEW pickers, swap, pair stepping, change navigation,
    /// view mode, the filters (in a menu, so that the line keeps its length), the search box,
    /// and the switches of the side panels.
    fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let pair = self.pair();
            self.draft_combo_ui(ui, "OLD", pair.map(|p| p.0), true);
            UiCommand::Swap.icon_button_ui(ui, "⇄", pair.is_some(), &mut self.commands);
            self.draft_combo_ui(ui, "NEW", pair.map(|p| p.1), false);
            let count = self.workspace.drafts.len();
            let new_pos = pair.map(|p| p.1);
            let back = count > 2 && new_pos.is_some_and(|n| n > 1);
            UiCommand::PreviousPair.icon_button_ui(ui, "◀", back, &mut self.commands);
            let next = count > 2 && new_pos.is_some_and(|n| n + 1 < count);
            UiCommand::NextPair.icon_button_ui(ui, "▶", next, &mut self.commands);
            ui.separator();
            let has = self.view.prepared.is_some() && self.settings.view != ViewMode::History;
            UiCommand::PreviousChange.icon_button_ui(ui, "▲", has, &mut self.commands);
            UiCommand::NextChange.icon_button_ui(ui, "▼", has, &mut self.commands);
            ui.separator();
            let mut view = self.settings.view;
            ui.selectable_value(&mut view, ViewMode::SideBySide, "Side by side");
            ui.selectable_value(&mut view, ViewMode::Inline, "Inline");
            ui.selectable_value(&mut view, ViewMode::History, "History");
            if view != self.settings.view {
                self.commands.push(Command::SetView(view));
            }
            ui.add_space(8.0);
            ui.add_enabled_ui(self.settings.view != ViewMode::History, |ui| {
                self.filters_ui(ui);
            });
            ui.separator();
            self.panel_switches_ui(ui);
        });
    }

    /// Switches of the side panels (remembered between runs).
    fn panel_switches_ui(&mut self, ui: &mut egui::Ui) {
        for (panel, text, name) in [
            (SidePanel::Drafts, "Drafts", "Drafts panel"),
            (SidePanel::Removed, "Removed", "Removed points panel"),
            (SidePanel::Annotate, "Notes", "Annotation panel"),
        ] {
            let mut on = self.settings.shows_panel(panel);
            let response = ui
                .toggle_value(&mut on, text)
                .on_hover_text(format!("Show or hide the {}", name.to_lowercase()));
            if named(response, name.to_owned()).changed() {
                self.commands.push(Command::ShowPanel(panel, on));
            }
        }
    }

    /// The filters menu (statuses with counts, moved only, the review's category and
    /// assessment) and the search box.
    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        let hidden = Status::ALL
            .iter()
            .filter(|&&s| !self.view.filter.shows(s))
            .count()
            + usize::from(self.view.filter.only_moved)
            + usize::from(self.view.filter.only_substantive)
            + self.view.filter.kinds.iter().filter(|&&on| on).count()
            + usize::from(self.view.category_filter.is_some())
            + usize::from(self.view.assessment_filter.is_some());
        let title = if hidden == 0 {
            "Filters ▾".to_owned()
        } else {
            format!("Filters ({hidden}) ▾")
        };
        let menu = ui.menu_button(title, |ui| self.filter_menu_ui(ui));
        named(menu.response, "Filters".to_owned());
        let label = ui.label("Search");
        let mut search = self.view.filter.search.clone();
        let edit = TextEdit::singleline(&mut search)
            .hint_text("both sides")
            .desired_width(110.0);
        if ui.add(edit).labelled_by(label.id).changed() {
            // Filtered at once, so that the next key press sees the rows it leaves.
            self.apply(Command::Search(search));
        }
        let clear = ui.add_enabled(
            !self.view.filter.search.is_empty(),
            Button::new("×").small(),
        );
        if named(clear, "Clear search".to_owned()).clicked() {
            self.commands.push(Command::Search(String::new()));
        }
    }

    fn draft_combo_ui(&mut self, ui: &mut egui::Ui, role: &str, current: Option<usize>, old: bool) {
        let label = ui.label(RichText::new(role).strong());
        let selected = current
            .and_then(|k| self.workspace.drafts.get(k))
            .map_or("(open two drafts)".to_owned(), |d| d.name.clone());
        // A fixed width: a long name is cut (its tooltip shows it whole), the toolbar keeps its
        // length.
        let size = egui::vec2(COMBO_WIDTH, ui.spacing().interact_size.y);
        let commands = &mut self.commands;
        let drafts = &self.workspace.drafts;
        let response = ui
            .allocate_ui(size, |ui| {
                ComboBox::from_id_salt(("clausewise-pair", role))
                    .selected_text(selected)
                    .width(COMBO_WIDTH)
                    .truncate()
                    .show_ui(ui, |ui| {
                        for (k, d) in drafts.iter().enumerate() {
                            let text = format!("{}. {}", k + 1, d.name);
                            if ui.selectable_label(current == Some(k), text).clicked() {
                                commands.push(if old {
                                    Command::SetOld(k)
                                } else {
                                    Command::SetNew(k)
                                });
                            }
                        }
                    })
                    .response
            })
            .inner;
        let full = current
            .and_then(|k| self.workspace.drafts.get(k))
            .map(|d| format!("{role}: {}", d.name));
        let response = response.labelled_by(label.id);
        if let Some(full) = full {
            response.on_hover_text(full);
        }
    }

    /// The filters menu: statuses with counts, moved only, show all, the review's filters.
    fn filter_menu_ui(&mut self, ui: &mut egui::Ui) {
        let summary = self.view.prepared.as_ref().map(|p| p.comparison.summary);
        for status in Status::ALL {
            let mut shown = self.view.filter.shows(status);
            let text = match summary {
                Some(s) => format!("{} ({})", status.name(), s.count(status)),
                None => status.name().to_owned(),
            };
            let response = ui.checkbox(&mut shown, text);
            if named(response, status.name().to_owned()).changed() {
                self.commands.push(Command::ShowStatus(status, shown));
            }
        }
        let moved = summary.map_or_else(
            || "moved only".to_owned(),
            |s| format!("moved only ({})", s.moved),
        );
        let mut only_moved = self.view.filter.only_moved;
        if ui
            .checkbox(&mut only_moved, moved)
            .on_hover_text("Show only points that changed place, whatever else happened to them")
            .changed()
        {
            self.commands.push(Command::OnlyMoved(only_moved));
        }
        let substantive = self.prepared().map_or_else(
            || "substantive changes only".to_owned(),
            |p| format!("substantive changes only ({})", p.substantive),
        );
        let mut only_substantive = self.view.filter.only_substantive;
        if ui
            .checkbox(&mut only_substantive, substantive)
            .on_hover_text(
                "Show only rows where a figure, a party, an obligation, a negation, a condition \
                 or a deadline changed",
            )
            .changed()
        {
            self.commands
                .push(Command::OnlySubstantive(only_substantive));
        }
        // One entry per kind of finding, with the rows that have one (checked kinds add up).
        let counts = self.prepared().map(|p| p.substance);
        for kind in Kind::ALL {
            let mut on = self.view.filter.kinds[kind as usize];
            let text = counts.map_or_else(
                || kind.name().to_owned(),
                |c| format!("{} ({})", kind.name(), c.rows_of(kind)),
            );
            let article = if kind == Kind::Obligation { "an" } else { "a" };
            let response = ui.checkbox(&mut on, text).on_hover_text(format!(
                "Show only rows where {article} {} changed (several kinds: rows with any of them)",
                kind.name()
            ));
            if response.changed() {
                self.commands.push(Command::OnlyKind(kind, on));
            }
        }
        UiCommand::OnlyRemoved.menu_item_ui(ui, true, &mut self.commands);
        UiCommand::ShowAll.menu_item_ui(ui, true, &mut self.commands);
        if !self.review.session.review.annotations.is_empty() {
            ui.separator();
            self.review_filter_ui(ui);
        }
    }

    fn drafts_panel_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(4.0);
        ui.heading("Drafts");
        ui.label(
            RichText::new("Oldest first. Each draft is compared with the one before it.")
                .small()
                .weak(),
        );
        ui.add_space(4.0);
        let pair = self.pair();
        let count = self.workspace.drafts.len();
        ScrollArea::vertical()
            .id_salt("clausewise-drafts-list")
            .auto_shrink([false, true])
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                for (k, entry) in self.workspace.drafts.iter().enumerate() {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(format!("Draft {}", k + 1)).strong());
                            if pair.is_some_and(|p| p.0 == k) {
                                ui.label(RichText::new("OLD").small().strong());
                            }
                            if pair.is_some_and(|p| p.1 == k) {
                                ui.label(RichText::new("NEW").small().strong());
                            }
                        });
                        let name_label =
                            ui.label(RichText::new(format!("Name of draft {}", k + 1)).small());
                        let mut name = entry.name.clone();
                        let edit = ui
                            .add(
                                TextEdit::singleline(&mut name)
                                    .hint_text("display name")
                                    .desired_width(f32::INFINITY),
                            )
                            .labelled_by(name_label.id)
                            .on_hover_text(&entry.name);
                        if edit.changed() {
                            self.commands.push(Command::RenameDraft(k, name));
                        }
                        let draft = &entry.draft;
                        ui.add(
                            Label::new(
                                RichText::new(format!(
                                    "{} · {} points · {}",
                                    draft.path.as_ref().and_then(|p| p.file_name()).map_or_else(
                                        || draft.name.clone(),
                                        |f| f.to_string_lossy().into_owned()
                                    ),
                                    draft.point_count(),
                                    draft.encoding
                                ))
                                .small()
                                .weak(),
                            )
                            .wrap_mode(TextWrapMode::Wrap),
                        )
                        .on_hover_text(draft.display_title());
                        ui.horizontal(|ui| {
                            // Each draft's buttons carry its number in their accessible names.
                            let up = ui.add_enabled(k > 0, Button::new("▲ Up").small());
                            if named(up, format!("Move draft {} up", k + 1)).clicked() {
                                self.commands
                                    .push(Command::MoveDraft { from: k, to: k - 1 });
                            }
                            let down = ui.add_enabled(k + 1 < count, Button::new("▼ Down").small());
                            if named(down, format!("Move draft {} down", k + 1)).clicked() {
                                self.commands
                                    .push(Command::MoveDraft { from: k, to: k + 1 });
                            }
                            let remove = ui.add(Button::new("× Remove").small());
                            if named(remove, format!("Remove draft {}", k + 1)).clicked() {
                                self.commands.push(Command::RemoveDraft(k));
                            }
                        });
                    });
                }
            });
        ui.add_space(6.0);
        if ui.button("Open drafts…").clicked() {
            self.commands.push(Command::OpenDialog);
        }
        ui.label(RichText::new("or drop files on the window").small().weak());
    }

    fn removed_panel_ui(&mut self, ui: &mut egui::Ui) {
        let Some(p) = self.view.prepared.clone() else {
            return;
        };
        let removed: Vec<usize> = p.removed_rows().collect();
        ui.add_space(4.0);
        ui.heading(format!("Removed points ({})", removed.len()));
        ui.label(
            RichText::new("Points of OLD with no counterpart in NEW. Click one to show it.")
                .small()
                .weak(),
        );
        ui.add_space(4.0);
        // One line per point, drawn only where in sight (there may be thousands).
        let row_height = ui.spacing().interact_size.y;
        ScrollArea::vertical()
            .id_salt("clausewise-removed-list")
            .auto_shrink([false, false])
            .show_rows(ui, row_height, removed.len(), |ui, range| {
                for &i in &removed[range] {
                    let row = &p.comparison.rows[i];
                    let label = &p.rows[i].old_label;
                    let text: String = row.diff.iter().map(|s| s.old_side()).collect();
                    let button = Button::selectable(
                        self.view.selected == Some(i),
                        format!("{label}. {}", snippet(&text, 200)),
                    )
                    .truncate()
                    .min_size(egui::vec2(ui.available_width(), row_height));
                    let response = ui.add(button).on_hover_text(text);
                    if response.clicked() {
                        self.commands.push(Command::Reveal(i));
                    }
                }
            });
    }

    fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if !self.review.session.review.annotations.is_empty()
                || self.review.session.path.is_some()
            {
                let name = self
                    .review
                    .session
                    .path
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map_or_else(
                        || "new review".to_owned(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                let changed = if self.review.session.dirty {
                    " (unsaved changes)"
                } else {
                    ""
                };
                ui.label(format!(
                    "Review: {name}, {} annotations{changed}",
                    self.review.session.review.annotations.len()
                ));
                if let Some((when, path)) = &self.review.last_autosave {
                    let ago = (self.ui.clock - when).max(0.0);
                    let ago = if ago < 60.0 {
                        "less than a minute ago".to_owned()
                    } else {
                        format!("{} min ago", (ago / 60.0) as u64)
                    };
                    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    ui.label(RichText::new(format!("autosaved {ago}")).weak())
                        .on_hover_text(format!(
                            "Unsaved annotations were written to {}",
                            file.unwrap_or_default()
                        ));
                    // The minutes go on counting while the app is idle.
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_secs(60));
                }
                ui.separator();
            }
            if self.jobs.is_busy() {
                ui.add(egui::Spinner::new());
                let running: Vec<&str> = self.jobs.running().collect();
                ui.label(format!("{}…", running.join(", ")));
                ui.separator();
            }
            if self.settings.view == ViewMode::History {
                // The history's own counts, not the rows of the pair side by side.
                if let Some(h) = &self.hist.history {
                    let (points, steps) = h.counts();
                    let removed: usize = steps.iter().map(|s| s[0]).sum();
                    let added: usize = steps.iter().map(|s| s[1]).sum();
                    let restored: usize = steps.iter().map(|s| s[2]).sum();
                    ui.label(format!(
                        "History: {} points followed through {} drafts ({} points in the \
                         newest); {removed} removed, {added} added, {restored} restored",
                        h.history.lineages.len(),
                        points.len(),
                        points.last().copied().unwrap_or(0)
                    ));
                }
            } else if let Some(p) = &self.view.prepared {
                ui.label(format!(
                    "Showing {} of {} rows",
                    self.view.visible.len(),
                    p.comparison.rows.len()
                ));
                if let Some(line) = p.substance.line() {
                    ui.separator();
                    ui.label(format!("substance: {line}"));
                }
                // The options of the comparison on screen (a new one may still be running).
                let o = p.comparison.options;
                let ignoring: Vec<&str> = [
                    (o.ignore_case, "case"),
                    (o.ignore_punctuation, "punctuation"),
                    (o.ignore_whitespace, "whitespace"),
                ]
                .into_iter()
                .filter_map(|(on, what)| on.then_some(what))
                .collect();
                if !ignoring.is_empty() {
                    ui.separator();
                    ui.label(format!("Ignoring {}", ignoring.join(", ")));
                }
                ui.separator();
                ui.label(RichText::new(UiCommand::help_text(ui.ctx())).weak());
            }
            if let Some(notice) = &self.ui.notice {
                ui.separator();
                ui.label(notice);
            }
        });
    }

    fn errors_ui(&mut self, ui: &mut egui::Ui) {
        if self.ui.errors.is_empty() {
            return;
        }
        let red = if ui.visuals().dark_mode {
            Color32::from_rgb(255, 140, 140)
        } else {
            Color32::from_rgb(170, 0, 0)
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            for (k, error) in self.ui.errors.iter().enumerate() {
                ui.horizontal(|ui| {
                    if ui.small_button("Dismiss").clicked() {
                        self.commands.push(Command::DismissError(k));
                    }
                    ui.add(
                        Label::new(RichText::new(format!("Error: {error}")).color(red)).truncate(),
                    )
                    .on_hover_text(error);
                });
            }
            if self.ui.errors.len() > 1 && ui.small_button("Dismiss all").clicked() {
                self.commands.push(Command::DismissErrors);
            }
        });
        ui.add_space(4.0);
    }

    fn comparison_ui(&mut self, ui: &mut egui::Ui) {
        if self.settings.view == ViewMode::History {
            self.history_ui(ui);
            return;
        }
        let Some(prepared) = self.view.prepared.clone() else {
            ui.add_space(40.0);
            ui.vertical_centered(|ui| {
                if self.jobs.is_busy() {
                    ui.add(egui::Spinner::new().size(32.0));
                    ui.label("Working…");
                } else if self.workspace.drafts.len() < 2 {
                    ui.heading("Open two or more drafts of a document");
                    ui.label("File > Open, or drop the files onto this window. Drafts are compared point by point, oldest first.");
                    if ui.button("Open drafts…").clicked() {
                        self.commands.push(Command::OpenDialog);
                    }
                }
            });
            return;
        };
        let name = |id: crate::review::session::DraftId| {
            self.workspace
                .drafts
                .iter()
                .find(|d| d.id == id)
                .map_or(String::new(), |d| d.name.clone())
        };
        let old_title = format!(
            "OLD: {} — {}",
            name(prepared.old_id),
            prepared.old.display_title()
        );
        let new_title = format!(
            "NEW: {} — {}",
            name(prepared.new_id),
            prepared.new.display_title()
        );
        let palette = Palette::new(ui.visuals(), self.settings.font_size());
        header_ui(
            ui,
            self.settings.view,
            palette.font.size,
            &old_title,
            &new_title,
        );
        if self.view.visible.is_empty() {
            ui.add_space(20.0);
            ui.vertical_centered(|ui| {
                ui.label("No rows match the filters.");
                if ui.button("Show all").clicked() {
                    self.commands.push(Command::ShowAll);
                }
            });
            return;
        }
        let key = (self.view.shown_generation, self.review.session.revision);
        if self.view.chips_key != Some(key) {
            let chips = self.row_chips();
            if self.view.chips_key.map(|k| k.0) == Some(self.view.shown_generation) {
                // Same comparison, review edited: lay out again only the rows whose chips changed.
                let changed: Vec<usize> = chips
                    .keys()
                    .chain(self.view.chips.keys())
                    .copied()
                    .filter(|i| chips.get(i) != self.view.chips.get(i))
                    .collect();
                for i in changed {
                    self.view.list.invalidate_row(i);
                }
            }
            self.view.chips = chips;
            self.view.chips_key = Some(key);
        }
        let params = ListParams {
            prepared: &prepared,
            chips: &self.view.chips,
            generation: self.view.shown_generation,
            visible: &self.view.visible,
            selected: self.view.selected,
            expanded: &self.view.expanded,
            collapse_unchanged: self.settings.collapse_unchanged,
            mode: self.settings.view,
            palette: &palette,
        };
        if let Some(i) = self.view.list.show(ui, &params) {
            self.commands.push(Command::Select(i));
        }
    }
}

/// The width of the OLD and NEW pickers of the toolbar.
const COMBO_WIDTH: f32 = 130.0;

/// The first `max` characters of `text` on one line, with "…" when cut.
fn snippet(text: &str, max: usize) -> String {
    let line = text.replace('\n', " ");
    match line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}
