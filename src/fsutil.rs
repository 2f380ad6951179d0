//! Writing files safely: atomically (a temporary file in the same folder, then renamed over the
//! target), optionally keeping the previous version as `NAME.bak`.
//!
//! The new file keeps the permissions, owner and group of the one it replaces (where the process
//! may set them; a new file gets the usual permissions, as if created normally), and a target
//! that is a symbolic link is followed: the file it points to is replaced, the link stays. A
//! target that is not a regular file (a device, a FIFO, a socket, `/dev/stdout`) is written
//! through, never replaced. On Linux the temporary file has no name until it is complete, so an
//! interrupted write (Ctrl-C, SIGTERM, a crash) leaves nothing behind; the folder is synced after
//! the rename so that the new name survives a power cut.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How many symbolic links in a row are followed before giving up (as the OS does).
const MAX_LINKS: usize = 40;

/// Writes `path` with what `render` produces. Either the whole new file is in place afterwards
/// or, on any error, the old file (if any) is untouched. With `backup`, the previous version is
/// kept as `PATH.bak` (replaced at each save: one generation). When `path` is a symbolic link,
/// the file it points to is written (and backed up beside it); the link itself is left as it
/// is. When `path` is not a regular file (a device, a FIFO, `/dev/stdout`, `/proc/self/fd/1`),
/// `render` writes to it directly: nothing is renamed over it.
pub fn write_atomically(
    path: &Path,
    backup: bool,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let fail = |e: &std::io::Error| Error::Write {
        path: path.to_owned(),
        message: crate::error::describe_io(e),
    };
    let (target, through_special) = link_target(path).map_err(|e| fail(&e))?;
    // `/dev/stdout`, `/proc/self/fd/1`, `/dev/null`: whatever they lead to (a pipe, a file the
    // shell opened with `>` or `>>`) is written as it is; nothing is ever created there.
    if through_special {
        return write_through(path, render).map_err(|e| fail(&e));
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            return Err(fail(&std::io::Error::from(
                std::io::ErrorKind::IsADirectory,
            )));
        }
        Ok(meta) if !meta.is_file() => return write_through(path, render).map_err(|e| fail(&e)),
        _ => {}
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // The permissions, owner and group of the file replaced, if there is one.
    let existing = std::fs::metadata(&target).ok().filter(|m| m.is_file());
    let mut tmp = TempFile::new_in(dir).map_err(|e| fail(&e))?;
    {
        let mut w = std::io::BufWriter::new(Writeback::new(tmp.file()));
        render(&mut w)
            .and_then(|()| w.flush())
            .map_err(|e| fail(&e))?;
    }
    if let Some(meta) = &existing {
        keep_permissions(tmp.file(), meta).map_err(|e| fail(&e))?;
    }
    tmp.file().sync_all().map_err(|e| fail(&e))?;
    hold_for_tests();
    if let (true, Some(_)) = (backup, &existing) {
        keep_backup(&target, dir).map_err(|e| fail(&e))?;
    }
    tmp.persist(&target).map_err(|e| fail(&e))?;
    sync_folder(dir);
    Ok(())
}

/// How many bytes a file being written gathers before they are sent on to the disk
/// ([`Writeback`]).
const WRITEBACK_BYTES: u64 = 1 << 20;

/// A file being written that sends each [`WRITEBACK_BYTES`] on to the disk as soon as they
/// are written, without waiting for them (Linux's `sync_file_range`): a large report written
/// while its rows are still being compared is then mostly on the disk when the final sync
/// comes, which only waits for the rest. Elsewhere, a plain file.
struct Writeback<'f> {
    file: &'f mut std::fs::File,
    /// Bytes written so far, and the offset up to which they were sent on.
    written: u64,
    sent: u64,
}

impl<'f> Writeback<'f> {
    fn new(file: &'f mut std::fs::File) -> Self {
        Writeback {
            file,
            written: 0,
            sent: 0,
        }
    }
}

