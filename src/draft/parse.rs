//! Text to points: numbering schemes, bullets, wrapped lines, sub-items, title, preamble and
//! headings.
//!
//! The parser looks at the start of every line for a point marker: `1.` `1)` `(1)` `12.3`
//! `9.Text` `Point 1:` `Item 1` `Пункт 1.` `Article 1` `Art. 1` `Стаття 1` `§ 1`, Markdown
//! ordered lists, numbered Markdown headings (`## 3. Title`) and bullets (`- ` `• ` `* ` `– `
//! `→ `, or a bullet alone on its line). It then picks the draft's top-level scheme
//! (heading-like schemes such as `Article` first, then `Point`, then plain numbers at the
//! shallowest depth, the earliest in the text among equals; label keywords in any mix when
//! their numbers run on across keywords; bullets only when nothing is numbered) and splits the
//! text at the markers of that scheme whose numbers follow on from the previous point, and at
//! the next number glued to the end of a sentence (`... confirmed.2. Next`). Everything else
//! belongs to the current point: wrapped lines are joined with a space; sub-items (`a)`, `(i)`,
//! bullets, markers of other schemes, indented lines), editors' comments and further
//! paragraphs start a new line. A short unpunctuated line standing alone between points is a
//! section heading, not point text.
//!
//! A draft with no numbering is split into paragraphs: at blank lines when its lines are
//! hard-wrapped (they break near one width, mid-sentence), or one paragraph per line when it
//! was copied from a web page (its lines end sentences and vary in length). The first line is
//! the title unless it is a whole sentence. The title and the preamble become the first
//! entries of [`Draft::points`] (see [`PointKind`]), so they are compared too.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use super::{Draft, Point, PointKind, cjk};
use crate::script;

/// How a draft was split: the scheme chosen, why, and the section headings found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    /// The scheme in words, e.g. "numbers `1.`" or "one paragraph per line".
    pub scheme: String,
    /// Why that scheme was chosen, e.g. "28 lines start with it".
    pub reason: String,
    /// The section headings, in reading order.
    pub headings: Vec<Heading>,
    /// Lines of a web page's furniture left out of the points (`page_furniture`): `Реклама`,
    /// `Advertisement`, `Read also: …`, a photo credit. In reading order.
    #[serde(default)]
    pub left_out: Vec<LeftOut>,
}

/// A line left out of a draft's points as a web page's furniture ([`Layout::left_out`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftOut {
    /// The line's text, trimmed.
    pub text: String,
    /// Its line in the source, counted from 1.
    pub line: usize,
}

/// A section heading of a draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    /// The heading's text (Markdown `#` and `**` removed).
    pub text: String,
    /// Its line in the source, counted from 1.
    pub line: usize,
}

/// Splits `text` (line endings already `\n`) into a [`Draft`].
pub fn parse(
    name: String,
    path: Option<std::path::PathBuf>,
    encoding: String,
    text: String,
) -> Draft {
    let text = without_quote_prefixes(without_markdown_escapes(without_inline_markup(
        without_styled_letters(without_invisible(text)),
    )));
    let (mut lines, left_out) = without_furniture(split_lines(&text));
    // An earlier message quoted under a reply's points is not the draft: it goes to the
    // closing, as it is.
    let earlier = earlier_message(&lines).map(|at| lines.split_off(at));
    let markers = read_markers(&lines);
    // Separators read as blank lines between points; before the first numbered or bulleted
    // line (a rule under a post's title) they stay the text they are, as the title, preamble
    // and headings have always read them.
    let first = markers
        .iter()
        .position(Option::is_some)
        .unwrap_or(lines.len());
    for line in &mut lines[..first] {
        if line.text.is_empty() {
            let body = text[line.start..].split('\n').next().unwrap_or("");
            if is_separator(body) {
                line.text = body;
            }
        }
    }
    let first_choice = choose_scheme(&lines, &markers);
    // A list run into one line is split where its numbers start when nothing else is numbered.
    let inline = first_choice
        .is_none()
        .then(|| inline_list(&lines))
        .flatten();
    let inline_split = inline.is_some();
    let (lines, markers, first_choice) = match inline {
        Some(split) => {
            let markers = read_markers(&split);
            let choice = choose_scheme(&split, &markers);
            (split, markers, choice)
        }
        None => (lines, markers, first_choice),
    };
    let chosen = first_choice
        .map(|(scheme, reason)| (scheme, reason, None))
        .or_else(|| {
            ordinal_markers(&lines).map(|(markers, scheme, reason)| (scheme, reason, Some(markers)))
        });
    let (split, scheme, mut reason) = match chosen {
        Some((scheme, reason, Some(ordinals))) => {
            let per_line = lines_are_paragraphs(&lines, &ordinals).is_ok();
            let split = split_points(&lines, &ordinals, &scheme, per_line);
            (split, scheme.describe(), reason)
        }
        Some((scheme, reason, None)) => {
            let (lines, glued) = unglue(&lines, &markers, &scheme);
            // Lines split at glued numbers have markers of their own; otherwise the lines are
            // the same and so are their markers.
            let mut markers: Vec<Option<Marker>> = if glued > 0 {
                read_markers(&lines)
            } else {
                markers
            };
            let mistyped = mistyped_numbers(&lines, &mut markers, &scheme);
            let lost = lost_numbers(&lines, &mut markers, &scheme);
            let per_line = lines_are_paragraphs(&lines, &markers).is_ok();
            let split = split_points(&lines, &markers, &scheme, per_line);
            let mut reason = reason;
            if glued > 0 {
                reason.push_str(&format!(
                    "; {glued} found glued to the end of the sentence before"
                ));
            }
            if inline_split {
                reason.push_str("; the list stood in one line and was split at its numbers");
            }
            if mistyped > 0 {
                reason.push_str(&format!(
                    "; {mistyped} written without the dot, with a comma or with the dot set off (`10 Text`, `3, Text`, `3 . Text`) between the numbers before and after"
                ));
            }
            if lost > 0 {
                reason.push_str(&format!(
                    "; {lost} without a number where the numbers skip one (lost in copying: an emoji or a bullet in its place), numbered as the one skipped"
                ));
            }
            (split, scheme.describe(), reason)
        }
        None => match lines_are_paragraphs(&lines, &without_glued_bullets(&lines, &markers))
            .or_else(|why| lines_are_items(&lines).ok_or(why))
        {
            Ok(why) => (
                split_paragraphs(&lines, true),
                "one paragraph per line".to_owned(),
                format!("no numbering and no bullet list; {why}"),
            ),
            Err(why) => (
                split_paragraphs(&lines, false),
                "paragraphs separated by blank lines".to_owned(),
                format!("no numbering and no bullet list; {why}"),
            ),
        },
    };
    let mut split = split;
    if let Some(earlier) = earlier {
        if let Some(first) = earlier.first() {
            reason.push_str(&format!(
                "; from line {} an earlier message quoted under the reply (`From:`, `Sent:`…), the closing",
                first.number
            ));
        }
        split
            .closing
            .extend(earlier.into_iter().filter(|l| !l.text.trim().is_empty()));
    }
    let mut points = Vec::with_capacity(split.points.len() + 2);
    let title = split.title.map(|l| (heading_text(l.text), l));
    if let Some((text, line)) = title.as_ref().filter(|(t, _)| !t.is_empty()) {
        points.push(Point {
            kind: PointKind::Title,
            label: "Title".to_owned(),
            section: None,
            text: text.clone(),
            range: line.start..line.start + line.text.len(),
        });
    }
    let preamble = split
        .preamble
        .iter()
        .map(|l| l.text.trim())
        .collect::<Vec<_>>()
        .join("\n");
    if let (Some(first), Some(last)) = (split.preamble.first(), split.preamble.last()) {
        points.push(Point {
            kind: PointKind::Preamble,
            label: "Preamble".to_owned(),
            section: None,
            text: preamble.clone(),
            range: first.start..last.start + last.text.len(),
        });
    }
    if split.points.is_empty() && reason.is_empty() {
        reason = "no text".to_owned();
    }
    points.extend(split.points);
    if let (Some(first), Some(last)) = (split.closing.first(), split.closing.last()) {
        points.push(Point {
            kind: PointKind::Closing,
            label: "Closing".to_owned(),
            section: None,
            text: split
                .closing
                .iter()
                .map(|l| l.text.trim())
                .collect::<Vec<_>>()
                .join("\n"),
            range: first.start..last.start + last.text.len(),
        });
    }
    Draft {
        name,
        path,
        encoding,
        title: title.map(|(t, _)| t).unwrap_or_default(),
        preamble,
        points,
        layout: Layout {
            scheme,
            reason,
            headings: split.headings,
            left_out,
        },
        source: text,
    }
}

/// Fields of an e-mail's header as mail programs quote an earlier message under a reply
/// (`From: …`, `Sent: …`), in the languages of their users.
const MAIL_FIELDS: &[&str] = &[
    "from:",
    "sent:",
    "to:",
    "cc:",
    "subject:",
    "date:",
    "von:",
    "gesendet:",
    "an:",
    "betreff:",
    "de :",
    "envoyé :",
    "à :",
    "objet :",
    "от:",
    "отправлено:",
    "кому:",
    "тема:",
    "від:",
    "надіслано:",
    "дата:",
];

/// Lines that open an earlier message quoted in full under a reply or a forward.
const MAIL_SEPARATORS: &[&str] = &[
    "-----original message-----",
    "-----ursprüngliche nachricht-----",
    "-----message d'origine-----",
    "-----исходное сообщение-----",
    "-----оригінальне повідомлення-----",
];

/// Where an earlier message quoted under a reply starts (`From: … / Sent: … / To: … /
/// Subject: …`, or `-----Original Message-----`), when the reply above it has points of its
/// own (two marked lines at least): the line, if any.
fn earlier_message(lines: &[Line<'_>]) -> Option<usize> {
    let field = |i: usize| {
        lines.get(i).is_some_and(|l| {
            let t = l.text.trim_start();
            // A field's name and colon come first (no allocation for other lines).
            t.len() < 400 && t.chars().take(16).any(|c| c == ':') && {
                let head: String = t.chars().take(16).flat_map(char::to_lowercase).collect();
                MAIL_FIELDS.iter().any(|f| head.starts_with(f))
            }
        })
    };
    let at = (0..lines.len()).find(|&i| {
        let t = lines[i].text.trim();
        (t.len() < 60 && MAIL_SEPARATORS.contains(&t.to_lowercase().as_str()))
            || (field(i) && field(i + 1) && field(i + 2))
    })?;
    let marked = lines[..at]
        .iter()
        .filter(|l| marker(l.text).is_some())
        .count();
    (marked >= 2).then_some(at)
}

/// A line of the source with its byte offset and its line number (from 1).
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    number: usize,
    text: &'a str,
}

/// Marks that a line of their own repeats to separate parts of a text: Markdown's thematic
/// breaks (`---`, `***`, `* * *`; not `___`, a form's line to fill in), a Setext heading's underline (`===`), and the rules
/// of messenger posts and plain-text mail (`———`, `━━━`, `───`, `~~~`).
const SEPARATOR_MARKS: &[char] = &['-', '*', '=', '~', '—', '–', '─', '━', '•', '·'];

/// Is the line a separator: three or more of one [`SEPARATOR_MARKS`] (spaces between them
/// allowed), or two with a space between (`* *`), and nothing else? It separates like a blank line; kept, it was read as the end of
/// the point above.
fn is_separator(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    SEPARATOR_MARKS.contains(&first) && {
        let rest: Vec<char> = marks.collect();
        // Three marks at least, or two spaced (`* *`, as the European Council's conclusions
        // set off their sections).
        let spaced_pair = rest.len() == 1 && line.trim().contains(' ');
        (rest.len() >= 2 || spaced_pair) && rest.iter().all(|&c| c == first)
    }
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (n, piece) in text.split_inclusive('\n').enumerate() {
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        lines.push(Line {
            start,
            number: n + 1,
            text: if is_separator(body) { "" } else { body },
        });
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
    /// `1-`, `1 —`, `1:`, or a number alone on its line above the text (news pages in many
    /// languages): taken only when no other numbering is seen twice.
    Dash,
    /// `Point 1`, `Item 1`, `Пункт 1`, ...: label is the number.
    PointWord,
    /// `Article 1`, `Art. 1`, `Стаття 1`, `Section 1`, `§ 1`: label keeps the keyword.
    ArticleWord,
    /// A Markdown heading that starts with a number (`## 3. Title`).
    Heading,
    /// A bullet (`- `, `• `, ...; depth from the indentation): labelled `•1`, `•2`, ...
    Bullet,
}

impl Family {
    /// Lower ranks win when several families are present.
    fn rank(self) -> u8 {
        match self {
            Family::ArticleWord | Family::Heading => 0,
            Family::PointWord => 1,
            Family::Dot | Family::Paren | Family::Enclosed => 2,
            Family::Dash => 3,
            Family::Bullet => 4,
        }
    }

    fn is_word(self) -> bool {
        matches!(self, Family::PointWord | Family::ArticleWord)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Marker {
    family: Family,
    depth: u8,
    /// The keyword, lower-cased, for word families (so `Article` and `Стаття` are different schemes).
    keyword: String,
    label: String,
    /// The number as written (`7a`, `IV`), for labels of mixed keyword schemes.
    number_text: String,
    /// Main number, for checking that numbering runs on.
    number: u32,
    /// Byte offset in the line where the point's own text starts.
    rest: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Scheme {
    family: Family,
    depth: u8,
    keyword: String,
    /// Label keywords in any mix (`Point 1`, `Paragraph 2`, `Article 3`): the run of numbers
    /// decides, not the keyword.
    mixed: bool,
    /// Numbers that run on through keyword lines (`Section I. Security` over points 1..28):
    /// those lines are section headings.
    sections: bool,
}

impl Scheme {
    fn of(m: &Marker) -> Scheme {
        Scheme {
            family: m.family,
            depth: m.depth,
            keyword: m.keyword.clone(),
            mixed: false,
            sections: false,
        }
    }

    /// The scheme in words, for `clausewise inspect`.
    fn describe(&self) -> String {
        if self.mixed {
            return "label keywords in any mix (`Point 1`, `Paragraph 2`, `Article 3`, ...)"
                .to_owned();
        }
        let n = if self.depth > 1 {
            vec!["1"; self.depth as usize].join(".")
        } else {
            "1".to_owned()
        };
        match self.family {
            Family::Dot if self.keyword == CHINESE_NUMERALS => "Chinese numerals `一、`".to_owned(),
            Family::Enclosed if self.keyword == CHINESE_NUMERALS => {
                "Chinese numerals `（一）`".to_owned()
            }
            Family::Dot | Family::Paren | Family::Enclosed if !self.keyword.is_empty() => {
                let (open, close) = match self.family {
                    Family::Dot => ("", "."),
                    Family::Paren => ("", ")"),
                    _ => ("(", ")"),
                };
                let first = Ordinals::ALL
                    .iter()
                    .find(|o| o.name() == self.keyword)
                    .map_or("?", |o| o.first());
                format!("{} `{open}{first}{close}`", self.keyword)
            }
            Family::Dot if self.depth > 1 => format!("numbers `{n}`"),
            Family::Dot => "numbers `1.`".to_owned(),
            Family::Dash => "numbers `1-`, `1 —`, `1:` or alone on their lines".to_owned(),
            Family::Paren => "numbers `1)`".to_owned(),
            Family::Enclosed => "numbers `(1)`".to_owned(),
            Family::PointWord if self.keyword == UN_LABELS => {
                "United Nations paragraph labels `PP1` … `OP1` …".to_owned()
            }
            Family::PointWord | Family::ArticleWord => {
                let mut k = self.keyword.clone();
                if let Some(first) = k.chars().next().filter(|c| c.is_lowercase()) {
                    k = first.to_uppercase().chain(k.chars().skip(1)).collect();
                }
                if k == "§" {
                    "`§ 1`".to_owned()
                } else if k == cjk::ORDINAL {
                    "Chinese ordinals `第一，`".to_owned()
                } else if k.starts_with(script::without_spaces) {
                    format!("`第1{k}`")
                } else {
                    format!("`{k} 1`")
                }
            }
            Family::Heading => "numbered Markdown headings (`## 1.`)".to_owned(),
            Family::Bullet => {
                "bullets as points (`- `, `• `, `* `, ...), labelled •1, •2, ...".to_owned()
            }
        }
    }
}

impl Marker {
    /// A bullet item's marker: `depth` from the indentation, the item's text from byte `rest`.
    fn bullet(depth: u8, rest: usize) -> Marker {
        Marker {
            family: Family::Bullet,
            depth,
            keyword: String::new(),
            label: String::new(),
            number_text: String::new(),
            number: 0,
            rest,
        }
    }

    fn is_of(&self, scheme: &Scheme) -> bool {
        if scheme.mixed {
            return self.family.is_word() && self.depth == 1;
        }
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
    "punto",
    "ponto",
    "bod",
    "пункт",
    "п.",
    "параграф",
    "proposal",
    "step",
    "stage",
    "condition",
    "principle",
    "demand",
    "סעיף",
    "البند",
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
    "artykuł",
    "článek",
    "článok",
    "rule",
    "madde",
    "مادة",
    "المادة",
    "pasal",
    "điều",
    "άρθρο",
];

/// Of the [`ARTICLE_WORDS`], those that label only before a dot, a colon or the line's end
/// (`Điều 1. Phạm vi`, `Pasal 1` alone): in prose they are words or citations.
const STRICT_ARTICLE_WORDS: &[&str] = &["pasal", "điều", "άρθρο"];

/// Keywords of the divisions above the points (`Chapter 2`, `Part II`, `Розділ ІІ`, `Глава 3`):
/// a line that starts with one and a number is a section heading between points.
const SECTION_WORDS: &[&str] = &[
    "chapter",
    "part",
    "розділ",
    "глава",
    "частина",
    "раздел",
    "часть",
    "kapitel",
    "teil",
    "rozdział",
    "dział",
    "bab",
    "chương",
    "κεφάλαιο",
];

/// Could this line be a section heading by its keyword (`Chapter 2`, `Розділ ІІ. ГАРАНТІЇ`,
/// `Part 3: Final provisions`): one of [`SECTION_WORDS`] with a capital, a number (Arabic or
/// Roman, also in the Cyrillic `І` and `Х`), then nothing or a few words with no closing
/// punctuation? Whether it is one depends on where it stands
/// (`PointSplitter::keyword_heading`): `частина 2 статті 5 цього Закону` also starts
/// wrapped lines of a point's text.
fn section_word_heading(line: &str) -> bool {
    after_section_number(line).is_some_and(|after| {
        let after = after.trim_start_matches(['.', ':', ')', '—', '–', '-']);
        (after.is_empty() || after.starts_with([' ', '\t', '\u{a0}', '\u{3000}']))
            && is_heading_like(line)
    })
}

/// What follows the number of a line that starts with one of [`SECTION_WORDS`] with a
/// capital and a number (Arabic or Roman, also in the Cyrillic `І` and `Х`): `. Загальні
/// положення` of `Розділ ІІ. Загальні положення`. `None` for any other line.
fn after_section_number(line: &str) -> Option<&str> {
    let line = line.trim();
    if let Some(l) = cjk::label(line) {
        return (l.level == cjk::Level::Division).then(|| &line[l.len..]);
    }
    let (word, rest) = line.split_once([' ', '\t', '\u{a0}'])?;
    if !word.starts_with(char::is_uppercase)
        || !SECTION_WORDS.contains(&word.to_lowercase().as_str())
    {
        return None;
    }
    let rest = rest.trim_start();
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "IVXLCІХ".contains(c));
    (after.len() < rest.len()).then_some(after)
}

/// Does a separator and a capital follow the keyword's number (`Глава 2. Полномочия`,
/// `Part 3: Final provisions`, `Розділ ІІ — ГАРАНТІЇ`), as in a heading and not in a
/// reference inside a sentence (`Chapter 2 of the Statute`)?
fn titled_heading(line: &str) -> bool {
    after_section_number(line)
        .and_then(|after| after.strip_prefix(['.', ':', '—', '–']))
        .is_some_and(|title| title.starts_with([' ', '\t', '\u{a0}']) && starts_with_capital(title))
}

/// Does the heading's title (after the keyword and number) have few words, or only capitals?
/// A longer title is a heading only right above a point.
fn short_title(line: &str) -> bool {
    /// Most words of a title in small letters.
    const TITLE_WORDS: usize = 8;
    let capitals = !line.chars().any(char::is_lowercase);
    capitals || script::word_count(line) <= TITLE_WORDS
}

/// Does the line start with a capital letter or a digit, after any opening bracket or quote
/// (`(Repealed)`, `«Загальні положення»`)?
fn starts_with_capital(line: &str) -> bool {
    line.trim_start()
        .trim_start_matches(['(', '[', '{', '«', '"', '“', '„', '\''])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Does the line end a sentence with `.`, `!`, `?` or `…` (not `:` or `;`, which announce
/// what follows)?
fn ends_full_sentence(line: &str) -> bool {
    without_closers(line).ends_with(script::FULL_STOPS)
}

/// The line without the quotes, brackets and emphasis that may close a sentence after its
/// punctuation.
fn without_closers(line: &str) -> &str {
    without_citations(line).trim_end_matches(['"', '”', '»', '\'', '’', ')', '*', '」', '』', '）'])
}

/// The line without a wiki's citation marks at its end (`…confirmed.[13][14]`), trimmed.
fn without_citations(line: &str) -> &str {
    let mut s = line.trim_end();
    while let Some(open) = s.strip_suffix(']').and_then(|t| t.rfind('[')) {
        let inside = &s[open + 1..s.len() - 1];
        if inside.is_empty() || inside.len() > 4 || !inside.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        s = s[..open].trim_end();
    }
    s
}

/// Characters that start a bullet item when followed by white space (or alone on a line).
const BULLETS: &[char] = &[
    '-', '*', '•', '–', '—', '→', '·', '▪', '●', '◦', '►', '➢', '■', '○', '‣',
];

/// Emoji that posts copied from messengers put in front of list items, often with no space
/// before the text (`▪️Permanent neutrality…`, `🔹The parties exchange…`): none can be a
/// minus sign or a footnote, so the text may follow at once. So are the triangles and
/// diamonds of Korean and Japanese news summaries (`▲우크라이나…`, `▽ウクライナ…`).
///
/// Only decorative marks: a status mark (`✅ agreed`, `❌ rejected`, `☑`, `❗`, coloured
/// circles) says something a reader compares, and `👉` or `🔴` often point to a link or open a
/// headline.
const EMOJI_BULLETS: &[char] = &[
    '▪', '▫', '🔹', '🔸', '🔷', '🔶', '🔻', '🔺', '📌', '➡', '▶', '⭐', '▲', '△', '▼', '▽', '◆',
    '◇', '□',
];

/// A bullet at the start of `s` (already trimmed): the byte offset of the item's text.
fn bullet(s: &str) -> Option<usize> {
    if let Some(c) = s.chars().next().filter(|c| EMOJI_BULLETS.contains(c)) {
        // The emoji's variation selector and skin tone, if any.
        let after = s[c.len_utf8()..].trim_start_matches([
            '\u{fe0f}',
            '\u{1f3fb}',
            '\u{1f3fc}',
            '\u{1f3fd}',
            '\u{1f3fe}',
            '\u{1f3ff}',
        ]);
        let text = after.trim_start_matches([' ', '\t', '\u{a0}']);
        // `▲ 2.3% Dow Jones`: a rise, not a bullet.
        let sign = "▲△▼▽".contains(c)
            && text.starts_with(|c: char| c.is_ascii_digit() || "+-−".contains(c));
        if sign {
            return None;
        }
        if !text.starts_with(|c: char| c.is_ascii_digit()) || text.len() < after.len() {
            return Some(s.len() - text.len());
        }
    }
    let c = s.chars().next().filter(|c| BULLETS.contains(c))?;
    let after = &s[c.len_utf8()..];
    let text = after.trim_start_matches([' ', '\t', '\u{a0}']);
    if after.is_empty() || text.len() < after.len() {
        Some(s.len() - text.len())
    } else {
        None
    }
}

/// The sub-bullets of a list copied from Word as plain text, which keeps the glyphs of its
/// symbol fonts as letters: `o` (Courier New) at the second level, followed by a tab or a run
/// of spaces (the first level's `·` is a bullet; the third level's Wingdings `§` is left
/// alone, as `§  Definitions` heads sections). Returns the depth and the byte offset of the
/// item's text.
fn word_sub_bullet(s: &str) -> Option<(u8, usize)> {
    let after = s.strip_prefix('o')?;
    let text = after.trim_start_matches([' ', '\t', '\u{a0}']);
    let gap = &after[..after.len() - text.len()];
    let wide = gap.contains('\t') || gap.chars().count() >= 2;
    (wide && !text.is_empty() && !text.starts_with(|c: char| c.is_ascii_digit()))
        .then_some((2, s.len() - text.len()))
}

/// Bullet glyphs that web pages put in front of list numbers (`•1 Text`, `●2. Text`); a dash,
/// an asterisk or an arrow glued to a digit is a minus sign, a footnote or a range instead.
const NUMBER_GLYPHS: &[char] = &['•', '·', '▪', '●', '◦', '►', '➢', '■', '○', '‣'];

/// `•1 Text`, `•2. Text`, `🔹3. Text`: a number glued to a bullet glyph or a decorative emoji
/// ([`EMOJI_BULLETS`]), as news pages and messenger posts render the items of a numbered list.
/// The number is the point's; the glyph is decoration. With
/// white space between the glyph and the number (`• 5 million`), the line is a bullet item.
fn bullet_number(s: &str) -> Option<Found> {
    let glyph = s
        .chars()
        .next()
        .filter(|c| NUMBER_GLYPHS.contains(c) || EMOJI_BULLETS.contains(c))?;
    // An emoji's variation selector (`🔹1.`, `▪️2.`, as messenger posts number their lists).
    let after = s[glyph.len_utf8()..].trim_start_matches('\u{fe0f}');
    if !after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let offset = s.len() - after.len();
    let found = numeric_marker(after).or_else(|| {
        // A bare number (`•1 Text`) needs white space after it.
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let text = after[digits..].trim_start();
        let spaced = text.len() < after.len() - digits;
        let number = after[..digits].parse().ok()?;
        (spaced && digits <= 3).then(|| Found {
            family: Family::Dot,
            depth: 1,
            keyword: String::new(),
            label: after[..digits].to_owned(),
            number_text: after[..digits].to_owned(),
            number,
            rest: after.len() - text.len(),
        })
    })?;
    (found.depth == 1 && found.family == Family::Dot).then(|| Found {
        rest: offset + found.rest,
        ..found
    })
}

/// Status marks that a page puts before a point's number to say what became of it (`✅ 1.`
/// kept, `❌ 3.` struck out, `✏️ 4.` changed), as messenger posts compare two drafts.
const STATUS_MARKS: &[char] = &[
    '✅', '❌', '✏', '☑', '✔', '✖', '❗', '⚠', '⛔', '🟢', '🟡', '🔴', '🆕',
];

/// A numbered point after a status mark (`✅ 1. Text`): the marker, labelled with the mark
/// (`✅ 1`), so the reader keeps what the page said of it, its number the point's.
fn status_marker(trimmed: &str, indent: usize) -> Option<Marker> {
    let mark = trimmed
        .chars()
        .next()
        .filter(|c| STATUS_MARKS.contains(c))?;
    let after = trimmed[mark.len_utf8()..].trim_start_matches('\u{fe0f}');
    let number = after.trim_start_matches([' ', '\u{a0}']);
    if number.len() == after.len() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let found = numeric_marker(number)?;
    if found.family != Family::Dot || found.depth != 1 {
        return None;
    }
    let offset = indent + trimmed.len() - number.len();
    let mut m = found.at(offset);
    m.label = format!("{} {}", &trimmed[..trimmed.len() - after.len()], m.label);
    Some(m)
}

/// The number of an enclosed number character: circled `①`…`⑳` and `⓫`…`⓴`, double
/// circled `⓵`…`⓾`, negative circled `❶`…`❿` and `➊`…`➓`, sans-serif circled `➀`…`➉`,
/// parenthesized `⑴`…`⒇` and with a full stop `⒈`…`⒛`.
fn enclosed_number(c: char) -> Option<u32> {
    let (first, value) = match c {
        '\u{2460}'..='\u{2473}' => ('\u{2460}', 1),
        '\u{2474}'..='\u{2487}' => ('\u{2474}', 1),
        '\u{2488}'..='\u{249b}' => ('\u{2488}', 1),
        '\u{24eb}'..='\u{24f4}' => ('\u{24eb}', 11),
        '\u{24f5}'..='\u{24fe}' => ('\u{24f5}', 1),
        '\u{2776}'..='\u{277f}' => ('\u{2776}', 1),
        '\u{2780}'..='\u{2789}' => ('\u{2780}', 1),
        '\u{278a}'..='\u{2793}' => ('\u{278a}', 1),
        _ => return None,
    };
    Some(c as u32 - first as u32 + value)
}

/// Recognises a point marker at the start of a line.
fn marker(line: &str) -> Option<Marker> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if let Some(m) = status_marker(trimmed, indent) {
        return Some(m);
    }
    if let Some(found) = bullet_number(trimmed) {
        return Some(found.at(indent));
    }
    if let Some(rest) = bullet(trimmed) {
        // Depth from the indentation (a tab counts as four spaces): nested bullets are sub-items.
        let columns: usize = line[..indent]
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        return Some(Marker::bullet(
            1 + (columns / 2).min(100) as u8,
            indent + rest,
        ));
    }
    if let Some((depth, text)) = word_sub_bullet(trimmed) {
        return Some(Marker::bullet(depth, indent + text));
    }
    let mut s = trimmed;
    let mut heading = false;
    // A number sign before the number (`№ 1.`, `№2)`, `#3.`): the label is the number.
    if let Some(after) = s
        .strip_prefix('№')
        .map(|a| a.trim_start_matches([' ', '\u{a0}']))
        .or_else(|| s.strip_prefix('#'))
        .filter(|a| a.starts_with(|c: char| c.is_ascii_digit()))
    {
        s = after;
    }
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
        '0'..='9' | '(' => numeric_marker(s).or_else(|| cjk_list_marker(s))?,
        c if eastern_arabic_digit(c).is_some() => numeric_marker(s)?,
        // Circled numbers (`①`…`⑳`), as Chinese and Japanese pages list points, and the
        // other enclosed numbers (`❶`, `⑴`, `⒈`, messengers' posts and Japanese news).
        c if enclosed_number(c).is_some() => {
            let rest = &s[c.len_utf8()..];
            let text = rest.trim_start();
            Found {
                family: Family::Dot,
                depth: 1,
                keyword: String::new(),
                label: c.to_string(),
                number_text: c.to_string(),
                number: enclosed_number(c)?,
                rest: s.len() - text.len(),
            }
        }
        '第' => cjk_label_marker(s)?,
        c if cjk::may_start_list_number(c) => cjk_list_marker(s)?,
        // The keycap emoji for ten.
        '\u{1f51f}' => Found {
            family: Family::Dot,
            depth: 1,
            keyword: String::new(),
            label: "10".to_owned(),
            number_text: "10".to_owned(),
            number: 10,
            rest: s.len() - s['\u{1f51f}'.len_utf8()..].trim_start().len(),
        },
        _ => word_marker(s)?,
    };
    let mut found = found;
    if heading && matches!(found.family, Family::Dot | Family::Paren | Family::Enclosed) {
        found.family = Family::Heading;
    }
    Some(found.at(offset))
}

/// A Chinese or Japanese article label (`第一条`, `第12条`; see [`cjk::label`]): an article
/// keyword family whose keyword is the label's (`条`), labelled as written. A division
/// (`第一章`) is no point marker but a section heading (`section_word_heading`).
fn cjk_label_marker(s: &str) -> Option<Found> {
    let l = cjk::label(s)?;
    if l.level != cjk::Level::Point {
        return None;
    }
    let number_text = s['第'.len_utf8()..l.number_end].trim();
    Some(Found {
        family: Family::ArticleWord,
        depth: 1,
        keyword: l.keyword.to_owned(),
        label: s[..l.len].to_owned(),
        number_text: number_text.to_owned(),
        number: l.number,
        rest: l.rest,
    })
}

/// Keyword of the list schemes numbered in Chinese numerals (`一、`, `（一）`): they are
/// schemes of their own, apart from Arabic numbers.
const CHINESE_NUMERALS: &str = "一";

/// A Chinese or Japanese list number (`一、`, `1、`, `（一）`, `（1）`; see
/// [`cjk::list_number`]): numbers `1.` or `(1)`, labelled as written.
fn cjk_list_marker(s: &str) -> Option<Found> {
    let (written, number, enclosed, chinese, rest) = cjk::list_number(s)?;
    Some(Found {
        family: if enclosed {
            Family::Enclosed
        } else {
            Family::Dot
        },
        depth: 1,
        keyword: if chinese { CHINESE_NUMERALS } else { "" }.to_owned(),
        label: written.to_owned(),
        number_text: written.to_owned(),
        number,
        rest,
    })
}

/// Quotation marks that open a quoted text (`"1. An immediate ceasefire…`, `«1.`).
const OPENING_QUOTES: &[char] = &['"', '“', '«', '„'];

/// Quotation marks that close one.
const CLOSING_QUOTES: &[char] = &['"', '”', '»', '“'];

/// The rest of `s` after an opening quotation mark right before a number: a page that quotes
/// a draft's text opens the quote on its first point (`"1. An immediate ceasefire…`).
fn after_opening_quote(s: &str) -> Option<&str> {
    let quote = s.chars().next().filter(|c| OPENING_QUOTES.contains(c))?;
    let rest = &s[quote.len_utf8()..];
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some(rest)
}

/// How treaties, conventions and regulations open their closing formula, lower-cased: the
/// place, date and languages of signature, then the signatures (`Done at Brussels,`,
/// `IN WITNESS WHEREOF`, `Вчинено в м. Києві`, `Совершено в городе Минске`), and how laws
/// record their adoption (`Aprovada em 20 de novembro de 2025.`, `Disahkan di Jakarta`). Each
/// but the witness and adoption formulas must name a place (a capital) or the originals next ([`FORMULA_NEXT`]):
/// `Done in 18 of 24 regions`, `Done in accordance with…`, `Вчинено правопорушення` are not.
const CLOSING_FORMULAS: &[(&str, bool)] = &[
    ("done at", true),
    ("done in", true),
    ("in witness whereof", false),
    ("вчинено в", true),
    ("вчинено у", true),
    ("учинено в", true),
    ("учинено у", true),
    ("на посвідчення чого", false),
    ("совершено в", true),
    ("в удостоверение чего", false),
    ("fait à", true),
    ("geschehen zu", true),
    ("disahkan di", true),
    ("această lege a fost adoptată", false),
];

/// How Portuguese laws record their adoption under the last article, lower-cased: a closing
/// formula only before a date (`Aprovada em 20 de novembro de 2025.`; `Aprovado em referendo,
/// …` is a sentence).
const ADOPTION_FORMULAS: &[&str] = &[
    "aprovada em",
    "aprovado em",
    "promulgada em",
    "promulgado em",
];

/// Words that may follow a closing formula's opening instead of a place's name.
const FORMULA_NEXT: &[&str] = &[
    "duplicate",
    "triplicate",
    "two",
    "three",
    "four",
    "м.",
    "місті",
    "г.",
    "городе",
    "двох",
    "двух",
];

/// Most words of a signature line under a closing formula (`O Presidente da Assembleia da
/// República, Fulano de Tal.`).
pub const SIGNATURE_WORDS: usize = 12;

/// Words that head an annex, a schedule or an appendix after a draft's last point,
/// lower-cased.
const ANNEX_WORDS: &[&str] = &[
    "annex",
    "annexes",
    "schedule",
    "appendix",
    "attachment",
    "додаток",
    "додатки",
    "приложение",
    "anlage",
    "annexe",
    "anexo",
    "allegato",
    "załącznik",
    "příloha",
];

/// Is the line an annex's heading (`Schedule 1 – Service levels`, `ANNEX`, `Додаток 2`,
/// `附則`): one of [`ANNEX_WORDS`] with a capital, alone or with a number or letter, and at
/// most a short title after a separator?
fn annex_heading(line: &str) -> bool {
    let t = line.trim();
    if t.len() > FURNITURE_LINE_BYTES || !t.starts_with(char::is_uppercase) {
        // Japanese, Chinese and Korean supplementary provisions (`附　則`, spaced or not).
        return t.starts_with(['附', '부']) && t.chars().count() <= 4 && {
            let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            ["附則", "附则", "부칙"].contains(&compact.as_str())
        };
    }
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let word = first.trim_end_matches(['.', ':']).to_lowercase();
    if !ANNEX_WORDS.contains(&word.as_str()) {
        return false;
    }
    match words.next() {
        None => true,
        // `Schedule 1`, `Annex II`, `Appendix A`, `Додаток 2`, then a separator and a title.
        Some(n) => {
            let n = n.trim_end_matches(['.', ':', ')']);
            let numbered = !n.is_empty()
                && n.chars().count() <= 5
                && n.chars()
                    .all(|c| c.is_ascii_digit() || "IVXLC".contains(c) || c.is_ascii_uppercase());
            numbered
                && words
                    .next()
                    .is_none_or(|sep| ["–", "—", "-", ":"].contains(&sep) && is_heading_like(t))
        }
    }
}

/// Does `line` start with `formula` (lower-cased), compared without case? A formula's letters
/// have the same length in both cases.
fn opens_with(line: &str, formula: &str) -> bool {
    line.get(..formula.len())
        .is_some_and(|head| head.to_lowercase() == formula)
}

/// Does the line open a closing formula ([`CLOSING_FORMULAS`]), with a capital (a wrapped
/// line `done in stages.` is a sentence's)?
fn closing_formula(line: &str) -> bool {
    let line = line.trim_start();
    if !starts_with_capital(line) {
        return false;
    }
    let dated = ADOPTION_FORMULAS.iter().any(|formula| {
        opens_with(line, formula)
            && line[formula.len()..]
                .strip_prefix(' ')
                .is_some_and(|date| date.starts_with(|c: char| c.is_ascii_digit()))
    });
    dated
        || CLOSING_FORMULAS.iter().any(|&(formula, place)| {
            if !opens_with(line, formula) {
                return false;
            }
            if !place {
                return true;
            }
            // The word after, as written (`Done at Vienna`), or `Done at,` with the place left
            // blank.
            let after = &line[formula.len()..];
            let next = after.trim_start();
            let first = next.split_whitespace().next().unwrap_or("").to_lowercase();
            after.starts_with(',')
                || (after.starts_with(' ')
                    && (next.starts_with(char::is_uppercase)
                        || FORMULA_NEXT.contains(&first.as_str())))
        })
}

/// Does the line end a sentence and then a quotation (`…and mercenaries."`)?
fn closes_quote(line: &str) -> bool {
    closing_mark(line).is_some()
}

/// Where the mark that closes a quotation at the end of a line starts: after the sentence's
/// end (`…mercenaries."`), or before it, as Ukrainian and Russian write (`…гарантії».`).
fn closing_mark(line: &str) -> Option<usize> {
    let line = line.trim_end();
    if line.ends_with(CLOSING_QUOTES)
        && line
            .trim_end_matches(CLOSING_QUOTES)
            .trim_end()
            .ends_with(['.', '!', '?', '…', ';'])
    {
        return line.char_indices().next_back().map(|(k, _)| k);
    }
    let before_stop = line.strip_suffix(['.', ';'])?;
    before_stop
        .ends_with(CLOSING_QUOTES)
        .then(|| before_stop.char_indices().next_back().map(|(k, _)| k))
        .flatten()
}

/// A marker recognised at the start of a line (before Markdown heading adjustments).
struct Found {
    family: Family,
    depth: u8,
    keyword: String,
    label: String,
    number_text: String,
    number: u32,
    rest: usize,
}

impl Found {
    /// The marker of a line where what was recognised starts at byte `offset`.
    fn at(self, offset: usize) -> Marker {
        Marker {
            family: self.family,
            depth: self.depth,
            keyword: self.keyword,
            label: self.label,
            number_text: self.number_text,
            number: self.number,
            rest: offset + self.rest,
        }
    }
}

/// `Point 3:`, `Article 3`, `Стаття 3.`, `§ 3`, `§3`.
/// How French numbers its first article (`Article 1er`, `Article premier`, `Article 1re`): the
/// text, the number 1 and its length, when a separator, white space or the end follows.
fn first_in_words(s: &str) -> Option<(&str, u32, usize)> {
    let len = ["1er", "1re", "premier", "première", "Premier", "PREMIER"]
        .iter()
        .find(|w| s.starts_with(*w))?
        .len();
    s[len..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || ".:–—-".contains(c))
        .then_some((&s[..len], 1, len))
}

fn word_marker(s: &str) -> Option<Found> {
    let (keyword, family, after_kw) = if let Some(after) = s.strip_prefix('§') {
        let after = after.trim_start_matches('§');
        ("§".to_owned(), Family::ArticleWord, after)
    } else {
        let mut word_end = s
            .find(|c: char| c.is_whitespace() || c == '\u{a0}')
            .unwrap_or(s.len());
        // `Proposal-1:`: a hyphen between the keyword and its number.
        let mut hyphen = false;
        if let Some(k) = s[..word_end].find('-')
            && s[k + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            word_end = k;
            hyphen = true;
        }
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
        let after = if hyphen {
            &s[word_end + 1..]
        } else {
            &s[word_end..]
        };
        (word, family, after)
    };
    let spaced = after_kw.trim_start_matches([' ', '\t', '\u{a0}']);
    // `Пункт №1`, `Point No. 3`, `Item #4`: the number sign is not part of the label.
    let spaced = ["№", "No.", "no.", "#"]
        .iter()
        .find_map(|sign| spaced.strip_prefix(sign))
        .map_or(spaced, |s| s.trim_start_matches([' ', '\t', '\u{a0}']));
    let (number_text, number, len) =
        first_in_words(spaced).or_else(|| number_token(spaced, true))?;
    let mut rest = &spaced[len..];
    // Keywords that are also words of prose (Vietnamese `Điều 3 bên cần làm`, "the thing the
    // three sides must do") or that news pages cite (`Pasal 5 NATO`, `Άρθρο 5 του ΝΑΤΟ`) label
    // only before a dot, a colon or the line's end.
    if STRICT_ARTICLE_WORDS.contains(&keyword.as_str())
        && !(rest.trim().is_empty() || rest.starts_with(['.', ':']))
    {
        return None;
    }
    rest = rest.strip_prefix("**").unwrap_or(rest);
    // A Spanish or Portuguese ordinal indicator (`Artículo 1.º`, `Artigo 2º`).
    rest = without_ordinal_indicator(rest).unwrap_or(rest);
    // After the number: end of line, or a separator, or white space.
    let sep = rest.chars().next();
    match sep {
        None => {}
        // `Article 5-style guarantees`, `Article 5-like`: a compound word, not a label (an
        // inserted `Art. 2-bis`, `Article 25-A` is one).
        Some('-') if compound_word(&rest[1..]) => return None,
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
    Some(Found {
        family,
        depth: 1,
        keyword: canonical(&keyword).to_owned(),
        label,
        number_text: number_text.to_owned(),
        number,
        rest: s.len() - rest.len(),
    })
}

/// Does `s` (what follows a dash after a keyword's number) start a word that the number
/// and the dash make a compound of (`style` in `Article 5-style`): two lower-case letters or
/// more, not a Latin adverb of an inserted article (`2-bis`) nor a capital (`25-A`).
fn compound_word(s: &str) -> bool {
    let word: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 2
        && word.chars().all(char::is_lowercase)
        && !LATIN_INSERTED.contains(&word.as_str())
}

/// The number written in keycap emoji at the start of `s` (each digit followed by an
/// optional variation selector and the combining keycap, `1️⃣2️⃣`: at most three) and the text
/// after them.
fn keycaps(s: &str) -> Option<(String, &str)> {
    let mut digits = String::new();
    let mut rest = s;
    while let Some(d) = rest.chars().next().filter(char::is_ascii_digit) {
        let after = rest[1..].trim_start_matches('\u{fe0f}');
        let Some(after) = after.strip_prefix('\u{20e3}') else {
            break;
        };
        digits.push(d);
        rest = after;
    }
    (1..=3).contains(&digits.len()).then_some((digits, rest))
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

/// `1.` `1)` `(1)` `12.3` `7a.`; the number must be followed by white space or the line end
/// (or, after `9.`, by a capital letter).
fn numeric_marker(s: &str) -> Option<Found> {
    let (family, inner) = if let Some(inner) = s.strip_prefix('(') {
        (Family::Enclosed, inner)
    } else {
        (Family::Dot, s)
    };
    // Keycap emoji (`1️⃣ Text`, `1️⃣2️⃣ Text`, as in posts copied from messengers) are a plain
    // `1.`, `12.`.
    if family == Family::Dot
        && let Some((digits, rest)) = keycaps(s)
        && let Ok(number) = digits.parse::<u32>()
    {
        return Some(Found {
            family,
            depth: 1,
            keyword: String::new(),
            label: digits.clone(),
            number_text: digits,
            number,
            rest: s.len() - rest.trim_start().len(),
        });
    }
    let (number_text, number, len) = number_token(inner, false)?;
    let after = &inner[len..];
    let depth = 1 + number_text.matches('.').count() as u8;
    // `1.º`, `1º`, `1°`: an ordinal indicator (Spanish, Portuguese, Italian, French lists and
    // laws) numbers a point as `1.` does, white space after it.
    if family == Family::Dot
        && depth == 1
        && let Some(text) = without_ordinal_indicator(after)
        && text.starts_with(char::is_whitespace)
    {
        let rest = text.trim_start();
        return Some(Found {
            family,
            depth,
            keyword: String::new(),
            label: number_text.to_owned(),
            number_text: number_text.to_owned(),
            number,
            rest: s.len() - rest.len(),
        });
    }
    let (family, after) = match (family, after.chars().next()) {
        (Family::Enclosed, Some(')')) => (Family::Enclosed, &after[1..]),
        (Family::Enclosed, _) => return None,
        (_, Some(')')) => (Family::Paren, &after[1..]),
        // `1.-`, `1.—` (as Latin American pages and UK regulations number: `1.—(1) These…`).
        (_, Some('.')) if depth == 1 && after[1..].starts_with(['-', '–', '—']) => {
            let dash = after[1..].chars().next().map_or(0, char::len_utf8);
            let rest = &after[1 + dash..];
            // `1.—(1) These…`: the point's first part follows the dash directly.
            if rest.starts_with('(') {
                return Some(Found {
                    family: Family::Dot,
                    depth,
                    keyword: String::new(),
                    label: number_text.to_owned(),
                    number_text: number_text.to_owned(),
                    number,
                    rest: s.len() - rest.len(),
                });
            }
            (Family::Dot, rest)
        }
        (_, Some('.')) => (Family::Dot, &after[1..]),
        // A thread's `1/`, `2/` (or `1/7`), white space after it.
        (Family::Dot, Some('/')) if depth == 1 && number_text.len() <= 2 => {
            let count = after[1..].bytes().take_while(u8::is_ascii_digit).count();
            // A thread's count is its number or more (`2/7`); `2/3 of the members` is a
            // fraction.
            if count > 0
                && after[1..1 + count]
                    .parse::<u32>()
                    .map_or(true, |total| total < number || total > 99)
            {
                return None;
            }
            let rest = &after[1 + count..];
            // Text follows, no figure (`2/2   25-03011` is a printed page's count).
            // A thread's post starts with a capital, a quote or a bullet; a fraction's text in
            // small letters (`2/3 of its members`).
            let words = rest
                .trim_start()
                .starts_with(|c: char| !c.is_ascii_digit() && !c.is_lowercase());
            if !rest.starts_with([' ', '\t', '\u{a0}']) || !words {
                return None;
            }
            (Family::Paren, rest)
        }
        (_, Some(_)) if depth == 1 && number_text.len() <= 3 => match dash_separator(after) {
            Some(len) => (Family::Dash, &after[len..]),
            None => return None,
        },
        // "12.3 text": a dotted number needs no final dot.
        (_, Some(c)) if depth > 1 && c.is_whitespace() => (Family::Dot, after),
        _ => return None,
    };
    let after = after.strip_prefix("**").unwrap_or(after);
    match after.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() => {}
        // "9.NATO": a capital right after `9.` starts the point's text; so after `(1)` and
        // `1)` (`(1)These Regulations…`, as legislation sites' text copies).
        Some(c) if depth == 1 && c.is_uppercase() => {}
        // Chinese and Japanese put no space after a number (`1.双方`, `(2)战俘`).
        Some(c) if script::without_spaces(c) => {}
        // A dash glued to Arabic text (`3-ستحصل`), as `dash_separator` allows.
        Some(_) if family == Family::Dash => {}
        _ => return None,
    }
    let rest = after.trim_start();
    Some(Found {
        family,
        depth,
        keyword: String::new(),
        label: number_text.to_owned(),
        number_text: number_text.to_owned(),
        number,
        rest: s.len() - rest.len(),
    })
}

/// The text after an ordinal indicator that follows a number (`º`, `°`, `.º`, `.°`), if one
/// does.
fn without_ordinal_indicator(after: &str) -> Option<&str> {
    let after = after.strip_prefix('.').unwrap_or(after);
    after.strip_prefix(['º', '°'])
}

/// The length of a dash or colon separator after a point's number (`1- Text`, `1 — Text`,
/// `1: Text`), white space after it required (`10:30`, `2-3` and `1-й` are not markers).
fn dash_separator(after: &str) -> Option<usize> {
    let spaced = after.trim_start_matches([' ', '\u{a0}']);
    let sep = spaced
        .chars()
        .next()
        .filter(|c| ['-', '–', '—', ':'].contains(c))?;
    // `1 : Text` is unusual; a colon follows the number directly.
    if sep == ':' && spaced.len() < after.len() {
        return None;
    }
    let rest = &spaced[sep.len_utf8()..];
    // Arabic pages also glue the text to the dash (`3-سيتم`): no Arabic word is hyphenated.
    let arabic = |c: char| ('\u{620}'..='\u{64a}').contains(&c);
    (rest.starts_with([' ', '\t', '\u{a0}']) || (sep == '-' && rest.starts_with(arabic)))
        .then(|| after.len() - rest.len())
}

/// The marker of each line ([`marker`]), with the points of a quoted draft
/// ([`quoted_marker`]) and without stray dash numbers ([`drop_stray_dashes`]).
fn read_markers(lines: &[Line<'_>]) -> Vec<Option<Marker>> {
    let mut markers: Vec<Option<Marker>> = lines.iter().map(|l| marker(l.text)).collect();
    // A page that quotes a draft opens the quotation on its first point (`"1. An immediate
    // ceasefire…`), or quotes each point: when the first numbered line is quoted, so are the
    // draft's points. A quoted number after the first (`викласти в такій редакції:` over
    // `«1. Оборона України…`) is a quotation inside a point.
    let numbered = |m: &Option<Marker>| m.as_ref().is_some_and(|m| m.family != Family::Bullet);
    let first_numbered = markers.iter().position(numbered).unwrap_or(markers.len());
    // A pull quote whose quotation closes inside its line and goes on (`"1. Sovereignty is
    // confirmed" – the new draft opens with…`) is the page's sentence, not the draft's start.
    let first_quoted = lines[..first_numbered]
        .iter()
        .position(|l| quoted_marker(l.text).is_some())
        .filter(|&i| quote_marks(lines[i].text) % 2 == 1 || closes_quote(lines[i].text))
        // Closed on its own line, it is one of several quoted points (`«1. …»` over
        // `«2. …»`), not one quoted part before the draft's own numbers (an amending law's
        // `«1. …»` new wording over `II. Прикінцеві положення`, `1. Цей Закон…`).
        .filter(|&i| {
            quote_marks(lines[i].text) % 2 == 1
                || lines[i + 1..]
                    .iter()
                    .zip(&markers[i + 1..])
                    .find(|(l, m)| numbered(m) || quoted_marker(l.text).is_some())
                    .is_some_and(|(l, _)| quoted_marker(l.text).is_some())
        });
    if first_quoted.is_some() {
        for (line, m) in lines.iter().zip(markers.iter_mut()) {
            if m.is_none() {
                *m = quoted_marker(line.text);
            }
        }
    }
    for (line, m) in lines.iter().zip(markers.iter_mut()) {
        if m.is_none() {
            *m = bracketed_marker(line.text);
        }
    }
    for (line, m) in lines.iter().zip(markers.iter_mut()) {
        if m.as_ref()
            .is_some_and(|m| m.family == Family::Dot && date_not_point(line.text, m))
        {
            *m = None;
        }
    }
    drop_tail_lists(lines, &mut markers);
    un_paragraphs(lines, &mut markers);
    numbered_bullets(lines, &mut markers);
    glued_dashes(lines, &mut markers);
    bare_numbers(lines, &mut markers);
    drop_lone_reference(lines, &mut markers);
    drop_stray_dashes(&mut markers);
    drop_contents(lines, &mut markers);
    drop_lone_signs(lines, &mut markers);
    // Word's `o` sub-bullets come with its `·` bullets; without them, `o  ` at a line's start
    // is a word (Spanish, Portuguese `o`, "or") after a double space.
    if !lines
        .iter()
        .any(|l| l.text.trim_start().starts_with('\u{b7}'))
    {
        for (line, m) in lines.iter().zip(markers.iter_mut()) {
            if m.is_some() && word_sub_bullet(line.text.trim_start()).is_some() {
                *m = None;
            }
        }
    }
    markers
}

/// The number or label keyword after a bullet (`• 1. Text`, `- Proposal 1: Text`), as a
/// marker of the whole line.
fn after_bullet(line: &str, m: &Marker) -> Option<Marker> {
    let after = line.get(m.rest..)?;
    let found = if after.starts_with(|c: char| c.is_ascii_digit()) {
        numeric_marker(after).filter(|f| matches!(f.family, Family::Dot | Family::Paren))
    } else if after.starts_with(char::is_alphabetic) {
        word_marker(after).filter(|f| f.family == Family::PointWord)
    } else {
        None
    }?;
    (found.depth == 1).then(|| found.at(m.rest))
}

/// A list whose bullets carry the points' numbers or label keywords (`• 1. Text`, `- Proposal
/// 1: Text`), as some pages print a numbered list: the numbers are the points', when most
/// bullet lines (two at least) have one. A bullet list where one item starts with a number
/// or a keyword (`- Proposal 1: …` over plain bullets) stays bullets.
fn numbered_bullets(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let bullets: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            markers[i]
                .as_ref()
                .is_some_and(|m| m.family == Family::Bullet)
        })
        .collect();
    let numbered: Vec<(usize, Marker)> = bullets
        .iter()
        .filter_map(|&i| {
            let m = markers[i].as_ref()?;
            after_bullet(lines[i].text, m).map(|n| (i, n))
        })
        .collect();
    if numbered.len() < 2 || numbered.len() * 2 <= bullets.len() {
        return;
    }
    for (i, m) in numbered {
        markers[i] = Some(m);
    }
}

/// The label of a United Nations draft's paragraph at the start of `line` (`PP1`, `OP 2.`,
/// an inserted `OP2 bis`): whether it is operative, its number, its suffix (`bis`, or empty),
/// and where its text starts. The text starts with a capital, or with a bracket around text
/// not yet agreed (`PP2 [Deeply concerned by]…`).
fn un_paragraph_label(line: &str) -> Option<(bool, u32, &str, usize)> {
    let t = line.trim_start();
    let operative = match t.get(..2)? {
        "PP" => false,
        "OP" => true,
        _ => return None,
    };
    let after = t[2..].trim_start_matches([' ', '\u{a0}']);
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let number = after[..digits].parse().ok()?;
    let mut rest = &after[digits..];
    let mut suffix = "";
    if let Some(w) = LATIN_INSERTED.iter().find(|w| {
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(**w))
            .is_some_and(|r| r.starts_with([' ', '.', ':', ')']))
    }) {
        suffix = w;
        rest = &rest[1 + w.len()..];
    }
    let rest = rest.strip_prefix(['.', ':', ')']).unwrap_or(rest);
    let text = rest.trim_start();
    (text.len() < rest.len() && text.starts_with(|c: char| c.is_uppercase() || c == '['))
        .then(|| (operative, number, suffix, line.len() - text.len()))
}

/// The keyword of the scheme of a United Nations draft's paragraph labels
/// ([`un_paragraphs`]).
const UN_LABELS: &str = "PP/OP";

/// Fewest paragraphs labelled `PP1` … / `OP1` … for them to be a draft's points
/// (`un_paragraphs`).
pub const MIN_UN_PARAGRAPHS: usize = 3;

/// A United Nations draft under negotiation labels its preambular and operative paragraphs
/// `PP1`, `PP2`, … and `OP1`, `OP2`, …: these are its points, labelled as written, numbered
/// in one run over both (so the operative paragraphs follow the preambular ones), when
/// [`MIN_UN_PARAGRAPHS`] lines at least start so, each list from 1, and nothing else on
/// those lines is a marker.
fn un_paragraphs(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let found: Vec<(usize, bool, u32, &str, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| markers[*i].is_none())
        .filter_map(|(i, l)| {
            un_paragraph_label(l.text).map(|(op, n, suffix, rest)| (i, op, n, suffix, rest))
        })
        .collect();
    let from_one = |operative: bool| {
        found
            .iter()
            .find(|f| f.1 == operative)
            .is_none_or(|f| f.2 == 1)
    };
    if found.len() < MIN_UN_PARAGRAPHS || !from_one(false) || !from_one(true) {
        return;
    }
    for (k, &(i, operative, number, suffix, rest)) in found.iter().enumerate() {
        let kind = if operative { "OP" } else { "PP" };
        let label = if suffix.is_empty() {
            format!("{kind}{number}")
        } else {
            format!("{kind}{number} {suffix}")
        };
        markers[i] = Some(Marker {
            family: Family::PointWord,
            depth: 1,
            keyword: UN_LABELS.to_owned(),
            number_text: label.clone(),
            label,
            number: u32::try_from(k + 1).unwrap_or(u32::MAX),
            rest,
        });
    }
}

/// Headings of a page's boxes after the article (compared lower-cased, without a final colon
/// or a wiki's `[edit]`): lists of other stories and of a wiki's sources.
const TAIL_HEADINGS: &[&str] = &[
    "most read",
    "most popular",
    "trending",
    "related articles",
    "related stories",
    "more stories",
    "latest news",
    "references",
    "notes",
    "footnotes",
    "найпопулярніше",
    "популярне",
    "популярні новини",
    "останні новини",
    "самое читаемое",
    "популярное",
    "последние новости",
    "meistgelesen",
    "einzelnachweise",
];

/// A list after the draft's points under a heading of a page's box ([`TAIL_HEADINGS`]: `Most
/// read`, `References`), numbered from 1 again to the end of the text, is the page's, not the
/// draft's: its numbers mark no point, and its lines join the closing. Before, its items
/// became points 1, 2, 3 under that heading.
fn drop_tail_lists(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let heading = |text: &str| {
        let t = text.trim();
        if t.len() > FURNITURE_LINE_BYTES {
            return false;
        }
        let t = t.strip_suffix("[edit]").unwrap_or(t).trim_end();
        let lower = t.trim_end_matches([':', ' ']).to_lowercase();
        TAIL_HEADINGS.contains(&lower.as_str())
    };
    let numbered = |m: &Option<Marker>| m.as_ref().is_some_and(|m| m.family != Family::Bullet);
    let mut points = 0;
    for i in 0..lines.len() {
        if numbered(&markers[i]) {
            points += 1;
            continue;
        }
        if points < 2 || !heading(lines[i].text) {
            continue;
        }
        let next = lines[i + 1..]
            .iter()
            .position(|l| !l.text.trim().is_empty())
            .map(|k| i + 1 + k);
        // The box's list runs 1, 2, … to the end: notes numbered inside a law's article
        // (`Примітки:` over `1.`, `2.`, then `Стаття 6.`) are followed by its next points.
        let mut expected = 1;
        let mut first: Option<&Marker> = None;
        let to_the_end = markers[i + 1..].iter().flatten().all(|m| {
            let f = *first.get_or_insert(m);
            let next = m.number == expected && m.family == f.family && m.keyword == f.keyword;
            expected += 1;
            next
        });
        if to_the_end && next.is_some_and(|n| markers[n].as_ref().is_some_and(|m| m.number == 1)) {
            for m in &mut markers[i + 1..] {
                *m = None;
            }
            return;
        }
    }
}

/// A number sign before a line's number (`№ 1.`, `#1.`) makes a list when two lines at least
/// are so numbered, from 1: one such line is a wrapped reference (`…від 10 січня` over `№ 15.
/// Наказ…`), and a list from `#12.` names issues or tickets.
fn drop_lone_signs(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let signed: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let t = lines[i].text.trim_start();
            markers[i].is_some()
                && t.strip_prefix('№')
                    .map(|a| a.trim_start_matches([' ', '\u{a0}']))
                    .or_else(|| t.strip_prefix('#'))
                    .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    let from_one = signed
        .iter()
        .filter_map(|&i| markers[i].as_ref().map(|m| m.number))
        .min()
        == Some(1);
    if signed.len() < 2 || !from_one {
        for i in signed {
            markers[i] = None;
        }
    }
}

/// Fewest entries of a table of contents for its lines to be read as one (`drop_contents`).
pub const MIN_CONTENTS: usize = 2;

/// Is the line an entry of a table of contents: its title, then a leader of dots (three or
/// more, or an ellipsis) or a tab, then a page number at the end (`1. Sovereignty ….. 2`)?
fn contents_entry(line: &str) -> bool {
    let s = line.trim_end();
    let body = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if !(1..=4).contains(&(s.len() - body.len())) {
        return false;
    }
    let leader: Vec<char> = body
        .trim_end_matches([' ', '\u{a0}'])
        .chars()
        .rev()
        .take_while(|c| matches!(c, '.' | '…' | '·' | ' ' | '\u{a0}'))
        .filter(|c| !c.is_whitespace())
        .collect();
    body.ends_with('\t') || leader.contains(&'…') || leader.len() >= 3
}

/// The numbered lines of a table of contents (`1. Sovereignty …….. 2`, [`MIN_CONTENTS`] or
/// more in a row, each with a page number after a leader) are not points when the draft's own
/// numbers follow them (a later line numbered as the first entry): a contents list before the
/// draft was read as its first points, and the draft's own first points then ran into its
/// last entry. A table of votes or figures (`1.\tAmendment\t226`) has no such list after it.
fn drop_contents(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let numbered: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            markers[i]
                .as_ref()
                .is_some_and(|m| m.family != Family::Bullet)
        })
        .collect();
    let mut k = 0;
    while k < numbered.len() {
        let run = numbered[k..]
            .iter()
            .take_while(|&&i| contents_entry(lines[i].text))
            .count();
        if run >= MIN_CONTENTS {
            let first = markers[numbered[k]].as_ref().map(|m| m.number);
            let followed = numbered[k + run..]
                .iter()
                .any(|&i| markers[i].as_ref().map(|m| m.number) == first);
            if followed {
                for &i in &numbered[k..k + run] {
                    markers[i] = None;
                }
            }
        }
        k += run.max(1);
    }
}

/// A label keyword that starts one line only of the whole text and runs on into a sentence with
/// no separator after its number (`Point 3 of the US plan … is to be removed` between bullets, `Article 5 of the
/// treaty is the model, officials said` among a page's paragraphs) is a reference in the
/// page's prose, not a point's label: taken as the scheme, it made the list above it a
/// preamble and everything below it one point.
fn drop_lone_reference(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let mut words = markers
        .iter()
        .enumerate()
        .filter(|(_, m)| m.as_ref().is_some_and(|m| m.family.is_word()));
    let (Some((i, Some(m))), None) = (words.next(), words.next()) else {
        return;
    };
    // A law of one article writes `Стаття 1 Частину третю…` with no separator too.
    if m.number == 1 {
        return;
    }
    // No separator between the number and the words after it, as in a sentence; a label
    // has one (`Point 3: Text`, `Стаття 5. Назва`) or stands alone (`Article 5`).
    let text = lines[i].text;
    let runs_on = text
        .get(m.rest..)
        .is_some_and(|rest| !rest.trim().is_empty())
        && text
            .get(..m.rest)
            .is_some_and(|head| head.trim_end().ends_with(m.number_text.as_str()));
    if runs_on {
        markers[i] = None;
    }
}

/// The markers without the bullets glued to their text (an emoji's, `-Text`), for judging the
/// shape of a text whose bullets are not its points: such lines were read as text before
/// those bullets were known, and each stays a paragraph of its own where lines are.
fn without_glued_bullets(lines: &[Line<'_>], markers: &[Option<Marker>]) -> Vec<Option<Marker>> {
    lines
        .iter()
        .zip(markers)
        .map(|(line, m)| {
            let t = line.text.trim_start();
            let mut chars = t.chars();
            let first = chars.next();
            let glued = first.is_some_and(|c| EMOJI_BULLETS.contains(&c))
                || (first.is_some_and(|c| ['-', '–', '—'].contains(&c))
                    && chars.next().is_some_and(|c| !c.is_whitespace()));
            let bullet = m.as_ref().is_some_and(|m| m.family == Family::Bullet);
            if bullet && glued { None } else { m.clone() }
        })
        .collect()
}

/// Month and weekday names (lower-cased, with their genitive where a date uses it, and the
/// usual abbreviations) in English, German, French, Spanish, Italian, Portuguese, Polish,
/// Czech, Ukrainian and Russian, as a page's dateline writes them (`SATURDAY, 24 SEPTEMBER
/// 2022`, `21. November 2025`, `21 листопада 2025`).
const DATE_WORDS: &[&str] = &[
    // English
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    // German
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    // French
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    // Spanish, Italian, Portuguese
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    // Polish, Czech
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
    // Ukrainian
    "січень",
    "січня",
    "лютий",
    "лютого",
    "березень",
    "березня",
    "квітень",
    "квітня",
    "травень",
    "травня",
    "червень",
    "червня",
    "липень",
    "липня",
    "серпень",
    "серпня",
    "вересень",
    "вересня",
    "жовтень",
    "жовтня",
    "листопад",
    "листопада",
    "грудень",
    "грудня",
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "п'ятниця",
    "субота",
    "неділя",
    // Russian
    "январь",
    "января",
    "февраль",
    "февраля",
    "март",
    "марта",
    "апрель",
    "апреля",
    "мая",
    "июнь",
    "июня",
    "июль",
    "июля",
    "августа",
    "сентябрь",
    "сентября",
    "октябрь",
    "октября",
    "ноябрь",
    "ноября",
    "декабрь",
    "декабря",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];

/// Is `word` a month's or a weekday's name ([`DATE_WORDS`]), any case, an abbreviation's dot
/// or either apostrophe?
fn date_word(word: &str) -> bool {
    let lower = word
        .trim_end_matches('.')
        .to_lowercase()
        .replace(['’', 'ʼ'], "'");
    DATE_WORDS.contains(&lower.as_str()) || lower == "август"
}

/// Is the line a date and perhaps a time alone (`10.11.2020`, `21 November 2025, 10:15`,
/// `SATURDAY, 24 SEPTEMBER 2022, 00:12`, `21. November 2025, 14:32 Uhr`, `21 листопада 2025
/// року`), as a news page's dateline or a statement's date? Figures with their separators,
/// month and weekday names ([`DATE_WORDS`]), and a few little words (`року`, `г.`, `at`,
/// `Uhr`), with a figure among them.
fn is_dateline(line: &str) -> bool {
    const LITTLE: &[&str] = &[
        "року", "р.", "г.", "года", "at", "о", "в", "utc", "gmt", "uhr", "um", "am", "de", "del",
        "à", "h",
    ];
    let s = line.trim();
    if s.is_empty() || s.chars().count() > 60 || !s.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let figure = w.contains(|c: char| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_digit() || ".:/-–".contains(c));
            figure || LITTLE.contains(&w.to_lowercase().as_str()) || date_word(w)
        })
}

/// A date written with the day's number first and a dot (`21. November 2025`, as German,
/// Czech and Polish pages print it) is no point `21.`: its line is a date alone
/// ([`is_dateline`]) and a month's name follows the number.
fn date_not_point(line: &str, m: &Marker) -> bool {
    // The line test first: it stops at once on a line longer than a date, as points are,
    // before a word is lower-cased.
    let after = line.get(m.rest..).unwrap_or_default();
    is_dateline(line)
        && after
            .split_whitespace()
            .next()
            .is_some_and(|w| date_word(w.trim_end_matches(',')))
}

/// Fewest lines starting with a dash glued to a capital for them to be bullet items
/// (`glued_dashes`).
pub const MIN_GLUED_DASHES: usize = 3;

/// Dashes glued to the item's first word (`-Ukraine is barred from…`, `—Обидві сторони…`), as
/// some news sites and messenger posts print a list: bullet items when at least
/// [`MIN_GLUED_DASHES`] lines start so, each with a capital letter after the dash (`-5 °C`,
/// `-based` and a word broken at a hyphen do not) and ending like a sentence, none a question
/// (an interview's turns).
fn glued_dashes(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let glued = |text: &str| -> Option<usize> {
        let t = text.trim_start();
        let dash = t.chars().next().filter(|c| ['-', '–', '—'].contains(c))?;
        let after = &t[dash.len_utf8()..];
        let first = after
            .trim_start_matches(['"', '«', '“', '\''])
            .chars()
            .next()?;
        // An item says something and ends like a sentence; `—Name, President of…` under a
        // quotation is its attribution.
        (first.is_uppercase() && ends_sentence(after)).then(|| text.len() - after.len())
    };
    let found: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| markers[*i].is_none())
        .filter_map(|(i, l)| glued(l.text).map(|rest| (i, rest)))
        .collect();
    // An interview's questions and answers are dashed so too.
    let dialogue = found
        .iter()
        .any(|&(i, _)| without_closers(lines[i].text.trim_end()).ends_with('?'));
    if found.len() < MIN_GLUED_DASHES || dialogue {
        return;
    }
    for (i, rest) in found {
        markers[i] = Some(Marker::bullet(1, rest));
    }
}

/// Fewest numbers alone on their lines, running on from 1, for them to number the points
/// (`bare_numbers`).
pub const MIN_BARE: usize = 3;

/// Most lines of text before a list of numbers alone on their lines (a title and a lead), or
/// as many as the list has items when it is longer (`bare_numbers`).
const BARE_LEAD: usize = 3;

/// Most words of a topic's title between a number alone on its line and the point's text
/// (`bare_numbers`).
pub const CARD_TITLE_WORDS: usize = 4;

/// Numbers alone on their lines, each above its point's text (`1` over `Ukraine's sovereignty
/// is confirmed.`): how a page's styled list numbers come out when the page is copied. They
/// are markers of the dash family (taken only when nothing else is numbered) when at least
/// [`MIN_BARE`] of them run on from 1, each above a sentence's start (a capital, three words)
/// and after a blank line, a sentence's end or a heading on a line of its own, with few lines
/// before the first ([`BARE_LEAD`]). A page number of a converted PDF breaks a sentence or
/// has the next page (a form feed) below it, a figure alone on a line of a table has a cell
/// below it, and an article's numbered notes come after the article.
///
/// A number with only a space before its point's text (`1 Suwerenność: Sygnatariusze…`, as
/// some pages print a list's numbers) counts as one alone on its line, when the text starts
/// with a capital and says something ([`ITEM_WORDS`]) and is no date's month (`1 January
/// 2025 was…`): `2 000 people` and `10 listopada` do not.
fn bare_numbers(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let says_something = |text: &str| {
        text.starts_with(|c: char| c.is_uppercase() || "\"«“'".contains(c))
            && script::word_count(text) >= ITEM_WORDS
    };
    let bare = |i: usize| -> Option<u32> {
        let t = lines[i].text.trim();
        if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        t.parse().ok()
    };
    // `1 Suwerenność: …`: the number and where the point's text starts.
    let spaced = |i: usize| -> Option<(u32, usize)> {
        let line = lines[i].text;
        let t = line.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        let after = &t[digits..];
        // A space, or a tab as a table copied as text has (`1⇥Sovereignty…`).
        let text = after.trim_start_matches([' ', '\u{a0}', '\t']);
        // `1 January 2025 was…` is a date.
        let date = text
            .split_whitespace()
            .next()
            .is_some_and(|w| date_word(w.trim_end_matches(',')));
        (text.len() < after.len() && says_something(text) && !date)
            .then(|| Some((t[..digits].parse().ok()?, line.len() - text.len())))
            .flatten()
    };
    // Where each taken line's point text starts.
    let mut rests: Vec<usize> = vec![0; lines.len()];
    let nonblank = |range: &[Line<'_>]| range.iter().filter(|l| !l.text.trim().is_empty()).count();
    let mut run: Vec<usize> = Vec::new();
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for i in 0..lines.len() {
        if markers[i].is_some() {
            continue;
        }
        let number = if let Some(number) = bare(i) {
            let next = lines[i + 1..]
                .iter()
                .position(|l| !l.text.trim().is_empty())
                .map(|k| i + 1 + k);
            // The text below says something: a sentence's start, not a table's cell (`Kharkiv
            // region` over `420`), and not the next page of a converted PDF (a form feed).
            let says = |n: usize| {
                let text = lines[n].text.trim_start_matches([' ', '\t']);
                markers[n].is_none()
                    && bare(n).is_none()
                    && !text.starts_with('\u{c}')
                    && says_something(text)
            };
            // Or a topic's short title, then the text (`01` / `Sovereignty` / `Ukraine's
            // sovereignty is…`, as explainer cards and slides are copied).
            let titled = |n: usize| {
                let text = lines[n].text.trim();
                markers[n].is_none()
                    && bare(n).is_none()
                    && text.starts_with(char::is_uppercase)
                    && script::word_count(text) <= CARD_TITLE_WORDS
                    && !ends_sentence(text)
                    && lines.get(n + 1).is_some_and(|_| says(n + 1))
            };
            let above_text = next.is_some_and(|n| says(n) || titled(n));
            if !above_text {
                continue;
            }
            rests[i] = lines[i].text.len();
            number
        } else if let Some((number, rest)) = spaced(i) {
            rests[i] = rest;
            number
        } else {
            continue;
        };
        let after_end = i == 0
            || lines[i - 1].text.trim().is_empty()
            || ends_sentence(lines[i - 1].text.trim())
            // A title or heading on a line of its own, not a wrapped line.
            || (is_heading_like(lines[i - 1].text)
                && (i == 1 || lines[i - 2].text.trim().is_empty()))
            // The first under a title and a lead (`DRAFT FRAMEWORK` over `Confidential – not
            // for distribution`, as a PDF's first page puts them).
            || (number == 1
                && lines[..i]
                    .iter()
                    .filter(|l| !l.text.trim().is_empty())
                    .take(BARE_LEAD + 1)
                    .count()
                    <= BARE_LEAD)
            // A table's row under the row before (`1⇥Sovereignty⇥Unchanged`).
            || (lines[i].text.contains('\t')
                && lines[i - 1].text.contains('\t')
                && lines[i - 1].text.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        if !after_end {
            continue;
        }
        let runs_on = run
            .last()
            .and_then(|&j| bare(j).or_else(|| spaced(j).map(|(n, _)| n)))
            .and_then(|n| n.checked_add(1));
        if runs_on != Some(number) {
            runs.push(std::mem::take(&mut run));
            if number != 1 {
                continue;
            }
        }
        run.push(i);
    }
    runs.push(run);
    // The list is the draft: a title and a lead before it, not an article whose notes are
    // numbered so at its end.
    for run in runs
        .into_iter()
        .filter(|r| r.len() >= MIN_BARE && nonblank(&lines[..r[0]]) <= r.len().max(BARE_LEAD))
    {
        for i in run {
            let number_text = lines[i]
                .text
                .trim_start()
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or_default()
                .to_owned();
            markers[i] = Some(Marker {
                family: Family::Dash,
                depth: 1,
                keyword: String::new(),
                label: number_text.clone(),
                number: number_text.parse().unwrap_or_default(),
                number_text,
                rest: rests[i],
            });
        }
    }
}

/// The marker of a point in square brackets, as negotiating texts mark what is not yet agreed
/// (`[4. The army is kept at 800,000.]`): labelled `[4]`, so the reader sees it bracketed;
/// the point's text runs from after the number, with the closing bracket and any note after
/// it (`[US: delete]`).
fn bracketed_marker(line: &str) -> Option<Marker> {
    let rest = line.trim_start().strip_prefix('[')?;
    // Plain numbers only: an editor's note (`[Point 3 deleted at the request of…]`,
    // `[Стаття 6 виключена]`) would make a keyword scheme win over the draft's numbers.
    let m =
        marker(rest).filter(|m| matches!(m.family, Family::Dot | Family::Paren) && m.depth == 1)?;
    // A point says something: `[2. at its next session;]`, an option inside a point, starts
    // in lower case; `[1. Scope](#scope)` is a Markdown link of a table of contents.
    let text = rest.get(m.rest..)?;
    let starts = text
        .trim_start_matches(['"', '«', '“', '\''])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    if !starts || text.contains("](") {
        return None;
    }
    let mut m = m;
    m.rest += line.len() - rest.len();
    m.label = format!("[{}]", m.label);
    Some(m)
}

/// The marker of a line that opens a quotation with a point's number (`"1. Text`, `«2. Text`).
fn quoted_marker(line: &str) -> Option<Marker> {
    let rest = after_opening_quote(line.trim_start())?;
    let mut m = marker(rest).filter(|m| m.family != Family::Bullet)?;
    m.rest += line.len() - rest.len();
    Some(m)
}

/// How many quotation marks a text has: a quotation is closed where their count since it
/// opened is even (a quotation inside, `«всіх на всіх»`, counts two).
fn quote_marks(text: &str) -> usize {
    text.chars()
        .filter(|c| OPENING_QUOTES.contains(c) || CLOSING_QUOTES.contains(c))
        .count()
}

/// The lines whose marker is of `scheme`, with their numbers, in order.
fn scheme_numbers(markers: &[Option<Marker>], scheme: &Scheme) -> Vec<(usize, u32)> {
    markers
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            m.as_ref()
                .filter(|m| m.is_of(scheme))
                .map(|m| (i, m.number))
        })
        .collect()
}

/// Points whose number was mistyped (`10 [There will be] a guarantee…` without its dot, `3,
/// The alliance…` with a comma) in a list of `1.` (or `1)`): a line starting with a bare
/// number and a space, or a comma and a space, is the point the numbers before and after leave
/// out, when it starts a paragraph (after a blank line or a finished sentence) and its text
/// starts with a capital, a bracket or a quote. Marks those lines and says how many.
fn mistyped_numbers(lines: &[Line<'_>], markers: &mut [Option<Marker>], scheme: &Scheme) -> usize {
    if !matches!(scheme.family, Family::Dot | Family::Paren)
        || scheme.depth != 1
        || !scheme.keyword.is_empty()
    {
        return 0;
    }
    // Lines that start with a bare figure and no marker: few or none in most drafts.
    let starts_with_figure = |i: usize| {
        markers[i].is_none()
            && lines[i]
                .text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    };
    if !(0..lines.len()).any(starts_with_figure) {
        return 0;
    }
    let of_scheme = scheme_numbers(markers, scheme);
    let mut found = 0;
    for (i, line) in lines.iter().enumerate() {
        if markers[i].is_some() {
            continue;
        }
        let s = line.text.trim_start();
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            continue;
        }
        let after = &s[digits..];
        // `3, Text`, and `3 . Text` with the dot set off (a scan read by OCR).
        let after = after
            .strip_prefix(',')
            .or_else(|| after.strip_prefix(" ."))
            .unwrap_or(after);
        let text = after.trim_start_matches([' ', '\u{a0}']);
        if text.len() == after.len()
            || !text.starts_with(|c: char| c.is_uppercase() || "[(«\"“".contains(c))
        {
            continue;
        }
        let Ok(number) = s[..digits].parse::<u32>() else {
            continue;
        };
        let k = of_scheme.partition_point(|&(j, _)| j < i);
        let before = k.checked_sub(1).map(|k| of_scheme[k].1);
        let next = of_scheme.get(k).map(|&(_, n)| n);
        // After a finished sentence, not a list's announcement (`made up of:` over `4
        // brigades`); and between two points, not after the last (`10 December 2025`).
        let paragraph = i == 0 || {
            let prev = lines[i - 1].text.trim();
            prev.is_empty() || (ends_sentence(prev) && !prev.ends_with(':'))
        };
        if paragraph && before.is_some_and(|b| b + 1 == number) && next == Some(number + 1) {
            markers[i] = Some(Marker {
                family: scheme.family,
                depth: 1,
                keyword: String::new(),
                label: s[..digits].to_owned(),
                number_text: s[..digits].to_owned(),
                number,
                rest: line.text.len() - text.len(),
            });
            found += 1;
        }
    }
    found
}

/// Points whose number was lost in copying (a keycap `🔟` a page drew as an image, a first
/// item typed `- ` over `2.`, `3.`, an OCR'd `l.`): the line in the place of the number the
/// list skips, starting with a capital or a quote.
/// - In a list numbered in keycaps, one line per point throughout (every other two points
///   that follow on stand on neighbouring lines, blank lines apart at most), the only line
///   between the points around the skip, after a finished sentence (a note or a heading in
///   a list of plain numbers is the editor's: `Point 3 was removed.`).
/// - Before a first `2.`: a line scanned as `l.`, or a bulleted line right above it (no blank
///   line between: a bulleted byline above the list is the page's), the only bullet there.
///
/// Marks those lines, numbered as the number skipped, and says how many.
fn lost_numbers(lines: &[Line<'_>], markers: &mut [Option<Marker>], scheme: &Scheme) -> usize {
    if !matches!(scheme.family, Family::Dot | Family::Paren)
        || scheme.depth != 1
        || !scheme.keyword.is_empty()
    {
        return 0;
    }
    let of_scheme = scheme_numbers(markers, scheme);
    if of_scheme.len() < 3 {
        return 0;
    }
    // The lines with text strictly between lines `a` and `b`.
    let between = |a: usize, b: usize| -> Vec<usize> {
        (a + 1..b)
            .filter(|&k| !lines[k].text.trim().is_empty())
            .collect()
    };
    // A point's own text: starts with a capital or a quote, and is a sentence. Not a bracket:
    // `(Point 3 of the plan was dropped)` is an editor's note, not the point.
    let item_text = |text: &str| {
        text.starts_with(|c: char| c.is_uppercase() || "«\"“„".contains(c))
            && (ends_full_sentence(text) || script::word_count(text) >= 3)
    };
    let mut lost: Vec<(usize, u32, usize)> = Vec::new();
    // A first point `2.` whose paragraph before it opens with a bullet, or with `l.` or `I.`
    // (a scan's `1.`), the only bullet there.
    if let Some(&(b, 2)) = of_scheme.first()
        && let Some(end) = (0..b).rev().find(|&k| !lines[k].text.trim().is_empty())
    {
        let start = (0..=end)
            .rev()
            .find(|&k| k == 0 || lines[k - 1].text.trim().is_empty() || markers[k].is_some())
            .unwrap_or(end);
        let text = lines[start].text.trim_start();
        let indent = lines[start].text.len() - text.len();
        let rest = match &markers[start] {
            Some(x) if x.family == Family::Bullet && end + 1 == b => Some(x.rest),
            None => ["l. ", "I. ", "|. "]
                .iter()
                .find(|p| text.starts_with(*p))
                .map(|p| indent + p.len()),
            _ => None,
        };
        let lone_bullet = start == 0
            || !markers[..start]
                .iter()
                .rev()
                .take(3)
                .flatten()
                .any(|x| x.family == Family::Bullet);
        if let Some(rest) = rest
            && lone_bullet
            && (start..end).all(|k| markers[k + 1].is_none())
        {
            let own = &lines[start].text[rest..];
            let rest = rest + (own.len() - own.trim_start().len());
            if item_text(own.trim_start()) {
                lost.push((start, 1, rest));
            }
        }
    }
    // Keycaps (`9️⃣`, `1️⃣1️⃣`) number every point: checked first, as most lists have none.
    let keycap_list = of_scheme
        .iter()
        .all(|&(i, _)| keycaps(lines[i].text.trim_start()).is_some());
    // One line per point: every two points that follow on have nothing between them.
    let one_line = keycap_list
        && of_scheme
            .windows(2)
            .filter(|w| w[1].1 == w[0].1 + 1)
            .all(|w| between(w[0].0, w[1].0).is_empty());
    // Most numbers follow on: two skips at most.
    let follow_on = of_scheme
        .windows(2)
        .filter(|w| w[1].1 == w[0].1 + 1)
        .count();
    if one_line && follow_on + 2 >= of_scheme.len() - 1 && follow_on >= 2 {
        for w in of_scheme.windows(2) {
            let ((a, n), (b, m)) = (w[0], w[1]);
            if m != n + 2 || !ends_full_sentence(lines[a].text) {
                continue;
            }
            if let [k] = between(a, b)[..]
                && markers[k]
                    .as_ref()
                    .is_none_or(|x| x.family == Family::Bullet)
            {
                let indent = lines[k].text.len() - lines[k].text.trim_start().len();
                let rest = markers[k].as_ref().map_or(0, |x| x.rest).max(indent);
                if item_text(&lines[k].text[rest..]) {
                    lost.push((k, n + 1, rest));
                }
            }
        }
    }
    for &(k, number, rest) in &lost {
        markers[k] = Some(Marker {
            family: scheme.family,
            depth: 1,
            keyword: String::new(),
            label: number.to_string(),
            number_text: number.to_string(),
            number,
            rest,
        });
    }
    lost.len()
}

/// `15 – 20 people came` may start a line of prose: numbers with a dash or colon
/// ([`Family::Dash`]) are markers only when they run on, three in a row at least.
fn drop_stray_dashes(markers: &mut [Option<Marker>]) {
    let dashes = || {
        markers
            .iter()
            .flatten()
            .filter(|m| m.family == Family::Dash)
    };
    if run_length(dashes()) < 2 {
        for m in markers.iter_mut() {
            if m.as_ref().is_some_and(|m| m.family == Family::Dash) {
                *m = None;
            }
        }
    }
}

/// Latin adverbs that mark a point inserted after another (`5bis.`, `5 ter.`).
const LATIN_INSERTED: &[&str] = &[
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
];

/// A point number: digits, optional `.digits` parts, an optional letter suffix (`7a`); Roman
/// numerals too when `roman` (for `Article IV`). Returns the text, the main number and its length.
fn number_token(s: &str, roman: bool) -> Option<(&str, u32, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0
        && let Some((len, number)) = eastern_arabic_number(s)
    {
        return Some((&s[..len], number, len));
    }
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
    // A Latin ordinal adverb, as French, Italian, Spanish and United Nations texts insert
    // points (`5bis.`, `5 bis.`, `Art. 2-bis.`, `12ter.`), then one lower-case letter suffix: "7a", "7a."
    // (not "7abc").
    if len == digits
        && let Some(suffix) = LATIN_INSERTED.iter().find_map(|w| {
            let spaced = s[len..].strip_prefix([' ', '-']).unwrap_or(&s[len..]);
            spaced
                .strip_prefix(w)
                .filter(|after| after.starts_with(['.', ')']))
                .map(|after| s.len() - len - after.len())
        })
    {
        len += suffix;
    } else if len < bytes.len()
        && bytes[len].is_ascii_lowercase()
        && !bytes
            .get(len + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric())
    {
        len += 1;
    } else if len == digits {
        len += inserted_suffix(&s[len..]);
    }
    Some((&s[..len], number, len))
}

/// The value of a digit of the Arabic script (`٣`, and the Persian and Urdu `۳`), or of the
/// other scripts whose pages number lists in their own digits: Devanagari (`३`, Hindi and
/// Marathi), Bengali, Gurmukhi, Gujarati, Tamil, Thai, Myanmar and Khmer.
fn eastern_arabic_digit(c: char) -> Option<u32> {
    let zero = match c {
        '\u{660}'..='\u{669}' => 0x660,
        '\u{6f0}'..='\u{6f9}' => 0x6f0,
        '\u{966}'..='\u{96f}' => 0x966,
        '\u{9e6}'..='\u{9ef}' => 0x9e6,
        '\u{a66}'..='\u{a6f}' => 0xa66,
        '\u{ae6}'..='\u{aef}' => 0xae6,
        '\u{be6}'..='\u{bef}' => 0xbe6,
        '\u{e50}'..='\u{e59}' => 0xe50,
        '\u{1040}'..='\u{1049}' => 0x1040,
        '\u{17e0}'..='\u{17e9}' => 0x17e0,
        _ => return None,
    };
    Some(c as u32 - zero)
}

/// A number written in the Arabic script's digits (or another script's, see
/// [`eastern_arabic_digit`]) at the start of `s` (`١٢`, as Arabic laws number their articles,
/// `مادة ١`; `१.` on a Hindi page): its length in bytes and value (three digits at most).
fn eastern_arabic_number(s: &str) -> Option<(usize, u32)> {
    let mut number = 0;
    let mut len = 0;
    let mut digits = 0;
    for c in s
        .chars()
        .take_while(|&c| eastern_arabic_digit(c).is_some())
        .take(4)
    {
        number = number * 10 + eastern_arabic_digit(c)?;
        len += c.len_utf8();
        digits += 1;
    }
    (digits > 0 && digits <= 3).then_some((len, number))
}

/// Words that a number follows in a reference (`Article 5`, `пункту 3`): a line ending in one
/// runs on into the number at the start of the next.
const REFERENCE_WORDS: &[&str] = &[
    "article",
    "articles",
    "art.",
    "section",
    "sections",
    "sec.",
    "paragraph",
    "paragraphs",
    "para.",
    "point",
    "points",
    "item",
    "items",
    "clause",
    "clauses",
    "chapter",
    "part",
    "annex",
    "resolution",
    "no.",
    "№",
    "стаття",
    "статті",
    "статтею",
    "статтях",
    "пункт",
    "пункту",
    "пунктом",
    "пункті",
    "пунктів",
    "пункти",
    "частина",
    "частини",
    "розділ",
    "розділу",
    "додаток",
    "додатка",
    "ст.",
    "п.",
    "статья",
    "статьи",
    "статьей",
    "пункта",
    "части",
    "раздела",
    "приложения",
    "резолюції",
    "резолюции",
];

/// Is the marker's number an inserted one ([`inserted_suffix`]: `2A`, `3-1`, `2¹`)?
fn inserted(m: &Marker) -> bool {
    m.number_text.starts_with(|c: char| c.is_ascii_digit())
        && m.number_text
            .chars()
            .any(|c| c.is_ascii_uppercase() || c == '-' || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c))
}

/// The suffix of an inserted article or point after its number, before a dot: a capital
/// (`2A.`, as British bills insert sections), a hyphen and a number (`Стаття 3-1.`, as
/// Ukrainian laws write an inserted article on the web) or a capital (`Article 25-A.`), or
/// superscript digits (`Стаття 2¹.`). Its length in bytes, 0 when there is none.
fn inserted_suffix(s: &str) -> usize {
    const SUPERSCRIPTS: &[char] = &['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'];
    let b = s.as_bytes();
    let len = if b.first().is_some_and(u8::is_ascii_uppercase) {
        1
    } else if b.first() == Some(&b'-') {
        let part = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=2).contains(&part) {
            1 + part
        } else if b.get(1).is_some_and(u8::is_ascii_uppercase) {
            // `Article 25-A.`
            2
        } else {
            0
        }
    } else {
        s.len() - s.trim_start_matches(SUPERSCRIPTS).len()
    };
    if len > 0 && s[len..].starts_with('.') {
        len
    } else {
        0
    }
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

/// Characters that take no room and mean nothing in a draft's text: the zero-width space, the
/// word joiner and a byte order mark inside the text, and the marks that set the direction of
/// right-to-left text (left-to-right and right-to-left marks, the Arabic letter mark,
/// embeddings, overrides and isolates). Content systems, messengers and word processors put
/// them before list numbers (`\u{200b}1. Text`, `\u{200f}1. تأكيد…`), where they hid the
/// numbering. (Joiners, which shape Persian words and emoji, stay.)
const INVISIBLE: &[char] = &[
    '\u{200b}', '\u{2060}', '\u{feff}', '\u{200e}', '\u{200f}', '\u{061c}', '\u{202a}', '\u{202b}',
    '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
];

/// Fewest lines starting with an escaped list marker (`1\.`, `\-`) for a text to be read as
/// Markdown written with escapes (`without_markdown_escapes`).
pub const MIN_ESCAPED_MARKERS: usize = 2;

/// The text without Markdown's backslash escapes (`1\. Text`, `\- Text`, `\*not bold\*`), when
/// its lines start with escaped list markers: how a web page saved as Markdown comes out
/// (HTML-to-Markdown converters escape a paragraph's `1.` so that it is not read as a list).
/// Escaped, the numbers were not seen and the backslashes stayed in the text. A backslash
/// before anything but ASCII punctuation is kept (`C:\Drafts`).
fn without_markdown_escapes(text: String) -> String {
    let escaped_marker = |line: &str| {
        let l = line.trim_start();
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        let after = &l[digits..];
        // Three digits at most: `1991\.` in a timeline is a year.
        ((1..=3).contains(&digits) && (after.starts_with("\\.") || after.starts_with("\\)")))
            || (digits == 0 && ["\\-", "\\*", "\\+"].iter().any(|p| after.starts_with(p)))
    };
    if !text.contains('\\')
        || text.lines().filter(|l| escaped_marker(l)).count() < MIN_ESCAPED_MARKERS
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// The text without Markdown's inline markup, as a web page saved as Markdown or a draft kept
/// in a Markdown editor has it: a link `[Article 5](https://…)` reads as its text, an image
/// `![Photo](…)` as nothing, `**bold**`, `__bold__`, `*italic*` and `_italic_` as their
/// words. Left in, a link's address was compared as words of the point (a plain copy of the
/// same page then differed in every linked phrase) and the marks showed in its text.
///
/// Only in a text that looks like Markdown ([`looks_like_markdown`]). Only marks that open at
/// the start of a word and close at the end of one are read (`snake_case`, `5 * 3`,
/// `Articles 3* and 4*` and a signature's `_____` are text), only links to an address
/// (`https://…`, `www.…`, `/…`; a table of contents' `#anchor` and bracketed options with a
/// parenthesis after them, `[shall](US)`, stay), and an escaped mark (`\*`) is text. Struck text (`~~…~~`) is left as it is: in a negotiating text
/// it says what is deleted. Marks may wrap within a paragraph; lines are kept, so line numbers
/// stay those of the file.
fn without_inline_markup(text: String) -> String {
    if !text.contains(['[', '*', '_']) || !looks_like_markdown(&text) {
        return text;
    }
    // A block: lines of one paragraph (emphasis may wrap), up to a blank line or a line that
    // starts a list item or a heading.
    let starts_block = |line: &str| {
        let l = line.trim_start();
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        l.is_empty()
            || l.starts_with('#')
            || ["- ", "* ", "+ "].iter().any(|m| l.starts_with(m))
            || (digits > 0 && [". ", ") "].iter().any(|m| l[digits..].starts_with(m)))
    };
    let mut out = String::with_capacity(text.len());
    let mut block = String::new();
    let flush = |block: &mut String, out: &mut String| {
        if block.contains(['[', '*', '_']) {
            out.push_str(&unmarked(block));
        } else {
            out.push_str(block);
        }
        block.clear();
    };
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            if starts_block(line) {
                flush(&mut block, &mut out);
                out.push('\n');
            } else {
                block.push('\n');
            }
        }
        block.push_str(line);
    }
    flush(&mut block, &mut out);
    out
}

/// Does the text show Markdown's markup: a link to an address (`](https://`), a heading line
/// (`## Title`) or two bold marks (`**`)? Plain text has none, and its brackets, stars and
/// underscores are its own (`[shall](US)`, `40 *x + 60* y`, `__init__`).
fn looks_like_markdown(text: &str) -> bool {
    let linked = ["](http", "](www.", "](/", "](./", "](../", "](mailto:"]
        .iter()
        .any(|l| text.contains(l));
    let heading = text.lines().any(|l| {
        let hashes = l.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && l[hashes..].starts_with(' ')
    });
    linked || heading || text.matches("**").count() >= 2
}

/// One block of lines without its inline markup ([`without_inline_markup`]).
fn unmarked(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1).is_some_and(char::is_ascii_punctuation) {
            out.push(c);
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if c == '!'
            && chars.get(i + 1) == Some(&'[')
            && let Some((_, end)) = link(&chars, i + 1)
        {
            i = end;
            continue;
        }
        if c == '['
            && let Some((text_end, end)) = link(&chars, i)
        {
            out.push_str(&unmarked(
                &chars[i + 1..text_end].iter().collect::<String>(),
            ));
            i = end;
            continue;
        }
        if c == '*' || c == '_' {
            let run = if chars.get(i + 1) == Some(&c) { 2 } else { 1 };
            if let Some(close) = emphasis_close(&chars, i, run) {
                out.push_str(&unmarked(&chars[i + run..close].iter().collect::<String>()));
                i = close + run;
                continue;
            }
            // A run of marks that opens nothing stays whole (`**` of `***` is not a closer).
            let len = chars[i..].iter().take_while(|&&x| x == c).count();
            out.extend(&chars[i..i + len]);
            i += len;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A Markdown link starting at `chars[open]` (`[`): the index of its `]` and the index after
/// its `)`. Its address is not empty, has no space before its title and does not start with
/// `#`.
fn link(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut close = None;
    for (k, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if close == open + 1 || chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let address = close + 2;
    // An address, not a parenthesis after bracketed text (`Article [7](2)`, `[shall](US)`,
    // `[24](48) hours` are a negotiating text's options and references).
    let head: String = chars[address..]
        .iter()
        .take(8)
        .collect::<String>()
        .to_lowercase();
    let is_address = ["http://", "https://", "www.", "mailto:", "/", "./", "../"]
        .iter()
        .any(|p| head.starts_with(p));
    if !is_address {
        return None;
    }
    let mut depth = 1usize;
    for (k, &c) in chars.iter().enumerate().skip(address) {
        match c {
            // An address does not wrap (a title may hold spaces, not a line break).
            '\n' => return None,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((close, k + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// Where emphasis opened by `run` marks at `chars[open]` closes: the index of its closing
/// marks, on the same line. The opening marks start a word (nothing but a space or an
/// opening punctuation mark before them, a letter or digit after) and the closing ones end
/// one (not a space before them, nothing but a space or punctuation after); an underscore
/// inside a word is a letter of it.
fn emphasis_close(chars: &[char], open: usize, run: usize) -> Option<usize> {
    let mark = chars[open];
    let before_ok = |k: usize| {
        k == 0 || {
            let b = chars[k - 1];
            b.is_whitespace() || "([{\"'«„“‘".contains(b)
        }
    };
    let after_word = |k: usize| {
        chars.get(k).is_none_or(|&a| {
            a.is_whitespace() || (a.is_ascii_punctuation() && a != mark) || "»”’…".contains(a)
        })
    };
    if !before_ok(open)
        || !chars
            .get(open + run)
            .is_some_and(|c| c.is_alphanumeric() || "\"'«„“‘([".contains(*c))
    {
        return None;
    }
    let mut k = open + run + 1;
    while k + run <= chars.len() {
        if chars[k] == mark {
            let len = chars[k..].iter().take_while(|&&x| x == mark).count();
            if len == run && !chars[k - 1].is_whitespace() && after_word(k + run) {
                return Some(k);
            }
            k += len;
            continue;
        }
        k += 1;
    }
    None
}

/// `text` without the `> ` that an e-mail reply puts before each line it quotes, when most
/// of its lines are so quoted (as when a draft's points are quoted in a reply): the quoted
/// text is the draft's. A text with a few quoted lines keeps them as they are.
fn without_quote_prefixes(text: String) -> String {
    let filled = text.lines().filter(|l| !l.trim().is_empty()).count();
    let quoted = text
        .lines()
        .filter(|l| l.trim_start().starts_with('>'))
        .count();
    if quoted * 2 <= filled || quoted < MIN_QUOTED_LINES {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        match t.strip_prefix('>') {
            Some(rest) => {
                let rest = rest.trim_start_matches('>');
                out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Fewest lines quoted with `> ` for a text's quote marks to be taken off
/// (`without_quote_prefixes`).
const MIN_QUOTED_LINES: usize = 3;

/// `text` without [`INVISIBLE`] characters.
fn without_invisible(text: String) -> String {
    // One pass over the bytes for the first bytes of their encodings (a search for any of
    // several characters decodes every character), each hit checked.
    let bytes = text.as_bytes();
    let found = bytes.iter().enumerate().any(|(i, &b)| {
        matches!(b, 0xe2 | 0xef | 0xd8)
            && text
                .get(i..)
                .and_then(|t| t.chars().next())
                .is_some_and(|c| INVISIBLE.contains(&c))
    });
    if found {
        text.replace(INVISIBLE, "")
    } else {
        text
    }
}

/// `text` with the "fake bold" and other styled letters and digits of Unicode's mathematical
/// alphanumeric symbols (`𝟏. 𝐒𝐨𝐯𝐞𝐫𝐞𝐢𝐠𝐧𝐭𝐲`, as LinkedIn, X and formatter tools write) as the
/// plain letters and digits they stand for, so that their numbers number points and their
/// words compare as words.
fn without_styled_letters(text: String) -> String {
    // Every one of them is encoded `F0 9D 90..9F xx`; most texts have none.
    let styled = |c: char| ('\u{1d400}'..='\u{1d7ff}').contains(&c);
    if !text
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == 0xf0 && w[1] == 0x9d && (0x90..=0x9f).contains(&w[2]))
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if styled(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whole lines that web pages put between an article's paragraphs (compared lower-cased,
/// without a final colon): advertisements and the notes around them.
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "sponsored",
    "sponsored content",
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "continue reading below",
    "skip advertisement",
    "scroll to continue with content",
    "реклама",
    "werbung",
];

/// Of the [`FURNITURE_LINES`], those no draft says, so that one is enough (`Реклама` and
/// `Advertisement` may head a law's section on advertising).
const FURNITURE_LINES_ALONE: &[&str] = &[
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "continue reading below",
    "skip advertisement",
    "scroll to continue with content",
];

/// Starts of lines that web pages put between an article's paragraphs, followed by a colon and
/// (on the line or the next) a link to another article: invitations to read it
/// ([`READ_LINKS`]) and these, which a law may also say of its own articles.
const SEE_LINKS: &[&str] = &["дивіться також", "смотрите также"];

/// Starts of a photo's credit line (`Фото: Getty Images`), followed by a colon and a few
/// words with no figure (`Photo: 35 x 45 mm` is a requirement).
const FURNITURE_CREDITS: &[&str] = &["photo", "фото", "ілюстративне фото"];

/// Most words of a photo credit after its colon.
const CREDIT_WORDS: usize = 6;

/// Longest line taken for page furniture: a headline or a caption, not a paragraph.
const FURNITURE_CHARS: usize = 200;

/// Fewest furniture lines a draft must show for any to be left out: one `Реклама` line may
/// be a law's section on advertising; a page shows its furniture more than once.
pub const MIN_FURNITURE: usize = 2;

/// What a line of web page furniture is ([`page_furniture`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Furniture {
    /// The line alone (`Реклама`, `Read also: Allies react`, `(AP Photo/…)`).
    Line,
    /// A link's announcement whose headline is the next line (`Читайте також:`).
    WithNext,
    /// An invitation to read another article, with its headline (`Read also: Allies react`,
    /// `Читайте також: Зеленський відповів`): no draft says that, so one is enough.
    ReadAlso,
    /// A printed page's footer or header (`Page 1 of 3`, `Сторінка 2 з 5`), as a copy of a
    /// PDF keeps it: no draft says that either, and it may stand in a sentence that runs on to
    /// the next page.
    PageNumber,
    /// A site's own line that no draft says (`From Wikipedia, the free encyclopedia`): one is
    /// enough.
    SiteLine,
    /// A messenger channel's button-like call alone on its line (`➡️ Підписатися`), often
    /// after an arrow that reads as a bullet: one is enough, bullet or not.
    Call,
}

/// Whole lines (lower-cased, after any emoji) that a messenger channel ends its posts with
/// ([`Furniture::Call`]).
const CALLS: &[&str] = &[
    "підписатися",
    "підписатись",
    "підписатися на канал",
    "підписатись на канал",
    "підписуйтесь",
    "подписаться",
    "подписаться на канал",
    "подписывайтесь",
    "subscribe",
    "subscribe to the channel",
];

/// Lines a site puts above every article ([`Furniture::SiteLine`]), lower-cased.
const SITE_LINES: &[&str] = &[
    "from wikipedia, the free encyclopedia",
    "матеріал з вікіпедії — вільної енциклопедії",
    "материал из википедии — свободной энциклопедии",
    "choose the experimental features you want to try",
    "this document is an excerpt from the eur-lex website",
];

/// Words for a page in a page's footer or header (`Page 2 of 3`, `Стор. 2`), lower-cased.
const PAGE_WORDS: &[&str] = &[
    "page",
    "p.",
    "pg.",
    "página",
    "pagina",
    "seite",
    "strona",
    "strana",
    "сторінка",
    "стор.",
    "страница",
    "стр.",
    "с.",
];

/// Words between a page's number and the count of pages (`of`, `з`, `из`, `/`), lower-cased.
const PAGE_OF: &[&str] = &[
    "of", "/", "з", "із", "из", "von", "de", "di", "z", "ze", "sur",
];

/// Is the line a United Nations document's print mark alone: its symbol as a running header
/// (`A/ES-11/L.9`, `S/RES/2728 (2024)`), its job number with the language and date (`25-03011
/// (E)    010325`), its barcode (`*2503011*`), or a page count with the job number (`2/2
/// 25-03011`)? A copy of the PDF keeps them between the paragraphs.
fn un_print_line(s: &str) -> bool {
    if s.len() > 4 * FURNITURE_LINE_BYTES || s.split_whitespace().count() > 4 {
        return false;
    }
    let job = |w: &str| {
        let b = w.as_bytes();
        b.len() == 8
            && b[2] == b'-'
            && b.iter()
                .enumerate()
                .all(|(k, c)| k == 2 || c.is_ascii_digit())
    };
    let barcode = |w: &str| {
        w.len() >= 9
            && w.starts_with('*')
            && w.ends_with('*')
            && w[1..w.len() - 1].bytes().all(|b| b.is_ascii_digit())
    };
    let symbol = |w: &str| {
        w.len() >= 5
            && ["A/", "S/", "E/"].iter().any(|p| w.starts_with(p))
            && w.contains(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "/.-".contains(c))
    };
    let other = |w: &str| {
        // A language's letter in brackets, a date `010325`, a year `(2024)`, a page `2/2`.
        (w.len() == 3 && w.starts_with('(') && w.ends_with(')'))
            || (w.len() == 6 && w.bytes().all(|b| b.is_ascii_digit()))
            || (w.len() == 6
                && w.starts_with('(')
                && w.ends_with(')')
                && w[1..5].bytes().all(|b| b.is_ascii_digit()))
            || w.split_once('/').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.len() <= 3
                    && b.len() <= 3
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    words.iter().any(|w| job(w) || barcode(w) || symbol(w))
        && words
            .iter()
            .all(|w| job(w) || barcode(w) || symbol(w) || other(w))
}

/// Dashes a printed page's number may stand between (`- 2 -`).
const DASHES: &[&str] = &["-", "–", "—"];

/// Is the line a page's footer or header alone: a page word ([`PAGE_WORDS`]), its number, and
/// perhaps the count of pages (`Page 1 of 3`, `Сторінка 2 з 5`, `Seite 3/4`), or a number
/// between dashes (`- 2 -`)?
fn page_number_line(s: &str) -> bool {
    if s.len() > 40 {
        return false;
    }
    let lower = s.to_lowercase();
    let lower = lower.replace('/', " / ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        // A printed page's number between dashes (`- 2 -`, `— 12 —`).
        [d, n, e] if DASHES.contains(d) && d == e => number(n),
        [w] if w.len() > 2 => w
            .strip_prefix('-')
            .and_then(|w| w.strip_suffix('-'))
            .is_some_and(number),
        // An abbreviation alone with a number (`p. 12`) may be a wrapped citation.
        [page, n] => PAGE_WORDS.contains(page) && !page.ends_with('.') && number(n),
        [page, n, of, m] => {
            PAGE_WORDS.contains(page) && number(n) && PAGE_OF.contains(of) && number(m)
        }
        _ => false,
    }
}

/// Starts of lines that invite to read another article, followed by a colon and (on the line
/// or the next) its headline (see [`SEE_LINKS`]).
const READ_LINKS: &[&str] = &[
    "read also",
    "also read",
    "read more",
    "читайте також",
    "читайте также",
];

/// Is the line a web page's furniture rather than the draft's text: an advertisement's
/// marker, a link to another article (`Read also: …`, `ЧИТАЙТЕ ТАКОЖ: …`), or a photo's
/// credit (`Фото: Getty Images`, a caption ending `(AP Photo/Name)` or `/ © Agency`)? Copied
/// from a news page, these stand between the points, where they became section headings or
/// the text of the point above.
fn page_furniture(line: &str) -> Option<Furniture> {
    // Print marks have a figure, and only short lines are print marks.
    let trimmed = line.trim();
    if trimmed.len() <= 4 * FURNITURE_LINE_BYTES
        && trimmed.bytes().any(|b| b.is_ascii_digit())
        && (page_number_line(trimmed) || un_print_line(trimmed))
    {
        return Some(Furniture::PageNumber);
    }
    // A messenger's pointing or bell emoji before it (`👉 Читайте також: …`).
    let s = line
        .trim()
        .trim_start_matches(|c: char| {
            !(c.is_alphanumeric() || c.is_whitespace() || "(\"«“'[".contains(c))
        })
        .trim_start();
    // Byte lengths bound the character count from above; the work below is on short pieces
    // (a line's start, its last brackets), never the whole line lower-cased: this runs on
    // every line of every draft.
    if s.is_empty() || s.len() > 4 * FURNITURE_CHARS {
        return None;
    }
    if s.len() <= FURNITURE_LINE_BYTES && SITE_LINES.contains(&s.to_lowercase().as_str()) {
        return Some(Furniture::SiteLine);
    }
    if s.len() <= FURNITURE_LINE_BYTES {
        let lower = s.to_lowercase();
        let bare = lower.trim_end_matches([':', ' ', '!', '.']);
        if CALLS.contains(&bare) {
            return Some(Furniture::Call);
        }
        let bare = lower.trim_end_matches([':', ' ']);
        if FURNITURE_LINES_ALONE.contains(&bare) {
            return Some(Furniture::SiteLine);
        }
        if FURNITURE_LINES.contains(&bare) {
            return Some(Furniture::Line);
        }
    }
    // The text after `prefix` and a colon, compared without case on the line's start (lower-
    // cased once, and only when its first letter may start a prefix).
    let first = s.chars().next()?.to_lowercase().next()?;
    let candidate = READ_LINKS
        .iter()
        .chain(SEE_LINKS)
        .chain(FURNITURE_CREDITS)
        .any(|p| p.starts_with(first));
    let head: String = if candidate {
        s.chars()
            .take(PREFIX_CHARS)
            .flat_map(char::to_lowercase)
            .collect()
    } else {
        String::new()
    };
    let after_prefix = |prefixes: &[&str]| {
        prefixes.iter().find_map(|prefix| {
            if !head.starts_with(prefix) {
                return None;
            }
            // The prefixes' letters have the same length in both cases.
            let rest = s.get(prefix.len()..)?.trim_start();
            rest.strip_prefix([':', '：'])
                .or_else(|| on_the_site(rest))
                .map(str::trim)
        })
    };
    if is_subscribe_line(s) {
        return Some(Furniture::Line);
    }
    let read = after_prefix(READ_LINKS).map(|after| (after, Furniture::ReadAlso));
    if let Some((after, kind)) = read.or_else(|| Some((after_prefix(SEE_LINKS)?, Furniture::Line)))
    {
        return Some(if after.is_empty() {
            Furniture::WithNext
        } else {
            kind
        });
    }
    if let Some(after) = after_prefix(FURNITURE_CREDITS) {
        // A name (`Getty Images`, `EPA`, `УНІАН`), not a requirement (`кольорове, на білому
        // тлі.`): a capital first, no figure, comma or full stop.
        let credit = after.starts_with(char::is_uppercase)
            && script::word_count(after) <= CREDIT_WORDS
            && !after.contains(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
        return credit.then_some(Furniture::Line);
    }
    // A caption's credit in its last brackets (`… (AP Photo/Name)`, `… (Photo: Agency)`, the
    // credit's first word a name, not `(photo: data page)`), or after a slash (`Ілюстративне
    // фото / © Agency`).
    let brackets = s
        .ends_with(')')
        .then(|| s.rfind('(').map(|k| &s[k..]))
        .flatten();
    let credit = brackets.is_some_and(|b| {
        let lower = b.to_lowercase();
        let named = b
            .get("(photo:".len()..)
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase));
        (lower.starts_with("(photo:") && named)
            || lower.contains(" photo/")
            || lower.starts_with("(photo/")
    }) || (s.contains('©') && s.contains("/ ©"));
    (credit && s.chars().count() <= FURNITURE_CHARS).then_some(Furniture::Line)
}

/// The text after the colon of a link's announcement that names the site first (`Читайте
/// також на «Цензор.НЕТ»: …`, `Read more on our site: …`): a few words from `on`, `at` or
/// `на` to the colon.
fn on_the_site(rest: &str) -> Option<&str> {
    const SITE_WORDS: usize = 5;
    let first = rest.split_whitespace().next()?.to_lowercase();
    // `on`/`на` a site; not `in`/`у`, a cross-reference (`Read more in Annex 2:`,
    // `Дивіться також у статті 258:`).
    if !["on", "at", "на"].contains(&first.as_str()) {
        return None;
    }
    let colon = rest.find([':', '：'])?;
    let after = &rest[colon..];
    let after = &after[after.chars().next()?.len_utf8()..];
    (script::word_count(&rest[..colon]) <= SITE_WORDS).then_some(after)
}

/// Verbs that open a page's call to follow it elsewhere, lower-cased.
const SUBSCRIBE_VERBS: &[&str] = &[
    "subscribe to",
    "follow us",
    "join us on",
    "join our",
    "підписуйтесь",
    "підписуйтеся",
    "приєднуйтесь",
    "приєднуйтеся",
    "читайте нас",
    "стежте за нами",
    "подписывайтесь",
    "подпишитесь",
    "следите за нами",
];

/// Channels a page asks its readers to follow.
const SUBSCRIBE_CHANNELS: &[&str] = &[
    "telegram",
    "телеграм",
    "viber",
    "вайбер",
    "youtube",
    "facebook",
    "instagram",
    "whatsapp",
    "tiktok",
    "newsletter",
    "розсилк",
    "рассылк",
];

/// A page's call to follow it on a messenger or a newsletter (`Підписуйтесь на наш
/// Telegram-канал`, `Follow us on Telegram`), standing between the points it interrupts.
fn is_subscribe_line(s: &str) -> bool {
    let first = s
        .chars()
        .next()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    if s.len() > 4 * FURNITURE_CHARS
        || !first.is_some_and(|f| SUBSCRIBE_VERBS.iter().any(|v| v.starts_with(f)))
        || s.chars().count() > FURNITURE_CHARS
    {
        return false;
    }
    let head: String = s
        .chars()
        .take(PREFIX_CHARS)
        .flat_map(char::to_lowercase)
        .collect();
    // Whole words: `Follow usual approval rules` is not `follow us`.
    let opens = SUBSCRIBE_VERBS.iter().any(|v| {
        head.strip_prefix(v)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    });
    if !opens {
        return false;
    }
    let lower = s.to_lowercase();
    SUBSCRIBE_CHANNELS.iter().any(|c| lower.contains(c))
}

/// Characters of a line's start compared with the furniture prefixes (the longest,
/// `ілюстративне фото`, has 17).
const PREFIX_CHARS: usize = 24;

/// Longest line, in bytes, compared with [`FURNITURE_LINES`] (the longest of them, in
/// Cyrillic, with room for a colon and spaces).
const FURNITURE_LINE_BYTES: usize = 80;

/// The lines without a web page's furniture ([`page_furniture`]), and the lines left out.
/// Only a line standing as a paragraph of its own (after a blank line or a finished sentence,
/// not in the middle of a wrapped one) is furniture, never a line that starts a point, and
/// only on a page that shows [`MIN_FURNITURE`] such lines, or one invitation to read another
/// article with its headline ([`Furniture::ReadAlso`]). A link's headline is taken with its
/// announcement when it is on the very next line.
fn without_furniture(lines: Vec<Line<'_>>) -> (Vec<Line<'_>>, Vec<LeftOut>) {
    let mut found: Vec<bool> = vec![false; lines.len()];
    // Pieces of furniture: an announcement and its headline are one.
    let mut pieces = 0;
    let mut headline_next = false;
    for i in 0..lines.len() {
        let text = lines[i].text;
        if std::mem::take(&mut headline_next)
            && !text.trim().is_empty()
            && is_heading_like(text)
            && marker(text).is_none()
        {
            found[i] = true;
            continue;
        }
        let standalone = || {
            i <= 1 || {
                let prev = lines[i - 1].text.trim();
                prev.is_empty() || ends_sentence(prev) || prev.chars().count() <= CAPTION_CHARS
            }
        };
        // A page's number wherever it stands, even when it reads as a bullet (`- 2 -`).
        if let Some(f) = page_furniture(text).filter(|&f| {
            f == Furniture::PageNumber
                || (standalone() && (f == Furniture::Call || marker(text).is_none()))
        }) {
            found[i] = true;
            pieces += if matches!(
                f,
                Furniture::ReadAlso | Furniture::PageNumber | Furniture::SiteLine | Furniture::Call
            ) {
                MIN_FURNITURE
            } else {
                1
            };
            headline_next = f == Furniture::WithNext;
        }
    }
    if pieces < MIN_FURNITURE {
        return (lines, Vec::new());
    }
    let mut kept = Vec::with_capacity(lines.len());
    let mut left_out = Vec::new();
    for (line, furniture) in lines.into_iter().zip(found) {
        if furniture {
            left_out.push(LeftOut {
                text: line.text.trim().to_owned(),
                line: line.number,
            });
        } else {
            kept.push(line);
        }
    }
    (kept, left_out)
}

/// A line this short before a furniture line may be a label or a heading (`Пункт 3`), not
/// wrapped text running into it.
const CAPTION_CHARS: usize = 40;

/// Picks the top-level numbering scheme and says why, or `None` when the text has neither
/// numbering nor a bullet list as its structure.
fn choose_scheme(lines: &[Line<'_>], markers: &[Option<Marker>]) -> Option<(Scheme, String)> {
    let (mut seen, bullets) = tally_schemes(markers);
    let mixed_note = join_mixed_keywords(&mut seen, markers);
    drop_scattered_keywords(&mut seen, markers);
    let chosen = preferred_scheme(&seen)?;
    if chosen.scheme.family == Family::Bullet
        && !bullets_are_structure(lines, markers, &chosen.scheme)
    {
        return None;
    }
    let sections = numbers_through_sections(&seen, markers, chosen)
        .or_else(|| bullets_under_numbered_headings(lines, markers, chosen, &bullets));
    let (scheme, count, sections_note) = match sections {
        Some((scheme, count, note)) => (scheme, count, Some(note)),
        None => (chosen.scheme.clone(), chosen.count, None),
    };
    let mixed_note = mixed_note.filter(|_| scheme.mixed);
    let reason = scheme_reason(&seen, &scheme, count, sections_note, mixed_note);
    Some((scheme, reason))
}

/// Label keywords that only refer to points here and there (`Point 3 – I'd check the number`
/// and `Point 5 – …` in a reply under the quoted list `1.` … `6.`) number nothing: when their
/// numbers neither start at 1 nor follow one another anywhere, and another scheme has more
/// lines, they leave the choice to it.
fn drop_scattered_keywords(seen: &mut Vec<Seen>, markers: &[Option<Marker>]) {
    let most = seen.iter().map(|s| s.count).max().unwrap_or(0);
    seen.retain(|s| {
        if !s.scheme.family.is_word() || s.count >= most {
            return true;
        }
        let numbers: Vec<u32> = markers
            .iter()
            .flatten()
            .filter(|m| m.is_of(&s.scheme))
            .map(|m| m.number)
            .collect();
        numbers.first() == Some(&1) || numbers.windows(2).any(|w| w[1] == w[0] + 1)
    });
}

/// A scheme found in the text: how many lines start with one of its markers, and the first.
struct Seen {
    scheme: Scheme,
    count: usize,
    first: usize,
}

/// The schemes of the markers, in order of first appearance, with their counts; bullets only
/// when nothing is numbered (then they are the structure). Second, the bullet schemes set
/// aside because something is numbered.
fn tally_schemes(markers: &[Option<Marker>]) -> (Vec<Seen>, Vec<Seen>) {
    let mut seen: Vec<Seen> = Vec::new();
    for (i, m) in markers.iter().enumerate() {
        let Some(m) = m else { continue };
        match seen.iter_mut().find(|s| m.is_of(&s.scheme)) {
            Some(s) => s.count += 1,
            None => seen.push(Seen {
                scheme: Scheme::of(m),
                count: 1,
                first: i,
            }),
        }
    }
    if seen.iter().any(|s| s.scheme.family != Family::Bullet) {
        let (bullets, numbered) = seen
            .into_iter()
            .partition(|s| s.scheme.family == Family::Bullet);
        return (numbered, bullets);
    }
    (seen, Vec::new())
}

/// Label keywords in any mix: when their numbers run on across keywords further than within
/// any one keyword, replaces the keyword schemes in `seen` by one mixed scheme and says why.
fn join_mixed_keywords(seen: &mut Vec<Seen>, markers: &[Option<Marker>]) -> Option<String> {
    let words = || {
        markers
            .iter()
            .flatten()
            .filter(|m| m.family.is_word() && m.depth == 1)
    };
    let mixed_run = run_length(words());
    let best_single = seen
        .iter()
        .filter(|s| s.scheme.family.is_word() && s.scheme.depth == 1)
        .map(|s| run_length(words().filter(|m| m.is_of(&s.scheme))))
        .max()
        .unwrap_or(0);
    if mixed_run <= best_single {
        return None;
    }
    let first = markers
        .iter()
        .position(|m| {
            m.as_ref()
                .is_some_and(|m| m.family.is_word() && m.depth == 1)
        })
        .unwrap_or(0);
    let count = words().count();
    seen.retain(|s| !(s.scheme.family.is_word() && s.scheme.depth == 1));
    seen.push(Seen {
        scheme: Scheme {
            family: Family::ArticleWord,
            depth: 1,
            keyword: String::new(),
            mixed: true,
            sections: false,
        },
        count,
        first,
    });
    Some(format!(
        "the numbers run on across keywords ({} steps of one), further than within any one keyword ({best_single})",
        mixed_run
    ))
}

/// The preferred scheme among those seen at least twice (or among all when none is): the
/// lowest family rank, then the shallowest, then the earliest.
fn preferred_scheme(seen: &[Seen]) -> Option<&Seen> {
    let enough = |s: &&Seen| s.count >= 2;
    let pool: Vec<&Seen> = if seen.iter().any(|s| enough(&s)) {
        seen.iter().filter(enough).collect()
    } else {
        seen.iter().collect()
    };
    // Chinese numerals (`一、`, `（一）`) number the levels above Arabic numbers in Chinese
    // documents: with both, the Arabic numbers are the points (and `一、 总则` a heading, see
    // `roman_heading`).
    pool.into_iter().min_by_key(|s| {
        let chinese = s.scheme.keyword == CHINESE_NUMERALS;
        (s.scheme.family.rank(), s.scheme.depth, chinese, s.first)
    })
}

/// When the chosen scheme is a label keyword and plain numbers run on through its lines, never
/// starting again under each of them, the numbers are the points and the keyword lines are
/// section headings: the numbers' scheme (marked `sections`), their count, and why.
fn numbers_through_sections(
    seen: &[Seen],
    markers: &[Option<Marker>],
    chosen: &Seen,
) -> Option<(Scheme, usize, String)> {
    if !(chosen.scheme.family.is_word() && chosen.scheme.depth == 1) {
        return None;
    }
    let numbers = seen
        .iter()
        .filter(|s| {
            matches!(
                s.scheme.family,
                Family::Dot | Family::Paren | Family::Enclosed
            ) && s.scheme.depth == 1
        })
        .max_by_key(|s| s.count)?;
    let run = run_length(
        markers
            .iter()
            .flatten()
            .filter(|m| m.is_of(&numbers.scheme)),
    );
    let count = chosen.count;
    if numbers.count < 2 * count || run + 1 + numbers.count / 10 < numbers.count {
        return None;
    }
    // They run on across a keyword line at least once (`Section I` between 4 and 5), not
    // only under one keyword (`Article 1er` over its items `1°` … `4°`, then `Article 2`).
    let mut last: Option<u32> = None;
    let mut crossed = false;
    let mut through = false;
    for m in markers.iter().flatten() {
        if m.is_of(&chosen.scheme) {
            crossed = true;
        } else if m.is_of(&numbers.scheme) {
            through |= crossed && last.is_some_and(|l| m.number == l + 1);
            last = Some(m.number);
            crossed = false;
        }
    }
    if !through {
        return None;
    }
    let note = format!(
        "the numbers run on through the {count} lines of {} ({run} steps of one), which are section headings",
        chosen.scheme.describe()
    );
    let scheme = Scheme {
        sections: true,
        ..numbers.scheme.clone()
    };
    Some((scheme, numbers.count, note))
}

/// When every line of the chosen plain-number scheme is a short heading (`1. Security`, no
/// sentence) and bullet lists stand under them, at least [`BULLETS_PER_HEADING`] items a
/// heading and some under each, the bullets are the points a reader sees and the numbered
/// lines are section headings (a news page that sorts a plan's points into numbered areas):
/// the bullets' scheme (marked `sections`), their count, and why. `bullets` are the bullet
/// schemes seen ([`tally_schemes`] sets them aside when something is numbered).
fn bullets_under_numbered_headings(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    chosen: &Seen,
    bullets: &[Seen],
) -> Option<(Scheme, usize, String)> {
    let numeric = matches!(
        chosen.scheme.family,
        Family::Dot | Family::Paren | Family::Enclosed
    );
    if !numeric || chosen.scheme.depth != 1 {
        return None;
    }
    // The most common bullet scheme, and how many of its items each heading has.
    let bullet = bullets.iter().max_by_key(|s| s.count)?;
    let (count, bullet) = (bullet.count, bullet.scheme.clone());
    let mut under: Vec<usize> = Vec::new();
    for (line, m) in lines.iter().zip(markers) {
        match m {
            Some(m) if m.is_of(&chosen.scheme) => {
                let rest = line.text[m.rest.min(line.text.len())..].trim();
                if !is_heading_like(rest) || script::word_count(rest) > POINT_TITLE_WORDS {
                    return None;
                }
                under.push(0);
            }
            Some(m) if m.is_of(&bullet) => {
                if let Some(n) = under.last_mut() {
                    *n += 1;
                }
            }
            _ => {}
        }
    }
    let headings = under.len();
    if headings == 0
        || under.contains(&0)
        || under.iter().sum::<usize>() < BULLETS_PER_HEADING * headings
    {
        return None;
    }
    let note = format!(
        "the {headings} lines of {} are short headings over bullet lists, so they are section headings and the bullets are the points",
        chosen.scheme.describe()
    );
    let scheme = Scheme {
        sections: true,
        ..bullet
    };
    Some((scheme, count, note))
}

/// Fewest bullet items a numbered heading must have on average for the bullets under it to be
/// the points (`bullets_under_numbered_headings`): a list, not one remark.
pub const BULLETS_PER_HEADING: usize = 2;

/// Why `scheme` was chosen, in words: how many lines start with it, the notes on sections and
/// mixed keywords, the other schemes it was preferred to, and whether bullets are the points.
fn scheme_reason(
    seen: &[Seen],
    scheme: &Scheme,
    count: usize,
    sections_note: Option<String>,
    mixed_note: Option<String>,
) -> String {
    let mut reason = format!("{count} lines start with it");
    if let Some(note) = sections_note {
        reason = format!("{reason}; {note}");
    }
    if let Some(note) = mixed_note {
        reason = format!("{reason}; {note}");
    }
    let others: Vec<String> = seen
        .iter()
        .filter(|s| {
            let same = s.scheme.family == scheme.family
                && s.scheme.depth == scheme.depth
                && s.scheme.keyword == scheme.keyword
                && s.scheme.mixed == scheme.mixed;
            // Under sections, the headings' scheme is named in the note.
            let headings =
                scheme.sections && (s.scheme.family.is_word() || scheme.family == Family::Bullet);
            !same && !headings
        })
        .map(|s| format!("{} ({})", s.scheme.describe(), s.count))
        .collect();
    if !others.is_empty() {
        reason.push_str(&format!(
            "; preferred to {} (keywords before plain numbers, then the shallowest, then the earliest; a scheme seen once only if none is seen twice)",
            others.join(", ")
        ));
    }
    if scheme.family == Family::Bullet && !scheme.sections {
        reason.push_str("; nothing is numbered, so the bullets are the points");
    }
    reason
}

/// How many markers continue the number of the marker before them (`n` after `n - 1`).
fn run_length<'a>(markers: impl Iterator<Item = &'a Marker>) -> usize {
    let mut last: Option<u32> = None;
    let mut run = 0;
    for m in markers {
        if last.is_some_and(|l| m.number == l + 1) {
            run += 1;
        }
        last = Some(m.number);
    }
    run
}

/// Are the top-level bullets the document's structure (rather than a list inside a paragraph)?
/// Yes when there are at least two and few paragraphs after the first one stand outside them.
fn bullets_are_structure(lines: &[Line<'_>], markers: &[Option<Marker>], scheme: &Scheme) -> bool {
    let Some(first) = markers
        .iter()
        .position(|m| m.as_ref().is_some_and(|m| m.is_of(scheme)))
    else {
        return false;
    };
    let mut bullets = 0;
    let mut stray = 0;
    // Stray paragraphs since the last bullet: the page's text after the list.
    let mut trailing = 0;
    // Bullets whose item starts with a capital: points of their own, not the parts of one
    // sentence (`The delegations agreed on: - a date,` / `- a hotline.`).
    let mut capitals = 0;
    let mut previous: Option<&str> = None;
    let mut after_lone_bullet = false;
    for (i, line) in lines.iter().enumerate().skip(first) {
        let text = line.text.trim();
        if text.is_empty() {
            previous = None;
            continue;
        }
        match &markers[i] {
            Some(m) if m.family == Family::Bullet => {
                if m.is_of(scheme) {
                    bullets += 1;
                    let item = &line.text[m.rest.min(line.text.len())..];
                    capitals += usize::from(starts_with_capital(item.trim_start()));
                }
                trailing = 0;
                after_lone_bullet = line.text[m.rest.min(line.text.len())..].trim().is_empty();
            }
            _ => {
                let starts_paragraph = previous.is_none_or(ends_sentence);
                if starts_paragraph && !after_lone_bullet && !is_heading_like(text) {
                    stray += 1;
                    trailing += 1;
                }
                after_lone_bullet = false;
            }
        }
        previous = Some(text);
    }
    // A news page's list of key points with its comment after them (`However, the text says
    // nothing about…`): the comment is the closing, when it is no longer than the list and
    // the items are sentences of their own.
    if bullets >= MIN_LIST_BEFORE_CLOSING && trailing <= bullets && capitals == bullets {
        stray -= trailing;
    }
    bullets >= 2 && stray * 3 <= bullets
}

/// Fewest top-level bullets for the paragraphs after them (as many at most) to be the page's
/// closing rather than a sign that the bullets are a list inside running text.
const MIN_LIST_BEFORE_CLOSING: usize = 3;

/// Does the line end a sentence (`.` `!` `?` `…` `;` `:`, maybe before a closing quote)?
fn ends_sentence(line: &str) -> bool {
    let line = without_closers(line);
    line.ends_with(script::FULL_STOPS) || line.ends_with(script::CLAUSE_STOPS)
}

/// Is the line a whole sentence (ends like one and has at least six words), so content and
/// not a title?
fn is_sentence(line: &str) -> bool {
    let s = line.trim();
    let s = s
        .trim_end_matches(['"', '”', '»', '\'', '’', ')'])
        .trim_end();
    s.ends_with(script::FULL_STOPS) && script::word_count(s) >= 6
}

/// Splits lines at numbers glued to the end of the sentence before (`... confirmed.2. Next`),
/// when the number continues the scheme's sequence. Returns the lines and how many splits.
fn unglue<'a>(
    lines: &[Line<'a>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> (Vec<Line<'a>>, usize) {
    if !matches!(scheme.family, Family::Dot | Family::Paren) || scheme.depth != 1 || scheme.mixed {
        return (lines.to_vec(), 0);
    }
    let lead = glued_to_lead_in(lines, markers, scheme);
    let mut out = Vec::with_capacity(lines.len());
    let mut last: Option<u32> = None;
    let mut glued = 0;
    for (i, line) in lines.iter().enumerate() {
        let mut line = *line;
        let mut from = 0;
        if let Some((_, at, number)) = lead.filter(|&(at_line, _, _)| at_line == i) {
            (line, from) = split_glued(&mut out, line, at);
            last = Some(number);
            glued += 1;
        } else if let Some(m) = markers[i]
            .as_ref()
            .filter(|m| m.is_of(scheme) && runs_on(last, m.number, false))
        {
            last = Some(m.number);
            from = m.rest;
        }
        while let Some(next) = last.map(|l| l + 1) {
            let Some(at) =
                find_glued(&line.text[from.min(line.text.len())..], next, scheme).map(|k| from + k)
            else {
                break;
            };
            (line, from) = split_glued(&mut out, line, at);
            last = Some(next);
            glued += 1;
        }
        out.push(line);
    }
    (out, glued)
}

/// Fewest numbers of a list run into one line for the line to be split at them
/// (`inline_list`).
pub const MIN_INLINE: usize = 3;

/// The lines with a list run into one line (`…the plan says: 1. Text. 2. Text. 3. Text.`,
/// `Учасники домовилися: 1) …; 2) …; 3) …`) split where its numbers start: `1.` (or `1)`)
/// after a colon or a sentence's end, then each next number after a sentence's end or a
/// semicolon, [`MIN_INLINE`] at least. Only in a draft of a few paragraphs around that line
/// (the title and a lead before it, as many paragraphs after as half the list): a list inside
/// one paragraph of a longer text is that paragraph's. `None` when no line holds such a list.
fn inline_list<'a>(lines: &[Line<'a>]) -> Option<Vec<Line<'a>>> {
    const ENDS: &str = ".!?;:»\"”)";
    const BEFORE: usize = 3;
    let content = |range: &[Line<'_>]| range.iter().filter(|l| !l.text.trim().is_empty()).count();
    for family in [Family::Dot, Family::Paren, Family::Dash] {
        let scheme = Scheme {
            family,
            depth: 1,
            keyword: String::new(),
            mixed: false,
            sections: false,
        };
        for (i, line) in lines.iter().enumerate() {
            let Some(first) = glued_after(line.text, 1, &scheme, ENDS) else {
                continue;
            };
            let mut cuts = vec![first];
            while let Some(k) = line
                .text
                .get(cuts[cuts.len() - 1] + 1..)
                .and_then(|rest| find_glued(rest, u32::try_from(cuts.len() + 1).ok()?, &scheme))
            {
                let at = cuts[cuts.len() - 1] + 1 + k;
                cuts.push(at);
            }
            if cuts.len() < MIN_INLINE
                || content(&lines[..i]) > BEFORE
                || content(&lines[i + 1..]) > (cuts.len() / 2).max(1)
            {
                continue;
            }
            let mut out = lines[..i].to_vec();
            let mut rest = *line;
            let mut offset = 0;
            for at in cuts {
                (rest, _) = split_glued(&mut out, rest, at - offset);
                offset = at;
            }
            out.push(rest);
            out.extend_from_slice(&lines[i + 1..]);
            return Some(out);
        }
    }
    None
}

/// Splits `line` where a glued number starts (byte `at`): the text before it goes to `out`;
/// returns the rest, which starts with the number, and where its point's own text starts.
fn split_glued<'a>(out: &mut Vec<Line<'a>>, line: Line<'a>, at: usize) -> (Line<'a>, usize) {
    out.push(Line {
        text: line.text[..at].trim_end(),
        ..line
    });
    let rest = Line {
        start: line.start + at,
        number: line.number,
        text: &line.text[at..],
    };
    let from = marker(rest.text).map_or(rest.text.len(), |m| m.rest);
    (rest, from)
}

/// The first point glued to the lead-in before the list (`This is what the plan says: 1. Text`,
/// then `2. Text` on a line of its own): when the scheme's first line-start number is above 1,
/// the number before it, after a colon or a sentence end in the last line before the list.
/// Returns that line's index, where the number starts in it, and the number.
fn glued_to_lead_in(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Option<(usize, usize, u32)> {
    let first = markers
        .iter()
        .position(|m| m.as_ref().is_some_and(|m| m.is_of(scheme)))?;
    let number = markers[first]
        .as_ref()?
        .number
        .checked_sub(1)
        .filter(|&n| n >= 1)?;
    let lead = lines[..first]
        .iter()
        .rposition(|l| !l.text.trim().is_empty())?;
    if markers[lead].is_some() {
        return None;
    }
    // The last place it is glued: the list follows the lead-in (`Under Resolution No. 1.
    // the council ... says: 1. Text`).
    let text = lines[lead].text;
    let ends = ".!?;:»\"”)";
    let mut at = glued_after(text, number, scheme, ends)?;
    while let Some(k) = text
        .get(at + 1..)
        .and_then(|rest| glued_after(rest, number, scheme, ends))
    {
        at += 1 + k;
    }
    Some((lead, at, number))
}

/// Where `number` followed by the scheme's separator (`2.` or `2)`) starts in `s`, glued to a
/// sentence end before it: `confirmed.2. Next`, `confirmed. 2. Next` (not `1.2.` or `of 2.`).
fn find_glued(s: &str, number: u32, scheme: &Scheme) -> Option<usize> {
    glued_after(s, number, scheme, ".!?;»\"”)")
}

/// [`find_glued`] with the characters that may end the text before the number.
fn glued_after(s: &str, number: u32, scheme: &Scheme, ends: &str) -> Option<usize> {
    let needle = number.to_string();
    let mut from = 0;
    while let Some(k) = s[from..].find(&needle).map(|k| from + k) {
        from = k + needle.len();
        let before = s[..k].trim_end_matches([' ', '\u{a0}']);
        let Some(end) = before.chars().next_back() else {
            continue;
        };
        if !ends.contains(end) {
            continue;
        }
        // `1.2.` numbers a sub-clause; `…limited to 600,000. 4. Ukraine` ends a sentence
        // with a figure, a space before the next number.
        let spaced = before.len() < k;
        let before_end = before[..before.len() - end.len_utf8()].chars().next_back();
        if before_end.is_none_or(|c| (c.is_ascii_digit() && !spaced) || c.is_whitespace()) {
            continue;
        }
        let Some(m) = marker(&s[k..]) else { continue };
        if m.is_of(scheme) && m.number == number && m.number_text == needle {
            return Some(k);
        }
    }
    None
}

/// Is each line of this text a paragraph of its own (text copied from a web page), rather than
/// hard-wrapped? Judged by the shape of the whole document: lines that run into the next one
/// end sentences and vary in length when each is a paragraph; hard-wrapped lines break
/// mid-sentence near one width. `Ok` and `Err` both carry the figures in words.
fn lines_are_paragraphs(lines: &[Line<'_>], markers: &[Option<Marker>]) -> Result<String, String> {
    // Lines that a text line (not a marker) follows directly (the first line may be a title).
    let text =
        |i: usize| lines.get(i).is_some_and(|l| !l.text.trim().is_empty()) && markers[i].is_none();
    let first = lines.iter().position(|l| !l.text.trim().is_empty());
    let inner: Vec<&str> = (0..lines.len())
        .filter(|&i| Some(i) != first && !lines[i].text.trim().is_empty() && text(i + 1))
        .map(|i| lines[i].text.trim())
        .collect();
    if inner.is_empty() {
        return Err("paragraphs are separated by blank lines".to_owned());
    }
    let ends = inner.iter().filter(|l| ends_sentence(l)).count();
    let widest = inner.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let near = inner
        .iter()
        .filter(|l| l.chars().count() * 5 >= widest * 4)
        .count();
    let figures = format!(
        "{ends} of {} lines that run into the next end a sentence, {near} are near the widest ({widest} characters)",
        inner.len()
    );
    let ends_share = ends as f64 / inner.len() as f64;
    let near_share = near as f64 / inner.len() as f64;
    if ends_share >= 0.6 || (ends_share >= 0.4 && near_share < 0.5) {
        Ok(format!("each line is a paragraph: {figures}"))
    } else {
        Err(format!(
            "paragraphs are separated by blank lines; lines are hard-wrapped: {figures}"
        ))
    }
}

/// Most paragraphs (the title among them) before the line that announces a list of
/// unnumbered items (`lead_before_items`).
const LEAD_PARAGRAPHS: usize = 4;

/// Most words of a paragraph that ends by announcing the items (`lead_before_items`).
const LEAD_WORDS: usize = 60;

/// In a text of unnumbered paragraphs, the last line of a page's lead: the first paragraph
/// that ends with a colon (`…Here are some of the points (unofficial summary):`), of
/// [`LEAD_WORDS`] at most, among the first [`LEAD_PARAGRAPHS`], with at least as many
/// paragraphs after it (three at least). Its paragraph and those before it introduce the
/// items and are the preamble; before, they were counted as items `¶1`, `¶2`.
fn lead_before_items(lines: &[Line<'_>], per_line: bool) -> Option<usize> {
    // The paragraphs as (first line, last line).
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.text.trim().is_empty() {
            continue;
        }
        match paragraphs.last_mut() {
            Some((_, last)) if !per_line && *last + 1 == i => *last = i,
            _ => paragraphs.push((i, i)),
        }
    }
    let words = |(a, b): (usize, usize)| {
        lines[a..=b]
            .iter()
            .map(|l| script::word_count(l.text))
            .sum::<usize>()
    };
    let k = paragraphs
        .iter()
        .take(LEAD_PARAGRAPHS)
        .position(|&(a, b)| {
            without_citations(lines[b].text).ends_with([':', '：']) && words((a, b)) <= LEAD_WORDS
        })?;
    let after = paragraphs.len() - k - 1;
    // The items are paragraphs of their own, not a lettered list inside the text (`The tenant
    // shall:` over `a) pay the rent…`).
    let items = paragraphs
        .get(k + 1)
        .is_some_and(|&(a, _)| !is_sub_item(lines[a].text));
    (k >= 1 && items && after >= MIN_ITEM_LINES.max(k + 1)).then(|| paragraphs[k].1)
}

/// Fewest lines running into the next for [`lines_are_items`] to judge.
const MIN_ITEM_LINES: usize = 3;

/// Are the lines of this unnumbered text the items of a list whose bullets were lost when the
/// page was copied (`Fighting stops immediately` over `Troops withdraw to an agreed line`),
/// though they end no sentence? Hard-wrapped text breaks mid-sentence, so its next line
/// mostly starts in small letters, and near one width. Here four lines in five at least that
/// run into the next are followed by one starting with a capital, a figure or a quote, none
/// ends in a comma or a hyphen, and the lines are not near one width (or all are short, under
/// [`ITEM_LINE_CHARS`]). Says why, in words.
fn lines_are_items(lines: &[Line<'_>]) -> Option<String> {
    let first = lines.iter().position(|l| !l.text.trim().is_empty());
    let filled = |i: usize| lines.get(i).is_some_and(|l| !l.text.trim().is_empty());
    let inner: Vec<usize> = (0..lines.len())
        .filter(|&i| Some(i) != first && filled(i) && filled(i + 1))
        .collect();
    if inner.len() < MIN_ITEM_LINES {
        return None;
    }
    let capital_next = inner
        .iter()
        .filter(|&&i| {
            lines[i + 1].text.trim_start().starts_with(|c: char| {
                c.is_uppercase() || c.is_ascii_digit() || "\"«“'".contains(c)
            })
        })
        .count();
    // A line that ends in a comma or a hyphen, or holds a sentence's end before more words
    // (`Reform der Verwaltung. Beide Seiten treffen`), is wrapped prose.
    let broken = inner.iter().any(|&i| {
        let t = lines[i].text.trim();
        t.ends_with([',', '-', '‐'])
            || t.match_indices(". ")
                .any(|(k, _)| t[k + 2..].starts_with(char::is_uppercase))
    });
    let widths: Vec<usize> = inner
        .iter()
        .map(|&i| lines[i].text.trim().chars().count())
        .collect();
    let widest = widths.iter().copied().max().unwrap_or(0);
    let near = widths.iter().filter(|&&w| w * 5 >= widest * 4).count();
    let items = capital_next * 5 >= inner.len() * 4
        && !broken
        && (near * 2 < inner.len() || widest <= ITEM_LINE_CHARS);
    items.then(|| {
        format!(
            "each line is an item of a list (its bullets lost): {capital_next} of {} lines that run into the next are followed by one starting with a capital, {near} are near the widest ({widest} characters)",
            inner.len()
        )
    })
}

/// Lines this short are no hard-wrapped text's, whatever their widths (see
/// [`lines_are_items`]).
const ITEM_LINE_CHARS: usize = 60;

/// Letters and Roman numerals that number the points of a draft with no numbers
/// (`I.`…`VII.` in a declaration of principles, `A.`…`E.` in a communiqué, `(a)`…`(d)` under
/// a council's `Decides,`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ordinals {
    Roman,
    Capitals,
    Small,
    CyrillicCapitals,
    CyrillicSmall,
    /// Ordinal words (`First:`, `Перше.`, `Другий пункт —`, `Пункт третій.`), as a speech or
    /// a news page lists a plan's points ([`ORDINAL_WORDS`]).
    Words,
    /// Hebrew letters (`א.`, `ב.`), as Israeli government decisions number their items.
    Hebrew,
}

/// The Hebrew letters in order, as items are numbered with them (up to twenty-two).
const HEBREW_LETTERS: &str = "אבגדהוזחטיכלמנסעפצקרשת";

/// Ordinal words, lower-cased, by value (from 1), separated by spaces: English, Ukrainian and
/// Russian (each gender, and the adverbs `по-перше`, `во-первых`), German, Spanish, Italian
/// and French.
const ORDINAL_WORDS: &[&str] = &[
    "first firstly по-перше во-первых перше перший перша первое первый первая erstens primero \
     premièrement primo \
     pierwsze pierwszy أولاً أولا birincisi",
    "second secondly по-друге во-вторых друге другий друга второе второй вторая zweitens \
     segundo deuxièmement secondo \
     drugie drugi ثانياً ثانيا ikincisi",
    "third thirdly по-третє в-третьих третє третій третя третье третий третья drittens tercero \
     troisièmement terzo \
     trzecie trzeci ثالثاً ثالثا üçüncüsü",
    "fourth fourthly по-четверте в-четвёртых в-четвертых четверте четвертий четверта \
     четвёртое четвертое четвёртый четвертый четвёртая четвертая viertens cuarto \
     quatrièmement quarto \
     czwarte czwarty رابعاً رابعا dördüncüsü",
    "fifth fifthly по-п'яте в-пятых п'яте п'ятий п'ята пятое пятый пятая fünftens quinto \
     cinquièmement \
     piąte piąty خامساً خامسا beşincisi",
    "sixth sixthly по-шосте в-шестых шосте шостий шоста шестое шестой шестая sechstens sexto \
     sixièmement sesto \
     szóste szósty سادساً سادسا altıncısı",
    "seventh seventhly по-сьоме в-седьмых сьоме сьомий сьома седьмое седьмой седьмая siebtens \
     séptimo septièmement settimo \
     siódme siódmy سابعاً سابعا yedincisi",
    "eighth eighthly по-восьме в-восьмых восьме восьмий восьма восьмое восьмой восьмая \
     achtens octavo huitièmement ottavo \
     ósme ósmy ثامناً ثامنا sekizincisi",
    "ninth ninthly по-дев'яте в-девятых дев'яте дев'ятий дев'ята девятое девятый девятая \
     neuntens noveno neuvièmement nono \
     dziewiąte dziewiąty تاسعاً تاسعا dokuzuncusu",
    "tenth tenthly по-десяте в-десятых десяте десятий десята десятое десятый десятая zehntens \
     décimo dixièmement decimo \
     dziesiąte dziesiąty عاشراً عاشرا onuncusu",
    "eleventh одинадцяте одинадцятий одинадцята одиннадцатое одиннадцатый одиннадцатая \
     onzièmement",
    "twelfth дванадцяте дванадцятий дванадцята двенадцатое двенадцатый двенадцатая",
];

/// Keywords that may stand before or after an ordinal word (`Пункт перший.`, `Перший пункт
/// передбачає…`, `Point one`), lower-cased.
const ORDINAL_KEYWORDS: &[&str] = &[
    "пункт",
    "point",
    "item",
    "крок",
    "шаг",
    "step",
    "punto",
    "punkt",
    "ponto",
];

/// Articles that may stand before an ordinal word and its keyword (`Il secondo punto,`, `The
/// third point:`), lower-cased.
const ORDINAL_ARTICLES: &[&str] = &["the", "il", "el", "lo", "la", "le", "o"];

/// The value of an ordinal word ([`ORDINAL_WORDS`]), any case, either apostrophe.
fn ordinal_word_value(word: &str) -> Option<u32> {
    let lower = word.to_lowercase().replace(['’', 'ʼ'], "'");
    let place = ORDINAL_WORDS
        .iter()
        .position(|w| w.split_whitespace().any(|x| x == lower))?;
    u32::try_from(place + 1).ok()
}

/// An item numbered by an ordinal word at the start of `line` (`First: punishment…`,
/// `Перше. Суверенітет…`, `Другий — укладення…`, `Перший пункт передбачає…`, `Пункт
/// третій. Держава…`): the word as written, its value and where the text starts. Without a
/// keyword the word needs a separator (`.`, `:`, a spaced dash) and white space after it:
/// `First the parties…` and `Second World War` are prose.
fn ordinal_word_marker(line: &str) -> Option<(String, u32, usize)> {
    let s = line.trim_start();
    // A word with its apostrophes and hyphens (`По-п'яте`).
    let word_end = |t: &str| {
        t.char_indices()
            .find(|&(k, c)| {
                !(c.is_alphabetic()
                    || "'’ʼ".contains(c)
                    || (c == '-' && t[k + 1..].starts_with(char::is_alphabetic)))
            })
            .map_or(t.len(), |(k, _)| k)
    };
    let keyword_at = |t: &str| {
        let len = word_end(t);
        ORDINAL_KEYWORDS
            .contains(&t[..len].to_lowercase().as_str())
            .then_some(len)
    };
    let mut rest = s;
    let mut keyword = false;
    // `Il secondo punto, …`: an article, then the ordinal and its keyword (checked below).
    let article = word_end(rest);
    let mut needs_keyword = false;
    // Polish `Po pierwsze,`: an adverb of two words.
    let polish = rest[..article].eq_ignore_ascii_case("po") && rest[article..].starts_with(' ');
    if polish {
        rest = rest[article..].trim_start_matches([' ', '\u{a0}']);
    }
    if !polish
        && ORDINAL_ARTICLES.contains(&rest[..article].to_lowercase().as_str())
        && rest[article..].starts_with(' ')
    {
        rest = rest[article..].trim_start_matches([' ', '\u{a0}']);
        needs_keyword = true;
    }
    if let Some(len) = keyword_at(rest) {
        rest = rest[len..].trim_start_matches([' ', '\u{a0}']);
        keyword = true;
    }
    let len = word_end(rest);
    let token = &rest[..len];
    let value = ordinal_word_value(token)?;
    let mut after = &rest[len..];
    if !keyword {
        let spaced = after.trim_start_matches([' ', '\u{a0}']);
        if spaced.len() < after.len()
            && let Some(len) = keyword_at(spaced)
        {
            after = &spaced[len..];
            keyword = true;
        }
    }
    if needs_keyword && !keyword {
        return None;
    }
    // `step`, `крок`, `шаг` after an ordinal need a separator.
    let keyword_step = {
        let before = rest[..rest.len() - after.len()].to_lowercase();
        ["step", "крок", "шаг"]
            .iter()
            .any(|k| before.trim_end().ends_with(k))
    };
    let spaced = after.trim_start_matches([' ', '\u{a0}']);
    // An adverb (`По-перше,`, `Во-первых,`, `Firstly,`, `Erstens,`), or the ordinal with its
    // keyword (`Primo punto, la tregua`), takes a comma.
    let lower = token.to_lowercase();
    let adverb = lower.contains('-')
        || lower.ends_with("ly")
        || lower.ends_with("ens")
        || lower.ends_with("ment")
        || ["si", "sı", "su", "sü"].iter().any(|e| lower.ends_with(e))
        || polish;
    let separator = match spaced.chars().next() {
        Some(c @ ('.' | ':')) if spaced.len() == after.len() => Some(c.len_utf8()),
        Some(',') if (adverb || keyword) && spaced.len() == after.len() => Some(1),
        Some(c @ ('—' | '–' | '-')) if spaced.len() < after.len() => Some(c.len_utf8()),
        _ => None,
    };
    let text = match separator {
        Some(len) => {
            let t = &spaced[len..];
            let text = t.trim_start();
            (text.len() < t.len()).then_some(text)?
        }
        // `Перший пункт передбачає…`: a point's keyword is enough (`Первый шаг к миру…` is
        // prose).
        None if keyword && spaced.len() < after.len() && !keyword_step => spaced,
        None => return None,
    };
    if text.is_empty() {
        return None;
    }
    Some((token.to_owned(), value, line.len() - text.len()))
}

/// The Ukrainian alphabet, then the letters only the Russian one has, in their places: a
/// letter's value is its place in the Ukrainian alphabet, and a list runs on when each letter
/// follows the one before in either alphabet.
const UKRAINIAN_LETTERS: &str = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
const RUSSIAN_LETTERS: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/// The letters of the Russian alphabet that the Ukrainian one lacks.
const RUSSIAN_ONLY: &str = "ёъыэ";

/// Letters that lettered lists pass over (Russian `Ё`, `Й` and the signs; Ukrainian `Ґ`,
/// `Є`, `Ї`, `Й`, `Ь`).
const SKIPPED_LETTERS: &str = "ёйъыьґєї";

impl Ordinals {
    const ALL: [Ordinals; 7] = [
        Ordinals::Roman,
        Ordinals::Capitals,
        Ordinals::Small,
        Ordinals::CyrillicCapitals,
        Ordinals::CyrillicSmall,
        Ordinals::Words,
        Ordinals::Hebrew,
    ];

    /// The name of the scheme (its keyword).
    fn name(self) -> &'static str {
        match self {
            Ordinals::Roman => "Roman numerals",
            Ordinals::Capitals => "capital letters",
            Ordinals::Small => "letters",
            Ordinals::CyrillicCapitals => "Cyrillic capital letters",
            Ordinals::CyrillicSmall => "Cyrillic letters",
            Ordinals::Words => "ordinal words",
            Ordinals::Hebrew => "Hebrew letters",
        }
    }

    /// Small letters (whose items may start in small letters: `a) to call upon…`).
    fn is_small(self) -> bool {
        matches!(
            self,
            Ordinals::Small | Ordinals::CyrillicSmall | Ordinals::Words | Ordinals::Hebrew
        )
    }

    /// The first ordinal, as written.
    fn first(self) -> &'static str {
        match self {
            Ordinals::Roman => "I",
            Ordinals::Capitals => "A",
            Ordinals::Small => "a",
            Ordinals::CyrillicCapitals => "А",
            Ordinals::CyrillicSmall => "а",
            Ordinals::Words => "First",
            Ordinals::Hebrew => "א",
        }
    }

    /// The value of `token` (the text before the separator) in this scheme.
    fn value(self, token: &str) -> Option<u32> {
        let mut chars = token.chars();
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        match self {
            Ordinals::Roman => {
                let latin: String = token
                    .chars()
                    .map(|c| match c {
                        'І' => 'I',
                        'Х' => 'X',
                        c => c,
                    })
                    .collect();
                if latin.is_empty() || !latin.chars().all(|c| "IVXLC".contains(c)) {
                    return None;
                }
                roman_value(&latin)
            }
            Ordinals::Capitals => {
                let c = single?;
                c.is_ascii_uppercase()
                    .then(|| u32::from(c) - u32::from('A') + 1)
            }
            Ordinals::Small => {
                let c = single?;
                c.is_ascii_lowercase()
                    .then(|| u32::from(c) - u32::from('a') + 1)
            }
            Ordinals::Words => ordinal_word_value(token),
            Ordinals::Hebrew => {
                let c = single?;
                let place = HEBREW_LETTERS.chars().position(|h| h == c)?;
                u32::try_from(place + 1).ok()
            }
            Ordinals::CyrillicCapitals | Ordinals::CyrillicSmall => {
                let c = single?;
                let upper = self == Ordinals::CyrillicCapitals;
                if c.is_uppercase() != upper {
                    return None;
                }
                let lower = c.to_lowercase().next()?;
                cyrillic_place(lower)
            }
        }
    }

    /// Does `next` follow `last` in this scheme?
    fn follows(self, last: u32, next: u32) -> bool {
        match self {
            Ordinals::CyrillicCapitals | Ordinals::CyrillicSmall => {
                let letter = |v: u32| {
                    UKRAINIAN_LETTERS
                        .chars()
                        .chain(RUSSIAN_ONLY.chars())
                        .nth((v as usize).checked_sub(1)?)
                };
                let (Some(a), Some(b)) = (letter(last), letter(next)) else {
                    return false;
                };
                // The next letter, or one after letters that lists skip (`Е`, `Ж`, `З`,
                // `И`, `К` in Russian, without `Ё` and `Й`).
                [UKRAINIAN_LETTERS, RUSSIAN_LETTERS].iter().any(|alphabet| {
                    alphabet
                        .chars()
                        .skip_while(|&c| c != a)
                        .skip(1)
                        .scan(true, |go_on, c| {
                            let this = go_on.then_some(c);
                            *go_on = SKIPPED_LETTERS.contains(c);
                            this
                        })
                        .any(|c| c == b)
                })
            }
            _ => next == last + 1,
        }
    }
}

/// The place of a lower-case Cyrillic letter (from 1) in the Ukrainian alphabet, or after it
/// for the letters only Russian has.
fn cyrillic_place(c: char) -> Option<u32> {
    let place = UKRAINIAN_LETTERS.chars().position(|x| x == c).or_else(|| {
        RUSSIAN_ONLY
            .chars()
            .position(|x| x == c)
            .map(|k| UKRAINIAN_LETTERS.chars().count() + k)
    })?;
    u32::try_from(place + 1).ok()
}

/// Fewest ordinals in a row (`A.`, `B.`, `C.`) for a draft with no numbers to be numbered by
/// them: two lines that start with `A.` and `B.` may be chance.
pub const MIN_ORDINALS: usize = 3;

/// Fewest words an item numbered by letters or Roman numerals must have to say something
/// (not a name with its initial, `А. Коваленко`).
pub const ITEM_WORDS: usize = 3;

/// An ordinal marker at the start of `line` in `kind`: the family (`A.`, `A)`, `(A)`), the
/// ordinal as written, its value and where the text starts. A capital may follow the
/// separator directly (`I.The participating states`).
fn ordinal_marker(line: &str, kind: Ordinals) -> Option<(Family, String, u32, usize)> {
    if kind == Ordinals::Words {
        let (token, value, rest) = ordinal_word_marker(line)?;
        return Some((Family::Dot, token, value, rest));
    }
    let s = line.trim_start();
    let (family, inner) = match s.strip_prefix('(') {
        Some(inner) => (Family::Enclosed, inner),
        None => (Family::Dot, s),
    };
    let len = inner
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(inner.len(), |(k, _)| k);
    let token = &inner[..len];
    let value = kind.value(token)?;
    let after = &inner[len..];
    let (family, after) = match (family, after.chars().next()?) {
        (Family::Enclosed, ')') => (Family::Enclosed, &after[1..]),
        (Family::Dot, ')') => (Family::Paren, &after[1..]),
        (Family::Dot, '.') => (Family::Dot, &after[1..]),
        _ => return None,
    };
    match after.chars().next() {
        Some(c) if c.is_whitespace() => {}
        Some(c) if c.is_uppercase() && family == Family::Dot => {}
        _ => return None,
    }
    let text = after.trim_start();
    // Capitals and Roman numerals number items that start with a capital (`В. о. Голови`,
    // acting head, is a signature's abbreviation).
    if !kind.is_small() && !starts_with_capital(text) {
        return None;
    }
    Some((family, token.to_owned(), value, line.len() - text.len()))
}

/// An item numbered by a letter or Roman numeral: the ordinal as written, its value and where
/// its text starts in its line.
type OrdinalItem = (String, u32, usize);

/// The items of `lines` numbered in `kind` with `family` (`A.`, `A)`, `(A)`) that run on from
/// the first (`A`, then `B`, ...): for each line, its ordinal as written, value and where its
/// text starts, or `None`.
fn ordinal_run(lines: &[Line<'_>], kind: Ordinals, family: Family) -> Vec<Option<OrdinalItem>> {
    let mut last: Option<u32> = None;
    lines
        .iter()
        .map(|line| {
            let (f, token, value, rest) = ordinal_marker(line.text, kind)?;
            let next = match last {
                None => value == 1,
                Some(l) => kind.follows(l, value),
            };
            (f == family && next).then(|| {
                last = Some(value);
                (token, value, rest)
            })
        })
        .collect()
}

/// For a draft with no numbers and no bullet list: letters or Roman numerals that number its
/// points, as the markers of their lines, the scheme and why. The ordinals must start at the
/// first (`A`, `I`, `a`) and run on, [`MIN_ORDINALS`] at least; the longest such run wins.
fn ordinal_markers(lines: &[Line<'_>]) -> Option<(Vec<Option<Marker>>, Scheme, String)> {
    let mut best: Option<(usize, Ordinals, Family, Vec<Option<OrdinalItem>>)> = None;
    for kind in Ordinals::ALL {
        for family in [Family::Dot, Family::Paren, Family::Enclosed] {
            let items = ordinal_run(lines, kind, family);
            let run = items.iter().flatten().count();
            if run >= MIN_ORDINALS && best.as_ref().is_none_or(|(b, ..)| run > *b) {
                best = Some((run, kind, family, items));
            }
        }
    }
    let (run, kind, family, items) = best?;
    let keyword = kind.name().to_owned();
    let markers: Vec<Option<Marker>> = items
        .into_iter()
        .map(|item| {
            item.map(|(token, value, rest)| Marker {
                family,
                depth: 1,
                keyword: keyword.clone(),
                label: token.clone(),
                number_text: token,
                number: value,
                rest,
            })
        })
        .collect();
    // They are not the structure of prose whose lines happen to start so (`…listed in Annex`
    // over `I. navigable…`), of chapters whose titles they number (`I. Purpose` over
    // paragraphs), or of a list of names (`А. Коваленко`): most items say something (items
    // in capitals start with a capital, `ordinal_marker`).
    let items: Vec<&str> = lines
        .iter()
        .zip(&markers)
        .filter_map(|(l, m)| {
            m.as_ref()
                .map(|m| l.text[m.rest.min(l.text.len())..].trim())
        })
        .collect();
    let said = items
        .iter()
        .filter(|t| script::word_count(t) >= ITEM_WORDS && !is_heading_like(t))
        .count();
    if said * 2 < items.len() {
        return None;
    }
    // Nor is a lettered list inside a draft of plain paragraphs (`The tenant shall:` over
    // `a)`, `b)`, `c)`, then more paragraphs): at most a few paragraphs (a place and date, a
    // closing remark; a preamble beyond the title and the line that leads in) may stand
    // outside the items.
    let first = markers.iter().position(Option::is_some)?;
    let last = markers.iter().rposition(Option::is_some)?;
    let per_line = lines_are_paragraphs(lines, &markers).is_ok();
    let paragraphs = |range: std::ops::Range<usize>| {
        range
            .filter(|&i| {
                !lines[i].text.trim().is_empty()
                    && (per_line || i == 0 || lines[i - 1].text.trim().is_empty())
            })
            .count()
    };
    let outside = paragraphs(last + 1..lines.len()) + paragraphs(0..first).saturating_sub(2);
    // Ordinal words are rarely a chance: a news page's lead (a dateline, a source) may stand
    // before them.
    let allowed = if kind == Ordinals::Words {
        run
    } else {
        (run / 2).max(1)
    };
    if outside > allowed {
        return None;
    }
    let scheme = Scheme {
        family,
        depth: 1,
        keyword,
        mixed: false,
        sections: false,
    };
    let reason = format!(
        "no numbers and no bullet list; {run} lines start with {} in order, from the first",
        scheme.describe()
    );
    Some((markers, scheme, reason))
}

/// Is this line a sub-item of a point (`a)`, `(b)`, `iv.`, a bullet)?
fn is_sub_item(line: &str) -> bool {
    let s = line.trim_start();
    // An emoji of a messenger post starts an item only where the bullets are the points.
    if s.starts_with(['-', '*', '•', '–', '—', '·', '▪'])
        || (bullet(s).is_some() && !s.starts_with(EMOJI_BULLETS))
    {
        return true;
    }
    let inner = s.strip_prefix('(').unwrap_or(s);
    let letters = inner.chars().take_while(|c| c.is_alphabetic()).count();
    if letters == 0 || letters > 6 {
        return false;
    }
    let bytes: usize = inner.chars().take(letters).map(char::len_utf8).sum();
    // Roman numerals also in the Cyrillic `і` and `х` of Ukrainian texts (`іі.`, `ІІ.`).
    inner[bytes..].starts_with([')', '.'])
        && (letters <= 2 || inner[..bytes].chars().all(|c| "ivxlIVXLіІхХ".contains(c)))
}

/// Is this line a section heading numbered in upper-case Roman numerals (`II. SECURITY`,
/// `IV) Final provisions`): the numeral, then a few words with no closing punctuation?
/// Ukrainian texts often write the numeral with the Cyrillic `І` and `Х` (`ІІ. ГАРАНТІЇ`).
/// Returns the numeral's value. The words start with a capital (`ІІ. добрива` is an item).
fn roman_heading(line: &str) -> Option<u32> {
    let s = line.trim();
    // Chinese numerals head sections the same way (`一、总体要求`, `（二）保障措施`).
    if let Some((_, value, _, true, rest)) = cjk::list_number(s) {
        let rest = &s[rest..];
        return (is_heading_like(rest) || is_lead_in(rest)).then_some(value);
    }
    let latin = |c: char| match c {
        'І' => Some('I'),
        'Х' => Some('X'),
        'I' | 'V' | 'X' | 'L' | 'C' => Some(c),
        _ => None,
    };
    let numeral: String = s.chars().map_while(latin).collect();
    let after = s
        .char_indices()
        .find(|&(_, c)| latin(c).is_none())
        .map_or(s.len(), |(k, _)| k);
    let rest = s[after..]
        .strip_prefix(['.', ')'])
        .filter(|rest| rest.starts_with([' ', '\t', '\u{a0}']))?;
    let capital = rest
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    // A lead-in heads its section too (`I. Внести зміни до таких законів України:` over
    // the amended laws' points, then `II. Прикінцеві положення`).
    ((1..=7).contains(&numeral.len()) && capital && (is_heading_like(rest) || is_lead_in(rest)))
        .then(|| roman_value(&numeral))
        .flatten()
}

/// Is this line a short lead-in to what follows (`The points in brief:`, `Пункти плану:`)?
fn is_lead_in(line: &str) -> bool {
    let s = line.trim();
    s.ends_with([':', '：']) && script::word_count(s) <= LEAD_IN_WORDS
}

/// The longest line taken as a lead-in; a longer line ending in a colon is a point's text
/// that announces a list of its own.
const LEAD_IN_WORDS: usize = 12;

/// Could this stand-alone line be a section heading rather than text?
fn is_heading_like(line: &str) -> bool {
    let s = without_citations(line.trim());
    if s.starts_with('#') {
        return true;
    }
    // An editor's note in braces (`{Статтю 3 виключено…}`, as the Rada's site prints its
    // notes, which name a law's number) is text of the point it follows; a template's
    // `{Section: Payment}` is a heading. So is a note in brackets that says something
    // (`(Пункт 3 американського плану … виключено)`); `(Repealed)` under a chapter is its
    // title.
    let note = (s.starts_with('{') && s.ends_with('}') && s.contains(|c: char| c.is_ascii_digit()))
        || (s.starts_with('(') && s.ends_with(')') && script::word_count(s) >= NOTE_WORDS);
    let chars = s.chars().count();
    chars > 0
        && chars <= 80
        && !note
        && !s.ends_with([
            '.', ';', ',', ':', '!', '?', '"', '”', '»', '。', '；', '，', '：', '！', '？',
        ])
}

/// Fewest words of a note in brackets that stands between points (`is_heading_like`).
const NOTE_WORDS: usize = 4;

struct Builder {
    label: String,
    section: Option<String>,
    text: String,
    start: usize,
    end: usize,
    pending_break: bool,
    /// Where the point's second paragraph starts, if it has one (not a sub-item).
    second_paragraph: Option<Cut>,
    /// Where its first short unpunctuated line right after a full sentence starts, no blank
    /// line between (`For the Ministry`, a signature block under the last point).
    short_tail: Option<Cut>,
    /// Where the text after the line that closes a quoted draft starts (`…mercenaries."`
    /// over the page's own text), when the draft was quoted from its first point.
    quote_closed: Option<Cut>,
    /// Where its first line opening a treaty's closing formula starts (`Done at Brussels,`).
    formula: Option<Cut>,
    /// Where an annex's heading after a blank line starts (`Schedule 1 – Service levels`,
    /// `Додаток 1`).
    annex: Option<Cut>,
}

/// A place where a point's text may be cut, its rest going to the closing.
#[derive(Debug, Clone, Copy)]
struct Cut {
    /// The length of the point's text before it.
    text_len: usize,
    /// The point's end in the source before it.
    end: usize,
    /// Its first byte in the source.
    at: usize,
}

impl Builder {
    /// The place to cut the point before `line`, the next line to be pushed.
    fn cut_at(&self, line: &Line<'_>) -> Cut {
        Cut {
            text_len: self.text.len(),
            end: self.end,
            at: line.start,
        }
    }

    fn push_line(&mut self, line: &Line<'_>, new_line: bool) {
        let content = line.text.trim();
        if self.text.is_empty() {
            self.text.push_str(content);
        } else if self.pending_break || new_line {
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
            kind: PointKind::Point,
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

/// A draft split into its title line, preamble lines, points and section headings.
#[derive(Default)]
struct Split<'a> {
    title: Option<Line<'a>>,
    preamble: Vec<Line<'a>>,
    points: Vec<Point>,
    headings: Vec<Heading>,
    /// Text after the last point that is not part of it ([`PointSplitter::closing`]).
    closing: Vec<Line<'a>>,
}

impl Split<'_> {
    fn heading(&mut self, line: &Line<'_>) -> String {
        let text = heading_text(line.text);
        self.headings.push(Heading {
            text: text.clone(),
            line: line.number,
        });
        text
    }
}

/// Splits numbered (or bulleted) lines into the title, preamble, points of `scheme` and
/// section headings; `per_line` when each text line is a paragraph of its own.
fn split_points<'a>(
    lines: &[Line<'a>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
    per_line: bool,
) -> Split<'a> {
    let mut splitter = PointSplitter::new(lines, markers, scheme, per_line);
    let wording = new_wording(lines, markers, scheme);
    let tight = tight_headings(lines, markers, scheme);
    for (i, line) in lines.iter().enumerate() {
        let heading_open = std::mem::take(&mut splitter.heading_open);
        if line.text.trim().is_empty() {
            splitter.blank_line();
            splitter.heading_open = heading_open;
        } else if wording[i] && splitter.current.is_some() {
            splitter.line_in_point(i, line);
        } else if let Some(m) = splitter.point_marker(i) {
            splitter.start_point(i, line, m);
        } else if splitter.is_section_line(i) || tight[i] {
            splitter.section_line(line);
        } else if splitter.current.is_none() {
            splitter.line_before_points(i, line, heading_open);
        } else {
            splitter.line_in_point(i, line);
        }
    }
    let mut split = splitter.finish();
    number_markdown_ones(&mut split.points, scheme);
    split
}

/// Fewest headings with no blank line around them for any to be read so (`tight_headings`).
pub const MIN_TIGHT_HEADINGS: usize = 2;

/// Section headings of a page copied with no blank lines (`Phase 2: Security and Governance`
/// between `4. Aid flows in without delay.` and `5. Heavy weapons…`): a short line starting
/// with a capital and ending no sentence, right above a point of the scheme and right under a
/// line that ends a full sentence, when the text has [`MIN_TIGHT_HEADINGS`] such lines at
/// least (one may stand between the lead and the first point), or one alone over a list
/// numbered from 1 again. Before, each was glued to the end of the point above it.
fn tight_headings(lines: &[Line<'_>], markers: &[Option<Marker>], scheme: &Scheme) -> Vec<bool> {
    let mut tight = vec![false; lines.len()];
    if scheme.family == Family::Bullet {
        return tight;
    }
    let of_scheme = |k: usize| {
        markers
            .get(k)
            .is_some_and(|m| m.as_ref().is_some_and(|m| m.is_of(scheme)))
    };
    let mut found = 0;
    for i in 1..lines.len().saturating_sub(1) {
        let text = lines[i].text;
        if markers[i].is_some()
            || text.trim().is_empty()
            || !of_scheme(i + 1)
            || !is_heading_like(text)
            || !starts_with_capital(text)
            || !ends_full_sentence(lines[i - 1].text)
        {
            continue;
        }
        tight[i] = true;
        found += usize::from(heading_shape(text));
    }
    // Those between points: one above the first point alone is a lead's last line.
    let first_point = (0..lines.len())
        .find(|&k| of_scheme(k))
        .unwrap_or(lines.len());
    let between = (first_point..lines.len()).filter(|&i| tight[i]).count();
    if found >= MIN_TIGHT_HEADINGS && between > 0 {
        // Only those shaped like headings.
        for (i, t) in tight.iter_mut().enumerate() {
            *t = *t && heading_shape(lines[i].text);
        }
        return tight;
    }
    // One alone between points heads a list numbered from 1 again (`EUCO 11/25 – extract`
    // over `1. Recalling…` after point 3).
    for (i, t) in tight.iter_mut().enumerate() {
        let restarts = markers
            .get(i + 1)
            .is_some_and(|m| m.as_ref().is_some_and(|m| m.number == 1));
        *t = *t && i > first_point && restarts;
    }
    tight
}

/// Does a short line look like a heading rather than the last line of a point's text: a label
/// and a colon or a dash (`Phase 2: Security`), a few words ([`HEADING_WORDS`]), or every
/// longer word capitalised (`Security and Governance`)? `Delivery within 30 days of the
/// order` under a point is that point's.
fn heading_shape(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    t.contains([':', '–', '—'])
        || words.len() <= HEADING_WORDS
        || words
            .iter()
            .filter(|w| w.chars().count() > 3)
            .all(|w| w.starts_with(|c: char| !c.is_lowercase()))
}

/// Most words of a line that heads a section by its length alone (`heading_shape`).
const HEADING_WORDS: usize = 3;

/// Most lines a quotation of new wording may run (`new_wording`): one that does not close by
/// then is a stray mark, not a quotation.
pub const MAX_WORDING_LINES: usize = 80;

/// Lines inside a quotation of new wording in a point (an amending law's `викласти в такій
/// редакції:` or `is replaced by the following:` over `«1. … 2. …»`): its numbers are the
/// quoted article's parts, not the draft's points. The quotation opens at the start of a line
/// right after a line ending with a colon (blank lines between or not), after a point has
/// started, with `«`, `“` or a
/// straight `"`, and runs until its marks balance (straight ones: until they pair up), within
/// [`MAX_WORDING_LINES`]. The opening line is inside too (its quoted number, `«1.`, is not a
/// marker).
fn new_wording(lines: &[Line<'_>], markers: &[Option<Marker>], scheme: &Scheme) -> Vec<bool> {
    let mut inside = vec![false; lines.len()];
    let Some(first_point) = markers
        .iter()
        .position(|m| m.as_ref().is_some_and(|m| m.is_of(scheme)))
    else {
        return inside;
    };
    let balance = |text: &str| {
        text.chars()
            .map(|c| match c {
                '«' | '“' => 1,
                '»' | '”' => -1,
                _ => 0,
            })
            .sum::<i64>()
    };
    let mut i = first_point + 1;
    while i < lines.len() {
        let start = lines[i].text.trim_start();
        // After the line ending with a colon, blank lines between or not.
        let after_colon = || {
            lines[..i]
                .iter()
                .rev()
                .find(|l| !l.text.trim().is_empty())
                .is_some_and(|l| l.text.trim_end().ends_with(':'))
        };
        let opens = start.starts_with(['«', '“', '"']) && !inside[i] && after_colon();
        if !opens {
            i += 1;
            continue;
        }
        // Straight quotes say not which way they go: the quotation closes where they pair up
        // (`"Стаття 5. …` over `1. …` and `2. … щомісяця";`).
        let straight = start.starts_with('"');
        let mut open = 0;
        let end = (i..lines.len().min(i + MAX_WORDING_LINES)).find(|&j| {
            if straight {
                open += lines[j].text.matches('"').count() as i64;
                open % 2 == 0
            } else {
                open += balance(lines[j].text);
                open <= 0
            }
        });
        match end {
            Some(end) => {
                // The opening line is the point's text, also when the quoted wording starts
                // with its own number (`«1. Облік ведеться…`).
                for flag in &mut inside[i..=end] {
                    *flag = true;
                }
                i = end + 1;
            }
            None => i += 1,
        }
    }
    inside
}

/// Fewest points all numbered `1.` for the list to be read as Markdown's (see
/// `number_markdown_ones`).
pub const MARKDOWN_ONES: usize = 3;

/// A Markdown list written with `1.` on every item (as Markdown allows, and renders 1, 2, 3,
/// ...): its points are numbered as a reader sees them rendered, not all `1`.
fn number_markdown_ones(points: &mut [Point], scheme: &Scheme) {
    let plain = matches!(scheme.family, Family::Dot | Family::Paren)
        && scheme.depth == 1
        && scheme.keyword.is_empty();
    // One list: under one section (`Розділ I` over `1.`, `Розділ II` over `1.` are each a
    // list of their own).
    let one_list = points.iter().all(|p| p.section == points[0].section);
    if plain && points.len() >= MARKDOWN_ONES && one_list && points.iter().all(|p| p.label == "1") {
        for (k, p) in points.iter_mut().enumerate() {
            p.label = (k + 1).to_string();
        }
    }
}

/// The state of [`split_points`] as it reads the lines in order.
struct PointSplitter<'s, 'a> {
    lines: &'s [Line<'a>],
    markers: &'s [Option<Marker>],
    scheme: &'s Scheme,
    per_line: bool,
    split: Split<'a>,
    /// Whether the title is known (a line or a point came before).
    title_decided: bool,
    /// The point being read.
    current: Option<Builder>,
    /// The section heading the next point is under.
    section: Option<String>,
    /// The number of the last point, to check that the next one runs on.
    last_number: Option<u32>,
    /// Whether a section heading came since the last point (numbering may start again).
    after_heading: bool,
    previous_blank: bool,
    /// How many bullets are points so far (they are labelled `•1`, `•2`, ...).
    bullets: usize,
    /// Whether any point done so far has a second paragraph.
    some_point_continued: bool,
    /// The second paragraph of the last point done, if any (see `Builder`).
    last_second_paragraph: Option<Cut>,
    /// The short tail of the last point done, if any (see `Builder`).
    last_short_tail: Option<Cut>,
    /// The quote-closing cut of the last point done, if any (see `Builder`).
    last_quote_closed: Option<Cut>,
    /// The closing formula's cut of the last point done, if any (see `Builder`).
    last_formula: Option<Cut>,
    /// The annex's cut of the last point done, if any (see `Builder`).
    last_annex: Option<Cut>,
    /// Whether the first point opens a quotation (`"1. …`): a page quoting the draft, whose
    /// own text follows the line that closes it.
    quoted: bool,
    /// Quotation marks counted since the first point's line, when `quoted` ([`quote_marks`]).
    quote_count: usize,
    /// Whether the last line read closed the quotation: the next line of the point is the
    /// page's.
    quote_just_closed: bool,
    /// The value of the last Roman-numbered section heading (`II. SECURITY`).
    last_roman: Option<u32>,
    /// Whether the line before was a section heading, so that a short line after it is its
    /// subtitle (`Розділ ІІ` over `ГАРАНТІЇ`).
    heading_open: bool,
    /// Whether the section heading in force came before the first point and is a short line
    /// with no keyword and no Roman number (`Володимир Зеленський / © Associated Press`,
    /// `Photo: REUTERS`, a dateline): when prose follows it before the first point, it was a
    /// line of the page above that prose, not the heading of the points.
    loose_heading: bool,
    /// Text lines after a section heading in the middle of the draft and before the next
    /// point (a section's introduction, a page's interjection): they stay with the point
    /// before them, as editors' comments do (`attach_orphans`).
    orphans: Vec<Line<'a>>,
    /// Whether a date stands alone on a line among the points (a chronicle's days heading
    /// their sections): then a date above the first point heads it too; otherwise it is the
    /// page's dateline, in the preamble.
    dated_sections: bool,
}

impl<'s, 'a> PointSplitter<'s, 'a> {
    /// Ready to read `lines` from the top.
    fn new(
        lines: &'s [Line<'a>],
        markers: &'s [Option<Marker>],
        scheme: &'s Scheme,
        per_line: bool,
    ) -> Self {
        PointSplitter {
            lines,
            markers,
            scheme,
            per_line,
            split: Split::default(),
            title_decided: false,
            current: None,
            section: None,
            last_number: None,
            after_heading: false,
            previous_blank: true,
            bullets: 0,
            some_point_continued: false,
            last_second_paragraph: None,
            last_short_tail: None,
            last_quote_closed: None,
            last_formula: None,
            last_annex: None,
            quoted: false,
            quote_count: 0,
            quote_just_closed: false,
            last_roman: None,
            heading_open: false,
            loose_heading: false,
            orphans: Vec::new(),
            dated_sections: {
                let first = markers
                    .iter()
                    .position(|m| m.as_ref().is_some_and(|m| m.is_of(scheme)))
                    .unwrap_or(lines.len());
                lines[first..]
                    .iter()
                    .zip(&markers[first..])
                    .any(|(l, m)| m.is_none() && is_dateline(l.text))
            },
        }
    }

    /// A blank line: the point's next line starts a new line of its text.
    fn blank_line(&mut self) {
        if let Some(b) = self.current.as_mut() {
            b.pending_break = true;
        }
        self.previous_blank = true;
    }

    /// The marker of line `i` when it starts a point: of the scheme and, unless bullets,
    /// running on from the last point's number.
    fn point_marker(&self, i: usize) -> Option<&'s Marker> {
        let scheme = self.scheme;
        self.markers[i]
            .as_ref()
            .filter(|m| m.is_of(scheme))
            .filter(|m| match scheme.family {
                Family::Bullet => true,
                // Dashes follow on exactly: `5 – 10 countries` wrapped in point 3 is text.
                Family::Dash => self.last_number.is_none_or(|l| m.number == l + 1),
                _ if self.wrapped_number(i, m) => false,
                // An inserted number (`2A.`, `3-1.`, `2¹.`) starts its own line, after a blank
                // line or a finished sentence: at the start of a wrapped line,
                // `5G.`, `4B.` and `14-15.` are the sentence's.
                _ if inserted(m) && !self.starts_own_line(i) => false,
                _ => {
                    runs_on(self.last_number, m.number, self.after_heading)
                        || self.mistyped(i, m)
                        || self.quoted_out_of_order(i, m)
                }
            })
    }

    /// Is the scheme plain numbers (`1.`, `1)`, `(1)`), one level, no keyword?
    fn plain_numbers(&self) -> bool {
        matches!(
            self.scheme.family,
            Family::Dot | Family::Paren | Family::Enclosed
        ) && self.scheme.depth == 1
            && !self.scheme.mixed
            && self.scheme.keyword.is_empty()
    }

    /// Does line `i` stand on its own: first, or after a blank line or a finished sentence?
    fn starts_own_line(&self, i: usize) -> bool {
        i == 0 || {
            let above = self.lines[i - 1].text.trim_end();
            above.is_empty() || ends_sentence(above)
        }
    }

    /// The number of the scheme's next marker after line `i`.
    fn next_number(&self, i: usize) -> Option<u32> {
        self.markers[i + 1..]
            .iter()
            .flatten()
            .find(|m| m.is_of(self.scheme))
            .map(|m| m.number)
    }

    /// Is marker `m` on line `i` a point quoted out of order in a list of one-line points (a
    /// page citing points `11.`, `4.`, `12.` of a plan): a number that does not run on, on a
    /// line of its own after a finished sentence, with its text starting with a capital, the
    /// point before it a single line (its own marker's) and the next line the point that
    /// follows on from the one before?
    fn quoted_out_of_order(&self, i: usize, m: &Marker) -> bool {
        let is_point = |k: usize| {
            self.markers
                .get(k)
                .and_then(Option::as_ref)
                .is_some_and(|x| x.is_of(self.scheme))
        };
        self.plain_numbers()
            && i > 0
            && self.last_number.is_some_and(|l| m.number < l)
            // The point so far is the line above, its marker's: not a sub-list's item.
            && self
                .current
                .as_ref()
                .is_some_and(|b| b.start >= self.lines[i - 1].start)
            && is_point(i - 1)
            && is_point(i + 1)
            // The list goes on at once where it was (`11.`, `4.`, `12.`): not a sub-list
            // from 1 under a point (`1.`, `2.`, then `4.`).
            && self.next_number(i) == self.last_number.map(|l| l + 1)
            && ends_full_sentence(self.lines[i - 1].text)
            && self.lines[i].text[m.rest..].starts_with(char::is_uppercase)
    }

    /// Is marker `m` on line `i` a mistyped number between two that follow on (`5.`, `3.`,
    /// `7.`, a point 6 typed `3.`): one that does not run on from the last point, after a
    /// finished sentence, with the next marker numbered two after the last?
    fn mistyped(&self, i: usize, m: &Marker) -> bool {
        self.plain_numbers()
            && self.last_number.is_some_and(|l| {
                m.number != l + 1
                    && m.number <= l + 20
                    && i > 0
                    // A finished sentence: not a lead-in (`…amended to read:` over a quoted
                    // `2.`).
                    && ends_full_sentence(self.lines[i - 1].text)
                    && self.next_number(i) == Some(l + 2)
            })
    }

    /// Is marker `m` on line `i` a number that hard wrapping put at the start of a line
    /// (`…equivalent to Article` over `5. The guarantees lapse…`): the line above ends in a
    /// word that a number follows ([`REFERENCE_WORDS`]), the number is the next point's, and
    /// the scheme's next marker has the same number, the point's own?
    fn wrapped_number(&self, i: usize, m: &Marker) -> bool {
        let refers = |line: &str| {
            line.split_whitespace()
                .next_back()
                .is_some_and(|w| REFERENCE_WORDS.contains(&w.to_lowercase().as_str()))
        };
        self.plain_numbers()
            && i > 0
            && self.current.is_some()
            && self.last_number.is_some_and(|l| m.number == l + 1)
            && self.next_number(i) == Some(m.number)
            && refers(self.lines[i - 1].text)
    }

    /// Line `i` starts a point with marker `m`: the point before it is done.
    fn start_point(&mut self, i: usize, line: &Line<'a>, m: &Marker) {
        self.end_point();
        if self.split.points.is_empty() {
            self.quoted = line.text.trim_start().starts_with(OPENING_QUOTES);
        }
        self.count_quotes(line.text, true);
        let mut builder = Builder {
            label: self.label(m),
            section: self.section.clone(),
            text: String::new(),
            start: line.start,
            end: line.start + line.text.len(),
            // An `Article 3 - Title` line is a heading: the text below starts a new line.
            pending_break: matches!(m.family, Family::ArticleWord | Family::Heading),
            second_paragraph: None,
            short_tail: None,
            quote_closed: None,
            formula: None,
            annex: None,
        };
        let rest = line.text[m.rest.min(line.text.len())..].trim();
        let rest = rest.trim_end_matches("**").trim_end();
        // A bold label and title (`**Point 1: Sovereignty.** The independence…`): the mark
        // that closes the bold is Markdown's, not the point's.
        let bold = line
            .text
            .trim_start()
            .trim_start_matches('#')
            .trim_start()
            .starts_with("**");
        let unbolded;
        let rest = match rest.split_once("**") {
            Some((title, text)) if bold && !text.contains("**") => {
                unbolded = format!("{} {}", title.trim_end(), text.trim_start());
                unbolded.trim()
            }
            _ => rest,
        };
        if !rest.is_empty() {
            builder.text.push_str(rest);
            if self.is_point_title(i, rest) {
                builder.pending_break = true;
            }
        }
        self.current = Some(builder);
        // A mistyped number (`16.` between `5.` and `7.`) counts as the one it stands for.
        self.last_number = Some(match self.last_number {
            Some(l)
                if self.plain_numbers()
                    && m.number != l + 1
                    && self.next_number(i) == Some(l + 2) =>
            {
                l + 1
            }
            _ => m.number,
        });
        self.after_heading = false;
        self.previous_blank = false;
        self.title_decided = true;
    }

    /// The label of the point that marker `m` starts.
    fn label(&mut self, m: &Marker) -> String {
        if self.scheme.family == Family::Bullet {
            self.bullets += 1;
            format!("•{}", self.bullets)
        } else if self.scheme.mixed {
            m.number_text.clone()
        } else {
            m.label.clone()
        }
    }

    /// Is `rest`, the text after the marker of line `i`, the point's short title rather than
    /// the start of a wrapped line? (`Point 1. Scope` over `This agreement...`.)
    fn is_point_title(&self, i: usize, rest: &str) -> bool {
        let next_starts_sentence = self.lines.get(i + 1).is_some_and(|next| {
            next.text.trim_start().starts_with(char::is_uppercase)
                && !self.markers[i + 1]
                    .as_ref()
                    .is_some_and(|m| m.is_of(self.scheme))
        });
        next_starts_sentence
            && is_heading_like(rest)
            && script::word_count(rest) <= POINT_TITLE_WORDS
    }

    /// Is line `i` a section heading: a keyword line that numbers run on through, or, when
    /// bullets are the points, a numbered line over them
    /// ([`bullets_under_numbered_headings`])?
    fn is_section_line(&self, i: usize) -> bool {
        let bullets = self.scheme.family == Family::Bullet;
        self.scheme.sections
            && self.markers[i].as_ref().is_some_and(|m| {
                m.depth == 1
                    && if bullets {
                        matches!(m.family, Family::Dot | Family::Paren | Family::Enclosed)
                    } else {
                        m.family.is_word()
                    }
            })
    }

    /// A section line: it ends the point before it (or is the title or preamble before the
    /// first point) and, unless it is the title, names the section of the points below.
    fn section_line(&mut self, line: &Line<'a>) {
        if self.current.is_some() {
            self.end_point();
        } else if !self.title_decided {
            self.split.title = Some(*line);
        } else {
            self.split.preamble.push(*line);
        }
        self.title_decided = true;
        if self.split.title.is_none_or(|t| t.start != line.start) {
            self.section = Some(self.split.heading(line));
            self.after_heading = true;
            self.heading_open = true;
        }
        self.previous_blank = false;
    }

    /// Is the line after line `i` a point of the scheme, blank, or missing?
    fn next_is_point_or_blank(&self, i: usize) -> bool {
        self.lines
            .get(i + 1)
            .is_none_or(|next| next.text.trim().is_empty())
            || self.next_is_point(i)
    }

    /// The value of `line` as the next Roman-numbered section heading ([`roman_heading`]):
    /// the first (`I.`) or one of the next few after the last (`III.` after `II.`, or `IV.`
    /// in an excerpt), so that a list of items in capitals (`A.`, `B.`, `C.`: `C` is a
    /// hundred) is not taken for headings.
    fn next_roman_heading(&self, line: &str) -> Option<u32> {
        const MAX_STEP: u32 = 3;
        roman_heading(line)
            .filter(|&v| v == 1 || self.last_roman.is_some_and(|r| v > r && v <= r + MAX_STEP))
    }

    /// Is the line after line `i` a point of the scheme?
    /// Is line `i` a lead-in (`The second side undertakes:`, `The draft reads in full:`) over
    /// a new list of this scheme numbered from 1 (its next line with text starts `1.`, and the
    /// scheme's next marker after that is `2.`), after a list of two points or more? It heads
    /// the new list, whose numbers do not run on from the list before; without it, the new
    /// list's first points were text of the last point before (one a duplicate of its label).
    fn lead_in_over_new_list(&self, i: usize, text: &str) -> bool {
        let plain = matches!(self.scheme.family, Family::Dot | Family::Paren)
            && !self.scheme.mixed
            && self.last_number.is_some_and(|l| l >= 2);
        // A line of its own: after a blank line or a finished sentence, not the wrapped end of
        // the point's sentence (`…will finance the following:` over its own `1.`, `2.`).
        let own_line = i == 0 || {
            let above = self.lines[i - 1].text.trim_end();
            above.is_empty() || ends_full_sentence(above)
        };
        if !plain || !own_line || !is_lead_in(text) {
            return false;
        }
        let of_scheme = |k: usize| self.markers[k].as_ref().filter(|m| m.is_of(self.scheme));
        let Some(next) = (i + 1..self.lines.len()).find(|&k| !self.lines[k].text.trim().is_empty())
        else {
            return false;
        };
        // The new list's first item starts like a point, not a sub-item (`collects data on
        // violations;` under `During the first phase the Commission:`).
        let starts_point = |m: &Marker| {
            !self.lines[next].text[m.rest.min(self.lines[next].text.len())..]
                .trim_start()
                .starts_with(char::is_lowercase)
        };
        if of_scheme(next).is_none_or(|m| m.number != 1 || !starts_point(m)) {
            return false;
        }
        // The new list runs 1, 2, …; a sub-list inside the point is followed by the point's
        // own list going on (`4.` after point 3's `1.`, `2.`).
        let mut run = 1;
        for (expected, m) in (2..).zip((next + 1..self.lines.len()).filter_map(of_scheme)) {
            if m.number != expected {
                return run >= 2 && self.last_number.is_none_or(|l| m.number != l + 1);
            }
            run += 1;
        }
        run >= 2
    }

    fn next_is_point(&self, i: usize) -> bool {
        self.markers
            .get(i + 1)
            .is_some_and(|m| m.as_ref().is_some_and(|m| m.is_of(self.scheme)))
    }

    /// A text line with no point being read, before the first point or after a section
    /// heading that ended one: the title (unless it is a whole sentence), a section heading
    /// (or, right after one, its subtitle: `Розділ ІІ` over `ГАРАНТІЇ`), or the preamble.
    /// Before the first point, headings are also part of the preamble, which is compared.
    fn line_before_points(&mut self, i: usize, line: &Line<'a>, heading_open: bool) {
        let before_first = self.split.points.is_empty();
        let roman = self.next_roman_heading(line.text);
        if !self.title_decided {
            self.title_decided = true;
            if is_sentence(line.text) {
                self.split.preamble.push(*line);
            } else {
                self.split.title = Some(*line);
            }
        } else if heading_open
            && is_heading_like(line.text)
            && starts_with_capital(line.text)
            && self.markers[i].is_none()
            && !section_word_heading(line.text)
        {
            if before_first {
                self.split.preamble.push(*line);
            }
            if let Some(h) = self.split.headings.last_mut() {
                h.text.push(' ');
                h.text.push_str(&heading_text(line.text));
                self.section = Some(h.text.clone());
            }
        } else if (self.previous_blank
            && self.next_is_point_or_blank(i)
            && is_heading_like(line.text)
            && !is_separator(line.text)
            // A number alone (a recital's `(4)` over its text) heads nothing.
            && !self.markers[i]
                .as_ref()
                .is_some_and(|m| line.text.get(m.rest..).is_none_or(|t| t.trim().is_empty()))
            && !(before_first && !self.dated_sections && is_dateline(line.text)))
            || ((self.next_is_point(i) || self.next_is_subtitle_then_point(i)) && roman.is_some())
            || self.keyword_heading(i, line.text, heading_open)
        {
            // A heading just before a point names its section.
            self.loose_heading =
                before_first && roman.is_none() && !section_word_heading(line.text);
            if roman.is_some() {
                self.last_roman = roman;
            }
            if before_first {
                self.split.preamble.push(*line);
            }
            self.section = Some(self.split.heading(line));
            self.after_heading = true;
            self.heading_open = true;
        } else if before_first {
            // `I. Внести зміни до таких законів України:` over a blank line and the points:
            // not a heading the preamble loses, but section I, so that `II. Прикінцеві
            // положення` after the points heads section II.
            if roman.is_some() {
                self.last_roman = roman;
            }
            // A finished sentence of prose under a loose heading: the heading was the page's
            // (a caption, a dateline), and heads no point.
            if self.loose_heading && is_sentence(line.text) {
                self.loose_heading = false;
                self.section = None;
                self.split.headings.pop();
            }
            self.split.preamble.push(*line);
        } else {
            self.orphans.push(*line);
        }
        self.previous_blank = false;
    }

    /// Is line `i` a section heading by its keyword ([`section_word_heading`]) where it
    /// stands? Wrapped text also has lines that start with the keyword (`…as set out in` over
    /// `Part 2 of the Agreement between`, `Частина 2 статті 5 Закону` in a point), so:
    /// - after a blank line, the title or a heading (`after_heading`): before a point, a blank
    ///   line, a subtitle over a point, another such heading (`Розділ I` over `Глава 1`) or
    ///   the section's introduction (a line starting with a capital);
    /// - after a finished sentence: right above a point or a subtitle over one, or, when a
    ///   separator and a capital follow the number (`Глава 2. Полномочия органов`, not
    ///   `Chapter 2 of the Statute`), above the section's introduction too.
    ///
    /// A long title in small letters ([`short_title`]) is a heading only right above a point.
    fn keyword_heading(&self, i: usize, line: &str, after_heading: bool) -> bool {
        if !section_word_heading(line) {
            return false;
        }
        let after_title = i > 0
            && self
                .split
                .title
                .is_some_and(|t| t.start == self.lines[i - 1].start);
        let strong = self.previous_blank || after_heading || after_title || i == 0;
        let sentence = i > 0 && ends_full_sentence(self.lines[i - 1].text);
        let next = self
            .lines
            .get(i + 1)
            .filter(|_| self.markers[i + 1].is_none());
        let above_point = self.next_is_point(i) || self.next_is_subtitle_then_point(i);
        let before = above_point
            || ((strong || (sentence && titled_heading(line)))
                && (self.next_is_point_or_blank(i)
                    || next.is_some_and(|next| {
                        section_word_heading(next.text) || starts_with_capital(next.text)
                    })));
        (strong || sentence) && before && (self.next_is_point(i) || short_title(line))
    }

    /// Is the line after line `i` a short heading-like line (a subtitle) with a point of the
    /// scheme right after it?
    fn next_is_subtitle_then_point(&self, i: usize) -> bool {
        self.lines.get(i + 1).is_some_and(|next| {
            !next.text.trim().is_empty()
                && self.markers[i + 1].is_none()
                && (is_heading_like(next.text) || is_lead_in(next.text))
                && self.next_is_point(i + 1)
        })
    }

    /// A text line after a point's marker: the point's text (wrapped, a sub-item on a line of
    /// its own), or a section heading standing alone between points.
    fn line_in_point(&mut self, i: usize, line: &Line<'a>) {
        let next_is_point_or_blank = self.next_is_point_or_blank(i);
        // A marker of another scheme starts a sub-item; one of this scheme that does not
        // run on ("2026." in wrapped text) is just text.
        let other_scheme = self.markers[i]
            .as_ref()
            .is_some_and(|m| !m.is_of(self.scheme) && m.family != Family::Dash);
        // `II. SECURITY` standing alone between points, or on its line just before a point,
        // heads a section: not a sub-item. Not after a point that announces a list (`... the
        // following cargoes:` over `I. Grain`, `II. Fertiliser`).
        let announces = self
            .current
            .as_ref()
            .is_some_and(|b| b.text.trim_end().ends_with(':'));
        let roman = self
            .next_roman_heading(line.text)
            .filter(|_| !announces)
            .filter(|_| {
                (self.previous_blank && next_is_point_or_blank)
                    || self.next_is_point(i)
                    || self.next_is_subtitle_then_point(i)
            });
        // `Розділ ІІ`, `Chapter 3`: the keyword says it heads a section. A lead-in over a new
        // list numbered from 1 heads it too.
        let restart = self.lead_in_over_new_list(i, line.text);
        let numbered_heading =
            roman.is_some() || restart || (!announces && self.keyword_heading(i, line.text, false));
        let sub_item = (other_scheme || is_sub_item(line.text)) && !numbered_heading;
        let Some(b) = self.current.as_mut() else {
            return;
        };
        // A label alone on its line (`Point 1`, a lone bullet) takes the text below; between
        // bullet items, so does a lead-in (`US guarantee:`) over the next ones.
        let heading = is_heading_like(line.text)
            || (self.scheme.family == Family::Bullet && is_lead_in(line.text))
            // `II. The Ukrainian side undertakes:` over its own `1.`, `2.`.
            || (roman.is_some() && is_lead_in(line.text))
            || restart;
        if !b.text.is_empty()
            && ((self.previous_blank && next_is_point_or_blank) || numbered_heading)
            && !sub_item
            && heading
        {
            self.end_point();
            self.section = Some(self.split.heading(line));
            self.after_heading = true;
            self.heading_open = true;
            if roman.is_some() {
                self.last_roman = roman;
            }
        } else {
            // A new paragraph: after a blank line, or on a line of its own when each line is
            // a paragraph.
            if !sub_item
                && !b.text.is_empty()
                && (self.previous_blank || self.per_line)
                && b.second_paragraph.is_none()
            {
                b.second_paragraph = Some(b.cut_at(line));
            }
            // A short unpunctuated line after a full sentence (`For the Ministry`): the
            // closing if the point is the last and nothing but such lines follows.
            if !sub_item
                && !b.text.is_empty()
                && b.short_tail.is_none()
                && self.lines[..i]
                    .iter()
                    .rfind(|l| !l.text.trim().is_empty())
                    .is_some_and(|l| ends_full_sentence(l.text))
                && is_heading_like(line.text)
            {
                b.short_tail = Some(b.cut_at(line));
            }
            // Not a formula quoted as new wording (`…replaced by the following:`).
            let quoted = i > 0 && self.lines[i - 1].text.trim_end().ends_with(':');
            if b.formula.is_none() && !sub_item && !quoted && closing_formula(line.text) {
                b.formula = Some(b.cut_at(line));
            }
            if b.annex.is_none()
                && !quoted
                && self.lines[i - 1].text.trim().is_empty()
                && annex_heading(line.text)
            {
                b.annex = Some(b.cut_at(line));
            }
            if self.quote_just_closed && b.quote_closed.is_none() {
                b.quote_closed = Some(b.cut_at(line));
            }
            b.push_line(line, sub_item || self.per_line);
            self.count_quotes(line.text, false);
        }
        self.previous_blank = false;
    }

    /// Counts the quotation marks of a line of the points of a quoted draft, and notes
    /// whether it closed the quotation. A point's line that opens a quotation already open
    /// (`point_start`) repeats the mark, as English does on each paragraph of a long quotation
    /// (`"1. …` over `"2. …`, only the last paragraph closing it): the repeat does not count.
    fn count_quotes(&mut self, line: &str, point_start: bool) {
        if self.quoted {
            let reopened = point_start
                && self.quote_count % 2 == 1
                && line.trim_start().starts_with(OPENING_QUOTES);
            self.quote_count += quote_marks(line) - usize::from(reopened);
            self.quote_just_closed = self.quote_count.is_multiple_of(2) && closes_quote(line);
        }
    }

    /// The point being read (if any) is done.
    fn end_point(&mut self) {
        if let Some(b) = self.current.take() {
            // The point done before this one is no longer the last.
            self.some_point_continued |= self.last_second_paragraph.is_some();
            self.last_second_paragraph = b.second_paragraph;
            self.last_short_tail = b.short_tail;
            self.last_quote_closed = b.quote_closed;
            self.last_formula = b.formula;
            self.last_annex = b.annex;
            self.split.points.push(b.finish());
        }
    }

    /// The split, with the last point done and the text after it set apart.
    fn finish(mut self) -> Split<'a> {
        self.end_point();
        self.attach_orphans();
        self.closing();
        self.drop_quotation_marks();
        self.split
    }

    /// In a quoted draft, the mark that closes the quotation is the page's, not the point's
    /// (of the last point, or of each when each is quoted): it goes from a point whose own
    /// marks do not pair up.
    fn drop_quotation_marks(&mut self) {
        if !self.quoted {
            return;
        }
        for point in &mut self.split.points {
            if quote_marks(&point.text) % 2 == 1
                && let Some(at) = closing_mark(&point.text)
            {
                let mark = point.text[at..].chars().next().map_or(0, char::len_utf8);
                point.text.replace_range(at..at + mark, "");
            }
        }
    }

    /// Text lines found after a mid-draft heading and before the next point join the point
    /// before them, on lines of their own (those after the last point are the closing's). A
    /// section's introduction does not make that point one of several paragraphs for the
    /// closing's rule.
    fn attach_orphans(&mut self) {
        let Some(last_start) = self.split.points.last().map(|p| p.range.start) else {
            return;
        };
        for line in std::mem::take(&mut self.orphans) {
            if line.start > last_start {
                continue;
            }
            let before = self
                .split
                .points
                .partition_point(|p| p.range.start < line.start);
            let Some(point) = before
                .checked_sub(1)
                .and_then(|k| self.split.points.get_mut(k))
            else {
                continue;
            };
            point.text.push('\n');
            point.text.push_str(line.text.trim());
            point.range.end = point.range.end.max(line.start + line.text.len());
        }
    }

    /// Text after the last point that is not part of it becomes the closing: the lines after
    /// it (a heading with no point under it, a page's `Read more:` and article text, a
    /// signature block), and, in a list of plain numbers or bullets, the last point's further
    /// paragraphs when no other point has more than one (a list of one-paragraph points, then
    /// prose). They were read as a heading, as preamble or as the last point's text. Under
    /// keyword headings (`Article 4`, `Стаття 4`) a body of several paragraphs is ordinary,
    /// so the last article keeps its own. Nothing is left out: the closing is compared as a
    /// row of its own.
    fn closing(&mut self) {
        const MIN_POINTS: usize = 3;
        let list = matches!(
            self.scheme.family,
            Family::Dot | Family::Paren | Family::Enclosed | Family::Dash | Family::Bullet
        );
        let many = self.split.points.len() >= MIN_POINTS;
        let Some(last) = self.split.points.last_mut() else {
            return;
        };
        let mut from = last.range.end;
        // A short tail counts when every line of the point from it on is short and
        // unpunctuated (a signature block, not wrapped text that broke after a sentence).
        let lines = self.lines;
        let tail = self.last_short_tail.filter(|cut| {
            lines
                .iter()
                .filter(|l| l.start >= cut.at && l.start < last.range.end)
                .all(|l| l.text.trim().is_empty() || is_heading_like(l.text))
        });
        // Only when no other point has a second paragraph (then the list's points are one
        // paragraph each, and what follows the last one's is not its own); the earlier of the
        // two starts the closing.
        let cut = [tail, self.last_second_paragraph]
            .into_iter()
            .flatten()
            .min_by_key(|cut| cut.at)
            .filter(|_| list && many && !self.some_point_continued);
        // A signature block of several lines set off by a blank line (`President of A` over
        // `Prime Minister of B`) closes the draft even where points have paragraphs of their
        // own: their paragraphs are sentences, not short unpunctuated lines.
        let block = tail.filter(|cut| {
            let index = lines.iter().position(|l| l.start >= cut.at);
            let set_off = index.is_some_and(|k| k > 0 && lines[k - 1].text.trim().is_empty());
            let signed = lines
                .iter()
                .filter(|l| l.start >= cut.at && l.start < last.range.end)
                .filter(|l| !l.text.trim().is_empty())
                .count();
            list && many && set_off && signed >= 2
        });
        let cut = cut.or(block);
        // A quoted draft ends where its quotation closes (not before), and a treaty at its
        // closing formula, whatever their layout.
        let cut = if self.last_quote_closed.is_some() {
            self.last_quote_closed
        } else {
            cut
        };
        // A closing formula is followed by signatures only (`For the first Party`, or two
        // short lines at most, each a title and a name after a comma, `O Presidente da
        // Assembleia da República, Fulano de Tal.`, or a footnote, `(1) Travaux…`), not by the
        // point's sentences (`Done in Kharkiv and Odesa; …` in a status list).
        let formula = self.last_formula.filter(|cut| {
            // The formula's own line: a short one with its date (`Fait à Paris, le 1er janvier
            // 2024.`), not a clause of a longer sentence.
            let own = lines
                .iter()
                .find(|l| l.start <= cut.at && cut.at < l.start + l.text.len().max(1))
                .map_or("", |l| l.text.trim());
            let dated_line = !own.contains(';')
                && script::word_count(own) <= SIGNATURE_WORDS
                && own.bytes().any(|b| b.is_ascii_digit());
            let after: Vec<&str> = lines
                .iter()
                .filter(|l| l.start > cut.at && l.start < last.range.end)
                .map(|l| l.text.trim())
                .filter(|t| !t.is_empty())
                .collect();
            after.iter().all(|t| is_heading_like(t))
                || (dated_line
                    && after.len() <= 2
                    && after.iter().all(|t| {
                        script::word_count(t) <= SIGNATURE_WORDS
                            && (t.contains(',') || t.starts_with(['(', '*']))
                    }))
        });
        // An annex after the last point (`Schedule 1`, `Додаток 1`, `附則`) is the draft's
        // appendix, not text of its last article.
        let cut = [cut, formula, self.last_annex]
            .into_iter()
            .flatten()
            .min_by_key(|cut| cut.at);
        if let Some(cut) = cut
            && (last.range.start..last.range.end).contains(&cut.at)
            && last.text.is_char_boundary(cut.text_len)
        {
            last.text.truncate(cut.text_len);
            last.text.truncate(last.text.trim_end().len());
            last.range.end = cut.end;
            from = cut.at;
        }
        let closing: Vec<Line<'a>> = self
            .lines
            .iter()
            .filter(|l| l.start >= from && !l.text.trim().is_empty())
            .copied()
            .collect();
        let Some(first) = closing.first() else {
            return;
        };
        self.split.preamble.retain(|l| l.start < from);
        self.split.headings.retain(|h| h.line < first.number);
        self.split.closing = closing;
    }
}

/// The longest text after a point's number taken as its title (`Point 1. Scope`) when the
/// next line starts a sentence; hard-wrapped lines are longer and the next line runs on.
const POINT_TITLE_WORDS: usize = 8;

/// Does `number` plausibly follow `last` (so that a stray "2025." in wrapped text is not a point)?
fn runs_on(last: Option<u32>, number: u32, after_heading: bool) -> bool {
    match last {
        None => true,
        Some(last) => (number >= last && number <= last + 20) || (after_heading && number <= 1),
    }
}

/// Fallback for drafts with no numbering: the first line is the title (unless it is a whole
/// sentence, or wrapped text that runs on into the next line); after it each paragraph is a
/// point labelled by its position (`¶1`, `¶2`, ...). Paragraphs are separated by blank lines,
/// or, when `per_line`, each line is one, and a short unpunctuated line between them is a
/// section heading.
fn split_paragraphs<'a>(lines: &[Line<'a>], per_line: bool) -> Split<'a> {
    let mut split = Split::default();
    let mut current: Option<Builder> = None;
    let mut section: Option<String> = None;
    let mut title_decided = false;
    let content = |i: usize| lines.get(i).is_some_and(|l| !l.text.trim().is_empty());
    let lead = lead_before_items(lines, per_line);
    for (i, line) in lines.iter().enumerate() {
        if line.text.trim().is_empty() {
            if let Some(b) = current.take() {
                split.points.push(b.finish());
            }
            continue;
        }
        if !title_decided {
            title_decided = true;
            // Hard-wrapped text that runs on into the next line is a paragraph, not a title.
            let wrapped = !per_line
                && content(i + 1)
                && !ends_sentence(line.text)
                && lines[i + 1]
                    .text
                    .trim_start()
                    .starts_with(|c: char| c.is_lowercase());
            if !is_sentence(line.text) && !wrapped {
                split.title = Some(*line);
                continue;
            }
        }
        // The page's lead up to the line that announces the items (`Here are the points:`).
        if lead.is_some_and(|end| i <= end) {
            split.preamble.push(*line);
            continue;
        }
        let sub_item = is_sub_item(line.text);
        if per_line && !sub_item {
            let next_is_text = content(i + 1) && !is_heading_like(lines[i + 1].text);
            if is_heading_like(line.text)
                && line.text.trim().chars().count() <= 60
                && next_is_text
                && !ends_sentence(line.text)
            {
                if let Some(b) = current.take() {
                    split.points.push(b.finish());
                }
                section = Some(split.heading(line));
                continue;
            }
            if let Some(b) = current.take() {
                split.points.push(b.finish());
            }
        }
        // "The points in brief:" before the first paragraph introduces them: the preamble.
        if split.points.is_empty()
            && current.is_none()
            && is_lead_in(line.text)
            && (per_line || !content(i + 1))
        {
            split.preamble.push(*line);
            continue;
        }
        let number = split.points.len() + 1;
        let b = current.get_or_insert_with(|| Builder {
            label: format!("¶{number}"),
            section: section.clone(),
            text: String::new(),
            start: line.start,
            end: line.start,
            pending_break: false,
            second_paragraph: None,
            short_tail: None,
            quote_closed: None,
            formula: None,
            annex: None,
        });
        b.push_line(line, sub_item);
    }
    if let Some(b) = current.take() {
        split.points.push(b.finish());
    }
    split
}

#[cfg(test)]
mod tests {
    use crate::draft::{Draft, PointKind};

    /// The labels of the numbered points (title and preamble left out).
    fn labels(text: &str) -> Vec<String> {
        let d = Draft::from_text("t", text);
        d.numbered().map(|(_, p)| p.label.clone()).collect()
    }

    fn label_texts(d: &Draft) -> Vec<(&str, &str)> {
        d.numbered()
            .map(|(_, p)| (p.label.as_str(), p.text.as_str()))
            .collect()
    }

    /// The text of the draft's closing, if it has one (its last entry).
    fn closing_text(d: &Draft) -> Option<&str> {
        d.points
            .last()
            .filter(|p| p.kind == PointKind::Closing)
            .map(|p| p.text.as_str())
    }

    fn texts(text: &str) -> Vec<String> {
        let d = Draft::from_text("t", text);
        d.numbered().map(|(_, p)| p.text.clone()).collect()
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
    fn a_caption_or_dateline_above_the_pages_prose_heads_no_point() {
        let sections = |text: &str| -> Vec<Option<String>> {
            Draft::from_text("t", text)
                .numbered()
                .map(|(_, p)| p.section.clone())
                .collect()
        };
        // A photo caption, a dateline: prose follows them before the points.
        for line in ["Volodymyr Zelensky / Photo: Reuters", "21.11.2025, 10:15"] {
            let page = format!(
                "Zelensky sets out the twenty points\n\n{line}\n\nThe president went through \
                 the draft with reporters on Tuesday.\n\n1. Sovereignty.\n\n2. Army.\n"
            );
            assert_eq!(sections(&page), [None, None], "{line}");
            assert!(Draft::from_text("t", &page).preamble.contains(line));
        }
        // A heading right above the points, or above a lead-in to them, heads them.
        for between in ["", "The plan reads:\n\n"] {
            let page = format!("Plan\n\nSecurity\n\n{between}1. Guarantees.\n\n2. Army.\n");
            let security = Some("Security".to_owned());
            assert_eq!(sections(&page), [security.clone(), security], "{between}");
        }
    }

    #[test]
    fn point_and_article_keywords_of_other_languages() {
        // Spanish and Czech pages of the 20-point plan, a Czech treaty, a Polish law.
        assert_eq!(
            labels("Plan\n\nPunto 1: Soberanía.\n\nPunto 2: No agresión.\n"),
            ["1", "2"]
        );
        assert_eq!(
            labels("Plán\n\nBod 1: Suverenita.\n\nBod 2: Neútočení.\n"),
            ["1", "2"]
        );
        assert_eq!(
            labels("Smlouva\n\nČlánek 1\nPříměří.\n\nČlánek 2\nStažení zbraní.\n"),
            ["Článek 1", "Článek 2"]
        );
        assert_eq!(
            labels("Ustawa\n\nArtykuł 1. Zakres.\n\nArtykuł 2. Definicje.\n"),
            ["Artykuł 1", "Artykuł 2"]
        );
    }

    #[test]
    fn a_pages_key_points_with_its_comment_after_them_are_the_points() {
        let d = Draft::from_text(
            "t",
            "Kyiv's plan in brief\nThe outlet says it saw the draft.\nKey elements:\n\
             \u{25aa}\u{fe0f} Troops stay where they stand.\n\
             \u{25aa}\u{fe0f} The army keeps 800,000 soldiers.\n\
             \u{25aa}\u{fe0f} Elections follow the signature.\n\
             The text says nothing about the language question.\n\
             Nor does it mention the frozen assets.\n",
        );
        assert_eq!(fixture_labels(&d), ["•1", "•2", "•3"]);
        let closing = d.points.last().unwrap();
        assert_eq!(closing.kind, PointKind::Closing);
        assert!(closing.text.starts_with("The text says nothing"));
        // More comment than list: the bullets are a list inside running text.
        let d = Draft::from_text(
            "t",
            "Notes\nKey elements:\n- Troops stay.\n- The army keeps its size.\n- Elections follow.\n\
             One.\nTwo more sentences here.\nThree of them.\nAnd a fourth.\n",
        );
        assert!(d.numbered().all(|(_, p)| !p.label.starts_with('•')));
    }

    #[test]
    fn one_invitation_to_read_another_article_is_left_out() {
        let d = Draft::from_text(
            "t",
            "План\n\n1. Суверенітет.\n\nЧитайте також: Зеленський відповів на план\n\n2. Армія.\n\n3. Вибори.\n",
        );
        assert_eq!(d.layout.left_out.len(), 1);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        // A law's own cross-reference stays, alone.
        let d = Draft::from_text(
            "t",
            "Rules\n\n1. A passport.\n\nSee also: Annex 1 to these rules\n\n2. A residence card.\n",
        );
        assert!(d.layout.left_out.is_empty());
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
            .numbered()
            .map(|(_, p)| (p.text.as_str(), p.section.as_deref()))
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
        let ranges: Vec<&str> = d
            .points
            .iter()
            .map(|p| &d.source[p.range.clone()])
            .collect();
        assert_eq!(ranges, ["T", "1. One\n   a) sub", "2. Two"]);
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
            "•",
            "- \n-\n•\n",
            "Point №",
            "Пункт № ",
            "1\u{20e3}",
            "1\u{fe0f}",
            "\u{1f51f}",
            "T\n1. a.2.\n2. b.3.3. c\n",
            "T\n1. x.2.",
            "Point 1\nParagraph 2\nСтаття",
            "Section I\n1. a\n2. b\n3. c\nSection II\n",
            "T\nSection 1\n1. а.\n2. б.\n3. в.\nSection 2\n4. г.\n5. П'ять.\n\nЩе.\n6. Шість.\n\nSection 3",
            "T\n1. a\n\nb\n2. c\nII. D\n",
        ] {
            let _ = Draft::from_text("t", text);
        }
    }

    fn fixture(name: &str) -> Draft {
        let path = format!(
            "{}/tests/fixtures/layouts/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        Draft::load(std::path::Path::new(&path)).unwrap()
    }

    fn fixture_labels(d: &Draft) -> Vec<&str> {
        d.numbered().map(|(_, p)| p.label.as_str()).collect()
    }

    fn pilcrows(n: usize) -> Vec<String> {
        (1..=n).map(|k| format!("¶{k}")).collect()
    }

    #[test]
    fn one_paragraph_per_line_copied_from_a_web_page() {
        let d = fixture("one-paragraph-per-line.txt");
        assert_eq!(d.layout.scheme, "one paragraph per line");
        assert_eq!(d.title, "What the new ceasefire text says");
        assert_eq!(fixture_labels(&d), pilcrows(7));
        let first = d.numbered().next().unwrap().1;
        assert!(first.text.starts_with("The draft opens"));
        assert!(first.text.ends_with("within three days of signing."));
        let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
        let money = Some("Money for rebuilding");
        assert_eq!(sections, [None, None, None, None, money, money, money]);
        assert_eq!(d.layout.headings.len(), 1);
        assert_eq!(d.layout.headings[0].line, 6);
    }

    #[test]
    fn chinese_articles_under_chapters() {
        let d = fixture("chinese-articles.txt");
        assert_eq!(d.layout.scheme, "`第1条`");
        assert_eq!(
            d.title,
            "停火框架协议草案（虚构的非官方工作文本，仅供测试）"
        );
        assert_eq!(
            fixture_labels(&d),
            ["第一条", "第二条", "第三条", "第四条", "第十二条"]
        );
        let first = d.numbered().next().unwrap().1;
        assert_eq!(first.text, "双方自本协议签署之日起沿现有接触线全面停火。");
        // The chapters head the articles under them, as `Chapter 1` does.
        let sections: Vec<&str> = d
            .numbered()
            .filter_map(|(_, p)| p.section.as_deref())
            .collect();
        assert_eq!(sections[0], "第一章　总则");
        assert_eq!(sections[2], "第二章　人道问题");
        assert_eq!(d.layout.headings.len(), 2);
    }

    #[test]
    fn chinese_list_with_full_width_sub_items() {
        let d = fixture("chinese-list.txt");
        assert_eq!(d.layout.scheme, "Chinese numerals `一、`");
        assert_eq!(fixture_labels(&d), ["一", "二", "三", "四"]);
        assert_eq!(d.preamble, "记者获得的草案包括以下内容。");
        // `（一）` and `（二）` are sub-items of point 二, not points.
        let second = d.numbered().nth(1).unwrap().1;
        assert!(
            second.text.contains("（一）保障须具有法律约束力"),
            "{}",
            second.text
        );
        assert!(second.text.ends_with("（二）保障须经美国国会批准。"));
    }

    #[test]
    fn japanese_articles_in_arabic_digits() {
        let d = fixture("japanese-articles.txt");
        assert_eq!(fixture_labels(&d), ["第1条", "第2条", "第3条"]);
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .starts_with("両当事者は、署名の日から")
        );
    }

    #[test]
    fn chinese_lines_ending_in_full_stops_are_paragraphs() {
        let d = fixture("chinese-one-paragraph-per-line.txt");
        assert_eq!(d.layout.scheme, "one paragraph per line");
        assert_eq!(fixture_labels(&d), pilcrows(4));
        assert_eq!(
            d.title,
            "新版和平框架的主要内容（虚构的非官方工作文本，仅供测试）"
        );
    }

    #[test]
    fn chinese_numbering_look_alikes_are_text() {
        // An ordinal (`第一次`, the first time), a year and a quantity at a line's start.
        let d = Draft::from_text(
            "t",
            "标题\n1、双方确认停火。\n第一次会议于明日举行。\n二〇二五年十一月提出草案。\n2、设立委员会。\n一些国家表示支持。\n3、交换战俘。\n",
        );
        let labels: Vec<&str> = d.numbered().map(|(_, p)| p.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3"]);
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .ends_with("二〇二五年十一月提出草案。")
        );
        assert!(
            d.numbered()
                .nth(1)
                .unwrap()
                .1
                .text
                .ends_with("一些国家表示支持。")
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_at_blank_lines() {
        let d = fixture("hard-wrapped-paragraphs.txt");
        assert_eq!(d.layout.scheme, "paragraphs separated by blank lines");
        assert_eq!(d.title, "What the new ceasefire text says");
        assert_eq!(fixture_labels(&d), pilcrows(3));
        assert!(d.points[1].text.contains("along the whole front within"));
        // The same shape without blank lines: still wrapped text, not one point per line.
        let no_blanks: String = d
            .source
            .lines()
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let joined = Draft::from_text("t", &no_blanks);
        assert_eq!(joined.layout.scheme, "paragraphs separated by blank lines");
        assert_eq!(joined.point_count(), 1);
    }

    #[test]
    fn dash_bullets_are_points_when_nothing_is_numbered() {
        let d = fixture("bullets-dash.txt");
        assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4"]);
        assert_eq!(d.title, "Main elements of the framework, as reported");
        assert_eq!(
            d.points[3].text,
            "Prisoners are exchanged all for all, civilians first.\n- Wounded soldiers follow the civilians.\n- Everyone else goes home last."
        );
    }

    #[test]
    fn any_bullet_character_starts_a_point() {
        let d = fixture("bullets-mixed.txt");
        assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4"]);
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "Observers may enter the strip at any time without notice."
        );
    }

    #[test]
    fn a_bullet_alone_on_its_line_takes_the_text_below() {
        let d = fixture("bullets-alone.txt");
        assert_eq!(
            label_texts(&d),
            [
                (
                    "•1",
                    "The grain corridor stays open for ships of every flag."
                ),
                (
                    "•2",
                    "Insurance for the ships is backed by a group of lending states, and claims are settled within sixty days."
                ),
                (
                    "•3",
                    "Ports on both coasts are inspected by one joint team."
                ),
            ]
        );
    }

    #[test]
    fn a_bullet_list_inside_a_paragraph_stays_in_it() {
        let d = fixture("bullets-inline-list.txt");
        assert_eq!(fixture_labels(&d), pilcrows(3));
        assert!(
            d.points[1]
                .text
                .ends_with("\n- a shared list of prisoners,\n- a hotline between the commanders.")
        );
        // Bullets inside a numbered point are its sub-items, as before.
        assert_eq!(labels("T\n1. One:\n- a\n- b\n2. Two\n"), ["1", "2"]);
    }

    #[test]
    fn label_keywords_in_any_mix_follow_the_number_sequence() {
        let d = fixture("keywords-mixed.txt");
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6", "7", "8"]);
        assert!(d.layout.scheme.starts_with("label keywords in any mix"));
        let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        assert_eq!(
            texts[0],
            "The parties end all hostilities from the day this text is signed."
        );
        assert_eq!(
            texts[3],
            "Sanctions are eased in stages as the ceasefire holds."
        );
        assert_eq!(texts[6], "Гуманітарні коридори залишаються відкритими.");
        assert_eq!(
            texts[7],
            "Final provisions\nThis text enters into force upon signature."
        );
        // One keyword with sections inside articles: the articles stay the points.
        assert_eq!(
            labels("T\nArticle 1\nText.\nSection 1\nA.\nSection 2\nB.\nArticle 2\nText.\n"),
            ["Article 1", "Article 2"]
        );
    }

    #[test]
    fn numbers_running_on_through_section_lines_are_the_points() {
        let d = fixture("sections-over-numbers.txt");
        let got: Vec<(&str, Option<&str>)> = d
            .numbered()
            .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
            .collect();
        let (one, two, three) = (
            Some("Section I. Security"),
            Some("Section II. Territory"),
            Some("Section III. Economy"),
        );
        assert_eq!(
            got,
            [
                ("1", one),
                ("2", one),
                ("3", one),
                ("4", two),
                ("5", two),
                ("6", three),
                ("7", three)
            ]
        );
        assert_eq!(d.layout.scheme, "numbers `1.`");
        assert_eq!(d.layout.headings.len(), 3);
        assert_eq!(d.title, "Peace framework as a newspaper printed it");
        // Numbers that start again under each article: the articles are the points.
        assert_eq!(
            labels("T\nArticle 1\n1. a\n2. b\n3. c\nArticle 2\n1. d\n2. e\n3. f\n"),
            ["Article 1", "Article 2"]
        );
    }

    #[test]
    fn bullets_under_short_numbered_headings_are_the_points() {
        let d = fixture("numbered-areas-over-bullets.txt");
        let got: Vec<(&str, Option<&str>)> = d
            .numbered()
            .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
            .collect();
        let (security, guarantee, territory, economy) = (
            Some("1. Security and status of the Republic"),
            Some("Guarantee of the mediator:"),
            Some("2. Territory"),
            Some("3. Economy and sanctions"),
        );
        assert_eq!(
            got,
            [
                ("•1", security),
                ("•2", security),
                ("•3", security),
                ("•4", security),
                ("•5", guarantee),
                ("•6", guarantee),
                ("•7", territory),
                ("•8", territory),
                ("•9", economy),
                ("•10", economy),
            ]
        );
        let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        assert_eq!(texts[3], "The Republic's army is capped at 600,000.");
        assert!(
            d.layout
                .reason
                .contains("section headings and the bullets are the points")
        );
        // Numbered points that are sentences keep their bullets as sub-items.
        assert_eq!(
            labels(
                "T\n\n1. Both armies pull back.\n- by five kilometres\n- within a week\n2. Trade reopens.\n- at three crossings\n- under escort\n"
            ),
            ["1", "2"]
        );
        // Short numbered headings with a lone bullet each: not a list, the numbers stay.
        assert_eq!(
            labels("T\n\n1. Security\n- Armies pull back.\n2. Trade\n- Crossings reopen.\n"),
            ["1", "2"]
        );
    }

    #[test]
    fn two_lines_that_each_end_a_sentence_are_two_paragraphs() {
        assert_eq!(
            texts("Notes\nThe first paragraph is here.\nThe second one follows it.\n"),
            ["The first paragraph is here.", "The second one follows it."]
        );
    }

    #[test]
    fn a_news_page_with_intro_arrows_letters_and_comments() {
        let d = fixture("news-page.txt");
        assert_eq!(d.title, "What is in the revised plan: the full list");
        assert!(d.preamble.starts_with("The revised document was handed"));
        assert!(d.preamble.ends_with("Full text"));
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
        let text = |label: &str| {
            d.numbered()
                .find(|(_, p)| p.label == label)
                .map(|(_, p)| p.text.as_str())
        };
        assert_eq!(
            text("3"),
            Some(
                "Guarantees from the mediating states:\n→ the mediators are paid for the guarantee;\n→ an attack by either side ends the guarantee for that side;\n→ sanctions return in full after any new offensive."
            )
        );
        assert_eq!(
            text("4"),
            Some(
                "Energy:\na. the occupied power plant is restarted under international control;\nb. its output is shared half and half."
            )
        );
        assert_eq!(
            text("5"),
            Some(
                "Elections take place as soon as possible after signing.\n[Our note: the earlier draft named a hundred days.]"
            )
        );
    }

    #[test]
    fn number_signs_and_keycap_emoji() {
        assert_eq!(
            label_texts(&Draft::from_text(
                "t",
                "T\nПункт №1. Один.\nПункт № 2. Два.\nPoint No. 3: Three.\n"
            )),
            [("1", "Один."), ("2", "Два."), ("3", "Three.")]
        );
        // The sign alone before the number.
        assert_eq!(
            labels("План\n\n№ 1. Суверенітет.\n№2. Угоду укладено.\n№ 3. Гарантії надано.\n"),
            ["1", "2", "3"]
        );
        assert_eq!(
            labels("Plan\n\n#1. One is here.\n\n#2. Two is here.\n\n#3. Three.\n"),
            ["1", "2", "3"]
        );
        // A number sign in prose, and a heading's `#`, are not.
        assert_eq!(
            labels("Plan\n\n1. One.\n\n2. Two, see\n№ 5 of the annex.\n\n# 3 Things\n"),
            ["1", "2"]
        );
        let posts = "Plan\n1\u{fe0f}\u{20e3} One.\n2\u{20e3} Two.\n9\u{fe0f}\u{20e3} Nine.\n\u{1f51f} Ten.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", posts)),
            [("1", "One."), ("2", "Two."), ("9", "Nine."), ("10", "Ten.")]
        );
        // A decorative emoji glued to the number (`🔹1.`) is the bullet of a numbered list.
        let posts = "Plan\n\u{1f539}1. One.\n\u{25aa}\u{fe0f}2. Two.\n\u{1f539}3. Three.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", posts)),
            [("1", "One."), ("2", "Two."), ("3", "Three.")]
        );
        // Past ten, one keycap per digit (`1️⃣1️⃣`), and 🔟 lost in copying leaves a gap.
        let k = |n: &str| -> String { n.chars().map(|d| format!("{d}\u{fe0f}\u{20e3}")).collect() };
        let posts = format!(
            "Plan\n{} Nine.\n{} Eleven.\n{} Twelve.\n",
            k("9"),
            k("11"),
            k("12")
        );
        assert_eq!(
            label_texts(&Draft::from_text("t", &posts)),
            [("9", "Nine."), ("11", "Eleven."), ("12", "Twelve.")]
        );
    }

    #[test]
    fn a_keyword_alone_on_its_line_takes_the_paragraph_below() {
        assert_eq!(
            label_texts(&Draft::from_text(
                "t",
                "T\n\nPoint 1\n\nNo reply\n\nPoint 2\n\nThe second.\n"
            )),
            [("1", "No reply"), ("2", "The second.")]
        );
    }

    #[test]
    fn numbers_glued_to_the_sentence_before_start_points() {
        let d = fixture("glued-numbers.txt");
        assert_eq!(
            label_texts(&d),
            [
                ("1", "The sovereignty of the country is confirmed."),
                (
                    "2",
                    "Non-aggression is guaranteed by both sides and by the mediators."
                ),
                ("3", "The army is kept at its peacetime size."),
                (
                    "4",
                    "Elections are held within one hundred days, in 2026. The date is fixed by parliament."
                ),
                ("5", "A fund for rebuilding is created."),
                ("6", "Frozen assets go into the fund."),
                ("7", "The grain corridor stays open."),
                (
                    "8",
                    "Energy supply is restored to the occupied power plant."
                ),
                ("9", "NATO membership is not pursued for ten years."),
            ]
        );
        let two = d.numbered().nth(1).unwrap().1;
        assert!(d.source[two.range.clone()].starts_with("2. Non-aggression"));
        assert!(d.layout.reason.contains("3 found glued"));
        // Not glued: a decimal, a number after a word, one that does not run on.
        assert_eq!(
            labels("T\n1. Growth of 1.2. Then more.\n2. Two of 3. Three.\n"),
            ["1", "2"]
        );
    }

    #[test]
    fn points_in_square_brackets_are_points_labelled_in_brackets() {
        let d = fixture("bracketed-points.txt");
        assert_eq!(
            label_texts(&d),
            [
                ("1", "The independence of the country is confirmed again."),
                ("2", "The parties make a full non-aggression agreement."),
                ("[3]", "The army is kept at 800,000 in peacetime.]"),
                (
                    "4",
                    "The partners give guarantees modelled on a mutual-defence clause."
                ),
                (
                    "[5]",
                    "Questions of territory are settled by the leaders at a later meeting.] [Delegation A: delete]"
                ),
                ("6", "The agreement enters into force when it is signed."),
            ]
        );
        assert!(d.layout.headings.is_empty());
        // A reference in brackets is not a point.
        assert_eq!(
            labels("T\n\n1. One [1] more.\n[2] Smith, Reports.\n2. Two.\n"),
            ["1", "2"]
        );
    }

    #[test]
    fn markdown_escapes_of_a_saved_web_page_are_read_through() {
        // `1\.` is how an HTML-to-Markdown converter writes a paragraph that starts `1.`.
        let text = "# Framework\n\nThe points agreed on 23 December.\n\n1\\. The independence is confirmed.\n\n2\\. A non\\-aggression pact is made\\.\n\n3\\. Guarantees are \\*legally\\* binding.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", text)),
            [
                ("1", "The independence is confirmed."),
                ("2", "A non-aggression pact is made."),
                ("3", "Guarantees are *legally* binding."),
            ]
        );
        assert_eq!(
            labels("T\n\n\\- One thing.\n\\- Another thing.\n\\- A third.\n"),
            ["•1", "•2", "•3"]
        );
        assert_eq!(
            labels("T\n\n1\\) One thing.\n2\\) Another thing.\n"),
            ["1", "2"]
        );
        // One escaped line is not a saved page: a backslash stays where it is.
        let d = Draft::from_text("t", "T\n\n1. Files go to C:\\Drafts\\. Done.\n2. Two.\n");
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .contains("C:\\Drafts\\.")
        );
    }

    #[test]
    fn dashes_glued_to_the_items_text_are_bullets() {
        for dash in ["-", "—"] {
            let text = format!(
                "The draft treaty published\nA paper printed the draft. The main points:\n{dash}Foreign bases are barred.\n{dash}The army is capped by an annex.\n{dash}No military alliance is joined.\nThe talks failed in May.\n"
            );
            let d = Draft::from_text("t", &text);
            assert_eq!(
                label_texts(&d),
                [
                    ("•1", "Foreign bases are barred."),
                    ("•2", "The army is capped by an annex."),
                    ("•3", "No military alliance is joined."),
                ],
                "{dash}"
            );
        }
        // Two are not a list; a minus sign or a small letter is not a bullet.
        for text in [
            "T\n\n-One thing.\n-Another thing.\n",
            "T\n\n-5 degrees at night.\n-3 by day.\n-1 at noon.\n",
            "T\n\n-based rules apply.\n-like terms too.\n-wise words.\n",
        ] {
            assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text:?}");
        }
    }

    #[test]
    fn calls_to_subscribe_and_links_naming_the_site_are_page_furniture() {
        let text = "План: повний текст\n\nВидання оприлюднило документ.\n\n1. Суверенітет підтверджено.\n\nПідписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини\n\n2. Угоду про ненапад укладено.\n\nЧитайте також на «Сайт.UA»: Що змінилося після Женеви\n\n3. Гарантії надано.\n\nFollow us on Telegram\n\n4. Армію обмежено.\n";
        let d = Draft::from_text("t", text);
        assert_eq!(
            label_texts(&d),
            [
                ("1", "Суверенітет підтверджено."),
                ("2", "Угоду про ненапад укладено."),
                ("3", "Гарантії надано."),
                ("4", "Армію обмежено."),
            ]
        );
        assert_eq!(d.layout.left_out.len(), 3);
        // A sentence about a channel, or a call with no channel named, is text.
        for line in [
            "The ministry said on Telegram that talks go on.",
            "Subscribe to the treaty's principles.",
        ] {
            assert_eq!(super::page_furniture(line), None, "{line}");
        }
    }

    #[test]
    fn emoji_bullets_of_messenger_posts_are_bullets() {
        for glyph in ["▪️", "🔹", "🔸", "➡️", "📌"] {
            let text = format!(
                "Humanitarian package\n\nThe delegations agreed a package. The main terms:\n\n{glyph}The parties exchange all prisoners.\n{glyph}Civilians are released.\n{glyph} Deported children return home.\n"
            );
            assert_eq!(
                label_texts(&Draft::from_text("t", &text)),
                [
                    ("•1", "The parties exchange all prisoners."),
                    ("•2", "Civilians are released."),
                    ("•3", "Deported children return home."),
                ],
                "{glyph}"
            );
        }
    }

    #[test]
    fn an_amending_laws_final_provisions_are_a_section_of_their_own() {
        let d = fixture("amending-law-sections-uk.txt");
        let points: Vec<(&str, Option<&str>, &str)> = d
            .numbered()
            .map(|(_, p)| {
                (
                    p.label.as_str(),
                    p.section.as_deref(),
                    p.text.split_whitespace().next().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            points,
            [
                ("1", None, "У"),
                ("2", None, "Статтю"),
                ("1", Some("II. Прикінцеві положення"), "Цей"),
                ("2", Some("II. Прикінцеві положення"), "Кабінету"),
            ]
        );
        assert!(d.preamble.contains("I. Внести зміни"));
        let closing = d.points.last().unwrap();
        assert_eq!(closing.kind, PointKind::Closing);
        assert_eq!(closing.text.trim(), "Голова Верховної Ради України");
    }

    #[test]
    fn the_new_layout_rules_leave_look_alikes_alone() {
        // Found by a review of this session's rules: each of these read right before them.
        let numbered = |text: &str, want: &[&str]| {
            assert_eq!(labels(text), want, "{text:?}");
        };
        // Editors' notes in brackets are not labels, and do not make a keyword scheme.
        numbered(
            "T\n\n1. One.\n2. Two.\n[Point 3 deleted at the request of A.]\n4. Four.\n5. Five.\n[Point 6 under review.]\n7. Seven.\n",
            &["1", "2", "4", "5", "7"],
        );
        // An option inside a point, and a Markdown link of a table of contents.
        numbered(
            "T\n\n1. One.\n2. The council meets:\n[1. Every month;]\n[2. at its next session;]\n3. Three.\n",
            &["1", "2", "3"],
        );
        numbered(
            "T\n\n[1. Scope](#scope)\n[2. Terms](#terms)\n\n1. Scope. This applies.\n2. Terms. These.\n",
            &["1", "2"],
        );
        // A law of one article.
        numbered(
            "ЗАКОН УКРАЇНИ\n\nВерховна Рада постановляє:\n\nСтаття 1 Частину третю статті 12 викласти так.\n",
            &["Стаття 1"],
        );
        let paragraphs = |text: &str| {
            let l = labels(text);
            assert!(l.iter().all(|l| l.starts_with('¶')), "{text:?}: {l:?}");
        };
        // A table copied cell by cell: numbers over short cells.
        paragraphs(
            "Annex. Funds by region\n\nAmounts in millions.\n\nNo.\n\nRegion\n\nAmount\n\n1\n\nNorth region\n\n420\n\n2\n\nSouth region\n\n310\n\n3\n\nEast region\n\n150\n",
        );
        // An article's numbered notes at its end.
        paragraphs(
            "The communiqué revisited\n\nThe communiqué is often cited but rarely read.\n\nIt proposed a neutral state.\n\nThe guarantors would have helped.\n\nThe peninsula was left to talks.\n\nNotes\n\n1\nThe text was later published in full.\n\n2\nInterview with a negotiator, June 2023.\n\n3\nSee the memoir of the mediator.\n",
        );
        // Page numbers of a converted PDF, the next page after a form feed.
        paragraphs(
            "Joint statement\n\nThe ministers met in Warsaw.\n\n1\n\u{c}The operators publish a timetable.\n\nFinancing comes from the bank.\n\n2\n\u{c}The ministers meet in the autumn.\n\nThe statement is in English.\n\n3\n\u{c}Signed for the three governments.\n",
        );
        // Status marks are text to compare, not bullets.
        let d = Draft::from_text(
            "t",
            "Tracker\n\n1. ✅ Ceasefire agreed.\n2. ❌ Territory not agreed.\n3. ✅ Prisoners exchanged.\n",
        );
        assert!(d.numbered().nth(1).unwrap().1.text.starts_with("❌"));
        // Attributions under quotations, and an interview's turns, are not bullets.
        paragraphs(
            "Reactions\n\n\"No trade of land for promises.\"\n—A. Leader, President\n\n\"A starting point.\"\n—B. Official, Commission\n\n\"Open questions remain.\"\n—C. Speaker, spokesman\n",
        );
        paragraphs(
            "Інтерв'ю\n\nМи поговорили з послом.\n\n—Чи є шанс на угоду?\n—Шанс є, але сторони розходяться.\n—Що залишається неузгодженим?\n—Чисельність армії.\n",
        );
        // A paragraph that happens to open like a call to follow, and a cross-reference.
        for line in [
            "Follow usual approval rules before posting on Facebook.",
            "Дивіться також у статті 258: строки давності.",
        ] {
            assert_eq!(super::page_furniture(line), None, "{line}");
        }
    }

    #[test]
    fn roman_lead_ins_head_their_own_numbered_lists() {
        // Each party's undertakings numbered from 1 under a Roman lead-in ending in a colon.
        for gap in ["", "\n"] {
            let text = format!(
                "Memorandum on shipping\n\nThe parties agree as follows.\n\nI. The first side undertakes:{gap}\n1. Not to attack ships in the corridor.\n2. Not to attack the ports.\n\nII. The second side undertakes:{gap}\n1. To guide ships through the channels.\n2. To allow inspections.\n\nIII. The mediator undertakes:{gap}\n1. To chair the joint centre.\n"
            );
            let d = Draft::from_text("t", &text);
            let points: Vec<(&str, Option<&str>)> = d
                .numbered()
                .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
                .collect();
            assert_eq!(points.len(), 5, "{gap:?}: {points:?}");
            assert_eq!(
                points[2..],
                [
                    ("1", Some("II. The second side undertakes:")),
                    ("2", Some("II. The second side undertakes:")),
                    ("1", Some("III. The mediator undertakes:")),
                ],
                "{gap:?}"
            );
            assert!(d.numbered().all(|(_, p)| !p.text.contains("undertakes")));
        }
    }

    #[test]
    fn a_lone_label_keyword_running_into_a_sentence_is_prose() {
        let d = fixture("bullets-with-a-reference-line.txt");
        assert_eq!(fixture_labels(&d), ["•1", "•2", "•3", "•4", "•5"]);
        // The commentary line stays in the point it follows.
        let two = d.numbered().nth(1).unwrap().1;
        assert!(two.text.ends_with("is to be struck out."), "{}", two.text);
        // Among a page's paragraphs, one per line.
        let text = "Plan seeks concessions\nThe envoy worked on the plan for a month, officials said.\nThe independence of the country is confirmed.\nArticle 5 of the alliance treaty is the model for the guarantee, officials said.\nThe army is capped at 600,000.\nThe country may join the union.\n";
        assert_eq!(labels(text), pilcrows(5));
        // In Ukrainian, before a capital.
        let text = "Правки до плану\n\n- Незалежність країни підтверджується.\nСтаття 5 Північноатлантичного договору є зразком гарантії.\n- Армію обмежено 800 тисячами.\n- Країна отримує гарантії безпеки.\n";
        assert_eq!(labels(text), ["•1", "•2", "•3"]);
        // A label with a separator, or alone on its line, is still one, even once.
        assert_eq!(
            labels("T\n\nIntro.\n\nArticle 5: Guarantees are given.\n"),
            ["Article 5"]
        );
        assert_eq!(
            labels("T\n\nArticle 5\nGuarantees are given.\n"),
            ["Article 5"]
        );
    }

    #[test]
    fn a_number_after_a_figure_that_ends_a_sentence_starts_a_point() {
        // `…limited to 600,000. 4. Ukraine…`: a figure ends the sentence before the number.
        assert_eq!(
            label_texts(&Draft::from_text(
                "t",
                "T\n\n1. Sovereignty is confirmed.\n2. Non-aggression is agreed. 3. The army is limited to 600,000. 4. Guarantees are given.\n5. Elections follow in 2026. 6. A fund is set up.\n"
            )),
            [
                ("1", "Sovereignty is confirmed."),
                ("2", "Non-aggression is agreed."),
                ("3", "The army is limited to 600,000."),
                ("4", "Guarantees are given."),
                ("5", "Elections follow in 2026."),
                ("6", "A fund is set up."),
            ]
        );
        // With no space it may number a sub-clause (`1.2.`): not split.
        assert_eq!(
            labels("T\n1. Army of 600,000.2. Then more.\n2. Two.\n"),
            ["1", "2"]
        );
    }

    #[test]
    fn a_list_pasted_from_word_keeps_its_sub_bullets_under_their_points() {
        let text = "Elements\n\nThe guarantees include:\n\n\u{b7}         A joint response to an attack.\no   Decided within a day.\n§   By the council.\n\u{b7}         Sanctions come back.\n\u{b7}\tAir defence goes on.\no\tFour batteries a year.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", text)),
            [
                (
                    "•1",
                    "A joint response to an attack.\no   Decided within a day.\n§   By the council."
                ),
                ("•2", "Sanctions come back."),
                ("•3", "Air defence goes on.\no\tFour batteries a year.")
            ]
        );
        // `o` and `§` with one space, or before a number, are text.
        assert_eq!(
            labels("Plan\n\n1. One, as\no and\n§ 5 say.\n\n2. Two.\n"),
            ["1", "2"]
        );
    }

    #[test]
    fn separator_lines_separate_like_blank_lines() {
        let text =
            "Plan\n\n1. One.\n---\n2. Two.\n* * *\n3. Three.\n===\n4. Four.\n———\n5. Five.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", text)),
            [
                ("1", "One."),
                ("2", "Two."),
                ("3", "Three."),
                ("4", "Four."),
                ("5", "Five.")
            ]
        );
        // A bullet alone on its line, a dash pair and a signature's line are not separators.
        for line in ["-", "--", "Signed: ______", "-- - x", "______"] {
            assert!(!super::is_separator(line), "{line}");
        }
        assert!(super::is_separator("  =====  "));
        // Under a post's title, before the points, a rule stays text: the line under it is
        // not made the heading of every point.
        let post = "Plan in brief\n━━━━━━━━\nVersion of 20 November\n\n1. One.\n2. Two.\n";
        assert!(
            Draft::from_text("t", post)
                .numbered()
                .all(|(_, p)| p.section.is_none())
        );
    }

    #[test]
    fn a_lead_in_over_a_new_list_from_1_heads_it() {
        // Each side's undertakings, numbered from 1 under a plain lead-in.
        let d = Draft::from_text(
            "t",
            "Agreement\n\nThe first side undertakes:\n1. To withdraw its forces.\n2. To release prisoners.\n\nThe second side undertakes:\n1. To hold elections.\n2. To amend its laws.\n3. To stop shelling.\n",
        );
        let sections: Vec<(&str, Option<&str>)> = d
            .numbered()
            .map(|(_, p)| (p.label.as_str(), p.section.as_deref()))
            .collect();
        let second = Some("The second side undertakes:");
        assert_eq!(
            sections,
            [
                ("1", None),
                ("2", None),
                ("1", second),
                ("2", second),
                ("3", second)
            ]
        );
        // A news page's numbered key points, then the draft in full: the draft's first
        // points were text of the last key point.
        let page = "The draft in full\n\nKey points:\n1. The cap rises.\n2. Territory is left open.\n3. Elections follow.\n\nThe draft, as obtained, reads:\n\n1. Sovereignty is confirmed.\n2. A pact is concluded.\n3. Guarantees are given.\n4. The army is capped.\n";
        assert_eq!(
            texts(page)[3..],
            [
                "Sovereignty is confirmed.",
                "A pact is concluded.",
                "Guarantees are given.",
                "The army is capped."
            ]
        );
        // Under a Roman heading, a lead-in before the first item is the heading's subtitle.
        let memo = "Memo\n\nI. Parameters\n1) Borders are recognised.\n2) Neutral status.\n\nII. Ceasefire terms\nOption one:\n1) Withdrawal within 30 days.\n2) Demobilisation starts.\n";
        let d = Draft::from_text("t", memo);
        assert_eq!(
            d.numbered()
                .map(|(_, p)| p.section.as_deref().unwrap_or("").starts_with("II."))
                .collect::<Vec<_>>(),
            [false, false, true, true]
        );
        // A lead-in inside a point that announces its own list, not numbered from 1 again,
        // and one over a single item, stay text.
        assert_eq!(
            labels(
                "Plan\n\n1. One.\n2. Two, as follows:\n3. Three.\n\nNotes:\n1. Only one note.\n"
            ),
            ["1", "2", "3"]
        );
    }

    #[test]
    fn a_mistyped_number_stands_for_the_one_between_its_neighbours() {
        // `16.` and `3.` typed for 6: the points after it were text of it, or it of point 5.
        for typo in ["16", "3"] {
            let text = format!(
                "Plan\n\n1. One.\n2. Two.\n3. Three.\n4. Four.\n5. Five.\n{typo}. Six.\n7. Seven.\n8. Eight.\n"
            );
            assert_eq!(
                labels(&text),
                ["1", "2", "3", "4", "5", typo, "7", "8"],
                "{typo}"
            );
        }
        // A number at the start of a hard-wrapped line, the point's own number still to come.
        let wrapped = "Plan\n\n3. Guarantees are given.\n4. They are equivalent to Article\n5. The guarantees lapse on attack.\n5. The army is capped.\n6. Elections follow.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", wrapped)),
            [
                ("3", "Guarantees are given."),
                (
                    "4",
                    "They are equivalent to Article 5. The guarantees lapse on attack."
                ),
                ("5", "The army is capped."),
                ("6", "Elections follow.")
            ]
        );
        // A number repeated after a finished sentence is a point (a duplicate), and a year
        // in wrapped text is not.
        assert_eq!(
            labels("Plan\n\n1. One.\n2. Two.\n2. Two again.\n3. Three.\n"),
            ["1", "2", "2", "3"]
        );
        assert_eq!(
            labels("Plan\n\n1. Talks begin in\n2026. They go on.\n2. Two.\n3. Three.\n"),
            ["1", "2", "3"]
        );
    }

    #[test]
    fn a_number_lost_in_copying_is_the_one_the_list_skips() {
        // A keycap 🔟 a page drew as an image: the line between 9 and 11 is point 10.
        let keycaps = "Plan\n\n6\u{fe0f}\u{20e3} An army of 800,000.\n7\u{fe0f}\u{20e3} No expansion of NATO.\n8\u{fe0f}\u{20e3} Jets in Poland.\n9\u{fe0f}\u{20e3} A guarantee is given.\nSanctions are lifted in stages.\n1\u{fe0f}\u{20e3}1\u{fe0f}\u{20e3} Elections in 100 days.\n1\u{fe0f}\u{20e3}2\u{fe0f}\u{20e3} A council oversees it.\n";
        let d = Draft::from_text("t", keycaps);
        assert_eq!(
            label_texts(&d)[3..6],
            [
                ("9", "A guarantee is given."),
                ("10", "Sanctions are lifted in stages."),
                ("11", "Elections in 100 days.")
            ]
        );
        assert!(d.layout.reason.contains("numbered as the one skipped"));
        // The first item typed with a bullet over `2.`, `3.`.
        assert_eq!(
            label_texts(&Draft::from_text(
                "t",
                "The plan\n\n- Ukraine keeps its sovereignty.\n2. Russia does not attack.\n3. Europe gives guarantees.\n4. Elections are held.\n"
            ))[0],
            ("1", "Ukraine keeps its sovereignty.")
        );
        // Not when the list has wrapped points (the line is the point's text), nor for an
        // editor's note in the place of a dropped point in a list of plain numbers, nor when
        // the numbers skip all along (an article quoting some points with comments between
        // them), nor for a bulleted byline set off above a list from 2.
        for (text, want) in [
            (
                "Plan\n\n1. One is\nwrapped.\n2. Two.\nIt goes on.\n4. Four.\n5. Five.\n",
                ["1", "2", "4", "5"],
            ),
            (
                "Plan\n\n1. One.\n2. Two.\n(Point 3 of the first draft is dropped.)\n4. Four.\n5. Five.\n",
                ["1", "2", "4", "5"],
            ),
            (
                "Plan\n\n1. One.\n2. Two.\nPoint 3 was removed from the final version.\n4. Four.\n5. Five.\n",
                ["1", "2", "4", "5"],
            ),
            (
                "Plan\n\n1. One.\n2. Two.\nThe third point is classified for now.\n4. Four.\n5. Five.\n",
                ["1", "2", "4", "5"],
            ),
            (
                "Plan\n\n1. One.\nA comment on it.\n3. Three.\nAnother comment.\n5. Five.\n7. Seven.\n",
                ["1", "3", "5", "7"],
            ),
        ] {
            assert_eq!(labels(text), want, "{text}");
        }
        // A bulleted lead before a list from 1, or a byline set off above a list from 2,
        // stays the preamble.
        assert_eq!(
            labels("Plan\n\n- Key points below.\n1. One.\n2. Two.\n3. Three.\n"),
            ["1", "2", "3"]
        );
        assert_eq!(
            labels(
                "Що змінилося\n\n• Оновлено о 12:00, автор Іван Петренко.\n\n2. Два.\n3. Три.\n4. Чотири.\n"
            ),
            ["2", "3", "4"]
        );
    }

    #[test]
    fn numbers_in_other_characters_and_scripts_number_points() {
        // Right-to-left marks before the numbers (copied from a messenger or a word processor).
        let rlm = "عنوان\n\n\u{200f}1. تأكيد السيادة.\n\u{200f}2. اتفاق عدم اعتداء.\n\u{200f}3. ضمانات أمنية.\n";
        assert_eq!(labels(rlm), ["1", "2", "3"]);
        let rle = "כותרת\n\n\u{202b}1. ריבונות.\u{202c}\n\u{202b}2. הסכם.\u{202c}\n\u{202b}3. ערבויות.\u{202c}\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", rle))[0],
            ("1", "ריבונות.")
        );
        // "Fake bold" digits and letters of a LinkedIn post read as plain ones.
        let bold = "What it says\n\n\u{1d7cf}. \u{1d412}overeignty.\n\u{1d7d0}. Non-aggression.\n\u{1d7d1}. Guarantees.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", bold)),
            [
                ("1", "Sovereignty."),
                ("2", "Non-aggression."),
                ("3", "Guarantees.")
            ]
        );
        // Enclosed numbers of every set, labelled as written.
        for (first, second, third) in [
            ('❶', '❷', '❸'),
            ('⑴', '⑵', '⑶'),
            ('⒈', '⒉', '⒊'),
            ('➊', '➋', '➌'),
        ] {
            let text = format!("Plan\n\n{first} One.\n{second} Two.\n{third} Three.\n");
            assert_eq!(
                labels(&text),
                [first.to_string(), second.to_string(), third.to_string()]
            );
        }
        assert_eq!(labels("Plan\n\n❿ Ten.\n⓫ Eleven.\n⓬ Twelve.\n").len(), 3);
        // Devanagari digits, and Arabic text glued to its number's dash.
        assert_eq!(
            labels("योजना\n\n१. संप्रभुता।\n२. समझौता।\n३. गारंटी।\n"),
            ["१", "२", "३"]
        );
        assert_eq!(
            label_texts(&Draft::from_text(
                "t",
                "عنوان\n\n1-سيتم التأكيد.\n\n2- ينص البند.\n\n3-ستحصل البلاد.\n"
            )),
            [
                ("1", "سيتم التأكيد."),
                ("2", "ينص البند."),
                ("3", "ستحصل البلاد.")
            ]
        );
        // Korean and Japanese news list items after triangles, text glued to them.
        assert_eq!(
            labels("종전안\n\n▲우크라이나 주권 재확인\n▲불가침 협정\n▲안보 보장\n"),
            ["•1", "•2", "•3"]
        );
        assert_eq!(
            labels("和平案\n\n▽主権を再確認\n▽不可侵合意\n▽安全の保証\n"),
            ["•1", "•2", "•3"]
        );
    }

    #[test]
    fn inserted_points_bis_and_compound_words_after_a_keyword() {
        assert_eq!(
            labels("Draft\n\n4. Four.\n5. Five.\n5bis. Inserted.\n6. Six.\n"),
            ["4", "5", "5bis", "6"]
        );
        // A United Nations draft under negotiation: an inserted paragraph, and text in brackets.
        let un = "Zero draft\n\nPP1 Recalling the principles,\nPP2 [Deeply concerned][Noting] the situation,\nOP1 Calls on all parties;\nOP2 Urges the release;\nOP2 bis [Requests an exchange;]\nOP3 Decides to remain seized.\n";
        assert_eq!(labels(un), ["PP1", "PP2", "OP1", "OP2", "OP2 bis", "OP3"]);
        // Inserted articles written with a hyphen are articles.
        for (inserted, label) in [
            ("Art. 2-bis.", "Art. 2-bis"),
            ("Article 2-A.", "Article 2-A"),
        ] {
            let text = format!(
                "Law\n\nArt. 1.\nObject.\n\nArt. 2.\nDefinitions.\n\n{inserted}\nTransition.\n\nArt. 3.\nEntry into force.\n"
            );
            assert_eq!(labels(&text).len(), 4, "{text}");
            assert!(labels(&text).iter().any(|l| l == label), "{text}");
        }
        // News paragraphs that open on a citation or a word are no articles.
        let vi = "Tin tức\n\nĐiều 5 của NATO quy định phòng thủ chung.\n\nCác bên đã thảo luận.\n\nĐiều 3 bên cần làm là ngừng bắn.\n";
        assert_eq!(labels(vi), ["¶1", "¶2", "¶3"]);
        // A rise or fall of a figure is no bullet.
        let market = "Markets\n\nStocks rose today.\n▲ 2.3% Dow Jones\n▼ 1.1% Brent oil\n▲ 0.8% Euro Stoxx\nAnalysts expect more.\n";
        assert!(labels(market).iter().all(|l| !l.starts_with('•')));
        // `Article 5-style guarantees` opening a paragraph is no article.
        let prose = "Summary\n\nUkraine's sovereignty is reaffirmed by all.\n\nThe sides sign a non-aggression pact.\n\nArticle 5-style guarantees are given by the allies.\n\nRussia writes non-aggression into law.\n";
        assert_eq!(labels(prose), ["¶1", "¶2", "¶3", "¶4"]);
    }

    #[test]
    fn article_keywords_and_adoption_formulas_of_more_languages() {
        let id = "UNDANG-UNDANG\n\nBAB I\nKETENTUAN UMUM\n\nPasal 1\nPemantau adalah orang.\n\nPasal 2\nPemerintah mengirim pemantau.\n\nPasal 3\nUndang-Undang ini mulai berlaku.\n\nDisahkan di Jakarta\npada tanggal 4 Desember 2025\n";
        let d = Draft::from_text("t", id);
        assert_eq!(
            label_texts(&d),
            [
                ("Pasal 1", "Pemantau adalah orang."),
                ("Pasal 2", "Pemerintah mengirim pemantau."),
                ("Pasal 3", "Undang-Undang ini mulai berlaku.")
            ]
        );
        assert!(closing_text(&d).is_some());
        assert_eq!(
            labels("ΝΟΜΟΣ\n\nΆρθρο 1\nΣκοπός.\n\nΆρθρο 2\nΟρισμοί.\n\nΆρθρο 3\nΙσχύς.\n"),
            ["Άρθρο 1", "Άρθρο 2", "Άρθρο 3"]
        );
        assert_eq!(
            labels(
                "LUẬT\n\nĐiều 1. Phạm vi\nLuật này.\n\nĐiều 2. Nguyên tắc\nTrung lập.\n\nĐiều 3. Hiệu lực\nCó hiệu lực.\n"
            ),
            ["Điều 1", "Điều 2", "Điều 3"]
        );
        // A Portuguese law's adoption and its president's signature close it.
        let pt = "Lei\n\nArtigo 1.º\nObjeto.\n\nArtigo 2.º\nA lei entra em vigor amanhã.\n\nAprovada em 20 de novembro de 2025.\nO Presidente da Assembleia da República, Fulano de Tal.\n";
        let d = Draft::from_text("t", pt);
        assert_eq!(
            label_texts(&d).last(),
            Some(&("Artigo 2", "A lei entra em vigor amanhã."))
        );
        assert!(closing_text(&d).is_some_and(|t| t.starts_with("Aprovada em")));
        // A sentence of the last point that opens alike stays in it, and so do status lines
        // after a sentence that starts like a formula.
        let referendum = "Acordo\n\nArtigo 1.º\nObjeto.\n\nArtigo 2.º\nO acordo vai a referendo.\nAprovado em referendo, entra em vigor em 30 dias.\n";
        assert!(
            Draft::from_text("t", referendum)
                .points
                .iter()
                .all(|p| p.kind != PointKind::Closing)
        );
        let status = "Plan\n\n1. Repair schools.\nStatus: in progress.\n\n2. Digitise the land records.\nDone in Kharkiv and Odesa; the other regions follow in 2026.\nFunding, as before, comes from the state budget.\n";
        assert!(
            Draft::from_text("t", status)
                .points
                .iter()
                .all(|p| p.kind != PointKind::Closing)
        );
        let news = "Lei\n\n1. Objeto.\n2. A lei foi votada.\nAprovada em comissão, seguiu para o plenário, onde foi debatida durante três dias seguidos e votada.\nDepois, o Presidente promulgou a lei, que foi publicada no Diário da República no dia seguinte.\nA oposição votou contra, e o partido do Governo votou a favor.\n";
        assert_eq!(
            Draft::from_text("t", news).points.last().map(|p| p.kind),
            Some(PointKind::Point)
        );
    }

    #[test]
    fn an_earlier_message_quoted_under_a_replys_points_is_the_closing() {
        let mail = "Colleagues, the latest version:\n\n1. Sovereignty reaffirmed.\n2. Non-aggression.\n3. Army of 800,000.\n\nRegards,\nOlena\n\nFrom: Mark <mark@example.org>\nSent: Monday, 24 November 2025 18:40\nTo: Olena <olena@example.org>\nSubject: RE: points\n\n1. Sovereignty confirmed.\n2. Non-aggression pact.\n3. Army capped at 600,000.\n";
        let d = Draft::from_text("t", mail);
        assert_eq!(labels(mail), ["1", "2", "3"]);
        assert!(closing_text(&d).is_some_and(|t| t.contains("Army capped at 600,000.")));
        assert!(d.layout.reason.contains("earlier message"));
        // A forwarded draft under the header is the draft.
        let forward = "FYI\n\n-----Original Message-----\nFrom: Mark\nSent: Monday\nTo: Olena\nSubject: points\n\n1. Sovereignty confirmed.\n2. Non-aggression pact.\n3. Army capped.\n";
        assert_eq!(labels(forward), ["1", "2", "3"]);
    }

    #[test]
    fn numbers_alone_over_a_topic_title_and_text_are_points() {
        // Explainer cards and slides copied: `01` / `Sovereignty` / the text.
        let cards = "The draft\n\n01\nSovereignty\nUkraine's sovereignty is reaffirmed.\n\n02\nNon-aggression\nA full non-aggression pact is signed.\n\n03\nEU path\nUkraine joins the EU on a set date.\n";
        assert_eq!(
            label_texts(&Draft::from_text("t", cards)),
            [
                ("01", "Sovereignty Ukraine's sovereignty is reaffirmed."),
                ("02", "Non-aggression A full non-aggression pact is signed."),
                ("03", "EU path Ukraine joins the EU on a set date.")
            ]
        );
        // A table's figures over a name and a sentence are no points.
        let table = "Losses\n\n420\nKharkiv region\nfigures from the regional office\n\n310\nOdesa region\nfigures from the regional office\n\n120\nKyiv region\nfigures from the city\n";
        assert!(labels(table).iter().all(|l| l.starts_with('¶')));
    }

    #[test]
    fn an_annex_after_the_last_point_is_no_text_of_it() {
        let contract = "AGREEMENT\n\nClause 1 Definitions\nTerms mean what they say.\n\nClause 2 Term\nIt lasts a year.\n\nClause 3 Governing law\nEnglish law governs it.\n\nSchedule 1 – Service levels\n1. Drones are available 95% of the time.\n2. Faults are fixed within 48 hours.\n";
        let d = Draft::from_text("t", contract);
        assert_eq!(
            label_texts(&d).last(),
            Some(&("3", "Governing law\nEnglish law governs it."))
        );
        assert!(closing_text(&d).is_some_and(|t| t.starts_with("Schedule 1")));
        let ja = "法律\n\n第一条　目的を定める。\n\n第二条　定義を定める。\n\n第三条　報告する。\n\n附　則\nこの法律は、公布の日から施行する。\n";
        assert!(closing_text(&Draft::from_text("t", ja)).is_some());
        // A sentence naming a schedule is no annex's heading.
        for heading in [
            "Schedule 1 – Service levels",
            "ANNEX",
            "Додаток 2",
            "Annex II",
        ] {
            assert!(super::annex_heading(heading), "{heading}");
        }
        for sentence in [
            "Schedule 1 of the old agreement still applies to them.",
            "Annexes to the report were read.",
            "schedule 2",
        ] {
            assert!(!super::annex_heading(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_channels_subscribe_button_after_its_list_is_left_out() {
        let post = "План\n\n1⃣ Суверенітет.\n2⃣ Ненапад.\n3⃣ Гарантії.\n\n➡️ Підписатися\n";
        let d = Draft::from_text("t", post);
        assert_eq!(
            label_texts(&d),
            [("1", "Суверенітет."), ("2", "Ненапад."), ("3", "Гарантії.")]
        );
        assert_eq!(d.layout.left_out.len(), 1);
        // The verb in a sentence is the text's.
        assert!(super::page_furniture("Підписатися на угоду мають обидві сторони.").is_none());
    }

    #[test]
    fn points_a_page_quotes_out_of_order_are_points() {
        let page = "Minsk\n\nSome points favour the militants:\n11. Constitutional reform comes first.\n4. Dialogue on local elections.\n12. Elections are agreed with the districts.\n13. The contact group works harder.\n";
        assert_eq!(labels(page), ["11", "4", "12", "13"]);
        // A number that does not run on, inside a point's wrapped text or after a lead-in,
        // stays text.
        assert_eq!(
            labels("Plan\n\n5. The council meets\n2. times a year.\n6. Six.\n7. Seven.\n"),
            ["5", "6", "7"]
        );
        assert_eq!(
            labels("Plan\n\n5. The council decides on:\n1. Budgets.\n6. Six.\n7. Seven.\n"),
            ["5", "6", "7"]
        );
        assert_eq!(
            labels(
                "Plan\n\n1. One.\n2. Two.\n3. Russia withdraws. The timeline is below.\n1. First stage ends in May.\n2. Second stage ends in June.\n4. Elections.\n5. Sanctions.\n"
            ),
            ["1", "2", "3", "4", "5"]
        );
    }

    #[test]
    fn a_scanned_drafts_misread_numbers_and_page_numbers() {
        // OCR reads `1.` as `l.` and sets a dot off (`3 .`); `- 2 -` is the page's number.
        let scan = "MEMORANDUM\n\n- 1 -\n\nThe Parties have agreed as follows:\n\nl. Safe passage is given to\nconvoys.\n\n2. Detainees are exchanged\nall for all.\n\n3 . The ICRC has access to\nall places of detention.\n\n4. Power stations are not\n- 2 -\ntargeted.\n\n5. It enters into force.\n";
        let d = Draft::from_text("t", scan);
        assert_eq!(
            label_texts(&d),
            [
                ("1", "Safe passage is given to convoys."),
                ("2", "Detainees are exchanged all for all."),
                ("3", "The ICRC has access to all places of detention."),
                ("4", "Power stations are not targeted."),
                ("5", "It enters into force.")
            ]
        );
        assert_eq!(d.layout.left_out.len(), 2);
        // A legislation site's copy puts no space after the number in brackets.
        assert_eq!(
            label_texts(&Draft::from_text(
                "t",
                "Regulations\n\n(1)These regulations apply to ports.\n(2)A port keeps a register.\n(3)The register is public.\n"
            )),
            [
                ("1", "These regulations apply to ports."),
                ("2", "A port keeps a register."),
                ("3", "The register is public.")
            ]
        );
    }

    #[test]
    fn inserted_articles_and_points_keep_their_suffix() {
        assert_eq!(
            labels(
                "Закон\n\nСтаття 1. Один.\nСтаття 2. Два.\nСтаття 2-1. Вставлена.\nСтаття 2¹. Ще одна.\nСтаття 3. Три.\n"
            ),
            [
                "Стаття 1",
                "Стаття 2",
                "Стаття 2-1",
                "Стаття 2¹",
                "Стаття 3"
            ]
        );
        assert_eq!(
            labels(
                "Bill\n\n1. Commission.\n2. Functions.\n2A. Duty to consult.\n3. Report.\n3A. Data.\n3B. Sources.\n4. Title.\n"
            ),
            ["1", "2", "2A", "3", "3A", "3B", "4"]
        );
        // Not before a dot (`5-10 countries`, `3D printing`), the number alone is read as ever.
        assert_eq!(super::inserted_suffix("-10 countries"), 0);
        assert_eq!(super::inserted_suffix("D printing"), 0);
        // An editor's note in braces stays with its article, not a heading.
        let law = "Закон\n\nСтаття 1. Визначення\n1. Терміни.\n\n{Пункт 1 в редакції Закону № 1}\n\nСтаття 2. Сфера\n1. Дія.\n";
        let d = Draft::from_text("t", law);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        assert!(d.points.iter().any(|p| p.text.contains("{Пункт 1")));
    }

    #[test]
    fn french_first_articles_are_article_1() {
        for first in ["Article 1er", "Article premier", "Article 1re"] {
            let text = format!(
                "Loi\n\n{first}\nObjet de la loi.\n\nArticle 2\nDéfinitions.\n\nArticle 3\nEntrée en vigueur.\n"
            );
            assert_eq!(labels(&text), [first, "Article 2", "Article 3"], "{first}");
        }
        assert_eq!(super::first_in_words("premiers pas"), None);
    }

    #[test]
    fn this_sessions_rules_leave_their_look_alikes_alone() {
        // A point's own sub-list under its wrapped lead-in, then the list going on.
        assert_eq!(
            labels(
                "Plan\n\n1. One.\n2. Two.\n3. The partners, who\nwill finance the following:\n1. Roads.\n2. Bridges.\n4. Four.\n"
            ),
            ["1", "2", "3", "4"]
        );
        // Votes with a number column, and a form line with dots: no contents list after them.
        assert_eq!(
            labels(
                "Votes\n\n1.\tAmendment on language\t226\n2.\tAmendment on budget\t231\n3.\tAmendment on courts\t198\n"
            ),
            ["1", "2", "3"]
        );
        // A suffixed number at the start of a wrapped line, and a wrapped `№ 15.`.
        assert_eq!(
            labels("Plan\n\n1. The network covers\n5G. Equipment is bought.\n2. Two.\n3. Three.\n"),
            ["1", "2", "3"]
        );
        assert_eq!(
            labels(
                "План\n\n1. Згідно з наказом від 10 січня\n№ 15. Наказ діє.\n2. Два.\n3. Три.\n"
            ),
            ["1", "2", "3"]
        );
        // A list without final stops and a repeated number; a quoted part after a lead-in.
        assert_eq!(
            labels(
                "Plan\n\n1. Sovereignty of Ukraine\n2. Non-aggression pact\n2. Guarantees\n3. Elections\n"
            ),
            ["1", "2", "2", "3"]
        );
        assert_eq!(
            labels(
                "Plan\n\n4. Four.\n5. Article 2 is amended to read:\n2. Russian is an official language.\n7. Seven.\n"
            ),
            ["4", "5", "7"]
        );
    }

    #[test]
    fn a_table_of_contents_is_not_the_points() {
        let text = "Agreement\n\nContents\n1. Sovereignty ........ 2\n2. Guarantees …… 3\n3. Elections\t4\n\n1. The sovereignty of the country is confirmed.\n2. Guarantees are given by partners.\n3. Elections are held after signature.\n";
        let d = Draft::from_text("t", text);
        assert_eq!(
            label_texts(&d),
            [
                ("1", "The sovereignty of the country is confirmed."),
                ("2", "Guarantees are given by partners."),
                ("3", "Elections are held after signature.")
            ]
        );
        assert!(d.preamble.contains("Guarantees …… 3"));
        // Figures are not page numbers, and one dotted line is not a contents list.
        for line in [
            "1. The cap is 5.000",
            "3. Costs rise to 1.5",
            "4. Year 2025",
        ] {
            assert!(!super::contents_entry(line), "{line}");
        }
        assert_eq!(
            labels("Plan\n\n1. One ..... 2\n2. Two.\n3. Three.\n"),
            ["1", "2", "3"]
        );
    }

    #[test]
    fn markdown_inline_markup_is_read_as_its_words() {
        let d = fixture("markdown-saved-page.md");
        assert_eq!(
            label_texts(&d),
            [
                (
                    "1",
                    "The sovereignty of the country is confirmed, as in the earlier draft."
                ),
                (
                    "2",
                    "A non-aggression agreement is concluded between the two states and Europe."
                ),
                ("3", "The armed forces are kept at 800,000 in peacetime."),
                (
                    "4",
                    "Security guarantees mirror Article 5 and are approved by the parliaments of the guarantors."
                ),
                (
                    "5",
                    "Reconstruction is funded from a joint fund; the file name `reconstruction_fund_v2` and the formula 5 * 3 stay as they are, and so does ~~struck text~~."
                ),
            ]
        );
        assert!(
            d.preamble
                .starts_with("Unofficial working text, written for testing. This")
        );
        assert!(d.preamble.contains("the bold and\nitalic words"));
        assert!(
            d.preamble
                .contains("Read the full text of the November plan and\nour explainer")
        );
        assert!(!d.preamble.contains("http") && !d.preamble.contains("Photo"));
        // Marks that open or close no word, escapes, intraword underscores, a signature line
        // and a table of contents' anchors are text.
        for line in [
            "Articles 3* and 4* apply.",
            "The rate is 5 * 3 * 2 units.",
            "Signed: ______ and ______.",
            "Use the form_a_b template.",
            "\\*Not italic\\* here.",
            "See [1. Scope](#scope) above.",
            "A [bracketed option] (to be agreed) stays.",
            "**Unclosed bold stays.",
            "Article [7](2) and [24](48) hours apply.",
            "The parties [shall](US) [may](UA) meet.",
            "The [Buyer](including its affiliates) pays.",
        ] {
            let text = format!("# Plan\n\n1. One.\n\n2. {line}\n\n3. Three.\n");
            let d = Draft::from_text("t", &text);
            assert_eq!(
                d.numbered().nth(1).map(|(_, p)| p.text.as_str()),
                Some(line)
            );
        }
        // Plain text (no link to an address, no heading line, no bold) keeps its stars and
        // underscores, and an address never wraps.
        let plain = "Plan\n\n1. Call __init__ first.\n2. Cost is 40 *x + 60* y.\n3. The [Buyer](including its\naffiliates) pays.\n";
        assert_eq!(super::without_inline_markup(plain.to_owned()), plain);
    }

    #[test]
    fn a_pdf_copy_keeps_its_points_without_the_page_footers() {
        let d = fixture("pdf-copy.txt");
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
        let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        // The footer in the middle of the list is left out; the wrapped `5.` is text.
        assert_eq!(
            texts[2],
            "The country receives security guarantees from its partners."
        );
        assert!(
            texts[4].replace('\n', " ").ends_with("Article 5."),
            "{}",
            texts[4]
        );
        assert!(texts.iter().all(|t| !t.contains("Page")));
        assert_eq!(d.layout.left_out.len(), 3);
        assert!(d.preamble.starts_with("Unofficial working text"));
        // A page footer is one of a few shapes; a sentence about a page is text.
        for line in [
            "Page 2 of 10",
            "Сторінка 3 з 7",
            "Seite 2/4",
            "стр. 4 из 9",
            "PAGE 1",
        ] {
            assert!(super::page_number_line(line), "{line}");
        }
        for line in [
            "Page 5 of the report",
            "Page",
            "2 of 3",
            "Page two of three",
        ] {
            assert!(!super::page_number_line(line), "{line}");
        }
    }

    #[test]
    fn a_dash_numbered_list_run_into_one_line_is_split() {
        let d = fixture("dash-run-on.txt");
        assert_eq!(
            label_texts(&d)[..2],
            [
                ("1", "Fighting stops at once on the whole front line."),
                (
                    "2",
                    "Both sides pull heavy weapons back by thirty kilometres."
                ),
            ]
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5"]);
        // A score or a range in prose is no list.
        assert_eq!(
            labels("T\n\nThe vote was 3- 2 in favour. Then 1- 0 and 2- 1 in the other rooms.\n"),
            ["¶1"]
        );
    }

    #[test]
    fn numbers_with_only_a_space_before_the_text_number_points() {
        let d = fixture("numbers-with-topics.txt");
        assert_eq!(
            label_texts(&d)[0],
            (
                "1",
                "Suwerenność: Strony potwierdzają pełną suwerenność państwa."
            )
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
        // Days of a month, figures and counts are text.
        for text in [
            "T\n\n1 January 2025 was the first quiet day.\n\n2 January brought new shelling of the city.\n\n3 January saw the first convoy arrive.\n",
            "T\n\n2 000 people left.\n\n3 000 people came back.\n\n4 000 people stayed.\n",
            "T\n\n1 Ceasefire now.\n\n2 Talks.\n",
        ] {
            assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text}");
        }
    }

    #[test]
    fn ordinal_words_number_points() {
        let d = fixture("ordinal-words.txt");
        assert_eq!(
            fixture_labels(&d),
            ["First", "Second", "Third", "Fourth", "Fifth"]
        );
        assert_eq!(
            label_texts(&d)[2].1,
            "security guarantees that the partners' parliaments ratify."
        );
        // The dateline and the lead are the preamble; the remark after is the closing.
        assert!(d.preamble.starts_with("14 MARCH 2025"));
        let closing = d.points.last().unwrap();
        assert_eq!(closing.kind, PointKind::Closing);
        assert_eq!(
            closing.text,
            "He added that talks would continue next week."
        );
        let d = fixture("ordinal-words-uk.txt");
        assert_eq!(
            label_texts(&d),
            [
                ("Перше", "Суверенітет держави підтверджують усі підписанти."),
                ("Другий", "передбачає повну угоду про ненапад."),
                ("третій", "Держава отримує гарантії безпеки від партнерів."),
                ("Четверте", "армія в мирний час налічує до 800 тисяч осіб."),
            ]
        );
        // Prose that starts with ordinals, without a separator, or not from the first.
        for text in [
            "T\n\nFirst the parties meet.\n\nSecond World War memorials are restored.\n\nThird parties may observe.\n",
            "T\n\nSecond: talks.\n\nThird: a vote in parliament.\n\nFourth: elections within a year.\n",
        ] {
            assert!(labels(text).iter().all(|l| l.starts_with('¶')), "{text}");
        }
    }

    #[test]
    fn ordinal_adverbs_and_ordinal_indicators_number_points() {
        assert_eq!(
            labels(
                "Умови\n\nПо-перше, повне припинення вогню.\n\nПо-друге, обмін усіх на всіх.\n\nПо-третє, гарантії безпеки від партнерів.\n"
            ),
            ["По-перше", "По-друге", "По-третє"]
        );
        assert_eq!(
            labels(
                "Условия\n\nВо-первых, полное прекращение огня на всей линии.\n\nВо-вторых, обмен всех на всех.\n\nВ-третьих, гарантии безопасности от партнёров.\n"
            ),
            ["Во-первых", "Во-вторых", "В-третьих"]
        );
        // With a keyword, and an article before it, as Italian pages write them.
        assert_eq!(
            labels(
                "Piano\n\nPrimo punto, la tregua lungo tutto il fronte.\n\nIl secondo punto, la neutralità del paese.\n\nIl terzo punto è l'autonomia regionale.\n"
            ),
            ["Primo", "secondo", "terzo"]
        );
        // An article before an ordinal with no keyword is prose (`The second round…`).
        assert!(
            labels("T\n\nFirst: a ceasefire on the whole front.\n\nThe second round: talks in Geneva.\n\nThird: a vote in parliament.\n")
                .iter()
                .all(|l| l.starts_with('¶'))
        );
        // `First,` opens a sentence of prose; the adverb `Firstly,` numbers.
        assert!(
            labels("T\n\nFirst, we met.\n\nSecond, we talked at length.\n\nThird, we signed the text.\n")
                .iter()
                .all(|l| l.starts_with('¶'))
        );
        // `1.º`, `1º`, `1°` number points as `1.` does.
        for text in [
            "Puntos\n\n1.º La soberanía queda reafirmada.\n2.º Se firma un pacto.\n3.º Se abre un fondo.\n",
            "Punti\n\n1° La sovranità è confermata.\n\n2° Si firma un patto.\n\n3° Si apre un fondo.\n",
            "Pontos\n\n1º A soberania é confirmada.\n2º Assina-se um pacto.\n3º Abre-se um fundo.\n",
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
            assert!(d.numbered().all(|(_, p)| !p.text.starts_with(['º', '°'])));
        }
        let d = Draft::from_text(
            "t",
            "Acuerdo\n\nArtículo 1.º Las hostilidades cesan.\n\nArtículo 2.º Las fuerzas se retiran.\n",
        );
        assert_eq!(
            label_texts(&d),
            [
                ("Artículo 1", "Las hostilidades cesan."),
                ("Artículo 2", "Las fuerzas se retiran.")
            ]
        );
        // A French article's items `1°` … `4°` stay in it: numbers that never run on across
        // an article's line do not make the articles section headings.
        let d = Draft::from_text(
            "t",
            "Décret\n\nArticle 1er\nSont applicables les mesures suivantes :\n1° La suspension des opérations ;\n2° Le retrait des armes lourdes ;\n3° La libération des détenus ;\n4° L'ouverture de corridors.\n\nArticle 2\nLe ministre est chargé de l'exécution.\n",
        );
        assert_eq!(fixture_labels(&d), ["Article 1er", "Article 2"]);
    }

    #[test]
    fn headings_between_points_with_no_blank_lines_head_their_points() {
        let d = Draft::from_text(
            "t",
            "Blueprint\nThe plan is set out below as an unofficial working summary.\nPhase 1: Ceasefire\n1. Hostilities halt at once.\n2. Hostages are released.\nPhase 2: Security and Governance\n3. Heavy weapons are surrendered.\n4. Members who disarm get amnesty.\nPhase 3: Reconstruction\n5. A special economic zone is set up.\n",
        );
        let sections: Vec<(&str, Option<&str>)> = d
            .numbered()
            .map(|(_, p)| (p.text.as_str(), p.section.as_deref()))
            .collect();
        assert_eq!(
            sections,
            [
                ("Hostilities halt at once.", Some("Phase 1: Ceasefire")),
                ("Hostages are released.", Some("Phase 1: Ceasefire")),
                (
                    "Heavy weapons are surrendered.",
                    Some("Phase 2: Security and Governance")
                ),
                (
                    "Members who disarm get amnesty.",
                    Some("Phase 2: Security and Governance")
                ),
                (
                    "A special economic zone is set up.",
                    Some("Phase 3: Reconstruction")
                ),
            ]
        );
        // One alone heads a list numbered from 1 again.
        let d = Draft::from_text(
            "t",
            "Conclusions\n1. The Council held an exchange of views.\n2. It discussed the latest developments.\nEUCO 11/25 – extract\n1. The Council reaffirms its support.\n2. It supports a just and lasting peace.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "1", "2"]);
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "It supports a just and lasting peace."
        );
        // One alone over the next point of the same list is the point's own line.
        let d = Draft::from_text(
            "t",
            "Plan\n1. The fund pays for rebuilding.\nKyiv and Odesa first\n2. Elections follow.\n3. Talks go on.\n",
        );
        assert!(d.numbered().next().unwrap().1.text.ends_with("Odesa first"));
        // Sections set off by `* *`, as the European Council's conclusions are.
        let d = Draft::from_text(
            "t",
            "Conclusions\n\n* *\n\nI. UKRAINE\n\n1. The Council restates its support.\n\n2. It welcomes all efforts towards peace.\n\nII. MIDDLE EAST\n\n3. The Council welcomes the ceasefire.\n",
        );
        let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
        assert_eq!(
            sections,
            [
                Some("I. UKRAINE"),
                Some("I. UKRAINE"),
                Some("II. MIDDLE EAST")
            ]
        );
    }

    #[test]
    fn a_pages_lists_and_lines_after_the_points_are_not_points() {
        // A `Most read` box and a wiki's references, numbered from 1 again to the end.
        for (text, last) in [
            (
                "Framework\n\n1. Sovereignty is reaffirmed.\n\n2. A pact is signed.\n\n3. A fund is created.\n\nMost read\n\n1. Storm knocks out power\n\n2. Bank holds rates\n",
                "Most read\n1. Storm knocks out power\n2. Bank holds rates",
            ),
            (
                "Framework\nFrom Wikipedia, the free encyclopedia\n\nThe points were:[1]\n\n1. Sovereignty is confirmed.[2]\n2. A pact is concluded.[2]\n3. Elections are held.[3]\n\nReferences\n\n1. ^ \"Framework published\". Example News.\n2. ^ \"The points\". Example Daily.\n",
                "References\n1. ^ \"Framework published\". Example News.\n2. ^ \"The points\". Example Daily.",
            ),
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
            let closing = d.points.last().unwrap();
            assert_eq!(closing.kind, PointKind::Closing);
            assert_eq!(closing.text, last);
        }
        // The wiki's own line is left out; its citation marks do not make the lead a heading.
        let d = Draft::from_text(
            "t",
            "Framework\nFrom Wikipedia, the free encyclopedia\n\nThe points were:[1]\n\n1. Sovereignty is confirmed.[2]\n2. A pact is concluded.[2]\n3. Elections are held.[3]\n",
        );
        assert_eq!(d.layout.left_out.len(), 1);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        // Notes numbered inside a law's article are followed by its next articles: they stay.
        let d = Draft::from_text(
            "t",
            "Act\n\nArticle 1. Terms.\n\nArticle 2. Scope.\n\nNotes:\n1. The first note to the article.\n2. The second note to the article.\n\nArticle 3. Entry into force.\n",
        );
        assert_eq!(fixture_labels(&d), ["Article 1", "Article 2", "Article 3"]);
        // A messenger's emoji before `Читайте також:` does not make it a heading.
        let d = Draft::from_text(
            "t",
            "Головне\n\n1️⃣ Суверенітет підтверджується.\n2️⃣ Угода про ненапад.\n\n👉 Читайте також: що відомо про переговори\n\n3️⃣ Армія без скорочень.\n4️⃣ Фонд відбудови.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        assert_eq!(d.layout.left_out.len(), 1);
        // An editor's note in brackets between points stays in the point before it.
        let d = Draft::from_text(
            "t",
            "План\n\n1. Суверенитет подтверждается.\n\n2. Стороны заключают соглашение.\n\n(Пункт 3 американского плана исключается)\n\n4. Начинается диалог.\n\n5. Украина получает гарантии.\n",
        );
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        assert!(
            d.numbered()
                .nth(1)
                .unwrap()
                .1
                .text
                .ends_with("исключается)")
        );
    }

    #[test]
    fn a_united_nations_drafts_labels_and_print_marks() {
        let d = Draft::from_text(
            "t",
            "Draft resolution\nThe General Assembly,\nPP1 Reaffirming its resolve to save future generations from war;\nPP2 Recalling its earlier resolutions;\nOP1 Reiterates the need for full respect of the law;\nOP2 Demands an immediate cessation of hostilities;\n",
        );
        assert_eq!(fixture_labels(&d), ["PP1", "PP2", "OP1", "OP2"]);
        assert_eq!(d.preamble, "The General Assembly,");
        assert_eq!(
            d.numbered().nth(2).unwrap().1.text,
            "Reiterates the need for full respect of the law;"
        );
        // Not from 1, or a word that starts so, is text.
        assert!(
            labels(
                "T\n\nOP3 Decides.\n\nOP4 Requests the report.\n\nOP5 Decides to remain seized.\n"
            )
            .iter()
            .all(|l| l.starts_with('¶'))
        );
        // A copy of the PDF: the job number, the barcode and the running header between the
        // paragraphs are left out, and the paragraph they interrupted runs on.
        let d = Draft::from_text(
            "t",
            "United Nations    A/ES-11/L.9\n\n     1.  Reaffirms its commitment to the sovereignty of\nUkraine;\n     2.  Calls for an early cessation of hostilities and\n\n25-03011 (E)    010325\n*2503011*\n\nA/ES-11/L.9\n\na peaceful resolution of the war;\n     3.  Decides to adjourn the session.\n\n2/2                     25-03011\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert_eq!(d.layout.left_out.len(), 4);
        for line in [
            "A/ES-11/L.9",
            "S/RES/2728 (2024)",
            "25-03011 (E)    010325",
            "*2503011*",
            "2/2   25-03011",
        ] {
            assert!(super::un_print_line(line), "{line}");
        }
        for line in [
            "A/B testing",
            "2/3 of the members",
            "(E) 2025",
            "A/ES-11/L.9 was adopted by vote",
        ] {
            assert!(!super::un_print_line(line), "{line}");
        }
    }

    #[test]
    fn a_status_mark_before_a_number_labels_the_point() {
        let d = Draft::from_text(
            "t",
            "Що залишилося\n\nПорівняли дві версії.\n\n✅ 1. Суверенітет підтверджується.\n✅ 2. Угода про ненапад.\n❌ 3. НАТО не розширюється.\n✏️ 4. Діалог Росії та НАТО.\n",
        );
        assert_eq!(
            label_texts(&d),
            [
                ("✅ 1", "Суверенітет підтверджується."),
                ("✅ 2", "Угода про ненапад."),
                ("❌ 3", "НАТО не розширюється."),
                ("✏️ 4", "Діалог Росії та НАТО."),
            ]
        );
        // A status mark before text, or before a figure that is no point's number, is text.
        assert!(
            labels("T\n\n✅ Agreed on the ceasefire.\n\n❌ 600,000 troops rejected.\n\n✅ 2025 talks.\n")
                .iter()
                .all(|l| l.starts_with('¶'))
        );
    }

    #[test]
    fn number_forms_of_other_pages_number_points() {
        // `1.-` (Latin American pages), `1.—(1)` (UK regulations), a thread's `1/`, a table's
        // tab after the number.
        for (text, first) in [
            (
                "Plan\n\n1.- Gaza será una zona libre.\n2.- Gaza será reconstruida.\n3.- La guerra termina.\n",
                "Gaza será una zona libre.",
            ),
            (
                "Regulations\n\n1.—(1) These Regulations may be cited.\n(2) They extend to the UK.\n2.—(1) The earlier Regulations are amended.\n3. In regulation 40, omit paragraph (3).\n",
                "(1) These Regulations may be cited.\n(2) They extend to the UK.",
            ),
            (
                "Thread\n\n1/ Sovereignty is confirmed.\n2/ A pact is signed.\n3/7 The army is capped.\n",
                "Sovereignty is confirmed.",
            ),
            (
                "Table\n\n1\tSovereignty is confirmed\tUnchanged\n2\tA pact is signed\tUnchanged\n3\tThe army is capped\tDeleted\n",
                "Sovereignty is confirmed\tUnchanged",
            ),
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
            assert_eq!(d.numbered().next().unwrap().1.text, first);
        }
        // A page count with figures after it is no thread number.
        assert!(
            labels("T\n\n2/2   25-03011\n\n3/4 2025\n")
                .iter()
                .all(|l| l.starts_with('¶'))
        );
        // Keywords of other pages.
        for (text, label) in [
            (
                "Plan\n\nProposal 1: Neutral status.\n\nProposal 2: Guarantees.\n",
                "1",
            ),
            (
                "Plan\n\nProposal-1: Neutral status.\n\nProposal-2: Guarantees.\n",
                "1",
            ),
            (
                "Kanun\n\nMADDE 1 – (1) Bu Kanunun amacı.\n\nMADDE 2 – (1) Kapsam.\n",
                "MADDE 1",
            ),
            (
                "תוכנית\n\nסעיף 1: עזה תהיה אזור מפורז.\n\nסעיף 2: עזה תפותח מחדש.\n",
                "1",
            ),
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(d.point_count(), 2, "{text}");
            assert!(
                d.numbered().next().unwrap().1.label.starts_with(label),
                "{text}"
            );
        }
        // Ordinal adverbs of other languages.
        for (text, first) in [
            (
                "Déclaration\n\nPremièrement, les frontières ne changent pas par la force.\n\nDeuxièmement, les forces armées ne sont pas limitées.\n\nTroisièmement, l'Europe participe aux garanties.\n",
                "Premièrement",
            ),
            (
                "Oświadczenie\n\nPo pierwsze, o granicach nie można decydować bez Ukrainy.\n\nPo drugie, siły sojusznicze w Polsce to sprawa NATO.\n\nPo trzecie, sankcje pozostają do czasu pokoju.\n",
                "pierwsze",
            ),
            (
                "البيان\n\nأولاً: الترحيب بوقف إطلاق النار في القطاع.\n\nثانياً: ضرورة إدخال المساعدات الإنسانية دون قيود.\n\nثالثاً: دعم جهود إعادة الإعمار في القطاع.\n",
                "أولاً",
            ),
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(d.point_count(), 3, "{text}");
            assert_eq!(d.numbered().next().unwrap().1.label, first);
        }
    }

    #[test]
    fn arabic_script_digits_and_circled_numbers_number_points() {
        let d = Draft::from_text(
            "t",
            "قانون\n\nمادة ١\nيعمل بأحكام هذا القانون.\n\nمادة ٢\nيقصد بالكلمات الآتية المعاني المبينة.\n\nمادة ٣\nينشر هذا القانون في الجريدة الرسمية.\n",
        );
        assert_eq!(fixture_labels(&d), ["مادة ١", "مادة ٢", "مادة ٣"]);
        assert_eq!(
            labels(
                "清单\n\n①全面停火，双方军队脱离接触；\n②交换全部被扣押人员；\n③设立国际监督机制；\n"
            ),
            ["①", "②", "③"]
        );
        // Hebrew letters, as Israeli government decisions number their items.
        assert_eq!(
            labels(
                "החלטה\n\nמחליטים:\n\nא. להטיל על משרד החוץ לתאם את העברת הסיוע.\n\nב. להקים צוות בין-משרדי שיגיש המלצות.\n\nג. להקצות לצורך ביצוע ההחלטה תקציב ייעודי.\n"
            ),
            ["א", "ב", "ג"]
        );
        // EUR-Lex: its page lines are left out, and a recital's number alone on its line
        // heads no article.
        let d = Draft::from_text(
            "t",
            "Choose the experimental features you want to try\n\nThis document is an excerpt from the EUR-Lex website\n\nCOUNCIL REGULATION (EU) 2023/0000\n\nWhereas:\n\n(1)\n\nThe Council adopted an earlier decision.\n\n(2)\n\nFurther action by the Union is therefore needed,\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nDefinitions apply.\n\nArticle 2\n\nExports are prohibited.\n",
        );
        assert_eq!(d.title, "COUNCIL REGULATION (EU) 2023/0000");
        assert_eq!(d.layout.left_out.len(), 2);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        // A year in Arabic digits in a title is no point.
        assert_eq!(super::eastern_arabic_number("٢٠٢٤"), None);
        assert_eq!(super::eastern_arabic_number("١٢ "), Some((4, 12)));
    }

    #[test]
    fn the_new_layout_rules_leave_ordinary_text_alone() {
        // A fraction at the start of a wrapped line is no thread's number.
        let d = Draft::from_text(
            "t",
            "Rules\n\n1) The Board meets every month.\n2) The Board decides by a majority of\n2/3 of its members present at the meeting.\n3) The chair signs the minutes.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert!(
            d.numbered()
                .nth(1)
                .unwrap()
                .1
                .text
                .contains("2/3 of its members")
        );
        // A point's last line with no full stop is no heading of the next point.
        let d = Draft::from_text(
            "t",
            "Supply Contract\n\n1. The Seller shall deliver the goods to the Buyer.\nDelivery within 30 days of the order\n2. The Buyer shall pay the price stated in the invoice.\nPayment in euros by bank transfer\n3. Disputes are settled by the court of Kyiv.\n",
        );
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .ends_with("of the order")
        );
        // German prose wrapped narrow, its nouns capitalised, is one paragraph.
        assert_eq!(
            Draft::from_text(
                "t",
                "Vertrag\n\nDie Vertragsparteien vereinbaren eine\nZusammenarbeit im Bereich der Energie und\nReform der Verwaltung. Beide Seiten treffen\nRegelungen über Fristen und Berichte an\nParlamente und Regierungen beider Staaten.\n",
            )
            .point_count(),
            1
        );
        // `Первый шаг к миру…` is prose; `Перший пункт передбачає…` numbers a point.
        assert!(
            labels("Переговоры\n\nПервый шаг к миру был сделан в среду.\n\nВторой шаг эксперты ожидают в июне.\n\nТретий шаг пока никто не обсуждает.\n")
                .iter()
                .all(|l| l.starts_with('¶'))
        );
        // A long run of Arabic-script digits is no number.
        assert_eq!(super::eastern_arabic_number("١٢٣٤٥٦٧٨٩٠١٢"), None);
        // A citation's `p. 12` alone on a wrapped line stays text.
        assert!(!super::page_number_line("p. 12"));
        assert!(super::page_number_line("p. 2 of 9"));
    }

    #[test]
    fn quoted_and_bulleted_numbers_are_the_points() {
        // A reply that quotes the points: the reply's own `Point 3 – …` refers to them.
        let d = Draft::from_text(
            "t",
            "Subject: Re: points\n\nComments inline.\n\nOn Monday Mark wrote:\n> Here are the points:\n>\n> 1. Sovereignty is reaffirmed.\n> 2. A pact is signed.\n> 3. The army is capped.\n>\n> Let me know.\n\nPoint 3 – check the number.\nPoint 5 – still disputed.\n",
        );
        assert_eq!(
            label_texts(&d),
            [
                ("1", "Sovereignty is reaffirmed."),
                ("2", "A pact is signed."),
                ("3", "The army is capped.")
            ]
        );
        // A bullet before each number or keyword.
        for text in [
            "Plan\n\n  • 1. Sovereignty is confirmed.\n  • 2. A pact is signed.\n  • 3. The army is capped.\n",
            "Plan\n\n- Proposal 1: Sovereignty is confirmed.\n- Proposal 2: A pact is signed.\n- Proposal 3: The army is capped.\n",
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(fixture_labels(&d).len(), 3, "{text}");
            assert!(
                !d.numbered().next().unwrap().1.label.starts_with('•'),
                "{text}"
            );
            assert_eq!(
                d.numbered().next().unwrap().1.text,
                "Sovereignty is confirmed."
            );
        }
        // One such item among plain bullets leaves them bullets.
        assert_eq!(
            labels(
                "Plan\n\n- Proposal 1: Kyiv is neutral.\n- Guarantees exclude Crimea.\n- No foreign bases.\n- EU accession is backed.\n"
            ),
            ["•1", "•2", "•3", "•4"]
        );
        // A page's `SKIP ADVERTISEMENT`, even once, is furniture.
        let d = Draft::from_text(
            "t",
            "Plan\n\n1. Sovereignty is confirmed.\n\nSKIP ADVERTISEMENT\n\n2. A pact is signed.\n\n3. The army is capped.\n",
        );
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        assert_eq!(d.layout.left_out.len(), 1);
    }

    #[test]
    fn a_dateline_above_the_points_heads_none_of_them() {
        let d = fixture("dateline-above-points.txt");
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert!(d.numbered().all(|(_, p)| p.section.is_none()));
        assert!(d.preamble.starts_with("10.11.2025"));
        assert!(d.preamble.contains("Unofficial working text"));
        // In a chronicle, whose days head its sections, the first day heads the first points.
        let d = Draft::from_text(
            "t",
            "Chronicle\n\n21 November 2025\n\n1. The plan is handed over in Kyiv.\n\n2. Talks are set for Geneva.\n\n23 November 2025\n\n3. The delegations meet in Geneva.\n",
        );
        let sections: Vec<Option<&str>> = d.numbered().map(|(_, p)| p.section.as_deref()).collect();
        assert_eq!(
            sections,
            [
                Some("21 November 2025"),
                Some("21 November 2025"),
                Some("23 November 2025")
            ]
        );
        for line in [
            "10.11.2020",
            "21 листопада 2025 року",
            "SATURDAY, 24 SEPTEMBER 2022, 00:12",
        ] {
            assert!(super::is_dateline(line), "{line}");
        }
        for line in [
            "Article 5",
            "2025 Budget",
            "May 2025 talks collapse",
            "Section 12",
        ] {
            assert!(!super::is_dateline(line), "{line}");
        }
    }

    #[test]
    fn a_list_whose_bullets_were_lost_is_split_per_line() {
        let d = fixture("list-bullets-lost.txt");
        let texts: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        assert_eq!(
            texts[..5],
            [
                "Fighting stops on the whole front at once",
                "Both armies pull back to an agreed line",
                "All prisoners exchanged within two weeks",
                "Civilians may leave through open corridors",
                "A joint commission reports every month",
            ]
        );
        // The lead that announces them is the preamble.
        assert_eq!(texts.len(), 6);
        assert!(d.preamble.ends_with("written for tests):"));
        // A first line that is a sentence, then the lead, over items one per line.
        let d = Draft::from_text(
            "t",
            "The president announced a proposal to end the war.\nHere are some of the points:\nFighting stops immediately\nTroops withdraw to an agreed line\nAll hostages are released within 72 hours\nAid flows in at once\n",
        );
        assert_eq!(d.point_count(), 4);
        assert!(d.preamble.starts_with("The president announced"));
        // A paragraph ending with a colon that opens the text's only list of two is text.
        assert_eq!(
            Draft::from_text(
                "t",
                "Note\n\nThe parties agreed, after a long night of talks in the capital, on the following two things:\n\nA ceasefire.\n\nTalks.\n"
            )
            .point_count(),
            3
        );
        // A wiki's citation marks do not hide a sentence's end.
        let d = Draft::from_text(
            "t",
            "Provisions\nThe draft contained these provisions:[12]\nSovereignty would be confirmed.[13]\nNATO would not expand further.[15][16]\nThe army would be capped.[13]\n",
        );
        assert_eq!(d.point_count(), 3);
        assert_eq!(d.preamble, "The draft contained these provisions:[12]");
        // Hard-wrapped prose breaks mid-sentence, its next lines mostly in small letters;
        // German capitals on its nouns do not make it a list.
        for text in [
            "Note\n\nThe parties agreed that the monitoring mission would report to both\ngovernments every month, and that its findings would be published on\nthe website of the mediator within ten days of each report, except where\nthe findings concern the safety of observers.\n",
            "Hinweis\n\nDie Parteien vereinbaren, dass die Beobachtermission beiden Regierungen\nmonatlich berichtet und dass ihre Befunde auf der Website des Vermittlers\nBinnen zehn Tagen veröffentlicht werden, ausgenommen Befunde, welche die\nSicherheit der Beobachter betreffen, sowie Angaben über deren Standorte.\n",
        ] {
            assert_eq!(Draft::from_text("t", text).point_count(), 1, "{text}");
        }
    }

    #[test]
    fn a_date_with_a_dot_after_the_day_is_no_point() {
        let d = Draft::from_text(
            "t",
            "Friedensplan\n21. November 2025, 14:32 Uhr\nWir dokumentieren die Kernpunkte (inoffiziell).\n1. Die Souveränität wird bestätigt.\n2. Ein Nichtangriffsabkommen wird geschlossen.\n3. Die Armee wird begrenzt.\n\nAktualisiert am\n24. November 2025 um 09:15 Uhr\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert!(d.preamble.starts_with("21. November 2025"));
        assert_eq!(
            d.points.last().unwrap().text,
            "Aktualisiert am\n24. November 2025 um 09:15 Uhr"
        );
        // A point that starts with a month, with more to say, is a point.
        assert_eq!(
            labels(
                "Plan\n\n1. March talks resume in Geneva.\n2. May elections are held.\n3. June ends it.\n"
            ),
            ["1", "2", "3"]
        );
    }

    #[test]
    fn numbers_alone_on_their_lines_take_the_text_below() {
        let d = fixture("numbers-alone.txt");
        assert_eq!(
            label_texts(&d),
            [
                (
                    "1",
                    "The sovereignty of the country is confirmed by every signatory."
                ),
                (
                    "2",
                    "A non-aggression agreement is concluded between the two states and the mediators."
                ),
                ("3", "The armed forces are kept at 800,000 in peacetime."),
                (
                    "4",
                    "Security guarantees are given by the partners and approved by their parliaments."
                ),
                ("5", "Reconstruction is funded from a joint fund."),
            ]
        );
        assert!(d.preamble.starts_with("Unofficial working text"));
        // No blank lines, under a title.
        assert_eq!(
            labels(
                "Що передбачає план\n1\nСуверенітет країни підтверджено.\n2\nУгоду про ненапад укладено.\n3\nГарантії безпеки надано.\n"
            ),
            ["1", "2", "3"]
        );
        // Two are not a list; page numbers of a converted PDF break sentences; figures of
        // a table start nowhere near 1 and have no sentence above.
        for text in [
            "T\n\n1\nOne thing.\n\n2\nAnother thing.\n",
            "T\n\nThe ministries meet once a quarter to review\n1\nthe plan of works. Then\n2\nthey report to the parliament of each\n3\ncountry in June.\n",
            "Results by region\n\nRegion\nNorth\n12\nSouth\n13\nEast\n14\nWest\n",
        ] {
            assert!(
                labels(text).iter().all(|l| l.starts_with('¶')),
                "{text:?}: {:?}",
                labels(text)
            );
        }
    }

    #[test]
    fn the_first_point_glued_to_the_lead_in_is_a_point() {
        let d = fixture("glued-to-lead-in.txt");
        let (_, one) = d.numbered().next().unwrap();
        assert_eq!(
            d.numbered()
                .map(|(_, p)| p.label.as_str())
                .collect::<Vec<_>>(),
            ["1", "2", "3", "4"]
        );
        assert!(one.text.starts_with("Сторони, що підписують угоду"));
        assert!(d.source[one.range.clone()].starts_with("1. Сторони"));
        let preamble = d.points.iter().find(|p| p.kind == PointKind::Preamble);
        assert!(
            preamble
                .unwrap()
                .text
                .ends_with("Ось що в ньому передбачено:")
        );
        assert!(d.layout.reason.contains("1 found glued"));
        // A list that starts at 1 on its own line leaves the lead-in whole, and a lead-in
        // is only split at the number just before the list's first.
        assert_eq!(
            labels("T\nIt says: 1. One.\n1. One.\n2. Two.\n"),
            ["1", "2"]
        );
        assert_eq!(
            labels("T\nIt says: 1. One.\n3. Three.\n4. Four.\n"),
            ["3", "4"]
        );
    }

    #[test]
    fn roman_numbered_headings_between_points_head_sections() {
        for (file, headings) in [
            (
                "roman-sections.txt",
                [
                    "I. GENERAL PROVISIONS",
                    "II. WATER USE",
                    "III. Final provisions",
                ],
            ),
            (
                "roman-sections-uk.txt",
                [
                    "І. ЗАГАЛЬНІ ПОЛОЖЕННЯ",
                    "ІІ. Фінансування",
                    "ІV. ПРИКІНЦЕВІ ПОЛОЖЕННЯ",
                ],
            ),
        ] {
            let d = fixture(file);
            let found: Vec<&str> = d.layout.headings.iter().map(|h| h.text.as_str()).collect();
            assert_eq!(found, headings, "{file}");
            let sections: Vec<(&str, &str)> = d
                .numbered()
                .map(|(_, p)| (p.label.as_str(), p.section.as_deref().unwrap_or("")))
                .collect();
            assert_eq!(
                sections,
                [
                    ("1", headings[0]),
                    ("2", headings[0]),
                    ("3", headings[1]),
                    ("4", headings[1]),
                    ("5", headings[2]),
                ],
                "{file}"
            );
            // No heading is left at the end of the point before it.
            assert!(
                d.numbered().all(|(_, p)| !p.text.contains(headings[1])),
                "{file}"
            );
        }
        // Lower-case Roman sub-items stay inside their point.
        let d = fixture("roman-sections.txt");
        let three = &d.numbered().nth(2).unwrap().1.text;
        assert!(three.contains("\ni. the minimum flow") && three.contains("\nii. the other party"));
    }

    #[test]
    fn a_draft_quoted_by_a_page_is_its_points_and_the_page_text_after_is_the_closing() {
        let d = fixture("quoted-draft.txt");
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6", "7"]);
        let points: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        // The quotation marks are the page's: the first point starts, and the last ends,
        // with the draft's own words.
        assert!(points[0].starts_with("A full ceasefire"));
        assert_eq!(
            points[6],
            "All foreign armed units and mercenaries leave the area."
        );
        // A quotation inside a point is the point's.
        assert!(points[5].ends_with("\"all for all\"."));
        let closing = d.points.last().unwrap();
        assert_eq!(closing.kind, PointKind::Closing);
        assert!(closing.text.starts_with("The leaders also backed"));
        // The page's invitation to read another article is left out.
        assert!(closing.text.ends_with("separate declaration."));
        assert_eq!(d.layout.left_out.len(), 1);
        // Guillemets, the quote closing after a quotation of its own.
        let d = Draft::from_text(
            "t",
            "Текст документа\nНаводимо повний текст.\n«1. Припинення вогню.\n2. Відведення озброєнь.\n3. Обмін полоненими за принципом «всіх на всіх».»\nДокумент підписали вночі.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        let last = d.numbered().last().unwrap().1;
        assert_eq!(last.text, "Обмін полоненими за принципом «всіх на всіх».");
        assert_eq!(d.points.last().unwrap().text, "Документ підписали вночі.");
        // Unquoted, a last point ending in a quotation keeps its next line (here, as other
        // points have more than one paragraph).
        let d = Draft::from_text(
            "t",
            "Plan\n\n1. A ceasefire.\n2. Guns pulled back.\nThe mission verifies it.\n3. Prisoners exchanged \"all for all.\"\nThe exchange is overseen by the Red Cross.\n",
        );
        assert!(
            d.numbered()
                .last()
                .unwrap()
                .1
                .text
                .ends_with("by the Red Cross.")
        );
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
        // An amending law quotes the new wording of an article after its own first point:
        // that quotation is a point's text, not a point.
        assert_eq!(
            labels(
                "Закон\n\n1. Статтю 4 викласти в такій редакції:\n«1. Оборона держави покладається на уряд.»;\nчастину другу виключити.\n\n2. Статтю 5 доповнити частиною такого змісту:\n«4. Уряд щороку звітує про оборону.».\n\n3. Статтю 6 виключити.\n\n4. Цей Закон набирає чинності з дня опублікування.\n"
            ),
            ["1", "2", "3", "4"]
        );
        // Each point quoted on its own; and English quoting of several paragraphs, each
        // opening with a mark and the last closing: the marks are the page's, the text
        // after the last is the closing.
        for text in [
            "Memo\n\nThe ministry listed:\n\n\"1. A ceasefire along the whole line.\"\n\n\"2. An exchange of all prisoners.\"\n\n\"3. Elections within 100 days.\"\n\nKyiv has not replied.\n",
            "Memo\n\nThe ministry listed:\n\n\"1. A ceasefire along the whole line.\n\n\"2. An exchange of all prisoners. Its motto: \"all for all\"\nIt is overseen by the Red Cross.\n\n\"3. Elections within 100 days.\"\n\nKyiv has not replied.\n",
        ] {
            let d = Draft::from_text("t", text);
            assert_eq!(fixture_labels(&d), ["1", "2", "3"], "{text}");
            assert_eq!(
                d.numbered().last().unwrap().1.text,
                "Elections within 100 days."
            );
            assert_eq!(d.points.last().unwrap().text, "Kyiv has not replied.");
        }
        // A quotation inside the last point does not close the draft's: its next lines stay.
        let d = Draft::from_text(
            "t",
            "Statement\n\nIt reads:\n\n\"1. Peace is the aim.\n2. Prisoners are exchanged.\n3. The sides call it \"all for all.\"\nThe exchange ends within a month.\nThe sides report to the group.\"\n\nIt is signed next week.\n",
        );
        assert!(
            d.numbered()
                .last()
                .unwrap()
                .1
                .text
                .ends_with("The sides report to the group.")
        );
        assert_eq!(d.points.last().unwrap().text, "It is signed next week.");
    }

    #[test]
    fn letters_and_roman_numerals_number_a_draft_with_no_numbers() {
        let d = fixture("roman-points.txt");
        assert_eq!(
            fixture_labels(&d),
            ["I", "II", "III", "IV", "V", "VI", "VII"]
        );
        let two = &d.numbered().nth(1).unwrap().1.text;
        assert!(two.starts_with("Refraining from the threat"));
        assert!(d.layout.scheme.contains("Roman numerals"));
        assert_eq!(d.points.last().unwrap().kind, PointKind::Closing);
        // Ukrainian letters, with `Ґ` after `Г`; the place and date after are the closing.
        let d = fixture("lettered-points-uk.txt");
        assert_eq!(fixture_labels(&d), ["А", "Б", "В", "Г", "Ґ"]);
        assert_eq!(d.points.last().unwrap().text, "Женева, 29 січня");
        // A council's `Decides,` over `(a)`…`(c)`; Russian letters run on without `Ґ`.
        let d = Draft::from_text(
            "t",
            "Resolution\nThe Council,\nDecides,\n(a) To renew the mandate for six months;\n(b) To request a report;\n(c) To remain seized of the matter.\n",
        );
        assert_eq!(fixture_labels(&d), ["a", "b", "c"]);
        assert_eq!(
            labels(
                "Решение\n\nА. Огонь прекращается немедленно.\n\nБ. Вооружения отводятся от линии.\n\nВ. Пленные обмениваются всех на всех.\n\nГ. Участники получают амнистию.\n\nД. Выборы проходят осенью.\n\nЕ. Границу контролирует государство.\n\nЖ. Иностранные формирования выводятся.\n\nЗ. Проводится конституционная реформа.\n\nИ. Местные выборы назначаются законом.\n\nК. Работа групп активизируется.\n"
            ),
            ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К"]
        );
        // Two letters may be chance; a lettered list inside a draft of paragraphs is a part
        // of its paragraph.
        assert_eq!(
            labels(
                "Note\n\nA. Smith wrote the first part.\n\nB. Jones wrote the rest of it.\n\nThe editors checked both.\n"
            ),
            pilcrows(3)
        );
        let d = Draft::from_text(
            "t",
            "Lease terms\n\nThe flat is let for one year from 1 May.\n\nThe tenant shall:\na) pay the rent on the first day of each month;\nb) keep the flat clean;\nc) allow an inspection twice a year.\n\nThe landlord repairs the heating.\n\nEither party may end the lease with two months notice.\n",
        );
        assert_eq!(fixture_labels(&d), pilcrows(4));
        assert!(
            d.numbered()
                .nth(1)
                .unwrap()
                .1
                .text
                .contains("\nb) keep the flat clean;")
        ); // Nor are these lettered drafts: a long lettered list between paragraphs, names
        // with their initials, prose wrapped before `I.`, chapters numbered in Roman.
        for text in [
            "Lease\n\nThe flat is let for a year.\n\nRent is paid monthly.\n\nThe deposit is one month.\n\nThe tenant shall:\na) pay on time;\nb) keep it clean;\nc) allow inspections;\nd) not sublet it;\ne) report damage;\nf) return the keys.\n\nThe landlord repairs the heating.\n\nNotice is two months.\n\nDisputes go to the court.\n",
            "Signed by\n\nА. Коваленко\n\nБ. Шевченко\n\nВ. Мельник\n\nГ. Бондар\n",
            "Waterways\n\nThe Parties shall keep the waterways listed in Annex\nI. navigable all year and free of obstacles.\n\nThey shall report on the ports in Annex\nII. every year to the Commission.\n\nThey shall dredge the channels in Annex\nIII. as the Commission decides.\n",
            "Statute\n\nI. Purpose\n\nThe universities cooperate in teaching.\n\nII. Members\n\nAny accredited university may join.\n\nIII. Bodies\n\nA council of rectors meets yearly.\n",
        ] {
            let d = Draft::from_text("t", text);
            assert!(
                d.layout.scheme.contains("paragraph"),
                "{text}: {}",
                d.layout.scheme
            );
        }
    }

    #[test]
    fn a_web_pages_furniture_is_left_out_of_the_points_and_listed() {
        let d = fixture("web-page-furniture.txt");
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5", "6"]);
        assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
        let left: Vec<(usize, &str)> = d
            .layout
            .left_out
            .iter()
            .map(|l| (l.line, l.text.as_str()))
            .collect();
        assert_eq!(
            left,
            [
                (2, "By A. Reporter (Photo: Agency)"),
                (10, "Advertisement"),
                (14, "Read also: How the talks in Geneva went"),
                (18, "Story continues below advertisement"),
                (
                    22,
                    "Troops at a training ground, November 2025. (AP Photo/Staff)"
                ),
            ]
        );
        let points: Vec<&str> = d.numbered().map(|(_, p)| p.text.as_str()).collect();
        assert_eq!(
            points[4],
            "Security guarantees are given by the United States and European states."
        );
        // A line that only starts like furniture is the draft's (here its closing).
        assert!(
            d.points
                .last()
                .unwrap()
                .text
                .starts_with("Related provisions:")
        );
        // Ukrainian: an announcement whose headline is on the next line, and a credit.
        let d = Draft::from_text(
            "t",
            "План\n\nПункт 1\n\nСуверенітет підтверджено.\n\nРеклама\n\nПункт 2\n\nУгода про ненапад.\n\nЧитайте також:\nЩо змінилося в плані\n\nПункт 3\n\nГарантії безпеки.\n\nІлюстративне фото / © Агенція\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert!(d.layout.headings.is_empty(), "{:?}", d.layout.headings);
        assert_eq!(d.layout.left_out.len(), 4);
        assert_eq!(d.numbered().nth(2).unwrap().1.text, "Гарантії безпеки.");
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
        // A draft's own lines that look like furniture stay: one `Реклама` heading in an
        // election law (a page shows its furniture more than once), a `Photo:` requirement
        // with figures, `photo/video` in a sentence, a lone `Read also:` whose headline was
        // lost before a section heading.
        let d = Draft::from_text(
            "t",
            "Закон\n\nАгітація\n\n1. Агітація починається з реєстрації.\n\nРеклама\n\n2. Політична реклама оплачується з фонду.\n",
        );
        assert_eq!(d.layout.headings.len(), 2);
        assert!(d.layout.left_out.is_empty());
        let d = Draft::from_text(
            "t",
            "Visa rules\n\nAdvertisement\n\n1. Applicants bring a passport.\nPhoto: 35 x 45 mm, colour, taken within six months.\n\n2. Evidence may include photo/video recordings (see Annex 2)\nand witness statements.\n\nRead also:\n\nHumanitarian issues\n\n3. Prisoners are exchanged.\n\nStory continues below advertisement\n",
        );
        let left: Vec<&str> = d.layout.left_out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            left,
            [
                "Advertisement",
                "Read also:",
                "Story continues below advertisement"
            ]
        );
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .contains("Photo: 35 x 45 mm")
        );
        assert!(d.numbered().nth(1).unwrap().1.text.contains("photo/video"));
        assert_eq!(
            d.numbered().nth(2).unwrap().1.section.as_deref(),
            Some("Humanitarian issues")
        );
    }

    #[test]
    fn a_treatys_closing_formula_and_signatures_are_the_closing_not_the_last_article() {
        let d = fixture("treaty-closing-formula.txt");
        assert_eq!(
            fixture_labels(&d),
            ["Article 1", "Article 2", "Article 3", "Article 4"]
        );
        // The last article keeps its own paragraphs.
        let four = &d.numbered().last().unwrap().1.text;
        assert!(four.ends_with("unless a Party objects."), "{four}");
        let closing = d.points.last().unwrap();
        assert_eq!(closing.kind, PointKind::Closing);
        assert!(closing.text.starts_with("Done at Vienna on 3 March"));
        assert!(closing.text.ends_with("For the second Party"));
        // Ukrainian, right under the last point of a numbered list.
        let d = Draft::from_text(
            "t",
            "Угода\n\n1. Сторони співпрацюють.\nСпівпраця охоплює енергетику.\n\n2. Угода набирає чинності з дня підписання.\nВчинено в м. Києві 3 березня у двох примірниках.\nЗа Першу Сторону\n",
        );
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "Угода набирає чинності з дня підписання."
        );
        assert!(
            d.points
                .last()
                .unwrap()
                .text
                .starts_with("Вчинено в м. Києві")
        );
        // A wrapped line that starts with the same words is the article's.
        let d = Draft::from_text(
            "t",
            "Treaty\n\nArticle 1\nThe Parties cooperate.\n\nArticle 2\nThe demining work shall be\ndone in stages agreed each year.\n",
        );
        assert!(
            d.numbered()
                .last()
                .unwrap()
                .1
                .text
                .ends_with("agreed each year.")
        );
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
        // Words that open a formula but name no place or originals, or quote a formula as
        // new wording, are the point's.
        for last in [
            "3. Digitise the land records.\nDone in 18 of 24 regions; the rest by the end of the year.\n",
            "3. The inspection is recorded.\nDone in accordance with the standards, the record is signed by both.\n",
            "3. Порушення фіксується.\nВчинено в стані сп'яніння, воно карається вдвічі.\n",
            "3. The final formula is replaced by the following:\nDone at Geneva on the date below, in English and French.\n",
        ] {
            let d = Draft::from_text(
                "t",
                &format!("Plan\n\n1. One thing.\nIts detail.\n\n2. Another thing.\n\n{last}"),
            );
            assert!(
                d.points.iter().all(|p| p.kind != PointKind::Closing),
                "{last}"
            );
        }
    }

    #[test]
    fn numbers_with_a_dash_or_colon_are_points_when_they_run_on() {
        let d = fixture("dash-numbers-uk.txt");
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4", "5"]);
        assert!(
            d.numbered()
                .nth(2)
                .unwrap()
                .1
                .text
                .ends_with("місія з 10 – 15 країн.")
        );
        assert_eq!(
            labels(
                "Points\n1- The fighting stops.\n2- The area is demilitarised.\n3- Aid enters.\n"
            ),
            ["1", "2", "3"]
        );
        assert_eq!(
            labels(
                "Points\n1: The fighting stops.\n2: The area is demilitarised.\n3: Aid enters.\n"
            ),
            ["1", "2", "3"]
        );
        // Two such lines in prose are not a list, nor are times and ranges; numbered points
        // keep a wrapped line that starts with a range as their text.
        assert_eq!(
            labels(
                "Report\n\n15 – 20 people came to the first meeting of the group.\n\n30 – 40 came to the second one, held a week later.\n"
            ),
            pilcrows(2)
        );
        assert_eq!(
            texts(
                "Plan\n\n1. The mission is staffed by\n10 – 15 countries.\n2. Talks start.\n3. Aid enters.\n"
            )[0],
            "The mission is staffed by 10 – 15 countries."
        );
    }

    #[test]
    fn a_point_whose_number_lost_its_dot_is_found_between_its_neighbours() {
        let d = Draft::from_text(
            "t",
            "Plan\n\n8. No troops are stationed.\n\n9. Jets stay in the neighbouring country.\n\n10 [There will be] a guarantee like Article 5;\n\n11. The country may join the Union.\n",
        );
        assert_eq!(fixture_labels(&d), ["8", "9", "10", "11"]);
        assert!(
            d.numbered()
                .nth(2)
                .unwrap()
                .1
                .text
                .starts_with("[There will be] a guarantee")
        );
        assert_eq!(
            labels(
                "Plan\n1. Independence is confirmed.\n2. A pact is signed.\n3, The alliance does not expand.\n4. The army is capped.\n5 The country gets guarantees.\n6. Elections are held.\n"
            ),
            ["1", "2", "3", "4", "5", "6"]
        );
        // A figure at the start of a wrapped line, or one the numbers around do not leave
        // out, is text.
        assert_eq!(
            texts(
                "Plan\n\n1. The army is capped at\n800 Thousand soldiers.\n2. Talks start.\n3. Aid enters.\n"
            )[0],
            "The army is capped at 800 Thousand soldiers."
        );
        assert_eq!(
            labels(
                "Plan\n\n1. One.\n\n2. Two.\n\n7 Days after signature, talks start.\n\n3. Three.\n"
            ),
            ["1", "2", "3"]
        );
        // A zero is no point's number (and has no number before it).
        assert_eq!(
            labels("Plan\n\n1. One.\n\n0 Casualties were reported.\n\n2. Two.\n"),
            ["1", "2"]
        );
    }

    #[test]
    fn a_bold_label_and_title_leave_no_markup_in_the_text() {
        assert_eq!(
            texts(
                "Plan\n\n**Point 1: Sovereignty.** The independence is confirmed.\n\n**Point 2: Non-aggression.** A pact is concluded.\n\n**Point 3.** Aid enters, **as agreed**.\n"
            ),
            [
                "Sovereignty. The independence is confirmed.",
                "Non-aggression. A pact is concluded.",
                "Aid enters, as agreed."
            ]
        );
    }

    #[test]
    fn a_list_run_into_one_line_is_split_at_its_numbers() {
        let d = Draft::from_text(
            "t",
            "Summary\nReporters saw the text, which says: 1. Independence is confirmed. 2. A pact is signed. 3. The army is capped at 600,000 troops. 4. Elections follow.\nThe text may change.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3", "4"]);
        assert_eq!(
            d.numbered().nth(2).unwrap().1.text,
            "The army is capped at 600,000 troops."
        );
        assert_eq!(d.preamble, "Reporters saw the text, which says:");
        assert_eq!(d.points.last().unwrap().text, "The text may change.");
        assert_eq!(
            labels(
                "Рішення\nУчасники домовилися: 1) припинити вогонь; 2) відвести техніку; 3) обміняти полонених.\n"
            ),
            ["1", "2", "3"]
        );
        // Inside one paragraph of a longer text, or with two numbers only, it stays.
        let letter = "Letter\n\nDear colleagues, thank you for the meeting.\n\nWe propose: 1) a ceasefire; 2) an exchange; 3) talks.\n\nWe hope to hear from you.\n\nThe minister will call.\n\nWith regards.\n";
        assert_eq!(labels(letter), pilcrows(5));
        assert_eq!(
            labels("Note\nThey agreed: 1. A ceasefire. 2. An exchange.\n"),
            pilcrows(1)
        );
    }

    #[test]
    fn the_new_layout_rules_leave_ordinary_drafts_alone() {
        // A date or a footnote after the last point is not a mistyped next point, nor is a
        // count under a point that announces a list.
        for text in [
            "Plan\n\n8. Troops leave.\n\n9. Sanctions are lifted.\n\n10 December 2025\nSigned in Vilnius\n",
            "Plan\n\n1. One thing.\n\n2. The force is made up of:\n3 European brigades on the ground;\n2 air wings.\n",
        ] {
            let d = Draft::from_text("t", text);
            let last = d
                .points
                .iter()
                .rev()
                .find(|p| p.kind == PointKind::Point)
                .unwrap();
            assert!(last.label != "10" && last.label != "3", "{text}");
        }
        // Years with a dash are figures, not numbers of points; a wrapped `5 – 10 countries`
        // inside a dash list is text.
        let years = "Budget\n\n2025 – 5 million for design;\n2026 – 40 million for works;\n2027 – 30 million for works;\n2028 – 2 million for audit.\n";
        assert!(
            Draft::from_text("t", years)
                .layout
                .scheme
                .contains("paragraph")
        );
        assert_eq!(
            labels(
                "Plan\n1 – A ceasefire on the whole line.\n2 – An exchange of prisoners.\n3 – A mission, to be joined by\n5 – 10 countries of Europe.\n4 – Guarantees for Ukraine.\n5 – Sanctions eased in steps.\n"
            ),
            ["1", "2", "3", "4", "5"]
        );
        // A document requirement and a pull quote are the draft's; one announcement with its
        // headline is one piece of furniture, not two.
        let d = Draft::from_text(
            "t",
            "Documents\n\n1. A passport.\nФото: кольорове, на білому тлі.\n\n2. A residence card (photo: both sides)\n\nДивіться також:\nДодаток 1 до цих правил\n\n3. A tax number.\n",
        );
        assert!(d.layout.left_out.is_empty(), "{:?}", d.layout.left_out);
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .contains("Фото: кольорове")
        );
        let d = Draft::from_text(
            "t",
            "What the draft says\n\n\"1. Sovereignty is confirmed\" – the new draft opens with these words.\n\n1. Sovereignty is confirmed.\n2. A pact is signed.\n3. Elections follow.\n\nThe Kremlin has not commented.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert!(
            d.preamble
                .starts_with("\"1. Sovereignty is confirmed\" – the new draft")
        );
        // Status text that starts like a closing formula stays in its point.
        let d = Draft::from_text(
            "t",
            "Plan\n\n1. Repair schools.\nStatus: in progress.\n\n2. Digitise the land records.\nDone in Kharkiv and Odesa; the other regions follow in 2026.\nFunding comes from the state budget.\n",
        );
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
        // An acting head's signature (`В. о.`) is not a lettered point; `1.` under each of
        // several sections keeps its number.
        assert_eq!(
            labels(
                "Рішення\n\nА. Раду скликають щороку в березні.\n\nБ. Рада ухвалює звіт більшістю голосів.\n\nВ. о. Голови ради І. Петренко\n"
            ),
            pilcrows(3)
        );
        assert_eq!(
            labels(
                "# Law\n\n## Part I\n\n1. One thing is done.\n\n## Part II\n\n1. Another is done.\n\n## Part III\n\n1. A third is done.\n"
            ),
            ["1", "1", "1"]
        );
        // Ukrainian and Russian close a quotation before the full stop: each point quoted so
        // loses the page's mark.
        assert_eq!(
            texts(
                "План\n\nВидання наводить пункти:\n\n«1. Суверенітет підтверджено».\n\n«2. Укладається угода про ненапад».\n\n«3. Україна отримує гарантії безпеки».\n"
            )[2],
            "Україна отримує гарантії безпеки."
        );
    }

    #[test]
    fn the_parts_of_an_amended_articles_new_wording_are_text_of_their_point() {
        let d = Draft::from_text(
            "t",
            "Закон\n\n1. Статтю 4 викласти в такій редакції:\n«Стаття 4. Оборона\n1. Оборона держави покладається на уряд.\n2. Порядок визначає закон.».\n\n2. Статтю 5 виключити.\n\n3. Цей Закон набирає чинності з дня опублікування.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .contains("2. Порядок визначає закон.")
        );
        // One quoted part before the law's own numbers is not a quoted draft.
        let d = Draft::from_text(
            "t",
            "Закон\n\nВерховна Рада постановляє:\n\nI. Частину першу статті 6 викласти в такій редакції:\n«1. Уряд щороку звітує про стан оборони.»\n\nII. Прикінцеві положення\n1. Цей Закон набирає чинності з дня опублікування.\n2. Уряду привести свої акти у відповідність.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2"]);
        assert!(d.numbered().next().unwrap().1.text.starts_with("Цей Закон"));
        // As the Rada's site prints a bill: blank lines between paragraphs, the new wording in
        // straight quotes or opening on its own number.
        for (open, close) in [("\"Стаття 5. Облік.\n\n1.", "\";"), ("«1.", "»;")] {
            let bill = format!(
                "Закон\n\n1. У Законі \"Про облік\":\n\n1) статтю 5 викласти в такій редакції:\n\n\
                 {open} Облік ведеться в реєстрі.\n\n2. Дані оновлюються щомісяця{close}\n\n\
                 2) статтю 9 виключити.\n\n2. Цей Закон набирає чинності з дня опублікування.\n"
            );
            let d = Draft::from_text("t", &bill);
            assert_eq!(fixture_labels(&d), ["1", "2"], "{open}");
            assert!(
                d.numbered()
                    .next()
                    .unwrap()
                    .1
                    .text
                    .contains("2. Дані оновлюються")
            );
        }
    }

    #[test]
    fn zero_width_characters_do_not_hide_the_numbers() {
        let d = Draft::from_text(
            "t",
            "Plan\n\n\u{200b}1. Sovereignty is confirmed.\n\u{200b}2. A pact is\u{2060} signed.\n\u{feff}3. Aid enters.\n",
        );
        assert_eq!(fixture_labels(&d), ["1", "2", "3"]);
        assert_eq!(d.numbered().nth(1).unwrap().1.text, "A pact is signed.");
        assert!(!d.source.contains('\u{200b}'));
    }

    #[test]
    fn a_markdown_list_numbered_all_ones_is_numbered_as_rendered() {
        assert_eq!(
            labels(
                "# Terms\n\n1. Fighting stops.\n1. Weapons move back.\n1. Observers monitor.\n1. Talks begin.\n"
            ),
            ["1", "2", "3", "4"]
        );
        // A draft whose points start again at 1 under each section keeps its numbers.
        assert_eq!(
            labels("Plan\n\nSection A\n\n1. One.\n2. Two.\n\nSection B\n\n1. Three.\n2. Four.\n"),
            ["1", "2", "1", "2"]
        );
    }

    #[test]
    fn text_after_the_list_is_the_closing_not_the_last_point() {
        let d = fixture("text-after-the-list.txt");
        let four = d.numbered().last().unwrap().1;
        assert_eq!(four.label, "4");
        assert_eq!(
            four.text,
            "Elections are held as soon as possible after signature."
        );
        assert!(d.source[four.range.clone()].ends_with("after signature."));
        let closing = d.points.last().unwrap();
        assert_eq!(
            (closing.kind, closing.label.as_str()),
            (PointKind::Closing, "Closing")
        );
        assert!(
            closing
                .text
                .starts_with("The text now goes to the other side")
        );
        assert!(closing.text.ends_with("remains the hardest point."));
        assert_eq!(
            d.layout.left_out[0].text,
            "Read more: what the allies said about the revised plan"
        );
        assert!(d.source[closing.range.clone()].starts_with("The text now goes"));
        // `Read more:` heads no point: not a section heading.
        let headings: Vec<&str> = d.layout.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(headings, ["Full text of the revised plan"]);
        // One paragraph per line, no blank lines: the same.
        let d = Draft::from_text(
            "t",
            "Plan\n1. One is agreed.\n2. Two is agreed.\n3. Three is agreed.\nOfficials said the talks go on.\nA reply is due next week.\n",
        );
        assert_eq!(d.numbered().last().unwrap().1.text, "Three is agreed.");
        assert_eq!(
            d.points.last().map(|p| (p.kind, p.text.as_str())),
            Some((
                PointKind::Closing,
                "Officials said the talks go on.\nA reply is due next week."
            ))
        );
        // A signature block right under the last point, no blank line between.
        let d = Draft::from_text(
            "t",
            "MEMORANDUM\n\n1. The parties cooperate on flood warnings.\n2. Each party names a contact office.\n3. This memorandum takes effect on signature.\nFor the Ministry of Environment\nJ. Smith\n",
        );
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "This memorandum takes effect on signature."
        );
        assert_eq!(
            d.points.last().unwrap().text,
            "For the Ministry of Environment\nJ. Smith"
        );
    }

    #[test]
    fn a_last_point_of_several_paragraphs_keeps_them_when_others_have_several_too() {
        let text = "Plan\n\n1. One.\n\nMore on one.\n\n2. Two.\n\nMore on two.\n\n3. Three.\n\nMore on three.\n";
        let d = Draft::from_text("t", text);
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "Three.\nMore on three."
        );
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
        // Sub-items are not paragraphs: they stay in the last point.
        let d = Draft::from_text(
            "t",
            "Plan\n\n1. One.\n\n2. Two.\n\n3. Three:\n\na) first;\n\nb) second.\n",
        );
        assert!(d.numbered().last().unwrap().1.text.ends_with("b) second."));
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    }

    #[test]
    fn the_closing_never_takes_another_points_paragraph() {
        // Keyword lines as section headings, the draft ending in one; point 5 has a second
        // paragraph, point 6 (the last) none: point 6 is whole, and the closing is the last
        // heading line.
        let text = "Plan\n\nSection 1\n1. Один.\n2. Два.\n3. Три.\n\nSection 2\n4. Чотири.\n5. П'ять.\n\nЩе про п'ять.\n6. Шість пунктів погоджено.\n\nSection 3\n";
        let d = Draft::from_text("t", text);
        let six = d.numbered().last().unwrap().1;
        assert_eq!(six.text, "Шість пунктів погоджено.");
        assert!(d.source[six.range.clone()].starts_with("6. Шість"));
        assert_eq!(d.points.last().unwrap().text, "Section 3");
        // Under keyword headings a last article of two paragraphs keeps both.
        let d = Draft::from_text(
            "t",
            "Treaty\n\nArticle 1\nOne.\n\nArticle 2\nTwo.\n\nArticle 3\nThree.\n\nIt may be renewed for six months.\n",
        );
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "Three.\nIt may be renewed for six months."
        );
        assert!(d.points.iter().all(|p| p.kind != PointKind::Closing));
    }

    #[test]
    fn capital_items_under_a_point_are_not_roman_headings() {
        let heads = |text: &str| -> Vec<String> {
            let d = Draft::from_text("t", text);
            d.layout.headings.iter().map(|h| h.text.clone()).collect()
        };
        // After a point that announces a list.
        assert!(
            heads(
                "T\n1. One.\n2. The cargoes are:\nI. Grain\nII. Fertiliser\n3. Three.\n4. Four.\n"
            )
            .is_empty()
        );
        // Letters: `C` is a hundred in Roman numerals, not the third.
        assert!(heads("T\n\n1. One.\n\n2. Measures\n\nA. Export controls\n\nB. Asset freezes\n\nC. Travel bans\n\n3. Three.\n").is_empty());
        // Cyrillic items in small letters stay inside their point.
        let d = Draft::from_text(
            "t",
            "T\n\n1. Один.\n\n2. Вантажі:\n\nІ. зерно\n\nІІ. добрива\n\n3. Три.\n\n4. Чотири.\n",
        );
        assert!(d.layout.headings.is_empty());
        assert!(d.numbered().nth(1).unwrap().1.text.ends_with("ІІ. добрива"));
    }

    #[test]
    fn the_first_point_is_glued_to_the_end_of_the_lead_in() {
        let d = Draft::from_text(
            "t",
            "Decision\n\nUnder Resolution No. 1. the council adopted it. It says: 1. The ceasefire starts.\n2. Prisoners are exchanged.\n3. Talks resume.\n",
        );
        assert_eq!(d.numbered().next().unwrap().1.text, "The ceasefire starts.");
        assert!(d.preamble.ends_with("It says:"));
    }

    #[test]
    fn section_keyword_lines_and_their_titles_head_sections() {
        let d = fixture("section-keywords-with-titles.txt");
        let sections: Vec<(&str, &str)> = d
            .numbered()
            .map(|(_, p)| (p.label.as_str(), p.section.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            sections,
            [
                ("1", "Розділ I ЗАГАЛЬНІ ПОЛОЖЕННЯ"),
                ("2", "Розділ I ЗАГАЛЬНІ ПОЛОЖЕННЯ"),
                ("3", "Розділ II СКЛАД РАДИ"),
                ("4", "Розділ II СКЛАД РАДИ"),
                ("5", "Розділ III ПРИКІНЦЕВІ ПОЛОЖЕННЯ"),
            ]
        );
        // Before, `Розділ II` and `СКЛАД РАДИ` ended point 2's text.
        assert_eq!(
            d.numbered().nth(1).unwrap().1.text,
            "Громадська рада є дорадчим органом."
        );
        // Mid-document headings are not preamble.
        let preamble = d
            .points
            .iter()
            .find(|p| p.kind == PointKind::Preamble)
            .unwrap();
        assert_eq!(preamble.text, "Розділ I\nЗАГАЛЬНІ ПОЛОЖЕННЯ");
        // A Roman heading with a subtitle line under it, no blank line before the point.
        let d = Draft::from_text(
            "t",
            "Plan\n\nI. GENERAL\n1. The parties end hostilities.\n2. The parties exchange prisoners.\n\nII. SECURITY\nGuarantees by partners\n3. Partners guarantee the border.\n",
        );
        assert_eq!(
            d.numbered().nth(1).unwrap().1.text,
            "The parties exchange prisoners."
        );
        assert_eq!(
            d.numbered().nth(2).unwrap().1.section.as_deref(),
            Some("II. SECURITY Guarantees by partners")
        );
        // `Part 2 ...` inside a point's text is text.
        let d = Draft::from_text(
            "t",
            "Plan\n1. One.\n2. Two, as follows:\nPart 2 of Annex I applies to vessels.\n3. Three.\n",
        );
        assert!(d.layout.headings.is_empty());
    }

    #[test]
    fn keyword_lines_inside_a_points_text_are_text() {
        let none = |text: &str| {
            let d = Draft::from_text("t", text);
            assert!(d.layout.headings.is_empty(), "{text}");
            d
        };
        // A wrapped line that starts with the keyword, small or capital.
        let d = none(
            "Закон\n\n1. Внести такі зміни, що\nчастина 2 статті 5 цього Закону викладається в новій\nредакції з дня набрання чинності.\n2. Два.\n3. Три.\n",
        );
        assert!(
            d.numbered()
                .next()
                .unwrap()
                .1
                .text
                .ends_with("з дня набрання чинності.")
        );
        none(
            "Положення\n\n1. Один.\n2. Рада діє на громадських засадах.\nЧастина 1 цього пункту\nне застосовується до тимчасових рад.\n3. Три.\n",
        );
        none(
            "Terms\n\n1. The limits in\nPart 2 of Annex I to all vessels flying their flag\napply from May.\n2. Two.\n3. Three.\n",
        );
        // After a full sentence, over a line with a capital: a reference that wrapped.
        none(
            "Trade\n\n1. One.\n2. Annex A applies from 2027.\nPart 2 of the Agreement between\nUkraine and Poland applies from 2028.\n3. Three.\n4. Four.\n",
        );
        // In a preamble that runs on.
        none(
            "Resolution\n\nThe Assembly, acting under\nChapter 3 of the Charter\nAnd recalling its rules,\n\n1. One.\n2. Two.\n3. Three.\n",
        );
        // Two keyword lines in a row: the second with its title names the section.
        let d = Draft::from_text(
            "t",
            "Положення\n\nРозділ I\nГлава 1\nЗАГАЛЬНІ ПОЛОЖЕННЯ\n1. Один.\n2. Два.\nРозділ II\nГлава 2\n3. Три.\n4. Чотири.\n",
        );
        let sections: Vec<&str> = d
            .numbered()
            .map(|(_, p)| p.section.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(
            sections,
            [
                "Глава 1 ЗАГАЛЬНІ ПОЛОЖЕННЯ",
                "Глава 1 ЗАГАЛЬНІ ПОЛОЖЕННЯ",
                "Глава 2",
                "Глава 2"
            ]
        );
        assert_eq!(d.numbered().nth(1).unwrap().1.text, "Два.");
        // A subtitle in brackets.
        let d = Draft::from_text(
            "t",
            "Regulation\n\nChapter 1\n1. One.\n2. Two.\nChapter 2\n(Repealed)\n3. Three.\n",
        );
        assert_eq!(
            d.numbered().nth(2).unwrap().1.section.as_deref(),
            Some("Chapter 2 (Repealed)")
        );
    }

    #[test]
    fn a_short_tail_is_the_closing_only_when_nothing_else_follows() {
        let last = |text: &str| {
            let d = Draft::from_text("t", text);
            assert!(
                d.points.iter().all(|p| p.kind != PointKind::Closing),
                "{text}"
            );
            d.numbered().last().unwrap().1.text.clone()
        };
        // Names after a colon belong to the point.
        assert!(last("Decision\n\n1. One.\n2. Two.\n3. The following are appointed:\nJohn Smith\nJane Doe\n").ends_with("Jane Doe"));
        // Wrapped text that broke after a sentence.
        assert!(last("M\n\n1. One.\n2. Two.\n3. It takes effect on signature. It lasts five\nyears.\nThe parties may extend it by agreement for\nfurther periods of five years.\n").ends_with("five years."));
        // A point wrapped after a sentence does not keep the closing from the line after
        // the list.
        let d = Draft::from_text(
            "t",
            "M\n\n1. The parties cooperate. They share data.\nEach party pays its own costs\nof doing so.\n2. Two.\n3. Three.\n\nDone in Kyiv on 3 May 2026 in two copies.\n",
        );
        assert_eq!(d.points.last().unwrap().kind, PointKind::Closing);
    }

    #[test]
    fn text_after_a_mid_draft_heading_stays_with_the_point_before() {
        let d = Draft::from_text(
            "t",
            "Plan\n\n1. One is agreed.\n\n2. Two is agreed.\n\nSecurity\n\nThis part was the hardest to agree.\n\n3. Guarantees are given.\n\n4. The army is capped.\n",
        );
        assert!(d.points.iter().all(|p| p.kind != PointKind::Preamble));
        assert_eq!(
            d.numbered().nth(1).unwrap().1.text,
            "Two is agreed.\nThis part was the hardest to agree."
        );
        assert_eq!(
            d.numbered().nth(2).unwrap().1.section.as_deref(),
            Some("Security")
        );
    }

    #[test]
    fn keyword_headings_where_headings_stand() {
        let sections = |text: &str| -> Vec<String> {
            Draft::from_text("t", text)
                .numbered()
                .map(|(_, p)| p.section.clone().unwrap_or_default())
                .collect()
        };
        // A long title in small letters, no blank line around it, right above a point.
        let long = "Chapter 2 Rights and obligations of the parties to the charter agreement";
        assert_eq!(
            sections(&format!(
                "Regulation\n\nChapter 1 General provisions\n1. One.\n2. Two.\n{long}\n3. Three.\n"
            )),
            [
                "Chapter 1 General provisions",
                "Chapter 1 General provisions",
                long
            ]
        );
        // Right under the title, no blank line.
        assert_eq!(
            sections("ПОЛОЖЕННЯ про раду\nРозділ І. Загальні положення\n1. Один.\n2. Два.\n"),
            [
                "Розділ І. Загальні положення",
                "Розділ І. Загальні положення"
            ]
        );
        // Followed by the chapter's introduction, which stays with the point before.
        let d = Draft::from_text(
            "t",
            "ЗАКОН\n\nГлава 1. Общие положения\n1. Один.\n2. Два.\nГлава 2. Полномочия органов\nНастоящая глава определяет полномочия.\n3. Три.\n",
        );
        assert_eq!(
            d.numbered().nth(1).unwrap().1.text,
            "Два.\nНастоящая глава определяет полномочия."
        );
        assert_eq!(
            d.numbered().nth(2).unwrap().1.section.as_deref(),
            Some("Глава 2. Полномочия органов")
        );
    }

    #[test]
    fn the_closing_starts_at_the_first_of_a_paragraph_or_a_signature() {
        // A signature block right under the last point closes the draft, but not when
        // another point has a second paragraph: then the short lines may be the last point's
        // own (a list of sectors or names after a full stop).
        let d = Draft::from_text(
            "t",
            "Decision\n\n1. The budget is approved.\n2. Two.\n3. Three.\n4. Pay rises.\nFor the Board\nChair\n",
        );
        assert_eq!(d.numbered().last().unwrap().1.text, "Pay rises.");
        assert_eq!(d.points.last().unwrap().text, "For the Board\nChair");
        let d = Draft::from_text(
            "t",
            "Decision\n\n1. The plan is approved.\n\nIt covers 2027.\n2. Two.\n3. The fund supports these sectors.\nAgriculture\nEnergy\n",
        );
        assert!(d.numbered().last().unwrap().1.text.ends_with("Energy"));
        // Set off by a blank line, a block of several such lines is the signatures, though a
        // point has a second paragraph (a statement signed by three leaders).
        let d = Draft::from_text(
            "t",
            "Statement

1. The fire stops.

The sides stay where they are.
2. Two.
3. Links reopen.

President of A
Prime Minister of B
",
        );
        assert_eq!(d.numbered().last().unwrap().1.text, "Links reopen.");
        assert_eq!(
            d.points.last().unwrap().text,
            "President of A\nPrime Minister of B"
        );
        // Prose, then a signature, after the last point: all of it is the closing.
        let d = Draft::from_text(
            "t",
            "Decision\n\n1. One.\n2. Two.\n3. The committee meets monthly.\n\nThe Board reviews this in December.\nFor the Board\nChair\n",
        );
        assert_eq!(
            d.numbered().last().unwrap().1.text,
            "The committee meets monthly."
        );
        assert!(
            d.points
                .last()
                .unwrap()
                .text
                .starts_with("The Board reviews this")
        );
    }

    #[test]
    fn editors_comments_stay_in_the_point_they_follow() {
        let d = fixture("editor-comments.txt");
        assert_eq!(
            label_texts(&d),
            [
                (
                    "1",
                    "The ceasefire begins at midnight on the day after signing.\nEditor's note: earlier versions gave no time of day."
                ),
                (
                    "2",
                    "Observers are drawn from neutral states only.\n(Our correspondent adds that two states have already offered staff.)\nComment: the list of states is still under discussion."
                ),
                ("3", "All sanctions are reviewed after six months."),
            ]
        );
    }

    #[test]
    fn numbers_glued_to_bullet_glyphs_are_the_points() {
        let d = Draft::from_text(
            "t",
            "Sea truce\n\nThe points in brief:\n\n•1 Ships stay in port.\n•2. Crews go home.\n●3 Observers check the ports.\n",
        );
        assert_eq!(
            label_texts(&d),
            [
                ("1", "Ships stay in port."),
                ("2", "Crews go home."),
                ("3", "Observers check the ports.")
            ]
        );
        assert_eq!(d.preamble, "The points in brief:");
        // With a space the number is the item's text, and a dash glued to a digit is a minus.
        assert_eq!(labels("T\n\n• 5 million people\n• 7 towns\n"), ["•1", "•2"]);
        assert_eq!(labels("T\n\n-1 degree\n\n-2 degrees\n"), ["¶1", "¶2"]);
    }

    #[test]
    fn a_lead_in_line_before_paragraphs_is_the_preamble() {
        let d = Draft::from_text(
            "t",
            "Town rules\nThe rules in short:\nDogs are walked on a leash in every park of the town.\nOwners clean up after their dogs at once.\nEvery dog is chipped within a month of its birth.\n",
        );
        assert_eq!(d.preamble, "The rules in short:");
        let got: Vec<&str> = d.numbered().map(|(_, p)| p.label.as_str()).collect();
        assert_eq!(got, ["¶1", "¶2", "¶3"]);
    }

    #[test]
    fn a_short_title_after_a_point_number_keeps_its_own_line() {
        let d = Draft::from_text(
            "t",
            "Lease\n\nPoint 1. Rent\nThe rent is paid monthly.\n\nPoint 2. The tenant keeps the flat clean and\nrepairs what he breaks.\n",
        );
        assert_eq!(
            label_texts(&d),
            [
                ("1", "Rent\nThe rent is paid monthly."),
                (
                    "2",
                    "The tenant keeps the flat clean and repairs what he breaks."
                )
            ]
        );
    }

    #[test]
    fn a_first_line_that_is_a_sentence_is_content() {
        let d = fixture("first-line-sentence.txt");
        assert_eq!(d.title, "");
        assert_eq!(fixture_labels(&d), pilcrows(5));
        assert!(d.points[0].text.starts_with("The parties will stop"));
        // Before numbered points it is the preamble, compared like a point.
        let d = Draft::from_text(
            "t",
            "The parties agree on the following points of the settlement.\n1. One.\n2. Two.\n",
        );
        assert_eq!(d.title, "");
        assert_eq!(d.points[0].label, "Preamble");
    }

    #[test]
    fn title_and_preamble_are_the_first_rows() {
        let d = Draft::from_text(
            "t",
            "Plan\nIntro line one.\nIntro line two.\n\n1. One.\n2. Two.\n",
        );
        let rows: Vec<(PointKind, &str, &str)> = d
            .points
            .iter()
            .map(|p| (p.kind, p.label.as_str(), &d.source[p.range.clone()]))
            .collect();
        assert_eq!(
            rows,
            [
                (PointKind::Title, "Title", "Plan"),
                (
                    PointKind::Preamble,
                    "Preamble",
                    "Intro line one.\nIntro line two."
                ),
                (PointKind::Point, "1", "1. One."),
                (PointKind::Point, "2", "2. Two."),
            ]
        );
        assert_eq!(d.points[1].text, d.preamble);
        assert_eq!(d.point_count(), 2);
        // No title, no preamble: no rows for them.
        let bare = Draft::from_text("t", "1. One.\n2. Two.\n");
        assert_eq!(bare.points.len(), 2);
    }
}
