//! How Chinese, Japanese and Korean drafts number their points: `第一条` (article one),
//! `第1条`, Korean `제1조`, `一、` (one, with the enumeration comma), `1、`, `（一）` and `（1）`
//! with full-width brackets; and their divisions above the points, `第一章` (chapter one),
//! `第二节` (section two), Korean `제1장`. Read by the parser (`draft::parse`), which decides
//! which of them number the points.

use crate::script::without_spaces;

/// The value of the Chinese numerals at the start of `s` (`一` … `九`, `十`, `百`, `千`, with
/// `〇` or `零` for a missing place: `十二` is 12, `一百零五` 105) and their length in bytes.
/// `None` when `s` does not start with one, for zero, and for digits written one after another
/// as in a year (`二〇二五`), which number no list.
pub fn chinese_number(s: &str) -> Option<(u32, usize)> {
    let (mut total, mut digit, mut len) = (0u32, None::<u32>, 0);
    let mut last_unit = u32::MAX;
    for c in s.chars() {
        let value = match c {
            '〇' | '零' => Some(0),
            '一' => Some(1),
            '二' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        let unit = match c {
            '十' => Some(10),
            '百' => Some(100),
            '千' => Some(1000),
            _ => None,
        };
        match (value, unit) {
            (Some(0), _) if digit.is_none() && len > 0 => {}
            (Some(v), _) => {
                if digit.is_some() {
                    return None;
                }
                digit = Some(v);
            }
            (_, Some(u)) => {
                if u >= last_unit {
                    return None;
                }
                total += digit.take().unwrap_or(1) * u;
                last_unit = u;
            }
            _ => break,
        }
        len += c.len_utf8();
    }
    total += digit.unwrap_or(0);
    (len > 0 && total > 0).then_some((total, len))
}

/// A number at the start of `s`, in Chinese numerals ([`chinese_number`]) or ASCII digits
/// (at most four): its value, its length in bytes, and whether it is in Chinese numerals.
fn number(s: &str) -> Option<(u32, usize, bool)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=4).contains(&digits) {
        return Some((s[..digits].parse().ok()?, digits, false));
    }
    if digits > 0 {
        return None;
    }
    // Full-width digits (`１．`, `第１２条`), as Chinese and Japanese typesetting writes them.
    let wide: Vec<u32> = s.chars().map_while(full_width_digit).collect();
    if (1..=4).contains(&wide.len()) {
        let value = wide.iter().fold(0, |n, d| n * 10 + d);
        return Some((value, wide.len() * '０'.len_utf8(), false));
    }
    if !wide.is_empty() {
        return None;
    }
    chinese_number(s).map(|(n, len)| (n, len, true))
}

/// The value of a full-width digit (`０` … `９`).
fn full_width_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}

/// Whether a line starting with `c` may start with a list number read here
/// ([`list_number`]): a full-width bracket, a Chinese numeral from one to ten, or a full-width
/// digit. (ASCII digits and brackets go to the parser's own numbers first.)
pub fn may_start_list_number(c: char) -> bool {
    matches!(
        c,
        '（' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    ) || full_width_digit(c).is_some()
}

/// What a `第…` label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// An article or a paragraph (`条`, `條`, `款`, `项`, `項`, `点`, `點`): a point.
    Point,
    /// A division above the points (`章`, chapter; `节`, `節`, section; `编`, `編`, part;
    /// `部分`, part): a section heading.
    Division,
}

/// A `第…` label at the start of a line (`第一条`, `第12条`, `第三章`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Article, paragraph or division.
    pub level: Level,
    /// The keyword in its simplified form (`条` for `條` too), so that one draft's scheme is
    /// one keyword.
    pub keyword: &'static str,
    /// The number's value.
    pub number: u32,
    /// Where the number ends (byte offset): the number as written is `s[1 character..number_end]`.
    pub number_end: usize,
    /// The label as written (`第一条`).
    pub len: usize,
    /// Byte offset where the text after the label starts (separators skipped).
    pub rest: usize,
}

