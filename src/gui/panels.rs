//! Drawing the window: menu bar, toolbar, drafts panel, removed-points panel, status bar and the
//! comparison itself. Functions over the state each draws; every choice becomes a [`Command`]
//! applied after the frame.

use egui::{Button, Color32, ComboBox, Label, RichText, ScrollArea, TextEdit, TextWrapMode};

use super::annotate::review_filter_ui;
use super::app::{ComparisonView, HistoryView, UiFlags, Workspace};
use super::command::{CloseAnswer, Command, UiCommand};
use super::jobs::Jobs;
use super::model::DraftEntry;
use super::pairing::{PairingState, edit_menu_items_ui};
use super::palette::Palette;
use super::review::ReviewSession;
use super::rows::{ListParams, header_ui};
use super::settings::{Settings, SidePanel, ViewMode};
use super::widgets::named;
use crate::compare::Status;
use crate::compare::substance::Kind;
use crate::draft::inspect;
use crate::review::Review;

/// A request to close the window with unsaved annotations (`dirty`) or pasted drafts not
/// saved to a file is held back with a question; `busy`: a job (the save asked for) runs.
pub fn close_prompt_ui(
    ui: &mut egui::Ui,
    flags: &mut UiFlags,
    (dirty, busy): (bool, bool),
    workspace: &Workspace,
    commands: &mut Vec<Command>,
) {
    let ctx = ui.ctx().clone();
    if std::mem::take(&mut flags.close_now) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    // Pasted drafts never saved to a file are lost with the window.
    let pasted: Vec<&str> = (workspace.drafts.iter())
        .filter(|d| d.draft.path.is_none())
        .map(|d| d.name.as_str())
        .collect();
    if ctx.input(|i| i.viewport().close_requested())
        && (dirty || !pasted.is_empty())
        && !flags.allow_close
    {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        flags.close_prompt = true;
    }
    if flags.close_after_save && !busy {
        // The save asked for by the prompt is done (or was given up).
        flags.close_after_save = false;
        if !dirty && pasted.is_empty() {
            flags.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
    if !flags.close_prompt {
        return;
    }
    egui::Window::new("Unsaved changes")
        .collapsible(false)
        .resizable(false)
        .show(&ctx, |ui| {
            if dirty {
                ui.label("The review has changes that are not saved.");
            }
            if !pasted.is_empty() {
                ui.label(format!(
                    "Pasted drafts not saved to a file are lost on closing: {} (Save draft \
                     as… in the Drafts panel keeps them).",
                    pasted.join(", ")
                ));
            }
            ui.horizontal(|ui| {
                if dirty && ui.button("Save and close").clicked() {
                    commands.push(Command::AnswerClose(CloseAnswer::SaveAndClose));
                }
                if ui.button("Close without saving").clicked() {
                    commands.push(Command::AnswerClose(CloseAnswer::CloseWithoutSaving));
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::AnswerClose(CloseAnswer::Cancel));
                }
            });
        });
}

/// Files dropped onto the window are opened, sorted by name.
pub fn dropped_files(ui: &egui::Ui, commands: &mut Vec<Command>) {
    let mut paths: Vec<_> = ui.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .collect()
    });
    if !paths.is_empty() {
        paths.sort();
        commands.push(Command::Open(paths));
    }
}

/// Over the window while files are dragged onto it: what dropping them does.
pub fn drop_hint_ui(ui: &egui::Ui) {
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

/// The menu bar: File, Edit, View, Compare.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    (settings, pairing): (&Settings, &PairingState),
    view: &ComparisonView,
    commands: &mut Vec<Command>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, settings, view, commands));
        ui.menu_button("Edit", |ui| {
            edit_menu_items_ui(ui, pairing, commands);
            ui.separator();
            UiCommand::PasteDraft.menu_item_ui(ui, true, commands);
        });
        ui.menu_button("View", |ui| view_menu_ui(ui, settings, view, commands));
        ui.menu_button("Compare", |ui| {
            compare_menu_ui(ui, settings, view, commands)
        });
    });
}

