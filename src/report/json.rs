//! The JSON form of a comparison (documented in the README; stable field names).
//!
//! The outer object is indented; each row is compact on a line of its own, so that the output
//! stays readable and line-oriented tools (grep, diff) work on it. Rows are serialised in
//! parallel.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::compare::substance::Finding;
use crate::compare::{Comparison, Row, Span, SpanKind, Status, TextOptions};
use crate::draft::Draft;

/// A draft in a JSON report: where it was read from, its title, how many points it has.
#[derive(Serialize)]
pub(super) struct DraftInfo<'a> {
    path: Option<String>,
    title: &'a str,
    point_count: usize,
}

/// A row in a JSON report (`compare`, and each pair of a review report): its fields before
/// the diff, the diff, and the fields after it. The three parts let [`RowOut::write_compact`]
/// write the diff itself, with serde writing the rest exactly as it writes the whole row.
#[derive(Serialize)]
pub(super) struct RowOut<'a> {
    #[serde(flatten)]
    head: RowHead<'a>,
    diff: &'a [Span],
    #[serde(flatten)]
    tail: RowTail<'a>,
}

/// The fields of a row before its diff ([`RowOut`]).
#[derive(Serialize)]
struct RowHead<'a> {
    status: Status,
    moved: bool,
    old: Vec<&'a str>,
    new: Vec<&'a str>,
    similarity: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'static str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    weak: bool,
}

/// The fields of a row after its diff ([`RowOut`]); the first is always written.
#[derive(Serialize)]
struct RowTail<'a> {
    substance: &'a [Finding],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    synonyms: &'a [crate::compare::thesaurus::Synonym],
    /// For a removed row the labels of the new points most like it, for an added row those
    /// of the old points ([`Row::resembles`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    resembles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<&'a super::review::RowNotes<'a>>,
}

impl RowOut<'_> {
    /// Appends the row to `buf` as `serde_json::to_writer` writes it, the diff's spans written
    /// here: they are most of a report's bytes, and serde_json looks at each byte of a text
    /// in turn for one to escape where [`push_json_str`] tests eight at a time.
    fn write_compact(&self, buf: &mut Vec<u8>) -> io::Result<()> {
        serde_json::to_writer(&mut *buf, &self.head).map_err(io::Error::from)?;
        // The head's closing brace: the diff and the tail go on in the same object.
        buf.pop();
        buf.extend_from_slice(b",\"diff\":[");
        for (k, span) in self.diff.iter().enumerate() {
            if k > 0 {
                buf.push(b',');
            }
            // As `Span` and `SpanKind` are serialised (`op`, lower-case).
            buf.extend_from_slice(match span.kind {
                SpanKind::Equal => b"{\"op\":\"equal\",\"text\":",
                SpanKind::Delete => b"{\"op\":\"delete\",\"text\":",
                SpanKind::Insert => b"{\"op\":\"insert\",\"text\":",
            });
            push_json_str(buf, &span.text);
            if let Some(old) = &span.old_text {
                buf.extend_from_slice(b",\"old_text\":");
                push_json_str(buf, old);
            }
            buf.push(b'}');
        }
        buf.push(b']');
        let open = buf.len();
        serde_json::to_writer(&mut *buf, &self.tail).map_err(io::Error::from)?;
        // The tail's opening brace: its fields follow the diff (it always has `substance`).
        buf[open] = b',';
        Ok(())
    }
}

/// Appends `s` to `buf` as a JSON string, escaped as serde_json escapes it: `"` and `\` after
/// a backslash; the control characters as `\b`, `\t`, `\n`, `\f`, `\r` or `\u00xx`; the rest
/// as it is.
fn push_json_str(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    let mut rest = s.as_bytes();
    while let Some(k) = escaped_at(rest) {
        buf.extend_from_slice(&rest[..k]);
        let b = rest[k];
        match b {
            b'"' | b'\\' => buf.extend_from_slice(&[b'\\', b]),
            0x08 => buf.extend_from_slice(b"\\b"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            0x0c => buf.extend_from_slice(b"\\f"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                buf.extend_from_slice(b"\\u00");
                buf.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]);
            }
        }
        rest = &rest[k + 1..];
    }
    buf.extend_from_slice(rest);
    buf.push(b'"');
}

/// Where the first byte of `bytes` that JSON escapes is (a control character, `"` or `\`):
/// eight bytes at a time while none of them is one, then byte by byte.
fn escaped_at(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    // The high bit of the lowest byte of `word` that is 0 is set in this (higher ones may
    // be too); with no such byte, no high bit is.
    let zero = |word: u64| word.wrapping_sub(ONES) & !word;
    let mut start = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // As `zero`, for a byte below 0x20 (a bound of at most 0x80 works alike), a `"` and
        // a `\`.
        let found = word.wrapping_sub(ONES * 0x20) & !word
            | zero(word ^ (ONES * 0x22))
            | zero(word ^ (ONES * 0x5c));
        if found & HIGHS != 0 {
            break;
        }
        start += 8;
    }
    bytes[start..]
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|k| start + k)
}

