//! Reading a line's marker: the marker families and schemes, label keywords, bullets and the
//! numbered forms (`1.`, `(1)`, `Article 1`, `第一条`).

use super::Line;
use super::dates::date_word;
use super::headings::is_heading_like;
use super::numbers::{
    LATIN_INSERTED, eastern_arabic_digit, enclosed_number, keycaps, latin_adverb, number_token,
};
use super::ordinals::{ORDINAL_KEYWORDS, Ordinals};
use super::quotes::OPENING_QUOTES;
use super::repair::UN_LABELS;
use super::spelled::spelled_ordinal;
use crate::draft::cjk;
use crate::script;

/// The family a marker belongs to; the top-level scheme is one family at one depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Family {
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
    pub(super) fn rank(self) -> u8 {
        match self {
            Family::ArticleWord | Family::Heading => 0,
            Family::PointWord => 1,
            Family::Dot | Family::Paren | Family::Enclosed => 2,
            Family::Dash => 3,
            Family::Bullet => 4,
        }
    }

    pub(super) fn is_word(self) -> bool {
        matches!(self, Family::PointWord | Family::ArticleWord)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Marker {
    pub(super) family: Family,
    pub(super) depth: u8,
    /// The keyword, lower-cased, for word families (so `Article` and `Стаття` are different schemes).
    pub(super) keyword: String,
    pub(super) label: String,
    /// The number as written (`7a`, `IV`), for labels of mixed keyword schemes.
    pub(super) number_text: String,
    /// Main number, for checking that numbering runs on.
    pub(super) number: u32,
    /// Byte offset in the line where the point's own text starts.
    pub(super) rest: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Scheme {
    pub(super) family: Family,
    pub(super) depth: u8,
    pub(super) keyword: String,
    /// Label keywords in any mix (`Point 1`, `Paragraph 2`, `Article 3`): the run of numbers
    /// decides, not the keyword. With the family [`Family::Dot`], plain numbers in any style
    /// (`1.`, `6)`, `(11)`).
    pub(super) mixed: bool,
    /// Numbers that run on through keyword lines (`Section I. Security` over points 1..28):
    /// those lines are section headings.
    pub(super) sections: bool,
}

impl Scheme {
    pub(super) fn of(m: &Marker) -> Scheme {
        Scheme {
            family: m.family,
            depth: m.depth,
            keyword: m.keyword.clone(),
            mixed: false,
            sections: false,
        }
    }

    /// The scheme in words, for `clausewise inspect`.
    pub(super) fn describe(&self) -> String {
        if self.mixed && !self.family.is_word() {
            return "numbers in any style (`1.`, `1)`, `(1)`)".to_owned();
        }
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
            Family::Enclosed
                if let Some(&(open, close)) = BRACKETS
                    .iter()
                    .find(|(open, _)| self.keyword.starts_with(*open)) =>
            {
                format!("numbers `{open}1{close}`")
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
            Family::Dash if self.keyword == TABLE_ROWS => {
                "a table's rows, numbered before a tab or a wide gap".to_owned()
            }
            Family::Dash => "numbers `1-`, `1 —`, `1:`, or alone on their lines".to_owned(),
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
                } else if POSTFIX_ARTICLE_WORDS.contains(&self.keyword.as_str()) {
                    format!("`1 {}`", self.keyword)
                } else if cjk::korean_keyword(&k) {
                    format!("`{}1{k}`", cjk::KOREAN_PREFIX)
                } else if k.starts_with(script::without_spaces) {
                    format!("`第1{k}`")
                } else {
                    format!("`{k} 1`")
                }
            }
            Family::Heading => "numbered Markdown headings (`## 1.`)".to_owned(),
            Family::Bullet if self.keyword == BOLD_CAPTIONS => {
                "paragraphs opening with a caption in bold (`**Caption.** Text`), labelled •1, •2, ..."
                    .to_owned()
            }
            Family::Bullet if self.keyword == CAPTIONS_OVER_PARAGRAPHS => {
                "paragraphs under captions (`Caption` over its text), labelled •1, •2, ..."
                    .to_owned()
            }
            Family::Bullet => {
                "bullets as points (`- `, `• `, `* `, ...), labelled •1, •2, ...".to_owned()
            }
        }
    }
}

/// The keyword of the bullets that stand for paragraphs opening with a caption in bold, a
/// news page's list without numbers (`lead_in_markers`).
pub(super) const BOLD_CAPTIONS: &str = "captions in bold";

/// The keyword of the bullets that stand for captions over paragraphs, an explainer's list
/// without numbers (`caption_markers`).
pub(super) const CAPTIONS_OVER_PARAGRAPHS: &str = "captions over paragraphs";

/// Whether a marker or a scheme of `family`, `depth` and `keyword` is plain numbers (`1.`,
/// `1)`, `(1)`), one level, no keyword.
pub(super) fn plain_number(family: Family, depth: u8, keyword: &str) -> bool {
    matches!(family, Family::Dot | Family::Paren | Family::Enclosed)
        && depth == 1
        && keyword.is_empty()
}

