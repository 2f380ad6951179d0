//! Ordinal words, letters and Roman numerals that number a draft with no numbers (`First:`,
//! `A.`, `I.`, `а)`).

use super::Line;
use super::build::SIGNATURE_TITLE_WORDS;
use super::headings::is_heading_like;
use super::markers::{Family, Marker, NUMBER_WORDS, Scheme};
use super::numbers::roman_value;
use super::paragraphs::{lines_are_paragraphs, prose_paragraphs};
use super::sentences::{ends_sentence, starts_with_capital};
use crate::script;

/// Letters and Roman numerals that number the points of a draft with no numbers
/// (`I.`…`VII.` in a declaration of principles, `A.`…`E.` in a communiqué, `(a)`…`(d)` under
/// a council's `Decides,`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ordinals {
    Roman,
    Capitals,
    Small,
    /// Small Roman numerals (`(i)`, `(ii)`), as joint statements and agreements number the
    /// terms they list.
    SmallRoman,
    CyrillicCapitals,
    CyrillicSmall,
    /// Ordinal words (`First:`, `Перше.`, `Другий пункт —`, `Пункт третій.`), as a speech or
    /// a news page lists a plan's points ([`ORDINAL_WORDS`]).
    Words,
    /// Hebrew letters (`א.`, `ב.`), as Israeli government decisions number their items.
    Hebrew,
    /// Korean syllables in the order of the alphabet (`가.`, `나.`, `다.`), as Korean official
    /// documents number their items.
    Korean,
}

/// The Korean syllables that number items, in order (가나다라…, up to fourteen).
const KOREAN_LETTERS: &str = "가나다라마바사아자차카타파하";

/// The Hebrew letters in order, as items are numbered with them (up to twenty-two).
const HEBREW_LETTERS: &str = "אבגדהוזחטיכלמנסעפצקרשת";

/// Ordinal words, lower-cased, by value (from 1), separated by spaces: English, Ukrainian and
/// Russian (each gender, and the adverbs `по-перше`, `во-первых`; to the twentieth, as a plan
/// of twenty points is read out), German, Spanish, Italian and French. (Past the twentieth, a
/// Spanish tens word takes its unit as a second word, read as labels read it:
/// [`spelled_ordinal`](super::spelled::spelled_ordinal).)
/// The highest value an ordinal word of [`ORDINAL_WORDS`] has (the twentieth).
pub(super) const LAST_ORDINAL_WORD: usize = ORDINAL_WORDS.len();

const ORDINAL_WORDS: &[&str] = &[
    "first firstly по-перше во-первых перше перший перша первое первый первая erstens primero primera \
     premièrement primo \
     pierwsze pierwszy أولاً أولا birincisi",
    "second secondly по-друге во-вторых друге другий друга второе второй вторая zweitens \
     segundo deuxièmement secondo \
     drugie drugi ثانياً ثانيا ikincisi segunda",
    "third thirdly по-третє в-третьих третє третій третя третье третий третья drittens tercero tercera \
     troisièmement terzo \
     trzecie trzeci ثالثاً ثالثا üçüncüsü",
    "fourth fourthly по-четверте в-четвёртых в-четвертых четверте четвертий четверта \
     четвёртое четвертое четвёртый четвертый четвёртая четвертая viertens cuarto cuarta \
     quatrièmement quarto \
     czwarte czwarty رابعاً رابعا dördüncüsü",
    "fifth fifthly по-п'яте в-пятых п'яте п'ятий п'ята пятое пятый пятая fünftens quinto quinta \
     cinquièmement \
     piąte piąty خامساً خامسا beşincisi",
    "sixth sixthly по-шосте в-шестых шосте шостий шоста шестое шестой шестая sechstens sexto sexta \
     sixièmement sesto \
     szóste szósty سادساً سادسا altıncısı",
    "seventh seventhly по-сьоме в-седьмых сьоме сьомий сьома седьмое седьмой седьмая siebtens \
     séptimo séptima septièmement settimo \
     siódme siódmy سابعاً سابعا yedincisi",
    "eighth eighthly по-восьме в-восьмых восьме восьмий восьма восьмое восьмой восьмая \
     achtens octavo octava huitièmement ottavo \
     ósme ósmy ثامناً ثامنا sekizincisi",
    "ninth ninthly по-дев'яте в-девятых дев'яте дев'ятий дев'ята девятое девятый девятая \
     neuntens noveno novena neuvièmement nono \
     dziewiąte dziewiąty تاسعاً تاسعا dokuzuncusu",
    "tenth tenthly по-десяте в-десятых десяте десятий десята десятое десятый десятая zehntens \
     décimo décima dixièmement decimo \
     dziesiąte dziesiąty عاشراً عاشرا onuncusu",
    "eleventh по-одинадцяте в-одиннадцатых elftens одинадцяте одинадцятий одинадцята одиннадцатое одиннадцатый одиннадцатая \
     onzièmement undécimo undécima decimoprimero decimoprimera undicesimo undicesima",
    "twelfth по-дванадцяте в-двенадцатых zwölftens douzièmement дванадцяте дванадцятий дванадцята двенадцатое двенадцатый двенадцатая \
     duodécimo duodécima decimosegundo decimosegunda dodicesimo dodicesima",
    "thirteenth treizièmement по-тринадцяте в-тринадцатых dreizehntens тринадцяте тринадцятий тринадцята тринадцатое тринадцатый тринадцатая \
     decimotercero decimotercera tredicesimo tredicesima",
    "fourteenth vierzehntens quatorzièmement по-чотирнадцяте в-четырнадцатых чотирнадцяте чотирнадцятий чотирнадцята четырнадцатое четырнадцатый четырнадцатая \
     decimocuarto decimocuarta quattordicesimo quattordicesima",
    "fifteenth fünfzehntens quinzièmement по-п'ятнадцяте в-пятнадцатых п'ятнадцяте п'ятнадцятий п'ятнадцята пятнадцатое пятнадцатый пятнадцатая \
     decimoquinto decimoquinta quindicesimo quindicesima",
    "sixteenth sechzehntens seizièmement по-шістнадцяте в-шестнадцатых шістнадцяте шістнадцятий шістнадцята шестнадцатое шестнадцатый шестнадцатая \
     decimosexto decimosexta sedicesimo sedicesima",
    "seventeenth siebzehntens dix-septièmement по-сімнадцяте в-семнадцатых сімнадцяте сімнадцятий сімнадцята семнадцатое семнадцатый семнадцатая \
     decimoséptimo decimoséptima diciassettesimo diciassettesima",
    "eighteenth achtzehntens dix-huitièmement по-вісімнадцяте в-восемнадцатых вісімнадцяте вісімнадцятий вісімнадцята восемнадцатое восемнадцатый восемнадцатая \
     decimoctavo decimoctava diciottesimo diciottesima",
    "nineteenth neunzehntens dix-neuvièmement по-дев'ятнадцяте в-девятнадцатых дев'ятнадцяте дев'ятнадцятий дев'ятнадцята девятнадцатое девятнадцатый девятнадцатая \
     decimonoveno decimonovena diciannovesimo diciannovesima",
    "twentieth zwanzigstens vingtièmement по-двадцяте в-двадцатых двадцяте двадцятий двадцята двадцатое двадцатый двадцатая \
     vigésimo vigésima ventesimo ventesima",
];

