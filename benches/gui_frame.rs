//! Placeholder: the GUI frame-time benchmark is written with the desktop app.
fn main() {}
