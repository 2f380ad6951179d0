//! Dates that look like numbered points: datelines and days written with a dot
//! (`21. November 2025`).

use super::lower_is_one_of;
use super::markers::Marker;

/// Month and weekday names (lower-cased, with their genitive where a date uses it, and the
/// usual abbreviations) in English, German, French, Spanish, Italian, Portuguese, Polish,
/// Czech, Ukrainian and Russian, as a page's dateline writes them (`SATURDAY, 24 SEPTEMBER
/// 2022`, `21. November 2025`, `21 листопада 2025`).
const DATE_WORDS: &[&str] = &[
    // English
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    // German
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    // French
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    // Spanish, Italian, Portuguese
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    // Polish, Czech
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
    // Ukrainian
    "січень",
    "січня",
    "лютий",
    "лютого",
    "березень",
    "березня",
    "квітень",
    "квітня",
    "травень",
    "травня",
    "червень",
    "червня",
    "липень",
    "липня",
    "серпень",
    "серпня",
    "вересень",
    "вересня",
    "жовтень",
    "жовтня",
    "листопад",
    "листопада",
    "грудень",
    "грудня",
    "понеділок",
    "вівторок",
    "середа",
    "четвер",
    "п'ятниця",
    "субота",
    "неділя",
    // Russian
    "январь",
    "января",
    "февраль",
    "февраля",
    "март",
    "марта",
    "апрель",
    "апреля",
    "мая",
    "июнь",
    "июня",
    "июль",
    "июля",
    "августа",
    "сентябрь",
    "сентября",
    "октябрь",
    "октября",
    "ноябрь",
    "ноября",
    "декабрь",
    "декабря",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    // Norwegian, Danish, Swedish (the others as in English or German)
    "desember",
    "januari",
    "februari",
    "maj",
    "augusti",
    // Finnish, as a date writes them (`14. marraskuuta 2025`)
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
];

/// Is `word` a month's or a weekday's name ([`DATE_WORDS`]), any case, an abbreviation's dot
/// or either apostrophe?
pub(super) fn date_word(word: &str) -> bool {
    let lower = word
        .trim_end_matches('.')
        .to_lowercase()
        .replace(['’', 'ʼ'], "'");
    DATE_WORDS.contains(&lower.as_str()) || lower == "август"
}

/// Is the line a date and perhaps a time alone (`10.11.2020`, `21 November 2025, 10:15`,
/// `SATURDAY, 24 SEPTEMBER 2022, 00:12`, `21. November 2025, 14:32 Uhr`, `21 листопада 2025
/// року`), as a news page's dateline or a statement's date? Figures with their separators,
/// month and weekday names ([`DATE_WORDS`]), and a few little words (`року`, `г.`, `at`,
/// `Uhr`), with a figure among them.
pub(super) fn is_dateline(line: &str) -> bool {
    // (`z dnia 14 listopada 2025 r.`, `ze dne 3. října 2025`: a Polish or Czech act's date.)
    const LITTLE: &[&str] = &[
        "року", "р.", "г.", "года", "at", "о", "в", "utc", "gmt", "uhr", "um", "am", "de", "del",
        "à", "h", "z", "dnia", "r.", "ze", "dne",
        // (Also without their stop, as a status's line trimmed of it ends: `Проект от 3 марта
        // 2026 г.`.)
        "г", "р", "r",
    ];
    let s = line.trim();
    // (A date in Chinese or Japanese figures is short and not ASCII: the two checks spare a
    // scan of every other line.)
    if s.len() <= CJK_DATE_BYTES && !s.is_ascii() && cjk_date(s) {
        return true;
    }
    // (Over 240 bytes a line has over 60 characters, four bytes at most each: a point's long
    // line is not counted through.)
    if s.is_empty()
        || s.len() > 4 * 60
        || s.chars().count() > 60
        || !s.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // A dash between the date and the time (`21/11/2025 - 12:10`), when both are there (not
    // a span of hours, `10:00 - 12:00`, nor of years).
    let timed = s.split_whitespace().any(|w| {
        w.contains(':')
            && w.trim_matches(|c: char| c.is_ascii_digit() || c == ':')
                .is_empty()
    }) && s.split_whitespace().any(|w| {
        date_word(w.trim_end_matches(','))
            || (w.contains(['/', '.'])
                && w.trim_end_matches([',', '.'])
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'/' || b == b'.'))
    });
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            if timed && ["-", "–", "—"].contains(&w) {
                return true;
            }
            // A time's zone with its offset (`GMT+1`, `UTC+02:00`).
            let zone = ["gmt", "utc", "GMT", "UTC"].iter().any(|z| {
                w.strip_prefix(z).is_some_and(|offset| {
                    offset.starts_with(['+', '-'])
                        && offset[1..].bytes().all(|b| b.is_ascii_digit() || b == b':')
                })
            });
            if zone {
                return true;
            }
            let figure = w.contains(|c: char| c.is_ascii_digit())
                && w.chars().all(|c| c.is_ascii_digit() || ".:/-–".contains(c));
            // An English or French day (`1st December 2025`, `1er décembre`), or the first
            // of a month with the ordinal indicator of Portuguese and Spanish (`1º de
            // dezembro de 2025`, as a bill's `Sala das Sessões, em 1º de dezembro…` dates it).
            let day = ["st", "nd", "rd", "th", "er", "º", "°"]
                .iter()
                .any(|suffix| {
                    w.strip_suffix(suffix).is_some_and(|d| {
                        (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit())
                    })
                });
            figure || day || LITTLE.contains(&w.to_lowercase().as_str()) || date_word(w)
        })
}

/// Most bytes of a date in Chinese or Japanese figures ([`cjk_date`]): sixteen characters of
/// three bytes.
const CJK_DATE_BYTES: usize = 48;

