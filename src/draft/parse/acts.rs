//! An official act's heading under its issuer's masthead: the line that says what kind of text
//! it is (`ARRÊTÉ MUNICIPAL N° 2025/147`, `DRAFT OPINION`, `Bundesgesetz`, `قرار وزاري`), under
//! the state, the body, the gazette or the court that issues it (`RÉPUBLIQUE FRANÇAISE`,
//! `European Parliament`, `Resmî Gazete`, `IN THE HIGH COURT OF JUSTICE`). A reader names the
//! text by its kind and subject, never by its issuer.

use super::build::{ACT_HEAD_WORDS, TITLE_WORDS, act_subject_below, could_be_title, in_capitals};
use super::dates::has_year;
use super::sentences::is_sentence;
use super::{Line, next_with_text};
use crate::script;

/// Words that name a kind of official text, lower-cased, as its heading opens with them
/// (`Décret n° …`, `Protocol on …`, `Закон України`, `قرار وزاري`), after a draft's status
/// (`Draft`, `Projet de`, `Проект`), or closes with them where the language puts the kind last
/// (`… HAKKINDA KANUN`, `საქართველოს კანონი`, `Bundesgesetz`, `Wiederaufbaugesetz`).
/// Only words that name an act: `plan`, `framework` or `statement` head a news story as well.
const ACT_KINDS: &[&str] = &[
    // English
    "act",
    "agreement",
    "bill",
    "charter",
    "code",
    "convention",
    "decision",
    "declaration",
    "decree",
    "directive",
    "judgment",
    "law",
    "memorandum",
    "minutes",
    "opinion",
    "order",
    "ordinance",
    "protocol",
    "regulation",
    "regulations",
    "resolution",
    "statute",
    "treaty",
    // French, German, Polish
    "accord",
    "arrêté",
    "avis",
    "décision",
    "décret",
    "délibération",
    "loi",
    "ordonnance",
    "protocole",
    "règlement",
    "résolution",
    "traité",
    "abkommen",
    "beschluss",
    "gesetz",
    "gesetzes",
    "richtlinie",
    "urteil",
    "verordnung",
    "vertrag",
    "decyzja",
    "porozumienie",
    "rozporządzenie",
    "uchwała",
    "umowa",
    "ustawa",
    "wyrok",
    "zarządzenie",
    // Spanish, Portuguese, Italian
    "acuerdo",
    "decreto",
    "ley",
    "reglamento",
    "resolución",
    "sentencia",
    "tratado",
    "lei",
    "portaria",
    "resolução",
    "accordo",
    "delibera",
    "legge",
    "ordinanza",
    "regolamento",
    // Romanian
    "hotărâre",
    "hotărârea",
    "lege",
    "legea",
    "ordonanță",
    "ordonanța",
    "decret",
    "ordin",
    "regulament",
    // Ukrainian, Russian
    "закон",
    "кодекс",
    "меморандум",
    "наказ",
    "постанова",
    "протокол",
    "розпорядження",
    "рішення",
    "угода",
    "указ",
    "ухвала",
    "договір",
    "постановление",
    "приказ",
    "распоряжение",
    "решение",
    "соглашение",
    "договор",
    "определение",
    // Georgian, Arabic (Turkish: [`TURKISH_KINDS`])
    "კანონი",
    "დადგენილება",
    "ბრძანება",
    "قرار",
    "قانون",
    "مرسوم",
    "لائحة",
];

/// The kind's word as a draft's status governs it ([`STATUS_BEFORE_KIND`]: `Проект закону`,
/// `Проект постановления`, `Projekt ustawy`), lower-cased.
const KINDS_AFTER_STATUS: &[&str] = &[
    "закону",
    "постанови",
    "наказу",
    "указу",
    "угоди",
    "договору",
    "закона",
    "постановления",
    "приказа",
    "указа",
    "распоряжения",
    "решения",
    "соглашения",
    "договора",
    "ustawy",
    "rozporządzenia",
    "uchwały",
    "umowy",
];

/// A draft's status before the kind's word, lower-cased (`DRAFT OPINION`, `Projet de loi`,
/// `PROPOSITION DE LOI`).
const STATUS_BEFORE_KIND: &[&str] = &[
    "draft",
    "proposed",
    "projet",
    "proposition",
    "proposición",
    "proposta",
    "proyecto",
    "projeto",
    "progetto",
    "entwurf",
    "projekt",
    "проект",
    "проєкт",
];

/// Words that join a status to the kind (`Projet de loi`, `Proyecto de ley`).
const STATUS_JOINS: &[&str] = &["de", "d'", "di", "del", "eines", "einer"];

