//! PDF drafts: text in reading order from `pdf_oxide`, extracted in a child process, then
//! normalised into the parser's text.
//!
//! The extraction runs in a child process (this program's own binary with the hidden
//! subcommand [`SUBCOMMAND`]) so that a hang, a stack overflow or an abort inside the PDF
//! library cannot freeze or kill the app; the child is stopped after [`TIMEOUT`], and files of
//! more than [`MAX_PAGES`] pages are refused. A page set in two columns is read column after
//! column ([`super::columns`]). Normalisation: running headers, footers and page
//! numbers are dropped, wrapped lines joined, end-of-line hyphenation undone, and a point number
//! alone on its line joined to the text after it. A PDF without a text layer (a scan) gives one
//! line saying so.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::Extracted;

/// The hidden subcommand of the `clausewise` binary that extracts a PDF's text to stdout.
pub const SUBCOMMAND: &str = "extract-pdf-text";
/// Environment variable naming the binary to run for PDF extraction (default: this program
/// when it is `clausewise`, else a `clausewise` next to it or one directory up).
pub const EXE_VAR: &str = "CLAUSEWISE_EXE";
/// How long the extraction may take.
pub const TIMEOUT: Duration = Duration::from_secs(60);
/// The most pages read.
pub const MAX_PAGES: usize = 5_000;
/// The most text the child may return (64 MiB).
const MAX_OUTPUT: u64 = 64 * 1024 * 1024;
/// Separates pages in the child's output.
const PAGE_BREAK: char = '\u{c}';

/// The line a PDF with no text layer becomes.
pub const NO_TEXT_LAYER: &str =
    "This PDF has no text layer (a scanned image?): Clausewise cannot read its words.";

/// The error for a PDF with no text to read (after the file name).
pub const NO_TEXT_ERROR: &str = "has no text to read: a scan without a text layer, or a damaged \
     file; Clausewise cannot compare it (run it through OCR, or ask for the text)";

/// Reads a PDF file through the child process. Errors are short phrases.
pub fn read(path: &Path) -> Result<Extracted, String> {
    if !cfg!(feature = "pdf") {
        return Err(
            "is a PDF file; this build of Clausewise reads no PDF (built without the `pdf` feature)"
                .to_owned(),
        );
    }
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > super::MAX_PACKAGE_SIZE {
        return Err(format!(
            "is too large ({size} bytes; the limit for PDF files is {} bytes)",
            super::MAX_PACKAGE_SIZE
        ));
    }
    let raw = run_child(path)?;
    let text = normalize(&raw);
    // Nothing to compare: an error, not a draft of one explanatory row (which would report
    // every point of the other draft as added or removed).
    if text.trim_end() == NO_TEXT_LAYER {
        return Err(NO_TEXT_ERROR.to_owned());
    }
    Ok(Extracted {
        text,
        format: "PDF",
        tracked_changes: false,
        warnings: Vec::new(),
    })
}

/// The binary that runs [`SUBCOMMAND`].
fn helper_exe() -> Result<PathBuf, String> {
    if let Some(exe) = std::env::var_os(EXE_VAR) {
        return Ok(PathBuf::from(exe));
    }
    let me = std::env::current_exe().map_err(|e| format!("cannot find the PDF reader: {e}"))?;
    let name = format!("clausewise{}", std::env::consts::EXE_SUFFIX);
    if me.file_name().is_some_and(|n| n == name.as_str()) {
        return Ok(me);
    }
    // Test and bench binaries live in target/<profile>/deps, the program one level up.
    let dir = me.parent();
    for candidate in [
        dir.map(|d| d.join(&name)),
        dir.and_then(Path::parent).map(|d| d.join(&name)),
    ]
    .into_iter()
    .flatten()
    {
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    Err(format!(
        "cannot find the `clausewise` program that reads PDF files (set {EXE_VAR})"
    ))
}

/// Runs the extraction in a child process with a timeout; returns its raw output.
fn run_child(path: &Path) -> Result<String, String> {
    run_child_with(&helper_exe()?, path, TIMEOUT)
}

fn run_child_with(exe: &Path, path: &Path, timeout: Duration) -> Result<String, String> {
    let mut child = Command::new(exe)
        .arg(SUBCOMMAND)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the PDF reader: {e}"))?;
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(s) = stdout {
            let _ = s.take(MAX_OUTPUT).read_to_end(&mut bytes);
        }
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(s) = stderr {
            let _ = s.take(64 * 1024).read_to_end(&mut bytes);
        }
        bytes
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "reading the PDF took longer than {} s and was stopped",
                    timeout.as_secs_f32()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("the PDF reader failed: {e}")),
        }
    };
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    if status.success() {
        return Ok(String::from_utf8_lossy(&out).into_owned());
    }
    let message = String::from_utf8_lossy(&err);
    let line = message
        .lines()
        .rev()
        .find_map(|l| l.trim().strip_prefix("clausewise: error: "))
        .map(str::to_owned);
    Err(line.unwrap_or_else(|| {
        "is a PDF file that cannot be read (the PDF reader failed on it)".to_owned()
    }))
}

