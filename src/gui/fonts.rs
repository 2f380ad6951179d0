//! The app's fonts: egui's own, the bundled monospace font as a fallback for arrows and
//! symbols, and, when a draft holds Chinese or Japanese, a font for them found among the
//! system's fonts (the bundled fonts have no such characters, and a CJK font is too large to
//! bundle: 10 to 20 MB for one weight).

use std::sync::Arc;

use skrifa::MetadataProvider;

use crate::draft::Draft;
use crate::script::without_spaces;

/// A font found on the system for a script the bundled fonts lack.
#[derive(Clone)]
pub struct SystemFont {
    /// The font's family name, for messages.
    pub family: String,
    /// The font file's bytes (a whole collection for a `.ttc`).
    data: Arc<Vec<u8>>,
    /// The face's index in a collection (0 for a single font).
    index: u32,
}

impl std::fmt::Debug for SystemFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SystemFont")
            .field("family", &self.family)
            .field("bytes", &self.data.len())
            .field("index", &self.index)
            .finish()
    }
}

/// The name the system font is registered under in egui's font definitions.
const SYSTEM_FONT: &str = "system-cjk";

/// Families tried first, in this order: the common Chinese and Japanese sans-serif fonts of
/// Linux distributions, Windows and macOS. Any other font that has both Chinese and Japanese
/// characters serves when none of these is installed.
const PREFERRED: &[&str] = &[
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK JP",
    "Hiragino Sans",
    "Yu Gothic",
    "Meiryo",
    "SimSun",
    "MS Gothic",
];

/// Characters a font must have to show Chinese and Japanese: a common ideograph, a hiragana
/// and a katakana.
const PROBE: [char; 3] = ['中', 'の', 'カ'];

/// Whether `draft` holds Chinese or Japanese characters, which need a system font.
pub fn needs_system_font(draft: &Draft) -> bool {
    draft.source.chars().any(without_spaces)
}

/// Looks among the system's fonts (the usual font folders of Linux, Windows and macOS) for a
/// font that shows Chinese and Japanese: one of [`PREFERRED`] if installed, or else the first
/// with the characters of [`PROBE`]. Reads the folders and a font file or more: call it off
/// the UI thread.
pub fn find_cjk_font() -> Option<SystemFont> {
    let mut db = fontdb::Database::new();
    db.load_system_fonts();
    let covers = |id: fontdb::ID| {
        db.with_face_data(id, |data, index| {
            skrifa::FontRef::from_index(data, index).is_ok_and(|font| {
                let charmap = font.charmap();
                PROBE.iter().all(|&c| charmap.map(c).is_some())
            })
        })
        .unwrap_or(false)
    };
    let by_name = PREFERRED.iter().find_map(|&family| {
        let query = fontdb::Query {
            families: &[fontdb::Family::Name(family)],
            ..fontdb::Query::default()
        };
        db.query(&query).filter(|&id| covers(id))
    });
    let id = by_name.or_else(|| {
        db.faces()
            .filter(|f| f.weight == fontdb::Weight::NORMAL && f.style == fontdb::Style::Normal)
            .map(|f| f.id)
            .find(|&id| covers(id))
    })?;
    let face = db.face(id)?;
    let family = face.families.first().map(|(name, _)| name.clone())?;
    let index = face.index;
    let data = db.with_face_data(id, |data, _| data.to_vec())?;
    Some(SystemFont {
        family,
        data: Arc::new(data),
        index,
    })
}

/// Sets the app's fonts on `ctx`: egui's own, with the bundled monospace font (Hack) as a
/// fallback of the proportional font for the arrows and symbols it lacks (→ ⇄ ◀ ▶ ▲ ▼), and
/// `system` (a font for Chinese and Japanese, see [`find_cjk_font`]) as the last fallback of
/// both families. Cyrillic and Latin come from the default font. Takes effect at once when
/// called before any text is laid out in a pass.
pub fn install(ctx: &egui::Context, system: Option<&SystemFont>) {
    let mut fonts = egui::FontDefinitions::default();
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
        && !family.iter().any(|f| f == "Hack")
    {
        family.insert(1.min(family.len()), "Hack".to_owned());
    }
    if let Some(font) = system {
        let data = egui::FontData::from_blob(font.data.clone(), font.index);
        fonts
            .font_data
            .insert(SYSTEM_FONT.to_owned(), Arc::new(data));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(SYSTEM_FONT.to_owned());
        }
    }
    ctx.set_fonts(fonts);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_drafts_with_chinese_or_japanese_need_a_system_font() {
        assert!(needs_system_font(&Draft::from_text(
            "t",
            "标题\n1、双方确认停火。\n"
        )));
        assert!(needs_system_font(&Draft::from_text(
            "t",
            "T\n1. 停戦を確認する。\n"
        )));
        assert!(!needs_system_font(&Draft::from_text(
            "t",
            "Title\n1. Сторони підтверджують припинення вогню.\n"
        )));
    }
}
