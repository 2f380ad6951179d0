//! Reading a point's number as written: other scripts' digits, Roman numerals, enclosed and
//! keycap numbers, the suffixes of inserted points (`5bis`, `2A`, `3-1`).

use super::markers::Marker;

/// The number of an enclosed number character: circled `①`…`⑳` and `⓫`…`⓴`, double
/// circled `⓵`…`⓾`, negative circled `❶`…`❿` and `➊`…`➓`, sans-serif circled `➀`…`➉`,
/// parenthesized `⑴`…`⒇` and with a full stop `⒈`…`⒛`.
pub(super) fn enclosed_number(c: char) -> Option<u32> {
    let (first, value) = match c {
        '\u{2460}'..='\u{2473}' => ('\u{2460}', 1),
        '\u{2474}'..='\u{2487}' => ('\u{2474}', 1),
        '\u{2488}'..='\u{249b}' => ('\u{2488}', 1),
        '\u{24eb}'..='\u{24f4}' => ('\u{24eb}', 11),
        '\u{24f5}'..='\u{24fe}' => ('\u{24f5}', 1),
        '\u{2776}'..='\u{277f}' => ('\u{2776}', 1),
        '\u{2780}'..='\u{2789}' => ('\u{2780}', 1),
        '\u{278a}'..='\u{2793}' => ('\u{278a}', 1),
        _ => return None,
    };
    Some(c as u32 - first as u32 + value)
}

/// The number written in keycap emoji at the start of `s` (each digit followed by an
/// optional variation selector and the combining keycap, `1️⃣2️⃣`: at most three) and the text
/// after them.
pub(super) fn keycaps(s: &str) -> Option<(String, &str)> {
    let mut digits = String::new();
    let mut rest = s;
    while let Some(d) = rest.chars().next().filter(char::is_ascii_digit) {
        let after = rest[1..].trim_start_matches('\u{fe0f}');
        let Some(after) = after.strip_prefix('\u{20e3}') else {
            break;
        };
        digits.push(d);
        rest = after;
    }
    (1..=3).contains(&digits.len()).then_some((digits, rest))
}

/// Latin adverbs that mark a point inserted after another (`5bis.`, `5 ter.`).
pub(super) const LATIN_INSERTED: &[&str] = &[
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
];

