//! Building the points: the lines split at the chosen scheme's markers into the title, the
//! preamble, the points, the section headings and the closing ([`split_points`]).

use super::closing::{
    SIGNATURE_WORDS, annex_heading, closing_formula, copyright_line, entry_time, page_tail,
    parties_heading, recorded_line, signature_heading, signature_placeholders, source_line,
    sources_list, witness_formula,
};
use super::dates::{date_word, has_year, is_dateline};
use super::headings::{
    MIN_TIGHT_HEADINGS, falls_back, few_or_capitalised_words, first_letter, is_heading_like,
    is_lead_in, letter_heading, next_letter, numbered_subtitles, outline_parts, preamble_heading,
    roman_heading, section_word_heading, short_title, tight_headings, titled_heading,
};
use super::markers::{
    EMOJI_BULLETS, Family, Marker, Scheme, columns, enclosed_mark, is_sub_item, marker,
    plain_number,
};
use super::numbers::inserted;
use super::quotes::{OPENING_QUOTES, closes_quote, closing_mark, new_wording, quote_marks};
use super::scheme::numbered_heading;
use super::sentences::{
    ends_full_sentence, ends_sentence, is_sentence, small_word_at_end, starts_with_capital,
};
use super::{
    Heading, Line, gap_parts, is_separator, lower_is_one_of, next_with_text, prev_with_text,
};
use crate::draft::{Point, PointKind};
use crate::script;

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

pub(super) struct Builder {
    pub(super) label: String,
    pub(super) section: Option<String>,
    pub(super) text: String,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) pending_break: bool,
    /// Where the point's second paragraph starts, if it has one (not a sub-item).
    pub(super) second_paragraph: Option<Cut>,
    /// Where its first paragraph after a blank line starts, if any (not a sub-item): in a
    /// draft of one paragraph per line, a point's own lines follow it with none between.
    pub(super) set_off_paragraph: Option<Cut>,
    /// Where its first short unpunctuated line right after a full sentence starts, no blank
    /// line between (`For the Ministry`, a signature block under the last point).
    pub(super) short_tail: Option<Cut>,
    /// Where its last paragraph after a blank line starts, if any (not a sub-item): a
    /// signature or a place and date set off under the last point (`closing_block`).
    pub(super) last_paragraph: Option<Cut>,
    /// Where the text after the line that closes a quoted draft starts (`…mercenaries."`
    /// over the page's own text), when the draft was quoted from its first point.
    pub(super) quote_closed: Option<Cut>,
    /// Where its first line opening a treaty's closing formula starts (`Done at Brussels,`).
    pub(super) formula: Option<Cut>,
    /// Where an annex's heading after a blank line starts (`Schedule 1 – Service levels`,
    /// `Додаток 1`), or the heading of the parties' details and signatures
    /// ([`parties_heading`]).
    pub(super) annex: Option<Cut>,
    /// Where its first paragraph that is the page's own text starts ([`page_tail`]: `Нагадаємо,
    /// …`, `© Agency. All rights reserved.`).
    pub(super) page_tail: Option<Cut>,
    /// Where a line numbered `(1)` starts whose mark the points cited before it
    /// (`Attestation d'assurance (1).`): the first of the notes, if the rest are notes too.
    pub(super) notes: Option<Cut>,
    /// Where a line after a blank line starts with an asterisk's mark (`* Издание признано
    /// нежелательным.`): a footnote, if the text above cites its mark (`издание*`).
    pub(super) asterisk_note: Option<Cut>,
}

/// A place where a point's text may be cut, its rest going to the closing.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cut {
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

    pub(super) fn push_line(&mut self, line: &Line<'_>, new_line: bool, words: &Words) {
        let content = line.text.trim();
        if self.text.is_empty() {
            self.text.push_str(content);
        } else if self.pending_break || new_line {
            self.text.push('\n');
            self.text.push_str(content);
        } else if let Some(hyphen) = words.rejoined(&self.text, content) {
            // A word hyphenated at the line's end (`guaran-` over `tees`).
            if !hyphen {
                self.text.pop();
            }
            self.text.push_str(content);
        } else {
            self.text.push(' ');
            self.text.push_str(content);
        }
        self.pending_break = false;
        self.end = line.start + line.text.len();
    }

    pub(super) fn finish(self) -> Point {
        Point {
            kind: PointKind::Point,
            label: self.label,
            section: self.section,
            text: self.text,
            range: self.start..self.end,
        }
    }
}

/// The words of a draft, lower-cased, when one of its lines ends in a word cut by a hyphen
/// (`guaran-`), as a typeset page copied as text breaks its words: to tell a word hyphenated
/// at the line's end from a compound broken at its own hyphen.
#[derive(Default)]
pub(super) struct Words(Option<rustc_hash::FxHashMap<String, u32>>);

/// First parts of compounds that keep their hyphen at a line's end, lower-cased: English and
/// Romance prefixes written with one (`self-defence`, `anti-corruption`, `post-war`,
/// `co-operation`), Ukrainian and Russian `будь-`, `пів-`, `кое-`.
const COMPOUND_HEADS: &[&str] = &[
    "self", "non", "anti", "co", "post", "pre", "ex", "cross", "multi", "semi", "well", "so",
    "third", "half", "counter", "quasi", "vice", "long", "short", "full", "high", "low", "two",
    "three", "four", "all", "будь", "пів", "кое", "кой",
];

/// Particles after a hyphen that make one word with the part before it (`какое-либо`,
/// `будь-який`, `хто-небудь`), lower-cased.
const COMPOUND_TAILS: &[&str] = &["либо", "нибудь", "небудь", "то", "таки", "бо"];

/// Conjunctions after a suspended hyphen (`kurz-` over `und mittelfristige`, `pre-` over `or
/// post-war`): the hyphen ends its word.
const CONJUNCTIONS: &[&str] = &[
    "and", "or", "und", "oder", "et", "ou", "y", "o", "e", "i", "і", "й", "та", "и", "или", "або",
    "чи", "lub", "oraz", "a",
];

/// Fewest letters of a word's part before a hyphen at the line's end for the word to be read
/// as hyphenated there (`moni-`; `e-` of `e-mail` stays).
pub const HYPHENATED_PART: usize = 2;

impl Words {
    /// The words of `lines`, if any line ends in a word cut by a hyphen.
    pub(super) fn of(lines: &[Line<'_>]) -> Words {
        let cut = lines.iter().any(|l| cut_word(l.text.trim_end()).is_some());
        Words(cut.then(|| {
            let mut counts = rustc_hash::FxHashMap::default();
            for w in lines
                .iter()
                .flat_map(|l| l.text.split(|c: char| !(c.is_alphabetic() || c == '-')))
                .filter(|w| !w.is_empty())
            {
                *counts.entry(w.to_lowercase()).or_insert(0) += 1;
            }
            counts
        }))
    }

    /// Does `next` (a wrapped line) go on with the word that `text` ends cut by a hyphen
    /// (`…security guaran-` over `tees.`)? `Some(false)` joins without the hyphen where the
    /// draft writes the word so elsewhere (`guarantees`), `Some(true)` keeps it (a compound
    /// broken at its own hyphen, `self-` over `defence`, as typeset pages mostly break), `None`
    /// when it does not go on (a capital, a figure, a conjunction after a suspended hyphen,
    /// `kurz-` over `und mittelfristig`, no cut word).
    pub(super) fn rejoined(&self, text: &str, next: &str) -> Option<bool> {
        let words = self.0.as_ref()?;
        let head = cut_word(text)?;
        let tail: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        if !tail.starts_with(char::is_lowercase) || CONJUNCTIONS.contains(&tail.as_str()) {
            return None;
        }
        let lower_head = head.to_lowercase();
        let lower_tail = tail.to_lowercase();
        let count = |w: &str| words.get(w).copied().unwrap_or(0);
        if count(&format!("{lower_head}-{lower_tail}")) > 0 {
            return Some(true);
        }
        if count(&format!("{lower_head}{lower_tail}")) > 0 {
            return Some(false);
        }
        // A compound's first part (`self-`, `anti-`, `військово-`, `будь-`), its particle
        // (`-либо`, `-небудь`), or two words the draft writes on their own (`decision-` over
        // `making`) keep their hyphen. Else a typeset page's syllable break (`consulta-` over
        // `tions`), whose pieces rarely are words.
        let compound = COMPOUND_HEADS.contains(&lower_head.as_str())
            || COMPOUND_TAILS.contains(&lower_tail.as_str())
            || (lower_head.ends_with('о') && lower_head.chars().count() >= 4)
            // The tail is counted once at the next line's start.
            || (count(&lower_head) > 0 && count(&lower_tail) > 1);
        Some(compound)
    }
}

/// The part of a word cut by a hyphen at the end of `text` (`guaran` of `…security guaran-`):
/// small letters (after a capital, as German nouns start: `Verpflich-`), [`HYPHENATED_PART`]
/// at least, before a hyphen and after a space or the start.
fn cut_word(text: &str) -> Option<&str> {
    let before = text.strip_suffix('-')?;
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let head = &before[start..];
    let letters = head.chars().count();
    let opens_word = before[..start].is_empty() || before[..start].ends_with(char::is_whitespace);
    (letters >= HYPHENATED_PART && head.chars().skip(1).all(char::is_lowercase) && opens_word)
        .then_some(head)
}

pub(super) fn heading_text(line: &str) -> String {
    line.trim()
        .trim_start_matches('#')
        .trim()
        .trim_matches('*')
        .trim()
        .to_owned()
}

/// A draft split into its title line, preamble lines, points and section headings.
#[derive(Default)]
pub(super) struct Split<'a> {
    pub(super) title: Option<Line<'a>>,
    /// The title's lines after its first, when it runs on (`TREATY` over `on Good-
    /// Neighbourliness…`; see `PointSplitter::continues_title`).
    pub(super) title_more: Vec<Line<'a>>,
    pub(super) preamble: Vec<Line<'a>>,
    pub(super) points: Vec<Point>,
    pub(super) headings: Vec<Heading>,
    /// Text after the last point that is not part of it ([`PointSplitter::closing`]).
    pub(super) closing: Vec<Line<'a>>,
}

