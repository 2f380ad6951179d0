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

mod acts;
mod build;
mod cleanup;
mod closing;
mod dates;
mod furniture;
mod glued;
mod headings;
mod markers;
mod numbers;
mod ordinals;
mod paragraphs;
mod quotes;
mod repair;
mod scheme;
mod sentences;
mod spelled;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use super::formats::TRACKED_NOTE;
use super::{Draft, Point, PointKind, scan};
use build::{heading_text, split_points};
use cleanup::{
    bold_lead_ins, numbered_table_rows, spaced_glued_numbers, without_bbcode, without_chat_stamps,
    without_comment_anchors, without_fifth_line_numbers, without_gutter_numbers,
    without_inline_markup, without_invisible, without_letter_spacing, without_line_numbers,
    without_link_notes, without_link_numbers, without_markdown_escapes, without_number_column,
    without_quote_prefixes, without_struck, without_styled_letters, without_thread_counters,
    without_word_diff,
};
use closing::{
    Quoted, agenda_over_minutes, annex_after_points, earlier_message, explanatory_memorandum,
    numbered_sections_over_points,
};
use dates::has_year;
use furniture::without_furniture;
use glued::{inline_list, unglue};
use headings::is_heading_like;
use markers::{Family, Marker, Scheme, minor_keyword};
use ordinals::{LAST_ORDINAL_WORD, Ordinals, ordinal_markers};
use paragraphs::{
    caption_markers, lead_in_markers, lines_are_items, lines_are_paragraphs, prose_paragraphs,
    split_paragraphs,
};
use repair::{
    lost_numbers, mistyped_numbers, read_markers, scheme_numbers, spelled_numbers,
    without_glued_bullets,
};
use scheme::choose_scheme;
use sentences::ends_full_sentence;

