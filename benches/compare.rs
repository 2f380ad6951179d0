//! Benchmarks of the core, stage by stage, on the reference sizes of the benchmark corpus
//! (medium: 2,000 points, ~145k words a side; large: 20,000 points, ~1.45M words a side).
//! The drafts are generated on first use into `target/bench-corpus/` by `benches/gen_drafts.py`.
//!
//! `cargo bench --bench compare`. Whole-process figures, set against `git diff --word-diff`,
//! come from `scripts/bench.sh`.

use std::path::{Path, PathBuf};
use std::process::Command;

use clausewise::report::{self, Format};
use clausewise::{Draft, TextOptions, compare};

fn main() {
    divan::main();
}

const SIZES: [&str; 2] = ["medium", "large"];

/// The pair of drafts of a reference size, generated if missing.
fn corpus(name: &str) -> (PathBuf, PathBuf) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-corpus")
        .join(name);
    let old = dir.join("draft_00.txt");
    let new = dir.join("draft_01.txt");
    if !new.exists() {
        let args: &[&str] = match name {
            "medium" => &["--points", "2000", "--seed", "2", "--edit-rate", "0.1"],
            _ => &["--points", "20000", "--seed", "3", "--edit-rate", "0.1"],
        };
        let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/gen_drafts.py");
        let status = Command::new("python3")
            .arg(&generator)
            .args(args)
            .arg("--out-dir")
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("{}: cannot run python3: {e}", generator.display()));
        assert!(status.success(), "{} failed", generator.display());
    }
    (old, new)
}

fn load(name: &str) -> (Draft, Draft) {
    let (old, new) = corpus(name);
    (Draft::load(&old).unwrap(), Draft::load(&new).unwrap())
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn load_and_parse(bencher: divan::Bencher, name: &str) {
    let (old, new) = corpus(name);
    bencher.bench(|| (Draft::load(&old).unwrap(), Draft::load(&new).unwrap()));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn align_and_diff(bencher: divan::Bencher, name: &str) {
    let (old, new) = load(name);
    bencher.bench(|| compare(&old, &new, &TextOptions::default()));
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn json_report(bencher: divan::Bencher, name: &str) {
    let (old, new) = load(name);
    let comparison = compare(&old, &new, &TextOptions::default());
    bencher.bench(|| {
        let mut out = Vec::with_capacity(1 << 20);
        report::write(&mut out, Format::Json, &old, &new, &comparison).unwrap();
        out
    });
}