impl Marker {
    /// A bullet item's marker: `depth` from the indentation, the item's text from byte `rest`.
    pub(super) fn bullet(depth: u8, rest: usize) -> Marker {
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

    /// Is this one of a Spanish law's dispositions (`Disposición final primera.`), which
    /// close its articles and number themselves by kind?
    pub(super) fn is_disposition(&self) -> bool {
        self.keyword.starts_with(DISPOSITION)
    }

    pub(super) fn is_of(&self, scheme: &Scheme) -> bool {
        if scheme.mixed && !scheme.family.is_word() {
            return plain_number(self.family, self.depth, &self.keyword);
        }
        if scheme.mixed {
            return self.family.is_word() && self.depth == 1;
        }
        // Most markers have no keyword: two empty ones are equal without comparing bytes (this
        // runs for every line, many times).
        self.family == scheme.family
            && self.depth == scheme.depth
            && self.keyword.len() == scheme.keyword.len()
            && (self.keyword.is_empty() || self.keyword == scheme.keyword)
    }
}

/// Most words of a heading after `#` and a number (`#1 Sovereignty`, `#2 Security
/// guarantees`); an unpunctuated line with more is a post's point.
pub const HASH_HEADING_WORDS: usize = 3;

/// The keyword of a Spanish law's dispositions, as the keyword of their markers starts.
const DISPOSITION: &str = "disposición";

/// How the keyword is written (`Disposición`, `DISPOSICIÓN`, without its accent), lowercased.
const DISPOSITION_WORDS: &[&str] = &["disposición", "disposicion"];

/// The kinds of a Spanish law's dispositions, each numbered from the first (or `única`):
/// additional, transitional, repealing and final.
const DISPOSITION_KINDS: &[&str] = &["adicional", "transitoria", "derogatoria", "final"];

/// The word after byte `from` of `s` (past spaces), and where it ends.
fn next_word(s: &str, from: usize) -> Option<(&str, usize)> {
    let rest = &s[from..];
    let start = from + (rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len());
    let len = s[start..]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(s.len() - start);
    (len > 0).then(|| (&s[start..start + len], start + len))
}

const POINT_WORDS: &[&str] = &[
    "point",
    "item",
    "clause",
    "cláusula",
    "clausula",
    "paragraph",
    "para.",
    "punkt",
    "punto",
    "ponto",
    "bod",
    "пункт",
    "п.",
    "параграф",
    // Polish `Pkt 1.`, `pkt. 2`.
    "pkt",
    "pkt.",
    "proposal",
    // A meeting's agenda items as its minutes number them (`Питання 1. Про кошторис`); only
    // before a stop or a colon (`STRICT_POINT_WORDS`). Not `Question`: a consultation's
    // questions stand under its numbered proposals (`Question 1: Do you agree?`).
    "питання",
    "вопрос",
    // Numbers' own words: `Nr. 1:` (a German committee's recommendations), `No. 1 —` (a
    // list of amendments), `N° 1`, `Ziff. 1`.
    "nr.",
    "no.",
    "n°",
    "nº",
    "ziff.",
    "step",
    "stage",
    "condition",
    "principle",
    "demand",
    "סעיף",
    "البند",
    "بند",
];

/// Abbreviated keywords that may be written with their number right after the stop (`п.1.`,
/// `Art.5`); not `No.`, `Nr.` (`No.1 priority`, a phrase).
const GLUED_KEYWORDS: &[&str] = &["п.", "ст.", "art.", "pkt.", "sec.", "para.", "čl.", "чл."];

const ARTICLE_WORDS: &[&str] = &[
    "article",
    "art.",
    "section",
    "sec.",
    "стаття",
    "статья",
    "ст.",
    // Belarusian.
    "артыкул",
    "artikel",
    "artículo",
    "articolo",
    "artigo",
    "artykuł",
    "článek",
    "článok",
    "čl.",
    "чл.",
    "članak",
    "član",
    "члан",
    "ماده",
    "धारा",
    "rule",
    "madde",
    // Azerbaijani, Armenian, Georgian.
    "maddə",
    "հոդված",
    "მუხლი",
    "مادة",
    "المادة",
    "pasal",
    "điều",
    "άρθρο",
    // Greek capitals lower-case without their accents (`ΑΡΘΡΟ 1`).
    "αρθρο",
];

/// Of the [`POINT_WORDS`], those that label only before a dot, a colon or the line's end: a
/// minutes' `Питання 1 порядку денного розглянуто` cites the agenda's first question.
const STRICT_POINT_WORDS: &[&str] = &["питання", "вопрос"];

/// Point keywords of reports and minutes: a report's recommendations (`Recommendation 1` over
/// its text), a German agenda's items (`TOP 2: Schulfest`), Polish and Czech minutes' `Ad 1.`
/// ("re item 1"). They label only before a stop, a colon or the line's end, as the
/// [`STRICT_POINT_WORDS`] do, and give way to plain numbers that outnumber them (a report's
/// numbered paragraphs with a recommendation among them: `minor_keyword`).
const MINOR_POINT_WORDS: &[&str] = &[
    "recommendation",
    "empfehlung",
    "recommandation",
    "recomendación",
    "raccomandazione",
    "rekomendacja",
    "zalecenie",
    "рекомендація",
    "рекомендация",
    "top",
    "ad",
];

/// A parliament's amendments to a proposal (`Amendment 1` over its table, as the European
/// Parliament's reports list them; `Änderungsantrag 2`, `Poprawka 3`): minor point words too.
const AMENDMENT_WORDS: &[&str] = &[
    "amendment",
    "änderungsantrag",
    "amendement",
    "enmienda",
    "emendamento",
    "poprawka",
    "поправка",
];

/// Is `keyword` (lower-cased) one of the [`MINOR_POINT_WORDS`] or [`AMENDMENT_WORDS`]?
pub(super) fn minor_keyword(keyword: &str) -> bool {
    MINOR_POINT_WORDS.contains(&keyword) || AMENDMENT_WORDS.contains(&keyword)
}

/// Of the [`ARTICLE_WORDS`], those that label only before a dot, a colon or the line's end
/// (`Điều 1. Phạm vi`, `Pasal 1` alone): in prose they are words or citations.
const STRICT_ARTICLE_WORDS: &[&str] = &[
    "pasal",
    "điều",
    "άρθρο",
    "αρθρο",
    "čl.",
    "чл.",
    "धारा",
    "ماده",
];

/// Of the [`ARTICLE_WORDS`], those that label only alone on their line (`Članak 5.`, `Član 1`,
/// as Croatian and Serbian laws head their articles): an amending law's sentences open with
/// them (`Članak 5. mijenja se i glasi:`).
const LINE_ARTICLE_WORDS: &[&str] = &["članak", "član", "члан"];

/// Of the [`ARTICLE_WORDS`], abbreviations that label only with a capital (`Čl. 1`, `Чл. 1.`):
/// a wrapped citation reads `čl. 2 odst. 3`, `чл. 7 от Закона`.
const CAPITAL_ARTICLE_WORDS: &[&str] = &["čl.", "чл.", "članak", "član", "члан"];

/// Characters that start a bullet item when followed by white space (or alone on a line);
/// the last four are the bullets of Word's Symbol and Wingdings fonts as a PDF's or a Word
/// document's plain text keeps them, in Unicode's private use area (`\u{f0b7}` for `•`; not
/// `\u{f0a7}`, Word's third level, under its `o`).
const BULLETS: &[char] = &[
    '-', '*', '•', '–', '—', '→', '·', '▪', '●', '◦', '►', '➢', '■', '○', '‣', '\u{f0b7}',
    '\u{f0d8}', '\u{f076}', '\u{f0e8}',
];

/// Emoji that posts copied from messengers put in front of list items, often with no space
/// before the text (`▪️Permanent neutrality…`, `🔹The parties exchange…`): none can be a
/// minus sign or a footnote, so the text may follow at once. So are the triangles and
/// diamonds of Korean and Japanese news summaries (`▲우크라이나…`, `▽ウクライナ…`).
///
/// Only decorative marks: a status mark (`✅ agreed`, `❌ rejected`, `☑`, `❗`, coloured
/// circles) says something a reader compares, and `👉` or `🔴` often point to a link or open a
/// headline.
pub(super) const EMOJI_BULLETS: &[char] = &[
    '▪', '▫', '🔹', '🔸', '🔷', '🔶', '🔻', '🔺', '📌', '➡', '▶', '⭐', '▲', '△', '▼', '▽', '◆',
    '◇', '□',
];

/// A bullet at the start of `s` (already trimmed): the byte offset of the item's text.
pub(super) fn bullet(s: &str) -> Option<usize> {
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
pub(super) fn word_sub_bullet(s: &str) -> Option<(u8, usize)> {
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
    let found = numeric_marker(after).or_else(|| bare_number(after))?;
    (found.depth == 1 && found.family == Family::Dot).then(|| Found {
        rest: offset + found.rest,
        ..found
    })
}

/// A bare number of at most three digits with white space after it (`1 Text`), which a sign
/// before it makes a point's number (`•1 Text`, `#1 Text`): numbered `1.`.
fn bare_number(s: &str) -> Option<Found> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let text = s[digits..].trim_start();
    let spaced = text.len() < s.len() - digits;
    let number = s[..digits].parse().ok()?;
    (spaced && digits <= 3).then(|| Found {
        family: Family::Dot,
        depth: 1,
        keyword: String::new(),
        label: s[..digits].to_owned(),
        number_text: s[..digits].to_owned(),
        number,
        rest: s.len() - text.len(),
    })
}

/// Status marks that a page puts before a point's number to say what became of it (`✅ 1.`
/// kept, `❌ 3.` struck out, `✏️ 4.` changed), as messenger posts compare two drafts.
const STATUS_MARKS: &[char] = &[
    '✅', '❌', '✏', '☑', '✔', '✖', '❗', '⚠', '⛔', '🟢', '🟡', '🔴', '🆕',
];

/// A numbered point after a status mark (`✅ 1. Text`, `❗️п.14 Text`): the marker, labelled with the mark
/// (`✅ 1`), so the reader keeps what the page said of it, its number the point's.
fn status_marker(trimmed: &str, indent: usize) -> Option<Marker> {
    let mark = trimmed
        .chars()
        .next()
        .filter(|c| STATUS_MARKS.contains(c))?;
    let after = trimmed[mark.len_utf8()..].trim_start_matches('\u{fe0f}');
    let number = after.trim_start_matches([' ', '\u{a0}']);
    // A number after a space (`✅ 1.`), or a label's keyword, spaced or not (`❗️п.14`, `⚠
    // Point 3`), as a journalist's notes flag a point.
    let found = if number.starts_with(|c: char| c.is_ascii_digit()) {
        if number.len() == after.len() {
            return None;
        }
        numeric_marker(number).filter(|f| f.family == Family::Dot)?
    } else {
        word_marker(number).filter(|f| f.family == Family::PointWord)?
    };
    if found.depth != 1 {
        return None;
    }
    let offset = indent + trimmed.len() - number.len();
    let mut m = found.at(offset);
    m.label = format!("{} {}", &trimmed[..trimmed.len() - after.len()], m.label);
    Some(m)
}

/// How many columns the white space `lead` (a line's indentation) takes: a tab counts as four
/// spaces, as word processors' text exports put it.
pub(super) fn columns(lead: &str) -> usize {
    lead.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

/// Recognises a point marker at the start of a line.
pub(super) fn marker(line: &str) -> Option<Marker> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if let Some(m) = status_marker(trimmed, indent) {
        return Some(m);
    }
    if let Some(found) = bullet_number(trimmed) {
        return Some(found.at(indent));
    }
    if let Some(rest) = bullet(trimmed) {
        // Depth from the indentation: nested bullets are sub-items.
        return Some(Marker::bullet(
            1 + (columns(&line[..indent]) / 2).min(100) as u8,
            indent + rest,
        ));
    }
    if let Some((depth, text)) = word_sub_bullet(trimmed) {
        return Some(Marker::bullet(depth, indent + text));
    }
    // A stray full stop before the number (`. 2. Se firmará…`), as a page's markup leaves
    // it when the text was copied: the number is the point's.
    if let Some(after) = trimmed
        .strip_prefix(". ")
        .filter(|a| a.starts_with(|c: char| c.is_ascii_digit()))
        && let Some(found) = numeric_marker(after)
        && found.family == Family::Dot
        && found.depth == 1
    {
        return Some(found.at(line.len() - after.len()));
    }
    let mut s = trimmed;
    let mut heading = false;
    // A number sign before the number (`№ 1.`, `№2)`, `#3.`), or a pilcrow (`¶ 1.`, as US
    // settlements and filings number paragraphs): the label is the number. After `#` a bare
    // number is one too (`#1 Text`, as posts number their points with hashtags).
    if let Some(after) = s
        .strip_prefix(['№', '¶'])
        .map(|a| a.trim_start_matches([' ', '\u{a0}']))
        .or_else(|| s.strip_prefix('#'))
        .filter(|a| a.starts_with(|c: char| c.is_ascii_digit()))
    {
        if s.starts_with('#')
            && numeric_marker(after).is_none()
            && let Some(found) = bare_number(after)
            // A post's point says something; `#1 Sovereignty` over a list is its heading.
            // Unpunctuated, a point still says more than a heading's few words (`#2 Grain
            // ships get guaranteed passage through the strait`).
            && (!is_heading_like(&after[found.rest..])
                || script::word_count(&after[found.rest..]) > HASH_HEADING_WORDS)
        {
            return Some(found.at(line.len() - after.len()));
        }
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
        '0'..='9' | '(' => postfix_marker(s)
            .or_else(|| numeric_marker(s))
            .or_else(|| cjk_list_marker(s))?,
        '[' | '{' | '【' => bracket_marker(s)?,
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
        '第' | cjk::KOREAN_PREFIX => cjk_label_marker(s)?,
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
        _ => outline_marker(s).or_else(|| word_marker(s))?,
    };
    let mut found = found;
    if heading && matches!(found.family, Family::Dot | Family::Paren | Family::Enclosed) {
        found.family = Family::Heading;
    }
    Some(found.at(offset))
}

/// The brackets of [`bracket_marker`]'s numbers, opening and closing; the opening one is the
/// keyword of its scheme.
const BRACKETS: &[(char, char)] = &[('[', ']'), ('{', '}'), ('【', '】')];

/// How the text cites note `number` of an enclosed marker whose keyword is `keyword`: in its
/// brackets (`[1]`, `{1}`, `【1】`, [`BRACKETS`]), else in parentheses (`(1)`).
pub(super) fn enclosed_mark(keyword: &str, number: u32) -> String {
    match BRACKETS.iter().find(|(open, _)| keyword.starts_with(*open)) {
        Some((open, close)) => format!("{open}{number}{close}"),
        None => format!("({number})"),
    }
}

/// A number in square, curly or lenticular brackets before the text (`[1] The court…`, as
/// judgments and reports number their paragraphs; `【1】`, as Chinese pages list points;
/// `{1}`): a scheme of its own, apart from `(1)` (the bracket is its keyword). Not a link's
/// label (`[1]: https://…`).
fn bracket_marker(s: &str) -> Option<Found> {
    let &(open, close) = BRACKETS.iter().find(|(open, _)| s.starts_with(*open))?;
    let inner = &s[open.len_utf8()..];
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let number_text = &inner[..digits];
    let number: u32 = number_text.parse().ok()?;
    // Not a gallery's count (`[2/3] A delegate arrives…`, a photo's caption).
    let after = inner[digits..].strip_prefix(close)?;
    let text = after.trim_start();
    // White space after it, or Chinese text right after `【1】`.
    let spaced = text.len() < after.len() || text.starts_with(script::without_spaces);
    if text.is_empty() || !spaced || text.starts_with(':') {
        return None;
    }
    Some(Found {
        family: Family::Enclosed,
        depth: 1,
        keyword: open.to_string(),
        label: number_text.to_owned(),
        number_text: number_text.to_owned(),
        number,
        rest: s.len() - text.len(),
    })
}

/// An outline's item numbered under a capital letter (`A.1`, `B.12.`, as frameworks and term
/// sheets number the points under their lettered parts `A. Security`, `B. Economy`): a
/// second-level number like `1.1`, labelled as written, numbered by the letter (`A` is 1),
/// with white space and text after it.
fn outline_marker(s: &str) -> Option<Found> {
    let bytes = s.as_bytes();
    let letter = *bytes.first()?;
    if !letter.is_ascii_uppercase() || bytes.get(1) != Some(&b'.') {
        return None;
    }
    let digits = bytes[2..].iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let label = &s[..2 + digits];
    let after = s[2 + digits..]
        .strip_prefix('.')
        .unwrap_or(&s[2 + digits..]);
    let text = after.trim_start();
    if !after.starts_with(char::is_whitespace) || text.is_empty() {
        return None;
    }
    Some(Found {
        family: Family::Dot,
        depth: 2,
        keyword: String::new(),
        label: label.to_owned(),
        number_text: label.to_owned(),
        number: u32::from(letter - b'A' + 1),
        rest: s.len() - text.len(),
    })
}

/// A Chinese or Japanese article label (`第一条`, `第12条`; see [`cjk::label`]): an article
/// keyword family whose keyword is the label's (`条`), labelled as written. A division
/// (`第一章`) is no point marker but a section heading (`section_word_heading`).
fn cjk_label_marker(s: &str) -> Option<Found> {
    let l = cjk::label(s)?;
    if l.level != cjk::Level::Point {
        return None;
    }
    let prefix = s.chars().next()?.len_utf8();
    let number_text = s[prefix..l.number_end].trim();
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
pub(super) const CHINESE_NUMERALS: &str = "一";

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

/// A marker recognised at the start of a line (before Markdown heading adjustments).
pub(super) struct Found {
    pub(super) family: Family,
    pub(super) depth: u8,
    keyword: String,
    label: String,
    number_text: String,
    number: u32,
    rest: usize,
}

impl Found {
    /// The marker of a line where what was recognised starts at byte `offset`.
    pub(super) fn at(self, offset: usize) -> Marker {
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
/// How French numbers its first article (`Article 1er`, `Article premier`, `Article 1re`, and
/// one inserted after it, `Article 1er bis`): the text, the number 1 and its length, when a
/// separator, white space or the end follows.
pub(super) fn first_in_words(s: &str) -> Option<(&str, u32, usize)> {
    let ends = |len: usize| {
        s[len..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ".:–—-".contains(c))
    };
    if let Some(w) = ["1er", "1re", "premier", "première", "Premier", "PREMIER"]
        .iter()
        .find(|w| s.starts_with(*w))
    {
        // An article inserted after it (`Article 1er bis (nouveau)`), read as `1 bis` is.
        let len = w.len() + latin_adverb(&s[w.len()..]);
        return ends(len).then_some((&s[..len], 1, len));
    }
    // `ARTICLE ONE`, `Section Two`, as bylaws and American agreements number their articles:
    // a number word in capitals or with a capital.
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(k, _)| k);
    let word = &s[..len];
    // An ordinal word, alone or before its title's stop or dash (`CLÁUSULA PRIMERA.- OBJETO`,
    // `Artículo segundo.`, `المادة الأولى:`, `Άρθρο πρώτο`), not prose (`el artículo primero
    // del Reglamento`).
    if let Some((value, len)) = spelled_ordinal(s) {
        let after = s[len..].trim_start_matches([' ', '\t', '\u{a0}']);
        let labels = after.is_empty() || after.starts_with(['.', ':', '–', '—', '-']);
        return labels.then_some((&s[..len], value, len));
    }
    let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase())
        && (word.chars().skip(1).all(|c| c.is_ascii_lowercase())
            || word.chars().all(|c| c.is_ascii_uppercase()));
    let value = NUMBER_WORDS
        .iter()
        .position(|n| n.eq_ignore_ascii_case(word))?;
    // A label alone or before its title's stop or dash (`ARTICLE ONE`, `Section Two. Purpose`,
    // `ARTICLE ONE – NAME`), not prose that spells a number (`Article Five of the Treaty`,
    // `Step One is a ceasefire`).
    let after = s[len..].trim_start_matches([' ', '\t', '\u{a0}']);
    let labels = after.is_empty() || after.starts_with(['.', ':', '–', '—', '-']);
    (capitalised && ends(len) && labels).then_some((word, value as u32 + 1, len))
}

/// A number word in small letters before a stop, a colon or a dash (`one.`, `twelve:`, `two
/// —`), as a transcript writes `Point one.`: the word, its value and length.
fn spoken_number(s: &str) -> Option<(&str, u32, usize)> {
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_lowercase())
        .map_or(s.len(), |(k, _)| k);
    let word = &s[..len];
    let value = NUMBER_WORDS
        .iter()
        .position(|n| *n == word)
        .or_else(|| GERMAN_NUMBER_WORDS.iter().position(|n| *n == word))?;
    let after = &s[len..];
    (after.starts_with(['.', ':'])
        || after
            .strip_prefix(' ')
            .is_some_and(|dash| dash.starts_with(['—', '–']) || dash.starts_with("- ")))
    .then(|| (&s[..len], value as u32 + 1, len))
}

/// German number words from one to twelve, as a transcript writes `Punkt eins:`.
const GERMAN_NUMBER_WORDS: &[&str] = &[
    "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
    "zwölf",
];

/// English number words from one to twenty, for labels that spell their number
/// ([`first_in_words`]).
pub(super) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

pub(super) fn word_marker(s: &str) -> Option<Found> {
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
        // `п.1.`, `Art.5`, `ст.3`: a keyword's abbreviation with its stop, the number right
        // after the stop (as chats and posts write it).
        if !hyphen
            && let Some(dot) = s[..word_end].find('.')
            && s[dot + 1..word_end].starts_with(|c: char| c.is_ascii_digit())
            && GLUED_KEYWORDS.contains(&s[..=dot].to_lowercase().as_str())
        {
            word_end = dot + 1;
        }
        if word_end > 20 {
            return None;
        }
        let mut word = s[..word_end].to_lowercase();
        // A Spanish law's dispositions: the kind is part of the keyword (`Disposición
        // adicional primera.`, `DISPOSICIÓN FINAL ÚNICA`).
        if DISPOSITION_WORDS.contains(&word.as_str())
            && let Some((kind, end)) = next_word(s, word_end)
            && let Some(kind) = DISPOSITION_KINDS
                .iter()
                .find(|k| k.eq_ignore_ascii_case(kind))
        {
            word = format!("{DISPOSITION} {kind}");
            word_end = end;
        }
        let family = if POINT_WORDS.contains(&word.as_str()) || minor_keyword(&word) {
            Family::PointWord
        } else if ARTICLE_WORDS.contains(&word.as_str()) || word.starts_with(DISPOSITION) {
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
    // `Пункт №1`, `Point No. 3`, `Item #4`, `Point n° 2` (French minutes): the number sign
    // is not part of the label. (Not `Nr.`: `Artikel Nr. 4711` is a product's number.)
    let spaced = ["№", "No.", "no.", "N°", "n°", "Nº", "nº", "#", "number "]
        .iter()
        .find_map(|sign| spaced.strip_prefix(sign))
        .map_or(spaced, |s| s.trim_start_matches([' ', '\t', '\u{a0}']));
    // `المادة (1)`, `Article (2)`: a number in brackets, as Arabic laws and their translations
    // write it.
    let bracketed = || {
        let inner = spaced.strip_prefix('(')?;
        let (_, number, len) = number_token(inner, false)?;
        // Alone or before a separator: `Article (5) of the Labour Law` cites one.
        let after = inner[len..].strip_prefix(')')?.trim_start();
        (after.is_empty() || after.starts_with(['.', ':', '-', '–', '—']))
            .then(|| (&spaced[..len + 2], number, len + 2))
    };
    // `Пункт третій.`, `Point first:` are numbered by ordinal words alone, a scheme of its own
    // (`Перше.`, `Другий пункт —` in the same list).
    let spelled = first_in_words(spaced)
        .filter(|_| {
            !(ORDINAL_KEYWORDS.contains(&keyword.as_str()) && spelled_ordinal(spaced).is_some())
        })
        // A transcript's `Point one.`, `Item two:` (a speaker reading the points out): in small
        // letters after a point's keyword, before a stop or a colon.
        .or_else(|| {
            (family == Family::PointWord)
                .then(|| spoken_number(spaced))
                .flatten()
        });
    let (number_text, number, len) = spelled
        .or_else(bracketed)
        .or_else(|| number_token(spaced, true))?;
    let mut rest = &spaced[len..];
    // Keywords that are also words of prose (Vietnamese `Điều 3 bên cần làm`, "the thing the
    // three sides must do") or that news pages cite (`Pasal 5 NATO`, `Άρθρο 5 του ΝΑΤΟ`) label
    // only before a dot, a colon or the line's end.
    // Persian and Hindi laws put a dash after the number (`ماده ۱ -`); a citation runs on
    // (`ماده ۵ این قانون`, `धारा 7 के अधीन`).
    let dash = rest.trim_start().starts_with(['-', '–', '—']);
    if (STRICT_ARTICLE_WORDS.contains(&keyword.as_str())
        || STRICT_POINT_WORDS.contains(&keyword.as_str())
        || minor_keyword(&keyword))
        && !(rest.trim().is_empty() || rest.starts_with(['.', ':']) || dash)
    {
        return None;
    }
    if LINE_ARTICLE_WORDS.contains(&keyword.as_str())
        && !rest.trim_start_matches('.').trim().is_empty()
    {
        return None;
    }
    if CAPITAL_ARTICLE_WORDS.contains(&keyword.as_str()) && !s.starts_with(char::is_uppercase) {
        return None;
    }
    // A citation in a sentence, not a label: the number runs on into the sentence's little
    // words (`Section 7 of the Act is amended--`, `Article 12 is deleted.`), or an English
    // keyword in small letters starts a wrapped line (`section 7 the following:`).
    let first_word = rest
        .strip_prefix([' ', '\t', '\u{a0}'])
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_default();
    let small_keyword =
        s.starts_with(char::is_lowercase) && ENGLISH_KEYWORDS.contains(&keyword.as_str());
    if CITING_WORDS.contains(&first_word)
        || (small_keyword && !rest.starts_with(['.', ':', ')', '-', '–', '—']))
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
        // `Point 3` is point 3; `CLÁUSULA PRIMERA` keeps its keyword.
        Family::PointWord if spelled.is_none() => number_text.to_owned(),
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

/// Words that name a part of an article in a reference to it (`Article 4 – paragraph 2 –
/// point 3`), lower-cased, in the languages of such references.
const PATH_PARTS: &[&str] = &[
    "paragraph",
    "subparagraph",
    "point",
    "indent",
    "sentence",
    "recital",
    "paragraphe",
    "alinéa",
    "absatz",
    "unterabsatz",
    "nummer",
    "buchstabe",
    "ustęp",
    "punkt",
    "akapit",
    "apartado",
    "párrafo",
    "comma",
    "punto",
    "lettera",
    "частина",
    "пункт",
    "підпункт",
    "абзац",
    "часть",
    "подпункт",
];

/// Does an article's label go on, after a dash, to a numbered part of the article
/// (`Article 2 – paragraph 1 – point 3`, `Artikel 4 – Absatz 2 a (neu)`): a reference to the
/// text an amendment changes, not the article's own label (`Article 5 – Scope` is one: a
/// caption follows, no numbered part)? `own` is the line's text after the label.
fn citation_path(line: &str, m: &Marker) -> bool {
    let (Some(label), Some(own)) = (line.get(..m.rest), line.get(m.rest..)) else {
        return false;
    };
    let mut words = own.split_whitespace();
    m.family == Family::ArticleWord
        && label.trim_end().ends_with(['-', '–', '—'])
        && words
            .next()
            .is_some_and(|w| PATH_PARTS.contains(&w.to_lowercase().as_str()))
        && words
            .next()
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
}

/// An amendment sheet's references to the text each amendment changes (`Amendment 12` over
/// `Proposal for a regulation` over `Article 2 – paragraph 1 – point 3`,
/// [`citation_path`]) label no point where the amendments are numbered: the references may
/// outnumber them (an amendment to two points cites both), and they repeat. Elsewhere such a
/// line labels what it heads (comments on a draft, each under the part it is about).
pub(super) fn without_amended_parts(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let amendments = markers
        .iter()
        .flatten()
        .any(|m| AMENDMENT_WORDS.contains(&m.keyword.as_str()));
    if !amendments {
        return;
    }
    for (line, m) in lines.iter().zip(markers.iter_mut()) {
        if m.as_ref().is_some_and(|m| citation_path(line.text, m)) {
            *m = None;
        }
    }
}

/// Little words that run a keyword's number on into a sentence citing it (`Section 7 of the
/// Act`, `Article 12 is deleted`, `Artikel 3 des Vertrags`): a point's text starts otherwise.
const CITING_WORDS: &[&str] = &[
    "of", "is", "are", "was", "were", "shall", "and", "or", "to", "as", "des", "der", "du", "de",
    "del", "della", "van",
];

/// English keywords, which start a label with a capital (`section 7` at a line's start is a
/// wrapped sentence's citation).
const ENGLISH_KEYWORDS: &[&str] = &[
    "article",
    "section",
    "clause",
    "paragraph",
    "point",
    "item",
    "rule",
    "schedule",
];

/// Does `s` (what follows a dash after a keyword's number) start a word that the number
/// and the dash make a compound of (`style` in `Article 5-style`): two lower-case letters or
/// more, not a Latin adverb of an inserted article (`2-bis`) nor a capital (`25-A`).
fn compound_word(s: &str) -> bool {
    let word: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().count() >= 2
        && word.chars().all(char::is_lowercase)
        && !LATIN_INSERTED.contains(&word.as_str())
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

/// Article keywords written after their number: `1 §` (Swedish, Finnish), `1. §` (Hungarian),
/// `1 straipsnis` (Lithuanian), `1. pants` (Latvian), `1 artikla` (Finnish), `1. cikk`
/// (Hungarian treaties).
pub(super) const POSTFIX_ARTICLE_WORDS: &[&str] = &["§", "straipsnis", "pants", "artikla", "cikk"];

/// Most digits of a footnote's number glued to a `§` (`3. §2 A hatóság…`, as a Hungarian
/// law's site copies its footnote marks).
const SECTION_SIGN_NOTE_DIGITS: usize = 2;

/// A number and then its keyword ([`POSTFIX_ARTICLE_WORDS`]): `1 §`, `2. § (1) …`,
/// `1 straipsnis. Įstatymo paskirtis`. The keyword must be followed by the line's end, white
/// space, a dot or a colon (`1 §-ában` cites a section); labelled as written (`1. §`).
fn postfix_marker(s: &str) -> Option<Found> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let mut after = &s[digits..];
    // A section inserted after another, `3 a §` (Swedish and Finnish laws): its letter is part
    // of its number as written.
    let mut number_end = digits;
    if let Some(rest) = after.strip_prefix(' ')
        && let Some(letter) = rest.chars().next().filter(char::is_ascii_lowercase)
        && rest[1..].starts_with(' ')
        && rest[1..].trim_start().starts_with('§')
    {
        number_end = digits + 1 + letter.len_utf8();
        after = &s[number_end..];
    }
    let after = after.strip_prefix('.').unwrap_or(after);
    let word = after.trim_start_matches([' ', '\t', '\u{a0}']);
    if word.len() == after.len() {
        return None;
    }
    // In small letters or in capitals (`1. PANTS`), not as an English word opening an item
    // (`1. Pants in olive green`). (The keywords are ASCII letters or `§`, which has no
    // capital: compared in ASCII capitals, with no copy made on every numbered line.)
    let keyword = POSTFIX_ARTICLE_WORDS.iter().copied().find(|k| {
        word.get(..k.len()).is_some_and(|w| {
            w == *k
                || w.bytes()
                    .zip(k.bytes())
                    .all(|(a, b)| a == b.to_ascii_uppercase())
        })
    })?;
    let label_end = s.len() - word.len() + keyword.len();
    let mut tail = &s[label_end..];
    if keyword == "§" {
        let note = tail.bytes().take_while(u8::is_ascii_digit).count();
        if note <= SECTION_SIGN_NOTE_DIGITS && tail[note..].starts_with([' ', '\t', '\u{a0}']) {
            tail = &tail[note..];
        }
    }
    // A stop must end the label (`1 §:n mukaan` and `3 §:ssä` are Finnish case endings).
    let spaced = |t: &str| t.is_empty() || t.starts_with([' ', '\t', '\u{a0}']);
    if !(spaced(tail) || (tail.starts_with(['.', ':']) && spaced(&tail[1..]))) {
        return None;
    }
    let text = tail.trim_start_matches(['.', ':']).trim_start();
    // The section's text starts with a capital, after its first paragraph's number (`2. § (1)
    // A próbát…`), or on the next line. A citation at the start of a wrapped line goes on in
    // small letters (`5 § första stycket`, `2 straipsnis taikomas`, `12. § (3) bekezdésében`)
    // or with another number (`1. § 4 wird aufgehoben`, a German amending item).
    let paragraph = text
        .strip_prefix('(')
        .and_then(|t| t.split_once(')'))
        .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(text, |(_, t)| t.trim_start());
    let opens = paragraph.trim_start_matches(['"', '“', '„', '«', '\'']);
    if !(text.is_empty() || opens.starts_with(char::is_uppercase)) {
        return None;
    }
    Some(Found {
        family: Family::ArticleWord,
        depth: 1,
        keyword: keyword.to_owned(),
        label: s[..label_end].to_owned(),
        number_text: s[..number_end].to_owned(),
        number: s[..digits].parse().ok()?,
        rest: s.len() - text.len(),
    })
}

/// `1.` `1)` `(1)` `12.3` `7a.`; the number must be followed by white space or the line end
/// (or, after `9.`, by a capital letter). Also `1 -`, `1:`, `1 . Text` (tokenised text's) and,
/// a table's row, `1<TAB>Text` or `1  Text` (a tab or two spaces, then a capital or a quote;
/// behind other marks too, `**1<TAB>…`, `№ 1<TAB>…`, as the marker is read after them).
pub(super) fn numeric_marker(s: &str) -> Option<Found> {
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
    // laws) numbers a point as `1.` does, white space after it; so does English's suffix
    // with a stop (`1st.`, `2nd.`, as old books print a list).
    if family == Family::Dot
        && depth == 1
        && let Some(text) =
            without_ordinal_indicator(after).or_else(|| without_english_suffix(number, after))
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
    // A table's row (below): its own scheme, so that its numbers never run on from a list
    // of `1 –`.
    let mut table = false;
    let (family, after) = match (family, after.chars().next()) {
        (Family::Enclosed, Some(')')) => (Family::Enclosed, &after[1..]),
        // A thread's count in brackets (`(1/20) Text`), as `1/20` (below).
        (Family::Enclosed, Some('/')) if depth == 1 => {
            let count = after[1..].bytes().take_while(u8::is_ascii_digit).count();
            let total: u32 = after[1..1 + count].parse().ok()?;
            let rest = after[1 + count..].strip_prefix(')')?;
            if total < number || total > 99 || !rest.starts_with([' ', '\t', '\u{a0}']) {
                return None;
            }
            (Family::Paren, rest)
        }
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
        // `1.)`, as German mails and forums number.
        (_, Some('.')) if depth == 1 && after[1..].starts_with(')') => (Family::Paren, &after[2..]),
        (_, Some('.')) => (Family::Dot, &after[1..]),
        // `1 . The Parties…`: text tokenised by a machine translation or a corpus tool puts a
        // space before every stop and comma (`Odesa , Chornomorsk .`), the list's too.
        (Family::Dot, Some(' ')) if depth == 1 && after.starts_with(" . ") => {
            (Family::Dot, &after[2..])
        }
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
        // A number in a cell of its own, a tab or a wide gap after it and the text starting
        // with a capital (`1<TAB>Replacement of the heating mains`, `3  Backup generators`),
        // as a table's rows come out when copied from a page or a word processor with their
        // dots lost: `numbers … alone`, as `1 —` is. (One space is a sentence's figure, `2
        // Prisoners`; a figure or a small letter after the gap, a table of figures or a
        // wrapped line.)
        (_, Some(c))
            if depth == 1
                && number_text.chars().count() <= 3
                && (c == '\t' || after.starts_with("  "))
                && dash_separator(after).is_none() =>
        {
            let rest = after.trim_start_matches([' ', '\t']);
            // (Or a quote's opening mark, or an apostrophe's: `'Mains'`, `‘Mains’`.)
            if !rest.starts_with(|c: char| {
                c.is_uppercase() || OPENING_QUOTES.contains(&c) || matches!(c, '\'' | '‘')
            }) {
                return None;
            }
            table = true;
            (Family::Dash, rest)
        }
        // (Three digits at most, counted as characters: `۱۰- ` is Persian 10 in four bytes.
        // Text glued to the dash only after a number of three bytes at most: a wrapped line
        // may open with a compound, `۱۰-روزه`, "ten-day".)
        (_, Some(_)) if depth == 1 && number_text.chars().count() <= 3 => {
            match dash_separator(after) {
                Some(len)
                    if number_text.len() <= 3
                        || after[len..].starts_with([' ', '\t', '\u{a0}']) =>
                {
                    (Family::Dash, &after[len..])
                }
                _ => return None,
            }
        }
        // "12.3 text": a dotted number needs no final dot.
        (_, Some(c)) if depth > 1 && c.is_whitespace() => (Family::Dot, after),
        _ => return None,
    };
    let after = after.strip_prefix("**").unwrap_or(after);
    // `2.* A pact…`: a point marked as changed (or with a note) by a star or a dagger after
    // its stop (not `4* Hotel`, a rating).
    let after = match family {
        Family::Dot => change_mark(after).unwrap_or(after),
        _ => after,
    };
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
        keyword: if table {
            TABLE_ROWS.to_owned()
        } else {
            String::new()
        },
        label: number_text.to_owned(),
        number_text: number_text.to_owned(),
        number,
        rest: s.len() - rest.len(),
    })
}

/// The keyword of a table's rows, numbered before a tab or a wide gap ([`numeric_marker`]:
/// `1<TAB>Replacement of the mains`) rather than before a dash or a colon: they are a scheme
/// of their own in the dash family, which may skip a number or two (`build`) and is left out
/// among paragraphs of prose (`without_stray_table_rows`).
pub(super) const TABLE_ROWS: &str = "table rows";

impl Marker {
    /// Is this marker a table row's number ([`TABLE_ROWS`])?
    pub(super) fn is_table_row(&self) -> bool {
        self.keyword == TABLE_ROWS
    }
}

/// The text after a mark that flags a point right after its number (`2.* Text`, `6† Text`, a
/// changed or annotated point in a marked-up draft): one star or dagger, then white space.
fn change_mark(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(['*', '†', '‡'])?;
    rest.starts_with([' ', '\t', '\u{a0}']).then_some(rest)
}

/// The text after an ordinal indicator that follows a number (`º`, `°`, `.º`, `.°`), if one
/// does.
fn without_ordinal_indicator(after: &str) -> Option<&str> {
    let after = after.strip_prefix('.').unwrap_or(after);
    let rest = after.strip_prefix(['º', '°'])?;
    // `1º.-`, `1º.`: Spanish resolutions put a stop and a dash after it; `1°)`, `1º)`, a
    // bracket.
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Some(rest.strip_prefix(['-', '–', '—', ')']).unwrap_or(rest))
}

/// The text after English's ordinal suffix for `number` and a stop (`st.` after 1, `nd.` after
/// 22, `th.` after 11), if they follow it: without the stop (`1st Session`, `2nd reading`) it
/// is a word's, and before a month's name or an abbreviation it is a date's or a name's (`4th.
/// July 2024` wrapped to a line's start, `4th. ult.`, `4th. Bn.`).
fn without_english_suffix(number: u32, after: &str) -> Option<&str> {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    let text = after.strip_prefix(suffix)?.strip_prefix('.')?;
    let next = text.split_whitespace().next().unwrap_or_default();
    let word = next.trim_end_matches([',', '.']);
    // Nor before an abbreviation (`4th. Bn.`, a unit; `4th. ult.`, `inst.`, `prox.`, a
    // letter's date).
    let abbreviation = next.ends_with('.') && word.chars().count() <= 4;
    (!date_word(word) && !abbreviation).then_some(text)
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
    // A range (`15 - 20 percent` at a wrapped line's start) is no number's separator.
    if sep != ':' && rest.trim_start().starts_with(|c: char| c.is_numeric()) {
        return None;
    }
    // Arabic pages also glue the text to the dash (`3-سيتم`): no Arabic word is hyphenated.
    let arabic = |c: char| ('\u{620}'..='\u{64a}').contains(&c);
    (rest.starts_with([' ', '\t', '\u{a0}']) || (sep == '-' && rest.starts_with(arabic)))
        .then(|| after.len() - rest.len())
}

/// Is this line a sub-item of a point (`a)`, `(b)`, `iv.`, a bullet)?
pub(super) fn is_sub_item(line: &str) -> bool {
    let s = line.trim_start();
    // (A mail's signature delimiter, `-- `, is no item: see `closing::signature_delimiter`.)
    if s.starts_with("--") && s.trim_end() == "--" {
        return false;
    }
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
