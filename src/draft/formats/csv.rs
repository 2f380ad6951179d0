//! A spreadsheet saved as CSV or TSV (a tracker of a plan's points, one row per point, with
//! its status and notes): its rows as the parser's text, each row one paragraph, its cells
//! joined by ` | ` as a word processor's table row is ([`super::table_row`]), so that a row
//! numbered in its first cell is a point with its other cells.

use super::{Block, Extracted, render, table_row};

/// The separators a spreadsheet saves its cells with, in the order tried.
const DELIMITERS: &[u8] = b",;\t|";

/// Most lines looked at to tell the separator ([`delimiter`]).
const SNIFF_LINES: usize = 20;

/// The file's cell separator: of [`DELIMITERS`], the one found most often on the first
/// [`SNIFF_LINES`] lines (outside quotes), a comma if none is.
fn delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 4];
    for line in text.lines().take(SNIFF_LINES) {
        let mut quoted = false;
        for b in line.bytes() {
            if b == b'"' {
                quoted = !quoted;
            } else if !quoted && let Some(k) = DELIMITERS.iter().position(|&d| d == b) {
                counts[k] += 1;
            }
        }
    }
    let best = (0..DELIMITERS.len()).max_by_key(|&k| (counts[k], usize::MAX - k));
    best.filter(|&k| counts[k] > 0)
        .map_or(b',', |k| DELIMITERS[k])
}

/// Reads a CSV or TSV text (already decoded) into the parser's text: one paragraph a row, its
/// non-empty cells joined by ` | `, a cell's line breaks read as spaces; a row of one cell
/// (a title, a note) is that cell. `format` names the file's encoding.
pub fn read(text: &str, format: &'static str) -> Result<Extracted, String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut blocks = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("cannot be read as a table (CSV): {e}"))?;
        let cells: Vec<Vec<Block>> = record
            .iter()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| vec![Block::paragraph(crate::draft::scan::single_spaced(c))])
            .collect();
        if cells.is_empty() {
            continue;
        }
        blocks.extend(table_row(cells));
    }
    Ok(Extracted {
        text: render(&blocks),
        format,
        tracked_changes: false,
        warnings: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_paragraphs_of_cells() {
        let text = "Tracker of the plan;;;\n;;;\nNo.;Point;Status;Note\n1;Sovereignty is confirmed.;Agreed;\n\
                    2;\"Non-aggression; signed\nby all.\";Open;see annex\n";
        let out = read(text, "UTF-8").unwrap().text;
        let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "Tracker of the plan",
                "No. | Point | Status | Note",
                "1 | Sovereignty is confirmed. | Agreed",
                "2 | Non-aggression; signed by all. | Open | see annex",
            ]
        );
    }

    #[test]
    fn the_separator_is_the_one_found_most() {
        assert_eq!(delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(delimiter("a;b;c\n\"x, y\";2;3\n"), b';');
        assert_eq!(delimiter("a\tb\tc\n"), b'\t');
        assert_eq!(delimiter("one cell\n"), b',');
    }
}
