//! Word documents (.docx): paragraphs as lines, Word's automatic list numbers computed and made
//! visible, tracked changes read as accepted.
//!
//! Numbering follows the WordprocessingML rules: `w:numPr` on the paragraph or on its style
//! (through `w:basedOn`), `numId` 0 meaning none, `w:num` to `w:abstractNum` (through
//! `w:numStyleLink` when present), one counter per abstract numbering and level starting at
//! `w:start` or the `w:num`'s `w:startOverride`, lower levels reset per `w:lvlRestart`, the label
//! made from `w:lvlText` with `%k` in level k's `w:numFmt` (`w:isLgl` forces decimal). Bullets and
//! `none` are not numbers. Of tracked changes `w:ins`/`w:moveTo` are kept and
//! `w:del`/`w:delText`/`w:moveFrom` dropped; a deleted paragraph advances no counter. One branch
//! of `mc:AlternateContent` is read; field codes are skipped and field results kept.

use std::collections::{HashMap, HashSet};

use super::package::Package;
use super::xml::{self, Element, Node};
use super::{Block, Extracted};

/// Levels Word defines per list.
const LEVELS: usize = 9;

/// Reads an opened .docx package. Errors are short phrases.
pub fn read(mut package: Package) -> Result<Extracted, String> {
    let main = main_part(&mut package)?;
    let document = package
        .text(&main)?
        .ok_or_else(|| format!("the Word document has no part {main}"))?;
    let rels = part_rels(&mut package, &main)?;
    let styles = match rels.get("styles") {
        Some(p) => package.text(p)?,
        None => None,
    };
    let numbering = match rels.get("numbering") {
        Some(p) => package.text(p)?,
        None => None,
    };
    let styles = match styles {
        Some(s) => Styles::from_xml(&parse_part(&s, "styles")?),
        None => Styles::default(),
    };
    let numbering = match numbering {
        Some(n) => Numbering::from_xml(&parse_part(&n, "numbering")?),
        None => Numbering::default(),
    };
    let document = parse_part(&document, "document")?;
    let body = document
        .child("w:body")
        .ok_or("the Word document has no body")?;
    let mut walker = Walker {
        styles: &styles,
        numbering: &numbering,
        counters: Counters::default(),
        blocks: Vec::new(),
        tracked: false,
        carried: String::new(),
    };
    walker.blocks_of(body);
    if !walker.carried.trim().is_empty() {
        let text = std::mem::take(&mut walker.carried);
        walker.blocks.push(Block::paragraph(text));
    }
    super::title_first(&mut walker.blocks);
    Ok(Extracted {
        text: super::render(&walker.blocks),
        format: "Word document (.docx)",
        tracked_changes: walker.tracked,
        warnings: Vec::new(),
    })
}

fn parse_part(text: &str, what: &str) -> Result<Element, String> {
    xml::parse(text).map_err(|e| format!("{what} part: {e}"))
}

/// The main document part named by `_rels/.rels` (`word/document.xml` by default).
fn main_part(package: &mut Package) -> Result<String, String> {
    if let Some(rels) = package.text("_rels/.rels")? {
        let root = parse_part(&rels, "relationships")?;
        for rel in root.elements() {
            if rel
                .attr("Type")
                .is_some_and(|t| t.ends_with("/officeDocument"))
                && let Some(target) = rel.attr("Target")
            {
                return Ok(target.trim_start_matches('/').to_owned());
            }
        }
    }
    Ok("word/document.xml".to_owned())
}

/// The styles and numbering parts related to `main`, by relationship type suffix.
fn part_rels(package: &mut Package, main: &str) -> Result<HashMap<&'static str, String>, String> {
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main));
    let rels_name = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let mut out = HashMap::new();
    let join = |target: &str| {
        if let Some(abs) = target.strip_prefix('/') {
            abs.to_owned()
        } else if dir.is_empty() {
            target.to_owned()
        } else {
            format!("{dir}/{target}")
        }
    };
    match package.text(&rels_name)? {
        Some(rels) => {
            let root = parse_part(&rels, "relationships")?;
            for rel in root.elements() {
                let (Some(kind), Some(target)) = (rel.attr("Type"), rel.attr("Target")) else {
                    continue;
                };
                for key in ["styles", "numbering"] {
                    if kind.rsplit('/').next() == Some(key) {
                        out.insert(key, join(target));
                    }
                }
            }
        }
        None => {
            out.insert("styles", join("styles.xml"));
            out.insert("numbering", join("numbering.xml"));
        }
    }
    Ok(out)
}

