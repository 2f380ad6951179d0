//! Command-line interface: argument parsing and the `compare` command.
//!
//! `clausewise` with no command opens the desktop app (with the files given, if any);
//! `clausewise compare OLD NEW` writes a comparison. Exit codes: 0 success, 1 an input or
//! output error (one line on stderr naming the file), 2 a usage error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, CommandFactory, Parser, Subcommand};
use rayon::prelude::*;

use crate::compare::TextOptions;
use crate::draft::Draft;
use crate::report::{self, Format};

/// Compare successive drafts of a numbered document point by point.
#[derive(Debug, Parser)]
#[command(
    name = "clausewise",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Drafts (or a review, REVIEW.ron) to open in the desktop app, oldest first.
    pub files: Vec<PathBuf>,
    /// In the desktop app, show draft OLD (1 is the first) against draft NEW first, instead of
    /// the last draft against the one before it.
    #[arg(long, requires = "new", value_parser = clap::value_parser!(u16).range(1..))]
    pub old: Option<u16>,
    /// See --old.
    #[arg(long, requires = "old", value_parser = clap::value_parser!(u16).range(1..))]
    pub new: Option<u16>,
    /// What to do; without a command the desktop app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two drafts: which points were kept, reworded, moved, merged, split, removed, added.
    Compare(CompareArgs),
    /// Follow every point through successive drafts (oldest first): when it was removed, added,
    /// restored or reworded.
    History(HistoryArgs),
    /// Write the report of a review (REVIEW.ron): counts, categories by status, the removed
    /// points with their annotations, then every change.
    Report(ReportArgs),
    /// Show how a draft was split: encoding, title, preamble, each point's label, lines and
    /// first words, section headings, and which numbering scheme was chosen and why.
    Inspect(InspectArgs),
    /// Internal: print a PDF's text (run by Clausewise itself in a child process, so that a
    /// hang or crash in the PDF library cannot take the app down).
    #[command(name = "extract-pdf-text", hide = true)]
    ExtractPdfText {
        /// The PDF file.
        path: PathBuf,
    },
}

/// Arguments of `clausewise inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The draft to inspect.
    pub file: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = InspectFormat::Text)]
    pub format: InspectFormat,
}

/// Output formats of `clausewise inspect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InspectFormat {
    /// A header, then one line per point (label, lines, first words).
    Text,
    /// The same as a JSON object.
    Json,
}

/// Runs `clausewise inspect`.
pub fn run_inspect(args: &InspectArgs) -> anyhow::Result<()> {
    let draft = Draft::load(&args.file)?;
    let inspection = crate::draft::inspect::inspect(&draft);
    emit(None, |w| match args.format {
        InspectFormat::Text => {
            crate::draft::inspect::write_text(w, &args.file.display().to_string(), &inspection)
        }
        InspectFormat::Json => crate::draft::inspect::write_json(w, &inspection),
    })
}

/// The values of `--format` of `compare` and `history`, with their help.
const FORMATS: [(Format, &str); 4] = [
    (
        Format::Text,
        "Readable in a terminal: one line per point, changes as `[-old-]{+new+}`",
    ),
    (
        Format::Markdown,
        "A Markdown report: summary table, removed and added points, then every change",
    ),
    (
        Format::Json,
        "Machine-readable JSON (the format is documented in the README)",
    ),
    (
        Format::Html,
        "One self-contained HTML file (inline style; all draft text escaped)",
    ),
];

/// The values of `--format` of `report` (a review report has no text form), with their help.
const REVIEW_FORMATS: [(Format, &str); 3] = [
    (Format::Markdown, "A Markdown report"),
    (
        Format::Html,
        "One self-contained HTML file (inline style; all draft text escaped)",
    ),
    (Format::Json, "Machine-readable JSON"),
];

/// Parses `--format` into the library's [`Format`] (which has no clap dependency), offering
/// `values` with their help; any other name is a usage error.
fn format_parser(
    values: &'static [(Format, &'static str)],
) -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(
        values
            .iter()
            .map(|&(format, help)| PossibleValue::new(format.name()).help(help)),
    )
    .try_map(|name| Format::from_name(&name).ok_or("not a report format"))
}

