//! Choosing the draft's top-level numbering scheme, and saying why ([`choose_scheme`]).

use super::Line;
use super::build::POINT_TITLE_WORDS;
use super::headings::is_heading_like;
use super::markers::{CHINESE_NUMERALS, Family, Marker, Scheme, minor_keyword, plain_number};
use super::sentences::{ends_sentence, is_sentence, starts_with_capital};
use crate::script;

/// Picks the top-level numbering scheme and says why, or `None` when the text has neither
/// numbering nor a bullet list as its structure.
pub(super) fn choose_scheme(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
) -> Option<(Scheme, String)> {
    let (mut seen, bullets) = tally_schemes(markers);
    let mixed_note =
        join_mixed_keywords(&mut seen, markers).or_else(|| join_mixed_numbers(&mut seen, markers));
    drop_scattered_keywords(&mut seen, markers);
    let chosen = preferred_scheme(&seen, lines, markers)?;
    if chosen.scheme.family == Family::Bullet
        && !bullets_are_structure(lines, markers, &chosen.scheme)
    {
        return None;
    }
    let sections = numbers_through_sections(&seen, markers, chosen)
        .or_else(|| sections_over_subsections(&seen, markers, chosen))
        .or_else(|| bullets_under_numbered_headings(lines, markers, chosen, &bullets))
        .or_else(|| clauses_under_numbered_headings(lines, markers, &seen, chosen));
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
pub(super) struct Seen {
    scheme: Scheme,
    count: usize,
    first: usize,
    last: usize,
}

/// The schemes of the markers, in order of first appearance, with their counts; bullets only
/// when nothing is numbered (then they are the structure). Second, the bullet schemes set
/// aside because something is numbered.
fn tally_schemes(markers: &[Option<Marker>]) -> (Vec<Seen>, Vec<Seen>) {
    let mut seen: Vec<Seen> = Vec::new();
    for (i, m) in markers.iter().enumerate() {
        let Some(m) = m else { continue };
        // A Spanish law's dispositions close its articles: they count for the articles'
        // scheme, and are no scheme of their own.
        if m.is_disposition() {
            if let Some(s) = seen
                .iter_mut()
                .find(|s| s.scheme.family == Family::ArticleWord)
            {
                s.count += 1;
                s.last = i;
            }
            continue;
        }
        match seen.iter_mut().find(|s| m.is_of(&s.scheme)) {
            Some(s) => {
                s.count += 1;
                s.last = i;
            }
            None => seen.push(Seen {
                scheme: Scheme::of(m),
                count: 1,
                first: i,
                last: i,
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
            .filter(|m| m.family.is_word() && m.depth == 1 && !m.is_disposition())
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
        last: markers.iter().rposition(|m| {
            m.as_ref()
                .is_some_and(|m| m.family.is_word() && m.depth == 1)
        })?,
    });
    Some(format!(
        "the numbers run on across keywords ({} steps of one), further than within any one keyword ({best_single})",
        mixed_run
    ))
}

/// Plain numbers in any mix (`1.` … `5.`, `6)` … `9)`, `10.`, `(11)`, a list pasted together
/// from copies numbered differently): when one unbroken run of numbers counting on by one
/// crosses the styles and is longer by two steps at least than any unbroken run within one
/// style, replaces the plain schemes in `seen` by one mixed scheme and says why. Items under
/// points (`1.`, `(1)`, `(2)`, `2.`) break the run at each point.
fn join_mixed_numbers(seen: &mut Vec<Seen>, markers: &[Option<Marker>]) -> Option<String> {
    let plain = |m: &&Marker| plain_number(m.family, m.depth, &m.keyword);
    let plain_style = |s: &Seen| plain_number(s.scheme.family, s.scheme.depth, &s.scheme.keyword);
    let styles = seen.iter().filter(|s| plain_style(s));
    if styles.clone().count() < 2 {
        return None;
    }
    let all: Vec<&Marker> = markers.iter().flatten().filter(plain).collect();
    let mixed_run = unbroken_run(all.iter().copied());
    let best_single = styles
        .map(|s| unbroken_run(all.iter().copied().filter(|m| m.is_of(&s.scheme))))
        .max()
        .unwrap_or(0);
    if mixed_run < best_single + 2 {
        return None;
    }
    let first = markers
        .iter()
        .position(|m| m.as_ref().is_some_and(|m| plain(&m)))?;
    let last = markers
        .iter()
        .rposition(|m| m.as_ref().is_some_and(|m| plain(&m)))?;
    seen.retain(|s| !plain_style(s));
    seen.push(Seen {
        scheme: Scheme {
            family: Family::Dot,
            depth: 1,
            keyword: String::new(),
            mixed: true,
            sections: false,
        },
        count: all.len(),
        first,
        last,
    });
    Some(format!(
        "the numbers run on across their styles ({mixed_run} steps of one in a row), further than within any one style ({best_single})"
    ))
}

/// The longest unbroken run of numbers counting on by one, in steps.
fn unbroken_run<'a>(markers: impl Iterator<Item = &'a Marker>) -> usize {
    let mut last: Option<u32> = None;
    let (mut run, mut best) = (0, 0);
    for m in markers {
        run = if last.is_some_and(|l| m.number == l + 1) {
            run + 1
        } else {
            0
        };
        best = best.max(run);
        last = Some(m.number);
    }
    best
}

/// The preferred scheme among those seen at least twice (or among all when none is): the
/// lowest family rank, then the shallowest, then one that is no lead's enumeration before a list twice as long, then the earliest.
fn preferred_scheme<'s>(
    seen: &'s [Seen],
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
) -> Option<&'s Seen> {
    let enough = |s: &&Seen| s.count >= 2;
    let pool: Vec<&Seen> = if seen.iter().any(|s| enough(&s)) {
        seen.iter().filter(enough).collect()
    } else {
        seen.iter().collect()
    };
    // Chinese numerals (`一、`, `（一）`) number the levels above Arabic numbers in Chinese
    // documents: with both, the Arabic numbers are the points (and `一、 总则` a heading, see
    // `roman_heading`), when there are as many of them at least.
    // A short list before a longer one of another style, each wholly before the other, is
    // the lead's (a contract's `PARTIES` `(1)`, `(2)` above its clauses `1.` … `10.`; an
    // agency's `1) … 2) … 3)` naming the sections of the document it then quotes): an
    // enumeration whose items run on (`BUYER LIMITED; and`, `условия прекращения огня;`),
    // set off from the longer list by a blank line. A short draft of sentences with notes or
    // an annex listed after it, or a last point announcing a list (`…the following:` over
    // `(1)` … `(6)`), keeps its points.
    let runs_on = |s: &Seen| {
        let items: Vec<usize> = (s.first..=s.last)
            .filter(|&k| markers[k].as_ref().is_some_and(|m| m.is_of(&s.scheme)))
            .collect();
        items[..items.len().saturating_sub(1)].iter().all(|&k| {
            let t = lines[k]
                .text
                .trim_end()
                .trim_end_matches(['"', '”', '»', ')']);
            !t.ends_with(['.', '!', '?', '。'])
        })
    };
    // Or a contract's parties, each named with its defined term (`… whose registered office
    // is at … (the Customer).`), however they end.
    let parties = |s: &Seen| {
        (s.first..=s.last)
            .filter(|&k| markers[k].as_ref().is_some_and(|m| m.is_of(&s.scheme)))
            .all(|k| {
                let t = lines[k].text;
                ["(the ", "(“", "(\"", "(\u{201e}"].iter().any(|open| {
                    t.match_indices(open)
                        .any(|(at, _)| t[at + open.len()..].starts_with(char::is_uppercase))
                })
            })
    };
    // Or parties or names set in capitals, no sentences (a court order's `(1) MERIDIAN BULK
    // CARRIERS S.A.`, `(2) ATLAS MARINE INSURANCE PLC` over its orders `1.` … `7.`; not a
    // telegram's orders in capitals, nor items in a script with no capitals).
    let names = |s: &Seen| {
        (s.first..=s.last)
            .filter_map(|k| {
                markers[k]
                    .as_ref()
                    .filter(|m| m.is_of(&s.scheme))
                    .map(|m| (k, m))
            })
            .all(|(k, m)| {
                let t = lines[k].text.get(m.rest..).unwrap_or_default();
                t.contains(char::is_uppercase) && !t.contains(char::is_lowercase) && !is_sentence(t)
            })
    };
    // Or a page's summary of the document, whose full text it then announces right above it
    // (`Key details at a glance:` over `1)`-`5)`, then `Below is the full text…:` over
    // `1.`-`12.`; not `The full text was confirmed by…` over readers' comments).
    let full_text_after = |s: &Seen, t: &Seen| {
        lines[s.last + 1..t.first]
            .iter()
            .rev()
            .find(|l| !l.text.trim().is_empty())
            .is_some_and(|l| {
                let lower = l.text.trim_end().to_lowercase();
                lower.ends_with(':') && FULL_TEXT.iter().any(|words| lower.contains(words))
            })
    };
    let superseded = |s: &Seen| {
        seen.iter().any(|t| {
            t.scheme.family.rank() == s.scheme.family.rank()
                && t.scheme.depth == s.scheme.depth
                && t.first > s.last
                && t.count >= LEAD_LIST_RATIO * s.count
                && lines[s.last + 1..t.first]
                    .iter()
                    .any(|l| l.text.trim().is_empty())
                && (runs_on(s) || parties(s) || names(s) || full_text_after(s, t))
        })
    };
    // Unless the Arabic numbers are fewer and stand among the numerals: a list inside one of
    // the sections (`三、` over its `1.`-`3.`), the Chinese numerals the points. A list after
    // them all (a meeting's agenda `一、`-`四、` in the lead, then its resolutions `1.`-`3.`)
    // is the points, unless the numerals are more than twice as many (a position paper's
    // twelve points `一、`-`十二、`, then a page's related news `1.`-`3.`).
    let outnumbered = |s: &Seen| {
        pool.iter().any(|t| {
            t.scheme.keyword != CHINESE_NUMERALS
                && t.scheme.family.rank() == s.scheme.family.rank()
                && t.scheme.depth == s.scheme.depth
                && (t.count >= s.count
                    || ((t.first > s.last || t.last < s.first)
                        && LEAD_LIST_RATIO * t.count >= s.count))
        })
    };
    // A report's or minutes' keyword gives way to plain numbers that outnumber it.
    let minor = |s: &Seen| {
        minor_keyword(&s.scheme.keyword)
            && pool
                .iter()
                .any(|t| t.scheme.family.rank() == Family::Dot.rank() && t.count > s.count)
    };
    // A short list wholly after a list of another style twice as long at least, numbered 1,
    // 2, 3 … throughout, is an annex's or a note's (a letter's points typed `1 - …` to `7 -
    // …`, then its annex's `1.` to `3.`): the longer list is the draft's, whatever its style.
    // (The short list under an annex's heading, not under a lead-in, `Acuerdos adoptados:`.)
    let appended = |s: &Seen| {
        s.scheme.depth == 1
            && super::headings::annex_heading_above(lines, s.first)
            && pool.iter().any(|t| {
                t.scheme.family.rank() > s.scheme.family.rank()
                    && t.scheme.depth == 1
                    && t.scheme.keyword != super::markers::TABLE_ROWS
                    && t.last < s.first
                    && t.count >= LEAD_LIST_RATIO * s.count
                    && sentences_from_one(lines, markers, t)
            })
    };
    pool.iter().copied().min_by_key(|s| {
        let chinese = s.scheme.keyword == CHINESE_NUMERALS && outnumbered(s);
        (
            appended(s),
            if minor(s) {
                Family::Dash.rank()
            } else {
                s.scheme.family.rank()
            },
            s.scheme.depth,
            superseded(s),
            chinese,
            s.first,
        )
    })
}