/// A word without its punctuation, lower-cased.
fn bare(word: &str) -> String {
    let mut w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // (Turkish `İ` lower-cases to `i` and a dot above: `YÖNETMELİK` is `yönetmelik`.)
    w.retain(|c| c != '\u{307}');
    w
}

/// The kinds of act German writes at the end of a compound (`Bundesgesetz`,
/// `Durchführungsverordnung`), lower-cased.
const GERMAN_KINDS: &[&str] = &["gesetz", "gesetzes", "verordnung", "abkommen", "abkommens"];

/// Does the word, lower-cased, end with a kind of act as a German compound names it
/// (`bundesgesetz`, `durchführungsverordnung`)?
fn german_compound(word: &str) -> bool {
    GERMAN_KINDS
        .iter()
        .any(|k| word.len() > k.len() && word.ends_with(k))
}

/// Is the line written in a script with no capitals (Arabic, Chinese): none of its letters
/// upper- or lower-case?
fn caseless(s: &str) -> bool {
    !s.chars().any(|c| c.is_lowercase() || c.is_uppercase())
}

/// The kinds of Turkish acts, lower-cased, which close an act's name (`… DAİR YÖNETMELİK`,
/// `… HAKKINDA KANUN`).
const TURKISH_KINDS: &[&str] = &[
    "kanun",
    "karar",
    "kararname",
    "yönetmelik",
    "tebliğ",
    "genelge",
    "yönerge",
];

/// Does the word name a kind of act ([`ACT_KINDS`], [`TURKISH_KINDS`]), or end with a German
/// one (`Bundesgesetz`, `Wiederaufbaugesetz`, `Durchführungsverordnung`, `eines Gesetzes`)?
pub(super) fn kind_word(word: &str) -> bool {
    let w = bare(word);
    ACT_KINDS.contains(&w.as_str()) || TURKISH_KINDS.contains(&w.as_str()) || german_compound(&w)
}

/// Does the word name a kind of Turkish act ([`TURKISH_KINDS`]), in any case (`YÖNETMELİK`)?
pub(super) fn turkish_kind(word: &str) -> bool {
    TURKISH_KINDS.contains(&bare(word).as_str())
}

/// How a printout says when the text was filed, lower-cased (`Enregistré à la Présidence de
/// l'Assemblée nationale le 18 mars 2025.`, `Надійшов до Верховної Ради …`).
const FILING_WORDS: &[&str] = &[
    "enregistré",
    "déposé",
    "registered",
    "filed",
    "introduced",
    "eingegangen",
    "eingebracht",
    "wpłynął",
    "wpłynęło",
    "надійшов",
    "зареєстровано",
    "внесений",
    "внесен",
    "вносится",
    "внесено",
    "поступил",
    "présenté",
    "présentée",
    "transmis",
    "transmise",
    "presented",
    "printed",
];

/// Is the line a sentence of a printout's masthead saying when the text was filed: a year and
/// one of [`FILING_WORDS`], in no more than [`TITLE_WORDS`]?
fn filing_line(t: &str) -> bool {
    has_year(t) && script::word_count(t) <= TITLE_WORDS && {
        let lower = t.to_lowercase();
        FILING_WORDS.iter().any(|w| lower.contains(w))
    }
}

/// Is the line an act's heading by its kind: it opens with the kind's word, past a draft's
/// status (`ARRÊTÉ MUNICIPAL N° 2025/147`, `DRAFT CONSENT ORDER`, `Projet de loi …`), in no
/// more than [`ACT_HEAD_WORDS`] words (as many as a title with the act's number, `Décret n°
/// …`), or it closes with it in no more than [`ACT_HEAD_WORDS`] (`… HAKKINDA KANUN`,
/// `საქართველოს კანონი`)? Not a sentence, nor a line ending with a colon (`Order of
/// business:`).
pub(super) fn act_kind_line(s: &str) -> bool {
    let s = s.trim();
    // (A short title in brackets goes on from the title: `(Ukraine-Wiederaufbaugesetz –
    // UkrWAG)`.)
    if s.is_empty() || s.starts_with('(') || is_sentence(s) || s.ends_with(':') {
        return false;
    }
    let count = script::word_count(s);
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut k = 0;
    while k < words.len() && STATUS_BEFORE_KIND.contains(&bare(words[k]).as_str()) {
        k += 1;
        while k < words.len() && STATUS_JOINS.contains(&bare(words[k]).as_str()) {
            k += 1;
        }
    }
    // (`DRAFT CONSENT ORDER`: one word may qualify the kind after the status.)
    let governed = |w: &&str| kind_word(w) || KINDS_AFTER_STATUS.contains(&bare(w).as_str());
    let opens = words.get(k).is_some_and(|w| kind_word(w))
        || (k > 0
            && (words.get(k).is_some_and(governed) || words.get(k + 1).is_some_and(governed)));
    // (Only in capitals or in a script with no capitals: a wrapped line of prose may end with
    // one, `… record in this Memorandum`, and a subtitle, `Transit Agreement`.)
    // (Three words at least: `A BILL` over `TO` is a Westminster bill's heading, not its
    // title.)
    let closes = words.len() >= 3
        && (caseless(s) || in_capitals(s))
        && words.last().is_some_and(|w| kind_word(w));
    // (A heading that opens with its kind and the act's number names its subject on the same
    // line, as long as a title may be: `Décret n° 2025-1187 du 4 décembre 2025 relatif à …`.
    // Without the number, a long line is a headline's or a lead's sentence: `Agreement on the
    // 19-point framework came after two days of talks…`.)
    let numbered = words[k..].iter().skip(1).take(2).any(|w| number_sign(w));
    (opens && (count <= ACT_HEAD_WORDS || (numbered && count <= TITLE_WORDS)))
        || (closes && count <= ACT_HEAD_WORDS)
}

