#!/usr/bin/env bash
# Starts the desktop app on the sample review under a virtual X server (Xvfb) and saves a
# screenshot of the screen. Needs the packages from scripts/setup.sh.
#
#   scripts/screenshot.sh [OUT.png] [ARGUMENT...]
#
# Without OUT.png (a first argument not ending in .png is an argument of the app) the shot goes
# to a new temporary file, whose path is printed; the tracked
# docs/screenshot.png and docs/history.png change only when named, e.g.
#   scripts/screenshot.sh docs/screenshot.png
# The default arguments are `--old 1 --new 3 samples/peace-plan.review.ron` (the review of the
# three peace-plan drafts, the 28-point plan against the 20-point framework).
# Uses target/release/clausewise when it exists and has the desktop app, else builds and uses
# the debug binary.
# Settings are kept in a temporary directory, so the user's own settings are neither used
# nor changed. CLAUSEWISE_WAIT (seconds, default 8) is how long to wait before the shot.
# CLAUSEWISE_SETTINGS starts the app with these settings (RON, see src/gui/settings.rs), e.g.
#   CLAUSEWISE_SETTINGS='(dark: false, view: Inline)' scripts/screenshot.sh /tmp/light.png
# CLAUSEWISE_CLICK="X Y" clicks at that position before the shot.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == *.png ]]; then
  out=$1
  shift
else
  out=$(mktemp --tmpdir clausewise-screenshot.XXXXXX.png)
fi
if [ $# -eq 0 ]; then
  set -- --old 1 --new 3 samples/peace-plan.review.ron
fi

# A release binary built without the `gui` feature has no window: look for a marker of the app.
if [ -x target/release/clausewise ] && grep -q "clausewise-rows" target/release/clausewise; then
  bin=target/release/clausewise
else
  cargo build --quiet
  bin=target/debug/clausewise
fi

display=":${CLAUSEWISE_DISPLAY:-99}"
home="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT

if [ -n "${CLAUSEWISE_SETTINGS:-}" ]; then
  mkdir -p "$home/clausewise"
  escaped="$(printf '%s' "$CLAUSEWISE_SETTINGS" | sed 's/\\/\\\\/g; s/"/\\"/g')"
  printf '{"app": "%s"}\n' "$escaped" >"$home/clausewise/app.ron"
fi

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

# Keep the app's settings (eframe storage) out of the user's home.
DISPLAY="$display" XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" WAYLAND_DISPLAY= \
  "$bin" "$@" >"$home/app.log" 2>&1 &
app_pid=$!
sleep "${CLAUSEWISE_WAIT:-8}"

if ! kill -0 "$app_pid" 2>/dev/null; then
  echo "screenshot: the app exited early:" >&2
  cat "$home/app.log" >&2
  exit 1
fi
# CLAUSEWISE_CLICK="X Y" clicks there first (e.g. a cell of the history view).
if [ -n "${CLAUSEWISE_CLICK:-}" ] && command -v xdotool >/dev/null; then
  # shellcheck disable=SC2086
  DISPLAY="$display" xdotool mousemove $CLAUSEWISE_CLICK click 1 || true
  sleep 2
fi
# Park the pointer on the status bar, so that no row shows a hover highlight.
if command -v xdotool >/dev/null; then
  DISPLAY="$display" xdotool mousemove 1279 799 || true
  sleep 1
fi
mkdir -p "$(dirname "$out")"
DISPLAY="$display" import -window root "$out"
echo "screenshot: wrote $out"
