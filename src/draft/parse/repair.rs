//! The markers of all lines ([`read_markers`]) and the passes that correct them before the
//! split: numbered bullets, United Nations labels, tables of contents, bare, mistyped and lost
//! numbers, stray dashes.

use super::dates::{date_not_point, date_word, wrapped_date};
use super::furniture::FURNITURE_LINE_BYTES;
use super::headings::is_heading_like;
use super::markers::{
    EMOJI_BULLETS, Family, Marker, Scheme, marker, numeric_marker, without_amended_parts,
    word_marker, word_sub_bullet,
};
use super::numbers::{LATIN_INSERTED, keycaps};
use super::ordinals::{ITEM_WORDS, ordinal_word_value};
use super::quotes::{after_opening_quote, closes_quote, quote_marks};
use super::scheme::run_length;
use super::sentences::{ends_full_sentence, ends_sentence, without_closers};
use super::{Line, next_with_text, prev_with_text};
use crate::script;

/// The marker of each line ([`marker`]), with the points of a quoted draft
/// ([`quoted_marker`]) and without stray dash numbers ([`drop_stray_dashes`]).
/// How a live page's post header gives the time it was published, lower-cased, before the
/// time (`…textpublished at 18:20 GMT`, `опубліковано о 18:20`, `опубликовано в 18:20`).
const PUBLISHED_AT: &[&str] = &["published at ", "опубліковано о ", "опубликовано в "];

/// Is the line a live page's post header: its headline and the time it was published at its
/// end ([`PUBLISHED_AT`], a time, perhaps a zone in capitals)?
pub(super) fn live_post_header(line: &str) -> bool {
    let t = line.trim_end();
    let mut words = t.rsplitn(2, ' ');
    let (last, rest) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let (time, before) = if last.chars().all(|c| c.is_ascii_uppercase()) && !last.is_empty() {
        let mut w = rest.rsplitn(2, ' ');
        (w.next().unwrap_or(""), w.next().unwrap_or(""))
    } else {
        (last, rest)
    };
    let clock = time.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    // (Lower-cased only past the clock: few lines end with a time.)
    clock && {
        let lower = before.to_lowercase();
        PUBLISHED_AT.iter().any(|p| lower.ends_with(p.trim_end()))
    }
}

pub(super) fn read_markers(lines: &[Line<'_>]) -> Vec<Option<Marker>> {
    // (A live page's post numbered by the page, its time glued to its headline, `1. Kremlin
    // says it will study the textpublished at 18:20 GMT`, is no point: the plan is quoted in
    // a post.)
    let mut markers: Vec<Option<Marker>> = lines
        .iter()
        .map(|l| marker(l.text).filter(|_| !live_post_header(l.text)))
        .collect();
    without_amended_parts(lines, &mut markers);
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
    for (i, (line, m)) in lines.iter().zip(markers.iter_mut()).enumerate() {
        let above = i.checked_sub(1).map_or("", |k| lines[k].text);
        if m.as_ref().is_some_and(|m| {
            m.family == Family::Dot
                && (date_not_point(line.text, m) || wrapped_date(above, line.text, m))
        }) {
            *m = None;
        }
    }
    drop_tail_lists(lines, &mut markers);
    un_paragraphs(lines, &mut markers);
    numbered_bullets(lines, &mut markers);
    glued_dashes(lines, &mut markers);
    bare_numbers(lines, &mut markers);
    drop_lone_reference(lines, &mut markers);
    drop_stray_dashes(lines, &mut markers);
    drop_contents(lines, &mut markers);
    drop_keyword_contents(lines, &mut markers);
    drop_document_number(lines, &mut markers);
    drop_lone_signs(lines, &mut markers);
    undouble(&mut markers);
    flattened_outline(lines, &mut markers);
    // Word's `o` sub-bullets come with its `·` bullets (or their Symbol glyph); without them,
    // `o  ` at a line's start is a word (Spanish, Portuguese `o`, "or") after a double space.
    if !lines
        .iter()
        .any(|l| l.text.trim_start().starts_with(['\u{b7}', '\u{f0b7}']))
    {
        for (line, m) in lines.iter().zip(markers.iter_mut()) {
            if m.is_some() && word_sub_bullet(line.text.trim_start()).is_some() {
                *m = None;
            }
        }
    }
    markers
}

/// Fewest numbers written twice in a row for a draft to be read as two versions of each
/// point stacked (`undouble`).
pub const MIN_DOUBLED: usize = 3;

/// A bilingual draft copied from its two columns, each row's two versions stacked (`1. The
/// Seller sells…` over `1. Продавець продає…`, then `2.` twice): when every number of the
/// text is written twice in a row, running on ([`MIN_DOUBLED`] pairs or more), the second of
/// each pair is the same point's other version, its text. Before, each point was two.
fn undouble(markers: &mut [Option<Marker>]) {
    let numbered: Vec<usize> = (0..markers.len())
        .filter(|&i| {
            markers[i]
                .as_ref()
                .is_some_and(|m| m.family != Family::Bullet && m.depth == 1)
        })
        .collect();
    let number = |k: usize| markers[numbered[k]].as_ref().map_or(0, |m| m.number);
    let pairs = numbered.len() / 2;
    let doubled = numbered.len().is_multiple_of(2)
        && pairs >= MIN_DOUBLED
        && (0..pairs).all(|p| {
            number(2 * p) == number(2 * p + 1) && (p == 0 || number(2 * p) == number(2 * p - 2) + 1)
        });
    if doubled {
        for p in 0..pairs {
            markers[numbered[2 * p + 1]] = None;
        }
    }
}

/// An outline whose indentation was lost, two levels numbered alike (`1. Services` over `1. The
/// Contractor shall provide…`, `2. Menus…`, then `2. Price and Payment` over its own `1.`):
/// when the numbered lines that are titles (a few words with no closing stop) run 1, 2, 3
/// from the first numbered line, [`MIN_OUTLINE_TITLES`] or more, and the numbered sentences
/// under each (every one has some, with no heading between) start again from 1, the titles
/// are the points and the sentences their items. Titles without items over a list after them
/// (a contract's key terms, then `General Conditions` over its `1.`) are not an outline.
/// Before, each title and each item was a point, the labels repeated.
fn flattened_outline(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let numbered: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            markers[i]
                .as_ref()
                .is_some_and(|m| m.family == Family::Dot && m.depth == 1)
        })
        .collect();
    // One numbering only (not Chinese numerals over Arabic numbers).
    let keyword = |i: usize| markers[i].as_ref().map(|m| m.keyword.as_str());
    if numbered.iter().any(|&i| keyword(i) != keyword(numbered[0])) {
        return;
    }
    let number = |i: usize| markers[i].as_ref().map_or(0, |m| m.number);
    let title = |i: usize| {
        let rest = markers[i]
            .as_ref()
            .and_then(|m| lines[i].text.get(m.rest..))
            .unwrap_or("");
        is_heading_like(rest) && script::word_count(rest) <= OUTLINE_TITLE_WORDS
    };
    // Every title has items of its own, and nothing else numbered or titled stands between.
    let (mut titles, mut items) = (0u32, 0u32);
    for (k, &i) in numbered.iter().enumerate() {
        if title(i) && number(i) == titles + 1 && (titles == 0 || items > 0) {
            titles += 1;
            items = 0;
        } else if titles > 0 && !title(i) && number(i) == items + 1 {
            let between = numbered[k - 1] + 1..i;
            if lines[between]
                .iter()
                .any(|l| !l.text.trim().is_empty() && is_heading_like(l.text))
            {
                return;
            }
            items += 1;
        } else {
            return;
        }
    }
    if (titles as usize) < MIN_OUTLINE_TITLES || items == 0 {
        return;
    }
    let items: Vec<usize> = numbered.into_iter().filter(|&i| !title(i)).collect();
    for i in items {
        markers[i] = None;
    }
}