/// The formula that joins a Spanish act's kind to its subject (`ACUERDO por el que se
/// establecen…`, `Real Decreto 874/2025, de 6 de octubre, por el que se regula…`), with spaces
/// around it ([`formula_title`]).
const SUBJECT_FORMULAS: &[&str] = &[
    " por el que ",
    " por la que ",
    " por los que ",
    " por las que ",
];

/// Is the line a Spanish act's title as its gazette prints it, one sentence with its stop:
/// its kind first (`ACUERDO`, `Decreto`, `Real Decreto`, `Ley`), the formula that names its
/// subject ([`SUBJECT_FORMULAS`]), two titles' length at most? Before, its stop made it the
/// preamble's first sentence, and the draft had no title.
pub(super) fn formula_title(s: &str) -> bool {
    let t = s.trim();
    let t = register_number(t).unwrap_or(t);
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or("");
    let kind = kind_word(first)
        || (bare(first) == "real" && words.next().is_some_and(|w| bare(w) == "decreto"));
    kind && script::word_count(t) <= 2 * TITLE_WORDS
        && SUBJECT_FORMULAS.iter().any(|f| t.contains(f))
}

/// The text after a gazette's register number opening the line, as the Spanish gazette
/// prints it before an act's title (`20318     Real Decreto 874/2025, … por el que …`): three
/// to six figures, then the text.
pub(super) fn register_number(t: &str) -> Option<&str> {
    let (number, rest) = t.split_once(char::is_whitespace)?;
    ((3..=6).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| rest.trim_start())
}

