//! The list of comparison rows: draws only the rows in sight, keeps row heights (measured or
//! estimated) with prefix sums for scrolling, and caches layout jobs and galleys per row.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align2, Button, Galley, Id, Label, Rect, RichText, ScrollArea, Sense, Vec2, vec2};

use super::command::{Command, UiCommand};
use super::inline::inline_job;
use super::model::{Prepared, RowInfo, TextSize};
use super::palette::Palette;
use super::settings::ViewMode;
use super::side_by_side::side_job;
use crate::compare::manual::Decision;
use crate::compare::{Row, Side, Status};
use crate::report::Description;

/// What the list needs to know to draw a frame.
pub struct ListParams<'a> {
    /// The comparison.
    pub prepared: &'a Prepared,
    /// Counts comparisons: a new value drops every cached layout.
    pub generation: u64,
    /// Rows to show, as indices into the comparison's rows, in order.
    pub visible: &'a [usize],
    /// The selected row.
    pub selected: Option<usize>,
    /// Unchanged rows the user expanded.
    pub expanded: &'a HashSet<usize>,
    /// Unchanged rows take one line unless expanded.
    pub collapse_unchanged: bool,
    /// Side by side or inline.
    pub mode: ViewMode,
    /// Colours and font.
    pub palette: &'a Palette,
    /// Category chips of annotated rows: (label, colour, inherited) by row index.
    pub chips: &'a std::collections::HashMap<usize, Vec<super::model::Chip>>,
    /// Rows marked to be paired by hand with the selected row.
    pub marked: &'a [usize],
}

/// The text layouts of one row, independent of the width.
struct RowJobs {
    gutter: LayoutJob,
    /// OLD and NEW side by side, or the single inline column; `None` where a side is absent.
    cells: Vec<Option<LayoutJob>>,
}

/// The laid-out text of one row at the current width.
struct RowGalleys {
    gutter: Arc<Galley>,
    cells: Vec<Option<Arc<Galley>>>,
    height: f32,
}

/// Horizontal geometry of a frame.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Geometry {
    width: f32,
    gutter: f32,
    /// Left edge and width of each cell column.
    cells: [(f32, f32); 2],
    columns: usize,
    pad: Vec2,
    line: f32,
    char_width: f32,
}

impl Geometry {
    fn new(width: f32, mode: ViewMode, font_size: f32, line: f32) -> Self {
        let pad = vec2(6.0, 5.0);
        let gutter = (font_size * 9.0).min(width * 0.3);
        let gap = 10.0;
        let rest = (width - gutter - 2.0 * pad.x).max(40.0);
        let (cells, columns) = match mode {
            ViewMode::SideBySide => {
                let w = ((rest - gap) / 2.0).max(20.0);
                let x0 = gutter + pad.x;
                ([(x0, w), (x0 + w + gap, w)], 2)
            }
            ViewMode::Inline | ViewMode::History => ([(gutter + pad.x, rest), (0.0, 0.0)], 1),
        };
        Geometry {
            width,
            gutter,
            cells,
            columns,
            pad,
            line,
            // Average advance of the proportional font, for estimates only.
            char_width: font_size * 0.5,
        }
    }

    /// Estimated height of a text of `size` in a cell of `width`.
    fn text_height(&self, size: TextSize, width: f32) -> f32 {
        let per_line = (width / self.char_width).max(1.0);
        let lines = (size.chars as f32 / per_line).ceil() + size.breaks as f32;
        lines.max(1.0) * self.line
    }
}

/// How much a row's height in [`RowList::heights`] can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Known {
    /// Not computed for the current geometry.
    #[default]
    Unknown,
    /// Estimated from the text length.
    Estimated,
    /// Laid out and measured.
    Measured,
}

/// Where the list should scroll on the next frame.
#[derive(Debug, Clone, Copy, PartialEq)]
enum PendingScroll {
    /// Bring this row to the top; repeated for a few frames while heights settle.
    Row { row: usize, frames: u8 },
}