/// Fewest titles of an outline flattened to one numbering (`flattened_outline`).
pub const MIN_OUTLINE_TITLES: usize = 3;

/// Most words of a title in such an outline (`flattened_outline`).
const OUTLINE_TITLE_WORDS: usize = 6;

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
pub(super) const UN_LABELS: &str = "PP/OP";

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
    "most viewed",
    "most shared",
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
    "meistgelesene artikel",
    "am meisten gelesen",
    "einzelnachweise",
    "najczęściej czytane",
    "najpopularniejsze",
    "les plus lus",
    "les plus lues",
    "articles les plus lus",
    "lo más leído",
    "lo más visto",
    "más leídas",
    "i più letti",
    "più letti",
    "mais lidas",
    "mais lidos",
    "nejčtenější",
    "найчитаніше",
    "самые читаемые",
];

/// Headings of a news page's list of related stories, lower-cased as [`TAIL_HEADINGS`] are:
/// a list under one is the page's only when its items are headlines (no stop at their end):
/// a contract's `Related` section and a research agenda's `Related research` number clauses
/// and commitments.
const RELATED_HEADINGS: &[&str] = &[
    "related",
    "related research",
    "related reading",
    "related coverage",
    "more on this story",
    "схожі новини",
    "матеріали за темою",
    "більше новин",
    "похожие новости",
    "материалы по теме",
    "больше новостей",
    "zobacz także",
    "zobacz też",
    "powiązane artykuły",
    "sur le même sujet",
    "à lire aussi",
    "mehr zum thema",
    "noticias relacionadas",
    "articoli correlati",
    "see also",
    "voir aussi",
    "siehe auch",
    "véase también",
    "ver también",
    "vedi anche",
    "zie ook",
    "se även",
    "se også",
    "katso myös",
    "zobacz również",
    "див. також",
    "дивіться також",
    "см. также",
    "смотрите также",
];

/// Headings of a list of what is enclosed with a letter or an appeal (compared as
/// [`TAIL_HEADINGS`] are): `Приложения:` over `1. Схема сквера на 1 л.`. Such a list is the
/// closing only when its items are short, titles of documents ([`ENCLOSURE_WORDS`]): under
/// `Додатки:` a draft may also set out its annexes in full.
const ENCLOSURE_HEADINGS: &[&str] = &[
    "attachments",
    "enclosures",
    "enclosure",
    "encl.",
    "приложения",
    "приложение",
    "додатки",
    "додаток",
    "anlagen",
    "anlage",
    "pièces jointes",
    "załączniki",
    "přílohy",
    "anexos",
    "allegati",
];

/// Headings of the list of staff who sign that they have read an order, after it (a Ukrainian
/// or Russian order's `З наказом ознайомлені:` over `1. Гнатюк Л. М.  ______  «___» ____
/// 2025`), lower-cased: under the order's signature, like an enclosures list, its short
/// numbered items are the closing's. Right under the last point, the list is left as it is.
const ACKNOWLEDGEMENT_HEADINGS: &[&str] = &[
    "з наказом ознайомлені",
    "з наказом ознайомлений",
    "з наказом ознайомлена",
    "з розпорядженням ознайомлені",
    "с приказом ознакомлены",
    "с приказом ознакомлен",
    "с приказом ознакомлена",
    "с распоряжением ознакомлены",
];

