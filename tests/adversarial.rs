//! Inputs an adversarial user would try (issue 11), one test per promise: no file destroyed,
//! no file read without the user knowing, no hang, no text misread or misprinted.
//!
//! `CLAUSEWISE_BIN` runs the tests against another build of the binary (to see them fail on
//! an older one); by default the binary of this package is used. Linux only (FIFOs, `/proc`,
//! `VmHWM`).
#![cfg(target_os = "linux")]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const OLD: &str = "samples/peace-plan-2025-11-28-points.txt";
const NEW: &str = "samples/peace-plan-2025-12-20-points.txt";
const REVIEW: &str = "samples/peace-plan.review.ron";

fn bin() -> PathBuf {
    std::env::var_os("CLAUSEWISE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_clausewise")))
}

fn clausewise() -> Command {
    let mut c = Command::new(bin());
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// Runs `clausewise ARGS`, killing it after a minute (a hang is a failure, not a stuck test).
fn run(args: &[&std::ffi::OsStr]) -> Output {
    let mut child = clausewise()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut o = Vec::new();
        out.read_to_end(&mut o).unwrap();
        o
    });
    let err_reader = std::thread::spawn(move || {
        let mut e = Vec::new();
        err.read_to_end(&mut e).unwrap();
        e
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("clausewise {args:?} hung: killed after a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    }
}

fn args<S: AsRef<std::ffi::OsStr> + ?Sized>(list: &[&S]) -> Vec<std::ffi::OsString> {
    list.iter().map(|s| s.as_ref().to_owned()).collect()
}

/// Runs a command that must fail: exit code 1, one line on stderr, which is returned.
fn fails<S: AsRef<std::ffi::OsStr> + ?Sized>(list: &[&S]) -> String {
    let a = args(list);
    let refs: Vec<&std::ffi::OsStr> = a.iter().map(|s| s.as_os_str()).collect();
    let out = run(&refs);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "exit code for {a:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    err
}

fn succeeds<S: AsRef<std::ffi::OsStr> + ?Sized>(list: &[&S]) -> Output {
    let a = args(list);
    let refs: Vec<&std::ffi::OsStr> = a.iter().map(|s| s.as_os_str()).collect();
    let out = run(&refs);
    assert!(
        out.status.success(),
        "{a:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A folder with a copy of the sample review and its three drafts.
fn review_folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    for f in [
        REVIEW,
        OLD,
        NEW,
        "samples/peace-plan-2025-11-30-geneva-19-points.txt",
    ] {
        let name = Path::new(f).file_name().unwrap();
        std::fs::copy(sample(f), dir.path().join(name)).unwrap();
    }
    let review = dir.path().join("peace-plan.review.ron");
    (dir, review)
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(ok.success());
}

fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

// ---------------------------------------------------------------------------------------------
// Files that must never be destroyed

#[test]
fn an_output_that_is_any_input_is_refused_by_identity() {
    let (dir, review) = review_folder();
    let d = dir.path();
    let old = d.join("peace-plan-2025-11-28-points.txt");
    let new = d.join("peace-plan-2025-12-20-points.txt");
    let third = d.join("peace-plan-2025-11-30-geneva-19-points.txt");
    let before = |p: &Path| std::fs::read(p).unwrap();
    let (review_bytes, old_bytes, third_bytes) = (before(&review), before(&old), before(&third));
    // The review itself, for compare and history.
    let err = fails(&[
        "compare".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "--review".as_ref(),
        review.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "-o".as_ref(),
        review.as_os_str(),
    ]);
    assert!(err.contains("is the review"), "{err}");
    let err = fails(&[
        "history".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "--review".as_ref(),
        review.as_os_str(),
        "-o".as_ref(),
        review.as_os_str(),
    ]);
    assert!(err.contains("is the review"), "{err}");
    // A draft of the review that the command does not compare.
    let err = fails(&[
        "compare".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "--review".as_ref(),
        review.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "-o".as_ref(),
        third.as_os_str(),
    ]);
    assert!(err.contains("is a draft of the review"), "{err}");
    // A hard link, a symbolic link and a `../` path of a draft.
    let hard = d.join("hard.txt");
    std::fs::hard_link(&old, &hard).unwrap();
    let soft = d.join("soft.txt");
    std::os::unix::fs::symlink(&old, &soft).unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    let dotdot = d.join("sub/../peace-plan-2025-11-28-points.txt");
    for out in [&hard, &soft, &dotdot] {
        let err = fails(&[
            "compare".as_ref(),
            old.as_os_str(),
            new.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        assert!(err.contains("is an input draft"), "{err}");
    }
    // The report's review, through a hard link.
    let hard_review = d.join("hard.ron");
    std::fs::hard_link(&review, &hard_review).unwrap();
    let err = fails(&[
        "report".as_ref(),
        review.as_os_str(),
        "-o".as_ref(),
        hard_review.as_os_str(),
    ]);
    assert!(err.contains("is the review"), "{err}");
    assert_eq!(before(&review), review_bytes);
    assert_eq!(before(&old), old_bytes);
    assert_eq!(before(&third), third_bytes);
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(&old).unwrap().nlink(),
        2,
        "the link holds"
    );
}

#[test]
fn an_output_that_is_not_a_regular_file_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = run(&[
        "compare".as_ref(),
        OLD.as_ref(),
        NEW.as_ref(),
        "-o".as_ref(),
        fifo.as_os_str(),
    ]);
    assert!(
        is_fifo(&fifo),
        "the FIFO was replaced by a regular file ({})",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
    let text = reader.join().unwrap();
    assert!(text.starts_with("OLD: "), "{text}");
    // `-o /dev/stdout` writes to standard output.
    let out = succeeds(&["compare", OLD, NEW, "-o", "/dev/stdout"]);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("OLD: "));
}

#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.md");
    let marker = tempfile::NamedTempFile::new().unwrap().into_temp_path();
    std::fs::remove_file(&marker).unwrap();
    let mut child = clausewise()
        .args(["compare", OLD, NEW, "-f", "markdown", "-o"])
        .arg(&out)
        .env("CLAUSEWISE_TEST_HOLD_WRITE", &marker)
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !marker.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the write never started"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // SIGTERM, as `kill` sends: no destructor runs.
    let killed = Command::new("kill")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    child.wait().unwrap();
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_save_keeps_owner_and_group_and_syncs_the_folder() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    std::fs::write(&path, b"old").unwrap();
    // Only root may give a file away; others keep their own files, so there is nothing to see.
    if std::os::unix::fs::chown(&path, Some(4321), Some(4322)).is_ok() {
        let review = clausewise::review::Review::default();
        review.save(&path).unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (4321, 4322));
        let bak = std::fs::metadata(clausewise::fsutil::backup_path(&path)).unwrap();
        assert_eq!((bak.uid(), bak.gid()), (4321, 4322));
    }
    // The folder is synced after the rename (seen with strace, where there is one).
    let Ok(strace) = Command::new("strace").arg("-V").output() else {
        return;
    };
    if !strace.status.success() {
        return;
    }
    let out = dir.path().join("out.txt");
    let trace = dir.path().join("trace");
    let status = Command::new("strace")
        .args([
            "-f",
            "-qq",
            "-e",
            "trace=openat,fsync,rename,renameat,renameat2",
        ])
        .arg("-o")
        .arg(&trace)
        .arg(bin())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", OLD, NEW, "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let trace = std::fs::read_to_string(trace).unwrap();
    let out_name = format!("\"{}\"", out.display());
    let lines: Vec<&str> = trace.lines().collect();
    let renamed = lines
        .iter()
        .position(|l| l.contains("rename") && l.contains(&out_name))
        .unwrap_or_else(|| panic!("no rename onto the output: {trace}"));
    let dir_name = format!("\"{}\"", dir.path().display());
    let dir_fd = lines[renamed..]
        .iter()
        .find(|l| l.contains("openat(") && l.contains(&dir_name))
        .and_then(|l| l.rsplit("= ").next())
        .unwrap_or_else(|| panic!("the folder is not opened after the rename: {trace}"))
        .trim()
        .to_owned();
    assert!(
        lines[renamed..]
            .iter()
            .any(|l| l.contains(&format!("fsync({dir_fd})"))),
        "the folder is not synced after the rename: {trace}"
    );
}

#[test]
fn two_windows_on_one_review_never_discard_each_others_work() {
    use clausewise::review::session::{DraftId, Edit, OpenDraft, SaveError, Session};
    let (_dir, review) = review_folder();
    let open = || {
        let opened = Session::open(&review, None).unwrap();
        let drafts: Vec<OpenDraft> = opened
            .drafts
            .iter()
            .enumerate()
            .map(|(k, (path, name))| OpenDraft {
                id: DraftId(k as u64),
                name: name.clone(),
                draft: std::sync::Arc::new(clausewise::Draft::load(path).unwrap()),
            })
            .collect();
        (opened.session, drafts)
    };
    let (mut a, drafts) = open();
    let (mut b, _) = open();
    let save = |s: &mut Session| {
        let job = s.save_job(&review, &drafts);
        let revision = job.revision;
        job.run_checked().map(|w| s.saved_file(w, revision))
    };
    let note = |text: &str| Edit::Note(text.to_owned());
    a.annotate(&drafts[2], 5, None, note("window A")).unwrap();
    b.annotate(&drafts[2], 6, None, note("window B")).unwrap();
    // Each window autosaves to a side file of its own; A's save leaves B's alone.
    let (side_a, side_b) = (a.autosave_job().unwrap(), b.autosave_job().unwrap());
    assert_ne!(side_a.path, side_b.path);
    let b_side = side_b.path.clone();
    side_a.run().unwrap();
    side_b.run().unwrap();
    save(&mut a).unwrap();
    assert!(b_side.exists(), "B's unsaved work is kept");
    // B's save would discard A's: refused, nothing written; merged, both are kept.
    let after_a = std::fs::read(&review).unwrap();
    assert!(matches!(save(&mut b), Err(SaveError::Changed(_))));
    assert_eq!(std::fs::read(&review).unwrap(), after_a);
    b.merge_from_disk().unwrap();
    save(&mut b).unwrap();
    let text = std::fs::read_to_string(&review).unwrap();
    assert!(
        text.contains("window A") && text.contains("window B"),
        "{text}"
    );
    assert!(!b_side.exists(), "B's save removes its own side file");
}

// ---------------------------------------------------------------------------------------------
// Files that must never be read without the user knowing

/// A review in `dir/reviews` naming `paths` as its two drafts.
fn review_naming(dir: &Path, paths: [&str; 2]) -> PathBuf {
    let folder = dir.join("reviews");
    std::fs::create_dir_all(&folder).unwrap();
    let review = folder.join("r.ron");
    std::fs::write(
        &review,
        format!(
            "(version: 1, drafts: [(path: {:?}), (path: {:?})])",
            paths[0], paths[1]
        ),
    )
    .unwrap();
    review
}

#[test]
fn a_review_cannot_make_clausewise_read_files_outside_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "Secret\n1. The password is swordfish.\n").unwrap();
    std::fs::create_dir_all(dir.path().join("reviews")).unwrap();
    std::fs::copy(sample(OLD), dir.path().join("reviews/a.txt")).unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("reviews/link.txt")).unwrap();
    let absolute = secret.display().to_string();
    for (path, shown) in [
        (absolute.as_str(), absolute.clone()),
        ("../secret.txt", absolute.clone()),
        (
            "../../../../../../../../etc/passwd",
            "/etc/passwd".to_owned(),
        ),
        ("link.txt", "link.txt".to_owned()),
    ] {
        let review = review_naming(dir.path(), ["a.txt", path]);
        let err = fails(&["report".as_ref(), review.as_os_str()]);
        assert!(err.contains("outside the review's folder"), "{err}");
        assert!(err.contains(&shown), "{err}");
        assert!(!err.contains("swordfish"));
        let outside = clausewise::review::Review::load(&review)
            .unwrap()
            .paths_outside(&review, &[]);
        assert_eq!(outside.len(), 1, "{path}: {outside:?}");
        // A file the user opened is not outside.
        let opened = clausewise::review::Review::load(&review)
            .unwrap()
            .paths_outside(&review, &[&secret]);
        assert!(opened.is_empty() || path.contains("etc"), "{opened:?}");
    }
    // With --allow-outside the user has said yes.
    let review = review_naming(dir.path(), ["a.txt", "../secret.txt"]);
    let out = succeeds(&[
        "report".as_ref(),
        review.as_os_str(),
        "--allow-outside".as_ref(),
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("swordfish"));
    // Special files are never read as drafts, even when allowed.
    for special in ["/proc/self/environ", "/dev/zero"] {
        let review = review_naming(dir.path(), ["a.txt", special]);
        let err = fails(&[
            "report".as_ref(),
            review.as_os_str(),
            "--allow-outside".as_ref(),
        ]);
        assert!(
            err.contains(special) && err.contains("not a regular file"),
            "{err}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Inputs that must not hang or exhaust memory

#[test]
fn only_regular_files_are_read_and_anything_else_fails_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.txt");
    mkfifo(&fifo);
    let socket_path = dir.path().join("socket.txt");
    let _socket = std::os::unix::net::UnixListener::bind(&socket_path).unwrap();
    for special in [fifo.as_path(), Path::new("/dev/zero"), &socket_path] {
        let err = fails(&["compare".as_ref(), special.as_os_str(), OLD.as_ref()]);
        assert!(err.contains("not a regular file"), "{err}");
        assert!(err.contains(&special.display().to_string()), "{err}");
        let err = fails(&["report".as_ref(), special.as_os_str()]);
        assert!(err.contains("not a regular file"), "{err}");
    }
    let err = fails(&["compare", "/proc/self/environ", OLD]);
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn reads_are_bounded_by_a_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    // A review file of 65 MiB (sparse: no disk used): refused as too large, not parsed.
    let review = dir.path().join("big.ron");
    let file = std::fs::File::create(&review).unwrap();
    file.set_len(clausewise::review::MAX_REVIEW_SIZE + 1)
        .unwrap();
    let err = fails(&["report".as_ref(), review.as_os_str()]);
    assert!(err.contains("is too large"), "{err}");
    // The limit holds while reading, whatever the size said before.
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "Plan\n1. One.\n").unwrap();
    let err = clausewise::fsutil::read_regular(&small, 5).unwrap_err();
    assert!(err.to_string().contains("is too large"), "{err}");
    assert_eq!(
        clausewise::fsutil::read_regular(&small, 13).unwrap(),
        b"Plan\n1. One.\n"
    );
}

#[test]
fn orphaned_annotations_are_placed_against_one_index_per_draft() {
    use clausewise::draft::Draft;
    use clausewise::review::{Anchor, Placement, Placer};
    let mut text = String::from("Plan\n");
    for k in 1..=400 {
        text.push_str(&format!(
            "{k}. Clause {k} of the plan concerns topic {} and the parties agree on item {}.\n",
            k * 7 % 13,
            k * 31
        ));
    }
    let draft = Draft::from_text("plan", &text);
    let placer = Placer::new(&draft);
    let anchors: Vec<Anchor> = (0..draft.points.len())
        .map(|i| {
            let mut a = Anchor::of(&draft, i).unwrap();
            // Reworded and relabelled: found only by the fuzzy search.
            a.label = format!("x{i}");
            a.quote = a.quote.replace("the parties agree on", "both sides accept");
            a
        })
        .chain(std::iter::once(Anchor {
            label: "99".into(),
            quote: "Nothing like any clause here at all, about weather.".into(),
            prefix: String::new(),
            suffix: String::new(),
        }))
        .collect();
    for (i, a) in anchors.iter().enumerate() {
        let expected = a.place(&draft);
        assert_eq!(placer.place(a), expected, "anchor {i}");
        if i < draft.points.len() {
            assert_eq!(expected, Placement::Placed(i));
        } else {
            assert_eq!(expected, Placement::Orphaned);
        }
    }
}

/// Peak memory (KiB) of `clausewise ARGS`, as it reports it (`CLAUSEWISE_TIMINGS`: its own
/// `VmHWM`). Not `wait4`'s figure: a child started by `vfork` from this test process counts
/// this process's own peak (every test running in it) until it execs.
fn peak_memory_kib(list: &[&std::ffi::OsStr]) -> i64 {
    let out = clausewise()
        .args(list)
        .env("CLAUSEWISE_TIMINGS", "1")
        .stdout(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr
        .lines()
        .find_map(|l| {
            l.strip_prefix("peak memory: ")?
                .strip_suffix(" KiB")?
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("no peak memory reported: {stderr}"))
}

#[test]
fn huge_lines_and_deep_quotes_stay_within_a_small_multiple_of_the_input() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "Plan\n1. One point.\n2. Another point.\n").unwrap();
    // 8 MB on one line, and a Markdown quote nested 2,000 deep (2 MB): a sixth and a
    // twenty-fifth of the sizes of the issue, which scale the same way.
    let line = dir.path().join("line.txt");
    let words = ["army", "border", "treaty", "peace", "of", "the", "and", "a"];
    let mut text = String::from("Plan\n1. ");
    let mut k = 0usize;
    while text.len() < 8_000_000 {
        text.push_str(words[k * 7 % words.len()]);
        text.push(' ');
        k += 1;
    }
    text.push('\n');
    std::fs::write(&line, &text).unwrap();
    // The same line with a few words changed in the middle: the two giant points are paired
    // and diffed.
    let edited = dir.path().join("edited.txt");
    let middle = text.len() / 2 + text[text.len() / 2..].find(' ').unwrap();
    let edited_text = format!("{} Crimea and{}", &text[..middle], &text[middle..]);
    std::fs::write(
        &edited,
        edited_text.replacen("peace treaty", "peace accord", 20),
    )
    .unwrap();
    let quote = dir.path().join("quote.md");
    let mut text = String::from("Plan\n\n1. A point.\n");
    for depth in 1..=2000 {
        text.push_str(&">".repeat(depth));
        text.push_str(&format!(" text {depth}\n"));
    }
    text.push_str("2. Another point.\n");
    std::fs::write(&quote, &text).unwrap();
    // The binary and its libraries alone (a debug build with the GUI maps some 25 MiB).
    let base = peak_memory_kib(&["compare".as_ref(), small.as_os_str(), small.as_os_str()]);
    for (old, new) in [(&line, &small), (&quote, &small), (&line, &edited)] {
        let size_kib = (std::fs::metadata(old).unwrap().len()
            + std::fs::metadata(new).unwrap().len()) as i64
            / 1024;
        let peak = peak_memory_kib(&["compare".as_ref(), old.as_os_str(), new.as_os_str()]);
        // Before the bound, over the binary's own: about 130 MiB for the line, 50 MiB for the
        // quote, 350 MiB for the pair of lines; now about 4 times the input.
        assert!(
            peak - base < 8 * size_kib,
            "{} against {}: {peak} KiB ({base} KiB for the binary alone) for {size_kib} KiB \
             of input",
            old.display(),
            new.display()
        );
    }
    // The giant pair is reported as changed around its edit, not as removed and added.
    let out = succeeds(&[
        "compare".as_ref(),
        line.as_os_str(),
        edited.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = &json["summary"];
    assert_eq!(summary["changed"], 1, "{summary}");
    assert_eq!(summary["removed"], 0, "{summary}");
}

// ---------------------------------------------------------------------------------------------
// Text that must not be misread or misprinted

#[test]
fn a_stray_invalid_byte_keeps_a_utf8_file_utf8_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.txt");
    let mut bytes = "План миру\n1. Суверенітет України підтверджено.\n2. Вибори "
        .as_bytes()
        .to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice("відбудуться за сто днів.\n".as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let out = succeeds(&[
        "compare".as_ref(),
        path.as_os_str(),
        path.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["old"]["title"], "План миру");
    let (draft, warnings) = clausewise::Draft::load_with_warnings(&path).unwrap();
    assert_eq!(draft.encoding, "UTF-8");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("plan.txt: line 3"), "{err}");
    // A file really in a legacy encoding is still read as one, without a warning.
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251
        .encode("План миру\n1. Суверенітет України підтверджено.\n2. Вибори.\n");
    std::fs::write(&path, &cp1251).unwrap();
    let out = succeeds(&[
        "compare".as_ref(),
        path.as_os_str(),
        path.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["old"]["title"], "План миру");
    assert_eq!(
        clausewise::Draft::load(&path).unwrap().encoding,
        "windows-1251"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn text_on_a_terminal_shows_control_characters_and_files_keep_them() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    let new = dir.path().join("new.txt");
    std::fs::write(&old, "Plan\n1. Clause one.\n").unwrap();
    // A clipboard write (OSC 52) and a screen clear, and a C1 CSI.
    std::fs::write(
        &new,
        "Plan\n1. Clause one \x1b]52;c;ZXZpbA==\x07 now\x1b[2J and \u{9b}2J.\n",
    )
    .unwrap();
    // Through a pipe (and so into a file) the exact text.
    let out = succeeds(&["compare".as_ref(), old.as_os_str(), new.as_os_str()]);
    let piped = String::from_utf8(out.stdout).unwrap();
    assert!(piped.contains("\x1b]52;c;ZXZpbA==\x07"), "{piped}");
    // On a terminal (`script` gives the command one), control characters are shown.
    if Command::new("script").arg("--version").output().is_err() {
        return;
    }
    let command = format!(
        "{} compare {} {}",
        bin().display(),
        old.display(),
        new.display()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("\\x1b]52;c;ZXZpbA==\\x07"), "{shown}");
    assert!(
        shown.contains("\\x1b[2J") && shown.contains("\\u{9b}2J"),
        "{shown}"
    );
    assert!(
        !shown.contains('\x1b') && !shown.contains('\u{9b}'),
        "{shown}"
    );
}

#[test]
fn markdown_escapes_entities_and_keeps_labels_and_categories_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.txt");
    let new = dir.path().join("new.txt");
    std::fs::write(&old, "Plan\n1. Keep &lt;this&gt; as written &amp; so on.\n").unwrap();
    std::fs::write(&new, "Plan\n1. Keep &lt;that&gt; as written &amp; so on.\n").unwrap();
    let out = succeeds(&[
        "compare".as_ref(),
        old.as_os_str(),
        new.as_os_str(),
        "-f".as_ref(),
        "markdown".as_ref(),
    ]);
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("\\&lt;"), "{md}");
    assert!(!md.contains(" &lt;") && !md.contains(" &amp;"), "{md}");
    // A category name and a draft label with a newline in a review: tables and headings hold.
    std::fs::copy(&old, dir.path().join("a.txt")).unwrap();
    std::fs::copy(&new, dir.path().join("b.txt")).unwrap();
    let review = dir.path().join("r.ron");
    std::fs::write(
        &review,
        r##"(version: 1,
            drafts: [(path: "a.txt", label: "First\n# draft"), (path: "b.txt", label: "Second")],
            categories: [(id: "odd", label: "Odd\n| name", colour: "#c80000")],
            annotations: [(draft: 0, anchor: (label: "1", quote: "Keep &lt;this&gt; as written &amp; so on."),
                           categories: ["odd"], note: "n")])"##,
    )
    .unwrap();
    let out = succeeds(&["report".as_ref(), review.as_os_str()]);
    let md = String::from_utf8(out.stdout).unwrap();
    for line in md.lines() {
        assert!(!line.starts_with("| name"), "a table row broke: {md}");
        assert!(!line.starts_with("# draft"), "a heading broke: {md}");
    }
    assert!(md.contains("Odd"), "{md}");
}

#[test]
fn a_review_with_a_byte_order_mark_is_accepted() {
    let (dir, review) = review_folder();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(&review).unwrap());
    let bom = dir.path().join("bom.ron");
    std::fs::write(&bom, bytes).unwrap();
    let with = succeeds(&["report".as_ref(), bom.as_os_str()]);
    let without = succeeds(&["report".as_ref(), review.as_os_str()]);
    assert_eq!(with.stdout, without.stdout);
}

#[test]
fn an_annotation_with_a_huge_draft_index_is_refused_in_one_line() {
    let (dir, review) = review_folder();
    let text = std::fs::read_to_string(&review).unwrap().replacen(
        "draft: 0,",
        "draft: 18446744073709551615,",
        1,
    );
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, text).unwrap();
    let err = fails(&["report".as_ref(), bad.as_os_str()]);
    assert!(err.contains("bad.ron"), "{err}");
    assert!(err.contains("18446744073709551615"), "{err}");
}