/// Keywords after `第` and a number, with their simplified form and level.
const KEYWORDS: &[(&str, &str, Level)] = &[
    ("条", "条", Level::Point),
    ("條", "条", Level::Point),
    ("款", "款", Level::Point),
    ("项", "项", Level::Point),
    ("項", "项", Level::Point),
    ("点", "点", Level::Point),
    ("點", "点", Level::Point),
    ("章", "章", Level::Division),
    ("节", "节", Level::Division),
    ("節", "节", Level::Division),
    ("编", "编", Level::Division),
    ("編", "编", Level::Division),
    ("部分", "部分", Level::Division),
];

/// The keyword of the points listed by ordinals alone (`第一，`, `第二，`).
pub const ORDINAL: &str = "第";

/// Marks that may stand between a label and its text: spaces (also the full-width one), a
/// colon, the enumeration comma, a comma, a full stop.
const SEPARATORS: &[char] = &[
    ' ', '\t', '\u{a0}', '\u{3000}', '：', ':', '、', '，', ',', '.', '．',
];

/// The `第…` label at the start of `s` (already trimmed at its start), if any: `第`, a number
/// in Chinese numerals or digits, and one of the keywords; or a Korean one (`제1조`, see
/// `korean_label`).
pub fn label(s: &str) -> Option<Label> {
    if let Some(after) = s.strip_prefix(KOREAN_PREFIX) {
        return korean_label(s, after);
    }
    let after = s.strip_prefix('第')?;
    let after = after.trim_start_matches([' ', '\u{3000}']);
    let (value, len, _) = number(after)?;
    let number_end = s.len() - after.len() + len;
    let after_number = after[len..].trim_start_matches([' ', '\u{3000}']);
    // An ordinal before a comma (`第一，尊重…`, as Chinese statements list their points) is a
    // point of its own keyword, `第`.
    let (written, keyword, level) = match KEYWORDS.iter().find(|k| after_number.starts_with(k.0)) {
        Some(&k) => k,
        None if after_number.starts_with(['，', '、', '：']) => ("", ORDINAL, Level::Point),
        None => return None,
    };
    let mut end = s.len() - after_number.len() + written.len();
    // A Japanese article inserted after another (`第二条の二`, article 2-2) keeps its branch
    // number in its label.
    if let Some(branch) = s[end..].strip_prefix('の')
        && let Some((_, len, _)) = number(branch)
    {
        end += 'の'.len_utf8() + len;
    }
    let rest = s.len() - s[end..].trim_start_matches(SEPARATORS).len();
    Some(Label {
        level,
        keyword,
        number: value,
        number_end,
        len: end,
        rest,
    })
}

/// The Korean counterpart of `第` (Sino-Korean `je`, "number …"): `제1조` is article 1.
pub const KOREAN_PREFIX: char = '제';

/// Keywords after `제` and a number, with their level: `조` (article) numbers the points;
/// `장` (chapter), `절` (section), `관` (sub-section) and `편` (part) are divisions. A law's
/// paragraphs `①` and items `1.` inside an article are its sub-items, so `항` and `호`, which
/// a line opens only to cite them (`제1항에 따른 …`), are no labels.
const KOREAN_KEYWORDS: &[(&str, Level)] = &[
    ("조", Level::Point),
    ("장", Level::Division),
    ("절", Level::Division),
    ("관", Level::Division),
    ("편", Level::Division),
];

/// Whether `keyword` is a Korean label's (`조`), which `제` and a number go before.
pub fn korean_keyword(keyword: &str) -> bool {
    KOREAN_KEYWORDS.iter().any(|k| k.0 == keyword)
}

/// Words after a cited label (`제2조 중`, in article 2; `및`, and; `또는`, or): the line
/// cites the article, it does not open it.
const KOREAN_CITATION_WORDS: &[&str] = &["중", "및", "또는"];