impl PendingScroll {
    /// The scroll still to do after a frame that drew `drawn`, in which measured heights
    /// changed (`changed`): none once the row is in sight with its neighbours measured, or
    /// after the last frame allowed.
    fn next(self, changed: bool, drawn: &[usize]) -> Option<PendingScroll> {
        let PendingScroll::Row { row, frames } = self;
        let done = !changed && drawn.contains(&row);
        (!done && frames > 1).then_some(PendingScroll::Row {
            row,
            frames: frames - 1,
        })
    }
}

/// The scroll model of the list, without egui: where rows start (prefix sums of the heights of
/// the visible rows), which row is at the top, and which offset to ask for.
struct ScrollView<'a> {
    /// Prefix sums of the heights of the visible rows (one more entry than rows).
    prefix: &'a [f32],
    /// The visible rows (indices into the comparison's rows), in order.
    visible: &'a [usize],
    /// Height of the scrolled area at the last frame.
    viewport_height: f32,
    /// Height of the content at the last frame.
    content_height: f32,
}

impl ScrollView<'_> {
    /// The largest offset egui accepts this frame: offsets stay within the content as egui
    /// knows it (last frame's); beyond it, egui would rubber-band back, drifting away from the
    /// row asked for.
    fn max_offset(&self) -> f32 {
        let content = self
            .prefix
            .last()
            .copied()
            .unwrap_or(0.0)
            .min(self.content_height);
        (content - self.viewport_height).max(0.0)
    }

    /// The offset to scroll to this frame: the pending row's top (a little above it), or,
    /// when the heights above changed, the anchor row kept where it was; `None` to leave the
    /// offset alone.
    fn target(
        &self,
        pending: Option<PendingScroll>,
        anchor: Option<(usize, f32)>,
        prefix_changed: bool,
    ) -> Option<f32> {
        let top_of = |row: usize| {
            let pos = self.visible.binary_search(&row).ok()?;
            self.prefix.get(pos).copied()
        };
        let y = match pending {
            Some(PendingScroll::Row { row, .. }) => top_of(row)? - 4.0,
            None if prefix_changed => {
                let (row, within) = anchor?;
                top_of(row)? + within
            }
            None => return None,
        };
        Some(y.clamp(0.0, self.max_offset()))
    }

    /// The row at `top` (the first drawn) and how far into it the view starts.
    fn anchor_at(&self, top: f32) -> Option<(usize, f32)> {
        let pos = self
            .prefix
            .partition_point(|&y| y <= top)
            .saturating_sub(1)
            .min(self.visible.len().saturating_sub(1));
        let &row = self.visible.get(pos)?;
        Some((row, top - self.prefix.get(pos)?))
    }
}

/// The virtualised row list with its caches.
#[derive(Default)]
pub struct RowList {
    key: Option<(u64, Palette, ViewMode, bool)>,
    geometry: Option<Geometry>,
    jobs: Vec<Option<RowJobs>>,
    galleys: HashMap<usize, RowGalleys>,
    /// Height of every comparison row: see `known`.
    heights: Vec<f32>,
    /// Per row: is `heights` measured (drawn at the current width), estimated, or not yet known?
    known: Vec<Known>,
    /// Prefix sums of the heights of the visible rows (one more entry than rows).
    prefix: Vec<f32>,
    prefix_dirty: bool,
    pending: Option<PendingScroll>,
    /// The row at the top edge and how far into it the view starts: kept in place when heights
    /// above it change (estimates replaced by measurements), so that the view does not jump.
    anchor: Option<(usize, f32)>,
    /// Height of the scrolled area at the last frame.
    viewport_height: f32,
    /// Height of the content at the last frame: egui bounds this frame's offset by it (an
    /// offset beyond springs back), so offsets asked for stay within it too.
    content_height: f32,
    /// Visible rows at the last frame, for tests and the status bar.
    pub drawn: Vec<usize>,
}

