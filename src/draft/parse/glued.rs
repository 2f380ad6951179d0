//! Numbers glued to the text before them: lines split where a point's number follows a
//! sentence's end, or where a list was run into one line.

use super::build::runs_on;
use super::markers::{Family, Marker, Scheme, marker};
use super::{Line, prev_with_text};
use crate::script;

/// Splits lines at numbers glued to the end of the sentence before (`... confirmed.2. Next`),
/// when the number continues the scheme's sequence. Returns the lines and how many splits.
pub(super) fn unglue<'a>(
    lines: &[Line<'a>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> (Vec<Line<'a>>, usize) {
    let numbers = matches!(scheme.family, Family::Dot | Family::Paren) && !scheme.mixed;
    if !(numbers || scheme.family == Family::PointWord) || scheme.depth != 1 {
        return (lines.to_vec(), 0);
    }
    let lead = if numbers {
        glued_to_lead_in(lines, markers, scheme)
    } else {
        None
    };
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

/// Fewest numbers of a list run into one line that holds most of the page's words for it to
/// be split wherever it stands (`inline_list`).
pub const BULK_ITEMS: usize = 6;

/// The lines with a list run into one line (`…the plan says: 1. Text. 2. Text. 3. Text.`,
/// `Учасники домовилися: 1) …; 2) …; 3) …`) split where its numbers start: `1.` (or `1)`, `(1)`, `1-`)
/// after a colon, a sentence's end, a dash or a comma, then each next number after a sentence's end or a
/// semicolon, [`MIN_INLINE`] at least. Only in a draft of a few paragraphs around that line
/// (the title and a page's few lines before it, five at most, as a search engine's page puts
/// its name, the document's number, title and `Аннотация` over a decision flattened into one
/// line; as many paragraphs after as half the list): a list inside
/// one paragraph of a longer text is that paragraph's. `None` when no line holds such a list.
pub(super) fn inline_list<'a>(lines: &[Line<'a>]) -> Option<Vec<Line<'a>>> {
    // (Or after a dash or a comma, as a headline's lead or a sentence runs on into the list:
    // `Ключові положення — 1) …; 2) …`, `According to the draft, 1. …; 2. …`: the next items
    // still follow a stop or a semicolon, three at least.)
    const ENDS: &str = ".!?;:»\"”)—–,";
    const BEFORE: usize = 5;
    let content = |range: &[Line<'_>]| range.iter().filter(|l| !l.text.trim().is_empty()).count();
    let words = || {
        lines
            .iter()
            .map(|l| script::word_count(l.text))
            .sum::<usize>()
    };
    // A liveblog's entries open with their times alone on a line (`18:32`).
    let stamped = || {
        lines
            .iter()
            .filter(|l| {
                let t = l.text.trim();
                t.len() <= 5
                    && t.contains(':')
                    && t.split(':')
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            })
            .nth(1)
            .is_some()
    };
    for family in [Family::Dot, Family::Paren, Family::Enclosed, Family::Dash] {
        // (A treaty's articles run into one line number their paragraphs `(1)`: the articles
        // are the list.)
        if family == Family::Enclosed
            && let Some(articles) = inline_articles(lines)
        {
            return Some(articles);
        }
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
            // After a dash or a comma, each item says something (`am 15. Januar, 1. März; 2.
            // Juni; 3. September` lists dates).
            let led = line.text[..cuts[0]].trim_end().ends_with(['—', '–', ',']);
            let said = |k: usize| {
                let end = cuts.get(k + 1).copied().unwrap_or(line.text.len());
                script::word_count(&line.text[cuts[k]..end]) >= 3
            };
            if led && !(0..cuts.len()).all(said) {
                continue;
            }
            let around = content(&lines[..i]) <= BEFORE
                && content(&lines[i + 1..]) <= (cuts.len() / 2).max(1);
            // A long list that is most of the page's words (a liveblog's entry quoting the
            // text between entries of reporting, stamped with their times) is the draft
            // wherever it stands; not a release's notes run into one line.
            let share = script::word_count(line.text);
            let lead = line.text[..cuts[0]].trim_end().to_lowercase();
            let notes = ["notes to editors:", "notes:", "примітки:", "примечания:"]
                .iter()
                .any(|n| lead.ends_with(n));
            let bulk = cuts.len() >= BULK_ITEMS
                && !notes
                && (3 * share >= 2 * words() || (2 * share >= words() && stamped()));
            if cuts.len() < MIN_INLINE || !(around || bulk) {
                continue;
            }
            return Some(split_at_cuts(lines, i, &cuts));
        }
    }
    inline_articles(lines)
}