#[test]
fn history_with_a_review_refuses_drafts_not_in_it() {
    let (dir, review) = review_folder();
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "Plan\n1. Something else entirely.\n").unwrap();
    let old = dir.path().join("peace-plan-2025-11-28-points.txt");
    let err = fails(&[
        "history".as_ref(),
        old.as_os_str(),
        other.as_os_str(),
        "--review".as_ref(),
        review.as_os_str(),
    ]);
    assert!(
        err.contains("other.txt") && err.contains("not a draft of the review"),
        "{err}"
    );
}

#[test]
fn one_line_errors_escape_paths_and_say_the_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    // A newline in a missing file's name.
    let odd = dir.path().join("a\nb.txt");
    let err = fails(&["compare".as_ref(), odd.as_os_str(), OLD.as_ref()]);
    assert!(
        err.contains("a\\nb.txt: cannot read: no such file"),
        "{err}"
    );
    assert!(
        !err.contains("os error") && !err.contains("No such file"),
        "{err}"
    );
    // An output in a folder that is a file: the cause, no temporary file's name.
    let err = fails(&[
        "compare".as_ref(),
        OLD.as_ref(),
        NEW.as_ref(),
        "-o".as_ref(),
        Path::new(OLD).join("out.txt").as_os_str(),
    ]);
    assert!(
        !err.contains(".clausewise-") && !err.contains("os error"),
        "{err}"
    );
    // A review nested too deeply: what is wrong, not the parser's advice on its options.
    let deep = dir.path().join("deep.ron");
    std::fs::write(
        &deep,
        format!("(version: 1, drafts: {}", "[".repeat(10_000)),
    )
    .unwrap();
    let err = fails(&["report".as_ref(), deep.as_os_str()]);
    assert!(err.contains("deep.ron: not a valid review file"), "{err}");
    assert!(
        !err.contains("recursion_limit") && !err.contains("serde_stacker"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Keep it so: a bounded fuzz harness over the readers and writers (stable Rust, proptest).

mod fuzz {
    use clausewise::draft::{Draft, load};
    use clausewise::report::{self, Format};
    use clausewise::{TextOptions, compare};
    use proptest::prelude::*;

    /// Bytes that look like drafts: numbered lines, Markdown, Cyrillic, control characters and
    /// stray bytes.
    fn draft_bytes() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(b"\n".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"1. ".to_vec()),
            Just(b"12) ".to_vec()),
            Just(b"Article 3. ".to_vec()),
            Just(b"# Heading\n".to_vec()),
            Just(b"> ".to_vec()),
            Just(b"- ".to_vec()),
            Just("Пункт 2. Україна ".as_bytes().to_vec()),
            Just(b"&lt; | * _ ` ".to_vec()),
            Just(b"\x1b]52;c;x\x07".to_vec()),
            Just(b"\xEF\xBB\xBF".to_vec()),
            Just(b"\xFF\xFE".to_vec()),
            "[a-z ,.]{1,20}".prop_map(String::into_bytes),
            any::<u8>().prop_map(|b| vec![b]),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn decoder_parser_and_writers_never_panic(a in draft_bytes(), b in draft_bytes()) {
            let drafts: Vec<Draft> = [a, b]
                .into_iter()
                .filter_map(|bytes| load::decode(&bytes).ok())
                .map(|d| Draft::from_text("fuzz", &d.text))
                .collect();
            if let [old, new] = &drafts[..] {
                let comparison = compare(old, new, &TextOptions::default());
                for format in [Format::Text, Format::Markdown, Format::Json, Format::Html] {
                    let mut out = Vec::new();
                    report::write(&mut out, format, old, new, &comparison).unwrap();
                    if format == Format::Json {
                        serde_json::from_slice::<serde_json::Value>(&out).unwrap();
                    }
                }
            }
        }

        #[test]
        fn the_review_loader_never_panics(text in review_text()) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("r.ron");
            std::fs::write(&path, &text).unwrap();
            if let Err(e) = clausewise::review::Review::load(&path) {
                let message = e.to_string();
                prop_assert_eq!(message.lines().count(), 1, "{}", message);
            }
        }
    }

    /// Review files: a valid one cut, spliced and sprinkled with odd characters.
    fn review_text() -> impl Strategy<Value = Vec<u8>> {
        let valid = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/samples/peace-plan.review.ron"
        ))
        .unwrap();
        let len = valid.len();
        (
            0..len,
            0..len,
            prop::collection::vec(
                prop_oneof![
                    Just(b"(".to_vec()),
                    Just(b"[".to_vec()),
                    Just(b"\"".to_vec()),
                    Just(b"\n".to_vec()),
                    Just(b"draft: 18446744073709551615,".to_vec()),
                    Just(b"\xEF\xBB\xBF".to_vec()),
                    any::<u8>().prop_map(|b| vec![b]),
                ],
                0..8,
            ),
        )
            .prop_map(move |(cut, at, insert)| {
                let mut bytes = valid[..cut.max(at)].to_vec();
                bytes.splice(at.min(cut)..at.min(cut), insert.concat());
                bytes
            })
    }
}
