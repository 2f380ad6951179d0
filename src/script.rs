//! Writing systems, as far as cutting text into words and sentences needs them.
//!
//! Chinese and Japanese are written without spaces between words, and end their sentences with
//! full-width marks (`。`, `！`, `？`). Cutting such text at white space makes a whole sentence
//! one "word": a point with one character changed would share no word with its old text. The
//! comparison reads each of their characters as a word of its own (and pairs of neighbouring
//! characters as the content units that most of their words are), and the parser counts their
//! characters where it counts words.

/// Whether `c` is a character of a script written without spaces between words: the Han
/// ideographs (Chinese, Japanese kanji), with their iteration and zero marks (`々`, `〇`), and
/// the Japanese kana. Hangul is not (Korean puts spaces between words), nor are Thai and the
/// other scripts of South-East Asia (their words are found with a dictionary, which this
/// project does not carry).
#[inline]
pub fn without_spaces(c: char) -> bool {
    matches!(
        c,
        '\u{3005}'..='\u{3007}'
            | '\u{3040}'..='\u{30ff}'
            | '\u{31f0}'..='\u{31ff}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}'
            | '\u{ff66}'..='\u{ff9f}'
            | '\u{20000}'..='\u{3134f}'
    )
}

/// Whether `text` starts with a character of a script written without spaces
/// ([`without_spaces`]). Every such character is written in UTF-8 from byte `0xE3` on (`U+3005`
/// is `E3 80 85`), so a text starting with a lower byte (any Latin, Greek or Cyrillic word) is
/// told apart by that byte alone, without decoding its first character: the comparison asks
/// this of every word it reads.
#[inline]
pub fn starts_without_spaces(text: &str) -> bool {
    text.as_bytes().first().is_some_and(|&b| b >= 0xE3) && text.starts_with(without_spaces)
}

/// Characters of a script written without spaces ([`without_spaces`]) that make about one word
/// of a spaced language: most Chinese words are of one or two characters.
pub const CHARACTERS_PER_WORD: usize = 2;

/// How many words `text` holds: its runs of non-space characters, where a run of characters
/// written without spaces ([`without_spaces`]) counts one word per [`CHARACTERS_PER_WORD`]
/// of them (at least one). `双方确认停火。` is about three words, not one.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|run| {
            let unspaced = run.chars().filter(|&c| without_spaces(c)).count();
            if unspaced == 0 {
                1
            } else {
                unspaced.div_ceil(CHARACTERS_PER_WORD).max(1)
            }
        })
        .sum()
}

/// Marks that end a sentence: `.`, `!`, `?`, `…`, their full-width forms (`。`, `！`, `？`,
/// `．`), and other scripts' stops: Armenian `։`, Devanagari `।`, Urdu `۔`, Arabic `؟`,
/// Ethiopic `።`, Myanmar `။`.
pub const FULL_STOPS: &[char] = &[
    '.', '!', '?', '…', '。', '！', '？', '．', '։', '।', '۔', '؟', '።', '။',
];

/// Marks that end a clause and announce what follows: `;`, `:` and their full-width forms.
pub const CLAUSE_STOPS: &[char] = &[';', ':', '；', '：'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_and_kana_are_written_without_spaces_hangul_and_latin_are_not() {
        for c in ['双', '條', '々', '〇', 'の', 'カ', '𠀀'] {
            assert!(without_spaces(c), "{c}");
        }
        for c in ['a', 'ї', '한', '1', '。', '、', 'ก'] {
            assert!(!without_spaces(c), "{c}");
        }
        // The first byte alone tells a text that cannot start with one.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(starts_without_spaces(&text), without_spaces(c), "{c}");
        }
        assert!(!starts_without_spaces(""));
    }

    #[test]
    fn words_are_counted_in_characters_where_no_spaces_part_them() {
        assert_eq!(word_count("The Parties confirm the ceasefire."), 5);
        // Seven characters and a full stop: four words of two characters at most.
        assert_eq!(word_count("双方确认沿线停火。"), 4);
        assert_eq!(word_count("第一条 双方确认停火。"), 2 + 3);
        assert_eq!(word_count(""), 0);
    }
}