fn file_menu_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    view: &ComparisonView,
    commands: &mut Vec<Command>,
) {
    UiCommand::Open.menu_item_ui(ui, true, commands);
    ui.menu_button("Recent files", |ui| {
        if settings.recent_files.is_empty() {
            ui.label("No recent files");
        }
        for path in &settings.recent_files {
            let name = path.display().to_string();
            if ui.button(name).clicked() {
                commands.push(Command::Open(vec![path.clone()]));
            }
        }
        ui.separator();
        if ui.button("Clear recent files").clicked() {
            commands.push(Command::ClearRecent);
        }
    });
    ui.separator();
    UiCommand::SaveReview.menu_item_ui(ui, true, commands);
    UiCommand::SaveReviewAs.menu_item_ui(ui, true, commands);
    let has = view.prepared.is_some();
    UiCommand::Export.menu_item_ui(ui, has, commands);
    ui.separator();
    if ui.button("Quit").clicked() {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

fn view_menu_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    view: &ComparisonView,
    commands: &mut Vec<Command>,
) {
    let mut mode = settings.view;
    ui.radio_value(&mut mode, ViewMode::SideBySide, "Side by side");
    ui.radio_value(&mut mode, ViewMode::Inline, "Inline (redline)");
    ui.radio_value(&mut mode, ViewMode::History, "History (all drafts)");
    if mode != settings.view {
        commands.push(Command::SetView(mode));
    }
    ui.separator();
    let mut hide = !view.filter.shows(Status::Unchanged);
    if ui.checkbox(&mut hide, "Hide unchanged points").changed() {
        commands.push(Command::ShowStatus(Status::Unchanged, !hide));
    }
    let mut collapse = settings.collapse_unchanged;
    if ui
        .checkbox(&mut collapse, "Collapse unchanged points")
        .changed()
    {
        commands.push(Command::CollapseUnchanged(collapse));
    }
    for (panel, text) in [
        (SidePanel::Drafts, "Drafts panel"),
        (SidePanel::Removed, "Removed points list"),
        (SidePanel::Annotate, "Annotation panel"),
    ] {
        let mut on = settings.shows_panel(panel);
        if ui.checkbox(&mut on, text).changed() {
            commands.push(Command::ShowPanel(panel, on));
        }
    }
    ui.separator();
    let mut dark = settings.dark;
    ui.radio_value(&mut dark, true, "Dark theme");
    ui.radio_value(&mut dark, false, "Light theme");
    if dark != settings.dark {
        commands.push(Command::SetDark(dark));
    }
    let mut size = settings.font_size();
    let slider = egui::Slider::new(&mut size, Settings::FONT_SIZES)
        .step_by(1.0)
        .text("Font size");
    if ui.add(slider).changed() {
        commands.push(Command::SetFontSize(size));
    }
}

fn compare_menu_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    view: &ComparisonView,
    commands: &mut Vec<Command>,
) {
    UiCommand::Categories.menu_item_ui(ui, true, commands);
    ui.separator();
    let mut options = settings.options;
    ui.checkbox(&mut options.ignore_case, "Ignore case");
    ui.checkbox(&mut options.ignore_punctuation, "Ignore punctuation");
    ui.checkbox(&mut options.ignore_whitespace, "Ignore whitespace");
    if options != settings.options {
        commands.push(Command::SetOptions(options));
    }
    ui.separator();
    let has = view.prepared.is_some();
    for command in [
        UiCommand::Swap,
        UiCommand::PreviousPair,
        UiCommand::NextPair,
    ] {
        command.menu_item_ui(ui, has, commands);
    }
    ui.separator();
    for command in [UiCommand::NextChange, UiCommand::PreviousChange] {
        command.menu_item_ui(ui, has, commands);
    }
    ui.separator();
    for command in [UiCommand::OnlyRemoved, UiCommand::ShowAll] {
        command.menu_item_ui(ui, has, commands);
    }
}