/// Keywords that may stand before or after an ordinal word (`Пункт перший.`, `Перший пункт
/// передбачає…`, `Point one`), lower-cased.
pub(super) const ORDINAL_KEYWORDS: &[&str] = &[
    "пункт",
    "point",
    "item",
    "крок",
    "шаг",
    "step",
    "punto",
    "punkt",
    "ponto",
];

/// Articles that may stand before an ordinal word and its keyword (`Il secondo punto,`, `The
/// third point:`), lower-cased.
const ORDINAL_ARTICLES: &[&str] = &["the", "il", "el", "lo", "la", "le", "o"];

/// The value of an ordinal word ([`ORDINAL_WORDS`]), any case, either apostrophe.
pub(super) fn ordinal_word_value(word: &str) -> Option<u32> {
    let lower = word.to_lowercase().replace(['’', 'ʼ'], "'");
    ORDINAL_VALUES.get(lower.as_str()).copied()
}

/// Each word of [`ORDINAL_WORDS`] with its value, the first entry's where two hold it: looked
/// up on every line, where the lists were searched word by word.
static ORDINAL_VALUES: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u32>> =
    std::sync::LazyLock::new(|| {
        let mut values = rustc_hash::FxHashMap::default();
        for (place, words) in (1..).zip(ORDINAL_WORDS) {
            for word in words.split_whitespace() {
                values.entry(word).or_insert(place);
            }
        }
        values
    });

