#!/usr/bin/env bash
# Installs the Debian packages Clausewise needs on a fresh machine (run as root, or with sudo).
#   gcc libc6-dev                       building (some crates compile C)
#   libxcursor1 libxi6 libxkbcommon-x11-0 libegl1 libgl1   running the desktop window (X11, OpenGL)
#   zenity                              File > Open / Save dialogs where no desktop portal runs
#   xvfb imagemagick xdotool            headless screenshots (scripts/screenshot.sh)
# With --bench also hyperfine and GNU time, for scripts/bench.sh.
set -euo pipefail
packages=(gcc libc6-dev libxcursor1 libxi6 libxkbcommon-x11-0 libegl1 libgl1 zenity xvfb imagemagick xdotool)
[ "${1:-}" = "--bench" ] && packages+=(hyperfine time git python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all system packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
