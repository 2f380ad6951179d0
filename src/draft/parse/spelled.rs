//! Numbers spelled as ordinal words in labels and division headings (`CLÁUSULA PRIMERA`,
//! `Artículo segundo.`, `المادة الأولى:`, `Άρθρο πρώτο`, `ČÁST DRUHÁ`, `TITRE PREMIER`,
//! `İKİNCİ BÖLÜM`), and Greek numerals (`ΚΕΦΑΛΑΙΟ Β΄`).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::ordinals::ordinal_word_value;

/// Ordinal words that number articles, clauses and divisions after (or, in Turkish, before)
/// their keyword, by value from 1 (the sole one, `Artículo único`, `Capítulo único`, `Article
/// unique`, is the first), as written (compared without accents and case): Spanish,
/// Portuguese, Italian, French, Czech, Slovak, Polish, Greek, Arabic (both genders), Turkish
/// and English. The Ukrainian, Russian and German words are those of the drafts numbered by
/// ordinals alone (`ordinal_word_value`).
const LABEL_ORDINALS: &[&str] = &[
    "primero primera primer primeiro primeira primo prima premier première první prvá prvý \
     prvé pierwszy pierwsza pierwsze πρώτο πρώτος πρώτη الأولى الأول birinci first único única \
     unico unica unique",
    "segundo segunda secondo seconda second seconde deuxième druhá druhý druhé drugi druga \
     drugie δεύτερο δεύτερος δεύτερη الثانية الثاني ikinci",
    "tercero tercera tercer terceiro terceira terzo terza troisième třetí tretí tretia trzeci \
     trzecia τρίτο τρίτος τρίτη الثالثة الثالث üçüncü third",
    "cuarto cuarta quarto quarta quatrième čtvrtá čtvrtý čtvrté štvrtá štvrtý czwarty czwarta \
     τέταρτο τέταρτος τέταρτη الرابعة الرابع dördüncü fourth",
    "quinto quinta cinquième pátá pátý páté piata piaty piąty piąta πέμπτο πέμπτος πέμπτη \
     الخامسة الخامس beşinci fifth",
    "sexto sexta sesto sesta sixième šestá šestý šesté šiesta šiesty szósty szósta έκτο έκτος \
     έκτη السادسة السادس altıncı sixth",
    "séptimo séptima sétimo sétima settimo settima septième sedmá sedmý sedmé siedma siedmy \
     siódmy siódma έβδομο έβδομος έβδομη السابعة السابع yedinci seventh",
    "octavo octava oitavo oitava ottavo ottava huitième osmá osmý osmé ôsma ôsmy ósmy ósma \
     όγδοο όγδοος όγδοη الثامنة الثامن sekizinci eighth",
    "noveno novena nono nona neuvième devátá devátý deváté deviata deviaty dziewiąty \
     dziewiąta ένατο ένατος ένατη التاسعة التاسع dokuzuncu ninth",
    "décimo décima decimo decima dixième desátá desátý desáté desiata desiaty dziesiąty \
     dziesiąta δέκατο δέκατος δέκατη العاشرة العاشر onuncu tenth",
    "undécimo undécima decimoprimero decimoprimera undicesimo undicesima onzième eleventh \
     ενδέκατο ενδέκατος ενδέκατη",
    "duodécimo duodécima decimosegundo decimosegunda dodicesimo dodicesima douzième twelfth \
     δωδέκατο δωδέκατος δωδέκατη",
    "decimotercero decimotercera tredicesimo tredicesima treizième thirteenth",
    "decimocuarto decimocuarta quattordicesimo quattordicesima quatorzième fourteenth",
    "decimoquinto decimoquinta quindicesimo quindicesima quinzième fifteenth",
    "decimosexto decimosexta sedicesimo sedicesima seizième sixteenth",
    "decimoséptimo decimoséptima diciassettesimo diciassettesima dix-septième seventeenth",
    "decimoctavo decimoctava diciottesimo diciottesima dix-huitième eighteenth",
    "decimonoveno decimonovena diciannovesimo diciannovesima dix-neuvième nineteenth",
    "vigésimo vigésima ventesimo ventesima vingtième العشرون العشرين twentieth εικοστό \
     εικοστός εικοστή",
];