impl RowList {
    /// The visible rows changed (filter, search, new comparison).
    pub fn visible_changed(&mut self) {
        self.prefix_dirty = true;
    }

    /// One row's layout changed (expanded or collapsed).
    pub fn invalidate_row(&mut self, row: usize) {
        if let Some(j) = self.jobs.get_mut(row) {
            *j = None;
        }
        self.galleys.remove(&row);
        if let Some(k) = self.known.get_mut(row) {
            *k = Known::Unknown;
        }
        self.prefix_dirty = true;
    }

    /// The width of a text column at the last frame (each side's, side by side).
    pub fn column_width(&self) -> Option<f32> {
        self.geometry.map(|g| g.cells[0].1)
    }

    /// Scrolls so that `row` is at the top of the list on the next frames.
    pub fn scroll_to(&mut self, row: usize) {
        self.pending = Some(PendingScroll::Row { row, frames: 10 });
    }

    /// Draws the rows in sight; returns what a click on a row asks for: select it (a click),
    /// mark it for pairing (Ctrl+click) or an entry of its context menu.
    pub fn show(&mut self, ui: &mut egui::Ui, p: &ListParams<'_>) -> Option<Command> {
        let n = p.prepared.comparison.rows.len();
        let key = (
            p.generation,
            p.palette.clone(),
            p.mode,
            p.collapse_unchanged,
        );
        if self.key.as_ref() != Some(&key) {
            self.key = Some(key);
            self.jobs = (0..n).map(|_| None).collect();
            self.galleys.clear();
            self.heights = vec![0.0; n];
            self.known = vec![Known::Unknown; n];
            self.prefix_dirty = true;
        }
        let line = ui.fonts_mut(|f| f.row_height(&p.palette.font));
        let geometry = Geometry::new(
            ui.available_width().max(100.0),
            p.mode,
            p.palette.font.size,
            line,
        );
        if self.geometry != Some(geometry) {
            self.geometry = Some(geometry);
            self.galleys.clear();
            self.known.fill(Known::Unknown);
            self.prefix_dirty = true;
        }
        let prefix_changed = self.prefix_dirty;
        if self.prefix_dirty {
            self.update_prefix(p, &geometry);
        }

        let mut area = ScrollArea::vertical()
            .id_salt("clausewise-rows")
            .auto_shrink([false, false]);
        let view = ScrollView {
            prefix: &self.prefix,
            visible: p.visible,
            viewport_height: self.viewport_height,
            content_height: self.content_height,
        };
        if let Some(y) = view.target(self.pending, self.anchor, prefix_changed) {
            area = area.vertical_scroll_offset(y);
        }

        let total = self.prefix.last().copied().unwrap_or(0.0);
        let mut clicked = None;
        let mut changed = false;
        // The top of what is drawn, in the list's coordinates: the anchor is taken from it, not
        // from the area's clamped offset, which lags one frame behind a list that grew.
        let mut top = 0.0;
        let out = area.show_viewport(ui, |ui, viewport| {
            top = viewport.min.y;
            ui.set_height(total);
            let origin = ui.max_rect().min;
            self.drawn.clear();
            let first = self
                .prefix
                .partition_point(|&y| y <= viewport.min.y)
                .saturating_sub(1);
            let mut y = self.prefix.get(first).copied().unwrap_or(0.0);
            for pos in first..p.visible.len() {
                if y > viewport.max.y {
                    break;
                }
                let i = p.visible[pos];
                let galleys = self.galleys_for(ui, i, p, &geometry);
                let h = galleys.height;
                let old_h = self.heights[i];
                if self.known[i] != Known::Measured || (h - old_h).abs() > 0.5 {
                    self.heights[i] = h;
                    self.known[i] = Known::Measured;
                    changed |= (h - old_h).abs() > 0.5;
                }
                let rect = Rect::from_min_size(origin + vec2(0.0, y), vec2(geometry.width, h));
                if let Some(command) = self.row_ui(ui, i, rect, p, &geometry) {
                    clicked = Some(command);
                }
                self.drawn.push(i);
                y += h;
            }
        });
        self.viewport_height = out.inner_rect.height();
        self.content_height = total;
        let view = ScrollView {
            prefix: &self.prefix,
            visible: p.visible,
            viewport_height: self.viewport_height,
            content_height: self.content_height,
        };
        self.anchor = view.anchor_at(top);
        if let Some(pending) = self.pending {
            self.pending = pending.next(changed, &self.drawn);
            ui.ctx().request_repaint();
        }
        if changed {
            self.prefix_dirty = true;
            ui.ctx().request_repaint();
        }
        if self.galleys.len() > 4000 {
            let keep: HashSet<usize> = self.drawn.iter().copied().collect();
            self.galleys.retain(|k, _| keep.contains(k));
        }
        clicked
    }

