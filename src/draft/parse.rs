//! Text to points: numbering schemes, wrapped lines, sub-items, title, preamble and headings.
//!
//! The parser looks at the start of every line for a point marker: `1.` `1)` `(1)` `12.3`
//! `Point 1:` `Item 1` `Пункт 1.` `Article 1` `Art. 1` `Стаття 1` `§ 1`, Markdown ordered lists
//! and numbered Markdown headings (`## 3. Title`). It then picks the draft's top-level scheme
//! (heading-like schemes such as `Article` first, then `Point`, then plain numbers at the
//! shallowest depth, the earliest in the text among equals) and splits the text at the markers
//! of that scheme whose numbers follow on from the previous point. Everything else belongs to
//! the current point: wrapped lines are joined with a space; sub-items (`a)`, `(i)`, bullets,
//! markers of other schemes, indented lines) and further paragraphs start a new line. A short
//! unpunctuated line standing alone between points is a section heading, not point text.
//! A draft with no numbering at all is split into paragraphs.

use super::{Draft, Point};

/// Splits `text` (line endings already `\n`) into a [`Draft`].
pub fn parse(
    name: String,
    path: Option<std::path::PathBuf>,
    encoding: String,
    text: String,
) -> Draft {
    let lines = split_lines(&text);
    let markers: Vec<Option<Marker>> = lines.iter().map(|l| marker(l.text)).collect();
    let (title, preamble, points) = match choose_scheme(&markers) {
        Some(scheme) => split_points(&lines, &markers, scheme),
        None => split_paragraphs(&lines),
    };
    Draft {
        name,
        path,
        encoding,
        title,
        preamble,
        points,
        source: text,
    }
}

/// A line of the source with its byte offset.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        lines.push(Line { start, text: body });
        start += piece.len();
    }
    lines
}

/// The family a marker belongs to; the top-level scheme is one family at one depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Family {
    /// `1.` or `12.3` (depth = number of numeric parts).
    Dot,
    /// `1)`.
    Paren,
    /// `(1)`.
    Enclosed,
    /// `Point 1`, `Item 1`, `Пункт 1`, ...: label is the number.
    PointWord,
    /// `Article 1`, `Art. 1`, `Стаття 1`, `Section 1`, `§ 1`: label keeps the keyword.
    ArticleWord,
    /// A Markdown heading that starts with a number (`## 3. Title`).
    Heading,
}