/// When line `i` opens the page and an act's title as its gazette prints it, after its
/// register number ([`formula_title`]: `20318     Real Decreto …, por el que …`), comes below
/// it within [`MASTHEAD_BLOCK_LINES`] lines with text, past short lines that end no sentence
/// (the gazette's name, its issue line, its section, the ministry), that line: the title.
/// Before, the section (`I. DISPOSICIONES GENERALES`) was.
pub(super) fn registered_title_below(lines: &[Line<'_>], i: usize) -> Option<usize> {
    let mut k = i;
    for _ in 0..MASTHEAD_BLOCK_LINES {
        let t = lines[k].text.trim();
        if k > i && register_number(t).is_some() && formula_title(t) {
            return Some(k);
        }
        if is_sentence(t) || script::word_count(t) > ACT_HEAD_WORDS || t.ends_with([':', ';']) {
            return None;
        }
        k = next_with_text(lines, k)?;
    }
    None
}

/// Signs that an act's number follows (`n° 2025-1187`, `No. 8801`, `№ 118`, `Nr. 12`), as
/// written before it, lower-cased.
const NUMBER_SIGNS: &[&str] = &["n°", "nº", "n.", "no.", "no", "nr", "nr.", "núm.", "№"];

/// Is the word the sign of an act's number ([`NUMBER_SIGNS`]), or glued to it (`№118`)?
fn number_sign(word: &str) -> bool {
    NUMBER_SIGNS.contains(&word.to_lowercase().as_str()) || word.starts_with('№')
}

/// Is an act's heading set as one, not a word of a line that may be a byline or a subtitle
/// (`Bill Bostock`, `Draft Agreement`, `Memorandum`): in capitals (`ARRÊTÉ MUNICIPAL`,
/// `DRAFT OPINION`), in a script with no capitals (`قرار وزاري`), with the act's number
/// (`Decreto 842/2025`), a German compound that names its kind (`Bundesgesetz`), or a draft's
/// status joined to the kind (`Entwurf eines Gesetzes`, `Projet de loi`)?
fn set_as_heading(s: &str) -> bool {
    let mut words = s.split_whitespace().map(bare);
    let status_joined = words
        .next()
        .is_some_and(|w| STATUS_BEFORE_KIND.contains(&w.as_str()))
        && words
            .next()
            .is_some_and(|w| STATUS_JOINS.contains(&w.as_str()));
    let compound = s
        .split_whitespace()
        .next()
        .is_some_and(|w| german_compound(&bare(w)));
    caseless(s)
        || in_capitals(s)
        || s.bytes().any(|b| b.is_ascii_digit())
        || compound
        || status_joined
}

/// Most lines with text looked through from an issuer's masthead to the act's heading
/// ([`act_heading_below`]): a court's name over its divisions, the claim's number, the judge
/// and the date.
pub const MASTHEAD_BLOCK_LINES: usize = 10;

/// When line `i` opens an issuer's masthead, no act's heading itself (`RÉPUBLIQUE FRANÇAISE`,
/// `European Parliament`, `Resmî Gazete`, a council's site name), and an act's heading comes
/// below it within [`MASTHEAD_BLOCK_LINES`] lines with text, past short lines that end no
/// sentence (the body's divisions, the date, the number, the site's breadcrumb), the line that
/// is the title: the act's subject where its heading only names a kind in capitals
/// ([`act_subject_below`]: `РІШЕННЯ` over `Про організацію…`), or the heading (`ARRÊTÉ
/// MUNICIPAL N° 2025/147`); of a kind's word alone over a fuller heading that names the kind
/// again (a gazette's section `KANUN` over `… HAKKINDA KANUN`), the fuller one.
/// `unmarked` tells the lines that start no point.
pub(super) fn act_heading_below(
    lines: &[Line<'_>],
    i: usize,
    unmarked: impl Fn(usize) -> bool,
) -> Option<usize> {
    let s = lines[i].text.trim();
    let masthead = |t: &str| {
        !is_sentence(t) && script::word_count(t) <= ACT_HEAD_WORDS && !t.ends_with([':', ';'])
    };
    // (A line that closes with a kind's word names the act itself, no issuer: `Harbour Dues
    // Bill` over its contents and the printout's `A` / `BILL` / `TO`.)
    let named = s.split_whitespace().count() >= 2
        && s.split_whitespace().last().is_some_and(kind_word)
        && !super::build::issuer_name(s);
    if !unmarked(i) || act_kind_line(s) || named || !masthead(s) {
        return None;
    }
    let mut k = i;
    for step in 0..MASTHEAD_BLOCK_LINES {
        k = next_with_text(lines, k)?;
        if !unmarked(k) {
            return None;
        }
        let t = lines[k].text.trim();
        if in_capitals(t)
            && let Some(subject) = act_subject_below(lines, k, &unmarked)
        {
            return Some(subject);
        }
        // (Right under the line, the heading is the title's subtitle: `FRAMEWORK FOR A LASTING
        // PEACE` over `Draft agreement by the mediators`. A masthead has more lines.)
        if step > 0 && act_kind_line(t) && set_as_heading(t) {
            let alone = script::word_count(t) == 1;
            // (Past the issuer's line in Turkish, `İçişleri Bakanlığından:`, "from the Ministry
            // of the Interior"; the fuller heading may be set over two lines in capitals.)
            let below = next_with_text(lines, k).map(|n| {
                let by = lines[n].text.trim();
                let from = alone
                    && ["dan:", "den:", "tan:", "ten:"]
                        .iter()
                        .any(|e| by.ends_with(e));
                match next_with_text(lines, n) {
                    Some(m) if from && !is_sentence(by) && script::word_count(by) <= 6 => m,
                    _ => n,
                }
            });
            let kind_heading = |n: usize| {
                let first = lines[n].text.trim();
                act_kind_line(first)
                    || lines.get(n + 1).is_some_and(|l| {
                        in_capitals(first)
                            && in_capitals(l.text)
                            && act_kind_line(&format!("{first} {}", l.text.trim()))
                    })
            };
            let fuller = below.filter(|&n| unmarked(n) && kind_heading(n));
            let title = match fuller {
                Some(n) if alone => n,
                _ => k,
            };
            return could_be_title(lines[title].text).then_some(title);
        }
        // (Nor the date the text was filed, said in a sentence: `Enregistré à la Présidence
        // de l'Assemblée nationale le 18 mars 2025.`)
        if !masthead(t) && !filing_line(t) {
            return None;
        }
    }
    None
}
