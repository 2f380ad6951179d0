//! Drafts in Word, OpenDocument, PDF and web-page form read as their plain-text originals:
//! same title, labels and points; comparisons across formats give the same rows; malformed
//! files give one line naming the file; bounded fuzzing over mutated samples.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use clausewise::draft::PointKind;
use clausewise::{Draft, Status, TextOptions, compare};
use proptest::prelude::*;

const DRAFTS: [&str; 3] = [
    "peace-plan-2025-11-28-points",
    "peace-plan-2025-11-30-geneva-19-points",
    "peace-plan-2025-12-20-points",
];

fn formats() -> Vec<&'static str> {
    let mut f = vec!["docx", "odt", "html"];
    if cfg!(feature = "pdf") {
        f.push("pdf");
    }
    f
}

fn sample(name: &str, ext: &str) -> PathBuf {
    if ext == "txt" {
        Path::new("samples").join(format!("{name}.txt"))
    } else {
        Path::new("samples/formats").join(format!("{name}.{ext}"))
    }
}

/// Loads a sample. PDF extraction runs the `clausewise` binary Cargo built next to the tests.
fn load(name: &str, ext: &str) -> Draft {
    let path = sample(name, ext);
    Draft::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_format_reads_as_the_text_file() {
    for name in DRAFTS {
        let txt = load(name, "txt");
        for ext in formats() {
            let other = load(name, ext);
            assert_eq!(other.title, txt.title, "{name}.{ext}: title");
            let labels = |d: &Draft| d.points.iter().map(|p| p.label.clone()).collect::<Vec<_>>();
            assert_eq!(labels(&other), labels(&txt), "{name}.{ext}: labels");
            for (a, b) in other.points.iter().zip(&txt.points) {
                assert_eq!(
                    words(&a.text),
                    words(&b.text),
                    "{name}.{ext}: point {}",
                    b.label
                );
            }
        }
    }
}

/// A PDF set in two columns (`scripts/make-format-samples.py`: the 20-point draft's title and
/// preamble across the page, its points in two columns over two pages) reads column after
/// column: every point as in the text file, none cut into another.
#[test]
fn a_pdf_in_two_columns_reads_column_after_column() {
    if !cfg!(feature = "pdf") {
        return;
    }
    let name = DRAFTS[2];
    let txt = load(name, "txt");
    let path = Path::new("samples/formats").join(format!("{name}-two-columns.pdf"));
    let pdf = Draft::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let numbered = |d: &Draft| {
        d.numbered()
            .map(|(_, p)| (p.label.clone(), words(&p.text)))
            .collect::<Vec<_>>()
    };
    assert_eq!(numbered(&pdf), numbered(&txt));
    // Its title, wrapped inside its brackets over two lines, is whole.
    assert_eq!(pdf.title, txt.title);
}

/// A draft's source pasted into a text file from a site's editor in its HTML mode (`<p>1.&nbsp;…</p>`,
/// no `<html>`) reads as the page: the same title and points as the text draft.
#[test]
fn a_text_file_of_a_pages_markup_reads_as_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    for name in DRAFTS {
        let txt = load(name, "txt");
        let mut source = format!("<p><strong>{}</strong></p>\n", txt.title);
        for p in &txt.points {
            let text = words(&p.text).replace('&', "&amp;").replace('<', "&lt;");
            match p.kind {
                PointKind::Title => {}
                PointKind::Point => source.push_str(&format!("<p>{}.&nbsp;{text}</p>\n", p.label)),
                _ => source.push_str(&format!("<p>{text}</p>\n")),
            }
        }
        let path = dir.path().join(format!("{name}.txt"));
        std::fs::write(&path, source).unwrap();
        let page = Draft::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(page.title, txt.title, "{name}: title");
        let labels = |d: &Draft| d.points.iter().map(|p| p.label.clone()).collect::<Vec<_>>();
        assert_eq!(labels(&page), labels(&txt), "{name}: labels");
        for (a, b) in page.points.iter().zip(&txt.points) {
            assert_eq!(words(&a.text), words(&b.text), "{name}: point {}", b.label);
        }
    }
}

