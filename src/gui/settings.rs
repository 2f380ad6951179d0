//! Preferences kept between runs (eframe storage): theme, font size, options, open and recent files.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::compare::TextOptions;

/// How rows are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ViewMode {
    /// OLD on the left, NEW on the right.
    #[default]
    SideBySide,
    /// One column: deletions struck through in red, insertions in green (a redline).
    Inline,
    /// Every point followed through all the open drafts: one row per point, one column per
    /// draft.
    History,
}

/// The side panels that can be switched off (remembered in the settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidePanel {
    /// The list of drafts, on the left.
    Drafts,
    /// The list of removed points.
    Removed,
    /// The annotation panel.
    Annotate,
}

/// A draft file that was open, with the name the user gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenFile {
    /// The file.
    pub path: PathBuf,
    /// The display name.
    pub name: String,
}

/// Everything the app remembers between runs. Missing fields take their defaults, so settings
/// saved by an older version still load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Dark theme (default) or light theme.
    pub dark: bool,
    /// Body text size in points; default 14.
    pub font_size: f32,
    /// What the comparison ignores; default nothing.
    pub options: TextOptions,
    /// Side by side (default) or inline.
    pub view: ViewMode,
    /// Unchanged points take one line until clicked; default on.
    pub collapse_unchanged: bool,
    /// Show the list of removed points; default on.
    pub show_removed_panel: bool,
    /// Show the list of drafts; default on.
    pub show_drafts_panel: bool,
    /// Show the annotation panel; default on.
    pub show_annotate_panel: bool,
    /// The drafts open at exit, in order; reopened when the app starts without files.
    pub open_files: Vec<OpenFile>,
    /// Recently opened files, most recent first (at most [`Settings::MAX_RECENT`]).
    pub recent_files: Vec<PathBuf>,
    /// Order of the rows of the history view.
    pub history_sort: super::model::HistorySort,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dark: true,
            font_size: 14.0,
            options: TextOptions::default(),
            view: ViewMode::SideBySide,
            collapse_unchanged: true,
            show_removed_panel: true,
            show_drafts_panel: true,
            show_annotate_panel: true,
            open_files: Vec::new(),
            recent_files: Vec::new(),
            history_sort: super::model::HistorySort::default(),
        }
    }
}

impl Settings {
    /// How many recent files are remembered.
    pub const MAX_RECENT: usize = 10;
    /// Smallest and largest font size offered.
    pub const FONT_SIZES: std::ops::RangeInclusive<f32> = 10.0..=24.0;

    /// Whether a side panel is shown.
    pub fn shows_panel(&self, panel: SidePanel) -> bool {
        match panel {
            SidePanel::Drafts => self.show_drafts_panel,
            SidePanel::Removed => self.show_removed_panel,
            SidePanel::Annotate => self.show_annotate_panel,
        }
    }

    /// Shows or hides a side panel.
    pub fn show_panel(&mut self, panel: SidePanel, on: bool) {
        match panel {
            SidePanel::Drafts => self.show_drafts_panel = on,
            SidePanel::Removed => self.show_removed_panel = on,
            SidePanel::Annotate => self.show_annotate_panel = on,
        }
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: PathBuf) {
        self.recent_files.retain(|p| *p != path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(Self::MAX_RECENT);
    }

    /// The font size, clamped to [`Settings::FONT_SIZES`] (stored settings may hold anything).
    pub fn font_size(&self) -> f32 {
        if self.font_size.is_finite() {
            self.font_size
                .clamp(*Self::FONT_SIZES.start(), *Self::FONT_SIZES.end())
        } else {
            14.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_settings_load_with_defaults() {
        let s: Settings = ron::from_str("(dark: false)").unwrap();
        assert!(!s.dark);
        assert_eq!(s.font_size, 14.0);
        assert!(s.collapse_unchanged);
    }

    #[test]
    fn recent_files_are_unique_and_bounded() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(PathBuf::from(format!("{i}.txt")));
        }
        s.remember(PathBuf::from("12.txt"));
        assert_eq!(s.recent_files.len(), Settings::MAX_RECENT);
        assert_eq!(s.recent_files[0], PathBuf::from("12.txt"));
        assert_eq!(s.recent_files[1], PathBuf::from("14.txt"));
    }
}
