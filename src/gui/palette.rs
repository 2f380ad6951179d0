//! Colours and text formats of the comparison view, for the light and the dark theme.

use egui::text::LayoutJob;
use egui::{Color32, FontId, Stroke, TextFormat};

use crate::compare::Status;
use crate::compare::history::Step;
use crate::report::Description;

/// Colours and font of the rows; built from the current visuals and font size.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Body font of the rows.
    pub font: FontId,
    /// Ordinary text.
    pub text: Color32,
    /// Secondary text (labels, collapsed rows).
    pub weak: Color32,
    /// Deleted words: background.
    pub delete_bg: Color32,
    /// Deleted words: text and strikethrough.
    pub delete_fg: Color32,
    /// Inserted words: background.
    pub insert_bg: Color32,
    /// Inserted words: text.
    pub insert_fg: Color32,
    /// Background of a removed point's cell.
    pub removed_cell: Color32,
    /// Background of an added point's cell.
    pub added_cell: Color32,
    /// Background of the "moved" badge.
    pub moved_bg: Color32,
    /// Dark theme?
    pub dark: bool,
}

impl Palette {
    /// The palette for `visuals` with body text of `font_size` points.
    pub fn new(visuals: &egui::Visuals, font_size: f32) -> Self {
        let dark = visuals.dark_mode;
        let font = FontId::proportional(font_size);
        if dark {
            Palette {
                font,
                text: Color32::from_gray(225),
                weak: Color32::from_gray(150),
                delete_bg: Color32::from_rgb(120, 30, 35),
                delete_fg: Color32::from_rgb(255, 200, 200),
                insert_bg: Color32::from_rgb(25, 95, 45),
                insert_fg: Color32::from_rgb(210, 255, 215),
                removed_cell: Color32::from_rgb(55, 28, 30),
                added_cell: Color32::from_rgb(24, 50, 32),
                moved_bg: Color32::from_rgb(40, 60, 110),
                dark,
            }
        } else {
            Palette {
                font,
                text: Color32::from_gray(20),
                weak: Color32::from_gray(100),
                delete_bg: Color32::from_rgb(255, 196, 196),
                delete_fg: Color32::from_rgb(140, 0, 0),
                insert_bg: Color32::from_rgb(190, 240, 195),
                insert_fg: Color32::from_rgb(0, 90, 20),
                removed_cell: Color32::from_rgb(255, 236, 236),
                added_cell: Color32::from_rgb(234, 250, 236),
                moved_bg: Color32::from_rgb(200, 215, 255),
                dark,
            }
        }
    }

    /// Plain text.
    pub fn plain(&self) -> TextFormat {
        TextFormat::simple(self.font.clone(), self.text)
    }

    /// Secondary text.
    pub fn weak(&self) -> TextFormat {
        TextFormat::simple(self.font.clone(), self.weak)
    }

    /// Deleted words: red background, struck through.
    pub fn deleted(&self) -> TextFormat {
        TextFormat {
            background: self.delete_bg,
            strikethrough: Stroke::new(1.0, self.delete_fg),
            ..TextFormat::simple(self.font.clone(), self.delete_fg)
        }
    }

    /// Inserted words: green background.
    pub fn inserted(&self) -> TextFormat {
        TextFormat {
            background: self.insert_bg,
            ..TextFormat::simple(self.font.clone(), self.insert_fg)
        }
    }

    /// The accent colour of a status (always shown together with its name).
    pub fn status_color(&self, status: Status) -> Color32 {
        match (status, self.dark) {
            (Status::Unchanged, _) => self.weak,
            (Status::Changed, true) => Color32::from_rgb(240, 200, 90),
            (Status::Changed, false) => Color32::from_rgb(150, 100, 0),
            (Status::Merged | Status::Split, true) => Color32::from_rgb(200, 150, 255),
            (Status::Merged | Status::Split, false) => Color32::from_rgb(110, 40, 170),
            (Status::Removed, _) => self.delete_fg,
            (Status::Added, _) => self.insert_fg,
        }
    }

    /// The accent colour of a step of a point's history (always shown with its mark).
    pub fn step_color(&self, step: Option<Step>) -> Color32 {
        match step {
            None | Some(Step::Unchanged) => self.weak,
            Some(Step::Moved) => self.status_color(Status::Unchanged).gamma_multiply(1.3),
            Some(Step::Changed) => self.status_color(Status::Changed),
            Some(Step::Merged | Step::Split) => self.status_color(Status::Merged),
            Some(Step::Removed) => self.delete_fg,
            Some(Step::Added) => self.insert_fg,
            Some(Step::Restored) if self.dark => Color32::from_rgb(90, 200, 230),
            Some(Step::Restored) => Color32::from_rgb(0, 110, 150),
        }
    }

    /// The gutter of a row: status (icon and name), labels "21 → 14", then the "moved" badge
    /// and the share of words kept as the reports word them ([`Description`]).
    pub fn gutter_job(
        &self,
        status: Status,
        description: &Description,
        old_label: &str,
        new_label: &str,
    ) -> LayoutJob {
        let small = FontId::proportional(self.font.size * 0.85);
        let mut job = LayoutJob::default();
        let badge = TextFormat {
            color: self.status_color(status),
            ..TextFormat::simple(small.clone(), self.text)
        };
        job.append(status_text(status), 0.0, badge);
        job.append(
            &format!("\n{old_label} → {new_label}"),
            0.0,
            TextFormat::simple(self.font.clone(), self.text),
        );
        if let Some(moved) = &description.moved {
            job.append("\n", 0.0, TextFormat::simple(small.clone(), self.text));
            job.append(
                &format!(" {moved} "),
                0.0,
                TextFormat {
                    background: self.moved_bg,
                    ..TextFormat::simple(small.clone(), self.text)
                },
            );
        }
        if let Some(kept) = &description.kept {
            job.append(
                &format!("\n{kept}"),
                0.0,
                TextFormat::simple(small, self.weak),
            );
        }
        job
    }
}

/// A status as icon and text, e.g. "− REMOVED": never colour alone.
pub fn status_text(status: Status) -> &'static str {
    match status {
        Status::Unchanged => "= unchanged",
        Status::Changed => "~ changed",
        Status::Merged => "» merged",
        Status::Split => "« split",
        Status::Removed => "− REMOVED",
        Status::Added => "+ ADDED",
    }
}

/// A `#rrggbb` colour (grey when malformed), as the review's categories give them.
pub fn hex_colour(hex: &str) -> Color32 {
    let h = hex.trim_start_matches('#');
    let byte = |k: usize| h.get(k..k + 2).and_then(|b| u8::from_str_radix(b, 16).ok());
    match (byte(0), byte(2), byte(4)) {
        (Some(r), Some(g), Some(b)) if h.len() == 6 => Color32::from_rgb(r, g, b),
        _ => Color32::GRAY,
    }
}
