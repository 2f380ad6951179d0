//! Background work: loading drafts, comparing, file dialogs. Each job runs on its own thread and
//! reports through a channel; the UI thread only polls.

use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, OnceLock};

use super::model::{Prepared, PreparedHistory};
use crate::draft::Draft;

/// What a finished job hands back.
#[derive(Debug)]
pub enum JobOutput {
    /// Drafts read from files, in the order asked for; errors are one line naming the file.
    Loaded(Vec<(PathBuf, Result<Draft, String>)>),
    /// A comparison, tagged with the request it answers.
    Compared {
        /// Which request this answers (the app drops stale answers).
        generation: u64,
        /// The prepared comparison.
        prepared: Box<Prepared>,
    },
    /// The history of the open drafts, tagged with the request it answers.
    History {
        /// Which request this answers (stale answers are dropped).
        generation: u64,
        /// The prepared history.
        prepared: Box<PreparedHistory>,
    },
    /// Files chosen in the open dialog (`None`: cancelled or no dialog available).
    Picked(Option<Vec<PathBuf>>),
    /// Where to save the review (`None`: cancelled or no dialog available).
    SaveTo(Option<PathBuf>),
    /// Where to export the report (`None`: cancelled or no dialog available).
    ExportTo(Option<PathBuf>),
    /// A review saved or autosaved (the path) or the one-line error; `revision` is the
    /// session's revision the file holds.
    Saved {
        /// An autosave (side file), not a save.
        autosave: bool,
        /// The session's revision when the job was made.
        revision: u64,
        /// The file written, or why not (the file changed on disk: ask what to do).
        result: Result<crate::review::session::Written, crate::review::session::SaveError>,
    },
    /// A report written (the path) or the one-line error.
    Exported(Result<PathBuf, String>),
    /// A draft made of what the clipboard holds, or the one-line reason there is none.
    Pasted(Result<Draft, String>),
    /// Where to save the pasted draft `0` (`None`: cancelled or no dialog available).
    DraftSaveTo(crate::review::session::DraftId, Option<PathBuf>),
    /// The pasted draft `0` written to a file (the path), or the one-line error.
    DraftSaved(crate::review::session::DraftId, Result<PathBuf, String>),
    /// A font for Chinese and Japanese found among the system's fonts, or none.
    CjkFont(Option<super::fonts::SystemFont>),
    /// The job panicked; the message says what it was doing.
    Failed(String),
}

/// The running jobs and the channel their results come back on.
pub struct Jobs {
    tx: Sender<(u64, JobOutput)>,
    rx: Receiver<(u64, JobOutput)>,
    next_id: u64,
    /// Jobs still running, with a description for the progress indicator.
    running: Vec<(u64, String)>,
    ctx: Arc<OnceLock<egui::Context>>,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Jobs {
            tx,
            rx,
            next_id: 0,
            running: Vec::new(),
            ctx: Arc::new(OnceLock::new()),
        }
    }
}

impl Jobs {
    /// Lets workers wake the UI when they finish (the first context given is kept).
    pub fn set_context(&self, ctx: &egui::Context) {
        let _ = self.ctx.set(ctx.clone());
    }

