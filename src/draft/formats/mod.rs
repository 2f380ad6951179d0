//! Drafts as they circulate: Word (.docx), OpenDocument (.odt), PDF, web pages (.html) and
//! spreadsheets saved as CSV read into the plain text the parser understands, with list
//! numbers made visible.
//!
//! [`read`] decides by the file's first bytes (and, for web pages, its extension) which reader
//! to use; plain text goes to [`super::load::read_text`] unchanged. Every reader is bounded:
//! input size ([`MAX_PACKAGE_SIZE`], [`MAX_HTML_SIZE`]), ZIP entries and decompressed sizes
//! ([`package`]), XML depth and entities ([`xml`]), HTML depth, PDF pages and time ([`pdf`]).
//! A file that cannot be read gives one error naming it.

pub mod columns;
pub mod csv;
pub mod docx;
pub mod html;
pub mod odt;
pub mod package;
pub mod pdf;
pub mod xml;

use std::io::Read as _;
use std::path::Path;

use crate::error::{Error, Result};

/// The largest Word, OpenDocument or PDF file read (50 MiB).
pub const MAX_PACKAGE_SIZE: u64 = 50 * 1024 * 1024;
/// The largest web page read (10 MiB).
pub const MAX_HTML_SIZE: u64 = 10 * 1024 * 1024;

/// What a reader made of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The text for the parser: one line per paragraph, list numbers written out.
    pub text: String,
    /// What the file was, for display ("Word document (.docx)", or a text encoding).
    pub format: &'static str,
    /// Whether the file held tracked changes (they were read as accepted).
    pub tracked_changes: bool,
    /// Warnings to show the user, one line each naming the file (bytes that are not UTF-8
    /// replaced in an otherwise UTF-8 text file).
    pub warnings: Vec<String>,
}

impl Extracted {
    /// How the file was read, as the app and the CLI show it next to a draft.
    pub fn description(&self) -> String {
        if self.tracked_changes {
            format!("{}; {TRACKED_NOTE}", self.format)
        } else {
            self.format.to_owned()
        }
    }
}

/// The words added to a draft's description when its file had tracked changes.
pub const TRACKED_NOTE: &str = "tracked changes read as accepted";

/// The kinds of file Clausewise reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text or Markdown, in any encoding [`super::load`] reads.
    Text,
    /// A ZIP package: Word or OpenDocument.
    Package,
    /// A PDF file.
    Pdf,
    /// A web page.
    Html,
    /// A spreadsheet saved as CSV or TSV (by its extension).
    Table,
}

