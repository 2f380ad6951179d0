//! Web pages (.html, .htm): the main content as paragraphs, ordered lists numbered as a browser
//! numbers them.
//!
//! Parsed with `scraper` (html5ever), walked by hand: the first `main` (else the `article`
//! with the most points, or the first with a good part of the longest one's text, else
//! `body`) is read; `script`,
//! `style`, `template`, `nav`, `footer`, `noscript`, elements marked `hidden`, the site's
//! navigation inside the story (breadcrumbs, a trail of links above the headline) and `aside`
//! boxes made mostly of links (related stories) are not. The headline goes above the short
//! lines over it (a rubric, a date), so that it is the draft's first line. Struck text (`del`, `s`, `strike`)
//! is written as Markdown strikes it, `~~noon~~`, for the parser to read as deleted. `ol` items are numbered per HTML: `start`, `reversed`, `value` and
//! `type` (`1`, `a`, `A`, `i`, `I`); `ul` items are bullets. html5ever's time grows with the
//! square of the nesting depth, so a page nested deeper than [`MAX_DEPTH`] is refused before
//! parsing.

use scraper::{ElementRef, Html, Node};

use super::{Block, Extracted};

/// The deepest element nesting read (browsers flatten past a few hundred levels too).
pub const MAX_DEPTH: usize = 512;

/// Elements whose content is never part of the draft (a picture's caption, `figcaption`, is
/// the page's: `2. Map of the zone` under a map between points 1 and 2 was a point `2`).
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "template",
    "nav",
    "footer",
    "noscript",
    "head",
    "svg",
    "canvas",
    "iframe",
    "object",
    "button",
    "select",
    "textarea",
    "figcaption",
];

/// Elements that start a paragraph of their own.
pub(super) const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "header",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "address",
    "hr",
    "details",
    "summary",
    "form",
    "fieldset",
    "center",
];

/// Reads the text of a web page. Errors are short phrases.
pub fn read(source: &str) -> Result<Extracted, String> {
    let depth = nesting_depth(source);
    if depth > MAX_DEPTH {
        return Err(format!(
            "the web page nests elements more than {MAX_DEPTH} deep"
        ));
    }
    let document = Html::parse_document(source);
    let root = document.root_element();
    let content = first(root, "main")
        .or_else(|| longest_article(root))
        .or_else(|| first(root, "body"))
        .unwrap_or(root);
    let mut walker = Walker {
        titled: first(content, "h1").is_some(),
        ..Walker::default()
    };
    walker.element(content, 0);
    walker.flush();
    walker.links_after();
    walker.headline_first();
    Ok(Extracted {
        text: super::render(&walker.blocks),
        format: "web page (.html)",
        tracked_changes: false,
        warnings: Vec::new(),
    })
}