/// An item numbered by an ordinal word at the start of `line` (`First: punishment…`,
/// `Перше. Суверенітет…`, `Другий — укладення…`, `Перший пункт передбачає…`, `Пункт
/// третій. Держава…`): the word as written, its value and where the text starts. Without a
/// keyword the word needs a separator (`.`, `:`, a spaced dash) and white space after it:
/// `First the parties…` and `Second World War` are prose.
fn ordinal_word_marker(line: &str) -> Option<(String, u32, usize)> {
    let s = line.trim_start();
    // A word with its apostrophes and hyphens (`По-п'яте`).
    let word_end = |t: &str| {
        t.char_indices()
            .find(|&(k, c)| {
                !(c.is_alphabetic()
                    || "'’ʼ".contains(c)
                    || (c == '-' && t[k + 1..].starts_with(char::is_alphabetic)))
            })
            .map_or(t.len(), |(k, _)| k)
    };
    let keyword_at = |t: &str| {
        let len = word_end(t);
        ORDINAL_KEYWORDS
            .contains(&t[..len].to_lowercase().as_str())
            .then_some(len)
    };
    // `І останнє, дванадцяте: …`, `And finally, twelfth: …`: the last item says so first.
    let mut rest = last_lead(s).unwrap_or(s);
    if let Some(found) = spoken_number_item(line, rest) {
        return Some(found);
    }
    let mut keyword = false;
    // `Il secondo punto, …`: an article, then the ordinal and its keyword (checked below).
    let article = word_end(rest);
    let mut needs_keyword = false;
    // Polish `Po pierwsze,`: an adverb of two words.
    let polish = rest[..article].eq_ignore_ascii_case("po") && rest[article..].starts_with(' ');
    if polish {
        rest = rest[article..].trim_start_matches([' ', '\u{a0}']);
    }
    if !polish
        && ORDINAL_ARTICLES.contains(&rest[..article].to_lowercase().as_str())
        && rest[article..].starts_with(' ')
    {
        rest = rest[article..].trim_start_matches([' ', '\u{a0}']);
        needs_keyword = true;
    }
    let keyword_start = rest;
    if let Some(len) = keyword_at(rest) {
        rest = rest[len..].trim_start_matches([' ', '\u{a0}']);
        keyword = true;
    }
    // `1-й пункт —`, `1er point :`, `2nd point:`: a number with an ordinal's ending, before
    // a point's keyword.
    let numeric = numeric_ordinal(rest);
    // `Point three. …` after `The second point: …`: a speaker who numbers the points by a
    // keyword before a number word (a cardinal) as well; with a separator after it, as
    // `Point one of the plan says…` is prose.
    let mut cardinal = false;
    let (len, value) = match numeric {
        Some(found) => found,
        None => {
            let len = word_end(rest);
            let word = &rest[..len];
            match ordinal_word_value(word) {
                // (A tens word and its unit, `VIGÉSIMO PRIMERA.–`, as a label's ordinal is read.)
                Some(value) if value % 10 == 0 => super::spelled::spelled_ordinal(rest)
                    .filter(|&(more, end)| more > value && end > len)
                    .map_or((len, value), |(more, end)| (end, more)),
                Some(value) => (len, value),
                None if keyword => {
                    let place = NUMBER_WORDS
                        .iter()
                        .position(|n| n.eq_ignore_ascii_case(word))?;
                    cardinal = true;
                    (len, u32::try_from(place + 1).ok()?)
                }
                None => return None,
            }
        }
    };
    needs_keyword |= numeric.is_some();
    // (A number word is labelled with its keyword, `Point three`, as `Number one` is.)
    let token = if cardinal {
        &keyword_start[..keyword_start.len() - rest.len() + len]
    } else {
        &rest[..len]
    };
    let mut after = &rest[len..];
    if !keyword {
        let spaced = after.trim_start_matches([' ', '\u{a0}']);
        if spaced.len() < after.len()
            && let Some(len) = keyword_at(spaced)
        {
            after = &spaced[len..];
            keyword = true;
        }
    }
    if needs_keyword && !keyword {
        return None;
    }
    // `step`, `крок`, `шаг` after an ordinal need a separator.
    let keyword_step = {
        let before = rest[..rest.len() - after.len()].to_lowercase();
        ["step", "крок", "шаг"]
            .iter()
            .any(|k| before.trim_end().ends_with(k))
    };
    let spaced = after.trim_start_matches([' ', '\u{a0}']);
    // `Дванадцятий, останній, — …`: the last point named as such before its separator.
    let (after, spaced) = match last_aside(after) {
        Some(rest) => (rest, rest.trim_start_matches([' ', '\u{a0}'])),
        None => (after, spaced),
    };
    // An adverb (`По-перше,`, `Во-первых,`, `Firstly,`, `Erstens,`), or the ordinal with its
    // keyword (`Primo punto, la tregua`), takes a comma.
    let lower = token.to_lowercase();
    let adverb = lower.contains('-')
        || ENGLISH_ORDINAL_ADVERBS.contains(&lower.as_str())
        || lower.ends_with("ly")
        || lower.ends_with("ens")
        || lower.ends_with("ment")
        || ["si", "sı", "su", "sü"].iter().any(|e| lower.ends_with(e))
        || polish;
    let separator = match spaced.chars().next() {
        Some(c @ ('.' | ':')) if spaced.len() == after.len() => Some(c.len_utf8()),
        // French puts a space before the colon (`1er point : …`).
        Some(':') if keyword => Some(1),
        Some(',') if (adverb || keyword) && spaced.len() == after.len() => Some(1),
        Some(c @ ('—' | '–' | '-')) if spaced.len() < after.len() => Some(c.len_utf8()),
        _ => None,
    };
    let text = match separator {
        Some(len) => {
            let t = &spaced[len..];
            // `Primero.-`, `PRIMERA.-`: Spanish resolutions and contracts put a dash after the
            // ordinal's full stop.
            let t = if spaced.starts_with('.') {
                t.strip_prefix(['-', '–', '—']).unwrap_or(t)
            } else {
                t
            };
            let text = t.trim_start();
            (text.len() < t.len()).then_some(text)?
        }
        // `Перший пункт передбачає…`: a point's keyword is enough (`Первый шаг к миру…` is
        // prose).
        None if keyword && !cardinal && spaced.len() < after.len() && !keyword_step => spaced,
        None => return None,
    };
    if text.is_empty() {
        return None;
    }
    Some((token.to_owned(), value, line.len() - text.len()))
}

/// Endings of a number written as an ordinal (`1-й`, `2-ге`, `3-тє`, `1-ый`, `1er`, `2e`,
/// `2ème`, `3rd`), lower-cased: Ukrainian, Russian, French and English.
const NUMERIC_ORDINAL_ENDINGS: &[&str] = &[
    "й", "ий", "ій", "ый", "ой", "а", "я", "ая", "е", "є", "ше", "ге", "тє", "те", "ме", "ое",
    "er", "re", "e", "ème", "eme", "è", "st", "nd", "rd", "th",
];

/// A number of one or two digits with an ordinal's ending ([`NUMERIC_ORDINAL_ENDINGS`]), a
/// hyphen before it or not, at the start of `s`: its length and value.
fn numeric_ordinal(s: &str) -> Option<(usize, u32)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let after = &s[digits..];
    let hyphen = usize::from(after.starts_with('-'));
    let ending = &after[hyphen..];
    let letters = ending
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(ending.len(), |(k, _)| k);
    let lower = ending[..letters].to_lowercase();
    if letters == 0 || !NUMERIC_ORDINAL_ENDINGS.contains(&lower.as_str()) {
        return None;
    }
    Some((digits + hyphen + letters, s[..digits].parse().ok()?))
}

/// A speaker's item numbered `Number one, …`, `Number two: …` (a transcript of remarks
/// that list a plan's points): the label, its value and where the text starts.
fn spoken_number_item(line: &str, s: &str) -> Option<(String, u32, usize)> {
    let word = s.get(..7)?;
    if !word.eq_ignore_ascii_case("number ") {
        return None;
    }
    let after = &s[7..];
    // (`Number one,` or `Number One:`.)
    let len = after
        .char_indices()
        .find(|&(k, c)| !(c.is_ascii_lowercase() || (k == 0 && c.is_ascii_uppercase())))
        .map_or(after.len(), |(k, _)| k);
    let value = NUMBER_WORDS
        .iter()
        .position(|n| n.eq_ignore_ascii_case(&after[..len]))?;
    let rest = &after[len..];
    let rest = rest
        .strip_prefix([',', ':'])
        .or_else(|| rest.strip_prefix(" —").or_else(|| rest.strip_prefix(" –")))?;
    let text = rest.trim_start();
    (text.len() < rest.len() && !text.is_empty()).then(|| {
        (
            s[..7 + len].to_owned(),
            value as u32 + 1,
            line.len() - text.len(),
        )
    })
}

