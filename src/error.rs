//! The library's error type: every variant names the file it is about, in one line.

use std::path::{Path, PathBuf};

/// The formats this build reads, for [`Error::NotText`] (a build without the `pdf` feature
/// reads no PDF, and says so).
const READABLE: &str = if cfg!(feature = "pdf") {
    "text (.txt, .md), Word (.docx), OpenDocument (.odt), PDF, web-page (.html) and \
     spreadsheet (.csv) drafts"
} else {
    "text (.txt, .md), Word (.docx), OpenDocument (.odt), web-page (.html) and spreadsheet \
     (.csv) drafts (this build reads no PDF)"
};

/// What can go wrong while reading a draft or a review.
///
/// Every message starts with the path of the file concerned, so that it can be shown to the
/// user as one line.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be opened or read (missing, permissions, ...).
    #[error("{}: cannot read: {}", shown(path), describe_io(io))]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error (said in the message; not a separate cause, so that it is
        /// said once).
        io: std::io::Error,
    },
    /// Not a regular file (a FIFO, a device such as `/dev/zero`, a socket): never read.
    #[error(
        "{}: {what}, not a regular file; Clausewise reads only regular files",
        shown(path)
    )]
    NotRegular {
        /// The file.
        path: PathBuf,
        /// What it is ("is a FIFO").
        what: &'static str,
    },
    /// A review names a draft outside the review's folder (an absolute path, or one that
    /// leaves the folder): not read unless the user allows it.
    #[error(
        "{}: names a draft outside the review's folder: {}; pass --allow-outside to read it",
        shown(review),
        shown(draft)
    )]
    Outside {
        /// The review file.
        review: PathBuf,
        /// The draft path, as resolved against the review's folder.
        draft: PathBuf,
    },
    /// A directory was given where a draft file was expected.
    #[error("{}: is a directory, not a draft file", shown(path))]
    IsDirectory {
        /// The directory.
        path: PathBuf,
    },
    /// The file is not text (a PDF, a Word document, an image, ...).
    #[error("{}: {what}; Clausewise reads {}", shown(path), READABLE)]
    NotText {
        /// The file.
        path: PathBuf,
        /// What it looks like instead, e.g. "is a PDF file".
        what: String,
    },
    /// A Word, OpenDocument, PDF or web-page file that cannot be read (malformed, over a limit).
    #[error("{}: {}", shown(path), escape_controls(message))]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong, e.g. "not a readable Word document (.docx): ...".
        message: String,
    },
    /// The file is larger than Clausewise accepts.
    #[error(
        "{}: is too large ({size} bytes; the limit is {limit} bytes)",
        shown(path)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file holds no text at all.
    #[error("{}: is empty", shown(path))]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A file could not be written; the previous version, if any, is untouched.
    #[error("{}: cannot write: {message}", shown(path))]
    Write {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A review file that is not valid RON of the review format (also a truncated one).
    #[error("{}: not a valid review file: {message}", shown(path))]
    MalformedReview {
        /// The file.
        path: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// A lexicon file that is not valid RON of the lexicon format.
    #[error("{}: not a valid lexicon file: {message}", shown(path))]
    MalformedLexicon {
        /// The file.
        path: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// A review file written by a newer Clausewise.
    #[error(
        "{}: review format version {found} is newer than this Clausewise reads (up to {supported}); the file is left untouched",
        shown(path)
    )]
    NewerReview {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
}

/// The cause of an I/O error said once and briefly: "no such file", "permission denied", the
/// system's own words without "(os error N)", never a temporary file's name.
pub fn describe_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => return "no such file".to_owned(),
        ErrorKind::PermissionDenied => return "permission denied".to_owned(),
        ErrorKind::StorageFull => return "no space left on the device".to_owned(),
        ErrorKind::IsADirectory => return "is a directory".to_owned(),
        ErrorKind::NotADirectory => return "a folder on the way is not a folder".to_owned(),
        _ => {}
    }
    let text = match err.raw_os_error() {
        // The system's message alone: wrappers (such as a temporary file's) may add names.
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => err.to_string(),
    };
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    };
    let mut chars = text.chars();
    let lowered = match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => err.kind().to_string(),
    };
    escape_controls(&lowered)
}

/// A path as shown in a one-line message: control characters (a newline in a file name)
/// written visibly, as `\n` or `\x1b`.
pub fn shown(path: &Path) -> String {
    escape_controls(&path.display().to_string())
}

/// `text` with control characters written visibly (`\n`, `\t`, `\r`, `\x1b`, `\u{9b}`), so that
/// it stays one line and cannot drive a terminal.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() && (c as u32) < 0x80 => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Shorthand for results of this library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