/// Chinese numerals as dates write them (`二〇二五年`).
const CJK_NUMERALS: &str = "〇零一二三四五六七八九十";

/// A date as Chinese and Japanese documents write it: a year and perhaps a month and a day,
/// in digits or in Chinese numerals, each before its sign (`2025年6月10日`, `二〇二五年六月`).
fn cjk_date(s: &str) -> bool {
    let figure = |c: char| c.is_ascii_digit() || CJK_NUMERALS.contains(c);
    s.contains('年')
        && s.chars().count() <= 16
        && s.starts_with(figure)
        && s.chars().all(|c| figure(c) || "年月日号".contains(c))
}

/// A date written with the day's number first and a dot (`21. November 2025`, as German,
/// Czech and Polish pages print it) is no point `21.`: its line is a date alone
/// ([`is_dateline`]) and a month's name follows the number.
pub(super) fn date_not_point(line: &str, m: &Marker) -> bool {
    // The line test first: it stops at once on a line longer than a date, as points are,
    // before a word is lower-cased.
    let after = line.get(m.rest..).unwrap_or_default();
    (is_dateline(line)
        && (after
            .split_whitespace()
            .next()
            .is_some_and(|w| date_word(w.trim_end_matches(',')))
            // A year first, as Korean and Japanese documents date them (`2025. 12. 26.`).
            || (YEARS.contains(&m.number) && after.starts_with(|c: char| c.is_ascii_digit()))))
        || ordinal_header(after)
        || session_header(after)
}

/// Is a numbered line the wrapped end of the sentence above it, a date whose day opens the
/// line (`Die Waffenruhe beginnt am` over `1. Januar 2026 um Mitternacht.`, as a PDF's or a
/// mail's hard-wrapped German, Czech or Polish text breaks): a month's name and a year after
/// the number, and the line above, right above it, ends with a small word and no stop (`am`,
/// `bis`, `do`)? Before, the date was a point `1.`, cutting the point above short. A heading
/// above a list of dates (`Zeitplan`) starts with a capital.
pub(super) fn wrapped_date(above: &str, line: &str, m: &Marker) -> bool {
    // The cheap tests first (this runs on every numbered line): the line above, then the
    // year, and only then the month's name, which is lower-cased.
    if !ends_mid_sentence(above) {
        return false;
    }
    let after = line.get(m.rest..).unwrap_or_default();
    let mut words = after.split_whitespace();
    let month = words.next();
    words.next().is_some_and(|y| {
        let y = y.trim_end_matches([',', '.', ':']);
        y.len() == 4 && y.parse::<u32>().is_ok_and(|y| YEARS.contains(&y))
    }) && month.is_some_and(date_word)
}

/// Does the line end in the middle of a sentence: with a word in small letters and no stop
/// (`…beginnt am`, `…подібні до статті`), as a hard-wrapped line breaks?
fn ends_mid_sentence(line: &str) -> bool {
    // (Most lines end with a stop: the last byte says so before any character is decoded.)
    let last = line
        .bytes()
        .rev()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\r'));
    if last.is_none_or(|b| b.is_ascii() && !b.is_ascii_alphabetic()) {
        return false;
    }
    let line = line.trim_end();
    line.ends_with(char::is_alphabetic)
        && line.rsplit(char::is_whitespace).next().is_some_and(|w| {
            w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic)
        })
}

/// The years a date written year first may have (`date_not_point`).
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// Does `s` hold a year among its figures (four digits in [`YEARS`]: `05.03.2025`)?
pub(super) fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && d.parse::<u32>().is_ok_and(|y| YEARS.contains(&y)))
}

/// Nouns that a parliament's or a gazette's printout numbers with an ordinal in its header
/// (`21. Wahlperiode`, `75. Jahrgang`), lower-cased: a term, which no list of points counts
/// (an agenda counts its `1. Sitzung`, `2. Sitzung`).
const HEADER_NOUNS: &[&str] = &["wahlperiode", "legislaturperiode", "jahrgang", "kadencja"];

/// Does a point's text start with a header's noun ([`HEADER_NOUNS`]) alone or before the
/// header's other column (`21. Wahlperiode    02.12.2025`)? Such a line is the printout's
/// header, not point 21.
fn ordinal_header(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let Some(noun) = words.next() else {
        return false;
    };
    if !lower_is_one_of(noun.trim_end_matches([',', '.']), HEADER_NOUNS) {
        return false;
    }
    // The header's other column: the date or the printout's number (`Drucksache 21/9999`).
    let column = after.trim_start()[noun.len()..].trim();
    let number = |t: &str| {
        t.split_whitespace().count() <= 2
            && t.split_whitespace().last().is_some_and(|w| {
                w.contains(|c: char| c.is_ascii_digit())
                    && w.chars().all(|c| c.is_ascii_digit() || "./-".contains(c))
            })
    };
    words.next().is_none()
        || ((after.contains("  ") || after.contains('\t'))
            && (is_dateline(column) || number(column)))
}

/// Nouns of a sitting that a printout's cover numbers (`12. Sitzung` alone on its line over
/// `Berlin, Donnerstag, …`), lower-cased: an agenda lists `1. Sitzung` with its date beside
/// it, so only alone.
const SESSION_NOUNS: &[&str] = &["sitzung", "lesung", "tagung"];

/// Is a point's text a sitting's noun alone ([`SESSION_NOUNS`])?
fn session_header(after: &str) -> bool {
    // (Not the whole point's text lower-cased: this runs on every numbered line.)
    let t = after.trim().trim_end_matches('.');
    lower_is_one_of(t, SESSION_NOUNS)
}
