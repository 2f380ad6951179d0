//! ZIP packages (.docx, .odt): only the needed parts are read, each through a capped reader.
//!
//! Declared sizes are never trusted: every part is decompressed through a reader that stops
//! one byte past the cap, and all parts read from one package share a total budget.

use std::io::{Cursor, Read};

/// The most entries a package may list.
pub const MAX_ENTRIES: usize = 1_000;
/// The most bytes one part may decompress to (64 MiB).
pub const MAX_PART: u64 = 64 * 1024 * 1024;
/// The most bytes all parts read from one package may decompress to (256 MiB).
pub const MAX_TOTAL: u64 = 256 * 1024 * 1024;

/// An opened package with its remaining decompression budget.
pub struct Package {
    archive: zip::ZipArchive<Cursor<Vec<u8>>>,
    budget: u64,
}

impl Package {
    /// Opens a ZIP archive held in memory. Errors are short phrases.
    pub fn open(bytes: Vec<u8>) -> Result<Self, String> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| format!("is a ZIP archive that cannot be opened ({e})"))?;
        if archive.len() > MAX_ENTRIES {
            return Err(format!(
                "the ZIP archive has {} entries (the limit is {MAX_ENTRIES})",
                archive.len()
            ));
        }
        Ok(Package {
            archive,
            budget: MAX_TOTAL,
        })
    }

    /// Whether the package has a part named `name`.
    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// Reads part `name` as UTF-8 text; `Ok(None)` when there is no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, String> {
        if !self.has(name) {
            return Ok(None);
        }
        let file = self
            .archive
            .by_name(name)
            .map_err(|e| format!("cannot read part {name} ({e})"))?;
        let cap = MAX_PART.min(self.budget);
        let mut bytes = Vec::new();
        file.take(cap + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read part {name} ({e})"))?;
        let len = bytes.len() as u64;
        if len > cap {
            return Err(format!(
                "part {name} decompresses to more than {} MiB",
                cap / (1024 * 1024)
            ));
        }
        self.budget -= len;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("part {name} is not UTF-8 XML"))?
            .trim_start_matches('\u{feff}')
            .to_owned();
        Ok(Some(text))
    }
}
