//! Drafts with no numbering: whether each line is a paragraph, the lead before unnumbered
//! items, and the split into paragraphs.

use super::build::{Builder, Split, Words};
use super::cleanup::MIN_BOLD_LEAD_INS;
use super::headings::{is_heading_like, is_lead_in};
use super::markers::{BOLD_CAPTIONS, CAPTIONS_OVER_PARAGRAPHS, Marker, Scheme, is_sub_item};
use super::ordinals::numbered_captions;
use super::sentences::{ends_full_sentence, ends_sentence, is_sentence, without_citations};
use super::{Line, next_with_text};
use crate::script;

/// For a draft with no numbers, no bullet list and no ordinals: the paragraphs that open with
/// a caption in bold (`lead_ins`, the lines [`bold_lead_ins`](super::cleanup::bold_lead_ins)
/// found), as the markers of bullets, when there are [`MIN_BOLD_LEAD_INS`] of them and they
/// are most of the paragraphs from the first to the end of the text (two in three): a news
/// page's list of a plan's points (`**Territory.** …`, `**Army.** …`), not an article with
/// a few captions in it. The paragraphs before the first are the page's title and preamble;
/// one between two of them (an advertisement, an editor's aside) is read with the point
/// before it, as under numbered points. A paragraph is a line after a blank line, or after a
/// line that ends a sentence (one paragraph per line); where paragraphs are set apart by
/// blank lines, only a caption after one or after a full stop counts (a wrapped line may
/// start with `**Note:**`), and a caption on the first line is the page's headline unless it
/// ends a sentence over another caption.
pub(super) fn lead_in_markers(
    lines: &[Line<'_>],
    lead_ins: &[usize],
) -> Option<(Vec<Option<Marker>>, Scheme, String)> {
    if lead_ins.len() < MIN_BOLD_LEAD_INS {
        return None;
    }
    let text = |i: usize| !lines[i].text.trim().is_empty();
    let opens = |i: usize| text(i) && lead_ins.binary_search(&lines[i].number).is_ok();
    let after_blank = |i: usize| i == 0 || !text(i - 1);
    // A paragraph: a line after a blank line, or one after a line that ends a sentence (one
    // paragraph per line).
    let paragraph =
        |i: usize| text(i) && (after_blank(i) || ends_sentence(lines[i - 1].text.trim()));
    let top = (0..lines.len()).find(|&i| text(i))?;
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| opens(i))
        // The first line is the page's headline when other text follows it or it ends no
        // sentence (`**EXCLUSIVE:** Leaked draft shows …`).
        .filter(|&i| {
            i != top
                || (ends_full_sentence(lines[i].text.trim())
                    && next_with_text(lines, i).is_some_and(opens))
        })
        .collect();
    // Where paragraphs are set apart by blank lines, a caption opens one only after a blank
    // line or a sentence's full stop (not a wrapped line's `**Note:**` after `…on this
    // point:`).
    let spaced = candidates.iter().any(|&i| after_blank(i));
    let led: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            if spaced {
                after_blank(i) || ends_full_sentence(lines[i - 1].text.trim())
            } else {
                paragraph(i)
            }
        })
        .collect();
    let (&first, &last) = (led.first()?, led.last()?);
    // Most of the paragraphs from the first caption to the end of the text: a list, not an
    // article with a few captions in it.
    let paragraphs = (first..lines.len()).filter(|&i| paragraph(i)).count();
    if led.len() < MIN_BOLD_LEAD_INS || led.len() * 3 < paragraphs * 2 {
        return None;
    }
    let mut markers = vec![None; lines.len()];
    for &i in &led {
        let indent = lines[i].text.len() - lines[i].text.trim_start().len();
        let mut caption = Marker::bullet(1, indent);
        caption.keyword = BOLD_CAPTIONS.to_owned();
        markers[i] = Some(caption);
    }
    let scheme = Scheme::of(markers[first].as_ref()?);
    let why = format!(
        "{} of the {paragraphs} paragraphs from line {} (the last at line {}) open with a caption in bold (`**Caption.** Text`), a list without numbers: they are the points",
        led.len(),
        lines[first].number,
        lines[last].number
    );
    Some((markers, scheme, why))
}

