//! Frame time of the desktop app, headless (the real app state drawn by a bare `egui::Context`
//! at 1280x800, no window and no GPU): scrolling through a 20,000-point comparison, jumping
//! from change to change, then scrolling the history view of five such drafts.
//!
//! `cargo bench --bench gui_frame`. The corpus is `/tmp/corpus/large5` (or
//! `$CLAUSEWISE_CORPUS`): five drafts of 20,000 points; when it is missing it is generated into
//! a temporary directory with `benches/gen_drafts.py`, and without Python the benchmark
//! is skipped.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use clausewise::gui::{App, Command as AppCommand, ViewMode, install_fonts};
use egui::{Event, MouseWheelUnit, Pos2, RawInput, Rect, vec2};

const FRAMES: usize = 600;
const WARM_UP: usize = 20;

fn main() {
    let Some((dir, _keep)) = corpus() else {
        println!("gui_frame: skipped (no corpus and no python3 to generate one)");
        return;
    };
    let files = vec![dir.join("draft_00.txt"), dir.join("draft_01.txt")];
    let start = Instant::now();
    let mut app = App::from_paths(files);
    app.wait_for_jobs();
    let Some(prepared) = app.prepared() else {
        println!(
            "gui_frame: skipped (could not load the corpus: {:?})",
            app.errors()
        );
        return;
    };
    println!(
        "gui_frame: {} rows; load + compare + prepare in the background: {:.2} s",
        prepared.comparison.rows.len(),
        start.elapsed().as_secs_f64()
    );

    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0));
    let mut time = 0.0;
    let mut frame = |events: Vec<Event>, app: &mut App| -> (Duration, Duration) {
        time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(screen),
            time: Some(time),
            events,
            ..Default::default()
        };
        let t0 = Instant::now();
        let output = ctx.run_ui(input, |ui| app.frame_ui(ui));
        let t1 = Instant::now();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let t2 = Instant::now();
        std::hint::black_box(primitives);
        (t1 - t0, t2 - t1)
    };

    // The pointer over the list, so that the wheel scrolls it.
    let pointer = Pos2::new(600.0, 450.0);
    for _ in 0..WARM_UP {
        frame(vec![Event::PointerMoved(pointer)], &mut app);
    }
    let top_before = app.drawn_rows().first().copied();
    let mut ui_times = Vec::with_capacity(FRAMES);
    let mut all_times = Vec::with_capacity(FRAMES);
    for k in 0..FRAMES {
        // A wheel notch of 120 points per frame (7,200 points a second at 60 fps), and a
        // page-sized jump every 100 frames.
        let delta = if k % 100 == 99 { -8000.0 } else { -120.0 };
        let wheel = wheel(delta);
        let (ui, tess) = frame(vec![Event::PointerMoved(pointer), wheel], &mut app);
        ui_times.push(ui);
        all_times.push(ui + tess);
    }
    let top_after = app.drawn_rows().first().copied();
    println!("gui_frame: scrolled from row {top_before:?} to row {top_after:?}");
    // Jumping from change to change (`n`), each a scroll to a far row.
    let mut jump_times = Vec::new();
    for _ in 0..100 {
        let key = Event::Key {
            key: egui::Key::N,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        };
        let (ui, tess) = frame(vec![key], &mut app);
        let (ui2, tess2) = frame(vec![], &mut app);
        jump_times.push(ui + tess);
        jump_times.push(ui2 + tess2);
    }
    report("scroll, egui pass (CPU)", &mut ui_times);
    report("scroll, egui pass + tessellation", &mut all_times);
    report("next change (n), pass + tessellation", &mut jump_times);

    // The history view of all five drafts.
    let files: Vec<PathBuf> = (0..5)
        .map(|k| dir.join(format!("draft_{k:02}.txt")))
        .collect();
    let start = Instant::now();
    let mut app = App::from_paths(files);
    app.wait_for_jobs();
    app.apply(AppCommand::SetView(ViewMode::History));
    app.wait_for_jobs();
    let Some(h) = app.history() else {
        println!(
            "gui_frame: history skipped (no history: {:?})",
            app.errors()
        );
        return;
    };
    println!(
        "gui_frame: history of {} drafts, {} points followed; load + history in the background: {:.2} s",
        h.drafts.len(),
        h.history.lineages.len(),
        start.elapsed().as_secs_f64()
    );
    let pointer = Pos2::new(700.0, 650.0);
    for _ in 0..WARM_UP {
        frame(vec![Event::PointerMoved(pointer)], &mut app);
    }
    let mut history_times = Vec::with_capacity(FRAMES);
    for k in 0..FRAMES {
        let delta = if k % 100 == 99 { -8000.0 } else { -120.0 };
        let wheel = wheel(delta);
        let (ui, tess) = frame(vec![Event::PointerMoved(pointer), wheel], &mut app);
        history_times.push(ui + tess);
    }
    report(
        "history view scroll, pass + tessellation",
        &mut history_times,
    );
}

/// A scroll of `delta` points (negative: down).
fn wheel(delta: f32) -> Event {
    Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, delta),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    }
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "gui_frame: {what}: median {:.2} ms, p95 {:.2} ms, max {:.2} ms over {} frames",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0)),
        times.len()
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The corpus directory, and the temporary directory to keep alive when it was generated.
fn corpus() -> Option<(PathBuf, Option<tempfile::TempDir>)> {
    let dir = std::env::var_os("CLAUSEWISE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/corpus/large5"));
    if dir.join("draft_04.txt").is_file() {
        return Some((dir, None));
    }
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/gen_drafts.py");
    let tmp = tempfile::tempdir().ok()?;
    println!(
        "gui_frame: generating five 20,000-point drafts into {}",
        tmp.path().display()
    );
    let status = Command::new("python3")
        .arg(&generator)
        .args([
            "--points",
            "20000",
            "--seed",
            "3",
            "--edit-rate",
            "0.1",
            "--drafts",
            "5",
            "--out-dir",
        ])
        .arg(tmp.path())
        .status()
        .ok()?;
    if !status.success() {
        return None;
    }
    Some((tmp.path().to_owned(), Some(tmp)))
}