/// The summary: rows per status, and the substance findings per kind.
#[derive(Serialize)]
struct SummaryOut<'a> {
    #[serde(flatten)]
    rows: &'a crate::compare::Summary,
    substance: PerKind,
    /// What a reader should check ([`crate::compare::ToCheck`]).
    to_check: crate::compare::ToCheck,
}

/// Findings per kind ([`crate::compare::substance::Counts::findings`]).
#[derive(Serialize)]
struct PerKind {
    figure: usize,
    party: usize,
    obligation: usize,
    negation: usize,
    condition: usize,
    deadline: usize,
}

fn summary(c: &Comparison) -> SummaryOut<'_> {
    let [figure, party, obligation, negation, condition, deadline] = c.substance_counts().findings;
    SummaryOut {
        rows: &c.summary,
        substance: PerKind {
            figure,
            party,
            obligation,
            negation,
            condition,
            deadline,
        },
        to_check: c.to_check(),
    }
}

/// A draft as a JSON report describes it.
pub(super) fn info(d: &Draft) -> DraftInfo<'_> {
    DraftInfo {
        path: d.path.as_ref().map(|p| p.display().to_string()),
        title: &d.title,
        point_count: d.point_count(),
    }
}

/// A row of `old` and `new` for a JSON report, with `notes` (its annotations) when given.
pub(super) fn row_out<'a>(
    r: &'a Row,
    old: &'a Draft,
    new: &'a Draft,
    notes: Option<&'a super::review::RowNotes<'a>>,
) -> RowOut<'a> {
    RowOut {
        head: RowHead {
            status: r.status,
            moved: r.moved,
            old: super::labels(old, &r.old),
            new: super::labels(new, &r.new),
            similarity: r.similarity.map(|s| (s * 1000.0).round() / 1000.0),
            evidence: r.evidence.map(|e| e.name()),
            weak: r.weak,
        },
        diff: &r.diff,
        tail: RowTail {
            substance: &r.substance,
            synonyms: &r.synonyms,
            resembles: super::resembled(r, old, new),
            annotations: notes,
        },
    }
}

fn json(value: &impl Serialize) -> io::Result<String> {
    serde_json::to_string(value).map_err(io::Error::from)
}

/// Writes the comparison as JSON followed by a newline.
pub fn write(out: &mut dyn Write, old: &Draft, new: &Draft, c: &Comparison) -> io::Result<()> {
    write_with_notes(out, old, new, c, None)
}

/// Like [`write()`], with each row's annotations (one entry per row of `c`) added to the rows
/// that have some, as `"annotations": {"old": [...], "new": [...], "inherited": bool}`.
pub fn write_with_notes(
    out: &mut dyn Write,
    old: &Draft,
    new: &Draft,
    c: &Comparison,
    notes: Option<&[super::review::RowNotes<'_>]>,
) -> io::Result<()> {
    let mut report = Streamed::begin(out, old, new, &c.options)?;
    report.rows(out, &c.rows, notes)?;
    report.end(out, c)
}

/// A JSON report written as the comparison's rows come
/// ([`crate::compare::compare_in_order`]): the same bytes as [`write()`], but the first rows
/// are on their way to the disk while the others are still being compared.
pub struct Streamed<'a> {
    old: &'a Draft,
    new: &'a Draft,
    /// Rows written so far.
    written: usize,
}

impl<'a> Streamed<'a> {
    /// Writes what comes before the rows: the drafts and the options.
    pub fn begin(
        out: &mut dyn Write,
        old: &'a Draft,
        new: &'a Draft,
        options: &TextOptions,
    ) -> io::Result<Self> {
        write!(
            out,
            "{{\n  \"old\": {},\n  \"new\": {},\n  \"options\": {},\n  \"rows\": [",
            json(&info(old))?,
            json(&info(new))?,
            json(options)?
        )?;
        Ok(Streamed {
            old,
            new,
            written: 0,
        })
    }