/// The toolbar, on one line: OLD and NEW pickers, swap, pair stepping, change navigation,
/// view mode, the filters (in a menu, so that the line keeps its length), the search box,
/// and the switches of the side panels.
/// Returns the search typed, to be applied at once.
pub fn toolbar_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    workspace: &Workspace,
    view: &ComparisonView,
    review: &Review,
    commands: &mut Vec<Command>,
) -> Option<Command> {
    ui.horizontal(|ui| {
        let pair = workspace.pair_positions();
        let drafts = &workspace.drafts;
        draft_combo_ui(ui, drafts, ("OLD", pair.map(|p| p.0)), true, commands);
        UiCommand::Swap.icon_button_ui(ui, "⇄", pair.is_some(), commands);
        draft_combo_ui(ui, drafts, ("NEW", pair.map(|p| p.1)), false, commands);
        let count = workspace.drafts.len();
        let new_pos = pair.map(|p| p.1);
        let back = count > 2 && new_pos.is_some_and(|n| n > 1);
        UiCommand::PreviousPair.icon_button_ui(ui, "◀", back, commands);
        let next = count > 2 && new_pos.is_some_and(|n| n + 1 < count);
        UiCommand::NextPair.icon_button_ui(ui, "▶", next, commands);
        ui.separator();
        let has = view.prepared.is_some() && settings.view != ViewMode::History;
        UiCommand::PreviousChange.icon_button_ui(ui, "▲", has, commands);
        UiCommand::NextChange.icon_button_ui(ui, "▼", has, commands);
        ui.separator();
        let mut mode = settings.view;
        ui.selectable_value(&mut mode, ViewMode::SideBySide, "Side by side");
        ui.selectable_value(&mut mode, ViewMode::Inline, "Inline");
        ui.selectable_value(&mut mode, ViewMode::History, "History");
        if mode != settings.view {
            commands.push(Command::SetView(mode));
        }
        ui.add_space(8.0);
        let search = ui.add_enabled_ui(settings.view != ViewMode::History, |ui| {
            filters_ui(ui, view, review, commands)
        });
        ui.separator();
        panel_switches_ui(ui, settings, commands);
        search.inner
    })
    .inner
}

/// Switches of the side panels (remembered between runs).
fn panel_switches_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Command>) {
    for (panel, text, name) in [
        (SidePanel::Drafts, "Drafts", "Drafts panel"),
        (SidePanel::Removed, "Removed", "Removed points panel"),
        (SidePanel::Annotate, "Notes", "Annotation panel"),
    ] {
        let mut on = settings.shows_panel(panel);
        let response = ui
            .toggle_value(&mut on, text)
            .on_hover_text(format!("Show or hide the {}", name.to_lowercase()));
        if named(response, name.to_owned()).changed() {
            commands.push(Command::ShowPanel(panel, on));
        }
    }
}

/// The filters menu (statuses with counts, moved only, the review's category and
/// assessment) and the search box; returns the search typed.
fn filters_ui(
    ui: &mut egui::Ui,
    view: &ComparisonView,
    review: &Review,
    commands: &mut Vec<Command>,
) -> Option<Command> {
    let hidden = Status::ALL
        .iter()
        .filter(|&&s| !view.filter.shows(s))
        .count()
        + usize::from(view.filter.only_moved)
        + usize::from(view.filter.only_to_check)
        + usize::from(view.filter.only_substantive)
        + view.filter.kinds.iter().filter(|&&on| on).count()
        + usize::from(view.category_filter.is_some())
        + usize::from(view.assessment_filter.is_some());
    let title = if hidden == 0 {
        "Filters ▾".to_owned()
    } else {
        format!("Filters ({hidden}) ▾")
    };
    let menu = ui.menu_button(title, |ui| filter_menu_ui(ui, view, review, commands));
    named(menu.response, "Filters".to_owned());
    let label = ui.label("Search");
    let mut search = view.filter.search.clone();
    // Narrower when the menu's title counts filters, so that the toolbar keeps to one line at
    // 1280 px.
    let width = if hidden == 0 { 110.0 } else { 80.0 };
    let edit = TextEdit::singleline(&mut search)
        .hint_text("both sides")
        .desired_width(width);
    // Filtered at once, so that the next key press sees the rows it leaves.
    let typed = ui.add(edit).labelled_by(label.id).changed();
    let clear = ui.add_enabled(!view.filter.search.is_empty(), Button::new("×").small());
    if named(clear, "Clear search".to_owned()).clicked() {
        commands.push(Command::Search(String::new()));
    }
    typed.then_some(Command::Search(search))
}

