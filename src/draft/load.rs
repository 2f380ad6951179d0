//! Bytes to text: byte-order marks, UTF-16, legacy 8-bit encodings (detected), line endings.

use std::path::Path;

use super::scan;
use crate::error::{Error, Result};

/// The largest draft file Clausewise reads (256 MiB).
pub const MAX_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// Text decoded from a file, with the encoding it was found in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line endings normalised to `\n`, without a byte-order mark.
    pub text: String,
    /// Name of the encoding the bytes were decoded from (e.g. `UTF-8`, `windows-1251`).
    pub encoding: &'static str,
    /// Lines (1 is the first) of a UTF-8 file where bytes that are not UTF-8 were replaced
    /// with U+FFFD; empty for a clean file.
    pub invalid_lines: Vec<usize>,
}

/// Reads a file and decodes it to text.
///
/// Only a regular file is read (not a FIFO, a device or a file of `/proc`), and at most
/// [`MAX_FILE_SIZE`] bytes, counted while reading. Errors name the file: missing, a directory,
/// not a regular file, unreadable, too large, empty, or not text.
pub fn read_text(path: &Path) -> Result<Decoded> {
    read_text_limited(path, MAX_FILE_SIZE)
}

/// [`read_text`] with another size limit (a web page's, for instance).
pub fn read_text_limited(path: &Path, limit: u64) -> Result<Decoded> {
    let bytes = crate::fsutil::read_regular(path, limit)?;
    decode_owned(bytes).map_err(|problem| match problem {
        DecodeProblem::Empty => Error::Empty {
            path: path.to_owned(),
        },
        DecodeProblem::NotText(what) => Error::NotText {
            path: path.to_owned(),
            what: what.to_owned(),
        },
    })
}

/// The warning for a file decoded as UTF-8 with bytes replaced: one line naming the file and
/// the first lines concerned; `None` when nothing was replaced.
pub fn replacement_warning(path: &Path, decoded: &Decoded) -> Option<String> {
    let (first, rest) = decoded.invalid_lines.split_first()?;
    let more = match rest.len() {
        0 => String::new(),
        n => format!(" (and {n} more line{})", if n == 1 { "" } else { "s" }),
    };
    Some(format!(
        "{}: line {first}{more}: bytes that are not UTF-8 were replaced with \u{fffd}",
        crate::error::shown(path)
    ))
}

/// Why bytes could not be decoded as a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeProblem {
    /// No bytes, or only a byte-order mark and white space.
    Empty,
    /// Not text; the string says what it looks like ("is a PDF file").
    NotText(&'static str),
}

/// Like [`decode`], but takes the bytes so that UTF-8 text (the usual case) is not copied.
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, DecodeProblem> {
    if encoding_rs::Encoding::for_bom(&bytes).is_some() || binary_kind(&bytes).is_some() {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => finish(text, encoding_rs::UTF_8.name()),
        Err(not_utf8) => decode(not_utf8.as_bytes()),
    }
}

/// Decodes bytes to text.
///
/// In order: a UTF-8 or UTF-16 (LE/BE) byte-order mark decides; otherwise valid UTF-8 is taken
/// as UTF-8; otherwise the encoding is guessed with `chardetng` (this is how Windows-1251,
/// KOI8-U and other legacy Cyrillic or Latin files are read). Known binary formats and bytes
/// with NULs are refused. Line endings (CRLF, CR) become `\n`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeProblem> {
    let (text, encoding) = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        (text.into_owned(), enc.name())
    } else {
        if let Some(what) = binary_kind(bytes) {
            return Err(DecodeProblem::NotText(what));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), encoding_rs::UTF_8.name()),
            Err(_) if mostly_utf8(bytes) => {
                let mut decoded = finish(
                    String::from_utf8_lossy(bytes).into_owned(),
                    encoding_rs::UTF_8.name(),
                )?;
                decoded.invalid_lines = invalid_utf8_lines(bytes);
                return Ok(decoded);
            }
            Err(_) => {
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
                let (text, _) = enc.decode_without_bom_handling(bytes);
                (text.into_owned(), enc.name())
            }
        }
    };
    finish(text, encoding)
}

