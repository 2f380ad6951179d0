//! Categories a reader classifies points by, and keyword suggestions.
//!
//! The default taxonomy is `assets/taxonomy.ron`, bundled into the binary and parsed once
//! ([`Taxonomy::bundled`]). A test checks that it parses, so the built-in fallback (the same
//! categories without descriptions or keywords) is never used by a build whose tests pass. A
//! review can add, rename and recolour categories on top of it; a new category gets an id no
//! other category has ([`Taxonomy::new_id`]).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::compare::words::{TokenKind, tokenize_with_kinds};

/// A category of provisions ("Territory and borders").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Stable identifier, used in review files ("territory").
    pub id: String,
    /// The name shown to readers.
    pub label: String,
    /// A colour as `#rrggbb`.
    pub colour: String,
    /// One sentence on what belongs here.
    #[serde(default)]
    pub description: String,
    /// Lower-case word starts (English and Ukrainian) that suggest the category; a keyword of
    /// several words matches a phrase.
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// The categories of a review, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    /// The categories.
    pub categories: Vec<Category>,
}

/// The bundled default taxonomy (RON).
pub const DEFAULT_TAXONOMY: &str = include_str!("../../assets/taxonomy.ron");

/// The default categories as (id, label, colour), should the bundled taxonomy fail to parse;
/// a test checks that they are those of `assets/taxonomy.ron`, so this is never needed in a
/// build whose tests pass.
const FALLBACK: [(&str, &str, &str); 14] = [
    ("territory", "Territory and borders", "#c0392b"),
    ("security_guarantees", "Security guarantees", "#2980b9"),
    (
        "armed_forces",
        "Armed forces and military limits",
        "#7f8c8d",
    ),
    ("alliances", "Alliances and NATO", "#16a085"),
    ("sovereignty", "Sovereignty and political status", "#8e44ad"),
    (
        "ceasefire",
        "Ceasefire, monitoring and withdrawal",
        "#d35400",
    ),
    (
        "humanitarian",
        "Humanitarian (prisoners, civilians, children)",
        "#27ae60",
    ),
    ("justice", "Justice and amnesty", "#7d3c98"),
    ("economy", "Economy and reconstruction", "#f39c12"),
    ("sanctions", "Sanctions and frozen assets", "#a04000"),
    ("energy", "Energy and nuclear", "#f1c40f"),
    ("elections", "Elections and governance", "#2c3e50"),
    ("culture", "Culture, language and religion", "#e84393"),
    (
        "implementation",
        "Implementation and enforcement",
        "#34495e",
    ),
];

impl Taxonomy {
    /// The bundled default taxonomy, parsed once (the first time it is asked for).
    pub fn bundled() -> &'static Taxonomy {
        static BUNDLED: OnceLock<Taxonomy> = OnceLock::new();
        BUNDLED.get_or_init(|| Taxonomy {
            categories: ron::from_str(DEFAULT_TAXONOMY).unwrap_or_else(|_| fallback()),
        })
    }
}

/// The built-in minimal taxonomy: the default categories without descriptions or keywords.
fn fallback() -> Vec<Category> {
    FALLBACK
        .iter()
        .map(|&(id, label, colour)| Category {
            id: id.to_owned(),
            label: label.to_owned(),
            colour: colour.to_owned(),
            description: String::new(),
            keywords: Vec::new(),
        })
        .collect()
}

impl Default for Taxonomy {
    /// The bundled taxonomy ([`Taxonomy::bundled`]; parsed once, then copied).
    fn default() -> Self {
        Taxonomy::bundled().clone()
    }
}

impl Taxonomy {
    /// The category with this id.
    pub fn get(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The name readers see for the category with this id: its label, or the id itself when
    /// the taxonomy has no such category (a review made with other categories). The one rule
    /// the app and every report follow.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id).map_or(id, |c| c.label.as_str())
    }

    /// Where the category with this id stands in display order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }

    /// Adds a category, or replaces the one with the same id (rename, recolour). A new
    /// category should get its id from [`Taxonomy::new_id`], so that it replaces nothing.
    pub fn upsert(&mut self, category: Category) {
        match self.categories.iter_mut().find(|c| c.id == category.id) {
            Some(existing) => *existing = category,
            None => self.categories.push(category),
        }
    }

    /// An id for a new category named `label`, used by no category yet: the label in lower
    /// case with `_` for anything but letters and digits ("Black Sea" -> `black_sea`), with
    /// `_2`, `_3`, ... added when that is taken.
    pub fn new_id(&self, label: &str) -> String {
        let base: String = label
            .trim()
            .to_lowercase()
            .chars()
            .map(|ch| if ch.is_alphanumeric() { ch } else { '_' })
            .collect();
        let base = if base.is_empty() {
            "category".to_owned()
        } else {
            base
        };
        if self.get(&base).is_none() {
            return base;
        }
        (2..)
            .map(|n| format!("{base}_{n}"))
            .find(|id| self.get(id).is_none())
            .unwrap_or(base)
    }