/// The OLD or NEW picker (`role`, with the position of the draft chosen).
fn draft_combo_ui(
    ui: &mut egui::Ui,
    drafts: &[DraftEntry],
    (role, current): (&str, Option<usize>),
    old: bool,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(RichText::new(role).strong());
    let selected = current
        .and_then(|k| drafts.get(k))
        .map_or("(open two drafts)".to_owned(), |d| d.name.clone());
    // A fixed width: a long name is cut (its tooltip shows it whole), the toolbar keeps its
    // length.
    let size = egui::vec2(COMBO_WIDTH, ui.spacing().interact_size.y);
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
        .and_then(|k| drafts.get(k))
        .map(|d| format!("{role}: {}", d.name));
    let response = response.labelled_by(label.id);
    if let Some(full) = full {
        response.on_hover_text(full);
    }
}

/// The filters menu: statuses with counts, moved only, show all, the review's filters.
fn filter_menu_ui(
    ui: &mut egui::Ui,
    view: &ComparisonView,
    review: &Review,
    commands: &mut Vec<Command>,
) {
    let summary = view.prepared.as_ref().map(|p| p.comparison.summary);
    for status in Status::ALL {
        let mut shown = view.filter.shows(status);
        let text = match summary {
            Some(s) => format!("{} ({})", status.name(), s.count(status)),
            None => status.name().to_owned(),
        };
        let response = ui.checkbox(&mut shown, text);
        if named(response, status.name().to_owned()).changed() {
            commands.push(Command::ShowStatus(status, shown));
        }
    }
    let moved = summary.map_or_else(
        || "moved only".to_owned(),
        |s| format!("moved only ({})", s.moved),
    );
    let mut only_moved = view.filter.only_moved;
    if ui
        .checkbox(&mut only_moved, moved)
        .on_hover_text("Show only points that changed place, whatever else happened to them")
        .changed()
    {
        commands.push(Command::OnlyMoved(only_moved));
    }
    let to_check = view.prepared.as_ref().map_or_else(
        || "to check only".to_owned(),
        |p| format!("to check only ({})", p.to_check.total()),
    );
    let mut only_to_check = view.filter.only_to_check;
    if ui
        .checkbox(&mut only_to_check, to_check)
        .on_hover_text(
            "Show only the rows to check before trusting them: points paired on weak evidence \
             (in place, swapped, on one rare term, a part only partly inside), where the aligner \
             may have paired points that are not the same; and removed or added points that \
             resemble a point of the other draft, which may have been rewritten there",
        )
        .changed()
    {
        commands.push(Command::OnlyToCheck(only_to_check));
    }
    let substantive = view.prepared.as_ref().map_or_else(
        || "substantive changes only".to_owned(),
        |p| format!("substantive changes only ({})", p.substantive),
    );
    let mut only_substantive = view.filter.only_substantive;
    if ui
        .checkbox(&mut only_substantive, substantive)
        .on_hover_text(
            "Show only rows where a figure, a party, an obligation, a negation, a condition \
             or a deadline changed",
        )
        .changed()
    {
        commands.push(Command::OnlySubstantive(only_substantive));
    }
    // One entry per kind of finding, with the rows that have one (checked kinds add up).
    let counts = view.prepared.as_ref().map(|p| p.substance);
    for kind in Kind::ALL {
        let mut on = view.filter.kinds[kind as usize];
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
            commands.push(Command::OnlyKind(kind, on));
        }
    }
    UiCommand::OnlyRemoved.menu_item_ui(ui, true, commands);
    UiCommand::ShowAll.menu_item_ui(ui, true, commands);
    if !review.annotations.is_empty() {
        ui.separator();
        review_filter_ui(ui, view, review, commands);
    }
}

