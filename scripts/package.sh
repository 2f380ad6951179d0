#!/usr/bin/env bash
# Builds the Debian package with cargo-deb (metadata in Cargo.toml, [package.metadata.deb]):
# target/debian/clausewise_VERSION-1_ARCH.deb, with the app in /usr/bin, its desktop entry,
# icon and the MIME type of review files, the README and the samples.
#
#   scripts/package.sh             build the package and check it (desktop entry, binary size)
#   scripts/package.sh --install   also install it with dpkg -i (as root, or through sudo) and
#                                  run the installed app from /usr/bin (CI does this, .ci/run)
#
# Installs what it needs first: the Debian packages of `scripts/setup.sh --package`, and
# cargo-deb (compiled from crates.io by `cargo install`, about 2 minutes, once). The release
# build takes 5 to 11 minutes cold on 2 cores; a release build already made is reused.
set -euo pipefail
cd "$(dirname "$0")/.."

install=false
case "${1:-}" in
  "") ;;
  --install) install=true ;;
  *) echo "usage: scripts/package.sh [--install]" >&2; exit 2 ;;
esac

bash scripts/setup.sh --package

cargo_deb_version=3.8.0
if ! cargo deb --version 2>/dev/null | grep -qF "$cargo_deb_version"; then
  echo "package: installing cargo-deb $cargo_deb_version (cargo install, compiles it once)"
  start=$SECONDS
  cargo install --quiet --locked cargo-deb --version "$cargo_deb_version"
  echo "package: cargo-deb installed in $((SECONDS - start)) s"
fi

desktop-file-validate assets/clausewise.desktop

start=$SECONDS
deb=$(cargo deb --locked --quiet | tail -n 1)
# cargo-deb names it by its full path; from the repository it is target/debian/...
deb=${deb#"$PWD"/}
echo "package: built $deb in $((SECONDS - start)) s"
[ -f "$deb" ] || { echo "package: cargo deb did not say where the package is" >&2; exit 1; }

# The binary budget: at most 30 MB (release profile: no debug info).
size=$(stat -c %s target/release/clausewise)
echo "package: target/release/clausewise is $((size / 1000000)) MB ($size bytes); the package $(($(stat -c %s "$deb") / 1000000)) MB"
if [ "$size" -gt 30000000 ]; then
  echo "package: the binary is over the 30 MB budget" >&2
  exit 1
fi
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/clausewise ./usr/share/applications/clausewise.desktop \
  ./usr/share/icons/hicolor/scalable/apps/clausewise.svg \
  ./usr/share/icons/hicolor/256x256/apps/clausewise.png \
  ./usr/share/mime/packages/clausewise.xml ./usr/share/doc/clausewise/samples/peace-plan.review.ron; do
  grep -qF " $f" <<<"$contents" || { echo "package: $deb lacks $f" >&2; exit 1; }
done
dpkg-deb --field "$deb" Package Version Depends Recommends

if ! $install; then
  echo "package: install it with: sudo apt install ./$deb   (or as root: dpkg -i $deb)"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "package: installing needs root; as root run: dpkg -i $deb" >&2; exit 1; }
  as_root=(sudo)
fi
"${as_root[@]}" dpkg -i "$deb"

# The installed app, from /usr/bin, away from the source tree, on the installed samples.
samples=/usr/share/doc/clausewise/samples
cd "$(mktemp -d)"
version=$(/usr/bin/clausewise --version)
echo "package: /usr/bin/clausewise --version: $version"
grep -qF "$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$OLDPWD/Cargo.toml" | head -n 1)" <<<"$version"
/usr/bin/clausewise compare "$samples/peace-plan-2025-11-28-points.txt" \
  "$samples/peace-plan-2025-12-20-points.txt" >compare.txt
head -n 3 compare.txt
grep -q "^OLD: Peace plan for Ukraine" compare.txt
grep -q "removed" compare.txt
/usr/bin/clausewise report "$samples/peace-plan.review.ron" --format html -o report.html
grep -q "<html" report.html
desktop-file-validate /usr/share/applications/clausewise.desktop
echo "package: installed and checked: /usr/bin/clausewise, /usr/share/applications/clausewise.desktop"
