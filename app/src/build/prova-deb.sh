#!/usr/bin/env bash
# Tries a built .deb without installing it system-wide: unpacks it into a temporary folder (dpkg -x) and runs the
# installed launcher headless, with the per-user data folder redirected (XDG_DATA_HOME; Java ignores $HOME):
# --version, demo, export kallelse and statistik as XLSX. Usage: app/src/build/prova-deb.sh app/target/installer/namndbok_*.deb
set -euo pipefail
deb="$1"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root/fs"
launcher="$root/fs/opt/namndbok/bin/Nämndbok"
export XDG_DATA_HOME="$root/data"
unset DISPLAY
run() { echo "+ Nämndbok $*"; "$launcher" "$@"; }
run --version | tee "$root/version.txt"
grep -q '^Nämndbok [0-9]' "$root/version.txt"
run demo
test -f "$XDG_DATA_HOME/namndbok/namndbok.mv.db"
run export kallelse --sammantrade 2025-10-23 -o "$root/kallelse.pdf"
test -s "$root/kallelse.pdf"
run statistik --lag SoL --kvartal 2025Q2 --format xlsx -o "$root/statistik.xlsx"
test -s "$root/statistik.xlsx"
if grep -q ERROR "$XDG_DATA_HOME/namndbok/logg/namndbok.log"; then
  echo "Loggfilen har fel:"; grep -A3 ERROR "$XDG_DATA_HOME/namndbok/logg/namndbok.log"; exit 1
fi
echo "OK: $(basename "$deb") startar, laddar demonämnden och skriver kallelse och statistik; datamappen var $XDG_DATA_HOME/namndbok"