/// English ordinals that are adverbs as they stand (`First, the borders…`, `Second, …`, as a
/// speech or a statement sets out its points), as `Firstly,` is: a comma may follow them.
/// (A run of three at least, in order, makes the list, [`MIN_ORDINALS`].)
const ENGLISH_ORDINAL_ADVERBS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Words naming an item the last of its list, set off by commas after its ordinal
/// (`Дванадцятий, останній, — …`, `Twelfth, and last: …`).
const LAST_WORDS: &[&str] = &[
    "останній",
    "останнє",
    "остання",
    "заключний",
    "последний",
    "последнее",
    "последняя",
    "заключительный",
    "last",
    "final",
    "and last",
    "and final",
    "заключительное",
    "заключительная",
    "заключне",
    "заключна",
    "letzter",
    "letztens",
    "dernier",
    "enfin",
    "ostatni",
    "último",
    "última",
    "ultimo",
    "ultima",
];

/// Conjunctions that join an ordinal to the word naming it the last without a comma
/// (`Neuntens und letztens:`, `Twelfth and last:`).
const LAST_CONJUNCTIONS: &[&str] = &["and", "und", "et", "y", "e", "і", "та", "и"];

/// Words that open the last item of a list before its ordinal (`І останнє, дванадцяте:`,
/// `И последнее, тринадцатое:`, `And finally, twelfth:`), lower-cased, without the comma;
/// a conjunction alone may too ([`LAST_CONJUNCTIONS`], `І дев'яте.`).
const LAST_LEADS: &[&str] = &[
    "і останнє",
    "та останнє",
    "і наостанок",
    "і нарешті",
    "и последнее",
    "и последний",
    "и последняя",
    "і останній",
    "і остання",
    "и наконец",
    "and last",
    "and lastly",
    "and finally",
    "и, наконец",
    "і, нарешті",
    "and, finally",
    "finally",
    "lastly",
    "наконец",
    "нарешті",
    "наостанок",
    "und schließlich",
    "und zuletzt",
    "et enfin",
    "y por último",
];

/// The rest of `line` after a lead naming its item the last ([`LAST_LEADS`]) and its comma,
/// when an ordinal word follows: `None` otherwise.
fn last_lead(line: &str) -> Option<&str> {
    let leads = LAST_LEADS.iter().filter_map(|lead| {
        let head = line.get(..lead.len())?;
        (head.to_lowercase() == *lead).then(|| line[lead.len()..].strip_prefix(','))?
    });
    // `І дев'яте. …`: a conjunction alone; `And the twentieth point: …`, with an article.
    let first_word = |rest: &str| -> usize {
        rest.find(|c: char| !(c.is_alphabetic() || "'’ʼ-".contains(c)))
            .unwrap_or(rest.len())
    };
    leads.chain(after_conjunction(line)).find_map(|rest| {
        let rest = rest.trim_start_matches([' ', '\u{a0}']);
        let end = first_word(rest);
        let word = &rest[..end];
        let ordinal = if ORDINAL_ARTICLES.contains(&word.to_lowercase().as_str()) {
            let next = rest[end..].strip_prefix(' ')?;
            &next[..first_word(next)]
        } else {
            word
        };
        ordinal_word_value(ordinal).map(|_| rest)
    })
}

/// What follows a conjunction ([`LAST_CONJUNCTIONS`]) and its space at the start of `text`.
fn after_conjunction(text: &str) -> Option<&str> {
    LAST_CONJUNCTIONS.iter().find_map(|c| {
        let head = text.get(..c.len())?;
        (head.to_lowercase() == *c)
            .then(|| text[c.len()..].strip_prefix(' '))
            .flatten()
    })
}

/// What follows `, останній,` (or `, and last`) at the start of `text`, before the item's
/// separator: `None` when `text` does not start so.
fn last_aside(text: &str) -> Option<&str> {
    let inner = match text.strip_prefix(',') {
        // `Тринадцята, і остання:`: the conjunction may follow the comma.
        Some(inner) => {
            let inner = inner.trim_start_matches([' ', '\u{a0}']);
            after_conjunction(inner).unwrap_or(inner)
        }
        // `Neuntens und letztens:`: without a comma, a conjunction joins them.
        None => after_conjunction(text.strip_prefix(' ')?)?,
    };
    LAST_WORDS.iter().find_map(|w| {
        let head = inner.get(..w.len())?;
        let rest = &inner[w.len()..];
        let ends = !rest.starts_with(char::is_alphanumeric);
        if !(ends && head.to_lowercase() == *w) {
            return None;
        }
        // `Dixièmement et dernier point, …`: the keyword after it, then the separator.
        let keyword = rest.strip_prefix(' ').and_then(|r| {
            let end = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
            POINT_WORDS
                .contains(&r[..end].to_lowercase().as_str())
                .then(|| &r[end..])
        });
        let rest = keyword.unwrap_or(rest);
        // A separator follows (`В-третьих, заключительное заседание…` is the item's text).
        let next = rest.trim_start_matches([' ', '\u{a0}']);
        if !next.starts_with([',', '.', ':', '—', '–', '-']) {
            return None;
        }
        Some(if keyword.is_some() {
            rest
        } else {
            rest.strip_prefix(',').unwrap_or(rest)
        })
    })
}

/// The Ukrainian alphabet, then the letters only the Russian one has, in their places: a
/// letter's value is its place in the Ukrainian alphabet, and a list runs on when each letter
/// follows the one before in either alphabet.
const UKRAINIAN_LETTERS: &str = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";

const RUSSIAN_LETTERS: &str = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/// The letters of the Russian alphabet that the Ukrainian one lacks.
const RUSSIAN_ONLY: &str = "ёъыэ";

/// Letters that lettered lists pass over (Russian `Ё`, `Й` and the signs; Ukrainian `Ґ`,
/// `Є`, `Ї`, `Й`, `Ь`).
const SKIPPED_LETTERS: &str = "ёйъыьґєї";

impl Ordinals {
    pub(super) const ALL: [Ordinals; 9] = [
        Ordinals::Roman,
        Ordinals::Capitals,
        Ordinals::Small,
        Ordinals::SmallRoman,
        Ordinals::CyrillicCapitals,
        Ordinals::CyrillicSmall,
        Ordinals::Words,
        Ordinals::Hebrew,
        Ordinals::Korean,
    ];