/// Arguments of `clausewise report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The review file (RON); its drafts are found relative to it.
    pub review: PathBuf,
    /// Output format.
    #[arg(long, short, value_parser = format_parser(&REVIEW_FORMATS), default_value_t = Format::Markdown)]
    pub format: Format,
    /// Write to this file instead of standard output (written atomically).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Compare draft OLD (1 is the first) with draft NEW instead of each draft with the next.
    #[arg(long, requires = "new")]
    pub old: Option<usize>,
    /// See --old.
    #[arg(long, requires = "old")]
    pub new: Option<usize>,
    /// Read drafts that the review names outside its own folder (an absolute path, or one
    /// that leaves the folder with `..`); refused otherwise, as a review received from someone
    /// else could name any file.
    #[arg(long)]
    pub allow_outside: bool,
}

/// Arguments of `clausewise history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The drafts, oldest first (two or more).
    #[arg(required = true, num_args = 2..)]
    pub drafts: Vec<PathBuf>,
    /// Use the categories of this review (the drafts must be among its drafts): per lineage in
    /// JSON, a "By category" section in the other formats.
    #[arg(long)]
    pub review: Option<PathBuf>,
    /// Output and comparison options.
    #[command(flatten)]
    pub out: OutputArgs,
}

/// Where and how a command writes, and what the comparison ignores.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, short, value_parser = format_parser(&FORMATS), default_value_t = Format::Text)]
    pub format: Format,
    /// Write to this file instead of standard output (written atomically).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// What to ignore when comparing.
    #[command(flatten)]
    pub options: OptionArgs,
}

/// Arguments of `clausewise compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The older draft: .txt or .md (UTF-8, UTF-16 or a legacy encoding such as Windows-1251),
    /// .docx, .odt, .pdf, .html, or a spreadsheet saved as .csv or .tsv (a row per point).
    pub old: PathBuf,
    /// The newer draft.
    pub new: PathBuf,
    /// Add the annotations of this review (both drafts must be among its drafts) to each row;
    /// with `--format json`.
    #[arg(long)]
    pub review: Option<PathBuf>,
    /// Output and comparison options.
    #[command(flatten)]
    pub out: OutputArgs,
}

/// Comparison options shared by the commands.
#[derive(Debug, Args, Clone, Copy)]
pub struct OptionArgs {
    /// Treat upper and lower case as the same.
    #[arg(long)]
    pub ignore_case: bool,
    /// Leave punctuation out of the comparison.
    #[arg(long)]
    pub ignore_punctuation: bool,
    /// Leave white space out of the comparison.
    #[arg(long)]
    pub ignore_whitespace: bool,
}

impl From<OptionArgs> for TextOptions {
    fn from(a: OptionArgs) -> Self {
        TextOptions {
            ignore_case: a.ignore_case,
            ignore_punctuation: a.ignore_punctuation,
            ignore_whitespace: a.ignore_whitespace,
        }
    }
}