    fn update_prefix(&mut self, p: &ListParams<'_>, geometry: &Geometry) {
        self.prefix.clear();
        self.prefix.reserve(p.visible.len() + 1);
        let mut y = 0.0;
        self.prefix.push(y);
        for &i in p.visible {
            if self.known[i] == Known::Unknown {
                self.known[i] = Known::Estimated;
                self.heights[i] = estimate(
                    &p.prepared.comparison.rows[i],
                    &p.prepared.rows[i],
                    is_collapsed(p, i),
                    p.mode,
                    geometry,
                );
            }
            y += self.heights[i];
            self.prefix.push(y);
        }
        self.prefix_dirty = false;
    }

    fn galleys_for(
        &mut self,
        ui: &egui::Ui,
        i: usize,
        p: &ListParams<'_>,
        geometry: &Geometry,
    ) -> &RowGalleys {
        let jobs = self.jobs[i].get_or_insert_with(|| row_jobs(p, i));
        self.galleys.entry(i).or_insert_with(|| {
            let collapsed = is_collapsed(p, i);
            let lay = |job: &LayoutJob, width: f32| {
                let mut job = job.clone();
                job.wrap.max_width = width;
                if collapsed {
                    job.wrap.max_rows = 1;
                    job.wrap.break_anywhere = true;
                    job.wrap.overflow_character = Some('…');
                }
                ui.painter().layout_job(job)
            };
            let gutter = lay(&jobs.gutter, geometry.gutter - geometry.pad.x);
            let cells: Vec<Option<Arc<Galley>>> = jobs
                .cells
                .iter()
                .zip(&geometry.cells)
                .map(|(job, &(_, w))| job.as_ref().map(|j| lay(j, w)))
                .collect();
            let content = cells
                .iter()
                .flatten()
                .map(|g| g.size().y)
                .fold(gutter.size().y, f32::max);
            RowGalleys {
                gutter,
                cells,
                height: (content + 2.0 * geometry.pad.y).ceil(),
            }
        })
    }