/// Which reader a file needs, from its first bytes and its extension.
pub fn kind(path: &Path, head: &[u8]) -> Kind {
    if head.starts_with(b"PK\x03\x04") {
        return Kind::Package;
    }
    if head.starts_with(b"%PDF") {
        return Kind::Pdf;
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if matches!(ext.as_deref(), Some("csv" | "tsv")) {
        return Kind::Table;
    }
    if matches!(ext.as_deref(), Some("html" | "htm" | "xhtml")) {
        return Kind::Html;
    }
    let text = String::from_utf8_lossy(head);
    let start = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    let markdown = matches!(ext.as_deref(), Some("md" | "markdown"));
    if start.starts_with("<!doctype html")
        || start.starts_with("<html")
        || (!markdown && markup_lines(&text, head.len() == HEAD_BYTES))
    {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// How many bytes of a file [`kind`] reads.
const HEAD_BYTES: usize = 4096;

/// Fewest lines of text in a file's head that [`markup_lines`] reads as a web page's markup.
const MARKUP_LINES: usize = 3;

/// Tags of a web page's text, besides its blocks ([`html::BLOCKS`]), that a page's source
/// pasted into a text file carries on its lines: breaks, lists and inline emphasis.
const TEXT_TAGS: &[&str] = &[
    "br", "li", "ul", "ol", "span", "strong", "b", "em", "i", "u", "a", "body",
];

/// Is a text file a web page's source without its `<html>` (a draft copied from a site's
/// editor in its HTML mode: `<p>1.&nbsp;Text</p>`, `Text<br />`)? At least [`MARKUP_LINES`]
/// lines of its head, and half of them, open or end with a tag of [`TEXT_TAGS`] or
/// [`html::BLOCKS`] ([`text_tag`]); `cut` when the head ends inside the file, whose last line
/// is then not read. A draft that names tags in its sentences (`2. Use <strong> for emphasis,
/// never <b>.`), a placeholder (`<name>`) or an inequality (`x <b and y >a`) is text.
fn markup_lines(head: &str, cut: bool) -> bool {
    let mut lines: Vec<&str> = head.lines().filter(|l| !l.trim().is_empty()).collect();
    if cut {
        lines.pop();
    }
    let tagged = lines
        .iter()
        .filter(|l| {
            let t = l.trim();
            text_tag(t)
                || t.rfind('<')
                    .is_some_and(|at| t.ends_with('>') && text_tag(&t[at..]))
        })
        .count();
    lines.len() >= MARKUP_LINES && tagged >= MARKUP_LINES && 2 * tagged >= lines.len()
}

/// Does `s` open with a tag of [`TEXT_TAGS`] or [`html::BLOCKS`], opening or closing (`<p
/// style="…">`, `</p>`, `<br />`, `<BR>`): its name, then `>`, `/>`, or attributes with `=`
/// before its `>`?
fn text_tag(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('<') else {
        return false;
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let (name, after) = rest.split_at(name_len);
    let Some((inside, _)) = after.split_once('>') else {
        return false;
    };
    let inside = inside.trim();
    TEXT_TAGS
        .iter()
        .chain(html::BLOCKS)
        .any(|t| t.eq_ignore_ascii_case(name))
        && (inside.is_empty() || inside == "/" || (after.starts_with(' ') && inside.contains('=')))
}

/// Reads a draft file of any supported kind into text. Errors name the file.
pub fn read(path: &Path) -> Result<Extracted> {
    let head = read_head(path)?;
    let fail = |message: String| Error::Format {
        path: path.to_owned(),
        message,
    };
    match kind(path, &head) {
        Kind::Text => {
            let decoded = super::load::read_text(path)?;
            let warnings = super::load::replacement_warning(path, &decoded)
                .into_iter()
                .collect();
            Ok(Extracted {
                text: decoded.text,
                format: decoded.encoding,
                tracked_changes: false,
                warnings,
            })
        }
        Kind::Package => {
            let bytes = crate::fsutil::read_regular(path, MAX_PACKAGE_SIZE)?;
            let mut extracted = non_empty(path, read_package(bytes).map_err(fail)?)?;
            if extracted.tracked_changes {
                // Said where every load warning is said (the CLI's stderr, the app's window).
                extracted
                    .warnings
                    .push(format!("{}: {TRACKED_NOTE}", crate::error::shown(path)));
            }
            Ok(extracted)
        }
        Kind::Pdf => {
            let extracted = pdf::read(path).map_err(fail)?;
            non_empty(path, extracted)
        }
        Kind::Html => {
            let decoded = super::load::read_text_limited(path, MAX_HTML_SIZE)?;
            non_empty(path, html::read(&decoded.text).map_err(fail)?)
        }
        Kind::Table => {
            let decoded = super::load::read_text(path)?;
            non_empty(
                path,
                csv::read(&decoded.text, decoded.encoding).map_err(fail)?,
            )
        }
    }
}

/// Reads a Word or OpenDocument package held in memory (what [`read`] does for a ZIP file;
/// also the entry point for fuzzing). Errors are short phrases without the file name.
pub fn read_package(bytes: Vec<u8>) -> Result<Extracted, String> {
    let package =
        package::Package::open(bytes).map_err(|e| format!("{e} (a .docx or .odt document?)"))?;
    let odt = package.has("content.xml") && !package.has("word/document.xml");
    if !odt && !package.has("word/document.xml") && !package.has("_rels/.rels") {
        return Err(
            "is a ZIP archive, but neither a Word document (.docx) nor an OpenDocument text (.odt)"
                .to_owned(),
        );
    }
    if odt {
        odt::read(package)
            .map_err(|e| format!("cannot be read as an OpenDocument text (.odt): {e}"))
    } else {
        docx::read(package).map_err(|e| format!("cannot be read as a Word document (.docx): {e}"))
    }
}

fn non_empty(path: &Path, extracted: Extracted) -> Result<Extracted> {
    if extracted.text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    Ok(extracted)
}

/// The first bytes of the file, after checking that it is a file.
fn read_head(path: &Path) -> Result<Vec<u8>> {
    let io = |io| Error::Read {
        path: path.to_owned(),
        io,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    crate::fsutil::check_regular(path, &meta)?;
    let file = std::fs::File::open(path).map_err(io)?;
    let mut head = Vec::with_capacity(HEAD_BYTES);
    file.take(HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(io)?;
    Ok(head)
}

/// A paragraph as a reader found it, before it becomes a line of text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Block {
    /// The paragraph's text (may hold line breaks).
    pub text: String,
    /// The list number as a reader sees it ("21.", "a)"), if numbered.
    pub label: Option<String>,
    /// List nesting level, 0 at the top.
    pub level: usize,
    /// Whether the paragraph is a list item (numbered or bulleted).
    pub listed: bool,
    /// Whether the paragraph is set in the word processor's Title style ([`title_first`]).
    pub title: bool,
}

impl Block {
    /// A plain paragraph.
    pub fn paragraph(text: String) -> Self {
        Block {
            text,
            ..Block::default()
        }
    }
}

/// Most words of one paragraph of front matter above a paragraph in the Title style
/// (`Draft resolution submitted by Calderra, Ostmark and Velmoria (working text)`), and of all
/// of them ([`title_first`]).
const FRONT_MATTER_WORDS: usize = 16;
const FRONT_MATTER_ALL_WORDS: usize = 40;

/// Is `name` the word processor's own Title style? Word names it `Title` in every language
/// (its id may be translated), LibreOffice too (its display name is translated).
pub fn is_title_style(name: &str) -> bool {
    name.trim().eq_ignore_ascii_case("title")
}

/// Puts the first paragraph set in the Title style first when what stands above it is front
/// matter ([`lift_over`]): a line such as `DRAFT: not for circulation`, `Unofficial
/// translation` or who submitted the draft stays, under the title, so that the parser takes
/// the title the author styled as one, not the line above it.
/// A kind of text in capitals set in the Title style (`ЗАКОН УКРАЇНИ`, `AGREEMENT`) stays
/// where it is: its subject follows (`Про публічні закупівлі`), and the parser reads a
/// bill's cover over the two.
pub fn title_first(blocks: &mut [Block]) {
    let Some(h) = blocks.iter().position(|b| b.title) else {
        return;
    };
    let text = blocks[h].text.trim();
    let kind = text.split_whitespace().count() <= crate::draft::parse::KIND_WORDS
        && crate::draft::parse::in_capitals(text);
    if !kind {
        lift_over(blocks, h, FRONT_MATTER_WORDS, FRONT_MATTER_ALL_WORDS);
    }
}

/// Moves block `h` (a title or a headline) above the blocks before it when they are front
/// matter: unlisted paragraphs of at most `each` words that end no sentence, `all` words at
/// most together. A dash or a dot between words is no word (`Texte adopté n° 412 — Session
/// ordinaire de 2024-2025` has eight).
pub fn lift_over(blocks: &mut [Block], h: usize, each: usize, all: usize) {
    if h == 0 || h >= blocks.len() {
        return;
    }
    let words = |b: &Block| {
        b.text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let above = &blocks[..h];
    let front = above.iter().all(|b| {
        !b.listed && words(b) <= each && !b.text.trim_end().ends_with(['.', '!', '?', ';', ':'])
    });
    if front && above.iter().map(words).sum::<usize>() <= all {
        blocks[..=h].rotate_right(1);
    }
}

/// Blocks of one table row, from the blocks of each of its cells. A row of short cells (one
/// paragraph each, two cells or more) is one paragraph, its cells joined by ` | `, so that a
/// status table (`1 | The army is capped | Agreed`) keeps each provision with its status:
/// cell by cell, a typed number was a point of its own and each status the heading of the next
/// row. A first cell numbered by the word processor's own list numbering, with no text of its
/// own, gives the row its list number (`1. The army is capped | Agreed`); a typed number stays
/// the row's text, as a table of figures or a schedule inside a point is no list of points.
/// A row whose first cell is a number alone ([`number_cell`]) is one paragraph too, its
/// cells' paragraphs joined by spaces: a provision of two paragraphs in a numbered table (a
/// status table, a schedule of points) is still one row; read cell by cell, the number was a
/// heading of its own and the provision the previous point's text.
/// Other rows (a cell of several paragraphs, a table used for layout) keep their paragraphs
/// as they are.
pub fn table_row(cells: Vec<Vec<Block>>) -> Vec<Block> {
    let numbered_row = cells.len() >= 2 && number_cell(&cells[0]);
    let short = cells.len() >= 2
        && cells.iter().all(|c| c.len() <= 1)
        && cells.iter().flatten().all(|b| !b.text.contains('\n'));
    if !(short || numbered_row) || cells.iter().all(Vec::is_empty) {
        return cells.into_iter().flatten().collect();
    }
    let numbered = cells[0]
        .first()
        .filter(|b| b.text.trim().is_empty() && b.label.is_some() && b.level == 0);
    let label = numbered.and_then(|b| b.label.clone());
    let parts: Vec<String> = cells
        .iter()
        .skip(usize::from(label.is_some()))
        .map(|c| {
            let paragraphs: Vec<String> = c
                .iter()
                .map(|b| {
                    let text = crate::draft::scan::single_spaced(&b.text);
                    match &b.label {
                        Some(label) => format!("{label} {text}").trim_end().to_owned(),
                        None => text,
                    }
                })
                .filter(|p| !p.is_empty())
                .collect();
            paragraphs.join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect();
    vec![Block {
        text: parts.join(" | "),
        listed: label.is_some(),
        label,
        ..Block::default()
    }]
}

/// Is a table's first cell a point's number alone: one paragraph that is a typed number
/// (`4`, `4.`, `4)`, `4a`), or the word processor's list number with no text?
pub fn number_cell(cell: &[Block]) -> bool {
    let [b] = cell else {
        return false;
    };
    let t = b.text.trim();
    if t.is_empty() {
        return b.label.is_some() && b.level == 0;
    }
    let t = t.strip_suffix(['.', ')']).unwrap_or(t);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && t[digits..].len() <= 1
        && t[digits..].bytes().all(|c| c.is_ascii_lowercase())
}

/// Reads one table row for a format's walker: each cell's blocks with `read` (which appends
/// them to the walker's blocks, reached through `blocks`), then the row's blocks as
/// [`table_row`] makes them, after the blocks read before the row.
pub fn read_table_row<'e, W>(
    walker: &mut W,
    cells: impl Iterator<Item = &'e xml::Element>,
    blocks: fn(&mut W) -> &mut Vec<Block>,
    read: fn(&mut W, &'e xml::Element),
) {
    let before = std::mem::take(blocks(walker));
    let cells: Vec<Vec<Block>> = cells
        .map(|cell| {
            read(walker, cell);
            std::mem::take(blocks(walker))
        })
        .collect();
    *blocks(walker) = before;
    blocks(walker).extend(table_row(cells));
}

/// Writes blocks as the parser's text: one line per paragraph, a blank line between
/// paragraphs, none before a nested or bulleted list item (a sub-item of the point above),
/// nested items indented three spaces per level, bullets written as `-`.
pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        let body = block
            .text
            .replace(['\t', '\u{a0}'], " ")
            .lines()
            .map(crate::draft::scan::single_spaced)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let marker = match (&block.label, block.listed) {
            (Some(label), _) => Some(label.as_str()),
            (None, true) => Some("-"),
            (None, false) => None,
        };
        if body.is_empty() && marker.is_none() {
            continue;
        }
        let sub = block.listed && (block.level > 0 || block.label.is_none());
        if !out.is_empty() {
            out.push('\n');
            if !sub {
                out.push('\n');
            }
        }
        if sub {
            out.push_str(&"   ".repeat(block.level.max(1)));
        }
        if let Some(m) = marker {
            out.push_str(m);
            if !body.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(&body);
    }
    out.push('\n');
    out
}

/// Writes `value` in a list number format: Word's names (`decimal`, `decimalZero`,
/// `lowerLetter`, `upperLetter`, `lowerRoman`, `upperRoman`) or the one-character forms of
/// OpenDocument and HTML (`1`, `a`, `A`, `i`, `I`). Unknown formats, and values roman
/// numerals cannot write, are decimal.
pub fn format_number(value: i64, format: &str) -> String {
    match format {
        "decimalZero" if (0..10).contains(&value) => format!("0{value}"),
        // Past zz...z (50 letters) decimal: a crafted start value cannot ask for a huge label.
        "lowerLetter" | "upperLetter" if (1..=26 * 50).contains(&value) => {
            // Word repeats the letter past z: aa, bb, ...
            let letter = (b'a' + ((value - 1) % 26) as u8) as char;
            let s = letter.to_string().repeat(((value - 1) / 26 + 1) as usize);
            if format == "upperLetter" {
                s.to_uppercase()
            } else {
                s
            }
        }
        "a" | "A" | "lower-alpha" | "upper-alpha" if value >= 1 => {
            let mut n = value;
            let mut s = Vec::new();
            while n > 0 {
                n -= 1;
                s.push(b'a' + (n % 26) as u8);
                n /= 26;
            }
            s.reverse();
            let s = String::from_utf8_lossy(&s).into_owned();
            if format.starts_with(|c: char| c.is_ascii_uppercase()) || format == "upper-alpha" {
                s.to_uppercase()
            } else {
                s
            }
        }
        "lowerRoman" | "upperRoman" | "i" | "I" if (1..4000).contains(&value) => {
            const NUMERALS: [(i64, &str); 13] = [
                (1000, "m"),
                (900, "cm"),
                (500, "d"),
                (400, "cd"),
                (100, "c"),
                (90, "xc"),
                (50, "l"),
                (40, "xl"),
                (10, "x"),
                (9, "ix"),
                (5, "v"),
                (4, "iv"),
                (1, "i"),
            ];
            let mut n = value;
            let mut s = String::new();
            for (v, r) in NUMERALS {
                while n >= v {
                    s.push_str(r);
                    n -= v;
                }
            }
            if format == "upperRoman" || format == "I" {
                s.to_uppercase()
            } else {
                s
            }
        }
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_of_short_cells_are_one_paragraph() {
        let cell = |t: &str| vec![Block::paragraph(t.to_owned())];
        // Typed numbers stay the row's text; an empty cell is left out.
        let row = table_row(vec![
            cell("3"),
            cell("Guarantees are given."),
            vec![],
            cell("Agreed"),
        ]);
        assert_eq!(row.len(), 1);
        assert_eq!(row[0].label, None);
        assert_eq!(row[0].text, "3 | Guarantees are given. | Agreed");
        // A cell numbered by the word processor, with no text, is the row's list number.
        let numbered = vec![Block {
            text: String::new(),
            label: Some("3.".into()),
            level: 0,
            listed: true,
            ..Block::default()
        }];
        let row = table_row(vec![numbered, cell("Guarantees."), cell("Agreed")]);
        assert_eq!(
            (row[0].label.as_deref(), row[0].text.as_str()),
            (Some("3."), "Guarantees. | Agreed")
        );
        // One cell, or a cell of two paragraphs: the paragraphs as they are.
        assert_eq!(table_row(vec![cell("Alone")]).len(), 1);
        let two = vec![
            Block::paragraph("One".into()),
            Block::paragraph("Two".into()),
        ];
        assert_eq!(table_row(vec![two, cell("Side")]).len(), 3);
    }

    #[test]
    fn a_numbered_rows_cell_of_two_paragraphs_stays_on_its_row() {
        let cell = |t: &str| vec![Block::paragraph(t.to_owned())];
        let two = || {
            vec![
                Block::paragraph("Withdraw weapons.".into()),
                Block::paragraph("Verification follows.".into()),
            ]
        };
        for number in ["2", "2.", "2)", "12a"] {
            let row = table_row(vec![cell(number), two(), cell("Day 14")]);
            assert_eq!(row.len(), 1, "{number}");
            assert_eq!(
                row[0].text,
                format!("{number} | Withdraw weapons. Verification follows. | Day 14")
            );
        }
        // Not a number alone: a layout table's cells keep their paragraphs.
        for first in ["Day 2", "2025", "2 b)", "Article 2"] {
            assert_eq!(table_row(vec![cell(first), two()]).len(), 3, "{first}");
        }
        assert!(number_cell(&cell("7.")) && !number_cell(&cell("7 days")));
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(21, "decimal"), "21");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(28, "upperLetter"), "BB");
        assert_eq!(format_number(28, "a"), "ab");
        assert_eq!(format_number(1994, "upperRoman"), "MCMXCIV");
        assert_eq!(format_number(4, "i"), "iv");
        assert_eq!(format_number(0, "i"), "0");
        assert_eq!(format_number(5, "bogus"), "5");
        assert_eq!(format_number(i64::MAX, "lowerLetter"), i64::MAX.to_string());
        assert_eq!(format_number(i64::MAX, "a").len(), 14);
    }

    #[test]
    fn blocks_render_as_parser_text() {
        let blocks = vec![
            Block::paragraph("Title".into()),
            Block {
                text: "First\tpoint:".into(),
                label: Some("1.".into()),
                level: 0,
                listed: true,
                ..Block::default()
            },
            Block {
                text: "sub".into(),
                label: Some("a)".into()),
                level: 1,
                listed: true,
                ..Block::default()
            },
            Block {
                text: "bullet".into(),
                label: None,
                level: 0,
                listed: true,
                ..Block::default()
            },
        ];
        assert_eq!(
            render(&blocks),
            "Title\n\n1. First point:\n   a) sub\n   - bullet\n"
        );
    }

    #[test]
    fn kind_by_content_and_extension() {
        let p = Path::new("x.txt");
        assert_eq!(kind(p, b"PK\x03\x04rest"), Kind::Package);
        assert_eq!(kind(p, b"%PDF-1.7"), Kind::Pdf);
        assert_eq!(kind(p, b"\xEF\xBB\xBF <!DOCTYPE HTML>"), Kind::Html);
        assert_eq!(kind(Path::new("x.HTM"), b"1. a"), Kind::Html);
        assert_eq!(kind(p, b"1. <html> is a tag"), Kind::Text);
    }

    #[test]
    fn a_text_file_of_a_pages_markup_is_read_as_a_web_page() {
        let p = Path::new("draft.txt");
        let source = "<p><strong>DRAFT</strong></p>\nAgreement on a pause<br />\n<br />\n\
                      <p>1.&nbsp;The pause lasts 72 hours.</p>\n<p>2.&nbsp;Convoys go by day.</p>\n";
        assert_eq!(kind(p, source.as_bytes()), Kind::Html);
        // Markdown keeps its inline breaks; a text naming tags here and there is text.
        assert_eq!(kind(Path::new("draft.md"), source.as_bytes()), Kind::Text);
        let prose = "1. Replace <b> with <strong> in the template.\n2. Keep the <br> tags.\n\
                     3. Test the page.\n4. Publish it.\n5. Tell the editors.\n";
        assert_eq!(kind(p, prose.as_bytes()), Kind::Text);
        let placeholders = "1. Signed by <name>.\n2. On <date>.\n3. At <place>.\n";
        assert_eq!(kind(p, placeholders.as_bytes()), Kind::Text);
        // A style guide naming tags on every line, and inequalities, are text too.
        let guide = "Markup rules\n1. Every paragraph goes in <p> and nothing else.\n\
                     2. Use <strong> for emphasis, never <b>.\n3. Close every <li> you open.\n\
                     4. A line break is <br />, nothing else.\n";
        assert_eq!(kind(p, guide.as_bytes()), Kind::Text);
        let inequalities = "1. If x <b and y >a then stop.\n2. If a <i and i >b go on.\n\
                            3. Else <p and q >r.\n";
        assert_eq!(kind(p, inequalities.as_bytes()), Kind::Text);
        // Attributes and breaks at a line's end are markup.
        let attributes = "<div class=\"lead\">Draft</div>\nPoint one<br/>\nPoint two<BR>\n";
        assert_eq!(kind(p, attributes.as_bytes()), Kind::Html);
    }
}
