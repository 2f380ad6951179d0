//! The `clausewise` binary: the command line, and the desktop app when no command is given.

fn main() -> std::process::ExitCode {
    clausewise::cli::main(open_gui)
}

#[cfg(feature = "gui")]
fn open_gui(files: Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    let _ = files;
    anyhow::bail!("the desktop app is not built yet; use `clausewise compare OLD NEW`")
}

#[cfg(not(feature = "gui"))]
fn open_gui(_files: Vec<std::path::PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!(
        "this build has no desktop app (built without the `gui` feature); use `clausewise compare OLD NEW`"
    )
}
