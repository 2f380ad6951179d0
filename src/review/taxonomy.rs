//! Categories a reader classifies points by, and keyword suggestions.
//!
//! The default taxonomy is `assets/taxonomy.ron`, bundled into the binary. A review can add,
//! rename and recolour categories on top of it.

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

impl Default for Taxonomy {
    /// The bundled taxonomy; it is checked by the tests, so parsing it cannot fail in a
    /// released build (an empty taxonomy is the fallback all the same).
    fn default() -> Self {
        Taxonomy {
            categories: ron::from_str(DEFAULT_TAXONOMY).unwrap_or_default(),
        }
    }
}

impl Taxonomy {
    /// The category with this id.
    pub fn get(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Adds a category, or replaces the one with the same id (rename, recolour).
    pub fn upsert(&mut self, category: Category) {
        match self.categories.iter_mut().find(|c| c.id == category.id) {
            Some(existing) => *existing = category,
            None => self.categories.push(category),
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
        let parsed: Vec<Category> =
            ron::from_str(DEFAULT_TAXONOMY).expect("assets/taxonomy.ron parses");
        assert_eq!(parsed.len(), 14);
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
}