impl Write for Writeback<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.sent >= WRITEBACK_BYTES {
            #[cfg(target_os = "linux")]
            {
                use std::os::fd::AsRawFd;
                // SAFETY: the descriptor is the open file's; the call only starts writing
                // the given range of its pages out. A failure changes nothing (the final
                // sync writes everything), so it is ignored.
                unsafe {
                    libc::sync_file_range(
                        self.file.as_raw_fd(),
                        self.sent as libc::off64_t,
                        (self.written - self.sent) as libc::off64_t,
                        libc::SYNC_FILE_RANGE_WRITE,
                    );
                }
            }
            self.sent = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// For the test of interrupted writes only: with `CLAUSEWISE_TEST_HOLD_WRITE` set to a path,
/// a write that has its temporary file complete creates that file and waits there (a minute)
/// for the test to stop the process.
fn hold_for_tests() {
    if let Some(marker) = std::env::var_os("CLAUSEWISE_TEST_HOLD_WRITE") {
        let _ = std::fs::write(marker, b"");
        std::thread::sleep(std::time::Duration::from_secs(60));
    }
}

/// Writes straight into `path` (opened for appending, as the shell's `>` already truncated
/// it), for targets that must not be replaced.
fn write_through(
    path: &Path,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let file = std::fs::OpenOptions::new().append(true).open(path)?;
    let mut w = std::io::BufWriter::new(file);
    match render(&mut w).and_then(|()| w.flush()) {
        // A reader that went away (`-o >(head -1)`) is not an error, as on standard output.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Keeps the current version of `target` as `TARGET.bak`: a hard link to it (the rename that
/// follows leaves the old content only there), or a copy where links are not supported.
fn keep_backup(target: &Path, dir: &Path) -> std::io::Result<()> {
    let bak = backup_path(target);
    let name = unique_name(dir);
    if std::fs::hard_link(target, &name).is_err() {
        let mut copy = temp_builder().tempfile_in(dir)?;
        let mut old = std::fs::File::open(target)?;
        std::io::copy(&mut old, copy.as_file_mut())?;
        if let Ok(meta) = old.metadata() {
            keep_permissions(copy.as_file(), &meta)?;
        }
        copy.persist(&bak).map_err(|e| e.error)?;
        return Ok(());
    }
    std::fs::rename(&name, &bak).inspect_err(|_| {
        let _ = std::fs::remove_file(&name);
    })
}

/// A name in `dir` that is not taken yet (as far as can be told): `.clausewise-PID-N`.
fn unique_name(dir: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".clausewise-{}-{nanos:x}-{n}", std::process::id()));
        if std::fs::symlink_metadata(&path).is_err() {
            return path;
        }
    }
}

/// Syncs a folder, so that a rename in it is on disk (best effort: not every file system or
/// platform can).
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The temporary file a save is written to: on Linux an unnamed file (`O_TMPFILE`) that is
/// given a name only when complete, elsewhere (or where the file system cannot) a named one
/// removed on drop.
enum TempFile {
    /// An unnamed file in the folder (Linux).
    #[cfg(target_os = "linux")]
    Unnamed(std::fs::File, PathBuf),
    /// A named temporary file.
    Named(tempfile::NamedTempFile),
}

impl TempFile {
    fn new_in(dir: &Path) -> std::io::Result<TempFile> {
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::OpenOptionsExt;
            let unnamed = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .mode(0o666)
                .custom_flags(libc::O_TMPFILE)
                .open(dir);
            match unnamed {
                Ok(file) => return Ok(TempFile::Unnamed(file, dir.to_owned())),
                // The file system cannot: a named file instead.
                Err(e)
                    if matches!(
                        e.raw_os_error(),
                        Some(libc::EOPNOTSUPP | libc::EISDIR | libc::EINVAL)
                    ) => {}
                Err(e) => return Err(e),
            }
        }
        temp_builder().tempfile_in(dir).map(TempFile::Named)
    }

    fn file(&mut self) -> &mut std::fs::File {
        match self {
            #[cfg(target_os = "linux")]
            TempFile::Unnamed(file, _) => file,
            TempFile::Named(named) => named.as_file_mut(),
        }
    }

    /// Puts the complete file in place at `target`.
    fn persist(self, target: &Path) -> std::io::Result<()> {
        match self {
            #[cfg(target_os = "linux")]
            TempFile::Unnamed(file, dir) => {
                // Named for the instant of the rename only.
                let name = unique_name(&dir);
                link_unnamed(&file, &name)?;
                std::fs::rename(&name, target).inspect_err(|_| {
                    let _ = std::fs::remove_file(&name);
                })
            }
            TempFile::Named(named) => named.persist(target).map(|_| ()).map_err(|e| e.error),
        }
    }
}