/// Paragraph styles: what each is based on and the numbering it carries.
#[derive(Debug, Default)]
struct Styles {
    by_id: HashMap<String, Style>,
}

#[derive(Debug, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
    /// Whether the style is Word's Title style (by its name, which Word does not translate).
    title: bool,
}

impl Styles {
    fn from_xml(root: &Element) -> Self {
        let mut by_id = HashMap::new();
        for s in root.elements().filter(|e| e.name == "w:style") {
            let Some(id) = s.attr("w:styleId") else {
                continue;
            };
            let num_pr = s.child("w:pPr").and_then(|p| p.child("w:numPr"));
            by_id.insert(
                id.to_owned(),
                Style {
                    based_on: s.child_attr("w:basedOn", "w:val").map(str::to_owned),
                    num_id: num_pr
                        .and_then(|n| n.child_attr("w:numId", "w:val"))
                        .map(str::to_owned),
                    ilvl: num_pr
                        .and_then(|n| n.child_attr("w:ilvl", "w:val"))
                        .and_then(|v| v.trim().parse().ok()),
                    title: super::is_title_style(id)
                        || s.child_attr("w:name", "w:val")
                            .is_some_and(super::is_title_style),
                },
            );
        }
        Styles { by_id }
    }

    /// Is style `id` the Title style or based on it?
    fn title(&self, id: &str) -> bool {
        let mut current = Some(id);
        for _ in 0..32 {
            let Some(style) = current.and_then(|c| self.by_id.get(c)) else {
                return false;
            };
            if style.title {
                return true;
            }
            current = style.based_on.as_deref();
        }
        false
    }

    /// The numbering of style `id` or the nearest style it is based on that has one.
    fn numbering(&self, id: &str) -> Option<(String, Option<usize>)> {
        let mut current = Some(id);
        for _ in 0..32 {
            let style = self.by_id.get(current?)?;
            if let Some(num) = &style.num_id {
                return Some((num.clone(), style.ilvl));
            }
            current = style.based_on.as_deref();
        }
        None
    }
}

/// One level of a list definition.
#[derive(Debug, Clone)]
struct Level {
    start: i64,
    format: String,
    text: Option<String>,
    /// `w:lvlRestart`: restart after a level up to this (1-based) one is used; 0 never.
    restart: Option<usize>,
    legal: bool,
    style: Option<String>,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            format: "decimal".to_owned(),
            text: None,
            restart: None,
            legal: false,
            style: None,
        }
    }
}

impl Level {
    fn from_xml(e: &Element) -> Self {
        let val = |name: &str| e.child_attr(name, "w:val");
        Level {
            start: val("w:start")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(1),
            format: val("w:numFmt").unwrap_or("decimal").to_owned(),
            text: val("w:lvlText").map(str::to_owned),
            restart: val("w:lvlRestart").and_then(|v| v.trim().parse().ok()),
            legal: e
                .child("w:isLgl")
                .is_some_and(|l| !matches!(l.attr("w:val"), Some("0" | "false" | "off"))),
            style: val("w:pStyle").map(str::to_owned),
        }
    }

    fn is_number(&self) -> bool {
        !matches!(self.format.as_str(), "bullet" | "none")
    }
}

fn level_index(e: &Element) -> Option<usize> {
    e.attr("w:ilvl")
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&l| l < LEVELS)
}

#[derive(Debug, Default)]
struct Abstract {
    levels: Vec<Level>,
    num_style_link: Option<String>,
}