/// Runs `clausewise history`.
pub fn run_history(args: &HistoryArgs) -> anyhow::Result<()> {
    let files: Vec<&Path> = args.drafts.iter().map(PathBuf::as_path).collect();
    let review = match &args.review {
        Some(path) => {
            let (review, indices) = review_for(path, &files)?;
            if let Some(k) = indices.iter().position(Option::is_none) {
                anyhow::bail!(
                    "{}: is not a draft of the review {}",
                    files[k].display(),
                    path.display()
                );
            }
            Some((path, review, indices))
        }
        None => None,
    };
    if let Some(out) = &args.out.output {
        let mut inputs = Inputs::drafts(&files);
        if let Some((path, review, _)) = &review {
            inputs.add_review(path, review);
        }
        inputs.refuse_as_output(out)?;
    }
    let drafts = load_drafts(&args.drafts)?;
    // With a review, its alignment corrections of each consecutive pair apply to that step.
    let decisions: Vec<Vec<crate::compare::manual::Decision>> = match &review {
        Some((_, review, indices)) => (1..drafts.len())
            .map(|s| match (indices[s - 1], indices[s]) {
                (Some(o), Some(n)) => review.decisions(o, n, &drafts[s - 1], &drafts[s]).decisions,
                _ => Vec::new(),
            })
            .collect(),
        None => Vec::new(),
    };
    let history =
        crate::compare::history::history_with(&drafts, &args.out.options.into(), &decisions);
    let notes = match review {
        Some((_, review, indices)) => {
            let mut at: std::collections::HashMap<(usize, usize), Vec<usize>> =
                std::collections::HashMap::new();
            for (d, k) in indices.iter().enumerate() {
                if let Some(k) = *k {
                    for (a, point) in review.placements_in(k, &drafts[d]) {
                        at.entry((d, point)).or_default().push(a);
                    }
                }
            }
            let notes = report::history::lineage_notes(&history, |d, p| {
                at.get(&(d, p))
                    .map(|v| v.iter().map(|&a| &review.annotations[a]).collect())
                    .unwrap_or_default()
            });
            Some((notes, review.taxonomy()))
        }
        None => None,
    };
    emit(args.out.output.as_deref(), |w| match &notes {
        Some((notes, taxonomy)) => report::history::write_with_notes(
            w,
            args.out.format,
            &drafts,
            &history,
            notes,
            taxonomy,
        ),
        None => report::history::write(w, args.out.format, &drafts, &history),
    })
}

/// Runs `clausewise report`.
pub fn run_report(args: &ReportArgs) -> anyhow::Result<()> {
    let review = crate::review::Review::load(&args.review)?;
    let paths = review.draft_paths(&args.review);
    if let Some(out) = &args.output {
        let mut inputs = Inputs::default();
        inputs.add_review(&args.review, &review);
        inputs.refuse_as_output(out)?;
    }
    if paths.len() < 2 {
        anyhow::bail!(
            "{}: a review needs two or more drafts",
            args.review.display()
        );
    }
    if !args.allow_outside
        && let Some(outside) = review.paths_outside(&args.review, &[]).into_iter().next()
    {
        return Err(crate::Error::Outside {
            review: args.review.clone(),
            draft: outside,
        }
        .into());
    }
    let drafts = load_drafts(&paths)?;
    let pairs: Vec<(usize, usize)> = match (args.old, args.new) {
        (Some(o), Some(n)) => {
            let valid = 1..=drafts.len();
            if !valid.contains(&o) || !valid.contains(&n) || o == n {
                anyhow::bail!(
                    "{}: --old and --new must be two different drafts from 1 to {}",
                    args.review.display(),
                    drafts.len()
                );
            }
            vec![(o - 1, n - 1)]
        }
        _ => (1..drafts.len()).map(|k| (k - 1, k)).collect(),
    };
    let options = crate::compare::TextOptions::default();
    // The reader's alignment corrections of each pair apply to its rows.
    let comparisons: Vec<_> = pairs
        .par_iter()
        .map(|&(o, n)| {
            let fixes = review.decisions(o, n, &drafts[o], &drafts[n]);
            crate::compare::compare_with(&drafts[o], &drafts[n], &options, &fixes.decisions)
        })
        .collect();
    let pairs: Vec<report::review::Pair<'_>> = pairs
        .iter()
        .zip(&comparisons)
        .map(|(&(old, new), comparison)| report::review::Pair {
            old,
            new,
            comparison,
        })
        .collect();
    emit(args.output.as_deref(), |w| {
        report::review::write(w, args.format, &review, &drafts, &pairs)
    })
}