/// What the child process runs: the text of each page, pages separated by a form feed.
/// Errors are short phrases without the file name (the caller adds it).
#[cfg(feature = "pdf")]
pub fn extract(path: &Path) -> Result<String, String> {
    let bytes =
        crate::fsutil::read_regular(path, super::MAX_PACKAGE_SIZE).map_err(|e| match e {
            crate::Error::Read { io, .. } => format!("cannot read: {io}"),
            other => other.to_string(),
        })?;
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes)
        .map_err(|e| format!("is a PDF file that cannot be read: {e}"))?;
    let pages = doc
        .page_count()
        .map_err(|e| format!("is a PDF file that cannot be read: {e}"))?;
    if pages > MAX_PAGES {
        return Err(format!(
            "is a PDF file of {pages} pages (the limit is {MAX_PAGES})"
        ));
    }
    let options = pdf_oxide::converters::ConversionOptions::default();
    let mut out = String::new();
    for page in 0..pages {
        if page > 0 {
            out.push(PAGE_BREAK);
        }
        let text = match columns(&doc, page) {
            Some(text) => text,
            None => doc.to_plain_text(page, &options).map_err(|e| {
                format!("is a PDF file whose page {} cannot be read: {e}", page + 1)
            })?,
        };
        out.push_str(&text.replace(PAGE_BREAK, "\n"));
    }
    Ok(out)
}

/// The text of a page set in two columns, column after column ([`super::columns`]): read by
/// height, as the plain text reads an untagged page, a line of the left column is followed by
/// the line of the right column beside it. `None` for a page of one column (the plain text
/// then), and for a tagged page, whose structure gives the order.
#[cfg(feature = "pdf")]
fn columns(doc: &pdf_oxide::PdfDocument, page: usize) -> Option<String> {
    if doc.prefers_structure_reading_order() {
        return None;
    }
    let pieces: Vec<super::columns::Piece> = doc
        .extract_spans(page)
        .ok()?
        .into_iter()
        .map(|s| super::columns::Piece {
            x: s.bbox.x,
            y: s.bbox.y,
            width: s.bbox.width,
            size: s.font_size,
            text: s.text,
        })
        .collect();
    super::columns::two_columns(&pieces)
}

/// Without the `pdf` feature there is no extraction.
#[cfg(not(feature = "pdf"))]
pub fn extract(_path: &Path) -> Result<String, String> {
    Err(
        "is a PDF file; this build of Clausewise reads no PDF (built without the `pdf` feature)"
            .to_owned(),
    )
}

