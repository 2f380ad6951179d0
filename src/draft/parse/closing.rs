//! What ends the points: an earlier e-mail quoted under a reply, a closing formula and its
//! signatures, an annex after the last point.

use super::dates::is_dateline;
use super::furniture::FURNITURE_LINE_BYTES;
use super::headings::is_heading_like;
use super::lower_is_one_of;
use super::markers::{Family, Marker, marker};
use super::sentences::starts_with_capital;
use super::{Line, lower_head};
use crate::script;

/// Fields of an e-mail's header as mail programs quote an earlier message under a reply
/// (`From: …`, `Sent: …`), in the languages of their users.
const MAIL_FIELDS: &[&str] = &[
    "from:",
    "sent:",
    "to:",
    "cc:",
    "subject:",
    "date:",
    "von:",
    "gesendet:",
    "an:",
    "betreff:",
    "de :",
    "envoyé :",
    "à :",
    "objet :",
    "от:",
    "отправлено:",
    "кому:",
    "тема:",
    "від:",
    "надіслано:",
    "дата:",
    "копия:",
    "копія:",
    "kopie:",
    "cci :",
    // Norwegian and Danish, Swedish, Dutch, Polish, Spanish and Portuguese, Italian, Finnish
    "fra:",
    "sendt:",
    "til:",
    "kopi:",
    "emne:",
    "från:",
    "skickat:",
    "till:",
    "kopia:",
    "ämne:",
    "van:",
    "verzonden:",
    "aan:",
    "onderwerp:",
    "od:",
    "wysłano:",
    "do:",
    "temat:",
    "de:",
    "enviado:",
    "enviada:",
    "para:",
    "asunto:",
    "assunto:",
    "da:",
    "inviato:",
    "oggetto:",
    "lähettäjä:",
    "lähetetty:",
    "vastaanottaja:",
    "aihe:",
];

/// Lines that open an earlier message quoted in full under a reply or a forward.
pub(super) const MAIL_SEPARATORS: &[&str] = &[
    "-----original message-----",
    "-----ursprüngliche nachricht-----",
    "-----message d'origine-----",
    "-----исходное сообщение-----",
    "-----оригінальне повідомлення-----",
    "---------- forwarded message ---------",
    "-------- пересылаемое сообщение --------",
    "-------- пересланное сообщение --------",
    "-------- переслане повідомлення --------",
];

/// A mail header's field (`From: J. Analyst <…>`, `Subject: FW: draft`), by its name
/// ([`MAIL_FIELDS`]).
pub(super) fn mail_field(line: &str) -> bool {
    let t = line.trim_start();
    // A field's name and colon come first (no allocation for other lines).
    t.len() < 400 && t.chars().take(16).any(|c| c == ':') && {
        let head = lower_head(t, 16);
        MAIL_FIELDS.iter().any(|f| head.starts_with(f))
    }
}

/// Where an earlier message quoted under a reply starts (`From: … / Sent: … / To: … /
/// Subject: …`, or `-----Original Message-----`), when the reply above it has points of its
/// own (two marked lines at least, and no fewer than the message under it): the line, if any;
/// or, when the reply's numbered lines only cite the quoted draft's points, where they end.
pub(super) fn earlier_message(lines: &[Line<'_>]) -> Option<Quoted> {
    let at = quoted_message(lines)?;
    // (Each line's marker, read once for the reply and the message under it.)
    let markers: Vec<Option<Marker>> = lines.iter().map(|l| marker(l.text)).collect();
    if let Some(at) = cited_remarks(lines, &markers, at) {
        return Some(Quoted::Remarks(at));
    }
    let marked = |found: &[Option<Marker>]| found.iter().filter(|m| m.is_some()).count();
    let own = marked(&markers[..at]);
    // A reply's list of its own numbered from 1 (a counter-proposal, numbered remarks) is the
    // draft; a reply's few remarks on a forwarded draft, bulleted or citing its points (`– п.
    // 4: …`, `1) п. 3 …`), over the draft itself, quoted in full with its twenty points, are
    // not: then the longer list is the draft.
    let numbers: Vec<u32> = markers[..at]
        .iter()
        .flatten()
        .filter(|m| m.family != Family::Bullet)
        .map(|m| m.number)
        .collect();
    let own_list = numbers.starts_with(&[1, 2]);
    (own >= 2 && (own_list || own >= marked(&markers[at..]))).then_some(Quoted::Earlier(at))
}

/// What a reply over a quoted message holds ([`earlier_message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Quoted {
    /// The reply has points of its own: the quoted message, from this line, is the closing.
    Earlier(usize),
    /// The reply's numbered lines above this line are remarks citing the quoted draft's
    /// points ([`cited_remarks`]): they number nothing, and the quoted draft is the draft.
    Remarks(usize),
}

