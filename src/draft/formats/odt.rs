//! OpenDocument text (.odt): paragraphs, headings, tables and lists, list numbers made visible.
//!
//! Lists (`text:list`, `text:list-item`, nested lists one level deeper) are numbered from their
//! list style's `text:list-level-style-number`: `style:num-format` (`1`, `a`, `A`, `i`, `I`,
//! empty for none), `style:num-prefix`/`style:num-suffix`, `text:display-levels` and
//! `text:start-value`; a list continues the numbering of the previous list of its style with
//! `text:continue-numbering="true"` (or `text:continue-list`), a `text:list-header` takes no
//! number, and an item's `text:start-value` restarts the count. Headings are numbered through
//! `text:outline-style`. Tracked changes are read as accepted: the deleted text ODF keeps in
//! `text:tracked-changes` is not read.

use std::collections::{HashMap, HashSet};

use super::package::Package;
use super::xml::{self, Element, Node};
use super::{Block, Extracted};

const LEVELS: usize = 10;

/// Reads an opened .odt package. Errors are short phrases.
pub fn read(mut package: Package) -> Result<Extracted, String> {
    let content = package
        .text("content.xml")?
        .ok_or("the OpenDocument file has no content.xml")?;
    let content = xml::parse(&content).map_err(|e| format!("content.xml: {e}"))?;
    let styles = match package.text("styles.xml")? {
        Some(s) => Some(xml::parse(&s).map_err(|e| format!("styles.xml: {e}"))?),
        None => None,
    };
    let mut list_styles: HashMap<String, &Element> = HashMap::new();
    let mut outline: Option<&Element> = None;
    // Each paragraph style's parent, to find the styles that are the Title style or based on it.
    let mut parents: HashMap<&str, &str> = HashMap::new();
    for root in styles.iter().chain(std::iter::once(&content)) {
        for section in root.elements() {
            if section.name != "office:styles" && section.name != "office:automatic-styles" {
                continue;
            }
            for s in section.elements() {
                match s.name.as_str() {
                    "text:list-style" => {
                        if let Some(name) = s.attr("style:name") {
                            list_styles.insert(name.to_owned(), s);
                        }
                    }
                    "text:outline-style" => outline = Some(s),
                    "style:style" if s.attr("style:family") == Some("paragraph") => {
                        if let Some(name) = s.attr("style:name") {
                            parents.insert(name, s.attr("style:parent-style-name").unwrap_or(""));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let text = content
        .child("office:body")
        .and_then(|b| b.child("office:text"))
        .ok_or("the OpenDocument file has no text body (is it a spreadsheet or a drawing?)")?;
    let mut walker = Walker::new(list_styles, outline);
    walker.title_styles = title_styles(&parents);
    walker.blocks_of(text);
    super::title_first(&mut walker.blocks);
    Ok(Extracted {
        text: super::render(&walker.blocks),
        format: "OpenDocument text (.odt)",
        tracked_changes: walker.tracked,
        warnings: Vec::new(),
    })
}

/// The paragraph styles that are the Title style ([`super::is_title_style`]) or based on it,
/// from each style's parent.
fn title_styles(parents: &HashMap<&str, &str>) -> HashSet<String> {
    parents
        .keys()
        .filter(|&&name| {
            let mut current = name;
            for _ in 0..32 {
                if super::is_title_style(current) {
                    return true;
                }
                match parents.get(current) {
                    Some(&parent) if !parent.is_empty() => current = parent,
                    _ => return false,
                }
            }
            false
        })
        .map(|&name| name.to_owned())
        .collect()
}

/// How one list level is numbered.
#[derive(Debug, Clone, Default)]
struct LevelStyle {
    /// `None` for bullets and images; `Some("")` for a number format of none.
    format: Option<String>,
    prefix: String,
    suffix: String,
    display: usize,
    start: i64,
}

fn level_style(style: Option<&Element>, level: usize) -> LevelStyle {
    let Some(style) = style else {
        return LevelStyle {
            format: Some("1".to_owned()),
            suffix: ".".to_owned(),
            display: 1,
            start: 1,
            ..LevelStyle::default()
        };
    };
    let found = style.elements().find(|e| {
        e.attr("text:level")
            .and_then(|l| l.trim().parse::<usize>().ok())
            == Some(level + 1)
    });
    let Some(e) = found else {
        return LevelStyle::default();
    };
    let number = e.name == "text:list-level-style-number" || e.name == "text:outline-level-style";
    LevelStyle {
        format: number.then(|| e.attr("style:num-format").unwrap_or("").to_owned()),
        prefix: e.attr("style:num-prefix").unwrap_or("").to_owned(),
        suffix: e.attr("style:num-suffix").unwrap_or("").to_owned(),
        display: e
            .attr("text:display-levels")
            .and_then(|d| d.trim().parse().ok())
            .unwrap_or(1),
        start: e
            .attr("text:start-value")
            .and_then(|d| d.trim().parse().ok())
            .unwrap_or(1),
    }
}

/// Counts list item (or numbered paragraph) `item` at `level` of a list in `style`: its
/// `text:start-value`, else one more than the level's count (its style's start value for the
/// first), the deeper levels starting again; its label, as [`label`] gives it.
fn count_item(
    item: &Element,
    style: Option<&Element>,
    level: usize,
    counts: &mut [Option<i64>],
) -> Option<String> {
    let start = level_style(style, level).start;
    counts[level] = Some(
        match item
            .attr("text:start-value")
            .and_then(|v| v.trim().parse().ok())
        {
            Some(v) => v,
            None => counts[level].map_or(start, |c| c.saturating_add(1)),
        },
    );
    for c in &mut counts[level + 1..] {
        *c = None;
    }
    label(style, level, counts)
}

/// The label for `level` with the counters `counts`, or `None` when it is not a number.
fn label(style: Option<&Element>, level: usize, counts: &[Option<i64>]) -> Option<String> {
    let this = level_style(style, level);
    let format = this.format.as_deref()?;
    if format.is_empty() {
        return None;
    }
    let first = (level + 1).saturating_sub(this.display.max(1));
    let numbers: Vec<String> = (first..=level)
        .map(|k| {
            let s = level_style(style, k);
            let value = counts.get(k).copied().flatten().unwrap_or(s.start);
            let f = s.format.unwrap_or_default();
            super::format_number(value, if f.is_empty() { "1" } else { &f })
        })
        .collect();
    Some(format!(
        "{}{}{}",
        this.prefix,
        numbers.join("."),
        this.suffix
    ))
}

struct Walker<'a> {
    list_styles: HashMap<String, &'a Element>,
    outline: Option<&'a Element>,
    outline_counts: [i64; LEVELS],
    /// The counters a list of each style ended with, for `text:continue-numbering`.
    last_counts: HashMap<String, Vec<Option<i64>>>,
    /// The counters of the numbered paragraphs of each `text:list-id`.
    paragraph_counts: HashMap<String, Vec<Option<i64>>>,
    blocks: Vec<Block>,
    tracked: bool,
    /// The paragraph styles that are the Title style or based on it ([`title_styles`]).
    title_styles: HashSet<String>,
}

impl<'a> Walker<'a> {
    /// Is paragraph or heading `e` set in the Title style?
    fn is_title(&self, e: &Element) -> bool {
        e.attr("text:style-name")
            .is_some_and(|s| super::is_title_style(s) || self.title_styles.contains(s))
    }

    /// A walker with no block read yet, numbering lists by `list_styles` and headings by
    /// `outline`.
    fn new(list_styles: HashMap<String, &'a Element>, outline: Option<&'a Element>) -> Self {
        Walker {
            list_styles,
            outline,
            outline_counts: [0; LEVELS],
            last_counts: HashMap::new(),
            paragraph_counts: HashMap::new(),
            blocks: Vec::new(),
            tracked: false,
            title_styles: HashSet::new(),
        }
    }

    fn blocks_of(&mut self, parent: &'a Element) {
        for e in parent.elements() {
            match e.name.as_str() {
                "text:p" => self.blocks.push(Block {
                    title: self.is_title(e),
                    ..Block::paragraph(inline(e, false))
                }),
                "text:h" => self.heading(e),
                "text:list" => self.top_list(e),
                "text:tracked-changes" => self.tracked = true,
                "table:table-row" => super::read_table_row(
                    self,
                    e.elements().filter(|c| c.name == "table:table-cell"),
                    |w| &mut w.blocks,
                    Self::blocks_of,
                ),
                "text:numbered-paragraph" => self.numbered_paragraph(e),
                "text:section"
                | "table:table"
                | "table:table-cell"
                | "table:table-header-rows"
                | "table:table-rows"
                | "text:index-body" => self.blocks_of(e),
                // Frames and shapes anchored to the page (written first, whatever page they
                // are on), notes on a cell, indexes, declarations and forms are not the draft.
                _ => {}
            }
        }
    }

    fn heading(&mut self, h: &Element) {
        let level = h
            .attr("text:outline-level")
            .and_then(|l| l.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, LEVELS)
            - 1;
        let header = h.attr("text:is-list-header") == Some("true");
        let mut label_text = None;
        if !header && let Some(outline) = self.outline {
            let style = level_style(Some(outline), level);
            if style.format.as_deref().is_some_and(|f| !f.is_empty()) {
                self.outline_counts[level] = if self.outline_counts[level] == 0 {
                    style.start
                } else {
                    self.outline_counts[level].saturating_add(1)
                };
                for c in &mut self.outline_counts[level + 1..] {
                    *c = 0;
                }
                let counts: Vec<Option<i64>> = self
                    .outline_counts
                    .iter()
                    .map(|&c| (c != 0).then_some(c))
                    .collect();
                label_text = label(Some(outline), level, &counts);
            }
        }
        self.blocks.push(Block {
            text: inline(h, label_text.is_some()),
            label: label_text,
            title: self.is_title(h),
            ..Block::default()
        });
    }

    /// A paragraph numbered on its own (`text:numbered-paragraph`, ODF's other way to number
    /// a paragraph than a list): those of one `text:list-id` count on together, at their
    /// `text:level`, in the list style they name; `text:start-value` restarts the count.
    fn numbered_paragraph(&mut self, e: &'a Element) {
        let level = e
            .attr("text:level")
            .and_then(|l| l.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, LEVELS)
            - 1;
        let style_name = e.attr("text:style-name").unwrap_or("");
        let style = self.list_styles.get(style_name).copied();
        let id = e.attr("text:list-id").unwrap_or(style_name).to_owned();
        let mut counts = self.paragraph_counts.remove(&id).unwrap_or_default();
        counts.resize(LEVELS, None);
        let mut text_label = count_item(e, style, level, &mut counts);
        let mut first = true;
        for child in e.elements() {
            if matches!(child.name.as_str(), "text:p" | "text:h") {
                let label = text_label.take();
                self.blocks.push(Block {
                    text: inline(child, label.is_some()),
                    label,
                    level,
                    listed: first,
                    ..Block::default()
                });
                first = false;
            }
        }
        self.paragraph_counts.insert(id, counts);
    }

    fn top_list(&mut self, list: &'a Element) {
        let style_name = list.attr("text:style-name").unwrap_or("").to_owned();
        let continues = list.attr("text:continue-numbering") == Some("true")
            || list.attr("text:continue-list").is_some();
        let mut counts = if continues {
            self.last_counts
                .get(&style_name)
                .cloned()
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        counts.resize(LEVELS, None);
        let style = self.list_styles.get(&style_name).copied();
        self.list(list, style, 0, &mut counts);
        self.last_counts.insert(style_name, counts);
    }

    fn list(
        &mut self,
        list: &'a Element,
        style: Option<&'a Element>,
        level: usize,
        counts: &mut [Option<i64>],
    ) {
        let level = level.min(LEVELS - 1);
        for item in list.elements() {
            let header = match item.name.as_str() {
                "text:list-item" => false,
                "text:list-header" => true,
                _ => continue,
            };
            let mut first = true;
            for child in item.elements() {
                match child.name.as_str() {
                    "text:p" | "text:h" => {
                        let labelled = first && !header;
                        let mut text_label = None;
                        if labelled {
                            text_label = count_item(item, style, level, counts);
                        }
                        self.blocks.push(Block {
                            text: inline(child, text_label.is_some()),
                            label: text_label,
                            level,
                            listed: labelled,
                            ..Block::default()
                        });
                        first = false;
                    }
                    "text:list" => {
                        let inner = child
                            .attr("text:style-name")
                            .and_then(|n| self.list_styles.get(n).copied())
                            .or(style);
                        self.list(child, inner, level + 1, counts);
                        first = false;
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The text of a paragraph or heading: spans, links, spaces, tabs and line breaks; notes,
/// annotations and frames are left out, and so is the number a word processor keeps as it
/// showed it (`text:number`) when `numbered` (the label is computed from the styles: kept,
/// it would be read twice, `Article 1. Article 1.Purpose`); otherwise it is followed by a space.
fn inline(e: &Element, numbered: bool) -> String {
    let mut out = String::new();
    inline_into(e, numbered, &mut out);
    out
}

fn inline_into(e: &Element, numbered: bool, out: &mut String) {
    for node in &e.children {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => match c.name.as_str() {
                "text:s" => {
                    let n = c
                        .attr("text:c")
                        .and_then(|n| n.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(100);
                    out.push_str(&" ".repeat(n));
                }
                "text:tab" => out.push('\t'),
                "text:line-break" => out.push('\n'),
                "text:note"
                | "office:annotation"
                | "draw:frame"
                | "text:bookmark-ref"
                | "text:tracked-changes" => {}
                "text:number" if numbered => {}
                // (Followed by a space, as the word processor shows it: `1.` `Scope`.)
                "text:number" => {
                    inline_into(c, numbered, out);
                    out.push(' ');
                }
                _ => inline_into(c, numbered, out),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_content(body: &str, styles: &str) -> String {
        let content = format!(
            "<office:document-content><office:automatic-styles>{styles}</office:automatic-styles>\
             <office:body><office:text>{body}</office:text></office:body></office:document-content>"
        );
        let root = xml::parse(&content).unwrap();
        let mut list_styles = HashMap::new();
        let mut outline = None;
        for s in root.child("office:automatic-styles").unwrap().elements() {
            if s.name == "text:outline-style" {
                outline = Some(s);
            } else if let Some(n) = s.attr("style:name") {
                list_styles.insert(n.to_owned(), s);
            }
        }
        let mut w = Walker::new(list_styles, outline);
        w.blocks_of(
            root.child("office:body")
                .unwrap()
                .child("office:text")
                .unwrap(),
        );
        super::super::render(&w.blocks)
    }

    #[test]
    fn numbered_paragraphs_count_on_by_their_list_and_level() {
        // Paragraphs numbered on their own, two lists interleaved, one restarting; a text box
        // anchored to the page (written first, whatever its page) and a table of contents are
        // not read.
        let styles = "<text:list-style style:name=\"P\">\
            <text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>\
            <text:list-level-style-number text:level=\"2\" style:num-format=\"a\" style:num-suffix=\")\"/>\
            </text:list-style>";
        let numbered = |id: &str, level: u8, extra: &str, text: &str| {
            format!(
                "<text:numbered-paragraph text:style-name=\"P\" text:list-id=\"{id}\" \
                 text:level=\"{level}\"{extra}><text:number>9.</text:number><text:p>{text}</text:p>\
                 </text:numbered-paragraph>"
            )
        };
        let body = [
            "<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>".to_owned(),
            numbered("a", 1, "", "Supply"),
            numbered("a", 2, "", "flour"),
            numbered("b", 1, "", "Other list"),
            numbered("a", 1, "", "Price"),
            numbered("a", 1, " text:start-value=\"7\"", "Term"),
            "<draw:frame><draw:text-box><text:p>Boxed remark</text:p></draw:text-box></draw:frame>".to_owned(),
        ]
        .concat();
        let text = read_content(&body, styles);
        assert!(!text.contains("Contents"), "{text}");
        assert!(!text.contains("Boxed remark"), "{text}");
        for line in [
            "1. Supply",
            "a) flour",
            "1. Other list",
            "2. Price",
            "7. Term",
        ] {
            assert!(text.lines().any(|l| l.trim() == line), "{line} in {text}");
        }
    }

    #[test]
    fn list_styles_levels_headers_and_continuation() {
        let styles = "<text:list-style style:name=\"L\">\
            <text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-prefix=\"(\" style:num-suffix=\")\" text:start-value=\"3\"/>\
            <text:list-level-style-number text:level=\"2\" style:num-format=\"i\" style:num-suffix=\".\" text:display-levels=\"2\"/>\
            </text:list-style>";
        let body = "<text:list text:style-name=\"L\"><text:list-header><text:p>Header</text:p></text:list-header>\
            <text:list-item><text:p>three<text:s text:c=\"2\"/>x</text:p><text:list><text:list-item><text:p>sub</text:p></text:list-item></text:list></text:list-item></text:list>\
            <text:p>between</text:p>\
            <text:list text:style-name=\"L\" text:continue-numbering=\"true\"><text:list-item><text:p>four</text:p></text:list-item>\
            <text:list-item text:start-value=\"9\"><text:p>nine</text:p></text:list-item></text:list>\
            <text:list text:style-name=\"L\"><text:list-item><text:p>again</text:p></text:list-item></text:list>";
        assert_eq!(
            read_content(body, styles),
            "Header\n\n(3) three x\n   3.i. sub\n\nbetween\n\n(4) four\n\n(9) nine\n\n(3) again\n"
        );
    }

    #[test]
    fn a_status_table_keeps_each_provision_with_its_status() {
        let row = |cells: &[&str]| {
            let cells: String = cells
                .iter()
                .map(|c| format!("<table:table-cell><text:p>{c}</text:p></table:table-cell>"))
                .collect();
            format!("<table:table-row>{cells}</table:table-row>")
        };
        let body = format!(
            "<table:table><table:table-header-rows>{}</table:table-header-rows>{}{}</table:table>\
             <table:table><table:table-row><table:table-cell><text:p>Layout one</text:p><text:p>Layout two</text:p></table:table-cell></table:table-row></table:table>",
            row(&["No.", "Provision", "Status"]),
            row(&["1", "The army is capped.", "Agreed"]),
            row(&["2.", "Elections follow.", "Not agreed"]),
        );
        assert_eq!(
            read_content(&body, ""),
            "No. | Provision | Status\n\n1 | The army is capped. | Agreed\n\n2. | Elections follow. | Not agreed\n\nLayout one\n\nLayout two\n"
        );
    }

    #[test]
    fn outline_numbered_headings() {
        let styles = "<text:outline-style style:name=\"Outline\">\
            <text:outline-level-style text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>\
            <text:outline-level-style text:level=\"2\" style:num-format=\"1\" text:display-levels=\"2\"/>\
            </text:outline-style>";
        let body = "<text:h text:outline-level=\"1\">Scope</text:h><text:h text:outline-level=\"2\">Terms</text:h>\
            <text:h text:outline-level=\"2\">More</text:h><text:h text:outline-level=\"1\">Rules</text:h>\
            <text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>";
        assert_eq!(
            read_content(body, styles),
            "1. Scope\n\n1.1 Terms\n\n1.2 More\n\n2. Rules\n"
        );
        // The number as the word processor showed it, kept beside the heading's text, is
        // not read again; with no number in the styles, it is the only one.
        let body = "<text:h text:outline-level=\"1\"><text:number>1.</text:number>Scope</text:h>";
        assert_eq!(read_content(body, styles), "1. Scope\n");
        assert_eq!(read_content(body, ""), "1. Scope\n");
    }

    #[test]
    fn a_title_in_the_title_style_goes_over_the_front_matter_above_it() {
        use std::io::Write as _;
        let read_odt = |body: &str| {
            let content = format!(
                "<office:document-content><office:automatic-styles>\
                 <style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Title\"/>\
                 </office:automatic-styles><office:body><office:text>{body}</office:text></office:body>\
                 </office:document-content>"
            );
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content.as_bytes()).unwrap();
            let package = Package::open(zip.finish().unwrap().into_inner()).unwrap();
            read(package).unwrap().text
        };
        // LibreOffice's Title on a heading, and an automatic style based on it.
        for title in [
            "<text:h text:style-name=\"Title\" text:outline-level=\"1\">Safety of nuclear facilities</text:h>",
            "<text:p text:style-name=\"P1\">Safety of nuclear facilities</text:p>",
        ] {
            let body = format!(
                "<text:p>Draft resolution submitted by Calderra (working text)</text:p>{title}\
                 <text:p>The General Assembly,</text:p>"
            );
            assert_eq!(
                read_odt(&body),
                "Safety of nuclear facilities\n\nDraft resolution submitted by Calderra (working text)\n\n\
                 The General Assembly,\n"
            );
        }
        // Under a list, or a paragraph that ends a sentence, it stays where it is.
        let body = "<text:list><text:list-item><text:p>Menu</text:p></text:list-item></text:list>\
                    <text:p text:style-name=\"Title\">Safety</text:p>";
        assert_eq!(read_odt(body), "1. Menu\n\nSafety\n");
    }
}