/// Most words of an item of an enclosures list ([`ENCLOSURE_HEADINGS`]).
pub const ENCLOSURE_WORDS: usize = 10;

/// Does a list item read as a headline or a link, ending with no stop, colon or exclamation?
fn headline(text: &str) -> bool {
    !text.trim_end().ends_with(['.', ';', ':', '!'])
}

/// A list after the draft's points under a heading of a page's box ([`TAIL_HEADINGS`]: `Most
/// read`, `References`), numbered from 1 again to the end of the text, is the page's, not the
/// draft's: its numbers mark no point, and its lines join the closing. Before, its items
/// became points 1, 2, 3 under that heading. So is anything numbered under the readers'
/// comments heading (`Comments (1)`, `12 Comments`), from any number.
fn drop_tail_lists(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    // The heading's kind: a page's box, a list of enclosures or an order's acknowledgement
    // list (whose items must be short).
    #[derive(PartialEq)]
    enum Tail {
        Page,
        Related,
        Enclosures,
        Acknowledgement,
        Comments,
    }
    let heading = |text: &str| {
        let t = text.trim();
        if t.len() > FURNITURE_LINE_BYTES {
            return None;
        }
        if super::closing::comments_heading(t) {
            return Some(Tail::Comments);
        }
        let t = t.strip_suffix("[edit]").unwrap_or(t).trim_end();
        let lower = t.trim_end_matches([':', ' ']).to_lowercase();
        let lower = lower.as_str();
        if TAIL_HEADINGS.contains(&lower) {
            Some(Tail::Page)
        } else if RELATED_HEADINGS.contains(&lower) {
            Some(Tail::Related)
        } else if ENCLOSURE_HEADINGS.contains(&lower) {
            Some(Tail::Enclosures)
        } else {
            ACKNOWLEDGEMENT_HEADINGS
                .contains(&lower)
                .then_some(Tail::Acknowledgement)
        }
    };
    // An order's acknowledgement list stands under the signature that ends the order (a line
    // of its own above the heading, not a point: `Директор      Олег ТКАЧУК`).
    let signed_above = |i: usize| {
        prev_with_text(lines, i)
            .is_some_and(|k| markers[k].is_none() && is_heading_like(lines[k].text))
    };
    let numbered = |m: &Option<Marker>| m.as_ref().is_some_and(|m| m.family != Family::Bullet);
    // (Bulleted points count too when the list is of headlines: a news page's bulleted
    // elements of a plan over its `Most viewed` box, numbered.)
    let mut points = 0;
    let mut bullets = 0;
    for i in 0..lines.len() {
        if numbered(&markers[i]) {
            points += 1;
            continue;
        }
        if markers[i].is_some() {
            bullets += 1;
        }
        // (Headlines here ask no question either.)
        let headlines = || {
            (i + 1..lines.len())
                .filter(|&k| markers[k].is_some())
                .all(|k| headline(lines[k].text) && !lines[k].text.trim_end().ends_with('?'))
        };
        let Some(kind) = heading(lines[i].text)
            .filter(|kind| *kind != Tail::Acknowledgement || signed_above(i))
            .filter(|_| points >= 2 || (bullets >= 2 && headlines()))
        else {
            continue;
        };
        // Under the readers' comments heading (`Comments (1)`, `12 Comments`), whatever a
        // reader numbers (`maria77 1h ago` over `1. It is a trap.`) is no point; a
        // consultation's section so named, whose points go on from the list's, keeps them.
        if kind == Tail::Comments {
            let last = markers[..i]
                .iter()
                .flatten()
                .rfind(|m| m.family != Family::Bullet);
            let first = markers[i + 1..]
                .iter()
                .flatten()
                .find(|m| m.family != Family::Bullet);
            let goes_on = last
                .zip(first)
                .is_some_and(|(l, f)| f.number == l.number + 1 && f.family == l.family);
            if !goes_on {
                for m in &mut markers[i + 1..] {
                    *m = None;
                }
                return;
            }
            continue;
        }
        let enclosures = !matches!(kind, Tail::Page | Tail::Related);
        let short = |k: usize| script::word_count(lines[k].text) <= ENCLOSURE_WORDS + 1;
        if enclosures && (i + 1..lines.len()).any(|k| markers[k].is_some() && !short(k)) {
            continue;
        }
        if kind == Tail::Related
            && (i + 1..lines.len()).any(|k| markers[k].is_some() && !headline(lines[k].text))
        {
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
                && t.strip_prefix(['№', '¶'])
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
/// Or, as a Markdown page links its contents, a link to a place on the page and nothing else
/// but its number (`1. [Sovereignty](#sovereignty)`, [`anchor_title`])?
pub(super) fn contents_entry(line: &str) -> bool {
    let s = line.trim_end();
    if s.ends_with(')') && anchor_title(s).is_some() {
        return true;
    }
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

/// The title of a contents entry that is a Markdown link to a place on the page and nothing
/// else but its number (`1. [Sovereignty](#sovereignty)`: `Sovereignty`); a point that ends
/// with such a link (`2. The map is in [Annex A](#annex-a)`) is none.
fn anchor_title(line: &str) -> Option<&str> {
    let s = line.trim_end().strip_suffix(')')?;
    let open = s.find('[')?;
    let at = s.find("](#")?;
    let number = s[..open].trim();
    (at > open
        && number.len() <= 8
        && !number.contains(char::is_alphabetic)
        && !s[at + 3..].contains([' ', ')']))
    .then(|| s[open + 1..at].trim())
    .filter(|t| !t.is_empty())
}

/// The numbered lines of a table of contents (`1. Sovereignty …….. 2`, [`MIN_CONTENTS`] or
/// more in a row, each with a page number after a leader) are not points when the draft's own
/// numbers follow them (a later line numbered as the first entry): a contents list before the
/// draft was read as its first points, and the draft's own first points then ran into its
/// last entry. So are such lines in a row without page numbers, each the title of a later
/// numbered line word for word. A table of votes or figures (`1.\tAmendment\t226`) has no
/// such list after it.
fn drop_contents(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let numbered: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            markers[i]
                .as_ref()
                .is_some_and(|m| m.family != Family::Bullet)
        })
        .collect();
    // An entry without page numbers is the title of a later numbered line, word for word
    // (a bill's `CONTENTS`, `1 Establishment of the Fund`, over its clauses).
    // Each line's text hashed once: the lines are taken in order, so a line whose text the map
    // already holds is the copy of the one it held, and that one is repeated later. (Sized
    // for all of them: grown a step at a time, it hashed most texts again.)
    // (Spaced alike where a wide gap follows the number: a printout sets the contents'
    // numbers and the sections' apart by different runs of spaces, `1   Meaning of …` and
    // `1       Meaning of …`. Other lines are keyed as they are, at no cost.)
    let two_spaces = memchr::memmem::Finder::new(b"  ");
    let keys: Vec<std::borrow::Cow<'_, str>> = numbered
        .iter()
        .map(|&i| {
            let gap = markers[i].as_ref().is_some_and(Marker::is_table_row);
            if gap {
                spaced_alike(lines[i].text, &two_spaces)
            } else {
                std::borrow::Cow::Borrowed(lines[i].text.trim())
            }
        })
        .collect();
    let mut last_of: rustc_hash::FxHashMap<&str, usize> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(numbered.len(), Default::default());
    let mut has_later = vec![false; lines.len()];
    for (&j, key) in numbered.iter().zip(&keys) {
        if let Some(earlier) = last_of.insert(key, j) {
            has_later[earlier] = true;
        }
    }
    let repeated = |i: usize| has_later[i];
    // Entries follow one another, or the parts' headings stand between them (`PART 2` over
    // `GRID ACCESS` in a bill's contents), or blank lines.
    let marked: Vec<bool> = markers.iter().map(Option::is_some).collect();
    let next_entry = |a: usize, b: usize| {
        a + 1 == b
            || (a + 1..b).all(|x| {
                let t = lines[x].text.trim();
                !marked[x] && (t.is_empty() || is_heading_like(t))
            })
    };
    let mut k = 0;
    while k < numbered.len() {
        let mut run = numbered[k..]
            .iter()
            .take_while(|&&i| contents_entry(lines[i].text))
            .count();
        // Links to the page's places are its contents when the first one's title heads a
        // later line (`1. **Cessation of fire.** All…`): titles that link to their own text
        // under them are the points.
        if run > 0
            && let Some(title) = anchor_title(lines[numbered[k]].text)
            && !lines[numbered[k] + 1..]
                .iter()
                .any(|l| !l.text.contains("](#") && l.text.contains(title))
        {
            run = 0;
        }
        if run == 0 {
            run = numbered[k..]
                .iter()
                .enumerate()
                .take_while(|&(n, &i)| {
                    (n == 0 || next_entry(numbered[k + n - 1], i)) && repeated(i)
                })
                .count();
        }
        // Points repeated word for word by a reply or a commentary quoting some of them (the
        // first two, two in the middle, the last two) are the list's: the quotation is a
        // shorter run than the list it quotes from, where a contents list is as long as the
        // text it lists.
        // Counted among the numbers of the same kind: a section's `(1)`, `(2)` under its
        // `2.` do not end the run of `1.`, `2.`, `3.`.
        let number = |p: usize| markers[numbered[p]].as_ref().map_or(0, |m| m.number);
        let kind = |p: usize| {
            markers[numbered[p]]
                .as_ref()
                .map(|m| (m.family, m.depth, m.keyword.as_str()))
        };
        let run_from = |p: usize, steps: &mut dyn Iterator<Item = usize>| {
            let mut last = p;
            let mut count = 0;
            for q in steps.filter(|&q| kind(q) == kind(p)) {
                let (before, after) = if q > last { (last, q) } else { (q, last) };
                if number(after) != number(before) + 1 {
                    break;
                }
                count += 1;
                last = q;
            }
            count
        };
        let forward = |p: usize| run_from(p, &mut (p + 1..numbered.len())) + 1;
        let backward = |p: usize| run_from(p, &mut (0..p).rev());
        let quoted = || {
            let Some(&copy) = last_of.get(keys[k].as_ref()) else {
                return false;
            };
            let Ok(copy_at) = numbered.binary_search(&copy) else {
                return false;
            };
            forward(copy_at) < backward(k) + forward(k)
        };
        if run >= MIN_CONTENTS && !quoted() {
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

/// The line trimmed, its runs of spaces and tabs as one space (borrowed when it has none).
fn spaced_alike<'t>(
    text: &'t str,
    two_spaces: &memchr::memmem::Finder<'_>,
) -> std::borrow::Cow<'t, str> {
    let t = text.trim();
    // (Searched as bytes, with the finder of two spaces made once: this runs on every
    // numbered line. `\u{a0}` is `C2 A0`; another character written with `C2` only costs
    // the owned copy.)
    let b = t.as_bytes();
    let single = memchr::memchr2(b'\t', 0xC2, b).is_none() && two_spaces.find(b).is_none();
    if single {
        return std::borrow::Cow::Borrowed(t);
    }
    std::borrow::Cow::Owned(crate::draft::scan::single_spaced(t))
}

/// A bill's contents that name its sections by number and title in another case or keyword
/// (`Sec. 101. Statement of policy.` over its `SEC. 101. STATEMENT OF POLICY.`), with blank
/// lines and its titles' headings between them (`TITLE I--DIPLOMACY`): label keywords,
/// [`MIN_CONTENTS`] or more, each the number and title (lower-cased, without a final stop) of
/// a line after the contents, except the first, which may be the section that holds them
/// (`SECTION 1. SHORT TITLE; TABLE OF CONTENTS.` above `Sec. 1. Short title; table of
/// contents.`). They are not points ([`drop_contents`] finds the contents repeated word for
/// word).
fn drop_keyword_contents(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let numbered: Vec<usize> = (0..lines.len())
        .filter(|&i| markers[i].as_ref().is_some_and(|m| m.family.is_word()))
        .collect();
    let keys: Vec<Option<(u32, String)>> = numbered
        .iter()
        .map(|&i| {
            let m = markers[i].as_ref()?;
            let rest = lines[i].text.get(m.rest..)?.trim().trim_end_matches('.');
            (!rest.is_empty()).then(|| (m.number, rest.to_lowercase()))
        })
        .collect();
    // Where each title stands: its first and last line.
    let mut span_of: rustc_hash::FxHashMap<&(u32, String), (usize, usize)> =
        rustc_hash::FxHashMap::default();
    for (&j, key) in numbered.iter().zip(&keys) {
        if let Some(key) = key {
            span_of.entry(key).and_modify(|s| s.1 = j).or_insert((j, j));
        }
    }
    let span = |n: usize| keys[n].as_ref().and_then(|key| span_of.get(key)).copied();
    // Lines between two entries: blank, or headings with no marker.
    let marked: Vec<bool> = markers.iter().map(Option::is_some).collect();
    let next_entry = |a: usize, b: usize| {
        (a + 1..b).all(|x| {
            lines[x].text.trim().is_empty() || (!marked[x] && is_heading_like(lines[x].text))
        })
    };
    let mut k = 0;
    while k < numbered.len() {
        let first_inside = span(k).is_some_and(|(a, b)| a < numbered[k] && b == numbered[k]);
        // The run's titles so far: none is listed twice.
        let mut listed: rustc_hash::FxHashSet<&Option<(u32, String)>> = Default::default();
        let run = numbered[k..]
            .iter()
            .enumerate()
            .take_while(|&(n, &i)| {
                let later = span(k + n).is_some_and(|(_, b)| b > i);
                (n == 0 || next_entry(numbered[k + n - 1], i))
                    && (later || (n == 0 && first_inside))
                    && listed.insert(&keys[k + n])
            })
            .count();
        if run >= MIN_CONTENTS {
            for &i in &numbered[k..k + run] {
                markers[i] = None;
            }
        }
        k += run.max(1);
    }
}

/// A document's own number before its title (`40. Draft Text Prepared by…`, as an edition of
/// documents numbers them): the first marker, [`DOCUMENT_NUMBER`] or more, at the page's top
/// ([`DOCUMENT_NUMBER_LEAD`] lines above it at most) over a title (no stop or colon after it),
/// followed by a list of its style from 1 (`1.`, `2.`, …) and never
/// by the number after its own. Taken as a point, it held the preamble; the list started
/// again under its headings. A point 12 quoting its own items 1-3, or an excerpt's clause 10
/// over its paragraphs, then `11.`, is no document's number.
fn drop_document_number(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let mut numbered = markers.iter().enumerate().filter_map(|(i, m)| {
        m.as_ref()
            .filter(|m| m.family != Family::Bullet)
            .map(|m| (i, m))
    });
    let Some((first, m)) = numbered.next() else {
        return;
    };
    let title = lines[first]
        .text
        .get(m.rest..)
        .unwrap_or_default()
        .trim_end();
    let lines_above = lines[..first]
        .iter()
        .filter(|l| !l.text.trim().is_empty())
        .count();
    if m.number < DOCUMENT_NUMBER
        || m.depth != 1
        || title.ends_with(['.', ':', ';'])
        || lines_above > DOCUMENT_NUMBER_LEAD
    {
        return;
    }
    let scheme = Scheme::of(m);
    let own = m.number;
    let numbers: Vec<u32> = numbered
        .filter(|(_, n)| n.is_of(&scheme))
        .map(|(_, n)| n.number)
        .collect();
    if numbers.starts_with(&[1, 2, 3]) && !numbers.contains(&(own + 1)) {
        markers[first] = None;
    }
}

/// Least number of a document's own number before its title ([`drop_document_number`]).
pub const DOCUMENT_NUMBER: u32 = 10;

/// Most lines with text above a document's own number (a site's line, a collection's name).
pub const DOCUMENT_NUMBER_LEAD: usize = 2;

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
pub(super) fn without_glued_bullets(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
) -> Vec<Option<Marker>> {
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

/// Most lines from a number alone on its line over one line of text to the next such number
/// (`bare_numbers`): a blank line, and a slide's furniture between (`KYIV BRIEFLY`, `3/9`).
pub const CARD_LINES: usize = 6;

/// Most words of a topic's title between a number alone on its line and the point's text
/// (`bare_numbers`).
pub const CARD_TITLE_WORDS: usize = 4;

/// Numbers alone on their lines, each above its point's text (`1` over `Ukraine's sovereignty
/// is confirmed.`): how a page's styled list numbers come out when the page is copied. They
/// are markers of the dash family (taken only when nothing else is numbered) when at least
/// [`MIN_BARE`] of them run on from 1 (or one more from another number, each alone on its
/// line: an excerpt's margin numbers, `537`, `538`), each above a sentence's start (a capital, three words)
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
        // A slide's counter (`1 / 5`, as carousels and explainer cards are copied): the
        // number of a slide, out of as many or more.
        // (Only short lines are looked into: this runs on every line.)
        let slash = if t.len() <= 9 {
            t.split_once('/')
        } else {
            None
        };
        let t = match slash {
            Some((n, of)) => {
                let (n, of) = (n.trim(), of.trim());
                let count: u32 = of
                    .parse()
                    .ok()
                    .filter(|_| of.bytes().all(|b| b.is_ascii_digit()))?;
                let number: u32 = n
                    .parse()
                    .ok()
                    .filter(|_| n.bytes().all(|b| b.is_ascii_digit()))?;
                return (number >= 1 && number <= count && count <= 99).then_some(number);
            }
            _ => t,
        };
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
        // Or a section's title over its subsections or its text, as a statute prints it
        // (`1 Establishment of the Fund` over `(1) There is to be…`, a blank line between
        // them or not, as a statute database's page sets them).
        let titled = text.starts_with(char::is_uppercase)
            && is_heading_like(text)
            && next_with_text(lines, i).is_some_and(|n| {
                let next = lines[n].text.trim_start();
                next.starts_with("(1)") || (says_something(next) && markers[n].is_none())
            });
        (text.len() < after.len() && (says_something(text) || titled) && !date)
            .then(|| Some((t[..digits].parse().ok()?, line.len() - text.len())))
            .flatten()
    };
    // Where each taken line's point text starts.
    let mut rests: Vec<usize> = vec![0; lines.len()];
    // Is line `i` a number alone on its line that follows the last one taken (`last`), alone
    // too, a few lines of text apart with no blank line (a carousel's `01` / `Суверенітет…` /
    // `02`)?
    let carded = |i: usize, last: Option<usize>| {
        bare(i).is_some()
            && last.is_some_and(|j| {
                j < i
                    && i - j <= CARD_LINES
                    && bare(j).and_then(|n| n.checked_add(1)) == bare(i)
                    && lines[j + 1..i].iter().all(|l| !l.text.trim().is_empty())
            })
    };
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
            // A slide's counter (`2 / 5`) over a topic's title only: a printed page's count
            // (`2/5` at a page's foot) has the page's text going on below it.
            let counter = lines[i].text.contains('/');
            // In a carousel's run (below), any line of text: `14` over `100 млрд…`.
            let card = next.is_some_and(|n| {
                carded(i, run.last().copied())
                    && markers[n].is_none()
                    && bare(n).is_none()
                    && !counter
            });
            let above_text = next.is_some_and(|n| (says(n) && !counter) || titled(n)) || card;
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
            // A lead-in's colon (a bill's `…as follows:—`).
            || lines[i - 1].text.trim_end().ends_with([':', '：'])
            || lines[i - 1].text.trim_end().ends_with(":—")
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
                && lines[i - 1].text.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            // Under a slide's counter (`2/9` over `01`).
            || (lines[i - 1].text.contains('/') && bare(i - 1).is_some())
            // The next of a run of numbers alone on their lines, each right over a few lines
            // of text (a carousel's `01` / `Суверенітет…` / `02` / `Угода…`): its item need
            // not end with a stop.
            || carded(i, run.last().copied());
        if !after_end {
            continue;
        }
        let runs_on = run
            .last()
            .and_then(|&j| bare(j).or_else(|| spaced(j).map(|(n, _)| n)))
            .and_then(|n| n.checked_add(1));
        if runs_on != Some(number) {
            runs.push(std::mem::take(&mut run));
            // A run from elsewhere than 1 is only of numbers alone on their lines (margin
            // numbers, below).
            if number != 1 && bare(i).is_none() {
                continue;
            }
        }
        run.push(i);
    }
    runs.push(run);
    // Margin numbers (`537` alone on its line over each paragraph, as handbooks, commentaries
    // and judgments number their paragraphs through the book) run on from where the excerpt
    // starts: one more of them, all alone on their lines.
    runs.retain(|r| {
        r.first()
            .is_none_or(|&i| bare(i).or_else(|| spaced(i).map(|(n, _)| n)) == Some(1))
            || (r.len() > MIN_BARE && r.iter().all(|&i| bare(i).is_some()))
    });
    // The list is the draft: a title and a lead before it, not an article whose notes are
    // numbered so at its end.
    // A statute's sections over their subsections (`(1)` on the next line, under most of
    // them) come after a long title and enacting formula.
    // (A blank line between them or not.) An Act of two sections is such a list when each is
    // over its `(1)`.
    let over_subsections = |r: &[usize]| r.iter().filter(|&&i| over_subsection(lines, i)).count();
    // (Of two sections, every `(1)` of the text is under one of them: the run did not stop
    // short at a page's furniture, `2 Community Energy Bill` between sections 2 and 3.)
    let all_subsections = |r: &[usize]| {
        lines[r[0]..]
            .iter()
            .filter(|l| l.text.trim_start().starts_with("(1)"))
            .count()
    };
    for run in runs.into_iter().filter(|r| {
        let subsections = over_subsections(r);
        (r.len() >= MIN_BARE
            || (r.len() >= 2 && subsections == r.len() && all_subsections(r) == r.len()))
            && (nonblank(&lines[..r[0]]) <= r.len().max(BARE_LEAD) || 2 * subsections >= r.len())
    }) {
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

/// The lines whose marker is of `scheme`, with their numbers, in order.
pub(super) fn scheme_numbers(markers: &[Option<Marker>], scheme: &Scheme) -> Vec<(usize, u32)> {
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

/// Is `scheme` a plain list, `1.` or `1)` at the top level with no keyword: the only lists
/// whose skipped numbers the repairs below look for.
fn plain_list(scheme: &Scheme) -> bool {
    matches!(scheme.family, Family::Dot | Family::Paren)
        && scheme.depth == 1
        && scheme.keyword.is_empty()
}

/// Points whose number was mistyped (`10 [There will be] a guarantee…` without its dot, `3,
/// The alliance…` with a comma) in a list of `1.` (or `1)`): a line starting with a bare
/// number and a space, or a comma and a space, is the point the numbers before and after leave
/// out, when it starts a paragraph (after a blank line or a finished sentence) and its text
/// starts with a capital, a bracket or a quote. Marks those lines and says how many.
pub(super) fn mistyped_numbers(
    lines: &[Line<'_>],
    markers: &mut [Option<Marker>],
    scheme: &Scheme,
) -> usize {
    if !plain_list(scheme) {
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

/// Points numbered in words where the list of figures skips their number (`1. Respect the
/// sovereignty…`, `Second, abandon the bloc mentality.`, `3. Cease fire…`, as a machine
/// translation renders a list): a paragraph between the points around the skip that opens
/// with the ordinal word of a number skipped ([`ordinal_word_value`]) and a comma, a stop or
/// a colon, the next one after the last taken; at least [`MIN_SPELLED`] such paragraphs in the
/// list (one alone is as often the page's own remark, `Second, and more striking, …`, in an
/// excerpt that skips points). Marks those lines and says how many.
pub(super) fn spelled_numbers(
    lines: &[Line<'_>],
    markers: &mut [Option<Marker>],
    scheme: &Scheme,
) -> usize {
    if !plain_list(scheme) {
        return 0;
    }
    let of_scheme = scheme_numbers(markers, scheme);
    if of_scheme.len() < 3 {
        return 0;
    }
    let mut found: Vec<(usize, Marker)> = Vec::new();
    for pair in of_scheme.windows(2) {
        let ((a, first), (b, next)) = (pair[0], pair[1]);
        let mut last = first;
        let in_gap = found.len();
        for k in a + 1..b {
            let paragraph = lines[k - 1].text.trim().is_empty()
                || prev_with_text(lines, k).is_some_and(|p| ends_sentence(lines[p].text.trim()));
            if last + 1 >= next || markers[k].is_some() || !paragraph {
                continue;
            }
            let Some((token, number, rest)) = spelled_number(lines[k].text) else {
                continue;
            };
            // Paragraphs counting something else (`Second, the flue…`, `Third, no plan…`: the
            // reasons point 2 gives, in a list that skips 3 and 4) number none of its points.
            if number != last + 1 {
                found.truncate(in_gap);
                break;
            }
            let marker = Marker {
                family: scheme.family,
                depth: 1,
                keyword: String::new(),
                label: number.to_string(),
                number_text: token,
                number,
                rest,
            };
            found.push((k, marker));
            last = number;
        }
    }
    if found.len() < MIN_SPELLED {
        return 0;
    }
    let count = found.len();
    for (k, marker) in found {
        markers[k] = Some(marker);
    }
    count
}

/// Fewest ordinal words standing for skipped numbers that a list must have for any to be its
/// points ([`spelled_numbers`]).
pub const MIN_SPELLED: usize = 2;

/// An ordinal word opening `line` with a comma, a stop or a colon and white space after it
/// (`Second, abandon…`, `Пʼяте. Гуманітарні…`): the word, its value and where the text starts.
fn spelled_number(line: &str) -> Option<(String, u32, usize)> {
    let s = line.trim_start();
    let len = s
        .find(|c: char| !(c.is_alphabetic() || "'’ʼ-".contains(c)))
        .unwrap_or(s.len());
    let (word, after) = s.split_at(len);
    let text = after
        .strip_prefix([',', '.', ':'])
        .filter(|t| t.starts_with([' ', '\u{a0}']))?
        .trim_start();
    let number = ordinal_word_value(word)?;
    Some((word.to_owned(), number, line.len() - text.len()))
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
pub(super) fn lost_numbers(
    lines: &[Line<'_>],
    markers: &mut [Option<Marker>],
    scheme: &Scheme,
) -> usize {
    if !plain_list(scheme) {
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
    // (a scan's `1.`), the only bullet there; or with `1st` (a transcript's first item written
    // as an ordinal, the rest as `2.`, `3.`).
    if let Some(&(b, 2)) = of_scheme.first()
        && let Some(end) = prev_with_text(lines, b)
    {
        let start = (0..=end)
            .rev()
            .find(|&k| k == 0 || lines[k - 1].text.trim().is_empty() || markers[k].is_some())
            .unwrap_or(end);
        let text = lines[start].text.trim_start();
        let indent = lines[start].text.len() - text.len();
        let rest = match &markers[start] {
            Some(x) if x.family == Family::Bullet && end + 1 == b => Some(x.rest),
            None => ["l. ", "I. ", "|. ", "1st ", "1st. ", "1st, "]
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
    // A number glued to a figure that opens its text (`14.100 миллиардов…` between `13.` and
    // `15.`): read as a decimal, it was no marker. The number the list misses, at a line's
    // start after a blank line or a finished sentence, is the point's.
    if scheme.family == Family::Dot {
        for w in of_scheme.windows(2) {
            let ((a, n), (b, m)) = (w[0], w[1]);
            if m != n + 2 {
                continue;
            }
            let glued = format!("{}.", n + 1);
            let found = between(a, b).into_iter().find(|&k| {
                let text = lines[k].text.trim_start();
                let starts =
                    lines[k - 1].text.trim().is_empty() || ends_sentence(lines[k - 1].text);
                // (Read as a decimal number, `14.100` may mark a subsection.)
                starts
                    && markers[k].as_ref().is_none_or(|x| !x.is_of(scheme))
                    && text.strip_prefix(glued.as_str()).is_some_and(glued_figure)
            });
            if let Some(k) = found {
                let indent = lines[k].text.len() - lines[k].text.trim_start().len();
                lost.push((k, n + 1, indent + glued.len()));
            }
        }
    }
    // A scan read by OCR: numbers with a letter for a figure (`1O.`, `ll.`, `I3.`), each the
    // next the list expects, at a line's start after a blank line or a finished sentence
    // (where a misread number was taken for another, `1O.` for 1, it is the next too).
    if scheme.family == Family::Dot && !lost.iter().any(|l| l.1 != 1) {
        let mut expected: Option<u32> = None;
        for k in 0..lines.len() {
            // (Past a misread number not read, the list goes on from the next one read:
            // `l0.` after a lost `З.`.)
            if let Some(m) = markers[k].as_ref().filter(|m| m.is_of(scheme))
                && expected.is_none_or(|e| m.number >= e)
            {
                expected = Some(m.number + 1);
                continue;
            }
            let Some(e) = expected else {
                continue;
            };
            let starts = lines[k - 1].text.trim().is_empty() || ends_sentence(lines[k - 1].text);
            if starts
                && let Some((number, rest)) = misread_number(lines[k].text)
                && number == e
                && item_text(lines[k].text[rest..].trim_start())
            {
                lost.push((k, number, rest));
                expected = Some(e + 1);
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

/// Does a point's text glued to its number open with a figure (`100 миллиардов…` after
/// `14.`): three figures or more, then a space and a word, not a date, a time or a decimal's
/// fraction (`14.03.2025`, `14.30 The meeting resumed`, `14.00–15.00`, `14.5 million`)?
fn glued_figure(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits >= 3
        && rest[digits..]
            .strip_prefix(' ')
            .is_some_and(|word| word.starts_with(char::is_alphabetic))
}

/// A number as OCR misreads it at a line's start, a letter for a figure (`1O.`, `ll.`,
/// `I3.`, `l0.`, `З.`; `l` and `I` for 1, `O` and the Cyrillic `О` for 0, the Cyrillic `З`
/// for 3), then a stop and a space: its value and where the
/// text after the space starts. A number with figures only is none (a marker already), nor
/// one of capitals only (a Roman `II.`, an abbreviation `IO.`), nor a word (`lo.`: no `1`
/// read as a small `o`), nor a table's cell (`|2.`).
fn misread_number(line: &str) -> Option<(u32, usize)> {
    let text = line.trim_start();
    let indent = line.len() - text.len();
    // A Cyrillic `З` alone for a 3 (`З. Сторони…` between `2.` and `4.`).
    if let Some(rest) = text.strip_prefix("З. ") {
        return Some((3, line.len() - rest.len()));
    }
    let token: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || "lIOЗО".contains(*c))
        .collect();
    let chars = token.chars().count();
    // (A figure or a small `l` among them: not a Roman number, `II.`, nor capitals, `IO.`.)
    if !(2..=3).contains(&chars)
        || token.bytes().all(|b| b.is_ascii_digit())
        || !token.chars().any(|c| c.is_ascii_digit() || c == 'l')
        || !text[token.len()..].starts_with(". ")
    {
        return None;
    }
    let figures: String = token
        .chars()
        .map(|c| match c {
            'l' | 'I' => '1',
            'O' | 'О' => '0',
            'З' => '3',
            c => c,
        })
        .collect();
    // (A leading zero is no misread number: `O1.` is a code.)
    if figures.starts_with('0') {
        return None;
    }
    Some((figures.parse().ok()?, indent + token.len() + 2))
}

/// Whether the next line with text after line `i` opens a subsection `(1)`: line `i` is a
/// statute's section over its subsections (`bare_numbers`, `drop_stray_dashes`).
fn over_subsection(lines: &[Line<'_>], i: usize) -> bool {
    next_with_text(lines, i).is_some_and(|n| lines[n].text.trim_start().starts_with("(1)"))
}

/// `15 – 20 people came` may start a line of prose: numbers with a dash or colon
/// ([`Family::Dash`]) are markers only when they run on, three in a row at least, or when
/// each is a section's number over its subsection `(1)` (an Act of two sections,
/// `bare_numbers`).
fn drop_stray_dashes(lines: &[Line<'_>], markers: &mut [Option<Marker>]) {
    let dashes = || {
        markers
            .iter()
            .flatten()
            .filter(|m| m.family == Family::Dash)
    };
    let sections = || {
        markers
            .iter()
            .enumerate()
            .filter(|(_, m)| m.as_ref().is_some_and(|m| m.family == Family::Dash))
            .all(|(i, _)| over_subsection(lines, i))
    };
    if run_length(dashes()) < 2 && !sections() {
        for m in markers.iter_mut() {
            if m.as_ref().is_some_and(|m| m.family == Family::Dash) {
                *m = None;
            }
        }
    }
}