    /// The name of the scheme (its keyword).
    pub(super) fn name(self) -> &'static str {
        match self {
            Ordinals::Roman => "Roman numerals",
            Ordinals::Capitals => "capital letters",
            Ordinals::Small => "letters",
            Ordinals::SmallRoman => "small Roman numerals",
            Ordinals::CyrillicCapitals => "Cyrillic capital letters",
            Ordinals::CyrillicSmall => "Cyrillic letters",
            Ordinals::Words => "ordinal words",
            Ordinals::Hebrew => "Hebrew letters",
            Ordinals::Korean => "Korean letters",
        }
    }

    /// Small letters (whose items may start in small letters: `a) to call upon…`).
    fn is_small(self) -> bool {
        matches!(
            self,
            Ordinals::Small
                | Ordinals::SmallRoman
                | Ordinals::CyrillicSmall
                | Ordinals::Words
                | Ordinals::Hebrew
                | Ordinals::Korean
        )
    }

    /// The first ordinal, as written.
    pub(super) fn first(self) -> &'static str {
        match self {
            Ordinals::Roman => "I",
            Ordinals::Capitals => "A",
            Ordinals::Small => "a",
            Ordinals::SmallRoman => "i",
            Ordinals::CyrillicCapitals => "А",
            Ordinals::CyrillicSmall => "а",
            Ordinals::Words => "First",
            Ordinals::Hebrew => "א",
            Ordinals::Korean => "가",
        }
    }

    /// The value of `token` (the text before the separator) in this scheme.
    fn value(self, token: &str) -> Option<u32> {
        let mut chars = token.chars();
        let single = match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        match self {
            Ordinals::Roman => {
                let latin: String = token
                    .chars()
                    .map(|c| match c {
                        'І' => 'I',
                        'Х' => 'X',
                        c => c,
                    })
                    .collect();
                if latin.is_empty() || !latin.chars().all(|c| "IVXLC".contains(c)) {
                    return None;
                }
                roman_value(&latin)
            }
            Ordinals::Capitals => {
                let c = single?;
                c.is_ascii_uppercase()
                    .then(|| u32::from(c) - u32::from('A') + 1)
            }
            Ordinals::Small => {
                let c = single?;
                c.is_ascii_lowercase()
                    .then(|| u32::from(c) - u32::from('a') + 1)
            }
            Ordinals::SmallRoman => {
                if token.is_empty() || !token.chars().all(|c| "ivxlc".contains(c)) {
                    return None;
                }
                roman_value(&token.to_ascii_uppercase())
            }
            Ordinals::Words => ordinal_word_value(token),
            Ordinals::Hebrew => {
                let c = single?;
                let place = HEBREW_LETTERS.chars().position(|h| h == c)?;
                u32::try_from(place + 1).ok()
            }
            Ordinals::Korean => {
                let c = single?;
                let place = KOREAN_LETTERS.chars().position(|k| k == c)?;
                u32::try_from(place + 1).ok()
            }
            Ordinals::CyrillicCapitals | Ordinals::CyrillicSmall => {
                let c = single?;
                let upper = self == Ordinals::CyrillicCapitals;
                if c.is_uppercase() != upper {
                    return None;
                }
                let lower = c.to_lowercase().next()?;
                cyrillic_place(lower)
            }
        }
    }

    /// Does `next` follow `last` in this scheme?
    fn follows(self, last: u32, next: u32) -> bool {
        match self {
            Ordinals::CyrillicCapitals | Ordinals::CyrillicSmall => {
                let letter = |v: u32| {
                    UKRAINIAN_LETTERS
                        .chars()
                        .chain(RUSSIAN_ONLY.chars())
                        .nth((v as usize).checked_sub(1)?)
                };
                let (Some(a), Some(b)) = (letter(last), letter(next)) else {
                    return false;
                };
                // The next letter, or one after letters that lists skip (`Е`, `Ж`, `З`,
                // `И`, `К` in Russian, without `Ё` and `Й`).
                [UKRAINIAN_LETTERS, RUSSIAN_LETTERS].iter().any(|alphabet| {
                    alphabet
                        .chars()
                        .skip_while(|&c| c != a)
                        .skip(1)
                        .scan(true, |go_on, c| {
                            let this = go_on.then_some(c);
                            *go_on = SKIPPED_LETTERS.contains(c);
                            this
                        })
                        .any(|c| c == b)
                })
            }
            _ => next == last + 1,
        }
    }
}

/// The place of a lower-case Cyrillic letter (from 1) in the Ukrainian alphabet, or after it
/// for the letters only Russian has.
fn cyrillic_place(c: char) -> Option<u32> {
    let place = UKRAINIAN_LETTERS.chars().position(|x| x == c).or_else(|| {
        RUSSIAN_ONLY
            .chars()
            .position(|x| x == c)
            .map(|k| UKRAINIAN_LETTERS.chars().count() + k)
    })?;
    u32::try_from(place + 1).ok()
}

/// Fewest ordinals in a row (`A.`, `B.`, `C.`) for a draft with no numbers to be numbered by
/// them: two lines that start with `A.` and `B.` may be chance.
pub const MIN_ORDINALS: usize = 3;

/// Fewest words an item numbered by letters or Roman numerals must have to say something
/// (not a name with its initial, `А. Коваленко`).
pub const ITEM_WORDS: usize = 3;