    /// Draws one row in `rect`; returns what a click or its context menu asks for.
    fn row_ui(
        &self,
        ui: &mut egui::Ui,
        i: usize,
        rect: Rect,
        p: &ListParams<'_>,
        g: &Geometry,
    ) -> Option<Command> {
        let galleys = self.galleys.get(&i)?;
        let row = &p.prepared.comparison.rows[i];
        let info = &p.prepared.rows[i];
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals();
        let id = Id::unique(("clausewise-row", i));
        let response = ui.interact(rect, id, Sense::click());
        let marked = p.marked.contains(&i);
        let name = format!(
            "Row {} → {}{}",
            info.old_label,
            info.new_label,
            if marked { ", marked for pairing" } else { "" }
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Row, true, name.clone()));
        // Tinted cells for points present on one side only.
        let tint = match row.status {
            Status::Removed => Some((0, p.palette.removed_cell)),
            Status::Added => Some((if g.columns == 2 { 1 } else { 0 }, p.palette.added_cell)),
            _ => None,
        };
        if let Some((c, color)) = tint {
            let (x, w) = g.cells[c];
            let cell = Rect::from_min_size(
                rect.min + vec2(x - g.pad.x * 0.5, 0.0),
                vec2(w + g.pad.x, rect.height()),
            );
            painter.rect_filled(cell, 2.0, color);
        }
        if p.selected == Some(i) {
            painter.rect_filled(rect, 3.0, visuals.selection.bg_fill.gamma_multiply(0.35));
            painter.rect_stroke(
                rect.shrink(1.0),
                3.0,
                visuals.selection.stroke,
                egui::StrokeKind::Inside,
            );
        } else if response.hovered() {
            painter.rect_filled(
                rect,
                3.0,
                visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.4),
            );
        }
        if marked {
            // Marked for pairing: a frame in the colour of a split
            // (the gutter says so in words: `row_jobs`).
            let stroke = egui::Stroke::new(2.0, p.palette.status_color(Status::Split));
            painter.rect_stroke(rect.shrink(2.0), 3.0, stroke, egui::StrokeKind::Inside);
        }
        // Status accent bar at the left edge (the gutter text names the status too).
        painter.rect_filled(
            Rect::from_min_size(rect.min, vec2(3.0, rect.height())),
            0.0,
            p.palette.status_color(row.status),
        );
        painter.hline(
            rect.x_range(),
            rect.bottom() - 0.5,
            visuals.widgets.noninteractive.bg_stroke,
        );
        let place = |ui: &mut egui::Ui, x: f32, galley: &Arc<Galley>| {
            let pos = rect.min + vec2(x, g.pad.y);
            ui.put(
                Rect::from_min_size(pos, galley.size()),
                Label::new(Arc::clone(galley)).selectable(false),
            );
        };
        place(ui, g.pad.x + 2.0, &galleys.gutter);
        for (cell, &(x, w)) in galleys.cells.iter().zip(&g.cells) {
            match cell {
                Some(galley) => place(ui, x, galley),
                None if g.columns == 2 => {
                    // The absent side of a removed or added point.
                    let note = if row.old.is_empty() {
                        "not in OLD"
                    } else {
                        "not in NEW"
                    };
                    painter.text(
                        rect.min + vec2(x + w * 0.5, g.pad.y),
                        Align2::CENTER_TOP,
                        note,
                        egui::FontId::proportional(p.palette.font.size * 0.85),
                        p.palette.weak,
                    );
                }
                None => {}
            }
        }
        let mut chosen = None;
        if response.clicked() {
            let ctrl = ui.input(|input| input.modifiers.command);
            chosen = Some(if ctrl {
                Command::Mark(i)
            } else {
                Command::Select(i)
            });
        }
        response.context_menu(|ui| {
            if let Some(command) = row_menu_ui(ui, p, i) {
                chosen = Some(command);
            }
        });
        chosen
    }
}

/// Whether row `i` is drawn on one line.
fn is_collapsed(p: &ListParams<'_>, i: usize) -> bool {
    let row = &p.prepared.comparison.rows[i];
    p.collapse_unchanged && !row.is_change() && !p.expanded.contains(&i)
}

