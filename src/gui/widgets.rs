//! Small widgets shared by the panels: accessible names for repeated buttons, bands that keep
//! their height, and side-panel content that keeps the panel's width.

/// Gives a widget the accessible name `name` (what screen readers and the UI tests see) in
/// place of its visible text, for buttons repeated once per item ("Remove draft 2").
pub fn named(response: egui::Response, name: String) -> egui::Response {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    response
}

/// Draws `add` wrapping left to right in a band at least `lines` lines high, so that what
/// follows stays in place whether the band holds something or not.
pub fn reserved_ui(ui: &mut egui::Ui, lines: usize, add: impl FnOnce(&mut egui::Ui)) {
    let line = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    ui.vertical(|ui| {
        ui.set_min_height(line * lines as f32);
        ui.horizontal_wrapped(add);
    });
}

/// Draws `add` in all the space left, reporting exactly that space to the parent: a side
/// panel keeps the width it has (or the user gave it), whatever its content asks for.
pub fn hold_size_ui(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let rect = ui.available_rect_before_wrap();
    let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(*ui.layout()));
    inner.set_clip_rect(rect.intersect(ui.clip_rect()));
    add(&mut inner);
    ui.advance_cursor_after_rect(rect);
}
