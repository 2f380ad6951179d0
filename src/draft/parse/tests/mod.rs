//! Tests of the parser, one file per topic, and the helpers they share.

mod acts;
mod cjk;
mod cleanup;
mod closing;
mod dates;
mod furniture;
mod glued;
mod headings;
mod look_alikes;
mod markers;
mod ordinals;
mod paragraphs;
mod points;
mod repair;
mod scheme;

use crate::draft::{Draft, PointKind};

// The parser's own functions that the tests call by `super::` path.
use super::build::un_resolution_title;
use super::cleanup::without_inline_markup;
use super::closing::{annex_heading, signature_placeholders};
use super::dates::is_dateline;
use super::furniture::{
    breadcrumb, byline, page_furniture, page_number_line, un_print_line, un_running_title,
};
use super::is_separator;
use super::lower_is_one_of;
use super::markers::{POSTFIX_ARTICLE_WORDS, first_in_words};
use super::numbers::{LATIN_INSERTED, eastern_arabic_number, inserted_suffix};
use super::ordinals::ordinal_word_value;
use super::repair::contents_entry;
use super::spelled::spelled_ordinal;

/// The labels of the numbered points (title and preamble left out).
fn labels(text: &str) -> Vec<String> {
    let d = Draft::from_text("t", text);
    d.numbered().map(|(_, p)| p.label.clone()).collect()
}

/// Each numbered point's label and the section it stands under (`""` for none).
fn label_sections(d: &Draft) -> Vec<(&str, &str)> {
    d.numbered()
        .map(|(_, p)| (p.label.as_str(), p.section.as_deref().unwrap_or("")))
        .collect()
}

fn label_texts(d: &Draft) -> Vec<(&str, &str)> {
    d.numbered()
        .map(|(_, p)| (p.label.as_str(), p.text.as_str()))
        .collect()
}

/// The text of the draft's closing, if it has one (its last entry).
fn closing_text(d: &Draft) -> Option<&str> {
    d.points
        .last()
        .filter(|p| p.kind == PointKind::Closing)
        .map(|p| p.text.as_str())
}

fn texts(text: &str) -> Vec<String> {
    let d = Draft::from_text("t", text);
    d.numbered().map(|(_, p)| p.text.clone()).collect()
}

fn fixture(name: &str) -> Draft {
    let path = format!(
        "{}/tests/fixtures/layouts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    Draft::load(std::path::Path::new(&path)).unwrap()
}

fn fixture_labels(d: &Draft) -> Vec<&str> {
    d.numbered().map(|(_, p)| p.label.as_str()).collect()
}

fn pilcrows(n: usize) -> Vec<String> {
    (1..=n).map(|k| format!("¶{k}")).collect()
}