/// The drafts panel: each open draft (name, file, OLD/NEW, not saved, up, down, remove),
/// and the button that opens more.
pub fn drafts_panel_ui(ui: &mut egui::Ui, workspace: &Workspace, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.heading("Drafts");
    ui.label(
        RichText::new("Oldest first. Each draft is compared with the one before it.")
            .small()
            .weak(),
    );
    ui.add_space(4.0);
    let pair = workspace.pair_positions();
    let count = workspace.drafts.len();
    ScrollArea::vertical()
        .id_salt("clausewise-drafts-list")
        .auto_shrink([false, true])
        .max_height(ui.available_height() - 60.0)
        .show(ui, |ui| {
            for (k, entry) in workspace.drafts.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    draft_card_ui(ui, k, entry, (pair, count), commands)
                });
            }
        });
    ui.add_space(6.0);
    if ui.button("Open drafts…").clicked() {
        commands.push(Command::OpenDialog);
    }
    ui.label(RichText::new("or drop files on the window").small().weak());
}

/// One draft of the drafts panel: draft `k` of `count`, OLD and NEW marked (`pair`).
fn draft_card_ui(
    ui: &mut egui::Ui,
    k: usize,
    entry: &DraftEntry,
    (pair, count): (Option<(usize, usize)>, usize),
    commands: &mut Vec<Command>,
) {
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
    let name_label = ui.label(RichText::new(format!("Name of draft {}", k + 1)).small());
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
        commands.push(Command::RenameDraft(k, name));
    }
    let draft = &entry.draft;
    ui.add(
        Label::new(
            RichText::new(format!(
                "{} · {} points · {}",
                draft
                    .path
                    .as_ref()
                    .and_then(|p| p.file_name())
                    .map_or_else(|| draft.name.clone(), |f| f.to_string_lossy().into_owned()),
                draft.point_count(),
                draft.encoding
            ))
            .small()
            .weak(),
        )
        .wrap_mode(TextWrapMode::Wrap),
    )
    .on_hover_text(draft.display_title());
    if draft.path.is_none() {
        ui.horizontal(|ui| {
            ui.label(RichText::new("Not saved").small().strong())
                .on_hover_text("Pasted from the clipboard: no file yet");
            let save = ui.add(Button::new("Save draft as…").small());
            if named(save, format!("Save draft {} as", k + 1)).clicked() {
                commands.push(Command::SaveDraftAs(k, None));
            }
        });
    }
    split_ui(ui, k, entry);
    ui.horizontal(|ui| {
        // Each draft's buttons carry its number in their accessible names.
        let up = ui.add_enabled(k > 0, Button::new("▲ Up").small());
        if named(up, format!("Move draft {} up", k + 1)).clicked() {
            commands.push(Command::MoveDraft { from: k, to: k - 1 });
        }
        let down = ui.add_enabled(k + 1 < count, Button::new("▼ Down").small());
        if named(down, format!("Move draft {} down", k + 1)).clicked() {
            commands.push(Command::MoveDraft { from: k, to: k + 1 });
        }
        let remove = ui.add(Button::new("× Remove").small());
        if named(remove, format!("Remove draft {}", k + 1)).clicked() {
            commands.push(Command::RemoveDraft(k));
        }
    });
}