/// Is the list numbered 1, 2, 3 … throughout, with half its items at least ending a sentence
/// (a letter's points, not an agenda's items, `1 - Lectura del acta`)?
fn sentences_from_one(lines: &[Line<'_>], markers: &[Option<Marker>], list: &Seen) -> bool {
    let mut sentences = 0;
    let from_one = (list.first..=list.last)
        .filter_map(|k| {
            let m = markers[k].as_ref()?;
            m.is_of(&list.scheme).then_some((k, m.number))
        })
        .enumerate()
        .all(|(n, (k, number))| {
            sentences += usize::from(super::sentences::ends_sentence(lines[k].text.trim_end()));
            number as usize == n + 1
        });
    from_one && 2 * sentences >= list.count
}

/// How many times as many lines a list must have as a list of another style wholly before it
/// for that one to be the lead's, not the draft's points ([`preferred_scheme`]).
pub const LEAD_LIST_RATIO: usize = 2;

/// How a page announces a document's full text after its summary, lower-cased
/// ([`preferred_scheme`]).
const FULL_TEXT: &[&str] = &[
    "full text",
    "повний текст",
    "полный текст",
    "texte intégral",
    "volltext",
    "vollständige text",
    "texto íntegro",
    "texto completo",
    "testo integrale",
    "pełny tekst",
    "pełna treść",
];

/// When the chosen scheme is a label keyword and plain numbers run on through its lines, never
/// starting again under each of them, the numbers are the points and the keyword lines are
/// section headings: the numbers' scheme (marked `sections`), their count, and why.
fn numbers_through_sections(
    seen: &[Seen],
    markers: &[Option<Marker>],
    chosen: &Seen,
) -> Option<(Scheme, usize, String)> {
    // A report's recommendations and minutes' items hold their own lists (`TOP 2:` over the
    // resolutions `1.`-`3.`): never headings over them.
    if !(chosen.scheme.family.is_word() && chosen.scheme.depth == 1)
        || minor_keyword(&chosen.scheme.keyword)
    {
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

/// When the chosen scheme is plain numbers (`(1)`, `1)`) that start again from 1 under the
/// lines of numbers alone before their titles or text (a statute's `1 Establishment of the
/// Fund` over `(1) There is…`, `(2) …`), and those lines run on (1, 2, 3, …), they are the
/// sections a reader cites and the points: their scheme, their count and why. The
/// subsections stay their points' text.
fn sections_over_subsections(
    seen: &[Seen],
    markers: &[Option<Marker>],
    chosen: &Seen,
) -> Option<(Scheme, usize, String)> {
    if !matches!(chosen.scheme.family, Family::Paren | Family::Enclosed) || chosen.scheme.depth != 1
    {
        return None;
    }
    let sections = seen
        .iter()
        .find(|s| s.scheme.family == Family::Dash && s.count >= 2)?;
    let numbers = markers
        .iter()
        .flatten()
        .filter(|m| m.is_of(&sections.scheme));
    if run_length(numbers) + 1 < sections.count {
        return None;
    }
    // Under every section the subsections start again from 1, and never run on across one.
    let mut under_section = false;
    let mut restarts = 0;
    for m in markers.iter().flatten() {
        if m.is_of(&sections.scheme) {
            under_section = false;
        } else if m.is_of(&chosen.scheme) {
            if !under_section {
                if m.number != 1 {
                    return None;
                }
                restarts += 1;
            }
            under_section = true;
        }
    }
    if restarts < 2 {
        return None;
    }
    let note = format!(
        "the lines of {} start again from 1 under each of the {} lines of numbers before their titles, which are the sections",
        chosen.scheme.describe(),
        sections.count
    );
    Some((sections.scheme.clone(), sections.count, note))
}

/// When every line of the chosen plain-number scheme is a short heading (`1. Security`, no
/// sentence) and bullet lists stand under them, at least [`BULLETS_PER_HEADING`] items a
/// heading and some under each, the bullets are the points a reader sees and the numbered
/// lines are section headings (a news page that sorts a plan's points into numbered areas):
/// the bullets' scheme (marked `sections`), their count, and why. `bullets` are the bullet
/// schemes seen ([`tally_schemes`] sets them aside when something is numbered).
pub(super) fn bullets_under_numbered_headings(
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

/// Is the numbered line a short heading in capitals with no sentence of its own (`3.
/// SERVICES`, `4. FEES AND PAYMENT.`), as contracts head the clauses numbered under them? A
/// plan's short point in small letters over its sub-points (`1. Free travel for pupils` over
/// `1.1`) is a point, and so is an operative line with no stop (`2. Territorial questions are
/// deferred`).
pub(super) fn numbered_heading(text: &str, m: &Marker) -> bool {
    let rest = text.get(m.rest..).unwrap_or_default().trim();
    let mut cased = rest
        .chars()
        .filter(|c| c.is_lowercase() || c.is_uppercase());
    let capitals = cased.clone().count() >= 2 && cased.all(char::is_uppercase);
    // In capitals, a full stop may close the heading (`2. TERM.`).
    let heading = rest.strip_suffix('.').unwrap_or(rest);
    capitals && is_heading_like(heading) && script::word_count(heading) <= POINT_TITLE_WORDS
}

/// When every line of the chosen `1.` scheme up to the last clause is a short heading in
/// capitals ([`numbered_heading`]: `1. DEFINITIONS AND INTERPRETATION`) over clauses numbered
/// under it (`1.1`, `1.2`, then `2.1` under `2. TERM`), and every heading has one (after the
/// last clause too: `9. GOVERNING LAW` over its text keeps the sections as the points; but not
/// the heading of the parties' details and signatures, [`super::closing::parties_heading`]), the
/// clauses are the points a reader cites and the numbered lines are section headings, as
/// contracts are laid out: the clauses' scheme (marked `sections`), their count, and why. A
/// list numbered from 1 after the last clause (a schedule's items) is not a heading.
fn clauses_under_numbered_headings(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    seen: &[Seen],
    chosen: &Seen,
) -> Option<(Scheme, usize, String)> {
    if chosen.scheme.family != Family::Dot || chosen.scheme.depth != 1 || chosen.scheme.mixed {
        return None;
    }
    let clauses = seen.iter().find(|s| {
        s.scheme.family == Family::Dot && s.scheme.depth == 2 && s.scheme.keyword.is_empty()
    })?;
    let last_clause = clauses.last;
    let mut under: Vec<usize> = Vec::new();
    let mut heading_number = None;
    for (i, (line, m)) in lines.iter().zip(markers).enumerate() {
        match m {
            Some(m) if m.is_of(&chosen.scheme) => {
                // The parties' details and signatures under the last clause, numbered as a
                // section of their own (`6. РЕКВІЗИТИ ТА ПІДПИСИ СТОРІН`), head no clause.
                if i > last_clause
                    && super::closing::parties_heading(line.text.get(m.rest..).unwrap_or_default())
                {
                    continue;
                }
                if !numbered_heading(line.text, m) {
                    if i < last_clause {
                        return None;
                    }
                    continue;
                }
                heading_number = Some(m.number);
                under.push(0);
            }
            // A clause numbered under its heading (`3.2` under `3.`).
            Some(m) if m.is_of(&clauses.scheme) => match under.last_mut() {
                Some(n) if heading_number == Some(m.number) => *n += 1,
                _ => return None,
            },
            _ => {}
        }
    }
    let headings = under.len();
    if headings < 2 || under.contains(&0) {
        return None;
    }
    let note = format!(
        "the {headings} lines of {} are short headings over the clauses numbered under them, so they are section headings and the clauses are the points",
        chosen.scheme.describe()
    );
    let scheme = Scheme {
        sections: true,
        ..clauses.scheme.clone()
    };
    Some((scheme, clauses.count, note))
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
            "; preferred to {} (keywords before plain numbers, then the shallowest, then the earliest, unless it is a lead's enumeration before a list twice as long; a scheme seen once only if none is seen twice)",
            others.join(", ")
        ));
    }
    if scheme.family == Family::Bullet && !scheme.sections {
        reason.push_str("; nothing is numbered, so the bullets are the points");
    }
    reason
}

/// How many markers continue the number of the marker before them (`n` after `n - 1`).
pub(super) fn run_length<'a>(markers: impl Iterator<Item = &'a Marker>) -> usize {
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
