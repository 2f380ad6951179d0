//! The library's error type: every variant names the file it is about.

use std::path::PathBuf;

/// What can go wrong while reading a draft or a review.
///
/// Every message starts with the path of the file concerned, so that it can be shown to the
/// user as one line.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be opened or read (missing, permissions, ...).
    #[error("{}: cannot read: {}", path.display(), describe_io(source))]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A directory was given where a draft file was expected.
    #[error("{}: is a directory, not a draft file", path.display())]
    IsDirectory {
        /// The directory.
        path: PathBuf,
    },
    /// The file is not text (a PDF, a Word document, an image, ...).
    #[error("{}: {what}; Clausewise reads text (.txt, .md), Word (.docx), OpenDocument (.odt), PDF and web-page (.html) drafts", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// What it looks like instead, e.g. "is a PDF file".
        what: String,
    },
    /// A Word, OpenDocument, PDF or web-page file that cannot be read (malformed, over a limit).
    #[error("{}: {message}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong, e.g. "not a readable Word document (.docx): ...".
        message: String,
    },
    /// The file is larger than Clausewise accepts.
    #[error("{}: is too large ({size} bytes; the limit is {limit} bytes)", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file holds no text at all.
    #[error("{}: is empty", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// A file could not be written; the previous version, if any, is untouched.
    #[error("{}: cannot write: {message}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A review file that is not valid RON of the review format (also a truncated one).
    #[error("{}: not a valid review file: {message}", path.display())]
    MalformedReview {
        /// The file.
        path: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// A review file written by a newer Clausewise.
    #[error("{}: review format version {found} is newer than this Clausewise reads (up to {supported}); the file is left untouched", path.display())]
    NewerReview {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
}

fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => err.to_string(),
    }
}

/// Shorthand for results of this library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
