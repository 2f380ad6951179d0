//! Plain-text form of a comparison, for the terminal: one header line per row, changes in
//! wdiff style (`[-deleted-]{+inserted+}`).

use std::io::{self, Write};

use crate::compare::{Comparison, Span, SpanKind, Status};
use crate::draft::Draft;

/// Writes the comparison as plain text.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    writeln!(
        out,
        "OLD: {} ({} points)",
        old.display_title(),
        old.point_count()
    )?;
    writeln!(
        out,
        "NEW: {} ({} points)",
        new.display_title(),
        new.point_count()
    )?;
    let s = &c.summary;
    writeln!(
        out,
        "{} unchanged, {} changed, {} removed, {} added, {} moved, {} merged, {} split",
        s.unchanged, s.changed, s.removed, s.added, s.moved, s.merged, s.split
    )?;
    if let Some(line) = c.substance_counts().line() {
        writeln!(out, "substance: {line}")?;
    }
    if let Some(line) = c.to_check().line(&c.summary) {
        writeln!(out, "to check: {line}")?;
    }
    let groups = super::substance::by_kind(old, new, c);
    if !groups.is_empty() {
        writeln!(out, "\nWhat changed in substance:")?;
        for (kind, list) in groups {
            writeln!(out, "  {}:", kind.heading())?;
            for (labels, f) in list {
                writeln!(out, "    {labels}: {}", f.describe())?;
            }
        }
    }
    for row in &c.rows {
        let sign = match row.status {
            Status::Unchanged => '=',
            Status::Changed | Status::Merged | Status::Split => '~',
            Status::Removed => '-',
            Status::Added => '+',
        };
        writeln!(
            out,
            "\n{sign} {} -> {}: {}",
            super::joined_labels(old, &row.old),
            super::joined_labels(new, &row.new),
            super::describe(row, old, new)
        )?;
        if row.status == Status::Unchanged {
            continue;
        }
        let plain = matches!(row.status, Status::Removed | Status::Added);
        let body = wdiff(&row.diff, plain);
        for line in body.lines() {
            writeln!(out, "    {line}")?;
        }
        for f in &row.substance {
            writeln!(out, "    * {}", f.describe())?;
        }
    }
    Ok(())
}

/// A word diff in wdiff style: deleted words as `[-old-]`, inserted words as `{+new+}`;
/// `plain` (a removed or added point) gives the text alone.
pub fn wdiff(spans: &[Span], plain: bool) -> String {
    let mut body = String::new();
    for span in spans {
        match span.kind {
            _ if plain => body.push_str(&span.text),
            SpanKind::Equal => body.push_str(&span.text),
            SpanKind::Delete => {
                body.push_str("[-");
                body.push_str(&span.text);
                body.push_str("-]");
            }
            SpanKind::Insert => {
                body.push_str("{+");
                body.push_str(&span.text);
                body.push_str("+}");
            }
        }
    }
    body
}

/// A writer for a terminal that shows control characters visibly instead of passing them on:
/// escape sequences in a draft (a clipboard write, a title change, a screen clear) print as
/// `\x1b` rather than act. Line feeds and tabs pass; C1 controls (U+0080 to U+009F) print as
/// `\u{9b}`. For files and pipes the exact text is written instead.
pub struct VisibleControls<W: Write> {
    inner: W,
    /// A 0xC2 byte whose next byte (another `write` call) decides whether it starts a C1
    /// control.
    pending_c2: bool,
}

impl<W: Write> VisibleControls<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        VisibleControls {
            inner,
            pending_c2: false,
        }
    }
}

impl<W: Write> Write for VisibleControls<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut start = 0;
        for (i, &b) in buf.iter().enumerate() {
            if std::mem::take(&mut self.pending_c2) {
                if (0x80..=0x9f).contains(&b) {
                    write!(self.inner, "\\u{{{b:x}}}")?;
                    start = i + 1;
                    continue;
                }
                self.inner.write_all(&[0xc2])?;
            }
            let control = (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f;
            if control || b == 0xc2 {
                self.inner.write_all(&buf[start..i])?;
                start = i + 1;
                match b {
                    0xc2 => self.pending_c2 = true,
                    b'\r' => self.inner.write_all(b"\\r")?,
                    _ => write!(self.inner, "\\x{b:02x}")?,
                }
            }
        }
        self.inner.write_all(&buf[start.min(buf.len())..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.pending_c2) {
            self.inner.write_all(&[0xc2])?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visible(chunks: &[&[u8]]) -> String {
        let mut out = VisibleControls::new(Vec::new());
        for c in chunks {
            out.write_all(c).unwrap();
        }
        out.flush().unwrap();
        String::from_utf8(out.inner).unwrap()
    }

    #[test]
    fn controls_show_and_text_passes() {
        assert_eq!(
            visible(&[b"a\x1b]52;c;eA==\x07b\n\tc\r"]),
            "a\\x1b]52;c;eA==\\x07b\n\tc\\r"
        );
        // A C1 control (CSI) split across writes; other two-byte characters pass.
        assert_eq!(
            visible(&[b"x\xc2", b"\x9b2J \xc2\xa0\xc3\xa9"]),
            "x\\u{9b}2J \u{a0}é"
        );
        assert_eq!(
            visible(&["Пункт".as_bytes(), b"\xc2", b"\xa0"]),
            "Пункт\u{a0}"
        );
    }
}