    /// Runs `work` on a new thread; `what` is shown while it runs ("Comparing …").
    pub fn spawn(&mut self, what: String, work: impl FnOnce() -> JobOutput + Send + 'static) {
        let id = self.next_id;
        self.next_id += 1;
        let tx = self.tx.clone();
        let ctx = Arc::clone(&self.ctx);
        let failure = format!("{what} failed unexpectedly");
        self.running.push((id, what));
        let spawned = std::thread::Builder::new()
            .name("clausewise-job".to_owned())
            .spawn(move || {
                let output = std::panic::catch_unwind(AssertUnwindSafe(work))
                    .unwrap_or(JobOutput::Failed(failure));
                // The receiver is gone only when the app is closing.
                let _ = tx.send((id, output));
                if let Some(ctx) = ctx.get() {
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            let _ = self
                .tx
                .send((id, JobOutput::Failed(format!("cannot start a thread: {e}"))));
        }
    }

    /// A finished job's output, if any, without waiting.
    pub fn try_next(&mut self) -> Option<JobOutput> {
        let (id, output) = self.rx.try_recv().ok()?;
        self.running.retain(|(i, _)| *i != id);
        Some(output)
    }

    /// Waits for the next finished job; `None` when nothing is running.
    pub fn wait_next(&mut self) -> Option<JobOutput> {
        if self.running.is_empty() {
            return self.try_next();
        }
        let (id, output) = self.rx.recv().ok()?;
        self.running.retain(|(i, _)| *i != id);
        Some(output)
    }

    /// Descriptions of the running jobs, oldest first.
    pub fn running(&self) -> impl Iterator<Item = &str> {
        self.running.iter().map(|(_, what)| what.as_str())
    }

    /// True while any job runs.
    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }
}

/// Loads drafts in parallel, keeping their order.
pub fn load_drafts(paths: Vec<PathBuf>) -> JobOutput {
    use rayon::prelude::*;
    let loaded = paths
        .into_par_iter()
        .map(|path| {
            let draft = Draft::load(&path).map_err(|e| e.to_string());
            (path, draft)
        })
        .collect();
    JobOutput::Loaded(loaded)
}

/// Shows the native open dialog (blocks its own thread, not the UI).
pub fn pick_files() -> JobOutput {
    let files = rfd::FileDialog::new()
        .set_title("Open drafts")
        .add_filter(
            "Drafts and reviews (.txt, .md, .docx, .odt, .pdf, .html, .csv, .ron)",
            &[
                "txt", "md", "markdown", "text", "docx", "odt", "pdf", "html", "htm", "csv", "tsv",
                "ron",
            ],
        )
        .add_filter("Reviews (.ron)", &["ron"])
        .add_filter("All files", &["*"])
        .pick_files();
    JobOutput::Picked(files)
}

/// Shows the native save dialog for a review file (blocks its own thread, not the UI).
pub fn pick_save_path() -> JobOutput {
    let path = rfd::FileDialog::new()
        .set_title("Save review")
        .add_filter("Clausewise review (.ron)", &["ron"])
        .set_file_name("review.ron")
        .save_file();
    // A review is opened as one by its extension: a name typed without it gets it.
    JobOutput::SaveTo(path.map(|p| {
        if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) {
            p
        } else {
            let mut name = p.into_os_string();
            name.push(".ron");
            std::path::PathBuf::from(name)
        }
    }))
}

/// Shows the native save dialog for an exported report.
pub fn pick_export_path() -> JobOutput {
    let path = rfd::FileDialog::new()
        .set_title("Export report")
        .add_filter("HTML report", &["html"])
        .add_filter("Markdown report", &["md"])
        .set_file_name("report.html")
        .save_file();
    JobOutput::ExportTo(path)
}

/// Reads the clipboard into a draft ([`crate::draft::pasted::from_clipboard`]): its HTML when
/// it offers some (the list numbers of a web page are only there), else `pasted` (the text of a
/// Ctrl+V) or its text. With `system` false (a headless app: tests, benchmarks) the system
/// clipboard is not touched and only `pasted` is used.
pub fn read_clipboard(pasted: Option<String>, system: bool) -> JobOutput {
    let mut clipboard = system.then(|| arboard::Clipboard::new().ok()).flatten();
    let html = clipboard.as_mut().and_then(|c| c.get().html().ok());
    let text = pasted.or_else(|| clipboard.as_mut().and_then(|c| c.get_text().ok()));
    JobOutput::Pasted(crate::draft::pasted::from_clipboard(
        text.as_deref(),
        html.as_deref(),
    ))
}

/// Shows the save dialog for the pasted draft `id`, offering `file_name` (blocks its own
/// thread, not the UI).
pub fn pick_draft_path(id: crate::review::session::DraftId, file_name: String) -> JobOutput {
    let path = rfd::FileDialog::new()
        .set_title("Save draft as")
        .add_filter("Text (.txt)", &["txt"])
        .set_file_name(file_name)
        .save_file();
    JobOutput::DraftSaveTo(id, path)
}