/// How draft `k` was split, as `clausewise inspect` prints it ([`inspect::inspect`]): the
/// scheme and why, title, preamble, closing, section headings, then one line per point (its
/// lines, label, section and first words), drawn only where visible. Closed at first; the
/// inspection is made once per draft, when first opened, and kept in egui's memory.
fn split_ui(ui: &mut egui::Ui, k: usize, entry: &DraftEntry) {
    /// Height of the list of points.
    const LIST_HEIGHT: f32 = 220.0;
    /// Words shown of the preamble and the closing.
    const FIRST_WORDS: usize = 12;
    /// Section headings listed (a long draft may have thousands).
    const MAX_HEADINGS: usize = 12;
    egui::CollapsingHeader::new(RichText::new(format!("How draft {} was split", k + 1)).small())
        .id_salt(("clausewise-split", entry.id.0))
        .default_open(false)
        .show(ui, |ui| {
            let key = egui::Id::unique(("clausewise-inspection", entry.id.0));
            let cached = ui
                .ctx()
                .memory_mut(|m| m.data.get_temp::<std::sync::Arc<inspect::Inspection>>(key));
            let inspection = cached.unwrap_or_else(|| {
                let made = std::sync::Arc::new(inspect::inspect(&entry.draft));
                ui.ctx()
                    .memory_mut(|m| m.data.insert_temp(key, std::sync::Arc::clone(&made)));
                made
            });
            let line = |ui: &mut egui::Ui, text: String| {
                ui.add(Label::new(RichText::new(text).small()).wrap_mode(TextWrapMode::Wrap));
            };
            let none = |s: &str| {
                if s.is_empty() {
                    "(none)".to_owned()
                } else {
                    s.to_owned()
                }
            };
            line(
                ui,
                format!("scheme: {} ({})", inspection.scheme, inspection.reason),
            );
            line(ui, format!("title: {}", none(&inspection.title)));
            let words = |text: &str| none(&inspect::first_words(text, FIRST_WORDS));
            line(ui, format!("preamble: {}", words(&inspection.preamble)));
            line(ui, format!("closing: {}", words(&inspection.closing)));
            if !inspection.headings.is_empty() {
                let headings = inspection.headings.iter();
                let headings = listed(headings.map(|h| (h.text.as_str(), h.line)), MAX_HEADINGS);
                line(ui, format!("headings: {headings}"));
            }
            if !inspection.left_out.is_empty() {
                let left = inspection.left_out.iter();
                let left = listed(left.map(|l| (l.text.as_str(), l.line)), MAX_HEADINGS);
                line(
                    ui,
                    format!("left out (page furniture, deleted text, review marks): {left}"),
                );
            }
            let row_height = ui.text_style_height(&egui::TextStyle::Small) + 2.0;
            ScrollArea::vertical()
                .id_salt(("clausewise-split-points", entry.id.0))
                .max_height(LIST_HEIGHT)
                .auto_shrink([false, true])
                .show_rows(ui, row_height, inspection.points.len(), |ui, range| {
                    for p in &inspection.points[range] {
                        // Cut to the panel's width; the whole line shows on hover.
                        ui.add(
                            Label::new(
                                RichText::new(format!(
                                    "{} · {} · {}{}",
                                    p.label,
                                    p.lines(),
                                    p.section_tag(),
                                    p.first_words
                                ))
                                .small(),
                            )
                            .truncate(),
                        );
                    }
                });
        });
}

/// The points of OLD with no counterpart in NEW; a click shows one.
pub fn removed_panel_ui(ui: &mut egui::Ui, view: &ComparisonView, commands: &mut Vec<Command>) {
    let Some(p) = view.prepared.clone() else {
        return;
    };
    let removed: Vec<usize> = p.removed_rows().collect();
    ui.add_space(4.0);
    ui.heading(format!("Removed points ({})", removed.len()));
    ui.label(
        RichText::new(
            "Points of OLD with no counterpart in NEW. Click one to show it. \
             \"≈ 7\": it resembles NEW 7, check that it was not rewritten there.",
        )
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
                let info = &p.rows[i];
                let label = &info.old_label;
                let mut text: String = row.diff.iter().map(|s| s.old_side()).collect();
                let near = if info.resembles_label.is_empty() {
                    String::new()
                } else {
                    format!(" (≈ {})", info.resembles_label)
                };
                let button = Button::selectable(
                    view.selected == Some(i),
                    format!("{label}{near}. {}", snippet(&text, 200)),
                )
                .truncate()
                .min_size(egui::vec2(ui.available_width(), row_height));
                if !near.is_empty() {
                    text.push_str(&format!(
                        "\n\nResembles NEW {}: check that it was not rewritten there.",
                        info.resembles_label
                    ));
                }
                let response = ui.add(button).on_hover_text(text);
                if response.clicked() {
                    commands.push(Command::Reveal(i));
                }
            }
        });
}