    /// Writes the next `rows`, serialised in parallel; `notes` has one entry per row of the
    /// whole report (not only of these).
    pub fn rows(
        &mut self,
        out: &mut dyn Write,
        rows: &[Row],
        notes: Option<&[super::review::RowNotes<'_>]>,
    ) -> io::Result<()> {
        let (old, new, first) = (self.old, self.new, self.written);
        let chunks: Vec<Vec<u8>> = rows
            .par_chunks(256)
            .enumerate()
            .map(|(k, chunk)| {
                let mut buf = Vec::with_capacity(chunk.len() * 512);
                for (n, r) in chunk.iter().enumerate() {
                    let note = notes
                        .and_then(|all| all.get(first + k * 256 + n))
                        .filter(|n| !n.old.is_empty() || !n.new.is_empty());
                    buf.extend_from_slice(b",\n    ");
                    row_out(r, old, new, note).write_compact(&mut buf)?;
                }
                Ok(buf)
            })
            .collect::<io::Result<_>>()?;
        for (k, chunk) in chunks.iter().enumerate() {
            // Every row is preceded by ",\n    "; the report's first row by "\n    " only.
            let skip = usize::from(k == 0 && first == 0);
            out.write_all(&chunk[skip.min(chunk.len())..])?;
        }
        self.written += rows.len();
        Ok(())
    }

    /// Writes what comes after the rows: the summary of `c`, the comparison whose rows were
    /// written.
    pub fn end(self, out: &mut dyn Write, c: &Comparison) -> io::Result<()> {
        let close = if self.written == 0 { "]" } else { "\n  ]" };
        writeln!(out, "{close},\n  \"summary\": {}\n}}", json(&summary(c))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(kind: SpanKind, text: &str, old_text: Option<&str>) -> Span {
        Span {
            kind,
            text: text.to_owned(),
            old_text: old_text.map(str::to_owned),
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = [
            "",
            "plain",
            "a \"quoted\" word, a back\\slash",
            "tab\there, line\nbreak, \r, \u{8}, \u{c}, \u{1}, \u{1f}, \u{7f} and é, ї, 中",
            "exactly8",
            "seventeen bytes!\"",
            "«Оборона України» — 1. \"Article\" 2\\3",
        ]
        .map(str::to_owned)
        .to_vec();
        // Each byte that is escaped, at each place in and around a word of eight bytes.
        for b in (0u8..0x20).chain([b'"', b'\\']) {
            for at in 0..18 {
                let mut text = "x".repeat(18);
                text.replace_range(at..=at, &char::from(b).to_string());
                texts.push(text);
            }
        }
        for text in texts {
            let mut buf = Vec::new();
            push_json_str(&mut buf, &text);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string(&text).unwrap(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_report_written_as_its_rows_come_is_the_report_written_at_once() {
        use crate::compare::{ROWS_AT_A_TIME, compare, compare_in_order};
        // More rows than one stretch: points kept, reworded, removed, added and moved.
        let n = ROWS_AT_A_TIME + 300;
        let point = |k: usize| {
            format!(
                "The parties review clause {k} of annex {} each year.",
                k % 7
            )
        };
        let old_text: String = (1..=n).map(|k| format!("{k}. {}\n", point(k))).collect();
        let mut new_points: Vec<String> = (1..=n)
            .filter(|k| k % 97 != 0)
            .map(|k| match k % 13 {
                0 => format!(
                    "Every year the parties go over clause {k} of annex {}.",
                    k % 7
                ),
                _ => point(k),
            })
            .collect();
        new_points.insert(5, "A new point on the monitoring mission.".to_owned());
        let moved = new_points.remove(900);
        new_points.insert(40, moved);
        let new_text: String = new_points
            .iter()
            .enumerate()
            .map(|(k, p)| format!("{}. {p}\n", k + 1))
            .collect();
        let old = Draft::from_text("old.txt", &old_text);
        let new = Draft::from_text("new.txt", &new_text);
        let options = TextOptions::default();

        let mut at_once = Vec::new();
        write(&mut at_once, &old, &new, &compare(&old, &new, &options)).unwrap();

        let mut streamed = Vec::new();
        let mut stretches = Vec::new();
        let mut report = Streamed::begin(&mut streamed, &old, &new, &options).unwrap();
        let c = compare_in_order(&old, &new, &options, &[], |rows| {
            stretches.push(rows.len());
            report.rows(&mut streamed, rows, None)
        })
        .unwrap();
        report.end(&mut streamed, &c).unwrap();

        assert!(stretches.len() >= 2, "{stretches:?}");
        assert!(stretches.iter().all(|&s| s <= ROWS_AT_A_TIME));
        assert_eq!(stretches.iter().sum::<usize>(), c.rows.len());
        let s = &c.summary;
        assert!(
            s.removed > 0 && s.added > 0 && s.changed > 0 && s.moved > 0,
            "{s:?}"
        );
        assert_eq!(String::from_utf8(streamed), String::from_utf8(at_once));
    }

    #[test]
    fn a_compact_row_is_what_serde_json_writes() {
        let diffs = [
            vec![],
            vec![
                span(SpanKind::Equal, "The \"Seller\" ", None),
                span(SpanKind::Delete, "shall", None),
                span(SpanKind::Insert, "may\n", None),
                span(SpanKind::Equal, "deliver.", Some("Deliver")),
            ],
        ];
        for diff in &diffs {
            for (evidence, weak, resembles) in [
                (None, false, vec![]),
                (Some("same role"), true, vec!["3", "4"]),
            ] {
                let row = RowOut {
                    head: RowHead {
                        status: Status::Changed,
                        moved: weak,
                        old: vec!["1"],
                        new: vec!["1", "2"],
                        similarity: Some(0.889),
                        evidence,
                        weak,
                    },
                    diff,
                    tail: RowTail {
                        substance: &[],
                        synonyms: &[],
                        resembles,
                        annotations: None,
                    },
                };
                let mut buf = Vec::new();
                row.write_compact(&mut buf).unwrap();
                assert_eq!(
                    String::from_utf8(buf).unwrap(),
                    serde_json::to_string(&row).unwrap()
                );
            }
        }
    }
}
