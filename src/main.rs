//! The `clausewise` binary: the command line, and the desktop app when no command is given.

fn main() -> std::process::ExitCode {
    clausewise::cli::main(open_gui)
}

#[cfg(feature = "gui")]
fn open_gui(files: Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    clausewise::gui::run(files)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_files: Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!(
        "this build has no desktop app (built without the `gui` feature); use `clausewise compare OLD NEW`"
    )
}