#[test]
fn a_spreadsheets_rows_are_points_with_their_cells() {
    // A tracker saved as CSV with semicolons, a title row, a header row and a quoted cell
    // holding the separator and a line break; the same table as TSV.
    let dir = tempfile::tempdir().unwrap();
    let csv = "Tracker of the plan (test);;;\n;;;\nNo.;Point;Status;Note\n\
               1;Sovereignty is confirmed.;Agreed;\n\
               2;\"A pact is signed; all parties\nsign it.\";Open;see annex\n\
               3;The army is capped.;Rejected;\n";
    let tsv = csv
        .replace(';', "\t")
        .replace("signed\t all", "signed; all");
    for (name, text) in [("tracker.csv", csv.to_owned()), ("tracker.tsv", tsv)] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let d = Draft::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.title, "Tracker of the plan (test)", "{name}");
        let points: Vec<(String, String)> = d
            .points
            .iter()
            .filter(|p| p.kind == PointKind::Point)
            .map(|p| (p.label.clone(), words(&p.text)))
            .collect();
        assert_eq!(
            points,
            [
                (
                    "1".to_owned(),
                    "Sovereignty is confirmed. | Agreed".to_owned()
                ),
                (
                    "2".to_owned(),
                    "A pact is signed; all parties sign it. | Open | see annex".to_owned()
                ),
                ("3".to_owned(), "The army is capped. | Rejected".to_owned()),
            ],
            "{name}"
        );
    }
}

#[test]
fn tracked_changes_are_read_as_accepted_and_said() {
    let tracked = load(DRAFTS[0], "docx");
    assert!(
        tracked
            .encoding
            .contains(clausewise::draft::formats::TRACKED_NOTE),
        "{}",
        tracked.encoding
    );
    let at6 = tracked
        .points
        .iter()
        .position(|p| p.label == "6")
        .expect("point 6");
    let point6 = &tracked.points[at6];
    assert_eq!(
        point6.text,
        "Ukraine's armed forces are capped at 600,000 personnel."
    );
    // The deleted numbered paragraph after point 6 took no number: point 7 is still 7.
    assert_eq!(tracked.points[at6 + 1].label, "7");
    assert!(!tracked.source.contains("reserve"));
    assert!(!tracked.source.contains("DOCPROPERTY"));
    let plain = load(DRAFTS[1], "docx");
    assert_eq!(plain.encoding, "Word document (.docx)");
}

#[test]
fn a_pdf_without_text_says_so() {
    if !cfg!(feature = "pdf") {
        return;
    }
    // One line naming the file: nothing is compared (a draft of one explanatory row would
    // report every point of the other draft as added).
    let err = Draft::load(Path::new("samples/formats/scan-without-text.pdf"))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("samples/formats/scan-without-text.pdf: "),
        "{err}"
    );
    assert!(
        err.contains(clausewise::draft::formats::pdf::NO_TEXT_ERROR),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
}

type RowKey = (Status, bool, Vec<usize>, Vec<usize>);

fn rows(old: &Draft, new: &Draft) -> Vec<RowKey> {
    compare(old, new, &TextOptions::default())
        .rows
        .iter()
        .map(|r| (r.status, r.moved, r.old.clone(), r.new.clone()))
        .collect()
}

#[test]
fn comparisons_across_formats_match_the_text_ones() {
    let (n28, n19, n20) = (DRAFTS[0], DRAFTS[1], DRAFTS[2]);
    let expected = rows(&load(n28, "txt"), &load(n20, "txt"));
    assert_eq!(rows(&load(n28, "docx"), &load(n20, "docx")), expected);
    if cfg!(feature = "pdf") {
        assert_eq!(rows(&load(n28, "docx"), &load(n20, "pdf")), expected);
    }
    assert_eq!(rows(&load(n28, "odt"), &load(n20, "html")), expected);
    let expected = rows(&load(n19, "txt"), &load(n20, "txt"));
    assert_eq!(rows(&load(n19, "html"), &load(n20, "txt")), expected);
}