fn row_jobs(p: &ListParams<'_>, i: usize) -> RowJobs {
    let row = &p.prepared.comparison.rows[i];
    let info = &p.prepared.rows[i];
    let palette = p.palette;
    let description = Description::of(row, &info.old_label, &info.resembles_label);
    let gutter = if is_collapsed(p, i) {
        let mut job = LayoutJob::default();
        // Labels first, so that they survive when the line is cut; "=" and the word name the status.
        job.append(
            &format!("= {} → {}  unchanged", info.old_label, info.new_label),
            0.0,
            palette.weak(),
        );
        job
    } else {
        palette.gutter_job(row.status, &description, &info.old_label, &info.new_label)
    };
    let mut gutter = gutter;
    if p.marked.contains(&i) {
        gutter.append(
            "\n⇄ marked for pairing",
            0.0,
            egui::TextFormat::simple(
                egui::FontId::proportional(palette.font.size * 0.8),
                palette.status_color(Status::Split),
            ),
        );
    }
    if !is_collapsed(p, i) {
        evidence_and_findings(&mut gutter, row, &description, palette);
    }
    if let Some(chips) = p.chips.get(&i).filter(|_| !is_collapsed(p, i)) {
        let small = egui::FontId::proportional(palette.font.size * 0.8);
        for (label, colour, inherited) in chips {
            gutter.append(
                "\n",
                0.0,
                egui::TextFormat::simple(small.clone(), palette.text),
            );
            // An inherited category (from an earlier draft, not yet confirmed) is written in its
            // colour with a mark, on no fill; a category of the point's own is a filled chip.
            let (text, format) = if *inherited {
                (
                    format!("↳ {label} "),
                    egui::TextFormat {
                        italics: true,
                        ..egui::TextFormat::simple(small.clone(), *colour)
                    },
                )
            } else {
                (
                    format!(" {label} "),
                    egui::TextFormat {
                        background: colour.gamma_multiply(0.55),
                        ..egui::TextFormat::simple(small.clone(), egui::Color32::WHITE)
                    },
                )
            };
            gutter.append(&text, 0.0, format);
        }
    }
    let mut cells = match p.mode {
        ViewMode::SideBySide => vec![
            side_job(row, Side::Old, palette),
            side_job(row, Side::New, palette),
        ],
        ViewMode::Inline | ViewMode::History => vec![Some(inline_job(&row.diff, palette))],
    };
    if is_collapsed(p, i) {
        // Collapsed: each side's text on one dimmed line (the same words; with an "ignore"
        // option on, the sides may still differ in case, punctuation or spacing).
        let line = |side: fn(&crate::compare::Span) -> &str| {
            let text: String = row.diff.iter().map(side).collect();
            let mut job = LayoutJob::default();
            job.append(&text.replace('\n', " "), 0.0, palette.weak());
            job
        };
        cells = match p.mode {
            ViewMode::SideBySide => vec![
                Some(line(crate::compare::Span::old_side)),
                Some(line(crate::compare::Span::new_side)),
            ],
            ViewMode::Inline | ViewMode::History => {
                vec![Some(line(crate::compare::Span::new_side))]
            }
        };
    }
    RowJobs { gutter, cells }
}

/// Under the row's labels: why its points were paired ("evidence: in place, weak", so a reader
/// knows where to look; "by hand" for a reader's correction), the synonyms it was paired on
/// ("same meaning: troops = contingents"), for a removed or added row the points it
/// resembles ("resembles new 17"), then what changed in substance,
/// one finding a line in plain words ("figure: 600,000 to 800,000 (personnel)").
fn evidence_and_findings(
    gutter: &mut LayoutJob,
    row: &Row,
    description: &Description,
    palette: &Palette,
) {
    let small = egui::FontId::proportional(palette.font.size * 0.8);
    if let Some(evidence) = &description.evidence {
        let colour = if description.weak {
            palette.text
        } else {
            palette.weak
        };
        gutter.append(
            &format!("\n{evidence}"),
            0.0,
            egui::TextFormat {
                italics: description.weak,
                ..egui::TextFormat::simple(small.clone(), colour)
            },
        );
    }
    if let Some(synonyms) = &description.synonyms {
        gutter.append(
            &format!("\n{synonyms}"),
            0.0,
            egui::TextFormat::simple(small.clone(), palette.weak),
        );
    }
    if let Some(resembles) = &description.resembles {
        gutter.append(
            &format!("\n{resembles}"),
            0.0,
            egui::TextFormat {
                italics: true,
                ..egui::TextFormat::simple(small.clone(), palette.text)
            },
        );
    }
    for f in &row.substance {
        gutter.append(
            &format!("\n◆ {}", f.describe()),
            0.0,
            egui::TextFormat::simple(small.clone(), palette.text),
        );
    }
}

/// Lines the gutter has under a row's status and labels: the parts of its [`Description`]
/// ([`Palette::gutter_job`], [`evidence_and_findings`]) and its findings of substance.
fn detail_lines(row: &Row) -> usize {
    Description::count(row) + row.substance.len()
}