/// Spanish, Portuguese and Greek tens that a unit follows as a second word (`DÉCIMA
/// PRIMERA`, `vigésimo tercero`, `δέκατο τρίτο`), after a hyphen (`DÉCIMA-PRIMEIRA`) or in
/// one word (`VIGESIMOPRIMERA`), with their values.
const TENS: &[(&str, u32)] = &[
    ("décimo", 10),
    ("décima", 10),
    ("vigésimo", 20),
    ("vigésima", 20),
    ("trigésimo", 30),
    ("trigésima", 30),
    ("δέκατο", 10),
    ("δέκατος", 10),
    ("δέκατη", 10),
    ("εικοστό", 20),
    ("εικοστός", 20),
    ("εικοστή", 20),
    ("τριακοστό", 30),
    ("τριακοστός", 30),
    ("τριακοστή", 30),
];

/// Arabic tens after a unit and `و` (`الحادية والعشرون`, twenty-first), with their values.
const ARABIC_TENS: &[(&str, u32)] = &[
    ("العشرون", 20),
    ("العشرين", 20),
    ("الثلاثون", 30),
    ("الثلاثين", 30),
    ("الأربعون", 40),
    ("الأربعين", 40),
    ("الخمسون", 50),
    ("الخمسين", 50),
];

/// The Arabic word for ten that follows a unit (`الحادية عشرة`, eleventh; `الثالثة عشرة`,
/// thirteenth), in both genders, and the unit one takes in those compounds.
const ARABIC_TEN: &[&str] = &["عشرة", "عشر"];
const ARABIC_ONE: &[&str] = &["الحادية", "الحادي"];

/// `word` lower-cased and without accents, marks and Turkish dots (`DÉCIMA` → `decima`,
/// `İKİNCİ` → `ikinci`, `الأولى` → `الاولى`), as words are compared here.
fn folded(word: &str) -> String {
    word.to_lowercase()
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .collect()
}

/// The value of one ordinal word of [`LABEL_ORDINALS`] (or of the drafts numbered by ordinals
/// alone), any case, with or without accents; also a tens word and a unit in one
/// (`VIGESIMOPRIMERA`, `decimotercero` as some write it) or hyphenated (`DÉCIMA-PRIMEIRA`).
fn word_value(word: &str) -> Option<u32> {
    let folded_word = folded(word);
    for &(tens, value) in TENS {
        let tens = folded(tens);
        // The Spanish one-word forms drop the tens word's last letter's gender (`decimo`).
        let stem = tens.trim_end_matches(['o', 'a']);
        if let Some(rest) = folded_word
            .strip_prefix(&tens)
            .or_else(|| folded_word.strip_prefix(stem))
        {
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            if let Some(unit) = unit_value(rest) {
                return Some(value + unit);
            }
        }
    }
    unit_value_or_word(word, &folded_word)
}

/// The value of a unit word (1 to 9) of [`LABEL_ORDINALS`], given folded.
fn unit_value(folded_word: &str) -> Option<u32> {
    if folded_word.is_empty() {
        return None;
    }
    LABEL_ORDINALS[..9]
        .iter()
        .position(|line| line.split_whitespace().any(|w| folded(w) == folded_word))
        .and_then(|k| u32::try_from(k + 1).ok())
}

/// The value of one ordinal word, `word` as written and `folded_word` folded.
fn unit_value_or_word(word: &str, folded_word: &str) -> Option<u32> {
    LABEL_ORDINALS
        .iter()
        .position(|line| line.split_whitespace().any(|w| folded(w) == folded_word))
        .and_then(|k| u32::try_from(k + 1).ok())
        // Compared as written: folding would take the breve off Cyrillic `й`.
        .or_else(|| ordinal_word_value(word))
}

