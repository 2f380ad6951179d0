//! Writing files safely: atomically (a temporary file in the same folder, then renamed over the
//! target), optionally keeping the previous version as `NAME.bak`.
//!
//! The new file keeps the permissions of the one it replaces (a new file gets the usual
//! permissions, as if created normally), and a target that is a symbolic link is followed: the
//! file it points to is replaced, the link stays.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How many symbolic links in a row are followed before giving up (as the OS does).
const MAX_LINKS: usize = 40;

/// Writes `path` with what `render` produces. Either the whole new file is in place afterwards
/// or, on any error, the old file (if any) is untouched. With `backup`, the previous version is
/// kept as `PATH.bak` (replaced at each save). When `path` is a symbolic link, the file it
/// points to is written (and backed up beside it); the link itself is left as it is.
pub fn write_atomically(
    path: &Path,
    backup: bool,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let fail = |e: &dyn std::fmt::Display| Error::Write {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let target = link_target(path).map_err(|e| fail(&e))?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The permissions of the file replaced, if there is one.
    let existing = std::fs::metadata(&target).ok().filter(|m| m.is_file());
    let mut tmp = temp_builder().tempfile_in(dir).map_err(|e| fail(&e))?;
    {
        let mut w = std::io::BufWriter::new(tmp.as_file_mut());
        render(&mut w)
            .and_then(|()| w.flush())
            .map_err(|e| fail(&e))?;
    }
    if let Some(meta) = &existing {
        keep_permissions(tmp.as_file(), meta).map_err(|e| fail(&e))?;
    }
    tmp.as_file().sync_all().map_err(|e| fail(&e))?;
    if let (true, Some(meta)) = (backup, &existing) {
        let bak = backup_path(&target);
        let mut copy = temp_builder().tempfile_in(dir).map_err(|e| fail(&e))?;
        let old = std::fs::read(&target).map_err(|e| fail(&e))?;
        copy.write_all(&old).map_err(|e| fail(&e))?;
        keep_permissions(copy.as_file(), meta).map_err(|e| fail(&e))?;
        copy.persist(&bak).map_err(|e| fail(&e.error))?;
    }
    tmp.persist(&target).map_err(|e| fail(&e.error))?;
    Ok(())
}

/// Where the previous version of `path` is kept: `PATH.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// True when `a` and `b` name the same file (after following links; by name when either
/// does not exist).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

/// The file `path` stands for: `path` itself, or where the chain of symbolic links starting at
/// it ends (which need not exist yet: a link to a file about to be created).
fn link_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if next.is_relative() => parent.join(next),
                    _ => next,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// A builder of temporary files that, on Unix, are created with the permissions of a new file
/// (read-write for all, less the umask) rather than the owner-only default of temporary files.
fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".clausewise-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder
}

/// Gives `file` the permissions of the file it is about to replace.
fn keep_permissions(file: &std::fs::File, replaced: &std::fs::Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        file.set_permissions(replaced.permissions())
    }
    #[cfg(not(unix))]
    {
        // Elsewhere the only permission is "read-only", which would stop the rename.
        let _ = (file, replaced);
        Ok(())
    }
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

    #[cfg(unix)]
    #[test]
    fn the_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, true, |w| w.write_all(b"new")).unwrap();
        assert_eq!(mode(&path), 0o640);
        assert_eq!(mode(&backup_path(&path)), 0o640);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomically(&path, false, |w| w.write_all(b"newer")).unwrap();
        assert_eq!(mode(&path), 0o664);
        // A new file is not left owner-only, as temporary files are: readable by the group
        // unless the umask says otherwise (it never removes the owner's read-write).
        let fresh = dir.path().join("fresh.ron");
        write_atomically(&fresh, false, |w| w.write_all(b"x")).unwrap();
        assert_eq!(mode(&fresh) & 0o600, 0o600);
        let probe = dir.path().join("probe");
        std::fs::write(&probe, b"").unwrap();
        assert_eq!(mode(&fresh), mode(&probe), "as if created normally");
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_followed_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("real");
        std::fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("review.ron");
        std::fs::write(&real, b"old").unwrap();
        // A relative link, to a link: both are followed.
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real/review.ron", &link).unwrap();
        let link2 = dir.path().join("link2.ron");
        std::os::unix::fs::symlink(&link, &link2).unwrap();
        write_atomically(&link2, true, |w| w.write_all(b"new")).unwrap();
        for l in [&link, &link2] {
            assert!(
                std::fs::symlink_metadata(l)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(std::fs::read(backup_path(&real)).unwrap(), b"old");
        // A link to a file not there yet creates the file.
        let dangling = dir.path().join("dangling.ron");
        std::os::unix::fs::symlink("real/later.ron", &dangling).unwrap();
        write_atomically(&dangling, true, |w| w.write_all(b"x")).unwrap();
        assert_eq!(std::fs::read(real_dir.join("later.ron")).unwrap(), b"x");
        // A loop of links is an error naming the file.
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        let err = write_atomically(&a, false, |w| w.write_all(b"x")).unwrap_err();
        assert!(
            err.to_string().starts_with(&a.display().to_string()),
            "{err}"
        );
    }
}