/// Turns extracted page texts (separated by form feeds) into the parser's text.
pub fn normalize(raw: &str) -> String {
    let pages: Vec<Vec<String>> = raw.split(PAGE_BREAK).map(page_lines).collect();
    let full = full_width(&pages);
    let running = running_lines(&pages);
    let mut lines: Vec<&str> = Vec::new();
    for page in &pages {
        let first = page.iter().position(|l| !l.is_empty());
        let last = page.iter().rposition(|l| !l.is_empty());
        for (i, line) in page.iter().enumerate() {
            let edge = first.is_some_and(|f| i <= f + 1) || last.is_some_and(|l| i + 1 >= l);
            if edge && (is_page_number(line) || running.contains(&shape(line))) {
                continue;
            }
            lines.push(line.as_str());
        }
        lines.push("");
    }
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        if line.is_empty() || line == "---" {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if current.is_empty() {
            // Some extractors set the last line of a justified paragraph apart: a paragraph
            // starting in lower case (not a sub-item) continues the one before.
            // A point number set apart as a paragraph of its own takes the text after it.
            let continues = (line.starts_with(char::is_lowercase) && !starts_item(line))
                || paragraphs.last().is_some_and(|p| is_number_alone(p));
            match paragraphs.last_mut() {
                Some(previous) if continues => {
                    current = std::mem::take(previous);
                    paragraphs.pop();
                    join_wrapped(&mut current, line);
                }
                _ => current.push_str(line),
            }
        } else {
            let previous = last_line(&current);
            let ended_early = previous.chars().count() * 10 < full * 6 && !previous.ends_with('-');
            if is_number_alone(previous) || !(starts_item(line) || ended_early) {
                join_wrapped(&mut current, line);
            } else {
                // A new item, or a line after one that stopped well short of the margin.
                current.push('\n');
                current.push_str(line);
            }
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    if !paragraphs
        .iter()
        .any(|p| p.chars().any(char::is_alphanumeric))
    {
        return format!("{NO_TEXT_LAYER}\n");
    }
    let mut out = paragraphs.join("\n\n");
    out.push('\n');
    out
}

/// A page's lines, trimmed, runs of spaces made one; an item marker after a wide gap inside a
/// line (an extractor that joined an indented sub-item to the line before) starts a line.
fn page_lines(page: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in page.lines() {
        let mut current = String::new();
        let mut rest = line.trim();
        while !rest.is_empty() {
            let gap = rest.find("   ");
            let (head, tail) = match gap {
                Some(g) => (&rest[..g], rest[g..].trim_start()),
                None => (rest, ""),
            };
            for word in head.split_whitespace() {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
            }
            if !tail.is_empty() && starts_item(tail) && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            rest = tail;
        }
        out.push(current);
    }
    out
}

/// The width of a full line (in characters): the 90th percentile of the line lengths.
fn full_width(pages: &[Vec<String>]) -> usize {
    let mut lengths: Vec<usize> = pages
        .iter()
        .flatten()
        .map(|l| l.chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lengths.is_empty() {
        return 0;
    }
    lengths.sort_unstable();
    lengths[(lengths.len() * 9 / 10).min(lengths.len() - 1)]
}

fn last_line(s: &str) -> &str {
    s.rsplit('\n').next().unwrap_or(s)
}

/// Appends a wrapped line, undoing a hyphen at the end of the previous one.
fn join_wrapped(current: &mut String, line: &str) {
    let hyphenated = current.ends_with('-')
        && current[..current.len() - 1].ends_with(char::is_alphabetic)
        && line.starts_with(char::is_lowercase);
    if hyphenated {
        current.pop();
    } else {
        current.push(' ');
    }
    current.push_str(line);
}

/// A line that starts a point or a sub-item: `12.`, `12)`, `(3)`, `a)`, `iv.`, a bullet.
fn starts_item(line: &str) -> bool {
    if line.starts_with(['•', '-', '–', '—', '▪', '·', '*']) {
        return true;
    }
    let inner = line.strip_prefix('(').unwrap_or(line);
    let digits = inner.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        return digits <= 4 && inner[digits..].starts_with(['.', ')']);
    }
    let letters = inner.chars().take_while(|c| c.is_alphabetic()).count();
    let rest: &str = &inner[inner
        .char_indices()
        .nth(letters)
        .map_or(inner.len(), |(i, _)| i)..];
    (letters == 1 || (letters <= 4 && inner.chars().take(letters).all(|c| "ivx".contains(c))))
        && rest.starts_with(')')
}

/// A point number standing alone (`21.`), to be joined with the text on the next line.
fn is_number_alone(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && digits <= 4 && matches!(&line[digits..], "." | ")")
}

/// A page number line: `3`, `- 3 -`, `Page 3`, `Page 3 of 9`, `3 / 9`.
fn is_page_number(line: &str) -> bool {
    let l = line.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let l = l
        .strip_prefix("Page ")
        .or_else(|| l.strip_prefix("page "))
        .unwrap_or(l);
    let mut parts = l
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|p| !p.is_empty() && *p != "of");
    let Some(first) = parts.next() else {
        return false;
    };
    let number = |p: &str| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit());
    number(first) && parts.all(number) && !l.contains('.')
}