/// Refuses text with NULs or without content; normalises line endings.
fn finish(text: String, encoding: &'static str) -> Result<Decoded, DecodeProblem> {
    if scan::has_byte(&text, b'\0') {
        return Err(DecodeProblem::NotText("is a binary file"));
    }
    if text.trim().is_empty() {
        return Err(DecodeProblem::Empty);
    }
    Ok(Decoded {
        text: normalize_line_endings(text),
        encoding,
        invalid_lines: Vec::new(),
    })
}

/// True when bytes that are not valid UTF-8 are UTF-8 with a few stray bytes rather than a
/// legacy encoding: there are valid non-ASCII UTF-8 characters, at least four for each bad
/// sequence. In a Windows-1251, KOI8-U or Latin-1 file nearly every non-ASCII byte is bad
/// UTF-8 (and ASCII with a lone accented byte shows no sign of UTF-8): left to detection.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > 0 && valid >= invalid.saturating_mul(4)
}

/// The lines (1 is the first; CRLF, CR and LF each end a line) holding bytes that are not
/// UTF-8.
fn invalid_utf8_lines(bytes: &[u8]) -> Vec<usize> {
    let mut lines = Vec::new();
    let (mut line, mut last_cr) = (1usize, false);
    for chunk in bytes.utf8_chunks() {
        for b in chunk.valid().bytes() {
            if b == b'\n' && !last_cr || b == b'\r' {
                line += 1;
            }
            last_cr = b == b'\r';
        }
        if !chunk.invalid().is_empty() {
            if lines.last() != Some(&line) {
                lines.push(line);
            }
            last_cr = false;
        }
    }
    lines
}

/// Recognises common binary formats by their first bytes, and other binary data by NUL bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "is a PDF file"),
        (
            b"PK\x03\x04",
            "is a ZIP archive (a .docx or .odt document?)",
        ),
        (b"\xD0\xCF\x11\xE0", "is a legacy Office document (.doc)"),
        (b"{\\rtf", "is an RTF document"),
        (b"\x89PNG", "is a PNG image"),
        (b"\xFF\xD8\xFF", "is a JPEG image"),
        (b"GIF8", "is a GIF image"),
        (b"\x7FELF", "is an executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    // NULs, or control bytes no text holds (not a tab, a line's or a page's break, nor the
    // escape of coloured terminal output) in one byte of [`CONTROL_SHARE`] or more: random or
    // compressed data has one in ten, a text in any legacy encoding none.
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1b))
        .count();
    (head.contains(&0) || (controls >= 4 && controls * CONTROL_SHARE >= head.len()))
        .then_some("is a binary file")
}

/// A file whose first 8 KiB hold control bytes in one byte of this many or more is binary
/// ([`binary_kind`]).
const CONTROL_SHARE: usize = 32;

