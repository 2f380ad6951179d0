//! Where a line's sentence starts and ends: capitals, full stops, closing quotes and
//! citations.

use crate::script;

/// Does the line start with a capital letter or a digit, after any opening bracket or quote
/// (`(Repealed)`, `«Загальні положення»`)?
pub(super) fn starts_with_capital(line: &str) -> bool {
    line.trim_start()
        .trim_start_matches(['(', '[', '{', '«', '"', '“', '„', '\''])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Does the line end a sentence with `.`, `!`, `?` or `…` (not `:` or `;`, which announce
/// what follows)?
pub(super) fn ends_full_sentence(line: &str) -> bool {
    without_closers(line).ends_with(script::FULL_STOPS)
}

/// The line without the quotes, brackets and emphasis that may close a sentence after its
/// punctuation.
pub(super) fn without_closers(line: &str) -> &str {
    without_citations(line).trim_end_matches(['"', '”', '»', '\'', '’', ')', '*', '」', '』', '）'])
}

/// The line without a wiki's citation marks at its end (`…confirmed.[13][14]`), trimmed.
pub(super) fn without_citations(line: &str) -> &str {
    let mut s = line.trim_end();
    while let Some(open) = s.strip_suffix(']').and_then(|t| t.rfind('[')) {
        let inside = &s[open + 1..s.len() - 1];
        if inside.is_empty() || inside.len() > 4 || !inside.bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        s = s[..open].trim_end();
    }
    s
}

/// Does the line end a sentence (`.` `!` `?` `…` `;` `:`, maybe before a closing quote)?
pub(super) fn ends_sentence(line: &str) -> bool {
    let line = without_closers(line);
    line.ends_with(script::FULL_STOPS) || line.ends_with(script::CLAUSE_STOPS)
}

/// The letters of the word `text` ends with when they are all small (`…assessments` → 11,
/// `…to us` → 2), else 0 (`CO`, `Level`, `U.S`, or no word at its end): a word a flattened
/// note mark or a sentence's stop follows, not a code's or an abbreviation's.
pub(super) fn small_word_at_end(text: &str) -> usize {
    let mut letters = 0;
    for c in text.chars().rev().take_while(|c| c.is_alphabetic()) {
        if !c.is_lowercase() {
            return 0;
        }
        letters += 1;
    }
    letters
}

/// Is the line a whole sentence (ends like one and has at least six words), so content and
/// not a title?
pub(super) fn is_sentence(line: &str) -> bool {
    let s = line.trim();
    let s = s
        .trim_end_matches(['"', '”', '»', '\'', '’', ')'])
        .trim_end();
    s.ends_with(script::FULL_STOPS) && script::word_count(s) >= 6
}