/// Elements whose end tag may be left out; they do not count towards the nesting estimate.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Void elements: no content, no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// An estimate of the deepest nesting, from the tags alone (before the costly parse).
fn nesting_depth(source: &str) -> usize {
    let bytes = source.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_len = bytes[name_start.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let name = source[name_start..name_start + name_len].to_ascii_lowercase();
        if OPTIONAL_END.contains(&name.as_str()) || VOID.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let end = bytes[i..].iter().position(|&b| b == b'>').map(|p| i + p);
            let self_closing = end.is_some_and(|e| e > i && bytes[e - 1] == b'/');
            if !self_closing {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    deepest
}

/// The `article` that holds the draft: the one with the most points (list items, paragraphs
/// that start with a number), else the first with a good part of the longest one's text.
/// News pages put teaser cards of other stories (`<article class="teaser">`, a headline and
/// a line) before the story itself, and the first was a headline; a page saved after
/// scrolling holds the next story, maybe longer, after it.
fn longest_article(root: ElementRef<'_>) -> Option<ElementRef<'_>> {
    const SHARE: usize = 4;
    let mut articles = Vec::new();
    collect(root, "article", 0, &mut articles);
    let sizes: Vec<Visible> = articles.iter().map(|&a| visible(a, 0)).collect();
    let most_points = sizes.iter().map(|v| v.points).max()?;
    if most_points > 0 {
        return articles
            .into_iter()
            .zip(&sizes)
            .find(|(_, v)| v.points == most_points)
            .map(|(a, _)| a);
    }
    let longest = sizes.iter().map(|v| v.text).max()?;
    articles
        .into_iter()
        .zip(sizes)
        .find(|(_, v)| v.text * SHARE >= longest)
        .map(|(a, _)| a)
}

/// What a reader sees of an element: how much text (not in skipped or hidden elements), how
/// much of it is the text of links, and how many points (list items, paragraphs that start
/// with a number).
#[derive(Default)]
struct Visible {
    text: usize,
    links: usize,
    points: usize,
}

fn visible(e: ElementRef<'_>, depth: usize) -> Visible {
    let name = e.value().name();
    let mut v = Visible::default();
    if unread(e, depth) {
        return v;
    }
    for child in e.children() {
        if let Node::Text(t) = child.value() {
            v.text += t.trim().len();
        } else if let Some(c) = ElementRef::wrap(child) {
            let inner = visible(c, depth + 1);
            v.text += inner.text;
            v.links += inner.links;
            v.points += inner.points;
        }
    }
    if name == "a" {
        v.links = v.text;
    }
    let numbered = || {
        e.text()
            .next()
            .is_some_and(|t| t.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    };
    if name == "li" || (name == "p" && numbered()) {
        v.points += 1;
    }
    v
}

/// Elements whose text is struck through: deleted in the draft.
const STRUCK: &[&str] = &["del", "s", "strike"];

/// Is `e` an `aside` of links (`Read also` boxes, related stories), not a fact box whose text
/// is the story's (the plan's key points), or a bar of buttons to share the page, marked so
/// ([`SHARE_MARKS`]: `<div class="share-bar">` of `Share on Facebook`, `Email`, `Copy
/// link`), which a page may set above its headline?
fn is_link_box(e: ElementRef<'_>, depth: usize) -> bool {
    if e.value().name() == "aside" {
        let v = visible(e, depth);
        return v.links * 2 >= v.text;
    }
    // A bar of buttons: a block marked so, of two links or more and nothing else (not a
    // header that holds the headline beside its buttons, nor a link marked `shared-doc`).
    let marked = ["class", "id"].iter().any(|a| {
        e.value()
            .attr(a)
            .is_some_and(|t| SHARE_MARKS.iter().any(|w| marked_as(t, w)))
    });
    if !marked || !BLOCKS.contains(&e.value().name()) {
        return false;
    }
    let links = e
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|d| d.value().name() == "a")
        .count();
    let headed = e
        .descendants()
        .filter_map(ElementRef::wrap)
        .any(|d| matches!(d.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
    let v = visible(e, depth);
    links >= 2 && !headed && v.links >= v.text
}

/// A site's marks of its buttons to share a page.
const SHARE_MARKS: &[&[u8]] = &[b"share", b"social"];

/// Every element named `name` at or below `e`, outermost only (one inside another is part
/// of it), in document order, not looking past the cap.
fn collect<'a>(e: ElementRef<'a>, name: &str, depth: usize, out: &mut Vec<ElementRef<'a>>) {
    if e.value().name() == name {
        out.push(e);
        return;
    }
    if depth > MAX_DEPTH || SKIPPED.contains(&e.value().name()) {
        return;
    }
    for c in e.children().filter_map(ElementRef::wrap) {
        collect(c, name, depth + 1, out);
    }
}

/// The first element named `name` at or below `root`, in document order.
fn first<'a>(root: ElementRef<'a>, name: &str) -> Option<ElementRef<'a>> {
    let mut found = Vec::new();
    collect(root, name, 0, &mut found);
    found.into_iter().next()
}

/// Is `e` never read: past the depth cap, an element whose content is not the draft's,
/// marked `hidden`, or the page's navigation ([`navigation`])?
fn unread(e: ElementRef<'_>, depth: usize) -> bool {
    depth > MAX_DEPTH
        || SKIPPED.contains(&e.value().name())
        || e.value().attr("hidden").is_some()
        || navigation(e)
}

/// Is `e` the page's navigation though no `nav` element: `role="navigation"`, or a trail of
/// links marked as breadcrumbs (`class="breadcrumbs"`, `aria-label="Breadcrumb"`,
/// schema.org's `BreadcrumbList`), which news pages set inside the story, over its headline?
/// Read, its `ol` numbered the sections of the site as points (`1. Home`, `2. News`).
fn navigation(e: ElementRef<'_>) -> bool {
    let v = e.value();
    let marked = v
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("navigation"))
        || ["class", "id", "aria-label", "itemtype"]
            .iter()
            .any(|a| v.attr(a).is_some_and(|t| marked_as(t, b"breadcrumb")));
    // Only a small element: a page's wrapper may name its breadcrumbs bar in its class
    // (`<body class="has-breadcrumbs">`) and hold the story.
    marked && {
        let mut budget = LINK_ITEM_NODES;
        let (mut text, mut links) = (0, 0);
        link_text(e, false, 0, &mut budget, &mut text, &mut links) && text <= TRAIL_BYTES
    }
}

/// Most bytes of text of an element taken for the site's navigation ([`navigation`]).
const TRAIL_BYTES: usize = 200;

/// Does an attribute's value name `what`, in any case (`class="breadcrumbs"`)?
fn marked_as(value: &str, what: &[u8]) -> bool {
    value
        .as_bytes()
        .windows(what.len())
        .any(|w| w.eq_ignore_ascii_case(what))
}

/// A site's marks of a list of links after a story (its tags, related stories, links to
/// share it): only a list so marked, or inside an element so marked, is left out after the
/// last point; a list of links with no such mark may be the draft's own (its annexes).
const SITE_LISTS: &[&[u8]] = &[
    b"tag", b"related", b"share", b"topic", b"keyword", b"social", b"more-", b"read-",
];

/// Is `e`, or an element it stands in, marked as a site's list ([`SITE_LISTS`])?
fn site_list(e: ElementRef<'_>) -> bool {
    std::iter::successors(Some(e), |el| el.parent().and_then(ElementRef::wrap))
        .take(4)
        .any(|el| {
            ["class", "id"].iter().any(|a| {
                el.value()
                    .attr(a)
                    .is_some_and(|t| SITE_LISTS.iter().any(|w| marked_as(t, w)))
            })
        })
}

/// Is list `e` a list of links: at least two items, each wholly a link (a breadcrumb, a
/// menu of sections, a story's tags, related stories)? Above the story's headline it is the
/// site's and not read; after the story's last point, when the site marks it as its own
/// ([`site_list`]), it is left out ([`Walker::links_after`]).
fn link_list(e: ElementRef<'_>, depth: usize) -> bool {
    let mut items = e
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|c| c.value().name() == "li")
        .peekable();
    let mut count = 0;
    items.peek().is_some()
        && items.all(|li| {
            count += 1;
            let mut budget = LINK_ITEM_NODES;
            let (mut text, mut links) = (0, 0);
            link_text(li, false, depth + 1, &mut budget, &mut text, &mut links)
                && text > 0
                && links == text
        })
        && count >= 2
}