/// Turns CRLF and lone CR line endings into LF, and the other breaks a copied text may carry
/// into LF too: a vertical tab (the soft return of a slide or a Word document pasted as
/// text), NEL and the line separator U+2028; the paragraph separator U+2029 into a blank line.
/// Before, a list pasted from a slide was one line, and one point.
pub fn normalize_line_endings(text: String) -> String {
    // Vectorised searches for the breaks' first bytes (the two ASCII ones, then the lead bytes
    // of the others, each place found checked for a whole break), not one pass decoding every
    // character against the set: this runs on every draft's whole text.
    const OTHER_BREAKS: [&str; 3] = ["\u{85}", "\u{2028}", "\u{2029}"];
    let bytes = text.as_bytes();
    if memchr::memchr2(b'\r', b'\x0b', bytes).is_none()
        && !memchr::memchr2_iter(0xC2, 0xE2, bytes).any(|k| {
            OTHER_BREAKS
                .iter()
                .any(|c| bytes[k..].starts_with(c.as_bytes()))
        })
    {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{2029}' => out.push_str("\n\n"),
            '\u{b}' | '\u{85}' | '\u{2028}' => out.push('\n'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const UK: &str =
        "Пункт 1. Україна зберігає суверенітет.\nПункт 2. Сторони обмінюються полоненими.\n";

    #[test]
    fn owned_decoding_agrees_with_borrowed() {
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(UK);
        for bytes in [
            UK.as_bytes().to_vec(),
            cp1251.into_owned(),
            b"%PDF".to_vec(),
            b"\xEF\xBB\xBFx\r\n".to_vec(),
        ] {
            assert_eq!(decode_owned(bytes.clone()), decode(&bytes));
        }
    }

    #[test]
    fn utf8_plain_and_with_bom() {
        let plain = decode(UK.as_bytes()).unwrap();
        assert_eq!(plain.text, UK);
        assert_eq!(plain.encoding, "UTF-8");
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(UK.as_bytes());
        assert_eq!(decode(&bom).unwrap().text, UK);
    }

    #[test]
    fn utf16_both_byte_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in UK.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, UK);
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
        assert_eq!(decode(&be).unwrap().text, UK);
    }

    #[test]
    fn windows_1251_is_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(UK);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "windows-1251");
        assert_eq!(decoded.text, UK);
    }

    #[test]
    fn stray_bytes_in_utf8_are_replaced_and_their_lines_said() {
        let mut bytes = "Заголовок\r\n1. Пункт \u{0} один.\n2. Два.\r3. Три \u{0}.\n"
            .replace('\u{0}', "\u{1}")
            .into_bytes();
        for b in &mut bytes {
            if *b == 1 {
                *b = 0xFF;
            }
        }
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, "UTF-8");
        assert!(
            decoded
                .text
                .starts_with("Заголовок\n1. Пункт \u{fffd} один.")
        );
        assert_eq!(decoded.invalid_lines, [2, 4]);
        // Legacy files stay legacy: Windows-1251, and Latin-1 with a lone accent.
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(UK);
        assert_eq!(decode(&cp1251).unwrap().encoding, "windows-1251");
        assert!(decode(&cp1251).unwrap().invalid_lines.is_empty());
        let latin = decode(b"Menu\n1. Caf\xE9 au lait.\n").unwrap();
        assert_eq!(latin.text, "Menu\n1. Café au lait.\n");
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        let decoded = decode(b"Title\r\n1. One\r2. Two\r\n").unwrap();
        assert_eq!(decoded.text, "Title\n1. One\n2. Two\n");
    }

    #[test]
    fn soft_returns_and_unicode_separators_break_lines() {
        let text = "Plan\u{b}1. One.\u{2028}2. Two.\u{85}3. Three.\u{2029}4. Four.".to_owned();
        assert_eq!(
            normalize_line_endings(text),
            "Plan\n1. One.\n2. Two.\n3. Three.\n\n4. Four."
        );
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(
            decode(b"%PDF-1.7 ...").unwrap_err(),
            DecodeProblem::NotText("is a PDF file")
        );
        assert_eq!(
            decode(b"abc\0def").unwrap_err(),
            DecodeProblem::NotText("is a binary file")
        );
        // Random bytes with no NUL (read as a legacy encoding before), and text with a form
        // feed and a tab, which is text.
        let noise: Vec<u8> = (0u32..600)
            .map(|k| (k.wrapping_mul(2_654_435_761) >> 13) as u8)
            .map(|b| if b == 0 { 1 } else { b })
            .collect();
        assert_eq!(
            decode(&noise).unwrap_err(),
            DecodeProblem::NotText("is a binary file")
        );
        assert!(decode(b"Plan\x0c\n1.\tOne.\n2.\tTwo.\n").is_ok());
        assert_eq!(decode(b"").unwrap_err(), DecodeProblem::Empty);
        assert_eq!(
            decode(b"\xEF\xBB\xBF \n\n").unwrap_err(),
            DecodeProblem::Empty
        );
    }

    #[test]
    fn read_text_names_the_file_in_errors() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.txt");
        let err = read_text(&missing).unwrap_err().to_string();
        assert!(err.starts_with(&missing.display().to_string()), "{err}");
        assert!(err.contains("no such file"), "{err}");
        let err = read_text(dir.path()).unwrap_err().to_string();
        assert!(err.contains("is a directory"), "{err}");
    }
}
