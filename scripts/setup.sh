#!/usr/bin/env bash
# Gets a Debian machine ready to build, test and run Clausewise: checks Rust (rustup's, at
# least the `rust-version` of Cargo.toml) and installs the missing Debian packages.
#   gcc libc6-dev                       building (some crates compile C)
#   libxcursor1 libxi6 libxkbcommon-x11-0 libegl1 libgl1   running the desktop window (X11, OpenGL)
#   zenity                              File > Open / Save dialogs where no desktop portal runs
#   xvfb imagemagick xdotool            headless screenshots (scripts/screenshot.sh)
# With --bench also hyperfine, GNU time, git and python3, for scripts/bench.sh; with --package
# also dpkg-dev and desktop-file-utils, for scripts/package.sh.
#
# Packages that are all present need no root: nothing is installed then. Otherwise it runs
# apt-get as root, or through sudo; a user without sudo is told the command to run as root.
# Rust is never installed here (it belongs to the user, not to root): when it is missing or
# too old, the script says what to run and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(gcc libc6-dev libxcursor1 libxi6 libxkbcommon-x11-0 libegl1 libgl1 zenity xvfb imagemagick xdotool)
for arg in "$@"; do
  case "$arg" in
    --bench) packages+=(hyperfine time git python3) ;;
    --package) packages+=(dpkg-dev desktop-file-utils) ;;
    *) echo "usage: scripts/setup.sh [--bench] [--package]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all system packages present"
else
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: you are not root and sudo is not installed; as root run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "setup: then run this script again" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}${as_root:+ (with sudo)}"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "setup: system packages installed"
fi

# Rust: the version Cargo.toml asks for (rust-version), through rustup.
need=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' Cargo.toml)
install_hint="curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain $need && . \"\$HOME/.cargo/env\""
if ! command -v cargo >/dev/null || ! command -v rustc >/dev/null; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "setup: Rust is installed in ~/.cargo/bin but not on the PATH; run:" >&2
    echo "  . \"\$HOME/.cargo/env\"" >&2
  else
    echo "setup: Rust is missing: Clausewise needs Rust $need or newer, from rustup" >&2
    echo "(Debian's own rustc is too old). Install it with (needs curl):" >&2
    echo "  $install_hint" >&2
  fi
  exit 1
fi
have=$(rustc --version | sed -n 's/^rustc \([0-9][0-9.]*\).*/\1/p')
if [ -z "$have" ] || [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n1)" != "$need" ]; then
  echo "setup: Rust ${have:-of unknown version} ($(command -v rustc)) is too old: Clausewise needs $need or newer" >&2
  if command -v rustup >/dev/null; then
    echo "  rustup toolchain install $need && rustup default $need    (or: rustup update stable)" >&2
  else
    echo "It is not rustup's (Debian's rustc is too old); remove Debian's rustc and cargo, then:" >&2
    echo "  $install_hint" >&2
  fi
  exit 1
fi
echo "setup: Rust $have (needs $need or newer)"
