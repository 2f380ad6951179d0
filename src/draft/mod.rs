//! Drafts: a document split into its numbered points.
//!
//! [`load`] turns file bytes into text, [`parse`] turns text into a [`Draft`], [`inspect`]
//! explains how a draft was split.

pub mod cjk;
pub mod formats;
pub mod inspect;
pub mod load;
pub mod parse;
pub mod pasted;
pub(crate) mod scan;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Result;

/// One version of a document: its title, preamble and numbered points.
///
/// The title and the preamble (when not empty) are also the first entries of [`Draft::points`]
/// (of kind [`PointKind::Title`] and [`PointKind::Preamble`]), and the closing the last
/// ([`PointKind::Closing`]), so that they are compared, shown and annotated like points;
/// [`Draft::point_count`] counts the numbered points only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// A short name for display; the file name unless the user renamed it.
    pub name: String,
    /// The file it was read from, if any.
    pub path: Option<PathBuf>,
    /// How the file was read: the text encoding (`UTF-8`, `windows-1251`, ...) or the format
    /// (`Word document (.docx)`, with "; tracked changes read as accepted" when it had some).
    pub encoding: String,
    /// The document's title: its first line when that is not a point; may be empty.
    pub title: String,
    /// Text between the title and the first point (not a point itself).
    pub preamble: String,
    /// The rows of the draft in reading order: the title, the preamble (each when not empty),
    /// the top-level points, then the closing (when there is text after the last point).
    pub points: Vec<Point>,
    /// How the draft was split into points (shown by `clausewise inspect`).
    #[serde(default)]
    pub layout: parse::Layout,
    /// The whole decoded text, line endings normalised to `\n` and zero-width characters
    /// removed; point ranges index into it.
    pub source: String,
}

/// What a [`Point`] of a draft is: its title, its preamble or one of its points.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PointKind {
    /// The document's title (label `Title`).
    Title,
    /// The text between the title and the first point (label `Preamble`).
    Preamble,
    /// The text after the last point that is not part of it (label `Closing`): a closing
    /// formula or signature block, or a news page's text after the list.
    Closing,
    /// A top-level point (the default).
    #[default]
    Point,
}

/// One top-level point of a draft (or its title or preamble, see [`PointKind`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    /// Title, preamble or point; `Point` when absent from a saved file.
    #[serde(default)]
    pub kind: PointKind,
    /// The label as written: "7", "7a", "12.3", "Article 3", "§ 2". Display data only:
    /// points are matched across drafts by what they say, not by their label.
    pub label: String,
    /// The section heading the point stands under, if the draft has headings.
    pub section: Option<String>,
    /// The point's text without its label: hard-wrapped lines joined by a space, sub-items and
    /// further paragraphs on lines of their own.
    pub text: String,
    /// Byte range of the point (label included) in [`Draft::source`].
    pub range: Range<usize>,
}

impl Draft {
    /// Parses text into a draft named `name` (no file behind it).
    pub fn from_text(name: impl Into<String>, text: &str) -> Self {
        let text = load::normalize_line_endings(text.to_owned());
        parse::parse(name.into(), None, "UTF-8".to_owned(), text)
    }

    /// Reads, decodes and parses a draft file: text or Markdown, Word (.docx), OpenDocument
    /// (.odt), PDF or a web page (see [`formats`]). Errors name the file.
    pub fn load(path: &Path) -> Result<Self> {
        Self::load_with_warnings(path).map(|(draft, _)| draft)
    }

    /// Like [`Draft::load`], with the warnings to show the user (one line each, naming the
    /// file): bytes that are not UTF-8 replaced in an otherwise UTF-8 file.
    pub fn load_with_warnings(path: &Path) -> Result<(Self, Vec<String>)> {
        let decoded = formats::read(path)?;
        let warnings = decoded.warnings.clone();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let draft = parse::parse(
            name,
            Some(path.to_owned()),
            decoded.description(),
            decoded.text,
        );
        Ok((draft, warnings))
    }

    /// Gives up the decoded text ([`Draft::source`]) for a command that is done with it: a
    /// comparison and its reports read only the points' own texts. The points' ranges then
    /// index nothing, and a review can no longer tell the text by its hash; the large pair's
    /// two drafts free 17 MB before they are compared.
    pub fn drop_source(&mut self) {
        self.source = String::new();
    }

    /// How many numbered points the draft has (its title, preamble and closing not counted).
    pub fn point_count(&self) -> usize {
        self.numbered().count()
    }

    /// The numbered points with their indices in [`Draft::points`] (title, preamble and closing left out).
    pub fn numbered(&self) -> impl Iterator<Item = (usize, &Point)> {
        self.points
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == PointKind::Point)
    }

    /// The title if there is one, else the name.
    pub fn display_title(&self) -> &str {
        if self.title.is_empty() {
            &self.name
        } else {
            &self.title
        }
    }
}
