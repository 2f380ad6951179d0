//! Section headings between the points: keyword and Roman-numbered headings, short lines with
//! no closing punctuation, lead-ins, headings with no blank lines around them.

use super::closing::annex_heading;
use super::markers::{Family, Marker, Scheme, first_in_words};
use super::numbers::roman_value;
use super::sentences::{ends_full_sentence, starts_with_capital, without_citations};
use super::spelled::{greek_numeral, spelled_ordinal};
use super::{Line, next_with_text, prev_with_text, runs_from_one};
use crate::draft::cjk;
use crate::script;

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
    "μέρος",
    // Greek capitals lower-case without their accents (`ΚΕΦΑΛΑΙΟ`).
    "κεφαλαιο",
    "μερος",
    "الفصل",
    "الباب",
];

/// The word for a preamble, as a heading over it (`Preamble`, `PRÄAMBEL`, `Преамбула`),
/// lower-cased.
const PREAMBLE_WORDS: &[&str] = &[
    "preamble",
    "préambule",
    "preámbulo",
    "preâmbulo",
    "präambel",
    "preambolo",
    "preambuła",
    "preambule",
    "preambul",
    "преамбула",
    "preambulă",
];

/// Is the line a heading that names the preamble under it (`Preamble`, `## PREAMBLE`,
/// `Präambel:`)? Such a heading opens no section of the points.
pub(super) fn preamble_heading(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['#', '*', '_', ' '])
        .trim_end_matches(['*', '_', ':', '.', ' ']);
    t.chars().count() <= 12 && PREAMBLE_WORDS.contains(&t.to_lowercase().as_str())
}

/// Keywords of divisions, like [`SECTION_WORDS`], whose heading has nothing after the number,
/// a separator or a capital (`Abschnitt 1 Allgemeine Vorschriften`, `CAPÍTULO II`): a wrapped
/// citation reads `Abschnitt 2 der Verordnung gilt…`, `Capítulo 2 del Reglamento…`.
const TITLED_SECTION_WORDS: &[&str] = &[
    "subpart",
    "chapitre",
    "titre",
    "capítulo",
    "título",
    "capo",
    "capitolo",
    "titolo",
    "capitolul",
    "abschnitt",
    "hoofdstuk",
    "hlava",
    "kapitola",
    "část",
    "poglavlje",
];

/// Could this line be a section heading by its keyword (`Chapter 2`, `Розділ ІІ. ГАРАНТІЇ`,
/// `Part 3: Final provisions`): one of [`SECTION_WORDS`] with a capital, a number (Arabic or
/// Roman, also in the Cyrillic `І` and `Х`), then nothing or a few words with no closing
/// punctuation? Whether it is one depends on where it stands
/// (`PointSplitter::keyword_heading`): `частина 2 статті 5 цього Закону` also starts
/// wrapped lines of a point's text.
pub(super) fn section_word_heading(line: &str) -> bool {
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
    if let Some(after) = after_postfix_section_word(word, rest) {
        return Some(after);
    }
    let lower = word.to_lowercase();
    // A capital, or a script without capitals (`الفصل الثاني`).
    if word.starts_with(char::is_lowercase)
        || !(SECTION_WORDS.contains(&lower.as_str())
            || TITLED_SECTION_WORDS.contains(&lower.as_str()))
    {
        return None;
    }
    let rest = rest.trim_start();
    let numeral = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || "IVXLCІХ".contains(c))
            .len();
    let len = if numeral > 0 {
        // The French first (`CHAPITRE Ier`, `TITRE 1er`).
        let first = ["er", "re"].iter().find(|e| {
            ["I", "1"].contains(&&rest[..numeral])
                && rest[numeral..]
                    .strip_prefix(**e)
                    .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
        });
        numeral + first.map_or(0, |e| e.len())
    } else if let Some((_, _, len)) = first_in_words(rest) {
        // In words (`ČÁST DRUHÁ`, `PART ONE`, `CAPÍTULO PRIMERO.`, `TITRE PREMIER`).
        len
    } else {
        // A Greek numeral (`ΚΕΦΑΛΑΙΟ Β΄`).
        greek_numeral(rest)?.1
    };
    let after = &rest[len..];
    let titled = || {
        let title = after
            .trim_start_matches(['.', ':', ')', '—', '–', '-'])
            .trim_start();
        title.is_empty() || title.len() < after.trim_start().len() || starts_with_capital(title)
    };
    (!TITLED_SECTION_WORDS.contains(&lower.as_str()) || titled()).then_some(after)
}