/// An ordinal marker at the start of `line` in `kind`: the family (`A.`, `A)`, `(A)`), the
/// ordinal as written, its value and where the text starts. A capital may follow the
/// separator directly (`I.The participating states`).
fn ordinal_marker(line: &str, kind: Ordinals) -> Option<(Family, String, u32, usize)> {
    if kind == Ordinals::Words {
        let (token, value, rest) = ordinal_word_marker(line)?;
        return Some((Family::Dot, token, value, rest));
    }
    let s = line.trim_start();
    let (family, inner) = match s.strip_prefix('(') {
        Some(inner) => (Family::Enclosed, inner),
        None => (Family::Dot, s),
    };
    let len = inner
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(inner.len(), |(k, _)| k);
    let token = &inner[..len];
    let value = kind.value(token)?;
    let after = &inner[len..];
    let (family, after) = match (family, after.chars().next()?) {
        (Family::Enclosed, ')') => (Family::Enclosed, &after[1..]),
        (Family::Dot, ')') => (Family::Paren, &after[1..]),
        (Family::Dot, '.') => (Family::Dot, &after[1..]),
        _ => return None,
    };
    match after.chars().next() {
        Some(c) if c.is_whitespace() => {}
        Some(c) if c.is_uppercase() && family == Family::Dot => {}
        _ => return None,
    }
    let text = after.trim_start();
    // Capitals and Roman numerals number items that start with a capital (`В. о. Голови`,
    // acting head, is a signature's abbreviation).
    if !kind.is_small() && !starts_with_capital(text) {
        return None;
    }
    Some((family, token.to_owned(), value, line.len() - text.len()))
}

