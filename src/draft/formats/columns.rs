//! A page set in two columns, read column after column: from the pieces of text a PDF page
//! places (each with its position), the gutter between the columns, and the page's lines
//! in reading order, the left column's lines before the right column's wherever the page is
//! split, lines across the gutter (a title, a heading over both columns) where they stand.
//!
//! Only text in columns: two of comparable widths whose lines run to their edges and whose
//! paragraphs start at heights of their own. A table (its cells start row by row), a form, a
//! list with its amounts at the right and notes in a margin keep the plain reading, row by
//! row. Three columns, and a short heading in the left column's place between two parts set
//! in columns, are not read apart.
//!
//! A PDF keeps no reading order for an untagged page: read by height alone, a line of the left
//! column is followed by the line of the right column beside it (`Section 1. Purpose. The
//! purpose of this Section 10. Penalties. A violation`), and every point of both columns is
//! cut into the other's. Gazettes, ordinances, the EU's Official Journal and bilingual pages
//! (English and French side by side) are set so.

/// A piece of text placed on a page: its left edge, its baseline's height (PDF space: up is
/// larger), its width and its font size, in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The left edge.
    pub x: f32,
    /// The height of the baseline (or of the box's lower edge), larger up the page.
    pub y: f32,
    /// The width.
    pub width: f32,
    /// The font size.
    pub size: f32,
    /// The text, spaces included.
    pub text: String,
}

/// Fewest lines with text on each side of the gutter for a page to be read as two columns:
/// a table's few rows or a signature block of two names side by side are not.
pub const MIN_SPLIT_LINES: usize = 6;

/// Least share of the page's lines that have text on one side of the gutter or the other
/// (each side, half of it).
pub const MIN_SPLIT_SHARE: f32 = 0.4;

/// Least width of the gutter, in ems of the text's font: words of one line are a space
/// apart (a quarter of an em), justified ones at most about one em.
pub const GUTTER_EMS: f32 = 1.5;

/// Least width of the narrower column as a share of the wider: notes in a margin, a column
/// of amounts or of a form's values are narrower.
pub const MIN_WIDTH_RATIO: f32 = 0.5;

/// How near a side's edge (in ems) a line ends to run to it.
pub const FULL_EMS: f32 = 3.0;

/// Least share of each side's lines that run to its edge: wrapped text does, but for the
/// paragraphs' last lines; a form's labels and a list's items do not.
pub const MIN_FULL_SHARE: f32 = 0.5;

/// Share of the left side's paragraph starts that a start on the right side beside them
/// makes a table's rows, not columns.
pub const ROWS_SHARE: f32 = 0.6;

/// One line of the page: its height and its pieces, left to right.
struct Line<'a> {
    y: f32,
    size: f32,
    pieces: Vec<&'a Piece>,
}

/// The page's text column after column, or `None` when the page is not set in two columns
/// (then its plain reading is right).
pub fn two_columns(pieces: &[Piece]) -> Option<String> {
    let lines = lines(pieces);
    let gutter = gutter(&lines)?;
    let mut out: Vec<String> = Vec::new();
    // The lines across the gutter since the last split ones, and each column's lines since
    // the last line across.
    let mut across: Vec<(f32, String)> = Vec::new();
    let mut left: Vec<(f32, String)> = Vec::new();
    let mut right: Vec<(f32, String)> = Vec::new();
    let crossing: Vec<bool> = lines
        .iter()
        .map(|line| {
            // Across the gutter, or in it with no text wholly in either column (a page's
            // number, a short heading centred on the page).
            let pieces = &line.pieces;
            pieces
                .iter()
                .any(|p| p.x < gutter.0 && p.x + p.width > gutter.1)
                || (!pieces.iter().any(|p| p.x + p.width <= gutter.0)
                    && !pieces.iter().any(|p| p.x >= gutter.1))
        })
        .collect();
    for (k, line) in lines.iter().enumerate() {
        // A short line between two lines across the page (or the page's edge) is across it
        // too: a title's last words, a running header over the title.
        let edge_or_across =
            |k: Option<usize>| k.is_none_or(|k| crossing.get(k).is_none_or(|&c| c));
        let crosses =
            crossing[k] || (edge_or_across(k.checked_sub(1)) && edge_or_across(Some(k + 1)));
        if crosses {
            for column in [&mut left, &mut right] {
                out.extend(paragraphs(column));
                column.clear();
            }
            across.push((line.y, join(&line.pieces)));
            continue;
        }
        out.extend(paragraphs(&across));
        across.clear();
        let (l, r) = halves(line, gutter.1);
        for (side, column) in [(l, &mut left), (r, &mut right)] {
            let text = join(&side);
            if !text.is_empty() {
                column.push((line.y, text));
            }
        }
    }
    for block in [&across, &left, &right] {
        out.extend(paragraphs(block));
    }
    Some(out.join("\n"))
}