impl Family {
    /// Lower ranks win when several families are present.
    fn rank(self) -> u8 {
        match self {
            Family::ArticleWord | Family::Heading => 0,
            Family::PointWord => 1,
            Family::Dot | Family::Paren | Family::Enclosed => 2,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Marker {
    family: Family,
    depth: u8,
    /// The keyword, lower-cased, for word families (so `Article` and `Стаття` are different schemes).
    keyword: String,
    label: String,
    /// Main number, for checking that numbering runs on.
    number: u32,
    /// Byte offset in the line where the point's own text starts.
    rest: usize,
    indent: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Scheme {
    family: Family,
    depth: u8,
    keyword: String,
}

impl Marker {
    fn is_of(&self, scheme: &Scheme) -> bool {
        self.family == scheme.family && self.depth == scheme.depth && self.keyword == scheme.keyword
    }
}

const POINT_WORDS: &[&str] = &[
    "point",
    "item",
    "clause",
    "paragraph",
    "para.",
    "punkt",
    "пункт",
    "п.",
    "параграф",
];
const ARTICLE_WORDS: &[&str] = &[
    "article",
    "art.",
    "section",
    "sec.",
    "стаття",
    "статья",
    "ст.",
    "artikel",
    "artículo",
    "articolo",
    "artigo",
    "rule",
];

/// Recognises a point marker at the start of a line.
fn marker(line: &str) -> Option<Marker> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let mut s = trimmed;
    let mut heading = false;
    if s.starts_with('#') {
        let hashes = s.bytes().take_while(|&b| b == b'#').count();
        let after = &s[hashes..];
        if hashes <= 6 && after.starts_with([' ', '\t']) {
            s = after.trim_start();
            heading = true;
        } else {
            return None;
        }
    }
    let s = s.strip_prefix("**").unwrap_or(s);
    let offset = line.len() - s.len();

    // A number or "(" can only start a numeric marker; a letter or "§" only a word marker.
    let found = match s.chars().next()? {
        '0'..='9' | '(' => numeric_marker(s)?,
        _ => word_marker(s)?,
    };
    let (mut family, depth, keyword, label, number, rest) = found;
    if heading && matches!(family, Family::Dot | Family::Paren | Family::Enclosed) {
        family = Family::Heading;
    }
    Some(Marker {
        family,
        depth,
        keyword,
        label,
        number,
        rest: offset + rest,
        indent,
    })
}

type Found = (Family, u8, String, String, u32, usize);

/// `Point 3:`, `Article 3`, `Стаття 3.`, `§ 3`, `§3`.
fn word_marker(s: &str) -> Option<Found> {
    let (keyword, family, after_kw) = if let Some(after) = s.strip_prefix('§') {
        let after = after.trim_start_matches('§');
        ("§".to_owned(), Family::ArticleWord, after)
    } else {
        let word_end = s
            .find(|c: char| c.is_whitespace() || c == '\u{a0}')
            .unwrap_or(s.len());
        if word_end > 20 {
            return None;
        }
        let word = s[..word_end].to_lowercase();
        let family = if POINT_WORDS.contains(&word.as_str()) {
            Family::PointWord
        } else if ARTICLE_WORDS.contains(&word.as_str()) {
            Family::ArticleWord
        } else {
            return None;
        };
        if word_end == s.len() {
            return None;
        }
        (word, family, &s[word_end..])
    };
    let spaced = after_kw.trim_start_matches([' ', '\t', '\u{a0}']);
    let (number_text, number, len) = number_token(spaced, true)?;
    let mut rest = &spaced[len..];
    rest = rest.strip_prefix("**").unwrap_or(rest);
    // After the number: end of line, or a separator, or white space.
    let sep = rest.chars().next();
    match sep {
        None => {}
        Some(c) if c.is_whitespace() || ".:)-–—".contains(c) => {}
        _ => return None,
    }
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ".:)-–—*".contains(c));
    let label = match family {
        Family::PointWord => number_text.to_owned(),
        _ => {
            let kw_written = &s[..s.len() - after_kw.len()];
            if spaced.len() == after_kw.len() {
                format!("{kw_written}{number_text}")
            } else {
                format!("{kw_written} {number_text}")
            }
        }
    };
    Some((
        family,
        1,
        canonical(&keyword).to_owned(),
        label,
        number,
        s.len() - rest.len(),
    ))
}

/// One name per keyword, so that `Art. 2` continues a draft numbered `Article 1`.
fn canonical(keyword: &str) -> &str {
    match keyword {
        "art." => "article",
        "sec." => "section",
        "para." => "paragraph",
        "п." => "пункт",
        "ст." => "стаття",
        other => other,
    }
}

/// `1.` `1)` `(1)` `12.3` `7a.`; the number must be followed by white space or the line end.
fn numeric_marker(s: &str) -> Option<Found> {
    let (family, inner) = if let Some(inner) = s.strip_prefix('(') {
        (Family::Enclosed, inner)
    } else {
        (Family::Dot, s)
    };
    let (number_text, number, len) = number_token(inner, false)?;
    let after = &inner[len..];
    let depth = 1 + number_text.matches('.').count() as u8;
    let (family, after) = match (family, after.chars().next()) {
        (Family::Enclosed, Some(')')) => (Family::Enclosed, &after[1..]),
        (Family::Enclosed, _) => return None,
        (_, Some(')')) => (Family::Paren, &after[1..]),
        (_, Some('.')) => (Family::Dot, &after[1..]),
        // "12.3 text": a dotted number needs no final dot.
        (_, Some(c)) if depth > 1 && c.is_whitespace() => (Family::Dot, after),
        _ => return None,
    };
    let after = after.strip_prefix("**").unwrap_or(after);
    match after.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() => {}
        _ => return None,
    }
    let rest = after.trim_start();
    Some((
        family,
        depth,
        String::new(),
        number_text.to_owned(),
        number,
        s.len() - rest.len(),
    ))
}

/// A point number: digits, optional `.digits` parts, an optional letter suffix (`7a`); Roman
/// numerals too when `roman` (for `Article IV`). Returns the text, the main number and its length.
fn number_token(s: &str, roman: bool) -> Option<(&str, u32, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        if !roman {
            return None;
        }
        let len = s.bytes().take_while(|b| b"IVXLC".contains(b)).count();
        if len == 0 || s[len..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        return Some((&s[..len], roman_value(&s[..len])?, len));
    }
    if digits > 6 {
        return None;
    }
    let number: u32 = s[..digits].parse().ok()?;
    let bytes = s.as_bytes();
    let mut len = digits;
    // Dotted parts: "12.3", "1.2.4" (a final dot is the separator, not a part).
    while len + 1 < bytes.len() && bytes[len] == b'.' && bytes[len + 1].is_ascii_digit() {
        let part = bytes[len + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if part > 3 {
            break;
        }
        len += 1 + part;
    }
    // One lower-case letter suffix: "7a", "7a." (not "7abc").
    if len < bytes.len()
        && bytes[len].is_ascii_lowercase()
        && !bytes
            .get(len + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric())
    {
        len += 1;
    }
    Some((&s[..len], number, len))
}

fn roman_value(s: &str) -> Option<u32> {
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => 0,
    };
    let digits: Vec<u32> = s.chars().map(value).collect();
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    u32::try_from(total).ok().filter(|&v| v > 0)
}

/// Picks the top-level numbering scheme, or `None` when the text has no numbering.
fn choose_scheme(markers: &[Option<Marker>]) -> Option<Scheme> {
    struct Seen {
        scheme: Scheme,
        count: usize,
        first: usize,
    }
    let mut seen: Vec<Seen> = Vec::new();
    for (i, m) in markers.iter().enumerate() {
        let Some(m) = m else { continue };
        match seen.iter_mut().find(|s| m.is_of(&s.scheme)) {
            Some(s) => s.count += 1,
            None => seen.push(Seen {
                scheme: Scheme {
                    family: m.family,
                    depth: m.depth,
                    keyword: m.keyword.clone(),
                },
                count: 1,
                first: i,
            }),
        }
    }
    let enough = |s: &&Seen| s.count >= 2;
    let pool: Vec<&Seen> = if seen.iter().any(|s| enough(&s)) {
        seen.iter().filter(enough).collect()
    } else {
        seen.iter().collect()
    };
    pool.into_iter()
        .min_by_key(|s| (s.scheme.family.rank(), s.scheme.depth, s.first))
        .map(|s| s.scheme.clone())
}

/// Is this line a sub-item of a point (`a)`, `(b)`, `iv.`, a bullet)?
fn is_sub_item(line: &str) -> bool {
    let s = line.trim_start();
    if s.starts_with(['-', '*', '•', '–', '—', '·', '▪']) {
        return true;
    }
    let inner = s.strip_prefix('(').unwrap_or(s);
    let letters = inner
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum::<usize>();
    if letters == 0 || letters > 6 {
        return false;
    }
    inner[letters..].starts_with([')', '.'])
        && (letters <= 2 || inner[..letters].chars().all(|c| "ivxlIVXL".contains(c)))
}

/// Could this stand-alone line be a section heading rather than text?
fn is_heading_like(line: &str) -> bool {
    let s = line.trim();
    if s.starts_with('#') {
        return true;
    }
    let chars = s.chars().count();
    chars > 0 && chars <= 80 && !s.ends_with(['.', ';', ',', ':', '!', '?', '"', '”', '»'])
}

struct Builder {
    label: String,
    section: Option<String>,
    text: String,
    start: usize,
    end: usize,
    pending_break: bool,
}

impl Builder {
    fn push_line(&mut self, line: &Line<'_>, sub_item: bool) {
        let content = line.text.trim();
        if self.text.is_empty() {
            self.text.push_str(content);
        } else if self.pending_break || sub_item {
            self.text.push('\n');
            self.text.push_str(content);
        } else {
            self.text.push(' ');
            self.text.push_str(content);
        }
        self.pending_break = false;
        self.end = line.start + line.text.len();
    }