/// Most nodes read of a list item to tell whether it is wholly a link ([`link_list`]): a
/// link's item is small, and an item holding a whole nested page is no link's, so a list is
/// judged without walking every element under it (nested lists would walk them again).
const LINK_ITEM_NODES: usize = 64;

/// Adds the visible text under `e` to `text` (not that of unread elements under it), and to
/// `links` what is inside a link; false when more than `budget` nodes are under it.
fn link_text(
    e: ElementRef<'_>,
    in_link: bool,
    depth: usize,
    budget: &mut usize,
    text: &mut usize,
    links: &mut usize,
) -> bool {
    let in_link = in_link || e.value().name() == "a";
    for child in e.children() {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        if let Node::Text(t) = child.value() {
            let n = t.trim().len();
            *text += n;
            if in_link {
                *links += n;
            }
        } else if let Some(c) = ElementRef::wrap(child)
            && !unread(c, depth + 1)
            && !link_text(c, in_link, depth + 1, budget, text, links)
        {
            return false;
        }
    }
    true
}

/// Is table row `e` a numbered row: two cells or more, the first a point's number alone
/// (`super::number_cell`)?
fn numbered_row(e: ElementRef<'_>) -> bool {
    let mut cells = e
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|c| matches!(c.value().name(), "td" | "th"));
    let Some(first) = cells.next() else {
        return false;
    };
    // (A number is short: a layout table's first cell may hold a whole page.)
    let mut number = String::new();
    for t in first.text() {
        number.push_str(t);
        if number.len() > NUMBER_CELL_BYTES {
            return false;
        }
    }
    cells.next().is_some() && super::number_cell(&[Block::paragraph(number)])
}

/// Longest text of a table's first cell read as a point's number ([`numbered_row`]), spaces
/// around it included.
const NUMBER_CELL_BYTES: usize = 24;

/// Least words of a paragraph, in a draft whose points are not numbered, after which a list
/// of links is the page's ([`Walker::links_after`]).
const STORY_WORDS: usize = 8;