/// How many times the usual step from a line to the next (the lower quartile of a column's:
/// a paragraph's lines) sets a new paragraph apart.
pub const PARAGRAPH_STEP: f32 = 1.3;

/// The usual step from a line to the next: the lower quartile of the steps (a paragraph's
/// lines), 0 when there are none.
fn usual_step(steps: &[f32]) -> f32 {
    let mut sorted = steps.to_vec();
    sorted.sort_by(f32::total_cmp);
    sorted.get(sorted.len() / 4).copied().unwrap_or(0.0)
}

/// The lines of one column (or a run of lines across the page), a blank line where the step
/// to the next line is over [`PARAGRAPH_STEP`] times the usual (a new paragraph), and after
/// the last, as the plain reading sets paragraphs apart.
fn paragraphs(column: &[(f32, String)]) -> Vec<String> {
    let steps: Vec<f32> = column.windows(2).map(|w| w[0].0 - w[1].0).collect();
    let usual = usual_step(&steps);
    let mut out = Vec::new();
    for (k, (_, text)) in column.iter().enumerate() {
        if k > 0 && usual > 0.0 && steps[k - 1] > usual * PARAGRAPH_STEP {
            out.push(String::new());
        }
        out.push(text.clone());
    }
    if !out.is_empty() {
        out.push(String::new());
    }
    out
}

/// The pieces with text grouped into lines, top to bottom, each line's pieces left to right:
/// pieces whose heights are within half the font size of the line's first.
fn lines(pieces: &[Piece]) -> Vec<Line<'_>> {
    let mut sorted: Vec<&Piece> = pieces
        .iter()
        .filter(|p| !p.text.trim().is_empty() && p.width.is_finite() && p.y.is_finite())
        .collect();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Line<'_>> = Vec::new();
    for p in sorted {
        match lines.last_mut() {
            Some(line) if (line.y - p.y).abs() <= line.size.max(p.size) * 0.5 => {
                line.pieces.push(p)
            }
            _ => lines.push(Line {
                y: p.y,
                size: p.size.max(1.0),
                pieces: vec![p],
            }),
        }
    }
    for line in &mut lines {
        line.pieces.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    lines
}

/// Least width of a line's text on one side of a place for the line to count as text there
/// (in ems): a page's number in the middle or a contents line's page number at the right
/// margin is no column.
pub const SIDE_EMS: f32 = 4.0;

/// Most share of the lines that may cross the gutter: the title, the headings over both
/// columns, a closing line.
pub const MAX_CROSSING_SHARE: f32 = 0.25;

/// Does a piece of the line cross place `x`?
fn crosses(line: &Line<'_>, x: f32) -> bool {
    line.pieces.iter().any(|p| p.x < x && p.x + p.width > x)
}

/// The line's pieces that end at place `x` or before it, and the others.
fn halves<'a>(line: &Line<'a>, x: f32) -> (Vec<&'a Piece>, Vec<&'a Piece>) {
    line.pieces.iter().partition(|p| p.x + p.width <= x)
}

/// How line `line` stands to place `x`: `None` when a piece crosses it, else the extents of
/// its text before and after it that are [`SIDE_EMS`] wide at least (each the nearest edge
/// to `x`).
fn sides(line: &Line<'_>, x: f32, em: f32) -> Option<(Option<f32>, Option<f32>)> {
    if crosses(line, x) {
        return None;
    }
    let (l, r) = halves(line, x);
    let wide = |side: &[&Piece]| match (side.first(), side.last()) {
        (Some(a), Some(b)) => b.x + b.width - a.x >= SIDE_EMS * em,
        _ => false,
    };
    let before = wide(&l).then(|| l.iter().map(|p| p.x + p.width).fold(f32::MIN, f32::max));
    let after = wide(&r).then(|| r.iter().map(|p| p.x).fold(f32::MAX, f32::min));
    Some((before, after))
}

