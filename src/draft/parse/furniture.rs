//! A page's furniture between the points, left out of them: advertisements, links to other
//! articles, photo credits, calls to subscribe, page numbers and print marks.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::build::MASTHEAD_LINES;
use super::closing::{MAIL_SEPARATORS, mail_field};
use super::headings::is_heading_like;
use super::markers::{bullet, is_sub_item, marker};
use super::sentences::{ends_sentence, small_word_at_end, starts_with_capital};
use super::{
    LeftOut, Line, gap_parts, lower_head, lower_is_one_of, next_with_text, prev_with_text,
};
use crate::draft::scan;
use crate::script;

/// Whole lines that web pages put between an article's paragraphs (compared lower-cased,
/// without a final colon): advertisements and the notes around them.
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "sponsored",
    "sponsored content",
    "реклама",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "reklama",
    "werbeanzeige",
    "إعلان",
    "اعلان",
    // A page's mark for what it left out of a quoted text, alone between excerpted points
    // (not `[…]`, a negotiating text's placeholder for what is still to be written).
    "(…)",
    "(...)",
];

/// Whole lines, compared as [`FURNITURE_LINES`] are, that no draft says, so that one is enough
/// (`Реклама` and `Advertisement` may head a law's section on advertising: those need two).
const FURNITURE_LINES_ALONE: &[&str] = &[
    "story continues below advertisement",
    "article continues below advertisement",
    "article continues below",
    "continue reading below",
    "skip advertisement",
    "scroll to continue with content",
    "اضافة اعلان",
    "إضافة إعلان",
    // A social network's lines around a post.
    "see translation",
    "translate post",
    "show more",
    "all reactions",
    "see more",
    "most relevant",
    "переглянути переклад",
    "показати переклад",
    "усі реакції",
    "найрелевантніші",
    "показать перевод",
    "все реакции",
    "самые актуальные",
    "übersetzung anzeigen",
    "voir la traduction",
    "zobacz tłumaczenie",
    // Turkish pages' `continued` between an article's paragraphs.
    "haberin devamı",
    "haberin devamı için tıklayınız",
];

/// Starts of lines that web pages put between an article's paragraphs, followed by a colon and
/// (on the line or the next) a link to another article: invitations to read it
/// ([`READ_LINKS`]) and these, which a law may also say of its own articles.
const SEE_LINKS: &[&str] = &["дивіться також", "смотрите также"];

/// Starts of a photo's credit line (`Фото: Getty Images`), followed by a colon and a few
/// words with no figure (`Photo: 35 x 45 mm` is a requirement).
const FURNITURE_CREDITS: &[&str] = &["photo", "foto", "bild", "фото", "ілюстративне фото"];

/// The first letters of [`READ_LINKS`], [`SEE_LINKS`] and [`FURNITURE_CREDITS`], sorted: a
/// line that starts with none of them is not lower-cased to be compared with those prefixes
/// (looked up once, not tried against each of the prefixes on every line of a draft).
static PREFIX_FIRST_LETTERS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut letters: Vec<char> = READ_LINKS
        .iter()
        .chain(SEE_LINKS)
        .chain(FURNITURE_CREDITS)
        .filter_map(|p| p.chars().next())
        .collect();
    letters.sort_unstable();
    letters.dedup();
    letters
});

/// Most words of a photo credit after its colon.
const CREDIT_WORDS: usize = 6;

/// Longest line taken for page furniture: a headline or a caption, not a paragraph.
const FURNITURE_CHARS: usize = 200;

/// Fewest furniture lines a draft must show for any to be left out: one `Реклама` line may
/// be a law's section on advertising; a page shows its furniture more than once.
pub const MIN_FURNITURE: usize = 2;

/// What a line of web page furniture is ([`page_furniture`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Furniture {
    /// The line alone (`Реклама`, `Read also: Allies react`, `(AP Photo/…)`).
    Line,
    /// A link's announcement whose headline is the next line (`Дивіться також:`).
    WithNext,
    /// An invitation to read another article whose headlines are the next lines (`Читайте
    /// також:`, `Mehr zum Thema`, `LEGGI ANCHE`): with a headline under it, one is enough.
    ReadNext,
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
    /// A page's buttons to share it (`Поделиться: ВКонтакте Одноклассники Telegram`): no
    /// draft's line is only that, wherever it stands (under a menu's bar too): one is enough.
    Share,
    /// A word processor's balloon of a change (`Deleted: noon`, `Inserted: …`), as a document
    /// printed with its markup shows it in the margin: left out when there are two, or a
    /// [`Furniture::Review`] balloon too, counted apart from the page's furniture.
    Change,
    /// A word processor's comment or formatting balloon, as a document printed with its
    /// markup shows it in the margin (`Commented [JS1]: …`, `Formatted: Highlight`): one is
    /// enough.
    Review,
    /// A messenger channel's button-like call alone on its line (`➡️ Підписатися`), often
    /// after an arrow that reads as a bullet: one is enough, bullet or not.
    Call,
    /// A page's call to follow it on a messenger or a newsletter, naming it (`Підписуйтесь на
    /// наш Telegram-канал`, `Abonnez-vous à notre canal Telegram`): with its capital it is no
    /// sentence's continuation, even under a point that does not end in a stop; but one is
    /// not enough (a social-media policy, a school's circular and a site's terms say it as
    /// their own text), unless it ends the page.
    Subscribe,
    /// A photo's caption label whose caption is the next line (`Підпис до фото,`): one is
    /// enough.
    CaptionNext,
    /// The attribution line under a social post embedded in a page (`— Name (@handle)
    /// December 23, 2025`): with the post's paragraph above it, one is enough.
    Post,
    /// A chat's message header (`Anna K  9:14 AM`, `[14:05] Oleh P`) or mark (`(edited)`, `3
    /// replies Last reply today at 9:40 AM`),
    /// as a channel copied from Slack or Teams shows it: a line of its own, whatever stands
    /// before it (the message above ends as its writer left it).
    Chat,
}

/// Is the line the attribution under a social post embedded in a page: a dash, a name, a
/// handle in brackets and a date with its year (`— Name (@handle) December 23, 2025`)?
fn post_attribution(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['—', '–', '-']) else {
        return false;
    };
    let Some(open) = rest.find("(@") else {
        return false;
    };
    let Some(close) = rest[open..].find(')') else {
        return false;
    };
    let handle = &rest[open + 2..open + close];
    let date = rest[open + close + 1..].trim();
    !handle.is_empty()
        && handle.chars().all(|c| c.is_alphanumeric() || c == '_')
        && date
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .is_some_and(|year| year.len() == 4)
}

/// How Word labels the balloons of a document printed with its markup, each on a line of its
/// own in the margin (`Deleted: noon`, `Moved (insertion) [1]`), in English, German and
/// French: the deleted or moved words, not the draft's ([`Furniture::Change`]: a draft may say
/// `Deleted:` once).
const CHANGE_BALLOONS: &[&str] = &[
    "Deleted:",
    "Inserted:",
    "Moved (insertion) [",
    "Moved (deletion) [",
    "Moved up [",
    "Moved down [",
    "Gelöscht:",
    "Eingefügt:",
    "Supprimé :",
    "Supprimé:",
    "Inséré :",
    "Inséré:",
];

/// Balloons no draft's own line opens with ([`Furniture::Review`]): a comment with the
/// reviewer's initials and its number (`Comment [JS1]:`, `Commented [JS1]:`) and a change of
/// format (`Formatted: Font: Bold`).
const REVIEW_BALLOONS: &[&str] = &[
    "Formatted:",
    "Formatted Table",
    "Formatiert:",
    "Mis en forme :",
    "Mis en forme:",
];

/// The comment balloons' labels, before the reviewer's initials and number in brackets.
const COMMENT_BALLOONS: &[&str] = &[
    "Comment [",
    "Commented [",
    "Kommentiert [",
    "Commenté [",
    "Примечание [",
    "Примітка [",
    "Коментар [",
    "Комментарий [",
];

/// The letters every label of [`COMMENT_BALLOONS`] starts with (a test checks).
const BALLOON_INITIALS: [char; 4] = ['C', 'K', 'П', 'К'];

/// The comment's anchor if `s` is a word processor's comment balloon: a label of
/// [`COMMENT_BALLOONS`], the reviewer's initials and the comment's number (`JS1`; not a
/// footnote's `[12]`), a bracket and a colon; the whole balloon may stand in brackets, as
/// some exports write it (`[Comment [AK1]: check the numbering]`).
pub(super) fn comment_balloon(s: &str) -> Option<&str> {
    let s = match s.trim_end().strip_suffix(']') {
        Some(inner) => inner.strip_prefix('[').unwrap_or(s),
        None => s,
    };
    // Most lines are no balloon at their first letter.
    if !s.starts_with(BALLOON_INITIALS) {
        return None;
    }
    COMMENT_BALLOONS.iter().find_map(|label| {
        let (id, after) = s.strip_prefix(label)?.split_once(']')?;
        ((2..=12).contains(&id.len())
            && id.chars().all(char::is_alphanumeric)
            && id.starts_with(|c: char| c.is_alphabetic())
            && id.ends_with(|c: char| c.is_ascii_digit())
            && after.trim_start().starts_with(':'))
        .then_some(id)
    })
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
    // A press release's banner over its headline.
    "for immediate release",
    // A live page's controls, as a copy keeps them.
    "please turn on javascript to use this feature",
    "show key events only",
    "увімкніть javascript, щоб скористатися цією функцією",
    "включите javascript, чтобы воспользоваться этой функцией",
];

/// A newsletter's paywall under the part of a post shown free (`Keep reading with a 7-day
/// free trial`, `Subscribe to Marta's Newsletter to keep reading this post…`, `Already a paid
/// subscriber? Sign in`), as a copy of the page keeps it.
fn paywall_line(s: &str) -> bool {
    (s.starts_with("Keep reading with a ") && s.trim_end().ends_with("free trial"))
        || (s.starts_with("Subscribe to ") && s.contains(" to keep reading this post"))
        || s.trim_end() == "Already a paid subscriber? Sign in"
}