/// How many paragraphs of prose begin in `range` of `lines`: a line with text after a blank
/// one (or the first; each line, when `per_line`: one paragraph per line), unless its
/// paragraph is only short lines that end no sentence (a title, a table's header, a signature
/// block). What a list may have outside it and still be the draft's (`ordinal_markers`, a
/// table's rows in `without_stray_table_rows`).
pub(super) fn prose_paragraphs(
    lines: &[Line<'_>],
    range: std::ops::Range<usize>,
    per_line: bool,
) -> usize {
    range
        .filter(|&i| {
            !lines[i].text.trim().is_empty()
                && (per_line || i == 0 || lines[i - 1].text.trim().is_empty())
                && !lines[i..]
                    .iter()
                    .take(if per_line { 1 } else { usize::MAX })
                    .take_while(|l| !l.text.trim().is_empty())
                    .all(|l| is_heading_like(l.text.trim()))
        })
        .count()
}

/// Fewest captions over paragraphs ([`caption_markers`]) for them to open the points.
pub const MIN_CAPTIONS: usize = 3;

/// Most words of a caption over its paragraph ([`caption_markers`]); a Markdown heading
/// (`## Territory`) may have more, up to [`CAPTION_HEADING_WORDS`].
const CAPTION_WORDS: usize = 8;
const CAPTION_HEADING_WORDS: usize = 14;

/// Most paragraphs under one caption ([`caption_markers`]): a caption over more heads a
/// section of an article, whose paragraphs are its points.
const PARAGRAPHS_PER_CAPTION: usize = 4;

/// For a draft with no numbers, no bullet list, no ordinals and no captions in bold: the
/// paragraphs set under a caption of their own, as an explainer lists a plan's points
/// without numbering them (`Security guarantees` over `Ukraine receives …`; a web page's
/// `<h3>`, a Markdown heading `### Territory`). Each caption opens a point that holds it and
/// the paragraphs under it, when there are [`MIN_CAPTIONS`] of them and the text from the
/// first is captions and their paragraphs, at most [`PARAGRAPHS_PER_CAPTION`] under each
/// (two on average). A caption is a paragraph of one short line that ends no sentence, with
/// a paragraph under it that ends one and says more; before, each caption was a point of its
/// own (or, one paragraph per line, a section heading, not compared) and its text the next.
/// The paragraphs before the first caption are the title and the preamble. Captions that
/// open with Roman numerals or capitals in order (`I. Purpose`, `II. Members`) are labelled
/// by them ([`numbered_captions`]).
pub(super) fn caption_markers(lines: &[Line<'_>]) -> Option<(Vec<Option<Marker>>, Scheme, String)> {
    let text = |i: usize| lines.get(i).is_some_and(|l| !l.text.trim().is_empty());
    // Paragraphs: runs of lines between blank lines, or each line when none is blank
    // between the paragraphs (one paragraph per line).
    let blanks = (1..lines.len()).any(|i| !text(i) && text(i - 1) && text(i + 1));
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    for i in (0..lines.len()).filter(|&i| text(i)) {
        match paragraphs.last_mut() {
            Some((_, end)) if blanks && *end + 1 == i => *end = i,
            _ => paragraphs.push((i, i)),
        }
    }
    let caption = |k: usize| {
        let (start, end) = paragraphs[k];
        let line = lines[start].text.trim();
        let heading = line.starts_with("##");
        let words = script::word_count(line.trim_start_matches('#'));
        let said = |k: usize| {
            paragraphs.get(k).is_some_and(|&(s, e)| {
                let body = lines[e].text.trim();
                ends_sentence(body) && (e > s || script::word_count(body) > words)
            })
        };
        k > 0
            && start == end
            && is_heading_like(line)
            // (A byline or a date over the lead is the page's.)
            && !super::furniture::byline(line)
            && !super::build::masthead_line(line)
            && !ends_sentence(line)
            && words > 0
            && words <= if heading { CAPTION_HEADING_WORDS } else { CAPTION_WORDS }
            && (heading
                || line
                    .trim_start_matches('*')
                    .starts_with(|c: char| c.is_uppercase()))
            && said(k + 1)
    };
    let captions: Vec<usize> = (0..paragraphs.len()).filter(|&k| caption(k)).collect();
    let (&first, &last) = (captions.first()?, captions.last()?);
    if captions.len() < MIN_CAPTIONS {
        return None;
    }
    // Short lines that follow each paragraph rather than head it (a decision's status,
    // `Adopted unanimously`, `Adopted by a majority`, a source under each proposal) say the
    // same few things, where captions name each point: the text ends with one too, and two
    // open with the same word. (A letter's signature at the end alone is no such pattern.)
    let (end, _) = paragraphs[paragraphs.len() - 1];
    let tail = lines[end].text.trim();
    let first_word = |k: usize| {
        lines[paragraphs[k].0]
            .text
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
    };
    let mut openings: Vec<Option<String>> = captions.iter().map(|&k| first_word(k)).collect();
    openings.sort_unstable();
    openings.dedup();
    let repeated = openings.len() < captions.len();
    if repeated
        && paragraphs.len() - 1 > last
        && is_heading_like(tail)
        && !ends_sentence(tail)
        && script::word_count(tail) <= CAPTION_WORDS
    {
        return None;
    }
    // Captions and their paragraphs from the first to the end: a list, not an article with
    // a few subheadings over long sections.
    let under: Vec<usize> = captions
        .iter()
        .zip(captions.iter().skip(1).chain([&paragraphs.len()]))
        .map(|(&c, &next)| next - c - 1)
        .collect();
    let body = paragraphs.len() - first - captions.len();
    if under.iter().any(|&n| n == 0 || n > PARAGRAPHS_PER_CAPTION) || body > 2 * captions.len() {
        return None;
    }
    // (A Markdown heading's marks are no text of the point.)
    let starts: Vec<(usize, usize)> = captions
        .iter()
        .map(|&k| {
            let line = lines[paragraphs[k].0].text;
            let caption = line.trim_start().trim_start_matches('#').trim_start();
            (paragraphs[k].0, line.len() - caption.len())
        })
        .collect();
    // Captions numbered by Roman numerals or capitals are labelled so (`I.`, `II.`).
    let numbered = numbered_captions(lines, &starts);
    let mut markers = vec![None; lines.len()];
    for (k, &(i, start)) in starts.iter().enumerate() {
        markers[i] = Some(match &numbered {
            Some(numbered) => numbered[k].clone(),
            None => {
                let mut marker = Marker::bullet(1, start);
                marker.keyword = CAPTIONS_OVER_PARAGRAPHS.to_owned();
                marker
            }
        });
    }
    let scheme = Scheme::of(markers[paragraphs[first].0].as_ref()?);
    let list = match &numbered {
        Some(_) => format!("a list numbered in its captions by {}", scheme.describe()),
        None => "a list without numbers".to_owned(),
    };
    let why = format!(
        "{} captions over their paragraphs from line {} (the last at line {}), {body} paragraphs under them: {list}, each caption with its paragraphs a point",
        captions.len(),
        lines[paragraphs[first].0].number,
        lines[paragraphs[last].0].number
    );
    Some((markers, scheme, why))
}

/// Is each line of this text a paragraph of its own (text copied from a web page), rather than
/// hard-wrapped? Judged by the shape of the whole document: lines that run into the next one
/// end sentences and vary in length when each is a paragraph; hard-wrapped lines break
/// mid-sentence near one width. On a web page's copy (`web_copy`: its furniture was left
/// out) where blank lines are rare and that shape is unclear, it is judged again without the
/// lines that say nothing of it (the page's menu, byline and headlines set one per line),
/// provided the lines left end sentences at least twice as often as they go on in lower case.
/// (A draft's own signature block or table says nothing of it either, but there the first
/// look stands: a point's lines under its first are its own.) `Ok` and `Err` both carry the
/// figures in words.
pub(super) fn lines_are_paragraphs(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    web_copy: bool,
) -> Result<String, String> {
    // Lines that a text line (not a marker) follows directly (the first line may be a title).
    let text =
        |i: usize| lines.get(i).is_some_and(|l| !l.text.trim().is_empty()) && markers[i].is_none();
    let first = lines.iter().position(|l| !l.text.trim().is_empty());
    let inner: Vec<usize> = (0..lines.len())
        .filter(|&i| Some(i) != first && !lines[i].text.trim().is_empty() && text(i + 1))
        .collect();
    if inner.is_empty() {
        return Err("paragraphs are separated by blank lines".to_owned());
    }
    let line = |i: usize| lines[i].text.trim();
    let widest = inner
        .iter()
        .map(|&i| line(i).chars().count())
        .max()
        .unwrap_or(0);
    // The second look, where blank lines are rare (a page copied whole, every line a
    // paragraph, or a text wrapped with no blank lines between paragraphs): a short line
    // that ends no sentence, over a line that does not go on with it (a capital, a figure),
    // says nothing of the text's shape: a page's menu item, byline, headline or caption, a
    // `Point 1` heading over its text. A hard-wrapped line is near the text's width, or goes
    // on in lower case on the next line. (Where blank lines part the paragraphs, lines run
    // together are a block: a point's list, a page's box.)
    let text_lines = lines.iter().filter(|l| !l.text.trim().is_empty()).count();
    let blank_lines = lines
        .iter()
        .skip(first.unwrap_or(0))
        .filter(|l| l.text.trim().is_empty())
        .count();
    let few_blanks = blank_lines * FEW_BLANK_LINES < text_lines;
    let goes_on = |i: usize| {
        line(i + 1).starts_with(char::is_lowercase)
            || line(i).ends_with([',', ';', ':', '-', '\u{2013}', '\u{2014}'])
    };
    let says_nothing = |i: usize| {
        let t = line(i);
        !ends_sentence(t)
            && !goes_on(i)
            && (script::word_count(t) <= HEADING_LINE_WORDS || 2 * t.chars().count() < widest)
    };
    let shape = |lines: &[usize]| {
        let ends = lines.iter().filter(|&&i| ends_sentence(line(i))).count();
        let near = lines
            .iter()
            .filter(|&&i| line(i).chars().count() * 5 >= widest * 4)
            .count();
        let ends_share = ends as f64 / lines.len().max(1) as f64;
        let near_share = near as f64 / lines.len().max(1) as f64;
        let paragraphs = ends_share >= 0.6 || (ends_share >= 0.4 && near_share < 0.5);
        (paragraphs, ends, near)
    };
    let (mut paragraphs, mut ends, mut near) = shape(&inner);
    let mut counted = inner.len();
    if !paragraphs && few_blanks && web_copy {
        let telling: Vec<usize> = inner
            .iter()
            .copied()
            .filter(|&i| !says_nothing(i))
            .collect();
        let going_on = telling.iter().filter(|&&i| goes_on(i)).count();
        let (p, e, n) = shape(&telling);
        if p && 2 * going_on <= e {
            (paragraphs, ends, near, counted) = (true, e, n, telling.len());
        }
    }
    let figures = format!(
        "{ends} of {counted} lines that run into the next end a sentence, {near} are near the widest ({widest} characters)"
    );
    if paragraphs {
        Ok(format!("each line is a paragraph: {figures}"))
    } else {
        Err(format!(
            "paragraphs are separated by blank lines; lines are hard-wrapped: {figures}"
        ))
    }
}

/// Most words of a line that ends no sentence to be read as a heading, a menu item or a
/// caption rather than a hard-wrapped line, whatever its length (`lines_are_paragraphs`).
const HEADING_LINE_WORDS: usize = 6;

/// Blank lines are rare in a text (`lines_are_paragraphs`) when there are fewer than one for
/// this many lines of text.
const FEW_BLANK_LINES: usize = 10;

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

/// Most paragraphs above a resolution's acting body (`resolution_preamble`): its heading,
/// session, agenda item and title.
const BODY_PARAGRAPHS: usize = 8;

/// Words that open a resolution's preambular paragraphs besides participles (`Deeply
/// concerned`, `Mindful of`, `Будучи`), lower-cased.
const RECITAL_WORDS: &[&str] = &[
    "deeply",
    "gravely",
    "mindful",
    "aware",
    "convinced",
    "concerned",
    "alarmed",
    "conscious",
    "determined",
    "bearing",
    "guided",
    "further",
    "будучи",
    "глибоко",
    "усвідомлюючи",
    "сознавая",
    "глубоко",
];

/// Words opening a letter's or a speech's salutation (`Dear Minister,`, `Шановні колеги,`),
/// which is no acting body and no title, lower-cased.
pub(super) const SALUTATIONS: &[&str] = &[
    "dear",
    "ladies",
    "madam",
    "sir",
    "шановні",
    "шановний",
    "шановна",
    "уважаемые",
    "уважаемый",
    "уважаемая",
    "дорогі",
    "дорогие",
    "liebe",
    "sehr",
    "chers",
    "cher",
    "madame",
    "monsieur",
    "mesdames",
    "szanowni",
    "szanowny",
    "szanowna",
    "hallo",
];

/// Most words of a resolution's acting body (`The Parliamentary Assembly of the Council of
/// Europe,`).
const BODY_WORDS: usize = 10;

/// In a resolution whose paragraphs lost their numbers, the last line of its preamble: the
/// acting body on a line of its own that ends with a comma (`The General Assembly,`, `The
/// Regional Assembly,`, `Рада Безпеки,`; no salutation, [`SALUTATIONS`]), among the first
/// [`BODY_PARAGRAPHS`], and the preambular paragraphs under it, which open with a participle
/// (`Recalling`, `Noting with appreciation`, `Посилаючись`, `Отмечая`, `Rappelant`) or a word
/// of [`RECITAL_WORDS`] and end with a comma, up to the first operative one (`Calls upon`,
/// `Decides`). `None` without such a body line or with no paragraph after the recitals.
fn resolution_preamble(lines: &[Line<'_>]) -> Option<usize> {
    let firsts: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !lines[i].text.trim().is_empty() && (i == 0 || lines[i - 1].text.trim().is_empty())
        })
        .collect();
    let first_word = |i: usize| {
        lines[i]
            .text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', ':'])
            .to_lowercase()
    };
    let body = firsts.iter().take(BODY_PARAGRAPHS).position(|&i| {
        let t = lines[i].text.trim();
        let next_blank = lines.get(i + 1).is_none_or(|l| l.text.trim().is_empty());
        next_blank
            && t.ends_with(',')
            && (2..=BODY_WORDS).contains(&script::word_count(t))
            && t.starts_with(char::is_uppercase)
            && !SALUTATIONS.contains(&first_word(i).as_str())
    })?;
    // A preambular paragraph opens with a participle and ends with a comma (`Recalling …,`);
    // a paragraph ending with a full stop is a provision (`Following the withdrawal, …`).
    let recital = |i: usize| {
        let first = first_word(i);
        let ends = (i..lines.len())
            .take_while(|&k| !lines[k].text.trim().is_empty())
            .last()
            .is_some_and(|k| lines[k].text.trim_end().ends_with([',', ';']));
        let participle = (first.len() > 5 && (first.ends_with("ing") || first.ends_with("ant")))
            || [
                "ючи", "учи", "ачи", "ячи", "чись", "ая", "яя", "ясь", "уя", "дя",
            ]
            .iter()
            .any(|e| first.chars().count() > 5 && first.ends_with(e))
            || RECITAL_WORDS.contains(&first.as_str());
        ends && participle
    };
    let recitals = firsts[body + 1..]
        .iter()
        .take_while(|&&i| recital(i))
        .count();
    let operative = *firsts.get(body + 1 + recitals)?;
    // The recitals' last line, or the body's.
    let last = (0..operative)
        .rev()
        .find(|&i| !lines[i].text.trim().is_empty())?;
    (recitals >= 1 && firsts.len() > body + recitals + 2).then_some(last)
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
pub(super) fn lines_are_items(lines: &[Line<'_>]) -> Option<String> {
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

/// Fallback for drafts with no numbering: the first line is the title (unless it is a whole
/// sentence, or wrapped text that runs on into the next line); after it each paragraph is a
/// point labelled by its position (`¶1`, `¶2`, ...). Paragraphs are separated by blank lines,
/// or, when `per_line`, each line is one, and a short unpunctuated line between them is a
/// section heading.
pub(super) fn split_paragraphs<'a>(lines: &[Line<'a>], per_line: bool) -> Split<'a> {
    let mut split = Split::default();
    let mut current: Option<Builder> = None;
    let mut section: Option<String> = None;
    let mut title_decided = false;
    let words = Words::of(lines);
    let content = |i: usize| lines.get(i).is_some_and(|l| !l.text.trim().is_empty());
    let lead = lead_before_items(lines, per_line).max(resolution_preamble(lines));
    let mut list_open = false;
    let content_lines = (0..lines.len()).filter(|&k| content(k)).count();
    for (i, line) in lines.iter().enumerate() {
        if line.text.trim().is_empty() {
            list_open = false;
            if let Some(b) = current.take() {
                split.points.push(b.finish());
            }
            continue;
        }
        if !title_decided {
            // A page's masthead over the title is the preamble's (`build::masthead_line`).
            let title_under = super::build::title_below(lines, i)
                .is_some_and(|k| super::build::could_be_title(lines[k].text));
            if (title_under && super::build::masthead_line(line.text))
                || super::build::kicker_over_headline(lines, i)
                || super::build::over_menu(lines, i, |_| true)
                || super::build::front_matter(lines, i, title_under)
            {
                split.preamble.push(*line);
                continue;
            }
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
        // An item of a list a paragraph opens (`…including:` over `an estimate of each
        // stock;`, its bullets lost in copying), and the items going on from it, are that
        // paragraph's; a list of such items with no paragraph over it stays a list.
        let after = |ends: &[char]| {
            content(i.wrapping_sub(1)) && lines[i - 1].text.trim_end().ends_with(ends)
        };
        let small = |k: usize| lines[k].text.trim_start().starts_with(char::is_lowercase);
        // A list opens with an item that goes on to the next (`…stock;`), and its items are a
        // small part of the text (not a decree's `постановляю:` over its operative items).
        let opens = || {
            let run = (i..lines.len())
                .take_while(|&k| content(k) && small(k))
                .count();
            lines[i].text.trim_end().ends_with([';', ':']) && 3 * run <= content_lines
        };
        list_open = per_line
            && small(i)
            && ((list_open && after(&[':', ';']))
                || (current.is_some() && after(&[':']) && opens()));
        let sub_item = is_sub_item(line.text) || list_open;
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
            set_off_paragraph: None,
            short_tail: None,
            last_paragraph: None,
            quote_closed: None,
            formula: None,
            annex: None,
            page_tail: None,
            notes: None,
            asterisk_note: None,
        });
        b.push_line(line, sub_item, &words);
    }
    if let Some(b) = current.take() {
        split.points.push(b.finish());
    }
    split
}