fn clausewise() -> Command {
    let mut cmd = Command::cargo_bin("clausewise").unwrap();
    cmd.env("CLAUSEWISE_EXE", env!("CARGO_BIN_EXE_clausewise"));
    cmd
}

#[test]
fn cli_compares_any_pair_of_formats() {
    let mut pairs = vec![("docx", "html"), ("odt", "txt")];
    if cfg!(feature = "pdf") {
        pairs.push(("docx", "pdf"));
    }
    for (a, b) in pairs {
        let out = clausewise()
            .arg("compare")
            .arg(sample(DRAFTS[0], a))
            .arg(sample(DRAFTS[2], b))
            .output()
            .unwrap();
        assert!(out.status.success(), "{a}/{b}: {:?}", out);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("(28 points)") && text.contains("(20 points)"),
            "{text}"
        );
        // The 28-point Word file has tracked changes: the CLI says they were accepted.
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            err.contains("tracked changes read as accepted"),
            a == "docx",
            "{a}/{b}: {err}"
        );
    }
}

/// Runs `clausewise compare BAD good.txt` and returns the single error line.
fn cli_error(bad: &Path) -> String {
    let out = clausewise()
        .arg("compare")
        .arg(bad)
        .arg(sample(DRAFTS[0], "txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}: {:?}", bad.display(), out);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(&bad.display().to_string()), "{err}");
    err
}

