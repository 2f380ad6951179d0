//! The `clausewise` binary: the command line, and the desktop app when no command is given.

fn main() -> std::process::ExitCode {
    clausewise::cli::main(open_gui)
}

#[cfg(feature = "gui")]
fn open_gui((files, pair): clausewise::cli::GuiArgs) -> anyhow::Result<()> {
    clausewise::gui::run(files, pair)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_args: clausewise::cli::GuiArgs) -> anyhow::Result<()> {
    anyhow::bail!(
        "this build has no desktop app (built without the `gui` feature); use `clausewise compare OLD NEW`"
    )
}