/// `lines` with line `i` split where a list run into it starts each item (`cuts`, byte
/// offsets in the line, rising).
fn split_at_cuts<'a>(lines: &[Line<'a>], i: usize, cuts: &[usize]) -> Vec<Line<'a>> {
    let mut out = lines[..i].to_vec();
    let mut rest = lines[i];
    let mut offset = 0;
    for &at in cuts {
        (rest, _) = split_glued(&mut out, rest, at - offset);
        offset = at;
    }
    out.push(rest);
    out.extend_from_slice(&lines[i + 1..]);
    out
}

/// Most paragraphs before a treaty's articles run into one line (`inline_articles`): a page's
/// name, its date, a post's heading and a document's header.
const BEFORE_ARTICLES: usize = 6;

/// The lines with a treaty's articles run into one line (a document flattened into a page:
/// `…Have agreed as follows: Article 1 The High Contracting Parties… Article 2 Each…`) split
/// where its articles start: `Article 1` (with its keyword in any language the article labels
/// know) after a colon or a sentence's end, then each next number with the same keyword after
/// a sentence's end, [`MIN_INLINE`] at least, in a draft of a few paragraphs around that line.
/// A citation is not a label: `…referred to in Article 3(2).`, `Article 4 of the Treaty`
/// stand after no sentence's end.
fn inline_articles<'a>(lines: &[Line<'a>]) -> Option<Vec<Line<'a>>> {
    let content = |range: &[Line<'_>]| range.iter().filter(|l| !l.text.trim().is_empty()).count();
    for (i, line) in lines.iter().enumerate() {
        if line.text.len() < 200 {
            continue;
        }
        let Some((first, keyword)) = glued_article(line.text, 1, None) else {
            continue;
        };
        let mut cuts = vec![first];
        // (From the character after the last label's first: a keyword may be Cyrillic.)
        let after = |at: usize| at + line.text[at..].chars().next().map_or(1, char::len_utf8);
        while let Some(k) = line
            .text
            .get(after(cuts[cuts.len() - 1])..)
            .and_then(|rest| {
                let next = u32::try_from(cuts.len() + 1).ok()?;
                glued_article(rest, next, Some(&keyword)).map(|(k, _)| k)
            })
        {
            let at = after(cuts[cuts.len() - 1]) + k;
            cuts.push(at);
        }
        if cuts.len() < MIN_INLINE
            || content(&lines[..i]) > BEFORE_ARTICLES
            || content(&lines[i + 1..]) > (cuts.len() / 2).max(1)
        {
            continue;
        }
        return Some(split_at_cuts(lines, i, &cuts));
    }
    None
}