/// Keywords of divisions written after their number: Swedish `1 kap.`, Finnish `2 luku`,
/// Lithuanian `I skyrius`, Latvian `I nodaļa`, Hungarian `I. FEJEZET`, Turkish `İKİNCİ BÖLÜM`
/// (`KISIM` lower-cases to `kisim` outside Turkish).
const POSTFIX_SECTION_WORDS: &[&str] = &[
    "kap.", "luku", "skyrius", "nodaļa", "fejezet", "bölüm", "kısım", "kisim",
];

/// What follows a division keyword written after its number ([`POSTFIX_SECTION_WORDS`]),
/// `number` being the line's first word and `rest` what follows it: ` Inledande bestämmelser`
/// of `1 kap. Inledande bestämmelser`.
fn after_postfix_section_word<'a>(number: &str, rest: &'a str) -> Option<&'a str> {
    // The keyword first: this runs on many lines' first two words, and the words in `number`
    // are looked up only under a keyword.
    let rest = rest.trim_start();
    let (word, after) = rest
        .split_once([' ', '\t', '\u{a0}'])
        .map_or((rest, ""), |(w, a)| (w, a));
    if !POSTFIX_SECTION_WORDS.contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let digits = number.strip_suffix('.').unwrap_or(number);
    let numeral = !digits.is_empty()
        && (digits.bytes().all(|b| b.is_ascii_digit())
            || digits.chars().all(|c| "IVXLC".contains(c))
            // Turkish `İKİNCİ BÖLÜM`.
            || spelled_ordinal(number).is_some_and(|(_, len)| len == number.len()));
    (numeral && (after.is_empty() || !after.starts_with(char::is_lowercase)))
        .then(|| &rest[word.len()..])
}

/// Does a separator and a capital follow the keyword's number (`Глава 2. Полномочия`,
/// `Part 3: Final provisions`, `Розділ ІІ — ГАРАНТІЇ`), as in a heading and not in a
/// reference inside a sentence (`Chapter 2 of the Statute`)?
pub(super) fn titled_heading(line: &str) -> bool {
    after_section_number(line)
        .and_then(|after| after.strip_prefix(['.', ':', '—', '–']))
        .is_some_and(|title| title.starts_with([' ', '\t', '\u{a0}']) && starts_with_capital(title))
}

/// Does the heading's title (after the keyword and number) have few words, or only capitals?
/// A longer title is a heading only right above a point.
pub(super) fn short_title(line: &str) -> bool {
    /// Most words of a title in small letters.
    const TITLE_WORDS: usize = 8;
    let capitals = !line.chars().any(char::is_lowercase);
    capitals || script::word_count(line) <= TITLE_WORDS
}

/// Is this line a section heading numbered in upper-case Roman numerals (`II. SECURITY`,
/// `IV) Final provisions`): the numeral, then a few words with no closing punctuation?
/// Ukrainian texts often write the numeral with the Cyrillic `І` and `Х` (`ІІ. ГАРАНТІЇ`).
/// Returns the numeral's value. The words start with a capital (`ІІ. добрива` is an item).
pub(super) fn roman_heading(line: &str) -> Option<u32> {
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
    let rest = capital_title(&s[after..])?;
    // A lead-in heads its section too (`I. Внести зміни до таких законів України:` over
    // the amended laws' points, then `II. Прикінцеві положення`).
    ((1..=7).contains(&numeral.len()) && (is_heading_like(rest) || is_lead_in(rest)))
        .then(|| roman_value(&numeral))
        .flatten()
}

/// The title after a section heading's numeral or letter (`II`, `B`): what follows its `. ` or
/// `) `, if the title's first letter is a capital.
fn capital_title(after_label: &str) -> Option<&str> {
    let rest = after_label
        .strip_prefix(['.', ')'])
        .filter(|rest| rest.starts_with([' ', '\t', '\u{a0}']))?;
    rest.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
        .then_some(rest)
}