/// A Korean label (`제1조`, `제 2 조`, `제3조의2`, `제1장`), `s` being the whole line and
/// `after` what follows `제`. The number is in digits. What follows the label must be the
/// line's end, white space, its caption in brackets (`제1조(목적)`) or a stop: a particle
/// glued to it makes a citation (`제1조에 따라`, "under article 1"), and `제` opens many
/// words (`제안`, proposal; `제재`, sanctions), which have no number after it.
fn korean_label(s: &str, after: &str) -> Option<Label> {
    let after = after.trim_start_matches(' ');
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let value: u32 = after[..digits].parse().ok()?;
    let number_end = s.len() - after.len() + digits;
    let after_number = after[digits..].trim_start_matches(' ');
    let &(written, level) = KOREAN_KEYWORDS
        .iter()
        .find(|k| after_number.starts_with(k.0))?;
    let mut end = s.len() - after_number.len() + written.len();
    // An article inserted after another (`제3조의2`, article 3-2) keeps its branch number.
    if let Some(branch) = s[end..].strip_prefix('의') {
        let digits = branch.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            end += '의'.len_utf8() + digits;
        }
    }
    let tail = &s[end..];
    if !(tail.is_empty()
        || tail.starts_with([' ', '\t', '\u{a0}', '\u{3000}', '(', '（', '.', ':', '：']))
    {
        return None;
    }
    let rest = s.len() - tail.trim_start_matches(SEPARATORS).len();
    // A citation goes on with another label or a particle (`제4조 제1항에 따른`, "under
    // paragraph 1 of article 4"; `제2조 중`, "in article 2", as amending bills write).
    let text = &s[rest..];
    if text
        .strip_prefix(KOREAN_PREFIX)
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        || KOREAN_CITATION_WORDS.iter().any(|w| {
            text.strip_prefix(w)
                .is_some_and(|t| t.is_empty() || t.starts_with(' '))
        })
    {
        return None;
    }
    Some(Label {
        level,
        keyword: written,
        number: value,
        number_end,
        len: end,
        rest,
    })
}

