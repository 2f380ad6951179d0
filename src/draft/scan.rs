//! Searches over a draft's whole text: is a byte or a string anywhere in it, and its lines one
//! by one. Reading a draft runs a dozen such passes over every draft's whole text (most find
//! nothing and leave the text as it is), so they use the `memchr` crate's vectorised byte
//! searches, several times faster than the standard library's `str::contains` and
//! `str::lines` on a large draft. [`single_spaced`] is the one way a line's white space is
//! collapsed for comparing or showing it.

/// Whether the ASCII byte `b` occurs in `text` (`text.contains(b as char)`).
pub fn has_byte(text: &str, b: u8) -> bool {
    debug_assert!(b.is_ascii());
    memchr::memchr(b, text.as_bytes()).is_some()
}

/// Whether the character `c` occurs in `text` (`text.contains(c)`): a vectorised search for
/// the last byte of its UTF-8 form, each place found checked for the whole character. With
/// no string search to build, it suits a test on each line of a draft.
pub fn has_char(text: &str, c: char) -> bool {
    let mut buf = [0; 4];
    let encoded = c.encode_utf8(&mut buf).as_bytes();
    let bytes = text.as_bytes();
    memchr::memchr_iter(encoded[encoded.len() - 1], bytes)
        .any(|k| k + 1 >= encoded.len() && bytes[k + 1 - encoded.len()..=k] == *encoded)
}

/// Whether `needle` occurs in `text` (`text.contains(needle)`).
pub fn has(text: &str, needle: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some()
}

/// The lines of `text` as [`str::lines`] cuts them: at each `\n`, with a `\r` before it left
/// out, and no empty line after a final `\n`.
pub fn lines(text: &str) -> Lines<'_> {
    Lines(lines_inclusive(text))
}

/// The pieces of `text` as `str::split_inclusive('\n')` cuts it: each line with its `\n`
/// (the last one without, when the text does not end with one).
pub fn lines_inclusive(text: &str) -> LinesInclusive<'_> {
    LinesInclusive { rest: text }
}

/// `text` with each run of white space (spaces, tabs, no-break spaces, line breaks) made one
/// space and none at either end: what `text.split_whitespace().collect::<Vec<_>>().join(" ")`
/// gives, written once for the crate and with one allocation.
pub fn single_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The iterator of [`lines`]: those of [`lines_inclusive`] without their line break.
#[derive(Debug, Clone)]
pub struct Lines<'a>(LinesInclusive<'a>);

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let piece = self.0.next()?;
        Some(match piece.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => piece,
        })
    }
}

/// The iterator of [`lines_inclusive`].
#[derive(Debug, Clone)]
pub struct LinesInclusive<'a> {
    rest: &'a str,
}

impl<'a> Iterator for LinesInclusive<'a> {
    type Item = &'a str;

    /// The first line of what is left, its `\n` included, taken off it.
    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', self.rest.as_bytes()).map_or(self.rest.len(), |i| i + 1);
        let (piece, after) = self.rest.split_at(end);
        self.rest = after;
        Some(piece)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_the_standard_librarys() {
        for text in [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\r\n",
            "a\r",
            "a\r\nb\rc\n\nd",
            "\r\n\r\n",
            "Пункт 1.\nПункт 2.\r\n",
            "\u{2028}x\n",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
            assert_eq!(
                lines_inclusive(text).collect::<Vec<_>>(),
                text.split_inclusive('\n').collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn single_spaced_is_split_and_join() {
        for text in [
            "",
            "   ",
            "a",
            " a  b\t\tc \n d ",
            "Пункт\u{a0}1.\r\n  Текст",
            "\u{2003}x\u{2028}y",
        ] {
            assert_eq!(
                single_spaced(text),
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                "{text:?}"
            );
        }
        assert_eq!(single_spaced(" Point \t 1.\u{a0}Text "), "Point 1. Text");
    }

    #[test]
    fn searches_are_the_standard_librarys() {
        for (text, b, s) in [
            ("", b'\r', "~~"),
            ("a\rb", b'\r', "~~"),
            ("x ~~y~~", b'|', "~~"),
            ("Пункт | 1", b'|', "\u{2028}"),
            ("a\u{2028}b", b'/', "\u{2028}"),
            ("café / © Agency 🔹", b'/', "/ ©"),
        ] {
            assert_eq!(has_byte(text, b), text.contains(b as char), "{text:?}");
            assert_eq!(has(text, s), text.contains(s), "{text:?}");
            for c in ['\r', '|', '~', '\u{2028}', 'П', '©', 'é', '🔹'] {
                assert_eq!(has_char(text, c), text.contains(c), "{text:?} {c:?}");
            }
        }
    }
}