/// Gives the unnamed file `file` the name `name` (`linkat` through `/proc/self/fd`, which needs
/// no privilege).
#[cfg(target_os = "linux")]
fn link_unnamed(file: &std::fs::File, name: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::io::AsRawFd;
    let proc_path = CString::new(format!("/proc/self/fd/{}", file.as_raw_fd()))
        .map_err(std::io::Error::other)?;
    let name = CString::new(name.as_os_str().as_bytes()).map_err(std::io::Error::other)?;
    // SAFETY: both are valid NUL-terminated strings that outlive the call; linkat does not
    // keep them.
    let rc = unsafe {
        libc::linkat(
            libc::AT_FDCWD,
            proc_path.as_ptr(),
            libc::AT_FDCWD,
            name.as_ptr(),
            libc::AT_SYMLINK_FOLLOW,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Reads the whole of the regular file `path`, refusing anything else before reading a byte:
/// a folder, a FIFO, a device (`/dev/zero`), a socket, or a file of `/proc` or `/sys` (whose
/// size says nothing of what reading gives). At most `limit` bytes are read, counted while
/// reading (a file that grows is stopped too), so neither a hang nor a memory blow-up is
/// possible. Errors name the file.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    let read_error = |io| Error::Read {
        path: path.to_owned(),
        io,
    };
    let meta = std::fs::metadata(path).map_err(read_error)?;
    check_regular(path, &meta)?;
    let file = open_for_reading(path).map_err(read_error)?;
    // What was opened is checked again: the path may have been swapped since.
    let meta = file.metadata().map_err(read_error)?;
    check_regular(path, &meta)?;
    if pseudo_file_system(&file) {
        return Err(Error::NotRegular {
            path: path.to_owned(),
            what: "is a system file (/proc or /sys)",
        });
    }
    let too_large = |size| Error::TooLarge {
        path: path.to_owned(),
        size,
        limit,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let expected = usize::try_from(meta.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Refuses a folder or anything that is not a regular file, saying what it is.
pub fn check_regular(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    if meta.is_dir() {
        return Err(Error::IsDirectory {
            path: path.to_owned(),
        });
    }
    if meta.is_file() {
        return Ok(());
    }
    #[cfg(unix)]
    let what = {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            "is a FIFO (named pipe)"
        } else if t.is_socket() {
            "is a socket"
        } else if t.is_char_device() || t.is_block_device() {
            "is a device"
        } else {
            "is a special file"
        }
    };
    #[cfg(not(unix))]
    let what = "is a special file";
    Err(Error::NotRegular {
        path: path.to_owned(),
        what,
    })
}

/// Opens a file for reading without waiting for a writer, should it be a FIFO after all.
fn open_for_reading(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// True when `file` is on procfs or sysfs (Linux), whose files are regular only in name.
fn pseudo_file_system(file: &std::fs::File) -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::io::AsRawFd;
        const PROC_SUPER_MAGIC: i64 = 0x9fa0;
        const SYSFS_MAGIC: i64 = 0x6265_6572;
        // SAFETY: statfs is plain data, fully written by fstatfs on success; the descriptor
        // is open for the whole call.
        let mut stat: libc::statfs = unsafe { std::mem::zeroed() };
        if unsafe { libc::fstatfs(file.as_raw_fd(), &mut stat) } == 0 {
            #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
            let kind = i64::from(stat.f_type as i64);
            return kind == PROC_SUPER_MAGIC || kind == SYSFS_MAGIC;
        }
        false
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        false
    }
}

/// Where the previous version of `path` is kept: `PATH.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// True when `a` and `b` are the same file: the same device and inode on Unix, so a symbolic
/// link, a `../` path or a hard link of a file is that file (after following links; by name
/// when either does not exist).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        #[cfg(unix)]
        (Ok(x), Ok(y)) => {
            use std::os::unix::fs::MetadataExt;
            x.dev() == y.dev() && x.ino() == y.ino()
        }
        #[cfg(not(unix))]
        (Ok(_), Ok(_)) => a.canonicalize().ok() == b.canonicalize().ok(),
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

/// A side file this process holds for itself (an autosave): opened without following a
/// symbolic link, locked for as long as it is held (another process cannot take it, and the
/// lock goes with the process, so a crash frees it), and rewritten in place through the handle,
/// never by its name. Linux and the other Unix systems refuse a link when opening; elsewhere it
/// is checked just before.
#[derive(Debug, Clone)]
pub struct HeldFile {
    path: PathBuf,
    file: std::sync::Arc<std::fs::File>,
}

/// How many more times a held file's lock is asked for when it is in use ([`HeldFile::take`]).
const LOCK_ATTEMPTS: u32 = 3;

/// How long to wait before asking again.
const LOCK_RETRY: std::time::Duration = std::time::Duration::from_millis(10);

impl HeldFile {
    /// Creates `path` (it must not exist) and holds it.
    pub fn create(path: &Path) -> std::io::Result<HeldFile> {
        Self::open(path, true)
    }

    /// Holds the existing regular file `path`: fails with `WouldBlock` when another process
    /// (or handle) holds it.
    pub fn take(path: &Path) -> std::io::Result<HeldFile> {
        Self::open(path, false)
    }

    fn open(path: &Path, create: bool) -> std::io::Result<HeldFile> {
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create_new(create);
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        #[cfg(not(target_os = "linux"))]
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(std::io::Error::other("is a symbolic link"));
        }
        let file = options.open(path).map_err(|e| {
            // O_NOFOLLOW on a link: say so rather than "too many levels of symbolic links".
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                std::io::Error::other("is a symbolic link")
            } else {
                e
            }
        })?;
        if !file.metadata()?.is_file() {
            return Err(std::io::Error::other("is not a regular file"));
        }
        // A process being started (a format reader run apart) shares the lock between its
        // fork and its exec: a hold that brief is not another window, so it is asked again.
        let mut attempts = 0;
        let locked = loop {
            match file.try_lock() {
                Err(std::fs::TryLockError::WouldBlock) if attempts < LOCK_ATTEMPTS => {
                    attempts += 1;
                    std::thread::sleep(LOCK_RETRY);
                }
                other => break other,
            }
        };
        match locked {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::WouldBlock,
                    "in use by another window",
                ));
            }
            // A file system without locks: held all the same.
            Err(std::fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        Ok(HeldFile {
            path: path.to_owned(),
            file: std::sync::Arc::new(file),
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Replaces the file's content with `bytes` (through the handle), and syncs it.
    pub fn replace(&self, bytes: &[u8]) -> std::io::Result<()> {
        use std::io::{Seek, SeekFrom};
        let mut f: &std::fs::File = &self.file;
        f.seek(SeekFrom::Start(0))?;
        f.write_all(bytes)?;
        f.set_len(bytes.len() as u64)?;
        f.sync_data()
    }

    /// Removes the file, if its path still names it (not a file put there since).
    pub fn remove(self) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let (Ok(held), Ok(now)) = (self.file.metadata(), std::fs::symlink_metadata(&self.path))
            else {
                return;
            };
            if held.dev() != now.dev() || held.ino() != now.ino() {
                return;
            }
        }
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The file `path` stands for: `path` itself, or where the chain of symbolic links starting at
/// it ends (which need not exist yet: a link to a file about to be created); and whether the
/// chain went through `/dev` or `/proc` (`/dev/stdout`, `/proc/self/fd/1`).
fn link_target(path: &Path) -> std::io::Result<(PathBuf, bool)> {
    let special = |p: &Path| {
        std::path::absolute(p).is_ok_and(|p| p.starts_with("/dev") || p.starts_with("/proc"))
    };
    let mut current = path.to_owned();
    let mut through_special = cfg!(unix) && special(&current);
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if next.is_relative() => parent.join(next),
                    _ => next,
                };
                through_special |= cfg!(unix) && special(&current);
            }
            _ => return Ok((current, through_special)),
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

/// Gives `file` the permissions, owner and group of the file it is about to replace (owner and
/// group where the process may set them: root may, others may keep a group they belong to).
fn keep_permissions(file: &std::fs::File, replaced: &std::fs::Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::os::unix::fs::fchown(file, Some(replaced.uid()), Some(replaced.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(replaced.gid()));
        }
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
    fn a_file_larger_than_what_is_sent_on_at_a_time_is_written_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("large.json");
        let content: Vec<u8> = (0..(3 * WRITEBACK_BYTES + 12_345))
            .map(|k| (k % 251) as u8)
            .collect();
        write_atomically(&path, false, |w| {
            // Written in pieces of odd sizes, as a report's rows are.
            for piece in content.chunks(70_001) {
                w.write_all(piece)?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), content);
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