    fn finish(self) -> Point {
        Point {
            label: self.label,
            section: self.section,
            text: self.text,
            range: self.start..self.end,
        }
    }
}

fn heading_text(line: &str) -> String {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim()
        .to_owned()
}

fn split_points(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: Scheme,
) -> (String, String, Vec<Point>) {
    let mut title = String::new();
    let mut preamble_lines: Vec<&str> = Vec::new();
    let mut points: Vec<Point> = Vec::new();
    let mut current: Option<Builder> = None;
    let mut section: Option<String> = None;
    let mut last_number: Option<u32> = None;
    let mut after_heading = false;
    let mut previous_blank = true;

    for (i, line) in lines.iter().enumerate() {
        let blank = line.text.trim().is_empty();
        if blank {
            if let Some(b) = current.as_mut() {
                b.pending_break = true;
            }
            previous_blank = true;
            continue;
        }
        let top = markers[i]
            .as_ref()
            .filter(|m| m.is_of(&scheme))
            .filter(|m| runs_on(last_number, m.number, after_heading));
        if let Some(m) = top {
            if let Some(b) = current.take() {
                points.push(b.finish());
            }
            let mut builder = Builder {
                label: m.label.clone(),
                section: section.clone(),
                text: String::new(),
                start: line.start,
                end: line.start + line.text.len(),
                // An `Article 3 - Title` line is a heading: the text below starts a new line.
                pending_break: matches!(m.family, Family::ArticleWord | Family::Heading),
            };
            let rest = line.text[m.rest..].trim();
            let rest = rest.trim_end_matches("**").trim_end();
            if !rest.is_empty() {
                builder.text.push_str(rest);
            }
            current = Some(builder);
            last_number = Some(m.number);
            after_heading = false;
            previous_blank = false;
            continue;
        }
        let next_is_point_or_blank = lines
            .get(i + 1)
            .is_none_or(|next| next.text.trim().is_empty())
            || markers
                .get(i + 1)
                .is_some_and(|m| m.as_ref().is_some_and(|m| m.is_of(&scheme)));
        match current.as_mut() {
            None => {
                if title.is_empty() && preamble_lines.is_empty() {
                    title = heading_text(line.text);
                } else if previous_blank && next_is_point_or_blank && is_heading_like(line.text) {
                    // A heading just before the first point names its section.
                    preamble_lines.push(line.text.trim());
                    section = Some(heading_text(line.text));
                    after_heading = true;
                } else {
                    preamble_lines.push(line.text.trim());
                }
            }
            Some(b) => {
                // A marker of another scheme starts a sub-item; one of this scheme that does not
                // run on ("2026." in wrapped text) is just text.
                let other_scheme = markers[i].as_ref().is_some_and(|m| !m.is_of(&scheme));
                let sub_item = other_scheme || is_sub_item(line.text);
                if previous_blank
                    && next_is_point_or_blank
                    && !sub_item
                    && is_heading_like(line.text)
                {
                    section = Some(heading_text(line.text));
                    after_heading = true;
                    let finished = current.take().map(Builder::finish);
                    points.extend(finished);
                } else {
                    b.push_line(line, sub_item);
                }
            }
        }
        previous_blank = false;
    }
    if let Some(b) = current.take() {
        points.push(b.finish());
    }
    let preamble = preamble_lines.join("\n");
    (title, preamble, points)
}

/// Does `number` plausibly follow `last` (so that a stray "2025." in wrapped text is not a point)?
fn runs_on(last: Option<u32>, number: u32, after_heading: bool) -> bool {
    match last {
        None => true,
        Some(last) => (number >= last && number <= last + 20) || (after_heading && number <= 1),
    }
}

/// Fallback for drafts with no numbering: the first line is the title, each blank-line
/// separated paragraph after it is a point labelled by its position (`¶1`, `¶2`, ...).
fn split_paragraphs(lines: &[Line<'_>]) -> (String, String, Vec<Point>) {
    let mut title = String::new();
    let mut points: Vec<Point> = Vec::new();
    let mut current: Option<Builder> = None;
    for line in lines {
        if line.text.trim().is_empty() {
            if let Some(b) = current.take() {
                points.push(b.finish());
            }
            continue;
        }
        if title.is_empty() && points.is_empty() && current.is_none() {
            title = heading_text(line.text);
            continue;
        }
        let b = current.get_or_insert_with(|| Builder {
            label: format!("¶{}", points.len() + 1),
            section: None,
            text: String::new(),
            start: line.start,
            end: line.start,
            pending_break: false,
        });
        let sub_item = is_sub_item(line.text);
        b.push_line(line, sub_item);
    }
    if let Some(b) = current.take() {
        points.push(b.finish());
    }
    (title, String::new(), points)
}

#[cfg(test)]
mod tests {
    use crate::draft::Draft;

    fn labels(text: &str) -> Vec<String> {
        Draft::from_text("t", text)
            .points
            .into_iter()
            .map(|p| p.label)
            .collect()
    }

    fn label_texts(d: &Draft) -> Vec<(&str, &str)> {
        d.points
            .iter()
            .map(|p| (p.label.as_str(), p.text.as_str()))
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        Draft::from_text("t", text)
            .points
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn numbering_schemes() {
        assert_eq!(labels("T\n1. One\n2. Two\n"), ["1", "2"]);
        assert_eq!(labels("T\n1) One\n2) Two\n"), ["1", "2"]);
        assert_eq!(labels("T\n(1) One\n(2) Two\n"), ["1", "2"]);
        assert_eq!(labels("T\nPoint 1: One\nPoint 2: Two\n"), ["1", "2"]);
        assert_eq!(labels("T\nItem 7. One\nItem 7a. Two\n"), ["7", "7a"]);
        assert_eq!(labels("T\n§ 1 One\n§ 2 Two\n"), ["§ 1", "§ 2"]);
        assert_eq!(labels("T\n§1. One\n§2. Two\n"), ["§1", "§2"]);
        assert_eq!(labels("Т\nПункт 1. Один\nПункт 2. Два\n"), ["1", "2"]);
        assert_eq!(labels("Т\nПараграф 1. Один\nПараграф 2. Два\n"), ["1", "2"]);
        assert_eq!(
            labels("Т\nСтаття 1\nТекст.\n\nСтаття 2\nТекст.\n"),
            ["Стаття 1", "Стаття 2"]
        );
        assert_eq!(
            labels("T\n12.1 One\n12.2 Two\n12.3 Three\n"),
            ["12.1", "12.2", "12.3"]
        );
        assert_eq!(labels("# T\n\n1. One\n2. Two\n"), ["1", "2"]);
        assert_eq!(
            labels("# T\n\n## 1. Scope\nText.\n\n## 2. Terms\nMore.\n"),
            ["1", "2"]
        );
        assert_eq!(
            labels("T\nArticle IV\nText.\n\nArticle V\nText.\n"),
            ["Article IV", "Article V"]
        );
    }

    #[test]
    fn article_headings_take_the_text_below() {
        let d = Draft::from_text(
            "t",
            "Treaty\n\nArticle 1 - Scope\nThis treaty applies\nto all parties.\n\n1. A numbered paragraph inside.\n\nArt. 2\nSecond article.\n",
        );
        let got = label_texts(&d);
        assert_eq!(
            got,
            [
                (
                    "Article 1",
                    "Scope\nThis treaty applies to all parties.\n1. A numbered paragraph inside."
                ),
                ("Art. 2", "Second article."),
            ]
        );
    }

    #[test]
    fn wrapped_lines_join_and_sub_items_stay_inside() {
        let text = "Plan\n\n1. The guarantee\nis conditional:\n   a) first case,\n      continued;\n   b) second case.\n\n2. Next point.\n";
        assert_eq!(
            texts(text),
            [
                "The guarantee is conditional:\na) first case, continued;\nb) second case.",
                "Next point."
            ]
        );
    }

    #[test]
    fn title_preamble_and_section_headings_are_not_points() {
        let d = Draft::from_text(
            "t",
            "Peace Framework\nUnofficial text.\n\nThe parties agree as follows.\n\nSecurity\n\n1. Guarantees.\n\n2. Army.\n\nEconomy\n\n3. Funds.\n",
        );
        assert_eq!(d.title, "Peace Framework");
        assert_eq!(
            d.preamble,
            "Unofficial text.\nThe parties agree as follows.\nSecurity"
        );
        let got: Vec<(&str, Option<&str>)> = d
            .points
            .iter()
            .map(|p| (p.text.as_str(), p.section.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Guarantees.", Some("Security")),
                ("Army.", Some("Security")),
                ("Funds.", Some("Economy"))
            ]
        );
    }

    #[test]
    fn stray_numbers_in_wrapped_text_are_not_points() {
        let text = "T\n1. The ceasefire starts on 1 January\n2026. It holds.\n2. Next.\n";
        assert_eq!(
            texts(text),
            ["The ceasefire starts on 1 January 2026. It holds.", "Next."]
        );
    }

    #[test]
    fn no_numbering_falls_back_to_paragraphs() {
        let d = Draft::from_text(
            "t",
            "Memo\n\nFirst paragraph\nwrapped.\n\nSecond paragraph.\n",
        );
        assert_eq!(d.title, "Memo");
        let got = label_texts(&d);
        assert_eq!(
            got,
            [
                ("¶1", "First paragraph wrapped."),
                ("¶2", "Second paragraph.")
            ]
        );
    }

    #[test]
    fn ranges_cover_each_point_in_the_source() {
        let text = "T\n\n1. One\n   a) sub\n\n2. Two\n";
        let d = Draft::from_text("t", text);
        assert_eq!(&d.source[d.points[0].range.clone()], "1. One\n   a) sub");
        assert_eq!(&d.source[d.points[1].range.clone()], "2. Two");
    }

    #[test]
    fn empty_and_odd_input_never_panics() {
        for text in [
            "",
            "\n\n",
            "1.",
            "(",
            "§",
            "Article",
            "#",
            "1. \n2.",
            "Пункт",
            "\u{feff}x",
        ] {
            let _ = Draft::from_text("t", text);
        }
    }
}