/// The length of the word at the start of `s`: letters and their marks, with a hyphen
/// between letters (`dix-septième`).
fn word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(k, c)| {
            !(c.is_alphabetic()
                || is_combining_mark(c)
                || (c == '-' && s[k + 1..].starts_with(char::is_alphabetic)))
        })
        .map_or(s.len(), |(k, _)| k)
}

/// An ordinal spelled in words at the start of `s` (one word, or a Spanish or Portuguese
/// tens word and a unit, or an Arabic unit and ten): its value and length. A word must end
/// there (white space, punctuation or the end follow).
pub(super) fn spelled_ordinal(s: &str) -> Option<(u32, usize)> {
    let len = word_len(s);
    if len == 0 || s[len..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let word = &s[..len];
    // A second word: a unit after a tens word, a ten after an Arabic unit.
    let second = || {
        let gap = s[len..].len() - s[len..].trim_start_matches([' ', '\u{a0}']).len();
        if gap == 0 {
            return None;
        }
        let rest = &s[len + gap..];
        let next = word_len(rest);
        (next > 0 && !rest[next..].starts_with(|c: char| c.is_alphanumeric()))
            .then(|| (&rest[..next], len + gap + next))
    };
    let folded_word = folded(word);
    if let Some(&(_, tens)) = TENS.iter().find(|(t, _)| folded(t) == folded_word)
        && let Some((unit, end)) = second()
        && let Some(unit) = word_value(unit).filter(|u| (1..=9).contains(u))
    {
        return Some((tens + unit, end));
    }
    let one = ARABIC_ONE.iter().any(|w| folded(w) == folded_word);
    let unit = if one { Some(1) } else { word_value(word) };
    if let Some(unit) = unit.filter(|u| (1..=9).contains(u))
        && let Some((ten, end)) = second()
    {
        if ARABIC_TEN.contains(&ten) {
            return Some((10 + unit, end));
        }
        // `الحادية والعشرون`: a unit, `و` and the tens.
        if let Some(&(_, tens)) = ten
            .strip_prefix('و')
            .and_then(|t| ARABIC_TENS.iter().find(|(w, _)| folded(w) == folded(t)))
        {
            return Some((tens + unit, end));
        }
    }
    if one {
        return None;
    }
    unit.map(|v| (v, len))
}

/// A Greek numeral at the start of `s`, as Greek laws number their parts and chapters
/// (`Α΄`, `Β΄`, `ΣΤ΄`, `ΙΑ΄`, up to `Κ΄`): capital letters ended by the numeral sign (a keraia,
/// or an apostrophe); its value and length.
pub(super) fn greek_numeral(s: &str) -> Option<(u32, usize)> {
    let letters = s
        .char_indices()
        .find(|&(_, c)| !('Α'..='Ω').contains(&c) && c != 'Ϛ')
        .map_or(s.len(), |(k, _)| k);
    let sign = s[letters..].chars().next()?;
    if letters == 0 || !['\u{374}', '\u{384}', '\'', '’', 'ʹ'].contains(&sign) {
        return None;
    }
    let units = |t: &str| match t {
        "" => Some(0),
        "Α" => Some(1),
        "Β" => Some(2),
        "Γ" => Some(3),
        "Δ" => Some(4),
        "Ε" => Some(5),
        "ΣΤ" | "Ϛ" => Some(6),
        "Ζ" => Some(7),
        "Η" => Some(8),
        "Θ" => Some(9),
        _ => None,
    };
    let token = &s[..letters];
    let value = if let Some(rest) = token.strip_prefix('Κ') {
        20 + units(rest)?
    } else if let Some(rest) = token.strip_prefix('Ι') {
        10 + units(rest)?
    } else {
        units(token)?
    };
    (value > 0).then_some((value, letters + sign.len_utf8()))
}
