//! Quotation marks: where a quoted text opens and closes, and the lines that a quotation of
//! new wording holds.

use super::Line;
use super::markers::{Marker, Scheme};

/// Quotation marks that open a quoted text (`"1. An immediate ceasefire…`, `«1.`).
pub(super) const OPENING_QUOTES: &[char] = &['"', '“', '«', '„'];

/// Quotation marks that close one.
const CLOSING_QUOTES: &[char] = &['"', '”', '»', '“'];

/// The rest of `s` after an opening quotation mark right before a number: a page that quotes
/// a draft's text opens the quote on its first point (`"1. An immediate ceasefire…`).
pub(super) fn after_opening_quote(s: &str) -> Option<&str> {
    let quote = s.chars().next().filter(|c| OPENING_QUOTES.contains(c))?;
    let rest = &s[quote.len_utf8()..];
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some(rest)
}

/// Does the line end a sentence and then a quotation (`…and mercenaries."`)?
pub(super) fn closes_quote(line: &str) -> bool {
    closing_mark(line).is_some()
}

/// Where the mark that closes a quotation at the end of a line starts: after the sentence's
/// end (`…mercenaries."`), or before it, as Ukrainian and Russian write (`…гарантії».`).
pub(super) fn closing_mark(line: &str) -> Option<usize> {
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

/// How many quotation marks a text has: a quotation is closed where their count since it
/// opened is even (a quotation inside, `«всіх на всіх»`, counts two).
pub(super) fn quote_marks(text: &str) -> usize {
    text.chars()
        .filter(|c| OPENING_QUOTES.contains(c) || CLOSING_QUOTES.contains(c))
        .count()
}

/// Is the quotation opening on line `i` a page's quotation of the draft's next point rather
/// than new wording: its number is the scheme's and above every point's before it, and the
/// line leading into it is a paragraph of its own (`Another block is territorial. The
/// document says:` over `«21. Territories: …`), not a point's own text (`2. Part three is
/// replaced by the following:` over `«3. …»`)?
fn quoted_next_point(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
    i: usize,
) -> bool {
    let Some(number) = markers[i]
        .as_ref()
        .filter(|m| m.is_of(scheme))
        .map(|m| m.number)
    else {
        return false;
    };
    let of_scheme = |k: usize| markers[k].as_ref().filter(|m| m.is_of(scheme));
    let last = (0..i).rev().find_map(|k| of_scheme(k).map(|m| m.number));
    let Some(lead) = (0..i).rev().find(|&k| !lines[k].text.trim().is_empty()) else {
        return false;
    };
    let own_paragraph =
        lead > 0 && lines[lead - 1].text.trim().is_empty() && markers[lead].is_none();
    last.is_some_and(|l| number > l) && own_paragraph
}

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
pub(super) fn new_wording(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Vec<bool> {
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
        if !opens || quoted_next_point(lines, markers, scheme, i) {
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