impl Split<'_> {
    pub(super) fn heading(&mut self, line: &Line<'_>) -> String {
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
pub(super) fn split_points<'a>(
    lines: &[Line<'a>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
    per_line: bool,
    page: bool,
) -> Split<'a> {
    let mut splitter = PointSplitter::new(lines, markers, scheme, per_line);
    splitter.page = page;
    let wording = new_wording(lines, markers, scheme);
    let tight = tight_headings(lines, markers, scheme);
    let subtitles = numbered_subtitles(lines, markers, scheme);
    let parts = outline_parts(lines, markers, scheme);
    for (i, line) in lines.iter().enumerate() {
        let heading_open = std::mem::take(&mut splitter.heading_open);
        // A new page (a form feed, as Word's plain text and a PDF's copy keep it) before a
        // heading-like line with a capital, after a finished sentence, sets it off as a blank
        // line would (`\fEconomy` over `3.`); a sentence running on to the next page does not.
        if line.text.starts_with('\u{c}')
            && is_heading_like(line.text)
            && starts_with_capital(line.text.trim_start())
            && prev_with_text(lines, i).is_some_and(|k| ends_sentence(lines[k].text.trim()))
        {
            splitter.blank_line();
        }
        if line.text.trim().is_empty() {
            splitter.blank_line();
            splitter.heading_open = heading_open;
        } else if wording[i] && splitter.current.is_some() {
            splitter.line_in_point(i, line);
        } else if let Some(m) = splitter.point_marker(i) {
            splitter.start_point(i, line, m);
        } else if splitter.is_section_line(i) || tight[i] || subtitles[i] || parts[i] {
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

/// Is `line`, under the line `above`, a heading of the same shape as `heading`, the next
/// one: unpunctuated, starting with a capital, numbered one less if `heading` is numbered
/// (and not numbered if it is not, then under a line ending the lead), in capitals if
/// `heading` is, no longer than the `longest` heading in words, and
/// either a few words, every longer word capitalised, or opening with the same word and
/// colon or dash as `heading` (`Phase 1: Ceasefire and exchanges` over `Phase 2: …`)? A
/// subtitle of the page (`Draft terms – compare copy with the changes marked`) is not
/// ([`first_heading_in_preamble`](PointSplitter::first_heading_in_preamble)).
fn shaped_as(line: &str, above: &str, heading: &str, longest: usize) -> bool {
    fn number(s: &str) -> (Option<u32>, &str) {
        let s = s.trim();
        let (first, rest) = s.split_once(char::is_whitespace).unwrap_or((s, ""));
        match first.trim_end_matches('.').parse::<u32>() {
            Ok(n) => (Some(n), rest),
            Err(_) => (None, s),
        }
    }
    let capitals = |s: &str| {
        s.chars().any(char::is_alphabetic)
            && !s.chars().any(|c| c.is_alphabetic() && c.is_lowercase())
    };
    let (n, text) = number(line);
    let (m, next) = number(heading);
    let numbered = match (n, m) {
        (None, None) => true,
        (Some(n), Some(m)) => n.checked_add(1) == Some(m),
        _ => false,
    };
    let opens_alike = text.split_whitespace().next() == next.split_whitespace().next()
        && [':', '–', '—']
            .iter()
            .any(|&c| text.contains(c) && next.contains(c));
    // Unnumbered, it ends the page's lead (`…the points are:` or a full sentence over it):
    // a subtitle under the title (`Full Text`, `Draft`), a byline or the wrapped end of the
    // lead (`…meeting in` over `Budapest`) heads nothing; a label and a colon (`Source:
    // Axios`) only when the headings open so too.
    let after_lead = n.is_some() || ends_full_sentence(above) || above.trim_end().ends_with(':');
    numbered
        && after_lead
        && is_heading_like(line)
        && starts_with_capital(text)
        && (opens_alike
            || (few_or_capitalised_words(text) && (!text.contains(':') || next.contains(':'))))
        && script::word_count(text) <= longest
        && capitals(text) == capitals(next)
}

/// Fewest points all numbered `1.` for the list to be read as Markdown's (see
/// `number_markdown_ones`).
pub const MARKDOWN_ONES: usize = 3;

/// A Markdown list written with `1.` on every item (as Markdown allows, and renders 1, 2, 3,
/// ...): its points are numbered as a reader sees them rendered, not all `1`. Each section's
/// list is a list of its own (`Розділ I` over `1.`, `Розділ II` over `1.`), and so rendered
/// from 1; one of them at least must be [`MARKDOWN_ONES`] long. Before, a second list under
/// its own heading (`## Offene Fragen`) left every point labelled `1`.
fn number_markdown_ones(points: &mut [Point], scheme: &Scheme) {
    let plain = matches!(scheme.family, Family::Dot | Family::Paren)
        && scheme.depth == 1
        && scheme.keyword.is_empty();
    if !plain || !points.iter().all(|p| p.label == "1") {
        return;
    }
    let lists: Vec<&[Point]> = points.chunk_by(|a, b| a.section == b.section).collect();
    if lists.iter().all(|list| list.len() < MARKDOWN_ONES) {
        return;
    }
    for list in points.chunk_by_mut(|a, b| a.section == b.section) {
        for (k, p) in list.iter_mut().enumerate() {
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
    /// Whether the draft is a web page's copy (its furniture was left out): the journalist's
    /// paragraphs may follow a list of points of any numbering (see `closing`).
    page: bool,
    split: Split<'a>,
    /// Whether the title is known (a line or a point came before).
    title_decided: bool,
    /// The point being read.
    current: Option<Builder>,
    /// The section heading the next point is under.
    section: Option<String>,
    /// The number of the last point, to check that the next one runs on.
    last_number: Option<u32>,
    /// The numbers of the points so far, in order (`grouped_out_of_order`).
    numbers: Vec<u32>,
    /// Whether a section heading came since the last point (numbering may start again).
    after_heading: bool,
    previous_blank: bool,
    /// How many bullets are points so far (they are labelled `•1`, `•2`, ...).
    bullets: usize,
    /// How many points done so far have a second paragraph.
    points_continued: usize,
    /// Whether any point done so far has a paragraph after a blank line.
    some_point_set_off: bool,
    /// The first paragraph after a blank line of the last point done, if any.
    last_set_off_paragraph: Option<Cut>,
    /// The second paragraph of the last point done, if any (see `Builder`).
    last_second_paragraph: Option<Cut>,
    /// The short tail of the last point done, if any (see `Builder`).
    last_short_tail: Option<Cut>,
    /// The last paragraph after a blank line of the last point done, if any (see `Builder`).
    last_last_paragraph: Option<Cut>,
    /// The quote-closing cut of the last point done, if any (see `Builder`).
    last_quote_closed: Option<Cut>,
    /// The closing formula's cut of the last point done, if any (see `Builder`).
    last_formula: Option<Cut>,
    /// The annex's cut of the last point done, if any (see `Builder`).
    last_annex: Option<Cut>,
    /// The page's own text's cut of the last point done, if any (see `Builder`).
    last_page_tail: Option<Cut>,
    /// The notes' cut of the last point done, if any (see `Builder`).
    last_notes: Option<Cut>,
    /// The line of a bullet list's sign-off in a glyph of its own, once looked for
    /// ([`PointSplitter::odd_last_bullet`]).
    odd_bullet: std::cell::OnceCell<Option<usize>>,
    /// The asterisk footnote's cut of the last point done, if any (see `Builder`).
    last_asterisk_note: Option<Cut>,
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
    /// The letter of the last lettered section heading taken (`B. Communal areas`: 2).
    last_letter: Option<u32>,
    /// The number of the last line of the scheme read as an item of a list inside the point
    /// being read (`1.`, `2.` under `2. The Government will invest in three areas`), if any,
    /// and whether that list's `1.` stands right under a line ending in a colon (the point, or
    /// its text, announces it).
    inner: Option<(u32, bool)>,
    /// Whether the line before was a section heading, so that a short line after it is its
    /// subtitle (`Розділ ІІ` over `ГАРАНТІЇ`).
    heading_open: bool,
    /// The draft's words, to rejoin words hyphenated at a line's end.
    words: Words,
    /// Whether an approval stamp heads the points to come, its lines not all read.
    stamp_open: bool,
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
    /// The line of an act's subject under its heading (`РІШЕННЯ` … `Про створення…`,
    /// [`act_subject_below`]), once found: the title, the lines above it the preamble's.
    title_at: Option<usize>,
    /// Whether the lines read are an approval stamp's over the title (`ЗАТВЕРДЖЕНО` /
    /// `рішенням…`).
    stamp_top: bool,
    /// Whether a letter's salutation came before the first point (`Dear Daniel,`): the
    /// draft's title may then stand under the letter's prose, over the points
    /// (`PointSplitter::title_under_letter`).
    letter: bool,
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
            page: false,
            words: Words::of(lines),
            split: Split::default(),
            title_decided: false,
            current: None,
            section: None,
            last_number: None,
            numbers: Vec::new(),
            after_heading: false,
            previous_blank: true,
            bullets: 0,
            points_continued: 0,
            some_point_set_off: false,
            last_set_off_paragraph: None,
            last_second_paragraph: None,
            last_short_tail: None,
            last_last_paragraph: None,
            last_quote_closed: None,
            last_formula: None,
            last_annex: None,
            last_page_tail: None,
            last_notes: None,
            odd_bullet: std::cell::OnceCell::new(),
            last_asterisk_note: None,
            quoted: false,
            quote_count: 0,
            quote_just_closed: false,
            last_roman: None,
            last_letter: None,
            inner: None,
            heading_open: false,
            stamp_open: false,
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
            title_at: None,
            stamp_top: false,
            letter: false,
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
        // A Spanish law's dispositions start points after its articles, each kind numbered
        // from the first.
        if let Some(m) = self.markers[i].as_ref().filter(|m| m.is_disposition()) {
            let closes = scheme.family == Family::ArticleWord
                && (self.current.is_some() || !self.split.points.is_empty());
            return closes.then_some(m);
        }
        self.markers[i]
            .as_ref()
            .filter(|m| m.is_of(scheme))
            .filter(|m| match scheme.family {
                Family::Bullet => !self.odd_last_bullet(i),
                // Dashes follow on exactly: `5 – 10 countries` wrapped in point 3 is text. A
                // table's row may skip a number or two, as a later draft drops rows (`6`,
                // then `8<TAB>Report…`): a capital follows its gap, no wrapped figure's word.
                Family::Dash if m.is_table_row() => self
                    .last_number
                    .is_none_or(|l| m.number > l && m.number <= l + TABLE_ROWS_SKIPPED + 1),
                Family::Dash => self.last_number.is_none_or(|l| m.number == l + 1),
                _ if self.wrapped_number(i, m) => false,
                _ if self.wrapped_jump(i, m) => false,
                _ if self.wrapped_first_date(i, m) => false,
                // An inserted number (`2A.`, `3-1.`, `2¹.`) starts its own line, after a blank
                // line or a finished sentence: at the start of a wrapped line,
                // `5G.`, `4B.` and `14-15.` are the sentence's.
                _ if inserted(m) && !self.starts_own_line(i) => false,
                _ if self.nested_item(i) => false,
                _ if self.inner_item(i, m) => false,
                _ => {
                    runs_on(self.last_number, m.number, self.after_heading)
                        || (self.after_heading
                            && m.family.is_word()
                            && next_hundred(self.last_number, m.number))
                        || self.mistyped(i, m)
                        || self.quoted_out_of_order(i, m)
                        || self.grouped_out_of_order(i, m)
                }
            })
    }

    /// Is marker `m` on line `i` the next item of a list inside the point (`2. Road repairs`
    /// under point 2's `A. Transport` and its `1.`), not the point's number again? It runs on
    /// from the list's last item, and either
    /// - the numbers after it (the list's, and those of lists from 1 under the next
    ///   heading-like lines) fall back into the points' run ([`falls_back`]: `3.` after point
    ///   2's lists), however far the list goes; lists from 1 under headings to the end are the
    ///   sections' points (`C. Parking` over `1.`, `2.`); or
    /// - it is the point's own number in a list the point announced (`3. … must give the
    ///   others:` over `1.`, `2.`, `3.`, then `4.`): a list from 1 right under a line ending in a
    ///   colon.
    fn inner_item(&self, i: usize, m: &Marker) -> bool {
        let (Some((run, announced)), Some(outer)) = (self.inner, self.last_number) else {
            return false;
        };
        m.number == run + 1
            && ((m.number == outer && announced)
                || falls_back(
                    self.lines,
                    self.markers,
                    self.scheme,
                    (i, run),
                    outer,
                    |j| is_heading_like(self.lines[j].text),
                ))
    }

    /// Is line `i` the last bullet, set off by a blank line, in a glyph of its own under a list
    /// whose other items (three at least) share one (a channel's `📌 Details in the comments`
    /// under its `🔹` items)? Such a line is the post's sign-off, not an item.
    fn odd_last_bullet(&self, i: usize) -> bool {
        *self.odd_bullet.get_or_init(|| self.find_odd_bullet()) == Some(i)
    }

    fn find_odd_bullet(&self) -> Option<usize> {
        const FEWEST_ITEMS: usize = 3;
        let glyph = |k: usize| self.lines[k].text.trim_start().chars().next();
        let items: Vec<usize> = (0..self.lines.len())
            .filter(|&k| {
                self.markers[k]
                    .as_ref()
                    .is_some_and(|m| m.is_of(self.scheme))
            })
            .collect();
        let (&last, others) = items.split_last()?;
        (others.len() >= FEWEST_ITEMS
            && last > 0
            && self.lines[last - 1].text.trim().is_empty()
            && others.iter().all(|&k| glyph(k) == glyph(others[0]))
            && glyph(last) != glyph(others[0])
            // An emoji or symbol (`📌`), not a list's other bullet (`-`, `•`), and no
            // sentence: an item of the list in another bullet ends as its items do.
            && glyph(last).is_some_and(|g| g >= '\u{2190}' && !"•◦▪▫‣●○■□".contains(g))
            && !self.lines[last].text.trim_end().ends_with(['.', ';']))
        .then_some(last)
    }

    /// Is line `i` an item of a list nested in the current point, numbered as the points are
    /// (a web page's inner list pasted with its indentation: `3. …, in particular:` over
    /// `    1. …`, `    2. …`, `    3. …`; a word processor's outline saved as text, its
    /// inner items indented by a tab)? It is indented deeper than the point's own line, and
    /// either opens the inner list (`1.` under a point past the first) or an earlier line of
    /// the point, as deep, opened it with the scheme's marker. Before, the inner `3.` after a
    /// point 3 ran on as a point of its own, and the inner `1.`, `2.` started the list again.
    fn nested_item(&self, i: usize) -> bool {
        let indent = |k: usize| {
            let t = self.lines[k].text;
            columns(&t[..t.len() - t.trim_start_matches([' ', '\t']).len()])
        };
        let Some(b) = self.current.as_ref() else {
            return false;
        };
        let Some(first) = self.lines[..i].iter().rposition(|l| l.start <= b.start) else {
            return false;
        };
        let depth = indent(i);
        let opens = self.markers[i]
            .as_ref()
            .is_some_and(|m| m.is_of(self.scheme) && m.number == 1)
            && self.last_number.is_some_and(|l| l >= 1);
        depth >= indent(first) + 2
            && (opens
                || (first + 1..i).any(|k| {
                    indent(k) == depth
                        && self.markers[k]
                            .as_ref()
                            .is_some_and(|m| m.is_of(self.scheme))
                }))
    }

    /// Is the scheme plain numbers (`1.`, `1)`, `(1)`), one level, no keyword?
    fn plain_numbers(&self) -> bool {
        let s = self.scheme;
        plain_number(s.family, s.depth, &s.keyword) && !s.mixed
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

    /// Is marker `m` on line `i` a plan's point that a page quotes under a topic's heading out
    /// of the plan's order (`Territory` over `21.`, `22.`, `23.`, then `Security` over `11.`,
    /// or `Point 11` under `ECONOMY` after `Point 18`):
    /// right under a heading, a number below the last point's that no point has had yet, on a
    /// line of its own, its text starting with a capital or a quote? Before, such points ran
    /// into the point above (a number going back was read as the text's). Numbers from 1
    /// under a heading start a list again ([`runs_on`]); a number a point has had already is
    /// an inner list's.
    fn grouped_out_of_order(&self, i: usize, m: &Marker) -> bool {
        // (A label's keyword says it is a point whatever follows: `Point 11   ● Agreed`.)
        let labelled = m.family == Family::PointWord;
        (self.plain_numbers() || labelled)
            && self.after_heading
            && m.number > 1
            && self.last_number.is_some_and(|l| m.number < l)
            && !self.numbers.contains(&m.number)
            && self.starts_own_line(i)
            && {
                let text = self.lines[i].text[m.rest.min(self.lines[i].text.len())..].trim_start();
                // (Not a date, `12. November: envoys met`, under a timeline's heading.)
                let word = text
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or_default();
                labelled
                    || (text.starts_with(|c: char| c.is_uppercase() || OPENING_QUOTES.contains(&c))
                        && !date_word(word))
            }
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

    /// Is marker `m` on line `i` a figure that hard wrapping put at the start of a line, far
    /// ahead of the list (`…erfolgt bis zum` over `15. Oktober für das Folgejahr.`, a German
    /// date, under point 3): a number past the next point's, on a line that goes on with a
    /// sentence the line above leaves open, and the scheme's next marker the next point's.
    /// Before, `15.` was taken as a point skipping eleven and swallowed points 4 to 8, which
    /// no longer ran on.
    fn wrapped_jump(&self, i: usize, m: &Marker) -> bool {
        // (The number's test first: it spares nearly every point the look at the line above.)
        self.last_number.is_some_and(|l| m.number > l + 1)
            && self.plain_numbers()
            && self.current.is_some()
            && !self.starts_own_line(i)
            && self.next_number(i) == self.last_number.map(|l| l + 1)
    }

    /// Is marker `m` on line `i`, before the first point, a date's day at the start of a line
    /// (`The ministers, who met in Kirkenes on` over `18. november 2025, agree as follows:`,
    /// hard wrapped, or a meeting's date on its own line over its agenda): a month's name and
    /// a year after it, and the scheme's next marker a lower number? Before, the date made
    /// point 18, and the points under it its text.
    fn wrapped_first_date(&self, i: usize, m: &Marker) -> bool {
        self.last_number.is_none() && self.next_number(i).is_some_and(|n| n < m.number) && {
            let text = self.lines[i].text[m.rest.min(self.lines[i].text.len())..].trim_start();
            let mut words = text.split_whitespace();
            words
                .next()
                .is_some_and(|w| date_word(w.trim_end_matches(',')))
                && words
                    .next()
                    .is_some_and(|y| y.len() >= 4 && y.bytes().take(4).all(|b| b.is_ascii_digit()))
        }
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
        self.inner = None;
        self.stamp_open = false;
        if self.split.points.is_empty() {
            self.title_under_letter();
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
            set_off_paragraph: None,
            short_tail: None,
            last_paragraph: None,
            quote_closed: None,
            formula: None,
            annex: None,
            page_tail: None,
            notes: None,
            asterisk_note: None,
        };
        let mut rest = line.text[m.rest.min(line.text.len())..].trim();
        // (`trim_end_matches("**")`, without building its string search on every point.)
        while let Some(r) = rest.strip_suffix("**") {
            rest = r;
        }
        let rest = rest.trim_end();
        // A bold label and title (`**Point 1: Sovereignty.** The independence…`): the mark
        // that closes the bold is Markdown's, not the point's.
        let bold = line
            .text
            .trim_start()
            .trim_start_matches('#')
            .trim_start()
            .starts_with("**");
        let unbolded;
        // (The first `**`, as `split_once` finds it: a vectorised search for its first `*`,
        // with no string search to build on every line.)
        let bytes = rest.as_bytes();
        let halves = memchr::memchr_iter(b'*', bytes)
            .find(|&k| bytes.get(k + 1) == Some(&b'*'))
            .map(|k| (&rest[..k], &rest[k + 2..]));
        let rest = match halves {
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
        self.numbers.push(m.number);
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
        } else if self.scheme.mixed && self.scheme.family.is_word() {
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
    /// ([`bullets_under_numbered_headings`](super::scheme::bullets_under_numbered_headings))?
    fn is_section_line(&self, i: usize) -> bool {
        let bullets = self.scheme.family == Family::Bullet;
        // Clauses numbered under numbered headings (`1.1` under `1. DEFINITIONS`).
        let clauses = self.scheme.family == Family::Dot && self.scheme.depth == 2;
        self.scheme.sections
            && self.markers[i].as_ref().is_some_and(|m| {
                m.depth == 1
                    && if bullets {
                        matches!(m.family, Family::Dot | Family::Paren | Family::Enclosed)
                    } else if clauses {
                        m.family == Family::Dot && numbered_heading(self.lines[i].text, m)
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

    /// The letter of line `i` as the next lettered section heading ([`letter_heading`]): `A.`
    /// or the letter after the last one, over a point of plain numbers that starts again from
    /// 1 (a residents' proposals' `B. Communal areas` over its own `1.`, `2.`). Without the
    /// numbers starting again under it, a lettered line is an item of the point above.
    fn next_letter_heading(&self, i: usize, line: &str) -> Option<u32> {
        let plain = matches!(
            self.scheme.family,
            Family::Dot | Family::Paren | Family::Enclosed
        ) && !self.scheme.mixed;
        let letter = letter_heading(line).filter(|_| plain)?;
        let follows =
            first_letter(letter) || self.last_letter.is_some_and(|l| next_letter(l, letter));
        let first = next_with_text(self.lines, i)?;
        let restarts = self.markers[first]
            .as_ref()
            .is_some_and(|m| m.is_of(self.scheme) && m.number == 1);
        (follows && restarts && !self.falls_back(first)).then_some(letter)
    }

    /// Do the numbers from line `first` on (a list from 1 under a lettered line) fall back into
    /// the point's own run (`3.` after point 2's `A. Monitoring` and its `1.`)? Then the
    /// lettered line and its list are a part of point 2, not a section ([`falls_back`]; the
    /// lists from 1 under the next lettered lines are read past).
    fn falls_back(&self, first: usize) -> bool {
        self.last_number.is_some_and(|outer| {
            falls_back(
                self.lines,
                self.markers,
                self.scheme,
                (first, 0),
                outer,
                |j| letter_heading(self.lines[j].text).is_some(),
            )
        })
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
        let stamp = approval_stamp(text);
        if !plain || !own_line || !(is_lead_in(text) || stamp) {
            return false;
        }
        let of_scheme = |k: usize| self.markers[k].as_ref().filter(|m| m.is_of(self.scheme));
        // Under an approval stamp, the approved text's name comes first (`УТВЕРЖДЕНЫ` over
        // `постановлением Правительства`, `ПРАВИЛА`, `предоставления субсидий`, then `1.`).
        let next = if stamp {
            (i + 1..self.lines.len().min(i + 1 + STAMP_LINES))
                .find(|&k| self.markers[k].is_some())
                .filter(|&k| of_scheme(k).is_some())
        } else {
            next_with_text(self.lines, i)
        };
        let Some(next) = next else {
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

    /// Does `line` carry on the title right above it, with no blank line between: it opens
    /// with a small letter (`TREATY` over `on Good-Neighbourliness and the State Border…`,
    /// `МЕМОРАНДУМ` over `про режим тиші…`, `Про створення центру` over `та порядок його
    /// роботи`), under a title not ended by a stop, and leads into nothing (no colon)? At
    /// most [`TITLE_MORE_LINES`] such lines.
    fn continues_title(&self, line: &Line<'a>) -> bool {
        let Some(first) = self.split.title else {
            return false;
        };
        let last = self.split.title_more.last().unwrap_or(&first);
        let t = line.text.trim();
        // Under a title in capitals any word (`ПОРЯДОК` over `використання коштів`); under
        // one in small letters, a joining word (`та`, `and`, `between`): not a channel's
        // `pinned «…»` under its name.
        let capitals = in_capitals(first.text);
        // In capitals under a title in capitals, a joining word in capitals (`СОГЛАШЕНИЕ`
        // over `О СОТРУДНИЧЕСТВЕ` over `В ОБЛАСТИ`); not a Latin letter alone, a Roman number.
        let both_capitals = capitals && in_capitals(t);
        let joined = t.split_whitespace().next().is_some_and(|w| {
            TITLE_WORDS_JOINING.contains(&w)
                || (both_capitals && w.len() > 1 && lower_is_one_of(w, TITLE_WORDS_JOINING))
        });
        // A title broken after its joining word goes on with a capital (`УГОДА між` over
        // `Міністерством культури…`, `Code of Practice for` over `News Media Outlets`). A
        // letter alone in capitals is a Roman number (`Phase I`), not `i`.
        let after_joining = last.text.split_whitespace().last().is_some_and(|w| {
            lower_is_one_of(w, TITLE_WORDS_JOINING)
                && (w.chars().count() >= 2 || w.chars().all(char::is_lowercase))
        });
        // A title broken inside its brackets goes on to close them (`… framework (December`
        // over `2025)`).
        let in_brackets = last.text.matches('(').count() > last.text.matches(')').count()
            && t.contains(')')
            && !t.contains('(');
        // A title broken after its joining word goes on with the date it ends on (`… agreed
        // in the month of` over `December 2025`), which alone would be a page's dateline.
        let dated = after_joining && is_dateline(t);
        let lower = t.to_lowercase();
        // Not a note on the text in brackets (`(unofficial translation)`, `(робочий варіант,
        // редакція від 12.03.2026)`), a byline (`by Marta Oleksiuk`), nor the act's place and
        // date under it (`м. Львів   5 березня 2026 року`, `м.Київ`, `місто Київ,
        // дванадцятого березня…`).
        let aside = t.starts_with(['(', '['])
            || NOT_TITLES.iter().any(|n| lower.starts_with(n))
            || BYLINE_WORDS.iter().any(|b| {
                lower
                    .strip_prefix(b)
                    .is_some_and(|rest| rest.starts_with([' ', ':']))
            });
        let place = PLACE_STARTS.iter().any(|p| lower.starts_with(p));
        let words = script::word_count(first.text)
            + self
                .split
                .title_more
                .iter()
                .map(|l| script::word_count(l.text))
                .sum::<usize>()
            + script::word_count(t);
        // (A short title in capitals names a kind of text whose subject follows, `ПОРЯДОК`
        // over `проведення конкурсу`; under a longer one a line in small letters is its
        // edition, `версія для громадського обговорення`, unless it opens with a joining
        // word.)
        let kind_only = capitals && script::word_count(first.text) <= KIND_WORDS;
        // An act's subject breaks anywhere (`Про затвердження Порядку надання допомоги` over
        // `внутрішньо переміщеним особам`).
        let subject = first
            .text
            .split_whitespace()
            .next()
            .is_some_and(|w| SUBJECT_WORDS.contains(&w));
        // A title in capitals that names only a kind of text, with its subject in small
        // letters a paragraph below, as a word processor's paragraphs set them (`МЕМОРАНДУМ`,
        // a blank line, `о принципах послевоенного урегулирования`).
        // Only a subject that opens with a joining word (`о`, `про`, `on`, `between`), with
        // no figure and no note on its distribution: not the place and date it was made or
        // approved (`made on 3 December 2025`, `затверджено наказом № 5`), nor `for
        // discussion only`.
        let next_paragraph = kind_only
            && self.split.title_more.is_empty()
            && last.number + 2 == line.number
            && t.starts_with(char::is_lowercase)
            && t.split_whitespace()
                .next()
                .is_some_and(|w| TITLE_WORDS_JOINING.contains(&w))
            && !t.contains(|c: char| c.is_ascii_digit())
            && !DISTRIBUTION_NOTES.iter().any(|n| lower.contains(n))
            && !t.ends_with(['.', '!', '?'])
            // (The line between is blank; found by place, as lines left out of the text, a
            // page's menu, are not in `lines`.)
            && self
                .lines
                .iter()
                .position(|l| l.start == line.start)
                .is_some_and(|k| {
                    k >= 1
                        && self.lines[k - 1].number == last.number + 1
                        && self.lines[k - 1].text.trim().is_empty()
                });
        // A heading in capitals that names its kind last, as Turkish does, goes on to it
        // (`GEÇİCİ KORUMA KAPSAMINDAKİ UKRAYNA VATANDAŞLARININ` over `KAYIT VE BARINMA
        // İŞLEMLERİNE DAİR YÖNETMELİK`).
        let kind_last = both_capitals
            && self.split.title_more.is_empty()
            && script::word_count(first.text) >= 3
            && script::word_count(t) >= 3
            && t.split_whitespace()
                .last()
                .is_some_and(super::acts::turkish_kind);
        (last.number + 1 == line.number || next_paragraph)
            && (after_joining
                || in_brackets
                || (both_capitals && joined)
                || kind_last
                || ((kind_only || joined || subject)
                    && t.chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(char::is_lowercase)))
            && self.split.title_more.len() < TITLE_MORE_LINES
            && words <= 2 * TITLE_WORDS
            && self
                .split
                .preamble
                .last()
                .is_none_or(|p| p.number < first.number)
            && !last
                .text
                .trim_end()
                .ends_with(['.', ':', ';', '!', '?', ','])
            && !t.ends_with([':', ';'])
            && !is_sentence(t)
            && !place
            && !aside
            && (dated || !masthead_line(t))
    }

    /// In a letter (a salutation came before the points), the title when there is none yet:
    /// the last line of the preamble when it stands alone over the first point, set off by a
    /// blank line from the letter's prose, and could be a title (`Dear Daniel,` … `here is
    /// our working rendering.` over `Framework Agreement on Peace — 20 Points` over `1)`).
    fn title_under_letter(&mut self) {
        if !self.letter || self.split.title.is_some() {
            return;
        }
        let Some(&last) = self.split.preamble.last() else {
            return;
        };
        // (Lines left out of the text, a mail's headers, are not in `lines`: found by place.)
        let set_off = self
            .lines
            .iter()
            .position(|l| l.start == last.start)
            .is_some_and(|k| k >= 1 && self.lines[k - 1].text.trim().is_empty());
        // (Not the text's source or date over the points, `Джерело: телеграм-канал…`.)
        let alone = set_off
            && self.split.preamble.len() >= 2
            && could_be_title(last.text)
            && !salutation(last.text)
            && !lead_in_sentence(last.text)
            && !masthead_line(last.text);
        if alone {
            self.split.preamble.pop();
            self.split.title = Some(last);
        }
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
        if before_first && self.title_decided && salutation(line.text) {
            self.letter = true;
        }
        let roman = self.next_roman_heading(line.text);
        // An approval stamp under a heading already read (the act's signature), over the text
        // it approves: the stamp and the lines to its first point join the heading.
        let stamp = !before_first
            && !self.stamp_open
            && approval_stamp(line.text)
            && self.lead_in_over_new_list(i, line.text);
        if stamp {
            let text = crate::draft::scan::single_spaced(line.text);
            match self.split.headings.last_mut().filter(|_| heading_open) {
                Some(h) => {
                    h.text.push(' ');
                    h.text.push_str(&text);
                    self.section = Some(h.text.clone());
                }
                None => self.section = Some(self.split.heading(line)),
            }
            self.stamp_open = true;
        } else if !self.title_decided {
            // A page's masthead over the title (its date, its menu, a file's name) is read
            // with the preamble; the title is the line under it. So are an act's heading over
            // its subject, and a rule.
            let unmarked = |k: usize| self.markers[k].is_none();
            let title_under = title_below(self.lines, i)
                .is_some_and(|k| unmarked(k) && could_be_title(self.lines[k].text));
            if self.title_at.is_none() {
                // (The masthead may open with the document's number, read as a marker of
                // another scheme: `N° 1187` over `ASSEMBLÉE NATIONALE`.)
                let scheme = self.scheme;
                let top = |k: usize| {
                    unmarked(k)
                        || (k == i && self.markers[k].as_ref().is_some_and(|m| !m.is_of(scheme)))
                };
                self.title_at = act_subject_below(self.lines, i, unmarked)
                    .or_else(|| super::acts::act_heading_below(self.lines, i, top))
                    .or_else(|| {
                        if self.split.preamble.is_empty() {
                            super::acts::registered_title_below(self.lines, i)
                        } else {
                            None
                        }
                    });
            }
            // An approval stamp over the approved text's title, with the act's lines under it
            // up to a blank line or a line in capitals (`ЗАТВЕРДЖЕНО` / `рішенням виконавчого
            // комітету` / `від 10 лютого 2026 року № 88` over `ПОЛОЖЕННЯ`): the preamble's.
            // (A stamp ends with its date, `«15» марта 2026 г.`, over a title in small letters.)
            // (Not a seal's `м.п.`, a signature's `_____ И. И. Иванов` or the resolution's
            // subject, `w sprawie …`, under the date, nor a second stamp, `СОГЛАСОВАНО` … over
            // `УТВЕРЖДАЮ` ….)
            let dated = || {
                script::word_count(line.text) >= KIND_WORDS
                    && line.text.trim_start().starts_with(char::is_uppercase)
                    && !line.text.contains("__")
                    && self
                        .split
                        .preamble
                        .iter()
                        .rev()
                        .take(2)
                        .any(|p| is_dateline(&p.text.replace(['«', '»'], "")))
            };
            self.stamp_top = (self.split.preamble.is_empty()
                && (approval_stamp(line.text) || annex_stamp(self.lines, i)))
                || (self.stamp_top
                    && !self.previous_blank
                    && (!in_capitals(line.text) || approval_stamp(line.text))
                    && !dated());
            if self.stamp_top {
                self.split.preamble.push(*line);
                self.previous_blank = false;
                return;
            }
            if (title_under && masthead_line(line.text))
                || self.title_at.is_some_and(|k| i < k)
                || kicker_over_headline(self.lines, i)
                || over_menu(self.lines, i, unmarked)
                || front_matter(self.lines, i, title_under)
                || super::is_separator(line.text)
                || (title_under && bracketed_note(line.text))
                || markdown_title_below(self.lines, i, unmarked)
            {
                self.split.preamble.push(*line);
                return;
            }
            self.title_decided = true;
            let greeting = salutation(line.text);
            self.letter |= greeting;
            // (A Spanish act's title with its stop: in capitals, `ACUERDO por el que…`, or
            // under its gazette's or issuer's lines; a text's first sentence citing an act,
            // `Real Decreto 203/2021, por el que…, dispone que…`, is prose.)
            let act_title = super::acts::formula_title(line.text)
                && (!self.split.preamble.is_empty()
                    || line
                        .text
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.chars().count() > 1 && in_capitals(w)));
            // (Nor a short sentence with its stop under the page's front matter, `The parties
            // agree as follows.` under a marking: a headline or a title has none.)
            let stopped = !self.split.preamble.is_empty()
                && line.text.trim_end().ends_with('.')
                && script::word_count(line.text) >= 4;
            if ((is_sentence(line.text) || stopped) && !act_title)
                || greeting
                || lead_in_sentence(line.text)
            {
                self.split.preamble.push(*line);
            } else if act_title && let Some(rest) = super::acts::register_number(line.text.trim()) {
                // (Without the gazette's register number: it is the issue's, not the act's.)
                let at = line.text.len() - rest.len();
                self.split.title = Some(Line {
                    start: line.start + at,
                    text: &line.text[at..],
                    ..*line
                });
            } else {
                self.split.title = Some(*line);
            }
        } else if before_first && self.continues_title(line) {
            self.split.title_more.push(*line);
        } else if before_first
            && preamble_heading(line.text)
            && !next_with_text(self.lines, i).is_some_and(|k| {
                self.markers[k]
                    .as_ref()
                    .is_some_and(|m| m.is_of(self.scheme))
            })
        {
            // `Preamble` over the preamble's prose: its heading, not a section's (over numbered
            // recitals it heads them as a section).
            self.split.preamble.push(*line);
        } else if (self.stamp_open
            || (heading_open
                && is_heading_like(line.text)
                && starts_with_capital(line.text)
                && !section_word_heading(line.text)))
            && self.markers[i].is_none()
        {
            // Under an approval stamp, every line to the first point names the approved text
            // (`постановою Кабінету Міністрів України`, `ПОРЯДОК`, `надання допомоги…`).
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
            if let Some(letter) = self.next_letter_heading(i, line.text) {
                self.last_letter = Some(letter);
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
        if let Some(m) = self.markers[i].as_ref().filter(|m| m.is_of(self.scheme)) {
            let announced = if m.number == 1 {
                i > 0 && self.lines[i - 1].text.trim_end().ends_with(':')
            } else {
                self.inner.is_some_and(|(_, announced)| announced)
            };
            self.inner = Some((m.number, announced));
        }
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
        // Set off from the point above, or under its finished sentence: not the end of a
        // point that introduces it (`3. The Board considered one option` over `A. Sell the
        // old depot` and its own `1.`, `2.`).
        let set_off =
            || self.previous_blank || (i > 0 && ends_full_sentence(self.lines[i - 1].text));
        let lettered = self
            .next_letter_heading(i, line.text)
            .filter(|_| !announces && set_off());
        let numbered_heading = roman.is_some()
            || lettered.is_some()
            || restart
            || (!announces && self.keyword_heading(i, line.text, false));
        let sub_item = (other_scheme || is_sub_item(line.text)) && !numbered_heading;
        // The next of a point's lettered items (`в.` over `г.`), whatever it says.
        let after_sub_item = sub_item
            && (0..i)
                .rev()
                .map(|k| self.lines[k].text)
                .find(|t| !t.trim().is_empty())
                .is_some_and(is_sub_item);
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
            // An approval stamp under the act's signature (`Прем'єр-міністр України
            // Ю. СВИРИДЕНКО` over `ЗАТВЕРДЖЕНО`): the signature is no text of the act's last
            // point; it heads the approved text with the stamp.
            let stamp = restart && approval_stamp(line.text);
            // So does a signature block set off above a schedule (a statutory instrument's
            // `Name` / `Minister of State` / department / date over `SCHEDULE`).
            let lines = self.lines;
            // And a contract's execution lines above its schedule (`Signed by NAME … for and
            // on behalf of …`), from the closing formula set off by a blank line.
            // The line a cut starts at, in the point above this one.
            let line_of = |cut: &Cut| lines[..i].partition_point(|l| l.start < cut.at);
            let set_off = |cut: &Cut| {
                let k = line_of(cut);
                k > 0 && lines[k - 1].text.trim().is_empty()
            };
            // Short unpunctuated lines, dated (not a clause's subheading over its sentence,
            // nor an address the clause gives).
            let signed_block = |cut: &Cut| {
                let k = line_of(cut);
                let block: Vec<&str> = lines[k..i]
                    .iter()
                    .map(|l| l.text)
                    .filter(|t| !t.trim().is_empty())
                    .collect();
                set_off(cut)
                    && block.len() >= 2
                    && block.iter().all(|t| is_heading_like(t))
                    && block.iter().any(|t| is_dateline(t))
            };
            let annex_cut = if annex_heading(line.text) {
                [b.short_tail.filter(signed_block), b.formula.filter(set_off)]
                    .into_iter()
                    .flatten()
                    .min_by_key(|cut| cut.at)
            } else {
                None
            };
            let mut signature = String::new();
            if let Some(b) = self.current.as_mut()
                && let Some(cut) = annex_cut.or_else(|| b.short_tail.filter(|_| stamp))
                && b.text.is_char_boundary(cut.text_len)
            {
                b.short_tail = None;
                signature = self
                    .lines
                    .iter()
                    .filter(|l| l.start >= cut.at && l.start < line.start)
                    .flat_map(|l| l.text.split_whitespace())
                    .collect::<Vec<_>>()
                    .join(" ");
                b.text.truncate(cut.text_len);
                b.text.truncate(b.text.trim_end().len());
                b.end = cut.end;
            }
            self.end_point();
            self.section = Some(self.split.heading(line));
            if stamp {
                self.stamp_open = true;
            }
            if let Some(h) = self.split.headings.last_mut()
                && !signature.is_empty()
            {
                h.text = format!("{signature} {}", h.text);
                self.section = Some(h.text.clone());
            }
            self.after_heading = true;
            self.heading_open = true;
            if roman.is_some() {
                self.last_roman = roman;
            }
            if lettered.is_some() {
                self.last_letter = lettered;
            }
        } else {
            // A new paragraph: after a blank line, or on a line of its own when each line is
            // a paragraph.
            // (Not a quotation: a news page's quote between the points, `"Without observers
            // nobody will trust anything," a diplomat said.`, is commentary, not a paragraph of
            // the point's own that would make the last point's next paragraph its own too.)
            // (A messenger's emoji set off by a blank line under numbered points, `📌 We will
            // update…`, opens a paragraph, not an item of the point.)
            let emoji_paragraph = self.previous_blank
                && line.text.trim_start().starts_with(EMOJI_BULLETS)
                && self.scheme.family != Family::Bullet;
            if (!sub_item || emoji_paragraph)
                && !b.text.is_empty()
                && (self.previous_blank || self.per_line)
                && b.second_paragraph.is_none()
                && !line.text.trim_start().starts_with(OPENING_QUOTES)
            {
                b.second_paragraph = Some(b.cut_at(line));
            }
            if !sub_item
                && !b.text.is_empty()
                && self.previous_blank
                && b.set_off_paragraph.is_none()
            {
                b.set_off_paragraph = Some(b.cut_at(line));
            }
            // (A dateline whose place's kind reads as a lettered sub-item, `м. Житомир, 15
            // квітня 2025 року`, starts one too, unless it follows such items.)
            if (!sub_item || (dated_line(line.text) && !after_sub_item))
                && !b.text.is_empty()
                && self.previous_blank
            {
                b.last_paragraph = Some(b.cut_at(line));
            }
            // A short unpunctuated line after a full sentence (`For the Ministry`): the
            // closing if the point is the last and nothing but such lines follows.
            if !sub_item
                && !b.text.is_empty()
                && b.short_tail.is_none()
                && prev_with_text(self.lines, i)
                    .is_some_and(|k| ends_full_sentence(self.lines[k].text))
                && is_heading_like(line.text)
            {
                b.short_tail = Some(b.cut_at(line));
            }
            // Not a formula quoted as new wording (`…replaced by the following:`).
            // (Past a blank line: `…shall bear the following:` / `` / `Passed the House…`.)
            let quoted = prev_with_text(self.lines, i)
                .is_some_and(|k| self.lines[k].text.trim_end().ends_with(':'));
            if b.formula.is_none() && !sub_item && !quoted && closing_formula(line.text) {
                b.formula = Some(b.cut_at(line));
            }
            // (The parties' heading under the point's text, not among headings listed in it:
            // `Предмет договору` over `Реквізити та підписи сторін` in a template's contents.
            // An annex's heading after a blank line, or at the top of a page after a full
            // sentence: a PDF's copy sets no blank lines, and its page's header was left out
            // between them, `…mandate period.` over `PCOEJ1499 - 3 - PC.DEC/9999` over
            // `Attachment`; not when the point holds such a heading already, `Annex 1 – …`
            // and `Annex 2 – …` reviewed one by one in a minute's item.)
            let page_top = self.lines[i - 1].number + 1 < line.number
                && ends_full_sentence(self.lines[i - 1].text)
                && !self.lines[..i]
                    .iter()
                    .rev()
                    .take_while(|l| l.start >= b.start)
                    .any(|l| annex_heading(l.text));
            if b.annex.is_none()
                && !quoted
                && ((self.lines[i - 1].text.trim().is_empty() || page_top)
                    && annex_heading(line.text)
                    || (parties_heading(line.text)
                        && (self.lines[i - 1].text.trim().is_empty()
                            || ends_full_sentence(self.lines[i - 1].text)
                            || !is_heading_like(self.lines[i - 1].text))))
            {
                b.annex = Some(b.cut_at(line));
            }
            // (A paragraph of its own, or a line after a sentence's end where a page sets no
            // blank lines; a copyright line or a list of sources, `Quellen:` alone over its
            // citations, anywhere, no sentence's continuation: a German quotation's `…ist.“`
            // reads as no sentence's end.)
            let above = prev_with_text(self.lines, i).map(|k| self.lines[k].text.trim());
            if b.page_tail.is_none()
                && !sub_item
                && !b.text.is_empty()
                && (((self.previous_blank
                    || self.per_line
                    || copyright_line(line.text)
                    || above.is_some_and(ends_sentence))
                    && (page_tail(line.text)
                        || (source_line(line.text) && next_with_text(self.lines, i).is_none())))
                    || sources_list(self.lines, i))
                // (A notice the point announces, `…display the following notice:` over `©
                // 2025 …`, is its text, and so is a line that goes on with a sentence, `or,
                // if the House has voted against,` over `Question negatived.`)
                && !above.is_some_and(|t| t.ends_with([':', ',', ';']))
            {
                b.page_tail = Some(b.cut_at(line));
            }
            if self.quote_just_closed && b.quote_closed.is_none() {
                b.quote_closed = Some(b.cut_at(line));
            }
            let first_note = self.markers[i]
                .as_ref()
                .is_some_and(|m| m.family == Family::Enclosed && m.number == 1);
            if b.notes.is_none()
                && first_note
                // (Under articles, only after the closing formula: an article's own
                // paragraphs are `(1)`, `(2)`, and `Article 3(1)` cites them.)
                && (matches!(self.scheme.family, Family::Dot | Family::Paren)
                    || (self.scheme.family == Family::ArticleWord && b.formula.is_some()))
            {
                b.notes = Some(b.cut_at(line));
            }
            if b.asterisk_note.is_none()
                && self.previous_blank
                && asterisk_mark(line.text).is_some()
            {
                b.asterisk_note = Some(b.cut_at(line));
            }
            b.push_line(line, sub_item || self.per_line, &self.words);
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
            self.points_continued += usize::from(self.last_second_paragraph.is_some());
            self.last_second_paragraph = b.second_paragraph;
            self.some_point_set_off |= self.last_set_off_paragraph.is_some();
            self.last_set_off_paragraph = b.set_off_paragraph;
            self.last_short_tail = b.short_tail;
            self.last_last_paragraph = b.last_paragraph;
            self.last_quote_closed = b.quote_closed;
            self.last_formula = b.formula;
            self.last_annex = b.annex;
            self.last_page_tail = b.page_tail;
            self.last_notes = b.notes;
            self.last_asterisk_note = b.asterisk_note;
            self.split.points.push(b.finish());
        }
    }

    /// The split, with the last point done and the text after it set apart.
    fn finish(mut self) -> Split<'a> {
        self.end_point();
        self.first_heading_in_preamble();
        self.attach_orphans();
        self.closing();
        // After the closing has taken the headings below the last point (a dateline).
        self.lone_lead_in();
        self.drop_quotation_marks();
        self.split
    }

    /// A page's lead-in line over the list (`Full text of the plan`, `❗️Главное из проекта (20
    /// пунктов)`, `Джерело: видання`; [`LEAD_IN_WORDS`] words or more, a colon or a figure) is
    /// the draft's only heading, set off above the first
    /// point with no keyword or numeral: it stays in the preamble, where it is compared, but
    /// heads no section (every point showed it). A keyword's heading (`Розділ І`) still does.
    fn lone_lead_in(&mut self) {
        let first = self.split.points.first().map(|p| p.range.start);
        if let [heading] = self.split.headings.as_slice()
            && self.loose_heading
            // A lead-in's shape: a phrase, a source's label or a figure (`Full text of the
            // plan`, `Джерело: …`, `20 punktów`), not a section's name (`Security`, `AGREED
            // TERMS`).
            && (script::word_count(&heading.text) >= LEAD_IN_WORDS
                || heading.text.contains([':', '/'])
                || heading.text.chars().any(|c| c.is_ascii_digit()))
            && first.is_some_and(|start| {
                self.lines
                    .iter()
                    .find(|l| l.number == heading.line)
                    .is_some_and(|l| l.start < start)
            })
        {
            self.split.headings.clear();
            for point in &mut self.split.points {
                point.section = None;
            }
        }
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

    /// The preamble's last line, right above the first point, is the first section's heading
    /// when it has the shape of the headings found between the points (`Security` over
    /// `1.` when `Economy` and `Humanitarian issues` head the points after; `1 DEFINITIONS`
    /// over `1.1` when `2 SUPPLIER OBLIGATIONS` heads `2.1`). A heading between points is
    /// known by its place; the first one follows the page's lead with no blank line between
    /// them (`…the points are:`), so its place alone did not tell. It stays in the preamble,
    /// as a heading before the first point always does, and now also heads the first points.
    fn first_heading_in_preamble(&mut self) {
        let (Some(first), Some(last)) = (self.split.points.first(), self.split.preamble.last())
        else {
            return;
        };
        let first_line = self.lines.iter().find(|l| l.start == first.range.start);
        let at = self.lines.iter().position(|l| l.start == last.start);
        let below = at.and_then(|k| self.lines.get(k + 1));
        let adjacent = below.is_some_and(|l| l.start == first.range.start);
        // The line above it, if any (the title's, or the lead's last).
        let lead = at
            .and_then(|k| k.checked_sub(1))
            .map_or("", |k| self.lines[k].text);
        let Some(next) = self.split.headings.first() else {
            return;
        };
        let longest = self
            .split
            .headings
            .iter()
            .map(|h| script::word_count(&h.text))
            .max()
            .unwrap_or(0);
        if first.section.is_some()
            || !adjacent
            || self.split.headings.len() < MIN_TIGHT_HEADINGS
            || first_line.is_none_or(|l| next.line < l.number)
            || !shaped_as(last.text, lead, &next.text, longest)
        {
            return;
        }
        let text = heading_text(last.text);
        self.split.headings.insert(
            0,
            Heading {
                text: text.clone(),
                line: last.number,
            },
        );
        for point in self
            .split
            .points
            .iter_mut()
            .take_while(|p| p.section.is_none())
        {
            point.section = Some(text.clone());
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

    /// Notes under the last point (`(1) Une attestation…`, `(2) …`; a web page's footnotes,
    /// `[1] The price…`) where the points cite their marks before them (`Attestation
    /// d'assurance (1).`, `…from next spring.[1]`): the cut before the first, when every line
    /// from it on is a note, numbered 1, 2, … in turn, or the wrapped text of one. Before,
    /// they were sub-items of the last point.
    fn notes(&self) -> Option<Cut> {
        let cut = self.last_notes?;
        let (last, before) = self.split.points.split_last()?;
        let own = last.text.get(..cut.text_len)?;
        // Cited after a word, not opening a line (a point's own items `[1]`, `[2]`), and not
        // as a part of the text (`subsection (1)`, `Article 3(2)`, `пункту (2)`).
        let cites = |text: &str, mark: &str| {
            text.match_indices(mark).any(|(k, _)| {
                let before = text[..k].trim_end_matches([' ', '\t']);
                let word = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or_default()
                    .to_lowercase();
                before.chars().next_back().is_some_and(|c| c != '\n')
                    && !text[..k].ends_with(|c: char| c.is_ascii_digit())
                    && !PART_WORDS.contains(&word.as_str())
            })
        };
        // (An act's recitals cite most of its notes: `Having regard to the opinion of the
        // Committee (1),`.)
        let cited = |mark: &str| {
            cites(own, mark)
                || before.iter().any(|p| cites(&p.text, mark))
                || self.split.preamble.iter().any(|l| cites(l.text, mark))
        };
        let mut expected = 1;
        for (line, m) in self.lines.iter().zip(self.markers) {
            if line.start < cut.at || line.start >= last.range.end || line.text.trim().is_empty() {
                continue;
            }
            match m {
                Some(m) if m.family == Family::Enclosed && m.number == expected => {
                    if !cited(&enclosed_mark(&m.keyword, expected)) {
                        return None;
                    }
                    expected += 1;
                }
                Some(_) => return None,
                None if expected == 1 => return None,
                None => {}
            }
        }
        (expected > 1).then_some(cut)
    }

    /// Footnotes under the last point marked with asterisks (`* Издание признано в России
    /// нежелательной организацией.`, as Russian outlets must print under a text naming such an
    /// organisation) where the text above cites each mark right after a word (`издание*`): the
    /// cut before the first, when every line from it on is such a note or the wrapped text of
    /// one. A bullet under the last point is cited by no word.
    fn asterisk_notes(&self) -> Option<Cut> {
        let cut = self.last_asterisk_note?;
        let (last, before) = self.split.points.split_last()?;
        let own = last.text.get(..cut.text_len)?;
        let above = self.split.preamble.iter().map(|l| l.text);
        let cited = |mark: &str| {
            above
                .clone()
                .chain([own])
                .chain(before.iter().map(|p| p.text.as_str()))
                .any(|text| cites_asterisk(text, mark))
        };
        let mut notes = 0;
        for line in self.lines {
            if line.start < cut.at || line.start >= last.range.end || line.text.trim().is_empty() {
                continue;
            }
            match asterisk_mark(line.text) {
                Some(mark) if cited(mark) => notes += 1,
                Some(_) => return None,
                None if notes == 0 => return None,
                None => {}
            }
        }
        (notes > 0).then_some(cut)
    }

    /// Text after the last point that is not part of it becomes the closing: the lines after
    /// it (a heading with no point under it, a page's `Read more:` and article text, a
    /// signature block), and, in a list of plain numbers or bullets, the last point's further
    /// paragraphs when no other point has more than one (a list of one-paragraph points, then
    /// prose). They were read as a heading, as preamble or as the last point's text. Under
    /// keyword headings (`Article 4`, `Стаття 4`) a body of several paragraphs is ordinary,
    /// so the last article keeps its own, but for a last paragraph of a place and a date,
    /// perhaps signed (`closing_block`). Nothing is left out: the closing is compared as a
    /// row of its own.
    fn closing(&mut self) {
        const MIN_POINTS: usize = 3;
        let list = matches!(
            self.scheme.family,
            Family::Dot | Family::Paren | Family::Enclosed | Family::Dash | Family::Bullet
        );
        let many = self.split.points.len() >= MIN_POINTS;
        // A tight list: no blank line from the first point to the last one's start (`Point
        // 1:` over its line, `Point 2:` over its line, ...).
        let tight = match (self.split.points.first(), self.split.points.last()) {
            (Some(first), Some(last)) => !self.lines.iter().any(|l| {
                l.start >= first.range.start
                    && l.start < last.range.start
                    && l.text.trim().is_empty()
            }),
            _ => false,
        };
        // (The points before the last: the last one's text still holds what follows it.)
        let punctuated = self
            .split
            .points
            .iter()
            .rev()
            .skip(1)
            .any(|p| ends_sentence(p.text.trim_end()));
        let point_words = self.scheme.family == Family::PointWord;
        let notes = self.notes().or_else(|| self.asterisk_notes());
        // A source line or a record line that other points have too (`Source: donor funds.`
        // under each measure, `Motion agreed to.` under each item of minutes) is the points'
        // own, the last one's too.
        let articles = self.scheme.family == Family::ArticleWord;
        let own_tails = self.last_page_tail.is_some()
            && self.split.points.split_last().is_some_and(|(_, before)| {
                before
                    .iter()
                    .any(|p| p.text.lines().any(|l| source_line(l) || recorded_line(l)))
            });
        // A time alone on its line opens a live page's next entry only where the points above
        // have no such lines of their own (a programme's or an agenda's times under each
        // item): see `entry_time`. (The lines are read only when the last point's tail opens
        // with a time.)
        let tail_is_time = self.last_page_tail.is_some_and(|cut| {
            let at = self.lines.partition_point(|l| l.start < cut.at);
            self.lines[at..]
                .iter()
                .find(|l| !l.text.trim().is_empty())
                .is_some_and(|l| entry_time(l.text))
        });
        let (times_in_points, times_above) =
            match (self.split.points.first(), self.split.points.last()) {
                (Some(first), Some(last)) if tail_is_time => (
                    self.lines.iter().any(|l| {
                        (first.range.start..last.range.start).contains(&l.start)
                            && entry_time(l.text)
                    }),
                    self.lines
                        .iter()
                        .take_while(|l| l.start < first.range.start)
                        .any(|l| entry_time(l.text)),
                ),
                _ => (false, false),
            };
        // Most points before the last have lines of their own under their first (a
        // statute's sections over their subsections), not one line each (an agenda's items).
        // (Counted only when the last point's first line could be such a title: the count
        // reads every point's text.)
        let title_like = |t: &str| {
            t.starts_with(char::is_uppercase)
                && script::word_count(t) <= POINT_TITLE_ONLY_WORDS
                && !t.contains(['.', ',', ';', ':', '|', '(', ')', '"', '“', '”', '»'])
        };
        let before_last = self.split.points.len().saturating_sub(1);
        let titles_over_bodies =
            before_last > 0
                && self.split.points.last().is_some_and(|p| {
                    title_like(p.text.lines().next().unwrap_or_default().trim_end())
                })
                && 2 * self.split.points[..before_last]
                    .iter()
                    .filter(|p| p.text.contains('\n'))
                    .count()
                    >= before_last;
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
        // Not the point's own sentence going on (`…on the following terms:` over `violations
        // are sanctioned…`).
        // Nor a point that is only its title so far (a statute's last section, `3 Short
        // title`, over its text).
        let title_only = |cut: &Cut| {
            let before = last.text.get(..cut.text_len).unwrap_or_default().trim_end();
            titles_over_bodies && title_like(before)
        };
        let goes_on = |cut: &Cut| {
            let before = last.text.get(..cut.text_len).unwrap_or_default().trim_end();
            before.ends_with([':', ',', ';'])
                || title_only(cut)
                || lines
                    .iter()
                    .find(|l| l.start == cut.at)
                    .is_some_and(|l| l.text.trim_start().starts_with(char::is_lowercase))
        };
        // (Nor a paragraph indented under the point: Markdown's paragraph of a list item.)
        let indent = |l: &Line<'_>| l.text.len() - l.text.trim_start().len();
        let point_indent = lines
            .iter()
            .find(|l| l.start >= last.range.start)
            .map_or(0, indent);
        let flush = |cut: &Cut| {
            lines
                .iter()
                .find(|l| l.start == cut.at)
                .is_some_and(|l| indent(l) <= point_indent)
        };
        let second = self
            .last_second_paragraph
            .filter(|cut| !goes_on(cut) && flush(cut));
        // On a web page's copy (its furniture was left out), one point in ten or fewer with a
        // paragraph of its own, in a list of ten or more, is still a list of one-paragraph
        // points (a box the page set between two points, `«Медуза» работает благодаря
        // читателям`, a note under one), and `Point 1` / `Пункт 1` lists are read so too: the
        // journalist's paragraphs follow the quoted list. A draft's own list may have a
        // proviso under its last point, as under another.
        let allowed = if self.page {
            before_last / CONTINUED_PER_POINTS
        } else {
            0
        };
        let one_paragraph_each = self.points_continued <= allowed;
        let keyword_list = self.page && self.scheme.family == Family::PointWord;
        let cut = [tail, second]
            .into_iter()
            .flatten()
            .min_by_key(|cut| cut.at)
            .filter(|_| (list || keyword_list) && many && one_paragraph_each);
        // In a draft of one paragraph per line, a point may have lines of its own (`If Russia
        // invades…` under point 5): prose set off by a blank line after the last point is
        // still not its own when no point has such a paragraph.
        let set_off = self.last_set_off_paragraph.filter(|cut| {
            list && many && self.per_line && !self.some_point_set_off && !goes_on(cut)
        });
        // Under any numbering, in a tight list, a paragraph set off by a blank line after the
        // last point (`Point 5:` over its line, then a note for the press; a chat's list, then
        // `thoughts?`): the points' own text never had one. Not after a sentence left open
        // (`…as follows:`), nor indented under the point (Markdown's paragraph of a list
        // item).
        let after_tight = self.last_set_off_paragraph.filter(|cut| {
            let before = last.text.get(..cut.text_len).unwrap_or_default().trim_end();
            let line = lines.iter().find(|l| l.start == cut.at);
            // A sentence going on after a blank line (`…to the premises of the Buyer` over
            // `within 30 days…`), unless the list's points never end their sentences (a
            // chat's).
            let carries_on = !ends_sentence(before)
                && line.is_some_and(|l| l.text.trim_start().starts_with(char::is_lowercase))
                && punctuated;
            // Not under articles (`Article 3. Termination`): a body of paragraphs is theirs.
            (list || point_words)
                && tight
                && many
                && flush(cut)
                && !carries_on
                && !self.some_point_set_off
                && !before.ends_with([':', ',', ';'])
                && !title_only(cut)
        });
        // On a web page's copy, the article's subheading under the last point, over its
        // prose (`Що далі` over `За словами президента, США передадуть…`): its next section,
        // however many points had the page's commentary under them.
        let subheading = self.last_short_tail.filter(|cut| {
            let Some(at) = lines.iter().position(|l| l.start == cut.at) else {
                return false;
            };
            let t = lines[at].text.trim();
            let prose = next_with_text(lines, at)
                .is_some_and(|k| lines[k].start < last.range.end && is_sentence(lines[k].text));
            self.page
                && (list || point_words)
                && many
                && script::word_count(t) <= SUBHEADING_WORDS
                && !t.ends_with(':')
                && starts_with_capital(t)
                && prose
        });
        let cut = [cut, set_off, after_tight, subheading]
            .into_iter()
            .flatten()
            .min_by_key(|cut| cut.at);
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
        // Under any numbering, a last paragraph that is a place and date, perhaps with a
        // signature (`Президент України` over `м. Київ` and `5 березня 2025 року`,
        // `Ausgefertigt: Neustadt, den 10. Januar 2025` over `Der Bürgermeister`, `En Gijón, a
        // 15 de enero de 2025.`), after the point's full sentence (`closing_block`).
        // (A dateline may start in lower case with its place's kind, `м. Житомир, 15 квітня
        // 2025 року`: that is no sentence going on.)
        let dateline_at = |cut: &Cut| {
            lines
                .iter()
                .find(|l| l.start == cut.at)
                .is_some_and(|l| dated_line(l.text))
        };
        let signed = self.last_last_paragraph.filter(|cut| {
            (!goes_on(cut) || dateline_at(cut)) && closing_block(lines, cut.at, last.range.end)
        });
        let cut = [cut, signed].into_iter().flatten().min_by_key(|cut| cut.at);
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
            // A last article that is its caption and the formula (`Стаття 8. Мови` over
            // `Вчинено в м. Києві … переважну силу має текст англійською мовою.`) keeps it.
            // (Minutes' last item, `Close of meeting` over `The meeting closed at 9.15 pm.`,
            // is a heading over the closing.)
            let before = last.text.get(..cut.text_len).unwrap_or_default().trim();
            if articles
                && !before.contains(['.', ';', ':', '!', '?'])
                && script::word_count(before) <= 8
            {
                return false;
            }
            // The formula's own line: a short one with its date (`Fait à Paris, le 1er janvier
            // 2024.`), not a clause of a longer sentence.
            let own = lines
                .iter()
                .find(|l| l.start <= cut.at && cut.at < l.start + l.text.len().max(1))
                .map_or("", |l| l.text.trim());
            let dated = |line: &str| {
                !line.contains(';')
                    && script::word_count(line) <= SIGNATURE_WORDS
                    && line.bytes().any(|b| b.is_ascii_digit())
            };
            // Under a witness formula or a formula line of its own, another formula (`IN
            // WITNESS WHEREOF …` over `Done at Vienna on 3 March 2026.`, `Done at Brussels on
            // …` over `Fait à Bruxelles, le …`) is the closing's too, and may be the dated
            // one; not under a status line's `Done in Kharkiv and Sumy; the rest in 2026.`
            let own_formula = witness_formula(own) || !own.contains(';');
            // (Up to the footnotes under the signatures, `(1) OJ C 111…`, which are the
            // closing's too.)
            let end = notes
                .filter(|n| n.at > cut.at)
                .map_or(last.range.end, |n| n.at.min(last.range.end));
            let (formulas, after): (Vec<&str>, Vec<&str>) = lines
                .iter()
                .filter(|l| l.start > cut.at && l.start < end)
                .map(|l| l.text.trim())
                .filter(|t| !t.is_empty())
                .partition(|t| own_formula && closing_formula(t));
            // The formula's sentence wrapped onto the lines under it (`Вчинено в м. Києві 14
            // січня 1998 року в двох примірниках` / `українською та англійською мовами.`).
            let mut after = after.as_slice();
            let mut open = !own.ends_with(['.', ':', ';']);
            while open && let Some((t, rest)) = after.split_first() {
                // (In lower case, or its date or its copies on a line of their own: `12
                // февраля 2019 года в двух экземплярах,`, `У двох примірниках, кожний…`.)
                let copies = FORMULA_COPIES.iter().any(|c| {
                    t.get(..c.len())
                        .is_some_and(|head| head.to_lowercase() == *c)
                });
                if !(t.starts_with(char::is_lowercase)
                    || t.starts_with(|c: char| c.is_ascii_digit())
                    || copies)
                {
                    break;
                }
                open = !t.ends_with(['.', ':', ';']);
                after = rest;
            }
            let dated_line = dated(own) || formulas.iter().any(|t| dated(t));
            // Signatures: short lines, or a signatory's heading with its colon (`For the
            // Government of the Republic of Austria:`).
            // Or a signatory's title before the name (`Le ministre de l'intérieur,`), a name
            // in capitals (`FELIPE R.`) or the date under the place (`THE WHITE HOUSE,` over
            // `December 1, 2025.`).
            after.iter().all(|t| {
                let short = script::word_count(t) <= SIGNATURE_TITLE_WORDS;
                // The place before the date (`Madrid, 18 de diciembre de 2025.`).
                let placed = t.split_once(',').is_some_and(|(place, date)| {
                    starts_with_capital(place)
                        && script::word_count(place) <= PLACE_WORDS
                        && is_dateline(date.trim().trim_end_matches('.'))
                });
                is_heading_like(t)
                    || signature_heading(t)
                    || signature_placeholders(t)
                    || is_dateline(t.trim_end_matches('.'))
                    || placed
                    || (t.ends_with(',') && starts_with_capital(t) && short)
                    || (short && !t.chars().any(char::is_lowercase))
                    // An office under the name (`JULIA DOE,` over `Clerk.`, `Chief Clerk of
                    // the Assembly.`): its words in capitals but the small ones.
                    || (short
                        && t.ends_with('.')
                        && t.split_whitespace().all(|w| {
                            w.chars().filter(|c| c.is_alphabetic()).count() < 4
                                || starts_with_capital(w)
                        }))
            }) || (dated_line
                && after.len() <= 2
                && after.iter().all(|t| {
                    script::word_count(t) <= SIGNATURE_WORDS
                        && (t.contains(',') || t.starts_with(['(', '*']))
                }))
        });
        // An annex after the last point (`Schedule 1`, `Додаток 1`, `附則`) is the draft's
        // appendix, not text of its last article; the parties' details and signatures are
        // its closing, and so is a news page's own text after the list it quotes.
        // A copyright line with a sentence after it is a clause's quotation (`copyright_line`).
        let page_tail = self.last_page_tail.filter(|cut| {
            let mut rest = lines
                .iter()
                .filter(|l| l.start >= cut.at && l.start < last.range.end)
                .map(|l| l.text.trim())
                .filter(|t| !t.is_empty());
            let first = rest.next();
            if own_tails && first.is_some_and(|t| source_line(t) || recorded_line(t)) {
                return false;
            }
            // A live page's entry: its time, then a headline, or more entries after it, or
            // the page's times above the list (`Updated 14:40 GMT`); not an item's own time
            // with what happened then (`11:40` over `The meeting resumed.`).
            if first.is_some_and(entry_time) {
                let mut rest = rest.clone();
                let headline = rest.next().is_some_and(is_heading_like);
                return !times_in_points && (times_above || headline || rest.any(entry_time));
            }
            !first.is_some_and(copyright_line)
                || rest.all(|t| {
                    script::word_count(t) <= SIGNATURE_TITLE_WORDS && !ends_full_sentence(t)
                })
        });
        let cut = [cut, formula, self.last_annex, page_tail, notes]
            .into_iter()
            .flatten()
            .min_by_key(|cut| cut.at);
        // (A last article that is only the formula, `Article 24` over `Done at Port Maren…`,
        // keeps it: a point is never left empty.)
        if let Some(cut) = cut
            && (last.range.start..last.range.end).contains(&cut.at)
            && last.text.is_char_boundary(cut.text_len)
            && !last.text[..cut.text_len].trim().is_empty()
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

/// How a closing formula's line on its copies may open when the formula wraps onto it,
/// lower-cased (`У двох примірниках`, `In duplicate`).
const FORMULA_COPIES: &[&str] = &[
    "у двох",
    "в двох",
    "в двух",
    "in two",
    "in duplicate",
    "in triplicate",
    "en deux",
    "in zwei",
    "en dos",
];

/// Words that name a part of a text before its number in brackets (`subsection (1)`, `пункт
/// (2)`), and the words that join such numbers (`(1) and (2)`, `(1) to (3)`), lower-cased:
/// such a number cites the text's own part, not a note.
const PART_WORDS: &[&str] = &[
    "section",
    "subsection",
    "sections",
    "subsections",
    "paragraph",
    "paragraphs",
    "subparagraph",
    "clause",
    "clauses",
    "article",
    "articles",
    "point",
    "points",
    "item",
    "items",
    "and",
    "or",
    "to",
    "пункт",
    "пункту",
    "пунктом",
    "пункти",
    "частина",
    "частини",
    "частиною",
    "підпункт",
    "підпункту",
    "пункта",
    "часть",
    "части",
    "подпункт",
    "подпункта",
    "absatz",
    "abs",
    "paragraphe",
    "alinéa",
];

/// The asterisks that open a footnote's line (`* Издание…`, `** …`): one to three, then a
/// space.
fn asterisk_mark(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let stars = t.len() - t.trim_start_matches('*').len();
    ((1..=3).contains(&stars) && t[stars..].starts_with(' ')).then(|| &t[..stars])
}

/// Whether `text` cites a footnote's `mark` right after a word (`издание*,`, `Meta**`): the
/// mark ends the word (a space, a stop or the text's end follows) and the word does not open
/// with an asterisk too, nor closes Markdown's emphasis (`*emphasis*`, `*three words here*`).
fn cites_asterisk(text: &str, mark: &str) -> bool {
    text.lines().any(|line| {
        // Markdown's emphasis over several words (`*Sumy crossing point*`) ends in a mark too.
        let mut emphasis = false;
        line.split_whitespace().any(|word| {
            let word = word.trim_end_matches(['.', ',', ';', ':', ')', '»', '"', '”']);
            let opens = word.len() > 1
                && word
                    .trim_start_matches(['(', '"', '“', '«'])
                    .starts_with('*');
            let cites = word.strip_suffix(mark).is_some_and(|stem| {
                !opens && !emphasis && stem.ends_with(|c: char| c.is_alphanumeric())
            });
            if opens && !word.ends_with('*') {
                emphasis = true;
            } else if emphasis && word.ends_with('*') {
                emphasis = false;
            }
            cites
        })
    })
}

/// Fewest words of a lone heading above the points taken for a page's lead-in to them
/// (`PointSplitter::lone_lead_in`): `Full text of the plan`, not `Security`.
pub(super) const LEAD_IN_WORDS: usize = 3;

/// The longest text after a point's number taken as its title (`Point 1. Scope`) when the
/// next line starts a sentence; hard-wrapped lines are longer and the next line runs on.
pub(super) const POINT_TITLE_WORDS: usize = 8;

/// Most rows a table's numbers may skip, as a later draft drops them (`PointSplitter`'s
/// table rows before a tab or a wide gap).
const TABLE_ROWS_SKIPPED: u32 = 2;

/// Does `number` plausibly follow `last` (so that a stray "2025." in wrapped text is not a point)?
/// Under a heading, a list may start again from 1.
pub(super) fn runs_on(last: Option<u32>, number: u32, after_heading: bool) -> bool {
    match last {
        None => true,
        Some(last) => (number >= last && number <= last + 20) || (after_heading && number <= 1),
    }
}

/// Does `number` open the next hundred after `last` (`SEC. 201.` after `SEC. 103.`, `SEC.
/// 101.` after `SECTION 1.`)? Under its title's heading, an American bill's section so goes on
/// with the list: a bill numbers the sections of its titles by the title. Only for label
/// keywords: plain numbers so (`101. Police`, `201. Roads`) are a budget's codes or rooms.
pub(super) fn next_hundred(last: Option<u32>, number: u32) -> bool {
    last.is_some_and(|last| number % 100 == 1 && number / 100 == last / 100 + 1)
}

/// Most words of the place before the date of signature under a closing formula (`Madrid,
/// 18 de diciembre de 2025.`, `Palma de Mallorca, …`).
pub const PLACE_WORDS: usize = 3;

/// Most lines of a signature block with its place and date set off under the last point
/// (`closing_block`).
pub const CLOSING_BLOCK_LINES: usize = 4;

/// Are the lines from byte `at` to `end` a signature block with its place and date that close
/// a draft, after the full sentence ending the line before `at`: at most
/// [`CLOSING_BLOCK_LINES`] short lines ([`SIGNATURE_WORDS`]), exactly one of them dated
/// ([`dated_line`]), the others lines to sign (unpunctuated, or a signatory's heading with its
/// colon)? Without a date, short lines under an article are as often its own (a list of
/// members, addressees, annexes, a table of fees), and several dates make a schedule.
fn closing_block(lines: &[Line<'_>], at: usize, end: usize) -> bool {
    let Some(first) = lines.iter().position(|l| l.start >= at) else {
        return false;
    };
    let after_sentence =
        prev_with_text(lines, first).is_some_and(|k| ends_full_sentence(lines[k].text));
    let block: Vec<&str> = lines[first..]
        .iter()
        .filter(|l| l.start < end)
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let dated = block.iter().filter(|t| dated_line(t)).count();
    // A law's signature block ends with its number (`N 00-ФЗ`, `№ 1234-IX`), and may hold two
    // lines more (the head of state's title on two lines and the place: `Президент` over
    // `Российской Федерации`, a name, `Москва, Кремль`, the date).
    let limit = if block.last().is_some_and(|t| law_number(t)) {
        CLOSING_BLOCK_LINES + 2
    } else {
        CLOSING_BLOCK_LINES
    };
    // Lines to sign on (`................    ................`), with the signatories'
    // titles under them (`starosta    místostarosta`): signed, dated or not. So are the
    // parties' columns, named, with their lines to sign on (`Центр: ________ / Орлов Д. В. /
    // Школа: ________ / Мишина Е. А. /`).
    let ruled = block.iter().any(|t| signature_rule(t) || signed_columns(t));
    after_sentence
        && (1..=limit).contains(&block.len())
        && (dated == 1 || (dated == 0 && ruled))
        && block.iter().all(|t| {
            (script::word_count(t) <= SIGNATURE_WORDS || signed_columns(t))
                && (dated_line(t)
                    || is_heading_like(t)
                    || signature_heading(t)
                    || signature_rule(t)
                    || column_parts(t).count() >= 2
                    || (ruled && !ends_full_sentence(t)))
        })
}

/// The parts of a line laid out in columns: between runs of [`COLUMN_GAP`] spaces or more,
/// or tabs.
fn column_parts(t: &str) -> impl Iterator<Item = &str> {
    gap_parts(t, COLUMN_GAP)
}

/// Is the line a law's number under its signature (`N 00-ФЗ`, `№ 1234-IX`, `No. 45`, or
/// its blank, `№ ____-ОЗ`): a number sign, then figures and perhaps a dash and a few letters,
/// nothing else?
fn law_number(t: &str) -> bool {
    let Some(rest) = ["N ", "№ ", "№", "No. ", "Nr. "]
        .iter()
        .find_map(|sign| t.strip_prefix(sign))
    else {
        return false;
    };
    // (Or a blank to fill in, on a bill not yet signed: `№ ____-ОЗ`.)
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let blank = rest.bytes().take_while(|&b| b == b'_').count();
    let suffix = &rest[digits.max(blank)..];
    (digits > 0 || blank >= 2)
        && (suffix.is_empty()
            || suffix.strip_prefix('-').is_some_and(|s| {
                (1..=6).contains(&s.chars().count()) && s.chars().all(char::is_alphanumeric)
            }))
}

/// The fewest spaces between two columns of a line (`column_parts`): four.
pub const COLUMN_GAP: &str = "    ";

/// A line of the parties' signatures side by side: two columns or more ([`column_parts`]), each a
/// few words ([`SIGNATURE_TITLE_WORDS`]) with a capital and no figure, one a name (two words or
/// more, each capitalised: `Орлов Д. В.`) and one with a line to sign on, after a label or not
/// (`Центр: ______ / Орлов Д. В. /`). Without the line to sign on, a table of roles and names
/// under the last point (`Chair        Dr. Helen Price`, a board announced `as follows`) is
/// its text, and so are a timetable's rows (`Monday    Closed`).
fn signed_columns(t: &str) -> bool {
    let parts: Vec<&str> = column_parts(t).collect();
    fn words(p: &str) -> Vec<&str> {
        p.split(|c: char| c.is_whitespace() || matches!(c, '.' | '_' | '…' | '/' | ':'))
            .filter(|w| !w.is_empty())
            .collect()
    }
    let part_ok = |p: &str| {
        let w = words(p);
        !w.is_empty()
            && w.len() <= SIGNATURE_TITLE_WORDS
            && !p.bytes().any(|b| b.is_ascii_digit())
            && !p.ends_with([';', '!', '?'])
            && starts_with_capital(p)
    };
    let named = |p: &str| {
        let w = words(p);
        w.len() >= 2 && w.iter().all(|w| starts_with_capital(w))
    };
    let rule = |p: &str| p.contains("____") || p.contains("....") || p.contains("……");
    parts.len() >= 2
        && parts.iter().all(|p| part_ok(p))
        && parts.iter().any(|p| named(p))
        && parts.iter().any(|p| rule(p))
}

/// Fewest dots or underscores on a line to sign on (`signature_rule`).
pub const SIGNATURE_RULE_MARKS: usize = 8;

/// A line to sign (or date) on: a run of at least [`SIGNATURE_RULE_MARKS`] dots,
/// underscores or ellipses, perhaps in columns (`______    ______`), alone or with the
/// signatory's title and name in a few words beginning with a capital (`Голова зборів
/// ____________ Н. Гаврилюк`), with no figure and no colon: a form's blank (`Monthly fee:
/// EUR ..........`) and a price list's leaders (`Adults ........ EUR 120`) are the text's.
fn signature_rule(t: &str) -> bool {
    if t.contains(':') || t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mark = |c: char| matches!(c, '.' | '_' | '…');
    let longest = t
        .split(|c: char| !mark(c))
        .map(|run| run.chars().count())
        .max()
        .unwrap_or(0);
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || mark(c))
        .filter(|w| !w.is_empty())
        .collect();
    longest >= SIGNATURE_RULE_MARKS
        && words.len() <= SIGNATURE_TITLE_WORDS
        && words.first().is_none_or(|w| starts_with_capital(w))
}

/// A date left blank to be filled in when the text is signed (`...................`, `___ de
/// ______ de 2025`, `a __ de ______`, `«___» __________ 2025 года`): blanks of three dots or
/// underscores or more (a day's of two beside them), with little words (`de`) and figures.
fn blank_date(date: &str) -> bool {
    let blank = |w: &str, least: usize| {
        w.chars().filter(|&c| matches!(c, '.' | '_' | '…')).count() >= least
            && w.chars().all(|c| matches!(c, '.' | '_' | '…'))
    };
    // (The day's blank may stand in quotes, `«___»`, and the year have its word, `2025
    // года`, `2025 р.`.)
    let words: Vec<&str> = date
        .split_whitespace()
        .map(|w| w.trim_matches(['«', '»', '"', '“', '”', '„']))
        .collect();
    words.iter().any(|w| blank(w, 3))
        && words.iter().all(|w| {
            let w = w.trim_end_matches(['.', ',']);
            blank(w, 2)
                || w.is_empty()
                || w.bytes().all(|b| b.is_ascii_digit())
                || (w.chars().count() <= 3 && w.chars().all(char::is_lowercase))
                || lower_is_one_of(w, YEAR_WORDS)
        })
}

/// Words after the year of a date, lower-cased and without their stop (`2025 года`, `2025
/// р.`): a blank date's ([`blank_date`]).
const YEAR_WORDS: &[&str] = &["года", "року", "year"];

/// Words that may stand between a place and its date (`a 15 de enero`, `den 10. Januar`,
/// `le 3 mars`, `on 5 May`), lower-cased.
const BEFORE_DATE: &[&str] = &[
    "a", "den", "le", "on", "the", "am", "el", "il", "em", "dnia", "від", "от",
];

/// Is the line a date alone (`5 березня 2025 року`), or does it end with a date after a comma,
/// with at most a place or an adoption's words before it, capitalised (`Kyiv, 5 March 2025`,
/// `Aprobado en asamblea, a 9 de octubre de 2024.`, `Ausgefertigt: Neustadt, den 10. Januar
/// 2025`)? The date names its month or year (not a bare figure, `Section 5, 12`).
fn dated_line(t: &str) -> bool {
    let t = t.trim();
    // With or without its full stop: the sentence's (`…2024.`) or an abbreviation's (`5 мая
    // 2025 г.`, `2025 р.`).
    let named = |date: &str| {
        let bare = date.trim_end_matches('.');
        (bare.contains(|c: char| c.is_alphabetic()) || has_year(bare))
            && (is_dateline(bare) || is_dateline(date))
    };
    // A blank date alone on its line has its year (`«___» __________ 2025 года`): blanks
    // alone are a line to sign on.
    if named(t) || (has_year(t) && blank_date(t)) {
        return true;
    }
    let Some((head, date)) = t.rsplit_once(',') else {
        return false;
    };
    let date = date.trim();
    let date = match date.split_once(' ') {
        Some((first, rest)) if BEFORE_DATE.contains(&first.to_lowercase().as_str()) => rest,
        _ => date,
    };
    // A place may be written after its kind, abbreviated in lower case (`м. Житомир`).
    let head = head.trim();
    let head = PLACE_KINDS
        .iter()
        .find_map(|kind| head.strip_prefix(kind))
        .map_or(head, str::trim_start);
    starts_with_capital(head)
        && script::word_count(head) <= SIGNATURE_TITLE_WORDS
        && (named(date) || blank_date(date))
}

/// A settlement's kind, abbreviated before its name in Ukrainian and Russian datelines: city
/// (`м. Київ`, `г. Москва`), village (`с.`), urban-type settlement (`смт`, `пгт`).
const PLACE_KINDS: &[&str] = &["м.", "г.", "с.", "смт.", "смт", "пгт.", "пгт"];

/// Most words of a signatory's title or name on its own line under a closing formula (`Le
/// ministre de l'intérieur,`, `FELIPE R.`): a wrapped line of prose is longer.
pub const SIGNATURE_TITLE_WORDS: usize = 6;

/// Most lines from an approval stamp to the first point of the text it approves
/// ([`approval_stamp`]).
pub const STAMP_LINES: usize = 16;

/// Words that stamp a text approved by the act above it (`ЗАТВЕРДЖЕНО` / `постановою
/// Кабінету Міністрів України`, `УТВЕРЖДЕНЫ`, `ВВЕДЕНО В ДІЮ`, `Додаток`), alone on their
/// line or before the act's name: the approved text's points are numbered from 1 again
/// (only then is the line a stamp, `lead_in_over_new_list`).
const APPROVAL_STAMPS: &[&str] = &[
    "ЗАТВЕРДЖЕНО",
    "ЗАТВЕРДЖЕНИЙ",
    "ЗАТВЕРДЖЕНА",
    "ЗАТВЕРДЖЕНІ",
    "УТВЕРЖДЕНО",
    "УТВЕРЖДЕН",
    "УТВЕРЖДЕНА",
    "УТВЕРЖДЕНЫ",
    "ВВЕДЕНО В ДІЮ",
    "ВВЕДЕНО В ДЕЙСТВИЕ",
    // The head's own stamp over terms of reference (`ЗАТВЕРДЖУЮ` / `Директор ____ О. П.
    // Мельник` / `«___» ______ 2025 р.`), and the agreeing party's beside it.
    "ЗАТВЕРДЖУЮ",
    "УТВЕРЖДАЮ",
    "ПОГОДЖЕНО",
    "СОГЛАСОВАНО",
    // An annex with its own points (`Додаток` / `до постанови`, then `1.`).
    "Додаток",
    "ДОДАТОК",
    "Приложение",
    "ПРИЛОЖЕНИЕ",
];

/// How a Polish, Czech or Slovak annex's stamp opens (`Załącznik nr 1` over `do Uchwały nr
/// XII/145/2025` over `Rady Miejskiej…` over `z dnia …`), lower-cased ([`annex_stamp`]).
const ANNEX_STAMPS: &[&str] = &["załącznik", "příloha", "príloha"];

/// Does line `i` open an annex's stamp: [`ANNEX_STAMPS`] and its number alone (three words at
/// most), right over the act it is annexed to (`do …`, `k …`)? A title that names its annex
/// (`Załącznik nr 3 – Wykaz nabrzeży`) is no stamp.
fn annex_stamp(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text.trim();
    let opens = t
        .split_whitespace()
        .next()
        .is_some_and(|w| ANNEX_STAMPS.contains(&w.to_lowercase().as_str()));
    // (Or the stamp on its first line with what it is annexed to, going on to its date below:
    // `Załącznik do zarządzenia nr 15/2026` / `Burmistrza Miasta Testowo` / `z dnia 10 lutego
    // 2026 r.`. The second line was the title.)
    let dated_below = || {
        lines[i + 1..]
            .iter()
            .take(2)
            .take_while(|l| !l.text.trim().is_empty())
            .any(|l| is_dateline(l.text))
    };
    opens
        && ((script::word_count(t) <= 3
            && lines.get(i + 1).is_some_and(|l| {
                let next = l.text.trim_start();
                ["do ", "k ", "ke "].iter().any(|w| next.starts_with(w))
            }))
            || (annex_line(t) && dated_below()))
}

/// Joining words after an annex's number that name what it is annexed to (`to`, `до`, `к`,
/// `zu`, `à`, `al`, `bij`, `do`), lower-cased ([`annex_line`]).
const ANNEX_JOINS: &[&str] = &[
    "to", "до", "к", "zu", "zum", "zur", "à", "au", "aux", "al", "bij", "do", "k",
];

/// Is the line an annex's note over the title, on one line (`Annex II to the Chair's Summary
/// of the Odesa Conference`, `Додаток 2 до Меморандуму`): an annex's word, perhaps its
/// number (`II`, `2`, `No. 2`, `A`), then what it is annexed to, no sentence? Before, it was
/// the declaration's title. A title that names its annex's subject (`Annex II: Maritime
/// security`) is none.
fn annex_line(s: &str) -> bool {
    // (The word, its number's sign and number, the join and what it joins: `Załącznik nr 2 do
    // umowy`.)
    let words: Vec<String> = s
        .split_whitespace()
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !super::closing::ANNEX_WORDS.contains(&first.as_str())
        || is_sentence(s)
        || script::word_count(s) > ACT_HEAD_WORDS
    {
        return false;
    }
    // (The number, with its sign, `No. 2`, `№ 2`.)
    let numbered = |w: &str| {
        w.chars().all(|c| c.is_alphanumeric())
            && (w.len() <= 4 || w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut k = 1;
    if words
        .get(k)
        .is_some_and(|w| ["no.", "nr", "nr.", "№", "č."].contains(&w.as_str()))
    {
        k += 1;
    }
    if words
        .get(k)
        .is_some_and(|w| numbered(w) && !ANNEX_JOINS.contains(&w.as_str()))
    {
        k += 1;
    }
    words
        .get(k)
        .is_some_and(|w| ANNEX_JOINS.contains(&w.as_str()))
        && words.len() > k + 1
}

/// Does the line open with an approval stamp ([`APPROVAL_STAMPS`])?
fn approval_stamp(line: &str) -> bool {
    let t = line.trim();
    APPROVAL_STAMPS.iter().any(|s| {
        t.strip_prefix(s)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\u{a0}']))
    })
}

/// A messenger's header over a forwarded post, lower-cased.
const FORWARD_HEADERS: &[&str] = &[
    "forwarded from",
    "переслано з",
    "переслано від",
    "переслано от",
    "переслано із",
    "weitergeleitet von",
    "transféré de",
];

/// A messenger's header over a reply, lower-cased, as a copy writes it with a colon after
/// (`В ответ на: «…»`); without one it opens a title or a letter (`In reply to the
/// Commission's consultation on …`, `Antwort auf die Kleine Anfrage …`).
const REPLY_HEADERS: &[&str] = &[
    "in reply to:",
    "replying to:",
    "в ответ на:",
    "у відповідь на:",
    "antwort auf:",
    "en réponse à :",
    "en réponse à:",
    "w odpowiedzi na:",
];

/// Is the line a messenger's header over a forwarded post or a reply (`Forwarded from
/// Новости Города`, `Переслано з: …`, `В ответ на: «…»`), nobody's title?
fn messenger_header(s: &str) -> bool {
    let head: String = s.chars().take(24).flat_map(char::to_lowercase).collect();
    FORWARD_HEADERS.iter().any(|h| {
        head.strip_prefix(h)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
    }) || REPLY_HEADERS.iter().any(|h| head.starts_with(h))
}

/// Words before a page's date saying when it was published or updated, lower-cased.
const DATE_LEADS: &[&str] = &[
    "updated",
    "published",
    "last updated",
    "обновлено",
    "опубликовано",
    "оновлено",
    "опубліковано",
    "aktualisiert",
    "publié le",
    "mis à jour le",
];

/// The rest of a page's date line after one of [`DATE_LEADS`] and its colon (`Updated: Dec
/// 24, 2025 12:31 PM` → `Dec 24, 2025 12:31 PM`), if it opens with one.
fn after_date_lead(s: &str) -> Option<&str> {
    DATE_LEADS.iter().find_map(|lead| {
        let head = s.get(..lead.len())?;
        (head.to_lowercase() == *lead).then(|| s[lead.len()..].trim_start_matches([':', ' ']))
    })
}

/// Most words of a last point that is only its title so far (`3 Short title`), whose text
/// follows after a blank line: it goes on to that text, which is no closing.
const POINT_TITLE_ONLY_WORDS: usize = 6;

/// Whether a line is a letter's salutation (`Dear colleagues,`, `Шановні колеги!`, `Dear
/// all`): a word of [`SALUTATIONS`](super::paragraphs::SALUTATIONS) first, a comma or an
/// exclamation mark last, or two or three words only. No title.
pub(super) fn salutation(line: &str) -> bool {
    let s = line.trim();
    let addressed = (s.ends_with([',', '!']) || script::word_count(s) <= 3)
        && s.split_whitespace().next().is_some_and(|w| {
            super::paragraphs::SALUTATIONS
                .contains(&w.trim_end_matches(',').to_lowercase().as_str())
        });
    // An address alone with its comma (`Team,`, `Колеги,`).
    let address = !s.contains(char::is_whitespace)
        && s.len() > 1
        && s.ends_with(',')
        && s.starts_with(char::is_uppercase);
    addressed || address || greeting(s)
}

/// Most words of a line that greets ([`greeting`]).
const GREETING_WORDS: usize = 5;

/// Greetings a letter or a message opens with, lower-cased ([`greeting`]).
const GREETINGS: &[&str] = &[
    "good morning",
    "good afternoon",
    "good evening",
    "hello",
    "hi",
    "доброго ранку",
    "добрий ранок",
    "добрий день",
    "доброго дня",
    "добрий вечір",
    "доброго вечора",
    "вітаю",
    "привіт",
    "доброе утро",
    "добрый день",
    "добрый вечер",
    "здравствуйте",
    "привет",
    "guten morgen",
    "guten tag",
    "bonjour",
    "dzień dobry",
];

/// Greetings in other languages, lower-cased, that count only when ended as one is (`Hei
/// Henrik,`, `Hola a todos,`): alone they may open a name or a slogan (`Ciao Italia`).
const PUNCTUATED_GREETINGS: &[&str] = &[
    "cześć",
    "witam",
    "hei",
    "hej",
    "god morgen",
    "god morgon",
    "hoi",
    "goedemorgen",
    "goedemiddag",
    "hola",
    "buenos días",
    "buenas tardes",
    "bom dia",
    "olá",
    "ciao",
    "buongiorno",
    "buonasera",
    "hyvää huomenta",
    "hyvää päivää",
];

/// Is the line a greeting of [`GREETING_WORDS`] at most, with or without the reader's name
/// (`Колеги, добрий вечір!`, `Мария, доброе утро.`, `Hi all,`)?
pub(super) fn greeting(s: &str) -> bool {
    let s = s.trim();
    // Ended as one is (`,`, `!`, `.`), or of two words: not a title that opens with a
    // greeting's letters (`HI Ukraine Country Strategy`, `Hi-Tech Valley Residency Terms`).
    if script::word_count(s) > GREETING_WORDS
        || !(s.ends_with([',', '!', '.']) || script::word_count(s) <= 2)
    {
        return false;
    }
    // At the line's start, or after the reader's name and its comma (`Колеги, добрий
    // вечір!`).
    let body = match s.split_once(", ") {
        Some((name, rest)) if script::word_count(name) <= 2 => [s, rest],
        _ => [s, s],
    };
    body.iter().any(|b| {
        let words: Vec<String> = b
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '!', '.']).to_lowercase())
            .collect();
        let punctuated = s.ends_with([',', '!', '.']);
        GREETINGS
            .iter()
            .chain(PUNCTUATED_GREETINGS.iter().filter(|_| punctuated))
            .any(|g| {
                let g: Vec<&str> = g.split(' ').collect();
                words.len() >= g.len() && words.iter().zip(&g).all(|(a, b)| a == b)
            })
    })
}

/// How a post addresses its readers before leading into its points, lower-cased, alone before
/// a comma (`Friends, here is…:`).
const ADDRESSES: &[&str] = &[
    "friends",
    "colleagues",
    "everyone",
    "folks",
    "друзі",
    "колеги",
    "друзья",
    "коллеги",
    "freunde",
    "kollegen",
    "amis",
    "przyjaciele",
];

/// Whether a first line is a post's or a page's lead into the points rather than a title: it
/// ends with a colon after its readers are addressed (`Friends, …`, [`ADDRESSES`]) or after
/// a finished sentence (`⚡️ The draft has been passed to us. Main points:`): a stop after a
/// word of two small letters or more, then a capital. A title names its list in one
/// phrase, however long (`Full text of the 20-point peace framework:`, `The U.S. plan in
/// brief:`, `Dr. Kovalenko's rules for negotiators:`).
fn lead_in_sentence(line: &str) -> bool {
    let s = line.trim();
    let Some(body) = s.strip_suffix([':', '：']) else {
        return false;
    };
    // Or it addresses its readers first (`Friends, I got hold of…:`, `Друзі, ось що…:`).
    let addressed = body.split_once(',').is_some_and(|(first, _)| {
        let first = first.to_lowercase();
        ADDRESSES.contains(&first.as_str())
            || super::paragraphs::SALUTATIONS.contains(&first.as_str())
    });
    addressed
        || body.match_indices(". ").any(|(at, _)| {
            small_word_at_end(&body[..at]) >= 2 && body[at + 2..].starts_with(char::is_uppercase)
        })
}

/// Whether a line under a page's masthead could be the title: no sentence, and short.
pub(super) fn could_be_title(line: &str) -> bool {
    let s = line.trim();
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(',')
        .to_lowercase();
    let lower = s.to_lowercase();
    !is_sentence(s)
        && script::word_count(s) <= TITLE_WORDS
        // (After an emoji or a bracket: `‼️ Законопроєкт…`, `[From the …]`. A script without
        // capitals, Chinese or Arabic, starts its title with a letter of no case.)
        && s.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| !c.is_lowercase())
        && !s.ends_with([':', ',', ';'])
        && !super::paragraphs::SALUTATIONS.contains(&first.as_str())
        && first != "mr"
        && !NOT_TITLES.iter().any(|n| lower.starts_with(n))
}

/// Most words of a web page's subheading under its last point (see `PointSplitter::closing`).
pub const SUBHEADING_WORDS: usize = 6;

/// A list of one-paragraph points on a web page's copy may have one point in this many with a
/// paragraph of its own (see `PointSplitter::closing`).
pub const CONTINUED_PER_POINTS: usize = 10;

/// Most words of a title under a page's masthead ([`could_be_title`]): a news page's headline
/// runs to twenty (`План Трампа з 28 пунктів: що в ньому і що це означає для України`).
pub(super) const TITLE_WORDS: usize = 20;

/// Notes over a text that are no title (`Check against delivery`, `Unofficial translation`),
/// lower-cased.
const NOT_TITLES: &[&str] = &[
    "check against delivery",
    "unofficial translation",
    "неофіційний переклад",
    "неофициальный перевод",
    "(unofficial",
    "unofficial working text",
];

/// Most words of a page's masthead line read as its menu or a file's name ([`masthead_line`]).
const MASTHEAD_WORDS: usize = 8;

/// A document's status as printed above its title, lower-cased (`Проект`, `Projekt`, `Draft`):
/// alone on its line, no title (`Projekt ustawy o …`, `Draft Agreement on …` are titles).
const STATUS_WORDS: &[&str] = &[
    "draft",
    "non-paper",
    "проект",
    "проєкт",
    "projekt",
    "projet",
    "proyecto",
    "projeto",
    "progetto",
    "entwurf",
    "návrh",
    "taslak",
    "черновик",
    "чернетка",
    "brouillon",
    "borrador",
    "bozza",
    "טיוטה",
    "مسودة",
];

/// Most words after a draft's status that say what it is for ([`draft_status`]: `for
/// discussion`, `not for circulation`).
const PURPOSE_WORDS: usize = 3;

/// Who drafted a text, after its status (`Projet du médiateur`, `Draft of the Chair`),
/// lower-cased ([`draft_status`]).
const DRAFTERS: &[&str] = &[
    "chair",
    "chairs",
    "co-chairs",
    "presidency",
    "mediator",
    "mediators",
    "facilitator",
    "secretariat",
    "rapporteur",
    "médiateur",
    "présidence",
    "secrétariat",
    "mediador",
    "presidencia",
    "mediatore",
    "presidenza",
    "vermittlers",
    "vorsitzes",
    "präsidentschaft",
    "посередника",
    "головування",
    "посредника",
    "председательства",
];

/// Words that join a status to who drafted it ([`DRAFTERS`]), lower-cased.
const DRAFTER_JOINS: &[&str] = &[
    "of", "the", "du", "de", "la", "des", "del", "della", "dell'", "der",
];

/// A German draft's stage in one word, lower-cased (`Referentenentwurf – Stand: …`).
const GERMAN_DRAFTS: &[&str] = &[
    "referentenentwurf",
    "regierungsentwurf",
    "diskussionsentwurf",
    "arbeitsentwurf",
    "kabinettsentwurf",
    "abstimmungsentwurf",
    "verbändeentwurf",
    "konsultationsentwurf",
    "verhandlungsentwurf",
];

/// What a draft's status may also be when a word qualifies it ([`STATUS_QUALIFIERS`]:
/// `Working document`, `Unofficial working text`, `Робочий документ`, `Рабочая версия`), but
/// not alone (`Text` is a heading).
const QUALIFIED_STATUS_WORDS: &[&str] = &[
    "document",
    "text",
    "paper",
    "version",
    "документ",
    "текст",
    "версия",
    "версія",
];

/// The qualifiers ([`STATUS_QUALIFIERS`]) that make a document or a text a draft's status
/// ([`QUALIFIED_STATUS_WORDS`]): a working or unofficial one.
const WORKING_QUALIFIERS: &[&str] = &[
    "working",
    "unofficial",
    "informal",
    "discussion",
    "рабочий",
    "робочий",
    "рабочая",
    "робоча",
    "неофициальный",
    "неофициальная",
    "неофіційний",
    "неофіційна",
];

/// Words that qualify a draft's status before it, lower-cased (`Working draft`, `Рабочий
/// проект`): only these, as `проект` is also a project (`Пилотный проект «…»`).
const STATUS_QUALIFIERS: &[&str] = &[
    "working",
    "unofficial",
    "informal",
    "неофициальный",
    "неофициальная",
    "неофіційний",
    "неофіційна",
    "рабочая",
    "робоча",
    "revised",
    "final",
    "preliminary",
    "consolidated",
    "discussion",
    "рабочий",
    "робочий",
    "предварительный",
    "попередній",
    "доработанный",
    "доопрацьований",
    "окончательный",
    "остаточний",
    "консолидированный",
    "консолідований",
];

/// Notes on a draft's distribution after its status in a running head (`DRAFT — NOT FOR
/// DISTRIBUTION`, `Draft – confidential`), lower-cased.
const DISTRIBUTION_NOTES: &[&str] = &[
    "not for",
    "do not",
    "confidential",
    "distribution",
    "circulation",
    "restricted",
    "internal",
    "for discussion",
    "for comment",
    "for consultation",
    "for negotiation",
    "for signature",
    "for signing",
    "for approval",
    "для підписання",
    "для подписания",
    "для погодження",
    "pour signature",
    "pour discussion",
    "pour consultation",
    "zur diskussion",
    "zur unterzeichnung",
    "zur abstimmung",
    "para discusión",
    "para firma",
    "per la firma",
    "per discussione",
    "do podpisu",
    "do konsultacji",
    "subject to contract",
    "privileged",
    "для обсуждения",
    "для обговорення",
    "unofficial",
    "неофициально",
    "неофіційно",
    // Not the official text (`DRAFT – not an official document`, `BORRADOR – sin validez
    // oficial`).
    "not an official",
    "not official",
    "non officiel",
    "non ufficiale",
    "no oficial",
    "sin validez",
    "privo di valore",
    "nicht amtlich",
    // A protective marking (`OFFICIAL-SENSITIVE`, `SECRET`), and a working edition in
    // brackets after a status (`ПРОЄКТ (робоча редакція)`).
    "official-sensitive",
    "official sensitive",
    "secret",
    "робоча редакція",
    "рабочая редакция",
    "working draft",
    "конфіденційно",
    "не для",
    "vertraulich",
    "confidentiel",
    "poufne",
    "confidencial",
    "riservato",
    "для служебного",
    "для службового",
    "לא ל",
    "ليس لل",
];

/// Is the line a site's note on the copy it shows, a sentence or two ([`COPY_NOTE_WORDS`] at
/// most) saying the copy is not the official text (`Текст законопроєкту, внесеного до
/// Верховної Ради України. Неофіційна електронна копія, може містити технічні неточності.`,
/// `This is an unofficial version for information only.`): a word of [`UNOFFICIAL`] and a word
/// of [`COPY_WORDS`] or [`COPY_WORDS_WHOLE`]. Over a title it is the page's, as a translation's
/// note is (not over a section's heading right above the points: a draft may open with `The
/// Parties agree that this unofficial text…`).
fn copy_note(s: &str) -> bool {
    if !s.ends_with(['.', '!']) || script::word_count(s) > COPY_NOTE_WORDS {
        return false;
    }
    let lower = s.to_lowercase();
    UNOFFICIAL.iter().any(|w| lower.contains(w))
        && lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| COPY_WORDS.iter().any(|c| w.starts_with(c)) || COPY_WORDS_WHOLE.contains(&w))
}

/// Is the line under the one that would be the title below line `i` a point's? Then that line
/// is a section's heading over the points, not the title a site's note stands over.
fn heads_points(lines: &[Line<'_>], i: usize) -> bool {
    title_below(lines, i)
        .and_then(|k| next_with_text(lines, k))
        .is_some_and(|n| marker(lines[n].text).is_some())
}

/// A page's link past its menus for screen readers and its menu's button, lower-cased, as a
/// copy keeps them over the headline ([`front_matter`]; between the points a text may quote
/// them), besides the skip links that are furniture anywhere (`Skip to main content`).
const PAGE_SKIP_LINKS: &[&str] = &[
    "jump to content",
    "main menu",
    "головне меню",
    "главное меню",
];

/// Most words of a site's note on its copy ([`copy_note`]).
const COPY_NOTE_WORDS: usize = 30;

/// Words saying a copy is not the official text, lower-cased ([`copy_note`]).
const UNOFFICIAL: &[&str] = &[
    "unofficial",
    "not official",
    "not an official",
    "not the official",
    "no legal force",
    "неофіційн",
    "не є офіційн",
    "не має юридичної сили",
    "неофициальн",
    "не является официальн",
    "не имеет юридической силы",
    "nichtamtlich",
    "nicht amtlich",
    "non officiel",
    "no oficial",
    "nieoficjaln",
    "non ufficial",
];

/// How words naming a copy, a version or a rendering of a text open, lower-cased
/// ([`copy_note`]).
const COPY_WORDS: &[&str] = &[
    "copy",
    "copie",
    "kopie",
    "version",
    "translation",
    "rendering",
    "копі",
    "копи",
    "верс",
    "переклад",
    "перевод",
    "fassung",
    "traduc",
    "wersj",
    "tłumacz",
];

/// Whole words naming a text, lower-cased ([`copy_note`]): `context` is none.
const COPY_WORDS_WHOLE: &[&str] = &[
    "text",
    "texts",
    "текст",
    "тексту",
    "texte",
    "texto",
    "testo",
    "tekst",
];

/// Most words of a distribution note after a status ([`DISTRIBUTION_NOTES`]).
const NOTE_WORDS: usize = 5;

/// A note that the text is a translation, lower-cased: the whole line (two words or more),
/// or its start before where the translation is from (`Unofficial translation`, `Неофіційний
/// переклад з англійської`, `Translation from Russian`).
const TRANSLATION_NOTES: &[&str] = &[
    "unofficial translation",
    "informal translation",
    "courtesy translation",
    "translation",
    "неофіційний переклад",
    "переклад",
    "неофициальный перевод",
    "перевод",
    "nichtamtliche übersetzung",
    "inoffizielle übersetzung",
    "übersetzung",
    "traduction non officielle",
    "traduction",
    "tłumaczenie nieoficjalne",
    "tłumaczenie",
];

/// What follows a translation note when it says what the text was translated from.
const TRANSLATED_FROM: &[&str] = &["from", "з", "із", "с", "aus", "de", "du", "z"];

/// How a line giving a draft's edition or version opens, lower-cased, before a figure or a
/// date (`Редакция от 27.11.2025`, `Версія від 28.11.2025`, `Version of 3 December 2025`,
/// `Проєкт від 03.12.2025`, `Revision 2`).
const EDITION_LEADS: &[&str] = &[
    "редакция от",
    "редакція від",
    "в редакции от",
    "у редакції від",
    "версия от",
    "версія від",
    "проект от",
    "проект від",
    "проєкт від",
    "по состоянию на",
    "станом на",
    "version of",
    "version dated",
    "version",
    "revision",
    "rev.",
    "draft of",
    "draft as of",
    "draft dated",
    "as of",
    "fassung vom",
    "stand:",
    "stand vom",
    "version du",
    "wersja z",
    "entwurf vom",
    "entwurf, stand",
    "bozza del",
    "borrador de",
    "borrador del",
    "projet du",
    "projekt z",
    "progetto del",
    "versione del",
    "versión de",
    "versión del",
    // The text as initialled (`Text as initialled on 2 December 2025`, `Texte paraphé le …`).
    "text as initialled on",
    "text initialled on",
    "initialled on",
    "texte paraphé le",
    "paraphé le",
    "paraphiert am",
    "parafato il",
    "текст парафовано",
    "парафовано",
    "парафирован",
];

/// Most words of a translation note or an edition line ([`TRANSLATION_NOTES`],
/// [`EDITION_LEADS`]: `Text as initialled on 2 December 2025`).
const EDITION_WORDS: usize = 7;

/// Is the line a note that the text is a translation, or the draft's edition or version
/// (a figure or a date after [`EDITION_LEADS`])? Either stands over a title, never is one.
fn edition_line(s: &str) -> bool {
    let mut t = s.trim_matches(|c: char| "()[]*_.:>".contains(c) || c.is_whitespace());
    // A note on its distribution in brackets after it (`Рабочая версия от 18.11.2025 (для
    // обсуждения, неофициально)`).
    if let Some((head, aside)) = s.trim().strip_suffix(')').and_then(|r| r.rsplit_once('('))
        && !head.trim().is_empty()
        && distribution_note(&aside.to_lowercase())
    {
        t = head.trim();
    }
    if t.is_empty() || script::word_count(t) > EDITION_WORDS {
        return false;
    }
    // (The lists' words keep their length in bytes in small letters.)
    let lower = t.to_lowercase();
    let after = |lead: &str| {
        (lower.starts_with(lead) && t.is_char_boundary(lead.len())).then(|| &t[lead.len()..])
    };
    // (Perhaps with where the original is, in a second sentence: `Неофіційний переклад.
    // Оригінал — англійською`. A word alone, `Translation`, may head a section on
    // translations: only with where the text was translated from.)
    let translation = TRANSLATION_NOTES.iter().any(|n| {
        after(n).is_some_and(|rest| {
            (n.contains(' ') && (rest.is_empty() || rest.starts_with(". ")))
                || rest
                    .strip_prefix(' ')
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(|w| TRANSLATED_FROM.contains(&w))
        })
    });
    // After the lead, a figure alone or a date: `Version 2 of the Transit Agreement` is a
    // title.
    let edition = |t: &str| {
        let lower = t.to_lowercase();
        EDITION_LEADS.iter().any(|lead| {
            (lower.starts_with(lead) && t.is_char_boundary(lead.len()))
                .then(|| &t[lead.len()..])
                .and_then(|rest| {
                    rest.strip_prefix(' ')
                        .or(lead.ends_with(':').then_some(rest))
                })
                .map(|rest| rest.trim_start_matches(['№', 'v', ' ']))
                .is_some_and(|rest| {
                    rest.starts_with(|c: char| c.is_ascii_digit())
                        && (is_dateline(rest) || script::word_count(rest) == 1)
                })
        })
    };
    // A word may qualify the edition before it (`Working version of…`, `Рабочая версия
    // от…`).
    let qualified = t
        .split_once(' ')
        .filter(|(first, _)| STATUS_QUALIFIERS.contains(&first.to_lowercase().as_str()))
        .is_some_and(|(_, rest)| edition(rest));
    translation || edition(t) || qualified
}

/// Most lines of a Markdown file's YAML front matter ([`yaml_front_matter`]).
const YAML_LINES: usize = 40;

/// Is line `i` inside the YAML front matter a Markdown file opens with (`---`, `title: Energy
/// roadmap`, `version: 3`, `---`), the file's metadata for a site or a notes app, over the
/// text's own title (`# Draft Roadmap…`)? Its lines are keys with their values (`key:
/// value`) or indented, between the rule on the first line and the next rule (`---` or
/// `...`). (A list in it, `- energy`, reads as the first bullet, under which a rule is a
/// blank line: such front matter stays the title and preamble it was.)
fn yaml_front_matter(lines: &[Line<'_>], i: usize) -> bool {
    let Some(first) = lines.iter().position(|l| !l.text.trim().is_empty()) else {
        return false;
    };
    if i <= first || lines[first].text.trim() != "---" {
        return false;
    }
    let entry = |t: &str| {
        let key = t.split_once(':').map_or("", |(key, _)| key);
        t.is_empty()
            || t.starts_with([' ', '\t'])
            || (!key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-'))
    };
    for (k, line) in lines.iter().enumerate().skip(first + 1).take(YAML_LINES) {
        let t = line.text.trim_end();
        if t == "---" || t == "..." {
            return i < k;
        }
        if !entry(t) {
            return false;
        }
    }
    false
}

/// Is the line a document's status alone ([`STATUS_WORDS`]: `Проект`, `Working draft`,
/// `Проект № 214-7`, `DRAFT (2): 18.11.2025`), a note that it is a translation or its edition
/// ([`edition_line`]: `Unofficial translation`, `Редакция от 27.11.2025`), or a running head
/// of its status and notes on its distribution (`DRAFT — NOT FOR DISTRIBUTION`, `РОБОЧИЙ
/// ДОКУМЕНТ — НЕ ДЛЯ ПОШИРЕННЯ`, `RESTRICTED - UNOFFICIAL WORKING TEXT`), perhaps in two
/// parts set apart by a wide gap, as a PDF's running head prints them (`НЕОФИЦИАЛЬНЫЙ
/// РАБОЧИЙ ТЕКСТ`, spaces, `Проект от 20.11.2025`)?
fn status_line(s: &str) -> bool {
    let s = s.trim();
    // (Counted in characters: Cyrillic letters take two bytes.)
    if s.is_empty() || s.chars().count() > FRONT_MATTER_BYTES {
        return false;
    }
    let parts: Vec<&str> = gap_parts(s, "   ").collect();
    !parts.is_empty() && parts.iter().all(|p| running_head(p))
}

/// A running head's status, edition or notes on its distribution ([`status_line`]), one part
/// of it between wide gaps.
fn running_head(s: &str) -> bool {
    if edition_line(s) {
        return true;
    }
    let lower = s.to_lowercase();
    if draft_status(lower.trim_end_matches(['.', ':'])) {
        return true;
    }
    // A status word alone with a note in brackets (`ПРОЄКТ (робоча редакція)`, `DRAFT
    // (confidential)`).
    if let Some((head, aside)) = lower
        .trim()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        && STATUS_WORDS.contains(&head.trim())
        && distribution_note(aside.trim())
    {
        return true;
    }
    // Parts between dashes (`DRAFT (2): 18.11.2025 - SUBJECT TO CONTRACT - PRIVILEGED AND
    // CONFIDENTIAL`): a status or an edition, and notes, or a date; notes alone only in
    // capitals (`RESTRICTED - CONFIDENTIAL`).
    let parts: Vec<&str> = lower
        .split(" — ")
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .collect();
    let dashed = parts.len() >= 2 && {
        let said = |p: &&str| draft_status(p) || edition_line(p);
        parts.iter().all(|p| {
            said(p) || distribution_note(p) || is_dateline(p) || !p.contains(char::is_alphabetic)
        }) && (parts.iter().any(said) || in_capitals(s))
    };
    // A status and its note after a colon (`Draft: not for circulation`).
    dashed
        || lower
            .split_once(": ")
            .is_some_and(|(head, note)| draft_status(head) && distribution_note(note))
        || (in_capitals(s) && distribution_note(&lower) && !lower.contains(' '))
        || (in_capitals(s) && PROTECTIVE_MARKINGS.contains(&lower.trim()))
        || (in_capitals(s) && marking_only(&lower))
        || release_line(&lower)
}

/// Is `lower` (lower-cased) a handling marking alone, perhaps made stronger (`STRICTLY
/// PRIVATE AND CONFIDENTIAL`, `SUBJECT TO CONTRACT`, `COMMERCIAL IN CONFIDENCE`): one of
/// [`MARKING_PHRASES`] after `strictly` or `highly`, or two joined by `and`? Asked of a line
/// in capitals; a title in capitals names what it is (`CONFIDENTIAL CONTRACT`, `DISTRIBUTION
/// AND PUBLICATION CONTRACT`, `INTERNAL DISPLACEMENT STRATEGY`).
fn marking_only(lower: &str) -> bool {
    let t = lower.trim();
    let t = [
        "strictly ",
        "highly ",
        "streng ",
        "strictement ",
        "ściśle ",
        "estrictamente ",
    ]
    .iter()
    .find_map(|w| t.strip_prefix(w))
    .unwrap_or(t);
    let phrase = |p: &str| MARKING_PHRASES.contains(&p.trim());
    phrase(t)
        || t.split_once(" and ")
            .is_some_and(|(a, b)| phrase(a) && phrase(b))
}

/// Handling markings as a page's head prints them alone, lower-cased ([`marking_only`]).
const MARKING_PHRASES: &[&str] = &[
    "private and confidential",
    "personal and confidential",
    "privileged and confidential",
    "private & confidential",
    "subject to contract",
    "without prejudice",
    "commercial in confidence",
    "not for publication",
    "not for distribution",
    "not for circulation",
    "for internal use only",
    "internal use only",
    "restricted distribution",
    "do not circulate",
    "для службового користування",
    "для служебного пользования",
    "vertraulich",
    "confidentiel",
    "poufne",
    "confidencial",
    "riservato",
];

/// Is `lower` (lower-cased) a press release's marking over its headline (`FOR IMMEDIATE
/// RELEASE`, `Press release`, `ДЛЯ НЕГАЙНОГО ОПРИЛЮДНЕННЯ`, `Pressemitteilung`), alone or
/// with its date or number after a dash, a bar or a colon (`Press release | 24 November
/// 2025`, `EMBARGOED UNTIL 00:01 GMT`)? Before, it was the release's title, and two
/// releases' titles compared `PRESS RELEASE` with `PRESS RELEASE`.
fn release_line(lower: &str) -> bool {
    let t = lower.trim().trim_end_matches([':', '.']);
    // What may follow a marking: a date, a time or a number (`No. 45/2025`), no word of a
    // headline (`Media release: COVID-19 measures`).
    let dated = |rest: &str| {
        let rest = rest.trim_start_matches([' ', '–', '—', '-', '|', ':', ',', '·']);
        rest.is_empty()
            || is_dateline(rest)
            || (has_year(rest) && rest.split_whitespace().any(date_word))
            || rest
                .split_whitespace()
                .all(|w| w.contains(|c: char| c.is_ascii_digit()) || w.chars().count() <= 3)
    };
    let embargo = [
        "embargoed until",
        "embargoed:",
        "under embargo until",
        "embargo:",
    ]
    .iter()
    .find_map(|e| t.strip_prefix(e));
    if let Some(rest) = embargo {
        return rest.contains(|c: char| c.is_ascii_digit())
            && script::word_count(rest) <= 2 * NOTE_WORDS;
    }
    RELEASE_MARKINGS
        .iter()
        .any(|m| t.strip_prefix(m).is_some_and(dated))
}

/// Press releases' markings, lower-cased ([`release_line`]).
const RELEASE_MARKINGS: &[&str] = &[
    "for immediate release",
    "press release",
    "news release",
    "media release",
    "press notice",
    "для негайного оприлюднення",
    "для негайного поширення",
    "для негайної публікації",
    "прес-реліз",
    "пресреліз",
    "для немедленной публикации",
    "для немедленного распространения",
    "пресс-релиз",
    "communiqué de presse",
    "pour diffusion immédiate",
    "pressemitteilung",
    "presseinformation",
    "nota de prensa",
    "comunicado de prensa",
    "comunicato stampa",
    "komunikat prasowy",
    "tisková zpráva",
    "comunicado à imprensa",
    "basın bülteni",
    "comunicat de presă",
];

/// A government's protective markings, alone on a line in capitals at the head of a page
/// (`OFFICIAL`, `TOP SECRET`, the EU's `LIMITE`), lower-cased: in small letters these are
/// words of a title (`Official Journal`).
const PROTECTIVE_MARKINGS: &[&str] = &[
    "official",
    "top secret",
    "sensitive",
    "unclassified",
    "classified",
    "for official use only",
    "limite",
    "limité",
    "eu restricted",
    "nato unclassified",
];

/// Is `p` (lower-cased) a note on a draft's distribution: a few words with one of
/// [`DISTRIBUTION_NOTES`] (`not for distribution`, `privileged and confidential`)?
fn distribution_note(p: &str) -> bool {
    !p.is_empty()
        && script::word_count(p) <= NOTE_WORDS
        && DISTRIBUTION_NOTES.iter().any(|n| has_note(p, n))
}

/// Does `p` hold the note `n` as words of its own: not inside a word (`underprivileged`,
/// `неофициальной`)? A note of several words may run into the next (`לא ל` before
/// `פרסום`).
fn has_note(p: &str, n: &str) -> bool {
    p.match_indices(n).any(|(k, _)| {
        let before = p[..k]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphabetic());
        let after = p[k + n.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic());
        before && (after || n.contains(' '))
    })
}

/// Is `p` (lower-cased) a draft's status: the word alone, after a word or two that qualify it
/// (`Working draft`, `Рабочий проект`, `Unofficial working text`, `Робочий документ`), or with
/// the draft's number or date (`Проект № 214-7`, `Draft No. 5`, `Draft (2): 18.11.2025`)?
fn draft_status(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    // (`Final document` names a conference's outcome: a document or a text is a draft's
    // status only as a working or unofficial one.)
    let qualified = |qualifiers: &[&str], status: &str| {
        qualifiers.iter().all(|q| STATUS_QUALIFIERS.contains(q))
            && (STATUS_WORDS.contains(&status)
                || (QUALIFIED_STATUS_WORDS.contains(&status)
                    && qualifiers.iter().all(|q| WORKING_QUALIFIERS.contains(q))))
    };
    // (A German draft's kind of draft in one word: `Referentenentwurf`, `Regierungsentwurf`;
    // not what is drafted, `Haushaltsentwurf`.)
    let german = |w: &str| GERMAN_DRAFTS.contains(&w);
    // (Whose draft: `Chair's draft`, `NEGOTIATORS' DRAFT`, `Projet du médiateur`, `Draft of
    // the Presidency`.)
    let possessive =
        |w: &str| ["'s", "’s", "s'", "s’"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3;
    let of_drafter = |rest: &[&str]| {
        rest.split_last().is_some_and(|(who, joins)| {
            DRAFTERS.contains(who)
                && joins.len() <= 2
                && joins.iter().all(|j| DRAFTER_JOINS.contains(j))
        })
    };
    // (What it is for: `Draft for discussion`, `DRAFT FOR SIGNATURE`, `Проєкт для
    // обговорення`; not a title that goes on, `Draft for discussion of the harbour fees`.)
    let purpose = |rest: &[&str]| {
        rest.len() <= PURPOSE_WORDS && {
            let rest = rest.join(" ");
            DISTRIBUTION_NOTES.iter().any(|n| rest.starts_with(n))
        }
    };
    match words.as_slice() {
        [status] => STATUS_WORDS.contains(status) || german(status),
        [status, rest @ ..] if STATUS_WORDS.contains(status) && purpose(rest) => true,
        [word, status] if qualified(&[word], status) => true,
        [word, status] if possessive(word) && STATUS_WORDS.contains(status) => true,
        [status, rest @ ..] if STATUS_WORDS.contains(status) && of_drafter(rest) => true,
        [first, second, status] if qualified(&[first, second], status) => true,
        [status, sign, number]
            if STATUS_WORDS.contains(status)
                && ["№", "no.", "nr."].contains(sign)
                && number.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            true
        }
        // (Figures and dates only after it: `Draft 3`, `DRAFT (2): 18.11.2025`; not a year
        // or a plan's figure, `Проект 2030`.)
        [status, rest @ ..] => {
            let version = |w: &&str| {
                let bare = w.trim_matches(['(', ')', ':', ',']);
                !bare.is_empty() && bare.len() <= 2 && bare.bytes().all(|b| b.is_ascii_digit())
            };
            STATUS_WORDS.contains(status)
                && rest.iter().all(|w| !w.contains(char::is_alphabetic))
                && rest
                    .iter()
                    .any(|w| version(w) || (w.contains(['.', '/']) && is_dateline(w)))
        }
        [] => false,
    }
}

/// How a bill names who submits it under its status, lower-cased (`Проект` over `вноситься
/// народними депутатами України`).
const SUBMITTED_BY: &[&str] = &["вноситься", "вносится", "вносить", "внесено", "внесен"];

/// Is the line the submitter of a bill under its status ([`SUBMITTED_BY`], in small letters)?
fn submitted_by(s: &str) -> bool {
    let s = s.trim();
    s.starts_with(['в', 'В'])
        && s.split_whitespace()
            .next()
            .is_some_and(|w| lower_is_one_of(w, SUBMITTED_BY))
}

/// Most lines with text from a bill's status down to the act's heading that are its
/// submitters ([`submitters_under_status`]).
const SUBMITTER_LINES: usize = 6;

/// Is line `i` one of a bill's submitters under its status and [`submitted_by`]'s line, each
/// on a line of its own as a word processor's paragraphs put them (`вноситься` over
/// `народними депутатами України` over `Іваненко О. П. та ін.` over `(посв. № 211)`): short
/// lines that end no sentence, none in capitals, under a [`submitted_by`] line under a
/// [`status_line`]?
fn submitters_under_status(lines: &[Line<'_>], i: usize) -> bool {
    // (An initial ends a line of names: `Іваненко О. П. та ін.`.)
    let short = |t: &str| {
        (t.len() <= FRONT_MATTER_BYTES && !is_sentence(t) && !t.ends_with(['.', ':', ';']))
            || submitters(t)
    };
    let mut k = i;
    for _ in 0..SUBMITTER_LINES {
        let t = lines[k].text.trim();
        if in_capitals(t) || !short(t) {
            return false;
        }
        if submitted_by(t) {
            return prev_with_text(lines, k).is_some_and(|p| status_line(lines[p].text));
        }
        let Some(p) = prev_with_text(lines, k) else {
            return false;
        };
        k = p;
    }
    false
}

/// Most words of a channel's or an author's name over a post's header ([`front_matter`]).
const POSTER_WORDS: usize = 4;

/// Words for a day a post's time is given by, lower-cased (`вчера в 21:17`, `Yesterday at
/// 9:05 PM`).
const POST_DAYS: &[&str] = &[
    "yesterday",
    "today",
    "вчера",
    "сегодня",
    "вчора",
    "учора",
    "сьогодні",
    "gestern",
    "heute",
    "hier",
    "aujourd'hui",
    "wczoraj",
    "dzisiaj",
];

/// Words between a day and a time (`в`, `о`, `at`).
const POST_AT: &[&str] = &["at", "в", "во", "о", "об", "um", "à", "o"];

/// Units of a post's age as social networks abbreviate them (`5 h`, `5 год`, `2 ч`, `10 хв`).
const POST_UNITS: &[&str] = &[
    "h", "hr", "hrs", "m", "min", "mins", "d", "w", "год", "ч", "хв", "мин", "дн", "тиж", "std",
    "j",
];

/// Units of a post's age written out, which only an `ago` after makes one (`2 hours ago`,
/// `3 дні тому`; `5 days` alone may be anything's length).
const POST_UNITS_WRITTEN: &[&str] = &[
    "hour",
    "hours",
    "minute",
    "minutes",
    "day",
    "days",
    "week",
    "weeks",
    "годину",
    "години",
    "годин",
    "хвилину",
    "хвилини",
    "хвилин",
    "день",
    "дні",
    "днів",
    "час",
    "часа",
    "часов",
    "минуту",
    "минуты",
    "минут",
    "дня",
    "дней",
    "stunden",
    "tagen",
];

/// Words after a post's age (`5 hours ago`, `2 години тому`).
const POST_AGO: &[&str] = &["ago", "тому", "назад", "ранее"];

/// Is the line a post's time as a social network shows it under the author's name: an age
/// (`5 год`, `2 hours ago`), a day and a time (`вчера в 21:17`, `Yesterday at 9:05 PM`) or a
/// date and a time (`3 грудня о 14:05`), perhaps followed by ` · ` and the post's audience
/// (`5 год · 🌍`)?
fn post_time(line: &str) -> bool {
    let head = line.trim().split(" · ").next().unwrap_or("").to_lowercase();
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    let time = |w: &str| super::furniture::clock(w.trim_end_matches(|c: char| c.is_alphabetic()));
    let figure = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n, unit] if figure(n) => POST_UNITS.contains(unit),
        [n, unit, ago] if figure(n) => {
            (POST_UNITS.contains(unit) || POST_UNITS_WRITTEN.contains(unit))
                && POST_AGO.contains(ago)
        }
        [day, rest @ ..] if POST_DAYS.contains(day) => {
            // (`at` is left out by some: `Yesterday 21:17`; `PM` may follow.)
            let rest = match rest {
                [at, after @ ..] if POST_AT.contains(at) => after,
                _ => rest,
            };
            match rest {
                [] => true,
                [t] => time(t),
                [t, noon] => time(t) && ["am", "pm"].contains(noon),
                _ => false,
            }
        }
        [.., at, t] if POST_AT.contains(at) && time(t) => {
            is_dateline(&words[..words.len() - 2].join(" "))
        }
        _ => false,
    }
}

/// Is the line the rest of a bill's submitters under [`submitted_by`]'s line: their names, by
/// an initial (`О. Гнатюк (посв. № 301) та іншими`) or ending with `and others`?
fn submitters(s: &str) -> bool {
    let s = s.trim();
    let initial = s.split_whitespace().any(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.next() == Some('.') && c.next().is_none()
    });
    let others = ["іншими", "другими", "others", "та ін", "и др"]
        .iter()
        .any(|w| s.trim_end_matches(['.', ')']).ends_with(w));
    script::word_count(s) <= ACT_HEAD_WORDS && (initial || others)
}

/// First sections of a site's breadcrumb, lower-cased: its home page or news section
/// (`Новини / Політика`, `首页 > 新闻 > 国际`).
const HOME_SECTIONS: &[&str] = &[
    "home",
    "homepage",
    "news",
    "головна",
    "новини",
    "главная",
    "новости",
    "startseite",
    "nachrichten",
    "accueil",
    "actualités",
    "inicio",
    "portada",
    "noticias",
    "início",
    "notícias",
    "strona główna",
    "wiadomości",
    "aktualności",
    "notizie",
    "zprávy",
    "ana sayfa",
    "haberler",
    "首页",
    "主页",
    "新闻",
    "ホーム",
    "ニュース",
    "홈",
    "뉴스",
    "الرئيسية",
];

/// Is the line a site's breadcrumb from its home page or news section ([`HOME_SECTIONS`]): two
/// to six sections of three words at most, with no figure or stop, between slashes or
/// chevrons? (Two sections between slashes are a bilingual title, `Memorandum / Меморандум`,
/// unless the first is the site's home.)
fn rooted_breadcrumb(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 2 * FRONT_MATTER_BYTES || !s.contains(['/', '>', '›', '»', '|', '＞']) {
        return false;
    }
    let sections: Vec<&str> = s
        .split(['/', '>', '›', '»', '|', '＞'])
        .map(str::trim)
        .collect();
    // Past the home and a section, between chevrons, a page may be named by its number
    // (`Accueil > Journal officiel > JORF n° 0271 du 21 novembre 2025 > Texte n° 14`,
    // `Головна > Законотворчість > Картка законопроєкту № 14217 > Текст`).
    let chevrons = sections.len() >= 3 && !s.contains(['/', '|']);
    (2..=6).contains(&sections.len())
        && HOME_SECTIONS.contains(&sections[0].to_lowercase().as_str())
        && sections.iter().enumerate().all(|(k, t)| {
            // (With its abbreviation's stop, `Gazette No. 271`, but none at its end.)
            let numbered = chevrons && k >= 2;
            let stops = if numbered {
                ",;:!?。，"
            } else {
                ".,;:!?。，"
            };
            !t.is_empty()
                && script::word_count(t) <= if numbered { NUMBERED_SECTION_WORDS } else { 3 }
                && !t.ends_with('.')
                && !t.contains(|c: char| (c.is_ascii_digit() && !numbered) || stops.contains(c))
        })
}

/// Most words of a breadcrumb's section named by its number (`JORF n° 0271 du 21 novembre
/// 2025`, [`rooted_breadcrumb`]).
const NUMBERED_SECTION_WORDS: usize = 8;

/// Most words of each part of a letterhead's line ([`letterhead`]).
const LETTERHEAD_WORDS: usize = 5;

/// Is there a Markdown page's title (`# Terms of Reference: …`, one `#`) below line `i`,
/// within [`super::acts::MASTHEAD_BLOCK_LINES`] lines with text and before any point, the
/// only one of the text, while line `i` is a quoted status box over it (`> **Status:** Draft
/// for comment · Last edited by …`)? The page's own heading names it.
fn markdown_title_below(lines: &[Line<'_>], i: usize, unmarked: impl Fn(usize) -> bool) -> bool {
    let h1 = |t: &str| {
        t.trim_start()
            .strip_prefix("# ")
            .is_some_and(|r| !r.trim().is_empty())
    };
    // (Only a status box quoted over it: a plain title over `# Background` is the title.)
    if h1(lines[i].text) || !lines[i].text.trim_start().starts_with('>') {
        return false;
    }
    let mut k = i;
    for _ in 0..super::acts::MASTHEAD_BLOCK_LINES {
        let Some(n) = next_with_text(lines, k) else {
            return false;
        };
        if !unmarked(n) {
            return false;
        }
        if h1(lines[n].text) {
            // (The page's one: `# Part 1`, `# Part 2` head its sections.)
            return lines.iter().filter(|l| h1(l.text)).nth(1).is_none();
        }
        k = n;
    }
    false
}

/// Is the line a note wholly in brackets (`(illustrative text prepared for training)`,
/// `[unofficial translation]`)? Over a title it is the page's note, never the title.
fn bracketed_note(s: &str) -> bool {
    let t = s.trim();
    ((t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']')))
        && !t[1..t.len() - 1].contains(['(', ')', '[', ']'])
}

/// How the name of a ministry, a department or an agency opens, lower-cased
/// ([`issuer_line`]); German writes its ministries in one word (`Bundesministerium für …`).
/// Not `Commission` nor `Council`: `Commission Regulation (EU) …` and `Council Decision …`
/// are titles.
const ISSUER_STARTS: &[&str] = &[
    "department for ",
    "department of ",
    "ministry of ",
    "ministry for ",
    "office of ",
    "government of ",
    "secretariat of ",
    "directorate",
    "ministère ",
    "ministerio ",
    "ministero ",
    "ministério ",
    "ministerstwo ",
    "ministerstvo ",
    "bundesministerium ",
    "staatsministerium ",
    "ministerium ",
    "міністерство ",
    "министерство ",
    "кабінет міністрів",
    "уряд ",
    "правительство ",
    "guvernul ",
    "ministerul ",
    "gobierno de ",
    "governo ",
    "gouvernement ",
    "rząd ",
    "vláda ",
    "bundesregierung",
    "ministerie van ",
];

/// Is line `i`, among the page's first lines, the name of the ministry, department or agency
/// that issues the text ([`ISSUER_STARTS`]), short, with no stop and no kind of act in it
/// (`Department for Regional Resilience` over `Framework for the …`; not `Ministry of Justice
/// Order No. 5`)? Asked only over a line that could be the title.
fn issuer_line(lines: &[Line<'_>], i: usize) -> bool {
    let s = lines[i].text.trim();
    among_first_lines(lines, i)
        && script::word_count(s) <= ISSUER_WORDS
        && !s.contains(':')
        && !s.ends_with(['.', ';', '!', '?', ','])
        && issuer_name(s)
}

/// Is `s` an issuer's bare name ([`ISSUER_STARTS`]): every word with a capital but the little
/// ones that join a name (`Department for Regional Resilience`, `Bundesministerium für Wohnen,
/// Stadtentwicklung und Bauwesen`), or all in capitals (`МІНІСТЕРСТВО РОЗВИТКУ ГРОМАД`); no
/// headline's verb (`Ministry of Justice sets out plan…`, `Уряд затвердив…`), and no kind of
/// act but one the body is named after (`Ministry of Law`, not `Ministry of Ports Order …`)?
pub(super) fn issuer_name(s: &str) -> bool {
    let lower = s.to_lowercase();
    if !ISSUER_STARTS.iter().any(|w| lower.starts_with(w)) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // (A joining word elided before its noun counts as the noun: `l'Économie`, `d'Italia`.)
    let named = in_capitals(s)
        || words.iter().all(|w| {
            let w = w.rsplit(['\'', '’']).next().unwrap_or(w);
            w.starts_with(|c: char| !c.is_lowercase())
                || NAME_JOINS.contains(&w.trim_end_matches(','))
        });
    let kind = words.iter().enumerate().any(|(k, w)| {
        super::acts::kind_word(w)
            && !(k > 0 && NAME_JOINS.contains(&words[k - 1].to_lowercase().as_str()))
    });
    named && !kind
}

/// The little words that join the parts of a body's name (`Department for …`, `Ministère de
/// l'Économie et des Finances`, `Bundesministerium für … und …`).
const NAME_JOINS: &[&str] = &[
    "of", "for", "and", "the", "on", "für", "und", "der", "des", "de", "du", "la", "le", "l'",
    "et", "di", "del", "della", "e", "y", "i", "z", "ds.", "oraz", "a", "pro", "en", "van", "voor",
];

/// Is line `i` among the page's first lines: fewer than [`MASTHEAD_LINES`] lines with text
/// above it?
fn among_first_lines(lines: &[Line<'_>], i: usize) -> bool {
    lines[..i]
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .take(MASTHEAD_LINES)
        .count()
        < MASTHEAD_LINES
}

/// Most words of an issuer's name over the title ([`issuer_line`]).
pub const ISSUER_WORDS: usize = 10;

/// Is line `i`, at the top of the page, a letterhead as a PDF's copy keeps it: two or three
/// short parts set apart by a wide gap, left and right (`XXV GOVERNO CONSTITUCIONAL`, spaces,
/// `República Portuguesa`), none a sentence? A title is not spread so.
fn letterhead(lines: &[Line<'_>], i: usize) -> bool {
    if !among_first_lines(lines, i) {
        return false;
    }
    let parts: Vec<&str> = gap_parts(lines[i].text.trim(), "     ").collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            script::word_count(p) <= LETTERHEAD_WORDS
                && p.starts_with(|c: char| !c.is_lowercase())
                && !p.ends_with(['.', ':', ';', '!', '?', ','])
        })
}

/// Is line `i` a site's name or its tagline over the breadcrumb at the top of the page
/// (`Légifrance` over `Le service public de la diffusion du droit` over `Accueil > Journal
/// officiel > …`)? The breadcrumb ([`rooted_breadcrumb`]) is among the page's first lines with
/// text ([`MASTHEAD_LINES`] and one), and every line down to it is short, with no stop.
fn over_breadcrumb(lines: &[Line<'_>], i: usize) -> bool {
    let short = |t: &str| {
        script::word_count(t) <= MASTHEAD_WORDS && !t.ends_with(['.', ':', ';', '!', '?', ','])
    };
    let mut seen = 0;
    for line in &lines[..i] {
        let t = line.text.trim();
        if !t.is_empty() {
            seen += 1;
            if !short(t) || seen > MASTHEAD_LINES {
                return false;
            }
        }
    }
    let below = (i..lines.len()).filter(|&k| !lines[k].text.trim().is_empty());
    for (n, k) in below.enumerate() {
        let t = lines[k].text.trim();
        if seen + n > MASTHEAD_LINES {
            return false;
        }
        // (With the page's headline under the breadcrumb: a title over it, `Мирний план
        // для України` over `Головна > Новини`, stays the title.)
        if n > 0 && rooted_breadcrumb(t) {
            return next_with_text(lines, k)
                .is_some_and(|h| could_be_title(lines[h].text) && marker(lines[h].text).is_none());
        }
        if !short(t) {
            return false;
        }
    }
    false
}

/// Words that open a portal's logo as its text, lower-cased (`Logo strona główna`).
const LOGO_WORDS: &[&str] = &["logo", "логотип"];

/// Is the line a portal's logo as its text: [`LOGO_WORDS`] and a few words, no stop?
fn logo_line(s: &str) -> bool {
    let s = s.trim();
    s.len() <= FRONT_MATTER_BYTES
        && script::word_count(s) <= 5
        && !s.ends_with(['.', '!', '?', ':'])
        && s.split_whitespace()
            .next()
            .is_some_and(|w| LOGO_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Most words of a site's or a channel's name opening a page (`Axios`, `Українська правда`,
/// `Новини без паніки 🇺🇦`); the lines between it and the headline have twice as many and
/// two more at most ([`site_name_over_headline`]).
const SITE_NAME_WORDS: usize = 4;

/// Lines with text under a page's headline looked at for its date or byline
/// ([`site_name_over_headline`]).
const UNDER_HEADLINE_LINES: usize = 3;

/// A messenger's mark of a channel's pinned post over its text, lower-cased.
const PINNED_MESSAGES: &[&str] = &[
    "pinned message",
    "pinned post",
    "закріплене повідомлення",
    "закреплённое сообщение",
    "закрепленное сообщение",
];

/// Is line `i` in a news page's masthead, from the site's or channel's name opening the page
/// (past a messenger's header over a forwarded post) to the headline: the name a few words
/// with no stop and not in capitals throughout (a draft's `МЕМОРАНДУМ` over its subject), the
/// lines under it as short (a section, `World | Russia-Ukraine war`; the date; `pinned
/// message`), then a headline of [`KICKER_HEADLINE_WORDS`] or more that could be a title
/// with no stop at its end (not a lead's sentence, `Wir dokumentieren die Kernpunkte.`), and
/// the page's own marks over or right under it: a time of day (`Новини › Четвер, 20 листопада
/// 2025, 23:48`, with a section, after a weekday or a month, or a date alone), a breadcrumb,
/// a byline (`By Name, date`, `Автор: …`, a forum's `Posted by u/…`), a pinned post's mark, or
/// a messenger's header naming the channel? The name may be such a mark itself
/// (`НОВОСТИ ДНЯ | Политика | 21.11.2025 00:17`). A draft's heading over its subject has a place and a date, not a
/// page's. Before, the site's name (`Axios`, `Медуза`, `Українська правда`) was the title, and
/// two outlets' copies of one plan compared their names.
fn site_name_over_headline(lines: &[Line<'_>], i: usize) -> bool {
    let text = |k: usize| lines[k].text.trim();
    let Some(name) = (0..=i).find(|&k| !text(k).is_empty() && !messenger_header(text(k))) else {
        return false;
    };
    // (Under a messenger's header naming the channel, the channel's name over its post.)
    let forwarded = (0..name).any(|k| messenger_header(text(k)) && text(k).ends_with(text(name)));
    let short = |t: &str| {
        script::word_count(t) <= SITE_NAME_WORDS
            && !t.ends_with(['.', ':', ';', '!', '?', ','])
            && marker(t).is_none()
    };
    // The page's own marks anywhere in its masthead: a date line with a time of day, a
    // breadcrumb, a pinned post's mark, a forum's poster (bylines are looked for under the
    // headline only, below).
    let page_mark = |t: &str| {
        let lower = t.to_lowercase();
        let words = script::word_count(t);
        // A time of day on a page's date line: beside a section (`Новини › Четвер, …,
        // 23:48`), after a weekday or a month (`Неділя, 23 листопада 2025, 21:05`), or a
        // date alone, perhaps updated (`Updated Dec 24, 2025 12:31 PM`); not a draft's
        // version line, `Version of 21 November 2025, 18:40`, nor its place and date.
        let undated = after_date_lead(t).unwrap_or(t);
        let clocked = words <= 2 * SITE_NAME_WORDS + 2
            && t.split(|c: char| !c.is_ascii_digit() && c != ':')
                .any(super::furniture::clock)
            && (t.contains(['›', '·', '|', '•'])
                || undated
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| date_word(w.trim_end_matches(',')))
                || is_dateline(undated));
        clocked
            || super::furniture::breadcrumb(t)
            || PINNED_MESSAGES.contains(&lower.as_str())
            || (lower.starts_with("posted by u/") && words <= 2 * SITE_NAME_WORDS + 2)
    };
    // A byline, under the headline only (`By Name, date`, `Автор: …`): a draft's author
    // under its title (`Peace Framework` over `By John Smith, 20 November 2025`) signs it, and
    // `By the Ministry of Economy` under a plan's title is no byline.
    let byline = |t: &str| {
        let lower = t.to_lowercase();
        super::furniture::byline(t)
            || (["автор:", "author:"].iter().any(|b| lower.starts_with(b))
                && script::word_count(t) <= SITE_NAME_WORDS + 1)
    };
    // (Or the page's mark itself: `НОВОСТИ ДНЯ | Политика | 21.11.2025 00:17`.)
    let n = text(name);
    let capitals = in_capitals(n) && n.chars().filter(|c| c.is_alphabetic()).count() > 5;
    let name_like = short(n) && !capitals;
    if !name_like && !page_mark(n) {
        return false;
    }
    let rows: Vec<usize> = (name + 1..lines.len())
        .filter(|&k| !text(k).is_empty())
        .take(MASTHEAD_LINES + 1 + UNDER_HEADLINE_LINES)
        .collect();
    let Some(at) = rows.iter().position(|&k| {
        let t = text(k);
        script::word_count(t) >= KICKER_HEADLINE_WORDS
            && could_be_title(t)
            && !t.ends_with('.')
            && marker(t).is_none()
            && !page_mark(t)
            && !masthead_line(t)
    }) else {
        return false;
    };
    let headline = rows[at];
    at <= MASTHEAD_LINES
        && i < headline
        && rows[..at].iter().all(|&k| {
            script::word_count(text(k)) <= 2 * SITE_NAME_WORDS + 2 && !is_sentence(text(k))
        })
        && (forwarded
            || std::iter::once(name)
                .chain(rows.iter().copied().take(at + 1 + UNDER_HEADLINE_LINES))
                .filter(|&k| k != headline)
                .any(|k| page_mark(text(k)) || (k > headline && byline(text(k)))))
}

/// A page's buttons to print or download it, in small letters ([`page_tools`]).
const PAGE_TOOL_WORDS: &[&str] = &[
    "print",
    "download",
    "версія для друку",
    "друк",
    "завантажити",
    "версия для печати",
    "печать",
    "скачать",
    "imprimer",
    "télécharger",
    "drucken",
    "herunterladen",
    "imprimir",
    "descargar",
    "stampa",
    "scarica",
    "drukuj",
    "pobierz",
    // An account's buttons (`Create account   Log in`).
    "create account",
    "log in",
    "sign in",
    "sign up",
    "subscribe",
    "register",
    "увійти",
    "зареєструватися",
    "підписатися",
    "войти",
    "зарегистрироваться",
    "подписаться",
    "anmelden",
    "abonnieren",
    "se connecter",
    "s'abonner",
    "zaloguj się",
    "subskrybuj",
    "iniciar sesión",
    "suscribirse",
    "accedi",
    "abbonati",
];

/// Is the line a page's tools over its headline: each in lenticular brackets on a Chinese
/// page (`【字号 大 中 小】 【打印本页】 【关闭窗口】`: the type's size, print, close), two
/// brackets at least and nothing else (one alone may be a source's name, `【新华社】`); or two
/// buttons to print and download it or more, set apart by wide gaps or bars (`Версія для
/// друку`, spaces, `Завантажити .doc`), each a word of [`PAGE_TOOL_WORDS`] and a word or two
/// (the file's kind)?
fn page_tools(s: &str) -> bool {
    let buttons: Vec<String> = s
        .split(['|', '·'])
        .flat_map(|p| gap_parts(p, "  "))
        .map(str::to_lowercase)
        .collect();
    if buttons.len() >= 2
        && buttons.iter().all(|b| {
            PAGE_TOOL_WORDS.iter().any(|w| {
                b.strip_prefix(w).is_some_and(|rest| {
                    (rest.is_empty() || rest.starts_with(' '))
                        && rest.split_whitespace().count() <= 2
                })
            })
        })
    {
        return true;
    }
    let mut rest = s.trim();
    let mut tools = 0;
    while let Some(inner) = rest.strip_prefix('【') {
        let Some((_, after)) = inner.split_once('】') else {
            return false;
        };
        tools += 1;
        rest = after.trim_start();
    }
    rest.is_empty() && tools >= 2
}

/// Is the line an American bill's Congress or session as its printing office sets them over
/// its number (`119TH CONGRESS`, `1ST SESSION`, `2D SESSION`): an ordinal and the word?
fn congress_line(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(ordinal), Some(word), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let digits = ordinal.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && ["st", "nd", "rd", "th", "d"].contains(&ordinal[digits..].to_lowercase().as_str())
        && ["congress", "session"].contains(&word.to_lowercase().as_str())
}

/// Starts of an official gazette's issue line, lower-cased, as a copy of an act from its
/// gazette's site keeps it over the act's title (`JORF n°0123 du 28 mai 2025`, `Dziennik Ustaw
/// 2025 poz. 1234`, `Official Journal of the European Union L 123`).
const GAZETTES: &[&str] = &[
    "jorf n°",
    "jorf n ",
    "journal officiel de la république",
    "official journal of the european union",
    "amtsblatt der europäischen union",
    "journal officiel de l'union européenne",
    "dziennik ustaw",
    "monitor polski",
    "bundesgesetzblatt",
    "gazzetta ufficiale",
    "boletín oficial del estado",
    "diário da república",
    "monitorul oficial",
    "офіційний вісник україни",
    "собрание законодательства российской федерации",
    "diario oficial de la federación",
    "diário oficial da união",
    "gaceta oficial",
    "resmî gazete",
    "resmi gazete",
    "official gazette",
    "federal register",
    "moniteur belge",
    "bundesblatt",
    "staatsblad",
    "sbírka zákonů",
    "zbierka zákonov",
    "відомості верховної ради",
    "урядовий кур’єр",
    "урядовий кур'єр",
    "российская газета",
];

/// Is the line an official gazette's issue line ([`GAZETTES`])?
fn gazette_line(s: &str) -> bool {
    let head = super::lower_head(s, 48);
    let Some(name) = GAZETTES.iter().find(|g| head.starts_with(*g)) else {
        return false;
    };
    // Not a headline that opens with the name and its verb (`Official Gazette publishes new
    // port rules`, `Federal Register notice sets out …`), nor an act named after it (`Federal
    // Register Modernization Act`): the name's own words and the issue's details follow it
    // otherwise (`della Repubblica Italiana`, `al României, Partea I`, `Jahrgang 2026`).
    let rest: String = s.trim().chars().skip(name.chars().count()).collect();
    let verb = rest.split_whitespace().next().is_some_and(|w| {
        w.chars().count() >= 4
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !NAME_GOES_ON.contains(&w)
    });
    let act = s
        .split_whitespace()
        .last()
        .is_some_and(|w| super::acts::kind_word(w) && s.split_whitespace().count() > 2);
    !verb && !act
}

/// Words in small letters that go on with a gazette's name (`Gazzetta Ufficiale della
/// Repubblica`, `Bundesgesetzblatt … ausgegeben zu Bonn`), not a headline's verb
/// ([`gazette_line`]).
const NAME_GOES_ON: &[&str] = &["della", "delle", "dello", "degli", "ausgegeben"];

/// Most lines of an edition's details under a gazette's name ([`gazette_masthead`]).
const EDITION_LINES: usize = 6;

/// Is line `i` part of a gazette's masthead opening the text: its name ([`GAZETTES`]) on the
/// first line, or broken over the first two (`Official Journal` over `of the European Union
/// EN`, as a copy of the Official Journal's PDF keeps it since each act is published alone),
/// and the lines of the edition's details under it ([`edition_detail`]: `L series`,
/// `2025/2117   3.11.2025`)? Before, the journal's name was the act's title.
fn gazette_masthead(lines: &[Line<'_>], i: usize) -> bool {
    let mut rows = (0..lines.len()).filter(|&k| !lines[k].text.trim().is_empty());
    let Some(first) = rows.next() else {
        return false;
    };
    if i < first {
        return false;
    }
    let name_end = if gazette_line(lines[first].text) {
        first
    } else {
        match rows.next() {
            // (A gazette's name starts with two words at most on its first line.)
            Some(second)
                if script::word_count(lines[first].text) <= 2
                    && gazette_line(&format!(
                        "{} {}",
                        lines[first].text.trim(),
                        lines[second].text.trim()
                    )) =>
            {
                second
            }
            _ => return false,
        }
    };
    i <= name_end
        || (name_end + 1..lines.len())
            .filter(|&k| !lines[k].text.trim().is_empty())
            .take(EDITION_LINES)
            .take_while(|&k| edition_detail(lines[k].text))
            .any(|k| k == i)
}

/// Is the line one of a gazette's edition details, in words of a letter, a figure, the
/// edition's language or its series (`EN`, `L series`, `Série L`, `2025/2117   3.11.2025`):
/// no word of a title?
fn edition_detail(s: &str) -> bool {
    const SERIES: &[&str] = &["series", "série", "serie", "reihe", "seria"];
    let s = s.trim();
    // An issue's running line, parts set apart by wide gaps, each a date or a figure after
    // its label (`Núm. 241   Martes 7 de octubre de 2025   Sec. I.   Pág. 130552`, `DOF:
    // 12/11/2025`, `Tarih: 21 Kasım 2025   Sayı: 33084`).
    // (A date with its weekday only among other parts: alone, a line with a year may be the
    // act's heading, `USTAWA z dnia 7 października 2025 r. o …`.)
    let parts: Vec<&str> = gap_parts(s, "   ").collect();
    let several = parts.len() > 1;
    let issue_part = |p: &&str| {
        let label = p.split_whitespace().next().unwrap_or("");
        is_dateline(p)
            || (several
                && has_year(p)
                && p.split_whitespace().any(date_word)
                && script::word_count(p) <= 2 * NOTE_WORDS)
            || (script::word_count(p) <= NOTE_WORDS
                && label.len() > 1
                && label.ends_with(['.', ':'])
                && label.chars().next().is_some_and(char::is_uppercase)
                && (p.contains(|c: char| c.is_ascii_digit())
                    || p.split_whitespace().nth(1).is_some_and(|w| {
                        super::numbers::roman_value(w.trim_end_matches('.')).is_some()
                    })))
    };
    if parts.iter().all(issue_part) && s.contains(|c: char| c.is_ascii_digit()) {
        return true;
    }
    s.split_whitespace().all(|w| {
        super::furniture::EU_LANGUAGES.contains(&w)
            || (w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase()))
            || SERIES.contains(&w.to_lowercase().as_str())
            || w.chars().all(|c| c.is_ascii_digit() || "./-".contains(c))
    })
}

/// Is the line the number of the text in a gazette's issue (`Texte n° 14`, as Légifrance sets
/// it under the issue's line)?
fn gazette_text_number(s: &str) -> bool {
    s.strip_prefix("Texte n°")
        .map(str::trim_start)
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Is the line a Japanese act's number as the statute book prints it over the act's name:
/// the era and year, the kind of act and its number (`令和七年法律第八十二号`, `平成十年政令第
/// 三百号`), nothing else?
fn japanese_act_number(s: &str) -> bool {
    const ERAS: &[&str] = &["令和", "平成", "昭和"];
    const KINDS: &[&str] = &["法律第", "政令第", "省令第", "条例第", "府令第"];
    let Some(rest) = ERAS.iter().find_map(|e| s.strip_prefix(e)) else {
        return false;
    };
    s.chars().count() <= 24
        && s.ends_with('号')
        && KINDS.iter().any(|k| rest.contains(k))
        && rest.contains('年')
}

/// Longest line, in bytes, taken for front matter above a title ([`front_matter`]).
const FRONT_MATTER_BYTES: usize = 80;

/// Is line `i` a page's or a print's front matter above the title, read with the preamble so
/// that the title is the next line that can be one, as a masthead is ([`masthead_line`])?
/// `title_under`: the next line with text could be the title ([`could_be_title`]).
/// - A document's status ([`status_line`]: `Проект`, `Projekt`, `DRAFT — NOT FOR
///   DISTRIBUTION`) over the title, or over the line naming who submits the bill, itself
///   front matter (`вноситься народними депутатами України`). Before, the status was the
///   title, and two drafts' titles compared `Проект` with `Проект`.
/// - A photo's credit (`REUTERS/Name`, `Фото: …`) or a messenger's header over a forwarded
///   post or a reply ([`messenger_header`]), over anything: it is nobody's title.
/// - A breadcrumb from the site's home or news section ([`rooted_breadcrumb`]), the site's
///   name and tagline over it ([`over_breadcrumb`]), a portal's
///   logo as its text and the section's name right under it (`Logo strona główna` over
///   `Świat`), an American bill's print mark and its Congress and session (`I` over `119TH
///   CONGRESS` over `1ST SESSION` over the bill's number, which is then the title).
pub(super) fn front_matter(lines: &[Line<'_>], i: usize, title_under: bool) -> bool {
    let s = lines[i].text.trim();
    // (Only short lines are any of these; this runs on the lines above the title. Counted in
    // characters: a Cyrillic cover's agenda item has twice the bytes.)
    if s.is_empty()
        || s.len() > 4 * FRONT_MATTER_BYTES
        || s.chars().count() > 2 * FRONT_MATTER_BYTES
    {
        return false;
    }
    // A United Nations resolution's cover over its numbered title (`General Assembly Distr.:
    // General`, its date, session, agenda item, `Resolution adopted by the General Assembly…`
    // over `80/17. Access to clean water in informal settlements`): a cover that names the
    // document's symbol or its distribution (`A/RES/80/17`, `Distr.: General`).
    // A draft resolution's cover ends with its sponsors (`Estmark and Valdoria: draft
    // resolution`), over its title.
    let named = |to: usize| {
        lines[..to].iter().any(|l| {
            l.text.contains("Distr.") || l.text.split_whitespace().any(super::furniture::un_symbol)
        })
    };
    if draft_resolution_line(s) && named(i) {
        return true;
    }
    if let Some(title) = (i + 1..lines.len())
        .filter(|&k| !lines[k].text.trim().is_empty())
        .take(UN_COVER_LINES)
        .find(|&k| un_resolution_title(lines[k].text) || draft_resolution_line(lines[k].text))
        && named(title)
    {
        return true;
    }
    if super::furniture::photo_credit(s)
        || messenger_header(s)
        || yaml_front_matter(lines, i)
        || site_name_over_headline(lines, i)
    {
        return true;
    }
    // A site's note on its copy, over the title (`Неофіційна електронна копія, може містити
    // технічні неточності.`).
    if title_under && copy_note(s) && !heads_points(lines, i) {
        return true;
    }
    // A page's skip link and menu button over its headline (`Jump to content`, `Main menu`).
    if title_under && (lower_is_one_of(s, PAGE_SKIP_LINKS) || super::furniture::skip_link(s)) {
        return true;
    }
    let next = next_with_text(lines, i).map(|k| lines[k].text.trim());
    // A channel's name over its count of subscribers, as a messenger's web view heads its
    // posts (`Бойко. Нотатки з Банкової` over `8 412 subscribers`), and the post's date under
    // them: nobody's title.
    let above = prev_with_text(lines, i).map(|k| lines[k].text);
    if audience_count(s)
        || (above.is_none() && next.is_some_and(audience_count))
        || (above.is_some_and(audience_count) && super::dates::is_dateline(s))
    {
        return true;
    }
    // A channel's pinned post under its name (`Політичний Компас` over `pinned «…»`). A
    // site's breadcrumb and its tools are nobody's title either, whatever is under them.
    if pinned_line(s) || next.is_some_and(pinned_line) || rooted_breadcrumb(s) || page_tools(s) {
        return true;
    }
    // The site's name in capitals over its account's buttons (`ВІСТІ ДНІПРА` over `Увійти
    // Підписатися`); a headline over its `Print  Download` is the title.
    if title_under
        && above.is_none()
        && in_capitals(s)
        && script::word_count(s) <= MASTHEAD_WORDS
        && next.is_some_and(page_tools)
    {
        return true;
    }
    // A publisher's name over its series and issue (`Centre for Eastern Policy Studies` over
    // `Policy Brief No. 41 | December 2025`), over the title.
    if publisher_block(lines, i).is_some() || (i > 0 && publisher_block(lines, i - 1) == Some(i)) {
        return true;
    }
    if status_line(s) {
        return title_under || next.is_some_and(|n| submitted_by(n) || status_line(n));
    }
    let prev = prev_with_text(lines, i).map(|k| lines[k].text.trim());
    // A bill's submitters under its status, to the act's heading in capitals (`Проект` over
    // `вноситься` over `народними депутатами України` over `Іваненко О. П. та ін.` over
    // `ЗАКОН УКРАЇНИ`).
    if !in_capitals(s) && submitters_under_status(lines, i) {
        return true;
    }
    // A post's time as a social network or a messenger shows it (`вчера в 21:17`, `5 год ·
    // 🌍`), and the channel's or author's name right over it or over a forwarded post's header
    // (`Frontline Digest` over `Forwarded from Kyiv Wire Live`); only over a line that could be
    // the title (a short headline over its time, `Trump unveils peace plan` over `2 hours
    // ago`, is the title).
    let title_after = |k: usize| {
        next_with_text(lines, k)
            .is_some_and(|t| could_be_title(lines[t].text) && marker(lines[t].text).is_none())
    };
    if post_time(s) {
        return title_under;
    }
    let header_under = lines.get(i + 1).is_some_and(|l| {
        messenger_header(l.text.trim()) || (post_time(l.text) && title_after(i + 1))
    });
    if header_under
        && prev.is_none()
        && script::word_count(s) <= POSTER_WORDS
        && !s.ends_with(['.', ':', ';', '!', '?', ','])
    {
        return true;
    }
    // A gazette's issue line, and the text's number in the issue under it: nobody's title;
    // nor a Japanese act's number over its name (`令和七年法律第八十二号`).
    if gazette_line(s)
        || (title_under && japanese_act_number(s))
        || (prev.is_some_and(gazette_line) && gazette_text_number(s))
        || gazette_masthead(lines, i)
    {
        return true;
    }
    if !title_under {
        return false;
    }
    let under_logo = i > 0 && logo_line(lines[i - 1].text) && {
        script::word_count(s) <= 2 && starts_with_capital(s) && !s.ends_with(['.', ':'])
    };
    (submitted_by(s) && prev.is_some_and(status_line))
        || (submitters(s) && prev.is_some_and(submitted_by))
        || (annex_line(s) && next.is_some_and(|n| !n.ends_with(['.', '!', '?'])))
        || over_breadcrumb(lines, i)
        || letterhead(lines, i)
        || issuer_line(lines, i)
        || logo_line(s)
        || under_logo
        || (["I", "II"].contains(&s) && next.is_some_and(congress_line))
        || congress_line(s)
}

/// Words that count a channel's or a group's audience under its name, lower-cased
/// ([`audience_count`]).
const AUDIENCE_WORDS: &[&str] = &[
    "subscribers",
    "subscriber",
    "members",
    "followers",
    "підписників",
    "підписники",
    "підписник",
    "учасників",
    "подписчиков",
    "подписчика",
    "подписчики",
    "участников",
    "abonnenten",
    "abonnés",
    "subskrybentów",
    "obserwujących",
];

/// Is the line a channel's count of its audience (`8 412 subscribers`, `12.3K
/// підписників`, `1,204 members`): a figure, maybe with spaces, separators and a `K` or `M`,
/// and one of [`AUDIENCE_WORDS`]?
fn audience_count(s: &str) -> bool {
    let s = s.trim();
    let Some((figure, word)) = s.rsplit_once(' ') else {
        return false;
    };
    let figure = figure.trim();
    let figure = ["K", "M", "k", "тис.", "тыс."]
        .iter()
        .find_map(|x| figure.strip_suffix(x))
        .unwrap_or(figure)
        .trim_end();
    s.len() <= 40
        && figure.starts_with(|c: char| c.is_ascii_digit())
        && figure
            .chars()
            .all(|c| c.is_ascii_digit() || " ,.\u{a0}\u{202f}".contains(c))
        && lower_is_one_of(word, AUDIENCE_WORDS)
}

/// Is the line the sponsors of a United Nations draft resolution, which ends its cover
/// (`Estmark, Lunaria and Valdoria: draft resolution`, `…: проект резолюции`)?
fn draft_resolution_line(s: &str) -> bool {
    let s = s.trim().trim_end_matches(['*', ' ']);
    s.len() <= 2 * FRONT_MATTER_BYTES
        && [
            "draft resolution",
            "проект резолюции",
            "проєкт резолюції",
            "projet de résolution",
        ]
        .iter()
        .any(|d| {
            s.len() >= d.len()
                && s.is_char_boundary(s.len() - d.len())
                && s[s.len() - d.len()..].to_lowercase() == *d
        })
}

/// Is the line a channel's pinned post as a messenger's copy shows it under the channel's
/// name (`pinned «Як відрізнити фейк…»`, `закреплено «…»`)?
fn pinned_line(s: &str) -> bool {
    [
        "pinned «",
        "pinned \"",
        "pinned “",
        "закріплено «",
        "закреплено «",
    ]
    .iter()
    .any(|p| super::lower_head(s, p.chars().count()) == *p)
}

/// When line `i` is a publisher's name opening the text, right over its series and issue
/// ([`series_line`]) set off by a blank line from a line that could be the title under it,
/// the series' line. A headline over its byline and date (`By Staff · 21 November`, `21.11.2025
/// • 12:47`) has more of the page's lines right under it.
fn publisher_block(lines: &[Line<'_>], i: usize) -> Option<usize> {
    let s = lines[i].text.trim();
    let first = lines[..i].iter().all(|l| l.text.trim().is_empty());
    let k = i + 1;
    (first
        && !s.is_empty()
        && !is_sentence(s)
        && script::word_count(s) <= SERIES_WORDS
        && k + 1 < lines.len()
        && series_line(lines[k].text)
        && lines[k + 1].text.trim().is_empty()
        && next_with_text(lines, k).is_some_and(|t| could_be_title(lines[t].text)))
    .then_some(k)
}

/// Most words of a publisher's series line ([`series_line`]).
const SERIES_WORDS: usize = 10;

/// Words that name a publication's series or issue, lower-cased ([`series_line`]).
const SERIES_WORDS_NAMED: &[&str] = &[
    "no.",
    "№",
    "nr.",
    "issue",
    "vol.",
    "series",
    "brief",
    "paper",
    "report",
    "выпуск",
    "випуск",
    "серия",
    "серія",
    "записка",
    "доклад",
    "доповідь",
    "бюллетень",
    "бюлетень",
];

/// Is the line a publication's series and issue, its parts set apart by a middle dot or a
/// bar, one with a figure (`Policy Brief No. 41 | December 2025`, `Серия «Разборы» · выпуск
/// 12`, `Аналітична записка · 22 листопада 2025`)?
fn series_line(s: &str) -> bool {
    let s = s.trim();
    if script::word_count(s) > SERIES_WORDS {
        return false;
    }
    let parts: Vec<&str> = s
        .split(['·', '|', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (2..=3).contains(&parts.len())
        && parts.iter().any(|p| p.bytes().any(|b| b.is_ascii_digit()))
        && parts.iter().all(|p| {
            script::word_count(p) <= SERIES_WORDS / 2 && !p.ends_with(['.', '!', '?', ':'])
        })
        // It names a series or an issue (`No. 41`, `выпуск 12`, `Аналітична записка`): a
        // news page's section and date (`Політика · 12 березня 2026`) under a headline do not.
        && parts.first().is_some_and(|p| {
            let p = p.to_lowercase();
            SERIES_WORDS_NAMED.iter().any(|w| p.contains(w))
        })
}

/// Most lines of a United Nations resolution's cover above its numbered title
/// ([`un_resolution_title`]).
pub const UN_COVER_LINES: usize = 16;

/// Is the line a United Nations resolution's numbered title: the session and the
/// resolution's number, a stop, and the title with a capital and no stop after it (`80/17.
/// Access to clean water`, `ES-11/1. Aggression against Ukraine`; not a minute's `25/41.
/// Apologies for absence. Apologies were received…` nor a wrapped `64/2022. It sets out…`)?
pub(super) fn un_resolution_title(line: &str) -> bool {
    let s = line.trim_start();
    let s = s.strip_prefix("ES-").unwrap_or(s);
    let session = s.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = s[session..].strip_prefix('/') else {
        return false;
    };
    let number = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&session)
        && (1..=4).contains(&number)
        && rest[number..].strip_prefix(". ").is_some_and(|t| {
            // (A long title is a title still: no length is asked.)
            t.starts_with(char::is_uppercase)
                && !t.trim_end().ends_with(['.', ';', ':', ',', '!', '?'])
        })
}

/// The line that could be the title under line `i` of a page's top: the next line with text,
/// past a page's other masthead lines ([`masthead_line`], at most [`MASTHEAD_LINES`]): a date
/// over the time of its update over the headline (`21 ноября, 14:05` over `обновлено 21
/// ноября, 15:30`).
pub(super) fn title_below(lines: &[Line<'_>], i: usize) -> Option<usize> {
    let mut k = next_with_text(lines, i)?;
    for _ in 0..MASTHEAD_LINES {
        if !masthead_line(lines[k].text) && !kicker_over_headline(lines, k) {
            break;
        }
        k = next_with_text(lines, k)?;
    }
    Some(k)
}

/// Most words of a title in capitals that names only a kind of text, whose subject goes on
/// under it in small letters (`ТЕХНИЧЕСКОЕ ЗАДАНИЕ` over `на разработку…`, `MEMORANDUM OF
/// UNDERSTANDING` over `between…`; the splitter's `continues_title`).
pub const KIND_WORDS: usize = 4;

/// How a byline opens, lower-cased: never a title's line ([`PointSplitter::continues_title`]).
const BYLINE_WORDS: &[&str] = &["by", "автор", "автори", "авторы", "von", "par"];

/// How an act's place opens under its title, lower-cased (`м. Львів`, `м.Київ`, `місто Київ,
/// дванадцятого березня…`): never a title's line ([`PointSplitter::continues_title`]).
const PLACE_STARTS: &[&str] = &[
    "м.",
    "г.",
    "с.",
    "смт",
    "місто ",
    "город ",
    "село ",
    "селище ",
    "пос.",
];

/// Is the line written in capitals: letters, every one of them a capital (`ЗАКОН УКРАЇНИ`,
/// `TREATY № 5`)?
pub(crate) fn in_capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Most lines of a title that carry on its first ([`PointSplitter::continues_title`]): a
/// title set on short lines breaks at every joining word (`VERTRAG` over `zwischen` over
/// `der Stadt Neuburg` over `und` …).
pub const TITLE_MORE_LINES: usize = 6;

/// Most lines with text looked through from an act's heading to its subject
/// ([`act_subject_below`]).
pub const ACT_HEAD_LINES: usize = 8;

/// Most words of a line between an act's heading and its subject ([`act_subject_below`]):
/// `виконавчого комітету Ірпінської міської ради від 10 лютого 2026 року № 88`.
pub const ACT_HEAD_WORDS: usize = 14;

/// A part of a text as a heading cites it after [`SUBJECT_WORDS`] (`Щодо статті 3`,
/// `О пункте 5`), lower-cased: comments on a bill, not an act's subject.
const CITED_PARTS: &[&str] = &[
    "статті",
    "статей",
    "статьи",
    "статье",
    "пункту",
    "пункта",
    "пункте",
    "пунктів",
    "пунктов",
    "частини",
    "части",
    "розділу",
    "раздела",
    "підпункту",
    "подпункта",
];

/// The words an act's subject opens with, its title in Ukrainian and Russian law (`Про
/// створення…`, `О мерах…`, `Об утверждении…`, `Щодо…`).
const SUBJECT_WORDS: &[&str] = &["Про", "О", "Об", "Щодо"];

/// Lower-case words an act's subject opens with under its heading in Polish and Czech law
/// (`USTAWA` / `z dnia 14 listopada 2025 r.` / `o wspólnotach…`, `ZÁKON` / `ze dne …` / `o
/// ochraně…`, `ROZPORZĄDZENIE …` / `z dnia …` / `w sprawie…`): the subject goes on from the
/// heading and its date, and the act is cited by it (`ustawa o wspólnotach…`).
const LOWER_SUBJECT_WORDS: &[&str] = &["o", "w sprawie"];

/// The kinds of Polish and Czech acts, lower-cased, whose heading a subject in small letters
/// goes on from ([`LOWER_SUBJECT_WORDS`]): statutes and regulations, not a contract (`UMOWA
/// NR 12/2025` over `o dzieło`, the kind of contract, is its title).
const LOWER_SUBJECT_KINDS: &[&str] = &[
    "ustawa",
    "rozporządzenie",
    "uchwała",
    "zarządzenie",
    "zákon",
    "vyhláška",
    "nařízení",
];

/// When line `i` opens an act's heading in capitals (`УКРАЇНА`, `ЗАКОН УКРАЇНИ`, `РІШЕННЯ`,
/// `ЗАКОН` over `НОВОГРАДСКОЙ ОБЛАСТИ`) and the act's subject comes below it within
/// [`ACT_HEAD_LINES`] lines with text, past short lines that end no sentence (the council, its
/// session, the act's date and number), the subject's line: that is the title (`Про
/// створення комунального центру стійкості`), which names the act, where the heading only
/// says what kind it is. `unmarked` tells the lines that start no point.
pub(super) fn act_subject_below(
    lines: &[Line<'_>],
    i: usize,
    unmarked: impl Fn(usize) -> bool,
) -> Option<usize> {
    // (In capitals too, `ОБ УТВЕРЖДЕНИИ ПРАВИЛ…`; not a heading that cites a part, `Щодо
    // статті 3`, as comments on a bill head their sections.)
    let subject = |t: &str| {
        let mut words = t.split_whitespace();
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            return false;
        };
        let capitals =
            first.chars().all(char::is_uppercase) && second.chars().all(char::is_uppercase);
        let cites_part = lower_is_one_of(second, CITED_PARTS)
            && words
                .next()
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        // (A name may follow: `Про Фонд відновлення громад`, `О Федеральной службе…`.)
        let named = second.starts_with(char::is_uppercase)
            && second.chars().skip(1).any(char::is_lowercase);
        ((SUBJECT_WORDS.contains(&first) && (second.starts_with(char::is_lowercase) || named))
            || (capitals
                && SUBJECT_WORDS
                    .iter()
                    .any(|w| w.to_lowercase() == first.to_lowercase())))
            && !cites_part
    };
    let s = lines[i].text.trim();
    if !in_capitals(s) || s.len() > FRONT_MATTER_BYTES || !unmarked(i) {
        return None;
    }
    // (A subject in small letters comes right under a Polish or Czech heading, or under its
    // date: in Italian, Spanish or Portuguese, `o` is a word of prose, "or" or "the".)
    let lower_kind = s
        .split_whitespace()
        .next()
        .is_some_and(|w| LOWER_SUBJECT_KINDS.contains(&w.to_lowercase().as_str()));
    // A Romanian act's subject a paragraph below its kind (`HOTĂRÂRE`, a blank line,
    // `privind …`) is the title, as a Polish act's; right under it, the two lines are one
    // heading (`HOTĂRÂRE privind …`).
    let romanian_kind = ROMANIAN_KINDS.contains(&s.to_lowercase().as_str());
    let mut dated = true;
    let mut k = i;
    for _ in 0..ACT_HEAD_LINES {
        k = next_with_text(lines, k)?;
        let t = lines[k].text.trim();
        if !unmarked(k) {
            return None;
        }
        // (A subject in capitals right under the heading, with no blank line between, goes
        // on from it: `СОГЛАШЕНИЕ` over `О СОТРУДНИЧЕСТВЕ`.)
        let under = lines[k - 1].text.trim().is_empty() || t.chars().any(char::is_lowercase);
        if subject(t) && under {
            return could_be_title(t).then_some(k);
        }
        let polish = lower_kind && dated && lower_subject(t, LOWER_SUBJECT_WORDS);
        let romanian = romanian_kind
            && lines[k - 1].text.trim().is_empty()
            && lower_subject(t, ROMANIAN_SUBJECT_WORDS);
        if polish || romanian {
            return (!is_sentence(t) && script::word_count(t) <= TITLE_WORDS).then_some(k);
        }
        dated &= is_dateline(t);
        // (Not the act's date: `z dnia 14 listopada 2025 r.` ends with a stop.)
        if (is_sentence(t) && !is_dateline(t))
            || script::word_count(t) > ACT_HEAD_WORDS
            || t.ends_with(':')
        {
            return None;
        }
    }
    None
}

/// A Romanian act's kind alone on its line, lower-cased (`HOTĂRÂRE`, `LEGE`, `ORDONANȚĂ`,
/// `DECRET`, `ORDIN`), over its subject ([`ROMANIAN_SUBJECT_WORDS`]).
const ROMANIAN_KINDS: &[&str] = &["hotărâre", "lege", "ordonanță", "decret", "ordin"];

/// The words a Romanian act's subject opens with under its kind (`privind …`, `pentru …`).
const ROMANIAN_SUBJECT_WORDS: &[&str] = &["privind", "pentru"];

/// Does the line open an act's subject in small letters with one of `words`
/// ([`LOWER_SUBJECT_WORDS`], [`ROMANIAN_SUBJECT_WORDS`]), a word in small letters after it
/// (`o wspólnotach energetycznych…`, `w sprawie warunków…`, `privind aprobarea…`)?
fn lower_subject(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        t.strip_prefix(w)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_lowercase))
    })
}

/// Is line `i` a site's name or tagline over its menu ([`menu_line`]), with a line that could
/// be the title under the menu (`Exclusive news, data and analytics for financial market
/// professionals` over `World   Business   Markets   Legal` over the headline)? Then the title
/// is the headline, and the line goes with the masthead to the preamble. Not a sentence: a
/// draft's opening sentence over a list of names set apart by wide spaces is its own.
/// `unmarked` tells the lines that start no point.
pub(super) fn over_menu(lines: &[Line<'_>], i: usize, unmarked: impl Fn(usize) -> bool) -> bool {
    !is_sentence(lines[i].text.trim())
        && unmarked(i)
        && next_with_text(lines, i).is_some_and(|m| {
            menu_line(lines[m].text)
                && title_below(lines, m)
                    .is_some_and(|k| unmarked(k) && could_be_title(lines[k].text))
        })
}

/// Is line `i` a kicker ([`kicker_line`]) right over a headline: a line that could be a
/// title ([`could_be_title`]) of [`KICKER_HEADLINE_WORDS`] or more, not opening with a
/// title's joining word (`OPINION` over `Of the Advisory Committee…` is one title)? A
/// section's name that may also start a title ([`KICKER_TITLE_STARTS`]) is a kicker only
/// over a headline in small letters: a draft's title in capitals on two lines starts so
/// (`ПОЛІТИКА` over `КОНФІДЕНЦІЙНОСТІ ТА ОБРОБКИ…`, `EXCLUSIVE` over `DISTRIBUTION
/// AGREEMENT…`).
pub(super) fn kicker_over_headline(lines: &[Line<'_>], i: usize) -> bool {
    let kicker = lines[i].text.trim();
    let standalone = kicker_line(kicker);
    // Or any section's one word in capitals (`ŚWIAT`, `KULTUR`, `ECONOMÍA`) right under the
    // page's menu or tools, not the kind of a text (`PROTOCOL` over its subject), over a
    // headline in small letters. (Elsewhere it is the text's kind: `AGENDA`, `ПОЛОЖЕННЯ`,
    // `ЗВЕРНЕННЯ` under `Проект`.)
    let section_word = !kicker.contains(char::is_whitespace)
        && kicker.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && in_capitals(kicker)
        && !super::acts::act_kind_line(kicker)
        && prev_with_text(lines, i).is_some_and(|k| {
            menu_line(lines[k].text)
                || page_tools(lines[k].text.trim())
                || masthead_line(lines[k].text)
        });
    if !standalone && !section_word && !lower_is_one_of(kicker, KICKER_TITLE_STARTS) {
        return false;
    }
    next_with_text(lines, i).is_some_and(|k| {
        let t = lines[k].text.trim();
        let joined = t
            .split_whitespace()
            .next()
            .is_some_and(|w| lower_is_one_of(w, TITLE_WORDS_JOINING));
        marker(t).is_none()
            && script::word_count(t) >= KICKER_HEADLINE_WORDS
            && could_be_title(t)
            && !joined
            && (standalone || t.chars().any(char::is_lowercase))
    })
}

/// Sections' names a news page sets over its headline that may also start a draft's title,
/// lower-cased ([`kicker_over_headline`]).
const KICKER_TITLE_STARTS: &[&str] = &[
    "exclusive",
    "opinion",
    "analysis",
    "politics",
    "політика",
    "аналітика",
    "думка",
    "политика",
    "аналитика",
    "мнение",
];

/// Most masthead lines looked past for the title under them ([`title_below`]).
pub const MASTHEAD_LINES: usize = 3;

/// Is `s` a site's address alone (`apnews.com`, `kommersant.ru`, `www.pravda.com.ua`): small
/// letters, figures and hyphens between dots, the last part two letters or more (not a file's
/// name, `plan_v3.docx`, nor a number, `1.2`)?
fn site_address(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        && parts.last().is_some_and(|tld| {
            tld.len() >= 2
                && tld.bytes().all(|b| b.is_ascii_lowercase())
                && ![
                    "doc", "docx", "pdf", "odt", "rtf", "txt", "html", "htm", "md",
                ]
                .contains(tld)
        })
}

/// Is the line a page's masthead above its title rather than the title (when the line under
/// it could be one, [`could_be_title`]): a date and time alone
/// (`14:20, 3 апреля 2025`, `Wednesday, November 21, 2012`), perhaps with its update in
/// brackets (`24.12.2025 11:20 (обновлено: 12:05)`), a menu of three items or more set apart
/// by wide spaces or bars (`Новини  Аналітика  Політика`, `Home | News | World`), a site's
/// address (`apnews.com`), the page's credit of its source (`Источник: Meduza`), a file's
/// name (`Draft resolution_v7_clean.docx`), or a bracketed line (`[Congressional Bills 119th
/// Congress]`)?
pub(super) fn masthead_line(line: &str) -> bool {
    let s = line.trim();
    if s.is_empty() {
        return false;
    }
    // (A number alone is no date.) A page's date may say it was updated (`Обновлено 3 апреля
    // 2025, 14:20`) or name the place first (`Київ, 10 травня 2025 року`).
    let date =
        |d: &str| is_dateline(d) && d.contains(|c: char| c.is_alphabetic() || "./-:".contains(c));
    let dated = after_date_lead(s);
    let placed = s
        .split_once(", ")
        .filter(|(place, _)| {
            // `Київ`, `м. Київ`, `New York`.
            (1..=3).contains(&script::word_count(place))
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || w == "м." || w == "г.")
        })
        .map(|(_, rest)| rest);
    if date(s) || dated.is_some_and(date) || placed.is_some_and(|d| date(d) && has_year(d)) {
        return true;
    }
    // A date with its update in brackets (`24.12.2025 11:20 (обновлено: 12:05)`).
    if let Some((when, update)) = s.strip_suffix(')').and_then(|s| s.split_once(" (")) {
        let updated = DATE_LEADS.iter().any(|lead| {
            update
                .get(..lead.len())
                .is_some_and(|head| head.to_lowercase() == *lead)
        });
        if updated && date(when) {
            return true;
        }
    }
    let words = script::word_count(s);
    if words > 3 * MASTHEAD_WORDS {
        return false;
    }
    let bracketed = s.starts_with('[') && s.ends_with(']') && words <= MASTHEAD_WORDS;
    // A site's address, as a browser's reader view copies it over the headline
    // (`apnews.com`, `www.pravda.com.ua`), and the page's credit of its source under its
    // date (`Источник: Meduza`).
    if site_address(s) || source_line(s) {
        return true;
    }
    let file = words <= MASTHEAD_WORDS
        && s.rsplit_once('.').is_some_and(|(name, ext)| {
            !name.is_empty()
                && ["docx", "doc", "pdf", "odt", "rtf", "txt", "pages"]
                    .contains(&ext.to_lowercase().as_str())
        });
    // A site's own item alone (`Search`, `Sign in`), or a currency ticker (`Курсы валют:
    // USD 41,92 EUR 48,37`).
    bracketed
        || file
        || menu_line(s)
        || super::furniture::known_menu_item(s)
        || currency_ticker(s)
        || link_bar(s)
        || super::furniture::language_names(s)
}

/// Is the line a row of two Markdown links or more and short items between marks (`[← Back
/// to Documents](../index.md) · [Edit](edit) · [History](history)`, whose first link the
/// Markdown reading has made its text), a wiki's or a repository's navigation over the page's
/// heading?
fn link_bar(s: &str) -> bool {
    let link = |t: &str| {
        t.strip_prefix('[')
            .and_then(|r| r.split_once("]("))
            .is_some_and(|(_, r)| r.ends_with(')') && !r.contains(' '))
    };
    let items: Vec<&str> = s
        .split(['·', '|', '•'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    items.iter().filter(|t| link(t)).count() >= 2
        && items
            .iter()
            .all(|t| link(t) || script::word_count(t) <= MASTHEAD_WORDS)
}

/// Is the line a site's menu: three items or more set apart by wide spaces or bars, each of
/// three words at most, none a sentence, each with a capital (`Новини  Аналітика  Політика`,
/// `Home | News | World`; `on` is a title's word set apart by a PDF's wide spaces)?
pub(super) fn menu_line(s: &str) -> bool {
    let s = s.trim();
    if script::word_count(s) > 3 * MASTHEAD_WORDS {
        return false;
    }
    let items: Vec<&str> = if s.contains("  ") {
        s.split("  ")
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect()
    } else {
        s.split(['|', '»', '›'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect()
    };
    // (Not a title set in capitals with wide spaces, `AGREEMENT  ON  CEASEFIRE`; bars set a
    // menu in capitals apart, `NEWS | POLITICS | WORLD`.)
    let capitals = s.contains("  ")
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    // (In capitals, four items or more with none of a title's joining words: `NEWS   POLITICS
    // WAR   ECONOMY`, not `AGREEMENT  ON  CEASEFIRE`.)
    let capital_menu = capitals
        && items.len() >= 4
        && items.iter().all(|t| {
            !t.split_whitespace()
                .any(|w| lower_is_one_of(w, TITLE_WORDS_JOINING))
        });
    items.len() >= 3
        && (!capitals || capital_menu)
        && items.iter().all(|t| {
            script::word_count(t) <= 3
                && t.starts_with(char::is_uppercase)
                && !t.ends_with(['.', '!', '?'])
        })
        // (A title in several languages, `AGREEMENT | УГОДА | СОГЛАШЕНИЕ`, is no menu; a menu
        // in capitals of four items may name one in English, `ПОДІЇ  ГРОШІ  LIFESTYLE`.)
        // (Latin letters with accents are Latin: `Kraj | Świat | Gospodarka`.)
        && (capital_menu
            || items.iter().all(|t| t.starts_with(latin_letter))
            || items.iter().all(|t| !t.starts_with(latin_letter)))
}

/// Is the character a Latin letter, with or without its accents (`a`, `Ś`, `ç`), or another
/// ASCII character?
fn latin_letter(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}')
}

/// Is the line a page's currency ticker: two currencies' codes or more, each followed by its
/// rate (`USD 41,92 EUR 48,37`, after a label or not)?
fn currency_ticker(s: &str) -> bool {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "UAH", "RUB", "PLN", "CHF", "CNY", "$", "€",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    let rates = words
        .windows(2)
        .filter(|w| {
            CODES.contains(&w[0])
                && w[1].starts_with(|c: char| c.is_ascii_digit())
                && w[1]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        })
        .count();
    rates >= 2
}

/// A title's joining words, lower-cased (`AGREEMENT  ON  CEASEFIRE`, `ДОГОВІР  ПРО  ДРУЖБУ`):
/// a line in capitals set apart by wide spaces that has one is a title, not a menu
/// ([`masthead_line`]).
const TITLE_WORDS_JOINING: &[&str] = &[
    "and",
    "on",
    "of",
    "for",
    "between",
    "the",
    "to",
    "in",
    "with",
    "та",
    "і",
    "й",
    "про",
    "щодо",
    "між",
    "з",
    "із",
    "у",
    "в",
    "на",
    "и",
    "о",
    "об",
    "по",
    "между",
    "с",
    "und",
    "über",
    "zwischen",
    "et",
    "sur",
    "entre",
    "de",
    "du",
    "des",
    "oraz",
    "o",
    "w",
    "i",
];

/// Is the line a news page's kicker over its headline (`EUROPE`, `LIVE`, `EXPLAINER`,
/// `Пояснюємо`): a section's name a page sets there ([`KICKER_WORDS`]), in any case. Not any
/// short line in capitals: a draft's title starts so (`SYNCHRONISATION LICENCE` over `Between
/// …`, `TREATY` over `ON THE NON-PROLIFERATION…`). Read as the masthead's only over a
/// headline of [`KICKER_HEADLINE_WORDS`] or more ([`kicker_over_headline`]).
pub(super) fn kicker_line(line: &str) -> bool {
    lower_is_one_of(line.trim(), KICKER_WORDS)
}

/// Fewest words of a headline under a kicker ([`kicker_line`]).
pub const KICKER_HEADLINE_WORDS: usize = 5;

/// Sections' names a news page sets over its headline, lower-cased ([`kicker_line`]); those
/// that may also start a draft's title are [`KICKER_TITLE_STARTS`].
const KICKER_WORDS: &[&str] = &[
    "explainer",
    "live",
    "breaking",
    "factbox",
    "europe",
    "world",
    "war in ukraine",
    "ukraine",
    "russia",
    "пояснюємо",
    "пояснення",
    "ексклюзив",
    "наживо",
    "європа",
    "світ",
    "війна",
    "україна",
    "объясняем",
    "эксклюзив",
    "онлайн",
    "европа",
    "в мире",
    "мир",
    "украина",
];