fn zip_with(dir: &Path, name: &str, parts: &[(&str, &[u8])]) -> PathBuf {
    use std::io::Write;
    let path = dir.join(name);
    let file = std::fs::File::create(&path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (part, data) in parts {
        zip.start_file(*part, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap();
    path
}

#[test]
fn malformed_files_give_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let docx = std::fs::read(sample(DRAFTS[0], "docx")).unwrap();
    let err = cli_error(&write("truncated.docx", &docx[..docx.len() / 2]));
    assert!(err.contains("ZIP"), "{err}");
    let err = cli_error(&write("garbage.docx", b"PK\x03\x04 not really a zip"));
    assert!(err.contains("ZIP"), "{err}");
    let err = cli_error(&zip_with(dir.path(), "other.zip", &[("a.txt", b"x")]));
    assert!(err.contains("neither"), "{err}");
    let err = cli_error(&zip_with(
        dir.path(),
        "badxml.docx",
        &[("word/document.xml", b"<w:document><w:body><w:p>")],
    ));
    assert!(err.contains("truncated"), "{err}");
    let err = cli_error(&zip_with(
        dir.path(),
        "entity.docx",
        &[(
            "word/document.xml",
            b"<!DOCTYPE d [<!ENTITY x \"boom\">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
        )],
    ));
    assert!(err.contains("entity"), "{err}");
    // Found by fuzzing: quick-xml quotes the bad end tag, line break included.
    let err = cli_error(&zip_with(
        dir.path(),
        "newline.docx",
        &[(
            "word/document.xml",
            b"<w:document><w:body></w:bo\ndy></w:document>",
        )],
    ));
    assert!(err.contains("\\n"), "{err}");
    let many: Vec<(String, Vec<u8>)> = (0..1001).map(|k| (format!("f{k}"), Vec::new())).collect();
    let many: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    let err = cli_error(&zip_with(dir.path(), "many.docx", &many));
    assert!(err.contains("1000"), "{err}");
    let err = cli_error(&write("deep.html", "<div>".repeat(5000).as_bytes()));
    assert!(err.contains("deep"), "{err}");
    let err = cli_error(&write(
        "empty.html",
        b"<html><body><script>x</script></body></html>",
    ));
    assert!(err.contains("empty"), "{err}");
    let big = vec![b'x'; clausewise::draft::formats::MAX_HTML_SIZE as usize + 1];
    let err = cli_error(&write("big.html", &big));
    assert!(err.contains("too large"), "{err}");
    let err = cli_error(&write("bad.odt", b"PK\x03\x04"));
    assert!(err.contains("ZIP"), "{err}");
    if cfg!(feature = "pdf") {
        cli_error(&write("bad.pdf", b"%PDF-1.7\nthis is no PDF at all\n%%EOF"));
    }
}

/// A sample's bytes with a few of them changed, or cut short.
fn mutated(bytes: &[u8], edits: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, value) in edits {
        let at = at % out.len();
        out[at] = value;
    }
    if let Some(cut) = cut {
        out.truncate(cut % (out.len() + 1));
    }
    out
}

fn fuzz_one(ext: &str, edits: &[(usize, u8)], cut: Option<usize>) -> Result<(), TestCaseError> {
    let bytes = std::fs::read(sample(DRAFTS[2], ext)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("fuzzed.{ext}"));
    std::fs::write(&path, mutated(&bytes, edits, cut)).unwrap();
    match Draft::load(&path) {
        Ok(_) => {}
        Err(e) => {
            let msg = e.to_string();
            prop_assert!(msg.starts_with(&path.display().to_string()), "{msg}");
            prop_assert!(!msg.contains('\n'), "{msg}");
        }
    }
    Ok(())
}

/// Rewrites a sample package with one XML part's bytes mutated (so that the XML and numbering
/// code is reached, not only the ZIP checks), then reads it.
fn fuzz_part(
    ext: &str,
    part: &str,
    edits: &[(usize, u8)],
    cut: Option<usize>,
) -> Result<(), TestCaseError> {
    use std::io::{Read, Write};
    let bytes = std::fs::read(sample(DRAFTS[0], ext)).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("fuzzed.{ext}"));
    let mut out = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for k in 0..archive.len() {
        let mut file = archive.by_index(k).unwrap();
        let name = file.name().unwrap().into_owned();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == part {
            data = mutated(&data, edits, cut);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap();
    if let Err(e) = Draft::load(&path) {
        let msg = e.to_string();
        prop_assert!(msg.starts_with(&path.display().to_string()), "{msg}");
        prop_assert!(!msg.contains('\n'), "{msg}");
    }
    Ok(())
}

/// Cases per fuzz test: `default` in CI, `FORMATS_FUZZ_CASES` for a longer local run.
fn fuzz_cases(default: u32) -> u32 {
    std::env::var("FORMATS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8)>> {
    prop::collection::vec((any::<usize>(), any::<u8>()), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: fuzz_cases(48), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fuzzed_docx_never_panics(e in edits(), cut in prop::option::of(any::<usize>())) {
        fuzz_one("docx", &e, cut)?;
    }

    #[test]
    fn fuzzed_odt_never_panics(e in edits(), cut in prop::option::of(any::<usize>())) {
        fuzz_one("odt", &e, cut)?;
    }

    #[test]
    fn fuzzed_word_xml_never_panics(e in edits(), cut in prop::option::of(any::<usize>()), part in prop::sample::select(vec!["word/document.xml", "word/numbering.xml", "word/styles.xml"])) {
        fuzz_part("docx", part, &e, cut)?;
    }

    #[test]
    fn fuzzed_odt_xml_never_panics(e in edits(), cut in prop::option::of(any::<usize>())) {
        fuzz_part("odt", "content.xml", &e, cut)?;
    }

    #[test]
    fn fuzzed_html_never_panics(e in edits(), cut in prop::option::of(any::<usize>())) {
        fuzz_one("html", &e, cut)?;
    }
}

proptest! {
    // Each case starts a child process: few cases.
    #![proptest_config(ProptestConfig { cases: fuzz_cases(8), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fuzzed_pdf_never_panics(e in edits(), cut in prop::option::of(any::<usize>())) {
        if cfg!(feature = "pdf") {
            fuzz_one("pdf", &e, cut)?;
        }
    }
}