/// Where an earlier message quoted under a reply starts: a mail's header (`From: … / Sent: …
/// / To: …`), its separator (`-----Original Message-----`) or a mail program's attribution
/// (`On … wrote:`).
fn quoted_message(lines: &[Line<'_>]) -> Option<usize> {
    let field = |i: usize| lines.get(i).is_some_and(|l| mail_field(l.text));
    (0..lines.len()).find(|&i| {
        let t = lines[i].text.trim();
        // (Every separator opens with dashes.)
        (t.starts_with('-') && t.len() < 60 && MAIL_SEPARATORS.contains(&t.to_lowercase().as_str()))
            || (field(i) && field(i + 1) && field(i + 2))
            || quote_attribution(t)
    })
}

/// Where an earlier message quoted under a reply starts (`at`, [`quoted_message`]), when the
/// reply's numbered lines are remarks that each cite a point of the draft quoted under it
/// (`1) п. 3 треба пом'якшити;`, `2) п. 6 я б прибрала`) and the quoted draft has twice as
/// many numbered lines at least (`markers`, each line's): the reply's numbers are no list of
/// its own, and the quoted draft is the draft (a counter-proposal that replaces two clauses
/// of a draft of three stays the reply's own list).
fn cited_remarks(lines: &[Line<'_>], markers: &[Option<Marker>], at: usize) -> Option<usize> {
    let items: Vec<&str> = lines[..at]
        .iter()
        .zip(markers)
        .filter_map(|(l, m)| m.as_ref().map(|m| (m, l.text)))
        .filter(|(m, _)| m.family != Family::Bullet)
        .map(|(m, text)| text.get(m.rest..).unwrap_or_default())
        .collect();
    let citing = items.iter().filter(|text| cites_a_point(text)).count();
    let quoted = markers[at..].iter().filter(|m| m.is_some()).count();
    (items.len() >= 2 && 2 * citing > items.len() && quoted >= 2 * items.len()).then_some(at)
}

/// Words that cite a point of a draft before its number, lower-cased (`п. 3`, `point 6`, `§
/// 4`).
const POINT_CITATIONS: &[&str] = &[
    "п.",
    "пп.",
    "пункт",
    "пункті",
    "пункту",
    "ст.",
    "стаття",
    "статті",
    "статья",
    "статье",
    "point",
    "item",
    "para",
    "para.",
    "paragraph",
    "clause",
    "art.",
    "article",
    "section",
    "§",
];

/// Does a remark start by citing a point ([`POINT_CITATIONS`] and a number: `п. 3 треба…`,
/// `Point 6: drop it`)?
fn cites_a_point(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(word), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    POINT_CITATIONS.contains(&word.to_lowercase().as_str())
        && number.starts_with(|c: char| c.is_ascii_digit())
}

/// How a mail program introduces the message it quotes under a reply (`On Tue, Dec 23, 2025
/// at 8:02 AM Lead <lead@example.org> wrote:`), as the line's start and end, lower-cased.
const QUOTE_ATTRIBUTIONS: &[(&str, &str)] = &[
    ("on ", "wrote:"),
    ("am ", "schrieb:"),
    ("le ", "a écrit :"),
    ("le ", "a écrit:"),
    ("el ", "escribió:"),
    ("", "пише:"),
    ("", "написав:"),
    ("", "написала:"),
    ("", "пишет:"),
    ("", "написал:"),
];

/// Is the line a mail program's introduction of a quoted message ([`QUOTE_ATTRIBUTIONS`])
/// with its date (a figure) and the sender's address (`<lead@example.org>`)? A news page's
/// `Le 23 novembre, le président a écrit :` over a quoted post is no mail.
fn quote_attribution(t: &str) -> bool {
    // (Every attribution ends with its colon: most lines are let go by their last byte.)
    t.ends_with(':')
        && t.len() < 300
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.contains('@')
        && {
            let lower = t.to_lowercase();
            QUOTE_ATTRIBUTIONS
                .iter()
                .any(|(start, end)| lower.starts_with(start) && lower.ends_with(end))
        }
}

/// How treaties, conventions and regulations open their closing formula, lower-cased: the
/// place, date and languages of signature, then the signatures (`Done at Brussels,`,
/// `IN WITNESS WHEREOF`, `En foi de quoi`, `Y en prueba de conformidad`, `Вчинено в м. Києві`,
/// `Signed by NAME … for and on behalf of …`,
/// `Совершено в городе Минске`), and how laws
/// record their adoption (`Aprovada em 20 de novembro de 2025.`, `Disahkan di Jakarta`). Each
/// but the witness and adoption formulas must name a place (a capital) or the originals next ([`FORMULA_NEXT`]):
/// `Done in 18 of 24 regions`, `Done in accordance with…`, `Вчинено правопорушення` are not.
const CLOSING_FORMULAS: &[(&str, bool)] = &[
    ("done at", true),
    ("done in", true),
    ("in witness whereof", false),
    ("вчинено в", true),
    ("вчинено у", true),
    ("учинено в", true),
    ("учинено у", true),
    ("на посвідчення чого", false),
    ("совершено в", true),
    ("в удостоверение чего", false),
    ("en foi de quoi", false),
    ("fait à", true),
    ("zu urkund dessen", false),
    ("geschehen zu", true),
    ("disahkan di", true),
    ("această lege a fost adoptată", false),
    ("y en prueba de conformidad", false),
    // A Spanish law's promulgation by the King, over its date and signatures.
    ("mando a todos los españoles", false),
    ("por tanto, mando a todos", false),
    ("en prueba de conformidad", false),
    ("signed at", true),
    ("signed in", true),
    ("gedaan te", true),
    ("sporządzono w", true),
    ("sporządzono we", true),
    ("vyhotoveno v", true),
    ("vyhotoveno ve", true),
    ("feito em", true),
    ("dada en", true),
    ("încheiat la", true),
    ("съставено в", true),
    ("съставено във", true),
    ("sastavljeno u", true),
    ("dibuat di", true),
    ("en fe de lo cual", false),
    ("hecho en", true),
    ("in fede di che", false),
    ("fatto a", true),
    // How contracts close: `E, por estarem assim justos e contratados, assinam…` (Brazil),
    // `Y para que así conste, firman…`, `Letto, confermato e sottoscritto`, `Fait en deux
    // exemplaires`, `IN TESTIMONY WHEREOF`.
    ("e, por estarem", false),
    ("e por estarem", false),
    ("y para que así conste", false),
    ("y para que conste", false),
    ("en testimonio de lo cual", false),
    ("letto, confermato e sottoscritto", false),
    ("fait en", true),
    ("in testimony whereof", false),
    // An English-law contract's execution lines: `This agreement has been entered into on
    // the date stated at the beginning of it.`, `Signed by NAME, director, for and on behalf
    // of …`, `Executed as a deed by …`.
    ("this agreement has been entered into on the date", false),
    ("signed by", false),
    ("signed for and on behalf of", false),
    ("for and on behalf of", false),
    ("executed as a deed by", false),
    // Decrees and regulations: `Dado en Madrid`, `Il presente decreto, munito del sigillo
    // dello Stato, sarà inserito…`, the European Union's `This Regulation shall be binding in
    // its entirety…`, an Italian law's `Data a Roma, addì…` (an American executive order's
    // `THE WHITE HOUSE,` is read apart, `closing_formula`).
    ("dado en", true),
    ("dato a", true),
    ("il presente decreto, munito del sigillo", false),
    ("la presente legge, munita del sigillo", false),
    ("this regulation shall be binding in its entirety", false),
    ("data a", true),
    // An American bill as a chamber passed it: `Passed the House of Representatives
    // November 20, 2025.`, `Passed the Senate on first reading.`, then `Attest:`.
    ("passed the house", false),
    ("passed the senate", false),
    ("passed the assembly", false),
];

/// How Portuguese laws record their adoption under the last article, lower-cased: a closing
/// formula only before a date (`Aprovada em 20 de novembro de 2025.`; `Aprovado em referendo,
/// …` is a sentence).
const ADOPTION_FORMULAS: &[&str] = &[
    "aprovada em",
    "aprovado em",
    "promulgada em",
    "promulgado em",
    // A French decree's `Fait le 1er décembre 2025.`
    "fait le",
];

/// Words that may follow a closing formula's opening instead of a place's name.
const FORMULA_NEXT: &[&str] = &[
    "duplicate",
    "triplicate",
    "two",
    "three",
    "four",
    "м.",
    "місті",
    "г.",
    "городе",
    "двох",
    "двух",
    "duplicado",
    "dwóch",
    "dva",
    "la",
    "deux",
    "trois",
];

/// Most words of a signature line under a closing formula (`O Presidente da Assembleia da
/// República, Fulano de Tal.`).
pub const SIGNATURE_WORDS: usize = 12;

/// Words that head an annex, a schedule or an appendix, lower-cased: after a draft's last
/// point ([`annex_heading`]), over its title as an annex's note (`Annex II to …`), over a short
/// list after its points (`Bijlage: deelnemende staten`).
pub(super) const ANNEX_WORDS: &[&str] = &[
    "annex",
    "annexes",
    "schedule",
    "appendix",
    "attachment",
    "додаток",
    "додатки",
    "приложение",
    "приложения",
    "anlage",
    "anlagen",
    "anhang",
    "annexe",
    "anexo",
    "anexos",
    "allegato",
    "allegati",
    "bijlage",
    "bijlagen",
    "załącznik",
    "załączniki",
    "příloha",
];

/// The headings, in capitals, of what explains a bill or an instrument after its text and is
/// no part of it: the explanatory note or memorandum (`UZASADNIENIE`, a Polish bill's under
/// its last article, ran into it as its text).
const EXPLANATORY_HEADINGS: &[&str] = &[
    "EXPLANATORY NOTE",
    "EXPLANATORY MEMORANDUM",
    "ПОЯСНЮВАЛЬНА ЗАПИСКА",
    "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА",
    "UZASADNIENIE",
    "BEGRÜNDUNG",
    "DŮVODOVÁ ZPRÁVA",
    "EXPOSÉ DES MOTIFS",
];

/// Is the line (trimmed) the heading of a bill's explanatory memorandum
/// ([`EXPLANATORY_HEADINGS`])? Outside English the heading names nothing else and may be set
/// in small letters, alone on its line (a German draft's `Begründung`).
fn explanatory_heading(t: &str) -> bool {
    // (The headings open with these letters; most lines are let go by their first.)
    let first = t
        .chars()
        .next()
        .map(|c| c.to_lowercase().next().unwrap_or(c));
    if !first.is_some_and(|c| "beduп".contains(c)) {
        return false;
    }
    EXPLANATORY_HEADINGS.contains(&t)
        || (t.chars().count() <= 32 && {
            let upper = t.to_uppercase();
            EXPLANATORY_HEADINGS
                .iter()
                .any(|h| !h.starts_with("EXPLANATORY") && upper == *h)
        })
}

/// The line where a bill's explanatory memorandum starts after its points, its heading
/// ([`explanatory_heading`]) alone after a blank line, once in the text: what follows explains
/// the provisions one by one (`Zu § 1` over `§ 1 beschreibt den Zweck…`), and its numbers, which
/// start again below the last point's, start no point. (A reason under each amendment,
/// `Uzasadnienie` under `Poprawka 1`, then `2)`, is the amendment's.)
pub(super) fn explanatory_memorandum(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
) -> Option<usize> {
    let first = markers.iter().position(Option::is_some)?;
    let mut headings = (first + 1..lines.len()).filter(|&i| {
        markers[i].is_none()
            && lines[i - 1].text.trim().is_empty()
            && explanatory_heading(lines[i].text.trim())
    });
    let at = headings.next()?;
    if headings.next().is_some() {
        return None;
    }
    // Only after points: a lone number over it is the document's (`N° 1187` heading a
    // French bill, whose `EXPOSÉ DES MOTIFS` comes before its articles), not a point.
    let mut before = markers[..at].iter().flatten();
    if before.clone().nth(1).is_none() && before.next().is_none_or(|m| m.number > 1) {
        return None;
    }
    let last_before = markers[..at].iter().flatten().map(|m| m.number).max()?;
    let next_after = markers[at..].iter().flatten().next();
    next_after
        .is_none_or(|m| m.number <= last_before)
        .then_some(at)
}

/// The line where an annex or a page's list of related documents starts after a draft's
/// points, when the numbers start again under it (`Додаток 1` over `ПЕРЕЛІК пунктів` over
/// `1.` … `4.`; `Похожие документы:` over `1.`, `2.`): a related list's heading
/// ([`RELATED_LISTS`], perhaps right under the page's source), or an annex's heading
/// ([`annex_heading`]) after a blank line, under the points' signature ([`signed_off`]) and
/// over a list of names, places or documents ([`listed_item`]); below two points at least,
/// and the first number under it 1 again. The first such heading decides. Its list numbers
/// no point of the draft: it stays in the closing. (An annex whose numbers go on from the
/// points', `Annex` over `6.`, keeps its points.)
pub(super) fn annex_after_points(lines: &[Line<'_>], markers: &[Option<Marker>]) -> Option<usize> {
    let first = markers.iter().position(Option::is_some)?;
    let mut points = 0;
    for i in first..lines.len() {
        if markers[i].is_some() {
            points += 1;
            continue;
        }
        if points < 2 {
            continue;
        }
        // (A page sets its related list's heading right under the source's line.)
        let t = lines[i].text.trim();
        let related = related_list(t);
        if !(related || (lines[i - 1].text.trim().is_empty() && annex_heading(t))) {
            continue;
        }
        // (The first annex decides: its items and the rest are read once.)
        if !related {
            let listed = || {
                (i..lines.len())
                    .filter(|&k| markers[k].is_some())
                    .all(|k| listed_item(lines[k].text))
            };
            if !signed_off(lines, markers, i) || !listed() {
                return None;
            }
        }
        let last_before = markers[first..i].iter().flatten().map(|m| m.number).max()?;
        return markers[i..]
            .iter()
            .flatten()
            .next()
            .is_some_and(|m| m.number == 1 && last_before >= 2)
            .then_some(i);
    }
    None
}

/// Is the annex's heading at line `at` under a block of its own after the last point, set off
/// by a blank line, each of its lines short and no sentence (a signature, `Міський голова
/// Олена ШЕВЧУК`; a department's name and extension)? An annex right under the points
/// (`Annex 1: Immediate measures` over `1. Ceasefire along the line`) may hold provisions.
fn signed_off(lines: &[Line<'_>], markers: &[Option<Marker>], at: usize) -> bool {
    let Some(last) = markers[..at].iter().rposition(Option::is_some) else {
        return false;
    };
    let block: Vec<&str> = lines[last + 1..at]
        .iter()
        .map(|l| l.text.trim())
        .skip_while(|t| !t.is_empty())
        .filter(|t| !t.is_empty())
        .collect();
    !block.is_empty()
        && lines[last + 1..at].iter().any(|l| l.text.trim().is_empty())
        && block.iter().all(|t| {
            script::word_count(t) <= SIGNED_OFF_WORDS && !t.ends_with(['.', ';', ':', ','])
        })
}

/// Most words of a line of the block that signs off the points over an annex
/// ([`signed_off`]).
const SIGNED_OFF_WORDS: usize = 8;

/// Is the numbered line an item of a list, not a provision: a few words
/// ([`LISTED_ITEM_WORDS`] at most) with no sentence's end (`1. Ліцей № 1, вул. Шкільна, 4`)?
/// A schedule's `1. Omit regulation 4.` or an approved text's `1. Цей Порядок визначає…` are
/// provisions.
fn listed_item(line: &str) -> bool {
    let t = line.trim_end();
    script::word_count(t) <= LISTED_ITEM_WORDS && !t.ends_with(['.', '!', '?', ';', ':'])
}

/// Most words of a listed item under an annex's heading ([`listed_item`]).
const LISTED_ITEM_WORDS: usize = 14;

/// The lines of a meeting's agenda over its minutes (`ПОВЕСТКА ДНЯ:` over `1.` … `4.`, then
/// `1. СЛУШАЛИ:` … `4. СЛУШАЛИ:`): from the agenda's heading ([`AGENDA_HEADINGS`]) to the
/// line where the numbers start again at 1, when the list right under the heading counts
/// from 1 on by one, two items at least. The items discussed are the points; the agenda
/// that announced them is the preamble's. (Minutes that number only their agenda keep it.)
pub(super) fn agenda_over_minutes(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
) -> Option<std::ops::Range<usize>> {
    let first = markers.iter().position(Option::is_some)?;
    // The heading is over the first numbered line, with nothing numbered above it.
    let heading = prev_heading(lines, first)?;
    let mut expected = 1;
    for (k, m) in markers.iter().enumerate().skip(first) {
        let Some(m) = m.as_ref().filter(|m| m.depth == 1) else {
            continue;
        };
        if m.number == expected {
            expected += 1;
        } else {
            return (m.number == 1 && expected > 2).then_some(heading..k);
        }
    }
    None
}

/// The lines numbered 1 that head a section in capitals over points numbered from 1 under
/// it (`1. THE 20-POINT FRAMEWORK, LINE BY LINE` over `1.` … `20.`): the next line numbered
/// in the same style is 1 too. They number a section, not a point. (The next sections'
/// headings, `2. WHAT MOSCOW SAID`, break the points' run and are read as headings already.)
pub(super) fn numbered_sections_over_points(
    lines: &[Line<'_>],
    markers: &[Option<Marker>],
) -> Vec<usize> {
    let numbered: Vec<(usize, &Marker)> = markers
        .iter()
        .enumerate()
        .filter_map(|(k, m)| m.as_ref().map(|m| (k, m)))
        .collect();
    numbered
        .iter()
        .enumerate()
        .filter(|&(at, &(k, m))| {
            let text = lines[k].text.get(m.rest..).unwrap_or_default().trim();
            // (The next in the same style, looked for only under a heading's line.)
            let same_style =
                |n: &Marker| n.family == m.family && n.depth == m.depth && n.keyword == m.keyword;
            m.number == 1
                && super::build::in_capitals(text)
                && script::word_count(text) <= SECTION_HEADING_WORDS
                && !text.ends_with(['.', ';', ':'])
                && numbered[at + 1..]
                    .iter()
                    .find(|(_, n)| same_style(n))
                    .is_some_and(|(_, n)| n.number == 1)
        })
        .map(|(_, &(k, _))| k)
        .collect()
}

/// Most words of a numbered section's heading in capitals ([`numbered_sections_over_points`]).
const SECTION_HEADING_WORDS: usize = 12;

/// The agenda's heading right over line `first` (blank lines between allowed), if it is one
/// ([`AGENDA_HEADINGS`]).
fn prev_heading(lines: &[Line<'_>], first: usize) -> Option<usize> {
    let k = lines[..first]
        .iter()
        .rposition(|l| !l.text.trim().is_empty())?;
    let t = lines[k].text.trim();
    (t.len() <= 40 && lower_is_one_of(t.trim_end_matches([':', '：', '.']), AGENDA_HEADINGS))
        .then_some(k)
}

/// A meeting's agenda as its minutes head it, lower-cased, without a colon.
const AGENDA_HEADINGS: &[&str] = &[
    "agenda",
    "повестка дня",
    "повестка",
    "порядок денний",
    "порядок дня",
    "tagesordnung",
    "ordre du jour",
    "porządek obrad",
    "orden del día",
    "ordine del giorno",
    "议程",
];

/// A page's heading over links to related documents or news under a text (`Похожие
/// документы:`, `Related news`, `相关新闻`), lower-cased, without its colon.
const RELATED_LISTS: &[&str] = &[
    "related documents",
    "related news",
    "related articles",
    "related stories",
    "схожі документи",
    "пов'язані документи",
    "похожие документы",
    "связанные документы",
    "ähnliche dokumente",
    "documents similaires",
    "documentos relacionados",
    "powiązane dokumenty",
    "相关新闻",
    "相关文件",
    "相关阅读",
    "延伸阅读",
];

/// Is the line a related list's heading ([`RELATED_LISTS`])?
fn related_list(t: &str) -> bool {
    t.len() <= 40 && lower_is_one_of(t.trim_end_matches([':', '：']).trim_end(), RELATED_LISTS)
}

/// Most words of an annex's title right after its number, with no separator (`Schedule 1
/// Services`).
const ANNEX_TITLE_WORDS: usize = 4;

/// Is the line an annex's heading (`Schedule 1 – Service levels`, `ANNEX`, `Додаток 2`,
/// `附則`): one of [`ANNEX_WORDS`] with a capital, alone or with a number or letter, and at
/// most a short title after a separator?
pub(super) fn annex_heading(line: &str) -> bool {
    let t = line.trim();
    if t.len() > FURNITURE_LINE_BYTES || !t.starts_with(char::is_uppercase) {
        // Japanese, Chinese and Korean supplementary provisions (`附　則`, spaced or not).
        return t.starts_with(['附', '부']) && t.chars().count() <= 4 && {
            let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            ["附則", "附则", "부칙"].contains(&compact.as_str())
        };
    }
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let word = first.trim_end_matches(['.', ':']).to_lowercase();
    // A statutory instrument's `EXPLANATORY NOTE` (`(This note is not part of the Order)`),
    // or a bill's explanatory memorandum after its articles, in capitals: a bill's
    // `Explanatory note` under each clause is the clause's.
    if explanatory_heading(t) {
        return true;
    }
    if !ANNEX_WORDS.contains(&word.as_str()) {
        return false;
    }
    // In capitals, with the provision it belongs to (a statutory instrument's `SCHEDULE
    // Regulation 2`).
    // Not a sentence that opens with the word in capitals (`SCHEDULE 2 sets out the…`): in
    // capitals throughout (`ANNEX A TO THE MEMORANDUM OF UNDERSTANDING`), or words with
    // capitals and little words between them (`ANNEX I to the Agreement`).
    const LITTLE: &[&str] = &["to", "of", "the", "and", "for", "on", "in", "a", "an"];
    let heading_words = || {
        t.split_whitespace()
            .skip(1)
            .all(|w| !w.starts_with(char::is_lowercase) || LITTLE.contains(&w))
    };
    if first.len() > 1
        && !first.chars().any(char::is_lowercase)
        && is_heading_like(t)
        && heading_words()
    {
        return true;
    }
    match words.next() {
        None => true,
        // `Schedule 1`, `Annex II`, `Appendix A`, `Додаток 2`, then a separator and a title.
        Some(raw) => {
            let n = raw.trim_end_matches(['.', ':', ')']);
            let numbered = !n.is_empty()
                && n.chars().count() <= 5
                && n.chars()
                    .all(|c| c.is_ascii_digit() || "IVXLC".contains(c) || c.is_ascii_uppercase());
            // Or a title in capitals' case right after the number (`Schedule 1 Services`,
            // not the sentence `Annex 2 lists the parties`).
            let rest: Vec<&str> = words.clone().collect();
            let titled = !rest.is_empty()
                && rest.len() <= ANNEX_TITLE_WORDS
                && rest.iter().all(|w| w.starts_with(char::is_uppercase))
                && is_heading_like(t);
            // (The separator may close the number: `Annex A: Sortie estimates`.)
            let closed = raw.ends_with(':') && is_heading_like(t);
            numbered
                && (titled
                    || closed
                    || words.next().is_none_or(|sep| {
                        ["–", "—", "-", ":"].contains(&sep) && is_heading_like(t)
                    }))
        }
    }
}

/// Whole lines (lower-cased, without a final colon or stop) that head the parties' details and
/// signatures under a contract's last article, unnumbered (`РЕКВІЗИТИ ТА ПІДПИСИ СТОРІН`).
const PARTIES_HEADINGS: &[&str] = &[
    "реквізити та підписи сторін",
    "реквізити і підписи сторін",
    "реквізити й підписи сторін",
    "адреси та реквізити сторін",
    "адреси, реквізити та підписи сторін",
    "місцезнаходження та реквізити сторін",
    "юридичні адреси та реквізити сторін",
    "юридичні адреси, реквізити та підписи сторін",
    "реквізити сторін",
    "підписи сторін",
    "реквизиты и подписи сторон",
    "адреса и реквизиты сторон",
    "адреса, реквизиты и подписи сторон",
    "юридические адреса и реквизиты сторон",
    "юридические адреса, реквизиты и подписи сторон",
    "реквизиты сторон",
    "подписи сторон",
    "юридические адреса и банковские реквизиты сторон",
    "адреса и банковские реквизиты сторон",
    "юридичні адреси та банківські реквізити сторін",
    "адреси та банківські реквізити сторін",
    "signatures of the parties",
    "details and signatures of the parties",
    "addresses and signatures of the parties",
    "podpisy stron",
];

/// Is the line the heading of the parties' details and signatures ([`PARTIES_HEADINGS`])?
pub(super) fn parties_heading(line: &str) -> bool {
    let t = line.trim().trim_end_matches([':', '.']).trim_end();
    // (In letters, not bytes: the longest, in Cyrillic, has 48.)
    t.chars().count() <= FURNITURE_LINE_BYTES
        && starts_with_capital(t)
        && PARTIES_HEADINGS.contains(&t.to_lowercase().as_str())
}

/// How a news page goes on in its own words after the list it quotes, lower-cased: its recap
/// of earlier reports (`Нагадаємо, раніше західні ЗМІ писали…`, `Напомним, что…`, `As
/// previously reported, …`). No draft's article opens a paragraph so (an official letter's `Як
/// повідомлялося листом від…` and minutes' `Как сообщалось на прошлом собрании` do: those are
/// not here).
const RECAPS: &[&str] = &[
    "нагадаємо",
    "нагадаю",
    "раніше повідомлялося",
    "раніше повідомлялось",
    "напомним",
    "напомню",
    "ранее сообщалось",
    "as previously reported",
    "as reported earlier",
    "as reported previously",
    "wie berichtet",
    "wie bereits berichtet",
    "przypomnijmy",
    "jak informowaliśmy",
];

/// How a news page's recap of an earlier report may open, lower-cased with its comma, when
/// its first sentence has a verb of reporting too ([`REPORTED`]: `Earlier, Censor.NET
/// reported that…`, `Раніше, як писали ЗМІ, …`).
const EARLIER: &[&str] = &["earlier, ", "раніше, ", "ранее, ", "früher, "];

/// Stems of verbs of reporting, lower-cased (`reported`, `повідомляли`, `сообщали`, `писала`).
const REPORTED: &[&str] = &[
    "reported",
    "wrote",
    "повідомля",
    "писал",
    "писа",
    "заявля",
    "сообща",
    "berichtete",
];

/// Is the line the start of a news page's own text after a quoted list: a recap of earlier
/// reports ([`RECAPS`], followed by a comma, a colon or a space; or [`EARLIER`] with a verb of
/// reporting), the page's copyright line (`© Axel Springer. All rights reserved.`,
/// `Copyright 2025 …`), or the time over a live page's next entry ([`entry_time`]) or its
/// next post's header (`Territory remains the hardest issuepublished at 17:10 GMT`)?
pub(super) fn page_tail(line: &str) -> bool {
    let t = line.trim_start();
    if copyright_line(t) || typo_report(t) || entry_time(t) || signature_delimiter(t) {
        return true;
    }
    if comments_heading(t) || recorded_line(t) || super::repair::live_post_header(t) {
        return true;
    }
    let head = lower_head(t, RECAP_CHARS);
    if EARLIER.iter().any(|e| head.starts_with(e)) {
        // (A stop inside a name, `Censor.NET`, does not end the sentence.)
        let end = [". ", "; "].iter().filter_map(|stop| t.find(stop)).min();
        let sentence = t[..end.unwrap_or(t.len())].to_lowercase();
        return REPORTED.iter().any(|verb| {
            sentence
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word.starts_with(verb))
        });
    }
    RECAPS.iter().any(|recap| {
        head.strip_prefix(recap)
            .is_some_and(|rest| rest.starts_with([',', ':', ' ']))
    })
}

/// Is the line a mail's signature delimiter (`-- `, two dashes alone)? After the last
/// point's paragraph, what follows is the sender's (`Надіслано з мобільного`, a name and a
/// title), not the point's: before, it was the last point's text.
pub(super) fn signature_delimiter(t: &str) -> bool {
    t.trim() == "--"
}

/// Is the line only a time of day, as a live page heads each entry (`13:55 GMT`, `13:55`,
/// `1:55pm`, `1.45pm GMT`, `9:05 a.m. ET`, `14:35 Uhr`, `14:40 (Kyiv)`, `2:10 p.m. Kyiv
/// time`): a clock of one or two digits, a colon (or a stop before `am`/`pm`) and two, then
/// perhaps `am`/`pm` and a short zone (in capitals, in brackets, `Uhr`, or a place's name and
/// `time`). Under a list quoted from a draft, it opens the page's next entry (a programme's
/// times under each of its items do not: see the last point's closing in `build`).
pub(super) fn entry_time(t: &str) -> bool {
    let t = t.trim();
    let hours = t.bytes().take_while(u8::is_ascii_digit).count();
    let b = t.as_bytes();
    if !(1..=2).contains(&hours)
        || !matches!(b.get(hours), Some(b':' | b'.'))
        || b.len() < hours + 3
        || !b[hours + 1..hours + 3].iter().all(u8::is_ascii_digit)
        || b.get(hours + 3).is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    let rest = t[hours + 3..].trim_start();
    let meridiem = ["am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M."]
        .iter()
        .find_map(|m| rest.strip_prefix(m));
    // `12.30` alone is a figure; `1.45pm` a time.
    if b[hours] == b'.' && meridiem.is_none() {
        return false;
    }
    let rest = meridiem.unwrap_or(rest).trim_start();
    let zone = |z: &str| {
        z.bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || b"+-".contains(&c))
    };
    rest.is_empty()
        || (rest.len() <= 16
            && ((rest.starts_with('(') && rest.ends_with(')'))
                || zone(rest)
                || rest == "Uhr"
                || rest
                    .strip_suffix(" time")
                    .is_some_and(|place| !place.contains(' ') && starts_with_capital(place))))
}

/// Stems of the words for an error in a news site's footer that asks readers to report one,
/// lower-cased (`Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.`, `Если вы
/// заметили ошибку…`, `Found a typo? Select it and press Ctrl+Enter`).
const TYPO_WORDS: &[&str] = &[
    "помилк",
    "ошибк",
    "опечатк",
    "error",
    "typo",
    "mistake",
    "błąd",
    "błęd",
    "fehler",
    "erreur",
    "errore",
    "chyb",
];

/// Longest line, in bytes, taken for a footer asking to report a typo ([`typo_report`]).
const TYPO_REPORT_BYTES: usize = 240;

/// Is the line a news site's footer asking readers to report a typo with `Ctrl+Enter`
/// ([`TYPO_WORDS`])? No draft says that; a software manual's `Press Ctrl+Enter to send` names
/// no error. (A byte search for the keys first: this runs on every line of a draft's points.)
fn typo_report(t: &str) -> bool {
    if t.len() > TYPO_REPORT_BYTES || !(t.contains("Ctrl") || t.contains("CTRL")) {
        return false;
    }
    let lower = t.to_lowercase();
    lower.contains("enter") && TYPO_WORDS.iter().any(|w| lower.contains(w))
}

/// Labels of a page's list of its sources, alone on their line with the colon, lower-cased
/// (`Quellen:` over `(1) Agenturmeldung vom 24.11.2025`).
const SOURCE_LISTS: &[&str] = &[
    "sources:",
    "quellen:",
    "джерела:",
    "источники:",
    "fuentes:",
    "fontes:",
    "fonti:",
    "źródła:",
    "zdroje:",
    "kaynaklar:",
];

/// Most lines of a list of sources ([`sources_list`]).
const SOURCE_LIST_LINES: usize = 8;

/// Most words of a line of a list of sources: an outlet, a report and its date, an address.
const SOURCE_LIST_WORDS: usize = 12;

/// Does line `i` head a page's list of its sources that ends the text ([`SOURCE_LISTS`] alone
/// on its line, then up to [`SOURCE_LIST_LINES`] short lines, none ending as an item of a
/// sentence does with `;`, `:` or `,`, one at least citing an address or a year: `(1)
/// Agenturmeldung vom 24.11.2025`, `https://…`)? Under the last point it is the page's, not the
/// point's; a point's `Sources of financing:` or `Sources:` over `(a) the state budget;` is
/// the point's own.
pub(super) fn sources_list(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text.trim();
    // (Its length and first letter first: this runs on every line of a draft's points.)
    if t.len() > 24 || !t.ends_with(':') || !t.starts_with(['S', 'Q', 'Д', 'И', 'F', 'Ź', 'Z', 'K'])
    {
        return false;
    }
    if !SOURCE_LISTS.contains(&t.to_lowercase().as_str()) {
        return false;
    }
    // (One line more than a list may have is enough to tell it is too long.)
    let after: Vec<&str> = lines[i + 1..]
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .take(SOURCE_LIST_LINES + 1)
        .collect();
    (1..=SOURCE_LIST_LINES).contains(&after.len())
        && after
            .iter()
            .all(|t| script::word_count(t) <= SOURCE_LIST_WORDS && !t.ends_with([';', ':', ',']))
        && after
            .iter()
            .any(|t| t.contains("http") || t.contains("www.") || super::dates::has_year(t))
}

/// How a news page names its source on a line of its own, lower-cased with the colon.
const SOURCES: &[&str] = &[
    "джерело:",
    "источник:",
    "source:",
    "sources:",
    "quelle:",
    "źródło:",
    "fonte:",
    "fuente:",
];

/// Most words of a source line ([`source_line`]) after its label.
const SOURCE_WORDS: usize = 6;

/// Is the line a news page's credit of its source (`Джерело: Факти`, `Source: Reuters.`): the
/// label and a few words, one sentence at most? Under the last point it is the page's own text only
/// when it ends the page (a table in a draft may credit its figures).
pub(super) fn source_line(line: &str) -> bool {
    let t = line.trim();
    // (The labels' first letters first: this runs on every line of a draft's points.)
    if !t.starts_with(['Д', 'д', 'И', 'и', 'S', 's', 'Q', 'q', 'Ź', 'ź', 'F', 'f']) {
        return false;
    }
    let head = lower_head(t, 10);
    SOURCES.iter().any(|label| {
        head.starts_with(label)
            && t.get(label.len()..).is_none_or(|rest| {
                let words = script::word_count(rest);
                (1..=SOURCE_WORDS).contains(&words) && !rest.contains(". ")
            })
    })
}

/// What a parliament's record says under a motion's text once the House has decided, a line
/// of its own, lower-cased (`Question agreed to.`): the record's, not the motion's words.
const RECORDED: &[&str] = &[
    "question agreed to.",
    "question put and agreed to.",
    "question put and negatived.",
    "question negatived.",
    "motion agreed to.",
    "resolution agreed to.",
    "question—put and passed.",
    "question put and passed.",
    "question—put and negatived.",
    "question resolved in the affirmative.",
    "question resolved in the negative.",
];

/// Is the line a parliament's record of a decision ([`RECORDED`])?
pub(super) fn recorded_line(line: &str) -> bool {
    let t = line.trim();
    RECORDED.iter().any(|r| t.eq_ignore_ascii_case(r))
}

/// What a blog prints over the readers' comments under a post, after their count, lower-cased
/// (`7 Responses to "The draft"`, `12 thoughts on “…”`, `2 відповіді на “…”`), with the post's
/// title in quotes.
const COMMENTS_ON: &[&str] = &[
    "responses to ",
    "response to ",
    "thoughts on ",
    "thought on ",
    "replies to ",
    "відповідь на ",
    "відповіді на ",
    "відповідей на ",
    "ответ на ",
    "ответа на ",
    "ответов на ",
    "комментарий к ",
    "комментария к ",
    "комментариев к ",
    "коментар до ",
    "коментарі до ",
    "коментарів до ",
];

/// What a blog prints alone over the readers' comments, lower-cased: its invitation to comment
/// (`Leave a Reply`, `Залишити відповідь`), or after the count the word alone (`12 Comments`).
const COMMENTS_ALONE: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "leave a reply cancel reply",
    "залишити відповідь",
    "залишити коментар",
    "добавить комментарий",
    "оставить комментарий",
    "comments",
    "comment",
    "коментарі",
    "коментарів",
    "комментарии",
    "комментариев",
];

/// Words for the readers' comments that a count in brackets follows (`Kommentare (4)`), beside
/// those of [`COMMENTS_ALONE`], lower-cased.
const COMMENT_WORDS: &[&str] = &[
    "kommentare",
    "commentaires",
    "komentarze",
    "responses",
    "replies",
    "відгуки",
    "отзывы",
];

/// Headings of a news page's selection of its readers' comments, lower-cased: no draft's
/// heading, they stand without a count.
const TOP_COMMENTS: &[&str] = &[
    "top comments",
    "readers' comments",
    "reader comments",
    "топ коментарі",
    "коментарі читачів",
    "топ комментарии",
    "комментарии читателей",
    "top-kommentare",
];

/// How many of [`COMMENTS_ALONE`] are invitations, which stand without a count.
const INVITATIONS: usize = 7;

/// A count of comments in words, lower-cased with its space (`One Response to "…"`).
const COUNT_WORDS: &[&str] = &["one ", "no ", "two ", "three "];

/// Is the line the heading of the readers' comments under a blog's post (`7 Responses to "The
/// twelve point draft"`, `One Response to “…”`, `12 Comments`, `Comments: 12`, `Leave a
/// Reply`)? A numbered point that opens so (`3 Responses to the consultation are published`)
/// quotes no title.
pub(super) fn comments_heading(line: &str) -> bool {
    let t = line.trim();
    if t.len() > FURNITURE_LINE_BYTES {
        return false;
    }
    if lower_is_one_of(t, TOP_COMMENTS) {
        return true;
    }
    // The word with the count after it in brackets or a colon (`Comments (12)`, `Коментарі
    // (3)`, `Комментарии: 3`).
    if let Some((word, count)) = t
        .strip_suffix(')')
        .and_then(|t| t.split_once(" ("))
        .or_else(|| t.split_once(": "))
        && !count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit())
    {
        return lower_is_one_of(word, &COMMENTS_ALONE[INVITATIONS..])
            || lower_is_one_of(word, COMMENT_WORDS);
    }
    if !t.starts_with(|c: char| c.is_ascii_digit() || "LOTNЗДО".contains(c)) {
        return false;
    }
    let t = t.to_lowercase();
    let counted = t.trim_start_matches(|c: char| c.is_ascii_digit());
    let in_words = COUNT_WORDS.iter().find_map(|w| t.strip_prefix(w));
    let rest = match (counted.strip_prefix(' '), in_words) {
        (Some(rest), _) if counted.len() < t.len() => rest,
        (_, Some(rest)) => rest,
        _ => return COMMENTS_ALONE[..INVITATIONS].contains(&t.as_str()),
    };
    COMMENTS_ALONE[INVITATIONS..].contains(&rest)
        || COMMENTS_ON.iter().any(|on| {
            rest.strip_prefix(on).is_some_and(|title| {
                title.starts_with(['"', '“', '«', '\'', '‘', '„'])
                    && title.ends_with(['"', '”', '»', '\'', '’', '“'])
            })
        })
}

/// Is the line a page's copyright line (`© Agency 2025. All rights reserved.`, `Copyright 2025
/// …`)? (Under the last point it is the closing only when nothing but short lines follows it:
/// a licence's clause may quote a credit line, `© Anna Berg 2024`, and go on.)
pub(super) fn copyright_line(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with('©') {
        return true;
    }
    t.get(..10)
        .is_some_and(|head| head.eq_ignore_ascii_case("copyright "))
        && t.len() <= FURNITURE_LINE_BYTES
        && (t.contains('©') || t.bytes().any(|b| b.is_ascii_digit()))
}

/// Characters of a line's start compared with [`RECAPS`] (the longest has 22).
const RECAP_CHARS: usize = 24;

/// Does `line` start with `formula` (lower-cased), compared without case? A formula's letters
/// have the same length in both cases.
fn opens_with(line: &str, formula: &str) -> bool {
    line.get(..formula.len())
        .is_some_and(|head| head.to_lowercase() == formula)
}

/// Does the line open a witness formula, one that names no place (`IN WITNESS WHEREOF`, `En
/// foi de quoi`), over which the dated formula may follow (`Done at Vienna on 3 March 2026`)?
pub(super) fn witness_formula(line: &str) -> bool {
    let line = line.trim_start();
    starts_with_capital(line)
        && CLOSING_FORMULAS
            .iter()
            .any(|&(formula, place)| !place && opens_formula(line, formula))
}

/// Is the line a signature's heading (`For the Government of the Republic of Austria:`,
/// `Für die Schweizerische Eidgenossenschaft:`): a short line with a capital, ending in a colon?
pub(super) fn signature_heading(line: &str) -> bool {
    let t = line.trim();
    t.ends_with(':') && starts_with_capital(t) && script::word_count(t) <= SIGNATURE_WORDS
}

/// A line of signatures' places only, each in brackets or slashes (`(підпис)` under each
/// party's name, `(signature)   (signature)`, `/підпис/`), or the place of a seal (`М.П.`,
/// `L.S.`): nothing else on the line.
pub(super) fn signature_placeholders(line: &str) -> bool {
    let mut rest = line.trim();
    let mut any = false;
    while !rest.is_empty() {
        let closed = [('(', ')'), ('/', '/')].iter().find_map(|&(open, close)| {
            let inner = rest.strip_prefix(open)?;
            let (word, after) = inner.split_once(close)?;
            (!word.trim().is_empty() && script::word_count(word) <= 2).then_some(after)
        });
        let after = closed.or_else(|| {
            SEAL_MARKS.iter().find_map(|mark| {
                let head = rest.get(..mark.len())?;
                let after = &rest[mark.len()..];
                (head.to_lowercase() == *mark && !after.starts_with(char::is_alphanumeric))
                    .then_some(after)
            })
        });
        let Some(after) = after else {
            return false;
        };
        any = true;
        rest = after.trim_start();
    }
    any
}

/// Where a seal goes beside a signature, lower-cased (`М.П.`, `L.S.`).
const SEAL_MARKS: &[&str] = &["м.п.", "м. п.", "l.s.", "m.p."];

/// The English-law execution formulas of [`CLOSING_FORMULAS`], which a sentence may open too
/// (`Signed by the ministers on 13 May 2025.`, `For and on behalf of the Member States, the
/// Presidency…`): only on a line to sign ([`signature_line`]).
const EXECUTION_FORMULAS: &[&str] = &[
    "signed by",
    "signed for and on behalf of",
    "for and on behalf of",
    "executed as a deed by",
];

/// Does the line open with `formula` ([`opens_with`]), on a line to sign when it is one of
/// the [`EXECUTION_FORMULAS`]?
fn opens_formula(line: &str, formula: &str) -> bool {
    opens_with(line, formula) && (!EXECUTION_FORMULAS.contains(&formula) || signature_line(line))
}

/// A line to sign: with a signature's dotted or ruled space (`……`, `........`, `______`), or
/// ending without a sentence's stop (`For and on behalf of EXAMPLE LLC`), or the formula alone
/// with a colon over the signatories' names (`Signed by:`).
fn signature_line(line: &str) -> bool {
    let line = line.trim_end();
    line.contains("....")
        || line.contains("____")
        || line.contains("……")
        || !line.ends_with(['.', ';', ':', '!', '?'])
        || EXECUTION_FORMULAS.iter().any(|f| {
            line.trim_start()
                .trim_end_matches(':')
                .eq_ignore_ascii_case(f)
                && line.ends_with(':')
        })
}

/// How minutes, whose agenda items are the points, end: the chair closes the meeting at a
/// time (`La séance est levée à 19 h 40.`, `The meeting closed at 9.15 pm.`, `Засідання
/// закрито о 12:30.`), lower-cased. Only with a figure: rules of procedure say when a meeting
/// is closed (`La séance est levée par le maire lorsque…`) in an article of their own.
const MINUTES_FORMULAS: &[&str] = &[
    "la séance est levée",
    "the meeting closed at",
    "the meeting was closed at",
    "die sitzung wird geschlossen",
    "die sitzung ist geschlossen",
    "засідання закрито",
    "заседание закрыто",
    "se levanta la sesión",
    "se levantó la sesión",
    "la seduta è tolta",
];

/// Does the line open a closing formula ([`CLOSING_FORMULAS`]), with a capital (a wrapped
/// line `done in stages.` is a sentence's)?
pub(super) fn closing_formula(line: &str) -> bool {
    let line = line.trim_start();
    if !starts_with_capital(line) {
        return false;
    }
    // An American executive order's `THE WHITE HOUSE,` in capitals, alone or with its date
    // (`The White House, through the Office…` is a sentence).
    if let Some(rest) = line.trim_end().strip_prefix("THE WHITE HOUSE,") {
        return rest.trim().is_empty() || is_dateline(rest.trim().trim_end_matches('.'));
    }
    // `Por tanto,` alone on its line, over a Spanish law's `Mando a todos los españoles…`.
    if line.trim_end().to_lowercase() == "por tanto," {
        return true;
    }
    let dated = ADOPTION_FORMULAS.iter().any(|formula| {
        opens_with(line, formula)
            && line[formula.len()..]
                .strip_prefix(' ')
                .is_some_and(|date| date.starts_with(|c: char| c.is_ascii_digit()))
    });
    let minutes = || {
        MINUTES_FORMULAS
            .iter()
            .any(|formula| opens_with(line, formula))
            && line.bytes().any(|b| b.is_ascii_digit())
    };
    dated
        || minutes()
        || CLOSING_FORMULAS.iter().any(|&(formula, place)| {
            if !opens_formula(line, formula) {
                return false;
            }
            if !place {
                return true;
            }
            // The word after, as written (`Done at Vienna`), or `Done at,` with the place left
            // blank.
            let after = &line[formula.len()..];
            let next = after.trim_start();
            let first = next
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(',')
                .to_lowercase();
            // Or the place left blank to be filled in (`Done at ____________ at 1000 hours`,
            // `Fatto a ______ il __ aprile 2022`).
            let blank = first.chars().count() >= 3 && first.chars().all(|c| "_.…".contains(c));
            after.starts_with(',')
                || (after.starts_with(' ')
                    && (next.starts_with(char::is_uppercase)
                        || blank
                        || FORMULA_NEXT.contains(&first.as_str())))
        })
}