#[derive(Debug, Default)]
struct Num {
    abstract_id: String,
    start_overrides: Vec<(usize, i64)>,
    level_overrides: Vec<(usize, Level)>,
}

#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<String, Num>,
}

impl Numbering {
    fn from_xml(root: &Element) -> Self {
        let mut n = Numbering::default();
        for e in root.elements() {
            match e.name.as_str() {
                "w:abstractNum" => {
                    let Some(id) = e.attr("w:abstractNumId") else {
                        continue;
                    };
                    let mut levels = vec![Level::default(); LEVELS];
                    for lvl in e.elements().filter(|l| l.name == "w:lvl") {
                        if let Some(k) = level_index(lvl) {
                            levels[k] = Level::from_xml(lvl);
                        }
                    }
                    n.abstracts.insert(
                        id.to_owned(),
                        Abstract {
                            levels,
                            num_style_link: e
                                .child_attr("w:numStyleLink", "w:val")
                                .map(str::to_owned),
                        },
                    );
                }
                "w:num" => {
                    let (Some(id), Some(abs)) =
                        (e.attr("w:numId"), e.child_attr("w:abstractNumId", "w:val"))
                    else {
                        continue;
                    };
                    let mut num = Num {
                        abstract_id: abs.to_owned(),
                        ..Num::default()
                    };
                    for o in e.elements().filter(|o| o.name == "w:lvlOverride") {
                        let Some(k) = level_index(o) else { continue };
                        if let Some(s) = o
                            .child_attr("w:startOverride", "w:val")
                            .and_then(|v| v.trim().parse().ok())
                        {
                            num.start_overrides.push((k, s));
                        }
                        if let Some(lvl) = o.child("w:lvl") {
                            num.level_overrides.push((k, Level::from_xml(lvl)));
                        }
                    }
                    n.nums.insert(id.to_owned(), num);
                }
                _ => {}
            }
        }
        n
    }

    /// The abstract numbering behind `num_id` (following `w:numStyleLink`) and the num itself.
    fn resolve<'a>(&'a self, num_id: &str, styles: &Styles) -> Option<(&'a str, &'a Num)> {
        let num = self.nums.get(num_id)?;
        let mut abs_id = num.abstract_id.as_str();
        for _ in 0..4 {
            let abs = self.abstracts.get(abs_id)?;
            let Some(link) = &abs.num_style_link else {
                break;
            };
            let (linked, _) = styles.numbering(link)?;
            abs_id = self.nums.get(&linked)?.abstract_id.as_str();
        }
        self.abstracts.get(abs_id)?;
        Some((abs_id, num))
    }

    fn level<'a>(&'a self, abs_id: &str, num: &'a Num, k: usize) -> Option<&'a Level> {
        if let Some((_, l)) = num.level_overrides.iter().find(|(i, _)| *i == k) {
            return Some(l);
        }
        self.abstracts.get(abs_id)?.levels.get(k)
    }
}

/// Counters per abstract numbering and level.
#[derive(Debug, Default)]
struct Counters {
    values: HashMap<String, [Option<i64>; LEVELS]>,
    starts: HashMap<String, [Option<i64>; LEVELS]>,
    used_nums: HashSet<String>,
}

struct Walker<'a> {
    styles: &'a Styles,
    numbering: &'a Numbering,
    counters: Counters,
    blocks: Vec<Block>,
    tracked: bool,
    /// Text of paragraphs whose mark was deleted: joined to the next paragraph.
    carried: String,
}