/// Is this line a section heading lettered in Latin or Cyrillic capitals (`B. Communal
/// areas`, `C) Rubbish and recycling`, `Б. Сміття`): one letter, a stop or parenthesis, then a
/// few words that start with a capital and end in no closing punctuation? Returns the
/// letter's place: A = 1 in Latin, and from [`CYRILLIC_FIRST`] in [`CYRILLIC_LETTERS`]. Only a
/// heading where the builder sees the numbers start again under it
/// (`PointSplitter::next_letter_heading`): otherwise `B.` is an item.
pub(super) fn letter_heading(line: &str) -> Option<u32> {
    let s = line.trim();
    let mut chars = s.chars();
    let letter = chars.next()?;
    let place = if letter.is_ascii_uppercase() {
        u32::from(letter) - u32::from('A') + 1
    } else {
        let k = CYRILLIC_LETTERS.chars().position(|c| c == letter)?;
        CYRILLIC_FIRST + k as u32
    };
    let rest = capital_title(chars.as_str())?;
    is_heading_like(rest).then_some(place)
}

/// The Ukrainian and Russian capitals in one alphabetical order, as lettered headings use
/// them (`А.`, `Б.`, `В.`).
const CYRILLIC_LETTERS: &str = "АБВГҐДЕЁЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";

/// The place [`letter_heading`] gives the Cyrillic `А` (apart from the Latin letters').
pub const CYRILLIC_FIRST: u32 = 101;

/// Letters of [`CYRILLIC_LETTERS`] that one of the two languages' lists leaves out (Russian
/// lists go `е`, `ж` and `и`, `к`; Ukrainian ones have no `ь`).
const CYRILLIC_SKIPPED: &str = "ҐЁЄІЇЙЪЫЬЭ";

/// Is the lettered heading at `place` the first of its alphabet (`A.`, `А.`)?
pub(super) fn first_letter(place: u32) -> bool {
    place == 1 || place == CYRILLIC_FIRST
}

/// Does the lettered heading at `place` come next after the one at `last` ([`letter_heading`])?
/// In Cyrillic, over the letters that one language's lists leave out.
pub(super) fn next_letter(last: u32, place: u32) -> bool {
    if place == last + 1 {
        return true;
    }
    let cyrillic = |p: u32| p.checked_sub(CYRILLIC_FIRST).map(|k| k as usize);
    let (Some(a), Some(b)) = (cyrillic(last), cyrillic(place)) else {
        return false;
    };
    b > a
        && CYRILLIC_LETTERS
            .chars()
            .skip(a + 1)
            .take(b - a - 1)
            .all(|c| CYRILLIC_SKIPPED.contains(c))
}

/// Is this line a short lead-in to what follows (`The points in brief:`, `Пункти плану:`)?
pub(super) fn is_lead_in(line: &str) -> bool {
    let s = line.trim();
    s.ends_with([':', '：']) && script::word_count(s) <= LEAD_IN_WORDS
}

/// The longest line taken as a lead-in; a longer line ending in a colon is a point's text
/// that announces a list of its own.
const LEAD_IN_WORDS: usize = 12;