/// Most words of a line above the headline that goes under it ([`Walker::headline_first`]),
/// and most words of all those lines.
const KICKER_WORDS: usize = 8;
/// Fewest items of a site's menu set as a list above the headline, and most words of each
/// ([`Walker::headline_first`]).
const MENU_ITEMS: usize = 3;
const MENU_ITEM_WORDS: usize = 3;
const KICKERS_WORDS: usize = 20;

#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    text: String,
    /// Label, level and list-ness for the next paragraph flushed (a list item's first one).
    pending: Option<(Option<String>, usize)>,
    /// Open lists: their nesting gives the level of an item.
    lists: usize,
    pre: usize,
    /// Whether the content has an `h1`, the story's headline.
    titled: bool,
    /// The first block of the first `h1`, once read.
    headline: Option<usize>,
    /// Inside a numbered table row: its paragraphs are read as one ([`numbered_row`]).
    inline: usize,
    /// The blocks of each list of links below the headline ([`link_list`]).
    link_lists: Vec<std::ops::Range<usize>>,
}

impl Walker {
    /// Puts the headline first when what stands above it is short lines that end no
    /// sentence: a news page's rubric (`Politics`), its date and time, its author. Their
    /// text stays, under the headline, so that the parser takes the headline as the title,
    /// not the rubric.
    fn headline_first(&mut self) {
        let Some(mut h) = self.headline.filter(|&h| h > 0) else {
            return;
        };
        let words = |b: &Block| b.text.split_whitespace().count();
        // A site's menu set as a list above the headline, outside a `nav` element (`<ul
        // class="nav">` in the page's header): [`MENU_ITEMS`] short items or more, unnumbered,
        // two of them a news site's own (`News`, `Video`, `Sign in`: not a list of the
        // signatories), are left out as a `nav` is.
        let menu = |b: &Block| b.listed && b.label.is_none() && words(b) <= MENU_ITEM_WORDS;
        let items = self.blocks[..h].iter().filter(|b| menu(b)).count();
        let site = self.blocks[..h]
            .iter()
            .filter(|b| menu(b) && crate::draft::parse::site_menu_item(b.text.trim()))
            .count();
        if items >= MENU_ITEMS && site >= 2 {
            let mut i = 0;
            self.blocks.retain(|b| {
                i += 1;
                i > h || !menu(b)
            });
            h -= items;
        }
        super::lift_over(&mut self.blocks, h, KICKER_WORDS, KICKERS_WORDS);
    }