pub(crate) use build::in_capitals;
pub use build::{KIND_WORDS, MARKDOWN_ONES};
pub use cleanup::MIN_ESCAPED_MARKERS;
pub use closing::SIGNATURE_WORDS;
pub use furniture::MIN_FURNITURE;
pub(crate) use furniture::site_menu_item;
pub use glued::MIN_INLINE;
pub use headings::{MIN_NUMBERED_SUBTITLES, MIN_TIGHT_HEADINGS};
pub use ordinals::{ITEM_WORDS, MIN_ORDINALS};
pub use quotes::MAX_WORDING_LINES;
pub use repair::{CARD_TITLE_WORDS, MIN_BARE, MIN_CONTENTS, MIN_GLUED_DASHES, MIN_UN_PARAGRAPHS};
pub use scheme::BULLETS_PER_HEADING;

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
    let (text, mut struck) = without_struck(text);
    let (text, deleted) = without_word_diff(text);
    struck.extend(deleted);
    let text = without_styled_letters(without_fifth_line_numbers(without_line_numbers(
        without_gutter_numbers(without_number_column(without_letter_spacing(
            without_link_numbers(spaced_glued_numbers(without_invisible(text))),
        ))),
    )));
    // Captions in bold are read before the marks are taken off.
    let lead_ins = bold_lead_ins(&text);
    let text = numbered_table_rows(without_link_notes(without_comment_anchors(
        without_chat_stamps(without_thread_counters(without_quote_prefixes(
            without_markdown_escapes(without_inline_markup(without_bbcode(text))),
        ))),
    )));
    let (mut lines, mut left_out) = without_furniture(&text, split_lines(&text));
    // A page's furniture was found: the draft is a web page's copy (see `split_points`).
    let web_copy = !left_out.is_empty();
    // Struck text is listed with the lines left out, and the draft says it was read so.
    let encoding = if struck.is_empty() {
        encoding
    } else {
        left_out.extend(struck);
        left_out.sort_by_key(|l| l.line);
        if encoding.contains(TRACKED_NOTE) {
            encoding
        } else {
            format!("{encoding}; {TRACKED_NOTE}")
        }
    };
    // An earlier message quoted under a reply's points is not the draft: it goes to the
    // closing, as it is.
    let quoted = earlier_message(&lines);
    let earlier = match quoted {
        Some(Quoted::Earlier(at)) => Some(lines.split_off(at)),
        _ => None,
    };
    let mut markers = without_comment_numbers(
        &lines,
        without_notes_lists(
            &lines,
            without_stray_table_rows(&lines, read_markers(&lines)),
        ),
        &left_out,
    );
    // A bill's explanatory memorandum after its provisions (`Begründung`) numbers none, and
    // nor do a reply's remarks citing the points of the draft quoted under it.
    if let Some(at) = explanatory_memorandum(&lines, &markers) {
        markers[at..].fill(None);
    }
    // Nor do an annex's list or a page's related documents under the points, numbered anew.
    if let Some(at) = annex_after_points(&lines, &markers) {
        markers[at..].fill(None);
    }
    // Nor does a meeting's agenda over the items its minutes then number again.
    if let Some(agenda) = agenda_over_minutes(&lines, &markers) {
        markers[agenda].fill(None);
    }
    if let Some(Quoted::Remarks(at)) = quoted {
        markers[..at].fill(None);
    }
    // Nor do sections' headings in capitals over points that number from 1 under each.
    for heading in numbered_sections_over_points(&lines, &markers) {
        markers[heading] = None;
    }
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
    // Numbers that only ever list what a line announces (`…monitored as follows:` over `1.`,
    // `2.`, `3.`), each list from 1, under points lettered `A.` … `G.` (or numbered in Roman,
    // or by ordinal words): the letters are the points, the numbered lists their text.
    // Numbers that list what points numbered by ordinal words say (`ثالثاً:` over `١-`…`٣-`),
    // or number a minutes' agenda items around its decisions (`3.-` before `PRIMERO.-`): the
    // ordinal words number the points.
    let ordinals_first = first_choice.as_ref().and_then(|(numbers, _)| {
        let announced = announced_lists(&lines, &markers, numbers);
        // (The ordinals are looked for only when the numbers could be such lists: most drafts'
        // numbers run on from 1 far past the twentieth ordinal word.)
        let items = scheme_numbers(&markers, numbers);
        let listed = could_list_under_ordinal_words(&items, numbers);
        let spoken = spelled_keyword_numbers(&markers, &items);
        // A short list after points lettered or numbered in Roman numerals, fewer than half
        // as many, is an annex's (`A.` … `J.`, then `Attachment: Participants` over `1.` …
        // `4.`); what follows the ordinals from the list on is not counted against them as
        // prose around them.
        if items.len() <= SHORT_ANNEX_ITEMS
            && let Some(first_item) = items.first().map(|&(i, _)| i)
            && headings::annex_heading_above(&lines, first_item)
            && let Some((ordinals, scheme, reason)) =
                ordinals::ordinal_markers_before(&lines, Some(first_item))
            && ordinals.iter().flatten().count() >= scheme::LEAD_LIST_RATIO * items.len()
            && ordinals[first_item..].iter().all(Option::is_none)
        {
            let why = "the numbered lines, fewer than half as many, come after them all (an annex's or a note's list)";
            return Some((scheme, format!("{reason}; {why}"), Some(ordinals)));
        }
        if !announced && !listed && !spoken {
            return None;
        }
        let (ordinals, scheme, reason) = ordinal_markers(&lines)?;
        // A speaker who says `Point three.` and `Point four.` between `The first point:`,
        // `The second point:` and `The fifth point:`: one run of the ordinal words, which
        // reads those lines too.
        let runs_through = spoken
            && items.iter().all(|&(i, _)| ordinals[i].is_some())
            && ordinals.iter().flatten().count() > items.len();
        let why = if announced {
            "the numbered lines only list what a line above them announces (`…as follows:`), each list from 1: they are the points' text"
        } else if runs_through {
            "the points numbered by a keyword and a number word (`Point three.`) run on with those numbered by ordinal words (`The first point:`)"
        } else if listed && lists_under_ordinal_words(&lines, &items, &ordinals, &scheme) {
            "the numbered lines are lists inside the points, or items of an agenda around them"
        } else {
            return None;
        };
        Some((scheme, format!("{reason}; {why}"), Some(ordinals)))
    });
    let chosen = ordinals_first.or_else(|| {
        first_choice
            .map(|(scheme, reason)| (scheme, reason, None))
            .or_else(|| {
                ordinal_markers(&lines)
                    .or_else(|| lead_in_markers(&lines, &lead_ins))
                    .or_else(|| caption_markers(&lines))
                    .map(|(markers, scheme, reason)| {
                        let reason = format!("no numbers and no bullet list; {reason}");
                        (scheme, reason, Some(markers))
                    })
            })
    });
    let (split, scheme, mut reason) = match chosen {
        Some((scheme, reason, Some(ordinals))) => {
            let per_line = lines_are_paragraphs(&lines, &ordinals, web_copy).is_ok();
            let split = split_points(&lines, &ordinals, &scheme, per_line, web_copy);
            (split, scheme.describe(), reason)
        }
        Some((scheme, reason, None)) => {
            let (lines, glued) = unglue(&lines, &markers, &scheme);
            // Lines split at glued numbers have markers of their own; otherwise the lines are
            // the same and so are their markers.
            let mut markers: Vec<Option<Marker>> = if glued > 0 {
                without_notes_lists(
                    &lines,
                    without_stray_table_rows(&lines, read_markers(&lines)),
                )
            } else {
                markers
            };
            // A report's or minutes' keyword that gave way to the numbers (`TOP 3: Garten`
            // over `3.`-`5.`) is no sub-item's label: its line is read as a heading or text.
            for m in &mut markers {
                if m.as_ref()
                    .is_some_and(|m| minor_keyword(&m.keyword) && !m.is_of(&scheme))
                {
                    *m = None;
                }
            }
            // A short list summing up the draft above the draft's own list (a news page's
            // `The main changes are:` over `1.`-`3.`, then `Below is the full text.` over
            // `1.`-`20.`) is the page's preamble, not the first points.
            let summary = summary_list(&lines, &markers, &scheme);
            if let Some((from, to, _)) = summary {
                unmark(&mut markers, from, to, &scheme);
            }
            // A news page's summary box (`Главное:` over three dashes) above the draft's own
            // list of the same bullets is the page's, read with the preamble.
            let summed = summary_box(&lines, &markers, &scheme);
            if let Some((from, to)) = summed {
                unmark(&mut markers, from, to, &scheme);
            }
            // Summary boxes above the page's prose, before the draft's own list of bullets,
            // are the page's.
            let page = page_lists(&lines, &markers, &scheme);
            for &(from, to, _) in &page {
                unmark(&mut markers, from, to, &scheme);
            }
            let mistyped = mistyped_numbers(&lines, &mut markers, &scheme);
            let lost = lost_numbers(&lines, &mut markers, &scheme);
            let spelled = spelled_numbers(&lines, &mut markers, &scheme);
            let per_line = lines_are_paragraphs(&lines, &markers, web_copy).is_ok();
            let split = split_points(&lines, &markers, &scheme, per_line, web_copy);
            let mut reason = reason;
            if glued > 0 {
                reason.push_str(&format!(
                    "; {glued} found glued to the end of the sentence before"
                ));
            }
            if inline_split {
                reason.push_str("; the list stood in one line and was split at its numbers");
            }
            let dispositions = markers
                .iter()
                .flatten()
                .filter(|m| m.is_disposition())
                .count();
            if dispositions > 0 && scheme.family == Family::ArticleWord {
                reason.push_str(&format!(
                    "; {dispositions} of them a Spanish law's dispositions (`Disposición final primera`), which close its articles, each kind numbered from the first"
                ));
            }
            if let Some((from, _, items)) = summary {
                reason.push_str(&format!(
                    "; a shorter list from line {} (numbered 1 to {items}) sums up the list below it or leads to it (a page's summary, steps or contents): it is read with the preamble",
                    lines[from].number
                ));
            }
            if let Some((from, _)) = summed {
                reason.push_str(&format!(
                    "; the items under `{}` (line {}) sum up the page, above the draft's own longer list: they are read with the preamble",
                    lines[from - 1].text.trim(),
                    lines[from - 1].number
                ));
            }
            if let Some(&(first, _, _)) = page.first() {
                let items: usize = page.iter().map(|&(_, _, n)| n).sum();
                let lists = if page.len() == 1 {
                    "a short list".to_owned()
                } else {
                    format!("{} short lists", page.len())
                };
                reason.push_str(&format!(
                    "; {lists} from line {} ({items} items) under a summary's heading, above the page's prose, the page's summary: read with the preamble",
                    lines[first].number
                ));
            }
            if mistyped > 0 {
                reason.push_str(&format!(
                    "; {mistyped} written without the dot, with a comma or with the dot set off (`10 Text`, `3, Text`, `3 . Text`) between the numbers before and after"
                ));
            }
            if lost > 0 {
                reason.push_str(&format!(
                    "; {lost} without a number where the numbers skip one (lost in copying: an emoji or a bullet in its place, a letter for a figure in a scan, `1O.`, or a figure glued to the number, `14.100`), numbered as the one skipped"
                ));
            }
            if spelled > 0 {
                reason.push_str(&format!(
                    "; {spelled} numbered in words (`Second,`) where the figures skip their number"
                ));
            }
            (split, scheme.describe(), reason)
        }
        None => {
            match lines_are_paragraphs(&lines, &without_glued_bullets(&lines, &markers), web_copy)
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
            }
        }
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
    // A title on several lines is read as one (`TREATY` over `on Good-Neighbourliness…`).
    let title = split.title.map(|l| {
        let mut text = heading_text(l.text);
        for more in &split.title_more {
            text.push(' ');
            text.push_str(&heading_text(more.text));
        }
        let last = split.title_more.last().unwrap_or(&l);
        (text, l.start..last.start + last.text.len())
    });
    if let Some((text, range)) = title.as_ref().filter(|(t, _)| !t.is_empty()) {
        points.push(Point {
            kind: PointKind::Title,
            label: "Title".to_owned(),
            section: None,
            text: text.clone(),
            range: range.clone(),
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

/// A line of the source with its byte offset and its line number (from 1).
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    start: usize,
    number: usize,
    text: &'a str,
}

/// The parts of a line set out in columns, as a PDF's or a web page's copy keeps them: between
/// tabs or runs of `gap` (spaces), trimmed, empty ones left out. The callers choose the gap:
/// three spaces in a running head or a row of buttons, more between a letterhead's halves.
fn gap_parts<'a>(t: &'a str, gap: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    t.split('\t')
        .flat_map(move |part| part.split(gap))
        .map(str::trim)
        .filter(|part| !part.is_empty())
}

/// The index of the first line with text after line `i`, if any.
fn next_with_text(lines: &[Line<'_>], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&k| !lines[k].text.trim().is_empty())
}

/// The index of the last line with text before line `i`, if any.
fn prev_with_text(lines: &[Line<'_>], i: usize) -> Option<usize> {
    lines[..i].iter().rposition(|l| !l.text.trim().is_empty())
}

/// The first `chars` characters of `text`, lower-cased: what the parser compares with its
/// lists of phrases that open a line.
fn lower_head(text: &str, chars: usize) -> String {
    text.chars()
        .take(chars)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Is `text`, lower-cased, one of `words` (`words.contains(&text.to_lowercase().as_str())`)?
/// Compared character by character, it stops at the first that differs, with no copy; a text
/// of more than four bytes for each of a word's bytes is longer than it in characters, which
/// lower-casing never makes fewer, and is not read at all: a whole line passes through here on
/// every line of a draft. (A capital sigma, which `str::to_lowercase` writes as `σ` or `ς` by
/// its place in the word, takes the copy.)
fn lower_is_one_of(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        if text.len() > 4 * w.len() {
            return false;
        }
        let mut expected = w.chars();
        for c in text.chars() {
            if c == 'Σ' {
                return text.to_lowercase() == *w;
            }
            if !c.to_lowercase().all(|l| expected.next() == Some(l)) {
                return false;
            }
        }
        expected.next().is_none()
    })
}

/// Do `numbers` run 1, 2, 3, … (a list from 1, as written)?
fn runs_from_one(numbers: &[u32]) -> bool {
    numbers.iter().zip(1..).all(|(&n, k)| n == k)
}

/// Marks that a line of their own repeats to separate parts of a text: Markdown's thematic
/// breaks (`---`, `***`, `* * *`; not `___`, a form's line to fill in), a Setext heading's underline (`===`), and the rules
/// of messenger posts and plain-text mail (`———`, `━━━`, `───`, `~~~`).
const SEPARATOR_MARKS: &[char] = &['-', '*', '=', '~', '—', '–', '─', '━', '•', '·'];

/// Fewest underscores of a footnote rule alone on its line ([`is_separator`]).
pub(super) const FOOTNOTE_RULE: usize = 8;

/// Is the line a separator: a footnote rule ([`FOOTNOTE_RULE`] underscores), three or more of
/// one [`SEPARATOR_MARKS`] (spaces between them
/// allowed), or two with a space between (`* *`), and nothing else? It separates like a blank line; kept, it was read as the end of
/// the point above.
fn is_separator(line: &str) -> bool {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    // A footnote rule (`__________`, as a copy of a Word or PDF document keeps it above the
    // notes): longer than a form's short line to fill in.
    if first == '_' {
        let trimmed = line.trim();
        return trimmed.len() >= FOOTNOTE_RULE && trimmed.bytes().all(|b| b == b'_');
    }
    if SEPARATOR_MARKS.contains(&first) {
        let rest: Vec<char> = marks.collect();
        // Three marks at least, or two spaced (`* *`, as the European Council's conclusions
        // set off their sections).
        let spaced_pair = rest.len() == 1 && line.trim().contains(' ');
        return (rest.len() >= 2 || spaced_pair) && rest.iter().all(|&c| c == first);
    }
    symbol_rule(line)
}

/// Is the line a messenger's rule: one symbol or emoji repeated (`➖➖➖➖➖➖`, `▪️▪️▪️`,
/// `〰️〰️`), as Telegram channels set one under each point? Three at least, or two of a
/// symbol beyond Latin punctuation; never letters, digits or a sentence's marks (`...`), nor
/// marks that say something (a table's ticks and crosses `✓ ✓`, `✗ ✗`, a rating's stars).
fn symbol_rule(line: &str) -> bool {
    const SAYING: &[char] = &[
        '✓', '✔', '✗', '✘', '☑', '☒', '✅', '❌', '❎', '★', '☆', '⭐',
    ];
    // Emoji presentation and joiners are no marks of their own.
    let mut marks = line
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{fe0e}' | '\u{fe0f}' | '\u{200d}'));
    let Some(first) = marks.next() else {
        return false;
    };
    let symbol =
        first >= '\u{2190}' && !first.is_alphanumeric() && first != '…' && !SAYING.contains(&first);
    let mut count = 1;
    for c in marks {
        if c != first {
            return false;
        }
        count += 1;
    }
    symbol && count >= 2
}

/// Do the lines of plain-number `scheme` only list what a line announces: every list from 1,
/// right under a line ending in a colon (`…monitored as follows:`), with small letters or a
/// semicolon inside (`by a satellite system;`), as items are written, never a sentence of
/// its own?
fn announced_lists(lines: &[Line<'_>], markers: &[Option<Marker>], scheme: &Scheme) -> bool {
    if !matches!(scheme.family, Family::Dot | Family::Paren) || scheme.depth != 1 {
        return false;
    }
    let mut items = 0;
    for (i, m) in markers.iter().enumerate() {
        let Some(m) = m.as_ref().filter(|m| m.is_of(scheme)) else {
            continue;
        };
        items += 1;
        let text = lines[i].text.get(m.rest..).unwrap_or_default().trim();
        if !(text.starts_with(char::is_lowercase) || text.ends_with([';', ','])) {
            return false;
        }
        if m.number == 1 {
            let above = prev_with_text(lines, i);
            if !above.is_some_and(|k| lines[k].text.trim_end().ends_with(':')) {
                return false;
            }
        }
    }
    items > 0
}

/// Are the numbered lines (`items`, of one scheme) numbered by a keyword and a number written
/// as a word (`Point three.`, `Item four:`), every one of them, as a speaker says them?
fn spelled_keyword_numbers(markers: &[Option<Marker>], items: &[(usize, u32)]) -> bool {
    !items.is_empty()
        && items.iter().all(|&(i, _)| {
            markers[i].as_ref().is_some_and(|m| {
                !m.keyword.is_empty() && m.number_text.chars().all(char::is_alphabetic)
            })
        })
}

/// Could the numbers of `scheme` be lists inside points numbered by ordinal words, or an
/// agenda's items around them ([`lists_under_ordinal_words`]), by the numbers alone: plain
/// numbers that count on by one in runs from 1, in two runs or more or one shorter than the
/// ordinal words go ([`LAST_ORDINAL_WORD`]), or that start past 1 and are at most half as many.
fn could_list_under_ordinal_words(items: &[(usize, u32)], scheme: &Scheme) -> bool {
    if !matches!(scheme.family, Family::Dot | Family::Paren | Family::Dash) || scheme.depth != 1 {
        return false;
    }
    let Some(&(_, first)) = items.first() else {
        return false;
    };
    if first != 1 {
        return 2 * items.len() <= LAST_ORDINAL_WORD;
    }
    let counts_on = items
        .windows(2)
        .all(|w| w[1].1 == w[0].1 + 1 || w[1].1 == 1);
    let runs = items.iter().filter(|&&(_, n)| n == 1).count();
    counts_on && (runs >= 2 || items.len() < LAST_ORDINAL_WORD)
}

/// Numbered lines (`items`: line and number, which [`could_list_under_ordinal_words`] let
/// through) that are not the points of a draft whose points are numbered by ordinal words
/// (`ordinals`, of the scheme `ordinal_scheme`): every numbered line comes after the first
/// ordinal point, and under each ordinal point its numbers count from 1, in lists under two points or
/// more (`ثالثاً: … على النحو الآتي:` over `١-`…`٣-`, and another list under `سادساً:`), or in
/// one list shorter than the ordinal points (`SEGUNDO.-` over `1.` and `2.`; a longer one is
/// rather the draft's own points, with ordinal words in the text above them). Or the numbers
/// do not start at 1 and are at most half as many as the ordinal points: a council's minutes
/// number the agenda items (`3.- APROBACIÓN…`, `4.- RUEGOS…`) around the decisions
/// `PRIMERO.-` … `SÉPTIMO.-`, with one item at most after them. The ordinal words must be
/// labels, with a separator, not adverbs with a comma (`Firstly, …` paragraphs of a speech
/// around a quoted list). Only for ordinal words: letters and Roman numerals over lists that
/// count from 1 in each are sections (`I.` over `1.`-`5.`, `II.` over `1.`…).
fn lists_under_ordinal_words(
    lines: &[Line<'_>],
    items: &[(usize, u32)],
    ordinals: &[Option<Marker>],
    ordinal_scheme: &Scheme,
) -> bool {
    if ordinal_scheme.keyword != Ordinals::Words.name() {
        return false;
    }
    let points: Vec<usize> = (0..ordinals.len())
        .filter(|&i| ordinals[i].is_some())
        .collect();
    let (Some(&(_, first_number)), Some(&first_point), Some(&last_point)) =
        (items.first(), points.first(), points.last())
    else {
        return false;
    };
    // Labels, not a speech's or a judgment's adverbs (`Firstly, the draft…`): a separator
    // after the word (`PRIMERO.-`, `أولاً:`), never a comma.
    let labelled = points.iter().all(|&i| {
        let rest = ordinals[i].as_ref().map_or(0, |m| m.rest);
        let text = lines[i].text;
        let before = text.get(..rest).unwrap_or_default().trim_end();
        !before.ends_with(',') && !text.get(rest..).unwrap_or_default().starts_with(',')
    });
    if !labelled {
        return false;
    }
    if first_number != 1 {
        // The business after the decisions is one item at most (`4.- RUEGOS Y PREGUNTAS`):
        // more are the minutes' own decisions, and their numbers the structure.
        let after = items.iter().filter(|&&(i, _)| i > last_point).count();
        return 2 * items.len() <= points.len() && after <= 1;
    }
    // The ordinal point each numbered line stands under, and the numbers under each.
    let mut lists: Vec<(usize, u32)> = Vec::new();
    for &(i, n) in items {
        if i < first_point {
            return false;
        }
        let owner = points.partition_point(|&p| p < i);
        match lists.last_mut() {
            Some((o, last)) if *o == owner => {
                if n != *last + 1 {
                    return false;
                }
                *last = n;
            }
            _ if n == 1 => lists.push((owner, 1)),
            _ => return false,
        }
    }
    let longest = lists.iter().map(|&(_, n)| n as usize).max().unwrap_or(0);
    lists.len() >= 2 || longest < points.len()
}

/// Least number of points of the list below a summary (`summary_list`); it has at least
/// twice the summary's items too.
pub const SUMMED_UP_POINTS: usize = 5;

/// Most numbered lines of a list after lettered points or points in Roman numerals that may
/// be an annex's, not the draft's points (`choose_scheme`'s caller: `A.` … `J.`, then
/// `Attachment:` over `1.` … `4.`).
pub const SHORT_ANNEX_ITEMS: usize = 6;

/// A short list that sums up the list below it or leads to it, numbered from 1 again: the
/// plain numbers of `scheme` run 1 to k (k at least 2), then from 1 again, on by one for at
/// least twice as many ([`SUMMED_UP_POINTS`] at least; a page's later sections may number
/// otherwise after them). It is one of:
/// - a news page's main points or changes before the full text: between the two lists
///   stands a paragraph of prose, set off by a blank line, whose lines are no heading and
///   whose last ends a sentence (`Below is the full text as circulated.`), not a lead-in
///   ending in a colon, and the list runs to the end: a heading over a list from 1 starts a
///   section, and a lead-in (`The second side undertakes:`) a second list of the draft
///   (`lead_in_over_new_list`);
/// - a newsletter's contents, whose first item comes again below as a heading (`1. The
///   framework, line by line` over `1. THE FRAMEWORK, LINE BY LINE`);
/// - a page's steps, one line each, over the document they lead to, whose heading in
///   capitals names an act (`RESIDENTIAL LEASE AGREEMENT`) over a paragraph of prose.
///
/// The first and last line index of the summary and its items.
fn summary_list(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Option<(usize, usize, u32)> {
    if !matches!(scheme.family, Family::Dot | Family::Paren) || scheme.depth != 1 || scheme.mixed {
        return None;
    }
    let items = scheme_numbers(markers, scheme);
    // Two runs, each counting on by one from 1.
    let restart = items.iter().skip(1).position(|&(_, n)| n == 1)? + 1;
    let counts_on = |run: &[(usize, u32)]| run.iter().zip(1..).all(|(&(_, n), k)| n == k);
    let (summary, list) = items.split_at(restart);
    // (The list runs on by one from 1; what comes after its run may be numbered otherwise, a
    // page's later sections `2. WHAT MOSCOW SAID`.)
    let k = summary.len();
    let m = list
        .iter()
        .zip(1..)
        .take_while(|&(&(_, n), k)| n == k)
        .count();
    let whole = m == list.len();
    if k < 2 || m < SUMMED_UP_POINTS.max(2 * k) || !counts_on(summary) {
        return None;
    }
    let (last, first) = (summary[k - 1].0, list[0].0);
    let between = &lines[last + 1..first];
    let text = |i: usize| {
        let t = lines[i].text;
        markers[i]
            .as_ref()
            .map_or(t, |m| t.get(m.rest..).unwrap_or_default())
            .trim()
    };
    // A contents list: its first item comes again as a line below it, in any case (`1. The
    // framework, line by line` over `1. THE FRAMEWORK, LINE BY LINE`).
    let first_item = text(summary[0].0);
    let contents = first_item.chars().count() >= CONTENTS_ITEM_CHARS && {
        let item = first_item.to_lowercase();
        // (The heading may have lost its number's marker: read it again.)
        let heading = |i: usize| {
            let t = lines[i].text.trim();
            markers::marker(t).map_or(t, |m| t.get(m.rest..).unwrap_or_default().trim())
        };
        // (A heading, not a later point or an annex's item saying the same; only lines as long
        // as the item, or a number longer, are read.)
        let len = first_item.len();
        (last + 1..lines.len()).any(|i| {
            let t = lines[i].text.trim().len();
            markers[i].is_none()
                && (len..=len + CONTENTS_NUMBER_BYTES).contains(&t)
                && heading(i).to_lowercase() == item
        })
    };
    if contents {
        return Some((summary[0].0, last, k as u32));
    }
    // The prose paragraph: after a blank line, every line of it text, not a heading.
    let blank = between.iter().position(|l| l.text.trim().is_empty())?;
    let prose: Vec<&str> = between[blank..]
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let closes = prose.last().is_some_and(|t| ends_full_sentence(t));
    if whole && !prose.is_empty() && closes && !prose.iter().any(|t| is_heading_like(t)) {
        return Some((summary[0].0, last, k as u32));
    }
    // A page's steps or changes, one short line each, over the document it leads to, whose
    // heading and opening sentence stand between (`How to fill out this lease in 4 steps`
    // `1.` … `4.`, then `RESIDENTIAL LEASE AGREEMENT`, `This Lease is made on …`, then `1.` …
    // `12.`): an act's heading and a paragraph of prose between, and no lead-in to the list
    // (`The second side undertakes:`), which would start a second list of the draft. A
    // section's heading (`IMPLEMENTATION`) over a second list of the draft names no act.
    let one_line = summary.iter().all(|&(i, _)| {
        crate::script::word_count(text(i)) <= LEAD_ITEM_WORDS
            && lines
                .get(i + 1)
                .is_none_or(|l| l.text.trim().is_empty() || markers[i + 1].is_some())
    });
    let paragraph = prose_paragraph(between)
        && between
            .iter()
            .any(|l| acts::act_kind_line(l.text) && in_capitals(l.text));
    let lead_in = prose.last().is_some_and(|t| t.ends_with(':'));
    (one_line && paragraph && !lead_in).then_some((summary[0].0, last, k as u32))
}

/// Fewest characters of a contents list's first item found again as a heading
/// ([`summary_list`]): not a word that any line may repeat.
const CONTENTS_ITEM_CHARS: usize = 12;

/// Most bytes of a heading's number and the space after it, as a contents list's item comes
/// again (`12. `; [`summary_list`]).
const CONTENTS_NUMBER_BYTES: usize = 6;

/// Most words of an item of a page's short list over a document's own ([`summary_list`]).
const LEAD_ITEM_WORDS: usize = 25;

/// Do the lines hold a paragraph of prose: lines with text between blank lines, none of them
/// a heading, the last ending a full sentence, six words at least?
fn prose_paragraph(lines: &[Line<'_>]) -> bool {
    lines
        .split(|l| l.text.trim().is_empty())
        .filter(|p| !p.is_empty())
        .any(|p| {
            let words: usize = p.iter().map(|l| crate::script::word_count(l.text)).sum();
            words >= 6
                && p.iter().all(|l| !is_heading_like(l.text.trim()))
                && p.last().is_some_and(|l| ends_full_sentence(l.text.trim()))
        })
}

/// Headings of a news page's summary box (`Главное:`, `Key points:`), lower-cased, without
/// the colon.
const SUMMARY_HEADINGS: &[&str] = &[
    "главное",
    "самое главное",
    "коротко",
    "кратко",
    "головне",
    "найголовніше",
    "коротко про головне",
    "key points",
    "key facts",
    "in brief",
    "at a glance",
    "highlights",
    "key takeaways",
    "das wichtigste",
    "das wichtigste in kürze",
    "en bref",
    "l'essentiel",
    "najważniejsze",
    "en resumen",
    "lo más importante",
];

/// Does the line name a news page's summary box ([`SUMMARY_HEADINGS`], with or without its
/// colon: `Главное:`, `Key points`)?
fn names_summary(line: &str) -> bool {
    let name = line.trim().trim_end_matches([':', '.']).trim_end();
    name.chars().count() <= 24 && SUMMARY_HEADINGS.contains(&name.to_lowercase().as_str())
}

/// Takes the markers of `scheme` off lines `from` to `to` (a summary's items, read with the
/// preamble).
fn unmark(markers: &mut [Option<Marker>], from: usize, to: usize, scheme: &Scheme) {
    for m in &mut markers[from..=to] {
        if m.as_ref().is_some_and(|m| m.is_of(scheme)) {
            *m = None;
        }
    }
}

/// A news page's summary box: a line naming it ([`SUMMARY_HEADINGS`]) right over the first
/// items of `scheme`, a run of at least two, one to a line, then a blank line, then prose (a
/// sentence, no heading, no item of any kind), then at least twice as many items of the scheme
/// ([`SUMMED_UP_POINTS`] at least), numbered from 1 again: the first and last line index of
/// the box's items.
fn summary_box(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Option<(usize, usize)> {
    let of = |i: usize| markers[i].as_ref().is_some_and(|m| m.is_of(scheme));
    let first = (0..lines.len()).find(|&i| of(i))?;
    let heading = lines[..first]
        .iter()
        .rev()
        .find(|l| !l.text.trim().is_empty())?;
    // The heading line stands right over the items.
    if first == 0 || lines[first - 1].text.trim().is_empty() {
        return None;
    }
    if !names_summary(heading.text) {
        return None;
    }
    // The box's items, one to a line, then a blank line (a wrapped item's next line, or a
    // sub-item, is a list's, not a box's).
    // (A page copied with no blank lines at all sets none there either.)
    let last = (first..lines.len()).take_while(|&i| of(i)).last()?;
    let k = last + 1 - first;
    let no_blanks = !lines[..first].iter().any(|l| l.text.trim().is_empty());
    if !lines.get(last + 1)?.text.trim().is_empty() && !no_blanks {
        return None;
    }
    // Then prose: a sentence of the page (perhaps before its lead-in, `…a draft settlement.
    // Its full text, in translation:`), no heading and no item of any kind, before the
    // draft's own list, which numbers from 1 again.
    let next = (last + 1..lines.len()).find(|&i| of(i))?;
    let between = || lines[last + 1..next].iter().map(|l| l.text.trim());
    let sentence = between()
        .any(|t| crate::script::word_count(t) >= 6 && (ends_full_sentence(t) || t.contains(". ")));
    if !sentence
        || markers[last + 1..next].iter().any(Option::is_some)
        || between().any(|t| !t.is_empty() && is_heading_like(t))
        || markers[next]
            .as_ref()
            .is_some_and(|m| m.family != Family::Bullet && m.number != 1)
    {
        return None;
    }
    let after = (next..lines.len()).filter(|&i| of(i)).count();
    (k >= 2 && after >= SUMMED_UP_POINTS.max(2 * k)).then_some((first, last))
}

/// Most items of a news page's summary box above its prose (`page_lists`).
pub const PAGE_LIST_ITEMS: usize = 5;

/// When bullets are the points: a news page's summary boxes (a line naming one,
/// [`SUMMARY_HEADINGS`], over short lists of bullets: `Головне:`, a blank line, three items)
/// above its prose, before the draft's own list of bullets, read with the preamble
/// ([`summary_box`] reads a box whose heading stands right over its items, above a list of
/// plain numbers too). The draft's list is the longest run of bullets (a run ends at a
/// paragraph or a heading between two items), at least [`SUMMED_UP_POINTS`] items and at
/// least twice as long as each box; each box has [`PAGE_LIST_ITEMS`] items at most, one to a
/// line; a sentence of prose stands between the box and the draft's list, and no run follows
/// that list (other runs before it stay points). A short list under a line
/// that announces it in prose (`The Parties agree on the following principles:`, `Крім
/// самого плану, є такі документи:`) is not read so: an adversarial review (review33b)
/// showed operative lists (principles, definitions, first steps) under such lines, and a
/// longer list after the points (signatories, settlements, related links) taking their
/// place. The first and last line index of each box, and its items.
fn page_lists(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Vec<(usize, usize, usize)> {
    if scheme.family != Family::Bullet {
        return Vec::new();
    }
    let of = |i: usize| markers[i].as_ref().is_some_and(|m| m.is_of(scheme));
    // Runs of items: a paragraph or a heading between two items ends one.
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    for i in (0..lines.len()).filter(|&i| of(i)) {
        if let Some(run) = runs.last_mut() {
            let apart = (run.1 + 1..i).any(|k| {
                !lines[k].text.trim().is_empty()
                    && markers[k].is_none()
                    && lines[k - 1].text.trim().is_empty()
            });
            if !apart {
                run.1 = i;
                run.2 += 1;
                continue;
            }
        }
        runs.push((i, i, 1));
    }
    let Some(longest) = (0..runs.len()).max_by_key(|&r| (runs[r].2, std::cmp::Reverse(r))) else {
        return Vec::new();
    };
    let (start, _, items) = runs[longest];
    if longest == 0 || longest + 1 != runs.len() || items < SUMMED_UP_POINTS {
        return Vec::new();
    }
    let announced = |first: usize| {
        prev_with_text(lines, first)
            .is_some_and(|k| markers[k].is_none() && names_summary(lines[k].text))
    };
    // A sentence of prose between the box and the draft's list.
    let prose = |last: usize| {
        (last + 1..start).any(|k| {
            let t = lines[k].text.trim();
            markers[k].is_none() && crate::script::word_count(t) >= 6 && ends_full_sentence(t)
        })
    };
    // Items one to a line, as a box's are (a wrapped item is a plan's).
    let one_line = |first: usize, last: usize| {
        let end = (last + 1..lines.len())
            .find(|&k| lines[k].text.trim().is_empty())
            .unwrap_or(lines.len());
        (first..end).all(|k| markers[k].is_some() || lines[k].text.trim().is_empty())
    };
    runs[..longest]
        .iter()
        .copied()
        .filter(|&(first, last, n)| {
            n <= PAGE_LIST_ITEMS
                && 2 * n <= items
                && announced(first)
                && one_line(first, last)
                && prose(last)
        })
        .collect()
}

/// Headings of a release's notes to editors (`Notes to editors`, `Примітки для редакторів`),
/// lower-cased, without a colon: a numbered list under one is the release's notes.
const EDITORS_NOTES: &[&str] = &[
    "notes to editors",
    "note to editors",
    "notes for editors",
    "editor's notes",
    "editor’s notes",
    "editor's note",
    "editor’s note",
    "editors' notes",
    "примітки для редакторів",
    "довідка для редакторів",
    "примечания для редакторов",
    "hinweise für die redaktion",
    "notes aux rédactions",
];

/// Most characters of a notes heading ([`EDITORS_NOTES`], [`NOTES_HEADINGS`]).
const NOTES_HEADING_CHARS: usize = 40;

/// Headings of an article's notes or sources (`References`, `Примітки`), lower-cased, without
/// a colon or a wiki's edit links: a numbered list under one is its notes when its lines cite
/// (a year, an address).
const NOTES_HEADINGS: &[&str] = &[
    "notes",
    "references",
    "sources",
    "примітки",
    "примечания",
    "джерела",
    "источники",
    "довідка",
    "справка",
    "anmerkungen",
    "einzelnachweise",
];

/// `markers` without the rows of a table numbered with no dot (`1<TAB>Izium district<TAB>14
/// schools`, [`markers::numeric_marker`]'s numbers before a tab or a wide gap) when nothing
/// else in the text is numbered and the table stands among paragraphs of prose, more of them
/// outside it than half its rows (a paragraph leading in aside; a title, a header or a
/// signature block, short lines that end no sentence, is no prose): a report's figures,
/// not the draft's points, as a lettered list inside plain paragraphs is not (see
/// `ordinals::ordinal_markers`); or when bullets outside the table are the draft's points.
/// A plan that is its table, under a heading and over a signature, keeps them.
fn without_stray_table_rows(
    lines: &[Line<'_>],
    mut markers: Vec<Option<Marker>>,
) -> Vec<Option<Marker>> {
    let gap = |i: usize| markers[i].as_ref().is_some_and(Marker::is_table_row);
    let rows: Vec<usize> = (0..lines.len()).filter(|&i| gap(i)).collect();
    let (Some(&first), Some(&last)) = (rows.first(), rows.last()) else {
        return markers;
    };
    let other_numbers = (0..lines.len()).any(|i| {
        !gap(i)
            && markers[i]
                .as_ref()
                .is_some_and(|m| m.family != Family::Bullet)
    });
    if other_numbers {
        return markers;
    }
    // A bulleted draft's annex (`- Fire stops.` … then a table of places): its bullets are
    // the points, which numbers would outrank.
    let bullets = (0..lines.len())
        .filter(|&i| (i < first || i > last) && markers[i].is_some())
        .count();
    let per_line = lines_are_paragraphs(lines, &markers, false).is_ok();
    let paragraphs = |range: std::ops::Range<usize>| prose_paragraphs(lines, range, per_line);
    let outside = paragraphs(last + 1..lines.len()) + paragraphs(0..first).saturating_sub(1);
    if bullets >= 2 || outside > (rows.len() / 2).max(1) {
        for i in rows {
            markers[i] = None;
        }
    }
    markers
}

/// `markers` without the numbers of a page's notes: a wiki's references at the end of the
/// page, two or more numbered from 1 and each followed by the arrow back to the text (`1. ↑
/// …`, `^ …`), and a list numbered under a notes heading after a longer bulleted list with no
/// numbered line before it (a press release's `Примітки для редакторів` under its `•`
/// points) or after a longer numbered list, numbered again from 1: under notes to editors
/// ([`EDITORS_NOTES`]) always, under other notes headings ([`NOTES_HEADINGS`]) after bullets
/// when most of its lines cite a year or an address, after numbers when the text above
/// refers to its first note (`[1]`, `¹`).
fn without_notes_lists<'a>(
    lines: &[Line<'a>],
    mut markers: Vec<Option<Marker>>,
) -> Vec<Option<Marker>> {
    let numbered = |m: &Option<Marker>| m.as_ref().is_some_and(|m| m.family != Family::Bullet);
    let back_link = |i: usize| {
        markers[i].as_ref().is_some_and(|m| {
            m.family != Family::Bullet
                && lines[i]
                    .text
                    .get(m.rest..)
                    .is_some_and(|t| t.trim_start().starts_with(['↑', '^']))
        })
    };
    // The last numbered lines, each with its back-link, from 1.
    let numbered_at: Vec<usize> = (0..lines.len())
        .filter(|&i| numbered(&markers[i]))
        .collect();
    let trailing = numbered_at
        .iter()
        .rev()
        .take_while(|&&i| back_link(i))
        .count();
    let refs = &numbered_at[numbered_at.len() - trailing..];
    if trailing >= 2 && markers[refs[0]].as_ref().is_some_and(|m| m.number == 1) {
        for &i in refs {
            markers[i] = None;
        }
    }
    // The first notes heading, and whether it is the editors' notes.
    let heading = lines.iter().enumerate().find_map(|(h, l)| {
        let t = l.text.trim();
        // (Short lines only are lower-cased: this looks at every line.)
        if t.len() > 4 * NOTES_HEADING_CHARS {
            return None;
        }
        let t = match t.find('[') {
            Some(k) if t.ends_with(']') => &t[..k],
            _ => t,
        };
        // (A Markdown heading's `## Notes` too.)
        let t = t.trim_start_matches(['#', ' ']);
        let t = t.trim().trim_end_matches(':').trim_end();
        if t.chars().count() > NOTES_HEADING_CHARS {
            return None;
        }
        let t = t.to_lowercase();
        let editors = EDITORS_NOTES.contains(&t.as_str());
        (editors || NOTES_HEADINGS.contains(&t.as_str())).then_some((h, editors))
    });
    if let Some((h, editors)) = heading {
        let is_bullet = |m: &Option<Marker>| m.as_ref().is_some_and(|m| m.family == Family::Bullet);
        let bullets_before = markers[..h].iter().filter(|m| is_bullet(m)).count();
        let numbered_before = markers[..h].iter().filter(|m| numbered(m)).count();
        let after: Vec<usize> = (h..lines.len())
            .filter(|&i| numbered(&markers[i]))
            .collect();
        let cites = after
            .iter()
            .filter(|&&i| {
                let t = lines[i].text;
                has_year(t) || t.contains("http") || t.contains("www.")
            })
            .count();
        // After numbered points, a shorter list numbered again from 1 under the heading is
        // the notes: under notes to editors always, under other notes headings when the text
        // above refers to its first note (`…of the cost.[1]`, `…owners¹`; not a statute's
        // article `152¹`, nor a Markdown reference link `[the annex][1]`). The notes are the
        // run from 1 on (a part numbered again after them is the draft's).
        let number = |i: usize| markers[i].as_ref().map_or(0, |m| m.number);
        let run = after
            .iter()
            .enumerate()
            .take_while(|&(k, &i)| number(i) == k as u32 + 1)
            .count();
        let referred = || {
            lines[..h].iter().any(|l| {
                let t = l.text;
                t.match_indices("[1]")
                    .any(|(at, _)| !t[..at].ends_with(']'))
                    || t.match_indices('¹').any(|(at, _)| {
                        t[..at]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphabetic() || ".,;:)\"”»".contains(c))
                    })
            })
        };
        let after_bullets = numbered_before == 0
            && bullets_before >= 3
            && after.len() < bullets_before
            && (editors || 2 * cites > after.len());
        let after_numbers = run > 0 && numbered_before > run && (editors || referred());
        if after_bullets {
            for &i in &after {
                markers[i] = None;
            }
        } else if after_numbers {
            for &i in &after[..run] {
                markers[i] = None;
            }
        }
    }
    markers
}

/// `markers` without the numbers of the comments under a post copied from a social network
/// (`Maria S.` over `1) and 3) have been promised before…`) or a news page: after the post's
/// buttons (left out, `left_out`: `Like`, `Comment`, `Share`) or the heading of the page's
/// comments ([`closing::comments_heading`]), numbers that start again at or below the
/// post's last, fewer than half as many as the post's, are the comments' references to its
/// points, not points.
fn without_comment_numbers<'a>(
    lines: &[Line<'a>],
    mut markers: Vec<Option<Marker>>,
    left_out: &[LeftOut],
) -> Vec<Option<Marker>> {
    // (Or under the heading of a page's readers' comments: `Топ коментарі`, `12 Comments`.)
    let buttons = left_out
        .iter()
        .find(|l| furniture::social_buttons(&l.text))
        .map(|l| l.line);
    let heading = lines
        .iter()
        .zip(&markers)
        .find(|(l, m)| m.is_none() && closing::comments_heading(l.text))
        .map(|(l, _)| l.number);
    let Some(buttons) = buttons.into_iter().chain(heading).min() else {
        return markers;
    };
    let number = |i: usize| {
        markers[i]
            .as_ref()
            .filter(|m| m.family != Family::Bullet)
            .map(|m| m.number)
    };
    let after = lines.partition_point(|l| l.number < buttons);
    let Some(last_before) = (0..after).rev().find_map(number) else {
        return markers;
    };
    let numbered_before = (0..after).filter(|&i| number(i).is_some()).count();
    let numbered_after = (after..lines.len())
        .filter(|&i| number(i).is_some())
        .count();
    let first_after = (after..lines.len()).find_map(number);
    // (Comments cite a few of the post's numbers; a page of several posts may have the draft's
    // list under an earlier post's buttons: then it is the longer.)
    if numbered_before >= 2
        && 2 * numbered_after < numbered_before
        && first_after.is_some_and(|n| n <= last_before)
    {
        for m in &mut markers[after..] {
            *m = None;
        }
    }
    markers
}

fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (n, piece) in scan::lines_inclusive(text).enumerate() {
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