/// A line with its digits hidden, so "Draft – page 3" and "Draft – page 4" look alike.
fn shape(line: &str) -> String {
    line.chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// Lines (by shape) found among the first or last two lines of most pages: running headers
/// and footers. Needs two pages or more.
fn running_lines(pages: &[Vec<String>]) -> Vec<String> {
    if pages.len() < 2 {
        return Vec::new();
    }
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in pages {
        let content: Vec<&String> = page.iter().filter(|l| !l.is_empty()).collect();
        let mut edges: Vec<String> = content
            .iter()
            .take(2)
            .chain(content.iter().rev().take(2))
            .map(|l| shape(l))
            .collect();
        edges.sort();
        edges.dedup();
        for e in edges {
            *counts.entry(e).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n * 2 > pages.len())
        .map(|(l, _)| l)
        .collect()
}

/// Runs the hidden subcommand: prints the PDF's text, or one error line and exit code 1.
pub fn run_subcommand(path: &Path) -> std::process::ExitCode {
    use std::io::Write as _;
    match extract(path) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            if out
                .write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .is_err()
            {
                return std::process::ExitCode::FAILURE;
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            // The parent process takes the message after this prefix and names the file.
            eprintln!("clausewise: error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_footers_and_page_numbers_are_dropped() {
        let page = |n: usize, body: &str| format!("Peace plan draft\n\n{body}\n\nPage {n} of 3");
        let raw = [
            page(1, "Title\n\n1. First point runs on to a sec-\nond line."),
            page(2, "2.\nSecond point\ncontinues.\na) a sub-item"),
            page(3, "3.\n\nThird, justified and\n\nended apart."),
        ]
        .join("\u{c}");
        assert_eq!(
            normalize(&raw),
            "Title\n\n1. First point runs on to a second line.\n\n2. Second point continues.\na) a sub-item\n\n3. Third, justified and ended apart.\n"
        );
    }

    #[cfg(unix)]
    fn script(dir: &Path, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("reader.sh");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    #[cfg(unix)]
    #[test]
    fn a_hanging_or_crashing_reader_is_stopped_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("x.pdf");
        // The reader says who it is, then hangs as itself (`exec`): once stopped, that process
        // is gone (killed and reaped), not left running.
        let pid_file = dir.path().join("pid");
        let hang = script(
            dir.path(),
            &format!("echo $$ > '{}'\nexec sleep 30", pid_file.display()),
        );
        let err = run_child_with(&hang, &pdf, Duration::from_millis(300)).unwrap_err();
        assert!(err.contains("longer than 0.3 s"), "{err}");
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        assert!(
            !Path::new(&format!("/proc/{}", pid.trim())).exists(),
            "the hanging reader {pid} is still running"
        );
        let crash = script(dir.path(), "kill -SEGV $$");
        let err = run_child_with(&crash, &pdf, TIMEOUT).unwrap_err();
        assert!(err.contains("failed"), "{err}");
        let refuse = script(
            dir.path(),
            "echo 'clausewise: error: is a PDF file of 9999 pages' >&2; exit 1",
        );
        let err = run_child_with(&refuse, &pdf, TIMEOUT).unwrap_err();
        assert_eq!(err, "is a PDF file of 9999 pages");
        let ok = script(dir.path(), "printf '1. One.\\f2. Two.'");
        assert_eq!(
            run_child_with(&ok, &pdf, TIMEOUT).unwrap(),
            "1. One.\u{c}2. Two."
        );
    }

    #[test]
    fn short_lines_end_lines_and_joined_sub_items_are_split() {
        let raw = "Plan title\nA header line that stops short.\n\n\
                   1. The first point wraps over a full line of text and then goes on\n\
                   to a second line:    a) one sub-item that wraps onto a line of its own with\n\
                   an indented continuation;    b) another.";
        assert_eq!(
            normalize(raw),
            "Plan title\nA header line that stops short.\n\n\
             1. The first point wraps over a full line of text and then goes on to a second line:\n\
             a) one sub-item that wraps onto a line of its own with an indented continuation;\n\
             b) another.\n"
        );
    }

    #[test]
    fn a_scan_says_it_has_no_text() {
        assert_eq!(normalize("\u{c}\n\n\u{c}"), format!("{NO_TEXT_LAYER}\n"));
    }

    #[test]
    fn page_number_shapes() {
        for yes in ["3", "- 3 -", "Page 3", "Page 3 of 9", "3 / 9"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["3.", "3. Text", "Page three", "2025 was"] {
            assert!(!is_page_number(no), "{no}");
        }
    }
}