/// The gutter between two columns, as its left and right edges: the place, between a fifth
/// and four fifths of the text's width, just right of a piece's end, that at most [`MAX_CROSSING_SHARE`] of the lines cross
/// and that has the most lines with text on its side that has fewer ([`sides`]: the two
/// columns' baselines need not meet): [`MIN_SPLIT_LINES`] at least, and half
/// [`MIN_SPLIT_SHARE`] of the lines; its edges are the nearest such text on either side,
/// [`GUTTER_EMS`] apart at least.
fn gutter(lines: &[Line<'_>]) -> Option<(f32, f32)> {
    let pieces = || lines.iter().flat_map(|l| &l.pieces);
    let left = pieces().map(|p| p.x).fold(f32::INFINITY, f32::min);
    let right = pieces()
        .map(|p| p.x + p.width)
        .fold(f32::NEG_INFINITY, f32::max);
    let width = right - left;
    if !(width.is_finite() && width > 0.0) || lines.len() < MIN_SPLIT_LINES {
        return None;
    }
    let mut sizes: Vec<f32> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(f32::total_cmp);
    let em = sizes[sizes.len() / 2];
    // The places just right of a piece's end across the middle of the text: a gutter starts
    // where the left column's lines end.
    let (from, to) = (left + width * 0.2, left + width * 0.8);
    let mut places: Vec<f32> = pieces()
        .map(|p| (p.x + p.width).ceil())
        .filter(|x| (from..=to).contains(x))
        .collect();
    places.sort_by(f32::total_cmp);
    places.dedup();
    let mut best: Option<(usize, f32)> = None;
    for x in places {
        let (mut before, mut after, mut crossing) = (0, 0, 0);
        for line in lines {
            match sides(line, x, em) {
                None => crossing += 1,
                Some((b, a)) => {
                    before += usize::from(b.is_some());
                    after += usize::from(a.is_some());
                }
            }
        }
        let fewer = before.min(after);
        if crossing as f32 <= lines.len() as f32 * MAX_CROSSING_SHARE
            && best.is_none_or(|(b, _)| fewer > b)
        {
            best = Some((fewer, x));
        }
    }
    let (fewer, x) = best?;
    if fewer < MIN_SPLIT_LINES || (fewer as f32) < lines.len() as f32 * MIN_SPLIT_SHARE / 2.0 {
        return None;
    }
    let (mut edge_left, mut edge_right) = (f32::NEG_INFINITY, f32::INFINITY);
    for (b, a) in lines.iter().filter_map(|line| sides(line, x, em)) {
        edge_left = b.map_or(edge_left, |b| edge_left.max(b));
        edge_right = a.map_or(edge_right, |a| edge_right.min(a));
    }
    if edge_right - edge_left < GUTTER_EMS * em {
        return None;
    }
    // Columns of text, not a table, a form or notes in the margin: the two are of comparable
    // widths, most lines on each side run to the side's edge (text wrapped there), and their
    // paragraphs start at heights of their own (a table's cells start together, row by row).
    let (left_width, right_width) = (edge_left - left, right - edge_right);
    if left_width.min(right_width) < left_width.max(right_width) * MIN_WIDTH_RATIO {
        return None;
    }
    let mut ends: [Vec<(f32, f32)>; 2] = [Vec::new(), Vec::new()];
    for line in lines.iter().filter(|l| !crosses(l, x)) {
        let (l, r) = halves(line, x);
        for (side, pieces) in [l, r].into_iter().enumerate() {
            if let Some(last) = pieces.last() {
                ends[side].push((line.y, last.x + last.width));
            }
        }
    }
    let full = |side: &[(f32, f32)], edge: f32| {
        let near = side
            .iter()
            .filter(|(_, end)| edge - end <= FULL_EMS * em)
            .count();
        near as f32 >= side.len() as f32 * MIN_FULL_SHARE
    };
    if !full(&ends[0], edge_left) || !full(&ends[1], right) {
        return None;
    }
    let (left_starts, right_starts) = (starts(&ends[0]), starts(&ends[1]));
    let together = left_starts
        .iter()
        .filter(|&&y| right_starts.iter().any(|&r| (r - y).abs() <= em * 0.5))
        .count();
    if left_starts.len() >= 2 && together as f32 >= left_starts.len() as f32 * ROWS_SHARE {
        return None;
    }
    Some((edge_left, edge_right))
}

/// The heights of the lines of one side that start a paragraph, past the first (both
/// columns start at the top): a step from the line above over [`PARAGRAPH_STEP`] times the
/// usual.
fn starts(side: &[(f32, f32)]) -> Vec<f32> {
    let steps: Vec<f32> = side.windows(2).map(|w| w[0].0 - w[1].0).collect();
    let usual = usual_step(&steps);
    side.iter()
        .skip(1)
        .zip(&steps)
        .filter(|(_, step)| usual > 0.0 && **step > usual * PARAGRAPH_STEP)
        .map(|(&(y, _), _)| y)
        .collect()
}

/// The text of a line's pieces, left to right: a space between two pieces apart by more than
/// a fifth of an em when neither brings one, runs of spaces made one.
fn join(pieces: &[&Piece]) -> String {
    let mut out = String::new();
    let mut end: Option<f32> = None;
    for p in pieces {
        if let Some(e) = end
            && p.x - e > p.size * 0.2
            && !out.ends_with(char::is_whitespace)
            && !p.text.starts_with(char::is_whitespace)
        {
            out.push(' ');
        }
        out.push_str(&p.text);
        end = Some(p.x + p.width);
    }
    crate::draft::scan::single_spaced(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(x: f32, y: f32, text: &str) -> Piece {
        Piece {
            x,
            y,
            width: text.chars().count() as f32 * 5.0,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        // A title across the page, then six lines in each column, the right column's pieces
        // listed first at each height, as a PDF may hold them.
        let mut pieces = vec![piece(
            60.0,
            800.0,
            "Ordinance on street trading, adopted in May",
        )];
        let left = [
            "1. Traders need a",
            "permit from the",
            "council.",
            "2. Permits last one",
            "year and may be",
            "renewed.",
        ];
        let right = [
            "3. Stalls close at",
            "ten at night.",
            "4. Waste is taken",
            "away by the trader.",
            "5. Fines are set",
            "by the council.",
        ];
        for (k, (l, r)) in left.iter().zip(&right).enumerate() {
            let y = 780.0 - 12.0 * k as f32;
            pieces.push(piece(200.0, y, r));
            pieces.push(piece(60.0, y, l));
        }
        let text = two_columns(&pieces).expect("two columns");
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        let mut want = vec!["Ordinance on street trading, adopted in May"];
        want.extend(left);
        want.extend(right);
        assert_eq!(lines, want);
    }

    #[test]
    fn one_column_and_a_few_side_by_side_lines_are_no_columns() {
        // Prose in one column, its lines of varying length: no gutter.
        let prose: Vec<Piece> = (0..12)
            .map(|k| piece(60.0, 700.0 - 12.0 * k as f32, &"word ".repeat(10 + k % 5)))
            .collect();
        assert_eq!(two_columns(&prose), None);
        // Two signatures side by side under a text of one column.
        let mut signed = prose.clone();
        for k in 0..3 {
            let y = 500.0 - 12.0 * k as f32;
            signed.push(piece(60.0, y, "For the Republic"));
            signed.push(piece(300.0, y, "For the Kingdom"));
        }
        assert_eq!(two_columns(&signed), None);
        // A contents page: titles at the left, their pages at the right margin.
        let contents: Vec<Piece> = (0..12)
            .flat_map(|k| {
                let y = 700.0 - 12.0 * k as f32;
                [
                    piece(60.0, y, &format!("Article {k} and its purpose")),
                    piece(400.0, y, &format!("{}", 3 + k)),
                ]
            })
            .collect();
        assert_eq!(two_columns(&contents), None);
        // A table of provisions and comments: each row's two cells start together.
        let mut table = Vec::new();
        for row in 0..5 {
            let top = 700.0 - 40.0 * row as f32;
            for k in 0..2 {
                let y = top - 12.0 * k as f32;
                table.push(piece(60.0, y, "The provision wraps in its cell"));
                table.push(piece(260.0, y, "The comment wraps in its cell too"));
            }
        }
        assert_eq!(two_columns(&table), None);
        // A form: short labels, ragged, beside their values.
        let labels = [
            "Name:",
            "Date of birth:",
            "Address of residence:",
            "Tax number:",
        ];
        let form: Vec<Piece> = (0..12)
            .flat_map(|k| {
                let y = 700.0 - 14.0 * k as f32;
                [
                    piece(60.0, y, labels[k % 4]),
                    piece(260.0, y, "A value written in by the applicant"),
                ]
            })
            .collect();
        assert_eq!(two_columns(&form), None);
    }

    #[test]
    fn pieces_of_a_line_are_joined_by_their_spaces_or_their_distance() {
        let a = Piece {
            x: 0.0,
            y: 0.0,
            width: 30.0,
            size: 10.0,
            text: "Section".to_owned(),
        };
        let b = Piece {
            x: 33.0,
            ..piece(0.0, 0.0, "1.")
        };
        let c = Piece {
            x: 43.0,
            ..piece(0.0, 0.0, " Purpose.")
        };
        let d = Piece {
            x: 88.5,
            ..piece(0.0, 0.0, "ly")
        };
        assert_eq!(join(&[&a, &b, &c, &d]), "Section 1. Purpose.ly");
    }
}