/// Is the line right above line `at` (past blank lines) an annex's or a page box's heading
/// over the list that starts there (`Attachment: Participants`, `Bijlage: deelnemende
/// staten`, `Voir aussi`): heading-like, opening with a capital, not a lead-in that runs into
/// the list (`We therefore ask you to`, `Acuerdos adoptados:`, `It is agreed as follows.`)?
pub(super) fn annex_heading_above(lines: &[Line<'_>], at: usize) -> bool {
    super::prev_with_text(lines, at).is_some_and(|k| {
        let t = lines[k].text.trim();
        let last = t.split_whitespace().next_back().unwrap_or_default();
        let joining = last.chars().count() <= 3 && last.chars().all(char::is_lowercase);
        // (Or a short heading with its colon that names an annex or the signatories: `Annex –
        // contacts:`, `Signatories:`, `Bijlage:`.)
        let named = t.ends_with(':')
            && script::word_count(t) <= ANNEX_HEADING_WORDS
            && t.split(|c: char| !c.is_alphabetic()).any(|w| {
                let w = w.to_lowercase();
                super::closing::ANNEX_WORDS.contains(&w.as_str())
                    || SIGNATORY_HEADINGS.contains(&w.as_str())
            });
        (is_heading_like(t) || named) && t.starts_with(char::is_uppercase) && !joining
    })
}

/// Most words of an annex's heading with its colon ([`annex_heading_above`]).
const ANNEX_HEADING_WORDS: usize = 4;

/// Words, lower-cased, of a heading with its colon over a list that is no part of the draft
/// beside an annex's ([`annex_heading_above`]): its signatories, its contacts.
const SIGNATORY_HEADINGS: &[&str] = &["signatories", "contacts", "подписанты", "підписанти"];

/// Could this stand-alone line be a section heading rather than text?
pub(super) fn is_heading_like(line: &str) -> bool {
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
        || (s.starts_with('(') && s.ends_with(')') && script::word_count(s) >= NOTE_WORDS)
        || (s.starts_with('[') && s.ends_with(']') && opens_note(&s[1..]));
    // A sentence closed inside brackets (`(Laughter.)`, a transcript's note, an editor's
    // `[Comment: agreed at 1,800.]`) is no title; a template's `[PART B – PAYMENT TERMS]` is.
    let bracketed_sentence = [".)", "!)", "?)", ".]", "!]", "?]"]
        .iter()
        .any(|end| s.ends_with(end));
    let chars = s.chars().count();
    chars > 0
        && chars <= 80
        && !note
        && !bracketed_sentence
        && !s.ends_with([
            '.', ';', ',', ':', '!', '?', '"', '”', '»', '。', '；', '，', '：', '！', '？', '։',
            '।', '۔', '؟', '።', '။',
        ])
}

/// Does the text in square brackets open with a note's word (`[Drafting note: …]`, `[Comment
/// by R. Gil: …]`, `[Примітка: …]`): an editor's note between points, not a template's heading
/// (`[PART B – PAYMENT TERMS]`)?
fn opens_note(inner: &str) -> bool {
    const NOTE_OPENINGS: &[&str] = &[
        "note",
        "notes",
        "nb",
        "drafting",
        "comment",
        "comments",
        "editor's",
        "editor’s",
        "nota",
        "comentario",
        "anmerkung",
        "hinweis",
        "kommentar",
        "remarque",
        "commentaire",
        "uwaga",
        "komentarz",
        "примітка",
        "коментар",
        "примечание",
        "комментарий",
    ];
    inner
        .split(|c: char| c.is_whitespace() || c == ':' || c == '.')
        .next()
        .is_some_and(|w| NOTE_OPENINGS.contains(&w.to_lowercase().as_str()))
}

/// Fewest words of a note in brackets that stands between points (`is_heading_like`).
const NOTE_WORDS: usize = 4;

/// Fewest numbered subtitles among keyword articles for them to be headings
/// (`numbered_subtitles`).
pub const MIN_NUMBERED_SUBTITLES: usize = 2;

/// The numbered subtitles between keyword articles, as Hungarian laws group their sections
/// (`1. Értelmező rendelkezések` over `1. §`, `2. A hatóság feladatai` over `3. §`): when the
/// points are numbered by a keyword, a line numbered `1.` that is short and unpunctuated,
/// stands after a blank line and has a point of the scheme as the next line with text is a
/// section heading, not text of the article above, if [`MIN_NUMBERED_SUBTITLES`] such lines
/// are found, numbered 1, 2, 3… in order. (An article's own items `1.`, `2.` are sentences,
/// or have text under them.)
pub(super) fn numbered_subtitles(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Vec<bool> {
    let mut subtitles = vec![false; lines.len()];
    if scheme.family != Family::ArticleWord {
        return subtitles;
    }
    for i in 0..lines.len() {
        let numbered = markers[i]
            .as_ref()
            .is_some_and(|m| m.family == Family::Dot && m.depth == 1 && !m.is_of(scheme));
        if !numbered
            || !(i == 0 || lines[i - 1].text.trim().is_empty())
            || !is_heading_like(lines[i].text)
        {
            continue;
        }
        let next = next_with_text(lines, i);
        subtitles[i] = next.is_some_and(|k| markers[k].as_ref().is_some_and(|m| m.is_of(scheme)));
    }
    // Their numbers run from 1 through the draft, as a law's subtitles do (the last short
    // items of lists, `2. Annex II – Timetable` under two articles, do not).
    let numbers: Vec<u32> = (0..lines.len())
        .filter(|&i| subtitles[i])
        .filter_map(|i| markers[i].as_ref().map(|m| m.number))
        .collect();
    if numbers.len() < MIN_NUMBERED_SUBTITLES || !runs_from_one(&numbers) {
        subtitles.fill(false);
    }
    subtitles
}

/// Fewest headings with no blank line around them for any to be read so (`tight_headings`).
pub const MIN_TIGHT_HEADINGS: usize = 2;

/// Section headings of a page copied with no blank lines (`Phase 2: Security and Governance`
/// between `4. Aid flows in without delay.` and `5. Heavy weapons…`): a short line starting
/// with a capital and ending no sentence, right above a point of the scheme and right under a
/// line that ends a full sentence, when the text has [`MIN_TIGHT_HEADINGS`] such lines at
/// least (one may stand between the lead and the first point), or one alone over a list
/// numbered from 1 again. Before, each was glued to the end of the point above it.
pub(super) fn tight_headings(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Vec<bool> {
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
        if markers[i].is_some() || !of_scheme(i + 1) || !tight_at(lines, i) {
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
    // A line over a list from 1 whose numbers then fall back into the run above (`3. The
    // Parties agree on these measures.`, `A. Monitoring` over its own `1.`, `2.`, then `4.`)
    // is a part of the point above, not a section; unless that run is itself a section's,
    // under a heading-like line right above its `1.` (`A. Staircases` over `1.`-`3.`, then
    // `B. Courtyard`: a later gap in the numbering, `1.`, `2.`, `4.`, is a gap), or the line
    // heads an annex.
    // The points' run before each line: its last number and that marker's line. A list from 1
    // after it is read past (`3. New windows.` in point 2's list from 1 is the list's, not
    // point 3), and so are numbers below the run's.
    let mut top: Option<(u32, usize)> = None;
    let mut inner: Option<u32> = None;
    let outer: Vec<Option<(u32, usize)>> = markers
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let before = top;
            if let Some(n) = m.as_ref().filter(|m| m.is_of(scheme)).map(|m| m.number) {
                if inner.is_some_and(|r| n == r + 1) {
                    inner = Some(n);
                } else if top.is_none_or(|(t, _)| n > t) {
                    top = Some((n, k));
                    inner = None;
                } else if n == 1 {
                    inner = Some(1);
                }
            }
            before
        })
        .collect();
    // The line right under line `i` opens a list from 1.
    let restarts = |i: usize| {
        markers
            .get(i + 1)
            .is_some_and(|m| m.as_ref().is_some_and(|m| m.number == 1))
    };
    let part_of_point = |i: usize| {
        restarts(i)
            && !annex_heading(lines[i].text)
            && outer[i].is_some_and(|(outer, at)| {
                !run_under_heading(lines, markers, scheme, at, lines[i].text)
                    && falls_back(lines, markers, scheme, (i + 1, 0), outer, |k| {
                        tight_at(lines, k)
                    })
            })
    };
    if found >= MIN_TIGHT_HEADINGS && between > 0 {
        // Only those shaped like headings.
        for (i, t) in tight.iter_mut().enumerate() {
            *t = *t && heading_shape(lines[i].text) && !part_of_point(i);
        }
        return tight;
    }
    // One alone between points heads a list numbered from 1 again (`EUCO 11/25 – extract`
    // over `1. Recalling…` after point 3).
    for (i, t) in tight.iter_mut().enumerate() {
        *t = *t && i > first_point && restarts(i) && !part_of_point(i);
    }
    tight
}

/// Does the run of numbers that reaches the marker on line `last` (`3.` after `2.` and `1.`,
/// read back past the other numbers between them, [`LETTERED_SCAN`] at most) start right under
/// a heading-like line like
/// `heading`, with no blank line between (`A. Staircases` over `1.`, and `B. Courtyard`)? Then
/// that run is a section's list. Like: both lettered, in order, or neither (`Morning session`
/// and `Afternoon session`); a Roman `I. Economy` over the run is not like `B. Energy` inside
/// its point 2, and the document's first line is its title.
fn run_under_heading(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
    last: usize,
    heading: &str,
) -> bool {
    // A run longer than the lists read past ([`LETTERED_SCAN`]) is the draft's, not a section's
    // (and is not walked back).
    let Some(mut expected) = markers[last]
        .as_ref()
        .map(|m| m.number)
        .filter(|&n| n as usize <= LETTERED_SCAN)
    else {
        return false;
    };
    let mut first = last;
    for k in (0..last).rev() {
        if expected <= 1 {
            break;
        }
        if markers[k]
            .as_ref()
            .is_some_and(|m| m.is_of(scheme) && m.number == expected - 1)
        {
            expected -= 1;
            first = k;
        }
    }
    let like = |above: &str| match (letter_heading(above), letter_heading(heading)) {
        (Some(a), Some(b)) => a < b,
        (a, b) => a.is_none() && b.is_none(),
    };
    expected == 1 && first > 1 && {
        let above = lines[first - 1].text;
        markers[first - 1].is_none()
            && !above.trim().is_empty()
            && is_heading_like(above)
            && like(above)
    }
}

/// Is line `k` a heading-like line with a capital right under a finished sentence (what
/// [`tight_headings`] looks for), as the line above a list from 1?
fn tight_at(lines: &[Line<'_>], k: usize) -> bool {
    k > 0
        && is_heading_like(lines[k].text)
        && starts_with_capital(lines[k].text)
        && ends_full_sentence(lines[k - 1].text)
}

/// Do the numbers of `scheme` from line `first` on (a list from 1 under a heading-like line,
/// or the rest of a list whose last number so far is `run`) fall back into the run above
/// them, whose last number was `outer` (`4.` after the list, under point 3)? Then the line
/// and its list are a part of point `outer`. The list's own numbers, and the lists from 1
/// under the next such lines (`heads_list`, asked of the line above a `1.`), are read past
/// (at most [`LETTERED_SCAN`] numbers), up to the first number that is neither.
pub(super) fn falls_back(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
    (first, mut run): (usize, u32),
    outer: u32,
    heads_list: impl Fn(usize) -> bool,
) -> bool {
    let numbers = (first..lines.len())
        .filter_map(|k| Some((k, markers[k].as_ref().filter(|m| m.is_of(scheme))?)))
        .take(LETTERED_SCAN);
    for (k, m) in numbers {
        let under_heading = || prev_with_text(lines, k).is_some_and(&heads_list);
        if m.number == run + 1 || (m.number == 1 && under_heading()) {
            run = m.number;
        } else {
            return m.number == outer + 1;
        }
    }
    false
}

/// Most numbered lines read after a lettered or heading-like line to see whether its list
/// falls back into the point's own numbers ([`falls_back`]): the lists of the next such lines
/// are read past, so a long run of them is cut off here.
pub const LETTERED_SCAN: usize = 256;

/// Does a short line look like a heading rather than the last line of a point's text: a label
/// and a colon or a dash (`Phase 2: Security`), a few words ([`HEADING_WORDS`]), or every
/// longer word capitalised (`Security and Governance`)? `Delivery within 30 days of the
/// order` under a point is that point's.
fn heading_shape(line: &str) -> bool {
    let t = line.trim();
    t.contains([':', '–', '—']) || few_or_capitalised_words(t)
}

/// Does `text` have a few words ([`HEADING_WORDS`]), or every longer word capitalised
/// (`Security and Governance`)?
pub(super) fn few_or_capitalised_words(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() <= HEADING_WORDS
        || words
            .iter()
            .filter(|w| w.chars().count() > 3)
            .all(|w| w.starts_with(|c: char| !c.is_lowercase()))
}

/// Most words of a line that heads a section by its length alone (`heading_shape`).
const HEADING_WORDS: usize = 3;

/// The lettered parts of an outline (`A. Security` over `A.1`, `A.2`; `B. Economy` over
/// `B.1`): a short line of the part's capital letter, a dot and a title, whose next line with
/// text is a point of the scheme labelled under the same letter. Each heads its part.
pub(super) fn outline_parts(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
    scheme: &Scheme,
) -> Vec<bool> {
    let mut parts = vec![false; lines.len()];
    if scheme.family != Family::Dot || scheme.depth != 2 {
        return parts;
    }
    for i in 0..lines.len() {
        let text = lines[i].text.trim();
        let Some((letter, title)) = text.split_once(". ") else {
            continue;
        };
        if letter.len() != 1
            || !letter.starts_with(|c: char| c.is_ascii_uppercase())
            || !is_heading_like(title)
        {
            continue;
        }
        let next = next_with_text(lines, i);
        parts[i] = next.is_some_and(|k| {
            markers[k].as_ref().is_some_and(|m| {
                m.is_of(scheme)
                    && m.label
                        .strip_prefix(letter)
                        .is_some_and(|n| n.starts_with('.'))
            })
        });
    }
    parts
}
