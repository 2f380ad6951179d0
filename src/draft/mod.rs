//! Drafts: a document split into its numbered points.
//!
//! [`load`] turns file bytes into text, [`parse`] turns text into a [`Draft`].

pub mod formats;
pub mod load;
pub mod parse;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Result;

/// One version of a document: its title, preamble and numbered points.
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
    /// The top-level points, in reading order.
    pub points: Vec<Point>,
    /// The whole decoded text, line endings normalised to `\n`; point ranges index into it.
    pub source: String,
}

/// One top-level point of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
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
        let decoded = formats::read(path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Ok(parse::parse(
            name,
            Some(path.to_owned()),
            decoded.description(),
            decoded.text,
        ))
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