/// Writes a report to `output` (atomically) or to standard output.
fn emit(
    output: Option<&Path>,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            crate::fsutil::write_atomically(path, false, render).map_err(anyhow::Error::from)
        }
        None => {
            use std::io::IsTerminal;
            let stdout = std::io::stdout();
            let terminal = stdout.is_terminal();
            let mut w = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
            // On a terminal, escape sequences in a draft are shown, not obeyed.
            let written = if terminal {
                let mut visible = report::text::VisibleControls::new(&mut w);
                render(&mut visible).and_then(|()| visible.flush())
            } else {
                render(&mut w)
            };
            match written.and_then(|()| w.flush()) {
                Ok(()) => Ok(()),
                // A closed pipe (`clausewise compare a b | head`) is not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(e).context("standard output: cannot write"),
            }
        }
    }
}

/// Runs `clausewise compare`, as the last thing the process does: it leaves the drafts and
/// the comparison to the operating system to free (see the end), so it is not public.
fn run_compare(args: &CompareArgs) -> anyhow::Result<()> {
    if let Some(out) = &args.out.output {
        let mut inputs = Inputs::drafts(&[&args.old, &args.new]);
        if let Some(path) = &args.review {
            // Only to know what must not be written over; read again below.
            inputs.add_review(path, &crate::review::Review::load(path)?);
        }
        inputs.refuse_as_output(out)?;
    }
    let timer = Timer::from_env();
    let loaded = load_drafts(&[&args.old, &args.new])?;
    let Ok([old, new]) = <[Draft; 2]>::try_from(loaded) else {
        anyhow::bail!("two drafts expected");
    };
    timer.lap("load and parse");
    let review = match &args.review {
        Some(path) => {
            let (review, indices) = review_for(path, &[&args.old, &args.new])?;
            let [Some(o), Some(n)] = indices[..] else {
                anyhow::bail!(
                    "{}: OLD and NEW must both be drafts of this review",
                    path.display()
                );
            };
            // Where the annotations of OLD and NEW are; the review's other drafts play no part.
            let mut placements = vec![crate::review::Placement::Orphaned; review.annotations.len()];
            for (k, draft) in [(o, &old), (n, &new)] {
                for (a, point) in review.placements_in(k, draft) {
                    placements[a] = crate::review::Placement::Placed(point);
                }
            }
            Some((review, placements, o, n))
        }
        None => None,
    };
    // The review's alignment corrections of this pair apply to the rows.
    let decisions = review
        .as_ref()
        .map(|(review, _, o, n)| review.decisions(*o, *n, &old, &new).decisions)
        .unwrap_or_default();
    // The review has found its points: the comparison and its reports read only the points.
    let (mut old, mut new) = (old, new);
    old.drop_source();
    new.drop_source();
    let options = args.out.options.into();
    if review.is_none() && args.out.format == report::Format::Json {
        // Written as the rows come: the first are on their way to the disk while the rest
        // are compared.
        let mut comparison = None;
        let written = emit(args.out.output.as_deref(), |w| {
            let mut json = report::json::Streamed::begin(w, &old, &new, &options)?;
            let c = crate::compare::compare_in_order(&old, &new, &options, &decisions, |rows| {
                json.rows(w, rows, None)
            })?;
            json.end(w, &c)?;
            comparison = Some(c);
            Ok(())
        });
        timer.lap("align, diff and write");
        std::mem::forget((old, new, comparison));
        return written;
    }
    let comparison = crate::compare::compare_with(&old, &new, &options, &decisions);
    timer.lap("align and diff");
    let notes = review.as_ref().map(|(review, placements, o, n)| {
        let pair = report::review::Pair {
            old: *o,
            new: *n,
            comparison: &comparison,
        };
        report::review::row_notes(review, placements, &pair)
    });
    let render = |w: &mut dyn Write| match &notes {
        Some(notes) => report::json::write_with_notes(w, &old, &new, &comparison, Some(notes)),
        None => report::write(w, args.out.format, &old, &new, &comparison),
    };
    let written = emit(args.out.output.as_deref(), render);
    timer.lap("write");
    // The process ends here: leave its memory to the OS rather than free 40,000 points and
    // their diffs one by one (a tenth of the run on large drafts).
    std::mem::forget(notes);
    std::mem::forget((old, new, comparison, review));
    written
}