/// The captions of a draft of captions over paragraphs (`captions`: where each caption's text
/// starts in its line, [`caption_markers`](super::paragraphs::caption_markers)) as the items
/// of a list numbered by Roman numerals or capital letters, when each opens with the next one
/// from the first (`I. Cessation of hostilities` over its paragraphs, then `II. Separation
/// of forces`, as a framework numbers its chapters): a marker for each, labelled as written.
/// The numerals are the draft's own labels for its points; without them a caption of one or
/// two words (`I. Purpose`) says too little to be an item ([`ordinal_markers`]).
pub(super) fn numbered_captions(
    lines: &[Line<'_>],
    captions: &[(usize, usize)],
) -> Option<Vec<Marker>> {
    [
        Ordinals::Roman,
        Ordinals::Capitals,
        Ordinals::CyrillicCapitals,
    ]
    .into_iter()
    .find_map(|kind| {
        let mut last: Option<(Family, u32)> = None;
        captions
            .iter()
            .map(|&(i, start)| {
                let caption = lines[i].text.get(start..)?;
                let (family, token, value, rest) = ordinal_marker(caption, kind)?;
                let next = match last {
                    None => value == 1,
                    Some((f, v)) => f == family && kind.follows(v, value),
                };
                last = Some((family, value));
                next.then(|| ordinal_item_marker(kind, family, (token, value, start + rest)))
            })
            .collect()
    })
}

/// Words after an ordinal that name the item a point (`Перший пункт`, `The third point`), not
/// a step (`Перший крок`, whose run a `Четвертий рік поспіль…` may follow).
const POINT_WORDS: &[&str] = &["пункт", "point", "item", "punto", "punkt", "ponto"];

/// Does the line's ordinal word name its item a point ([`POINT_WORDS`] as the next word)?
fn names_a_point(line: &str) -> bool {
    line.split_whitespace().nth(1).is_some_and(|w| {
        let w = w.trim_end_matches([',', '.', ':']).to_lowercase();
        POINT_WORDS.contains(&w.as_str())
    })
}

/// An ordinal word opening `line` with no separator after it (`Четвертий визначає…`, `Fourth
/// comes…`): prose, except as the next item of a run of paragraphs numbered so, at least
/// [`MIN_ORDINALS`] of them with a separator or a keyword, whose items named themselves points
/// (`ordinal_run`, after `Третій пункт стосується…`; not after `First:`, `Second:`, where
/// `Fourth quarter data…` is the page's sentence, nor after two, `Третій рік поспіль…`). Its family, the word, its value and
/// where the text starts.
fn bare_ordinal_word(line: &str) -> Option<(Family, String, u32, usize)> {
    let s = line.trim_start();
    let len = s
        .find(|c: char| !(c.is_alphabetic() || "'’ʼ".contains(c)))
        .unwrap_or(s.len());
    let (word, after) = s.split_at(len);
    let text = after.strip_prefix(' ')?.trim_start();
    let value = ordinal_word_value(word)?;
    (!text.is_empty()).then(|| (Family::Dot, word.to_owned(), value, line.len() - text.len()))
}

/// An ordinal alone on its line with a stop (`IV.`), after a blank line or a sentence's end
/// and over the item's text starting with a capital on the next line (a page that sets the
/// number apart): as [`ordinal_marker`] reads it, its text starting at the line's end. Roman
/// numerals and capitals only (`a.` alone is a word broken off).
fn alone_ordinal(
    line: &str,
    [previous, next]: [Option<&Line<'_>>; 2],
    kind: Ordinals,
) -> Option<(Family, String, u32, usize)> {
    let token = line.trim().strip_suffix('.')?;
    // Not the end of a name wrapped onto its own line (`World War` over `II.`).
    let after_sentence = after_sentence_end(previous);
    if kind.is_small()
        || kind == Ordinals::Words
        || token.is_empty()
        || !after_sentence
        || !token.chars().all(char::is_alphabetic)
        || !next.is_some_and(|n| starts_with_capital(n.text.trim_start()))
    {
        return None;
    }
    let value = kind.value(token)?;
    Some((Family::Dot, token.to_owned(), value, line.len()))
}

/// Does a line after `previous` start after a sentence's end: no line above, a blank one, or
/// one ending in a stop, a colon or a semicolon (not `World War` over `II. The…`)?
fn after_sentence_end(previous: Option<&Line<'_>>) -> bool {
    previous.is_none_or(|p| {
        let p = p.text.trim_end();
        p.trim().is_empty() || p.ends_with(['.', ':', ';', '!', '?'])
    })
}

/// An item numbered by a letter or Roman numeral: the ordinal as written, its value and where
/// its text starts in its line.
type OrdinalItem = (String, u32, usize);

/// The marker of an item numbered in `kind` with `family` (`IV.`, `B)`, `(c)`), labelled as
/// written: for [`ordinal_markers`] and [`numbered_captions`] alike.
fn ordinal_item_marker(
    kind: Ordinals,
    family: Family,
    (token, value, rest): OrdinalItem,
) -> Marker {
    Marker {
        family,
        depth: 1,
        keyword: kind.name().to_owned(),
        label: token.clone(),
        number_text: token,
        number: value,
        rest,
    }
}

/// The items of `lines` numbered in `kind` with `family` (`A.`, `A)`, `(A)`) that run on from
/// the first (`A`, then `B`, ...): for each line, its ordinal as written, value and where its
/// text starts, or `None`.
fn ordinal_run(lines: &[Line<'_>], kind: Ordinals, family: Family) -> Vec<Option<OrdinalItem>> {
    let mut last: Option<u32> = None;
    // Whether an item of the run named itself a point (`Третій пункт стосується…`), and how
    // many items had a separator or a keyword.
    let mut pointed = false;
    let mut strict = 0;
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let paragraph = i == 0 || lines[i - 1].text.trim().is_empty();
            let marked = ordinal_marker(line.text, kind);
            let is_strict = marked.is_some();
            let (f, token, value, rest) = marked
                .or_else(|| {
                    let previous = i.checked_sub(1).and_then(|k| lines.get(k));
                    alone_ordinal(line.text, [previous, lines.get(i + 1)], kind)
                })
                .or_else(|| {
                    let bare = bare_ordinal_word(line.text)?;
                    (kind == Ordinals::Words
                        && pointed
                        && strict >= MIN_ORDINALS
                        && paragraph
                        && last.is_some_and(|l| l + 1 == bare.2))
                    .then_some(bare)
                })?;
            let next = match last {
                None => value == 1,
                Some(l) => kind.follows(l, value),
            };
            (f == family && next).then(|| {
                last = Some(value);
                pointed |= kind == Ordinals::Words && names_a_point(line.text);
                strict += usize::from(is_strict);
                (token, value, rest)
            })
        })
        .collect()
}

/// Headings over an agreement's or a resolution's recitals, lower-cased, as Spanish and Italian
/// set them over recitals numbered by ordinal words (`EXPONEN`, `ANTECEDENTES DE HECHO`,
/// `PREMESSO`).
const RECITAL_HEADINGS: &[&str] = &[
    "exponen",
    "expone",
    "manifiestan",
    "manifiesta",
    "antecedentes",
    "antecedentes de hecho",
    "hechos",
    "considerando",
    "considerandos",
    "premesso",
    "premesse",
    "considerato",
];

/// Is the line above line `at` (past blank lines) a heading over recitals
/// ([`RECITAL_HEADINGS`])?
fn recitals_heading_above(lines: &[Line<'_>], at: usize) -> bool {
    super::prev_with_text(lines, at).is_some_and(|k| {
        let t = lines[k].text.trim().trim_end_matches([':', '.']);
        t.len() <= 40 && RECITAL_HEADINGS.contains(&t.to_lowercase().as_str())
    })
}

/// For a draft with no numbers and no bullet list: letters or Roman numerals that number its
/// points, as the markers of their lines, the scheme and why. The ordinals must start at the
/// first (`A`, `I`, `a`) and run on, [`MIN_ORDINALS`] at least; the longest such run wins.
pub(super) fn ordinal_markers(lines: &[Line<'_>]) -> Option<(Vec<Option<Marker>>, Scheme, String)> {
    ordinal_markers_before(lines, None)
}

/// [`ordinal_markers`], with the lines from `annex` on, when given, an annex's: not counted as
/// paragraphs standing outside the items; and, with such an annex, none above the items when a
/// lead-in's colon stands right over the first.
pub(super) fn ordinal_markers_before(
    lines: &[Line<'_>],
    annex: Option<usize>,
) -> Option<(Vec<Option<Marker>>, Scheme, String)> {
    let end = annex.unwrap_or(lines.len());
    let mut best: Option<(usize, Ordinals, Family, Vec<Option<OrdinalItem>>)> = None;
    for kind in Ordinals::ALL {
        for family in [Family::Dot, Family::Paren, Family::Enclosed] {
            let items = ordinal_run(lines, kind, family);
            let run = items.iter().flatten().count();
            if run >= MIN_ORDINALS && best.as_ref().is_none_or(|(b, ..)| run > *b) {
                best = Some((run, kind, family, items));
            }
        }
    }
    let (_, kind, family, mut items) = best?;
    // A Spanish agreement's recitals numbered by ordinal words under `EXPONEN` (`PRIMERO.- Que
    // …`), then its clauses from the first again under `CLÁUSULAS`: the last such run is the
    // operative part, its points (a resolution's `RESUELVO:` after its `ANTECEDENTES DE HECHO`
    // and `FUNDAMENTOS DE DERECHO`); what stands above, the preamble. Before, twelve recitals
    // were the points and the clauses after them were left to the closing.
    let mut after_recitals = false;
    if kind == Ordinals::Words
        && let Some(first) = items.iter().position(Option::is_some)
        && recitals_heading_above(lines, first)
        && let Some((again, later)) = (first + 1..end)
            .rev()
            .filter(|&k| {
                ordinal_marker(lines[k].text, kind).is_some_and(|m| m.0 == family && m.2 == 1)
            })
            .map(|k| (k, ordinal_run(&lines[k..end], kind, family)))
            .find(|(_, later)| later.iter().flatten().count() >= MIN_ORDINALS)
    {
        items = vec![None; again];
        items.extend(later);
        items.resize(lines.len(), None);
        after_recitals = true;
    }
    // A signatory's initial after the last item (`V. Morel` under `IV. Funding. …`): a name,
    // not an item, when every item before it says something. A name is a word or two with
    // capitals and no stop (not `d) Not agreed.`), alone on its line or over a short title
    // (`Chair, Regional Cycling Forum`) with nothing but such lines after it, not over a
    // sentence (`V. Amendments` over `Amendments are made in writing…`, `E. Evaluation` over
    // its paragraph).
    let said_of = |i: usize, rest: usize| {
        script::word_count(lines[i].text.get(rest..).unwrap_or_default().trim()) >= ITEM_WORDS
    };
    let signed = |i: usize, rest: usize| {
        let own = lines[i].text.get(rest..).unwrap_or_default().trim();
        let name = !own.is_empty()
            && !own.ends_with(['.', '!', '?', ':', ';'])
            && own
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        name && lines[i + 1..]
            .iter()
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .all(|t| script::word_count(t) <= SIGNATURE_TITLE_WORDS && !ends_sentence(t))
    };
    if let Some(last) = items.iter().rposition(Option::is_some)
        && let Some((_, _, rest)) = &items[last]
        && !said_of(last, *rest)
        && signed(last, *rest)
        && items[..last]
            .iter()
            .enumerate()
            .all(|(i, item)| item.as_ref().is_none_or(|(_, _, rest)| said_of(i, *rest)))
    {
        items[last] = None;
    }
    let run = items.iter().flatten().count();
    if run < MIN_ORDINALS {
        return None;
    }
    let markers: Vec<Option<Marker>> = items
        .into_iter()
        .map(|item| item.map(|item| ordinal_item_marker(kind, family, item)))
        .collect();
    // They are not the structure of prose whose lines happen to start so (`…listed in Annex`
    // over `I. navigable…`), of chapters whose titles they number (`I. Purpose` over
    // paragraphs), or of a list of names (`А. Коваленко`): most items say something (items
    // in capitals start with a capital, `ordinal_marker`). An item's sentence may wrap
    // (`II. Absolute` over `freedom of navigation…`, hard-wrapped text): its line and the
    // next, when that one goes on in lower case, are read together.
    let items: Vec<String> = lines
        .iter()
        .enumerate()
        .zip(&markers)
        .filter_map(|((i, l), m)| {
            let own = l.text[m.as_ref()?.rest.min(l.text.len())..].trim();
            // (Not a numeral ending a name that wrapped, `World War` over `II. The Geneva…`:
            // the line above ends a sentence, or there is none.)
            let after_sentence = after_sentence_end(i.checked_sub(1).map(|k| &lines[k]));
            let wrapped = lines
                .get(i + 1)
                .filter(|_| after_sentence && markers.get(i + 1).is_some_and(Option::is_none))
                .map(|next| next.text.trim())
                .filter(|next| next.starts_with(char::is_lowercase));
            // (An ordinal alone on its line, `alone_ordinal`: its text is the next line.)
            let below = || lines.get(i + 1).map_or("", |next| next.text.trim());
            // A caption over its paragraph's text, with no blank line between (`II.
            // Employment and retraining` over `Veterans will have free access…`): a chapter
            // that says something, as captions over paragraphs are (`numbered_captions`).
            let text_under = lines
                .get(i + 1)
                .filter(|_| markers.get(i + 1).is_some_and(Option::is_none))
                .map(|next| next.text.trim())
                .filter(|next| {
                    after_sentence
                        && !own.is_empty()
                        && is_heading_like(own)
                        && starts_with_capital(next)
                        && script::word_count(next) >= ITEM_WORDS
                        && !is_heading_like(next)
                });
            Some(match wrapped.or(text_under) {
                Some(next) if !own.is_empty() && !ends_sentence(own) => format!("{own} {next}"),
                _ if own.is_empty() => below().to_owned(),
                _ => own.to_owned(),
            })
        })
        .collect();
    let said = items
        .iter()
        .filter(|t| script::word_count(t) >= ITEM_WORDS && !is_heading_like(t))
        .count();
    if said * 2 < items.len() {
        return None;
    }
    // Nor is a lettered list inside a draft of plain paragraphs (`The tenant shall:` over
    // `a)`, `b)`, `c)`, then more paragraphs): at most a few paragraphs (a place and date, a
    // closing remark; a preamble beyond the title and the line that leads in) may stand
    // outside the items. A paragraph of short lines without a full stop only is no such
    // paragraph: a circular's heading (`CIRCOLARE N. 12/2025`) and its signature block (`Il
    // Dirigente del Settore` over a name); a heading over its section's text is.
    let first = markers.iter().position(Option::is_some)?;
    let last = markers.iter().rposition(Option::is_some)?;
    let per_line = lines_are_paragraphs(lines, &markers, false).is_ok();
    let paragraphs = |range: std::ops::Range<usize>| prose_paragraphs(lines, range, per_line);
    // (Ordinal words under the act's enacting word in capitals, `ACUERDO`, `DECRETA:`,
    // `DISPONGO:`: what stands above is the act's preamble, its recitals however many. Not
    // under a sentence of prose that leads in, `The reasons are simple:`: an article's
    // paragraphs around three ordinals stay paragraphs.)
    let enacted = kind == Ordinals::Words
        && super::prev_with_text(lines, first).is_some_and(|k| {
            let t = lines[k].text.trim();
            let word = t.trim_end_matches(['.', ':']);
            super::build::in_capitals(t)
                && !word.contains(' ')
                && (t.ends_with(':') || super::acts::kind_word(word))
        });
    // (Before an annex, a lead-in's colon over the first item, `sont convenus :` over `(i)`,
    // makes what stands above the declaration's preamble.)
    let led_in = annex.is_some()
        && super::prev_with_text(lines, first)
            .is_some_and(|k| lines[k].text.trim_end().ends_with(':'));
    let before = if enacted || led_in || after_recitals {
        0
    } else {
        paragraphs(0..first).saturating_sub(2)
    };
    let outside = paragraphs(last + 1..end.max(last + 1)) + before;
    // Ordinal words are rarely a chance: a news page's lead (a dateline, a source) may stand
    // before them.
    let allowed = if kind == Ordinals::Words {
        run
    } else {
        (run / 2).max(1)
    };
    if outside > allowed {
        return None;
    }
    let scheme = Scheme {
        family,
        depth: 1,
        keyword: kind.name().to_owned(),
        mixed: false,
        sections: false,
    };
    let reason = format!(
        "{run} lines start with {} in order, from the first",
        scheme.describe()
    );
    Some((markers, scheme, reason))
}
