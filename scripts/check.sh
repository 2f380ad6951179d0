#!/usr/bin/env bash
# The test command (README): system packages and Rust checked (scripts/setup.sh; nothing needs
# root when the packages are there), then formatting, lints, the API docs' links, and every
# test: the whole app, and the core alone without the GUI feature. CI (.ci/run) runs this, then scripts/package.sh --install.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --quiet
cargo test --locked
cargo test --locked --no-default-features --lib --test cli --test samples --test properties --test history --test snapshots --test review --test rewrites --test substance --test adversarial --test formats