/// Loads the review given with `--review`, and finds which of its drafts each of `files` is
/// (`None` for a file that is not one of them).
fn review_for(
    path: &Path,
    files: &[&Path],
) -> anyhow::Result<(crate::review::Review, Vec<Option<usize>>)> {
    let review = crate::review::Review::load(path)?;
    let paths = review.draft_paths(path);
    let same = |a: &Path, b: &Path| {
        a.canonicalize()
            .ok()
            .is_some_and(|a| b.canonicalize().ok() == Some(a))
    };
    let indices = files
        .iter()
        .map(|f| paths.iter().position(|p| same(p, f)))
        .collect();
    Ok((review, indices))
}

/// Phase timings on stderr when `CLAUSEWISE_TIMINGS` is set (for profiling; off by default),
/// and at the end the process's peak memory where the system tells it (Linux: `VmHWM`).
struct Timer(Option<std::cell::Cell<std::time::Instant>>);

impl Drop for Timer {
    fn drop(&mut self) {
        let peak = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
                line.split_whitespace().nth(1)?.parse::<u64>().ok()
            });
        if let (Some(_), Some(kib)) = (&self.0, peak) {
            eprintln!("peak memory: {kib} KiB");
        }
    }
}

impl Timer {
    fn from_env() -> Self {
        Timer(
            std::env::var_os("CLAUSEWISE_TIMINGS")
                .map(|_| std::cell::Cell::new(std::time::Instant::now())),
        )
    }

    fn lap(&self, what: &str) {
        if let Some(start) = &self.0 {
            let now = std::time::Instant::now();
            eprintln!(
                "{what}: {:.1} ms",
                (now - start.get()).as_secs_f64() * 1000.0
            );
            start.set(now);
        }
    }
}

/// For a command's one run, the allocator keeps what is freed for the next allocation instead
/// of giving it back to the system at once (glibc's default maps every block of 128 KiB or
/// more on its own and returns it when freed, and trims each thread's heap as it shrinks):
/// on the large pair of `scripts/bench.sh` that is thousands of system calls and page faults,
/// a tenth of the time, for a tenth more peak memory. Not in the app, which runs for hours.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    const MAP_ABOVE: libc::c_int = 32 << 20; // glibc's highest: larger blocks are still mapped
    const TRIM_ABOVE: libc::c_int = 256 << 20;
    // SAFETY: mallopt only sets the allocator's parameters (a rejected value leaves them).
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MAP_ABOVE);
        libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_ABOVE);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}

/// Loads drafts in parallel, printing each one's warnings (one line each) on stderr.
fn load_drafts(paths: &[impl AsRef<Path> + Sync]) -> anyhow::Result<Vec<Draft>> {
    // Read in parallel, but report the first bad file in the order given (not whichever
    // thread failed first), so the same input always gives the same message.
    let loaded = paths
        .par_iter()
        .map(|p| Draft::load_with_warnings(p.as_ref()))
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    Ok(loaded
        .into_iter()
        .map(|(draft, warnings)| {
            for w in warnings {
                eprintln!("clausewise: warning: {w}");
            }
            draft
        })
        .collect())
}