/// The status bar: the review and its autosave, running jobs, what is shown, the keys, the
/// last notice.
pub fn status_bar_ui(
    ui: &mut egui::Ui,
    (settings, flags): (&Settings, &UiFlags),
    view: &ComparisonView,
    hist: &HistoryView,
    session: &ReviewSession,
    jobs: &Jobs,
) {
    ui.horizontal(|ui| {
        if session.is_open() {
            let name = session
                .session
                .path
                .as_ref()
                .and_then(|p| p.file_name())
                .map_or_else(
                    || "new review".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
            let changed = if session.session.dirty {
                " (unsaved changes)"
            } else {
                ""
            };
            let corrections = match session.session.review.overrides.len() {
                0 => String::new(),
                n => format!(", {n} by hand"),
            };
            ui.label(format!(
                "Review: {name}, {} annotations{corrections}{changed}",
                session.session.review.annotations.len()
            ));
            if let Some((when, path)) = &session.last_autosave {
                let ago = (flags.clock - when).max(0.0);
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
        if jobs.is_busy() {
            ui.add(egui::Spinner::new());
            let running: Vec<&str> = jobs.running().collect();
            ui.label(format!("{}…", running.join(", ")));
            ui.separator();
        }
        if settings.view == ViewMode::History {
            // The history's own counts, not the rows of the pair side by side.
            if let Some(h) = &hist.history {
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
                // The steps between drafts in different languages, as the compare view says
                // of its pair.
                let other: Vec<String> = h
                    .history
                    .steps
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.other_languages)
                    .map(|(s, _)| format!("D{} → D{}", s + 1, s + 2))
                    .collect();
                if !other.is_empty() {
                    ui.separator();
                    ui.label(
                        egui::RichText::new(format!("different languages: {}", other.join(", ")))
                            .color(ui.visuals().warn_fg_color),
                    )
                    .on_hover_text(format!(
                        "At these steps {}: check their removed and added points side by side.",
                        crate::compare::OTHER_LANGUAGES
                    ));
                }
            }
        } else if let Some(p) = &view.prepared {
            ui.label(format!(
                "Showing {} of {} rows",
                view.visible.len(),
                p.comparison.rows.len()
            ));
            if let Some(line) = p.substance.line() {
                ui.separator();
                ui.label(format!("substance: {line}"));
            }
            // Short, with the whole line on hover: the bar is full at 1280 px.
            let t = p.to_check;
            if t.other_languages {
                ui.separator();
                ui.label(
                    egui::RichText::new("different languages").color(ui.visuals().warn_fg_color),
                )
                .on_hover_text(format!(
                    "The {}: check the removed and added points side by side.",
                    crate::compare::OTHER_LANGUAGES
                ));
            }
            if let Some(line) = t.line(&p.comparison.summary).filter(|_| t.total() > 0) {
                ui.separator();
                ui.label(format!("to check: {}", t.total()))
                    .on_hover_text(format!("{line}. Filters > to check only lists them."));
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
        }
        // A notice comes before the key help, which the end of the bar may cut off.
        if let Some(notice) = &flags.notice {
            ui.separator();
            ui.label(notice);
        }
        if settings.view != ViewMode::History && view.prepared.is_some() {
            ui.separator();
            ui.label(RichText::new(UiCommand::help_text(ui.ctx())).weak());
        }
    });
}

/// The error messages, one line each, with a button to dismiss each (and all).
pub fn errors_ui(ui: &mut egui::Ui, errors: &[String], commands: &mut Vec<Command>) {
    if errors.is_empty() {
        return;
    }
    let red = if ui.visuals().dark_mode {
        Color32::from_rgb(255, 140, 140)
    } else {
        Color32::from_rgb(170, 0, 0)
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for (k, error) in errors.iter().enumerate() {
            ui.horizontal(|ui| {
                if ui.small_button("Dismiss").clicked() {
                    commands.push(Command::DismissError(k));
                }
                ui.add(Label::new(RichText::new(format!("Error: {error}")).color(red)).truncate())
                    .on_hover_text(error);
            });
        }
        if errors.len() > 1 && ui.small_button("Dismiss all").clicked() {
            commands.push(Command::DismissErrors);
        }
    });
    ui.add_space(4.0);
}

/// The pair side by side (or inline): the titles, then the rows that pass the filters.
pub fn comparison_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    workspace: &Workspace,
    view: &mut ComparisonView,
    busy: bool,
    commands: &mut Vec<Command>,
) {
    let Some(prepared) = view.prepared.clone() else {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            if busy {
                ui.add(egui::Spinner::new().size(32.0));
                ui.label("Working…");
            } else if workspace.drafts.len() < 2 {
                ui.heading("Open two or more drafts of a document");
                ui.label("File > Open, or drop the files onto this window. Drafts are compared point by point, oldest first.");
                if ui.button("Open drafts…").clicked() {
                    commands.push(Command::OpenDialog);
                }
            }
        });
        return;
    };
    let old_title = format!(
        "OLD: {} — {}",
        workspace.name_of(prepared.old_id),
        prepared.old.display_title()
    );
    let new_title = format!(
        "NEW: {} — {}",
        workspace.name_of(prepared.new_id),
        prepared.new.display_title()
    );
    let palette = Palette::new(ui.visuals(), settings.font_size());
    header_ui(ui, settings.view, palette.font.size, &old_title, &new_title);
    if view.visible.is_empty() {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| {
            ui.label("No rows match the filters.");
            if ui.button("Show all").clicked() {
                commands.push(Command::ShowAll);
            }
        });
        return;
    }
    let params = ListParams {
        prepared: &prepared,
        chips: &view.chips,
        generation: view.shown_generation,
        visible: &view.visible,
        selected: view.selected,
        expanded: &view.expanded,
        collapse_unchanged: settings.collapse_unchanged,
        mode: settings.view,
        palette: &palette,
        marked: &view.marked,
    };
    if let Some(command) = view.list.show(ui, &params) {
        commands.push(command);
    }
}

/// A paste (Ctrl+V) with the pointer over `rect` while no text field has the keyboard: a new
/// draft of the text pasted (and of the clipboard's HTML, when it has some).
pub fn pasted_over(ui: &egui::Ui, rect: egui::Rect) -> Option<Command> {
    if ui.ctx().text_edit_focused() {
        return None;
    }
    ui.input(|i| {
        let over = i.pointer.hover_pos().is_some_and(|p| rect.contains(p));
        let text = i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) => Some(text.clone()),
            _ => None,
        });
        text.filter(|_| over).map(|t| Command::PasteDraft(Some(t)))
    })
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

/// Lines of a draft named with their numbers (`Security (line 4); …`), the first `max` of them
/// and how many more (a long draft may have thousands of headings).
fn listed<'a>(lines: impl ExactSizeIterator<Item = (&'a str, usize)>, max: usize) -> String {
    let more = lines.len().saturating_sub(max);
    let mut listed: Vec<String> = lines
        .take(max)
        .map(|(text, n)| format!("{text} (line {n})"))
        .collect();
    if more > 0 {
        listed.push(format!("and {more} more"));
    }
    listed.join("; ")
}