    /// A new category named `label` with a fresh id ([`Taxonomy::new_id`]), grey, with no
    /// description or keywords.
    pub fn new_category(&self, label: &str) -> Category {
        Category {
            id: self.new_id(label),
            label: label.trim().to_owned(),
            colour: "#808080".to_owned(),
            description: String::new(),
            keywords: Vec::new(),
        }
    }

    /// Categories suggested for `text` by their keywords, with how many keywords matched, most
    /// matches first. Suggestions only: nothing is applied.
    pub fn suggest(&self, text: &str) -> Vec<(&Category, usize)> {
        let words: Vec<String> = tokenize_with_kinds(text)
            .into_iter()
            .filter(|(_, kind)| *kind == TokenKind::Word)
            .map(|(w, _)| w.to_lowercase())
            .collect();
        let lowered = words.join(" ");
        let mut found: Vec<(&Category, usize)> = self
            .categories
            .iter()
            .filter_map(|c| {
                let hits = c
                    .keywords
                    .iter()
                    .filter(|k| {
                        let k = k.to_lowercase();
                        if k.contains(' ') || k.contains('-') || k.contains('\'') {
                            lowered.contains(&k)
                        } else {
                            words.iter().any(|w| w.starts_with(&k))
                        }
                    })
                    .count();
                (hits > 0).then_some((c, hits))
            })
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.label.cmp(&b.0.label)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_taxonomy_parses_with_its_fourteen_categories() {
        // This is what makes the fallback unreachable: the bundled file is part of the build.
        let parsed: Vec<Category> =
            ron::from_str(DEFAULT_TAXONOMY).expect("assets/taxonomy.ron parses");
        assert_eq!(parsed.len(), 14);
        assert_eq!(Taxonomy::bundled().categories, parsed);
        // The fallback is the same categories, in the same order.
        let short: Vec<(&str, &str, &str)> = parsed
            .iter()
            .map(|c| (c.id.as_str(), c.label.as_str(), c.colour.as_str()))
            .collect();
        assert_eq!(short, FALLBACK);
        let mut ids: Vec<&str> = parsed.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 14, "ids are unique");
        let t = Taxonomy::default();
        assert_eq!(
            t.get("territory").map(|c| c.label.as_str()),
            Some("Territory and borders")
        );
        assert!(
            t.categories
                .iter()
                .all(|c| c.colour.len() == 7 && c.colour.starts_with('#'))
        );
        assert!(t.categories.iter().all(|c| !c.keywords.is_empty()));
    }

    #[test]
    fn keywords_suggest_categories_in_english_and_ukrainian() {
        let t = Taxonomy::default();
        let top = |text: &str| t.suggest(text).first().map(|(c, _)| c.id.clone());
        assert_eq!(
            top("Crimea, Luhansk and Donetsk are treated as Russian de facto."),
            Some("territory".into())
        );
        assert_eq!(
            top("Обмін полоненими за принципом «всіх на всіх»."),
            Some("humanitarian".into())
        );
        assert_eq!(
            top("A full amnesty for acts committed during the war."),
            Some("justice".into())
        );
        assert!(t.suggest("The weather is fine.").is_empty());
    }

    #[test]
    fn a_review_can_rename_and_add_categories() {
        let mut t = Taxonomy::default();
        let mut renamed = t.get("territory").unwrap().clone();
        renamed.label = "Territory".into();
        t.upsert(renamed);
        t.upsert(Category {
            id: "black_sea".into(),
            label: "Black Sea".into(),
            colour: "#0000ff".into(),
            description: String::new(),
            keywords: vec!["black sea".into()],
        });
        assert_eq!(t.categories.len(), 15);
        assert_eq!(t.get("territory").unwrap().label, "Territory");
        assert_eq!(
            t.suggest("Free shipping on the Black Sea.")[0].0.id,
            "black_sea"
        );
    }

    #[test]
    fn a_new_category_never_replaces_an_existing_one() {
        let mut t = Taxonomy::default();
        assert_eq!(t.new_id("Black Sea"), "black_sea");
        // "Territory" would clash with the default "territory".
        let added = t.new_category("Territory");
        assert_eq!(added.id, "territory_2");
        t.upsert(added);
        assert_eq!(t.new_id("territory"), "territory_3");
        assert_eq!(t.get("territory").unwrap().label, "Territory and borders");
        assert_eq!(t.categories.len(), 15);
        assert_eq!(t.position("territory_2"), Some(14));
        assert_eq!(t.new_id("  "), "category");
    }

    #[test]
    fn a_category_is_named_by_its_label_or_else_by_its_id() {
        let mut t = Taxonomy::default();
        assert_eq!(t.label("territory"), "Territory and borders");
        assert_eq!(t.label("no_such_category"), "no_such_category");
        let mut renamed = t.get("territory").cloned().unwrap();
        renamed.label = "Borders".into();
        t.upsert(renamed);
        assert_eq!(t.label("territory"), "Borders");
    }
}