/// Every file a command reads, each with what it is, so that none is written over.
#[derive(Default)]
struct Inputs(Vec<(PathBuf, &'static str)>);

impl Inputs {
    fn drafts(paths: &[&Path]) -> Inputs {
        Inputs(
            paths
                .iter()
                .map(|p| (p.to_path_buf(), "an input draft"))
                .collect(),
        )
    }

    /// The review file and the drafts it names.
    fn add_review(&mut self, path: &Path, review: &crate::review::Review) {
        self.0.push((path.to_owned(), "the review"));
        for p in review.draft_paths(path) {
            self.0.push((p, "a draft of the review"));
        }
    }

    /// Refuses an output path that is one of the inputs, compared by identity (device and
    /// inode): a link, a `../` path or a hard link of an input is that input. Clausewise never
    /// writes over a file it reads.
    fn refuse_as_output(&self, out: &Path) -> anyhow::Result<()> {
        if let Some((input, what)) = self
            .0
            .iter()
            .find(|(i, _)| crate::fsutil::same_file(out, i))
        {
            anyhow::bail!(
                "{}: is {what}; choose another output file (not {})",
                input.display(),
                out.display()
            );
        }
        Ok(())
    }
}

/// The desktop app's arguments: the files to open, and the pair to show first (0-based).
pub type GuiArgs = (Vec<PathBuf>, Option<(usize, usize)>);

/// Parses the arguments and runs; the GUI entry point is passed in by the binary.
pub fn main(open_gui: impl FnOnce(GuiArgs) -> anyhow::Result<()>) -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::ExtractPdfText { path }) = &cli.command {
        return crate::draft::formats::pdf::run_subcommand(path);
    }
    // `compare --review` writes annotations only into JSON: another format is a usage error
    // (exit 2, like clap's own), not a fault of the review file.
    if let Some(Command::Compare(args)) = &cli.command
        && args.review.is_some()
        && args.out.format != Format::Json
    {
        let mut cli_cmd = Cli::command();
        cli_cmd.build();
        let mut cmd = match cli_cmd.find_subcommand_mut("compare") {
            Some(compare) => compare.clone(),
            None => cli_cmd,
        };
        cmd.error(
            clap::error::ErrorKind::ArgumentConflict,
            "`--review` needs `--format json` (the annotations are added to JSON rows; \
             for a Markdown or HTML report of a review use `clausewise report`)",
        )
        .exit();
    }
    // A user's thesaurus with a bad line stops a command before it compares anything (the
    // app opens without it and says so).
    if matches!(
        cli.command,
        Some(Command::Compare(_) | Command::History(_) | Command::Report(_))
    ) && let Err(e) = crate::compare::thesaurus::load()
    {
        eprintln!(
            "clausewise: error: {} (fix it, or move it away to use the bundled thesaurus alone)",
            crate::error::escape_controls(e)
        );
        return ExitCode::FAILURE;
    }
    if cli.command.is_some() {
        keep_freed_memory();
    }
    let result = match &cli.command {
        Some(Command::Compare(args)) => run_compare(args),
        Some(Command::History(args)) => run_history(args),
        Some(Command::Report(args)) => run_report(args),
        Some(Command::Inspect(args)) => run_inspect(args),
        Some(Command::ExtractPdfText { .. }) => Ok(()),
        None => {
            let pair = cli
                .old
                .zip(cli.new)
                .map(|(o, n)| (usize::from(o) - 1, usize::from(n) - 1));
            open_gui((cli.files, pair))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line whatever a path or a message holds.
            let message = crate::error::escape_controls(&format!("{e:#}"));
            eprintln!("clausewise: error: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("clausewise").chain(args.iter().copied()))
    }

    #[test]
    fn format_names_parse_into_the_library_format() {
        for format in Format::ALL {
            let Ok(cli) = parse(&["compare", "a", "b", "--format", format.name()]) else {
                panic!("compare --format {format}");
            };
            let Some(Command::Compare(args)) = cli.command else {
                panic!("a compare command");
            };
            assert_eq!(args.out.format, format);
        }
        let Ok(Cli {
            command: Some(Command::Report(args)),
            ..
        }) = parse(&["report", "r.ron"])
        else {
            panic!("a report command");
        };
        assert_eq!(args.format, Format::Markdown, "the default of report");
    }

    #[test]
    fn report_has_no_text_format_and_unknown_names_are_refused() {
        for args in [
            &["report", "r.ron", "--format", "text"][..],
            &["compare", "a", "b", "--format", "xml"],
            &["history", "a", "b", "--format", "Text"],
        ] {
            let err = parse(args).err().map(|e| e.kind());
            assert_eq!(err, Some(clap::error::ErrorKind::InvalidValue), "{args:?}");
        }
    }
}