/// Where an article's label with `number` starts in `s` after a colon or a sentence's end
/// (`…as follows: Article 1 The…`, `…cooperation. Article 2 Each…`), with the keyword of the
/// article labels (`Article`, `Стаття`, …), which must be `keyword` when given; and that
/// keyword as the label has it, lower-cased.
fn glued_article(s: &str, number: u32, keyword: Option<&str>) -> Option<(usize, String)> {
    let mut from = 0;
    while let Some(k) = s[from..].find(['.', ':', ';', '!', '?']).map(|k| from + k) {
        from = k + 1;
        let start = from + s[from..].len() - s[from..].trim_start_matches([' ', '\u{a0}']).len();
        if start == from || !s[start..].starts_with(char::is_uppercase) {
            continue;
        }
        let Some(m) = marker(&s[start..]) else {
            continue;
        };
        // (`Article 3(2)`, `Статья 3, пункт 2`, `Статья 3 (пункт 2) определяет…` cite;
        // `Article 1 (Ceasefire)` has its caption in brackets.)
        let number_end = s[start..].find(|c: char| c.is_ascii_digit()).map(|d| {
            let digits = &s[start + d..];
            start + d + digits.len()
                - digits
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len()
        });
        let cited = number_end.is_some_and(|e| {
            let after = &s[e..];
            after.starts_with(['(', ','])
                || after
                    .trim_start_matches(' ')
                    .strip_prefix('(')
                    .is_some_and(|inner| inner.starts_with(char::is_lowercase))
        });
        if m.family == Family::ArticleWord
            && m.number == number
            && m.depth == 1
            && !cited
            && keyword.is_none_or(|kw| kw == m.keyword)
        {
            return Some((start, m.keyword));
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
    let lead = prev_with_text(lines, first)?;
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

/// Where `number` followed by the scheme's separator (`2.` or `2)`; in brackets, `(2)`) starts
/// in `s`, glued to a sentence end before it: `confirmed.2. Next`, `confirmed. 2. Next` (not
/// `1.2.` or `of 2.`; `(2)` only after a space or a colon).
fn find_glued(s: &str, number: u32, scheme: &Scheme) -> Option<usize> {
    if scheme.family == Family::PointWord {
        return glued_keyword(s, number, scheme);
    }
    glued_after(s, number, scheme, ".!?;»\"”)")
}

/// Where a point's keyword label with the next number starts after a finished sentence in
/// `s` (a transcript's `…in the text.  (Laughter.)  Point four.  The army…`): the label with a
/// stop, a colon or a dash right after its number (`Point 4 of the old draft` cites one).
fn glued_keyword(s: &str, number: u32, scheme: &Scheme) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s[from..].find([' ', '\u{a0}']).map(|k| from + k) {
        from = k + 1;
        let before = s[..k].trim_end_matches([' ', '\u{a0}']);
        let start = k + s[k..].len() - s[k..].trim_start_matches([' ', '\u{a0}']).len();
        if start > k + 1 && from < start {
            from = start;
        }
        if !before.ends_with(['.', '!', '?', ')']) || !s[start..].starts_with(char::is_uppercase) {
            continue;
        }
        let Some(m) = marker(&s[start..]) else {
            continue;
        };
        let label_end = s[start..].len() - s[start + m.rest.min(s.len() - start)..].len();
        let label = s[start..start + label_end].trim_end();
        if m.is_of(scheme) && m.number == number && label.ends_with(['.', ':', '—', '–']) {
            return Some(start);
        }
    }
    None
}

/// [`find_glued`] with the characters that may end the text before the number.
fn glued_after(s: &str, number: u32, scheme: &Scheme, ends: &str) -> Option<usize> {
    // The number's digits written on the stack, not into a new string on every line.
    let mut digits = [0u8; 10];
    let mut start = digits.len();
    let mut n = number;
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let needle = std::str::from_utf8(&digits[start..]).expect("ASCII digits");
    let mut from = 0;
    // Each place of the number (as `str::find` finds them, one after the other): a vectorised
    // search for its first digit, with no string search to build on every line.
    let bytes = s.as_bytes();
    let find = |from: usize| {
        memchr::memchr_iter(needle.as_bytes()[0], &bytes[from..])
            .map(|k| from + k)
            .find(|&k| bytes[k..].starts_with(needle.as_bytes()))
    };
    // `(1)`: the item starts at its bracket.
    let enclosed = scheme.family == Family::Enclosed;
    while let Some(k) = find(from) {
        from = k + needle.len();
        let k = if enclosed {
            match k.checked_sub(1) {
                Some(open) if bytes[open] == b'(' => open,
                _ => continue,
            }
        } else {
            k
        };
        let before = s[..k].trim_end_matches([' ', '\u{a0}']);
        let Some(end) = before.chars().next_back() else {
            continue;
        };
        if !ends.chars().any(|c| c == end) {
            continue;
        }
        // `1.2.` numbers a sub-clause; `…limited to 600,000. 4. Ukraine` ends a sentence
        // with a figure, a space before the next number.
        let spaced = before.len() < k;
        // `(2)` right after a stop is a footnote's call (`…since the spring.(1) Both…`): an
        // item in brackets stands after a space, or after the colon that leads in to it.
        if enclosed && !spaced && end != ':' {
            continue;
        }
        let before_end = before[..before.len() - end.len_utf8()].chars().next_back();
        // (A dash stands between spaces: `положення — 1)`.)
        let dash = matches!(end, '—' | '–');
        if before_end
            .is_none_or(|c| (c.is_ascii_digit() && !spaced) || (c.is_whitespace() && !dash))
        {
            continue;
        }
        let Some(m) = marker(&s[k..]) else { continue };
        if m.is_of(scheme) && m.number == number && m.number_text == needle {
            return Some(k);
        }
    }
    None
}
