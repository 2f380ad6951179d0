//! Clausewise: compare successive drafts of a numbered document point by point.
//!
//! Data flows in one direction, each step a pure function in this library:
//!
//! ```text
//! file bytes ─draft::load─▶ text ─draft::parse─▶ Draft ─compare─▶ Comparison ─report─▶ text/Markdown/JSON
//! ```
//!
//! ```
//! use clausewise::{Draft, TextOptions, compare};
//!
//! let old = Draft::from_text("old", "Plan\n1. The army is capped at 600,000.\n2. A full amnesty.\n");
//! let new = Draft::from_text("new", "Plan\n1. The army stays at 800,000.\n");
//! let comparison = compare(&old, &new, &TextOptions::default());
//! assert_eq!(comparison.summary.changed, 1);
//! assert_eq!(comparison.summary.removed, 1);
//! ```
#![warn(missing_docs)]

pub mod cli;
pub mod compare;
pub mod draft;
pub mod error;
pub mod fsutil;
#[cfg(feature = "gui")]
pub mod gui;
pub mod report;
pub mod review;
pub mod script;

pub use compare::{Comparison, Row, Span, SpanKind, Status, Summary, TextOptions, compare};
pub use draft::{Draft, Point};
pub use error::{Error, Result};