    /// Leaves out the lists of links after the story's last point (a numbered item or
    /// paragraph; in a draft with none, a paragraph of [`STORY_WORDS`] words) that the site
    /// marks as its own ([`site_list`]): its tags and related stories, which were its last
    /// point's bullets. A list of links between points stays (the documents a point names),
    /// and so does an unmarked one after them (the draft's annexes).
    fn links_after(&mut self) {
        if self.link_lists.is_empty() {
            return;
        }
        let mut in_list = vec![false; self.blocks.len()];
        for r in &self.link_lists {
            for flag in &mut in_list[r.clone()] {
                *flag = true;
            }
        }
        let listed = |i: usize| in_list[i];
        let numbered = |b: &Block| {
            b.label.is_some() || {
                let t = b.text.trim_start();
                let digits = t.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&digits) && t[digits..].starts_with(['.', ')'])
            }
        };
        let story = |pick: &dyn Fn(&Block) -> bool| {
            (0..self.blocks.len())
                .rev()
                .find(|&i| !listed(i) && pick(&self.blocks[i]))
        };
        let last = story(&numbered)
            .or_else(|| story(&|b| b.text.split_whitespace().count() >= STORY_WORDS));
        let Some(last) = last else {
            return;
        };
        let mut k = 0;
        self.blocks.retain(|_| {
            let keep = k <= last || !in_list[k];
            k += 1;
            keep
        });
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let pending = self.pending.take();
        match pending {
            Some((label, level)) => self.blocks.push(Block {
                text,
                label,
                level,
                listed: true,
                ..Block::default()
            }),
            None if !text.trim().is_empty() => self.blocks.push(Block::paragraph(text)),
            None => {}
        }
    }

    fn push_text(&mut self, t: &str) {
        if self.pre > 0 {
            self.text.push_str(t);
            return;
        }
        for (k, word) in t.split_whitespace().enumerate() {
            let space_before = k > 0 || t.starts_with(char::is_whitespace);
            if space_before && !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                self.text.push(' ');
            }
            self.text.push_str(word);
        }
        if t.ends_with(char::is_whitespace)
            && !self.text.is_empty()
            && !self.text.ends_with([' ', '\n'])
        {
            self.text.push(' ');
        }
    }

    fn element(&mut self, e: ElementRef<'_>, depth: usize) {
        let name = e.value().name();
        if unread(e, depth) || is_link_box(e, depth) {
            return;
        }
        match name {
            "ol" | "ul" if link_list(e, depth) => {
                // (Above the headline, a list of links is the site's, not the story's.)
                if self.titled && self.headline.is_none() {
                    return;
                }
                self.flush();
                let start = self.blocks.len();
                self.list(e, depth);
                if site_list(e) {
                    self.link_lists.push(start..self.blocks.len());
                }
                return;
            }
            "ol" | "ul" => {
                self.flush();
                self.list(e, depth);
                return;
            }
            "br" => {
                self.text.push('\n');
                return;
            }
            // Struck text is marked as Markdown strikes it (`~~noon~~`): the parser reads it
            // as deleted, lists it with the lines left out and says the draft was read so.
            _ if STRUCK.contains(&name) => {
                let words: Vec<&str> = e.text().flat_map(str::split_whitespace).collect();
                let words = words.join(" ");
                if !words.is_empty() && !words.contains('~') {
                    self.push_text(&format!("~~{words}~~"));
                }
                return;
            }
            _ => {}
        }
        // A row whose first cell is a point's number alone is one line, its cells' paragraphs
        // joined by spaces (`2 | Withdraw weapons. Verification follows.`), as in Word files
        // (`super::table_row`).
        if name == "tr" && self.inline == 0 && numbered_row(e) {
            self.flush_keeping_label();
            self.inline += 1;
            self.children(e, depth);
            self.inline -= 1;
            self.flush_keeping_label();
            return;
        }
        // A table's cells stay on their row's line, between bars (`1 | Sovereignty | Agreed`),
        // so that a row reads as one line, as a Markdown table writes it.
        if matches!(name, "td" | "th") {
            self.children(e, depth);
            let more = e
                .next_siblings()
                .filter_map(ElementRef::wrap)
                .any(|s| matches!(s.value().name(), "td" | "th"));
            if more {
                self.push_text(" | ");
            }
            return;
        }
        let block = BLOCKS.contains(&name) && self.inline == 0;
        if block {
            self.flush_keeping_label();
        } else if self.inline > 0 && BLOCKS.contains(&name) {
            self.push_text(" ");
        }
        if name == "pre" {
            self.pre += 1;
        }
        let before = self.blocks.len();
        self.children(e, depth);
        if name == "pre" {
            self.pre -= 1;
        }
        if block {
            self.flush_keeping_label();
        }
        if name == "h1" && self.headline.is_none() && self.blocks.len() > before {
            self.headline = Some(before);
        }
    }

    /// Ends the current paragraph unless it is a list item's still empty first paragraph.
    fn flush_keeping_label(&mut self) {
        if self.pending.is_some() && self.text.trim().is_empty() {
            return;
        }
        self.flush();
    }

    fn children(&mut self, e: ElementRef<'_>, depth: usize) {
        for child in e.children() {
            match child.value() {
                Node::Text(t) => self.push_text(t),
                Node::Element(_) => {
                    if let Some(c) = ElementRef::wrap(child) {
                        self.element(c, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    /// An `ol` or `ul`: each `li` a list item numbered per HTML's rules.
    fn list(&mut self, e: ElementRef<'_>, depth: usize) {
        let ordered = e.value().name() == "ol";
        let items: Vec<ElementRef<'_>> = e
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| c.value().name() == "li")
            .collect();
        let reversed = ordered && e.value().attr("reversed").is_some();
        let kind = e.value().attr("type").unwrap_or("1").to_owned();
        let mut next: i64 = e
            .value()
            .attr("start")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(if reversed { items.len() as i64 } else { 1 });
        let level = self.lists;
        self.lists += 1;
        for child in e.children() {
            let Some(c) = ElementRef::wrap(child) else {
                if let Node::Text(t) = child.value() {
                    self.push_text(t);
                }
                continue;
            };
            if c.value().name() != "li" {
                self.element(c, depth + 1);
                continue;
            }
            if SKIPPED.contains(&c.value().name()) || c.value().attr("hidden").is_some() {
                continue;
            }
            self.flush();
            let label = if ordered {
                if let Some(v) = c.value().attr("value").and_then(|v| v.trim().parse().ok()) {
                    next = v;
                }
                let kind = c.value().attr("type").unwrap_or(&kind);
                let format = match kind {
                    "a" | "A" | "i" | "I" => kind,
                    _ => "1",
                };
                let label = format!("{}.", super::format_number(next, format));
                next = if reversed {
                    next.saturating_sub(1)
                } else {
                    next.saturating_add(1)
                };
                Some(label)
            } else {
                None
            };
            self.pending = Some((label, level));
            self.children(c, depth + 1);
            self.flush();
        }
        self.lists -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        read(html).unwrap().text
    }

    #[test]
    fn a_tables_row_is_one_line_with_its_cells_between_bars() {
        let t = text(
            "<table><tr><th>#</th><th>Provision</th></tr><tr><td>1</td><td>Borders \
             hold.</td></tr><tr><td>2</td><td>Aid <b>flows</b>.</td></tr></table>",
        );
        let lines: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines,
            ["# | Provision", "1 | Borders hold.", "2 | Aid flows."]
        );
    }

    #[test]
    fn a_numbered_rows_paragraphs_stay_on_its_line() {
        let html = "<table><tr><td>1</td><td>Cease fire.</td></tr>\
            <tr><td>2</td><td><p>Withdraw weapons.</p><p>Verification follows.</p></td><td>Day 14</td></tr>\
            <tr><td>Note</td><td><p>A layout cell.</p><p>Its second paragraph.</p></td></tr></table>";
        assert_eq!(
            text(html),
            "1 | Cease fire.\n\n2 | Withdraw weapons. Verification follows. | Day 14\n\n\
             Note |\n\nA layout cell.\n\nIts second paragraph.\n"
        );
    }

    #[test]
    fn a_pictures_caption_is_the_pages() {
        let html = "<main><h1>Plan</h1><p>1. Hostilities cease.</p><figure><img src=m.jpg>\
            <figcaption>2. Map of the zone. Illustration: Newsroom</figcaption></figure>\
            <p>2. Troops leave.</p></main>";
        assert_eq!(
            text(html),
            "Plan\n\n1. Hostilities cease.\n\n2. Troops leave.\n"
        );
    }

    #[test]
    fn ordered_lists_follow_html_numbering() {
        let html = "<ol start=3><li>three<li>four<li value=10>ten<li>eleven</ol>\
                    <ol reversed><li>x<li>y</ol><ol type=a><li>p<li>q</ol><ol type=I start=4><li>r</ol>";
        assert_eq!(
            text(html),
            "3. three\n\n4. four\n\n10. ten\n\n11. eleven\n\n2. x\n\n1. y\n\na. p\n\nb. q\n\nIV. r\n"
        );
    }

    #[test]
    fn struck_text_is_deleted_and_a_struck_item_numbers_nothing() {
        let html = "<ol><li>Hostilities cease at <del>noon</del><ins>midnight</ins>.</li>\
                    <li><s>The mediator is paid per inspection.</s></li>\
                    <li>Observers have <strike>limited</strike> access.</li></ol>";
        assert_eq!(
            text(html),
            "1. Hostilities cease at ~~noon~~midnight.\n\n2. ~~The mediator is paid per \
             inspection.~~\n\n3. Observers have ~~limited~~ access.\n"
        );
        // Read by the parser as deleted, listed as left out, the item struck whole gone.
        let d = crate::draft::parse::parse("t".into(), None, "web page".into(), text(html));
        let points: Vec<(&str, &str)> = d
            .numbered()
            .map(|(_, p)| (p.label.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(
            points,
            [
                ("1", "Hostilities cease at midnight."),
                ("3", "Observers have access.")
            ]
        );
        assert_eq!(d.layout.left_out.len(), 3);
        assert!(d.encoding.ends_with(super::super::TRACKED_NOTE));
    }

    #[test]
    fn main_content_only_and_nested_lists() {
        let html = "<html><head><title>T</title><script>var x</script></head><body>\
            <nav>Menu</nav><main><h1>Plan</h1><p>Intro  text\n here.</p><ol><li><p>First:</p>\
            <ol type=a><li>sub one</li><li>sub two</li></ol></li><li>Second</li></ol>\
            <ul><li>bullet</li></ul></main><footer>(c)</footer></body></html>";
        assert_eq!(
            text(html),
            "Plan\n\nIntro text here.\n\n1. First:\n   a. sub one\n   b. sub two\n\n2. Second\n   - bullet\n"
        );
    }

    #[test]
    fn the_story_is_the_article_with_the_points_and_link_boxes_are_left_out() {
        // Teaser cards of other stories come first on many news pages.
        let html = "<body><header>Site</header>\
            <article class=teaser><h3>Talks resume</h3><p>Delegations meet again.</p></article>\
            <article class=story><h1>The plan in full</h1><p>1. Sovereignty is confirmed.</p>\
            <p>2. Non-aggression is agreed.</p><aside><h4>Read also</h4><ul><li><a href=/m>Markets rise</a></li></ul></aside>\
            <p>3. Guarantees are given.</p></article>\
            <article class=teaser><p>Other news.</p></article></body>";
        assert_eq!(
            text(html),
            "The plan in full\n\n1. Sovereignty is confirmed.\n\n2. Non-aggression is agreed.\n\n3. Guarantees are given.\n"
        );
    }

    #[test]
    fn breadcrumbs_links_above_the_headline_and_after_the_last_point_are_the_sites() {
        // Marked as breadcrumbs, in any element, wherever it stands; unmarked, a list of
        // links above the headline (a trail, other stories) or after the last point (tags,
        // related stories, which were the last point's bullets).
        for (above, below) in [
            (
                "<ol class=\"breadcrumbs\"><li><a href=/>Home</a></li><li>World</li></ol>",
                "",
            ),
            (
                "<div itemtype=\"https://schema.org/BreadcrumbList\"><a href=/>Home</a> / News</div>",
                "",
            ),
            ("<ul role=navigation><li>Home</li><li>News</li></ul>", ""),
            (
                "<ol><li><a href=/>Home</a></li><li><a href=/n>World news today</a></li></ol>",
                "",
            ),
            (
                "",
                "<ul class=tags><li><a href=/t>Peace talks</a></li><li><a href=/u>USA</a></li></ul>",
            ),
            (
                "",
                "<div class=related-stories><p>Related:</p><ul><li><a href=/r>Kremlin rejects the plan</a></li><li><a href=/s>Talks in Geneva</a></li></ul></div>",
            ),
        ] {
            let html = format!(
                "<main>{above}<h1>The plan</h1><ol><li>Sovereignty.</li><li>Guarantees.</li></ol>{below}</main>"
            );
            let text = text(&html);
            assert!(
                text.starts_with("The plan\n\n1. Sovereignty.\n\n2. Guarantees.\n"),
                "{above}{below}: {text}"
            );
            assert!(!text.contains("- "), "{above}{below}: {text}");
        }
        // Between points a list of links is the story's (documents a point names); so is any
        // list when there is no headline and no point after which it stands, and one after
        // the last point that the site does not mark as its own (the draft's annexes); a
        // page's wrapper naming its breadcrumbs bar is read.
        let annexes = "<main><h1>Rules</h1><ol><li>One.</li><li>Two.</li></ol><ul><li><a href=/1>Annex 1 Map</a></li><li><a href=/2>Annex 2 Forms</a></li></ul></main>";
        assert!(text(annexes).contains("Annex 2 Forms"));
        let wrapper = "<body class=has-breadcrumbs><main><h1>Plan</h1><ol><li>One.</li><li>Two.</li></ol></main></body>";
        assert!(text(wrapper).contains("2. Two."));
        let kept = [
            "<main><h1>The plan</h1><p>1. See:</p><ul><li><a href=/a>Annex</a></li><li><a href=/b>Map</a></li></ul><p>2. Done.</p></main>",
            "<main><ul><li><a href=/a>Annex</a></li><li><a href=/b>Map</a></li></ul><p>Short.</p></main>",
            "<main><h1>The plan</h1><ol><li>One.</li><li>Two <a href=/x>here</a>.</li></ol></main>",
        ];
        for html in kept {
            let text = text(html);
            assert!(
                text.contains("Annex\n") || text.contains("2. Two here."),
                "{html}: {text}"
            );
        }
    }

    #[test]
    fn a_bar_of_share_buttons_is_left_out_and_a_dash_is_no_word_of_a_kicker() {
        // Share buttons above the headline and under the story; a kicker of eight words and
        // a dash over the headline.
        let bar = "<div class=\"share-bar\"><a href=#>Share on Facebook</a> <a href=#>Share on X</a> \
                   <a href=#>Email</a> <a href=#>Copy link</a></div>";
        let html = format!(
            "<main>{bar}<p class=kicker>Bill No. 88 — Spring session of the Assembly</p>\
             <h1>Harbour bill adopted</h1><ol><li>Fees fall.</li><li>Berths open.</li></ol>{bar}</main>"
        );
        assert_eq!(
            text(&html),
            "Harbour bill adopted\n\nBill No. 88 — Spring session of the Assembly\n\n\
             1. Fees fall.\n\n2. Berths open.\n"
        );
        // A box marked `social` that says more than its links is read, and so are a header
        // marked so that holds the headline, and a link marked `shared-doc`.
        let html = "<main><h1>Plan</h1><div class=social-policy><p>1. Pensions rise by a fifth \
                    from <a href=/x>May</a>.</p></div></main>";
        assert!(text(html).contains("1. Pensions rise by a fifth from May."));
        let html = "<main><header class=\"article-header social-share\"><h1>Harbour bill adopted</h1>\
                    <a href=#>Share on X</a> <a href=#>Email</a></header><p>1. Fees fall as \
                    <a class=shared-doc href=/a>Annex I</a> sets out.</p></main>";
        let read = text(html);
        assert!(read.starts_with("Harbour bill adopted"), "{read}");
        assert!(read.contains("1. Fees fall as Annex I sets out."), "{read}");
    }

    #[test]
    fn the_headline_goes_above_a_rubric_date_and_author_but_not_above_a_sentence() {
        let html = "<article><span class=rubric>Politics</span><p>5 December 2025, 14:20</p>\
            <h1>Leader publishes the plan</h1><p>It has 2 points.</p><ol><li>One.</li><li>Two.</li></ol></article>";
        assert_eq!(
            text(html),
            "Leader publishes the plan\n\nPolitics\n\n5 December 2025, 14:20\n\nIt has 2 points.\n\n1. One.\n\n2. Two.\n"
        );
        // A sentence above it is the draft's opening, left where it is.
        let html = "<main><p>Unofficial text.</p><h1>The plan</h1><ol><li>One.</li><li>Two.</li></ol></main>";
        assert!(text(html).starts_with("Unofficial text.\n\nThe plan\n"));
        // A site's menu set as a list in the page's header, not in a `nav`, is left out.
        let html = "<body><div class=header><a class=logo>Daily</a><ul class=nav><li>News</li>\
            <li>Politics</li><li>Video</li></ul></div><p>5 December 2025, 14:20</p>\
            <h1>Leader publishes the plan</h1><ol><li>One.</li><li>Two.</li></ol></body>";
        assert_eq!(
            text(html),
            "Leader publishes the plan\n\nDaily\n\n5 December 2025, 14:20\n\n1. One.\n\n2. Two.\n"
        );
        // A list of the signatories above it is no menu.
        let html = "<body><ul><li>Ukraine</li><li>Poland</li><li>Moldova</li></ul><h1>The plan</h1><ol><li>One.</li><li>Two.</li></ol></body>";
        assert!(text(html).contains("Moldova"));
    }

    #[test]
    fn the_story_is_kept_against_longer_later_stories_scripts_and_fact_boxes() {
        // A page saved after scrolling: the next, longer story comes after.
        let html = "<body><article><h1>The plan</h1><p>1. Sovereignty is confirmed by all.</p>\
            <p>2. Non-aggression is agreed by all.</p></article>\
            <article><h1>Other news</h1><p>A much longer story about something else entirely, \
            with many sentences, many words and many details that go on and on.</p></article></body>";
        assert!(text(html).starts_with("The plan"));
        // Text the reader never sees does not count.
        let html = "<body><article><noscript>Enable JavaScript to read this page, then reload it \
            and accept the cookies, the terms and everything else we ask of you.</noscript>\
            <p>Teaser.</p></article><article><h1>The plan</h1><p>1. Sovereignty.</p></article></body>";
        assert!(text(html).starts_with("The plan"));
        // A fact box of the story's points is read; a box of links is not.
        let html = "<main><h1>The plan</h1><aside><h4>Key points</h4><ol><li>Sovereignty is \
            confirmed.</li><li>Non-aggression is agreed.</li></ol></aside>\
            <aside><h4>Read also</h4><ul><li><a href=/x>Markets rise on hopes of a deal</a></li>\
            </ul></aside></main>";
        assert_eq!(
            text(html),
            "The plan\n\nKey points\n\n1. Sovereignty is confirmed.\n\n2. Non-aggression is agreed.\n"
        );
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "<div>".repeat(MAX_DEPTH + 10);
        assert!(read(&deep).unwrap_err().contains("deep"));
        // Unclosed paragraphs and list items do not count as nesting.
        let flat = "<ul>".to_owned() + &"<li><p>item".repeat(2000) + "</ul>";
        assert!(read(&flat).is_ok());
    }
}