/// Words for a page in a page's footer or header (`Page 2 of 3`, `Стор. 2`), and for a slide
/// in a presentation's copy, whose counter stands over each slide's text (`Слайд 2 из 4`,
/// `Slide 3 of 12`), lower-cased.
const PAGE_WORDS: &[&str] = &[
    "page",
    "slide",
    "слайд",
    "folie",
    "diapositive",
    "diapositiva",
    "slajd",
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

/// The chambers' abbreviations in an American bill's print mark ([`us_bill_print_line`]): a
/// House or Senate bill, resolution, joint or concurrent resolution.
const US_BILL_KINDS: &[&str] = &[
    "HR", "S", "HRES", "SRES", "HJ", "SJ", "HC", "SC", "HJRES", "SJRES", "HCONRES", "SCONRES",
];

/// Is the line an American bill's print mark, as the Government Publishing Office prints it at
/// the foot of every page (`•HR 4321 IH`, `•S 88 RS`): the bill's kind ([`US_BILL_KINDS`]),
/// its number and the version's code (two to four capitals: `IH` introduced in the House,
/// `RS` reported in the Senate, `ENR` enrolled), after its bullet (a note that cites the bill,
/// `HR 4410 IH`, has none)? A copy of the PDF keeps it between the sections.
fn us_bill_print_line(s: &str) -> bool {
    let Some(s) = s.strip_prefix(['•', '·', '∙']) else {
        return false;
    };
    let mut words = s.split_whitespace();
    let (Some(kind), Some(number), Some(version), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return false;
    };
    US_BILL_KINDS.contains(&kind)
        && (1..=5).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && (2..=4).contains(&version.len())
        && version.bytes().all(|b| b.is_ascii_uppercase())
}

/// Is the line a United Nations document's print mark alone: its symbol as a running header
/// (`A/ES-11/L.9`, `S/RES/2728 (2024)`), its job number with the language and date (`25-03011
/// (E)    010325`), its barcode (`*2503011*`), or a page count with the job number (`2/2
/// 25-03011`)? A copy of the PDF keeps them between the paragraphs.
pub(super) fn un_print_line(s: &str) -> bool {
    // (More than four words: the fifth is as far as a line's words are counted.)
    if s.len() > 4 * FURNITURE_LINE_BYTES || s.split_whitespace().nth(4).is_some() {
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
    let symbol = un_symbol;
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

/// Most words of the short title beside a United Nations document's symbol in its running
/// header ([`un_running_title`]).
pub const UN_TITLE_WORDS: usize = 10;

/// A United Nations document's symbol (`A/RES/68/262`, `S/RES/2728`, `A/ES-11/L.9`).
pub(super) fn un_symbol(w: &str) -> bool {
    w.len() >= 5
        && ["A/", "S/", "E/"].iter().any(|p| w.starts_with(p))
        && w.contains(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "/.-".contains(c))
}

/// How many lines from a United Nations print mark ([`un_print_line`]) its page's running
/// title ([`un_running_title`]) is looked for.
pub const UN_MARK_REACH: usize = 2;

/// The first lines with text of a United Nations document, where its masthead names its
/// symbol (`United Nations A/RES/80/17`).
pub const UN_TOP_LINES: usize = 3;

/// When the line is a United Nations document's running header, its symbol: the symbol, and
/// before or after it the short title of the resolution, with a capital and unpunctuated
/// (`A/RES/68/262 Territorial integrity of Ukraine`, `Territorial integrity of Ukraine
/// A/RES/68/262`), as a copy of its PDF keeps it at the top of every page but the first.
/// Taken only next to the print marks at a page's foot ([`UN_MARK_REACH`]) and with the
/// document's own symbol: a line of the preamble may end with a symbol (`Recalling its
/// resolution A/RES/68/262`). A line of the text that opens with a symbol goes on with small
/// words (`A/RES/68/262 of 27 March 2014`).
pub(super) fn un_running_title(s: &str) -> Option<&str> {
    let (first, rest) = s.split_once(' ')?;
    let (symbol, title) = if un_symbol(first) {
        (first, rest)
    } else {
        match s.rsplit_once(' ') {
            Some((title, last)) if un_symbol(last) => (last, title),
            _ => return None,
        }
    };
    let title = title.trim();
    (title.starts_with(char::is_uppercase)
        && title.split_whitespace().nth(UN_TITLE_WORDS).is_none()
        && is_heading_like(title)
        && !title.contains([',', ';', ':']))
    .then_some(symbol)
}

/// Is the line a printed page's header with its number between dashes, codes beside it
/// (`PCOEJ1499 - 2 - PC.DEC/9999`, as the OSCE prints a journal's number and a decision's
/// symbol over each page after the first): on each side a few words that are codes or names
/// (each with a letter, and a capital, a slash or a stop; no figure nor small word)? A
/// sentence between dashes (`Article 2 - 3 - 4`, `weeks - 2 - and`) is no header, nor an
/// order's row (`Notebook T14 – 12 – EUR 1.150,00`).
fn dashed_page_header(s: &str) -> bool {
    const SIDE_WORDS: usize = 3;
    // (Vectorised searches first: most lines with a figure have no dash spaced so.)
    if s.len() > FURNITURE_LINE_BYTES || !DASHES.iter().any(|d| scan::has(s, d)) {
        return false;
    }
    let mut words = [""; 2 * SIDE_WORDS + 3];
    let mut n = 0;
    for w in s.split_whitespace() {
        if n == words.len() {
            return false;
        }
        words[n] = w;
        n += 1;
    }
    let words = &words[..n];
    // (A figure with its separators, `1.150,00`, is no code.)
    let code = |w: &str| {
        w.contains(char::is_alphabetic)
            && (w.starts_with(char::is_uppercase) || w.contains(['/', '.']))
    };
    (0..n.saturating_sub(2)).any(|k| {
        DASHES.contains(&words[k])
            && words[k + 2] == words[k]
            && (1..=4).contains(&words[k + 1].len())
            && words[k + 1].bytes().all(|b| b.is_ascii_digit())
            && n > 3
            && k <= SIDE_WORDS
            && n - (k + 3) <= SIDE_WORDS
            && words[..k].iter().chain(&words[k + 3..]).all(|w| code(w))
    })
}

/// Dashes a printed page's number may stand between (`- 2 -`).
const DASHES: &[&str] = &["-", "–", "—"];

/// Is the line a page's footer or header: a page word ([`PAGE_WORDS`]), its number, and
/// perhaps the count of pages (`Page 1 of 3`, `Сторінка 2 з 5`, `Seite 3/4`), or a number
/// between dashes (`- 2 -`), alone, beside a running header (`running_header`) or between
/// codes (`dashed_page_header`)?
pub(super) fn page_number_line(s: &str) -> bool {
    page_number_alone(s) || running_header(s) || dashed_page_header(s) || council_footer(s)
}

/// The languages of the European Union's documents, as a footer names the one it is in.
pub(super) const EU_LANGUAGES: &[&str] = &[
    "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "GA", "HR", "HU", "IT", "LT", "LV",
    "MT", "NL", "PL", "PT", "RO", "SK", "SL", "SV",
];

/// A page's footer in a document of the Council of the European Union, as a copy of its PDF
/// keeps it between the paragraphs: the document's number, the drafters' initials and the
/// page (`15012/25 AB/cd 2`, `9876/1/25 REV 1 XY/ab 3`), or the line under it, in capitals,
/// with the directorate's code and the language (`ANNEX RELEX.1 LIMITE EN`, `GIP.B EN`).
fn council_footer(s: &str) -> bool {
    // (No allocation: a line of every draft with a figure comes here.)
    if s.len() > 64 || !(2..=7).contains(&s.split_whitespace().count()) {
        return false;
    }
    let words = || s.split_whitespace();
    let number = |w: &str| {
        (2..=3).contains(&w.split('/').count())
            && w.split('/')
                .all(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
            && w.rsplit('/').next().is_some_and(|year| year.len() == 2)
    };
    let initials = |w: &str| {
        w.split_once('/').is_some_and(|(a, b)| {
            (2..=4).contains(&a.len())
                && (2..=4).contains(&b.len())
                && a.bytes().all(|c| c.is_ascii_uppercase())
                && b.bytes().all(|c| c.is_ascii_lowercase())
        })
    };
    if words().next().is_some_and(number) && words().any(initials) {
        return true;
    }
    let language = words().last().is_some_and(|w| EU_LANGUAGES.contains(&w));
    let code = |w: &str| {
        w == "LIMITE"
            || (w.contains('.')
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.')
                && w.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    // (`ANNEX` in the document's language: `ZAŁĄCZNIK`, `ANHANG`.)
    language
        && words().any(code)
        && words().all(|w| {
            w.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
        })
}

/// Is the line a printed page's running header or footer: columns set apart by a tab or
/// three spaces at least, the first or the last a page's number ([`page_number_alone`]), the
/// others short, unpunctuated and capitalised (`DRAFT FRAMEWORK AGREEMENT - CONFIDENTIAL
/// Page 1 of 3`), as a copy of a PDF keeps it between the paragraphs? A wrapped sentence's
/// line beside a page's number (`discuss progress`, a tab, `Page 1 of 2`) is the point's text.
fn running_header(s: &str) -> bool {
    // (Vectorised searches: a point's line of text comes here.)
    if s.len() > 4 * FURNITURE_LINE_BYTES || !(scan::has_byte(s, b'\t') || scan::has(s, "   ")) {
        return false;
    }
    let columns: Vec<&str> = gap_parts(s, "   ").collect();
    let (Some(first), Some(last)) = (columns.first(), columns.last()) else {
        return false;
    };
    columns.len() >= 2
        && (page_number_alone(first) || page_number_alone(last))
        && columns.iter().all(|c| {
            page_number_alone(c) || (is_heading_like(c) && c.starts_with(char::is_uppercase))
        })
}

/// Is the line a page's number alone ([`page_number_line`])?
fn page_number_alone(s: &str) -> bool {
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
    "lesen sie auch",
    "lire aussi",
    "à lire aussi",
    "lea también",
    "lee también",
    "lee además",
    "lea además",
    "leggi anche",
    "czytaj także",
    "czytaj też",
    "zobacz też",
    "zobacz także",
    "przeczytaj też",
    "przeczytaj także",
    "mehr zum thema",
    "más información",
    "leia também",
    "veja também",
    "lees ook",
    "по теме",
    "по темі",
    "більше на тему",
    "більше по темі",
    "больше по теме",
    "читать также",
    "читайте ще",
    "читайте ещё",
    "related",
    "related articles",
    "related stories",
    "more on this story",
    "ilgili haberler",
    // Czech and Turkish pages' invitations (`Čtěte také: …`, `Ayrıca okuyun: …`; Turkish `I`
    // lower-cases to a dotted `i` outside Turkish, hence both spellings).
    "čtěte také",
    "čtěte též",
    "přečtěte si také",
    "ayrıca okuyun",
    "ayrica okuyun",
    // The headings of a box of other stories' teasers between the points (Kyiv Post's), over
    // their headlines and blurbs ([`TEASER_BOXES`]).
    "other topics of interest",
    "you may also like",
    "you might also like",
];

/// Labels of a photo in a page copied with its captions (BBC's `Автор фото,Reuters`, then
/// `Підпис до фото,` over the caption), lower-cased: no draft opens a line so.
const CAPTION_LABELS: &[&str] = &[
    "автор фото,",
    "підпис до фото,",
    "подпись к фото,",
    "image source,",
    "image caption,",
    "fuente de la imagen,",
    "pie de foto,",
];

/// HTML block tags alone on their lines, as note apps export a callout (`<aside>` …
/// `</aside>`), and the tags a printing office sets around a bill's text (`<DOC>`, `<all>`),
/// lower-cased: markup, not the draft's words.
const BLOCK_TAGS: &[&str] = &[
    "<aside>",
    "</aside>",
    "<details>",
    "</details>",
    "<summary>",
    "</summary>",
    // The marks around an American bill's text as the Government Publishing Office prints it.
    "<doc>",
    "<all>",
];

/// How an agency's gallery caption ends (`[2/3] Delegates arrive… REUTERS/Name Purchase
/// Licensing Rights, opens new tab`, the link's note already gone), lower-cased: no draft
/// says that.
const CAPTION_ENDS: &[&str] = &["purchase licensing rights"];

/// Words after a count under a social network's post (`312 comments`, `1.2M Views`, `245
/// коментарів`).
const SOCIAL_COUNTS: &[&str] = &[
    "comments",
    "comment",
    "views",
    "likes",
    "reposts",
    "retweets",
    "bookmarks",
    "reactions",
    "коментарів",
    "коментарі",
    "коментар",
    "переглядів",
    "комментариев",
    "комментария",
    "комментарий",
    "просмотров",
    "kommentare",
    "komentarzy",
    "commentaires",
];

/// Words after a count of a post's shares (`518 shares`, `87 поширень`): a shareholders'
/// table says `1,200 shares` too, so alone such a count is furniture only beside other
/// furniture ([`beside_furniture`]); after a count of comments on its line it is one.
const SHARE_COUNTS: &[&str] = &[
    "shares",
    "share",
    "quotes",
    "поширень",
    "поширення",
    "репостов",
    "репоста",
    "geteilt",
    "udostępnień",
    "partages",
];

/// A count under a social network's post: `312 comments`, `1.2M Views`, or counts side by side
/// (`245 коментарів  87 поширень`), one of them not of shares. (`1,200 shares` may be a
/// shareholders' table and a figure alone a table's cell: those are left out only beside
/// other furniture, see [`beside_furniture`].)
fn social_count_line(s: &str) -> bool {
    // (Every short line passes here: one that does not open with a figure stops at once.)
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut words = s.split_whitespace();
    let (mut pairs, mut comments) = (0, false);
    while let Some(count) = words.next() {
        let Some(word) = words.next() else {
            return false;
        };
        if !figure(count.trim_end_matches(['K', 'M', 'k'])) {
            return false;
        }
        if lower_is_one_of(word, SOCIAL_COUNTS) {
            comments = true;
        } else if !lower_is_one_of(word, SHARE_COUNTS) {
            return false;
        }
        pairs += 1;
    }
    pairs <= 3 && comments
}

/// Digits with their group separators or decimal point (`1,200`, `2.4`), nothing else.
fn figure(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// A social network's buttons under a post, each alone on its line or under a comment after
/// its time (`1 год.  Подобається  Відповісти`).
const SOCIAL_BUTTONS: &[&str] = &[
    "like",
    "comment",
    "share",
    "reply",
    "repost",
    "подобається",
    "коментувати",
    "поширити",
    "відповісти",
    "нравится",
    "комментировать",
    "поделиться",
    "ответить",
    "teilen",
    "kommentieren",
    "antworten",
    "commenter",
    "partager",
    "répondre",
];

/// Units of a comment's age before its buttons (`1 год.`, `2 h`, `5 хв`), and of a count in
/// thousands (`1,2 тис.`).
const AGE_UNITS: &[&str] = &["h", "m", "d", "w", "год.", "хв", "д.", "ч.", "мин.", "дн."];
const THOUSANDS: &[&str] = &["тис.", "тыс.", "tys."];

/// A line of a post's footer that is furniture only right beside another furniture line: a
/// button ([`SOCIAL_BUTTONS`]), two or more side by side after a comment's age, a count alone
/// in thousands or millions (`2.4K`, `1,2 тис.`), `518 shares`, a forum vote's score (`-1`,
/// `+12`). Alone, each may be a draft's heading
/// (`Share`, `Comment`) or a table's figure.
fn beside_furniture(s: &str) -> bool {
    // Reactions' emoji before a count (`👍❤️😢 1,2 тис.`).
    let s = s.trim_start_matches(|c: char| !(c.is_alphanumeric() || "+-".contains(c)));
    // Buttons side by side, after a comment's age (`1 год.  Подобається  Відповісти`, `Like
    // · Reply · 2h`). (Every line passes here: nothing is allocated, and a line stops at its
    // first word that is neither.)
    if s.len() <= FURNITURE_LINE_BYTES && buttons_after_age(s) {
        return true;
    }
    let mut words = s.split_whitespace();
    let (Some(count), word, None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    if word.is_none() && lower_is_one_of(count, SOCIAL_BUTTONS) {
        return true;
    }
    let digits = count.trim_end_matches(['K', 'M', 'k']);
    match word {
        None => {
            (figure(digits) && digits.len() < count.len())
                || count.strip_prefix(['-', '+']).is_some_and(|n| {
                    n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()) && figure(n)
                })
        }
        Some(w) => {
            figure(count) && (lower_is_one_of(w, SHARE_COUNTS) || lower_is_one_of(w, THOUSANDS))
        }
    }
}

/// Is the line a social network's button alone (`Like`) or its buttons side by side under a
/// post or a comment ([`buttons_after_age`])?
pub(super) fn social_buttons(t: &str) -> bool {
    let t = t.trim();
    lower_is_one_of(t, SOCIAL_BUTTONS) || (t.len() <= FURNITURE_LINE_BYTES && buttons_after_age(t))
}

/// Is the line two or more of a social network's buttons ([`SOCIAL_BUTTONS`]) side by side,
/// a comment's age among them or not (`1 год.  Подобається  Відповісти`, `Like · Reply · 2h`)?
fn buttons_after_age(s: &str) -> bool {
    let mut words = s
        .split(|c: char| c.is_whitespace() || c == '·')
        .filter(|w| !w.is_empty());
    let mut buttons = 0;
    while let Some(t) = words.next() {
        if lower_is_one_of(t, SOCIAL_BUTTONS) {
            buttons += 1;
        } else if t.bytes().all(|b| b.is_ascii_digit()) {
            // `1 год.`: a figure, then its unit; or last, after the buttons, the comment's
            // likes (`2h  Like  Reply  14`).
            match words.next() {
                Some(u) if lower_is_one_of(u, AGE_UNITS) => {}
                None if buttons >= 2 => {}
                _ => return false,
            }
        } else if !t
            .strip_suffix(['h', 'm', 'd', 'w'])
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        {
            return false;
        }
    }
    buttons >= 2
}

/// A post's time and date line on a social network (`12:31 PM · Nov 21, 2025`): a clock, then
/// a short date with its year (an agenda's `09:00 · Registration, Hall 2` is none).
fn post_time_line(s: &str) -> bool {
    let Some((time, date)) = s.split_once(" · ") else {
        return false;
    };
    let clock = time.trim_end_matches([' ', 'A', 'P', 'M']);
    let (h, m) = clock.split_once(':').unwrap_or(("", ""));
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        && script::word_count(date) <= 4
        && date.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_digit());
            w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
        })
        && s.len() <= FURNITURE_LINE_BYTES
}

/// A chat's own mark on a line of its own: a thread's count of replies ([`thread_line`], no
/// sentence: `14 replies were received.` is a report's) or an edited message's `(edited)`.
fn chat_mark(t: &str) -> bool {
    t == "(edited)" || (thread_line(t) && !t.ends_with('.'))
}

/// A chat thread's count under a message (`3 replies Last reply today at 9:40 AM`), or its
/// second half on a line of its own (`Last reply 2 hours ago`).
fn thread_line(s: &str) -> bool {
    if let Some(when) = s.strip_prefix("Last reply ") {
        return when.split_whitespace().count() <= 4
            && !when.ends_with('.')
            && (when.ends_with(" ago")
                || when.starts_with("today")
                || when.starts_with("yesterday")
                || when.bytes().any(|b| b.is_ascii_digit()));
    }
    let mut words = s.split_whitespace();
    words
        .next()
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        && words.next().is_some_and(|w| w == "replies" || w == "reply")
}

/// The header Telegram's desktop app writes over each message copied with others (`Example
/// Channel, [24.11.2025 12:40]`): a name of one to six words, a comma, and the date and time
/// in brackets ending the line. A channel's post split over several messages was copied so,
/// and the header stood in the point above.
fn copied_message_header(s: &str) -> bool {
    const NAME_WORDS: usize = 6;
    let Some(inner) = s.strip_suffix(']') else {
        return false;
    };
    let Some((name, stamp)) = inner.rsplit_once(", [") else {
        return false;
    };
    let Some((date, time)) = stamp.split_once(' ') else {
        return false;
    };
    (1..=NAME_WORDS).contains(&name.split_whitespace().count())
        && date.contains(['.', '/'])
        && date
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'/')
        && time.contains(':')
        && time.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// A channel post's count of views under it, as a copy from Telegram keeps it (`👁 12K`,
/// `👁 12K 09:01`, `👁 1,2 тис.`): the eye, a figure (with `K`, `M`, `тис.`) and perhaps the
/// time. Before, it was the text of the point above.
fn views_line(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('👁') else {
        return false;
    };
    let mut words = rest.trim_start_matches('\u{fe0f}').split_whitespace();
    let count = words
        .next()
        .is_some_and(|w| figure(w.trim_end_matches(['K', 'M', 'k'])));
    let mut rest = words.peekable();
    if rest
        .peek()
        .is_some_and(|w| lower_is_one_of(w, &["тис.", "тыс.", "млн"]))
    {
        rest.next();
    }
    count && rest.next().is_none_or(clock) && rest.next().is_none()
}

/// A post's reactions as a copy from Telegram keeps them under it (`👍 1,4 тис.  🔥 212  😢
/// 35`): two pairs or more of an emoji and its count (a figure, with `K`, `M`, `тис.`), and
/// nothing else.
fn reactions_line(s: &str) -> bool {
    let emoji = |w: &str| {
        !w.is_empty()
            && w.chars()
                .all(|c| !c.is_alphanumeric() && !c.is_ascii() && c != '—')
    };
    let mut words = s.split_whitespace().peekable();
    let mut pairs = 0;
    while let Some(w) = words.next() {
        let count = words.next();
        if !emoji(w) || !count.is_some_and(|c| figure(c.trim_end_matches(['K', 'M', 'k']))) {
            return false;
        }
        if words
            .peek()
            .is_some_and(|u| lower_is_one_of(u, &["тис.", "тыс.", "млн"]))
        {
            words.next();
        }
        pairs += 1;
    }
    pairs >= 2
}

/// Is `t` a clock's time alone (`9:14`, `09:01`): one or two digits, a colon and two?
pub(super) fn clock(t: &str) -> bool {
    let (h, m) = t.split_once(':').unwrap_or(("", ""));
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// What a messenger writes over a forwarded message, naming the channel (`Forwarded from
/// Example Channel`, `Переслано з Новини Міста`): the header, then a name of one to four
/// words, each with a capital (`Forwarded from the ministry, as agreed` is a sentence).
fn messenger_line(s: &str) -> bool {
    // (Not a reply's line: `In reply to Councillor Brown` may be a point's wrapped text.)
    const HEADERS: &[&str] = &[
        "Forwarded from ",
        "Переслано з ",
        "Переслано от ",
        "Переслано від ",
    ];
    const NAME_WORDS: usize = 4;
    HEADERS.iter().any(|h| {
        s.strip_prefix(h).is_some_and(|name| {
            let words = name.split_whitespace().count();
            (1..=NAME_WORDS).contains(&words)
                && !name.ends_with([',', ';', ':', '!', '?'])
                && name
                    .split_whitespace()
                    .all(|w| !w.starts_with(char::is_lowercase))
        })
    })
}

/// Most words of a channel's name over a forwarded post's header ([`channel_over_forward`]).
const CHANNEL_WORDS: usize = 4;

/// The channel's name a messenger's copy opens with, right over the header of the post it
/// forwarded (`Frontline Digest` over `Forwarded from Kyiv Wire Live`), when the header was
/// left out: the first line with text, of one to [`CHANNEL_WORDS`] words none in small
/// letters, ending no sentence. Marks it found; returns the pieces of furniture found.
fn channel_over_forward(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let Some(first) = lines.iter().position(|l| !l.text.trim().is_empty()) else {
        return 0;
    };
    let name = lines[first].text.trim();
    let words = name.split_whitespace().count();
    let channel = found.get(first + 1) == Some(&true)
        && messenger_line(lines[first + 1].text.trim())
        && !found[first]
        && (1..=CHANNEL_WORDS).contains(&words)
        && !name.ends_with(['.', ',', ';', ':', '!', '?'])
        && name
            .split_whitespace()
            .all(|w| !w.starts_with(char::is_lowercase));
    if channel {
        found[first] = true;
    }
    usize::from(channel)
}

/// A reaction under a chat message as a copy from Slack keeps it: the emoji's shortcode alone
/// on its line (`:+1:`, `:eyes:`, `:white_check_mark:`), its count on the next.
fn reaction_shortcode(s: &str) -> bool {
    s.len() >= 3
        && s.strip_prefix(':')
            .and_then(|r| r.strip_suffix(':'))
            .is_some_and(|name| {
                name.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_+-".contains(&b))
            })
}

/// Marks the count under each reaction's shortcode ([`reaction_shortcode`], `:+1:` over `3`)
/// as furniture with it, returning how many it marked. Before, the counts were the text of
/// the point the message ended with.
fn reaction_counts(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let mut marked = 0;
    for i in 1..lines.len() {
        let t = lines[i].text.trim();
        if found[i - 1]
            && reaction_shortcode(lines[i - 1].text.trim())
            && (1..=4).contains(&t.len())
            && t.bytes().all(|b| b.is_ascii_digit())
        {
            found[i] = true;
            marked += 1;
        }
    }
    marked
}

/// A chat message's header: a writer's name of one to three words, each with a capital,
/// and the time with its `AM` or `PM` (`Anna K  9:14 AM`), or the time in brackets before the
/// name (`[14:05] Oleh P`): the writer's name. A name and a bare time (`Session 10:00`)
/// may be an agenda's, and so may a title with its time (`Opening Plenary 9:30 AM`): only a
/// writer with two messages makes a chat (see [`without_furniture`]).
fn chat_writer(s: &str) -> Option<String> {
    const NAME_WORDS: usize = 3;
    let name = |words: &[&str]| {
        (1..=NAME_WORDS).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
            })
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    if let Some(rest) = s.strip_prefix('[')
        && let Some((time, after)) = rest.split_once(']')
    {
        let time = time.trim_end_matches([' ', 'A', 'P', 'M']);
        let after: Vec<&str> = after.split_whitespace().collect();
        return (clock(time) && name(&after)).then(|| after.join(" "));
    }
    match words.as_slice() {
        [names @ .., time, noon] if ["AM", "PM"].contains(noon) && clock(time) && name(names) => {
            Some(names.join(" "))
        }
        _ => None,
    }
}

/// Is the line a web page's furniture rather than the draft's text: an advertisement's
/// marker, a link to another article (`Read also: …`, `ЧИТАЙТЕ ТАКОЖ: …`), or a photo's
/// credit (`Фото: Getty Images`, a caption ending `(AP Photo/Name)` or `/ © Agency`)? Copied
/// from a news page, these stand between the points, where they became section headings or
/// the text of the point above.
pub(super) fn page_furniture(line: &str) -> Option<Furniture> {
    // Print marks have a figure, and only short lines are print marks.
    let trimmed = line.trim();
    if trimmed.len() <= 4 * FURNITURE_LINE_BYTES
        && trimmed.bytes().any(|b| b.is_ascii_digit())
        && (page_number_line(trimmed) || un_print_line(trimmed) || us_bill_print_line(trimmed))
    {
        return Some(Furniture::PageNumber);
    }
    if consolidation_mark(trimmed) || update_stamp(trimmed) {
        return Some(Furniture::SiteLine);
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
    if paywall_line(s) {
        return Some(Furniture::SiteLine);
    }
    if comment_balloon(s).is_some() || REVIEW_BALLOONS.iter().any(|b| s.starts_with(b)) {
        return Some(Furniture::Review);
    }
    // Not an amendment's quoted words (`Deleted: "within thirty days".`).
    if let Some(b) = CHANGE_BALLOONS.iter().find(|b| s.starts_with(*b))
        && !s[b.len()..]
            .trim_start()
            .starts_with(['"', '“', '„', '«', '\'', '‘'])
    {
        return Some(Furniture::Change);
    }
    // (Lowered only when it may be one: no stop, and a first letter that starts a label or a
    // network.)
    if s.chars()
        .next()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| SHARE_FIRST_LETTERS.contains(c))
        && s.len() <= 3 * FURNITURE_LINE_BYTES
        && !s.contains('.')
        && share_line(&s.to_lowercase())
    {
        return Some(Furniture::Share);
    }
    if s.len() <= FURNITURE_LINE_BYTES {
        if social_count_line(trimmed) {
            return Some(Furniture::Line);
        }
        if post_time_line(s) {
            return Some(Furniture::Line);
        }
        if chat_writer(trimmed).is_some() || chat_mark(trimmed) || reaction_shortcode(trimmed) {
            return Some(Furniture::Chat);
        }
        if copied_message_header(trimmed)
            || messenger_line(trimmed)
            || views_line(trimmed)
            || reactions_line(trimmed)
        {
            return Some(Furniture::SiteLine);
        }
        // Without the dot that Turkish `İ` keeps in small letters (`İLGİLİ` → `i̇lgi̇li̇`).
        let lower = s.to_lowercase().replace('\u{307}', "");
        let bare = lower.trim_end_matches([':', ' ', '!', '.']);
        // A photo's label, its caption on the next line when nothing follows the comma.
        if let Some(label) = CAPTION_LABELS.iter().find(|l| lower.starts_with(*l)) {
            return Some(if lower.len() == label.len() {
                Furniture::CaptionNext
            } else {
                Furniture::SiteLine
            });
        }
        if post_attribution(trimmed) {
            return Some(Furniture::Post);
        }
        // A note app's block tag alone on its line (Notion's `<aside>` … `</aside>`).
        if BLOCK_TAGS.contains(&trimmed.to_lowercase().as_str()) {
            return Some(Furniture::SiteLine);
        }
        if language_switcher(trimmed) || reading_time(&lower) {
            return Some(Furniture::SiteLine);
        }
        if CALLS.contains(&bare) {
            return Some(Furniture::Call);
        }
        // An invitation to read more with no colon, its headline on the next line (`Lesen
        // Sie auch`).
        if READ_LINKS.contains(&bare) {
            return Some(Furniture::ReadNext);
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
    let candidate = PREFIX_FIRST_LETTERS.binary_search(&first).is_ok();
    let head = if candidate {
        lower_head(s, PREFIX_CHARS)
    } else {
        String::new()
    };
    let after_prefix = |prefixes: &[&str]| {
        // (No head, no prefix: a line whose first letter starts none is not run through them.)
        if head.is_empty() {
            return None;
        }
        prefixes.iter().find_map(|prefix| {
            if !head.starts_with(prefix) {
                return None;
            }
            // The prefixes' letters have the same length in both cases.
            let rest = s.get(prefix.len()..)?.trim_start();
            // `Lire aussi | …`, as Le Monde sets it.
            rest.strip_prefix([':', '：', '|'])
                .or_else(|| on_the_site(rest))
                .map(str::trim)
        })
    };
    if is_subscribe_line(s) {
        return Some(Furniture::Subscribe);
    }
    // A headline, not a law's cross-reference (`Lire aussi : l'article L. 2335-2 du code`).
    let read = after_prefix(READ_LINKS)
        .filter(|after| !cites_an_article(after))
        .map(|after| (after, Furniture::ReadAlso));
    if let Some((after, kind)) = read.or_else(|| Some((after_prefix(SEE_LINKS)?, Furniture::Line)))
    {
        return Some(match (after.is_empty(), kind) {
            (true, Furniture::ReadAlso) => Furniture::ReadNext,
            (true, _) => Furniture::WithNext,
            (false, kind) => kind,
        });
    }
    if let Some(after) = after_prefix(FURNITURE_CREDITS) {
        // A name (`Getty Images`, `EPA`, `УНІАН`), not a requirement (`кольорове, на білому
        // тлі.`): a capital first, no figure, comma or full stop. In German (`Foto:`, `Bild:`,
        // words a law's list of documents also opens with: `Foto: Nicht älter als sechs
        // Monate`), the credit names its source with a slash or a ©: `Foto: Archiv/Name`.
        let latin = head.starts_with("foto") || head.starts_with("bild");
        let credit = after.starts_with(char::is_uppercase)
            && script::word_count(after) <= CREDIT_WORDS
            && !after.contains(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
            && (!latin || after.contains(['/', '©']));
        return credit.then_some(Furniture::Line);
    }
    // The line's last bytes, without case (the endings are ASCII; no allocation on a line
    // that every draft's every line passes through).
    let end = s.trim_end_matches(['.', ' ']);
    if CAPTION_ENDS.iter().any(|e| {
        end.len()
            .checked_sub(e.len())
            .and_then(|k| end.get(k..))
            .is_some_and(|t| t.eq_ignore_ascii_case(e))
    }) {
        return Some(Furniture::SiteLine);
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
    }) || (scan::has_char(s, '©') && s.contains("/ ©"))
        || caption_credit(s);
    (credit && s.chars().count() <= FURNITURE_CHARS).then_some(Furniture::Line)
}

/// The codes of the languages a news site offers its pages in, as its switcher lists them at
/// the top of a copied page (`ua en ru`, `UA | EN`, `УКР | РУС`), lower-cased.
const LANGUAGE_CODES: &[&str] = &[
    "ua", "uk", "ukr", "укр", "en", "eng", "ru", "rus", "рус", "de", "fr", "pl", "es", "it", "pt",
    "tr", "ar", "zh", "ja",
];

/// Longest line read as a language switcher, in bytes (eight codes and their bars).
const SWITCHER_BYTES: usize = 48;

/// Is the line a site's language switcher: two to eight language codes
/// ([`LANGUAGE_CODES`]), each all in small or all in capital letters, not all the same, apart
/// by spaces, bars, slashes or dots (`ua en ru`, `UA | EN | RU`)? Copied over a news page's
/// headline, it read as the draft's title. (Every short line passes here: nothing is
/// allocated, and a line stops at its first word that is no code.)
fn language_switcher(s: &str) -> bool {
    if s.len() > SWITCHER_BYTES {
        return false;
    }
    let (mut codes, mut first, mut differs) = (0, "", false);
    for t in s
        .split(|c: char| c.is_whitespace() || "|/·•".contains(c))
        .filter(|t| !t.is_empty())
    {
        let one_case = t.chars().all(char::is_lowercase) || t.chars().all(char::is_uppercase);
        let code = one_case && lower_is_one_of(t, LANGUAGE_CODES);
        if !code {
            return false;
        }
        codes += 1;
        if first.is_empty() {
            first = t;
        } else if !t
            .chars()
            .flat_map(char::to_lowercase)
            .eq(first.chars().flat_map(char::to_lowercase))
        {
            differs = true;
        }
    }
    (2..=8).contains(&codes) && differs
}

/// Languages' names in their own tongue, as a site's switcher spells them out, lower-cased
/// ([`language_names`]).
const LANGUAGE_NAMES: &[&str] = &[
    "english",
    "français",
    "deutsch",
    "español",
    "italiano",
    "português",
    "polski",
    "русский",
    "українська",
    "română",
    "türkçe",
    "čeština",
    "nederlands",
    "العربية",
    "عربي",
    "中文",
    "日本語",
    "简体中文",
    "繁體中文",
    "한국어",
    "беларуская",
    "қазақша",
    "eesti",
    "latviešu",
    "lietuvių",
    "magyar",
    "ελληνικά",
];

/// Is the line, over the title, a site's language switcher with the languages' names (`无障碍
/// 简  繁  English  Français  Русский  Español  عربي`, `Українська | English`): two names of
/// [`LANGUAGE_NAMES`] or more, among a dozen items at most, the others of three letters at
/// most (`简`, `繁`, `无障碍`)? Copied over a ministry's page, it read as the title. Asked only
/// of the lines above the title: in a point, such a line is the text's (`done in English and
/// French:` over `English   Français`).
pub(super) fn language_names(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    let items: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || "|/·•".contains(c))
        .filter(|t| !t.is_empty())
        .collect();
    let names = items.iter().filter(|t| LANGUAGE_NAMES.contains(t)).count();
    items.len() <= 12
        && names >= 2
        && items
            .iter()
            .all(|t| LANGUAGE_NAMES.contains(t) || t.chars().count() <= 3)
}

/// Words after a figure that say how long a page takes to read (`10 min read`, `5 хв
/// читання`), lower-cased.
const READ_AFTER_FIGURE: &[&str] = &[
    "min read",
    "minute read",
    "minutes read",
    "хв читання",
    "хвилин читання",
    "мин чтения",
    "минут чтения",
];

/// Words before a figure that say how long a page takes to read (`Reading time: 4 min`, `Час
/// читання: 4 хв`), lower-cased.
const READ_BEFORE_FIGURE: &[&str] = &[
    "reading time",
    "час читання",
    "время чтения",
    "lesezeit",
    "temps de lecture",
];

/// Is the line (lower-cased) only a page's reading time (`10 min read`, `Час читання: 4 хв`)?
fn reading_time(lower: &str) -> bool {
    let s = lower.trim_end_matches(['.', ' ']);
    let words = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    let after_figure = words.len() < s.len() && READ_AFTER_FIGURE.contains(&words);
    let before_figure = READ_BEFORE_FIGURE.iter().any(|w| {
        s.strip_prefix(w).is_some_and(|rest| {
            let rest = rest.trim_start_matches([':', ' ']);
            rest.starts_with(|c: char| c.is_ascii_digit()) && script::word_count(rest) <= 2
        })
    });
    after_figure || before_figure
}

/// News agencies and pools whose photographers' credits read `AGENCY/Name` (`REUTERS/Name`,
/// `AP Photo/Name`), lower-cased.
const PHOTO_AGENCIES: &[&str] = &[
    "reuters",
    "ap",
    "ap photo",
    "afp",
    "afp photo",
    "epa",
    "epa-efe",
    "efe",
    "dpa",
    "anadolu",
    "getty images",
    "ansa",
    "xinhua",
    "pool",
    "tass",
    "тасс",
    "unian",
    "уніан",
    "укрінформ",
    "риа новости",
];

/// Most words of the photographer's name in a credit (`REUTERS/Valentyn Ogirenko`).
const CREDIT_NAME_WORDS: usize = 3;

/// Is the line a photo's credit alone (`REUTERS/Name`, `AP Photo/Name`, `Фото: Офіс
/// президента`, `Photo: Agency Pool/Reuters`), as a page copied from its top keeps it above
/// the text? It is no title (`build::front_matter`).
pub(super) fn photo_credit(line: &str) -> bool {
    let s = line.trim();
    if s.is_empty() || s.len() > FURNITURE_LINE_BYTES {
        return false;
    }
    if let Some((agency, name)) = s.split_once('/')
        && PHOTO_AGENCIES.contains(&agency.trim().to_lowercase().as_str())
    {
        let name = name.trim();
        return name.starts_with(char::is_uppercase)
            && (1..=CREDIT_NAME_WORDS).contains(&script::word_count(name))
            && !name.contains(|c: char| c.is_ascii_digit() || ",;:!?".contains(c));
    }
    // A credit's label and a name, as `page_furniture` reads one between the points.
    let head = lower_head(s, PREFIX_CHARS);
    FURNITURE_CREDITS.iter().any(|c| head.starts_with(c))
        && page_furniture(s) == Some(Furniture::Line)
}

/// Labels of a picture in a page's text (lower-cased, with their colon): what a copied page
/// puts in brackets for an image (`[Image: Delegations meet. Photo: Reuters]`), or before a
/// caption's credit (`Negotiators in Geneva. Photo: EPA`).
const PICTURE_LABELS: &[&str] = &[
    "image:",
    "photo:",
    "picture:",
    "video:",
    "illustration:",
    "фото:",
    "відео:",
    "видео:",
];

/// A picture's caption: a picture's label in brackets that hold the whole line (`[Image: …]`),
/// or a caption whose last sentence is its credit (`Negotiators in Geneva. Photo: EPA`,
/// `… Photo: Reuters/J. Smith`), a name of a few words with a capital.
fn caption_credit(s: &str) -> bool {
    // Lower-cased only where a label may stand (this runs on every line).
    let label = |word: &str| {
        let word = word.to_lowercase();
        PICTURE_LABELS
            .iter()
            .any(|l| l.strip_suffix(':') == Some(word.as_str()))
    };
    if let Some(inner) = s.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
        return inner
            .split_once(':')
            .is_some_and(|(head, _)| !head.contains(' ') && label(head.trim_start()));
    }
    let s = s.trim_end_matches([']', ')']);
    // A vectorised byte search: this runs on every line.
    memchr::memchr_iter(b':', s.as_bytes()).any(|k| {
        // The label after a sentence's stop (`… Geneva. Photo: EPA`), its credit to the
        // line's end.
        let head = &s[..k];
        let Some((before, word)) = head.rsplit_once(' ') else {
            return false;
        };
        let credit = s[k + 1..].trim();
        before.ends_with('.')
            && label(word)
            && credit.starts_with(char::is_uppercase)
            && script::word_count(credit) <= CREDIT_WORDS
            && !credit.contains(|c: char| c.is_ascii_digit() || c == ',')
            && (!credit.contains('.') || credit.contains('/'))
    })
}

/// The field of a mail's header that only a mail program writes (Outlook's `Sent:`), in
/// its users' languages, lower-cased.
const SENT_FIELDS: &[&str] = &[
    "sent:",
    "gesendet:",
    "envoyé :",
    "отправлено:",
    "надіслано:",
    "sendt:",
    "skickat:",
    "verzonden:",
    "wysłano:",
    "enviado:",
    "enviada:",
    "inviato:",
    "lähetetty:",
];

/// A news page's byline above the text (`By Staff Reporter, 21 November 2025`, `By Anna K  •
/// 6 min read`): `By`, a name of one to four words with capitals, a separator and the date.
/// Not `By Order of the Council`, `By 2027`, nor a clause's subheading `By Mutual Consent`.
pub(super) fn byline(line: &str) -> bool {
    const NAME_WORDS: usize = 4;
    let t = line.trim();
    let Some(rest) = t.strip_prefix("By ") else {
        return false;
    };
    if t.len() > FURNITURE_LINE_BYTES || t.ends_with(['.', ':', ';']) {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    let name = words
        .iter()
        .take_while(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
        })
        .count();
    let after = words[name..].join(" ");
    let dated = after.starts_with([',', '•', '|', '—', '–', '·'])
        || words
            .get(name.wrapping_sub(1))
            .is_some_and(|w| w.ends_with(','));
    (1..=NAME_WORDS).contains(&name) && dated && after.contains(|c: char| c.is_ascii_digit())
}

/// A site's breadcrumb as a page's first line (`World | Europe`, `Home › News › Politics`):
/// two to five sections (three at least between slashes) of a word or two each (the last of
/// three or more up to four), with capitals, between the same separator.
pub(super) fn breadcrumb(line: &str) -> bool {
    const SECTION_WORDS: usize = 2;
    const LAST_SECTION_WORDS: usize = 4;
    let t = line.trim();
    [" | ", " › ", " » ", " > ", " → ", " / "]
        .iter()
        .any(|sep| {
            let sections: Vec<&str> = t.split(sep).collect();
            // A title in two languages has two sections between slashes
            // (`Memorandum / Меморандум`): a path has three at least.
            let fewest = if *sep == " / " { 3 } else { 2 };
            // The last of three or more may name a kind of page in more words (`Home >
            // Government > Policy papers and consultations`).
            let last_words = if sections.len() >= 3 {
                LAST_SECTION_WORDS
            } else {
                SECTION_WORDS
            };
            (fewest..=5).contains(&sections.len())
                && sections.iter().enumerate().all(|(k, s)| {
                    let s = s.trim();
                    let most = if k + 1 == sections.len() {
                        last_words
                    } else {
                        SECTION_WORDS
                    };
                    s.starts_with(char::is_uppercase)
                        && (1..=most).contains(&script::word_count(s))
                        && !s.contains(|c: char| c.is_ascii_digit() || ".,;:!?".contains(c))
                })
        })
}

/// Does a link's announcement cite a law's article or section instead of a headline
/// (`l'article L. 2335-2`, `Article 5 of the Code`, `§ 3`)?
fn cites_an_article(after: &str) -> bool {
    let lower = lower_head(after, PREFIX_CHARS);
    [
        "l'article",
        "l’article",
        "les articles",
        "article",
        "articles",
        "art.",
        "section",
        "§",
    ]
    .iter()
    .any(|w| {
        lower
            .strip_prefix(w)
            .map(str::trim_start)
            .is_some_and(|rest| {
                rest.starts_with(char::is_alphanumeric)
                    && rest.contains(|c: char| c.is_ascii_digit())
            })
    })
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
    "abonnez-vous",
    "suivez-nous",
    "abonnieren sie",
    "folgen sie uns",
    "suscríbete",
    "síguenos",
    "iscriviti",
    "seguici",
    "subskrybuj",
    "obserwuj nas",
];

/// A page's buttons to share it, in small letters: a label ([`SHARE_LABELS`]) and two
/// networks or more ([`SHARE_NETWORKS`]), nothing else, set apart by spaces or bars
/// (`Поделиться: ВКонтакте Одноклассники Telegram WhatsApp`, `Share  Facebook | X |
/// Email`), or four with no label set apart by spaces only (`Facebook X WhatsApp Email
/// Print`). A sentence naming networks has other words, and a list of them commas
/// (`Facebook, LinkedIn, X`), a table's header bars (`Facebook | X | LinkedIn`).
fn share_line(lower: &str) -> bool {
    let labelled = SHARE_LABELS
        .iter()
        .find_map(|l| lower.strip_prefix(l))
        .filter(|rest| rest.starts_with([' ', ':']));
    let rest = labelled.unwrap_or(lower);
    if rest.contains([',', ';']) || (labelled.is_none() && rest.contains(['|', '/', ':'])) {
        return false;
    }
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '|' | '·' | '•' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut networks = 0;
    let mut k = 0;
    while k < words.len() {
        // A network of two words (`copy link`, `скопіювати посилання`) or of one.
        let two = words
            .get(k + 1)
            .is_some_and(|next| SHARE_NETWORKS.contains(&format!("{} {next}", words[k]).as_str()));
        if two {
            k += 2;
        } else if SHARE_NETWORKS.contains(&words[k]) {
            k += 1;
        } else {
            return false;
        }
        networks += 1;
    }
    networks >= if labelled.is_some() { 2 } else { 4 }
}

/// The first letters of [`SHARE_LABELS`] and [`SHARE_NETWORKS`].
const SHARE_FIRST_LETTERS: &str = "bceflmprstuvwxвкопс";

/// How a page labels its buttons to share it, in small letters ([`share_line`]).
const SHARE_LABELS: &[&str] = &[
    "share this article",
    "share this",
    "share on",
    "share",
    "поділитися",
    "поделиться",
    "teilen",
    "partager",
    "udostępnij",
    "compartir",
    "condividi",
];

/// Networks and buttons a page shares itself on, in small letters ([`share_line`]).
const SHARE_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "telegram",
    "whatsapp",
    "viber",
    "linkedin",
    "email",
    "e-mail",
    "mail",
    "pinterest",
    "reddit",
    "messenger",
    "threads",
    "bluesky",
    "flipboard",
    "вконтакте",
    "вк",
    "одноклассники",
    "ок",
    "print",
    "copy link",
    "скопіювати посилання",
    "копіювати посилання",
    "скопировать ссылку",
    "копировать ссылку",
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
    "соцмереж",
    "соцсет",
    "social media",
    // `Підписуйтесь на наш канал, щоб не пропустити важливе.` (the page's own: a
    // community's warning channel or a canal is the text's)
    "наш канал",
    "нашого каналу",
    "our channel",
];

/// A page's call to follow it on a messenger or a newsletter (`Підписуйтесь на наш
/// Telegram-канал`, `Follow us on Telegram`), standing between the points it interrupts; or
/// its last sentence such a call (`Більше новин — у нашому Telegram-каналі. Підписуйтеся!`).
fn is_subscribe_line(s: &str) -> bool {
    if s.len() > 4 * FURNITURE_CHARS {
        return false;
    }
    let calls = |s: &str| {
        let first = s
            .chars()
            .next()
            .map(|c| c.to_lowercase().next().unwrap_or(c));
        if !first.is_some_and(|f| SUBSCRIBE_VERBS.iter().any(|v| v.starts_with(f))) {
            return false;
        }
        let head = lower_head(s, PREFIX_CHARS);
        // Whole words: `Follow usual approval rules` is not `follow us`.
        SUBSCRIBE_VERBS.iter().any(|v| {
            head.strip_prefix(v)
                .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
        })
    };
    // The call alone (`Subscribe!`, `Підписуйтеся!`).
    let alone = |s: &str| {
        s.len() <= 40 && {
            let bare = s.trim_end_matches(['!', '.']).to_lowercase();
            bare == "subscribe" || (!bare.contains(' ') && SUBSCRIBE_VERBS.contains(&bare.as_str()))
        }
    };
    // Or the last sentence after a short promotion (`Більше новин — у нашому Telegram-каналі.`):
    // an offer's terms that end so are a provision. (Looked for in the line's last bytes only,
    // on a line that ends a sentence: every line is asked.)
    let called = calls(s)
        || (s.trim_end().ends_with(['!', '.']) && {
            let t = s.trim_end();
            let mut tail = t.len().saturating_sub(CALL_BYTES);
            while !t.is_char_boundary(tail) {
                tail += 1;
            }
            t[tail..t.len() - 1]
                .rmatch_indices('.')
                .map(|(k, _)| tail + k)
                .find(|&k| t.as_bytes()[k + 1] == b' ')
                .is_some_and(|at| {
                    let last = s[at + 1..].trim();
                    (calls(last) || alone(last)) && script::word_count(&s[..at]) <= PROMOTION_WORDS
                })
        });
    if !called || s.chars().count() > FURNITURE_CHARS {
        return false;
    }
    let lower = s.to_lowercase();
    SUBSCRIBE_CHANNELS.iter().any(|c| lower.contains(c))
}

/// Most bytes of a call to subscribe that ends a page's promotion (`Follow us on Telegram
/// for the latest updates!` has 48, `Підписуйтеся на наш Telegram-канал!` 62).
const CALL_BYTES: usize = 96;

/// Most words of a page's promotion before its call to subscribe (`Більше новин — у нашому
/// Telegram-каналі. Підписуйтеся!`, [`is_subscribe_line`]).
const PROMOTION_WORDS: usize = 10;

/// Characters of a line's start compared with the furniture prefixes (the longest, `other
/// topics of interest`, has 24).
const PREFIX_CHARS: usize = 24;

/// Longest line, in bytes, compared with [`FURNITURE_LINES`] (the longest of them, in
/// Cyrillic, with room for a colon and spaces).
pub(super) const FURNITURE_LINE_BYTES: usize = 80;

/// The lines without a web page's furniture ([`page_furniture`]), and the lines left out.
/// Only a line standing as a paragraph of its own (after a blank line or a finished sentence,
/// not in the middle of a wrapped one) is furniture, never a line that starts a point, and
/// only on a page that shows [`MIN_FURNITURE`] such lines, or one invitation to read another
/// article with its headline ([`Furniture::ReadAlso`]). A link's headline is taken with its
/// announcement when it is on the very next line.
/// `source` is the text the lines are of (a separator's line is read blank: its rule is
/// looked up there).
pub(super) fn without_furniture<'a>(
    source: &str,
    mut lines: Vec<Line<'a>>,
) -> (Vec<Line<'a>>, Vec<LeftOut>) {
    let mut found: Vec<bool> = vec![false; lines.len()];
    // Pieces of furniture: an announcement and its headline are one.
    let mut pieces = 0;
    // Word's balloons, counted apart: changes (`Deleted: noon`) and comments or formats.
    let mut changes = Vec::new();
    let mut reviews = Vec::new();
    let mut posts = Vec::new();
    // What the line before announced: a headline, or several (`Mehr zum Thema` over two
    // teasers), or a caption.
    let mut next: Option<Furniture> = None;
    let mut headlines = 0;
    // A chat's writers write more than once; an agenda's titles with their times do not.
    let mut writers: HashMap<String, usize> = HashMap::new();
    for l in &lines {
        let t = l.text.trim();
        // A time has its colon; only short lines are headers.
        if t.len() > FURNITURE_LINE_BYTES || !t.contains(':') {
            continue;
        }
        if let Some(w) = chat_writer(t) {
            *writers.entry(w).or_default() += 1;
        }
    }
    // Or two writers and a chat's own marks: a thread's count of replies, an edited message
    // (a draft posted in Slack and one reply to it).
    let chat = writers.values().any(|&n| n > 1)
        || (writers.len() >= 2
            && lines.iter().any(|l| {
                let t = l.text.trim();
                (t.len() <= FURNITURE_LINE_BYTES && chat_mark(t)) || t.ends_with(" (edited)")
            }));
    // In a chat, Slack's mark after an edited message's last line is the chat's, not the
    // message's text (`…через 6 та 12 місяців. (edited)`).
    if chat {
        for l in &mut lines {
            if let Some(text) = l.text.trim_end().strip_suffix(" (edited)") {
                l.text = text;
            }
        }
    }
    let mut page_numbers = Vec::new();
    for i in 0..lines.len() {
        let text = lines[i].text;
        let trimmed = text.trim();
        if let Some(f) = next.take() {
            // A headline: no sentence's stop (`Zelensky: «Momento difficile»`; not `…the
            // Council."`).
            let unquoted = trimmed.trim_end_matches(['"', '”', '»', '\'', '’', ')']);
            let linked = f == Furniture::ReadNext
                && bullet(trimmed).is_some_and(|at| starts_with_capital(&trimmed[at..]));
            let headline = !trimmed.is_empty()
                && (is_heading_like(text)
                    || (f == Furniture::ReadNext
                        && trimmed.chars().count() <= FURNITURE_CHARS
                        && !unquoted.ends_with(['.', ':', ';', '!'])))
                // (Or a page's list of links: `Читайте также:` over `- В Кремле заявили…`,
                // headlines with their capitals, not documents to read, `- the Code of…`.)
                && (marker(text).is_none() || linked)
                // A second headline only in a block that a blank line ends (the teasers'
                // box), not the page's next lines of one paragraph each.
                && (headlines == 0 || headline_block(&lines, i));
            let caption = f == Furniture::CaptionNext
                && !trimmed.is_empty()
                && trimmed.chars().count() <= FURNITURE_CHARS
                && marker(text).is_none();
            if headline || caption {
                found[i] = true;
                // An invitation to read with its headline is enough alone (`Mehr zum Thema`
                // over `Verhandlungen: Was bleibt`); more headlines may follow it.
                // A list of links only when the invitation stands apart, after a blank line: a
                // reader's guide lists documents to read so too, right under its point
                // (`…література для самоосвіти.` / `Читайте також:` / `- Закон України «Про
                // освіту»`); else the page must show other furniture.
                let set_off = i >= 2 && lines[i - 2].text.trim().is_empty();
                if f == Furniture::ReadNext && headlines == 0 && (!linked || set_off) {
                    pieces += MIN_FURNITURE - 1;
                }
                headlines += 1;
                if f != Furniture::CaptionNext && headlines < MAX_HEADLINES {
                    next = Some(f);
                }
                continue;
            }
        }
        headlines = 0;
        // (A post's reactions are nothing else, under whatever line.)
        let standalone = || {
            i <= 1 || reactions_line(trimmed) || {
                let prev = lines[i - 1].text.trim();
                prev.is_empty() || ends_sentence(prev) || prev.chars().count() <= CAPTION_CHARS
            }
        };
        // A page's number wherever it stands, even when it reads as a bullet (`- 2 -`).
        if let Some(f) = page_furniture(text).filter(|&f| {
            // An embedded post's attribution right under its text.
            match f {
                Furniture::PageNumber | Furniture::Post => true,
                // Under a menu's bar too, but not a list a line announces (`…the following
                // buttons:`) nor a sentence's end, nor a bullet.
                Furniture::Share => {
                    marker(text).is_none()
                        && prev_with_text(&lines, i).is_none_or(|k| {
                            let above = lines[k].text.trim();
                            !above.ends_with([':', ',', ';'])
                                && (ends_sentence(above)
                                    || is_heading_like(above)
                                    || menu_bar(above)
                                    || breadcrumb(above))
                        })
                }
                Furniture::Chat => chat || chat_writer(trimmed).is_none(),
                // (Not the wording a line above announces, `Approved wording for such shares
                // is:` over `Follow us on Facebook…` and `Join our newsletter…`.)
                Furniture::Subscribe => {
                    let above = prev_with_text(&lines, i);
                    let announced = above.is_some_and(|k| {
                        let text = lines[k].text.trim();
                        text.ends_with(':') || (is_subscribe_line(text) && !found[k])
                    });
                    !announced && (standalone() || trimmed.starts_with(char::is_uppercase))
                }
                // (`▼B` reads as a bullet.)
                _ => {
                    standalone()
                        && (f == Furniture::Call
                            || marker(text).is_none()
                            || consolidation_mark(trimmed))
                }
            }
        }) {
            found[i] = true;
            if f == Furniture::PageNumber {
                page_numbers.push(i);
            }
            match f {
                Furniture::Change => changes.push(i),
                Furniture::Review => reviews.push(i),
                Furniture::ReadAlso
                | Furniture::PageNumber
                | Furniture::SiteLine
                | Furniture::Share
                | Furniture::Call
                | Furniture::CaptionNext => pieces += MIN_FURNITURE,
                Furniture::Post => {
                    pieces += MIN_FURNITURE;
                    posts.push(i);
                }
                // A call to subscribe that ends the page is its sign-off: one is enough.
                Furniture::Subscribe if next_with_text(&lines, i).is_none() => {
                    pieces += MIN_FURNITURE
                }
                Furniture::Line
                | Furniture::WithNext
                | Furniture::ReadNext
                | Furniture::Chat
                | Furniture::Subscribe => pieces += 1,
            }
            if matches!(
                f,
                Furniture::WithNext | Furniture::ReadNext | Furniture::CaptionNext
            ) {
                next = Some(f);
            }
        }
    }
    pieces += page_foot(&lines, &mut found);
    pieces += notes_over_page_number(source, &lines, &mut found);
    pieces += running_feet(&lines, &mut found);
    pieces += teaser_box(&lines, &mut found);
    pieces += comment_counts(&lines, &mut found);
    pieces += reaction_counts(&lines, &mut found);
    pieces += channel_over_forward(&lines, &mut found);
    let first_point = lines
        .iter()
        .position(|l| marker(l.text).is_some())
        .unwrap_or(lines.len());
    pieces += cookie_banner(&lines, first_point, pieces, &mut found);
    pieces += site_menu(&lines, first_point, &mut found);
    pieces += embedded_boxes(&lines, &mut found);
    pieces += post_headers(&lines, &mut found);
    pieces += annotation_boxes(&lines, &mut found);
    let print_marks: Vec<usize> = page_numbers
        .iter()
        .copied()
        .filter(|&i| us_bill_print_line(lines[i].text.trim()))
        .collect();
    pieces += bare_page_numbers(&lines, &mut found, &print_marks);
    // A United Nations document's running title at a page's top, next to the print marks of
    // the page above (its job number, barcode and page count), with the document's own
    // symbol (printed alone as a header, or on its first lines): a report's table of other
    // documents (`A/80/13 Report of the Commissioner-General`) is its text.
    let un_marks: Vec<usize> = page_numbers
        .iter()
        .copied()
        .filter(|&i| un_print_line(lines[i].text.trim()))
        .collect();
    if !un_marks.is_empty() {
        let top = lines
            .iter()
            .filter(|l| !l.text.trim().is_empty())
            .take(UN_TOP_LINES);
        let own: Vec<&str> = un_marks
            .iter()
            .map(|&i| &lines[i])
            .chain(top)
            .flat_map(|l| l.text.split_whitespace())
            .filter(|w| un_symbol(w))
            .collect();
        for &i in &un_marks {
            let near = i.saturating_sub(UN_MARK_REACH)..(i + UN_MARK_REACH + 1).min(lines.len());
            for k in near {
                if !found[k]
                    && un_running_title(lines[k].text.trim()).is_some_and(|s| own.contains(&s))
                {
                    found[k] = true;
                    pieces += 1;
                }
            }
        }
    }
    // A teaser printed twice between the points (a video's headline over its player and
    // again as its caption): a block of two identical lines of a few words, no point's and
    // no sentence (a paragraph pasted twice is the draft's). Only on a page with other
    // furniture: a comparison table's headings and cells, set in both its columns, are the
    // draft's.
    let teasers: Vec<usize> = (first_point + 2..lines.len())
        .filter(|&i| {
            let text = lines[i].text.trim();
            let blank = |k: usize| blank_at(&lines, k);
            !found[i]
                && text == lines[i - 1].text.trim()
                && blank(i - 2)
                && blank(i + 1)
                && script::word_count(text) >= TEASER_WORDS
                && !text.ends_with(['.', ';', ':', ','])
                && marker(text).is_none()
        })
        .collect();
    if pieces > 0 {
        for &i in &teasers {
            found[i - 1] = true;
            found[i] = true;
        }
        pieces += teasers.len();
    }
    pieces += repeated_title(&lines, first_point, &mut found);
    // Above the first point: a site's breadcrumb as the page's first line, a byline, and a
    // forwarded mail's headers and separator (`-----Original Message-----`). Headers are a
    // block of two fields at least (`From: …`, `Subject: …`) with a mail's address, Outlook's
    // `Sent:` or the separator right above: a memo's `To:`/`From:` and a route's `From:
    // Mariupol`/`To: Zaporizhzhia` are the draft's.
    let first_text = lines.iter().position(|l| !l.text.trim().is_empty());
    let separator = |k: usize| {
        let t = lines[k].text.trim();
        t.starts_with("-----") && MAIL_SEPARATORS.contains(&t.to_lowercase().as_str())
    };
    let mut i = 0;
    while i < first_point {
        let text = lines[i].text;
        if mail_field(text) {
            let end = (i..first_point)
                .find(|&k| !mail_field(lines[k].text))
                .unwrap_or(first_point);
            let above = prev_with_text(&lines, i);
            let mail = lines[i..end].iter().any(|l| {
                let t = l.text.trim_start().to_lowercase();
                l.text.contains('@') || SENT_FIELDS.iter().any(|f| t.starts_with(f))
            }) || above.is_some_and(separator);
            if end - i >= 2 && mail {
                for f in &mut found[i..end] {
                    *f = true;
                }
                pieces += MIN_FURNITURE;
            }
            i = end;
            continue;
        }
        if !found[i]
            && (separator(i) || byline(text) || (Some(i) == first_text && breadcrumb(text)))
        {
            found[i] = true;
            pieces += if separator(i) { MIN_FURNITURE } else { 1 };
        }
        i += 1;
    }
    // A running header or footer beside the page numbers (`CONFIDENTIAL — Draft 14.11.2025`
    // over `Page 2 of 3`), the same on two pages at least and nowhere else.
    let mut beside: HashMap<String, Vec<usize>> = HashMap::new();
    let with_text = |k: &usize| !lines[*k].text.trim().is_empty();
    // The first page's top has no page number above it: its first line counts as beside one.
    let top = (!page_numbers.is_empty())
        .then(|| (0..lines.len()).find(with_text))
        .flatten();
    for &p in &page_numbers {
        let before = (0..p).rev().find(with_text);
        let after = (p + 1..lines.len()).find(with_text);
        for k in before.into_iter().chain(after).chain(top) {
            let text = lines[k].text;
            if !found[k] && marker(text).is_none() && is_heading_like(text) {
                let key = crate::draft::scan::single_spaced(text);
                beside.entry(key).or_default().push(k);
            }
        }
    }
    for (key, mut ks) in beside {
        ks.sort_unstable();
        ks.dedup();
        if ks.len() < 2 {
            continue;
        }
        // Only beside the page numbers: a status line (`Agreed`) under points elsewhere too
        // is the draft's.
        let everywhere = lines
            .iter()
            .filter(|l| l.text.split_whitespace().eq(key.split_whitespace()))
            .count();
        if everywhere == ks.len() {
            // The first copy above the points is the title (a PDF's running title); the
            // others, the top of the first page among them, are the pages'.
            for k in ks.into_iter().filter(|&k| k >= first_point) {
                found[k] = true;
            }
            pieces += 1;
        }
    }
    // An embedded post's text is the paragraph above its attribution (up to a blank line, a
    // few lines at most), unless a point starts there.
    for &i in &posts {
        let mut k = i;
        while k > 0 && lines[k - 1].text.trim().is_empty() {
            k -= 1;
        }
        let end = k;
        while k > 0 && !lines[k - 1].text.trim().is_empty() && end - (k - 1) <= MAX_POST_LINES {
            k -= 1;
        }
        let starts_blank = k == 0 || lines[k - 1].text.trim().is_empty();
        if k < end && starts_blank && (k..end).all(|j| marker(lines[j].text).is_none()) {
            for f in &mut found[k..end] {
                *f = true;
            }
        }
    }
    // A draft's own `Deleted: …` lines stay unless the balloons are many or a comment or
    // format balloon shows the markup; they are counted apart from the page's furniture.
    // Balloons stand beside the points they mark; a list of changes above the points (`Changes
    // from version 3:` over `Deleted: clause 7.3.`) is the draft's own.
    let beside_points = changes.iter().filter(|&&i| i > first_point).count();
    let marked_up = beside_points >= MIN_FURNITURE || !reviews.is_empty();
    if !marked_up {
        for &i in &changes {
            found[i] = false;
        }
    }
    if pieces < MIN_FURNITURE {
        let balloons = if marked_up { changes.len() } else { 0 } + reviews.len();
        if balloons == 0 {
            return (lines, Vec::new());
        }
        let keep: Vec<usize> = changes.iter().chain(&reviews).copied().collect();
        for (i, f) in found.iter_mut().enumerate() {
            *f = *f && keep.contains(&i);
        }
    }
    // A balloon's text wraps in the margin: its next lines in small letters, while no
    // sentence has ended, are the balloon's, when the draft's text above it was at a
    // sentence's end (else they go on with that sentence: `…at midnight and` over a balloon
    // over `applies to all forces.`); an item (`a) the truce…`) is the draft's.
    for &i in changes.iter().chain(&reviews) {
        let above_ended = (0..i).rev().find(|&k| !found[k]).is_none_or(|k| {
            let t = lines[k].text.trim();
            t.is_empty() || ends_sentence(t) || t.ends_with(':')
        });
        if !found[i] || !above_ended {
            continue;
        }
        for k in i + 1..lines.len() {
            let text = lines[k].text.trim();
            if found[k]
                || !text.starts_with(char::is_lowercase)
                || marker(text).is_some()
                || is_sub_item(text)
                || ends_sentence(lines[k - 1].text.trim())
            {
                break;
            }
            found[k] = true;
        }
    }
    // Counts and scores right beside other furniture (`2.4K` between `All reactions:` and
    // `312 comments`), each way along the footer.
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| !found[i] && beside_furniture(lines[i].text.trim()))
        .collect();
    let text = |k: &usize| !lines[*k].text.trim().is_empty();
    for pass in [candidates.clone(), candidates.into_iter().rev().collect()] {
        for i in pass {
            // The nearest line with text before and after (blank lines between are the page's).
            let near = |k: Option<usize>| k.is_some_and(|k| found[k]);
            if near((0..i).rev().find(text)) || near((i + 1..lines.len()).find(text)) {
                found[i] = true;
            }
        }
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

/// A PDF's page numbers copied without its page breaks: numbers alone on their lines, set off
/// by blank lines, counting on (`2`, `3`, `4`) with numbered points between each and the
/// next, not sub-items (a list's own numbers alone on their lines, `1` over its text, have
/// none between them). Also the number alone right under an American bill's print mark at a
/// page's foot (`print_marks`: `•HR 4321 IH` over `2`), the next page's number at its top: the
/// k-th mark's is k + 1. Marks them `found`; returns the pieces of furniture found. Before,
/// each headed the points after it.
fn bare_page_numbers(lines: &[Line<'_>], found: &mut [bool], print_marks: &[usize]) -> usize {
    let blank = |k: usize| blank_at(lines, k);
    let numbers: Vec<(usize, u32)> = (0..lines.len())
        .filter(|&k| !found[k] && k > 0 && blank(k - 1) && blank(k + 1))
        .filter_map(|k| lone_number(lines[k].text).map(|n| (k, n)))
        .collect();
    let pointed = |from: usize, to: usize| {
        lines[from + 1..to]
            .iter()
            .any(|l| marker(l.text).is_some() && !is_sub_item(l.text))
    };
    let mut pieces = 0;
    for pair in numbers.windows(2) {
        let ((a, n), (b, m)) = (pair[0], pair[1]);
        if m == n + 1 && pointed(a, b) {
            found[a] = true;
            found[b] = true;
            pieces = MIN_FURNITURE;
        }
    }
    for &(k, n) in &numbers {
        let mark = prev_with_text(lines, k).and_then(|p| print_marks.iter().position(|&m| m == p));
        if mark.is_some_and(|m| n as usize == m + 2) {
            found[k] = true;
            pieces = MIN_FURNITURE;
        }
    }
    pieces
}

/// Superscript digits, as a PDF's text keeps footnote marks (`guarantees.²`).
const SUPERSCRIPTS: &[char] = &['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'];

/// A printed page's foot in a text with its page breaks (form feeds, as a PDF's or Word's
/// plain text keeps them): a page's number alone on its line right above the next page, or
/// last in the text (not one atop a page: a slide's number there is its point's label); and the footnotes above it, lines opening with a superscript mark
/// (`¹ The monitoring…`) that the text cites (`…from space.¹`), set off by a blank line. Both
/// are marked `found`; returns the pieces of furniture found (none, or enough alone). Before,
/// the number headed the next page's points and the notes were text of the point above.
fn page_foot(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    // (A vectorised byte search on every line.)
    if !lines.iter().any(|l| scan::has_byte(l.text, b'\x0c')) {
        return 0;
    }
    let filled = |k: &usize| !lines[*k].text.trim().is_empty();
    let last = (0..lines.len()).rev().find(filled);
    // Page numbers count on: a number alone before a page break is one only beside the
    // page before's or the next (a table's last cell, `800`, is none).
    let feet: Vec<(usize, u32)> = (0..lines.len())
        .filter_map(|k| lone_number(lines[k].text).map(|n| (k, n)))
        .collect();
    // The superscript marks that the text cites right after a word (`…from space.¹`), read
    // once.
    let cited: Vec<char> = SUPERSCRIPTS
        .iter()
        .copied()
        .filter(|&mark| {
            lines.iter().any(|l| {
                l.text.char_indices().any(|(at, c)| {
                    c == mark && at > 0 && !l.text[..at].ends_with(char::is_whitespace)
                })
            })
        })
        .collect();
    let is_note = |l: &Line<'_>| {
        let t = l.text.trim_start();
        if t.starts_with(SUPERSCRIPTS) {
            return t.trim_start_matches(SUPERSCRIPTS).starts_with(' ')
                && t.chars().next().is_some_and(|mark| cited.contains(&mark));
        }
        // A PDF's copy may flatten the marks to plain figures (`1 Testing …` under the
        // rule, `…conformity assessments1 for…` in the text).
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits)
            && t[digits..].starts_with(' ')
            && cited_figure(lines, &t[..digits])
    };
    let mut pieces = 0;
    for (p, &(i, n)) in feet.iter().enumerate() {
        let counts_on =
            (p > 0 && feet[p - 1].1 + 1 == n) || feet.get(p + 1).is_some_and(|f| f.1 == n + 1);
        let next = (i + 1..lines.len()).find(filled);
        let page_break = next.is_some_and(|k| {
            lines[k]
                .text
                .trim_start_matches([' ', '\t'])
                .starts_with('\u{c}')
                // (The form feed on a line of its own, between blank lines.)
                || lines[i + 1..k].iter().any(|l| l.text.contains('\u{c}'))
        }) || lines[i]
            .text
            .trim_end_matches([' ', '\t'])
            .ends_with('\u{c}')
            || Some(i) == last;
        if !counts_on || !page_break {
            continue;
        }
        found[i] = true;
        pieces = MIN_FURNITURE;
        // The notes above it, up to a blank line over the first.
        let mut k = i;
        while k > 0 && lines[k - 1].text.trim().is_empty() {
            k -= 1;
        }
        let end = k;
        while k > 0 && !lines[k - 1].text.trim().is_empty() {
            k -= 1;
        }
        if k > 0 && k < end && is_note(&lines[k]) {
            for f in &mut found[k..end] {
                *f = true;
            }
        }
    }
    pieces
}

/// Most lines with text between a page's notes and its number or running header under them
/// ([`notes_over_page_number`]).
pub const NOTES_TO_PAGE_NUMBER: usize = 2;

/// A printed page's footnotes as a copy of its PDF keeps them between the paragraphs: a rule
/// of underscores, the notes under it (the first opening with its mark: `¹`, `*`, or a figure
/// that the text cites, `1`), and, after a blank line or none, the page's number or running
/// header already found (`Page 1 of 3`, `Страница 1 из 3`, a United Nations print mark) within
/// [`NOTES_TO_PAGE_NUMBER`] lines, or a bare number over the page's text running on in small
/// letters (then marked too). The notes are marked `found`; returns the pieces of
/// furniture found. Before, the notes were the text of the point the page broke, between its
/// two halves. A rule over notes at the draft's end, with no page's number under them, stays
/// where it is.
fn notes_over_page_number(source: &str, lines: &[Line<'_>], found: &mut [bool]) -> usize {
    // (A rule's line reads blank: its text is the source's.)
    let rule = |l: &Line<'_>| {
        // (Only a line read blank is looked up: a blank line's is short.)
        if !l.text.is_empty() {
            return false;
        }
        let t = source
            .get(l.start..)
            .and_then(|rest| rest.split('\n').next())
            .unwrap_or("")
            .trim();
        t.len() >= super::FOOTNOTE_RULE && t.bytes().all(|b| b == b'_')
    };
    let opens_note = |t: &str| opens_note(lines, t);
    let blank = |k: usize| blank_at(lines, k);
    let mut pieces = 0;
    for i in 0..lines.len() {
        if found[i] || !rule(&lines[i]) {
            continue;
        }
        let first = i + 1;
        if first >= lines.len() || !opens_note(lines[first].text) {
            continue;
        }
        // The notes run to a blank line, or straight into the page's number or header.
        let end = (first + 1..lines.len())
            .find(|&k| {
                lines[k].text.trim().is_empty() || found[k] || lone_number(lines[k].text).is_some()
            })
            .unwrap_or(lines.len());
        let mut under = (end..lines.len()).filter(|&k| !lines[k].text.trim().is_empty());
        let Some(page) = under
            .by_ref()
            .take(NOTES_TO_PAGE_NUMBER)
            .find(|&k| found[k] || lone_number(lines[k].text).is_some())
        else {
            continue;
        };
        // Straight under the notes, or over a bare number, the notes' mark must be in the
        // text above (`…partnership¹`, `…exhibitions*`): a form's blank with its instruction
        // (`* сума вказується цифрами`) over the figure written in (`5000`) is none.
        if (!found[page] || !blank(end)) && !mark_cited(&lines[..i], lines[first].text) {
            continue;
        }
        // A bare number is the page's when the page's text runs on under it (`2` over
        // `вибором протягом…`); over a capital it may be a point's number on its own line,
        // and so is the number after the last bare number above (`2` … `3` over `prisoners
        // of war shall…`).
        if !found[page] {
            let runs_on = under
                .next()
                .and_then(|k| lines[k].text.trim_start().chars().next())
                .is_some_and(char::is_lowercase);
            let number = lone_number(lines[page].text).unwrap_or(0);
            let last_above = (0..i)
                .rev()
                .filter(|&k| !found[k])
                .find_map(|k| lone_number(lines[k].text));
            if !runs_on || last_above.is_some_and(|n| n + 1 == number) {
                continue;
            }
            found[page] = true;
        }
        if !found[first..end].iter().any(|&f| f) {
            // (The rule reads as a blank line already.)
            found[first..end].iter_mut().for_each(|f| *f = true);
            pieces += MIN_FURNITURE;
        }
    }
    pieces
}

/// Does line `t` open a footnote: its mark (`¹`, one to three `*`, or a figure that the text
/// cites, [`cited_figure`]) and a space? (A figure only when cited, `space1`: `1 The…` may
/// be a line of a table.)
fn opens_note(lines: &[Line<'_>], t: &str) -> bool {
    let t = t.trim_start();
    let stars = t.bytes().take_while(|&b| b == b'*').count();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (t.starts_with(SUPERSCRIPTS) && t.trim_start_matches(SUPERSCRIPTS).starts_with(' '))
        || ((1..=3).contains(&stars) && t[stars..].starts_with(' '))
        || ((1..=2).contains(&digits)
            && t[digits..].starts_with(' ')
            && cited_figure(lines, &t[..digits]))
}

/// Most words of the text beside a page's number in a running footer ([`running_feet`]).
const FOOTER_WORDS: usize = 8;

/// Fewest characters of a running footer's line, its page number set at the page's right
/// edge ([`footer_columns`]).
const FOOTER_WIDTH: usize = 50;

/// The spaces between a running footer's text and its page's number, at least.
const FOOTER_GAP: &str = "        ";

/// Fewest lines between two pages' running footers ([`running_feet`]): not a table's rows.
const FOOTER_LINES_APART: usize = 2;

/// Most lines of the notes straight over a page's foot ([`running_feet`]).
pub const FOOT_NOTE_LINES: usize = 3;

/// A running footer's text and page number, set apart by [`FOOTER_GAP`] spaces or more on a
/// line as wide as the page ([`FOOTER_WIDTH`]: `Для службового користування` and, at the
/// right edge, `1`; or the number first), as a copy of a PDF keeps it.
fn footer_columns(line: &str) -> Option<(&str, u32)> {
    let t = line.trim();
    // Set as wide as the page: a table's row in a point (`Payment      1`) is narrower.
    if line.trim_end().chars().count() < FOOTER_WIDTH {
        return None;
    }
    let wide = |s: &str| s.find(FOOTER_GAP);
    let number = |n: &str| {
        let n = n.trim();
        (n.len() <= 3 && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse().ok())
            .flatten()
    };
    let at = wide(t)?;
    let (left, right) = (t[..at].trim(), t[at..].trim());
    let (text, n) = match (number(left), number(right)) {
        (None, Some(n)) => (left, n),
        (Some(n), None) => (right, n),
        _ => return None,
    };
    (script::word_count(text) <= FOOTER_WORDS && marker(text).is_none() && wide(text).is_none())
        .then_some((text, n))
}

/// A copy of a PDF's page feet and heads between the paragraphs, where no rule of
/// underscores sets off the notes:
/// - a running footer with its page's number ([`footer_columns`]), its text the same on
///   two pages or more and the numbers counting on (`Для службового користування 1`, then
///   `… 2`);
/// - a running head repeated right under two pages' feet or more (`Проект дорожной карты,
///   ред. 27.11.2025` under `— 1 —` and `— 2 —`);
/// - a page's footnotes straight over its foot, up to [`FOOT_NOTE_LINES`] lines, the first
///   opening with a mark the text cites ([`opens_note`], [`mark_cited`]: `¹ Договор…` under
///   `…сообщества¹.`, `1 The term…` under `…the Republic.1`).
///
/// Marks them `found`; returns the pieces of furniture found. Before, each was the text of
/// the point the page broke.
fn running_feet(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let mut pieces = 0;
    let mut feet: HashMap<&str, Vec<(usize, u32)>> = HashMap::new();
    for (k, l) in lines.iter().enumerate() {
        if !found[k]
            && l.text.len() <= 2 * FURNITURE_LINE_BYTES
            && let Some((text, n)) = footer_columns(l.text)
        {
            feet.entry(text).or_default().push((k, n));
        }
    }
    for at in feet.values() {
        if at.len() >= 2
            && at
                .windows(2)
                .all(|w| w[0].1 + 1 == w[1].1 && w[1].0 - w[0].0 >= FOOTER_LINES_APART)
        {
            for &(k, _) in at {
                found[k] = true;
            }
            pieces += MIN_FURNITURE;
        }
    }
    let page = |found: &[bool], k: usize| {
        let t = lines[k].text.trim();
        found[k] && (page_number_line(t) || lone_number(t).is_some() || footer_columns(t).is_some())
    };
    let filled = |k: usize| !lines[k].text.trim().is_empty();
    // Running heads: the same line right under two pages' feet, atop the next pages (a
    // status written under each point, `Agreed`, stands over a page's foot).
    let mut heads: HashMap<&str, Vec<usize>> = HashMap::new();
    for k in 1..lines.len() {
        let t = lines[k].text.trim();
        // (Of two words at least, starting with a capital and ending no sentence nor lead-in:
        // not a status, `Погоджено`, nor a page's wrapped sentence, `the Parties.`, `In
        // addition:`.)
        if !found[k]
            && filled(k)
            && page(found, k - 1)
            && t.len() <= FURNITURE_LINE_BYTES
            && script::word_count(t) >= 2
            && starts_with_capital(t)
            && !t.ends_with(['.', ':', ';', '!', '?', ','])
            && marker(t).is_none()
        {
            heads.entry(t).or_default().push(k);
        }
    }
    for at in heads.values().filter(|at| at.len() >= 2) {
        for &k in at {
            found[k] = true;
        }
        pieces += MIN_FURNITURE;
    }
    // Notes straight over a page's foot: cited on that page (since the foot above), each a
    // sentence opening with a capital (not `1 January 2026 is…`, `1 000 000 гривень`, a
    // list's items under a lead-in, `* set annual catch limits;`).
    let mut page_top = 0;
    for k in 1..lines.len() {
        if !page(found, k) {
            continue;
        }
        let top = page_top;
        page_top = k + 1;
        if found[k - 1] || !filled(k - 1) {
            continue;
        }
        let note = |j: usize| {
            let t = lines[j].text.trim_start();
            let mark = t.split_whitespace().next().unwrap_or("");
            let first = t[mark.len()..].split_whitespace().next().unwrap_or("");
            let above = &lines[top.min(j)..j];
            opens_note(above, t)
                && mark_cited(above, t)
                && first.starts_with(char::is_uppercase)
                && !super::dates::date_word(first)
                && lines[k - 1].text.trim_end().ends_with(['.', ')'])
                && prev_with_text(lines, j).is_none_or(|p| !lines[p].text.trim_end().ends_with(':'))
        };
        let top = (k.saturating_sub(FOOT_NOTE_LINES)..k)
            .filter(|&j| (j..k).all(|m| filled(m) && !found[m]))
            .find(|&j| note(j));
        if let Some(j) = top {
            found[j..k].iter_mut().for_each(|f| *f = true);
            pieces += MIN_FURNITURE;
        }
    }
    pieces
}

/// Is the mark opening the note `note` (`¹`, `*`, `**`) glued to a word's end in `above`
/// (`…partnership¹,`, `…exhibitions*.`)? A figure's mark was checked when the note was read
/// ([`cited_figure`]).
fn mark_cited(above: &[Line<'_>], note: &str) -> bool {
    let t = note.trim_start();
    let stars = t.bytes().take_while(|&b| b == b'*').count();
    let supers = t.len() - t.trim_start_matches(SUPERSCRIPTS).len();
    let mark = match (stars, supers) {
        (0, 0) => return true,
        (0, n) | (n, 0) => &t[..n],
        _ => return false,
    };
    above.iter().any(|l| {
        l.text.match_indices(mark).any(|(at, _)| {
            l.text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_whitespace() && c != '*')
                && !l.text[at + mark.len()..].starts_with(['*', '¹', '²', '³'])
        })
    })
}

/// Fewest letters of the word a flattened note mark is glued to (`assessments1`): a code's
/// letters are fewer or capitals (`C2`, `CO2`, `G7`, `Level3`, `s.3`).
const NOTE_WORD_LETTERS: usize = 4;

/// Does some line cite the note numbered `figure` as a PDF's copy flattens the mark: the
/// figure right after a word of [`NOTE_WORD_LETTERS`] small letters or more, then no figure
/// nor letter (`…assessments1 for`, `…experts3.`), or after such a word and its stop at the
/// line's end (`…against the Republic.1`, a mark set after the stop)?
fn cited_figure(lines: &[Line<'_>], figure: &str) -> bool {
    lines.iter().any(|l| {
        l.text.match_indices(figure).any(|(at, _)| {
            let rest = &l.text[at + figure.len()..];
            let before = &l.text[..at];
            // (After a stop, the word may be a name, `Republic`, not a code, `NATO`.)
            let named = || {
                let word: Vec<char> = before[..before.len() - 1]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                word.len() >= NOTE_WORD_LETTERS
                    && word.iter().filter(|c| c.is_uppercase()).count() <= 1
            };
            let after_stop = before.ends_with(['.', ',', ';']) && rest.trim().is_empty() && named();
            (after_stop || small_word_at_end(before) >= NOTE_WORD_LETTERS)
                && !rest.starts_with(char::is_alphanumeric)
        })
    })
}

/// A number alone on its line, as a page's number is printed (four digits at most, a form
/// feed or spaces around it).
fn lone_number(line: &str) -> Option<u32> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{c}');
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Headings of a box of other stories' teasers ([`teaser_box`]), lower-cased: a page's, never
/// a draft's (a lone `Read also:` may have lost its headline over a section's heading,
/// Words a live page writes before the time it updated its story, as written (no
/// allocation: each line of a draft is checked).
const UPDATE_WORDS: &[&str] = &[
    "Оновлено",
    "оновлено",
    "Обновлено",
    "обновлено",
    "Updated",
    "updated",
    "UPDATED",
    "UPD",
    "Upd",
    "Aktualisiert",
    "aktualisiert",
];

/// A live page's stamp of its last update alone on its line (`Оновлено о 14:20`, `Updated at
/// 15:05`, `UPD 15:05`): the word, perhaps a preposition, a time, nothing else (an update
/// that says something, `UPD 15:05: the talks resumed`, is the editors' text).
fn update_stamp(t: &str) -> bool {
    if t.len() > 40 || !scan::has_byte(t, b':') {
        return false;
    }
    let Some(rest) = UPDATE_WORDS.iter().find_map(|w| t.strip_prefix(w)) else {
        return false;
    };
    let rest = rest.trim_start_matches([':', ' ']);
    let rest = ["о ", "об ", "в ", "at ", "um "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    clock(rest.trim_end_matches([':', '.']))
}

/// A consolidated EU act's mark of where its text comes from, alone on its line (`▼B`, the
/// basic act; `▼M1`, an amendment; `▼C2`, a corrigendum; `▼A1`, an act of accession; `◄`, the
/// end of an inline one), as EUR-Lex prints them between an article's paragraphs.
fn consolidation_mark(t: &str) -> bool {
    if t == "◄" {
        return true;
    }
    let Some(code) = t.strip_prefix(['▼', '►']) else {
        return false;
    };
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = code.len() - letters;
    (1..=2).contains(&letters) && digits <= 3 && code[letters..].bytes().all(|b| b.is_ascii_digit())
}

/// Headings of the notes that a legislation database prints under an Act's sections
/// (legislation.gov.uk), lower-cased.
const ANNOTATION_HEADINGS: &[&str] = &[
    "commencement information",
    "textual amendments",
    "modifications etc. (not altering text)",
    "extent information",
    "marginal citations",
    "editorial information",
];

/// A legislation database's note (`I1 S. 1 in force at Royal Assent`, `F1 Words in s. 2(2)
/// substituted …`, `C1`, `E1`, `M1`, `X1`): its letter and number, then its text.
fn annotation_note(t: &str) -> bool {
    let mut chars = t.chars();
    let letter = chars.next().is_some_and(|c| "ICFEMX".contains(c));
    let rest = chars.as_str();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    letter && (1..=4).contains(&digits) && rest[digits..].starts_with(' ')
}

/// The notes a legislation database prints under an Act's sections: a heading of
/// [`ANNOTATION_HEADINGS`] over its notes ([`annotation_note`]), one a line; and its banner
/// on what is not yet in force (`Changes to legislation:` and the sentence after it, on its
/// line or the next, `There are currently no known outstanding effects …`). Marks them
/// `found`; returns the pieces of furniture found (each box is enough alone). Before, each
/// box was text of the section above it, so that a copy from the database differed from the
/// Act's own print in every section.
fn annotation_boxes(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let mut pieces = 0;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text.trim();
        // (No allocation: this looks at every line; the headings are ASCII.)
        let heading = ANNOTATION_HEADINGS
            .iter()
            .any(|h| h.eq_ignore_ascii_case(t))
            && lines
                .get(i + 1)
                .is_some_and(|l| annotation_note(l.text.trim()));
        if heading {
            found[i] = true;
            let notes = lines[i + 1..]
                .iter()
                .take_while(|l| annotation_note(l.text.trim()))
                .count();
            found[i + 1..=i + notes].iter_mut().for_each(|f| *f = true);
            pieces += MIN_FURNITURE;
            i += notes + 1;
            continue;
        }
        // (The banner's own words: `Changes to legislation: the Parties shall…` in a draft
        // is its text.)
        let banner = |t: &str| {
            ["There are currently", "Changes and effects"]
                .iter()
                .any(|b| t.trim_start().starts_with(b))
        };
        if let Some(rest) = t.strip_prefix("Changes to legislation:") {
            if banner(rest) {
                found[i] = true;
                pieces += MIN_FURNITURE;
            } else if rest.trim().is_empty()
                && let Some(next) = lines.get(i + 1)
                && banner(next.text)
            {
                found[i] = true;
                found[i + 1] = true;
                pieces += MIN_FURNITURE;
                i += 1;
            }
        }
        i += 1;
    }
    pieces
}

/// A handle alone on its line (`@annareports`), as a social network's web page prints it
/// under the writer's name: at most 30 letters, digits or underscores after the `@`.
fn handle_line(t: &str) -> bool {
    t.strip_prefix('@').is_some_and(|h| {
        (1..=30).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}

/// Could the line be a post's writer as a social network prints it over the post: a few
/// words, no colon, no sentence, no count?
fn writer_name(t: &str) -> bool {
    !t.is_empty()
        && !t.contains(':')
        && script::word_count(t) <= CREDIT_WORDS
        && !ends_sentence(t)
        && !count_line(t)
}

/// Units of a post's age before the `·` of its audience (`3h · 🌍`, `2 год. · 🌍`, `5 mins ·`).
const POST_AGE_UNITS: &[&str] = &[
    "h", "hr", "hrs", "m", "min", "mins", "d", "w", "год", "год.", "хв", "хв.", "ч", "ч.", "мин",
    "мин.", "дн", "дн.", "д.", "std", "std.", "tag", "tage", "godz.",
];

/// The icons of a post's audience after its age (public, friends, only me, a group's
/// members), as a social network prints them.
const AUDIENCE_ICONS: &[&str] = &["🌍", "🌎", "🌏", "🌐", "👥", "🔒", "👤"];

/// A post's age and audience on a social network, under its writer's name: an age (`3h`,
/// `2 год.`, `5 mins`, `Just now`) then `·` and its audience's icon (`🌍`, `👥`) or nothing;
/// or a date with a time (`Yesterday at 18:05`, `22 листопада о 10:15`, `November 21, 2024
/// at 10:15 AM`) then `·` and the icon. A byline's `By Staff • 21 November` has words after
/// it, an agenda's `09:00 · Registration` too, and a timeline's or a task's date and time
/// with a flag or a clock after it (`21 Nov, 10:15 · 🇺🇸`, `Due 21 Nov, 17:00 · ⏰`) no
/// audience.
pub(super) fn post_age_line(t: &str) -> bool {
    // (Every line passes here: only a short one with a `·`, and an audience's icon or nothing
    // after it, is cut into words.)
    if t.len() > 2 * POST_DATE_BYTES || !t.contains('·') {
        return false;
    }
    let Some((age, audience)) = t.split_once('·') else {
        return false;
    };
    let (age, audience) = (age.trim(), audience.trim());
    let icon = AUDIENCE_ICONS.contains(&audience.trim_end_matches('\u{fe0f}'));
    if age.is_empty() || !(icon || audience.is_empty()) {
        return false;
    }
    let words: Vec<&str> = age.split_whitespace().collect();
    let figure = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [w] => w.strip_suffix(['h', 'm', 'd', 'w']).is_some_and(figure),
        [n, unit] if figure(n) => lower_is_one_of(unit, POST_AGE_UNITS),
        [just, now] => lower_is_one_of(just, &["just"]) && lower_is_one_of(now, &["now"]),
        _ => {
            // A date or a day with a time (`Yesterday at 18:05`, `22 листопада о 10:15`),
            // with the audience's icon.
            icon && words.len() <= 7
                && age.bytes().any(|b| b.is_ascii_digit())
                && !ends_sentence(age)
                && age.contains(':')
        }
    }
}

/// A post's count alone on its line (`14`, `310`, `41K`, `1.2M`), as a social network's web
/// page prints its replies, reposts, likes and views under the post.
fn count_line(t: &str) -> bool {
    let digits = t.trim_end_matches(['K', 'M', 'k', 'm']);
    !digits.is_empty()
        && digits.len() <= 5
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// Longest date line of a post's header, in bytes (`Dec 4, 2025`, `4 груд. 2025 р.`).
const POST_DATE_BYTES: usize = 24;

/// The furniture of posts copied from a social network's web page (a thread on X): the
/// writer's name over a handle alone on its line (`Anna Reporter` over `@annareports`), the
/// `·` and the date under it (`Dec 4`), and the counts under each post, two or more alone on
/// their lines (`14`, `52`, `310`, `41K`), before the next post's name or the end. Only on a
/// page with such a handle: a column of figures in a table copied as text is its cells.
/// Marks them `found`; returns the pieces of furniture found (each handle is enough alone).
/// Before, each post's counts and the next post's header were text of the point above.
fn post_headers(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let text = |k: usize| lines[k].text.trim();
    // The handle with the `·` right under it: how the network's page sets a post's header (a
    // chat's `@ivan` or `@here`, a press contact's handle, have none).
    let handles: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !found[i]
                && handle_line(text(i))
                && lines.get(i + 1).is_some_and(|l| l.text.trim() == "·")
        })
        .collect();
    // The writer's name right over a post's header line: a few words, no sentence, no
    // point's number (a channel's signature under its post, `@channel_name` after a blank
    // line, has none).
    let writer_over = |i: usize| {
        i.checked_sub(1)
            .filter(|&k| writer_name(text(k)) && marker(lines[k].text).is_none())
    };
    // A post's age and audience under the writer's name, as another network prints them
    // (`Olena Kravchuk` over `3h · 🌍`): both are the page's.
    let mut pieces = 0;
    for i in 0..lines.len() {
        if !found[i] && post_age_line(text(i)) {
            found[i] = true;
            pieces += MIN_FURNITURE;
            if let Some(k) = writer_over(i) {
                found[k] = true;
            }
        }
    }
    if handles.is_empty() {
        return pieces;
    }
    for &i in &handles {
        found[i] = true;
        pieces += MIN_FURNITURE;
        if let Some(k) = writer_over(i) {
            found[k] = true;
        }
        // The `·` and the post's date right under it.
        found[i + 1] = true;
        if let Some(l) = lines.get(i + 2) {
            let t = l.text.trim();
            let date = t.len() <= POST_DATE_BYTES
                && t.bytes().any(|b| b.is_ascii_digit())
                && !ends_sentence(t)
                && marker(l.text).is_none();
            if date {
                found[i + 2] = true;
            }
        }
    }
    // The counts under each post: two or more in a row right over the next post's header
    // (its name, already found); after the last post, at the page's end, three or more (a
    // post's replies, reposts and likes), on a page of several posts.
    let mut i = 0;
    while i < lines.len() {
        let run = lines[i..]
            .iter()
            .take_while(|l| count_line(l.text.trim()))
            .count();
        if run >= 2 {
            let end = i + run;
            let over_header = end < lines.len() && found[end];
            let last = next_with_text(lines, end - 1).is_none() && run >= 3 && handles.len() >= 2;
            if over_header || last {
                found[i..end].iter_mut().for_each(|f| *f = true);
                pieces += 1;
            }
        }
        i += run.max(1);
    }
    pieces
}

/// `Humanitarian issues` over `3.`).
const TEASER_BOXES: &[&str] = &[
    "other topics of interest",
    "you may also like",
    "you might also like",
];

/// A site's notice that it stores cookies, as a page copied whole keeps it at its top or its
/// foot: a paragraph of [`COOKIE_NOTICE_WORDS`] at most that names them (`cookie`, `куки`),
/// its buttons on the lines right under it ([`COOKIE_BUTTONS`]: `Accept all`, `Принять`),
/// at least one, or one at its own line's end after its last sentence (`… Хорошо`), and its
/// heading right above it when it has one (a short line with no stop, `We value your
/// privacy`). Only on a page that shows other furniture (`others` pieces found) or opens with
/// a skip link (`Skip to main content`, [`SKIP_LINKS`]), above the
/// first point or below the last one's line, where a page sets it, and neither announcing its
/// buttons nor announced (a colon): a policy on cookies quotes the notice and its buttons it
/// requires, and a bakery's order lists its cookies. Marks the notice `found`; returns the
/// pieces of furniture found (one notice is enough).
fn cookie_banner(
    lines: &[Line<'_>],
    first_point: usize,
    others: usize,
    found: &mut [bool],
) -> usize {
    let mut pieces = 0;
    // (Or a page that opens with its skip link, copied whole from its first line.)
    let skip_first = lines
        .iter()
        .find(|l| !l.text.trim().is_empty())
        .is_some_and(|l| skip_link(l.text.trim()));
    if others == 0 && !skip_first {
        return 0;
    }
    let text = |k: usize| lines[k].text.trim();
    let below_last = lines[first_point..]
        .iter()
        .rposition(|l| marker(l.text).is_some())
        .map_or(lines.len(), |k| first_point + k + 1);
    for i in (0..first_point).chain(below_last..lines.len()) {
        let t = text(i);
        // (Only lines that may name a cookie are lowered: the word's letters are there.)
        if found[i]
            || t.len() > 4 * FURNITURE_CHARS
            || !(t.contains("ookie") || t.contains("OOKIE") || t.contains("уки"))
            || script::word_count(t) > COOKIE_NOTICE_WORDS
            || marker(t).is_some()
        {
            continue;
        }
        // The word itself (`cookie`, `cookies`, `cookie-файли`, `куки`), not a name that holds
        // it (`Кукин`).
        let lower = t.to_lowercase();
        let names = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "cookie" | "cookies" | "куки" | "кукі"));
        let announced = t.ends_with(':')
            || prev_with_text(lines, i).is_some_and(|k| text(k).ends_with([':', ',', ';']));
        if !names || announced {
            continue;
        }
        let buttons = lines[i + 1..]
            .iter()
            .take_while(|l| cookie_buttons(l.text.trim()))
            .count();
        // A button copied onto the notice's line, after its last sentence (`… вы соглашаетесь
        // с политикой конфиденциальности. Хорошо`).
        let inline_button = t
            .trim_end_matches(['.', '!'])
            .rsplit_once(['.', '!'])
            .is_some_and(|(_, button)| lower_is_one_of(button.trim(), COOKIE_BUTTONS));
        if buttons == 0 && !inline_button {
            continue;
        }
        let heading = i
            .checked_sub(1)
            .filter(|&k| {
                let h = text(k);
                !h.is_empty()
                    && script::word_count(h) <= COOKIE_HEADING_WORDS
                    && !h.ends_with(['.', ':', ';', ','])
                    && marker(h).is_none()
            })
            .map_or(i, |k| k);
        for f in &mut found[heading..=i + buttons] {
            *f = true;
        }
        pieces += MIN_FURNITURE;
    }
    pieces
}

/// Most words of a cookie notice ([`cookie_banner`]).
const COOKIE_NOTICE_WORDS: usize = 80;

/// Most words of a cookie notice's heading ([`cookie_banner`]).
const COOKIE_HEADING_WORDS: usize = 6;

/// Is `t` a cookie notice's buttons: one ([`COOKIE_BUTTONS`]), or several on one line as a
/// page's copy sets them side by side, a tab or a gap of two spaces or more between them
/// (`Accept additional cookies    Reject additional cookies    View cookies`)?
fn cookie_buttons(t: &str) -> bool {
    lower_is_one_of(t, COOKIE_BUTTONS)
        || ((t.contains('\t') || t.contains("  "))
            && gap_parts(t, "  ").all(|part| lower_is_one_of(part, COOKIE_BUTTONS)))
}

/// A cookie notice's buttons, lower-cased ([`cookie_banner`]): each alone on its line, or
/// several side by side ([`cookie_buttons`]).
const COOKIE_BUTTONS: &[&str] = &[
    "accept",
    "accept all",
    "accept cookies",
    "accept all cookies",
    "accept additional cookies",
    "reject additional cookies",
    "view cookies",
    "reject",
    "reject all",
    "decline",
    "agree",
    "i agree",
    "i accept",
    "ok",
    "got it",
    "allow all",
    "manage preferences",
    "manage options",
    "manage cookies",
    "cookie settings",
    "customise",
    "customize",
    "settings",
    "more options",
    "learn more",
    "прийняти",
    "прийняти все",
    "прийняти всі",
    "погоджуюсь",
    "погоджуюся",
    "відхилити",
    "налаштування",
    "детальніше",
    "зрозуміло",
    "добре",
    "принять",
    "принять все",
    "согласен",
    "отклонить",
    "настройки",
    "подробнее",
    "понятно",
    "хорошо",
    "akzeptieren",
    "alle akzeptieren",
    "ablehnen",
    "accepter",
    "tout accepter",
    "refuser",
    "akceptuję",
    "zaakceptuj",
    "odrzuć",
];

/// A box of other stories between the points, set off by blank lines (`Other Topics of
/// Interest`, blank, `Envoy meets counterparts…`, blank, `Washington trims its draft…`, then
/// `4.`): its heading ([`TEASER_BOXES`]) alone on its line, already found, then up to
/// [`MAX_HEADLINES`] paragraphs of one line each (a headline with no stop first, then perhaps
/// its blurb), right above the next point. Marks the teasers `found`; returns the pieces of
/// furniture found (enough alone, as an invitation with its headline is). Before, the
/// announcement and its first headline headed every later point, and the blurb was text of
/// the point above. An invitation over prose, or after the last point, is left as it was.
fn teaser_box(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let blank = |k: usize| blank_at(lines, k);
    let point = |k: usize| point_at(lines, k);
    let Some(first_point) = (0..lines.len()).find(|&k| point(k)) else {
        return 0;
    };
    let mut pieces = 0;
    for i in first_point + 1..lines.len() {
        // (Found lines only, and short ones: the words are compared on a few lines.)
        if !found[i] || !blank(i + 1) || lines[i].text.trim().len() > FURNITURE_LINE_BYTES {
            continue;
        }
        let lower = lines[i].text.trim().to_lowercase();
        if !TEASER_BOXES.contains(&lower.trim_end_matches([':', ' ', '.'])) {
            continue;
        }
        let mut teasers = Vec::new();
        let mut k = i + 1;
        while let Some(t) = (k..lines.len()).find(|&j| !blank(j)) {
            if point(t) {
                break;
            }
            let text = lines[t].text.trim();
            let unquoted = text.trim_end_matches(['"', '”', '»', '\'', '’', ')']);
            let fits = blank(t + 1)
                && text.chars().count() <= FURNITURE_CHARS
                && (!teasers.is_empty() || !unquoted.ends_with(['.', ':', ';', '!']));
            if !fits || teasers.len() == MAX_HEADLINES {
                teasers.clear();
                break;
            }
            teasers.push(t);
            k = t + 1;
        }
        // Right above a point: the box stands between the points.
        let above_point = (k..lines.len()).find(|&j| !blank(j)).is_some_and(point);
        if !teasers.is_empty() && above_point {
            for t in teasers {
                found[t] = true;
            }
            pieces += MIN_FURNITURE;
        }
    }
    pieces
}

/// Is line `k` blank, or past the last line (a block there ends with the text)?
fn blank_at(lines: &[Line<'_>], k: usize) -> bool {
    lines.get(k).is_none_or(|l| l.text.trim().is_empty())
}

/// Does line `k` open a point: numbered or bulleted, not a sub-item?
fn point_at(lines: &[Line<'_>], k: usize) -> bool {
    marker(lines[k].text).is_some_and(|_| !is_sub_item(lines[k].text))
}

/// A consultation page's count of comments under each point (`Коментарі: 4`, `Comments (2)`,
/// [`super::closing::comments_heading`] with a figure): right under a point's text, over a
/// blank line and the next point or over the text's end, on [`MIN_FURNITURE`] points or more.
/// Marks the counts `found`; returns the pieces of furniture found. Before, each was the last
/// line of its point's text, and the last one the draft's closing. A count over more text
/// (the comments themselves) is left: it heads them.
fn comment_counts(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    const COUNT_BYTES: usize = 48;
    let blank = |k: usize| blank_at(lines, k);
    let counts: Vec<usize> = (1..lines.len())
        .filter(|&i| {
            let t = lines[i].text.trim();
            // (A count is short: `Коментарі: 11` has 21 bytes.)
            t.len() <= COUNT_BYTES
                && !found[i]
                && !blank(i - 1)
                && t.bytes().any(|b| b.is_ascii_digit())
                && super::closing::comments_heading(t)
                && next_with_text(lines, i).is_none_or(|k| blank(i + 1) && point_at(lines, k))
        })
        .collect();
    if counts.len() < MIN_FURNITURE {
        return 0;
    }
    for &i in &counts {
        found[i] = true;
    }
    counts.len()
}

/// Does the block of lines with text that line `i` is in end, at most [`MAX_HEADLINES`] lines
/// after it, with a blank line or the text's end?
fn headline_block(lines: &[Line<'_>], i: usize) -> bool {
    lines[i..]
        .iter()
        .take(MAX_HEADLINES + 1)
        .position(|l| l.text.trim().is_empty())
        .is_some()
        || lines.len() - i <= MAX_HEADLINES
}

/// Most headlines an invitation to read more announces (`Mehr zum Thema` over its teasers).
pub const MAX_HEADLINES: usize = 3;

/// The document's title set again between the points, as a page repeats it for search engines
/// (`Position on the Political Settlement of the Crisis` over point 3 and point 8): a line of
/// a few words ([`TEASER_WORDS`]) with no stop and no marker, set off by blank lines, the same
/// at least twice after the first point, and written above it too, as a line of its own (the
/// title) or in quotation marks (the document's name in the lead: `released the document
/// "Position on…"`; not a sentence that names the minutes' `Результати поіменного
/// голосування` set under each item). A section's heading is not set twice. Marks those lines
/// and says how many pieces of furniture they make.
fn repeated_title(lines: &[Line<'_>], first_point: usize, found: &mut [bool]) -> usize {
    let blank = |k: usize| blank_at(lines, k);
    let candidate = |i: usize| {
        let text = lines[i].text.trim();
        !found[i]
            && blank(i.wrapping_sub(1))
            && blank(i + 1)
            && script::word_count(text) >= TEASER_WORDS
            && !text.ends_with(['.', ';', ':', ','])
            && marker(text).is_none()
    };
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in (first_point + 1..lines.len()).filter(|&i| candidate(i)) {
        seen.entry(lines[i].text.trim()).or_default().push(i);
    }
    let named_above = |text: &str| {
        let text = text.to_lowercase();
        lines[..first_point].iter().any(|l| {
            let line = l.text.trim().to_lowercase();
            line == text
                || line.match_indices(&text).any(|(at, _)| {
                    let before = line[..at].chars().next_back();
                    let after = line[at + text.len()..].chars().next();
                    before.is_some_and(|c| "\"“«„'‘".contains(c))
                        && after.is_some_and(|c| "\"”»“'’".contains(c))
                })
        })
    };
    let mut marked = 0;
    for (text, at) in seen {
        if at.len() >= 2 && named_above(text) {
            for i in at {
                found[i] = true;
            }
            marked += MIN_FURNITURE;
        }
    }
    marked
}

/// A news site's own menu items and buttons, one to a line (compared lower-cased): its news,
/// its media and its reader's buttons, not the subjects it covers (`Economy`, `Health`,
/// `Politics`, `Culture` name an agreement's chapters too). Two of them in a column of short
/// lines at a page's top tell a site's menu from a title set on several short lines or a
/// list of a draft's topics.
const MENU_ITEMS: &[&str] = &[
    "home",
    "news",
    "news feed",
    "latest",
    "latest news",
    "video",
    "videos",
    "photos",
    "audio",
    "podcasts",
    "live",
    "multimedia",
    "newsletters",
    "more",
    "menu",
    "search",
    "sign in",
    "log in",
    "login",
    "register",
    "subscribe",
    "support us",
    "donate",
    "become a member",
    "watch tv",
    "головна",
    "головне",
    "меню",
    "новини",
    "стрічка новин",
    "у світі",
    "відео",
    "фото",
    "подкасти",
    "онлайн",
    "колонки",
    "блоги",
    "публікації",
    "спецпроєкти",
    "пошук",
    "увійти",
    "підписка",
    "підписатися",
    "підтримати",
    "главная",
    "главное",
    "новости",
    "лента новостей",
    "в мире",
    "видео",
    "подкасты",
    "блоги",
    "поиск",
    "войти",
    "подписка",
    "подписаться",
    "помочь нам",
    "поддержать",
    "смотреть тв",
    "прямой эфир",
    "прямий ефір",
    "startseite",
    "nachrichten",
    "mediathek",
    "suche",
    "anmelden",
    "abonnieren",
    "accueil",
    "actualités",
    "vidéos",
    "recherche",
    "se connecter",
    "s'abonner",
    "strona główna",
    "wiadomości",
    "wideo",
    "szukaj",
    "zaloguj",
];

/// Is the line a site's menu on one line: three items or more between bars, dots or wide
/// spaces (`Home | News | World | Europe | Video`, `Subscribe    Sign in` is two), each of a
/// few words with a capital?
fn menu_bar(t: &str) -> bool {
    if t.len() > 4 * FURNITURE_LINE_BYTES {
        return false;
    }
    [" | ", " · ", " • ", "   "].iter().any(|sep| {
        let items: Vec<&str> = t
            .split(sep)
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .collect();
        items.len() >= 3
            && items.iter().all(|i| {
                script::word_count(i) <= MENU_ITEM_WORDS
                    && i.starts_with(|c: char| c.is_uppercase())
                    && !i.ends_with(['.', '!', '?', ':', ';', ','])
            })
            // (A title in several languages, `AGREEMENT | УГОДА | СОГЛАШЕНИЕ`, is no menu.)
            && (items.iter().all(|i| i.starts_with(|c: char| c.is_ascii()))
                || items.iter().all(|i| !i.starts_with(|c: char| c.is_ascii())))
    })
}

/// Words that join a title set on several short lines (`AGREEMENT` / `ON` / `SCIENCE` /
/// `AND` / `TECHNOLOGY`), alone on a line, lower-cased: no menu's item.
const TITLE_JOINS: &[&str] = &[
    "and",
    "on",
    "of",
    "for",
    "between",
    "the",
    "to",
    "in",
    "та",
    "і",
    "й",
    "про",
    "між",
    "щодо",
    "и",
    "о",
    "об",
    "между",
    "по",
    "und",
    "über",
    "zwischen",
    "et",
    "sur",
    "entre",
    "i",
    "o",
    "oraz",
    "między",
];

/// A web page's first link, which takes a reader of the screen past the site's menu
/// (compared lower-cased): no draft says it.
const SKIP_LINKS: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "skip to site index",
    "skip to search",
    "перейти до змісту",
    "перейти до основного змісту",
    "перейти до вмісту",
    "перейти до основного вмісту",
    "перейти к основному содержимому",
    "перейти к содержанию",
    "перейти к основному содержанию",
    "zum inhalt springen",
    "direkt zum inhalt",
    "aller au contenu",
    "aller au contenu principal",
    "przejdź do treści",
    "przejdź do menu",
    "aller au menu",
    "aller à la recherche",
    "aller au pied de page",
    "skip to footer",
    "zur navigation",
    "zur suche",
    "ir al contenido",
    "ir al contenido principal",
    "saltar al contenido",
    "vai al contenuto",
    "vai al contenuto principale",
    "naar de inhoud",
    "ga naar de inhoud",
    "ga direct naar inhoud",
    "hoppa till innehållet",
    "hopp til innhold",
    "siirry sisältöön",
    "דלג לתוכן העמוד",
    "דלג לתוכן",
    "içeriğe atla",
];

/// Fewest lines of a site's menu set one item to a line ([`site_menu`]).
pub const MENU_LINES: usize = 4;

/// Fewest lines of a column of menu items at a page's top that one of [`MENU_ITEMS`] is
/// enough for ([`site_menu`]).
pub const LONG_MENU_LINES: usize = 7;

/// Most words of a menu's item (`Sign in`, `Войти`, `Смотреть ТВ`, `Global development`).
pub const MENU_ITEM_WORDS: usize = 3;

/// Most words of any line of a site's menu (the site's name and motto over its items,
/// `Ukraine's Global Voice`, `The Guardian - Back to homepage`), but the site's own.
pub const MENU_LINE_WORDS: usize = 6;

/// Most words of each line of a paragraph above a site's menu that is left out with it (the
/// site's name, an edition's switch), but for a paragraph with a skip link.
pub const ABOVE_MENU_WORDS: usize = 3;

/// Most paragraphs (blocks of lines between blank lines) at a page's top that its menu may
/// stand in: past them is the article ([`site_menu`]).
pub const MENU_PARAGRAPHS: usize = 3;

/// Most lines of a section's name (`Politics`, `War in Ukraine`, `Разбор`) between a page's
/// menu and its headline ([`site_menu`]).
pub const KICKERS: usize = 2;

/// Is a line of a page's top one of the site's menu items: a few words with no stop, or an
/// item of [`MENU_ITEMS`] or [`SKIP_LINKS`] (a site's name may end with a dot: `euronews.`)?
fn menu_item(t: &str) -> bool {
    let words = script::word_count(t);
    (words <= MENU_ITEM_WORDS && (words <= 1 || !t.ends_with(['.', '!', '?', ':', ';', ','])))
        || known_menu_item(t)
}

/// Is the line (trimmed) one of [`MENU_ITEMS`] or [`SKIP_LINKS`]?
pub(super) fn known_menu_item(t: &str) -> bool {
    site_menu_item(t) || skip_link(t)
}

/// Is the text (trimmed) one of a news site's own menu items ([`MENU_ITEMS`])? A web page's
/// list above its headline is its menu when two of its items are (`formats::html`).
pub(crate) fn site_menu_item(t: &str) -> bool {
    t.len() <= FURNITURE_LINE_BYTES && lower_is_one_of(t, MENU_ITEMS)
}

/// Is the line (trimmed) one of [`SKIP_LINKS`]?
pub(super) fn skip_link(t: &str) -> bool {
    t.len() <= FURNITURE_LINE_BYTES && lower_is_one_of(t, SKIP_LINKS)
}

/// The site's menu at the top of a page copied whole from a browser, above the article's
/// headline: a column of lines opening one of the page's first [`MENU_PARAGRAPHS`]
/// paragraphs (a page copied with no blank lines runs on into its headline), each of
/// [`MENU_LINE_WORDS`] words at most or the site's own, with no point and no sentence, none
/// in small letters but the first (`euronews.`) nor a title's joining word (`AND`, `ON`,
/// `Про`: [`TITLE_JOINS`]), not ending with a longer line that is not the site's (the
/// headline); [`MENU_LINES`] lines or more (two with a menu on one line), three in four of
/// them items ([`menu_item`]), two of them the site's own ([`MENU_ITEMS`], a skip link, a
/// language's code, a breadcrumb, a menu on one line counting twice), or one in a column of
/// [`LONG_MENU_LINES`] opening the page. It is marked `found`, with the paragraphs above it
/// that hold a skip link or only lines of a few words (the site's name, an edition's
/// switch), and the section's name under it, up to [`KICKERS`] lines of a few words with no
/// figure, past the page's date, when the headline follows (a longer line that could be a
/// title). A skip link in one of those paragraphs with no sentence is furniture too. Returns
/// the pieces of furniture found (a menu is enough alone). Before, the site's name or the
/// skip link was the draft's title, and the menu its preamble, compared with another page's.
fn site_menu(lines: &[Line<'_>], first_point: usize, found: &mut [bool]) -> usize {
    let mut pieces = 0;
    // The paragraphs above the first point.
    let paragraphs: Vec<Range<usize>> = paragraph_ranges(&lines[..first_point]).collect();
    let text = |k: usize| lines[k].text.trim();
    // What other passes found (a cookie notice over the menu), not the skip links below.
    let found_before = found[..first_point].to_vec();
    // Skip links in a paragraph of no sentence at the page's top (not one a text quotes).
    for p in paragraphs.iter().take(MENU_PARAGRAPHS) {
        if p.clone().any(|k| ends_sentence(text(k))) {
            continue;
        }
        for k in p.clone() {
            if !found[k] && skip_link(text(k)) {
                found[k] = true;
                pieces += MIN_FURNITURE;
            }
        }
    }
    // The site's own: its items, a skip link, a language's code, a breadcrumb (`Головна ›
    // Політика`), a menu on one line (`Home | News | World | Video`).
    let site = |t: &str| {
        known_menu_item(t)
            || (t.len() <= 4 && lower_is_one_of(t, LANGUAGE_CODES))
            || breadcrumb(t)
            || menu_bar(t)
    };
    // A line of a menu's column: a few words, no point, no sentence, not in small letters
    // but the column's first (`euronews.`), nor a title's joining word (`AND`, `ON`, `Про`),
    // nor a headline's two parts about a colon (`Переговоры о мире: онлайн-трансляция`).
    let shape = |k: usize, first: bool| {
        let t = text(k);
        let words = script::word_count(t);
        let headline = words >= super::build::KICKER_HEADLINE_WORDS
            && t.split_once(": ")
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty());
        marker(t).is_none()
            && ((words <= MENU_LINE_WORDS && !headline) || site(t))
            && (words <= 1 || !ends_sentence(t))
            && (first || !t.starts_with(char::is_lowercase))
            && !lower_is_one_of(t, TITLE_JOINS)
    };
    // The column: the lines opening one of the page's first paragraphs (a page copied with
    // no blank lines runs on into its headline), past furniture found over it (a cookie
    // notice).
    let mut menu = None;
    for (n, p) in paragraphs.iter().take(MENU_PARAGRAPHS).enumerate() {
        let start = (p.start..p.end)
            .find(|&k| !found_before[k])
            .unwrap_or(p.end);
        let p = &(start..p.end);
        // (Furniture found inside the column, a cookie notice under the skip link, is passed
        // over: `Skip to main content`, the notice, then `Menu`, `Search`, the breadcrumb.)
        let mut end = (p.start..p.end)
            .find(|&k| !found_before[k] && !shape(k, k == p.start))
            .unwrap_or(p.end);
        // (Not the headline under it, on the next line: a line of more words than an item's
        // that is not the site's ends the column.)
        while end > p.start
            && !found_before[end - 1]
            && script::word_count(text(end - 1)) > MENU_ITEM_WORDS
            && !site(text(end - 1))
        {
            end -= 1;
        }
        let column = (p.start..end).filter(|&k| !found_before[k]);
        let lines_in = column.clone().count();
        let items = column
            .clone()
            .filter(|&k| menu_item(text(k)) || site(text(k)))
            .count();
        // (A menu on one line is a menu alone: it counts twice.)
        let bars = column.clone().filter(|&k| menu_bar(text(k))).count();
        let known = column.clone().filter(|&k| site(text(k))).count() + bars;
        // A long column opening the page needs one (`ТАСС` over `Главное`, `Политика`, `В
        // мире`, `Экономика`, …).
        let long = n == 0 && lines_in >= LONG_MENU_LINES && items == lines_in;
        let named = known >= 2 || (known == 1 && long);
        // (Or two lines and more that are all the site's known items, `Главная` over
        // `Онлайн`; not bars or paths, which a title in two languages also is, `Договір
        // позики | Loan Agreement`.)
        let items_known = column.clone().filter(|&k| known_menu_item(text(k))).count();
        let tall =
            lines_in >= MENU_LINES || (lines_in >= 2 && (bars > 0 || items_known == lines_in));
        if tall && 4 * items >= 3 * lines_in && named {
            menu = Some((n, end));
            break;
        }
    }
    let Some((last, menu_end)) = menu else {
        return pieces;
    };
    // The site's name and an edition's switch above the menu (up to the first paragraph
    // that is neither).
    let above = paragraphs[..last]
        .iter()
        .rev()
        .take_while(|&p| {
            p.clone().any(|k| skip_link(text(k)))
                || p.clone()
                    .all(|k| script::word_count(text(k)) <= ABOVE_MENU_WORDS)
        })
        .count();
    let top = paragraphs[last - above].start;
    for (k, f) in found.iter_mut().enumerate().take(menu_end).skip(top) {
        *f = !lines[k].text.trim().is_empty();
    }
    pieces += MIN_FURNITURE;
    // The section's name under the menu, over the headline (`Politics`, `War in Ukraine`),
    // on its own line, beside the page's date (`24.12.2025 09:41` over `Політика`) or right
    // over the headline.
    let kicker = |t: &str| {
        script::word_count(t) <= MENU_ITEM_WORDS
            && starts_with_capital(t)
            && !t.contains(|c: char| c.is_ascii_digit() || c == ':')
            && !t.ends_with(['.', '!', '?', ';', ','])
            && marker(t).is_none()
    };
    let mut kickers = Vec::new();
    let below = (menu_end..first_point).filter(|&k| !text(k).is_empty());
    for k in below.take(KICKERS + MASTHEAD_LINES + 1) {
        let t = text(k);
        // (A site's item alone is a masthead's line too: `Live`, `Новости`, a kicker here.)
        if kicker(t) {
            kickers.push(k);
            continue;
        }
        if super::build::masthead_line(t) {
            continue;
        }
        // The headline: more words than a section's name, and no sentence (a lead-in under
        // the document's own short title is none).
        let headline = script::word_count(t) > MENU_ITEM_WORDS
            && !t.ends_with('.')
            && super::build::could_be_title(t);
        if headline && kickers.len() <= KICKERS {
            for &k in &kickers {
                found[k] = true;
            }
        }
        break;
    }
    pieces
}

/// How a page's embedded box opens and ends, lower-cased, as BBC pages in every language
/// print them around a post or a promotion (`Skip Twitter post, 1` … `End of Twitter post, 1`,
/// `Пропустити Подкаст і продовжити читання` … `Кінець Подкаст`).
const SKIP_OPENINGS: &[&str] = &["skip ", "пропустити ", "пропустить "];
const SKIP_ENDS: &[&str] = &["end of ", "кінець ", "конец "];

/// The end of an opening that is enough alone (a box with no end line).
const SKIP_READING: &[&str] = &[
    "and continue reading",
    "і продовжити читання",
    "и продолжить чтение",
];

/// Most words of a box's opening or end line, and most lines from one to the other.
pub const SKIP_LINE_WORDS: usize = 8;
pub const SKIP_REACH: usize = 16;

/// A video's button in its teaser between the points (`Відео` over its length, its headline
/// and `Дивитися відео`), lower-cased.
const WATCH_LINES: &[&str] = &[
    "watch video",
    "watch the video",
    "watch now",
    "дивитися відео",
    "дивіться відео",
    "смотреть видео",
    "смотрите видео",
    "video abspielen",
    "regarder la vidéo",
    "obejrzyj wideo",
];

/// The paragraphs of `lines` (runs of lines with text between blank lines), as ranges of
/// line indices, in order.
fn paragraph_ranges<'l>(lines: &'l [Line<'_>]) -> impl Iterator<Item = Range<usize>> + 'l {
    let blank = |k: usize| lines[k].text.trim().is_empty();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < lines.len() && blank(i) {
            i += 1;
        }
        let start = i;
        while i < lines.len() && !blank(i) {
            i += 1;
        }
        (start < i).then_some(start..i)
    })
}

/// Is the line a video's length alone (`3:15`, `1:02:40`)?
fn video_length(t: &str) -> bool {
    let parts: Vec<&str> = t.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().enumerate().all(|(n, p)| {
            (1..=2).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && (n == 0 || p.len() == 2)
        })
}

/// Most lines of a video's teaser, and most words of each.
pub const TEASER_LINES: usize = 6;
pub const TEASER_LINE_WORDS: usize = 14;

/// Boxes a page embeds between the points, read off their own lines: an embedded post or a
/// promotion between its opening, starting a paragraph, and its end line naming it again
/// ([`SKIP_OPENINGS`], [`SKIP_ENDS`], within [`SKIP_REACH`] lines and no point between;
/// an opening that says to go on reading is enough alone), and a video's teaser, a paragraph
/// of a few short lines with its button ([`WATCH_LINES`]) and its length, that no line
/// announces. (`Skip tracing of debtors…` over `End of term: 31 December.` is a contract's.) Marks
/// them `found`; returns the pieces of furniture found (each is enough alone). Before, the
/// box was text of the point above it, and, as its second paragraph, kept the last point's
/// closing paragraphs in it too.
fn embedded_boxes(lines: &[Line<'_>], found: &mut [bool]) -> usize {
    let short = |t: &str, words: usize| {
        t.len() <= FURNITURE_LINE_BYTES && script::word_count(t) <= words && marker(t).is_none()
    };
    let starts = |t: &str, with: &[&str]| {
        let head = lower_head(t, PREFIX_CHARS);
        with.iter().any(|w| head.starts_with(w))
    };
    let blank = |k: usize| lines[k].text.trim().is_empty();
    // A line that starts a point (not a sub-item): no box holds one.
    let point = |k: usize| marker(lines[k].text).is_some() && !is_sub_item(lines[k].text);
    let mut pieces = 0;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].text.trim();
        // (The openings' first letters first: this runs on every line.) An opening starts a
        // paragraph.
        if found[i]
            || !t.starts_with(['S', 's', 'П', 'п'])
            || !short(t, SKIP_LINE_WORDS)
            || !starts(t, SKIP_OPENINGS)
            || ends_sentence(t)
            || (i > 0 && !blank(i - 1))
        {
            i += 1;
            continue;
        }
        // What the box holds, named again by its end (`Skip Twitter post, 1` … `End of
        // Twitter post, 1`; `Пропустити Подкаст і продовжити читання` … `Кінець Подкаст`):
        // the opening's first word after its verb.
        let lower = t.to_lowercase();
        let named = lower
            .split_whitespace()
            .nth(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .filter(|w| !w.is_empty());
        let end = named.and_then(|named| {
            (i + 1..lines.len().min(i + 1 + SKIP_REACH))
                .take_while(|&k| !point(k))
                .find(|&k| {
                    let t = lines[k].text.trim();
                    short(t, SKIP_LINE_WORDS)
                        && starts(t, SKIP_ENDS)
                        && t.to_lowercase()
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|w| w == named)
                })
        });
        let reading = SKIP_READING.iter().any(|r| lower.ends_with(r));
        match end {
            Some(end) => {
                for (k, f) in found.iter_mut().enumerate().take(end + 1).skip(i) {
                    *f = !blank(k);
                }
                pieces += MIN_FURNITURE;
                i = end + 1;
                continue;
            }
            None if reading => {
                found[i] = true;
                pieces += MIN_FURNITURE;
            }
            None => {}
        }
        i += 1;
    }
    // Videos' teasers: paragraphs set off by a blank line, not announced by the line above
    // (`The module has three steps:`), with their button and their length (`3:15`).
    for paragraph in paragraph_ranges(lines) {
        let start = paragraph.start;
        // (The button first: the lines are read only in a paragraph that has one.)
        let button = (2..=TEASER_LINES).contains(&paragraph.len())
            && paragraph.clone().any(|k| {
                let t = lines[k].text.trim();
                t.len() <= FURNITURE_LINE_BYTES && lower_is_one_of(t, WATCH_LINES)
            });
        let announced =
            prev_with_text(lines, start).is_some_and(|k| lines[k].text.trim_end().ends_with(':'));
        let fits = button
            && !announced
            && paragraph
                .clone()
                .any(|k| video_length(lines[k].text.trim()))
            && paragraph
                .clone()
                .all(|k| short(lines[k].text.trim(), TEASER_LINE_WORDS));
        if fits {
            for f in &mut found[paragraph] {
                *f = true;
            }
            pieces += MIN_FURNITURE;
        }
    }
    pieces
}

/// Fewest words of a line printed twice that is taken for a teaser (a headline, not `Yes` in
/// a table).
pub const TEASER_WORDS: usize = 3;

/// Most lines of an embedded post's text above its attribution.
pub const MAX_POST_LINES: usize = 4;

/// A line this short before a furniture line may be a label or a heading (`Пункт 3`), not
/// wrapped text running into it.
const CAPTION_CHARS: usize = 40;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_comment_label_starts_with_a_listed_initial() {
        for label in COMMENT_BALLOONS {
            assert!(label.starts_with(BALLOON_INITIALS), "{label}");
        }
        assert_eq!(comment_balloon("Коментар [ОП2]: перевірити"), Some("ОП2"));
        assert_eq!(comment_balloon("[Comment [AK1]: check]"), Some("AK1"));
        assert_eq!(comment_balloon("Committee [AK1]: check"), None);
    }
}