impl Walker<'_> {
    /// Block-level content: paragraphs, tables, content controls.
    fn blocks_of(&mut self, parent: &Element) {
        for e in parent.elements() {
            match e.name.as_str() {
                "w:p" => self.paragraph(e),
                "w:tbl" => {
                    for row in e.elements().filter(|r| r.name == "w:tr") {
                        super::read_table_row(
                            self,
                            row.elements().filter(|c| c.name == "w:tc"),
                            |w| &mut w.blocks,
                            Self::blocks_of,
                        );
                    }
                }
                "w:sdt" => {
                    if let Some(content) = e.child("w:sdtContent") {
                        self.blocks_of(content);
                    }
                }
                "w:customXml" | "w:ins" | "w:moveTo" => {
                    if e.name != "w:customXml" {
                        self.tracked = true;
                    }
                    self.blocks_of(e);
                }
                "w:del" | "w:moveFrom" => self.tracked = true,
                "mc:AlternateContent" => {
                    if let Some(branch) = one_branch(e) {
                        self.blocks_of(branch);
                    }
                }
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: &Element) {
        let ppr = p.child("w:pPr");
        let mut text = std::mem::take(&mut self.carried);
        let mut boxes = Vec::new();
        let mut fields = Vec::new();
        self.inline(p, &mut text, &mut boxes, &mut fields);
        let mark_deleted = ppr
            .and_then(|p| p.child("w:rPr"))
            .is_some_and(|r| r.child("w:del").is_some() || r.child("w:moveFrom").is_some());
        if mark_deleted {
            // Accepting the deletion of a paragraph mark joins the paragraph to the next one;
            // the paragraph is not numbered on its own.
            self.tracked = true;
            self.carried = text;
        } else {
            let (label, level, listed) = match self.number(ppr) {
                Some((label, level)) => (label, level, true),
                None => (None, 0, false),
            };
            if !text.trim().is_empty() || label.is_some() {
                let title = ppr
                    .and_then(|p| p.child_attr("w:pStyle", "w:val"))
                    .is_some_and(|s| self.styles.title(s));
                self.blocks.push(Block {
                    text,
                    label,
                    level,
                    listed,
                    title,
                });
            }
        }
        for b in boxes {
            self.blocks_of(b);
        }
    }

    /// Inline content of a paragraph into `out`; text boxes found go to `boxes`.
    /// `fields` is the stack of open complex fields (true while in the field's code part).
    fn inline<'e>(
        &mut self,
        parent: &'e Element,
        out: &mut String,
        boxes: &mut Vec<&'e Element>,
        fields: &mut Vec<bool>,
    ) {
        for node in &parent.children {
            let Node::Element(e) = node else { continue };
            let in_code = fields.last().copied().unwrap_or(false);
            match e.name.as_str() {
                "w:t" if !in_code => {
                    for c in &e.children {
                        if let Node::Text(t) = c {
                            out.push_str(t);
                        }
                    }
                }
                "w:tab" | "w:ptab" if !in_code && parent.name == "w:r" => out.push('\t'),
                "w:br" | "w:cr" if !in_code => out.push('\n'),
                "w:noBreakHyphen" if !in_code => out.push('-'),
                "w:fldChar" => match e.attr("w:fldCharType") {
                    Some("begin") => fields.push(true),
                    Some("separate") => {
                        if let Some(top) = fields.last_mut() {
                            *top = false;
                        }
                    }
                    Some("end") => {
                        fields.pop();
                    }
                    _ => {}
                },
                "w:r" | "w:hyperlink" | "w:smartTag" | "w:fldSimple" | "w:customXml" | "w:bdo"
                | "w:dir" => self.inline(e, out, boxes, fields),
                "w:sdt" => {
                    if let Some(content) = e.child("w:sdtContent") {
                        self.inline(content, out, boxes, fields);
                    }
                }
                "w:ins" | "w:moveTo" => {
                    self.tracked = true;
                    self.inline(e, out, boxes, fields);
                }
                "w:del" | "w:moveFrom" => self.tracked = true,
                "mc:AlternateContent" => {
                    if let Some(branch) = one_branch(e) {
                        self.inline(branch, out, boxes, fields);
                    }
                }
                "w:drawing" | "w:pict" | "w:object" => text_boxes(e, boxes),
                "w:txbxContent" => boxes.push(e),
                _ => {}
            }
        }
    }

    /// The paragraph's list label and level, if it is a list item (bullets have no label).
    fn number(&mut self, ppr: Option<&Element>) -> Option<(Option<String>, usize)> {
        let own = ppr.and_then(|p| p.child("w:numPr"));
        let style_id = ppr.and_then(|p| p.child_attr("w:pStyle", "w:val"));
        let from_style = style_id.and_then(|s| self.styles.numbering(s));
        let own_num = own.and_then(|n| n.child_attr("w:numId", "w:val"));
        let own_ilvl = own
            .and_then(|n| n.child_attr("w:ilvl", "w:val"))
            .and_then(|v| v.trim().parse::<usize>().ok());
        let (num_id, ilvl) = match (own_num, &from_style) {
            (Some(n), _) => (n.to_owned(), own_ilvl),
            (None, Some((n, l))) => (n.clone(), own_ilvl.or(*l)),
            (None, None) => return None,
        };
        if num_id.trim() == "0" {
            return None;
        }
        let (abs_id, num) = self.numbering.resolve(&num_id, self.styles)?;
        let ilvl = match ilvl {
            Some(l) => l,
            None => style_id
                .and_then(|s| {
                    self.numbering
                        .abstracts
                        .get(abs_id)
                        .and_then(|a| a.levels.iter().position(|l| l.style.as_deref() == Some(s)))
                })
                .unwrap_or(0),
        }
        .min(LEVELS - 1);
        let level = self.numbering.level(abs_id, num, ilvl)?;
        if !level.is_number() {
            return Some((None, ilvl));
        }
        let counters = &mut self.counters;
        if counters.used_nums.insert(num_id.clone()) && !num.start_overrides.is_empty() {
            let values = counters.values.entry(abs_id.to_owned()).or_default();
            let starts = counters.starts.entry(abs_id.to_owned()).or_default();
            for &(k, s) in &num.start_overrides {
                values[k] = None;
                starts[k] = Some(s);
            }
        }
        let starts = counters.starts.get(abs_id).copied().unwrap_or_default();
        let start_of = |k: usize| {
            starts[k].unwrap_or_else(|| self.numbering.level(abs_id, num, k).map_or(1, |l| l.start))
        };
        let values = counters.values.entry(abs_id.to_owned()).or_default();
        values[ilvl] = Some(match values[ilvl] {
            Some(v) => v.saturating_add(1),
            None => start_of(ilvl),
        });
        for (k, value) in values.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = self.numbering.level(abs_id, num, k).and_then(|l| l.restart);
            let reset = match restart {
                Some(0) => false,
                Some(r) => ilvl < r,
                None => true,
            };
            if reset {
                *value = None;
            }
        }
        let values = *values;
        let template = level.text.clone().unwrap_or_default();
        let mut label = String::new();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%'
                && let Some(d) = chars.peek().and_then(|d| d.to_digit(10))
                && (1..=LEVELS as u32).contains(&d)
            {
                chars.next();
                let k = d as usize - 1;
                let value = values[k].unwrap_or_else(|| start_of(k));
                let format = if level.legal {
                    "decimal"
                } else {
                    self.numbering
                        .level(abs_id, num, k)
                        .map_or("decimal", |l| l.format.as_str())
                };
                label.push_str(&super::format_number(value, format));
            } else {
                label.push(c);
            }
        }
        let label = label.trim().to_owned();
        Some(((!label.is_empty()).then_some(label), ilvl))
    }
}

