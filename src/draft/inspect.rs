//! How a draft was split, for `clausewise inspect`: encoding, title, preamble, closing, each point's
//! label, lines and first words, section headings and the numbering scheme chosen (and why).

use std::io::{self, Write};

use serde::Serialize;

use super::parse::{Heading, LeftOut};
use super::{Draft, PointKind};

/// How many words of a point [`Inspection`] shows.
pub const FIRST_WORDS: usize = 8;

/// The split of one draft, in the form `clausewise inspect` prints (text or JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inspection {
    /// The file it was read from, if any.
    pub path: Option<String>,
    /// The encoding the file was decoded from.
    pub encoding: String,
    /// The numbering scheme chosen, in words.
    pub scheme: String,
    /// Why that scheme was chosen.
    pub reason: String,
    /// The title (empty when there is none).
    pub title: String,
    /// The preamble (empty when there is none).
    pub preamble: String,
    /// The text after the last point that is not part of it (empty when there is none).
    pub closing: String,
    /// How many numbered points (title, preamble and closing not counted).
    pub point_count: usize,
    /// The section headings with their line numbers.
    pub headings: Vec<Heading>,
    /// Lines of a web page's furniture left out of the points (`Реклама`, `Read also: …`),
    /// with their line numbers.
    pub left_out: Vec<LeftOut>,
    /// Every row of the draft, title and preamble first, closing last.
    pub points: Vec<PointInfo>,
}

/// One row of an [`Inspection`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PointInfo {
    /// `title`, `preamble`, `point` or `closing`.
    pub kind: &'static str,
    /// The label as shown in comparisons (`7`, `Article 3`, `•2`, `¶4`, `Title`).
    pub label: String,
    /// First line of the point in the file, counted from 1.
    pub first_line: usize,
    /// Last line of the point in the file, counted from 1.
    pub last_line: usize,
    /// The section heading it stands under, if any.
    pub section: Option<String>,
    /// Its first [`FIRST_WORDS`] words ("…" after them when there are more).
    pub first_words: String,
}

impl PointInfo {
    /// Its lines in the file: `line 4` or `lines 4-6`.
    pub fn lines(&self) -> String {
        if self.first_line == self.last_line {
            format!("line {}", self.first_line)
        } else {
            format!("lines {}-{}", self.first_line, self.last_line)
        }
    }

    /// Its section in brackets with a space after (`[Security] `), or nothing.
    pub fn section_tag(&self) -> String {
        self.section
            .as_ref()
            .map(|s| format!("[{s}] "))
            .unwrap_or_default()
    }
}

/// How many words of the preamble the text form shows (JSON has all of it).
const PREAMBLE_WORDS: usize = 40;

/// The first `n` words of `text`, "…" after them when there are more.
pub fn first_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let mut first: Vec<&str> = words.by_ref().take(n).collect();
    if words.next().is_some() {
        first.push("…");
    }
    first.join(" ")
}

/// Describes how `draft` was split.
pub fn inspect(draft: &Draft) -> Inspection {
    // Where each line starts, so that a byte offset finds its line by binary search.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(
            draft
                .source
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset).max(1);
    let points = draft
        .points
        .iter()
        .map(|p| PointInfo {
            kind: match p.kind {
                PointKind::Title => "title",
                PointKind::Preamble => "preamble",
                PointKind::Point => "point",
                PointKind::Closing => "closing",
            },
            label: p.label.clone(),
            first_line: line_of(p.range.start),
            last_line: line_of(p.range.end),
            section: p.section.clone(),
            first_words: first_words(&p.text, FIRST_WORDS),
        })
        .collect();
    Inspection {
        path: draft.path.as_ref().map(|p| p.display().to_string()),
        encoding: draft.encoding.clone(),
        scheme: draft.layout.scheme.clone(),
        reason: draft.layout.reason.clone(),
        title: draft.title.clone(),
        preamble: draft.preamble.clone(),
        closing: draft
            .points
            .iter()
            .find(|p| p.kind == PointKind::Closing)
            .map(|p| p.text.clone())
            .unwrap_or_default(),
        point_count: draft.point_count(),
        headings: draft.layout.headings.clone(),
        left_out: draft.layout.left_out.clone(),
        points,
    }
}

/// Writes the inspection as plain text: a header, then one line per row
/// (`lines 4-6   7   [Security]   The parties confirm …`).
pub fn write_text(out: &mut dyn Write, name: &str, i: &Inspection) -> io::Result<()> {
    writeln!(out, "{name}")?;
    writeln!(out, "encoding: {}", i.encoding)?;
    writeln!(out, "scheme:   {}", i.scheme)?;
    writeln!(out, "why:      {}", i.reason)?;
    let none = |s: &str| if s.is_empty() { "(none)" } else { s }.to_owned();
    writeln!(out, "title:    {}", none(&i.title))?;
    writeln!(
        out,
        "preamble: {}",
        none(&first_words(&i.preamble, PREAMBLE_WORDS))
    )?;
    writeln!(
        out,
        "closing:  {}",
        none(&first_words(&i.closing, PREAMBLE_WORDS))
    )?;
    writeln!(out, "points:   {}", i.point_count)?;
    if !i.headings.is_empty() {
        writeln!(out, "headings:")?;
        for h in &i.headings {
            writeln!(out, "  line {:<5} {}", h.line, h.text)?;
        }
    }
    if !i.left_out.is_empty() {
        writeln!(
            out,
            "left out (page furniture, deleted text, review marks):"
        )?;
        for l in &i.left_out {
            writeln!(out, "  line {:<5} {}", l.line, l.text)?;
        }
    }
    writeln!(out)?;
    let label_width = i
        .points
        .iter()
        .map(|p| p.label.chars().count())
        .max()
        .unwrap_or(0);
    for p in &i.points {
        writeln!(
            out,
            "{:<13} {:<label_width$}  {}{}",
            p.lines(),
            p.label,
            p.section_tag(),
            p.first_words
        )?;
    }
    Ok(())
}

/// Writes the inspection as pretty-printed JSON followed by a newline.
pub fn write_json(out: &mut dyn Write, i: &Inspection) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, i).map_err(io::Error::from)?;
    writeln!(out)
}