/// A point number: digits, optional `.digits` parts, an optional letter suffix (`7a`); Roman
/// numerals too when `roman` (for `Article IV`). Returns the text, the main number and its length.
pub(super) fn number_token(s: &str, roman: bool) -> Option<(&str, u32, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0
        && let Some((len, number)) = eastern_arabic_number(s)
    {
        return Some((&s[..len], number, len));
    }
    if digits == 0 {
        if !roman {
            return None;
        }
        let len = s.bytes().take_while(|b| b"IVXLC".contains(b)).count();
        if len == 0 || s[len..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        return Some((&s[..len], roman_value(&s[..len])?, len));
    }
    if digits > 6 {
        return None;
    }
    let number: u32 = s[..digits].parse().ok()?;
    let bytes = s.as_bytes();
    let mut len = digits;
    // Dotted parts: "12.3", "1.2.4" (a final dot is the separator, not a part).
    while len + 1 < bytes.len() && bytes[len] == b'.' && bytes[len + 1].is_ascii_digit() {
        let part = bytes[len + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if part > 3 {
            break;
        }
        len += 1 + part;
    }
    // A Latin ordinal adverb (`5bis.`, `5 bis.`, `Art. 2-bis.`), then one lower-case letter
    // suffix: "7a", "7a." (not "7abc").
    let adverb = if len == digits {
        latin_adverb(&s[len..])
    } else {
        0
    };
    if adverb > 0 {
        len += adverb;
    } else if len < bytes.len()
        && bytes[len].is_ascii_lowercase()
        && !bytes
            .get(len + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && !count_abbreviation(&s[len..])
    {
        len += 1;
    } else if len == digits {
        len += inserted_suffix(&s[len..]);
    }
    Some((&s[..len], number, len))
}

/// Does `s`, after a number, open with a count's abbreviation in thousands or millions before
/// a word in small letters (`1.8k comments`, `2.1k points`, `5m views`, as a forum's or a
/// social network's copy counts its comments and votes)? Then the letter is no inserted
/// point's (`7a`), and the number no label: before, a thread's `1.8k comments` and `2.1k
/// points` were its points.
fn count_abbreviation(s: &str) -> bool {
    s.strip_prefix(['k', 'm'])
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|word| word.starts_with(|c: char| c.is_lowercase()))
}

/// The length of a Latin ordinal adverb at the start of `s`, as French, Italian, Spanish and
/// United Nations texts insert points after a number (`bis.`, ` bis.`, `-bis.`, `ter.` after
/// `5`, `2`, `12`), with the space or hyphen before it; 0 when none is there.
pub(super) fn latin_adverb(s: &str) -> usize {
    let spaced = s.strip_prefix([' ', '-']).unwrap_or(s);
    // (The adverbs start with a small ASCII letter: after any other byte, as after a point's
    // `1.`, none is tried.)
    if !spaced
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_lowercase)
    {
        return 0;
    }
    LATIN_INSERTED
        .iter()
        .find_map(|w| {
            // Before a stop or bracket, a dash after a space (`Art. 2-bis - Il ritiro…`, as
            // Italian laws print it), the line's end (`Article 2 bis` over its text), or a
            // remark in brackets that ends the line (`Article 4 bis (nouveau)`, as French
            // bills mark the articles a reading inserted; not German's `§ 4 bis
            // (einschließlich) § 7`, "to"). A capital may follow the adverb (`7 bis A`).
            spaced
                .strip_prefix(w)
                .map(|after| {
                    let b = after.as_bytes();
                    let lettered = b.len() >= 2
                        && b[0] == b' '
                        && b[1].is_ascii_uppercase()
                        && b.get(2).is_none_or(|c| !c.is_ascii_alphanumeric());
                    if lettered { &after[2..] } else { after }
                })
                .filter(|after| {
                    after.starts_with(['.', ')'])
                        || (after.starts_with(" (")
                            && after.trim_end().ends_with(')')
                            && after.matches('(').count() == 1)
                        || after.trim_end().is_empty()
                        || [" -", " –", " —"].iter().any(|d| {
                            after
                                .strip_prefix(d)
                                .is_some_and(|t| t.starts_with(char::is_whitespace))
                        })
                })
                .map(|after| s.len() - after.len())
        })
        .unwrap_or(0)
}

/// The value of a digit of the Arabic script (`٣`, and the Persian and Urdu `۳`), or of the
/// other scripts whose pages number lists in their own digits: Devanagari (`३`, Hindi and
/// Marathi), Bengali, Gurmukhi, Gujarati, Tamil, Thai, Myanmar and Khmer.
pub(super) fn eastern_arabic_digit(c: char) -> Option<u32> {
    let zero = match c {
        '\u{660}'..='\u{669}' => 0x660,
        '\u{6f0}'..='\u{6f9}' => 0x6f0,
        '\u{966}'..='\u{96f}' => 0x966,
        '\u{9e6}'..='\u{9ef}' => 0x9e6,
        '\u{a66}'..='\u{a6f}' => 0xa66,
        '\u{ae6}'..='\u{aef}' => 0xae6,
        '\u{be6}'..='\u{bef}' => 0xbe6,
        '\u{e50}'..='\u{e59}' => 0xe50,
        '\u{1040}'..='\u{1049}' => 0x1040,
        '\u{17e0}'..='\u{17e9}' => 0x17e0,
        _ => return None,
    };
    Some(c as u32 - zero)
}

/// A number written in the Arabic script's digits (or another script's, see
/// [`eastern_arabic_digit`]) at the start of `s` (`١٢`, as Arabic laws number their articles,
/// `مادة ١`; `१.` on a Hindi page): its length in bytes and value (three digits at most).
pub(super) fn eastern_arabic_number(s: &str) -> Option<(usize, u32)> {
    let mut number = 0;
    let mut len = 0;
    let mut digits = 0;
    for c in s
        .chars()
        .take_while(|&c| eastern_arabic_digit(c).is_some())
        .take(4)
    {
        number = number * 10 + eastern_arabic_digit(c)?;
        len += c.len_utf8();
        digits += 1;
    }
    (digits > 0 && digits <= 3).then_some((len, number))
}

/// Is the marker's number an inserted one ([`inserted_suffix`]: `2A`, `3-1`, `2¹`; a Swedish
/// section's `3 a`)?
pub(super) fn inserted(m: &Marker) -> bool {
    m.number_text.starts_with(|c: char| c.is_ascii_digit())
        && (m
            .number_text
            .chars()
            // (The superscripts are not ASCII: a digit is not looked up among them, on every
            // point of a draft.)
            .any(|c| {
                c.is_ascii_uppercase() || c == '-' || (!c.is_ascii() && "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c))
            })
            || m.number_text.rsplit_once(' ').is_some_and(|(_, letter)| {
                letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_lowercase())
            }))
}

/// The suffix of an inserted article or point after its number, before a dot: a capital
/// (`2A.`, as British bills insert sections), a hyphen and a number (`Стаття 3-1.`, as
/// Ukrainian laws write an inserted article on the web) or a capital (`Article 25-A.`), or
/// superscript digits (`Стаття 2¹.`). Its length in bytes, 0 when there is none.
pub(super) fn inserted_suffix(s: &str) -> usize {
    const SUPERSCRIPTS: &[char] = &['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'];
    let b = s.as_bytes();
    let len = if b.first().is_some_and(u8::is_ascii_uppercase) {
        1
    } else if b.first() == Some(&b'-') {
        let part = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if (1..=2).contains(&part) {
            1 + part
        } else if b.get(1).is_some_and(u8::is_ascii_uppercase) {
            // `Article 25-A.`
            2
        } else {
            0
        }
    } else if b.first().is_some_and(|c| !c.is_ascii()) {
        // (The superscripts are not ASCII: a stop after the number is not looked up among
        // them.)
        s.len() - s.trim_start_matches(SUPERSCRIPTS).len()
    } else {
        0
    };
    if len > 0 && s[len..].starts_with('.') {
        len
    } else {
        0
    }
}

pub(super) fn roman_value(s: &str) -> Option<u32> {
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        _ => 0,
    };
    let digits: Vec<u32> = s.chars().map(value).collect();
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        if digits.get(i + 1).is_some_and(|&next| next > d) {
            total -= d as i64;
        } else {
            total += d as i64;
        }
    }
    u32::try_from(total).ok().filter(|&v| v > 0)
}
