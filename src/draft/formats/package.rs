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
    part: u64,
    budget: u64,
}

impl Package {
    /// Opens a ZIP archive held in memory. Errors are short phrases.
    pub fn open(bytes: Vec<u8>) -> Result<Self, String> {
        Self::open_with(bytes, MAX_PART, MAX_TOTAL)
    }

    fn open_with(bytes: Vec<u8>, part: u64, total: u64) -> Result<Self, String> {
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
            part,
            budget: total,
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
        let cap = self.part.min(self.budget);
        let mut bytes = Vec::new();
        file.take(cap + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read part {name} ({e})"))?;
        let len = bytes.len() as u64;
        if len > cap {
            return Err(format!(
                "part {name} decompresses to more than {cap} bytes (the limit)"
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    fn zip(parts: &[(&str, usize)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, size) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(&vec![b'a'; *size]).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn parts_are_read_through_capped_readers() {
        let bytes = zip(&[("a.xml", 1000), ("b.xml", 1000), ("big.xml", 5000)]);
        let mut p = Package::open_with(bytes.clone(), 2000, 1500).unwrap();
        assert_eq!(p.text("a.xml").unwrap().unwrap().len(), 1000);
        // 500 bytes of the total budget are left.
        assert!(p.text("b.xml").unwrap_err().contains("more than 500 bytes"));
        assert_eq!(p.text("missing.xml").unwrap(), None);
        let mut p = Package::open_with(bytes, 2000, 1 << 20).unwrap();
        assert!(
            p.text("big.xml")
                .unwrap_err()
                .contains("more than 2000 bytes")
        );
    }
}
