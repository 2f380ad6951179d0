//! Drafts pasted from the clipboard: the text (or, when the clipboard offers it, the HTML of a
//! web page, read by [`super::formats::html`] so that list numbers survive) made into a
//! [`Draft`] with no file behind it, named by its first line.

use super::Draft;
use super::formats::{MAX_HTML_SIZE, html};

/// The longest name given to a pasted draft, in characters (its first line, cut with "…").
pub const MAX_NAME_CHARS: usize = 60;

/// How a pasted draft was read, as the drafts panel shows it next to the draft.
pub const PASTED_TEXT: &str = "pasted text";
/// How a pasted draft read from the clipboard's HTML is described.
pub const PASTED_HTML: &str = "pasted web page (HTML)";

/// Makes a draft of what the clipboard holds: `html` when given, not larger than
/// [`MAX_HTML_SIZE`] and readable as a web page with some text (list numbers are in the HTML
/// only), else `text`. The draft is named by its first line that is not blank
/// ([`name_from_first_line`]) and has no path. Errors are one line: the clipboard holds no
/// text, or more than [`MAX_HTML_SIZE`] bytes of it.
pub fn from_clipboard(text: Option<&str>, html: Option<&str>) -> Result<Draft, String> {
    let from_html = html
        .filter(|h| h.len() as u64 <= MAX_HTML_SIZE)
        .and_then(|h| html::read(h).ok())
        .map(|e| e.text)
        .filter(|t| !t.trim().is_empty());
    let (source, how) = match (from_html, text) {
        (Some(t), _) => (t, PASTED_HTML),
        (None, Some(t)) if !t.trim().is_empty() => {
            if t.len() as u64 > MAX_HTML_SIZE {
                return Err(format!(
                    "The clipboard holds more than {} MB of text: save it to a file and open that",
                    MAX_HTML_SIZE / (1024 * 1024)
                ));
            }
            (t.to_owned(), PASTED_TEXT)
        }
        _ => return Err("The clipboard holds no text to make a draft of".to_owned()),
    };
    let source = super::load::normalize_line_endings(source);
    let name = name_from_first_line(&source);
    Ok(super::parse::parse(name, None, how.to_owned(), source))
}

/// The name of a pasted draft: its first line that is not blank, white space collapsed, cut
/// to [`MAX_NAME_CHARS`] characters (with "…"); "Pasted draft" when there is none.
pub fn name_from_first_line(text: &str) -> String {
    let Some(line) = text.lines().find(|l| !l.trim().is_empty()) else {
        return "Pasted draft".to_owned();
    };
    let line = crate::draft::scan::single_spaced(line);
    match line.char_indices().nth(MAX_NAME_CHARS) {
        Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
        None => line,
    }
}

/// A file name to offer when a pasted draft is saved: its name with the characters that are
/// awkward in file names replaced, and `.txt`.
pub fn suggested_file_name(name: &str) -> String {
    let stem: String = name
        .trim_end_matches('…')
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | ',') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches(|c: char| c == '.' || c == '-' || c.is_whitespace());
    if stem.is_empty() {
        "pasted-draft.txt".to_owned()
    } else {
        format!("{stem}.txt")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_becomes_a_draft_named_by_its_first_line() {
        let text = "\n  Ceasefire   terms (draft)\r\n1. Both sides stop firing.\r\n2. Observers are sent.\r\n";
        let draft = from_clipboard(Some(text), None).unwrap();
        assert_eq!(draft.name, "Ceasefire terms (draft)");
        assert_eq!(draft.path, None);
        assert_eq!(draft.encoding, PASTED_TEXT);
        assert_eq!(draft.point_count(), 2);
        assert!(!draft.source.contains('\r'), "line endings normalised");
        let labels: Vec<&str> = draft.numbered().map(|(_, p)| p.label.as_str()).collect();
        assert_eq!(labels, ["1", "2"]);
    }

    #[test]
    fn html_keeps_the_list_numbers_the_plain_text_lacks() {
        // What a browser puts on the clipboard when a numbered list is copied: the numbers
        // are in the HTML (start="4") only, not in the plain text.
        let html = "<meta charset='utf-8'><h2>Grain corridor</h2><ol start=\"4\">\
                    <li>Ships are inspected once.</li><li>Ports stay open in winter.</li></ol>";
        let text = "Grain corridor\nShips are inspected once.\nPorts stay open in winter.\n";
        let draft = from_clipboard(Some(text), Some(html)).unwrap();
        assert_eq!(draft.encoding, PASTED_HTML);
        assert_eq!(draft.name, "Grain corridor");
        let labels: Vec<&str> = draft.numbered().map(|(_, p)| p.label.as_str()).collect();
        assert_eq!(labels, ["4", "5"]);
        let plain = from_clipboard(Some(text), None).unwrap();
        assert_ne!(
            plain
                .numbered()
                .map(|(_, p)| p.label.clone())
                .collect::<Vec<_>>(),
            ["4", "5"],
            "the plain text alone has no numbers"
        );
    }

    #[test]
    fn html_without_text_falls_back_to_the_plain_text() {
        let draft = from_clipboard(Some("Title\n1. One.\n"), Some("<img src=x>")).unwrap();
        assert_eq!(draft.encoding, PASTED_TEXT);
        assert_eq!(draft.point_count(), 1);
        let too_deep = "<div>".repeat(html::MAX_DEPTH + 10);
        let draft = from_clipboard(Some("Title\n1. One.\n"), Some(&too_deep)).unwrap();
        assert_eq!(
            draft.encoding, PASTED_TEXT,
            "an unreadable page is not used"
        );
    }

    #[test]
    fn an_empty_clipboard_is_one_line_of_error() {
        for (text, html) in [
            (None, None),
            (Some(""), None),
            (Some(" \n\t"), Some("<p> </p>")),
        ] {
            let error = from_clipboard(text, html).unwrap_err();
            assert!(error.contains("no text"), "{error}");
            assert!(!error.contains('\n'));
        }
        let huge = "x".repeat(MAX_HTML_SIZE as usize + 1);
        let error = from_clipboard(Some(&huge), None).unwrap_err();
        assert!(error.contains("MB"), "{error}");
    }

    #[test]
    fn names_are_cut_and_file_names_made_safe() {
        let long = format!("Стаття 1. {}", "слово ".repeat(30));
        let name = name_from_first_line(&long);
        assert!(name.starts_with("Стаття 1. слово"));
        assert!(name.ends_with('…'));
        assert_eq!(name.chars().count(), MAX_NAME_CHARS + 1);
        assert_eq!(name_from_first_line("\n \n"), "Pasted draft");
        assert_eq!(
            suggested_file_name("Plan: 28 points / Nov…"),
            "Plan- 28 points - Nov.txt"
        );
        assert_eq!(suggested_file_name("../.."), "pasted-draft.txt");
        assert_eq!(suggested_file_name("Пункт 1"), "Пункт 1.txt");
    }
}
