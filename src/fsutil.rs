//! Writing files safely: atomically (a temporary file in the same folder, then renamed over the
//! target), optionally keeping the previous version as `NAME.bak`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `path` with what `render` produces. Either the whole new file is in place afterwards
/// or, on any error, the old file (if any) is untouched. With `backup`, the previous version is
/// kept as `PATH.bak` (replaced at each save).
pub fn write_atomically(
    path: &Path,
    backup: bool,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let fail = |e: &dyn std::fmt::Display| Error::Write {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".clausewise-")
        .tempfile_in(dir)
        .map_err(|e| fail(&e))?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        render(&mut w)
            .and_then(|()| w.flush())
            .map_err(|e| fail(&e))?;
    }
    tmp.as_file().sync_all().map_err(|e| fail(&e))?;
    if backup && path.is_file() {
        let bak = backup_path(path);
        let mut copy = tempfile::Builder::new()
            .prefix(".clausewise-")
            .tempfile_in(dir)
            .map_err(|e| fail(&e))?;
        let old = std::fs::read(path).map_err(|e| fail(&e))?;
        copy.write_all(&old).map_err(|e| fail(&e))?;
        copy.persist(&bak).map_err(|e| fail(&e.error))?;
    }
    tmp.persist(path).map_err(|e| fail(&e.error))?;
    Ok(())
}

/// Where the previous version of `path` is kept: `PATH.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        write_atomically(&path, true, |w| w.write_all(b"one")).unwrap();
        assert!(!backup_path(&path).exists());
        write_atomically(&path, true, |w| w.write_all(b"two")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read(backup_path(&path)).unwrap(), b"one");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        std::fs::write(&path, b"old").unwrap();
        let err =
            write_atomically(&path, true, |_| Err(std::io::Error::other("disk full"))).unwrap_err();
        assert!(
            err.to_string().contains("r.ron: cannot write: disk full"),
            "{err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        // A folder that cannot exist (its parent is a file): an error naming the file.
        let bad = path.join("inside.ron");
        let err = write_atomically(&bad, true, |w| w.write_all(b"x")).unwrap_err();
        assert!(
            err.to_string().starts_with(&bad.display().to_string()),
            "{err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
    }
}