/// The branch of an `mc:AlternateContent` to read: the first `mc:Choice`, else `mc:Fallback`.
fn one_branch(e: &Element) -> Option<&Element> {
    e.child("mc:Choice").or_else(|| e.child("mc:Fallback"))
}

/// Text boxes (`w:txbxContent`) inside a drawing, reading one branch of alternate content.
fn text_boxes<'e>(e: &'e Element, out: &mut Vec<&'e Element>) {
    for child in e.elements() {
        match child.name.as_str() {
            "w:txbxContent" => out.push(child),
            "mc:AlternateContent" => {
                if let Some(branch) = one_branch(child) {
                    text_boxes(branch, out);
                }
            }
            _ => text_boxes(child, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    const W: &str = "xmlns:w=\"w\" xmlns:mc=\"mc\"";

    fn package(parts: &[(&str, String)]) -> Package {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, data) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(data.as_bytes()).unwrap();
        }
        Package::open(zip.finish().unwrap().into_inner()).unwrap()
    }

    /// Reads a document body with the given numbering definitions and styles.
    fn text(body: &str, numbering: &str, styles: &str) -> Extracted {
        read(package(&[
            (
                "word/document.xml",
                format!("<w:document {W}><w:body>{body}</w:body></w:document>"),
            ),
            (
                "word/numbering.xml",
                format!("<w:numbering {W}>{numbering}</w:numbering>"),
            ),
            (
                "word/styles.xml",
                format!("<w:styles {W}>{styles}</w:styles>"),
            ),
        ]))
        .unwrap()
    }

    fn p(ppr: &str, text: &str) -> String {
        format!("<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
    }

    fn num(id: u32, ilvl: u32) -> String {
        format!("<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{id}\"/></w:numPr>")
    }

    fn lvl(ilvl: u32, fmt: &str, text: &str, extra: &str) -> String {
        format!(
            "<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{fmt}\"/><w:lvlText w:val=\"{text}\"/>{extra}</w:lvl>"
        )
    }

    #[test]
    fn numbering_levels_styles_overrides_and_restarts() {
        let numbering = format!(
            "<w:abstractNum w:abstractNumId=\"0\">{}{}{}</w:abstractNum>\
             <w:abstractNum w:abstractNumId=\"1\">{}</w:abstractNum>\
             <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>\
             <w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>\
               <w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>\
             <w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>",
            lvl(0, "upperRoman", "Article %1", ""),
            lvl(1, "lowerLetter", "%2)", ""),
            lvl(
                2,
                "lowerRoman",
                "%1.%2.%3",
                "<w:isLgl/><w:lvlRestart w:val=\"1\"/>"
            ),
            lvl(0, "bullet", "•", ""),
        );
        let styles = "<w:style w:styleId=\"Base\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>\
                      <w:style w:styleId=\"Item\"><w:basedOn w:val=\"Base\"/></w:style>";
        let body = [
            p("<w:pStyle w:val=\"Item\"/>", "one"),
            p(&num(1, 1), "sub"),
            p(&num(1, 2), "deep"),
            p(&num(1, 1), "sub two"),
            // Level 3 restarts only after level 1 (w:lvlRestart 1), not after "sub two".
            p(&num(1, 2), "deep two"),
            p(
                "<w:pStyle w:val=\"Item\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>",
                "not numbered",
            ),
            p("<w:pStyle w:val=\"Item\"/>", "two"),
            p(&num(3, 0), "bullet"),
            p(&num(2, 0), "restarted"),
            p(&num(1, 0), "continues"),
        ]
        .concat();
        assert_eq!(
            text(&body, &numbering, styles).text,
            "Article I one\n   a) sub\n      1.1.1 deep\n   b) sub two\n      1.2.2 deep two\n\n\
             not numbered\n\nArticle II two\n   - bullet\n\nArticle X restarted\n\nArticle XI continues\n"
        );
    }

    #[test]
    fn tracked_changes_fields_alternate_content_and_tables() {
        let numbering = format!(
            "<w:abstractNum w:abstractNumId=\"0\">{}</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            lvl(0, "decimal", "%1.", "")
        );
        let body = [
            p(&num(1, 0), "First"),
            // A deleted paragraph: no number taken.
            format!(
                "<w:p><w:pPr>{}<w:rPr><w:del/></w:rPr></w:pPr><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>",
                num(1, 0)
            ),
            format!(
                "<w:p><w:pPr>{}</w:pPr><w:r><w:t>Sec</w:t></w:r><w:ins><w:r><w:t>ond</w:t></w:r></w:ins>\
                 <w:del><w:r><w:delText> old</w:delText></w:r></w:del><w:moveFrom><w:r><w:t> moved away</w:t></w:r></w:moveFrom>\
                 <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
                 <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t> shown</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
                 <w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
                 <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
                num(1, 0)
            ),
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>cell b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>".to_owned(),
            p(&num(1, 0), "Third"),
        ]
        .concat();
        let read = text(&body, &numbering, "");
        assert!(read.tracked_changes);
        assert_eq!(
            read.text,
            "1. First\n\n2. Second shown\n\nboxed\n\ncell a | cell b\n\n3. Third\n"
        );
    }

    #[test]
    fn num_style_link_and_level_from_style() {
        // abstractNum 1 points at the numbering style "Outline", whose num 5 uses abstractNum 0.
        let numbering = format!(
            "<w:abstractNum w:abstractNumId=\"0\">{}{}</w:abstractNum>\
             <w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"Outline\"/></w:abstractNum>\
             <w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>\
             <w:num w:numId=\"6\"><w:abstractNumId w:val=\"1\"/></w:num>",
            lvl(0, "decimalZero", "%1.", "<w:pStyle w:val=\"H1\"/>"),
            lvl(1, "upperLetter", "(%2)", "<w:pStyle w:val=\"H2\"/>"),
        );
        let styles = "<w:style w:styleId=\"Outline\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:style>\
                      <w:style w:styleId=\"H1\"><w:pPr><w:numPr><w:numId w:val=\"6\"/></w:numPr></w:pPr></w:style>\
                      <w:style w:styleId=\"H2\"><w:pPr><w:numPr><w:numId w:val=\"6\"/></w:numPr></w:pPr></w:style>";
        let body = [
            p("<w:pStyle w:val=\"H1\"/>", "Scope"),
            p("<w:pStyle w:val=\"H2\"/>", "Terms"),
            p("<w:pStyle w:val=\"H1\"/>", "Rules"),
        ]
        .concat();
        assert_eq!(
            text(&body, &numbering, styles).text,
            "01. Scope\n   (A) Terms\n\n02. Rules\n"
        );
    }

    #[test]
    fn a_title_in_the_title_style_goes_over_the_front_matter_above_it() {
        // Word's Title style by its name (its id translated), and a style based on it.
        let styles = "<w:style w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>\
                      <w:style w:styleId=\"DraftTitle\"><w:basedOn w:val=\"Titel\"/></w:style>";
        let body = [
            p("", "DRAFT: not for circulation"),
            p("", "Submitted by Calderra and Ostmark (working text)"),
            p(
                "<w:pStyle w:val=\"DraftTitle\"/>",
                "Safety of nuclear facilities",
            ),
            p("", "The Parties agree as follows:"),
        ]
        .concat();
        assert_eq!(
            text(&body, "", styles).text,
            "Safety of nuclear facilities\n\nDRAFT: not for circulation\n\n\
             Submitted by Calderra and Ostmark (working text)\n\nThe Parties agree as follows:\n"
        );
        // Above a sentence (a cover note), or in no Title style, the order stays.
        let body = [
            p("", "We send the text as agreed."),
            p(
                "<w:pStyle w:val=\"Titel\"/>",
                "Safety of nuclear facilities",
            ),
        ]
        .concat();
        assert_eq!(
            text(&body, "", styles).text,
            "We send the text as agreed.\n\nSafety of nuclear facilities\n"
        );
        // A kind of text in capitals in the Title style stays over its subject, under the
        // bill's cover.
        let body = [
            p("", "Проект"),
            p("<w:pStyle w:val=\"Titel\"/>", "ЗАКОН УКРАЇНИ"),
            p("", "Про публічні закупівлі"),
        ]
        .concat();
        assert_eq!(
            text(&body, "", styles).text,
            "Проект\n\nЗАКОН УКРАЇНИ\n\nПро публічні закупівлі\n"
        );
        let body = [
            p("", "Unofficial translation"),
            p(
                "<w:pStyle w:val=\"Heading1\"/>",
                "Safety of nuclear facilities",
            ),
        ]
        .concat();
        assert_eq!(
            text(&body, "", styles).text,
            "Unofficial translation\n\nSafety of nuclear facilities\n"
        );
    }
}