/// A list number at the start of `s` (already trimmed at its start): `一、`, `1、`, `一.`,
/// `一．`, `（一）`, `(一)`, `（1）`. Returns the number as written, its value, whether it is
/// enclosed in brackets, whether in Chinese numerals, and the byte offset where the text
/// starts.
pub fn list_number(s: &str) -> Option<(&str, u32, bool, bool, usize)> {
    let (inner, enclosed) = match s.strip_prefix(['（', '(']) {
        Some(inner) => (inner, true),
        None => (s, false),
    };
    let (value, len, chinese) = number(inner)?;
    let after = &inner[len..];
    // `1.` and `1)` are the parser's own; `1、` and `1．` are read here, and `一.` too.
    let stops: &[char] = if chinese { &['.', '．'] } else { &['．'] };
    let (after, stop) = if enclosed {
        (after.strip_prefix(['）', ')'])?, false)
    } else if let Some(rest) = after.strip_prefix(stops) {
        (rest, true)
    } else {
        (after.strip_prefix('、')?, false)
    };
    // After a full stop, a digit goes on a figure (`一.5倍`), not the item's text.
    if stop && after.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // `(1)` in ASCII brackets is the parser's own (`numeric_marker`), which wants white space
    // after it: here only when Chinese or Japanese text follows at once (`(1)双方`), not a
    // reference (`(1)/(2) of Annex B`, `(4)-(6)`) or a footnote (`(1)See…`).
    if enclosed
        && !chinese
        && s.starts_with('(')
        && !inner[len..].starts_with('）')
        && !after.starts_with(without_spaces)
    {
        return None;
    }
    let text = after.trim_start_matches([' ', '\t', '\u{a0}', '\u{3000}']);
    let written = &inner[..len];
    Some((written, value, enclosed, chinese, s.len() - text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_are_read_with_their_places() {
        for (s, n) in [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("二十八", 28),
            ("一百", 100),
            ("一百零五", 105),
            ("三千二百", 3200),
        ] {
            assert_eq!(chinese_number(s).map(|r| r.0), Some(n), "{s}");
        }
        assert_eq!(chinese_number("十二条"), Some((12, "十二".len())));
        // A year, zero and a word that is no numeral.
        assert_eq!(chinese_number("二〇二五"), None);
        assert_eq!(chinese_number("〇"), None);
        assert_eq!(chinese_number("双方"), None);
        assert_eq!(chinese_number("十十"), None);
    }

    #[test]
    fn articles_and_divisions_are_labelled_by_their_keyword() {
        let l = label("第十二条　双方确认停火。").unwrap();
        assert_eq!((l.level, l.keyword, l.number), (Level::Point, "条", 12));
        assert_eq!(&"第十二条　双方确认停火。"[..l.len], "第十二条");
        assert_eq!(&"第十二条　双方确认停火。"[l.rest..], "双方确认停火。");
        let l = label("第3條：本協議自簽署之日起生效。").unwrap();
        assert_eq!((l.level, l.keyword, l.number), (Level::Point, "条", 3));
        let wide = "第１２条　全文";
        let l = label(wide).unwrap();
        assert_eq!((l.keyword, l.number), ("条", 12));
        assert_eq!(&wide['第'.len_utf8()..l.number_end], "１２");
        // A Japanese branch article keeps its branch number.
        let branch = "第二条の二　後退の期限は、三十日とする。";
        let l = label(branch).unwrap();
        assert_eq!((&branch[..l.len], l.number), ("第二条の二", 2));
        assert_eq!(&branch['第'.len_utf8()..l.number_end], "二");
        assert_eq!(&branch[l.rest..], "後退の期限は、三十日とする。");
        let l = label("第一章 总则").unwrap();
        assert_eq!((l.level, l.keyword, l.number), (Level::Division, "章", 1));
        // Ordinal words that are not labels.
        assert_eq!(label("第一次会议于明日举行。"), None);
        assert_eq!(label("第二天"), None);
        assert_eq!(label("双方确认停火。"), None);
    }

    #[test]
    fn korean_articles_and_chapters_are_labelled() {
        let line = "제1조(목적) 이 법은 휴전 감시에 필요한 사항을 정한다.";
        let l = label(line).unwrap();
        assert_eq!((l.level, l.keyword, l.number), (Level::Point, "조", 1));
        assert_eq!(&line[..l.len], "제1조");
        assert_eq!(
            &line[l.rest..],
            "(목적) 이 법은 휴전 감시에 필요한 사항을 정한다."
        );
        assert_eq!(&line[KOREAN_PREFIX.len_utf8()..l.number_end], "1");
        let spaced = label("제 12 조 보고").unwrap();
        assert_eq!((spaced.keyword, spaced.number), ("조", 12));
        let branch = "제3조의2(특례) 정부는 …";
        let l = label(branch).unwrap();
        assert_eq!((&branch[..l.len], l.number), ("제3조의2", 3));
        let l = label("제1장 총칙").unwrap();
        assert_eq!((l.level, l.keyword, l.number), (Level::Division, "장", 1));
        assert_eq!(label("제2절").map(|l| l.level), Some(Level::Division));
        // Citations, words opening with `제`, and a meeting's ordinal are no labels.
        assert_eq!(label("제1조에 따른 파견 기간은 1년을 넘을 수 없다."), None);
        assert_eq!(label("제1항에 따른 파견 기간"), None);
        assert_eq!(label("제안은 다음과 같다."), None);
        assert_eq!(label("제재는 단계적으로 해제된다."), None);
        assert_eq!(label("제2차 회의는 서울에서 열린다."), None);
    }

    #[test]
    fn list_numbers_take_the_enumeration_comma_and_full_width_brackets() {
        assert_eq!(
            list_number("一、双方确认停火。"),
            Some(("一", 1, false, true, "一、".len()))
        );
        assert_eq!(
            list_number("12、设立委员会。"),
            Some(("12", 12, false, false, "12、".len()))
        );
        assert_eq!(
            list_number("（三）战俘交换。"),
            Some(("三", 3, true, true, "（三）".len()))
        );
        assert_eq!(
            list_number("１．双方停火。"),
            Some(("１", 1, false, false, "１．".len()))
        );
        // An item's text may start with a figure.
        assert_eq!(
            list_number("二、30日内撤军。"),
            Some(("二", 2, false, true, "二、".len()))
        );
        assert_eq!(
            list_number("（二）2026年底前完成。"),
            Some(("二", 2, true, true, "（二）".len()))
        );
        // ASCII `(1)` is the parser's own unless Chinese or Japanese text follows at once.
        assert_eq!(
            list_number("(1)双方确认停火。"),
            Some(("1", 1, true, false, "(1)".len()))
        );
        assert_eq!(list_number("(1)/(2) of Annex B apply."), None);
        assert_eq!(list_number("(4)-(6) remain in force."), None);
        assert_eq!(list_number("(1)See the earlier briefing."), None);
        // `1.` is the parser's own, a decimal is no list number, a word no numeral.
        assert_eq!(list_number("1. Text"), None);
        assert_eq!(list_number("一.5倍"), None);
        assert_eq!(list_number("一些国家"), None);
    }
}