fn estimate(row: &Row, info: &RowInfo, collapsed: bool, mode: ViewMode, g: &Geometry) -> f32 {
    let pad = 2.0 * g.pad.y;
    if collapsed {
        return (g.line + pad).ceil();
    }
    let gutter_lines = 2.0 + detail_lines(row) as f32;
    let gutter = gutter_lines * g.line * 0.95;
    let text = match mode {
        ViewMode::SideBySide => g
            .text_height(info.old_size, g.cells[0].1)
            .max(g.text_height(info.new_size, g.cells[1].1)),
        ViewMode::Inline | ViewMode::History => g.text_height(info.inline_size, g.cells[0].1),
    };
    (text.max(gutter) + pad).ceil()
}

/// The column headings above the rows: "OLD: …" over the left column and "NEW: …" over the
/// right one, or both on two lines above the single inline column.
pub fn header_ui(ui: &mut egui::Ui, mode: ViewMode, font_size: f32, old: &str, new: &str) {
    let width = ui.available_width().max(100.0);
    let g = Geometry::new(width, mode, font_size, 0.0);
    let line = ui.text_style_height(&egui::TextStyle::Body) + 2.0;
    let lines = match mode {
        ViewMode::SideBySide => 1.0,
        ViewMode::Inline | ViewMode::History => 2.0,
    };
    let height = line * lines + 4.0;
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let mut put = |x: f32, y: f32, w: f32, text: &str| {
        let r = Rect::from_min_size(rect.min + vec2(x, 2.0 + y), vec2(w, line));
        ui.put(r, Label::new(egui::RichText::new(text).strong()).truncate());
    };
    match mode {
        ViewMode::SideBySide => {
            put(g.cells[0].0, 0.0, g.cells[0].1, old);
            put(g.cells[1].0, 0.0, g.cells[1].1, new);
        }
        ViewMode::Inline | ViewMode::History => {
            put(g.cells[0].0, 0.0, g.cells[0].1, old);
            put(g.cells[0].0, line, g.cells[0].1, new);
        }
    }
    ui.painter().hline(
        rect.x_range(),
        rect.bottom(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
}

/// The context menu of row `i`: mark it, pair it with the marked rows, unpair it, take a part
/// out of it. Returns the command chosen.
fn row_menu_ui(ui: &mut egui::Ui, p: &ListParams<'_>, i: usize) -> Option<Command> {
    let prepared = p.prepared;
    let row = prepared.comparison.rows.get(i)?;
    let (old_id, new_id) = (prepared.old_id, prepared.new_id);
    let correct = |decision| Command::Correct {
        old: old_id,
        new: new_id,
        decision,
    };
    let mut chosen = None;
    let marked = p.marked.contains(&i);
    let mark = if marked {
        "Unmark"
    } else {
        UiCommand::MarkForPairing.label()
    };
    if ui
        .button(mark)
        .on_hover_text(UiCommand::MarkForPairing.tooltip())
        .clicked()
    {
        chosen = Some(Command::Mark(i));
    }
    let others: Vec<&Row> = p
        .marked
        .iter()
        .filter(|&&m| m != i)
        .filter_map(|&m| prepared.comparison.rows.get(m))
        .collect();
    if others.is_empty() {
        ui.label(
            RichText::new("Mark another row (Ctrl+click) to pair it with this one")
                .small()
                .weak(),
        );
    } else {
        let decision = Decision::pair_rows(others.into_iter().chain([row]));
        let problem = decision.problem(prepared.old.points.len(), prepared.new.points.len());
        let text = decision.describe(&prepared.old, &prepared.new);
        let response = ui
            .add_enabled(problem.is_none(), Button::new(text))
            .on_hover_text("Pair this row with the marked rows, by hand")
            .on_disabled_hover_text(problem.unwrap_or_default());
        if response.clicked() {
            chosen = Some(correct(decision));
        }
    }
    // A removed or added point paired with a point it resembles, in one click: the reader
    // checked the hint and found the rewrite.
    let (old_len, new_len) = (prepared.old.points.len(), prepared.new.points.len());
    for decision in Decision::pair_resembled(&prepared.comparison.rows, row, old_len, new_len) {
        let text = decision.describe(&prepared.old, &prepared.new);
        if ui
            .button(format!("{text}: it resembles it"))
            .on_hover_text("Pair this point by hand with the point of the other draft it resembles")
            .clicked()
        {
            chosen = Some(correct(decision));
        }
    }
    if let Some(decision) = Decision::unpair_row(row) {
        let text = decision.describe(&prepared.old, &prepared.new);
        if ui
            .button(text)
            .on_hover_text(UiCommand::Unpair.tooltip())
            .clicked()
        {
            chosen = Some(correct(decision));
        }
    }
    for side in [Side::Old, Side::New] {
        for &point in side.points(row) {
            if let Some(decision) = Decision::take_out(row, side, point) {
                let text = decision.describe(&prepared.old, &prepared.new);
                if ui.button(text).clicked() {
                    chosen = Some(correct(decision));
                }
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows 0, 2, 5 visible, 100, 50 and 200 px high, in a 120 px view.
    fn view(prefix: &[f32]) -> ScrollView<'_> {
        ScrollView {
            prefix,
            visible: &[0, 2, 5],
            viewport_height: 120.0,
            content_height: 350.0,
        }
    }

    const PREFIX: [f32; 4] = [0.0, 100.0, 150.0, 350.0];

    #[test]
    fn a_pending_row_comes_to_the_top_within_the_content() {
        let v = view(&PREFIX);
        let to = |row| v.target(Some(PendingScroll::Row { row, frames: 3 }), None, false);
        assert_eq!(to(2), Some(96.0));
        assert_eq!(to(5), Some(146.0));
        assert_eq!(to(0), Some(0.0));
        // A row hidden by the filters is not scrolled to.
        assert_eq!(to(3), None);
        // While egui knows only 200 px of content (last frame's), the offset stays within it.
        let short = ScrollView {
            content_height: 200.0,
            ..view(&PREFIX)
        };
        let to = |row| short.target(Some(PendingScroll::Row { row, frames: 3 }), None, false);
        assert_eq!(to(5), Some(80.0));
    }

    #[test]
    fn the_anchor_row_stays_put_when_heights_above_change() {
        let v = view(&PREFIX);
        let anchor = v.anchor_at(120.0);
        assert_eq!(anchor, Some((2, 20.0)));
        // The first row was measured 40 px taller: the view follows row 2.
        let taller = [0.0, 140.0, 190.0, 390.0];
        let v = ScrollView {
            content_height: 390.0,
            ..view(&taller)
        };
        assert_eq!(v.target(None, anchor, true), Some(160.0));
        // Nothing changed: the offset is left alone.
        assert_eq!(v.target(None, anchor, false), None);
    }

    #[test]
    fn a_pending_scroll_ends_once_the_row_is_drawn_and_measured() {
        let p = PendingScroll::Row { row: 5, frames: 3 };
        assert_eq!(p.next(false, &[2, 5]), None);
        assert_eq!(
            p.next(true, &[2, 5]),
            Some(PendingScroll::Row { row: 5, frames: 2 })
        );
        assert_eq!(
            p.next(false, &[0]),
            Some(PendingScroll::Row { row: 5, frames: 2 })
        );
        let last = PendingScroll::Row { row: 5, frames: 1 };
        assert_eq!(last.next(true, &[]), None, "given up after the last frame");
    }

    #[test]
    fn an_empty_list_has_no_anchor() {
        let v = ScrollView {
            prefix: &[0.0],
            visible: &[],
            viewport_height: 100.0,
            content_height: 0.0,
        };
        assert_eq!(v.anchor_at(0.0), None);
        assert_eq!(v.max_offset(), 0.0);
    }
}
